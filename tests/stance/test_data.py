"""The validation split holds out whole topics: no body and no related headline crosses over."""

from pathlib import Path

import pytest

from newscheck.stance.data import load_fnc, split

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
