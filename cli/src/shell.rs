//! The terminal as a third shell over the app core: it sends events, answers effects the way a
//! terminal can, and prints view models as an indented outline of their texts. `shikaku view` and
//! `shikaku demo` both draw through it; neither decides anything itself.

use shikaku_app::{Answer, App, Effect, EffectRequest, Event, ViewModel};
use shikaku_core::JapanDate;

use crate::error::CliError;

/// What the terminal answers with: today's date, and the file the user "picks" next.
pub(crate) struct Terminal {
    /// The command, named in errors.
    command: &'static str,
    /// Today's Japan date, the answer to `Effect::Today`.
    today: JapanDate,
    /// The document the next `Effect::PickDocument` gets: (name, bytes).
    pick: Option<(String, Vec<u8>)>,
}

impl Terminal {
    /// A terminal for `command` on `today`, with no file to pick.
    pub(crate) fn new(command: &'static str, today: JapanDate) -> Terminal {
        Terminal {
            command,
            today,
            pick: None,
        }
    }

    /// Hands `bytes` to the next document picker, as if the user chose the file `name`.
    pub(crate) fn will_pick(&mut self, name: &str, bytes: &[u8]) {
        self.pick = Some((name.to_owned(), bytes.to_vec()));
    }

    /// Sends `event` and answers every effect that follows: today's date, the file to pick;
    /// everything else a phone would do for the user (keys, saving, notifications) is declined.
    pub(crate) fn send(&mut self, app: &mut App, event: Event) -> Result<(), CliError> {
        let mut queue: Vec<EffectRequest> = app.update(event).map_err(|e| self.invalid(e))?;
        while let Some(request) = queue.pop() {
            let answer = match request.effect {
                Effect::Today => Answer::Today { date: self.today },
                Effect::PickDocument { .. } => match self.pick.take() {
                    Some((name, bytes)) => Answer::DocumentPicked { name, bytes },
                    None => Answer::Cancelled,
                },
                _ => Answer::Cancelled,
            };
            let id = request.id;
            let next = app
                .update(Event::Answered { id, answer })
                .map_err(|e| self.invalid(e))?;
            queue.extend(next);
        }
        Ok(())
    }

    /// An answer the app refused: a bug of this shell, reported as the command's error.
    fn invalid(&self, error: shikaku_core::ShikakuError) -> CliError {
        CliError::Invalid {
            option: self.command,
            reason: error.to_string(),
        }
    }
}

/// The view model's texts as an indented outline: the title, the banner, then the content.
pub(crate) fn outline(view: &ViewModel) -> String {
    let mut out = format!("{}\n", view.title);
    if let Some(banner) = &view.banner {
        out.push_str(&format!("{}\n", banner.text));
    }
    let content = serde_json::to_value(&view.content).unwrap_or_default();
    outline_value(&content, 0, &mut out);
    out
}

/// The fields that are for machines or screen readers, not for reading in a terminal, and the
/// forms, choices and moves a terminal does not use (its commands take options instead).
const SKIPPED: [&str; 23] = [
    "add_form",
    "edit_form",
    "card_form",
    "plan_form",
    "move_up",
    "move_down",
    "pick_from",
    "visits",
    "online_checks",
    "field",
    "visit",
    "online_check",
    "accessibility",
    "iso",
    "western",
    "wareki",
    "cover_note_html",
    "tone",
    "kind",
    "screen",
    "language",
    "state",
    "status",
];

/// Appends every text of `value`, one per line, indented by depth.
fn outline_value(value: &serde_json::Value, depth: usize, out: &mut String) {
    match value {
        serde_json::Value::String(text) => {
            out.push_str(&"  ".repeat(depth));
            out.push_str(text);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items
            .iter()
            .for_each(|item| outline_value(item, depth, out)),
        // A list item (`ListItem`): its marker and text on one line, "1. …".
        serde_json::Value::Object(fields) => match list_item(fields) {
            Some((marker, text)) => {
                out.push_str(&"  ".repeat(depth));
                out.push_str(&format!("{marker} {text}\n"));
            }
            None => outline_fields(fields, depth, out),
        },
        _ => {}
    }
}

/// The marker and text of a list item (an object of exactly those two texts).
fn list_item(fields: &serde_json::Map<String, serde_json::Value>) -> Option<(&str, &str)> {
    let text = |name| fields.get(name).and_then(serde_json::Value::as_str);
    match (fields.len(), text("marker"), text("text")) {
        (2, Some(marker), Some(text)) => Some((marker, text)),
        _ => None,
    }
}

/// Appends the texts of an object's fields but the skipped ones.
fn outline_fields(
    fields: &serde_json::Map<String, serde_json::Value>,
    depth: usize,
    out: &mut String,
) {
    for (name, field) in fields {
        if SKIPPED.contains(&name.as_str()) {
            continue;
        }
        let nested = field.is_object() || field.is_array();
        outline_value(field, depth + usize::from(nested), out);
    }
}
