//! The household (世帯): members in the user's order, each with a status and the next date that
//! matters; add, reorder, remove.

use serde::Serialize;
use shikaku_core::advice::{Advice, Severity};
use shikaku_core::scenario::{OnlineCheck, Scenario, Visit};
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Vault, VaultError};
use shikaku_core::{advise, JapanDate};

use crate::forms::{member_form, relation_name, MemberForm};
use crate::use_cases::counter_card::CounterCard;
use crate::use_cases::household::household_overview;
use crate::words::{Action, DateText, Line, Tone, Words};

/// How a member stands (状態).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum MemberStatus {
    /// Nothing to do.
    #[default]
    Ok,
    /// Something to do soon.
    Attention,
    /// Something to do now.
    Urgent,
}

/// One member in the household list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberRow {
    /// The member (for the events).
    pub member: MemberId,
    /// Their name.
    pub name: String,
    /// Their relation (続柄).
    pub relation: String,
    /// How they stand.
    pub status: MemberStatus,
    /// The status in words, with its tone.
    pub status_line: Line,
    /// The next date that matters, named (「証明書の有効期限: …」).
    pub next: Option<Line>,
    /// That date.
    pub next_date: Option<DateText>,
    /// What a screen reader says for the whole row.
    pub accessibility: String,
    /// Move them one place up (`None` for the first).
    pub move_up: Option<Reorder>,
    /// Move them one place down (`None` for the last).
    pub move_down: Option<Reorder>,
}

/// A move of one member in the household's order (並べ替え): the button, and the whole order to
/// send as `Event::ReorderMembers`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reorder {
    /// The button.
    pub action: Action,
    /// Every member's id in the new order.
    pub order: Vec<MemberId>,
}

/// The move of the member at `from` to `to` in `order`, its button named for the direction and
/// the member (`name`).
fn reorder(words: Words, order: &[MemberId], from: usize, to: usize, name: &str) -> Reorder {
    let mut moved = order.to_vec();
    moved.swap(from, to);
    let code = if to < from { "up" } else { "down" };
    Reorder {
        action: Action {
            accessibility: words.with(&format!("app-a11y-member-move-{code}"), &[("name", name)]),
            ..words.action(&format!("app-household-move-{code}"), true)
        },
        order: moved,
    }
}

/// The household screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HouseholdView {
    /// The members, in the user's order.
    pub members: Vec<MemberRow>,
    /// Shown when there is nobody yet.
    pub empty: Option<Line>,
    /// Records that could not be read, in plain words.
    pub damaged: Option<Line>,
    /// Add a member.
    pub add: Option<Action>,
    /// The form `add` opens: the entries and relations of `Event::AddMember`.
    pub add_form: Option<MemberForm>,
    /// Move a member (drag to reorder): `Event::ReorderMembers`.
    pub reorder: Option<Action>,
    /// Remove a member (swipe): `Event::RemoveMember`.
    pub remove: Option<Action>,
    /// Open the reminders.
    pub reminders: Option<Action>,
    /// Open backup and settings.
    pub settings: Option<Action>,
}

/// The advice for an ordinary clinic visit with an unknown reader: the member's standing.
pub(crate) fn clinic_advice(card: &CounterCard, today: JapanDate) -> Advice {
    advise(&Scenario {
        today,
        visit: Visit::Clinic,
        online_check: OnlineCheck::Unknown,
        escort: None,
        person: card.person(),
    })
}

/// The status from the advice's most urgent alert.
pub(crate) fn status(advice: &Advice) -> MemberStatus {
    match advice.alerts.iter().map(|alert| alert.severity).min() {
        Some(Severity::Critical) => MemberStatus::Urgent,
        Some(Severity::Warning) => MemberStatus::Attention,
        Some(Severity::Info) | None => MemberStatus::Ok,
    }
}

/// The status as a line.
pub(crate) fn status_line(words: Words, status: MemberStatus) -> Line {
    let tone = match status {
        MemberStatus::Ok => Tone::Ok,
        MemberStatus::Attention => Tone::Warning,
        MemberStatus::Urgent => Tone::Critical,
    };
    words.line(
        words.get(&format!("app-status-{}", text::code(&status))),
        tone,
    )
}

/// Builds the screen; without today's date the statuses wait.
pub(crate) fn render(
    vault: &Vault,
    today: Option<JapanDate>,
    words: Words,
) -> Result<HouseholdView, VaultError> {
    let listing = household_overview(vault)?;
    let mut members = Vec::with_capacity(listing.items.len());
    for card in &listing.items {
        let member = &card.member;
        let advice = today.map(|today| (today, clinic_advice(card, today)));
        let status = advice
            .as_ref()
            .map(|(_, advice)| status(advice))
            .unwrap_or_default();
        let next = advice.as_ref().and_then(|(today, advice)| {
            advice
                .deadlines
                .iter()
                .find(|deadline| deadline.date >= *today)
        });
        let next_date = next.map(|deadline| words.date(deadline.date));
        let next = next.zip(next_date.as_ref()).map(|(deadline, date)| {
            let what = text::deadline_name(words.0, deadline.kind);
            words.line(
                words.with(
                    "app-household-next",
                    &[("what", &what), ("date", &date.text)],
                ),
                Tone::Plain,
            )
        });
        let status_line = status_line(words, status);
        let name = member.name.clone();
        let accessibility = match &next {
            Some(next) => words.with(
                "app-a11y-member-row-next",
                &[
                    ("name", &name),
                    ("status", &status_line.text),
                    ("next", &next.text),
                ],
            ),
            None => words.with(
                "app-a11y-member-row",
                &[("name", &name), ("status", &status_line.text)],
            ),
        };
        members.push(MemberRow {
            member: member.id,
            name,
            relation: relation_name(words, member.relation),
            status,
            status_line,
            next,
            next_date,
            accessibility,
            move_up: None,
            move_down: None,
        });
    }
    let order: Vec<MemberId> = members.iter().map(|row| row.member).collect();
    for (at, row) in members.iter_mut().enumerate() {
        row.move_up = (at > 0).then(|| reorder(words, &order, at, at - 1, &row.name));
        row.move_down =
            (at + 1 < order.len()).then(|| reorder(words, &order, at, at + 1, &row.name));
    }
    let some = !members.is_empty();
    Ok(HouseholdView {
        empty: (!some).then(|| words.plain("app-household-empty")),
        damaged: (!listing.damaged.is_empty())
            .then(|| words.line(words.get("app-household-damaged"), Tone::Warning)),
        members,
        add: Some(words.action("app-household-add", true)),
        add_form: Some(member_form(words, None)),
        reorder: Some(words.action("app-household-reorder", some)),
        remove: Some(words.action("app-household-remove", some)),
        reminders: Some(words.action("app-title-reminders", some)),
        settings: Some(words.action("app-title-settings", true)),
    })
}
