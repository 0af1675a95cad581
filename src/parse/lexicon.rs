//! Word lists the grammar consults. Every list the parser uses lives here, so a rule is
//! changed by editing a table, not code.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::model::BoilerplateKind;
use crate::parse::words::with_lower_bytes;

/// A word list with constant-time lookup (a hash set built on first use). A list may be the
/// union of several tables, so that a subset is written once (see [`NOMINAL_HEADS`]).
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: &'static [&'static str],
    also: &'static [&'static [&'static str]],
    set: OnceLock<WordSet>,
}

/// The words keyed by bytes, so that a word lower-cased into a buffer is looked up as it is,
/// and the longest word, so that longer ones are turned away without hashing.
#[derive(Debug)]
struct WordSet {
    words: HashSet<&'static [u8], WordHashBuild>,
    longest: usize,
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

    fn word_set(&self) -> &WordSet {
        self.set.get_or_init(|| WordSet {
            words: self.words().map(str::as_bytes).collect(),
            longest: self.words().map(str::len).max().unwrap_or(0),
        })
    }

    fn contains_bytes(&self, lw: &[u8]) -> bool {
        let set = self.word_set();
        lw.len() <= set.longest && set.words.contains(lw)
    }

    /// Whether `word`, in any case (’ read as '), is in the list.
    pub(crate) fn has(&self, word: &str) -> bool {
        // (An ASCII word keeps its length in lower case: one longer than every word of the
        // list is not in it, and is not lower-cased to find that out.)
        if word.len() > self.word_set().longest && word.is_ascii() {
            return false;
        }
        with_lower_bytes(word, |lw| self.contains_bytes(lw))
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
    "read",
]);

/// Cue verbs whose bare form is more often a noun (`state prosecutor`, `a report card`,
/// `the Indian state`): as a cue, the bare form must be followed by its object or
/// complement, not by a lower-case content word.
pub(crate) static CUES_ALSO_NOUNS: Lexicon = Lexicon::new(&[
    "state", "report", "claim", "question", "answer", "order", "demand", "promise", "tweet",
    "post", "note", "charge", "counter", "comment", "reply", "request", "quote",
]);

/// Cue verbs whose object is the hearer, not the speaker: after them stands who was told
/// (`, told Bloomberg`), so they are never inverted (`, said Price`).
pub(crate) static HEARER_CUES: Lexicon = Lexicon::new(&[
    "tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
    "assured", "remind", "reminds", "reminded",
]);

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
    "organization",
    "committee",
    "department",
    "agency",
    "company",
    "firm",
    "police",
    "staff",
];

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

/// Words written with an apostrophe in front (`’n’`, `’em`, `’til`, `’cause`): the mark
/// before them is no quotation mark.
pub(crate) static ELISIONS: Lexicon = Lexicon::new(&[
    "n", "em", "til", "cause", "tis", "twas", "bout", "round", "s",
]);

/// Contracted verbs after a pronoun, ’ read as ' (`He’s claiming`, `I'd`).
pub(crate) const CONTRACTIONS: &[&str] = &["'s", "'d", "'re", "'m", "'ll", "'ve"];

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
pub(crate) static SPEECH_NOUNS: Lexicon = Lexicon::union(
    &[
        "response",
        "responses",
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
    ],
    &[DOCUMENT_HEADS],
);

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

/// Heads of unnamed speaker descriptions (`a senior official`, `the spokesman`).
pub(crate) static NOMINAL_HEADS: Lexicon =
    Lexicon::union(PERSON_HEADS, &[OCCUPATIONS, THING_HEADS, DOCUMENT_HEADS]);

/// Heads of descriptions of people, as a table of their own.
pub(crate) static PERSON_HEAD_WORDS: Lexicon = Lexicon::union(PERSON_HEADS, &[OCCUPATIONS]);

