//! Quotation marks into quotations.
//!
//! # Grammar
//! ```text
//! quote     = open content close
//!           | open content PARAGRAPH-END { open content PARAGRAPH-END } open content close
//!                                                   ; a multi-paragraph quotation
//! open      = “ | „ | ‘ | ‚ | « | ‹ | `` | " | '   ; " and ' by context
//! close     = ” | ’ | » | › | '' | " | '
//!           | “ ( SPACE | PARAGRAPH-END )           ; wrong-direction closer
//!           | alnum ( “ | ‘ ) ( SPACE | PUNCT )      ; one glued to a word's end
//! open      =/ ( . | ? | ! ) ” UPPER                 ; wrong-direction opener, nothing open
//! content   = { char | nested-quote }               ; nesting up to max_quote_depth
//! ```
//! Only the outermost quotation is reported; nested quotes are part of its content. A
//! straight `"` nests in a quotation it opened when the next two straight marks close the
//! two (`"It is a "great" day," he said`). Marks around no letter or digit (`""`, `“—”`)
//! make no quotation.
//!
//! # Examples
//! `“We will,” she said.` · `'Yes,' he said.` · `it called the plan ‘a joke’` ·
//! a paragraph that opens “ and does not close, followed by one that opens “ again.
//!
//! # Non-examples (apostrophes, never marks)
//! `it’s` · `Friday’s` · `’90s` · `rock ’n’ roll` · `O’Donnell` · `the officials’ plan`.
//!
//! # Diagnostics emitted
//! - `UnclosedQuote`: no closing mark before the paragraph end (and the next paragraph does
//!   not reopen); closed there. `related` is the opening mark.
//! - `WrongDirectionClose`: `in progress. “` read as a closing mark.
//! - `WrongDirectionOpen`: `organizations.”It’s` (nothing open) read as an opening mark.
//! - `MarkGluedToCue`: `“said the official` — an opening mark glued to a cue with no open
//!   quote; read as text.
//! - `UnmatchedClosingQuote`: a closing double mark with nothing open; read as text.
//! - `MismatchedClosingQuote`: a double quote left open, closed at a single closing mark
//!   that follows a sentence (`“Let’s go.’ Schumer …`).
//! - `NestingLimitExceeded`: deeper marks read as text.
//!
//! # References
//! AP Stylebook, "quotation marks"; The Chicago Manual of Style 6.9–6.11 (nesting and
//! multi-paragraph quotations).

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::model::{Quote, QuoteKind, QuotePiece};
use crate::options::ParseOptions;
use crate::parse::DiagnosticSink;
use crate::parse::chars::{
    Family, MarkClass, TrimSpace, is_alnum, is_space, mark_at, may_start_mark, next_mark_start,
    sub, tag_end_around,
};
use crate::span::Span;

/// What a mark does here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Text,
}

/// An open quote on the stack.
#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    mark: Span,
    /// Opened with `„`, which `“` closes (German style).
    low9: bool,
}

/// A quotation being built (possibly across paragraphs).
struct Building {
    pieces: Vec<QuotePiece>,
}

