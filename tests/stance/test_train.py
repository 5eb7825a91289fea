"""Training excerpts: a pair's short passage is led by a sentence that can carry its label.

The text is a fictional example written for newscheck's tests.
"""

import numpy as np

from newscheck.stance.train import excerpt_sentences

TEXT = (
    "A post shared widely on Monday said the Harbin Street bridge in Lessa had collapsed. "
    "Engineers may inspect the bridge again later this month. "
    "City officials denied that the bridge had collapsed and called the post false. "
    "Traffic crossed the bridge as usual on Tuesday."
)


def _prepared(stance_model):
    featurizer = stance_model.estimators.featurizer
    [claim] = featurizer.prepare_claims(["Harbin Street bridge in Lessa collapses"], stance_model.encoder.encode)
    [text] = featurizer.prepare_texts([TEXT], stance_model.encoder.encode)
    _, _, ranked = featurizer.pair(claim, text)
    return text, ranked


def test_disagree_excerpt_is_led_by_the_denying_sentence(stance_model):
    text, ranked = _prepared(stance_model)
    lead, *rest = excerpt_sentences(text, ranked, "disagree", 2)
    assert "denied" in text.spans[lead].text
    assert len(rest) == 1 and rest[0] != lead


def test_discuss_excerpt_is_led_by_a_hedged_sentence_and_agree_by_a_plain_one(stance_model):
    text, ranked = _prepared(stance_model)
    assert "may inspect" in text.spans[excerpt_sentences(text, ranked, "discuss", 1)[0]].text
    agree_lead = text.spans[excerpt_sentences(text, ranked, "agree", 1)[0]].text
    assert "denied" not in agree_lead and "may" not in agree_lead


def test_unrelated_excerpt_is_the_closest_sentences(stance_model):
    text, ranked = _prepared(stance_model)
    assert excerpt_sentences(text, ranked, "unrelated", 2) == [int(i) for i in np.asarray(ranked)[:2]]


def test_two_sentence_excerpts_leave_out_sentences_that_contradict_the_label(stance_model):
    text, ranked = _prepared(stance_model)
    discuss = [text.spans[i].text for i in excerpt_sentences(text, ranked, "discuss", 2)]
    assert "may inspect" in discuss[0] and not any("denied" in s for s in discuss)
    agree = [text.spans[i].text for i in excerpt_sentences(text, ranked, "agree", 2)]
    assert len(agree) == 2 and not any("denied" in s or "may" in s for s in agree)
    disagree = [text.spans[i].text for i in excerpt_sentences(text, ranked, "disagree", 2)]
    assert "denied" in disagree[0]
