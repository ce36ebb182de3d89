//! The importer against PDFs made by other tools (reportlab, Chromium; `fixtures/make_pdfs.py`)
//! and against hostile files: what a user relies on is that every field shown is what the
//! document says, and that no file can crash or hang the app.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use shikaku_core::import::{extract, DocumentKind, Extraction, Field, ImportError};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn extract_fixture(name: &str) -> Extraction {
    extract(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn worker_record() -> Value {
    json!({
        "saved_at": "2025-01-01",
        "insurer_name": "XX健康保険組合",
        "insurer_number": "06139992",
        "symbol": "1",
        "number": "0000123",
        "branch": "00",
        "name": "デジタル 花子",
        "relationship": "self",
        "share_ratio": null,
        "share_ratio_expires": null,
    })
}

/// Checks that every field of the fixture `name` reads as `expected`, none missing.
fn assert_reads(name: &str, expected: Value) {
    let extraction = extract_fixture(name);
    assert_eq!(extraction.kind, DocumentKind::MynaportalPdf, "{name}");
    assert_eq!(
        serde_json::to_value(&extraction.fields).unwrap(),
        expected,
        "{name}"
    );
    assert_eq!(extraction.missing, vec![], "{name}");
}

#[test]
fn reads_the_record_with_an_embedded_subset_font() {
    assert_reads("mynaportal_embedded.pdf", worker_record());
}

#[test]
fn reads_the_record_with_a_non_embedded_cid_font() {
    // HeiseiKakuGo-W5 with the predefined CMap UniJIS-UCS2-H and no ToUnicode; labels spaced
    // out by character spacing.
    assert_reads("mynaportal_cid.pdf", worker_record());
}

#[test]
fn reads_a_page_printed_by_chromium() {
    // Type3 and CID TrueType fonts, letter-spacing done by glyph positioning, full-width digits.
    let mut expected = worker_record();
    expected["share_ratio"] = json!(3);
    expected["share_ratio_expires"] = json!("2026-07-31");
    assert_reads("mynaportal_chromium.pdf", expected);
}

#[test]
fn reads_the_70_plus_record_with_wareki_and_full_width_digits() {
    for name in ["mynaportal_elderly.pdf", "mynaportal_elderly_cid.pdf"] {
        let expected = json!({
            "saved_at": "2025-12-01",
            "insurer_name": "東京都後期高齢者医療広域連合",
            "insurer_number": "39131016",
            "symbol": null,
            "number": "９８７６５４３２",
            "branch": null,
            "name": "マイナ 太郎",
            "relationship": "self",
            "share_ratio": 1,
            "share_ratio_expires": "2026-07-31",
        });
        assert_reads(name, expected);
    }
}

#[test]
fn refuses_values_that_fail_their_rules_without_guessing() {
    let extraction = extract_fixture("mynaportal_suspicious.pdf");
    let fields = serde_json::to_value(&extraction.fields).unwrap();
    assert_eq!(fields["insurer_name"], "XX健康保険組合");
    assert_eq!(fields["symbol"], "あ-12");
    assert_eq!(fields["name"], "デジタル 次郎");
    for field in [
        "saved_at",
        "insurer_number",
        "number",
        "branch",
        "relationship",
        "share_ratio",
        "share_ratio_expires",
    ] {
        assert!(fields[field].is_null(), "{field} should not be read");
    }
    assert_eq!(
        extraction.missing,
        vec![
            Field::SavedAt,
            Field::InsurerNumber,
            Field::Number,
            Field::Branch,
            Field::Relationship,
            Field::ShareRatio,
            Field::ShareRatioExpires
        ]
    );
    let check_digit = extraction
        .rejected
        .iter()
        .find(|r| r.field == Field::InsurerNumber)
        .expect("the failing check digit is flagged");
    assert!(check_digit.reason.contains("check digit"));
    let my_number = extraction
        .rejected
        .iter()
        .find(|r| r.field == Field::Number)
        .expect("the My Number in 番号 is flagged");
    assert!(my_number.reason.contains("My Number") && !my_number.reason.contains("9018"));
    let json = serde_json::to_string(&extraction).unwrap();
    assert!(
        !json.contains("9018"),
        "a full My Number never leaves the importer"
    );
}

#[test]
fn opens_a_pdf_encrypted_with_an_empty_user_password() {
    assert_reads("encrypted_owner_only.pdf", worker_record());
}

/// Runs `extract` and checks it answers with `expected` quickly (a hang would fail the suite's
/// time budget long before this; the bound here catches a slow path by a wide margin).
fn refuses(bytes: &[u8], expected: ImportError) {
    let started = Instant::now();
    assert_eq!(
        extract(bytes),
        Err(expected.clone()),
        "expected {expected:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{expected:?} took too long"
    );
}

#[test]
fn hostile_pdfs_get_typed_errors() {
    refuses(
        &fixture("encrypted_user_password.pdf"),
        ImportError::Encrypted,
    );
    refuses(&fixture("many_pages.pdf"), ImportError::TooManyPages);
    refuses(&fixture("content_bomb.pdf"), ImportError::TooComplex);
    refuses(&fixture("objstm_bomb.pdf"), ImportError::TooComplex);
    refuses(b"", ImportError::Empty);
    refuses(b"%PDF-1.7\n", ImportError::Malformed);
}

#[test]
fn truncated_pdfs_never_panic_nor_invent_fields() {
    let whole = fixture("mynaportal_embedded.pdf");
    for keep in [
        whole.len() / 10,
        whole.len() / 2,
        whole.len() - 200,
        whole.len() - 20,
    ] {
        match extract(&whole[..keep]) {
            Err(error) => assert!(
                matches!(error, ImportError::Malformed | ImportError::TooComplex),
                "{error:?}"
            ),
            // The parser repairs what it can; whatever it reads must still pass the field rules.
            Ok(extraction) => {
                let fields = serde_json::to_value(&extraction.fields).unwrap();
                for (name, value) in worker_record().as_object().unwrap() {
                    assert!(fields[name].is_null() || &fields[name] == value, "{name}");
                }
            }
        }
    }
}

#[test]
fn random_bytes_after_a_pdf_header_are_refused() {
    // A fixed xorshift stream: reproducible garbage.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for length in [16usize, 1_000, 100_000] {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.extend((0..length).map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        }));
        refuses(&bytes, ImportError::Malformed);
    }
}

#[test]
fn photos_are_images_with_every_field_to_type() {
    let extraction = extract(b"\xFF\xD8\xFF\xE0\0\x10JFIF\0").unwrap();
    assert_eq!(extraction.kind, DocumentKind::Image);
    assert_eq!(extraction.missing, Field::ALL.to_vec());
    refuses(b"plain text, not a document", ImportError::UnsupportedType);
}
