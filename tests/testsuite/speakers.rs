//! Speaker resolution across the article, on short fixtures written for these tests.

use newstext::{Article, SpeakerKind};

use crate::support::{assert_no_mention, assert_unattributed, parse_valid};

/// The canonical speaker of each speech quote, in order.
fn speakers(a: &Article) -> Vec<Option<String>> {
    a.speech()
        .map(|q| {
            q.attribution
                .as_ref()
                .and_then(|x| a.speaker_of(x))
                .map(|s| s.name.clone())
        })
        .collect()
}

/// Asserts that each text has one speech quote, whose speaker is the name beside it.
fn assert_sole_speaker(cases: &[(&str, &str)]) {
    for (text, name) in cases {
        assert_eq!(
            speakers(&parse_valid(text)),
            [Some((*name).to_owned())],
            "{text}"
        );
    }
}

/// Asserts the speakers of a text's speech quotes, in order.
fn assert_speakers(text: &str, names: &[&str]) {
    let want: Vec<Option<String>> = names.iter().map(|n| Some((*n).to_owned())).collect();
    assert_eq!(speakers(&parse_valid(text)), want, "{text}");
}

/// Each entry of the speaker table as `(name, kind)`.
fn kinds(a: &Article) -> Vec<(&str, SpeakerKind)> {
    a.speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind))
        .collect()
}

#[test]
fn surnames_and_honorifics_resolve_to_the_full_name() {
    let text = "Headline\n\nState Department spokesman Ned Price spoke on Monday.\n\n\
                “We will talk,” Price said.\n\n“It matters,” Mr. Price told reporters.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("Ned Price".to_owned()), Some("Ned Price".to_owned())]
    );
    let s = &a.speakers[0];
    assert_eq!(s.kind, SpeakerKind::Person);
    assert_eq!(s.quotes, 2);
    assert_eq!(s.mentions.len(), 2);
}

#[test]
fn roles_come_from_titles_and_appositives() {
    let text = "Headline\n\n“Turnout is up,” Anna Greenberg, a Democratic pollster, said.\n\n\
                “It is early,” said State Department spokesman Ned Price.";
    let a = parse_valid(text);
    let greenberg = a
        .speakers
        .iter()
        .find(|s| s.name == "Anna Greenberg")
        .expect("Greenberg");
    assert_eq!(greenberg.role.as_deref(), Some("Democratic pollster"));
    let price = a
        .speakers
        .iter()
        .find(|s| s.name == "Ned Price")
        .expect("Price");
    assert_eq!(price.role.as_deref(), Some("State Department spokesman"));
}

#[test]
fn a_sentence_adverbial_in_apposition_is_no_role() {
    // `Ned Price, however, said`: `however` is no role of his.
    let a = parse_valid(
        "Headline\n\nState Department officials spoke first.\n\n“It is early,” Ned Price, \
         however, said.",
    );
    let price = a
        .speakers
        .iter()
        .find(|s| s.name == "Ned Price")
        .expect("Price");
    assert_eq!(price.role, None);
}

#[test]
fn an_epithet_before_a_name_is_no_role() {
    // `an angry Ned Price` is angry, no role; `the economist Ned Price` has one.
    let role = |text: &str| {
        let a = parse_valid(text);
        a.speakers
            .iter()
            .find(|s| s.name == "Ned Price")
            .expect("Price")
            .role
            .clone()
    };
    assert_eq!(
        role("Headline\n\n“It is a disgrace,” said an angry Ned Price."),
        None
    );
    assert_eq!(
        role("Headline\n\n“It is a disgrace,” said the economist Ned Price."),
        Some("economist".to_owned())
    );
}

#[test]
fn definite_descriptions_find_their_antecedent_with_the_same_ordinal() {
    let text = "Headline\n\nA senior official said the talks would go on, and a second official \
                said they were close.\n\n“We are close,” the second official said.\n\n\
                “We are not there,” the official said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("a second official".to_owned()),
            Some("A senior official".to_owned())
        ]
    );
    assert!(a.speakers.iter().all(|s| s.kind == SpeakerKind::Nominal));
}

#[test]
fn a_definite_description_is_the_speaker_its_antecedent_opened() {
    // `the spokesman` is the `a spokesman for the company` who spoke before: one speaker,
    // not a second one named `a spokesman`.
    let text = "Headline\n\n“We work hard,” a spokesman for the company said.\n\n\
                “We are done,” the spokesman said.";
    let a = parse_valid(text);
    assert_speakers(
        text,
        &["a spokesman for the company", "a spokesman for the company"],
    );
    assert_eq!(a.speakers.len(), 1);
    assert_eq!(a.speakers[0].mentions.len(), 2);
}

#[test]
fn an_owners_description_is_the_one_that_named_the_owner_after_its_head() {
    // `the ad’s narrator` is `a narrator in the Clinton ad`, `Clinton’s spokesman` `a
    // spokesman for Mr Clinton`; `the firm’s spokesman` is not `a spokesman for the union`.
    let text = "Headline\n\n“You work hard,” a narrator in the Clinton ad asks.\n\n\
                “If he thinks that,” the ad’s narrator says.";
    assert_speakers(
        text,
        &[
            "a narrator in the Clinton ad",
            "a narrator in the Clinton ad",
        ],
    );
    let text = "Headline\n\n“We won,” a spokesman for the union said.\n\n\
                “We are done,” the firm’s spokesman said.";
    assert_speakers(text, &["a spokesman for the union", "the firm’s spokesman"]);
    let text = "Headline\n\n“We won,” a spokesman for Mr Clinton said.\n\n\
                “We are done,” Clinton’s spokesman said.";
    assert_speakers(
        text,
        &["a spokesman for Mr Clinton", "a spokesman for Mr Clinton"],
    );
}

#[test]
fn a_description_with_a_body_before_its_head_is_the_one_for_that_body() {
    // `the Ofcom spokesman` is `a spokesman for Ofcom`, `the BPI spokesman` the one for the
    // body the acronym spells; `the Labour spokesman` is not `a spokesman for Ofcom`.
    let text = "Headline\n\n“We are looking,” said a spokesman for Ofcom.\n\n\
                “It is early,” the Ofcom spokesman said.";
    assert_speakers(text, &["a spokesman for Ofcom", "a spokesman for Ofcom"]);
    let text = "Headline\n\n“Sales fell,” a spokesman for the British Phonographic Industry \
                said.\n\n“We will act,” the BPI spokesman added.";
    let a = parse_valid(text);
    assert_eq!(a.speakers.len(), 1, "{:?}", kinds(&a));
    let text = "Headline\n\n“We are looking,” said a spokesman for Ofcom.\n\n\
                “It is a mess,” the Labour spokesman said.";
    assert_eq!(parse_valid(text).speakers.len(), 2);
}

#[test]
fn an_indefinite_party_member_or_demonym_is_someone_unnamed() {
    // `an Iowa Democrat` is no person named `Iowa Democrat`; `a Briton` none named `Briton`.
    let a = parse_valid(
        "Headline\n\n“He will come back,” said an Iowa Democrat.\n\n“Not a chance,” a \
         Briton said.",
    );
    assert_eq!(
        kinds(&a),
        [
            ("an Iowa Democrat", SpeakerKind::Nominal),
            ("a Briton", SpeakerKind::Nominal)
        ]
    );
}

#[test]
fn a_name_with_international_in_it_is_an_organisation() {
    let a = parse_valid(
        "Headline\n\nDunmore International said the law was \"deeply flawed\".\n\n\
         \"We will appeal,\" it added.",
    );
    assert_eq!(
        kinds(&a),
        [("Dunmore International", SpeakerKind::Organisation)]
    );
}

#[test]
fn a_one_word_name_the_text_calls_it_is_an_organisation() {
    // `Dunmoria said …` then `it added`: a body, not a person named `Dunmoria`.
    let a = parse_valid(
        "Headline\n\nAnalysts at Dunmoria expect more.\n\n“Sales are growing,” Dunmoria \
         said.\n\n“Prices will fall,” it added.",
    );
    assert_eq!(kinds(&a), [("Dunmoria", SpeakerKind::Organisation)]);
    // So is one the text reports as `it` (`Dunmoria said it would`); a given name alone is
    // a person's all the same.
    let a = parse_valid(
        "Headline\n\nDunmoria said it would cut jobs.\n\n“Sales are growing,” Dunmoria \
         said.",
    );
    assert_eq!(kinds(&a), [("Dunmoria", SpeakerKind::Organisation)]);
    let a = parse_valid(
        "Headline\n\nCasey said it was a hard year.\n\n“Sales are growing,” Casey said.",
    );
    assert_eq!(kinds(&a), [("Casey", SpeakerKind::Person)]);
    // So is one whose role is an organisation's noun (`regulator Dunmoria`).
    let a = parse_valid("Headline\n\n“Prices will fall,” said regulator Dunmoria.");
    assert_eq!(kinds(&a), [("Dunmoria", SpeakerKind::Organisation)]);
}

#[test]
fn a_group_named_alone_is_no_person() {
    // `MPs`, `Witnesses`, `Others`: people in the plural, as `Tories` are; a name that ends
    // as a demonym's plural might (`Travis`) is a person's.
    let a = parse_valid(
        "Headline\n\n“It is a scandal,” MPs said.\n\n“We saw it,” Witnesses told the court.\n\n\
         “It was late,” Others said.\n\n“I was there,” Travis said.",
    );
    assert_eq!(
        kinds(&a),
        [
            ("MPs", SpeakerKind::Organisation),
            ("Witnesses", SpeakerKind::Organisation),
            ("Others", SpeakerKind::Organisation),
            ("Travis", SpeakerKind::Person)
        ]
    );
}

#[test]
fn an_antecedent_description_has_the_same_head_of_its_own() {
    // `a licence from the company` is a licence; `A panel of judges` is the judges.
    let text = "Headline\n\nIt sold a licence from the company last year.\n\n\
                “We will grow,” the company said.\n\nA panel of judges met.\n\n\
                “It is a fine book,” the judges wrote.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("the company".to_owned()),
            Some("A panel of judges".to_owned())
        ]
    );
}

#[test]
fn an_antecedent_description_holds_the_modifiers_of_the_one_it_resolves() {
    // `a solo release` is not `the press release`, nor `a tumultuous delegate battle` the
    // influential delegate; a description without modifiers still finds its antecedent.
    let text = "Headline\n\nThe band put out a solo release last year.\n\nThe press release \
                called the album “a bold new sound.”\n\nThe band also filed a report with the \
                board.\n\n“We will tour,” the report said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("The press release".to_owned()),
            Some("a report".to_owned())
        ]
    );
}

#[test]
fn the_ministry_is_the_organisation_that_spoke_last() {
    // (No organisation spoke before `the union`: it stays a description.)
    let text = "Headline\n\n“We will see,” the union said.\n\n\
                “Costs are falling,” the Finance Ministry said in a statement.\n\n\
                “Growth will return,” the ministry said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("the union".to_owned()),
            Some("Finance Ministry".to_owned()),
            Some("Finance Ministry".to_owned())
        ]
    );
    // A service, a commission, an embassy are bodies too, which `it` may mean.
    let text = "Headline\n\nPolish farmers ended the blockade.\n\n“Traffic has been restored,” \
                the service said. “Trucks cross as usual,” it added.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("the service".to_owned()),
            Some("the service".to_owned())
        ]
    );
}

#[test]
fn a_company_is_an_organisation_and_its_first_word_names_it() {
    // `Airlines` makes an organisation, and `Continental` alone is that organisation; so
    // `the company` after it is too.
    let text = "Headline\n\n“Costs are falling,” Continental Airlines said.\n\n\
                “We will hire,” the company said.\n\n“It is true,” Continental said.";
    let a = parse_valid(text);
    let name = Some("Continental Airlines".to_owned());
    assert_eq!(speakers(&a), [name.clone(), name.clone(), name]);
    assert!(
        a.speakers
            .iter()
            .all(|s| s.kind == SpeakerKind::Organisation)
    );
}

#[test]
fn pronouns_take_the_last_compatible_person() {
    let text = "Headline\n\n“I am running,” Senator Maria Lopez said.\n\n\
                Governor John Smith disagreed with the plan.\n\n“It will fail,” he said.\n\n“It will not,” she said.";
    assert_speakers(text, &["Maria Lopez", "John Smith", "Maria Lopez"]);
}

#[test]
fn a_pronoun_refers_back_not_to_a_speaker_named_after_it() {
    // The first quote is Rook's, named at the sentence's end; `his` before that is Vell's.
    let text = "Headline\n\nMayor Tomas Vell should “hold firm” and not apologise for his “Judas” \
                comment to a reporter, Councillor Ivan Rook has insisted.";
    assert_speakers(text, &["Ivan Rook", "Tomas Vell"]);
}

#[test]
fn organisations_resolve_to_their_fullest_form() {
    let text = "Headline\n\nThe Washington Post first reported the story.\n\n“The plan is dead,” the Post reported.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Washington Post".to_owned())]);
    assert_eq!(a.speakers[0].kind, SpeakerKind::Organisation);
}

#[test]
fn it_may_be_a_company_that_opened_a_sentence() {
    // A name the article capitalizes inside a sentence too, and never makes a person's.
    let text = "Headline\n\nSouthcorp rejected the offer on Monday. Analysts expect a higher \
                bid for Southcorp soon.\n\n“The offer is too low,” it said.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Southcorp".to_owned())]);
    assert_eq!(a.speakers[0].kind, SpeakerKind::Organisation);
    // A word capitalized only where it opens a sentence is no name.
    let text = "Headline\n\nGadgets are everywhere now.\n\n“We tried to get to the heart of it,” it concluded.";
    assert_eq!(speakers(&parse_valid(text)), [Some("it".to_owned())]);
}

#[test]
fn it_and_they_are_the_organisation_or_group_that_spoke_not_a_new_speaker() {
    let text = "Headline\n\n“The plan will fail,” the Washington Post said in an editorial.\n\n\
                “It is not enough,” it added.\n\n“We will resign,” officials said.\n\n\
                “It is over,” they said.";
    let a = parse_valid(text);
    assert_eq!(a.speakers.len(), 2, "{:?}", a.speakers);
    assert_eq!(a.speakers[0].kind, SpeakerKind::Organisation);
    assert_eq!(a.speakers[0].quotes, 2);
    assert_eq!(a.speakers[1].quotes, 2);
}

#[test]
fn they_may_be_a_body_of_people_described() {
    // `“…,” the band said in a statement. … “…,” they concluded`: a band, the police, a
    // group, as an organisation's noun (`the union`) is.
    assert_speakers(
        "Headline\n\n“We are saddened,” the band said in a statement.\n\n“Our thoughts are \
         with her family,” they concluded.\n\n“The fight broke out at two,” the union said. \
         “Nobody was hurt,” they added.",
        &["the band", "the band", "the union", "the union"],
    );
}

#[test]
fn the_president_is_the_titled_person_named_earlier() {
    let text = "Headline\n\nPresident Barack Obama spoke in Ohio.\n\n“We have work to do,” the president said.";
    assert_speakers(text, &["Barack Obama"]);
}

#[test]
fn abbreviated_titles_are_titles() {
    let text = "Headline\n\nSen. Bernie Sanders spoke in Iowa.\n\n“We will win,” the senator said.\n\n\
                Gov. Chris Christie spoke too.\n\n“We will see,” the governor said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Bernie Sanders".to_owned()),
            Some("Chris Christie".to_owned())
        ]
    );
}

#[test]
fn a_title_with_an_organisation_in_it_still_names_a_person() {
    // `Senate` and `FBI` name the office's organisation: the name after the title is a
    // person's, for the surname and the pronoun alike.
    let text = "Headline\n\nSenate Majority Leader Mitch McConnell spoke on Tuesday.\n\n\
                “It is inappropriate,” McConnell said.\n\n“It raises doubts,” he said.\n\n\
                FBI Director James Comey testified.\n\n“It was careless,” Comey said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Mitch McConnell".to_owned()),
            Some("Mitch McConnell".to_owned()),
            Some("James Comey".to_owned())
        ]
    );
}

#[test]
fn the_president_is_not_an_organisations_president() {
    // `World Bank President Jim Yong Kim` holds another office than `the president`.
    let text = "Headline\n\nPresident Barack Obama met World Bank President Jim Yong Kim.\n\n\
                “We have work to do,” the president said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Barack Obama".to_owned())]
    );
}

#[test]
fn a_capitalized_modifier_makes_a_description_not_a_name() {
    // `Senate`, `Liberal Democrat`: the words before the person noun are no name, and two
    // such descriptions with the same head are two speakers.
    let text = "Headline\n\n“It is wrong,” the Senate minority leader said.\n\n\
                “It is right,” the Liberal Democrat leader said.\n\n\
                “We are looking,” a State Department official said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("the Senate minority leader".to_owned()),
            Some("the Liberal Democrat leader".to_owned()),
            Some("a State Department official".to_owned())
        ]
    );
    assert!(a.speakers.iter().all(|s| s.kind == SpeakerKind::Nominal));
}

#[test]
fn a_peer_with_no_fuller_name_keeps_the_title() {
    let text = "Headline\n\n“It is fine,” Lord Falconer said.\n\n“It is not,” Falconer added.\n\n\
                “We will see,” Lord Butler said. Robin Butler chaired the inquiry.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Lord Falconer".to_owned()),
            Some("Lord Falconer".to_owned()),
            Some("Robin Butler".to_owned())
        ]
    );
    // (Named so once, a peer is known so wherever the name or a pronoun speaks.)
    let text = "Headline\n\nThe Attorney General, Lord Gladwin, was asked about it.\n\n\
                He said the change would come “in the near future”.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Lord Gladwin".to_owned())]
    );
}

#[test]
fn the_subject_of_a_relative_clauses_cue_is_a_likely_antecedent() {
    // `a debut nomination for Staunton, 49, who told BBC News 24 she had not thought …. “…,”
    // she said`: Staunton, not the actress who opened the sentence before.
    assert_speakers(
        "Headline\n\nMarta Quell was nominated for best actress. Dana Pike was also \
         nominated in that category.\n\nIt is also a first nomination for Quell, 49, who \
         told the BBC she had not expected it. “It was an extraordinary time,” she said.",
        &["Marta Quell"],
    );
    assert_speakers(
        "Headline\n\nOla Brenn will play in the doubles. British number one Ted Harrow, who \
         announced his retirement this year, believes the team can win. “It is going to be \
         tough,” he said.",
        &["Ted Harrow"],
    );
}

#[test]
fn a_one_word_name_that_spoke_is_a_persons() {
    // `Bnxn` is in no table of given names, but a word the text capitalizes inside its
    // sentences and that said something is a person's name, a later `he`'s antecedent: not
    // the genre named after it.
    assert_speakers(
        "Headline\n\n“My dad had a long collection,” says Zorvo, who grew up on reggae.\n\n\
         Highlife is loved in Accra, and the singer is one of the voices of New Wave \
         Highlife. When Zorvo thinks about the \
         future, he is excited. “I wanted people to accept it,” he says.",
        &["Zorvo", "Zorvo"],
    );
}

