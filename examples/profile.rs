//! Run one layer of the parse over files or folders, for perf, callgrind or flamegraph.
//!
//! ```text
//! cargo run --release --example profile -- [--layer blocks|quotes|attribution|speakers] [--concat] [--repeat N] PATH...
//! ```
//! Without `--concat` each file is parsed on its own (the usual use); with it, all files are
//! parsed as one text (a stress test of linearity). Prints bytes, seconds and MB/s.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(p)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        v.sort();
        for e in v {
            if e.is_dir() || e.extension().is_some_and(|x| x == "txt") {
                collect(&e, out);
            }
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn main() -> ExitCode {
    let mut layer = "speakers".to_owned();
    let mut concat = false;
    let mut repeat = 1usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--layer" => layer = args.next().unwrap_or_default(),
            "--concat" => concat = true,
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1),
            p => collect(Path::new(p), &mut paths),
        }
    }
    let mut options = newstext::ParseOptions::default();
    match layer.as_str() {
        "blocks" => {
            options.quotes = false;
            options.attribution = false;
            options.speakers = false;
        }
        "quotes" => {
            options.attribution = false;
            options.speakers = false;
        }
        "attribution" => options.speakers = false,
        "speakers" => {}
        other => {
            eprintln!("error: unknown layer {other}");
            return ExitCode::FAILURE;
        }
    }
    let mut texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if concat && texts.len() > 1 {
        texts = vec![texts.join("\n\n")];
    }
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * repeat;
    let start = Instant::now();
    let mut quotes = 0;
    for _ in 0..repeat {
        for t in &texts {
            quotes += newstext::parse_with_options(t, &options).quotes.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "layer {layer}: {} texts, {bytes} bytes, {quotes} quotes, {secs:.3} s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6 / secs
    );
    ExitCode::SUCCESS
}
