//! `shikaku card read --virtual CARD.json`: reads a simulated card through the same APDU code the
//! phones' NFC path uses, and prints what it found as JSON (`docs/contracts/cli.md`).

use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;
use shikaku_core::card::{
    read_card, CardError, CardRead, VirtualCard, VirtualCardError, VirtualCardSpec,
};
use shikaku_core::pin::CardPinCount;
use shikaku_core::JapanDate;

/// `shikaku card …`
#[derive(Debug, clap::Args)]
pub(crate) struct CardArgs {
    #[command(subcommand)]
    command: CardCommand,
}

#[derive(Debug, clap::Subcommand)]
enum CardCommand {
    /// Read the PIN counts and expiries a card gives without a PIN.
    Read(ReadArgs),
    /// Store a member's card facts in the vault (needs --vault).
    Set(crate::vault::CardSetArgs),
}

#[derive(Debug, clap::Args)]
struct ReadArgs {
    /// Read the simulated card this CARD.json describes (the CLI has no NFC reader).
    #[arg(long = "virtual", value_name = "CARD.json")]
    virtual_card: PathBuf,
}

/// Why `shikaku card` failed: each is a user error (exit 1).
#[derive(Debug, thiserror::Error)]
pub(crate) enum CardCommandError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    File {
        /// The file.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// CARD.json is not valid.
    #[error("{path} is not a valid CARD.json: {source}")]
    Spec {
        /// The file.
        path: String,
        /// Why.
        source: serde_json::Error,
    },
    /// The certificate file is unusable.
    #[error("{path}: {source}")]
    Certificate {
        /// The file.
        path: String,
        /// Why.
        source: VirtualCardError,
    },
    /// The card's answers were unusable.
    #[error("card read failed: {0}")]
    Card(#[from] CardError),
}

/// The contract JSON of `card read`.
#[derive(Debug, Serialize)]
struct ReadOutput {
    /// `null` when the card reported no count.
    user_pin_tries_left: Option<u32>,
    sign_pin_tries_left: Option<u32>,
    aux_pin_tries_left: Option<u32>,
    /// True only when the card reported the PIN locked.
    user_pin_locked: bool,
    ecert_expires: JapanDate,
    /// `null` when the card does not expose it without a PIN.
    card_expires: Option<JapanDate>,
}

impl From<&CardRead> for ReadOutput {
    fn from(read: &CardRead) -> Self {
        let tries = |count| match count {
            CardPinCount::Remaining(tries) => Some(tries),
            CardPinCount::Blocked => Some(0),
            CardPinCount::NotReported => None,
        };
        ReadOutput {
            user_pin_tries_left: tries(read.user_pin),
            sign_pin_tries_left: tries(read.signature_pin),
            aux_pin_tries_left: tries(read.card_info_input_pin),
            user_pin_locked: read.user_pin == CardPinCount::Blocked,
            ecert_expires: read.ecert_expires,
            card_expires: read.card_expires,
        }
    }
}

/// Runs `shikaku card …`, printing its JSON on stdout.
pub(crate) fn run(
    args: CardArgs,
    vault: &crate::vault::VaultOption,
) -> Result<(), crate::error::CliError> {
    match args.command {
        CardCommand::Read(read) => {
            let card = load_virtual_card(&read.virtual_card)?;
            let output = ReadOutput::from(&read_card(&card).map_err(CardCommandError::from)?);
            crate::input::print_json(&output)
        }
        CardCommand::Set(set) => crate::vault::card_set(vault, set),
    }
}

/// The virtual card CARD.json describes, with its certificate read relative to CARD.json.
fn load_virtual_card(spec_path: &Path) -> Result<VirtualCard, CardCommandError> {
    let text = read_file(spec_path)?;
    let spec: VirtualCardSpec =
        serde_json::from_slice(&text).map_err(|source| CardCommandError::Spec {
            path: spec_path.display().to_string(),
            source,
        })?;
    let cert_path = spec_path
        .parent()
        .unwrap_or(Path::new("."))
        .join(&spec.user_cert);
    let certificate = read_file(&cert_path)?;
    VirtualCard::new(&spec, &certificate).map_err(|source| CardCommandError::Certificate {
        path: cert_path.display().to_string(),
        source,
    })
}

fn read_file(path: &Path) -> Result<Vec<u8>, CardCommandError> {
    std::fs::read(path).map_err(|source| CardCommandError::File {
        path: path.display().to_string(),
        source,
    })
}
