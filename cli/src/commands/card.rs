//! `shikaku card read --virtual CARD.json`: reads a simulated card through the same APDU code the
//! phones' NFC path uses, and prints what it found as JSON; `shikaku card set` stores a member's
//! card facts in the vault (`docs/contracts/cli.md`).

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use shikaku_core::card::{read_card, CardRead, VirtualCard, VirtualCardSpec};
use shikaku_core::numbers::Last4;
use shikaku_core::pin::CardPinCount;
use shikaku_core::vault::{CardRecord, MemberId};
use shikaku_core::JapanDate;

use crate::dates::date;
use crate::error::CliError;
use crate::options::MemberOption;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

/// `shikaku card …`
#[derive(Debug, Args)]
pub(crate) struct CardArgs {
    #[command(subcommand)]
    command: CardCommand,
}

#[derive(Debug, clap::Subcommand)]
enum CardCommand {
    /// Read the PIN counts and expiries a card gives without a PIN.
    Read(ReadArgs),
    /// Store a member's card facts in the vault (needs --vault).
    Set(CardSetArgs),
}

#[derive(Debug, Args)]
struct ReadArgs {
    /// Read the simulated card this CARD.json describes (the CLI has no NFC reader).
    #[arg(long = "virtual", value_name = "CARD.json")]
    virtual_card: PathBuf,
}

/// `card set`: the card facts the advice needs.
#[derive(Args)]
struct CardSetArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Card body expiry (カードの有効期限), YYYY-MM-DD; leave out when not known.
    #[arg(long, value_name = "DATE")]
    expires: Option<String>,
    /// User certificate expiry (利用者証明用電子証明書の有効期限), YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    ecert_expires: String,
    /// The card is registered for insurance use (健康保険証利用登録).
    #[arg(long)]
    registered: bool,
    /// Last 4 digits of the My Number (never all 12).
    #[arg(long, value_name = "NNNN")]
    last4: Option<String>,
}

/// Debug output (required by `card`'s derives) shows no card facts.
impl std::fmt::Debug for CardSetArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardSetArgs").finish_non_exhaustive()
    }
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
pub(crate) fn run(args: CardArgs, vault: &VaultOption) -> Result<(), CliError> {
    match args.command {
        CardCommand::Read(read) => {
            let card = load_virtual_card(&read.virtual_card)?;
            let output = ReadOutput::from(&read_card(&card).map_err(CliError::from)?);
            print_json(&output)
        }
        CardCommand::Set(set) => card_set(vault, set),
    }
}

/// The virtual card CARD.json describes, with its certificate read relative to CARD.json.
fn load_virtual_card(spec_path: &Path) -> Result<VirtualCard, CliError> {
    let text = read_file(spec_path)?;
    let spec: VirtualCardSpec =
        serde_json::from_slice(&text).map_err(|source| CliError::CardSpec {
            path: spec_path.display().to_string(),
            source,
        })?;
    let cert_path = spec_path
        .parent()
        .unwrap_or(Path::new("."))
        .join(&spec.user_cert);
    let certificate = read_file(&cert_path)?;
    VirtualCard::new(&spec, &certificate).map_err(|source| CliError::Certificate {
        path: cert_path.display().to_string(),
        source,
    })
}

fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|source| CliError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// `card set`.
fn card_set(option: &VaultOption, args: CardSetArgs) -> Result<(), CliError> {
    let card = CardRecord {
        expires: args.expires.map(|d| date("--expires", &d)).transpose()?,
        ecert_expires: date("--ecert-expires", &args.ecert_expires)?,
        insurance_registered: args.registered,
        last4: args
            .last4
            .as_deref()
            .map(|text| {
                Last4::parse(text).map_err(|e| CliError::Invalid {
                    option: "--last4",
                    reason: e.to_string(),
                })
            })
            .transpose()?,
    };
    open(vault_dir(option))?
        .set_card(MemberId(args.member.member), &card)
        .map_err(CliError::from)?;
    print_json(&card)
}
