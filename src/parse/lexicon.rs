//! Word lists the grammar consults. Every list the parser uses lives here, so a rule is
//! changed by editing a table, not code.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::model::BoilerplateKind;
use crate::parse::words::{lower_packed, with_lower_bytes_unpacked};

/// A word list with constant-time lookup (a hash set built on first use). A list may be the
/// union of several tables, so that a subset is written once (see [`NOMINAL_HEADS`]).
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    also: &'static [&'static [&'static str]],
    set: OnceLock<WordTable<()>>,
}

/// Room a [`WordTable`] is built with, per word: most words looked up are in no table, and
/// a sparse table turns them away after fewer probes (linear probing in a table at most a
/// quarter full reads under 1.4 slots for a miss on average; at half full, 2.5).
const LOOKUP_ROOM: usize = 4;

/// Lower-case words, each with a value (`()` for a plain list), for lookups that are
/// mostly misses. A word of at most [`PACKED_BYTES`] bytes (nearly all) is packed into a
/// `u128` and found in an open-addressed table by one multiply and integer compares, with no
/// hashing of bytes and no `memcmp`; a longer one goes to a hash map. Only the tables' own
/// words are inserted, and the table is at most a quarter full, so that a crafted word
/// still ends its probe at the end of one of the tables' own short clusters.
#[derive(Debug)]
pub(crate) struct WordTable<T> {
    /// A byte of each slot's key's hash, with its high bit set; 0 marks an empty slot. A
    /// probe reads these first: sixteen times smaller than the keys, the tables' tags stay
    /// in the cache where their keys would not, and most words asked about are in no table.
    tags: Vec<u8>,
    /// Packed words; 0 marks an empty slot (no word packs to 0: words are not empty).
    keys: Vec<u128>,
    values: Vec<T>,
    /// `keys.len() - 1`; the length is a power of two.
    mask: usize,
    /// How far the hash is shifted to index the slots.
    shift: u32,
    long: std::collections::HashMap<Box<[u8]>, T, WordHashBuild>,
    longest: usize,
}

/// The longest word [`WordTable`] packs into a `u128`.
const PACKED_BYTES: usize = 16;

/// `lw` packed into a `u128`, little-endian and zero-padded, when it is 1 to
/// [`PACKED_BYTES`] bytes long.
#[inline]
pub(crate) fn pack(lw: &[u8]) -> Option<u128> {
    // (Two overlapping loads of eight or four bytes, the second shifted into place: no
    // byte loop, no call to `memcpy`.)
    let n = lw.len();
    let load8 = |at: usize| {
        lw.get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let load4 = |at: usize| {
        lw.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let (lo, hi) = match n {
        0 => return None,
        1..=3 => {
            let mut lo = 0u64;
            for (k, &b) in lw.iter().enumerate() {
                lo |= u64::from(b) << (8 * k);
            }
            (lo, 0)
        }
        4..=7 => (load4(0) | (load4(n - 4) << (8 * (n - 4))), 0),
        8 => (load8(0), 0),
        9..=PACKED_BYTES => (load8(0), load8(n - 8) >> (8 * (PACKED_BYTES - n))),
        _ => return None,
    };
    Some(u128::from(lo) | (u128::from(hi) << 64))
}

impl<T: Copy> WordTable<T> {
    /// The table of `entries`; a word given twice keeps the values `merge`d.
    pub(crate) fn new(
        entries: impl IntoIterator<Item = (Box<[u8]>, T)>,
        merge: impl Fn(&mut T, T),
    ) -> Self {
        let entries: Vec<(Box<[u8]>, T)> = entries.into_iter().collect();
        let room = (LOOKUP_ROOM * entries.len()).next_power_of_two().max(8);
        let mut table = WordTable {
            tags: vec![0; room],
            keys: vec![0; room],
            values: Vec::with_capacity(room),
            mask: room - 1,
            shift: u64::BITS - room.trailing_zeros(),
            long: std::collections::HashMap::default(),
            longest: 0,
        };
        // (Values are written where their keys go; a slot never filled keeps the first
        // entry's value, read by no lookup: its key is 0.)
        let Some(&(_, filler)) = entries.first() else {
            return table;
        };
        table.values.resize(room, filler);
        for (word, value) in entries {
            table.longest = table.longest.max(word.len());
            let Some(key) = pack(&word) else {
                match table.long.entry(word) {
                    std::collections::hash_map::Entry::Occupied(mut e) => merge(e.get_mut(), value),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(value);
                    }
                }
                continue;
            };
            let (mut i, tag) = table.slot(key);
            loop {
                match table.keys.get(i).copied() {
                    Some(0) => {
                        if let (Some(t), Some(k), Some(v)) = (
                            table.tags.get_mut(i),
                            table.keys.get_mut(i),
                            table.values.get_mut(i),
                        ) {
                            *t = tag;
                            *k = key;
                            *v = value;
                        }
                        break;
                    }
                    Some(k) if k == key => {
                        if let Some(v) = table.values.get_mut(i) {
                            merge(v, value);
                        }
                        break;
                    }
                    Some(_) => i = (i + 1) & table.mask,
                    None => break,
                }
            }
        }
        table
    }

    /// The first slot to probe for `key`, and the key's tag.
    #[inline]
    fn slot(&self, key: u128) -> (usize, u8) {
        // (The two halves folded, then a multiplicative hash: its high bits index, and the
        // seven below them make the tag.)
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        let hash = folded.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let tag = (hash >> self.shift.saturating_sub(7)) as u8 | 0x80;
        ((hash >> self.shift) as usize, tag)
    }

    /// The value of `lw`, a word already in lower case.
    #[inline]
    pub(crate) fn get(&self, lw: &[u8]) -> Option<T> {
        if lw.len() > self.longest {
            return None;
        }
        let Some(key) = pack(lw) else {
            return self.long.get(lw).copied();
        };
        self.get_packed(key)
    }

    /// The value of `word` in any case (’ read as '): a short ASCII word lowered and packed
    /// in registers ([`lower_packed`]), any other lowered into bytes first.
    #[inline]
    pub(crate) fn get_any_case(&self, word: &str) -> Option<T> {
        match lower_packed(word.as_bytes()) {
            Some(key) => self.get_packed(key),
            None => with_lower_bytes_unpacked(word, |lw| self.get(lw)),
        }
    }

    /// The value of the word that packs to `key` ([`pack`]), already in lower case.
    #[inline]
    pub(crate) fn get_packed(&self, key: u128) -> Option<T> {
        let (mut i, tag) = self.slot(key);
        loop {
            let t = *self.tags.get(i)?;
            if t == tag && self.keys.get(i) == Some(&key) {
                return self.values.get(i).copied();
            }
            if t == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The longest word, in bytes.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }
}

/// FNV-1a: a fast hash for short, trusted keys (the tables' own words).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A word hasher for the static tables: eight bytes per multiply (FNV takes one). Only the
/// tables' own words are inserted with it, so crafted input cannot crowd a bucket.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHash(u64);

impl WordHash {
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            for (d, s) in word.iter_mut().zip(rest) {
                *d = *s;
            }
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// Build [`WordHash`]es.
pub(crate) type WordHashBuild = BuildHasherDefault<WordHash>;

impl Lexicon {
    const fn new(words: &'static [&'static str]) -> Self {
        Lexicon::union(words, &[])
    }

    /// The words of all the tables.
    const fn union(
        words: &'static [&'static str],
        also: &'static [&'static [&'static str]],
    ) -> Self {
        Lexicon {
            words,
            also,
            set: OnceLock::new(),
        }
    }

    /// The words, in table order.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.words
            .iter()
            .chain(self.also.iter().flat_map(|t| t.iter()))
            .copied()
    }

    /// Whether `lw`, already lower case, is in the list.
    pub(crate) fn contains<S: AsRef<str> + ?Sized>(&self, lw: &S) -> bool {
        self.contains_bytes(lw.as_ref().as_bytes())
    }

    fn word_set(&self) -> &WordTable<()> {
        self.set.get_or_init(|| {
            WordTable::new(
                self.words().map(|w| (Box::from(w.as_bytes()), ())),
                |_, ()| {},
            )
        })
    }

    /// [`Lexicon::contains`] for a word already lower-cased into bytes.
    pub(crate) fn contains_bytes(&self, lw: &[u8]) -> bool {
        self.word_set().get(lw).is_some()
    }

    /// Whether the two words `first second`, already lower case, with one space between,
    /// are in the list (`known as`).
    pub(crate) fn contains_pair(&self, first: &[u8], second: &[u8]) -> bool {
        let n = first.len() + 1 + second.len();
        if n > self.word_set().longest() {
            return false;
        }
        let mut buf = [0u8; 64];
        let Some(two) = buf.get_mut(..n) else {
            return self.contains_bytes(&[first, b" ", second].concat());
        };
        let (head, tail) = two.split_at_mut(first.len());
        head.copy_from_slice(first);
        if let Some((space, rest)) = tail.split_first_mut() {
            *space = b' ';
            rest.copy_from_slice(second);
        }
        self.contains_bytes(two)
    }

    /// Whether `word`, in any case (’ read as '), is in the list.
    pub(crate) fn has(&self, word: &str) -> bool {
        // (An ASCII word keeps its length in lower case: one longer than every word of the
        // list is not in it, and is not lower-cased to find that out.)
        let set = self.word_set();
        if word.len() > set.longest() && word.is_ascii() {
            return false;
        }
        set.get_any_case(word).is_some()
    }
}

/// Month names and abbreviations (lower case, without the period).
pub(crate) static MONTHS: Lexicon = Lexicon::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]);

/// Weekday names and abbreviations (lower case).
pub(crate) static WEEKDAYS: Lexicon = Lexicon::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
]);

/// Lines of web furniture, matched case-insensitively at the start of a short block.
pub(crate) const BOILERPLATE: &[(&str, BoilerplateKind)] = &[
    ("leave a reply", BoilerplateKind::Comments),
    ("leave a comment", BoilerplateKind::Comments),
    (
        "your email address will not be published",
        BoilerplateKind::Comments,
    ),
    ("required fields are marked", BoilerplateKind::Comments),
    ("post a comment", BoilerplateKind::Comments),
    ("comments are closed", BoilerplateKind::Comments),
    ("view comments", BoilerplateKind::Comments),
    ("join the conversation", BoilerplateKind::Comments),
    ("share this", BoilerplateKind::Share),
    ("share on ", BoilerplateKind::Share),
    ("share:", BoilerplateKind::Share),
    ("tweet this", BoilerplateKind::Share),
    ("follow us on", BoilerplateKind::Share),
    ("follow @", BoilerplateKind::Share),
    ("like us on facebook", BoilerplateKind::Share),
    ("sign up for", BoilerplateKind::Share),
    ("subscribe to", BoilerplateKind::Share),
    ("subscribe now", BoilerplateKind::Share),
    ("click here to", BoilerplateKind::Navigation),
    ("read more", BoilerplateKind::Navigation),
    ("read next", BoilerplateKind::Navigation),
    ("related:", BoilerplateKind::Navigation),
    ("related articles", BoilerplateKind::Navigation),
    ("related stories", BoilerplateKind::Navigation),
    ("see also:", BoilerplateKind::Navigation),
    ("more from ", BoilerplateKind::Navigation),
    ("post navigation", BoilerplateKind::Navigation),
    ("previous article", BoilerplateKind::Navigation),
    ("next article", BoilerplateKind::Navigation),
    ("advertisement", BoilerplateKind::Advertisement),
    ("sponsored content", BoilerplateKind::Advertisement),
    ("story continues below", BoilerplateKind::Advertisement),
    ("copyright ", BoilerplateKind::Legal),
    ("©", BoilerplateKind::Legal),
    ("all rights reserved", BoilerplateKind::Legal),
    ("this material may not be published", BoilerplateKind::Legal),
];

/// Openings of affiliate disclosures and newsletter prompts, which run longer than the lines
/// of [`BOILERPLATE`] (to two sentences: `All products featured here are independently
/// selected by our editors. If you buy something through links on our site, we may earn an
/// affiliate commission.`), matched the same way.
pub(crate) const LONG_BOILERPLATE: &[(&str, BoilerplateKind)] = &[
    ("all products featured", BoilerplateKind::Advertisement),
    (
        "all products are independently",
        BoilerplateKind::Advertisement,
    ),
    ("we independently selected", BoilerplateKind::Advertisement),
    ("never miss a story", BoilerplateKind::Share),
    ("want more updates from", BoilerplateKind::Share),
    ("for more, sign up", BoilerplateKind::Share),
    ("skip past newsletter", BoilerplateKind::Navigation),
];

/// Openings of editor's notes and corrections (lower case, apostrophes as `'`).
pub(crate) const NOTE_OPENERS: &[&str] = &[
    "editor's note",
    "editors' note",
    "editor’s note",
    "correction:",
    "clarification:",
    "update:",
    "updated:",
    "this story has been updated",
    "this article has been updated",
    "an earlier version of this",
];

/// Phrases that make a block a contributor line (lower case).
pub(crate) const CONTRIBUTOR_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "contributed to this article",
    "also contributed",
];

/// Openings of contributor lines that name the people after them (lower case).
pub(crate) const CONTRIBUTOR_OPENERS: &[&str] = &[
    "contributing:",
    "additional reporting by",
    "reporting by",
    "with reporting by",
    "reporting contributed by",
];

/// Speech cue verbs, base forms. Regular inflections (`-s`, `-ed`, `-ing`) are recognized
/// by [`crate::parse::words`]; irregular forms are listed in [`CUE_IRREGULAR`].
pub(crate) static CUE_VERBS: Lexicon = Lexicon::new(&[
    "say",
    "tell",
    "add",
    "ask",
    "write",
    "tweet",
    "explain",
    "note",
    "argue",
    "warn",
    "insist",
    "state",
    "declare",
    "continue",
    "recall",
    "remember",
    "reply",
    "respond",
    "claim",
    "acknowledge",
    "admit",
    "announce",
    "suggest",
    "observe",
    "remark",
    "emphasize",
    "emphasise",
    "stress",
    "predict",
    "concede",
    "quip",
    "joke",
    "shout",
    "yell",
    "scream",
    "chant",
    "post",
    "testify",
    "counter",
    "caution",
    "complain",
    "lament",
    "boast",
    "brag",
    "vow",
    "promise",
    "pledge",
    "conclude",
    "opine",
    "muse",
    "charge",
    "allege",
    "contend",
    "maintain",
    "assert",
    "reiterate",
    "confirm",
    "exclaim",
    "thunder",
    "sigh",
    "laugh",
    "retort",
    "report",
    "wonder",
    "agree",
    "disagree",
    "demand",
    "urge",
    "blast",
    "slam",
    "mock",
    "recount",
    "answer",
    "speculate",
    "echo",
    "interject",
    "whisper",
    "mutter",
    "proclaim",
    "cry",
    "begin",
    "gloat",
    "bark",
    "beam",
    "blare",
    "retaliate",
    "boom",
    "snark",
    "snipe",
    "jab",
    "needle",
    "taunt",
    "tease",
    "hint",
    "pronounce",
    "assess",
    "tout",
    "scoff",
    "snap",
    "rail",
    "fume",
    "plead",
    "pray",
    "preach",
    "insist",
    "reason",
    "reflect",
    "recollect",
    "reveal",
    "concur",
    "deny",
    "dismiss",
    "describe",
    "predict",
    "acknowledge",
    "underscore",
    "highlight",
    "mention",
    "joke",
    "quote",
    "relay",
    "repeat",
    "stress",
    "assure",
    "vent",
    "ask",
    "inquire",
    "query",
    "question",
    "gush",
    "rave",
    "marvel",
    "grumble",
    "groan",
    "protest",
    "object",
    "elaborate",
    "clarify",
    "specify",
    "summarize",
    "conclude",
    "declare",
    "advise",
    "instruct",
    "order",
    "command",
    "beg",
    "implore",
    "sing",
    "express",
    "read",
    "accuse",
]);

/// Cue verbs whose bare form is more often a noun (`state prosecutor`, `a report card`,
/// `the Indian state`): as a cue, the bare form must be followed by its object or
/// complement, not by a lower-case content word.
pub(crate) static CUES_ALSO_NOUNS: Lexicon = Lexicon::new(&[
    "state", "report", "claim", "question", "answer", "order", "demand", "promise", "tweet",
    "post", "note", "charge", "counter", "comment", "reply", "request", "quote",
]);

/// Cue verbs of judging, whose object is the one judged (`accused the Tories of “…”`), in
/// the base form (`verb_base` finds them in any form). After a quote that closed its
/// sentence, such a cue with its object opens a statement of its own (`“…” Critics had
/// accused Mr Hariri of …`).
pub(crate) const JUDGING_CUES: &[&str] = &["accuse"];

