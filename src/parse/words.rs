//! A small tokenizer for the bounded windows around quotes: words and punctuation with spans.
//!
//! # Grammar
//! ```text
//! token = word | punct
//! word  = alnum { alnum | [.’'-&] alnum | "," digit (after a digit) } [ "." if an abbreviation or initial ]
//! punct = any other non-space char
//! ```
//! # Examples
//! `Mr. Price, 52, said:` → `Mr.` `Price` `,` `52` `,` `said` `:`
//!
//! # Diagnostics emitted
//! None.

use std::sync::OnceLock;

use crate::parse::chars::{
    HIGH, ascii_alnum_run, bytes_in_range, char_reference_at, is_alnum, is_space, sub,
};
use crate::parse::lexicon::{self, WordTable};

/// A token with absolute byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// `None` for a word, `Some(c)` for a punctuation char.
    pub(crate) punct: Option<char>,
}

impl Tok {
    pub(crate) fn is_word(&self) -> bool {
        self.punct.is_none()
    }

    pub(crate) fn text<'s>(&self, src: &'s str) -> &'s str {
        sub(src, self.start, self.end)
    }

    /// Whether this punctuation token ends a sentence.
    pub(crate) fn is_sentence_end(&self) -> bool {
        matches!(self.punct, Some('.' | '!' | '?' | '…'))
    }
}

fn is_word_char(c: char) -> bool {
    is_alnum(c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '’' | '\'' | '-' | '&' | '‐' | '/') || is_latin1_inner(c)
}

/// A combining diacritical mark: part of the letter before it (`José` written `Jose\u{301}`).
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// A Latin-1 control or symbol that stands inside words: the soft hyphen, and the second
/// half of UTF-8 read as Latin-1 (`FranÃ§ois` for `François`, the name kept one word).
/// Not the no-break space nor guillemets, which stand between words.
fn is_latin1_inner(c: char) -> bool {
    ('\u{80}'..='\u{BF}').contains(&c) && !matches!(c, '\u{A0}' | '«' | '»')
}

/// Tokens of `src[start..end]` (both snapped to char boundaries).
pub(crate) fn tokenize(src: &str, start: usize, end: usize) -> Vec<Tok> {
    Tokens::new(src, start, end).collect()
}

/// The tokens of a stretch of text, one at a time.
#[derive(Debug, Clone)]
pub(crate) struct Tokens<'s> {
    text: &'s str,
    /// Offset of `text` in the source.
    base: usize,
    /// Position in `text`.
    pos: usize,
}

