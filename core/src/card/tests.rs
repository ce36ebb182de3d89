//! Card reads against the virtual card and against scripted or random answers: what a user relies
//! on is the right counts and dates from a good card, a typed error from a bad one, and never a
//! PIN sent to the card.

use std::sync::Mutex;

use proptest::prelude::*;

use super::apdu::Command;
use super::*;
use crate::pin::{CardPinCount, PinKind};
use crate::test_support::date;

const USER_CERT: &[u8] = include_bytes!("../../tests/fixtures/card/user-cert.der");
const USER_CERT_PEM: &[u8] = include_bytes!("../../tests/fixtures/card/user-cert.pem");
const LATE_CERT: &[u8] = include_bytes!("../../tests/fixtures/card/late-cert.der");
const FAR_CERT: &[u8] = include_bytes!("../../tests/fixtures/card/far-cert.der");

fn spec(user: Option<u32>, sign: Option<u32>, aux: Option<u32>) -> VirtualCardSpec {
    VirtualCardSpec {
        user_pin_tries_left: user,
        sign_pin_tries_left: sign,
        aux_pin_tries_left: aux,
        user_cert: "user-cert.der".into(),
        card_expires: Some(date("2035-05-17")),
        faults: VirtualFaults::default(),
    }
}

fn healthy() -> VirtualCardSpec {
    spec(Some(3), Some(5), Some(3))
}

fn read_virtual(spec: &VirtualCardSpec, certificate: &[u8]) -> Result<CardRead, CardError> {
    read_card(&VirtualCard::new(spec, certificate).unwrap())
}

fn with_faults(faults: VirtualFaults) -> VirtualCardSpec {
    VirtualCardSpec {
        faults,
        ..healthy()
    }
}

#[test]
fn a_healthy_card_gives_its_counts_and_both_expiries() {
    let read = read_virtual(&healthy(), USER_CERT).unwrap();
    assert_eq!(
        read,
        CardRead {
            user_pin: CardPinCount::Remaining(3),
            signature_pin: CardPinCount::Remaining(5),
            card_info_input_pin: CardPinCount::Remaining(3),
            ecert_expires: date("2031-05-10"),
            card_expires: Some(date("2035-05-17")),
        }
    );
}

#[test]
fn the_read_sends_exactly_these_commands_and_never_a_pin() {
    let card = VirtualCard::new(&healthy(), USER_CERT).unwrap();
    read_card(&card).unwrap();
    let log = card.log();
    let hex: Vec<String> = log
        .iter()
        .map(|apdu| apdu.iter().map(|b| format!("{b:02X}")).collect())
        .collect();
    assert_eq!(
        hex,
        [
            "00A4040C07A0000001510000",
            "00CA00F200",
            "00A4040C0AD392F000260100000001",
            "00A4020C020018",
            "00200080",
            "00A4040C0AD392F000260100000001",
            "00A4020C02001B",
            "00200080",
            "00A4040C0AD392F000260100000001",
            "00A4020C02000A",
            "00B0000000",
            "00B0010000",
            "00B00200B4", // 692 − 512 = 180 bytes: the file's padding is not read.
            "00A4040C0AD3921000310001010408",
            "00A4020C020011",
            "00200080",
        ]
    );
    assert!(log
        .iter()
        .filter(|apdu| apdu.get(1) == Some(&0x20))
        .all(|apdu| apdu.len() == 4));
    for kind in [
        PinKind::UserCertificate,
        PinKind::Signature,
        PinKind::CardInfoInput,
    ] {
        assert_eq!(card.tries_left(kind), Some(kind.lockout_limit()));
    }
}

