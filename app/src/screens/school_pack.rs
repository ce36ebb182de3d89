//! The school-trip or nursery pack (修学旅行・保育所): the trip's dates and contact, which
//! document goes with the child, what the parent still has to do, the cover note, print or share.

use serde::Serialize;
use shikaku_core::scenario::Visit;
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Vault};
use shikaku_core::JapanDate;

use crate::forms::{trip_form, TripForm};
use crate::planning::trip;
use crate::problem::Problem;
use crate::use_cases::school_pack::school_pack;
use crate::words::{Action, Fact, Line, ListItem, Tone, Words};

/// The school pack screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SchoolPackView {
    /// The child.
    pub member: MemberId,
    /// The child's name.
    pub name: String,
    /// The trip: kind, dates and contact; empty until planned.
    pub trip: Vec<Fact>,
    /// Plan or change the trip (`Event::PlanSchoolTrip`).
    pub plan: Action,
    /// The form `plan` opens, filled with the planned trip (`Event::PlanSchoolTrip`).
    pub plan_form: TripForm,
    /// Which document goes with the child.
    pub hand_over: Line,
    /// Whether it is enough for the teacher.
    pub ready: Line,
    /// What the parent still has to do, bulleted.
    pub to_do: Vec<ListItem>,
    /// The cover note, as a printable HTML page, for the preview.
    pub cover_note_html: String,
    /// Print the cover note.
    pub print: Action,
    /// Share the cover note.
    pub share: Action,
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    today: JapanDate,
    words: Words,
) -> Result<SchoolPackView, Problem> {
    let child = vault.member(member)?;
    let planned = trip(vault, member);
    let visit = planned
        .as_ref()
        .map_or(Visit::SchoolTrip, |trip| trip.visit);
    let contact = planned.as_ref().and_then(|trip| trip.contact.clone());
    let pack = school_pack(vault, member, visit, contact, today, words.0)?.pack;
    let plan_form = trip_form(words, planned.as_ref());
    let trip_facts = planned
        .map(|trip| {
            let mut facts = vec![
                words.fact(
                    "app-school-kind",
                    text::visit_name(words.0, trip.visit),
                    Tone::Plain,
                ),
                words.fact(
                    "app-school-dates",
                    words.with(
                        "app-school-range",
                        &[
                            ("starts", &words.date(trip.starts).text),
                            ("ends", &words.date(trip.ends).text),
                        ],
                    ),
                    Tone::Plain,
                ),
            ];
            if let Some(contact) = trip.contact {
                facts.push(words.fact("app-school-contact", contact, Tone::Plain));
            }
            facts
        })
        .unwrap_or_default();
    let hand_over = match pack.hand_over {
        Some(item) => words.line(
            words.with(
                "app-school-hand-over",
                &[("document", &text::item_name(words.0, item))],
            ),
            Tone::Plain,
        ),
        None => words.line(words.get("app-school-nothing"), Tone::Critical),
    };
    Ok(SchoolPackView {
        member,
        name: child.name,
        plan: words.action(
            if trip_facts.is_empty() {
                "app-school-plan"
            } else {
                "app-school-change"
            },
            true,
        ),
        plan_form,
        trip: trip_facts,
        hand_over,
        ready: match pack.ready {
            true => words.line(words.get("app-school-ready"), Tone::Ok),
            false => words.line(words.get("app-school-not-ready"), Tone::Warning),
        },
        to_do: words.bulleted(pack.to_do),
        cover_note_html: pack.cover_note_html,
        print: words.action("app-school-print", true),
        share: words.action("app-school-share", true),
    })
}
