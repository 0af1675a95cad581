//! First pass: lines into blocks, blocks into article parts.
//!
//! # Grammar
//! ```text
//! article    = { blank } [ dateline ] [ headline ] [ dateline ] [ byline ] { block }
//! block      = line { NL line }              ; non-blank lines; blank lines separate blocks
//! line       = { char - NL } ( NL | EOF )     ; NL = "\n" | "\r\n" | "\r"
//! blocks are classified, in this order of precedence:
//!   boilerplate | note | contributor | byline (near the top) | subhead | paragraph
//! the first paragraph may open with a source tag (see `source_tag`).
//! ```
//! A block whose lines are not hard-wrapped prose (lines of similar width that run on)
//! is split into one block per line, so single-newline text works too.
//!
//! # Examples
//! `Monday, November 29` (dateline) · `(CNN) — The …` (source + paragraph) ·
//! `By Jane Doe and John Roe, CNN` (byline) · `‘Balanced and sustainable’` (subhead) ·
//! `CNN’s Ellie Kaufman contributed to this report.` (contributor) · `Leave a Reply`
//! (boilerplate).
//!
//! # Non-examples
//! `“Thank you,” she said.` is a paragraph, not a subhead (it ends in punctuation and
//! has a cue); `By the way, …` is not a byline (too long, lower-case word after `By`).
//!
//! # Diagnostics emitted
//! None; classification is total (anything else is a paragraph).

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char as nchar, digit1, space0, space1};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

use crate::model::{
    Block, BlockKind, Boilerplate, BoilerplateKind, Byline, Contributor, Dateline, Headline, Note,
    Paragraph, Source, Subhead,
};
use crate::parse::chars::{DASHES, TrimSpace, find_line_end, first_char, is_space, last_char, sub};
use crate::parse::lexicon::{self, Lexicon};
use crate::span::Span;

/// A run of non-blank lines, trimmed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawBlock {
    pub(crate) span: Span,
    pub(crate) lines: usize,
}

/// The structure found by the first pass.
#[derive(Debug, Default)]
pub(crate) struct Structure {
    pub(crate) dateline: Option<Dateline>,
    pub(crate) headline: Option<Headline>,
    pub(crate) source: Option<Source>,
    pub(crate) byline: Option<Byline>,
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) subheads: Vec<Subhead>,
    pub(crate) contributors: Vec<Contributor>,
    pub(crate) notes: Vec<Note>,
    pub(crate) boilerplate: Vec<Boilerplate>,
    pub(crate) blocks: Vec<Block>,
}

/// Trim white space (NBSP, tabs, BOM included) off both ends of `span`.
pub(crate) fn trim_span(src: &str, span: Span) -> Span {
    let s = sub(src, span.start(), span.end());
    let lead = s.len() - s.trim_start_space().len();
    let t = s.trim_start_space().trim_end_space();
    Span::new(span.start() + lead, span.start() + lead + t.len())
}

/// Bytes of text a line of news takes, a little less than on average: a paragraph of prose
/// is a line (PolNeAR's texts: 223 bytes a line that is not blank; BBC's: 392).
const BYTES_PER_LINE: usize = 192;

/// The most lines reserved for before any is read.
const MAX_LINE_ROOM: usize = 1024;

/// Split `src[from..]` into trimmed, non-blank lines.
fn lines(src: &str, from: usize) -> Vec<(Span, bool)> {
    // (span, followed_by_blank_line)
    let bytes = src.as_bytes();
    // (Room for an article's lines, reserved once: grown from empty by doubling, the list
    // was copied five or six times an article. Capped, so that a long text grows it as it
    // needs and reserves nothing it does not use.)
    let room = (src.len().saturating_sub(from) / BYTES_PER_LINE + 1).min(MAX_LINE_ROOM);
    let mut out: Vec<(Span, bool)> = Vec::with_capacity(room);
    let mut start = from;
    let mut i = from;
    let mut blank_run = false;
    let push = |start: usize, end: usize, out: &mut Vec<(Span, bool)>, blank_run: &mut bool| {
        let span = trim_span(src, Span::new(start, end));
        if span.is_empty() {
            *blank_run = true;
            if let Some(last) = out.last_mut() {
                last.1 = true;
            }
        } else {
            *blank_run = false;
            out.push((span, false));
        }
    };
    // (Each line's end is the first `\n` or `\r` after its start, found eight bytes at a
    // time: one pass over the text whatever its lines end with.)
    while i < bytes.len() {
        let Some(at) = bytes.get(i..).and_then(find_line_end).map(|k| i + k) else {
            break;
        };
        push(start, at, &mut out, &mut blank_run);
        i = if bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
        start = i;
    }
    push(start, bytes.len(), &mut out, &mut blank_run);
    let _ = blank_run;
    out
}

