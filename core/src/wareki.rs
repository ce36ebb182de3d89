//! 和暦 (Japanese era) dates as printed on insurance documents: parsed into [`JapanDate`] and written
//! back. Accepts 「令和7年12月1日」, 「令和元年5月1日」, 「R7.12.1」, full-width digits, the era
//! ligatures 「㍻」「㋿」, and the 西暦 forms 「2025年1月1日」 and 「2025年1月1日時点」 that share
//! the same documents.
//!
//! A date outside its era (「平成31年5月1日」, which is 令和元年) is refused rather than mapped: a
//! document that says so was misread, and a misread date must not reach the counter card.

use std::fmt;

use crate::dates::JapanDate;

/// A Japanese era (元号), 明治 to 令和.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Era {
    /// 明治 (M). Taken to start on 1868-01-01, the first day [`JapanDate`] holds: Japan used the lunar
    /// calendar until 明治5年, so no insurance document predates it.
    Meiji,
    /// 大正 (T), from 1912-07-30.
    Taisho,
    /// 昭和 (S), from 1926-12-25.
    Showa,
    /// 平成 (H), from 1989-01-08.
    Heisei,
    /// 令和 (R), from 2019-05-01.
    Reiwa,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The era's name in kanji (「令和」).
    pub fn name(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// The era's initial as used in short dates (「R7.12.1」).
    pub fn initial(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// (year, month, day) of the era's first day (its 元年).
    fn start_ymd(self) -> (i32, u32, u32) {
        match self {
            Era::Meiji => (1868, 1, 1),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        }
    }

    /// The era's successor, if any.
    fn next(self) -> Option<Era> {
        Era::ALL
            .iter()
            .position(|&era| era == self)
            .and_then(|i| Era::ALL.get(i + 1).copied())
    }

    /// Whether `date` falls inside this era.
    fn contains(self, date: JapanDate) -> bool {
        let starts = |era: Era| (date.year(), date.month(), date.day()) >= era.start_ymd();
        starts(self) && !self.next().is_some_and(starts)
    }

    /// The era a date falls in.
    pub fn of(date: JapanDate) -> Era {
        Era::ALL
            .into_iter()
            .rev()
            .find(|era| era.contains(date))
            .unwrap_or(Era::Meiji)
    }

    /// The era-year of `date`, which must fall in this era (1 = 元年).
    fn year_of(self, date: JapanDate) -> i32 {
        date.year() - self.start_ymd().0 + 1
    }
}

/// Why a text is not a date. The text itself is never repeated: it may be a date of birth.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WarekiError {
    /// Not one of the accepted shapes.
    #[error("not a date (expected e.g. 令和7年12月1日, R7.12.1 or 2025年1月1日)")]
    Shape,
    /// The shape is right but no such calendar day exists (「令和7年2月30日」).
    #[error("no such day in the calendar")]
    NoSuchDay,
    /// The day falls outside the era it names (「平成31年5月1日」 is 令和元年).
    #[error("the day falls outside the era it names")]
    OutsideEra,
}

/// A date written in the Japanese era, displayed as 「令和7年12月1日」 (元年 for year 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wareki(pub JapanDate);

impl fmt::Display for Wareki {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let era = Era::of(self.0);
        match era.year_of(self.0) {
            1 => write!(f, "{}元年", era.name())?,
            year => write!(f, "{}{}年", era.name(), year)?,
        }
        write!(f, "{}月{}日", self.0.month(), self.0.day())
    }
}

/// A date in the short era form 「R7.12.1」.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarekiShort(pub JapanDate);

impl fmt::Display for WarekiShort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let era = Era::of(self.0);
        write!(
            f,
            "{}{}.{}.{}",
            era.initial(),
            era.year_of(self.0),
            self.0.month(),
            self.0.day()
        )
    }
}

/// Parses a date as printed on an insurance document: 和暦 (「令和7年12月1日」, 「令和元年」,
/// 「R7.12.1」, 「H31/4/30」) or 西暦 (「2025年1月1日」, 「2025/1/1」, 「2025-01-01」), with
/// full-width digits, spaces, and a trailing 「時点」 (as in the Mynaportal 保存日時).
pub fn parse(text: &str) -> Result<JapanDate, WarekiError> {
    let normal = crate::numbers::comparison_key(text);
    let normal = normal.strip_suffix("時点").unwrap_or(&normal);
    let mut cursor = Cursor(normal);
    let era = cursor.era();
    let year = match era {
        Some(era) => {
            // Up to 4 digits, so that every date `Wareki` can write (to 9999) reads back.
            let year = if cursor.eat("元") {
                1
            } else {
                cursor.number(1, 4)?
            };
            era.start_ymd().0 + year as i32 - 1
        }
        None => cursor.number(4, 4)? as i32,
    };
    let (month, day) = if cursor.eat("年") {
        let month = cursor.number(1, 2)?;
        cursor.expect("月")?;
        let day = cursor.number(1, 2)?;
        cursor.expect("日")?;
        (month, day)
    } else {
        let separator = cursor.separator()?;
        let month = cursor.number(1, 2)?;
        cursor.expect(separator)?;
        (month, cursor.number(1, 2)?)
    };
    if !cursor.0.is_empty() || year == 0 {
        return Err(WarekiError::Shape);
    }
    let date = JapanDate::from_ymd(year, month, day).map_err(|_| WarekiError::NoSuchDay)?;
    match era {
        Some(era) if !era.contains(date) => Err(WarekiError::OutsideEra),
        _ => Ok(date),
    }
}

/// A hand-written scanner over the normalised text: the grammar is five tokens long.
struct Cursor<'a>(&'a str);

