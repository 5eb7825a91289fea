"""Headline support against the article's own attributed sources.

Hand-built articles below are fictional, written for newscheck's tests.
"""

from __future__ import annotations

import pytest
from analyzed_examples import analyzed_corpus, analyzed_seeds, by_hint, expected_corpus, seed

from newscheck.headline import WordSimilarity, central_claim, headline_support
from newscheck.records import Article, ArticleReport, Claim, Quote
from newscheck.stance import get_model


@pytest.fixture(scope="module")
def similarity() -> WordSimilarity:
    return WordSimilarity()


def _report(headline: str, body: str, statements: list[tuple[str, str | None, str]]) -> ArticleReport:
    """An article whose claims are the given (sentence, who, source type) triples."""
    report = ArticleReport(Article(id="h1", source="h1", headline=headline, body=body, paragraphs=body.split("\n\n")))
    for n, (text, who, source_type) in enumerate(statements):
        start = body.index(text)
        report.claims.append(Claim(f"c{n}", text, who, source_type, False, False, 0.9, start, start + len(text)))
    return report


def test_seed_000_headline_is_only_partly_backed_by_zakharovas_dual_reaction():
    support = seed(analyzed_seeds(), "000").headline_support
    assert support.label in ("partial", "unsupported")
    assert any("dual reaction" in e for e in support.evidence)
    assert "alliance" in support.reason


def test_kicker_before_the_colon_is_not_part_of_the_claim():
    assert central_claim("Live Updates: Harbour reopens after strike") == "Harbour reopens after strike"
    assert central_claim("Harbour reopens: what it means") == "Harbour reopens: what it means"


def test_source_stating_the_headline_in_other_words_supports_it(similarity):
    body = (
        "The harbour authority of Elmsworth closed Dock 4 on Monday after a crane collapsed onto the quay, "
        "harbour master Lena Brook said.\n\nNo one was hurt."
    )
    report = _report(
        "Elmsworth shuts Dock 4 after crane collapse",
        body,
        [(body.split("\n\n")[0], "Lena Brook", "named")],
    )
    support = headline_support(report, get_model(), similarity)
    assert support.label == "supported"
    assert support.evidence_spans[0].start == 0


def test_source_promising_less_than_the_headline_is_partial_and_names_the_missing_words(similarity):
    body = (
        "Mayor Hal Venn said Elmsworth and Dorn would coordinate their response to the spring floods.\n\n"
        "Elmsworth and Dorn today formed a flood defence alliance, the first of its kind in the valley."
    )
    first, second = body.split("\n\n")
    report = _report(
        "Elmsworth and Dorn form flood defence alliance",
        body,
        [(first, "Hal Venn", "named"), (second, None, "outlet")],
    )
    support = headline_support(report, get_model(), similarity)
    assert support.label == "partial"
    assert support.evidence == [first]
    assert "alliance" in support.reason


def test_source_stating_the_opposite_outcome_contradicts_the_headline(similarity):
    body = (
        "The central bank of Ostria left its key interest rate unchanged on Thursday, governor Lena Marsh said.\n\n"
        "Most economists had expected no move."
    )
    first = body.split("\n\n")[0]
    report = _report("Ostria central bank raises interest rates", body, [(first, "Lena Marsh", "named")])
    support = headline_support(report, get_model(), similarity)  # the model alone reads the statement as agreeing
    assert (support.label, support.contradicted) == ("unsupported", True)
    assert support.evidence == [first]


def test_source_giving_another_count_contradicts_the_headline(similarity):
    body = "A fire at a warehouse in Halden killed 30 people on Tuesday night, fire chief Anna Berg said."
    report = _report("Halden warehouse fire kills 12 people", body, [(body, "Anna Berg", "named")])
    support = headline_support(report, get_model(), similarity)
    assert (support.label, support.contradicted) == ("unsupported", True)


def test_headline_with_no_source_in_the_body_is_unsupported(similarity):
    body = "Elmsworth and Dorn today formed a flood defence alliance, the first of its kind in the valley."
    report = _report("Elmsworth and Dorn form flood defence alliance", body, [(body, None, "outlet")])
    support = headline_support(report, get_model(), similarity)
    assert support.label == "unsupported"
    assert "outlet" in support.reason


def test_quote_counts_as_the_speakers_statement(similarity):
    body = '"We have closed Dock 4 because the crane collapsed," said harbour master Lena Brook of Elmsworth.'
    text = "We have closed Dock 4 because the crane collapsed,"
    report = _report("Elmsworth shuts Dock 4 after crane collapse", body, [])
    report.quotes = [Quote(text, "Lena Brook", "harbour master", "named", True, True, 1, 1 + len(text))]
    assert headline_support(report, get_model(), similarity).label == "supported"


def test_sound_wire_reports_headlines_are_not_flagged():
    articles = by_hint(analyzed_corpus())
    for hint in expected_corpus()["sound_reports"]:
        assert "headline_unsupported" not in {s.code for s in articles[hint].signals}, hint


# A report of a denial: the rumour is told, then the denier's spokesman calls "the story" false.
DENIAL_BODY = (
    "Reports circulated on Monday that health minister Petra Holm had resigned, several news sites said.\n\n"
    "A spokesman for the ministry said on Monday evening that the story was completely false."
)


def _support_of_denial_body(headline: str, similarity: WordSimilarity):
    rumour, denial = DENIAL_BODY.split("\n\n")
    statements = [(rumour, "news sites", "unnamed"), (denial, "spokesman for the ministry", "unnamed")]
    return headline_support(_report(headline, DENIAL_BODY, statements), get_model(), similarity), denial


def test_headline_reporting_a_denial_is_supported_by_the_deniers_statement(similarity):
    support, denial = _support_of_denial_body("Ministry denies Holm has quit", similarity)
    assert support.label == "supported"
    assert support.evidence == [denial]


def test_a_denial_by_someone_else_does_not_back_a_headline_naming_the_denier(similarity):
    support, _ = _support_of_denial_body("Holm denies she has quit", similarity)
    assert support.label != "supported"


def test_missing_words_are_quoted_as_a_phrase_where_they_stand_together_else_one_by_one(similarity):
    body = "Harbour master Ada Lisk said the ferry operator had cut some winter crossings to the islands."
    report = _report("Ferry operator scraps every winter crossing after record losses", body, [(body, "Ada Lisk", "named")])
    reason = headline_support(report, get_model(), similarity).reason
    assert "no source says “scraps”, “every”, “record” or “losses”" in reason
