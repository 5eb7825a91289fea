"""The shipped stance model: loads offline, and hand-written pairs come out right.

All claims and texts here are fictional examples written for newscheck's tests.
"""

import importlib.resources
import socket
from pathlib import Path

import pytest

from newscheck.stance import StanceModel
from newscheck.stance.model import states_opposite_outcome

CLAIM = "Westbrook mayor Ilse Varga resigns over water contract scandal"

DENIAL_ARTICLE = (
    "Westbrook mayor Ilse Varga on Thursday dismissed reports that she had resigned over the water contract "
    'as completely false. "I have not resigned and I am not going anywhere," Varga told reporters outside '
    "city hall. A local blog had claimed on Wednesday that the mayor stepped down after auditors questioned "
    "a contract with a private water company. The mayor's office called the blog post a fabrication and said "
    "Varga would chair Monday's council meeting as planned."
)
RESTATING_ARTICLE = (
    "Westbrook mayor Ilse Varga resigned on Thursday, days after auditors found irregularities in a water "
    "contract awarded by her office. In a short statement, Varga said she was stepping down to let the "
    "investigation proceed. Deputy mayor Tomas Reyes will lead the city until a special election is held. "
    "The water contract, worth 4 million dollars, went to a company run by a former campaign aide."
)
DISCUSSING_ARTICLE = (
    "Questions are swirling in Westbrook about the future of mayor Ilse Varga. Some residents say they have "
    "heard she may resign over the water contract, while others expect her to stay. Auditors are still "
    "reviewing the contract, and the mayor's office has not commented. It is unclear whether the council "
    "will discuss the matter at its next meeting."
)
OTHER_TOPIC_ARTICLE = (
    "A rare orange lobster was found in a fisherman's trap off the coast of Nova Brava last week. Marine "
    "biologists estimate that only one in thirty million lobsters has the coloring. The animal has been "
    "given to a local aquarium, where visitors can see it from Saturday."
)


def test_model_loads_from_package_data_with_network_off(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    directory = Path(str(importlib.resources.files("newscheck") / "models" / "stance"))
    model = StanceModel.load(directory)
    [result] = model.predict([CLAIM], [RESTATING_ARTICLE])
    assert result.label in {"agree", "disagree", "discuss", "unrelated"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DENIAL_ARTICLE, "disagree"),
        (RESTATING_ARTICLE, "agree"),
        (DISCUSSING_ARTICLE, "discuss"),
        (OTHER_TOPIC_ARTICLE, "unrelated"),
    ],
    ids=["denial", "restatement", "mention", "other-topic"],
)
def test_whole_articles_get_their_stance(stance_model, text, expected):
    [result] = stance_model.predict([CLAIM], [text])
    assert result.label == expected, result.scores


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("Ilse Varga denied on Thursday that she had resigned as Westbrook mayor, calling the reports false.", "disagree"),
        ("Westbrook mayor Ilse Varga resigned on Thursday after the water contract scandal.", "agree"),
        ("It was not clear on Thursday whether Westbrook mayor Ilse Varga would resign over the water contract.", "discuss"),
        (
            "Rumours spread on Thursday that Westbrook mayor Ilse Varga had resigned. Her office did not respond to questions.",
            "discuss",
        ),
        ("The orange lobster will be on display at the aquarium from Saturday.", "unrelated"),
    ],
    ids=["denial", "restatement", "mention-with-unknown-outcome", "rumour-without-answer", "other-topic"],
)
def test_short_passages_get_their_stance(stance_model, passage, expected):
    [result] = stance_model.predict([CLAIM], [passage])
    assert result.label == expected, result.scores


def test_scores_cover_four_labels_and_sum_to_one(stance_model):
    results = stance_model.predict([CLAIM, CLAIM], [DENIAL_ARTICLE, OTHER_TOPIC_ARTICLE])
    for result in results:
        assert set(result.scores) == {"agree", "disagree", "discuss", "unrelated"}
        assert sum(result.scores.values()) == pytest.approx(1.0)
        assert result.label == max(result.scores, key=result.scores.get)


