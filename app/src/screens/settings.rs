//! Backup and settings (バックアップと設定): export and restore, language, auto-lock, wipe.

use serde::Serialize;
use shikaku_core::text::Language;
use shikaku_core::vault::Vault;

use crate::planning::auto_lock_minutes;
use crate::words::{Action, Line, Tone, Words};

/// A language to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LanguageChoice {
    /// The language (for `Event::SetLanguage`).
    pub language: Language,
    /// Its name, in itself.
    pub label: String,
    /// The one in use.
    pub selected: bool,
}

/// An auto-lock time to choose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AutoLockChoice {
    /// Minutes (for `Event::SetAutoLock`).
    pub minutes: u32,
    /// In words.
    pub label: String,
    /// The one in use.
    pub selected: bool,
}

/// The settings screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// "Language".
    pub language_label: String,
    /// Languages.
    pub languages: Vec<LanguageChoice>,
    /// "Lock after".
    pub auto_lock_label: String,
    /// Auto-lock times.
    pub auto_locks: Vec<AutoLockChoice>,
    /// What a backup is, and why it needs its own passphrase.
    pub backup_help: Line,
    /// Export a backup (asks for a passphrase): `Event::ExportBackup`.
    pub export_backup: Action,
    /// The label of the backup passphrase field.
    pub backup_passphrase_label: String,
    /// Wipe everything: `Event::WipeVault` (the view model's `confirmation` then asks; the
    /// button waits meanwhile).
    pub wipe: Action,
}

/// The auto-lock times offered.
const AUTO_LOCK_CHOICES: [u32; 4] = [1, 5, 10, 30];

/// Builds the screen; `asking`: a confirmation is open.
pub(crate) fn render(vault: &Vault, asking: bool, words: Words) -> SettingsView {
    let minutes = auto_lock_minutes(vault);
    SettingsView {
        language_label: words.get("app-settings-language"),
        languages: [
            (Language::Ja, "app-language-ja"),
            (Language::En, "app-language-en"),
        ]
        .iter()
        .map(|&(language, id)| LanguageChoice {
            language,
            label: words.get(id),
            selected: language == words.0,
        })
        .collect(),
        auto_lock_label: words.get("app-settings-auto-lock"),
        auto_locks: AUTO_LOCK_CHOICES
            .iter()
            .map(|&m| AutoLockChoice {
                minutes: m,
                label: words.with("app-minutes", &[("n", &m.to_string())]),
                selected: m == minutes,
            })
            .collect(),
        backup_help: words.line(words.get("app-settings-backup-help"), Tone::Info),
        export_backup: words.action("app-settings-export", true),
        backup_passphrase_label: words.get("app-settings-backup-passphrase"),
        wipe: words.action("app-settings-wipe", !asking),
    }
}