/// Find every outermost quotation in `paragraphs`.
///
/// `units` are the spans quotes may occur in (the headline, then the paragraphs); pieces
/// record the unit index in `paragraph` until [`crate::parse`] maps it to the model's.
pub(crate) fn find_quotes(
    src: &str,
    units: &[Span],
    has_markup: bool,
    options: &ParseOptions,
    sink: &mut impl DiagnosticSink,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut carry: Option<(Building, Open)> = None;
    let max_depth = options.max_quote_depth.max(1);
    for (pi, &p) in units.iter().enumerate() {
        let text = sub(src, p.start(), p.end());
        let bytes = text.as_bytes();
        let mut stack: Vec<Open> = Vec::new();
        let mut building: Option<Building> = None;
        let mut skip_first_open = false;
        let mut mismatch: Option<Span> = None;
        if let Some((b, open)) = carry.take() {
            // The quotation continues: this paragraph reopens it with its first mark.
            building = Some(b);
            let first = mark_at(bytes, 0);
            stack.push(Open {
                family: open.family,
                mark: Span::new(p.start(), p.start() + first.map_or(0, |m| m.len)),
                low9: open.low9,
            });
            skip_first_open = true;
        }
        // Straight double marks left in this paragraph, this one included: a dropped closing
        // mark (`… Olympics. "The amber light …"`) is recovered only with one left to close
        // the next quote; and curly closing marks left, for the same recovery with `“`. Each
        // is the paragraph's count, made when first needed (rarely), less the marks passed.
        let mut totals: (Option<usize>, Option<usize>) = (None, None);
        let mut passed = (0, 0);
        let mut i = 0;
        while i < bytes.len() {
            // (Straight to the next byte that may start a mark, with a tight search unless
            // this one may: marks come close together in quote-dense text.)
            if !bytes.get(i).copied().is_some_and(may_start_mark) {
                match bytes.get(i..).and_then(next_mark_start) {
                    Some(k) => i += k,
                    None => break,
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            let Some(mark) = mark_at(bytes, i) else {
                i += 1;
                continue;
            };
            // (A mark inside an HTML tag a page left in the text quotes an attribute's value,
            // no one's words: `<a href="http://…">`. Looked for only when the text holds
            // markup.)
            if has_markup {
                if let Some(end) = tag_end_around(bytes, i) {
                    i = end;
                    continue;
                }
            }
            if skip_first_open && i == 0 {
                skip_first_open = false;
                i += mark.len;
                continue;
            }
            let abs = Span::new(p.start() + i, p.start() + i + mark.len);
            let prev = text.get(..i).and_then(|s| s.chars().next_back());
            let next = text.get(i + mark.len..).and_then(|s| s.chars().next());
            // An open quote, then `. "Capital` or `. “Capital`: a second opening mark of the
            // same kind after a sentence — nested quotes alternate `“` and `‘` — means the
            // first lost its closing mark and this one opens the next, when a mark is left to
            // close it. (Not only when the marks left pair up: a paragraph break lost inside a
            // quotation drops a closing mark each time, `"A. "B. "C."`, `“It was nice. “I felt
            // good,” said Holmes.`)
            let straight = b == b'"' && mark.len == 1;
            let opener = if straight { '"' } else { '“' };
            let before = passed;
            if straight {
                passed.0 += 1;
            } else if text.get(i..).is_some_and(|t| t.starts_with('”')) {
                passed.1 += 1;
            }
            let mut closers_left = || {
                if straight {
                    let total = totals
                        .0
                        .get_or_insert_with(|| bytes.iter().filter(|&&c| c == b'"').count());
                    total.saturating_sub(before.0)
                } else {
                    let total = totals.1.get_or_insert_with(|| text.matches('”').count());
                    total.saturating_sub(before.1)
                }
            };
            let reopens = (straight || text.get(i..).is_some_and(|t| t.starts_with('“')))
                && stack.len() == 1
                && stack.first().is_some_and(|o| opened_with(src, o, opener))
                && prev.is_some_and(is_space)
                && text
                    .get(..i)
                    .is_some_and(|t| t.trim_end_space().ends_with(['.', '?', '!']))
                && next.is_some_and(char::is_uppercase)
                // (This straight mark is counted among those left; a curly one is not.)
                && closers_left() >= if straight { 2 } else { 1 };
            if reopens {
                if let Some(open) = stack.pop() {
                    let end = p.start() + text.get(..i).map_or(i, |t| t.trim_end_space().len());
                    sink.report(
                        Diagnostic::new(DiagnosticKind::UnclosedQuote, Span::new(end, end))
                            .with_related(open.mark),
                    );
                    let piece = piece(src, open.mark.start(), open.mark.end(), end, end, pi);
                    mismatch = None;
                    finish(src, building.take(), piece, &mut quotes);
                }
            }
            // An open straight double quote, then `a "word`: a straight mark after a space
            // inside a sentence, before a letter, opens a quote nested in it — the same mark
            // nests where a writer has no other (`"It is a "great" day for us," he said`) —
            // when the next two straight marks in the paragraph close, the nested quote and
            // the open one. (After a sentence's end it reopens, above; otherwise it closes the
            // open quote, as a mark typed the wrong way round does: `been "ambitious, but
            // take-up was "sufficient". She added: "…"` lost the mark after `ambitious`.)
            let nests = !reopens
                && straight
                && stack.last().is_some_and(|o| opened_with(src, o, '"'))
                && stack.len() < max_depth
                && prev.is_some_and(is_space)
                && next.is_some_and(is_alnum)
                && text.get(..i).is_some_and(|t| {
                    t.trim_end_space()
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == ',')
                })
                && two_straight_closers(text, i + mark.len);
            // (Either way the mark opens a double quote.)
            if reopens || nests {
                stack.push(Open {
                    family: Family::Double,
                    mark: abs,
                    low9: false,
                });
                i += mark.len;
                continue;
            }
            let role = role_of(text, i, mark, prev, next, &stack, sink, abs);
            match role {
                Role::Text => {
                    // `“Let’s go. We can do it.’ Schumer …`: a single closer after a sentence
                    // inside an open double quote may be its (mistyped) end.
                    let lone_double = stack.len() == 1
                        && stack.first().is_some_and(|o| o.family == Family::Double);
                    if lone_double
                        && mismatch.is_none()
                        && mark.family == Family::Single
                        && mark.class != MarkClass::Open
                        && prev.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?'))
                        && next.is_none_or(is_space)
                    {
                        mismatch = Some(abs);
                    }
                }
                Role::Open => {
                    if stack.len() >= max_depth {
                        sink.report(Diagnostic::new(DiagnosticKind::NestingLimitExceeded, abs));
                    } else {
                        stack.push(Open {
                            family: mark.family,
                            mark: abs,
                            low9: text.get(i..).is_some_and(|t| t.starts_with('„')),
                        });
                    }
                }
                Role::Close => {
                    if let Some(pos) = stack.iter().rposition(|o| o.family == mark.family) {
                        stack.truncate(pos + 1);
                        if let Some(open) = stack.pop() {
                            if stack.is_empty() {
                                mismatch = None;
                                let piece = piece(
                                    src,
                                    open.mark.start(),
                                    open.mark.end(),
                                    abs.start(),
                                    abs.end(),
                                    pi,
                                );
                                finish(src, building.take(), piece, &mut quotes);
                            }
                        }
                    }
                }
            }
            i += mark.len;
        }
        // Paragraph end with a quote still open.
        if let Some(open) = stack.first().copied() {
            let reopens = units.get(pi + 1).is_some_and(|next| {
                let t = sub(src, next.start(), next.end());
                mark_at(t.as_bytes(), 0)
                    .is_some_and(|m| m.class != MarkClass::Close && m.family == open.family)
            });
            let piece = piece(
                src,
                open.mark.start(),
                open.mark.end(),
                p.end(),
                p.end(),
                pi,
            );
            if reopens {
                let mut b = building.take().unwrap_or(Building { pieces: Vec::new() });
                b.pieces.push(piece);
                carry = Some((b, open));
            } else if let Some(close) = mismatch.filter(|_| stack.len() == 1) {
                sink.report(
                    Diagnostic::new(DiagnosticKind::MismatchedClosingQuote, close)
                        .with_related(open.mark),
                );
                let piece = self::piece(
                    src,
                    open.mark.start(),
                    open.mark.end(),
                    close.start(),
                    close.end(),
                    pi,
                );
                finish(src, building.take(), piece, &mut quotes);
            } else {
                sink.report(
                    Diagnostic::new(DiagnosticKind::UnclosedQuote, Span::new(p.end(), p.end()))
                        .with_related(open.mark),
                );
                finish(src, building.take(), piece, &mut quotes);
            }
        }
    }
    if let Some((b, _)) = carry {
        // Only reachable if the reopening paragraph vanished; keep what was built.
        if let Some(last) = b.pieces.last().cloned() {
            let mut b = b;
            b.pieces.pop();
            finish(src, Some(b), last, &mut quotes);
        }
    }
    quotes
}

/// Whether `open` is a double quote opened with the mark `opener` (`“` or `"`).
fn opened_with(src: &str, open: &Open, opener: char) -> bool {
    open.family == Family::Double
        && src
            .get(open.mark.start()..)
            .is_some_and(|t| t.starts_with(opener))
}

/// Whether the next two straight double marks in `text` from `from` are shaped as closing
/// ones: glued to what they end, not after a space.
fn two_straight_closers(text: &str, from: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = from;
    for _ in 0..2 {
        let Some(k) = bytes
            .get(at..)
            .and_then(|b| b.iter().position(|&c| c == b'"'))
        else {
            return false;
        };
        at += k;
        let glued = text
            .get(..at)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| !is_space(c));
        if !glued {
            return false;
        }
        at += 1;
    }
    true
}