#[test]
fn a_known_given_name_after_a_bodys_office_opens_a_persons_name() {
    // `House Intelligence Republican Mike Pompeo (R-Kans.)`: an office of a body with no title
    // head before it, but a known given name opens the name, a person the `he` after it
    // means — not the spokesman described before.
    assert_speakers(
        "Headline\n\n“We did nothing wrong,” one campaign spokesman said.\n\nHouse \
         Intelligence Republican Mark Tolley (R-Kans.), who has seen the messages, agreed \
         with that point.\n\n“It presents risk to our security,” he said.",
        &["one campaign spokesman", "Mark Tolley"],
    );
}

#[test]
fn a_royal_is_known_by_the_title_and_the_given_name() {
    // `Pope Francis` is no `Francis Ford Coppola`, nor `Prince Charles` a `Charles Kennedy`
    // named in the same article: a royal's given name alone stands for the royal, known
    // with the title.
    assert_speakers(
        "Headline\n\n“We are delighted,” Pope Anselm said.\n\n“It is a good day,” Anselm \
         added. “Bravo,” said Anselm Varga, a film director.",
        &["Pope Anselm", "Pope Anselm", "Anselm Varga"],
    );
    assert_speakers(
        "Headline\n\nPrince Edmund and his bride greeted the crowd. Edmund said they were \
         “absolutely delighted”.\n\nThe party leader Edmund Carew also sent his congratulations, \
         saying it was “wonderful news”.",
        &["Prince Edmund", "Edmund Carew"],
    );
    // (Named so once, a royal is known so wherever the given name alone speaks.)
    assert_speakers(
        "Headline\n\nPope Anselm visited the city on Sunday.\n\n“Bravo,” Anselm said.",
        &["Pope Anselm"],
    );
    // (A royal's fuller name is still the royal's: `Saudi Prince Alwaleed bin Talal` and
    // `Prince Alwaleed` are one.)
    assert_speakers(
        "Headline\n\nSaudi Prince Faisal Bin Omar mocked the tycoon. “You are a disgrace,” \
         tweeted Prince Faisal.",
        &["Faisal Bin Omar"],
    );
}

#[test]
fn a_plural_name_is_a_group_not_a_person() {
    // `Tories` (the text says `Tory` too) and `Analysts` are groups: `they` refers to them,
    // `he` does not.
    let text = "Headline\n\nThe Tory leader spoke.\n\n“It is flawed,” Tories said. “It is \
                wrong,” they added.\n\n“Rates will rise,” Analysts said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Tories".to_owned()),
            Some("Tories".to_owned()),
            Some("Analysts".to_owned())
        ]
    );
    assert!(
        a.speakers
            .iter()
            .all(|s| s.kind == SpeakerKind::Organisation)
    );
}

#[test]
fn another_of_a_description_is_someone_else() {
    // `said one New Hampshire Democrat. … added another New Hampshire Democrat`: two people,
    // as `another official` after `an official` is.
    let a = parse_valid(
        "Headline\n\n“It will be close,” said one Dunmore Democrat.\n\n“It is hers to lose,” \
         added another Dunmore Democrat.",
    );
    assert_eq!(
        speakers(&a),
        [
            Some("one Dunmore Democrat".to_owned()),
            Some("another Dunmore Democrat".to_owned())
        ]
    );
    assert_eq!(a.speakers.len(), 2, "{:?}", a.speakers);
}

#[test]
fn a_part_of_a_group_is_described_not_named() {
    let text = "Headline\n\nHundreds of protesters marched, chanting, “Hands up.”\n\n\
                Members of the crowd shouted, “Go home.”\n\n\
                “He got off lightly,” one of the former prosecutors for David Petraeus said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Hundreds of protesters".to_owned()),
            Some("Members of the crowd".to_owned()),
            Some("one of the former prosecutors for David Petraeus".to_owned())
        ]
    );
    // A capitalized adjective opening the sentence modifies the part, whether its verb is
    // the cue or a participle after it reports the words: `Small groups of protesters
    // continued to call for …, while chanting, "…"`.
    assert_speakers(
        "Headline\n\nSmall groups of protesters marched through the streets while chanting, \
         “Hands up.”\n\nLarge crowds of supporters shouted, “Go home.”",
        &["Small groups of protesters", "Large crowds of supporters"],
    );
}

#[test]
fn a_modified_description_finds_the_person_the_text_gave_it() {
    // `the French president` is Chirac, introduced with those words, not the president
    // named last.
    let text = "Headline\n\nFrench President Jacques Chirac flew to Washington.\n\n\
                He met President George Bush on Friday.\n\n\
                “Europe needs unity,” the French president said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Jacques Chirac".to_owned())]
    );
}

#[test]
fn a_title_after_a_place_refers_back_to_the_person_named() {
    // No one was introduced as `the Florida senator`: the person named before is meant, as
    // `he` would mean them.
    let text = "Headline\n\nMarco Rubin still believes the plan is unfit. “I stand by \
                everything I said,” the Florida senator told reporters.";
    assert_speakers(text, &["Marco Rubin"]);
    // Someone introduced with the title abbreviated is who it means, named last or not.
    let text = "Headline\n\nVermont Sen. Bernie Sandler spoke first. Then Brian Tully spoke. \
                “We can win,” the Vermont senator said.";
    assert_speakers(text, &["Bernie Sandler"]);
    // A spokesperson so described is someone unnamed.
    let text = "Headline\n\nBrian Tully spoke first. “We will look at it,” the Ruritania \
                spokesman said.";
    assert_speakers(text, &["the Ruritania spokesman"]);
}

#[test]
fn a_place_before_a_title_in_capitals_is_a_description_not_a_name() {
    // `the Salford MP told the committee`: the place and the title in capitals describe
    // someone, as `the French president` does — no one named `Salford MP`, whom a later
    // `she` would mean.
    let text = "Headline\n\nHelen Pell spoke to the committee on Tuesday.\n\n\
                “It is a threat,” the Sefton MP told the committee.\n\n\
                “It means powers will be used,” she said.";
    let got = speakers(&parse_valid(text));
    assert_eq!(got.get(1), Some(&Some("Helen Pell".to_owned())), "{got:?}");
    assert!(!got.iter().flatten().any(|s| s == "Sefton MP"), "{got:?}");
}

#[test]
fn a_title_before_a_body_word_is_part_of_the_bodys_name() {
    // `General Electric`, `General Dynamics`: `General` reads as a title, but the word
    // after it closes a company's name, which stays whole.
    let text = "Headline\n\nUS behemoth General Electric has posted a jump in sales, and \
                declared itself “in great shape”.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("General Electric".to_owned())]
    );
}

#[test]
fn a_system_is_a_body_not_a_person_after_a_title() {
    // `the National Missing and Unidentified Person System`: `Person` reads as a title
    // before a name, but `System` closes the name of a body, no one a later `he` means.
    let text = "Headline\n\nThe man remained nameless. A profile was created for him on the \
                National Missing and Unidentified Person System.\n\nMore details were \
                provided.\n\nHe was also found with towels \"all wrapped around the neck\".";
    let got = speakers(&parse_valid(text));
    assert!(!got.iter().flatten().any(|s| s == "System"), "{got:?}");
}

#[test]
fn pronouns_prefer_subjects_after_an_introduction_to_objects_of_a_verb() {
    // The subject after an introductory phrase's comma is the antecedent; a name that ends a
    // sentence after a verb (`advises`, `said`) is its object, not an inverted speaker.
    let text = "Headline\n\nIn response to pressure, Maria Lopez presided over a summit.\n\n\
                She holds a role in which she advises President Htin Kyaw.\n\n\
                “Unity means prosperity,” she said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Maria Lopez".to_owned())]
    );
}

#[test]
fn a_person_named_after_a_possessive_is_the_subject_not_the_owner() {
    // `Tennis Ruritania's Geoff Mallard rejected …`: Mallard heads the phrase and is the
    // subject a later `he` means, not the object named after him.
    let text = "Headline\n\nHewett said the court was slow. But Tennis Ruritania's Geoff \
                Mallard rejected the claims of Lleyton Hewett. “We did ask for it to be \
                faster,” he said.";
    assert_speakers(text, &["Geoff Mallard"]);
    // Only a person's name, opened by a given name, takes the owner's place: in an
    // appositive, `Ruritania's Interactive Entertainment committee` is no subject.
    let text = "Headline\n\nThe Post led the field at this year's Interactive Ruritania awards. \
                Ruritania's Grant Dale, chair of Ruritania's Interactive Entertainment \
                committee, said all the entrants had been of \"outstanding quality\". \
                \"Without a doubt, it has been a landmark year,\" he added.";
    assert_speakers(text, &["Grant Dale", "Grant Dale"]);
}

#[test]
fn members_of_parliament_are_titles_before_a_name() {
    let text = "Headline\n\n“It was a joke,” Tory MP Boris Johnson insisted.\n\n\
                “I apologise,” Mr Johnson said.\n\n“I will go there,” the MP said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Boris Johnson".to_owned()),
            Some("Boris Johnson".to_owned()),
            Some("Boris Johnson".to_owned())
        ]
    );
    let johnson = a
        .speakers
        .iter()
        .find(|s| s.name == "Boris Johnson")
        .unwrap();
    assert_eq!(johnson.role.as_deref(), Some("Tory MP"));
}

#[test]
fn occupations_and_owners_before_a_name_are_roles() {
    let text = "Headline\n\n“The show went well,” Guitarist Brian May said.\n\n\
                “We were amazed,” May wrote.\n\n“It was a joke,” the singer said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a)[..2],
        [Some("Brian May".to_owned()), Some("Brian May".to_owned())]
    );
    let may = a.speakers.iter().find(|s| s.name == "Brian May").unwrap();
    assert_eq!(may.role.as_deref(), Some("Guitarist"));
    // An occupation before a name is a title the description takes up.
    let text = "Headline\n\nArchbishop Desmond Tutu spoke in Cape Town.\n\n\
                “It is unacceptable,” the archbishop added.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Desmond Tutu".to_owned())]
    );
    // Without one, `the singer` is an unnamed description of a person.
    assert_eq!(
        a.speakers.last().map(|s| s.kind),
        Some(SpeakerKind::Nominal)
    );
    // A full name after a possessive is the person; the owner is their role.
    let text = "Headline\n\n“We have seen growth,” Yahoo's Yonca Brunini said.\n\n\
                “It was good,” Celtic's Neil Lennon told reporters.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Yonca Brunini".to_owned()),
            Some("Neil Lennon".to_owned())
        ]
    );
}

#[test]
fn a_member_of_parliament_by_where_they_sit_is_a_role_before_a_name() {
    let text = "Headline\n\nBackbencher Tom Rowlands said some MPs would \"stop this \
                nonsense\".\n\n\"It was a joke,\" Tory frontbencher Ann Weller said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Tom Rowlands".to_owned()),
            Some("Ann Weller".to_owned())
        ]
    );
    let weller = a.speakers.iter().find(|s| s.name == "Ann Weller").unwrap();
    assert_eq!(weller.role.as_deref(), Some("Tory frontbencher"));
}

#[test]
fn a_role_and_a_name_after_a_conjunction_open_a_clause_of_their_own() {
    let text = "Headline\n\nUnder-pressure coach Bernard Lafitte has made four changes. The \
                side have been criticised for their dull play so far this year but captain \
                Paul Deveraux sees hope on the horizon. \"I get the impression we are getting \
                better,\" he said.";
    assert_speakers(text, &["Paul Deveraux"]);
    // Not after `and`, which joins the objects of a verb as often.
    let text = "Headline\n\nCoach Bernard Lafitte met the press and captain Paul Deveraux on \
                Monday. \"I get the impression we are getting better,\" he said.";
    assert_speakers(text, &["Bernard Lafitte"]);
}

#[test]
fn an_age_used_as_a_noun_refers_to_a_person_named_before() {
    let text = "Headline\n\nPaula Radcliffe has pulled out of the race.\n\n\
                “I am disappointed,” the 30-year-old told reporters.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Paula Radcliffe".to_owned())]
    );
    // Also with a head noun and what relates to it after the age.
    let text = "Headline\n\nIvanka Trump spoke at the convention.\n\n\
                “I am proud of him,” the 34-year-old mother of three replied.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Ivanka Trump".to_owned())]
    );
}

#[test]
fn a_month_after_a_name_or_a_title_is_a_surname() {
    let text = "Headline\n\nTheresa May spoke in London on 5 May.\n\n\
                “We will win,” Mrs May said.\n\n“It is time,” Police Federation chairman Jan Berry said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("Theresa May".to_owned()), Some("Jan Berry".to_owned())]
    );
}

#[test]
fn a_month_that_is_a_given_name_opens_a_name_but_not_after_a_date_word() {
    // `Jan Egeland said`, `April Ryan said`: the month is the given name; `Last August
    // Trump said` and `in June Trump said` are dates before a surname.
    assert_speakers(
        "Headline\n\nJan Vorle said: “It is a service.” “These plans could cause harm,” she \
         warned.\n\nApril Kent said the plan was “unworkable.”",
        &["Jan Vorle", "Jan Vorle", "April Kent"],
    );
    assert_speakers(
        "Headline\n\nDonald Trump spoke. Last August Trump said it was “a disaster.” In June \
         Trump said it was “a success.”",
        &["Donald Trump", "Donald Trump"],
    );
}

#[test]
fn a_rank_before_a_title_makes_another_office() {
    // Whichever of the two was named last, `the vice president` is the one with the rank
    // and `the president` the one without.
    let text = "Headline\n\nPresident Barack Obama spoke after Vice President Joe Biden.\n\n\
                “We have work to do,” the president said.\n\n\
                “I would have stood in front of him,” the vice president said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Barack Obama".to_owned()),
            Some("Joe Biden".to_owned())
        ]
    );
    let text = "Headline\n\nVice President Joe Biden spoke after President Barack Obama.\n\n\
                “We have work to do,” the president said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Barack Obama".to_owned())]
    );
}

#[test]
fn unresolvable_pronouns_stay_their_own_speaker() {
    let a = parse_valid("Headline\n\n“Nobody knows,” they said.");
    assert_eq!(a.speakers.len(), 1);
    assert_eq!(a.speakers[0].kind, SpeakerKind::Unresolved);
}

#[test]
fn a_no_break_space_before_a_name_does_not_hide_it() {
    let text = "Headline\n\nThe reference was to Republican nominee\u{a0}Donald Trump, aides said.\n\n\
                “We will win,” Trump said.";
    assert_speakers(text, &["Donald Trump"]);
}

#[test]
fn a_title_before_a_name_does_not_make_a_long_run_a_headline() {
    // (`Orrin` is in no given-name table, so only the title rule can index the name.)
    let text = "Headline\n\nRetired U.S. Air Force Gen. Orrin Hatchwell spoke on Monday.\n\n\
                “It was demoralizing,” Hatchwell said.";
    assert_speakers(text, &["Orrin Hatchwell"]);
}

#[test]
fn a_name_after_a_possessive_is_indexed() {
    let text = "Headline\n\nDebates rarely matter, noted NBC’s Dante Chinni on Friday.\n\n\
                “They happen late,” Chinni wrote.";
    assert_speakers(text, &["Dante Chinni"]);
}

#[test]
fn title_case_fillers_split_names_instead_of_joining_them() {
    let text = "Clinton Breaks With Obama\n\nIt was a surprise.\n\n\
                “We disagree,” Obama said.";
    assert_speakers(text, &["Obama"]);
}

#[test]
fn the_article_pronouns_tell_a_gender_the_name_tables_do_not_know() {
    // `Pat` and `Jordan` are in neither table; the `she` and `he` after each as a subject
    // say who is who, so the later `she said` skips the more recent Jordan Blake.
    let text = "Headline\n\nPat Quinlan runs the clinic. Quinlan said that she was tired of waiting.\n\n\
                Jordan Blake, a neighbour, disagreed. Blake said he would wait.\n\n\
                “We are done waiting,” she said.";
    assert_speakers(text, &["Pat Quinlan"]);
    // So does the head of a description in apposition: `Hope Hicks, a campaign spokeswoman,
    // did not respond` is no antecedent of `he` — but `Schilling, through a spokeswoman,
    // declined to comment` says nothing of Schilling.
    assert_speakers(
        "Headline\n\nTomas Vell has not taken up my offer. Dana Hicks, a campaign \
         spokeswoman, did not respond to my messages.\n\nVoters want to know. “We will \
         see,” he said.",
        &["Tomas Vell"],
    );
    assert_speakers(
        "Headline\n\nRollo Schill spoke first.\n\nSchill, through a spokeswoman, declined \
         to comment. Later, Ann Vole asked why. “No,” he said.",
        &["Rollo Schill"],
    );
    // (And one before the name and its comma, whose surname a man of the article shares:
    // `Trump's eldest daughter, Ivanka Trump, who spoke … about her father's …`.)
    assert_speakers(
        "Headline\n\nTomas Vell accepted the nomination with attacks on Dora Hale.\n\nVell \
         said he would win, and he thanked the crowd. Vell was the star of the evening.\n\nAt \
         center stage was Vell's eldest daughter, Zuri Vell, who spoke passionately about her \
         father's drive. \"I have seen him fight for his family,\" she said.",
        &["Zuri Vell"],
    );
}

#[test]
fn acronyms_resolve_to_the_name_the_article_spells_out() {
    let text = "Headline\n\nThe International Monetary Fund cut its forecast on Tuesday.\n\n\
                “Growth is weak,” the IMF said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("International Monetary Fund".to_owned())]
    );
    assert_eq!(a.speakers[0].kind, SpeakerKind::Organisation);
}

#[test]
fn an_honorific_with_a_surname_does_not_gender_a_relative_with_a_given_name() {
    let text = "Headline\n\nMr Jackson, 46, denies the charges. His mother Katherine Jackson told \
                Fox News on Sunday that her son was innocent. “I know his character,” she said.";
    assert_speakers(text, &["Katherine Jackson"]);
}

#[test]
fn a_name_after_a_role_noun_or_before_a_verb_is_a_person_who_may_be_he_or_she() {
    // `economist` makes Aparna Mathur a person; `…, Ivanka Trump criticized` makes her the
    // subject of her clause, but Mathur is the later subject.
    let text = "Headline\n\nOn Monday, Ivanka Trump criticized the plan.\n\n\
                Conservative economist Aparna Mathur, who studies tax policy, said the \
                statement did not clarify the matter. “I don't see details,” she said.";
    assert_speakers(text, &["Aparna Mathur"]);
}

#[test]
fn a_role_in_apposition_makes_a_name_a_person() {
    // `Jo-Renee` and `Lester` are in no table; the appositive role says Formicola is a
    // person, so `she said` goes to her, not back to the earlier speaker.
    let text = "Headline\n\n“We begin at nine,” Lester Holt said.\n\n\
                Jo-Renee Formicola, political science professor at Seton Hall University, \
                described the approach.\n\n“He would try to deflect them,” she said.";
    assert_speakers(text, &["Lester Holt", "Jo-Renee Formicola"]);
}

