//! Speaker resolution: every attribution's mention resolved to one speaker of the article.
//!
//! # Rules
//! ```text
//! named mention    → strip honorifics and titles (Mr., Sen., spokesman) into a role;
//!                    one word → the full name in the article that ends (or starts) with it;
//!                    several → the fullest known form with the same surname;
//!                    an acronym → the name whose initials spell it (IMF).
//! definite nominal → the titled person (the senator → Sen. Bernie Sanders), else the
//!                    earlier description with the same head and ordinal
//!   (the third official → a third administration official); with capitalized modifiers
//!   only the person or description with the same words (the French president → French
//!   President Jacques Chirac); a bare organisation noun with no description before it →
//!   the organisation that spoke last (the ministry)
//! indefinite       → a new speaker (a senior US administration official, Hundreds of
//!                    protesters)
//! pronoun          → he/she: the more recent of the last compatible speaker mentioned before
//!                    it and the last compatible person who was a sentence's or clause's
//!                    subject (else the last person named); they/it: the most recent
//!                    organisation or group
//! organisation     → by its fullest form (The Post → The Washington Post)
//! ```
//! Ambiguous mentions stay their own speaker rather than being guessed.
//!
//! The text's names come from one pass over the capitalized runs ([`NameIndex`]): a run is
//! split at a possessive (`NBC’s Dante Chinni`) and at a title-case filler (`Clinton Breaks
//! With Obama`); titles before a name become its role. A name is a person's when a given
//! name, a title or a role noun (`economist Aparna Mathur`) says so, or when its surname
//! stands alone elsewhere; an organisation word makes a run an organisation's name, but in
//! the words of a title it names the office's (`FBI Director James Comey`). Gender comes
//! from an honorific with the full name, then the given-name tables, then the `he`/`she`
//! that follows the name as a subject in its sentence (which overrides the tables when it
//! disagrees twice), then an honorific with the surname.
//!
//! # Examples
//! `State Department spokesman Ned Price` … `Price said` → one speaker "Ned Price", role
//! "State Department spokesman".
//!
//! # Diagnostics emitted
//! None.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::OnceLock;

use crate::model::{Quote, Speaker, SpeakerKind};
use crate::parse::chars::{
    TrimSpace, decode_references, is_alnum, is_space, opens_sentence, split_once_short, sub,
    trailing_letters, trim_end_str, window,
};
use crate::parse::lexicon::{self, ClassMap, Fnv};
use crate::parse::words::{
    Lower, Tok, Tokens, closing_marks, is_capitalized, is_cue, is_past_tense_form, is_possessive,
    is_sentence_adverbial, lower, lower_packed, lower_small, tokenize, with_lower,
    with_lower_bytes, with_lower_bytes_unpacked,
};
use crate::span::Span;

/// How far back a definite description looks for the description it refers to, in bytes.
const NOMINAL_LOOKBACK: usize = 8_000;
/// The shortest nationality in `-ese` (`Chinese`, `Burmese`, `Maltese`): shorter words in
/// `-ese` are surnames (`Meese`, `Reese`).
const MIN_NATIONALITY_IN_ESE: usize = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender a flag set tells: the `male` bit, else the `female` bit, else none.
    fn of_bits<T>(flags: T, male: T, female: T) -> Option<Gender>
    where
        T: Copy + PartialEq + Default + core::ops::BitAnd<Output = T>,
    {
        if flags & male != T::default() {
            Some(Gender::Male)
        } else if flags & female != T::default() {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// A word hashed and compared without regard to case, with ’ read as ', borrowed from the
/// text: the keys of the name index cost no allocation.
#[derive(Debug, Clone, Copy)]
struct Folded<'a>(&'a str);

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        if self.0.is_ascii() {
            for b in self.0.bytes() {
                h.write_u8(b.to_ascii_lowercase());
            }
        } else {
            let mut buf = [0u8; 4];
            for c in folded_chars(self.0) {
                h.write(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        h.write_u8(0xff);
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        same_word(self.0, other.0)
    }
}

impl Eq for Folded<'_> {}

fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
}

/// Whether two words are the same but for case (and ’ for ').
fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        folded_chars(a).eq(folded_chars(b))
    }
}

/// Whether every word of `name` is a word of `of` (case aside).
fn words_within(name: &str, of: &str) -> bool {
    name.split(' ')
        .all(|w| of.split(' ').any(|x| same_word(w, x)))
}

/// Whether two names have the same words in the same order (case aside).
fn same_name(a: &str, b: &str) -> bool {
    a.split(' ').count() == b.split(' ').count()
        && a.split(' ').zip(b.split(' ')).all(|(x, y)| same_word(x, y))
}

/// A person's name found in the text (other names need no position). Twelve bytes: an
/// article can hold a million.
#[derive(Debug, Clone, Copy)]
struct NameOcc {
    /// Where it starts; names past 4 GiB of text are not recorded.
    start: u32,
    /// The name, by its index in [`NameIndex::names`].
    name: u32,
    /// The last title word before the name that heads definite descriptions, by its index
    /// in [`lexicon::TITLE_HEADS`] (`NO_TITLE` if none): `president` in `President Barack
    /// Obama` (for `the president`).
    title_head: u16,
    /// `SUBJECT`, `QUOTED`, `MALE`, `FEMALE`, `RANKED`, `MID_SENTENCE`.
    flags: u8,
}

const NO_TITLE: u16 = u16::MAX;

/// A lower-case title head's index in [`lexicon::TITLE_HEADS`] (its first place there),
/// found with one lookup.
fn title_head_index(lw: &str) -> Option<u16> {
    static INDEX: OnceLock<HashMap<&'static str, u16, FnvBuild>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index = HashMap::default();
            for (i, h) in lexicon::TITLE_HEADS.words().enumerate() {
                if let Ok(i) = u16::try_from(i) {
                    index.entry(h).or_insert(i);
                }
            }
            // (`Sen.` is the senator's title: abbreviations share their head's index.)
            for (abbreviation, head) in lexicon::TITLE_ABBREVIATIONS {
                if let Some(&i) = index.get(head) {
                    index.entry(abbreviation).or_insert(i);
                }
            }
            index
        })
        .get(lw)
        .copied()
}
/// Opens a sentence or a clause (its subject, most likely).
const SUBJECT: u8 = 1;
/// Stands inside a quotation.
const QUOTED: u8 = 2;
const MALE: u8 = 4;
const FEMALE: u8 = 8;
/// Its title head has a rank before it: `Vice President Joe Biden`.
const RANKED: u8 = 16;
/// Stands inside a sentence, not at its start (where any word is capitalized).
const MID_SENTENCE: u8 = 32;

impl NameOcc {
    fn start(&self) -> usize {
        usize::try_from(self.start).unwrap_or(usize::MAX)
    }

    fn name(&self) -> usize {
        usize::try_from(self.name).unwrap_or(usize::MAX)
    }

    fn subject(&self) -> bool {
        self.flags & SUBJECT != 0
    }

    fn quoted(&self) -> bool {
        self.flags & QUOTED != 0
    }

    /// The gender an honorific gives it.
    fn gender(&self) -> Option<Gender> {
        Gender::of_bits(self.flags, MALE, FEMALE)
    }

    /// Whether it stands after the title head `head` (see [`title_head_index`]), with a
    /// rank before it (`vice` in `Vice President`) or not, as `ranked` says.
    fn titled(&self, head: u16, ranked: bool) -> bool {
        self.title_head == head && (self.flags & RANKED != 0) == ranked
    }
}

/// Where the first byte that may open a capitalized word stands: an ASCII capital or the
/// lead byte of a character past `ß` (`É`, `Ł`, `’`). Eight bytes at a time over the runs of
/// lower-case text between names; a chunk with any such byte, or any byte past ASCII, is
/// read a byte at a time.
fn capital_or_lead(bytes: &[u8]) -> Option<usize> {
    use crate::parse::chars::{HIGH, bytes_in_range, find_byte};
    find_byte(
        bytes,
        |x| (bytes_in_range(x & !HIGH, b'A', b'Z') | x) & HIGH != 0,
        may_open_capital,
    )
}

/// Whether `b` may open a capitalized word: an ASCII capital, or the lead byte of a
/// character past `ß`.
fn may_open_capital(b: u8) -> bool {
    b.is_ascii_uppercase() || b >= 0xC3
}

/// Full names by one of their words, with how often each occurs.
type NamesBy<'a> = HashMap<Folded<'a>, NameCounts<'a>, FnvBuild>;

