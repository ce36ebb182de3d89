//! Shikaku Pocket core: everything the apps and the CLI decide, kept in one pure Rust crate so that
//! Android, iOS and the terminal can never disagree.
//!
//! - [`scenario`] and [`advice`]: the visit decision of `shared/spec/advice.md`.
//! - [`expiry`], [`ages`] and [`dates`]: the date rules of `shared/DOMAIN.md`.
//! - [`numbers`]: validated numbers (never a full My Number).
//! - [`wareki`]: 和暦 dates as printed on documents.
//! - [`import`]: reading documents the user brings in (the Mynaportal PDF, photos).
//! - [`pin`]: the card's PINs and their lockout limits.
//! - [`rules`]: the DOMAIN.md rule IDs every decision cites.

pub mod advice;
pub mod ages;
pub mod dates;
pub mod expiry;
pub mod import;
pub mod numbers;
pub mod pin;
pub mod rules;
pub mod scenario;
pub mod wareki;

pub use advice::{advise, Advice};
pub use dates::Date;
pub use scenario::Scenario;
