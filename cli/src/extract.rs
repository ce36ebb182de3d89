//! `shikaku extract FILE` and `shikaku check insurer-number N`: what the importer reads from a
//! document and whether a 保険者番号 is valid, without storing anything (`docs/contracts/cli.md`).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Subcommand;
use serde::Serialize;
use shikaku_core::import::{self, ImportError};
use shikaku_core::numbers::InsurerNumberCheck;

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

/// Why a document command failed; each message is one line and never repeats a number.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Read(io::ErrorKind),
    /// The importer refused the file.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// Standard output is closed or full.
    #[error("cannot write the result: {0}")]
    Write(io::ErrorKind),
}

/// Runs a document command, printing its JSON on standard output.
pub(crate) fn run(command: Command) -> Result<(), Error> {
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
fn read_bounded(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    crate::input::read_document(path).map_err(|e| Error::Read(e.kind()))
}

fn print_json(value: &impl Serialize) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(|e| Error::Write(e.io_error_kind().unwrap_or(io::ErrorKind::Other)))?;
    writeln!(out).map_err(|e| Error::Write(e.kind()))
}
