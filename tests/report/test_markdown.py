"""Markdown report: every section a reader needs, with article text escaped.

The hand-built article is fictional, written for newscheck's tests.
"""

from __future__ import annotations

from analyzed_examples import analyzed_corpus, analyzed_seeds

from newscheck.records import (
    Article,
    ArticleReport,
    Claim,
    Crosscheck,
    CrosscheckEvidence,
    HeadlineSupport,
    InputError,
    Report,
    Signal,
    Story,
)
from newscheck.report.markdown import render_markdown


def _report() -> Report:
    body = "The *port* of Elmsworth | Dorn closed on Monday, harbour master Lena Brook said."
    article = Article(id="m1", source="m1.txt", headline="Port <b>closes</b> | [link](x)", body=body, paragraphs=[body])
    claim = Claim("c1", body, "Lena Brook", "named", False, False, 0.9, 0, len(body))
    item = ArticleReport(
        article,
        claims=[claim],
        headline_support=HeadlineSupport("partial", [body], "Lena Brook says less."),
        signals=[Signal("single_source", "info", "One source.", ["Only Lena Brook."])],
    )
    evidence = CrosscheckEvidence(
        "m2", "The port stayed open.", "disagree", published="2026-03-02", clash="“stayed open” against “closed”"
    )
    check = Crosscheck("c1", "m1", "contested", [evidence], 2, confidence=0.81)
    other = ArticleReport(
        Article(id="m2", source="m2.txt", headline="Port stays open", body="The port stayed open.", paragraphs=[])
    )
    story = Story("s1", "Port closure", ["m1", "m2"], [["m1"], ["m2"]])
    return Report([item, other], [story], [check], [InputError("bad.txt", "empty input")])


def test_markdown_escapes_article_text_so_it_cannot_inject_markup_or_break_tables():
    text = render_markdown(_report())
    assert "Port \\<b\\>closes\\</b\\> \\| \\[link\\](x)" in text
    assert "The \\*port\\* of Elmsworth \\| Dorn" in text


def test_markdown_has_headline_verdict_signals_claims_sources_stories_and_errors():
    text = render_markdown(_report())
    for expected in (
        "Headline only partly supported",
        "**single_source**",
        "| 1 | The",
        "contested (1 other independent source(s) state it and others contradict it, 81% sure)",
        "2026-03-02; clashes: “stayed open” against “closed”",
        "| Lena Brook | named | 1 | 0 |",
        "## Stories",
        "The port stayed open.",
        "bad.txt: empty input",
    ):
        assert expected in text, expected


def test_markdown_of_the_seeds_shows_the_headline_verdict_and_signals():
    text = render_markdown(analyzed_seeds())
    assert "dual reaction" in text
    assert "**headline_unsupported**" in text and "**formulaic_text**" in text


def test_markdown_of_the_corpus_lists_every_verdict():
    text = render_markdown(analyzed_corpus())
    for verdict in ("corroborated", "contradicted", "contested", "unverified"):
        assert verdict in text


def test_markdown_lists_the_headlines_claim_as_row_h_with_its_cross_check():
    report = _report()
    item = report.articles[0]
    item.headline_claim = Claim("h1", "Port closes", None, "outlet", False, False, 0.9, 0, 11, field="headline")
    report.crosschecks.append(Crosscheck("h1", "m1", "unverified", [], 1))
    text = render_markdown(report)
    assert "| H | Port closes *(the headline)* | — | the outlet itself | 0.90 | ❔ unverified" in text
