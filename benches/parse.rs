//! Throughput (MB/s) of each layer of the parse, on the seed, on the real corpus mix from
//! ../shared (or a generated corpus when it is absent), at growing sizes, and on
//! pathological inputs.
//!
//! ```text
//! cargo bench --bench parse                  # everything
//! cargo bench --bench parse -- layers        # one group
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stderr,
    missing_docs
)]

use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use newstext::ParseOptions;

fn main() {
    divan::main();
}

const SEED: &str = include_str!("../tests/corpus/000_bcfe69480091a6a6.txt");

/// All BBC and PolNeAR train articles from ../shared, each followed by a blank line; a
/// generated corpus of our own words when ../shared is absent.
static CORPUS: LazyLock<String> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files = Vec::new();
    for dir in ["bbc-news/bbc", "polnear/data/train/text"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut out = String::new();
    for f in &files {
        if let Ok(text) = std::fs::read_to_string(f) {
            out.push_str(&text);
            out.push_str("\n\n");
        }
    }
    if out.is_empty() {
        eprintln!("note: ../shared/corpus absent; benchmarking a generated corpus instead");
        out = generated(4 << 20);
    }
    out
});

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// News-like text in our own words: headlines, quotes with cues, reported speech.
fn generated(bytes: usize) -> String {
    let paragraphs = [
        "Council approves new budget after long debate",
        "CITYVILLE (Wire) — The city council approved a new budget on Tuesday after a debate that ran past midnight, officials said.",
        "“This budget keeps every library open,” Mayor Dana Whitfield said. “It was not easy.”",
        "Council member Raj Patel, a longtime critic of the mayor, said the plan was “a patchwork that will not last.”",
        "According to the finance office, the budget grows by 3 percent. “We found savings,” a spokesman told reporters.",
        "Whitfield added that she would meet union leaders next week.",
    ];
    let mut out = String::new();
    while out.len() < bytes {
        for p in paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
    }
    out
}

/// `text` repeated (whole articles) to at least `bytes`, cut at an article break.
fn sized(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

/// A named input: its `Display` is the label divan prints.
struct Sample {
    name: &'static str,
    text: fn() -> String,
}

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

fn layer_options(layer: &str) -> ParseOptions {
    let mut o = ParseOptions::default();
    match layer {
        "blocks" => {
            o.quotes = false;
            o.attribution = false;
            o.speakers = false;
        }
        "quotes" => {
            o.attribution = false;
            o.speakers = false;
        }
        "attribution" => o.speakers = false,
        _ => {}
    }
    o
}

/// Each layer on the seed and on the corpus mix: blocks only, + quotes, + attribution,
/// + speakers (the full parse), + serde JSON of the result.
#[divan::bench_group(sample_count = 20)]
mod layers {
    use super::*;

    const LAYERS: &[&str] = &["blocks", "quotes", "attribution", "speakers", "serde"];

    fn run(bencher: Bencher, text: &str, layer: &str) {
        let options = layer_options(layer);
        let serde = layer == "serde";
        bencher.counter(BytesCount::of_str(text)).bench(|| {
            let a = newstext::parse_with_options(black_box(text), &options);
            if serde {
                black_box(serde_json::to_string(&a).unwrap().len());
            }
            a
        });
    }

    #[divan::bench(args = LAYERS)]
    fn seed(bencher: Bencher, layer: &str) {
        run(bencher, SEED, layer);
    }

    #[divan::bench(args = LAYERS, sample_count = 5)]
    fn corpus(bencher: Bencher, layer: &str) {
        run(bencher, &CORPUS, layer);
    }
}

/// The same 64 MB of the corpus mix, parsed as texts of 16 KB, 1 MB, 16 MB and 64 MB (the
/// full parse): the per-byte time must not grow with the size of one text.
#[divan::bench(args = [16 << 10, 1 << 20, 16 << 20, 64 << 20], sample_count = 3, sample_size = 1)]
fn scaling(bencher: Bencher, bytes: usize) {
    static MATERIAL: LazyLock<String> = LazyLock::new(|| sized(&CORPUS, 64 << 20));
    let chunks = chunks(&MATERIAL, bytes);
    bencher
        .counter(BytesCount::of_str(MATERIAL.as_str()))
        .bench(|| {
            for c in &chunks {
                black_box(newstext::parse(black_box(c)));
            }
        });
}

/// `text` cut into pieces of `size` bytes (each end moved to the next char boundary).
fn chunks(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

/// Pathological families at 1 MB and 8 MB.
#[divan::bench_group(sample_count = 3, sample_size = 1)]
mod pathological {
    use super::*;

    const FAMILIES: &[Sample] = &[
        Sample {
            name: "open_double",
            text: || "“".into(),
        },
        Sample {
            name: "straight_double",
            text: || "\"".into(),
        },
        Sample {
            name: "alternating",
            text: || "‘“".into(),
        },
        Sample {
            name: "apostrophes",
            text: || "it’s ".into(),
        },
        Sample {
            name: "unclosed_paragraphs",
            text: || "He said “this never ends.\n\n".into(),
        },
        Sample {
            name: "split_quotes",
            // (Two letters: one alone in marks is a label, not speech, and would leave the
            // attribution unread.)
            text: || "“ok,” said Price. ".into(),
        },
        Sample {
            name: "cue_words",
            text: || "said ".into(),
        },
        Sample {
            name: "one_word_paragraphs",
            text: || "word\n\n".into(),
        },
        Sample {
            name: "blank_lines",
            text: || "\n".into(),
        },
        Sample {
            name: "no_spaces",
            text: || "x".into(),
        },
    ];

    fn run(bencher: Bencher, s: &Sample, bytes: usize) {
        let text = sized(&(s.text)(), bytes);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| newstext::parse(black_box(&text)));
    }

    #[divan::bench(args = FAMILIES)]
    fn at_1mb(bencher: Bencher, s: &Sample) {
        run(bencher, s, 1 << 20);
    }

    #[divan::bench(args = FAMILIES)]
    fn at_8mb(bencher: Bencher, s: &Sample) {
        run(bencher, s, 8 << 20);
    }
}
