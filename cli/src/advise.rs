//! The pure commands `advise` and `expiry` (`docs/contracts/advice.md`, "Pure commands").

use clap::Args;
use shikaku_core::expiry::{expiry as compute_expiry, Issue};
use shikaku_core::{advise as decide, Scenario};

use crate::error::CliError;
use crate::input::{date, print_json, read_text};

#[derive(Args)]
pub(crate) struct AdviseArgs {
    /// Scenario JSON file (`docs/contracts/advice.md`), or `-` for standard input.
    #[arg(long, value_name = "FILE|-", required_unless_present = "member")]
    scenario: Option<String>,
    #[command(flatten)]
    member: crate::vault::AdviseMemberArgs,
}

#[derive(Args)]
pub(crate) struct ExpiryArgs {
    /// Date the card (or the renewed certificate) was issued, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    issued: String,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    birth: String,
    /// Date J-LIS received the application (defaults to the issue date).
    #[arg(long, value_name = "DATE")]
    applied: Option<String>,
    /// The certificate was renewed inside the 3-month window before its expiry.
    #[arg(long)]
    renewed_in_window: bool,
    /// The card's own expiry, when only the certificate was reissued (caps the certificate);
    /// with --renewed-in-window and without it, `card_expires` is null (never invented).
    #[arg(long, value_name = "DATE")]
    card_expires: Option<String>,
}

pub(crate) fn advise(args: AdviseArgs, vault: &crate::vault::VaultOption) -> Result<(), CliError> {
    let Some(path) = args.scenario.filter(|_| !args.member.wanted()) else {
        return crate::vault::advise_member(vault, args.member);
    };
    let scenario = Scenario::from_json(&read_text(&path)?)?;
    print_json(&decide(&scenario))
}

pub(crate) fn expiry(args: ExpiryArgs) -> Result<(), CliError> {
    let issued = date("--issued", &args.issued)?;
    let issue = Issue {
        issued,
        birth: date("--birth", &args.birth)?,
        applied: args
            .applied
            .as_deref()
            .map(|d| date("--applied", d))
            .transpose()?
            .unwrap_or(issued),
        renewed_in_window: args.renewed_in_window,
        card_expires: args
            .card_expires
            .as_deref()
            .map(|d| date("--card-expires", d))
            .transpose()?,
    };
    print_json(&compute_expiry(issue)?)
}
