"""Scores agree with FNC-1's official per-pair rule and sklearn's F1; topic intervals show topic noise."""

import numpy as np
from sklearn.metrics import f1_score

from newscheck.stance.evaluation import evaluate, fnc_score, with_topic_intervals
from newscheck.stance.model import LABELS, STANCES


def official_fnc_score(gold, predicted):
    """The competition scorer's rule, pair by pair."""
    score = maximum = 0.0
    for g, p in zip(gold, predicted):
        maximum += 1.0 if g != "unrelated" else 0.25
        if g == p:
            score += 0.25 + (0.5 if g != "unrelated" else 0.0)
        if g != "unrelated" and p != "unrelated":
            score += 0.25
    return 100 * score / maximum


def noisy_labels(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    gold = rng.choice(LABELS, size=n, p=[0.08, 0.02, 0.18, 0.72])
    predicted = np.where(rng.random(n) < 0.75, gold, rng.choice(LABELS, size=n))
    return gold.tolist(), predicted.tolist()


def test_fnc_score_and_f1_match_the_official_rule_and_sklearn():
    gold, predicted = noisy_labels()
    assert abs(fnc_score(gold, predicted) - official_fnc_score(gold, predicted)) < 1e-9
    result = evaluate(gold, predicted)
    expected = f1_score(gold, predicted, labels=list(LABELS), average=None, zero_division=0)
    assert np.allclose(list(result.per_class_f1.values()), expected)
    stage2 = evaluate(gold, predicted, STANCES)
    assert list(stage2.per_class_f1) == list(STANCES) and stage2.confusion.shape == (3, 3)
    assert np.allclose(list(stage2.per_class_f1.values()), expected[:3])


def test_a_class_held_by_few_topics_gets_a_wide_interval():
    gold, predicted = noisy_labels()
    # Disagree pairs live in 2 of 40 topics; everything else is spread over all of them.
    topics = [k % 2 if g == "disagree" else k % 40 for k, g in enumerate(gold)]
    result = with_topic_intervals(gold, predicted, topics)
    low, high = result.intervals["disagree"]
    assert low <= result.per_class_f1["disagree"] <= high
    spread = {name: high - low for name, (low, high) in result.intervals.items()}
    assert spread["disagree"] > spread["unrelated"] and spread["score"] > 0
    assert any("redraws of the held-out topics" in line for line in result.lines())
