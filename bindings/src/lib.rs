//! The UniFFI surface of Shikaku Pocket: the one library the Android and iOS apps load.
//!
//! Types come from `shikaku-core` (its `uniffi` feature derives them), so nothing here copies a
//! domain type. This crate adds the exported functions and objects, each a thin call into the
//! core that returns [`ShikakuError`] on any refused input. No rule lives here.

mod advice;
mod app;
mod card;
mod planning;
mod text;
mod vault;

pub use advice::{advise, expiry, japan_date_of_unix, unix_of_japan_date};
pub use app::AppCore;
pub use card::read_card;
pub use planning::{plan_reminders, reminders_ics, school_pack};
pub use shikaku_core::ShikakuError;
pub use vault::{
    wipe_vault, DocumentList, HouseholdVault, ImportedDocument, MemberList, PinStatus,
};

uniffi::setup_scaffolding!();
