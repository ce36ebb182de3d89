//! Household members (世帯員): ordered, renamable, with their relation (続柄) and optional birth
//! date. The name and the details are sealed in separate columns, so a rename re-seals only the
//! name; the id and the display position are the only plaintext.

use std::fmt;
use std::str::FromStr;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::{RecordRef, Result, VaultError};
use super::member_facts::{checked as checked_facts, MemberFacts};
use super::tables::{Access, Writing};
use super::{sealed_cell, Listing, Vault};
use crate::dates::JapanDate;

/// A member's id within its vault (stable; never reused after removal).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MemberId(pub i64);

// Across the FFI a member id is its number.
#[cfg(feature = "uniffi")]
uniffi::custom_newtype!(MemberId, i64);

impl fmt::Display for MemberId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The member's relation to the household's main user (続柄).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Relation {
    /// The user (本人).
    #[serde(rename = "self")]
    Myself,
    /// Spouse (配偶者).
    Spouse,
    /// Child (子).
    Child,
    /// Parent (親).
    Parent,
    /// Anyone else (その他).
    Other,
}

impl FromStr for Relation {
    type Err = VaultError;

    /// Parses the JSON name (`self`, `spouse`, `child`, `parent`, `other`).
    fn from_str(text: &str) -> Result<Self> {
        serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
            VaultError::Invalid("relation must be self, spouse, child, parent or other")
        })
    }
}

/// What is stored about a member (世帯員の情報), as given to [`Members::add`].
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewMember {
    /// Full name (氏名).
    pub name: String,
    /// Name in kana (フリガナ).
    pub kana: Option<String>,
    /// Date of birth (生年月日): drives the 70 and 75 transitions.
    pub birth_date: Option<JapanDate>,
    /// Relation (続柄).
    pub relation: Relation,
    /// The マイナポータル app is installed and logged in on the member's phone.
    pub mynaportal_app: bool,
}

/// A stored member (世帯員).
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Member {
    /// The member's id.
    pub id: MemberId,
    /// Display position in the household (0 first).
    pub position: i64,
    /// Full name (氏名).
    pub name: String,
    /// Name in kana (フリガナ).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kana: Option<String>,
    /// Date of birth (生年月日).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<JapanDate>,
    /// Relation (続柄).
    pub relation: Relation,
    /// The マイナポータル app is installed and logged in on the member's phone.
    pub mynaportal_app: bool,
}

/// Debug output names the member by id only.
impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Member")
            .field("id", &self.id)
            .field("position", &self.position)
            .finish_non_exhaustive()
    }
}

/// Debug output shows no personal data.
impl fmt::Debug for NewMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewMember").finish_non_exhaustive()
    }
}

/// The sealed `details` column.
#[derive(Serialize, Deserialize)]
struct Details {
    kana: Option<String>,
    birth_date: Option<JapanDate>,
    relation: Relation,
    mynaportal_app: bool,
    /// The version-2 facts; absent in records written before them.
    #[serde(default)]
    facts: MemberFacts,
}

const TABLE: &str = "members";

fn cell(id: MemberId, column: &'static str) -> RecordRef {
    RecordRef {
        table: TABLE,
        row: id.0,
        column,
    }
}

/// A name as stored: trimmed, never empty, never holding a My Number (R-NUM-2).
fn checked_name(name: &str) -> Result<&str> {
    refuse_in("name", name)?;
    match name.trim() {
        "" => Err(VaultError::Invalid("the member's name is empty")),
        name => Ok(name),
    }
}

/// Refuses free text that holds a full My Number (R-NUM-2), naming the field, not the value: every
/// path that stores or hands over free text asks this first.
pub fn refuse_in(field: &str, text: &str) -> Result<()> {
    crate::numbers::refuse_my_number(text).map_err(|_| VaultError::FullMyNumber {
        field: field.to_owned(),
    })
}

/// The `members` table (世帯員の表) inside one transaction.
pub struct Members<'t, M>(pub(crate) Access<'t, M>);

