//! The few ISO/IEC 7816-4 commands the app sends, and the responses it gets back.
//!
//! [`Command`] is a closed set with no variant that carries a PIN: the only VERIFY it can encode
//! is the empty one that asks for the remaining tries. Sending a PIN to the card (which would spend
//! a try on a wrong guess) is therefore impossible to express here, not merely avoided.

use std::fmt;

use super::CardError;

/// An application on the card, selected by its AID (アプリケーション).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Application {
    /// 公的個人認証AP (JPKI): the certificates and the 利用者証明用 and 署名用 PINs.
    Jpki,
    /// 券面事項入力補助AP: the card-info input support application and its 4-digit PIN.
    CardInfoInput,
    /// The GlobalPlatform issuer security domain the card starts in, where GET DATA answers.
    IssuerSecurityDomain,
}

impl Application {
    /// The application identifier (AID).
    pub fn aid(self) -> &'static [u8] {
        match self {
            Application::Jpki => &[0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01],
            Application::CardInfoInput => {
                &[0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08]
            }
            Application::IssuerSecurityDomain => &[0xA0, 0x00, 0x00, 0x01, 0x51, 0x00, 0x00],
        }
    }
}

impl fmt::Display for Application {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Application::Jpki => "JPKI",
            Application::CardInfoInput => "card-info input",
            Application::IssuerSecurityDomain => "issuer security domain",
        })
    }
}

/// Elementary files the app selects (EF).
pub mod file {
    /// JPKI: 利用者証明用電子証明書 (user certificate), readable without a PIN.
    pub const USER_CERTIFICATE: u16 = 0x000A;
    /// JPKI: 利用者証明用 PIN.
    pub const USER_PIN: u16 = 0x0018;
    /// JPKI: 署名用 password.
    pub const SIGNATURE_PIN: u16 = 0x001B;
    /// 券面事項入力補助AP: its 4-digit PIN.
    pub const CARD_INFO_INPUT_PIN: u16 = 0x0011;
}

/// GET DATA tag of the card body's expiry, eight ASCII digits `YYYYMMDD` (UNCONFIRMED: found by
/// the `myna-card` project's survey of real cards, not in a published specification).
pub const CARD_EXPIRY_TAG: u16 = 0x00F2;

/// The longest READ BINARY answer asked for: 256 bytes, a short APDU's maximum, which both
/// IsoDep and CoreNFC carry.
pub const MAX_READ: usize = 256;

/// Highest READ BINARY offset a short command can address (15 bits).
const MAX_OFFSET: usize = 0x7FFF;

/// A READ BINARY of `length` bytes at `offset` in the current EF, both within what a short APDU
/// can encode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadBinary {
    offset: u16,
    length: u16,
}

impl ReadBinary {
    /// A read of `length` (1–256) bytes at `offset` (0–32767).
    pub fn new(offset: usize, length: usize) -> Result<Self, CardError> {
        if offset > MAX_OFFSET || !(1..=MAX_READ).contains(&length) {
            return Err(CardError::ReadOutOfRange);
        }
        // Both fit in u16 after the checks above.
        Ok(ReadBinary {
            offset: offset as u16,
            length: length as u16,
        })
    }

    /// Bytes asked for.
    pub fn length(self) -> usize {
        usize::from(self.length)
    }
}

/// A command APDU the app may send (コマンドAPDU). None carries a PIN.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// SELECT an application by AID, no response data (`00 A4 04 0C`).
    SelectApplication(Application),
    /// SELECT an EF of the current application, no response data (`00 A4 02 0C 02 id`).
    SelectFile(u16),
    /// VERIFY without data (`00 20 00 80`): asks the current PIN EF for its remaining tries and
    /// spends none.
    QueryPinCount,
    /// READ BINARY of the current EF (`00 B0`).
    ReadBinary(ReadBinary),
    /// GET DATA of a data object (`00 CA`), up to 256 bytes.
    GetData(u16),
}

impl Command {
    /// The command's bytes (short APDU encoding).
    pub fn to_bytes(self) -> Vec<u8> {
        match self {
            Command::SelectApplication(application) => {
                let aid = application.aid();
                // AIDs are at most 16 bytes, so the length fits in a byte.
                let mut bytes = vec![0x00, 0xA4, 0x04, 0x0C, aid.len() as u8];
                bytes.extend_from_slice(aid);
                bytes
            }
            Command::SelectFile(id) => {
                let [high, low] = id.to_be_bytes();
                vec![0x00, 0xA4, 0x02, 0x0C, 0x02, high, low]
            }
            Command::QueryPinCount => vec![0x00, 0x20, 0x00, 0x80],
            Command::ReadBinary(read) => {
                let [p1, p2] = read.offset.to_be_bytes();
                // Le 00 stands for 256.
                vec![0x00, 0xB0, p1, p2, read.length as u8]
            }
            Command::GetData(tag) => {
                let [p1, p2] = tag.to_be_bytes();
                vec![0x00, 0xCA, p1, p2, 0x00]
            }
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::SelectApplication(application) => write!(f, "SELECT {application}"),
            Command::SelectFile(id) => write!(f, "SELECT EF {id:04X}"),
            Command::QueryPinCount => f.write_str("VERIFY (count only)"),
            Command::ReadBinary(read) => write!(f, "READ BINARY at {}", read.offset),
            Command::GetData(tag) => write!(f, "GET DATA {tag:04X}"),
        }
    }
}

