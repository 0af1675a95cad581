//! Quotes and attribution on short fixtures written for these tests.

use newstext::{Article, DiagnosticKind, Placement, QuoteKind};

use crate::support::{assert_no_mention, assert_unattributed, parse_valid};

/// `(quote text, mention, cue, placement)` of one speech quote.
type Row = (String, Option<String>, Option<String>, Option<Placement>);

/// A [`Row`] for every speech quote.
fn table(a: &Article) -> Vec<Row> {
    a.speech()
        .map(|q| {
            let att = q.attribution.as_ref();
            (
                q.text.clone(),
                att.map(|a| a.mention.text.clone()),
                att.and_then(|a| a.cue.as_ref()).map(|c| c.text.clone()),
                att.map(|a| a.placement),
            )
        })
        .collect()
}

/// Each `(text, mention)`: the text holds one speech quote, with that mention.
fn assert_mentions(cases: &[(&str, &str)]) {
    for (text, mention) in cases {
        let (_, m, _, _) = one(text);
        assert_eq!(m.as_deref(), Some(*mention), "{text}");
    }
}

/// Asserts that each text has one quote, with the mention and the cue beside it.
fn assert_mentions_and_cues(cases: &[(&str, &str, &str)]) {
    for (text, mention, cue) in cases {
        let (_, m, c, _) = one(text);
        assert_eq!(
            (m.as_deref(), c.as_deref()),
            (Some(*mention), Some(*cue)),
            "{text}"
        );
    }
}

/// Asserts that no quote of the texts has a mention opening with one of the words.
fn assert_no_mention_opening(texts: &[&str], words: &[&str]) {
    for text in texts {
        let a = parse_valid(text);
        for q in &a.quotes {
            let m = q.attribution.as_ref().map(|x| x.mention.text.as_str());
            assert!(
                !m.is_some_and(|m| words.iter().any(|w| m.starts_with(w))),
                "{text}: {m:?}"
            );
        }
    }
}

/// Asserts that every quote of each text is of the kind given.
fn assert_all_kinds(texts: &[&str], kind: QuoteKind) {
    for text in texts {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| q.kind == kind),
            "{text}: {:?}",
            a.quotes
        );
    }
}

/// The mentions of a text's speech quotes, in order.
fn mentions_of(text: &str) -> Vec<String> {
    table(&parse_valid(text))
        .into_iter()
        .filter_map(|r| r.1)
        .collect()
}

/// Asserts that no mention of a text's speech quotes holds `word`.
fn assert_no_mention_containing(text: &str, word: &str) {
    let mentions = mentions_of(text);
    assert!(
        mentions.iter().all(|m| !m.contains(word)),
        "{text}: {mentions:?}"
    );
}

/// The cues of a text's speech quotes, in order.
fn cues_of(text: &str) -> Vec<String> {
    table(&parse_valid(text))
        .into_iter()
        .filter_map(|r| r.2)
        .collect()
}

fn one(text: &str) -> Row {
    let a = parse_valid(text);
    let t = table(&a);
    assert_eq!(t.len(), 1, "{text:?}: {t:?}");
    t.into_iter().next().unwrap()
}

#[test]
fn marks_of_every_style() {
    for text in [
        "Headline\n\n“We will win,” Jones said.",
        "Headline\n\n\"We will win,\" Jones said.",
        "Headline\n\n‘We will win,’ Jones said.",
        "Headline\n\n'We will win,' Jones said.",
        "Headline\n\n``We will win,'' Jones said.",
        "Headline\n\n''We will win,'' Jones said.",
        "Headline\n\n«We will win», Jones said.",
        "Headline\n\n„We will win“, Jones said.",
        "Headline\n\n‹We will win›, Jones said.",
    ] {
        let (q, mention, cue, placement) = one(text);
        assert!(q.starts_with("We will win"), "{text:?}: {q:?}");
        assert_eq!(mention.as_deref(), Some("Jones"), "{text:?}");
        assert_eq!(cue.as_deref(), Some("said"), "{text:?}");
        assert_eq!(placement, Some(Placement::After), "{text:?}");
    }
}

#[test]
fn apostrophes_are_not_marks() {
    let a = parse_valid(
        "Headline\n\nIt’s Friday’s game, a ’90s rock ’n’ roll night at O’Donnell’s, the officials’ plan said.",
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    let a = parse_valid("Headline\n\n“It’s the ’90s again,” she said. ‘Don’t,’ he said.");
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(a.quotes[0].text, "It’s the ’90s again,");
    assert_eq!(a.quotes[1].text, "Don’t,");
    // Elisions typed with the opening mark are apostrophes too: `rock ‘n’ roll`, `how ‘bout
    // this headline: “…”`, `baking ‘em up`, inside a compound (`shoot-‘em-ups`), `’bot` for a
    // robot.
    let a = parse_valid(
        "Headline\n\nA night of rock ‘n’ roll, baking ‘em up. And how ‘bout this headline from \
         the Post: “Surge in robberies alters residents’ routines.” Shoot-'em-ups and 'bot nets \
         of hijacked machines, the 'bots' owners said.",
    );
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["Surge in robberies alters residents’ routines."]);
}

#[test]
fn nested_single_inside_double() {
    let (q, mention, ..) = one("Headline\n\n“She told me, ‘Go home,’ and I did,” Kim said.");
    assert_eq!(q, "She told me, ‘Go home,’ and I did,");
    assert_eq!(mention.as_deref(), Some("Kim"));
}

#[test]
fn straight_double_nested_inside_straight_double() {
    // With one kind of mark on the keyboard, a writer nests it in itself: the inner pair is
    // part of the quotation, and the speaker after it is found.
    let (q, mention, ..) = one("Headline\n\n\"It is a \"great\" day for all of us,\" Kim said.");
    assert_eq!(q, "It is a \"great\" day for all of us,");
    assert_eq!(mention.as_deref(), Some("Kim"));
    // (Not when the marks after it do not close the two: the first quotation lost its
    // closing mark, and the one after `added:` is a quotation of its own.)
    let a = parse_valid(
        "Headline\n\nA spokeswoman said it had been \"ambitious, but take-up had not been \
         \"sufficient\". She added: \"We tried.\"",
    );
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["ambitious, but take-up had not been ", "We tried."]);
}

#[test]
fn speaker_after_and_before() {
    let cases = [
        (
            "Headline\n\n“It works,” said the third official.",
            "the third official",
            "said",
            Placement::After,
        ),
        (
            "Headline\n\n“It works,” the official told reporters.",
            "the official",
            "told reporters",
            Placement::After,
        ),
        (
            "Headline\n\n“It works,” he added.",
            "he",
            "added",
            Placement::After,
        ),
        (
            "Headline\n\nPrice said: “It works.”",
            "Price",
            "said",
            Placement::Before,
        ),
        (
            "Headline\n\nAccording to Price, “it works.”",
            "Price",
            "According to",
            Placement::AccordingTo,
        ),
        (
            "Headline\n\n“It works,” according to the mayor.",
            "the mayor",
            "according to",
            Placement::AccordingTo,
        ),
        (
            "Headline\n\n“It works,” Anna Greenberg, a Democratic pollster, said.",
            "Anna Greenberg, a Democratic pollster",
            "said",
            Placement::After,
        ),
        (
            "Headline\n\n“It works.” — Commissioner Geoffrey Starks",
            "Commissioner Geoffrey Starks",
            "—",
            Placement::Dash,
        ),
        (
            "Headline\n\n“It works,” The Post reported.",
            "The Post",
            "reported",
            Placement::After,
        ),
        (
            "Headline\n\n“It works,” Price said in a statement.",
            "Price",
            "said in a statement",
            Placement::After,
        ),
    ];
    for (text, mention, cue, placement) in cases {
        let (_, m, c, p) = one(text);
        assert_eq!(m.as_deref(), Some(mention), "{text:?}");
        assert_eq!(c.unwrap_or_default(), cue, "{text:?}");
        assert_eq!(p, Some(placement), "{text:?}");
    }
}

#[test]
fn partial_quotes_in_reported_speech() {
    let (q, m, c, _) = one(
        "Headline\n\nA second official said the approach will be “balanced and sustainable,” and more.",
    );
    assert_eq!(q, "balanced and sustainable,");
    assert_eq!(m.as_deref(), Some("A second official"));
    assert_eq!(c.as_deref(), Some("said"));
    let a = parse_valid(
        "Headline\n\nA second official said the approach will be “balanced and sustainable,” and more.",
    );
    assert_eq!(a.quotes[0].kind, QuoteKind::Partial);
    let a = parse_valid(
        "Headline\n\nBlinken added that he and the others “will be spending time with the president.”",
    );
    assert_eq!(
        a.quotes[0]
            .attribution
            .as_ref()
            .map(|x| x.mention.text.as_str()),
        Some("Blinken")
    );
}

#[test]
fn split_and_continued_quotes_inherit() {
    let a = parse_valid(
        "Headline\n\n“First part,” Price said. “Second part.”\n\n“A whole paragraph of quote.”",
    );
    let t = table(&a);
    assert_eq!(t.len(), 3);
    assert_eq!(t[0].1.as_deref(), Some("Price"));
    assert_eq!(t[1].1.as_deref(), Some("Price"));
    assert_eq!(t[1].3, Some(Placement::Inherited));
    assert_eq!(t[2].1.as_deref(), Some("Price"));
    assert_eq!(t[2].3, Some(Placement::Inherited));
}

#[test]
fn colon_introduction_in_previous_paragraph() {
    let a = parse_valid("Headline\n\nAnd from Chairwoman Rosenworcel:\n\n“We are moving forward.”");
    let t = table(&a);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].1.as_deref(), Some("Chairwoman Rosenworcel"));
    assert_eq!(t[0].3, Some(Placement::Colon));
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let text = "Headline\n\n“This is the first paragraph of a long statement,” the mayor said. “It goes on\n\n“and on into a second paragraph\n\n“and ends in the third.”\n\nAfter.";
    let a = parse_valid(text);
    assert_eq!(a.quotes.len(), 2, "{:#?}", a.quotes);
    let long = &a.quotes[1];
    assert_eq!(long.pieces.len(), 3);
    assert_eq!(
        long.pieces.iter().map(|p| p.paragraph).collect::<Vec<_>>(),
        [Some(0), Some(1), Some(2)]
    );
    assert_eq!(long.pieces[2].text, "and ends in the third.");
    assert!(
        !a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnclosedQuote)
    );
    assert_eq!(
        long.attribution.as_ref().map(|x| x.mention.text.as_str()),
        Some("the mayor")
    );
}

#[test]
fn wrong_direction_and_unclosed_marks_are_repaired_and_reported() {
    let a = parse_valid("Headline\n\n“It is already in progress. “\n\nNext paragraph.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "It is already in progress. ");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::WrongDirectionClose)
    );
    // Glued to the end of a word: `“rapists“ while …`, `‘over their dead bodies‘,`.
    for (text, quoted) in [
        (
            "Headline\n\nHe called them “rapists“ while calling for a wall, and “criminals.”",
            ["rapists", "criminals."],
        ),
        (
            "Headline\n\nShe wrote ‘over their dead bodies‘, and then “we will see.”",
            ["over their dead bodies", "we will see."],
        ),
        // Glued to a question's mark, before a comma: `called “What’s New?“, they`.
        (
            "Headline\n\nIn a paper called “Where Did It Go?“, the team looked again.\n\n\
             “We found it,” said Ida Brenn.",
            ["Where Did It Go?", "We found it,"],
        ),
    ] {
        let a = parse_valid(text);
        let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, quoted, "{text:?}");
        assert!(
            a.diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::WrongDirectionClose)
        );
    }

    // A closing mark glued to a sentence's end and to a capitalized word, with nothing
    // open, opens the quote (`organizations.”It’s`); one with a quote open closes it.
    let a = parse_valid(
        "Headline\n\nIt is the best use of the tool.”It’s not automatic,” says Ona Vale. \
         “But it helps.”",
    );
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["It’s not automatic,", "But it helps."]);
    assert_eq!(
        table(&a).iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(),
        [Some("Ona Vale"), Some("Ona Vale")]
    );
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::WrongDirectionOpen)
    );
    let a = parse_valid("Headline\n\n“We won!”After the rally, he left.");
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["We won!"]);

    let a = parse_valid(
        "Headline\n\nShe said “this never closes and the paragraph ends.\n\nNext paragraph.",
    );
    assert_eq!(a.quotes.len(), 1);
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::UnclosedQuote)
        .expect("diagnostic");
    assert_eq!(
        d.related.and_then(|s| s.slice(
            "Headline\n\nShe said “this never closes and the paragraph ends.\n\nNext paragraph."
        )),
        Some("“")
    );

    let a = parse_valid(
        "Headline\n\nSchumer tweeted: “Let’s go. We can do this.’ He was there on Tuesday.",
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "Let’s go. We can do this.");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::MismatchedClosingQuote)
    );

    let a = parse_valid("Headline\n\nIt ended there.” Then more text.");
    assert!(a.quotes.is_empty());
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnmatchedClosingQuote)
    );

    let a = parse_valid("Headline\n\nThe plan will make citizens safer, “said the third official.");
    assert!(
        a.speech().next().is_none(),
        "a mark glued to the cue opens no quote"
    );
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::MarkGluedToCue)
    );
    // A capitalized cue word after the mark opens the quotation: `“Explain to me …`.
    let a = parse_valid(
        "Headline\n\nThe judge interrupted me. “Explain to me why you are here.” I was not off \
         to a good start.",
    );
    assert_eq!(a.speech().count(), 1, "{:?}", a.diagnostics);
    assert!(
        a.diagnostics
            .iter()
            .all(|d| d.kind != DiagnosticKind::MarkGluedToCue)
    );
}

#[test]
fn titles_and_terms_are_not_speech() {
    let a = parse_valid(
        "Headline\n\nThey signed a pact called “Bicentennial Framework for Security and Health.”",
    );
    assert_eq!(a.quotes[0].kind, QuoteKind::Title);
    let a = parse_valid("Headline\n\nShe appeared on “Saturday Night Live” last week.");
    assert_eq!(a.quotes[0].kind, QuoteKind::Title);
    let a = parse_valid("Headline\n\nThe so-called “reform” plan stalled.");
    assert!(!a.quotes[0].kind.is_speech());
    assert!(a.attributions().next().is_none());
    // A short exclamation is an utterance, not a term.
    let a = parse_valid("Headline\n\nThe crowd kept chanting “she wins, we lose!” for an hour.");
    assert!(a.quotes[0].kind.is_speech());
    // A title-case name after a kind of work, described as one, or told something.
    for text in [
        "Headline\n\nHe co-hosts the politics podcast “So, That Happened.”",
        "Headline\n\nIn his autobiography, “A Time for Truth,” he wrote of his father.",
        "Headline\n\nThen came “Tales From the Crypt,” an HBO series that first aired in 1989.",
        "Headline\n\nShe is a fair target, Fiorina told “Fox and Friends,” on Monday.",
        // (Or a name in title case after `the`, a year between maybe: `the 2010 “Expulsion
        // Initiative.”`, `Trump reiterated his belief in the “Ferguson Effect.”`.)
        "Headline\n\nThe vote enforced the 2010 “Removal Initiative.”",
        "Headline\n\nDorn repeated his belief in the “Harbor Effect.”",
    ] {
        let a = parse_valid(text);
        assert_eq!(a.quotes[0].kind, QuoteKind::Title, "{text}");
    }
}

#[test]
fn nesting_limit_is_enforced() {
    let mut options = newstext::ParseOptions::default();
    options.max_quote_depth = 2;
    let text = "Headline\n\n“one ‘two “three” two’ one,” she said.";
    let a = crate::support::parse_valid_with(text, &options);
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NestingLimitExceeded)
    );
}

#[test]
fn closing_marks_dropped_with_the_paragraph_breaks_of_a_quotation_are_recovered() {
    // Three paragraphs of one speaker run together, each lost its closing mark but the last:
    // three quotes, all his.
    let text = "Headline\n\nHe said television mattered. \"Television has been the driving \
                force. \"We must monitor the quality of the product. \"I think less is more.\"";
    let a = parse_valid(text);
    let quotes: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "Television has been the driving force.",
            "We must monitor the quality of the product.",
            "I think less is more."
        ]
    );
}

#[test]
fn a_dropped_straight_closing_mark_is_recovered() {
    let text = "Headline\n\n\"Spending looks good, but it was the Olympics. \"The amber light is flashing,\" said an economist.";
    let a = parse_valid(text);
    let quotes: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "Spending looks good, but it was the Olympics.",
            "The amber light is flashing,"
        ]
    );
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnclosedQuote)
    );
    assert!(
        !a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnmatchedClosingQuote)
    );
}

#[test]
fn subjects_of_longer_introductions() {
    let cases = [
        // A participle after a comma belongs to the sentence's subject.
        (
            "Headline\n\nAlbright urged women to vote for the senator, saying, “There is a special place.”",
            "Albright",
        ),
        // A cue joined to an earlier clause shares its subject.
        (
            "Headline\n\nThe mayor called on her to resign and said, “Her time is up.”",
            "The mayor",
        ),
        // A participle phrase between the name and the cue is an appositive.
        (
            "Headline\n\nFiorina, speaking to Iowans, said, “You have not voted yet.”",
            "Fiorina",
        ),
        // A relative clause between the name and the cue is not an attribution of its own.
        (
            "Headline\n\nClinton, who called Sanders after the winner was declared, told her supporters, “I still love this state.”",
            "Clinton",
        ),
        // A full name right before a colon.
        (
            "Headline\n\nThe timing does not surprise pollster Daron Shaw: “Lesser-known candidates do this.”",
            "pollster Daron Shaw",
        ),
        // A determiner and a plain noun after a quote or after according to.
        (
            "Headline\n\n“The candidate is eligible,” the board said.",
            "the board",
        ),
        (
            "Headline\n\nAccording to the newspaper, “gun laws are porous.”",
            "the newspaper",
        ),
        // A lone pronoun-like determiner.
        ("Headline\n\nSome chanted “USA! USA!” as he spoke.", "Some"),
        // A sentence that opens with a participle phrase: the subject follows its comma.
        (
            "Headline\n\nSmiling broadly throughout her speech, Mrs. Clinton thanked the state and then boomed, “There is no place like home.”",
            "Mrs. Clinton",
        ),
        (
            "Headline\n\nDashing into a luncheon of senators, Senator Shelley Capito called over her shoulder, “His comments are not helping.”",
            "Senator Shelley Capito",
        ),
        // An inverted cue takes a name or a description after it, not a clause.
        (
            "Headline\n\nAsked which Iowa county was his favorite, he demurred: “Whichever one I’m in.”",
            "he",
        ),
        (
            "Headline\n\nSaid Dorothy Poynter, who grew up with him: “He was kind.”",
            "Dorothy Poynter",
        ),
        // A long prepositional opener holds no subject either.
        (
            "Headline\n\nWith Democratic leaders increasingly worried about a lack of passion for her among young voters, President Obama is rolling out a new message: “It is about me.”",
            "President Obama",
        ),
        // … but a name in `-ing` before its verb is the subject.
        (
            "Headline\n\nManning wrote in a letter to the court, “I accept responsibility.”",
            "Manning",
        ),
        // An appositive between the subject and the verb that introduces the quote.
        (
            "Headline\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message: “It is time to quit attacking people.”",
            "Senate Majority Leader Mitch McConnell",
        ),
        (
            "Headline\n\nJeb Bush, the former governor, who has struggled, called his rival “totally scripted and kind of robotic.”",
            "Jeb Bush",
        ),
        // The subject before a relative pronoun, and before a participle with an infinitive cue.
        (
            "Headline\n\nAmong the references was a tweet from Rikkie Wells, who tweeted, “Staff never pay attention.”",
            "Rikkie Wells",
        ),
        // (Past adverbs and auxiliaries after the relative pronoun: `Franklin Graham, who has
        // publicly vowed not to buy Girl Scout cookies because of the organization's “…”`.)
        (
            "Headline\n\nLater, Vole praised the pastor Dan Mott, who has publicly vowed to skip the fair because of its “support of the left.”",
            "the pastor Dan Mott",
        ),
        (
            "Headline\n\nThe debate was so subdued that Mr. Trump was prompted to say, “I cannot believe how civil it has been.”",
            "Mr. Trump",
        ),
        // After an opening phrase, a person's noun in lower case with its modifiers and the
        // name after it.
        (
            "Headline\n\nOn the shoot, costume designer Ora Finch shared with Vogue, “We start at dawn.”",
            "costume designer Ora Finch",
        ),
    ];
    for (text, mention) in cases {
        // Appositives stay in the mention (`Fiorina, speaking to Iowans`); the name leads it.
        let (_, m, _, _) = one(text);
        assert!(
            m.as_deref().is_some_and(|m| m.starts_with(mention)),
            "{text:?}: {m:?}"
        );
    }
}

#[test]
fn participles_after_a_quote_introduce_content() {
    let (_, m, c, _) = one(
        "Headline\n\nIn a statement, Peabody said: “The company was successful,” adding that its value rose.",
    );
    assert_eq!(m.as_deref(), Some("Peabody"));
    assert_eq!(c.as_deref(), Some("said"));
}

#[test]
fn a_participle_after_an_earlier_one_shares_the_sentences_subject() {
    // `Israel has imposed a siege on Gaza denying people food, after announcing that … “…”`:
    // the earlier participle's subject, not the object of the preposition before it.
    assert_mentions_and_cues(&[(
        "Headline\n\nRavenia has imposed a blockade on Ostrel denying people fuel, after \
         announcing that its residents would be treated as “enemies of the state.”",
        "Ravenia",
        "announcing",
    )]);
    // (After a verb's object the earlier participle is that object's: `to remember
    // President Carter going on TV, declaring a “moral equivalent of war”`.)
    assert_mentions_and_cues(&[(
        "Headline\n\nI'm old enough to remember President Tom Hale going on TV in 1977, \
         declaring a “moral equivalent of war” on waste.",
        "President Tom Hale",
        "declaring",
    )]);
}

#[test]
fn a_predicate_between_commas_after_a_name_is_no_appositive() {
    // `Irina Shayk, couldn’t help but praise the two on her Instagram Stories, saying …`:
    // the words after the name's comma open with an auxiliary, so they are what the name
    // did, and the name alone is the participle's subject.
    assert_mentions_and_cues(&[(
        "Headline\n\nHer momma, Ada Vole, couldn’t help but praise the pair on her blog, \
         saying she was “so proud of them,” with a heart.",
        "Ada Vole",
        "saying",
    )]);
    // (An appositive with a relative clause in it stays: `Geoff Garin, a Democratic
    // pollster who is working with …, said`.)
    assert_mentions(&[(
        "Headline\n\nGeoff Marin, a Democratic pollster who is working with a super PAC, said \
         the race was “over.”",
        "Geoff Marin, a Democratic pollster who is working with a super PAC",
    )]);
}

#[test]
fn a_participles_subject_runs_on_over_a_noun_its_name_modifies() {
    // `Conservative co-chairman Liam Fox derided the photo call, saying: “…”`: the
    // sentence's subject is the whole description and the name after it, not `Conservative`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nLiberal co-chairman Amos Reed derided the photo call, saying: “It was \
             the worst acting I have seen.”",
            "Liberal co-chairman Amos Reed",
            "saying",
        ),
        (
            "Headline\n\nAnglo-Dutch consumer goods giant Varent is to merge its boards after \
             reporting “unsatisfactory” earnings.",
            "Anglo-Dutch consumer goods giant Varent",
            "reporting",
        ),
    ]);
}

#[test]
fn words_after_a_verb_of_judging_and_as_are_the_judges() {
    // `The Tory co-chairman attacked Labour's six new pledges as “vacuous”`, `distributors
    // have hailed the conviction as “a major boost”`: not terms.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe Green co-chairman attacked Labour's six new pledges as \"vacuous\" \
             on Monday.",
            "The Green co-chairman",
            "attacked",
        ),
        (
            "Headline\n\nLocal officials have hailed the conviction as \"a major boost\".",
            "Local officials",
            "have hailed",
        ),
    ]);
    // (Not words whose comma leaves them to the cue after them, nor a name.)
    assert_mentions_and_cues(&[(
        "Headline\n\nVole described her victory as \"truly overwhelming. I'm not used to this,\" \
         she said.",
        "she",
        "said",
    )]);
    assert_unattributed("Headline\n\nCritics hailed the film as \"The Best Show\" on Monday.");
}

#[test]
fn the_owner_of_words_a_noun_after_the_quote_names_said_them() {
    // `Mitt Romney’s “47 percent” comment`, `his “Second Amendment people” remark`: a
    // possessive before the quote, a noun for words after it.
    let a = parse_valid(
        "Headline\n\nTom Vane spoke in Ohio on Monday.\n\nTom Vane’s “forty percent” comment \
         was dismissive. Critics seized on his “fine people” remark and on the senator's “no \
         surrender” line.",
    );
    let rows: Vec<_> = a
        .quotes
        .iter()
        .map(|q| {
            let att = q.attribution.as_ref();
            (
                q.text.as_str(),
                q.kind,
                att.map(|a| a.mention.text.as_str()),
                att.and_then(|a| a.cue.as_ref()).map(|c| c.text.as_str()),
                att.and_then(|a| a.speaker)
                    .and_then(|id| a.speakers.get(id))
                    .map(|s| s.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "forty percent",
                QuoteKind::Partial,
                Some("Tom Vane"),
                Some("comment"),
                Some("Tom Vane")
            ),
            (
                "fine people",
                QuoteKind::Partial,
                Some("his"),
                Some("remark"),
                Some("Tom Vane")
            ),
            (
                "no surrender",
                QuoteKind::Partial,
                Some("the senator"),
                Some("line"),
                Some("the senator")
            ),
        ]
    );
    // (Not in reported speech, whose words they are — `Kennedy says that the plan is an
    // example of Labour's “authoritarian” response` — nor before a document's noun.)
    for text in [
        "Headline\n\nAda Vole says the plan is an example of Acme's “authoritarian” response.",
        "Headline\n\nThe vote went ahead. Acme's “Fresh Start” website opened.",
    ] {
        let a = parse_valid(text);
        let q = a.quotes.first().expect("one quote");
        assert!(
            q.attribution
                .as_ref()
                .is_none_or(|a| a.mention.text != "Acme"),
            "{text:?}: {:?}",
            q.attribution
        );
    }
}

#[test]
fn an_organisations_noun_opening_the_sentence_is_a_participles_subject() {
    // `His office put out a statement saying the U.S. “…”`: the participle goes with the
    // sentence's subject, not with the object before it.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nHis office put out a statement on the merger saying it was “a great \
             day for all of us.”",
            "His office",
            "saying",
        ),
        (
            "Headline\n\nIt rained. The union attacked Mr Dorn, saying: “He is a disgrace to \
             every worker in the land.”",
            "The union",
            "saying",
        ),
    ]);
    // (Not when a noun follows it, which it modifies: `The union stewards attacked`.)
    let (_, m, _, _) = one(
        "Headline\n\nThe union stewards attacked Mr Dorn, saying: “He is a disgrace to every \
         worker in the land.”",
    );
    assert_ne!(m.as_deref(), Some("The union"));
}

#[test]
fn a_plural_possessive_inside_an_appositive_keeps_the_attribution() {
    // `But Steve Radley, chief economist at the manufacturers' organisation EEF, said: "…"`:
    // the mark of `manufacturers'` is no end of the appositive.
    for mark in ['\'', '’'] {
        let text = format!(
            "Headline\n\nBut Ann Radley, chief economist at the makers{mark} organisation \
             MMF, said: \"These figures remain at odds with what is happening.\""
        );
        let (_, m, c, p) = one(&text);
        let mention = format!("Ann Radley, chief economist at the makers{mark} organisation MMF");
        assert_eq!(
            (m.as_deref(), c.as_deref(), p),
            (
                Some(mention.as_str()),
                Some("said"),
                Some(Placement::Before)
            ),
            "{text}"
        );
    }
}

#[test]
fn a_title_in_apposition_after_a_name_with_a_role_before_it_describes_that_person() {
    // `Conservative policy co-ordinator David Cameron, MP for Witney, added: "…"`: the name,
    // not `MP for Witney` (speaker `Witney`).
    assert_mentions_and_cues(&[(
        "Headline\n\nTory policy co-ordinator David Vole, MP for Ashmere, added: \"If it was not \
         so serious it would be funny.\"",
        "David Vole, MP for Ashmere",
        "added",
    )]);
}

#[test]
fn a_full_name_described_in_apposition_opening_the_sentence_before_a_quote_speaks_it() {
    // `Justin Harvey, co-founder and CEO of the startup Infobot.AI, which aims to …, sees
    // existing news organizations as …. “They’re trying to …”`: the subject past its
    // description, as without one.
    let (_, m, c, p) = one(
        "Headline\n\nAnn Vole, co-founder and chief executive of the startup Dotbot, which \
         aims to sell feeds to readers, sees most newsrooms as focused on costs. “They are \
         trying to expand the margins.”",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref(), p),
        (Some("Ann Vole"), None, Some(Placement::Context))
    );
    // (Not a single word, which may name a place: `Paris, a city of light, is lovely.`)
    assert_unattributed("Headline\n\nParis, a city of light, is lovely. “We love it here.”");
}

#[test]
fn a_noun_for_the_words_after_them_is_no_speaker() {
    // `asserted immigrants were “poisoning the blood of our country,” a phrase critics have
    // said is parroting …`: the phrase is the quote, the critics say something of it.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nHe asserted that migrants were “poisoning the soul of our land,” a \
             phrase critics have said is cruel.",
            "He",
            "asserted",
        ),
        (
            "Headline\n\nHe said the rule was “a disaster for all of us,” a word his aides later \
             said was a joke.",
            "He",
            "said",
        ),
    ]);
}

#[test]
fn a_calling_participle_after_with_and_its_subject_is_that_subjects() {
    // `The Tories are also thought likely to propose …, with shadow chancellor Oliver Letwin
    // branding stamp duty a “…”`: the words are Letwin's, not the Tories'.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe Greens are likely to propose higher thresholds, with party \
             treasurer Ann Vole branding the levy a “classic stealth tax”.",
            "party treasurer Ann Vole",
            "branding",
        ),
        (
            "Headline\n\nHowever, critics were less kind about the film, with the Daily Clarion \
             labelling it a “dispiriting vanity project”.",
            "the Daily Clarion",
            "labelling",
        ),
        // (Words in title case after an indefinite article describe, they name nothing:
        // `with Sen. John McCain calling it a “Chinese menu.”`)
        (
            "Headline\n\nRepublicans who agree that the prison should close were irritated, \
             with Sen. Tom Vell calling it a “Chinese menu.”",
            "Sen. Tom Vell",
            "calling",
        ),
    ]);
}

#[test]
fn a_person_noun_before_a_relative_clause_is_the_subject_of_the_cue_after_it() {
    // `Mr Kilroy-Silk said the man, who later disappeared, claimed he was “…”`: the man
    // claimed it, not the sentence's subject.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nMr Vole said the man, who later disappeared, claimed he was “doing it \
             in the name of the people”.",
            "the man, who later disappeared",
            "claimed",
        ),
        (
            "Headline\n\nReporters said the official, who asked not to be named, said the plan \
             was “dead in the water”.",
            "the official, who asked not to be named",
            "said",
        ),
    ]);
}

