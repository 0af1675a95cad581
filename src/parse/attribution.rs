//! Attribution: who says each quotation, and the cue that says so.
//!
//! # Grammar (over the tokens of a bounded window on each side of the quote)
//! ```text
//! after      = [","] cue np                      ; “…,” said the third official.
//!            | [","] np [adverbs] cue            ; “…,” Price said.   “…,” he told reporters.
//!            | [","] "according to" np           ; “…,” according to Price.
//!            | dash np                           ; “…” — Commissioner Geoffrey Starks
//! before     = np [adverbs] cue [ext] [":"|","|"that" …]   ; Price said: “…”
//!            | np ["," ] ("who"|"that") cue …    ; Rikkie Wells, who tweeted, “…”
//!            | np aux VERB-ed "to" cue …         ; Mr. Trump was prompted to say, “…”
//!            | np ["," appositive ","] VERB … ":" ; Mitch McConnell, R-Ky., delivered a message: “…”
//!            | "according to" np ","             ; According to Price, “…”
//! np         = pronoun | name-or-description [ "," appositive "," ]
//!              (a sentence's subject comes after an opening phrase: `Smiling broadly, Mrs. Clinton`)
//! cue        = CUES-word [particle] [extension]  ; said · pointed out · said in a statement
//! ```
//! Windows end at the sentence end, the previous or next quote, and at most a few hundred
//! bytes: the work per quote is bounded, so the pass is linear.
//!
//! When no window names a speaker, a quote inherits: from the quote before it in the same
//! paragraph (a split quote), from the last quote of the previous paragraph when it opens
//! its paragraph (a continuation), or from a colon introduction ending the previous
//! paragraph (`And from Chairwoman Rosenworcel:`).
//!
//! # Non-examples
//! `called “Saturday Night Live”` (a title) · `a “humane” policy` with no cue (a term).
//!
//! # Diagnostics emitted
//! `UnattributedQuote` for a speech quote with no speaker found.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::model::{Attribution, Cue, Mention, Placement, Quote, QuoteKind};
use crate::parse::DiagnosticSink;
use crate::parse::chars::{TrimSpace, is_alnum, opens_sentence, sub, window};
use crate::parse::lexicon;
use crate::parse::speakers::{MAX_NICKNAME, is_any_given_name, is_nickname};
use crate::parse::words::{
    Tok, Tokens, closing_marks, is_capitalized, is_cue, is_lower_word, is_ly_adverb,
    is_past_tense_form, is_possessive, is_sentence_adverbial, lower, lower_small, tokenize,
    verb_base, with_lower, with_lower_bytes,
};
use crate::span::Span;

/// How far a window reaches from the quote, in bytes.
const WINDOW: usize = 240;
/// Longest speaker mention, in tokens.
const MAX_NP: usize = 12;
/// The most prepositional phrases a subject's chain runs through (`A source with knowledge
/// of the talks`: two).
const MAX_PREPOSITION_CHAIN: usize = 3;
/// The most words of a phrase between two prepositions of such a chain (`with direct
/// knowledge of`: two).
const MAX_CHAIN_LINK: usize = 3;
/// Most modifiers between a determiner and the possessive they modify: `the political
/// reform group's`.
const MAX_POSSESSOR_MODIFIERS: usize = 2;
/// Most capitalized words before a person's noun and its modifiers that belong to its
/// description: `The New York Post's`, `World Indoor 800m record holder`.
const MAX_NAMED_MODIFIERS: usize = 4;
/// Most modifiers between a determiner and a thing that bears words: `a Donald Trump
/// campaign hat`.
const MAX_BEARER_MODIFIERS: usize = 4;
/// Most tokens between two parts of a quotation for a cue there to be theirs alone
/// (`, adding,`).
const MAX_BARE_CUE: usize = 4;
/// Words between a verb of calling and the quote it calls something: `called the tax
/// system “…”`.
const MAX_CALLED_OBJECT: usize = 5;

/// The most words between a verb of judging and its `as` (`attacked Labour's six new pledges
/// as “vacuous”`).
const MAX_JUDGED_OBJECT: usize = 5;

/// Most words of a reader's handle signed after a dash (`—sidna saavedra`).
const MAX_SIGNATURE: usize = 3;

/// Most titles and terms quoted between two parts of a quotation.
const MAX_QUOTES_BETWEEN: usize = 3;

/// How many nouns the tables do not know may stand before a person's noun in a mention
/// (`A fund manager`, `A hedge fund manager`).
const MAX_NOUN_MODIFIERS: usize = 2;

/// How many tokens after the mention of a sentence-opening `According to X` its comma may
/// stand (`According to analysts Nielsen//NetRatings,`).
const MAX_AFTER_ACCORDING: usize = 5;
/// Most words of a name in apposition after a role (`…, Robert Boyle`).
const MAX_APPOSITIVE_NAME: usize = 4;
/// Most words of a place's name before the wider place (`Henley-on-Thames, Oxfordshire`).
const MAX_PLACE_WORDS: usize = 3;
/// Most lower-case nouns a name modifies before another name (`home affairs spokesman`).
const MAX_MODIFIED_NOUNS: usize = 3;
/// Most auxiliaries after the first in a verb group (`must have been thinking`).
const MAX_AUXILIARY_CHAIN: usize = 2;
/// Longest appositive, in tokens: one between a subject and its verb, or one whose closing
/// comma is missing.
const MAX_APPOSITIVE: usize = 24;
/// Longest title in apposition to a work's noun, in words.
const MAX_TITLE_WORDS: usize = 24;
/// Most words of a headline's speaker before its colon with no given name and surname
/// closing them (`OK Gov Fallin:`).
const MAX_HEADLINE_NAME: usize = 3;
/// Most appositives between a subject and its verb.
const MAX_APPOSITIVES: usize = 3;
/// Longest segment between commas read as a role and a name (`tourist Joe Hyland`), in
/// tokens.
const MAX_NAMED_SEGMENT: usize = 5;
/// Longest subject between `with` and its participle, in tokens.
const MAX_WITH_SUBJECT: usize = 5;
/// Longest description read as a clause's subject without a known head (`the government`),
/// in tokens.
const MAX_SHORT_DESCRIPTION: usize = 4;
/// The longest mention before a cue that closes a quote's sentence (`, Senator Bob Corker
/// said.`, `, Ivo Geijsen, an analyst with the bank, said.`), in tokens.
const MAX_CLOSING_MENTION: usize = 2 * MAX_NP;
/// The most words after such a cue (`told reporters on Tuesday`).
const MAX_CLOSING_REST: usize = 5;
/// The most commas after a quote a closing attribution may follow.
const MAX_CLOSING_COMMAS: usize = 4;
/// How far around a word the text is searched for other forms of it (in lower case,
/// capitalized inside a sentence), in bytes: bounded, so that the check stays linear.
const WORD_REACH: usize = 1500;
/// The most distinct sentence-opening words one text has searched for (see
/// [`common_word_opening_a_sentence`]): each search reads up to `2 * WORD_REACH` bytes.
const MAX_COMMON_WORD_CHECKS: usize = 256;
/// Longest name in title case (in bytes) read as a modifier of the noun after it, which the
/// window of the quote before reads through (see [`modifier_quote`]).
const MAX_MODIFIER_QUOTE: usize = 40;
/// The most words of a time or place phrase between a subject and its verb (`on Thursday`,
/// `in an interview`).
const MAX_TIME_PHRASE: usize = 4;
/// The most tokens of a participle phrase opening a sentence, up to its comma (`Writing in
/// the Guardian newspaper,`).
const MAX_OPENING_PHRASE: usize = 12;
/// The fewest words of a quote alone in its paragraph that make it a sentence someone said,
/// not a label (`'A change warrior.'`).
const MIN_SENTENCE_WORDS: usize = 4;
/// The most lower-case words of a title between a body's name and its holder's
/// (`executive director`, `shadow home secretary`).
const MAX_LOWER_TITLE: usize = 3;

/// What attribution reuses from quote to quote.
#[derive(Debug, Default)]
struct Scratch {
    /// Token buffers for the windows before and after a quote.
    before: Vec<Tok>,
    after: Vec<Tok>,
    /// Sentence-opening words (lower case) → whether the text writes them in lower case too
    /// (see [`written_in_lower_case`]), decided once per word.
    lower_case: HashMap<String, bool>,
    /// Sentence-opening words (lower case) → whether they are common words there, not names
    /// (see [`common_word_opening_a_sentence`]), decided once per word.
    common: HashMap<String, bool>,
    /// The subject of the sentence before a quote that runs straight into the next one,
    /// which would have been its speaker (see [`previous_sentence_subject`]) had the next
    /// one not been expected to name one.
    context: Option<Attribution>,
}

/// Attribute every quote and decide its kind. The first of `units` is the headline when
/// `has_headline`.
pub(crate) fn attribute(
    src: &str,
    units: &[Span],
    has_headline: bool,
    quotes: &mut [Quote],
    sink: &mut impl DiagnosticSink,
) {
    // (The token buffers with room for a window's tokens, one every four bytes — the window
    // before reaches twice as far — so that they seldom grow.)
    let mut scratch = Scratch {
        before: Vec::with_capacity(2 * WINDOW / 4),
        after: Vec::with_capacity(WINDOW / 4),
        ..Scratch::default()
    };
    // A quote that runs straight into the next one, the speaker named after that one, is
    // theirs too (`“It was nice to get that out of the way. “I felt good,” said Holmes.`:
    // paragraphs of one quotation run together, or two quotes side by side). The
    // unattributed quotes so chained wait here for the first attributed one, then take its
    // attribution — or, the chain broken, their diagnostics. (In the one pass: a second one
    // over a million quotes goes back to memory for each.)
    // (When no quote of the chain names a speaker, the subject of the sentence before the
    // first is theirs, as for a quote alone: `Director Robert Tapsfield criticised the
    // system. "There is no logic to it. "It is not sustainable."`.)
    // (Where the chain starts, and the subject before its first quote, if any.)
    let mut waiting: Option<(usize, Option<Attribution>)> = None;
    for qi in 0..quotes.len() {
        let (kind, attribution) = attribute_one(src, units, has_headline, quotes, qi, &mut scratch);
        let context = scratch.context.take();
        let attribution =
            attribution.filter(|a| !common_word_opening_a_sentence(src, &a.mention, &mut scratch));
        let chained = waiting.is_some()
            && kind.is_speech()
            && qi
                .checked_sub(1)
                .and_then(|p| quotes.get(p))
                .zip(quotes.get(qi))
                // (Or one that leads into the next in its sentence, whose speaker is named
                // after it: `rates are “likely to fall,” if inflation “keeps cooling,” said
                // Colas.`)
                .is_some_and(|(p, q)| {
                    runs_into(src, p, q)
                        || same_sentence(src, p, q)
                            && attribution
                                .as_ref()
                                .is_some_and(|a| a.placement == Placement::After)
                });
        if !chained {
            if let Some((from, context)) = waiting.take() {
                settle_chain(quotes.get_mut(from..qi).unwrap_or_default(), context, sink);
            }
        }
        match (&attribution, kind.is_speech()) {
            (Some(a), true) if chained => {
                let from = waiting.take().map_or(qi, |(from, _)| from);
                let inherited = inherit(a);
                for p in quotes.get_mut(from..qi).into_iter().flatten() {
                    p.attribution = Some(inherited.clone());
                }
            }
            (None, true) => {
                waiting.get_or_insert((qi, context));
            }
            _ => {}
        }
        if let Some(q) = quotes.get_mut(qi) {
            q.kind = kind;
            q.attribution = attribution;
        }
    }
    if let Some((from, context)) = waiting {
        settle_chain(quotes.get_mut(from..).unwrap_or_default(), context, sink);
    }
}

/// The unattributed quotes of a chain that no quote after them attributed: the first takes
/// `context`, the subject of the sentence before it, and the others inherit it; without one
/// each is reported.
fn settle_chain(chain: &mut [Quote], context: Option<Attribution>, sink: &mut impl DiagnosticSink) {
    let Some(context) = context else {
        report_unattributed(chain, sink);
        return;
    };
    let inherited = inherit(&context);
    let mut attributions = core::iter::once(context).chain(core::iter::repeat(inherited));
    for q in chain {
        q.attribution = attributions.next();
    }
}

/// Whether speech quote `q` runs straight into `next` (see [`adjoins`]).
fn runs_into(src: &str, q: &Quote, next: &Quote) -> bool {
    q.kind.is_speech() && adjoins(src, q, next)
}

/// Whether speech quote `q` leads into `next` in one sentence of one paragraph: `q` does
/// not end the sentence, and no stop, colon or semicolon stands between them.
fn same_sentence(src: &str, q: &Quote, next: &Quote) -> bool {
    q.kind.is_speech() && in_one_paragraph(q, next) && {
        let between = sub(src, q.span.end(), next.span.start());
        between.len() <= WINDOW
            && !between.contains(['.', '!', '?', ':', ';'])
            && !sub(src, q.content_span.start(), q.content_span.end())
                .trim_end()
                .ends_with(['.', '!', '?'])
    }
}

/// Whether `next` follows `q` with nothing but white space between them, the end of the
/// one and the start of the other in the same paragraph.
fn adjoins(src: &str, q: &Quote, next: &Quote) -> bool {
    in_one_paragraph(q, next)
        && sub(src, q.span.end(), next.span.start())
            .chars()
            .all(char::is_whitespace)
}

/// Whether `q` ends in a paragraph and `next` starts in the same one.
fn in_one_paragraph(q: &Quote, next: &Quote) -> bool {
    q.pieces.last().is_some_and(|l| l.paragraph.is_some())
        && next.pieces.first().map(|p| p.paragraph) == q.pieces.last().map(|l| l.paragraph)
}

/// An unattributed-quote diagnostic for each of `quotes`.
fn report_unattributed(quotes: &[Quote], sink: &mut impl DiagnosticSink) {
    for q in quotes {
        sink.report(Diagnostic::new(
            DiagnosticKind::UnattributedQuote,
            Span::new(q.span.start(), q.span.start()),
        ));
    }
}

fn attribute_one(
    src: &str,
    units: &[Span],
    has_headline: bool,
    quotes: &[Quote],
    qi: usize,
    scratch: &mut Scratch,
) -> (QuoteKind, Option<Attribution>) {
    let Scratch {
        before: before_all,
        after: after_all,
        lower_case,
        common: _,
        context,
    } = scratch;
    let Some(q) = quotes.get(qi) else {
        return (QuoteKind::Term, None);
    };
    let (Some(first), Some(last)) = (q.pieces.first(), q.pieces.last()) else {
        return (QuoteKind::Term, None);
    };
    let (Some(first_unit), Some(last_unit)) = (first.paragraph, last.paragraph) else {
        return (QuoteKind::Term, None);
    };
    let Some(&first_para) = units.get(first_unit) else {
        return (QuoteKind::Term, None);
    };
    let Some(&last_para) = units.get(last_unit) else {
        return (QuoteKind::Term, None);
    };
    let prev = qi.checked_sub(1).and_then(|i| quotes.get(i));
    let next = quotes.get(qi + 1);

    // Window before: from the previous quote's end (same paragraph) or the paragraph start,
    // reaching back `WINDOW` bytes — twice as far when that cuts into the quote's sentence.
    let prev_end = prev
        .filter(|p| {
            p.pieces
                .last()
                .is_some_and(|l| l.paragraph == first.paragraph)
        })
        .map_or(0, |p| p.span.end());
    // (A title or a term quoted before it in the paragraph is part of the sentence that may
    // introduce it: `Barbara Follet, one of the so-called “Blair Babes” elected in 1997, told
    // researchers: “…”`. The window stops at the speech quote before it, a few back at most.)
    let speech_end = || {
        quotes
            .get(..qi)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(MAX_QUOTES_BETWEEN + 1)
            .take_while(|p| {
                p.pieces
                    .last()
                    .is_some_and(|l| l.paragraph == first.paragraph)
            })
            .enumerate()
            .find(|(i, p)| p.kind.is_speech() || *i == MAX_QUOTES_BETWEEN)
            .map_or(first_para.start(), |(_, p)| p.span.end())
    };
    // (Only for a quotation that opens with a capital after a colon or a comma, as
    // introductions introduce: a fragment, or a title in a list of titles, is read as
    // before.)
    // (Or right after a cue: `shared a syllabus for a class called “Perception” on his
    // page, writing “Allow me …”`.)
    let introduced = || {
        let between = sub(src, prev_end, first.span.start()).trim_end_space();
        (between.ends_with([':', ','])
            || between
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| !w.is_empty() && is_cue(w)))
            && opens_upper(src, q)
    };
    let floor = match prev_end {
        0 => 0,
        _ if introduced() => speech_end(),
        _ => prev_end,
    };
    // (The marks of a nickname in a name the window reads through are left out: `Rep.
    // Robert C. "Bobby" Scott said: “…”`.)
    let nickname_before = prev
        .filter(|p| floor < prev_end && nickname_quote(src, p))
        .map(|p| p.span);
    let window_start = |reach: usize| {
        first_para
            .start()
            .max(floor)
            .max(first.span.start().saturating_sub(reach))
    };
    let mut sentence_from = 0;
    let mut sentence_cut = false;
    let mut window_from = 0;
    for reach in [WINDOW, 2 * WINDOW] {
        let before_start = window_start(reach);
        window_from = before_start;
        before_all.clear();
        let toks = Tokens::new(src, before_start, first.span.start());
        // (Filtered only when there are marks to leave out: the plain extend is the fast one.)
        match nickname_before {
            None => before_all.extend(toks),
            Some(s) => before_all.extend(toks.filter(|t| !is_mark_of(t, s))),
        }
        sentence_from = sentence_start(before_all, before_all.len());
        // The window reaches back less far than the sentence: its first word is not the
        // sentence's first, and no subject can be read from the start.
        sentence_cut = sentence_from == 0 && before_start > first_para.start().max(floor);
        if !sentence_cut {
            break;
        }
    }
    let before_all = before_all.as_slice();
    let before = before_all.get(sentence_from..).unwrap_or(&[]);

    // Window after: to the next quote (same paragraph) or the paragraph end — through a
    // nickname in a name, whose marks are left out (`“…,” said Rep. Robert C. "Bobby"
    // Scott`).
    let mut after_end = last_para.end().min(last.span.end() + WINDOW);
    let in_last_paragraph = |n: &&Quote| {
        n.pieces
            .first()
            .is_some_and(|f| f.paragraph == last.paragraph)
    };
    let mut skipped = None;
    if let Some(n) = next.filter(in_last_paragraph) {
        // (And through a name modifying the noun after it: `“…,” Texas delegate Bill
        // Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`.)
        if nickname_quote(src, n) || modifier_quote(src, n) {
            skipped = Some(n.span);
            if let Some(nn) = quotes.get(qi + 2).filter(in_last_paragraph) {
                after_end = after_end.min(nn.span.start());
            }
        } else {
            after_end = after_end.min(n.span.start());
        }
    }
    after_all.clear();
    let toks = Tokens::new(src, last.span.end(), after_end);
    match skipped {
        None => after_all.extend(toks),
        Some(s) => after_all.extend(toks.filter(|t| !is_mark_of(t, s))),
    }
    let after_all = after_all.as_slice();
    let after_len = after_all
        .iter()
        .position(Tok::is_sentence_end)
        .unwrap_or(after_all.len());
    let after = after_all.get(..after_len).unwrap_or(&[]);

    let content = sub(src, q.content_span.start(), q.content_span.end()).trim_space();
    // (Whether the words are in title case, asked by several rules below: read once.)
    let title_case_cell = core::cell::OnceCell::new();
    let title_case = || *title_case_cell.get_or_init(|| is_title_case(content));
    // (A comma right after the closing mark ends the quote as one inside it would: `"…
    // frozen foreheads", he adds.`)
    let comma_after = after_all
        .first()
        .is_some_and(|t| t.punct == Some(',') && t.start == last.span.end());
    let ends = match content.chars().next_back() {
        Some(c) if comma_after && !matches!(c, '.' | '!' | '?' | ',' | '—' | '–') => Some(','),
        c => c,
    };
    // (Past a bracket of the writer's: `“[Plant-based proteins] also promote …”`.)
    let starts_upper = content
        .strip_prefix('[')
        .unwrap_or(content)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '…' || c == '.');
    let word_count = content.split_whitespace().count();
    let opens_sentence = before.is_empty()
        || before
            .last()
            .is_some_and(|t| matches!(t.punct, Some(':' | ',' | '—' | '–' | '(')));
    // A letter or a digit alone is a label, no one's words: `pull the lever for “R,” or
    // “D,”`, `a non-competitive - or "B" - quote`.
    if content
        .chars()
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .count()
        <= 1
    {
        return (QuoteKind::Term, None);
    }

    // A headline in title case names who speaks before a cue in title case: `Francois
    // Hollande Says Donald Trump ‘Makes You Want To Retch.’`, `Hillary Clinton Calls ISIS
    // Violence Against Yazidis ‘Genocide.’` (capitalized, the cue is read nowhere else).
    if has_headline && first_unit == 0 {
        // (Or after it, closing the headline: `…, Trevor Noah Says.`)
        if let Some(a) = headline_closing_speaker(src, after) {
            return (QuoteKind::Partial, Some(a));
        }
        if let Some(a) = headline_cue_speaker(src, before) {
            // (A sentence of their own right after the cue is all they said: `Trump Says
            // ‘We Will Win.’`.)
            let right_after = a.cue.as_ref().is_some_and(|c| {
                before
                    .last()
                    .is_some_and(|t| t.end == c.span.end() || t.punct == Some(':'))
            });
            let sentence = starts_upper && matches!(ends, Some('.' | '!' | '?'));
            let kind = if right_after && sentence {
                QuoteKind::Full
            } else {
                QuoteKind::Partial
            };
            return (kind, Some(a));
        }
    }

    // What a crowd chants or a person shouts, mouths or echoes is said, however short
    // (`their chants of “Ted! Ted!”`, `softly echoing “too many.”`), and so is a quote
    // joined by `and` to one said just before (`they chanted "…" and "no justice, no
    // peace."`).
    // (The quote before, when it is speech that ends in this quote's paragraph: the three
    // rules below go on from it.)
    let prev_said = prev.filter(|p| {
        p.kind.is_speech()
            && p.pieces
                .last()
                .is_some_and(|l| l.paragraph == first.paragraph)
    });
    // (Whether the words before this quote open with one of `words` in lower case.)
    let opens_with = |words: &[&str]| {
        before
            .first()
            .is_some_and(|t| is_lower_word(src, t) && words.contains(&t.text(src)))
    };
    let joined_to = prev_said.filter(|_| before.len() == 1 && opens_with(&["and", "or"]));
    // (The one joined takes the attribution of the one before.)
    if let Some(a) = joined_to.and_then(|p| p.attribution.as_ref()) {
        return (QuoteKind::Partial, Some(inherit(a)));
    }
    // A verb joined by `and` to the clause of the quote before shares its subject, and is
    // the cue: `called it “extremely careless,” and said any “reasonable person” …`.
    let coordinated = prev_said
        .filter(|_| {
            before.len() >= 2
                && before.len() <= MAX_CALLED_OBJECT + 2
                && opens_with(&["and", "but"])
                && before
                    .get(1)
                    .is_some_and(|t| is_lower_word(src, t) && is_cue(t.text(src)))
                && before.iter().all(Tok::is_word)
        })
        .and_then(|p| p.attribution.as_ref())
        .and_then(|a| {
            Some(Attribution {
                cue: Some(make_cue(src, before, 1, 2)?),
                ..inherit(a)
            })
        });
    if let Some(a) = coordinated {
        return (QuoteKind::Partial, Some(a));
    }
    // So does one joined with its own object to one a verb of calling attributed: `calling
    // his assumptions “aggressive” and his plan “damaging”`.
    let called_too = prev_said
        .filter(|_| {
            before.len() >= 2
                && before.len() <= MAX_CALLED_OBJECT + 1
                && opens_with(&["and"])
                // (The object opens with a determiner or a pronoun, not a verb: `and hired
                // the “…”` is another clause.)
                && before.get(1).is_some_and(|t| {
                    let w = t.text(src);
                    is_lower_word(src, t)
                        && (lexicon::DETERMINERS.has(w)
                            || is_possessive_determiner(w)
                            || matches!(w, "him" | "her" | "them" | "it"))
                })
                && before.iter().all(|t| t.is_word() && !is_cue(t.text(src)))
        })
        .and_then(|p| p.attribution.as_ref())
        .filter(|a| {
            a.cue
                .as_ref()
                .and_then(|c| c.text.split(' ').next_back())
                .is_some_and(|v| lexicon::CALLING_VERBS.has(v))
        });
    if let Some(a) = called_too {
        return (QuoteKind::Partial, Some(inherit(a)));
    }
    // A name in title case joined to a title before it is one too: `starred in “Parks and
    // Recreation” and “Guardians of the Galaxy,” posted …`.
    let joined_title = prev.is_some_and(|p| {
        p.kind == QuoteKind::Title
            && p.span.end() == prev_end
            && !before.is_empty()
            && before.iter().all(|t| {
                t.punct == Some(',') || is_lower_word(src, t) && matches!(t.text(src), "and" | "or")
            })
    });
    if joined_title && word_count <= 8 && title_case() {
        return (QuoteKind::Title, None);
    }
    // A nickname between a given name and the rest of the name names no one's words: `John
    // “Tig” Tiegen`, `state Del. Marcia "Cia" Price`.
    if nickname_in_name(src, before, after_all, content, q.span) {
        return (QuoteKind::Term, None);
    }
    // `has been branded “deeply irresponsible” by the Liberal Democrats`: the agent after the
    // quote of a passive verb of calling is who said the words.
    if let Some(a) = passive_caller(src, before, after_all) {
        return (QuoteKind::Partial, Some(a));
    }
    // `Mitt Romney’s “47 percent” comment`: the owner of the words a noun after the quote
    // names said them.
    if let Some(a) = owner_of_words(src, before, after_all) {
        return (QuoteKind::Partial, Some(a));
    }
    let uttered = uttered_after(src, before) || joined_to.is_some();
    // Words in lower case after a verb of calling, right after it or after its object, are
    // the caller's: `what he called “our arguments this year”`, `Trump called the system
    // “rigged”`, `who called their son “an American hero.”`.
    // (After a participle, a comma closing the words leaves the attribution to what follows:
    // `…, calling Trump “an orange buffoon,” Susan said`.)
    // (Capitalized words are a name, but not after an indefinite article: `McCain calling it
    // a “Chinese menu.”`)
    let after_indefinite = || {
        before
            .last()
            .is_some_and(|t| is_lower_word(src, t) && matches!(t.text(src), "a" | "an"))
    };
    if !starts_upper || after_indefinite() {
        if let Some(a) = caller(src, before, has_headline && first_unit == 0).filter(|a| {
            !(a.cue.as_ref().is_some_and(|c| c.text.ends_with("ing"))
                && content.trim_end().ends_with(','))
        }) {
            return (QuoteKind::Partial, Some(a));
        }
    }
    // Words after a verb of judging, its object and `as` are the judge's: `attacked Labour's
    // pledges as “vacuous”` (not a name, `hailed it as “The Best Show”`; nor words whose
    // comma leaves the attribution to what follows: `described her victory as “truly
    // overwhelming. I'm really not used to this,” she said`).
    // (`judge_as` first: it stops at once when no `as` stands before the quote.)
    if let Some(a) = judge_as(src, before, has_headline && first_unit == 0)
        .filter(|_| !title_case() && !content.trim_end().ends_with(','))
    {
        return (QuoteKind::Partial, Some(a));
    }
    // Titles and names: `called “…”`, `the slogan “…”`, `ABC’s “This Week”`,
    // `appeared on “Meet the Press”`.
    // (Not words that open with an auxiliary in lower case: the predicate of the noun
    // before them, `said the film “has received strong interest”` — but a question opens so:
    // `the headline “are you thinking what we are thinking?”`.)
    let predicate = || {
        !content.trim_end().ends_with('?')
            && content
                .trim_start_space()
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .next()
                .is_some_and(|w| {
                    w.starts_with(|c: char| c.is_lowercase()) && lexicon::AUXILIARIES.has(w)
                })
    };
    if word_count <= 14 && !uttered && is_title_context(src, before) && !predicate() {
        return (QuoteKind::Title, None);
    }
    // (A name of a work is capitalized: `the new show “aims to appeal …”` reports words.)
    // (Or in apposition after one, in title case and however long: `his unauthorized Trump
    // biography, ''Lost Tycoon: The Many Lives of Donald J. Trump,'' with his publisher`.)
    let work_in_apposition = || {
        before.last().is_some_and(|t| t.punct == Some(','))
            && after_work_noun(src, before.get(..before.len() - 1).unwrap_or(&[]))
            && title_case()
    };
    if starts_upper && !uttered && word_count <= MAX_TITLE_WORDS && work_in_apposition() {
        return (QuoteKind::Title, None);
    }
    if after_work_noun(src, before) && starts_upper && word_count <= 14 && !uttered {
        return (QuoteKind::Title, None);
    }
    if word_count <= 8
        && title_case()
        && !content.contains(['?', '!'])
        && !uttered
        && title_slot(src, before, after, has_headline && first_unit == 0)
    {
        return (QuoteKind::Title, None);
    }

    // `“…,” the editorial read.`: after a comma (or ? !) the words up to the sentence end are
    // an attribution even when the verb is not in the lexicon.
    let soft_end = matches!(ends, Some(',' | '?' | '!' | '—' | '–'));
    let closed = matches!(ends, Some('.' | '!' | '?'));
    let into_next =
        next.is_some_and(|n| n.span.start() == after_end) && after.len() == after_all.len();
    // (A quote that ends in a word is embedded in its sentence, which goes on after it.)
    let embedded = ends.is_some_and(char::is_alphanumeric);
    // (A quotation whose closing mark was dropped before this one opens in its paragraph —
    // paragraphs run together: `said: "… care about. "If you want …"` — goes on in this one,
    // whose speaker it named before it.)
    let reopened = || {
        prev.is_some_and(|p| {
            p.span.end() == prev_end
                && sub(src, prev_end, first.span.start())
                    .trim_start_space()
                    .is_empty()
                && !sub(src, p.span.start(), prev_end).ends_with(['”', '"', '’', '\''])
                && p.attribution
                    .as_ref()
                    .is_some_and(|a| a.mention.span.end() <= p.span.start())
        })
    };
    let after_attr = attribution_after_quote(src, after, closed, into_next, embedded, reopened);
    let ends_comma = matches!(ends, Some(',' | '—' | '–' | '-'));
    // When both windows attribute, the one after wins a quote that does not end its sentence.
    // (So does it one whose question or exclamation goes on in lower case: `— “why wouldn’t
    // you …?” asked Dunn`.)
    let goes_on =
        matches!(ends, Some('?' | '!')) && after.first().is_some_and(|t| is_lower_word(src, t));
    let after_wins = ends_comma
        || goes_on
        || !matches!(ends, Some('.' | '!' | '?' | ':')) && opens_sentence && starts_upper;
    // (But not where a finite cue before introduced the quote and the clause after it
    // introduces the next one, a new utterance: in `When someone in the audience shouted,
    // “Cruz,” Beck joked, “Amen!”` each speaker stands before their words. A participle's
    // subject stands farther back, and the clause after is the quote's: `…, telling Mic,
    // “…,” he said, adding, “…”`; so is it a split quote's, whose rest opens in lower case:
    // `Fallon fired back: “…,” he wrote, “we know …”`.)
    let introduces_both = into_next
        && after
            .last()
            .is_some_and(|t| matches!(t.punct, Some(':' | ',')))
        && before
            .last()
            .is_some_and(|t| matches!(t.punct, Some(':' | ',')))
        && next.is_some_and(|n| opens_upper(src, n));
    // (The window before is only read when its answer can matter.)
    let before_attr = if after_attr.is_some() && after_wins && !introduces_both {
        None
    } else {
        before_attribution(src, without_aspect_verb(src, before, content))
    };
    let after_wins = after_wins
        && !(introduces_both
            && before_attr.as_ref().is_some_and(|b| {
                b.cue
                    .as_ref()
                    .is_some_and(|c| !c.text.split(' ').next().is_some_and(|v| v.ends_with("ing")))
            }));
    let chosen = match (after_attr, before_attr) {
        (Some(a), Some(b)) => Some(if after_wins { a } else { b }),
        (a, b) => a.or(b).or_else(|| {
            // Weakest: an unknown verb in the short clause after a soft quote end.
            let k = after.iter().position(|t| t.is_word()).unwrap_or(0);
            let dash = after
                .get(..k)
                .is_some_and(|p| p.iter().any(|t| matches!(t.punct, Some('—' | '–' | '-'))));
            (soft_end && !dash)
                .then(|| verb_after(src, after, k))
                .flatten()
        }),
    };
    // A short title-case name with no sentence mark (`posted the clip of “Guardians of the
    // Galaxy”`, `a “Talk Bernie to Me” tote bag`): a title unless a cue verb says it is
    // said.
    // (A comma inside the marks does not make three or more words in title case an
    // utterance: `''This Kind of War,'' his recent book`, `“The Walking Dead,”`; a period
    // does: `“Make America Great Again.”`.)
    let named_like_a_work = !uttered
        && word_count <= 8
        && title_case()
        && !content.contains(['?', '!'])
        && (!matches!(ends, Some('.' | ',')) || ends == Some(',') && word_count >= 3);
    // A word or a few quoted inside a noun phrase, between its determiner and its noun (`the
    // “confidential” level`, `a federal “supermax” prison`): a term unless a cue reports
    // it (`Nestle said it had an “exceptional” year`).
    let modifier = word_count <= 3
        && !matches!(ends, Some('.' | '!' | '?' | ',' | ':' | ';'))
        && inside_noun_phrase(src, before, after_all, last.span.end(), content);
    // Weaker still: a cue closing the sentence the quote is a part of (`“…” if she didn't
    // win by more, said David Wasserman.`) — which makes the quote a fragment of it. (Not
    // for a name: `The union-backed “Fight for $15” movement plans …, the Daily Caller
    // reports.`)
    // The speech quote right before this one in its sentence, whose words do not end it
    // (`that Clinton's aides were “dragging their feet.” This prompted …` ends it) and whose
    // attribution stands before it: what introduced it may introduce this one too (the two
    // rules below).
    let introduced_prev = prev.filter(|p| {
        p.span.end() == prev_end
            && p.kind.is_speech()
            && p.attribution
                .as_ref()
                .is_some_and(|pa| pa.placement == Placement::Before)
            && !ends_its_sentence(src, p)
            && !before_all.iter().any(Tok::is_sentence_end)
    });
    // A fragment in the sentence of a quote before it that its sentence's subject
    // introduced: that attribution, not one after a dash (`The prime minister said the
    // government was “…” to £38,700 in “early 2025” - a change from the plan laid out by …`).
    let dash_after = after
        .iter()
        .take_while(|t| !t.is_word())
        .any(|t| matches!(t.punct, Some('—' | '–' | '-')));
    let chosen = match chosen {
        Some(a)
            if dash_after
                && !starts_upper
                && matches!(a.placement, Placement::After | Placement::Dash) =>
        {
            let introduced = introduced_prev.and_then(|p| p.attribution.as_ref());
            Some(introduced.map_or(a, inherit))
        }
        c => c,
    };
    let (chosen, fragment) = match chosen {
        None if !closed && !named_like_a_work => {
            let a = closing_attribution(src, after);
            let fragment = a.is_some();
            (a, fragment)
        }
        chosen => (chosen, false),
    };
    let full_kind = if starts_upper && opens_sentence && !fragment {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    };
    if let Some(mut a) = chosen {
        // (A name in title case inside a noun phrase is one even before a cue: `the “Alien
        // Superstar” singer announced`.)
        let named_modifier = modifier && named_like_a_work;
        if (named_like_a_work || modifier) && !has_lexical_cue(&a) || named_modifier {
            // (`too American`: a term in the end.)
            let kind = if starts_upper {
                QuoteKind::Title
            } else {
                QuoteKind::Term
            };
            return (kind, None);
        }
        // `“…,” Price said, “…”`: an attribution standing between two parts of a quotation.
        let between = prev.is_some_and(|p| {
            p.pieces
                .last()
                .is_some_and(|l| l.paragraph == first.paragraph)
                && p.span.end() <= a.mention.span.start()
                && p.kind.is_speech()
                && p.attribution
                    .as_ref()
                    .is_some_and(|pa| pa.mention.span == a.mention.span)
        });
        if between && a.placement == Placement::Before {
            a.placement = Placement::Inside;
        }
        return (full_kind, Some(a));
    }

    // Not attributed in its own sentence.
    // A name in title case right after an article is a title, not more words of the speaker
    // before it: `wrote the authors of the “Growth and Opportunity Project,” giving …`.
    // (Not in a headline, whose every word is capitalized: `Warren: Trump Is a ‘Proven
    // Failure’`.)
    if named_like_a_work
        && !(has_headline && first_unit == 0)
        && before
            .last()
            .is_some_and(|t| is_lower_word(src, t) && matches!(t.text(src), "the" | "a" | "an"))
    {
        return (QuoteKind::Title, None);
    }
    // A fragment after another in the same sentence that a cue before them introduced goes
    // on with that report (`Rafael added that “the outline of a deal …” for a fight in
    // Riyadh, Saudi Arabia was “agreed to more than a week ago.”`, `said it was “so lovely”
    // and a “delight”`) — unless a clause of its own between them reports someone else
    // (`Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”`).
    let reported_before = introduced_prev
        .filter(|p| p.kind == QuoteKind::Partial)
        .and_then(|p| p.attribution.as_ref())
        // (A speech verb's: `The Ninja CREAMi falls into the category of “…”` reports
        // nothing.)
        .filter(|pa| {
            pa.cue
                .as_ref()
                .and_then(|c| c.text.split(' ').next())
                .is_some_and(is_cue)
        })
        .filter(|_| !opens_sentence && !starts_upper)
        // (A cue between them is read below: `he agrees Trump is a “total opportunist” and
        // said “…”` takes `said`.)
        .filter(|_| (0..before.len()).all(|i| cue_at(src, before, i).is_none()));
    // A fragment quoted mid-sentence after the sentence's subject and its verb
    // (`Moore thanked him for “…”`, `Trump has delivered a defense of “…”`): the subject.
    if !opens_sentence && word_count >= 2 && !sentence_cut && !named_like_a_work && !modifier {
        let k = before.iter().position(Tok::is_word).unwrap_or(0);
        if let Some((a, b)) = sentence_subject(src, before, before.len()) {
            // (A name, or a pronoun for a person: `It is a view shared by …` and `They were
            // detained for “…”` quote terms.)
            // (A word that opens the sentence may be capitalized for that alone: `Plans
            // include …`, `Gadget market “…”`; `Critics fear “…”` names people all the same.)
            let named = before.get(a..b).is_some_and(|w| {
                let people = w
                    .iter()
                    .any(|t| lexicon::PERSON_HEAD_WORDS.has(t.text(src)));
                w.iter().enumerate().any(|(i, t)| {
                    is_capitalized(t.text(src))
                        && !is_leading_filler(src, t)
                        && !lexicon::IMPERSONAL_PRONOUNS.has(t.text(src))
                        && !(a + i == k
                            && !people
                            && !is_pronoun(src, t)
                            && !lexicon::DETERMINERS.has(t.text(src))
                            && *lower_case
                                .entry(lower(t.text(src)))
                                .or_insert_with(|| written_in_lower_case(src, t)))
                })
            });
            // (Past an appositive only for longer fragments: short ones there are more often
            // terms, `Senator Ben Cardin of Maryland, …, advocates a “progressive
            // consumption tax”`.)
            // (A headline has no verb to spare: `Labour trio 'had vote-rig factory'`,
            // `Jackson film 'absolute disaster'`; there only a cue is one.)
            let in_headline = has_headline && first_unit == 0;
            // (A noun the name modifies and the name after it belong to the subject:
            // `Conservative co-chairman Liam Fox likened …`.)
            let b = modified_noun_phrase_end(src, before, b).unwrap_or(b);
            let verb = clause_verb(src, before, b)
                // (Or past a phrase of time: `Judge Carlton W. Reeves late Thursday night
                // issued …`.)
                .filter(|&v| {
                    v == b
                        || word_count > 4
                        || before.get(b..v).is_some_and(|w| time_phrase(src, w))
                })
                .filter(|&v| !in_headline || before.get(v).is_some_and(|t| is_cue(t.text(src))));
            if let (true, Some(v), true) = (named, verb, a >= k) {
                // (A verb of its own, a cue or a participle or past tense, reports the
                // clause's subject; `was`, `would need`, `ran` go on with the report.)
                let own_verb = before.get(v).is_some_and(|t| {
                    let w = t.text(src);
                    is_cue(w) || w.ends_with("ed") || w.ends_with("ing")
                });
                if let Some(pa) = reported_before.filter(|_| !own_verb) {
                    return (QuoteKind::Partial, Some(inherit(pa)));
                }
                let v = past_adverbs(src, before, v);
                let group_end = verb_group_end(src, before, v);
                if let Some(mention) = make_mention(src, before, a, b)
                    .filter(|_| !agentless_passive(src, before, v, group_end))
                {
                    let cue = make_cue(src, before, v, group_end);
                    return (
                        QuoteKind::Partial,
                        Some(Attribution {
                            mention,
                            cue,
                            placement: Placement::Before,
                            speaker: None,
                        }),
                    );
                }
            }
        }
    }
    if let Some(pa) = reported_before {
        return (QuoteKind::Partial, Some(inherit(pa)));
    }
    // A headline that opens with a name and a colon gives that person every quote after it
    // (`Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance`): words of
    // theirs, not a title.
    if has_headline && first_unit == 0 {
        if let Some(a) = headline_speaker(src, first_para.start(), first.span.start()) {
            return (QuoteKind::Partial, Some(a));
        }
        // (A headline's words that name no one are those the lead's first sentence reports,
        // news style: `Tories 'would cut number of MPs'` over `…, Tory leader Michael Howard
        // has said.` — words, not a term: `Security warning over 'FBI virus'`.)
        if word_count >= 3 && !title_case() {
            if let Some(a) = lead_attribution(src, units) {
                return (full_kind, Some(a));
            }
        }
    }
    if word_count <= 4 && !(starts_upper && matches!(ends, Some('.' | '!' | '?' | ','))) && !uttered
    {
        if title_case() && word_count >= 2 {
            return (QuoteKind::Title, None);
        }
        // An exclamation or a question is an utterance (`she wins, we lose!`), not a term.
        if !content.contains(['!', '?']) {
            return (QuoteKind::Term, None);
        }
    }
    if title_case() && word_count <= 10 && !matches!(ends, Some('.' | '!' | '?' | ',')) && !uttered
    {
        return (QuoteKind::Title, None);
    }
    // A split quote: the previous quote in the same paragraph speaks for this one — past
    // titles and terms quoted between them (`“Jobs, jobs, jobs,” Mrs. Clinton said on “The
    // Late Show” … “Nobody did it better …”`).
    let speech_before = quotes
        .get(..qi)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|p| {
            p.pieces
                .last()
                .is_some_and(|l| l.paragraph == first.paragraph)
        })
        // (A few back at most: a paragraph of a thousand titles stays linear.)
        .take(MAX_QUOTES_BETWEEN + 1)
        .find(|p| p.kind.is_speech());
    if let Some(a) = speech_before.and_then(|p| p.attribution.as_ref()) {
        // (Unless a sentence of its own between them says who speaks now: `“…,” she says.
        // Then, says Mr Kotamaraja, the blogging world found out. “…”`.)
        // (A speech verb, finite, and someone named or described: a pronoun there is most
        // likely the speaker before.)
        // (The words between open a sentence when the quote before them ended one inside
        // its marks and had no attribution after it: `… told researchers: "…club." Prof
        // Joni Lovenduski … said she was shocked at the findings. "…"` — not `"…!" LeVell
        // declared, …`, which is the quote before's own.)
        let opens_after_quote = window_from == prev_end
            && prev.is_some_and(|p| {
                ends_its_sentence(src, p)
                    && p.attribution
                        .as_ref()
                        .is_none_or(|a| a.mention.span.start() < p.span.start())
            });
        let own = sentence_between(src, before_all, opens_after_quote)
            .and_then(|s| before_attribution(src, s))
            .filter(|own| {
                let m = own.mention.text.as_str();
                // (Not a word that is a noun as often: `other security questions`.)
                let finite = own.cue.as_ref().is_some_and(|c| {
                    let w = c.text.split(' ').next().unwrap_or("");
                    !w.ends_with("ing")
                        && !lexicon::CUES_ALSO_NOUNS.has(w)
                        && !w
                            .strip_suffix('s')
                            .is_some_and(|b| lexicon::CUES_ALSO_NOUNS.has(b))
                });
                has_lexical_cue(own) && finite && !is_pronoun_word(m) && !is_possessive(m)
            });
        if let Some(own) = own {
            return (full_kind, Some(own));
        }
        // (Nor when that sentence's subject is someone else named in full, as a quote alone
        // after it would be theirs: `He insisted the changes were “very modest”. Union leader
        // Dave Prentis criticised the plans. “If you want …”` — not a single word, `BT was
        // just one of the companies …`, which as often names a body.)
        let named_since = || {
            sentence_between(src, before_all, opens_after_quote)?;
            previous_sentence_subject(src, before_all).filter(|c| {
                let m = c.mention.text.as_str();
                !is_pronoun_word(m) && m.contains(' ') && m != a.mention.text
            })
        };
        if opens_sentence && starts_upper {
            if let Some(c) = named_since() {
                return (full_kind, Some(c));
            }
        }
        let mut a = inherit(a);
        // (A cue of its own between the parts is this part's: `“…,” adding, “…”`.)
        if before.len() <= MAX_BARE_CUE {
            if let Some(cue) = (0..before.len())
                .rev()
                .find_map(|c| {
                    cue_at(src, before, c)
                        .filter(|(_, acc)| !acc)
                        .map(|(e, _)| (c, e))
                })
                .and_then(|(c, e)| make_cue(src, before, c, e))
            {
                a.cue = Some(cue);
            }
        }
        return (full_kind, Some(a));
    }
    // The previous sentences of this paragraph name a speaker.
    let para_before = tokenize(
        src,
        first_para
            .start()
            .max(first.span.start().saturating_sub(WINDOW * 2)),
        first.span.start(),
    );
    // (Its mention is no words inside the speech quoted before: `“Governor Hassan, let me
    // help you,” the nominee riffed …, drawing applause and laughs. “…”`; a name in marks
    // may be: `“The Pivot” themselves responded …, posting …`.)
    let quoted = |a: &Attribution| {
        prev.is_some_and(|p| p.kind.is_speech() && p.span.contains(a.mention.span))
    };
    if let Some(a) = before_attribution(src, without_aspect_verb(src, &para_before, content))
        .filter(|a| !quoted(a))
    {
        return (full_kind, Some(a));
    }
    let opens_paragraph = first.span.start() == first_para.start();
    if opens_paragraph && first_unit > 0 {
        let prev_para = first_unit - 1;
        // A colon introduction ending the previous paragraph.
        if let Some(pp) = units.get(prev_para) {
            if sub(src, pp.start(), pp.end()).ends_with(':') {
                let toks = tokenize(
                    src,
                    pp.start().max(pp.end().saturating_sub(WINDOW)),
                    pp.end(),
                );
                let from = sentence_start(&toks, toks.len());
                if let Some(mut a) = colon_attribution(src, toks.get(from..).unwrap_or(&[])) {
                    a.placement = Placement::Colon;
                    return (full_kind, Some(a));
                }
            }
        }
        // A paragraph that ends in a dash and a name is that person's, all its quotes
        // (`“…” And that’s all he has “the root of all evil.” ― Christina Lastra`): not the
        // previous paragraph's.
        if let Some(a) = paragraph_end_dash(src, first_para) {
            return (full_kind, Some(a));
        }
        // The previous paragraph's last sentence reports someone's words: `Smith said the
        // plan would fail.` then a paragraph of quote.
        let reported = || {
            let pp = units.get(prev_para)?;
            let toks = tokenize(
                src,
                pp.start().max(pp.end().saturating_sub(WINDOW)),
                pp.end(),
            );
            let last_end = toks.len().saturating_sub(1);
            let from = sentence_start(&toks, last_end);
            let sentence = toks.get(from..)?;
            let a = before_attribution(src, sentence)?;
            // (The sentence's own report, not one in a clause inside it.)
            if !reports_in_main_clause(src, sentence, &a) {
                return None;
            }
            let start = toks.get(from).map_or(pp.start(), |t| t.start);
            Some((start, a))
        };
        // A continuation: the last speech quote of the previous paragraph — unless a
        // sentence after it names someone else reporting (`“…,” he said. … Ian Harris,
        // deputy editor of Mac Format, said the machine would appeal to …` then `“They want
        // a further taste of Mac.”`: Harris's).
        let continuation = prev.filter(|p| {
            p.pieces
                .last()
                .is_some_and(|l| l.paragraph == Some(prev_para))
                && p.kind.is_speech()
        });
        // (The last sentence is read only when it may be needed: most paragraphs end with
        // their quote or its attribution.)
        let sentence_after = |p: &Quote| {
            let after = units
                .get(prev_para)
                .map_or("", |pp| sub(src, p.span.end(), pp.end()))
                .trim_end_space();
            after
                .get(..after.len().saturating_sub(1))
                .is_some_and(|a| a.contains(['.', '!', '?']))
        };
        let reported = match continuation {
            Some(p) if p.attribution.is_some() && !sentence_after(p) => None,
            _ => reported(),
        };
        if let Some(p) = continuation {
            let reported_since = reported.as_ref().is_some_and(|(start, r)| {
                *start >= p.span.end() && !is_pronoun_word(&r.mention.text)
            });
            if let Some(a) = p.attribution.as_ref().filter(|_| !reported_since) {
                return (full_kind, Some(inherit(a)));
            }
        }
        if let Some((_, a)) = reported {
            return (
                full_kind,
                Some(Attribution {
                    placement: Placement::Before,
                    ..a
                }),
            );
        }
    }
    // `- Sanders.` on the next line, as digests attribute a quoted paragraph.
    if let Some(next_unit) = last.paragraph.and_then(|p| units.get(p + 1)) {
        let line = sub(src, next_unit.start(), next_unit.end());
        if line.len() < 160 && line.starts_with(['-', '—', '–']) {
            let toks = tokenize(src, next_unit.start(), next_unit.end());
            let k = toks.iter().position(Tok::is_word).unwrap_or(0);
            if let Some((a, b)) = name_at(src, &toks, k) {
                if let Some(mention) = make_mention(src, &toks, a, b) {
                    return (
                        full_kind,
                        Some(Attribution {
                            mention,
                            cue: make_cue(src, &toks, 0, k.max(1)),
                            placement: Placement::Dash,
                            speaker: None,
                        }),
                    );
                }
            }
        }
    }
    // Nobody says it, and it is written as a name in a list (`“Billions,” “Fuller House,”`):
    // a title, the comma inside the marks notwithstanding. (A period makes an utterance:
    // `‘Genocide.’`, `“Dump Trump.”`.)
    if word_count <= 6 && ends == Some(',') && title_case() || named_like_a_work {
        return (QuoteKind::Title, None);
    }
    // Last: a quote that opens a sentence after one whose subject is a person named or a
    // pronoun for one (`Campbell signalled his intent to move abroad. “I'm 30 now …”`):
    // that person, with no cue.
    // (Not a part of a quotation that goes on into the next quote, whose attribution it
    // takes: `“…” “…,” Holmes said.`)
    // (It is kept for the chain, should no quote of it name a speaker.)
    let runs_on = next.is_some_and(|n| adjoins(src, q, n));
    if opens_sentence && starts_upper {
        let subject = previous_sentence_subject(src, &para_before)
            .or_else(|| subject_past_aside(src, &para_before))
            .filter(|a| !quoted(a));
        if let Some(a) = subject {
            if !runs_on {
                return (full_kind, Some(a));
            }
            *context = Some(a);
        }
        // (A paragraph that opens with the quote, after one with no quote in it: `On this
        // subject, Morris appears almost evangelical. ¶ "I was on a cruise …"`.)
        let prev_unit = first_unit.checked_sub(1);
        let quote_in_prev = prev.is_some_and(|p| {
            p.pieces.last().and_then(|l| l.paragraph) == prev_unit
                || p.pieces.first().and_then(|l| l.paragraph) == prev_unit
        });
        // (A person's: `he`, `she` or a name, a single word only where the text also
        // writes it inside a sentence — not `They`, nor `Voices` opening a paragraph; and
        // words of a sentence, not a label: `She was fired. ¶ 'A change warrior.'`.)
        let person = |a: &Attribution| {
            let m = a.mention.text.as_str();
            matches!(m, "He" | "She" | "he" | "she")
                || m.contains(' ')
                || !is_pronoun_word(m) && capitalized_mid_sentence(src, a.mention.span, m)
        };
        if para_before.is_empty() && !quote_in_prev && word_count >= MIN_SENTENCE_WORDS {
            if let Some(&u) = prev_unit.and_then(|i| units.get(i)) {
                let toks = tokenize(
                    src,
                    u.start().max(u.end().saturating_sub(WINDOW * 2)),
                    u.end(),
                );
                if let Some(a) = previous_sentence_subject(src, &toks).filter(person) {
                    if !runs_on {
                        return (full_kind, Some(a));
                    }
                    *context = Some(a);
                }
            }
        }
        // (After a sentence that names no one, in the paragraph after an attributed quote:
        // `“…,” he said. ¶ Both of them froze, unsure what to do. “Eventually police started
        // showing up …”` goes on with that speaker.)
        let names_no_one = || {
            para_before.iter().enumerate().all(|(i, t)| {
                !t.is_word()
                    || !(is_pronoun(src, t)
                        || is_capitalized(t.text(src)) && !opens_sentence_at(&para_before, i))
            })
        };
        let after_attributed = prev.filter(|p| {
            p.kind.is_speech()
                && p.pieces.last().and_then(|l| l.paragraph) == prev_unit
                && p.attribution.is_some()
        });
        // (A sentence of its own: one the quote goes on, `the old saying goes, “…”`, `raised
        // the question, “…”`, has a speaker of its own or none.)
        let own_sentence = para_before.last().is_some_and(Tok::is_sentence_end);
        if !runs_on && own_sentence && names_no_one() {
            if let Some(a) = after_attributed.and_then(|p| p.attribution.as_ref()) {
                return (full_kind, Some(inherit(a)));
            }
        }
    }
    (full_kind, None)
}

