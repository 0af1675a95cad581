//! Word lists the grammar consults. Every list the parser uses lives here, so a rule is
//! changed by editing a table, not code.

use crate::model::BoilerplateKind;

/// Month names and abbreviations (lower case, without the period).
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Weekday names and abbreviations (lower case).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Lines of web furniture, matched case-insensitively at the start of a short block.
pub(crate) const BOILERPLATE: &[(&str, BoilerplateKind)] = &[
    ("leave a reply", BoilerplateKind::Comments),
    ("leave a comment", BoilerplateKind::Comments),
    ("your email address will not be published", BoilerplateKind::Comments),
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
    "editor's note", "editors' note", "editor’s note", "correction:", "clarification:",
    "update:", "updated:", "this story has been updated", "this article has been updated",
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
    "contributing:", "additional reporting by", "reporting by", "with reporting by",
    "reporting contributed by",
];

/// Speech cue verbs, base forms. Regular inflections (`-s`, `-ed`, `-ing`) are recognized
/// by [`crate::parse::words`]; irregular forms are listed in [`CUE_IRREGULAR`].
pub(crate) const CUE_VERBS: &[&str] = &[
    "say", "tell", "add", "ask", "write", "tweet", "explain", "note", "argue", "warn",
    "insist", "state", "declare", "continue", "recall", "reply", "respond", "claim",
    "acknowledge", "admit", "announce", "suggest", "observe", "remark", "emphasize",
    "emphasise", "stress", "predict", "concede", "quip", "joke", "shout", "yell", "scream",
    "chant", "post", "testify", "counter", "caution", "complain", "lament", "boast", "brag",
    "vow", "promise", "pledge", "conclude", "opine", "muse", "charge", "allege", "contend",
    "maintain", "assert", "reiterate", "confirm", "exclaim", "thunder", "sigh", "laugh",
    "retort", "report", "wonder", "agree", "disagree", "demand", "urge", "blast", "slam",
    "mock", "recount", "answer", "speculate", "echo", "interject", "whisper", "mutter",
    "proclaim", "cry", "begin", "gloat", "bark", "beam", "blare", "retaliate", "boom",
    "snark", "snipe", "jab", "needle", "taunt", "tease", "hint", "pronounce", "assess", "tout", "scoff", "snap", "rail", "fume",
    "plead", "pray", "preach", "insist", "reason", "reflect", "recollect", "reveal",
    "concur", "deny", "dismiss", "describe", "predict", "acknowledge", "underscore",
    "highlight", "mention", "joke", "quote", "relay", "repeat", "stress", "assure", "vent",
    "ask", "inquire", "query", "question", "gush", "rave", "marvel", "grumble", "groan",
    "protest", "object", "elaborate", "clarify", "specify", "summarize", "conclude",
    "declare", "advise", "instruct", "order", "command", "beg", "implore", "sing", "read",
];

/// Irregular forms of cue verbs.
pub(crate) const CUE_IRREGULAR: &[&str] = &[
    "said", "says", "told", "wrote", "written", "began", "sang", "cried", "replied",
    "replies", "testified", "testifies", "denied", "denies", "clarified", "specified",
    "queried", "relayed", "echoes", "echoed",
];

/// Cue words that are also common nouns or adjectives: they count only in lower case and
/// with a subject or speaker next to them (checked by the grammar, not here).
pub(crate) const CUE_WEAK: &[&str] = &["states", "reports", "notes", "claims", "post", "posts", "order", "orders", "question", "questions", "object", "objects", "answer", "answers", "read", "reads", "report", "state", "note", "claim", "sing", "counter", "charge", "charges", "cry"];

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
    "in a statement", "in an interview", "in a speech", "in a tweet", "in a post",
    "in a release", "in an email", "in a press release", "in a letter", "on twitter",
    "on facebook", "reporters", "the crowd", "the audience", "cnn", "abc news",
];

/// Words that may stand in a speaker's name or description without being capitalized.
pub(crate) const NOMINAL_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "another", "one", "two", "three", "several", "some",
    "other", "many", "most", "few", "both", "second", "third", "fourth", "fifth", "first", "former", "senior", "top",
    "chief", "deputy", "assistant", "local", "state", "federal", "administration", "campaign",
    "white", "house", "us", "u.s.", "of", "for", "at", "with", "and", "his", "her",
    "their", "its", "our", "new", "longtime", "then", "veteran", "retired", "lead",
];

