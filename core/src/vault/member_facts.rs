//! The version-2 facts kept about a member (世帯員の保険の状況): a change of insurer and whether the
//! new insurer has registered them (R-CHANGE-1), the smartphone certificate (R-PHONE-1), the 70+
//! income category and the 限度額適用認定証 (R-LIMIT-1), and the municipal 医療証 (R-SUBSIDY-1).
//! They are sealed inside the member's `details` record with serde defaults, so vaults written
//! before them read unchanged (nothing known) and no schema change is needed.

use serde::{Deserialize, Serialize};

use super::error::Result;
use super::members::{self, MemberId};
use super::Vault;
use crate::dates::JapanDate;

/// What is known of a member's insurance situation beyond the card and documents
/// (保険の状況). Every field absent means "not known" and changes nothing in the advice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberFacts {
    /// The day the member changed insurer (保険者の変更日: new job, retirement, marriage, becoming
    /// a dependant, R-CHANGE-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insurance_changed_on: Option<JapanDate>,
    /// The new insurer's registration is known to be done (R-CHANGE-1).
    pub new_insurer_registered: bool,
    /// The スマホ用電子証明書 is set up on the member's phone (R-PHONE-1).
    pub smartphone_card: bool,
    /// A 70+ member's income category is 一般 or 現役並みIII (所得区分): no limit document is
    /// needed (R-LIMIT-1).
    pub elderly_income_general: bool,
}

impl Vault {
    /// A member's version-2 facts (all "not known" when none were stored).
    pub fn member_facts(&self, member: MemberId) -> Result<MemberFacts> {
        self.read(|conn, key| members::load_facts(conn, key, member))
    }

    /// Replaces a member's version-2 facts; the name and the other details are kept.
    pub fn set_member_facts(&self, member: MemberId, facts: &MemberFacts) -> Result<()> {
        self.write(|tx, key| members::store_facts(tx, key, member, facts))
    }
}