/// The full names one word of theirs stands for, each with how often it occurs, in the
/// order the text gives them. Most words stand for one name, held inline: a list is
/// allocated only for a second (one allocation saved for each such word).
#[derive(Debug)]
enum NameCounts<'a> {
    One([(Cow<'a, str>, usize); 1]),
    Many(Vec<(Cow<'a, str>, usize)>),
}

impl<'a> NameCounts<'a> {
    /// Counts one more occurrence of `name`.
    #[allow(clippy::ptr_arg)]
    fn count(&mut self, name: &Cow<'a, str>) {
        // (`&Cow`, not `&str`: a borrowed name is cloned without copying its text.)
        match self {
            NameCounts::One([(n, c)]) if n == name => *c += 1,
            NameCounts::One([first]) => {
                let first = std::mem::replace(first, (Cow::Borrowed(""), 0));
                *self = NameCounts::Many(vec![first, (name.clone(), 1)]);
            }
            NameCounts::Many(names) => match names.iter_mut().find(|(n, _)| n == name) {
                Some((_, c)) => *c += 1,
                None => names.push((name.clone(), 1)),
            },
        }
    }
}

impl<'a> std::ops::Deref for NameCounts<'a> {
    type Target = [(Cow<'a, str>, usize)];

    fn deref(&self) -> &Self::Target {
        match self {
            NameCounts::One(one) => one,
            NameCounts::Many(names) => names,
        }
    }
}

/// What the article's text says about names: every capitalized name run, by position.
/// Names and keys borrow from the text.
#[derive(Debug, Default)]
struct NameIndex<'a> {
    /// Every name run, in text order (kept small: one article can hold a million).
    occurrences: Vec<NameOcc>,
    /// Names that open a sentence and are no person's (companies, bodies, bills), in text
    /// order: what a later `it` may mean (`Southcorp rejected the offer. … it said`).
    bodies: Vec<NameOcc>,
    /// Each distinct name once, borrowed from the text when its words stand there as
    /// written (the usual case).
    names: Vec<Cow<'a, str>>,
    name_ids: HashMap<Cow<'a, str>, usize, FnvBuild>,
    /// Surname → full names (two words or more).
    by_last: NamesBy<'a>,
    /// First word → full names.
    by_first: NamesBy<'a>,
    /// Last word → organisation names of two words or more (`New York Times`).
    orgs_by_last: NamesBy<'a>,
    /// First word → organisation names of two words or more (`Continental Airlines`).
    orgs_by_first: NamesBy<'a>,
    /// Names that stand after a title or honorific somewhere (`President Obama`).
    titled: HashSet<Cow<'a, str>, FnvBuild>,
    /// One-word names used in the text (`Obama`).
    alone: HashSet<Cow<'a, str>, FnvBuild>,
    /// Names after a regnal title somewhere (`Charles` of `Prince Charles`, `Alwaleed Bin
    /// Talal` of `Saudi Prince Alwaleed Bin Talal`), and one-word names after a peer's
    /// (`Goldsmith` of `Lord Goldsmith`), with the title: a royal's given name alone stands
    /// for the royal, not for another's fuller name it opens, and either is known with it.
    known_by_title: HashMap<Cow<'a, str>, &'a str, FnvBuild>,
    /// The gender honorifics tell for a name (`Mr. Price`).
    genders: HashMap<Cow<'a, str>, Gender, FnvBuild>,
    /// Names the text introduces as someone else's relation, with the noun that says which
    /// (`her son Aidan`, `The actor's friend Budd Schulberg`, `Her publicist, Yvette
    /// Noel-Schure`): such a person is not who a description of another kind refers back to
    /// (`the singer`, `the actor`), the one whose relation they are is.
    /// (By name id; the fullest form of each name is entered too, once the text is read.)
    relations: HashMap<usize, &'a str, FnvBuild>,
    /// Initials of multi-word names → the first name with them, built on the first acronym
    /// looked up.
    acronyms: OnceCell<HashMap<String, usize, FnvBuild>>,
    /// Name ids the text reports as `it` after a cue (see [`reports_it`]).
    called_it: HashSet<usize, FnvBuild>,
    /// Name id → how often a `he` (first) or a `she` (second) follows it as a sentence's
    /// subject.
    gender_votes: HashMap<usize, (u32, u32), FnvBuild>,
    /// Name id → whether the text capitalizes the name where only a name is: inside a
    /// sentence, or between a quote's closing mark and a cue (`“…!” Cruz said`; `Plans
    /// include …` opens a sentence, and names no one). Read in one step per speaker, not by
    /// walking the occurrences.
    named: Vec<bool>,
}

/// The longest line `is_title_line` reads, in bytes.
const MAX_TITLE_LINE: usize = 300;

/// The longest name a capitalized run can hold, in words.
const MAX_RUN: usize = 8;

/// The shortest participle in -ing that opens a sentence before a name (`Praising`, not
/// `King`).
const MIN_PARTICIPLE: usize = 6;

/// How far back, in bytes, the first `as` of `as … as` stands before the second.
const COMPARISON_REACH: usize = 40;

/// The most distinct names the index's tables are built with room for.
const MAX_NAME_ROOM: usize = 512;

/// Bytes of text per name occurrence reserved for in the index (news holds fewer).
const OCC_BYTES: usize = 64;

#[allow(clippy::ptr_arg)]
fn count_name<'a>(map: &mut NamesBy<'a>, key: &'a str, name: &Cow<'a, str>) {
    // (`&Cow`, not `&str`: a borrowed name is cloned without copying its text.)
    match map.entry(Folded(key)) {
        std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().count(name),
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(NameCounts::One([(name.clone(), 1)]));
        }
    }
}

impl<'a> NameIndex<'a> {
    /// Index the names of `units`; the first is the headline when `has_headline`.
    fn build(src: &'a str, units: impl Iterator<Item = Span>, has_headline: bool) -> Self {
        let mut idx = NameIndex::default();
        // (Room for the people named, reserved once: news names one about every 85 bytes.
        // Grown by doubling instead, the list left its old buffers behind in the heap,
        // 1% of the peak memory of a 64 MB parse. Pages not written to cost nothing.)
        idx.occurrences.reserve(src.len() / OCC_BYTES);
        // (And for the distinct names and the tables by their words, which were rehashed a
        // few times in every article when grown from empty: a name about every 128 bytes, a
        // surname every 384, a one-word name every 256; capped, so that a long text grows
        // them as it needs.)
        let room = |bytes_each: usize| (src.len() / bytes_each).min(MAX_NAME_ROOM);
        idx.names.reserve(room(128));
        idx.name_ids.reserve(room(128));
        idx.by_last.reserve(room(384));
        idx.by_first.reserve(room(384));
        idx.alone.reserve(room(256));
        let mut run: Vec<Tok> = Vec::with_capacity(MAX_RUN);
        let bytes = src.as_bytes();
        for (ui, u) in units.enumerate() {
            // A line in title case (`FULL SPEECH: President Obama Speech at …`) names no one
            // for sure, as the headline does not.
            let in_headline =
                has_headline && ui == 0 || is_title_line(sub(src, u.start(), u.end()));
            let mut i = u.start();
            // Jump from one capitalized word start to the next; tokenize only the runs.
            while i < u.end() {
                // (One tight search to the next byte that may open a capitalized word.)
                let Some(k) = bytes.get(i..u.end()).and_then(capital_or_lead) else {
                    break;
                };
                i += k;
                let Some(&b) = bytes.get(i) else { break };
                // After a space (any: NBSP stands before names too), an opening bracket or
                // quote mark, a slash or a dash.
                let word_start = i == u.start()
                    || match bytes.get(i - 1) {
                        Some(&p) if p < 0x80 => {
                            matches!(p, b' ' | b'\n' | b'\t' | b'(' | b'"' | b'\'' | b'/')
                        }
                        _ => src
                            .get(..i)
                            .and_then(|t| t.chars().next_back())
                            .is_some_and(|c| {
                                is_space(c) || matches!(c, '“' | '‘' | '—' | '–' | '«' | '„')
                            }),
                    };
                let upper = b.is_ascii_uppercase()
                    || src
                        .get(i..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase);
                if !(word_start && upper) {
                    i += 1;
                    continue;
                }
                run.clear();
                run.extend(
                    Tokens::new(src, i, u.end())
                        .take_while(|t| {
                            t.is_word() && (is_capitalized(t.text(src)) || is_particle(t.text(src)))
                        })
                        .take(MAX_RUN),
                );
                // A nickname in quote marks after a given name is no part of the name, which
                // goes on after it: `John “Tig” Tiegen`, `Juan "Chico" Manriquez`.
                // (The marks first, then the given name: most runs have neither.)
                if let Some(&last) = run.last() {
                    if let Some(from) = after_nickname(src, last.end, u.end())
                        .filter(|_| is_any_given_name(last.text(src)))
                    {
                        let room = MAX_RUN.saturating_sub(run.len());
                        run.extend(
                            Tokens::new(src, from, u.end())
                                .take_while(|t| t.is_word() && is_capitalized(t.text(src)))
                                .take(room),
                        );
                    }
                }
                if !run.is_empty() {
                    let before_at = |at: usize| sub(src, u.start(), at).trim_end_space();
                    let word_before = |b: &'a str| Some(trailing_letters(b));
                    let mut before = before_at(i);
                    let mut prev_word = word_before(before);
                    // `Chancellor of the Exchequer Gordon Brown`, `Minister for Europe Denis
                    // MacShane`: after an office's `of` or `for` the body's name runs straight
                    // into its holder's, whose known given name opens the person's name.
                    if let Some(j) = office_holder_start(src, &run, prev_word) {
                        i = run.get(j).map_or(i, |t| t.start);
                        run.drain(..j);
                        before = before_at(i);
                        prev_word = word_before(before);
                    }
                    // A name that opens a sentence is its subject: the likeliest antecedent.
                    let opens = before.is_empty()
                        || before.ends_with(['.', '!', '?', ':', '”', '"', '’', ';', '—']);
                    // One word after an organisation's `of` ends its name (`the Georgia Board
                    // of Pharmacy`, `Bank of England`): no one's surname, no one to refer to.
                    if prev_word == Some("of") && run.len() == 1 && org_before_of(before) {
                        i = run.last().map_or(i + 1, |t| t.end.max(i + 1));
                        continue;
                    }
                    // (A description in apposition before the name makes it a person's too:
                    // `Another witness, Ivo Havranek, 43, …`.)
                    let (introduced, described) = if before.ends_with(',') {
                        let sentence = sentence_before(src, u.start(), i);
                        (after_introduction(sentence), after_description(sentence))
                    } else {
                        (false, false)
                    };
                    // (Not a word after a possessive determiner, which modifies what is owned:
                    // `His Catholic faith is important to him` — a third person's: `Our
                    // Principles PAC` is a name.)
                    let owned = || {
                        run.first()
                            .is_some_and(|t| matches!(t.text(src), "His" | "Her" | "Their" | "Its"))
                    };
                    // (A participle opening the sentence is no name, and the name after it is
                    // its object: `Praising Celtic's display, Strachan said` — but a given
                    // name in -ing opens one, `Channing Tatum`, and so does a body's first
                    // word, `Downing Street`.)
                    let participle_opening = opens
                        && run.len() >= 2
                        && run.first().is_some_and(|t| {
                            let w = t.text(src);
                            w.len() >= MIN_PARTICIPLE
                                && w.ends_with("ing")
                                && w.chars().skip(1).all(char::is_lowercase)
                                && !is_any_given_name(w)
                        })
                        && run.get(1).is_some_and(|t| {
                            let info = WordInfo::of(t.text(src));
                            !info.org() && !info.non_person()
                        });
                    // (An adjective opening the sentence before a known given name and a
                    // surname describes the person, who is its subject all the same:
                    // `Defiant Matt Williams says he will not quit`; so does a position in a
                    // team whose word also names a thing, which the tables keep from the
                    // roles: `Prop Julian White was dropped`.)
                    let adjective_opening = opens
                        && run.len() >= 3
                        && run.first().is_some_and(|t| {
                            let w = t.text(src);
                            is_opening_adjective(w)
                                || is_capitalized(w) && lexicon::POSITIONS_NAMING_THINGS.has(w)
                        })
                        && run.get(1).is_some_and(|t| is_any_given_name(t.text(src)));
                    let subject = (opens
                        || introduced
                        || described
                        || after_role_opening(src, u.start(), i, prev_word))
                        && !owned()
                        && !participle_opening;
                    let known = idx.occurrences.len();
                    let head = idx.add_run(
                        src,
                        run.get(usize::from(participle_opening || adjective_opening)..)
                            .unwrap_or(&[]),
                        subject,
                        in_headline,
                    );
                    // (The name that heads the run: after a possessive, the one owned.)
                    let lead = head.unwrap_or(known);
                    // (Capitalized mid-sentence, a word is a name for sure.)
                    if let Some(o) = idx.occurrences.get_mut(known).filter(|_| !opens) {
                        o.flags |= MID_SENTENCE;
                        let id = o.name();
                        idx.mark_named(id);
                    }
                    // What follows refines the people just added: none, nothing to do (the
                    // common case: `The`, `But`, places and organisations).
                    if idx.occurrences.len() == known {
                        i = run.last().map_or(i + 1, |t| t.end.max(i + 1));
                        continue;
                    }
                    let run_end = run.last().map_or(i, |t| t.end);
                    // A name before a cue verb is its clause's subject (`…, Ham explained`),
                    // a likely antecedent of a later `he said` — unless it follows an article
                    // or a preposition (`the National Review agreed`).
                    let after = sub(src, run_end, u.end()).trim_start_space();
                    let next_word = after.split(|c: char| !c.is_alphabetic()).next();
                    // (`Nestle said it would …`, `Macrovision said its …`: a one-word name the
                    // text reports as `it`, an organisation's unless more says otherwise.)
                    if run.len() == 1 && reports_it(after, next_word) {
                        if let Some(id) = idx.occurrences.get(known).map(NameOcc::name) {
                            idx.called_it.insert(id);
                        }
                    }
                    // (And so is one between a quote's closing mark and a cue, where a word
                    // that is no name would be in lower case: `“…!” Cruz said`; after a
                    // quote, `What` may open a sentence.)
                    if before.ends_with(['”', '"', '’']) && next_word.is_some_and(is_cue) {
                        if let Some(id) = idx.occurrences.get(known).map(NameOcc::name) {
                            idx.mark_named(id);
                        }
                    }
                    let institution =
                        prev_word.is_some_and(|w| lexicon::BEFORE_INSTITUTIONS.has(w));
                    // A name after a cue verb that ends a sentence without quote marks
                    // speaks that sentence (`…, noted NBC’s Dante Chinni.`): a later `he
                    // wrote` most likely means them.
                    // (Inverted after a comma: in `she advises President Htin Kyaw.` the
                    // name is the object.)
                    // (Or its clause, before an appositive or a participle: `…, says Morgan
                    // Raven, a biogeochemist at …`.)
                    let ends_sentence = after.starts_with(['.', '!', '?', ',']);
                    // (Not after a cue whose object is its hearer: in `…, told The Berkshire
                    // Eagle.` the name heard it.)
                    let inverted = || {
                        prev_word.is_some_and(is_cue)
                            && before
                                .trim_end_matches(char::is_alphabetic)
                                .trim_end_space()
                                .ends_with(',')
                            && !prev_word.is_some_and(|w| lexicon::HEARER_CUES.has(w))
                    };
                    // (`According to Jones, most Americans eat …`: Jones speaks it.)
                    // (Past a description before the name: `according to Meta's chief AI
                    // scientist Yann LeCun, …`.)
                    // (The word before the name is `to` or the description's head: one
                    // lookup turns away most names before a comma.)
                    let according = after.starts_with(',')
                        && prev_word.is_some_and(|w| w == "to" || lexicon::NOMINAL_HEADS.has(w))
                        && according_to_before(before);
                    // (Each rule below holds only in a sentence without quote marks, whose
                    // quoted words have a speaker of their own.)
                    let unquoted_sentence =
                        || !sentence_before(src, u.start(), i).contains(['“', '”', '"']);
                    if according && unquoted_sentence() {
                        if let Some(o) = idx.occurrences.get_mut(lead) {
                            o.flags |= SUBJECT;
                        }
                    }
                    if ends_sentence && inverted() && unquoted_sentence() {
                        if let Some(o) = idx.occurrences.last_mut().filter(|o| o.start() >= i) {
                            o.flags |= SUBJECT;
                            // Bodies speak too (`said Gartner.`): a person has two names.
                            let name = idx.names.get(o.name()).filter(|n| n.contains(' '));
                            idx.titled.extend(name.cloned());
                        }
                    }
                    // A name after a role noun is a person's (`economist Aparna Mathur`), and
                    // so is one with a role in apposition (`Jo-Renee Formicola, political
                    // science professor at Seton Hall, …`).
                    let appositive = role_in_apposition(after) || age_in_apposition(after);
                    let beside = appositive || before.ends_with(',');
                    if let Some(g) = beside
                        .then(|| role_gender(before, after, appositive))
                        .flatten()
                    {
                        if let Some(name) = idx
                            .occurrences
                            .get(lead)
                            .and_then(|o| idx.names.get(o.name()))
                            .cloned()
                        {
                            idx.genders.entry(name).or_insert(g);
                        }
                    }
                    if let Some(noun) = possessed_relation(before) {
                        if let Some(id) = idx.occurrences.get(lead).map(NameOcc::name) {
                            idx.relations.entry(id).or_insert(noun);
                        }
                    }
                    // (A full name's description in apposition, read once for the two rules
                    // that use it: the text after it, from its closing mark on.)
                    let after_description =
                        (run.len() >= 2).then(|| after_appositive(after)).flatten();
                    // (Not the object of a preposition, as in `talked back to Mother Bourke,
                    // the formidable headmistress.` — but `according to` names a source, and
                    // `by` a passive's agent: `an affidavit written by Marc Bujnowski, a
                    // detective …`.)
                    let object = || {
                        prev_word.is_some_and(|w| w != "by" && lexicon::PREPOSITIONS.has(w))
                            && !according_to_before(before)
                    };
                    if appositive
                        && after_description.is_some_and(|r| r.starts_with(['.', '!', '?']))
                        && unquoted_sentence()
                        && !object()
                    {
                        if let Some(o) = idx.occurrences.get_mut(lead) {
                            o.flags |= SUBJECT;
                        }
                    }
                    // (And so is a given name alone after `named` or `known as`: `a
                    // 52-year-old resident named Caroline`, `the base chief known as Bob`.)
                    let introduced_by_name = run.len() == 1
                        && (prev_word == Some("named")
                            || prev_word == Some("as")
                                && before
                                    .strip_suffix("as")
                                    .is_some_and(|b| b.trim_end_space().ends_with("known")))
                        && run.first().is_some_and(|t| is_any_given_name(t.text(src)));
                    if described
                        || prev_word.is_some_and(is_person_role)
                        || appositive
                        || introduced_by_name
                    {
                        if let Some(name) = idx
                            .occurrences
                            .get(lead)
                            .and_then(|o| idx.names.get(o.name()))
                            .cloned()
                        {
                            idx.titled.insert(name);
                        }
                    }
                    // (a cue verb, or any verb in the past tense: `…, Clinton criticized`;
                    // not a noun the name owns: `Mr Livingstone's remark`)
                    let owner = run
                        .last()
                        .is_some_and(|t| strip_possessive(t.text(src)).len() < t.text(src).len());
                    let verb = !owner
                        && next_word.is_some_and(|w| {
                            is_cue(w) || lower_past_tense(w)
                        })
                        // (The end of an apposition: `A spokesman for …, Dean Boyd, said` —
                        // for a person's full name, not `…, an analyst at Gartner, said`.)
                        || word_after_comma(after).is_some_and(|w| !is_capitalized(w) && is_cue(w))
                        && run.len() >= 2
                        && run.first().is_some_and(|t| is_given_name(t.text(src)))
                        // (Or of a description: `Cornell Belcher, the nation's highest-ranking
                        // African-American pollster, picked up …`.)
                        || after_description
                            .and_then(word_after_comma)
                            .is_some_and(|w| {
                                !is_capitalized(w)
                                    && (is_cue(w) || is_past_tense_form(w))
                            })
                        // (Or of a relative clause, before a cue: `Mikhail Khodorkovsky, who had
                        // his own energy empire dismantled …, told POLITICO`.)
                        || after_relative_clause(after)
                            .and_then(word_after_comma)
                            .is_some_and(|w| !is_capitalized(w) && is_cue(w));
                    // (After `with`, a name before a participle is its subject: `with Hillary
                    // Clinton — who’s called for big tax hikes — lambasting Trump’s plan`.)
                    let with_participle =
                        prev_word == Some("with") && !owner && participle_next(after);
                    // (Not in a comparison: `he did not feel the situation was as “dramatic”
                    // as Mr Renner believed` keeps its own subject — but `His words came as
                    // Cardinal X backed …` is no comparison.)
                    let compared = match prev_word {
                        Some("than") => true,
                        Some("as") => before.strip_suffix("as").is_some_and(|b| {
                            let from = b.len().saturating_sub(COMPARISON_REACH);
                            b.get(from..).is_some_and(|b| b.contains(" as "))
                        }),
                        _ => false,
                    };
                    // (Or the subject of a relative clause's cue, wherever the name stands:
                    // `a debut nomination for Staunton, 49, who told BBC News 24 she had not
                    // thought …`.)
                    if !institution && !compared && verb
                        || with_participle
                        || !owner && relative_clause_cue(after)
                    {
                        if let Some(o) = idx.occurrences.get_mut(lead) {
                            o.flags |= SUBJECT;
                        }
                    }
                    // What the article says of a subject's gender: the first he or she after
                    // it in its sentence (`Strada accused … and asserted that she …`).
                    let added = idx.occurrences.get(lead);
                    if let Some(o) = added.filter(|o| o.subject()) {
                        if let Some(g) = pronoun_after(src, run_end, u.end()) {
                            let votes = idx.gender_votes.entry(o.name()).or_default();
                            match g {
                                Gender::Male => votes.0 += 1,
                                Gender::Female => votes.1 += 1,
                            }
                        }
                    }
                }
                i = run.last().map_or(i + 1, |t| t.end.max(i + 1));
            }
        }
        // (A relation is known by the name's fullest form too: `her son Aidan` is `Aidan
        // Suleman` where the text names him so.)
        if !idx.relations.is_empty() {
            let fuller: Vec<(usize, &'a str)> = idx
                .relations
                .iter()
                .filter_map(|(&id, &noun)| {
                    let name = idx.names.get(id)?;
                    let full = idx.name_ids.get(idx.full(name)).copied()?;
                    (full != id).then_some((full, noun))
                })
                .collect();
            for (id, noun) in fuller {
                idx.relations.entry(id).or_insert(noun);
            }
        }
        // `before` searches by position; runs are found in text order, so this only guards
        // that (a sort would need a scratch copy of a list that can be large).
        for list in [&mut idx.occurrences, &mut idx.bodies] {
            if !list.is_sorted_by_key(|o| o.start) {
                list.sort_by_key(|o| o.start);
            }
        }
        idx
    }

    /// Index the name in a capitalized run, and the names after a possessive or a title-case
    /// filler inside it (`NBC’s Dante Chinni`, `Clinton Breaks With Obama`); returns the
    /// occurrence that heads the run, if any was added.
    fn add_run(
        &mut self,
        src: &'a str,
        run: &[Tok],
        subject: bool,
        in_headline: bool,
    ) -> Option<usize> {
        let known = self.occurrences.len();
        let rest = self.add_name(src, run, subject, in_headline);
        let added = (self.occurrences.len() > known).then_some(known);
        let Some((r, tail)) = rest
            .and_then(|r| Some((r, run.get(r..)?)))
            .filter(|(_, t)| !t.is_empty())
        else {
            return added;
        };
        // After a possessive a person's name heads the phrase, and is the subject in its
        // owner's place: `Manchester United's Alex Ferguson has praised …`.
        let owned = r > 0
            && run
                .get(r - 1)
                .is_some_and(|t| strip_possessive(t.text(src)).len() < t.text(src).len())
            && tail.first().is_some_and(|t| is_any_given_name(t.text(src)));
        let tail_known = self.occurrences.len();
        let head = self.add_run(src, tail, subject && owned, in_headline);
        if owned && head.is_some() {
            if subject {
                for o in self
                    .occurrences
                    .get_mut(known..tail_known)
                    .into_iter()
                    .flatten()
                {
                    o.flags &= !SUBJECT;
                }
            }
            return head;
        }
        added.or(head)
    }

    /// Index the name that opens a run; returns where the rest of the run may hold another.
    fn add_name(
        &mut self,
        src: &'a str,
        run: &[Tok],
        subject: bool,
        in_headline: bool,
    ) -> Option<usize> {
        // The words, and where each starts; a possessive ends the name: `Donald Trump’s campaign`.
        let mut all = [""; MAX_RUN];
        let mut starts = [0usize; MAX_RUN];
        let mut n = 0;
        for (t, (slot, start)) in run.iter().zip(all.iter_mut().zip(starts.iter_mut())) {
            let w: &'a str = t.text(src);
            let bare = strip_possessive(w);
            *slot = bare;
            *start = t.start;
            n += 1;
            if bare.len() != w.len() {
                break;
            }
        }
        let words = all.get(..n).unwrap_or(&[]);
        // After a possessive, the run goes on with another name.
        let mut rest = (n < run.len()).then_some(n);
        // Each word's table classes, looked up once.
        let mut infos = [WordInfo::default(); MAX_RUN];
        for (info, w) in infos.iter_mut().zip(words) {
            *info = WordInfo::of(w);
        }
        let info = |j: usize| infos.get(j).copied().unwrap_or_default();
        if words.len() == 1 && info(0).filler() {
            return rest;
        }
        let gender = (0..honorific_reach(words.len())).find_map(|j| info(j).honorific_gender());
        // Role words end at the last title word that is not the final word (see `split_role`).
        let k = (0..words.len().saturating_sub(1))
            .rev()
            .find(|&j| title_word(words.get(j).copied().unwrap_or(""), info(j)))
            .map_or(0, |p| p + 1);
        let role_words = words.get(..k).unwrap_or(&[]);
        // Long runs are titles and headlines, not names (a title before a name does not count:
        // `Retired U.S. Air Force Gen. Norman Ham`) — but a known given name and the word after
        // it inside one still name someone (`Hillary Clinton Goes After Donald Trump`).
        if words.len() - k > 5 {
            for (i, pair) in run.windows(2).enumerate() {
                if let [a, _] = pair {
                    if is_given_name(a.text(src))
                        && words.get(i + 1).is_some_and(|w| w.chars().count() > 2)
                    {
                        self.add_run(src, pair, subject && i == 0, in_headline);
                    }
                }
            }
            return None;
        }
        // The name words, by their index in `words`: leading fillers (`But`, `The`) dropped;
        // a filler after name words (title case: `Clinton Breaks With Obama`) ends the name,
        // but a month there is a surname (`Theresa May`).
        // (Nationalities, parties and hyphenated modifiers before a known given name, with
        // any fillers among them, are no name words: `American Serena Williams`,
        // `Top-seeded Americans Andy Roddick`, `But Lib Dem Norman Baker`; see
        // `is_name_modifier`.)
        // (A compound in lower case after its hyphen is no name word before any name:
        // `Chennai-based Tata`, `London-born Ray Dowd`.)
        let compounds = words.get(k..words.len().saturating_sub(1)).map_or(0, |w| {
            w.iter().take_while(|w| lower_after_hyphen(w)).count()
        });
        let start = k + name_after_modifiers(
            words.len().saturating_sub(k),
            |g| info(k + g).given_name_gender().is_some(),
            |j| info(k + j).filler() || modifies_name_at(words, k + j),
        )
        .unwrap_or(0)
        .max(compounds);
        let mut keep = [0usize; MAX_RUN];
        let mut m = 0;
        for j in start..words.len() {
            // (In a title-case line a reporting verb ends the name too: `Xi Told POTATUS`.)
            let verb = in_headline && m > 0 && words.get(j).is_some_and(|w| is_reporting_form(w));
            // (Nor does one name anyone before a name: `Says Aoki, she …` inverts a cue.)
            let inverted =
                m == 0 && j + 1 < words.len() && words.get(j).is_some_and(|w| is_reporting_form(w));
            if inverted {
                continue;
            }
            // (A place's or a thing's word after a known given name and a surname ends the
            // person's name, which names the thing: `Barack Obama Election Day`, `John F.
            // Kennedy Airport`.)
            let named_thing = m >= 2
                && info(j).non_person()
                && keep
                    .first()
                    .is_some_and(|&f| info(f).given_name_gender().is_some());
            if named_thing {
                rest = Some(j);
                break;
            }
            // (A month that is a given name too opens the run before a surname: `Jan
            // Egeland`, not `in June Trump said`.)
            let month_name = m == 0
                && j == 0
                && info(j).month_only()
                && words
                    .get(j)
                    .is_some_and(|w| lexicon::MONTH_GIVEN_NAMES.has(w))
                && j + 1 < words.len()
                && !info(j + 1).filler()
                && !after_preposition(src, run);
            if !verb && (!info(j).filler() || m > 0 && info(j).month_only() || month_name) {
                if let Some(slot) = keep.get_mut(m) {
                    *slot = j;
                    m += 1;
                }
            } else if m > 0 {
                rest = Some(j + 1);
                break;
            }
        }
        let keep = keep.get(..m).unwrap_or(&[]);
        let word = |j: &usize| words.get(*j).copied().unwrap_or("");
        let (Some(first_j), Some(last_j)) = (keep.first(), keep.last()) else {
            return rest;
        };
        if !keep
            .iter()
            .any(|j| word(j).chars().any(char::is_alphabetic))
        {
            return rest;
        }
        let start_of = |j: &usize| starts.get(*j).copied().unwrap_or(0);
        // Borrow the name when its words stand in the text one space apart.
        let contiguous = keep.windows(2).all(|p| match p {
            [a, b] => {
                *b == *a + 1
                    && start_of(b) == start_of(a) + word(a).len() + 1
                    && src.as_bytes().get(start_of(a) + word(a).len()) == Some(&b' ')
            }
            _ => true,
        });
        let name: Cow<'a, str> = if contiguous {
            Cow::Borrowed(sub(
                src,
                start_of(first_j),
                start_of(last_j) + word(last_j).len(),
            ))
        } else {
            Cow::Owned(keep.iter().map(word).collect::<Vec<_>>().join(" "))
        };
        let first = word(first_j);
        let single = keep.len() == 1;
        // Headline words and all-capitals runs are not people for pronouns to refer to.
        let shouting = keep.iter().map(word).all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase)
        });
        let titled = !role_words.is_empty();
        let title_head = role_words.iter().enumerate().rev().find_map(|(j, w)| {
            with_lower(w, |lw| title_head_index(lw.trim_end_matches('.'))).map(|h| (j, h))
        });
        let ranked = title_head.is_some_and(|(j, _)| {
            j.checked_sub(1)
                .and_then(|r| role_words.get(r))
                .is_some_and(|r| lexicon::RANK_PREFIXES.has(r))
        });
        let title_head = title_head.map(|(_, h)| h);
        // An organisation word makes the run an organisation's name (`New York Times`,
        // `Department of Justice`), but not in the role words of a title: there it names
        // the office's organisation (`Senate Majority Leader Mitch McConnell`, `GOP Sen. John
        // McCain`) — another office than the bare title (`the president` is not `World Bank
        // President Jim Yong Kim`).
        let org_office = (0..k).any(|j| info(j).org());
        // (Unless its only organisation word is a person's surname: `Guy Chambers`, `Mr Fox`.)
        // (Only the name's own words: a modifier before a given name is none of it, `Tories
        // Ken Clarke`.)
        let mut org_at = (start..words.len()).filter(|&j| info(j).org());
        let (first_org, other_org) = (org_at.next(), org_at.next());
        // (Whether a known given name of either sex opens the name: read only where needed.)
        let given_first_word =
            || info(*first_j).given_name_gender().is_some() || lexicon::UNISEX_NAMES.has(first);
        let surname = first_org == Some(*last_j)
            && other_org.is_none()
            && org_word_is_surname(
                keep.len(),
                // (A given name of either sex too: `Chris Fox`.)
                given_first_word(),
                role_words.iter().any(|w| is_personal_honorific(w)),
            );
        // (But a known given name that opens a name of two words or more makes it a
        // person's, whatever the office: `Senate Intelligence Ranking Democrat Dianne
        // Feinstein`, `Senate Majority Whip John Cornyn`.)
        let given_first = keep.len() >= 2 && given_first_word();
        let org =
            first_org.is_some() && !surname || title_head.is_none() && org_office && !given_first;
        let title_head = title_head.filter(|_| !org_office);
        // (Nor a title alone after another, without an honorific: `Chief Secretary to the
        // Treasury Paul Boateng` names no `Secretary`; `Mr King` names someone.)
        let title_only = !role_words.is_empty()
            && keep
                .iter()
                .all(|&j| info(j).bare & TITLE != 0 || hyphenated_title(word(&j)))
            && !role_words.iter().any(|w| is_personal_honorific(w));
        let person = !org
            && !in_headline
            && !shouting
            && !title_only
            // (A place's word names no one, but as a surname after a known given name:
            // `Mike Lake`, `Debra Hill`.)
            && (keep.iter().all(|&j| !info(j).non_person())
                || keep.len() == 2
                    && info(*first_j).given_name_gender().is_some()
                    && !info(*first_j).non_person()
                    && lexicon::SURNAMES_OF_PLACES.has(word(last_j)));
        // Only honorifics here; given names and pronouns are weighed in `gender_of_name`.
        // In the headline every word is capitalized: a run there is a full name only when it
        // opens with a given name (`Hillary Clinton Wins`, not `Obama Sees`).
        let full_name = !in_headline || given_first_word();
        if !single && !org && full_name {
            // The surname: the last word, generational suffixes and post-nominals aside.
            let mut last = keep.len();
            while last > 1 && keep.get(last - 1).is_some_and(|j| is_name_suffix(word(j))) {
                last -= 1;
            }
            let surname = keep.get(last.saturating_sub(1)).map_or("", word);
            // (An acronym ends no one's name: `its Bethesda RPG stablemates` gives `Bethesda`
            // no full name.)
            let acronym = is_acronym(surname);
            if !acronym {
                count_name(&mut self.by_last, surname, &name);
                count_name(&mut self.by_first, first, &name);
            }
        }
        if !single && org {
            count_name(&mut self.orgs_by_last, word(last_j), &name);
            count_name(&mut self.orgs_by_first, first, &name);
        }
        // (`National Alliance`, `State Legislatures`: a modifier before a body's name is no
        // title; a title head or an honorific is.)
        let titled = titled
            && (title_head.is_some()
                || role_words.iter().any(|w| {
                    is_personal_honorific(w)
                        || with_lower(w, |lw| lexicon::PERSON_HEAD_WORDS.contains(lw))
                }));
        if titled && !self.titled.contains(name.as_ref()) {
            self.titled.insert(name.clone());
        }
        // (With its title, as written; not a title read as a name: `The Queen and Duke of
        // Edinburgh`.)
        if let Some(title) = role_words
            .last()
            .filter(|w| {
                lexicon::REGNAL_TITLES.has(w)
                    // (A peer with one name too, known by the title: `Lord Goldsmith`.)
                    || single && lexicon::PEERAGE_TITLES.has(w)
            })
            .filter(|_| !is_rank_title(&name))
        {
            if !self.known_by_title.contains_key(name.as_ref()) {
                self.known_by_title.insert(name.clone(), title);
            }
        }
        // (After an article a word is no one's surname: `La Fracture (The Fracture)` does
        // not make the show a person; after a preposition it is no evidence of one.)
        if single
            && !self.alone.contains(name.as_ref())
            && !after_article(src, run, words, *first_j)
            && !after_preposition(src, run)
        {
            self.alone.insert(name.clone());
        }
        if let Some(g) = gender {
            if !self.genders.contains_key(name.as_ref()) {
                self.genders.insert(name.clone(), g);
            }
        }
        let name = match self.name_ids.get(name.as_ref()) {
            Some(&id) => id,
            None => {
                let id = self.names.len();
                self.names.push(name.clone());
                self.name_ids.insert(name, id);
                id
            }
        };
        // Only people are looked up by position (pronouns, `the president`): other names
        // need no occurrence, which keeps the list small.
        let (Ok(name), Ok(start)) = (u32::try_from(name), u32::try_from(start_of(first_j))) else {
            return rest;
        };
        if !person {
            // (A time zone is no body `it` may mean: `sent at 7:19 p.m. EST by …` opened no
            // sentence.)
            let time_zone = || {
                self.names
                    .get(name as usize)
                    .is_some_and(|n| lexicon::TIME_ZONES.has(n))
            };
            if subject && !in_headline && !time_zone() {
                self.bodies.push(NameOcc {
                    start,
                    name,
                    title_head: NO_TITLE,
                    flags: SUBJECT,
                });
            }
            return rest;
        }
        let mut flags = if subject { SUBJECT } else { 0 };
        flags |= match gender {
            Some(Gender::Male) => MALE,
            Some(Gender::Female) => FEMALE,
            None => 0,
        };
        if ranked {
            flags |= RANKED;
        }
        self.occurrences.push(NameOcc {
            start,
            name,
            title_head: title_head.unwrap_or(NO_TITLE),
            flags,
        });
        rest
    }

    /// The name of an occurrence.
    fn name_of(&self, o: &NameOcc) -> &str {
        self.names.get(o.name()).map_or("", |n| n.as_ref())
    }

    /// The full name a one-word name stands for, when the article gives one.
    fn expand<'s>(&'s self, word: &'s str) -> Option<&'s str> {
        self.expand_as(word, None)
    }

    /// [`Self::expand`] for a mention whose honorific tells `gender` (`Mrs. Clinton` where
    /// the article also has `Mr. Clinton`): that gender before the one the article gives
    /// the surname first.
    fn expand_as<'s>(&'s self, word: &'s str, gender: Option<Gender>) -> Option<&'s str> {
        let key = Folded(word);
        // A surname the article gives an honorific (`Mr. Obama`) stands for a full name of
        // that gender, never one whose given name says otherwise (`Michelle Obama`).
        let wanted = gender.or_else(|| self.genders.get(word).copied());
        let compatible = |name: &str| {
            wanted.is_none()
                || name
                    .split(' ')
                    .next()
                    .and_then(|first| WordInfo::of(first).given_name_gender())
                    .is_none_or(|g| Some(g) == wanted)
        };
        // (A royal's given name stands for the royal, or a royal's fuller name: `Charles`
        // after `Prince Charles` is no `Charles Kennedy`; so does a peer's one name.)
        self.by_last
            .get(&key)
            .and_then(|v| pick(v, compatible))
            .or_else(|| {
                self.by_first.get(&key).and_then(|v| {
                    let titled =
                        !self.known_by_title.is_empty() && self.known_by_title.contains_key(word);
                    pick(v, |name| {
                        compatible(name) && (!titled || self.known_by_title.contains_key(name))
                    })
                })
            })
    }

    /// The full name whose surname `word` is with two neighbouring letters swapped, when
    /// exactly one full name's is: a slip of the keyboard (`Keidis` for Anthony Kiedis,
    /// `Barrioneuvo` for Jose Barrionuevo). Only for words of five letters or more that no
    /// full name ends with as written; a letter more or less makes other real names
    /// (`Carson`, `Carlson`) and is left alone.
    fn expand_transposed(&self, word: &str) -> Option<String> {
        const MIN_LETTERS: usize = 5;
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < MIN_LETTERS || !chars.iter().all(|c| c.is_alphabetic()) {
            return None;
        }
        let mut found: Option<String> = None;
        let mut variant = chars.clone();
        for i in 1..chars.len() - 1 {
            // (Not the first letter: a capital swapped would show.)
            let (Some(&a), Some(&b)) = (chars.get(i), chars.get(i + 1)) else {
                continue;
            };
            if a == b {
                continue;
            }
            variant.clone_from(&chars);
            variant.swap(i, i + 1);
            let key: String = variant.iter().collect();
            if let Some(full) = self
                .by_last
                .get(&Folded(&key))
                .and_then(|v| pick(v, |_| true))
            {
                if found.as_deref().is_some_and(|f| f != full) {
                    return None;
                }
                found = Some(full.to_owned());
            }
        }
        found
    }

    /// The fullest form of a name the index knows (itself if none).
    fn full<'s>(&'s self, name: &'s str) -> &'s str {
        self.full_as(name, None)
    }

    /// The noun of the relation to someone else the text introduced `name` with (see
    /// [`NameIndex::relations`]), by the name as written there or as its fullest form.
    fn relation_of(&self, name: &str) -> Option<&'a str> {
        let id = self.name_ids.get(name)?;
        self.relations.get(id).copied()
    }

    /// [`Self::full`] for an occurrence whose honorific tells `gender`: `Mrs. Clinton` is
    /// not `Bill Clinton`.
    fn full_as<'s>(&'s self, name: &'s str, gender: Option<Gender>) -> &'s str {
        if name.contains(' ') {
            self.fullest(name).unwrap_or(name)
        } else {
            self.expand_as(name, gender).unwrap_or(name)
        }
    }

    /// The name of two to six capitalized words whose initials spell `word` (an acronym
    /// of two to six capitals), the first the article gives.
    fn expand_acronym(&self, word: &str) -> Option<&str> {
        if !(2..=6).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let by_initials = self.acronyms.get_or_init(|| {
            let mut map: HashMap<String, usize, FnvBuild> = HashMap::default();
            for (id, name) in self.names.iter().enumerate() {
                let words = name.split(' ').count();
                if !(2..=6).contains(&words) || !name.split(' ').all(is_capitalized) {
                    continue;
                }
                let initials: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
                map.entry(initials).or_insert(id);
            }
            map
        });
        by_initials
            .get(word)
            .and_then(|&id| self.names.get(id))
            .map(|n| n.as_ref())
    }

    /// Mark the occurrences inside `spans` (in order, disjoint) as quoted.
    fn mark_quoted(&mut self, spans: impl Iterator<Item = Span> + Clone) {
        for list in [&mut self.occurrences, &mut self.bodies] {
            let mut spans = spans.clone().peekable();
            for o in list.iter_mut() {
                while spans.next_if(|s| s.end() <= o.start()).is_some() {}
                if spans.peek().is_some_and(|s| s.start() <= o.start()) {
                    o.flags |= QUOTED;
                } else {
                    o.flags &= !QUOTED;
                }
            }
        }
    }

    /// Whether the article treats a full name as a person's: a known given name (one of
    /// either sex too, unless a body's longer name opens with the name) or a peer's title
    /// opening it (`Baroness Kennedy`), a title or honorific before it, its
    /// surname used alone elsewhere, or a known given name that is the whole name and stands
    /// alone somewhere (`Melanie`).
    fn person_like(&self, full: &str) -> bool {
        // (A nationality alone is no one's name: `a Japanese admiral`, `the official Chinese
        // news agency` — but `Coach Meese` is a person.)
        if !full.contains(' ')
            && (full.len() >= MIN_NATIONALITY_IN_ESE && full.ends_with("ese")
                || lexicon::DEMONYMS.has(full))
        {
            return false;
        }
        let last = surname(full);
        let words = full.split(' ').count();
        let first = full.split(' ').next();
        first.and_then(|w| name_gender(w, words)).is_some()
            || words > 1
                && first.is_some_and(|w| lexicon::UNISEX_NAMES.has(w))
                && !self.opens_org(full)
            || words > 1 && first.is_some_and(|w| lexicon::PEERAGE_TITLES.has(w))
            || self.titled.contains(full)
            || self.titled.contains(last)
            || words > 1 && self.alone.contains(last)
            // (A given name alone that stood alone somewhere, not after an article or a
            // preposition: features name people so, `Melanie’s hometown was more diverse,
            // but she remembers …`.)
            || words == 1
                && self.alone.contains(full)
                && WordInfo::of(full).given_name_gender().is_some()
    }

    /// Records that the text capitalizes the name `id` where only a name is (see
    /// [`NameIndex::named`]).
    fn mark_named(&mut self, id: usize) {
        if self.named.len() <= id {
            self.named.resize(id + 1, false);
        }
        if let Some(slot) = self.named.get_mut(id) {
            *slot = true;
        }
    }

    /// Whether the text capitalizes `name` somewhere only a name is (see
    /// [`NameIndex::named`]).
    fn named_mid_sentence(&self, name: &str) -> bool {
        self.name_ids
            .get(name)
            .is_some_and(|&id| self.named.get(id).copied().unwrap_or(false))
    }

    /// Whether an organisation's or a place's longer name in the text opens with `name`
    /// (`Sandy Hook` in `Sandy Hook Elementary School`).
    fn opens_org(&self, name: &str) -> bool {
        let Some((first, _)) = name.split_once(' ') else {
            return false;
        };
        self.orgs_by_first.get(&Folded(first)).is_some_and(|orgs| {
            orgs.iter().any(|(org, _)| {
                org.get(..name.len())
                    .is_some_and(|head| same_name(head, name))
                    && org.as_bytes().get(name.len()) == Some(&b' ')
            })
        })
    }

    /// The gender the text gives a (full) name, from the surest evidence down: an honorific
    /// with the full name (`Mr. Ned Price`); the given-name tables, unless the pronouns the
    /// article uses after the name say otherwise at least twice more often; an honorific with
    /// the surname alone (`Mr Jackson` — which says nothing of Katherine Jackson, who has a
    /// given name); those pronouns alone.
    fn gender_of_name(&self, full: &str) -> Option<Gender> {
        if let Some(&g) = self.genders.get(full) {
            return Some(g);
        }
        let last = surname(full);
        let votes = |form: &str| {
            self.name_ids
                .get(form)
                .and_then(|id| self.gender_votes.get(id))
                .copied()
                .unwrap_or((0, 0))
        };
        let (mut he, mut she) = votes(full);
        // A one-word name that the article never gives in full is a first name (`Melanie`).
        let table = full
            .split(' ')
            .next()
            .and_then(|first| WordInfo::of(first).given_name_gender());
        // (Only the full name's own pronouns outvote its given name: the surname's may be a
        // relative's, `Jane Sanders` beside Bernie Sanders's `he`.)
        match table {
            Some(Gender::Male) if she >= he + 2 => return Some(Gender::Female),
            Some(Gender::Female) if he >= she + 2 => return Some(Gender::Male),
            Some(g) => return Some(g),
            None => {}
        }
        if let Some(&g) = self.genders.get(last) {
            return Some(g);
        }
        if full != last {
            let (m, f) = votes(last);
            he += m;
            she += f;
        }
        match he.cmp(&she) {
            std::cmp::Ordering::Greater => Some(Gender::Male),
            std::cmp::Ordering::Less => Some(Gender::Female),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// The occurrences before `at`, most recent first, no further back than `reach` bytes.
    fn before(&self, at: usize, reach: usize) -> impl Iterator<Item = &NameOcc> {
        occurrences_before(&self.occurrences, at, reach)
    }

    /// The organisation name a one-word name opens most often (`Continental` → `Continental
    /// Airlines`).
    fn org_by_first<'s>(&'s self, word: &'s str) -> Option<&'s str> {
        pick(self.orgs_by_first.get(&Folded(word))?, |_| true)
    }

    /// The fullest organisation name ending like `name` (`the Times` → `New York Times`).
    fn fullest_org<'s>(&'s self, name: &'s str) -> Option<&'s str> {
        let last = name.split(' ').next_back()?;
        fullest_in(self.orgs_by_last.get(&Folded(last))?, name)
    }

    /// The fullest form of a multi-word name: a known name with the same last word that
    /// contains all of its words.
    fn fullest<'s>(&'s self, name: &'s str) -> Option<&'s str> {
        fullest_in(self.by_last.get(&Folded(surname(name)))?, name)
    }
}

/// The longest of `names` that contains every word of `name` (case aside), with no word
/// before a given name that opens `name` but another given name.
fn fullest_in<'n>(names: &'n [(Cow<'_, str>, usize)], name: &str) -> Option<&'n str> {
    // (Before a name that opens with a given name, only another given name: `Norbert Leo
    // Butz`, not the adjective in capitals of `Crooked Hillary Clinton` or a headline's
    // `Chris Christie Calls Hillary Clinton`. Before a surname of two words, the given
    // name: `Debbie Wasserman Schultz`, `Marine Le Pen`.)
    let first = name.split(' ').next().unwrap_or("");
    // (Looked up only for a fuller form with another first word, which is rare.)
    let given = OnceCell::new();
    let opens_right = |n: &str| {
        let mut words = n.split(' ');
        match (words.next(), words.next()) {
            (Some(a), _) if a == first => true,
            (Some(a), second) => {
                !*given.get_or_init(|| name.contains(' ') && is_given_name(first))
                    || second == Some(first) && is_given_name(a)
            }
            _ => false,
        }
    };
    names
        .iter()
        .map(|(n, _)| n.as_ref())
        .filter(|n| words_within(name, n) && opens_right(n))
        .max_by_key(|n| n.len())
}

/// The longest of [`lexicon::RELATION_NOUNS`], in bytes (a test keeps this true).
const MAX_RELATION_NOUN: usize = 13;

/// The noun of a relation to someone else (one of [`lexicon::RELATION_NOUNS`]) that
/// `before`, the text right before a name, ends in: a possessive, at most two words in lower
/// case and the noun (`her son`, `The actor's close friend`), or such a phrase opening its
/// sentence and a comma (`Her publicist,` — after a comma elsewhere the name opens a clause
/// of its own: `… ended his campaign, Cruz said`). `None` for any other text.
fn possessed_relation(before: &str) -> Option<&str> {
    const MAX_MODIFIERS: usize = 2;
    let (phrase, comma) = match before.strip_suffix(',') {
        Some(p) => (p, true),
        None => (before, false),
    };
    // (The noun first, found within the longest noun's bytes of the end: this runs for
    // every person named, and few are anyone's relation.)
    let k = phrase
        .bytes()
        .rev()
        .take(MAX_RELATION_NOUN + 1)
        .position(|b| b == b' ')?;
    let cut = phrase.len() - k;
    let noun = phrase
        .get(cut..)
        .filter(|w| lexicon::RELATION_NOUNS.contains(*w))?;
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let words = phrase.get(..cut.saturating_sub(1))?.rsplit(' ');
    let mut used = noun.len();
    for w in words.take(MAX_MODIFIERS + 1) {
        used += w.len() + 1;
        if is_possessive(w) || matches!(w, "her" | "his" | "their" | "Her" | "His" | "Their") {
            let rest = phrase.get(..phrase.len().saturating_sub(used))?.trim_end();
            let opens = rest.is_empty() || rest.ends_with(['.', '!', '?', ':', ';', '”', '"']);
            return (!comma || opens).then_some(noun);
        }
        if !lower(w) {
            return None;
        }
    }
    None
}

/// Where a person's name starts inside a capitalized run after `of`, `for` or `the`: at a
/// known given name after a word that is none (`Exchequer Gordon Brown`, `Culture Tessa
/// Jowell`), with a word after it. `None` for every other run.
fn office_holder_start(src: &str, run: &[Tok], prev_word: Option<&str>) -> Option<usize> {
    if run.len() < 3 || !matches!(prev_word, Some("of" | "for" | "the")) {
        return None;
    }
    // (A title before the name is the name's own: `of Gov. Mike Pence`, `of Senate Majority
    // Leader Mitch McConnell`.)
    (1..run.len() - 1)
        .find(|&j| {
            run.get(j).is_some_and(|t| is_given_name(t.text(src)))
                && run
                    .get(j - 1)
                    .is_some_and(|t| !is_any_given_name(t.text(src)))
        })
        .filter(|&j| {
            run.get(..j).is_some_and(|body| {
                body.iter().all(|t| {
                    let w = t.text(src);
                    !is_personal_honorific(w)
                        && with_lower(w, |lw| title_head_index(lw.trim_end_matches('.')).is_none())
                })
            })
        })
}

/// Whether a short line of six words or more is in title case: every word capitalized but
/// the small ones title case leaves low (`FULL SPEECH: President Obama Speech at Black Caucus
/// Foundation`; not `President Barack Obama met World Bank President Jim Yong Kim.`).
fn is_title_line(line: &str) -> bool {
    if line.len() > MAX_TITLE_LINE {
        return false;
    }
    let mut words = 0;
    for w in line.split_ascii_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else {
            continue;
        };
        words += 1;
        if c.is_lowercase() {
            let end = w.find(|c: char| !c.is_alphanumeric()).unwrap_or(w.len());
            let w = w.get(..end).unwrap_or(w);
            // (The small words are four letters at most: prose ends here at once.)
            if w.len() > 4
                || !lexicon::TITLE_CASE_SMALL.contains(w) && !lexicon::TITLE_CASE_LOWER.contains(w)
            {
                return false;
            }
        }
    }
    words >= 6
}

/// A role noun that only a person has (`economist`, `spokesman`; not `company`, not the
/// plural `analysts`).
fn is_person_role(w: &str) -> bool {
    // (Most words are no head at all: that lookup first.)
    lexicon::NOMINAL_HEADS.has(w)
        && !lexicon::NON_PERSON_HEADS.has(w)
        && !w
            .strip_suffix('s')
            .is_some_and(|one| lexicon::NOMINAL_HEADS.has(one))
}

/// Whether `after` (the text right after a name) opens an appositive with a person's role
/// among its first words: `, a Democratic pollster,`, `, political science professor at …`.
fn role_in_apposition(after: &str) -> bool {
    const MAX_WORDS: usize = 6;
    const REACH: usize = 80;
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    // The appositive: up to the next comma or sentence mark, within `REACH` bytes.
    let end = rest
        .bytes()
        .take(REACH)
        .position(|b| matches!(b, b',' | b'.' | b';' | b'(' | b')'))
        .unwrap_or(REACH.min(rest.len()));
    let mut end = end.min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    // (A role with its verb after it is the subject of the sentence after an opening
    // phrase, not an appositive: `In an interview with Playboy, the Silicon Valley star
    // revealed …` — but a participle and its preposition describe: `a journalist based in
    // Yaounde`.)
    let mut words = rest.get(..end).unwrap_or("").split_whitespace();
    let mut taken = 0;
    while let Some(w) = words.next().filter(|_| taken < MAX_WORDS) {
        taken += 1;
        if is_person_role(w) {
            let mut after = words.clone();
            let verb = after.next().is_some_and(|n| {
                is_cue(n)
                    || lower_past_tense(n) && {
                        let p = after.next();
                        // (`refused to teach`: a verb and its infinitive; `assigned to the
                        // case` is a participle.)
                        let infinitive = p == Some("to")
                            && after.next().is_some_and(|v| {
                                !is_capitalized(v)
                                    && !lexicon::DETERMINERS.has(v)
                                    && !v.starts_with(|c: char| c.is_ascii_digit())
                            });
                        infinitive
                            || !p.is_some_and(|p| p == "as" || lexicon::PREPOSITIONS.contains(p))
                    }
            });
            return !verb;
        }
    }
    false
}

/// The gender a role beside a name gives the person, from the text `before` and `after` the
/// name: in apposition after it (`Hope Hicks, a campaign spokeswoman, did not respond`, when
/// `appositive`), or right before the name and its comma (`Trump's eldest daughter, Ivanka
/// Trump, who …`).
fn role_gender(before: &str, after: &str, appositive: bool) -> Option<Gender> {
    let role_before = || {
        // (A role is in lower case: most words before a name's comma are names in a list.)
        before
            .strip_suffix(',')
            .map(trailing_letters)
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .and_then(role_word_gender)
    };
    appositive
        .then(|| apposition_gender(after))
        .flatten()
        .or_else(role_before)
}

/// The gender of the head of a description in apposition (`after` opens with its comma),
/// its last word before a preposition: `, a campaign spokeswoman,`, `, Reagan's daughter,`
/// and `, widow of …` are a woman's; `, whose husband …` and `, through a spokeswoman,` say
/// nothing of the person.
fn apposition_gender(after: &str) -> Option<Gender> {
    const MAX_WORDS: usize = 8;
    let rest = after.strip_prefix(',')?;
    let mut words = rest
        .split([',', '.', ';', '(', ')'])
        .next()?
        .split_whitespace()
        .peekable();
    // (A description opens with an article, a possessive or its head.)
    let first = *words.peek()?;
    if !(matches!(first, "a" | "an" | "the")
        || is_possessive(first)
        || role_word_gender(first).is_some())
    {
        return None;
    }
    let mut head = None;
    for w in words.take(MAX_WORDS) {
        if lexicon::RELATIVE_PRONOUNS.has(w) {
            return None;
        }
        if lexicon::PREPOSITIONS.has(w) {
            break;
        }
        head = Some(w);
    }
    role_word_gender(head?)
}

/// The gender of a role's word as written (`Spokeswoman`, `daughter`), if it has one.
fn role_word_gender(w: &str) -> Option<Gender> {
    with_lower(w, head_gender)
}

/// The text after a description in apposition to a name, from the mark that closes it on
/// (`after` is the text right after the name and opens with the appositive's comma):
/// `…, said Jake Horowitz, editor in chief of Mic.com.` gives `.`. A description opens
/// with an article, a possessive or an age, or has a role among its first words (`founding
/// director of`); a verb (`…, also introduced fellow guitarist …`, `…, endorsed …
/// candidate …`), a relative clause (`…, who is a member of …`) or a place (`…, California
/// the GOP candidate …`) opens none.
fn after_appositive(after: &str) -> Option<&str> {
    const REACH: usize = 120;
    let rest = after.strip_prefix(',')?.trim_start_space();
    let mut words = rest.split(is_space).take(3);
    let first = words.next().unwrap_or("");
    let age = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let described = age
        || matches!(first, "a" | "an" | "the" | "his" | "her" | "their")
        || first.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && !first.ends_with("ed")
            && !first.ends_with("ly")
            && !matches!(first, "also" | "who" | "whose" | "which" | "and" | "or")
            && (is_person_role(first) || words.any(is_person_role));
    if !described {
        return None;
    }
    from_closing_mark(rest, REACH, true)
}

/// `rest` from the first comma or sentence mark (or bracket, with `brackets`) within
/// `reach` bytes on: where an appositive or a relative clause between commas closes.
fn from_closing_mark(rest: &str, reach: usize, brackets: bool) -> Option<&str> {
    let end = rest.bytes().take(reach).position(|b| {
        matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?') || brackets && matches!(b, b'(' | b')')
    })?;
    rest.get(end..)
}

/// Whether `before` (the text before a name) ends in `according to`, or in `according
/// to` and a short description of the person (`according to Meta's chief AI scientist`).
fn according_to_before(before: &str) -> bool {
    const MAX_DESCRIPTION: usize = 5;
    let mut words = before.rsplit(is_space).filter(|w| !w.is_empty());
    let mut described = 0;
    loop {
        match words.next() {
            Some("to") => {
                return words
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("according"));
            }
            Some(w)
                if described < MAX_DESCRIPTION
                    && (is_capitalized(w)
                        || lexicon::NOMINAL_HEADS.has(w)
                        || lexicon::NOMINAL_WORDS.has(w)) =>
            {
                described += 1;
            }
            _ => return false,
        }
    }
}

/// The text after a relative clause of a person between commas, from its closing comma on:
/// `, who had his own energy empire dismantled, told …` gives `, told …`.
fn after_relative_clause(after: &str) -> Option<&str> {
    const REACH: usize = 160;
    let rest = after.strip_prefix(',')?.trim_start_space();
    if !rest.starts_with("who ") {
        return None;
    }
    from_closing_mark(rest, REACH, false)
}

/// Whether `after` (the text after a person's name) opens a relative clause whose verb is a
/// cue, past an age in apposition: `, 49, who told BBC News 24 she …`, `, who said …`.
fn relative_clause_cue(after: &str) -> bool {
    let Some(mut rest) = after.strip_prefix(',') else {
        return false;
    };
    if age_in_apposition(after) {
        rest = rest
            .trim_start_space()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix(',')
            .unwrap_or(rest);
    }
    rest.trim_start_space()
        .strip_prefix("who ")
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| !is_capitalized(w) && is_cue(w))
}