impl<M> Members<'_, M> {
    /// One member; [`VaultError::Tampered`] names the cell that failed.
    pub fn get(&self, id: MemberId) -> Result<Member> {
        Ok(self.get_with_facts(id)?.0)
    }

    /// One member and their version-2 facts, opened from one read of the row (what the counter
    /// card needs: the details are sealed once, so they are opened once).
    pub fn get_with_facts(&self, id: MemberId) -> Result<(Member, MemberFacts)> {
        let Access { conn, key, .. } = self.0;
        conn.query_row(
            "SELECT position, name, details FROM members WHERE id = ?1",
            [id.0],
            |row| {
                let position = row.get(0)?;
                Ok(decode(
                    key,
                    id,
                    position,
                    sealed_cell(row, 1)?,
                    sealed_cell(row, 2)?,
                ))
            },
        )
        .optional()?
        .ok_or(VaultError::NoSuchMember(id.0))?
    }

    /// Every member in display order; damaged records are listed apart so the others still show.
    pub fn list(&self) -> Result<Listing<Member>> {
        let all = self.list_with_facts()?;
        Ok(Listing {
            items: all.items.into_iter().map(|(member, _)| member).collect(),
            damaged: all.damaged,
        })
    }

    /// Every member in display order with their version-2 facts, each row opened once (the
    /// household overview's read); damaged records are listed apart.
    pub fn list_with_facts(&self) -> Result<Listing<(Member, MemberFacts)>> {
        let Access { conn, key, .. } = self.0;
        let mut listing = Listing::default();
        let mut stmt =
            conn.prepare("SELECT id, position, name, details FROM members ORDER BY position, id")?;
        let rows = stmt.query_map([], |row| {
            let (id, position) = (MemberId(row.get(0)?), row.get(1)?);
            let (name, details) = (sealed_cell(row, 2)?, sealed_cell(row, 3)?);
            Ok(decode(key, id, position, name, details))
        })?;
        for row in rows {
            listing.push(row?)?;
        }
        Ok(listing)
    }

    /// A member's version-2 facts (all "not known" when none were stored).
    pub fn facts(&self, id: MemberId) -> Result<MemberFacts> {
        Ok(self.details(id)?.facts)
    }

    /// Fails with [`VaultError::NoSuchMember`] unless the member exists. The other tables'
    /// reads do not ask: a member without rows reads as nothing.
    pub fn require(&self, id: MemberId) -> Result<()> {
        let found = self
            .0
            .conn
            .query_row("SELECT 1 FROM members WHERE id = ?1", [id.0], |_| Ok(()))
            .optional()?;
        found.ok_or(VaultError::NoSuchMember(id.0))
    }

    /// A member's sealed details.
    fn details(&self, id: MemberId) -> Result<Details> {
        let Access { conn, key, .. } = self.0;
        conn.query_row("SELECT details FROM members WHERE id = ?1", [id.0], |row| {
            Ok(key.open_json(cell(id, "details"), sealed_cell(row, 0)?))
        })
        .optional()?
        .ok_or(VaultError::NoSuchMember(id.0))?
    }
}

