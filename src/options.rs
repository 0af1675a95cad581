//! Options for [`crate::parse_with_options`].

/// How to parse. `ParseOptions::default()` is what [`crate::parse`] uses.
///
/// ```
/// use newstext::ParseOptions;
/// let mut options = ParseOptions::default();
/// options.sentences = true;
/// let article = newstext::parse_with_options("Headline\n\nOne. Two.", &options);
/// assert_eq!(article.paragraphs[0].sentences.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct ParseOptions {
    /// Longest input parsed, in bytes. [`crate::parse_with_options`] parses only this much
    /// and reports [`crate::DiagnosticKind::InputTruncated`];
    /// [`crate::parse_bytes_with_options`] returns [`crate::Error::TooLong`]. Default 256 MiB.
    pub max_input_len: usize,
    /// Deepest quote nesting followed (a quote inside a quote is depth 2). Marks deeper than
    /// this are read as text. Default 8.
    pub max_quote_depth: usize,
    /// Split paragraphs into sentences (UAX #29 plus abbreviation handling). Off by default:
    /// it costs far more than the rest of the parse.
    pub sentences: bool,
    /// Find quotations. On by default.
    pub quotes: bool,
    /// Attribute quotations to speakers and classify them (speech, title, term); needs
    /// `quotes`. On by default. Without it every quote is [`crate::QuoteKind::Full`].
    pub attribution: bool,
    /// Resolve speakers across the article (needs `attribution`). On by default.
    pub speakers: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_len: 256 * 1024 * 1024,
            max_quote_depth: 8,
            sentences: false,
            quotes: true,
            attribution: true,
            speakers: true,
        }
    }
}

impl ParseOptions {
    /// Article structure only: blocks and their classes, no quotes or speakers.
    #[must_use]
    pub fn structure_only() -> Self {
        ParseOptions {
            quotes: false,
            attribution: false,
            speakers: false,
            ..ParseOptions::default()
        }
    }

    /// Everything, sentences included.
    #[must_use]
    pub fn full() -> Self {
        ParseOptions {
            sentences: true,
            ..ParseOptions::default()
        }
    }
}
