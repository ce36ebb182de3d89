//! The school-trip or nursery pack for a child member (R-SCHOOL-1): the pack built from the
//! stored facts, and which stored document to print or copy for the teacher.

use super::documents::DocumentId;
use super::error::Result;
use super::members::MemberId;
use super::Vault;
use crate::dates::JapanDate;
use crate::scenario::Visit;
use crate::school_pack::{school_pack, SchoolPack, SchoolPackRequest};
use crate::text::Language;

/// A member's pack (引率者に預ける資格情報) and the stored document to hand over with it.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberSchoolPack {
    /// The pack: what to hand over, the cover note, and what the parent still has to do.
    pub pack: SchoolPack,
    /// The stored document to print or copy, when one is held.
    pub document: Option<DocumentId>,
}

impl Vault {
    /// Builds the pack for `member` from what is stored, as of `today`.
    pub fn school_pack(
        &self,
        member: MemberId,
        visit: Visit,
        parent_contact: Option<String>,
        today: JapanDate,
        language: Language,
    ) -> Result<MemberSchoolPack> {
        if let Some(contact) = &parent_contact {
            super::members::refuse_in("contact", contact)?;
        }
        let card = self.complete_card(member)?;
        let request = SchoolPackRequest {
            child_name: card.member.name.clone(),
            visit,
            person: card.person(),
            parent_contact,
            today,
            language,
        };
        let pack = school_pack(&request)?;
        let document = pack
            .hand_over
            .and_then(|item| card.document_for(item))
            .map(|doc| doc.id);
        Ok(MemberSchoolPack { pack, document })
    }
}
