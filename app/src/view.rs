//! The view model (ビューモデル): what the shell draws for the current screen — the screen's own
//! view model, the banner, the title, and the flags the shell obeys (keep the screen awake, block
//! screenshots, large type, high contrast).

use serde::Serialize;
use shikaku_core::text::Language;

use crate::confirmation::{self, Confirmation};
use crate::model::{Access, Model};
use crate::screen::Screen;
use crate::screens::{
    card_scan::{self, CardScanView},
    counter_card::{self, CounterCardView},
    household::{self, HouseholdView},
    import::{self, ImportView},
    member::{self, MemberView},
    pin::{self, PinView},
    reminders::{self, RemindersView},
    school_pack::{self, SchoolPackView},
    settings::{self, SettingsView},
    unlock::{self, UnlockView},
    visit_check::{self, VisitCheckView},
};
use crate::words::{Line, Tone, Words};

/// Everything the shell draws (画面の内容).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ViewModel {
    /// The screen this is.
    pub screen: Screen,
    /// The title bar.
    pub title: String,
    /// The language of every text.
    pub language: Language,
    /// A failure or a success to show above the screen, until the next event.
    pub banner: Option<Line>,
    /// A question to answer before going on (a wipe, removing a member), drawn over the screen.
    pub confirmation: Option<Confirmation>,
    /// Where the back button goes (`None`: no back button).
    pub back: Option<Screen>,
    /// Keep the screen on while this is shown.
    pub keep_awake: bool,
    /// Block screenshots and hide the content in the app switcher.
    pub block_screenshots: bool,
    /// Draw with large type.
    pub large_type: bool,
    /// Draw in high contrast.
    pub high_contrast: bool,
    /// The screen's own content.
    pub content: ScreenView,
}

/// One view model per screen.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
// Built once per render and lowered across the FFI by value: boxing would only add allocations.
#[allow(clippy::large_enum_variant)]
pub enum ScreenView {
    /// First run or unlock.
    Unlock {
        /// The view.
        view: UnlockView,
    },
    /// The household.
    Household {
        /// The view.
        view: HouseholdView,
    },
    /// One member.
    Member {
        /// The view.
        view: MemberView,
    },
    /// The counter card.
    CounterCard {
        /// The view.
        view: CounterCardView,
    },
    /// The visit check.
    VisitCheck {
        /// The view.
        view: VisitCheckView,
    },
    /// Importing a document.
    Import {
        /// The view.
        view: ImportView,
    },
    /// The PINs.
    Pin {
        /// The view.
        view: PinView,
    },
    /// Reading the card.
    CardScan {
        /// The view.
        view: CardScanView,
    },
    /// Reminders.
    Reminders {
        /// The view.
        view: RemindersView,
    },
    /// The school pack.
    SchoolPack {
        /// The view.
        view: SchoolPackView,
    },
    /// Backup and settings.
    Settings {
        /// The view.
        view: SettingsView,
    },
}

/// Renders `screen`. A locked vault shows the unlock screen whatever was asked; a screen whose
/// member cannot be read shows the household with the reason.
pub(crate) fn render(model: &Model, screen: Screen) -> ViewModel {
    let words = Words(model.language);
    let (screen, vault) = match (&model.access, screen) {
        (Access::Unlocked(vault), screen) if screen != Screen::Unlock => (screen, Some(&**vault)),
        _ => (Screen::Unlock, None),
    };
    let mut banner = model
        .problem
        .as_ref()
        .map(|problem| problem.line(words))
        .or_else(|| model.done.map(|id| words.line(words.get(id), Tone::Ok)));
    let content = match vault {
        None => Ok(ScreenView::Unlock {
            view: unlock::render(model, words),
        }),
        Some(vault) => content(model, vault, screen, words),
    };
    let (screen, content) = match content {
        Ok(content) => (screen, content),
        Err(problem) => {
            banner = Some(problem.line(words));
            let view = vault.map_or_else(HouseholdView::default, |vault| {
                household::render(vault, model.today, words).unwrap_or_default()
            });
            (Screen::Household, ScreenView::Household { view })
        }
    };
    let counter = matches!(screen, Screen::CounterCard { .. });
    ViewModel {
        title: words.get(&format!("app-title-{}", screen_code(screen))),
        language: model.language,
        banner,
        confirmation: model
            .confirm
            .and_then(|pending| confirmation::render(pending, vault, words)),
        back: back(screen),
        keep_awake: counter,
        block_screenshots: vault.is_some(),
        large_type: counter,
        high_contrast: counter,
        screen,
        content,
    }
}

/// The screen's content.
fn content(
    model: &Model,
    vault: &shikaku_core::vault::Vault,
    screen: Screen,
    words: Words,
) -> Result<ScreenView, crate::problem::Problem> {
    let today = model
        .today
        .ok_or_else(|| crate::problem::Problem::new("app-error-no_date", Tone::Warning));
    Ok(match screen {
        Screen::Unlock => ScreenView::Unlock {
            view: unlock::render(model, words),
        },
        Screen::Household => ScreenView::Household {
            view: household::render(vault, model.today, words)?,
        },
        Screen::Member { member } => ScreenView::Member {
            view: member::render(vault, member, today?, words)?,
        },
        Screen::CounterCard { member } => ScreenView::CounterCard {
            view: counter_card::render(vault, member, today?, words)?,
        },
        Screen::VisitCheck {
            member,
            visit,
            online_check,
        } => ScreenView::VisitCheck {
            view: visit_check::render(vault, member, visit, online_check, today?, words)?,
        },
        Screen::Import { member } => ScreenView::Import {
            view: import::render(vault, member, model.import.as_ref(), words)?,
        },
        Screen::Pin { member } => ScreenView::Pin {
            view: pin::render(vault, member, words)?,
        },
        Screen::CardScan { member } => ScreenView::CardScan {
            view: card_scan::render(vault, member, &model.scan, words)?,
        },
        Screen::Reminders => ScreenView::Reminders {
            view: reminders::render(vault, today?, words)?,
        },
        Screen::SchoolPack { member } => ScreenView::SchoolPack {
            view: school_pack::render(vault, member, today?, words)?,
        },
        Screen::Settings => ScreenView::Settings {
            view: settings::render(vault, model.confirm.is_some(), words),
        },
    })
}

/// The screen's code in message ids (`counter_card`).
pub(crate) fn screen_code(screen: Screen) -> String {
    match serde_json::to_value(screen) {
        Ok(value) => value["screen"].as_str().unwrap_or_default().to_owned(),
        Err(_) => String::new(),
    }
}

/// Where back goes from `screen`.
fn back(screen: Screen) -> Option<Screen> {
    match screen {
        Screen::Unlock | Screen::Household => None,
        Screen::Member { .. } | Screen::Reminders | Screen::Settings => Some(Screen::Household),
        Screen::CounterCard { member }
        | Screen::VisitCheck { member, .. }
        | Screen::Import { member }
        | Screen::Pin { member }
        | Screen::CardScan { member }
        | Screen::SchoolPack { member } => Some(Screen::Member { member }),
    }
}
