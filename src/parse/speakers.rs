//! Speaker resolution: every attribution's mention resolved to one speaker of the article.
//!
//! # Rules
//! ```text
//! named mention    → strip honorifics and titles (Mr., Sen., spokesman) into a role;
//!                    one word → the full name in the article that ends (or starts) with it;
//!                    several → the fullest known form with the same surname.
//! definite nominal → the earlier description with the same head and ordinal
//!   (the third official → a third administration official)
//! indefinite       → a new speaker (a senior US administration official)
//! pronoun          → he/she: the most recent compatible person (speaker or name in text);
//!                    they/it: the most recent organisation or group
//! organisation     → by its fullest form (The Post → The Washington Post)
//! ```
//! Ambiguous mentions stay their own speaker rather than being guessed.
//!
//! # Examples
//! `State Department spokesman Ned Price` … `Price said` → one speaker "Ned Price", role
//! "State Department spokesman".
//!
//! # Diagnostics emitted
//! None.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::model::{Quote, Speaker, SpeakerKind};
use crate::parse::chars::{is_space, sub};
use crate::parse::lexicon::{self, Fnv};
use crate::parse::words::{Tok, Tokens, is_capitalized, lower, tokenize, with_lower};
use crate::span::Span;

/// How far back a definite description looks for the description it refers to, in bytes.
const NOMINAL_LOOKBACK: usize = 8_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// A person or organisation name found anywhere in the text.
#[derive(Debug, Clone)]
struct NameOcc {
    start: usize,
    name: String,
    /// Looks like a person's name (not a place, event or thing).
    person: bool,
    /// Opens a sentence (the sentence's subject, most likely).
    subject: bool,
    /// Stands inside a quotation.
    quoted: bool,
    gender: Option<Gender>,
    /// The last title word before the name that heads definite descriptions, lower case:
    /// `president` in `President Barack Obama` (for `the president`).
    title_head: Option<&'static str>,
}

/// What the article's text says about names: every capitalized name run, by position.
#[derive(Debug, Default)]
struct NameIndex {
    occurrences: Vec<NameOcc>,
    /// Last word (lower case) → full names (two words or more) with their counts.
    by_last: HashMap<String, Vec<(String, usize)>>,
    /// First word (lower case) → full names.
    by_first: HashMap<String, Vec<(String, usize)>>,
    /// Last word (lower case) → organisation names of two words or more (`New York Times`).
    orgs_by_last: HashMap<String, Vec<(String, usize)>>,
    /// Names that stand after a title or honorific somewhere (`President Obama`).
    titled: HashSet<String>,
    /// One-word names used in the text (`Obama`).
    alone: HashSet<String>,
    /// The gender the text tells for a name (honorifics, given names).
    genders: HashMap<String, Gender>,
}

impl NameIndex {
    /// Index the names of `units`; the first is the headline when `has_headline`.
    fn build(src: &str, units: &[Span], has_headline: bool) -> Self {
        let mut idx = NameIndex::default();
        for (ui, u) in units.iter().enumerate() {
            let in_headline = has_headline && ui == 0;
            let bytes = src.as_bytes();
            let mut i = u.start();
            // Jump from one capitalized word start to the next; tokenize only the runs.
            while i < u.end() {
                let Some(&b) = bytes.get(i) else { break };
                let word_start = i == u.start()
                    || bytes.get(i - 1).is_some_and(|p| {
                        matches!(
                            p,
                            b' ' | b'\n' | b'\t' | b'(' | b'"' | b'\'' | b'/' | 0x9c | 0x98 | 0x94
                        )
                    });
                let upper = b.is_ascii_uppercase()
                    || b >= 0xC3
                        && src
                            .get(i..)
                            .and_then(|t| t.chars().next())
                            .is_some_and(char::is_uppercase);
                if !(word_start && upper) {
                    i += 1;
                    continue;
                }
                let run: Vec<Tok> = Tokens::new(src, i, u.end())
                    .take_while(|t| {
                        t.is_word() && (is_capitalized(t.text(src)) || is_particle(t.text(src)))
                    })
                    .take(8)
                    .collect();
                let run = run.as_slice();
                if !run.is_empty() {
                    // A name that opens a sentence is its subject: the likeliest antecedent.
                    let before = sub(src, u.start(), i).trim_end_matches(is_space);
                    let subject = before.is_empty()
                        || before.ends_with(['.', '!', '?', ':', '”', '"', '’', ';', '—']);
                    idx.add_run(src, run, subject, in_headline);
                }
                i = run.last().map_or(i + 1, |t| t.end.max(i + 1));
            }
        }
        // `before` searches by position.
        idx.occurrences.sort_by_key(|o| o.start);
        idx
    }

