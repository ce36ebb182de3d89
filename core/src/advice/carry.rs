//! Which documents to carry, whether they are enough, and the counter steps: steps 1–4 of "How the
//! decision goes" in `shared/spec/advice.md`.

use super::{Alert, AlertCode, CarryItem, Derived, Group, Item, Need, Step};
use crate::expiry::legacy_card_end;
use crate::scenario::{Escort, OnlineCheck, Visit};

/// The visit-specific part of the advice.
pub(super) struct Plan {
    /// Whether what is held is enough for this visit.
    pub covered: bool,
    /// What to carry, required first.
    pub carry: Vec<CarryItem>,
    /// The counter steps, in order.
    pub steps: Vec<Step>,
    /// Alerts that only make sense for this visit (no_backup, register_at_reader, …).
    pub alerts: Vec<Alert>,
}

impl Plan {
    fn covered(carry: Vec<CarryItem>, steps: Vec<Step>) -> Self {
        Plan {
            covered: true,
            carry,
            steps,
            alerts: Vec::new(),
        }
    }

    fn not_covered(code: AlertCode, carry: Vec<CarryItem>, steps: Vec<Step>) -> Self {
        Plan {
            covered: false,
            carry,
            steps,
            alerts: vec![Alert::new(code, None)],
        }
    }
}

fn required(item: Item, copy_ok: bool) -> CarryItem {
    CarryItem {
        item,
        need: Need::Required,
        group: None,
        copy_ok,
    }
}

fn grouped(item: Item, need: Need, group: Group, copy_ok: bool) -> CarryItem {
    CarryItem {
        item,
        need,
        group: Some(group),
        copy_ok,
    }
}

/// Steps 3 and 4: a teacher or nursery worker taking a child follows R-SCHOOL-1; everything else
/// is a visit where the person (or a parent) presents the documents.
pub(super) fn plan(derived: &Derived) -> Plan {
    let scenario = derived.scenario;
    let with_teacher = matches!(scenario.visit, Visit::SchoolTrip | Visit::Nursery)
        && scenario.escort() == Escort::Teacher;
    if with_teacher {
        for_teacher(derived)
    } else {
        at_counter(derived)
    }
}

/// Step 3: clinic or pharmacy, or any visit with the person or a parent present.
fn at_counter(derived: &Derived) -> Plan {
    let person = &derived.scenario.person;
    let today = derived.today;
    let online = derived.scenario.online_check;
    let reader_steps = vec![Step::PlaceCard, Step::Authenticate, Step::Consent];

    if derived.usable_card().is_some() {
        // R-VISIT-2: a reader may fail, so a backup is needed unless online checking is known to work.
        let backup_needed = online != OnlineCheck::Available;
        let need = if backup_needed {
            Need::OneOf
        } else {
            Need::Recommended
        };
        let mut carry = vec![required(Item::Mynacard, false)];
        carry.extend(
            backups_with_card(derived).map(|item| grouped(item, need, Group::WithCard, false)),
        );
        let held_backup = carry.len() > 1;
        let mut steps = reader_steps;
        if backup_needed {
            steps.push(Step::ShowBackup);
        }
        return if backup_needed && !held_backup {
            Plan::not_covered(AlertCode::NoBackup, carry, steps)
        } else {
            Plan::covered(carry, steps)
        };
    }
    // R-KAKU-1: a 資格確認書 is valid alone, the original only.
    if derived.holds_valid_certificate(false) {
        return Plan::covered(
            vec![required(Item::Certificate, false)],
            vec![Step::ShowCertificate],
        );
    }
    // R-LEGACY-1: a legacy card until its printed expiry, and never after 2025-12-01.
    if person
        .legacy_card
        .as_ref()
        .is_some_and(|legacy| today <= legacy_card_end(legacy.expires))
    {
        return Plan::covered(vec![required(Item::LegacyCard, false)], Vec::new());
    }
    // R-VISIT-1: an unregistered but valid card can be registered at a working reader.
    let registrable = person.card.as_ref().is_some_and(|card| {
        !card.insurance_registered
            && card.expires.is_none_or(|e| e >= today)
            && card.ecert_expires >= today
    });
    if registrable && online == OnlineCheck::Available {
        let mut plan = Plan::covered(vec![required(Item::Mynacard, false)], reader_steps);
        plan.alerts
            .push(Alert::new(AlertCode::RegisterAtReader, None));
        return plan;
    }
    // R-FALLBACK-1: nothing accepted is held.
    Plan::not_covered(AlertCode::NoValidProof, Vec::new(), Vec::new())
}

/// The backups a usable card can be shown with (R-DOC-3), in the order a user reaches for them.
/// A valid 資格確認書 original is valid alone (R-KAKU-1), so it also covers a failed reader — people
/// in 後期高齢者医療 received one whatever their card.
fn backups_with_card(derived: &Derived) -> impl Iterator<Item = Item> {
    let screen = derived
        .scenario
        .person
        .phone
        .as_ref()
        .is_some_and(|phone| phone.mynaportal_app);
    held([
        (derived.holds_current_pdf(), Item::SavedPdf),
        (screen, Item::MynaportalScreen),
        (derived.holds_current_notice(), Item::Notice),
        (derived.holds_valid_certificate(false), Item::Certificate),
    ])
}

/// The items whose flag is set, in the given order.
fn held<const N: usize>(items: [(bool, Item); N]) -> impl Iterator<Item = Item> {
    items
        .into_iter()
        .filter_map(|(held, item)| held.then_some(item))
}

/// Step 4: a teacher or nursery worker takes the child (R-SCHOOL-1, MHLW notice 2025-02-12).
fn for_teacher(derived: &Derived) -> Plan {
    let steps = vec![Step::LeaveWithTeacher];
    if derived.usable_card().is_some() {
        // The card stays home; the PDF (or printout) or the notice (or a copy) goes with the teacher.
        let carry: Vec<CarryItem> = held([
            (derived.holds_current_pdf(), Item::SavedPdf),
            (derived.holds_current_notice(), Item::Notice),
        ])
        .map(|item| grouped(item, Need::OneOf, Group::ForTeacher, true))
        .collect();
        return if carry.is_empty() {
            Plan::not_covered(AlertCode::PreparePdf, carry, steps)
        } else {
            Plan::covered(carry, steps)
        };
    }
    // Without a usable card: a copy of the 資格確認書 is enough.
    if derived.holds_valid_certificate(true) {
        return Plan::covered(vec![required(Item::Certificate, true)], steps);
    }
    Plan::not_covered(AlertCode::NoValidProof, Vec::new(), steps)
}