#[test]
fn a_person_described_by_their_relation_to_a_name_is_not_that_name() {
    let text = "Headline\n\nBernie Sanders spoke in Iowa.\n\n\
                “I guess Christmas Eve was booked,” a spokesman for Bernie Sanders said.\n\n\
                “The damage is done,” said the president of Judicial Watch.\n\n\
                “We will win,” Sanders said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("a spokesman for Bernie Sanders".to_owned()),
            Some("the president of Judicial Watch".to_owned()),
            Some("Bernie Sanders".to_owned()),
        ]
    );
    assert_eq!(a.speakers[0].kind, SpeakerKind::Nominal);
    // A capitalized adjective before a person noun: the whole description.
    let a = parse_valid("Headline\n\n“It is over,” Republican voters say.");
    assert_eq!(speakers(&a), [Some("Republican voters".to_owned())]);
}

#[test]
fn possessive_descriptions_and_the_names_beside_them() {
    let text = "Headline\n\nHillary Clinton spoke in Iowa.\n\n\
                Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready.”\n\n\
                “We found zero relationship,” Google's chief human resources executive, Laszlo Bock, told the Times.\n\n\
                “It is inevitable,” Sanders's campaign manager said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Hillary Clinton’s right-hand woman".to_owned()),
            Some("Laszlo Bock".to_owned()),
            Some("Sanders's campaign manager".to_owned()),
        ]
    );
    let bock = a.speakers.iter().find(|s| s.name == "Laszlo Bock").unwrap();
    assert_eq!(bock.kind, SpeakerKind::Person);
    assert_eq!(
        bock.role.as_deref(),
        Some("Google's chief human resources executive")
    );
    // A body's title held by its owner, in capitals, is a role too.
    let text = "Headline\n\n“We test it daily,” Zentrix's CEO, Marta Vell, told the BBC.\n\n\
                “It works,” Acme's Chief Executive, Olu Dare, said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("Marta Vell".to_owned()), Some("Olu Dare".to_owned())]
    );
    assert_eq!(a.speakers[0].role.as_deref(), Some("Zentrix's CEO"));
}

#[test]
fn surnames_expand_to_a_full_name_of_the_honorific_gender_and_not_to_headline_words() {
    // `Mrs. Clinton` is not Bill Clinton, though he is the Clinton named in full.
    let text = "Headline\n\nBill Clinton campaigned in Kentucky.\n\n\
                “Nobody did it better,” Mrs. Clinton said.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Clinton".to_owned())]);
    // Title-case words of the headline are no part of a name (`Understated Perez`).
    let text = "Understated Perez lobbies for paid leave\n\n\
                Thomas Perez spoke on Monday.\n\n“It matters,” Perez said.";
    assert_speakers(text, &["Thomas Perez"]);
}

#[test]
fn it_refers_to_a_document_named_by_a_description() {
    let text = "Headline\n\n“Costs rose sharply,” the report said.\n\n“Prices fell,” it added.";
    let a = parse_valid(text);
    let names = speakers(&a);
    assert_eq!(names.len(), 2);
    assert_eq!(names[0], names[1], "{names:?}");
}

#[test]
fn a_document_named_by_its_author_speaks_for_the_author() {
    let text = "Headline\n\nThe International Monetary Fund cut its forecast on Tuesday.\n\n\
                “Growth is slowing,” the IMF report stated.\n\n\
                “Prices are stable,” a Halifax survey said.\n\n\
                “It is over,” a narrator in the Clinton ad said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("International Monetary Fund".to_owned()),
            Some("Halifax".to_owned()),
            Some("a narrator in the Clinton ad".to_owned()),
        ]
    );
    // So does one a description refers back to, and one with adjectives before the name.
    let text = "Headline\n\nThe New York Times ran a Times article on Sunday.\n\n\
                “It was a bad year,” the article read.\n\n\
                “Fewer people answer,” a new Pew Research report said.\n\n\
                “Ads work,” a campaign TV ad said.";
    let a = parse_valid(text);
    let names = speakers(&a);
    assert_eq!(
        names[..2],
        [
            Some("New York Times".to_owned()),
            Some("Pew Research".to_owned()),
        ]
    );
    // (A medium is no author.)
    assert_ne!(names[2].as_deref(), Some("TV"));
    // A bare document is still a document, for `it` to refer to.
    let text = "Headline\n\n“Costs rose,” the ad claims.\n\n“Prices fell,” it adds.";
    let a = parse_valid(text);
    let names = speakers(&a);
    assert_eq!(names[0].as_deref(), Some("the ad"));
    assert_eq!(names[0], names[1]);
}

#[test]
fn a_party_known_by_one_word_is_an_organisation() {
    let text = "Headline\n\nThe Labour Party met on Monday.\n\n\
                Labour says the plan is “a stealth tax” on families.\n\n\
                Charles Kennedy spoke later. “I am not going to resign,” he said.\n\n\
                But some senior Tories called it a “tough meeting” for the leader.";
    let a = parse_valid(text);
    assert_eq!(
        kinds(&a),
        [
            ("Labour Party", SpeakerKind::Organisation),
            ("Charles Kennedy", SpeakerKind::Person),
            ("Tories", SpeakerKind::Organisation),
        ]
    );
}

#[test]
fn a_person_from_an_organisation_is_that_person() {
    let text = "Headline\n\n“Everything is going digital,” Kirsten Pfeifer from the Consumer \
                Electronics Association told the BBC.\n\n\
                GW Pharma executive chairman Dr Geoffrey Guy said: “We are pleased.”";
    let a = parse_valid(text);
    let people: Vec<(&str, Option<&str>)> = a
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.role.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            ("Kirsten Pfeifer", Some("Consumer Electronics Association")),
            // (The honorific is no part of the role.)
            ("Geoffrey Guy", Some("GW Pharma executive chairman")),
        ]
    );
}

#[test]
fn a_relative_clause_is_no_role() {
    let text = "Headline\n\nNike, whose products are endorsed by Tiger Woods, said: \
                “We are pleased.”";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Nike".to_owned())]);
    assert_eq!(a.speakers[0].role, None);
}

#[test]
fn a_nationality_after_the_names_the_person_named_before() {
    let text = "Headline\n\nAndre Agassi beat Jurgen Melzer on Monday. Agassi said Melzer was \
                an example to others.\n\n“A lot more guys are capable of it now,” said the \
                American.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Andre Agassi".to_owned())]);
    // A demonym before a fuller name keeps finding it (and is no part of the name).
    let text = "Headline\n\nArgentine David Nalbandian won.\n\n“I am happy,” the Argentine said.";
    assert_speakers(text, &["David Nalbandian"]);
    // So does a demonym of a place's two words after a lower-case `the` (`The New Yorker` is
    // as often the magazine, a name of its own).
    let text = "Headline\n\nThe director Peter Vale was in Sydney.\n\n“It will be a long deal,” \
                said the New Zealander.";
    assert_speakers(text, &["Peter Vale"]);
    let text = "Headline\n\nThe director Peter Vale was in Sydney.\n\n“It will be a long deal,” \
                The New Yorker wrote.";
    let a = parse_valid(text);
    assert_ne!(speakers(&a), [Some("Peter Vale".to_owned())]);
}

#[test]
fn contractions_are_their_pronoun_and_demonstratives_name_no_one() {
    let text = "Headline\n\nDonald Trump spoke in Ohio on Monday.\n\n\
                He’s claiming it is “a big, big problem in this country” for everyone.\n\n\
                That’s why they will “go an extra step” for him.";
    let a = parse_valid(text);
    // (`That’s why` names no one: the quote after it is nobody's, or an unresolved
    // speaker's, never Trump's.)
    let k = kinds(&a);
    assert_eq!(
        k.first(),
        Some(&("Donald Trump", SpeakerKind::Person)),
        "{k:?}"
    );
    assert!(
        k.iter()
            .skip(1)
            .all(|(_, kind)| *kind == SpeakerKind::Unresolved),
        "{k:?}"
    );
    let extra_step = a.quotes.iter().find(|q| q.text.starts_with("go an extra"));
    assert!(
        extra_step
            .and_then(|q| q.attribution.as_ref())
            .and_then(|x| a.speaker_of(x))
            .is_none_or(|s| s.name != "Donald Trump"),
        "{k:?}"
    );
}

#[test]
fn a_name_in_apposition_to_an_opening_description_is_the_subject() {
    let text = "Headline\n\nMany Mexicans felt betrayed when Mr. Peña Nieto invited Mr. Trump \
                to a meeting.\n\n\
                The minister of the economy, Mr. Guajardo Villarreal, argues there is little \
                point in a response. “We must not overreact,” he told me.";
    assert_speakers(text, &["Guajardo Villarreal"]);
}

#[test]
fn a_full_name_closing_an_apposition_before_a_cue_is_the_subject() {
    let text = "Headline\n\nComedian Bill Cosby will not face charges.\n\n\
                Cosby's lawyer, Walter Phillips, said the comedian was pleased. “He looks \
                forward to moving on,” he said.";
    assert_speakers(text, &["Walter Phillips"]);
}

#[test]
fn star_and_legend_are_roles_before_a_name() {
    // After `Liverpool legend`, `Phil Thompson` is the sentence's subject: `he` finds him,
    // not the player he pleaded with.
    let text = "Thompson says Gerrard should stay\n\nLiverpool legend Phil Thompson has \
                pleaded with Steve Gerrard to reject any overtures from Chelsea.\n\n\
                He told BBC Radio Five Live: “Liverpool would think about any bid.”";
    assert_speakers(text, &["Phil Thompson"]);
}

#[test]
fn a_title_case_line_inside_the_article_names_no_one_for_sure() {
    // A video caption in title case is read like a headline: `Warren Rally` is no fuller
    // name of the senator.
    let text = "Headline\n\nSenator Warren spoke in Boston.\n\n\
                [Video: Senator Warren Rally at Boston Common Draws Thousands of Supporters]\n\n\
                “We will not back down,” Ms. Warren said.";
    assert_speakers(text, &["Warren"]);
}

#[test]
fn an_organisation_with_of_before_a_title_and_a_name_is_the_role_not_the_speaker() {
    // `Bank of England governor Mervyn King`: the person comes after the title; the `of`
    // does not split a person from their organisation as in `Mr. Morgan of the Sierra Club`.
    let text = "Headline\n\n“There is a softer patch,” Bank of England governor Mervyn King said.\n\n\
                “We are watching,” Peter Morgan of the Sierra Club said.";
    assert_speakers(text, &["Mervyn King", "Peter Morgan"]);
    // (Whatever the body's last word: `former Dairy Farmers of Canada president Pierre
    // Lampron`. But not after a head that is no person's: `Cara Diemont of IT firm
    // Dimension Data` is Cara Diemont.)
    let text = "Headline\n\n“A promise made is a promise kept,” former Apple Growers of Ohio \
                president Dana Kopp wrote.\n\n\
                “Demand is up,” says Lena Marsh of software firm Brightline Data.";
    assert_speakers(text, &["Dana Kopp", "Lena Marsh"]);
}

#[test]
fn sport_occupations_are_titles_and_heads_of_descriptions() {
    // `Double Olympic champion Kelly Holmes`: the title had been read as a name of its
    // own (`Double Olympic`), and `the … champion` as a person called `champion`.
    // (With a person named before it, the description refers back to them, as `she` would:
    // see `a_title_after_a_place_refers_back_to_the_person_named`.)
    let text = "Headline\n\nDouble Olympic champion Kelly Holmes withdrew on Monday.\n\n\
                “I can hardly walk,” she said.";
    assert_speakers(text, &["Kelly Holmes"]);
    let text = "Headline\n\nThe race went ahead on Monday.\n\n\
                “We will miss her,” the European cross-country champion said.";
    let a = parse_valid(text);
    assert_speakers(text, &["the European cross-country champion"]);
    assert!(kinds(&a).contains(&("the European cross-country champion", SpeakerKind::Nominal)));
}

#[test]
fn a_pronoun_may_refer_to_a_described_speaker_of_its_gender() {
    // `a spokeswoman` spoke last: the `She` after her is hers, not the presenter's named
    // before; a described speaker of the other gender is passed over.
    let text = "Headline\n\nPresenter Denise Van Outen will not return to screens.\n\n\
                “There are no plans for another series,” a spokeswoman said. \
                She added: “It was a good run.”\n\n\
                “We are sorry,” a spokesman said. “It is over,” she said.";
    assert_speakers(
        text,
        &[
            "a spokeswoman",
            "a spokeswoman",
            "a spokesman",
            "a spokeswoman",
        ],
    );
}

#[test]
fn a_definite_description_related_to_an_indefinite_one_introduces_someone() {
    // `the chief executive of a leading European car maker` is someone new, as `a spokeswoman`
    // is: the `he` after them is theirs, not that of the man named before.
    let text = "Headline\n\nCarl Brandt, the group's chairman, announced the plan on Monday.\n\n\
                “The dollar will be stronger,” the chief executive of a leading car maker told \
                the BBC. The current trend was “stupid”, he said.";
    assert_speakers(
        text,
        &[
            "the chief executive of a leading car maker",
            "the chief executive of a leading car maker",
        ],
    );
}

#[test]
fn a_subject_with_a_chain_of_appositives_introduces_a_quote() {
    // `One early supporter, Representative Lee Zeldin, Republican of New York, gave …:` —
    // an adjective in `-ly`, two appositives before the verb, and the name in the first.
    let text = "Headline\n\nMr. Trump spoke on Monday. One early supporter, Representative Lee \
                Zeldin, Republican of New York, gave the idea a whirl on Tuesday: “You can easily \
                argue that the president is wrong.”";
    assert_speakers(text, &["Lee Zeldin"]);
}

#[test]
fn it_may_refer_to_a_described_organisation_that_spoke() {
    // `The radio station said … it said`: the station, a description with an
    // organisation's head, not the person named before it.
    let text = "Headline\n\nRob Da Bank will host the new show.\n\n\
                The radio station said it would look for “music made for music's sake”. \
                “It will support emerging genres,” it said.";
    let a = parse_valid(text);
    let s = speakers(&a);
    assert_eq!(
        s.last(),
        Some(&Some("The radio station".to_owned())),
        "{s:?}"
    );
}

#[test]
fn i_is_the_writer_not_someone_the_text_names() {
    // An op-ed's closing line names its author: every `I` is hers; a `she` after it is still
    // the mother.
    let a = parse_valid(
        "Headline\n\nMy mother met Donald Trump once. “He is a showman,” she said.\n\n“I don't \
         believe in the devil,” I said. “Of course you do,” she said.\n\nCharlotte Meehan is \
         a professor of theatre at Wheaton College.",
    );
    let s = speakers(&a);
    assert_eq!(
        s.get(1).cloned().flatten().as_deref(),
        Some("Charlotte Meehan"),
        "{s:?}"
    );
    assert_ne!(
        s.get(2).cloned().flatten().as_deref(),
        Some("Charlotte Meehan"),
        "{s:?}"
    );
    // Without one, `I` is one speaker of its own, not the last person named.
    let a = parse_valid(
        "Headline\n\nI met Donald Trump in May. “We will win,” I said. “You will,” he said. \
         “Maybe,” I said.",
    );
    let s = speakers(&a);
    assert_eq!(s.first(), s.get(2), "{s:?}");
    assert_ne!(
        s.first().cloned().flatten().as_deref(),
        Some("Donald Trump"),
        "{s:?}"
    );
    // A closing line about someone else is no author's.
    let a = parse_valid(
        "Headline\n\n“We will win,” I said to Kasich.\n\nGov. John Kasich is polling a distant \
         third.",
    );
    assert_ne!(
        speakers(&a).first().cloned().flatten().as_deref(),
        Some("John Kasich")
    );
}

#[test]
fn a_pronoun_with_a_contracted_verb_is_the_pronoun_and_no_name() {
    // `I’m` is the writer's `I`, named so; `I've` opening a sentence is no body `it` means.
    let a = parse_valid(
        "Headline\n\nI’m not going to say “the market was due a crash,” but I warned of it. \
         The seller wrote that I've seen this before. I've seen it since.\n\n“We had to cut \
         costs,” it said.",
    );
    let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["I", "it"], "{:?}", a.speakers);
}

#[test]
fn a_person_quoted_by_an_agency_is_not_the_agency() {
    let text = "Headline\n\n“The strategic position is more important,” said one analyst quoted \
                by the Agence France Presse news agency.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some(
            "one analyst quoted by the Agence France Presse news agency".to_owned()
        )]
    );
}

#[test]
fn a_generic_word_for_a_person_refers_back_to_the_person_named() {
    // `the singer`, `the British actor`: the person named before; but `the woman` is as
    // often someone unnamed, and stays a description.
    let text = "Headline\n\nDuran Duran's Simon Le Bon spoke at the launch.\n\n\
                “We are like any band,” the singer said.\n\n\
                Jeremy Irons arrived in Phuket.\n\n\
                “I questioned whether I should come,” the British actor said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Simon Le Bon".to_owned()),
            Some("Jeremy Irons".to_owned())
        ]
    );
    // Business words are occupations too: `the New York businessman` is a description, and
    // refers back the same way.
    let text = "Headline\n\nDonald Trump spoke in Ohio.\n\n“We will win,” the New York \
                businessman said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Donald Trump".to_owned())]
    );
    // So are the positions of a team (`the defender`, `the striker`) and the trades of
    // politics a writer names people by: `the former pollster`.
    let text = "Headline\n\nMark Ferdy questioned the motives of the new owner.\n\n“No one \
                knows what he will bring,” the central defender added.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Mark Ferdy".to_owned())]
    );
    // A player, a boss or a skipper named by a club or a place is the person named before
    // (`said the Liverpool player`, `the Old Trafford boss said`).
    let text = "Headline\n\nRoss Hanlon believes the side can win the group. “There is a \
                chance for us now,” said the Dunmore player.";
    assert_speakers(text, &["Ross Hanlon"]);
    let text = "Headline\n\nBrian Tolland has praised his players after the win at Leeds. \
                “That was our hardest game,” said the Ardmore boss.";
    assert_speakers(text, &["Brian Tolland"]);
    // A rugby position that names no thing is one too (`said the Sale full-back`), and a
    // role opens its clause after an introductory phrase and its comma, so the person it
    // names is the subject the description refers back to, not the namesake before.
    let text = "Headline\n\nThe pressure is on coach Alan Tarrant. But Tarrant was bullish \
                about the game. And despite the results, \
                skipper Joe Tarrant believes the mood is good. “There is no lack of confidence \
                in the team,” said the Dunmore full-back.";
    assert_speakers(text, &["Joe Tarrant"]);
    // And a coach, a champion, a presenter or a founder.
    let text = "Headline\n\nMike Rudd paid tribute to his side after the win in Paris. “We \
                had to show character,” said the national team coach.";
    assert_speakers(text, &["Mike Rudd"]);
    let text = "Headline\n\nCara Deeton has resigned as host of the show after six years. \
                “I've had a great few years,” the presenter said.";
    assert_speakers(text, &["Cara Deeton"]);
    // So is a man or a woman named by where they are from, where `the man` alone is as
    // often someone unnamed.
    let text = "Headline\n\nJamie Corliss should be in Athens. He recalls the crash calmly. \
                “I was in a lot of pain,” says the Dunmore man.";
    assert_speakers(text, &["Jamie Corliss"]);
    // (`Keeper` opening a sentence is the position, not a name's first word: `Keeper Tony
    // Bullock echoed …` then `he added` is Bullock.)
    let text = "Headline\n\n“We want him to stay,” said Jim Ardley. Keeper Ross Hanlon echoed \
                the captain. “We are all behind him,” he added.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [
            Some("Jim Ardley".to_owned()),
            Some("Ross Hanlon".to_owned())
        ]
    );
    let text = "Headline\n\nFormer Clinton pollster Doug Shane wrote a book.\n\n“She will \
                lose,” the former pollster said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Doug Shane".to_owned())]
    );
    // A place in a race is no occupation, and does not make the person someone other than
    // the businessman.
    let text = "Headline\n\nDemocratic candidate Mark Tolley spoke in Dover on Monday, saying \
                “we will win this.” He visited a mill later. “Jobs come first,” the \
                businessman said.";
    assert_speakers(text, &["Mark Tolley", "Mark Tolley"]);
    let text = "Headline\n\nDonna Lages said the town was proud.\n\n\
                At a drugstore, a cashier was shaken. “One guy said we should fight,” said the \
                woman, who did not want to be named.";
    assert_ne!(
        speakers(&parse_valid(text))
            .first()
            .cloned()
            .flatten()
            .as_deref(),
        Some("Donna Lages")
    );
}

