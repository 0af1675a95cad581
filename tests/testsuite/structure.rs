//! Article structure on short fixtures written for these tests.

use newstext::{BlockKind, BoilerplateKind, ParseOptions};

use crate::support::{parse_valid, parse_valid_with};

#[test]
fn datelines() {
    for (text, want) in [
        ("Monday, November 29\n\nHeadline here\n\nBody.", true),
        ("Nov. 3, 2016\n\nHeadline here\n\nBody.", true),
        ("29 November 2021\n\nHeadline\n\nBody.", true),
        ("2016-11-03\n\nHeadline\n\nBody.", true),
        ("Tuesday, March 1, 2016\n\nHeadline\n\nBody.", true),
        ("May the best team win\n\nBody text here.", false),
    ] {
        let a = parse_valid(text);
        assert_eq!(a.dateline.is_some(), want, "{text:?}");
        if want {
            assert!(a.headline.is_some(), "{text:?}");
        }
    }
}

#[test]
fn source_tags() {
    for (text, agency, place) in [
        ("Title\n\n(CNN) — The vote was close.", Some("CNN"), None),
        (
            "Title\n\nWASHINGTON (Reuters) - The vote was close.",
            Some("Reuters"),
            Some("WASHINGTON"),
        ),
        (
            "Title\n\nDALLAS (AP) — The vote was close.",
            Some("AP"),
            Some("DALLAS"),
        ),
        (
            "Title\n\nATLANTA -- The vote was close.",
            None,
            Some("ATLANTA"),
        ),
        (
            "Title\n\nNEW YORK, N.Y. – The vote was close.",
            None,
            Some("NEW YORK, N.Y."),
        ),
        // A wire service's date between place and agency.
        (
            "Title\n\nWASHINGTON, Dec. 8 (UPI) — The vote was close.",
            Some("UPI"),
            Some("WASHINGTON"),
        ),
        (
            "Title\n\nDec 29 (Reuters) - The vote was close.",
            Some("Reuters"),
            None,
        ),
        (
            "Title\n\nBOSTON, Dec. 8 — The vote was close.",
            None,
            Some("BOSTON"),
        ),
        // A state, country or region in title case after the place.
        (
            "Title\n\nTALLAHASSEE, Fla. (AP) — The vote was close.",
            Some("AP"),
            Some("TALLAHASSEE, Fla."),
        ),
        (
            "Title\n\nJEDDAH, Saudi Arabia -- The vote was close.",
            None,
            Some("JEDDAH, Saudi Arabia"),
        ),
        (
            "Title\n\nCLEAR LAKE, Iowa, Dec 23 (Reuters) - The vote was close.",
            Some("Reuters"),
            Some("CLEAR LAKE, Iowa"),
        ),
        (
            "Title\n\nTAMPA, Fla.- The vote was close.",
            None,
            Some("TAMPA, Fla."),
        ),
    ] {
        let a = parse_valid(text);
        let s = a
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("no source in {text:?}"));
        assert_eq!(s.agency.as_deref(), agency, "{text:?}");
        assert_eq!(s.place.as_deref(), place, "{text:?}");
        assert_eq!(a.paragraphs[0].text, "The vote was close.");
    }
    // A capitalized word and a dash later in the text is not a source tag.
    let a = parse_valid("Title\n\nThe mayor — who spoke late — left.");
    assert!(a.source.is_none());
    // A date with neither place nor agency is no tag.
    let a = parse_valid("Title\n\nDec. 8 — The vote was close.");
    assert!(a.source.is_none());
    let a = parse_valid("Title\n\nFirst paragraph.\n\nBOSTON (AP) — Not the first paragraph.");
    assert!(
        a.source.is_none(),
        "only the first paragraph carries a source tag"
    );
}

#[test]
fn bylines() {
    let a = parse_valid(
        "A headline\n\nBy Jane Doe and John Roe, CNN\n\nThe body starts here and goes on.",
    );
    let b = a.byline.as_ref().expect("byline");
    assert_eq!(b.names, ["Jane Doe", "John Roe"]);
    assert_eq!(b.outlet.as_deref(), Some("CNN"));
    let a = parse_valid("A headline\n\nBy Maria Lopez\n\nBody.");
    assert_eq!(
        a.byline.as_ref().map(|b| b.names.clone()),
        Some(vec!["Maria Lopez".to_owned()])
    );
    let a = parse_valid("A headline\n\nBy the way, this is a paragraph that starts like a byline.");
    assert!(a.byline.is_none());
}

