//! Shikaku Pocket core: everything the apps and the CLI decide, kept in one pure Rust crate so that
//! Android, iOS and the terminal can never disagree.
//!
//! - [`scenario`] and [`advice`]: the visit decision of `shared/spec/advice.md`.
//! - [`expiry`], [`ages`] and [`dates`]: the date rules of `shared/DOMAIN.md`.
//! - [`numbers`]: validated numbers (never a full My Number).
//! - [`pin`]: the card's PINs and their lockout limits.
//! - [`rules`]: the DOMAIN.md rule IDs every decision cites.
//! - [`vault`]: the encrypted household vault (members, documents, card facts, PIN log).

pub mod advice;
pub mod ages;
pub mod dates;
pub mod expiry;
pub mod numbers;
pub mod pin;
pub mod rules;
pub mod scenario;
pub mod vault;

pub use advice::{advise, Advice};
pub use dates::Date;
pub use scenario::Scenario;
