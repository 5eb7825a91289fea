"""Annotate stage on the seeds (through extract_text) and on our own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.annotate import annotate
from newscheck.config import Settings
from newscheck.extract import extract_text
from newscheck.nlp import get_nlp, process_count


@pytest.fixture(scope="module")
def seeds(seed_000, seed_001):
    articles = [extract_text(p.read_text("utf-8"), str(p)) for p in (seed_000, seed_001)]
    return list(zip(articles, annotate(articles, Settings(workers=1))))


def test_pipeline_loads_only_the_components_we_use():
    names = get_nlp().pipe_names
    assert "lemmatizer" not in names
    assert {"tagger", "parser", "ner"} <= set(names)


def test_small_batches_stay_in_one_process_and_big_ones_use_the_workers():
    assert process_count(3, workers=2) == 1
    assert process_count(200, workers=2) == 2
    assert process_count(200, workers=1) == 1


def test_sentence_offsets_point_into_the_body_and_never_cross_paragraphs(seeds):
    for article, annotation in seeds:
        assert annotation.sentences
        for sentence in annotation.sentences:
            assert article.body[sentence.start : sentence.end] == sentence.text
            assert "\n\n" not in sentence.text


def test_sentence_starts_at_an_opening_quote_after_a_full_stop(seeds):
    article, annotation = seeds[0]
    assert any(s.text.startswith("“Moscow and Beijing") for s in annotation.sentences)


def test_surname_tagged_as_nationality_is_corrected_to_the_person(seeds):
    _, annotation = seeds[0]
    zakharova = [e for e in annotation.entities if e.text == "Zakharova"]
    assert zakharova and all(e.label == "PERSON" and e.actor == "Maria Zakharova" for e in zakharova)


def test_countries_capitals_and_demonyms_become_iso3_actors(seeds):
    _, annotation = seeds[0]
    countries = {a.key for a in annotation.actors if a.kind == "country"}
    assert {"RUS", "CHN", "USA", "JPN"} <= countries
    russia = next(a for a in annotation.actors if a.key == "RUS")
    assert {"Moscow", "Russia"} <= {m.text for m in russia.mentions}


def test_people_get_role_and_country_their_title_states(seeds):
    _, annotation = seeds[0]
    zakharova = next(a for a in annotation.actors if a.key == "Maria Zakharova")
    assert zakharova.kind == "person"
    assert zakharova.role == "Russian Foreign Ministry spokesperson"
    assert zakharova.country == "RUS"
    blinken = next(a for a in seeds[1][1].actors if a.key == "Antony Blinken")
    assert blinken.country == "USA"


def test_secretary_of_state_is_not_an_organisation(seeds):
    assert not any(e.label == "ORG" and e.text == "State" for _, ann in seeds for e in ann.entities)


def test_closing_quote_mark_stays_with_its_sentence():
    path = Path(__file__).resolve().parents[1] / "examples" / "attribution" / "01_port_strike.txt"
    article = extract_text(path.read_text("utf-8"), str(path))
    (annotation,) = annotate([article], Settings(workers=1))
    texts = [s.text for s in annotation.sentences]
    assert not any(t in ('"', "”") for t in texts)
    assert any(t.endswith('without us."') for t in texts)


def test_two_worker_processes_give_the_same_annotation_as_one():
    paths = sorted((Path(__file__).resolve().parents[1] / "examples" / "attribution").glob("*.txt"))
    articles = [extract_text(p.read_text("utf-8"), str(p)) for p in paths] * 2
    assert process_count(len(articles), workers=2) == 2
    one = annotate(articles, Settings(workers=1))
    two = annotate(articles, Settings(workers=2))
    for a, b in zip(one, two):
        assert [(s.start, s.end) for s in a.sentences] == [(s.start, s.end) for s in b.sentences]
        assert [(e.text, e.label, e.actor) for e in a.entities] == [(e.text, e.label, e.actor) for e in b.entities]


def test_a_possessive_left_on_an_organisation_is_no_part_of_its_actor():
    body = (
        "The Bank of Oranvia's policy committee voted on Wednesday to raise its main rate. "
        "Shares fell after the Tallow Mining Corporation's board rejected the offer from the Bank of Oranvia."
    )
    article = extract_text(f"Rates rise in Oranvia\n\n{body}", "possessive.txt")
    annotation = annotate([article], Settings(workers=1))[0]
    organisations = {a.key for a in annotation.actors if a.kind == "org"}
    assert "Bank of Oranvia" in organisations and "Tallow Mining Corporation" in organisations
    assert not any(key.endswith(("'s", "’s", "'")) for key in organisations)
    bank = next(a for a in annotation.actors if a.key == "Bank of Oranvia")
    assert len(bank.mentions) == 2