impl<'s> Tokens<'s> {
    /// Tokens of `src[start..end]` (both snapped to char boundaries). A `start` inside a
    /// word moves past it: windows cut at a byte count must not read `ek’s` for `week’s`.
    pub(crate) fn new(src: &'s str, start: usize, end: usize) -> Self {
        let mut start = start.min(src.len());
        while !src.is_char_boundary(start) {
            start -= 1;
        }
        let inside_word = |at: usize| {
            sub(src, 0, at).chars().next_back().is_some_and(is_alnum)
                && sub(src, at, src.len())
                    .chars()
                    .next()
                    .is_some_and(|c| is_alnum(c) || matches!(c, '’' | '\'' | '-'))
        };
        let mut end = end.min(src.len()).max(start);
        while !src.is_char_boundary(end) {
            end += 1;
        }
        // (Searching only up to `end` keeps the work within the window.)
        if start > 0 && inside_word(start) {
            start = sub(src, start, end)
                .find(is_space)
                .map_or(end, |i| start + i);
        }
        Tokens {
            text: sub(src, start, end),
            base: start,
            pos: 0,
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let text = self.text;
        let bytes = text.as_bytes();
        // The char at byte `k`: ASCII without decoding.
        let char_at = |k: usize| -> Option<char> {
            match bytes.get(k) {
                Some(&b) if b < 0x80 => Some(char::from(b)),
                Some(_) => text.get(k..).and_then(|s| s.chars().next()),
                None => None,
            }
        };
        let mut i = self.pos;
        let c = loop {
            // (ASCII spaces, the common case, without building a char.)
            match bytes.get(i) {
                Some(b' ' | b'\t'..=b'\r') => {
                    i += 1;
                    continue;
                }
                None => return None,
                _ => {}
            }
            let c = char_at(i)?;
            if !is_space(c) {
                break c;
            }
            i += c.len_utf8();
        };
        if !is_word_char(c) {
            self.pos = i + c.len_utf8();
            return Some(Tok {
                start: self.base + i,
                end: self.base + self.pos,
                punct: Some(c),
            });
        }
        let mut j = i + c.len_utf8();
        // (ASCII letters and digits, the bulk of a word, eight bytes at a time.)
        j += ascii_alnum_run(bytes.get(j..).unwrap_or_default());
        while let Some(d) = char_at(j) {
            // A word char, or a joiner with a word char after it (`it’s`, `U.S`, `co-op`).
            // (And a comma between digits, in a number: `7,000`, `$1,200`.)
            let joins = || {
                is_joiner(d) && char_at(j + d.len_utf8()).is_some_and(is_word_char)
                    || d == ','
                        && j.checked_sub(1)
                            .and_then(|p| bytes.get(p))
                            .is_some_and(u8::is_ascii_digit)
                        && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            };
            if !(d.is_ascii_alphanumeric() || is_word_char(d) || is_combining(d) || joins()) {
                // (An HTML character reference a page left inside a word is part of it:
                // `Jos&#233;`, `caf&#233;`.)
                match (d == '&').then(|| char_reference_at(bytes, j)).flatten() {
                    Some(len) => {
                        j += len;
                        continue;
                    }
                    None => break,
                }
            }
            j += d.len_utf8();
        }
        // A trailing period belongs to abbreviations and initials.
        if bytes.get(j) == Some(&b'.') && is_abbreviation(sub(text, i, j)) {
            j += 1;
        }
        self.pos = j;
        Some(Tok {
            start: self.base + i,
            end: self.base + j,
            punct: None,
        })
    }
}

/// `Mr`, `U.S`, `J` (an initial): words after which a period does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // (Not a decimal number: `$3.27bn.` ends its sentence.)
    if word.len() <= 6 && word.contains('.') && !has_decimal_point(word) {
        return true;
    }
    // `R-Ky.`, `D-Calif.`: a party and a state.
    let word = match word.bytes().rposition(|b| b == b'-') {
        Some(k) => word.get(k + 1..).unwrap_or(word),
        None => word,
    };
    lexicon::ABBREVIATIONS.has(word)
}

/// Whether a period in `word` stands between two digits (`3.27bn`, `1.5m`).
fn has_decimal_point(word: &str) -> bool {
    word.as_bytes()
        .windows(3)
        .any(|w| matches!(w, [a, b'.', c] if a.is_ascii_digit() && c.is_ascii_digit()))
}

/// Whether `word` starts with an upper-case letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` ends in a possessive `’s` or `'s` (`Trump’s`, `the campaign's`).
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// The lower-case form of a word, with ’ folded to '.
pub(crate) fn lower(word: &str) -> String {
    let mut s = word.to_lowercase();
    if s.contains('’') {
        s = s.replace('’', "'");
    }
    s
}

/// A lower-case word (’ read as ') that lives on the stack when it is short ASCII, as
/// nearly every word is: [`lower`] without the allocation.
#[derive(Debug, Clone)]
pub(crate) enum Lower {
    Inline { buf: [u8; 24], len: u8 },
    Heap(String),
}

