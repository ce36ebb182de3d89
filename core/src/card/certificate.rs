//! The 利用者証明用電子証明書's expiry, read off the card without a PIN (R-ECERT-1).
//!
//! The certificate is read in READ BINARY chunks up to the length its DER header declares, parsed
//! with `x509-cert`, and dropped: only its notAfter survives, as a Japan date. The certificate
//! itself names the holder (its subject CN), so it is never kept or logged.

use x509_cert::der::{Decode, Header, Tag};
use x509_cert::Certificate;

use super::apdu::{file, Application, Command, ReadBinary, StatusWord, MAX_READ};
use super::exchange::{exchange, select_file};
use super::{CardError, CardTransport};
use crate::dates::JapanDate;

/// The most certificate bytes the app reads. JPKI user certificates are about 1.5–2 KB; anything
/// declaring more than this is not one.
pub const MAX_CERTIFICATE_LEN: usize = 8 * 1024;

/// Reads the user certificate and returns its expiry as a Japan date.
pub fn read_user_certificate_expiry(transport: &dyn CardTransport) -> Result<JapanDate, CardError> {
    select_file(transport, Application::Jpki, file::USER_CERTIFICATE)?;
    let certificate = read_certificate(transport)?;
    certificate_expiry(&certificate)
}

/// Bytes of a certificate's DER header: `30 82 HH LL` for any certificate the app accepts.
const HEADER_LEN: usize = 4;

/// Reads the current EF's DER certificate: chunks until the header is in, then the rest of the
/// declared length, however short the card's answers. The file's padding after it is not read.
fn read_certificate(transport: &dyn CardTransport) -> Result<Vec<u8>, CardError> {
    let mut bytes = Vec::new();
    while bytes.len() < HEADER_LEN {
        match read_chunk(transport, bytes.len(), MAX_READ)? {
            Some(chunk) => bytes.extend_from_slice(&chunk),
            None => break,
        }
    }
    let declared = declared_length(&bytes)?;
    while bytes.len() < declared {
        let wanted = (declared - bytes.len()).min(MAX_READ);
        let chunk =
            read_chunk(transport, bytes.len(), wanted)?.ok_or(CardError::CertificateTruncated {
                read: bytes.len(),
                declared,
            })?;
        // Every chunk has at least one byte, so this loop ends within `declared` rounds.
        bytes.extend_from_slice(&chunk);
    }
    bytes.truncate(declared);
    Ok(bytes)
}

/// One READ BINARY of up to `length` bytes at `offset`: the bytes (at least one), or `None` when
/// the file has ended (no bytes, `62 82` or `6B 00`). An answer longer than asked for is an error.
fn read_chunk(
    transport: &dyn CardTransport,
    offset: usize,
    length: usize,
) -> Result<Option<Vec<u8>>, CardError> {
    let read = ReadBinary::new(offset, length)?;
    let response = exchange(transport, Command::ReadBinary(read))?;
    match response.status {
        StatusWord::OK | StatusWord::END_OF_FILE if response.data.len() > read.length() => {
            Err(CardError::ResponseTooLong {
                asked: read.length(),
                sent: response.data.len(),
            })
        }
        StatusWord::OK | StatusWord::END_OF_FILE if !response.data.is_empty() => {
            Ok(Some(response.data))
        }
        StatusWord::OK | StatusWord::END_OF_FILE | StatusWord::WRONG_OFFSET => Ok(None),
        status => Err(CardError::UnexpectedStatus {
            command: Command::ReadBinary(read),
            status,
        }),
    }
}

/// The total length (header included) a certificate declares in its DER header, from the first
/// bytes of the file; an error for anything that is not a SEQUENCE header of a plausible length.
pub fn declared_length(prefix: &[u8]) -> Result<usize, CardError> {
    let (header, rest) =
        Header::from_der_partial(prefix).map_err(|_| CardError::NotACertificate)?;
    if header.tag() != Tag::Sequence {
        return Err(CardError::NotACertificate);
    }
    let header_len = prefix.len() - rest.len();
    let content_len = usize::try_from(u32::from(header.length())).unwrap_or(usize::MAX);
    let declared = header_len.saturating_add(content_len);
    if declared > MAX_CERTIFICATE_LEN {
        return Err(CardError::CertificateTooLong {
            declared,
            max: MAX_CERTIFICATE_LEN,
        });
    }
    Ok(declared)
}

/// The Japan date of a DER certificate's notAfter. JPKI writes 23:59:59 JST, that is 14:59:59Z,
/// so the UTC and Japan dates agree for real certificates; the conversion keeps any other time
/// right too.
pub fn certificate_expiry(der: &[u8]) -> Result<JapanDate, CardError> {
    let certificate = Certificate::from_der(der).map_err(|_| CardError::MalformedCertificate)?;
    let not_after = certificate.tbs_certificate().validity().not_after;
    let seconds = i64::try_from(not_after.to_unix_duration().as_secs())
        .map_err(|_| CardError::ExpiryOutOfRange)?;
    JapanDate::japan_date_of_unix(seconds).ok_or(CardError::ExpiryOutOfRange)
}