/// Whether a description introduces someone the text has not named: an indefinite one (`a
/// spokeswoman`, `one analyst`), or a definite one whose head an indefinite phrase relates
/// (`the chief executive of a leading European car maker`) — not `the woman`, `the host`,
/// who are most often someone named before.
fn introduces_someone(description: &str) -> bool {
    let mut words = description.split(' ');
    let first = words.next().unwrap_or("");
    lexicon::INDEFINITES.has(first)
        || first.eq_ignore_ascii_case("the")
            && words
                .skip_while(|w| *w != "of")
                .nth(1)
                .is_some_and(|w| matches!(w, "a" | "an"))
}

/// The word right after `text`'s opening comma: `, said …` gives `said`.
fn word_after_comma(text: &str) -> Option<&str> {
    text.strip_prefix(',')?
        .trim_start_space()
        .split(|c: char| !c.is_alphabetic())
        .next()
}

/// Where the name goes on after a nickname in quote marks at `at` (right after a given
/// name): ` “Tig” Tiegen` gives the start of `Tiegen`. One or two capitalized words between
/// the marks, one space on each side.
fn after_nickname(src: &str, at: usize, end: usize) -> Option<usize> {
    let rest = sub(src, at, end).strip_prefix(' ')?;
    let open = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '“' | '"' | '‘' | '\''))?;
    let inner = rest.get(open.len_utf8()..)?;
    let close = inner
        .char_indices()
        .take_while(|&(i, _)| i <= MAX_NICKNAME)
        .find(|&(_, c)| matches!(c, '”' | '"' | '’' | '\''))?;
    let named = is_nickname(inner.get(..close.0)?);
    let after = inner
        .get(close.0 + close.1.len_utf8()..)?
        .strip_prefix(' ')?;
    let next_upper = after.chars().next().is_some_and(char::is_uppercase);
    (named && next_upper).then(|| end - after.len())
}

/// The longest nickname read in quote marks inside a name, in bytes.
pub(crate) const MAX_NICKNAME: usize = 24;

