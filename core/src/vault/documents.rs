//! Stored documents (保存書類): the original bytes of a PDF or photo with their type, the fields read
//! from them or typed by the user, where they came from and when they were saved. The bytes and
//! the summary are sealed in separate columns, so listing documents never decrypts their contents.
//! Field extraction is not done here: the app's intake use case reads documents and passes the
//! fields in.

mod fields;

use std::fmt;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::{RecordRef, Result, VaultError};
use super::members::{self, MemberId, Members};
use super::owner::{self, OwnerCheck};
use super::tables::{Access, Writing};
use super::{for_each_member, sealed_cell, Listing, Vault};
use crate::dates::JapanDate;
pub use crate::import::DocumentKind;
pub use fields::{DocumentField, DocumentFields};

/// A document's id within its vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentId(pub i64);

// Across the FFI a document id is its number.
#[cfg(feature = "uniffi")]
uniffi::custom_newtype!(DocumentId, i64);

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A document to store (保存する書類).
#[derive(Clone, PartialEq, Eq)]
pub struct NewDocument {
    /// Its kind.
    pub kind: DocumentKind,
    /// The original bytes.
    pub content: Vec<u8>,
    /// Fields read from it or typed by the user.
    pub fields: DocumentFields,
    /// Where it came from (a file name, "camera", …).
    pub source: String,
    /// The Japan date it was saved in the vault.
    pub stored_on: JapanDate,
}

/// A stored document without its bytes (保存書類の概要).
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentSummary {
    /// The document's id.
    pub id: DocumentId,
    /// The member it belongs to.
    pub member: MemberId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Fields read from it or typed by the user.
    pub fields: DocumentFields,
    /// Where it came from.
    pub source: String,
    /// The Japan date it was saved in the vault.
    pub stored_on: JapanDate,
    /// Whether the name (and birth date) printed on it are the member's (R-OWNER-1), as found
    /// when it was stored.
    pub owner: OwnerCheck,
    /// The user confirmed it is this member's although the check found a mismatch.
    pub owner_confirmed: bool,
}

impl DocumentSummary {
    /// A date field: an ISO date, or the date part of an ISO date-time; `None` when absent or
    /// unreadable.
    pub fn date(&self, field: DocumentField) -> Option<JapanDate> {
        let value = self.fields.get(&field)?;
        value.get(..10).unwrap_or(value).parse().ok()
    }

    /// A yes/no field (`true` or `false`; absent is `false`).
    pub fn flag(&self, field: DocumentField) -> bool {
        self.fields.get(&field).is_some_and(|value| value == "true")
    }

    /// The owner check found it is someone else's and the user has not confirmed it: it is not
    /// handed over (counter card, school pack, export) and counts as not held (R-OWNER-1).
    pub fn owner_unconfirmed(&self) -> bool {
        self.owner == OwnerCheck::Mismatch && !self.owner_confirmed
    }
}

/// A stored document with its original bytes (保存書類).
#[derive(Clone, PartialEq, Eq)]
pub struct Document {
    /// What is known about it.
    pub summary: DocumentSummary,
    /// The original bytes.
    pub content: Vec<u8>,
}

/// Debug output shows no personal data.
impl fmt::Debug for NewDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewDocument")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// Debug output shows no personal data.
impl fmt::Debug for DocumentSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DocumentSummary")
            .field("id", &self.id)
            .field("member", &self.member)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// Debug output shows no personal data.
impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

/// The sealed `summary` column. It repeats the member id so a row moved to another member by
/// editing the plaintext `member_id` is detected.
#[derive(Serialize, Deserialize)]
struct SealedSummary {
    member: MemberId,
    kind: DocumentKind,
    fields: DocumentFields,
    source: String,
    stored_on: JapanDate,
    // Absent in documents stored before the owner check (R-OWNER-1): unknown, not confirmed.
    #[serde(default)]
    owner: OwnerCheck,
    #[serde(default)]
    owner_confirmed: bool,
}

fn cell(id: DocumentId, column: &'static str) -> RecordRef {
    RecordRef {
        table: "documents",
        row: id.0,
        column,
    }
}

