//! Who said what.
//!
//! ```text
//! cargo run --example quotes                          # readable table for the seed article
//! cargo run --example quotes -- FILE                  # readable table for FILE
//! cargo run --release --example quotes -- --jsonl PATH...   # quotes table, one line per article
//!     PATH: files, or directories walked recursively for *.txt (sorted)
//!     --jobs N      worker threads (default: available parallelism)
//!     --stats       files, bytes, seconds and MB/s on stderr at the end
//! cargo run --release --example quotes -- --stdin     # JSON Lines {"id":…,"text":…} in, quotes table out
//! ```
//! A file that is not UTF-8 (or a `--stdin` line that is no such JSON object) is reported on
//! stderr and skipped; the exit status is non-zero only when nothing could be read.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use newstext::{Article, Quote};
use serde_json::{Value, json};

const SEED: &str = include_str!("../tests/corpus/000_bcfe69480091a6a6.txt");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut jsonl = false;
    let mut stdin = false;
    let mut stats = false;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "--stdin" => stdin = true,
            "--stats" => stats = true,
            "--jobs" => match it.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => {
                    eprintln!("error: --jobs needs a positive number");
                    return ExitCode::FAILURE;
                }
            },
            "-h" | "--help" => {
                let _ = writeln!(
                    std::io::stdout(),
                    "usage: quotes [FILE] | --jsonl [--jobs N] [--stats] PATH... | --stdin"
                );
                return ExitCode::SUCCESS;
            }
            p if p.starts_with("--") => {
                eprintln!("error: unknown option {p}");
                return ExitCode::FAILURE;
            }
            p => paths.push(PathBuf::from(p)),
        }
    }
    if stdin {
        return run_stdin();
    }
    if !jsonl {
        let (name, text) = match paths.first() {
            None => ("seed".to_owned(), SEED.to_owned()),
            Some(p) => match std::fs::read(p).map(String::from_utf8) {
                Ok(Ok(t)) => (p.display().to_string(), t),
                Ok(Err(e)) => {
                    eprintln!(
                        "error: {}: not UTF-8 at byte {}",
                        p.display(),
                        e.utf8_error().valid_up_to()
                    );
                    return ExitCode::FAILURE;
                }
                Err(e) => {
                    eprintln!("error: {}: {e}", p.display());
                    return ExitCode::FAILURE;
                }
            },
        };
        // A closed pipe (`| head`) ends the output quietly.
        let _ = print_table(&name, &newstext::parse(&text));
        return ExitCode::SUCCESS;
    }
    run_jsonl(&paths, jobs, stats)
}

/// The quotes table row of one quote.
fn row(article: &Article, q: &Quote) -> Value {
    let a = q.attribution.as_ref();
    let speaker = a.map(|a| {
        article
            .speaker_of(a)
            .map_or_else(|| a.mention.text.clone(), |s| s.name.clone())
    });
    json!({
        "start": q.span.start(),
        "end": q.span.end(),
        "text": q.text,
        "kind": q.kind,
        "speech": q.kind.is_speech(),
        "speaker": speaker,
        "mention": a.map(|a| json!({"start": a.mention.span.start(), "end": a.mention.span.end(), "text": a.mention.text})),
        "cue": a.and_then(|a| a.cue.as_ref()).map(|c| json!({"start": c.span.start(), "end": c.span.end(), "text": c.text})),
        "placement": a.map(|a| a.placement),
    })
}

fn table_line(file: &str, article: &Article) -> String {
    let quotes: Vec<Value> = article.quotes.iter().map(|q| row(article, q)).collect();
    json!({"file": file, "quotes": quotes}).to_string()
}

