//! The public API: entry points, errors, spans and line/column lookup.

use newstext::{Error, LineIndex, ParseOptions, Span};

#[test]
fn parse_bytes_reports_invalid_utf8_with_offset() {
    assert_eq!(
        newstext::parse_bytes(b"Title\n\nok \xff more").unwrap_err(),
        Error::InvalidUtf8 { offset: 10 }
    );
    let e = newstext::parse_bytes(b"\xc3").unwrap_err();
    assert_eq!(e.to_string(), "invalid UTF-8 at byte offset 0");
    assert!(newstext::parse_bytes("Title\n\n“ok,” she said.".as_bytes()).is_ok());
}

#[test]
fn parse_bytes_rejects_input_over_the_limit() {
    let mut options = ParseOptions::default();
    options.max_input_len = 4;
    assert_eq!(
        newstext::parse_bytes_with_options(b"12345", &options),
        Err(Error::TooLong { len: 5, limit: 4 })
    );
}

#[test]
fn span_api() {
    let s = Span::new(2, 5);
    assert_eq!(s.len(), 3);
    assert_eq!(s.range(), 2..5);
    assert_eq!(s + 3, Span::new(5, 8));
    assert_eq!(s.join(Span::new(7, 9)), Span::new(2, 9));
    assert_eq!(format!("{s:?}"), "2..5");
    assert_eq!(Span::new(0, 2).slice("é"), Some("é"));
    assert_eq!(Span::new(0, 1).slice("é"), None);
    assert_eq!(Span::new(0, 9).slice("é"), None);
    assert!(s.start_span().is_empty() && s.end_span().start() == 5);
}

#[test]
fn line_index() {
    let text = "ab\r\ncé\rd\n";
    let idx = LineIndex::new(text);
    let lc = idx.line_col(text, 5);
    assert_eq!((lc.line, lc.col_chars, lc.col_bytes), (2, 2, 2));
    let lc = idx.line_col(text, 8);
    assert_eq!((lc.line, lc.col_chars), (3, 1));
    let lc = idx.line_col(text, 1000);
    assert_eq!(lc.line, 4);
}

#[test]
fn quotes_table_json_shape() {
    let a = crate::support::parse_valid("Title\n\n“We will,” Price said.");
    let v = serde_json::to_value(&a).unwrap();
    for key in [
        "dateline",
        "headline",
        "source",
        "byline",
        "paragraphs",
        "subheads",
        "contributors",
        "boilerplate",
        "diagnostics",
        "quotes",
        "speakers",
    ] {
        assert!(v.get(key).is_some(), "JSON lacks {key}");
    }
    let q = &v["quotes"][0];
    assert_eq!(q["text"], "We will,");
    assert_eq!(q["kind"], "full");
    assert_eq!(q["span"]["start"], 7);
    assert_eq!(q["attribution"]["mention"]["text"], "Price");
    assert_eq!(q["attribution"]["cue"]["text"], "said");
}

#[test]
fn options_deserialize_with_defaults() {
    let o: ParseOptions = serde_json::from_str(r#"{"sentences": true}"#).unwrap();
    assert!(o.sentences);
    assert_eq!(o.max_quote_depth, ParseOptions::default().max_quote_depth);
}