/// The `documents` table (保存書類の表) inside one transaction.
pub struct Documents<'t, M>(pub(crate) Access<'t, M>);

impl<M> Documents<'_, M> {
    /// One document with its bytes.
    pub fn get(&self, id: DocumentId) -> Result<Document> {
        let Access { conn, key, .. } = self.0;
        conn.query_row(
            "SELECT member_id, summary, content FROM documents WHERE id = ?1",
            [id.0],
            |row| {
                let member = MemberId(row.get(0)?);
                let (summary, content) = (sealed_cell(row, 1)?, sealed_cell(row, 2)?);
                Ok(decode(key, id, member, summary).and_then(|summary| {
                    let content = key.open(cell(id, "content"), content)?.to_vec();
                    Ok(Document { summary, content })
                }))
            },
        )
        .optional()?
        .ok_or(VaultError::NoSuchDocument(id.0))?
    }

    /// A member's documents without their bytes, oldest first; damaged ones are listed apart.
    pub fn list(&self, member: MemberId) -> Result<Listing<DocumentSummary>> {
        Ok(self.list_each(&[member])?.pop().unwrap_or_default())
    }

    /// Each member's [`Documents::list`], in the order given, read with one statement.
    pub fn list_each(&self, members: &[MemberId]) -> Result<Vec<Listing<DocumentSummary>>> {
        let Access { conn, key, .. } = self.0;
        let sql = "SELECT id, summary FROM documents WHERE member_id = ?1 ORDER BY id";
        let mut listings = Vec::with_capacity(members.len());
        for_each_member(conn, sql, members, &mut |stmt, member| {
            let rows = stmt.query_map([member.0], |row| {
                Ok(decode(
                    key,
                    DocumentId(row.get(0)?),
                    member,
                    sealed_cell(row, 1)?,
                ))
            })?;
            let mut listing = Listing::default();
            for row in rows {
                listing.push(row?)?;
            }
            listings.push(listing);
            Ok(())
        })?;
        Ok(listings)
    }

    /// The bytes of a member's document to hand over (print, share, give the teacher): refused
    /// while the owner check found it is someone else's and the user has not confirmed it
    /// (R-OWNER-1).
    pub fn to_hand_over(&self, member: MemberId, id: DocumentId) -> Result<Document> {
        let document = self.get(id)?;
        if document.summary.member != member {
            return Err(VaultError::NoSuchDocument(id.0));
        }
        if document.summary.owner_unconfirmed() {
            return Err(VaultError::Invalid(
                "this document names someone else: confirm it is this member's first",
            ));
        }
        Ok(document)
    }
}

impl Documents<'_, Writing> {
    /// Stores a document for a member; returns its id and the owner check: what is printed on it
    /// is checked against the member (R-OWNER-1) and the result is stored with it.
    pub fn add(
        &self,
        member: MemberId,
        document: &NewDocument,
    ) -> Result<(DocumentId, OwnerCheck)> {
        // R-NUM-2: whatever the caller, no field (nor the file name) may hold a full My Number.
        for (field, value) in &document.fields {
            members::refuse_in(field.name(), value)?;
        }
        members::refuse_in("source", &document.source)?;
        let Access { conn, key, .. } = self.0;
        let owner = owner::check(&Members(self.0).get(member)?, &document.fields);
        let summary = SealedSummary {
            member,
            kind: document.kind,
            fields: document.fields.clone(),
            source: document.source.clone(),
            stored_on: document.stored_on,
            owner,
            owner_confirmed: false,
        };
        conn.execute(
            "INSERT INTO documents (member_id, summary, content) VALUES (?1, x'', x'')",
            [member.0],
        )?;
        let id = DocumentId(conn.last_insert_rowid());
        conn.execute(
            "UPDATE documents SET summary = ?1, content = ?2 WHERE id = ?3",
            params![
                key.seal_json(cell(id, "summary"), &summary)?,
                key.seal(cell(id, "content"), &document.content)?,
                id.0
            ],
        )?;
        Ok((id, owner))
    }

    /// Records that the user confirmed `document` is `member`'s although the owner check found
    /// otherwise (R-OWNER-1); from then on it is handed over and counts as held.
    pub fn confirm_owner(&self, member: MemberId, document: DocumentId) -> Result<DocumentSummary> {
        let Access { conn, key, .. } = self.0;
        let mut summary = load_summary(conn, key, member, document)?;
        if summary.member != member {
            return Err(VaultError::Tampered(cell(document, "summary")));
        }
        summary.owner_confirmed = true;
        conn.execute(
            "UPDATE documents SET summary = ?1 WHERE id = ?2",
            params![
                key.seal_json(cell(document, "summary"), &summary)?,
                document.0
            ],
        )?;
        Ok(summary.into_summary(document))
    }

    /// Deletes a document.
    pub fn remove(&self, id: DocumentId) -> Result<()> {
        match self
            .0
            .conn
            .execute("DELETE FROM documents WHERE id = ?1", [id.0])?
        {
            0 => Err(VaultError::NoSuchDocument(id.0)),
            _ => Ok(()),
        }
    }
}