/// Whether an attribution read from a whole sentence is its main clause's, as a report
/// that introduces the quotes after it must be: not one in a clause a subordinator, a
/// relative pronoun, `that` or `than` opens (`… whether an individual is who they say they
/// are.`, `… even those who did so before the campaign began, may reconsider.`), nor one
/// after quote marks, whose words have a speaker of their own (`"To be honest, England
/// have wanted to win …," said Friday.`).
fn reports_in_main_clause(src: &str, sentence: &[Tok], a: &Attribution) -> bool {
    let Some(m) = sentence
        .iter()
        .position(|t| t.start >= a.mention.span.start())
    else {
        return false;
    };
    let before = sentence.get(..m).unwrap_or(&[]);
    let quoted = before
        .iter()
        .any(|t| matches!(t.punct, Some('"' | '“' | '”' | '‘' | '’' | '\'')));
    let subordinate = before.last().is_some_and(|t| {
        is_lower_word(src, t) && {
            let w = t.text(src);
            lexicon::SUBORDINATORS.has(w)
                || lexicon::RELATIVE_CLAUSE_OPENERS.has(w)
                || matches!(w, "that" | "than")
        }
    });
    !quoted && !subordinate
}

/// Whether an attribution's cue says speech: a verb of the lexicon (`said`, `according
/// to`) or a name's colon (`Sanders: ‘Of Course’ …`, where headline case says nothing), not
/// a verb read from its position (`posted`, `edits`).
fn has_lexical_cue(a: &Attribution) -> bool {
    let Some(cue) = &a.cue else {
        return false;
    };
    let first = cue.text.split(char::is_whitespace).next().unwrap_or("");
    a.placement == Placement::AccordingTo || first == ":" || is_cue(first)
}

/// Whether the quote `content` (spanning `span` with its marks) is a nickname inside a name:
/// one or two capitalized words, right after a known given name and right before a
/// capitalized word.
fn nickname_in_name(src: &str, before: &[Tok], after: &[Tok], content: &str, span: Span) -> bool {
    // (The words around it first, which rule out nearly every quote; a long quote's words
    // are never counted.)
    // (After a given name, or an initial after one: `Rep. Robert C. "Bobby" Scott`.)
    let given = |t: &Tok| t.is_word() && is_any_given_name(t.text(src));
    content.len() <= MAX_NICKNAME
        && after.first().is_some_and(|t| {
            t.is_word() && t.start == span.end() + 1 && is_capitalized(t.text(src))
        })
        && match before {
            [.., g, i] if i.end + 1 == span.start() && is_initial(src, i) => given(g),
            [.., g] => g.end + 1 == span.start() && given(g),
            [] => false,
        }
        && is_nickname(content)
}

/// Whether a token is one of the quote marks of `span`.
fn is_mark_of(t: &Tok, span: Span) -> bool {
    t.punct.is_some() && (t.start == span.start() || t.end == span.end())
}

/// Whether a token is an initial: `C.` in `Robert C. Scott`.
fn is_initial(src: &str, t: &Tok) -> bool {
    let w = t.text(src).as_bytes();
    t.is_word()
        && w.len() == 2
        && w.first().is_some_and(u8::is_ascii_uppercase)
        && w.get(1) == Some(&b'.')
}

/// Whether a quote is a nickname between the parts of a name (`Juan "Chico" Manriquez`),
/// read from the text around it: the windows of the quotes beside it read through it.
fn nickname_quote(src: &str, q: &Quote) -> bool {
    let (start, end) = (q.span.start(), q.span.end());
    let content = sub(src, q.content_span.start(), q.content_span.end());
    // (The cheap tests first: most quotes are long or open in lower case.)
    if content.len() > MAX_NICKNAME
        || !content.chars().next().is_some_and(char::is_uppercase)
        || !is_nickname(content)
    {
        return false;
    }
    let before = tokenize(src, start.saturating_sub(MAX_NICKNAME), start);
    let after = tokenize(src, end, (end + MAX_NICKNAME).min(src.len()));
    nickname_in_name(src, &before, &after, content, q.span)
}

/// Whether a quote's words open with a capital, past any space inside the marks.
fn opens_upper(src: &str, q: &Quote) -> bool {
    sub(src, q.content_span.start(), q.content_span.end())
        .trim_start_space()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether a quote is a short name in title case that modifies the noun after it, inside a
/// noun phrase (`a cowboy hat and “Ted Cruz” campaign pins`, `a “Make America Great Again”
/// hat`): a word in lower case on each side, no punctuation inside. It names no one's words,
/// and the window of the quote before reads through it.
fn modifier_quote(src: &str, q: &Quote) -> bool {
    let (start, end) = (q.span.start(), q.span.end());
    let content = sub(src, q.content_span.start(), q.content_span.end());
    // (The cheap tests first: most quotes are long or open in lower case.)
    if content.len() > MAX_MODIFIER_QUOTE
        || !content.starts_with(char::is_uppercase)
        || content.contains([',', '.', ';', ':', '!', '?'])
        || !is_title_case(content)
    {
        return false;
    }
    let before = tokenize(src, start.saturating_sub(MAX_MODIFIER_QUOTE), start);
    let after = tokenize(src, end, (end + MAX_MODIFIER_QUOTE).min(src.len()));
    // (After a determiner, or after `and` or `or` joining it to a noun phrase before, where
    // the word after must not read as a verb in the third person: `while “I’tah Kukveni”
    // translates to`.)
    let Some(b) = before
        .last()
        .filter(|t| t.end + 1 == start && is_lower_word(src, t))
    else {
        return false;
    };
    let w = b.text(src);
    let determined = lexicon::DETERMINERS.has(w) || is_possessive_determiner(w);
    let joined = matches!(w, "and" | "or");
    (determined || joined)
        && after.first().is_some_and(|t| {
            t.start == end + 1
                && noun_after_quote(src, t)
                && (determined || !t.text(src).ends_with('s'))
        })
}

/// Whether a word in lower case right after a quote can be the noun it modifies: not a
/// function word, a cue, an auxiliary or an adverb (`“Ted Cruz” campaign pins`, not
/// `“Fake News” and`, `“Lost” said`).
fn noun_after_quote(src: &str, t: &Tok) -> bool {
    let w = t.text(src);
    is_lower_word(src, t)
        && !lexicon::NP_STOP.has(w)
        && !lexicon::NON_VERBS.has(w)
        && !lexicon::EDGE_WORDS.has(w)
        && !lexicon::AUXILIARIES.has(w)
        && !lexicon::RELATIVE_PRONOUNS.has(w)
        && !is_cue(w)
        && !is_ly_adverb(w)
}

/// The subject of the sentence before last in `toks` (see [`previous_sentence_subject`]),
/// when the last sentence names no one else: no subject pronoun (`he`, `it`, `we` …), and
/// no capitalized word inside it but the subject's own (`Costin heads to Poland on Sunday.
/// All these sessions are small steps towards what Costin hopes will be a return. “It's all
/// about …”`).
fn subject_past_aside(src: &str, toks: &[Tok]) -> Option<Attribution> {
    let end = toks.len().checked_sub(1)?;
    if !toks.get(end).is_some_and(Tok::is_sentence_end) {
        return None;
    }
    let from = sentence_start(toks, end);
    let a = previous_sentence_subject(src, toks.get(..from)?)?;
    let aside = toks.get(from..end)?;
    let names_no_one_else = aside.iter().enumerate().all(|(i, t)| {
        let w = t.text(src);
        !t.is_word()
            || i == 0
            || !is_capitalized(w) && !is_pronoun(src, t)
            || is_capitalized(w) && a.mention.text.split(' ').any(|m| m == w)
    });
    names_no_one_else.then_some(a)
}

/// Where the sentence that `toks[end]` stands in (or that ends before it) starts: after the
/// last sentence end before `end`, else at the start of `toks`.
fn sentence_start(toks: &[Tok], end: usize) -> usize {
    toks.get(..end)
        .and_then(|t| t.iter().rposition(Tok::is_sentence_end))
        .map_or(0, |i| i + 1)
}

/// Whether a quote's words end its sentence (`.`, `!` or `?` before the closing mark).
fn ends_its_sentence(src: &str, q: &Quote) -> bool {
    sub(src, q.content_span.start(), q.content_span.end())
        .trim_end_space()
        .ends_with(['.', '!', '?'])
}

fn inherit(a: &Attribution) -> Attribution {
    Attribution {
        placement: Placement::Inherited,
        ..a.clone()
    }
}

/// The most comma-closed segments of a description in apposition after a name that opens
/// the sentence before a quote (see [`previous_sentence_subject`]).
const MAX_DESCRIPTION_SEGMENTS: usize = 3;

/// The most tokens in one of those segments.
const MAX_DESCRIPTION_SEGMENT: usize = 20;

/// The most tokens after the article of a work's description in apposition that are read
/// for its noun (`the kitschy HBO horror series`).
const MAX_WORK_DESCRIPTION: usize = 6;

/// The shortest word of [`lexicon::NAMING_NOUNS`] (a test keeps this true).
const MIN_NAMING_NOUN: usize = 5;

/// `called “…”`, `the slogan “…”`, `known as “…”` just before the opening mark.
fn is_title_context(src: &str, before: &[Tok]) -> bool {
    // (The last two words lower-cased on the stack: this runs for every quote.)
    let n = before.len();
    let Some(last) = n.checked_sub(1).and_then(|i| before.get(i)) else {
        return false;
    };
    let prev = n.checked_sub(2).and_then(|i| before.get(i));
    // (A noun for a name or a line, right before or before a comma or colon: `the usual
    // campaign slogan, “Make America Great Again.”`.)
    // (Most words before a quote are shorter than these nouns: `said`, `that`, `the`.)
    let naming = |t: &Tok| {
        t.is_word()
            && t.text(src).len() >= MIN_NAMING_NOUN
            && lexicon::NAMING_NOUNS.has(t.text(src))
    };
    if naming(last) || matches!(last.punct, Some(',' | ':')) && prev.is_some_and(naming) {
        return true;
    }
    // (`called`, or two words with a space between: `known as`; the last word lower-cased
    // once for both.)
    with_lower_bytes(last.text(src), |last| {
        lexicon::TITLE_CUES.contains_bytes(last)
            || prev.is_some_and(|p| {
                with_lower_bytes(p.text(src), |p| lexicon::TITLE_CUES.contains_pair(p, last))
            })
    })
}

/// A kind of work with a determiner or an owner a few words before the mark: `the Syfy
/// movie “…”`, `his new book “…”`, `Netflix's drama “…”`.
fn after_work_noun(src: &str, before: &[Tok]) -> bool {
    let n = before.len();
    before
        .last()
        .is_some_and(|t| lexicon::WORK_NOUNS.has(t.text(src)))
        && before
            .get(n.saturating_sub(5)..n.saturating_sub(1))
            .is_some_and(|w| {
                w.iter().any(|t| {
                    let x = t.text(src);
                    lexicon::DETERMINERS.has(x) || is_possessive(x)
                })
            })
}

/// Whether the words before a quote say it is uttered: a verb of shouting, chanting,
/// echoing (`mouthing “…”`), or such a noun and `of` (`chants of “…”`).
fn uttered_after(src: &str, before: &[Tok]) -> bool {
    let n = before.len();
    let word = |i: usize| lower_word_at(src, before, i);
    n.checked_sub(1)
        .and_then(word)
        .is_some_and(|w| lexicon::UTTERANCE_VERBS.has(w))
        || n.checked_sub(1).and_then(word) == Some("of")
            && n.checked_sub(2)
                .and_then(word)
                .is_some_and(|w| lexicon::UTTERANCE_NOUNS.has(w))
}

/// The subject of the last sentence of `toks` as a quote's speaker, with no cue: a name
/// (capitalized words, the first no filler) or `he`, `she`, `they` right at the sentence's
/// start, followed by a verb in lower case.
fn previous_sentence_subject(src: &str, toks: &[Tok]) -> Option<Attribution> {
    let end = toks.len().checked_sub(1)?;
    if !toks.get(end).is_some_and(Tok::is_sentence_end) {
        return None;
    }
    let from = sentence_start(toks, end);
    let closing = closing_marks(toks.get(from..end)?);
    let sentence = toks.get(from + closing..end)?;
    // (Past a coordinator that opens it: `And she won't commit to an opinion yet.`)
    let sentence = match sentence.first() {
        Some(t) if matches!(t.text(src), "And" | "But" | "So" | "Yet") => {
            sentence.get(1..).unwrap_or(sentence)
        }
        _ => sentence,
    };
    // (Past a participle phrase or an introductory one that opens it, up to its comma:
    // `Writing in the Guardian newspaper, Mr Brown outlined his view …`, `As for the
    // future, Arnold believes …`.)
    let sentence = match sentence.first() {
        Some(t)
            if is_capitalized(t.text(src))
                && (t.text(src).ends_with("ing") || lexicon::INTRO_WORDS.has(t.text(src))) =>
        {
            sentence
                .iter()
                .take(MAX_OPENING_PHRASE)
                .position(|t| t.punct == Some(','))
                .and_then(|c| sentence.get(c + 1..))
                .unwrap_or(sentence)
        }
        _ => sentence,
    };
    // (A verb at `sentence[i]`: a word in lower case, not a function word, nor a reflexive
    // pronoun closing the name — `… but Mr Blair himself.`)
    let verb_from = |i: usize| {
        sentence.get(i).is_some_and(|t| {
            let w = t.text(src);
            is_lower_word(src, t)
                && !lexicon::NON_VERBS.has(w)
                && !matches!(w, "himself" | "herself" | "itself" | "themselves")
        })
    };
    // (The last clause joined by `, but` or `, and` with a name of its own for subject is
    // the nearest: `Playbook won’t go that far, but Sherman wants to use the platform …`.)
    let joined_clause = (0..sentence.len().saturating_sub(3)).rev().find(|&i| {
        sentence.get(i).is_some_and(|t| t.punct == Some(','))
            && sentence
                .get(i + 1)
                .is_some_and(|t| is_lower_word(src, t) && matches!(t.text(src), "but" | "and"))
            && sentence.get(i + 2).is_some_and(|t| {
                let w = t.text(src);
                t.is_word()
                    && is_capitalized(w)
                    && !is_leading_filler(src, t)
                    && !is_pronoun(src, t)
                    && !lexicon::DETERMINERS.has(w)
            })
            && verb_from(i + 2 + capitalized_words(src, sentence.get(i + 2..).unwrap_or(&[])))
    });
    let sentence = match joined_clause {
        Some(i) => sentence.get(i + 2..).unwrap_or(sentence),
        None => sentence,
    };
    let first = sentence.first()?;
    let w = first.text(src);
    let person_pronoun = matches!(w, "He" | "She" | "They" | "he" | "she" | "they");
    let named = is_capitalized(w)
        && !is_leading_filler(src, first)
        && !is_pronoun(src, first)
        && !lexicon::DETERMINERS.has(w)
        && !lexicon::INTRO_WORDS.has(w)
        && !lexicon::PARTITIVES.has(w)
        && !is_ly_adverb(w)
        && !lexicon::CUE_ADVERBS.has(w);
    if !(person_pronoun || named) {
        return None;
    }
    let capitalized_from =
        |i: usize| i + sentence.get(i..).map_or(0, |w| capitalized_words(src, w));
    let b = if person_pronoun {
        1
    } else {
        // (A title in lower case between a body's name and its holder's is the subject's
        // too: `Fostering Network executive director Robert Tapsfield criticised …`.)
        let run = capitalized_from(0);
        let title = sentence.get(run..).map_or(0, |w| {
            w.iter()
                .take(MAX_LOWER_TITLE)
                .take_while(|t| {
                    title_head_word(src, t)
                        || is_lower_word(src, t) && lexicon::PORTFOLIOS.has(t.text(src))
                })
                .count()
        });
        let holder = capitalized_from(run + title);
        if title > 0 && holder > run + title {
            holder
        } else {
            run
        }
    };
    // (A possessive name owns the subject: `Hollerich’s remarks drew …`.)
    let owned = b
        .checked_sub(1)
        .and_then(|e| sentence.get(e))
        .is_some_and(|t| is_possessive(t.text(src)));
    // (Or, for a name of two words or more, past a description in apposition up to the comma
    // that closes it: `Justin Harvey, co-founder and CEO of the startup Infobot.AI, which
    // aims to …, sees existing news organizations as …`.)
    let after_description = || {
        if !(sentence.get(b).is_some_and(|t| t.punct == Some(','))
            && sentence.get(b + 1).is_some_and(|t| is_lower_word(src, t)))
        {
            return false;
        }
        let mut c = b;
        for _ in 0..MAX_DESCRIPTION_SEGMENTS {
            let Some(next) = sentence
                .get(c + 1..)
                .and_then(|w| {
                    w.iter()
                        .take(MAX_DESCRIPTION_SEGMENT)
                        .position(|t| t.punct == Some(','))
                })
                .map(|k| c + 1 + k)
            else {
                return false;
            };
            if verb_from(next + 1) {
                return true;
            }
            c = next;
        }
        false
    };
    if owned || !(verb_from(b) || b >= 2 && after_description()) {
        return None;
    }
    Some(Attribution {
        mention: make_mention(src, sentence, 0, b)?,
        cue: None,
        placement: Placement::Context,
        speaker: None,
    })
}

/// The agent of a passive verb of calling or judging ([`lexicon::CALLING_VERBS`],
/// [`lexicon::PASSIVE_JUDGING`], or one of [`lexicon::PASSIVE_JUDGING_AS`] and `as`) right
/// before the quote, named by `by` right after it: `been branded “deeply irresponsible” by the
/// Liberal Democrats`, `was described as “idle speculation” by Downing Street`.
fn passive_caller(src: &str, before: &[Tok], after: &[Tok]) -> Option<Attribution> {
    // (The word `by` first: most quotes have none after them.)
    let by = after.iter().position(Tok::is_word)?;
    if !after
        .get(by)
        .is_some_and(|t| is_lower_word(src, t) && t.text(src) == "by")
        || after.get(..by)?.iter().any(|t| t.punct != Some(','))
    {
        return None;
    }
    let n = before.len();
    let lower = |i: usize| lower_word_at(src, before, i);
    let v = match lower(n.checked_sub(1)?)? {
        "as" => n
            .checked_sub(2)
            .filter(|&v| lower(v).is_some_and(|w| lexicon::PASSIVE_JUDGING_AS.has(w)))?,
        w if lexicon::CALLING_VERBS.has(w) && w.ends_with("ed") => n - 1,
        w if lexicon::PASSIVE_JUDGING.has(w) => n - 1,
        _ => return None,
    };
    if !v
        .checked_sub(1)
        .and_then(lower)
        .is_some_and(|w| lexicon::BE_FORMS.has(w))
    {
        return None;
    }
    let (a, b) = np_forward_loose(src, after, by + 1)?;
    Some(Attribution {
        mention: make_mention(src, after, a, b)?,
        cue: make_cue(src, before, v, n),
        placement: Placement::After,
        speaker: None,
    })
}

/// The attribution of a quote to the owner of the words a noun right after it names: a
/// possessive right before the mark, and a noun of [`lexicon::OWNED_WORDS_NOUNS`] right
/// after it (`Mitt Romney’s “47 percent” comment`, `his “Second Amendment people” remark`),
/// with no cue before it in its sentence. The mention is the owner without the possessive's
/// ending, or the possessive pronoun (`his`), which the speakers read as `he`.
fn owner_of_words(src: &str, before: &[Tok], after: &[Tok]) -> Option<Attribution> {
    // (The owner first, by its ending: a table lookup for the word after every quote costs.)
    let n = before.len();
    let owner = before.get(n.checked_sub(1)?)?;
    if !is_owner(owner.text(src)) {
        return None;
    }
    let noun = after.first()?;
    if !(is_lower_word(src, noun) && lexicon::OWNED_WORDS_NOUNS.has(noun.text(src))) {
        return None;
    }
    // (In reported speech the words are the reporter's: `Kennedy says that the plan is a
    // further example of Labour's “authoritarian” response` — a cue, but no noun for words
    // that is one too: `his “…” remark and the senator’s “…” line`.)
    let reported = before
        .iter()
        .rev()
        .take_while(|t| !t.is_sentence_end())
        .any(|t| {
            let w = t.text(src);
            is_lower_word(src, t) && is_cue(w) && !lexicon::OWNED_WORDS_NOUNS.has(w)
        });
    if reported {
        return None;
    }
    Some(Attribution {
        mention: owner_mention(src, before, n)?,
        cue: make_cue(src, after, 0, 1),
        placement: Placement::Before,
        speaker: None,
    })
}

/// Whether `w` names an owner: a possessive (`Trump’s`) or a possessive pronoun (`his`).
fn is_owner(w: &str) -> bool {
    is_possessive(w)
        || lexicon::OWNER_PRONOUNS
            .iter()
            .any(|(p, _)| w.eq_ignore_ascii_case(p))
}

/// The mention of the owner whose possessive or possessive pronoun is `toks[n - 1]`: the
/// name without the possessive's ending (`Mitt Romney`), or the pronoun, which the speakers
/// resolve as `he`, `she`, `they`.
fn owner_mention(src: &str, toks: &[Tok], n: usize) -> Option<Mention> {
    let owner = toks.get(n.checked_sub(1)?)?;
    let w = owner.text(src);
    if !is_possessive(w) {
        return Some(Mention {
            text: w.to_owned(),
            span: Span::new(owner.start, owner.end),
        });
    }
    // (A mention that does not end with the possessive is no owner's.)
    let (a, b) = np_backward(src, toks, n)?;
    let m = make_mention(src, toks, a, b).filter(|m| m.span.end() == owner.end)?;
    let ending = if w.ends_with("’s") { "’s" } else { "'s" };
    let end = owner.end - ending.len();
    if end <= m.span.start() {
        return None;
    }
    Some(Mention {
        text: sub(src, m.span.start(), end).to_owned(),
        span: Span::new(m.span.start(), end),
    })
}

/// The owner of a noun for words whose `that` clause, at `toks[c]`, holds the quote that
/// ends `toks`: `Politifact seized on Trump’s claim that there have been “thousands of
/// shootings”`, `after her March comment that, "We're going to …"` — not where the owner's
/// phrase is the subject of a clause an earlier cue reports, whose predicate the quote may
/// be (`Frazier said that Rubio's claim that Cruz is … is "simply not true."`), nor after
/// `in`. An owner after the noun is read by [`claim_by`].
fn owned_claim(src: &str, toks: &[Tok], c: usize) -> Option<Attribution> {
    if toks.get(c).is_none_or(|t| t.text(src) != "that")
        || toks.get(c + 1..)?.iter().any(Tok::is_sentence_end)
    {
        return None;
    }
    let k = c.checked_sub(1)?;
    let noun = toks.get(k)?;
    if !(is_lower_word(src, noun) && lexicon::OWNED_WORDS_NOUNS.has(noun.text(src))) {
        return claim_by(src, toks, c);
    }
    let owns = |t: &Tok| t.is_word() && is_owner(t.text(src));
    // (One modifier may stand between: `her March comment`, `his earlier claim`.)
    let o = [k.checked_sub(1), k.checked_sub(2)]
        .into_iter()
        .flatten()
        .find(|&o| toks.get(o).is_some_and(owns))
        .filter(|&o| o + 1 == k || toks.get(o + 1).is_some_and(Tok::is_word))?;
    let mention = owner_mention(src, toks, o + 1)?;
    // (Nor where the noun is where the words were said, after a cue: `said in her opening
    // remarks that the platform should reiterate … “stalwart allies,”`.)
    let reported = toks
        .iter()
        .rev()
        .find(|t| t.end <= mention.span.start())
        .is_some_and(|t| is_lower_word(src, t) && matches!(t.text(src), "that" | "in"));
    if reported {
        return None;
    }
    Some(Attribution {
        mention,
        cue: make_cue(src, toks, k, k + 1),
        placement: Placement::Before,
        speaker: None,
    })
}

/// The maker of a claim named after it, before the `that` at `toks[c]` (see
/// [`owned_claim`]): `shrugged off claims from Conservative leader Michael Howard that he
/// led a “grubby government”`, `the suggestion by a potential president that someone
/// “ought to look into” the judge`.
fn claim_by(src: &str, toks: &[Tok], c: usize) -> Option<Attribution> {
    // (`from` or `by` first, a few words back: most `that`s have none.)
    let p = (c.saturating_sub(MAX_NP + 1)..c).rev().find(|&p| {
        toks.get(p)
            .is_some_and(|t| matches!(t.text(src), "from" | "by"))
    })?;
    let k = p.checked_sub(1)?;
    let noun = toks.get(k)?;
    if !(is_lower_word(src, noun) && lexicon::OWNED_WORDS_NOUNS.has(noun.text(src))) {
        return None;
    }
    let (a, b) = np_backward(src, toks, c).filter(|&(a, b)| a == p + 1 && b == c)?;
    Some(Attribution {
        mention: make_mention(src, toks, a, b)?,
        cue: make_cue(src, toks, k, k + 1),
        placement: Placement::Before,
        speaker: None,
    })
}

/// The attribution of a quote to whoever calls something by its words: a verb of calling
/// ([`lexicon::CALLING_VERBS`]) right before the mark or before a short object (`called the
/// system “…”`, `called Trump a “…”`), with its subject before it. No one in a headline
/// (`Baywatch dubbed 'worst TV show'`), after a passive (`It is called “podcasting”`) or for
/// a description a participle names (`a phenomenon called “…”`, `forecasts, called the
/// “ensembles,”`). A present participle after a comma calls for the subject of the clause
/// before it (`Trump went after Bush, calling him “a total stiff.”`, see
/// [`main_clause_subject`]); elsewhere it names (`a group calling itself “…”`).
fn caller(src: &str, before: &[Tok], in_headline: bool) -> Option<Attribution> {
    if in_headline {
        return None;
    }
    let n = before.len();
    // (Every verb of the table ends in `-ed`, `-s` or `-ing`: the ending first, then the
    // table.)
    let c = (n.saturating_sub(MAX_CALLED_OBJECT + 1)..n)
        .rev()
        .find(|&c| {
            before.get(c).is_some_and(|t| {
                (t.text(src).ends_with("ed")
                    || t.text(src).ends_with('s')
                    || t.text(src).ends_with("ing"))
                    && is_lower_word(src, t)
                    && lexicon::CALLING_VERBS.has(t.text(src))
            })
        })?;
    calling_at(src, before, c, n)
}

/// The attribution of a quote to whoever judges something as its words: a verb of
/// judging ([`lexicon::JUDGING_VERBS`]) and its object, then `as` and maybe an article right
/// before the mark (`The Tory co-chairman attacked Labour's six new pledges as “vacuous”`,
/// `distributors have hailed the conviction as “a major boost”`), read as [`caller`] reads
/// a verb of calling and its object.
fn judge_as(src: &str, before: &[Tok], in_headline: bool) -> Option<Attribution> {
    if in_headline {
        return None;
    }
    let lower = |i: usize| lower_word_at(src, before, i);
    let mut k = before.len().checked_sub(1)?;
    if lower(k).is_some_and(|w| matches!(w, "a" | "an" | "the")) {
        k = k.checked_sub(1)?;
    }
    if lower(k) != Some("as") {
        return None;
    }
    let c = (k.saturating_sub(MAX_JUDGED_OBJECT + 1)..k)
        .rev()
        .find(|&c| lower(c).is_some_and(|w| lexicon::JUDGING_VERBS.has(w)))?;
    calling_at(src, before, c, k)
}

/// [`caller`] and [`judge_as`] from the verb at `before[c]`, its object up to
/// `before[object_end]`.
fn calling_at(src: &str, before: &[Tok], c: usize, object_end: usize) -> Option<Attribution> {
    let participle = before.get(c).is_some_and(|t| t.text(src).ends_with("ing"));
    // (The object: words only, no clause: `called for the plan that …` calls nothing; a
    // preposition inside it is its noun's, `calls the use of executive orders “…”`.)
    let object = before.get(c + 1..object_end)?;
    let last = object.len().saturating_sub(1);
    if object.iter().enumerate().any(|(i, t)| {
        !t.is_word()
            || (i == 0 || i == last) && lexicon::PREPOSITIONS.has(t.text(src))
            || t.text(src) == "that"
    }) {
        return None;
    }
    // (After a form of `be` the verb is a passive: `It is called “podcasting”`.)
    if after_be(src, before, c) {
        return None;
    }
    let prev = c.checked_sub(1).and_then(|p| before.get(p));
    // (After a comma, only a name in apposition makes it a verb: `Rush Limbaugh, for one,
    // called “…”`, but `model forecasts, called the “ensembles,”` is a participle.)
    let after_comma = prev.is_some_and(|t| t.punct == Some(','));
    // (`… took the stage in Baltimore and called …`: a verb joined by `and` shares the
    // sentence's subject.)
    let joined =
        prev.is_some_and(|t| is_lower_word(src, t) && lexicon::COORDINATORS.has(t.text(src)));
    let (a, b) = if participle && after_comma {
        main_clause_subject(src, before, c)?
    } else if joined {
        sentence_subject(src, before, c)?
    } else if participle {
        // (But after `with` and its subject: `with shadow chancellor Oliver Letwin branding
        // stamp duty a “…”`.)
        with_subject(src, before, c)?
    } else {
        subject_before_cue(src, before, c)?
    };
    // (Right before the quote, after an indefinite subject, the verb names: `a group called
    // “…”`, `a move branded a “…” by the Tories`; with an object between, it calls someone
    // something: `one lawmaker called Trump “the orange prince …”`.)
    let has_object = object
        .iter()
        .any(|t| !lexicon::DETERMINERS.has(t.text(src)));
    // (After a relative pronoun the verb is its clause's, a finite one: `hiccups, which one
    // commenter called “chaotic in the best way”`.)
    let relative = a
        .checked_sub(1)
        .and_then(|p| before.get(p))
        .is_some_and(|t| is_lower_word(src, t) && matches!(t.text(src), "which" | "that" | "whom"));
    if !has_object
        && !relative
        && before
            .get(a)
            .is_some_and(|t| lexicon::INDEFINITES.has(t.text(src)))
    {
        return None;
    }
    // (The cue keeps its auxiliaries and adverbs: `He has also called`.)
    let cue_from = if before.get(b..c).is_some_and(|w| {
        w.iter()
            .all(|t| is_cue_adverb(src, t) || is_auxiliary(src, t))
    }) {
        b
    } else {
        c
    };
    attribution(src, before, (a, b), (cue_from, c + 1), Placement::Before).filter(|att| {
        let first = att.mention.text.split_whitespace().next().unwrap_or("");
        !after_comma
            || participle
            || is_capitalized(first) && !lexicon::MENTION_PRONOUNS.contains(&first)
    })
}

/// The subject of the clause a participle after a comma at `toks[c]` goes with: that of
/// the first finite verb of the sentence before it, in a past tense or a cue's form
/// (`Trump went after Bush, calling him …`), past a subordinate or relative clause (`When
/// he arrived, Trump went …`, `Rep. Tom Vane, who wrote the bill, weighed in, calling …`);
/// else the sentence's. (The first: a later one may be a clause the verb
/// reports, `admitted interest in the tour was immense, calling it …`, or a relative one,
/// `weighed in on the manager, who allegedly shoved a reporter, calling …`.)
fn main_clause_subject(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    // (A cue or a past tense, `verb_at_clause`, or an irregular past; no participle.)
    let verb = |t: &Tok| {
        !t.text(src).ends_with("ing")
            && (verb_at_clause(src, t)
                || is_lower_word(src, t) && lexicon::IRREGULAR_PAST.has(t.text(src)))
    };
    let word_before = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .map(|t| t.text(src))
    };
    let subordinate =
        |a: usize| word_before(a).is_some_and(|w| w == "that" || lexicon::SUBORDINATORS.has(w));
    let relative = |v: usize| word_before(v).is_some_and(|w| lexicon::RELATIVE_PRONOUNS.has(w));
    (0..c.saturating_sub(1))
        .filter(|&v| toks.get(v).is_some_and(verb) && !relative(v))
        .find_map(|v| subject_before_cue(src, toks, v).filter(|&(a, _)| !subordinate(a)))
        .or_else(|| sentence_subject(src, toks, c))
}

