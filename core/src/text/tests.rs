use super::*;
use crate::advice::AlertCode;

const LANGUAGES: [Language; 2] = [Language::Ja, Language::En];

fn date() -> JapanDate {
    JapanDate::from_ymd(2027, 2, 28).unwrap()
}

/// Fails when any code lacks text (or its action) in either language, or a placeholder is unfilled.
#[test]
fn every_code_has_text_in_both_languages() {
    for language in LANGUAGES {
        // `with-note` needs arguments: `notes_use_the_parentheses_of_the_language` covers it.
        let mut ids = ["covered-yes", "covered-no", "copy-ok"]
            .map(str::to_owned)
            .to_vec();
        ids.extend(Item::ALL.iter().map(|item| format!("item-{}", code(item))));
        ids.extend(Need::ALL.iter().map(|need| format!("need-{}", code(need))));
        ids.extend(Step::ALL.iter().map(|step| format!("step-{}", code(step))));
        ids.extend(
            DeadlineKind::ALL
                .iter()
                .map(|kind| format!("deadline-{}", code(kind))),
        );
        ids.extend(Heading::ALL.iter().map(|h| format!("heading-{}", code(h))));
        ids.extend(
            Visit::ALL
                .iter()
                .map(|visit| format!("visit-{}", code(visit))),
        );
        ids.extend(
            OnlineCheck::ALL
                .iter()
                .map(|online| format!("online-{}", code(online))),
        );
        for id in &ids {
            let text = lookup(language, id, None, None);
            assert!(
                text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                "{language:?} lacks {id}"
            );
        }
        for code in AlertCode::ALL {
            let (severity, rule) = code.severity_and_rule();
            let text = alert_text(
                language,
                &Alert {
                    code,
                    severity,
                    date: Some(date()),
                    rule,
                },
            );
            assert!(
                !text.title.starts_with("alert-"),
                "{language:?} lacks the title of {code:?}"
            );
            assert!(
                !text.action.is_empty(),
                "{language:?} lacks the action of {code:?}"
            );
            assert!(
                !text.title.contains('{') && !text.action.contains('{'),
                "{language:?} {code:?}: {text:?}"
            );
        }
    }
}

#[test]
fn dates_read_naturally_in_each_language() {
    assert_eq!(format_date(Language::Ja, date()), "2027年2月28日");
    assert_eq!(format_date(Language::En, date()), "2027-02-28");
}

#[test]
fn alert_dates_are_filled_in() {
    let alert = Alert {
        code: AlertCode::EcertGrace,
        severity: crate::advice::Severity::Warning,
        date: Some(date()),
        rule: crate::rules::Rule::Ecert3,
    };
    assert!(alert_text(Language::Ja, &alert)
        .action
        .contains("2027年2月28日まで"));
    assert!(alert_text(Language::En, &alert)
        .action
        .contains("until 2027-02-28"));
}

#[test]
fn notes_use_the_parentheses_of_the_language() {
    assert_eq!(
        with_note(Language::Ja, "薬局", "カードリーダーが使える"),
        "薬局（カードリーダーが使える）"
    );
    assert_eq!(
        with_note(Language::En, "Pharmacy", "card reader working"),
        "Pharmacy (card reader working)"
    );
}

#[test]
fn the_japanese_text_is_japanese() {
    let text = item_name(Language::Ja, Item::Certificate);
    assert_eq!(text, "資格確認書");
    assert_eq!(
        step_text(Language::En, Step::PlaceCard),
        "Place your card on the card reader at reception."
    );
}