/// Occupations that stand as titles before a name and head descriptions of a person:
/// `Guitarist Brian May`, `Striker Thierry Henry` … `the striker`, `the singer`.
const OCCUPATIONS: &[&str] = &[
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
    "producer",
    "archbishop",
    "journalist",
    "referee",
    "drummer",
    "midfielder",
    "defender",
    "goalkeeper",
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
    "owner",
];

/// Heads of descriptions of people (`the official`, `a Democratic pollster`).
const PERSON_HEADS: &[&str] = &[
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
    "delegate",
    "delegates",
    "chief",
    "head",
    "friend",
    "daughter",
    "son",
    "wife",
    "husband",
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
/// named (`the businessman added`, `the singer said`), where a role noun (`the spokesman`)
/// more often means someone unnamed — and so do `the man`, `the woman`, `the boy` (`the
/// woman, who spoke on the condition of anonymity`, `the boy asked`).
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

/// Words after which a quote is a title or a name, not speech: `called “…”`.
pub(crate) const TITLE_CUES: &[&str] = &[
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
    "the word",
    "the words",
    "the term",
    "the slogan",
    "the hashtag",
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
    "the tagline",
    "the motto",
    "the theme",
    "the label",
    "the nickname",
    "word",
];

/// Words that may stand between a subject and its cue: `Price also said`, `he has told`.
pub(crate) static CUE_ADVERBS: Lexicon = Lexicon::new(&[
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
    "told",
    "went",
    "goes",
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
]);

/// Prepositions that take a noun phrase after them: a cue verb after one is a noun
/// (`secretary of state`), a phrase after a participle and one is its object (`speaking to
/// Fox News`).
pub(crate) static PREPOSITIONS: Lexicon = Lexicon::new(PREPOSITION_WORDS);

const PREPOSITION_WORDS: &[&str] = &["of", "for", "from", "with", "by", "in", "at", "on", "to"];

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

/// Conjunctions that join a clause of its own to a sentence (`“…,” but he denied …`).
pub(crate) static COORDINATORS: Lexicon = Lexicon::new(&["and", "but", "yet"]);

/// Conjunctions that open a subordinate clause: a cue after one has its own subject
/// (`“…,” when Clinton blasted him`).
pub(crate) static SUBORDINATORS: Lexicon = Lexicon::new(SUBORDINATOR_WORDS);

const SUBORDINATOR_WORDS: &[&str] = &[
    "when", "while", "after", "before", "because", "if", "since", "until", "although", "though",
    "unless", "whereas", "whenever", "wherever", "whether", "whereby", "where",
];

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
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "won't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "shouldn't",
        "wouldn't",
        "couldn't",
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
        "there’s",
        "here",
        "here's",
        "here’s",
    ],
    // (Auxiliaries too, `Does anyone …`; not `may`, `will`, `can`, which name people.)
    &[FINITE_AUXILIARY_WORDS],
);

/// Words that open a clause and never a mention of its subject: `which Mozloom thinks`,
/// `Although Reynolds says`, `where some senior Tories argued`. (Not `that`, a determiner
/// too: `that official said`.)
pub(crate) static CLAUSE_OPENERS: Lexicon =
    Lexicon::union(&["which", "where", "whom", "whose"], &[SUBORDINATOR_WORDS]);

/// Finite auxiliaries: after a capitalized `-ing` or `-ed` word they make it a name with its
/// verb (`Manning has said`), not a participle (`Speaking to reporters, …`).
pub(crate) static AUXILIARIES: Lexicon = Lexicon::union(
    &["will", "can", "may", "might", "shall"],
    &[FINITE_AUXILIARY_WORDS],
);

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
/// one named before.
pub(crate) static ORG_HEADS: Lexicon = Lexicon::new(&[
    "company",
    "firm",
    "group",
    "bank",
    "airline",
    "carrier",
    "retailer",
    "club",
    "union",
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
    "paper",
    "magazine",
    "channel",
    "station",
    "studio",
    "label",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "chain",
    "operator",
    "publisher",
    "giant",
    "team",
    "charity",
    "council",
    "office",
]);

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

