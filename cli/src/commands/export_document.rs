//! `export-document --member ID --out FILE` (`docs/contracts/cli.md`, "Vault commands"): writes a
//! stored original back out, for print or share, through the safe output files of `output`.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;
use shikaku_core::vault::{DocumentId, MemberId};

use crate::error::CliError;
use crate::options::MemberOption;
use crate::output::Output;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct ExportDocumentArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Where to write the document.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Which document (default: the member's most recently stored one).
    #[arg(long, value_name = "DOCUMENT_ID")]
    document: Option<i64>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
}

/// Writes the document (the newest stored one unless `--document`) to `--out`.
pub(crate) fn run(args: ExportDocumentArgs, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let member = args.member.member;
    let vault = open(dir)?;
    let id = match args.document {
        Some(id) => DocumentId(id),
        None => {
            let listing = vault.documents(MemberId(member)).map_err(CliError::from)?;
            // A damaged newer document must not be replaced by an older one without a word.
            listing.complete().map_err(CliError::from)?;
            listing
                .items
                .last()
                .map(|doc| doc.id)
                .ok_or(CliError::NoDocument(member))?
        }
    };
    let document = vault
        .document_to_hand_over(MemberId(member), id)
        .map_err(CliError::from)?;
    Output {
        vault: dir,
        force: args.force,
    }
    .write(&args.out, &document.content)?;
    print_json(&json!({
        "document": id,
        "kind": document.summary.kind,
        "bytes": document.content.len(),
    }))
}
