"""Cross-source verdicts and signals on the fictional corpus and the seeds, end to end."""

from __future__ import annotations

from collections import Counter

from analyzed_examples import analyzed_corpus, analyzed_seeds, by_hint, expected_corpus, seed

from newscheck.records import ArticleReport, Crosscheck


def _check_for(article: ArticleReport, sentence: str) -> Crosscheck | None:
    claim = next(c for c in article.claims if c.start <= article.article.body.index(sentence) < c.end)
    report = analyzed_corpus()
    return next((c for c in report.crosschecks if c.article_id == article.article.id and c.claim_id == claim.id), None)


def test_corpus_claims_get_the_expected_verdicts_with_evidence_from_the_expected_articles():
    articles = by_hint(analyzed_corpus())
    ids = {a.article.id: hint for hint, a in articles.items()}
    for expected in expected_corpus()["claims"]:
        check = _check_for(articles[expected["article"]], expected["sentence"])
        assert check is not None, expected["sentence"]
        assert check.verdict == expected["verdict"], (expected["article"], check)
        stances = {ids[e.article_id]: e.stance for e in check.evidence}
        for hint in expected["disagree"]:
            family = next((f for f in expected_corpus()["families"] if hint in f), [hint])
            assert any(stances.get(h) == "disagree" for h in family), (expected["article"], hint, stances)


def test_every_verdict_occurs_on_the_corpus():
    counts = Counter(c.verdict for c in analyzed_corpus().crosschecks)
    assert all(counts[v] >= 1 for v in ("corroborated", "contradicted", "contested", "unverified")), counts


def test_copies_count_once_as_independent_sources():
    articles = by_hint(analyzed_corpus())
    claim = expected_corpus()["claims"][0]  # bridge wire's six-week closure: wire family + two independent reports
    check = _check_for(articles[claim["article"]], claim["sentence"])
    assert check.independent_sources == 1 + len(claim["agree"])


def test_evidence_never_comes_from_the_claims_own_copy_family():
    report = analyzed_corpus()
    family_of = {a: (story.id, n) for story in report.stories for n, f in enumerate(story.families) for a in f}
    for check in report.crosschecks:
        own = family_of.get(check.article_id, check.article_id)
        assert all(family_of.get(e.article_id, e.article_id) != own for e in check.evidence)


def test_evidence_carries_offsets_into_the_evidence_articles_body():
    bodies = {a.article.id: a.article.body for a in analyzed_corpus().articles}
    for check in analyzed_corpus().crosschecks:
        for e in check.evidence:
            assert bodies[e.article_id][e.start : e.end] == e.sentence


def test_seed_signals():
    report = analyzed_seeds()
    assert "headline_unsupported" in {s.code for s in seed(report, "000").signals}
    assert {"anonymous_sourcing", "quote_integrity", "formulaic_text"} <= {s.code for s in seed(report, "001").signals}


def test_sound_wire_reports_get_no_signal():
    articles = by_hint(analyzed_corpus())
    for hint in expected_corpus()["sound_reports"]:
        assert articles[hint].signals == [], (hint, [(s.code, s.message) for s in articles[hint].signals])
