//! `shikaku --vault DIR reminders [--member ID] [--ics] [--lang ja|en] [--names]`
//! (`docs/contracts/cli.md`, "Version 2 additions"): the reminders built from the stored facts of one
//! member, or of the whole household, as JSON (each with its member's id) or as a calendar with
//! one event per deadline and the reminders as alarms.

use clap::Args;
use shikaku_core::reminders::to_ics;
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, ReminderWording};

use crate::error::CliError;
use crate::input::{print_json, print_text};
use crate::vault::{open, today, vault_dir, VaultCliError, VaultOption};

/// The options of `reminders` that read the vault instead of a scenario.
#[derive(Args)]
pub(crate) struct VaultRemindersArgs {
    /// Only this stored member (needs --vault; default: the whole household).
    #[arg(long, value_name = "ID", conflicts_with = "scenario")]
    member: Option<i64>,
    /// Put each member's given name in the titles (needs --vault; off by default).
    #[arg(long, conflicts_with = "scenario")]
    names: bool,
    /// Plan from this date, YYYY-MM-DD (needs --vault; default: today in Japan).
    #[arg(long, value_name = "DATE", conflicts_with = "scenario")]
    today: Option<String>,
}

/// Prints the household's (or one member's) reminders.
pub(crate) fn run(
    option: &VaultOption,
    args: VaultRemindersArgs,
    language: Language,
    detailed: bool,
    ics: bool,
) -> Result<(), CliError> {
    let today = today(args.today.as_deref())?;
    let wording = ReminderWording {
        language,
        detailed,
        names: args.names,
    };
    let vault = open(vault_dir(option))?;
    let member = args.member.map(MemberId);
    if ics {
        let events = vault
            .household_calendar(member, today, wording)
            .map_err(VaultCliError::from)?;
        print_text(&to_ics(&events, today))
    } else {
        let planned = vault
            .household_reminders(member, today, wording)
            .map_err(VaultCliError::from)?;
        print_json(&planned)
    }
}
