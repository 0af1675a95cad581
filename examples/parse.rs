//! Print the parsed article as pretty JSON.
//!
//! ```text
//! cargo run --example parse               # the embedded seed article
//! cargo run --example parse -- FILE       # a file
//! cargo run --example parse -- -          # standard input
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{Read, Write};
use std::process::ExitCode;

const SEED: &str = include_str!("../tests/corpus/000_bcfe69480091a6a6.txt");

fn main() -> ExitCode {
    let arg = std::env::args().nth(1);
    let bytes = match arg.as_deref() {
        None => SEED.as_bytes().to_vec(),
        Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("error: reading standard input: {e}");
                return ExitCode::FAILURE;
            }
            buf
        }
        Some(path) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let name = arg.as_deref().unwrap_or("<seed>");
    let article = match newstext::parse_bytes(&bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&article) {
        Ok(json) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout().lock(), "{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {name}: serializing: {e}");
            ExitCode::FAILURE
        }
    }
}