/// Heads of unnamed speaker descriptions (`a senior official`, `the spokesman`).
pub(crate) const NOMINAL_HEADS: &[&str] = &[
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "source", "sources", "person", "people",
    "candidate", "nominee", "senator", "governor", "president", "campaign", "statement",
    "report", "ad", "narrator", "announcer", "doctor", "lawyer", "attorney", "analyst",
    "analysts", "strategist", "strategists", "pollster", "voter", "voters", "supporter",
    "supporters", "critics", "critic", "experts", "expert", "economist", "economists",
    "director", "chairman", "chairwoman", "chair", "leader", "leaders", "manager",
    "secretary", "minister", "member", "members", "representative", "officer", "police",
    "prosecutor", "prosecutors", "judge", "memo", "letter", "email", "website", "post",
    "tweet", "release", "group", "organization", "committee", "department", "agency",
    "company", "firm", "study", "poll", "survey", "article", "piece", "book", "filing",
    "lawsuit", "complaint", "woman", "man", "mother", "father", "resident", "residents",
    "protester", "protesters", "executive", "ceo", "founder", "professor", "researcher",
    "historian", "host", "moderator", "reporter", "writer", "author", "editor", "mayor",
    "congressman", "congresswoman", "lawmaker", "lawmakers", "delegate", "delegates",
    "chief", "head", "friend", "daughter", "son", "wife", "husband", "coach", "player",
    "players", "manager", "boss", "staff", "staffer", "staffers", "insider", "insiders",
    "democrat", "democrats", "republican", "republicans", "diplomat", "diplomats",
    "commissioner", "sheriff", "surgeon", "scientist", "scientists", "activist",
    "activists", "worker", "workers", "student", "students", "teacher", "user", "users",
];

/// Subject pronouns and the kind of speaker they refer to.
pub(crate) const PRONOUNS: &[(&str, Pronoun)] = &[
    ("he", Pronoun::Male),
    ("she", Pronoun::Female),
    ("they", Pronoun::Plural),
    ("it", Pronoun::Neuter),
    ("i", Pronoun::First),
    ("we", Pronoun::First),
    ("you", Pronoun::First),
    ("who", Pronoun::Relative),
    ("which", Pronoun::Relative),
];

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    Male,
    Female,
    Plural,
    Neuter,
    First,
    Relative,
}

/// Honorifics and titles dropped from canonical names (lower case, without the period).
pub(crate) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col",
    "sgt", "capt", "adm", "maj", "cpl", "pvt", "hon", "sir", "dame", "lord", "lady", "sens",
    "reps", "st", "supt", "insp", "det", "judge", "justice", "president", "vice",
    "senator", "governor", "representative", "congressman", "congresswoman", "mayor",
    "secretary", "speaker", "chairman", "chairwoman", "leader", "minister", "premier",
    "chancellor", "ambassador", "attorney", "general", "director", "commissioner",
    "sheriff", "spokesman", "spokeswoman", "spokesperson", "candidate", "nominee",
    "former", "presidential", "democratic", "republican", "gop", "democrat", "chief",
    "executive", "ceo", "founder", "coach", "pope", "king", "queen", "prince", "princess",
    "rabbi", "father", "sister", "brother", "officer", "deputy", "press", "campaign",
    "manager", "adviser", "advisor", "aide", "strategist", "pollster", "analyst",
    "state", "department", "house", "white", "us", "u.s", "national", "security",
    "foreign", "defense", "treasury", "homeland", "senate", "majority", "minority",
    "whip", "first", "then", "host", "anchor", "lawyer", "economist", "professor",
    "billionaire", "businessman", "businesswoman", "real", "estate", "mogul", "hopeful",
    "rival", "opponent", "running", "mate", "sen.", "rep.", "gov.", "mr.", "mrs.", "ms.",
    "dr.", "frontrunner", "front-runner", "republican-led", "congressional",
];