/// Cue verbs that never stand inverted before their subject (`“…,” said Price` inverts; `“Dark
/// Waters” describes the fight of a lawyer` does not): those that take an object, in all
/// their forms, and those whose object is the hearer ([`HEARER_CUES`]). One lookup: the test
/// runs for every cue after a quote.
pub(crate) static NON_INVERTING_CUES: Lexicon =
    Lexicon::union(OBJECT_CUE_WORDS, &[HEARER_CUE_WORDS]);

const OBJECT_CUE_WORDS: &[&str] = &[
    "describe",
    "describes",
    "described",
    "reflect",
    "reflects",
    "reflected",
    "take",
    "takes",
    "took",
    "taken",
    "express",
    "expresses",
    "expressed",
    "highlight",
    "highlights",
    "highlighted",
    "underscore",
    "underscores",
    "underscored",
    "accuse",
    "accuses",
    "accused",
];

/// Cue participles whose object stands before `of` in the active: right before `of` they
/// are passive, and their subject is the one judged (`a film accused of being …`).
pub(crate) static PASSIVE_BEFORE_OF: Lexicon = Lexicon::new(&["accused"]);

/// Cue verbs whose object is the hearer, not the speaker: after them stands who was told
/// (`, told Bloomberg`), so they are never inverted (`, said Price`).
pub(crate) static HEARER_CUES: Lexicon = Lexicon::new(HEARER_CUE_WORDS);

const HEARER_CUE_WORDS: &[&str] = &[
    "tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
    "assured", "remind", "reminds", "reminded",
];

/// Words that open a verb's object or complement: `They state their goal`, `report that`,
/// `claim victory for him`.
pub(crate) static OBJECT_OPENERS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "him", "them", "us", "me", "it", "you", "what", "how", "why", "whether", "who", "when",
    "where", "if", "in", "on", "to", "at", "for", "with", "from", "by", "of", "about", "as", "no",
    "not", "some", "any", "all", "every",
]);

/// Irregular forms of cue verbs.
pub(crate) static CUE_IRREGULAR: Lexicon = Lexicon::new(&[
    "said",
    "says",
    "told",
    "wrote",
    "written",
    "began",
    "sang",
    "cried",
    "replied",
    "replies",
    "testified",
    "testifies",
    "denied",
    "denies",
    "clarified",
    "specified",
    "queried",
    "relayed",
    "echoes",
    "echoed",
    // (A form whose verb's other forms are no cue: `Mr. Manafort, citing ''the unique
    // magic of Trump,'' said …` — but `cited another “trap”`, `the phrase Grassley cited`,
    // `was cited as “…”` quote terms.)
    "citing",
]);

/// Cue verbs that only count with the particle after them: `pointed out`, `went on`.
pub(crate) const CUE_PARTICLES: &[(&str, &str)] = &[
    ("point", "out"),
    ("go", "on"),
    ("went", "on"),
    ("goes", "on"),
    ("shot", "back"),
    ("shoot", "back"),
    ("fire", "back"),
    ("chime", "in"),
    ("weigh", "in"),
    ("sum", "up"),
    ("spell", "out"),
    ("lay", "out"),
    ("laid", "out"),
    ("lash", "out"),
    ("call", "out"),
    ("cry", "out"),
    ("speak", "out"),
    ("spoke", "out"),
    ("put", "it"),
];

/// Sentence adverbials set off by commas between a subject and its verb (`Bush, however,
/// interjected`, `Ian Gibson, for example, urged`): no part of the subject's phrase.
pub(crate) const SENTENCE_ADVERBIALS: &[&str] = &[
    "however",
    "meanwhile",
    "moreover",
    "indeed",
    "instead",
    "likewise",
    "nonetheless",
    "nevertheless",
    "therefore",
    "though",
    "too",
    "also",
    "then",
    "now",
    "still",
    "again",
    "in turn",
    "in fact",
    "in contrast",
    "by contrast",
    "in response",
    "of course",
    "for example",
    "for instance",
    "for one",
    "for his part",
    "for her part",
    "for its part",
    "for their part",
    "on the other hand",
    "once again",
    "yet again",
    "once more",
    "as usual",
    "as always",
    "as ever",
    "in addition",
    "in particular",
    "after all",
    "at the same time",
    "in the meantime",
    "above all",
];

/// Nouns that, after a cue, extend it: `said in a statement`, `told reporters`.
pub(crate) const CUE_EXTENSIONS: &[&str] = &[
    "in a statement",
    "in an interview",
    "in a speech",
    "in a tweet",
    "in a post",
    "in a release",
    "in an email",
    "in a press release",
    "in a letter",
    "on twitter",
    "on facebook",
    "reporters",
    "the crowd",
    "the audience",
    "cnn",
    "abc news",
];

/// Whether `word`, in any case, is the first word of one of [`CUE_EXTENSIONS`].
pub(crate) fn cue_extension_opener(word: &str) -> bool {
    static OPENERS: OnceLock<ClassMap<u8>> = OnceLock::new();
    OPENERS
        .get_or_init(|| {
            ClassMap::new(
                CUE_EXTENSIONS
                    .iter()
                    .filter_map(|ext| ext.split(' ').next())
                    .map(|w| (w, 1)),
            )
        })
        .of(word)
        != 0
}

/// Words of four letters or more that title case leaves in lower case (`The Nightly Show
/// with Larry Wilmore`, `Guardians of the Galaxy` has only shorter ones).
pub(crate) static TITLE_CASE_LOWER: Lexicon =
    Lexicon::new(&["with", "from", "into", "onto", "over", "upon"]);

/// The short words title case leaves in lower case (`Rally at Boston Common`).
pub(crate) static TITLE_CASE_SMALL: Lexicon = Lexicon::new(&[
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "per", "the",
    "to", "via", "vs",
]);

/// Capitalized sentence openers that are not part of a speaker's name (`But`, `On`,
/// `Later`); weekdays count too.
pub(crate) static LEADING_FILLERS: Lexicon = Lexicon::union(
    &[
        "but",
        "and",
        "on",
        "in",
        "at",
        "so",
        "then",
        "still",
        "yet",
        "later",
        "earlier",
        "meanwhile",
        "instead",
        "now",
        "today",
        "yesterday",
        "however",
        "also",
        "afterward",
        "afterwards",
        "what",
        "why",
        "how",
        "neither",
        "either",
        "nor",
        "is",
        "was",
        // Openers that are never a speaker's name: `Ever since …`, `Wait, …`, `Each …`.
        "ever",
        "nevertheless",
        "nonetheless",
        "wait",
        "not",
        "any",
        "each",
        "every",
        "thus",
        "indeed",
        "perhaps",
        "maybe",
        "moreover",
        "furthermore",
        "regardless",
        "besides",
        "otherwise",
        "consequently",
        "accordingly",
        "likewise",
        "hence",
        // (Prepositions opening a phrase of place or time: `Across town, …`, `Amid the
        // protests, …`.)
        "across",
        "amid",
        "despite",
        "during",
        "throughout",
        "among",
    ],
    &[SENTENCE_ADVERBS],
);

/// Adverbs, places and spans of time that open a sentence or its introductory phrase
/// (`Here in Columbia, …`, `Minutes later, …`, `Immediately after the attacks, …`): fillers
/// before a name, and openers of a phrase the subject follows.
const SENTENCE_ADVERBS: &[&str] = &[
    "here",
    "there",
    "even",
    "outside",
    "inside",
    "alongside",
    "minutes",
    "hours",
    "moments",
    "immediately",
    "shortly",
    "recently",
    "previously",
    "separately",
    "similarly",
    "ultimately",
    "eventually",
    "initially",
    "originally",
    "additionally",
    "finally",
    "currently",
    "apparently",
    "clearly",
    "obviously",
    "fortunately",
    "unfortunately",
    "interestingly",
    "notably",
    "importantly",
    "specifically",
    "generally",
    "typically",
    "usually",
    "publicly",
    "privately",
    "reportedly",
    "allegedly",
    "subsequently",
];

/// Heads of descriptions of documents and bodies (`the statement`, `the company`): a name
/// after them is no person's (`company Ericsson`).
const THING_HEADS: &[&str] = &[
    "campaign",
    "group",
    // (A band speaks as one: `The band thanked the fans, adding:`.)
    "band",
    "duo",
    // (`Multiple outlets reported`; the singular mostly follows a paper's name, `The
    // Detroit News outlet`, which it is no part of.)
    "outlets",
    "organization",
    "committee",
    "department",
    "agency",
    "company",
    "firm",
    "police",
    "staff",
];

/// [`THING_HEADS`] as a table: bodies of people, which `they` may mean (`“…,” the band said
/// in a statement. … they concluded`).
pub(crate) static BODIES: Lexicon = Lexicon::new(THING_HEADS);

/// Heads of the things that speak for their authors: `the IMF report said` is the IMF
/// speaking, `a Law Commission study` the Law Commission.
const DOCUMENT_HEADS: &[&str] = &[
    "statement",
    "report",
    "ad",
    "memo",
    "letter",
    "email",
    "website",
    "post",
    "tweet",
    "release",
    "study",
    "poll",
    "survey",
    "article",
    "piece",
    "book",
    "filing",
    "lawsuit",
    "complaint",
];

/// Endings of words for a person of a nation or a region: `American`, `Chinese`,
/// `Dutchman`, `Spaniard`, `Iraqi`.
pub(crate) const DEMONYM_ENDINGS: &[&str] = &["an", "ese", "man", "ard", "i"];

/// Relative pronouns: an appositive that opens with one is a clause, not a role (`Nike,
/// whose products are endorsed by …`).
pub(crate) static RELATIVE_PRONOUNS: Lexicon = Lexicon::new(RELATIVE_PRONOUN_WORDS);

const RELATIVE_PRONOUN_WORDS: &[&str] = &["who", "whose", "whom", "which", "that", "where"];

/// Relative pronouns that open a clause between commas inside a sentence, whose cue is
/// that clause's (`He said that the plan, which some have argued was …, was “…”`).
pub(crate) static RELATIVE_CLAUSE_OPENERS: Lexicon = Lexicon::new(&["which", "who", "whom"]);

/// Words read as pronouns when a mention is only one of them (the demonstratives name no
/// one: `That’s because`, `Those`).
pub(crate) const MENTION_PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "those", "these",
];

/// Words that relate a described person to a name: `a spokesman for Bernie Sanders`, `a
/// narrator in the Clinton ad`, `a spokesperson from Icstis`, `one analyst quoted by AFP`.
pub(crate) static RELATIONS: Lexicon = Lexicon::new(&[
    "for", "of", "to", "at", "with", "in", "from", "by", "behind", "on", "under",
]);

/// Adjectives that relate a person to someone named after a preposition: `a source close
/// to Trump`, `a person familiar with the plan`, `a person briefed on the talks`.
pub(crate) static RELATIONAL_ADJECTIVES: Lexicon = Lexicon::new(&[
    "close",
    "closer",
    "familiar",
    "near",
    "loyal",
    "sympathetic",
    // (Participles too: `a person briefed on the talks`, `one official involved in them`.)
    "briefed",
    "involved",
]);

/// Pronouns only an object takes (and `her`, an object or an owner): `a source close to
/// him said`.
pub(crate) static OBJECT_PRONOUNS: Lexicon = Lexicon::new(OBJECT_PRONOUN_WORDS);

const OBJECT_PRONOUN_WORDS: &[&str] = &["him", "her", "them", "us", "me"];

/// Words written with an apostrophe in front (`’n’`, `’em`, `’til`, `’cause`, `’bot` for a
/// robot): the mark before them is no quotation mark.
pub(crate) static ELISIONS: Lexicon = Lexicon::new(&[
    "n", "em", "til", "cause", "tis", "twas", "bout", "round", "s", "bot", "bots",
]);

/// Owners' pronouns and the pronoun each stands for as a speaker: `his “…” remark` is his,
/// read as `he`.
pub(crate) const OWNER_PRONOUNS: &[(&str, &str)] =
    &[("his", "he"), ("her", "she"), ("their", "they")];

/// Contracted verbs after a pronoun, ’ read as ' (`He’s claiming`, `I'd`).
pub(crate) const CONTRACTIONS: &[&str] = &["'s", "'d", "'re", "'m", "'ll", "'ve"];

/// Countries, continents and unions of states by their common English names: a speaker
/// named only so is a state, not a person (`Turkey rejected the demand, calling it a “red
/// line”`). Names that are as often people's (`Georgia`, `Jordan`, `Chad`) are left out.
pub(crate) static COUNTRIES: Lexicon = Lexicon::new(&[
    "afghanistan",
    "albania",
    "algeria",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "botswana",
    "brazil",
    "britain",
    "bulgaria",
    "burma",
    "cambodia",
    "cameroon",
    "canada",
    "chile",
    "china",
    "colombia",
    "congo",
    "croatia",
    "cuba",
    "cyprus",
    "denmark",
    "ecuador",
    "egypt",
    "england",
    "eritrea",
    "estonia",
    "ethiopia",
    "finland",
    "france",
    "germany",
    "ghana",
    "greece",
    "guatemala",
    "haiti",
    "honduras",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "kazakhstan",
    "kenya",
    "kosovo",
    "kuwait",
    "laos",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "luxembourg",
    "malaysia",
    "mali",
    "malta",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nepal",
    "netherlands",
    "nicaragua",
    "niger",
    "nigeria",
    "norway",
    "oman",
    "pakistan",
    "palestine",
    "panama",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "scotland",
    "senegal",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "turkmenistan",
    "uganda",
    "ukraine",
    "uruguay",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
    "europe",
    "africa",
    "asia",
    "america",
    "new zealand",
    "north korea",
    "south korea",
    "south africa",
    "saudi arabia",
    "united states",
    "united kingdom",
    "czech republic",
    "sri lanka",
]);

/// First words of places' names whose second word makes a demonym or a compound that
/// modifies a name: `New Yorker Dick Morris`, `South Korean-born Monte Haines`.
pub(crate) static PLACE_OPENERS: Lexicon = Lexicon::new(&["new", "north", "south", "east", "west"]);

/// HTML element names a page's markup may leave in text taken from it (`<br>`, `</p>`).
pub(crate) static HTML_TAGS: Lexicon = Lexicon::new(&[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "div",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "iframe",
    "img",
    "li",
    "link",
    "meta",
    "nav",
    "noscript",
    "ol",
    "p",
    "script",
    "section",
    "small",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
]);

/// Abbreviations of time zones, written after a time (`7:19 p.m. EST`): no one's name.
pub(crate) static TIME_ZONES: Lexicon = Lexicon::new(&[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "gmt", "bst", "utc",
    "cet", "cest", "aest", "jst",
]);

/// Words for a person of a nation that a demonym's ending does not tell (see
/// `DEMONYM_ENDINGS`): `the Briton`, `the Swede`, `the Kazakh`.
pub(crate) static DEMONYMS: Lexicon = Lexicon::new(&[
    "briton",
    "scot",
    "swede",
    "dane",
    "finn",
    "pole",
    "czech",
    "serb",
    "croat",
    "turk",
    "kazakh",
    "argentine",
    "greek",
    "swiss",
    "thai",
    "uzbek",
    "tajik",
    "welshman",
    "brit",
    // (Of a city: `Londoner Ann Vole`; after a place's first word, `New Yorker`.)
    "londoner",
    "yorker",
    "zealander",
    "dubliner",
    "berliner",
    "scouser",
    "geordie",
]);

/// Media a document goes out on, which are not its authors: `a campaign TV ad`, `a
/// Facebook post by …`.
pub(crate) static MEDIA: Lexicon = Lexicon::new(&[
    "tv",
    "radio",
    "web",
    "internet",
    "online",
    "video",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "email",
    "e-mail",
    "newspaper",
]);

/// [`DOCUMENT_HEADS`] as a table.
pub(crate) static DOCUMENTS: Lexicon = Lexicon::new(DOCUMENT_HEADS);

/// Nouns for what someone said or wrote: after a possessive they make its owner the speaker
/// (`Clinton’s response was: “…”`), where another noun is only something owned (`Mr
/// Blair's style`).
pub(crate) static SPEECH_NOUNS: Lexicon = Lexicon::union(SPEECH_NOUN_WORDS, &[DOCUMENT_HEADS]);

/// Nouns for someone's words that a quote right after their owner stands before: `Romney’s
/// “47 percent” comment`, `his “this is only the beginning” line` — the owner said them.
/// [`SPEECH_NOUNS`] without the documents and bodies (`Acme’s “Fresh” website`, `the
/// party’s “Tough Choices” report`), and the short forms of a saying.
pub(crate) static OWNED_WORDS_NOUNS: Lexicon = Lexicon::union(
    SPEECH_NOUN_WORDS,
    &[&[
        "line", "lines", "quip", "jibe", "slogan", "mantra", "pledges", "promises",
    ]],
);