/// Forms of `be`: before a past participle they make it passive (`Blair was urged`).
pub(crate) static BE_FORMS: Lexicon =
    Lexicon::new(&["be", "been", "being", "is", "are", "was", "were", "am"]);

/// Cue verbs whose passive still names the speaker as its subject, with the word that must
/// follow when only that use does: `Braynard is quoted as saying`, `is reported as saying`
/// (not `is said to`, `is reported to be`: those report about their subject).
pub(crate) const REPORTING_PASSIVES: &[(&str, Option<&str>)] =
    &[("quoted", None), ("cited", None), ("reported", Some("as"))];

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
    /// In [`super::NOMINAL_HEADS`].
    pub(crate) const HEAD: u8 = 1 << 4;
}

/// Words of several tables, each with the bits of the tables that hold it: one lookup
/// answers all of them (the mention-edge classes below, the speaker index's word classes).
#[derive(Debug)]
pub(crate) struct ClassMap<T> {
    map: std::collections::HashMap<&'static [u8], T, WordHashBuild>,
    longest: usize,
}

impl<T: Copy + Default + std::ops::BitOrAssign> ClassMap<T> {
    /// The map of `(word, bits)` entries; a word's bits from several entries are joined.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut map = std::collections::HashMap::default();
        for (w, bits) in entries {
            *map.entry(w.as_bytes()).or_insert_with(T::default) |= bits;
        }
        let longest = map.keys().map(|k: &&[u8]| k.len()).max().unwrap_or(0);
        ClassMap { map, longest }
    }

    /// The bits of a word already in lower case.
    #[inline]
    pub(crate) fn of_lower(&self, lw: &[u8]) -> T {
        if lw.len() > self.longest {
            return T::default();
        }
        self.map.get(lw).copied().unwrap_or_default()
    }

    /// The bits of a word in any case.
    #[inline]
    pub(crate) fn of(&self, word: &str) -> T {
        // (Lower-casing shrinks a char to no less than a third of its bytes — `K` (Kelvin)
        // to `k` — so a longer word is in no table, and is not lower-cased at all.)
        if word.len() > 3 * self.longest {
            return T::default();
        }
        with_lower_bytes(word, |lw| self.of_lower(lw))
    }
}

/// The [`np_class`] bits of `word`, in any case.
pub(crate) fn np_classes(word: &str) -> u8 {
    static MAP: OnceLock<ClassMap<u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let tables: [(&Lexicon, u8); 6] = [
            (&DETERMINERS, np_class::DETERMINER),
            (&EDGE_WORDS, np_class::EDGE),
            (&INTRO_WORDS, np_class::INTRO),
            (&LEADING_FILLERS, np_class::FILLER),
            (&WEEKDAYS, np_class::FILLER),
            (&NOMINAL_HEADS, np_class::HEAD),
        ];
        ClassMap::new(
            tables
                .into_iter()
                .flat_map(|(table, bit)| table.words().map(move |w| (w, bit))),
        )
    })
    .of(word)
}

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
pub(crate) static PERSONAL_HONORIFICS: Lexicon = Lexicon::new(&[
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rev",
]);

/// Adjectives that stand before a noun, never as a verb's subject: after them a cue's base
/// or `-s` form is a noun (`one main reason`, `repeated claims`).
pub(crate) static NOUN_ADJECTIVES: Lexicon = Lexicon::new(NOUN_ADJECTIVE_WORDS);

const NOUN_ADJECTIVE_WORDS: &[&str] = &[
    "new", "latest", "recent", "earlier", "previous", "fresh", "further", "repeated", "similar",
    "such", "various", "numerous", "false", "public", "private", "written", "official", "formal",
    "main", "major", "key",
];

/// Numbers and adjectives before a noun: after them a cue's `-s` form is a plural (`six
/// new pledges`), while a base form may have the number as its subject (`Two say`).
pub(crate) static NOUN_MODIFIERS: Lexicon = Lexicon::union(
    &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    ],
    &[NOUN_ADJECTIVE_WORDS],
);

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
]);

