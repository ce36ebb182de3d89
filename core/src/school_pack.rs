//! The school-trip and nursery pack (R-SCHOOL-1, MHLW notice of 2025-02-12): which document to
//! hand to the teacher, and a printable cover note that names the child, says who presents the
//! document, cites the notice and says what to do if a clinic refuses it; or, when the child's
//! record is missing or stale, how a parent gets the child's PDF from マイナポータル. The pack is
//! for children: an adult is refused. A document that is not the child's (R-OWNER-1) is never
//! handed over, and the municipal 医療証 goes along as a copy (R-SUBSIDY-1).

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::advice::{advise, AlertCode, Group, Item};
use crate::dates::{age_on, JapanDate};
use crate::scenario::{Escort, OnlineCheck, Person, Scenario, Visit};
use crate::text::{self, Language};

/// What the parent prepares (修学旅行・保育所に預ける資格情報).
///
/// No `Debug`: it holds the child's name and the parent's contact.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SchoolPackRequest {
    /// The child's name as the teacher knows it.
    pub child_name: String,
    /// A school trip or a nursery.
    pub visit: Visit,
    /// What the child holds.
    pub person: Person,
    /// A phone number or other contact for the teacher, printed as given.
    pub parent_contact: Option<String>,
    /// Today's Japan date.
    pub today: JapanDate,
    /// Language of the cover note.
    pub language: Language,
}

/// The pack (引率者に預ける資格情報): what to hand over, and the printable page.
///
/// No `Debug`: the cover note names the child.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SchoolPack {
    /// The document to print or copy for the teacher; `None` when nothing usable is held.
    pub hand_over: Option<Item>,
    /// Further copies to hand over with it: the municipal 医療証 (R-SUBSIDY-1).
    pub also_copy: Vec<Item>,
    /// The held document is enough for the teacher to present (R-SCHOOL-1).
    pub ready: bool,
    /// Steps for the parent before the trip: how to get or refresh the child's PDF. Empty when
    /// nothing needs doing.
    pub to_do: Vec<String>,
    /// The cover note as a printable HTML page (A4, print CSS), in the requested language.
    pub cover_note_html: String,
}

/// The oldest age the pack is made for: school trips reach high-school seniors, who may have
/// turned 18 (`docs/domain-notes.md`).
const OLDEST_CHILD_AGE: u32 = 18;

/// Why a pack could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SchoolPackError {
    /// The member is an adult on that day: the pack is for children a teacher takes along.
    #[error("the school pack is for children: this member is an adult")]
    NotAChild,
}

/// Builds the pack for a child taken by a teacher or nursery worker (R-SCHOOL-1); refuses a
/// member known to be an adult on `today`.
pub fn school_pack(request: &SchoolPackRequest) -> Result<SchoolPack, SchoolPackError> {
    let birth = request.person.birth_date;
    if birth.is_some_and(|birth| age_on(birth, request.today) > OLDEST_CHILD_AGE) {
        return Err(SchoolPackError::NotAChild);
    }
    let visit = match request.visit {
        Visit::Nursery => Visit::Nursery,
        _ => Visit::SchoolTrip,
    };
    let scenario = Scenario {
        today: request.today,
        visit,
        online_check: OnlineCheck::Unknown,
        escort: Some(Escort::Teacher),
        person: request.person.clone(),
    };
    let advice = advise(&scenario);
    let hand_over = advice
        .carry
        .iter()
        .find(|carry| carry.group == Some(Group::ForTeacher))
        .map(|carry| carry.item);
    let also_copy: Vec<Item> = advice
        .carry
        .iter()
        .filter(|carry| carry.item == Item::SubsidyCard)
        .map(|carry| carry.item)
        .collect();
    let raised = |code| advice.alerts.iter().any(|alert| alert.code == code);
    let language = request.language;
    let plain = |id: &str| text::message(language, id, None);

    let mut to_do = Vec::new();
    let stale_pdf = raised(AlertCode::SnapshotStale) && hand_over == Some(Item::SavedPdf);
    if raised(AlertCode::PreparePdf) || stale_pdf {
        if let Some(pdf) = request.person.saved_pdf.as_ref().filter(|_| stale_pdf) {
            let mut args = FluentArgs::new();
            args.set("date", text::format_date(language, pdf.saved_at));
            args.set("visit", text::code(&visit));
            to_do.push(text::message(language, "pack-get-pdf-stale", Some(&args)));
        }
        to_do.extend(["pack-get-pdf-1", "pack-get-pdf-2", "pack-get-pdf-3"].map(plain));
    } else if hand_over.is_none() {
        to_do.push(plain("pack-no-card"));
    }

    let document_date = match hand_over {
        Some(Item::SavedPdf) => request.person.saved_pdf.as_ref().map(|pdf| pdf.saved_at),
        Some(Item::Notice) => request.person.notice.as_ref().map(|notice| notice.issued),
        _ => None,
    };
    let note = Note {
        visit,
        hand_over,
        document_date,
        subsidy: !also_copy.is_empty(),
        to_do: &to_do,
    };
    let cover_note_html = cover_note(request, &note);
    Ok(SchoolPack {
        hand_over,
        also_copy,
        ready: advice.covered,
        to_do,
        cover_note_html,
    })
}

