//! `confirm-owner --member ID --document N` (`docs/contracts/cli.md`, "Version 2 additions"): the
//! user confirms that a document whose printed name or birth date is not the member's is theirs
//! all the same (R-OWNER-1); until then it is never handed over.

use clap::Args;
use serde_json::json;
use shikaku_core::vault::{DocumentId, MemberId};

use crate::error::CliError;
use crate::options::MemberOption;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct ConfirmOwnerArgs {
    #[command(flatten)]
    member: MemberOption,
    /// The document's id (printed by `import`, listed by `show`).
    #[arg(long, value_name = "N")]
    document: i64,
}

/// Records the confirmation and prints the document's owner check.
pub(crate) fn run(args: ConfirmOwnerArgs, option: &VaultOption) -> Result<(), CliError> {
    let summary = open(vault_dir(option))?
        .confirm_owner(MemberId(args.member.member), DocumentId(args.document))
        .map_err(CliError::from)?;
    print_json(&json!({
        "document": summary.id,
        "owner": summary.owner,
        "owner_confirmed": summary.owner_confirmed,
    }))
}
