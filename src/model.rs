//! The public model: an owned [`Article`] with byte [`Span`]s on every node.
//!
//! Every struct and enum here is `#[non_exhaustive]`: new fields and variants may arrive in
//! minor releases. The text of each node is a copy of `span.slice(source)` (for nodes with a
//! `content_span`, of `content_span.slice(source)`), so the model needs no lifetime and
//! serializes on its own.

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// A parsed news article. Produced by [`crate::parse`]; never fails.
///
/// Every non-whitespace byte of the input lies in exactly one of the top-level nodes:
/// `dateline`, `headline`, `source`, `byline`, `paragraphs`, `subheads`, `contributors`,
/// `notes` and `boilerplate`. `blocks` lists the same nodes in document order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// A date line such as `Monday, November 29` or `Nov. 3, 2016`.
    pub dateline: Option<Dateline>,
    /// The headline: the first line of the article when it reads as one.
    pub headline: Option<Headline>,
    /// The source tag opening the body: `(CNN) —`, `WASHINGTON (Reuters) -`, `ATLANTA --`.
    pub source: Option<Source>,
    /// `By Jane Doe and John Roe, CNN`.
    pub byline: Option<Byline>,
    /// Body paragraphs, in order. The first one starts after the source tag, if any.
    pub paragraphs: Vec<Paragraph>,
    /// Section subheads between body paragraphs.
    pub subheads: Vec<Subhead>,
    /// `CNN’s Ellie Kaufman contributed to this report.`
    pub contributors: Vec<Contributor>,
    /// Editor's notes and corrections.
    pub notes: Vec<Note>,
    /// Web furniture kept apart from the body: comment forms, share and read-more lines.
    pub boilerplate: Vec<Boilerplate>,
    /// Every quotation, in document order.
    pub quotes: Vec<Quote>,
    /// The people and bodies quoted, each resolved across the article.
    pub speakers: Vec<Speaker>,
    /// All top-level nodes in document order.
    pub blocks: Vec<Block>,
    /// What was odd about the text: unclosed quotes, stray marks, truncated input.
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// The quotes that are speech (full or partial), skipping titles and terms.
    pub fn speech(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind.is_speech())
    }

    /// The attributions of all quotes that have one, in document order.
    pub fn attributions(&self) -> impl Iterator<Item = &Attribution> {
        self.quotes.iter().filter_map(|q| q.attribution.as_ref())
    }

    /// The speaker an attribution points at.
    #[must_use]
    pub fn speaker_of(&self, attribution: &Attribution) -> Option<&Speaker> {
        attribution.speaker.and_then(|id| self.speakers.get(id))
    }
}

/// A date line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The line as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// The headline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Headline {
    /// The headline text.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A source tag such as `WASHINGTON (Reuters) -`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Source {
    /// The whole tag with its dash.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The agency or outlet in parentheses (`CNN`, `Reuters`), if any.
    pub agency: Option<String>,
    /// The place in capitals, with the region a wire service writes after it (`WASHINGTON`,
    /// `TALLAHASSEE, Fla.`), if any.
    pub place: Option<String>,
}

/// A byline: `By Jane Doe and John Roe, CNN`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Byline {
    /// The whole line.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The authors' names, in order.
    pub names: Vec<String>,
    /// The outlet after the names (`CNN`), if any.
    pub outlet: Option<String>,
}

/// A body paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph text.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// Sentence spans, filled when [`crate::ParseOptions::sentences`] is on.
    pub sentences: Vec<Span>,
}

/// A section subhead between paragraphs, such as `‘Balanced and sustainable’`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Subhead {
    /// The text without enclosing quote marks.
    pub text: String,
    /// The whole line, marks included.
    pub span: Span,
    /// The text inside the enclosing marks (equal to `span` when there are none).
    pub content_span: Span,
    /// The index in [`Article::paragraphs`] of the paragraph it comes before.
    pub before_paragraph: usize,
}

/// A contributor line: `CNN’s Ellie Kaufman contributed to this report.`
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Contributor {
    /// The whole line.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The people credited.
    pub names: Vec<String>,
}

/// An editor's note or correction.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Note {
    /// The whole note.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// A line of web furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Boilerplate {
    /// The line.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// What kind of furniture it is.
    pub kind: BoilerplateKind,
}

/// What a [`Boilerplate`] line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// A comment form (`Leave a Reply`, `Your email address will not be published`).
    Comments,
    /// Share, follow and subscribe prompts.
    Share,
    /// Read-more, related-story and navigation links.
    Navigation,
    /// Advertising and sponsorship markers.
    Advertisement,
    /// Copyright and legal lines.
    Legal,
}

/// One top-level node, for walking the article in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Block {
    /// What the node is.
    pub kind: BlockKind,
    /// Where it is.
    pub span: Span,
    /// Its index in the article's list of that kind (0 for single nodes).
    pub index: usize,
}

/// The kind of a [`Block`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// [`Article::dateline`].
    Dateline,
    /// [`Article::headline`].
    Headline,
    /// [`Article::source`].
    Source,
    /// [`Article::byline`].
    Byline,
    /// [`Article::paragraphs`].
    Paragraph,
    /// [`Article::subheads`].
    Subhead,
    /// [`Article::contributors`].
    Contributor,
    /// [`Article::notes`].
    Note,
    /// [`Article::boilerplate`].
    Boilerplate,
}

