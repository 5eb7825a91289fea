"""Sentence splitting keeps offsets exact and does not break at titles or initials; cue phrases count by meaning."""

from newscheck.stance.text import CUE_FAMILIES, cue_counts, split_sentences

# Fictional example written for newscheck's tests.
TEXT = (
    "The Harbor Council met on Tuesday. Mr. Delacroix said the ferry would run again.\n\n"
    "Residents were not convinced! Would the timetable hold? Nobody knew."
)


def test_sentences_carry_exact_offsets():
    spans = split_sentences(TEXT)
    assert [s.text for s in spans] == [
        "The Harbor Council met on Tuesday.",
        "Mr. Delacroix said the ferry would run again.",
        "Residents were not convinced!",
        "Would the timetable hold?",
        "Nobody knew.",
    ]
    for span in spans:
        assert TEXT[span.start : span.end] == span.text


def test_single_sentence_without_final_stop_is_one_span():
    spans = split_sentences("  the ferry resumed service  ")
    assert [(s.text, s.start, s.end) for s in spans] == [("the ferry resumed service", 2, 27)]


def test_a_short_heading_joins_the_sentence_after_it():
    text = "Ferry news\nThe Harbor Council restored the evening ferry on Tuesday."
    assert [s.text for s in split_sentences(text)] == [text]


def _cues(text: str) -> dict[str, int]:
    return dict(zip(CUE_FAMILIES, cue_counts(text)))


def test_ruling_out_refutes():
    assert _cues("The minister ruled out an early election on Monday.")["refute"] == 1


def test_a_negated_denial_hedges_and_neither_negates_nor_refutes():
    for text in ("Police have not ruled out foul play.", "She did not deny that she will resign."):
        cues = _cues(text)
        assert (cues["hedge"], cues["negation"], cues["refute"]) == (1, 0, 0), text


def test_a_denial_is_counted_as_attributed_or_as_the_writers_own():
    reported = _cues("A spokesman for the ministry said the report was false and did not happen.")
    voiced = _cues("The photo of the flooded runway is a hoax; it was not taken at the airport.")
    assert (reported["refute_attributed"], reported["refute_unattributed"]) == (1, 0)
    assert (reported["negation_attributed"], reported["negation_unattributed"]) == (1, 0)
    assert (voiced["refute_attributed"], voiced["refute_unattributed"]) == (0, 1)
    assert (voiced["negation_attributed"], voiced["negation_unattributed"]) == (0, 1)
    quoted = _cues('"This story is fake," the mayor\'s office replied.')
    assert quoted["refute_attributed"] == 1 and quoted["refute_unattributed"] == 0


def test_an_unknown_outcome_hedges_and_neither_negates_nor_refutes():
    for text in (
        "It was not immediately clear who had taken the painting.",
        "Her office did not respond to questions on Tuesday.",
        "The company has not said what it will do with the plant.",
        "Police declined to comment on the report.",
    ):
        cues = _cues(text)
        assert (cues["hedge"] >= 1, cues["negation"], cues["refute"]) == (True, 0, 0), text


def test_a_negated_event_still_negates():
    assert _cues("The council did not approve the new budget.")["negation"] == 1


def test_lie_as_a_verb_of_place_refutes_nothing_while_lies_told_do():
    assert _cues("The village lies near the border and the body was lying on the road.")["refute"] == 0
    assert _cues("The minister told lies about the contract.")["refute"] == 1


def test_a_rumour_told_as_one_hedges_while_a_dismissed_rumour_refutes():
    told = _cues("Rumours spread on Tuesday that the senator had tested positive.")
    dismissed = _cues("The senator's office dismissed the rumours.")
    assert (told["hedge"], told["refute"]) == (1, 0)
    assert dismissed["refute"] == 2
