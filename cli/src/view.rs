//! `shikaku view SCREEN`: prints one screen's view model from the vault — exactly what the phones
//! draw — as JSON (`--json`) or as an indented outline of its texts, for testers and designers.
//! The terminal is a third shell: it sends events and answers effects like a phone, and decides
//! nothing itself.

use clap::{Args, ValueEnum};
use shikaku_app::{Answer, App, Effect, EffectRequest, Event, Screen};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use crate::error::CliError;
use crate::input::{print_json, print_text};
use crate::vault::{passphrase_text, today, vault_dir, VaultCliError, VaultOption};

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
pub(crate) fn view(args: ViewArgs, option: &VaultOption) -> Result<(), CliError> {
    let screen = screen(&args)?;
    let language = match args.lang {
        LanguageName::Ja => Language::Ja,
        LanguageName::En => Language::En,
    };
    let today = today(args.today.as_deref())?;
    let mut app = App::new(vault_dir(option), language);
    perform(&mut app, Event::Start, today)?;
    let passphrase = passphrase_text()?;
    perform(&mut app, Event::UnlockWithPassphrase { passphrase }, today)?;
    if app.screen() == Screen::Unlock {
        // Still at the door: the banner says why (a wrong passphrase, no vault).
        let view = app.view();
        let reason = view.banner.map_or(view.title, |banner| banner.text);
        return Err(VaultCliError::Invalid {
            option: "--vault",
            reason,
        }
        .into());
    }
    // The vault's own language setting was read on unlock; the option wins for this view.
    perform(&mut app, Event::SetLanguage { language }, today)?;
    perform(&mut app, Event::Navigate { screen }, today)?;
    print(&app.view(), args.json)
}

/// The screen asked for.
fn screen(args: &ViewArgs) -> Result<Screen, CliError> {
    let member = || {
        args.member.map(MemberId).ok_or_else(|| {
            CliError::from(VaultCliError::Invalid {
                option: "--member",
                reason: "this screen needs --member N".into(),
            })
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

/// Sends `event` and answers the effects a terminal can: today's date; everything a phone would
/// do for the user (keys, files, notifications) is declined.
fn perform(app: &mut App, event: Event, today: shikaku_core::JapanDate) -> Result<(), CliError> {
    let mut queue: Vec<EffectRequest> = app.update(event).map_err(invalid)?;
    while let Some(request) = queue.pop() {
        let answer = match request.effect {
            Effect::Today => Answer::Today { date: today },
            _ => Answer::Cancelled,
        };
        queue.extend(
            app.update(Event::Answered {
                id: request.id,
                answer,
            })
            .map_err(invalid)?,
        );
    }
    Ok(())
}

fn invalid(error: shikaku_core::ShikakuError) -> CliError {
    CliError::from(VaultCliError::Invalid {
        option: "view",
        reason: error.to_string(),
    })
}

/// Prints the view model: JSON, or its texts as an indented outline.
fn print(view: &shikaku_app::ViewModel, json: bool) -> Result<(), CliError> {
    if json {
        return print_json(view);
    }
    let mut out = format!("{}\n", view.title);
    if let Some(banner) = &view.banner {
        out.push_str(&format!("{}\n", banner.text));
    }
    let content = serde_json::to_value(&view.content).unwrap_or_default();
    outline(&content, 0, &mut out);
    print_text(&out)
}

/// The fields that are for machines or screen readers, not for reading in a terminal.
const SKIPPED: [&str; 5] = [
    "accessibility",
    "iso",
    "western",
    "wareki",
    "cover_note_html",
];

/// Appends every text of `value`, one per line, indented by depth.
fn outline(value: &serde_json::Value, depth: usize, out: &mut String) {
    match value {
        serde_json::Value::String(text) => {
            out.push_str(&"  ".repeat(depth));
            out.push_str(text);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| outline(item, depth, out)),
        serde_json::Value::Object(fields) => {
            for (name, field) in fields {
                if SKIPPED.contains(&name.as_str())
                    || matches!(
                        name.as_str(),
                        "tone" | "kind" | "screen" | "language" | "state" | "status"
                    )
                {
                    continue;
                }
                outline(
                    field,
                    depth + usize::from(field.is_object() || field.is_array()),
                    out,
                );
            }
        }
        _ => {}
    }
}