#[test]
fn a_word_after_an_organisations_of_is_no_surname() {
    // `Pharmacy` in `Board of Pharmacy` ends the board's name: it does not stand alone as a
    // surname that would make `Little Five Points Pharmacy` a person for `he` to mean.
    // (Nor is Ira Katz one by the article's evidence: `Ira` is in no table, and no title,
    // honorific or age goes with the name, so `he` stays unresolved rather than go to a
    // name that may be no one's.)
    let text = "Pharmacies want to sell cannabis\n\n\
                The Georgia Board of Pharmacy began accepting applications in October.\n\n\
                Ira Katz of Little Five Points Pharmacy told WXIA-TV that he thought \
                pharmacies should sell it.\n\n\
                “It makes no sense to me,” he said.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("he".to_owned())]);
    // A title makes him one.
    let a = parse_valid(&text.replace("Ira Katz of", "Pharmacy owner Ira Katz of"));
    assert_eq!(speakers(&a), [Some("Ira Katz".to_owned())]);
}

#[test]
fn a_reporting_verb_in_a_title_case_line_ends_a_name() {
    // `Xi Told` in the headline is no fuller form of `Xi` than `Xi Jinping`.
    let text = "Xi Told Biden He Was Taking Taiwan Back\n\n\
                Chinese President Xi Jinping met President Joe Biden in California.\n\n\
                “Peace is all well and good,” Xi said.";
    assert_speakers(text, &["Xi Jinping"]);
}

#[test]
fn a_capitalized_title_after_a_name_describes_that_person() {
    for (text, name) in [
        (
            "Headline\n\nDr. Melanie Egorin, HHS Assistant Secretary for Legislation, said the \
             redactions were for “security” reasons.",
            "Melanie Egorin",
        ),
        (
            "Headline\n\n“We have taken this step,” said David Rose, Chief Executive of \
             Hereford Hospitals NHS Trust.\n\n“It is with real regret,” David Rose, Chief \
             Executive of Hereford Hospitals NHS Trust, said.",
            "David Rose",
        ),
        // (A title by its initials too.)
        (
            "Headline\n\nOmar Ravel, CEO of Vantix, said: “Opening this office is proof of our \
             commitment.”",
            "Omar Ravel",
        ),
    ] {
        let a = parse_valid(text);
        let names = speakers(&a);
        assert!(
            !names.is_empty() && names.iter().all(|n| n.as_deref() == Some(name)),
            "{text}: {names:?}"
        );
    }
}

#[test]
fn an_establishment_is_no_person() {
    // `British Library` is an organisation's name: no antecedent for `she`.
    let text = "Headline\n\nVisitors to the Library carried laptops. “We explore technology,” \
                said Lynne Brindley, chief executive of the British Library. “Surveys we \
                conducted recently confirmed that,” she said.";
    assert_speakers(text, &["Lynne Brindley", "Lynne Brindley"]);
}

#[test]
fn a_media_company_is_an_organisation() {
    // `Ozy Media said in a statement`: a company, as `Vox Media` or `UK media` are.
    let a = parse_valid("Headline\n\n“We deny it,” Velo Media said in a statement.");
    assert_eq!(kinds(&a), [("Velo Media", SpeakerKind::Organisation)]);
}

#[test]
fn an_organisation_named_with_of_keeps_its_whole_name() {
    let text = "Headline\n\n“We have received the letter,” the Department of Labor told \
                reporters.\n\n“We confirm it,” the Bank of England said.\n\n\
                “Rates will rise,” Bank of England governor Mervyn King said.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [
            Some("Department of Labor".to_owned()),
            Some("Bank of England".to_owned()),
            Some("Mervyn King".to_owned())
        ]
    );
    assert!(kinds(&a).contains(&("Bank of England", SpeakerKind::Organisation)));
    // So with `for`: `the Department for Transport` is not `Transport`.
    let text = "Headline\n\n“We will introduce a hybrid,” the Department for Transport said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Department for Transport".to_owned())]
    );
    // So with a body's word in the plural: `the National Institutes of Health` is not
    // `Institutes`.
    assert_sole_speaker(&[(
        "Headline\n\nThe National Institutes of Sleep said it was “reviewing” the rule.",
        "National Institutes of Sleep",
    )]);
}

#[test]
fn he_or_she_after_someone_described_who_reported_speech() {
    // `A Labour Party spokesman told …` reports speech without a quote; the `he` of the next
    // quote is that spokesman, not a person named earlier.
    let text = "Headline\n\nLabour leader Tony Blair spoke on Monday.\n\n\
                A Labour Party spokesman told the BBC the party avoided those lists. \
                “When we ask which party they will vote for, that is not marketing,” he said.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("A Labour Party spokesman".to_owned())]);
    // An appositive is no new person: the name it describes is.
    let text = "Headline\n\n“Patent rights protect the big companies,” Eva Lichtenberg, an \
                Austrian Green member of the European Parliament said in a statement. \
                “Smaller firms cannot afford it,” she added.";
    assert_speakers(text, &["Eva Lichtenberg", "Eva Lichtenberg"]);
}

#[test]
fn he_or_she_after_someone_described_as_a_source_with_according_to() {
    // `… and, according to an ntl spokesman, are in a better position …. “…?” he asked`: the
    // spokesman, between commas or closing the sentence, with a relation to a body.
    let text = "Headline\n\nAnn Vole spoke on Monday.\n\nCable firms are, according to an \
                ntl spokesman, in a better position than BT. “Will 8Mbps be enough?” he asked.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("an ntl spokesman".to_owned())]
    );
    let text = "Headline\n\nTom Vole spoke on Monday.\n\nThe changes are not welcome, \
                according to a spokeswoman for the company. “We never said that,” she said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("a spokeswoman for the company".to_owned())]
    );
    let text = "Headline\n\nTom Vole spoke on Monday.\n\nAccording to a spokesman for the \
                firm, prices will not fall. “We never said that,” he said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("a spokesman for the firm".to_owned())]
    );
    // Nor past a sentence whose subject is a name, known as a person's or not.
    let text = "Headline\n\nCritics were not convinced, according to an ntl spokesman.\n\n\
                Australian Lynton Crosby said the campaign would go on. “We will win,” he said.";
    assert_ne!(
        speakers(&parse_valid(text)),
        [Some("an ntl spokesman".to_owned())]
    );
    // Not a document, nor a person of the other gender (`he` is Vole).
    let text = "Headline\n\nTom Vole spoke on Monday.\n\nThe changes are not welcome, \
                according to a report. “We never said that,” he said.";
    assert_speakers(text, &["Tom Vole"]);
    let text = "Headline\n\nTom Vole spoke on Monday. According to an advance text released \
                by officials, he told delegates: “We must all show unity.”";
    assert_speakers(text, &["Tom Vole"]);
    let text = "Headline\n\nTom Vole spoke on Monday.\n\nThe changes are not welcome, \
                according to a spokeswoman. “We never said that,” he said.";
    assert_speakers(text, &["Tom Vole"]);
}

#[test]
fn he_or_she_after_a_spokesperson_described_definitely() {
    let text = "Headline\n\nThe Trafford Centre spokeswoman said about 8,500 vehicles had \
                arrived. “We predict that the next week will continue the same trend,” she \
                added.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("The Trafford Centre spokeswoman".to_owned())]
    );
    // `The candidate` refers back to the person named, as `he` does.
    let text = "Headline\n\nDonald Trump spoke in Ohio. The candidate said the polls were \
                wrong. “We will win big,” he said.";
    assert_speakers(text, &["Donald Trump"]);
}

#[test]
fn a_surname_that_is_an_organisation_word_names_a_person() {
    let text = "Headline\n\nTory chairman Liam Fox accused Labour of lying.\n\n\
                “We have said we will be spending more,” Dr Fox said.\n\n\
                “It is a downright lie,” he added.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("Liam Fox".to_owned()), Some("Liam Fox".to_owned())]
    );
    assert!(kinds(&a).contains(&("Liam Fox", SpeakerKind::Person)));
    // An institution named after a person stays an organisation.
    let text = "Headline\n\n“Playbook is a village,” said Jake Sherman, who studied at George \
                Washington University. “It really is,” he said.";
    assert_speakers(text, &["Jake Sherman", "Jake Sherman"]);
}

#[test]
fn a_party_word_is_no_person() {
    // `The Tory leader` holds no person named `Tory` for `He` to mean.
    let text = "Headline\n\nTory leader Michael Howard has gone on the offensive. Ms \
                Robinson, a friend of the Tory leader, also revealed he was loved.\n\n\
                Documentary maker Michael Cockerell was given access to Mr Howard for his \
                film. The Tory leader was asked about immigration.\n\n\
                He replies: “What is the inference of that?”\n\n\
                Former Tory chancellor Ken Clarke says the party is improving. But he adds: \
                “It has got to change itself a bit.”";
    assert_speakers(text, &["Michael Howard", "Ken Clarke"]);
}

#[test]
fn an_inverted_cue_opening_a_sentence_is_no_part_of_a_name() {
    // `Says Aoki, she …`: the cue opens the sentence; `Says Aoki` is no one's full name
    // for `Aoki` to mean.
    let text = "Headline\n\nAoki Lee Simmons is now the author of her own story.\n\n\
                Says Aoki, she recently ran into a celebrity who had been through it.\n\n\
                “It was fine,” Aoki says.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Aoki Lee Simmons".to_owned())]);
    assert!(
        a.speakers.iter().all(|s| !s.name.contains("Says")),
        "{:?}",
        kinds(&a)
    );
}

#[test]
fn a_person_described_by_a_relation_to_a_name_is_not_that_name() {
    // `the director behind JFK`: JFK is his film, not him.
    let text = "Headline\n\nOliver Stone expressed the hope that Alexander might be better \
                appreciated in Europe. “Europeans see me differently,” said the director \
                behind JFK, Platoon and Born on the Fourth of July.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a).len(), 1);
    assert_ne!(speakers(&a)[0].as_deref(), Some("JFK"), "{:?}", kinds(&a));
}

#[test]
fn a_relative_clause_is_no_part_of_a_described_speaker() {
    let text = "Headline\n\nA spokesman for the British Casino Association, which represents \
                the UK industry, said: “The industry is one of the world's most respected.”\n\n\
                “We certainly don't use pheromones,” he said.";
    let a = parse_valid(text);
    let description = Some("A spokesman for the British Casino Association".to_owned());
    assert_eq!(speakers(&a), [description.clone(), description]);
}

#[test]
fn an_appositive_or_a_participle_is_no_part_of_a_described_speaker() {
    assert_sole_speaker(&[
        (
            "Headline\n\n\"At least we are talking,\" a spokesman for Acme, Britain's biggest \
             union, said.",
            "a spokesman for Acme",
        ),
        (
            "Headline\n\n\"It was never agreed,\" an official, speaking on the condition of \
             anonymity, said.",
            "an official",
        ),
        (
            "Headline\n\nHer lawsuit, filed in the US District Court in Boston, said that she \
             \"has never taken banned drugs\".",
            "Her lawsuit",
        ),
    ]);
    // (A list of names after the comma goes on with the description's name.)
    assert_sole_speaker(&[(
        "Headline\n\n\"It was never agreed,\" a spokesman for Vell, Rook and Partners said.",
        "a spokesman for Vell, Rook and Partners",
    )]);
}

#[test]
fn a_person_for_an_organisation_is_that_person() {
    // `Cameron Easley for Morning Consult`: the writer, with the outlet as role; but
    // `Americans for Prosperity` is one body's name.
    let text = "Headline\n\n“The impact of Monday’s debate is still small,” wrote Cameron \
                Easley for Morning Consult.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Cameron Easley".to_owned())]
    );
    let text = "Headline\n\n“The plan is a failure,” said Americans for Prosperity.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Americans for Prosperity".to_owned())]
    );
}

#[test]
fn a_description_in_apposition_before_a_name_makes_a_person() {
    // `Another witness, Ivo Havranek, 43, …`: an unknown given name, but the description
    // says a person, the subject of the sentence, whom `he` means.
    let text = "Headline\n\n“We heard loud gun shots,” tourist Joe Hyland, 18, told the BBC.\n\n\
                Another witness, Ivo Havranek, 43, initially dismissed the loud bangs. “Then \
                suddenly there were students running out,” he told Reuters.";
    assert_speakers(text, &["Joe Hyland", "Ivo Havranek"]);
    // (So does one opened by a possessive determiner: `Its leader, Roger Knapman, has said
    // he is glad …. “…,” he said`.)
    let text = "Headline\n\n“We will stay,” Dan Tull said.\n\nIts leader, Rod Kemper, has \
                said he is glad to see the back of him. “It was nice knowing him,” he said.";
    assert_speakers(text, &["Dan Tull", "Rod Kemper"]);
    // (Or by a name's possessive, and after an opening phrase: `On the convention's opening
    // night Monday, Trump's wife, Melania, is scheduled …. she described Trump as “kind”`.)
    let text = "Headline\n\n“It is a priority,” said Jan Tolley.\n\nOn the opening night, \
                Kemper's wife, Ilse, is scheduled to speak. At a rally, she described him as \
                “kind”.";
    assert_speakers(text, &["Jan Tolley", "Ilse"]);
    let text = "Headline\n\n“We will stay,” Dan Tull said.\n\nRuritania's foreign minister, \
                Ivo Belak, plays down concerns. “We should get on board,” he said.";
    assert_speakers(text, &["Dan Tull", "Ivo Belak"]);
}

#[test]
fn a_title_word_closing_a_full_name_is_a_surname() {
    // `Representative Peter T. King of New York`: `King` is the surname, the person is named
    // before `of`, not the place after it.
    let text = "Headline\n\n\"We need to act now,\" said Representative Maria L. King of Ohio.\n\n\
                \"We cannot wait,\" Ms. King added.";
    assert_speakers(text, &["Maria L. King", "Maria L. King"]);
}

#[test]
fn an_honorific_and_a_name_before_a_lower_case_role_name_the_person() {
    // No comma between the name and the role: the person is the name after the honorific,
    // not the organisation closing the role.
    let text = "Headline\n\n\"Prices will fall next year,\" Dr Jane Okafor chief economist at \
                investment bank ABN said.\n\n\"Nobody expected it,\" she added.";
    assert_speakers(text, &["Jane Okafor", "Jane Okafor"]);
}

#[test]
fn a_name_with_of_before_a_person_noun_names_no_one() {
    // `A Top of the Pops spokesperson`: the programme's name modifies the person noun; no
    // `Top` is the speaker.
    let text = "Headline\n\nA Pride of Britain spokeswoman said: \"The awards will go ahead.\"";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("A Pride of Britain spokeswoman".to_owned())]
    );
}

#[test]
fn a_modifier_before_a_bodys_name_is_no_title() {
    // `the National Alliance to End Homelessness`: `National` is no title, so `Alliance` is
    // no person a later `she` may mean.
    let text = "Headline\n\nThe town could teach others, says Maria Lind, the director of the \
                National Alliance for Safer Roads. “They listened,” she said.";
    assert_speakers(text, &["Maria Lind"]);
}

#[test]
fn an_office_holder_named_after_the_offices_body_is_the_person() {
    // `Chief Secretary to the Treasury Paul Boateng`: the body's name runs into the
    // holder's, and a title alone after another (`Chief Secretary`) names no one.
    let text = "Headline\n\nHis leader, Michael Howard, argued for change. \"Labour has failed,\" \
                he said.\n\nBut Chief Secretary to the Treasury Alan Hughes attacked the plans. \
                \"The cuts are too deep,\" he said.\n\nFor the Greens Robert Lane disagreed. \
                \"Nobody believes it,\" he said.";
    assert_speakers(text, &["Michael Howard", "Alan Hughes", "Robert Lane"]);
}

#[test]
fn a_title_before_a_name_after_of_stays_the_names() {
    // `the endorsement of Gov. Mike Pence`: the title is the person's, no body's name.
    let text = "Headline\n\nCruz received the endorsement of Gov. Mike Pence on Friday.\n\n\
                \"I will vote for Ted Cruz,\" the governor said.";
    assert_speakers(text, &["Mike Pence"]);
}

#[test]
fn offices_and_hyphenated_titles_are_no_part_of_a_name() {
    // `Councilmember Dan Kalmick`, `Vice-President Dick Cheney`, `Co-owner David Beckham`:
    // the office is a title, and so is a title after a hyphen.
    let text = "Headline\n\n\"We will vote no,\" said Councilmember Rosa Park.\n\n\"It is \
                fair,\" Vice-President Alan Gore said.\n\n\"We are delighted,\" Co-owner Tom \
                Beck added.";
    assert_speakers(text, &["Rosa Park", "Alan Gore", "Tom Beck"]);
}

#[test]
fn an_auxiliary_or_neither_opening_a_sentence_is_no_part_of_a_name() {
    // `Neither Donald J. Trump nor …`, `Was Szlachta satisfied?`: the opener is no name word.
    let text = "Headline\n\nNeither Ruth A. Lowe nor her rival spoke on Monday. \"We wait,\" Ms. \
                Lowe said.\n\nIs Peter Grant worried? \"Not at all,\" he said.";
    assert_speakers(text, &["Ruth A. Lowe", "Peter Grant"]);
}

