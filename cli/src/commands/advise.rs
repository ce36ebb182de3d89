//! `advise --scenario FILE` (`docs/contracts/advice.md`, "Pure commands") and `advise --member ID
//! --visit V` (`docs/contracts/cli.md`, "Vault commands"): the advice for one visit, from a
//! scenario or from a stored member's facts, as JSON.

use clap::Args;
use shikaku_app::use_cases::counter_card::scenario;
use shikaku_core::vault::MemberId;
use shikaku_core::{advise, Scenario};

use crate::dates::today;
use crate::error::CliError;
use crate::input::read_text;
use crate::options::named;
use crate::print::print_json;
use crate::vault_access::{open, vault_dir, VaultOption};

#[derive(Args)]
pub(crate) struct AdviseArgs {
    /// Scenario JSON file (`docs/contracts/advice.md`), or `-` for standard input.
    #[arg(long, value_name = "FILE|-", required_unless_present = "member")]
    scenario: Option<String>,
    #[command(flatten)]
    member: AdviseMemberArgs,
}

/// `advise --member ID --visit V [--online-check O]`: advice from the stored facts.
#[derive(Args)]
struct AdviseMemberArgs {
    /// Advise for this stored member (needs --vault) instead of a scenario file.
    #[arg(
        long,
        value_name = "ID",
        conflicts_with = "scenario",
        requires = "visit"
    )]
    member: Option<i64>,
    /// Where the member is going.
    #[arg(long, value_parser = ["clinic", "pharmacy", "school_trip", "nursery", "hospital_stay", "dentist"], requires = "member")]
    visit: Option<String>,
    /// Whether the clinic can check the card online.
    #[arg(long, default_value = "unknown", requires = "member",
          value_parser = ["available", "unavailable", "reader_broken", "unknown"])]
    online_check: String,
    /// Who takes the member (default: a teacher for school trips and nurseries, else themself).
    #[arg(long, requires = "member", value_parser = ["self", "parent", "teacher", "family"])]
    escort: Option<String>,
    /// Decide as of this date, YYYY-MM-DD (default: today in Japan).
    #[arg(long, value_name = "DATE", requires = "member")]
    today: Option<String>,
}

impl AdviseMemberArgs {
    /// Whether advice for a stored member was asked for.
    fn wanted(&self) -> bool {
        self.member.is_some()
    }
}

/// Prints the advice for the scenario, or for the stored member of `--member`.
pub(crate) fn run(args: AdviseArgs, vault: &VaultOption) -> Result<(), CliError> {
    let Some(path) = args.scenario.filter(|_| !args.member.wanted()) else {
        return advise_member(vault, args.member);
    };
    let scenario = Scenario::from_json(&read_text(&path)?)?;
    print_json(&advise(&scenario))
}

/// `advise --member`.
fn advise_member(option: &VaultOption, args: AdviseMemberArgs) -> Result<(), CliError> {
    let (Some(member), Some(visit)) = (args.member, args.visit) else {
        // clap's `requires` makes this unreachable; answer as a usage error all the same.
        clap::Error::raw(
            clap::error::ErrorKind::MissingRequiredArgument,
            "--member needs --visit\n",
        )
        .exit()
    };
    let today = today(args.today.as_deref())?;
    let stored = scenario(
        &open(vault_dir(option))?,
        MemberId(member),
        today,
        named(&visit)?,
        named(&args.online_check)?,
        args.escort.as_deref().map(named).transpose()?,
    )
    .map_err(CliError::from)?;
    print_json(&advise(&stored))
}
