//! `shikaku view SCREEN`: prints one screen's view model from the vault — exactly what the phones
//! draw — as JSON (`--json`) or as an indented outline of its texts, for testers and designers.
//! The terminal is a third shell: it sends events and answers effects like a phone, and decides
//! nothing itself.

use clap::{Args, ValueEnum};
use shikaku_app::{App, Event, Screen};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use crate::dates::today;
use crate::error::CliError;
use crate::print::{print_json, print_text};
use crate::shell::{outline, Terminal};
use crate::vault_access::{passphrase_text, vault_dir, VaultOption};

/// A screen of the app.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ScreenName {
    Household,
    Member,
    CounterCard,
    VisitCheck,
    Import,
    Pin,
    CardScan,
    Reminders,
    SchoolPack,
    Settings,
}

/// `shikaku view` arguments.
#[derive(Args)]
pub(crate) struct ViewArgs {
    /// The screen to print.
    #[arg(value_enum)]
    screen: ScreenName,
    /// The member the screen is about (member screens).
    #[arg(long, value_name = "N")]
    member: Option<i64>,
    /// The visit (visit-check).
    #[arg(long, value_enum, default_value = "clinic")]
    visit: VisitName,
    /// Whether the clinic's reader works (visit-check).
    #[arg(long, value_enum, default_value = "unknown")]
    online: OnlineName,
    /// The language.
    #[arg(long, value_enum, default_value = "ja")]
    lang: LanguageName,
    /// Today's Japan date (default: the clock's).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    /// Print the view model as JSON.
    #[arg(long)]
    json: bool,
}

/// A kind of visit.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum VisitName {
    Clinic,
    Pharmacy,
    SchoolTrip,
    Nursery,
}

/// A reader state.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum OnlineName {
    Available,
    Unavailable,
    ReaderBroken,
    Unknown,
}

/// A language.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum LanguageName {
    Ja,
    En,
}

/// Prints the screen.
pub(crate) fn run(args: ViewArgs, option: &VaultOption) -> Result<(), CliError> {
    let screen = screen(&args)?;
    let language = match args.lang {
        LanguageName::Ja => Language::Ja,
        LanguageName::En => Language::En,
    };
    let today = today(args.today.as_deref())?;
    let mut app = App::new(vault_dir(option), language);
    let mut terminal = Terminal::new("view", today);
    terminal.send(&mut app, Event::Start)?;
    let passphrase = passphrase_text()?;
    terminal.send(&mut app, Event::UnlockWithPassphrase { passphrase })?;
    if app.screen() == Screen::Unlock {
        // Still at the door: the banner says why (a wrong passphrase, no vault).
        let view = app.view();
        let reason = view.banner.map_or(view.title, |banner| banner.text);
        return Err(CliError::Invalid {
            option: "--vault",
            reason,
        });
    }
    // The vault's own language setting was read on unlock; the option wins for this view.
    terminal.send(&mut app, Event::SetLanguage { language })?;
    terminal.send(&mut app, Event::Navigate { screen })?;
    print(&app.view(), args.json)
}

/// The screen asked for.
fn screen(args: &ViewArgs) -> Result<Screen, CliError> {
    let member = || {
        args.member.map(MemberId).ok_or_else(|| CliError::Invalid {
            option: "--member",
            reason: "this screen needs --member N".into(),
        })
    };
    Ok(match args.screen {
        ScreenName::Household => Screen::Household,
        ScreenName::Reminders => Screen::Reminders,
        ScreenName::Settings => Screen::Settings,
        ScreenName::Member => Screen::Member { member: member()? },
        ScreenName::CounterCard => Screen::CounterCard { member: member()? },
        ScreenName::Import => Screen::Import { member: member()? },
        ScreenName::Pin => Screen::Pin { member: member()? },
        ScreenName::CardScan => Screen::CardScan { member: member()? },
        ScreenName::SchoolPack => Screen::SchoolPack { member: member()? },
        ScreenName::VisitCheck => Screen::VisitCheck {
            member: member()?,
            visit: match args.visit {
                VisitName::Clinic => Visit::Clinic,
                VisitName::Pharmacy => Visit::Pharmacy,
                VisitName::SchoolTrip => Visit::SchoolTrip,
                VisitName::Nursery => Visit::Nursery,
            },
            online_check: match args.online {
                OnlineName::Available => OnlineCheck::Available,
                OnlineName::Unavailable => OnlineCheck::Unavailable,
                OnlineName::ReaderBroken => OnlineCheck::ReaderBroken,
                OnlineName::Unknown => OnlineCheck::Unknown,
            },
        },
    })
}

/// Prints the view model: JSON, or its texts as an indented outline.
fn print(view: &shikaku_app::ViewModel, json: bool) -> Result<(), CliError> {
    if json {
        return print_json(view);
    }
    print_text(&outline(view))
}
