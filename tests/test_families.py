"""Copy families on the fictional corpus: copies of one report group, reports apart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fictional_corpus import corpus_reports, gold

from newscheck.config import Settings
from newscheck.families import copy_families, family_index


@pytest.fixture(scope="module")
def articles():
    return [r.article for r in corpus_reports()]


@pytest.fixture(scope="module")
def families(articles):
    return copy_families(articles, Settings())


def _family_of(families, article_id):
    return set(families[family_index(families)[article_id]])


def test_every_article_is_in_exactly_one_family(articles, families):
    ids = [a for family in families for a in family]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_families_match_the_gold_exactly(families):
    expected = {frozenset(f) for f in gold()["families"]}
    found = {frozenset(f) for f in families if len(f) > 1}
    assert found == expected


@pytest.mark.parametrize("kind", ["verbatim", "spun", "truncated"])
def test_each_kind_of_copy_joins_its_original(families, kind):
    for copy in gold()["copy_kinds"][kind]:
        original = next(f[0] for f in gold()["families"] if copy in f)
        assert original in _family_of(families, copy), f"{kind} copy {copy} not with {original}"


def test_independent_reports_of_one_event_stay_in_separate_families(families):
    for story in ("kessel-bridge-closure", "drava-plant-fire", "kessa-strait-incident"):
        originals = [a for a in gold()["stories"][story] if "-copy-" not in a]
        family_numbers = {family_index(families)[a] for a in originals}
        assert len(family_numbers) == len(originals), story


def test_a_correction_is_not_a_copy_of_the_report_it_corrects(families):
    assert "fire-ledger-initial" not in _family_of(families, "fire-ledger-correction")


def test_a_short_text_contained_in_a_report_is_not_called_a_copy(articles):
    wire = next(a for a in articles if a.id == "bridge-wire")
    snippet = replace(wire, id="snippet", body=" ".join(wire.body.split()[:8]), paragraphs=[])
    assert copy_families([wire, snippet], Settings()) == [["bridge-wire"], ["snippet"]]
