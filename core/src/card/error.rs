//! Everything that can go wrong reading a card, as one typed error. Messages name the step and
//! the status word, never card data.

use super::apdu::{Application, Command, StatusWord};
use super::transport::TransportError;

/// Why a card read failed (カード読み取りエラー).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    /// The link to the card failed.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The card answered with fewer than the two status bytes.
    #[error("the card's answer was cut short (no status word)")]
    NoStatusWord,
    /// An application the app needs is not on the card: not a My Number card.
    #[error("not a My Number card: no {0} application")]
    ApplicationNotFound(Application),
    /// The card answered a command with a status the app does not expect.
    #[error("the card answered {command} with {status}")]
    UnexpectedStatus {
        /// The command that was answered.
        command: Command,
        /// What the card answered.
        status: StatusWord,
    },
    /// The card reported more tries left than the PIN's official limit.
    #[error("the card reported {reported} tries left for a PIN whose limit is {limit}")]
    CountAboveLimit {
        /// The count the card reported.
        reported: u32,
        /// The official limit (R-PIN-1).
        limit: u32,
    },
    /// A read was asked for outside what a short READ BINARY can address.
    #[error("a read outside the card's addressable range was refused")]
    ReadOutOfRange,
    /// The card sent more bytes than were asked for.
    #[error("the card sent {sent} bytes where {asked} were asked for")]
    ResponseTooLong {
        /// Bytes asked for.
        asked: usize,
        /// Bytes sent.
        sent: usize,
    },
    /// The certificate file does not start with a DER SEQUENCE header.
    #[error("the certificate file does not start with a certificate")]
    NotACertificate,
    /// The certificate's DER header declares more than any JPKI certificate holds.
    #[error("the certificate declares {declared} bytes, more than the {max} a card holds")]
    CertificateTooLong {
        /// Length the header declares.
        declared: usize,
        /// The most the app reads.
        max: usize,
    },
    /// The certificate file ended before the length its DER header declares.
    #[error("the certificate ended after {read} of the {declared} bytes it declares")]
    CertificateTruncated {
        /// Bytes the card delivered.
        read: usize,
        /// Length the header declares.
        declared: usize,
    },
    /// The certificate's bytes are not a well-formed X.509 certificate.
    #[error("the certificate is not a well-formed X.509 certificate")]
    MalformedCertificate,
    /// The certificate's notAfter lies outside the dates the app supports.
    #[error("the certificate's expiry is outside the supported dates")]
    ExpiryOutOfRange,
    /// The card's expiry data object is not an eight-digit date.
    #[error("the card's expiry is not a valid YYYYMMDD date")]
    MalformedCardExpiry,
}
