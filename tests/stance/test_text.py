"""Sentence splitting keeps offsets exact and does not break at titles or initials."""

from newscheck.stance.text import split_sentences

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
