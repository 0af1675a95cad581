//! Build inputs of growing size from a small arbitrary pattern (quote marks, paragraph
//! breaks, cue words) and fail when the time per byte grows super-linearly.
#![no_main]

use std::time::Instant;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Piece {
    Mark(u8),
    Word(u8),
    Cue(u8),
    Break,
    Newline,
    Space,
    Dash,
}

const MARKS: &[&str] = &["“", "”", "‘", "’", "\"", "'", "«", "»", "„", "``", "''", "‹", "›"];
const WORDS: &[&str] = &["The", "official", "Price", "it", "O’Neil", "U.S.", "Mr.", "(CNN)", "By", "a"];
const CUES: &[&str] = &["said", "says", "told reporters", "according to", "added", ":", ","];

#[derive(Debug, Arbitrary)]
struct Pattern {
    prefix: Vec<Piece>,
    unit: Vec<Piece>,
}

fn render(pieces: &[Piece], out: &mut String) {
    for p in pieces {
        match p {
            Piece::Mark(i) => out.push_str(MARKS[usize::from(*i) % MARKS.len()]),
            Piece::Word(i) => out.push_str(WORDS[usize::from(*i) % WORDS.len()]),
            Piece::Cue(i) => out.push_str(CUES[usize::from(*i) % CUES.len()]),
            Piece::Break => out.push_str("\n\n"),
            Piece::Newline => out.push('\n'),
            Piece::Space => out.push(' '),
            Piece::Dash => out.push_str(" — "),
        }
    }
}

/// The fastest of five parses, per byte, of `unit` repeated to `bytes` (the minimum shrugs
/// off scheduling noise, which only ever adds time).
fn per_byte(prefix: &str, unit: &str, bytes: usize) -> f64 {
    let mut text = String::with_capacity(bytes + unit.len() + prefix.len());
    text.push_str(prefix);
    while text.len() < bytes {
        text.push_str(unit);
    }
    let mut times = [0f64; 5];
    for t in &mut times {
        let start = Instant::now();
        let article = newstext::parse(&text);
        std::hint::black_box(&article);
        *t = start.elapsed().as_secs_f64() / text.len() as f64;
    }
    times.into_iter().fold(f64::INFINITY, f64::min)
}

fuzz_target!(|pattern: Pattern| {
    let (mut prefix, mut unit) = (String::new(), String::new());
    render(&pattern.prefix, &mut prefix);
    render(&pattern.unit, &mut unit);
    if unit.is_empty() || prefix.len() > 256 {
        return;
    }
    const N: usize = 16 * 1024;
    let small = per_byte(&prefix, &unit, N);
    let large = per_byte(&prefix, &unit, 4 * N);
    // Linear work keeps time per byte flat; allow generous noise (and a floor for tiny times).
    if large > 4.0 * small && large > 2e-8 {
        // Re-measure once to rule out a scheduling hiccup before failing.
        let again = per_byte(&prefix, &unit, 4 * N);
        assert!(
            again <= 4.0 * small || again < 2e-8,
            "super-linear: {small:.2e} s/B at {N} B, {again:.2e} s/B at {} B; unit {unit:?}",
            4 * N
        );
    }
});
