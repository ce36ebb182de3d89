//! Age transitions that change a person's insurance: 高齢受給者 from 70 (R-AGE-70) and
//! 後期高齢者医療 from 75 (R-AGE-75).

use crate::dates::{birthday_at_age, JapanDate};

/// The day 高齢受給者 status starts: the 1st of the month after the 70th birthday, or the birthday
/// itself when it falls on the 1st (R-AGE-70).
pub fn elderly_status_starts(birth: JapanDate) -> JapanDate {
    let seventieth = birthday_at_age(birth, 70);
    if seventieth.day() == 1 {
        seventieth
    } else {
        seventieth.first_of_next_month()
    }
}

/// The 75th birthday: the move to 後期高齢者医療, when the previous insurer's documents become void
/// (R-AGE-75).
pub fn turns_75(birth: JapanDate) -> JapanDate {
    birthday_at_age(birth, 75)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date as d;

    #[test]
    fn elderly_status_starts_next_month_unless_born_on_the_first() {
        assert_eq!(elderly_status_starts(d("1956-06-02")), d("2026-07-01"));
        assert_eq!(elderly_status_starts(d("1956-06-01")), d("2026-06-01"));
        assert_eq!(elderly_status_starts(d("1956-12-31")), d("2027-01-01"));
        assert_eq!(elderly_status_starts(d("1956-02-29")), d("2026-03-01"));
    }

    #[test]
    fn seventy_fifth_birthday() {
        assert_eq!(turns_75(d("1951-12-20")), d("2026-12-20"));
        assert_eq!(turns_75(d("1952-02-29")), d("2027-02-28"));
    }
}
