//! One module per screen: its view model and how it is built from the vault and the model.

pub mod card_scan;
pub mod counter_card;
pub mod household;
pub mod import;
pub mod member;
pub mod pin;
pub mod reminders;
pub mod school_pack;
pub mod settings;
pub mod unlock;
pub mod visit_check;