/// Determiners that introduce someone new (`a spokeswoman`, `another man`).
pub(crate) static INDEFINITES: Lexicon = Lexicon::new(&["a", "an", "one", "another"]);

/// Determiners that open an unnamed description: `the official`, `a spokesman`.
pub(crate) static DETERMINERS: Lexicon = Lexicon::new(DETERMINER_WORDS);

const DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "another", "one", "two", "three", "four", "several", "some",
    "many", "most", "both", "his", "her", "their", "its", "our", "other", "few",
];

/// Lower-case words that never open a clause's verb: determiners, prepositions, object and
/// relative pronouns (`Ask them, “…”`; `Since the Oct. 7 attack, the Council approved`;
/// `Users who tried`).
pub(crate) static NON_VERBS: Lexicon = Lexicon::union(
    &["him", "them", "us", "me"],
    &[DETERMINER_WORDS, PREPOSITION_WORDS, RELATIVE_PRONOUN_WORDS],
);

/// Function words trimmed off the ends of a speaker mention.
pub(crate) static EDGE_WORDS: Lexicon = Lexicon::new(&[
    "and", "of", "for", "with", "at", "in", "on", "but", "so", "then", "when", "while", "as",
    "that", "to", "by", "from", "or", "yet", "also", "said", "after", "before",
]);

/// Words that open an introductory phrase ending in a comma: `Back in 1999, …`.
pub(crate) static INTRO_WORDS: Lexicon = Lexicon::union(
    &[
        "in",
        "on",
        "at",
        "back",
        "after",
        "before",
        "during",
        "since",
        "when",
        "while",
        "as",
        "if",
        "although",
        "though",
        "last",
        "earlier",
        "later",
        "just",
        "like",
        "with",
        "for",
        "from",
        "under",
        "over",
        "despite",
        "speaking",
        "asked",
        "responding",
        "writing",
        "addressing",
        "earlier",
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
        "following",
        "according",
        "unlike",
        "despite",
        "amid",
        "among",
        "beyond",
        "without",
    ],
    &[SENTENCE_ADVERBS],
);

/// Words for a party or a fellowship that stand before a person's name and are none of it:
/// `Tory Liam Fox`, `Fellow Lib Dem Norman Baker`, `Republican Mitt Romney`.
pub(crate) static NAME_MODIFIERS: Lexicon = Lexicon::new(&[
    "fellow",
    "tory",
    "conservative",
    "labour",
    "lib",
    "dem",
    "democrat",
    "republican",
    "liberal",
    "gop",
]);

/// Prepositions before a place a person is from or stands for: `a woman in Worcester,
/// Massachusetts`, `MP for Henley-on-Thames, Oxfordshire`.
pub(crate) static PLACE_PREPOSITIONS: Lexicon =
    Lexicon::new(&["in", "from", "for", "of", "at", "near"]);

/// Endings of nouns that are never verbs (`capability`, `information`, `childhood`).
pub(crate) const NOUN_ENDINGS: &[&str] = &[
    "tion", "sion", "ness", "ity", "ship", "ism", "ist", "hood", "ician",
];

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
        "hit",
        "network's",
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
]);

/// Capitalized words that mark a name as a place, event or thing rather than a person.
pub(crate) static NON_PERSON_WORDS: Lexicon = Lexicon::new(&[
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
    "patriot",
    "patriots",
    "caucus",
    "convention",
    "debate",
    "primary",
    "election",
]);

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
        "speaker",
        "chairman",
        "chairwoman",
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
        "general",
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
    fn every_abbreviated_title_stands_for_a_title_head() {
        for (abbreviation, head) in TITLE_ABBREVIATIONS {
            assert!(TITLE_HEADS.contains(head), "{abbreviation} → {head}");
            assert!(ABBREVIATIONS.has(abbreviation), "{abbreviation}");
        }
    }
}
