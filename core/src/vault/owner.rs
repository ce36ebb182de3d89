//! Whose document it is (書類の持ち主の確認, R-OWNER-1): the name printed on a stored document, and
//! the birth date where one is printed, against the member it is stored for. The result is sealed
//! with the document; a mismatch the user has not confirmed keeps the document from being handed
//! over (counter card, school pack, export) and reaches the advice as `owner_mismatch`.

use serde::{Deserialize, Serialize};

use super::documents::{DocumentField, DocumentFields};
use super::members::Member;
use crate::dates::JapanDate;
use crate::import::Field;
use crate::numbers::comparison_key;

/// What the owner check found (持ち主の確認結果).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum OwnerCheck {
    /// The printed name is the member's (and the birth date, where printed, too).
    Match,
    /// The printed name or birth date is someone else's.
    Mismatch,
    /// Nothing printed to compare: no name was read or typed. Documents stored before the check
    /// existed read as this too.
    #[default]
    Unknown,
}

/// Compares a document's `name` (and `birth_date`, where given) with the member's name, kana and
/// birth date (R-OWNER-1): NFKC, white space ignored. Any difference is a mismatch; a match needs
/// the name.
pub(crate) fn check(member: &Member, fields: &DocumentFields) -> OwnerCheck {
    let printed_birth: Option<JapanDate> = fields
        .get(&DocumentField::BirthDate)
        .and_then(|d| d.parse().ok());
    if let (Some(printed), Some(known)) = (printed_birth, member.birth_date) {
        if printed != known {
            return OwnerCheck::Mismatch;
        }
    }
    let Some(printed) = fields
        .get(&DocumentField::Printed(Field::Name))
        .map(|name| comparison_key(name))
    else {
        return OwnerCheck::Unknown;
    };
    let own = std::iter::once(member.name.as_str()).chain(member.kana.as_deref());
    match own.map(comparison_key).any(|name| name == printed) {
        true => OwnerCheck::Match,
        false => OwnerCheck::Mismatch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::{MemberId, Relation};

    fn member(name: &str, kana: Option<&str>, birth: Option<&str>) -> Member {
        Member {
            id: MemberId(1),
            position: 0,
            name: name.into(),
            kana: kana.map(Into::into),
            birth_date: birth.map(|b| b.parse().unwrap()),
            relation: Relation::Child,
            mynaportal_app: false,
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> DocumentFields {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    DocumentField::try_from((*k).to_owned()).unwrap(),
                    (*v).to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn names_compare_after_nfkc_without_spaces() {
        let hanako = member("デジタル花子", None, Some("2018-04-01"));
        // Full-width space and half-width katakana fold to the same key.
        for printed in ["デジタル 花子", "デジタル　花子", "ﾃﾞｼﾞﾀﾙ花子"]
        {
            assert_eq!(
                check(&hanako, &fields(&[("name", printed)])),
                OwnerCheck::Match
            );
        }
        assert_eq!(
            check(&hanako, &fields(&[("name", "デジタル 次郎")])),
            OwnerCheck::Mismatch
        );
        assert_eq!(check(&hanako, &fields(&[])), OwnerCheck::Unknown);
    }

    #[test]
    fn the_kana_counts_and_a_printed_birth_date_must_agree() {
        let taro = member("山田太郎", Some("ヤマダ タロウ"), Some("1952-02-29"));
        assert_eq!(
            check(&taro, &fields(&[("name", "ヤマダタロウ")])),
            OwnerCheck::Match
        );
        let other_birth = fields(&[("name", "山田 太郎"), ("birth_date", "1980-01-01")]);
        assert_eq!(check(&taro, &other_birth), OwnerCheck::Mismatch);
        let same_birth = fields(&[("name", "山田 太郎"), ("birth_date", "1952-02-29")]);
        assert_eq!(check(&taro, &same_birth), OwnerCheck::Match);
        // A birth date alone that agrees does not prove whose it is.
        assert_eq!(
            check(&taro, &fields(&[("birth_date", "1952-02-29")])),
            OwnerCheck::Unknown
        );
        // A member without a stored birth date is judged by the name.
        let no_birth = member("山田太郎", None, None);
        assert_eq!(check(&no_birth, &other_birth), OwnerCheck::Match);
    }
}
