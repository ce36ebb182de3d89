//! Any bytes given to the importer: a value or a typed error, never a panic (libfuzzer-sys's
//! panic hook aborts even inside the importer's catch_unwind), a hang or unbounded memory; and
//! whatever it reads never carries a full My Number (R-NUM-2).
#![no_main]

use libfuzzer_sys::fuzz_target;
use shikaku_core::import::extract;
use shikaku_core::numbers::refuse_my_number;

fuzz_target!(|data: &[u8]| {
    if let Ok(extraction) = extract(data) {
        let json = serde_json::to_string(&extraction).expect("an extraction always serialises");
        assert!(refuse_my_number(&json).is_ok(), "a My Number left the importer");
    }
});
