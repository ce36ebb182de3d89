//! The card-response parsers on raw bytes: response APDUs, PIN-count status words, the
//! certificate's DER header and notAfter, and the card-expiry data object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shikaku_core::card::apdu::{Response, StatusWord};
use shikaku_core::card::{certificate_expiry, declared_length, parse_card_expiry, parse_pin_count};
use shikaku_core::pin::PinKind;

fuzz_target!(|data: &[u8]| {
    if let Ok(response) = Response::parse(data.to_vec()) {
        for kind in PinKind::ALL {
            let _ = parse_pin_count(kind, response.status);
        }
    }
    if let [high, low, ..] = *data {
        let _ = parse_pin_count(PinKind::Signature, StatusWord(u16::from_be_bytes([high, low])));
    }
    let _ = declared_length(data);
    let _ = certificate_expiry(data);
    let _ = parse_card_expiry(data);
});