/// Group lines into blocks: blank lines separate blocks; lines that are not hard-wrapped
/// prose stand alone.
pub(crate) fn raw_blocks(src: &str, from: usize) -> Vec<RawBlock> {
    let lines = lines(src, from);
    let mut out = Vec::with_capacity(lines.len());
    let mut group_start = 0;
    for i in 0..lines.len() {
        let ends_group = lines.get(i).is_some_and(|l| l.1) || i + 1 == lines.len();
        if ends_group {
            let mut group = lines.get(group_start..=i).unwrap_or(&[]);
            // The first line of the text stands alone: it is where headlines are.
            if out.is_empty() && group.len() > 1 {
                if let Some((first, rest)) = group.split_first() {
                    out.push(RawBlock {
                        span: first.0,
                        lines: 1,
                    });
                    group = rest;
                }
            }
            push_group(src, group, &mut out);
            group_start = i + 1;
        }
    }
    out
}

fn push_group(src: &str, group: &[(Span, bool)], out: &mut Vec<RawBlock>) {
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return;
    };
    if group.len() > 1 && is_wrapped(src, group) {
        out.push(RawBlock {
            span: first.0.join(last.0),
            lines: group.len(),
        });
    } else {
        out.extend(group.iter().map(|l| RawBlock {
            span: l.0,
            lines: 1,
        }));
    }
}

/// Hard-wrapped prose: every line but the last is 40–100 chars and at least one of them runs
/// on into the next (no sentence end at the line end).
fn is_wrapped(src: &str, group: &[(Span, bool)]) -> bool {
    let body = group.get(..group.len().saturating_sub(1)).unwrap_or(&[]);
    let mut runs_on = false;
    for (span, _) in body {
        let line = sub(src, span.start(), span.end());
        let width = line.chars().count();
        if !(40..=100).contains(&width) {
            return false;
        }
        if !last_char(line).is_some_and(|c| matches!(c, '.' | '!' | '?' | '”' | '"' | ':')) {
            runs_on = true;
        }
    }
    runs_on
}