impl Lower {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Inline { buf, len } => buf
                .get(..usize::from(*len))
                .and_then(|b| core::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl Default for Lower {
    fn default() -> Self {
        Lower::Inline {
            buf: [0; 24],
            len: 0,
        }
    }
}

impl core::ops::Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// [`lower`] on the stack for short ASCII words.
pub(crate) fn lower_small(word: &str) -> Lower {
    with_lower_bytes(word, |lw| {
        let mut buf = [0u8; 24];
        match (buf.get_mut(..lw.len()), u8::try_from(lw.len())) {
            (Some(dst), Ok(len)) => {
                dst.copy_from_slice(lw);
                Lower::Inline { buf, len }
            }
            _ => Lower::Heap(String::from_utf8_lossy(lw).into_owned()),
        }
    })
}

/// The base form of a regularly inflected English verb, guessed: `says` → `say`,
/// `noted` → `note`, `adding` → `add`, `replied` → `reply`. Returns the candidates, in
/// order, each as a stem of `w` and the letter to add to it (`repli` + `y`), so that no
/// candidate is allocated.
pub(crate) fn verb_stems(w: &str) -> impl Iterator<Item = (&str, &'static str)> + '_ {
    let strip = move |suffix: &str| w.strip_suffix(suffix).filter(|s| s.len() >= 2);
    let y = strip("ies").or_else(|| strip("ied")).map(|s| (s, "y"));
    let es = strip("es").map(|s| (s, ""));
    let plain_s = strip("s").map(|s| (s, ""));
    // (`-ed` and `-ing`: the stem, the stem with `e`, and a doubled consonant undone.)
    let inflected = ["ed", "ing"].into_iter().filter_map(strip).flat_map(|s| {
        let b = s.as_bytes();
        let doubled = (b.len() >= 2 && b.last() == b.get(b.len() - 2))
            .then(|| (s.get(..s.len() - 1).unwrap_or(""), ""));
        [Some((s, "")), Some((s, "e")), doubled]
            .into_iter()
            .flatten()
    });
    core::iter::once((w, ""))
        .chain(y)
        .chain(es)
        .chain(plain_s)
        .chain(inflected)
}

/// A verb's past tense or participle by its ending, not a short word (`red`, `bed`):
/// `criticized`, `defended`.
pub(crate) fn is_past_tense_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// Whether `word` (in any case, ’ read as ') is a form of a cue verb: an irregular form, or
/// a base form with a regular inflection (`says`, `noted`, `replied`, `quipped`, `adding`).
/// The hot path: one lookup, with no UTF-8 check.
pub(crate) fn is_cue(word: &str) -> bool {
    cue_forms().get_any_case(word).is_some()
}

/// Every form of every cue verb, irregular and regular, generated once: one lookup per word
/// instead of one per table and suffix rule.
fn cue_forms() -> &'static WordTable<()> {
    static FORMS: OnceLock<WordTable<()>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms: Vec<Box<[u8]>> = lexicon::CUE_IRREGULAR
            .words()
            .map(|w| Box::from(w.as_bytes()))
            .collect();
        for base in lexicon::CUE_VERBS.words() {
            regular_forms(base, |form| {
                forms.push(form.into_bytes().into_boxed_slice())
            });
        }
        WordTable::new(forms.into_iter().map(|f| (f, ())), |_, ()| {})
    })
}

/// The regular forms of a verb (stems of at least two bytes, as [`verb_stems`] reads them
/// back): `note` → `note notes notees noted noteed noting noteing notd …`. Over-generated
/// forms are harmless: they are not English words.
fn regular_forms(base: &str, mut emit: impl FnMut(String)) {
    emit(base.to_owned());
    let long = base.len() >= 2;
    if long {
        for suffix in ["es", "s", "ed", "ing", "d"] {
            emit(format!("{base}{suffix}"));
        }
        // A doubled final consonant: `quipped`, `chatting`.
        if let Some(last) = base.chars().next_back() {
            for suffix in ["ed", "ing"] {
                emit(format!("{base}{last}{suffix}"));
            }
        }
    } else if let Some(last) = base.chars().next_back() {
        // A one-letter stem doubles into two letters.
        for suffix in ["ed", "ing"] {
            emit(format!("{base}{last}{suffix}"));
        }
    }
    if let Some(stem) = base.strip_suffix('e').filter(|s| s.len() >= 2) {
        for suffix in ["ed", "ing"] {
            emit(format!("{stem}{suffix}"));
        }
    }
    if let Some(stem) = base.strip_suffix('y').filter(|s| s.len() >= 2) {
        for suffix in ["ies", "ied"] {
            emit(format!("{stem}{suffix}"));
        }
    }
}

/// The base form of `lw` if it is a form of one of `bases`.
pub(crate) fn verb_base<'a>(lw: &str, bases: &[&'a str]) -> Option<&'a str> {
    verb_stems(lw).find_map(|(stem, tail)| {
        bases.iter().copied().find(|b| {
            b.len() == stem.len() + tail.len() && b.starts_with(stem) && b.ends_with(tail)
        })
    })
}

/// Call `f` with the lower-case form of `word` (’ read as '), without allocating for
/// ASCII words.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower_bytes(word, |lw| f(core::str::from_utf8(lw).unwrap_or("")))
}