#[test]
fn a_phrase_of_time_between_the_subject_and_its_verb_is_passed_over() {
    // `the co-chairman of the Conservative Party, Liam Fox, on Saturday called him “…”`,
    // `Labour chairman Ian McCartney last year described Oliver Letwin as a “…”`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nHis comments come as the chairman of the party, Ann Vole, on Saturday \
             called him “a disappointment of historic proportions” as a leader.",
            "Ann Vole",
            "called",
        ),
        (
            "Headline\n\nIt rained. Mr Vole last year described the minister as a “modern \
             Fagin” in a speech.",
            "Mr Vole",
            "described",
        ),
        (
            "Headline\n\nMr Vole yesterday called him “a disappointment of epic proportions” \
             as a leader.",
            "Mr Vole",
            "called",
        ),
        (
            "Headline\n\nThe chairman of the party, Ann Vole, this week said: “We will win this \
             fight.”",
            "Ann Vole",
            "said",
        ),
        (
            "Headline\n\n“We will win this fight,” Mr Vole yesterday said.",
            "Mr Vole",
            "said",
        ),
        // (`Beck, who has in the past described Trump as “…”`: and `in recent years`.)
        (
            "Headline\n\nVole, who has in the past described the mayor as “a narcissist,” \
             kept quiet.",
            "Vole",
            "described",
        ),
        (
            "Headline\n\nThe firm has in recent years said the ban is “politically driven”.",
            "The firm",
            "said",
        ),
    ]);
    // (Not before a participle or an infinitive, where the name before the phrase is an
    // object: `a letter to Katherine Tai last month expressing …`.)
    for text in [
        "Headline\n\nThat worried a group of lawmakers, who sent a letter to trade ambassador \
         Ann Vole last month expressing their concern on car makers gaining ground and using \
         Mexico as a “backdoor” to the market.",
        "Headline\n\nThe American legend swept into London on Thursday to announce a \
         “long-term” deal with the association.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.attribution.as_ref().is_none_or(|at| {
                    !at.mention.text.contains("Vole") && at.mention.text != "London"
                })),
            "{text}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn a_date_opening_the_sentence_is_no_participles_subject() {
    // `In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences,
    // telling her, “…”`: a month or a date before its comma, after a preposition or with
    // its modifier, is an opening phrase; the subject follows it.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nIn June 2009, after the vote, Mr Dorn emailed her, telling her, “you \
             are a star and we need you.”",
            "Mr Dorn",
            "telling",
        ),
        (
            "Headline\n\nIn June, after the vote, Dorn emailed her, telling her, “you are a \
             star and we need you.”",
            "Dorn",
            "telling",
        ),
        (
            "Headline\n\nLast June, after the vote, Dorn emailed her, telling her, “you are a \
             star and we need you.”",
            "Dorn",
            "telling",
        ),
        (
            "Headline\n\nOn July 6, 2015, Dorn made the following comment:\n\n“For young \
             people who have left school, the rate is 33 percent.”",
            "Dorn",
            "made",
        ),
    ]);
}

#[test]
fn a_name_in_ing_before_its_verb_is_the_subject_not_a_participle() {
    // `Groening recently heaped praise on The Office, saying: “…”`: a past tense after the
    // name, or after an adverb in -ly after it, makes it the sentence's subject, which the
    // participle goes with (it was the object, `The Office`).
    assert_mentions_and_cues(&[
        (
            "Headline\n\nBreining recently heaped praise on The Studio, saying: “It is the best \
             show of the decade.”",
            "Breining",
            "saying",
        ),
        (
            "Headline\n\nHarding went to The Studio, saying: “It is the best show of the \
             decade.”",
            "Harding",
            "saying",
        ),
    ]);
    // (A participle phrase with an adverb stays one: `Speaking immediately after the game,
    // Jones said`.)
    assert_mentions_and_cues(&[(
        "Headline\n\nSpeaking immediately after the game, Jones said he was “very proud.”",
        "Jones",
        "said",
    )]);
}

#[test]
fn split_quote_with_the_attribution_inside() {
    let a = parse_valid("Headline\n\n“First,” Price said, “and second.”");
    let t = table(&a);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].3, Some(Placement::After));
    assert_eq!(t[1].1.as_deref(), Some("Price"));
    assert_eq!(t[1].3, Some(Placement::Inside));
}

#[test]
fn fragments_after_a_named_subject_and_its_verb() {
    let (q, m, c, p) = one("Headline\n\nMoore thanked him for “stepping up and taking action.”");
    assert_eq!(q, "stepping up and taking action.");
    assert_eq!(m.as_deref(), Some("Moore"));
    assert_eq!(c.as_deref(), Some("thanked"));
    assert_eq!(p, Some(Placement::Before));
    // (Past a phrase of time between them, however short the fragment: `Judge Carlton W.
    // Reeves late Thursday night issued …`, `Sir John Stevens last month backed …`.)
    assert_mentions_and_cues(&[
        (
            "Headline\n\nJudge Alma Ruiz late Thursday night blocked a bill for those \
             professing a “sincere belief” to refuse service.",
            "Judge Alma Ruiz",
            "blocked",
        ),
        (
            "Headline\n\nCommissioner Sir Ian Stroud last month backed a plan so only \
             “grossly excessive” force could be punished.",
            "Commissioner Sir Ian Stroud",
            "backed",
        ),
    ]);
    // An auxiliary's cue takes its adverbs and its verb along; a copula stays alone.
    let (_, _, c, _) =
        one("Headline\n\nSanders has also called for “free college for everyone” at rallies.");
    assert_eq!(c.as_deref(), Some("has also called"));
    // (Past the auxiliaries of a perfect or a progressive to the verb, not to an adjective;
    // a passive's subject speaks no fragment, see
    // `the_subject_of_a_passive_with_no_agent_is_no_speaker`.)
    let (_, _, c, _) =
        one("Headline\n\nTom Rexley has been loudly pushing for “a full inquiry” this week.");
    assert_eq!(c.as_deref(), Some("has been loudly pushing"));
    let (_, _, c, _) = one(
        "Headline\n\nAt this point, Joseph must have been thinking something like, “Where is \
         the inn?”",
    );
    assert_eq!(c.as_deref(), Some("must have been thinking"));
    let (_, _, c, _) =
        one("Headline\n\nTom Rexley has been busy “doing whatever it takes” this week.");
    assert_eq!(c.as_deref(), Some("has been"));
    let (_, _, c, _) = one(
        "Headline\n\nCorbett is the latest comedy star to bemoan the “dumbing down of modern programmes” on air.",
    );
    assert_eq!(c.as_deref(), Some("is"));
    // A pronoun for a person is a subject too; an impersonal one is not.
    let (_, m, c, _) =
        one("Headline\n\nHe called her handling of the emails “extremely careless” on Tuesday.");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("He"), Some("called")));
    // A common word that opens the sentence is no name (the text writes it in lower case
    // too); a noun for people is a subject all the same.
    for text in [
        "Headline\n\nPlans include “a new deal for the workers” and more. The plans were announced on Monday.",
        // (Its singular counts too.)
        "Headline\n\nAudiences can expect “a little of the old magic” tonight. The audience was large.",
    ] {
        let a = parse_valid(text);
        assert!(a.quotes.iter().all(|q| q.attribution.is_none()), "{a:?}");
    }
    let (_, m, _, _) = one(
        "Headline\n\nCritics fear “a rush to judgment” on the plan. The critics were heard on Monday.",
    );
    assert_eq!(m.as_deref(), Some("Critics"));
    for text in [
        "Headline\n\nThey were detained for “suspicious activity” near the base on Monday.",
        "Headline\n\nIt is a view shared by the “silent majority” of fans this year.",
    ] {
        assert_eq!(parse_valid(text).speech().count(), 0, "{text}");
    }
    // A coordinator after the subject is no verb: `Crows and ravens are considered the “…”`
    // names no cue `and`, and `He and his partner came … to show that “…”` goes on with the
    // report of the sentence before.
    for text in [
        "Headline\n\nOwls and hawks are the “night watchmen of the forest floor.”",
        "Headline\n\nDana Ruiz said the police were a welcome sight. She and her wife came to \
         the march to show that \"they can not scare us back into the closet.\"",
    ] {
        assert!(!cues_of(text).iter().any(|c| c == "and"), "{text}");
    }
    let (_, m, c, _) = one(
        "Headline\n\nDana Ruiz said the police were a welcome sight. She and her wife came to the \
         march to show that \"they can not scare us back into the closet.\"",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Dana Ruiz"), Some("said"))
    );
    // An appositive of many words between the subject and its verb (`Welsh legend Mervyn
    // Davies, a member of two of three Grand Slam-winning sides of the 1970s, hailed it as
    // “…”`): the mention runs over it, as before any cue (`Anna Greenberg, a Democratic
    // pollster, said`).
    let (_, m, c, _) = one(
        "Headline\n\nWelsh legend Dai Rees, a member of two of the three Grand Slam-winning \
         sides of the 1970s, hailed it as “one of the great displays of the past decades”.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (
            Some(
                "Welsh legend Dai Rees, a member of two of the three Grand Slam-winning sides \
                 of the 1970s"
            ),
            Some("hailed")
        )
    );
    // A preposition after one is no verb: `The Post sent its “…” Stephanie McCrummen, 2015
    // winner of the Erikson Prize …, into “a living room in western Pennsylvania”`.
    let text = "Headline\n\nThe Herald sent its “senior reporter” Jane Ord, winner of the Hale \
                Prize, into “a small living room in western Ohio” to watch the debate.";
    assert!(!cues_of(text).iter().any(|c| c == "into"), "{text}");
    // The plural of a head noun after the capitalized words goes on with the subject; it
    // is no verb (`Three Labour councillors in Birmingham were caught operating a “…”`).
    let text = "Headline\n\nTwo Green councillors in Leeds were caught running a “ballot \
                farm” for months, a court has heard.";
    let a = parse_valid(text);
    assert!(
        a.quotes.iter().all(|q| q
            .attribution
            .as_ref()
            .is_none_or(|x| x.mention.text != "Two Green")),
        "{a:?}"
    );
}

#[test]
fn names_that_are_also_auxiliaries() {
    // `will`, `may` stand between a subject and its cue in lower case only.
    let (_, m, c, _) = one("Headline\n\n“This might hasten the eclipse of the field,” Will wrote.");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("Will"), Some("wrote")));
    let (_, m, c, _) = one("Headline\n\n“It will be nothing more than a break,” May said.");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("May"), Some("said")));
}

#[test]
fn a_long_sentence_before_the_quote_is_read_from_its_start() {
    // The subject stands more than the usual window before the quote; read from a word cut
    // in two, the window would make `campaign` the speaker.
    let (_, m, c, _) = one(
        "Headline\n\nRoy M. Neel, who managed Al Gore's 1992 presidential campaign, said in an \
         oral history of the Bill Clinton years that women in the South particularly disliked \
         Mrs. Clinton, the first working mother to serve as first lady and the first to have an \
         office in the West Wing, because she ''appeared to be something of an affront to their \
         sense of who they were.''",
    );
    assert!(
        m.as_deref().is_some_and(|m| m.starts_with("Roy M. Neel")),
        "{m:?}"
    );
    assert_eq!(c.as_deref(), Some("said"));
}

#[test]
fn names_of_works_with_a_verb_nearby_are_not_speech() {
    // A title-case name with no sentence mark, next to a verb the cue lexicon does not know.
    for text in [
        "Headline\n\nJason Linkins edits “Eat The Press” for The Huffington Post.",
        "Headline\n\nAnd, yes, CBS renewed “Hawaii Five-0” for a seventh season.",
        "Headline\n\nFour of the 1905 All Blacks went on to become “All Golds” when they joined the league.",
        "Headline\n\nActress Rosario Dawson took the stage with a “Talk Bernie to Me” tote bag at her side.",
        "Headline\n\nJessica Mendoza replaced Schilling on the marquee “Sunday Night Baseball” broadcasts.",
    ] {
        let a = parse_valid(text);
        assert_eq!(table(&a), [], "{text:?}");
        assert!(a.quotes.iter().all(|q| !q.kind.is_speech()), "{text:?}");
    }
    // A cue verb, or a name and a colon, still makes it speech.
    let (_, m, c, _) = one("Headline\n\nHe said “The Hispanics” and swears they love him.");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("He"), Some("said")));
    let (_, m, _, _) =
        one("Bernie Sanders: ‘Of Course’ Hillary Clinton Is Qualified\n\nBody text here.");
    assert_eq!(m.as_deref(), Some("Bernie Sanders"));
}

#[test]
fn a_work_in_a_slot_for_works_is_a_title_even_with_a_period_or_comma() {
    // `an interview last October on CBS' ''60 Minutes.''`, `to stream ''Seinfeld.''`,
    // `alongside ''Grumpy Cat.''`: a title-case name that ends its sentence, in a slot for a
    // work, is no utterance.
    assert_all_kinds(
        &[
            "Headline\n\nObama backed her up in an interview on CBS' “60 Minutes.” Later he left.",
            "Headline\n\nObama backed her up on Fox News’ “Evening Hours.” Later he left.",
            "Headline\n\nHulu paid $1 million an episode to stream “Mellow Street.” A survey found it.",
            "Headline\n\nNews could thrive alongside “Grumpy Cat.”",
            "Headline\n\nThe singer proceeded to perform “Bridge Over Quiet Water.”",
        ],
        QuoteKind::Title,
    );
    // (Or before its author or a description of it, after speech that would lend it a
    // speaker.)
    for (text, title) in [
        (
            "Headline\n\nHe talks about how his forces must be ready “to fight tonight.” One of \
             his recent reads, “This Kind of Peace,” by T.R. Fenwick, drove that point home.",
            "This Kind of Peace,",
        ),
        (
            "Headline\n\n“It refreshes the library,” said Peter Roe, chairman of the group.\n\n\
             “Hawaii Five-1,” the 1960s procedural that CBS revived, is a case study.",
            "Hawaii Five-1,",
        ),
        (
            "Headline\n\nAnn Vole, who oversees programming at TNT, described the excitement \
             when a director approached the network about revamping “Tales From the Vault,” \
             the kitschy HBO horror series.",
            "Tales From the Vault,",
        ),
    ] {
        let a = parse_valid(text);
        let q = a.quotes.iter().find(|q| q.text == title);
        assert!(
            q.is_some_and(|q| q.kind == QuoteKind::Title && q.attribution.is_none()),
            "{text:?}: {:?}",
            a.quotes
        );
    }
    // (A name that owns no plural: an utterance after its speaker's comma stays speech.)
    let (_, m, _, _) = one("Headline\n\nThe boss told his staff, “Good Luck.”");
    assert_eq!(m.as_deref(), Some("The boss"));
}

#[test]
fn unattributed_names_in_a_list_are_titles_even_with_a_comma_inside() {
    // American style puts the list's comma inside the marks: still names, not speech.
    let a = parse_valid(
        "Headline\n\nThe revival wave brought back “Fuller House,” “Twin Peaks” and more.",
    );
    assert_eq!(table(&a), []);
    assert!(a.quotes.iter().all(|q| !q.kind.is_speech()));
    // A period makes an utterance (`“Dump Trump.”`), and a speaker makes speech.
    let a = parse_valid("Headline\n\nThe crowd held signs: “Dump Trump.”");
    assert!(a.quotes.iter().all(|q| q.kind.is_speech()));
    let (_, m, _, _) = one("Headline\n\n“Game Over,” Jones said.");
    assert_eq!(m.as_deref(), Some("Jones"));
}

#[test]
fn a_cue_followed_by_a_reported_clause_names_no_speaker_after_the_quote() {
    // `said the candidate could be …`: the words after the cue are what was said.
    let a = parse_valid(
        "Headline\n\nMr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be competitive in Pennsylvania.",
    );
    let t = table(&a);
    assert_eq!(t.len(), 1);
    assert!(
        t[0].1.as_deref().is_none_or(|m| !m.contains("candidate")),
        "{t:?}"
    );
    // Also when the clause runs to the end of the sentence (`could win.`).
    let a = parse_valid(
        "Headline\n\nMr. Manafort, citing “the unique magic of Trump,” said the candidate could win.",
    );
    let t = table(&a);
    assert_eq!(t.len(), 1);
    assert!(
        t[0].1.as_deref().is_none_or(|m| !m.contains("candidate")),
        "{t:?}"
    );
    // Without an auxiliary the same words name the speaker.
    let (_, m, _, _) = one("Headline\n\n“It is close,” said the candidate from Ohio.");
    assert_eq!(m.as_deref(), Some("the candidate from Ohio"));
}

#[test]
fn plural_possessives_and_weekdays_inside_mentions() {
    // A plural possessive's lone mark inside the mention after the quote.
    let (_, m, c, _) = one(
        "Headline\n\n\"This campaign is revolutionizing politics,\" Jeff Weaver, Sanders' campaign manager, said in a statement.",
    );
    assert_eq!(m.as_deref(), Some("Jeff Weaver, Sanders' campaign manager"));
    assert_eq!(c.as_deref(), Some("said in a statement"));
    // A weekday after a determiner describes the head; it does not end the mention.
    let (_, m, _, _) = one(
        "Headline\n\n“There are invertebrates with more spine,” reads a Wednesday editorial in The Des Moines Register.",
    );
    assert_eq!(m.as_deref(), Some("a Wednesday editorial"));
}

#[test]
fn a_verb_no_cue_knows_after_a_quote_and_its_comma_reports_it() {
    // The subject and the verb in the short clause after the quote, with an appositive
    // between them however long.
    assert_mentions_and_cues(&[
        (
            "Headline\n\n“He left to run errands,” Mara Quell shared on Monday.",
            "Mara Quell",
            "shared",
        ),
        (
            "Headline\n\n“He left to run errands,” Mara Quell, a volunteer on the family's appeal page, shared on Monday.",
            "Mara Quell, a volunteer on the family's appeal page",
            "shared",
        ),
    ]);
    // Without an appositive, a verb ten words on is too far to have the words before it
    // as its subject.
    let text = "Headline\n\nAfter Ona Brisk embarked on a series of trips to Peru in 2022 that were “guided by curiosity,” the Fenwick Gallery director and the museum at large were determined to keep going.";
    assert!(
        !cues_of(text).iter().any(|c| c == "determined"),
        "{:?}",
        cues_of(text)
    );
    // A word in -s right after an article is a noun, and the clause after the quote has no
    // verb: `the prompts` report nothing.
    let text = "Headline\n\nIf the tool was fed the request “paint me a barn,” the prompts \
                “red hen” and “a quiet lane” would drift too.";
    assert!(cues_of(text).is_empty(), "{:?}", cues_of(text));
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_is_a_subject() {
    // `she’d reply, “My father says I don’t have to do that,”`: `she’d` is `she would`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nWhenever the teachers scolded her, she’d reply, “My mother says I \
             may,” and walk off.",
            "she’d",
            "reply",
        ),
        (
            "Headline\n\nAsk the players and they'll tell you, \"We play for the town.\"",
            "they'll",
            "tell",
        ),
    ]);
}

#[test]
fn a_pronoun_after_a_noun_opens_a_relative_clause_not_an_attribution() {
    // `the charter it grants`: the pronoun and the verb no cue knows describe the noun
    // before them (`that` left out); nobody speaks.
    let (_, m, c, _) = one(
        "Headline\n\nThe oath bars anyone who has “given aid or comfort to the rivals of,” the old league or the charter it grants.",
    );
    assert_eq!((m, c), (None, None));
    // After a comma the pronoun is the subject of the verb after it.
    let (_, m, c, _) = one("Headline\n\n“We stay home,” the coach, he explained gravely.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("he"), Some("explained"))
    );
    let (_, m, _, _) = one("Headline\n\n“We stay home,” and then she shrugged.");
    assert_eq!(m.as_deref(), Some("she"));
}

#[test]
fn the_subject_of_a_relative_clause_speaks() {
    // After `which`, `that` or `whom` the phrase is the subject of the clause's cue, not an
    // object (as after other lower-case words: `shook her head and said`).
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe council backed a plan which critics say will ruin \"the whole valley\".",
            "critics",
            "say",
        ),
        (
            "Headline\n\nThe mayor, whom one aide described as \"a fighter\", left.",
            "one aide",
            "described",
        ),
    ]);
}

#[test]
fn a_cue_that_is_also_a_noun_reports_the_clause_after_a_modal() {
    // (Before other lower-case words it is a noun with its object; see
    // `a_cue_noun_before_a_title_or_a_body_modifies_it`.)
    assert_mentions_and_cues(&[(
        "Headline\n\nThe council backed a plan that activists claim would close \"half the libraries\".",
        "activists",
        "claim",
    )]);
}

#[test]
fn subjects_after_a_quote_are_noun_phrases_not_clauses() {
    for (text, mention) in [
        // A pronoun right before the cue, after other words.
        (
            "Headline\n\n“I take the view.” This is the record he will defend, he said.",
            "he",
        ),
        // A name in -ing is a name; a participle phrase is not a subject.
        ("Headline\n\n“We live in Chicago,” Ebeling said.", "Ebeling"),
    ] {
        let (_, m, _, _) = one(text);
        assert_eq!(m.as_deref(), Some(mention), "{text:?}");
    }
    let (_, m, _, _) = one(
        "Headline\n\nJohnson spoke.\n\n“Athletes compete more.” Speaking at a conference in Birmingham, Johnson argued.",
    );
    assert!(
        m.as_deref().is_none_or(|m| !m.starts_with("Speaking")),
        "{m:?}"
    );
    // A cue in the infinitive after another verb attributes nothing.
    let (_, m, _, _) = one(
        "Headline\n\n“We have a squad to be proud of.” Lions boss Sir Clive Woodward is set to announce his team.",
    );
    assert!(m.as_deref().is_none_or(|m| !m.contains("is set")), "{m:?}");
    // … unlike `went on to say`.
    let (_, m, _, _) = one("Headline\n\n“It is over,” Smith went on to say.");
    assert_eq!(m.as_deref(), Some("Smith"));
    let (_, m, _, _) = one(
        "Headline\n\nThe piece goes on to slam Sanders’ “political revolution” for \
         implying a consensus.",
    );
    assert_eq!(m.as_deref(), Some("The piece"));
}

#[test]
fn words_after_a_closed_quote_that_introduce_or_report_something_else() {
    let a = parse_valid(
        "Headline\n\n“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack was the worst thing.”",
    );
    let t = table(&a);
    let mentions: Vec<Option<&str>> = t.iter().map(|r| r.1.as_deref()).collect();
    assert_eq!(
        mentions,
        [Some("Ms. Alawee"), Some("Ms. Alawee"), Some("Mr. Zahed")]
    );
    // A new sentence whose cue reports a clause of its own attributes nothing before it.
    let a = parse_valid(
        "Headline\n\nMs. Alawee spoke first. “We are not terrorists.” He says referees are throwing flags.",
    );
    let t = table(&a);
    assert!(t[0].1.as_deref() != Some("He"), "{t:?}");
    let a = parse_valid("Headline\n\n“We are not terrorists.” He says.");
    assert_eq!(table(&a)[0].1.as_deref(), Some("He"));
    // After a comma the same words attribute the quote before them too.
    let a = parse_valid("Headline\n\n“We are through,” Ferdinand said: “It was hard.”");
    let t = table(&a);
    assert_eq!(t[0].1.as_deref(), Some("Ferdinand"));
}

#[test]
fn descriptions_before_the_cue_end_at_their_head_noun() {
    let cases = [
        // A head noun no table lists, after a name used as a modifier.
        (
            "Headline\n\nThe New York businessman says of Clinton, “She will put the Oval Office up for sale.”",
            "The New York businessman",
        ),
        // Plain adjectives after the determiner (the phrase is no object of a verb).
        (
            "Headline\n\nThe presidential candidate reiterated: “I am well aware of the rules.”",
            "The presidential candidate",
        ),
        // A description in apposition, and a description after `of`, belong to the name.
        (
            "Headline\n\nKatrina Bull, a prospective parliamentary candidate said the leader had shown he could rouse the party: “I think he won the room.”",
            "Katrina Bull, a prospective parliamentary candidate",
        ),
        (
            "Headline\n\nAs Gavin Cox of the excellent buildyourown website put it: “It will be tough to build.”",
            "Gavin Cox of the excellent buildyourown website",
        ),
    ];
    assert_mentions(&cases);
    // A verb, an adverb or a clause word before the cue is no head noun.
    for text in [
        "Headline\n\nThe Republican candidate appeared on television, saying, “I am trying to save lives.”",
        "Headline\n\nHe would bring his expertise to the Trump Administration if asked. “I will support him.”",
    ] {
        let (_, m, _, _) = one(text);
        assert!(
            m.as_deref()
                .is_none_or(|m| !m.ends_with("appeared") && !m.ends_with("if")),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_cue_verb_after_a_preposition_is_a_noun() {
    // `secretary of state`: a noun, not the cue `state`.
    let (_, m, c, _) = one(
        "Headline\n\nAs Mrs. Clinton, then the secretary of state, put it, they would “walk all over us.”",
    );
    assert_eq!(c.as_deref(), Some("put it"));
    assert_eq!(
        m.as_deref(),
        Some("Mrs. Clinton, then the secretary of state")
    );
    // A gerund after a preposition is still a cue: `for saying`.
    let (_, m, c, _) =
        one("Headline\n\nShe was criticized for saying, “I am not a fan of the plan.”");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("She"), Some("saying")));
}

#[test]
fn the_subject_of_a_passive_cue_is_no_speaker() {
    // `Holmes has now been advised`, `Ms Kelly is reported to be`: the subject heard it, or
    // is talked about; the speaker is who said it.
    let a = parse_valid(
        "Headline\n\n“I pulled my hamstring,” said Holmes. “I saw the doctor and it is not \
         serious.” Holmes has now been advised to rest.",
    );
    let cues: Vec<_> = table(&a).into_iter().map(|(_, m, c, _)| (m, c)).collect();
    let holmes = (Some("Holmes".to_owned()), Some("said".to_owned()));
    assert_eq!(cues, [holmes.clone(), holmes]);
    let a = parse_valid("Headline\n\nMs Kelly is reported to be “pro-life” on the issue.");
    assert!(table(&a).is_empty(), "{:?}", table(&a));
    // A reporting passive still names its speaker: `is quoted`, `is reported as saying`.
    let (_, m, c, _) = one("Headline\n\n“It is over,” Mr Kapor is reported as saying.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Mr Kapor"), Some("reported"))
    );
    let (_, m, c, _) = one("Headline\n\n“We are ready,” Braynard is quoted as saying.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Braynard"), Some("quoted"))
    );
}

#[test]
fn adverbs_question_words_and_time_spans_that_open_a_sentence_are_no_subjects() {
    let cases = [
        (
            "Headline\n\nHere in Columbia, Sanders stepped up his emphasis on justice, saying, “We have got to achieve the day.”",
            "Sanders",
        ),
        (
            "Headline\n\nMinutes later, she sent an email saying, “done.”",
            "she",
        ),
        (
            "Headline\n\nEven before Sanders took the stage, his campaign sent a text message saying: “With your help, we won.”",
            "his campaign",
        ),
        (
            "Headline\n\nWhat do you think of Carson privately saying “pray for him” in response?",
            "Carson",
        ),
        // A span of time before `ago`, and a sentence adverb, open introductory phrases.
        (
            "Headline\n\nEight years ago, he supported Barack Obama and said, “She has never done a thing for us.”",
            "he",
        ),
        (
            "Headline\n\nImmediately after the attacks, Trump issued a statement, “Our nation was attacked.”",
            "Trump",
        ),
        // A participle's object is not the subject: `… speaking to Fox News said`, and
        // a direct one with its article: `An actress playing a BBC News anchor reports`.
        (
            "Headline\n\nAnother intelligence source speaking to Fox News said, “The agents are investigating.”",
            "Another intelligence source",
        ),
        (
            "Headline\n\nAn actress playing a BBC News anchor reports that “the hospital was hit.”",
            "An actress",
        ),
        // An anchor is a person's noun after a noun that modifies it: `Yahoo News and former
        // TV network anchor Katie Couric has promoted …, advising …`.
        (
            "Headline\n\nThe network anchor Jane Vole has promoted an approach, advising graduates to “become members of the club.”",
            "The network anchor Jane Vole",
        ),
    ];
    assert_mentions(&cases);
}

#[test]
fn a_clause_before_the_subject_after_a_quote_is_not_part_of_the_mention() {
    let cases = [
        // The quote's sentence runs on to a comma; the subject follows it.
        (
            "Headline\n\nThe economy will make a “spectacular comeback” that would help world recovery, the OECD said.",
            "the OECD",
        ),
        (
            "Headline\n\n“I have admiration for the mechanics” of the Clinton proposals, Mr. Holtz-Eakin said.",
            "Mr. Holtz-Eakin",
        ),
        // Appositive chains keep their name.
        (
            "Headline\n\n“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said.",
            "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency",
        ),
        (
            "Headline\n\n“We have done nothing wrong,” one of the men, David Redvers, 34, from Hartpury, Gloucestershire, said.",
            "one of the men, David Redvers, 34, from Hartpury, Gloucestershire",
        ),
    ];
    assert_mentions(&cases);
}

#[test]
fn a_cue_in_a_subordinate_clause_after_a_quote_has_its_own_subject() {
    // `when Clinton blasted him`: the quote is Trump's, attributed before it.
    let (_, m, c, _) = one(
        "Headline\n\nThe spot concludes with footage of Trump saying during the debate, “That makes me smart,” when Clinton blasted him for not paying income tax.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Trump"), Some("saying"))
    );
    // A phrase with a comma before the subject is no such clause.
    let (_, m, c, _) =
        one("Headline\n\n\"People were celebrating\" before the incident, she said.");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("she"), Some("said")));
}

#[test]
fn adverbs_before_the_verb_are_no_cue() {
    // `also`, `then`, `-ly`: the cue is the verb after them.
    for (text, cue) in [
        (
            "Headline\n\nHe also praised the director: “Thank you for taking a chance on me.”",
            "praised",
        ),
        (
            "Headline\n\nShe then addressed the supporters again: “Here is what I regret.”",
            "addressed",
        ),
        (
            "Headline\n\nFiorina routinely characterizes herself as a “change warrior” on the trail.",
            "characterizes",
        ),
    ] {
        let (_, _, c, _) = one(text);
        assert_eq!(c.as_deref(), Some(cue), "{text}");
    }
    // Nor are they part of the subject before a cue.
    let (_, m, _, _) = one("Headline

The foreign secretary meanwhile said: “We have the lowest receipts.”");
    assert_eq!(m.as_deref(), Some("The foreign secretary"));
}

#[test]
fn a_cue_verb_that_is_also_a_noun_is_a_verb_only_before_its_object() {
    // `state prosecutor`: a noun before a noun; the cue is `told`.
    let (_, m, c, _) = one(
        "Headline\n\n“There is surplus,” state prosecutor Alexis Ortiz told Reuters on Monday.",
    );
    assert_eq!(m.as_deref(), Some("state prosecutor Alexis Ortiz"));
    assert_eq!(c.as_deref(), Some("told"));
    // Before its object it is a verb.
    let (_, m, c, _) =
        one("Headline\n\nThey state their goal plainly: “We will expand the caliphate.”");
    assert_eq!((m.as_deref(), c.as_deref()), (Some("They"), Some("state")));
    // Its plural before `of` is a noun: `The physical demands of the day-to-day grind will
    // only get harder for Holmes, who has already admitted she “…”`.
    assert_mentions_and_cues(&[(
        "Headline\n\nThe physical demands of the job will only get harder for Vole, who has \
         already admitted she “doesn't like the training anymore.”",
        "Vole",
        "admitted",
    )]);
    let text = "Headline\n\nThe physical demands of the job were “too much to bear” for Vole.";
    assert!(cues_of(text).is_empty(), "{:?}", cues_of(text));
}

#[test]
fn lower_case_modifiers_run_on_to_their_person_noun() {
    // `presidential` is no cue: it modifies `candidate`, and the name after it is the
    // speaker's.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nDemocratic presidential candidate Bernie Sanders is releasing an ad that urges voters to “send a message” on Tuesday.",
            "Democratic presidential candidate Bernie Sanders",
            "is releasing",
        ),
        (
            "Headline\n\nThe GOP presidential candidate sent out an email inviting supporters to “win my engraved shotgun!”",
            "The GOP presidential candidate",
            "sent",
        ),
        (
            "Headline\n\nShadow home secretary David Davis welcomed his “gracious apology” on Monday.",
            "Shadow home secretary David Davis",
            "welcomed",
        ),
    ]);
}

