use super::*;
use crate::scenario::{CardFacts, Certificate, SavedPdf};
use crate::test_support::date as d;

fn card() -> CardFacts {
    CardFacts {
        expires: Some(d("2030-07-07")),
        ecert_expires: d("2030-07-07"),
        insurance_registered: true,
        pin_failures: Some(0),
        last4: None,
        owner_mismatch: false,
    }
}

/// The pack for a request the tests know to be a child's.
fn pack_of(request: &SchoolPackRequest) -> SchoolPack {
    school_pack(request).expect("a child's pack")
}

fn request(language: Language, person: Person) -> SchoolPackRequest {
    SchoolPackRequest {
        child_name: "佐藤 陽太".into(),
        visit: Visit::SchoolTrip,
        person,
        parent_contact: Some("090-0000-0000".into()),
        today: d("2026-11-21"),
        language,
    }
}

fn with_pdf(saved_at: &str) -> Person {
    Person {
        card: Some(card()),
        saved_pdf: Some(SavedPdf {
            saved_at: d(saved_at),
            share_ratio_expires: None,
            owner_mismatch: false,
        }),
        ..Person::default()
    }
}

/// Compares with the committed snapshot; `UPDATE_SNAPSHOTS=1` rewrites it after a deliberate change.
fn assert_snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        actual, expected,
        "{name} changed; review it, then rerun with UPDATE_SNAPSHOTS=1"
    );
}

/// Well-formed (parsed as XML), one h1, print CSS, and no script.
fn assert_renders(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document =
        roxmltree::Document::parse_with_options(html, options).expect("well-formed HTML");
    assert_eq!(document.root_element().tag_name().name(), "html");
    assert_eq!(
        document
            .descendants()
            .filter(|n| n.has_tag_name("h1"))
            .count(),
        1
    );
    assert!(html.contains("@media print") && html.contains("@page{size:A4"));
    assert!(!html.contains("<script"));
    document
}

#[test]
fn cover_note_snapshots_in_both_languages() {
    for (language, file) in [
        (Language::Ja, "cover_note_ja.html"),
        (Language::En, "cover_note_en.html"),
    ] {
        let pack = pack_of(&request(language, with_pdf("2026-09-01")));
        assert_eq!(pack.hand_over, Some(Item::SavedPdf));
        assert!(pack.ready && pack.to_do.is_empty());
        assert_renders(&pack.cover_note_html);
        assert_snapshot(file, &pack.cover_note_html);
    }
}

#[test]
fn the_note_names_the_child_the_presenter_the_notice_and_the_fallback() {
    let html = pack_of(&request(Language::Ja, with_pdf("2026-09-01"))).cover_note_html;
    assert!(html.contains("佐藤 陽太の健康保険の資格情報をお預けします"));
    assert!(html.contains("付き添いの方が受付でこの書類を見せてください"));
    assert!(html.contains("厚生労働省の事務連絡（2025年2月12日）"));
    assert!(html.contains("領収書を保護者にお渡しください"));
    assert!(html.contains("2026年9月1日時点"));
    assert!(html.contains("090-0000-0000"));
}

#[test]
fn a_stale_pdf_tells_the_parent_to_save_it_again() {
    let pack = pack_of(&request(Language::Ja, with_pdf("2025-09-01")));
    assert_eq!(pack.hand_over, Some(Item::SavedPdf));
    assert!(
        pack.to_do[0].contains("2025年9月1日保存"),
        "{:?}",
        pack.to_do
    );
    assert!(pack
        .to_do
        .iter()
        .any(|step| step.contains("マイナポータルアプリ")));
    let html = pack.cover_note_html;
    assert!(html.contains("class=\"parent-only\"") && html.contains(".parent-only{display:none}"));
}

#[test]
fn nothing_held_says_how_to_get_the_pdf() {
    let pack = pack_of(&request(
        Language::En,
        Person {
            card: Some(card()),
            ..Person::default()
        },
    ));
    assert_eq!(pack.hand_over, None);
    assert!(!pack.ready);
    assert!(pack
        .to_do
        .iter()
        .any(|step| step.contains("log in with your child's My Number card")));
    assert!(assert_renders(&pack.cover_note_html)
        .descendants()
        .any(|n| n.has_tag_name("ol")));
}

