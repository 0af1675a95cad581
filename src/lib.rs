//! # newstext
//!
//! Turn the plain text of a news article into typed structure: dateline, headline, source
//! tag, byline, subheads, paragraphs, contributor lines and web boilerplate — and every
//! quotation with its speaker, its cue verb, and the speaker resolved across the article.
//!
//! ```
//! let text = "Storm hits coast\n\n\
//!             WASHINGTON (Reuters) - A storm hit the coast on Monday.\n\n\
//!             “We are ready,” Mayor Jane Roe said. “We have done this before.”\n\n\
//!             Roe said the city would reopen “as soon as it is safe.”";
//! let article = newstext::parse(text);
//! assert_eq!(article.headline.as_ref().map(|h| h.text.as_str()), Some("Storm hits coast"));
//! assert_eq!(article.source.as_ref().and_then(|s| s.agency.as_deref()), Some("Reuters"));
//! assert_eq!(article.paragraphs.len(), 3);
//!
//! let speech: Vec<_> = article.speech().collect();
//! assert_eq!(speech.len(), 3);
//! let who = |q: &newstext::Quote| {
//!     q.attribution.as_ref().and_then(|a| article.speaker_of(a)).map(|s| s.name.clone())
//! };
//! assert_eq!(who(speech[0]).as_deref(), Some("Jane Roe"));
//! assert_eq!(who(speech[1]).as_deref(), Some("Jane Roe")); // the split quote inherits
//! assert_eq!(who(speech[2]).as_deref(), Some("Jane Roe")); // "Roe" resolves to the full name
//! ```
//!
//! Parsing is total: every `&str` gives an [`Article`]; what was odd about the text is in
//! [`Article::diagnostics`]. Every node carries a byte [`Span`] into the input.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod diagnostic;
mod error;
mod model;
mod options;
mod parse;
mod span;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use error::Error;
pub use model::{
    Article, Attribution, Block, BlockKind, Boilerplate, BoilerplateKind, Byline, Contributor, Cue,
    Dateline, Headline, Mention, Note, Paragraph, Placement, Quote, QuoteKind, QuotePiece, Source,
    Speaker, SpeakerKind, Subhead,
};
pub use options::ParseOptions;
pub use span::{LineCol, LineIndex, Span};

/// The most diagnostics an [`Article`] keeps; past it they are counted in one
/// [`DiagnosticKind::TooManyDiagnostics`].
pub const MAX_DIAGNOSTICS: usize = 10_000;

/// Parse an article with the default options. Never fails and never panics.
#[must_use]
pub fn parse(text: &str) -> Article {
    parse::parse(text, &ParseOptions::default())
}

/// Parse an article with `options`. Input over [`ParseOptions::max_input_len`] is cut at
/// the limit and reported as [`DiagnosticKind::InputTruncated`].
#[must_use]
pub fn parse_with_options(text: &str, options: &ParseOptions) -> Article {
    parse::parse(text, options)
}

/// Parse raw bytes with the default options.
///
/// # Errors
/// [`Error::InvalidUtf8`] with the offset of the first bad byte, or [`Error::TooLong`] when
/// the input is over [`ParseOptions::max_input_len`].
///
/// ```
/// assert!(matches!(
///     newstext::parse_bytes(b"ok \xff"),
///     Err(newstext::Error::InvalidUtf8 { offset: 3 })
/// ));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article, Error> {
    parse_bytes_with_options(bytes, &ParseOptions::default())
}

/// Parse raw bytes with `options`.
///
/// # Errors
/// See [`parse_bytes`].
pub fn parse_bytes_with_options(bytes: &[u8], options: &ParseOptions) -> Result<Article, Error> {
    if bytes.len() > options.max_input_len {
        return Err(Error::TooLong {
            len: bytes.len(),
            limit: options.max_input_len,
        });
    }
    let text = core::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(parse::parse(text, options))
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