impl Vault {
    /// Stores a document for a member; returns its id. What is printed on it is checked against
    /// the member (R-OWNER-1) and the result is stored with it.
    pub fn add_document(&self, member: MemberId, document: &NewDocument) -> Result<DocumentId> {
        self.write(|t| t.documents().add(member, document))
            .map(|(id, _)| id)
    }

    /// Records that the user confirmed `document` is `member`'s although the owner check found
    /// otherwise (R-OWNER-1); from then on it is handed over and counts as held.
    pub fn confirm_owner(&self, member: MemberId, document: DocumentId) -> Result<DocumentSummary> {
        self.write(|t| t.documents().confirm_owner(member, document))
    }

    /// The bytes of a member's document to hand over (print, share, give the teacher): refused
    /// while the owner check found it is someone else's and the user has not confirmed it
    /// (R-OWNER-1).
    pub fn document_to_hand_over(&self, member: MemberId, id: DocumentId) -> Result<Document> {
        self.read(|t| t.documents().to_hand_over(member, id))
    }

    /// One document with its bytes.
    pub fn document(&self, id: DocumentId) -> Result<Document> {
        self.read(|t| t.documents().get(id))
    }

    /// A member's documents without their bytes, oldest first.
    pub fn documents(&self, member: MemberId) -> Result<Listing<DocumentSummary>> {
        self.read(|t| {
            t.members().require(member)?;
            t.documents().list(member)
        })
    }

    /// Deletes a document.
    pub fn remove_document(&self, id: DocumentId) -> Result<()> {
        self.write(|t| t.documents().remove(id))
    }
}

/// Opens a summary and checks it belongs to the row's member.
fn decode(
    key: &DataKey,
    id: DocumentId,
    member: MemberId,
    sealed: &[u8],
) -> Result<DocumentSummary> {
    let summary: SealedSummary = key.open_json(cell(id, "summary"), sealed)?;
    if summary.member != member {
        return Err(VaultError::Tampered(cell(id, "summary")));
    }
    Ok(summary.into_summary(id))
}

impl SealedSummary {
    fn into_summary(self, id: DocumentId) -> DocumentSummary {
        DocumentSummary {
            id,
            member: self.member,
            kind: self.kind,
            fields: self.fields,
            source: self.source,
            stored_on: self.stored_on,
            owner: self.owner,
            owner_confirmed: self.owner_confirmed,
        }
    }
}

/// The opened summary of `member`'s document `id` (another member's is not found).
fn load_summary(
    conn: &Connection,
    key: &DataKey,
    member: MemberId,
    id: DocumentId,
) -> Result<SealedSummary> {
    conn.query_row(
        "SELECT summary FROM documents WHERE id = ?1 AND member_id = ?2",
        params![id.0, member.0],
        |row| Ok(key.open_json(cell(id, "summary"), sealed_cell(row, 0)?)),
    )
    .optional()?
    .ok_or(VaultError::NoSuchDocument(id.0))?
}