#[test]
fn a_nationality_or_a_compound_modifier_before_a_given_name_is_no_name_word() {
    // `Top-seeded Americans Andy Roddick`, `Scrum-half Peter Stringer`, `American Serena
    // Williams`: the person's name opens at the given name.
    let text = "Headline\n\nTop-seeded Canadian Paul Rider won in three sets. \"I'm not playing \
                great,\" he said.\n\nScrum-half Mary Stone was also glad. \"All credit to them,\" \
                she told reporters.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        [Some("Paul Rider".to_owned()), Some("Mary Stone".to_owned())]
    );
}

#[test]
fn a_party_before_a_given_name_is_no_name_word() {
    // `But fellow Tory David Heathcoat-Amory said …`: the party is no part of his name, and
    // the next `he` means him, not the former chancellor named before.
    let text = "Headline\n\nEx-chancellor Ken Barton welcomed the rules. But fellow Tory Alan \
                Marsh-Wood said the system was folly. \"The point is stability,\" he said.";
    assert_speakers(text, &["Alan Marsh-Wood"]);
}

#[test]
fn more_given_names_tell_a_person_and_a_gender() {
    // A given name the tables know makes a person a later `she` or `he` may mean (`Hazel`),
    // and tells whom it may not (`Giuseppe`: no `she`).
    let text = "Headline\n\nDance teacher Eve Hart runs a school in Leeds. \"Children have other \
                hobbies,\" she said.\n\nHazel Stone, 23, a nurse from Hull, gave up ballet at \
                ten. \"It stopped being fun,\" she said.\n\nGiuseppe Rossi praised the team. \
                Anne Moran agreed. \"It was wonderful,\" she said.";
    assert_speakers(text, &["Eve Hart", "Hazel Stone", "Anne Moran"]);
}

#[test]
fn given_names_from_many_countries_tell_a_person_and_a_gender() {
    // `Alessandro` is a man's name, `Bethany` a woman's: she is Bethany Rowe.
    let text = "Headline\n\nAlessandro Viti praised the team. Bethany Rowe agreed. \"It was \
                wonderful,\" she said.";
    assert_speakers(text, &["Bethany Rowe"]);
}

#[test]
fn modifiers_before_a_given_name_in_a_mention_are_its_role() {
    // The mention itself reads as the index does: `Fellow Lib Dem Norman Baker said`,
    // `But Lib Dem Norman Baker accused …`, `Texas-based Matt Mackowiak said`.
    let text = "Headline\n\n\"It is a scandal,\" Fellow Lib Dem Paul Reed said.\n\nBut Lib Dem \
                Anna Cole accused ministers of turning the county into a \"nuclear dumping ground\".\n\n\"It is soft,\" \
                Texas-based Mark Lowe said.";
    assert_speakers(text, &["Paul Reed", "Anna Cole", "Mark Lowe"]);
}

#[test]
fn an_age_before_a_nationality_still_finds_the_person_named_before() {
    // `the 27-year-old Austrian said`: as `the Austrian` would, the person named before.
    let text = "Headline\n\nStefan Kober was banned for three months on Friday.\n\n\"I have acted \
                correctly,\" the 27-year-old Austrian said in a statement.";
    assert_speakers(text, &["Stefan Kober"]);
}

#[test]
fn a_chair_of_a_body_is_a_person() {
    // `Democratic National Committee Chair Debbie Wasserman Schultz`: the office names its
    // body, and `Chair` is a title, so the name is a person's, whom her surname means.
    let text = "Headline\n\nNational Rifle Committee Chair Donna Kerr Hale dismissed the claims.\n\n\
                \"It is fine,\" Kerr Hale said.";
    assert_speakers(text, &["Donna Kerr Hale"]);
}

#[test]
fn an_age_in_apposition_makes_a_name_a_persons() {
    // `Franson Reneus, 18, from Lee County, disagrees.`: only people have ages. The given
    // name is in no table; the mayor before is a person by his title.
    let text = "Headline\n\nMayor Tobin Asch said voters were split.\n\nCorvan Pellit, 18, \
                from the Ardent Valley, disagrees. “I could say anything,” he says.";
    assert_speakers(text, &["Corvan Pellit"]);
}

#[test]
fn a_pronoun_falls_back_only_to_a_persons_name() {
    // With no person named, `she` stays unresolved (its own speaker): `Norvish` (a
    // nationality) expands to `Norvish War`, which is no one.
    let text = "Headline\n\nThe Norvish War ended long ago, and her Norvish parents never \
                spoke of it.\n\n“I never knew,” she says.";
    assert_speakers(text, &["she"]);
}

#[test]
fn an_acronym_ends_no_ones_full_name() {
    // `its Pellworth RPG titles` names a product line: `Pellworth` alone is the studio.
    let text = "Headline\n\nPellworth is updating one of its Pellworth RPG titles.\n\n\
                “We have been hard at work,” Pellworth said.";
    assert_speakers(text, &["Pellworth"]);
}

#[test]
fn a_peers_title_makes_a_name_a_persons() {
    // `Labour peer Baroness Kennedy`: a peer is a person, the nearer subject for `she`.
    let text = "Headline\n\nChancellor Kemble Hart opened the debate.\n\nLabour peer Baroness \
                Quendall said voters were tired of it. “They expect tricks,” she said.";
    assert_speakers(text, &["Baroness Quendall"]);
}

#[test]
fn military_ranks_are_titles() {
    // `Admiral Brandt` is Thomas K. Brandt Jr., and so is `the admiral`; a colonel's name is
    // his own without the rank.
    let text = "Headline\n\nAdm. Thomas K. Brandt Jr. leads the Pacific Command.\n\n\"We will \
                sail,\" Admiral Brandt said.\n\n\"It is routine,\" the admiral said.\n\n\
                Former Colonel Rob Stallard said: \"The verdict saddens everyone.\"";
    assert_speakers(
        text,
        &[
            "Thomas K. Brandt Jr.",
            "Thomas K. Brandt Jr.",
            "Rob Stallard",
        ],
    );
}

#[test]
fn an_organisations_word_after_a_given_name_is_a_surname() {
    // `Chris Fox said …. Mr Fox said`: `Fox` names a body too, but after a given name, one
    // of either sex as well, it is a surname.
    let text = "Headline\n\nPolice chiefs' president Chris Fox said the power was too weak.\n\n\
                “It is making money,” Mr Fox said.";
    assert_speakers(text, &["Chris Fox"]);
}

#[test]
fn a_modifier_before_a_given_name_is_no_word_of_the_name() {
    // A party's plural before the name is no word of it, though it names a body: `Tories Ken
    // Clarke and Sir George Young`.
    let text = "Headline\n\nThe group includes Tories Ken Marlow and Sir Ian Young.\n\n\
                Mr Marlow said the issue “went to the heart” of it.";
    assert_speakers(text, &["Ken Marlow"]);
    // Nor is a person's noun in the plural: `Judges Simon Cowell, Louis Walsh and …`.
    let text = "Headline\n\nJudges Simon Dorrell, Louis Walsh and Ann Lee are in talks.\n\n\
                “It has been a blast,” said Dorrell.";
    assert_speakers(text, &["Simon Dorrell"]);
}

#[test]
fn post_nominal_letters_follow_the_surname() {
    // `Ian MacDonald QC quit …. Mr MacDonald told BBC News: “…”`: the surname stands before
    // the letters, as before `Jr.`.
    let text = "Headline\n\nAlan Brodie QC quit the panel on Monday.\n\nMr Brodie told the \
                BBC: “I fundamentally disagree with it.”\n\nLocal leader Tom Keane MSP agreed. \
                “We need a change,” Mr Keane said.";
    assert_speakers(text, &["Alan Brodie QC", "Tom Keane MSP"]);
}

#[test]
fn a_word_after_an_article_is_no_surname_standing_alone() {
    // `(The Breach)` does not make `Open Breach` a person, whose surname stood alone:
    // the `she` after it is the artist.
    let text = "Headline\n\nThat is how artist Samira Belkadi opens her solo show Open Breach \
                (The Breach), about her roots.\n\nFootball also plays a role in Open Breach.\n\n\
                Beyond that, Open Breach also made her family proud. \"A lot of people saw it,\" \
                she says.";
    assert_speakers(text, &["Samira Belkadi"]);
}

#[test]
fn a_surname_after_an_organisations_possessive_is_the_person() {
    // `Infobot’s Harvey`: the company's Harvey, whom the article names in full; not a
    // person's thing (`Dave Leip’s Atlas`) nor a title (`the firm's CEO`).
    let text = "Headline\n\nJustin Marlow runs the research at Quillbot.\n\n“People overestimate \
                it,” says Quillbot’s Marlow.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), [Some("Justin Marlow".to_owned())]);
    let text = "Headline\n\n“It examines every county,” says Dave Kemp’s Almanac.";
    assert_speakers(text, &["Dave Kemp’s Almanac"]);
}

#[test]
fn a_group_word_opening_a_sentence_is_no_persons_name() {
    // `People would face a “clear choice”`: a group, not a person called People for a
    // later `he` to mean.
    let text = "Headline\n\nOpposition leader Owen Thorne attacked the budget on Monday.\n\n\
                People would face a “clear choice” at the election, either “more waste under \
                them or value for money with us”, he said.";
    let a = parse_valid(text);
    let names = speakers(&a);
    assert_eq!(
        names.last(),
        Some(&Some("Owen Thorne".to_owned())),
        "{names:?}"
    );
    assert!(
        a.speakers
            .iter()
            .all(|s| s.name != "People" || s.kind != SpeakerKind::Person),
        "{:?}",
        kinds(&a)
    );
}

#[test]
fn a_name_mangled_by_a_wrong_encoding_or_markup_is_given_as_written() {
    // UTF-8 read as Latin-1, once (`FranÃ§ois`) or twice and in decomposed form (`A` and a
    // combining tilde for `Ã`), and character references a page left (`Jos&#233;`, which
    // stays one word): the speaker's name is repaired, the mention is the text's.
    let cases: [(&str, &[&str], &str); 2] = [
        (
            "Headline\n\nPresident FranÃ§ois Dulac spoke.\n\n“We will act,” Dulac said.\n\n\
             Minister Rene SarukhA\u{303}\u{83}A\u{302}\u{a1}n spoke.\n\n“We agree,” \
             SarukhA\u{303}\u{83}A\u{302}\u{a1}n added.\n\nMayor José Mena spoke.\n\n\
             “It is done,” Mena said.",
            &["François Dulac", "Rene Sarukhán", "José Mena"],
            "Dulac",
        ),
        (
            "Headline\n\nEC President Jos&#233; Manuel Vale told the paper: \"We will \
             act.\"\n\n\"It is done,\" said Bryn F&#xF4;n of Smith &amp; Sons.",
            &["José Manuel Vale", "Bryn Fôn"],
            "EC President Jos&#233; Manuel Vale",
        ),
    ];
    for (text, names, mention) in cases {
        let a = parse_valid(text);
        let expected: Vec<Option<String>> = names.iter().map(|n| Some((*n).to_owned())).collect();
        assert_eq!(speakers(&a), expected, "{text}");
        assert!(
            a.quotes[0]
                .attribution
                .as_ref()
                .is_some_and(|x| x.mention.text == mention),
            "{text}"
        );
    }
}

#[test]
fn a_given_name_set_in_capitals_to_open_a_story_is_written_as_a_name() {
    // `KATIE Price was so nervous …`: tabloids open a story with its first word in capitals;
    // the speaker's name is written as names are, the mention is the text's. Initials and
    // acronyms stay (`AL Gooneratne`, `BBC News`).
    assert_speakers(
        "Headline\n\nMARIA Vance was so nervous on stage that she forgot her lines.\n\n\
         She said: “I am broken.”",
        &["Maria Vance"],
    );
    assert_speakers(
        "Headline\n\nThe chairman, AL Perera, spoke on Monday.\n\n“We will act,” AL Perera \
         said.",
        &["AL Perera"],
    );
}

#[test]
fn a_person_introduced_with_a_role_at_a_sentence_end_is_the_next_pronoun() {
    // The last sentence names a person and closes with their role: the `she` of the next
    // quotation is that person, not the subject named before. A relative clause, a verb
    // or a place after the comma makes no such introduction.
    let text = "Headline\n\nMayor Clara Benning defended the plan on Monday.\n\n\
                The plan was questioned by Nadia Orlov, director of the Centre for Urban \
                Studies at Lakeside University.\n\n“We have waited long enough,” she said.";
    assert_speakers(text, &["Nadia Orlov"]);
    for text in [
        "Headline\n\nMayor Clara Benning defended the plan on Monday.\n\n\
         The plan was questioned by Nadia Orlov, who is a director of the Centre.\n\n\
         “We have waited long enough,” she said.",
        "Headline\n\nMayor Clara Benning defended the plan on Monday.\n\n\
         Benning, alongside Nadia Orlov, also thanked fellow director Ann Pike.\n\n\
         “We have waited long enough,” she said.",
    ] {
        assert_speakers(text, &["Clara Benning"]);
    }
}

#[test]
fn a_name_with_a_description_in_apposition_before_a_verb_is_a_subject() {
    let text = "Headline\n\nMayor Clara Benning defended the plan on Monday.\n\n\
                In the evening Nadia Orlov, a member of the housing board, recalled the last \
                vote to warn that support could fade.\n\n“Nothing is certain,” she said.";
    assert_speakers(text, &["Nadia Orlov"]);
}

#[test]
fn a_name_after_an_inverted_cue_speaks_its_clause_before_a_comma() {
    // `…, says Nadia Orlov, a chemist …` without quote marks: Orlov speaks that sentence,
    // and is the `she` of the quotation after it, not the speaker quoted before.
    let text = "Headline\n\n“We start in May,” Clara Benning said.\n\n\
                The waste piles up on farms, says Nadia Orlov, a chemist at Lakeside \
                University, Westport and the firm's chief scientist. “It is already there,” \
                she says.";
    assert_speakers(text, &["Clara Benning", "Nadia Orlov"]);
}

#[test]
fn a_name_after_according_to_speaks_its_sentence() {
    let text = "Headline\n\nNadia Orlov runs the lab.\n\n“We start in May,” Clara Benning \
                said.\n\nAccording to Orlov, most farms burn the waste. “It is already there,” \
                she says.";
    assert_speakers(text, &["Clara Benning", "Nadia Orlov"]);
}

#[test]
fn a_surname_with_two_letters_swapped_is_the_person_named() {
    // A slip of the keyboard (`Kowalcyzk`) is the one full name it nearly spells; a letter
    // more or less is another name (`Carlson` is not Ben Carson).
    let text = "Headline\n\nChef Anna Kowalczyk opened the hall.\n\n“We are ready,” Kowalcyzk \
                said.\n\nBen Carson spoke.\n\n“We agree,” Carlson said.";
    assert_speakers(text, &["Anna Kowalczyk", "Carlson"]);
}

#[test]
fn more_occupations_mark_the_name_after_them_as_a_persons() {
    // `trustee`, `quarterback`, `lobbyist` before a name make it a person's, whose given
    // name (`Drew`, of both sexes and a verb too) tells nothing.
    assert_sole_speaker(&[
        (
            "Headline\n\nIt drew a comment from trustee Drew Weatherford.\n\n“It is not \
             over,” he said.",
            "Drew Weatherford",
        ),
        (
            "Headline\n\nThe bill was drafted by lobbyist Casey Marlow.\n\n“It is fair,” \
             she said.",
            "Casey Marlow",
        ),
    ]);
}

#[test]
fn a_nickname_in_quote_marks_is_no_part_of_the_name() {
    let text = "Headline\n\nFormer Marine John “Tig” Tegner found it troubling.\n\n\
                “It is wrong,” Tegner said.";
    assert_speakers(text, &["John Tegner"]);
    let text = "Headline\n\nAnother player - Jimmy \"the Whirlwind\" Whyte - has admitted it.\n\n\
                \"We loved the game,\" Mr Whyte said.";
    assert_speakers(text, &["Jimmy Whyte"]);
}

#[test]
fn a_name_that_owns_a_noun_is_not_the_subject_of_it() {
    // `Mr Lomax's remark`: `remark` is a cue word, but after a possessive a noun; Lomax is
    // no subject there, and the `he` after the sentence is Hardy, who spoke in it.
    let text = "Headline\n\nMayor Ken Lomax spoke.\n\n“We move on,” Mr Blane said. Councillor \
                Michael Hardy, asked about Mr Lomax's remark by reporters, said it mattered. \
                “It is important,” he said.";
    assert_eq!(
        speakers(&parse_valid(text)).last(),
        Some(&Some("Michael Hardy".to_owned()))
    );
}

#[test]
fn a_surname_alone_is_the_name_with_its_middle_names() {
    // The article gives `Ana M. Ruiz` once and `Ana Ruiz` twice: `Ruiz` is Ana M. Ruiz,
    // the fullest name the text gives that person; a capital opening a sentence before the
    // name (`Veteran Ana Ruiz`) adds nothing.
    let text = "Headline\n\nAna M. Ruiz won the seat.\n\nAna Ruiz thanked voters. Veteran Ana \
                Ruiz spoke. Ana Ruiz left.\n\n“We did it,” Ruiz said.";
    assert_speakers(text, &["Ana M. Ruiz"]);
}

#[test]
fn a_given_name_alone_after_named_or_known_as_is_a_person() {
    assert_sole_speaker(&[
        (
            "Headline\n\nThe woman was a resident named Caroline.\n\n“It just came out,” she \
             said.",
            "Caroline",
        ),
        (
            "Headline\n\nThe chief, known as Bob, spoke publicly.\n\n“There was no order,” he \
             said.",
            "Bob",
        ),
    ]);
}

#[test]
fn a_capitalized_word_before_a_full_name_is_no_part_of_it() {
    // `Crooked Anna Soto` in a tweet is no fuller name of Anna Soto; a given name before a
    // given name is (`Marta Anna Soto`).
    let text = "Headline\n\nA rival called her “Crooked Anna Soto.”\n\nAnna Soto won.\n\n“We \
                did it,” Anna Soto said.";
    assert_eq!(
        speakers(&parse_valid(text)).last(),
        Some(&Some("Anna Soto".to_owned()))
    );
    let text = "Headline\n\nMarta Anna Soto won.\n\n“We did it,” Anna Soto said.";
    assert_speakers(text, &["Marta Anna Soto"]);
}

#[test]
fn the_name_after_a_cue_of_telling_heard_it() {
    // `…, told The Whitmore Eagle.`: the paper heard it, and is no `she` after it.
    let text = "Headline\n\n“It went well,” Clara B. Benning, the mayor, told The Whitmore \
                Eagle.\n\n“We are ready,” she said.";
    assert_speakers(text, &["Clara B. Benning", "Clara B. Benning"]);
}

#[test]
fn a_compound_modifier_is_no_name_word_before_any_name() {
    // `Chennai-based Tata`: a compound in lower case after its hyphen is no given name, so
    // the firm is no two-word person whom a later `he` could mean.
    assert_speakers(
        "Headline\n\n“Getting permission is a task,” said Mr R. Vellan, vice president at \
         Korra. “Digging is hard,” he said. This led Pune-based Korra to try lasers.",
        &["R. Vellan", "R. Vellan"],
    );
    // Nor is it part of a known person's name.
    assert_speakers(
        "Headline\n\nTunisian-born Abdel Karouni won the prize. “I am happy,” Karouni said.",
        &["Abdel Karouni"],
    );
}