    fn add_run(&mut self, src: &str, run: &[Tok], subject: bool, in_headline: bool) {
        // A possessive ends the name: `Donald Trump’s campaign`.
        let mut words: Vec<&str> = Vec::with_capacity(run.len());
        for t in run {
            let w = t.text(src);
            let bare = strip_possessive(w);
            words.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        // Long runs are titles and headlines, not names — but a known given name and the word
        // after it inside one still name someone (`Hillary Clinton Goes After Donald Trump`).
        if words.len() > 5 {
            let given = |w: &str| {
                with_lower(w, |lw| {
                    lexicon::MALE_NAMES.contains(lw) || lexicon::FEMALE_NAMES.contains(lw)
                })
            };
            for (i, pair) in run.windows(2).enumerate() {
                if let [a, _] = pair {
                    if given(a.text(src)) && words.get(i + 1).is_some_and(|w| w.chars().count() > 2)
                    {
                        self.add_run(src, pair, subject && i == 0, in_headline);
                    }
                }
            }
            return;
        }
        if words.len() == 1 && words.first().is_some_and(|w| is_filler_word(w)) {
            return;
        }
        let org = words.iter().any(|w| lexicon::ORG_WORDS.has(w));
        let gender = gender_of(&words);
        let (role_words, name_words) = split_role(&words);
        let name_words: Vec<&str> = name_words
            .iter()
            .copied()
            .filter(|w| !is_filler_word(w))
            .collect();
        if name_words.is_empty()
            || !name_words
                .iter()
                .any(|w| w.chars().any(char::is_alphabetic))
        {
            return;
        }
        // Headline words and all-capitals runs are not people for pronouns to refer to.
        let shouting = name_words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase)
        });
        let person = !org
            && !in_headline
            && !shouting
            && name_words.iter().all(|w| !lexicon::NON_PERSON_WORDS.has(w));
        let titled = !role_words.is_empty();
        let title_head = role_words.iter().rev().find_map(|w| {
            with_lower(w, |lw| {
                let lw = lw.trim_end_matches('.');
                lexicon::TITLE_HEADS
                    .words()
                    .iter()
                    .copied()
                    .find(|h| *h == lw)
            })
        });
        let gender = gender.or_else(|| name_gender(&name_words));
        let name = name_words.join(" ");
        // Where the name starts (a possessive may have shortened its last word).
        let start = run
            .iter()
            .find(|t| {
                name_words
                    .first()
                    .is_some_and(|w| t.text(src).starts_with(*w))
            })
            .or(run.first())
            .map_or(0, |t| t.start);
        if name_words.len() >= 2 && !org {
            let last = lower(surname(&name_words));
            let first = lower(name_words.first().copied().unwrap_or(""));
            for (map, key) in [(&mut self.by_last, last), (&mut self.by_first, first)] {
                let entry = map.entry(key).or_default();
                match entry.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, c)) => *c += 1,
                    None => entry.push((name.clone(), 1)),
                }
            }
        }
        if name_words.len() >= 2 && org {
            let entry = self
                .orgs_by_last
                .entry(lower(name_words.last().copied().unwrap_or("")))
                .or_default();
            match entry.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => *c += 1,
                None => entry.push((name.clone(), 1)),
            }
        }
        if titled && !self.titled.contains(&name) {
            self.titled.insert(name.clone());
        }
        if name_words.len() == 1 && !self.alone.contains(&name) {
            self.alone.insert(name.clone());
        }
        if let Some(g) = gender {
            if !self.genders.contains_key(&name) {
                self.genders.insert(name.clone(), g);
            }
        }
        self.occurrences.push(NameOcc {
            start,
            name,
            person,
            subject,
            quoted: false,
            gender,
            title_head,
        });
    }

    /// The full name a one-word name stands for, when the article gives one.
    fn expand(&self, word: &str) -> Option<&str> {
        let key = lower(word);
        self.by_last
            .get(&key)
            .and_then(|v| pick(v))
            .or_else(|| self.by_first.get(&key).and_then(|v| pick(v)))
    }

    /// Mark the occurrences inside `spans` (sorted, disjoint) as quoted.
    fn mark_quoted(&mut self, spans: &[Span]) {
        let mut k = 0;
        for o in &mut self.occurrences {
            while spans.get(k).is_some_and(|s| s.end() <= o.start) {
                k += 1;
            }
            o.quoted = spans.get(k).is_some_and(|s| s.start() <= o.start);
        }
    }

    /// Whether the article treats a full name as a person's: a known given name, a title
    /// or honorific before it, or its surname used alone elsewhere.
    fn person_like(&self, full: &str) -> bool {
        let words: Vec<&str> = full.split(' ').collect();
        let last = surname(&words);
        name_gender(&words).is_some()
            || self.titled.contains(full)
            || self.titled.contains(last)
            || words.len() > 1 && self.alone.contains(last)
    }

    /// The gender the text gives a (full) name: honorifics with its surname, or its given name.
    fn gender_of_name(&self, full: &str) -> Option<Gender> {
        let words: Vec<&str> = full.split(' ').collect();
        let last = surname(&words);
        self.genders
            .get(full)
            .or_else(|| self.genders.get(last))
            .copied()
            .or_else(|| name_gender(&words))
    }

    /// The occurrences before `at`, most recent first, no further back than `reach` bytes.
    fn before(&self, at: usize, reach: usize) -> impl Iterator<Item = &NameOcc> {
        let k = self.occurrences.partition_point(|o| o.start < at);
        self.occurrences
            .get(..k)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(move |o| at.saturating_sub(o.start) <= reach)
    }

    /// The fullest organisation name ending like `name` (`the Times` → `New York Times`).
    fn fullest_org(&self, name: &str) -> Option<&str> {
        let last = lower(name.split(' ').next_back()?);
        fullest_in(self.orgs_by_last.get(&last)?, name)
    }

    /// The fullest form of a multi-word name: a known name with the same last word that
    /// contains all of its words.
    fn fullest(&self, name: &str) -> Option<&str> {
        let nw: Vec<&str> = name.split(' ').collect();
        fullest_in(self.by_last.get(&lower(surname(&nw)))?, name)
    }
}

