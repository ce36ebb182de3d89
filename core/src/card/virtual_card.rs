//! A simulated My Number card behind the same [`CardTransport`] the phones implement, answering
//! as a real card does — including locked PINs, cards that report no count, short reads, missing
//! applications and certificate files whose length header lies — for tests and for
//! `shikaku card read --virtual CARD.json`. Built only with the `virtual-card` feature (and in
//! tests), so it never ships in the mobile library.

use std::sync::{Mutex, MutexGuard};

use serde::Deserialize;

use super::apdu::{file, Application, CARD_EXPIRY_TAG, MAX_READ};
use super::pin_count::{pins, PinLocation};
use super::{CardTransport, TransportError};
use crate::dates::JapanDate;
use crate::pin::PinKind;

/// A virtual card as described in `CARD.json` (`docs/contracts/cli.md`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VirtualCardSpec {
    /// 利用者証明用 PIN tries left; 0 answers as locked, absent or `null` as a card that reports
    /// no count.
    #[serde(default)]
    pub user_pin_tries_left: Option<u32>,
    /// 署名用 password tries left, likewise.
    #[serde(default)]
    pub sign_pin_tries_left: Option<u32>,
    /// 券面事項入力補助用 PIN tries left, likewise.
    #[serde(default)]
    pub aux_pin_tries_left: Option<u32>,
    /// The user certificate file, DER or PEM, relative to `CARD.json` (the caller reads it).
    pub user_cert: String,
    /// The card body's expiry, answered to GET DATA `00F2`; absent answers "not found".
    #[serde(default)]
    pub card_expires: Option<JapanDate>,
    /// Misbehaviours to simulate.
    #[serde(default)]
    pub faults: VirtualFaults,
}

/// Ways the virtual card can misbehave, for tests of the reader's error handling.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VirtualFaults {
    /// Every READ BINARY answers at most this many bytes, with `90 00`.
    pub short_reads: Option<usize>,
    /// The My Number applications are missing: selecting them answers `6A 82`.
    pub wrong_aids: bool,
    /// The certificate file holds only this many bytes, so its DER header claims more than it has.
    pub cert_file_len: Option<usize>,
    /// READ BINARY answers one byte more than was asked for.
    pub overlong_reads: bool,
}

/// Why a virtual card could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VirtualCardError {
    /// The certificate file is PEM but not a readable CERTIFICATE block.
    #[error("the certificate file is PEM but not a readable CERTIFICATE block")]
    BadPem,
}

/// A simulated card (仮想カード). Records every APDU it receives, for tests that check what was
/// sent. Its `Debug` leaves out the certificate, whose subject would name the holder.
pub struct VirtualCard {
    state: Mutex<State>,
    certificate_file: Vec<u8>,
    card_expires: Option<JapanDate>,
    faults: VirtualFaults,
}

impl std::fmt::Debug for VirtualCard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VirtualCard")
            .field("certificate_bytes", &self.certificate_file.len())
            .field("faults", &self.faults)
            .finish_non_exhaustive()
    }
}

struct State {
    application: Option<Application>,
    file: Option<u16>,
    counts: [(PinLocation, Option<u32>); 3],
    log: Vec<Vec<u8>>,
}

/// Real certificate files are longer than their certificate; the rest is zero padding.
const FILE_PADDING: usize = 300;

impl VirtualCard {
    /// A card as `spec` describes, holding `certificate` (DER, or PEM as a text file).
    pub fn new(spec: &VirtualCardSpec, certificate: &[u8]) -> Result<Self, VirtualCardError> {
        let mut certificate_file = if certificate.starts_with(b"-----BEGIN") {
            match pem_rfc7468::decode_vec(certificate) {
                Ok(("CERTIFICATE", der)) => der,
                _ => return Err(VirtualCardError::BadPem),
            }
        } else {
            certificate.to_vec()
        };
        match spec.faults.cert_file_len {
            Some(len) => certificate_file.truncate(len),
            None => certificate_file.resize(certificate_file.len() + FILE_PADDING, 0),
        }
        Ok(VirtualCard {
            state: Mutex::new(State {
                application: None,
                file: None,
                counts: [
                    (pins::USER, spec.user_pin_tries_left),
                    (pins::SIGNATURE, spec.sign_pin_tries_left),
                    (pins::CARD_INFO_INPUT, spec.aux_pin_tries_left),
                ],
                log: Vec::new(),
            }),
            certificate_file,
            card_expires: spec.card_expires,
            faults: spec.faults.clone(),
        })
    }

    /// Every APDU received so far, in order.
    pub fn log(&self) -> Vec<Vec<u8>> {
        self.lock().log.clone()
    }