#[test]
fn an_office_held_toward_another_is_the_holders_role() {
    // `U.S. Ambassador to the U.N. Linda Thomas-Greenfield`: the mention keeps the whole
    // office, and the speaker is the holder named after it.
    let text = "Headline\n\nU.S. Ambassador to the U.N. Linda Mercer said the aid would go \
                “to those in need.”\n\nSpecial Envoy to Syria Tom Rall said it was “a start.”";
    let a = parse_valid(text);
    let mentions: Vec<&str> = a
        .speech()
        .filter_map(|q| q.attribution.as_ref().map(|x| x.mention.text.as_str()))
        .collect();
    assert_eq!(
        mentions,
        [
            "U.S. Ambassador to the U.N. Linda Mercer",
            "Special Envoy to Syria Tom Rall"
        ]
    );
    assert_speakers(text, &["Linda Mercer", "Tom Rall"]);
    // So is an office of or for a body, in lower case or with a given name the tables know.
    let text = "Headline\n\n“The days of flying for the rich alone are over,” the minister \
                for civil aviation Praful Nandan said.\n\n“We will not sign,” the former \
                secretary of state Mara Quell said.\n\n“It is a start,” said the head of the \
                Ruritania agency Mark Tully.";
    assert_speakers(text, &["Praful Nandan", "Mara Quell", "Mark Tully"]);
    // But someone who speaks for a person named after their title is not that person.
    let text = "Headline\n\n“We will not comment,” said a spokesman for Democratic \
                presidential candidate Mara Quell.";
    assert_speakers(
        text,
        &["a spokesman for Democratic presidential candidate Mara Quell"],
    );
}

#[test]
fn a_name_after_with_before_a_participle_is_a_subject() {
    // `with Hillary Clinton — who’s called for … — lambasting Trump’s plan`: she is the
    // participle's subject, the likeliest `she` after it.
    assert_speakers(
        "Headline\n\nSome would pay more, said Lena Barrow, a tax scholar.\n\nIt is a major \
         issue, with Maria Dellacroix — who’s called for tax hikes — lambasting the plan.\n\n\
         “It is trickle-down all over again,” she said.",
        &["Maria Dellacroix"],
    );
    // (Not a possessive: `nothing wrong with Ms. Dellacroix's raising the problem`.)
    assert_speakers(
        "Headline\n\nLena Barrow said there was nothing wrong with Maria Dellacroix's raising \
         the problem. “It is fair,” she said.",
        &["Lena Barrow"],
    );
}

#[test]
fn a_word_alone_after_a_preposition_is_no_evidence_of_a_surname() {
    // `a church in Bakersfield`: a place after a preposition, which a later full name ending
    // in it does not make a person's surname.
    assert_speakers(
        "Headline\n\nThe guitarist Brian Welch quit the band in Bakersfield. He will appear at \
         a church in Bakersfield to explain. Downtown Bakersfield was quiet. “I found my faith,” \
         he told a radio station.",
        &["Brian Welch"],
    );
}

#[test]
fn an_acronym_no_person_is_named_by_is_an_organisation() {
    // `the OECD said … “…” it added`: an acronym alone is a body, which `it` may mean.
    let text = "Headline\n\nChina's boom and a “spectacular comeback” in Japan would help \
                the recovery, the OECD said. “Investment should pick up in Europe,” it added.";
    let a = parse_valid(text);
    assert!(
        kinds(&a).contains(&("OECD", SpeakerKind::Organisation)),
        "{:?}",
        kinds(&a)
    );
    assert_eq!(speakers(&a).last(), Some(&Some("OECD".to_owned())));
}

#[test]
fn a_description_before_a_past_tense_is_the_next_pronouns_speaker() {
    // `But a spokesman for the Home Office defended the proposals. He said:`: the
    // description, not the minister named before it.
    let text = "Headline\n\nHome Office minister Tom Dray announced the plans on Monday.\n\n\
                Critics attacked them. But a spokesman for the Home Office defended the \
                proposals. He said: “We stand by the act.”";
    assert_speakers(text, &["a spokesman for the Home Office"]);
    // (Up to five words between its determiner and its head: `A Department for Work and
    // Pensions spokeswoman confirmed Mr Smith was still in post … “…,” she said`.)
    let text = "Headline\n\nA Department for Work and Pensions spokeswoman confirmed Mr Tull \
                was still in post. “No date was ever given,” she said.";
    assert_speakers(text, &["A Department for Work and Pensions spokeswoman"]);
    // (And past an adverb between commas: `A 29-year-old Berlin woman, meanwhile, received
    // five months' probation …. “Filth out!” she wrote`.)
    let text = "Headline\n\nA 29-year-old Berlin woman, meanwhile, received probation after \
                she posted comments. “Filth out!” she wrote.";
    assert_speakers(text, &["A 29-year-old Berlin woman"]);
}

#[test]
fn a_relatives_pronouns_under_a_shared_surname_do_not_outvote_a_given_name() {
    // `Jane Sanders` after many a `Sanders said he …`: the surname's `he` is her husband's,
    // and her given name still says `she`.
    assert_speakers(
        "Headline\n\nBen Tarr spoke in Iowa. Tarr said he would win. Tarr said he was tired. \
         Later Tarr said he would go on.\n\nJane Tarr also spoke at the event in Des Moines.\n\n\
         “He wants to keep this going,” she said.",
        &["Jane Tarr"],
    );
}

#[test]
fn given_names_of_adults_in_news_tell_gender() {
    // `Bret`, `Meghan`: a name the tables know makes its bearer a person of that gender, the
    // antecedent of a later pronoun over a person of the other.
    assert_speakers(
        "Headline\n\nAnna Kell spoke first. Anchor Bret Vollum noticed that no one cut away. He \
         commented that the network “held on.”",
        &["Bret Vollum"],
    );
    assert_speakers(
        "Headline\n\nTom Reddy agreed. The host Meghan Carro even commented. “He is obsessed,” \
         she wrote.",
        &["Meghan Carro"],
    );
    assert_speakers(
        "Headline\n\nDr Anna Roe says honesty matters. “It does,” she says.\n\nBut coach Jo \
         Pell says secrecy is no lie. “It is not betrayal,” she says.",
        &["Anna Roe", "Jo Pell"],
    );
}

#[test]
fn a_name_in_apposition_after_a_description_is_the_speaker() {
    // `Her mother, Anna Vole, praised …, saying “…”`: the mention takes the name between
    // commas, and the speaker is the person it names.
    assert_speakers(
        "Headline\n\nHer mother, Anna Vole, praised the two on Instagram, saying she was “so \
         proud.”",
        &["Anna Vole"],
    );
}

#[test]
fn a_given_name_of_either_sex_makes_a_person() {
    // `Taylor Swift stopped one of her shows … She said:`: a given name common to both sexes
    // opens a person's name, a pronoun's antecedent though it tells no gender.
    assert_speakers(
        "Headline\n\nNina Alm spoke out against the trend. “Stop it,” Alm said.\n\nTaylor Vance \
         stopped one of her shows last month. She said: “It really scares me.”",
        &["Nina Alm", "Taylor Vance"],
    );
    // Not one that opens a place's or a body's longer name (`Sandy Hook Elementary School`).
    assert_speakers(
        "Headline\n\nSenator Tom Marsh arrived near Sandy Hook Elementary School that day. \
         “It was awful,” he said. In that sense, Sandy Hook was a summons. “I was changed,” he \
         added.",
        &["Tom Marsh", "Tom Marsh"],
    );
}

#[test]
fn a_person_described_with_no_gender_is_a_pronouns_antecedent() {
    // `… according to a source familiar with the publication. “…,” he says`: the source,
    // not the man named before.
    assert_speakers(
        "Headline\n\nPublisher Tom Vale said the deal was “good.”\n\nStaff are willing to “try \
         anything,” according to a source familiar with the publication. “The newsroom is \
         tired,” he says.",
        &[
            "Tom Vale",
            "a source familiar with the publication",
            "a source familiar with the publication",
        ],
    );
    // (Not past a person named after it: `That does little to ease Larvin's mind. “…,” he
    // said`.)
    assert_speakers(
        "Headline\n\nDan Larre sells cheese. The deal is “fair,” said a spokesperson \
         for the ministry. That does little to ease Larre's mind. “It is not enough,” he said.",
        &["a spokesperson for the ministry", "Dan Larre"],
    );
}

#[test]
fn a_word_capitalized_only_at_a_sentences_start_is_no_pronouns_antecedent() {
    // `Plans include “taster courses” … “…,” she told`: a word alone the text capitalizes
    // only where a sentence opens names no one, though it spoke a quote.
    let text = "Headline\n\nMs Holm also announced a new drive to help women who want to work \
                in male dominated sectors, saying sexism at work was still holding women back. \
                Plans include funding for universities to help graduates find jobs and \"taster \
                courses\" for men and women in non-traditional jobs. Women in full-time work earn \
                19% less than men, according to the Equal Opportunities Commission (EOC).\n\n\
                \"It is simply wrong to assume someone cannot do a job,\" she said.";
    assert_eq!(
        speakers(&parse_valid(text)).last(),
        Some(&Some("Holm".to_owned()))
    );
    // (But one the text names right after a quote is a name: `“…!” Cruz said. “…,” he
    // said.`)
    let text = "Headline\n\nDonna Vale spoke first.\n\n“We are tired of it!” Cruz said. “I am \
                the son of an immigrant,” he said.";
    assert_eq!(
        speakers(&parse_valid(text)),
        [Some("Cruz".to_owned()), Some("Cruz".to_owned())]
    );
}

#[test]
fn a_name_after_a_plural_possessive_is_the_person() {
    // `said Ladbrokes' Warren Lush`: as after `Yahoo's`, the full name after the owner is the
    // person, with or without the plural's `s` after the mark.
    assert_sole_speaker(&[
        (
            "Headline\n\n“It is going to be close,” said Brackens' Dora Quill.",
            "Dora Quill",
        ),
        (
            "Headline\n\n“It is going to be close,” said Bracken's Dora Quill.",
            "Dora Quill",
        ),
    ]);
    // (An organisation's name with a plural possessive in it is the organisation's:
    // `the Music Managers' Forum`.)
    assert_sole_speaker(&[(
        "Headline\n\n“It is going to be close,” said the Glaziers' Forum.",
        "Glaziers' Forum",
    )]);
}

#[test]
fn a_name_in_a_comparison_is_no_subject_for_a_pronoun() {
    // `Peter Zombic … said he did not feel the situation was as “dramatic” as Mr Renner
    // believed. “…,” he argued.`: the name in the comparison is no antecedent.
    assert_speakers(
        "Headline\n\nTam Rudd said piracy was \"dramatic\".\n\nHowever, Piet Vlaar, the head \
         of the federation, said he did not feel the situation was as \"dramatic\" as Mr Rudd \
         believed. \"We have severe problems,\" he argued.",
        &["Tam Rudd", "Piet Vlaar", "Piet Vlaar"],
    );
    // (But `came as` is no comparison: the name after it is its clause's subject.)
    assert_speakers(
        "Headline\n\nTalks have been making good progress. But the chairman of the working \
         party, Ambassador Piet Vlaar of Iceland, warned that there was \"still a lot of work\". \
         His comments came as President Thomas W Rudd said the US backed the plan. But he said \
         the government must \"renew a commitment to democracy\".",
        &["Piet Vlaar", "Thomas W Rudd"],
    );
}

#[test]
fn a_given_name_and_a_place_sign_a_readers_letter() {
    // `Andrew in Derby complains that … 'blatant electioneering'`: a given name alone and
    // the place it writes from are the mention; the name is the speaker.
    let text = "Headline\n\nMatthew in Leeds complains that the new rule is 'a blatant grab \
                for votes'.";
    let a = parse_valid(text);
    let q = a.speech().next().expect("a quote");
    let att = q.attribution.as_ref().expect("attributed");
    assert_eq!(att.mention.text, "Matthew in Leeds", "{text}");
    assert_eq!(speakers(&a), [Some("Matthew".to_owned())], "{text}");
}

#[test]
fn a_person_close_to_someone_is_not_them() {
    // `“…,” one source close to Trump told NBC News.`: a description that relates a person
    // to a name by an adjective and a preposition is not that name.
    for (text, mention) in [
        (
            "Headline\n\nDorian Vell held a rally. “That is not happening now,” one source \
             close to Vell told reporters.",
            "one source close to Vell",
        ),
        (
            "Headline\n\nDorian Vell held a rally. “That is not happening now,” a person \
             familiar with Vell's thinking said.",
            "a person familiar with Vell's thinking",
        ),
    ] {
        assert_speakers(text, &[mention]);
    }
}

#[test]
fn an_epithet_refers_back_to_the_person_named_whatever_their_occupation() {
    // `Perpignan centre Jean-Philippe Granclaude is delighted … “It's incredible,” the
    // youngster said.`: an epithet of age or experience is the person named last, though
    // the text gave them an occupation.
    assert_speakers(
        "Headline\n\nDunmore striker Kester Vane is delighted to have received his first \
         call-up. “It's incredible,” the youngster said.",
        &["Kester Vane"],
    );
    // (Even after their occupation was given as their role: `the youngster` is the striker
    // who spoke.)
    assert_speakers(
        "Headline\n\n“I am delighted,” said Dunmore striker Kester Vane. “It's incredible,” \
         the youngster added.",
        &["Kester Vane", "Kester Vane"],
    );
    // (And `the East Kilbride athlete`, `the musician`, as `the singer` does.)
    assert_speakers(
        "Headline\n\nAllan Tebbit is confident of a medal. The 22-year-old Scot finished \
         fourth in the hurdles. “It was a learning curve,” said the East Kilbride athlete.",
        &["Allan Tebbit"],
    );
}

#[test]
fn a_possessive_description_refers_back_as_a_definite_one_does() {
    // `David Axelrod on Wednesday called on …. “…,” Obama's former campaign strategist
    // said`: the possessive determines the description as `the` does.
    assert_speakers(
        "Headline\n\nDaniel Orwin on Wednesday called on Hal Dunmore to apologize.\n\n“My \
         reaction, that was outrageous,” Vell's former campaign strategist said.",
        &["Daniel Orwin"],
    );
    // (Not the owner: `Orwin's strategist` is someone else than Orwin.)
    let text = "Headline\n\nDaniel Orwin on Wednesday called on Hal Dunmore to apologize.\n\n\
                “My reaction, that was outrageous,” Orwin's former campaign strategist said.";
    assert_ne!(
        speakers(&parse_valid(text)),
        [Some("Daniel Orwin".to_owned())],
        "{text}"
    );
}

#[test]
fn a_name_before_a_relative_clause_and_a_cue_is_its_clause_subject() {
    // `Mr Malik, who is himself running for the seat of Dewsbury, acknowledged that …. But
    // he argued: “…”`: the name is the subject of the cue after its relative clause.
    assert_speakers(
        "Headline\n\nRussian President Ivan Dorov has signed the decrees.\n\nFollowing the \
         decision, former oil tycoon Mikhail Malkin, who had his own empire dismantled as a \
         result of his opposition to Dorov, told reporters there were no protections left.\n\n\
         “There are no guarantees anywhere,” he said at the time.",
        &["Mikhail Malkin"],
    );
}

#[test]
fn a_name_after_according_to_and_a_description_speaks_its_sentence() {
    // `current LLMs, according to Meta's chief AI scientist Yann LeCun, are trained on text
    // data that he said would take a human “20,000 years to read.”`
    assert_speakers(
        "Headline\n\nDr. Roger Blay told reporters the comparison was unfair.\n\nIndeed, \
         current models, according to Acme's chief AI scientist Yann Dupre, are trained on \
         text data that he said would take a human “20,000 years to read.”",
        &["Yann Dupre"],
    );
}

#[test]
fn a_superdelegate_described_before_a_name_makes_it_a_subject() {
    // `Another superdelegate, Michael Brown of Washington, D.C., explained the reason …. “…,”
    // he declared.`
    assert_speakers(
        "Headline\n\nSenator Victor Lane was not able to make up the deficit.\n\nAnother \
         superdelegate, Michael Dunne of Washington, D.C., explained the reason for his \
         support.\n\n“It is time to stand behind our candidate,” he declared.",
        &["Michael Dunne"],
    );
}

#[test]
fn a_capitalized_word_after_his_or_her_is_no_subject() {
    // `His Catholic faith is important to him …. Pressed again, Perez just starts talking
    // about baseball. In his parents' Dominican Republic, “…,” he says.`
    let text = "Headline\n\nTomas Pardo has also been mentioned as a candidate.\n\nHis \
                Catholic faith is important to him, and he said he often thinks of what his \
                parents told him: \"In order to get to heaven, you need references.\"\n\n\
                Pressed again about the chatter, Pardo just starts talking about baseball. In \
                his parents' country, \"baseball and politics are the national sport,\" he says.";
    assert_eq!(
        speakers(&parse_valid(text)).last(),
        Some(&Some("Tomas Pardo".to_owned())),
        "{text}"
    );
}

#[test]
fn a_rector_described_before_a_name_makes_it_a_subject() {
    // `The university’s rector, Milena Králícková, was among the mourners. “…,” she told the
    // Associated Press.`
    assert_speakers(
        "Headline\n\nStudent Kristof Unger was in the building.\n\nThe university’s rector, \
         Milena Vodova, was among the mourners. “The academic community is shaken,” she told \
         reporters.",
        &["Milena Vodova"],
    );
}

#[test]
fn a_word_that_opens_sentences_is_no_one_a_pronoun_means() {
    // `Nevertheless` opens two sentences here: no person's name.
    let text = "Headline\n\nNevertheless, a survey conducted by independent analyst Marta \
                Kovacs found that Norlandic attitudes toward Varian migrant workers reflect \
                fears that Varia would one day dominate the country. \"In 2030, we'll all wake \
                up and find ourselves speaking Varian,\" is one common saying here.\n\n\
                In July, scores of people were injured when a brawl broke out near the \
                northern Norlandic city of Belsk.\n\nNorland's foreign minister, Elkin \
                Bastrov, plays down concerns. Varia may outnumber the Norlandic population, \
                but its progress represents good news, he says.\n\n\"Our philosophy is \
                simple: We should get on board that train,\" he said in an interview in Ostrov.";
    let s = speakers(&parse_valid(text));
    assert!(
        s.iter().all(|n| n.as_deref() != Some("Nevertheless")),
        "{s:?}"
    );
}