const SPEECH_NOUN_WORDS: &[&str] = &[
    "response",
    "responses",
    "reaction",
    "reactions",
    "reply",
    "answer",
    "remarks",
    "remark",
    "comment",
    "comments",
    "words",
    "message",
    "claim",
    "claims",
    "speech",
    "testimony",
    "retort",
    "warning",
    "statements",
    "tweets",
    "posts",
    "accusation",
    "accusations",
    "argument",
    "assertion",
    "assessment",
    "boast",
    "broadside",
    "charge",
    "criticism",
    "denial",
    "description",
    "explanation",
    "insistence",
    "pitch",
    "plea",
    "pledge",
    "promise",
    "rhetoric",
    "suggestion",
    "vow",
    "apology",
    "question",
    "request",
    "demand",
    "admission",
    "appeal",
    "catchphrase",
    "refrain",
    "verdict",
];

/// Heads in [`NOMINAL_HEADS`] that are not a person's role: a name after them is a
/// document, a body or a group (`company Ericsson`, `the group Human Rights Watch`).
pub(crate) static NON_PERSON_HEADS: Lexicon =
    Lexicon::union(THING_HEADS, &[DOCUMENT_HEADS, NOT_ROLES]);

/// Person heads that give no one a role before a name: general words, and words that are
/// also verbs (`Bolton host Arsenal`, `will head Unilever`).
const NOT_ROLES: &[&str] = &[
    "people", "person", "host", "head", "chair", "coach", "judge", "lead",
];

/// Words after which a capitalized run names a thing or an institution more often than a
/// person (`the National Review agreed`, `the Commission on Presidential Debates announced`).
pub(crate) static BEFORE_INSTITUTIONS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "of", "on", "in", "at", "by", "from", "for", "with", "to", "into",
]);

/// Words that may stand in a speaker's name or description without being capitalized.
pub(crate) static NOMINAL_WORDS: Lexicon = Lexicon::new(&[
    "the",
    "a",
    "an",
    "this",
    "that",
    "another",
    "one",
    "two",
    "three",
    "several",
    "some",
    "other",
    "many",
    "most",
    "few",
    "both",
    "second",
    "third",
    "fourth",
    "fifth",
    "first",
    "former",
    "senior",
    "top",
    "chief",
    "deputy",
    "assistant",
    "general",
    "local",
    "state",
    "federal",
    "administration",
    "campaign",
    "white",
    "house",
    "us",
    "u.s.",
    "of",
    "for",
    "at",
    "with",
    "and",
    "his",
    "her",
    "their",
    "its",
    "our",
    "new",
    "longtime",
    "then",
    "veteran",
    "retired",
    "lead",
]);

/// Participles that open titles before their heads: `chief operating officer`, `managing
/// director`, `acting president`, `founding member`.
pub(crate) static TITLE_PARTICIPLES: Lexicon = Lexicon::new(&[
    "operating",
    "managing",
    "organizing",
    "organising",
    "acting",
    "founding",
    "presiding",
    "ranking",
    "visiting",
    "consulting",
    "commanding",
    "reigning",
    "outgoing",
    "incoming",
]);

/// Portfolios, which stand in a minister's, a secretary's or a spokesman's title before
/// it: `shadow home secretary`, `international development secretary`, `home affairs
/// spokesman` (elsewhere plain nouns: see `portfolio_at`).
pub(crate) static PORTFOLIOS: Lexicon = Lexicon::new(&[
    // (And the departments of a campaign or a firm: `the communications director for the
    // Iowa Democratic Party`, `political director`.)
    "communications",
    "policy",
    "political",
    "finance",
    "legislative",
    "digital",
    "research",
    "legal",
    "shadow",
    "home",
    "foreign",
    "affairs",
    "health",
    "defence",
    "defense",
    "education",
    "transport",
    "environment",
    "international",
    "development",
    "culture",
    "treasury",
    "energy",
    "housing",
    "interior",
    "justice",
    "finance",
    "trade",
    "agriculture",
    "economy",
    "business",
    "work",
    "pensions",
    "immigration",
    "parliamentary",
    "economic",
    "diplomatic",
    "security",
    "technology",
    "science",
    "press",
]);

/// Heads of unnamed speaker descriptions (`a senior official`, `the spokesman`).
pub(crate) static NOMINAL_HEADS: Lexicon =
    Lexicon::union(PERSON_HEADS, &[OCCUPATIONS, THING_HEADS, DOCUMENT_HEADS]);

/// Heads of descriptions of people, as a table of their own.
pub(crate) static PERSON_HEAD_WORDS: Lexicon = Lexicon::union(PERSON_HEADS, &[OCCUPATIONS]);

/// Occupations that stand as titles before a name and head descriptions of a person:
/// `Guitarist Brian May`, `Striker Thierry Henry` … `the striker`, `the singer`.
const OCCUPATIONS: &[&str] = &[
    "crooner",
    "pundit",
    "blogger",
    "podcaster",
    "influencer",
    "footballer",
    "cricketer",
    "umpire",
    "nurse",
    "firefighter",
    "campaigner",
    "poet",
    "musician",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "tycoon",
    "entrepreneur",
    "star",
    "legend",
    "actor",
    "actress",
    "singer",
    "striker",
    "fly-half",
    "comedian",
    "guitarist",
    "pastor",
    "broadcaster",
    "anchor",
    "anchorman",
    "anchorwoman",
    "newscaster",
    "producer",
    "archbishop",
    "journalist",
    "referee",
    "drummer",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "bassist",
    "songwriter",
    "rapper",
    "presenter",
    "novelist",
    "filmmaker",
    "film-maker",
    "designer",
    "chef",
    "artist",
    "bishop",
    "cardinal",
    "priest",
    "imam",
    "councillor",
    "playwright",
    "composer",
    "dancer",
    "photographer",
    "columnist",
    "commentator",
    "correspondent",
    "publisher",
    "captain",
    "skipper",
    "dj",
    // Sport: `Olympic champion Kelly Holmes`, `the European cross-country champion`.
    "champion",
    "athlete",
    "sprinter",
    "runner",
    "boxer",
    "golfer",
    "cyclist",
    "swimmer",
    "jockey",
    "batsman",
    "bowler",
    "medallist",
    "medalist",
    "goalscorer",
    "winner",
    // Offices held by name: `Alderman William D. Burns`, `Trooper Brandon Doherty`.
    "alderman",
    "alderwoman",
    "councilmember",
    "trooper",
    "counsel",
    "administrator",
    "treasurer",
    "recorder",
    "assessor",
    "comptroller",
    "registrar",
    "ombudsman",
    "selectman",
    "councilor",
    "owner",
    "trustee",
    // (A member of a parliament by where they sit: `Tory frontbencher John Redwood`.)
    "backbencher",
    "frontbencher",
    // More of sport and of the professions, as they head appositives in the corpora
    // (`Drew Weatherford, a former quarterback at the school`).
    "quarterback",
    "pitcher",
    "linebacker",
    // (Rugby's positions that name no thing: `Sale full-back Jason Robinson`.)
    "flanker",
    "scrum-half",
    "full-back",
    "fullback",
    "teammate",
    "rookie",
    "lecturer",
    "lobbyist",
    "consultant",
    "scholar",
    "detective",
    "contestant",
    "speechwriter",
    "demographer",
    "dictator",
    "oligarch",
    "retiree",
    "organizer",
    "organiser",
    // Trades and sciences (`A bond trader at Acme said`, `the physicist`).
    "trader",
    "banker",
    "broker",
    "investor",
    "dealer",
    "farmer",
    "builder",
    "carpenter",
    "painter",
    "sculptor",
    "pianist",
    "wrestler",
    "skier",
    "paramedic",
    "housekeeper",
    "housecleaner",
    "homemaker",
    "housewife",
    "pensioner",
    "widower",
    "pupil",
    "solicitor",
    "barrister",
    "magistrate",
    "coroner",
    "constable",
    "vicar",
    "nun",
    "monk",
    "teenager",
    "soldier",
    "pilot",
    "driver",
    "shopkeeper",
    "landlord",
    "tenant",
    "engineer",
    "architect",
    "accountant",
    "auditor",
    "plumber",
    "electrician",
    "mechanic",
    "waiter",
    "waitress",
    "bartender",
    "cashier",
    "clerk",
    "inspector",
    "juror",
    "volunteer",
    "preacher",
    "theologian",
    "philosopher",
    "psychologist",
    "psychiatrist",
    "therapist",
    "physician",
    "dentist",
    "pharmacist",
    "veterinarian",
    "biologist",
    "chemist",
    "physicist",
    "astronomer",
    "geologist",
    "ecologist",
    "climatologist",
    "meteorologist",
    "forecaster",
    "statistician",
    "sociologist",
    "anthropologist",
    "archaeologist",
    "curator",
    "librarian",
    "archivist",
    "choreographer",
    "cofounder",
    "co-founder",
];

/// Heads of descriptions of people (`the official`, `a Democratic pollster`).
const PERSON_HEADS: &[&str] = &[
    // A share of the people polled: `14 percent said “not at all likely.”`
    "percent",
    // Occupations in the plural, and titles of no one named: `journalists`, `agent`.
    "agent",
    "journalists",
    "reverend",
    "assemblywoman",
    "assemblyman",
    "councilman",
    "councilwoman",
    "commentators",
    // Members of parliaments and assemblies: `Labour MP Stephen Pound`, `the MEP`.
    "mp",
    "mps",
    "mep",
    "meps",
    "msp",
    "msps",
    "mla",
    "mlas",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "rep",
    "associate",
    "ally",
    "confidant",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "source",
    "sources",
    "person",
    "people",
    "candidate",
    "nominee",
    "challenger",
    "challengers",
    "contender",
    "contenders",
    "incumbent",
    "senator",
    "governor",
    "president",
    "narrator",
    "announcer",
    "doctor",
    "lawyer",
    "attorney",
    "analyst",
    "analysts",
    "strategist",
    "strategists",
    "pollster",
    "voter",
    "voters",
    "supporter",
    "supporters",
    "backer",
    "backers",
    "allies",
    "opponent",
    "opponents",
    "critics",
    "critic",
    "experts",
    "expert",
    "economist",
    "economists",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "leaders",
    "secretary",
    "undersecretary",
    "under-secretary",
    "minister",
    "member",
    "members",
    "representative",
    "officer",
    "prosecutor",
    "prosecutors",
    "judge",
    "woman",
    "man",
    "mother",
    "father",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "tourist",
    "tourists",
    "passenger",
    "passengers",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "bystander",
    "bystanders",
    "protester",
    "protesters",
    "demonstrator",
    "demonstrators",
    "fan",
    "fans",
    "spectator",
    "spectators",
    "onlooker",
    "onlookers",
    "crowd",
    "audience",
    "executive",
    "ceo",
    "founder",
    "professor",
    "researcher",
    "historian",
    "host",
    "moderator",
    "reporter",
    "writer",
    "author",
    "editor",
    "mayor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    // The lawmakers who bring a bill: `The legislation’s sponsors — … — stated`.
    "sponsor",
    "sponsors",
    "co-sponsor",
    "co-sponsors",
    "cosponsor",
    "cosponsors",
    // The heads of schools and universities: `The university’s rector, Milena Králícková,`
    // (not `dean`, as often a given name: `Dean Baker`).
    "rector",
    "provost",
    "headteacher",
    "headmaster",
    "headmistress",
    // (And `Another superdelegate, Michael Brown …`, `Legal observers note …`.)
    "superdelegate",
    "superdelegates",
    "observer",
    "observers",
    "delegate",
    "delegates",
    "chief",
    "head",
    "friend",
    "friends",
    "daughter",
    "son",
    "wife",
    "husband",
    // (And those of a like place: `Wenger's Bayern counterpart Felix Magath`.)
    "counterpart",
    "counterparts",
    "colleague",
    "colleagues",
    "predecessor",
    "successor",
    // (And kin: `Scott's relatives, including his wife, … said`.)
    "relative",
    "relatives",
    "coach",
    "player",
    "players",
    "manager",
    "boss",
    "staffer",
    "staffers",
    "insider",
    "insiders",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "diplomat",
    "diplomats",
    "commissioner",
    "sheriff",
    "surgeon",
    "scientist",
    "scientists",
    "activist",
    "activists",
    "worker",
    "workers",
    "student",
    "students",
    "teacher",
    "user",
    "users",
    // `the world 200m and 400m record holder told`, `season-ticket holders said`.
    "holder",
    "holders",
    // Readers, audiences and customers (`which one commenter called “…”`).
    "commenter",
    "reviewer",
    "viewer",
    "listener",
    "reader",
    "follower",
    "subscriber",
    "customer",
    "shopper",
    "visitor",
    "attendee",
    "participant",
    "respondent",
];

/// Honorifics and titles dropped from canonical names (lower case, without the period).
pub(crate) static HONORIFICS: Lexicon = Lexicon::new(&[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "rev",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "adm",
    "maj",
    "cpl",
    "pvt",
    "admiral",
    "brigadier",
    "colonel",
    "commander",
    "captain",
    "lieutenant",
    "sergeant",
    "corporal",
    "hon",
    "sir",
    "dame",
    "lord",
    "lady",
    "sens",
    "reps",
    "st",
    "supt",
    "insp",
    "det",
    "judge",
    "justice",
    "president",
    "vice",
    "senator",
    "governor",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "secretary",
    "undersecretary",
    "under-secretary",
    "speaker",
    "chairman",
    "chairwoman",
    "leader",
    "minister",
    "premier",
    "chancellor",
    "ambassador",
    "attorney",
    "general",
    "director",
    "commissioner",
    "sheriff",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "candidate",
    "nominee",
    "former",
    "presidential",
    "democratic",
    "republican",
    "gop",
    "democrat",
    "chief",
    "executive",
    "ceo",
    "founder",
    "coach",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "rabbi",
    "father",
    "sister",
    "brother",
    "officer",
    "deputy",
    "press",
    "campaign",
    "manager",
    "adviser",
    "advisor",
    "aide",
    "strategist",
    "pollster",
    "analyst",
    "state",
    "department",
    "house",
    "white",
    "us",
    "u.s",
    "national",
    "security",
    "foreign",
    "defense",
    "treasury",
    "homeland",
    "senate",
    "majority",
    "minority",
    "whip",
    "first",
    "then",
    "host",
    "anchor",
    "lawyer",
    "economist",
    "professor",
    "billionaire",
    "businessman",
    "businesswoman",
    "real",
    "estate",
    "mogul",
    "hopeful",
    "rival",
    "opponent",
    "running",
    "mate",
    "sen.",
    "rep.",
    "gov.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "frontrunner",
    "front-runner",
    "republican-led",
    "congressional",
]);

/// Honorifics that tell a person's gender.
pub(crate) static MALE_HONORIFICS: Lexicon = Lexicon::new(&[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "brother",
    "congressman",
    "chairman",
    "spokesman",
    "businessman",
]);
/// Plurals of person nouns that do not end in `-s`: one of them opening a sentence is a
/// group (`People would face …`), not a person of that name.
pub(crate) static IRREGULAR_PLURALS: Lexicon =
    Lexicon::new(&["people", "men", "women", "children", "police", "staff"]);

/// See [`MALE_HONORIFICS`].
pub(crate) static FEMALE_HONORIFICS: Lexicon = Lexicon::new(&[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "sister",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "businesswoman",
]);

/// Head nouns of descriptions that tell a person's gender (`a spokeswoman`, `the Waterford
/// man`): what a later `she` or `he` may refer to.
pub(crate) static MALE_HEADS: Lexicon = Lexicon::new(&[
    "man",
    "spokesman",
    "chairman",
    "businessman",
    "congressman",
    "councilman",
    "assemblyman",
    "policeman",
    "sportsman",
    "father",
    "son",
    "husband",
    "brother",
    "boy",
    "grandfather",
    "uncle",
    "nephew",
    "actor",
    "king",
    "prince",
]);
/// Words for a person that a definite description uses to refer back to someone the text
/// named (`the businessman added`, `the singer said`, `the former pollster said` after
/// `Former Clinton pollster Douglas Schoen`, `the central defender added`), where a role
/// noun (`the spokesman`) more often means someone unnamed — and so do `the man`, `the
/// woman`, `the boy` (`the woman, who spoke on the condition of anonymity`, `the boy
/// asked`).
pub(crate) static ANAPHORIC_HEADS: Lexicon = Lexicon::new(&[
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "actor",
    "actress",
    "singer",
    "rapper",
    "star",
    "strategist",
    "pollster",
    "consultant",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "quarterback",
    "sprinter",
    // (And more occupations the sports pages and features refer back with: `the East
    // Kilbride athlete`, `the musician said`.)
    "comedian",
    "boxer",
    "golfer",
    "cyclist",
    "swimmer",
    "jockey",
    "batsman",
    "bowler",
    "athlete",
    "novelist",
    "filmmaker",
    "film-maker",
    "playwright",
    "musician",
    "guitarist",
    "drummer",
    "songwriter",
    // (And a club's people, named by the club or its ground: `said the Liverpool player`,
    // `the Old Trafford boss`.)
    "player",
    "boss",
    "skipper",
    "coach",
    "forward",
    "flanker",
    "scrum-half",
    "full-back",
    "fullback",
    "champion",
    // (Broadcasting's and business's people named by what they do: `the presenter said`,
    // `said the Factory Records founder`.)
    "presenter",
    "dj",
    "founder",
    "winner",
]);