/// [`with_lower`] as bytes, for table lookups keyed by bytes: a short ASCII word is
/// lower-cased on the stack and never re-validated as UTF-8.
pub(crate) fn with_lower_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    // (A word of up to sixteen bytes, nearly every word, is lower-cased eight bytes at a
    // time, packed as the word tables pack it.)
    if let Some(lowered) = lower_packed(word.as_bytes()) {
        let buf = lowered.to_le_bytes();
        return f(buf.get(..word.len()).unwrap_or_default());
    }
    with_lower_bytes_unpacked(word, f)
}

/// [`with_lower_bytes`] for a word [`lower_packed`] did not take (past ASCII, or longer
/// than sixteen bytes), which is not tried again.
pub(crate) fn with_lower_bytes_unpacked<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 48];
    // (One pass lower-cases and checks for ASCII: a byte past it sends the word to the
    // full lower-casing.)
    if let Some(dst) = buf.get_mut(..word.len()) {
        let mut high = 0u8;
        for (d, s) in dst.iter_mut().zip(word.bytes()) {
            high |= s;
            *d = s.to_ascii_lowercase();
        }
        if high < 0x80 {
            return f(dst);
        }
    }
    // (A word whose one character past ASCII is `’`, `Trump’s`, `didn’t`, the common case
    // there, is lower-cased on the stack too: the mark read as `'`, as `lower` reads it.)
    if let Some(n) = lower_with_apostrophes(word, &mut buf) {
        return f(buf.get(..n).unwrap_or_default());
    }
    f(lower(word).as_bytes())
}

/// `word` lower-cased and packed as the word tables pack their words ([`lexicon::pack`]),
/// when it is ASCII and one to sixteen bytes long (nearly every word): eight bytes at a
/// time, in registers.
#[inline]
pub(crate) fn lower_packed(word: &[u8]) -> Option<u128> {
    let packed = lexicon::pack(word)?;
    let [lo, hi] = [packed as u64, (packed >> 64) as u64];
    ((lo | hi) & HIGH == 0)
        .then(|| u128::from(ascii_lower8(lo)) | (u128::from(ascii_lower8(hi)) << 64))
}

/// Eight ASCII bytes with their capitals lower-cased (no byte may be past ASCII).
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    // (`0x80 >> 2` is the case bit, `0x20`.)
    x | (bytes_in_range(x, b'A', b'Z') >> 2)
}

/// `word` lower-cased into `buf` when it is ASCII but for `’` (read as `'`); its length
/// there. `None` for a word with any other character past ASCII, or too long for `buf`.
fn lower_with_apostrophes(word: &str, buf: &mut [u8]) -> Option<usize> {
    let bytes = word.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (out, len) = if b < 0x80 {
            (b.to_ascii_lowercase(), 1)
        } else if bytes.get(i..i + 3) == Some("’".as_bytes()) {
            (b'\'', 3)
        } else {
            return None;
        };
        *buf.get_mut(n)? = out;
        n += 1;
        i += len;
    }
    Some(n)
}

/// An adverb in `-ly` (`routinely`, `openly`; not `only`, `fly`, the adjectives `early`,
/// `elderly`, nor the nouns `rally`, `monopoly`).
#[inline]
pub(crate) fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !lexicon::LY_NOT_ADVERBS.has(w)
}

/// How many closing quotation marks open `toks`: those of a quote that ended the sentence
/// before, no words of the one they stand before (`… a textbook." Mr Negroponte wants …`).
pub(crate) fn closing_marks(toks: &[Tok]) -> usize {
    toks.iter()
        .take_while(|t| matches!(t.punct, Some('"' | '”' | '’' | '\'')))
        .count()
}

/// A word in lower case: a verb, an adverb, a common noun — never a name.
#[inline]
pub(crate) fn is_lower_word(src: &str, t: &Tok) -> bool {
    t.is_word() && !is_capitalized(t.text(src))
}

