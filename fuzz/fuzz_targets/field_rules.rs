//! Any text typed into any field: accepted values obey their rule, and a full My Number is
//! refused everywhere (R-NUM-1, R-NUM-2, R-NUM-3).
#![no_main]

use libfuzzer_sys::fuzz_target;
use shikaku_core::import::{Field, Fields};
use shikaku_core::numbers::{
    my_number_check_digit, refuse_my_number, InsurerNumber, InsurerNumberCheck, Last4,
};

fuzz_target!(|text: &str| {
    let holds_my_number = refuse_my_number(text).is_err();
    for field in Field::ALL {
        let mut fields = Fields::default();
        let accepted = fields.set(field, text).is_ok();
        assert!(!(accepted && holds_my_number), "{field:?} kept a My Number");
    }
    if let Ok(number) = InsurerNumber::parse(text) {
        let digits = number.as_str();
        assert!(matches!(digits.len(), 6 | 8) && digits.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(InsurerNumber::parse(digits), Ok(number.clone()));
        assert_eq!(InsurerNumberCheck::of(text).kind, Some(number.kind()));
    }
    if let Ok(last4) = Last4::parse(text) {
        assert_eq!(last4.as_str().len(), 4);
    }
    if text.len() == 11 {
        if let Some(check) = my_number_check_digit(text) {
            assert!(check <= 9);
            let full = format!("{text}{check}");
            assert!(refuse_my_number(&full).is_err());
        }
    }
});