/// The longest of `names` that contains every word of `name` (case aside).
fn fullest_in<'a>(names: &'a [(String, usize)], name: &str) -> Option<&'a str> {
    let words: Vec<String> = name.split(' ').map(lower).collect();
    names
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| {
            let nw: Vec<String> = n.split(' ').map(lower).collect();
            words.iter().all(|w| nw.contains(w))
        })
        .max_by_key(|n| n.len())
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
fn surname<'a>(words: &[&'a str]) -> &'a str {
    let mut k = words.len();
    while k > 1
        && words.get(k - 1).is_some_and(|w| {
            matches!(
                lower(w).trim_end_matches(['.', ',']),
                "jr" | "sr" | "ii" | "iii" | "iv"
            )
        })
    {
        k -= 1;
    }
    words.get(k.saturating_sub(1)).copied().unwrap_or("")
}

/// The most frequent name of a list (the first on ties).
fn pick(v: &[(String, usize)]) -> Option<&str> {
    let mut best: Option<&(String, usize)> = None;
    for e in v {
        if best.is_none_or(|b| e.1 > b.1) {
            best = Some(e);
        }
    }
    best.map(|(n, _)| n.as_str())
}

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

/// Sentence-opening capitalized words that are not names.
fn is_filler_word(w: &str) -> bool {
    with_lower(w, is_filler_lower)
}

