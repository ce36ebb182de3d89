//! `shikaku reminders`: JSON shape, and an `--ics` calendar that an independent parser (Python's
//! `icalendar`, installed by scripts/setup) reads back: one event per deadline on its own date,
//! one alarm per reminder lead (version 2).

use std::io::Write;
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;
use serde_json::Value;

const SCENARIO: &str = r#"{"today":"2026-11-21","visit":"clinic","person":{"birth_date":"1951-12-20",
  "card":{"expires":"2029-12-20","ecert_expires":"2027-01-15","insurance_registered":true},
  "notice":{"issued":"2025-08-01","share_ratio_expires":"2026-12-19"}}}"#;

fn run(args: &[&str]) -> String {
    let output = Command::cargo_bin("shikaku")
        .unwrap()
        .args(args)
        .write_stdin(SCENARIO)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn json_lists_the_reminders_with_stable_ids() {
    let json: Value = serde_json::from_str(&run(&["reminders", "--scenario", "-"])).unwrap();
    let list = json.as_array().unwrap();
    let kinds: Vec<&str> = list.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            // The ratio ending the day before the 75th birthday is superseded by it.
            "ecert_expiry",
            "turns_75",
            "ecert_expiry",
            "ecert_grace_ends",
            "ecert_grace_ends"
        ]
    );
    let first = &list[0];
    assert_eq!(first["fire_on"], "2026-12-16");
    assert_eq!(first["deadline"], "2027-01-15");
    for key in ["id", "fire_on", "kind", "deadline", "title", "body"] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(
        first["title"], "資格ポケットからのお知らせ",
        "discreet by default"
    );
    let again: Value =
        serde_json::from_str(&run(&["reminders", "--scenario", "-", "--detailed"])).unwrap();
    assert_eq!(again[0]["id"], first["id"], "wording does not change IDs");
    assert_eq!(
        again[0]["title"],
        "「電子証明書の有効期限」まであと30日です"
    );
}

/// Runs the independent parser over `ics`: one line per event, `UID|date|triggers|summary`.
fn parse_calendar(ics: &str) -> Vec<String> {
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
for e in cal.walk("VEVENT"):
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    assert type(start).__name__ == "date" and (end - start).days == 1, (start, end)
    triggers = ";".join(str(a.decoded("TRIGGER")) for a in e.walk("VALARM"))
    print(start.isoformat(), triggers, e["SUMMARY"], sep="|")
"#;
    let mut python = Process::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 (scripts/setup installs icalendar)");
    python
        .stdin
        .take()
        .unwrap()
        .write_all(ics.as_bytes())
        .unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "icalendar rejected the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Wrong today 13: six events titled 「資格ポケットからのお知らせ」 on reminder days; now one event
/// per deadline on its date, saying what the date is, with an alarm per lead at 09:00.
#[test]
fn the_calendar_reads_back_in_an_independent_parser() {
    let ics = run(&["reminders", "--scenario", "-", "--ics", "--lang", "en"]);
    assert_eq!(
        parse_calendar(&ics),
        [
            // The 75th birthday: the two-month alarm is past, the one on the day remains.
            "2026-12-20|9:00:00|75th birthday (Late-Stage Elderly Medical Care)",
            // A month and a week before, on office days.
            "2027-01-15|-30 days, 9:00:00;-7 days, 9:00:00|Certificate expires",
            "2027-04-30|-30 days, 9:00:00;-7 days, 9:00:00|Last day the card works after the certificate expired",
            // Three months before (a new card can be applied for) and a month before.
            "2029-12-20|-90 days, 9:00:00;-30 days, 9:00:00|My Number card expires",
        ]
    );
    assert!(
        !ics.contains("Shikaku Pocket\r\nDTSTART"),
        "no discreet titles"
    );
    // Names appear only when asked.
    let named = run(&["reminders", "--scenario", "-", "--ics", "--name", "花子"]);
    assert!(
        named.contains("SUMMARY:花子さん：電子証明書の有効期限"),
        "{named}"
    );
    let unnamed = run(&["reminders", "--scenario", "-", "--ics"]);
    assert!(!unnamed.contains("さん："), "{unnamed}");
    assert!(
        unnamed.contains("SUMMARY:電子証明書の有効期限"),
        "{unnamed}"
    );
}