/// Whether a quote ending at `end` stands inside a noun phrase: a determiner or possessive
/// right before the mark, or one word before it (`a federal “…”`), and a lower-case word
/// after the closing mark that is no verb, adverb or function word (`“…” prison`).
fn inside_noun_phrase(src: &str, before: &[Tok], after: &[Tok], end: usize, content: &str) -> bool {
    let opens_phrase = |t: &Tok| {
        let w = t.text(src);
        is_lower_word(src, t) && lexicon::DETERMINERS.has(w) || is_possessive(w)
    };
    let n = before.len();
    let Some(last) = n.checked_sub(1).and_then(|i| before.get(i)) else {
        return false;
    };
    let determined = opens_phrase(last)
        || is_lower_word(src, last)
            && !lexicon::NON_VERBS.has(last.text(src))
            && n.checked_sub(2)
                .and_then(|i| before.get(i))
                .is_some_and(opens_phrase);
    determined
        && after.first().is_some_and(|t| {
            let w = t.text(src);
            t.start > end
                && (noun_after_quote(src, t)
                    // (Or words in lower case ending in a noun before the name they
                    // describe: `its “national enterprise reporter” Stephanie McCrummen`; not
                    // `his network “held on” Trump`, `a “very decent man” Tuesday`.)
                    || t.is_word()
                        && is_capitalized(w)
                        && !is_cue(w)
                        && !lexicon::WEEKDAYS.has(w)
                        && !lexicon::MONTHS.has(w)
                        && content.starts_with(char::is_lowercase)
                        && content
                            .rsplit(' ')
                            .next()
                            .is_some_and(|l| lexicon::np_classes(l) & lexicon::np_class::HEAD != 0))
        })
}

/// A slot where names of works stand: after a possessive, a preposition or `the`, or
/// before a word such as `star` or `host`.
fn title_slot(src: &str, before: &[Tok], after: &[Tok], in_headline: bool) -> bool {
    // The word before the mark, past a comma: `his new book, ''Doomed to Succeed''`.
    let prev = before
        .iter()
        .rev()
        .find(|t| t.punct != Some(','))
        .filter(|t| t.is_word())
        .map(|t| lower_small(t.text(src)))
        .unwrap_or_default();
    let next = after
        .iter()
        .find(|t| t.is_word())
        .map(|t| lower_small(t.text(src)))
        .unwrap_or_default();
    // Or a description of the work in apposition: `''Tales From the Crypt,'' the kitschy HBO
    // horror series`, `“Snow Flower,” a collaborative Christmas track`, `''Opening Belle,'' a
    // comic, semiautobiographical first-person novel`.
    let described = after.first().is_some_and(|t| {
        t.is_word() && matches!(lower_small(t.text(src)).as_str(), "a" | "an" | "the")
    }) && after
        .iter()
        .skip(1)
        .take(MAX_WORK_DESCRIPTION)
        .take_while(|t| t.is_word() || t.punct == Some(','))
        .any(|t| lexicon::TITLE_FOLLOWERS.has(t.text(src)) || lexicon::WORK_NOUNS.has(t.text(src)));
    // (Or a plural possessive's mark: `an interview on CBS' ''60 Minutes.''`.)
    let plural_owner = || match before {
        [.., w, m] => mark_glued_to_word(w, m) && w.text(src).ends_with(['s', 'S']),
        _ => false,
    };
    // (Or `the`, and a year between: `the 2010 “Expulsion Initiative.”` — not in a
    // headline, whose words are all in title case: `Ann Vellmer: Stop the ‘Waste of
    // Money’`.)
    let the_before = || {
        if in_headline {
            return false;
        }
        let mut words = before
            .iter()
            .rev()
            .filter(|t| t.is_word())
            .map(|t| t.text(src));
        match words.next() {
            Some(w) if w.eq_ignore_ascii_case("the") => true,
            Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
                words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            }
            _ => false,
        }
    };
    prev.ends_with("'s")
        || plural_owner()
        || the_before()
        || lexicon::TITLE_PREPOSITIONS.contains(&prev.as_str())
        || lexicon::TITLE_FOLLOWERS.contains(&next.as_str())
        || described
}

/// Most words capitalized: `Saturday Night Live`, `Make America Great Again`.
fn is_title_case(content: &str) -> bool {
    // One pass, stopping at the first long word in lower case.
    let mut long_words = false;
    let long = |w: &&str| w.len() > 3 && (w.is_ascii() || w.chars().count() > 3);
    for w in content.split_whitespace().filter(long) {
        let capital = w
            .trim_start_matches(|c: char| !is_alnum(c))
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if capital {
            long_words = true;
        } else if !lexicon::TITLE_CASE_LOWER.contains(w) {
            // (Title case leaves short prepositions low: `The Nightly Show with Larry
            // Wilmore`; the table's words are in lower case, so only such a word is looked
            // up.)
            return false;
        }
    }
    long_words
}

// ---------------------------------------------------------------------------------------

/// A cue at `toks[k..]`: returns its token range end (exclusive) and whether it is
/// `according to`.
fn cue_at(src: &str, toks: &[Tok], k: usize) -> Option<(usize, bool)> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    let w = t.text(src);
    let next = toks.get(k + 1).filter(|t| t.is_word()).map(|t| t.text(src));
    if w.eq_ignore_ascii_case("according") {
        return next
            .is_some_and(|n| n.eq_ignore_ascii_case("to"))
            .then_some((k + 2, true));
    }
    // (Most words are no cue and have no particle after them: say so before any other test.)
    let particle_next = next.is_some_and(|n| {
        n.len() <= MAX_PARTICLE
            && lexicon::CUE_PARTICLES
                .iter()
                .any(|(_, p)| n.eq_ignore_ascii_case(p))
    });
    let cue_form = is_cue(w);
    if !particle_next && !cue_form {
        return None;
    }
    // (A portfolio before a title is part of it: `Thatcher's former press secretary`; `of`
    // right after a participle of judging makes it a passive: `a film accused of …`, and
    // after the plural of a cue that is as often a noun, a noun: `The physical demands of
    // the day-to-day grind`, `reports of` — `says of` is a verb.)
    // (Only a word in lower case after it may make a title: `said Price` needs no lookup.)
    let lower_next = next.is_some_and(|n| n.bytes().next().is_some_and(|b| b.is_ascii_lowercase()));
    let no_verb_before_of = || {
        lexicon::PASSIVE_BEFORE_OF.has(w)
            || w.strip_suffix('s')
                .is_some_and(|b| lexicon::CUES_ALSO_NOUNS.has(b))
    };
    if lower_next && (portfolio_at(src, toks, k) || next == Some("of") && no_verb_before_of()) {
        return None;
    }
    // (`began to see`, `continued talking`: what someone began or kept doing.)
    if lower_next
        && next.is_some_and(|n| n == "to" || n.ends_with("ing"))
        && lexicon::ASPECT_CUES.has(w)
    {
        return None;
    }
    // A capitalized cue only opens a sentence (`Said Dorothy Poynter, …`).
    let opens_sentence = opens_sentence_at(toks, k);
    if w.chars().next().is_some_and(char::is_uppercase) && !opens_sentence {
        return None;
    }
    // `the state`, `a report`, `his notes`: after a determiner the word is a noun; so it is
    // after a preposition, unless a gerund (`secretary of state`, `funding for state
    // programs`; `for saying`).
    // (`Some chanted`, `Others said`: those determiners are the subject.)
    let gerund = w.ends_with("ing");
    if toks.get(k.wrapping_sub(1)).is_some_and(|p| {
        p.is_word()
            && (with_lower(p.text(src), |lp| {
                !gerund && lp != "to" && lexicon::PREPOSITIONS.contains(lp)
                    || matches!(lp, "a" | "an" | "the" | "this" | "that" | "these" | "those")
                    || is_possessive_determiner(lp)
            }) || is_possessive(p.text(src)))
    }) {
        return None;
    }
    // (So is an `-s` form after a possessive and a participle: `in her opening remarks`,
    // `his prepared remarks`.)
    let possessive_before = toks
        .get(k.wrapping_sub(2))
        .is_some_and(|d| d.is_word() && is_possessive_determiner(d.text(src)));
    if possessive_before
        && w.ends_with('s')
        && toks.get(k.wrapping_sub(1)).is_some_and(|p| {
            is_lower_word(src, p) && (p.text(src).ends_with("ing") || p.text(src).ends_with("ed"))
        })
    {
        return None;
    }
    // `six new pledges`, `two claims`: a plural after a number word or a noun's adjective is
    // a noun, not a verb with its subject; so is a base form after the adjective (`one main
    // reason`).
    let modifier = |table: &lexicon::Lexicon| {
        toks.get(k.wrapping_sub(1))
            .is_some_and(|p| is_lower_word(src, p) && table.has(p.text(src)))
    };
    let base_form = || {
        !gerund
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !with_lower(w, |lw| lexicon::CUE_IRREGULAR.contains(lw))
    };
    // (So is a base form after `a` and a word: `a voluntary recall`; a singular subject
    // takes no base form, and `a few say` is plural.)
    let after_indefinite = || {
        toks.get(k.wrapping_sub(2))
            .is_some_and(|a| a.is_word() && matches!(a.text(src), "a" | "an" | "A" | "An"))
            && toks.get(k.wrapping_sub(1)).is_some_and(|m| {
                is_lower_word(src, m) && !matches!(m.text(src), "few" | "lot" | "couple" | "number")
            })
    };
    // (An `-s` form after a preposition or a verb's particle, or after a past tense, is a
    // plural: `play down reports`, `dismissed claims`; a verb's subject stands there.)
    let after_verb_or_preposition = || {
        toks.get(k.wrapping_sub(1)).is_some_and(|p| {
            let pw = p.text(src);
            is_lower_word(src, p)
                && (lexicon::BEFORE_PLURAL_NOUN.has(pw)
                    || is_past_tense_form(pw) && !pw.ends_with("eed"))
        })
    };
    // (And after a plural quantifier, in any case: `Most states have a set time limit or
    // “statute of limitations”`; its verb takes no `-s`, `Many say`.)
    let after_quantifier = || {
        toks.get(k.wrapping_sub(1))
            .is_some_and(|p| p.is_word() && lexicon::PLURAL_QUANTIFIERS.has(p.text(src)))
    };
    let plural = w.ends_with('s') && !w.ends_with("ss");
    // (So is one after a word that modifies it, itself after one of those or a plural's
    // determiner: `passed many technical questions`, `as well as other security
    // questions.` — and one after a modal's verb, which takes it as its object: `so that
    // it can press claims`.)
    let modified_plural = || {
        toks.get(k.wrapping_sub(1))
            .is_some_and(|m| is_lower_word(src, m))
            && toks.get(k.wrapping_sub(2)).is_some_and(|p| {
                let pw = p.text(src);
                p.is_word()
                    && (lexicon::PLURAL_QUANTIFIERS.has(pw)
                        || is_lower_word(src, p)
                            && (lexicon::PLURAL_DETERMINERS.has(pw) || lexicon::MODALS.has(pw)))
            })
    };
    // (A base form with a determiner before it and `is`, `was`, `has` … after it is the noun
    // its phrase heads: `The current AI boom is highly concentrated`.)
    let noun_before_be = || {
        next.is_some_and(|n| matches!(n, "is" | "was" | "are" | "were" | "has" | "had"))
            && (2..=3).any(|d| {
                toks.get(k.wrapping_sub(d))
                    .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src)))
            })
    };
    if w.ends_with('s') && modifier(&lexicon::NOUN_MODIFIERS)
        || noun_before_be() && base_form()
        || plural
            && (after_quantifier()
                || after_verb_or_preposition()
                || modified_plural()
                || reduced_relative(src, toks, k + 1))
        || gerund && modifier(&lexicon::DEGREE_WORDS)
        || modifier(&lexicon::NOUN_ADJECTIVES) && base_form()
        || after_indefinite() && base_form()
    {
        return None;
    }
    // `Trump was asked`, `Holmes has now been advised`, `staff members were fired`, `Greene
    // was also denied`: a passive's subject is who heard or underwent it, not a speaker (but
    // `Braynard is quoted`).
    let be_before = |j: usize| {
        toks.get(j)
            .is_some_and(|p| p.is_word() && lexicon::BE_FORMS.has(p.text(src)))
    };
    let adverb_before = || {
        toks.get(k.wrapping_sub(1)).is_some_and(|p| {
            p.is_word() && (p.text(src).ends_with("ly") || lexicon::CUE_ADVERBS.has(p.text(src)))
        })
    };
    let participle = w.ends_with("ed") || lexicon::IRREGULAR_PARTICIPLES.contains(&w);
    let reporting = || {
        lexicon::REPORTING_PASSIVES
            .iter()
            .any(|(v, then)| v.eq_ignore_ascii_case(w) && then.is_none_or(|t| next == Some(t)))
    };
    let passive = participle
        && (be_before(k.wrapping_sub(1)) || adverb_before() && be_before(k.wrapping_sub(2)))
        && !reporting();
    if passive {
        return None;
    }
    with_lower(w, |lw| {
        // `pointed out`, `went on` (only when a particle follows, known above).
        let particle = particle_next
            && next.is_some_and(|n| {
                lexicon::CUE_PARTICLES.iter().any(|(v, p)| {
                    n.eq_ignore_ascii_case(p) && (*v == lw || verb_base(lw, &[v]).is_some())
                })
            });
        // (`went on` says more on its own or before `to`, `about`: `go on a hike`, `goes on
        // recess`, `could not go on "patching up" the system` are other verbs; before a name,
        // `went on CNN` goes to speak.)
        // (The text after it, not the next token: a window before a quote ends at its mark.)
        if particle && next.is_some_and(|n| n.eq_ignore_ascii_case("on")) {
            let object_quoted = toks.get(k + 1).is_some_and(|p| {
                sub(src, p.end, src.len())
                    .trim_start_space()
                    .starts_with(['“', '"', '‘'])
            });
            let other_verb = object_quoted
                || toks.get(k + 2).is_some_and(|t| {
                    is_lower_word(src, t) && !matches!(t.text(src), "to" | "about")
                });
            if other_verb {
                return None;
            }
        }
        let mut end = if particle {
            k + 2
        } else if cue_form {
            k + 1
        } else {
            return None;
        };
        // `“…,” state prosecutor Alexis Ortiz told`, `GOP state leaders`: a bare form that is
        // also a noun is a verb only before its object (`They state their goal`); before a
        // title or a body it modifies them (`state Sen. Jason Holsman`, `state Senate leader`).
        // (Nor is one after a singular name, whose verb would take `-s`: `a Facebook post`,
        // `the Pew report:`, `in Washington state`; but `They state`, `the Saudis state`.)
        let before_object = || {
            toks.get(k + 1).is_some_and(|n| {
                let nw = n.text(src);
                // (A modal after it opens the clause it reports: `which critics claim would
                // …`.)
                is_lower_word(src, n)
                    && !lexicon::OBJECT_OPENERS.has(nw)
                    && !is_ly_adverb(nw)
                    && !lexicon::MODALS.has(nw)
                    || n.is_word()
                        && is_capitalized(nw)
                        && (lexicon::HONORIFICS.has(nw.trim_end_matches('.'))
                            || lexicon::TITLE_HEADS.has(nw)
                            || lexicon::ORG_WORDS.has(nw)
                            // (An abbreviated title: `state Del. Marcia Price`.)
                            || nw.ends_with('.')
                                && crate::parse::words::is_abbreviation(nw.trim_end_matches('.')))
            })
        };
        let after_singular_name = || {
            toks.get(k.wrapping_sub(1)).is_some_and(|p| {
                let pw = p.text(src);
                p.is_word()
                    && is_capitalized(pw)
                    && !pw.ends_with('s')
                    && !matches!(pw, "I" | "We" | "You" | "They")
            })
        };
        if !particle
            && lexicon::CUES_ALSO_NOUNS.contains(lw)
            && (before_object() || after_singular_name())
        {
            return None;
        }
        // Extensions: `said in a statement`, `told reporters`.
        // Only a word that opens some extension can start one.
        // (One lookup turns away the words that open none, as `Price` in `said Price`.)
        let Some(first) = toks
            .get(end)
            .filter(|t| t.is_word())
            .map(|t| t.text(src))
            .filter(|w| lexicon::cue_extension_opener(w))
        else {
            return Some((end, false));
        };
        for ext in lexicon::CUE_EXTENSIONS {
            // `ext` starts with `first` and a space or its end (a prefix test, no search).
            let opens = ext
                .as_bytes()
                .get(..first.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(first.as_bytes()))
                && ext.as_bytes().get(first.len()).is_none_or(|b| *b == b' ');
            if !opens {
                continue;
            }
            let n = ext.split(' ').count();
            let Some(slice) = toks.get(end..end + n) else {
                continue;
            };
            if slice.iter().all(Tok::is_word)
                && slice
                    .iter()
                    .zip(ext.split(' '))
                    .all(|(t, e)| t.text(src).eq_ignore_ascii_case(e))
            {
                end += n;
                break;
            }
        }
        Some((end, false))
    })
}

/// The longest particle in [`lexicon::CUE_PARTICLES`] (a test keeps this true).
pub(crate) const MAX_PARTICLE: usize = 4;

/// [`cue_at`] inside a sentence, after a quote: a capitalized word is never a cue there
/// (`“…” State Department spokesman Ned Price told reporters`).
fn cue_after(src: &str, toks: &[Tok], k: usize) -> Option<(usize, bool)> {
    let t = toks.get(k)?;
    let w = t.text(src);
    if is_capitalized(w) && !w.eq_ignore_ascii_case("according") {
        return None;
    }
    cue_at(src, toks, k)
}

/// An attribution of the mention `toks[mention]` and the cue `toks[cue]` (token ranges);
/// `None` when the mention is empty.
fn attribution(
    src: &str,
    toks: &[Tok],
    mention: (usize, usize),
    cue: (usize, usize),
    placement: Placement,
) -> Option<Attribution> {
    if expletive_it(src, toks, mention, cue) {
        return None;
    }
    Some(Attribution {
        mention: make_mention(src, toks, mention.0, mention.1)?,
        cue: make_cue(src, toks, cue.0, cue.1),
        placement,
        speaker: None,
    })
}

/// Whether the mention `toks[mention]` is an `it` that stands for no one before the cue
/// `toks[cue]`: the subject of a passive (`It was also agreed that a programme to
/// “de-mystify” …`) or of a verb like `seem` (`It seems unfair to tell them: “…”`).
fn expletive_it(src: &str, toks: &[Tok], mention: (usize, usize), cue: (usize, usize)) -> bool {
    let (a, b) = mention;
    if b != a + 1
        || b > cue.0
        || !toks
            .get(a)
            .is_some_and(|t| t.text(src).eq_ignore_ascii_case("it"))
    {
        return false;
    }
    let between = toks.get(b..cue.0).unwrap_or(&[]);
    between
        .first()
        .is_some_and(|t| t.is_word() && lexicon::EXPLETIVE_VERBS.has(t.text(src)))
        || between
            .iter()
            .any(|t| is_lower_word(src, t) && lexicon::BE_FORMS.has(t.text(src)))
            && toks
                .get(cue.0)
                .is_some_and(|t| is_past_tense_form(t.text(src)))
}

/// The placement of a cue after the quote: `according to X` or `said X`.
fn placement_after(according: bool) -> Placement {
    if according {
        Placement::AccordingTo
    } else {
        Placement::After
    }
}

/// Whether an auxiliary follows the first word of the mention `toks[a..b]` (the word after
/// it counts, when there is one): `said the candidate could win` reports a clause, and the
/// words after the cue are no speaker.
fn reports_a_clause(src: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    toks.get(a + 1..toks.len().min(b + 1))
        .is_some_and(|w| w.iter().any(|t| is_auxiliary(src, t)))
}

fn make_cue(src: &str, toks: &[Tok], from: usize, to: usize) -> Option<Cue> {
    let (a, b) = (toks.get(from)?, toks.get(to.checked_sub(1)?)?);
    let span = Span::new(a.start, b.end);
    Some(Cue {
        text: sub(src, span.start(), span.end()).to_owned(),
        span,
    })
}

fn make_mention(src: &str, toks: &[Tok], from: usize, to: usize) -> Option<Mention> {
    // The subject of a clause, not the word that opens it (`which Mozloom thinks`); nothing
    // when only a determiner is left (`Because the`).
    let opened = from;
    let from = (from..to)
        .find(|&i| {
            toks.get(i)
                .is_some_and(|t| !(t.is_word() && lexicon::CLAUSE_OPENERS.has(t.text(src))))
        })
        .unwrap_or(to);
    if from > opened
        && toks
            .get(from..to)?
            .iter()
            .all(|t| lexicon::DETERMINERS.has(t.text(src)))
    {
        return None;
    }
    let from = phrase_start(src, toks, from, to);
    // (A phrase right after a preposition of place or time is its object, and an `and`
    // after it opens a clause of its own: in `meet on 12 March at Twickenham and Kirwan
    // says` Kirwan speaks.)
    // (Not after `with` or `from`, whose objects may be people together: `with many
    // marchers and spectators chanting`; nor in a phrase with an appositive.)
    // (The `and` first: most mentions hold none, and need no lookup.)
    let last_and = (from..to).rev().find(|&i| {
        toks.get(i)
            .is_some_and(|t| is_lower_word(src, t) && t.text(src) == "and")
    });
    let after_opener = || {
        from.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| {
                is_lower_word(src, p)
                    && lexicon::PHRASE_OPENERS.has(p.text(src))
                    && !matches!(p.text(src), "with" | "from")
            })
    };
    let from = match last_and {
        Some(i)
            if after_opener()
                && toks
                    .get(from..to)
                    .is_some_and(|m| m.iter().all(|t| t.punct != Some(','))) =>
        {
            i + 1
        }
        _ => from,
    };
    // (Nor does it end in an auxiliary or a verb like `seem`: `the senator cannot confirm`,
    // `the trailer seems to hint`.)
    let mut to = to;
    while to > from + 1
        && toks.get(to - 1).is_some_and(|t| {
            is_lower_word(src, t)
                && (lexicon::AUXILIARIES.has(t.text(src))
                    || lexicon::EXPLETIVE_VERBS.has(t.text(src)))
        })
    {
        to -= 1;
    }
    let (a, b) = (toks.get(from)?, toks.get(to.checked_sub(1)?)?);
    if b.end <= a.start || to == from + 1 && lexicon::NEVER_MENTIONS.has(a.text(src)) {
        return None;
    }
    let (first, last) = (a.text(src), b.text(src));
    if names_no_one(src, toks, from, to, first, last) {
        return None;
    }
    // (Nor one that ends in an article, a conjunction, a preposition or a relative pronoun,
    // which more words must follow: `Given the expense`, `… sympathised with Tottenham and
    // said`, `one dealer, who asked not to be named` — unless a name in quote marks
    // follows: `the authors of the “Growth and Opportunity Project”`.)
    let quoted_next = || {
        src.get(b.end..)
            .is_some_and(|t| t.trim_start_space().starts_with(['“', '"', '‘', '\'']))
    };
    if to > from + 1
        && is_lower_word(src, b)
        && (matches!(last, "a" | "an" | "the")
            || lexicon::COORDINATORS.has(last)
            || lexicon::PREPOSITIONS.has(last)
            || lexicon::RELATIVE_PRONOUNS.has(last))
        && !quoted_next()
    {
        return None;
    }
    let span = Span::new(a.start, b.end);
    Some(Mention {
        text: sub(src, span.start(), span.end()).to_owned(),
        span,
    })
}