/// Whether the words `seg` are one of [`lexicon::SENTENCE_ADVERBIALS`], in lower case.
#[inline]
pub(crate) fn is_sentence_adverbial(src: &str, seg: &[Tok]) -> bool {
    seg.iter().all(|t| is_lower_word(src, t))
        && lexicon::SENTENCE_ADVERBIALS
            .iter()
            .any(|phrase| phrase.split(' ').eq(seg.iter().map(|t| t.text(src))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_between_digits_is_inside_a_number() {
        let src = "about 7,000 jobs, $1,200, and 3, 4 or 5";
        let words: Vec<&str> = Tokens::new(src, 0, src.len())
            .filter(Tok::is_word)
            .map(|t| t.text(src))
            .collect();
        assert_eq!(
            words,
            [
                "about", "7,000", "jobs", "1,200", "and", "3", "4", "or", "5"
            ]
        );
    }

    #[test]
    fn a_verb_form_finds_its_base_by_the_regular_inflections_in_order() {
        let bases = ["say", "reply", "note", "add", "quip", "tie", "pass"];
        for (form, base) in [
            ("say", "say"),
            ("says", "say"),
            ("replies", "reply"),
            ("replied", "reply"),
            ("noted", "note"),
            ("noting", "note"),
            ("added", "add"),
            ("adding", "add"),
            ("quipped", "quip"),
            ("ties", "tie"),
            ("passes", "pass"),
        ] {
            assert_eq!(verb_base(form, &bases), Some(base), "{form}");
        }
        for form in ["sad", "nothing", "ed", "s", ""] {
            assert_eq!(verb_base(form, &bases), None, "{form}");
        }
        // (The candidates in order: the word, then `-ies`, `-es`, `-s`, `-ed`, `-ing`; no
        // stem shorter than two letters.)
        let stems = |w| -> Vec<String> { verb_stems(w).map(|(s, t)| format!("{s}{t}")).collect() };
        assert_eq!(stems("replied"), ["replied", "reply", "repli", "replie"]);
        assert_eq!(stems("tied"), ["tied", "ti", "tie"]);
        assert_eq!(stems("stopping"), ["stopping", "stopp", "stoppe", "stop"]);
    }

    #[test]
    fn a_word_is_lowered_on_the_stack_as_lower_lowers_it() {
        let long = format!("{}’S", "A".repeat(50));
        for word in [
            "Trump’s",
            "DIDN’T",
            "’90s",
            "rock’n’roll",
            "O’Donnell",
            "it's",
            "José",
            "Ⅻ’s",
            "’",
            "",
            long.as_str(),
        ] {
            let stacked = with_lower_bytes(word, <[u8]>::to_vec);
            assert_eq!(stacked, lower(word).into_bytes(), "{word}");
        }
        let mut buf = [0u8; 48];
        assert_eq!(lower_with_apostrophes("Trump’s", &mut buf), Some(7));
        assert_eq!(lower_with_apostrophes("José", &mut buf), None);
        assert_eq!(lower_with_apostrophes(&long, &mut buf), None);
    }

    #[test]
    fn a_short_ascii_word_is_lowered_in_registers_as_byte_by_byte() {
        // Every ASCII byte at every place of words of every packed length (the bytes around
        // `A`, `Z`, `@`, `[`, and `` ` `` or `{`, which differ from a capital by the case bit,
        // included): the same key as the word lowered a byte at a time, then packed.
        for len in 1..=16 {
            for at in 0..len {
                for b in 0..0x80u8 {
                    let mut word = vec![b'Q'; len];
                    if let Some(slot) = word.get_mut(at) {
                        *slot = b;
                    }
                    let expected = lexicon::pack(&word.to_ascii_lowercase());
                    assert_eq!(lower_packed(&word), expected, "{word:?}");
                }
            }
        }
        // Past ASCII, or past sixteen bytes, or empty: not packed (the slower paths lower).
        for word in ["José", "Trump’s", "Constitutionality", ""] {
            assert_eq!(lower_packed(word.as_bytes()), None, "{word}");
        }
        assert_eq!(with_lower_bytes("McCONNELL", <[u8]>::to_vec), b"mcconnell");
    }

    #[test]
    fn a_window_cut_inside_a_word_starts_after_it() {
        let src = "last week’s Paris attack";
        let words = |start: usize| -> Vec<&str> {
            Tokens::new(src, start, src.len())
                .map(|t| t.text(src))
                .collect()
        };
        // Inside `week’s` (and inside the apostrophe's bytes): the cut word is skipped.
        assert_eq!(words(7), ["Paris", "attack"]);
        assert_eq!(words(10), ["Paris", "attack"]);
        // At a word's start, nothing is skipped.
        assert_eq!(words(5), ["week’s", "Paris", "attack"]);
        assert_eq!(words(0).first(), Some(&"last"));
    }
}
