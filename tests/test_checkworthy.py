"""Check-worthiness: debate-held-out folds, the shipped model's inputs and its news-prose shifts."""

from __future__ import annotations

import numpy as np

from newscheck.checkworthy import debate_folds, score_spans
from newscheck.nlp import parse


def test_debate_folds_are_contiguous_blocks_that_cover_every_sentence_once():
    folds = debate_folds(7976)
    assert len(folds) == 5
    assert np.array_equal(np.concatenate(folds), np.arange(7976))
    assert all(np.array_equal(f, np.arange(f[0], f[-1] + 1)) for f in folds)  # no debate split by shuffling


def test_a_reported_fact_outscores_commentary_and_the_same_fact_asked_as_a_question():
    fact, question, commentary = (
        doc[:]
        for doc in parse(
            [
                "The Halden council cut the bus budget by 12 percent in March.",
                "Did the Halden council cut the bus budget by 12 percent in March?",
                "It remains to be seen what all of this means for the people of the town.",
            ]
        )
    )
    scores = score_spans([fact, question, commentary], [False, False, False])
    assert scores[0] > 0.7 and scores[0] > scores[1] and scores[0] > scores[2]
    assert scores[2] < 0.3


def test_a_claim_resting_on_a_source_scores_higher_than_the_same_claim_unsourced():
    (span,) = (doc[:] for doc in parse(["The ministry will close four rural clinics next year."]))
    unsourced, sourced = score_spans([span, span], [False, True])
    assert sourced > unsourced
