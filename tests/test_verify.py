"""Cross-source verdicts on the fictional corpus, independent-source counting and bounded retrieval.

Hand-built articles below are fictional, written for newscheck's tests.
"""

from __future__ import annotations

from collections import Counter

from analyzed_examples import analyzed_corpus, analyzed_seeds, by_hint, expected_corpus, seed

from newscheck.config import Settings
from newscheck.records import Article, ArticleReport, Claim, Crosscheck, StanceResult, Story
from newscheck.verify import MAX_CANDIDATE_ARTICLES, denies, overlap, verify


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
    family_of = {a: n for story in report.stories for n, f in enumerate(story.families) for a in f}
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


class AgreeingStance:
    """Test double: every text agrees with every claim; records how many pairs it was asked."""

    def __init__(self) -> None:
        self.pairs = 0

    def predict(self, claims, texts):
        self.pairs += len(claims)
        return [StanceResult("agree", {"agree": 0.9, "disagree": 0.0, "discuss": 0.05, "unrelated": 0.05}) for _ in claims]


def _article(n: int, body: str, claim_source: tuple[str | None, str] = (None, "outlet")) -> ArticleReport:
    article = Article(id=f"x{n}", source=f"x{n}", headline=f"Dorn ferry report {n}", body=body, paragraphs=[body], published="2026-04-01")
    who, source_type = claim_source
    claim = Claim(f"k{n}", body, who, source_type, False, False, 0.9, 0, len(body), actors=["Dorn Ferries", "Elmsworth"])
    return ArticleReport(article, claims=[claim])


def test_reports_citing_the_same_original_count_as_one_source():
    text = "Fictional Broadcaster reported that Dorn Ferries will cut the Elmsworth route."
    reports = [_article(n, text.replace("route", f"route {n}"), ("Fictional Broadcaster", "media")) for n in range(3)]
    story = Story("s", "ferry", [r.article.id for r in reports], [[r.article.id] for r in reports])
    checks = verify(reports, [story], Settings(), stance=AgreeingStance())
    assert {c.verdict for c in checks} == {"unverified"}  # repeating one original corroborates nothing
    assert {c.independent_sources for c in checks} == {1}
    assert all(len(c.evidence) == 2 for c in checks)  # shown, but not counted twice
    bodies = {r.article.id: r.article.body for r in reports}  # no annotation: sentences split from the body
    assert all(bodies[e.article_id][e.start : e.end] == e.sentence for c in checks for e in c.evidence)

    own_reporting = _article(3, "Dorn Ferries will cut the Elmsworth route, the company's chief Ada Holm said.", ("Ada Holm", "named"))
    story.article_ids.append(own_reporting.article.id)
    story.families.append([own_reporting.article.id])
    checks = verify([*reports, own_reporting], [story], Settings(), stance=AgreeingStance())
    assert {c.verdict for c in checks} == {"corroborated"}
    assert {c.independent_sources for c in checks} == {2}


def test_retrieval_is_bounded_however_many_articles_share_the_claims_actors():
    reports = [_article(n, f"Dorn Ferries will cut the Elmsworth route number {n} in April.") for n in range(150)]
    stance = AgreeingStance()  # the claims are the outlet's own, so headline support asks it nothing
    checks = verify(reports, [], Settings(), stance=stance)
    assert len(checks) == len(reports)
    assert {c.verdict for c in checks} == {"corroborated"}  # found through the actor index, no story needed
    assert 0 < stance.pairs <= len(reports) * MAX_CANDIDATE_ARTICLES


def _check_against(first: ArticleReport, second: ArticleReport) -> Crosscheck:
    """The cross-check of the first article's claim when the only other report is the second and the
    stance model reads every text as agreeing."""
    story = Story("s", "ferry", [first.article.id, second.article.id], [[first.article.id], [second.article.id]])
    checks = verify([first, second], [story], Settings(), stance=AgreeingStance())
    return next(c for c in checks if c.article_id == first.article.id)


def test_a_report_of_the_opposite_outcome_is_not_taken_for_corroboration():
    claim = _article(0, "Dorn Ferries will close the Elmsworth route in April, the company said.")
    opposite = _article(1, "The Elmsworth route of Dorn Ferries will stay open in April, the company said on Monday.")
    restated = _article(2, "Dorn Ferries will shut the Elmsworth route in April; the route opened in 1998, the company said.")
    check = _check_against(claim, opposite)
    assert check.verdict == "unverified"
    assert [(e.article_id, e.stance, e.sentence) for e in check.evidence] == [("x1", "discuss", opposite.article.body)]
    assert _check_against(claim, restated).verdict == "corroborated"  # "opened in 1998" beside "shut"


def test_agreement_needs_shared_content_not_one_word_or_the_quotes_frame():
    assert overlap("Dorn Ferries will cut the Elmsworth route in April.", "Dorn Ferries is cutting the route.") >= 0.4
    claim = "\"We see no reason to move rates,\" Marsh told reporters, adding that inflation had slowed."
    assert overlap(claim, "Inflation is still too high.") == 0.0  # one shared word
    assert overlap("\"Fares will rise,\" Marsh told reporters.", "\"The pier is safe,\" Marsh told reporters.") == 0.0


def test_another_count_of_the_claims_event_contradicts_it():
    claim = _article(0, "Dorn Ferries will cut 40 sailings a week on the Elmsworth route, the company said.")
    other = _article(1, "Dorn Ferries will cut 25 sailings a week on the Elmsworth route from April, the company said.")
    check = _check_against(claim, other)
    assert check.verdict == "contradicted"
    assert [(e.article_id, e.stance) for e in check.evidence] == [("x1", "disagree")]


def test_a_ruled_out_claim_is_denied_but_a_negated_denial_denies_nothing():
    assert denies("Prime minister Hanne Vost calls early election", "Hanne Vost ruled out an early election on Tuesday.")
    assert denies("Police suspect foul play in the death", "Police have ruled out foul play.")
    assert not denies("Police suspect foul play in the death", "Police have not ruled out foul play in the death.")
    assert not denies("Mayor Lidia Hart will resign", "The mayor did not deny that she will resign.")
    assert denies("Mayor Lidia Hart will resign", "The mayor said she would not resign.")


def test_reports_said_to_be_false_deny_what_they_reported():
    claim = "Dorn Ferries will close the Elmsworth route in April"
    assert denies(claim, "A spokeswoman said reports that the route would close were completely false.")
    assert not denies(claim, "A spokeswoman said reports that fares would rise were false.")


def test_a_later_denial_of_the_story_contradicts_a_claim_the_article_reported():
    claim = _article(0, "Dorn Ferries will close the Elmsworth route in April, union officials said.")
    denial = _article(
        1,
        "Union officials said on Monday that Dorn Ferries would close the Elmsworth route in April. "
        "The summer timetable is due next week. A spokeswoman for the company said the story was completely false.",
    )
    check = _check_against(claim, denial)
    assert check.verdict == "contradicted"
    assert [e.sentence for e in check.evidence] == ["A spokeswoman for the company said the story was completely false."]


def test_a_denial_of_the_story_does_not_reach_background_the_article_states_itself():
    claim = _article(0, "Harbour fees in Elmsworth rose sharply this year, the port authority said.")
    other = _article(
        1,
        "Reports circulated on Monday that Dorn Ferries would close the Elmsworth route. "
        "Harbour fees in Elmsworth rose sharply this year. A company spokeswoman said the reports were false.",
    )
    assert _check_against(claim, other).verdict == "corroborated"
