//! Byte spans into the parsed text, and line/column lookup on demand.

use core::fmt;
use core::ops::{Add, Range};

/// A half-open range of UTF-8 byte offsets, `start..end`, into the text that was parsed.
///
/// Every node of the model carries a `Span`; [`Span::slice`] recovers its text. Line and
/// column are not stored on nodes: build a [`LineIndex`] when you need them.
///
/// ```
/// use newstext::Span;
/// let text = "Price said.";
/// let span = Span::new(0, 5);
/// assert_eq!(span.slice(text), Some("Price"));
/// assert_eq!(format!("{span:?}"), "0..5");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive). In debug builds, panics if `start > end`;
    /// in release builds the span is clamped to be empty at `start`.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            start,
            end: end.max(start),
        }
    }

    /// An empty span at `offset`.
    #[must_use]
    pub fn empty(offset: usize) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// The first byte offset.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset one past the last byte.
    #[must_use]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The span as a `Range<usize>`.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The empty span at this span's start.
    #[must_use]
    pub fn start_span(&self) -> Self {
        Span::empty(self.start)
    }

    /// The empty span at this span's end.
    #[must_use]
    pub fn end_span(&self) -> Self {
        Span::empty(self.end)
    }

    /// The smallest span covering both `self` and `other`.
    #[must_use]
    pub fn join(&self, other: Span) -> Self {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Whether `other` lies entirely inside this span.
    #[must_use]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text of this span in `src`, or `None` if the span is out of bounds or does not
    /// fall on char boundaries.
    #[must_use]
    pub fn slice<'s>(&self, src: &'s str) -> Option<&'s str> {
        src.get(self.start..self.end)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl Add<usize> for Span {
    type Output = Span;

    /// Shift the span right by `rhs` bytes (saturating).
    fn add(self, rhs: usize) -> Span {
        Span {
            start: self.start.saturating_add(rhs),
            end: self.end.saturating_add(rhs),
        }
    }
}

/// Line and column of a byte offset, as computed by [`LineIndex::line_col`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in chars.
    pub col_chars: usize,
    /// 1-based column, counted in bytes.
    pub col_bytes: usize,
}

/// Maps byte offsets to lines and columns. Built once per text in O(n).
///
/// ```
/// use newstext::LineIndex;
/// let text = "Headline\n\n“Quote,” she said.";
/// let index = LineIndex::new(text);
/// let lc = index.line_col(text, 10);
/// assert_eq!((lc.line, lc.col_chars), (3, 1));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `src` (`\n`, `\r\n` and lone `\r` end a line).
    #[must_use]
    pub fn new(src: &str) -> Self {
        let bytes = src.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The line and column of `offset` in `src` (the same text given to [`LineIndex::new`]).
    /// Offsets past the end are clamped to the end; an offset inside a char counts as that char.
    #[must_use]
    pub fn line_col(&self, src: &str, offset: usize) -> LineCol {
        let offset = offset.min(src.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let mut col_chars = 1;
        for (i, _) in src.get(line_start..).unwrap_or("").char_indices() {
            if line_start + i >= offset {
                break;
            }
            col_chars += 1;
        }
        // `char_indices` counted every char starting before `offset`, minus the first.
        let col_chars = col_chars.max(1);
        LineCol {
            line,
            col_chars,
            col_bytes: offset - line_start + 1,
        }
    }
}
