//! `member add`, `member list` and `member set ID …` (`docs/contracts/cli.md`, "Vault commands"):
//! the household's members, and the version-2 facts of one (change of insurer, new insurer's
//! registration, smartphone certificate, マイナポータル app, 70+ income category). Every flag of
//! `member set` has a clearing form; it prints what is now stored.

use clap::{Args, Subcommand};
use serde_json::json;
use shikaku_core::vault::{MemberId, NewMember, Vault};

use crate::dates::date;
use crate::error::CliError;
use crate::options::named;
use crate::print::print_json;
use crate::vault_access::{damaged, open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct MemberArgs {
    #[command(subcommand)]
    command: MemberCommand,
}

#[derive(Subcommand)]
enum MemberCommand {
    /// Add a member; prints the new id.
    Add(MemberAddArgs),
    /// The household as JSON, in display order.
    List,
    /// Set or clear a member's version-2 facts (change of insurer, phone).
    Set(MemberSetArgs),
}

#[derive(Args)]
struct MemberAddArgs {
    /// Full name (氏名).
    #[arg(long)]
    name: String,
    /// Name in kana (フリガナ).
    #[arg(long)]
    kana: Option<String>,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    birth: Option<String>,
    /// Relation to the main user (続柄).
    #[arg(long, default_value = "self", value_parser = ["self", "spouse", "child", "parent", "other"])]
    relation: String,
    /// The マイナポータル app is installed and logged in on the member's phone.
    #[arg(long)]
    mynaportal_app: bool,
}

/// `member set ID …`: each fact is changed only when its flag (or its clearing form) is given.
#[derive(Args)]
struct MemberSetArgs {
    /// The member's id.
    id: i64,
    /// The member changed insurer on this date (new job, retirement, marriage, becoming a
    /// dependant), YYYY-MM-DD.
    #[arg(long, value_name = "DATE", conflicts_with = "clear_insurance_change")]
    insurance_changed_on: Option<String>,
    /// Forget the change of insurer.
    #[arg(long)]
    clear_insurance_change: bool,
    /// The new insurer's registration is done (the reader or マイナポータル shows it).
    #[arg(long, conflicts_with = "no_new_insurer_registered")]
    new_insurer_registered: bool,
    /// The new insurer's registration is not known to be done.
    #[arg(long)]
    no_new_insurer_registered: bool,
    /// The スマホ用電子証明書 is set up on the member's phone.
    #[arg(long, conflicts_with = "no_smartphone_card")]
    smartphone_card: bool,
    /// No smartphone certificate.
    #[arg(long)]
    no_smartphone_card: bool,
    /// The マイナポータル app is installed and logged in on the member's phone.
    #[arg(long, conflicts_with = "no_mynaportal_app")]
    mynaportal_app: bool,
    /// No マイナポータル app.
    #[arg(long)]
    no_mynaportal_app: bool,
    /// Aged 70+ with the income category 一般 or 現役並みIII: no limit document is needed.
    #[arg(long, conflicts_with = "no_elderly_income_general")]
    elderly_income_general: bool,
    /// The income category is not known to be 一般 or 現役並みIII.
    #[arg(long)]
    no_elderly_income_general: bool,
}

/// Runs `member add`, `member list` or `member set` on the vault of `--vault`.
pub(crate) fn run(args: MemberArgs, option: &VaultOption) -> Result<(), CliError> {
    let vault = open(vault_dir(option))?;
    match args.command {
        MemberCommand::Add(add) => {
            let member = NewMember {
                name: add.name,
                kana: add.kana,
                birth_date: add
                    .birth
                    .as_deref()
                    .map(|d| date("--birth", d))
                    .transpose()?,
                relation: named(&add.relation)?,
                mynaportal_app: add.mynaportal_app,
            };
            let id = vault.add_member(&member).map_err(CliError::from)?;
            print_json(&json!({ "id": id }))
        }
        MemberCommand::Set(set) => member_set(&vault, set),
        MemberCommand::List => {
            let list = vault.members().map_err(CliError::from)?;
            print_json(&list.items)?;
            damaged(list.damaged.len())
        }
    }
}

/// `member set ID …`.
fn member_set(vault: &Vault, args: MemberSetArgs) -> Result<(), CliError> {
    let id = MemberId(args.id);
    let changed_on = match (args.insurance_changed_on, args.clear_insurance_change) {
        (Some(text), _) => Some(Some(date("--insurance-changed-on", &text)?)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    let registered = choice(args.new_insurer_registered, args.no_new_insurer_registered);
    let smartphone = choice(args.smartphone_card, args.no_smartphone_card);
    let elderly = choice(args.elderly_income_general, args.no_elderly_income_general);
    if let Some(app) = choice(args.mynaportal_app, args.no_mynaportal_app) {
        let member = vault.member(id).map_err(CliError::from)?;
        let details = NewMember {
            name: member.name,
            kana: member.kana,
            birth_date: member.birth_date,
            relation: member.relation,
            mynaportal_app: app,
        };
        vault.update_member(id, &details).map_err(CliError::from)?;
    }
    let facts = vault
        .update_member_facts(id, |facts| {
            if let Some(on) = changed_on {
                facts.insurance_changed_on = on;
            }
            set(&mut facts.new_insurer_registered, registered);
            set(&mut facts.smartphone_card, smartphone);
            set(&mut facts.elderly_income_general, elderly);
        })
        .map_err(CliError::from)?;
    let member = vault.member(id).map_err(CliError::from)?;
    print_json(&json!({
        "id": id,
        "mynaportal_app": member.mynaportal_app,
        "facts": facts,
    }))
}

/// A flag and its clearing form (clap refuses both at once): `Some` when one was given.
fn choice(on: bool, off: bool) -> Option<bool> {
    match (on, off) {
        (true, _) => Some(true),
        (false, true) => Some(false),
        (false, false) => None,
    }
}

fn set(fact: &mut bool, value: Option<bool>) {
    if let Some(value) = value {
        *fact = value;
    }
}