#[test]
fn a_gerund_after_a_preposition_has_no_subject() {
    // `… by shouting`: no attribution from the sentence after a closed quote; the quote
    // keeps the one of its own.
    let text = "Headline\n\n“I'm mad, I felt I had a shot.” And the American played down the \
                influence of one spectator who appeared to contribute to a double fault by \
                shouting during his serve. “It just took one jackass,” said Roddick.";
    let a = parse_valid(text);
    let t = table(&a);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_ne!(t[0].2.as_deref(), Some("shouting"), "{t:?}");
}

#[test]
fn a_clause_with_a_finite_verb_is_no_subject_after_a_quote() {
    // `EduVision is planning … and add`: the mention is not the clause; a subject after a
    // comma still is (`… are sickening, Hollande said`).
    let text = "Headline\n\n“The content is divided into text and pictures.” EduVision is \
                planning to include audio files as the system develops and add more books.";
    let a = parse_valid(text);
    assert!(
        a.attributions()
            .all(|at| !at.mention.text.contains("planning")),
        "{:?}",
        table(&a)
    );
    let (_, m, c, _) = one("Headline\n\nTrump’s “excesses” are sickening, Hollande said Tuesday.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Hollande"), Some("said"))
    );
}

#[test]
fn a_headline_fragment_needs_a_cue_to_be_attributed() {
    // A headline has no verb to spare: `trio` is none.
    let a = parse_valid(
        "Labour trio 'had vote-rig factory'\n\nThree councillors were caught, a court heard.",
    );
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{:?}",
        a.quotes
    );
    // A cue verb attributes it.
    let a = parse_valid("Tories urge 'change at the top'\n\nThe party met on Monday.");
    let t = table(&a);
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].1.as_deref(), t[0].2.as_deref()),
        (Some("Tories"), Some("urge"))
    );
}

#[test]
fn a_headlines_words_are_those_its_lead_reports() {
    // `Tories 'would cut number of MPs'` over `The Conservative Party would cut …, Tory
    // leader Michael Howard has said.`: the attribution closing the lead's first sentence.
    let t = table(&parse_valid(
        "Greens 'would cut number of MPs'\n\nThe Green Party would cut the number of MPs by a \
         fifth if elected, party leader Ada Vole has said.\n\nThe plan forms part of a drive.",
    ));
    assert_eq!(
        t.first().map(|r| (r.1.as_deref(), r.2.as_deref(), r.3)),
        Some((
            Some("party leader Ada Vole"),
            Some("said"),
            Some(Placement::After)
        )),
        "{t:?}"
    );
    // (The last comma's: `Ebbers, …, never made accounting decisions, a witness has told
    // jurors` is the witness's, and `…, says a report` the report's.)
    let t = table(&parse_valid(
        "Ebbers 'left books alone'\n\nBernie Ebbers, the former chief, never made accounting \
         decisions, a witness has told jurors.",
    ));
    assert_eq!(
        t.first().and_then(|r| r.1.as_deref()),
        Some("a witness"),
        "{t:?}"
    );
    // (Not a term — `Security warning over 'FBI virus'` — nor when no one reports the lead:
    // `…, it has been reported.`)
    for text in [
        "Warning over 'FBI virus'\n\nThe FBI is warning of a virus, officials have said.",
        "Tautou 'to star in new film'\n\nAudrey Tautou will star in the film, it has been \
         reported.",
    ] {
        assert_unattributed(text);
    }
}

#[test]
fn sentence_openers_are_no_speakers() {
    // `Ever since`, `Any`, `Nevertheless` open the sentence; they name no one.
    for text in [
        "Headline\n\nEver since the convention, Ms. Warren has said: “Don't screw this up!”",
        "Headline\n\nNevertheless, a survey last year seemed to reflect that: “In 2030, we'll \
         all speak Chinese.”",
    ] {
        let a = parse_valid(text);
        for at in a.attributions() {
            for w in ["Ever", "Nevertheless"] {
                assert_ne!(at.mention.text, w, "{text}");
            }
        }
    }
}

#[test]
fn names_with_combining_marks_or_mojibake_stay_one_word() {
    // Decomposed accents (`c` + U+0327) and UTF-8 read as Latin-1 (`Ã§` for `ç`) are inside
    // the name; they had cut it, and the mention with it.
    assert_mentions(&[
        (
            "Headline\n\n“Europe must defend itself,” French President Franc\u{327}ois Hollande said Friday.",
            "French President Franc\u{327}ois Hollande",
        ),
        (
            "Headline\n\n“Europe must defend itself,” French President FranÃ§ois Hollande said Friday.",
            "French President FranÃ§ois Hollande",
        ),
        (
            "Headline\n\n“Europe must defend itself,” French President FranA\u{303}\u{83}A\u{302}§ois Hollande said.",
            "French President FranA\u{303}\u{83}A\u{302}§ois Hollande",
        ),
    ]);
}

#[test]
fn a_description_before_the_cue_opens_at_its_determiner_past_lower_case_modifiers() {
    // The capitalized words alone (`Vermont senator`) had been the mention.
    assert_mentions(&[
        (
            "Headline\n\nThe independent Vermont senator said: “I am a fringe candidate.”",
            "The independent Vermont senator",
        ),
        (
            "Headline\n\nThe letters went out on 16 December and an IAAF spokesman said: “We are sure their answers are on the way.”",
            "an IAAF spokesman",
        ),
        // (A holder of a record or a title is a person: past the `and` between the events.)
        (
            "Headline\n\n“The pride is gone,” the world 100m and 200m record holder told the \
             station.",
            "the world 100m and 200m record holder",
        ),
    ]);
}

#[test]
fn a_title_between_two_quotes_of_a_paragraph_does_not_break_the_split_quote() {
    // The second quotation belongs to the speaker of the first; the show's name between
    // them is no speech and had made the paragraph's opening word (`Jobs`, inside the
    // first quotation) the subject of `when asked`.
    let a = parse_valid(
        "Headline\n\n“Jobs, jobs, jobs,” Mrs. Clinton said on “The Late Show” last month when \
         asked what her husband would do. “Nobody did it better.”",
    );
    let t = table(&a);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[1].1.as_deref(), Some("Mrs. Clinton"), "{t:?}");
    assert_eq!(t[1].2.as_deref(), Some("said"), "{t:?}");
}

#[test]
fn a_participle_after_with_has_its_own_subject() {
    // `with X yelling`: X speaks, not the sentence's subject nor the place before.
    assert_mentions(&[
        (
            "Headline\n\nAt a rally in Birmingham, Alabama, supporters punched a protester, with Trump \
             reportedly yelling: “Get him out of here!”",
            "Trump",
        ),
        (
            "Headline\n\nShares fell sharply, with one trader telling Reuters: “It is a bloodbath.”",
            "one trader",
        ),
        // A quantifier alone stands for people.
        (
            "Headline\n\nAnger over the closure appeared to be the main reason, with many saying \
             it was “a betrayal of the town”.",
            "many",
        ),
    ]);
    // Not a `with` before another verb or a clause word.
    let (_, m, _, _) = one(
        "Headline\n\nThe coach renewed his dispute with Craig Bellamy after claiming the player \
         was “not good enough for us.”",
    );
    assert_ne!(m.as_deref(), Some("Craig Bellamy"));
}

#[test]
fn a_participle_after_a_where_clause_is_its_subjects() {
    // `Clinton spoke down the street from the Taj Mahal — …, where about 50 protesters had
    // gathered on Wednesday morning, chanting “…”`: the protesters chant.
    assert_mentions(&[
        (
            "Headline\n\nMrs Dent spoke down the street from the casino, where about 50 \
             demonstrators had gathered on Monday, chanting “no contract, no peace” after the talks failed.",
            "about 50 demonstrators",
        ),
        (
            "Headline\n\nMrs Dent spoke by the pier — now owned by a bank — where protesters had \
             gathered, chanting “no contract, no peace” after the talks failed.",
            "protesters",
        ),
    ]);
    // A clause after the `where` clause has the participle: the sentence's subject speaks.
    let (_, m, _, _) = one(
        "Headline\n\nMrs Dent went to the pier, where the protesters had gathered, and took \
         the stage, saying “we will not give up on this fight.”",
    );
    assert_eq!(m.as_deref(), Some("Mrs Dent"));
}

#[test]
fn a_clause_joined_by_and_or_but_after_a_quote_is_a_new_statement() {
    // `“…,” but he denied …`: the quote is Putin's, introduced before it.
    let (_, m, c, _) = one(
        "Headline\n\nMr. Putin came close to an admission, saying, “We never said there were no \
         people there,” but he denied that they were on active duty.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Mr. Putin"), Some("saying"))
    );
    // The quoted sentence itself may go on after `and`, before its attribution.
    let (_, m, _, _) = one(
        "Headline\n\n“He has voted with the gun lobby numerous times” and against the Brady law, \
         Clinton said.",
    );
    assert_eq!(m.as_deref(), Some("Clinton"));
}

#[test]
fn a_cue_in_an_opening_clause_does_not_lend_its_subject_to_a_later_one() {
    // `began to chant` is the crowd's, in the clause before the comma; `joked` is Silverman's.
    let (_, m, c, _) = one(
        "Headline\n\nAs the crowd began to chant, Silverman was joined on stage by Al Franken and \
         joked, “Bernie or Bust people, you are being ridiculous,” drawing loud jeers.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Silverman"), Some("joked"))
    );
}

#[test]
fn a_participle_after_the_object_of_a_preposition_is_the_subjects() {
    // `on Facebook writing`: Clinton writes; but `footage of Hillary Clinton asking` is hers.
    let (_, m, _, _) =
        one("Headline\n\nClinton responded to the question on Facebook writing, “Yes, I will.”");
    assert_eq!(m.as_deref(), Some("Clinton"));
    let (_, m, _, _) = one(
        "Headline\n\nThe ad shows footage of Hillary Clinton asking, “Why aren't I 50 points ahead?”",
    );
    assert_eq!(m.as_deref(), Some("Hillary Clinton"));
    // (`through`, `via`: `issuing a statement through Arsenal describing …` is Reyes's.)
    let (_, m, _, _) = one(
        "Headline\n\nReyes denied the reports, issuing a statement through Arsenal describing \
         them as “flattering.”",
    );
    assert_eq!(m.as_deref(), Some("Reyes"));
}

#[test]
fn a_cue_between_the_parts_of_a_quotation_is_the_second_parts() {
    // `… that Romney “…,” adding, “…”`: the second quote is `adding`'s, by the speaker of
    // the first.
    let a = parse_valid(
        "Headline\n\nTrump told Newsmax that Mitt Romney “had a crazy policy,” adding, “He lost \
         all of the Latino vote.”",
    );
    let t = table(&a);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[1].1.as_deref(), Some("Trump"), "{t:?}");
    assert_eq!(t[1].2.as_deref(), Some("adding"), "{t:?}");
}

#[test]
fn a_capitalized_quote_after_a_kind_of_work_is_its_title() {
    // `the Syfy movie “…”`: a title even with an exclamation mark; but after `the new show`
    // words in lower case are reported, and a `program` is often no work at all.
    let a = parse_valid(
        "Headline\n\nHe acted in the Syfy movie “Sharknado 3: Oh Hell No!” this spring.",
    );
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Title), "{a:?}");
    let a = parse_valid(
        "Headline\n\nThe corporation said the new show “aims to appeal to a diverse audience of \
         music lovers”.",
    );
    assert_eq!(table(&a).len(), 1);
    // Tracks, singles and episodes are works too.
    assert_all_kinds(
        &[
            "Headline\n\nShe released her new single “Closer Every Day” on Friday.",
            "Headline\n\nThe band shared the track “Winter Lights” two days before Christmas.",
            "Headline\n\nHe wrote the first episode “Pilot Light” in a week.",
        ],
        QuoteKind::Title,
    );
    // So is writing in the press, with the period inside the marks.
    assert_all_kinds(
        &[
            "Headline\n\nIn June, two magazines co-published Dalton's article “Quiet Harm.” \
           Dalton told a story.",
        ],
        QuoteKind::Title,
    );
}

#[test]
fn a_letter_or_a_digit_alone_is_a_label() {
    // `they simply pull the lever for “R,” or “D,” according to their instinctive
    // preference`, `a non-competitive - or "B" - quote`: no one's words.
    assert_all_kinds(
        &[
            "Headline\n\nThey pull the lever for “R,” or “D,” according to their preference.",
            "Headline\n\nMr Vole had asked for a cheaper - or \"B\" - quote, a statement said.",
            "Headline\n\nThe prison is rated Category “A” by officials, a spokesman said.",
        ],
        QuoteKind::Term,
    );
    // (Two letters may be: `“No,” she said.`)
    let (q, m, _, _) = one("Headline\n\n“No,” she said.");
    assert_eq!((q.as_str(), m.as_deref()), ("No,", Some("she")));
}

#[test]
fn a_cue_closing_the_sentence_of_a_quote_attributes_it_as_a_fragment() {
    // The sentence goes on after the quote and ends in its attribution.
    assert_mentions(&[
        (
            "Headline\n\n“Many would consider that an embarrassment” if she lost, said David \
             Wasserman, an elections analyst.",
            "David Wasserman",
        ),
        (
            "Headline\n\n“For teachers, he’s saying the right things” about unions, said Marla \
             Kilfoyle, who leads a group of them.",
            "Marla Kilfoyle",
        ),
        (
            "Headline\n\n“The deal is sealed,” as her lead widens, the senator said.",
            "the senator",
        ),
        (
            "Headline\n\nThe band have done “everything in their powers” to stay on top, \
             according to Q magazine editor Paul Rees.",
            "Q magazine editor Paul Rees",
        ),
    ]);
    let a = parse_valid(
        "Headline\n\n“Many would consider that an embarrassment” if she lost, said David \
         Wasserman.",
    );
    assert_eq!(a.speech().next().map(|q| q.kind), Some(QuoteKind::Partial));
    // Not after `told` (its object is the hearer), nor when the words after the quote open
    // another sentence, nor for a name.
    for text in [
        "Headline\n\n“Costs must fall” in the coming years, Ivo Geijsen, an analyst with the \
         bank, told Bloomberg.",
        "Headline\n\n“It was over.” But he changed his mind in June, the book claims.",
        "Headline\n\nThe union-backed “Fight for Fifteen” movement plans to protest, the paper \
         reports.",
    ] {
        let a = parse_valid(text);
        let t = table(&a);
        assert!(
            t.iter().all(|r| r.1.as_deref() != Some("Bloomberg")
                && r.1.as_deref() != Some("the book")
                && r.1.as_deref() != Some("the paper")),
            "{text}: {t:?}"
        );
    }
}

#[test]
fn an_ampersand_inside_the_mention_does_not_end_the_search_for_its_cue() {
    let (_, m, c, _) = one(
        "Headline\n\nThe bank said profits would fall. “Shedding jobs makes sense,” Ivo Geijsen, \
         an analyst with Bank Oyens & Van Eeghen, told Bloomberg.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (
            Some("Ivo Geijsen, an analyst with Bank Oyens & Van Eeghen"),
            Some("told")
        )
    );
}

#[test]
fn a_mention_does_not_open_with_the_word_that_opens_its_clause() {
    assert_mentions(&[
        (
            "Headline\n\n“He has been aggressive with the overtime rule,” which Mozloom thinks \
             will cost jobs.",
            "Mozloom",
        ),
        (
            "Headline\n\nAlthough Reynolds says she “broke the story,” others disagree.",
            "Reynolds",
        ),
    ]);
}

#[test]
fn a_verb_before_an_article_makes_a_clause_not_a_speaker() {
    // `Sharpton avoided a declarative answer`: `answer` is a noun here, and the words before
    // it no mention; but `the think-tank The Brookings Institution says` is one (a name's
    // article), and so is a subject with a relative clause after its comma.
    let a = parse_valid(
        "Headline\n\nAsked about the riots, “He gets it,” Sharpton avoided a declarative answer.",
    );
    let t = table(&a);
    assert!(t.iter().all(|r| r.2.as_deref() != Some("answer")), "{t:?}");
    // Nor is a word that opens a clause a verb after an appositive (`…, though they may`).
    let a = parse_valid(
        "Headline\n\nThe Teamsters, the Firefighters and UNITE HERE remain on the sidelines, \
         though they may endorse Clinton. Another holdout is unlikely to give Clinton the nod \
         after her comment that, “We are going to put coal miners out of business.”",
    );
    let t = table(&a);
    assert!(t.iter().all(|r| r.2.as_deref() != Some("though")), "{t:?}");
    assert_mentions(&[
        (
            "Headline\n\n“Estimates vary,” the independent think-tank The Brookings Institution \
             says.",
            "the independent think-tank The Brookings Institution",
        ),
        (
            "Headline\n\n“He is not qualified,” Mr. Guerrero, who is an actor, said.",
            "Mr. Guerrero, who is an actor",
        ),
    ]);
}

#[test]
fn a_comma_inside_the_marks_leaves_a_title_in_title_case_a_title() {
    // Books and shows listed with a comma inside the marks are titles, unless a cue says the
    // words were said; a period makes an utterance of them (`“Make America Great Again.”`).
    assert_all_kinds(
        &[
            "Headline\n\nMelville House plans to publish “The Making of Donald Trump,” a biography.",
            "Headline\n\nThe former governor loves “The Walking Dead,” and much else.",
            "Headline\n\nMr. Trump's own “Crippled America: How to Make America Great Again,” \
             sold well.",
        ],
        QuoteKind::Title,
    );
    let (_, m, _, _) =
        one("Headline\n\n“Make America Great Again,” Trump said to the crowd in Ohio.");
    assert_eq!(m.as_deref(), Some("Trump"));
}

#[test]
fn after_a_possessive_only_what_was_said_introduces_a_quote() {
    // `Mr Blair's style` is something he owns, not a verb; `Clinton’s response` is what she
    // said.
    let a = parse_valid(
        "Headline\n\nMr Blair's style was “corrosive of the whole system of government”.",
    );
    let t = table(&a);
    assert!(t.iter().all(|r| r.2.as_deref() != Some("style")), "{t:?}");
    let (_, m, c, _) = one(
        "Headline\n\nAn aide wrote to her. Clinton’s response was: “Is the store in Wisconsin?”",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Clinton’s"), Some("response"))
    );
    // So is a reaction, though its ending reads as a noun's, and after a plural's possessive
    // mark: `Republicans' reaction: 'Is that all there is?'`; `Donald Trump's accusation that
    // Hillary Clinton is playing the "woman's card"`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe mayor spoke on Sunday. Senators' reaction: “Is that all there is?”",
            "Senators",
            "reaction",
        ),
        (
            "Headline\n\nThe mayor spoke on Sunday. Tomas Vell's reaction: “Is that all?”",
            "Tomas Vell's",
            "reaction",
        ),
        (
            "Headline\n\nTomas Vell's accusation that Dora Hale is playing the “woman's card” \
             and would be a failed candidate touched off a debate.",
            "Tomas Vell",
            "accusation",
        ),
    ]);
}

#[test]
fn words_in_a_clause_after_a_noun_for_words_are_its_owners() {
    // `Politifact seized on Trump’s claim that there have been “thousands of shootings”`,
    // `after her March comment that, "We're going to put …"`: the owner of the claim said
    // them, whoever the sentence's subject is.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe fact-checkers seized on Tomas Vell's claim that there have been \
             “thousands of shootings” in the city.",
            "Tomas Vell",
            "claim",
        ),
        (
            "Headline\n\nThe union is unlikely to back Dora Hale after her March comment that \
             “we are going to close the mines.”",
            "her",
            "comment",
        ),
    ]);
    // (Not where the owner's claim is the subject of a clause an earlier cue reports, nor
    // where the noun says where the words were said.)
    assert_mentions_and_cues(&[
        (
            "Headline\n\nA spokeswoman, Ann Vole, said that Rollo's claim that Vell favours \
             the plan is “simply not true.”",
            "Ann Vole",
            "said",
        ),
        (
            "Headline\n\nDora Vance said in her opening remarks that the platform should \
             back “stalwart allies,” naming two.",
            "Dora Vance",
            "said",
        ),
    ]);
}

#[test]
fn a_short_description_after_the_last_comma_is_the_subject_of_the_cue() {
    // `the government` has no head the lexicon knows; it is still the clause's subject, not
    // the whole sentence before it.
    let (_, m, _, _) = one(
        "Headline\n\n“Older people will mount legal challenges.” The decision will have no \
         impact on the age at which workers collect their pension, the government has said.",
    );
    assert_eq!(m.as_deref(), Some("the government"));
}

#[test]
fn and_between_capitalized_words_joins_a_name_after_the_cue() {
    assert_mentions(&[
        (
            "Headline\n\n“It was a massive scheme,” according to a complaint filed by the \
             Securities and Exchange Commission.",
            "a complaint filed by the Securities and Exchange Commission",
        ),
        (
            "Headline\n\n“He is reprising that role,” said former Pennsylvania Gov. and \
             Democratic National Committee Chairman Ed Rendell.",
            "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell",
        ),
    ]);
}

#[test]
fn one_or_another_alone_after_an_inverted_cue_is_the_mention() {
    assert_mentions(&[
        (
            "Headline\n\nThe post drew many replies.\n\n\"This made my week,\" joked another.",
            "another",
        ),
        (
            "Headline\n\nThe planes wrote in the sky.\n\n“Go home,” read one, in red.",
            "one",
        ),
    ]);
    // (Not a determiner before its noun: `said one fan`.)
    assert_mentions(&[(
        "Headline\n\nThe post drew many replies.\n\n\"Lovely,\" said one fan.",
        "one fan",
    )]);
}

#[test]
fn someone_unnamed_speaks_after_a_quote() {
    // `someone`, `somebody`, `everyone` stand for a person as a noun would: not the subject
    // of a cue in the paragraph before.
    assert_mentions(&[
        (
            "Headline\n\nOthers replied to point out the flaw.\n\n“Yes, because that is the \
             real test,” someone joked",
            "someone",
        ),
        (
            "Headline\n\nThe crowd waited for the verdict.\n\n“It is fine,” somebody said.",
            "somebody",
        ),
        (
            "Headline\n\nThe vote was taken at noon.\n\n“We are done,” everyone agreed.",
            "everyone",
        ),
    ]);
    // (Capitalized where it opens a sentence, though the text writes it in lower case
    // elsewhere, as it does a common word: it is no common word taken for a name.)
    let a = parse_valid(
        "Headline\n\nWhen someone at the back yelled, “Too late,” Vell replied, “Never.”\n\n\
         Vell asked the room, “Who pays?” Someone answered, “We do.”",
    );
    let last = a.quotes.last().and_then(|q| q.attribution.as_ref());
    assert_eq!(
        last.map(|x| (
            x.mention.text.as_str(),
            x.cue.as_ref().map(|c| c.text.as_str())
        )),
        Some(("Someone", Some("answered")))
    );
}

#[test]
fn a_cue_before_a_quote_and_one_introducing_the_next_each_speak_their_own() {
    // `X shouted, “A,” Y joked, “B”`: the clause after the first quote introduces the second,
    // and the cue before introduced the first.
    assert_eq!(
        mentions_of(
            "Headline\n\nWhen a woman in the front row shouted, “Taxes,” Mayor Tomas Vell \
             laughed, “We will get to that!”"
        ),
        ["a woman in the front row", "Mayor Tomas Vell"]
    );
    // (A participle's subject stands farther back: the clause after is the first quote's.)
    assert_eq!(
        mentions_of(
            "Headline\n\nTomas Vell weighed in, telling a radio host, “They are both fine,” he \
             said, adding, “Both are ready.”"
        ),
        ["he", "he"]
    );
    // (And a split quote's rest, in lower case, is the same quotation's.)
    assert_eq!(
        mentions_of(
            "Headline\n\nVell fired back: “As a friend of the mayor,” he wrote, “we know you \
             agree.”"
        ),
        ["he", "he"]
    );
}

#[test]
fn a_name_modifying_a_noun_does_not_cut_the_window_after_a_quote() {
    // `“…,” X, wearing … “Name” campaign pins, said`: the name in title case between a
    // determiner or `and` and a noun is part of the noun phrase, and the window reads on.
    assert_mentions_and_cues(&[
        (
            "Headline\n\n“We have had better years,” delegate Ana Ruiz, wearing a red scarf \
             and “Vote Ruiz” campaign buttons, said after the count.",
            "delegate Ana Ruiz, wearing a red scarf and “Vote Ruiz” campaign buttons",
            "said",
        ),
        (
            "Headline\n\n“It is a mistake,” Tomas Vell, who signed the “Clean Water” charter \
             last year, told reporters.",
            "Tomas Vell, who signed the “Clean Water” charter last year",
            "told reporters",
        ),
    ]);
    // (After a conjunction that opens a clause, or before a verb in the third person, the
    // quote is no modifier: its sentence is another.)
    assert_no_mention_containing(
        "Headline\n\nThe park is called Ana Pala Vinu. “Ana Pala” meaning “where rivers meet,” \
         for one people, while “Vinu Taro” translates to “our stones,” for another.",
        "people",
    );
    assert_no_mention_containing(
        "Headline\n\nThe park is called Ana Pala Vinu. “Ana Pala” means “where rivers meet,” \
         and “Vinu Taro” translates to “our stones,” in the old tongue.",
        "Vinu",
    );
}

#[test]
fn a_participle_after_a_quote_introduces_the_next_one() {
    // `saying,` belongs to the quote after it; the words before it are no speaker of the
    // quote before.
    let a = parse_valid(
        "Headline\n\nHe took credit for “being right on terrorism.” And then Trump went fully \
         on the attack, saying, “Is the president going to resign?”",
    );
    let t = table(&a);
    assert!(
        t.first()
            .is_some_and(|r| r.1.as_deref() != Some("Trump went fully on the attack")),
        "{t:?}"
    );
    assert_eq!(
        t.get(1).and_then(|r| r.1.as_deref()),
        Some("Trump"),
        "{t:?}"
    );
}

#[test]
fn object_pronouns_determiners_and_prepositions_are_no_verbs() {
    // An imperative's object is no cue (`Ask them,`), nor an article after an appositive.
    for text in [
        "Headline\n\nGive them room. Ask them, “Which materials are speaking to you?”",
        "Headline\n\nSince the Oct, 7 attack by Hamas, the Security Council approved a \
         resolution calling for “urgent humanitarian pauses,” but it failed.",
    ] {
        let cues = cues_of(text);
        assert!(
            cues.iter().all(|c| !matches!(c.as_str(), "them" | "the")),
            "{text}: {cues:?}"
        );
    }
}

#[test]
fn a_time_phrase_stands_between_subject_and_verb() {
    let (_, m, c, _) = one(
        "Headline\n\nRep. Gwen Graham on Friday pummeled Donald Trump as divisive while \
         praising Hillary Clinton as a “work horse, not a show horse.”",
    );
    assert_eq!(m.as_deref(), Some("Rep. Gwen Graham"));
    assert_eq!(c.as_deref(), Some("pummeled"));
}

#[test]
fn a_name_on_a_topic_or_presented_before_a_colon() {
    // Headline style: the name, `on`, what the quote is about.
    let a = parse_valid(
        "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She \
         Will.’\n\nSen. Kirsten Gillibrand spoke on Thursday.",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].1.as_deref(), Some("Gillibrand"));
    assert_eq!(rows[0].2.as_deref(), Some(":"));
    let (_, m, c, _) = one(
        "Headline\n\nHere’s Clinton in December 1992: “Our new direction must rest on an \
         understanding of the new realities.”",
    );
    assert_eq!(m.as_deref(), Some("Clinton"));
    assert_eq!(c.as_deref(), Some(":"));
}

#[test]
fn a_relative_pronoun_or_a_plural_noun_is_no_verb() {
    for (text, not) in [
        (
            "Headline\n\nUsers who tried to log in were met with a cheerful “Welcome to the \
             site, friend!” message.",
            "Users",
        ),
        (
            "Headline\n\nLinus Torvalds leads the kernel. Complicating things, “We have a \
             thousand people involved.”",
            "Complicating",
        ),
        (
            "Headline\n\nThe mixtape contained three singles: “We Will Go Down Fighting Today.”",
            "The mixtape contained three",
        ),
    ] {
        let mentions = mentions_of(text);
        assert!(!mentions.iter().any(|m| m == not), "{text}: {mentions:?}");
    }
}

#[test]
fn an_adverb_in_ly_after_a_name_is_not_the_mention() {
    assert_mentions(&[
        (
            "Headline\n\n“I am engaged!” Ashley excitedly added.",
            "Ashley",
        ),
        (
            "Headline\n\n“It is failing,” the Child Support Agency widely reported.",
            "the Child Support Agency",
        ),
        (
            "Headline\n\nWall Street reiterated its bullishness, with J.P. Morgan excitedly \
             predicting “mass-scale white collar job realignment” that will come.",
            "J.P. Morgan",
        ),
        // (Nor one of place: `as Loofbourow elsewhere writes`.)
        (
            "Headline\n\nIt dismisses them, “forgetting to zoom in,” as Marlow elsewhere writes.",
            "Marlow",
        ),
    ]);
    // A noun in `-ly` is no adverb: `rally` does not make `protest` a cue of `D.C.`.
    assert_no_mention_containing(
        "Headline\n\nLast September, Beck called Palin a “clown” on his radio show after her \
         speech at a Washington D.C. rally to protest the Iran nuclear deal.",
        "D.C",
    );
}

#[test]
fn a_label_before_a_colon_is_no_speaker() {
    let (_, m, _, _) =
        one("Headline\n\nExample: “Knowledge graphs leverage semantic relationships.”");
    assert_eq!(m, None);
    let (_, m, _, _) = one("Headline\n\nQuotable: “We kept our heads and the results came.”");
    assert_eq!(m, None);
    // A name there still is one.
    let (_, m, _, _) = one("Headline\n\nTrump: “We will build the wall and it will be great.”");
    assert_eq!(m.as_deref(), Some("Trump"));
}

