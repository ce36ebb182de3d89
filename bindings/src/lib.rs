//! The UniFFI surface of Shikaku Pocket: the one library the Android and iOS apps load.
//!
//! Types come from `shikaku-core` (its `uniffi` feature derives them), so nothing here copies a
//! domain type. This crate adds the exported functions and objects, each a thin call into the
//! core that returns [`ShikakuError`] on any refused input. No rule lives here.

mod advice;
mod card;
mod planning;
mod text;
mod vault;

pub use shikaku_core::ShikakuError;

uniffi::setup_scaffolding!();
