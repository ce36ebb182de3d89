//! `pin fail --member ID` and `pin ok --member ID` (`docs/contracts/cli.md`, "Vault commands"):
//! the PIN attempt log of a member.

use clap::{Args, Subcommand};
use serde_json::json;
use shikaku_core::pin::PinKind;
use shikaku_core::vault::{MemberId, PinOutcome};

use crate::dates::today;
use crate::error::CliError;
use crate::options::{named, MemberOption};
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct PinArgs {
    #[command(subcommand)]
    command: PinCommand,
}

#[derive(Subcommand)]
enum PinCommand {
    /// A wrong PIN entry.
    Fail(PinEntryArgs),
    /// A correct PIN entry (resets that PIN's count).
    Ok(PinEntryArgs),
}

#[derive(Args)]
struct PinEntryArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Which PIN (default: the 4-digit one the clinic reader asks for).
    #[arg(long, default_value = "user_certificate",
          value_parser = ["user_certificate", "card_info_input", "resident_registry", "signature"])]
    kind: String,
    /// The date of the entry, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

/// Records the entry and prints the tries left for that PIN.
pub(crate) fn run(args: PinArgs, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let (entry, outcome) = match args.command {
        PinCommand::Fail(entry) => (entry, PinOutcome::Failed),
        PinCommand::Ok(entry) => (entry, PinOutcome::Succeeded),
    };
    let member = MemberId(entry.member.member);
    let kind: PinKind = named(&entry.kind)?;
    let vault = open(dir)?;
    vault
        .record_pin(member, kind, outcome, today(entry.today.as_deref())?)
        .map_err(CliError::from)?;
    let guard = vault.pin_guard(member).map_err(CliError::from)?;
    print_json(&json!({ "kind": kind, "tries_left": guard.tries_left(kind) }))
}