fn is_filler_lower(lw: &str) -> bool {
    // One lookup in the union of the tables, built once.
    static FILLERS: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    let fillers = FILLERS.get_or_init(|| {
        let mut set: HashSet<&'static str, BuildHasherDefault<Fnv>> = HashSet::default();
        for list in [
            &lexicon::DETERMINERS,
            &lexicon::EDGE_WORDS,
            &lexicon::INTRO_WORDS,
            &lexicon::WEEKDAYS,
        ] {
            set.extend(list.words().iter().copied());
        }
        set.extend([
            "i", "he", "she", "they", "we", "it", "you", "mr", "mrs", "ms",
        ]);
        set
    });
    fillers.contains(lw) || lexicon::MONTHS.contains(&lw.trim_end_matches('.'))
}

/// The gender a given name tells, if the tables know it.
fn name_gender(name_words: &[&str]) -> Option<Gender> {
    let first = lower(name_words.first()?);
    if name_words.len() < 2 {
        return None;
    }
    if lexicon::MALE_NAMES.contains(&first.as_str()) {
        Some(Gender::Male)
    } else if lexicon::FEMALE_NAMES.contains(&first.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn gender_of(words: &[&str]) -> Option<Gender> {
    words.iter().find_map(|w| {
        with_lower(w, |lw| {
            let lw = lw.trim_end_matches('.');
            if lexicon::MALE_HONORIFICS.contains(&lw) {
                Some(Gender::Male)
            } else if lexicon::FEMALE_HONORIFICS.contains(&lw) {
                Some(Gender::Female)
            } else {
                None
            }
        })
    })
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
    !w.chars().next().is_some_and(char::is_uppercase) && !is_particle(w)
        || with_lower(w, |lw| {
            let lw = lw.trim_end_matches('.');
            lexicon::HONORIFICS.contains(&lw) || lexicon::NOMINAL_HEADS.contains(&lw)
        })
}

/// What a mention is.
#[derive(Debug)]
enum Reading {
    Pronoun(&'static str),
    Nominal {
        definite: bool,
        head: String,
        ordinal: Option<String>,
    },
    Named {
        name: String,
        role: Option<String>,
        org: bool,
        gender: Option<Gender>,
    },
}

fn read_mention(text: &str) -> Reading {
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
    let (main, appositive) = match text.split_once(", ") {
        Some((m, a)) => (m, Some(a.trim_end_matches(',').trim())),
        None => (text, None),
    };
    // `Mr. Morgan of the Sierra Club`: the person before `of`, the rest a role.
    let (main, appositive) = match main.split_once(" of ") {
        Some((m, rest))
            if m.split(' ')
                .next_back()
                .is_some_and(|w| is_capitalized(w) && !is_title_word(w))
                && m.split(' ').count() <= 4 =>
        {
            (m, appositive.or(Some(rest)))
        }
        _ => (main, appositive),
    };
    let words: Vec<&str> = main.split_whitespace().collect();
    let lw: Vec<String> = words.iter().map(|w| lower(w)).collect();
    if let [one] = lw.as_slice() {
        for p in ["he", "she", "they", "it", "we", "i", "you", "who", "which"] {
            if one == p {
                return Reading::Pronoun(p);
            }
        }
    }
    let first = lw.first().map(String::as_str).unwrap_or("");
    // A capitalized name after the determiner (`the Post`, `the Clinton campaign`) makes it
    // a name, not an unnamed description.
    let has_name = words.iter().skip(1).any(|w| {
        is_capitalized(w)
            && (!is_title_word(w) || lexicon::ORG_WORDS.has(w))
            && !matches!(lower(w).as_str(), "us" | "u.s." | "white" | "house")
    });
    if lexicon::DETERMINERS.contains(&first) && !has_name
        || words.iter().all(|w| !is_capitalized(w))
    {
        let definite = matches!(first, "the" | "this" | "that" | "these" | "those");
        let head = lw
            .iter()
            .rev()
            .find(|w| lexicon::NOMINAL_HEADS.contains(&w.as_str()))
            .or(lw.last())
            .cloned()
            .unwrap_or_default();
        let ordinal = lw.iter().find(|w| ORDINALS.contains(&w.as_str())).cloned();
        return Reading::Nominal {
            definite,
            head,
            ordinal,
        };
    }
    let gender = gender_of(&words);
    let (role_words, person_words) = split_role(&words);
    // An organisation when the name part has an organisation word (`The Post`, `CNN`), or
    // when no person name is left after the titles (`the White House`).
    let is_org_word = |w: &&str| lexicon::ORG_WORDS.has(w);
    let org = person_words.iter().any(is_org_word)
        || person_words.is_empty() && words.iter().any(is_org_word)
        || words.len() == 1
            && words.iter().all(|w| {
                w.len() > 1
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            });
    let (role_words, name_words) = if org {
        (&[][..], words.as_slice())
    } else {
        (role_words, person_words)
    };
    let name_words: Vec<&str> = name_words
        .iter()
        .copied()
        .filter(|w| {
            if org {
                !lexicon::DETERMINERS.has(w)
            } else {
                !is_filler_word(w)
            }
        })
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
    let mut name = name_words.join(" ");
    name = name
        .trim_end_matches(['’', '\''])
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_owned();
    let role = (!role_words.is_empty())
        .then(|| {
            role_words
                .iter()
                .copied()
                .filter(|w| !is_filler_word(w))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| !r.is_empty() && !is_honorific_only(r))
        .or_else(|| appositive.map(|a| strip_article(a).to_owned()));
    Reading::Named {
        name,
        role,
        org,
        gender,
    }
}

const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "another", "other",
];

fn is_honorific_only(r: &str) -> bool {
    r.split(' ').all(|w| {
        let lw = lower(w);
        matches!(
            lw.trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "dr" | "miss" | "sir"
        )
    })
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
/// How many recently mentioned speakers a pronoun considers.
const RECENT: usize = 16;

/// Build the speaker table and point every attribution at its speaker.
///
/// Every lookup is by hash or over a bounded window, so the pass is linear in the text.
pub(crate) fn resolve(
    src: &str,
    units: &[Span],
    has_headline: bool,
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
    let upto = units
        .iter()
        .position(|u| u.end() >= last_mention)
        .map_or(units.len(), |i| i + 1);
    let mut index = NameIndex::build(src, units.get(..upto).unwrap_or(units), has_headline);
    // Names inside quotations are not antecedents of later pronouns.
    let quoted: Vec<Span> = quotes
        .iter()
        .flat_map(|q| q.pieces.iter().map(|p| p.content_span))
        .collect();
    index.mark_quoted(&quoted);
    let mut r = Resolver {
        index,
        ..Resolver::default()
    };
    for q in quotes.iter_mut() {
        let Some(att) = q.attribution.as_mut() else {
            continue;
        };
        let mspan = att.mention.span;
        let id = r.resolve_mention(src, &att.mention.text, mspan.start());
        r.mentioned(id, mspan);
        att.speaker = Some(id);
    }
    let mut speakers = r.speakers;
    for s in &mut speakers {
        s.mentions.sort();
    }
    speakers
}

/// The speaker table under construction, with its lookup maps.
#[derive(Debug, Default)]
struct Resolver {
    index: NameIndex,
    speakers: Vec<Speaker>,
    genders: Vec<Option<Gender>>,
    /// Lower-case surname (persons) or whole name (organisations) → speaker ids.
    by_key: HashMap<String, Vec<usize>>,
    /// Lower-case name of unnamed descriptions → id.
    nominal_by_name: HashMap<String, usize>,
    /// (head, ordinal) of unnamed descriptions → the latest id.
    nominal_by_head: HashMap<(String, Option<String>), usize>,
    /// Recently mentioned speakers, most recent last, with the position of that mention.
    recent: Vec<(usize, usize)>,
}

impl Resolver {
    fn resolve_mention(&mut self, src: &str, text: &str, at: usize) -> usize {
        match read_mention(text) {
            Reading::Pronoun(p) => match self.resolve_pronoun(p, at) {
                Some(name) => self.named(&name, None, false, None),
                None => self.add(text.to_owned(), None, SpeakerKind::Unresolved, None),
            },
            Reading::Nominal {
                definite,
                head,
                ordinal,
            } => {
                let key = (head.clone(), ordinal.clone());
                let existing = if definite {
                    self.nominal_by_head.get(&key).copied()
                } else {
                    self.nominal_by_name.get(&text.to_lowercase()).copied()
                };
                if let Some(id) = existing {
                    return id;
                }
                if definite && ordinal.is_none() && lexicon::TITLE_HEADS.contains(&head.as_str()) {
                    if let Some(name) = self.titled_person(at, &head) {
                        return self.named(&name, None, false, None);
                    }
                }
                let name = if definite {
                    antecedent(src, at, &head, ordinal.as_deref())
                        .unwrap_or_else(|| text.to_owned())
                } else {
                    text.to_owned()
                };
                let lname = name.to_lowercase();
                if let Some(&id) = self.nominal_by_name.get(&lname) {
                    self.nominal_by_head.insert(key, id);
                    return id;
                }
                let id = self.add(name, None, SpeakerKind::Nominal, None);
                self.nominal_by_name.insert(lname, id);
                self.nominal_by_head.insert(key, id);
                id
            }
            Reading::Named {
                name,
                role,
                org,
                gender,
            } => self.named(&name, role, org, gender),
        }
    }

    fn mentioned(&mut self, id: usize, span: Span) {
        if let Some(s) = self.speakers.get_mut(id) {
            if s.mentions.last() != Some(&span) {
                s.mentions.push(span);
            }
            s.quotes += 1;
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

    /// The speaker a name (person or organisation) refers to, added if new.
    fn named(
        &mut self,
        name: &str,
        role: Option<String>,
        org: bool,
        gender: Option<Gender>,
    ) -> usize {
        let words: Vec<String> = name.split(' ').map(lower).collect();
        // The canonical form: the fullest name the article gives.
        let canonical: String = if org {
            self.index
                .fullest_org(name)
                .map_or_else(|| name.to_owned(), str::to_owned)
        } else if words.len() == 1 {
            self.index
                .expand(name)
                .map_or_else(|| name.to_owned(), str::to_owned)
        } else {
            self.index
                .fullest(name)
                .map_or_else(|| name.to_owned(), str::to_owned)
        };
        if !canonical.chars().any(char::is_alphabetic) {
            return self.add(canonical, role, SpeakerKind::Unresolved, gender);
        }
        let cw: Vec<String> = canonical.split(' ').map(lower).collect();
        let candidates = self
            .by_key
            .get(&key_of(&canonical, org))
            .cloned()
            .unwrap_or_default();
        let found = candidates.into_iter().find(|&i| {
            self.speakers.get(i).is_some_and(|s| {
                let sw: Vec<String> = s.name.split(' ').map(lower).collect();
                sw == cw
                    || !org
                        && (sw.iter().all(|w| cw.contains(w)) || cw.iter().all(|w| sw.contains(w)))
            })
        });
        if let Some(i) = found {
            if let Some(s) = self.speakers.get_mut(i) {
                if canonical.len() > s.name.len() {
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
        let kind = if org {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let gender = gender.or_else(|| self.index.gender_of_name(&canonical));
        self.add(canonical, role, kind, gender)
    }

    /// The name a pronoun at `at` refers to: the more recent of the last compatible speaker
    /// and the last compatible person named in the text; else the person named most often.
    fn resolve_pronoun(&self, p: &str, at: usize) -> Option<String> {
        let want = match p {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        };
        let person = matches!(p, "he" | "she" | "i" | "who");
        let compatible = |g: Option<Gender>| want.is_none() || g.is_none() || g == want;
        let from_speakers = self.recent.iter().rev().find_map(|&(id, pos)| {
            let s = self.speakers.get(id)?;
            let g = self.genders.get(id).copied().flatten();
            let kind_ok = if person {
                // A person, not a place or a thing a bad mention made into a speaker.
                s.kind == SpeakerKind::Person
                    && s.name.split(' ').all(|w| !lexicon::NON_PERSON_WORDS.has(w))
                    && (s.name.contains(' ') || self.index.alone.contains(&s.name))
            } else {
                // `they` and `it`: an organisation, or a group (`officials`).
                s.kind == SpeakerKind::Organisation
                    || s.kind == SpeakerKind::Nominal && p == "they" && s.name.ends_with('s')
            };
            (kind_ok && compatible(g)).then_some((s.name.as_str(), pos))
        });
        let index = &self.index;
        // The most recent person named in the text, preferring a sentence's subject.
        let from_text = if person {
            let candidate = |o: &NameOcc| -> Option<(String, usize)> {
                let full = if o.name.contains(' ') {
                    index.fullest(&o.name).unwrap_or(&o.name)
                } else {
                    index.expand(&o.name).unwrap_or(&o.name)
                };
                if !index.person_like(full) {
                    return None;
                }
                let g = o.gender.or_else(|| index.gender_of_name(full));
                compatible(g).then(|| (full.to_owned(), o.start))
            };
            let usable = |o: &&NameOcc| o.person && !o.quoted;
            index
                .before(at, PRONOUN_REACH)
                .filter(usable)
                .filter(|o| o.subject)
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
        match (from_speakers, from_text) {
            (Some((s, l)), Some((t, o))) => Some(if o > l { t } else { s.to_owned() }),
            (Some((s, _)), None) => Some(s.to_owned()),
            (None, Some((t, _))) => Some(t),
            (None, None) if person => {
                // The person named most often in the text before it.
                let mut counts: HashMap<&str, usize> = HashMap::new();
                for o in index
                    .before(at, NOMINAL_LOOKBACK)
                    .filter(|o| o.person && compatible(o.gender))
                {
                    let full = if o.name.contains(' ') {
                        index.fullest(&o.name)
                    } else {
                        index.expand(&o.name)
                    };
                    if let Some(full) = full {
                        *counts.entry(full).or_insert(0) += 1;
                    }
                }
                counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(n, _)| n.to_owned())
            }
            (None, None) => None,
        }
    }

    /// A titled person named earlier: `the president` → `Barack Obama` when the text said
    /// `President Barack Obama` (or `President Obama`).
    fn titled_person(&self, at: usize, head: &str) -> Option<String> {
        let index = &self.index;
        let o = index
            .before(at, NOMINAL_LOOKBACK)
            .find(|o| o.person && o.title_head == Some(head))?;
        let full = if o.name.contains(' ') {
            index.fullest(&o.name).unwrap_or(&o.name)
        } else {
            index.expand(&o.name).unwrap_or(&o.name)
        };
        Some(full.to_owned())
    }
}

/// The lookup key of a speaker's name: the lower-case surname of a person, the whole
/// lower-case name of an organisation.
fn key_of(name: &str, org: bool) -> String {
    if org {
        name.to_lowercase()
    } else {
        let words: Vec<&str> = name.split(' ').collect();
        lower(surname(&words))
    }
}

/// The indefinite description a definite one refers to: `the third official` →
/// `a third administration official`, searched backwards from `at`.
fn antecedent(src: &str, at: usize, head: &str, ordinal: Option<&str>) -> Option<String> {
    let mut from = at.saturating_sub(NOMINAL_LOOKBACK);
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let window = sub(src, from, at);
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
            .rposition(|t| matches!(lower(t.text(window)).as_str(), "a" | "an" | "another"))
        else {
            continue;
        };
        let phrase = last6.get(det..).unwrap_or(&[]);
        if phrase.iter().any(|t| !t.is_word()) {
            continue;
        }
        let words: Vec<String> = phrase.iter().map(|t| lower(t.text(window))).collect();
        let ord = words
            .iter()
            .find(|w| ORDINALS.contains(&w.as_str()))
            .map(String::as_str);
        if ord == ordinal || ordinal.is_none() && ord.is_none() {
            let (a, b) = (phrase.first()?.start, phrase.last()?.end);
            return Some(sub(window, a, b).to_owned());
        }
    }
    None
}
