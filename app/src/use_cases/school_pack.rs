//! The school-trip or nursery pack for a child member (R-SCHOOL-1): the pack built from the
//! stored facts in one snapshot, and which stored document to print or copy for the teacher.

use shikaku_core::scenario::Visit;
use shikaku_core::school_pack::{school_pack as build, SchoolPack, SchoolPackRequest};
use shikaku_core::text::Language;
use shikaku_core::vault::{refuse_in, DocumentId, MemberId, Vault};
use shikaku_core::JapanDate;

use super::counter_card::CounterCard;
use super::UseCaseError;

/// A member's pack (引率者に預ける資格情報) and the stored document to hand over with it.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberSchoolPack {
    /// The pack: what to hand over, the cover note, and what the parent still has to do.
    pub pack: SchoolPack,
    /// The stored document to print or copy, when one is held.
    pub document: Option<DocumentId>,
}

/// Builds the pack for `member` from what is stored, as of `today`; refused when a document of
/// the member is damaged, or the contact holds a My Number (R-NUM-2), as storage's error; refused
/// for an adult as [`UseCaseError::SchoolPack`] (R-SCHOOL-1).
pub fn school_pack(
    vault: &Vault,
    member: MemberId,
    visit: Visit,
    parent_contact: Option<String>,
    today: JapanDate,
    language: Language,
) -> Result<MemberSchoolPack, UseCaseError> {
    if let Some(contact) = &parent_contact {
        refuse_in("contact", contact)?;
    }
    let card = vault.read(|tables| CounterCard::read_complete_in(tables, member))?;
    let request = SchoolPackRequest {
        child_name: card.member.name.clone(),
        visit,
        person: card.person(),
        parent_contact,
        today,
        language,
    };
    let pack = build(&request)?;
    let document = pack
        .hand_over
        .and_then(|item| card.document_for(item))
        .map(|doc| doc.id);
    Ok(MemberSchoolPack { pack, document })
}