/// Whether the words `toks[from..to]`, which open with `first` and end with `last`, are a
/// date, a demonstrative or a contraction of a clause: no mention. `In August, several groups granted …`, `September
/// 27`; a month's name alone that is a person's too — `May`, `June`, `April` — and an
/// abbreviation — `Jun`, as in Ai Jun — may name someone. `Part of this has been …`, `All
/// this has led …`, `That's one reason …`, `It’s often easier …` — though `That's Life host
/// Esther Rantzen` names a show. (The cheap tests first: this runs for every candidate
/// mention.)
fn names_no_one(src: &str, toks: &[Tok], from: usize, to: usize, first: &str, last: &str) -> bool {
    let date = || {
        let month = |w: &str| w.len() > 3 && lexicon::MONTHS.has(w);
        toks.get(from..to).is_some_and(|words| {
            words.iter().all(|t| {
                let w = t.text(src);
                !t.is_word() || month(w) || w.bytes().all(|c| c.is_ascii_digit())
            }) && (words.len() > 1
                || !["may", "june", "april"]
                    .iter()
                    .any(|n| first.eq_ignore_ascii_case(n)))
        })
    };
    let end = toks.get(to.wrapping_sub(1)).map_or(0, |t| t.end);
    let contraction = || {
        ["It’s", "It's", "That’s", "That's"].contains(&first)
            && toks
                .get(from + 1)
                .is_none_or(|n| n.start >= end || is_lower_word(src, n))
    };
    let opening = first.bytes().next().unwrap_or(0);
    b"JFMASOND".contains(&opening) && date()
        || matches!(last, "this" | "that" | "these" | "those")
        || matches!(opening, b'I' | b'T') && contraction()
}

/// Where the speaker's phrase opens in `toks[from..to]` when an opening phrase without a
/// comma runs into it: past a day or a month and the comma or article after it (`On
/// Sunday, Deputy Mayor Nicky Gavron`, `In November the British Medical Association`; not
/// `April Mellody`), at a personal honorific right after a capitalized word that is no
/// title or honorific (`In a speech to the Foreign Policy Centre Mr Straw`, `Speaking in
/// Harrogate Mr Kennedy`; not `the Rt Rev Dr Tom Wright`).
fn phrase_start(src: &str, toks: &[Tok], from: usize, to: usize) -> usize {
    let word = |i: usize| toks.get(i).filter(|t| t.is_word()).map(|t| t.text(src));
    let mut from = from;
    let next = toks.get(from + 1);
    // (The shape first, the tables last: this runs for every mention.)
    // (Or a name right after a preposition's day or month: `In September Symantec
    // released`.)
    let after_preposition = || {
        from.checked_sub(1)
            .and_then(word)
            .is_some_and(|p| lexicon::DATE_PREPOSITIONS.has(p))
            && next.is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
    };
    let dated = from + 1 < to
        && (from + 2 < to
            && next.is_some_and(|t| {
                t.punct == Some(',') || matches!(t.text(src), "the" | "a" | "an")
            })
            || after_preposition())
        && word(from).is_some_and(|w| lexicon::WEEKDAYS.has(w) || lexicon::MONTHS.has(w));
    if dated {
        from += 1;
        if next.is_some_and(|t| t.punct == Some(',')) {
            from += 1;
        }
    }
    let opens_phrase = |i: usize| {
        let (Some(w), Some(pw)) = (word(i), i.checked_sub(1).and_then(word)) else {
            return false;
        };
        // (The word itself first: most are no honorific.)
        is_capitalized(w)
            && lexicon::NAME_HONORIFICS.has(w.trim_end_matches('.'))
            // (In capitals it is a degree: `Kelly Jones MS, RD`.)
            && !w.chars().all(|c| c.is_uppercase() || c == '.')
            && is_capitalized(pw)
            && !is_possessive(pw)
            && !lexicon::TITLE_HEADS.has(pw)
            && !lexicon::HONORIFICS.has(pw.trim_end_matches('.'))
    };
    (from + 1..to.saturating_sub(1))
        .rev()
        .find(|&i| opens_phrase(i))
        .unwrap_or(from)
}

fn is_pronoun(src: &str, t: &Tok) -> bool {
    is_pronoun_word(t.text(src))
}

/// [`is_pronoun`] of a word.
fn is_pronoun_word(w: &str) -> bool {
    // (With a contracted auxiliary, `'d` or `'ll` with either apostrophe: `she’d reply`,
    // `they'll say`.)
    let cut = match w.as_bytes() {
        [.., b'\'', b'd'] => 2,
        [.., 0xE2, 0x80, 0x99, b'd'] => 4,
        [.., b'\'', b'l', b'l'] => 3,
        [.., 0xE2, 0x80, 0x99, b'l', b'l'] => 5,
        _ => 0,
    };
    let w = w.get(..w.len() - cut).unwrap_or(w);
    w.len() <= 4
        && ["he", "she", "they", "we", "i", "it", "you"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether `toks[i]` is `that` opening a clause, not determining a noun: before a
/// determiner or a capitalized word (`told the Commons that the US had agreed`).
fn conjunction_that_at(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.text(src) == "that")
        && toks.get(i + 1).is_some_and(|n| {
            let w = n.text(src);
            n.is_word() && (is_capitalized(w) || lexicon::DETERMINERS.has(w))
        })
}

/// Whether a word may stand inside a speaker mention.
fn np_word(src: &str, t: &Tok) -> bool {
    if !t.is_word() {
        return false;
    }
    let w = t.text(src);
    // (A capitalized coordinator opens a sentence, whatever stands before it: `tell the FT.
    // But Rover told`.)
    if is_capitalized(w) {
        return !matches!(w, "But" | "And" | "Or" | "So" | "Yet");
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    is_possessive(w)
        || lexicon::NOMINAL_WORDS.has(w)
        || lexicon::np_classes(w) & (lexicon::np_class::HEAD | lexicon::np_class::DETERMINER) != 0
        || plural_of_person_head(w)
}

/// Whether a lower-case word is the plural of a head of a person's description that the
/// tables list in the singular only: `Tesla's lawyers`, `company spokesmen`.
fn plural_of_person_head(w: &str) -> bool {
    let stem = |suffix: &str| w.len() > suffix.len() + 2 && w.ends_with(suffix);
    if stem("men") {
        // (Rare: the one allocation is no cost.)
        let (base, _) = w.split_at(w.len() - 3);
        return lexicon::PERSON_HEAD_WORDS.has(&format!("{base}man"));
    }
    stem("s")
        && !w.ends_with("ss")
        && w.strip_suffix('s')
            .is_some_and(|b| lexicon::PERSON_HEAD_WORDS.has(b) && !lexicon::HEADS_ALSO_VERBS.has(b))
}

/// Whether `toks[i]` is an `&` between two capitalized words, inside one name: `Ernst &
/// Young`, `Marks & Spencer`.
fn ampersand_at(src: &str, toks: &[Tok], i: usize) -> bool {
    let capitalized = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
    };
    toks.get(i).is_some_and(|t| t.punct == Some('&'))
        && i.checked_sub(1).is_some_and(capitalized)
        && capitalized(i + 1)
}

/// Whether `toks[i]` is a portfolio word before a title, a person's noun or another
/// portfolio word (`shadow home secretary`, `home affairs spokesman`, `political editor`):
/// part of the title, where elsewhere the word is a plain noun (`home`, `health`).
fn portfolio_at(src: &str, toks: &[Tok], i: usize) -> bool {
    let portfolio = |t: &Tok| lexicon::PORTFOLIOS.has(t.text(src));
    // (Both words in lower case first, which costs no lookup: most cue words are followed by
    // a name or a mark, `said Price.`)
    let lower = |j: usize| toks.get(j).is_some_and(|t| is_lower_word(src, t));
    lower(i)
        && lower(i + 1)
        && toks.get(i).is_some_and(portfolio)
        && toks
            .get(i + 1)
            .is_some_and(|n| portfolio(n) || title_head_word(src, n))
}

/// Whether `t` is a title's or a person's head noun in lower case (`secretary`, `editor`,
/// `officer`): what a portfolio word or a title's participle stands before.
fn title_head_word(src: &str, t: &Tok) -> bool {
    is_lower_word(src, t)
        && (lexicon::TITLE_HEADS.has(t.text(src)) || lexicon::PERSON_HEAD_WORDS.has(t.text(src)))
}

/// Whether `toks[i]` is a participle that opens a title before its head (`chief operating
/// officer`, `managing director`, `founding member`): part of the title, where elsewhere
/// the word is a verb.
fn title_participle_at(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::TITLE_PARTICIPLES.has(t.text(src)))
        && toks.get(i + 1).is_some_and(|n| title_head_word(src, n))
}

/// Whether `toks[i]` is a word of relation in lower case (`close`, `familiar`): a preposition
/// after it goes on to what the phrase relates to (`a person close to the Clintons`).
fn relational_adjective_at(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::RELATIONAL_ADJECTIVES.has(t.text(src)))
}

/// Whether `toks[i]` is a currency sign before a number inside a name, a capitalized word
/// right before it or one word back: `Fight for $15 organizing director Kendall Fells` (not
/// `investment, at about $40 a head`).
fn currency_sign_at(src: &str, toks: &[Tok], i: usize) -> bool {
    let capitalized = |j: Option<usize>| {
        j.and_then(|j| toks.get(j))
            .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
    };
    toks.get(i)
        .is_some_and(|t| matches!(t.punct, Some('$' | '£' | '€')))
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.text(src).bytes().all(|b| b.is_ascii_digit()))
        && i.checked_sub(1)
            .is_some_and(|p| toks.get(p).is_some_and(Tok::is_word))
        && (capitalized(i.checked_sub(1)) || capitalized(i.checked_sub(2)))
}

/// Whether `toks[i]` is the `to` of an office held toward another (`U.S. Ambassador to the
/// U.N. Linda Thomas-Greenfield`, `senior adviser to the president Valerie Jarrett`): part of
/// the title, where elsewhere `to` ends a speaker's phrase.
fn office_to_at(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.text(src) == "to")
        && i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_word() && lexicon::OFFICES_TOWARD.has(p.text(src)))
}

/// Whether `toks[i]` is a body's noun after a possessive (`Ma’s office`, `the mayor’s
/// team`): the head of the phrase, where elsewhere the word more often modifies another
/// noun (`office staff`, `team mates`).
fn body_after_possessive(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::ORG_HEADS.has(t.text(src)))
        && i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.is_word() && is_possessive(p.text(src)))
}

/// Whether `toks[i]` is the mark of a plural possessive, which stands alone after its
/// word's `s`, before a name or a head noun (`Sanders' campaign manager`, `the Music
/// Managers' Forum`, `Ladbrokes' Warren Lush`): part of the mention, where elsewhere a
/// mark ends it. (Not before other nouns, which the mention does not own as its head —
/// `Francis' remarks`, `Vargas’ question` — nor after a title in single quote marks.)
fn plural_possessive_mark_at(src: &str, toks: &[Tok], i: usize) -> bool {
    let (Some(m), Some(w), Some(n)) = (
        toks.get(i),
        i.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(i + 1),
    ) else {
        return false;
    };
    let head = |t: &Tok| {
        t.is_word()
            && (is_capitalized(t.text(src))
                || lexicon::np_classes(t.text(src)) & lexicon::np_class::HEAD != 0)
    };
    mark_glued_to_word(w, m)
        && w.text(src).ends_with('s')
        && n.is_word()
        && n.start > m.end
        && (head(n) || is_lower_word(src, n) && toks.get(i + 2).is_some_and(head))
}

/// Whether `m` is an apostrophe glued to the end of the word `w` (`Sanders'`, `CBS’`).
fn mark_glued_to_word(w: &Tok, m: &Tok) -> bool {
    matches!(m.punct, Some('\'' | '’')) && w.is_word() && w.end == m.start
}

/// `his`, `their`, `your` (in lower case): a determiner that owns the noun after it.
fn is_possessive_determiner(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your")
}

/// How many capitalized words open `toks`: the name a run of them may be.
fn capitalized_words(src: &str, toks: &[Tok]) -> usize {
    toks.iter()
        .take_while(|t| t.is_word() && is_capitalized(t.text(src)))
        .count()
}

/// Whether a word can be the head of a mention: a name, a pronoun or a known noun.
fn np_head(src: &str, t: &Tok) -> bool {
    use lexicon::np_class::{DETERMINER, EDGE, HEAD, INTRO};
    let w = t.text(src);
    let c = lexicon::np_classes(w);
    if is_capitalized(w) {
        return c & (DETERMINER | EDGE | INTRO) == 0;
    }
    // (The tables list most person nouns in the singular: `the two senators`.)
    c & HEAD != 0 || plural_of_person_head(w)
}

/// Trim function words off both ends of `toks[from..to]`; `None` if no head remains.
fn trim_np(src: &str, toks: &[Tok], mut from: usize, mut to: usize) -> Option<(usize, usize)> {
    use lexicon::np_class::{EDGE, FILLER};
    let classes = |i: usize| {
        toks.get(i)
            .map(|t| (t.is_word(), lexicon::np_classes(t.text(src))))
    };
    let edge = |i: usize| classes(i).is_some_and(|(word, c)| !word || c & EDGE != 0);
    while from < to && classes(from).is_some_and(|(word, c)| !word || c & (EDGE | FILLER) != 0) {
        from += 1;
    }
    while to > from && edge(to - 1) {
        to -= 1;
    }
    if from >= to {
        return None;
    }
    let slice = toks.get(from..to)?;
    if slice.len() == 1 && slice.first().is_some_and(|t| is_pronoun(src, t)) {
        return Some((from, to));
    }
    slice.iter().any(|t| np_head(src, t)).then_some((from, to))
}

/// Capitalized sentence openers that are not part of a name: `But`, `On`, `In`, `Monday`.
fn is_leading_filler(src: &str, t: &Tok) -> bool {
    lexicon::np_classes(t.text(src)) & lexicon::np_class::FILLER != 0
}

/// A mention going forward from `toks[from]`; returns its token range.
fn np_forward(src: &str, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    let t0 = toks.get(from)?;
    if is_pronoun(src, t0) {
        return Some((from, from + 1));
    }
    let mut to = from;
    while to < toks.len()
        && to - from < MAX_NP
        && (toks.get(to).is_some_and(|t| np_word(src, t))
            || to > from && plural_possessive_mark_at(src, toks, to)
            || ampersand_at(src, toks, to)
            || portfolio_at(src, toks, to)
            || title_participle_at(src, toks, to))
    {
        // Stop after a lower-case head followed by a lower-case non-NP word (`said the official on …`).
        to += 1;
    }
    // A possessive heads nothing: `Hillary Clinton’s right-hand woman` runs on to its head
    // noun, a few words on; nor does a determiner after `and` (`Netanyahu and other
    // right-wing Israeli leaders`, `Jeb Bush and his older brother`), which is dropped with
    // its `and` when no head follows (`Rogan and his guest` is Rogan).
    let determiner_last = to > from + 2
        && toks
            .get(to - 1)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::DETERMINERS.has(t.text(src)))
        && toks
            .get(to - 2)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::COORDINATORS.has(t.text(src)));
    if to > from
        && (determiner_last
            || toks.get(to - 1).is_some_and(|t| is_possessive(t.text(src)))
            || plural_possessive_mark_at(src, toks, to - 1))
    {
        let head = (to..(to + 3).min(toks.len()))
            .take_while(|&i| toks.get(i).is_some_and(Tok::is_word))
            .find(|&i| {
                toks.get(i).is_some_and(|t| {
                    lexicon::NOMINAL_HEADS.has(t.text(src)) || plural_of_person_head(t.text(src))
                })
            });
        match head {
            // (And the name after a person's noun: `The Guardian's film critic Peter
            // Bradshaw`.)
            Some(h) => to = h + 1 + capitalized_words(src, toks.get(h + 1..).unwrap_or(&[])),
            None if determiner_last => to -= 2,
            None => {}
        }
    }
    // `The GOP presidential candidate`, `member state officials`: lower-case modifiers
    // run on to the person noun they modify, and a name after it (`Democratic
    // presidential candidate Bernie Sanders`).
    if to > from {
        if let Some(h) = person_noun_after_modifiers(src, toks, to) {
            to = h + 1;
            while to < toks.len()
                && to - from < MAX_NP
                && toks
                    .get(to)
                    .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
            {
                to += 1;
            }
        }
    }
    let (a, b) = trim_np(src, toks, from, to)?;
    // An appositive: `Anna Greenberg, a Democratic pollster`.
    let b = appositive_forward(src, toks, b).unwrap_or(b);
    Some((a, b))
}

/// The person noun within two lower-case modifiers from `toks[at]` (`presidential
/// candidate`, `state officials`): modifiers that cannot be verbs (no `-s`, `-ed`, `-ing`, no
/// cue, auxiliary or function word).
fn person_noun_after_modifiers(src: &str, toks: &[Tok], at: usize) -> Option<usize> {
    let modifier = |t: &Tok| {
        let w = t.text(src);
        is_lower_word(src, t)
            && !w.ends_with(['s', '’', '\''])
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !is_ly_adverb(w)
            && lexicon::np_classes(w) == 0
            && !lexicon::AUXILIARIES.has(w)
            && !lexicon::PREPOSITIONS.has(w)
            && !lexicon::NP_STOP.has(w)
            && !is_cue(w)
    };
    let mut k = at;
    while k < at + 2 && toks.get(k).is_some_and(modifier) {
        k += 1;
    }
    (k > at
        && toks
            .get(k)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::PERSON_HEAD_WORDS.has(t.text(src))))
    .then_some(k)
}

/// A mention right after a cue (`said one of two witnesses who …`, `according to a
/// transcript of the interview`): words up to punctuation or a clause word, with a head.
fn np_forward_loose(src: &str, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
    let t0 = toks.get(from)?;
    if is_pronoun(src, t0) {
        return Some((from, from + 1));
    }
    // `“…,” joked another.`: `one` or `another` alone, ending the clause, stands for a person.
    if matches!(t0.text(src), "one" | "another")
        && toks
            .get(from + 1)
            .is_none_or(|t| t.is_sentence_end() || t.punct == Some(','))
    {
        return Some((from, from + 1));
    }
    let mut to = from;
    while to < toks.len() && to - from < MAX_NP {
        let Some(t) = toks.get(to) else { break };
        // (A stop word right after a determiner is an adjective: `a Wednesday editorial`.)
        let after_determiner = to == from + 1 && lexicon::DETERMINERS.has(t0.text(src));
        // (`and` between capitalized words joins a name: `the Securities and Exchange
        // Commission`.)
        let capitalized = |i: usize| {
            toks.get(i)
                .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
        };
        let joins_names = t.is_word()
            && t.text(src) == "and"
            && to.checked_sub(1).is_some_and(capitalized)
            && capitalized(to + 1);
        // (A rank capitalized before a capitalized title is part of the office, not a
        // preposition: `said Treasury Under Secretary John Taylor`.)
        let rank = || {
            capitalized(to)
                && lexicon::RANK_PREFIXES.has(t.text(src))
                && toks.get(to + 1).is_some_and(|n| {
                    n.is_word()
                        && is_capitalized(n.text(src))
                        && lexicon::HONORIFICS.has(n.text(src))
                })
        };
        // (A plural possessive's mark goes on to what it owns: `said the Teachers' Union`; `&`
        // joins a name: `said Marks & Spencer`.)
        if !t.is_word()
            && to > from
            && (plural_possessive_mark_at(src, toks, to) || ampersand_at(src, toks, to))
        {
            to += 1;
            continue;
        }
        // (A name given to the one described goes on to the name: `said the base chief known
        // as Bob`, `wrote a reader named Ana Vell`.)
        if to > from && is_lower_word(src, t) {
            let given = match t.text(src) {
                "known" if toks.get(to + 1).is_some_and(|n| n.text(src) == "as") => 2,
                "named" | "called" | "nicknamed" => 1,
                _ => 0,
            };
            if given > 0 && capitalized(to + given) {
                to += given;
                continue;
            }
        }
        // (A preposition after a word of relation goes on to what it relates to: `said a
        // person close to the Clintons`, `a source familiar with the plans`.)
        let related = || to > from + 1 && relational_adjective_at(src, toks, to - 1);
        // (The stop word first: the exceptions are read only for one.)
        if !t.is_word()
            || to > from
                && !after_determiner
                && !joins_names
                && lexicon::NP_STOP.has(t.text(src))
                && !rank()
                && !related()
        {
            break;
        }
        // (A participle after a head noun opens a clause: `according to Defra's lawyers
        // chasing away unwanted animals was …` — but one that names its head goes on to the
        // name: `wrote a man calling himself Paul Paul`.)
        if to > from
            && is_lower_word(src, t)
            && t.text(src).ends_with("ing")
            && toks.get(to - 1).is_some_and(|p| {
                p.is_word()
                    && (lexicon::np_classes(p.text(src)) & lexicon::np_class::HEAD != 0
                        || plural_of_person_head(p.text(src)))
            })
            && !toks.get(to + 1).is_some_and(|n| {
                n.is_word() && matches!(n.text(src), "himself" | "herself" | "themselves")
            })
            && !title_participle_at(src, toks, to)
        {
            break;
        }
        // (So does one in `-ed` but before its agent or of relation: `according to a
        // Quinnipiac poll conducted in February`, not `a court document filed by state
        // attorney Dave Aronberg`, `a source involved in the super-PAC’s creation`.)
        if to > from
            && is_lower_word(src, t)
            && is_past_tense_form(t.text(src))
            && !lexicon::RELATIONAL_ADJECTIVES.has(t.text(src))
            && toks.get(to - 1).is_some_and(|p| {
                p.is_word() && lexicon::np_classes(p.text(src)) & lexicon::np_class::HEAD != 0
            })
            && !toks
                .get(to + 1)
                .is_some_and(|n| n.is_word() && n.text(src) == "by")
        {
            break;
        }
        // (An article after a name or a head noun opens another phrase: `according to the
        // Datamonitor report the trend marked …`, `according to Mr Peston the prime
        // minister …`; not after `of`, `and`: `the director of the FBI`.)
        // (A capitalized `The` too, after a lost period: `said … analyst Vadim Mitroshin The
        // dispute with the Russian authorities is …`.)
        if to > from
            && matches!(t.text(src), "the" | "a" | "an" | "The")
            && toks.get(to - 1).is_some_and(|p| {
                let pw = p.text(src);
                p.is_word()
                    && (is_capitalized(pw)
                        || lexicon::np_classes(pw) & lexicon::np_class::HEAD != 0)
            })
        {
            break;
        }
        // (`of` after a name goes on to another, `Mr. Morgan of the Sierra Club`, not to what
        // was spoken of: `said Musk of the venture`.)
        // (Nor, after a noun, to a possessive determiner: `said the billionaire of his hiring
        // process` — what was spoken of; but `one of their lawyers`, `some of his aides`.)
        if to > from
            && t.text(src) == "of"
            && toks
                .get(to + 1)
                .is_some_and(|n| is_lower_word(src, n) && is_possessive_determiner(n.text(src)))
            && !toks.get(to - 1).is_some_and(|p| {
                lexicon::DETERMINERS.has(p.text(src)) || lexicon::PARTITIVES.has(p.text(src))
            })
        {
            break;
        }
        // (Nor to a name's possessive and what it owns: `said Alex McLeish of Novo's
        // punishment`.)
        if to > from && t.text(src) == "of" && capitalized(to - 1) {
            let after = toks
                .get(to + 1..(to + 1 + MAX_NP).min(toks.len()))
                .unwrap_or(&[]);
            let words = || {
                after
                    .iter()
                    .take_while(|t| t.is_word() && !lexicon::NP_STOP.has(t.text(src)))
            };
            let names_follow = words().any(|t| is_capitalized(t.text(src)));
            let owned = || {
                words()
                    .zip(words().skip(1))
                    .any(|(o, n)| is_possessive(o.text(src)) && is_lower_word(src, n))
            };
            if !names_follow || owned() {
                break;
            }
        }
        to += 1;
    }
    // `according to the newspaper`: a determiner and a few words make a mention too.
    let determined = toks
        .get(from)
        .is_some_and(|t| lexicon::DETERMINERS.has(t.text(src)))
        && to > from + 1
        && to - from <= 6;
    // (A description that closes the sentence keeps a short phrase of place after it:
    // `said one Democratic source on the panel.`, `said a source familiar with the talks.`)
    let to = if determined {
        to + place_phrase_closing(src, toks, to)
    } else {
        to
    };
    let (a, b) = trim_np(src, toks, from, to).or_else(|| determined.then_some((from, to)))?;
    let b = appositive_forward(src, toks, b)
        .or_else(|| name_after_role(src, toks, b))
        .unwrap_or(b);
    Some((a, b))
}

/// The length of a phrase of place or relation at `toks[at]` that closes its sentence: a
/// preposition and up to four words in lower case with no verb, digit or word for what is
/// said (`on the panel.`, `with the talks.`, `in the room.`; not `on Tuesday.`, `in a
/// statement.`, `in Rolling Stone magazine.`, whose names are sources of their own); 0 if
/// there is none.
fn place_phrase_closing(src: &str, toks: &[Tok], at: usize) -> usize {
    const MAX_WORDS: usize = 4;
    let opens = toks.get(at).is_some_and(|t| {
        is_lower_word(src, t) && matches!(t.text(src), "on" | "in" | "at" | "with" | "inside")
    });
    if !opens {
        return 0;
    }
    let rest = toks.get(at + 1..).unwrap_or(&[]);
    let n = rest.iter().take_while(|t| t.is_word()).count();
    let closes = rest.get(n).is_none_or(Tok::is_sentence_end);
    let plain = rest.get(..n).is_some_and(|w| {
        w.iter().all(|t| {
            let x = t.text(src);
            is_lower_word(src, t)
                && !is_cue(x)
                && !verb_at_clause(src, t)
                && !lexicon::AUXILIARIES.has(x)
                && !lexicon::SPEECH_NOUNS.has(x)
                && !lexicon::MEDIA.has(x)
                && !x.starts_with(|c: char| c.is_ascii_digit())
        })
    });
    if (1..=MAX_WORDS).contains(&n) && closes && plain {
        n + 1
    } else {
        0
    }
}

/// `said BA director of commercial planning, Robert Boyle.`: a role ending in a lower-case
/// word, then a comma and a name that closes the clause; the name is the mention's.
fn name_after_role(src: &str, toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.punct != Some(',') || !is_lower_word(src, toks.get(at.checked_sub(1)?)?) {
        return None;
    }
    let name = |t: &Tok| {
        t.is_word()
            && is_capitalized(t.text(src))
            && !lexicon::DETERMINERS.has(t.text(src))
            && !lexicon::WEEKDAYS.has(t.text(src))
            && !lexicon::MONTHS.has(t.text(src))
    };
    let mut to = at + 1;
    while to < toks.len() && to - at <= MAX_APPOSITIVE_NAME && toks.get(to).is_some_and(name) {
        to += 1;
    }
    let closes = toks
        .get(to)
        .is_none_or(|t| matches!(t.punct, Some(',' | '.' | ';' | ':')));
    (to - at > 2 && to - at <= MAX_APPOSITIVE_NAME + 1 && closes).then_some(to)
}

fn appositive_forward(src: &str, toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.punct != Some(',') {
        return None;
    }
    let d = toks.get(at + 1)?;
    // (Or a person's name between commas after a description: `Her mother, Anna Vole,
    // praised …`.)
    let named = capitalized_words(src, toks.get(at + 1..)?);
    if (2..=4).contains(&named)
        && is_any_given_name(d.text(src))
        && toks
            .get(at + 1 + named)
            .is_some_and(|t| t.punct == Some(','))
    {
        return Some(at + 1 + named);
    }
    if !matches!(lower_small(d.text(src)).as_str(), "a" | "an" | "the") {
        return None;
    }
    let mut to = at + 2;
    while to < toks.len() && to - at < MAX_NP && toks.get(to).is_some_and(|t| np_word(src, t)) {
        to += 1;
    }
    let (_, b) = trim_np(src, toks, at + 1, to)?;
    let ends_ok = toks
        .get(b)
        .is_none_or(|t| matches!(t.punct, Some(',' | '.' | ';' | ':')));
    ends_ok.then_some(b)
}

/// The subject of the cue at `toks[c]`, found backward: right before it (`Price said`),
/// before a relative pronoun (`a message that said`, `Rikkie Wells, who tweeted`), or before
/// the verb an infinitive cue depends on (`Mr. Trump was prompted to say`).
fn subject_before_cue(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    let lower_word = |i: usize| lower_word_at(src, toks, i);
    let prev = c.checked_sub(1).and_then(lower_word);
    // (Past the adverbs and auxiliaries between: `Franklin Graham, who has publicly vowed`.)
    let e = before_cue_adverbs(src, toks, 0, c);
    if matches!(
        e.checked_sub(1).and_then(lower_word),
        Some("who" | "that" | "which")
    ) {
        let mut end = e - 1;
        if end > 0 && toks.get(end - 1).is_some_and(|t| t.punct == Some(',')) {
            end -= 1;
        }
        return np_backward(src, toks, end);
    }
    // `A source close to him said`: an object pronoun after a word of relation and its
    // preposition closes the subject the chain's first phrase opens.
    let related_object = e >= 3
        && lower_word(e - 1).is_some_and(|w| lexicon::OBJECT_PRONOUNS.has(w))
        && lower_word(e - 2).is_some_and(|w| lexicon::CHAIN_PREPOSITIONS.has(w))
        && relational_adjective_at(src, toks, e - 3);
    if let Some(h) = related_object
        .then(|| prepositional_chain_start(src, toks, e - 1))
        .flatten()
    {
        return Some((h, e));
    }
    if let Some((a, b)) = np_backward(src, toks, c) {
        // `A source with knowledge of the talks said`: the object of the last preposition of a
        // chain that opens the clause is part of the subject the chain's first phrase heads.
        if let Some(h) = prepositional_chain_start(src, toks, a) {
            return Some((h, b));
        }
        // (So is a name whose nouns the tables do not know stand before it, with their
        // determiner: `A spokesman for distributor Toho said`, `for the distributor Toho`.)
        let named = toks
            .get(a)
            .is_some_and(|t| is_capitalized(t.text(src)) && !is_pronoun(src, t));
        if named {
            let mut m = plain_modifiers_start(src, toks, a);
            if m < a
                && m.checked_sub(1)
                    .and_then(|d| toks.get(d))
                    .is_some_and(|t| is_lower_word(src, t) && lexicon::DETERMINERS.has(t.text(src)))
            {
                m -= 1;
            }
            if let Some(h) = (m < a)
                .then(|| prepositional_chain_start(src, toks, m))
                .flatten()
            {
                return Some((h, b));
            }
        }
        // `talks with Disney's producers revealed`: the object of a preposition is no subject,
        // nor is the second of two objects (`the lawsuit against Acme and its peers notes`).
        let word_before = |i: usize| i.checked_sub(1).and_then(lower_word);
        let object_at =
            |i: usize| word_before(i).is_some_and(|w| lexicon::OBJECT_ONLY_PREPOSITIONS.has(w));
        let coordinated_object = || {
            matches!(word_before(a), Some("and" | "or"))
                && np_backward(src, toks, a - 1).is_some_and(|(p, _)| object_at(p))
        };
        // (Nor, right before an infinitive cue, a preposition's object: `Osbourne was at a
        // loss to explain`, `Smith took to Twitter to say` — the sentence's subject speaks;
        // not after `of`, which joins a phrase inside a subject.)
        let infinitive_after_object = || {
            toks.get(b)
                .is_some_and(|t| t.is_word() && t.text(src) == "to")
                && word_before(a).is_some_and(|w| w != "of" && lexicon::PREPOSITIONS.has(w))
        };
        if object_at(a) || coordinated_object() || infinitive_after_object() {
            return None;
        }
        // `A separate study by Gartner has also said`: the agent after a noun and `by` is
        // part of the phrase the noun heads, which speaks (not after a participle: `a letter
        // obtained by The Associated Press warns` keeps the agent).
        let by_agent = (word_before(a) == Some("by"))
            .then(|| np_backward(src, toks, a - 1))
            .flatten()
            .filter(|&(p, q)| {
                q == a - 1
                    && q.checked_sub(1)
                        .and_then(|h| toks.get(h))
                        .is_some_and(|t| is_lower_word(src, t) && np_head(src, t))
                    && toks
                        .get(p)
                        .is_some_and(|t| lexicon::DETERMINERS.has(t.text(src)))
            });
        if let Some((p, _)) = by_agent {
            return Some((p, b));
        }
        // `Another intelligence source speaking to Fox News said`: the phrase is the object
        // of a participle; the subject stands before it.
        let participle_at =
            |p: usize| lower_word(p).is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
        let participle = a
            .checked_sub(2)
            .filter(|&p| {
                participle_at(p)
                    && lower_word(p + 1).is_some_and(|w| lexicon::PREPOSITIONS.contains(w))
            })
            // (Or its direct object, with an article: `An actress playing a BBC News anchor
            // reports`.)
            .or_else(|| {
                a.checked_sub(1).filter(|&p| {
                    participle_at(p)
                        && toks
                            .get(a)
                            .is_some_and(|t| matches!(t.text(src), "a" | "an" | "the"))
                })
            })
            .and_then(|p| np_backward(src, toks, p));
        return Some(participle.unwrap_or((a, b)));
    }
    // An infinitive after a participle: `was prompted to say`, `was moved to tweet`.
    if prev != Some("to") {
        return None;
    }
    let verb = c.checked_sub(2)?;
    if !lower_word(verb).is_some_and(is_past_tense_form) {
        return None;
    }
    let (a, b) = np_backward(src, toks, verb)?;
    // A name or a pronoun: lower-case words alone read as a subject too easily.
    toks.get(a..b)?
        .iter()
        .any(|t| is_capitalized(t.text(src)) || is_pronoun(src, t))
        .then_some((a, b))
}

/// Where the plain modifiers before `toks[a]` start (see [`plain_modifier_at`]), up to
/// [`MAX_NOUN_MODIFIERS`] back; `a` when there are none.
fn plain_modifiers_start(src: &str, toks: &[Tok], a: usize) -> usize {
    let mut m = a;
    while m > 0 && a - m < MAX_NOUN_MODIFIERS && plain_modifier_at(src, toks, m - 1) {
        m -= 1;
    }
    m
}

/// Whether `toks[i]` is a plain word in lower case that may modify a noun after it and that
/// no table knows (`fund` in `a fund manager`, `distributor` in `for distributor Toho`): no
/// determiner, edge word, stop word, past tense, adverb in -ly, participle or cue.
fn plain_modifier_at(src: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        let w = t.text(src);
        is_lower_word(src, t)
            && !lexicon::DETERMINERS.has(w)
            && !lexicon::EDGE_WORDS.has(w)
            && !lexicon::NP_STOP.has(w)
            && !is_past_tense_form(w)
            && !w.ends_with("ly")
            && !w.ends_with("ing")
            && !is_cue(w)
    })
}

