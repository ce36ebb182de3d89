//! Words for people, in Japanese or English, from the core's Fluent resources: the apps show
//! these strings as they are, so every platform says the same thing.

use shikaku_core::advice::{Advice, Alert, DeadlineKind, Item, Need, Step};
use shikaku_core::pin::{PinGuidance, PinKind};
use shikaku_core::rules::Rule;
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::{self, AlertText, Heading, Language};
use shikaku_core::{JapanDate, ShikakuError};

/// The name of a document to carry.
#[uniffi::export]
pub fn item_name(language: Language, item: Item) -> String {
    text::item_name(language, item)
}

/// How much an item is needed.
#[uniffi::export]
pub fn need_text(language: Language, need: Need) -> String {
    text::need_text(language, need)
}

/// The note shown on items where a copy or printout is accepted.
#[uniffi::export]
pub fn copy_ok_text(language: Language) -> String {
    text::copy_ok_text(language)
}

/// One counter step, as an instruction.
#[uniffi::export]
pub fn step_text(language: Language, step: Step) -> String {
    text::step_text(language, step)
}

/// The counter steps of an advice, as instructions; `show_backup` names the backups it lists.
#[uniffi::export]
pub fn advice_step_texts(language: Language, advice: Advice) -> Vec<String> {
    text::advice_step_texts(language, &advice)
}

/// A calendar event's title for a deadline, with the person's name only when given.
#[uniffi::export]
pub fn calendar_title(language: Language, kind: DeadlineKind, name: Option<String>) -> String {
    text::calendar_title(language, kind, name.as_deref())
}

/// An alert's title and what to do about it.
#[uniffi::export]
pub fn alert_text(language: Language, alert: Alert) -> AlertText {
    text::alert_text(language, &alert)
}

/// The name of a deadline.
#[uniffi::export]
pub fn deadline_name(language: Language, kind: DeadlineKind) -> String {
    text::deadline_name(language, kind)
}

/// Whether the person is covered, as one sentence.
#[uniffi::export]
pub fn covered_text(language: Language, covered: bool) -> String {
    text::covered_text(language, covered)
}

/// The name of a kind of visit.
#[uniffi::export]
pub fn visit_name(language: Language, visit: Visit) -> String {
    text::visit_name(language, visit)
}

/// Whether the clinic can check the card online, as a phrase.
#[uniffi::export]
pub fn online_check_text(language: Language, online: OnlineCheck) -> String {
    text::online_check_text(language, online)
}

/// A section heading of the advice screen.
#[uniffi::export]
pub fn heading_text(language: Language, heading: Heading) -> String {
    text::heading(language, heading)
}

/// A date as people write it: 「2027年2月28日」 or `2027-02-28`. Fails only for a date outside
/// 1868–9999.
#[uniffi::export]
pub fn format_date(language: Language, date: JapanDate) -> Result<String, ShikakuError> {
    Ok(text::format_date(language, date))
}

/// The ID of a rule (`"R-ECERT-3"`, `docs/rules.md`), for logs and maintainers: UIs never show
/// it to people (advice version 2, change 12).
#[uniffi::export]
pub fn rule_id(rule: Rule) -> String {
    rule.id().to_owned()
}

/// The name of a PIN of the card.
#[uniffi::export]
pub fn pin_kind_name(language: Language, kind: PinKind) -> String {
    text::pin_kind_name(language, kind)
}

/// One piece of PIN guidance as a sentence (R-PIN-1..3).
#[uniffi::export]
pub fn pin_guidance_text(language: Language, guidance: PinGuidance) -> String {
    text::pin_guidance_text(language, &guidance)
}
