//! `expiry --issued DATE --birth DATE …` (`docs/contracts/advice.md`, "Pure commands"): the card's
//! and the user certificate's expiry from the issue date and the date of birth, as JSON.

use clap::Args;
use shikaku_core::expiry::{expiry as compute_expiry, Issue};

use crate::dates::date;
use crate::error::CliError;
use crate::print::print_json;

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

/// Prints the card's and the certificate's expiry dates.
pub(crate) fn run(args: ExpiryArgs) -> Result<(), CliError> {
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
