//! A whole card read against a card whose answers are the fuzzer's bytes: each answer is a length
//! byte and that many bytes. The read must return a result or a typed error, never panic.
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use shikaku_core::card::{read_card, CardTransport, TransportError};

struct FuzzedCard<'a>(Mutex<&'a [u8]>);

impl CardTransport for FuzzedCard<'_> {
    fn transmit(&self, _apdu: Vec<u8>) -> Result<Vec<u8>, TransportError> {
        let mut rest = self.0.lock().map_err(|_| TransportError::CardLost)?;
        let (&len, tail) = rest.split_first().ok_or(TransportError::CardLost)?;
        let len = usize::from(len).min(tail.len());
        let (answer, tail) = tail.split_at(len);
        *rest = tail;
        Ok(answer.to_vec())
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = read_card(&FuzzedCard(Mutex::new(data)));
});