/// Whether `text` is a nickname: one or two capitalized words of letters and periods
/// (`Tig`, `The Rock`, `LA`), maybe after `the` (`Jimmy "the Whirlwind " White`: spaces
/// inside the marks left out).
pub(crate) fn is_nickname(text: &str) -> bool {
    let text = text.trim();
    let text = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text);
    text.split(' ').count() <= 2
        && text
            .split(' ')
            .all(|w| is_capitalized(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// Whether the name word `first` of `words` (the words of `run`) stands right after an
/// article, inside the run (`The Fracture`) or before it (`the Guardian`).
fn after_article(src: &str, run: &[Tok], words: &[&str], first: usize) -> bool {
    let article = |w: &str| matches!(w, "the" | "The" | "a" | "A" | "an" | "An");
    match first.checked_sub(1) {
        Some(j) => words.get(j).is_some_and(|w| article(w)),
        None => run.first().is_some_and(|t| {
            let before = sub(src, 0, t.start).trim_end_space();
            article(trailing_letters(before))
        }),
    }
}

/// The longest word of [`lexicon::PREPOSITIONS`], all in lower-case ASCII (a test keeps
/// this true).
const MAX_PREPOSITION: usize = 4;

/// Whether a run stands right after a preposition (`the future of Afrobeats`, `a rally in
/// Bakersfield`), where a word alone is as often a place, a body or a genre as a surname.
fn after_preposition(src: &str, run: &[Tok]) -> bool {
    // (The prepositions are short words in lower case: read back no further, and look
    // nothing up after a sentence's end or a longer word.)
    run.first().is_some_and(|first| {
        let before = sub(src, 0, first.start).trim_end_space();
        let len = before
            .bytes()
            .rev()
            .take(MAX_PREPOSITION + 1)
            .take_while(u8::is_ascii_lowercase)
            .count();
        (1..=MAX_PREPOSITION).contains(&len)
            && before
                .get(before.len() - len..)
                .is_some_and(|w| lexicon::PREPOSITIONS.has(w))
    })
}

/// Whether `after` (the text right after a name) opens with an age between commas, as only
/// a person's name has one: `Franson Reneus, 18, from Lee County`, `Anna, 40, is open …`.
fn age_in_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start_space();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest.as_bytes().get(digits) == Some(&b',')
}

/// The text of the sentence that `at` is in, up to `at` (at most 400 bytes back).
fn sentence_before(src: &str, unit_start: usize, at: usize) -> &str {
    let mut from = unit_start.max(at.saturating_sub(400));
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let text = sub(src, from, at);
    let start = text.rfind(['.', '!', '?']).map_or(0, |k| k + 1);
    text.get(start..).unwrap_or(text)
}

/// Whether `sentence` (its words before a name) is an introductory phrase and its comma, so
/// that the name is the subject: `In response to international pressure, Suu Kyi presided …`.
fn after_introduction(sentence: &str) -> bool {
    let sentence = sentence.trim_start_space();
    let first = sentence.split(|c: char| !c.is_alphabetic()).next();
    first.is_some_and(|w| is_capitalized(w) && lexicon::INTRO_WORDS.has(w))
        && sentence.matches(',').count() == 1
}

/// Whether `sentence` (its words before a name) is a description of a person and its comma,
/// so that the name stands in apposition to the subject: `The minister of the economy, Mr.
/// Guajardo Villarreal, argues …`.
fn after_description(sentence: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let sentence = sentence.trim_space().trim_end_matches(',');
    // (After an opening phrase, the clause after its comma: `On the convention's opening
    // night Monday, Trump's wife, Melania, is scheduled …`.)
    let clause = match sentence.rsplit_once(',') {
        Some((_, last)) => last.trim_start_space(),
        None => sentence,
    };
    if clause.contains(['“', '"', ':', ';']) {
        return false;
    }
    let mut words = clause.split(' ');
    // (A determiner opens it, or a possessive one, or a name's possessive: `Its leader,
    // Roger Knapman, has said …`, `Kazakhstan's foreign minister, Erlan Idrissov, plays
    // down …`.)
    let opens = words.next().is_some_and(|w| {
        matches!(
            w,
            "The" | "A" | "An" | "Another" | "One" | "His" | "Her" | "Their" | "Its" | "Our" | "My"
        ) || is_capitalized(w) && (w.ends_with("'s") || w.ends_with("’s"))
    });
    if !opens {
        return false;
    }
    let mut n = 1;
    let mut person = false;
    for w in words {
        n += 1;
        if n > MAX_WORDS || w.ends_with("ed") || lexicon::AUXILIARIES.has(w) || is_cue(w) {
            return false;
        }
        person |= lexicon::PERSON_HEAD_WORDS.has(w);
    }
    person
}

/// Whether the sentence before `at` (whose last word is `prev_word`) is only a role, so that
/// the name at `at` opens the sentence all the same: `Conservative economist Aparna Mathur,
/// who …, said`, `Trump campaign spokesman Jason Miller told …`.
fn after_role_opening(src: &str, unit_start: usize, at: usize, prev_word: Option<&str>) -> bool {
    const REACH: usize = 80;
    const MAX_WORDS: usize = 6;
    // The word just before the name must be a role noun: checked first, it is cheap.
    // (A compound's last part counts after a prefix of two or four letters: `Tory
    // co-chairman Liam Fox has opened …`, `ex-minister`, `vice-chairman`. Two bytes are
    // read before any search: this runs for every name in the text.)
    let role_noun = |w: &str| {
        lexicon::NOMINAL_HEADS.has(w)
            || matches!(w.as_bytes(), [_, _, b'-', ..] | [_, _, _, _, b'-', ..])
                && after_last_hyphen(w).is_some_and(|l| lexicon::NOMINAL_HEADS.has(l))
    };
    if !prev_word.is_some_and(role_noun) {
        return false;
    }
    let from = unit_start.max(at.saturating_sub(REACH));
    let toks = tokenize(src, from, at);
    // (After a conjunction inside the sentence that opens a clause, the role opens that
    // clause: `France have been criticised … but captain Fabien Pelous sees hope`.)
    let clause = toks.iter().rposition(|t| {
        t.is_sentence_end()
            || t.is_word() && lexicon::CONTRASTING_CONJUNCTIONS.contains(t.text(src))
    });
    let mut opening = match clause {
        Some(k) => toks.get(k + 1..).unwrap_or(&[]),
        None if from == unit_start => &toks,
        None => return false,
    };
    // (Past the closing marks of a quote that ended the sentence before: `… their spirit
    // and desire." But Wenger's Bayern counterpart Felix Magath was …`.)
    opening = opening.get(closing_marks(opening)..).unwrap_or(&[]);
    // (After an introductory phrase and its comma the role opens the clause: `And despite
    // the recent results, skipper Jason Robinson believes …`.)
    if let Some(k) = opening.iter().rposition(|t| t.punct == Some(',')) {
        let intro = match (opening.first(), opening.get(k)) {
            (Some(a), Some(c)) => sub(src, a.start, c.end),
            _ => "",
        };
        if !after_introduction(intro) {
            return false;
        }
        opening = opening.get(k + 1..).unwrap_or(&[]);
    }
    !opening.is_empty()
        && opening.len() <= MAX_WORDS
        && opening.iter().all(|t| {
            let w = t.text(src);
            t.is_word()
                && (is_capitalized(w)
                    || role_noun(w)
                    || lexicon::NOMINAL_WORDS.has(w)
                    // (`Shadow education secretary Tim Collins is …`.)
                    || lexicon::PORTFOLIOS.has(w))
        })
        && opening.iter().any(|t| role_noun(t.text(src)))
}

/// The gender of the first `he` or `she` after `from` in its sentence, unless another
/// name comes first (`Palmieri said Trump … he`); a capitalized word after `the` is an
/// adjective or an institution (`Strada accused the Saudi government … she`). Object and
/// possessive forms are left out: they often point elsewhere (`criticized Clinton for her`).
fn pronoun_after(src: &str, from: usize, end: usize) -> Option<Gender> {
    // Forty words, and at most `REACH` bytes: most sentences hold no `he` or `she` there,
    // which a byte search tells without reading words.
    const WORDS: usize = 40;
    const REACH: usize = 400;
    let mut end = end.min(from + REACH).min(src.len());
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    if !has_he_or_she(sub(src, from, end)) {
        return None;
    }
    let mut after_article = false;
    for t in Tokens::new(src, from, end).take(WORDS) {
        if t.is_sentence_end() {
            return None;
        }
        if !t.is_word() {
            after_article = false;
            continue;
        }
        let w = t.text(src);
        if is_capitalized(w) && !after_article {
            return None;
        }
        after_article = lexicon::BEFORE_INSTITUTIONS.has(w) || after_article && is_capitalized(w);
        match w {
            "he" => return Some(Gender::Male),
            "she" => return Some(Gender::Female),
            _ => {}
        }
    }
    None
}

/// Whether `text` holds the word `he` or `she` (in lower case).
fn has_he_or_she(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = crate::parse::chars::find_pair(bytes, from, *b"he") {
        let start = if at > 0 && bytes.get(at - 1) == Some(&b's') {
            at - 1
        } else {
            at
        };
        // (Word boundaries by chars: a no-break space stands before `he` too.)
        let open = sub(text, 0, start)
            .chars()
            .next_back()
            .is_none_or(|c| !is_alnum(c));
        let close = sub(text, at + 2, text.len())
            .chars()
            .next()
            .is_none_or(|c| !is_alnum(c));
        if open && close {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether the text after a name goes on with a participle (`lambasting`, `reportedly
/// yelling`), past a parenthetical between dashes (`— who’s called for … —`).
fn participle_next(after: &str) -> bool {
    const MAX_DASHED: usize = 200;
    let mut rest = after;
    if let Some(inner) = rest.strip_prefix(['—', '–']) {
        let Some(close) = inner
            .char_indices()
            .take_while(|&(i, _)| i < MAX_DASHED)
            .find(|&(_, c)| matches!(c, '—' | '–'))
        else {
            return false;
        };
        rest = inner
            .get(close.0 + close.1.len_utf8()..)
            .unwrap_or("")
            .trim_start_space();
    }
    let mut words = rest.split(|c: char| !c.is_alphabetic());
    let first = words.next().unwrap_or("");
    let verb = if first.ends_with("ly") {
        words.next().unwrap_or("")
    } else {
        first
    };
    verb.len() > 4 && verb.ends_with("ing") && !is_capitalized(verb)
}

/// A verb's past tense in lower case, as a clause's verb after its subject: `criticized`,
/// `defended` (not a short word such as `red`).
fn lower_past_tense(w: &str) -> bool {
    is_past_tense_form(w) && !is_capitalized(w)
}

/// A word of two capital letters or more and nothing else: `IAAF`, `UKIP`.
fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a word is a possessive: `Trump’s`, a plural's `Sanders'` or `Sanders’`.
fn is_owner(w: &str) -> bool {
    strip_possessive(w).len() != w.len() || w.ends_with("s'")
}

/// Whether a possessive opens a body's name rather than owning what follows: a plural of
/// people's (`Children’s Health Defense`, `Women's March`, `Veterans' Affairs`).
fn in_body_name(w: &str) -> bool {
    let bare = strip_possessive(w).trim_end_matches(['’', '\'']);
    bare.len() < w.len() && lexicon::BODY_NAME_OWNERS.has(bare)
}

/// `Trump’s` → `Trump`.
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// The surname of a name: its last word, generational suffixes aside (`Biden` in
/// `Joseph R. Biden Jr.`).
fn surname(name: &str) -> &str {
    let mut rest = name;
    loop {
        match rest.rsplit_once(' ') {
            Some((head, last)) if is_name_suffix(last) => rest = head,
            Some((_, last)) => return last,
            None => return rest,
        }
    }
}

/// A peer's or a royal's title (`Duke`, `Queen`), which a name read wrongly may be.
fn is_rank_title(w: &str) -> bool {
    lexicon::PEERAGE_TITLES.has(w) || lexicon::REGNAL_TITLES.has(w)
}

/// A generational suffix or post-nominal letters after a surname (`Jr.`, `III`, `QC`, `MP`),
/// which the surname stands before: `Ian MacDonald QC` is `Mr MacDonald`.
fn is_name_suffix(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    w.len() <= lexicon::MAX_NAME_SUFFIX
        && lexicon::NAME_SUFFIXES
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
}

/// The most frequent name of a list that `allowed` accepts (the first on ties).
fn pick<'n>(v: &'n [(Cow<'_, str>, usize)], allowed: impl Fn(&str) -> bool) -> Option<&'n str> {
    let mut best: Option<&(Cow<'_, str>, usize)> = None;
    for e in v.iter().filter(|e| allowed(&e.0)) {
        if best.is_none_or(|b| e.1 > b.1) {
            best = Some(e);
        }
    }
    best.map(|(n, _)| n.as_ref())
}

/// Whether the text before an `of` ends with an organisation's capitalized word (`Board`,
/// `University`).
fn org_before_of(before: &str) -> bool {
    before
        .strip_suffix("of")
        .map(|b| b.trim_end_space())
        .map(trailing_letters)
        .is_some_and(|w| is_capitalized(w) && WordInfo::of(w).org())
}

/// A cue verb's past or third-person form, which no name holds (`Told`, `Says`, `Warned`).
fn is_reporting_form(w: &str) -> bool {
    is_cue(w)
        && with_lower(w, |lw| {
            lexicon::CUE_IRREGULAR.contains(lw) || lw.ends_with("ed")
        })
}

/// A cue verb in lower case (`said`, `told`), not `according`.
fn is_lower_cue(src: &str, t: &Tok) -> bool {
    let w = t.text(src);
    t.is_word() && !is_capitalized(w) && w != "according" && is_cue(w)
}

/// Whether a name whose last word, and no other, is an organisation's word is a person's,
/// that word a surname: after a personal honorific (`Mr Fox`, up to three name words), or
/// as the second of two after a known given name (`Guy Chambers`; not `George Washington
/// University`).
fn org_word_is_surname(name_words: usize, given_name_first: bool, honorific: bool) -> bool {
    name_words <= 3 && (honorific || name_words == 2 && given_name_first)
}

/// `Mr`, `Dr.`, `Lady`: an honorific only a person has.
fn is_personal_honorific(w: &str) -> bool {
    lexicon::PERSONAL_HONORIFICS.has(w.trim_end_matches('.'))
}

/// Where the full name after a personal honorific ends, when a lower-case description
/// follows it (`Dr Mark Tuffy games systems director …`); `None` for any other shape.
fn honorific_name_end(text: &str) -> Option<usize> {
    let mut words = text.split(' ');
    if !words.next().is_some_and(is_personal_honorific) {
        return None;
    }
    let mut end = text.find(' ')?;
    let mut names = 0;
    for w in words {
        if is_capitalized(w) && strip_possessive(w).len() == w.len() {
            names += 1;
            end += 1 + w.len();
            continue;
        }
        let description = w.starts_with(|c: char| c.is_lowercase())
            && !is_particle(w)
            && !matches!(w, "of" | "from" | "for" | "and" | "or");
        return (names >= 2 && description).then_some(end);
    }
    None
}

/// Lower-case particles inside a person's name (`Charles de Gaulle`, `Ursula von der Leyen`).
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "da"
            | "van"
            | "von"
            | "der"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "di"
            | "du"
            | "dos"
            | "y"
    )
}

/// What the word tables say about one word, found with a single lookup (a name run asks
/// up to ten questions of each of its words).
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    /// Classes of the lower-case word.
    exact: u16,
    /// Classes of the lower-case word without trailing periods (`mr.` → `mr`).
    bare: u16,
}

/// Sentence-opening words that are not names: determiners, edge and intro words, weekdays,
/// pronouns (exact); months (bare).
const FILLER: u16 = 1;
const MONTH: u16 = 1 << 1;
const ORG: u16 = 1 << 2;
const NON_PERSON: u16 = 1 << 3;
/// Honorifics and nominal heads (bare): words that open a role.
const TITLE: u16 = 1 << 4;
const MALE_HONORIFIC: u16 = 1 << 5;
const FEMALE_HONORIFIC: u16 = 1 << 6;
const MALE_NAME: u16 = 1 << 7;
const FEMALE_NAME: u16 = 1 << 8;

fn word_classes() -> &'static ClassMap<u16> {
    static CLASSES: OnceLock<ClassMap<u16>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let tables: [(&lexicon::Lexicon, u16); 15] = [
            (&lexicon::DETERMINERS, FILLER),
            (&lexicon::LEADING_FILLERS, FILLER),
            (&lexicon::NAME_FILLERS, FILLER),
            (&lexicon::EDGE_WORDS, FILLER),
            (&lexicon::INTRO_WORDS, FILLER),
            (&lexicon::WEEKDAYS, FILLER),
            (&lexicon::MONTHS, MONTH),
            (&lexicon::ORG_WORDS, ORG),
            (&lexicon::NON_PERSON_WORDS, NON_PERSON),
            (&lexicon::HONORIFICS, TITLE),
            (&lexicon::NOMINAL_HEADS, TITLE),
            (&lexicon::MALE_HONORIFICS, MALE_HONORIFIC),
            (&lexicon::FEMALE_HONORIFICS, FEMALE_HONORIFIC),
            (&lexicon::MALE_NAMES, MALE_NAME),
            (&lexicon::FEMALE_NAMES, FEMALE_NAME),
        ];
        let pronouns = [
            "i", "he", "she", "they", "we", "it", "you", "mr", "mrs", "ms",
        ];
        ClassMap::new(
            tables
                .into_iter()
                .flat_map(|(table, class)| table.words().map(move |w| (w, class)))
                .chain(pronouns.into_iter().map(|w| (w, FILLER))),
        )
    })
}

impl WordInfo {
    fn of(w: &str) -> Self {
        let classes = word_classes();
        let look = |lw: &[u8]| classes.of_lower(lw);
        let info = |lw: &[u8]| {
            let exact = look(lw);
            let bare = match lw.iter().rposition(|&b| b != b'.') {
                Some(k) if k + 1 < lw.len() => look(lw.get(..=k).unwrap_or(&[])),
                Some(_) => exact,
                None => look(&[]),
            };
            WordInfo { exact, bare }
        };
        let found = match lower_packed(w.as_bytes()) {
            // (A short ASCII word without a period, nearly every word, is looked up packed.)
            Some(key) if !w.ends_with('.') => {
                let exact = classes.of_packed(key);
                WordInfo { exact, bare: exact }
            }
            Some(key) => info(key.to_le_bytes().get(..w.len()).unwrap_or_default()),
            None => with_lower_bytes_unpacked(w, info),
        };
        // A pronoun with a contracted verb is a filler too, as its pronoun is (`I've`,
        // `They’re`: no one's name). (`He's` lost its `'s` as a possessive's.)
        // (The mark is the second or third byte from the end, `’` ending in 0x99: one look
        // at two bytes turns away the names.)
        let b = w.as_bytes();
        let mark_at = |back: usize| {
            b.len()
                .checked_sub(back)
                .and_then(|k| b.get(k))
                .is_some_and(|&c| c == b'\'' || c == 0x99)
        };
        if found.exact == 0 && (mark_at(2) || mark_at(3)) {
            let split = w.rfind(['\'', '’']).and_then(|k| {
                let mark = if w.get(k..)?.starts_with('’') { 3 } else { 1 };
                Some((w.get(..k)?, w.get(k + mark..)?))
            });
            if let Some((stem, verb)) = split.filter(|(stem, _)| !stem.is_empty()) {
                let contracted = lexicon::CONTRACTIONS
                    .iter()
                    .any(|c| c.get(1..) == Some(verb));
                if contracted {
                    let exact = with_lower_bytes(stem, |lw| classes.of_lower(lw)) & FILLER;
                    return WordInfo { exact, ..found };
                }
            }
        }
        found
    }

    fn filler(self) -> bool {
        self.exact & FILLER != 0 || self.bare & MONTH != 0
    }

    /// A month and no other kind of filler (`May`, `June`).
    fn month_only(self) -> bool {
        self.bare & MONTH != 0 && self.exact & FILLER == 0
    }

    fn org(self) -> bool {
        self.exact & ORG != 0
    }

    fn non_person(self) -> bool {
        self.exact & NON_PERSON != 0
    }

    fn honorific_gender(self) -> Option<Gender> {
        Gender::of_bits(self.bare, MALE_HONORIFIC, FEMALE_HONORIFIC)
    }

    fn given_name_gender(self) -> Option<Gender> {
        Gender::of_bits(self.exact, MALE_NAME, FEMALE_NAME)
    }
}

/// Sentence-opening capitalized words that are not names.
fn is_filler_word(w: &str) -> bool {
    WordInfo::of(w).filler()
}

/// The gender a given name tells, if the tables know it (for names of two words or more).
fn name_gender(first: &str, words: usize) -> Option<Gender> {
    if words < 2 {
        return None;
    }
    WordInfo::of(first).given_name_gender()
}

/// Whether the tables know `w` as a given name.
fn is_given_name(w: &str) -> bool {
    WordInfo::of(w).given_name_gender().is_some()
}

/// Whether `w` is a capitalized adjective by its ending ([`lexicon::ADJECTIVE_ENDINGS`])
/// that no table knows as anything else — no title, given name or name word (`President`,
/// `Sergeant`, `Vincent` end so too).
fn is_opening_adjective(w: &str) -> bool {
    let mut letters = w.bytes();
    w.len() >= MIN_PARTICIPLE
        && letters.next().is_some_and(|b| b.is_ascii_uppercase())
        && letters.all(|b| b.is_ascii_lowercase())
        && lexicon::ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
        && {
            let info = WordInfo::of(w);
            info.exact == 0 && info.bare == 0
        }
        && !lexicon::UNISEX_NAMES.has(w)
}

/// Whether the tables know `w` as a given name of either sex or of both (`Cameron`).
pub(crate) fn is_any_given_name(w: &str) -> bool {
    is_given_name(w) || lexicon::UNISEX_NAMES.has(w)
}

/// The gender an honorific among `words` tells (`Mrs`, `Queen`, `Lord`), if any.
fn gender_of(words: &[&str]) -> Option<Gender> {
    words
        .get(..honorific_reach(words.len()))
        .unwrap_or_default()
        .iter()
        .find_map(|w| WordInfo::of(w).honorific_gender())
}

/// How many of a name's `n` words an honorific may be: an honorific stands before a name,
/// so the last of two or more words is a surname (`Billie Jean King`, `Erik Prince`).
fn honorific_reach(n: usize) -> usize {
    if n >= 2 { n - 1 } else { n }
}

/// Split `State Department spokesman Ned Price` into role words and name words: the name
/// starts after the last title word that is not the final word (`Larry King` stays whole,
/// `Mr. King` is `King`).
fn split_role<'a, 'b>(words: &'b [&'a str]) -> (&'b [&'a str], &'b [&'a str]) {
    let n = words.len();
    let k = words
        .get(..n.saturating_sub(1))
        .and_then(|w| w.iter().rposition(|w| is_title_word(w)))
        .map_or(0, |p| p + 1);
    (words.get(..k).unwrap_or(&[]), words.get(k..).unwrap_or(&[]))
}

fn is_title_word(w: &str) -> bool {
    title_word(w, WordInfo::of(w))
}

fn title_word(w: &str, info: WordInfo) -> bool {
    // (`&` joins a body's name: `Ernst & Young`.)
    !is_capitalized(w) && !is_particle(w) && w != "&"
        || info.bare & TITLE != 0
        || hyphenated_title(w)
}

/// A title after a hyphen is a title: `Vice-President`, `Under-Secretary`, `Co-owner`.
fn hyphenated_title(w: &str) -> bool {
    after_last_hyphen(w).is_some_and(|last| WordInfo::of(last).bare & TITLE != 0)
}

/// The part of a compound after its last hyphen (`President` in `Vice-President`).
fn after_last_hyphen(w: &str) -> Option<&str> {
    w.as_bytes()
        .iter()
        .rposition(|&b| b == b'-')
        .and_then(|h| w.get(h + 1..))
}

/// What a mention is.
#[derive(Debug)]
enum Reading {
    Pronoun(&'static str),
    Nominal {
        definite: bool,
        head: String,
        ordinal: Option<String>,
        /// The words between the determiner and the head when a capitalized one is among
        /// them (`French` in `the French president`), as written: they tell one such
        /// description from another with the same head.
        modifiers: Option<String>,
        /// A possessive determines it: `Obama's former campaign strategist`.
        possessed: bool,
    },
    Named {
        name: String,
        role: Option<String>,
        org: bool,
        gender: Option<Gender>,
    },
}

/// A description's `text` up to what a comma appends to it: a relative clause (`…, which
/// represents the UK industry`), a participle or another phrase in lower case (`An Israeli
/// official, speaking on the condition of anonymity`, `His critics in the United States,
/// many of them …`), or an appositive that opens with a possessive (`A spokesman for
/// Unison, Britain's biggest union`). The speaker is the one described, not the rest.
fn without_appended_phrase(text: &str) -> &str {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(", ")) {
        let at = from + i;
        let next = text
            .get(at + 2..)
            .and_then(|t| t.split(' ').next())
            .unwrap_or("");
        let appended = next.starts_with(char::is_lowercase) || is_possessive(next);
        if appended {
            return text.get(..at).unwrap_or(text);
        }
        from = at + 2;
    }
    text
}

/// The author an op-ed names in its closing line: `Charlotte Meehan is playwright-in-residence
/// at Wheaton College …`, `Bill Thompson is a regular commentator on …` — a name of two to
/// four words, no title before it, `is` and a person's role among the next few words.
pub(crate) fn bio_author(line: &str) -> Option<&str> {
    if line.len() > MAX_BIO_LINE {
        return None;
    }
    let (name, rest) = line.split_once(" is ")?;
    let words: Vec<&str> = name.split(' ').collect();
    let first = words.first()?;
    let info = WordInfo::of(first);
    if !(2..=4).contains(&words.len())
        || !words.iter().all(|w| is_capitalized(w))
        || info.filler()
        || info.honorific_gender().is_some()
        || title_word(first, info)
    {
        return None;
    }
    rest.split(' ')
        .take(BIO_ROLE_REACH)
        .map(|w| w.trim_end_matches(['.', ',']))
        .any(is_person_role)
        .then_some(name)
}

/// The longest closing line read as an author's, in bytes.
const MAX_BIO_LINE: usize = 400;
/// How many words after `is` a closing line names the author's role within.
const BIO_ROLE_REACH: usize = 8;

/// The author of a document named by them: `the IMF report` → `IMF`, `A new Pew Research
/// report` → `Pew Research`, `a 2014 House Intelligence Committee report` → `House
/// Intelligence Committee`: a determiner, words in lower case or numbers, then names only,
/// and a document head. Not a possessive (`Mr Crosby's statement`).
fn document_author(text: &str) -> Option<&str> {
    let (author, head) = text.rsplit_once(' ')?;
    if !lexicon::DOCUMENTS.has(head) || is_capitalized(head) {
        return None;
    }
    // The names start at the first capitalized word that is no determiner; before them at
    // most two adjectives or numbers (`a new`, `a 2014`), no relation (`a narrator in the
    // Clinton ad`).
    let mut start = None;
    let mut at = 0;
    for (i, w) in author.split(' ').enumerate() {
        let capital = is_capitalized(w) && !(i == 0 && lexicon::DETERMINERS.has(w));
        if strip_possessive(w).len() != w.len() || w.ends_with(['’', '\'']) {
            return None;
        }
        match start {
            None if capital => start = Some(at),
            None if i == 0 && lexicon::DETERMINERS.has(w) => {}
            None if i <= 2 && !lexicon::NP_STOP.has(w) && !lexicon::PREPOSITIONS.has(w) => {}
            None => return None,
            Some(_) if !is_capitalized(w) => return None,
            Some(_) => {}
        }
        at += w.len() + 1;
    }
    // (`a campaign TV ad`: a medium, not an author.)
    author
        .get(start?..)
        .filter(|a| !a.split(' ').any(|w| lexicon::MEDIA.has(w)))
}

/// The pronoun a one-word mention (lower case) is, if any. (A contraction is its pronoun:
/// `He’s claiming`, `I'd`; but `It's` opens a clause about no one, as a demonstrative names
/// no one: `That’s because`, `Those`.)
fn pronoun(one: &str) -> Option<&'static str> {
    // (An owner's pronoun stands for its owner: `his “…” remark`.)
    if let Some(&(_, p)) = lexicon::OWNER_PRONOUNS.iter().find(|(o, _)| *o == one) {
        return Some(p);
    }
    let bare = match lexicon::CONTRACTIONS
        .iter()
        .find_map(|c| one.strip_suffix(c))
    {
        Some("it") => "that",
        Some(p) => p,
        None => one,
    };
    lexicon::MENTION_PRONOUNS
        .iter()
        .find(|p| **p == bare)
        .copied()
}