/// Words for a person by age or experience that a definite description uses to refer back
/// to someone the text named, whatever their occupation (`Perpignan centre Jean-Philippe
/// Granclaude … “It's incredible,” the youngster said.`, `The tournament debutant added:`).
pub(crate) static EPITHET_HEADS: Lexicon =
    Lexicon::new(&["youngster", "teenager", "debutant", "veteran", "newcomer"]);

/// Heads that give a person's place in a race, not an occupation: the text may describe
/// the same person by their occupation too (`Republican contender Donald Trump` … `the
/// billionaire businessman said`).
pub(crate) static CANDIDACY_HEADS: Lexicon = Lexicon::new(&[
    "candidate",
    "nominee",
    "challenger",
    "contender",
    "incumbent",
    "hopeful",
    "frontrunner",
    "front-runner",
]);

/// See [`MALE_HEADS`].
pub(crate) static FEMALE_HEADS: Lexicon = Lexicon::new(&[
    "woman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "congresswoman",
    "councilwoman",
    "assemblywoman",
    "policewoman",
    "sportswoman",
    "mother",
    "daughter",
    "wife",
    "sister",
    "girl",
    "grandmother",
    "aunt",
    "niece",
    "actress",
    "widow",
    "queen",
    "princess",
]);

/// Words that mark a capitalized name as an organisation.
pub(crate) static ORG_WORDS: Lexicon = Lexicon::new(&[
    "post",
    "times",
    "news",
    "journal",
    "press",
    "reuters",
    "cnn",
    "fox",
    "abc",
    "nbc",
    "cbs",
    "msnbc",
    "bbc",
    "house",
    "department",
    "campaign",
    "committee",
    "party",
    "agency",
    "council",
    "commission",
    "association",
    "institute",
    // (Plurals that head a body's name: `National Institutes of Health`, `Centers for
    // Disease Control`.)
    "institutes",
    "academies",
    "centers",
    "centres",
    "foundation",
    "university",
    "company",
    "corp",
    "inc",
    "group",
    "office",
    "ministry",
    "government",
    "administration",
    "police",
    "court",
    "congress",
    "senate",
    "union",
    "bank",
    "fund",
    "board",
    "network",
    "media",
    "magazine",
    "tribune",
    "herald",
    "daily",
    "gazette",
    "guardian",
    "telegraph",
    "breitbart",
    "politico",
    "huffington",
    "bloomberg",
    "center",
    "centre",
    "service",
    "system",
    "electric",
    "dynamics",
    "pentagon",
    "kremlin",
    "fbi",
    "cia",
    "nra",
    "gop",
    "dnc",
    "rnc",
    "un",
    "nato",
    "eu",
    "organization",
    "organisation",
    // (`Amnesty International`, `Transparency International`: no person's name word.)
    "international",
    "federation",
    "league",
    "club",
    "team",
    "coalition",
    "pac",
    "super",
    "website",
    "blog",
    "study",
    "report",
    "poll",
    "survey",
    "statement",
    // Companies.
    "airlines",
    "airways",
    "motors",
    "holdings",
    "corporation",
    "plc",
    "ltd",
    "llc",
    "industries",
    "enterprises",
    "securities",
    "insurance",
    "petroleum",
    "telecom",
    "communications",
    "pharmaceuticals",
    "laboratories",
    "technologies",
    "studios",
    "records",
    "bureau",
    "authority",
    "chamber",
    "chambers",
    "tribunal",
    // Establishments.
    "school",
    "college",
    "academy",
    "hospital",
    "clinic",
    "pharmacy",
    "museum",
    "library",
    "laboratory",
    "society",
    "forum",
    "fellowship",
    "alliance",
    "guild",
    "parliament",
    "assembly",
    "embassy",
    "army",
    "navy",
    "airport",
    "orchestra",
    "hotel",
    "restaurant",
    // Parties known by one word.
    "labour",
    "tories",
    "dems",
    "ukip",
    "snp",
    "likud",
    "bjp",
]);

/// Sentence-ending abbreviations that do not end a sentence (lower case, without the final period).
pub(crate) static ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.k", "u.n", "d.c", "no", "vs", "etc", "inc", "corp", "co", "ltd", "mt", "ft",
    "e.g", "i.e", "a.m", "p.m", "fig", "est", "approx", "dept", "univ", "ave", "blvd", "rd",
    "sens", "reps", "gens", "pres", "supt", "det", "insp", "cmdr", "adm", "maj", "cpl", "pvt",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]);

/// Words after which a quote is a title or a name, not speech: `called “…”`. (Nouns for a
/// slogan and its kind are [`NAMING_NOUNS`], read with or without their article.)
pub(crate) static TITLE_CUES: Lexicon = Lexicon::new(&[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "labeled",
    "labelled",
    "branded",
    "known as",
    "aka",
    "a.k.a.",
    "alias",
    "so-called",
    "the phrase",
    "the name",
    "the title",
    "the word",
    "the words",
    "the term",
    "the headline",
    "the song",
    "the film",
    "the movie",
    "the show",
    "the book",
    "the album",
    "the series",
    "the program",
    "the programme",
    "the article",
    "the column",
    "the op-ed",
    "the essay",
    "the bill",
    "the act",
    "the ad",
    "the video",
    "the campaign",
    "the initiative",
    "the policy",
    "the plan",
    "the report",
    "a report",
    "an article",
    "the episode",
    "the memo",
    "the documentary",
    "the theme",
    "the label",
    "the nickname",
    "word",
]);

/// Verbs that say words were uttered aloud, however few (`chanted “…”`, `mouthing
/// “thank you”`, `softly echoing “too many.”`).
pub(crate) static UTTERANCE_VERBS: Lexicon = Lexicon::new(&[
    "chant",
    "chanted",
    "chanting",
    "shout",
    "shouted",
    "shouting",
    "yell",
    "yelled",
    "yelling",
    "scream",
    "screamed",
    "screaming",
    "cry",
    "cried",
    "crying",
    "echo",
    "echoed",
    "echoing",
    "mouth",
    "mouthed",
    "mouthing",
    "sang",
    "singing",
    "cheered",
    "cheering",
    "chorused",
    "bellowed",
    "hollered",
    "roared",
]);

/// Nouns for words uttered aloud, before `of` and the quote: `chants of “Ted! Ted!”`.
pub(crate) static UTTERANCE_NOUNS: Lexicon = Lexicon::new(&[
    "chant", "chants", "cry", "cries", "call", "calls", "shout", "shouts", "scream", "screams",
    "chorus", "choruses", "cheer", "cheers", "refrain", "roar", "roars", "yell", "yells",
]);

/// Verbs of [`TITLE_CUES`] by which a speaker calls something by their own words: after
/// them words in lower case are a partial quote of the speaker (`Trump called it “rigged”`).
/// Every one ends in `-ed`, `-s` or `-ing` (the attribution tests the ending before the
/// table): the present tense of features too (`what she calls “the male glance”`), and the
/// participle after a clause (`…, calling him “a total stiff”`).
pub(crate) static CALLING_VERBS: Lexicon = Lexicon::new(&[
    "called",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
    "calls",
    "dubs",
    "labels",
    "brands",
    "calling",
    "dubbing",
    "labeling",
    "labelling",
    "branding",
]);

/// Verbs of judging whose object and `as` stand before a quote of the words judged with:
/// `attacked Labour's pledges as “vacuous”`, `hailed the conviction as “a major boost”` — the
/// subject said them.
pub(crate) static JUDGING_VERBS: Lexicon = Lexicon::new(&[
    "attacked",
    "attacking",
    "attacks",
    "hailed",
    "hailing",
    "hails",
    "condemned",
    "condemning",
    "condemns",
    "criticised",
    "criticising",
    "criticises",
    "criticized",
    "criticizing",
    "criticizes",
    "slammed",
    "slamming",
    "slams",
    "blasted",
    "blasting",
    "blasts",
    "lambasted",
    "lambasting",
    "lambasts",
    "denounced",
    "denouncing",
    "denounces",
    "derided",
    "deriding",
    "derides",
    "decried",
    "decrying",
    "decries",
    "mocked",
    "mocking",
    "mocks",
    "ridiculed",
    "ridiculing",
    "ridicules",
    "dismissed",
    "dismissing",
    "dismisses",
    "praised",
    "praising",
    "praises",
    "welcomed",
    "welcoming",
    "welcomes",
    "described",
    "describing",
    "describes",
    "characterized",
    "characterizing",
    "characterizes",
    "characterised",
    "characterising",
    "characterises",
    "portrayed",
    "portraying",
    "portrays",
    "touted",
    "touting",
    "touts",
    "rejected",
    "rejecting",
    "rejects",
]);

/// Participles of judging whose passive, with `by` after the quote, names who judged in the
/// quoted words, beside the calling verbs (`deemed “…” by the board`), and those that take
/// `as` first (`described as “…” by Downing Street`, `dismissed as “…” by critics`).
pub(crate) static PASSIVE_JUDGING: Lexicon = Lexicon::new(&["deemed", "considered"]);
pub(crate) static PASSIVE_JUDGING_AS: Lexicon = Lexicon::new(&[
    "described",
    "dismissed",
    "hailed",
    "derided",
    "condemned",
    "criticised",
    "criticized",
    "praised",
]);

/// Forms of the cue verbs of beginning and going on, which report speech alone (`“Well,” he
/// began`, `She continued: “…”`) but before `to` or a participle name what someone began or
/// kept doing: `Trump continued to portray “illegal” immigrants as …`, `Farmer began
/// “threatening to fight” firefighters`.
pub(crate) static ASPECT_CUES: Lexicon = Lexicon::new(&[
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "continue",
    "continues",
    "continued",
    "continuing",
]);

/// Verbs that may stand between a subject and its cue: `Price went on to say`, `he told
/// reporters he said`. Verbs themselves, not adverbs: in `Things went south in “…”` the
/// verb is `went`, not the word after it.
pub(crate) static VERBS_BEFORE_CUES: Lexicon = Lexicon::new(VERBS_BEFORE_CUE_WORDS);

const VERBS_BEFORE_CUE_WORDS: &[&str] = &["told", "went", "goes"];

/// Words that may stand between a subject and its cue: `Price also said`, `he has told`
/// (with [`VERBS_BEFORE_CUES`]).
pub(crate) static CUE_ADVERBS: Lexicon =
    Lexicon::union(CUE_ADVERB_WORDS, &[VERBS_BEFORE_CUE_WORDS]);

const CUE_ADVERB_WORDS: &[&str] = &[
    "also",
    "later",
    "then",
    "once",
    "previously",
    "recently",
    "repeatedly",
    "has",
    "had",
    "have",
    "was",
    "is",
    "were",
    "would",
    "will",
    "reportedly",
    "further",
    "again",
    "simply",
    "first",
    "often",
    "frequently",
    "publicly",
    "privately",
    "quickly",
    "subsequently",
    "even",
    "still",
    "just",
    "had",
    "did",
    "does",
    "do",
    "could",
    "might",
    "may",
    "should",
    "must",
    "not",
    "never",
    "already",
    "finally",
    "famously",
    "angrily",
    "flatly",
    "bluntly",
    "recently",
    "on",
    "to",
    "now",
    "again",
    "once",
    "also",
    "still",
    "then",
    "later",
    "initially",
    "originally",
    "only",
    "meanwhile",
    "however",
    "instead",
    "likewise",
    "nonetheless",
    "nevertheless",
    // (`as Loofbourow elsewhere writes`.)
    "elsewhere",
    "too",
    "herself",
    "himself",
];

/// Prepositions that take a noun phrase after them: a cue verb after one is a noun
/// (`secretary of state`), a phrase after a participle and one is its object (`speaking to
/// Fox News`).
pub(crate) static PREPOSITIONS: Lexicon = Lexicon::new(PREPOSITION_WORDS);

/// Forms of `ask`, whose name after it between commas is the one asked, not the asker:
/// `Bannon …, asked Patel, who would serve, whether he could “…”`.
pub(crate) static ASKING_CUES: Lexicon = Lexicon::new(&["ask", "asks", "asked"]);

/// Prepositions whose object is not the subject of a participle after it: `Clinton
/// responded … on Facebook writing`, `Reyes issued a statement through Arsenal describing …`
/// (Reyes describes). Not `of` or `from`: in `footage of Hillary Clinton asking` she asks,
/// in `a letter from Lee Scott saying` he writes.
pub(crate) static OBJECT_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "for", "with", "by", "in", "at", "on", "to", "through", "via", "into", "against", "about",
]);

/// Heads of a person's description whose `-s` form is more often a verb than their plural:
/// `stars an impersonator`, `heads the panel`, `hosts a show`.
pub(crate) static HEADS_ALSO_VERBS: Lexicon = Lexicon::new(&[
    "star", "head", "host", "chair", "judge", "captain", "skipper", "champion", "counsel",
    "father", "mother", "author", "anchor",
]);

/// Modal auxiliaries, negated or not: a cue after one is what someone should or will do.
pub(crate) static MODALS: Lexicon = Lexicon::union(MODAL_WORDS, &[NEGATED_MODAL_WORDS]);

const MODAL_WORDS: &[&str] = &[
    "will", "would", "should", "could", "must", "might", "may", "can", "shall",
];

/// Modals negated in one word (`couldn’t`: `’` is read as `'`).
const NEGATED_MODAL_WORDS: &[&str] = &[
    "cannot",
    "can't",
    "won't",
    "wouldn't",
    "shouldn't",
    "couldn't",
    "mustn't",
];

/// Prepositions whose object is never the subject of the verb after it: `talks with
/// Disney's producers revealed …` (the talks revealed).
pub(crate) static OBJECT_ONLY_PREPOSITIONS: Lexicon =
    Lexicon::new(&["with", "against", "between", "among", "about"]);

const PREPOSITION_WORDS: &[&str] = &["of", "for", "from", "with", "by", "in", "at", "on", "to"];

/// Prepositions that join a phrase to the noun before it inside a subject (`A source with
/// knowledge of the talks`, `Matthew Herren from EduVision`, `United's statement to the
/// stock exchange`): see `prepositional_chain_start`.
pub(crate) static CHAIN_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "of", "for", "from", "in", "at", "on", "with", "to", "about", "over",
]);

/// Words that may stand before an article inside a speaker mention (`a spokesman for the
/// company`, `the mayor and the governor`, `officials, including the mayor`): where any
/// other lower-case word does, the words are a clause (`Sharpton avoided a declarative
/// answer`).
pub(crate) static BEFORE_ARTICLE_IN_MENTION: Lexicon = Lexicon::union(
    &[
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "alongside",
        "amid",
        "among",
        "around",
        "as",
        "before",
        "behind",
        "below",
        "beside",
        "between",
        "beyond",
        "despite",
        "during",
        "inside",
        "into",
        "like",
        "near",
        "outside",
        "over",
        "per",
        "than",
        "through",
        "throughout",
        "toward",
        "towards",
        "under",
        "upon",
        "via",
        "within",
        "without",
        "and",
        "or",
        "nor",
        "including",
        "representing",
        "all",
        "both",
        "half",
    ],
    &[PREPOSITION_WORDS],
);

/// Pronouns that need not stand for a person who speaks: `It is a view shared by …`, `They
/// were detained for “…”`, `Anyone familiar with our site …`.
pub(crate) static IMPERSONAL_PRONOUNS: Lexicon =
    Lexicon::new(&["it", "they", "we", "you", "anyone", "anybody"]);

/// Words in `-ly` that are no adverbs: adjectives, which modify a noun (`One early
/// supporter`) where an adverb in `-ly` stands by a verb, and nouns and verbs.
pub(crate) static LY_NOT_ADVERBS: Lexicon = Lexicon::new(&[
    "early",
    "elderly",
    "likely",
    "unlikely",
    "friendly",
    "lonely",
    "costly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "hourly",
    "deadly",
    "lovely",
    "ugly",
    "holy",
    "silly",
    "burly",
    "jolly",
    "lively",
    "orderly",
    "timely",
    "worldly",
    "scholarly",
    "cowardly",
    "kindly",
    "lowly",
    "manly",
    "motherly",
    "fatherly",
    "portly",
    "sickly",
    "stately",
    "wily",
    // Nouns and verbs: `a Washington D.C. rally to protest`, `the former monopoly said`.
    "rally",
    "ally",
    "family",
    "assembly",
    "monopoly",
    "duopoly",
    "oligopoly",
    "anomaly",
    "homily",
    "panoply",
    "supply",
    "reply",
    "apply",
    "comply",
    "imply",
    "rely",
    "multiply",
    "belly",
    "bully",
    "folly",
    "jelly",
    "tally",
    "gully",
    "butterfly",
]);

