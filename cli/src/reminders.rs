//! `shikaku reminders`: the reminders a phone would schedule for the person of a scenario, as
//! JSON or as an RFC 5545 calendar (`shared/spec/cli.md`).

use clap::{Args, ValueEnum};
use shikaku_core::reminders::{reminders as plan, to_ics, ReminderOptions};
use shikaku_core::text::Language;
use shikaku_core::{advise, Scenario};

use crate::error::CliError;
use crate::input::{print_json, print_text, read_text};

#[derive(Args)]
pub(crate) struct RemindersArgs {
    /// Scenario JSON file (`shared/spec/advice.md`), or `-` for standard input; without it the
    /// reminders come from the vault of --vault.
    #[arg(long, value_name = "FILE|-")]
    scenario: Option<String>,
    #[command(flatten)]
    vault: crate::vault_reminders::VaultRemindersArgs,
    /// Print an RFC 5545 calendar instead of JSON.
    #[arg(long)]
    ics: bool,
    /// Language of titles and bodies.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Say what each reminder is about (off: discreet lock-screen wording).
    #[arg(long)]
    detailed: bool,
    /// The person's name, shown only with --detailed.
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
    let planned = plan(&advise(&scenario).deadlines, scenario.today, &options);
    if args.ics {
        print_text(&to_ics(&planned, scenario.today))
    } else {
        print_json(&planned)
    }
}
