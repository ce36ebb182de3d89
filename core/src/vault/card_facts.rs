//! The facts kept about a member's My Number card (マイナンバーカード): expiries, insurance
//! registration and at most the last four digits (R-NUM-2), sealed as one record per member.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::error::{RecordRef, Result};
use super::members::{MemberId, Members};
use super::tables::{Access, Writing};
use super::{for_each_member, sealed_cell, Vault};
use crate::dates::JapanDate;
use crate::numbers::Last4;

/// What the vault keeps about a My Number card (マイナンバーカードの情報).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardRecord {
    /// Card body expiry (カードの有効期限, R-CARD-1); `None` when not known (a card read over NFC
    /// may not give it without a PIN): the advice then skips the card-body rules.
    #[serde(default)]
    pub expires: Option<JapanDate>,
    /// User certificate expiry (利用者証明用電子証明書の有効期限, R-ECERT-1).
    pub ecert_expires: JapanDate,
    /// Registered for insurance use (健康保険証利用登録).
    pub insurance_registered: bool,
    /// Last four digits of the My Number (個人番号の下4桁); never all twelve (R-NUM-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<Last4>,
}

fn cell(member: MemberId) -> RecordRef {
    RecordRef {
        table: "card_facts",
        row: member.0,
        column: "facts",
    }
}

/// The `card_facts` table (カード情報の表) inside one transaction: one record per member.
pub struct Cards<'t, M>(pub(crate) Access<'t, M>);

impl<M> Cards<'_, M> {
    /// A member's card facts, if any were stored.
    pub fn get(&self, member: MemberId) -> Result<Option<CardRecord>> {
        Ok(self.get_each(&[member])?.pop().flatten())
    }

    /// Each member's card facts, in the order given, read with one statement.
    pub fn get_each(&self, members: &[MemberId]) -> Result<Vec<Option<CardRecord>>> {
        let Access { conn, key, .. } = self.0;
        let sql = "SELECT facts FROM card_facts WHERE member_id = ?1";
        let mut cards = Vec::with_capacity(members.len());
        for_each_member(conn, sql, members, &mut |stmt, member| {
            let card = stmt
                .query_row([member.0], |row| {
                    Ok(key.open_json(cell(member), sealed_cell(row, 0)?))
                })
                .optional()?;
            cards.push(card.transpose()?);
            Ok(())
        })?;
        Ok(cards)
    }
}

impl Cards<'_, Writing> {
    /// Stores (or replaces) a member's card facts.
    pub fn set(&self, member: MemberId, card: &CardRecord) -> Result<()> {
        let Access { conn, key, .. } = self.0;
        Members(self.0).require(member)?;
        conn.execute(
            "INSERT OR REPLACE INTO card_facts (member_id, facts) VALUES (?1, ?2)",
            params![member.0, key.seal_json(cell(member), card)?],
        )?;
        Ok(())
    }
}

impl Vault {
    /// Stores (or replaces) a member's card facts.
    pub fn set_card(&self, member: MemberId, card: &CardRecord) -> Result<()> {
        self.write(|t| t.cards().set(member, card))
    }

    /// A member's card facts, if any were stored.
    pub fn card(&self, member: MemberId) -> Result<Option<CardRecord>> {
        self.read(|t| {
            t.members().require(member)?;
            t.cards().get(member)
        })
    }
}