/// A pronoun's mention without the verb contracted onto it: `I` of `I’m`, `He` of `He's`.
fn without_contraction(text: &str) -> &str {
    text.split(['\'', '’']).next().unwrap_or(text)
}

/// Where the holder's name starts in a mention of an office held toward another (`U.S.
/// Ambassador to the U.N. Linda Thomas-Greenfield`) or of a body (`the minister for civil
/// aviation Praful Patel`, `Chancellor of the Exchequer Gordon Brown`, the office in either
/// case): at the first known given name after the office's `to`, `of` or `for`, after a word
/// that is none, with a word after it — or, after a body in lower case, at the capitalized
/// words that close the mention.
fn office_toward_holder(main: &str) -> Option<usize> {
    // (A byte scan: most mentions are short and hold no ` to `, ` of ` or ` for `.)
    let bytes = main.as_bytes();
    let (at, len, toward) = bytes.windows(4).enumerate().find_map(|(i, w)| match w {
        b" to " => Some((i, 4, true)),
        b" of " => Some((i, 4, false)),
        b" for" if bytes.get(i + 4) == Some(&b' ') => Some((i, 5, false)),
        _ => None,
    })?;
    let (office, rest) = (main.get(..at)?, main.get(at + len..)?);
    if !office.rsplit(' ').next().is_some_and(|w| {
        if toward {
            lexicon::OFFICES_TOWARD.has(w)
        } else {
            lexicon::OFFICES_OF.has(w)
        }
    }) {
        return None;
    }
    let from = office.len() + len;
    // (A body in lower case and a name of two words or more: `the former secretary of
    // state Hillary Clinton`.)
    if !toward {
        let words = || rest.split(' ');
        let named = words().rev().take_while(|w| is_capitalized(w)).count();
        let body = words().take_while(|w| !is_capitalized(w)).count();
        // (Not an article alone, whose body's name is capitalized: `Shadow leader of the
        // Commons Oliver Heald` — the known given name below opens the holder's.)
        let article_only = || words().take(body).all(|w| matches!(w, "the" | "a" | "an"));
        if named >= 2 && body > 0 && body + named == words().count() && !article_only() {
            let body_len: usize = words().take(body).map(|w| w.len() + 1).sum();
            return Some(from + body_len);
        }
    }
    let mut prev: Option<&str> = None;
    let mut at = from;
    let mut words = rest.split(' ').peekable();
    while let Some(w) = words.next() {
        if prev.is_some_and(|p| !is_any_given_name(p)) && is_given_name(w) && words.peek().is_some()
        {
            return Some(at);
        }
        prev = Some(w);
        at += w.len() + 1;
    }
    None
}

fn read_mention(text: &str) -> Reading {
    // (Most mentions are a pronoun: read it before any search for the parts of a name.)
    let mut words = text.split_whitespace();
    if let (Some(one), None) = (words.next(), words.next()) {
        if let Some(p) = pronoun(&lower_small(one)).filter(|_| !one.contains('(')) {
            return Reading::Pronoun(p);
        }
    }
    // A parenthetical is no part of a name: `Rep. Jason Chaffetz (R-Utah)`.
    let unbracketed;
    let text = if text.contains('(') {
        let mut out = String::with_capacity(text.len());
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        unbracketed = out.split_whitespace().collect::<Vec<_>>().join(" ");
        unbracketed.as_str()
    } else {
        text
    };
    // An appositive after a comma is a role: `Anna Greenberg, a Democratic pollster`.
    // (A relative clause is no role: `Nike, whose products are endorsed by …`.)
    let (main, appositive) = match split_once_short(text, ", ") {
        Some((m, a)) => (
            m,
            Some(a.trim_end_matches(',').trim()).filter(|a| {
                !a.split(' ')
                    .next()
                    .is_some_and(|w| lexicon::RELATIVE_PRONOUNS.has(w))
            }),
        ),
        None => (text, None),
    };
    // `U.S. Ambassador to the U.N. Linda Thomas-Greenfield`, `Special Envoy to Syria Tom
    // Rall`: an office held toward another runs on to its holder's known given name, and
    // all before that is their role.
    let (main, appositive) = match office_toward_holder(main) {
        Some(n) => (
            main.get(n..).unwrap_or(main),
            appositive.or_else(|| main.get(..n).map(str::trim)),
        ),
        None => (main, appositive),
    };
    // `Mr. Morgan of the Sierra Club`, `Susanne Risse from the company`: the person before
    // `of` or `from`, the rest a role (but `the Department of Labor`, `the Bank of England`
    // are one organisation's name, `Hundreds of protesters` is one description, see
    // `partitive` below, and in `Bank of England governor Mervyn King` the person is named
    // after a title).
    // (`for` only after a given name: `Cameron Easley for Morning Consult`, not `Americans
    // for Prosperity`.)
    let for_person = || {
        split_once_short(main, " for ").filter(|(m, _)| {
            let mut words = m.split(' ');
            words.next().is_some_and(is_any_given_name) && words.next().is_some_and(is_capitalized)
        })
    };
    // (`in` only after a given name alone, as letters are signed: `Andrew in Derby`.)
    let in_place =
        || split_once_short(main, " in ").filter(|(m, _)| !m.contains(' ') && is_any_given_name(m));
    // (The first of `of` and `from`: `David Graham from the FDA's Office of Drug Safety`.)
    let of = split_once_short(main, " of ");
    let from = split_once_short(main, " from ");
    let first_relation = match (of, from) {
        (Some(o), Some(f)) => Some(if f.0.len() < o.0.len() { f } else { o }),
        (o, f) => o.or(f),
    };
    let relation = first_relation.or_else(for_person).or_else(in_place);
    // (Or a full name closes the words after `of`, a title in lower case before it, whatever
    // the body: `former Dairy Farmers of Canada president Pierre Lampron`.)
    let titled_after = |m: &str, rest: &str| {
        let named = rest
            .split(' ')
            .rev()
            .take_while(|w| is_capitalized(w))
            .count();
        let title = |w: &str| !is_capitalized(w) && WordInfo::of(w).bare & TITLE != 0;
        let org = m
            .split(' ')
            .next_back()
            .is_some_and(|w| lexicon::ORG_WORDS.has(w));
        // (A person's title, not any head: in `Cara Diemont of IT firm Dimension Data` the
        // firm is named.)
        let person_title = |w: &str| {
            !is_capitalized(w)
                && with_lower(w, |lw| {
                    lexicon::PERSON_HEAD_WORDS.contains(lw) || lexicon::TITLE_HEADS.contains(lw)
                })
        };
        named >= 1 && org && rest.split(' ').rev().skip(named).any(title)
            || named >= 2 && rest.split(' ').rev().nth(named).is_some_and(person_title)
    };
    // (A longer phrase when a full name closes it, its title before: `Monmouth University
    // political scientist Patrick Murray of Christie`.)
    let ends_in_full_name = |m: &str| {
        let mut words = m.rsplit(' ');
        words.next().is_some_and(is_capitalized) && words.next().is_some_and(is_any_given_name)
    };
    // `A Top of the Pops spokesperson`: a name with `of` in it modifies the person noun
    // after it; nobody is named before `of`.
    let names_a_head = |rest: &str| {
        rest.split(' ').next_back().is_some_and(|w| {
            !is_capitalized(w) && with_lower(w, |lw| lexicon::PERSON_HEAD_WORDS.contains(lw))
        })
    };
    // (A title word closing a full name is a surname: `Representative Peter T. King`.)
    let surname_title = |m: &str| {
        let mut words = m.split(' ').rev().skip(1);
        words
            .next()
            .is_some_and(|w| is_capitalized(w) && !is_title_word(w))
            && words.any(is_any_given_name)
    };
    let (main, appositive) = match relation {
        Some((m, rest))
            if m.split(' ').next_back().is_some_and(|w| {
                is_capitalized(w)
                    && (!is_title_word(w) || surname_title(m))
                    && !WordInfo::of(w).org()
            }) && !titled_after(m, rest)
                && !names_a_head(rest)
                && (m.split(' ').count() <= 4 || ends_in_full_name(m))
                && !lexicon::PARTITIVES.has(m) =>
        {
            (m, appositive.or(Some(rest)))
        }
        _ => (main, appositive),
    };
    // `Dr Mark Tuffy games systems director at digital content firm THX`: an honorific and a
    // full name, then a lower-case description without a comma: the person is named first,
    // the description is their role.
    let (main, appositive) = match honorific_name_end(main) {
        Some(n) => (
            main.get(..n).unwrap_or(main),
            appositive.or_else(|| main.get(n..).map(str::trim)),
        ),
        None => (main, appositive),
    };
    // `the IMF report`, `a World Bank study`: a document named by its author speaks for
    // them (but `Mr Crosby's statement` stays a document, as `it` may refer to it).
    let author = document_author(main);
    let main = author.unwrap_or(main);
    let words: Vec<&str> = main.split_whitespace().collect();
    let lw: Vec<Lower> = words.iter().map(|w| lower_small(w)).collect();
    if let [one] = lw.as_slice() {
        if let Some(p) = pronoun(one) {
            return Reading::Pronoun(p);
        }
    }
    let first = lw.first().map_or("", Lower::as_str);
    // A capitalized name after the determiner (`the Post`, `the Clinton campaign`) makes it
    // a name, not an unnamed description.
    let has_name = words.iter().skip(1).any(|w| {
        is_capitalized(w)
            && !lexicon::WEEKDAYS.has(w)
            && (!is_title_word(w) || lexicon::ORG_WORDS.has(w))
            && !matches!(lower_small(w).as_str(), "us" | "u.s." | "white" | "house")
    });
    // `a spokesman for Bernie Sanders`, `the director of the FBI`, `one analyst quoted by
    // the Agence France Presse news agency`, `a source close to Trump`: a person described
    // by their relation to a name is not that name.
    let person_head = |i: usize| {
        lw.get(i)
            .is_some_and(|h| lexicon::PERSON_HEAD_WORDS.contains(h.as_str()))
    };
    // (A person's noun may open it too, as a headline writes: `Source familiar with the ad`;
    // and so may a possessive before any noun the tables know: `United's statement to the
    // stock exchange` is no exchange.)
    // (Or a modifier in lower case, which no name opens with: `senior advisers to Clinton`,
    // `75 percent of Democrats`.)
    let described = (lexicon::DETERMINERS.contains(&first)
        || person_head(0)
        || is_owner(first)
        || words.first().is_some_and(|w| !is_capitalized(w)))
        && lw
            .iter()
            .skip(1)
            .take(5)
            .position(|w| lexicon::RELATIONS.contains(w.as_str()))
            .is_some_and(|p| {
                // (Or a plural person's noun alone before the relation: `supporters of
                // Sanders`, `critics of Trump` — a singular one there is a title: `Secretary
                // of State John F. Kerry`.)
                p == 0 && person_head(0) && first.ends_with('s') && !first.ends_with("ss")
                    || p > 0
                        && (person_head(p)
                            || is_owner(first)
                                && lw
                                    .get(p)
                                    .is_some_and(|w| lexicon::NOMINAL_HEADS.contains(w.as_str()))
                            || lw.get(p).is_some_and(|w| {
                                w.as_str().ends_with("ed")
                                    || lexicon::RELATIONAL_ADJECTIVES.contains(w.as_str())
                            }) && person_head(p - 1))
            });
    // `Hillary Clinton’s right-hand woman`: a possessive before a lower-case head noun.
    let possessed = match lw.split_last() {
        Some((last, rest)) => {
            !rest.is_empty()
                && rest.iter().any(|w| is_owner(w.as_str()))
                && words.last().is_some_and(|w| !is_capitalized(w))
                && lexicon::NOMINAL_HEADS.contains(last.as_str())
        }
        None => false,
    };
    // `Small groups of protesters`, `Clinton aides`: a description whose first word is
    // capitalized (a sentence start, an adjective, a name used as one) and whose other words,
    // a person noun last, are in lower case.
    let capitalized_description = words.len() >= 2
        && words.first().is_some_and(|w| is_capitalized(w))
        && !lexicon::DETERMINERS.contains(&first)
        && words.iter().skip(1).all(|w| !is_capitalized(w))
        && lw
            .last()
            .is_some_and(|h| lexicon::PERSON_HEAD_WORDS.contains(h.as_str()))
        && !words.iter().any(|w| lexicon::ORG_WORDS.has(w));
    // `Hundreds of protesters`, `Members of the crowd`, `Some of the delegates`: a part of a
    // group, described, not a name (`Hundreds`) nor the group (`crowd`).
    let partitive = match lw.as_slice() {
        [q, of, _, ..] => of.as_str() == "of" && lexicon::PARTITIVES.contains(q.as_str()),
        _ => false,
    };
    // `About four in 10 said`, `Nearly 40 percent`: a number, approximated, of people.
    let approximate = match lw.as_slice() {
        [a, n, ..] => {
            lexicon::APPROXIMATIONS.contains(a.as_str())
                && (n.as_str().starts_with(|c: char| c.is_ascii_digit())
                    || lexicon::PLURAL_DETERMINERS.contains(n.as_str()))
        }
        _ => false,
    };
    // `an Iowa Democrat`, `one New Hampshire Republican`, `a Briton`: an indefinite
    // determiner before a capitalized word for a person — a party's member or a demonym,
    // capitalized as such words are — introduces someone unnamed.
    let indefinite_person = words.len() >= 2
        && lexicon::INDEFINITES.has(first)
        && words
            .last()
            .is_some_and(|w| is_capitalized(w) && (is_demonym(w) || is_party_member(w)));
    let described = described
        || possessed
        || capitalized_description
        || partitive
        || approximate
        || indefinite_person;
    // `the French president`, `the Senate minority leader`, `the Tottenham striker`: a place,
    // a party or a team before a lower-case person noun modifies it; the words are no name.
    // (A title in capitals is such a noun too: `the Salford MP`, `the Labour MEP`.)
    let modified = lexicon::DETERMINERS.contains(&first)
        && has_name
        && words.len() >= 3
        && words.last().is_some_and(|w| {
            !is_capitalized(w) || is_title_word(w) && !w.chars().any(char::is_lowercase)
        })
        && lw
            .last()
            .is_some_and(|h| lexicon::PERSON_HEAD_WORDS.contains(h.as_str()))
        && !words
            .iter()
            .any(|w| w.ends_with(['’', '\'']) || strip_possessive(w).len() != w.len());
    // An unnamed description: a determiner and no name, or one of the descriptions above.
    let description = lexicon::DETERMINERS.contains(&first) && !has_name || described || modified;
    // `Google's chief human resources executive, Laszlo Bock`: the name in apposition to a
    // description is the speaker's, the description their role. (So is it after a
    // description with a name in it: `the presumptive GOP presidential nominee, Donald
    // Trump`.)
    let person_head_last = words.last().is_some_and(|w| !is_capitalized(w))
        && lw
            .last()
            .is_some_and(|h| lexicon::PERSON_HEAD_WORDS.contains(h.as_str()));
    // (So is it after a role that names no one: `BA director of commercial planning, Robert
    // Boyle`.)
    let role_only = words.last().is_some_and(|w| !is_capitalized(w))
        && words.iter().any(|w| !is_capitalized(w) && is_title_word(w))
        // (Or a body's title held by its owner: `Authenti-corp's CEO, Cynthia Musselman`.)
        || words.len() >= 2
            && words.first().is_some_and(|w| is_owner(w))
            && words.iter().skip(1).all(|w| is_title_word(w));
    // (Only the appositive's first part: `One early supporter, Representative Lee Zeldin,
    // Republican of New York`.)
    let appositive = appositive.map(|a| a.split(", ").next().unwrap_or(a));
    // (A name in its style is the name: `The Bishop of Lindham, the Rt Rev Dr Tom Walker`.)
    let appositive = appositive.map(without_style);
    if let Some(name) = appositive.filter(|a| {
        let aw: Vec<&str> = a.split_whitespace().collect();
        (description || person_head_last && lexicon::DETERMINERS.contains(&first) || role_only)
            && aw.len() >= 2
            && aw.len() <= 4
            && aw
                .iter()
                .all(|w| is_capitalized(w) && !lexicon::DETERMINERS.has(w))
    }) {
        // (A title before the name is the name's own: `Representative Lee Zeldin`.)
        let role = Some(strip_article(main).to_owned());
        if let Reading::Named {
            name,
            org: false,
            gender,
            ..
        } = read_mention(name)
        {
            return Reading::Named {
                name,
                role,
                org: false,
                gender,
            };
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        return Reading::Named {
            name: name.to_owned(),
            role,
            org: false,
            gender: gender_of(&words),
        };
    }
    // (`the`, `this`, …: a description that may refer back to someone named.)
    let definite_determiner = matches!(first, "the" | "this" | "that" | "these" | "those");
    if description || words.iter().all(|w| !is_capitalized(w)) {
        // (A description with its relation is complete: `the president of Judicial Watch`
        // needs no antecedent, and is not the president.)
        let definite = !described && definite_determiner;
        let h = lw
            .iter()
            .rposition(|w| lexicon::NOMINAL_HEADS.contains(w.as_str()))
            .or(lw.len().checked_sub(1));
        let head = h.and_then(|h| lw.get(h)).map_or("", |w| w.as_str());
        // A rank makes another office: `the vice president`.
        let rank = h
            .and_then(|h| h.checked_sub(1))
            .and_then(|r| lw.get(r))
            .filter(|r| lexicon::RANK_PREFIXES.contains(r.as_str()));
        let head = match rank {
            Some(r) => format!("{} {head}", r.as_str()),
            None => head.to_owned(),
        };
        let ordinal = lw
            .iter()
            .find(|w| ORDINALS.contains(&w.as_str()))
            .map(|w| w.as_str().to_owned());
        let modifiers = h
            .filter(|_| modified && !described)
            .and_then(|h| words.get(1..h.saturating_sub(usize::from(rank.is_some()))))
            .filter(|m| !m.is_empty())
            .map(|m| m.join(" "));
        return Reading::Nominal {
            definite,
            head,
            ordinal,
            modifiers,
            possessed,
        };
    }
    let gender = gender_of(&words);
    // (An author's name is all name: `Homeland Security` has no title `Homeland`.)
    let (role_words, person_words) = if author.is_some() {
        (&[][..], words.as_slice())
    } else {
        split_role(&words)
    };
    // `Yahoo's Yonca Brunini`: a full name after a possessive is the person, what owns them
    // (with any title before) their role; so is a surname alone (`Infobot’s Harvey`).
    // (A surname alone is a word of letters in title case after an owner that is no
    // person: not `Dave Leip’s Atlas`, `Authenti-corp's CEO`, `Amazon’s HQ2`.)
    let one_name = |p: usize| {
        let Some(w) = person_words.get(p + 1) else {
            return false;
        };
        let info = WordInfo::of(w);
        w.chars().skip(1).all(char::is_lowercase)
            && !info.non_person()
            && info.bare & TITLE == 0
            && !lexicon::ORG_WORDS.has(w)
            && !person_words.first().is_some_and(|f| is_any_given_name(f))
    };
    // (Not a plural of people's possessive, which opens a body's name: `Children’s Health
    // Defense`, `Women's March`.)
    let (role_words, person_words) = match person_words
        .iter()
        .rposition(|w| is_owner(w) && !in_body_name(w))
    {
        Some(p)
            if (person_words.len() >= p + 3 || person_words.len() == p + 2 && one_name(p))
                && person_words.iter().skip(p + 1).all(|w| is_capitalized(w)) =>
        {
            let k = role_words.len() + p + 1;
            (words.get(..k).unwrap_or(&[]), words.get(k..).unwrap_or(&[]))
        }
        _ => (role_words, person_words),
    };
    // `Fellow Lib Dem Norman Baker`: modifiers before a known given name are a role, as in
    // the name index (see `is_name_modifier`).
    let (role_words, person_words) = match name_after_modifiers(
        person_words.len(),
        |g| person_words.get(g).is_some_and(|w| is_given_name(w)),
        |j| modifies_name_at(person_words, j),
    ) {
        Some(g) => {
            let k = role_words.len() + g;
            (words.get(..k).unwrap_or(&[]), words.get(k..).unwrap_or(&[]))
        }
        None => (role_words, person_words),
    };
    // An organisation when the name part has an organisation word (`The Post`, `CNN`), or
    // when no person name is left after the titles (`the White House`).
    let is_org_word = |w: &&str| lexicon::ORG_WORDS.has(w);
    // `the Bank of England`, `the U.S. Court of Appeals for the 3rd Circuit`, `the
    // Department for Transport`: an organisation word, `of` or `for`, and only names and
    // their small words after it (not `Bank of England governor Mervyn King`).
    // (Before `for` a capitalized plural names a body too: `Citizens for Tax Justice`,
    // `Americans for Prosperity`.)
    let plural = |w: &str| is_capitalized(w) && w.len() > 3 && w.ends_with('s');
    let org_of = words.windows(2).enumerate().any(|(i, pair)| {
        matches!(pair, [o, of] if is_org_word(o) && *of == "of"
            || (is_org_word(o) || plural(o)) && *of == "for")
            && words.iter().skip(i + 2).all(|w| {
                !w.starts_with(|c: char| c.is_lowercase())
                    || matches!(*w, "of" | "the" | "and" | "for" | "on")
            })
    });
    // (Unless its only organisation word is a person's surname: `Guy Chambers`, `Mr Fox`.)
    let surname = person_words
        .split_last()
        .is_some_and(|(last, rest)| is_org_word(last) && !rest.iter().any(is_org_word))
        && org_word_is_surname(
            person_words.len(),
            person_words.first().is_some_and(|w| is_given_name(w)),
            role_words.iter().any(|w| is_personal_honorific(w)),
        );
    let org = org_of
        || appositive_names_a_body(appositive, person_words)
        || person_words.iter().any(is_org_word) && !surname
        || person_words.len() > 2 && person_words.contains(&"&")
        || person_words.is_empty() && words.iter().any(is_org_word)
        || words.len() == 1
            && words.iter().all(|w| {
                w.len() > 1
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            })
        // (A group named alone is no person, as `Tories` and `Critics` are not: `MPs`,
        // `Americans`, `Witnesses`, `Others`.)
        || matches!(words.as_slice(), [w] if is_group_word(w));
    let (role_words, name_words) = if org {
        (&[][..], words.as_slice())
    } else {
        (role_words, person_words)
    };
    // (A month after a name or a title is a surname: `Theresa May`, `Mrs May`.)
    let titled = !role_words.is_empty();
    let name_words: Vec<&str> = name_words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            if org {
                // (Nor the lower-case words before the name: `some senior Tories`.)
                !lexicon::DETERMINERS.has(w)
                    && (is_capitalized(w)
                        || name_words
                            .iter()
                            .take(i)
                            .any(|p| is_capitalized(p) && !lexicon::DETERMINERS.has(p)))
            } else {
                // (Nor a compound in lower case after its hyphen before the name, as in the
                // name index: `the Oscar-nominated Owen`.)
                let compound = lower_after_hyphen(w)
                    && !is_owner(w)
                    && name_words
                        .get(i + 1)
                        .is_some_and(|n| is_capitalized(n) && !is_title_word(n));
                // (A month that is a given name too opens a name before its surname: `Jan
                // Berry`, `April Ryan`.)
                let month_name = || {
                    i == 0
                        && lexicon::MONTH_GIVEN_NAMES.has(w)
                        && name_words
                            .get(1)
                            .is_some_and(|n| is_capitalized(n) && !is_filler_word(n))
                };
                // (A month after a name word is a surname, `Theresa May`; after a filler it
                // is a date, `Last August Trump said`.)
                let after_name = || name_words.iter().take(i).any(|p| !is_filler_word(p));
                !compound
                    && (!is_filler_word(w)
                        || (titled || month_name() || after_name()) && WordInfo::of(w).month_only())
            }
        })
        .map(|(_, w)| *w)
        .collect();
    // `Elizabeth Warren Hammers Wells Fargo CEO` (a headline): a given name and a surname.
    let name_words = match name_words.as_slice() {
        [first, second, third, _, _, ..]
            if with_lower(first, |lw| {
                lexicon::MALE_NAMES.contains(lw) || lexicon::FEMALE_NAMES.contains(lw)
            }) =>
        {
            // `Julie A. Diaz …`: an initial keeps the surname after it.
            if second.len() <= 2 || second.ends_with('.') {
                vec![*first, *second, *third]
            } else {
                vec![*first, *second]
            }
        }
        _ => name_words,
    };
    let name_words = if name_words.is_empty() {
        words.clone()
    } else {
        name_words
    };
    // A person's name has a capital and ends with one: words in lower case left after the
    // role, or a noun in lower case closing them, are what a name modifies, a thing or a
    // description (`the printed Cruz slate card`, `a Clinton campaign memo`, `the Florida
    // senator`, `the Gawker employee`).
    let lower_last = name_words
        .last()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    if !org && (lower_last || !name_words.iter().any(|w| is_capitalized(w))) {
        if let Some(head) = lw.last() {
            return Reading::Nominal {
                definite: definite_determiner,
                head: head.as_str().to_owned(),
                ordinal: None,
                modifiers: None,
                possessed: false,
            };
        }
    }
    let mut name = name_words.join(" ");
    // (Trimmed at its end only: the name kept is a prefix of the joined words.)
    let kept = trim_end_str(trim_end_str(name.trim_end_matches(['’', '\'']), "’s"), "'s").len();
    name.truncate(kept);
    let role = (!role_words.is_empty())
        .then(|| {
            let mut role: Vec<&str> = role_words
                .iter()
                .copied()
                .filter(|w| !is_filler_word(w))
                .collect();
            // (`GW Pharma executive chairman Dr Geoffrey Guy`: the honorific is no role.)
            while role.len() > 1 && role.last().is_some_and(|w| is_honorific_only(w)) {
                role.pop();
            }
            // (An article and a word no table knows for a person are an epithet: `an angry
            // Francois Hollande`, `a tearful Claxton`, `the warm-and-fuzzy Donald Trump`.)
            let article = role_words
                .first()
                .is_some_and(|w| lexicon::INDEFINITES.has(w) || w.eq_ignore_ascii_case("the"));
            if let [w] = role.as_slice() {
                if article && !is_capitalized(w) && !names_a_person(w) {
                    role.clear();
                }
            }
            role.join(" ")
        })
        .filter(|r| !r.is_empty() && !is_honorific_only(r))
        .or_else(|| {
            appositive
                .filter(|a| describes(a))
                .map(|a| strip_article(a).to_owned())
        });
    Reading::Named {
        name,
        role,
        org,
        gender,
    }
}

