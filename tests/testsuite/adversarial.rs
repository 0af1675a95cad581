//! Pathological inputs: they must finish and pass the validator. Scaling is measured in
//! the benches; here, finishing and correctness.

use newstext::DiagnosticKind;

use crate::support::{parse_valid, validate};

const MB: usize = 1 << 20;

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

#[test]
fn a_megabyte_of_each_mark() {
    for unit in [
        "“",
        "”",
        "\"",
        "'",
        "‘“",
        "‘“‘“",
        "«",
        "»",
        "``",
        "''",
        "’",
        "„",
    ] {
        let text = repeat_to(unit, MB);
        parse_valid(&text);
    }
}

#[test]
fn marks_with_paragraph_breaks() {
    parse_valid(&repeat_to("“a\n\n", MB));
    parse_valid(&repeat_to("“a ‘b\n\n", MB));
    parse_valid(&repeat_to("\"x\" said \"", MB));
}

#[test]
fn one_long_line_without_spaces() {
    parse_valid(&"x".repeat(10 * MB));
}

#[test]
fn blank_lines_and_tiny_paragraphs() {
    parse_valid(&"\n".repeat(100_000));
    parse_valid(&"\r\n \t\n".repeat(100_000));
    let a = parse_valid(&"word\n\n".repeat(100_000));
    assert_eq!(
        a.paragraphs.len() + usize::from(a.headline.is_some()),
        100_000
    );
}

#[test]
fn unclosed_quote_in_every_paragraph() {
    let a = parse_valid(&repeat_to("He said “this never ends and goes on.\n\n", MB));
    assert!(
        a.diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::UnclosedQuote)
            .count()
            > 1000
    );
}

#[test]
fn cue_words_repeated() {
    // A cue word a million times.
    parse_valid(&"said ".repeat(1_000_000));
    parse_valid(&repeat_to("“a,” said ", MB));
    parse_valid(&repeat_to("according to ", MB));
}

/// The text under each diagnostic of `kind` in the parse of `text`.
fn reported(text: &str, kind: DiagnosticKind) -> Vec<&str> {
    parse_valid(text)
        .diagnostics
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| text.get(d.span.start()..d.span.end()).unwrap_or(""))
        .collect()
}

#[test]
fn mojibake_is_reported_once_at_its_first_sign() {
    // UTF-8 read as Windows-1252 and written again: `François` as `FranÃ§ois`, `“` as `â€œ`.
    let text = "Headline\n\nFran\u{c3}\u{a7}ois Delattre said the talks were \
                \u{e2}\u{20ac}\u{153}hard.\u{e2}\u{20ac}\u{9d}";
    assert_eq!(reported(text, DiagnosticKind::Mojibake), ["\u{c3}\u{a7}"]);
    // Accents, curly marks and no-break spaces as written are no mojibake.
    let text = "Headline\n\nJos\u{e9}\u{2019}s caf\u{e9} in S\u{e3}o Paulo, said PEL\u{c9}.\u{a0}\
                \u{201c}D\u{e9}j\u{e0} vu \u{d7}2,\u{201d} he said.";
    assert_eq!(reported(text, DiagnosticKind::Mojibake), Vec::<&str>::new());
}

#[test]
fn html_left_in_the_text_is_reported_once_at_its_first_reference_or_tag() {
    let text = "Headline\n\nAn internet caf&#233; opened.<br>\"Come in,\" said Jos&#233;.";
    assert_eq!(reported(text, DiagnosticKind::HtmlMarkup), ["&#233;"]);
    // An ampersand or a comparison is no markup.
    let text = "Headline\n\nAT&T and R&D grew, if x<a then 3 < 4, \"Q&A,\" he said.";
    assert_eq!(
        reported(text, DiagnosticKind::HtmlMarkup),
        Vec::<&str>::new()
    );
}

#[test]
fn control_characters_scripts_and_line_ends() {
    let a = parse_valid("Head\0line\n\nBody \u{1} with \u{7f} control \u{1b}[0m chars.");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::ControlCharacters)
    );
    parse_valid("عنوان الخبر\n\n«قال المتحدث» إن الاجتماع كان مثمراً.\n\n“שלום,” אמר.");
    parse_valid("标题\n\n“我们会赢，”他说。\n\n「引用」と彼は言った。");
    parse_valid(&repeat_to(
        "Line one.\rLine two.\r\n\r\n“Quote,” he said.\r",
        MB / 4,
    ));
    parse_valid("\u{202e}reversed\u{202c} “text”\u{200f} said \u{feff}him.");
}

#[test]
fn truncation_at_the_limit_is_reported() {
    let mut options = newstext::ParseOptions::default();
    options.max_input_len = 100;
    let text = repeat_to("“Quoted words,” she said. ", 1000);
    let a = newstext::parse_with_options(&text, &options);
    crate::support::validate_with(&text, &a, &options);
    assert!(a.blocks.iter().all(|b| b.span.end() <= 100));
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::InputTruncated)
    );
    assert_eq!(
        newstext::parse_bytes_with_options(text.as_bytes(), &options),
        Err(newstext::Error::TooLong {
            len: text.len(),
            limit: 100
        })
    );
}

#[test]
fn multibyte_at_every_boundary() {
    let base = "Titlé\n\n“Ünïcödé quötes,” sáid Zoë. «Ça va», dit-il — ‘ok’ …";
    for cut in 0..=base.len() {
        if let Some(prefix) = base.get(..cut) {
            let a = newstext::parse(prefix);
            validate(prefix, &a);
        }
    }
}

#[test]
fn diagnostics_are_bounded() {
    // Every mark past the nesting limit is a diagnostic; the article keeps a bounded number.
    let a = parse_valid(&repeat_to("“", MB));
    assert!(a.diagnostics.len() <= newstext::MAX_DIAGNOSTICS + 1);
    let last = a.diagnostics.last().expect("diagnostics");
    assert_eq!(last.kind, DiagnosticKind::TooManyDiagnostics);
    assert!(last.message.contains("more diagnostics were dropped"));
}

#[test]
fn marks_around_nothing_make_no_quote() {
    let a = parse_valid("Title\n\n\"\" “ ” “—” ''\n\n“Real,” she said.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "Real,");
}