/// Where a subject opens that runs through a chain of up to [`MAX_PREPOSITION_CHAIN`]
/// prepositional phrases to the phrase at `toks[a]` (`A source with knowledge of the talks
/// said`, `Matthew Herren from EduVision told`, `United's statement to the stock exchange
/// said`): the chain's first phrase opens its clause with a determiner, a number or a
/// capitalized word that is no pronoun and ends in its head, and no phrase holds a verb (no
/// auxiliary, no cue but a noun after a determiner, no participle but one of relation,
/// [`lexicon::RELATIONAL_ADJECTIVES`]: `a letter obtained by The Associated Press warns`
/// keeps the agent). `None` when there is no such chain: `I hope in 2017 America says`, `The
/// judge pointed to a previous case to say`.
fn prepositional_chain_start(src: &str, toks: &[Tok], a: usize) -> Option<usize> {
    let preposition_at = |i: usize| {
        toks.get(i)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::CHAIN_PREPOSITIONS.has(t.text(src)))
    };
    let phrase_word = |i: usize| {
        let Some(t) = toks.get(i).filter(|t| t.is_word()) else {
            return false;
        };
        let w = t.text(src);
        if preposition_at(i) {
            return false;
        }
        if !is_lower_word(src, t) {
            return np_word(src, t);
        }
        // (A determiner opens the phrase, in lower case after an opening phrase: `Later, a
        // source close to Vell said`.)
        if lexicon::DETERMINERS.has(w) {
            return true;
        }
        let after_determiner = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| lexicon::DETERMINERS.has(p.text(src)) || is_possessive(p.text(src)));
        !lexicon::AUXILIARIES.has(w)
            && !lexicon::EDGE_WORDS.has(w)
            && !lexicon::NON_VERBS.has(w)
            && !lexicon::RELATIVE_PRONOUNS.has(w)
            && !is_ly_adverb(w)
            && !w.ends_with("ing")
            && (!is_past_tense_form(w) || lexicon::RELATIONAL_ADJECTIVES.has(w))
            && (!is_cue(w) || after_determiner)
    };
    // (The first phrase ends in its head, a noun the tables know or a name, or in a word of
    // relation after one: `A source close to`; not `The ad uses footage of`.)
    // (np_head knows the nominal heads and the bodies' nouns; ORG_HEADS adds those that more
    // often modify another noun: `union`, `office`.)
    // (Or a partitive's plural: `Small groups of protesters chanted`.)
    let head_at = |i: usize| {
        toks.get(i).is_some_and(|t| {
            np_head(src, t) || lexicon::ORG_HEADS.has(t.text(src)) || plural_partitive(t.text(src))
        })
    };
    let headed_before = |p: usize| {
        p.checked_sub(1).is_some_and(|h| {
            head_at(h)
                || toks
                    .get(h)
                    .is_some_and(|t| lexicon::RELATIONAL_ADJECTIVES.has(t.text(src)))
                    && h.checked_sub(1).is_some_and(head_at)
        })
    };
    let mut s = a;
    for _ in 0..MAX_PREPOSITION_CHAIN {
        let p = s.checked_sub(1).filter(|&p| preposition_at(p))?;
        let mut h = p;
        while h > 0 && p - h < MAX_NP && phrase_word(h - 1) {
            h -= 1;
        }
        if h == p {
            return None;
        }
        let opens = h == 0
            || toks.get(h - 1).is_some_and(|t| {
                t.is_sentence_end()
                    || matches!(t.punct, Some(',' | ':' | ';' | '(' | '—' | '–'))
                    || is_lower_word(src, t) && lexicon::CLAUSE_CONJUNCTIONS.has(t.text(src))
            });
        let first = toks.get(h)?;
        let fw = first.text(src);
        let headed = lexicon::DETERMINERS.has(fw)
            || fw.starts_with(|c: char| c.is_ascii_digit())
            || is_capitalized(fw)
                && !is_pronoun(src, first)
                && !is_leading_filler(src, first)
                && !fw.ends_with("ing");
        if opens {
            return (headed && headed_before(p)).then_some(h);
        }
        // (A phrase between two prepositions is short: `with direct knowledge of`; in `A
        // letter to platform committee members calls for` a verb ends it.)
        if p - h > MAX_CHAIN_LINK {
            return None;
        }
        s = h;
    }
    None
}

/// Whether `w` is the plural of a word for a part of a group (`groups`, `crowds`,
/// `hundreds`), which heads the phrase its `of` opens.
fn plural_partitive(w: &str) -> bool {
    w.ends_with('s') && lexicon::PARTITIVES.has(w)
}

/// The description of people whose place the phrase at `toks[a..]` is, after a place's
/// preposition: `a woman in Worcester`, `Officials in Washington` (the head a person's noun,
/// in lower case but for the first word of a sentence).
fn people_before_place(src: &str, toks: &[Tok], a: usize) -> Option<(usize, usize)> {
    let p = a.checked_sub(1)?;
    if !toks
        .get(p)
        .is_some_and(|t| t.is_word() && lexicon::PLACE_PREPOSITIONS.has(t.text(src)))
    {
        return None;
    }
    let (d, b) = np_backward(src, toks, p).filter(|&(_, b)| b == p)?;
    let head = toks.get(b.checked_sub(1)?)?;
    let lower = is_lower_word(src, head) || b - 1 == d && opens_sentence_at(toks, d);
    // (Or a given name alone, as letters to the editor are signed: `Andrew in Derby
    // complains`, `writes Sarah in London`.)
    let given = b - 1 == d && is_any_given_name(head.text(src));
    (lower && lexicon::PERSON_HEAD_WORDS.has(head.text(src)) || given).then_some((d, b))
}

/// Whether `toks[i]` opens its sentence (or the window).
fn opens_sentence_at(toks: &[Tok], i: usize) -> bool {
    i == 0 || toks.get(i - 1).is_some_and(Tok::is_sentence_end)
}

/// The word at `toks[i]` when it is one in lower case.
fn lower_word_at<'s>(src: &'s str, toks: &[Tok], i: usize) -> Option<&'s str> {
    toks.get(i)
        .filter(|t| is_lower_word(src, t))
        .map(|t| t.text(src))
}

/// An adverb or auxiliary between a subject and its cue (`also`, `has`), in lower case:
/// `Will wrote` and `May said` name people.
fn is_cue_adverb(src: &str, t: &Tok) -> bool {
    is_lower_word(src, t) && lexicon::CUE_ADVERBS.has(t.text(src))
}

/// Whether a form of `be` in lower case stands right before `toks[i]`: the verb there is a
/// passive (`is called`) or a progressive (`is insisting`).
fn after_be(src: &str, toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| is_lower_word(src, t) && lexicon::BE_FORMS.has(t.text(src)))
}

/// A finite auxiliary in lower case (`is`, `could`): the sign of a clause.
fn is_auxiliary(src: &str, t: &Tok) -> bool {
    is_lower_word(src, t) && lexicon::AUXILIARIES.has(t.text(src))
}

/// Whether a person's name ends right before `toks[end]`: two to four capitalized words
/// after a clause boundary or a word in lower case, the first an honorific or a known given
/// name (`Dr. Melanie Egorin`, `policy co-ordinator David Cameron`).
fn person_name_before(src: &str, toks: &[Tok], end: usize) -> bool {
    let mut from = end;
    while from > 0
        && end - from < 4
        && toks
            .get(from - 1)
            .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
    {
        from -= 1;
    }
    // (After a mark, or after a role's noun in lower case: `Tory co-ordinator David Cameron,
    // MP for Witney, added:`.)
    let bounded = from == 0
        || toks
            .get(from - 1)
            .is_some_and(|t| !t.is_word() || is_lower_word(src, t));
    bounded
        && end - from >= 2
        && toks.get(from).is_some_and(|t| {
            let w = t.text(src);
            lexicon::HONORIFICS.has(w.trim_end_matches('.')) || is_any_given_name(w)
        })
}

/// Where the adverbs and auxiliaries between a subject and its cue at `toks[end]` begin, no
/// further back than `from` (`Price has also said`).
fn before_cue_adverbs(src: &str, toks: &[Tok], from: usize, end: usize) -> usize {
    // (A phrase of time too, before a finite verb: `Liam Fox on Saturday called him` — not
    // before a participle or an infinitive, whose subject it may part from its object:
    // `a letter to Katherine Tai last month expressing`, `swept into London on Thursday to
    // announce`.)
    let finite = toks.get(end).is_some_and(|t| !t.text(src).ends_with("ing"));
    let mut end = end;
    let mut infinitive = false;
    loop {
        // (An adverb in `-ly` before a finite verb too, `the strategy specifically notes`,
        // but not after `be`, whose participle is a passive: `as they were colloquially
        // called`.)
        let ly = |i: usize| {
            finite
                && toks
                    .get(i)
                    .is_some_and(|t| is_lower_word(src, t) && is_ly_adverb(t.text(src)))
                && !after_be(src, toks, i)
        };
        if end > from && (toks.get(end - 1).is_some_and(|t| is_cue_adverb(src, t)) || ly(end - 1)) {
            infinitive |= toks.get(end - 1).is_some_and(|t| t.text(src) == "to");
            end -= 1;
        } else if let Some(a) =
            time_adjunct_before(src, toks, end).filter(|&a| a >= from && finite && !infinitive)
        {
            end = a;
        } else {
            return end;
        }
    }
}

/// Where a phrase of time that ends just before `toks[end]` starts: `yesterday`, `on
/// Saturday`, `last night`, `this week` (`Liam Fox on Saturday called him …`, `Mr Fox last
/// night said`).
fn time_adjunct_before(src: &str, toks: &[Tok], end: usize) -> Option<usize> {
    // (The words as they stand, in lower case but a weekday, and the tables last: this
    // runs for most cues.)
    let l = toks.get(end.checked_sub(1)?)?.text(src);
    if matches!(l, "yesterday" | "today" | "tonight") {
        return Some(end - 1);
    }
    let f = toks.get(end.checked_sub(2)?)?.text(src);
    let day = f == "on" && is_capitalized(l) && lexicon::WEEKDAYS.has(l);
    let span = matches!(f, "last" | "this") && lexicon::TIME_NOUNS.contains(l);
    if day || span {
        return Some(end - 2);
    }
    // (`in the past`, `in recent years`: `Beck, who has in the past described Trump as …`.)
    let recent = match f {
        "the" => l == "past",
        "recent" => l
            .strip_suffix('s')
            .is_some_and(|n| lexicon::TIME_NOUNS.contains(n)),
        _ => false,
    };
    if !recent {
        return None;
    }
    let start = end.checked_sub(3)?;
    toks.get(start)
        .is_some_and(|t| t.text(src) == "in")
        .then_some(start)
}

/// A mention going backward from just before `toks[end]`; returns its token range.
fn np_backward(src: &str, toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let end = before_cue_adverbs(src, toks, 0, end);
    if end > 0 && toks.get(end - 1).is_some_and(|t| is_pronoun(src, t)) {
        return Some((end - 1, end));
    }
    // `Another tweeted`, `One wrote`, `Others said`: a pronoun-like determiner alone.
    if end > 0
        && toks
            .get(end - 1)
            .is_some_and(|t| lexicon::PRONOUN_QUANTIFIERS.has(t.text(src)))
        && (end == 1
            || toks.get(end - 2).is_some_and(|t| {
                !t.is_word()
                    || lexicon::EDGE_WORDS.has(t.text(src))
                    || lexicon::INTRO_WORDS.has(t.text(src))
            }))
    {
        return Some((end - 1, end));
    }
    // `Rep. Gwen Moore (D-Wis.) said`: a short parenthetical belongs to the mention.
    if end > 2 && toks.get(end - 1).is_some_and(|t| t.punct == Some(')')) {
        let lo = end.saturating_sub(8);
        if let Some(o) = toks
            .get(lo..end - 1)
            .and_then(|w| w.iter().rposition(|t| t.punct == Some('(')))
        {
            let open = lo + o;
            let mut from = open;
            while from > 0
                && open - from < MAX_NP
                && (toks.get(from - 1).is_some_and(|t| np_word(src, t))
                    || plural_possessive_mark_at(src, toks, from - 1))
            {
                from -= 1;
            }
            let (a, _) = trim_np(src, toks, from, open)?;
            return Some((a, end));
        }
    }
    // `Anna Greenberg, a Democratic pollster, said`, `J.J. Goldberg, editor at large of The
    // Forward, an influential newspaper, wrote`: appositives back to the name they describe.
    if end > 1 && toks.get(end - 1).is_some_and(|t| t.punct == Some(',')) {
        let mut app_end = end - 1;
        let mut seg_end = app_end;
        // (A segment that opens with an auxiliary is the name's predicate, not its
        // appositive: `Irina Shayk, couldn’t help but praise the two on her Instagram
        // Stories, saying` — the name alone is the subject.)
        let mut predicate = false;
        // (Whether the segment after the one read is a relative clause.)
        let mut described_by_relative = false;
        for _ in 0..3 {
            let mut s = seg_end;
            // (A plural possessive's mark stays in the segment: `Steve Radley, chief economist
            // at the manufacturers' organisation EEF, said:`.)
            while s > 0
                && seg_end - s < 16
                && (toks.get(s - 1).is_some_and(|t| {
                    t.is_word() || matches!(t.punct, Some('(' | ')' | '-' | '&' | '@' | '#' | '_'))
                }) || plural_possessive_mark_at(src, toks, s - 1))
            {
                s -= 1;
            }
            if s == seg_end {
                return None;
            }
            let seg_first = toks.get(s)?;
            // `Donna Rawlings, 58, of Clinton, Md., said`: ages and places are skipped.
            let skippable = toks.get(s..seg_end).is_some_and(|seg| {
                seg.iter()
                    .all(|t| t.text(src).chars().all(|c| c.is_ascii_digit()))
                    || seg.len() == 1
                        && seg.iter().all(|t| {
                            t.text(src).ends_with('.')
                                && crate::parse::words::is_abbreviation(
                                    t.text(src).trim_end_matches('.'),
                                )
                        })
                    || seg.first().is_some_and(|t| {
                        matches!(lower_small(t.text(src)).as_str(), "of" | "from" | "in")
                    })
                    || wider_place(src, toks, s, seg_end)
                    || party_designation(src, toks, s, seg_end)
            });
            if skippable && s > 0 && toks.get(s - 1).is_some_and(|t| t.punct == Some(',')) {
                seg_end = s - 1;
                continue;
            }
            // (A sentence adverbial right before the verb is no part of the phrase: `Bush,
            // however, interjected`; nor is a clause or phrase of time: `Blunt, after a long
            // pause, said`, `Smith, when asked about it, said`.)
            if seg_end == app_end
                && s > 0
                && toks.get(s - 1).is_some_and(|t| t.punct == Some(','))
                && toks.get(s..seg_end).is_some_and(|seg| {
                    is_sentence_adverbial(src, seg)
                        || is_lower_word(src, seg_first)
                            && lexicon::SUBORDINATORS.has(seg_first.text(src))
                        // (And the relative pronoun before such a phrase: `Bret Stephens,
                        // who, after trading insults with Mr. Hannity, said`.)
                        || seg.len() == 1 && lexicon::RELATIVE_PRONOUNS.has(seg_first.text(src))
                })
            {
                app_end = s - 1;
                seg_end = s - 1;
                continue;
            }
            let starts_name = is_capitalized(seg_first.text(src))
                && !is_leading_filler(src, seg_first)
                && !lexicon::DETERMINERS.has(seg_first.text(src));
            // (A short parenthetical closing the segment is the name's: `Gov. John Kasich
            // (R-OH), said`.)
            let name_end = toks
                .get(s..seg_end)
                .filter(|seg| seg.last().is_some_and(|t| t.punct == Some(')')))
                .and_then(|seg| seg.iter().rposition(|t| t.punct == Some('(')))
                .map_or(seg_end, |p| s + p);
            let name_like = name_end > s
                && toks
                    .get(s..name_end)
                    .is_some_and(|seg| seg.iter().all(|t| np_word(src, t)))
                && !is_pronoun(src, seg_first);
            // (A capitalized title after a person's name describes that person: `Dr. Melanie
            // Egorin, HHS Assistant Secretary for Legislation, said`.)
            let title_after_name = s >= 2
                && toks.get(s - 1).is_some_and(|t| t.punct == Some(','))
                && toks
                    .get(s..seg_end)
                    .is_some_and(|seg| seg.iter().any(|t| lexicon::TITLE_HEADS.has(t.text(src))))
                && person_name_before(src, toks, s - 1);
            if title_after_name {
                seg_end = s - 1;
                continue;
            }
            if starts_name && name_like && (s == 0 || toks.get(s - 1).is_some_and(|t| !t.is_word()))
            {
                // Names take the whole segment only if it is a name: `Mr. Frum`.
                let (a, _) = trim_np(src, toks, s, name_end)?;
                return Some((a, if predicate { name_end } else { app_end }));
            }
            // `Spicer said, adding, “…”`: the segment is itself an attribution.
            let relative = matches!(
                lower_small(seg_first.text(src)).as_str(),
                "who" | "which" | "whom" | "whose" | "that"
            );
            if let Some(c) = seg_end
                .checked_sub(1)
                .filter(|&c| c > s && !relative && cue_at(src, toks, c).is_some())
            {
                return np_backward(src, toks, c);
            }
            // `Or, as Tom Ridge, a former secretary, put it`: a name closing a segment that
            // opens with a function word.
            // (Only conjunctions and `as`: `speaking to Iowans` is a participle phrase.)
            let function_start = lexicon::EDGE_WORDS.has(seg_first.text(src))
                && !seg_first.text(src).ends_with("ing");
            if function_start && seg_end > s + 1 {
                let mut from = seg_end;
                while from > s + 1 && toks.get(from - 1).is_some_and(|t| np_word(src, t)) {
                    from -= 1;
                }
                if let Some((a, _)) = trim_np(src, toks, from, seg_end) {
                    if toks.get(a).is_some_and(|t| is_capitalized(t.text(src))) {
                        return Some((a, app_end));
                    }
                }
            }
            if s == 0 || toks.get(s - 1).is_none_or(|t| t.punct != Some(',')) {
                // The segment runs into other words: take the name at its end, if any — or
                // a pronoun there, past a sentence adverbial (`and he, once again, pledged`).
                // (Opening the segment or after a coordinator, not an object: `to even hear
                // about it, arguing`.)
                let p = seg_end.saturating_sub(1);
                if seg_end > s
                    && toks.get(p).is_some_and(|t| is_pronoun(src, t))
                    && (p == s
                        || toks.get(p - 1).is_some_and(|t| {
                            is_lower_word(src, t) && lexicon::COORDINATORS.has(t.text(src))
                        }))
                {
                    return Some((seg_end - 1, app_end));
                }
                let mut from = seg_end;
                while from > s && toks.get(from - 1).is_some_and(|t| np_word(src, t)) {
                    from -= 1;
                }
                let (a, _) = trim_np(src, toks, from, seg_end)?;
                // (A place after a person noun and a preposition is where they are from: `a
                // woman in Worcester, Massachusetts, told him`.)
                if let Some((p, _)) = people_before_place(src, toks, a) {
                    return Some((p, app_end));
                }
                // (Or a person's noun after its determiner before a relative clause: `Mr
                // Kilroy-Silk said the man, who later disappeared, claimed he was “…”`.)
                let described = || {
                    described_by_relative
                        && toks.get(a).is_some_and(|t| {
                            is_lower_word(src, t) && lexicon::DETERMINERS.has(t.text(src))
                        })
                        && seg_end
                            .checked_sub(1)
                            .and_then(|h| toks.get(h))
                            .is_some_and(|t| is_lower_word(src, t) && np_head(src, t))
                };
                return (toks.get(a).is_some_and(|t| is_capitalized(t.text(src))) || described())
                    .then_some((a, app_end));
            }
            predicate |= is_auxiliary(src, seg_first);
            described_by_relative = relative;
            seg_end = s - 1;
        }
        return None;
    }
    // `Another child responded`, `The New York businessman says`: a determiner and up to
    // three words that end in a plain one, its head (the others may be names).
    let determined = || -> Option<(usize, usize)> {
        let d = (end.saturating_sub(4)..end.saturating_sub(1))
            .rev()
            .find(|&i| {
                toks.get(i)
                    .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src)))
            })?;
        let plain_word = |t: &Tok| {
            is_lower_word(src, t)
                && !lexicon::EDGE_WORDS.has(t.text(src))
                && !lexicon::CUE_ADVERBS.has(t.text(src))
        };
        let plain = toks.get(d + 1..end).is_some_and(|w| {
            w.split_last().is_some_and(|(head, modifiers)| {
                let h = head.text(src);
                // (Not an adverb, a verb in the past tense or a clause word: `appeared`, `if`.)
                let past_tense = is_past_tense_form(h);
                plain_word(head)
                    && !past_tense
                    && !h.ends_with("ly")
                    && !lexicon::NP_STOP.has(h)
                    && modifiers.iter().all(|t| {
                        plain_word(t) && !lexicon::NP_STOP.has(t.text(src))
                            || is_capitalized(t.text(src)) && !is_leading_filler(src, t)
                    })
            })
        });
        let after_clause = d == 0
            || toks
                .get(d - 1)
                .is_some_and(|t| !t.is_word() || lexicon::EDGE_WORDS.has(t.text(src)))
            || after_opening_phrase(src, toks, d);
        if !(plain && after_clause) {
            return None;
        }
        // (After a person and a preposition the phrase is whom they speak for or where they
        // are: `A spokesman for the club said`, `A senior source at the ministry told`, `A
        // critic in the comments replied`.)
        let speaker_for = d
            .checked_sub(1)
            .filter(|&p| {
                toks.get(p).is_some_and(|t| {
                    is_lower_word(src, t)
                        && matches!(t.text(src), "for" | "at" | "of" | "from" | "in" | "on")
                })
            })
            .and_then(|p| np_backward(src, toks, p).filter(|&(_, b)| b == p))
            .filter(|&(_, b)| {
                b.checked_sub(1)
                    .and_then(|h| toks.get(h))
                    .is_some_and(|t| t.is_word() && lexicon::PERSON_HEAD_WORDS.has(t.text(src)))
            });
        Some(match speaker_for {
            Some((a, _)) => (a, end),
            None => (name_before_description(src, toks, d).unwrap_or(d), end),
        })
    };
    let mut from = end;
    while from > 0
        && end - from < MAX_NP
        && !conjunction_that_at(src, toks, from - 1)
        && (toks.get(from - 1).is_some_and(|t| np_word(src, t))
            || ampersand_at(src, toks, from - 1)
            || portfolio_at(src, toks, from - 1)
            || title_participle_at(src, toks, from - 1)
            || body_after_possessive(src, toks, from - 1)
            || office_to_at(src, toks, from - 1)
            || plural_possessive_mark_at(src, toks, from - 1)
            || currency_sign_at(src, toks, from - 1))
    {
        from -= 1;
    }
    if let Some((a, b)) = trim_np(src, toks, from, end) {
        // (A possessor's modifiers run back to its determiner: `The small group's general
        // secretary said`.)
        if let Some(d) = possessor_determiner(src, toks, a) {
            return Some((d, b));
        }
        // `Mrs. Clinton shook her head and said`: after a plain lower-case word the phrase is
        // an object, not the subject.
        let object = a > 0
            && toks.get(a - 1).is_some_and(|t| {
                t.is_word()
                    && !is_capitalized(t.text(src))
                    && !lexicon::EDGE_WORDS.has(t.text(src))
                    && !lexicon::INTRO_WORDS.has(t.text(src))
                    // (After a relative pronoun the phrase is its clause's subject: `a bill
                    // which critics say would …`.)
                    && !matches!(t.text(src), "which" | "that" | "who" | "whom")
            })
            && toks.get(a).is_some_and(|t| !is_capitalized(t.text(src)))
            // (`pollster Daron Shaw`, `regulator Ofcom` name someone even after a verb.)
            && toks.get(a..b).is_some_and(|w| {
                let named_after_head = match w {
                    [.., head, name] => {
                        is_lower_word(src, head)
                            && lexicon::np_classes(head.text(src)) & lexicon::np_class::HEAD != 0
                            && is_capitalized(name.text(src))
                            && !lexicon::WEEKDAYS.has(name.text(src))
                    }
                    _ => false,
                };
                w.iter().filter(|t| is_capitalized(t.text(src))).count() < 2 && !named_after_head
            })
            // (After an opening phrase with no verb the phrase is the subject: `After the
            // vote the committee said`, `Earlier this week the minister said`.)
            && !after_opening_phrase(src, toks, a);
        if !object {
            if let Some(r) = unclosed_appositive(src, toks, a, b) {
                return Some(r);
            }
            // (A place after people and a preposition is where they are: `Officials in
            // Washington said`, `Analysts at Barclays wrote`.)
            if let Some((p, _)) = people_before_place(src, toks, a) {
                return Some((p, b));
            }
            // (So is a description with an article after a name and its comma: `Jo Hale, a
            // Conservative former minister wrote on X`; but `Clinton, a top aide said, …` is
            // a parenthetical of its own, closed by the comma after its cue.)
            let described = toks.get(a).is_some_and(|t| {
                t.is_word() && matches!(lower_small(t.text(src)).as_str(), "a" | "an" | "the")
            }) && toks.get(a + 1..b).is_some_and(|w| {
                w.iter()
                    .any(|t| is_lower_word(src, t) && lexicon::PERSON_HEAD_WORDS.has(t.text(src)))
            }) && toks.get(end + 1).is_none_or(|t| t.punct != Some(','));
            // (The name opens its sentence or a clause: after a comma it may be a place,
            // `in Hudson, New Hampshire Monday, the Christie supporter retorted`.)
            let opens_clause = |n: usize| {
                n == 0
                    || toks.get(n - 1).is_some_and(|t| {
                        t.is_sentence_end()
                            || t.is_word() && lexicon::CLAUSE_CONJUNCTIONS.has(t.text(src))
                    })
                    // (Or after a sentence adverbial and its comma that open the sentence:
                    // `However, Matt Williams, a fund manager at …`.)
                    || n >= 2
                        && toks.get(n - 1).is_some_and(|t| t.punct == Some(','))
                        && toks.get(n - 2).is_some_and(|t| {
                            t.is_word()
                                && lexicon::SENTENCE_ADVERBIALS
                                    .iter()
                                    .any(|a| t.text(src).eq_ignore_ascii_case(a))
                        })
                        && (n == 2 || toks.get(n - 3).is_some_and(Tok::is_sentence_end))
            };
            if let Some(n) = described
                .then(|| name_before_description(src, toks, a))
                .flatten()
                .filter(|&n| opens_clause(n))
            {
                return Some((n, b));
            }
            // (A description with no name in it, after a comma, is the appositive of the
            // name before it, whose closing comma is missing: `Rhodri Glyn Thomas, Plaid
            // Cymru health spokesman said`.)
            // (Not one opening with a determiner: `Clinton, a top aide said,` is a
            // parenthetical of its own.)
            let nameless_description = toks.get(b - 1).is_some_and(|t| {
                is_lower_word(src, t) && lexicon::PERSON_HEAD_WORDS.has(t.text(src))
            }) && toks.get(a).is_some_and(|t| {
                is_capitalized(t.text(src)) && !lexicon::DETERMINERS.has(t.text(src))
            });
            // (Nor one that opens with its head in lower case and names where they work: `Howard
            // Archer, economist at Global Insight said`.)
            let head_first = toks.get(a).is_some_and(|t| {
                is_lower_word(src, t) && lexicon::PERSON_HEAD_WORDS.has(t.text(src))
            }) && toks
                .get(a + 1)
                .is_some_and(|t| t.is_word() && matches!(t.text(src), "at" | "of" | "for"));
            // (Nor a body's name after a person's and a comma: `Colin Asplin, Blackpool Hotel
            // Association said:` — where the person works.)
            let body_after_person = || {
                toks.get(a..b).is_some_and(|w| {
                    w.iter().all(|t| t.is_word() && is_capitalized(t.text(src)))
                        && w.iter().any(|t| lexicon::ORG_WORDS.has(t.text(src)))
                }) && a > 0
                    && toks.get(a - 1).is_some_and(|t| t.punct == Some(','))
                    && person_name_before(src, toks, a - 1)
            };
            if let Some(n) = (nameless_description || head_first || body_after_person())
                .then(|| name_before_description(src, toks, a))
                .flatten()
            {
                return Some((n, b));
            }
            // (Right after an opening word, a second article after a noun opens the subject:
            // `In its report the committee said`.)
            let opened = a > 0
                && toks.get(a - 1).is_some_and(|t| {
                    t.is_word()
                        && is_capitalized(t.text(src))
                        && lexicon::PHRASE_OPENERS.has(t.text(src))
                })
                && (a == 1 || toks.get(a - 2).is_some_and(Tok::is_sentence_end));
            let article = || {
                (a + 1..b.saturating_sub(1)).rev().find(|&i| {
                    toks.get(i)
                        .is_some_and(|t| matches!(t.text(src), "the" | "a" | "an"))
                        && toks.get(i - 1).is_some_and(|p| {
                            let w = p.text(src);
                            is_lower_word(src, p)
                                && !is_possessive(w)
                                && !lexicon::BEFORE_ARTICLE_IN_MENTION.has(w)
                                && !lexicon::DETERMINERS.has(w)
                        })
                })
            };
            if let Some(i) = opened.then(article).flatten() {
                return Some((i, b));
            }
            // (After a lower-case modifier, the phrase may open at a determiner before it:
            // `The double Olympic champion said`.)
            let modified = a > 0 && toks.get(a - 1).is_some_and(|t| is_lower_word(src, t));
            // (And a person's noun at the phrase's head keeps the nouns before it that the
            // tables do not know, back to the determiner that opens the clause: `A fund
            // manager at Acme Trust said`.)
            let compound = || {
                let person_head = toks.get(a).is_some_and(|t| {
                    is_lower_word(src, t) && lexicon::PERSON_HEAD_WORDS.has(t.text(src))
                });
                if !person_head {
                    return None;
                }
                let m = plain_modifiers_start(src, toks, a);
                let d = m.checked_sub(1).filter(|_| m < a)?;
                // (Or the capitalized words before them, a place, a body or a name's
                // possessive, with their determiner: `Former union leader Sir Bill Morris has
                // already accused`, `The Guardian's film critic said`, `Speaking from La
                // Manga, LTA performance director David Felgate told`.)
                if let Some(c) = named_modifiers_start(src, toks, m) {
                    return Some((c, b));
                }
                if !toks
                    .get(d)
                    .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src)))
                {
                    return None;
                }
                // (After a name and its comma the description is its appositive: `Matt
                // Williams, a fund manager at Perpetual Trustees said`.)
                let named = name_before_description(src, toks, d).filter(|&n| opens_clause(n));
                Some((named.unwrap_or(d), b))
            };
            return Some(
                modified
                    .then(determined)
                    .flatten()
                    .or_else(|| modified.then(compound).flatten())
                    .unwrap_or((a, b)),
            );
        }
        // (Unless a determiner opens the phrase: `The presidential candidate reiterated`.)
    }
    if let Some(r) = determined() {
        return Some(r);
    }
    // `Ms. Sherry smiled and said`: one verb and `and` between the subject and the cue.
    if end >= 3
        && toks
            .get(end - 1)
            .is_some_and(|t| lower_small(t.text(src)) == "and")
        && toks
            .get(end - 2)
            .is_some_and(|t| t.is_word() && !is_capitalized(t.text(src)))
    {
        let e = end - 2;
        let mut from = e;
        while from > 0 && e - from < MAX_NP && toks.get(from - 1).is_some_and(|t| np_word(src, t)) {
            from -= 1;
        }
        let (a, b) = trim_np(src, toks, from, e)?;
        return toks
            .get(a)
            .is_some_and(|t| is_capitalized(t.text(src)) || is_pronoun(src, t))
            .then_some((a, b));
    }
    None
}

/// Where the capitalized words right before `toks[m]` open (up to [`MAX_NAMED_MODIFIERS`],
/// the leading fillers `But` and `And` left out), with a determiner before them: `The
/// Guardian's` in `The Guardian's film critic`, `Former` in `Former union leader`. `None`
/// when there are none.
fn named_modifiers_start(src: &str, toks: &[Tok], m: usize) -> Option<usize> {
    let named = |t: &Tok| t.is_word() && is_capitalized(t.text(src)) && !is_leading_filler(src, t);
    let mut start = m;
    while start > 0 && m - start < MAX_NAMED_MODIFIERS && toks.get(start - 1).is_some_and(named) {
        start -= 1;
    }
    if start == m {
        return None;
    }
    let determiner = start.checked_sub(1).filter(|&d| {
        toks.get(d)
            .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src)))
    });
    Some(determiner.unwrap_or(start))
}

/// Where a phrase that opens with a lower-case possessive (`group's general secretary`)
/// opens, when modifiers stand between it and its determiner (`The small group's`, `the
/// political reform group's`): at that determiner, which opens a clause. A verb, a
/// preposition or a clause word between them ends the search (`shook the group's hand`).
fn possessor_determiner(src: &str, toks: &[Tok], a: usize) -> Option<usize> {
    let possessor = toks.get(a)?;
    if !is_lower_word(src, possessor) || !is_possessive(possessor.text(src)) {
        return None;
    }
    let modifier = |t: &Tok| {
        let w = t.text(src);
        is_lower_word(src, t)
            && lexicon::np_classes(w) == 0
            && !is_cue(w)
            && !is_auxiliary(src, t)
            && !is_past_tense_form(w)
            && !w.ends_with("ly")
            && !lexicon::PREPOSITIONS.contains(w)
            && !lexicon::NP_STOP.has(w)
            && !lexicon::RELATIVE_PRONOUNS.has(w)
    };
    let mut d = a;
    while d > 0 && a - d < MAX_POSSESSOR_MODIFIERS && toks.get(d - 1).is_some_and(modifier) {
        d -= 1;
    }
    let det = d.checked_sub(1)?;
    let opens_clause = det == 0
        || toks
            .get(det - 1)
            .is_some_and(|t| !t.is_word() || lexicon::EDGE_WORDS.has(t.text(src)));
    (d < a
        && opens_clause
        && toks
            .get(det)
            .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src))))
    .then_some(det)
}

/// Whether `toks[a]` follows an opening phrase with no verb in it at its sentence's start
/// (`After the vote`, `In its report on the work`, `Earlier this week`, `Later`): a
/// preposition or time word that opens such phrases, capitalized, then no cue, auxiliary,
/// past tense, clause word or comma up to `a`.
fn after_opening_phrase(src: &str, toks: &[Tok], a: usize) -> bool {
    let Some(before) = toks.get(..a) else {
        return false;
    };
    let start = sentence_start(before, before.len());
    let Some(phrase) = before.get(start..) else {
        return false;
    };
    let Some((first, rest)) = phrase.split_first() else {
        return false;
    };
    let w = first.text(src);
    first.is_word()
        && is_capitalized(w)
        && lexicon::PHRASE_OPENERS.has(w)
        && rest.len() <= MAX_NP
        && rest.iter().enumerate().all(|(i, t)| {
            let w = t.text(src);
            let past_tense = is_past_tense_form(w);
            // (Right after the opener, `that` and `which` are determiners: `At that point`.)
            let determiner = i == 0 && matches!(w, "that" | "which");
            t.is_word()
                && !is_cue(w)
                && !is_auxiliary(src, t)
                && !past_tense
                && (determiner || !lexicon::RELATIVE_PRONOUNS.has(w))
                && !lexicon::SUBORDINATORS.has(w)
        })
}

/// `MP for Henley-on-Thames, Oxfordshire,`, `from Truro, Cornwall,`: a name of one or two
/// words right after a comma that follows a place named after a preposition is the wider
/// place (county, state, country), not a person in apposition.
fn wider_place(src: &str, toks: &[Tok], s: usize, seg_end: usize) -> bool {
    let capitalized = |t: &Tok| t.is_word() && is_capitalized(t.text(src));
    if seg_end - s > 2
        || !toks
            .get(s..seg_end)
            .is_some_and(|seg| seg.iter().all(capitalized))
        || s < 3
        || toks.get(s - 1).is_none_or(|t| t.punct != Some(','))
    {
        return false;
    }
    let mut r = s - 1;
    while r > 0 && s - 1 - r < MAX_PLACE_WORDS && toks.get(r - 1).is_some_and(capitalized) {
        r -= 1;
    }
    r < s - 1
        && r > 0
        && toks
            .get(r - 1)
            .is_some_and(|t| t.is_word() && lexicon::PLACE_PREPOSITIONS.has(t.text(src)))
}

/// `Rep. Chris Collins, R-NY, says`: a party's letter and a state or a town after a
/// lawmaker's name, between commas, is no one in apposition (one or two words after the
/// hyphen, each capitalized).
fn party_designation(src: &str, toks: &[Tok], s: usize, seg_end: usize) -> bool {
    let (Some(first), Some(last)) = (
        toks.get(s),
        seg_end.checked_sub(1).and_then(|e| toks.get(e)),
    ) else {
        return false;
    };
    let text = sub(src, first.start, last.end);
    let Some(place) = text
        .strip_prefix(['R', 'D', 'I'])
        .and_then(|t| t.strip_prefix('-'))
    else {
        return false;
    };
    place.split(' ').count() <= 2
        && place.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        })
}

/// `Dr Erel Avineri, of the Centre for Transport and Society … in Bristol said`: a name after
/// a preposition, in an appositive whose closing comma is missing, is no subject; the name
/// before the appositive's comma is, and the mention runs from it to the cue.
fn unclosed_appositive(src: &str, toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    let before = a.checked_sub(1).and_then(|p| toks.get(p))?;
    if !(before.is_word() && lexicon::PREPOSITIONS.has(before.text(src))) {
        return None;
    }
    let lo = a.saturating_sub(MAX_APPOSITIVE);
    let window = toks.get(lo..a - 1)?;
    let c = lo + window.iter().rposition(|t| !t.is_word())?;
    if toks.get(c).is_none_or(|t| t.punct != Some(',')) {
        return None;
    }
    let opener = toks.get(c + 1).filter(|t| t.is_word())?;
    if !matches!(
        lower_small(opener.text(src)).as_str(),
        "of" | "from" | "at" | "a" | "an"
    ) {
        return None;
    }
    let (s, _) = np_backward(src, toks, c)?;
    let name = toks.get(s..c)?;
    (name.len() >= 2 && name.iter().all(|t| is_capitalized(t.text(src)))).then_some((s, b))
}