/// A quotation: one or more pieces of quoted text that one speaker says.
///
/// A quotation that runs over several paragraphs (each opening again, only the last closing)
/// is one `Quote` with one [`QuotePiece`] per paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The text of `content_span`: from inside the first opening mark to the last closing one.
    /// For a multi-paragraph quote this includes the paragraph breaks and re-opening marks;
    /// [`Quote::pieces`] hold each piece's own text.
    pub text: String,
    /// From the first opening mark to the last closing mark, marks included.
    pub span: Span,
    /// Inside the marks.
    pub content_span: Span,
    /// One piece per paragraph the quotation spans.
    pub pieces: Vec<QuotePiece>,
    /// Speech or not, full or partial.
    pub kind: QuoteKind,
    /// Index in [`Article::paragraphs`] of the first piece's paragraph; `None` for a quote
    /// in the headline.
    pub paragraph: Option<usize>,
    /// Who says it, when the text says so or implies it.
    pub attribution: Option<Attribution>,
}

/// One stretch of a [`Quote`] inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotePiece {
    /// The text inside the marks.
    pub text: String,
    /// With the marks (a missing closing mark makes it end at the paragraph end).
    pub span: Span,
    /// Inside the marks.
    pub content_span: Span,
    /// Index in [`Article::paragraphs`]; `None` in the headline.
    pub paragraph: Option<usize>,
}

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Whole sentences of speech: `“We will,” she said.`
    Full,
    /// A fragment quoted inside reported speech: `said it would be “balanced and sustainable.”`
    Partial,
    /// A title or name in quotes: `“Saturday Night Live”`, `called “Bicentennial Framework”`.
    Title,
    /// A term, nickname or scare quote nobody is said to say.
    Term,
}

impl QuoteKind {
    /// Whether somebody says these words ([`QuoteKind::Full`] or [`QuoteKind::Partial`]).
    #[must_use]
    pub fn is_speech(self) -> bool {
        matches!(self, QuoteKind::Full | QuoteKind::Partial)
    }
}

/// Who says a quotation, and the words that say so.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attribution {
    /// The words naming the speaker (`Price`, `the third official`, `he`). For an inherited
    /// attribution, the mention of the quote it inherits from.
    pub mention: Mention,
    /// The cue (`said`, `told`, `according to`), when there is one.
    pub cue: Option<Cue>,
    /// How the attribution attaches to the quote.
    pub placement: Placement,
    /// Index into [`Article::speakers`], once resolved.
    pub speaker: Option<usize>,
}

/// The words that name a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// The words.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// The cue words (`said`, `told reporters`, `according to`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Cue {
    /// The words.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// Where an attribution stands relative to its quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Placement {
    /// `“…,” Price said.`
    After,
    /// `Price said: “…”` or `Blinken added that he … “…”`.
    Before,
    /// Between two parts of a split quote: `“…,” Price said, “…”` (the second part; the
    /// first has [`Placement::After`]).
    Inside,
    /// `According to Price, “…”`.
    AccordingTo,
    /// A colon introduction closing the previous paragraph: `And from Chairwoman Rosenworcel:`.
    Colon,
    /// `“…” — Commissioner Geoffrey Starks`.
    Dash,
    /// Taken from a neighbouring quote: the previous one for a continuation or a paragraph
    /// that is only a quote; the next one for a quote that runs straight into it, the
    /// speaker named after that one (`“A. “B,” said Holmes.`).
    Inherited,
    /// With no cue near the quote and none to inherit: the subject of the sentence before
    /// it in its paragraph, a person named or a pronoun for one (`He was on crutches for
    /// six weeks. “Walking without them …”`), or of the one before that past a sentence
    /// naming no one else. The attribution has no cue. (When quotes that run straight into
    /// each other name no one — `Mauresmo spent five weeks at number one. "Since then, I
    /// feel confident. "It was an obsession."` — the first has this placement and the
    /// others inherit it.)
    Context,
}

/// A person or body quoted in the article, resolved across all its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Speaker {
    /// Index in [`Article::speakers`].
    pub id: usize,
    /// The fullest form the article gives, without honorifics: `Ned Price`. Text that a
    /// wrong encoding mangled (UTF-8 read as Latin-1) is given as written: `François` for
    /// `FranÃ§ois`; the mentions' spans and texts stay the article's.
    pub name: String,
    /// Role or title when the article gives one: `State Department spokesman`.
    pub role: Option<String>,
    /// Person, organisation or an unnamed description.
    pub kind: SpeakerKind,
    /// Every mention that resolves to this speaker, in document order.
    pub mentions: Vec<Span>,
    /// How many quotes are attributed to this speaker.
    pub quotes: usize,
}

/// What kind of speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A named organisation, outlet or government body.
    Organisation,
    /// An unnamed description: `a senior US administration official`.
    Nominal,
    /// Only a pronoun was found and nothing to resolve it to.
    Unresolved,
}