/// Words that may follow a cue verb at the end of its sentence without being its object:
/// prepositions, subordinators and words of time or manner (`Friedman said after the news
/// conference.`, `he said yesterday.`). After a quote that ends its sentence, a cue followed
/// by any other word in lower case takes an object (`The government has announced plans to
/// cut …`): that sentence reports something new, not the quote.
pub(crate) static CUE_ADJUNCTS: Lexicon = Lexicon::union(
    &[
        "about",
        "over",
        "during",
        "following",
        "amid",
        "ahead",
        "via",
        "through",
        "under",
        "outside",
        "inside",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "earlier",
        "afterwards",
        "afterward",
        "last",
        "next",
        "again",
        "too",
        "here",
        "there",
        "back",
        "so",
        "instead",
        "shortly",
        "soon",
        "now",
    ],
    &[PREPOSITION_WORDS, SUBORDINATOR_WORDS],
);

/// Positions in a team whose words also name things, so that no table of roles holds them
/// (`wing`, `prop`): a role only where one opens a sentence before a known given name and a
/// surname (`Prop Julian White was dropped`, `Wing Christophe Dominici said`).
pub(crate) static POSITIONS_NAMING_THINGS: Lexicon =
    Lexicon::new(&["wing", "prop", "lock", "centre", "center", "hooker"]);

/// Adverbs of time that stand between a subject and its verb: `Vole earlier quashed`,
/// `Vole yesterday told`.
pub(crate) static TIME_ADVERBS: Lexicon =
    Lexicon::new(&["earlier", "yesterday", "today", "tonight"]);

/// Nouns of time that a determiner after a cue may open without making an object: `said
/// the next day`, `wrote this week`.
pub(crate) static TIME_NOUNS: Lexicon = Lexicon::new(&[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "time",
]);

/// Conjunctions that join a clause of its own to a sentence (`“…,” but he denied …`).
pub(crate) static COORDINATORS: Lexicon = Lexicon::new(&["and", "but", "yet"]);

/// Conjunctions that open a subordinate clause: a cue after one has its own subject
/// (`“…,” when Clinton blasted him`).
pub(crate) static SUBORDINATORS: Lexicon = Lexicon::new(SUBORDINATOR_WORDS);

const SUBORDINATOR_WORDS: &[&str] = &[
    "when", "while", "after", "before", "because", "if", "since", "until", "although", "though",
    "unless", "whereas", "whenever", "wherever", "whether", "whereby", "where",
];

/// Words that open a clause inside words read back from a cue to a quote before it, other
/// than [`SUBORDINATORS`]: in `lest you confuse people in swing states`, `a “regional”
/// candidate, as Sanders’ campaign manager suggested`, `a clause that requires staffers to
/// promise`, the words are no speaker's phrase (see `clause_in_mention`).
pub(crate) static CLAUSE_MARKERS: Lexicon =
    Lexicon::new(&["lest", "as", "that", "which", "but", "to", "so"]);

/// Words that are never a mention on their own: possessive determiners, auxiliaries
/// (negated or not), prepositions and adverbs that open a sentence (`My told`, `Don’t
/// tell`, `Between …`).
pub(crate) static NEVER_MENTIONS: Lexicon = Lexicon::union(
    &[
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        // Prepositions and adverbs that open a sentence (`Between …`, `Never …`, `More than …`).
        "about",
        "between",
        "after",
        "before",
        "during",
        "into",
        "over",
        "never",
        "well",
        "more",
        "later",
        "next",
        "then",
        "now",
        "meanwhile",
        "currently",
        "also",
        "however",
        "thanks",
        // The expletive subject: `There’s still time for Cruz …`.
        "there",
        "there's",
        "here",
        "here's",
    ],
    // (Auxiliaries too, `Does anyone …`, negated or not; not `may`, `will`, `can`, which
    // name people.)
    &[
        FINITE_AUXILIARY_WORDS,
        NEGATED_AUXILIARY_WORDS,
        NEGATED_MODAL_WORDS,
    ],
);

/// Words that open a clause and never a mention of its subject: `which Mozloom thinks`,
/// `Although Reynolds says`, `where some senior Tories argued`. (Not `that`, a determiner
/// too: `that official said`.)
pub(crate) static CLAUSE_OPENERS: Lexicon =
    Lexicon::union(&["which", "where", "whom", "whose"], &[SUBORDINATOR_WORDS]);

/// Finite auxiliaries: after a capitalized `-ing` or `-ed` word they make it a name with its
/// verb (`Manning has said`), not a participle (`Speaking to reporters, …`).
/// (The finite ones hold `would`, `could`, `should`, `must` too, for the clause openers.)
pub(crate) static AUXILIARIES: Lexicon = Lexicon::union(
    MODAL_WORDS,
    &[
        NEGATED_MODAL_WORDS,
        FINITE_AUXILIARY_WORDS,
        NEGATED_AUXILIARY_WORDS,
    ],
);

/// Auxiliaries with their negation (`doesn’t`: `’` is read as `'`), finite as the others;
/// the negated modals are [`NEGATED_MODAL_WORDS`].
const NEGATED_AUXILIARY_WORDS: &[&str] = &[
    "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
    "hadn't",
];

/// Words that open a sentence before a name and are no part of it: auxiliaries (`Is
/// Rebecca Bradley …?`) and correlative conjunctions (`Neither Donald J. Trump nor …`).
pub(crate) static NAME_FILLERS: Lexicon =
    Lexicon::union(&["neither", "either", "nor"], &[FINITE_AUXILIARY_WORDS]);

/// The auxiliaries that are no one's name (`may`, `will`, `can` are: `Theresa May`).
const FINITE_AUXILIARY_WORDS: &[&str] = &[
    "has", "had", "have", "is", "was", "were", "are", "would", "could", "should", "must", "does",
    "did", "do",
];

/// Nouns for an organisation, which a definite description (`the company said`) uses for
/// one named before, and which `it` may mean (`“…,” the service said. “…,” it added`). Not
/// `government` or `administration`: `the government said` is rarely the body that spoke
/// last.
pub(crate) static ORG_HEADS: Lexicon = Lexicon::union(
    BODY_HEAD_WORDS,
    &[&[
        "bank",
        "union",
        "paper",
        "station",
        "label",
        "chain",
        "operator",
        "team",
        "council",
        "office",
        "service",
        "commission",
        "authority",
        "board",
        "embassy",
        "institute",
        "association",
        "federation",
        "foundation",
    ]],
);

/// Nouns for an organisation that head a speaker's phrase (`Broadcast magazine said`, `The
/// watchdog decided`): [`ORG_HEADS`] but for those that more often modify another noun
/// (`council tax`, `union stewards`, `office staff`, `bank holiday`, `team mates`).
pub(crate) static BODY_HEADS: Lexicon = Lexicon::new(BODY_HEAD_WORDS);

const BODY_HEAD_WORDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "airline",
    "carrier",
    "retailer",
    "club",
    "agency",
    "ministry",
    "department",
    "network",
    "broadcaster",
    "regulator",
    "watchdog",
    "organisation",
    "organization",
    "newspaper",
    "magazine",
    "channel",
    "studio",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "publisher",
    "giant",
    "charity",
];

/// Titles of peers, by which a peer with no other name given is known: `Lord Falconer`.
pub(crate) static PEERAGE_TITLES: Lexicon = Lexicon::new(&[
    "lord",
    "lady",
    "baroness",
    "baron",
    "viscount",
    "viscountess",
    "earl",
    "countess",
    "marquess",
    "duke",
    "duchess",
]);

/// Generational suffixes and post-nominal letters after a surname (lower case, without the
/// period): `Jr.`, `III`, `QC`, `MP`, `OBE`.
/// (A list, not a table: a few short words, compared in place on the hot path.)
pub(crate) const NAME_SUFFIXES: &[&str] = &[
    "jr", "sr", "ii", "iii", "iv", "qc", "kc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe",
    "dbe", "phd", "esq",
];

/// The longest word of [`NAME_SUFFIXES`].
pub(crate) const MAX_NAME_SUFFIX: usize = 3;

/// Endings of adjectives that open a sentence before a person's name, describing them
/// (`Defiant Matt Williams says …`, `Jubilant`, `Confident`, `Furious`, `Tearful`,
/// `Combative`, `Fearless`). Not `-ed`: given names end so (`Mohammed`); nor `-ing`, a
/// participle's, whose name is its object (see the name index).
pub(crate) const ADJECTIVE_ENDINGS: &[&str] = &["ant", "ent", "ous", "ful", "ive", "less"];

/// Titles of monarchs, royals and popes, who are known by one given name after the title
/// (`Prince Charles`, `Pope Francis`, `Queen Rania`): the name stands for no one else whose
/// given name it is (`Charles Kennedy`, `Francis Ford Coppola`), and is known with the title.
pub(crate) static REGNAL_TITLES: Lexicon = Lexicon::new(&[
    "king", "queen", "prince", "princess", "pope", "emperor", "empress", "tsar", "czar", "tsarina",
    "czarina", "kaiser", "sultan", "shah", "emir", "sheikh", "sheikha",
]);

/// Styles written with `the` before a person's name (lower case, without their period): `the
/// Rt Rev Dr Tom Walker`, `the Most Reverend Peter Gaunt`, `the Rt Hon John Plimsoll`.
pub(crate) static STYLES: Lexicon = Lexicon::new(&[
    "rt",
    "right",
    "most",
    "very",
    "rev",
    "reverend",
    "hon",
    "honourable",
    "honorable",
]);

/// Words for a part or a number of a group before `of`: `Hundreds of protesters`, `Members
/// of the crowd`, `Some of the delegates`.
pub(crate) static PARTITIVES: Lexicon = Lexicon::new(&[
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "scores",
    "tens",
    "groups",
    "group",
    "crowds",
    "members",
    "number",
    "handful",
    "couple",
    "majority",
    "minority",
    "rest",
    "some",
    "many",
    "most",
    "all",
    "several",
    "few",
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "half",
    "both",
    "each",
    "lots",
]);

/// Participles of feeling, adjectives after `be`: `She is concerned (that) …`, `He was
/// delighted …` report what the subject thinks, no passive done to them.
pub(crate) static FEELING_PARTICIPLES: Lexicon = Lexicon::new(&[
    "concerned",
    "worried",
    "convinced",
    "pleased",
    "delighted",
    "disappointed",
    "surprised",
    "frustrated",
    "determined",
    "thrilled",
    "saddened",
    "shocked",
    "alarmed",
    "troubled",
    "encouraged",
    "relieved",
    "excited",
    "satisfied",
    "confused",
    "outraged",
]);

/// Verbs after which an expletive `it` stands for no one: `It seems unfair to tell them:
/// “…”`, `It appears that …`.
pub(crate) static EXPLETIVE_VERBS: Lexicon =
    Lexicon::new(&["seem", "seems", "seemed", "appear", "appears", "appeared"]);

/// Forms of `be`: before a past participle they make it passive (`Blair was urged`).
pub(crate) static BE_FORMS: Lexicon =
    Lexicon::new(&["be", "been", "being", "is", "are", "was", "were", "am"]);

/// Cue verbs whose passive still names the speaker as its subject, with the word that must
/// follow when only that use does: `Braynard is quoted as saying`, `is reported as saying`
/// (not `is said to`, `is reported to be`: those report about their subject).
pub(crate) const REPORTING_PASSIVES: &[(&str, Option<&str>)] =
    &[("quoted", None), ("cited", None), ("reported", Some("as"))];

/// Participles of verbs of perception whose passive before a cue's participle makes them
/// one cue with it, its subject the speaker: `the singer is heard saying`, `Jones can be seen
/// telling`, `was caught on camera saying` is not (a phrase between).
pub(crate) static PERCEPTION_PASSIVES: Lexicon = Lexicon::new(&[
    "heard",
    "seen",
    "filmed",
    "overheard",
    "recorded",
    "caught",
    "shown",
    "captured",
]);

/// Past participles of cue verbs that do not end in `-ed`: after a form of `be` they make
/// a passive (`was told`).
/// (A slice: it is checked for every word a cue is looked for at, and four compares are
/// cheaper than a hash.)
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &["told", "written", "spoken", "heard"];

/// The classes of the tables a mention's edges are checked against, found with one lookup
/// for all of them (the checks run on every word of every window around a quote).
pub(crate) mod np_class {
    /// In [`super::DETERMINERS`].
    pub(crate) const DETERMINER: u8 = 1;
    /// In [`super::EDGE_WORDS`].
    pub(crate) const EDGE: u8 = 1 << 1;
    /// In [`super::INTRO_WORDS`].
    pub(crate) const INTRO: u8 = 1 << 2;
    /// In [`super::LEADING_FILLERS`] or [`super::WEEKDAYS`].
    pub(crate) const FILLER: u8 = 1 << 3;
    /// In [`super::NOMINAL_HEADS`] or [`super::BODY_HEADS`].
    pub(crate) const HEAD: u8 = 1 << 4;
}

/// Words of several tables, each with the bits of the tables that hold it: one lookup
/// answers all of them (the mention-edge classes below, the speaker index's word classes).
#[derive(Debug)]
pub(crate) struct ClassMap<T> {
    map: WordTable<T>,
}

impl<T: Copy + Default + std::ops::BitOrAssign> ClassMap<T> {
    /// The map of `(word, bits)` entries; a word's bits from several entries are joined.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        ClassMap {
            map: WordTable::new(
                entries
                    .into_iter()
                    .map(|(w, bits)| (Box::from(w.as_bytes()), bits)),
                |joined, bits| *joined |= bits,
            ),
        }
    }

    /// The bits of a word already in lower case.
    #[inline]
    pub(crate) fn of_lower(&self, lw: &[u8]) -> T {
        self.map.get(lw).unwrap_or_default()
    }

    /// The bits of the lower-case word that packs to `key` ([`lower_packed`]).
    #[inline]
    pub(crate) fn of_packed(&self, key: u128) -> T {
        self.map.get_packed(key).unwrap_or_default()
    }

    /// The bits of a word in any case.
    #[inline]
    pub(crate) fn of(&self, word: &str) -> T {
        // (Lower-casing shrinks a char to no less than a third of its bytes — `K` (Kelvin)
        // to `k` — so a longer word is in no table, and is not lower-cased at all.)
        if word.len() > 3 * self.map.longest() {
            return T::default();
        }
        self.map.get_any_case(word).unwrap_or_default()
    }
}

/// The [`np_class`] bits of `word`, in any case.
pub(crate) fn np_classes(word: &str) -> u8 {
    static MAP: OnceLock<ClassMap<u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let tables: [(&Lexicon, u8); 8] = [
            (&DETERMINERS, np_class::DETERMINER),
            (&EDGE_WORDS, np_class::EDGE),
            (&INTRO_WORDS, np_class::INTRO),
            (&LEADING_FILLERS, np_class::FILLER),
            (&WEEKDAYS, np_class::FILLER),
            (&NOMINAL_HEADS, np_class::HEAD),
            (&BODY_HEADS, np_class::HEAD),
            (&UNNAMED_PEOPLE, np_class::HEAD),
        ];
        ClassMap::new(
            tables
                .into_iter()
                .flat_map(|(table, bit)| table.words().map(move |w| (w, bit))),
        )
    })
    .of(word)
}

/// Pronouns for someone unnamed that head a mention as a noun does: `“…,” someone joked`,
/// `somebody in the crowd shouted`. (Not `anyone`, `anybody`: no one in particular.)
pub(crate) static UNNAMED_PEOPLE: Lexicon =
    Lexicon::new(&["someone", "somebody", "everyone", "everybody"]);

/// People who speak for others, met in the text under a definite description as often as
/// an indefinite one (`The Trafford Centre spokeswoman said`).
pub(crate) static SPOKESPEOPLE: Lexicon = Lexicon::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "source",
    "representative",
]);

/// Honorifics only a person has (without their period).
pub(crate) static PERSONAL_HONORIFICS: Lexicon =
    Lexicon::union(NAME_HONORIFIC_WORDS, &[&["lord", "lady", "prof", "rev"]]);

/// Prepositions and time words that open a phrase before a sentence's subject, with or
/// without a comma: `After the vote the committee said`, `Later the minister said`.
pub(crate) static PHRASE_OPENERS: Lexicon = Lexicon::new(PHRASE_OPENER_WORDS);

const PHRASE_OPENER_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "following",
    "last",
    "earlier",
    "later",
    "under",
    "from",
    "with",
    "despite",
    "amid",
];

