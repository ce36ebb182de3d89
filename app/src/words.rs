//! The words and dates of the screens: every label comes from the Fluent resources of
//! `core/locales` (the `app-` block), every date is formatted here, and every piece of text
//! carries its semantic tone — so no shell chooses a word or formats a date.

use fluent_bundle::FluentArgs;
use serde::Serialize;
use shikaku_core::text::{self, code, Language};
use shikaku_core::wareki::Wareki;
use shikaku_core::JapanDate;

/// How a piece of text should look (its meaning, not its colour): the shell maps each tone to its
/// platform's palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Tone {
    /// Plain text.
    Plain,
    /// All is well.
    Ok,
    /// Good to know.
    Info,
    /// Act soon.
    Warning,
    /// Act now: the person will not be seen normally otherwise.
    Critical,
}

/// One line of text to draw, with its tone, whether it stands out, and what a screen reader says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Line {
    /// The text.
    pub text: String,
    /// Its semantic tone.
    pub tone: Tone,
    /// Drawn with emphasis (bold, larger).
    pub emphasis: bool,
    /// What a screen reader says (often the text with its tone spelled out).
    pub accessibility: String,
}

/// A date written for people: 西暦 and 和暦, ready to draw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DateText {
    /// The date as ISO text (for sorting in tests and for machines, not for display).
    pub iso: String,
    /// The 西暦 form of the language (「2027年2月28日」, `2027-02-28`).
    pub western: String,
    /// The 和暦 form as printed on documents (「令和9年2月28日」).
    pub wareki: String,
    /// Both together, as the screen shows it.
    pub text: String,
}

/// A button or menu entry: its label and what a screen reader says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Action {
    /// The label.
    pub label: String,
    /// What a screen reader says.
    pub accessibility: String,
    /// Whether it can be used now.
    pub enabled: bool,
}

/// One item of a list, with the marker drawn before it (箇条書きの項目): "1." for a step in order,
/// a bullet for an item of a to-do list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ListItem {
    /// What to draw before the text ("1.", "•").
    pub marker: String,
    /// The item.
    pub text: String,
}

/// The words of one language.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words(pub(crate) Language);

impl Words {
    /// The text of message `id`.
    pub(crate) fn get(self, id: &str) -> String {
        text::message(self.0, id, None)
    }

    /// The text of message `id` with named arguments.
    pub(crate) fn with(self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        text::message(self.0, id, Some(&fluent))
    }

    /// A date in both calendars.
    pub(crate) fn date(self, date: JapanDate) -> DateText {
        let western = text::format_date(self.0, date);
        let wareki = Wareki(date).to_string();
        DateText {
            iso: date.to_string(),
            text: text::with_note(self.0, &western, &wareki),
            western,
            wareki,
        }
    }

    /// A line in `tone`; a screen reader hears the tone's name first unless the tone is plain.
    pub(crate) fn line(self, text: String, tone: Tone) -> Line {
        let accessibility = match tone {
            Tone::Plain => text.clone(),
            tone => self.with(
                "app-a11y-toned",
                &[
                    ("tone", &self.get(&format!("app-tone-{}", code(&tone)))),
                    ("text", &text),
                ],
            ),
        };
        Line {
            emphasis: matches!(tone, Tone::Warning | Tone::Critical),
            text,
            tone,
            accessibility,
        }
    }

    /// A plain line.
    pub(crate) fn plain(self, id: &str) -> Line {
        self.line(self.get(id), Tone::Plain)
    }

    /// Steps in order, numbered from 1 (`app-list-number`).
    pub(crate) fn numbered(self, items: impl IntoIterator<Item = String>) -> Vec<ListItem> {
        items
            .into_iter()
            .zip(1..)
            .map(|(text, n)| ListItem {
                marker: self.with("app-list-number", &[("n", &n.to_string())]),
                text,
            })
            .collect()
    }

    /// Items in no order, each after a bullet (`app-list-bullet`).
    pub(crate) fn bulleted(self, items: impl IntoIterator<Item = String>) -> Vec<ListItem> {
        let marker = self.get("app-list-bullet");
        items
            .into_iter()
            .map(|text| ListItem {
                marker: marker.clone(),
                text,
            })
            .collect()
    }

    /// An action labelled by message `id`.
    pub(crate) fn action(self, id: &str, enabled: bool) -> Action {
        let label = self.get(id);
        Action {
            accessibility: label.clone(),
            label,
            enabled,
        }
    }
}

/// A labelled value (氏名: 山田太郎), as on a card or form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Fact {
    /// The label.
    pub label: String,
    /// The value, ready to draw.
    pub value: String,
    /// Its tone.
    pub tone: Tone,
    /// What a screen reader says.
    pub accessibility: String,
}

impl Words {
    /// A fact labelled by message `id`.
    pub(crate) fn fact(self, id: &str, value: String, tone: Tone) -> Fact {
        self.fact_named(self.get(id), value, tone)
    }

    /// A fact with its label already in words.
    pub(crate) fn fact_named(self, label: String, value: String, tone: Tone) -> Fact {
        Fact {
            accessibility: self.with("app-a11y-fact", &[("label", &label), ("value", &value)]),
            label,
            value,
            tone,
        }
    }
}