/// Where the name starts that a description at `toks[d..]` belongs to: `Katrina Bull, a
/// prospective parliamentary candidate`, `Gavin Cox of the excellent … website`.
fn name_before_description(src: &str, toks: &[Tok], d: usize) -> Option<usize> {
    let link = d.checked_sub(1)?;
    let t = toks.get(link)?;
    let of = t.is_word() && lower_small(t.text(src)) == "of";
    if !(of || t.punct == Some(',')) {
        return None;
    }
    let mut from = link;
    while from > 0 && link - from < MAX_NP && toks.get(from - 1).is_some_and(|t| np_word(src, t)) {
        from -= 1;
    }
    let (a, _) = trim_np(src, toks, from, link)?;
    let named = toks
        .get(a)
        .is_some_and(|t| is_capitalized(t.text(src)) && !is_leading_filler(src, t));
    // The name opens its clause (after a comma, `In Washington` is a phrase of place), or
    // follows a conjunction that opens one (`… while Jo Hale, a former minister wrote`).
    let opens = a == 0
        || toks.get(a - 1).is_some_and(|t| {
            !t.is_word()
                || of && lexicon::EDGE_WORDS.has(t.text(src))
                || !of && lexicon::CLAUSE_CONJUNCTIONS.has(t.text(src))
        });
    (named && opens).then_some(a)
}

/// In words before a cue that run on from a quote's sentence, the subject after their last
/// comma unless they open with a noun phrase and its comma or bracket (an appositive chain):
/// `… would help world economic recovery, the OECD said`, `The decision will have no
/// impact, the government said` — but `Mr Valentine, who was born …, agreed` and `Rep. Jim
/// Jordan (R-Ohio), an oversight panel member, said` keep their whole mention.
fn last_clause_subject(src: &str, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    let words = toks.get(a..b)?;
    let comma = words.iter().rposition(|t| t.punct == Some(','))?;
    let first_end = words.iter().position(|t| !t.is_word())?;
    // (A description of a person counts: `Google's chief human resources executive, Laszlo
    // Bock`.)
    let appositive = words
        .get(first_end)
        .is_some_and(|t| matches!(t.punct, Some(',' | '(')))
        && words.get(..first_end).is_some_and(|w| {
            !w.is_empty() && w.iter().all(|t| np_word(src, t) && !is_auxiliary(src, t))
                || person_description(src, w)
        });
    // (`One of the men, David Redvers, 34, from Hartpury, Gloucestershire`: a name between
    // commas is the subject the rest describes.)
    // (So is a short one ending in a full name: `tourist Joe Hyland, 18, from Truro,
    // Cornwall, told the BBC`.)
    let named_segment = words.get(..comma).is_some_and(|w| {
        w.split(|t| t.punct == Some(',')).any(|seg| {
            let capitalized = seg
                .iter()
                .rev()
                .take_while(|t| t.is_word() && is_capitalized(t.text(src)))
                .count();
            seg.len() >= 2 && capitalized == seg.len()
                || capitalized >= 2
                    && seg.len() <= MAX_NAMED_SEGMENT
                    && seg.iter().all(|t| t.is_word() && !is_auxiliary(src, t))
        })
    });
    if appositive || named_segment {
        return None;
    }
    // (A short description with a head the lexicon does not know is the subject all the
    // same: `…, the government has said`.)
    let last = a + comma + 1;
    let described = || {
        toks.get(last)
            .is_some_and(|t| t.is_word() && lexicon::DETERMINERS.has(t.text(src)))
            && b > last + 1
            && b - last <= MAX_SHORT_DESCRIPTION
            && toks
                .get(last..b)
                .is_some_and(|w| w.iter().all(|t| t.is_word() && !is_auxiliary(src, t)))
    };
    match trim_np(src, toks, last, b) {
        Some((s, _)) => Some(s),
        None => described().then_some(last),
    }
}

/// Words that describe a person and nothing else: a determiner, a possessive or a name
/// first, a person's head noun last, no function word between (`the White House press
/// secretary`; not `comment to a Jewish reporter`).
fn person_description(src: &str, w: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return false;
    };
    let t = first.text(src);
    let opens = lexicon::DETERMINERS.has(t)
        || is_possessive(t)
        || is_capitalized(t) && !is_leading_filler(src, first);
    opens
        && lexicon::PERSON_HEAD_WORDS.has(last.text(src))
        && w.iter()
            .all(|t| t.is_word() && !lexicon::EDGE_WORDS.has(t.text(src)))
}

/// The attribution of a paragraph that ends in a dash and a name after a closing mark
/// (`… evil.” ― Christina Lastra.`): the name, the dash its cue.
fn paragraph_end_dash(src: &str, para: Span) -> Option<Attribution> {
    const REACH: usize = 80;
    let mut from = para.start().max(para.end().saturating_sub(REACH));
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let tail = sub(src, from, para.end());
    let dash = tail.rfind(['—', '―', '–'])?;
    // (Right after a closing mark: a dash inside a sentence is no attribution.)
    let before = tail.get(..dash)?.trim_end_space();
    if !before.ends_with(['”', '"', '’']) {
        return None;
    }
    let toks = tokenize(src, from + dash, para.end());
    let k = toks.iter().position(Tok::is_word)?;
    let (a, b) = name_at(src, &toks, k)?;
    let closes = toks
        .get(b..)
        .is_some_and(|rest| rest.iter().all(|t| !t.is_word()));
    closes
        .then(|| attribution(src, &toks, (a, b), (0, k), Placement::Dash))
        .flatten()
}

/// The mention at `toks[k]` when it opens with a capital: the name after a dash (`“…” —
/// Commissioner Geoffrey Starks`).
fn name_at(src: &str, toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    np_forward(src, toks, k)
        .filter(|&(a, _)| toks.get(a).is_some_and(|t| is_capitalized(t.text(src))))
}

/// A signature glued to the dash before `toks[k]` that ends its paragraph, a reader's
/// handle in lower case (`—hlc1976`, `—sidna saavedra`): up to `MAX_SIGNATURE` words.
fn signature_at(src: &str, toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    let dash = toks.get(k.checked_sub(1)?)?;
    if toks.get(k)?.start != dash.end {
        return None;
    }
    let n = toks
        .get(k..)?
        .iter()
        .take(MAX_SIGNATURE + 1)
        .take_while(|t| t.is_word())
        .count();
    let end = toks.get(k + n.checked_sub(1)?)?.end;
    let rest = src.get(end..).unwrap_or("");
    let closes = rest
        .trim_start_matches([' ', '\t', '.'])
        .chars()
        .next()
        .is_none_or(|c| c == '\n' || c == '\r');
    (n <= MAX_SIGNATURE && closes).then_some((k, k + n))
}

/// Whether the words after a quote open a sentence of their own in brackets, which holds
/// no attribution of it: `“…right?” (An Arena Group spokesperson pointed back to …)`.
fn bracketed_sentence(src: &str, after: &[Tok]) -> bool {
    after.first().is_some_and(|t| t.punct == Some('('))
        && after
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| is_capitalized(t.text(src)))
}

/// An attribution in the window after a quote.
fn after_attribution(src: &str, toks: &[Tok], embedded: bool) -> Option<Attribution> {
    let mut k = 0;
    let mut dash = false;
    let mut dash_at = 0;
    while let Some(t) = toks.get(k) {
        match t.punct {
            Some(',' | ')' | '(' | ';' | '\'' | '"' | '’' | '”') => k += 1,
            Some('—' | '–' | '-' | '―') => {
                if !dash {
                    dash_at = k;
                }
                dash = true;
                k += 1;
            }
            _ => break,
        }
    }
    if bracketed_sentence(src, toks) {
        return None;
    }
    // cue np: `said the third official`, `according to Price`. A participle (`, adding that
    // …`) is followed by what was said, not by who said it.
    let participle = toks.get(k).is_some_and(|t| t.text(src).ends_with("ing"));
    // (Nor does a verb that takes an object invert, or one whose object is the hearer:
    // `“Dark Waters” describes the fight of a lawyer`, `tells the story of`.)
    let takes_object = || {
        toks.get(k).is_some_and(|t| {
            let w = t.text(src);
            // (`said` and `says`, most cues, are not: no lookup.)
            t.is_word() && !matches!(w, "said" | "says") && lexicon::NON_INVERTING_CUES.has(w)
        })
    };
    if let Some((cend, according)) =
        cue_after(src, toks, k).filter(|(_, acc)| *acc || !participle && !takes_object())
    {
        // (`said the candidate could be …`: an auxiliary makes the words after the cue a
        // clause of what was said, not the one who said it.)
        // (Nor does a relative pronoun name anyone: in `“…” – questions that speak of …`
        // the cue word is a noun.)
        // (Nor does the clause `that` opens: `- noted that the company offers …`.)
        let np = np_forward_loose(src, toks, cend).filter(|&(a, _)| {
            !toks.get(a).is_some_and(|t| {
                is_lower_word(src, t) && lexicon::RELATIVE_PRONOUNS.has(t.text(src))
            }) && !toks
                .get(cend)
                .is_some_and(|t| is_lower_word(src, t) && t.text(src) == "that")
        });
        if np.is_some_and(|(a, b)| !according && reports_a_clause(src, toks, a, b)) {
            // The speaker stands before the quote, if anywhere.
            return None;
        }
        if let Some((a, b)) = np {
            return attribution(src, toks, (a, b), (k, cend), placement_after(according));
        }
    }
    // np cue: `Price said`, `the official told reporters`. (Not when `and` or `but` joins
    // the cue's clause: `“…,” but he denied that …`, `“…” But Sky denied the programme
    // breached …` make a new statement; `“…” and against the law, Clinton said` goes on
    // with the quoted one.)
    let coordinated = toks
        .get(k)
        .is_some_and(|t| t.is_word() && lexicon::COORDINATORS.has(t.text(src)));
    // (Nor in a subordinate clause: `“That makes me smart,” when Clinton blasted him`, `“…”
    // But when reporters say to me …`; but `as Clinton said` attributes, and so does `before
    // the incident, she said`.)
    let subordinator_at = |i: usize| {
        toks.get(i)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::SUBORDINATORS.has(t.text(src)))
    };
    // (Capitalized, one opens the next sentence: `“…” If they say ‘quick’, the referee …`.)
    let opening_subordinator = toks.get(k).is_some_and(|t| {
        t.is_word() && is_capitalized(t.text(src)) && lexicon::SUBORDINATORS.has(t.text(src))
    });
    let subordinate = subordinator_at(k)
        || opening_subordinator
        || coordinated
            && toks.get(k + 1).is_some_and(|t| t.text(src) != "as")
            && subordinator_at(k + 1);
    let limit = toks.len().min(k + 3 * MAX_NP);
    // (Inside a relative clause between commas a cue is that clause's: `the official, who
    // asked not to be named, said`. One whose closing comma is missing may hold the cue:
    // `Katie Packer, who is chairman of Our Principles Pac said`.)
    let mut relative = false;
    for c in (k + 1)..limit {
        let Some(t) = toks.get(c) else { break };
        if t.punct == Some(',') {
            relative = false;
        } else if toks.get(c - 1).is_some_and(|p| p.punct == Some(','))
            && is_lower_word(src, t)
            && lexicon::RELATIVE_PRONOUNS.has(t.text(src))
        {
            relative = toks
                .get(c + 1..limit)
                .is_some_and(|rest| rest.iter().any(|t| t.punct == Some(',')));
        }
        // (A participle has no subject before it: in `“…” And then Trump went on the
        // attack, saying, “…”` it introduces the next quote.)
        // (But one after a passive of perception is the subject's: `“…,” the singer is heard
        // saying`, `Jones can be seen telling` — the cue from the passive's auxiliary on.)
        // (Read once, only for a cue: most words are none.)
        let found = cue_after(src, toks, c).and_then(|(cend, according)| {
            // (Nor an infinitive: `“…” to encourage drivers to continue to pay attention`.)
            let infinitive = !according
                && c.checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|t| is_lower_word(src, t) && t.text(src) == "to");
            if relative || infinitive {
                return None;
            }
            let perceived = perception_passive(src, toks, c);
            let participle = !according
                && perceived.is_none()
                && toks.get(c).is_some_and(|t| t.text(src).ends_with("ing"));
            (!participle).then_some((cend, according, perceived.unwrap_or(c)))
        });
        if let Some((cend, according, c)) = found {
            if according {
                break;
            }
            if subordinate
                && toks
                    .get(k..c)
                    .is_some_and(|w| w.iter().all(|t| t.punct != Some(',')))
            {
                return None;
            }
            // `“…” the country’s missile programs, said State Department spokesperson
            // Matthew Miller.`: words in lower case that go on with the quote's sentence,
            // then a comma and an inverted cue with a name after it: the name speaks.
            if let Some(inverted) = inverted_after_comma(src, toks, k, c, cend, embedded) {
                return Some(inverted);
            }
            // Everything between the quote and the cue is the mention: `Price said`,
            // `the conservative-leaning newspaper wrote`, `Jeff Sessions, a close advisor to
            // Trump, told AFP`.
            let (a, b) = loose_subject(src, toks, k, c)?;
            // (With no subject after its last comma, words whose first part is a clause —
            // an auxiliary or a subordinator there — are no mention: `“…,” the nominee
            // riffed on whether Clinton was honest, drawing applause and laughs`.)
            let clause_first = || {
                toks.get(a..b).is_some_and(|w| {
                    w.iter().take_while(|t| t.punct != Some(',')).any(|t| {
                        is_auxiliary(src, t)
                            || is_lower_word(src, t) && lexicon::SUBORDINATORS.has(t.text(src))
                    })
                })
            };
            let a = match last_clause_subject(src, toks, a, b) {
                Some(s) => s,
                None if clause_first() => return None,
                None => a,
            };
            // (Nor one a subordinator opens after other words: the clause is not the
            // sentence's, whose own subject said nothing: `“…” The new government, led by
            // the Congress Party, was voted into power after it pledged to …`.)
            if a > k + 1 && subordinator_at(a - 1) {
                return None;
            }
            // (Nor one that opens right after a subordinator, past an appositive: `the ''Buffett
            // rule'' after Warren E. Buffett, the billionaire investor, complained that …`.)
            if (coordinated || subordinate) && a == k + 1 || clause_in_mention(src, toks, a, b) {
                return None;
            }
            let b = adverbial_clause_start(src, toks, a, b).unwrap_or(b);
            return attribution(src, toks, (a, b), (c, cend), Placement::After);
        }
        // (The marks a mention may hold go on: `Ivo Geijsen, an analyst with Bank Oyens & Van
        // Eeghen, told Bloomberg`.)
        if toks.get(c).is_some_and(|t| {
            !t.is_word()
                && !matches!(t.punct, Some(',' | '(' | ')' | '-' | '&' | '\'' | '’'))
                && !long_dash(t)
        }) && !currency_sign_at(src, toks, c)
        {
            break;
        }
    }
    // `“…” — Commissioner Geoffrey Starks`
    if dash {
        // The dash itself is the cue: it is what says who spoke.
        // (Or a reader's handle signed in lower case: `“…” —hlc1976`.)
        let (a, b) = name_at(src, toks, k).or_else(|| signature_at(src, toks, k))?;
        return attribution(src, toks, (a, b), (dash_at, k), Placement::Dash);
    }
    None
}

/// Where the mention `toks[a..b]` ends when its last segment between commas is a phrase or
/// clause of time, no appositive: `Blunt, after a long pause, said`, `Smith, when asked
/// about it, said` (the comma before the segment).
fn adverbial_clause_start(src: &str, toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    let comma = (a + 1..b)
        .rev()
        .find(|&i| toks.get(i).is_some_and(|t| t.punct == Some(',')))?;
    toks.get(comma + 1)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::SUBORDINATORS.has(t.text(src)))
        .then_some(comma)
}

/// Whether the words `toks[a..b]` after a quote, read back from a cue, open with a word in
/// lower case that is no determiner, pronoun or number and hold a clause: a subordinator or
/// a [`lexicon::CLAUSE_MARKERS`] word, or a verb in `-ing` or `-ed` that no name follows (`“…”
/// headlines when early-state staff members were fired`, `“…” self, but it finally ventured
/// a guess`, `anti-Trump delegates reportedly erupted in a chorus of booing and loud chants`;
/// not `former Obama Education Secretary Arne Duncan told`, `retired Air Force general
/// Lloyd Newton said`, `deputy planning director Jose Leibovich said`).
fn clause_in_mention(src: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    let Some(words) = toks.get(a..b) else {
        return false;
    };
    let opens_bare = words.first().is_some_and(|t| {
        let w = t.text(src);
        is_lower_word(src, t)
            && !lexicon::DETERMINERS.has(w)
            && !is_pronoun(src, t)
            && !w.starts_with(|c: char| c.is_ascii_digit())
    });
    // (The words past a name and its comma describe the one named, and may hold a verb:
    // `spokeswoman Ana Ruiz, wearing a red scarf, said`.)
    let named = words
        .iter()
        .position(|t| t.punct == Some(','))
        .filter(|&c| {
            c >= 2
                && words
                    .get(c - 1)
                    .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
        });
    let words = named.and_then(|c| words.get(..c)).unwrap_or(words);
    opens_bare
        && words.iter().enumerate().any(|(i, t)| {
            let w = t.text(src);
            is_lower_word(src, t)
                && (lexicon::SUBORDINATORS.has(w)
                    // (Not the `to` of an office held toward another: `aides to Sanders`.)
                    || lexicon::CLAUSE_MARKERS.has(w) && !office_to_at(src, toks, a + i)
                    || (w.ends_with("ing") || is_past_tense_form(w))
                        && !lexicon::TITLE_PARTICIPLES.has(w)
                        && !words.get(i + 1).is_some_and(|n| {
                            n.is_word() && is_capitalized(n.text(src)) || title_head_word(src, n)
                        }))
        })
}

/// Whether the verb group `toks[v..end]` is a passive with no agent after it: a form of
/// `be` and a participle last (`Fears had been expressed that …`, `Blumenthal was asked,
/// “…”`): its subject underwent the verb, and no one is named who spoke. (Not before `to`,
/// whose verb is the subject's: `Respondents are obliged to disclose:`, `Obama is reported
/// to have called the Saudis “free riders”`; nor a participle of feeling, an adjective
/// there: `She is concerned too many children …`.)
fn agentless_passive(src: &str, toks: &[Tok], v: usize, end: usize) -> bool {
    let Some(group) = toks.get(v..end) else {
        return false;
    };
    group
        .iter()
        .any(|t| is_lower_word(src, t) && lexicon::BE_FORMS.has(t.text(src)))
        && group.last().is_some_and(|t| {
            let w = t.text(src);
            is_lower_word(src, t)
                && (is_past_tense_form(w) || lexicon::IRREGULAR_PARTICIPLES.contains(&w))
                && !lexicon::FEELING_PARTICIPLES.has(w)
        })
        && !toks
            .get(end)
            .is_some_and(|t| t.is_word() && matches!(t.text(src), "by" | "to"))
}

/// Where the passive of a verb of perception before a participle at `toks[c]` starts, with
/// its auxiliaries: `is heard` in `the singer is heard saying`, `can be seen` in `Jones can
/// be seen telling`.
fn perception_passive(src: &str, toks: &[Tok], c: usize) -> Option<usize> {
    let participle = c.checked_sub(1)?;
    let t = toks.get(participle)?;
    if !(is_lower_word(src, t) && lexicon::PERCEPTION_PASSIVES.has(t.text(src))) {
        return None;
    }
    let mut s = participle;
    while let Some(p) = s.checked_sub(1).and_then(|p| toks.get(p)) {
        let w = p.text(src);
        if is_lower_word(src, p) && (lexicon::BE_FORMS.has(w) || lexicon::AUXILIARIES.has(w)) {
            s -= 1;
        } else {
            break;
        }
    }
    // (A passive: a form of `be` among the auxiliaries.)
    toks.get(s..participle)
        .is_some_and(|w| w.iter().any(|t| lexicon::BE_FORMS.has(t.text(src))))
        .then_some(s)
}

/// `toks[k..c]`, the words after a quote up to a cue at `toks[c..cend]`, as the end of the
/// quote's sentence before an inverted attribution (`…, said Matthew Miller`): no pronoun
/// among them, and no capital unless the quote is `embedded` in its sentence, a comma right
/// before the cue, and a name after it to the sentence's end or a comma. (`the official, who asked not to be named, said` has no name after the cue.)
fn inverted_after_comma(
    src: &str,
    toks: &[Tok],
    k: usize,
    c: usize,
    cend: usize,
    embedded: bool,
) -> Option<Attribution> {
    let comma = c.checked_sub(1).and_then(|p| toks.get(p))?.punct == Some(',');
    // (After a quote embedded in its sentence names may stand in the rest of it: `“directly
    // fund” North Korea’s weapons programs, said …`.)
    let lower = toks
        .get(k..c)?
        .iter()
        .all(|t| !t.is_word() || (embedded || !is_capitalized(t.text(src))) && !is_pronoun(src, t));
    if !(comma && lower)
        || toks
            .get(c)
            .is_some_and(|t| lexicon::HEARER_CUES.has(t.text(src)))
    {
        return None;
    }
    let (a, b) = np_forward_loose(src, toks, cend)?;
    let named = toks.get(a..b)?.iter().any(|t| {
        let w = t.text(src);
        t.is_word() && is_capitalized(w) && !lexicon::WEEKDAYS.has(w) && !lexicon::MONTHS.has(w)
    });
    let closes = toks.get(b).is_none_or(|t| t.punct == Some(','));
    (named && closes && !reports_a_clause(src, toks, a, b))
        .then(|| attribution(src, toks, (a, b), (c, cend), Placement::After))
        .flatten()
}

/// The attribution in the words after a quote (`after`, its sentence), unless those words
/// belong to another statement. After a quote that `closed` its sentence (`.` `!` `?`):
/// words that run `into_next` quote and end in a colon introduce that one (`“We are
/// refugees.” Mr. Zahed said: “…”`; after a comma they attribute both: `“…,” Mr. Thomas
/// said: “…”`), and a cue followed by a clause of its own (an auxiliary or `that` before any
/// comma) reports something else (`“…” He says referees are throwing flags`), and so does
/// a subject's cue that takes an object (`“…” The government has announced plans to cut …`).
/// A quote that goes on from one `reopened` (see the caller) takes no cue after a clause.
fn attribution_after_quote(
    src: &str,
    after: &[Tok],
    closed: bool,
    into_next: bool,
    embedded: bool,
    reopened: impl FnOnce() -> bool,
) -> Option<Attribution> {
    if closed
        && into_next
        && after
            .last()
            .is_some_and(|t| matches!(t.punct, Some(':' | ',')))
    {
        return None;
    }
    let a = after_attribution(src, after, embedded)?;
    // (A noun for the words in apposition after them, and the clause that describes it, is
    // no speaker: `“poisoning the blood of our country,” a phrase critics have said is …`.)
    if describes_the_words(&a.mention.text) {
        return None;
    }
    // (After a quote that ends its sentence, `According to X,` and a clause open the next
    // sentence and attribute it: `“…” According to analysts Nielsen//NetRatings, more than
    // …`.)
    if closed && a.placement == Placement::AccordingTo {
        let opens_next = after
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| t.text(src) == "According");
        // (The comma closes the phrase a few tokens on at most: `Nielsen//NetRatings,`.)
        let clause_after = after
            .iter()
            .position(|t| t.start >= a.mention.span.end())
            .and_then(|i| {
                let near = after.get(i..(i + MAX_AFTER_ACCORDING).min(after.len()))?;
                near.iter()
                    .position(|t| t.punct == Some(','))
                    .map(|c| i + c)
            })
            .is_some_and(|c| after.get(c + 1).is_some_and(Tok::is_word));
        if opens_next && clause_after {
            return None;
        }
    }
    if !closed || a.placement != Placement::After {
        return Some(a);
    }
    // A quotation that goes on from one introduced before it keeps that speaker against a
    // cue after a clause of the next sentence: in `"…." Council tax payers are not eligible,
    // officials have stressed.` the officials report something else.
    // (The words first: most attributions after a quote open right after it.)
    let words_before = after
        .iter()
        .take_while(|t| {
            t.start < a.mention.span.start()
                && a.cue.as_ref().is_none_or(|c| t.start < c.span.start())
        })
        .any(Tok::is_word);
    if words_before && reopened() {
        return None;
    }
    let Some(cue) = &a.cue else {
        return Some(a);
    };
    // (A cue after a modal opens a statement of what someone would or should do, no report
    // of the quote: `the year of “quiet luxury.” The idea that affluence should whisper, not
    // shout, …`; a speech given ahead is reported so after a comma, `“…,” he will say.`)
    if after
        .iter()
        .take_while(|t| t.start < cue.span.start())
        .last()
        .is_some_and(|t| t.is_word() && lexicon::MODALS.has(t.text(src)))
    {
        return None;
    }
    let from = cue.span.end().max(a.mention.span.end());
    // (A verb of beginning or going on with more words after it starts or goes on with
    // something else: in `"…." Auditions begin in Canada on Thursday` no one spoke.)
    let aspect = cue
        .text
        .rsplit(' ')
        .next()
        .is_some_and(|w| lexicon::ASPECT_CUES.has(w));
    if aspect
        && after
            .iter()
            .find(|t| t.start >= from)
            .is_some_and(Tok::is_word)
    {
        return None;
    }
    let reports_a_clause = after
        .iter()
        .skip_while(|t| t.start < from)
        .take_while(|t| t.punct != Some(','))
        .take(6)
        .any(|t| t.is_word() && t.text(src) == "that" || is_auxiliary(src, t));
    // (An object: any word in lower case after the cue but a pronoun, an adverb, a word of
    // time or place ([`lexicon::CUE_ADJUNCTS`]) or what opens an object clause, and a
    // determiner but before a time; a hearer, the object of `told`, still lets the cue close
    // the attribution.)
    // (A verb of judging or any other that takes an object takes a name for one too; read
    // only when a capitalized word follows the cue.)
    let takes_a_name = || {
        cue.text.rsplit(' ').next().is_some_and(|w| {
            with_lower(w, |lw| verb_base(lw, lexicon::JUDGING_CUES).is_some())
                || lexicon::NON_INVERTING_CUES.has(w)
        })
    };
    let takes_object = a.mention.span.end() <= cue.span.start()
        && !lexicon::HEARER_CUES.has(cue.text.as_str())
        && after.iter().position(|t| t.start >= from).is_some_and(|i| {
            // (`“…” Critics had accused Mr Hariri of …`; `“It was an old dance injury.” The
            // legal submission described Spears as “…”`: the submission describes someone
            // else.)
            if after
                .get(i)
                .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
                && takes_a_name()
            {
                return true;
            }
            // (So is a name's possessive before its noun: `Bullock echoed McIntyre's
            // sentiments.`)
            let owner = after.get(i).is_some_and(|t| {
                t.is_word() && is_capitalized(t.text(src)) && is_possessive(t.text(src))
            });
            if owner && after.get(i + 1).is_some_and(|t| is_lower_word(src, t)) {
                return true;
            }
            let Some(t) = after.get(i).filter(|t| is_lower_word(src, t)) else {
                return false;
            };
            let w = t.text(src);
            if lexicon::DETERMINERS.has(w) {
                // (A determiner opens an object or a clause, but not a time: `said the
                // next day`, `said this week`.)
                return !after
                    .get(i + 1..i + 3)
                    .is_some_and(|n| n.iter().any(|t| lexicon::TIME_NOUNS.has(t.text(src))));
            }
            !w.ends_with("ly")
                && !is_pronoun(src, t)
                && !lexicon::CUE_ADJUNCTS.has(w)
                && !lexicon::OBJECT_OPENERS.has(w)
                && !lexicon::CUE_ADVERBS.has(w)
        });
    (!reports_a_clause && !takes_object).then_some(a)
}

/// The words a quote's sentence goes on with after it, when that sentence ends in an
/// attribution after a comma: `“…” about fixing inequality, said Marla Kilfoyle, executive
/// director of …`, `“…” because she would expand her lead, he said.` The inverted form (`said
/// X`, `according to X`) may go on with an appositive or a relative clause about X; in the
/// plain one (`he said`) the cue ends the sentence but for a few words (`told reporters`,
/// `said in an interview`).
fn closing_attribution(src: &str, after: &[Tok]) -> Option<Attribution> {
    // (The sentence goes on in lower case: `“…,” Digital prints cost less …, said Ms Deans`
    // lost a paragraph break, `“….’” But he changed his mind, the book claims` is another
    // sentence.)
    if !after.first().is_some_and(|t| is_lower_word(src, t)) {
        return None;
    }
    comma_attribution(src, after)
}

/// The attribution a sentence (`toks`, from its start or from a quote in it) ends with after
/// a comma: `…, said Marla Kilfoyle, executive director of …`, `…, he said.`, `…, Jack
/// Straw said.` (see [`closing_attribution`]).
fn comma_attribution(src: &str, after: &[Tok]) -> Option<Attribution> {
    // (The first comma after a word: one right after the quote is `after_attribution`'s. A
    // few commas at most: each tries a few dozen words for a cue.)
    let commas = after
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, t)| t.punct == Some(','))
        .map(|(c, _)| c)
        .take(MAX_CLOSING_COMMAS);
    for c in commas {
        let tail = after.get(c + 1..).unwrap_or(&[]);
        let Some(first) = tail.first().filter(|t| t.is_word()) else {
            continue;
        };
        // `, said X`, `, according to X` (not `, told Bloomberg`: the hearer)
        let w = first.text(src);
        let according_to = w == "according";
        if according_to || !is_capitalized(w) && !w.ends_with("ing") && !lexicon::HEARER_CUES.has(w)
        {
            if let Some((cend, according)) = cue_after(src, tail, 0) {
                let Some((a, b)) = np_forward_loose(src, tail, cend) else {
                    continue;
                };
                if reports_a_clause(src, tail, a, b)
                    || tail.get(b).is_some_and(|t| t.punct != Some(','))
                {
                    continue;
                }
                return attribution(src, tail, (a, b), (0, cend), placement_after(according));
            }
        }
        // `, he said.`, `, Ivo Geijsen, an analyst with the bank, told Bloomberg.`: the cue is
        // the sentence's last verb, a few words from its end.
        let closes = |i: usize| {
            let Some((cend, false)) = cue_after(src, tail, i) else {
                return None;
            };
            let rest = tail.get(cend..).unwrap_or(&[]);
            let plain = rest.len() <= MAX_CLOSING_REST
                && rest
                    .iter()
                    .all(|t| t.is_word() && t.text(src) != "that" && !is_auxiliary(src, t));
            plain.then_some((i, cend))
        };
        let Some((cue, cend)) = (1..tail.len().min(MAX_CLOSING_MENTION + 1)).find_map(closes)
        else {
            continue;
        };
        // (A mention with a head: `the most of any state.` is no one stating; and no clause:
        // `anti-Trump delegates reportedly erupted in a chorus of booing and loud chants of`.)
        let Some((a, b)) = loose_subject(src, tail, 0, cue).filter(|&(a, b)| {
            a == 0
                && tail
                    .get(a..b)
                    .is_some_and(|w| w.iter().any(|t| is_pronoun(src, t) || np_head(src, t)))
                && !clause_in_mention(src, tail, a, b)
        }) else {
            continue;
        };
        return attribution(src, tail, (a, b), (cue, cend), Placement::After);
    }
    None
}

/// `“…,” the editorial read.` / `“…,” beamed Donald Hartley.`: a short clause after the
/// quote with a verb the lexicon does not know (a lower-case word in `-ed`/`-s`, or a past
/// form such as `read`, `began`); none in a bracketed sentence of its own
/// ([`bracketed_sentence`]).
fn verb_after(src: &str, toks: &[Tok], k: usize) -> Option<Attribution> {
    if bracketed_sentence(src, toks) {
        return None;
    }
    let clause = toks.get(k..)?;
    // (Nor a noun phrase joined by `and` or `but`: `the closure of many “superclubs,” and
    // the folding of three dance music magazines` goes on with the phrase the quote is in;
    // a pronoun there may speak: `“We stay home,” and then she shrugged`.)
    let lower = |i: usize, table: &lexicon::Lexicon| {
        clause
            .get(i)
            .is_some_and(|t| is_lower_word(src, t) && table.has(t.text(src)))
    };
    let joined = lower(0, &lexicon::COORDINATORS) && lower(1, &lexicon::DETERMINERS);
    if clause.is_empty()
        || joined
        || clause.len() > 14
        || clause.iter().any(|t| !t.is_word() && t.punct != Some(','))
    {
        return None;
    }
    let verbish = |t: &Tok| {
        let w = t.text(src);
        !is_capitalized(w)
            && !is_possessive(w)
            && (w.ends_with("ed")
                || w.ends_with('s') && w.len() > 3
                || matches!(w, "read" | "began" | "wrote" | "went" | "cried" | "shot"))
    };
    // `NP verb …`
    // (Further past an appositive between commas: `Karen Seetal, an organizer on a
    // fundraising page, shared on Nov. 13.`)
    let appositive_before = |i: usize| {
        toks.get(k..i)
            .is_some_and(|w| w.iter().filter(|t| t.punct == Some(',')).count() >= 2)
    };
    // (A word right after an article or a possessive is its noun, whatever its ending, and
    // the words are no clause: `“…,” the prompts “…”`.)
    let after_determiner = |i: usize| {
        toks.get(i.wrapping_sub(1)).is_some_and(|t| {
            let w = t.text(src);
            matches!(w, "the" | "a" | "an") || is_possessive_determiner(w)
        })
    };
    if let Some(v) = (k + 1..toks.len().min(k + 16))
        .find(|&i| {
            toks.get(i)
                .is_some_and(|t| verbish(t) && !lexicon::NOMINAL_HEADS.has(t.text(src)))
                && (i < k + 10 || appositive_before(i))
        })
        .filter(|&v| !after_determiner(v))
    {
        if let Some((a, b)) = loose_subject(src, toks, k, v) {
            // (A pronoun right after a noun opens a relative clause with its `that` left
            // out: `… the nation it charters` names no speaker.)
            let relative = b == a + 1
                && a >= k + 2
                && toks.get(a).is_some_and(|t| is_pronoun(src, t))
                && toks.get(a - 1).is_some_and(|t| {
                    is_lower_word(src, t) && !lexicon::DETERMINERS.has(t.text(src))
                })
                && toks
                    .get(a.saturating_sub(3).max(k)..a - 1)
                    .is_some_and(|d| d.iter().any(|t| lexicon::DETERMINERS.has(t.text(src))));
            if relative {
                return None;
            }
            return attribution(src, toks, (a, b), (v, v + 1), Placement::After);
        }
    }
    // `verb NP`: `beamed Donald Hartley`
    if toks.get(k).is_some_and(verbish)
        && toks
            .get(k + 1)
            .is_some_and(|t| is_capitalized(t.text(src)) || lexicon::DETERMINERS.has(t.text(src)))
    {
        let (a, b) = np_forward_loose(src, toks, k + 1)?;
        return attribution(src, toks, (a, b), (k, k + 1), Placement::After);
    }
    None
}

/// Whether `t` is a long dash (em, en or horizontal bar), which may set off an appositive
/// in a mention in pairs (see [`loose_subject`]).
fn long_dash(t: &Tok) -> bool {
    matches!(t.punct, Some('—' | '–' | '―'))
}

