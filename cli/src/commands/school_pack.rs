//! `school-pack --member ID --out DIR` (`docs/contracts/cli.md`, "Vault commands"): a child's
//! school-trip or nursery pack — the cover note and the document a teacher or nursery gets. A
//! document whose owner is not confirmed is never handed over.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;
use shikaku_app::use_cases::school_pack::school_pack;
use shikaku_core::import::{sniff, FileType};
use shikaku_core::vault::MemberId;

use crate::dates::today;
use crate::error::CliError;
use crate::options::{named, Lang, MemberOption};
use crate::output::Output;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct SchoolPackArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Directory to write `cover-note.html` and the document into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// `school_trip` or `nursery`.
    #[arg(long, default_value = "school_trip")]
    visit: String,
    /// A phone number or other contact for the teacher, printed on the note.
    #[arg(long)]
    contact: Option<String>,
    /// Language of the cover note.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Today's Japan date (default: the system clock).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
    /// Replace existing files in the directory.
    #[arg(long)]
    force: bool,
}

/// Writes the cover note and the document to hand over into `--out`.
pub(crate) fn run(args: SchoolPackArgs, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let member = MemberId(args.member.member);
    let vault = open(dir)?;
    let built = school_pack(
        &vault,
        member,
        named(&args.visit)?,
        args.contact,
        today(args.today.as_deref())?,
        args.lang.into(),
    )
    .map_err(CliError::from)?;
    let output = Output {
        vault: dir,
        force: args.force,
    };
    output.directory(&args.out)?;
    let note = args.out.join("cover-note.html");
    output.write(&note, built.pack.cover_note_html.as_bytes())?;
    let mut written = vec![note];
    if let Some(id) = built.document {
        let document = vault.document(id).map_err(CliError::from)?;
        let path = args
            .out
            .join(format!("document.{}", extension(&document.content)));
        output.write(&path, &document.content)?;
        written.push(path);
    }
    print_json(&json!({
        "hand_over": built.pack.hand_over,
        "ready": built.pack.ready,
        "to_do": built.pack.to_do,
        "files": written,
    }))
}

/// The file extension for a stored document's bytes.
fn extension(content: &[u8]) -> &'static str {
    match sniff(content) {
        Ok(FileType::Pdf) => "pdf",
        Ok(FileType::Jpeg) => "jpg",
        Ok(FileType::Png) => "png",
        Ok(FileType::Heic) => "heic",
        Err(_) => "bin",
    }
}
