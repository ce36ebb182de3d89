//! `shikaku demo`: the main job — what each member of a household carries and watches out for —
//! on an embedded, fictional sample household, printed for a person to read.

use std::fmt::Write as _;

use clap::Args;
use serde::Deserialize;
use shikaku_core::advice::{advise, Advice};
use shikaku_core::scenario::{OnlineCheck, Person, Scenario, Visit};
use shikaku_core::text::{self, Heading, Language};
use shikaku_core::JapanDate;

use crate::error::CliError;
use crate::input::{date, print_text};
use crate::reminders::Lang;

/// The sample household: fictional people, facts chosen to show the main alerts.
const HOUSEHOLD: &str = include_str!("demo_household.json");

#[derive(Args)]
pub(crate) struct DemoArgs {
    /// Language of the output.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    lang: Lang,
    /// Pretend today is this date (YYYY-MM-DD) instead of the sample's own date.
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

#[derive(Deserialize)]
struct Household {
    today: JapanDate,
    members: Vec<Member>,
}

#[derive(Deserialize)]
struct Member {
    name: Names,
    visit: Visit,
    #[serde(default)]
    online_check: OnlineCheck,
    person: Person,
}

#[derive(Deserialize)]
struct Names {
    ja: String,
    en: String,
}

pub(crate) fn demo(args: DemoArgs) -> Result<(), CliError> {
    let language = Language::from(args.lang);
    let household: Household = serde_json::from_str(HOUSEHOLD).map_err(std::io::Error::other)?;
    let today = args
        .today
        .as_deref()
        .map(|d| date("--today", d))
        .transpose()?
        .unwrap_or(household.today);
    let mut out = format!("Shikaku Pocket — {}\n", text::format_date(language, today));
    for member in household.members {
        let scenario = Scenario {
            today,
            visit: member.visit,
            online_check: member.online_check,
            escort: None,
            person: member.person,
        };
        let name = match language {
            Language::Ja => &member.name.ja,
            Language::En => &member.name.en,
        };
        render(&mut out, language, name, &scenario, &advise(&scenario));
    }
    print_text(&out)
}

/// One member's advice as a block of text.
fn render(out: &mut String, language: Language, name: &str, scenario: &Scenario, advice: &Advice) {
    let visit = text::visit_name(language, scenario.visit);
    let place = if scenario.visit.at_medical_counter() {
        text::with_note(
            language,
            &visit,
            &text::online_check_text(language, scenario.online_check),
        )
    } else {
        visit
    };
    let mark = if advice.covered { "○" } else { "×" };
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "\n■ {name} — {place}\n  {mark} {}",
        text::covered_text(language, advice.covered)
    );

    let carry = advice.carry.iter().map(|item| {
        let mut need = text::need_text(language, item.need);
        if item.copy_ok {
            need = text::with_note(language, &need, &text::copy_ok_text(language));
        }
        format!("・{} — {need}", text::item_name(language, item.item))
    });
    section(out, language, Heading::Carry, carry);
    // Rule IDs are for the people who maintain the product, never printed here (the JSON of
    // `advise` keeps them).
    let alerts = advice.alerts.iter().map(|alert| {
        let words = text::alert_text(language, alert);
        format!("！{}\n     {}", words.title, words.action)
    });
    section(out, language, Heading::Alerts, alerts);
    let steps = text::advice_step_texts(language, advice)
        .into_iter()
        .enumerate();
    let steps = steps.map(|(n, step)| format!("{}. {step}", n + 1));
    section(out, language, Heading::Steps, steps);
    let coming = advice
        .deadlines
        .iter()
        .filter(|d| d.date >= scenario.today)
        .map(|d| {
            let date = text::format_date(language, d.date);
            format!("{date}  {}", text::deadline_name(language, d.kind))
        });
    section(out, language, Heading::Deadlines, coming);
}

/// A heading and its lines; nothing at all when there are no lines.
fn section(
    out: &mut String,
    language: Language,
    heading: Heading,
    lines: impl Iterator<Item = String>,
) {
    let mut lines = lines.peekable();
    if lines.peek().is_some() {
        let _ = writeln!(out, "  【{}】", text::heading(language, heading));
        for line in lines {
            let _ = writeln!(out, "   {line}");
        }
    }
}
