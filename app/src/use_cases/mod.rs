//! The use cases (ユースケース): what the app does with the vault that spans tables, each inside one
//! vault transaction over the storage's repositories ([`shikaku_core::vault::Tables`]) — so a
//! screen never shows a half-written change, and a write is committed whole or not at all. The
//! rules they apply (advice, reminders, the school pack, the importer) stay in the core; the
//! one-table calls (`Vault::add_member`, `Vault::documents`, …) are the storage's own.
//!
//! - [`counter_card`]: a member's counter card and the visit scenario built from it.
//! - [`household`]: every member's counter card, for the household screen.
//! - [`reminders`]: the household's reminders and calendar, less those acknowledged.
//! - [`school_pack`]: a child's school-trip or nursery pack and the document to hand over.
//! - [`intake`]: bringing a document into the vault (read, typed fields checked, stored).
//! - [`card_read`]: storing what a card read found (PIN counts and expiries).
//!
//! The school pack and intake refuse more than storage does, so they answer with
//! [`UseCaseError`] ([`error`]); the others fail only in storage and answer with its
//! [`shikaku_core::vault::VaultError`].

pub mod card_read;
pub mod counter_card;
pub mod error;
pub mod household;
pub mod intake;
pub mod reminders;
pub mod school_pack;

pub use error::UseCaseError;
