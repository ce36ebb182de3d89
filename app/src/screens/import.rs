//! Importing a document (書類の取り込み): the fields read, the missing ones to type, whether the
//! name on it is the member's, and confirm; a photo gets its kind and typed fields.

use serde::Serialize;
use shikaku_core::import::Field;
use shikaku_core::numbers::comparison_key;
use shikaku_core::vault::{DocumentField, DocumentKind, MemberId, Vault};

use super::member::kind_name;
use crate::forms::{pick_choices, PickChoice};
use crate::model::ImportDraft;
use crate::problem::Problem;
use crate::words::{Action, Fact, Line, Tone, Words};

/// A field the user may type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldPrompt {
    /// The field's name (for `Event::TypeImportField`).
    pub name: String,
    /// Its label.
    pub label: String,
    /// What was typed so far.
    pub value: Option<String>,
    /// How to write it (「令和7年4月1日」).
    pub hint: String,
}

/// A kind the user may choose for a photo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KindChoice {
    /// The kind (for `Event::SetImportKind`).
    pub kind: DocumentKind,
    /// Its name.
    pub label: String,
    /// The one chosen.
    pub selected: bool,
}

/// The import screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportView {
    /// The member.
    pub member: MemberId,
    /// Pick a file (`Event::ImportDocument`); the only action before one is picked.
    pub pick: Action,
    /// The ways of picking a document for `pick`.
    pub pick_from: Vec<PickChoice>,
    /// Whether a file is picked.
    pub picked: bool,
    /// What the file turned out to be.
    pub kind: Option<String>,
    /// Kinds to choose from (photos and unknown files).
    pub kinds: Vec<KindChoice>,
    /// The fields read from the file.
    pub read: Vec<Fact>,
    /// The fields to type (missing ones first).
    pub to_type: Vec<FieldPrompt>,
    /// Whether the name on the document is the member's.
    pub owner_check: Option<Line>,
    /// Store it.
    pub confirm: Action,
    /// Drop it.
    pub cancel: Action,
}

/// The fields a person types for a kind chosen for a photo.
fn typed_fields(kind: Option<DocumentKind>) -> &'static [DocumentField] {
    const INSURER_NUMBER: DocumentField = DocumentField::Printed(Field::InsurerNumber);
    const SYMBOL: DocumentField = DocumentField::Printed(Field::Symbol);
    const NUMBER: DocumentField = DocumentField::Printed(Field::Number);
    match kind {
        Some(DocumentKind::Notice) => &[
            DocumentField::Issued,
            DocumentField::Last4,
            INSURER_NUMBER,
            SYMBOL,
            NUMBER,
        ],
        Some(DocumentKind::Certificate) => {
            &[DocumentField::Expires, INSURER_NUMBER, SYMBOL, NUMBER]
        }
        Some(DocumentKind::LegacyCard) => &[DocumentField::Expires],
        Some(DocumentKind::MynaportalPdf | DocumentKind::Image | DocumentKind::Unknown) | None => {
            &[]
        }
    }
}

/// Names compared as printed: width-folded, without spaces (R-OWNER-1).
fn same_name(a: &str, b: &str) -> bool {
    comparison_key(a) == comparison_key(b)
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    draft: Option<&ImportDraft>,
    words: Words,
) -> Result<ImportView, Problem> {
    let person = vault.member(member)?;
    let draft = draft.filter(|draft| draft.member == member);
    let mut view = ImportView {
        member,
        pick: words.action("app-import-pick", true),
        pick_from: pick_choices(words),
        picked: draft.is_some(),
        kind: None,
        kinds: Vec::new(),
        read: Vec::new(),
        to_type: Vec::new(),
        owner_check: None,
        confirm: words.action("app-import-confirm", draft.is_some()),
        cancel: words.action("app-import-cancel", draft.is_some()),
    };
    let Some(draft) = draft else {
        return Ok(view);
    };
    let extraction = &draft.extraction;
    let pdf = extraction.kind == DocumentKind::MynaportalPdf;
    let kind = draft.kind.or(pdf.then_some(DocumentKind::MynaportalPdf));
    view.kind = Some(match kind {
        Some(kind) => kind_name(words, kind),
        None => words.get("app-import-choose-kind"),
    });
    if !pdf {
        view.kinds = [
            DocumentKind::Notice,
            DocumentKind::Certificate,
            DocumentKind::LegacyCard,
        ]
        .iter()
        .map(|&k| KindChoice {
            kind: k,
            label: kind_name(words, k),
            selected: Some(k) == draft.kind,
        })
        .collect();
    }
    let read = serde_json::to_value(&extraction.fields).unwrap_or_default();
    view.read = Field::ALL
        .iter()
        .filter_map(|field| {
            let name = field.name();
            let value = match &read[name] {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                _ => return None,
            };
            Some(words.fact(&format!("app-field-{name}"), value, Tone::Plain))
        })
        .collect();
    let missing = extraction.missing.iter().map(|&field| field.into());
    let extra = typed_fields(kind).iter().copied();
    let mut fields: Vec<DocumentField> = Vec::new();
    for field in missing.chain(extra) {
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    view.to_type = fields
        .into_iter()
        .map(|field| FieldPrompt {
            label: words.get(&format!("app-field-{}", field.name())),
            value: draft.typed.get(field.name()).cloned(),
            hint: words.get(match field {
                DocumentField::Printed(Field::SavedAt | Field::ShareRatioExpires)
                | DocumentField::Issued
                | DocumentField::Expires => "app-hint-date",
                DocumentField::Last4 => "app-hint-last4",
                _ => "app-hint-as-printed",
            }),
            name: field.name().to_owned(),
        })
        .collect();
    let printed = draft
        .typed
        .get(Field::Name.name())
        .cloned()
        .or_else(|| read[Field::Name.name()].as_str().map(str::to_owned));
    view.owner_check = printed.map(|printed| match same_name(&printed, &person.name) {
        true => words.line(words.get("app-import-owner-ok"), Tone::Ok),
        false => words.line(
            words.with("app-import-owner-differs", &[("member", &person.name)]),
            Tone::Warning,
        ),
    });
    Ok(view)
}