/// What the cover note says, beside the request.
struct Note<'a> {
    visit: Visit,
    hand_over: Option<Item>,
    document_date: Option<JapanDate>,
    subsidy: bool,
    to_do: &'a [String],
}

/// The printable page. Every value from the user is escaped.
fn cover_note(request: &SchoolPackRequest, note: &Note) -> String {
    let Note {
        visit,
        hand_over,
        document_date,
        subsidy,
        to_do,
    } = *note;
    let language = request.language;
    let plain = |id: &str| escape(&text::message(language, id, None));
    let mut args = FluentArgs::new();
    args.set("child", request.child_name.as_str());
    args.set(
        "during",
        text::message(
            language,
            &format!("pack-during-{}", text::code(&visit)),
            None,
        ),
    );
    let intro = escape(&text::message(language, "pack-intro", Some(&args)));

    let mut body = vec![
        format!("<p class=\"to\">{}</p>", plain("pack-to")),
        format!("<p>{intro}</p>"),
    ];
    match hand_over {
        Some(item) => {
            let mut args = FluentArgs::new();
            args.set("document", text::item_name(language, item));
            let line = match document_date {
                Some(date) => {
                    args.set("date", text::format_date(language, date));
                    text::message(language, "pack-document-dated", Some(&args))
                }
                None => text::message(language, "pack-document", Some(&args)),
            };
            body.push(format!("<p class=\"document\">{}</p>", escape(&line)));
        }
        None => body.push(format!("<p class=\"missing\">{}</p>", plain("pack-none"))),
    }
    if subsidy {
        body.push(format!(
            "<p class=\"document\">{}</p>",
            plain("pack-subsidy")
        ));
    }
    body.push(format!("<p>{}</p>", plain("pack-basis")));
    body.push(format!("<p>{}</p>", plain("pack-refused")));
    if let Some(contact) = &request.parent_contact {
        let mut args = FluentArgs::new();
        args.set("contact", contact.as_str());
        body.push(format!(
            "<p class=\"contact\">{}</p>",
            escape(&text::message(language, "pack-contact", Some(&args)))
        ));
    }
    if !to_do.is_empty() {
        let steps: String = to_do
            .iter()
            .map(|step| format!("<li>{}</li>", escape(step)))
            .collect();
        body.push(format!(
            "<section class=\"parent-only\"><h2>{}</h2><ol>{steps}</ol></section>",
            plain("pack-get-pdf-title")
        ));
    }
    let lang = match language {
        Language::Ja => "ja",
        Language::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"/>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{title}</title>\
<style>{STYLE}</style></head>\n<body><main><h1>{title}</h1>\n{body}\n</main></body></html>\n",
        title = plain("pack-title"),
        body = body.join("\n"),
    )
}

/// Screen and print styles: A4 with margins, large type for reading at a counter; the parent's
/// to-do list is not printed.
const STYLE: &str = "body{font-family:'Hiragino Sans','Noto Sans JP',sans-serif;font-size:14pt;\
line-height:1.7;margin:2em;color:#000}h1{font-size:18pt;border-bottom:2px solid #000}\
.document,.contact{font-weight:bold}.missing{color:#b00020;font-weight:bold}\
@page{size:A4;margin:20mm}@media print{body{margin:0}.parent-only{display:none}}";

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests;