/// `toks[from..cue]` as a mention, when it reads as one: it opens with a name, a
/// determiner or a pronoun, holds no clause punctuation, and ends before adverbs.
fn loose_subject(src: &str, toks: &[Tok], from: usize, cue: usize) -> Option<(usize, usize)> {
    let mut end = before_cue_adverbs(src, toks, from, cue);
    // An adverb in `-ly` right after a name or pronoun: `Ashley excitedly added`, `she
    // jokingly tells`.
    if end > from + 1
        && toks
            .get(end - 1)
            .is_some_and(|t| is_lower_word(src, t) && is_ly_adverb(t.text(src)))
        && toks
            .get(end - 2)
            .is_some_and(|t| is_capitalized(t.text(src)) || is_pronoun(src, t))
    {
        end -= 1;
    }
    // `… is set to announce`, `… used the incident to highlight`: a cue in the infinitive
    // after another verb is no attribution (`went on to say` is, its words all adverbs).
    let infinitive = toks
        .get(end..cue)
        .is_some_and(|w| w.iter().any(|t| t.text(src) == "to"));
    if infinitive
        && end > from
        && toks
            .get(end - 1)
            .is_some_and(|t| t.is_word() && !is_capitalized(t.text(src)) && !np_head(src, t))
    {
        return None;
    }
    while end > from && toks.get(end - 1).is_some_and(|t| t.punct == Some(',')) {
        end -= 1;
    }
    // `Andrei Vell - then adviser to President Ivan Rook - told`: a description between two
    // dashes right before the cue is an appositive, and the subject is the name before it
    // (not the last name inside it). A long dash stands in a mention only so (see `clean`
    // below): in `“…” after Sen. Ann Rook, who …, — they say` the words past it are a
    // clause of their own.
    let dash = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.punct == Some('-') || long_dash(t))
    };
    // (The dashes before it read only when one closes the words: most mentions end in a
    // name. Exactly one more, not the first word.)
    let opening = (end > from + 2 && dash(end - 1))
        .then(|| {
            let mut before = (from..end - 1).filter(|&i| dash(i));
            match (before.next(), before.next()) {
                (Some(o), None) if o > from => Some(o),
                _ => None,
            }
        })
        .flatten();
    if let Some(o) = opening {
        end = o;
    }
    let mut from = from;
    while from < end
        && toks
            .get(from)
            .is_some_and(|t| t.is_word() && lexicon::EDGE_WORDS.has(t.text(src)))
    {
        from += 1;
    }
    // (An introductory word and its comma: `Meanwhile, Gerrard urged`, `Later, the prime
    // minister's official spokesman urged`.)
    if toks
        .get(from)
        .is_some_and(|t| t.is_word() && lexicon::INTRO_WORDS.has(t.text(src)))
        && toks.get(from + 1).is_some_and(|t| t.punct == Some(','))
        && from + 2 < end
    {
        from += 2;
    }
    let slice = toks.get(from..end)?;
    let first = slice.first()?;
    // (A subordinate clause is no subject: `“Eliza effect,” whereby people humanize
    // computed behavior`; but `though,` alone is an adverb: `“…,” though, Allen did
    // suggest`. A relative pronoun stays: its antecedent is the quote, the object of what
    // the subject after it says, `“…,” which Mozloom thinks will cost jobs`.)
    let clause_word = is_lower_word(src, first)
        && slice.get(1).is_some_and(Tok::is_word)
        && lexicon::SUBORDINATORS.has(first.text(src));
    let opens = first.is_word() && !clause_word;
    // (A plural possessive's mark stands alone: `Sanders' campaign manager`.)
    let clean = (from..end).all(|i| {
        toks.get(i).is_some_and(|t| {
            t.is_word()
                || matches!(t.punct, Some(',' | '(' | ')' | '-' | '&' | '\'' | '’'))
                || currency_sign_at(src, toks, i)
        })
    });
    if !opens
        || !clean
        || slice.len()
            > if slice.iter().any(|t| t.punct == Some(',')) {
                32
            } else {
                18
            }
    {
        return None;
    }
    // `EduVision is planning to include … and add`, `Turkey must issue a statement,
    // promising`: with a finite verb and no comma the words are a clause, not a subject (an
    // auxiliary right before the cue was left out above: `Price has said`; after a comma a
    // subject may follow one: `… are sickening, Hollande said`).
    if slice.iter().all(|t| t.punct != Some(',')) && slice.iter().any(|t| is_auxiliary(src, t)) {
        return None;
    }
    // `… to a double fault by shouting`: after a preposition the cue is a gerund, with no
    // subject of its own.
    if slice
        .last()
        .is_some_and(|t| is_lower_word(src, t) && lexicon::PREPOSITIONS.has(t.text(src)))
    {
        return None;
    }
    // `It was, he said`: a pronoun right before the cue is its subject.
    if slice.last().is_some_and(|t| is_pronoun(src, t)) {
        return Some((end - 1, end));
    }
    if is_pronoun(src, first) {
        // `He could then return … and they say` is a clause, not a subject.
        return None;
    }
    // `Sharpton avoided a declarative answer`: a verb before an article makes the words a
    // clause. (An article in lower case: `the think-tank The Brookings Institution` is a
    // name. Not past a comma: an appositive or a relative clause describes the subject,
    // `Mr. Guerrero, who is an actor, said`.)
    let head = slice
        .iter()
        .position(|t| t.punct == Some(','))
        .map_or(slice, |c| slice.get(..c).unwrap_or(&[]));
    if head.windows(2).any(|w| {
        w.first().zip(w.get(1)).is_some_and(|(v, a)| {
            a.is_word()
                && matches!(a.text(src), "a" | "an" | "the")
                && is_lower_word(src, v)
                && !lexicon::BEFORE_ARTICLE_IN_MENTION.has(v.text(src))
                && !lexicon::DETERMINERS.has(v.text(src))
                && !is_possessive(v.text(src))
        })
    }) {
        return None;
    }
    // `Speaking at a conference in Birmingham, Johnson argued`: a participle phrase; so is
    // one in lower case after the quote (`“…” — enabling Israel to continue`), but not a
    // title's (`“…,” managing director Kendall Fells told`).
    let participle = || {
        let w = first.text(src);
        w.len() > 4 && w.ends_with("ing") && !is_capitalized(w)
    };
    if (opens_with_participle(src, slice) || participle()) && !title_participle_at(src, toks, from)
    {
        return None;
    }
    // `the board said`, `the conservative-leaning newspaper wrote`: a determiner opens it.
    let determined = lexicon::DETERMINERS.has(first.text(src)) && slice.len() <= 6;
    (determined || slice.iter().any(|t| np_head(src, t))).then_some((from, end))
}

/// The last sentence of `toks` (the words between a quote and the one before it in its
/// paragraph) when it is one of its own: `toks` ends with it, and another sentence ends
/// before it (the one the earlier quote's attribution closes) or, when `opens_sentence`,
/// `toks` opens it (the earlier quote ended its own sentence).
fn sentence_between<'t>(src: &str, toks: &'t [Tok], opens_sentence: bool) -> Option<&'t [Tok]> {
    let end = toks.len().checked_sub(1)?;
    if !toks.get(end).is_some_and(Tok::is_sentence_end) {
        return None;
    }
    let from = match toks.get(..end)?.iter().rposition(Tok::is_sentence_end) {
        Some(i) => i + 1,
        None if opens_sentence => 0,
        None => return None,
    };
    let sentence = toks.get(from..end)?;
    let opens = sentence
        .first()
        .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)));
    (opens && sentence.len() >= 3).then_some(sentence)
}

/// The agent of a passive cue at `toks[c..cend]` (`by` and a name or description after
/// it): `None` when no `by` follows; `Some(Some(_))` when the agent speaks, the quote following
/// it (`a sapphire described by Sharon as “…”`, `as claimed by Doolittle, “…”`, `As explained
/// by the Cybersecurity and Infrastructure Security Agency (CISA), a SBOM is a “…”`);
/// `Some(None)` when the cue is a passive whose agent says nothing here (`described the
/// level of action as revealed by the report as “…”`). (Not `responded by discrediting`: a
/// manner.)
fn passive_agent(src: &str, toks: &[Tok], c: usize, cend: usize) -> Option<Option<Attribution>> {
    let by = toks
        .get(cend)
        .is_some_and(|t| is_lower_word(src, t) && t.text(src) == "by")
        && toks
            .get(cend + 1)
            .is_some_and(|t| !(is_lower_word(src, t) && t.text(src).ends_with("ing")));
    if !by {
        return None;
    }
    // (A name with `and` in it, and its acronym in brackets: `by the Cybersecurity and
    // Infrastructure Security Agency (CISA),`.)
    let agent_np = np_forward_loose(src, toks, cend + 1)
        .or_else(|| np_forward(src, toks, cend + 1))
        .map(|(a, b)| {
            let closing = toks
                .get(b..(b + 4).min(toks.len()))
                .filter(|w| w.first().is_some_and(|t| t.punct == Some('(')))
                .and_then(|w| w.iter().position(|t| t.punct == Some(')')));
            (a, b, closing.map_or(b, |k| b + k + 1))
        });
    if let Some((a, b, after)) = agent_np {
        let rest = toks.get(after..).unwrap_or(&[]);
        let rest = match rest.split_last() {
            Some((d, r)) if d.is_word() && lexicon::DETERMINERS.has(d.text(src)) => r,
            _ => rest,
        };
        let joins = |t: &Tok| {
            t.punct.is_some_and(|p| matches!(p, ',' | ':')) || t.is_word() && t.text(src) == "as"
        };
        // (After `as` the participle is a parenthetical, closed by its comma, which
        // attributes the whole sentence after it: `As explained by the Cybersecurity
        // and Infrastructure Security Agency (CISA), a SBOM is a “…”` — but in
        // `described the level as revealed by the report as “…”` the second `as` is
        // the describer's.)
        let parenthetical = c
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| t.is_word() && t.text(src).eq_ignore_ascii_case("as"));
        let closed = rest.first().is_some_and(|t| t.punct == Some(','));
        let agent = if parenthetical {
            closed
        } else {
            // (A quote right after the agent goes on with the sentence's report: `was agreed
            // by a psychiatric advisor “in conjunction with …”`.)
            rest.len() == 1 && rest.iter().all(joins)
        };
        if agent {
            if let Some(att) = attribution(src, toks, (a, b), (c, cend), Placement::Before) {
                return Some(Some(att));
            }
        }
    }
    Some(None)
}

/// The window before a quote without a verb of beginning or going on right before it whose
/// object the quote opens (`to …`, a participle): that verb names what someone began or kept
/// doing, not a report, and the cue is read further back — `the criminal complaint states,
/// Farmer became annoyed and began “threatening to fight” firefighters`, `Glocer said, adding
/// the company was beginning "to look beyond recovery"`. (`cue_at` reads the same verb the same
/// way before a word outside marks.)
fn without_aspect_verb<'t>(src: &str, before: &'t [Tok], content: &str) -> &'t [Tok] {
    let Some((last, rest)) = before.split_last() else {
        return before;
    };
    // (The quote's first word, when it is in plain lower case: its leading letters a-z, and
    // no letter or digit right after them.)
    let n = content.bytes().take_while(u8::is_ascii_lowercase).count();
    let first = content.get(..n).unwrap_or("");
    let whole = || {
        content
            .get(n..)
            .and_then(|r| r.chars().next())
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let object = (first == "to" || n > 4 && first.ends_with("ing")) && whole();
    if object && is_lower_word(src, last) && lexicon::ASPECT_CUES.has(last.text(src)) {
        rest
    } else {
        before
    }
}

/// An attribution in the sentence before a quote: the last cue with a subject.
fn before_attribution(src: &str, toks: &[Tok]) -> Option<Attribution> {
    // `Pollsters agree - Carl Bialik: “…”`, `More from Jones: “…”`: a name after a dash or
    // `from`, right before the colon.
    if let Some(colon) = toks
        .len()
        .checked_sub(1)
        .filter(|&c| toks.get(c).is_some_and(|t| t.punct == Some(':')))
    {
        let lo = colon.saturating_sub(MAX_NP);
        let intro = toks.get(lo..colon).and_then(|w| {
            w.iter().rposition(|t| {
                matches!(t.punct, Some('-' | '—' | '–')) || t.is_word() && t.text(src) == "from"
            })
        });
        if let Some(i) = intro.map(|i| lo + i) {
            if let Some((a, b)) = np_forward(src, toks, i + 1).filter(|&(a, b)| {
                b == colon
                    && toks.get(a).is_some_and(|t| {
                        is_capitalized(t.text(src)) || lexicon::DETERMINERS.has(t.text(src))
                    })
            }) {
                return attribution(src, toks, (a, b), (colon, colon + 1), Placement::Before);
            }
        }
    }
    let mut c = toks.len();
    while c > 0 {
        c -= 1;
        let Some((cend, according)) = cue_at(src, toks, c) else {
            // (`that` first: most words are not.)
            let that = toks.get(c).is_some_and(|t| t.text(src) == "that");
            if let Some(att) = that.then(|| owned_claim(src, toks, c)).flatten() {
                return Some(att);
            }
            // (A participle after `be` is no cue of its subject's, but its agent may speak:
            // `The machine was described by Jobs as “…”`.)
            // (`by` first: a word-table lookup for every word of the window costs.)
            let by_next = toks
                .get(c + 1)
                .is_some_and(|t| t.is_word() && t.text(src) == "by");
            if by_next
                && toks
                    .get(c)
                    .is_some_and(|t| is_lower_word(src, t) && is_cue(t.text(src)))
            {
                if let Some(Some(att)) = passive_agent(src, toks, c, c + 1) {
                    return Some(att);
                }
            }
            continue;
        };
        // (A cue after a modal, in a clause an earlier cue reports, is what someone should
        // or will do, not what was said: `Wasserman Schultz said … that the platform should
        // reiterate the party's support for … “stalwart allies,”`, `a trend that the
        // foundation predicts will continue “for the next few years.”` — the earlier cue
        // is read instead.)
        // (So is one in a relative clause between commas: `He said that the announcement,
        // which some have argued was intended to help Cruz, was an “insult”`.)
        if (after_modal(src, toks, c) || in_relative_clause(src, toks, c))
            && (0..c.saturating_sub(1)).any(|e| cue_at(src, toks, e).is_some())
        {
            continue;
        }
        // (A cue word heading a subject is a noun: `said his remarks were “…”`.)
        if plural_before_auxiliary(src, toks, c) {
            continue;
        }
        // (A participle after a noun in a subject whose verb follows it is no cue of an
        // earlier cue's clause: `She says Trump's tweets accusing Machado of … are “lies”` —
        // `says` is read.)
        if reduced_relative(src, toks, c)
            && (0..c.saturating_sub(1)).any(|e| cue_at(src, toks, e).is_some())
        {
            continue;
        }
        // A participle before its agent is a passive (see `passive_agent`): no one's cue
        // here unless its agent speaks.
        if let Some(agent) = passive_agent(src, toks, c, cend) {
            match agent {
                Some(att) => return Some(att),
                None => continue,
            }
        }
        // `Jones can be heard saying, “…”`: a passive of perception before the participle
        // makes them one cue, whose subject speaks (as after a quote).
        // (Not a preposition's object: `A voice on a video of the incident could be heard
        // saying` — the voice.)
        if let Some(p) = perception_passive(src, toks, c) {
            let object = |a: usize| {
                a.checked_sub(1).and_then(|i| toks.get(i)).is_some_and(|t| {
                    is_lower_word(src, t) && lexicon::PREPOSITIONS.has(t.text(src))
                })
            };
            if let Some((a, b)) = subject_before_cue(src, toks, p)
                .filter(|&(a, _)| !object(a))
                .or_else(|| sentence_subject(src, toks, p))
            {
                return attribution(src, toks, (a, b), (p, cend), Placement::Before);
            }
        }
        if according {
            if let Some((a, b)) = np_forward_loose(src, toks, cend) {
                return attribution(src, toks, (a, b), (c, cend), Placement::AccordingTo);
            }
            continue;
        }
        // Inverted at the sentence start: `Said Dorothy Poynter, who grew up with Ali, “…”`
        // (a name or a determiner after the cue: `Asked which county …, he` is a participle
        // phrase, and so is one in -ing: `Declaring that he alone …`).
        if toks.get(c).is_some_and(|t| is_capitalized(t.text(src))) {
            let named = !toks.get(c).is_some_and(|t| t.text(src).ends_with("ing"))
                && toks.get(cend).is_some_and(|t| {
                    t.is_word()
                        && (is_capitalized(t.text(src)) || lexicon::DETERMINERS.has(t.text(src)))
                });
            if let Some((a, b)) = np_forward_loose(src, toks, cend).filter(|_| named) {
                return attribution(src, toks, (a, b), (c, cend), Placement::Before);
            }
            continue;
        }
        // `…, the group was the envy of the field, says Zhenghan Wang, a UCSB mathematician.`
        // before the quote: a cue after a comma, with a name after it that ends the sentence,
        // is inverted, and the name speaks.
        if toks
            .get(c.wrapping_sub(1))
            .is_some_and(|t| t.punct == Some(','))
            && !toks.get(c).is_some_and(|t| {
                t.text(src).ends_with("ing") || lexicon::HEARER_CUES.has(t.text(src))
            })
        {
            // (The words after the cue close the text read, and its sentence: `…, says X,
            // a mathematician and founding member of Station Q.`)
            // (An initial's period ends it too: `… of Station Q.`)
            let closes = toks
                .last()
                .is_some_and(|t| t.is_sentence_end() || t.text(src).ends_with('.'))
                && toks
                    .get(cend..toks.len() - 1)
                    .is_some_and(|w| !w.iter().any(Tok::is_sentence_end));
            // (Or a comma after the name, in a sentence that goes on into the quote: `All you
            // have to do, says Doolittle, is “…”` — but `…, asked Patel, who …, whether he
            // could “…”` asked him.)
            let asks = toks
                .get(c)
                .is_some_and(|t| lexicon::ASKING_CUES.has(t.text(src)));
            let parenthetical = |b: usize| {
                !asks
                    && toks.get(b).is_some_and(|t| t.punct == Some(','))
                    && toks
                        .get(b + 1..)
                        .is_some_and(|w| !w.iter().any(Tok::is_sentence_end))
            };
            let named = np_forward_loose(src, toks, cend).filter(|&(a, b)| {
                (closes || parenthetical(b))
                    && a == cend
                    && toks.get(a).is_some_and(|t| is_capitalized(t.text(src)))
            });
            if let Some((a, b)) = named {
                return attribution(src, toks, (a, b), (c, cend), Placement::Before);
            }
        }
        // `held up a sign saying “…”`, `wore a campaign hat reading, “…”`: the thing that
        // bears the words says them, not who holds or wears it.
        if let Some((a, b)) = bearer_before(src, toks, c) {
            return attribution(src, toks, (a, b), (c, cend), Placement::Before);
        }
        // The subject right before the cue, or else the subject of the sentence
        // (`Clinton posted a comment of her own, saying, “…”`). A participle after a comma
        // (`…, telling the crowd,` `…, adding:`) belongs to the sentence's subject.
        // `… but added`, `… and said`: a cue joined to an earlier clause shares its subject.
        let joined = c > 0
            && toks
                .get(c - 1)
                .is_some_and(|t| matches!(lower_small(t.text(src)).as_str(), "and" | "but"));
        // (So is one right after the object of a preposition: `Clinton responded … on
        // Facebook writing,`.)
        let after_object = || {
            np_backward(src, toks, c)
                .and_then(|(a, _)| a.checked_sub(1))
                .and_then(|p| toks.get(p))
                .is_some_and(|t| {
                    is_lower_word(src, t) && lexicon::OBJECT_PREPOSITIONS.has(t.text(src))
                })
        };
        // (Not after a form of `be`: `Donald Trump is insisting` is a finite verb.)
        let participle = joined
            || toks.get(c).is_some_and(|t| t.text(src).ends_with("ing"))
                && c > 0
                && (toks
                    .get(c - 1)
                    .is_some_and(|t| t.punct == Some(',') || !is_capitalized(t.text(src)))
                    || after_object())
                && !after_be(src, toks, c);
        let subject = if participle {
            // `…, with Trump reportedly yelling:`: a participle with its own subject.
            if let Some(r) = with_subject(src, toks, c) {
                return attribution(src, toks, (r.0, r.1), (c, cend), Placement::Before);
            }
            // `Spicer said, adding, “…”`: the subject of an earlier cue in the sentence — not
            // one in an opening clause (`As the crowd began to chant, Silverman … joked,`).
            // (Nor one in the infinitive of a participle phrase opening it, whose subject is
            // the sentence's: `Trying to explain his perspective, Carson rejected …, saying`;
            // `Schilling further told` opens with a name.)
            let participle_to = || {
                toks.get(1).is_some_and(|t| t.text(src) == "to") && opens_with_participle(src, toks)
            };
            let opening_clause_end = toks
                .first()
                .filter(|t| lexicon::INTRO_WORDS.has(t.text(src)) || participle_to())
                .and_then(|_| toks.get(..c)?.iter().position(|t| t.punct == Some(',')))
                .unwrap_or(0);
            // (Not one after a modal, which says what someone must or will do: `Clinton told
            // the audience that she believes we must continue to push policies …, saying`.)
            // (Where the cue starts, and where it ends.)
            let earlier = (opening_clause_end..c).rev().find_map(|e| {
                cue_at(src, toks, e)
                    .filter(|&(end, acc)| !acc && end <= c && !after_modal(src, toks, e))
                    .map(|(end, _)| (e, end))
            });
            // (`… and said` after a clause of its own between the two: `when I asked
            // Sanders if …, he looked into my camera, furrowed his brow and said,` — the
            // clause's subject, not the earlier cue's.)
            let own_clause = earlier
                .filter(|_| joined)
                .and_then(|(e, _)| subject_after_comma(src, toks, e, c));
            // (An earlier cue inverted after a comma has its subject after it: `Any
            // interpretation …, said Michael Kofman, an expert …, would read this as …,
            // seeing …`.)
            let inverted = |(e, end): (usize, usize)| {
                let comma_before = e
                    .checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|t| t.punct == Some(','));
                let named_after = toks
                    .get(end)
                    .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)));
                (comma_before && named_after)
                    .then(|| np_forward_loose(src, toks, end))
                    .flatten()
            };
            // (An earlier participle after a preposition's object is the subject's too, not
            // the object's: `Israel has imposed a siege on Gaza denying people food, after
            // announcing that …`.)
            let object_of_preposition = |e: usize, (a, _): (usize, usize)| {
                toks.get(e).is_some_and(|t| t.text(src).ends_with("ing"))
                    && a.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
                        is_lower_word(src, t) && lexicon::PREPOSITIONS.has(t.text(src))
                    })
            };
            own_clause
                .or_else(|| {
                    earlier.and_then(|(e, end)| {
                        inverted((e, end)).or_else(|| {
                            np_backward(src, toks, e).filter(|&r| !object_of_preposition(e, r))
                        })
                    })
                })
                .or_else(|| where_clause_subject(src, toks, c))
                .or_else(|| {
                    // (Over a noun the name modifies: `Conservative co-chairman Liam Fox
                    // derided the photo call, saying:`.)
                    sentence_subject(src, toks, c)
                        .map(|(a, b)| (a, modified_noun_phrase_end(src, toks, b).unwrap_or(b)))
                })
                .or_else(|| organisation_subject(src, toks, c))
                // (Not a place after a preposition of place: `a crowd of about 8,000 in
                // Carson, Calif., highlighting the mistrust …`.)
                .or_else(|| {
                    np_backward(src, toks, c).filter(|&(a, _)| {
                        !a.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
                            is_lower_word(src, t) && lexicon::LOCATIVE_PREPOSITIONS.has(t.text(src))
                        })
                    })
                })
        } else {
            // (A finite cue right after a determiner and a word in lower case that are no
            // subject, in a clause an earlier cue reports, is not the sentence subject's: `He
            // said if the growth continued at this level …` — `said` is read. A bare form
            // there is a noun: `the crowd reprised the caustic chant`.)
            let reported_clause = || {
                toks.get(c).is_some_and(|t| {
                    let w = t.text(src);
                    w.ends_with('s') || is_past_tense_form(w)
                }) && c
                    .checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|t| is_lower_word(src, t) && !is_pronoun(src, t))
                    && c.checked_sub(2).and_then(|d| toks.get(d)).is_some_and(|t| {
                        is_lower_word(src, t) && lexicon::DETERMINERS.has(t.text(src))
                    })
                    && (0..c.saturating_sub(2)).any(|e| cue_at(src, toks, e).is_some())
            };
            subject_before_cue(src, toks, c).or_else(|| {
                (!reported_clause())
                    .then(|| sentence_subject(src, toks, c))
                    .flatten()
            })
        };
        // (Never a subject from an earlier sentence than the cue's: `… that she’s not
        // there. Remember to frame this without complaining …`.)

        if let Some((a, b)) = subject.filter(|&(a, _)| a >= sentence_start(toks, c)) {
            return attribution(src, toks, (a, b), (c, cend), Placement::Before);
        }
        // `said Smith: “…”`
        if let Some((a, b)) = np_forward(src, toks, cend) {
            if toks
                .get(b)
                .is_some_and(|t| matches!(t.punct, Some(':' | ',')))
                && b + 1 == toks.len()
            {
                return attribution(src, toks, (a, b), (c, cend), Placement::Before);
            }
        }
    }
    // `And Mr. Christie gloated: “…”`, `Trump issued a statement, “…”`: a sentence that
    // introduces the quote with a colon or a comma.
    if toks
        .last()
        .is_some_and(|t| matches!(t.punct, Some(':' | ',')))
        && toks.len() >= 3
    {
        let colon = toks.len() - 1;
        if let Some((a, b)) = sentence_subject(src, toks, colon) {
            let b = modified_noun_phrase_end(src, toks, b).unwrap_or(b);
            if let Some(v) = clause_verb(src, toks, b) {
                // (The appositives between subject and verb belong to the mention: `One early
                // supporter, Representative Lee Zeldin, …, gave`.)
                let end = if v > b { v - 1 } else { b };
                let v = past_adverbs(src, toks, v);
                let group_end = verb_group_end(src, toks, v);
                if agentless_passive(src, toks, v, group_end) {
                    return None;
                }
                return attribution(src, toks, (a, end), (v, group_end), Placement::Before);
            }
        }
    }
    // `Hillary Clinton cracked, “…”`: a name, an unknown verb, and a comma or colon.
    if toks.len() >= 3
        && toks
            .last()
            .is_some_and(|t| matches!(t.punct, Some(',' | ':')))
    {
        let v = toks.len() - 2;
        let verbish = toks.get(v).is_some_and(|t| {
            let w = t.text(src);
            t.is_word()
                && !is_capitalized(w)
                && (w.ends_with("ed") || w.ends_with('s') && w.len() > 3)
        });
        if verbish {
            if let Some((a, b)) = np_backward(src, toks, v) {
                // (A name or a pronoun right before the verb — `The mixtape contained three
                // singles:` has none — and no participle opening the sentence:
                // `Complicating things,`.)
                let named = |t: &Tok| is_capitalized(t.text(src)) || is_pronoun(src, t);
                if toks.get(a).is_some_and(named)
                    && b.checked_sub(1)
                        .and_then(|l| toks.get(l))
                        .is_some_and(named)
                    && !toks.get(a).is_some_and(|t| t.text(src).ends_with("ing"))
                {
                    return attribution(src, toks, (a, b), (v, v + 1), Placement::Before);
                }
            }
        }
    }
    // `Trump: ‘…’` (headline style): a bare name and a colon.
    let colon = toks.len().checked_sub(1)?;
    if toks.get(colon)?.punct == Some(':') {
        // `Gillibrand on Hillary Releasing Her Speech Transcripts:`: a name, `on` and what
        // the quote is about; `Here’s Clinton in December 1992:`: a name presented.
        let word = |k: usize| toks.get(k).map(|t| lower_small(t.text(src)));
        let presented = match (word(0), word(1)) {
            (Some(w), _) if w.as_str() == "here's" => 1,
            (Some(w), Some(is)) if w.as_str() == "here" && is.as_str() == "is" => 2,
            _ => 0,
        };
        if let Some((a, b)) = np_forward(src, toks, presented) {
            let named = toks.get(a).is_some_and(|t| is_capitalized(t.text(src)));
            let on = toks.get(b).is_some_and(|t| t.text(src) == "on");
            if a == presented && named && (b == colon || b + 1 < colon) && (on || presented > 0) {
                return attribution(src, toks, (a, b), (colon, colon + 1), Placement::Before);
            }
        }
        // Or a full name right before the colon: `… doesn’t surprise pollster Daron Shaw:`.
        let (a, b) = np_backward(src, toks, colon)?;
        let names = toks.get(a..b).map_or(0, |w| {
            w.iter()
                .filter(|t| is_capitalized(t.text(src)) && !is_leading_filler(src, t))
                .count()
        });
        // (A label is no one: `Example: “…”`, `Update: “…”`.)
        let label = b == a + 1
            && toks
                .get(a)
                .is_some_and(|t| lexicon::LABELS.has(t.text(src)));
        if (a == 0 || names >= 2)
            && !label
            && b == colon
            && toks
                .get(a)
                .is_some_and(|t| is_capitalized(t.text(src)) || names >= 2)
        {
            return attribution(src, toks, (a, b), (colon, colon + 1), Placement::Before);
        }
    }
    None
}

/// The attribution that closes the first sentence of the lead, the paragraph after the
/// headline, for a quote in the headline that names no one: `Tories 'would cut number of
/// MPs'` over `The Conservative Party would cut the number of MPs …, Tory leader Michael
/// Howard has said.`
fn lead_attribution(src: &str, units: &[Span]) -> Option<Attribution> {
    let lead = units.get(1)?;
    let toks = tokenize(src, lead.start(), lead.end().min(lead.start() + 2 * WINDOW));
    let end = toks.iter().position(Tok::is_sentence_end)?;
    let sentence = toks.get(..end)?;
    // (From the last comma back — the attribution closes the sentence: in `Ebbers, …, never
    // made accounting decisions, a witness has told jurors` the first comma's words run on
    // to `told` too — and from the word before each, as `comma_attribution` reads a comma
    // after a word.)
    (1..sentence.len())
        .rev()
        .filter(|&c| sentence.get(c).is_some_and(|t| t.punct == Some(',')))
        .take(MAX_CLOSING_COMMAS)
        .find_map(|c| comma_attribution(src, sentence.get(c - 1..)?))
}

/// The speaker a headline names before its colon (`Graham: Trump’s ‘…’`, `OK Gov Fallin:
/// Trump Is ‘…’`), for a quote at `quote_start` later in the headline opening at `start`:
/// read as a quote right after the colon would be, see [`before_attribution`].
fn headline_speaker(src: &str, start: usize, quote_start: usize) -> Option<Attribution> {
    let toks = tokenize(src, start, quote_start);
    let colon = toks
        .iter()
        .take(MAX_NP + 1)
        .position(|t| t.punct == Some(':'))?;
    let a = before_attribution(src, toks.get(..=colon)?)?;
    let words: Vec<&str> = a.mention.text.split(' ').collect();
    // (A label is no one: `The Latest: Trump delivers defense of ‘New York values.’`.)
    let label = words.last().is_some_and(|w| lexicon::LABELS.has(w));
    // (Four words or more are a name only when they end in a given name and a surname, the
    // only given name (`McCain Challenger Kelli Ward`), not a headline's clause: `Clinton
    // Cash Debunks Hillary: Only ‘One or Two Instances’ …`, `Carly Fiorina Endorses Ted
    // Cruz: I Am ‘Horrified’ …`.)
    let given = words.len().saturating_sub(2);
    let named = words.len() <= MAX_HEADLINE_NAME
        || words.get(given).is_some_and(|w| is_any_given_name(w))
            && !words
                .get(..given)
                .is_some_and(|w| w.iter().any(|w| is_any_given_name(w)));
    (a.cue.as_ref().is_some_and(|c| c.text == ":")
        && a.mention.span.start() == start
        && !label
        && named)
        .then_some(a)
}

/// The speaker and cue of a headline in title case that opens with a name (or a short
/// description) and a cue in title case before its quote: `Chris Christie Calls Hillary
/// Clinton ‘A Disgrace’ …`, `Police Report Says …` (of two cue forms in a row the second
/// is the verb). `toks` are the headline's words before the quote.
fn headline_cue_speaker(src: &str, toks: &[Tok]) -> Option<Attribution> {
    let cue_form = |t: &Tok| title_case_cue(src, t, true);
    let mut k = (1..=MAX_HEADLINE_NAME.min(toks.len().saturating_sub(1)))
        .find(|&k| toks.get(k).is_some_and(cue_form))?;
    while toks.get(k + 1).is_some_and(cue_form) && k < MAX_HEADLINE_NAME {
        k += 1;
    }
    // (Adverbs before the cue are no part of the name: `Trump Just Announced …`.)
    let mut e = k;
    let adverb = |t: &Tok| lexicon::CUE_ADVERBS.has(t.text(src));
    while e > 1 && toks.get(e - 1).is_some_and(adverb) {
        e -= 1;
    }
    let name = toks.get(..e)?;
    // (Nor is an adverb a name: after a quote, `‘Time’ Just Announced …`.)
    if capitalized_words(src, name) < name.len()
        || name.first().is_some_and(adverb)
        || name.iter().any(|t| lexicon::LABELS.has(t.text(src)))
    {
        return None;
    }
    Some(Attribution {
        mention: make_mention(src, toks, 0, e)?,
        cue: make_cue(src, toks, k, k + 1),
        placement: Placement::Before,
        speaker: None,
    })
}

/// Whether `t` is a cue in title case (`Says`, `Told`), or a verb of calling (`Calls`) when
/// `calling`: not a base form that is a noun as often, which a singular name before it
/// makes one (`Washington Post Assembles …`).
fn title_case_cue(src: &str, t: &Tok, calling: bool) -> bool {
    t.is_word()
        && is_capitalized(t.text(src))
        && with_lower(t.text(src), |lw| {
            (is_cue(lw) || calling && lexicon::CALLING_VERBS.contains(lw))
                && !lexicon::CUES_ALSO_NOUNS.contains(lw)
        })
}

/// The speaker and cue that close a headline in title case after a comma: `‘ISIS Truther’
/// Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.` — one to three
/// capitalized words and a cue in title case, then the headline's end. `toks` are the
/// headline's tokens after the quote.
fn headline_closing_speaker(src: &str, toks: &[Tok]) -> Option<Attribution> {
    let capitalized = |t: &Tok| t.is_word() && is_capitalized(t.text(src));
    let end = match toks.last() {
        Some(t) if t.punct == Some('.') => toks.len() - 1,
        _ => toks.len(),
    };
    let cue = end.checked_sub(1)?;
    let cue_form = toks.get(cue).is_some_and(|t| title_case_cue(src, t, false));
    // (The name: the capitalized words back to a comma.)
    let comma = toks.get(..cue)?.iter().rposition(|t| !capitalized(t))?;
    let words = cue - comma - 1;
    if !cue_form || toks.get(comma)?.punct != Some(',') || !(1..=MAX_HEADLINE_NAME).contains(&words)
    {
        return None;
    }
    Some(Attribution {
        mention: make_mention(src, toks, comma + 1, cue)?,
        cue: make_cue(src, toks, cue, cue + 1),
        placement: Placement::After,
        speaker: None,
    })
}

/// Whether the cue at `toks[c]` is in a relative clause opened after a comma a few words
/// before it (`, which some have argued`) and closed by a comma before the quote: the
/// quote is the main clause's, not the relative clause's (`which he described as “…”`).
fn in_relative_clause(src: &str, toks: &[Tok], c: usize) -> bool {
    const REACH: usize = 4;
    // (Words after the comma: in `which notes, “…”` the comma opens the quote.)
    let closed = toks.get(c + 1..).is_some_and(|w| {
        w.iter()
            .position(|t| t.punct == Some(','))
            .is_some_and(|k| w.get(k + 1..).is_some_and(|r| r.iter().any(Tok::is_word)))
    });
    closed
        && (c.saturating_sub(REACH)..c)
            .rev()
            .take_while(|&i| toks.get(i).is_some_and(Tok::is_word))
            .any(|i| {
                toks.get(i).is_some_and(|t| {
                    is_lower_word(src, t) && lexicon::RELATIVE_CLAUSE_OPENERS.has(t.text(src))
                }) && i
                    .checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| p.punct == Some(','))
            })
}

/// The subject of a clause opened by `where` (after a comma or a dash) right before the
/// participle at `toks[c]` and its comma: `… the casino, where about 50 protesters had
/// gathered, chanting “…”` (the protesters chant, not the sentence's subject).
fn where_clause_subject(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    let comma = c.checked_sub(1)?;
    if toks.get(comma)?.punct != Some(',') {
        return None;
    }
    let w = toks
        .get(..comma)?
        .iter()
        .rposition(|t| !t.is_word())
        .map_or(0, |i| i + 1);
    let opened = toks.get(w).is_some_and(|t| t.text(src) == "where")
        && w.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| matches!(t.punct, Some(',' | '—' | '–')));
    if !opened {
        return None;
    }
    // (Past an approximation of a number to the phrase: `about 50 protesters`, `nearly 200
    // people`.)
    let from =
        w + 1
            + usize::from(toks.get(w + 1).is_some_and(|t| {
                is_lower_word(src, t) && lexicon::APPROXIMATIONS.has(t.text(src))
            }));
    let (a, b) = np_forward(src, toks, from)?;
    // (A clause: its subject and then a verb, before the comma; the approximation stays.)
    (a == from && b < comma && toks.get(b).is_some_and(|t| is_lower_word(src, t)))
        .then_some((w + 1, b))
}

