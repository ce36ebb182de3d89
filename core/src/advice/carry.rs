//! Which documents to carry, whether they are enough, and the counter steps: "How the decision
//! goes" in `docs/contracts/advice.md`, versions 1 and 2.

use super::held::Derived;
use super::{Alert, AlertCode, CarryItem, Group, Item, Need, Severity, Step};
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

/// What the plan rests on: decides the extras (医療証, limit) and the effect of a pending change.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Proof {
    /// The usable card (at the counter, or standing behind the papers left with a teacher).
    Card,
    /// An unregistered card registered at the reader today.
    CardAtReader,
    /// A 資格確認書 (or its copy for the teacher).
    Certificate,
    /// A legacy card.
    LegacyCard,
    /// Nothing accepted.
    Nothing,
}

impl Plan {
    fn new(
        proof: Proof,
        carry: Vec<CarryItem>,
        steps: Vec<Step>,
        missing: Option<AlertCode>,
    ) -> (Proof, Self) {
        let plan = Plan {
            covered: missing.is_none(),
            carry,
            steps,
            alerts: missing
                .map(|code| Alert::new(code, None))
                .into_iter()
                .collect(),
        };
        (proof, plan)
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

fn recommended(item: Item, copy_ok: bool) -> CarryItem {
    CarryItem {
        item,
        need: Need::Recommended,
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

/// The whole visit plan: the proof (teacher flow or counter), then the extras that never change
/// `covered` except a pending change of insurer where the card is the proof (R-CHANGE-1).
pub(super) fn plan(derived: &Derived) -> Plan {
    // Escort `teacher` takes the teacher flow for every visit type (clarification of version 2).
    let with_teacher = derived.scenario.escort() == Escort::Teacher;
    let (proof, mut plan) = if with_teacher {
        for_teacher(derived)
    } else {
        at_counter(derived)
    };
    if matches!(proof, Proof::Card | Proof::CardAtReader) && derived.new_insurer_pending() {
        plan.covered = false;
    }
    subsidy_card(derived, with_teacher, proof, &mut plan);
    if derived.scenario.visit == Visit::HospitalStay {
        hospital_stay(derived, proof, &mut plan);
    }
    plan.carry.sort_by_key(|carry| carry.need);
    plan
}

/// Clinic, pharmacy, dentist or hospital stay, or any visit with the person, a parent or a
/// relative present.
fn at_counter(derived: &Derived) -> (Proof, Plan) {
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
        // R-PHONE-1: the phone is an extra, only where the reader may read it.
        if smartphone_listed(derived) {
            carry.push(recommended(Item::Smartphone, false));
        }
        // Version 2, change 3: with the reader down the staff check the card by eye.
        let steps = if derived.reader_up() {
            let mut steps = reader_steps;
            if backup_needed {
                steps.push(Step::ShowBackup);
            }
            steps
        } else {
            vec![Step::ShowCard, Step::ShowBackup]
        };
        let missing = (backup_needed && !held_backup).then_some(AlertCode::NoBackup);
        return Plan::new(Proof::Card, carry, steps, missing);
    }
    // R-KAKU-1: a 資格確認書 is valid alone, the original only.
    if derived.valid_certificate(false).is_some() {
        let carry = vec![required(Item::Certificate, false)];
        return Plan::new(Proof::Certificate, carry, vec![Step::ShowCertificate], None);
    }
    // R-LEGACY-1: a legacy card until its printed expiry, and never after 2025-12-01.
    if derived
        .legacy_card()
        .is_some_and(|legacy| today <= legacy_card_end(legacy.expires))
    {
        let carry = vec![required(Item::LegacyCard, false)];
        return Plan::new(Proof::LegacyCard, carry, Vec::new(), None);
    }
    // R-VISIT-1: an unregistered but valid card can be registered at a working reader.
    let registrable = derived.card().is_some_and(|card| {
        !card.insurance_registered && !derived.body_expired(card) && card.ecert_expires >= today
    });
    if registrable && online == OnlineCheck::Available {
        let carry = vec![required(Item::Mynacard, false)];
        let (proof, mut plan) = Plan::new(Proof::CardAtReader, carry, reader_steps, None);
        plan.alerts
            .push(Alert::new(AlertCode::RegisterAtReader, None));
        return (proof, plan);
    }
    // R-FALLBACK-1: nothing accepted is held.
    Plan::new(
        Proof::Nothing,
        Vec::new(),
        Vec::new(),
        Some(AlertCode::NoValidProof),
    )
}

/// The backups a usable card can be shown with (R-DOC-3), in the order a user reaches for them.
/// The live screen only when the person can log in (R-PORTAL-1). A valid 資格確認書 original is
/// valid alone (R-KAKU-1), so it also covers a failed reader.
fn backups_with_card(derived: &Derived) -> impl Iterator<Item = Item> {
    let app = derived.phone().mynaportal_app;
    held([
        (derived.pdf(true).is_some(), Item::SavedPdf),
        (app && derived.can_log_in(), Item::MynaportalScreen),
        (derived.notice(true).is_some(), Item::Notice),
        (
            derived.valid_certificate(false).is_some(),
            Item::Certificate,
        ),
    ])
}

/// The phone with its certificate, as an extra beside the card: the reader may read it, and its
/// certificate lives no longer than the card's (R-PHONE-1).
fn smartphone_listed(derived: &Derived) -> bool {
    derived.phone().smartphone_card
        && derived.reader_up()
        && derived
            .usable_card()
            .is_some_and(|card| derived.today <= card.ecert_expires)
}

/// The items whose flag is set, in the given order.
fn held<const N: usize>(items: [(bool, Item); N]) -> impl Iterator<Item = Item> {
    items
        .into_iter()
        .filter_map(|(held, item)| held.then_some(item))
}

/// A teacher or nursery worker takes the child (R-SCHOOL-1, MHLW notice 2025-02-12): the card
/// stays home; the PDF or notice (with a usable card) and a valid 資格確認書 (copy or original, with
/// or without a card) go with the teacher.
fn for_teacher(derived: &Derived) -> (Proof, Plan) {
    let steps = vec![Step::LeaveWithTeacher];
    let card = derived.usable_card().is_some();
    let certificate = derived.valid_certificate(true).is_some();
    let carry: Vec<CarryItem> = held([
        (card && derived.pdf(true).is_some(), Item::SavedPdf),
        (card && derived.notice(true).is_some(), Item::Notice),
        (certificate, Item::Certificate),
    ])
    .map(|item| grouped(item, Need::OneOf, Group::ForTeacher, true))
    .collect();
    let proof = match (card, certificate) {
        (true, _) => Proof::Card,
        (false, true) => Proof::Certificate,
        (false, false) => Proof::Nothing,
    };
    let missing = carry.is_empty().then_some(if card {
        AlertCode::PreparePdf
    } else {
        AlertCode::NoValidProof
    });
    Plan::new(proof, carry, steps, missing)
}

/// The municipal 医療証 goes with the insurance proof and never changes `covered` (R-SUBSIDY-1):
/// required at the counter, recommended where the linked card is read at a working reader, and
/// recommended as a copy for the teacher.
fn subsidy_card(derived: &Derived, with_teacher: bool, proof: Proof, plan: &mut Plan) {
    let Some(subsidy) = derived.valid_subsidy_card() else {
        return;
    };
    let item = if with_teacher {
        recommended(Item::SubsidyCard, true)
    } else if subsidy.linked_to_card && proof == Proof::Card && derived.reader_up() {
        recommended(Item::SubsidyCard, false)
    } else {
        required(Item::SubsidyCard, false)
    };
    plan.carry.push(item);
}

/// A planned hospital stay (R-LIMIT-1): the high-cost limit by consent at the reader, or a
/// 限度額適用認定証 (or the category printed on the 資格確認書) for certificate holders.
fn hospital_stay(derived: &Derived, proof: Proof, plan: &mut Plan) {
    let today = derived.today;
    let limit_certificate = derived
        .limit_certificate()
        .filter(|limit| limit.expires >= today);
    if limit_certificate.is_some() {
        plan.carry.push(required(Item::LimitCertificate, false));
    }
    match proof {
        Proof::Card if derived.reader_up() => {
            plan.alerts
                .push(Alert::new(AlertCode::LimitByConsent, None));
        }
        Proof::Certificate => {
            let category_printed = derived
                .valid_certificate(false)
                .is_some_and(|certificate| certificate.limit_category);
            let covered = category_printed
                || limit_certificate.is_some()
                || derived.scenario.person.elderly_income_general;
            if !covered {
                let mut alert = Alert::new(AlertCode::ApplyLimitCertificate, None);
                // From 70 the income category may need no document at all.
                if derived.seventy_or_older() {
                    alert.severity = Severity::Info;
                }
                plan.alerts.push(alert);
                plan.carry.push(recommended(Item::LimitCertificate, false));
            }
        }
        _ => {}
    }
}
