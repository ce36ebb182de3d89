//! `import FILE --member ID` (`docs/contracts/cli.md`, "Vault commands"): stores a document's
//! original bytes and the fields read (or typed), encrypted, and prints the extract JSON with the
//! owner check.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use clap::Args;
use shikaku_app::use_cases::intake::{import_document, Intake};
use shikaku_core::vault::MemberId;

use crate::dates::today;
use crate::error::CliError;
use crate::input::read_document;
use crate::options::{named, MemberOption};
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct ImportArgs {
    /// The document file (PDF or image).
    file: PathBuf,
    #[command(flatten)]
    member: MemberOption,
    /// The document's kind; sniffed from its first bytes when absent.
    #[arg(long, value_parser = ["mynaportal_pdf", "notice", "certificate", "legacy_card", "image", "unknown"])]
    kind: Option<String>,
    /// A field typed by the user, NAME=VALUE (repeatable), e.g. `--field issued=2024-10-01`.
    #[arg(long = "field", value_name = "NAME=VALUE")]
    fields: Vec<String>,
    /// The date it is stored, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

/// Stores the document for the member and prints what was read and the owner check.
pub(crate) fn run(args: ImportArgs, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let content = read_document(&args.file).map_err(|source| file_error(&args.file, source))?;
    let kind = args.kind.as_deref().map(named).transpose()?;
    let mut typed = BTreeMap::new();
    for field in &args.fields {
        let (name, value) = field.split_once('=').ok_or_else(|| CliError::Invalid {
            option: "--field",
            reason: "expected NAME=VALUE".into(),
        })?;
        typed.insert(name.trim().to_owned(), value.trim().to_owned());
    }
    let source = args
        .file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let intake = Intake {
        content,
        kind,
        typed,
        source,
    };
    let imported = import_document(
        &open(dir)?,
        MemberId(args.member.member),
        intake,
        today(args.today.as_deref())?,
    )
    .map_err(CliError::from)?;
    print_json(&imported)
}

/// A failure to read `path`, naming the file.
fn file_error(path: &Path, source: io::Error) -> CliError {
    CliError::File {
        path: path.display().to_string(),
        source,
    }
}