/// Classify the blocks of `src` into article parts.
pub(crate) fn structure(src: &str, from: usize) -> Structure {
    let raw = raw_blocks(src, from);
    let mut st = Structure::default();
    // (Each raw block makes one block, most of them paragraphs: room for them once, not by
    // doubling.)
    st.blocks.reserve(raw.len());
    st.paragraphs.reserve(raw.len());
    let mut seen_body = false;
    for (i, rb) in raw.iter().enumerate() {
        let text = sub(src, rb.span.start(), rb.span.end());
        let lower_start = lower_prefix(text, 60);
        let near_top = !seen_body && i < 6;

        if let Some(kind) = boilerplate_kind(text, &lower_start) {
            push_boilerplate(&mut st, src, rb.span, kind);
            continue;
        }
        if is_note(&lower_start) {
            let index = st.notes.len();
            st.notes.push(Note {
                text: text.to_owned(),
                span: rb.span,
            });
            st.blocks.push(Block {
                kind: BlockKind::Note,
                span: rb.span,
                index,
            });
            continue;
        }
        if near_top && st.dateline.is_none() && rb.lines == 1 && is_dateline(text) {
            st.dateline = Some(Dateline {
                text: text.to_owned(),
                span: rb.span,
            });
            st.blocks.push(Block {
                kind: BlockKind::Dateline,
                span: rb.span,
                index: 0,
            });
            continue;
        }
        if near_top
            && st.headline.is_none()
            && st.byline.is_none()
            && rb.lines == 1
            && is_headline(text)
            // (A line that opens with a source tag is the body's: `LONDON (AP) — A man …`.)
            && source_tag(src, rb.span).is_none()
        {
            st.headline = Some(Headline {
                text: text.to_owned(),
                span: rb.span,
            });
            st.blocks.push(Block {
                kind: BlockKind::Headline,
                span: rb.span,
                index: 0,
            });
            continue;
        }
        if st.byline.is_none() && st.paragraphs.len() < 3 && rb.lines == 1 {
            if let Some(byline) = byline(text, rb.span) {
                st.blocks.push(Block {
                    kind: BlockKind::Byline,
                    span: rb.span,
                    index: 0,
                });
                st.byline = Some(byline);
                continue;
            }
        }
        if let Some(names) = contributor_names(text, &lower_start) {
            let index = st.contributors.len();
            st.contributors.push(Contributor {
                text: text.to_owned(),
                span: rb.span,
                names,
            });
            st.blocks.push(Block {
                kind: BlockKind::Contributor,
                span: rb.span,
                index,
            });
            continue;
        }
        let next_is_body = raw.get(i + 1).is_some_and(|n| {
            let t = sub(src, n.span.start(), n.span.end());
            t.len() > 80 || n.lines > 1
        });
        if seen_body && rb.lines == 1 && next_is_body {
            if let Some(content) = subhead_content(src, rb.span) {
                let index = st.subheads.len();
                st.subheads.push(Subhead {
                    text: sub(src, content.start(), content.end()).to_owned(),
                    span: rb.span,
                    content_span: content,
                    before_paragraph: st.paragraphs.len(),
                });
                st.blocks.push(Block {
                    kind: BlockKind::Subhead,
                    span: rb.span,
                    index,
                });
                continue;
            }
        }
        // A body paragraph; the first may open with a source tag.
        let mut body = rb.span;
        if st.source.is_none() && st.paragraphs.is_empty() {
            if let Some((source, rest)) = source_tag(src, rb.span) {
                st.blocks.push(Block {
                    kind: BlockKind::Source,
                    span: source.span,
                    index: 0,
                });
                st.source = Some(source);
                body = rest;
            }
        }
        seen_body = true;
        if !body.is_empty() {
            let index = st.paragraphs.len();
            st.paragraphs.push(Paragraph {
                text: sub(src, body.start(), body.end()).to_owned(),
                span: body,
                sentences: Vec::new(),
            });
            st.blocks.push(Block {
                kind: BlockKind::Paragraph,
                span: body,
                index,
            });
        }
    }
    st
}

/// Whether a block whose lower-cased start is `lower_start` is an editor's note.
fn is_note(lower_start: &str) -> bool {
    lexicon::NOTE_OPENERS
        .iter()
        .any(|p| opens_with(lower_start, p))
}

/// `lower_start.starts_with(phrase)`, the first byte compared first: each block is tried
/// against every phrase of the tables, and most differ there.
fn opens_with(lower_start: &str, phrase: &str) -> bool {
    lower_start.as_bytes().first() == phrase.as_bytes().first() && lower_start.starts_with(phrase)
}

fn push_boilerplate(st: &mut Structure, src: &str, span: Span, kind: BoilerplateKind) {
    let index = st.boilerplate.len();
    st.boilerplate.push(Boilerplate {
        text: sub(src, span.start(), span.end()).to_owned(),
        span,
        kind,
    });
    st.blocks.push(Block {
        kind: BlockKind::Boilerplate,
        span,
        index,
    });
}

/// The first `n` bytes of `text` (cut at a char boundary), ASCII-lower-cased (byte offsets kept).
fn lower_prefix(text: &str, n: usize) -> String {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    sub(text, 0, end).to_ascii_lowercase()
}

