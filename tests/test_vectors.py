"""The embed stage's vectors as the store keeps them: a sentence's word pieces read back as they were made."""

from __future__ import annotations

import numpy as np

from newscheck.encoder import get_encoder
from newscheck.vectors import tokens_from_bytes, tokens_to_bytes

SENTENCES = [
    "The Varn county council voted 7-2 on Tuesday to close the Eastgate library by the end of June.",
    "",
    "Officials denied it.",
]


def test_stored_word_pieces_read_back_with_their_spans_and_nearly_their_vectors():
    made = get_encoder().encode_tokens(SENTENCES)
    rows = np.stack([t.sentence for t in made])
    again = tokens_from_bytes(tokens_to_bytes(made), rows)
    assert again is not None and len(again) == len(made)
    for before, after, row in zip(made, again, rows, strict=True):
        assert after.spans == before.spans
        assert np.array_equal(after.sentence, row)
        if before.spans:
            cosines = np.sum(before.vectors * after.vectors, axis=1) / np.linalg.norm(after.vectors, axis=1)
            assert cosines.min() > 0.998
    pieces = [SENTENCES[0][a:b] for a, b in again[0].spans]
    assert pieces[0] == "The" and "library" in pieces  # spans point into the sentence's text


def test_stored_word_pieces_of_another_format_or_sentence_count_are_not_read():
    made = get_encoder().encode_tokens(SENTENCES)
    data = tokens_to_bytes(made)
    rows = np.stack([t.sentence for t in made])
    assert tokens_from_bytes(b"XXXX" + data[4:], rows) is None
    assert tokens_from_bytes(data, rows[:2]) is None
    assert tokens_from_bytes(data[:-1], rows) is None
