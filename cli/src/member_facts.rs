//! The version-2 member facts of `docs/contracts/cli.md` ("Version 2 additions"): `member set ID`
//! (change of insurer, new insurer's registration, smartphone certificate, マイナポータル app, 70+
//! income category), `subsidy set|clear` (the municipal 医療証) and `limit set|clear` (the
//! 限度額適用認定証). Every flag has a clearing form; each command prints what is now stored.

use clap::{Args, Subcommand};
use serde_json::json;
use shikaku_core::scenario::{LimitCertificate, SubsidyCard};
use shikaku_core::vault::{MemberFacts, MemberId, NewMember, Vault};

use crate::error::CliError;
use crate::input::print_json;
use crate::vault::{date, named, open, vault_dir, MemberOption, VaultCliError, VaultOption};

/// `member set ID …`: each fact is changed only when its flag (or its clearing form) is given.
#[derive(Args)]
pub(crate) struct MemberSetArgs {
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

/// `member set ID …`.
pub(crate) fn member_set(vault: &Vault, args: MemberSetArgs) -> Result<(), CliError> {
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
        let member = vault.member(id).map_err(VaultCliError::from)?;
        let details = NewMember {
            name: member.name,
            kana: member.kana,
            birth_date: member.birth_date,
            relation: member.relation,
            mynaportal_app: app,
        };
        vault
            .update_member(id, &details)
            .map_err(VaultCliError::from)?;
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
        .map_err(VaultCliError::from)?;
    let member = vault.member(id).map_err(VaultCliError::from)?;
    print_json(&json!({
        "id": id,
        "mynaportal_app": member.mynaportal_app,
        "facts": facts,
    }))
}

/// A change to a member's facts, made inside the vault's transaction.
type FactsChange = Box<dyn FnOnce(&mut MemberFacts)>;

/// `subsidy …` and `limit …`.
pub(crate) fn run(option: &VaultOption, command: Command) -> Result<(), CliError> {
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
        .map_err(VaultCliError::from)?;
    print_json(&json!({ "id": id, "facts": facts }))
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
