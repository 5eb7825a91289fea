"""The two-stage stance model: related or not, then agree / disagree / discuss.

Stage 1 (gradient boosting) reads how close the claim is to the text (MiniLM and
TF-IDF similarity, word and bigram overlap). Stage 2 reads what the sentences
closest to the claim do with it: a logistic regression over embedding
interactions and topic-independent word bags feeds bagged gradient-boosting models
over cue features (denial, negation, hedging, assertion, doubt) scoped to those
sentences and over polarity (does the claim, the text, the closest sentences
assert or debunk; see polarity.py). Stage 2 comes twice: one trained on whole
bodies reads texts, one trained on whole bodies and short excerpts of them reads
passages of one or two sentences (SHORT_PASSAGE). Scores combine as
P(unrelated) = 1 - r and P(stance) = r · P(stance | related). A text read as
agreeing or discussing whose closest sentences state the claim's opposite outcome, and which
states the claim's own outcome nowhere, is read as disagreeing instead (see
`StanceModel.scores`): FNC-1 teaches no antonymy.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np

from newscheck.encoder import SentenceEncoder, get_encoder
from newscheck.encoding import repair_surrogates
from newscheck.records import StanceEvidence, StanceResult
from newscheck.stance.features import N_RELATEDNESS, Featurizer, PreparedClaim, PreparedText, stems_of
from newscheck.stance.forest import CompiledBoosting
from newscheck.stance.polarity import PolarityModel
from newscheck.stance.text import CUE_FAMILIES, words
from newscheck.terms import opposite_outcome

STANCES = ("agree", "disagree", "discuss")
LABELS = (*STANCES, "unrelated")
MODEL_NAME = "stance.joblib"
FORMAT_VERSION = 2  # 1 pickled our own classes; 2 is scikit-learn objects, arrays and bytes (save_estimators)
POLARITY_PARTS = ("claims", "texts", "commitment", "claim_commitment")
MAX_EVIDENCE = 3
MAX_FAR_DENIALS = 2  # refuting sentences beyond the closest ones looked at for evidence
_REFUTE = CUE_FAMILIES.index("refute")
_AGREE, _DISAGREE, _DISCUSS = LABELS.index("agree"), LABELS.index("disagree"), LABELS.index("discuss")
PREPARED_CACHE = 1024  # texts and claims kept prepared between batches (one article meets many claims)
# Pairs featurized together: the sentence encoder runs once per batch over the claims and texts it has not
# prepared yet, and a batch this big (a few MB of features) feeds it several hundred sentences per call.
PREDICT_BATCH = 1024
# Texts of at most this many sentences are short passages (evidence sentences, quoted statements) and are
# read by the stage 2 trained on whole bodies and on 1- and 2-sentence excerpts of them; longer texts by the
# stage 2 trained on whole bodies alone, which the excerpts no longer pull toward short-passage readings.
SHORT_PASSAGE = 2


def is_short_passage(text: PreparedText) -> bool:
    """Whether `text` is read by the short-passage stage 2 (see SHORT_PASSAGE)."""
    return len(text.spans) <= SHORT_PASSAGE


class AveragedClassifier:
    """Classifiers fitted with different seeds and feature subsets; their probabilities are averaged."""

    def __init__(self, members: list) -> None:
        self.members = members

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        return np.mean([m.predict_proba(rows) for m in self.members], axis=0)


@dataclass
class StanceHead:
    """One stage 2: a logistic regression over embedding interactions and word bags, whose probabilities
    feed gradient boosting over the dense features; gives P(stance | related)."""

    wide: object
    stance: object
    columns: np.ndarray  # the dense features this head reads

    def proba(self, dense: np.ndarray, wide: np.ndarray) -> np.ndarray:
        return self.stance.predict_proba(np.hstack([dense[:, self.columns], self.wide.predict_proba(wide)]))


@dataclass
class Estimators:
    """The fitted parts; saved by `save_estimators` as library objects and arrays only."""

    featurizer: Featurizer
    related: CompiledBoosting  # on the relatedness features → P(related)
    whole: StanceHead  # texts of more than SHORT_PASSAGE sentences: trained on whole bodies only
    short: StanceHead  # passages of at most SHORT_PASSAGE sentences: trained on whole bodies and their excerpts

    def related_proba(self, dense: np.ndarray) -> np.ndarray:
        return self.related.predict_proba(dense[:, :N_RELATEDNESS])[:, 1]

    def boosting_models(self) -> list[CompiledBoosting]:
        """Every compiled tree ensemble: stage 1 and the members of both stage-2 heads."""
        return [self.related, *self.whole.stance.members, *self.short.stance.members]

    def stance_proba(self, dense: np.ndarray, wide: np.ndarray, short: np.ndarray) -> np.ndarray:
        """P(stance | related); `short` marks the rows whose text is a short passage."""
        out = np.zeros((len(dense), len(STANCES)))
        for head, rows in ((self.short, short), (self.whole, ~short)):
            if rows.any():
                out[rows] = head.proba(dense[rows], wide[rows])
        return out


def save_estimators(estimators: Estimators, path: Path) -> None:
    """Write the model as a versioned dict of scikit-learn objects, arrays and bytes: no class or function
    of ours is pickled (the vectorizers' tokenizers are set again at load), so renaming or moving any of
    them leaves the file loadable."""

    def head(part: StanceHead) -> dict:
        return {"wide": part.wide, "members": [m.parts() for m in part.stance.members], "columns": part.columns}

    featurizer = estimators.featurizer
    polarity = featurizer.polarity
    joblib.dump(
        {
            "format_version": FORMAT_VERSION,
            "labels": list(LABELS),
            "featurizer": {
                "tfidf": _without_tokenizer(featurizer.tfidf),
                "general": _without_tokenizer(featurizer.general),
                "polarity": {name: getattr(polarity, name) for name in POLARITY_PARTS} if polarity else None,
            },
            "related": estimators.related.parts(),
            "whole": head(estimators.whole),
            "short": head(estimators.short),
        },
        path,
        compress=3,
    )


def load_estimators(path: Path, threads: int = 2) -> Estimators:
    """The model `save_estimators` wrote, rebuilt into our objects."""
    data = joblib.load(path)
    if not isinstance(data, dict) or data.get("format_version") != FORMAT_VERSION:
        version = data.get("format_version") if isinstance(data, dict) else "none"
        raise ValueError(f"{path}: stance model format {version}, this code reads {FORMAT_VERSION}; retrain it")

    def head(part: dict) -> StanceHead:
        members = [CompiledBoosting.from_parts(m, threads) for m in part["members"]]
        return StanceHead(part["wide"], AveragedClassifier(members), part["columns"])

    parts = data["featurizer"]
    featurizer = Featurizer(_with_tokenizer(parts["tfidf"], stems_of), _with_tokenizer(parts["general"], words))
    if parts["polarity"] is not None:
        featurizer.polarity = PolarityModel(**parts["polarity"])
    return Estimators(featurizer, CompiledBoosting.from_parts(data["related"], threads), head(data["whole"]), head(data["short"]))


def _without_tokenizer(vectorizer):  # noqa: ANN001, ANN202 - a scikit-learn vectorizer
    bare = copy.copy(vectorizer)
    bare.tokenizer = None
    return bare


def _with_tokenizer(vectorizer, tokenizer):  # noqa: ANN001, ANN202
    vectorizer.tokenizer = tokenizer
    return vectorizer


class StanceModel:
    def __init__(self, estimators: Estimators, encoder: SentenceEncoder, threads: int = 2) -> None:
        for compiled in estimators.boosting_models():
            compiled.use_threads(threads)
        self.estimators = estimators
        self.encoder = encoder
        self._texts: OrderedDict[str, PreparedText] = OrderedDict()
        self._claims: OrderedDict[str, PreparedClaim] = OrderedDict()

    @classmethod
    def load(cls, directory: Path, threads: int = 2, encoder: SentenceEncoder | None = None) -> StanceModel:
        """The model in `directory`, reading sentences through `encoder` (the process's shared one by default)."""
        return cls(load_estimators(directory / MODEL_NAME, threads), encoder or get_encoder(), threads)

    def forget(self) -> None:
        """Drop the prepared texts and claims kept between batches."""
        self._texts.clear()
        self._claims.clear()

    def predict(self, claims: Sequence[str], texts: Sequence[str], batch_size: int = PREDICT_BATCH) -> list[StanceResult]:
        """Stance of texts[i] toward claims[i]; texts may be whole articles or a few sentences."""
        if len(claims) != len(texts):
            raise ValueError(f"{len(claims)} claims but {len(texts)} texts")
        claims = [repair_surrogates(c) for c in claims]
        texts = [repair_surrogates(t) for t in texts]
        # A claim or text without a single word says nothing about the other: unrelated, not a guess.
        readable = [k for k, (c, t) in enumerate(zip(claims, texts)) if words(c) and words(t)]
        results = [StanceResult("unrelated", {**dict.fromkeys(STANCES, 0.0), "unrelated": 1.0}) for _ in claims]
        for begin in range(0, len(readable), batch_size):
            chunk = readable[begin : begin + batch_size]
            answers = self._predict_batch([claims[k] for k in chunk], [texts[k] for k in chunk])
            for k, answer in zip(chunk, answers):
                results[k] = answer
        return results

    def _predict_batch(self, claims: Sequence[str], texts: Sequence[str]) -> list[StanceResult]:
        featurizer = self.estimators.featurizer
        prepared_claims = _prepared(self._claims, claims, lambda new: featurizer.prepare_claims(new, self.encoder.encode))
        prepared_texts = _prepared(self._texts, texts, lambda new: featurizer.prepare_texts(new, self.encoder.encode))
        pairs = [(prepared_claims[c], prepared_texts[t]) for c, t in zip(claims, texts)]
        probabilities, rankings = self.scores(pairs)
        results = []
        evidence_requests = []
        for k, ((claim, text), row) in enumerate(zip(pairs, probabilities)):
            label = LABELS[int(np.argmax(row))]
            results.append(StanceResult(label, {name: float(p) for name, p in zip(LABELS, row)}))
            if label != "unrelated":
                far = [i for i in rankings[k][MAX_EVIDENCE:] if text.cues[i, _REFUTE] > 0][:MAX_FAR_DENIALS]
                evidence_requests.append((k, claim, text, rankings[k][:MAX_EVIDENCE], far))
        self._attach_evidence(results, evidence_requests)
        return results

    def scores(self, pairs: Sequence[tuple[PreparedClaim, PreparedText]]) -> tuple[np.ndarray, list[np.ndarray]]:
        """Pairs × LABELS probabilities, and each text's sentences ranked by closeness to its claim."""
        if not pairs:
            return np.zeros((0, len(LABELS))), []
        dense, wide, rankings = zip(*(self.estimators.featurizer.pair(c, t) for c, t in pairs))
        dense_m, wide_m = np.stack(dense), np.stack(wide)
        short = np.array([is_short_passage(text) for _, text in pairs])
        related = self.estimators.related_proba(dense_m)
        stance = self.estimators.stance_proba(dense_m, wide_m, short)
        out = np.hstack([stance * related[:, None], (1 - related)[:, None]])
        out /= out.sum(axis=1, keepdims=True)
        for k, (claim, text) in enumerate(pairs):
            read = int(np.argmax(out[k]))
            if read in (_AGREE, _DISCUSS) and states_opposite_outcome(claim.text, text, rankings[k][:MAX_EVIDENCE]):
                out[k, [read, _DISAGREE]] = out[k, [_DISAGREE, read]]
        return out, list(rankings)

    def _attach_evidence(self, results: list[StanceResult], requests: list) -> None:
        """Each evidence sentence gets its own stance from the model run on that sentence alone;
        sentences that carry the pair's label come first.

        A denial often names the story only as "the report" or "the claims", far from the claim's words
        ("a spokesman said the story was completely false"): alone, such a sentence reads as unrelated. So
        the refuting sentences beyond the closest ones are read given that the text is related (stance
        only), and join the evidence when they disagree: the sentence with the denial is shown even when
        the pair's label is not disagree."""
        sentence_pairs = [(claim, text.sentence(int(i))) for _, claim, text, top, far in requests for i in (*top, *far)]
        probabilities, _ = self.scores(sentence_pairs)
        row = 0
        for k, _claim, text, top, far in requests:
            label = results[k].label
            items = []
            for i, is_far in [*((i, False) for i in top), *((i, True) for i in far)]:
                own_row = probabilities[row]
                row += 1
                if not is_far:
                    own = LABELS[int(np.argmax(own_row))]  # "unrelated" for a sentence off the claim's topic
                    score = float(own_row.max())
                else:
                    stance = own_row[: len(STANCES)] / max(float(own_row[: len(STANCES)].sum()), 1e-12)
                    own, score = STANCES[int(np.argmax(stance))], float(stance.max())
                    if own != "disagree":
                        continue
                span = text.spans[int(i)]
                items.append(StanceEvidence(span.text, own, span.start, span.end, score))
            carrying = [e for e in items if e.stance == label]
            carrying.sort(key=lambda e: -e.score)
            results[k].evidence = carrying + [e for e in items if e.stance != label]


def states_opposite_outcome(claim: str, text: PreparedText, closest: Sequence[int]) -> bool:
    """Whether one of the `closest` sentences states the opposite outcome of an event the claim states ("left
    its key rate unchanged" against "raises rates", "acquitted" against "convicts"), and the text never states
    the claim's own: FNC-1 holds almost no such pairs (7 of its 10,925 related training pairs, in other
    senses), so the model reads them by their shared words as agreeing. The whole-text condition keeps an
    outcome word in another sense ("the plant, opened in 1990, will close") from making a contradiction."""
    return (  # the closest sentences first: they rule out most pairs before the whole text is read
        opposite_outcome(claim, [text.spans[int(i)].text for i in closest]) is not None
        and opposite_outcome(claim, [text.text]) is not None
    )


def _prepared(cache: OrderedDict, keys: Sequence[str], prepare) -> dict:
    """Prepared items for `keys`, preparing only those not in the LRU `cache` (each once)."""
    missing = [k for k in dict.fromkeys(keys) if k not in cache]
    found = {k: cache[k] for k in dict.fromkeys(keys) if k in cache}
    found.update(zip(missing, prepare(missing) if missing else []))
    for key, item in found.items():
        cache[key] = item
        cache.move_to_end(key)
    while len(cache) > PREPARED_CACHE:
        cache.popitem(last=False)
    return found