#[test]
fn without_a_card_a_certificate_copy_goes_to_the_nursery() {
    let person = Person {
        certificate: Some(Certificate {
            expires: d("2027-07-31"),
            copy_only: true,
            valid_from: None,
            limit_category: false,
            owner_mismatch: false,
        }),
        ..Person::default()
    };
    let pack = pack_of(&SchoolPackRequest {
        visit: Visit::Nursery,
        ..request(Language::Ja, person)
    });
    assert_eq!(pack.hand_over, Some(Item::Certificate));
    assert!(pack.ready);
    assert!(pack.cover_note_html.contains("保育の間に"));
    let nothing = pack_of(&SchoolPackRequest {
        visit: Visit::Nursery,
        ..request(Language::Ja, Person::default())
    });
    assert!(nothing.to_do[0].contains("資格確認書のコピー"));
}

#[test]
fn names_and_contacts_are_escaped() {
    let mut hostile = request(Language::En, with_pdf("2026-09-01"));
    hostile.child_name = "<script>alert('x')</script> & Co".into();
    hostile.parent_contact = Some("\"><img src=x>".into());
    let html = pack_of(&hostile).cover_note_html;
    assert_renders(&html);
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
    assert!(!html.contains("<img"));
}

/// Wrong today 12: `school-pack` ran for a 76-year-old and called him 「お子さま」.
#[test]
fn an_adult_is_refused_with_a_typed_error() {
    let grandfather = Person {
        birth_date: Some(d("1950-05-01")),
        ..with_pdf("2026-09-01")
    };
    let refused = school_pack(&request(Language::Ja, grandfather));
    assert!(matches!(refused, Err(SchoolPackError::NotAChild)));
    // A high-school senior who has turned 18 still gets the pack; at 19 it is refused.
    let senior = |birth: &str| Person {
        birth_date: Some(d(birth)),
        ..with_pdf("2026-09-01")
    };
    assert!(school_pack(&request(Language::Ja, senior("2008-11-21"))).is_ok());
    assert!(school_pack(&request(Language::Ja, senior("2007-11-21"))).is_err());
    assert!(!SchoolPackError::NotAChild.to_string().contains("R-"));
}

/// Wrong today 7 (R-OWNER-1): another person's PDF stored under the child was handed over.
#[test]
fn a_document_that_is_not_the_childs_is_never_handed_over() {
    let mut person = with_pdf("2026-09-01");
    if let Some(pdf) = person.saved_pdf.as_mut() {
        pdf.owner_mismatch = true;
    }
    let pack = pack_of(&request(Language::Ja, person));
    assert_eq!(pack.hand_over, None);
    assert!(!pack.ready);
}

/// R-SUBSIDY-1: the 医療証 copy goes with the insurance proof, and the note says so.
#[test]
fn the_subsidy_card_copy_is_listed_and_named_in_the_note() {
    let person = Person {
        subsidy_card: Some(crate::scenario::SubsidyCard {
            expires: Some(d("2027-03-31")),
            linked_to_card: false,
            kind: crate::scenario::SubsidyKind::Child,
            owner_mismatch: false,
        }),
        ..with_pdf("2026-09-01")
    };
    let pack = pack_of(&request(Language::Ja, person));
    assert_eq!(pack.hand_over, Some(Item::SavedPdf));
    assert_eq!(pack.also_copy, vec![Item::SubsidyCard]);
    assert!(
        pack.cover_note_html.contains("医療証"),
        "{}",
        pack.cover_note_html
    );
    let without = pack_of(&request(Language::Ja, with_pdf("2026-09-01")));
    assert!(without.also_copy.is_empty() && !without.cover_note_html.contains("医療証"));
}

/// Wrong today 12: the English nursery note spoke of a trip.
#[test]
fn the_nursery_pack_never_speaks_of_a_trip() {
    for language in [Language::En, Language::Ja] {
        let pack = pack_of(&SchoolPackRequest {
            visit: Visit::Nursery,
            ..request(language, with_pdf("2025-09-01"))
        });
        let all = format!("{}{}", pack.to_do.join(" "), pack.cover_note_html);
        assert!(!all.contains("trip") && !all.contains("出発"), "{all}");
        assert!(!pack.to_do.is_empty());
    }
}
