//! Human-readable renderings for snapshots.

use std::fmt::Write;

use newstext::Article;

/// Each block on its own line, tagged with its kind and span.
pub(crate) fn blocks(src: &str, a: &Article) -> String {
    let mut out = String::new();
    for b in &a.blocks {
        let text = b.span.slice(src).unwrap_or("<bad span>");
        let short: String = text.chars().take(72).collect();
        let more = if text.chars().count() > 72 { "…" } else { "" };
        let _ = writeln!(
            out,
            "[{:<11} {:>9}] {short}{more}",
            format!("{:?}", b.kind).to_lowercase(),
            format!("{:?}", b.span)
        );
    }
    out
}

/// Each quote with its kind, speaker, mention and cue.
pub(crate) fn quotes(src: &str, a: &Article) -> String {
    let mut out = String::new();
    for q in &a.quotes {
        let text = q.span.slice(src).unwrap_or("<bad span>");
        let short: String = text.chars().take(60).collect();
        let _ = writeln!(out, "{:?} {:?} {short}", q.span, q.kind);
        if let Some(att) = &q.attribution {
            let speaker = a.speaker_of(att).map_or("-", |s| s.name.as_str());
            let cue = att.cue.as_ref().map_or("-", |c| c.text.as_str());
            let _ = writeln!(
                out,
                "    speaker={speaker:?} mention={:?} cue={cue:?} placement={:?}",
                att.mention.text, att.placement
            );
        }
    }
    for d in &a.diagnostics {
        let _ = writeln!(
            out,
            "diagnostic {:?} {:?} at {:?}",
            d.severity, d.kind, d.span
        );
    }
    out
}