    /// The card's current count for `kind` (`None`: not reported, or a PIN it does not model).
    pub fn tries_left(&self, kind: PinKind) -> Option<u32> {
        self.lock()
            .counts
            .iter()
            .find(|(pin, _)| pin.kind == kind)
            .and_then(|(_, count)| *count)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state half-written in a way that
        // matters to a simulation, so a poisoned lock is used as it is.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn respond(&self, state: &mut State, apdu: &[u8]) -> (Vec<u8>, u16) {
        let [cla, ins, p1, p2, body @ ..] = apdu else {
            return (Vec::new(), 0x6700);
        };
        if *cla != 0x00 {
            return (Vec::new(), 0x6E00);
        }
        match ins {
            0xA4 => (Vec::new(), self.select(state, *p1, body)),
            0x20 => (Vec::new(), verify(state, [*p1, *p2], body)),
            0xB0 => self.read_binary(state, u16::from_be_bytes([*p1, *p2]), body),
            0xCA => self.get_data(state, u16::from_be_bytes([*p1, *p2])),
            _ => (Vec::new(), 0x6D00),
        }
    }

    fn select(&self, state: &mut State, p1: u8, body: &[u8]) -> u16 {
        let Some((&lc, data)) = body.split_first() else {
            return 0x6700;
        };
        let Some(data) = data.get(..usize::from(lc)) else {
            return 0x6700;
        };
        match p1 {
            0x04 => {
                let found = [
                    Application::Jpki,
                    Application::CardInfoInput,
                    Application::IssuerSecurityDomain,
                ]
                .into_iter()
                .filter(|app| *app == Application::IssuerSecurityDomain || !self.faults.wrong_aids)
                .find(|app| app.aid() == data);
                match found {
                    Some(application) => {
                        state.application = Some(application);
                        state.file = None;
                        0x9000
                    }
                    None => 0x6A82,
                }
            }
            0x02 => {
                let [high, low] = *data else {
                    return 0x6A82;
                };
                let id = u16::from_be_bytes([high, low]);
                let exists = match state.application {
                    Some(Application::Jpki) => {
                        [file::USER_CERTIFICATE, file::USER_PIN, file::SIGNATURE_PIN].contains(&id)
                    }
                    Some(Application::CardInfoInput) => id == file::CARD_INFO_INPUT_PIN,
                    _ => false,
                };
                if exists {
                    state.file = Some(id);
                    0x9000
                } else {
                    0x6A82
                }
            }
            _ => 0x6A86,
        }
    }

    fn read_binary(&self, state: &State, offset: u16, body: &[u8]) -> (Vec<u8>, u16) {
        if state.application != Some(Application::Jpki)
            || state.file != Some(file::USER_CERTIFICATE)
        {
            return (Vec::new(), 0x6986);
        }
        if offset > 0x7FFF {
            return (Vec::new(), 0x6A86);
        }
        let &[le] = body else {
            return (Vec::new(), 0x6700);
        };
        let asked = if le == 0 { MAX_READ } else { usize::from(le) };
        let offset = usize::from(offset);
        let Some(rest) = self
            .certificate_file
            .get(offset..)
            .filter(|rest| !rest.is_empty())
        else {
            return (Vec::new(), 0x6B00);
        };
        let mut sent = asked.min(rest.len());
        let status = if sent < asked { 0x6282 } else { 0x9000 };
        if let Some(short) = self.faults.short_reads {
            sent = sent.min(short);
        }
        let mut data = rest[..sent].to_vec();
        if self.faults.overlong_reads {
            data.push(0);
        }
        (data, status)
    }

    fn get_data(&self, state: &State, tag: u16) -> (Vec<u8>, u16) {
        let at_top = matches!(
            state.application,
            None | Some(Application::IssuerSecurityDomain)
        );
        match self.card_expires {
            Some(date) if at_top && tag == CARD_EXPIRY_TAG => {
                let digits = format!("{:04}{:02}{:02}", date.year(), date.month(), date.day());
                (digits.into_bytes(), 0x9000)
            }
            _ => (Vec::new(), 0x6A88),
        }
    }
}

/// VERIFY on the current PIN EF: without data, the count; with data, a wrong entry that spends a
/// try (the simulation knows no PIN), as a real card would.
fn verify(state: &mut State, p1p2: [u8; 2], body: &[u8]) -> u16 {
    if p1p2 != [0x00, 0x80] {
        return 0x6A86;
    }
    let (application, file) = (state.application, state.file);
    let Some((_, count)) = state
        .counts
        .iter_mut()
        .find(|(pin, _)| Some(pin.application) == application && Some(pin.file) == file)
    else {
        return 0x6986;
    };
    if !body.is_empty() {
        match count {
            Some(0) => return 0x6984,
            Some(tries) => *tries -= 1,
            None => return 0x6300,
        }
    }
    match *count {
        None => 0x9000,
        Some(0) => 0x6984,
        // Four bits carry the count.
        Some(tries) => 0x63C0 | tries.min(15) as u16,
    }
}

impl CardTransport for VirtualCard {
    fn transmit(&self, apdu: Vec<u8>) -> Result<Vec<u8>, TransportError> {
        let mut state = self.lock();
        let (mut response, status) = self.respond(&mut state, &apdu);
        state.log.push(apdu);
        response.extend_from_slice(&status.to_be_bytes());
        Ok(response)
    }
}
