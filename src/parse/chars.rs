//! Character classes: quote marks, dashes, spaces, and the bytes that tell a text came in
//! odd (control characters, mojibake, HTML markup). Tables, not logic.
//!
//! # References
//! - Unicode `Pi`/`Pf` (initial/final quote punctuation) and the marks news text really uses.

use crate::parse::lexicon;

/// How a quote mark may act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkClass {
    /// Only opens: “ „ « ‹ ‘ (‘ and “ also close in wrong-direction text).
    Open,
    /// Only closes: ” » › ’ (’ is also the apostrophe).
    Close,
    /// Opens or closes by context: " '.
    Either,
}

/// Which family a mark belongs to; a quote is closed by a mark of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// “ ” „ " `` ''
    Double,
    /// ‘ ’ ' ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
}

/// A quote mark found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) class: MarkClass,
    pub(crate) family: Family,
    /// Byte length of the mark (2 for `` and '').
    pub(crate) len: usize,
}

/// The quote mark starting at `bytes[i]`, if any.
pub(crate) fn mark_at(bytes: &[u8], i: usize) -> Option<Mark> {
    let b0 = *bytes.get(i)?;
    let m = |class, family, len| Some(Mark { class, family, len });
    match b0 {
        b'"' => m(MarkClass::Either, Family::Double, 1),
        b'`' if bytes.get(i + 1) == Some(&b'`') => m(MarkClass::Open, Family::Double, 2),
        b'\'' if bytes.get(i + 1) == Some(&b'\'') => m(MarkClass::Either, Family::Double, 2),
        b'\'' => m(MarkClass::Either, Family::Single, 1),
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match *bytes.get(i + 2)? {
            0x9C => m(MarkClass::Open, Family::Double, 3),  // “
            0x9D => m(MarkClass::Close, Family::Double, 3), // ”
            0x9E => m(MarkClass::Open, Family::Double, 3),  // „
            0x98 => m(MarkClass::Open, Family::Single, 3),  // ‘
            0x99 => m(MarkClass::Close, Family::Single, 3), // ’
            0x9A => m(MarkClass::Open, Family::Single, 3),  // ‚
            0xB9 => m(MarkClass::Open, Family::SingleGuillemet, 3), // ‹
            0xBA => m(MarkClass::Close, Family::SingleGuillemet, 3), // ›
            _ => None,
        },
        0xC2 => match *bytes.get(i + 1)? {
            0xAB => m(MarkClass::Open, Family::Guillemet, 2), // «
            0xBB => m(MarkClass::Close, Family::Guillemet, 2), // »
            _ => None,
        },
        _ => None,
    }
}

/// The bytes that can start a quote mark, as a table: one load per byte scanned.
// (Indexing in a const block: an index out of bounds fails the build, it cannot panic.)
#[allow(clippy::indexing_slicing)]
const MARK_STARTS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t
};

/// Whether `b` can start a quote mark (a cheap pre-filter for the scanner).
#[inline]
pub(crate) fn may_start_mark(b: u8) -> bool {
    MARK_STARTS.get(usize::from(b)).copied().unwrap_or(false)
}

/// Where the first byte `exact` accepts stands, read eight bytes at a time: `may_hold` tells
/// of a chunk (as a little-endian `u64`) whether it may hold one — never wrongly that it
/// does not — and a chunk that may is read a byte at a time.
#[inline]
pub(crate) fn find_byte(
    bytes: &[u8],
    may_hold: impl Fn(u64) -> bool,
    exact: impl Fn(u8) -> bool,
) -> Option<usize> {
    let read = |chunk: &[u8]| chunk.iter().position(|&b| exact(b));
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        if may_hold(u64::from_le_bytes(eight)) {
            if let Some(k) = read(chunk) {
                return Some(at + k);
            }
        }
        at += 8;
    }
    read(chunks.remainder()).map(|k| at + k)
}

