//! The seed article: structure and quotes against its hand gold, and snapshots.

use newstext::{BlockKind, Placement, QuoteKind};

use crate::support::parse_valid;

pub(crate) const SEED: &str = include_str!("../corpus/000_bcfe69480091a6a6.txt");
const GOLD_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/gold/000_bcfe69480091a6a6.json"
);

#[test]
fn seed_structure_matches_gold() {
    let a = parse_valid(SEED);
    assert_eq!(
        a.dateline.as_ref().map(|d| d.text.as_str()),
        Some("Monday, November 29")
    );
    assert_eq!(
        a.headline.as_ref().map(|h| h.text.as_str()),
        Some("The US and Mexico will negotiate a new bilateral security agreement")
    );
    let source = a.source.as_ref().expect("source tag");
    assert_eq!(source.agency.as_deref(), Some("CNN"));
    assert_eq!(source.text, "(CNN) —");
    let subheads: Vec<&str> = a.subheads.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(subheads, ["Balanced and sustainable", "Very positive"]);
    // The ‘…’ marks lie inside the subhead's span but not in its text.
    for s in &a.subheads {
        assert!(
            s.span
                .slice(SEED)
                .is_some_and(|t| t.starts_with('‘') && t.ends_with('’'))
        );
        assert!(s.span.contains(s.content_span) && s.span != s.content_span);
    }
    assert_eq!(a.subheads[0].before_paragraph, 5);
    assert_eq!(a.paragraphs.len(), 20);
    assert!(
        a.paragraphs[0]
            .text
            .starts_with("The American Secretaries of State")
    );
    let names: Vec<&str> = a
        .contributors
        .iter()
        .flat_map(|c| c.names.iter().map(String::as_str))
        .collect();
    assert_eq!(names, ["Ellie Kaufman"]);
    let boilerplate: Vec<&str> = a.boilerplate.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        boilerplate,
        [
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *"
        ]
    );
    assert_eq!(a.blocks.first().map(|b| b.kind), Some(BlockKind::Dateline));
    assert_eq!(
        a.blocks.last().map(|b| b.kind),
        Some(BlockKind::Boilerplate)
    );
}

/// The gold file, when ../shared is present, agrees with what the test above asserts.
#[test]
fn seed_structure_matches_gold_file() {
    let Ok(gold) = std::fs::read_to_string(GOLD_PATH) else {
        eprintln!("skipped: {GOLD_PATH} not found (../shared absent)");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON");
    let a = parse_valid(SEED);
    assert_eq!(
        gold["dateline"].as_str(),
        a.dateline.as_ref().map(|d| d.text.as_str())
    );
    assert_eq!(
        gold["headline"].as_str(),
        a.headline.as_ref().map(|d| d.text.as_str())
    );
    assert_eq!(
        gold["source"].as_str(),
        a.source.as_ref().and_then(|s| s.agency.as_deref())
    );
    assert_eq!(
        gold["body_paragraphs"].as_u64(),
        Some(a.paragraphs.len() as u64)
    );
    let subheads: Vec<&str> = a.subheads.iter().map(|s| s.text.as_str()).collect();
    let gold_subheads: Vec<&str> = gold["subheads"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(subheads, gold_subheads);
    let boilerplate: Vec<&str> = a.boilerplate.iter().map(|b| b.text.as_str()).collect();
    let gold_bp: Vec<&str> = gold["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(boilerplate, gold_bp);

    // Every non-hard gold quote is found, with the gold mention and cue.
    let quotes: Vec<_> = a.speech().collect();
    for g in gold["quotes"].as_array().unwrap() {
        if g["hard"].as_bool() == Some(true) {
            continue;
        }
        let text = g["text"].as_str().unwrap();
        let q = quotes
            .iter()
            .find(|q| {
                q.text
                    .trim_matches([' ', '“', '”'])
                    .contains(text.trim_end_matches([',', '.']))
            })
            .unwrap_or_else(|| panic!("gold quote not found: {text}"));
        let kind = if g["kind"] == "partial" {
            QuoteKind::Partial
        } else {
            QuoteKind::Full
        };
        assert_eq!(q.kind, kind, "kind of {text}");
        let att = q
            .attribution
            .as_ref()
            .unwrap_or_else(|| panic!("no attribution: {text}"));
        if let Some(mention) = g["mention"].as_str() {
            assert_eq!(att.mention.text, mention, "mention of {text}");
            assert_eq!(
                att.cue.as_ref().map(|c| c.text.split(' ').next().unwrap()),
                g["cue"].as_str(),
                "cue of {text}"
            );
        } else {
            assert_eq!(att.placement, Placement::Inherited, "{text}");
        }
        let speaker = a.speaker_of(att).map(|s| s.name.as_str());
        assert_eq!(
            speaker,
            g["speaker"].as_str(),
            "canonical speaker of {text}"
        );
    }
    // Quoted names are not speech.
    for n in gold["not_speech"].as_array().unwrap() {
        let text = n["text"].as_str().unwrap();
        let q = a
            .quotes
            .iter()
            .find(|q| q.text.contains(text.trim_end_matches('.')))
            .expect("not-speech quote found");
        assert!(!q.kind.is_speech(), "{text} should not be speech");
    }
}

#[test]
fn seed_quotes_and_speakers() {
    let a = parse_valid(SEED);
    // No quote comes from the subheads.
    for q in &a.quotes {
        for s in &a.subheads {
            assert!(!s.span.contains(q.span), "quote from subhead {}", s.text);
        }
    }
    let title = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Mexico-United States Bicentennial"))
        .expect("title");
    assert_eq!(title.kind, QuoteKind::Title);
    // The wrong-direction closer `in progress. “` is repaired and reported.
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == newstext::DiagnosticKind::WrongDirectionClose)
    );
    let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    for want in [
        "Ned Price",
        "Antony Blinken",
        "a senior US administration official",
        "A second senior administration official",
        "a third administration official",
    ] {
        assert!(
            names.contains(&want),
            "speaker {want} missing from {names:?}"
        );
    }
    let price = a.speakers.iter().find(|s| s.name == "Ned Price").unwrap();
    assert_eq!(price.role.as_deref(), Some("State Department spokesman"));
}

#[test]
fn seed_snapshot() {
    let a = parse_valid(SEED);
    insta::assert_yaml_snapshot!("seed_article", a);
}

#[test]
fn seed_blocks_rendered() {
    let a = parse_valid(SEED);
    insta::assert_snapshot!("seed_blocks", crate::render::blocks(SEED, &a));
}

#[test]
fn seed_quotes_rendered() {
    let a = parse_valid(SEED);
    insta::assert_snapshot!("seed_quotes", crate::render::quotes(SEED, &a));
}
