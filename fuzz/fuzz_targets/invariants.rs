//! Parse valid UTF-8 and run the test suite's validator: spans, nothing lost, ordering,
//! determinism and the serde round trip.
#![no_main]

use libfuzzer_sys::{Corpus, fuzz_target};

#[allow(dead_code, unreachable_pub)]
#[path = "../../tests/testsuite/support.rs"]
mod support;

fuzz_target!(|bytes: &[u8]| -> Corpus {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Corpus::Reject;
    };
    support::parse_valid(text);
    let mut options = newstext::ParseOptions::full();
    options.max_quote_depth = 2;
    support::parse_valid_with(text, &options);
    Corpus::Keep
});
