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
                    document: None,
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
        document: None,
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

#[test]
fn every_pin_kind_and_guidance_has_text_in_both_languages() {
    use crate::pin::{PinGuidance, PinKind, StoreChain};
    let kiosk = PinGuidance::ResetByAppAndKiosk {
        needs_known: PinKind::Signature,
        within_hours: 24,
        opens: "06:30".into(),
        closes: "23:00".into(),
        chains: vec![
            StoreChain::SevenEleven,
            StoreChain::Aeon,
            StoreChain::Lawson,
            StoreChain::FamilyMart,
            StoreChain::Ministop,
        ],
    };
    let all = [
        PinGuidance::UseFaceRecognition,
        PinGuidance::AskStaffVisualCheck,
        PinGuidance::DoNotGuess,
        PinGuidance::InsuranceCheckUnaffected,
        PinGuidance::ResetAtCityOffice,
        kiosk.clone(),
        PinGuidance::OtherPinsMayShareValue,
        PinGuidance::ReadCardForCount,
    ];
    for language in LANGUAGES {
        for kind in PinKind::ALL {
            assert!(
                !pin_kind_name(language, kind).starts_with("pin-kind-"),
                "{language:?} {kind:?}"
            );
        }
        for guidance in &all {
            let text = pin_guidance_text(language, guidance);
            assert!(
                !text.starts_with("pin-") && !text.contains('{'),
                "{language:?} {guidance:?}: {text}"
            );
        }
    }
    assert_eq!(
        pin_guidance_text(Language::Ja, &kiosk),
        "署名用のパスワード（英数字6〜16文字）が分かれば、スマホの「JPKI暗証番号リセット」アプリで手続きをして、\
24時間以内にコンビニ（セブン-イレブン、イオン、ローソン、ファミリーマート、ミニストップ）のマルチコピー機で再設定することもできます\
（06:30〜23:00、無料）。"
    );
    assert!(pin_guidance_text(Language::En, &kiosk)
        .contains("(7-Eleven, Aeon, Lawson, FamilyMart, Ministop)"));
}
