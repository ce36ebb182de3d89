//! One command–response exchange, and the SELECTs every read starts with.

use super::apdu::{Application, Command, Response, StatusWord};
use super::{CardError, CardTransport};

/// Sends `command` and splits the answer into data and status word.
pub(super) fn exchange(
    transport: &dyn CardTransport,
    command: Command,
) -> Result<Response, CardError> {
    Response::parse(transport.transmit(command.to_bytes())?)
}

/// Selects `application`, then the EF `file` in it; both must succeed.
pub(super) fn select_file(
    transport: &dyn CardTransport,
    application: Application,
    file: u16,
) -> Result<(), CardError> {
    select_application(transport, application)?;
    expect_ok(transport, Command::SelectFile(file))
}

/// Selects `application`; a card without it is not a My Number card.
pub(super) fn select_application(
    transport: &dyn CardTransport,
    application: Application,
) -> Result<(), CardError> {
    match exchange(transport, Command::SelectApplication(application))?.status {
        StatusWord::OK => Ok(()),
        StatusWord::NOT_FOUND => Err(CardError::ApplicationNotFound(application)),
        status => Err(CardError::UnexpectedStatus {
            command: Command::SelectApplication(application),
            status,
        }),
    }
}

/// Sends `command`, which must be answered `90 00`.
fn expect_ok(transport: &dyn CardTransport, command: Command) -> Result<(), CardError> {
    match exchange(transport, command)?.status {
        StatusWord::OK => Ok(()),
        status => Err(CardError::UnexpectedStatus { command, status }),
    }
}