/// Honorifics that tell a person's gender.
pub(crate) const MALE_HONORIFICS: &[&str] = &["mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "chairman", "spokesman", "businessman"];
/// See [`MALE_HONORIFICS`].
pub(crate) const FEMALE_HONORIFICS: &[&str] = &["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "chairwoman", "spokeswoman", "businesswoman"];

/// Words that mark a capitalized name as an organisation.
pub(crate) const ORG_WORDS: &[&str] = &[
    "post", "times", "news", "journal", "press", "reuters", "cnn", "fox", "abc", "nbc", "cbs",
    "msnbc", "bbc", "house", "department", "campaign", "committee", "party", "agency",
    "council", "commission", "association", "institute", "foundation", "university",
    "company", "corp", "inc", "group", "office", "ministry", "government", "administration",
    "police", "court", "congress", "senate", "union", "bank", "fund", "board", "network",
    "magazine", "tribune", "herald", "daily", "gazette", "guardian", "telegraph",
    "breitbart", "politico", "huffington", "bloomberg", "center", "centre", "service",
    "pentagon", "kremlin", "fbi", "cia", "nra", "gop", "dnc", "rnc", "un", "nato", "eu",
    "organization", "organisation", "federation", "league", "club", "team", "coalition",
    "pac", "super", "website", "blog", "study", "report", "poll", "survey", "statement",
];

/// Sentence-ending abbreviations that do not end a sentence (lower case, without the final period).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
    "capt", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "no", "vs", "etc", "inc", "corp", "co",
    "ltd", "mt", "ft", "e.g", "i.e", "a.m", "p.m", "fig", "est", "approx", "dept", "univ",
    "ave", "blvd", "rd", "sens", "reps", "gens", "pres", "supt", "det", "insp", "cmdr",
    "adm", "maj", "cpl", "pvt", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
    "wyo",
];

/// Words after which a quote is a title or a name, not speech: `called “…”`.
pub(crate) const TITLE_CUES: &[&str] = &[
    "called", "named", "titled", "entitled", "dubbed", "nicknamed", "labeled", "labelled",
    "branded", "known as", "so-called", "the phrase", "the word", "the words", "the term",
    "the slogan", "the hashtag", "the headline", "the song", "the film", "the movie",
    "the show", "the book", "the album", "the series", "the program", "the programme",
    "the article", "the column", "the op-ed", "the essay", "the bill", "the act", "the ad",
    "the video", "the campaign", "the initiative", "the policy", "the plan", "the report",
    "a report", "an article", "the episode", "the memo", "the documentary", "the tagline",
    "the motto", "the theme", "the label", "the nickname", "word",
];

/// Words that may stand between a subject and its cue: `Price also said`, `he has told`.
pub(crate) const CUE_ADVERBS: &[&str] = &[
    "also", "later", "then", "once", "previously", "recently", "repeatedly", "has", "had",
    "have", "was", "is", "were", "would", "will", "reportedly", "further", "again", "simply",
    "first", "often", "frequently", "publicly", "privately", "quickly", "subsequently", "even",
    "still", "just", "had", "did", "does", "do", "could", "might", "may", "should", "must",
    "not", "never", "already", "finally", "famously", "angrily", "flatly", "bluntly",
    "recently", "told", "went", "on", "to",
];

/// Determiners that open an unnamed description: `the official`, `a spokesman`.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "another", "one", "two", "three", "four", "several",
    "some", "many", "most", "both", "his", "her", "their", "its", "our", "other", "few",
];

/// Function words trimmed off the ends of a speaker mention.
pub(crate) const EDGE_WORDS: &[&str] = &[
    "and", "of", "for", "with", "at", "in", "on", "but", "so", "then", "when", "while",
    "as", "that", "to", "by", "from", "or", "yet", "also", "said", "after", "before",
];

/// Words that open an introductory phrase ending in a comma: `Back in 1999, …`.
pub(crate) const INTRO_WORDS: &[&str] = &[
    "in", "on", "at", "back", "after", "before", "during", "since", "when", "while", "as",
    "if", "although", "though", "last", "earlier", "later", "just", "like", "with", "for",
    "from", "under", "over", "despite", "speaking", "asked", "responding", "writing",
    "addressing", "earlier", "then", "still", "now", "yet", "meanwhile", "instead",
    "separately", "similarly", "likewise", "however", "moreover", "indeed", "also", "and",
    "but", "so", "throughout", "within", "upon", "following", "according",
];

/// Words right before a title-case quote that make it a name of a work: `on “Meet the Press”`.
pub(crate) const TITLE_PREPOSITIONS: &[&str] = &[
    "on", "of", "in", "to", "at", "by", "from", "for", "with", "about", "into", "film", "show",
    "book", "song", "series", "movie", "program", "programme", "album", "novel", "memoir",
    "documentary", "sitcom", "hit", "network's", "titled", "entitled",
];

/// Words right after a title-case quote that make it a name of a work: `“Bloodline” star`.
pub(crate) const TITLE_FOLLOWERS: &[&str] = &[
    "star", "stars", "host", "hosts", "author", "series", "show", "program", "programme",
    "episode", "book", "film", "movie", "album", "song", "segment", "broadcast", "actor",
    "actress", "creator", "producer", "director", "cast", "sketch", "campaign", "slogan",
    "hats", "hat", "signs", "sign", "shirts", "t-shirts", "banner", "rally", "rallies",
];

/// Words that end a speaker mention read forward from its cue: `said Price in a statement`.
pub(crate) const NP_STOP: &[&str] = &[
    "who", "whom", "whose", "which", "that", "when", "while", "as", "after", "before",
    "during", "because", "since", "in", "on", "at", "to", "about", "into", "last", "this",
    "on", "earlier", "later", "recently", "told", "said", "says", "adding", "noting",
    "referring", "according", "than", "if", "but", "and", "or", "yesterday", "today",
    "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "with", "through", "via", "over", "under", "back", "then", "where", "outside", "inside",
];