#[test]
fn a_role_with_its_verb_after_a_name_is_the_next_clause_not_an_appositive() {
    // `Playboy, the actor revealed`: the actor is the subject after the opening phrase, and
    // Playboy no person a later `he` may mean.
    let text = "Headline\n\nIn an interview with Playboy, the actor revealed that the show had \
                saved his marriage.\n\n\"I'd always thought I was a romantic,\" he said.";
    let s = speakers(&parse_valid(text));
    assert_ne!(
        s.first().cloned().flatten().as_deref(),
        Some("Playboy"),
        "{s:?}"
    );
    // A participle and its preposition still describe: `a journalist based in Yaounde`.
    let text = "Headline\n\nThe minister spoke on Monday. Ferdis Nanga, a journalist based in \
                Yaounde, said the government was acting.\n\n\"The penalties will be \
                exemplary,\" he told the BBC.";
    assert_speakers(text, &["Ferdis Nanga"]);
}

#[test]
fn a_compound_before_a_surname_is_no_part_of_the_name() {
    let text = "Headline\n\nHollywood star Jake Dunmore won the best actor award on Saturday. \
                Celebrating his win, the Oscar-nominated Dunmore told reporters: \"The whole \
                award season is new to me.\"";
    assert_speakers(text, &["Jake Dunmore"]);
    // Before a noun in lower case it stays: a description, not a name (a person's noun:
    // the description with its determiner, as `one dealer`).
    let text = "Headline\n\n\"Prices will fall,\" one London-based broker said.";
    assert_speakers(text, &["one London-based broker"]);
}

#[test]
fn a_name_after_a_portfolio_title_opening_the_sentence_is_its_subject() {
    // `Shadow education secretary Tim Collins is …`: Collins is whom the later `he` means,
    // not the man named before.
    let text = "Headline\n\nLib Dem leader Charles Kennedy spoke on Monday.\n\nShadow education \
                secretary Tim Colling is on Thursday setting out a new scheme of grants to \
                tackle what he says are \"crippling skills shortages\" in the trades.";
    assert_speakers(text, &["Tim Colling"]);
}

#[test]
fn a_spokeswoman_is_she_past_men_named_in_her_words_and_a_body_named_with_for() {
    // The lords named in what she reported are not whom `she` means; the body's name has
    // `for` in it, and the spokeswoman is the noun before the cue.
    let text = "Headline\n\nLord Wendle said he did not expect difficulties.\n\nA Department \
                for Rural Affairs spokeswoman said Lord Wendle and Lord Farrant agreed about the \
                practice. \"Their disagreement is a very narrow one,\" she said.";
    assert_speakers(text, &["A Department for Rural Affairs spokeswoman"]);
}

#[test]
fn a_description_opening_a_quotation_reports_nothing() {
    // `A lot of people suspected` is the quotation's own words, not someone who spoke.
    let text = "Headline\n\n\"We knew there were going to be redundancies,\" said Jason \
                Parkwood, one of the developers laid off. \"A lot of people suspected that \
                the studio had been in trouble for some time,\" he told reporters.";
    assert_speakers(text, &["Jason Parkwood", "Jason Parkwood"]);
}

#[test]
fn a_participle_opening_a_sentence_is_no_name_and_its_object_no_subject() {
    let text = "Headline\n\nJustice Minister Cathy Jamesford spoke on Monday about the clubs. \
                Both have signed the charter, and Celtic will host a forum. Praising Celtic and \
                Rangers for their efforts, she said: \"We have seen some positive moves from the \
                clubs.\"";
    assert_speakers(text, &["Cathy Jamesford"]);
    // A given name in -ing opens a name.
    let text = "Headline\n\nIrving Kessler visited the set on Monday.\n\n\"It was fun,\" he said.";
    assert_speakers(text, &["Irving Kessler"]);
}

#[test]
fn an_adjective_opening_a_sentence_before_a_given_name_is_no_part_of_the_name() {
    // The person named is the sentence's subject all the same, for the `he` after.
    let text = "Headline\n\nDefiant Tom Rowlands says he will not resign as Dunmore coach. \
                \"I have never walked away from anything,\" he said.";
    assert_speakers(text, &["Tom Rowlands"]);
    // Not before a word that is no known given name: such a word may open a name all the
    // same (`Innocent` is a given name the tables do not know).
    let text = "Headline\n\nInnocent Chukwuma Obiora says he will not resign as Dunmore \
                coach. \"I have never walked away from anything,\" Obiora said.";
    assert_speakers(text, &["Innocent Chukwuma Obiora"]);
    // Nor a given name the tables know that ends like an adjective.
    let text = "Headline\n\nVincent Paul Ashgrove says he will not resign as Dunmore coach. \
                \"I have never walked away from anything,\" he said.";
    assert_speakers(text, &["Vincent Paul Ashgrove"]);
}

#[test]
fn a_position_whose_word_names_a_thing_opening_a_sentence_is_no_part_of_the_name() {
    // `Wing Christophe Dominici said …`: a role, as `Fly-half` before a name is.
    let text = "Headline\n\nWing Tom Rowlands said the side was ready. \"We will win,\" \
                Rowlands said.";
    assert_speakers(text, &["Tom Rowlands"]);
    let text = "Headline\n\nProp Julian Ashgrove was dropped. \"I am disappointed,\" he said.";
    assert_speakers(text, &["Julian Ashgrove"]);
    // Not before a word that is no known given name (`Lock Haven University`).
    let text = "Headline\n\nLock Haven Rowlands said the side was ready. \"We will win,\" \
                Rowlands said.";
    assert_speakers(text, &["Lock Haven Rowlands"]);
}

#[test]
fn a_bodys_initials_before_a_given_name_are_no_part_of_the_name() {
    let text = "Headline\n\nThe co-head of the aerospace group ACME Pierre Dumont is to leave \
                his post. \"I will give up my role as soon as the board asks me to,\" he said.";
    assert_speakers(text, &["Pierre Dumont"]);
}

#[test]
fn a_person_described_by_a_relation_is_not_the_one_related_to() {
    assert_sole_speaker(&[
        (
            "Headline\n\nMarta Quill from Brightwave told the panel that \"the system pays \
             for itself within a year.\"",
            "Marta Quill",
        ),
        // A person's noun may open the description, as headlines write it.
        (
            "Headline\n\nSource familiar with the ad says the group is spending \
             \"substantial\" funds to air it across the state.",
            "Source familiar with the ad",
        ),
        // A possessive and a noun before the relation: the statement is not the exchange.
        (
            "Headline\n\nAlbion's statement to the stock exchange said: \"The board has noted \
             the recent press speculation on this subject.\"",
            "Albion's statement to the stock exchange",
        ),
    ]);
}

#[test]
fn a_surname_that_is_also_a_place_word_still_names_a_person_after_a_given_name() {
    // `West`, `Hall`, `Day` mark places and things (`West Bank`, `City Hall`), but after a
    // given name they are surnames: the pronoun goes to the person.
    let text = "Headline\n\nDarren West released a new album on Friday.\n\n\"It is the best \
                thing I have done,\" West said.\n\nThe album was recorded in Paris. \"We \
                worked every night,\" he told reporters.";
    let a = parse_valid(text);
    assert_eq!(
        speakers(&a),
        vec![
            Some("Darren West".to_owned()),
            Some("Darren West".to_owned())
        ]
    );
}

#[test]
fn a_full_name_after_a_long_title_is_the_person_before_of() {
    // Five words before `of`, a full name last: the person is named before `of`, whatever
    // follows it (here what was spoken of, a candidate named in the text).
    let text = "Headline\n\nGov. Alan Hallett left the race on Wednesday.\n\n\"It was never \
                meant to be,\" said Westfield University political scientist Peter Marsh of \
                Hallett.";
    let a = parse_valid(text);
    assert_eq!(speakers(&a), vec![Some("Peter Marsh".to_owned())]);
}

#[test]
fn an_ampersand_joins_a_bodys_name() {
    assert_sole_speaker(&[
        (
            "Headline\n\nMarks & Spencer said that sales were \"disappointing\" over the \
             summer months.",
            "Marks & Spencer",
        ),
        (
            "Headline\n\n\"Sales were disappointing over the summer,\" said Harlow & Finch.",
            "Harlow & Finch",
        ),
    ]);
}

#[test]
fn a_given_name_alone_is_a_person_a_pronoun_refers_to() {
    // Features name people by their given name only; the owner opening a sentence is the
    // one a later `she` means, not the speaker before.
    assert_speakers(
        "Headline\n\n\u{201c}We were the only house with no lights,\u{201d} says Nadia Farrokh, \
         who grew up in Ottawa.\n\nMelanie\u{2019}s hometown was more diverse, but she \
         remembers singing in the school concert. \u{201c}It was very Christmas centered,\u{201d} \
         she says.",
        &["Nadia Farrokh", "Melanie"],
    );
    // Only after a preposition, it may be a place's name.
    assert_speakers(
        "Headline\n\n\u{201c}We were the only house with no lights,\u{201d} says Nadia Farrokh, \
         who grew up in Ottawa.\n\nThe family later moved to Charlotte, but she remembers \
         singing in the school concert. \u{201c}It was very Christmas centered,\u{201d} she says.",
        &["Nadia Farrokh", "Nadia Farrokh"],
    );
}

#[test]
fn an_honorific_ending_a_name_is_a_surname_and_tells_no_gender() {
    // `King` after a given name is her surname: `she` may mean her.
    assert_speakers(
        "Headline\n\n\u{201c}We were all so proud of him,\u{201d} said Tom Pointer.\n\nMary \
         King remembered the boxer as fun to be around. \u{201c}I was the Queen,\u{201d} she \
         said.",
        &["Tom Pointer", "Mary King"],
    );
}

#[test]
fn a_name_of_one_word_described_as_a_body_is_an_organisation() {
    // `Xinhua, the official … news agency`: a body, and no one `he` may mean.
    let a = parse_valid(
        "Headline\n\nAdmiral Harry Harris is a tough talker.\n\n\u{201c}Some may say it is \
         unkind,\u{201d} Qinhua, the official state news agency, wrote.\n\n\u{201c}They try to \
         demonize me,\u{201d} he said.",
    );
    assert!(
        kinds(&a).contains(&("Qinhua", SpeakerKind::Organisation)),
        "{:?}",
        kinds(&a)
    );
    assert_eq!(
        speakers(&a),
        [Some("Qinhua".to_owned()), Some("Harry Harris".to_owned())]
    );
    // With no one else named, `he` stays unresolved rather than mean the body.
    let a = parse_valid(
        "Headline\n\n\u{201c}Some may say it is unkind,\u{201d} Qinhua, the official Vietnamese \
         news agency, wrote.\n\n\u{201c}They try to demonize me,\u{201d} he said.",
    );
    assert_eq!(
        speakers(&a),
        [Some("Qinhua".to_owned()), Some("he".to_owned())]
    );
}

#[test]
fn a_nationality_is_no_name_and_a_verb_after_a_role_no_appositive() {
    // `the official Chinese news agency`: `Chinese` names no one.
    assert_speakers(
        "Headline\n\nAdmiral Harry Harris is a tough talker.\n\nThe official Vietnamese news \
         agency was unkind. \u{201c}They try to demonize me,\u{201d} he said.",
        &["Harry Harris"],
    );
    // (A short word in -ese is a surname: `Coach Meese`.)
    assert_speakers(
        "Headline\n\nCoach Dreese grew up in Ohio.\n\n\u{201c}It was a long road,\u{201d} he \
         said.",
        &["Dreese"],
    );
    // `Tennessee, his mother refused to teach him`: `his mother` is the next clause's subject,
    // no role of Tennessee's.
    assert_speakers(
        "Headline\n\nThe admiral is a tough talker.\n\nWhen his family moved back to rural \
         Tennessee, his mother refused to teach him the language.\n\n\u{201c}They try to \
         demonize me,\u{201d} he said.",
        &["he"],
    );
}

#[test]
fn a_rank_before_a_title_stays_in_the_office() {
    // `Under` is no preposition ending the mention after an inverted cue.
    assert_sole_speaker(&[
        (
            "Headline\n\n\u{201c}We are not convinced,\u{201d} said Treasury Under Secretary \
             Tom Vell.",
            "Tom Vell",
        ),
        (
            "Headline\n\n\u{201c}We are not convinced,\u{201d} said Commerce Undersecretary \
             Tom Vell.",
            "Tom Vell",
        ),
    ]);
    // Before capitalized words that are no title, it still ends the mention.
    assert_sole_speaker(&[(
        "Headline\n\n\u{201c}We are not convinced,\u{201d} said Tom Vell Under The Bridge.",
        "Tom Vell",
    )]);
}

#[test]
fn a_paragraph_of_quote_after_someone_else_reported_is_theirs() {
    // The previous paragraph's quote is Jobs's, but its last sentence reports Harris.
    assert_speakers(
        "Apple unveils Mac\n\n\u{201c}People will switch,\u{201d} Mr Jobs said. Ian Harris, \
         deputy editor of Mac Format, said the machine would appeal to consumers.\n\n\
         \u{201c}They want a further taste of Mac.\u{201d}",
        &["Jobs", "Ian Harris"],
    );
    // With no one else reporting after it, the quote goes on with the one before.
    assert_speakers(
        "Apple unveils Mac\n\n\u{201c}People will switch,\u{201d} Mr Jobs said. The machine \
         costs $499.\n\n\u{201c}They want a further taste of Mac.\u{201d}",
        &["Jobs", "Jobs"],
    );
    // (A pronoun reporting after it is most likely the same speaker, or words of the quote
    // whose marks went astray: `We know … nobody can argue with that.`)
    assert_speakers(
        "Gerrard stays\n\nChief executive Rick Parry said: \"I hope he will stay. Steven \
         knows my views. \"We are trying to build a team around him. We know he is ambitious \
         and nobody can argue with that.\n\n\"I think Steven would love to win things with \
         Liverpool.\"",
        &["Rick Parry", "Rick Parry"],
    );
}

#[test]
fn a_headline_opening_with_a_name_and_a_colon_gives_them_its_quotes() {
    assert_speakers(
        "Vellmer: Fenwick Is a \u{2018}Proven Failure\u{2019} in Business\n\nSenator Ann \
         Vellmer spoke in Boston on Monday about the race.\n\n\u{201c}He lost,\u{201d} \
         Vellmer said.",
        &["Ann Vellmer", "Ann Vellmer"],
    );
    assert_speakers(
        "Fenwick Challenger Ann Vellmer: Stop the \u{2018}Waste of Money.\u{2019}\n\nShe \
         spoke in Boston on Monday about the race.",
        &["Ann Vellmer"],
    );
    // A label before the colon is no one, nor is a headline's clause.
    assert_no_mention(
        "The Latest: Fenwick delivers defense of \u{2018}New York values.\u{2019}\n\nTom \
         Fenwick spoke in Boston on Monday about the race.",
        "The Latest",
    );
    for text in [
        "Crane Cash Debunks Hillary: Only \u{2018}One or Two Instances\u{2019} Were \
         Missed\n\nThe book came out on Monday.",
        "Ann Vellmer Endorses Tom Fenwick: I Am \u{2018}Horrified\u{2019} By \
         Crane\n\nThe senator spoke on Monday.",
    ] {
        assert_unattributed(text);
    }
}

#[test]
fn a_name_in_capitals_takes_the_mixed_case_the_text_also_gives() {
    assert_speakers(
        "VELLPOLL: A \u{2018}Seismic Shift\u{2019} Among Voters\n\nVellPoll: \u{201c}The polls \
         ended too early.\u{201d}",
        &["VellPoll", "VellPoll"],
    );
}

#[test]
fn an_honorific_picks_the_full_name_of_its_gender_among_those_of_one_surname() {
    // `Mr. Vell` and `Mrs. Vell` in one article are two people, whichever speaks first.
    assert_speakers(
        "Headline\n\nAnna Vell spoke on Monday. Tomas Vell spoke too.\n\n\u{201c}We will \
         win,\u{201d} Mrs. Vell said.\n\n\u{201c}We will see,\u{201d} Mr. Vell said.",
        &["Anna Vell", "Tomas Vell"],
    );
    assert_speakers(
        "Headline\n\nAnna Vell spoke on Monday. Tomas Vell spoke too.\n\n\u{201c}We will \
         see,\u{201d} Mr. Vell said.\n\n\u{201c}We will win,\u{201d} Mrs. Vell said.",
        &["Tomas Vell", "Anna Vell"],
    );
    // (So does a pronoun after the honorific: `Mrs. Clinton did not hesitate. “…,” she said`
    // after `Mr. Clinton` earlier is Hillary Clinton, not Bill.)
    assert_speakers(
        "Headline\n\nAnna Vell campaigned on Monday. Tomas Vell spoke at a rally.\n\nWomen \
         said they were harassed by Mr. Vell. A young woman asked Mrs. Vell about them.\n\n\
         Mrs. Vell did not hesitate. \u{201c}Everybody should be believed,\u{201d} she said.",
        &["Anna Vell"],
    );
}

#[test]
fn people_described_by_their_relation_to_a_name_are_not_that_name() {
    // A plural person's noun before `of` (and `backers`, `allies`, `opponents` in the
    // tables): the critics speak, not Vell; a singular one there is a title, whose holder is
    // named after it.
    assert_speakers(
        "Headline\n\nTomas Vell spoke on Monday.\n\n\u{201c}We want him,\u{201d} critics of \
         Vell said.\n\n\u{201c}We will,\u{201d} Secretary of State Anna Ruiz said.\n\nAt the \
         rally, Vell backers chanted \u{201c}Four more years!\u{201d}",
        &["critics of Vell", "Anna Ruiz", "Vell backers"],
    );
}

#[test]
fn a_things_word_after_a_full_name_ends_the_persons_name() {
    // `the Tomas Vell Show` and `the Tomas Vell Day` name things after a person, whose full
    // name they give: `Mr. Vell` is Tomas Vell.
    assert_speakers(
        "Headline\n\nPresident Vell spoke on Monday. Leaders joined the \u{201c}Tomas Vell \
         Day\u{201d} drive on Nov. 1.\n\n\u{201c}We will win,\u{201d} Mr. Vell said.",
        &["Tomas Vell"],
    );
    // (Only after a given name the tables know: `Vell Park Day` names no one.)
    assert_speakers(
        "Headline\n\nPresident Vell spoke on Monday at the Ruiz Vell Day fair.\n\n\u{201c}We \
         will win,\u{201d} Mr. Vell said.",
        &["Vell"],
    );
}

#[test]
fn a_description_opened_by_a_modifier_in_lower_case_is_not_the_name_it_relates_to() {
    // `senior advisers to Vell` are not Vell, nor is a share of the party its members.
    assert_speakers(
        "Headline\n\nTomas Vell spoke on Monday.\n\n\u{201c}We want him,\u{201d} senior \
         advisers to Vell said.\n\nIn a poll, 75 percent of Democrats said they would \
         \u{201c}never\u{201d} vote for him.",
        &["senior advisers to Vell", "75 percent of Democrats"],
    );
}

