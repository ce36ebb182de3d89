//! Reading the card over NFC (カードの読み取り): instructions, progress, the result (tries left,
//! certificate expiry) and errors in plain words.

use serde::Serialize;
use shikaku_core::pin::CardPinCount;
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Vault};

use crate::model::Scan;
use crate::problem::Problem;
use crate::words::{Action, Fact, Line, ListItem, Tone, Words};

/// Where the read stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ScanState {
    /// Not started.
    Ready,
    /// Waiting for the card.
    Waiting,
    /// Read and stored.
    Done,
    /// Failed.
    Failed,
}

/// The card scan screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardScanView {
    /// The member.
    pub member: MemberId,
    /// Where it stands.
    pub state: ScanState,
    /// How to hold the card, in order, numbered.
    pub instructions: Vec<ListItem>,
    /// What is happening now.
    pub progress: Line,
    /// What the card said.
    pub result: Vec<Fact>,
    /// What went wrong, in plain words.
    pub error: Option<Line>,
    /// Start (or retry) the read: `Event::ScanCard`.
    pub start: Action,
}

/// A count as read, in words.
fn count_text(words: Words, count: CardPinCount) -> (String, Tone) {
    match count {
        CardPinCount::Remaining(n) => (
            words.with("app-pin-remaining", &[("n", &n.to_string())]),
            if n <= 1 { Tone::Warning } else { Tone::Ok },
        ),
        CardPinCount::Blocked => (words.get("app-pin-locked"), Tone::Critical),
        CardPinCount::NotReported => (words.get("app-pin-unknown"), Tone::Info),
    }
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    scan: &Scan,
    words: Words,
) -> Result<CardScanView, Problem> {
    vault.member(member)?;
    let (state, progress) = match scan {
        Scan::Idle => (ScanState::Ready, "app-scan-ready"),
        Scan::Waiting => (ScanState::Waiting, "app-scan-waiting"),
        Scan::Read { .. } => (ScanState::Done, "app-scan-done"),
        Scan::Failed(_) => (ScanState::Failed, "app-scan-failed"),
    };
    let result = match scan {
        Scan::Read {
            read,
            facts_updated,
        } => {
            let mut facts: Vec<Fact> = read
                .pin_counts()
                .iter()
                .map(|&(kind, count)| {
                    let (value, tone) = count_text(words, count);
                    words.fact_named(text::pin_kind_name(words.0, kind), value, tone)
                })
                .collect();
            facts.push(words.fact(
                "app-card-ecert_expires",
                words.date(read.ecert_expires).text,
                Tone::Plain,
            ));
            if let Some(expires) = read.card_expires {
                facts.push(words.fact("app-card-expires", words.date(expires).text, Tone::Plain));
            }
            if !facts_updated {
                facts.push(words.fact(
                    "app-scan-stored",
                    words.get("app-scan-enter-card"),
                    Tone::Info,
                ));
            }
            facts
        }
        _ => Vec::new(),
    };
    let tone = match state {
        ScanState::Done => Tone::Ok,
        ScanState::Failed => Tone::Warning,
        ScanState::Ready | ScanState::Waiting => Tone::Plain,
    };
    Ok(CardScanView {
        member,
        state,
        instructions: words.numbered(
            ["app-scan-step-1", "app-scan-step-2", "app-scan-step-3"].map(|id| words.get(id)),
        ),
        progress: words.line(words.get(progress), tone),
        result,
        error: match scan {
            Scan::Failed(problem) => Some(problem.line(words)),
            _ => None,
        },
        start: words.action(
            if state == ScanState::Failed {
                "app-scan-retry"
            } else {
                "app-scan-start"
            },
            state != ScanState::Waiting,
        ),
    })
}