/// Whether a lower-case word is one the tables know for a person or an office, or a
/// compound whose last part is (`vice-chairman`, `team-mate`).
fn names_a_person(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    [w, last].iter().any(|w| {
        with_lower(w, |lw| {
            lexicon::NOMINAL_HEADS.contains(lw)
                || lexicon::TITLE_HEADS.contains(lw)
                || lexicon::PERSON_HEAD_WORDS.contains(lw)
        })
    })
}

/// Whether words in apposition to a name describe the person, as a role does (`a
/// Democratic pollster`, `managing director of …`, `from Goldman Sachs`): not a clause or a
/// phrase of what they did, where or when (`who's thinking about running`, `celebrating a
/// victory …`, `speaking to reporters`, `in a brief interview`, `on his first full day`).
fn describes(appositive: &str) -> bool {
    let mut words = appositive.split(' ');
    let first = words.next().unwrap_or("");
    let bare = first.split(['’', '\'']).next().unwrap_or(first);
    // (A participle before a title is part of it: `managing director`, `acting chairman`.)
    let participle = first.len() > 4
        && first.ends_with("ing")
        && first.chars().all(char::is_lowercase)
        && !words.next().is_some_and(|n| {
            with_lower(n, |ln| {
                lexicon::PERSON_HEAD_WORDS.contains(ln) || lexicon::TITLE_HEADS.contains(ln)
            })
        });
    // (A body someone is of, from, at, for or with is their role's.)
    let circumstance =
        lexicon::PREPOSITIONS.has(first) && !matches!(first, "of" | "from" | "at" | "for" | "with");
    // (Nor is a number alone, an age or a year: `William Hague, 43,`.)
    let number = !appositive.is_empty() && appositive.bytes().all(|b| b.is_ascii_digit());
    // (Nor a sentence adverbial: `Others, however, said`, `Sanders, meanwhile,`.)
    let adverbial = lexicon::SENTENCE_ADVERBIALS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(appositive));
    !(lexicon::RELATIVE_PRONOUNS.has(bare) || participle || circumstance || number || adverbial)
}

/// Whether an appositive after a name says it is a body's (`Xinhua, the official Chinese
/// news agency`): a name of one word, no known given name, whose appositive's head (the
/// last word before any preposition) is an organisation's noun.
fn appositive_names_a_body(appositive: Option<&str>, name: &[&str]) -> bool {
    let Some(a) = appositive else {
        return false;
    };
    // (One word: the appositive of a person's name of two may be their body's, `Holger
    // Schmieding of Berenberg, Germany's largest private bank`.)
    let [word] = name else {
        return false;
    };
    if is_any_given_name(word) {
        return false;
    }
    let phrase = a
        .split(' ')
        .take_while(|w| !lexicon::PREPOSITIONS.has(w) && !w.contains(','));
    phrase
        .last()
        .is_some_and(|head| lexicon::ORG_HEADS.has(head))
}

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "another", "other",
];

fn is_honorific_only(r: &str) -> bool {
    r.split(' ').all(|w| {
        let lw = lower_small(w);
        matches!(
            lw.trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "dr" | "miss" | "sir"
        )
    })
}

/// A name without the style written before it with `the` (`the Rt Rev Dr Tom Walker` →
/// `Tom Walker`), or the text as it is when it opens with none.
fn without_style(s: &str) -> &str {
    let Some(rest) = s.strip_prefix("the ") else {
        return s;
    };
    let styled = |w: &str| {
        let w = w.trim_end_matches('.');
        is_capitalized(w) && lexicon::STYLES.has(w)
    };
    if !rest.split(' ').next().is_some_and(styled) {
        return s;
    }
    let mut name = rest;
    while let Some((w, after)) = name.split_once(' ') {
        if !(styled(w) || lexicon::NAME_HONORIFICS.has(w.trim_end_matches('.'))) {
            break;
        }
        name = after;
    }
    name
}

fn strip_article(s: &str) -> &str {
    for a in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

/// How far back a pronoun looks for a person named in the text, in bytes.
const PRONOUN_REACH: usize = 1200;

/// How far back a he or she looks for a description that reported speech, in bytes.
const DESCRIPTION_REACH: usize = 700;

/// How a sentence opens with such a description: a determiner, or `But` or `And` and one
/// (`A spokesman said`, `But a UKIP spokesman said`, `The official said`).
const DESCRIPTION_OPENERS: &[&str] = &[
    "A ", "An ", "One ", "Another ", "But a ", "But an ", "And a ", "And an ", "The ", "But the ",
    "And the ",
];

/// The longest stretch from such a description's first word to its cue, in bytes.
const DESCRIPTION_BYTES: usize = 160;

/// The most words of the name a description relates its head to (`for the Information
/// Commissioner's Office`).
const MAX_RELATED_NAME: usize = 7;

/// The most words between the determiner of a description that reported speech and its
/// head (`A Department for Work and Pensions spokeswoman confirmed …`).
const MAX_DESCRIPTION_MODIFIERS: usize = 5;
/// How many recently mentioned speakers a pronoun considers.
const RECENT: usize = 16;

/// Build the speaker table and point every attribution at its speaker.
///
/// Every lookup is by hash or over a bounded window, so the pass is linear in the text.
pub(crate) fn resolve(
    src: &str,
    units: impl Iterator<Item = Span>,
    has_headline: bool,
    author: Option<&str>,
    quotes: &mut [Quote],
) -> Vec<Speaker> {
    if quotes.iter().all(|q| q.attribution.is_none()) {
        return Vec::new();
    }
    // Names after the last mention can only matter as fuller forms of earlier ones, which
    // news text gives first: index the text up to the paragraph of the last mention.
    let last_mention = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .map(|a| a.mention.span.end())
        .max()
        .unwrap_or(0);
    let mut past_last = false;
    let upto = units.take_while(|u| {
        let take = !past_last;
        past_last |= u.end() >= last_mention;
        take
    });
    let mut index = NameIndex::build(src, upto, has_headline);
    // Names inside quotations are not antecedents of later pronouns.
    index.mark_quoted(
        quotes
            .iter()
            .flat_map(|q| q.pieces.iter().map(|p| p.content_span)),
    );
    let mut r = Resolver {
        src,
        index,
        author,
        ..Resolver::default()
    };
    for q in quotes.iter_mut() {
        let Some(att) = q.attribution.as_mut() else {
            continue;
        };
        let mspan = att.mention.span;
        // The mention's text, borrowed from the input (the cache keys on it).
        let text = sub(src, mspan.start(), mspan.end());
        let id = r.resolve_mention(src, text, mspan.start());
        r.mentioned(id, mspan);
        att.speaker = Some(id);
    }
    // `Nestle said it would …`, `Macrovision said its …`: a one-word name the text reports
    // as `it` is an organisation's (a given name alone is a person's all the same: `Casey
    // said it was …`).
    // (And so is one whose role's head, before any preposition, is an organisation's noun:
    // `regulator Ofcom`, `Nation, a liberal group`; not `Neill, editor of … magazine`.)
    for id in 0..r.speakers.len() {
        let body_role = r.one_word_person(id)
            && r.speakers.get(id).is_some_and(|s| {
                s.role
                    .as_deref()
                    .and_then(|role| {
                        role.split(' ')
                            .take_while(|w| !lexicon::PREPOSITIONS.has(w))
                            .last()
                    })
                    .is_some_and(|head| with_lower(head, |h| lexicon::ORG_HEADS.has(h)))
            });
        if r.bare_person(id) || body_role {
            if let Some(s) = r.speakers.get_mut(id) {
                let called_it = r
                    .index
                    .name_ids
                    .get(s.name.as_str())
                    .is_some_and(|n| r.index.called_it.contains(n));
                if (called_it || body_role) && !is_any_given_name(&s.name) {
                    s.kind = SpeakerKind::Organisation;
                }
            }
        }
    }
    let mut speakers = r.speakers;
    for s in &mut speakers {
        s.mentions.sort();
        // (A name the text's encoding mangled is given as it was written: `FranÃ§ois
        // Hollande` → `François Hollande`.)
        if let Some(name) = repair_mojibake(&s.name) {
            s.name = name;
        }
        // (And so is one a page left character references in: `Jos&#233; Manuel Barroso` →
        // `José Manuel Barroso`.)
        if let Some(name) = decode_references(&s.name) {
            s.name = name;
        }
        // (So is a given name a tabloid set in capitals to open its story: `KATIE Price was
        // so nervous …` → `Katie Price`.)
        if let Some(name) = unshouted(&s.name) {
            s.name = name;
        }
    }
    speakers
}

/// Whether `after`, the text after a name, opens with the cue `verb`, perhaps `that`, then
/// `its`, or `it` and a finite verb: `said it would`, `said its`, `says that it expects`.
fn reports_it(after: &str, verb: Option<&str>) -> bool {
    let Some(verb) = verb.filter(|v| !v.is_empty()) else {
        return false;
    };
    let rest = after.get(verb.len()..).unwrap_or("").trim_start_space();
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    // (The bytes first: most names are followed by no `it` at all.)
    let it = if rest.starts_with("its ") {
        true
    } else if let Some(r) = rest.strip_prefix("it ") {
        let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        lexicon::AUXILIARIES.has(w) || w.ends_with("ed") || w.ends_with('s')
    } else {
        false
    };
    it && !is_capitalized(verb) && is_cue(verb)
}

/// `name` with its first word, a given name in capitals before a word that is not (`KATIE
/// Price`, as tabloids open a story), written as names are (`Katie Price`); `None` when the
/// name has no such word (`BBC News`, `MG Rover`: no given names).
fn unshouted(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    // (Three letters at least: two may be initials, `AL Gooneratne`.)
    let shouted = first.chars().count() >= 3 && first.chars().all(char::is_uppercase);
    let next_lower = rest
        .split(' ')
        .next()
        .is_some_and(|w| w.chars().any(char::is_lowercase));
    if !(shouted && next_lower && is_any_given_name(first)) {
        return None;
    }
    let mut chars = first.chars();
    let head = chars.next()?;
    Some(format!("{head}{} {rest}", chars.as_str().to_lowercase()))
}

/// `text` with UTF-8 that was read as Latin-1 (once or twice) decoded again (`FranÃ§ois` →
/// `François`); `None` when it is no such text. Every char must be a Latin-1 one and their
/// bytes valid UTF-8 that differs from them, so a name written in Latin-1 letters (`José`,
/// `Müller`) is left alone.
fn repair_mojibake(text: &str) -> Option<String> {
    const MAX_ROUNDS: usize = 2;
    if text.is_ascii() {
        return None;
    }
    // (Texts in decomposed form write the lead bytes' letters as `A` and a combining mark:
    // `A\u{303}` for `Ã`.)
    let composed = compose_a(text);
    let mut out: Option<String> = None;
    for _ in 0..MAX_ROUNDS {
        let cur = out.as_deref().unwrap_or(&composed);
        let bytes: Option<Vec<u8>> = cur
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect();
        match bytes.and_then(|b| String::from_utf8(b).ok()) {
            Some(decoded) if decoded != cur => out = Some(decoded),
            _ => break,
        }
    }
    out
}

/// `text` with `A` and a combining circumflex, tilde, diaeresis or ring written as the one
/// letter (`Â`, `Ã`, `Ä`, `Å`: the Latin-1 letters of UTF-8's lead bytes 0xC2–0xC5).
fn compose_a(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let composed = match (c, chars.peek()) {
            ('A', Some('\u{302}')) => Some('Â'),
            ('A', Some('\u{303}')) => Some('Ã'),
            ('A', Some('\u{308}')) => Some('Ä'),
            ('A', Some('\u{30A}')) => Some('Å'),
            _ => None,
        };
        match composed {
            Some(l) => {
                out.push(l);
                chars.next();
            }
            None => out.push(c),
        }
    }
    out
}

/// What a pronoun refers to.
#[derive(Debug)]
enum Antecedent {
    /// A speaker already in the table (an organisation, a group, a document).
    Speaker(usize),
    /// A person's name, to be resolved as a name.
    Name(String),
    /// The name of a body that opened a sentence (`Southcorp`), an organisation.
    Body(String),
}

/// The entries of `list` (in text order) that start before `at`, nearest first, back to
/// `reach` bytes.
fn occurrences_before(list: &[NameOcc], at: usize, reach: usize) -> impl Iterator<Item = &NameOcc> {
    let k = list.partition_point(|o| o.start() < at);
    list.get(..k)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(move |o| at.saturating_sub(o.start()) <= reach)
}

/// The speaker table under construction, with its lookup maps.
#[derive(Debug, Default)]
struct Resolver<'a> {
    /// The article's text.
    src: &'a str,
    index: NameIndex<'a>,
    speakers: Vec<Speaker>,
    genders: Vec<Option<Gender>>,
    /// Lower-case surname (persons) or whole name (organisations) → speaker ids.
    by_key: HashMap<String, Vec<usize>>,
    /// Lower-case name of unnamed descriptions → id.
    nominal_by_name: HashMap<String, usize>,
    /// (head, ordinal) of unnamed descriptions → the latest id.
    nominal_by_head: HashMap<(String, Option<String>), usize>,
    /// Mention texts read as names → the speaker they resolved to.
    named_cache: HashMap<&'a str, usize, FnvBuild>,
    /// Recently mentioned speakers, most recent last, with the position of that mention.
    recent: Vec<(usize, usize)>,
    /// Who wrote the article, when it says: whom `I` means.
    author: Option<&'a str>,
    /// The speaker `I` stands for, once one is.
    first_person: Option<usize>,
    /// Whether the mention just resolved was `I` (no antecedent for a later `he` or `she`).
    was_first_person: bool,
}

impl<'a> Resolver<'a> {
    /// The described speaker named `name` (in any case), added with `gender` if new.
    fn nominal_named(&mut self, name: String, gender: Option<Gender>) -> usize {
        let lname = name.to_lowercase();
        if let Some(&id) = self.nominal_by_name.get(&lname) {
            return id;
        }
        let id = self.add(name, None, SpeakerKind::Nominal, gender);
        self.nominal_by_name.insert(lname, id);
        id
    }

