//! Shikaku Pocket core: everything the apps and the CLI decide, kept in one pure Rust crate so that
//! Android, iOS and the terminal can never disagree.
//!
//! - [`scenario`] and [`advice`]: the visit decision of `docs/contracts/advice.md`.
//! - [`expiry`], [`ages`] and [`dates`]: the date rules of `docs/rules.md`.
//! - [`error`]: the public error kinds every internal error maps onto.
//! - [`numbers`]: validated numbers (never a full My Number).
//! - [`pin`]: the card's PINs, their lockout limits, the PIN guard and its guidance.
//! - [`card`]: reading the card over NFC (APDUs through a native [`card::CardTransport`]).
//! - [`office_days`]: the days a city office is open (weekends, holidays and the new year closed).
//! - [`reminders`]: the notifications and calendar a phone schedules from the deadlines.
//! - [`school_pack`]: what a child's teacher or nursery gets, with a printable cover note.
//! - [`wareki`]: 和暦 dates as printed on documents.
//! - [`import`]: reading documents the user brings in (the Mynaportal PDF, photos).
//! - [`rules`]: the rule IDs (`docs/rules.md`) every decision cites.
//! - [`text`]: every sentence shown to a person, in Japanese and English (Fluent).
//! - [`vault`]: the encrypted household vault (members, documents, card facts, PIN log).
//! - `test_support` (tests only, feature `test-support`): the one test date helper and vault fixtures.

pub mod advice;
pub mod ages;
pub mod card;
pub mod dates;
pub mod error;
pub mod expiry;
mod hex;
pub mod import;
pub mod numbers;
pub mod office_days;
pub mod pin;
pub mod reminders;
pub mod rules;
pub mod scenario;
pub mod school_pack;
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;
pub mod text;
pub mod vault;
pub mod wareki;

pub use advice::{advise, Advice};
pub use dates::JapanDate;
pub use scenario::Scenario;

pub use error::ShikakuError;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();