#[test]
fn a_possessive_an_auxiliary_or_an_adverb_alone_is_no_mention() {
    for text in [
        "Headline\n\nMy dad had told me stories about a man, and in my house there were jokes \
         about “fags” and “fairies.”",
        "Headline\n\nCan’t find one? Put a waffle cone in a bag and call it “a crunchy \
         topping.”",
        "Headline\n\nDoes anyone remember the “good old British” summer?",
        "Headline\n\nNever says “Don’t give people alcohol until after the meal.”",
        "Headline\n\nMore recently the “river of Islam” has run dry.",
    ] {
        let mentions = mentions_of(text);
        assert!(
            mentions
                .iter()
                .all(|m| !matches!(m.as_str(), "My" | "Can’t" | "Does" | "Never" | "More")),
            "{text}: {mentions:?}"
        );
    }
}

#[test]
fn a_quote_running_into_an_attributed_one_shares_its_speaker() {
    // BBC runs a quotation's paragraphs together; the speaker is named after the last.
    let a = parse_valid(
        "Headline\n\nHolmes cruised to victory. \"It was nice to get that out of the way. I \
         was nervous. \"I felt good. I just had to relax,\" said Holmes.",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].1.as_deref(), Some("Holmes"));
    assert_eq!(rows[0].3, Some(Placement::Inherited));
    assert_eq!(rows[1].3, Some(Placement::After));
    assert!(
        a.diagnostics
            .iter()
            .all(|d| d.kind != DiagnosticKind::UnattributedQuote)
    );
}

#[test]
fn a_fragment_leading_into_a_quote_attributed_after_it_shares_its_speaker() {
    let a = parse_valid(
        "Headline\n\nSectors with weak earnings, such as banks, \u{201c}may do well, at least early on,\u{201d} if one expects \
         prices \u{201c}to fall quickly,\u{201d} said Dana Lorne, an analyst at Brill.",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[0].1.as_deref(),
        Some("Dana Lorne, an analyst at Brill")
    );
    assert_eq!(rows[0].3, Some(Placement::Inherited));
    assert_eq!(rows[1].3, Some(Placement::After));
    // A fragment that ends its sentence, or a stop between the two, keeps them apart.
    for text in [
        "Headline\n\nSectors with weak earnings \u{201c}may do well for a while, at least \
         early in the year.\u{201d} Prices \u{201c}fall quickly,\u{201d} said Dana Lorne.",
        "Headline\n\nSectors with weak earnings \u{201c}may do well for a while, at least \
         early in the year\u{201d}. Prices \u{201c}fall quickly,\u{201d} said Dana Lorne.",
    ] {
        let rows = table(&parse_valid(text));
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0].1, None, "{text}");
    }
}

#[test]
fn a_handle_signed_after_a_dash_in_lower_case_is_the_speaker() {
    assert_mentions_and_cues(&[
        (
            "Headline\n\nPromising review: \u{201c}I bought this last winter and it was the \
             best purchase ever.\u{201d} \u{2014}kelp1976\n\nGet it for $9.",
            "kelp1976",
            "\u{2014}",
        ),
        (
            "Headline\n\nPromising review: \u{201c}I bought this last winter and it was the \
             best purchase ever.\u{201d} \u{2014}mara del rio",
            "mara del rio",
            "\u{2014}",
        ),
    ]);
    // (Lines may end in CR LF.)
    assert_mentions_and_cues(&[(
        "Headline\r\n\r\nPromising review: \u{201c}I bought this last winter and it was the \
         best purchase ever.\u{201d} \u{2014}kelp1976\r\n\r\nGet it for $9.",
        "kelp1976",
        "\u{2014}",
    )]);
    // Apart from the dash, or running on past a few words, it is the sentence going on.
    for text in [
        "Headline\n\nPromising review: \u{201c}I bought this last winter and it was the best \
         purchase ever.\u{201d} \u{2014} kelp1976",
        "Headline\n\nPromising review: \u{201c}I bought this last winter and it was the best \
         purchase ever.\u{201d} \u{2014}and then it broke",
    ] {
        let (_, m, _, _) = one(text);
        assert_eq!(m, None, "{text}");
    }
}

#[test]
fn a_participle_of_calling_takes_the_subject_of_the_clause_before_it() {
    assert_mentions_and_cues(&[
        (
            "Headline\n\nAt a town hall in Salem, New Hampshire, Ralston went after Pike, \
             calling him \u{201c}a total stiff.\u{201d}",
            "Ralston",
            "calling",
        ),
        // (Past a relative clause, and the first verb, not one it reports.)
        (
            "Headline\n\nSen. Dana Crole weighed in on the manager, who allegedly shoved a \
             reporter, calling the behavior a \u{201c}fireable offense.\u{201d}",
            "Sen. Dana Crole",
            "calling",
        ),
        (
            "Headline\n\nThe captain admitted interest in the tour was immense, calling it \
             \u{201c}the biggest thing to hit the country in years\u{201d}.",
            "The captain",
            "calling",
        ),
        // (Past a subordinate clause or a relative one that opens the sentence.)
        (
            "Headline\n\nWhen Pike arrived, Ralston went after him, calling him \u{201c}a total \
             stiff.\u{201d}",
            "Ralston",
            "calling",
        ),
        (
            "Headline\n\nThe senator, who criticized the bill, voted for it, calling it \
             \u{201c}a sad necessity.\u{201d}",
            "The senator, who criticized the bill",
            "calling",
        ),
    ]);
    // A second object and its words are called the same: `… and his plan “damaging”`.
    let rows = table(&parse_valid(
        "Headline\n\nThe club said it would fight the bid, calling his assumptions \
         \u{201c}aggressive\u{201d} and his plan \u{201c}damaging\u{201d}.",
    ));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows.iter()
            .all(|r| r.1.as_deref() == Some("The club") && r.2.as_deref() == Some("calling")),
        "{rows:?}"
    );
    // Words closed by a comma leave the attribution to what follows them.
    assert_mentions_and_cues(&[(
        "Headline\n\nHer friends have mocked him, calling him \u{201c}an orange buffoon,\u{201d} \
         Susan said as she turned around.",
        "Susan",
        "said",
    )]);
}

#[test]
fn a_cue_joined_by_and_to_the_clause_of_the_quote_before_shares_its_subject() {
    let rows = table(&parse_valid(
        "Headline\n\nThe director called the handling of the files \u{201c}extremely \
         careless,\u{201d} and said any \u{201c}reasonable person\u{201d} should have known.",
    ));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        (rows[1].1.as_deref(), rows[1].2.as_deref()),
        (Some("The director"), Some("said")),
        "{rows:?}"
    );
    // A verb that is no cue says nothing: `and hired the “reasonable persons”`.
    let rows = table(&parse_valid(
        "Headline\n\nThe director called the handling of the files \u{201c}extremely \
         careless,\u{201d} and hired the \u{201c}reasonable persons\u{201d} himself.",
    ));
    assert!(rows.len() < 2 || rows[1].1.is_none(), "{rows:?}");
}

#[test]
fn a_common_word_opening_a_sentence_is_no_speaker() {
    for text in [
        "Headline\n\nHighly recommend freezing them, and using them to scoop up dip or \
         “pre-filling them with ice cream.”",
        "Headline\n\nThe plan is popular. Work on it continues, with staff adding they can \
         “work as a team” on the plan, and the work is hard.",
    ] {
        let mentions = mentions_of(text);
        assert!(
            mentions
                .iter()
                .all(|m| !matches!(m.as_str(), "Highly" | "Work")),
            "{text}: {mentions:?}"
        );
    }
    // A surname that is also a word is a name when it stands capitalized inside a sentence.
    let mentions = mentions_of(
        "Headline\n\nThe columnist George Will wrote on Monday. Will described the plan as a \
         “caricature of democracy’s most embarrassing possibilities.” The will of voters matters.",
    );
    assert_eq!(mentions, ["Will"]);
}

#[test]
fn a_noun_after_a_number_word_or_an_adjective_is_no_cue() {
    let cues = cues_of(
        "Headline\n\nThe Tory chairman attacked Labour's six new pledges as “vacuous and \
         empty” and said Mr Blair was worried.",
    );
    assert!(cues.iter().all(|c| c != "pledges"), "{cues:?}");
    // A base form after such an adjective is a noun too (`one main reason`); `Anyone` is no
    // one who says the words quoted further on.
    let text = "Headline\n\nAnyone familiar with our site will have expected ProtonVPN \
                here, as there is one main reason it tends to top our ‘best free VPN for x’ \
                lists.";
    assert_eq!(cues_of(text), Vec::<String>::new());
    assert_eq!(mentions_of(text), Vec::<String>::new());
    // (And after `whole`, `entire`, `same`, `real`: `the whole reason`.)
    let text = "Headline\n\nI think this is the whole reason \"retro\" has become so popular.";
    assert_eq!(cues_of(text), Vec::<String>::new());
    // (But not after a number, which can be the subject of a base form — `Two say` — nor
    // before a past form: `the official said`.)
    assert_eq!(
        cues_of("Headline\n\n“It is over,” the official said."),
        ["said"]
    );
    // An `-s` form after a plural quantifier, capitalized or not, is a plural noun: `Most
    // states have a “statute of limitations”`. (Its verb takes no `-s`: `Many say`.)
    let text = "Headline\n\nMost states have a time limit, or “window of claims,” for this.";
    assert_eq!(cues_of(text), Vec::<String>::new());
    assert_eq!(
        cues_of("Headline\n\nMany say “the time is now” on the plan."),
        ["say"]
    );
}

#[test]
fn a_participle_phrase_after_a_quote_has_no_speaker() {
    assert_no_mention_containing(
        "Headline\n\nThat was changed to a request that Guterres appoint a coordinator and \
         to \"establish a UN mechanism for accelerating the provision of humanitarian \
         relief\"  — enabling Israel to continue to have a role in the security process.",
        "enabling",
    );
}

#[test]
fn of_after_a_name_goes_on_only_to_another_name() {
    assert_mentions(&[
        (
            "Headline\n\n“The regular schools weren’t doing it,” said Musk of the venture in \
             2015.",
            "Musk",
        ),
        (
            "Headline\n\n“We are worried,” said Mr. Morgan of the Sierra Club.",
            "Mr. Morgan of the Sierra Club",
        ),
    ]);
}

#[test]
fn a_curly_quote_opened_after_a_sentence_inside_one_closes_it() {
    // `“A. “B,” said Holmes.`: the first quotation lost its closing mark (nested quotes
    // alternate `“` and `‘`), across a paragraph here; both are Holmes's.
    let a = parse_valid(
        "Headline\n\nHolmes won the race.\n\n“It was nice to get that out of the way.\n\n\
         “I was nervous. “I felt good,” said Holmes.",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(a.quotes[0].pieces.len(), 2);
    assert!(rows[0].0.ends_with("I was nervous."), "{rows:?}");
    assert_eq!(rows[0].1.as_deref(), Some("Holmes"));
    assert_eq!(rows[0].3, Some(Placement::Inherited));
    assert_eq!(rows[1].0, "I felt good,");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnclosedQuote)
    );
}

#[test]
fn a_cue_takes_no_subject_from_an_earlier_sentence() {
    // The participle `complaining` opens no clause of the paragraph's first sentence: no one
    // here says the quote.
    let advice = "Advice\n\nShe’s old enough to have a preference, and that she’s not there \
                  just to satisfy your needs. Remember to frame this without complaining \
                  about her grandma. It can be as simple as “Because your dad’s away this \
                  year, I thought it might be fun to relax at home.”";
    let (_, mention, cue, _) = one(advice);
    assert_eq!((mention, cue), (None, None), "{advice}");
    // The cue's own sentence still names its speaker.
    assert_mentions(&[(
        "Headline\n\nThe committee met on Friday. Curt Hopkins said the sentence would not \
         dent the resolve of bloggers. “The eyes of 8 million bloggers are on Iran.”",
        "Curt Hopkins",
    )]);
}

#[test]
fn no_mention_is_a_clause_or_words_of_the_speech_before() {
    // After the first quote: a clause (`whether … was honest`) before `laughs`, no subject;
    // before the second: the words inside the first quote are no one's mention.
    let a = parse_valid(
        "Headline\n\n“Governor Hassan, let me help you out - the answer's no,” the \
         Republican vice-presidential nominee riffed on Hassan's non-answer to whether \
         Clinton was honest, drawing applause and laughs from the crowd. “And that's why we \
         need Kelly Ayotte back.”",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (text, mention, _, _) in &rows {
        assert!(
            mention
                .as_deref()
                .is_none_or(|m| !m.contains("Hassan") && !m.contains("honest")),
            "{text}: {mention:?}"
        );
    }
}

#[test]
fn an_adverbial_phrase_after_an_inverted_cue_ends_the_mention() {
    assert_mentions(&[
        (
            "Headline\n\n“All the chat in France has been about how France will play,” \
             said Castaignede ahead of the 12 March tie.",
            "Castaignede",
        ),
        (
            "Headline\n\n“What a great way to finish the year,” said Nadal afterwards.",
            "Nadal",
        ),
    ]);
}

#[test]
fn a_subordinate_clause_after_a_quote_is_no_subject() {
    // `whereby`, `where`: the clause describes what is quoted, and its subject says nothing.
    for text in [
        "Headline\n\nThe success of these apps draws on the “Eliza effect,” whereby people \
         humanize computed behavior.",
        "Headline\n\nThe bill would give legal force to “living wills”, where people say they \
         want treatment withheld.",
    ] {
        assert_eq!(mentions_of(text), Vec::<String>::new(), "{text}");
    }
    // (`though,` alone is an adverb, and the subject after it speaks.)
    assert_mentions(&[(
        "Headline\n\nAcknowledging that Trump “says a lot of stupid stuff,” though, Allen did \
         suggest that his wealth gives him an advantage.",
        "Allen",
    )]);
}

#[test]
fn a_nickname_after_aka_is_a_name() {
    let a = parse_valid(
        "Headline\n\nPalacios was led by a retired army officer, Germán Rivera Garcia, aka \
         “Colonel Mike,” who pleaded guilty to conspiracy charges.",
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Title);
}

#[test]
fn no_mention_ends_in_an_article_a_conjunction_or_a_preposition() {
    for text in [
        "Headline\n\nGiven the expense of new fields, analysts expect “slowing supply \
         growth” this year.",
        "Headline\n\nManchester United manager Sir Alex Ferguson sympathised with Tottenham \
         and said it was “a disgrace” to everyone.",
    ] {
        let mentions = mentions_of(text);
        assert!(
            mentions
                .iter()
                .all(|m| !m.ends_with(" the") && !m.ends_with(" and")),
            "{text}: {mentions:?}"
        );
    }
    // (A name in quote marks may follow: the mention goes on into it.)
    let mentions = mentions_of(
        "Headline\n\n“We have to engage them,” wrote the authors of the “Growth and \
         Opportunity Project,” giving an example.",
    );
    assert_eq!(
        mentions.first().map(String::as_str),
        Some("the authors of the")
    );
}

#[test]
fn a_comma_after_the_closing_mark_ends_a_quote_as_one_inside() {
    // British style: `"…", he adds.` — the attribution after the comma wins, as it does for
    // `"…," he adds.`
    let a = parse_valid(
        "Headline\n\nMen fear their partners looking caricature-like, \"with overly inflated \
         lips or frozen foreheads\", he adds.",
    );
    let rows = table(&a);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].1.as_deref(), Some("he"));
    assert_eq!(rows[0].2.as_deref(), Some("adds"));
}

#[test]
fn remember_reports_speech() {
    assert_eq!(
        cues_of(
            "Headline\n\n“She’s just like, ‘I don’t want you to be exposed to judgment,’” \
             she remembers."
        ),
        ["remembers"]
    );
}

#[test]
fn an_introductory_word_or_a_relative_clause_is_no_part_of_a_mention() {
    assert_mentions(&[(
        "Headline\n\n“I really think he wants to stay,” Meanwhile, Gerrard urged.",
        "Gerrard",
    )]);
    // `one dealer, who asked not to be named, told Reuters`: `asked` is in the relative
    // clause; `one dealer, who` is no mention.
    let mentions = mentions_of(
        "Headline\n\n“Profits would be well within the comfort zone.” However, one dealer, \
         who asked not to be named, told Reuters the sales were “not what people had hoped \
         for”.",
    );
    assert!(mentions.iter().all(|m| !m.ends_with("who")), "{mentions:?}");
}

#[test]
fn a_role_and_a_name_before_appositives_are_the_mention() {
    // `tourist Joe Hyland, 18, from Truro, Cornwall, told the BBC`: the subject is the
    // named person, not the place after the last comma.
    let (_, m, _, _) = one(
        "Headline\n\n“We heard loud gun shots,” tourist Joe Hyland, 18, from Truro, Cornwall, \
         told the BBC.",
    );
    assert_eq!(
        m.as_deref(),
        Some("tourist Joe Hyland, 18, from Truro, Cornwall")
    );
}

#[test]
fn a_party_and_a_state_after_a_lawmakers_name_are_no_subject() {
    // `Rep. Chris Collins, R-NY, says`: the party's letter and the state between commas
    // stand in for no one; the lawmaker speaks.
    assert_mentions(&[
        (
            "Headline\n\nRep. Mara Quell, R-NY, says the plan is \"dead on arrival.\"",
            "Rep. Mara Quell, R-NY",
        ),
        (
            "Headline\n\nState Rep. Tom Vane, D-New Haven, who wrote the bill, weighed in, \
             calling it \"a start.\"",
            "State Rep. Tom Vane, D-New Haven, who wrote the bill",
        ),
    ]);
}

#[test]
fn a_place_in_an_unclosed_appositive_is_no_subject() {
    // `Dr Ana Ruiz, of the Institute for Road Safety at the University of Leeds in York
    // said:` — the appositive's closing comma is missing; the place after `in` is no
    // subject, the name before the appositive is.
    let (_, m, c, _) = one(
        "Headline\n\nDr Ana Ruiz, of the Institute for Road Safety at the University of Leeds \
         in York said: \"The roads are not built for older drivers.\"",
    );
    assert_eq!(
        m.as_deref(),
        Some("Dr Ana Ruiz, of the Institute for Road Safety at the University of Leeds in York")
    );
    assert_eq!(c.as_deref(), Some("said"));
}

#[test]
fn an_inverted_cues_role_runs_on_to_the_name_in_apposition() {
    // `said BA director of commercial planning, Robert Boyle.`: the role names no one; the
    // name after the comma is the speaker's and belongs to the mention.
    let text = "Headline\n\n\"The route does not pay,\" said Acme director of retail planning, \
                Tom Reed.\n\n\"Sales rose,\" said the firm's chief economist, Ann Lowe.";
    let a = parse_valid(text);
    let mentions: Vec<_> = a
        .quotes
        .iter()
        .map(|q| q.attribution.as_ref().map(|at| at.mention.text.as_str()))
        .collect();
    assert_eq!(
        mentions,
        [
            Some("Acme director of retail planning, Tom Reed"),
            Some("the firm's chief economist, Ann Lowe")
        ]
    );
    let speakers: Vec<_> = a
        .quotes
        .iter()
        .map(|q| {
            q.attribution
                .as_ref()
                .and_then(|x| a.speaker_of(x))
                .map(|s| s.name.as_str())
        })
        .collect();
    assert_eq!(speakers, [Some("Tom Reed"), Some("Ann Lowe")]);
}

#[test]
fn a_wider_place_after_a_place_is_no_subject() {
    // `Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`: the county after the town
    // is no person in apposition; the subject is the name before the appositives.
    let (_, m, _, _) = one(
        "Headline\n\nMr Hale, MP for Kendal-on-Sea, Cumbria, said he expected \"a long and \
         difficult winter\".",
    );
    assert_eq!(m.as_deref(), Some("Mr Hale, MP for Kendal-on-Sea, Cumbria"));
}

#[test]
fn a_parenthetical_closing_a_name_keeps_it_a_name() {
    // `Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said`: the party and state
    // are the name's; the mention runs from the name over its appositive.
    let (_, m, _, _) =
        one("Headline\n\nSen. Ann Lowe (D-Mo.), who backs the bill, said it was \"long overdue\".");
    assert_eq!(
        m.as_deref(),
        Some("Sen. Ann Lowe (D-Mo.), who backs the bill")
    );
}

#[test]
fn a_person_noun_before_a_place_is_the_subject() {
    // `a woman in Worcester, Massachusetts, told him`: the person, not the town.
    let (_, m, _, _) = one(
        "Headline\n\nThe senator nodded after a voter in Dover, Delaware, told him he was \
         \"far too nice\" for the job.",
    );
    assert_eq!(m.as_deref(), Some("a voter in Dover, Delaware"));
}

#[test]
fn a_noun_after_a_sentences_first_word_is_no_cue() {
    // `French film … despite a ruling it was “not French enough”`: `film` is no verb, so
    // the fragment is no one's partial quote; a real verb there still attributes one.
    let a = parse_valid(
        "Headline\n\nSwedish film The Long Night won three awards, despite a ruling that it \
         was \"not Swedish enough\".",
    );
    assert_eq!(a.quotes.len(), 1);
    assert!(a.quotes[0].attribution.is_none(), "{:?}", a.quotes[0]);
    let (_, m, c, _) =
        one("Headline\n\nCritics fear the plan could allow \"killing by omission\" in hospitals.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Critics"), Some("fear"))
    );
}

#[test]
fn an_auxiliary_ends_a_mention_after_according_to() {
    // `a period that, according to Gartner analyst Carolina Milanesi is “seldom strong”`
    // (the comma after the name missing): the next clause's verb is no part of the mention.
    let (_, m, c, _) = one(
        "Headline\n\nSales rose in a quarter that, according to IDC analyst Maria Soto is \
         \"seldom strong\" for phone makers.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("IDC analyst Maria Soto"), Some("according to"))
    );
}

#[test]
fn a_participle_opening_a_sentence_is_no_inverted_cue() {
    // `Declaring that he alone …`: a participle phrase, not `Said Dorothy Poynter, …`.
    let a = parse_valid(
        "Headline\n\nDeclaring that he alone is the candidate of \"law and order\", the governor \
         left the stage.",
    );
    assert_eq!(a.quotes.len(), 1);
    assert!(
        a.quotes[0]
            .attribution
            .as_ref()
            .is_none_or(|x| x.mention.text != "that he alone"),
        "{:?}",
        a.quotes[0]
    );
}

#[test]
fn the_expletive_there_is_no_speaker() {
    // `There’s still time for Cruz …, even after dismissing them as part of the “Washington
    // cartel”`: no one is quoted by `There`.
    let a = parse_valid(
        "Headline\n\nThere’s still time for the mayor to make peace, even after repeatedly \
         dismissing the council as a \"City Hall cartel\" on Monday.",
    );
    assert_eq!(a.quotes.len(), 1);
    assert!(
        a.quotes[0]
            .attribution
            .as_ref()
            .is_none_or(|x| !x.mention.text.starts_with("There")),
        "{:?}",
        a.quotes[0]
    );
}

#[test]
fn a_capitalized_coordinator_opens_a_new_phrase_before_a_cue() {
    // `sources tell the FT. But Rover told BBC News …`: the abbreviation-like `FT.` hides
    // the sentence end; the capitalized `But` still opens the subject's sentence.
    let (_, m, c, _) = one(
        "Headline\n\nThe plan was leaked to the FT. But Acme told reporters that the reports \
         were \"speculation\".",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Acme"), Some("told reporters"))
    );
}

#[test]
fn a_noun_a_name_modifies_runs_the_subject_on_to_the_name_after_it() {
    // `Conservative co-chairman Liam Fox likened …`: `co-chairman` is no verb after a
    // singular name; the subject runs on over it and the name to the real verb.
    let (_, m, c, _) = one(
        "Headline\n\nLabour backbencher Tom Wragg likened the two men to \"self-obsessed \
         schoolboys\" on Monday.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Labour backbencher Tom Wragg"), Some("likened"))
    );
    // With no name after the noun, no one is quoted (`The Hutton inquiry cleared him of
    // “sexing up” the dossier`) …
    let a = parse_valid(
        "Headline\n\nThe Baxter inquiry cleared him of \"sexing up\" the report last year.",
    );
    assert!(a.quotes.iter().all(|q| q.attribution.is_none()), "{a:?}");
    // … but names joined by `and` take a bare verb (`Obama and Clinton call them …`), and a
    // noun before a colon labels what follows (`WSJ editorial: '…'`).
    let (_, m, c, _) = one(
        "Headline\n\nWhen attackers are revealed as part of a second wave of attacks, Smith \
         and Brown call them \"lone wolves\" and describe their acts as crimes.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Smith and Brown"), Some("call"))
    );
    let (_, m, c, _) = one("Headline\n\nWSJ editorial: 'Deport the governor now.'");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("WSJ"), Some("editorial"))
    );
}

#[test]
fn words_quoted_between_a_determiner_and_its_noun_are_terms() {
    // `the “top secret” level`, `its “safety check” feature`: a modifier inside a noun
    // phrase, not an utterance — even where a subject and a verb stand before it …
    assert_all_kinds(
        &[
            "Headline\n\nNone of the files reached the “restricted” level, the review found.",
            "Headline\n\nThe agency had switched on its \"crisis map\" feature for the town.",
            "Headline\n\nMarta Gell had opened a new “pop up” shop in Leeds.",
        ],
        QuoteKind::Term,
    );
    // A name in title case there is one even where a cue reports (`the “Alien Superstar”
    // singer announced`, `Mr. Nevins said he pursued a new “Twin Peaks” only because …`).
    assert_all_kinds(
        &[
            "Headline\n\nOn Monday the “Velvet Storm” singer announced a tour.",
            "Headline\n\nMr. Dorn said he backed the “Leave” camp in the vote.",
        ],
        QuoteKind::Title,
    );
    // … but a cue before it reports the words (`Nestle said it had an “exceptional” year`).
    let (q, m, c, _) =
        one("Headline\n\nVardex said it had enjoyed an \"outstanding\" year in Europe.");
    assert_eq!(
        (q.as_str(), m.as_deref(), c.as_deref()),
        ("outstanding", Some("Vardex"), Some("said"))
    );
}

#[test]
fn a_plural_noun_before_an_auxiliary_heads_the_subject_and_is_no_verb() {
    // `Twenty TV stations were fined`, `The Tory proposals are “…”`: the word in `-s` is
    // what the subject names, not its verb …
    for text in [
        "Headline\n\nThe Green proposals are \"closely modelled\" on the Danish scheme.",
        "Headline\n\nThose plans were \"carefully weighed against the costs\" before the vote.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| q
                .attribution
                .as_ref()
                .and_then(|a| a.cue.as_ref())
                .is_none_or(|c| c.text != "proposals" && c.text != "plans")),
            "{text}: {:?}",
            a.quotes
        );
    }
    // A cue word heading such a subject is a noun too: the speaker is the one who said it.
    let (_, m, c, _) = one(
        "Headline\n\nThe minister said he would not act and that the press reports were not \
         \"well founded\".",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("The minister"), Some("said"))
    );
    // … while a verb in `-s` after a name or a pronoun reports (`what he says are “…”`).
    assert_eq!(
        cues_of(
            "Headline\n\nHe wants to tackle what he says are \"crippling shortages\" of staff."
        ),
        ["says"]
    );
}

#[test]
fn an_inverted_cue_after_the_rest_of_the_sentence_names_the_speaker_after_it() {
    // `“…” the country’s programs, said spokesperson Matthew Miller.`: the words in lower
    // case after the quote go on with its sentence; the name after the cue speaks …
    let (_, m, c, _) = one(
        "Headline\n\nHackers “directly fund” the state’s weapons and missile programs, said \
         agency spokesperson Lena Kovac.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("agency spokesperson Lena Kovac"), Some("said"))
    );
    // … but a day after it names no one; and a cue inside a relative clause between commas
    // is that clause's (`who asked not to be named`), unless its closing comma is missing.
    for text in [
        "Headline\n\n“That was wrong,” the official, who asked not to be named, said Monday.",
        "Headline\n\n“That was wrong,” the official, who asked not to be named, said on Monday.",
    ] {
        let (_, m, c, _) = one(text);
        assert_eq!(
            (m.as_deref(), c.as_deref()),
            (
                Some("the official, who asked not to be named"),
                Some("said")
            ),
            "{text}"
        );
    }
    let (_, m, c, _) =
        one("Headline\n\n“That was wrong,” Mia Lund, who is chair of the board said on Monday.");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Mia Lund, who is chair of the board"), Some("said"))
    );
}

#[test]
fn a_person_before_a_preposition_and_a_body_is_the_mention() {
    // `A spokesman for the club said`: a body that is no known noun ends the backward walk,
    // but the person before the preposition speaks for it.
    assert_mentions(&[
        (
            "Headline\n\nA spokesman for the supporters club said: \"We cannot accept this.\"",
            "A spokesman for the supporters club",
        ),
        (
            "Headline\n\nA senior source at the ministry told the BBC: \"It is over.\"",
            "A senior source at the ministry",
        ),
        (
            "Headline\n\nOfficials at the council said: \"The road stays shut.\"",
            "Officials at the council",
        ),
    ]);
    // (Without a person before it the body is the mention.)
    assert_mentions(&[(
        "Headline\n\nIn a row over pay, the club said: \"We will appeal.\"",
        "the club",
    )]);
}

#[test]
fn an_opening_phrase_without_a_comma_is_no_part_of_the_mention() {
    // `Speaking in Harrogate Mr Kennedy said`, `On Sunday, Deputy Mayor … told`, `In
    // November the British Medical Association said`: the speaker's phrase opens at the
    // honorific, past the day or month.
    assert_mentions(&[
        (
            "Headline\n\nSpeaking in Keswick Mr Ormond said: \"People want change.\"",
            "Mr Ormond",
        ),
        (
            "Headline\n\nIn a speech to the Policy Forum Mrs Lark said: \"They are wrong.\"",
            "Mrs Lark",
        ),
        (
            "Headline\n\nOn Sunday, Deputy Mayor Nina Gole told the BBC: \"This is a crisis.\"",
            "Deputy Mayor Nina Gole",
        ),
        (
            "Headline\n\nIn November the Royal College of Nursing said: \"Staff are tired.\"",
            "the Royal College of Nursing",
        ),
        // (And a name right after the preposition's month: `In September Symantec released
        // statistics …`.)
        (
            "Headline\n\nIn September Veltrix released figures that showed a rise in \"bot \
             computers\" across the country.",
            "Veltrix",
        ),
    ]);
    // (A month that is a given name stays, and so do honorifics after a title, an honorific
    // or a degree in capitals.)
    assert_mentions(&[
        (
            "Headline\n\n“We will see,” April Dunmore said.",
            "April Dunmore",
        ),
        (
            "Headline\n\n“We will see,” the Rt Rev Dr Tom Wrenn said.",
            "the Rt Rev Dr Tom Wrenn",
        ),
    ]);
}