fn print_table(name: &str, article: &Article) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{name}: {} quotes, {} speakers\n",
        article.quotes.len(),
        article.speakers.len()
    )?;
    writeln!(out, "who was quoted")?;
    let mut speakers: Vec<_> = article.speakers.iter().collect();
    speakers.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.id.cmp(&b.id)));
    for s in speakers {
        let role = s
            .role
            .as_deref()
            .map(|r| format!(" — {r}"))
            .unwrap_or_default();
        let kind = format!("{:?}", s.kind).to_lowercase();
        writeln!(out, "{:>4}× {}{role} [{kind}]", s.quotes, s.name)?;
    }
    writeln!(out, "\nwho said what")?;
    for q in &article.quotes {
        let a = q.attribution.as_ref();
        let who = a.map_or_else(
            || "—".to_owned(),
            |a| {
                article
                    .speaker_of(a)
                    .map_or_else(|| a.mention.text.clone(), |s| s.name.clone())
            },
        );
        let cue = a
            .and_then(|a| a.cue.as_ref())
            .map_or("", |c| c.text.as_str());
        writeln!(
            out,
            "{:<8} {:<36} {:<14} “{}”",
            format!("{:?}", q.kind).to_lowercase(),
            fit(&who, 36),
            fit(cue, 14),
            fit(&q.text, 71)
        )?;
    }
    Ok(())
}

/// `s` cut to `width` chars, the last one `…` when it was longer, so the columns stay
/// aligned (`A second senior administration official` is wider than its column).
fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(rd) = std::fs::read_dir(path) else {
            eprintln!("error: {}: cannot read directory", path.display());
            return;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "txt") {
                collect(&e, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn run_jsonl(paths: &[PathBuf], jobs: usize, stats: bool) -> ExitCode {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files);
    }
    let started = Instant::now();
    let total = files.len();
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let bytes = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<BTreeMap<usize, Option<String>>>> =
        Arc::new(Mutex::new(BTreeMap::new()));
    let files = Arc::new(files);
    let progress = std::io::stderr().is_terminal();
    let stdout = std::io::stdout();
    let mut emitted = 0;
    let mut ok = 0;
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(total.max(1)) {
            let (next, done, bytes, results, files) = (
                next.clone(),
                done.clone(),
                bytes.clone(),
                results.clone(),
                files.clone(),
            );
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let line = match std::fs::read(path) {
                        Ok(b) => {
                            bytes.fetch_add(b.len(), Ordering::Relaxed);
                            match newstext::parse_bytes(&b) {
                                Ok(article) => {
                                    Some(table_line(&path.display().to_string(), &article))
                                }
                                Err(e) => {
                                    eprintln!("skipped {}: {e}", path.display());
                                    None
                                }
                            }
                        }
                        Err(e) => {
                            eprintln!("skipped {}: {e}", path.display());
                            None
                        }
                    };
                    if let Ok(mut r) = results.lock() {
                        r.insert(i, line);
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        // Emit in input order as results arrive.
        let mut out = stdout.lock();
        while emitted < total {
            let ready: Vec<Option<String>> = {
                let Ok(mut r) = results.lock() else { break };
                let mut v = Vec::new();
                while let Some(line) = r.remove(&emitted) {
                    v.push(line);
                    emitted += 1;
                }
                v
            };
            for line in ready.into_iter().flatten() {
                ok += 1;
                if writeln!(out, "{line}").is_err() {
                    return;
                }
            }
            if progress {
                eprint!("\r{}/{} files", done.load(Ordering::Relaxed), total);
            }
            if emitted < total {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        }
        if progress {
            eprintln!();
        }
    });
    if stats {
        let secs = started.elapsed().as_secs_f64();
        let b = bytes.load(Ordering::Relaxed);
        eprintln!(
            "files {total} ok {ok} bytes {b} seconds {secs:.3} MB/s {:.1}",
            b as f64 / 1e6 / secs.max(1e-9)
        );
    }
    if ok == 0 && total > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_stdin() -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // (As for files: the status says failure only when lines came and none could be read.)
    let (mut ok, mut bad) = (0usize, 0usize);
    for (n, line) in stdin.lock().lines().enumerate() {
        let Ok(line) = line else {
            eprintln!("error: line {}: not UTF-8", n + 1);
            bad += 1;
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("error: line {}: {e}", n + 1);
                bad += 1;
                continue;
            }
        };
        let Some(text) = v.get("text").and_then(Value::as_str) else {
            eprintln!("error: line {}: no \"text\" string", n + 1);
            bad += 1;
            continue;
        };
        let id = v.get("id").map_or_else(
            || (n + 1).to_string(),
            |id| id.as_str().map_or_else(|| id.to_string(), str::to_owned),
        );
        let article = newstext::parse(text);
        ok += 1;
        if writeln!(out, "{}", table_line(&id, &article)).is_err() {
            break;
        }
    }
    if ok == 0 && bad > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
