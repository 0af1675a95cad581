//! The real corpora under ../shared (skipped with a message when absent): no panics, every
//! invariant, headlines on the first line, and the bytes entry point on the one bad file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::validate;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (../shared absent)", p.display());
        None
    }
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            txt_files(&e, out);
        } else if e.extension().is_some_and(|x| x == "txt") {
            out.push(e);
        }
    }
}

/// Parse every file; returns (files parsed, headline-is-first-line count, diagnostics by kind).
fn run(files: &[PathBuf]) -> (usize, usize, BTreeMap<String, usize>) {
    let mut parsed = 0;
    let mut headline_first = 0;
    let mut kinds = BTreeMap::new();
    for f in files {
        let bytes = std::fs::read(f).expect("read");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let a = newstext::parse(text);
        validate(text, &a);
        parsed += 1;
        let first_line = text
            .trim_start_matches('\u{feff}')
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        if a.headline.as_ref().is_some_and(|h| h.text == first_line) {
            headline_first += 1;
        }
        for d in &a.diagnostics {
            *kinds.entry(format!("{:?}", d.kind)).or_insert(0) += 1;
        }
    }
    (parsed, headline_first, kinds)
}

#[test]
fn bbc_corpus() {
    let Some(root) = shared() else { return };
    let mut files = Vec::new();
    txt_files(&root.join("bbc-news/bbc"), &mut files);
    assert_eq!(files.len(), 2225, "BBC corpus file count");
    let (parsed, first, kinds) = run(&files);
    eprintln!("bbc: {parsed} parsed, headline = first line in {first}, diagnostics {kinds:?}");
    assert_eq!(parsed, 2224, "all but the one non-UTF-8 file parse");
    assert!(
        first as f64 >= 0.995 * parsed as f64,
        "headline first line in only {first} of {parsed}"
    );

    let bad = std::fs::read(root.join("bbc-news/bbc/sport/199.txt")).expect("read");
    match newstext::parse_bytes(&bad) {
        Err(newstext::Error::InvalidUtf8 { offset }) => {
            assert!(std::str::from_utf8(&bad[..offset]).is_ok())
        }
        other => panic!("expected InvalidUtf8, got {other:?}"),
    }
    // Its text, decoded lossily as a caller would, parses and passes the validator.
    let lossy = String::from_utf8_lossy(&bad);
    validate(&lossy, &newstext::parse(&lossy));
}

#[test]
fn polnear_corpus() {
    let Some(root) = shared() else { return };
    let mut files = Vec::new();
    txt_files(&root.join("polnear/data/train/text"), &mut files);
    assert_eq!(files.len(), 840, "PolNeAR train file count");
    txt_files(&root.join("polnear/dev/text"), &mut files);
    let (parsed, first, kinds) = run(&files);
    eprintln!("polnear: {parsed} parsed, headline = first line in {first}, diagnostics {kinds:?}");
    assert_eq!(parsed, files.len());
    assert!(
        first as f64 >= 0.995 * parsed as f64,
        "headline first line in only {first} of {parsed}"
    );
}

#[test]
fn naeb_corpus() {
    let Some(root) = shared() else { return };
    let Ok(json) = std::fs::read_to_string(root.join("naeb/articles.json")) else {
        eprintln!("skipped: naeb/articles.json not found");
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&json).expect("NAEB JSON");
    let mut n = 0;
    for article in v.as_object().expect("object").values() {
        let Some(body) = article.get("articleBody").and_then(|b| b.as_str()) else {
            continue;
        };
        validate(body, &newstext::parse(body));
        n += 1;
    }
    eprintln!("naeb: {n} bodies parsed");
    assert!(n >= 400, "only {n} NAEB bodies");
}
