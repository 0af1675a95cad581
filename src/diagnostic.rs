//! Diagnostics: what was odd about the text. Parsing never fails; it reports.

use core::fmt;
use std::borrow::Cow;

use crate::span::Span;

/// Something odd about the input, found while parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// What happened.
    pub kind: DiagnosticKind,
    /// How much it matters.
    pub severity: Severity,
    /// Where it happened (often one quote mark).
    pub span: Span,
    /// A second place that explains it, e.g. the opening mark of an unclosed quote.
    pub related: Option<Span>,
    /// A sentence for people.
    pub message: Cow<'static, str>,
}

impl Diagnostic {
    pub(crate) fn new(kind: DiagnosticKind, span: Span) -> Self {
        Diagnostic {
            kind,
            severity: kind.severity(),
            span,
            related: None,
            message: Cow::Borrowed(kind.describe()),
        }
    }

    pub(crate) fn with_related(mut self, related: Span) -> Self {
        self.related = Some(related);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.message, self.span)
    }
}

/// The kinds of [`Diagnostic`]. Adding a variant is not a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A quote opened and was never closed; it was closed at the paragraph end, or before
    /// the next quote when straight marks show the closing one was dropped.
    UnclosedQuote,
    /// A closing mark with no open quote; it was kept as text.
    UnmatchedClosingQuote,
    /// A double quote closed by a single mark (`“Let’s go.’`); read as its end.
    MismatchedClosingQuote,
    /// An opening mark used to close a quote (`in progress. “`); read as a closing mark.
    WrongDirectionClose,
    /// A closing mark used to open a quote, glued to its first word after a sentence
    /// (`organizations.”It’s not …,” says`); read as an opening mark.
    WrongDirectionOpen,
    /// A closing mark glued to the following cue (`“said the official`).
    MarkGluedToCue,
    /// Quotes nested deeper than [`crate::ParseOptions::max_quote_depth`]; deeper marks
    /// were read as text.
    NestingLimitExceeded,
    /// A speech quote with no speaker found nearby.
    UnattributedQuote,
    /// The input was longer than [`crate::ParseOptions::max_input_len`]; the rest was not
    /// parsed (it is covered by no node).
    InputTruncated,
    /// NUL or other control characters in the text.
    ControlCharacters,
    /// A byte-order mark at the start; it was skipped.
    ByteOrderMark,
    /// Mojibake: UTF-8 text decoded as Windows-1252 or Latin-1 and encoded again before it
    /// came here (`FranÃ§ois`, `â€œ`); names and quote marks written so are misread. The
    /// span is the first such pair of characters.
    Mojibake,
    /// HTML left in the text by the page it was taken from: a character reference
    /// (`caf&#233;`, `&amp;`) or a tag (`<br>`, `</p>`). The span is the first one.
    HtmlMarkup,
    /// More diagnostics than [`crate::MAX_DIAGNOSTICS`]; the rest were counted, not kept.
    TooManyDiagnostics,
}

impl DiagnosticKind {
    /// The default severity of this kind.
    #[must_use]
    pub fn severity(self) -> Severity {
        match self {
            DiagnosticKind::UnattributedQuote | DiagnosticKind::ByteOrderMark => Severity::Info,
            DiagnosticKind::InputTruncated => Severity::Error,
            _ => Severity::Warning,
        }
    }

    /// A short sentence describing this kind.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            DiagnosticKind::UnclosedQuote => {
                "quote not closed; closed at the paragraph end or before the next quote"
            }
            DiagnosticKind::UnmatchedClosingQuote => "closing quote mark with no open quote",
            DiagnosticKind::WrongDirectionClose => "opening quote mark used to close a quote",
            DiagnosticKind::WrongDirectionOpen => "closing quote mark used to open a quote",
            DiagnosticKind::MismatchedClosingQuote => "double quote closed by a single mark",
            DiagnosticKind::MarkGluedToCue => "closing quote mark glued to the following word",
            DiagnosticKind::NestingLimitExceeded => {
                "quotes nested too deeply; deeper marks read as text"
            }
            DiagnosticKind::UnattributedQuote => "no speaker found for this quote",
            DiagnosticKind::InputTruncated => {
                "input longer than the limit; the rest was not parsed"
            }
            DiagnosticKind::ControlCharacters => "control characters in the text",
            DiagnosticKind::ByteOrderMark => "byte-order mark at the start of the text",
            DiagnosticKind::Mojibake => {
                "UTF-8 text read as Windows-1252 or Latin-1 (`Ã©` for `é`, `â€œ` for `“`)"
            }
            DiagnosticKind::HtmlMarkup => {
                "HTML character reference or tag in the text (`caf&#233;`, `&amp;`, `<br>`)"
            }
            DiagnosticKind::TooManyDiagnostics => "too many diagnostics; the rest were dropped",
        }
    }
}

/// How much a [`Diagnostic`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; the output is as good as usual.
    Info,
    /// The text was repaired; the output may be off here.
    Warning,
    /// Part of the input was not parsed.
    Error,
}