fn boilerplate_kind(text: &str, lower_start: &str) -> Option<BoilerplateKind> {
    // (A table's openings, in a block no longer than the table's lines run.)
    let found = |table: &[(&str, BoilerplateKind)], longest: usize| {
        let opening = |&&(p, _): &&(&str, BoilerplateKind)| opens_with(lower_start, p);
        (text.len() <= longest)
            .then(|| table.iter().find(opening).map(|&(_, kind)| kind))
            .flatten()
    };
    found(lexicon::BOILERPLATE, MAX_BOILERPLATE)
        .or_else(|| found(lexicon::LONG_BOILERPLATE, MAX_LONG_BOILERPLATE))
}

/// The longest block an opening of [`lexicon::BOILERPLATE`] makes web furniture, in bytes.
const MAX_BOILERPLATE: usize = 200;

/// The longest block an opening of [`lexicon::LONG_BOILERPLATE`] makes web furniture, in
/// bytes (`We independently selected these deals … E! has affiliate relationships, …`: 306).
const MAX_LONG_BOILERPLATE: usize = 400;

/// The longest headline, in bytes. Headlines of news run to about 150 bytes (the longest of
/// the 3,149 BBC and PolNeAR articles: 141); a longer first line is the body's first paragraph
/// (texts that come without their headline), whose names and quotes are the article's own.
const MAX_HEADLINE: usize = 200;

/// A headline: one line, not too long, not a sentence of speech.
fn is_headline(text: &str) -> bool {
    text.len() <= MAX_HEADLINE && text.chars().any(char::is_alphabetic)
}

// ---------------------------------------------------------------------------------------
// Datelines

/// `Monday, November 29` · `Nov. 3, 2016` · `29 November 2021` · `2016-11-03` ·
/// `Updated 10:05 AM ET, Mon November 29, 2021`.
///
/// ```text
/// Monday, November 29
/// ^^^^^^^^ weekday  ^^^^^^^^^^^ month day
/// ```
pub(crate) fn is_dateline(text: &str) -> bool {
    if text.len() > 80 {
        return false;
    }
    let t = text.trim_end_matches(|c: char| c == '.' || is_space(c));
    matches!(date_line(t), Ok(("", _)))
}

fn word_in<'a>(
    list: &'static Lexicon,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |i: &'a str| {
        let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
        if list.has(w) {
            Ok((rest, w))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )))
        }
    }
}

fn date_line(i: &str) -> IResult<&str, &str> {
    let sep = |i| recognize((opt(nchar(',')), space1)).parse(i);
    let month = |i| recognize((word_in(&lexicon::MONTHS), opt(nchar('.')))).parse(i);
    let weekday = |i| recognize((word_in(&lexicon::WEEKDAYS), opt(nchar('.')), sep)).parse(i);
    let year = |i| recognize((sep, digit1)).parse(i);
    let month_day = recognize((
        month,
        space1,
        digit1,
        opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
        opt(year),
    ));
    let day_month = recognize((digit1, space1, month, opt(year)));
    let iso = recognize((digit1, nchar('-'), digit1, nchar('-'), digit1));
    let time = |i| {
        recognize((
            sep,
            opt((tag_no_case("updated"), space1)),
            digit1,
            nchar(':'),
            digit1,
            take_while1(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '.'),
        ))
        .parse(i)
    };
    recognize((
        opt((tag_no_case("updated"), opt(nchar(':')), space1)),
        opt(weekday),
        alt((month_day, day_month, iso)),
        opt(time),
        space0,
    ))
    .parse(i)
}

// ---------------------------------------------------------------------------------------
// Source tags

