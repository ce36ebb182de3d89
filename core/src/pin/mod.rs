//! The card's PINs: their lockout limits ([`PinKind`], R-PIN-1), what the app knows of each PIN's
//! remaining tries ([`PinGuard`]) and what to tell the user about it ([`PinGuidance`], R-PIN-2,
//! R-PIN-3). Pure: the vault stores the guard, the card reader and the user's reports update it.

mod guard;
mod guidance;
mod kind;

pub use guard::{CardPinCount, CountBasis, PinCounter, PinGuard, TriesLeft};
pub use guidance::{PinGuidance, StoreChain, KIOSK_CLOSES, KIOSK_OPENS, KIOSK_WINDOW_HOURS};
pub use kind::PinKind;
