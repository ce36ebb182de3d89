//! Effects (エフェクト): what the app asks the shell to do, each request with an id the shell
//! answers with [`crate::Event::Answered`] (an NFC session with [`crate::App::answer_nfc`]).

use serde::Serialize;

/// One request to the shell.
///
/// No `Debug`: effects carry keys, files and reminder texts.
#[derive(Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EffectRequest {
    /// Answer with this id.
    pub id: u64,
    /// What to do.
    pub effect: Effect,
}

/// What the shell does for the app.
#[derive(Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Effect {
    /// Wrap this key with the platform key store (Android Keystore, iOS Keychain) and answer
    /// [`crate::Answer::KeyWrapped`]; the shell keeps nothing but its own key.
    WrapKey {
        /// The vault's 32-byte data key.
        key: Vec<u8>,
    },
    /// Unwrap this key with the platform key store and answer [`crate::Answer::KeyUnwrapped`],
    /// or [`crate::Answer::KeyUnavailable`] when the platform key is gone.
    UnwrapKey {
        /// What [`Effect::WrapKey`] returned.
        wrapped: Vec<u8>,
    },
    /// Delete the platform key (the vault was wiped). Answer [`crate::Answer::Done`].
    DeletePlatformKey,
    /// Open an NFC session and answer with the card link ([`crate::App::answer_nfc`]), or
    /// [`crate::Answer::Cancelled`].
    NfcSession {
        /// What the system NFC sheet says while waiting for the card.
        prompt: String,
    },
    /// Let the user pick a file; answer [`crate::Answer::DocumentPicked`] or cancelled.
    PickDocument {
        /// What the file is for.
        purpose: PickPurpose,
        /// The file types to offer.
        mime_types: Vec<String>,
        /// How to write a page scanned with the camera, when scanning paper is offered
        /// (`None`: a file only, as for a backup).
        scan: Option<ScanOutput>,
    },
    /// Let the user save a file (a backup, a calendar). Answer done, cancelled or failed.
    SaveFile {
        /// The suggested name.
        file_name: String,
        /// Its type.
        mime_type: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Offer a file to other apps (the share sheet). Answer done or cancelled.
    ShareFile {
        /// The suggested name.
        file_name: String,
        /// Its type.
        mime_type: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Print an HTML page with the system print dialog. Answer done or cancelled.
    PrintHtml {
        /// The print job's name.
        title: String,
        /// The page.
        html: String,
    },
    /// The full set of notifications that should be scheduled: schedule each by its id
    /// (rescheduling an id replaces it) and cancel every other one this app scheduled.
    ScheduleNotifications {
        /// Every notification, soonest first.
        notifications: Vec<Notification>,
        /// Ask the system to wake the app again after this many seconds (send
        /// [`crate::Event::Resume`] then), where it keeps only some of the notifications (iOS: the
        /// 64 nearest) and later ones come in by planning again.
        refresh_after_seconds: u32,
    },
    /// Answer [`crate::Answer::Today`] with today's date in Japan (UTC+9).
    Today,
    /// Send [`crate::Event::IdleTimeout`] after this long without user interaction (restart
    /// the timer on each interaction; replaces any earlier timer).
    LockAfterIdle {
        /// Seconds of idleness.
        seconds: u32,
    },
}

/// What a picked file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PickPurpose {
    /// A document to import (PDF or photo).
    Document,
    /// A backup to restore.
    Backup,
}

/// How a page scanned with the camera is written before it is answered as
/// [`crate::Answer::DocumentPicked`] (スキャンの保存形式).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScanOutput {
    /// The name the page is answered under (`scan.jpg`).
    pub file_name: String,
    /// The JPEG quality, from 1 to 100.
    pub jpeg_quality: u8,
}

/// One scheduled notification (通知).
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notification {
    /// Stable id: the same reminder always has the same id.
    pub id: String,
    /// When to fire, as Unix seconds (09:00 in Japan on its day).
    pub fire_at_unix: i64,
    /// The title (discreet unless the user turned details on).
    pub title: String,
    /// The body.
    pub body: String,
}
