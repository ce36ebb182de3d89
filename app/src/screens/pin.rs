//! The card's PINs (暗証番号): before entering one, each PIN's tries left and what to do; after,
//! record whether it was right.

use serde::Serialize;
use shikaku_core::pin::{PinKind, TriesLeft};
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Vault};

use crate::problem::Problem;
use crate::words::{Action, Line, Tone, Words};

/// One PIN.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PinRow {
    /// The PIN (for `Event::RecordPin`).
    pub kind: PinKind,
    /// Its name.
    pub name: String,
    /// Tries left, with its tone.
    pub tries: Line,
    /// What to do, most urgent first.
    pub guidance: Vec<String>,
    /// Record a wrong entry.
    pub record_failed: Action,
    /// Record a correct entry.
    pub record_succeeded: Action,
}

/// The PIN screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PinView {
    /// The member.
    pub member: MemberId,
    /// Before entering a PIN.
    pub intro: Line,
    /// Each PIN, the one the clinic asks for first.
    pub pins: Vec<PinRow>,
    /// Read the card for its own count.
    pub scan: Action,
}

/// Tries left in words.
pub(crate) fn tries_line(words: Words, tries: TriesLeft) -> Line {
    match tries {
        TriesLeft::AtMost(n) => words.line(
            words.with("app-pin-at-most", &[("n", &n.to_string())]),
            if n <= 1 { Tone::Warning } else { Tone::Ok },
        ),
        TriesLeft::Locked => words.line(words.get("app-pin-locked"), Tone::Critical),
        TriesLeft::Unknown => words.line(words.get("app-pin-unknown"), Tone::Info),
    }
}

/// Builds the screen.
pub(crate) fn render(vault: &Vault, member: MemberId, words: Words) -> Result<PinView, Problem> {
    let guard = vault.pin_guard(member)?;
    Ok(PinView {
        member,
        intro: words.plain("app-pin-intro"),
        pins: PinKind::ALL
            .iter()
            .map(|&kind| PinRow {
                kind,
                name: text::pin_kind_name(words.0, kind),
                tries: tries_line(words, guard.tries_left(kind)),
                guidance: guard
                    .guidance(kind)
                    .iter()
                    .map(|g| text::pin_guidance_text(words.0, g))
                    .collect(),
                record_failed: words.action("app-pin-record-failed", true),
                record_succeeded: words.action("app-pin-record-succeeded", true),
            })
            .collect(),
        scan: words.action("app-title-card_scan", true),
    })
}
