//! Importing a document (書類の取り込み): the fields read, the missing ones to type, whether the
//! name on it is the member's, and confirm; a photo gets its kind and typed fields.

use serde::Serialize;
use shikaku_core::import::{self, Field};
use shikaku_core::numbers::nfkc;
use shikaku_core::text;
use shikaku_core::vault::{DocumentKind, MemberId, Vault};

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
fn typed_fields(kind: Option<DocumentKind>) -> &'static [&'static str] {
    match kind {
        Some(DocumentKind::Notice) => &["issued", "last4", "insurer_number", "symbol", "number"],
        Some(DocumentKind::Certificate) => &["expires", "insurer_number", "symbol", "number"],
        Some(DocumentKind::LegacyCard) => &["expires"],
        Some(DocumentKind::MynaportalPdf | DocumentKind::Image | DocumentKind::Unknown) | None => {
            &[]
        }
    }
}

/// Names compared as printed: width-folded, without spaces.
fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        nfkc(s)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    fold(a) == fold(b)
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
    let pdf = extraction.kind == import::DocumentKind::MynaportalPdf;
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
            let name = text::code(field);
            let value = match &read[name.as_str()] {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                _ => return None,
            };
            Some(words.fact(&format!("app-field-{name}"), value, Tone::Plain))
        })
        .collect();
    let missing = extraction.missing.iter().map(text::code);
    let extra = typed_fields(kind).iter().map(|name| (*name).to_owned());
    let mut names: Vec<String> = Vec::new();
    for name in missing.chain(extra) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    view.to_type = names
        .into_iter()
        .map(|name| FieldPrompt {
            label: words.get(&format!("app-field-{name}")),
            value: draft.typed.get(&name).cloned(),
            hint: words.get(match name.as_str() {
                "saved_at" | "issued" | "expires" | "share_ratio_expires" => "app-hint-date",
                "last4" => "app-hint-last4",
                _ => "app-hint-as-printed",
            }),
            name,
        })
        .collect();
    let printed = draft
        .typed
        .get("name")
        .cloned()
        .or_else(|| read["name"].as_str().map(str::to_owned));
    view.owner_check = printed.map(|printed| match same_name(&printed, &person.name) {
        true => words.line(words.get("app-import-owner-ok"), Tone::Ok),
        false => words.line(
            words.with("app-import-owner-differs", &[("member", &person.name)]),
            Tone::Warning,
        ),
    });
    Ok(view)
}
