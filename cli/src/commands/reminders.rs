//! `shikaku reminders`: the reminders a phone would schedule for the person of a scenario, as
//! JSON, or its deadlines as an RFC 5545 calendar with the reminders as alarms (`docs/contracts/advice.md`).
//! With `--vault DIR` instead of a scenario (`docs/contracts/cli.md`, "Vault commands"): the
//! reminders built from the stored facts of one member, or of the whole household (IDs unique
//! across members), as JSON (each with its member's id) or as a calendar.

use clap::Args;
use shikaku_app::use_cases::reminders::{household_calendar, household_reminders, ReminderWording};
use shikaku_core::reminders::{calendar_events, reminders as plan, to_ics, ReminderOptions};
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;
use shikaku_core::{advise, Scenario};

use crate::dates::today;
use crate::error::CliError;
use crate::input::read_text;
use crate::options::Lang;
use crate::print::{print_json, print_text};
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct RemindersArgs {
    /// Scenario JSON file (`docs/contracts/advice.md`), or `-` for standard input; without it the
    /// reminders come from the vault of --vault.
    #[arg(long, value_name = "FILE|-")]
    scenario: Option<String>,
    #[command(flatten)]
    vault: VaultRemindersArgs,
    /// Print an RFC 5545 calendar instead of JSON: one event per deadline, the reminders as alarms.
    #[arg(long)]
    ics: bool,
    /// Language of titles and bodies.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Say what each reminder is about (off: discreet lock-screen wording).
    #[arg(long)]
    detailed: bool,
    /// The person's name: in reminders only with --detailed, in calendar titles when given.
    #[arg(long)]
    name: Option<String>,
    /// A stable key for the person, so reminder IDs differ between people.
    #[arg(long, default_value = "cli")]
    subject: String,
}

/// Prints the reminders of the scenario, or of the vault's household (or one member).
pub(crate) fn run(args: RemindersArgs, vault: &VaultOption) -> Result<(), CliError> {
    let Some(path) = args.scenario else {
        return from_vault(vault, args.vault, args.lang.into(), args.detailed, args.ics);
    };
    let scenario = Scenario::from_json(&read_text(&path)?)?;
    let options = ReminderOptions {
        language: args.lang.into(),
        detailed: args.detailed,
        name: args.name,
        subject: args.subject,
    };
    let deadlines = advise(&scenario).deadlines;
    if args.ics {
        let events = calendar_events(&deadlines, scenario.today, &options);
        print_text(&to_ics(&events, scenario.today))
    } else {
        print_json(&plan(&deadlines, scenario.today, &options))
    }
}

/// The options of `reminders` that read the vault instead of a scenario.
#[derive(Args)]
struct VaultRemindersArgs {
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
fn from_vault(
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
        let events = household_calendar(&vault, member, today, wording).map_err(CliError::from)?;
        print_text(&to_ics(&events, today))
    } else {
        let planned =
            household_reminders(&vault, member, today, wording).map_err(CliError::from)?;
        print_json(&planned)
    }
}