#[test]
fn the_virtual_card_spends_a_try_on_a_verify_with_data_as_a_real_one_does() {
    // What the log test guards against: this is the command the reader must never send.
    let card = VirtualCard::new(&healthy(), USER_CERT).unwrap();
    card.transmit(Command::SelectApplication(apdu::Application::Jpki).to_bytes())
        .unwrap();
    card.transmit(Command::SelectFile(apdu::file::USER_PIN).to_bytes())
        .unwrap();
    let answer = card
        .transmit(vec![0x00, 0x20, 0x00, 0x80, 0x04, b'1', b'2', b'3', b'4'])
        .unwrap();
    assert_eq!(answer, [0x63, 0xC2]);
    assert_eq!(card.tries_left(PinKind::UserCertificate), Some(2));
}

#[test]
fn locked_and_silent_pins_are_told_apart() {
    let read = read_virtual(&spec(Some(0), None, Some(1)), USER_CERT).unwrap();
    assert_eq!(read.user_pin, CardPinCount::Blocked);
    assert_eq!(read.signature_pin, CardPinCount::NotReported);
    assert_eq!(read.card_info_input_pin, CardPinCount::Remaining(1));
}

#[test]
fn a_card_reporting_more_tries_than_the_limit_is_refused() {
    let error = read_virtual(&spec(Some(9), Some(5), Some(3)), USER_CERT).unwrap_err();
    assert_eq!(
        error,
        CardError::CountAboveLimit {
            reported: 9,
            limit: 3
        }
    );
}

#[test]
fn short_reads_still_deliver_the_whole_certificate() {
    for short in [1, 3, 7, 200] {
        let faults = VirtualFaults {
            short_reads: Some(short),
            ..VirtualFaults::default()
        };
        let read = read_virtual(&with_faults(faults), USER_CERT).unwrap();
        assert_eq!(
            read.ecert_expires,
            date("2031-05-10"),
            "reads of {short} bytes"
        );
    }
}

#[test]
fn pem_and_der_certificates_and_both_time_encodings_give_japan_dates() {
    let expiry = |certificate| read_virtual(&healthy(), certificate).unwrap().ecert_expires;
    assert_eq!(expiry(USER_CERT_PEM), date("2031-05-10"));
    // 15:00:00Z is midnight in Japan: the next day.
    assert_eq!(expiry(LATE_CERT), date("2031-05-11"));
    // GeneralizedTime, used from 2050.
    assert_eq!(expiry(FAR_CERT), date("2055-05-10"));
}

#[test]
fn a_card_without_the_expiry_object_reports_it_unknown() {
    let spec = VirtualCardSpec {
        card_expires: None,
        ..healthy()
    };
    assert_eq!(read_virtual(&spec, USER_CERT).unwrap().card_expires, None);
}

#[test]
fn misbehaving_cards_give_typed_errors() {
    let cases = [
        // The My Number applications are missing: not a My Number card.
        (
            VirtualFaults {
                wrong_aids: true,
                ..VirtualFaults::default()
            },
            CardError::ApplicationNotFound(apdu::Application::Jpki),
        ),
        // The file is shorter than the certificate's DER header claims.
        (
            VirtualFaults {
                cert_file_len: Some(300),
                ..VirtualFaults::default()
            },
            CardError::CertificateTruncated {
                read: 300,
                declared: USER_CERT.len(),
            },
        ),
        // The card sends more than was asked for.
        (
            VirtualFaults {
                overlong_reads: true,
                ..VirtualFaults::default()
            },
            CardError::ResponseTooLong {
                asked: 256,
                sent: 257,
            },
        ),
    ];
    for (faults, expected) in cases {
        assert_eq!(read_virtual(&with_faults(faults), USER_CERT), Err(expected));
    }
}

#[test]
fn garbage_certificates_give_typed_errors() {
    let mut inner_tag_broken = USER_CERT.to_vec();
    inner_tag_broken[4] = 0x31; // tbsCertificate is no longer a SEQUENCE
    assert_eq!(
        read_virtual(&healthy(), &inner_tag_broken),
        Err(CardError::MalformedCertificate)
    );
    assert_eq!(
        read_virtual(&healthy(), b"\x04\x03abc"),
        Err(CardError::NotACertificate)
    );
    assert_eq!(
        read_virtual(&healthy(), b"\x30\x82\xff\xff"),
        Err(CardError::CertificateTooLong {
            declared: 65_539,
            max: MAX_CERTIFICATE_LEN
        })
    );
    assert!(matches!(
        VirtualCard::new(
            &healthy(),
            b"-----BEGIN KEY-----\nAAAA\n-----END KEY-----\n"
        ),
        Err(VirtualCardError::BadPem)
    ));
}