impl<'a> Cursor<'a> {
    /// Consumes an era name or initial, if the text starts with one.
    fn era(&mut self) -> Option<Era> {
        for era in Era::ALL {
            if self.eat(era.name()) {
                return Some(era);
            }
            let initial = self.0.chars().next()?;
            if initial.to_ascii_uppercase() == era.initial() {
                self.0 = &self.0[initial.len_utf8()..];
                return Some(era);
            }
        }
        None
    }

    /// Consumes `token` if the text starts with it.
    fn eat(&mut self, token: &str) -> bool {
        match self.0.strip_prefix(token) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, token: &str) -> Result<(), WarekiError> {
        if self.eat(token) {
            Ok(())
        } else {
            Err(WarekiError::Shape)
        }
    }

    /// Consumes one of the separators of short dates.
    fn separator(&mut self) -> Result<&'a str, WarekiError> {
        let separator = ["/", ".", "-"]
            .into_iter()
            .find(|s| self.0.starts_with(s))
            .ok_or(WarekiError::Shape)?;
        self.0 = &self.0[1..];
        Ok(separator)
    }

    /// Consumes `min..=max` ASCII digits.
    fn number(&mut self, min: usize, max: usize) -> Result<u32, WarekiError> {
        let len = self.0.bytes().take_while(u8::is_ascii_digit).count();
        if !(min..=max).contains(&len) {
            return Err(WarekiError::Shape);
        }
        let (digits, rest) = self.0.split_at(len);
        self.0 = rest;
        digits.parse().map_err(|_| WarekiError::Shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date as d;

    #[test]
    fn parses_the_forms_found_on_documents() {
        for (text, iso) in [
            ("令和7年12月1日", "2025-12-01"),
            ("令和７年１２月１日", "2025-12-01"),
            ("令和 7年 12月 1日", "2025-12-01"),
            ("R7.12.1", "2025-12-01"),
            ("r07.12.01", "2025-12-01"),
            ("Ｒ７．１２．１", "2025-12-01"),
            ("H31/4/30", "2019-04-30"),
            ("令和元年5月1日", "2019-05-01"),
            ("令和1年5月1日", "2019-05-01"),
            ("㍻元年1月8日", "1989-01-08"),
            ("昭和64年1月7日", "1989-01-07"),
            ("大正元年7月30日", "1912-07-30"),
            ("明治45年7月29日", "1912-07-29"),
            ("明治元年1月1日", "1868-01-01"),
            ("2025年1月1日時点", "2025-01-01"),
            ("２０２５年１月１日 時点", "2025-01-01"),
            ("2025/1/1", "2025-01-01"),
            ("2025-01-01", "2025-01-01"),
        ] {
            assert_eq!(parse(text), Ok(d(iso)), "{text}");
        }
    }

    #[test]
    fn refuses_days_outside_their_era() {
        for text in [
            "平成31年5月1日",
            "令和元年4月30日",
            "昭和64年1月8日",
            "平成元年1月7日",
            "大正元年7月29日",
            "明治45年7月30日",
        ] {
            assert_eq!(parse(text), Err(WarekiError::OutsideEra), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for (text, error) in [
            ("", WarekiError::Shape),
            ("—", WarekiError::Shape),
            ("令和", WarekiError::Shape),
            ("令和7年12月", WarekiError::Shape),
            ("令和7年12月1日まで", WarekiError::Shape),
            ("R7.12/1", WarekiError::Shape),
            ("令和12345年1月1日", WarekiError::Shape),
            ("令和0年5月1日", WarekiError::OutsideEra),
            ("X7.12.1", WarekiError::Shape),
            ("25/1/1", WarekiError::Shape),
            ("令和7年2月29日", WarekiError::NoSuchDay),
            ("令和7年13月1日", WarekiError::NoSuchDay),
            ("1867年12月31日", WarekiError::NoSuchDay),
            ("0000/1/1", WarekiError::Shape),
        ] {
            assert_eq!(parse(text), Err(error), "{text}");
        }
    }

    #[test]
    fn formats_in_the_era_with_gannen() {
        assert_eq!(Wareki(d("2025-12-01")).to_string(), "令和7年12月1日");
        assert_eq!(Wareki(d("2019-05-01")).to_string(), "令和元年5月1日");
        assert_eq!(Wareki(d("2019-04-30")).to_string(), "平成31年4月30日");
        assert_eq!(Wareki(d("1989-01-07")).to_string(), "昭和64年1月7日");
        assert_eq!(Wareki(d("1868-01-01")).to_string(), "明治元年1月1日");
        assert_eq!(WarekiShort(d("2025-12-01")).to_string(), "R7.12.1");
        assert_eq!(WarekiShort(d("1926-12-25")).to_string(), "S1.12.25");
    }

    #[test]
    fn far_future_dates_read_back() {
        // Found by fuzzing: 西暦 8025 formats as 令和6007年, which must parse again.
        let far = parse("８０２５年１月０１日時点").unwrap();
        assert_eq!(Wareki(far).to_string(), "令和6007年1月1日");
        assert_eq!(parse(&Wareki(far).to_string()), Ok(far));
        assert_eq!(
            parse(&Wareki(d("9999-12-31")).to_string()),
            Ok(d("9999-12-31"))
        );
    }

    #[test]
    fn formatting_round_trips_at_every_boundary() {
        for era in Era::ALL {
            let (y, m, day) = era.start_ymd();
            let start = JapanDate::from_ymd(y, m, day).unwrap();
            for date in [start, start.add_days(-1), start.add_days(400)] {
                if date.year() < JapanDate::MIN_YEAR {
                    continue;
                }
                assert_eq!(parse(&Wareki(date).to_string()), Ok(date), "{date}");
                assert_eq!(parse(&WarekiShort(date).to_string()), Ok(date), "{date}");
            }
        }
    }
}