/// Where the two bytes `pair` first stand together in `bytes` from `from` on, read eight
/// bytes at a time (each chunk overlaps the next by one, so that no pair is split).
pub(crate) fn find_pair(bytes: &[u8], from: usize, pair: [u8; 2]) -> Option<usize> {
    // (High bit of each byte that is zero, and of no other.)
    let zeros = |v: u64| !(((v & !HIGH) + !HIGH) | v | !HIGH);
    let [first, second] = pair;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let at_first = zeros(x ^ (ONES * u64::from(first)));
        let at_second = zeros(x ^ (ONES * u64::from(second)));
        // (A first byte whose next byte is the second: the second's bits one byte down.)
        let found = at_first & (at_second >> 8);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 7;
    }
    bytes
        .get(at..)?
        .windows(2)
        .position(|w| w == pair)
        .map(|k| at + k)
}

/// How many ASCII letters and digits open `bytes`, read eight at a time: a word's length
/// comes of one mask, not of a loop whose end the branch predictor misses once a word.
#[inline]
pub(crate) fn ascii_alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let low7 = x & !HIGH;
        // (With the case bit set a capital reads as its small letter; a byte past ASCII is
        // neither.)
        let alnum = (bytes_in_range(low7, b'0', b'9')
            | bytes_in_range(low7 | (ONES * 0x20), b'a', b'z'))
            & !x;
        let other = !alnum & HIGH;
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes
        .get(n..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// The high bit of each byte of `v` that is from `lo` to `hi`, every byte of `v` below
/// 0x80 (so that no sum carries into the next byte).
#[inline]
pub(crate) fn bytes_in_range(v: u64, lo: u8, hi: u8) -> u64 {
    // (A byte plus `0x80 - lo` reaches bit 7 from `lo` on; plus `0x7f - hi`, past `hi`.)
    let from_lo = v.wrapping_add(ONES * u64::from(0x80 - lo));
    let past_hi = v.wrapping_add(ONES * u64::from(0x7f - hi));
    from_lo & !past_hi & HIGH
}

/// `0x01` in each byte of a `u64`.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// `0x80` in each byte of a `u64`: their high bits.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Where the first byte that may start a quote mark stands, eight bytes at a time over the
/// runs of ASCII text between marks (a chunk with any byte past ASCII is read exactly).
pub(crate) fn next_mark_start(bytes: &[u8]) -> Option<usize> {
    find_byte(
        bytes,
        |x| (x | may_be(x, b'"') | may_be(x, b'\'') | may_be(x, b'`')) & HIGH != 0,
        may_start_mark,
    )
}

/// Where the first line end (`\n` or `\r`) stands, eight bytes at a time.
pub(crate) fn find_line_end(bytes: &[u8]) -> Option<usize> {
    find_byte(
        bytes,
        |x| (may_be(x, b'\n') | may_be(x, b'\r')) & HIGH != 0,
        |b| b == b'\n' || b == b'\r',
    )
}

/// The high bit set in each byte of `x` that is `t`, and maybe in a byte above one that is
/// (a borrow runs up from a match), never in a byte below the first match: a chunk's flags
/// say whether it may hold `t`, and an exact read sorts out where.
#[inline]
fn may_be(x: u64, t: u8) -> u64 {
    // (A byte of `x ^ t * ONES` minus one that sets a bit 7 not set before: that byte was
    // zero, or a borrow from a zero byte below reached it.)
    let y = x ^ (ONES * u64::from(t));
    y.wrapping_sub(ONES) & !y & HIGH
}

/// The letters that close `s`, after its last character that is no letter (`the` of `said
/// the`; empty after a comma): `s.rsplit(|c: char| !c.is_alphabetic()).next()`, with no
/// decoding while the letters are ASCII.
pub(crate) fn trailing_letters(s: &str) -> &str {
    let bytes = s.as_bytes();
    let ascii = bytes
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    match ascii.checked_sub(1).and_then(|k| bytes.get(k)) {
        // (A letter past ASCII may go on the word: read it as chars.)
        Some(&b) if b >= 0x80 => s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""),
        _ => s.get(ascii..).unwrap_or(""),
    }
}