def test_the_denying_sentence_is_evidence_with_its_own_disagree_stance(stance_model):
    [result] = stance_model.predict([CLAIM], [DENIAL_ARTICLE])
    denying = [e for e in result.evidence if e.stance == "disagree"]
    assert denying, result.evidence
    assert any(cue in denying[0].sentence for cue in ("false", "not resigned", "fabrication")), denying[0]
    for evidence in result.evidence:
        assert DENIAL_ARTICLE[evidence.start : evidence.end] == evidence.sentence


def test_unrelated_text_carries_no_evidence(stance_model):
    [result] = stance_model.predict([CLAIM], [OTHER_TOPIC_ARTICLE])
    assert result.evidence == []


def test_claims_and_texts_must_pair_up(stance_model):
    with pytest.raises(ValueError):
        stance_model.predict([CLAIM], [])


def test_a_claim_or_text_without_words_is_unrelated_and_the_batch_goes_on(stance_model):
    results = stance_model.predict(["", CLAIM, CLAIM], ["", " ... ", DENIAL_ARTICLE])
    for result in results[:2]:
        assert result.label == "unrelated" and result.scores["unrelated"] == 1.0
        assert result.evidence == []
    assert results[2].label == "disagree"


# A rumour restated up front, its denial far down and in other words than the claim's.
LATE_DENIAL_CLAIM = "Zarnia's health minister Petra Holm resigns over hospital funding row"
LATE_DENIAL_ARTICLE = (
    "Reports circulated on Monday that Zarnia's health minister Petra Holm had resigned over the hospital funding "
    "row. Several news sites said Holm had handed her resignation letter to the prime minister on Sunday evening. "
    "The hospital funding row has dominated Zarnian politics for weeks, with unions demanding more money for rural "
    "clinics. Opposition leaders have repeatedly called on the health minister to step down. The budget for rural "
    "hospitals was cut by 8 percent last year. A spokesman for the ministry said on Monday evening that the story "
    "was completely false. Holm is expected to present a new funding plan to parliament on Thursday."
)


def test_a_denial_far_from_the_claims_words_is_shown_as_evidence(stance_model):
    [result] = stance_model.predict([LATE_DENIAL_CLAIM], [LATE_DENIAL_ARTICLE])
    denials = [e for e in result.evidence if e.stance == "disagree"]
    assert any("completely false" in e.sentence for e in denials), result.evidence
    for evidence in result.evidence:
        assert LATE_DENIAL_ARTICLE[evidence.start : evidence.end] == evidence.sentence


def test_short_passages_and_longer_texts_are_read_by_their_own_stage_two(stance_model):
    """Passages of up to SHORT_PASSAGE sentences go to the stage 2 trained with excerpts, longer texts to the
    one trained on whole bodies: each pair's P(stance | related) is its own head's."""
    from newscheck.stance.model import SHORT_PASSAGE

    featurizer = stance_model.estimators.featurizer
    passage = "Ilse Varga denied on Thursday that she had resigned as Westbrook mayor, calling the reports false."
    [claim] = featurizer.prepare_claims([CLAIM], stance_model.encoder.encode)
    texts = featurizer.prepare_texts([passage, DENIAL_ARTICLE], stance_model.encoder.encode)
    assert len(texts[0].spans) <= SHORT_PASSAGE < len(texts[1].spans)
    scores, _ = stance_model.scores([(claim, text) for text in texts])
    heads = (stance_model.estimators.short, stance_model.estimators.whole)
    for text, row, head, other in zip(texts, scores, heads, heads[::-1]):
        dense, wide, _ = featurizer.pair(claim, text)
        related = stance_model.estimators.related_proba(dense[None])[0]
        assert row[:3] == pytest.approx(head.proba(dense[None], wide[None])[0] * related)
        assert row[:3] != pytest.approx(other.proba(dense[None], wide[None])[0] * related)