#[test]
fn a_name_in_its_style_after_a_description_is_the_speaker() {
    // `the Rt Rev Dr`, `the Most Reverend`: a style with `the` before the name in
    // apposition; the description is the role.
    assert_speakers(
        "Headline\n\n\u{201c}We will win,\u{201d} said the Bishop of Lindham, the Rt Rev Dr \
         Tomas Vell.\n\n\u{201c}Go on,\u{201d} said the Archbishop of Marden, the Most \
         Reverend Anna Ruiz.",
        &["Tomas Vell", "Anna Ruiz"],
    );
    let a = parse_valid(
        "Headline\n\n\u{201c}We will win,\u{201d} said the Bishop of Lindham, the Rt Rev Tomas \
         Vell.",
    );
    assert_eq!(a.speakers[0].role.as_deref(), Some("Bishop of Lindham"));
}

#[test]
fn a_definite_description_in_the_words_of_a_persons_role_is_that_person() {
    assert_speakers(
        "Headline\n\n\u{201c}It is over,\u{201d} said the firm\u{2019}s chief executive, Tomas \
         Vell.\n\nShares fell on Monday.\n\n\u{201c}We will go on,\u{201d} the chief executive \
         said.\n\n\u{201c}We will win,\u{201d} said the Bishop of Lindham, the Rt Rev Anna \
         Ruiz.\n\n\u{201c}It is good,\u{201d} the bishop said.\n\n\u{201c}We act,\u{201d} \
         said Marden Police Chief Jon Holt.\n\n\u{201c}We will see,\u{201d} the chief said.",
        &[
            "Tomas Vell",
            "Tomas Vell",
            "Anna Ruiz",
            "Anna Ruiz",
            "Jon Holt",
            "Jon Holt",
        ],
    );
    // (A body's name may stand before the role's words; a rank or a portfolio may not: the
    // mayor is not the deputy mayor, the foreign secretary not the shadow one.)
    assert_speakers(
        "Headline\n\n\u{201c}We act,\u{201d} said Deputy Mayor Anna Ruiz.\n\n\u{201c}We \
         will see,\u{201d} the mayor said.\n\n\u{201c}No,\u{201d} said Shadow foreign \
         secretary Jon Holt.\n\n\u{201c}Yes,\u{201d} the Foreign Secretary said.",
        &[
            "Anna Ruiz",
            "the mayor",
            "Jon Holt",
            "the Foreign Secretary",
        ],
    );
}

#[test]
fn a_sentence_opened_by_a_title_makes_its_holder_the_antecedent() {
    // `The prime minister` refers back to `Prime Minister Tomas Vell`: the `he` after that
    // sentence is Vell, not Holt, quoted before it.
    let story = |sentence: &str| {
        format!(
            "Headline\n\nPrime Minister Tomas Vell has faced critics. Jon Holt was among \
             them.\n\n\u{201c}It must go now,\u{201d} Holt said.\n\n{sentence}\n\n\u{201c}So \
             it is what we said,\u{201d} he added."
        )
    };
    for sentence in [
        "The prime minister insisted the plan was working.",
        "Speaking to reporters on Friday, the prime minister insisted the plan was working.",
    ] {
        assert_speakers(&story(sentence), &["Jon Holt", "Tomas Vell"]);
    }
    // (Not a title inside a quotation, nor one related to something else.)
    assert_speakers(
        &story("Holt went on: \u{201c}It is late. The prime minister knows it.\u{201d}"),
        &["Jon Holt", "Jon Holt", "Jon Holt"],
    );
    assert_speakers(
        &story("The prime minister of Ruritania wrote to him."),
        &["Jon Holt", "Jon Holt"],
    );
}

#[test]
fn a_places_word_after_a_known_given_name_is_a_surname() {
    // `Mike Lake`, `Debra Hill`: a person for the pronouns after them.
    let text = "Headline\n\nMike Lake, a spokesman for the lawyers, said on Tuesday that the firm \
                stands by it. \"We are prepared to be back in court,\" he said.";
    assert_speakers(text, &["Mike Lake"]);
    let text = "Headline\n\nWendy Hill began as an assistant director. \"There were very few \
                women in the industry,\" she said.";
    assert_speakers(text, &["Wendy Hill"]);
    // (Not every such word: `Stanley Park` is a stadium.)
    let text = "Headline\n\nTom Vell runs the club. Stanley Park will be rebuilt by 2010. \
                \"It is done,\" he said.";
    assert_speakers(text, &["Tom Vell"]);
}

#[test]
fn a_he_after_a_description_a_name_owns_is_its_persons() {
    // The subject `The Guardian's film critic Peter Bradshaw` is the last person named before
    // `he said`, not a man named a paragraph before.
    assert_speakers(
        "Headline\n\nMr Dorn also tipped Paul Vane for a prize. \"If there is anywhere it will \
         win, it is here,\" he said.\n\nThe Chronicle's music critic Tom Pell felt that there \
         \"could well be\" a sweep of prizes on Sunday night. \"I hope the judges will see the \
         high standard of the whole cast. If they cannot, what hope is there?\" he said.",
        &["Dorn", "Tom Pell", "Tom Pell"],
    );
}

#[test]
fn a_plural_of_peoples_possessive_opens_a_bodys_name() {
    // `Children’s Health Defense published articles … claiming the “viral terror” …`: the
    // body, not `Health Defense` owned by children.
    assert_sole_speaker(&[
        (
            "Headline\n\nChildren’s Reading Defense published a report in May claiming the \
             \"reading crisis\" was an invention of publishers.",
            "Children’s Reading Defense",
        ),
        (
            "Headline\n\n\"We will march again,\" Women's Voice Defense said in a statement.",
            "Women's Voice Defense",
        ),
    ]);
    // A person's possessive still owns the name after it.
    assert_sole_speaker(&[(
        "Headline\n\n\"We will march again,\" Acme United's Alex Ferrin said.",
        "Alex Ferrin",
    )]);
}

#[test]
fn a_role_opening_the_sentence_after_a_quote_makes_its_name_the_subject() {
    // `… as well as their spirit and desire." But Wenger's Bayern counterpart Felix Magath
    // was in no mood to celebrate either. He said: "…"`: the closing mark of the quote
    // before is no word of the opening, and a counterpart is someone's description.
    assert_speakers(
        "Headline\n\nArne Vole said his side had a bad night. \"We will come back. We \
         still have confidence in our spirit and desire.\" But Vole's Munich counterpart \
         Felix Hask was in no mood to celebrate either. He said: \"I am far from happy \
         despite the win.\"",
        &["Arne Vole", "Felix Hask"],
    );
}

#[test]
fn words_in_lower_case_a_name_modifies_are_a_thing_not_a_person() {
    // `said the printed Cruz slate card`, `a Clinton campaign memo was released … stating`:
    // what is left after the name used as a modifier has no capital, and no person's name is
    // written so.
    let a = parse_valid(
        "Headline\n\n“Senator Vole thanks all of his supporters,” said the printed Vole \
         slate card.\n\nA Hask campaign memo was released on Friday stating that the loss \
         was \"long anticipated.\"",
    );
    assert_eq!(
        kinds(&a),
        [
            ("the printed Vole slate card", SpeakerKind::Nominal),
            ("A Hask campaign memo", SpeakerKind::Nominal)
        ]
    );
}

#[test]
fn a_noun_in_lower_case_after_a_name_makes_a_description() {
    // `the Gawker employee wrote`, `the Florida senator’s answer`: a name modifying a noun
    // in lower case describes someone or something; no one's name ends in lower case.
    let a = parse_valid(
        "Headline\n\n“It was a mistake,” the Hask employee wrote.\n\n“We will appeal,” \
         the Vole subsidiary said in a statement.",
    );
    assert_eq!(
        kinds(&a),
        [
            ("the Hask employee", SpeakerKind::Nominal),
            ("the Vole subsidiary", SpeakerKind::Nominal)
        ]
    );
}

#[test]
fn a_pronoun_for_a_person_described_is_that_speaker() {
    // `A spokesman for the UK Film Council said: “…” He added: “…”`: one speaker, the
    // description, not it and a person of its name.
    let a = parse_valid(
        "Headline\n\nA spokesman for the Vole Film Council said: “It is disappointing.” He \
         added: “It was extraordinary to have so many nominees.”",
    );
    assert_eq!(
        kinds(&a),
        [(
            "A spokesman for the Vole Film Council",
            SpeakerKind::Nominal
        )]
    );
    assert_eq!(a.speakers[0].quotes, 2);
}

#[test]
fn a_person_from_a_body_with_of_in_its_name_is_the_person() {
    // `David Graham from the FDA's Office of Drug Safety told …`: the first relation
    // splits the person from the body, not the `of` inside the body's name.
    let a = parse_valid(
        "Headline\n\nOn Thursday, Ann Vole from the Agency's Office of Drug Safety told the \
         panel that \"there really is a problem\".",
    );
    assert_eq!(kinds(&a), [("Ann Vole", SpeakerKind::Person)]);
    assert_eq!(
        a.speakers[0].role.as_deref(),
        Some("Agency's Office of Drug Safety")
    );
}

#[test]
fn what_someone_did_in_apposition_is_no_role() {
    // `Bill de Blasio, speaking on WOR710`, `Donald J. Trump, in a brief interview on
    // Saturday`, `Michael Bloomberg, who's thinking about running`, `Jorge Ramos, 58,`: no
    // role; `managing director of …` and `from Goldman Sachs` are.
    let roles = |text: &str| -> Vec<Option<String>> {
        parse_valid(text)
            .speakers
            .iter()
            .map(|s| s.role.clone())
            .collect()
    };
    for text in [
        "Headline\n\nAnn Vole, speaking to reporters on Tuesday, said: “We won.”",
        "Headline\n\nAnn Vole, in a brief interview on Saturday, said: “We won.”",
        "Headline\n\nAnn Vole, who's thinking about running again, said: “We won.”",
        // (An age alone is none either: `William Hague, 43,`.)
        "Headline\n\nAnn Vole, 43, said: “We won.”",
    ] {
        assert_eq!(roles(text), [None], "{text}");
    }
    assert_eq!(
        roles("Headline\n\nAnn Vole, managing director of Vole Mining, said: “We won.”"),
        [Some("managing director of Vole Mining".to_owned())]
    );
    assert_eq!(
        roles("Headline\n\nAnn Vole, from the Hask Institute, said: “We won.”"),
        [Some("from the Hask Institute".to_owned())]
    );
}

#[test]
fn a_compound_role_opening_the_sentence_makes_its_name_the_subject() {
    // `Tory co-chairman Liam Fox has opened proceedings with a speech criticising Tony
    // Blair's record. Labour's rule has been characterised by "…", he told …`: Fox's words.
    assert_speakers(
        "Headline\n\nThe party meets in Brighton. Tory co-chairman Liam Vole has opened \
         proceedings with a speech criticising Tony Hask's record in government. Labour's \
         rule has been characterised by \"lost trust and failure to deliver\", he told the \
         conference.",
        &["Liam Vole"],
    );
}

#[test]
fn an_approximate_number_of_people_is_no_name() {
    // `About four in 10 said they were "angry" …`: a share of people, described, not a
    // person named `About`.
    let a = parse_valid(
        "Headline\n\nAbout four in 10 said they were \"angry\" with the way the government \
         works.",
    );
    assert!(
        a.speakers
            .iter()
            .all(|s| s.kind == SpeakerKind::Nominal && s.name != "About"),
        "{:?}",
        kinds(&a)
    );
    assert_eq!(a.speakers.len(), 1);
}

#[test]
fn it_is_never_people_in_the_plural() {
    // `Two Americans were killed at each location. “…,” it reads.` (an email), `… said
    // Democrats. “…,” it read.` (a letter), `PACs`: `it` means none of them.
    for text in [
        "Headline\n\nThe email was sent by the chief of staff. Two Americans were killed at each \
         location.\n\n“I just tried you on the phone,” it reads.",
        "Headline\n\nThe letter was signed on Monday. “It is appalling,” Democrats said.\n\n\
         “Congress has failed to act,” it read.",
        "Headline\n\nThe PACs spent $890,000 on ads. Analysts praised the PACs.\n\n“We build \
         profiles,” it said.",
    ] {
        let a = parse_valid(text);
        let last = speakers(&a).pop().flatten();
        assert_eq!(last.as_deref(), Some("it"), "{text}");
    }
}

#[test]
fn a_country_named_alone_is_no_person() {
    // `Turkey must issue a written statement … calling it a "red line"`, `South Korea
    // said`: states; a given name that is also a country's is left to the text (`Jordan`).
    let a = parse_valid(
        "Headline\n\nUnder the agreement, Turkey must recognise Cyprus, calling it a \"red \
         line\".\n\n\"We condemn the test,\" South Korea said.\n\n\"It is a violation,\" Jordan \
         said.",
    );
    assert_eq!(
        kinds(&a),
        [
            ("Turkey", SpeakerKind::Organisation),
            ("South Korea", SpeakerKind::Organisation),
            ("Jordan", SpeakerKind::Person),
        ]
    );
}

#[test]
fn an_office_of_a_body_after_an_article_runs_on_to_its_holders_given_name() {
    // `Shadow leader of the Commons Oliver Heald said:`: Oliver Heald, the leader of the
    // Commons; `the former secretary of state Ann Vole` as before.
    let a = parse_valid(
        "Headline\n\nShadow leader of the Commons Oliver Vole said: \"This will be part of our \
         aim.\"\n\nThe former secretary of state Ann Hask said: \"No.\"",
    );
    assert_eq!(
        speakers(&a),
        [Some("Oliver Vole".to_owned()), Some("Ann Hask".to_owned())]
    );
    assert_eq!(
        a.speakers[0].role.as_deref(),
        Some("Shadow leader of the Commons")
    );
}

#[test]
fn an_occupation_capitalized_before_a_name_is_a_role() {
    // `Magistrate Lee Gilmore, who issued the restraining order, said she understood …
    // "…," she said.`, `Teenager Sania Mirza …`, `Solicitor Gareth Pierce …`.
    let a = parse_valid(
        "Headline\n\n\"We respect that,\" said the publicist Ann Hask. Magistrate Lee Vole, who \
         issued the order, said she understood the photographers. \"It has gone beyond that,\" \
         she said.\n\nSolicitor Gareth Pell said: \"This is madness.\"",
    );
    assert_eq!(
        speakers(&a),
        [
            Some("Ann Hask".to_owned()),
            Some("Lee Vole".to_owned()),
            Some("Gareth Pell".to_owned())
        ]
    );
}

#[test]
fn a_capitalized_office_of_a_body_runs_on_to_its_holders_given_name() {
    // `UK Chancellor of the Exchequer Gordon Brown said`, `former Secretary of Defense Leon
    // Panetta`: the holder is the person, the office their role.
    let a = parse_valid(
        "Headline\n\n\"This is the first time,\" UK Chancellor of the Exchequer Gordon Vole \
         said.\n\nFormer Secretary of Defense Leon Hask said: \"No.\"",
    );
    assert_eq!(
        speakers(&a),
        [Some("Gordon Vole".to_owned()), Some("Leon Hask".to_owned())]
    );
    assert_eq!(
        a.speakers[1].role.as_deref(),
        Some("Former Secretary of Defense")
    );
}

#[test]
fn local_offices_before_a_name_are_roles() {
    // `Maricopa County Recorder Helen Purcell`, `Telecoms ombudsman Elizabeth France`.
    let a = parse_valid(
        "Headline\n\n\"We made some horrendous mistakes,\" Maricopa County Recorder Helen Vole \
         said.\n\nTelecoms ombudsman Elizabeth Hask said: \"No.\"",
    );
    assert_eq!(
        speakers(&a),
        [
            Some("Helen Vole".to_owned()),
            Some("Elizabeth Hask".to_owned())
        ]
    );
    assert_eq!(
        a.speakers[0].role.as_deref(),
        Some("Maricopa County Recorder")
    );
}

#[test]
fn a_city_demonym_before_a_name_is_no_part_of_it() {
    // `Texan Ann Vole` was read so; `Londoner Ann Vole` too now.
    assert_sole_speaker(&[
        (
            "Headline\n\nLondoner Ann Vole said: \"We won.\"",
            "Ann Vole",
        ),
        (
            "Headline\n\nDubliner Ann Vole said: \"We won.\"",
            "Ann Vole",
        ),
        // (And after a place's first word: `New Yorker Dick Morris`.)
        (
            "Headline\n\nNew Yorker Ann Vole said: \"We won.\"",
            "Ann Vole",
        ),
        (
            "Headline\n\nSouth African Ann Vole said: \"We won.\"",
            "Ann Vole",
        ),
    ]);
}

#[test]
fn a_time_zone_is_no_body_for_it() {
    // `The email … was sent at 7:19 p.m. EST by then-Department of Defense Chief of Staff
    // Jeremy Bash … “…,” it reads.`: `it` is the email, no `EST`.
    let a = parse_valid(
        "Headline\n\nThe email was sent at 7:19 p.m. EST by the chief of staff, more than three \
         hours after the attack.\n\n“I just tried you on the phone,” it reads.",
    );
    assert_eq!(speakers(&a), [Some("it".to_owned())]);
}

#[test]
fn a_description_of_one_kind_is_not_someone_introduced_as_anothers_relation() {
    // The publicist named last is not `the singer`, nor `the actor` his friend: each is the
    // person whose publicist or friend they are.
    let text = "Headline\n\nPop star Lena Marsh surprised her fans in Oslo on Friday.\n\n\
                Her publicist, Dana Kowal, also shared photos of the show.\n\n\
                “What a night,” Kowal wrote.\n\n\
                In a video, the singer tells the crowd, “I came because I love you.”";
    assert_speakers(text, &["Dana Kowal", "Lena Marsh"]);
    let text = "Headline\n\nFilm star Tom Varga turned down the role three times.\n\n\
                The actor's friend Piet Olsen told a magazine that an agent had pressed him. \
                The actor refused, saying: “I will not play a gangster.”";
    assert_speakers(text, &["Tom Varga"]);
    // (After a comma inside a sentence the name opens a clause of its own.)
    let text = "Headline\n\nPop star Lena Marsh stayed home. After visiting her sister, Ana Lind \
                told the crowd she felt rested. “It was lovely,” the singer said.";
    assert_speakers(text, &["Ana Lind"]);
    // (A pronoun still finds them: the rule is for descriptions only.)
    let text = "Headline\n\nPop star Lena Marsh was absent. Her son Aidan Marsh spoke instead.\n\n\
                “She is resting,” he said.";
    assert_speakers(text, &["Aidan Marsh"]);
}

#[test]
fn a_name_after_a_preposition_and_its_description_is_no_sentences_subject() {
    // The headmistress is the object of `talked back to`: the `she` after is Lena's.
    let text = "Headline\n\nLena Marsh smoked and talked back to Ada Tolle, the strict \
                headmistress. When the nuns scolded her, she’d reply, “My father says I may.”";
    assert_speakers(text, &["Lena Marsh"]);
    // (But a passive's agent is the one who wrote: `he` is the detective.)
    let text = "Headline\n\nDonald Ferris denied the charge on Monday.\n\n\
                The charge is set out in an affidavit written by Marc Olund, a detective \
                with the city police. The marks were \"consistent with a grab,\" he wrote.";
    assert_speakers(text, &["Marc Olund"]);
}