/// A source tag at the start of the paragraph `span`: the tag, and the rest of the paragraph.
///
/// ```text
/// WASHINGTON (Reuters) - The …
/// ^^^^^^^^^^ place ^^^^^^ agency, then a dash and the body
/// ```
pub(crate) fn source_tag(src: &str, span: Span) -> Option<(Source, Span)> {
    let text = sub(src, span.start(), span.end());
    let (rest, (place, agency)) = source_prefix(text).ok()?;
    let rest_trim = rest.trim_start_space();
    let tag_len = text.len() - rest.len();
    let tag_text = sub(text, 0, tag_len).trim_end_space();
    let tag_span = Span::new(span.start(), span.start() + tag_text.len());
    let body_start = span.start() + (text.len() - rest_trim.len());
    Some((
        Source {
            text: tag_text.to_owned(),
            span: tag_span,
            agency: agency.map(str::to_owned),
            place: place.map(|p| p.trim_end_matches([',', ' ']).to_owned()),
        },
        Span::new(body_start, span.end()),
    ))
}

type SourceParts<'a> = (Option<&'a str>, Option<&'a str>);

fn agency(i: &str) -> IResult<&str, &str> {
    let (i, _) = nchar('(').parse(i)?;
    let (i, a) = take_while1(|c: char| c != ')' && c != '(' && c != '\n').parse(i)?;
    let (i, _) = nchar(')').parse(i)?;
    if a.len() > 40 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    Ok((i, a))
}

/// The date a wire service puts between place and agency: `, Dec. 8`, `July 29`.
fn tag_date(i: &str) -> IResult<&str, &str> {
    recognize((
        opt((nchar(','), space1)),
        word_in(&lexicon::MONTHS),
        opt(nchar('.')),
        space1,
        digit1,
    ))
    .parse(i)
}

fn source_prefix(i: &str) -> IResult<&str, SourceParts<'_>> {
    let (i, place) = opt(recognize((place_name, opt(place_region)))).parse(i)?;
    let (i, _) = space0.parse(i)?;
    // `WASHINGTON, Dec. 8 (UPI) —`, `BOSTON, Dec. 8 —`, `Dec 29 (Reuters) -` (a date alone
    // is no tag: a place or an agency must stand with it).
    let (i, _) = opt(tag_date).parse(i)?;
    let (i, _) = space0.parse(i)?;
    let (i, agency) = opt(agency).parse(i)?;
    if place.is_none() && agency.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (i, _) = space0.parse(i)?;
    let (i, _) = dash(i)?;
    let (i, _) = space1.parse(i)?;
    Ok((i, (place, agency)))
}

fn dash(i: &str) -> IResult<&str, &str> {
    for d in DASHES {
        if let Some(rest) = i.strip_prefix(d) {
            return Ok((rest, sub(i, 0, d.len())));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A word in capitals throughout (`D` of `Dec.` is no word of a place).
fn place_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) =
        take_while1(|c: char| c.is_uppercase() || c == '.' || c == '\'' || c == '’').parse(i)?;
    if rest.chars().next().is_some_and(char::is_lowercase) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, w))
}

/// The state, country or region a wire service writes in title case after a place:
/// `, Fla.` in `TALLAHASSEE, Fla. (AP) —`, `, Saudi Arabia` in `JEDDAH, Saudi Arabia --`,
/// `, Gaza Strip`, `, Iowa` — one to three capitalized words.
fn place_region(i: &str) -> IResult<&str, &str> {
    const MAX_WORD: usize = 15;
    let word = |i| -> IResult<&str, &str> {
        let (rest, w) = take_while1(|c: char| c.is_alphabetic() || c == '.').parse(i)?;
        // (Not a month: `NEW YORK, Dec. 22 (UPI) —` has a date there.)
        if !w.starts_with(char::is_uppercase)
            || w.len() > MAX_WORD
            || lexicon::MONTHS.has(w.trim_end_matches('.'))
        {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        Ok((rest, w))
    };
    recognize((
        tag(", "),
        word,
        nom::multi::many_m_n(0, 2, (nchar(' '), word)),
    ))
    .parse(i)
}

/// A place in capitals: `WASHINGTON`, `NEW YORK`, `ST. LOUIS`, `WASHINGTON, D.C.`.
fn place_name(i: &str) -> IResult<&str, &str> {
    let word = place_word;
    let (rest, p) =
        recognize((word, nom::multi::many0((alt((tag(", "), tag(" "))), word)))).parse(i)?;
    if p.chars().filter(|c| c.is_alphabetic()).count() < 2 || p.len() > 40 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, p))
}

