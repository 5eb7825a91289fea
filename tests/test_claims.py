"""Claims stage on the seeds (through extract_text) and on our own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.annotate import annotate
from newscheck.attribute import attribute
from newscheck.claims import claim_id, find_claims
from newscheck.config import Settings
from newscheck.extract import extract_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "attribution"


def _claims_of(paths):
    articles = [extract_text(p.read_text("utf-8"), str(p)) for p in paths]
    annotations = annotate(articles, Settings(workers=1))
    return [(a, find_claims(a, ann, attribute(a, ann))) for a, ann in zip(articles, annotations)]


@pytest.fixture(scope="module")
def seeds(seed_000, seed_001):
    return _claims_of([seed_000, seed_001])


def _claim(claims, *words):
    """The first claim holding all `words`, in any case: a seed's claim is found without copying its text."""
    found = [c for c in claims if all(w.lower() in c.text.lower() for w in words)]
    assert found, f"no claim holds {words!r}"
    return found[0]


def test_claims_resting_on_us_officials_are_unnamed(seeds):
    claims = seeds[1][1]
    officials = [c for c in claims if c.attributed_to == "US officials"]
    assert len(officials) == 2
    assert all(c.source_type == "unnamed" for c in officials)
    assert _claim(claims, "according to us intelligence").source_type == "unnamed"


def test_japanese_media_claim_is_media(seeds):
    claim = _claim(seeds[0][1], "japanese", "media")
    assert claim.source_type == "media"


def test_alliance_claim_carries_both_countries_and_the_event_aimed_at_the_usa(seeds):
    claim = _claim(seeds[0][1], "formation", "alliance")
    assert {"RUS", "CHN"} <= set(claim.actors)
    assert claim.source_type == "outlet"  # the outlet asserts the announcement itself
    aimed = {(e.source, e.target) for e in claim.events if e.type == "MOBILIZE" and e.mode == "asserted"}
    assert {("RUS", "USA"), ("CHN", "USA")} <= aimed
    assert "today" in claim.times


def test_quoted_claim_is_attributed_to_its_speaker(seeds):
    claim = _claim(seeds[0][1], "dual reaction")
    assert (claim.attributed_to, claim.source_type) == ("Maria Zakharova", "named")
    assert claim.quote_index is not None


def test_hedged_and_negated_claims(seeds):
    claims = seeds[1][1]
    assert _claim(claims, "indications", "lethal").hedged
    assert _claim(claims, "denied", "cooperation").negated
    assert not _claim(claims, "according to us intelligence").negated


def test_reported_facts_score_above_filler(seeds):
    claims = seeds[1][1]
    filler = [_claim(claims, "raises questions"), _claim(claims, "tale", "geopolitical")]
    facts = [_claim(claims, "according to us intelligence"), _claim(claims, "sounded", "alarm")]
    assert max(c.checkworthy for c in filler) < 0.3
    assert min(c.checkworthy for c in facts) > 0.7


def test_claim_ids_are_stable_hashes_of_article_and_offsets(seeds):
    article, claims = seeds[0]
    assert all(c.id == claim_id(article.id, c.start, c.end) for c in claims)
    assert len({c.id for c in claims}) == len(claims)
    again = _claims_of([Path(article.source)])[0][1]
    assert [c.id for c in again] == [c.id for c in claims]


def test_claim_offsets_match_body_and_scores_are_probabilities(seeds):
    for article, claims in seeds:
        for claim in claims:
            assert article.body[claim.start : claim.end] == claim.text
            assert 0.0 <= claim.checkworthy <= 1.0


def test_denial_claim_in_own_example_is_negated_and_named():
    ((_, claims),) = _claims_of([EXAMPLES / "02_ministry_denial.txt"])
    claim = _claim(claims, "denied that it had approved")
    assert claim.negated
    assert (claim.attributed_to, claim.source_type) == ("Polish Foreign Ministry", "named")


