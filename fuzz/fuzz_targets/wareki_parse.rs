//! Any text given to the 和暦 parser: a date that formats back to itself, or a typed error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shikaku_core::wareki::{parse, Wareki, WarekiShort};

fuzz_target!(|text: &str| {
    if let Ok(date) = parse(text) {
        assert_eq!(parse(&Wareki(date).to_string()), Ok(date));
        assert_eq!(parse(&WarekiShort(date).to_string()), Ok(date));
        assert_eq!(parse(&date.to_string()), Ok(date));
    }
});
