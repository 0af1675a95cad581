//! Arbitrary bytes through `parse_bytes`, and arbitrary options with valid UTF-8 through
//! `parse_with_options`: never a panic.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    max_input_len: u16,
    max_quote_depth: u8,
    sentences: bool,
    quotes: bool,
    attribution: bool,
    speakers: bool,
    bytes: &'a [u8],
}

fuzz_target!(|input: Input<'_>| {
    let _ = newstext::parse_bytes(input.bytes);
    let mut options = newstext::ParseOptions::default();
    options.max_input_len = usize::from(input.max_input_len);
    options.max_quote_depth = usize::from(input.max_quote_depth);
    options.sentences = input.sentences;
    options.quotes = input.quotes;
    options.attribution = input.attribution;
    options.speakers = input.speakers;
    let _ = newstext::parse_bytes_with_options(input.bytes, &options);
    if let Ok(text) = std::str::from_utf8(input.bytes) {
        let article = newstext::parse_with_options(text, &options);
        let _ = serde_json::to_string(&article);
    }
});
