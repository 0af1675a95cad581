//! The parser. Everything here is `pub(crate)`: nom and the grammar never reach the public API.
//!
//! Passes, each linear in the input:
//! 1. [`segment`]: lines into blocks, blocks into dateline, headline, source, byline,
//!    paragraphs, subheads, contributors, notes and boilerplate.
//! 2. [`quote`]: quote marks in each paragraph into quotations (multi-paragraph ones joined).
//! 3. [`attribution`]: a speaker mention and cue for each quotation, from a bounded window.
//! 4. [`speakers`]: mentions resolved into one speaker table.

pub(crate) mod attribution;
pub(crate) mod chars;
pub(crate) mod lexicon;
pub(crate) mod quote;
pub(crate) mod segment;
pub(crate) mod speakers;
pub(crate) mod words;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::model::Article;
use crate::options::ParseOptions;
use crate::span::Span;

/// Where diagnostics go. `Vec<Diagnostic>` keeps them; `()` drops them for free.
pub(crate) trait DiagnosticSink {
    fn report(&mut self, diagnostic: Diagnostic);
}

impl DiagnosticSink for Vec<Diagnostic> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.push(diagnostic);
    }
}

/// Keeps the first [`crate::MAX_DIAGNOSTICS`] diagnostics and counts the rest, so that
/// adversarial input (a megabyte of quote marks) cannot make diagnostics outweigh the text.
#[derive(Debug, Default)]
pub(crate) struct Bounded {
    kept: Vec<Diagnostic>,
    dropped: usize,
    first_dropped: Option<Span>,
}

impl DiagnosticSink for Bounded {
    fn report(&mut self, diagnostic: Diagnostic) {
        if self.kept.len() < crate::MAX_DIAGNOSTICS {
            self.kept.push(diagnostic);
        } else {
            self.dropped += 1;
            self.first_dropped.get_or_insert(diagnostic.span);
        }
    }
}

impl Bounded {
    fn finish(mut self) -> Vec<Diagnostic> {
        self.kept.sort_by_key(|d| (d.span.start(), d.span.end()));
        if let Some(span) = self.first_dropped {
            let mut d = Diagnostic::new(DiagnosticKind::TooManyDiagnostics, span);
            d.message = format!("{} more diagnostics were dropped", self.dropped).into();
            self.kept.push(d);
        }
        self.kept
    }
}

impl DiagnosticSink for () {
    fn report(&mut self, _diagnostic: Diagnostic) {}
}

/// Parse `src` into an article. Total: never panics, always returns.
pub(crate) fn parse(src: &str, options: &ParseOptions) -> Article {
    let mut diagnostics = Bounded::default();
    let mut end = src.len();
    if end > options.max_input_len {
        end = options.max_input_len;
        while !src.is_char_boundary(end) {
            end -= 1;
        }
        diagnostics.report(Diagnostic::new(
            DiagnosticKind::InputTruncated,
            Span::new(end, src.len()),
        ));
    }
    let text = chars::sub(src, 0, end);
    let mut from = 0;
    if text.starts_with('\u{feff}') {
        from = 3;
        diagnostics.report(Diagnostic::new(
            DiagnosticKind::ByteOrderMark,
            Span::new(0, 3),
        ));
    }
    // What came in odd, each at its first occurrence.
    let odd = chars::odd_text(text.as_bytes());
    for (kind, found) in [
        (DiagnosticKind::ControlCharacters, odd.control),
        (DiagnosticKind::Mojibake, odd.mojibake),
        (DiagnosticKind::HtmlMarkup, odd.markup),
    ] {
        if let Some((p, len)) = found {
            diagnostics.report(Diagnostic::new(kind, Span::new(p, p + len)));
        }
    }

    let st = segment::structure(text, from);
    let mut article = Article {
        dateline: st.dateline,
        headline: st.headline,
        source: st.source,
        byline: st.byline,
        paragraphs: st.paragraphs,
        subheads: st.subheads,
        contributors: st.contributors,
        notes: st.notes,
        boilerplate: st.boilerplate,
        quotes: Vec::new(),
        speakers: Vec::new(),
        blocks: st.blocks,
        diagnostics: Vec::new(),
    };
    if options.sentences {
        for p in &mut article.paragraphs {
            p.sentences = segment::sentences(text, p.span);
        }
    }
    if options.quotes {
        // Quotes may stand in the headline and the paragraphs (never in subheads).
        let headline = article.headline.as_ref().map(|h| h.span);
        let units: Vec<Span> = headline
            .into_iter()
            .chain(article.paragraphs.iter().map(|p| p.span))
            .collect();
        article.quotes = quote::find_quotes(
            text,
            &units,
            odd.markup.is_some(),
            options,
            &mut diagnostics,
        );
        if options.attribution {
            attribution::attribute(
                text,
                &units,
                headline.is_some(),
                &mut article.quotes,
                &mut diagnostics,
            );
        }
        // Unit indices to paragraph indices (`None` for the headline).
        let shift = usize::from(headline.is_some());
        let to_paragraph = |u: Option<usize>| u.and_then(|u| u.checked_sub(shift));
        for q in &mut article.quotes {
            q.paragraph = to_paragraph(q.paragraph);
            for piece in &mut q.pieces {
                piece.paragraph = to_paragraph(piece.paragraph);
            }
        }
        // The unit list is freed before the speaker index is built (the peak of the parse).
        drop(units);
        if options.attribution && options.speakers {
            let units = headline
                .into_iter()
                .chain(article.paragraphs.iter().map(|p| p.span));
            // Who wrote it, for `I`: the byline's one name, or an op-ed's closing line.
            let author = match article.byline.as_ref().map(|b| b.names.as_slice()) {
                Some([one]) => Some(one.as_str()),
                _ => article.paragraphs.last().and_then(|p| {
                    speakers::bio_author(chars::sub(text, p.span.start(), p.span.end()))
                }),
            };
            article.speakers =
                speakers::resolve(text, units, headline.is_some(), author, &mut article.quotes);
        }
    }
    article.diagnostics = diagnostics.finish();
    article
}
