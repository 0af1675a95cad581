//! The shared validator: every test that parses calls [`validate`].

use newstext::{Article, ParseOptions, Span};

/// Parse `src` and check every invariant; returns the article.
pub(crate) fn parse_valid(src: &str) -> Article {
    parse_valid_with(src, &ParseOptions::default())
}

/// Parse `src` with `options` and check every invariant.
pub(crate) fn parse_valid_with(src: &str, options: &ParseOptions) -> Article {
    let article = newstext::parse_with_options(src, options);
    validate_with(src, &article, options);
    article
}

/// [`validate_with`] for an article parsed with the default options.
pub(crate) fn validate(src: &str, article: &Article) {
    validate_with(src, article, &ParseOptions::default());
}

/// Assert every invariant of the model on `article`, parsed from `src` with `options`:
/// spans in bounds and on char boundaries, texts equal to their spans' slices, children
/// inside parents, siblings ordered and disjoint, nothing lost, determinism, serde round trip.
pub(crate) fn validate_with(src: &str, article: &Article, options: &ParseOptions) {
    let check = |what: &str, span: Span, text: Option<&str>| {
        let slice = span.slice(src).unwrap_or_else(|| {
            panic!(
                "{what}: span {span:?} out of bounds or off a char boundary (len {})",
                src.len()
            )
        });
        if let Some(text) = text {
            assert_eq!(text, slice, "{what}: text differs from its span {span:?}");
        }
    };
    if let Some(d) = &article.dateline {
        check("dateline", d.span, Some(&d.text));
    }
    if let Some(h) = &article.headline {
        check("headline", h.span, Some(&h.text));
    }
    if let Some(s) = &article.source {
        check("source", s.span, Some(&s.text));
    }
    if let Some(b) = &article.byline {
        check("byline", b.span, Some(&b.text));
    }
    for p in &article.paragraphs {
        check("paragraph", p.span, Some(&p.text));
        let mut last = p.span.start();
        for s in &p.sentences {
            check("sentence", *s, None);
            assert!(
                p.span.contains(*s),
                "sentence {s:?} outside paragraph {:?}",
                p.span
            );
            assert!(s.start() >= last, "sentences out of order at {s:?}");
            last = s.end();
        }
    }
    for s in &article.subheads {
        check("subhead", s.span, None);
        check("subhead content", s.content_span, Some(&s.text));
        assert!(
            s.span.contains(s.content_span),
            "subhead content outside its span"
        );
        assert!(s.before_paragraph <= article.paragraphs.len());
    }
    for c in &article.contributors {
        check("contributor", c.span, Some(&c.text));
    }
    for n in &article.notes {
        check("note", n.span, Some(&n.text));
    }
    for b in &article.boilerplate {
        check("boilerplate", b.span, Some(&b.text));
    }

    // Blocks: ordered, disjoint, one per top-level node, each matching its node.
    let top_level = usize::from(article.dateline.is_some())
        + usize::from(article.headline.is_some())
        + usize::from(article.source.is_some())
        + usize::from(article.byline.is_some())
        + article.paragraphs.len()
        + article.subheads.len()
        + article.contributors.len()
        + article.notes.len()
        + article.boilerplate.len();
    assert_eq!(
        article.blocks.len(),
        top_level,
        "blocks do not list every top-level node once"
    );
    let mut prev_end = 0;
    for b in &article.blocks {
        check("block", b.span, None);
        assert!(
            b.span.start() >= prev_end,
            "blocks overlap or are out of order at {:?}",
            b.span
        );
        assert!(!b.span.is_empty(), "empty block at {:?}", b.span);
        prev_end = b.span.end();
    }

    // Nothing lost: every non-whitespace byte (of the parsed part) lies in a block.
    let limit = article
        .diagnostics
        .iter()
        .find(|d| d.kind == newstext::DiagnosticKind::InputTruncated)
        .map_or(src.len(), |d| d.span.start());
    let mut covered = article.blocks.iter().map(|b| b.span).peekable();
    let mut current: Option<Span> = None;
    for (i, c) in src.char_indices() {
        if i >= limit {
            break;
        }
        while current.is_none_or(|s| s.end() <= i) {
            match covered.next() {
                Some(s) => current = Some(s),
                None => {
                    current = None;
                    break;
                }
            }
        }
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            continue;
        }
        let inside = current.is_some_and(|s| s.start() <= i && i < s.end());
        assert!(inside, "byte {i} ({c:?}) lies in no top-level node");
    }

    // Quotes: pieces inside their paragraph (or the headline), ordered; attributions inside.
    let mut prev_quote_end = 0;
    for q in &article.quotes {
        check("quote", q.span, None);
        check("quote content", q.content_span, Some(&q.text));
        assert!(
            q.span.contains(q.content_span),
            "quote content outside the quote at {:?}",
            q.span
        );
        assert!(!q.pieces.is_empty(), "quote without pieces at {:?}", q.span);
        assert!(
            q.span.start() >= prev_quote_end,
            "quotes overlap or are out of order at {:?}",
            q.span
        );
        prev_quote_end = q.span.end();
        assert_eq!(q.paragraph, q.pieces[0].paragraph);
        for piece in &q.pieces {
            check("quote piece", piece.span, None);
            check("quote piece content", piece.content_span, Some(&piece.text));
            assert!(q.span.contains(piece.span), "piece outside its quote");
            let parent = match piece.paragraph {
                Some(i) => article.paragraphs.get(i).map(|p| p.span),
                None => article.headline.as_ref().map(|h| h.span),
            };
            let parent = parent
                .unwrap_or_else(|| panic!("piece {:?} names a missing paragraph", piece.span));
            assert!(
                parent.contains(piece.span),
                "piece {:?} outside its paragraph {parent:?}",
                piece.span
            );
        }
        if let Some(a) = &q.attribution {
            check("mention", a.mention.span, Some(&a.mention.text));
            if let Some(c) = &a.cue {
                check("cue", c.span, Some(&c.text));
            }
            if let Some(id) = a.speaker {
                let s = article
                    .speakers
                    .get(id)
                    .unwrap_or_else(|| panic!("attribution names missing speaker {id}"));
                assert_eq!(s.id, id);
            }
        }
    }
    for s in &article.speakers {
        for m in &s.mentions {
            check("speaker mention", *m, None);
        }
    }
    for d in &article.diagnostics {
        assert!(d.span.end() <= src.len(), "diagnostic span out of bounds");
    }

    // Determinism and serde round trip.
    assert_eq!(
        &newstext::parse_with_options(src, options),
        article,
        "parsing twice gave different articles"
    );
    let json = serde_json::to_string(article).expect("serialize");
    let back: Article = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(&back, article, "serde JSON round trip changed the article");
}

/// Parse `text` (checking every invariant) and assert that none of its quotes is attributed.
pub(crate) fn assert_unattributed(text: &str) {
    let a = parse_valid(text);
    assert!(
        a.quotes.iter().all(|q| q.attribution.is_none()),
        "{text}: {:?}",
        a.quotes
    );
}

/// Parse `text` (checking every invariant) and assert that no quote's mention is `mention`.
pub(crate) fn assert_no_mention(text: &str, mention: &str) {
    let a = parse_valid(text);
    assert!(
        a.quotes.iter().all(|q| q
            .attribution
            .as_ref()
            .is_none_or(|x| x.mention.text != mention)),
        "{text}: {:?}",
        a.quotes
    );
}
