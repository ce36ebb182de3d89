//! Shikaku Pocket's app core (アプリの中核), in the shape of redbadger/crux written by hand: the
//! shell sends an [`Event`], [`App::update`] changes the private model and returns the
//! [`EffectRequest`]s the shell performs and answers by id, and [`App::view`] returns the
//! [`ViewModel`] of the current screen — final words, formatted dates, semantic tones. Android,
//! iOS and the terminal only draw view models, send events and perform effects.
//!
//! - [`event`]: user intents and answers; [`effect`]: requests to the shell; [`screen`]: navigation.
//! - `model`: the private state; `update`, `access` and `planning`: what each event does.
//! - [`use_cases`]: what the app does with the vault across tables, one transaction each.
//! - [`document`]: a stored document's bytes for the shell to show; [`forms`]: form entries.
//! - [`view`] and [`screens`]: one view model per screen; [`words`]: texts, dates and tones.
//! - [`confirmation`]: the question asked before a wipe or a member's removal.
//! - `platform_key`: the platform key store as an effect; `problem`: failures in plain words.

mod access;
pub mod confirmation;
pub mod document;
pub mod effect;
pub mod event;
pub mod forms;
mod model;
mod planning;
mod platform_key;
mod problem;
pub mod screen;
pub mod screens;
mod update;
pub mod use_cases;
pub mod view;
pub mod words;

use std::path::PathBuf;

use shikaku_core::card::CardTransport;
use shikaku_core::text::Language;
use shikaku_core::vault::DocumentId;
use shikaku_core::ShikakuError;

pub use confirmation::{Confirmation, ConfirmationKind};
pub use document::{DocumentContent, DocumentView};
pub use effect::{Effect, EffectRequest, Notification, PickPurpose, ScanOutput};
pub use event::{Answer, Event};
pub use screen::Screen;
pub use view::{ScreenView, ViewModel};
pub use words::{Action, DateText, Line, ListItem, Tone};

use model::Model;

/// The app core for one vault directory. Not shared between threads by itself: the FFI object
/// puts it behind a lock.
pub struct App {
    model: Model,
}

impl App {
    /// The app for the vault in `dir` (created on first run), speaking `language` (the device's)
    /// until the vault's own setting is read. Send [`Event::Start`] next.
    pub fn new(dir: impl Into<PathBuf>, language: Language) -> App {
        App {
            model: Model::new(dir.into(), language),
        }
    }

    /// The app for the vault in `dir` on a device whose preferred languages are `language_tags`
    /// (BCP 47, most preferred first, as the platform lists them): Japanese when the first is
    /// Japanese or the list is empty, else English, until the vault's own setting is read (a
    /// stored language wins). Send [`Event::Start`] next.
    pub fn for_device(dir: impl Into<PathBuf>, language_tags: Vec<String>) -> App {
        App::new(dir, planning::device_language(&language_tags))
    }

    /// Handles one event and returns the effects the shell must perform. A failed user action
    /// shows as a banner in the view; only an answer to an unknown request is an error.
    pub fn update(&mut self, event: Event) -> Result<Vec<EffectRequest>, ShikakuError> {
        self.model.problem = None;
        self.model.done = None;
        let mut effects = Vec::new();
        update::update(&mut self.model, event, &mut effects)?;
        planning::replan(&mut self.model, &mut effects);
        Ok(effects)
    }

    /// Answers an [`Effect::NfcSession`] with the card link the shell opened: reads the card
    /// over it (slow: dozens of exchanges) and stores what it said.
    pub fn answer_nfc(
        &mut self,
        id: u64,
        transport: &dyn CardTransport,
    ) -> Result<Vec<EffectRequest>, ShikakuError> {
        self.model.problem = None;
        self.model.done = None;
        let mut effects = Vec::new();
        update::card_session(&mut self.model, id, transport)?;
        planning::replan(&mut self.model, &mut effects);
        Ok(effects)
    }

    /// The original bytes of a stored document (the counter card's or one on the member screen),
    /// with the file name and media type to show it under. A typed error while the vault is
    /// locked, for an unknown id, or when the record is damaged; nothing is changed.
    pub fn document_content(&self, document: DocumentId) -> Result<DocumentContent, ShikakuError> {
        document::content(&self.model, document)
    }

    /// The view model of the current screen.
    pub fn view(&self) -> ViewModel {
        view::render(&self.model, self.model.screen)
    }

    /// The view model of `screen` without navigating (for the CLI's `view` and for tests).
    pub fn view_of(&self, screen: Screen) -> ViewModel {
        view::render(&self.model, screen)
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.model.screen
    }
}

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();
