"""Opposed outcomes: what cross-checks refuse to count as agreement. Sentences are fictional."""

from __future__ import annotations

from newscheck.terms import opposite_outcome, outcomes


def test_the_sentence_stating_the_opposite_outcome_is_found():
    sentences = ["Lawmakers met on Thursday.", "Corvana's parliament voted down the new mining law, 61 votes to 48."]
    assert opposite_outcome("Corvana's parliament passes the new mining law", sentences) == 1
    assert opposite_outcome("Erik Lund convicted of fraud", ["A Halden court acquitted Erik Lund on Wednesday."]) == 0


def test_a_sentence_stating_the_claims_own_outcome_means_no_contradiction():
    sentences = ["The plant opened in 1990.", "It will close in May, the company said."]
    assert opposite_outcome("Brenna Corp to close its Halden plant", sentences) is None
    assert opposite_outcome("Brenna Corp to close its Halden plant", sentences[:1]) == 0


def test_no_outcome_word_or_both_sides_in_the_claim_give_nothing():
    assert opposite_outcome("Velo bank names a new chief executive", ["Velo bank shut two branches."]) is None
    assert opposite_outcome("Stores open late and close early", ["Stores closed at noon."]) is None


def test_outcome_words_match_whole_words_and_phrases():
    assert outcomes("The closet was closely guarded.") == frozenset()
    assert outcomes("The tour will go ahead as planned.") == {("plan", 1)}
    assert outcomes("Staff were laid off.") == {("jobs", 1)}