/// [`str::split_once`] for a short text (a mention, a name): the first `pat` found by
/// comparing at each byte, with none of the setup a substring searcher costs. (A match of a
/// whole UTF-8 pattern starts and ends on char boundaries.)
pub(crate) fn split_once_short<'s>(s: &'s str, pat: &str) -> Option<(&'s str, &'s str)> {
    if pat.is_empty() {
        return Some(("", s));
    }
    let at = s
        .as_bytes()
        .windows(pat.len())
        .position(|w| w == pat.as_bytes())?;
    Some((s.get(..at)?, s.get(at + pat.len()..)?))
}

/// [`str::trim_end_matches`] for a `&str` pattern, by suffix comparisons with no substring
/// searcher.
pub(crate) fn trim_end_str<'s>(mut s: &'s str, pat: &str) -> &'s str {
    if pat.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(pat) {
        s = rest;
    }
    s
}

/// The characters Windows-1252 gives the bytes 0x80–0x9F, which continue a UTF-8 sequence:
/// after `Ã`, `Ä` or `Å` they are what a letter shows as when UTF-8 was read as Windows-1252
/// (`Ã‰` for `É`, `Ã‡` for `Ç`, `Å“` for `œ`).
const WINDOWS_1252_HIGH: &[char] = &[
    '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–',
    '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ',
];

/// What is odd about a text's bytes, each at its first occurrence, as (start, length in
/// bytes): found by [`odd_text`] in one pass.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OddText {
    /// A control character other than a line break or a tab.
    pub(crate) control: Option<(usize, usize)>,
    /// A sign of mojibake (see [`mojibake_at`]).
    pub(crate) mojibake: Option<(usize, usize)>,
    /// An HTML character reference or tag (see [`markup_at`]).
    pub(crate) markup: Option<(usize, usize)>,
}

/// Read `bytes` once for what is odd in them (see [`OddText`]), 64 bytes at a time: a block
/// that holds a byte of [`odd_byte`] is read exactly.
pub(crate) fn odd_text(bytes: &[u8]) -> OddText {
    const BLOCK: usize = 64;
    let mut odd = OddText::default();
    // (What the odd byte at `at` opens, if it is the first of its kind; whether all are found.)
    let mut look = |at: usize, b: u8| {
        match b {
            0xC3 => {
                if odd.mojibake.is_none() {
                    odd.mojibake = mojibake_at(bytes, at).map(|len| (at, len));
                }
            }
            b'&' | b'<' => {
                if odd.markup.is_none() {
                    odd.markup = markup_at(bytes, at).map(|len| (at, len));
                }
            }
            _ => {
                odd.control.get_or_insert((at, 1));
            }
        }
        odd.control.is_some() && odd.mojibake.is_some() && odd.markup.is_some()
    };
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut at = 0;
    for block in &mut blocks {
        // (Or-ed without a branch per byte, so that the compiler reads the block in a few
        // vector steps: most blocks hold none.)
        if block.iter().fold(0, |any, &b| any | odd_byte(b)) != 0 {
            for (k, &b) in block.iter().enumerate() {
                if odd_byte(b) != 0 && look(at + k, b) {
                    return odd;
                }
            }
        }
        at += BLOCK;
    }
    for (k, &b) in blocks.remainder().iter().enumerate() {
        if odd_byte(b) != 0 && look(at + k, b) {
            break;
        }
    }
    odd
}

/// 1 for a byte that may open something odd — a control character other than a line break
/// or a tab, the byte 0xC3 (with which every sign of mojibake opens), `&` or `<` — and 0 for
/// any other, in bit operations only.
#[inline]
fn odd_byte(b: u8) -> u8 {
    let control =
        u8::from(b < 0x20) & u8::from(b != b'\n') & u8::from(b != b'\r') & u8::from(b != b'\t');
    control | u8::from(b == 0xC3) | u8::from(b == b'&') | u8::from(b == b'<')
}

