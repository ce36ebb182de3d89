//! The visit check (受診前の確認): for a visit type and the clinic's reader state, what to carry
//! (grouped, each with why), the alerts (critical first, each with what to do), and the steps at
//! the counter.

use serde::Serialize;
use shikaku_core::advice::{CarryItem, Group, Need, Severity};
use shikaku_core::scenario::{OnlineCheck, Scenario, Visit};
use shikaku_core::text::{self, Heading};
use shikaku_core::vault::{DocumentId, MemberId, Vault};
use shikaku_core::{advise, JapanDate};

use crate::problem::Problem;
use crate::use_cases::counter_card::CounterCard;
use crate::words::{Line, ListItem, Tone, Words};

/// A choice of visit type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VisitChoice {
    /// The visit (for `Event::Navigate`).
    pub visit: Visit,
    /// Its name.
    pub label: String,
    /// The one shown.
    pub selected: bool,
}

/// A choice of reader state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OnlineChoice {
    /// The state (for `Event::Navigate`).
    pub online_check: OnlineCheck,
    /// Its name.
    pub label: String,
    /// The one shown.
    pub selected: bool,
}

/// One thing to carry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CarryRow {
    /// What it is.
    pub item: String,
    /// Why it is needed.
    pub why: String,
    /// "A copy is fine", where it is.
    pub note: Option<String>,
    /// The stored copy the app can show or print.
    pub document: Option<DocumentId>,
}

/// A group of things to carry (required, at least one of, recommended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CarryGroup {
    /// The group's heading.
    pub heading: Line,
    /// Its items.
    pub items: Vec<CarryRow>,
}

/// One alert.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AlertRow {
    /// What is wrong, with its tone.
    pub title: Line,
    /// What to do.
    pub action: String,
}

/// The visit check screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VisitCheckView {
    /// The member.
    pub member: MemberId,
    /// Their name.
    pub name: String,
    /// The visit shown (the one selected in `visits`).
    pub visit: Visit,
    /// The reader state shown (the one selected in `online_checks`).
    pub online_check: OnlineCheck,
    /// Visit types to choose from.
    pub visits: Vec<VisitChoice>,
    /// Reader states to choose from.
    pub online_checks: Vec<OnlineChoice>,
    /// Whether they will be seen at the usual co-payment.
    pub covered: Line,
    /// "What to carry".
    pub carry_heading: String,
    /// What to carry, by group.
    pub carry: Vec<CarryGroup>,
    /// "Watch out for".
    pub alerts_heading: String,
    /// The alerts, critical first.
    pub alerts: Vec<AlertRow>,
    /// "At the counter".
    pub steps_heading: String,
    /// The counter steps, in order, numbered.
    pub steps: Vec<ListItem>,
}

/// The group a carry item belongs to, as a message code.
fn group_code(carry: &CarryItem) -> &'static str {
    match (carry.need, carry.group) {
        (Need::Required, _) => "required",
        (Need::OneOf, Some(Group::WithCard)) => "with_card",
        (Need::OneOf, Some(Group::ForTeacher)) => "for_teacher",
        (Need::OneOf, None) => "one_of",
        (Need::Recommended, _) => "recommended",
    }
}

/// A severity's tone.
pub(crate) fn severity_tone(severity: Severity) -> Tone {
    match severity {
        Severity::Critical => Tone::Critical,
        Severity::Warning => Tone::Warning,
        Severity::Info => Tone::Info,
    }
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    visit: Visit,
    online_check: OnlineCheck,
    today: JapanDate,
    words: Words,
) -> Result<VisitCheckView, Problem> {
    let card = CounterCard::read(vault, member)?;
    let advice = advise(&Scenario {
        today,
        visit,
        online_check,
        escort: None,
        person: card.person(),
    });
    let language = words.0;
    let mut carry: Vec<CarryGroup> = Vec::new();
    for item in &advice.carry {
        let code = group_code(item);
        let row = CarryRow {
            item: text::item_name(language, item.item),
            why: words.get(&format!("app-why-{code}")),
            note: item.copy_ok.then(|| text::copy_ok_text(language)),
            document: card.document_for(item.item).map(|doc| doc.id),
        };
        let heading = words.get(&format!("app-carry-{code}"));
        match carry.iter_mut().find(|group| group.heading.text == heading) {
            Some(group) => group.items.push(row),
            None => carry.push(CarryGroup {
                heading: words.line(
                    heading,
                    if code == "recommended" {
                        Tone::Info
                    } else {
                        Tone::Plain
                    },
                ),
                items: vec![row],
            }),
        }
    }
    let mut alerts = advice.alerts.clone();
    alerts.sort_by_key(|alert| alert.severity);
    Ok(VisitCheckView {
        member,
        name: card.member.name.clone(),
        visit,
        online_check,
        visits: Visit::ALL
            .iter()
            .map(|&v| VisitChoice {
                visit: v,
                label: text::visit_name(language, v),
                selected: v == visit,
            })
            .collect(),
        online_checks: OnlineCheck::ALL
            .iter()
            .map(|&o| OnlineChoice {
                online_check: o,
                label: text::online_check_text(language, o),
                selected: o == online_check,
            })
            .collect(),
        covered: words.line(
            text::covered_text(language, advice.covered),
            if advice.covered {
                Tone::Ok
            } else {
                Tone::Critical
            },
        ),
        carry_heading: text::heading(language, Heading::Carry),
        carry,
        alerts_heading: text::heading(language, Heading::Alerts),
        alerts: alerts
            .iter()
            .map(|alert| {
                let alert_text = text::alert_text(language, alert);
                AlertRow {
                    title: words.line(alert_text.title, severity_tone(alert.severity)),
                    action: alert_text.action,
                }
            })
            .collect(),
        steps_heading: text::heading(language, Heading::Steps),
        steps: words.numbered(
            advice
                .steps
                .iter()
                .map(|&step| text::step_text(language, step)),
        ),
    })
}
