//! Every sentence the core shows a person, in Japanese (primary) and English, from the Fluent
//! resources in `core/locales/`. Android, iOS and the CLI all take their words from here, so they
//! say the same thing; message IDs are the stable codes of `shared/spec/advice.md`.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::advice::{Alert, DeadlineKind, Item, Need, Step};
use crate::dates::JapanDate;
use crate::pin::{PinGuidance, PinKind};
use crate::scenario::{OnlineCheck, Visit};

/// A language the app speaks (表示言語).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Language {
    /// 日本語, the primary language.
    #[default]
    Ja,
    /// English.
    En,
}

/// A section heading of the advice screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Heading {
    /// What to carry (持ち物).
    Carry,
    /// What to watch out for (気をつけること).
    Alerts,
    /// What happens at the counter (受付での流れ).
    Steps,
    /// Coming dates (これからの期限).
    Deadlines,
}

impl Heading {
    /// Every heading, for exhaustive checks.
    pub const ALL: [Heading; 4] = [
        Heading::Carry,
        Heading::Alerts,
        Heading::Steps,
        Heading::Deadlines,
    ];
}

/// An alert as a person reads it: what is wrong, and what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AlertText {
    /// One line saying what is wrong.
    pub title: String,
    /// What to do about it.
    pub action: String,
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(language: Language) -> &'static Bundle {
    static JA: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let (cell, tag, source) = match language {
        Language::Ja => (&JA, "ja", include_str!("../../locales/ja.ftl")),
        Language::En => (&EN, "en", include_str!("../../locales/en.ftl")),
    };
    cell.get_or_init(|| {
        let id: LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Plain text for terminals, notifications and HTML: no Unicode bidi isolation marks.
        bundle.set_use_isolating(false);
        // The resources are compiled in and checked by `every_code_has_text_in_both_languages`;
        // a syntax error would surface there as missing messages, never as a panic here.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// The text of message `id` (or of its attribute `attribute`) with `args`; `None` when missing.
fn lookup(
    language: Language,
    id: &str,
    attribute: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let bundle = bundle(language);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The text of `id`, or the ID itself if a resource lacks it (a test makes sure none does).
/// Public for the app core's screens (`shikaku-app`), whose messages are the `app-` block.
pub fn message(language: Language, id: &str, args: Option<&FluentArgs>) -> String {
    lookup(language, id, None, args).unwrap_or_else(|| id.to_owned())
}

/// The stable code of a unit enum variant, as serialised (`"saved_pdf"`).
pub fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

/// A date as people write it: 「2027年2月28日」 in Japanese, `2027-02-28` in English.
pub fn format_date(language: Language, date: JapanDate) -> String {
    let mut args = FluentArgs::new();
    args.set("year", date.year().to_string());
    args.set("month", date.month().to_string());
    args.set("day", date.day().to_string());
    args.set("iso", date.to_string());
    message(language, "date", Some(&args))
}

/// The name of a document to carry.
pub fn item_name(language: Language, item: Item) -> String {
    message(language, &format!("item-{}", code(&item)), None)
}

/// How much an item is needed.
pub fn need_text(language: Language, need: Need) -> String {
    message(language, &format!("need-{}", code(&need)), None)
}

/// The note that a copy or printout is accepted.
pub fn copy_ok_text(language: Language) -> String {
    message(language, "copy-ok", None)
}

/// One counter step, as an instruction.
pub fn step_text(language: Language, step: Step) -> String {
    message(language, &format!("step-{}", code(&step)), None)
}

/// The name of a deadline.
pub fn deadline_name(language: Language, kind: DeadlineKind) -> String {
    message(language, &format!("deadline-{}", code(&kind)), None)
}

/// The name of a kind of visit.
pub fn visit_name(language: Language, visit: Visit) -> String {
    message(language, &format!("visit-{}", code(&visit)), None)
}

/// Whether the clinic can check the card online, as a phrase.
pub fn online_check_text(language: Language, online: OnlineCheck) -> String {
    message(language, &format!("online-{}", code(&online)), None)
}

/// `text` followed by a parenthesised `note`, with the parentheses of the language.
pub fn with_note(language: Language, text: &str, note: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("text", text);
    args.set("note", note);
    message(language, "with-note", Some(&args))
}

/// A section heading.
pub fn heading(language: Language, heading: Heading) -> String {
    message(language, &format!("heading-{}", code(&heading)), None)
}

/// Whether the person is covered, as one sentence.
pub fn covered_text(language: Language, covered: bool) -> String {
    message(
        language,
        if covered { "covered-yes" } else { "covered-no" },
        None,
    )
}

/// The name of a PIN of the card.
pub fn pin_kind_name(language: Language, kind: PinKind) -> String {
    message(language, &format!("pin-kind-{}", code(&kind)), None)
}

/// One piece of PIN guidance as a sentence, with its conditions (which PIN must be known, the
/// kiosk chains and hours) filled in (R-PIN-1..3).
pub fn pin_guidance_text(language: Language, guidance: &PinGuidance) -> String {
    let guidance_code = serde_json::to_value(guidance)
        .ok()
        .and_then(|value| value["code"].as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut args = FluentArgs::new();
    if let PinGuidance::ResetByAppAndKiosk {
        needs_known,
        within_hours,
        opens,
        closes,
        chains,
    } = guidance
    {
        let separator = message(language, "list-separator", None);
        let names: Vec<String> = chains
            .iter()
            .map(|chain| message(language, &format!("store-{}", code(chain)), None))
            .collect();
        args.set("partner", pin_kind_name(language, *needs_known));
        args.set("hours", within_hours.to_string());
        args.set("opens", opens.as_str());
        args.set("closes", closes.as_str());
        args.set("chains", names.join(&separator));
    }
    message(language, &format!("pin-{guidance_code}"), Some(&args))
}

/// An alert's title and what to do, with its date written for people.
pub fn alert_text(language: Language, alert: &Alert) -> AlertText {
    let mut args = FluentArgs::new();
    if let Some(date) = alert.date {
        args.set("date", format_date(language, date));
    }
    let id = format!("alert-{}", code(&alert.code));
    AlertText {
        title: message(language, &id, Some(&args)),
        action: lookup(language, &id, Some("action"), Some(&args)).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests;