#[test]
fn a_first_line_longer_than_a_headline_is_the_first_paragraph() {
    // Texts often come without their headline: a first line of 250 bytes is the body's.
    let first = "“Do you know what the river and the hills have in common?” That is how the \
                 artist Marta Kowalczyk opens her new show in the old mill, a long evening of \
                 pictures about the valley where she grew up and the people who left it.";
    assert!(first.len() > 200);
    let text = format!("{first}\n\n“I wanted to go back,” she says.");
    let a = parse_valid(&text);
    assert!(a.headline.is_none(), "{:?}", a.headline);
    assert_eq!(a.paragraphs.len(), 2);
    // Its names are the article's: `she` is the artist named there.
    let said = a.quotes.iter().find(|q| q.text.starts_with("I wanted"));
    let speaker = said
        .and_then(|q| q.attribution.as_ref())
        .and_then(|x| a.speaker_of(x));
    assert_eq!(speaker.map(|s| s.name.as_str()), Some("Marta Kowalczyk"));
    // Nor is a short first line that opens with a source tag.
    let a = parse_valid("LONDON (AP) — A man was charged on Friday.\n\nHe denies it.");
    assert!(a.headline.is_none(), "{:?}", a.headline);
    assert_eq!(
        a.source.as_ref().map(|s| s.text.as_str()),
        Some("LONDON (AP) —")
    );
    // (With a region after the place too: `JEDDAH, Saudi Arabia -- If there was …`.)
    let a = parse_valid(
        "JEDDAH, Saudi Arabia -- If there was any doubt before, there is none now.\n\nHe won.",
    );
    assert!(a.headline.is_none(), "{:?}", a.headline);
    assert_eq!(
        a.source.as_ref().map(|s| s.text.as_str()),
        Some("JEDDAH, Saudi Arabia --")
    );
    // A headline of ordinary length stays one.
    let a = parse_valid("Painter opens a show about the valley where she grew up\n\nBody text.");
    assert!(a.headline.is_some());
}

#[test]
fn subheads_between_paragraphs() {
    let long =
        "This paragraph is long enough to be body text, with more than eighty characters in it.";
    let text =
        format!("Headline\n\n{long}\n\n‘A quoted subhead’\n\n{long}\n\nPlain Subhead\n\n{long}");
    let a = parse_valid(&text);
    let subs: Vec<&str> = a.subheads.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(subs, ["A quoted subhead", "Plain Subhead"]);
    assert_eq!(a.subheads[0].before_paragraph, 1);
    assert_eq!(a.subheads[1].before_paragraph, 2);
    assert!(a.quotes.is_empty(), "subheads are never quotes");
    // A short sentence with a full stop is a paragraph, not a subhead.
    let text = format!("Headline\n\n{long}\n\nHe left.\n\n{long}");
    assert!(parse_valid(&text).subheads.is_empty());
}

#[test]
fn contributors_notes_and_boilerplate() {
    let text = "Headline\n\nBody text of the article.\n\nCNN’s Ellie Kaufman and Sam Lee contributed to this report.\n\n\
                Editor’s note: This story has been corrected.\n\nShare this article\n\nLeave a Reply\n\n\
                Your email address will not be published. Required fields are marked *\n\nAdvertisement";
    let a = parse_valid(text);
    assert_eq!(a.contributors.len(), 1);
    assert_eq!(a.contributors[0].names, ["Ellie Kaufman", "Sam Lee"]);
    assert_eq!(a.notes.len(), 1);
    let kinds: Vec<BoilerplateKind> = a.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BoilerplateKind::Share,
            BoilerplateKind::Comments,
            BoilerplateKind::Comments,
            BoilerplateKind::Advertisement
        ]
    );
    assert_eq!(a.paragraphs.len(), 1);
    let a = parse_valid("Headline\n\nBody.\n\nAdditional reporting by Ana Ruiz in Madrid.");
    assert_eq!(a.contributors.len(), 1);
}

