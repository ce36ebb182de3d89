//! First run and unlock (初回設定・ロック解除): create the vault with the platform key or a
//! passphrase, unlock it, restore a backup, and what to do when the platform key is gone.

use serde::Serialize;
use shikaku_core::text;

use crate::model::{Access, Model};
use crate::words::{Action, Line, Tone, Words};

/// Where the user stands at the door.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum UnlockState {
    /// The app has not looked yet.
    Checking,
    /// No vault: first run.
    FirstRun,
    /// The platform key store opens the vault.
    PlatformKey,
    /// A passphrase opens the vault.
    Passphrase,
    /// The platform key is gone: restore from a backup or start over.
    KeyGone,
    /// A backup was picked: its passphrase is needed.
    BackupPicked,
}

/// What a door action does: the shell sends the event of the same name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum UnlockAction {
    /// `Event::CreateWithPlatformKey`.
    CreateWithPlatformKey,
    /// `Event::CreateWithPassphrase` (ask for the passphrase twice).
    CreateWithPassphrase,
    /// `Event::UnlockWithPlatformKey`.
    UnlockWithPlatformKey,
    /// `Event::UnlockWithPassphrase`.
    UnlockWithPassphrase,
    /// `Event::RestoreFromBackup`.
    RestoreFromBackup,
    /// `Event::RestoreWithPassphrase`.
    RestoreWithPassphrase,
    /// `Event::WipeVault`: start over with an empty household (the view model's `confirmation`
    /// then asks).
    StartOver,
}

/// One choice at the door.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnlockChoice {
    /// What it does.
    pub kind: UnlockAction,
    /// Its button.
    pub action: Action,
    /// The label of the passphrase field it needs, if any.
    pub passphrase_label: Option<String>,
}

/// The first-run and unlock screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnlockView {
    /// Where the user stands.
    pub state: UnlockState,
    /// The heading.
    pub heading: String,
    /// What the user should know, in order.
    pub explanation: Vec<Line>,
    /// What they can do, the usual choice first.
    pub choices: Vec<UnlockChoice>,
}

/// Builds the screen.
pub(crate) fn render(model: &Model, words: Words) -> UnlockView {
    use UnlockAction::*;
    let state = match (&model.access, &model.restore) {
        (_, Some(_)) => UnlockState::BackupPicked,
        (Access::Unknown | Access::Unlocked(_), None) => UnlockState::Checking,
        (Access::NoVault, None) => UnlockState::FirstRun,
        (Access::PlatformKey { .. }, None) => UnlockState::PlatformKey,
        (Access::Passphrase, None) => UnlockState::Passphrase,
        (Access::KeyGone, None) => UnlockState::KeyGone,
    };
    // Each state: its explanation (one or two messages), its choices, and its tone.
    let (lines, kinds, tone): (usize, &[UnlockAction], Tone) = match state {
        UnlockState::Checking => (1, &[], Tone::Plain),
        UnlockState::FirstRun => (
            2,
            &[
                CreateWithPlatformKey,
                CreateWithPassphrase,
                RestoreFromBackup,
            ],
            Tone::Plain,
        ),
        UnlockState::PlatformKey => (1, &[UnlockWithPlatformKey], Tone::Plain),
        UnlockState::Passphrase => (1, &[UnlockWithPassphrase], Tone::Plain),
        UnlockState::KeyGone => (2, &[RestoreFromBackup, StartOver], Tone::Critical),
        UnlockState::BackupPicked => (1, &[RestoreWithPassphrase], Tone::Plain),
    };
    let code = text::code(&state);
    let explanation = (1..=lines)
        .map(|n| words.line(words.get(&format!("app-unlock-{code}-text-{n}")), tone))
        .collect();
    let choices = kinds
        .iter()
        .map(|&kind| {
            let code = text::code(&kind);
            let needs = matches!(
                kind,
                CreateWithPassphrase | UnlockWithPassphrase | RestoreWithPassphrase
            );
            UnlockChoice {
                kind,
                action: words.action(&format!("app-unlock-{code}"), true),
                passphrase_label: needs.then(|| words.get(&format!("app-unlock-{code}-field"))),
            }
        })
        .collect();
    UnlockView {
        state,
        heading: words.get(&format!("app-unlock-{code}")),
        explanation,
        choices,
    }
}