/// Honorifics that open a person's name wherever they stand, never inside another name
/// (capitalized, without their period): `… Centre Mr Straw` starts a new name at `Mr`.
pub(crate) static NAME_HONORIFICS: Lexicon = Lexicon::new(NAME_HONORIFIC_WORDS);

const NAME_HONORIFIC_WORDS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"];

/// Adjectives that stand before a noun, never as a verb's subject: after them a cue's base
/// or `-s` form is a noun (`one main reason`, `repeated claims`).
pub(crate) static NOUN_ADJECTIVES: Lexicon = Lexicon::new(NOUN_ADJECTIVE_WORDS);

const NOUN_ADJECTIVE_WORDS: &[&str] = &[
    "new", "latest", "recent", "earlier", "previous", "fresh", "further", "repeated", "similar",
    "such", "various", "numerous", "false", "public", "private", "written", "official", "formal",
    "main", "major", "key", "whole", "entire", "same", "real",
];

/// Quantifiers of a plural, whose verb takes no `-s`: after them (in any case) a cue's `-s`
/// form is a plural noun (`Most states have …`; `Many say`).
pub(crate) static PLURAL_QUANTIFIERS: Lexicon =
    Lexicon::new(&["most", "many", "some", "several", "all", "both", "few"]);

/// Things that bear words for all to read, whose words a participle after them quotes: `a
/// sign saying “…”`, `a shirt reading “…”`.
pub(crate) static WORD_BEARERS: Lexicon = Lexicon::new(&[
    "sign",
    "signs",
    "banner",
    "banners",
    "placard",
    "placards",
    "poster",
    "posters",
    "shirt",
    "shirts",
    "t-shirt",
    "t-shirts",
    "hat",
    "hats",
    "cap",
    "caps",
    "sticker",
    "stickers",
    "billboard",
    "billboards",
    "badge",
    "badges",
]);

/// Plurals of people whose possessive opens a body's name rather than owning what follows:
/// `Children’s Health Defense`, `Women's March`, `Veterans' Affairs`.
pub(crate) static BODY_NAME_OWNERS: Lexicon =
    Lexicon::new(&["children", "women", "men", "people", "veterans", "workers"]);

/// Determiners that stand alone for people, as a pronoun does: `Another tweeted`, `Others
/// said`, `with many saying`.
pub(crate) static PRONOUN_QUANTIFIERS: Lexicon = Lexicon::new(&[
    "another", "one", "others", "some", "many", "several", "both", "most", "few",
]);

/// Determiners of a plural that are no quantifiers: after one and a modifier a cue's `-s`
/// form is the plural noun they determine (`other security questions`, `two news reports`).
pub(crate) static PLURAL_DETERMINERS: Lexicon = Lexicon::union(
    &["other", "these", "those", "various", "numerous"],
    &[NUMBER_WORDS],
);

/// Number words of a plural, which determine a noun and may stand as a subject.
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Numbers and adjectives before a noun: after them a cue's `-s` form is a plural (`six
/// new pledges`), while a base form may have the number as its subject (`Two say`).
pub(crate) static NOUN_MODIFIERS: Lexicon =
    Lexicon::union(&["dozen"], &[NUMBER_WORDS, NOUN_ADJECTIVE_WORDS]);

/// Words after which a cue's `-s` form is a plural noun, never a verb with its subject: the
/// prepositions [`PREPOSITIONS`] leaves out and verbs' particles (`responded to claims`,
/// `amid reports`, `moved to play down reports`).
pub(crate) static BEFORE_PLURAL_NOUN: Lexicon = Lexicon::new(&[
    "to",
    "about",
    "amid",
    "amidst",
    "despite",
    "over",
    "against",
    "into",
    "onto",
    "upon",
    "among",
    "without",
    "under",
    "through",
    "toward",
    "towards",
    "behind",
    "beyond",
    "following",
    "regarding",
    "concerning",
    "down",
    "up",
    "off",
    "out",
    "aside",
    "away",
]);

/// Degree words: a cue's `-ing` form after one is an adjective (`the most promising
/// uses`, `very telling`), no verb.
pub(crate) static DEGREE_WORDS: Lexicon = Lexicon::new(&[
    "most", "more", "less", "least", "very", "too", "so", "quite", "rather", "highly",
]);

/// Offices held toward another, whose `to` is part of the title: `Ambassador to the U.N.`,
/// `adviser to the president`.
pub(crate) static OFFICES_TOWARD: Lexicon = Lexicon::new(&[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "counselor",
    "counsellor",
    "assistant",
    "aide",
    "aides",
    "delegate",
    "representative",
    "emissary",
    "liaison",
]);

/// Offices of or for a body, whose `of` or `for` is part of the title before the holder's
/// name: `the minister for civil aviation Praful Patel`, `the former secretary of state
/// Hillary Clinton`.
pub(crate) static OFFICES_OF: Lexicon = Lexicon::new(&[
    "minister",
    "secretary",
    "undersecretary",
    "under-secretary",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "chief",
    "governor",
    "commissioner",
    "leader",
    "mayor",
    "editor",
    "founder",
    "chancellor",
]);

/// Nouns for a name or a line that is quoted, not said: `the usual campaign slogan, “…”`,
/// `his signature slogan: “…”`, `a tagline “…”`, `under the pseudonym “Carlos Danger,”`.
pub(crate) static NAMING_NOUNS: Lexicon = Lexicon::new(&[
    "slogan",
    "slogans",
    "motto",
    "hashtag",
    "catchphrase",
    "tagline",
    "nickname",
    "nicknames",
    "pseudonym",
    "moniker",
    "alias",
]);

/// Nouns for quoted words themselves, as an appositive after them names them: `“…,” a
/// phrase critics have said is …`.
pub(crate) static WORDS_NOUNS: Lexicon = Lexicon::new(&[
    "phrase",
    "word",
    "term",
    "expression",
    "line",
    "remark",
    "comment",
    "reference",
    "description",
    "label",
    "nickname",
    "slogan",
    "characterization",
    "characterisation",
]);

/// Conjunctions after which a clause, and its subject, opens: `… while Jo Hale, a former
/// minister wrote`.
pub(crate) static CLAUSE_CONJUNCTIONS: Lexicon =
    Lexicon::union(&["and"], &[CONTRASTING_CONJUNCTION_WORDS]);

/// [`CLAUSE_CONJUNCTIONS`] but `and`, which joins a verb's objects as often as clauses
/// (`she met coach Mike Ruddock and captain Gareth Thomas`): after one of these, a role and
/// a name open a clause of their own (`… but captain Fabien Pelous sees hope`).
pub(crate) static CONTRASTING_CONJUNCTIONS: Lexicon = Lexicon::new(CONTRASTING_CONJUNCTION_WORDS);

const CONTRASTING_CONJUNCTION_WORDS: &[&str] = &["but", "while", "whereas", "yet"];

/// Nouns of a person's relation to another, kin and those who work for one person
/// (`her son Aidan`, `The actor's friend Budd Schulberg`, `Her publicist, Yvette
/// Noel-Schure`): someone so introduced is not who a description of another kind refers
/// back to.
pub(crate) static RELATION_NOUNS: Lexicon = Lexicon::new(&[
    "son",
    "daughter",
    "stepson",
    "stepdaughter",
    "child",
    "wife",
    "husband",
    "ex-wife",
    "ex-husband",
    "widow",
    "widower",
    "mother",
    "father",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "cousin",
    "partner",
    "fiance",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "friend",
    "publicist",
    "assistant",
    "agent",
    "lawyer",
    "attorney",
    "bodyguard",
]);

/// Kin, who speak by that name alone (`Mom said`).
pub(crate) static KIN_WORDS: Lexicon = Lexicon::new(&[
    "mom", "mum", "dad", "mother", "father", "grandma", "grandpa", "granny", "auntie", "uncle",
]);

/// Words that label what follows their colon and name no speaker: `Example: “…”`.
pub(crate) static LABELS: Lexicon = Lexicon::new(&[
    "example",
    "examples",
    "note",
    "update",
    "updated",
    "correction",
    "clarification",
    "caption",
    "photo",
    "video",
    "watch",
    "listen",
    "related",
    "warning",
    "disclaimer",
    "tip",
    "quote",
    "translation",
    "headline",
    "title",
    "summary",
    "verdict",
    "prompt",
    "output",
    "input",
    "sample",
    "transcript",
    "quotable",
    "highlight",
    "highlights",
    "takeaway",
    "excerpt",
    "recap",
    "reminder",
    "background",
    // (Headlines' labels: `The Latest: …`, `EXCLUSIVE: …`.)
    "latest",
    "exclusive",
    "breaking",
]);

/// Prepositions before a day or a month that opens a phrase: `In September Symantec
/// released`, `On Monday Mr Howard said`.
pub(crate) static DATE_PREPOSITIONS: Lexicon = Lexicon::new(&["in", "on", "since", "by"]);

/// Words that place a month or a day in time: `Last June`, `early Monday`.
pub(crate) static DATE_MODIFIERS: Lexicon = Lexicon::new(&[
    "last", "next", "this", "early", "late", "mid", "earlier", "later",
]);

/// Words that make a number approximate before it: `about 50 protesters`.
pub(crate) static APPROXIMATIONS: Lexicon =
    Lexicon::new(&["about", "around", "nearly", "almost", "some", "roughly"]);

/// Determiners that introduce someone new (`a spokeswoman`, `another man`).
pub(crate) static INDEFINITES: Lexicon = Lexicon::new(&["a", "an", "one", "another"]);

/// Determiners that open an unnamed description: `the official`, `a spokesman`.
pub(crate) static DETERMINERS: Lexicon = Lexicon::new(DETERMINER_WORDS);

const DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "another", "one", "two", "three", "four", "several", "some",
    "many", "most", "both", "his", "her", "their", "its", "our", "other", "few",
];

/// Lower-case words that never open a clause's verb: determiners, prepositions, object and
/// relative pronouns, coordinators (`Ask them, “…”`; `Since the Oct. 7 attack, the Council
/// approved`; `Users who tried`; `Crows and ravens are the “…”`).
pub(crate) static NON_VERBS: Lexicon = Lexicon::union(
    &[
        "and", "or", "nor", "but", "into", "onto", "upon", "via", "amid", "among", "between",
        "within", "without", "despite", "during", "toward", "towards", "against", "through",
        "across",
    ],
    &[
        DETERMINER_WORDS,
        PREPOSITION_WORDS,
        RELATIVE_PRONOUN_WORDS,
        OBJECT_PRONOUN_WORDS,
    ],
);

/// Function words trimmed off the ends of a speaker mention.
pub(crate) static EDGE_WORDS: Lexicon = Lexicon::new(&[
    "and", "of", "for", "with", "at", "in", "on", "but", "so", "then", "when", "while", "as",
    "that", "to", "by", "from", "or", "yet", "also", "said", "after", "before",
]);

/// Words that open an introductory phrase ending in a comma: `Back in 1999, …`.
pub(crate) static INTRO_WORDS: Lexicon = Lexicon::union(
    &[
        "back",
        "when",
        "while",
        "as",
        "if",
        "although",
        "though",
        "just",
        "like",
        "for",
        "over",
        "speaking",
        "asked",
        "responding",
        "writing",
        "addressing",
        "then",
        "still",
        "now",
        "yet",
        "meanwhile",
        "instead",
        "likewise",
        "however",
        "moreover",
        "indeed",
        "also",
        "and",
        "but",
        "so",
        "throughout",
        "within",
        "upon",
        "according",
        "unlike",
        "among",
        "beyond",
        "without",
    ],
    &[PHRASE_OPENER_WORDS, SENTENCE_ADVERBS],
);

/// Words for a party or a fellowship that stand before a person's name and are none of it:
/// `Tory Liam Fox`, `Fellow Lib Dem Norman Baker`, `Republican Mitt Romney`, `Marine John
/// Tiegen`.
pub(crate) static NAME_MODIFIERS: Lexicon =
    Lexicon::union(&["fellow", "gop", "marine"], &[PARTY_WORDS]);

/// Prepositions before a place a person is from or stands for: `a woman in Worcester,
/// Massachusetts`, `MP for Henley-on-Thames, Oxfordshire`.
pub(crate) static PLACE_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "from", "for", "of", "at", "near"]);

/// Prepositions whose object is a place and never the agent of a participle after it:
/// `a crowd of about 8,000 in Carson, Calif., highlighting …` (not `of`: `one of the
/// contractors asking`; not `with`: `with another noting`).
pub(crate) static LOCATIVE_PREPOSITIONS: Lexicon = Lexicon::new(&["in", "at", "near", "from"]);

/// Irregular past tenses (and the participles that stand alone after a subject), which a
/// verb after a singular name may be without an ending: `Trump came`, `Fox put it`.
pub(crate) static IRREGULAR_PAST: Lexicon = Lexicon::union(
    &[
        "arose",
        "ate",
        "awoke",
        "bade",
        "beat",
        "became",
        "began",
        "bent",
        "bet",
        "bit",
        "bled",
        "blew",
        "bore",
        "bought",
        "bred",
        "broke",
        "brought",
        "built",
        "burnt",
        "burst",
        "cast",
        "caught",
        "chose",
        "clung",
        "came",
        "cost",
        "crept",
        "cut",
        "dealt",
        "did",
        "drew",
        "dreamt",
        "drank",
        "drove",
        "dug",
        "dwelt",
        "fed",
        "fell",
        "felt",
        "fled",
        "flew",
        "forbade",
        "forgave",
        "forgot",
        "fought",
        "found",
        "froze",
        "gave",
        "got",
        "grew",
        "had",
        "held",
        "hid",
        "hit",
        "hung",
        "hurt",
        "kept",
        "knew",
        "knelt",
        "laid",
        "leapt",
        "learnt",
        "led",
        "left",
        "lent",
        "let",
        "lit",
        "lost",
        "made",
        "meant",
        "met",
        "mistook",
        "oversaw",
        "overcame",
        "overtook",
        "paid",
        "put",
        "quit",
        "ran",
        "rang",
        "read",
        "rid",
        "rode",
        "rose",
        "sang",
        "sank",
        "sat",
        "saw",
        "sent",
        "set",
        "shed",
        "shook",
        "shot",
        "shut",
        "slept",
        "slid",
        "sold",
        "sought",
        "spat",
        "spent",
        "split",
        "spoke",
        "spread",
        "sprang",
        "stood",
        "stole",
        "struck",
        "stuck",
        "stung",
        "strove",
        "swam",
        "swore",
        "swept",
        "swung",
        "taught",
        "tore",
        "thought",
        "threw",
        "took",
        "understood",
        "undertook",
        "upheld",
        "upset",
        "was",
        "were",
        "went",
        "withdrew",
        "withheld",
        "woke",
        "won",
        "wore",
        "wove",
        "wrote",
    ],
    // (And the cues' own irregular participles: `told`, `written`, `heard`.)
    &[IRREGULAR_PARTICIPLES],
);

/// Endings of nouns that are never verbs (`capability`, `information`, `childhood`).
pub(crate) const NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ness", "ity", "ship", "ism", "ist", "hood", "ician",
];

/// Nouns that end in `s` in the singular and are never verbs: `German news giant Axel
/// Springer … offer “real-time news”` has no verb `news`.
pub(crate) static SINGULAR_S_NOUNS: Lexicon = Lexicon::new(&[
    "news",
    "politics",
    "economics",
    "crisis",
    "analysis",
    "basis",
    "status",
    "campus",
    "census",
    "consensus",
    "virus",
]);

/// Kinds of works, whose names are quoted: `the Syfy movie “Sharknado 3: Oh Hell No!”`.
const WORKS: &[&str] = &[
    "film",
    "show",
    "book",
    "song",
    "series",
    "movie",
    "album",
    "novel",
    "memoir",
    "documentary",
    "procedural",
    "sitcom",
    "podcast",
    "drama",
    "musical",
    "comedy",
    "thriller",
    "autobiography",
    "biography",
    "opera",
    "poem",
    "anthem",
    "track",
    "single",
    "ballad",
    "mixtape",
    "episode",
    "play",
    "sequel",
    // Writing in the press: `Kennedy’s article “Deadly Immunity.”`
    "article",
    "essay",
    "op-ed",
];

/// [`WORKS`] as a table.
pub(crate) static WORK_NOUNS: Lexicon = Lexicon::new(WORKS);

