//! `subsidy set|clear` and `limit set|clear` (`docs/contracts/cli.md`, "Vault commands"): the
//! two paper certificates kept among a member's facts, the municipal 医療証 and the
//! 限度額適用認定証. Each command prints what is now stored.

use clap::{Args, Subcommand};
use serde_json::json;
use shikaku_core::scenario::{LimitCertificate, SubsidyCard};
use shikaku_core::vault::{MemberFacts, MemberId};

use crate::dates::date;
use crate::error::CliError;
use crate::options::{named, MemberOption};
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

/// The `subsidy` and `limit` commands.
#[derive(Subcommand)]
pub(crate) enum Command {
    /// Keep or forget a member's municipal 医療証 (子ども医療費助成 and others).
    Subsidy(SubsidyArgs),
    /// Keep or forget a member's 限度額適用認定証 (high-cost care limit certificate).
    Limit(LimitArgs),
}

#[derive(Args)]
pub(crate) struct SubsidyArgs {
    #[command(subcommand)]
    command: SubsidyCommand,
}

#[derive(Subcommand)]
enum SubsidyCommand {
    /// Store the 医療証, replacing the one stored.
    Set(SubsidySetArgs),
    /// Forget the 医療証.
    Clear(MemberOption),
}

#[derive(Args)]
struct SubsidySetArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Expiry printed on it, YYYY-MM-DD (leave out when it has none).
    #[arg(long, value_name = "DATE")]
    expires: Option<String>,
    /// Which subsidy it is.
    #[arg(long, default_value = "other",
          value_parser = ["child", "single_parent", "disability", "other"])]
    kind: String,
    /// The municipality has linked it to the マイナ保険証.
    #[arg(long)]
    linked: bool,
}

#[derive(Args)]
pub(crate) struct LimitArgs {
    #[command(subcommand)]
    command: LimitCommand,
}

#[derive(Subcommand)]
enum LimitCommand {
    /// Store the 限度額適用認定証, replacing the one stored.
    Set(LimitSetArgs),
    /// Forget the 限度額適用認定証.
    Clear(MemberOption),
}

#[derive(Args)]
struct LimitSetArgs {
    #[command(flatten)]
    member: MemberOption,
    /// Expiry printed on it, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    expires: String,
    /// Issue date printed on it, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    issued: Option<String>,
}

/// A change to a member's facts, made inside the vault's transaction.
type FactsChange = Box<dyn FnOnce(&mut MemberFacts)>;

/// `subsidy …` and `limit …`.
pub(crate) fn run(command: Command, option: &VaultOption) -> Result<(), CliError> {
    let vault = open(vault_dir(option))?;
    let (member, change): (i64, FactsChange) = match command {
        Command::Subsidy(SubsidyArgs { command }) => match command {
            SubsidyCommand::Set(args) => {
                let card = SubsidyCard {
                    expires: args.expires.map(|d| date("--expires", &d)).transpose()?,
                    linked_to_card: args.linked,
                    kind: named(&args.kind)?,
                    owner_mismatch: false,
                };
                (
                    args.member.member,
                    Box::new(move |facts| facts.subsidy_card = Some(card)),
                )
            }
            SubsidyCommand::Clear(member) => {
                (member.member, Box::new(|facts| facts.subsidy_card = None))
            }
        },
        Command::Limit(LimitArgs { command }) => match command {
            LimitCommand::Set(args) => {
                let certificate = LimitCertificate {
                    expires: date("--expires", &args.expires)?,
                    issued: args.issued.map(|d| date("--issued", &d)).transpose()?,
                    owner_mismatch: false,
                };
                (
                    args.member.member,
                    Box::new(move |facts| facts.limit_certificate = Some(certificate)),
                )
            }
            LimitCommand::Clear(member) => (
                member.member,
                Box::new(|facts| facts.limit_certificate = None),
            ),
        },
    };
    let id = MemberId(member);
    let facts = vault
        .update_member_facts(id, change)
        .map_err(CliError::from)?;
    print_json(&json!({ "id": id, "facts": facts }))
}