// ---------------------------------------------------------------------------------------
// Bylines and contributors

/// `By Jane Doe and John Roe, CNN`.
pub(crate) fn byline(text: &str, span: Span) -> Option<Byline> {
    if text.len() > 160 {
        return None;
    }
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("BY "))?;
    if !first_char(rest).is_some_and(char::is_uppercase)
        || last_char(rest) == Some('.') && rest.split(' ').count() > 12
    {
        return None;
    }
    let mut segments: Vec<&str> = rest
        .split([',', '|', '\u{2022}'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut outlet = None;
    if segments.len() > 1 {
        if let Some(last) = segments.last() {
            let one_word = !last.contains(" and ") && !last.contains('&');
            if one_word
                && (looks_like_outlet(last) || segments.len() == 2 && last.split(' ').count() <= 4)
            {
                outlet = Some((*last).to_owned());
                segments.pop();
            }
        }
    }
    let mut names = Vec::new();
    for seg in segments {
        for name in seg.split(" and ").flat_map(|s| s.split(" & ")) {
            let name = name.trim().trim_start_matches("and ").trim();
            if name
                .split(' ')
                .all(|w| first_char(w).is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
                && !name.is_empty()
            {
                names.push(name.to_owned());
            } else {
                return None;
            }
        }
    }
    if names.is_empty() {
        return None;
    }
    Some(Byline {
        text: text.to_owned(),
        span,
        names,
        outlet,
    })
}

fn looks_like_outlet(s: &str) -> bool {
    let upper = s
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    upper
        || s.split(' ')
            .any(|w| lexicon::ORG_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The names in a contributor line, if `text` is one.
fn contributor_names(text: &str, lower_start: &str) -> Option<Vec<String>> {
    if text.len() > 300 {
        return None;
    }
    // The phrases close the line (`… contributed to this report.`): look only at its end.
    let mut tail_start = text.len().saturating_sub(48);
    while !text.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    let tail = sub(text, tail_start, text.len()).to_ascii_lowercase();
    // A plain window search: the tail is short, and setting up a substring searcher per
    // phrase and block cost more than the search. (The first byte first: whole windows
    // compared each time took 2% of the full parse.)
    let names_part: &str = if let Some(p) = lexicon::CONTRIBUTOR_PHRASES.iter().find_map(|p| {
        let first = p.as_bytes().first();
        tail.as_bytes()
            .windows(p.len())
            .position(|w| w.first() == first && w == p.as_bytes())
    }) {
        let p = tail_start + p;
        let before = sub(text, 0, p);
        before.trim_end_matches([' ', ','])
    } else if let Some(op) = lexicon::CONTRIBUTOR_OPENERS
        .iter()
        .find(|op| opens_with(lower_start, op))
    {
        sub(text, op.len(), text.len())
    } else {
        return None;
    };
    let names_part = names_part.trim_start_matches(['—', '–', '-', ' ']);
    let mut names = Vec::new();
    for seg in names_part.split([',', ';']).flat_map(|s| s.split(" and ")) {
        let mut seg = seg
            .trim()
            .trim_start_matches("and ")
            .trim_end_matches('.')
            .trim();
        // `CNN’s Ellie Kaufman`: drop the outlet's possessive.
        if let Some(p) = seg.find("’s ").or_else(|| seg.find("'s ")) {
            seg = sub(
                seg,
                p + seg
                    .get(p..)
                    .map_or(0, |s| if s.starts_with('’') { 5 } else { 3 }),
                seg.len(),
            );
        }
        // `Editing by X` and the like: keep the name after `by`.
        if let Some(p) = seg.find(" by ") {
            seg = sub(seg, p + 4, seg.len());
        }
        let seg = seg.trim();
        if !seg.is_empty() && first_char(seg).is_some_and(char::is_uppercase) {
            names.push(seg.to_owned());
        }
    }
    Some(names)
}

// ---------------------------------------------------------------------------------------
// Subheads

/// The content span of a subhead line, or `None` if the line is not one.
///
/// A subhead is short (at most 80 chars, 10 words), starts with a capital, a digit or a
/// quote mark, and does not end like a sentence (`.`, `,`, `;`, `:`) — unless the whole
/// line is wrapped in quote marks (`‘Very positive’`), which are then outside its content.
fn subhead_content(src: &str, span: Span) -> Option<Span> {
    let text = sub(src, span.start(), span.end());
    if text.chars().count() > 80 || text.split_whitespace().count() > 10 {
        return None;
    }
    let (open, close) = [("‘", "’"), ("“", "”"), ("\"", "\""), ("'", "'"), ("«", "»")]
        .into_iter()
        .find(|(o, c)| text.starts_with(o) && text.ends_with(c) && text.len() > o.len() + c.len())
        .unwrap_or(("", ""));
    let inner = sub(text, open.len(), text.len() - close.len());
    if inner.is_empty() || inner.contains(['“', '”', '"']) {
        return None;
    }
    if !first_char(inner).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    if open.is_empty()
        && last_char(inner).is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '’' | '\'' | ')'))
    {
        return None;
    }
    if last_char(inner).is_some_and(|c| matches!(c, ',' | ';')) {
        return None;
    }
    let start = span.start() + open.len();
    Some(Span::new(start, start + inner.len()))
}

// ---------------------------------------------------------------------------------------
// Sentences

/// Sentence spans of `span`: UAX #29 sentence bounds, merged after abbreviations
/// (`Mr.`, `U.S.`, `Jan.`) and single initials.
pub(crate) fn sentences(src: &str, span: Span) -> Vec<Span> {
    use unicode_segmentation::UnicodeSegmentation;
    let text = sub(src, span.start(), span.end());
    let mut out: Vec<Span> = Vec::new();
    let mut merge_next = false;
    for (off, s) in text.split_sentence_bound_indices() {
        let sp = trim_span(
            src,
            Span::new(span.start() + off, span.start() + off + s.len()),
        );
        if sp.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if merge_next => *last = last.join(sp),
            _ => out.push(sp),
        }
        let sentence = sub(src, sp.start(), sp.end());
        merge_next = ends_with_abbreviation(sentence);
    }
    out
}

fn ends_with_abbreviation(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| is_space(c) || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || lexicon::ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line ends, byte by byte: what `lines` must find with its jumps.
    fn lines_byte_by_byte(src: &str) -> Vec<(Span, bool)> {
        let bytes = src.as_bytes();
        let mut raw = Vec::new();
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
            match bytes.get(i) {
                Some(b'\n') => {
                    raw.push((start, i));
                    start = i + 1;
                }
                Some(b'\r') => {
                    raw.push((start, i));
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    start = i + 1;
                }
                _ => {}
            }
            i += 1;
        }
        raw.push((start, bytes.len()));
        let mut out: Vec<(Span, bool)> = Vec::new();
        for (a, b) in raw {
            let span = trim_span(src, Span::new(a, b));
            if span.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.1 = true;
                }
            } else {
                out.push((span, false));
            }
        }
        out
    }

    #[test]
    fn long_lines_end_where_a_byte_by_byte_reading_ends_them() {
        let long = "a long line of words, more than thirty-two bytes before its end";
        let texts = [
            format!("{long}\n{long}\r\n{long}\r{long}\r\r\n\n{long}"),
            // A multi-byte char where the reading jumps (byte 32), then a lone CR.
            format!("{}é日本 “quoted”\rshort\n{long}\n\n", "x".repeat(31)),
            format!("{}日本語\r\n\r\nend", "y".repeat(30)),
            "short\n\nlines\r\nonly\r".to_owned(),
            long.repeat(3),
            String::new(),
        ];
        for text in &texts {
            assert_eq!(lines(text, 0), lines_byte_by_byte(text), "{text:?}");
        }
    }
}