    /// The latest indefinite described speaker that a description with an owner or with
    /// capitalized modifiers refers to (`the ad’s narrator`, `Clinton’s spokesman`, `the
    /// Ofcom spokesman`): one with the same head whose other words name the owner — each of
    /// its words, or their initials for an acronym (`a narrator in the Clinton ad`, `a
    /// spokesman for Mr Clinton`, `a spokesman for Ofcom`, `A spokesman for the British
    /// Phonographic Industry` for `the BPI spokesman`).
    fn described_owner(&self, owner: &[&str], head: &str) -> Option<usize> {
        if owner.is_empty() {
            return None;
        }
        self.speakers.iter().rposition(|s| {
            let mut words = s
                .name
                .split(' ')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            if s.kind != SpeakerKind::Nominal
                || !words
                    .next()
                    .is_some_and(|d| ["a", "an"].iter().any(|a| same_word(d, a)))
            {
                return false;
            }
            let others: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
            let Some(k) = others.iter().position(|w| same_word(w, head)) else {
                return false;
            };
            let others = others
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != k)
                .map(|(_, w)| *w);
            owner
                .iter()
                .all(|o| others.clone().any(|w| same_word(w, o)))
                || matches!(owner, [o] if is_acronym(o) && {
                    let initials: String = others
                        .filter(|w| is_capitalized(w))
                        .filter_map(|w| w.chars().next())
                        .collect();
                    initials.contains(o)
                })
        })
    }

    /// `“…,” it added` after `Gartner said`: a speaker the text calls `it` is an
    /// organisation, when all it has is one word of a name — no given name, no title, no
    /// role and no `he` or `she` (`Turkcell`, `Southcorp`, `Bethesda` were persons).
    fn speaks_as_it(&mut self, id: usize) {
        if self.bare_person(id) {
            if let Some(s) = self.speakers.get_mut(id) {
                s.kind = SpeakerKind::Organisation;
            }
        }
    }

    /// Whether speaker `id` is a person by default only: one word of a name, no role, no
    /// gender (see [`Resolver::speaks_as_it`]).
    fn bare_person(&self, id: usize) -> bool {
        self.one_word_person(id) && self.speakers.get(id).is_some_and(|s| s.role.is_none())
    }

    /// Whether speaker `id` is a person named by one word, with no gender.
    fn one_word_person(&self, id: usize) -> bool {
        self.genders.get(id).is_none_or(Option::is_none)
            && self
                .speakers
                .get(id)
                .is_some_and(|s| s.kind == SpeakerKind::Person && !s.name.contains(' '))
    }

    /// The described speaker with a mention that starts at `at`.
    fn nominal_at(&self, at: usize) -> Option<usize> {
        self.speakers.iter().position(|s| {
            s.kind == SpeakerKind::Nominal && s.mentions.iter().any(|m| m.start() == at)
        })
    }

    fn resolve_mention(&mut self, src: &'a str, text: &'a str, at: usize) -> usize {
        // A name resolves the same way every time (the index is fixed, and the speaker it
        // found first stays first among its candidates), so repeats cost one lookup.
        self.was_first_person = false;
        if let Some(&id) = self.named_cache.get(text) {
            return id;
        }
        let reading = read_mention(text);
        self.was_first_person = matches!(reading, Reading::Pronoun("i"));
        // `added another New Hampshire Democrat` after `said one New Hampshire Democrat`:
        // someone else of the same description, as `another official` is.
        if let Reading::Named { gender, .. } = &reading {
            const ANOTHER: &str = "another ";
            let another = text
                .get(..ANOTHER.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(ANOTHER));
            if another && !text.contains(',') {
                return self.nominal_named(text.to_owned(), *gender);
            }
        }
        match reading {
            // `I` is the writer, never someone the text names: the author when the article
            // says who wrote it, else one unresolved speaker for every `I`.
            Reading::Pronoun("i") => match (self.first_person, self.author) {
                (Some(id), _) => id,
                (None, author) => {
                    let id = match author {
                        Some(name) => self.named(name, None, false, None),
                        None => self.add(
                            without_contraction(text).to_owned(),
                            None,
                            SpeakerKind::Unresolved,
                            None,
                        ),
                    };
                    self.first_person = Some(id);
                    id
                }
            },
            // `A Labour Party spokesman told the BBC the party … . “…,” he said.`: someone
            // described who reported speech just before, with no one named or quoted since,
            // is whom he or she means.
            Reading::Pronoun(p @ ("he" | "she"))
                if let Some((ds, de)) = self.reporting_description(src, at, p) =>
            {
                self.resolve_mention(src, sub(src, ds, de), ds)
            }
            Reading::Pronoun(p) => {
                let id = match self.resolve_pronoun(p, at) {
                    Some(Antecedent::Speaker(id)) => id,
                    Some(Antecedent::Name(name)) => self.named(&name, None, false, None),
                    Some(Antecedent::Body(name)) => self.named(&name, None, true, None),
                    None => self.add(
                        without_contraction(text).to_owned(),
                        None,
                        SpeakerKind::Unresolved,
                        None,
                    ),
                };
                if p == "it" {
                    self.speaks_as_it(id);
                }
                id
            }
            Reading::Nominal {
                definite,
                head,
                ordinal,
                modifiers,
                possessed,
            } => {
                // (A relative clause or an appositive describes the one described, and
                // names no one: `A spokesman for the British Casino Association, which
                // represents the UK industry` is `A spokesman for the British Casino
                // Association`; `Her lawsuit, filed in the US District Court` is `Her
                // lawsuit`.)
                let text = without_appended_phrase(text);
                // (`the French president` is not `the Mexican president`.)
                let key = match &modifiers {
                    Some(m) => (format!("{} {head}", m.to_lowercase()), ordinal.clone()),
                    None => (head.clone(), ordinal.clone()),
                };
                let existing = if definite {
                    self.nominal_by_head.get(&key).copied()
                } else {
                    self.nominal_by_name.get(&text.to_lowercase()).copied()
                };
                if let Some(id) = existing {
                    return id;
                }
                // (`vice president`: the title `president` with a rank before it.)
                let (title, ranked) = match head.rsplit_once(' ') {
                    Some((_, title)) => (title, true),
                    None => (head.as_str(), false),
                };
                if let Some(m) = modifiers.as_deref().filter(|_| definite) {
                    // Only the person the text gave this very description: `French President
                    // Jacques Chirac`, `Tory leader Michael Howard`.
                    if let Some(name) = self.described_person(src, at, m, &head) {
                        return self.named(&name, None, false, None);
                    }
                } else if definite && ordinal.is_none() && lexicon::TITLE_HEADS.contains(title) {
                    if let Some(name) = self.titled_person(at, title, ranked) {
                        return self.named(&name, None, false, None);
                    }
                }
                // `the chief executive` after `the firm's chief executive, John Plimsoll`.
                if definite && ordinal.is_none() {
                    if let Some(id) = self.person_in_role(text) {
                        return id;
                    }
                }
                // `the 30-year-old`, `the 34-year-old mother of three`: a person named
                // before, as `who` would find them.
                let mut words = text.split_whitespace();
                let aged = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    && words.next().is_some_and(is_age);
                if aged && ordinal.is_none() {
                    if let Some(Antecedent::Name(name)) = self.resolve_pronoun("who", at) {
                        return self.named(&name, None, false, None);
                    }
                }
                let found = definite
                    .then(|| antecedent(src, at, &head, ordinal.as_deref()))
                    .flatten()
                    // (`the French president` is not `a Mexican president`, nor `the press
                    // release` `a solo release`.)
                    .filter(|(a, _)| modifiers_within(text, &head, a));
                // (The description that antecedent opens, when it spoke, is the same speaker:
                // `“…,” the spokesman said` after `“…,” a spokesman for the company said`.)
                if let Some(id) = found.as_ref().and_then(|&(_, at)| self.nominal_at(at)) {
                    self.nominal_by_head.insert(key, id);
                    return id;
                }
                let found = found.map(|(a, _)| a);
                // `the ad’s narrator` after `“…,” a narrator in the Clinton ad asks`, `the
                // Ofcom spokesman` after `a spokesman for Ofcom`: the described speaker with
                // this head whose other words name the owner, or the capitalized modifiers.
                if found.is_none() && ordinal.is_none() {
                    let owner: Vec<&str> = if possessed {
                        text.split(' ')
                            .find(|w| is_possessive(w))
                            .map(strip_possessive)
                            .into_iter()
                            .collect()
                    } else if definite {
                        modifiers
                            .as_deref()
                            .map(|m| m.split(' ').collect::<Vec<_>>())
                            .filter(|m| m.iter().all(|w| is_capitalized(w)))
                            .unwrap_or_default()
                    } else {
                        Vec::new()
                    };
                    if let Some(id) = self.described_owner(&owner, &head) {
                        self.nominal_by_head.insert(key, id);
                        return id;
                    }
                }
                // `the Finance Ministry said … “…,” the ministry added`: with no description
                // before it, a definite organisation noun is the organisation that spoke
                // last, as `it` would be.
                let bare = definite && ordinal.is_none() && modifiers.is_none();
                if found.is_none() && bare && lexicon::ORG_HEADS.contains(head.as_str()) {
                    match self.resolve_pronoun("it", at) {
                        Some(Antecedent::Speaker(id))
                            if self
                                .speakers
                                .get(id)
                                .is_some_and(|s| s.kind == SpeakerKind::Organisation) =>
                        {
                            return id;
                        }
                        _ => {}
                    }
                }
                // `the businessman`, `the actress`, `the singer`: with no description before
                // it, such a word for a person refers back to the person named last, as `he`
                // or `she` would (with modifiers too: `the New York businessman`).
                // (A capitalized modifier: where they are from or what they lead.)
                let placed = modifiers.as_deref().is_some_and(is_capitalized);
                let epithet = lexicon::EPITHET_HEADS.contains(head.as_str())
                    // (So is a man or a woman named by where they are from: `says the
                    // Waterford man`.)
                    || matches!(head.as_str(), "man" | "woman") && placed;
                // (And so does a title after the name of a place or a body, which the text
                // did not give anyone word for word: `the Florida senator` after `Marco
                // Rubio still believes …`, `the Tory leader`. Not a spokesperson's: `The
                // BPI spokesman` is someone unnamed.)
                let placed_title = placed
                    && !ranked
                    && lexicon::TITLE_HEADS.contains(title)
                    && !lexicon::SPOKESPEOPLE.has(title);
                // (A possessive determines it as `the` does: `“…,” Obama's former campaign
                // strategist said` after `David Axelrod on Wednesday called on …` — someone
                // other than the owner.)
                let owner_free = |person: &str| !possessed || !text.contains(surname(person));
                if found.is_none()
                    && (definite || possessed)
                    && ordinal.is_none()
                    && (lexicon::ANAPHORIC_HEADS.contains(head.as_str()) || epithet || placed_title)
                {
                    let pronoun = match head_gender(&head) {
                        Some(Gender::Male) => "he",
                        Some(Gender::Female) => "she",
                        None => "who",
                    };
                    // (Not someone the text gave another occupation: `the singer` after
                    // `Guitarist Brian May` is someone else.)
                    // (Looked up by surname, as every person speaker is.)
                    let other_role = |person: &str| {
                        let ids = self.by_key.get(&key_of(person, false));
                        ids.into_iter().flatten().any(|&id| {
                            self.speakers.get(id).is_some_and(|s| {
                                s.name == person
                                    && s.role.as_deref().is_some_and(|r| {
                                        r.rsplit(' ').next().is_some_and(|w| {
                                            is_person_role(w)
                                                && !w.eq_ignore_ascii_case(&head)
                                                && !lexicon::CANDIDACY_HEADS.has(w)
                                        })
                                    })
                            })
                        })
                    };
                    // (Nor someone the text introduced as another's relation, by another
                    // noun: `the singer` after `Her publicist, Yvette Noel-Schure` is the
                    // singer whose publicist she is.)
                    let relation = |person: &str| {
                        self.index
                            .relation_of(person)
                            .is_some_and(|noun| !noun.eq_ignore_ascii_case(&head))
                    };
                    // (An epithet is no occupation: `the youngster` is the centre named.)
                    if let Some(Antecedent::Name(person)) =
                        self.resolve_pronoun_but(pronoun, at, &relation)
                    {
                        if (epithet || !other_role(&person)) && owner_free(&person) {
                            return self.named(&person, None, false, None);
                        }
                    }
                }
                // `the article` after `a Times article`: a document's author speaks.
                if let Some(author) = found.as_deref().and_then(document_author) {
                    if let Reading::Named {
                        name,
                        role,
                        org,
                        gender,
                    } = read_mention(author)
                    {
                        // (No title: `Homeland Security` is no person named `Security`.)
                        if role.is_none() {
                            return self.named(&name, role, org, gender);
                        }
                    }
                }
                let name = found.unwrap_or_else(|| text.to_owned());
                let gender = head_gender(head.rsplit(' ').next().unwrap_or(""));
                let id = self.nominal_named(name, gender);
                self.nominal_by_head.insert(key, id);
                id
            }
            Reading::Named {
                name,
                role,
                org,
                gender,
            } => {
                // `the American`, `the Dutchman`, `the Texan`, `the 27-year-old Austrian`: a
                // person the text named before and now calls by their nationality, as `who`
                // would find them (unless the word opens a fuller name).
                let demonym =
                    !org && text.split_once(' ').is_some_and(|(the, rest)| {
                        let w = match rest.split_once(' ') {
                            Some((age, w)) if is_age(age) => w,
                            _ => rest,
                        };
                        // (A place's two words in lower-case `the` only: `The New Yorker` is
                        // as often the magazine.)
                        let placed = || {
                            the == "the"
                                && w.split_once(' ').is_some_and(|(place, d)| {
                                    lexicon::PLACE_OPENERS.has(place) && is_demonym(d)
                                })
                        };
                        the.eq_ignore_ascii_case("the") && w == name && (is_demonym(w) || placed())
                    }) && self.index.full(&name) == name;
                if demonym {
                    if let Some(Antecedent::Name(person)) = self.resolve_pronoun("who", at) {
                        return self.named(&person, None, false, None);
                    }
                }
                let id = self.named(&name, role, org, gender);
                self.named_cache.insert(text, id);
                id
            }
        }
    }

    fn mentioned(&mut self, id: usize, span: Span) {
        if let Some(s) = self.speakers.get_mut(id) {
            if s.mentions.last() != Some(&span) {
                s.mentions.push(span);
            }
            s.quotes += 1;
        }
        // (`I` is the writer: no antecedent for a later `he` or `she`.)
        if self.was_first_person {
            return;
        }
        self.recent.retain(|(i, _)| *i != id);
        self.recent.push((id, span.start()));
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    fn add(
        &mut self,
        name: String,
        role: Option<String>,
        kind: SpeakerKind,
        gender: Option<Gender>,
    ) -> usize {
        let id = self.speakers.len();
        if matches!(kind, SpeakerKind::Person | SpeakerKind::Organisation) {
            self.by_key
                .entry(key_of(&name, kind == SpeakerKind::Organisation))
                .or_default()
                .push(id);
        }
        self.speakers.push(Speaker {
            id,
            name,
            role,
            kind,
            mentions: Vec::new(),
            quotes: 0,
        });
        self.genders.push(gender);
        id
    }

    /// Whether `name` is that of a speaker of `kind` already: an organisation the article
    /// made so (`Xinhua, the official Chinese news agency, wrote`), or a person who has
    /// spoken (a one-word name the tables do not know is a person's once it says something:
    /// `“…,” says Bnxn`).
    fn is_speaker(&self, name: &str, kind: SpeakerKind) -> bool {
        self.by_key
            .get(&key_of(name, kind == SpeakerKind::Organisation))
            .into_iter()
            .flatten()
            .filter_map(|&i| self.speakers.get(i))
            .any(|s| s.kind == kind && s.name == name)
    }

    /// The speaker a name (person or organisation) refers to, added if new.
    fn named(
        &mut self,
        name: &str,
        role: Option<String>,
        org: bool,
        gender: Option<Gender>,
    ) -> usize {
        // The canonical form: the fullest name the article gives. An acronym it spells out
        // (`the IMF` → `International Monetary Fund`), or one word that opens an
        // organisation's name and no person's (`Continental` → `Continental Airlines`), is
        // that organisation.
        // (One organisation word that is the surname of a person the article names, and of no
        // organisation it names, is that person: `Guardian` after `Mayor Don Guardian`.)
        let surname_of_someone = || {
            !name.contains(' ')
                && name.chars().any(char::is_lowercase)
                && self.index.by_last.contains_key(&Folded(name))
                && self.index.fullest_org(name).is_none()
        };
        let org = org && !surname_of_someone();
        let transposed = (!org && !name.contains(' ') && self.index.full(name) == name)
            .then(|| self.index.expand_transposed(name))
            .flatten();
        // (A surname alone is the name it stands for most often, with the middle names the
        // text gives it: `Donald J. Trump` once and `Donald Trump` five times make `Mr.
        // Trump` Donald J. Trump; `Legendary Rick Perry`, a capital opening a sentence, is
        // no fuller form of Rick Perry.)
        let person_full = (!org).then(|| match transposed.as_deref() {
            Some(t) => t,
            None if name.contains(' ') => self.index.full(name),
            None => {
                // (By the mention's own honorific first: `Mrs. Clinton` is Hillary Clinton in
                // an article whose `Mr. Clinton` is Bill.)
                let n = self.index.expand_as(name, gender).unwrap_or(name);
                self.index
                    .fullest(n)
                    .filter(|f| f.split(' ').next() == n.split(' ').next())
                    .unwrap_or(n)
            }
        });
        let opens_org = || {
            (!name.contains(' '))
                .then(|| self.index.org_by_first(name))
                .flatten()
        };
        let expanded = self
            .index
            .expand_acronym(name)
            .or_else(|| {
                person_full
                    .filter(|full| *full == name)
                    .and_then(|_| opens_org())
            })
            .map(str::to_owned);
        let org = org || expanded.is_some();
        let canonical: String = match (expanded, person_full) {
            (Some(full), _) => full,
            (None, Some(full)) => full.to_owned(),
            (None, None) => self
                .index
                .fullest_org(name)
                // (`Labour` → `Labour Party`.)
                .or_else(opens_org)
                .map_or_else(|| name.to_owned(), str::to_owned),
        };
        // A peer with no fuller name is known by the title: `Lord Falconer`, not `Falconer`;
        // so is a royal: `Pope Francis`.
        let peerage = role
            .as_deref()
            .and_then(|r| r.rsplit(' ').next())
            .filter(|t| {
                lexicon::PEERAGE_TITLES.has(t)
                    // (Not a title read as a name: `The Queen and Duke of Edinburgh`.)
                    || lexicon::REGNAL_TITLES.has(t) && !is_rank_title(name)
            });
        // (A royal or a peer named so anywhere in the text is known so everywhere: `Francis
        // said` after `Pope Francis`, `he said` after `Lord Goldsmith`.)
        let peerage = peerage.or_else(|| {
            (!org && !canonical.contains(' '))
                .then(|| self.index.known_by_title.get(canonical.as_str()).copied())
                .flatten()
        });
        let canonical = match peerage {
            Some(title) if !org && !canonical.contains(' ') => format!("{title} {canonical}"),
            _ => canonical,
        };
        if !canonical.chars().any(char::is_alphabetic) {
            return self.add(canonical, role, SpeakerKind::Unresolved, gender);
        }
        let found = self
            .by_key
            .get(&key_of(&canonical, org))
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| {
                self.speakers.get(i).is_some_and(|s| {
                    same_name(&s.name, &canonical)
                        || !org
                            && (words_within(&s.name, &canonical)
                                || words_within(&canonical, &s.name))
                })
            });
        if let Some(i) = found {
            if let Some(s) = self.speakers.get_mut(i) {
                // (A longer form, or the same in mixed case for one a headline wrote in
                // capitals: `HUFFPOLLSTER` is `HuffPollster`.)
                let capitals = |n: &str| !n.chars().any(char::is_lowercase);
                if canonical.len() > s.name.len()
                    || canonical.len() == s.name.len() && capitals(&s.name) && !capitals(&canonical)
                {
                    s.name = canonical;
                }
                if s.role.is_none() {
                    s.role = role;
                }
            }
            if let Some(g) = self.genders.get_mut(i) {
                *g = g.or(gender);
            }
            return i;
        }
        // `Republicans`, `Tories`, `Analysts`: one word, the plural of a name the text also
        // uses (`Republican`) or of a person noun, is a group, not a person.
        // (So is an acronym no one's name is: `IAAF`, `UKIP`, `BBA`.)
        // (And so is a country named alone: `Turkey`, `Japan`.)
        let group = !org
            && !self.index.person_like(&canonical)
            && (is_group(&self.index, &canonical)
                || is_acronym(&canonical)
                || lexicon::COUNTRIES.has(&canonical));
        let kind = if org || group {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let gender = gender.or_else(|| self.index.gender_of_name(&canonical));
        self.add(canonical, role, kind, gender)
    }

    /// The description that opens a sentence shortly before `at` as the subject of a cue
    /// verb — an indefinite one (`A Labour Party spokesman`, `an official`), or a definite
    /// one of a spokesperson (`The Trafford Centre spokeswoman`) — reporting speech without
    /// a quote, or an indefinite one after `according to`, when no person is named nor any
    /// speaker mentioned after it and its head's gender does not contradict the pronoun `p`.
    fn reporting_description(&self, src: &str, at: usize, p: &str) -> Option<(usize, usize)> {
        // (Not before the last speaker mentioned, after which none may stand: in a text
        // dense with quotes the window is short.)
        let last_mention = self.recent.iter().map(|&(_, pos)| pos + 1).max();
        let reach = at.saturating_sub(DESCRIPTION_REACH);
        let (from, window) = window(src, last_mention.map_or(reach, |m| m.max(reach)), at);
        let want = if p == "he" {
            Gender::Male
        } else {
            Gender::Female
        };
        // Sentences that open with a determiner (`A `, `But an `, `The `), latest first: only
        // those are tokenized. (One pass back over the bytes, no allocation: a window holds a
        // few such letters, and in a text dense with quotes it is short.)
        let bytes = window.as_bytes();
        let mut scanned = bytes.len();
        let starts = core::iter::from_fn(|| {
            let i = bytes
                .get(..scanned)?
                .iter()
                .rposition(|b| matches!(b, b'A' | b'B' | b'O' | b'T'))?;
            scanned = i;
            Some(i)
        })
        .filter(|&i| {
            let rest = sub(window, i, window.len());
            DESCRIPTION_OPENERS.iter().any(|o| rest.starts_with(o)) && opens_sentence(src, from + i)
        })
        .map(|i| from + i);
        // (Not a quotation's first words: `“A lot of people suspected …,” he told`
        // describes no one who speaks.)
        let quoted = |start: usize| {
            let before = sub(src, from, start).trim_end_space();
            before.ends_with(['“', '‘'])
                || before
                    .strip_suffix(['"', '\''])
                    .is_some_and(|b| b.is_empty() || b.ends_with(is_space))
        };
        let opening = starts.filter(|&s| !quoted(s)).find_map(|start| {
            let stretch_end = (start + DESCRIPTION_BYTES).min(at);
            let stretch = sub(src, start, stretch_end);
            // (Most sentences open with `The`: tokenize only those that name a spokesperson.)
            let definite_opening = ["The ", "But the ", "And the "]
                .iter()
                .any(|o| stretch.starts_with(o));
            if definite_opening && !lexicon::SPOKESPEOPLE.words().any(|w| stretch.contains(w)) {
                return None;
            }
            let toks = tokenize(src, start, stretch_end);
            let det = usize::from(
                toks.first()
                    .is_some_and(|t| matches!(t.text(src), "But" | "And")),
            );
            // (`The Trafford Centre spokeswoman said`: a definite description only of someone
            // who speaks for others — `the candidate` refers back to a person named.)
            let definite = toks
                .get(det)
                .is_some_and(|t| t.text(src).eq_ignore_ascii_case("the"));
            // (Or a verb in the past tense that a spokesperson's statement takes: `But a
            // spokesman for the Home Office defended the proposals. He said:`.)
            let c = toks.iter().position(|t| {
                is_lower_cue(src, t) || t.is_word() && lower_past_tense(t.text(src))
            })?;
            // (Past a sentence adverbial between commas: `A 29-year-old Berlin woman,
            // meanwhile, received …`.)
            let comma = |t: &Tok| t.punct == Some(',');
            let adverbial_from = c
                .checked_sub(1)
                .filter(|&k| toks.get(k).is_some_and(comma))
                .and_then(|k| {
                    let open = toks.get(..k)?.iter().rposition(comma)?;
                    is_sentence_adverbial(src, toks.get(open + 1..k)?).then_some(open)
                });
            let c = adverbial_from.unwrap_or(c);
            // The head right before the cue, or before a relation to a name (`A spokesman
            // for the Information Commissioner's Office said`).
            let related = (c.saturating_sub(MAX_RELATED_NAME + 1)..c.saturating_sub(1))
                .rev()
                .find(|&r| {
                    toks.get(r)
                        .is_some_and(|t| matches!(t.text(src), "for" | "at" | "of" | "from"))
                });
            // (Or, when no person's noun stands before the relation, one right before the
            // cue, after a body's name with `for` in it: `A Department for Constitutional
            // Affairs spokeswoman said`.)
            let person_head = |p: usize| {
                toks.get(p).is_some_and(|t| {
                    t.is_word()
                        && !is_capitalized(t.text(src))
                        && lexicon::PERSON_HEAD_WORDS.has(t.text(src))
                })
            };
            let h = match related.map(|r| r.saturating_sub(1)) {
                Some(p) if !person_head(p) && c.checked_sub(1).is_some_and(person_head) => c - 1,
                Some(p) => p,
                None => c.checked_sub(1)?,
            };
            let head = toks.get(h)?;
            let hw = head.text(src);
            // Up to five modifiers between the determiner and the head, words only (`A
            // Department for Work and Pensions spokeswoman`).
            let fits = h > det
                && h - det <= MAX_DESCRIPTION_MODIFIERS + 1
                && head.is_word()
                && !is_capitalized(hw)
                && lexicon::PERSON_HEAD_WORDS.has(hw)
                && (!definite || lexicon::SPOKESPEOPLE.has(hw))
                && head_gender(&lower(hw)).is_none_or(|g| g == want)
                && toks.get(det..c)?.iter().all(Tok::is_word);
            let end = toks.get(c - 1)?.end;
            fits.then_some((toks.get(det)?.start, end))
        });
        // (Or an indefinite one after `according to`: `Cable firms are, according to an ntl
        // spokesman, in a better position. “…?” he asked`.) The later of the two.
        // (`ccording`: `According to a spokesman for the firm, …` too. `contains` first: it
        // reads many bytes at a time, and most windows have no such words.)
        const ACCORDING: &str = "ccording to a";
        let according = window
            .contains(ACCORDING)
            .then(|| window.rfind(ACCORDING))
            .flatten()
            .and_then(|k| self.according_to_description(src, from + k, at, want))
            .filter(|&(s, _)| opening.is_none_or(|(o, _)| s > o));
        let (ds, de) = according.or(opening)?;
        // (Nothing more recent: a person named, or a speaker mentioned, after it — of the
        // pronoun's gender or of none known: in `A … spokeswoman said Lord Woolf and Lord
        // Falconer agreed … “…,” she said` the lords are not whom `she` means.)
        // (Or a name the tables do not know as a person's that is a sentence's subject:
        // `Australian Lynton Crosby said the campaign would go on. “…,” he said`.)
        let named_since = self.index.before(at, at - ds).any(|o| {
            let full = self.index.full_as(self.index.name_of(o), o.gender());
            !o.quoted()
                && o.start() >= de
                && (self.index.person_like(full) || o.subject() && full.contains(' '))
                && o.gender()
                    .or_else(|| self.index.gender_of_name(full))
                    .is_none_or(|g| g == want)
        });
        let spoken_since = self.recent.iter().any(|&(_, pos)| pos >= ds);
        (!named_since && !spoken_since).then_some((ds, de))
    }

    /// The indefinite description of a person after `according to` (found at `k` without its
    /// first letter, which may be a capital), up to the end of its sentence or a comma before
    /// `at` (`according to an ntl spokesman,`, `according to a spokeswoman for the
    /// company.`): its span, when its head is a person's noun whose gender, if any, is
    /// `want`.
    fn according_to_description(
        &self,
        src: &str,
        k: usize,
        at: usize,
        want: Gender,
    ) -> Option<(usize, usize)> {
        let start = k + "ccording to ".len();
        let toks = tokenize(src, start, (start + DESCRIPTION_BYTES).min(at));
        if !toks
            .first()
            .is_some_and(|t| matches!(t.text(src), "a" | "an"))
        {
            return None;
        }
        // (The description runs to the sentence's end or a comma, words only.)
        let end = toks.iter().position(|t| !t.is_word())?;
        if !toks
            .get(end)
            .is_some_and(|t| t.is_sentence_end() || t.punct == Some(','))
        {
            return None;
        }
        // The head right before the end, or before a relation to a name (`a spokeswoman for
        // the company`).
        let related = toks
            .get(1..end)?
            .iter()
            .position(|t| matches!(t.text(src), "for" | "at" | "of" | "from"))
            .map(|r| r + 1);
        let h = related.unwrap_or(end).checked_sub(1)?;
        let head = toks.get(h)?;
        let hw = head.text(src);
        // (Up to five modifiers between the article and the head, no preposition among them
        // — `an advance text released by officials` describes no person — and a head in the
        // singular, as `a` or `an` wants.)
        let fits = (1..=MAX_DESCRIPTION_MODIFIERS + 1).contains(&h)
            && toks
                .get(1..h)?
                .iter()
                .all(|t| !lexicon::PREPOSITIONS.has(t.text(src)))
            && !is_capitalized(hw)
            && (!hw.ends_with('s') || hw.ends_with("ss"))
            && lexicon::PERSON_HEAD_WORDS.has(hw)
            && head_gender(&lower(hw)).is_none_or(|g| g == want)
            && related.is_none_or(|r| end - r <= MAX_RELATED_NAME + 1);
        fits.then_some((toks.first()?.start, toks.get(end - 1)?.end))
    }

    /// What a pronoun at `at` refers to: the more recent of the last compatible speaker and
    /// the last compatible person named in the text; else the person named most often. A
    /// demonstrative (`that`, `those`) refers to no one.
    fn resolve_pronoun(&self, p: &str, at: usize) -> Option<Antecedent> {
        self.resolve_pronoun_but(p, at, &|_| false)
    }

    /// [`Resolver::resolve_pronoun`], passing over the people `skip` turns away (by their
    /// name as a speaker, or their fullest name in the text).
    fn resolve_pronoun_but<'s>(
        &'s self,
        p: &str,
        at: usize,
        skip: &dyn Fn(&str) -> bool,
    ) -> Option<Antecedent> {
        if matches!(p, "that" | "this" | "those" | "these") {
            return None;
        }
        let want = match p {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
        let person = matches!(p, "he" | "she" | "i" | "who");
        let compatible = |g: Option<Gender>| want.is_none() || g.is_none() || g == want;
        // (A pronoun refers back: a speaker mentioned only after it is no antecedent, as in
        // `Vell should “hold firm” and not apologise for his “Judas” comment, Rook has
        // insisted`, where Rook speaks the first quote and `his` is Vell's.)
        let from_speakers = self.recent.iter().rev().find_map(|&(id, pos)| {
            if pos > at {
                return None;
            }
            let s = self.speakers.get(id)?;
            let g = self.genders.get(id).copied().flatten();
            let kind_ok = if person {
                // A person, not a place or a thing a bad mention made into a speaker — or a
                // person described (`“…,” a spokeswoman said. She added`).
                s.kind == SpeakerKind::Person
                    // (A given name before the word makes it a surname: `Kanye West`,
                    // `Lauryn Hill`.)
                    && (s.name.split(' ').all(|w| !lexicon::NON_PERSON_WORDS.has(w))
                        || s.name.contains(' ')
                            && s.name.split(' ').next().is_some_and(is_any_given_name))
                    && (s.name.contains(' ') || self.index.alone.contains(s.name.as_str()))
                    // (A word alone that the text capitalizes only at a sentence's start is
                    // no one's name: `Plans include “taster courses” … she told`.)
                    && (s.name.contains(' ')
                        || g.is_some()
                        || is_any_given_name(&s.name)
                        || self.index.named_mid_sentence(&s.name))
                    || s.kind == SpeakerKind::Nominal
                        && want.is_some()
                        && (g == want || g.is_none() && unsexed_person(&s.name))
                        && introduces_someone(&s.name)
            } else {
                // `they` and `it`: an organisation, a group (`officials`, `the band`), or a
                // document (`Mr Crosby's statement`).
                s.kind == SpeakerKind::Organisation && !(p == "it" && is_people_plural(&s.name))
                    || s.kind == SpeakerKind::Nominal
                        && p == "they"
                        && (s.name.ends_with('s')
                            || s.name.rsplit(' ').next().is_some_and(|w| {
                                lexicon::ORG_HEADS.has(w) || lexicon::BODIES.has(w)
                            }))
                    || s.kind == SpeakerKind::Nominal
                        && p == "it"
                        && s.name.rsplit(' ').next().is_some_and(|w| {
                            lexicon::NON_PERSON_HEADS.has(w) || lexicon::ORG_HEADS.has(w)
                        })
            };
            (kind_ok && compatible(g) && !skip(&s.name)).then_some((id, s.name.as_str(), pos))
        });
        // A person goes through their name (which may have grown fuller in the text since);
        // an organisation, group or document is that speaker.
        // (A person described is that speaker, not a person of the description's name: `A
        // spokesman for the UK Film Council said: “…” He added: “…”` is one speaker.)
        let speaker = |id: usize, name: &str| {
            let nominal = self
                .speakers
                .get(id)
                .is_some_and(|x| x.kind == SpeakerKind::Nominal);
            if person && !nominal {
                Antecedent::Name(name.to_owned())
            } else {
                Antecedent::Speaker(id)
            }
        };
        let index = &self.index;
        // The most recent person named in the text, preferring a sentence's subject.
        let from_text = if person {
            let candidate = |o: &'s NameOcc| -> Option<(&'s str, usize)> {
                let full = index.full_as(index.name_of(o), o.gender());
                // (A word the text capitalizes inside sentences and that spoke is a person's
                // name: `When Bnxn thinks about …. “…,” he says`; nor is a body the article
                // has made a speaker a person: `Xinhua, the official Chinese news agency,
                // wrote`.)
                let speaking_name = || {
                    !full.contains(' ')
                        && index.named_mid_sentence(full)
                        && self.is_speaker(full, SpeakerKind::Person)
                };
                if !index.person_like(full) && !speaking_name()
                    || self.is_speaker(full, SpeakerKind::Organisation)
                    || skip(full)
                {
                    return None;
                }
                let g = o.gender().or_else(|| index.gender_of_name(full));
                compatible(g).then_some((full, o.start()))
            };
            let usable = |o: &&NameOcc| !o.quoted();
            index
                .before(at, PRONOUN_REACH)
                .filter(usable)
                .filter(|o| o.subject())
                .find_map(candidate)
                .or_else(|| {
                    index
                        .before(at, PRONOUN_REACH)
                        .filter(usable)
                        .find_map(candidate)
                })
        } else {
            None
        };
        // `it`: the last body that opened a sentence, or a name there that the article
        // never makes a person's (`Southcorp`).
        let from_text = from_text
            .map(|(n, o)| (Antecedent::Name(n.to_owned()), o))
            .or_else(|| {
                if p != "it" {
                    return None;
                }
                // (Never a plural for people: `Two Americans were killed. … “…,” it reads`.)
                let body = occurrences_before(&index.bodies, at, PRONOUN_REACH)
                    .find(|o| !o.quoted() && !is_people_plural(index.name_of(o)))
                    .map(|o| (index.name_of(o), o.start()));
                // (One that also stands capitalized inside a sentence: at a sentence's start
                // `Those` or `Gadgets` is capitalized too.)
                let unnamed = index
                    .before(at, PRONOUN_REACH)
                    .filter(|o| o.subject() && !o.quoted() && o.gender().is_none())
                    .find(|o| {
                        let full = index.full(index.name_of(o));
                        !full.contains(' ')
                            && !is_people_plural(full)
                            && !index.person_like(full)
                            && index.gender_of_name(full).is_none()
                            && index
                                .before(at, NOMINAL_LOOKBACK)
                                .any(|m| m.name == o.name && m.flags & MID_SENTENCE != 0)
                    })
                    .map(|o| (index.full(index.name_of(o)), o.start()));
                [body, unnamed]
                    .into_iter()
                    .flatten()
                    .max_by_key(|&(_, o)| o)
                    .map(|(n, o)| (Antecedent::Body(n.to_owned()), o))
            });
        // (A person described with no gender — `a source familiar with …` — only while no
        // person named stands after them: in `… ease Larvin's mind. “…,” he said` Larvin
        // said it.)
        let from_speakers = from_speakers.filter(|&(id, _, l)| {
            let unsexed = person
                && self
                    .speakers
                    .get(id)
                    .is_some_and(|x| x.kind == SpeakerKind::Nominal)
                && self.genders.get(id).copied().flatten().is_none();
            !unsexed
                || !index.before(at, at.saturating_sub(l)).any(|o| {
                    !o.quoted() && o.start() > l && index.person_like(index.full(index.name_of(o)))
                })
        });
        // `Prime Minister Tomas Vell …. The prime minister insisted …. “…,” he added`: a
        // sentence opened by a title that refers back to a person named with it, after the
        // antecedents above.
        // (Only the text's antecedent bounds it: a speaker's mention is never past the last
        // speaker mentioned, after which `titled_subject` looks anyway.)
        if want.is_some() {
            let after = from_text.as_ref().map_or(0, |&(_, o)| o);
            if let Some(person) = self.titled_subject(after, at, &compatible) {
                return Some(Antecedent::Name(person));
            }
        }
        match (from_speakers, from_text) {
            (Some((id, s, l)), Some((t, o))) => Some(if o > l { t } else { speaker(id, s) }),
            (Some((id, s, _)), None) => Some(speaker(id, s)),
            (None, Some((t, _))) => Some(t),
            (None, None) if person => {
                // The person named most often in the text before it.
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for o in index.before(at, NOMINAL_LOOKBACK) {
                    let name = index.name_of(o);
                    let full = if name.contains(' ') {
                        index.fullest(name)
                    } else {
                        index.expand(name)
                    };
                    // The gender of the full name: `Trump` alone tells none, `Donald Trump` does.
                    // (A person's, as in `candidate` above: `Algerian` expands to `Algerian
                    // War` when the article names no Algerian.)
                    if let Some(full) = full.filter(|f| {
                        index.person_like(f)
                            && compatible(o.gender().or_else(|| index.gender_of_name(f)))
                    }) {
                        *counts.entry(full).or_insert(0) += 1;
                    }
                }
                counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(n, _)| Antecedent::Name(n.to_owned()))
            }
            (None, None) => None,
        }
    }

    /// A person the text named right after the same description (`French President Jacques
    /// Chirac` for `the French president`), the nearest within the lookback.
    fn described_person(
        &self,
        src: &str,
        at: usize,
        modifiers: &str,
        head: &str,
    ) -> Option<String> {
        let index = &self.index;
        // The text's own words right before the name, in any case, then a space.
        // (The title may stand abbreviated there: `Vermont Sen. Bernie Sanders` is `the
        // Vermont senator`.)
        let abbreviated = lexicon::TITLE_ABBREVIATIONS
            .iter()
            .find(|(_, h)| h.eq_ignore_ascii_case(head))
            .map(|(a, _)| *a);
        let written_before = |o: &NameOcc, head: &str, period: bool| {
            let head_len = head.len() + usize::from(period);
            let phrase = modifiers.len() + 1 + head_len;
            let end = o.start();
            let Some(start) = end.checked_sub(phrase + 1) else {
                return false;
            };
            let word_start = sub(src, 0, start)
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let said = |from: usize, to: usize, words: &str| {
                src.get(start + from..start + to)
                    .is_some_and(|t| t.eq_ignore_ascii_case(words))
            };
            word_start
                && said(0, modifiers.len(), modifiers)
                && said(modifiers.len(), modifiers.len() + 1, " ")
                && said(modifiers.len() + 1, modifiers.len() + 1 + head.len(), head)
                && (!period || said(phrase - 1, phrase, "."))
                && said(phrase, phrase + 1, " ")
        };
        let before_name = |o: &&NameOcc| {
            written_before(o, head, false)
                || abbreviated
                    .is_some_and(|a| written_before(o, a, true) || written_before(o, a, false))
        };
        let o = index.before(at, NOMINAL_LOOKBACK).find(before_name)?;
        Some(index.full(index.name_of(o)).to_owned())
    }

    /// The person, among those mentioned lately, whose role the text gave in the words of a
    /// definite description: `the bishop` after `The Bishop of Lindham, the Rt Rev Tom
    /// Walker`, `the chief executive` after `the firm's chief executive, John Plimsoll`,
    /// `the director` after `FBI Director James Comey` (a body's name may stand before the
    /// words, not a rank or a portfolio: `the mayor` is not `Deputy Mayor Anne Holt`).
    fn person_in_role(&self, description: &str) -> Option<usize> {
        let described: Vec<&str> = strip_article(description).split(' ').collect();
        self.recent.iter().rev().find_map(|&(id, _)| {
            let s = self.speakers.get(id)?;
            let role = s
                .role
                .as_deref()
                .filter(|_| s.kind == SpeakerKind::Person)?;
            // (The office itself: not what it relates to, nor whose it is.)
            let words: Vec<&str> = role
                .split(' ')
                .take_while(|w| !lexicon::RELATIONS.has(w))
                .collect();
            let words = match words.split_first() {
                Some((first, rest)) if is_owner(first) || lexicon::DETERMINERS.has(first) => rest,
                _ => &words[..],
            };
            let (before, own) = words.split_at(words.len().checked_sub(described.len())?);
            let same = own
                .iter()
                .zip(&described)
                .all(|(a, b)| a.eq_ignore_ascii_case(b));
            let body = before.iter().all(|w| {
                is_capitalized(w) && !lexicon::RANK_PREFIXES.has(w) && !lexicon::PORTFOLIOS.has(w)
            });
            (same && body).then_some(id)
        })
    }

    /// The person a title at a sentence's start refers to (`The prime minister insisted`,
    /// `The vice president said`), the last such sentence before `at` and after both `after`
    /// and the last speaker mentioned, whose gender `compatible` accepts.
    fn titled_subject(
        &self,
        after: usize,
        at: usize,
        compatible: &dyn Fn(Option<Gender>) -> bool,
    ) -> Option<String> {
        // (Not before the last speaker mentioned either: in a text dense with quotes the
        // window is short.)
        let last_mention = self.recent.iter().map(|&(_, pos)| pos).max().unwrap_or(0);
        let from = after
            .max(last_mention)
            .max(at.saturating_sub(PRONOUN_REACH));
        let (lo, window) = window(self.src, from, at);
        let mut found = None;
        // (Or after an opening phrase and its comma: `Speaking to reporters on Friday, the
        // prime minister insisted`.)
        let after_opening = |pos: usize| {
            let Some(clause) = sub(self.src, lo, pos).strip_suffix(", ") else {
                return false;
            };
            let start = clause.rfind(['.', '!', '?', '\n']).map_or(0, |e| e + 1);
            let opening = sub(clause, start, clause.len());
            let lead = opening.len() - opening.trim_start().len();
            opening.split_whitespace().next().is_some_and(|w| {
                is_capitalized(w) && (w.ends_with("ing") || lexicon::PHRASE_OPENERS.has(w))
            }) && opens_sentence(self.src, lo + start + lead)
        };
        // (`he ` found a byte at a time: a searcher for it costs more to set up than the short
        // windows of a text dense with quotes take to read.)
        let bytes = window.as_bytes();
        let the = (0..bytes.len()).filter(|&i| {
            matches!(bytes.get(i), Some(b'T' | b't'))
                && bytes.get(i + 1) == Some(&b'h')
                && bytes.get(i + 2) == Some(&b'e')
                && bytes.get(i + 3) == Some(&b' ')
        });
        for i in the {
            let pos = lo + i;
            let opens = match bytes.get(i) {
                Some(b'T') => opens_sentence(self.src, pos),
                Some(b't') => after_opening(pos),
                _ => false,
            };
            let word_start = i == 0 || !bytes.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
            if !opens || !word_start || inside_quotation(self.src, pos) {
                continue;
            }
            let rest = sub(window, i + 4, window.len());
            let words: Vec<&str> = rest.splitn(5, ' ').take(4).collect();
            let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
            // The title's words, in lower case, then a verb (not a relation: `The president
            // of the company said` is someone else).
            let Some(n) = (1..=3).find(|&n| {
                words
                    .get(n - 1)
                    .is_some_and(|h| lower(h) && lexicon::TITLE_HEADS.has(h))
                    && words.get(..n).is_some_and(|ws| ws.iter().all(|w| lower(w)))
                    && words
                        .get(n)
                        .is_some_and(|v| lower(v) && !lexicon::RELATIONS.has(v))
            }) else {
                continue;
            };
            let Some(head) = words.get(n - 1) else {
                continue;
            };
            let ranked = n >= 2
                && words
                    .get(n - 2)
                    .is_some_and(|r| lexicon::RANK_PREFIXES.has(r));
            if let Some(person) = self.titled_person(pos, head, ranked) {
                if compatible(self.index.gender_of_name(&person)) {
                    found = Some(person);
                }
            }
        }
        found
    }

    /// A titled person named earlier: `the president` → `Barack Obama` when the text said
    /// `President Barack Obama` (or `President Obama`); `ranked` for `the vice president`,
    /// which only `Vice President Joe Biden` answers.
    fn titled_person(&self, at: usize, head: &str, ranked: bool) -> Option<String> {
        let head = title_head_index(head)?;
        let index = &self.index;
        let o = index
            .before(at, NOMINAL_LOOKBACK)
            .find(|o| o.titled(head, ranked))?;
        Some(index.full(index.name_of(o)).to_owned())
    }
}