#[test]
fn the_subject_after_an_opening_phrase_without_a_comma_speaks() {
    // `Last week the LSE said …`, `In a filing to regulators the airline warned …`, `Later
    // the prime minister said:`: a phrase that opens with a preposition or a time word and
    // holds no verb is no object of a verb before the subject.
    assert_mentions(&[
        (
            "Headline\n\nEarlier this week the minister said: \"We are worried.\"",
            "the minister",
        ),
        (
            "Headline\n\nIn a filing to regulators the airline warned of \"serious losses\" this year.",
            "the airline",
        ),
        (
            "Headline\n\nIn its report the committee said: \"We are worried.\"",
            "the committee",
        ),
        // (`that` right after the opener is its determiner.)
        (
            "Headline\n\nAt that point the crowd chanted “Send them all home now!”",
            "the crowd",
        ),
    ]);
    // (But an opening adverb is no such phrase: `Now his friends make jokes about “…”`.)
    assert_no_mention(
        "Headline\n\nNow his friends make jokes about observers sent \"to ensure a fair vote.\"",
        "his friends make",
    );
}

#[test]
fn an_organisation_noun_heads_the_mention_of_a_body() {
    // `Broadcast magazine said`, `Civil rights group Liberty said`, `telecom regulator
    // Ofcom said`: a noun for an organisation belongs to the mention, and a name after it
    // is the subject even after a plain lower-case word.
    assert_mentions(&[
        (
            "Headline\n\nScreen magazine said: \"British TV never realised how low it could go.\"",
            "Screen magazine",
        ),
        (
            "Headline\n\nCivil rights group Fairway said it exposed \"racism at the heart of the policy\".",
            "group Fairway",
        ),
        (
            "Headline\n\nThe move came after telecom regulator Ofnet said the firm must offer \"real equality of access\".",
            "regulator Ofnet",
        ),
    ]);
}

#[test]
fn a_progressive_cue_is_the_clause_verb_not_a_participle() {
    // `… Dora Pike is insisting that …`: after a form of `be` the -ing cue is the verb of
    // its subject, not a participle phrase that takes the sentence's first words.
    let (_, m, c, _) = one(
        "Headline\n\nRepublican presidential front-runner Dora Pike is insisting that she has \
         “grown the party,” and more.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Dora Pike"), Some("insisting"))
    );
}

#[test]
fn words_in_lower_case_after_a_verb_of_calling_are_the_callers() {
    // `what he called “our arguments this year”`: a partial quote of the subject of
    // `called` …
    let (q, m, c, _) =
        one("Headline\n\nHe spoke of the party's rift, what he called “our quarrels this year.”");
    assert_eq!(
        (q.as_str(), m.as_deref(), c.as_deref()),
        ("our quarrels this year.", Some("he"), Some("called"))
    );
    let (_, m, c, _) = one("Headline\n\nRush Kimbell, for one, called “liberal lingo.”");
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Rush Kimbell"), Some("called"))
    );
    // (after its object too, with the verb's auxiliaries, and after `and` the sentence's
    // subject calls)
    assert_mentions_and_cues(&[
        (
            "Headline\n\nMr. Dorn has also called the system “rigged” twice.",
            "Mr. Dorn",
            "has also called",
        ),
        (
            "Headline\n\nLena Ruiz took the stage in Dayton and called the plan “rotten.”",
            "Lena Ruiz",
            "called",
        ),
        (
            "Headline\n\nThe judges called it “an impressive and readable piece of scholarship, \
             which cannot fail but leave the reader moved and intrigued”.",
            "The judges",
            "called",
        ),
    ]);
    // … but a name in title case is a title, and neither a passive nor a description the
    // participle names (`a phenomenon called “…”`) quotes anyone.
    for text in [
        "Headline\n\nThe plan, called “Mexico-United States Border Framework,” was signed.",
        "Headline\n\nIt is called “podcasting” and it is growing.",
        "Headline\n\nThey studied a phenomenon called “price stickiness” in shops.",
        "Headline\n\nIn May, we need many model runs, called the “ensembles,” to see it.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| !q.kind.is_speech()),
            "{text}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn chanted_shouted_and_echoed_words_are_said_however_short() {
    // `their chants of “Ted! Ted!”`, `softly echoing “too many.”`: what is uttered aloud is
    // speech, not a title or a term …
    for text in [
        "Headline\n\nBut their chants of “Ned! Ned! Ned!” were drowned out.",
        "Headline\n\nThe audience followed him by softly echoing “too many.”",
        "Headline\n\nThere were near-constant calls of \"Feel the Burn\" in the hall.",
    ] {
        let a = parse_valid(text);
        assert_eq!(a.speech().count(), 1, "{text}: {:?}", a.quotes);
    }
    // … and a quote joined by `and` to one said just before is said by the same speaker.
    let a = parse_valid(
        "Headline\n\nRhian Bevan said the rules were \"not proportionate\" and \"unfair\".",
    );
    let t = table(&a);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(
        t.iter()
            .all(|(_, m, c, _)| m.as_deref() == Some("Rhian Bevan") && c.as_deref() == Some("said")),
        "{t:?}"
    );
}

#[test]
fn marks_inside_an_html_tag_quote_no_one() {
    // `<a href="http://…">`, `<tweet tweet-id="…">`: a page's markup left in the text, whose
    // marks quote attributes' values.
    let a = parse_valid(
        "Headline\n\nWatch it at <a href=\"http://example.com/v\">example.com</a>. \"We \
         will win,\" she said.\n\n<tweet tweet-id=\"6711\"><tweet/>.",
    );
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["We will win,"]);
    // (Nor a text without markup: `x<a "b"` opens no tag.)
    let a = parse_valid("Headline\n\nIf x<a then \"b\" is wrong, he said.");
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["b"]);
}

#[test]
fn a_quote_after_a_sentence_about_a_person_is_that_persons() {
    // `He was on crutches for six weeks. “Walking without them …”`: with no cue anywhere,
    // the subject of the sentence before, a name or a pronoun for a person, speaks.
    let (_, m, c, p) = one(
        "Headline\n\nJamie Corrin hurt his back in May.\n\nHe was on crutches for six weeks \
         until he could walk. \"Walking without them felt like real progress.\"",
    );
    assert_eq!(
        (m.as_deref(), c, p),
        (Some("He"), None, Some(Placement::Context))
    );
    // (Past a participle phrase opening the sentence: `Speaking on his long-term plans,
    // Campbell signalled his intent to move abroad. “I'm 30 now …”`.)
    let (_, m, _, p) = one(
        "Headline\n\nSpeaking on his plans, Corrin signalled his intent to move abroad. \
         \"I'm 30 now and that is definite.\"",
    );
    assert_eq!(
        (m.as_deref(), p),
        (Some("Corrin"), Some(Placement::Context))
    );
    // (Past a coordinator, or an introductory phrase and its comma: `And she won't commit
    // to an opinion of Hollywood yet. "I'm just in the middle of it …"`, `As for the future,
    // Arnold firmly believes that …`.)
    for (text, mention) in [
        (
            "Headline\n\nAnna Corrin is nominated.\n\nAnd she won't commit to an opinion \
             yet. \"I'm just in the middle of it.\"",
            "she",
        ),
        (
            "Headline\n\nAnna Corrin is nominated.\n\nAs for the future, Corrin firmly \
             believes in short films. \"You're left more to your own devices.\"",
            "Corrin",
        ),
    ] {
        let (_, m, _, p) = one(text);
        assert_eq!(
            (m.as_deref(), p),
            (Some(mention), Some(Placement::Context)),
            "{text}"
        );
    }
    // (Past a sentence between that names no one else: `Costin heads to Poland on Sunday.
    // All these sessions are small steps towards what Costin hopes will be a return. “It's
    // all about …”` — not past one with another name or a subject pronoun in it.)
    let (_, m, _, p) = one(
        "Headline\n\nJamie Corrin is injured.\n\nCorrin heads to a clinic on Sunday. All \
         these sessions are small steps towards what Corrin hopes will be a return. \"It's \
         all about trying to get mobility in my back.\"",
    );
    assert_eq!(
        (m.as_deref(), p),
        (Some("Corrin"), Some(Placement::Context))
    );
    for aside in [
        "All these sessions were planned by Dr Vale.",
        "All these sessions are what she wanted.",
    ] {
        let text = format!(
            "Headline\n\nJamie Corrin is injured.\n\nCorrin heads to a clinic on Sunday. \
             {aside} \"It's all about trying to get mobility in my back.\""
        );
        let a = parse_valid(&text);
        assert!(
            a.quotes.iter().all(|q| q.attribution.is_none()),
            "{text}: {:?}",
            a.quotes
        );
    }
    // (Or the paragraph before, when the quote opens its own and that one holds no quote:
    // `On this subject, Morris appears almost evangelical. ¶ "I was on a cruise …"` — a
    // person's subject, not `They` or a common word, and a sentence, not a label.)
    let (_, m, _, p) = one(
        "Headline\n\nDick Corrin is a pollster.\n\nOn this subject, Corrin appears almost \
         evangelical.\n\n\"I was on a cruise in the Mediterranean.\"",
    );
    assert_eq!(
        (m.as_deref(), p),
        (Some("Corrin"), Some(Placement::Context))
    );
    for text in [
        "Headline\n\nVoters are tired.\n\nThey think the progress is real.\n\n\"Lurking \
         behind this argument is a dispute.\"",
        "Headline\n\nA panel met.\n\nVoices rose in the hall.\n\n\"Lurking behind this \
         argument is a dispute.\"",
        "Headline\n\nIn 2005, the board turned on Dora Vale. She was fired.\n\n'A change \
         warrior.'\n\nVale has been forced to revisit the merger.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| q.attribution.is_none()),
            "{text}: {:?}",
            a.quotes
        );
    }
    // (Not a possessive's, nor one that runs on into a quote with an attribution of its
    // own.)
    let a =
        parse_valid("Headline\n\nCorrin's remarks drew a crowd. \"Walking felt like progress.\"");
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{:?}",
        a.quotes
    );
    let t = table(&parse_valid(
        "Headline\n\nMara Holt won the race. \"It was hard.\" \"I am happy,\" Stone said.",
    ));
    assert!(
        t.iter().all(|(_, m, _, _)| m.as_deref() == Some("Stone")),
        "{t:?}"
    );
    // (The sentence may follow another quote's: `… not just a textbook." Mr Negroponte
    // conceded this was ambitious. "Nokia make …"`.)
    let t = table(&parse_valid(
        "Headline\n\nHowever, Mr Pont set up two schools. \"We put in 25 laptops.\" Mr Pont wants \
         laptops to become common. \"Nokia make 200 million phones a year.\"",
    ));
    assert_eq!(
        t.last().and_then(|r| r.1.as_deref()),
        Some("Mr Pont"),
        "{t:?}"
    );
}

#[test]
fn someone_named_in_full_between_two_quotes_speaks_the_second() {
    // `He insisted the changes were “very modest”. Union leader Dave Prentis criticised the
    // plans. “If you want …”`: not the first quote's speaker, inherited.
    let t = table(&parse_valid(
        "Headline\n\nNed Vale spoke on Monday. He insisted the changes were \"very modest\". \
         Union leader Tam Brisk criticised the plans. \"If you want good services you do not \
         hit people.\"",
    ));
    assert_eq!(
        t.last().map(|r| (r.1.as_deref(), r.3)),
        Some((Some("Union leader Tam Brisk"), Some(Placement::Context))),
        "{t:?}"
    );
    // (Not a single word, which as often names a body — `BT was one of the companies …` —
    // nor a name that closes a clause, `… but Mr Blair himself.`)
    for text in [
        "Headline\n\n\"It is a real shame,\" said Ian Vole. Acme was one of the firms that \
         worked with them. \"There were many talented people there.\"",
        "Headline\n\n\"It is a real shame,\" said Ian Vole. The problem is not the war, but Mr \
         Blair himself. \"There were many talented people there.\"",
    ] {
        let t = table(&parse_valid(text));
        assert_eq!(
            t.last().and_then(|r| r.1.as_deref()),
            Some("Ian Vole"),
            "{text:?}: {t:?}"
        );
    }
}

#[test]
fn a_report_between_two_quotes_after_one_that_ends_its_sentence_speaks_the_second() {
    // `… told researchers: "…club." Prof Joni Lovenduski … said she was shocked at the
    // findings. "We expected …"`: the sentence between opens right after the first quote's
    // closing mark, and its subject reports the second.
    let t = table(&parse_valid(
        "Headline\n\nSara Tell told researchers: \"It is like a club.\" Prof Jo Lenn, who led \
         the study, said she was shocked at the findings. \"We expected a bit of this.\"",
    ));
    assert_eq!(
        t.iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(),
        [Some("Sara Tell"), Some("Prof Jo Lenn, who led the study")],
        "{t:?}"
    );
    // (Not the first quote's own attribution after it, which runs on past its comma.)
    let t = table(&parse_valid(
        "Headline\n\n\"And I am not being paid!\" Lev Orr declared, a point he makes after \
         callers asked how much he got. \"I make my own money.\"",
    ));
    assert_eq!(
        t.iter()
            .map(|r| (r.1.as_deref(), r.2.as_deref()))
            .collect::<Vec<_>>(),
        [
            (Some("Lev Orr"), Some("declared")),
            (Some("Lev Orr"), Some("declared"))
        ],
        "{t:?}"
    );
}

#[test]
fn a_chain_of_quotes_that_names_no_one_is_the_person_before_it() {
    // Sentences of one quotation, each opening its own mark with none closed but the last
    // (`"There is no logic to it. "It is not sustainable."`), run into each other: when no
    // cue follows the last, the subject of the sentence before the first speaks them all.
    let a = parse_valid(
        "Headline\n\nMara Holt won the race in May. \"It was hard. \"I am happy. \"Next year \
         I go again.\"",
    );
    let t = table(&a);
    assert_eq!(t.len(), 3, "{t:?}");
    assert_eq!(
        t.iter()
            .map(|(_, m, _, p)| (m.as_deref(), *p))
            .collect::<Vec<_>>(),
        [
            (Some("Mara Holt"), Some(Placement::Context)),
            (Some("Mara Holt"), Some(Placement::Inherited)),
            (Some("Mara Holt"), Some(Placement::Inherited)),
        ]
    );
    assert!(
        !a.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::UnattributedQuote),
        "{:?}",
        a.diagnostics
    );
}

#[test]
fn a_lower_case_title_before_a_name_belongs_to_the_subject_of_the_sentence_before() {
    // Between a body's name and its holder's (`Fostering Network executive director Robert
    // Tapsfield criticised …`): not the body's name alone.
    let (_, m, _, _) = one(
        "Headline\n\nRowing Union executive director Tam Brisk criticised the plan. \"There is \
         no logic to it.\"",
    );
    assert_eq!(
        m.as_deref(),
        Some("Rowing Union executive director Tam Brisk")
    );
}

#[test]
fn names_may_stand_between_an_embedded_quote_and_its_inverted_cue() {
    // `“…” for Clinton, said Kunin.`: a quote that ends in a word goes on with its
    // sentence, names and all, before `, said NAME`.
    let (_, m, c, _) = one(
        "Headline\n\nThe vote signals \"the beginning of the end\" for the Union, said Geert \
         Wildner, a party founder.",
    );
    assert_eq!(
        (m.as_deref(), c.as_deref()),
        (Some("Geert Wildner"), Some("said"))
    );
}

#[test]
fn a_portfolio_is_part_of_a_title_in_a_mention() {
    // `shadow home secretary`, `home affairs spokesman`: the portfolio words before a title
    // are the title's (elsewhere `home` and `health` are plain nouns); a description with
    // no name after a comma is the name's appositive even without its closing comma.
    assert_mentions(&[
        (
            "Headline\n\nLabour's shadow international development secretary Lena Marsh said \
             the plan was “a mess”.",
            "Labour's shadow international development secretary Lena Marsh",
        ),
        (
            "Headline\n\n“It will not work,” Lib Dem home affairs spokesman Owen Tate said.",
            "Lib Dem home affairs spokesman Owen Tate",
        ),
        // (And before a person's noun: `BBC political editor Andrew Marr said`.)
        (
            "Headline\n\nITV political editor Jo Marsh said the plan was “a big moment” for \
             the party.",
            "ITV political editor Jo Marsh",
        ),
        (
            "Headline\n\nThe Green Party parliamentary chairman Ann Vale said the plan was “a \
             big moment” for the party.",
            "The Green Party parliamentary chairman Ann Vale",
        ),
        (
            "Headline\n\nRhys Evan Morgan, Plaid Cymru health spokesman said: “It is the same \
             target.”",
            "Rhys Evan Morgan, Plaid Cymru health spokesman",
        ),
        // So is a body's name after a person's: where the person works.
        (
            "Headline\n\nColin Ashby, Seaford Hotel Association said: “We have tried hard.”",
            "Colin Ashby, Seaford Hotel Association",
        ),
        // (Not after a word that is no person's name.)
        (
            "Headline\n\nAcross Sussex, Seaford Hotel Association said: “We have tried hard.”",
            "Seaford Hotel Association",
        ),
    ]);
}

#[test]
fn a_participle_opening_a_title_is_part_of_the_mention() {
    // `chief operating officer`, `managing director`, `acting head coach`: before a title's
    // head the participle is the title's, before the cue and after it.
    assert_mentions(&[
        (
            "Headline\n\nThe firm's managing director Lena Marsh said it was “a mess”.",
            "The firm's managing director Lena Marsh",
        ),
        (
            "Headline\n\n“It will not work,” said chief operating officer Owen Tate.",
            "chief operating officer Owen Tate",
        ),
    ]);
}

#[test]
fn a_description_closing_the_sentence_keeps_its_phrase_of_place() {
    // `said one Democratic source on the panel.`: the phrase is part of who the source is;
    // a time, a statement or a named publication is not.
    assert_mentions(&[
        (
            "Headline\n\n“They are in a frenzy,” said one Democratic source on the panel.",
            "one Democratic source on the panel",
        ),
        (
            "Headline\n\n“It is done,” said an official with knowledge of the talks.",
            "an official with knowledge of the talks",
        ),
        (
            "Headline\n\n“It is done,” said a senior official at the ministry on Tuesday.",
            "a senior official",
        ),
        (
            "Headline\n\n“It is done,” said the group in a statement.",
            "the group",
        ),
    ]);
}

#[test]
fn a_paragraph_ending_in_a_dash_and_a_name_is_that_persons() {
    // Readers' testimonials: the second paragraph's first quote is its own writer's, named
    // at its end, not the previous paragraph's.
    let a = parse_valid(
        "Headline\n\n“He is no leader at all.” ― Maria Ocampo\n\n“No one wants a man who \
         insults our grandparents. To quote a singer ‘Some people are so poor all they have \
         is money.” And that is all he has “the root of all evil’.” ― Lucia Serrano.",
    );
    let t = table(&a);
    let mentions: Vec<_> = t.iter().map(|r| r.1.as_deref()).collect();
    assert_eq!(
        mentions,
        [
            Some("Maria Ocampo"),
            Some("Lucia Serrano"),
            Some("Lucia Serrano")
        ],
        "{t:?}"
    );
    assert_eq!(t[1].3, Some(newstext::Placement::Dash));
}

#[test]
fn a_cue_joined_by_and_takes_the_subject_of_its_own_clause() {
    // `when I asked Doyle …, he looked …, frowned and said,`: he said it, not I.
    assert_mentions(&[(
        "Headline\n\nLast month, when I asked Tom Doyle if he would ever run, he looked into \
         my camera, frowned and said, “I'm running against YOU!”",
        "he",
    )]);
}

#[test]
fn a_person_in_a_place_speaks_not_the_place() {
    // `A critic in the comments replied`: the critic, as `A spokesman for the club said` is
    // the spokesman.
    assert_mentions(&[(
        "Headline\n\nA critic in the comments replied, “Their house, their choice.”",
        "A critic in the comments",
    )]);
}

#[test]
fn a_share_of_the_people_polled_speaks() {
    // `14 percent said “not at all likely.”`: the share is the speaker, and what it said
    // is speech, not a term.
    assert_mentions(&[
        (
            "Headline\n\nAsked about the race, 14 percent said “not at all likely.”",
            "14 percent",
        ),
        (
            "Headline\n\nIn the survey, 37 percent of voters say “we need a change.”",
            "37 percent of voters",
        ),
    ]);
}

#[test]
fn a_cue_word_used_as_a_noun_names_no_speaker() {
    // After `a` and a word, a base form is a noun (`a voluntary recall`); a relative
    // pronoun after a cue word (`questions that …`) is no one.
    for text in [
        "Headline\n\nRegulators had cited “weak” safeguards over the system against misuse, \
         so the company initiated a voluntary recall to implement “additional checks”.",
        "Headline\n\nThe play is hard to watch. “Why did you leave?” – questions that speak \
         of loss.",
    ] {
        let a = parse_valid(text);
        for q in &a.quotes {
            let m = q.attribution.as_ref().map(|x| x.mention.text.as_str());
            assert!(
                !m.is_some_and(|m| m.contains("voluntary") || m.starts_with("that")),
                "{text}: {m:?}"
            );
            let c = q.attribution.as_ref().and_then(|x| x.cue.as_ref());
            assert!(c.is_none_or(|c| c.text != "recall"), "{text}: {c:?}");
        }
    }
}

#[test]
fn a_cue_before_a_comma_and_the_next_quote_is_that_quotes() {
    // The sentence after a closed quote ends in `said,` and the next quote: it introduces
    // that quote, and the one before goes on with its own speaker.
    let text = "Headline\n\n“It went well,” Mayor Clara Benning said of the vote. “But the work \
                starts now.” Of the council, her rival Nadia Orlov said, “It failed us.”";
    assert_eq!(
        mentions_of(text),
        ["Mayor Clara Benning", "Mayor Clara Benning", "Nadia Orlov"]
    );
}

#[test]
fn a_sentence_between_two_quotes_that_names_a_new_speaker_takes_the_second() {
    // In one paragraph, after the first quote's attribution, a sentence of its own reports
    // someone else's words: the next quote is theirs, not a continuation.
    let text = "Headline\n\n“It went well,” Mayor Clara Benning said. Her rival, Councillor \
                Nadia Orlov, said the vote was rushed. “We were not told.”";
    let m = mentions_of(text);
    assert_eq!(
        m.get(1).map(String::as_str),
        Some("Councillor Nadia Orlov"),
        "{m:?}"
    );
    // A pronoun there most likely goes on with the speaker before.
    let text = "Headline\n\n“It went well,” Mayor Clara Benning said. She said the vote was \
                fair. “We were ready.”";
    assert_eq!(
        mentions_of(text),
        ["Mayor Clara Benning", "Mayor Clara Benning"]
    );
}

#[test]
fn a_fragment_after_another_in_its_sentence_keeps_the_subject_that_introduced_it() {
    let text = "Headline\n\nThe mayor said the city was “moving fast” toward a budget by \
                “early 2025” - a change from the plan laid out by Councillor Nadia Orlov.";
    assert_eq!(mentions_of(text), ["The mayor", "The mayor"]);
}

#[test]
fn a_date_is_no_mention() {
    // `In August, several groups …`: the month is no speaker; `May` alone may be one.
    assert_no_mention_opening(
        &[
            "Headline\n\nIn August, several environmental groups granted the firm an \
             extension, saying its “start-up capital was less than expected.”",
            "Headline\n\nOn July 6, the site posted a notice: “We are closed.”",
        ],
        &["August", "July"],
    );
    assert_mentions(&[("Headline\n\n“We will act,” May said.", "May")]);
}

#[test]
fn a_demonstrative_or_a_contraction_is_no_mention() {
    assert_no_mention_opening(
        &[
            "Headline\n\nPart of this has been the rise of the “generation X-ers” who buy \
             gadgets.",
            "Headline\n\nIt’s often easier for a friend to step in, saying something like, \
             “Let her finish.”",
        ],
        &["Part", "It"],
    );
    // A show's name that opens with a contraction is no contraction of a clause.
    assert_mentions(&[(
        "Headline\n\n“It was a shock,” That's Life host Esther Rantzen said.",
        "That's Life host Esther Rantzen",
    )]);
}

#[test]
fn a_span_of_time_before_later_opens_no_subject() {
    assert_mentions(&[(
        "Headline\n\nFive months later, Ken Ardent invoked the study and insisted he was \
         right: “I was right.”",
        "Ken Ardent",
    )]);
}

#[test]
fn a_cue_plural_after_a_particle_or_a_past_tense_is_a_noun() {
    // `play down reports`, `dismissed claims`: the `-s` form has no subject before it, and
    // the words before it name no speaker.
    let texts = [
        "Headline\n\n“I am happy here,” Tomas Vell added. “I love this city.” Before the \
         story broke, Vell had moved to play down reports linking him with a rival club.",
        "Headline\n\nThe minister dismissed claims that the plan was “a shambles” and went on.",
    ];
    for text in texts {
        let cues = cues_of(text);
        assert!(
            !cues.iter().any(|c| c == "reports" || c == "claims"),
            "{text}: {cues:?}"
        );
    }
    assert_eq!(mentions_of(texts[0]), ["Tomas Vell", "Tomas Vell"]);
}

#[test]
fn a_cue_participle_after_a_degree_word_is_an_adjective() {
    // `the most promising uses`: no cue, and `the most` no speaker.
    let text = "Headline\n\nReformatting is one of the most promising uses of the tool. \
                “It scales.”";
    assert_eq!(one(text).2, None);
}

#[test]
fn a_name_before_a_description_whose_closing_comma_is_missing_is_the_mention() {
    // `Jo Hale, a former minister wrote`: the description's closing comma is missing; the
    // name that opens the sentence or a clause is the subject it describes.
    assert_mentions(&[
        (
            "Headline\n\nMarc Oster, a strategist at Monument Bank told the paper: “Rates will \
             rise.”",
            "Marc Oster, a strategist at Monument Bank",
        ),
        (
            "Headline\n\nOne MP was angry, while Jo Hale, a Conservative former minister wrote \
             that it was “deeply disappointing”.",
            "Jo Hale, a Conservative former minister",
        ),
    ]);
    // After a comma inside the sentence the name may be a place; a parenthetical closed by
    // the comma after its cue reports someone else.
    assert_mentions(&[
        (
            "Headline\n\nAt a rally in Dover, New Hampshire Monday, the Christie supporter \
             retorted: “Not a chance.”",
            "the Christie supporter",
        ),
        (
            "Headline\n\nClinton, a top aide said, will “fight on”.",
            "a top aide",
        ),
    ]);
}

#[test]
fn a_bracketed_sentence_after_a_quote_holds_no_attribution_of_it() {
    // `“…right?” (An Arena spokesperson pointed back to …)`: the quote goes on with the
    // speaker before it.
    let text = "Headline\n\n“We know the mood,” he says. “It pays, right?” (A Vantor \
                spokesperson pointed back to its statement.)";
    assert_eq!(mentions_of(text), ["he", "he"]);
    let text = "Headline\n\n“It pays, right?” (A Vantor spokesperson emphasizes that the site \
                is separate.)";
    assert_eq!(one(text).1, None);
}

#[test]
fn a_bodys_noun_after_a_possessive_heads_the_mention() {
    // `Ma’s office told`: `office` mostly modifies a noun (`office staff`), but after a
    // possessive it is the head, and the mention is the office, not `Ma’s`.
    assert_mentions(&[
        (
            "Headline\n\nOn Friday, Tarn’s office told the paper he was “very positive” about it.",
            "Tarn’s office",
        ),
        (
            "Headline\n\nCongressman Ed Voss’s office said the claim was “false”.",
            "Congressman Ed Voss’s office",
        ),
    ]);
}

#[test]
fn a_fragment_after_another_in_a_reported_sentence_goes_on_with_its_report() {
    // The cue before the first fragment introduces the second too; a clause subject between
    // them (`Doha was`) is no speaker.
    let text = "Headline\n\nVance added that “the outline of a deal” for a fight in Doha, Qatar \
                was “agreed to a week ago.”";
    assert_eq!(mentions_of(text), ["Vance", "Vance"]);
    assert_eq!(cues_of(text), ["added", "added"]);
    // (A term after a reported fragment is the speaker's word too.)
    assert_eq!(
        mentions_of("Headline\n\nMira Hale said he was “so lovely” and a “delight” to work with."),
        ["Mira Hale", "Mira Hale"]
    );
    // A clause of its own with a verb between them reports its own subject, and a fragment
    // that closes its sentence hands nothing on.
    assert_eq!(
        mentions_of(
            "Headline\n\nThe two met – Rand saying he was “very encouraged” and Tobin calling it \
             a “great meeting.”"
        ),
        ["Rand", "Tobin"]
    );
    assert_eq!(
        mentions_of(
            "Headline\n\nRand said his aides were “dragging their feet.” The paper then ran “a \
             cover story” on it."
        ),
        ["Rand"]
    );
}

#[test]
fn a_nickname_inside_a_name_is_a_term() {
    // `John “Tig” Tiegen`, `Marcia "Cia" Price`: a nickname between a known given name and the
    // rest of the name is nobody's words.
    assert_all_kinds(
        &[
            "Headline\n\nThe contractor John “Tig” Tegan said it was over.",
            "Headline\n\nHis niece, state Del. Marcia \"Cia\" Prall, shouted to the crowd.",
            "Headline\n\nThe return of Dwayne “The Rock” Johnson thrilled fans.",
            // (In lower case after `the` too, and with a space inside the marks.)
            "Headline\n\nAnother player - Jimmy \"the Whirlwind \" Whyte - has admitted \
             missing lessons.",
        ],
        QuoteKind::Term,
    );
    // (After a word that is no given name the words may be said.)
    assert!(
        one("Headline\n\nThe crowd chanted “Hell No” Monday, and left.")
            .2
            .is_some()
    );
}

#[test]
fn an_inverted_cue_closing_the_sentence_before_a_quote_names_its_speaker() {
    // `…, says Zhen Wang, a mathematician at Station Q.` and then a quote of its own: the
    // name after the inverted cue speaks, not the subject of the sentence.
    assert_mentions(&[
        (
            "Headline\n\nWith a big budget, the group was the envy of the field, says Zhen Woo, \
             a mathematician and founding member of Station Q. “It was the perfect place.”",
            "Zhen Woo",
        ),
        (
            "Headline\n\nGadgets will become part of our clothes, says Mr Pears. “You won't \
             see the electronics.”",
            "Mr Pears",
        ),
    ]);
    // (Not a place after the cue: `his brother, Dan Minor, posted on X.`)
    assert_eq!(
        mentions_of(
            "Headline\n\n“He was the best,” his twin brother, Dan Minor, posted on X. “We thank \
             you all.”"
        ),
        ["Dan Minor", "Dan Minor"]
    );
}

#[test]
fn a_colon_introduction_with_an_auxiliary_keeps_its_verb_in_the_cue() {
    // `He has coined a new phrase: “…”`: the cue is the verb group, not the auxiliary alone.
    assert_eq!(
        cues_of("Headline\n\nThe senator has coined a new phrase: “undocumented voters.”"),
        ["has coined"]
    );
}

#[test]
fn a_bare_cue_noun_after_a_singular_name_is_no_cue() {
    // `a Facebook post`, `the Pew report:`: after a singular name a bare form is a noun (the
    // verb would take `-s`); after a plural or a pronoun it is a verb.
    let text = "Headline\n\nFrom Bush's Facebook post: “For the sake of our party, vote.”";
    assert!(
        !cues_of(text).iter().any(|c| c == "post"),
        "{:?}",
        cues_of(text)
    );
    assert_eq!(
        mentions_of("Headline\n\nSaid the Pew report: “This finding is ironic.”"),
        ["the Pew report"]
    );
    assert_eq!(
        cues_of("Headline\n\n“We will fight,” the Saudis state in the paper."),
        ["state"]
    );
}