/// The two status bytes that end every response (ステータスワード, SW1 SW2).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusWord(pub u16);

impl StatusWord {
    /// `90 00`: success.
    pub const OK: StatusWord = StatusWord(0x9000);
    /// `62 82`: end of file reached before the bytes asked for.
    pub const END_OF_FILE: StatusWord = StatusWord(0x6282);
    /// `6B 00`: offset outside the file.
    pub const WRONG_OFFSET: StatusWord = StatusWord(0x6B00);
    /// `6A 82`: no such application or file.
    pub const NOT_FOUND: StatusWord = StatusWord(0x6A82);
}

impl fmt::Display for StatusWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [sw1, sw2] = self.0.to_be_bytes();
        write!(f, "{sw1:02X} {sw2:02X}")
    }
}

impl fmt::Debug for StatusWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StatusWord({self})")
    }
}

/// A response APDU: data, then the status word (レスポンスAPDU).
#[derive(Clone, PartialEq, Eq)]
pub struct Response {
    /// The response data (may be part of a certificate that names the holder).
    pub data: Vec<u8>,
    /// The status word.
    pub status: StatusWord,
}

impl Response {
    /// Splits raw response bytes into data and status word; fewer than two bytes is an error.
    pub fn parse(mut raw: Vec<u8>) -> Result<Self, CardError> {
        let split = raw.len().checked_sub(2).ok_or(CardError::NoStatusWord)?;
        let status = StatusWord(u16::from_be_bytes([raw[split], raw[split + 1]]));
        raw.truncate(split);
        Ok(Response { data: raw, status })
    }
}

/// Shows the status and the data's length only: the data may identify the holder.
impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("data_len", &self.data.len())
            .field("status", &self.status)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn commands_encode_as_the_jpki_documentation_gives_them() {
        assert_eq!(
            Command::SelectApplication(Application::Jpki).to_bytes(),
            [
                0x00, 0xA4, 0x04, 0x0C, 0x0A, 0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00,
                0x01
            ]
        );
        assert_eq!(
            Command::SelectFile(file::USER_PIN).to_bytes(),
            [0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x18]
        );
        assert_eq!(Command::QueryPinCount.to_bytes(), [0x00, 0x20, 0x00, 0x80]);
        let read = ReadBinary::new(0x0102, 256).unwrap();
        assert_eq!(
            Command::ReadBinary(read).to_bytes(),
            [0x00, 0xB0, 0x01, 0x02, 0x00]
        );
        assert_eq!(
            Command::GetData(CARD_EXPIRY_TAG).to_bytes(),
            [0x00, 0xCA, 0x00, 0xF2, 0x00]
        );
    }

    #[test]
    fn reads_outside_a_short_apdu_are_refused() {
        assert_eq!(ReadBinary::new(0x8000, 1), Err(CardError::ReadOutOfRange));
        assert_eq!(ReadBinary::new(0, 0), Err(CardError::ReadOutOfRange));
        assert_eq!(ReadBinary::new(0, 257), Err(CardError::ReadOutOfRange));
    }

    #[test]
    fn a_response_without_a_status_word_is_an_error() {
        assert_eq!(Response::parse(vec![0x90]), Err(CardError::NoStatusWord));
        let response = Response::parse(vec![0x01, 0x02, 0x63, 0xC2]).unwrap();
        assert_eq!(response.data, [0x01, 0x02]);
        assert_eq!(response.status, StatusWord(0x63C2));
        assert_eq!(
            format!("{response:?}"),
            "Response { data_len: 2, status: StatusWord(63 C2) }"
        );
    }

    fn any_command() -> impl Strategy<Value = Command> {
        let application = prop_oneof![
            Just(Application::Jpki),
            Just(Application::CardInfoInput),
            Just(Application::IssuerSecurityDomain),
        ];
        prop_oneof![
            application.prop_map(Command::SelectApplication),
            any::<u16>().prop_map(Command::SelectFile),
            Just(Command::QueryPinCount),
            (0usize..=0x7FFF, 1usize..=256).prop_map(|(offset, length)| Command::ReadBinary(
                ReadBinary::new(offset, length).unwrap()
            )),
            any::<u16>().prop_map(Command::GetData),
        ]
    }

    proptest! {
        /// No command the builder can produce is a VERIFY that carries data.
        #[test]
        fn no_command_can_carry_a_pin(command in any_command()) {
            let bytes = command.to_bytes();
            if bytes[1] == 0x20 {
                prop_assert_eq!(bytes, vec![0x00, 0x20, 0x00, 0x80]);
            }
        }

        #[test]
        fn any_response_parses_or_errors_without_panicking(raw in proptest::collection::vec(any::<u8>(), 0..300)) {
            let len = raw.len();
            match Response::parse(raw) {
                Ok(response) => prop_assert_eq!(response.data.len() + 2, len),
                Err(error) => prop_assert_eq!(error, CardError::NoStatusWord),
            }
        }
    }
}
