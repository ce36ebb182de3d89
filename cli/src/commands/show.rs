//! `show --member ID` (`docs/contracts/cli.md`, "Vault commands"): the member's counter card as
//! JSON.

use shikaku_app::use_cases::counter_card::CounterCard;
use shikaku_core::vault::MemberId;

use crate::error::CliError;
use crate::options::MemberOption;
use crate::print::print_json;
use crate::vault_access::{damaged, open, vault_dir, VaultOption};

/// Prints the counter card; exit 1 after it when some of the member's records are damaged.
pub(crate) fn run(args: MemberOption, option: &VaultOption) -> Result<(), CliError> {
    let dir = vault_dir(option);
    let card = CounterCard::read(&open(dir)?, MemberId(args.member)).map_err(CliError::from)?;
    print_json(&card)?;
    damaged(card.documents.damaged.len())
}