#[test]
fn an_article_after_a_name_or_head_ends_the_mention_after_a_cue() {
    // `according to the Datamonitor report the trend marked …`: the next phrase opens at
    // its article.
    assert_mentions(&[
        (
            "Headline\n\nAccording to the Datamonitor report the trend marked teenagers out as \
             “big spenders”.",
            "the Datamonitor report",
        ),
        (
            "Headline\n\nAccording to Mr Peston the prime minister told him he was \"not \
             going anywhere\".",
            "Mr Peston",
        ),
    ]);
}

#[test]
fn a_quote_described_as_a_work_in_apposition_is_a_title() {
    // `“Snow Flower,” a collaborative Christmas track`, `''Trump Revealed,'' a biography`:
    // any kind of work in the description names a work.
    assert_all_kinds(
        &[
            "Headline\n\n“Snow Flower,” a collaborative Christmas track released online, \
             followed in 2020 and saw the singer continue.",
            "Headline\n\nLater that month, Scribner is set to publish ''Trump Revealed,'' a \
             biography written by two editors.",
        ],
        QuoteKind::Title,
    );
}

#[test]
fn a_subordinate_clause_after_a_quote_with_an_appositive_speaks_nothing() {
    // `the ''Buffett rule'' after Warren Buffett, the investor, complained that …`: the
    // subordinate clause's subject reports something else.
    let text = "Headline\n\nShe would install a 30 percent tax rate, a version of what is known \
                as the ''Buffett rule'' after Warren Bellet, the billionaire investor, \
                complained that he paid taxes at a lower rate than his secretary.";
    let mentions = mentions_of(text);
    assert!(
        !mentions.iter().any(|m| m.contains("Bellet")),
        "{mentions:?}"
    );
}

#[test]
fn a_title_case_name_joined_to_a_title_is_a_title() {
    // The last of a list of works, after `and`, names a work as the one before it does,
    // though it ends with the sentence's mark or a comma before a verb.
    for text in [
        "Headline\n\nHe starred in films including “Wall Street,” “The Three Musketeers” and \
         “Major League.”",
        "Headline\n\nShe has starred in “Parks and Recreation” and “Guardians of the Galaxy,” \
         posted the clip to YouTube on Thursday.",
    ] {
        let a = parse_valid(text);
        let last = a.quotes.last().map(|q| q.kind);
        assert_eq!(last, Some(QuoteKind::Title), "{text}");
    }
}

#[test]
fn a_quote_after_a_noun_for_a_slogan_is_a_title() {
    // `the usual campaign slogan, “Make America Great Again.”`: a slogan, motto or tagline
    // is quoted, not said, before a comma or colon too.
    assert_all_kinds(
        &[
            "Headline\n\nReporters noted the change from the usual campaign slogan, “Make \
             America Great Again.”",
            "Headline\n\nThe party launched its platform with the slogan: “It's not racist to \
             impose limits”.",
            // (So is a name someone goes by: `under the pseudonym “Carlos Danger,”`.)
            "Headline\n\nDorn wrote under the pseudonym “Carl Danger,” but it did not last.",
            "Headline\n\nShe referred to her friend by her nickname, “Gert.”",
        ],
        QuoteKind::Title,
    );
}

#[test]
fn a_cue_noun_before_a_title_or_a_body_modifies_it() {
    // `“…,” state Sen. Jo Holm (D) said`: `state` modifies the title; the cue is `said`.
    assert_eq!(
        cues_of("Headline\n\n“We know better than they do,” state Sen. Jo Holm (D) said."),
        ["said"]
    );
    assert_eq!(
        cues_of(
            "Headline\n\n“They want to steal it,” state Senate leader Phil Barger said in a \
             statement."
        ),
        ["said in a statement"]
    );
}

#[test]
fn a_negated_auxiliary_is_an_auxiliary() {
    // `she doesn’t think …: “…”`: the cue is the verb group, the negation included.
    assert_eq!(
        cues_of(
            "Headline\n\nStill, the designer doesn’t think we are headed for a dull year: “People \
             want elegance.”"
        ),
        ["doesn’t think"]
    );
}

#[test]
fn a_quote_after_the_name_or_the_title_is_a_title() {
    // `he gave the name “Dan Cooper” when he bought his ticket`: a name given, not said.
    assert_all_kinds(
        &[
            "Headline\n\nYou'll recall that he gave the name “Dan Cooper” when he purchased \
             his ticket.",
            "Headline\n\nHe won the title “World's Strongest Man” twice.",
        ],
        QuoteKind::Title,
    );
}

#[test]
fn a_description_quoted_before_the_name_it_describes_is_a_term() {
    // `its “national enterprise reporter” Stephanie Moran`: words in lower case ending in a
    // noun, between a possessive and a name, describe the name.
    assert_all_kinds(
        &[
            "Headline\n\nThe Post sent its “national enterprise reporter” Stella Moran to the \
           town.",
        ],
        QuoteKind::Term,
    );
    // (Not a verb's words before its object, nor a noun phrase before a day.)
    for text in [
        "Headline\n\nHe said his network “held on” Trump during her event.",
        "Headline\n\nTrump defended his manager as a “very decent man” Tuesday.",
    ] {
        assert!(
            parse_valid(text)
                .quotes
                .iter()
                .all(|q| q.kind != QuoteKind::Term),
            "{text}"
        );
    }
}

#[test]
fn a_cue_with_an_object_after_a_closed_quote_reports_something_new() {
    // `“…” The government has announced plans to cut …`: a sentence after the quote's own
    // whose cue takes an object reports something else; the quote goes on with the speaker
    // before it.
    let text = "Headline\n\n“We work harder,” Mr Hale said. “We are squeezed by taxes.” The \
                government has announced plans to cut jobs.";
    assert_eq!(mentions_of(text), ["Mr Hale", "Mr Hale"]);
    // (So does one whose object opens with a determiner: `Mr Gupta says the power of …`.)
    let text = "Headline\n\n“We work harder,” Mr Hale said. “We are squeezed by taxes.” Mr Gupta \
                says the power of these short text message blogs was great.";
    assert_eq!(mentions_of(text), ["Mr Hale", "Mr Hale"]);
    // (And one whose object opens with a name's possessive: `… echoed McIntyre's
    // sentiments.`)
    let text = "Headline\n\n“We work harder,” Mr Hale said. “We are squeezed by taxes.” Ann \
                Reyes echoed Hale's words.";
    assert_eq!(mentions_of(text), ["Mr Hale", "Mr Hale"]);
    // (A cue with words of time or place after it, or one whose object is its hearer, still
    // closes the quote's attribution.)
    for (text, mention) in [
        (
            "Headline\n\nThe team lost again.\n\n“We had our chances.” Ford said after the game.",
            "Ford",
        ),
        (
            "Headline\n\nThe team lost again.\n\n“We had our chances.” Ford told colleagues.",
            "Ford",
        ),
        (
            "Headline\n\nThe team lost again.\n\n“We had our chances.” Ford said the next day.",
            "Ford",
        ),
    ] {
        assert_eq!(mentions_of(text), [mention], "{text}");
    }
}

#[test]
fn an_inverted_cue_between_commas_attributes_the_quote_its_sentence_goes_on_to() {
    // `All you have to do, says Doolittle, is “…”`: a cue and a name set off by commas in
    // the quote's own sentence.
    assert_mentions(&[
        (
            "Headline\n\nAll you have to do, says Nora Pell, is “to tap into your own energy.”",
            "Nora Pell",
        ),
        (
            "Headline\n\nThe legacy, says Carl Anton, a historian, is that she was “one of the \
             most powerful first ladies.”",
            "Carl Anton, a historian",
        ),
    ]);
    // (Not one that asks someone: `…, asked Patel, who would serve, whether he could “…”`.)
    let text = "Headline\n\nBannon, who was serious, asked Patel, who would serve, whether he \
                could “deliver the goods.”";
    assert!(!mentions_of(text).contains(&"Patel".to_owned()), "{text}");
}

#[test]
fn a_passive_of_perception_before_a_participle_is_the_cue() {
    // `“…,” the singer is heard saying`, `Jones can be seen telling the crowd`: the subject
    // of the passive speaks, and the passive is part of the cue.
    assert_mentions_and_cues(&[
        (
            "Headline\n\n“Y’all didn’t have to break my website,” the singer is heard saying.",
            "the singer",
            "is heard saying",
        ),
        (
            "Headline\n\n“It was very important to be here,” Mara Jones can be seen telling the \
             crowd.",
            "Mara Jones",
            "can be seen telling the crowd",
        ),
        (
            "Headline\n\nMr Hale was heard saying: “I am not a racist.”",
            "Mr Hale",
            "was heard saying",
        ),
    ]);
    // (Not a participle that only follows a verb of perception: `“…,” fans heard saying
    // goodbye was hard` — no passive.)
    let text = "Headline\n\n“Go home,” the fans heard saying goodbye was hard.";
    assert_ne!(one(text).2.as_deref(), Some("heard saying"), "{text}");
    // (Nor a preposition's object before the passive: `A voice on a video of the incident
    // could be heard saying`.)
    let text = "Headline\n\nA voice on a video of the incident could be heard saying, “it makes \
                me so annoyed,” as the man ran away.";
    assert_ne!(one(text).1.as_deref(), Some("the incident"), "{text}");
}

#[test]
fn people_before_a_place_are_the_mention_not_the_place() {
    // `Officials in Washington said`, `The senator from Vermont said`: the place after a
    // person's noun and a preposition is where they are.
    assert_mentions(&[
        (
            "Headline\n\nOfficials in Washington said “it is final.”",
            "Officials in Washington",
        ),
        (
            "Headline\n\n“It is final,” the senator from Vermont said.",
            "the senator from Vermont",
        ),
    ]);
    // (A place after a thing is no speaker either: the thing's whole phrase opens the
    // clause and speaks, see `a_chain_of_prepositional_phrases_that_opens_the_clause_…`.)
    assert_mentions(&[(
        "Headline\n\nThe report in Washington said “it is final.”",
        "The report in Washington",
    )]);
}

#[test]
fn a_sentence_that_expresses_something_introduces_the_next_paragraphs_quote() {
    // `School counselor Heather Wible, organizer of the food drive, expressed her excitement
    // at the donations.` then a paragraph that is only a quote: she speaks it.
    let text = "Headline\n\nCoach Dara Venn, who ran the camp, expressed her pride in the \
                players.\n\n“They worked harder than any team I have had.”";
    let (_, m, c, _) = one(text);
    assert_eq!(
        m.as_deref(),
        Some("Coach Dara Venn, who ran the camp"),
        "{text}"
    );
    assert_eq!(c.as_deref(), Some("expressed"), "{text}");
}

#[test]
fn plural_of_a_person_noun_heads_the_mention() {
    // `Tesla's lawyers said`, `Fox producers defended the show, saying`: the tables list most
    // heads in the singular; the plural heads the mention as well.
    assert_mentions(&[
        (
            "Headline\n\nBrindle's lawyers said “the claim has no merit.”",
            "Brindle's lawyers",
        ),
        (
            "Headline\n\nKestrel producers said “the show was a positive experience.”",
            "Kestrel producers",
        ),
        (
            "Headline\n\n“The claim has no merit,” Brindle's spokesmen said.",
            "Brindle's spokesmen",
        ),
    ]);
    // (Not a head whose `-s` form is more often a verb: `stars an impersonator who …`.)
    let text = "Headline\n\nThe ad stars a Thomas Ashby impersonator who promises that Ashby \
                won't \"send you to fight wars overseas\" or \"tell you who to marry.\"";
    let a = parse_valid(text);
    for q in &a.quotes {
        let m = q.attribution.as_ref().map(|x| x.mention.text.as_str());
        assert!(!m.is_some_and(|m| m.contains("stars")), "{text}: {m:?}");
    }
}

#[test]
fn the_object_of_a_preposition_is_no_subject_of_the_cue_after_it() {
    // `Williams said talks with Disney's producers revealed there was “…”`: the talks
    // revealed, not the producers; the speaker is the one who said so.
    for text in [
        "Headline\n\nMayor Tomas Reyle said talks with the producer revealed there was “a \
         strong element of risk”.",
        "Headline\n\nMayor Tomas Reyle said meetings among the owners suggested there was “a \
         strong element of risk”.",
        // (Nor the second of two objects.)
        "Headline\n\nMayor Tomas Reyle said talks with the producer and its lawyers revealed \
         there was “a strong element of risk”.",
    ] {
        assert_eq!(one(text).1.as_deref(), Some("Mayor Tomas Reyle"), "{text}");
    }
    // The agent after a noun and `by` belongs to the phrase the noun heads: `A separate
    // study by Gartner has also said … is “unlikely”` (but after a participle it speaks:
    // `a letter obtained by The Associated Press warns`).
    assert_mentions(&[
        (
            "Headline\n\nA separate study by Vantex has also said mobile TV is “unlikely to \
             take off” before 2027.",
            "A separate study by Vantex",
        ),
        (
            "Headline\n\nA letter obtained by Nordic Press warns that “any further contact \
             will be through our lawyers.”",
            "Nordic Press",
        ),
    ]);
    // (Only a noun that may head a speaker's phrase: not `the summit` a survey was
    // presented at.)
    let (_, m, _, _) = one(
        "Headline\n\nA survey presented at the summit by Vantex said four in ten bosses were \
         “very confident” about sales.",
    );
    assert_ne!(m.as_deref(), Some("the summit by Vantex"));
    // The phrase that opens with the preposition's head speaks: `The artist lawsuit against
    // Stability and its peers notes that “…”`.
    assert_mentions(&[(
        "Headline\n\nThe complaint against Vantor and its partners notes that “the aim is to \
         copy the images.”",
        "The complaint",
    )]);
}

#[test]
fn a_plural_possessive_stays_in_the_mention() {
    // `Sanders' campaign manager said`, `said the Teachers' Union`, `the Music Managers'
    // Forum (MMF), who say`: the plural's mark stands alone after its `s`, and the mention
    // goes on past it to what it owns.
    assert_mentions(&[
        (
            "Headline\n\nHarkins' campaign manager said “the claim has no merit.”",
            "Harkins' campaign manager",
        ),
        (
            "Headline\n\n“The claim has no merit,” said the Glaziers' Union.",
            "the Glaziers' Union",
        ),
        (
            "Headline\n\nThe plan is backed by the Glaziers' Forum (GF), who say members face \
             “an uphill struggle” there.",
            "the Glaziers' Forum (GF)",
        ),
    ]);
    // (Not before a noun it does not head: in `Even before Jonas' remarks about him, Mr.
    // Vole had criticized …` Vole speaks.)
    let text = "Headline\n\nEven before Jonas' remarks about him, Mr. Vole had criticized the \
                bishop as “a political person” and more.";
    assert_eq!(one(text).1.as_deref(), Some("Mr. Vole"), "{text}");
}

#[test]
fn a_question_that_goes_on_in_lower_case_takes_the_cue_after_it() {
    // `… but Moscow strongly denies — “why wouldn’t you …?” asked Dunn`: the sentence goes
    // on after the question mark, and the inverted cue there is the quote's, not the verb
    // before it.
    let text = "Headline\n\nIf the agency is indeed doing it — as researchers believe, and \
                Democrats are alleging, but officials deny — “why wouldn’t you want to raise \
                it?” asked Vesna Dole, a partner at a firm.";
    let (_, m, c, _) = one(text);
    assert_eq!(m.as_deref(), Some("Vesna Dole"), "{text}");
    assert_eq!(c.as_deref(), Some("asked"), "{text}");
}

#[test]
fn a_prepositions_object_before_an_infinitive_cue_is_no_subject() {
    // `Osbourne himself was at a loss to explain its popularity: “…”`: the loss does not
    // explain; the sentence's subject does. After `of` the phrase is the subject's own.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nTrevane himself was at a loss to explain its success: “I suppose \
             people like a noisy family.”",
            "Trevane",
            "explain",
        ),
        (
            "Headline\n\nMs Olver took to Twitter to say: “We did nothing wrong.”",
            "Ms Olver",
            "say",
        ),
        (
            "Headline\n\nThe judge pointed to a previous case to say that the order was \
             “plainly wrong”.",
            "The judge",
            "say",
        ),
        (
            "Headline\n\nThe start of the trailer seems to hint at it with the line: “It is \
             time to show the world.”",
            "the trailer",
            "hint",
        ),
    ]);
}

#[test]
fn citing_reports_the_words_of_its_subject() {
    // `Mr. Manafort, citing ''the unique magic of Trump,'' said …`: the participle is a cue
    // of its own, whose subject is the name before its comma.
    let text = "Headline\n\nMr. Valdane, citing “the unique magic of the candidate,” said the \
                race could be close in three states.";
    let (_, m, c, _) = one(text);
    assert_eq!(m.as_deref(), Some("Mr. Valdane"), "{text}");
    assert_eq!(c.as_deref(), Some("citing"), "{text}");
    // (Its other forms quote terms: `cited another “trap” debate`, `the phrase Grassley
    // cited`.)
    assert_unattributed("Headline\n\nSeveral senior Democrats cited another “trap” debate.");
}

#[test]
fn an_indefinite_subject_calling_someone_something_is_the_caller() {
    // `one lawmaker called Trump “the orange prince …”`, `another senior economic adviser
    // called the sale “the swindle of the century”`: with an object between the verb and
    // the quote, the indefinite subject calls it so.
    assert_mentions(&[
        (
            "Headline\n\nThe plan prompted a debate; one lawmaker called Mr Brandt “the orange \
             prince of self-publicity.”",
            "one lawmaker",
        ),
        (
            "Headline\n\nOn 28 December, another senior adviser called the sale “the swindle \
             of the century”.",
            "another senior adviser",
        ),
    ]);
    // (With none, it names: `a group called “…”`, `a move branded a “…” by the Tories`.)
    for text in [
        "Headline\n\nShe joined a group called “the friends of the river” last year.",
        "Headline\n\nThe minister dropped the plans, in a move branded a “humiliating retreat” \
         by the opposition.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| q
                .attribution
                .as_ref()
                .is_none_or(|x| !x.mention.text.starts_with(['a', 'A']))),
            "{text}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn what_someone_calls_in_the_present_is_their_partial_quote() {
    // `they have replaced that gaze with what she calls “the male glance.”`, `what Werder
    // calls “progressive engagement.”`: the present tense of a verb of calling quotes its
    // subject as the past does.
    assert_mentions(&[
        (
            "Headline\n\nCritic Lia Marsh wrote about it. Studios have replaced that gaze with \
             what she calls “the male glance.”",
            "she",
        ),
        (
            "Headline\n\nThe city now relies more on what Dorn calls “progressive engagement.”",
            "Dorn",
        ),
        (
            "Headline\n\nHis aide, Jake Tolliver, calls her record a “blueprint” for the jobs.",
            "Jake Tolliver",
        ),
    ]);
}

#[test]
fn a_title_quoted_in_an_introduction_does_not_cut_it_off() {
    // `Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers:
    // "…"`: the name in marks is part of the sentence that introduces the quotation.
    let text = "Headline\n\nWhat emerged was complaints of barracking in the Chamber. Maria \
                Dunlow, one of the so-called \"Blair Babes\" elected in 1997, told researchers: \
                \"I remember the jeers whenever one of us got up to speak.\"";
    let t = table(&parse_valid(text));
    let last = t.last().expect("a quote");
    assert_eq!(last.1.as_deref(), Some("Maria Dunlow"), "{text}: {t:?}");
    assert_eq!(last.2.as_deref(), Some("told"), "{text}: {t:?}");
    // So with a cue right before the quote: `… a class called “Perception” on his page,
    // writing “Allow me …”` — the sentence's subject, not `his page`.
    let text = "Headline\n\nLater on Sunday, Dr. Orrin Vale posted the notes of a lecture called \
                “Memory” on his Tumblr page, writing “Allow me to do the research for you.”";
    let t = table(&parse_valid(text));
    let last = t.last().expect("a quote");
    assert_eq!(last.1.as_deref(), Some("Dr. Orrin Vale"), "{text}: {t:?}");
    // (A title in a list of titles stays one: `“Wall Street,” “The Three Musketeers” and
    // “Major League.”`)
    let text = "Headline\n\nHe starred in films including “Wall Street,” “The Three \
                Musketeers” and “Major League.”";
    let t = table(&parse_valid(text));
    assert!(
        t.iter().all(|r| !r.0.contains("Major League")),
        "{text}: {t:?}"
    );
}

#[test]
fn a_cue_before_its_agent_is_a_passive() {
    // `a sapphire … described by Sharon as “…”`, `as claimed by Doolittle, “…”`: the agent
    // right before the quote speaks.
    assert_mentions(&[
        (
            "Headline\n\nThey bought a sapphire described by Marla as “one of the only pure \
             stones”.",
            "Marla",
        ),
        (
            "Headline\n\nTake notice because, as claimed by Dr Orrin Veil, “You are being \
             guided at this time.”",
            "Dr Orrin Veil",
        ),
        // (A parenthetical attributes the sentence after it; the agent's name may hold
        // `and` and its acronym: `As explained by the Cybersecurity and Infrastructure
        // Security Agency (CISA), a SBOM is a “…”`; so may a description: `described by one
        // civil service union as a “…”`.)
        (
            "Headline\n\nAs explained by the Networks and Standards Agency (NSA), a ledger is a \
             “key building block in software security.”",
            "the Networks and Standards Agency",
        ),
        (
            "Headline\n\nHe announced plans to merge 35 agencies into nine - described by one \
             civil service union as a “bonfire of the quangos”.",
            "one civil service union",
        ),
    ]);
    // (Elsewhere it is no one's cue: in `Dr Taylor described the level of action as revealed
    // by the report as “…”` she describes.)
    assert_mentions_and_cues(&[(
        "Headline\n\nDr Kate Tamsin described the level of action taken by businesses as \
         revealed by the report as \"too little, too late\".",
        "Dr Kate Tamsin",
        "described",
    )]);
}

#[test]
fn a_nickname_in_a_name_is_read_through() {
    // `“…” Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted`,
    // `“…,” said Rep. Robert C. "Bobby" Scott.`: the windows beside a nickname read through
    // it, and a nickname after an initial is one too (no speech of its own).
    assert_mentions_and_cues(&[
        (
            "Headline\n\n\"This is a big year for us!\" Vell's niece, state Del. Marta \"Tia\" \
             Dorne (D-Hampton), shouted to the crowd.",
            "state Del. Marta \"Tia\" Dorne (D-Hampton)",
            "shouted",
        ),
        (
            "Headline\n\n\"This is a big year for us,\" said Rep. Robert C. \"Bobby\" Vell.",
            "Rep. Robert C. \"Bobby\" Vell",
            "said",
        ),
        (
            "Headline\n\nRep. Robert C. \"Bobby\" Vell said: \"This is a big year for us.\"",
            "Rep. Robert C. \"Bobby\" Vell",
            "said",
        ),
    ]);
}

#[test]
fn observers_head_a_mention() {
    // `Legal observers note the White House wouldn't truly “close” the prison`.
    let text = "Headline\n\nLegal observers note the agency wouldn’t truly “close” the prison.";
    assert_eq!(one(text).1.as_deref(), Some("Legal observers"), "{text}");
}

#[test]
fn a_department_stands_in_a_title() {
    // `Sam Lau, the communications director for the Iowa Democratic Party said in a
    // statement.`, `BBC political correspondent Mark Mardell said`.
    assert_mentions(&[
        (
            "Headline\n\nSam Lorre, the communications director for the state party said in a \
             statement: “There are no paper ballots to recount.”",
            "Sam Lorre, the communications director for the state party",
        ),
        (
            "Headline\n\nBBC political correspondent Mark Medel said the chancellor had \
             “never been so outspoken”.",
            "BBC political correspondent Mark Medel",
        ),
    ]);
}

#[test]
fn according_to_opening_the_next_sentence_is_not_the_quotes() {
    // `"…," said Karen Thomson, …, "with many people spending time on their computers."
    // According to analysts Nielsen//NetRatings, more than 50% of …`: the sentence after the
    // quote has its own source; the quote's second part is Thomson's.
    let text = "Headline\n\n\"Broadband is moving,\" said Karen Tolson, chief executive of \
                the firm, \"with many people spending time on their computers.\" According \
                to analysts Acme//NetRatings, more than half of homes have it.";
    let t = table(&parse_valid(text));
    assert_eq!(t.len(), 2, "{text}: {t:?}");
    assert!(
        t.iter().all(|r| r.1.as_deref() == Some("Karen Tolson")),
        "{text}: {t:?}"
    );
}

#[test]
fn a_participle_after_the_head_of_an_according_to_phrase_ends_it() {
    // `according to Defra's lawyers chasing away unwanted animals was “…”`.
    let text = "Headline\n\nHe was told that according to Acme's lawyers chasing away unwanted \
                animals was “not in fact hunting as the act describes it”.";
    assert_eq!(one(text).1.as_deref(), Some("Acme's lawyers"), "{text}");
    // (Not one that names its head: `wrote a man calling himself Paul Paul`.)
    let text = "Headline\n\n“Whoever opens the borders has no place here!” wrote a man \
                calling himself Otto Otto.";
    assert_eq!(
        one(text).1.as_deref(),
        Some("a man calling himself Otto Otto"),
        "{text}"
    );
}

#[test]
fn the_agent_of_a_passive_after_be_speaks_the_quote_after_it() {
    // `The machine … was described by Jobs as “BYODKM…”`, `have been described by UN
    // officials as “hell on earth”`: the participle is no cue of its subject's, but its
    // agent says it.
    let text = "Headline\n\nThe machine was described by Sven Holt as \"a fine machine for \
                everyone\".";
    let (_, m, c, _) = one(text);
    assert_eq!(m.as_deref(), Some("Sven Holt"), "{text}");
    assert_eq!(c.as_deref(), Some("described"), "{text}");
    // (Not a quote right after the agent, which goes on with the sentence's report: `The
    // spokeswoman said the leave was agreed by a psychiatric advisor “in conjunction with
    // officials”`.)
    let text = "Headline\n\nThe spokeswoman said the leave was agreed by a psychiatric \
                advisor “in conjunction with officials on behalf of ministers”.";
    assert_eq!(one(text).1.as_deref(), Some("The spokeswoman"), "{text}");
}

#[test]
fn a_cue_after_a_modal_in_a_reported_clause_is_not_the_quotes() {
    // `Cruz said he's certain Rubio will continue to be “a champion for …”`, `President
    // Barack Obama said he expected that Americans will say “no”`: the cue after a modal is
    // what someone will do; the earlier cue reports the quote.
    for (text, mention) in [
        (
            "Headline\n\nSenator Ted Vance said he is certain Rollo will continue to be “a \
             champion for limitless opportunity.”",
            "Senator Ted Vance",
        ),
        (
            "Headline\n\nMr Dorn said he expected that voters will say “no” to the plan.",
            "Mr Dorn",
        ),
        // (A negated modal too: `cannot continue “down the path …”`.)
        (
            "Headline\n\nSaying Ruritania must change course, Mr Vole argues the council is too big and \
             cannot continue “down the path of ever rising rates”.",
            "Mr Vole",
        ),
    ] {
        assert_eq!(one(text).1.as_deref(), Some(mention), "{text}");
    }
    // (With no cue before it, the cue after a modal is read: `Graham assures his audience
    // he will tell the “bigots” …`; a future's prepared remarks: `Obama will say “…”`.)
    let text = "Headline\n\nHe would tell the crowd “we are ready for the next step.”";
    let (_, m, c, _) = one(text);
    assert_eq!(m.as_deref(), Some("He"), "{text}");
    assert_eq!(c.as_deref(), Some("tell the crowd"), "{text}");
}

#[test]
fn a_cue_after_a_modal_after_a_quote_that_ended_its_sentence_reports_nothing() {
    // `… the year of “quiet luxury.” The idea that affluence should whisper, not shout, …`:
    // what should be done, in a sentence of its own.
    assert_unattributed(
        "Headline\n\nIt was the year of “quiet wealth.” The notion that money should whisper, \
         not shout, was everywhere.",
    );
    // A speech given ahead is reported after a comma, and read.
    let text = "Headline\n\n“We are ready for the next step,” he will say.";
    assert_eq!(one(text).1.as_deref(), Some("he"), "{text}");
}

#[test]
fn a_verb_of_beginning_before_what_was_begun_is_no_cue() {
    // `Bob said he began calling Libyan groups and making an effort to "help get eyes up,"`,
    // `Farmer became annoyed and began “threatening to fight” firefighters`: before `to` or
    // a participle, `began` and `continued` say what someone did; the cue before is read.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nDora Vance said she began calling local groups and making an \
             effort to “get eyes up,” a reference to the drones.",
            "Dora Vance",
            "said",
        ),
        (
            "Headline\n\nMr Tolland told the paper that staff were beginning to realise they \
             had to be more “business-like” about it.",
            "Mr Tolland",
            "told",
        ),
        // (So when the quote opens with what was begun.)
        (
            "Headline\n\nAt one point, the police report states, Dale Orrin grew angry and \
             began “threatening to fight” the officers.",
            "the police report",
            "states",
        ),
        (
            "Headline\n\nChief executive Ada Mornel said sales rose, adding the firm was \
             beginning \"to look beyond recovery\".",
            "Chief executive Ada Mornel",
            "adding",
        ),
        (
            "Headline\n\nBut the mayor would do well to begin ''building bridges'' to the \
             council, said Hal Brevik, a former aide.",
            "Hal Brevik, a former aide",
            "said",
        ),
    ]);
    // (With none before, the words are no one's.)
    let a = parse_valid(
        "Headline\n\nOn the same day, Tomas Vell continued to portray “illegal” migrants as \
         a danger.",
    );
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{:?}",
        a.quotes
    );
    // (After a quote that ended its sentence, one that goes on with more words begins
    // something else: `"…." Auditions begin in Canada on Thursday`.)
    let text = "Headline\n\n“It will open in May,” said Mr Dorn. “We hope the buzz will \
                grow.” Rehearsals begin in Leeds on Monday.";
    assert_eq!(mentions_of(text), ["Mr Dorn", "Mr Dorn"], "{text}");
    assert_eq!(cues_of(text), ["said", "said"], "{text}");
    // Alone, or before a colon, they report speech as ever.
    assert_mentions_and_cues(&[
        ("Headline\n\n“Well,” he began.", "he", "began"),
        (
            "Headline\n\nThe crowd fell silent. Vell continued: “We will not give up.”",
            "Vell",
            "continued",
        ),
    ]);
}

#[test]
fn remarks_after_a_possessive_and_a_participle_are_a_noun() {
    // `Wasserman Schultz said in her opening remarks that the platform should reiterate …
    // “stalwart allies,”`, `Howard continued his scathing remarks. “…”`.
    assert_mentions_and_cues(&[(
        "Headline\n\nDora Vance said in her opening remarks that the platform should \
         reiterate the party’s support for “stalwart allies,” naming two.",
        "Dora Vance",
        "said",
    )]);
}

#[test]
fn relatives_after_a_possessive_are_the_mention_not_the_owner() {
    // `Scott's relatives, including his wife, watched the police videos … and said they came
    // away with "more questions than answers."`: the relatives said it, not Scott.
    assert_mentions(&[(
        "Headline\n\nVell's relatives, including his wife, watched the videos on Thursday and \
         said they came away with “more questions than answers.”",
        "Vell's relatives",
    )]);
}

