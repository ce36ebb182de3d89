//! Reading the fields of the Mynaportal PDF 「医療保険の資格情報」 (R-DOC-1) from its lines of
//! text: each field is a label at the start of a line (letter-spaced or not, full-width or
//! not) followed by its value.
//!
//! A field is read only when exactly one value stands after its label, holds no unreadable
//! character and no other label, and passes the field's rule; otherwise it is listed as
//! missing (and, when its rule refused it, as rejected with the reason), never guessed.

use unicode_normalization::UnicodeNormalization;

use super::fields::{Field, Fields};
use super::{DocumentKind, Extraction, Rejection};
use crate::numbers::comparison_key;

/// The document's title, which identifies it.
const TITLE: &str = "医療保険の資格情報";

/// The label the Mynaportal PDF prints before each field (R-DOC-1).
fn label(field: Field) -> &'static str {
    match field {
        Field::SavedAt => "保存日時",
        Field::InsurerName => "保険者名",
        Field::InsurerNumber => "保険者番号",
        Field::Symbol => "記号",
        Field::Number => "番号",
        Field::Branch => "枝番",
        Field::Name => "氏名",
        Field::Relationship => "本人・家族の別",
        Field::ShareRatio => "一部負担金割合",
        Field::ShareRatioExpires => "有効期限",
    }
}

/// If `line` starts with `label` (ignoring white space, after NFKC), the rest of the line.
fn after_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let mut wanted = label.chars().peekable();
    for (at, c) in line.char_indices() {
        for normal in c.nfkc().filter(|n| !n.is_whitespace()) {
            if wanted.next() != Some(normal) {
                return None;
            }
        }
        if wanted.peek().is_none() {
            return Some(&line[at + c.len_utf8()..]);
        }
    }
    None
}

/// The value after a label: trimmed, without a leading colon.
fn value_of(rest: &str) -> &str {
    let rest = rest.trim();
    rest.strip_prefix(['：', ':']).unwrap_or(rest).trim()
}

/// Reads a Mynaportal record from the lines of a PDF; a PDF without its title and with fewer than
/// three of its labels is reported as `unknown`, with every field missing.
pub fn read(lines: &[String]) -> Extraction {
    let mut found: Vec<(Field, Vec<&str>)> = Field::ALL.iter().map(|&f| (f, Vec::new())).collect();
    for line in lines {
        for (field, values) in &mut found {
            if let Some(rest) = after_label(line, label(*field)) {
                values.push(value_of(rest));
            }
        }
    }
    let labels_found = found
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .count();
    let titled = lines.iter().any(|line| comparison_key(line) == TITLE);
    if !titled && labels_found < 3 {
        return Extraction::nothing_read(DocumentKind::Unknown);
    }

    let mut extraction = Extraction::nothing_read(DocumentKind::MynaportalPdf);
    extraction.missing.clear();
    let mut fields = Fields::default();
    for (field, mut values) in found {
        values.dedup();
        let value = match values.as_slice() {
            [value]
                if !value.is_empty() && !value.contains('\u{FFFD}') && !holds_a_label(value) =>
            {
                *value
            }
            _ => {
                extraction.missing.push(field);
                continue;
            }
        };
        if let Err(error) = fields.set(field, value) {
            extraction.missing.push(field);
            extraction.rejected.push(Rejection {
                field,
                reason: error.to_string(),
            });
        }
    }
    extraction.fields = fields;
    extraction
}

/// A value that holds another field's label is two cells read as one line: not confident.
fn holds_a_label(value: &str) -> bool {
    let value = comparison_key(value);
    Field::ALL.iter().any(|&field| value.contains(label(field)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    #[test]
    fn labels_match_letter_spaced_and_full_width() {
        assert_eq!(
            after_label("保 険 者 番 号 06139992", "保険者番号"),
            Some(" 06139992")
        );
        assert_eq!(
            after_label("保　険　者　名ＸＸ組合", "保険者名"),
            Some("ＸＸ組合")
        );
        assert_eq!(after_label("保険者番号 1", "保険者名"), None);
        assert_eq!(after_label("番", "番号"), None);
        assert_eq!(value_of(" ： 2025年1月1日時点 "), "2025年1月1日時点");
    }

    #[test]
    fn reads_a_record_and_reports_what_it_could_not() {
        let extraction = read(&lines(
            "医療保険の資格情報\n保存日時：2025年1月1日時点\n保 険 者 名 XX健康保険組合\n\
             保 険 者 番 号 06139992\n記 号 1 番 号 2\n番 号 0000123\n枝 番 00\n枝 番 01\n\
             氏 名 デジタル \u{FFFD}子\n本人・家族の別 本人\n一 部 負 担 金 割 合 —",
        ));
        assert_eq!(extraction.kind, DocumentKind::MynaportalPdf);
        let fields = &extraction.fields;
        assert_eq!(fields.saved_at, Some("2025-01-01".parse().unwrap()));
        assert_eq!(fields.insurer_number.as_ref().unwrap().as_str(), "06139992");
        assert_eq!(fields.number.as_ref().unwrap().as_str(), "0000123");
        assert_eq!(fields.share_ratio, None);
        // 記号 shares its line with 番号; 枝番 has two values; 氏名 has an unreadable glyph;
        // 有効期限 has no label at all.
        assert_eq!(
            extraction.missing,
            vec![
                Field::Symbol,
                Field::Branch,
                Field::Name,
                Field::ShareRatioExpires
            ]
        );
        assert!(extraction.rejected.is_empty());
    }

    #[test]
    fn refused_values_are_missing_with_a_reason() {
        let extraction = read(&lines(
            "医療保険の資格情報\n保険者番号 06139993\n番号 123456789018",
        ));
        assert!(extraction.fields.insurer_number.is_none());
        assert!(extraction.missing.contains(&Field::InsurerNumber));
        let reasons: Vec<_> = extraction
            .rejected
            .iter()
            .map(|r| (r.field, r.reason.as_str()))
            .collect();
        assert_eq!(reasons.len(), 2);
        assert_eq!(reasons[0].0, Field::InsurerNumber);
        assert!(reasons[0].1.contains("check digit"));
        assert_eq!(reasons[1].0, Field::Number);
        assert!(reasons[1].1.contains("My Number") && !reasons[1].1.contains("9018"));
    }

    #[test]
    fn other_documents_are_unknown() {
        let extraction = read(&lines("請求書\n番号 12\n合計 300円"));
        assert_eq!(extraction.kind, DocumentKind::Unknown);
        assert_eq!(extraction.fields, Fields::default());
        assert_eq!(extraction.missing, Field::ALL.to_vec());
    }
}
