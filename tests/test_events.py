"""PLOVER event coding on short fictional sentences and on the alliance seed."""

from __future__ import annotations

import pytest

from newscheck.annotate import annotate
from newscheck.attribute import attribute
from newscheck.claims import find_claims
from newscheck.config import Settings
from newscheck.records import Article

# Fictional sentences written for newscheck's tests.
SENTENCES = [
    "Russia and China announced a military alliance aimed at countering the United States.",
    "Iran did not attack Israel on Sunday.",
    "Turkey will send drones to Ukraine next month.",
    "If Washington imposes sanctions on Beijing, China could retaliate.",
    "The United States deployed missiles in Japan last year.",
    "The minister said the weather was cold in Norway this week.",
    "France accused Germany of breaking the agreement.",
    "Will Russia attack Finland this winter?",
    "Japan and Australia signed an agreement to share stockpiles of critical minerals.",
    "Chinese firms have been providing drone components to Russia.",
    "Moscow denied supplying attack drones to Iran.",
    "Tehran rejected the proposal and attacked Iraq the next day.",
    "Officials in Ankara said Turkey had sent armoured vehicles to Azerbaijan.",
    "China will not send troops to Russia, the ministry said.",
    "A Pentagon spokesman accused Iran of arming militias in Iraq.",
    "The Kremlin warned Finland of serious consequences.",
    "Norway's detention of the British trawler angered London.",
    "An Estonian patrol boat was struck by a Russian drone near the island.",
    "Cairo denied reports that it had supplied drones to Sudan.",
    "Polish farmers staged a protest outside the German embassy.",
    "Egypt and Sudan signed a pact, which Ethiopia has criticised, on Saturday.",
    "Poland accused Belarus of shelling its border posts.",
]


@pytest.fixture(scope="module")
def events_by_sentence():
    body = "\n\n".join(SENTENCES)
    article = Article(id="events-test", source="<test>", headline="Events", body=body, paragraphs=list(SENTENCES))
    (annotation,) = annotate([article], Settings(workers=1))
    claims = find_claims(article, annotation, attribute(article, annotation))
    out = {}
    for sentence in SENTENCES:
        claim = next(c for c in claims if c.text == sentence)
        out[sentence[:20]] = {(e.type, e.source, e.target, e.mode, e.polarity) for e in claim.events}
    return out


def test_alliance_against_a_third_country_is_mobilisation_by_both(events_by_sentence):
    events = events_by_sentence["Russia and China ann"]
    assert ("MOBILIZE", "RUS", "USA", "asserted", "affirmed") in events
    assert ("MOBILIZE", "CHN", "USA", "asserted", "affirmed") in events


def test_negated_attack(events_by_sentence):
    assert events_by_sentence["Iran did not attack "] == {("ASSAULT", "IRN", "ISR", "asserted", "negated")}


def test_future_aid(events_by_sentence):
    assert events_by_sentence["Turkey will send dro"] == {("AID", "TUR", "UKR", "future", "affirmed")}


def test_conditional_sanctions_are_hypothetical(events_by_sentence):
    assert ("SANCTION", "USA", "CHN", "hypothetical", "affirmed") in events_by_sentence["If Washington impose"]


def test_place_of_deployment_is_not_a_target(events_by_sentence):
    assert events_by_sentence["The United States de"] == {("MOBILIZE", "USA", None, "asserted", "affirmed")}


def test_no_trigger_no_event(events_by_sentence):
    assert events_by_sentence["The minister said th"] == set()


def test_accusation(events_by_sentence):
    assert events_by_sentence["France accused Germa"] == {("ACCUSE", "FRA", "DEU", "asserted", "affirmed")}


def test_questions_code_no_events(events_by_sentence):
    assert events_by_sentence["Will Russia attack F"] == set()


def test_two_subjects_signing_an_agreement_agree_with_each_other(events_by_sentence):
    assert events_by_sentence["Japan and Australia "] == {("AGREE", "JPN", "AUS", "asserted", "affirmed")}


def test_demonym_subject_codes_the_country(events_by_sentence):
    assert events_by_sentence["Chinese firms have b"] == {("AID", "CHN", "RUS", "asserted", "affirmed")}


def test_a_denied_event_is_coded_with_its_denial(events_by_sentence):
    assert events_by_sentence["Moscow denied supply"] == {("AID", "RUS", "IRN", "reported", "denied")}


def test_a_verb_conjoined_to_a_denial_verb_is_not_denied(events_by_sentence):
    assert ("ASSAULT", "IRN", "IRQ", "asserted", "affirmed") in events_by_sentence["Tehran rejected the "]


def test_what_a_source_says_is_reported_not_asserted(events_by_sentence):
    assert events_by_sentence["Officials in Ankara "] == {("AID", "TUR", "AZE", "reported", "affirmed")}


def test_a_reported_future_refusal_keeps_mode_and_negation(events_by_sentence):
    assert events_by_sentence["China will not send "] == {("AID", "CHN", "RUS", "future", "negated")}


def test_seats_of_government_and_offices_code_their_country(events_by_sentence):
    assert events_by_sentence["A Pentagon spokesman"] == {("ACCUSE", "USA", "IRN", "asserted", "affirmed")}
    assert events_by_sentence["The Kremlin warned F"] == {("THREATEN", "RUS", "FIN", "asserted", "affirmed")}


def test_a_noun_owned_by_one_actor_and_done_to_another_is_an_event(events_by_sentence):
    assert ("COERCE", "NOR", "GBR", "asserted", "affirmed") in events_by_sentence["Norway's detention o"]


def test_a_passive_runs_from_its_agent_to_its_subject(events_by_sentence):
    assert events_by_sentence["An Estonian patrol b"] == {("ASSAULT", "RUS", "EST", "asserted", "affirmed")}


def test_it_in_a_denied_report_is_the_one_who_denies(events_by_sentence):
    assert events_by_sentence["Cairo denied reports"] == {("AID", "EGY", "SDN", "reported", "denied")}


def test_a_protest_outside_an_embassy_targets_its_country(events_by_sentence):
    assert events_by_sentence["Polish farmers stage"] == {("PROTEST", "POL", "DEU", "asserted", "affirmed")}


def test_a_relative_clause_on_the_object_names_no_target(events_by_sentence):
    events = events_by_sentence["Egypt and Sudan sign"]
    assert ("AGREE", "EGY", "SDN", "asserted", "affirmed") in events
    assert not any("ETH" in (source, target) for _, source, target, _, _ in events)


def test_what_an_actor_is_accused_of_is_the_accuseds_event_by_the_accusers_word(events_by_sentence):
    assert events_by_sentence["Poland accused Belar"] == {
        ("ACCUSE", "POL", "BLR", "asserted", "affirmed"),
        ("ASSAULT", "BLR", "POL", "reported", "affirmed"),  # "its border posts" are the accuser's
    }