#[test]
fn a_possessor_with_modifiers_opens_at_its_determiner() {
    assert_mentions(&[
        (
            "Headline\n\nThe small union's general secretary said the pay offer was \
             “an insult to nurses” and would be refused.",
            "The small union's general secretary",
        ),
        (
            "Headline\n\nThe local school board's new chairman said the plan was “dead on \
             arrival” at the meeting.",
            "The local school board's new chairman",
        ),
    ]);
    // `general` stands in a title before a name.
    assert_mentions(&[(
        "Headline\n\n“The talks have failed,” union general secretary Mary Tolland said.",
        "union general secretary Mary Tolland",
    )]);
    // A possessor right after its determiner is no subject's after a verb: the phrase is the
    // verb's object.
    let (_, m, _, _) = one(
        "Headline\n\nThe mayor quietly thanked the city's fire chief and said the blaze was \
         “the worst in years” for the town.",
    );
    assert_eq!(m.as_deref(), Some("The mayor"));
}

#[test]
fn a_participle_takes_the_subject_of_the_cue_before_it_not_of_a_modal_verb() {
    // `continue` after `must` is what someone must do: `saying` is Harlow's.
    assert_mentions(&[(
        "Headline\n\nHarlow told the crowd that she believes we must continue to fight for \
         the plant, saying that “the town still needs those jobs” before leaving.",
        "Harlow",
    )]);
    // An earlier cue inverted after a comma has its speaker after it.
    assert_mentions(&[(
        "Headline\n\nAny honest reading of the deal, said Tomas Reyes, a trade lawyer in \
         Ottawa, would read it as proof that the country is bowing out of continuing the \
         fight, seeing the tariffs as “a tax on our own shoppers” for years.",
        "Tomas Reyes",
    )]);
}

#[test]
fn a_description_opening_with_its_head_belongs_to_the_name_before_its_comma() {
    // The appositive's closing comma is missing: `economist at …` still describes Harrow.
    assert_mentions(&[(
        "Headline\n\nHoward Harrow, economist at Global Outlook said the bank \"may well \
         consider\" a rise in rates.",
        "Howard Harrow, economist at Global Outlook",
    )]);
}

#[test]
fn a_sentence_adverbial_between_commas_is_no_part_of_the_subject() {
    assert_mentions(&[
        (
            "Headline\n\nDalton, however, said the plan was “dead on arrival” in the Senate.",
            "Dalton",
        ),
        (
            "Headline\n\nThe two lawmakers, for their part, argue that “the rules are clear for \
             everyone.”",
            "The two lawmakers",
        ),
        (
            "Headline\n\nMiriam Okafor, for example, urged calm, declaring: “We will get \
             through this.”",
            "Miriam Okafor",
        ),
        (
            "Headline\n\nDalton, once again, pledged a “political revolution” to the crowd.",
            "Dalton",
        ),
        // (A pronoun too, after a coordinator: `and he, once again, pledged`.)
        (
            "Headline\n\nThe firm grew fast and he, once again, pledged a “political \
             revolution” to the crowd.",
            "he",
        ),
    ]);
    // (Not an object pronoun closing a clause: `to even hear about it, arguing that`.)
    let text = "Headline\n\nChairman Abe Lund of Ohio said he was “outraged” to even hear \
                about it, arguing that “ending the rule would be unfair to members.”";
    assert_no_mention_containing(text, "it");
    // An appositive that describes the speaker stays.
    assert_mentions(&[(
        "Headline\n\nDalton, a former mayor, said the plan was “dead on arrival.”",
        "Dalton, a former mayor",
    )]);
}

#[test]
fn a_plural_of_a_person_noun_heads_a_subject() {
    // The tables list `senator`, `minister`: their plurals head a phrase too.
    assert_mentions(&[
        (
            "Headline\n\nThe two senators said that “the rules are clear for everyone.”",
            "The two senators",
        ),
        (
            "Headline\n\n“We will not sign this treaty as it stands,” three ministers said \
             in a statement.",
            "three ministers",
        ),
    ]);
}

#[test]
fn challengers_and_contenders_head_a_subject() {
    // `challenger`, `contender`: people, whatever party name opens the phrase.
    assert_mentions(&[(
        "Headline\n\nA Green election challenger is quitting after being quoted as wanting a \
         \"total rethink of farming\".",
        "A Green election challenger",
    )]);
}

#[test]
fn a_cue_in_a_subordinate_clause_after_a_coordinator_is_no_attribution() {
    // `But when reporters say …` after the quote opens a sentence about reporters: the
    // quote is the mayor's, whose cue stands before it.
    let a = parse_valid(
        "Headline\n\nThe mayor said he had recounted to the council a number of \"cases of \
         abuse by the press\" in his home life. \"I do not say for a minute that it has \
         anything to do with the war. \"But when reporters say to me I am only doing this \
         because it is my job... that is the same excuse.",
    );
    let t = table(&a);
    let row = t
        .iter()
        .find(|r| r.0.starts_with("I do not say"))
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(row.1.as_deref(), Some("he"), "{t:?}");
}

#[test]
fn a_portfolio_before_a_title_is_part_of_it_going_forward_too() {
    // `press` before `secretary` is the title's, not a verb (`press` is a cue's form).
    assert_mentions(&[(
        "Headline\n\nHelen Marr’s former press secretary said the plan was \"a recipe for \
         chaos in the schools.\"",
        "Helen Marr’s former press secretary",
    )]);
    // A subject read forward from the sentence start runs over the portfolio to its name.
    assert_mentions(&[(
        "Headline\n\nFormer City Hall communications chief Dana Moss, now working on the \
         campaign, says a \"soft-focus\" image does not fit the mayor.",
        "Former City Hall communications chief Dana Moss",
    )]);
}

#[test]
fn a_verb_of_accusing_is_a_cue_of_its_subject_not_of_the_one_accused() {
    assert_mentions_and_cues(&[(
        "Headline\n\nThe claims were denied by Home Secretary Tom Reed, who accused the \
         Tories of \"running scared\" of the debate.",
        "Home Secretary Tom Reed",
        "accused",
    )]);
    // Right before `of` the participle is passive: the film is accused, it says nothing.
    let a = parse_valid(
        "Headline\n\nThe Vigil - a film accused of being cruel - won nominations only in the \
         \"minor\" categories.",
    );
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{:?}",
        table(&a)
    );
    // After a quote that closed its sentence, a cue of accusing with its object opens a
    // statement of its own: the quote stays the trader's.
    let a = parse_valid(
        "Headline\n\n\"It could fall to $10,\" said one trader. \"If it drops much lower I \
         would buy. This is a very big company.\" Critics had accused Mr Harwood of using the \
         company for his own ends.",
    );
    let t = table(&a);
    assert!(t.iter().all(|r| r.1.as_deref() != Some("Critics")), "{t:?}");
}

#[test]
fn a_chain_of_prepositional_phrases_that_opens_the_clause_is_the_subject() {
    // The last preposition's object is no speaker: the phrase the chain opens with is.
    assert_mentions(&[
        (
            "Headline\n\nAn official with knowledge of the talks said the deal was \"very \
             close to being signed this week.\"",
            "An official with knowledge of the talks",
        ),
        (
            "Headline\n\nMarta Quill from Brightwave told the panel that \"the system pays \
             for itself within a year.\"",
            "Marta Quill from Brightwave",
        ),
        (
            "Headline\n\nThe board of governors said in a statement that it would \"act in \
             the best interests of the school.\"",
            "The board of governors",
        ),
    ]);
    // Not when a verb stands in the chain, whose subject is the chain's first phrase alone
    // (the object of `for` before the infinitive is no subject: PolNeAR's gold gives such a
    // quote to `A letter to platform committee members`).
    assert_mentions(&[(
        "Headline\n\nA letter to city hall staff members pushes for the council to respond \
         to the flood by recognizing that \"the plan has failed every test.\"",
        "A letter",
    )]);
}

#[test]
fn a_band_speaks_as_one() {
    assert_mentions(&[(
        "Headline\n\nThe band thanked the fans at the show, adding: \"We would not be here \
         without you.\"",
        "The band",
    )]);
}

#[test]
fn a_handle_or_a_hashtag_stands_inside_an_appositive() {
    // `@loud_era` is `@`, `loud`, `_`, `era` to the tokenizer: still one appositive.
    assert_mentions(&[(
        "Headline\n\nDana Fry, a critic and the admin of the fan account @loud_era, offered \
         her take: \"The music is getting a bit lost in all of this.\"",
        "Dana Fry, a critic and the admin of the fan account @loud_era",
    )]);
}

#[test]
fn a_decimal_number_is_no_abbreviation_its_period_ends_the_sentence() {
    // `$3.27bn.` is no `U.S.`: the period closes the sentence, and the subject opens after
    // it.
    assert_mentions(&[(
        "Headline\n\nFor the year the firm earned $0.8bn on sales of $3.27bn. Its chief \
         executive Dana Holt called the year an \"outstanding success\" for the firm.",
        "Its chief executive Dana Holt",
    )]);
}

#[test]
fn the_clause_that_opens_after_a_cue_names_no_speaker() {
    let a = parse_valid(
        "Headline\n\nA spokesman for the brand - a small business pitched as \"the ultimate \
         destination for people who work\" - noted that the company offers new parents eight \
         weeks of paid leave.",
    );
    let t = table(&a);
    assert!(
        t.iter()
            .all(|r| !r.1.as_deref().is_some_and(|m| m.starts_with("the company"))),
        "{t:?}"
    );
}

#[test]
fn of_before_a_possessive_and_what_it_owns_is_what_was_spoken_of() {
    assert_mentions(&[(
        "Headline\n\n\"I am extremely disappointed,\" said Rovers manager Alan Creel of \
         Novak's punishment.",
        "Rovers manager Alan Creel",
    )]);
    // (A body after `of` is where the speaker works.)
    assert_mentions(&[(
        "Headline\n\n\"It is a fair deal,\" said Mr. Dorn of the Sierra Club.",
        "Mr. Dorn of the Sierra Club",
    )]);
}

#[test]
fn words_holding_a_clause_between_a_quote_and_a_cue_are_no_speaker() {
    for text in [
        "Headline\n\nThe contract holds a \"no-criticism\" clause that requires staffers to \
         promise \"at all times\" not to speak of the firm.",
        "Headline\n\nShe wanted to be seen as a national, not a \"regional\" candidate, as his \
         campaign manager suggested after the vote.",
    ] {
        let a = parse_valid(text);
        let t = table(&a);
        assert!(
            t.iter().all(|r| !r
                .1
                .as_deref()
                .is_some_and(|m| { m.starts_with("clause") || m.starts_with("candidate") })),
            "{text}: {t:?}"
        );
    }
    // (A title's participle is no clause: `deputy planning director`.)
    assert_mentions(&[(
        "Headline\n\n\"The data show a clear trend,\" deputy planning director Jose Ortega said.",
        "deputy planning director Jose Ortega",
    )]);
}

#[test]
fn a_participle_after_the_noun_after_according_to_opens_a_phrase_of_its_own() {
    assert_mentions(&[(
        "Headline\n\nMost voters do not believe she \"cares about people like me,\" according \
         to a Maris poll conducted in February.",
        "a Maris poll",
    )]);
    // (Not before its agent, nor one of relation.)
    assert_mentions(&[(
        "Headline\n\nThe evidence was \"not enough for a case,\" according to a report \
         prepared by state auditor Dave Arden.",
        "a report prepared by state auditor Dave Arden",
    )]);
}

#[test]
fn a_determiner_after_and_runs_on_to_its_head_or_is_dropped() {
    assert_mentions(&[
        (
            "Headline\n\nVarga and other right-wing regional leaders shunned the envoy, \
             claiming that he is \"hostile to the region.\"",
            "Varga and other right-wing regional leaders",
        ),
        // (No head the tables know: the second conjunct is left out, not cut in half.)
        (
            "Headline\n\nRogan and his guest, fighter Bo Nickel, were accusing the mayor of \
             making \"no sense at all\" in the speech.",
            "Rogan",
        ),
    ]);
}

#[test]
fn and_after_the_object_of_a_preposition_opens_a_clause() {
    // `meet on 12 March at Twickenham and Kirwan says`: the place and the date belong to
    // the clause before; the speaker's clause opens after `and`.
    assert_mentions(&[
        (
            "Headline\n\nThe sides meet on 12 March at Ardmore and Kellan says his side will \
             win. \"We have to make the games tough for them.\"",
            "Kellan",
        ),
        (
            "Headline\n\nThe striker has been training in Holland and Ferris said: \"He comes \
             back on Tuesday.\"",
            "Ferris",
        ),
    ]);
    // (Not after `with`, whose object may be people together, nor past an appositive.)
    assert_mentions(&[(
        "Headline\n\nThe march went on, with many marchers and spectators chanting \"We are \
         Ardmore.\"",
        "many marchers and spectators",
    )]);
}

#[test]
fn an_expletive_it_names_no_one() {
    for text in [
        "Headline\n\nIt was also agreed that a programme to \"de-mystify\" the issue would be \
         set up by the spring.",
        "Headline\n\nIt seems unfair to tell the towns that worked on this: \"We are sorry, but \
         it did not work out.\"",
    ] {
        let a = parse_valid(text);
        let t = table(&a);
        assert!(
            t.iter().all(|r| r.1.as_deref() != Some("It")),
            "{text}: {t:?}"
        );
    }
    // (`it` that does the saying still speaks.)
    assert_mentions(&[(
        "Headline\n\nIt has said that the plan is \"dead on arrival\" in the Senate.",
        "It",
    )]);
}

#[test]
fn the_last_clause_with_a_name_for_subject_speaks_the_quote_after_it() {
    // The sentence before a quote that names no one: its clause after `, but` has a name
    // of its own, nearer the quote.
    assert_mentions(&[(
        "Headline\n\nNewsday won't go that far, but Dorsey wants to use the platform \
         as a fact check. \"I think we have the access to the people and I think that helps.\"",
        "Dorsey",
    )]);
}

#[test]
fn the_subject_of_a_passive_with_no_agent_is_no_speaker() {
    for text in [
        "Headline\n\nFears had been expressed that a flood of \"fee refugees\" would try to \
         avoid the new charges.",
        "Headline\n\nMinister Tom Barrow has been accused of using the \"politics of \
         confusion\" to hide the new measures.",
    ] {
        let a = parse_valid(text);
        assert!(
            a.quotes.iter().all(|q| q.attribution.is_none()),
            "{text}: {:?}",
            table(&a)
        );
    }
    // (Before `to` the verb after it is the subject's.)
    assert_mentions(&[(
        "Headline\n\nThe mayor is reported to have called the councillors \"free riders\" who \
         rely too much on the city.",
        "The mayor",
    )]);
    // (A participle of feeling is an adjective there: what worries her is her thought.)
    assert_mentions(&[(
        "Headline\n\nThe minister said children were at risk. She is concerned too many \
         of them are playing games which include \"high levels of violence\".",
        "She",
    )]);
}

#[test]
fn a_sentence_adverb_and_its_comma_open_a_sentence_before_its_subject() {
    assert_mentions(&[(
        "Headline\n\nRemarkably, Hale rejected the request for a briefing on the affair, \
         claiming that it is standard practice to \"neither confirm nor deny\" an inquiry.",
        "Hale",
    )]);
}

#[test]
fn of_before_a_possessive_determiner_after_a_cue_is_what_was_spoken_of() {
    assert_mentions(&[(
        "Headline\n\n\"I don't consider college evidence of ability,\" said the billionaire of \
         his hiring process at the firm.",
        "the billionaire",
    )]);
    // (After a quantifier `of` goes on: `one of their lawyers`.)
    assert_mentions(&[(
        "Headline\n\n\"The charges are false,\" said one of their lawyers, Mikis Dora.",
        "one of their lawyers, Mikis Dora",
    )]);
}

#[test]
fn a_mention_never_ends_in_an_auxiliary() {
    assert_mentions(&[(
        "Headline\n\nAdditionally, the senator cannot confirm the claim that the office failed \
         to act to \"ensure that they still collected their pay.\"",
        "the senator",
    )]);
}

#[test]
fn more_occupations_and_outlets_head_a_speakers_phrase() {
    assert_mentions(&[
        (
            "Headline\n\nCountry crooner Jelly Bean, who was at the party, got in on it too, \
             writing, \"Love a good Nashville party.\"",
            "Country crooner Jelly Bean",
        ),
        (
            "Headline\n\nMultiple outlets reported on Wednesday that the agency had \"more \
             than one conversation\" with the campaign.",
            "Multiple outlets",
        ),
    ]);
}

#[test]
fn a_word_of_relation_after_an_inverted_cue_goes_on_to_what_it_relates_to() {
    assert_mentions(&[
        (
            "Headline\n\n\u{201c}The drop is real,\u{201d} said a person close to the Fenwicks.",
            "a person close to the Fenwicks",
        ),
        (
            "Headline\n\n\u{201c}The drop is real,\u{201d} said one official familiar with the \
             plans, adding that it was over.",
            "one official familiar with the plans",
        ),
        // (Up to the next stop: `on Monday` is when.)
        (
            "Headline\n\n\u{201c}The drop is real,\u{201d} said a source close to Fenwick on \
             Monday.",
            "a source close to Fenwick",
        ),
    ]);
}

#[test]
fn a_phrase_of_time_between_commas_is_no_appositive_of_the_speaker() {
    assert_mentions(&[
        (
            "Headline\n\n\u{201c}He had a lot of supporters,\u{201d} Blunt, after a long pause, \
             said of Cruz.",
            "Blunt",
        ),
        (
            "Headline\n\nBlunt, after a long pause, said: \u{201c}He had a lot of supporters.\
             \u{201d}",
            "Blunt",
        ),
        (
            "Headline\n\nBret Vellen, who, after trading insults with Mr. Hask, said: \u{201c}The \
             party is an echo chamber of itself.\u{201d}",
            "Bret Vellen",
        ),
        // An appositive stays the speaker's.
        (
            "Headline\n\n\u{201c}We won,\u{201d} Jane Roe, a lawyer, said.",
            "Jane Roe, a lawyer",
        ),
    ]);
}

#[test]
fn a_cue_in_a_relative_clause_closed_before_the_quote_is_not_the_quotes() {
    assert_mentions_and_cues(&[(
        "Headline\n\nHe said that the announcement, which some have argued was meant to help \
         Fenwick, was an \u{201c}insult to the volunteers.\u{201d}",
        "He",
        "said",
    )]);
    // The quote inside the relative clause is its own.
    assert_mentions_and_cues(&[(
        "Headline\n\nThe senator said the release linked to the Vellmer report, which notes, \
         \u{201c}More than half the people gave money.\u{201d}",
        "the Vellmer report",
        "notes",
    )]);
    assert_eq!(
        cues_of(
            "Headline\n\n\u{201c}Revenues are up a little bit,\u{201d} said Mr. Fenwick, who \
             noted that the price of some courses had \u{201c}cratered.\u{201d}"
        ),
        ["said", "noted"]
    );
}

#[test]
fn a_title_in_apposition_after_a_works_noun_is_a_title_however_long() {
    // `his … biography, ''Lost Tycoon: The Many Lives of Donald J. Trump,''`: past the
    // comma, and past the eight words a bare title-case quote may have.
    assert_all_kinds(
        &[
            "Headline\n\nHe had hoped to republish his unauthorized biography, \u{201c}Lost \
             Tycoon: The Many Lives and Loves of a Real Estate Man,\u{201d} with Norton.",
            "Headline\n\nHis new book, \u{201c}The Long Road Home to the Mountains of the Moon \
             and Beyond,\u{201d} came out in May.",
        ],
        QuoteKind::Title,
    );
    // Not words in sentence case: `his book, “A long letter to my son …,” he said.`
    assert_all_kinds(
        &[
            "Headline\n\nHe wrote a new book, \u{201c}A long letter to my son about the \
           mountains of the moon,\u{201d} he said.",
        ],
        QuoteKind::Full,
    );
}

#[test]
fn a_noun_phrase_joined_by_and_after_a_quote_is_no_clause_attributing_it() {
    // `magazines` is no verb of `the folding of three dance music`.
    assert_unattributed(
        "Headline\n\nThe failure has been coupled with the closure of many \u{201c}superclubs,\
         \u{201d} and the folding of three dance music magazines. The awards ended.",
    );
    // (A pronoun after `and` may speak: see
    // `a_pronoun_after_a_noun_opens_a_relative_clause_not_an_attribution`.)
}

#[test]
fn a_number_with_a_thousands_comma_is_one_word_and_a_place_no_participles_subject() {
    // `7,000` once read as `7`, a comma and `000` made an appositive of the clause.
    assert_mentions_and_cues(&[(
        "Headline\n\nIf Qantas moves staff \u{2018}offshore\u{2019} 7,000 jobs could shift \
         overseas, the newspaper reported. Qantas said it was fine.",
        "the newspaper",
        "reported",
    )]);
    // `in Carson, Calif., highlighting …`: a place is not who highlights.
    assert_unattributed(
        "Headline\n\nThe performance prompted cheers across a crowd of about 8,000 in Carson, \
         Calif., highlighting the mistrust that his fans feel about the party and its \
         \u{201c}rigged\u{201d} system.",
    );
}

#[test]
fn a_report_in_a_clause_inside_the_previous_paragraphs_last_sentence_gives_no_speaker() {
    // The cue of a clause a relative pronoun, a subordinator or `than` opens is no report of
    // the sentence's: `they`, `the campaign`, `a spokesman` said none of the next paragraph.
    for text in [
        "Bank codes\n\nThe scheme starts in May. The hard part is to check whether a caller is \
         who they say they are.\n\n\u{201c}The answer is a second code that changes every \
         minute.\u{201d}",
        "Radio\n\nThe plan was cut, though a spokesman says the timing was a \
         coincidence.\n\n\u{201c}Radio will change more in the next five years than in the \
         last 30.\u{201d}",
        // (Nor a name inside the quote of that sentence, whose speaker is lost: `said Friday`.)
        "Sevens\n\n\"To be honest, Leeds have wanted to win here for a long time,\" said \
         Friday.\n\n\"We did not want to put pressure on ourselves.\"",
    ] {
        assert_unattributed(text);
    }
    // (Its subject, a person, may still be whom the paragraph is about, with no cue: not
    // `the campaign`.)
    let (_, m, c, p) = one(
        "Polls\n\nPollster Dana Ruiz wrote that voters, even those who joined before the \
         campaign began, may reconsider.\n\n\u{201c}A win in Ohio would change \
         everything.\u{201d}",
    );
    assert_eq!(
        (m.as_deref(), c, p),
        (Some("Pollster Dana Ruiz"), None, Some(Placement::Context))
    );
    // The sentence's own report still gives the next paragraph its speaker.
    assert_mentions_and_cues(&[(
        "Polls\n\nIn the meantime, the foreign minister, Ana Pereira, said that talks were \
         going well.\n\n\u{201c}We expect news in the coming days.\u{201d}",
        "Ana Pereira",
        "said",
    )]);
}

#[test]
fn a_cue_plural_after_a_modifier_and_a_plurals_determiner_is_a_noun() {
    // `other security questions`, `many technical questions`: a noun, no verb of the words
    // before it.
    assert_unattributed(
        "Bank codes\n\nIt works with passwords, as well as other security questions. \
         \u{201c}You take the card and enter your pin.\u{201d}",
    );
    assert_eq!(
        cues_of(
            "Trial\n\nMs Reed also said that Mr Bell often passed many technical questions to \
             his deputy, giving only \u{201c}brief\u{201d} answers."
        ),
        ["said"]
    );
    // After a modal's verb it is that verb's object: `can press claims`.
    let cues = cues_of(
        "Court\n\nThe firm asked the court to act so that it can press claims over a \
         \u{201c}campaign of illegal actions\u{201d} by the state.",
    );
    assert!(!cues.iter().any(|c| c == "claims"), "{cues:?}");
}

#[test]
fn that_before_a_determiner_or_a_name_opens_a_clause_outside_the_mention() {
    // `that` determines no noun before `the` or a name: the clause it opens has its own
    // subject, which the words before it do not join.
    assert_mentions(&[
        (
            "Headline\n\nMr Ruiz said in a speech in Ohio that Mayor Vell once described the \
             plan as \u{201c}a gold standard\u{201d} of reform.",
            "Mayor Vell",
        ),
        (
            "Headline\n\nRuiz told the Senate that the US had agreed to \u{201c}intensive \
             talks\u{201d} on the bill.",
            "the US",
        ),
    ]);
}

#[test]
fn a_cue_in_a_clause_a_subordinator_opens_after_a_quote_is_no_attribution() {
    // `after it pledged`: the clause is part of a sentence about something else, not the
    // quote's attribution; the quote goes on with the one before it.
    assert_eq!(
        mentions_of(
            "Budget\n\n\u{201c}It is possible,\u{201d} Mr Vell said. \u{201c}The purpose of \
             government is to end poverty.\u{201d} The new government, led by the Labour Party, \
             was elected last May after it pledged to cut taxes."
        ),
        ["Mr Vell", "Mr Vell"]
    );
}

#[test]
fn the_to_of_an_office_held_toward_another_opens_no_clause_in_a_mention() {
    // `aides to Vell` after a quote names the aides; elsewhere `to` there may open an
    // infinitive clause, which no mention holds.
    assert_mentions(&[
        (
            "Headline\n\n\u{201c}We want him,\u{201d} aides to Vell said.",
            "aides to Vell",
        ),
        (
            "Headline\n\n\u{201c}We want him,\u{201d} advisers to the senator said.",
            "advisers to the senator",
        ),
    ]);
}

#[test]
fn a_subject_related_to_someone_runs_to_the_object_of_its_relation() {
    assert_mentions(&[
        // An object pronoun after a word of relation ends the subject.
        (
            "A source close to him said \u{201c}it must go.\u{201d}",
            "A source close to him",
        ),
        // The phrase opens with a determiner in lower case after an opening phrase.
        (
            "Later, a source close to Vell said: \u{201c}It must go.\u{201d}",
            "a source close to Vell",
        ),
        (
            "On Monday, a source with knowledge of the talks said: \u{201c}It must go.\u{201d}",
            "a source with knowledge of the talks",
        ),
        // An absolute phrase's subject keeps its relation: the source speaks, not Vell.
        (
            "Tomas Vell was among the critics, with a source close to him saying: \u{201c}It \
             must go.\u{201d}",
            "a source close to him",
        ),
        (
            "Tomas Vell was among the critics, with a source familiar with it saying: \u{201c}It \
             must go.\u{201d}",
            "a source familiar with it",
        ),
    ]);
}

#[test]
fn a_title_may_open_with_a_participle_and_a_name_hold_an_amount() {
    assert_mentions(&[
        // `managing`, `organizing`: a title's participle after the quote opens no clause.
        (
            "\u{201c}We have to decide,\u{201d} managing director Tomas Vell told Fox News.",
            "managing director Tomas Vell",
        ),
        // A name holds an amount of money (after the quote and before it).
        (
            "\u{201c}We have to decide,\u{201d} Fight for $15 organizing director Tomas Vell \
             told Fox News.",
            "Fight for $15 organizing director Tomas Vell",
        ),
        (
            "Fight for $15 organizing director Tomas Vell told Fox News: \u{201c}We care about \
             two things.\u{201d}",
            "Fight for $15 organizing director Tomas Vell",
        ),
    ]);
    // (An amount after lower-case words is no name's: `states` is a noun here.)
    let text = "Prices fell. \u{201c}They want more.\u{201d} Foreign investment in Ruritania, at \
                about $40 a head in 2004, is one of the lowest among ex-Soviet states.";
    assert!(cues_of(text).iter().all(|c| c != "states"), "{text}");
}

#[test]
fn a_cue_word_heading_a_phrase_before_a_form_of_be_is_a_noun() {
    // `boom` is a cue verb (`he boomed`); here a noun, and the quoted phrase no one's.
    let text = "The current tech boom is highly concentrated \u{2014} an analysis of the \
                \u{201c}geography of tech\u{201d} called the region a hub.";
    assert!(cues_of(text).iter().all(|c| c != "boom"), "{text}");
}

#[test]
fn a_participle_in_a_subject_is_no_cue_of_its_quote() {
    // The participle and the plural before it belong to the subject of `are`, `were`: the
    // earlier cue reports the clause.
    assert_mentions_and_cues(&[
        (
            "She says Vell\u{2019}s early-morning tweets accusing Ruiz of having a record are \
             \u{201c}lies and conspiracy theories.\u{201d}",
            "She",
            "says",
        ),
        (
            "He said reports claiming he had quit were \u{201c}nonsense.\u{201d}",
            "He",
            "said",
        ),
    ]);
    // (Not after a subject, whose verb the `-s` form is, nor where `be` is in a clause of
    // its own.)
    assert_eq!(
        cues_of(
            "Vell said he remembers celebrating the night the law was \u{201c}a triumph.\u{201d}"
        ),
        ["remembers"]
    );
    assert_eq!(
        cues_of("I had written a piece saying how the Channel was \u{201c}wider.\u{201d}"),
        ["saying"]
    );
}

#[test]
fn a_quote_reopened_without_its_closing_mark_keeps_its_speaker() {
    // Paragraphs run together (the first lost its closing mark): the second part goes on
    // with the spokeswoman's words, and the next sentence's cue reports something else.
    let text = "Headline\n\nA board spokeswoman said: \"Decisions are made for you every day. \
                \"If you want a say you need to register by Friday.\" Renters may not vote \
                without it, officials have stressed.";
    let a = parse_valid(text);
    let rows = table(&a);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[1].0,
        "If you want a say you need to register by Friday."
    );
    assert_eq!(
        rows[1].1.as_deref(),
        Some("A board spokeswoman"),
        "{rows:?}"
    );
    assert_eq!(rows[1].3, Some(Placement::Inherited));
    // A cue right after it still attributes it, and so does one after a closed quote.
    let text = "Headline\n\nA board spokeswoman said: \"Decisions are made for you every day. \
                \"If you want a say you need to register,\" said the clerk.";
    assert_eq!(mentions_of(text), ["A board spokeswoman", "the clerk"]);
    let text = "Headline\n\n\"If you want a say you need to register by Friday.\" Renters may \
                not vote without it, officials have stressed.";
    assert_eq!(mentions_of(text), ["officials"]);
    // With no speaker named before it, the next sentence's is the likeliest.
    let text = "Headline\n\n\"In those years a new thing came every week. \"Nobody knew \
                if it worked.\" But change will come slowly, he says.";
    assert_eq!(mentions_of(text).last().map(String::as_str), Some("he"));
}