/// Whether `at` stands inside a quotation of its paragraph, as the marks before it in the
/// paragraph (a sentence's reach at most) tell: more opening curly marks than closing ones,
/// or an odd number of straight ones. (The quotations found are not kept for this: for a
/// text dense with quotes they would add to the peak memory.)
fn inside_quotation(src: &str, at: usize) -> bool {
    let (_, before) = window(src, at.saturating_sub(PRONOUN_REACH), at);
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    let (mut open, mut straight) = (0usize, 0usize);
    for c in paragraph.chars() {
        match c {
            '“' => open += 1,
            '”' => open = open.saturating_sub(1),
            '"' => straight += 1,
            _ => {}
        }
    }
    open > 0 || straight % 2 == 1
}

/// Whether a description names a person whatever their sex: `a source familiar with …`,
/// `a reporter for …` (its head right after the article).
fn unsexed_person(description: &str) -> bool {
    description
        .split(' ')
        .nth(1)
        .is_some_and(|w| lexicon::PERSON_HEAD_WORDS.has(w))
}

/// Whether a one-word name is the plural of a name the text also uses alone (`Republicans`,
/// `Tories`) or of a person noun (`Analysts`, `People`): a group.
fn is_group(index: &NameIndex<'_>, name: &str) -> bool {
    if lexicon::IRREGULAR_PLURALS.has(name) {
        return true;
    }
    if name.contains(' ') || name.len() < 4 || name.ends_with("ss") {
        return false;
    }
    let singular = match name.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => match name.strip_suffix('s') {
            Some(stem) => stem.to_owned(),
            None => return false,
        },
    };
    index.name_ids.contains_key(singular.as_str())
        || with_lower(&singular, |lw| lexicon::PERSON_HEAD_WORDS.contains(lw))
}

/// Where a person's name starts in a run of `len` words that opens with modifiers (see
/// [`is_name_modifier`]): at the first known given name after the first word, when every
/// word before it is a modifier and a word follows it. The name index and a mention's own
/// reading both ask this, each with its own way to tell the words.
fn name_after_modifiers(
    len: usize,
    given: impl Fn(usize) -> bool,
    modifier: impl Fn(usize) -> bool,
) -> Option<usize> {
    (1..len.saturating_sub(1))
        .find(|&g| given(g))
        .filter(|&g| (0..g).all(&modifier))
}

/// A capitalized word that modifies a name and is none of it: a nationality (`American`,
/// `Americans`) that is no given name, a party (`Tory`), a person's noun in the plural
/// (`Judges`), a compound whose last part is in lower case (`Top-seeded`, `Texas-based`), or
/// a body's initials (`EADS`).
fn is_name_modifier(w: &str) -> bool {
    // (Not by the ending `-i`, which given names share: `Giovanni Maria Vian`.)
    let nationality = |w: &str| is_demonym(w) && !w.ends_with('i') && !is_any_given_name(w);
    nationality(w)
        || lexicon::NAME_MODIFIERS.has(w)
        || w.strip_suffix('s').is_some_and(nationality)
        || lower_after_hyphen(w)
        // (A person's noun in the plural: `Judges Simon Cowell, Louis Walsh and …`,
        // `Senators Mitch McConnell and …`.)
        || w.strip_suffix('s').is_some_and(|b| {
            b.len() > 2 && with_lower(b, |lb| lexicon::PERSON_HEAD_WORDS.contains(lb))
        })
        // (A body's initials: `aerospace group EADS Philippe Camus`.)
        || is_initials(w)
}

/// Whether `w` is a body's initials: two to six capital letters (`EADS`, `NBC`).
fn is_initials(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `words[j]` modifies a name (see [`is_name_modifier`]), or opens a place's name
/// whose next word does: `New Yorker Dick Morris`, `South Korean-born Monte Haines`.
fn modifies_name_at(words: &[&str], j: usize) -> bool {
    words.get(j).is_some_and(|w| {
        is_name_modifier(w)
            || lexicon::PLACE_OPENERS.has(w)
                && words.get(j + 1).is_some_and(|next| is_name_modifier(next))
    })
}

/// A compound whose last part is in lower case: `Top-seeded`, `Texas-based`.
fn lower_after_hyphen(w: &str) -> bool {
    after_last_hyphen(w).is_some_and(|last| last.starts_with(|c: char| c.is_lowercase()))
}

/// A word for a person of a nation or a region (`American`, `Texan`, `Dutchman`,
/// `Spaniard`, `Iraqi`, `Kazakh`): a capitalized word with a demonym's ending, or one of a
/// table of the irregular ones.
fn is_demonym(w: &str) -> bool {
    let capitalized = w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase);
    capitalized
        && w.len() > 3
        && (lexicon::DEMONYM_ENDINGS.iter().any(|s| w.ends_with(s)) || lexicon::DEMONYMS.has(w))
        && !lexicon::ORG_WORDS.has(w)
}

/// A capitalized word for a party's member, in the singular: `Democrat`, `Tory`.
fn is_party_member(w: &str) -> bool {
    !w.ends_with('s') && with_lower(w, |lw| lexicon::PARTY_MEMBERS.has(lw))
}

/// A capitalized plural of a word for a person (`Witnesses`, `Patients`, `Authorities`),
/// a name for people in the plural (see [`is_people_plural`]; not in `-is`, where names end
/// too: `Travis`, `Francis`), or `Others`: people named as a group.
fn is_group_word(w: &str) -> bool {
    is_capitalized(w)
        && (is_people_plural(w) && !w.ends_with("is")
            || with_lower(w, |lw| {
                lw == "others"
                    || lw
                        .strip_suffix("ies")
                        .is_some_and(|b| lexicon::PERSON_HEAD_WORDS.contains(&format!("{b}y")))
                    || lw
                        .strip_suffix("es")
                        .is_some_and(|b| lexicon::PERSON_HEAD_WORDS.contains(b))
                    || lw.strip_suffix('s').is_some_and(|b| {
                        !b.ends_with('s') && lexicon::PERSON_HEAD_WORDS.contains(b)
                    })
            }))
}

/// A one-word name for people in the plural, which `it` never means: a demonym's
/// (`Americans`, `Israelis`), a party's (`Democrats`, `Tories`) or an acronym's (`PACs`).
fn is_people_plural(name: &str) -> bool {
    let Some(singular) = name.strip_suffix('s') else {
        return false;
    };
    is_demonym(singular) || lexicon::NAME_MODIFIERS.has(name) || is_acronym(singular)
}

/// The gender a head noun tells (`spokeswoman`, `businessman`), if any.
fn head_gender(head: &str) -> Option<Gender> {
    if lexicon::MALE_HEADS.contains(head) {
        Some(Gender::Male)
    } else if lexicon::FEMALE_HEADS.contains(head) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// An age used as a noun: `30-year-old`.
fn is_age(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The lookup key of a speaker's name: the lower-case surname of a person, the whole
/// lower-case name of an organisation.
fn key_of(name: &str, org: bool) -> String {
    if org {
        name.to_lowercase()
    } else {
        lower(surname(name))
    }
}

/// Whether the words of a description between its determiner and its head (`press` in `the
/// press release`, `influential` in `The influential delegate`) all stand in `antecedent`,
/// the phrase found for it: `a solo release` is another release, `a tumultuous delegate
/// battle` no delegate.
fn modifiers_within(description: &str, head: &str, antecedent: &str) -> bool {
    let head_first = head.split(' ').next().unwrap_or(head);
    description
        .split(' ')
        .skip(1)
        .take_while(|w| !same_word(w, head_first))
        .all(|w| antecedent.split(' ').any(|x| same_word(w, x)))
}

/// The indefinite description a definite one refers to: `the third official` →
/// `a third administration official`, searched backwards from `at`; with where it starts.
fn antecedent(src: &str, at: usize, head: &str, ordinal: Option<&str>) -> Option<(String, usize)> {
    let (offset, window) = window(src, at.saturating_sub(NOMINAL_LOOKBACK), at);
    // Heads are lower-case words; a capitalized one (`Official`) is a title, not a head.
    let lw = window;
    let mut end = lw.len();
    while let Some(p) = lw.get(..end).and_then(|s| s.rfind(head)) {
        end = p;
        let after_ok = lw
            .get(p + head.len()..)
            .and_then(|s| s.chars().next())
            .is_none_or(|c| !c.is_alphanumeric());
        let before_ok = lw
            .get(..p)
            .and_then(|s| s.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        if !after_ok || !before_ok {
            continue;
        }
        // Look back up to six words for `a`/`an`/`another`.
        let toks = tokenize(window, p.saturating_sub(80), p + head.len());
        let n = toks.len();
        let last6 = toks.get(n.saturating_sub(7)..).unwrap_or(&[]);
        let Some(det) = last6
            .iter()
            .rposition(|t| matches!(lower_small(t.text(window)).as_str(), "a" | "an" | "another"))
        else {
            continue;
        };
        let phrase = last6.get(det..).unwrap_or(&[]);
        if phrase.iter().any(|t| !t.is_word()) {
            continue;
        }
        let words: Vec<String> = phrase.iter().map(|t| lower(t.text(window))).collect();
        // The head must be the phrase's own: not `a licence from the company`, `a draft of the
        // book` (but `a panel of judges`).
        let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
        if inner.iter().any(|w| {
            w != "of" && lexicon::PREPOSITIONS.contains(w.as_str())
                || lexicon::DETERMINERS.contains(w.as_str())
        }) {
            continue;
        }
        let ord = words
            .iter()
            .find(|w| ORDINALS.contains(&w.as_str()))
            .map(String::as_str);
        if ord == ordinal || ordinal.is_none() && ord.is_none() {
            let (a, b) = (phrase.first()?.start, phrase.last()?.end);
            return Some((sub(window, a, b).to_owned(), offset + a));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_relation_noun_is_longer_than_the_bound_the_search_reads() {
        assert!(
            lexicon::RELATION_NOUNS
                .words()
                .all(|w| w.len() <= MAX_RELATION_NOUN)
        );
        assert!(
            lexicon::RELATION_NOUNS
                .words()
                .any(|w| w.len() == MAX_RELATION_NOUN)
        );
    }

    #[test]
    fn a_relation_is_read_from_a_possessive_before_a_name() {
        for (before, noun) in [
            ("Pictures show her son", Some("son")),
            ("The actor's close friend", Some("friend")),
            ("Her publicist,", Some("publicist")),
            ("Trump’s granddaughter", Some("granddaughter")),
            ("He thanked his wife", Some("wife")),
            // (A comma inside a sentence closes a clause: the name opens the next.)
            ("After visiting her sister,", None),
            // (Three words between: no relation read.)
            ("her very old school friend", None),
            ("a friend", None),
            ("friend", None),
            ("the singer", None),
            ("", None),
        ] {
            assert_eq!(possessed_relation(before), noun, "{before}");
        }
    }

    #[test]
    fn names_by_a_word_are_counted_in_the_order_the_text_gives_them() {
        let mut map = NamesBy::default();
        let [price, ned, ann] = ["Price", "Ned Price", "Ann Price"].map(Cow::Borrowed);
        count_name(&mut map, "Price", &ned);
        assert!(matches!(
            map.get(&Folded("price")),
            Some(NameCounts::One(_))
        ));
        count_name(&mut map, "Price", &ned);
        count_name(&mut map, "Price", &ann);
        count_name(&mut map, "Price", &price);
        count_name(&mut map, "Price", &ann);
        let counts: Vec<(&str, usize)> = map
            .get(&Folded("PRICE"))
            .map(|v| v.iter().map(|(n, c)| (n.as_ref(), *c)).collect())
            .unwrap_or_default();
        assert_eq!(counts, [("Ned Price", 2), ("Ann Price", 2), ("Price", 1)]);
        assert_eq!(
            map.get(&Folded("Price")).and_then(|v| pick(v, |_| true)),
            Some("Ned Price")
        );
    }

    #[test]
    fn he_and_she_are_found_as_words() {
        assert!(has_he_or_she("and then she said") && has_he_or_she("he"));
        assert!(!has_he_or_she("the theme, shed them") && !has_he_or_she(""));
    }

    #[test]
    fn the_search_for_a_capital_finds_what_a_byte_at_a_time_would() {
        crate::parse::chars::tests::check_against_bytes(
            capital_or_lead,
            may_open_capital,
            &[
                "",
                "a",
                "all lower case words without any capital at all here",
                "lower case then Name",
                "exactly8Z",
                "@[`{ punctuation around the letters AZ",
                "caf\u{e9} na\u{ef}ve then \u{c9}mile",
                "it\u{2019}s a \u{201c}quote\u{201d}",
                "\u{df}\u{e0} \u{c2}\u{a0}nbsp then Z",
            ],
        );
    }

    #[test]
    fn every_preposition_is_as_short_as_the_backward_read_assumes() {
        assert!(
            lexicon::PREPOSITIONS.words().all(|w| {
                w.len() <= MAX_PREPOSITION && w.bytes().all(|b| b.is_ascii_lowercase())
            })
        );
    }
}
