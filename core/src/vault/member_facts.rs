//! The version-2 facts kept about a member (世帯員の保険の状況): a change of insurer and whether the
//! new insurer has registered them (R-CHANGE-1), the smartphone certificate (R-PHONE-1), the 70+
//! income category and the 限度額適用認定証 (R-LIMIT-1), and the municipal 医療証 (R-SUBSIDY-1).
//! They are sealed inside the member's `details` record with serde defaults, so vaults written
//! before them read unchanged (nothing known) and no schema change is needed.

use serde::{Deserialize, Serialize};

use super::error::{Result, VaultError};
use super::members::MemberId;
use super::Vault;
use crate::dates::JapanDate;
use crate::scenario::{LimitCertificate, SubsidyCard};

/// What is known of a member's insurance situation beyond the card and documents
/// (保険の状況). Every field absent means "not known" and changes nothing in the advice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberFacts {
    /// The day the member changed insurer (保険者の変更日: new job, retirement, marriage, becoming
    /// a dependant, R-CHANGE-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub insurance_changed_on: Option<JapanDate>,
    /// The new insurer's registration is known to be done (R-CHANGE-1).
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub new_insurer_registered: bool,
    /// The スマホ用電子証明書 is set up on the member's phone (R-PHONE-1).
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub smartphone_card: bool,
    /// A 70+ member's income category is 一般 or 現役並みIII (所得区分): no limit document is
    /// needed (R-LIMIT-1).
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub elderly_income_general: bool,
    /// The municipal 医療証 (子ども医療費助成 and others, R-SUBSIDY-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub subsidy_card: Option<SubsidyCard>,
    /// The 限度額適用認定証 (R-LIMIT-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub limit_certificate: Option<LimitCertificate>,
}

impl Vault {
    /// A member's version-2 facts (all "not known" when none were stored).
    pub fn member_facts(&self, member: MemberId) -> Result<MemberFacts> {
        self.read(|t| t.members().facts(member))
    }

    /// Replaces a member's version-2 facts; the name and the other details are kept.
    pub fn set_member_facts(&self, member: MemberId, facts: &MemberFacts) -> Result<()> {
        self.write(|t| t.members().set_facts(member, facts))
    }

    /// Changes some of a member's version-2 facts in one transaction; returns them as stored.
    pub fn update_member_facts(
        &self,
        member: MemberId,
        change: impl FnOnce(&mut MemberFacts),
    ) -> Result<MemberFacts> {
        self.write(|t| t.members().update_facts(member, change))
    }
}

/// The facts as stored: a 限度額適用認定証 is not issued after it expires. Typed facts are the
/// user's own, so the owner check (R-OWNER-1) has nothing to flag in them.
pub(crate) fn checked(mut facts: MemberFacts) -> Result<MemberFacts> {
    if let Some(limit) = &mut facts.limit_certificate {
        if limit.issued.is_some_and(|issued| issued > limit.expires) {
            return Err(VaultError::Invalid(
                "the limit certificate's issue date is after its expiry",
            ));
        }
        limit.owner_mismatch = false;
    }
    if let Some(subsidy) = &mut facts.subsidy_card {
        subsidy.owner_mismatch = false;
    }
    Ok(facts)
}