/// The length of the sign of mojibake at `bytes[at]`, if one is there: UTF-8 text decoded
/// as Windows-1252 or Latin-1 and encoded again shows each accented letter or curly mark as
/// two or three characters — `FranÃ§ois` for `François`, `â€œ` for `“`, `Â` before a
/// no-break space. A sign is a character that stands for a UTF-8 lead byte (`Â` to `Å` for
/// a two-byte sequence, `â` for the three bytes of `“ ” ’ – —`) followed by one that stands
/// for a continuation byte (U+0080–U+00BF; after `Ã`, `Ä` and `Å`, the Windows-1252 marks
/// too; after `â`, `€`). Accented letters and curly marks as written never make one
/// (`José’s`, `São`, `ÉTÉ`).
fn mojibake_at(bytes: &[u8], at: usize) -> Option<usize> {
    let second = *bytes.get(at + 1)?;
    let next = bytes
        .get(at + 2..(at + 6).min(bytes.len()))
        .and_then(|rest| match core::str::from_utf8(rest) {
            Ok(s) => s.chars().next(),
            Err(e) => core::str::from_utf8(rest.get(..e.valid_up_to())?)
                .ok()?
                .chars()
                .next(),
        })?;
    let continuation = ('\u{80}'..='\u{bf}').contains(&next);
    let sign = match second {
        // `Â` to `Å`: the lead of a two-byte sequence for a Latin letter with an accent,
        // a no-break space or a sign (`é`, `ł`, `œ`, `°`) — not the rest of the range up to
        // `ß`, whose leads stand for other scripts and which stand before such a character
        // as written (`2×½`, `PELÉ` and a no-break space).
        0x82..=0x85 => continuation || second != 0x82 && WINDOWS_1252_HIGH.contains(&next),
        // `â`: the lead of `“ ” ‘ ’ – — …`, whose next byte 0x80 is `€` in Windows-1252.
        0xA2 => continuation || next == '€',
        _ => false,
    };
    sign.then(|| 2 + next.len_utf8())
}

/// The most bytes an HTML character reference or tag is read over.
const MAX_MARKUP: usize = 200;

/// The length of an HTML character reference (`&#233;`, `&#x2019;`, `&amp;`) or tag (`<br>`,
/// `</p>`, `<a href="…">`, one of [`lexicon::HTML_TAGS`]) at `bytes[at]`, if one is there:
/// what a page's markup leaves in text taken from it (`caf&#233;`).
fn markup_at(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..(at + MAX_MARKUP).min(bytes.len()))?;
    match rest {
        [b'&', ..] => char_reference_at(bytes, at),
        [b'<', body @ ..] => {
            let body = body.strip_prefix(b"/").unwrap_or(body);
            let name_len = body
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let name = core::str::from_utf8(body.get(..name_len)?).ok()?;
            // (The name ends at a space, a `/` or the `>`, which closes the tag on its line.)
            let after = body.get(name_len..)?;
            let inside = after.get(
                ..after
                    .iter()
                    .position(|&b| matches!(b, b'<' | b'\n' | b'>'))?,
            )?;
            let closes = name_len > 0
                && matches!(after.first(), Some(b' ' | b'/' | b'>'))
                && after.get(inside.len()) == Some(&b'>');
            // (A known element, or any name with an attribute: `<tweet tweet-id="…">`.)
            let attribute = inside.first() == Some(&b' ') && inside.contains(&b'=');
            // (Through the `>` that closes it, right after what is inside.)
            let len = rest.len() - after.len() + inside.len() + 1;
            (closes && (lexicon::HTML_TAGS.has(name) || attribute)).then_some(len)
        }
        _ => None,
    }
}

/// The length of the HTML character reference at `bytes[at]` (`&#233;`, `&#x2019;`,
/// `&amp;`), if one is there.
pub(crate) fn char_reference_at(bytes: &[u8], at: usize) -> Option<usize> {
    let body = bytes.get(at..)?.strip_prefix(b"&")?;
    let semi = body.iter().take(32).position(|&b| b == b';')?;
    let name = body.get(..semi)?;
    let reference = match name {
        [b'#', b'x' | b'X', hex @ ..] => {
            (1..=6).contains(&hex.len()) && hex.iter().all(u8::is_ascii_hexdigit)
        }
        [b'#', digits @ ..] => {
            (1..=7).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
        }
        // (A named one, `&amp;`, `&frac12;`: two letters at least, as `AT&T;` has one.)
        [first, more @ ..] => {
            first.is_ascii_alphabetic()
                && !more.is_empty()
                && more.iter().all(u8::is_ascii_alphanumeric)
        }
        [] => false,
    };
    reference.then_some(semi + 2)
}