/// Answers each command with the next scripted response; then the card is gone.
struct Scripted(Mutex<Vec<Vec<u8>>>);

impl Scripted {
    fn new(mut responses: Vec<Vec<u8>>) -> Self {
        responses.reverse();
        Scripted(Mutex::new(responses))
    }
}

impl CardTransport for Scripted {
    fn transmit(&self, _apdu: Vec<u8>) -> Result<Vec<u8>, TransportError> {
        self.0.lock().unwrap().pop().ok_or(TransportError::CardLost)
    }
}

#[test]
fn a_lost_card_and_a_cut_answer_are_errors() {
    assert_eq!(
        read_card(&Scripted::new(vec![])),
        Err(CardError::Transport(TransportError::CardLost))
    );
    // Past the optional expiry step (issuer domain selected, no expiry), a cut answer fails.
    assert_eq!(
        read_card(&Scripted::new(vec![
            vec![0x90, 0x00],
            vec![0x6A, 0x88],
            vec![0x90]
        ])),
        Err(CardError::NoStatusWord)
    );
    // A cut or undocumented answer in the optional expiry step only makes the expiry unknown: the
    // read goes on to the JPKI application (here the card is then lost).
    for answer in [vec![0x90], vec![0x6F, 0x00]] {
        assert_eq!(
            read_card(&Scripted::new(vec![vec![0x90, 0x00], answer])),
            Err(CardError::Transport(TransportError::CardLost))
        );
    }
}

fn status_word() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(vec![0x90, 0x00]),
        Just(vec![0x62, 0x82]),
        Just(vec![0x6A, 0x82]),
        Just(vec![0x6A, 0x88]),
        Just(vec![0x69, 0x84]),
        (0u8..16).prop_map(|x| vec![0x63, 0xC0 | x]),
        any::<[u8; 2]>().prop_map(Vec::from),
    ]
}

fn response() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        status_word(),
        (
            proptest::collection::vec(any::<u8>(), 0..300),
            status_word()
        )
            .prop_map(|(mut data, status)| {
                data.extend(status);
                data
            }),
        proptest::collection::vec(any::<u8>(), 0..3),
    ]
}

proptest! {
    /// Whatever the card answers, the read returns a result or a typed error, and any count it
    /// returns is within the PIN's limit.
    #[test]
    fn random_answers_never_panic(responses in proptest::collection::vec(response(), 0..40)) {
        if let Ok(read) = read_card(&Scripted::new(responses)) {
            for (kind, count) in read.pin_counts() {
                if let CardPinCount::Remaining(tries) = count {
                    prop_assert!(tries >= 1 && tries <= kind.lockout_limit());
                }
            }
        }
    }

    /// A real certificate with random bytes changed parses or fails with a typed error.
    #[test]
    fn corrupted_certificates_never_panic(
        changes in proptest::collection::vec((0usize..692, any::<u8>()), 1..8),
        short in proptest::option::of(1usize..300),
    ) {
        let mut certificate = USER_CERT.to_vec();
        for (at, byte) in changes {
            if let Some(slot) = certificate.get_mut(at) {
                *slot = byte;
            }
        }
        let faults = VirtualFaults { short_reads: short, ..VirtualFaults::default() };
        let _ = read_virtual(&with_faults(faults), &certificate);
    }

    #[test]
    fn parsers_take_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = declared_length(&bytes);
        let _ = certificate_expiry(&bytes);
        let _ = parse_card_expiry(&bytes);
    }
}