impl Members<'_, Writing> {
    /// Adds a member at the end of the household; returns the new id.
    pub fn add(&self, member: &NewMember) -> Result<MemberId> {
        let name = checked(member)?;
        self.0.conn.execute(
            "INSERT INTO members (position, name, details)
             VALUES ((SELECT COALESCE(MAX(position) + 1, 0) FROM members), x'', x'')",
            [],
        )?;
        let id = MemberId(self.0.conn.last_insert_rowid());
        self.store(id, name, member, MemberFacts::default())?;
        Ok(id)
    }

    /// Replaces a member's name and details; their version-2 facts ([`MemberFacts`]) are kept.
    pub fn update(&self, id: MemberId, member: &NewMember) -> Result<()> {
        let name = checked(member)?;
        let facts = self.facts(id)?;
        self.store(id, name, member, facts)
    }

    /// Renames a member (re-seals the name only).
    pub fn rename(&self, id: MemberId, name: &str) -> Result<()> {
        let name = checked_name(name)?;
        self.require(id)?;
        let sealed = self.0.key.seal(cell(id, "name"), name.as_bytes())?;
        self.0.conn.execute(
            "UPDATE members SET name = ?1 WHERE id = ?2",
            params![sealed, id.0],
        )?;
        Ok(())
    }

    /// Puts the household in the given order; `order` must list every member once.
    pub fn reorder(&self, order: &[MemberId]) -> Result<()> {
        let mut ids = self.ids()?;
        let mut wanted = order.to_vec();
        ids.sort_unstable();
        wanted.sort_unstable();
        if ids != wanted {
            return Err(VaultError::Invalid("the order must list every member once"));
        }
        for (position, id) in (0i64..).zip(order) {
            self.0.conn.execute(
                "UPDATE members SET position = ?1 WHERE id = ?2",
                params![position, id.0],
            )?;
        }
        Ok(())
    }

    /// Removes a member with their documents, card facts, PIN log and acknowledgements.
    pub fn remove(&self, id: MemberId) -> Result<()> {
        self.require(id)?;
        self.0
            .conn
            .execute("DELETE FROM members WHERE id = ?1", [id.0])?;
        Ok(())
    }

    /// Replaces a member's version-2 facts; the name and the other details are kept.
    pub fn set_facts(&self, id: MemberId, facts: &MemberFacts) -> Result<()> {
        self.store_facts(id, facts.clone()).map(drop)
    }

    /// Changes some of a member's version-2 facts; returns them as stored.
    pub fn update_facts(
        &self,
        id: MemberId,
        change: impl FnOnce(&mut MemberFacts),
    ) -> Result<MemberFacts> {
        let mut facts = self.facts(id)?;
        change(&mut facts);
        self.store_facts(id, facts)
    }

    /// Checks a member's version-2 facts and re-seals the details with them, everything else
    /// kept; returns the facts as stored.
    fn store_facts(&self, id: MemberId, facts: MemberFacts) -> Result<MemberFacts> {
        let details = Details {
            facts: checked_facts(facts)?,
            ..self.details(id)?
        };
        self.0.conn.execute(
            "UPDATE members SET details = ?1 WHERE id = ?2",
            params![self.0.key.seal_json(cell(id, "details"), &details)?, id.0],
        )?;
        Ok(details.facts)
    }

    /// Seals and stores a member's name and details.
    fn store(
        &self,
        id: MemberId,
        name: &str,
        member: &NewMember,
        facts: MemberFacts,
    ) -> Result<()> {
        let details = Details {
            kana: member.kana.clone(),
            birth_date: member.birth_date,
            relation: member.relation,
            mynaportal_app: member.mynaportal_app,
            facts,
        };
        let key = self.0.key;
        self.0.conn.execute(
            "UPDATE members SET name = ?1, details = ?2 WHERE id = ?3",
            params![
                key.seal(cell(id, "name"), name.as_bytes())?,
                key.seal_json(cell(id, "details"), &details)?,
                id.0
            ],
        )?;
        Ok(())
    }

    /// Every member id.
    fn ids(&self) -> Result<Vec<MemberId>> {
        let mut stmt = self.0.conn.prepare("SELECT id FROM members")?;
        let ids = stmt
            .query_map([], |row| row.get(0).map(MemberId))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

/// A new member's name as stored, once the name and kana hold no My Number (R-NUM-2).
fn checked(member: &NewMember) -> Result<&str> {
    let name = checked_name(&member.name)?;
    member
        .kana
        .as_deref()
        .map_or(Ok(()), |kana| refuse_in("kana", kana))?;
    Ok(name)
}

impl Vault {
    /// Adds a member at the end of the household; returns the new id.
    pub fn add_member(&self, member: &NewMember) -> Result<MemberId> {
        self.write(|t| t.members().add(member))
    }

    /// Replaces a member's name and details; their version-2 facts ([`MemberFacts`]) are kept.
    pub fn update_member(&self, id: MemberId, member: &NewMember) -> Result<()> {
        self.write(|t| t.members().update(id, member))
    }

    /// Renames a member (re-seals the name only).
    pub fn rename_member(&self, id: MemberId, name: &str) -> Result<()> {
        self.write(|t| t.members().rename(id, name))
    }

    /// Puts the household in the given order; `order` must list every member once.
    pub fn reorder_members(&self, order: &[MemberId]) -> Result<()> {
        self.write(|t| t.members().reorder(order))
    }

    /// Removes a member with their documents, card facts and PIN log.
    pub fn remove_member(&self, id: MemberId) -> Result<()> {
        self.write(|t| t.members().remove(id))
    }

    /// One member; [`VaultError::Tampered`] names the cell that failed.
    pub fn member(&self, id: MemberId) -> Result<Member> {
        self.read(|t| t.members().get(id))
    }

    /// Every member in display order; damaged records are listed apart so the others still show.
    pub fn members(&self) -> Result<Listing<Member>> {
        self.read(|t| t.members().list())
    }
}

/// Opens a member's sealed cells: the member and their version-2 facts.
fn decode(
    key: &DataKey,
    id: MemberId,
    position: i64,
    name: &[u8],
    details: &[u8],
) -> Result<(Member, MemberFacts)> {
    let name = key.open(cell(id, "name"), name)?;
    let name =
        String::from_utf8(name.to_vec()).map_err(|_| VaultError::Tampered(cell(id, "name")))?;
    let details: Details = key.open_json(cell(id, "details"), details)?;
    let member = Member {
        id,
        position,
        name,
        kana: details.kana,
        birth_date: details.birth_date,
        relation: details.relation,
        mynaportal_app: details.mynaportal_app,
    };
    Ok((member, details.facts))
}
