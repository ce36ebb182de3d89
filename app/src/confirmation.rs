//! Asking before something that cannot be undone (確認): wiping the vault, removing a member with
//! their documents. The event that asks ([`crate::Event::WipeVault`],
//! [`crate::Event::RemoveMember`]) only files the question; the view model carries it as a
//! [`Confirmation`] until the user confirms or cancels, or leaves the screen.

use serde::Serialize;
use shikaku_core::vault::{MemberId, Vault};

use crate::words::{Action, Line, Tone, Words};

/// What the app is waiting for the user to confirm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pending {
    /// Wipe the vault and the platform key.
    Wipe,
    /// Remove this member with their documents.
    RemoveMember(MemberId),
}

/// What a confirmation is about: the shell sends the events of the same name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ConfirmationKind {
    /// `Event::ConfirmWipe` or `Event::CancelWipe`.
    Wipe,
    /// `Event::ConfirmRemoveMember` or `Event::CancelRemoveMember`.
    RemoveMember,
}

/// A question to ask before going on (確認ダイアログ): the shell draws it as its platform's alert.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Confirmation {
    /// What it is about, and so which events its buttons send.
    pub kind: ConfirmationKind,
    /// The question.
    pub title: String,
    /// What will be lost.
    pub message: Line,
    /// Go on (`Event::ConfirmWipe`, `Event::ConfirmRemoveMember`).
    pub confirm: Action,
    /// Keep everything (`Event::CancelWipe`, `Event::CancelRemoveMember`).
    pub cancel: Action,
    /// How the confirm button looks: `Critical` for what only a backup can bring back.
    pub style: Tone,
}

/// The question for `pending`; `None` when the member asked about can no longer be read.
pub(crate) fn render(
    pending: Pending,
    vault: Option<&Vault>,
    words: Words,
) -> Option<Confirmation> {
    let (kind, title, message, confirm, cancel) = match pending {
        Pending::Wipe => (
            ConfirmationKind::Wipe,
            words.get("app-confirm-wipe-title"),
            words.get("app-settings-wipe-warning"),
            "app-settings-wipe-confirm",
            "app-settings-wipe-cancel",
        ),
        Pending::RemoveMember(member) => {
            let name = vault?.member(member).ok()?.name;
            (
                ConfirmationKind::RemoveMember,
                words.with("app-confirm-remove-title", &[("name", &name)]),
                words.with("app-confirm-remove-text", &[("name", &name)]),
                "app-confirm-remove-confirm",
                "app-confirm-remove-cancel",
            )
        }
    };
    Some(Confirmation {
        kind,
        title,
        message: words.line(message, Tone::Critical),
        confirm: words.action(confirm, true),
        cancel: words.action(cancel, true),
        style: Tone::Critical,
    })
}