#[test]
fn affiliate_disclosures_and_newsletter_prompts_are_boilerplate() {
    // Longer than the lines of web furniture: two sentences.
    let text = "Headline\n\nBody text of the article.\n\nAll products featured here are \
                independently selected by our editors. If you buy something through links on our \
                site, we may earn an affiliate commission.\n\nNever miss a story — sign up for \
                the Daily's free newsletter to stay up to date.\n\nJudges are in discussions to \
                sign up for the new series of the show.";
    let a = parse_valid(text);
    let kinds: Vec<BoilerplateKind> = a.boilerplate.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [BoilerplateKind::Advertisement, BoilerplateKind::Share]
    );
    // (A paragraph that only signs someone up is the article's.)
    assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
}

#[test]
fn single_newline_text_and_line_ends() {
    let a = parse_valid("Headline\nFirst paragraph here.\nSecond paragraph here.\n");
    assert_eq!(
        a.headline.as_ref().map(|h| h.text.as_str()),
        Some("Headline")
    );
    assert_eq!(a.paragraphs.len(), 2);
    let a = parse_valid("Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond.\r\n");
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(a.paragraphs[1].text, "Second.");
    let a = parse_valid("Headline\r\rFirst.\r\rSecond.");
    assert_eq!(a.paragraphs.len(), 2);
    let a = parse_valid("\u{feff}Headline\n\n\u{a0}Body\tafter a tab.\u{a0} \n");
    assert_eq!(
        a.headline.as_ref().map(|h| h.text.as_str()),
        Some("Headline")
    );
    assert_eq!(a.paragraphs[0].text, "Body\tafter a tab.");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == newstext::DiagnosticKind::ByteOrderMark)
    );
}

#[test]
fn hard_wrapped_prose_stays_one_paragraph() {
    let text = "Headline\n\nThis paragraph was wrapped by an old mail client at a fixed\n\
                width of about sixty characters, so its lines run on into the\nnext one.\n\nNext.";
    let a = parse_valid(text);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[0].text.contains("fixed\nwidth"));
}

#[test]
fn sentences_behind_an_option() {
    let text = "Headline\n\nMr. Smith went to Washington on Jan. 5. He met the U.S. envoy there. It rained!";
    let a = parse_valid(text);
    assert!(a.paragraphs[0].sentences.is_empty());
    let a = parse_valid_with(text, &ParseOptions::full());
    let sentences: Vec<&str> = a.paragraphs[0]
        .sentences
        .iter()
        .map(|s| s.slice(text).unwrap())
        .collect();
    assert_eq!(
        sentences,
        [
            "Mr. Smith went to Washington on Jan. 5.",
            "He met the U.S. envoy there.",
            "It rained!"
        ]
    );
}

#[test]
fn empty_and_blank_inputs() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "\t \u{a0}\r\n"] {
        let a = parse_valid(text);
        assert!(a.blocks.is_empty(), "{text:?}");
        assert!(a.headline.is_none());
    }
}

#[test]
fn every_block_kind_has_a_fixture() {
    let text = "Monday, November 29\n\nHeadline\n\nBy Jane Doe\n\n(CNN) — Body paragraph that is long enough to be body text for the subhead rule to hold.\n\n\
                Subhead Here\n\nAnother paragraph that is long enough to be body text for the subhead rule to hold.\n\n\
                Jane Roe contributed to this report.\n\nEditor’s note: corrected.\n\nLeave a Reply";
    let a = parse_valid(text);
    let mut seen = std::collections::HashSet::new();
    for b in &a.blocks {
        // No wildcard: a new kind will not compile until it has a fixture here.
        let name = match b.kind {
            BlockKind::Dateline => "dateline",
            BlockKind::Headline => "headline",
            BlockKind::Source => "source",
            BlockKind::Byline => "byline",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Subhead => "subhead",
            BlockKind::Contributor => "contributor",
            BlockKind::Note => "note",
            BlockKind::Boilerplate => "boilerplate",
            _ => "unknown",
        };
        seen.insert(name);
    }
    assert_eq!(seen.len(), 9, "{seen:?}");
}