fn piece(
    src: &str,
    open_start: usize,
    open_end: usize,
    close_start: usize,
    close_end: usize,
    paragraph: usize,
) -> QuotePiece {
    let content = Span::new(open_end, close_start.max(open_end));
    QuotePiece {
        text: sub(src, content.start(), content.end()).to_owned(),
        span: Span::new(open_start, close_end.max(open_end)),
        content_span: content,
        paragraph: Some(paragraph),
    }
}

fn finish(src: &str, building: Option<Building>, last: QuotePiece, quotes: &mut Vec<Quote>) {
    // Most quotes are one piece: allocate for that, not for a default capacity of four.
    let mut pieces = building.map_or_else(|| Vec::with_capacity(1), |b| b.pieces);
    pieces.push(last);
    // Marks around nothing (`""`, `“ ”`, `“—”`) quote nothing: not a quotation.
    if !pieces.iter().any(|p| p.text.chars().any(is_alnum)) {
        return;
    }
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return;
    };
    let span = first.span.join(last.span);
    let content_span = Span::new(
        first.content_span.start(),
        last.content_span.end().max(first.content_span.start()),
    );
    let paragraph = first.paragraph;
    let text = sub(src, content_span.start(), content_span.end()).to_owned();
    quotes.push(Quote {
        text,
        span,
        content_span,
        pieces,
        kind: QuoteKind::Full,
        paragraph,
        attribution: None,
    });
}