/// The named character references [`decode_references`] writes out, with what they stand
/// for (the others are left as written).
const NAMED_REFERENCES: &[(&str, &str)] = &[
    ("&amp;", "&"),
    ("&quot;", "\""),
    ("&apos;", "'"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&nbsp;", " "),
];

/// `text` with its numeric character references and those of [`NAMED_REFERENCES`] written as
/// what they stand for (`Jos&#233;` → `José`); `None` when it holds none.
pub(crate) fn decode_references(text: &str) -> Option<String> {
    if !text.contains('&') {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // (Where the text not yet copied starts: past the last reference written out, if any.)
    let mut done = 0;
    let mut i = 0;
    while let Some(k) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'&'))
    {
        let at = i + k;
        let len = char_reference_at(bytes, at).unwrap_or(1);
        let reference = text.get(at..at + len).unwrap_or("");
        // (`&#233;` in decimal, `&#xE9;` in hexadecimal.)
        let numeric = reference
            .strip_prefix("&#")
            .and_then(|n| n.strip_suffix(';'))
            .and_then(|n| match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => n.parse().ok(),
            })
            .and_then(char::from_u32);
        let mut buf = [0u8; 4];
        let decoded = match numeric {
            Some(c) => Some(&*c.encode_utf8(&mut buf)),
            None => NAMED_REFERENCES
                .iter()
                .find(|(r, _)| *r == reference)
                .map(|(_, s)| *s),
        };
        if let Some(d) = decoded {
            out.push_str(text.get(done..at).unwrap_or(""));
            out.push_str(d);
            done = at + len;
        }
        i = at + len;
    }
    out.push_str(text.get(done..).unwrap_or(""));
    (done > 0).then_some(out)
}

/// Where the HTML tag that `bytes[i]` stands inside ends (see [`markup_at`]), if it stands
/// inside one: the `"` of `<a href="…">`.
pub(crate) fn tag_end_around(bytes: &[u8], i: usize) -> Option<usize> {
    let from = i.saturating_sub(MAX_MARKUP);
    let lt = from
        + bytes
            .get(from..i)?
            .iter()
            .rposition(|&b| matches!(b, b'<' | b'>'))?;
    if bytes.get(lt) != Some(&b'<') {
        return None;
    }
    let end = lt + markup_at(bytes, lt)?;
    (end > i).then_some(end)
}

/// `char::is_alphanumeric` with the common cases answered without the Unicode tables: ASCII,
/// and the General Punctuation block (U+2000–U+206F: curly quotes, dashes, ellipsis), which
/// holds no letters or digits. News text is full of those marks.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// White space as news text has it: ASCII space and tabs, NBSP, the Unicode spaces, and the
/// zero-width space and byte-order mark that stand between words in scraped text.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Whether `b` is an ASCII byte [`is_space`] accepts (`u8::is_ascii_whitespace` leaves out
/// the vertical tab, which `char::is_whitespace` has).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Trimming [`is_space`] off a text's ends, its ASCII spaces read as bytes: what
/// `trim_start_matches(is_space)` and `trim_end_matches(is_space)` give, with a char decoded
/// only where a byte past ASCII stands at the edge.
pub(crate) trait TrimSpace {
    /// `self.trim_start_matches(is_space)`.
    fn trim_start_space(&self) -> &str;
    /// `self.trim_end_matches(is_space)`.
    fn trim_end_space(&self) -> &str;
    /// `self.trim_matches(is_space)`.
    fn trim_space(&self) -> &str {
        self.trim_start_space().trim_end_space()
    }
}

impl TrimSpace for str {
    #[inline]
    fn trim_start_space(&self) -> &str {
        let n = self.bytes().take_while(|&b| is_ascii_space(b)).count();
        let rest = self.get(n..).unwrap_or("");
        if rest.as_bytes().first().is_some_and(|&b| b >= 0x80) {
            rest.trim_start_matches(is_space)
        } else {
            rest
        }
    }

