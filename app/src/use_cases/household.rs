//! The household overview (世帯の一覧): every member's counter card in household order, read in one
//! snapshot, for the household screen's statuses and next dates (issue 10). Each member's row is
//! opened once, by the listing, and each table is read with one statement for every member; what
//! the screen decides from the cards is the screen's.

use shikaku_core::vault::{Listing, Result, Tables, Vault};

use super::counter_card::CounterCard;

/// Every member's counter card, in household order, read in one snapshot (one `vault.read`).
/// Members whose own record is damaged are listed apart (`damaged`), so the others still show;
/// a damaged card fact or PIN event fails the read, as it fails that member's counter card.
pub fn household_overview(vault: &Vault) -> Result<Listing<CounterCard>> {
    vault.read(household_overview_in)
}

/// [`household_overview`] inside the caller's transaction.
pub fn household_overview_in<M>(tables: &Tables<'_, M>) -> Result<Listing<CounterCard>> {
    let members = tables.members().list_with_facts()?;
    Ok(Listing {
        items: CounterCard::read_each_in(tables, members.items)?,
        damaged: members.damaged,
    })
}