/// Decide what the mark at `text[i..]` does.
#[allow(clippy::too_many_arguments)]
fn role_of(
    text: &str,
    i: usize,
    mark: crate::parse::chars::Mark,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Open],
    sink: &mut impl DiagnosticSink,
    abs: Span,
) -> Role {
    let prev_space =
        prev.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '/' | '-'));
    let next_space = next.is_none_or(|c| {
        is_space(c)
            || matches!(
                c,
                ')' | ']' | '}' | ',' | '.' | ';' | ':' | '?' | '!' | '—' | '–'
            )
    });
    let prev_alnum = prev.is_some_and(is_alnum);
    let next_alnum = next.is_some_and(is_alnum);
    let open_same = stack.iter().any(|o| o.family == mark.family);
    let innermost_same = stack.last().is_some_and(|o| o.family == mark.family);

    if mark.family == Family::Single && (mark.len == 1 || mark.class == MarkClass::Close) {
        // ’ and ' may be apostrophes.
        if prev_alnum && next_alnum {
            return Role::Text; // it’s, O’Donnell
        }
        if next.is_some_and(|c| c.is_ascii_digit()) && !prev_alnum {
            return Role::Text; // ’90s
        }
    }
    if mark.family == Family::Single
        && mark.class == MarkClass::Open
        && next.is_some_and(|c| c.is_ascii_digit())
        && prev.is_none_or(is_space)
    {
        return Role::Text; // ‘90s typed with the wrong mark
    }
    // (Any single mark, the opening one too: `’n’`, `’em`, `’til`, `‘bout`.)
    if mark.family == Family::Single && is_elision(text, i, mark.len) {
        return Role::Text;
    }
    match mark.class {
        MarkClass::Open
            if stack.last().is_some_and(|o| o.low9)
                && text.get(i..).is_some_and(|t| t.starts_with('“')) =>
        {
            Role::Close
        }
        MarkClass::Open => {
            // `“rapists“ while`, `‘over their dead bodies‘,`, `called “What’s New?“, they`:
            // an opening mark glued to the end of a word or sentence, before a space or
            // punctuation, closes what is open.
            if innermost_same
                && (prev_alnum || prev.is_some_and(|c| matches!(c, '.' | '?' | '!' | '…')))
                && next
                    .is_none_or(|c| is_space(c) || matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
            {
                sink.report(Diagnostic::new(DiagnosticKind::WrongDirectionClose, abs));
                return Role::Close;
            }
            if mark.family == Family::Double
                && open_same
                && innermost_same
                && next.is_none_or(is_space)
                && !prev_alnum
            {
                // `in progress. “` at the paragraph end, `here,“ said`, or `progress. “ More`.
                let rest = text.get(i + mark.len..).unwrap_or("").trim_start_space();
                let after_punct = text.get(..i).is_some_and(|s| {
                    s.trim_end_space()
                        .ends_with(['.', ',', '?', '!', '…', ';', '—', '-'])
                });
                if rest.is_empty() || after_punct {
                    sink.report(Diagnostic::new(DiagnosticKind::WrongDirectionClose, abs));
                    return Role::Close;
                }
            }
            if mark.family == Family::Double
                && next_alnum
                && text
                    .get(..i)
                    .is_some_and(|s| s.trim_end_space().ends_with([',', '.', '?', '!']))
                && glued_cue(text, i + mark.len)
            {
                sink.report(Diagnostic::new(DiagnosticKind::MarkGluedToCue, abs));
                return if open_same { Role::Close } else { Role::Text };
            }
            if mark.family == Family::Single && prev_alnum {
                return Role::Text; // a mistyped apostrophe: `don‘t`
            }
            Role::Open
        }
        MarkClass::Close => {
            if open_same {
                Role::Close
            } else if mark.family == Family::Double
                && prev.is_some_and(|c| matches!(c, '.' | '?' | '!'))
                && next.is_some_and(char::is_uppercase)
            {
                // `organizations.”It’s not …,” says`: glued to the sentence before and to
                // the capitalized word after it, with nothing open, the mark opens.
                sink.report(Diagnostic::new(DiagnosticKind::WrongDirectionOpen, abs));
                Role::Open
            } else {
                if mark.family == Family::Double {
                    sink.report(Diagnostic::new(DiagnosticKind::UnmatchedClosingQuote, abs));
                }
                Role::Text
            }
        }
        MarkClass::Either => {
            if open_same {
                // Close unless it clearly opens a nested quote of the same family (rare).
                let opens_nested = prev_space && !innermost_same
                    || mark.family == Family::Single && !next_space && !prev_alnum;
                if opens_nested && next_alnum {
                    Role::Open
                } else if mark.family == Family::Single
                    && !(next_space || next.is_some_and(|c| c == '"'))
                {
                    Role::Text
                } else {
                    Role::Close
                }
            } else if (prev_space || prev.is_some_and(|c| matches!(c, '“' | '‘' | '"')))
                && !next.is_none_or(is_space)
                || mark.family == Family::Double && !next_space
            {
                // After a space, or glued on but followed by a word: `said:"Yes`.
                Role::Open
            } else {
                if mark.family == Family::Double {
                    sink.report(Diagnostic::new(DiagnosticKind::UnmatchedClosingQuote, abs));
                }
                Role::Text
            }
        }
    }
}