/// Words right before a title-case quote that make it a name of a work: `on “Meet the Press”`.
pub(crate) static TITLE_PREPOSITIONS: Lexicon = Lexicon::union(
    &[
        "on",
        "of",
        "in",
        "to",
        "at",
        "by",
        "from",
        "for",
        "with",
        "about",
        "into",
        "alongside",
        "hit",
        "network's",
        // Verbs whose object is a work: `paid $1 million an episode to stream ''Seinfeld.''`,
        // `proceeded to perform "Bridge Over Troubled Water."`.
        "stream",
        "streamed",
        "streaming",
        "watch",
        "watched",
        "watching",
        "perform",
        "performed",
        "performing",
        "titled",
        "entitled",
        // Kinds of works whose names are quoted, but also other things: `the federal biofuels
        // program “back on track”` is no title.
        "program",
        "programme",
        "play",
        "column",
        "newsletter",
        // The addressee of `told` is a show or an outlet: `Fiorina told “Fox and Friends,”`.
        "told",
        "tells",
        "telling",
    ],
    &[WORKS],
);

/// Words right after a title-case quote that make it a name of a work: `“Bloodline” star`.
pub(crate) static TITLE_FOLLOWERS: Lexicon = Lexicon::new(&[
    "star",
    "stars",
    "host",
    "hosts",
    "author",
    "series",
    "show",
    "program",
    "programme",
    "episode",
    "book",
    "film",
    "movie",
    "album",
    "song",
    "segment",
    "broadcast",
    "actor",
    "actress",
    "creator",
    "producer",
    "director",
    "cast",
    "sketch",
    "campaign",
    "slogan",
    "hats",
    "hat",
    "signs",
    "sign",
    "shirts",
    "t-shirts",
    "banner",
    "rally",
    "rallies",
    // A work's author: `''This Kind of War,'' by T.R. Fehrenbach`.
    "by",
]);

/// Words that end a speaker mention read forward from its cue: `said Price in a statement`.
pub(crate) static NP_STOP: Lexicon = Lexicon::union(
    &[
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "when",
        "while",
        "as",
        "after",
        "before",
        "during",
        "ahead",
        "amid",
        "despite",
        "until",
        "following",
        "because",
        "since",
        "in",
        "on",
        "at",
        "to",
        "about",
        "into",
        "last",
        "this",
        "earlier",
        "later",
        "afterwards",
        "afterward",
        "again",
        "recently",
        "told",
        "said",
        "says",
        "adding",
        "noting",
        "referring",
        "according",
        "than",
        "if",
        "but",
        "and",
        "or",
        "yesterday",
        "today",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "with",
        "through",
        "via",
        "over",
        "under",
        "back",
        "then",
        "where",
        "outside",
        "inside",
    ],
    // (A finite auxiliary is the next clause's verb: `according to Gartner analyst Carolina
    // Milanesi is “seldom strong”`.)
    &[FINITE_AUXILIARY_WORDS],
);

/// Months that are given names too, which open a person's name before a surname (`Jan
/// Egeland`, `April Ryan`, `June Carter`) — not `May`, `March` (verbs that open sentences).
pub(crate) static MONTH_GIVEN_NAMES: Lexicon = Lexicon::new(&["jan", "april", "june", "august"]);

/// Given names common for both sexes: names, but no gender (see [`MALE_NAMES`]).
pub(crate) static UNISEX_NAMES: Lexicon = Lexicon::new(&[
    "alex", "chris", "terry", "sam", "lee", "kim", "jean", "pat", "jordan", "taylor", "jamie",
    "robin", "leslie", "dana", "casey", "jackie", "drew", "jessie", "jesse", "morgan", "cameron",
    "shannon", "tracy", "kelly", "riley", "avery", "blair", "lindsey", "sandy", "toni", "marion",
]);

/// Common given names that tell a person's gender, for resolving `he` and `she`.
/// (A small table of frequent English-language names; a name not listed leaves the
/// gender unknown, which is compatible with either pronoun. Names common for both sexes,
/// or of the other sex in other languages, are left out: Terry, Chris, Alex, Sam, Lee,
/// Kim, Jean.)
pub(crate) static MALE_NAMES: Lexicon = Lexicon::new(&[
    "aaron",
    "abdul",
    "abraham",
    "adam",
    "adrian",
    "ahmed",
    "al",
    "alan",
    "albert",
    "alberto",
    "alejandro",
    "alexander",
    "alfred",
    "ali",
    "allen",
    "alvin",
    "amir",
    "andre",
    "andrew",
    "andy",
    "angelo",
    "anthony",
    "antonio",
    "antony",
    "arnold",
    "arthur",
    "barack",
    "barry",
    "ben",
    "benjamin",
    "bernard",
    "bernie",
    "bill",
    "billy",
    "bob",
    "bobby",
    "boris",
    "brad",
    "bradley",
    "brandon",
    "brendan",
    "brett",
    "brian",
    "bruce",
    "bryan",
    "byron",
    "calvin",
    "carl",
    "carlos",
    "cecil",
    "charles",
    "charlie",
    "christopher",
    "chuck",
    "clarence",
    "claude",
    "clifford",
    "clint",
    "colin",
    "craig",
    "curtis",
    "dan",
    "daniel",
    "danny",
    "darrell",
    "darren",
    "dave",
    "david",
    "dean",
    "dennis",
    "derek",
    "dick",
    "diego",
    "dmitry",
    "dominic",
    "don",
    "donald",
    "doug",
    "douglas",
    "duncan",
    "dwight",
    "earl",
    "ed",
    "eddie",
    "edgar",
    "edward",
    "edwin",
    "eli",
    "elijah",
    "elliot",
    "emmanuel",
    "enrique",
    "eric",
    "ernest",
    "ethan",
    "eugene",
    "evan",
    "felix",
    "fernando",
    "francis",
    "francisco",
    "frank",
    "franklin",
    "fred",
    "frederick",
    "gabriel",
    "gary",
    "gavin",
    "gene",
    "geoffrey",
    "george",
    "gerald",
    "gerard",
    "gilbert",
    "glen",
    "glenn",
    "gordon",
    "graham",
    "greg",
    "gregory",
    "gustavo",
    "guy",
    "hank",
    "harold",
    "harry",
    "harvey",
    "hassan",
    "hector",
    "henry",
    "herbert",
    "howard",
    "hugh",
    "hugo",
    "hussein",
    "ian",
    "igor",
    "isaac",
    "ivan",
    "jack",
    "jacob",
    "jake",
    "james",
    "jared",
    "jason",
    "javier",
    "jay",
    "jeb",
    "jeff",
    "jeffrey",
    "jeremy",
    "jerome",
    "jerry",
    "jesse",
    "jim",
    "jimmy",
    "joe",
    "joel",
    "john",
    "johnny",
    "jon",
    "jonathan",
    "jorge",
    "jose",
    "joseph",
    "josh",
    "joshua",
    "juan",
    "julian",
    "justin",
    "karl",
    "keith",
    "ken",
    "kenneth",
    "kevin",
    "kirk",
    "kurt",
    "kyle",
    "lance",
    "larry",
    "lawrence",
    "leo",
    "leon",
    "leonard",
    "lewis",
    "liam",
    "lloyd",
    "louis",
    "luis",
    "luke",
    "malcolm",
    "marc",
    "marco",
    "marcus",
    "mario",
    "mark",
    "martin",
    "marvin",
    "matt",
    "matthew",
    "max",
    "michael",
    "miguel",
    "mike",
    "mitch",
    "mitchell",
    "mitt",
    "mohammad",
    "mohammed",
    "muhammad",
    "nathan",
    "ned",
    "neil",
    "nelson",
    "newt",
    "nicholas",
    "nick",
    "nigel",
    "noah",
    "norman",
    "oliver",
    "oscar",
    "owen",
    "pablo",
    "patrick",
    "paul",
    "pedro",
    "pete",
    "peter",
    "phil",
    "philip",
    "phillip",
    "pierre",
    "rafael",
    "ralph",
    "rand",
    "randy",
    "raul",
    "ray",
    "raymond",
    "reggie",
    "reince",
    "rex",
    "richard",
    "rick",
    "ricky",
    "rob",
    "robert",
    "roberto",
    "rod",
    "rodney",
    "roger",
    "ron",
    "ronald",
    "ronnie",
    "roy",
    "rudy",
    "russell",
    "ryan",
    "samuel",
    "scott",
    "sean",
    "sergei",
    "sergio",
    "seth",
    "shane",
    "shaun",
    "simon",
    "stanley",
    "stephen",
    "steve",
    "steven",
    "stuart",
    "ted",
    "terrence",
    "theodore",
    "thomas",
    "tim",
    "timothy",
    "todd",
    "tom",
    "tommy",
    "tony",
    "travis",
    "trevor",
    "troy",
    "tyler",
    "victor",
    "vince",
    "vincent",
    "vladimir",
    "walter",
    "wayne",
    "wesley",
    "william",
    "willie",
    "xavier",
    "xi",
    "zach",
    "zachary",
    // More names common in English-language news, from many countries.
    "ahmad",
    "aidan",
    "alain",
    "alastair",
    "alec",
    "alfie",
    "alistair",
    "alonzo",
    "ambrose",
    "anders",
    "andreas",
    "andrzej",
    "angus",
    "anton",
    "archie",
    "armando",
    "arturo",
    "arvind",
    "barney",
    "bertrand",
    "blake",
    "boyd",
    "brent",
    "bryce",
    "caleb",
    "cesar",
    "chad",
    "chester",
    "clayton",
    "clive",
    "cody",
    "colm",
    "connor",
    "conor",
    "cory",
    "cristiano",
    "damian",
    "damien",
    "damon",
    "dante",
    "darius",
    "declan",
    "denis",
    "desmond",
    "dexter",
    "dimitri",
    "dirk",
    "dylan",
    "eamon",
    "eamonn",
    "edmund",
    "elliott",
    "emil",
    "emilio",
    "enzo",
    "erik",
    "ernesto",
    "errol",
    "esteban",
    "etienne",
    "everett",
    "ezra",
    "fabio",
    "fabrice",
    "farid",
    "federico",
    "felipe",
    "francesco",
    "francois",
    "franco",
    "freddie",
    "gareth",
    "garrett",
    "geoff",
    "gerhard",
    "giorgio",
    "giovanni",
    "giuseppe",
    "guillaume",
    "gunnar",
    "hamid",
    "hans",
    "heinrich",
    "helmut",
    "herman",
    "hiroshi",
    "horace",
    "humphrey",
    "ibrahim",
    "ignacio",
    "imran",
    "irving",
    "isaiah",
    "ismail",
    "jacques",
    "jamal",
    "jasper",
    "jens",
    "jeremiah",
    "jiri",
    "joachim",
    "joaquin",
    "johan",
    "johannes",
    "jonah",
    "jonas",
    "josef",
    "julio",
    "jurgen",
    "karim",
    "keir",
    "kieran",
    "klaus",
    "kofi",
    "kwame",
    "lars",
    "laurent",
    "leroy",
    "lionel",
    "lorenzo",
    "lucas",
    "luc",
    "luigi",
    "luka",
    "lyndon",
    "manfred",
    "manuel",
    "marcel",
    "marcello",
    "marek",
    "mateo",
    "matteo",
    "matthias",
    "maurice",
    "mehmet",
    "mervyn",
    "micah",
    "milton",
    "mohamed",
    "moses",
    "nate",
    "neville",
    "niall",
    "nicolas",
    "nikolai",
    "norbert",
    "olaf",
    "olivier",
    "omar",
    "oswald",
    "otto",
    "pascal",
    "patrice",
    "pavel",
    "percy",
    "philippe",
    "piers",
    "quentin",
    "rahul",
    "rainer",
    "rajiv",
    "ramon",
    "randall",
    "reginald",
    "rene",
    "reuben",
    "rhys",
    "ricardo",
    "rishi",
    "roland",
    "rolf",
    "rory",
    "ross",
    "rupert",
    "salman",
    "sanjay",
    "santiago",
    "saul",
    "seamus",
    "sebastian",
    "sergey",
    "sidney",
    "silvio",
    "stanislav",
    "stefan",
    "sven",
    "tariq",
    "terence",
    "thabo",
    "thierry",
    "tobias",
    "toby",
    "tomas",
    "tomasz",
    "trent",
    "tristan",
    "ulrich",
    "vernon",
    "vijay",
    "viktor",
    "vinny",
    "vito",
    "wallace",
    "wilbur",
    "wolfgang",
    "yasser",
    "yuri",
    "yusuf",
    "zoltan",
    // Given names rarely met as surnames, words or places (not `Warren`, `Murray`,
    // `Clinton`, `April`, `Olive`), added after the tables above proved short.
    "abdullah",
    "adolfo",
    "akbar",
    "alasdair",
    "aleksandr",
    "alessandro",
    "alexei",
    "alfonso",
    "alfredo",
    "andrei",
    "andres",
    "anil",
    "antoine",
    "archibald",
    "arjun",
    "armand",
    "ashok",
    "augustus",
    "axel",
    "bartholomew",
    "benedict",
    "benny",
    "bernardo",
    "bjorn",
    "carlo",
    "cedric",
    "claudio",
    "conrad",
    "cornelius",
    "curt",
    "cyrus",
    "darryl",
    "daryl",
    "davide",
    "derrick",
    "dewayne",
    "dieter",
    "donnie",
    "duane",
    "dustin",
    "dwayne",
    "eduardo",
    "elias",
    "elmer",
    "emanuel",
    "emile",
    "ernie",
    "fabian",
    "fidel",
    "franz",
    "freddy",
    "fritz",
    "gregg",
    "guillermo",
    "gustav",
    "henri",
    "humberto",
    "johann",
    "kenny",
    "khalid",
    "laurence",
    "leonardo",
    "luca",
    "mauricio",
    "melvin",
    "mustafa",
    "nathaniel",
    "paolo",
    "raphael",
    "rickey",
    "rodrigo",
    "ruben",
    "rudolph",
    "salvador",
    "shawn",
    "teddy",
    "theo",
    "wilfred",
    "willard",
    // (More adults' names met in news: given names of other languages too.)
    "akira",
    "amit",
    "bret",
    "darnell",
    "deshawn",
    "dmitri",
    "kenji",
    "malik",
    "michel",
    "mikhail",
    "oleg",
    "rohan",
    "satoshi",
    "takeshi",
    "tyrone",
    // (Common in the news of sport, music and politics: Lleyton, Arsene, Kanye, Iain.)
    "robbie",
    "corey",
    "jonny",
    "lleyton",
    "elvis",
    "elon",
    "kostas",
    "stan",
    "arsene",
    "mathew",
    "martyn",
    "marlon",
    "yannick",
    "keanu",
    "kanye",
    "serge",
    "sebastien",
    "mick",
    "graeme",
    "olly",
    "julien",
    "christophe",
    "marat",
    "trey",
    "robby",
    "gerry",
    "fabien",
    "arjen",
    "luciano",
    "yann",
    "paulo",
    "jude",
    "kobe",
    "cyril",
    "wes",
    "goran",
    "mauro",
    "devin",
    "sonny",
    "didier",
    "sylvain",
    "jordi",
    "ossie",
    "burt",
    "gonzalo",
    "enrico",
    "herve",
    "iain",
    "ollie",
    "ludovic",
    "mathieu",
    "allan",
    "quincy",
    "callum",
    "nikola",
    "josep",
    "vincenzo",
    "gus",
    "richie",
    "jerzy",
    "paddy",
    "huw",
    "elton",
    "neal",
    "gil",
    "nico",
    "artur",
    "ettore",
    "donovan",
    "jeffery",
    "ajay",
    "dillon",
    "ari",
    "noam",
    "florian",
    "ravi",
    "linus",
    "bert",
    "leonid",
    "nestor",
    "euan",
    "kieron",
    "jermaine",
    "rafa",
    "linford",
    "gethin",
    "fergus",
    "jules",
    "pawel",
    "sherrod",
    "sheldon",
    "woodrow",
    "russ",
]);
/// See [`MALE_NAMES`].
pub(crate) static FEMALE_NAMES: Lexicon = Lexicon::new(&[
    "abigail",
    "ada",
    "adriana",
    "alice",
    "alicia",
    "alison",
    "allison",
    "amanda",
    "amber",
    "amy",
    "ana",
    "andrea",
    "angela",
    "angelina",
    "anita",
    "ann",
    "anna",
    "anne",
    "annie",
    "ashley",
    "barbara",
    "beatrice",
    "becky",
    "belinda",
    "beth",
    "betsy",
    "betty",
    "beverly",
    "brenda",
    "bridget",
    "brittany",
    "camila",
    "carla",
    "carly",
    "carmen",
    "carol",
    "caroline",
    "carolyn",
    "catherine",
    "cathy",
    "charlotte",
    "chelsea",
    "cheryl",
    "christina",
    "christine",
    "cindy",
    "claire",
    "clara",
    "claudia",
    "colleen",
    "condoleezza",
    "connie",
    "cynthia",
    "daisy",
    "daniela",
    "debbie",
    "deborah",
    "debra",
    "denise",
    "diana",
    "diane",
    "donna",
    "doris",
    "dorothy",
    "edith",
    "eleanor",
    "elena",
    "elise",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "erica",
    "erin",
    "esther",
    "eva",
    "evelyn",
    "fiona",
    "florence",
    "frances",
    "gabriela",
    "gail",
    "gloria",
    "grace",
    "hannah",
    "harriet",
    "heather",
    "heidi",
    "helen",
    "hillary",
    "holly",
    "huma",
    "ingrid",
    "irene",
    "isabel",
    "ivanka",
    "jackie",
    "jacqueline",
    "jane",
    "janet",
    "janice",
    "jennifer",
    "jenny",
    "jessica",
    "jill",
    "joan",
    "joanna",
    "joanne",
    "josephine",
    "joy",
    "joyce",
    "judith",
    "judy",
    "julia",
    "julie",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathryn",
    "kathy",
    "katie",
    "katrina",
    "kayla",
    "kelly",
    "kellyanne",
    "kimberly",
    "kristen",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "liz",
    "lois",
    "loretta",
    "lori",
    "lorraine",
    "louise",
    "lucy",
    "madeleine",
    "margaret",
    "maria",
    "marie",
    "marilyn",
    "martha",
    "mary",
    "megan",
    "megyn",
    "melania",
    "melanie",
    "melissa",
    "michelle",
    "monica",
    "nancy",
    "natalie",
    "nicola",
    "nicole",
    "nikki",
    "nina",
    "olivia",
    "pam",
    "pamela",
    "patricia",
    "paula",
    "pauline",
    "peggy",
    "penny",
    "rachel",
    "rebecca",
    "rita",
    "roberta",
    "rosa",
    "rose",
    "ruth",
    "sally",
    "samantha",
    "sandra",
    "sara",
    "sarah",
    "sharon",
    "sheila",
    "shirley",
    "silvia",
    "sofia",
    "sonia",
    "sophia",
    "sophie",
    "stephanie",
    "susan",
    "suzanne",
    "sylvia",
    "tammy",
    "teresa",
    "theresa",
    "tiffany",
    "tina",
    "tulsi",
    "valerie",
    "vanessa",
    "veronica",
    "victoria",
    "virginia",
    "wendy",
    "yvonne",
    "zoe",
    // More names common in English-language news, from many countries.
    "abby",
    "adele",
    "agnes",
    "aileen",
    "alana",
    "alexandra",
    "alma",
    "amelia",
    "amira",
    "anastasia",
    "angelica",
    "annette",
    "antonia",
    "arlene",
    "audrey",
    "ava",
    "bernadette",
    "bonnie",
    "brianna",
    "brooke",
    "caitlin",
    "candice",
    "cara",
    "carrie",
    "cassandra",
    "cecilia",
    "celia",
    "charlene",
    "chloe",
    "christie",
    "ciara",
    "clare",
    "colette",
    "constance",
    "cora",
    "courtney",
    "danielle",
    "delia",
    "delphine",
    "dolores",
    "edna",
    "eileen",
    "elaine",
    "elisa",
    "eliza",
    "ella",
    "ellie",
    "eloise",
    "elsa",
    "elsie",
    "emilia",
    "erika",
    "estelle",
    "ethel",
    "eugenia",
    "eunice",
    "faye",
    "felicity",
    "freya",
    "gemma",
    "georgina",
    "geraldine",
    "gillian",
    "gina",
    "giselle",
    "glenys",
    "gwen",
    "gwendolyn",
    "gwyneth",
    "hayley",
    "hazel",
    "helena",
    "henrietta",
    "hilary",
    "hilda",
    "ida",
    "imogen",
    "ines",
    "irina",
    "isabella",
    "isla",
    "janine",
    "jasmine",
    "jeanette",
    "jeanne",
    "jemima",
    "jocelyn",
    "jodie",
    "johanna",
    "jolene",
    "juanita",
    "judi",
    "juliet",
    "justine",
    "karin",
    "katarina",
    "katy",
    "keira",
    "kirsten",
    "kirsty",
    "lana",
    "leah",
    "leila",
    "lena",
    "lesley",
    "lillian",
    "lily",
    "lina",
    "lorna",
    "lucia",
    "lucinda",
    "luisa",
    "lydia",
    "lynn",
    "lynne",
    "mabel",
    "maggie",
    "mandy",
    "marcia",
    "margarita",
    "margot",
    "marguerite",
    "mariana",
    "marianne",
    "marina",
    "marisa",
    "marjorie",
    "marlene",
    "maureen",
    "maxine",
    "meg",
    "meredith",
    "mia",
    "mildred",
    "millie",
    "miranda",
    "miriam",
    "molly",
    "muriel",
    "myra",
    "nadia",
    "nadine",
    "naomi",
    "natasha",
    "nell",
    "nellie",
    "nora",
    "norma",
    "olga",
    "oona",
    "oprah",
    "paige",
    "patsy",
    "patti",
    "penelope",
    "petra",
    "phoebe",
    "phyllis",
    "polly",
    "priscilla",
    "rachael",
    "ramona",
    "rebekah",
    "renee",
    "rhonda",
    "rosalind",
    "rosanna",
    "rosemary",
    "rosie",
    "roxanne",
    "sabrina",
    "sadie",
    "selena",
    "serena",
    "shauna",
    "sheryl",
    "shelley",
    "sian",
    "simone",
    "sonya",
    "stacey",
    "stella",
    "susanna",
    "susie",
    "svetlana",
    "tamara",
    "tanya",
    "tara",
    "tessa",
    "thelma",
    "trisha",
    "ursula",
    "vera",
    "vicky",
    "viola",
    "vivian",
    "wanda",
    "wilma",
    "winifred",
    "yolanda",
    "yvette",
    "zara",
    // Given names rarely met as surnames, words or places (not `Warren`, `Murray`,
    // `Clinton`, `April`, `Olive`), added after the tables above proved short.
    "adrienne",
    "alina",
    "alisha",
    "alyssa",
    "angie",
    "annabel",
    "antoinette",
    "bethany",
    "bianca",
    "briana",
    "brianne",
    "camille",
    "candace",
    "carole",
    "celeste",
    "cristina",
    "daphne",
    "darlene",
    "fatima",
    "felicia",
    "francesca",
    "gabrielle",
    "genevieve",
    "gertrude",
    "gladys",
    "greta",
    "gretchen",
    "ilana",
    "isabelle",
    "jillian",
    "kelsey",
    "kristin",
    "kristina",
    "laurie",
    "lila",
    "lucille",
    "madeline",
    "mariah",
    "marian",
    "marsha",
    "marta",
    "melinda",
    "michaela",
    "monique",
    "sherry",
    "stacy",
    "susanne",
    "tracey",
    "vicki",
    // (See the note at the end of `MALE_NAMES`.)
    "aisha",
    "anjali",
    "astrid",
    "brigitte",
    "dianne",
    "elke",
    "jenna",
    "kaitlyn",
    "kari",
    "keisha",
    "kendra",
    "khloe",
    "kristi",
    "kristy",
    "kylie",
    "latoya",
    "lindsay",
    "meghan",
    "nathalie",
    "priya",
    "sylvie",
    "tonya",
    "valentina",
    "whitney",
    // (Common in the news of sport, music and politics: Jo, Cate, Jelena, Meryl.)
    "imelda",
    "cate",
    "katerina",
    "jo",
    "jelena",
    "britney",
    "sania",
    "conchita",
    "patty",
    "norah",
    "cherie",
    "kelli",
    "scarlett",
    "barbra",
    "katharine",
    "meryl",
    "robyn",
    "ivana",
    "avril",
    "yelena",
    "benita",
    "amelie",
    "charlize",
    "halle",
    "cecile",
    "louisa",
    "martina",
    "missy",
    "catalina",
    "miley",
    "vivienne",
    "ileana",
    "michele",
    "zeynep",
    "luciana",
    "marla",
    "joni",
    "mollie",
]);

