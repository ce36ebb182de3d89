//! `shikaku reminders`: the reminders a phone would schedule for the person of a scenario, as
//! JSON, or its deadlines as an RFC 5545 calendar with the reminders as alarms (`docs/contracts/advice.md`).

use clap::{Args, ValueEnum};
use shikaku_core::reminders::{calendar_events, reminders as plan, to_ics, ReminderOptions};
use shikaku_core::text::Language;
use shikaku_core::{advise, Scenario};

use crate::error::CliError;
use crate::input::{print_json, print_text, read_text};

#[derive(Args)]
pub(crate) struct RemindersArgs {
    /// Scenario JSON file (`docs/contracts/advice.md`), or `-` for standard input; without it the
    /// reminders come from the vault of --vault.
    #[arg(long, value_name = "FILE|-")]
    scenario: Option<String>,
    #[command(flatten)]
    vault: crate::vault_reminders::VaultRemindersArgs,
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

/// A language option (`--lang`).
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Lang {
    /// 日本語
    Ja,
    /// English
    En,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Ja => Language::Ja,
            Lang::En => Language::En,
        }
    }
}

pub(crate) fn reminders(
    args: RemindersArgs,
    vault: &crate::vault::VaultOption,
) -> Result<(), CliError> {
    let Some(path) = args.scenario else {
        return crate::vault_reminders::run(
            vault,
            args.vault,
            args.lang.into(),
            args.detailed,
            args.ics,
        );
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