/// `’n’`, `’em`, `’til`, `’cause` and the like: elisions written with an apostrophe, also
/// inside a compound (`shoot-’em-ups`).
fn is_elision(text: &str, i: usize, len: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    if !before
        .chars()
        .next_back()
        .is_none_or(|c| is_space(c) || c == '-')
    {
        // `rock ’n’` closing elision mark: preceded by ` ’n`.
        return before.ends_with(" ’n") || before.ends_with(" 'n");
    }
    // The whole word after the mark (no allocation: this runs at every such mark).
    let after = text.get(i + len..).unwrap_or("");
    let word = after
        .find(|c: char| !is_alnum(c))
        .map_or(after, |end| after.get(..end).unwrap_or(""));
    crate::parse::lexicon::ELISIONS.has(word)
}

/// Whether a cue word in lower case (`said`, `says`, …) starts at `text[at..]` (a
/// capitalized one opens the quotation: `track, “Promise,” was released`).
fn glued_cue(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    // The letters there, up to twelve (no cue is longer).
    let end = rest
        .char_indices()
        .take_while(|(_, c)| c.is_alphabetic())
        .take(12)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = rest.get(..end).unwrap_or("");
    word.starts_with(|c: char| c.is_lowercase()) && crate::parse::words::is_cue(word)
}