/// Capitalized words that mark a name as a place, event or thing rather than a person.
pub(crate) static NON_PERSON_WORDS: Lexicon = Lexicon::union(
    &[
        "united",
        "states",
        "america",
        "american",
        "americans",
        "north",
        "south",
        "east",
        "west",
        "new",
        "york",
        "city",
        "county",
        "state",
        "street",
        "avenue",
        "road",
        "park",
        "river",
        "island",
        "islands",
        "war",
        "world",
        "change",
        "climate",
        "day",
        "week",
        "year",
        "act",
        "law",
        "court",
        "party",
        "union",
        "republic",
        "kingdom",
        "korea",
        "china",
        "russia",
        "mexico",
        "europe",
        "asia",
        "africa",
        "middle",
        "great",
        "national",
        "federal",
        "capitol",
        "hill",
        "square",
        "center",
        "centre",
        "hall",
        "airport",
        "station",
        "bay",
        "valley",
        "mountain",
        "lake",
        "beach",
        "coast",
        "district",
        "province",
        "region",
        "times",
        "post",
        "news",
        "journal",
        "twitter",
        "facebook",
        "google",
        "instagram",
        "youtube",
        "internet",
        "web",
        "online",
        "tv",
        "radio",
        "show",
        "series",
        "prize",
        "award",
        "awards",
        "festival",
        "games",
        "olympics",
        "cup",
        "league",
        "super",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "ocean",
        "sea",
        "charter",
        "treaty",
        "accord",
        "agreement",
        "patriot",
        "patriots",
        "caucus",
        "convention",
        "debate",
        "primary",
        "election",
    ],
    &[PARTY_WORDS],
);

/// Words of places and things that are surnames as often, after a known given name (`Mike
/// Lake`, `Lauryn Hill`, `Kanye West`, `Wendy Day`).
/// (Not `park`: `Stanley Park` is a stadium.)
pub(crate) static SURNAMES_OF_PLACES: Lexicon = Lexicon::new(&[
    "hill", "lake", "west", "hall", "day", "law", "north", "south", "east", "ocean",
]);

/// A party's members, in the singular: `an Iowa Democrat` is someone unnamed.
pub(crate) static PARTY_MEMBERS: Lexicon = Lexicon::new(&[
    "republican",
    "democrat",
    "conservative",
    "liberal",
    "tory",
    "socialist",
    "independent",
]);

/// Words for political parties and their members: no person's name (`Republican`, `Lib
/// Dem`), and none before one (`Tory Liam Fox`).
const PARTY_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "tory",
    "tories",
    "labour",
    "lib",
    "dem",
    "dems",
];

/// Words that, before a title, make it another office: `the vice president` is not `the
/// president`, `Deputy Secretary` not `Secretary`.
pub(crate) static RANK_PREFIXES: Lexicon = Lexicon::new(&[
    "vice",
    "deputy",
    "assistant",
    "associate",
    "lieutenant",
    "under",
]);

/// Heads of definite descriptions that refer to a titled person named earlier:
/// `the president` → `President Barack Obama`.
pub(crate) static TITLE_HEADS: Lexicon = Lexicon::union(
    &[
        "president",
        "mayor",
        "senator",
        "governor",
        "secretary",
        "undersecretary",
        "under-secretary",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "chairperson",
        "minister",
        "premier",
        "chancellor",
        "ambassador",
        "director",
        "commissioner",
        "sheriff",
        "judge",
        "justice",
        "congressman",
        "congresswoman",
        "candidate",
        "nominee",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        // (Officers by their initials: `the CEO`, `Mohamed Mostafa, CEO of IT Dynamics,`.)
        "ceo",
        "cfo",
        "coo",
        "cto",
        "general",
        "admiral",
        "brigadier",
        "colonel",
        "commander",
        "captain",
        "sergeant",
        "pope",
        "king",
        "queen",
        "prince",
        "coach",
        "attorney",
        "prosecutor",
        "representative",
        "mp",
        "mep",
        "msp",
        "mla",
    ],
    &[OCCUPATIONS],
);

/// Abbreviated titles before a name and the title head each stands for: `Sen. Bernie Sanders`
/// is who `the senator` means.
pub(crate) const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen", "senator"),
    ("gov", "governor"),
    ("rep", "representative"),
    ("gen", "general"),
    ("pres", "president"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_suffix_is_longer_than_the_bound_the_check_skips_past() {
        assert!(NAME_SUFFIXES.iter().all(|w| w.len() <= MAX_NAME_SUFFIX));
        assert!(NAME_SUFFIXES.iter().any(|w| w.len() == MAX_NAME_SUFFIX));
    }

    #[test]
    fn lookups_find_every_word_of_both_parts_in_any_case() {
        for table in [&NOMINAL_HEADS, &NON_PERSON_HEADS, &ABBREVIATIONS] {
            for w in table.words() {
                assert!(table.has(w) && table.has(&w.to_uppercase()), "{w}");
            }
        }
        assert!(NOMINAL_HEADS.has("Spokeswoman") && NOMINAL_HEADS.has("STATEMENT"));
        assert!(NON_PERSON_HEADS.has("company") && NON_PERSON_HEADS.has("host"));
        assert!(!NON_PERSON_HEADS.has("economist"));
        assert!(!ABBREVIATIONS.has("calif.x"));
    }

    #[test]
    fn tables_hold_what_their_callers_assume() {
        // `caller` tests the ending before the table.
        assert!(
            CALLING_VERBS
                .words()
                .all(|w| w.ends_with("ed") || w.ends_with('s') || w.ends_with("ing"))
        );
        // (The past tense names titles too; the present stays a cue of its own: `what she
        // calls “…”`.)
        assert!(
            CALLING_VERBS
                .words()
                .filter(|w| w.ends_with("ed"))
                .all(|w| TITLE_CUES.contains(&w))
        );
    }

    #[test]
    fn a_word_packs_as_its_bytes_zero_padded_little_endian() {
        let text = b"abcdefghijklmnopqrstu";
        for n in 0..=text.len() {
            let word = text.get(..n).unwrap_or_default();
            let expected = (1..=PACKED_BYTES).contains(&n).then(|| {
                let mut bytes = [0u8; PACKED_BYTES];
                bytes.get_mut(..n).unwrap_or_default().copy_from_slice(word);
                u128::from_le_bytes(bytes)
            });
            assert_eq!(pack(word), expected, "{n} bytes");
        }
    }

    #[test]
    fn a_word_table_finds_its_words_short_and_long_and_no_other() {
        let words = [
            "a",
            "he",
            "said",
            "spokesman",
            "chief-executive",   // 15 bytes
            "chief-executives",  // 16: the longest packed
            "chief-executive's", // 17: in the hash map
            "é",
            "",
        ];
        let table = WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(k, w)| (Box::from(w.as_bytes()), 1u32 << k))
                .chain([(Box::from(&b"said"[..]), 1 << 20)]),
            |joined, bits| *joined |= bits,
        );
        for (k, w) in words.iter().enumerate() {
            let bits = table.get(w.as_bytes()).unwrap_or_default();
            assert!(bits & 1 << k != 0, "{w}");
        }
        // (A word given twice keeps both values.)
        assert_eq!(table.get(b"said"), Some(1 << 2 | 1 << 20));
        for miss in ["s", "sai", "saidx", "chief-executivez", "chief-executivez!"] {
            assert_eq!(table.get(miss.as_bytes()), None, "{miss}");
        }
        assert_eq!(table.longest(), 17);
        // (Longer than every word: turned away before any lookup.)
        assert_eq!(table.get(&[b'a'; 40]), None);
        // (A table with no words finds nothing.)
        let empty: WordTable<()> = WordTable::new(std::iter::empty(), |_, ()| {});
        assert_eq!(empty.get(b"he"), None);
        assert_eq!(empty.get(b""), None);
    }

    #[test]
    fn every_cue_extension_opens_with_an_opener_and_no_other_word_is_one() {
        for ext in CUE_EXTENSIONS {
            let first = ext.split(' ').next().unwrap_or_default();
            assert!(cue_extension_opener(first), "{ext}");
            assert!(cue_extension_opener(&first.to_uppercase()), "{ext}");
        }
        for word in ["Price", "said", "statement", "i", ""] {
            assert!(!cue_extension_opener(word), "{word}");
        }
    }

    #[test]
    fn a_pair_of_words_is_looked_up_with_one_space_between() {
        assert!(TITLE_CUES.contains_pair(b"known", b"as"));
        assert!(TITLE_CUES.contains_pair(b"the", b"documentary"));
        assert!(!TITLE_CUES.contains_pair(b"knownas", b""));
        assert!(!TITLE_CUES.contains_pair(b"he", b"said"));
        // (Longer than every entry: turned away before any copy.)
        assert!(!TITLE_CUES.contains_pair(&[b'a'; 100], b"as"));
    }

    #[test]
    fn every_abbreviated_title_stands_for_a_title_head() {
        for (abbreviation, head) in TITLE_ABBREVIATIONS {
            assert!(TITLE_HEADS.contains(head), "{abbreviation} → {head}");
            assert!(ABBREVIATIONS.has(abbreviation), "{abbreviation}");
        }
    }
}
