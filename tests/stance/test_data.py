"""The validation split holds out whole topics: no body and no related headline crosses over.
Labels implied by FNC-1's label structure are right where the true label is known.

The small example's headlines are fictional, written for newscheck's tests."""

import random
from pathlib import Path

import pytest

from newscheck.stance.data import Pair, implied_pairs, load_fnc, split

FNC = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fnc1"


@pytest.fixture(scope="module")
def fnc():
    if not FNC.exists():
        pytest.skip("FNC-1 data not beside the checkout")
    return load_fnc(FNC)


def test_validation_topics_share_nothing_with_training(fnc):
    data = split(fnc)
    train_bodies = {p.body_id for p in data.train}
    validation_bodies = {p.body_id for p in data.validation}
    assert not train_bodies & validation_bodies
    related_validation_headlines = {p.headline for p in data.validation if p.label != "unrelated"}
    assert not related_validation_headlines & {p.headline for p in data.train}


def test_validation_is_15_to_20_percent_of_pairs(fnc):
    data = split(fnc)
    assert 0.15 <= len(data.validation) / len(fnc.pairs) <= 0.20


def test_implied_pairs_follow_reporting_sides_and_agreement_colours():
    sinks, hoax, unclear = (
        "Ferry sinks off Port Adley",
        "Ferry sinking story is a hoax, company says",
        "Ferry reported sunk; cause unclear",
    )
    pairs = [
        Pair(sinks, 2, "agree"),
        Pair(sinks, 1, "disagree"),
        Pair(sinks, 3, "discuss"),  # body 3 only reports: sinks takes a side on body 2
        Pair(hoax, 1, "agree"),
        Pair(unclear, 2, "discuss"),  # this headline only reports: body 2 takes a side on sinks
        Pair(sinks, 4, "unrelated"),
    ]
    implied = implied_pairs(pairs, {1: 0, 2: 0, 3: 0, 4: 1})
    assert set(implied) == {
        Pair(hoax, 2, "disagree"),
        Pair(hoax, 3, "discuss"),
        Pair(unclear, 1, "discuss"),
        Pair(unclear, 3, "discuss"),
    }


def test_implied_pairs_give_back_hidden_training_labels_without_error(fnc):
    data = split(fnc)
    rng = random.Random(5)
    hidden = {p for p in data.train if p.label != "unrelated" and rng.random() < 0.15}
    truth = {(p.headline, p.body_id): p.label for p in hidden}
    implied = implied_pairs([p for p in data.train if p not in hidden], data.train_topics)
    recovered = [(truth[(p.headline, p.body_id)], p.label) for p in implied if (p.headline, p.body_id) in truth]
    assert len(recovered) > 0.8 * len(hidden)
    assert all(gold == label for gold, label in recovered)
    assert sum(gold == "disagree" for gold, _ in recovered) > 50