def test_the_whole_text_head_ignores_the_whole_texts_cue_summaries_and_the_short_head_reads_them(stance_model):
    """The features named "text cue ..." are the text's cue summaries; only the short head reads them."""
    from newscheck.stance.features import columns

    text_cues = list(columns("text cue"))

    featurizer = stance_model.estimators.featurizer
    [claim] = featurizer.prepare_claims([CLAIM], stance_model.encoder.encode)
    [text] = featurizer.prepare_texts([DENIAL_ARTICLE], stance_model.encoder.encode)
    dense, wide, _ = featurizer.pair(claim, text)
    assert dense[text_cues] == pytest.approx(text.text_cues)
    altered = dense.copy()
    altered[text_cues] += 5.0
    whole, short = stance_model.estimators.whole, stance_model.estimators.short
    assert whole.proba(altered[None], wide[None]) == pytest.approx(whole.proba(dense[None], wide[None]))
    assert short.proba(altered[None], wide[None]) != pytest.approx(short.proba(dense[None], wide[None]))


RATE_CLAIM = "Central bank of Marrow raises its key interest rate"
RATE_HELD_ARTICLE = (
    "The central bank of Marrow left its key interest rate unchanged at 4 percent on Thursday. Governor Anja "
    "Lind told reporters that inflation had slowed over the summer and that the bank would watch prices "
    "closely before its next meeting in December. Economists polled last week had been split on the decision."
)


def test_a_text_stating_the_opposite_outcome_disagrees_with_that_sentence_as_evidence(stance_model):
    [article, sentence] = stance_model.predict([RATE_CLAIM] * 2, [RATE_HELD_ARTICLE, RATE_HELD_ARTICLE.split(". ")[0]])
    for result in (article, sentence):
        assert result.label == "disagree", result.scores
        assert result.label == max(result.scores, key=result.scores.get)
        assert sum(result.scores.values()) == pytest.approx(1.0)
    assert "unchanged" in article.evidence[0].sentence and article.evidence[0].stance == "disagree"


def test_a_text_that_also_states_the_claims_own_outcome_is_left_to_the_model(stance_model):
    """An outcome word in another sense must not make a contradiction: "raised" anywhere in the text keeps the
    model's own reading of "unchanged"."""
    text = RATE_HELD_ARTICLE.replace("Economists polled", "The bank raised its key rate in May; economists polled")
    featurizer = stance_model.estimators.featurizer
    held, both = featurizer.prepare_texts([RATE_HELD_ARTICLE, text], stance_model.encoder.encode)
    assert states_opposite_outcome(RATE_CLAIM, held, range(len(held.spans)))
    assert not states_opposite_outcome(RATE_CLAIM, both, range(len(both.spans)))
    [result] = stance_model.predict([RATE_CLAIM], [text])
    assert result.label != "disagree", result.scores


def test_the_shipped_model_file_loads_with_every_stance_class_and_function_renamed_away(monkeypatch):
    """The file holds scikit-learn objects, arrays and bytes only: unpickling it needs nothing of ours."""
    import joblib

    import newscheck.stance.features as features
    import newscheck.stance.forest as forest
    import newscheck.stance.model as model
    import newscheck.stance.polarity as polarity
    import newscheck.stance.text as text
    from newscheck.stance import MODEL_DIR

    for module in (features, forest, model, polarity, text):
        for name, value in list(vars(module).items()):
            if getattr(value, "__module__", None) == module.__name__:
                monkeypatch.delattr(module, name)
    data = joblib.load(MODEL_DIR / "stance.joblib")
    assert data["format_version"] == 2
    assert data["featurizer"]["tfidf"].tokenizer is None
    assert type(data["related"]["model"]).__module__.startswith("sklearn.")