/// The noun phrase of a thing that bears words (a sign, a banner, a shirt) right before the
/// participle at `toks[c]`: `a sign saying`, `a Donald Trump campaign hat reading,`. Its
/// determiner opens it, up to [`MAX_BEARER_MODIFIERS`] words before the noun; without one,
/// the noun alone.
fn bearer_before(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    // (A finite verb has its subject read as any other's: `One state highway sign read,`;
    // after a relative pronoun, news names the relative or the bearer's holder as often:
    // `hoisted a sign that read “15%!”`.)
    if !toks.get(c).is_some_and(|t| t.text(src).ends_with("ing")) {
        return None;
    }
    let n = c.checked_sub(1)?;
    if !toks
        .get(n)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::WORD_BEARERS.has(t.text(src)))
    {
        return None;
    }
    let modifier = |t: &Tok| {
        let w = t.text(src);
        t.is_word()
            && !lexicon::DETERMINERS.has(w)
            && !lexicon::EDGE_WORDS.has(w)
            && !is_possessive(w)
            && !is_auxiliary(src, t)
            && !is_pronoun(src, t)
            && (is_capitalized(w)
                || !is_cue(w)
                    && !is_past_tense_form(w)
                    && !lexicon::IRREGULAR_PAST.has(w)
                    && !w.ends_with("ing"))
    };
    let mut a = n;
    while a > 0 && n - a < MAX_BEARER_MODIFIERS && toks.get(a - 1).is_some_and(modifier) {
        a -= 1;
    }
    // (Without a determiner the words before the noun may be a verb's: `they will hold
    // banners proclaiming`.)
    let determined = a.checked_sub(1).filter(|&d| {
        toks.get(d).is_some_and(|t| {
            t.is_word() && (lexicon::DETERMINERS.has(t.text(src)) || is_possessive(t.text(src)))
        })
    });
    Some((determined.unwrap_or(n), n + 1))
}

/// The subject of the participle at `toks[c]` in an absolute phrase: `with` and a few words
/// right before it (`with one trader telling Reuters`, `with Trump reportedly yelling`).
fn with_subject(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    // (Adverbs before the participle are not the subject's: `with J.P. Morgan excitedly
    // predicting`.)
    let mut e = c;
    while e > 0
        && toks.get(e - 1).is_some_and(|t| {
            is_cue_adverb(src, t) || is_lower_word(src, t) && is_ly_adverb(t.text(src))
        })
    {
        e -= 1;
    }
    // (`a source close to him`, `one person familiar with the talks`: a preposition after a
    // word of relation is the subject's.)
    let related = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|p| relational_adjective_at(src, toks, p))
    };
    let lo = e.saturating_sub(MAX_WITH_SUBJECT + 1);
    let w = (lo..e).rev().find(|&i| {
        toks.get(i)
            .is_some_and(|t| !t.is_word() || t.text(src) == "with" && !related(i))
    })?;
    // (The participle's own `-ing`, and no verb or clause word between: not `Adelson met
    // with Trump in December and declared`, `with Mr Dixon quoted saying`, `his dispute
    // with Craig Bellamy after claiming`; `one of her ads` is a subject.)
    let plain = (w + 1..e).all(|i| {
        toks.get(i).is_some_and(|t| {
            let x = t.text(src);
            !(is_lower_word(src, t)
                && (x.ends_with("ed")
                    || lexicon::SUBORDINATORS.has(x)
                    || x != "of" && lexicon::PREPOSITIONS.has(x) && !related(i)))
        })
    });
    let gerund = toks.get(c).is_some_and(|t| t.text(src).ends_with("ing"));
    if toks.get(w)?.text(src) != "with" || w + 1 >= e || !plain || !gerund {
        return None;
    }
    // (A determiner makes a description of any head: `one trader`; alone, a quantifier is
    // the subject: `with many saying it was “unjustified”`.)
    let determined = toks
        .get(w + 1)
        .is_some_and(|t| lexicon::DETERMINERS.has(t.text(src)))
        && e > w + 2;
    let lone = e == w + 2
        && toks
            .get(w + 1)
            .is_some_and(|t| lexicon::PRONOUN_QUANTIFIERS.has(t.text(src)));
    trim_np(src, toks, w + 1, e).or_else(|| (determined || lone).then_some((w + 1, e)))
}

/// The subject of a clause that opens after a comma between `toks[from]` and `toks[to]`,
/// the nearest such clause to `to`: a pronoun or a name right after the comma, then a verb
/// in lower case (`…, he looked`).
fn subject_after_comma(src: &str, toks: &[Tok], from: usize, to: usize) -> Option<(usize, usize)> {
    (from + 1..to)
        .rev()
        .filter(|&i| toks.get(i).is_some_and(|t| t.punct == Some(',')))
        .find_map(|i| {
            let s = toks.get(i + 1)?;
            let named =
                is_pronoun(src, s) || is_capitalized(s.text(src)) && !is_leading_filler(src, s);
            let (a, b) = np_forward(src, toks, i + 1).filter(|_| named)?;
            let verb = toks.get(b).is_some_and(|t| {
                is_lower_word(src, t)
                    && !lexicon::NON_VERBS.has(t.text(src))
                    && !is_cue(t.text(src))
            });
            (verb && b < to).then_some((a, b))
        })
}

/// The subject that opens the sentence in `toks` (which starts at a sentence start), when
/// it comes before token `before`.
fn sentence_subject(src: &str, toks: &[Tok], before: usize) -> Option<(usize, usize)> {
    let subject_at = |mut k: usize, need_verb: bool| -> Option<(usize, usize)> {
        while toks
            .get(k)
            .is_some_and(|t| is_leading_filler(src, t) || !t.is_word())
            && k < before
        {
            k += 1;
        }
        // (A number's approximation opens the phrase with it: `Outside the arena, about 200
        // protesters congregated, chanting “…”`.)
        let approximate = toks
            .get(k)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::APPROXIMATIONS.has(t.text(src)))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.text(src).starts_with(|c: char| c.is_ascii_digit()));
        // (One capitalized word, no plural, before a word in lower case that cannot be its
        // verb is no subject but a modifier: `Large language models bring …`, `Partial
        // transcript as follows:` — though it may open a person's noun and name:
        // `Conservative co-chairman Liam Fox`.)
        let modifier = |(a, b): (usize, usize)| {
            b == a + 1
                && toks.get(a).is_some_and(|t| {
                    let w = t.text(src);
                    is_capitalized(w) && !w.ends_with('s') && !is_pronoun(src, t)
                })
                && toks
                    .get(b)
                    .is_some_and(|t| is_lower_word(src, t) && !may_follow_singular_subject(src, t))
                && modified_noun_phrase_end(src, toks, b).is_none()
                // (A noun right before a colon labels what follows: `WSJ editorial: '…'`.)
                && toks.get(b + 1).is_none_or(|t| t.punct != Some(':'))
        };
        // (Or a person's noun, its lower-case modifiers and the name after it: `On her
        // glam, makeup artist Daniel Martin shared with Allure, “…”`.)
        let (a, b) = np_forward(src, toks, k + usize::from(approximate))
            .filter(|&r| !modifier(r))
            .map(|(a, b)| (if approximate { k } else { a }, b))
            .or_else(|| {
                let h = person_noun_after_modifiers(src, toks, k)?;
                let named = capitalized_words(src, toks.get(h + 1..)?);
                (named > 0).then_some((k, h + 1 + named))
            })?;
        // (A capitalized adjective opening the sentence modifies a partitive after it:
        // `Small groups of protesters marched …`, not a name before its verb.)
        let b = match (toks.get(b), toks.get(b + 1)) {
            (Some(p), Some(of))
                if b == a + 1
                    && is_lower_word(src, p)
                    && plural_partitive(p.text(src))
                    && of.is_word()
                    && of.text(src) == "of" =>
            {
                np_forward(src, toks, b + 2).map_or(b, |(_, e)| e)
            }
            _ => b,
        };
        // (Not an opening phrase of time or place before its comma, after a preposition or
        // a date: `In June, after the vote, Smith emailed her, telling her,` — the subject
        // follows the comma; `Last June,`.)
        if toks.get(b).is_some_and(|t| t.punct == Some(','))
            && (a
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|t| t.is_word() && lexicon::DATE_PREPOSITIONS.has(t.text(src)))
                || is_date_phrase(src, toks.get(a..b)?))
        {
            return None;
        }
        let head_ok = toks.get(a..b)?.iter().any(|t| {
            is_capitalized(t.text(src)) && !is_leading_filler(src, t)
                || lexicon::NOMINAL_HEADS.has(t.text(src))
        }) || b == a + 1;
        // A clause subject is followed by its verb, a lower-case word.
        let verb_next = toks
            .get(b)
            .is_some_and(|t| t.is_word() && !is_capitalized(t.text(src)));
        (b <= before && head_ok && (verb_next || !need_verb)).then_some((a, b))
    };
    // An introductory phrase up to its comma: `Back in 1999, Mr. Trump …`, `Smiling
    // broadly, Mrs. Clinton …`.
    // (A participle phrase never holds the subject itself, nor does a prepositional one —
    // `With Democratic leaders worried about …, President Obama is rolling out` — when a
    // subject follows its comma.)
    let participle = opens_with_participle(src, toks);
    let first_comma = toks
        .get(..before.min(24))
        .and_then(|w| w.iter().position(|t| t.punct == Some(',')));
    // (`Eight years ago, he …`, `Five months later, Kennedy …`: a span of time before
    // `ago`, `later` or `earlier`.)
    // (Or a sentence adverb and its comma: `Remarkably, Grimm rejected …`.)
    let intro = toks
        .first()
        .is_some_and(|t| lexicon::INTRO_WORDS.has(t.text(src)))
        || first_comma == Some(1) && toks.first().is_some_and(|t| is_ly_adverb(t.text(src)))
        || first_comma.is_some_and(|c| {
            c <= 6
                && c.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
                    let w = t.text(src);
                    ["ago", "later", "earlier"]
                        .iter()
                        .any(|a| w.eq_ignore_ascii_case(a))
                })
        });
    if participle || intro {
        if let Some(mut c) = first_comma {
            // (Past a state or a country after its town: `In Aspen, Colo., Ann Vole …`.)
            while let Some((a, b)) = subject_at(c + 1, false) {
                // (Not a person's name after a body's: `But director of the Victims of
                // Crime Trust, Norman Brennan, accused …`.)
                let place = toks.get(b).is_some_and(|t| t.punct == Some(','))
                    && wider_place(src, toks, a, b)
                    && !toks.get(a).is_some_and(|t| is_any_given_name(t.text(src)));
                if !place {
                    return Some((a, b));
                }
                c = b;
            }
        }
    }
    if !participle {
        if let Some(r) = subject_at(0, false) {
            return Some(r);
        }
    }
    // After a leading phrase of any kind: `Thursday, after remaining neutral, Warren
    // appeared …`, `The next day, her Twitter account posted:`.
    toks.get(..before.min(24))?
        .iter()
        .enumerate()
        .filter(|(_, t)| t.punct == Some(','))
        .take(3)
        .find_map(|(c, _)| subject_at(c + 1, true))
}

/// The endings of an auxiliary contracted with `not` or of one contracted after a modal,
/// both apostrophes.
const CONTRACTED_AUXILIARY_ENDINGS: &[&str] = &["n't", "n\u{2019}t", "'ve", "\u{2019}ve"];

/// Whether the word in lower case at `t` may be the verb of a singular subject, or stand
/// before it (`Vole said`, `Vole also told`, `Vole hit back`, `Vole himself wrote`): a form
/// in -s, -ed or -ing, an irregular past, a cue, an adverb or auxiliary before a cue, a
/// contracted one (`didn’t`, `must’ve`), an adverb in -ly or of time (`Vole likely assumed`,
/// `Vole earlier quashed`), or a conjunction joining a second subject.
fn may_follow_singular_subject(src: &str, t: &Tok) -> bool {
    let w = t.text(src);
    w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing")
        || lexicon::IRREGULAR_PAST.has(w)
        || is_cue_adverb(src, t)
        || w.ends_with("ly")
        || lexicon::TIME_ADVERBS.has(w)
        || CONTRACTED_AUXILIARY_ENDINGS.iter().any(|e| w.ends_with(e))
        || is_cue(w)
        || lexicon::COORDINATORS.has(w)
        || w == "or"
}

/// Whether `words` are a phrase of time between a subject and its verb: `late Thursday
/// night`, `last week`, `on Tuesday`.
fn time_phrase(src: &str, words: &[Tok]) -> bool {
    !words.is_empty()
        && words.iter().all(|t| {
            let w = t.text(src);
            t.is_word()
                && (matches!(w, "on" | "at") || lexicon::DATE_MODIFIERS.has(w) || is_time_word(w))
        })
}

/// A weekday or a word of time (`Thursday`, `night`, `week`): what a phrase of time between
/// a subject and its verb is made of, after its modifier.
fn is_time_word(w: &str) -> bool {
    lexicon::WEEKDAYS.has(w) || lexicon::TIME_NOUNS.has(w)
}

/// Whether `words` are a date of two words or more: months, weekdays, numbers and the
/// words that place them (`Last June`, `June 2009`, `early Monday`).
fn is_date_phrase(src: &str, words: &[Tok]) -> bool {
    let day_or_month =
        |t: &Tok| lexicon::MONTHS.has(t.text(src)) || lexicon::WEEKDAYS.has(t.text(src));
    words.len() >= 2
        && words.iter().all(|t| {
            t.is_word()
                && (day_or_month(t)
                    || lexicon::DATE_MODIFIERS.has(t.text(src))
                    || t.text(src).bytes().all(|c| c.is_ascii_digit()))
        })
        && words.iter().any(day_or_month)
}

/// Whether a mention is a noun for quoted words after its article, and more: the words'
/// description in apposition with a clause of its own (`a phrase critics`, `a word his
/// aides`, `a term that critics`), not a speaker.
fn describes_the_words(mention: &str) -> bool {
    // (The article first, by its bytes: most mentions are names.)
    ["a ", "an ", "the ", "that ", "this "]
        .iter()
        .find_map(|a| mention.strip_prefix(a))
        .and_then(|rest| rest.split_once(' '))
        .is_some_and(|(noun, _)| lexicon::WORDS_NOUNS.has(noun))
}

/// An organisation's noun after a determiner opening the sentence of `toks[c]`, before its
/// verb (a past tense, an auxiliary or a cue): `His office put out a statement saying`, `The
/// union attacked Mr Jones, saying` (the tables leave `union`, `board` and `office` out of
/// the heads a subject runs on to, for they more often modify another noun: `union
/// stewards`).
fn organisation_subject(src: &str, toks: &[Tok], c: usize) -> Option<(usize, usize)> {
    let k = sentence_start(toks, c);
    let opens = toks
        .get(k)
        .is_some_and(|t| lexicon::DETERMINERS.has(t.text(src)))
        && toks
            .get(k + 1)
            .is_some_and(|t| is_lower_word(src, t) && lexicon::ORG_HEADS.has(t.text(src)))
        && toks.get(k + 2).is_some_and(|t| {
            is_lower_past(src, t)
                || is_lower_word(src, t) && (is_auxiliary(src, t) || is_cue(t.text(src)))
        });
    (opens && k + 2 < c).then_some((k, k + 2))
}

/// The verb of a clause whose subject ends before `toks[b]`: the lower-case word there, or
/// the one after an appositive between commas (`Mitch McConnell, R-Ky., delivered`,
/// `Mike Huckabee, for his part, is labeling`).
fn clause_verb(src: &str, toks: &[Tok], b: usize) -> Option<usize> {
    // (Not a noun: `French film … a ruling it was “not French enough”` has no verb `film`,
    // `Handsets with GPRS capability` none `capability`; nor a number or a compound
    // modifier: `Obama's first five questioners`, `Jimin’s first full-length solo album`.)
    let verb_at = |i: usize| {
        toks.get(i)
            .is_some_and(|t| is_lower_word(src, t) && !never_a_verb(t.text(src)))
            && !plural_before_auxiliary(src, toks, i)
    };
    // After a possessive the word is what is owned (`Mr Blair's style`), unless it is what
    // the owner said (`Clinton’s response was:`, `Republicans' reaction:`, a noun however it
    // ends) or a cue (`Trump's said`: has said).
    let possessed = || {
        b.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| is_possessive(t.text(src)))
    };
    let said = |i: usize| {
        toks.get(i).is_some_and(|t| {
            is_lower_word(src, t) && (is_cue(t.text(src)) || lexicon::SPEECH_NOUNS.has(t.text(src)))
        })
    };
    // (`late Thursday night`, `last week`: no verb, but the time phrase below.)
    let time_adverbial = toks
        .get(b)
        .is_some_and(|t| is_lower_word(src, t) && lexicon::DATE_MODIFIERS.has(t.text(src)))
        && toks.get(b + 1).is_some_and(|t| is_time_word(t.text(src)));
    if verb_at(b) && !time_adverbial {
        // (A noun a singular name modifies is no verb: callers run the subject on over it
        // first, see `modified_noun_phrase_end`.)
        return (!possessed() && !modified_noun(src, toks, b) || said(b)).then_some(b);
    }
    if possessed() && said(b) {
        return Some(b);
    }
    // (After a plural's possessive mark: `Republicans' reaction:`.)
    let plural_mark = b.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|w| {
        w.text(src).ends_with('s') && toks.get(b).is_some_and(|m| mark_glued_to_word(w, m))
    });
    if plural_mark && said(b + 1) {
        return Some(b + 1);
    }
    // A time or place phrase between subject and verb: `Gov. Mike Pence on Thursday blamed`,
    // `Trump in an interview said` (a past tense or a cue, within a few words).
    if toks
        .get(b)
        .is_some_and(|t| matches!(t.text(src), "on" | "in" | "at"))
        || time_adverbial
    {
        let phrase = toks.get(b + 1..(b + 1 + MAX_TIME_PHRASE).min(toks.len()))?;
        let v = phrase
            .iter()
            .position(|t| !t.is_word() || verb_at_clause(src, t))?;
        let t = phrase.get(v)?;
        return (v > 0 && t.is_word()).then_some(b + 1 + v);
    }
    // Up to `MAX_APPOSITIVES` of them: `One early supporter, Representative Lee Zeldin,
    // Republican of New York, gave`.
    let mut b = b;
    for _ in 0..MAX_APPOSITIVES {
        if toks.get(b)?.punct != Some(',') {
            return None;
        }
        let close = toks
            .get(b + 1..(b + 1 + MAX_APPOSITIVE).min(toks.len()))?
            .iter()
            .position(|t| {
                !t.is_word() && !matches!(t.punct, Some('.' | '-' | '\'' | '@' | '#' | '_'))
            })
            .map(|i| b + 1 + i)?;
        if close == b + 1 || toks.get(close)?.punct != Some(',') {
            return None;
        }
        // (A verb, not a clause word: `…, as Italians, the Schifanos were`, `…, though they
        // may`.)
        if verb_at(close + 1)
            && toks.get(close + 1).is_some_and(|t| {
                !lexicon::EDGE_WORDS.has(t.text(src)) && !lexicon::CLAUSE_OPENERS.has(t.text(src))
            })
        {
            return Some(close + 1);
        }
        // (An appositive holds no clause: `Queens, the wealthy enclave where the Trumps
        // lived,`.)
        if toks.get(b + 1..close)?.iter().any(|t| {
            is_lower_word(src, t)
                && (lexicon::RELATIVE_PRONOUNS.has(t.text(src))
                    || lexicon::EDGE_WORDS.has(t.text(src)) && t.text(src) != "of")
        }) {
            return None;
        }
        b = close;
    }
    None
}

/// Whether `toks[b]`, right after a singular name, is a noun the name modifies rather than
/// its verb: a verb there takes an ending (`Fox likens`, `Fox likened`) or is a cue, an
/// irregular past, an auxiliary or an adverb; a bare word is a noun (`Conservative
/// co-chairman Liam Fox likened`, `The Hutton inquiry cleared`, `US rock band REM`).
fn modified_noun(src: &str, toks: &[Tok], b: usize) -> bool {
    let singular_name = b.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
        let w = t.text(src);
        t.is_word() && is_capitalized(w) && !w.ends_with('s') && !is_pronoun(src, t)
    });
    // (Names joined by `and` are plural: `Obama and Clinton call them …`.)
    let coordinated = || {
        toks.get(b.saturating_sub(MAX_APPOSITIVE_NAME + 1)..b)
            .is_some_and(|w| {
                w.iter()
                    .rev()
                    .take_while(|t| t.is_word())
                    .any(|t| matches!(t.text(src), "and" | "&"))
            })
    };
    // (`WSJ editorial: “…”` labels what follows: the name is the speaker, as for a cue.)
    let label = || {
        toks.get(b + 1..)
            .and_then(|rest| rest.iter().find(|t| !is_lower_word(src, t)))
            .is_some_and(|t| t.punct == Some(':'))
    };
    singular_name
        && toks.get(b).is_some_and(|t| {
            let w = t.text(src);
            !w.ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.contains(['\'', '’'])
                && !is_cue(w)
                && !is_ly_adverb(w)
                && !lexicon::CUE_ADVERBS.has(w)
                && !lexicon::AUXILIARIES.has(w)
                && !lexicon::IRREGULAR_PAST.has(w)
        })
        && !coordinated()
        && !label()
}

/// Where a subject ends that runs on over a noun its name modifies and a name after it
/// (`Conservative co-chairman Liam Fox`, `Keane frontman Tom Chaplin`), when a verb follows;
/// `None` when `toks[b]` is no such noun.
fn modified_noun_phrase_end(src: &str, toks: &[Tok], b: usize) -> Option<usize> {
    if !modified_noun(src, toks, b) {
        return None;
    }
    // (A work is no speaker: `French film A Very Long Engagement has received …`.)
    let mut j = b;
    while j < b + MAX_MODIFIED_NOUNS
        && toks
            .get(j)
            .is_some_and(|t| is_lower_word(src, t) && !lexicon::EDGE_WORDS.has(t.text(src)))
    {
        if toks
            .get(j)
            .is_some_and(|t| lexicon::WORK_NOUNS.has(t.text(src)))
        {
            return None;
        }
        j += 1;
    }
    let nouns_end = j;
    while j < nouns_end + MAX_APPOSITIVE_NAME
        && toks
            .get(j)
            .is_some_and(|t| t.is_word() && is_capitalized(t.text(src)))
    {
        j += 1;
    }
    // (The verb itself is read without running on again: one noun phrase per subject.)
    let verb = toks.get(j).is_some_and(|t| {
        let w = t.text(src);
        is_lower_word(src, t)
            && !never_a_verb(w)
            && !lexicon::EDGE_WORDS.has(w)
            && !modified_noun(src, toks, j)
    });
    (j > nouns_end && verb).then_some(j)
}

/// Whether `toks[i]` is a participle that opens a reduced relative clause in a subject whose
/// verb, a form of `be`, comes after it in the same clause: a noun in lower case before it,
/// itself after no pronoun or name (`tweets accusing Machado of … are`, `reports claiming he
/// had quit were`; not `he remembers celebrating`, `a piece saying how the Channel was`).
fn reduced_relative(src: &str, toks: &[Tok], i: usize) -> bool {
    let word = |j: Option<usize>| j.and_then(|j| toks.get(j)).filter(|t| t.is_word());
    let noun = || {
        word(i.checked_sub(1)).is_some_and(|p| {
            let w = p.text(src);
            is_lower_word(src, p)
                && (np_head(src, p) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        })
    };
    let subject_before = || {
        word(i.checked_sub(2)).is_some_and(|t| {
            is_pronoun(src, t) || is_capitalized(t.text(src)) && !is_possessive(t.text(src))
        })
    };
    toks.get(i)
        .is_some_and(|t| is_lower_word(src, t) && t.text(src).ends_with("ing"))
        && noun()
        && !subject_before()
        && toks.get(i + 1..).is_some_and(|rest| {
            rest.iter()
                .take_while(|t| {
                    !t.is_sentence_end()
                        && t.punct != Some(',')
                        && !(is_lower_word(src, t)
                            && (lexicon::SUBORDINATORS.has(t.text(src))
                                || lexicon::RELATIVE_PRONOUNS.has(t.text(src))
                                || matches!(t.text(src), "that" | "how" | "what" | "why")))
                })
                .any(|t| is_lower_word(src, t) && lexicon::BE_FORMS.has(t.text(src)))
        })
}

/// Whether `toks[i]` is a plural noun, the head of its clause's subject, before the clause's
/// auxiliary: `Twenty TV stations were fined`, `The Tory proposals are “…”`, `his remarks
/// were “…”` — not a verb in `-s` (`what he says are “…”`, `Moscow claims are`), which
/// follows a name, a pronoun or an adverb.
fn plural_before_auxiliary(src: &str, toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let w = t.text(src);
    let plural = w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && is_lower_word(src, t)
        && !w.contains(['\'', '’']);
    plural
        && toks.get(i + 1).is_some_and(|n| is_auxiliary(src, n))
        && (!is_cue(w)
            || i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                is_lower_word(src, p) && !is_pronoun(src, p) && !is_cue_adverb(src, p)
                    || is_possessive(p.text(src))
            }))
}

/// Whether a lower-case word that is no cue reads as a noun: a head of descriptions
/// (`co-chairman`, `philosopher`) or a kind of work (`film`), or the plural of one (`Three
/// Labour councillors in Birmingham were caught …`, `The British producers`), or a noun's
/// ending (`capability`, `information`).
fn reads_as_noun(w: &str) -> bool {
    let head = |w: &str| lexicon::NOMINAL_HEADS.has(w) || lexicon::WORK_NOUNS.has(w);
    !is_cue(w)
        && (head(w)
            || w.strip_suffix('s').is_some_and(head)
            || lexicon::SINGULAR_S_NOUNS.has(w)
            || lexicon::NOUN_ENDINGS
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e)))
}

/// Whether a lower-case word is never the verb of a clause after its subject: a function
/// word ([`lexicon::NON_VERBS`]), a noun (`film`, `capability`, `news`), a number (`five`)
/// or a compound modifier (`full-length`).
fn never_a_verb(w: &str) -> bool {
    lexicon::NON_VERBS.has(w)
        || reads_as_noun(w)
        || lexicon::PLURAL_DETERMINERS.has(w)
        || compound_modifier(w)
}

/// Whether a hyphenated word reads as a modifier, not a verb: no verb's ending and no cue
/// (`full-length`, `long-term`; not `co-founded`, `fact-checks`).
fn compound_modifier(w: &str) -> bool {
    w.contains('-') && !w.ends_with("ed") && !w.ends_with('s') && !w.ends_with("ing") && !is_cue(w)
}

/// Whether `t` reads as the verb of a clause after a phrase: a cue, or a lower-case past
/// tense (`pummeled`, `signed`).
fn verb_at_clause(src: &str, t: &Tok) -> bool {
    let w = t.text(src);
    is_lower_word(src, t) && (is_cue(w) || is_past_tense_form(w))
}

/// Whether a mention is one capitalized word that opens its sentence and is an adverb or a
/// word the text also writes in lower case (`Highly recommend`, `Imagine how`, `Delays in
/// court hearings … allowed`): capitalized for its place, no name. Pronouns, determiners
/// and words for people (`Critics`, `Officials`) are left alone.
fn common_word_opening_a_sentence(src: &str, m: &Mention, scratch: &mut Scratch) -> bool {
    let word = m.text.as_str();
    if word.contains(' ') || !is_capitalized(word) {
        return false;
    }
    if !opens_sentence(src, m.span.start()) {
        return false;
    }
    // (On the stack: most such mentions are pronouns, `He said`.)
    let lw = lower_small(word);
    let lw = lw.as_str();
    if lexicon::MENTION_PRONOUNS.contains(&lw)
        || lexicon::DETERMINERS.contains(lw)
        || lexicon::PERSON_HEAD_WORDS.contains(lw)
        || lexicon::UNNAMED_PEOPLE.contains(lw)
        || lexicon::MALE_NAMES.contains(lw)
        || lexicon::FEMALE_NAMES.contains(lw)
    {
        return false;
    }
    if is_ly_adverb(lw) {
        return true;
    }
    // (Groups speak — `Ministers deny`, `Police say` — and so do bodies and kin: `Government
    // said`, `Mom said`.)
    if lw.ends_with('s') || lexicon::ORG_WORDS.contains(lw) || lexicon::KIN_WORDS.contains(lw) {
        return false;
    }
    // (A name written as a word stands capitalized inside a sentence somewhere: `George
    // Will`, `the Orange brand`. Decided once per word, within a bounded reach.)
    if let Some(&common) = scratch.common.get(lw) {
        return common;
    }
    // (A text that opens thousands of sentences with distinct words and a quote is crafted:
    // past a bound the words are taken as names, and each costs nothing more.)
    if scratch.common.len() >= MAX_COMMON_WORD_CHECKS {
        return false;
    }
    let t = Tok {
        start: m.span.start(),
        end: m.span.end(),
        punct: None,
    };
    let common = !capitalized_mid_sentence(src, m.span, word) && written_in_lower_case(src, &t);
    scratch.common.insert(lw.to_owned(), common);
    common
}

/// Whether `word` (capitalized) also stands inside a sentence somewhere in the text, after
/// a word or a comma: a name (`George Will`, `rights to the Orange brand`), not a common
/// word capitalized where it opens a sentence.
fn capitalized_mid_sentence(src: &str, at: Span, word: &str) -> bool {
    let (_, hay) = window(
        src,
        at.start().saturating_sub(WORD_REACH),
        at.end() + WORD_REACH,
    );
    hay.match_indices(word).any(|(i, _)| {
        let before = sub(hay, 0, i);
        before.ends_with(' ')
            && before
                .trim_end_matches(' ')
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == ',')
            && sub(hay, i + word.len(), hay.len())
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether the word `t` (or its plural or singular) also stands in lower case in the text
/// around it: a common word,
/// capitalized where it opens a sentence, not a name. (A bounded look, so that the
/// check stays linear; [`Scratch`] keeps the answer for the word.)
fn written_in_lower_case(src: &str, t: &Tok) -> bool {
    let lw = lower(t.text(src));
    if lw.is_empty() || lw == t.text(src) {
        return false;
    }
    let (_, hay) = window(src, t.start.saturating_sub(WORD_REACH), t.end + WORD_REACH);
    let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    // The word, or its plural or singular in `s` (`Plans include …` and `a plan`).
    let stem = lw.strip_suffix('s').unwrap_or(&lw);
    hay.match_indices(stem).any(|(i, m)| {
        let after = hay.get(i + m.len()..).unwrap_or("");
        let after = after.strip_prefix('s').unwrap_or(after);
        word_edge(hay.get(..i).and_then(|h| h.chars().next_back()))
            && word_edge(after.chars().next())
    })
}

/// Where the verb that starts at `toks[v]` ends: an auxiliary takes its adverbs and its
/// verb along (`has also called`, `is labeling`); a copula before its complement stays
/// alone (`is the latest`).
fn verb_group_end(src: &str, toks: &[Tok], v: usize) -> usize {
    if !toks.get(v).is_some_and(|t| is_auxiliary(src, t)) {
        return v + 1;
    }
    let adverb = |t: &Tok| {
        is_lower_word(src, t)
            && (t.text(src).ends_with("ly") || lexicon::CUE_ADVERBS.has(t.text(src)))
            && !is_auxiliary(src, t)
    };
    let mut end = v + 1;
    while toks.get(end).is_some_and(adverb) {
        end += 1;
    }
    // (Past the auxiliaries of a perfect or a progressive: `must have been thinking`.)
    let mut chained = 0;
    while chained < MAX_AUXILIARY_CHAIN
        && toks.get(end).is_some_and(|t| {
            is_auxiliary(src, t) || is_lower_word(src, t) && lexicon::BE_FORMS.has(t.text(src))
        })
    {
        end += 1;
        chained += 1;
        while toks.get(end).is_some_and(adverb) {
            end += 1;
        }
    }
    let verb = toks.get(end).is_some_and(|t| {
        let w = t.text(src);
        is_lower_word(src, t)
            && lexicon::np_classes(w) == 0
            && !lexicon::NP_STOP.has(w)
            && !is_pronoun(src, t)
            // (After a chain, a participle or a cue, not an adjective: `has been busy`.)
            && (chained == 0
                || w.ends_with("ed")
                || w.ends_with("en")
                || w.ends_with("ing")
                || is_cue(w))
    });
    match (verb, chained) {
        (true, _) => end + 1,
        (false, 0) => v + 1,
        // (The auxiliaries alone: `has been “…”`.)
        (false, _) => end,
    }
}

/// The verb a clause's cue is, past adverbs between the subject and it: `He also praised`,
/// `She then addressed` (`also` is no cue). `v` itself when no lower-case word follows them,
/// or when `v` is an auxiliary (its group is [`verb_group_end`]'s), a cue, or a verb that
/// [`lexicon::CUE_ADVERBS`] lets stand before one (`went`: in `Things went south in “…”`
/// the verb is not `south`).
fn past_adverbs(src: &str, toks: &[Tok], v: usize) -> usize {
    let adverb = |t: &Tok| {
        let w = t.text(src);
        is_lower_word(src, t)
            && (is_ly_adverb(w) || lexicon::CUE_ADVERBS.has(w))
            && !lexicon::AUXILIARIES.has(w)
            && !lexicon::PREPOSITIONS.has(w)
            && !is_cue(w)
            && !lexicon::VERBS_BEFORE_CUES.has(w)
    };
    let mut end = v;
    while toks.get(end).is_some_and(adverb) {
        end += 1;
    }
    if end > v && toks.get(end).is_some_and(|t| is_lower_word(src, t)) {
        end
    } else {
        v
    }
}

/// Whether the word before `toks[c]` is a modal in lower case (`must`, `will`).
fn after_modal(src: &str, toks: &[Tok], c: usize) -> bool {
    c.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| is_lower_word(src, t) && lexicon::MODALS.has(t.text(src)))
}

/// A sentence that opens with a participle and its phrase (`Dashing into a luncheon, …`,
/// `Based upon an interview, …`): its first word is not its subject. A name in `-ing` or
/// `-ed` before its verb is told by the verb (`Manning said`, `Mohammed has said`,
/// `Fleming testified`, `United went`), also after an adverb (`Groening recently heaped`).
fn opens_with_participle(src: &str, toks: &[Tok]) -> bool {
    let (Some(first), Some(next)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    let w = first.text(src);
    let n = next.text(src);
    let past = |i: usize| toks.get(i).is_some_and(|t| is_lower_past(src, t));
    first.is_word()
        && next.is_word()
        && w.len() > 4
        && (w.ends_with("ing") || w.ends_with("ed"))
        && !is_capitalized(n)
        && !past(1)
        && !is_auxiliary(src, next)
        && !is_cue(n)
        && !(is_ly_adverb(n) && past(2))
}

/// Whether `t` is a past tense in lower case, regular or irregular (`heaped`, `went`).
fn is_lower_past(src: &str, t: &Tok) -> bool {
    let w = t.text(src);
    is_lower_word(src, t) && (w.ends_with("ed") || lexicon::IRREGULAR_PAST.has(w))
}

/// `And from Chairwoman Rosenworcel:` or `Price said:` closing a paragraph.
fn colon_attribution(src: &str, toks: &[Tok]) -> Option<Attribution> {
    if let Some(a) = before_attribution(src, toks) {
        return Some(a);
    }
    if let Some(f) = toks
        .iter()
        .rposition(|t| t.is_word() && lower_small(t.text(src)) == "from")
    {
        if let Some((a, b)) = np_forward(src, toks, f + 1) {
            return attribution(src, toks, (a, b), (f, f + 1), Placement::Colon);
        }
    }
    // `The headline reads:` — the subject of the introducing sentence, and its verb.
    let colon = toks.len().checked_sub(1)?;
    let (a, b) = sentence_subject(src, toks, colon)?;
    let b = modified_noun_phrase_end(src, toks, b).unwrap_or(b);
    let verb = clause_verb(src, toks, b)
        .map(|v| past_adverbs(src, toks, v))
        .or_else(|| toks.get(b).filter(|t| t.is_word()).map(|_| b))
        .map(|v| (v, v + 1));
    Some(Attribution {
        mention: make_mention(src, toks, a, b)?,
        cue: verb.and_then(|(x, y)| make_cue(src, toks, x, y)),
        placement: Placement::Colon,
        speaker: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_naming_noun_is_shorter_than_the_bound_the_check_skips_below() {
        assert!(
            lexicon::NAMING_NOUNS
                .words()
                .all(|w| w.len() >= MIN_NAMING_NOUN)
        );
    }

    #[test]
    fn no_cue_particle_is_longer_than_the_bound_the_check_skips_past() {
        assert!(
            lexicon::CUE_PARTICLES
                .iter()
                .all(|(_, p)| p.len() <= MAX_PARTICLE)
        );
    }
}