    #[inline]
    fn trim_end_space(&self) -> &str {
        let n = self
            .bytes()
            .rev()
            .take_while(|&b| is_ascii_space(b))
            .count();
        let rest = self.get(..self.len() - n).unwrap_or("");
        if rest.as_bytes().last().is_some_and(|&b| b >= 0x80) {
            rest.trim_end_matches(is_space)
        } else {
            rest
        }
    }
}

/// Dashes that separate a source tag or a trailing attribution from the text.
pub(crate) const DASHES: &[&str] = &["—", "–", "--", "-", "―", "‒"];

/// The last char of `s`.
#[inline]
pub(crate) fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// The first char of `s`.
#[inline]
pub(crate) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// The text from `a` to `b`, both moved inward to char boundaries (`a` up, `b` down, `b`
/// capped at the end), with the offset where it starts: a window cut at byte counts.
pub(crate) fn window(s: &str, a: usize, b: usize) -> (usize, &str) {
    let mut b = b.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    let mut a = a.min(b);
    while !s.is_char_boundary(a) {
        a += 1;
    }
    (a, sub(s, a, b))
}

/// Whether the text before `at` ends a sentence (or is empty): past spaces and tabs, a
/// sentence's closing mark, a colon, a closing quote mark or a line break.
pub(crate) fn opens_sentence(s: &str, at: usize) -> bool {
    sub(s, 0, at)
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '”' | '"' | '\n' | '\r'))
}

