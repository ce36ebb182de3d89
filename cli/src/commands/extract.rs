//! `shikaku extract FILE` and `shikaku check insurer-number N`: what the importer reads from a
//! document and whether a 保険者番号 is valid, without storing anything (`docs/contracts/cli.md`).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Subcommand;
use serde::Serialize;
use shikaku_core::import;
use shikaku_core::numbers::InsurerNumberCheck;

use crate::error::CliError;
use crate::input::read_document;

/// The document-reading commands (no `Debug`: they carry the number being checked).
#[derive(Subcommand)]
pub(crate) enum Command {
    /// Print what the importer reads from a document (PDF, JPEG, PNG, HEIC) as JSON.
    Extract {
        /// The document.
        file: PathBuf,
    },
    /// Check a number without storing it.
    Check {
        #[command(subcommand)]
        what: Check,
    },
}

/// What `check` checks.
#[derive(Subcommand)]
pub(crate) enum Check {
    /// Whether a 保険者番号 (insurer number) is valid, and its kind (exit 0 either way).
    InsurerNumber {
        /// The number, 8 digits (6 for 国民健康保険).
        number: String,
    },
}

/// Runs a document command, printing its JSON on standard output.
pub(crate) fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Extract { file } => {
            let bytes = read_bounded(&file)?;
            print_json(&import::extract(&bytes)?)
        }
        Command::Check {
            what: Check::InsurerNumber { number },
        } => print_json(&InsurerNumberCheck::of(&number)),
    }
}

/// Reads at most one byte more than the importer accepts, so a huge file is refused without
/// being loaded whole.
fn read_bounded(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    read_document(path).map_err(|e| CliError::ReadDocument(e.kind()))
}

/// Prints `value` as pretty JSON; a failed write names only its kind.
fn print_json(value: &impl Serialize) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(|e| CliError::WriteResult(e.io_error_kind().unwrap_or(io::ErrorKind::Other)))?;
    writeln!(out).map_err(|e| CliError::WriteResult(e.kind()))
}