#[test]
fn nouns_before_a_persons_noun_stay_in_the_mention() {
    // `fund` and `hedge` are in no table: the description still runs back to its
    // determiner, and past it to the name it describes.
    assert_mentions(&[
        (
            "Headline\n\nA fund manager at Zentrix Trust said the stake \"is a precursor to a bid\".",
            "A fund manager at Zentrix Trust",
        ),
        (
            "Headline\n\nThe hedge fund manager at Zentrix Trust said it was \"a precursor to a bid\".",
            "The hedge fund manager at Zentrix Trust",
        ),
        (
            "Headline\n\nOla Berg, a fund manager at Zentrix Trust said the stake \"is a precursor to a bid\".",
            "Ola Berg, a fund manager at Zentrix Trust",
        ),
        (
            "Headline\n\n\"It is a bid,\" the magazine's music editor Ola Berg said.",
            "the magazine's music editor Ola Berg",
        ),
        // (After a sentence adverbial that opens the sentence, the name still opens the
        // clause.)
        (
            "Headline\n\nHowever, Ola Berg, a fund manager at Zentrix Trust said the stake \
             \"is a precursor to a bid\".",
            "Ola Berg, a fund manager at Zentrix Trust",
        ),
        (
            "Headline\n\nHowever, Ola Berg, a manager at Zentrix Trust said the stake \
             \"is a precursor to a bid\".",
            "Ola Berg, a manager at Zentrix Trust",
        ),
    ]);
    // (Not past a verb before the determiner: the second clause's subject speaks.)
    assert_mentions(&[(
        "Headline\n\nHe hired a fund manager at Zentrix Trust, who said it was \"a precursor to a bid\".",
        "a fund manager at Zentrix Trust",
    )]);
}

#[test]
fn trades_and_sciences_head_descriptions() {
    // `trader`, `physicist`, `broker`: persons' nouns, so the place after them is where
    // they work, and their words go on with `he`.
    assert_mentions(&[
        (
            "Headline\n\nA bond trader at Zentrix Trust said the stake \"is a precursor to a bid\".",
            "A bond trader at Zentrix Trust",
        ),
        (
            "Headline\n\n\"It was a surprise,\" said Ola Berg, a trader at Zentrix Bank.",
            "Ola Berg, a trader at Zentrix Bank",
        ),
    ]);
    let a = parse_valid(
        "Headline\n\nShares rose, said Ola Berg, an analyst at Zentrix.\n\n\
         One leading Lagos broker said the reasons may be political. \"If you sue them, \
         the money will go elsewhere.\" Most of it, he says, has already gone.",
    );
    let last = a
        .speech()
        .last()
        .and_then(|q| q.attribution.as_ref()?.speaker)
        .and_then(|id| a.speakers.get(id))
        .map(|s| s.name.as_str());
    assert_eq!(last, Some("One leading Lagos broker"));
}

#[test]
fn an_infinitive_after_a_quote_is_no_cue() {
    // `to continue` is what the checks encourage, not who said `additional checks`.
    let text = "Headline\n\nRegulators had cited \"insufficient\" safeguards, so the company initiated a \
                recall to implement \"additional checks\" to encourage drivers to continue to pay \
                attention.";
    assert_unattributed(text);
    // (A finite cue there still attributes: `“…” the drivers continued`.)
    assert_mentions(&[(
        "Headline\n\n\"We will stop,\" the drivers continued.",
        "the drivers",
    )]);
}

#[test]
fn a_verb_that_takes_an_object_does_not_invert() {
    // A title before `describes`, `tells`, `highlights`: the words after the verb are its
    // object, not its speaker.
    for text in [
        "Headline\n\n“Dark Waters” describes the fight of a lawyer against a chemical firm.",
        "Headline\n\n“The Iron Gate” tells the story of a wrestler and his sons.",
        "Headline\n\n“Big Little Lessons” highlights some pretty big life lessons.",
    ] {
        let a = parse_valid(text);
        assert!(table(&a).is_empty(), "{text}: {:?}", table(&a));
    }
    // (A verb that inverts still does: `said the Post`.)
    assert_mentions(&[("Headline\n\n\"We will win,\" said the Post.", "the Post")]);
}

#[test]
fn a_name_in_title_case_after_an_article_is_a_title() {
    // Not more words of the authors quoted before it in the paragraph.
    let text = "Headline\n\n“If we want their votes, we have to engage them,” wrote the authors of \
                the “Growth and Renewal Project,” giving the example of the last nominee.";
    let a = parse_valid(text);
    let kinds: Vec<QuoteKind> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Full, QuoteKind::Title]);
    // (In a headline, where every word is capitalized, it is speech.)
    let text = "Warren: Trump Is a ‘Proven Failure’ in Business\n\nSen. Ana Warren spoke on \
                Saturday.";
    let a = parse_valid(text);
    assert!(
        a.quotes.iter().all(|q| q.kind.is_speech()),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_name_given_after_an_inverted_cue_closes_the_mention() {
    assert_mentions(&[
        (
            "Headline\n\n\"There never was an order,\" said the base chief known as Bob, \
             speaking publicly for the first time.",
            "the base chief known as Bob",
        ),
        (
            "Headline\n\n\"This made my week,\" wrote a reader named Ana Vell.",
            "a reader named Ana Vell",
        ),
    ]);
    // (Not a verb in lower case after it: `called` there reports what was said.)
    assert_mentions(&[(
        "Headline\n\n\"We will win,\" said the coach, called on by reporters.",
        "the coach",
    )]);
}

#[test]
fn a_subordinate_clause_opening_the_next_sentence_attributes_nothing() {
    // `If they say`, `Once the whistle goes`: the clause is the next sentence's, and the
    // quote goes on with the speaker before it.
    let text = "Headline\n\n\"It was our ball,\" Vell told the radio. \"Referees have been told \
                to ask the player 'do you want the wall back?' \" If they say 'quick', the referee \
                moves away.";
    let rows = table(&parse_valid(text));
    assert!(rows.len() >= 2, "{rows:?}");
    assert_eq!(rows[1].1.as_deref(), Some("Vell"), "{rows:?}");
    assert_eq!(rows[1].3, Some(Placement::Inherited));
    // (In lower case the clause goes on with the quote's sentence, as before.)
    assert_unattributed("Headline\n\n\"It was our ball,\" if they say so.");
}

#[test]
fn words_opening_with_an_auxiliary_after_a_naming_noun_are_speech() {
    // `the film “has received …”`: the quote is the film's predicate, not its title.
    let text = "Headline\n\nA spokesman for Zentrix said the film \"has received strong interest \
                from audiences\".";
    let a = parse_valid(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Partial, "{:?}", a.quotes);
    // (A question opens so and stays a title: `the headline “are you thinking …?”`.)
    let text = "Headline\n\nThe posters ran under the headline \"are you thinking what we are \
                thinking?\" all spring.";
    let a = parse_valid(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Title, "{:?}", a.quotes);
}

#[test]
fn a_chain_runs_through_nouns_no_table_knows_to_a_name() {
    assert_mentions(&[
        (
            "Headline\n\nA spokesman for distributor Zentrix said the plan was \"a good one\".",
            "A spokesman for distributor Zentrix",
        ),
        (
            "Headline\n\nA spokesman for the film distributor Zentrix said the plan was \"a good \
             one\".",
            "A spokesman for the film distributor Zentrix",
        ),
    ]);
    // (Not back from a pronoun: `to discuss what he described as …` opens no chain.)
    assert_mentions(&[(
        "Headline\n\nHost Ana Vell used her show Friday to discuss what she described as \
         \"a national disgrace\".",
        "she",
    )]);
}

#[test]
fn the_agent_of_a_passive_verb_of_calling_says_the_words() {
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe plan has been branded \"deeply irresponsible\" by the Greens.",
            "the Greens",
            "branded",
        ),
        (
            "Headline\n\nThe claims were described as \"idle speculation\" by Downing Street.",
            "Downing Street",
            "described as",
        ),
        // (And of judging: `deemed`, `dismissed as`.)
        (
            "Headline\n\nThe levels were deemed \"not in the interests of the firm\" by its board.",
            "its board",
            "deemed",
        ),
        (
            "Headline\n\nThe argument was dismissed as \"ridiculous\" by Justice Ana Vell.",
            "Justice Ana Vell",
            "dismissed as",
        ),
    ]);
    // (Not without the passive: the subject calls; nor without `by` right after the quote.)
    assert_mentions(&[(
        "Headline\n\nThe rangers called \"the long walk\" by the lake a success.",
        "The rangers",
    )]);
    let a = parse_valid("Headline\n\nThe road was called \"the long walk\" in the 1950s by some.");
    assert!(a.quotes[0].attribution.is_none(), "{:?}", a.quotes);
}

#[test]
fn an_indefinite_subject_calls_after_a_relative_pronoun() {
    // `a group called “…”` names; `which one critic called “…”` is the critic's.
    assert_mentions(&[(
        "Headline\n\nIt was a mess, which one critic called \"a total disaster\".",
        "one critic",
    )]);
    assert_unattributed("Headline\n\nThey formed a group called \"the long walk\" last year.");
    // (`commenter`, `reviewer`, `attendee`: readers' and audiences' nouns are persons'.)
    assert_mentions(&[(
        "Headline\n\nShe ran into hiccups, which one commenter called \"chaotic in the best way.\"",
        "one commenter",
    )]);
}

#[test]
fn a_bills_sponsors_speak_past_a_dashed_apposition() {
    // `sponsor` heads a description of people: the subject before a dashed apposition.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe bill’s sponsors — Sens. Tom Vell, Ohio Democrat, and Ann Rook, \
             Utah Republican — stated in 2019 that “the act did not intend price controls” and \
             that it was fine.",
            "The bill’s sponsors",
            "stated",
        ),
        (
            "Headline\n\nIts co-sponsor — Rep. Ann Rook — said that “no one read the bill.”",
            "Its co-sponsor",
            "said",
        ),
    ]);
}

#[test]
fn a_verb_before_cues_is_the_clause_verb_not_an_adverb() {
    // `went` stands between subjects and cues (`went on to say`); as a clause's own verb it
    // is that verb, and the word after it is no cue.
    assert_mentions_and_cues(&[(
        "Headline\n\nTom Vell went south when the deal fell through, engaging in \"a separate \
         affair behind her back.\"",
        "Tom Vell",
        "went",
    )]);
}

#[test]
fn a_description_between_dashes_after_a_quote_is_an_appositive() {
    // The subject is the name before the dashes, not the last name between them.
    for dash in ["-", "—"] {
        let text = format!(
            "Headline\n\n\"We used to see hustlers do this,\" Andrei Vell {dash} then economic \
             adviser to President Ivan Rook {dash} told a press conference."
        );
        let a = parse_valid(&text);
        let att = a.quotes[0].attribution.as_ref().expect("attributed");
        assert_eq!(
            (
                att.mention.text.as_str(),
                att.cue.as_ref().map(|c| c.text.as_str())
            ),
            ("Andrei Vell", Some("told")),
            "{text}"
        );
        let speaker = att.speaker.and_then(|id| a.speakers.get(id));
        assert_eq!(
            speaker.map(|s| s.name.as_str()),
            Some("Andrei Vell"),
            "{text}"
        );
    }
    // (A long dash alone after the quote ends its phrase: the clause past it is not the
    // quote's attribution.)
    assert_unattributed(
        "Headline\n\nWhile old hands say there is a benefit in pursuing the goal — known here \
         as “the full Rook” after Sen. Ann Rook, who has done it for years — they say it would \
         have made more sense to go early.",
    );
}

#[test]
fn a_headline_in_title_case_names_its_speaker_before_a_capitalized_cue() {
    let body = "\n\nThe story goes on here.";
    assert_mentions_and_cues(&[
        (
            &format!("Ann Vell Says Tom Rook ‘Makes You Want To Retch.’{body}"),
            "Ann Vell",
            "Says",
        ),
        (
            &format!("Ann Vell Calls The Plan For The Valley ‘A Disgrace’{body}"),
            "Ann Vell",
            "Calls",
        ),
        // (An adverb before the cue is no part of the name.)
        (
            &format!("Tom Rook Just Announced Who He ‘Would Love’ To See Run{body}"),
            "Tom Rook",
            "Announced",
        ),
    ]);
    let a = parse_valid(&format!("Tom Rook Says ‘We Will Win.’{body}"));
    assert_eq!(a.quotes[0].kind, QuoteKind::Full);
    let a = parse_valid(&format!(
        "Tom Rook Says The Plan Is ‘Unfit’ For Purpose{body}"
    ));
    assert_eq!(a.quotes[0].kind, QuoteKind::Partial);
    // (A base form that is a noun as often is no cue after a name: `Washington Post
    // Assembles …`; nor does a headline whose first words are a quote's name anyone.)
    assert_unattributed(&format!(
        "Valley Post Assembles ‘A Sizable Army’ Of Reporters{body}"
    ));
    let a = parse_valid(&format!(
        "‘Tempo’ Just Announced Its ‘Person Of The Year’ And It Was Obvious{body}"
    ));
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{:?}",
        a.quotes
    );
    // (In the body a capitalized cue is still no cue inside a sentence.)
    assert_unattributed("Headline\n\nThe band Ann Vell Calls ‘The Rooks’ played on.");
    // (Or a name and a cue close the headline after a comma.)
    assert_mentions_and_cues(&[(
        &format!("‘Valley Truther’ Tom Rook Is Like A Lawyer’s Worst Client, Ann Vell Says.{body}"),
        "Ann Vell",
        "Says",
    )]);
    assert_unattributed(&format!(
        "‘Valley Truther’ Tom Rook Is Like A Lawyer’s Worst Client, Ann Vell Thinks.{body}"
    ));
}

#[test]
fn a_verb_of_calling_reaches_past_an_object_of_five_words() {
    // `calls Ann Rook's new tax plan “stupid”`: the object between the verb and the quote
    // may run to five words.
    assert_mentions_and_cues(&[(
        "Headline\n\nTom Vell calls Ann Rook's new tax plan “stupid” and left.",
        "Tom Vell",
        "calls",
    )]);
    // (A preposition inside the object is its noun's; right after the verb it makes no
    // object: `called for an end to …`.)
    assert_mentions_and_cues(&[(
        "Headline\n\nAnn Rook called the use of executive orders “quite dangerous.”",
        "Ann Rook",
        "called",
    )]);
    assert_unattributed("Headline\n\nAnn Rook called for an end to the “long walk” plan.");
    // (And a verb joined by `but` to the clause of a quote before, its object as long.)
    let a = parse_valid(
        "Headline\n\nAnn Rook called Tom Vell “a bright leader” but described his leadership \
         skills as a “work in progress.”",
    );
    let second = a.quotes[1].attribution.as_ref().expect("attributed");
    assert_eq!(
        (
            second.mention.text.as_str(),
            second.cue.as_ref().map(|c| c.text.as_str())
        ),
        ("Ann Rook", Some("described"))
    );
}

#[test]
fn a_named_possessor_opens_the_description_it_owns() {
    // `The Guardian's film critic Peter Bradshaw felt that …`: the name's possessive, its
    // determiner and the nouns the tables do not know belong to the speaker's description.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe Chronicle's music critic Anna Pell felt that there \"could well be\" \
             a sweep of prizes on Sunday night.",
            "The Chronicle's music critic Anna Pell",
            "felt",
        ),
        (
            "Headline\n\nAcme Bank's chief risk officer Jan Brel said that the report was \"false \
             and misleading\" from start to end.",
            "Acme Bank's chief risk officer Jan Brel",
            "said",
        ),
    ]);
}

#[test]
fn a_sign_that_bears_the_words_says_them() {
    // `Lori Bernstein held up a sign saying “…”`: the sign, not who holds it.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nMara Pell held up a sign saying \"Teachers Against Cuts - Because We \
             Have Seen This Before.\" The teacher says she is angry.",
            "a sign",
            "saying",
        ),
        (
            "Headline\n\nThe mayor wore a bright red campaign hat reading, \"Make Our Town Great \
             Again\" on Friday night.",
            "a bright red campaign hat",
            "reading",
        ),
        // Without a determiner, the noun alone: the words before it are a verb's.
        (
            "Headline\n\nThe crowd held signs reading \"Hands off our library\" and cheered.",
            "signs",
            "reading",
        ),
        (
            "Headline\n\nAt the march, they will hold banners proclaiming: \"Save our jobs, \
             stop the deal!\"",
            "banners",
            "proclaiming",
        ),
        // A finite verb has its subject as any other.
        (
            "Headline\n\nThe state highway sign read, \"Trust the brakes, but always buckle \
             up.\" Another advised drivers to slow down.",
            "The state highway sign",
            "read",
        ),
    ]);
}

#[test]
fn a_crowd_and_fans_are_people_who_chant() {
    // `The crowd cheered and chanted “…”`: the crowd, fans and an audience speak as people
    // do; a capitalized name before `fans` is theirs.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe crowd cheered and chanted: \"Hands off our library!\"",
            "The crowd",
            "chanted",
        ),
        (
            "Headline\n\nThe fans stood and chanted \"Bring back the coach\" for ten minutes.",
            "The fans",
            "chanted",
        ),
        (
            "Headline\n\nHillside College fans chanted \"Build the wall!\" at the game.",
            "Hillside College fans",
            "chanted",
        ),
    ]);
}

#[test]
fn an_approximate_number_opens_the_subject_after_a_leading_phrase() {
    // `Outside the sports arena …, about 200 protesters congregated …, chanting “…”`.
    assert_mentions_and_cues(&[(
        "Headline\n\nOutside the town hall in Fairview, about 300 protesters gathered in small \
         groups, holding banners and chanting \"Save our school.\"",
        "about 300 protesters",
        "chanting",
    )]);
}

#[test]
fn a_number_or_a_compound_modifier_is_no_clause_verb() {
    // `Jimin’s first full-length solo album follows …, “Vibe,”` had the mention `Jimin’s
    // first` and the cue `full-length`; `Obama's first five questioners ranged …:` the cue
    // `five`.
    let text = "Headline\n\nJan Dorn’s first full-length solo album follows his hit single with \
                fellow singer Ola Moss, “Glow,” which gave both stars their first hit.";
    let article = parse_valid(text);
    assert_eq!(article.quotes.len(), 1, "{text}");
    assert!(
        !article.quotes[0].kind.is_speech(),
        "{text}: {:?}",
        article.quotes[0]
    );
    let (_, m, c, _) = one(
        "Headline\n\nAt his news conference on Monday, Mayor Dorn's first five questioners \
         ranged from skeptical to hostile: \"Is it time for your plan to change?\"",
    );
    assert_ne!(c.as_deref(), Some("five"));
    assert_ne!(m.as_deref(), Some("Mayor Dorn's first"));
}

#[test]
fn a_clause_closing_the_sentence_is_no_mention() {
    // `When those voting “yes” were declared the majority …, anti-Trump delegates reportedly
    // erupted in a chorus of booing and loud chants of “no.”`: `chants` is a noun, and the
    // words before it a clause, no speaker of `yes`.
    let text = "Headline\n\nWhen those voting \"yes\" were declared the winners, pro-union \
                delegates reportedly erupted in a chorus of booing and loud chants of protest.";
    assert_no_mention_containing(text, "erupted");
}

#[test]
fn capitalized_words_opening_the_clause_belong_to_a_role() {
    // `Former union leader Sir Bill Morris has already accused …`: the role runs back over
    // the nouns the tables do not know to the capitalized words before them.
    assert_mentions(&[
        (
            "Headline\n\nFormer union leader Sir Tom Harte has already accused the party of \
             \"a bidding war about who can be toughest\" on crime.",
            "Former union leader Sir Tom Harte",
        ),
        (
            "Headline\n\nFans were told to leave the masks at home. But Acme stadium manager \
             Kevin Orr has warned: \"If they wear them inside, they will be turned away.\"",
            "Acme stadium manager Kevin Orr",
        ),
        (
            "Headline\n\nSpeaking from Malaga, LTA performance director Dan Fell told reporters: \
             \"He worked through the whole session.\"",
            "LTA performance director Dan Fell",
        ),
    ]);
}

#[test]
fn a_singular_noun_in_s_is_no_verb() {
    // `German news giant Axel Springer … struck a deal … to offer “real-time news”` had the
    // mention `German` and the cue `news`.
    let text = "Headline\n\nSwiss news giant Acme Media struck a deal with Beta Labs that will \
                allow its app to offer \"real-time news\" when answering questions.";
    let cues = cues_of(text);
    assert!(!cues.iter().any(|c| c == "news"), "{cues:?}");
}

#[test]
fn an_adverb_in_ly_between_a_subject_and_its_finite_cue_is_passed_over() {
    // `The strategy specifically notes that … will include “…”`, `the Democratic candidate
    // Hillary Clinton boldly suggested that Donald Trump ''doesn't want …''`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe review specifically notes that the plan will include “the \
             efforts of the agency.”",
            "The review",
            "notes",
        ),
        (
            "Headline\n\nThe row came after the candidate Ann Vole boldly suggested that Mr \
             Hask ''doesn't want the people to know.''",
            "the candidate Ann Vole",
            "suggested",
        ),
    ]);
    // After `be` the participle is a passive, and no cue of the subject's.
    assert_unattributed(
        "Headline\n\nHijackings, or as they were colloquially called, “skyjackings,” were \
         common then.",
    );
}

#[test]
fn the_maker_of_a_claim_named_after_it_speaks_its_that_clause() {
    // `shrugged off claims from Conservative leader Michael Howard that he led a “grubby
    // government”`, `the suggestion by a potential president that someone “ought to look
    // into” the judge`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nThe minister shrugged off claims from Green leader Ann Vole that he \
             led a “grubby government”.",
            "Green leader Ann Vole",
            "claims",
        ),
        (
            "Headline\n\nThe remarks stand out for the suggestion by a potential president \
             that someone “ought to look into” the judge.",
            "a potential president",
            "suggestion",
        ),
        (
            "Headline\n\nThe email contradicts comments from former Secretary of Defense Leon \
             Vole that “time prevented a more immediate response.”",
            "former Secretary of Defense Leon Vole",
            "comments",
        ),
    ]);
}

#[test]
fn a_quote_opening_with_the_writers_bracket_is_a_full_sentence() {
    // `“[Plant-based proteins] also promote reduced levels of inflammation …”`, `“[W]e
    // encourage affiliated unions …”`.
    let a = parse_valid(
        "Headline\n\n“Plants help the heart,” Ann Vole said. “[Plant proteins] also reduce \
         inflammation.”\n\n“[W]e encourage the unions to decide,” Bo Hask said.\n\n“[and] \
         then it rained,” Bo Hask said.",
    );
    let kinds: Vec<QuoteKind> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            QuoteKind::Full,
            QuoteKind::Full,
            QuoteKind::Full,
            QuoteKind::Partial
        ]
    );
}

#[test]
fn a_state_after_its_town_in_an_opening_phrase_is_no_subject() {
    // `At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried …, saying that …
    // ''…''`, `At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders …`.
    assert_mentions_and_cues(&[
        (
            "Headline\n\nAt a campaign event in Ames, Iowa, on Sunday, Mrs. Vole tried to \
             expand on her statement, saying that the country should ''be rallying our \
             partners.''",
            "Mrs. Vole",
            "saying",
        ),
        (
            "Headline\n\nAt a rally in Portsmouth, N.H., on Tuesday, Senator Ann Vole \
             endorsed him, saying that he would ''make an outstanding president.''",
            "Senator Ann Vole",
            "saying",
        ),
        // A person's name after a body's is the subject still.
        (
            "Headline\n\nBut director of the Victims of Crime Trust, Norman Vole, accused \
             Lord Hask of having an \"arrogant contempt for victims\".",
            "Norman Vole",
            "accused",
        ),
    ]);
}

#[test]
fn went_on_before_an_object_is_no_cue() {
    // `Rubio said that once the Senate goes on recess, “I intend to …”`: `said`, not `goes
    // on`; `We usually go on a hike, … what my husband calls “…”` and `could not go on
    // "patching up" the system` report no one.
    assert_eq!(
        cues_of(
            "Headline\n\nSen. Ann Vole said that once the Senate goes on recess, “I intend to \
             do as much as I can, wherever I can be helpful.”"
        ),
        ["said"]
    );
    assert_eq!(
        cues_of(
            "Headline\n\nWe usually go on a hike, and then we listen to what my husband calls \
             “acceptable holiday music.”"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        mentions_of(
            "Headline\n\nThe government could not go on \"patching up\" the system, he added."
        ),
        ["he"]
    );
    // On its own or before `to` or `about` it goes on speaking; before a name, it goes to
    // speak (`I remember President Ann Vole going on TV on April 18, declaring a “moral
    // equivalent of war”`: Vole's words).
    assert_eq!(
        cues_of(
            "Headline\n\n“It happens,” Vole went on. She went on to say: “Nobody expected it.” \
             As Hask went on about “how the system is rigged,” the crowd cheered."
        ),
        ["went on", "say", "went on"]
    );
    assert_eq!(
        mentions_of(
            "Headline\n\nI'm old enough to remember President Ann Vole going on TV on April \
             18, declaring a “moral equivalent of war” against dependence on oil."
        ),
        ["President Ann Vole"]
    );
}

#[test]
fn a_passive_past_an_adverb_is_no_cue() {
    // `“I believe I would have been able to react.” Greene was also denied Olympic gold in
    // the relay`: the words are still his `said`'s; `Watson was also charged with “aggravated
    // identity theft”` quotes a term.
    assert_eq!(
        cues_of(
            "Headline\n\n\"I just felt like I was running all alone,\" Vole said. \"I believe I \
             would have been able to react.\" Vole was also denied Olympic gold in the relay \
             when he could not catch Hask."
        ),
        ["said", "said"]
    );
    assert_eq!(
        cues_of(
            "Headline\n\nVole was also charged with “aggravated identity theft” for his role in \
             the scheme."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_cue_with_a_name_for_its_object_after_a_sentence_quoted_is_another_report() {
    // `“It was an old dance injury.” The legal submission described Spears as “one of the
    // most recognised performers”`: the spokeswoman's words before it.
    assert_eq!(
        mentions_of(
            "Headline\n\n\"She took a wrong step and blew out her knee,\" a spokeswoman said at \
             the time. \"It was an old dance injury.\" The legal submission described Vole as \
             \"one of the most recognised performers in her industry\"."
        ),
        ["a spokeswoman", "a spokeswoman", "The legal submission"]
    );
}

#[test]
fn an_adverb_or_preposition_opening_the_sentence_is_no_subject() {
    // `Regardless, Trump has himself said he will target news organizations, including
    // most recently lashing out at Comcast …, saying …`, `Across town, “shouting from the
    // rooftops” …`.
    assert_eq!(
        mentions_of(
            "Headline\n\nHe was wrong. Regardless, Vole has said he will target news \
             organizations, including lashing out at Hask, saying the company should be \
             “investigated.”"
        ),
        ["Vole"]
    );
    assert_no_mention_opening(
        &[
            "Headline\n\nAcross town, \"shouting from the rooftops\" for the Vole campaign, is \
           Ann Hask, a 33-year-old canvasser and \"child of the '80s\" who left her job.",
        ],
        &["Across"],
    );
}

#[test]
fn a_cue_in_an_opening_participle_phrase_is_not_the_subjects() {
    // `Continuing to explain his perspective, Carson rejected the notion …, saying that if
    // he "found something …"`: Carson's words, not `Continuing`'s.
    assert_eq!(
        mentions_of(
            "Headline\n\nContinuing to explain his perspective, Vole rejected the notion, \
             saying that he \"would fix it.\""
        ),
        ["Vole"]
    );
    // A name in -ing opening a sentence is no participle: `Schilling further told the
    // outlet that …, adding:`.
    assert_eq!(
        cues_of(
            "Headline\n\nHask Schilling was there. Schilling further told the outlet that he \
             “cannot express” what they meant to him, adding:\n\n“All I would say is that it \
             hurts.”"
        ),
        ["told", "adding"]
    );
}

#[test]
fn a_capitalized_article_after_an_inverted_name_opens_the_next_sentence() {
    // `"The litigation risks are real," said Credit Suisse First Boston analyst Vadim
    // Mitroshin The dispute with the Russian authorities is …`: a period lost.
    assert_eq!(
        mentions_of(
            "Headline\n\n\"The risks are real,\" said Hask Capital analyst Ann Vole The dispute \
             with the authorities is partly political."
        ),
        ["Hask Capital analyst Ann Vole"]
    );
}

#[test]
fn a_quote_after_a_sentence_naming_no_one_goes_on_with_the_speaker_before() {
    // `“…,” he said. ¶ Both of them froze, unsure what to do. “Eventually police started
    // showing up …”`: still his words.
    let text = "Headline\n\n“I heard gunshots and I heard screaming,” Ann Vole said.\n\nBoth of \
                them froze, unsure what to do. “Eventually police started showing up.”";
    assert_eq!(mentions_of(text), ["Ann Vole", "Ann Vole"]);
    // Not a quote the sentence goes on with: `just like the old saying goes, “…”`.
    let text = "Headline\n\n“It can mean a huge shift,” Ann Vole said.\n\nBut an ending isn't \
                bad. So, just like the old saying goes, “As one door closes, another one \
                opens.”";
    assert_eq!(mentions_of(text), ["Ann Vole"]);
}

#[test]
fn a_cue_in_a_clause_another_cue_reports_is_not_the_sentence_subjects() {
    // `He said if the growth continued at this level then …` then a paragraph of quote: `He`
    // said it, with `said`; `continued` is the growth's.
    let text = "Headline\n\nPrices rose again, Ann Vole said. He said if the growth continued at \
                this level then the bank may act.\n\n“I think the key is what the bank expects.”";
    assert_eq!(mentions_of(text), ["He"]);
    assert_eq!(cues_of(text), ["said"]);
    // Nor a cue whose subject is a determiner and a noun after a possessive: `Vole asks her
    // dad questions. “Why …?”`.
    let text = "Headline\n\nDuring the play, Ann Vole asks her dad questions. “Why does Grandma \
                have tattoos on her face?”";
    assert_eq!(cues_of(text), ["asks"]);
    // A bare form there is a noun, no cue this rule passes over: `the crowd reprised the
    // caustic chant “…”` keeps what it read before.
    let text = "Headline\n\nBoos rained down when Vole mentioned the mayor, and the crowd \
                reprised the caustic chant “Lock her up!”";
    assert_ne!(cues_of(text), ["mentioned"]);
}

#[test]
fn one_capitalized_word_before_a_word_that_is_no_verb_is_a_modifier_not_a_subject() {
    // `Large language models bring …, promising to deliver a “…”`: no one called `Large`.
    let text = "Headline\n\nLarge language models bring the feedback of a priest to your \
                screen, promising to deliver a “spiritual experience” at home.";
    assert!(!mentions_of(text).contains(&"Large".to_owned()));
    let text = "Headline\n\nPartial transcript as follows:\n\n“We will not back down.”";
    assert!(!mentions_of(text).contains(&"Partial".to_owned()));
    // A word that may be the verb, or stand before it, leaves the name the subject.
    for (text, mention) in [
        (
            "Headline\n\nVole didn’t seem impressed on Tuesday, telling reporters, “A lot of \
             people said he should step down.”",
            "Vole",
        ),
        (
            "Headline\n\nVole likely assumed it was a joke, saying, “Miss, you had better \
             look.”",
            "Vole",
        ),
        (
            "Headline\n\nVole earlier quashed rumours by tweeting that “I am under a strict \
             agreement.”",
            "Vole",
        ),
        // Nor is a name that modifies a person's noun before their name cut off there.
        (
            "Headline\n\nConservative co-chairman Ann Vole likened the two men to \
             “self-obsessed schoolboys”.",
            "Conservative co-chairman Ann Vole",
        ),
    ] {
        assert_eq!(mentions_of(text), [mention], "{text}");
    }
}