def test_numbers_and_actions_in_news_prose_score_high():
    ((_, claims),) = _claims_of([EXAMPLES / "11_ceasefire_talks.txt"])
    assert _claim(claims, "shelled the city of Kharkiv").checkworthy > 0.7


def test_a_wire_datelines_fragment_is_no_claim_and_the_lead_sentence_is_the_first(tmp_path):
    page = tmp_path / "wire.txt"
    page.write_text(
        "Ferry runs aground off Kessel Point\n\n"
        "KESSEL, Norvia, May 4 (Tidewire) - A passenger ferry carrying 140 people ran aground off Kessel Point on "
        "Sunday, the coastguard said. All passengers were taken off safely by lifeboats.\n\n"
        "The operator, Blue Fjord Lines, said the vessel had lost power in heavy swell.\n",
        encoding="utf-8",
    )
    ((article, claims),) = _claims_of([page])
    assert not any(c.text.startswith("KESSEL") for c in claims)
    first = min(claims, key=lambda c: c.start)
    assert first.text.startswith("A passenger ferry carrying 140 people ran aground")


def test_a_verbless_line_ending_in_a_dash_that_is_no_dateline_is_still_a_claim():
    from newscheck.records import Article

    body = (
        "Rescue teams in the Varn valley recovered six more bodies on Tuesday, the regional governor said.\n\n"
        "Death toll from the Varn valley floods now 41 -\n\n"
        "Officials said more than 300 homes were still without power."
    )
    article = Article(id="v1", source="v1", headline="Varn floods", body=body, paragraphs=body.split("\n\n"))
    (annotation,) = annotate([article], Settings(workers=1))
    claims = find_claims(article, annotation, attribute(article, annotation))
    assert any(c.text.startswith("Death toll from the Varn valley floods now 41") for c in claims)


def _headline_claims(*headlines: str):
    from newscheck.claims import find_headline_claims
    from newscheck.records import Article

    articles = [Article(id=f"h{n}", source=f"h{n}", headline=h, body="") for n, h in enumerate(headlines)]
    return find_headline_claims(articles, [None] * len(articles))


def test_a_headline_states_a_claim_with_offsets_into_the_headline():
    headline = "Live updates: Orsa and Velmar announce a defence pact"
    (claim,) = _headline_claims(headline)
    assert claim.field == "headline" and claim.source_type == "outlet"
    assert claim.text == "Orsa and Velmar announce a defence pact" == headline[claim.start : claim.end]
    assert claim.checkworthy > 0


def test_a_headlines_label_before_a_colon_is_cut_and_names_the_source_of_the_quoted_words_after_it():
    topic, quoted, shouted = _headline_claims(
        "Tarn floods: death toll rises to 19",
        "Mayor Holm: 'I will not resign over the tram deal'",
        "DEATH TRAP: Ferry 'was packed to the rails'",
    )
    assert (topic.text, topic.attributed_to) == ("death toll rises to 19", None)
    assert quoted.text == "'I will not resign over the tram deal'"
    assert (quoted.attributed_to, quoted.source_type) == ("Mayor Holm", "named")
    assert shouted.attributed_to is None and shouted.text.startswith("Ferry")


def test_a_headline_that_asks_explains_or_is_a_section_path_states_no_claim():
    found = _headline_claims(
        "Is the mayor of Tarn about to quit?", "Tarn bridge closure: what we know", "News | Tarn | Local politics"
    )
    assert found == [None, None, None]


def test_a_headline_claims_actors_are_those_the_body_names():
    from newscheck.claims import find_headline_claims
    from newscheck.records import Article

    body = "Orsa and Velmar signed a defence pact in Tarn on Monday, officials in both capitals said."
    article = Article(id="p", source="p", headline="Orsa, Velmar sign defence pact", body=body, paragraphs=[body])
    (annotation,) = annotate([article], Settings(workers=1))
    (claim,) = find_headline_claims([article], [annotation])
    body_actors = set(find_claims(article, annotation, attribute(article, annotation))[0].actors)
    assert claim.actors and set(claim.actors) <= body_actors