/// `s[a..b]`, or `""` when out of bounds or off a char boundary.
#[inline]
pub(crate) fn sub(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_pair_of_bytes_is_found_at_any_offset_and_across_chunks() {
        for n in 0..24 {
            let text = format!("{}he{}", "x".repeat(n), "y".repeat(n % 5));
            assert_eq!(find_pair(text.as_bytes(), 0, *b"he"), Some(n), "{text}");
            assert_eq!(find_pair(text.as_bytes(), n + 1, *b"he"), None, "{text}");
        }
        // (The first of several; a lone first byte before it is passed over.)
        assert_eq!(find_pair(b"ah hhe the", 0, *b"he"), Some(4));
        assert_eq!(find_pair(b"ah hhe the", 5, *b"he"), Some(8));
        assert_eq!(find_pair(b"ehehehe", 0, *b"he"), Some(1));
        assert_eq!(find_pair(b"h", 0, *b"he"), None);
        assert_eq!(find_pair(b"he", 9, *b"he"), None);
    }

    #[test]
    fn a_run_of_ascii_letters_and_digits_ends_where_a_byte_at_a_time_would_end_it() {
        check_against_bytes(
            |b| Some(ascii_alnum_run(b)).filter(|&n| n < b.len()),
            |c| !c.is_ascii_alphanumeric(),
            &[
                "Trump’s",
                "McConnell2016, said",
                "José",
                "0123456789abcdefghijklmnopqrstuvwxyz",
            ],
        );
        assert_eq!(ascii_alnum_run(b""), 0);
        assert_eq!(ascii_alnum_run(b"AZaz09@[`{/:"), 6);
    }

    /// Checks an eight-bytes-at-a-time search against `exact` read a byte at a time: on
    /// every byte value alone and after seven letters, on every pair of values in one chunk,
    /// and from every start of `texts`.
    pub(crate) fn check_against_bytes(
        search: impl Fn(&[u8]) -> Option<usize>,
        exact: impl Fn(u8) -> bool,
        texts: &[&str],
    ) {
        let read = |b: &[u8]| b.iter().position(|&c| exact(c));
        for v in 0..=255u8 {
            let mut b = *b"abcdefg_abcdefg_";
            b[7] = v;
            b[15] = v;
            assert_eq!(search(&b), read(&b), "{v:#x}");
            assert_eq!(search(&[v]), read(&[v]), "{v:#x}");
            for w in 0..=255u8 {
                let mut b = *b"abcdefgh";
                b[2] = v;
                b[5] = w;
                assert_eq!(search(&b), read(&b), "{v:#x} {w:#x}");
            }
        }
        for t in texts {
            for start in 0..=t.len() {
                let b = t.as_bytes().get(start..).unwrap_or(&[]);
                assert_eq!(search(b), read(b), "{t:?} from {start}");
            }
        }
    }

    #[test]
    fn the_search_for_a_control_character_finds_what_a_byte_at_a_time_would() {
        check_against_bytes(
            |b| odd_text(b).control.map(|(at, _)| at),
            |c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t'),
            &[
                "line one\nline two\r\n\ttabbed\u{7}bell and caf\u{e9}\u{0}",
                // (Past the first 64-byte block, after the other odd bytes: `&`, `<`, 0xC3.)
                "a caf\u{e9} & a <b> in the first block, read whole, then on into the \
                 second, where a bell rings: \u{7}, and a NUL \u{0}",
            ],
        );
    }

    /// Checks that `odd` of [`odd_text`] finds each text's second string in it, and nothing in
    /// the texts of `none` — each text as it is (read in the last, partial block) and after
    /// 100 bytes of letters (read in whole blocks).
    fn check_odd(
        odd: impl Fn(OddText) -> Option<(usize, usize)>,
        found: &[(&str, &str)],
        none: &[&str],
    ) {
        for pad in [String::new(), "x".repeat(100)] {
            for (text, what) in found {
                let text = format!("{pad}{text}");
                let at = text.find(what).map(|a| (a, what.len()));
                assert_eq!(odd(odd_text(text.as_bytes())), at, "{text:?}");
            }
            for text in none {
                let text = format!("{pad}{text}");
                assert_eq!(odd(odd_text(text.as_bytes())), None, "{text:?}");
            }
        }
    }

    #[test]
    fn mojibake_is_found_and_accents_as_written_are_not() {
        // The two characters a UTF-8 sequence shows as after Windows-1252 or Latin-1.
        check_odd(
            |o| o.mojibake,
            &[
                ("Fran\u{c3}\u{a7}ois said", "\u{c3}\u{a7}"),
                ("the Guant\u{c3}\u{a1}namo base", "\u{c3}\u{a1}"),
                (
                    "\u{e2}\u{20ac}\u{153}We will,\u{e2}\u{20ac}\u{9d} she said",
                    "\u{e2}\u{20ac}",
                ),
                ("the \u{c3}\u{2030}lys\u{e9}e", "\u{c3}\u{2030}"),
                ("no\u{c2}\u{a0}break", "\u{c2}\u{a0}"),
                ("chef-d\u{2019}\u{c5}\u{201c}uvre", "\u{c5}\u{201c}"),
                ("Latin-1 \u{e2}\u{80}\u{9c}quote", "\u{e2}\u{80}"),
            ],
            &[
                "Jos\u{e9}\u{2019}s caf\u{e9} in S\u{e3}o Paulo, d\u{e9}j\u{e0} vu",
                "\u{c9}T\u{c9}\u{2019}S \u{c7}A VA \u{c3}O \u{c2}GE \u{c6}r\u{f8}",
                "2\u{d7}\u{bd} and \u{e2} la carte, \u{c3}",
                "PEL\u{c9}\u{a0}said \u{c2}\u{2019}s",
                "",
            ],
        );
    }

    #[test]
    fn html_markup_is_found_and_ampersands_and_comparisons_are_not() {
        check_odd(
            |o| o.markup,
            &[
                ("an internet caf&#233; nearby", "&#233;"),
                ("a person&#x2019;s health", "&#x2019;"),
                ("Smith &amp; Sons said", "&amp;"),
                ("one line<br>and another", "<br>"),
                ("the end.</p>", "</p>"),
                (
                    "see <a href=\"https://example.com\">the site</a>",
                    "<a href=\"https://example.com\">",
                ),
                ("a <BR/> in capitals", "<BR/>"),
                // (Any name with an attribute: an embed a site left.)
                (
                    "see <tweet tweet-id=\"6711\"><tweet/>.",
                    "<tweet tweet-id=\"6711\">",
                ),
            ],
            &[
                "AT&T; R&D and Q&A, salt & pepper",
                "if x<a then y, 3 < 4 > 2, <unknown> tags",
                "a <b\n>, &#; &#12345678; &x; &, <tweet/> <x y=z",
                "",
            ],
        );
    }

    #[test]
    fn character_references_are_decoded_and_other_ampersands_kept() {
        for (text, decoded) in [
            ("Jos&#233; Manuel", Some("José Manuel")),
            ("Bryn F&#xF4;n", Some("Bryn Fôn")),
            ("Smith &amp; Sons&#8217;", Some("Smith & Sons\u{2019}")),
            ("AT&T, R&D; &frac12; &#; &", None),
        ] {
            assert_eq!(decode_references(text).as_deref(), decoded, "{text:?}");
        }
    }

    #[test]
    fn trimming_spaces_is_what_the_char_trims_give() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\t\n a b \r\n",
            "\u{b}a\u{b}",
            "\u{a0}a\u{a0}",
            " \u{a0} a \u{2009}",
            "\u{feff}\u{200b}x\u{200b}",
            "caf\u{e9} ",
            " \u{e9}",
            "\u{3000}日本\u{3000}",
            "x\u{85}",
        ] {
            assert_eq!(
                s.trim_start_space(),
                s.trim_start_matches(is_space),
                "{s:?}"
            );
            assert_eq!(s.trim_end_space(), s.trim_end_matches(is_space), "{s:?}");
            assert_eq!(s.trim_space(), s.trim_matches(is_space), "{s:?}");
        }
    }

    #[test]
    fn the_short_split_and_trim_are_the_str_ones() {
        let texts = [
            "",
            "of",
            " of ",
            "Mr. Morgan of the Sierra Club",
            "a of b of c",
            "José of Málaga",
            "Bank of England governor",
            "Ann’s",
            "Ann’s’s",
            "Ann's",
            "s",
            "’s",
            "x of",
        ];
        for s in texts {
            for pat in [" of ", " from ", ", ", "of", "’s", "'s", "é o", "x", ""] {
                assert_eq!(split_once_short(s, pat), s.split_once(pat), "{s:?} {pat:?}");
                assert_eq!(
                    trim_end_str(s, pat),
                    s.trim_end_matches(pat),
                    "{s:?} {pat:?}"
                );
            }
        }
    }

    #[test]
    fn trailing_letters_are_what_a_split_on_chars_gives() {
        for s in [
            "",
            "said the",
            "Smith,",
            "a",
            " ",
            "José",
            "of Málaga",
            "said Åsa",
            "a\u{e9}b",
            "x1",
            "end.",
            "l’Équipe",
            "Straße",
            "one two\u{a0}three",
            "日本",
            "ab\u{301}",
        ] {
            let split = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            assert_eq!(trailing_letters(s), split, "{s:?}");
        }
    }

    #[test]
    fn the_search_for_a_line_end_finds_what_a_byte_at_a_time_would() {
        check_against_bytes(
            find_line_end,
            |b| b == b'\n' || b == b'\r',
            &[
                "",
                "one line without an end, longer than one chunk of eight",
                "a\nb",
                "seven\n\r\n",
                "a line ended by a carriage return alone\rthen the next\n",
                "caf\u{e9} \u{2028} and \u{85}, then\r\n",
                "\u{b}\u{c}\u{e}\u{9} controls near the line ends\u{a}",
            ],
        );
    }

    #[test]
    fn the_search_for_a_mark_finds_what_a_byte_at_a_time_would() {
        check_against_bytes(
            next_mark_start,
            may_start_mark,
            &[
                "",
                "a",
                "plain words without any mark at all in them here",
                "then a \"straight\" one",
                "exactly8'",
                "`backtick` and it's",
                "it\u{2019}s a \u{201c}quote\u{201d}",
                "\u{ab}guillemets\u{bb} and caf\u{e9}",
                "!#&()*+ punctuation near the marks ! # & ( _ a",
            ],
        );
    }
}
