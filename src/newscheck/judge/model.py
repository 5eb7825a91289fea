"""The claim-level judge: does this sentence say the claim, deny it, talk around it, or talk of something else?

Two logistic regressions over the pair features of :mod:`newscheck.judge.features`
read how close the sentence comes to the claim: P(same), that it tells the
claim's proposition (restated, or stated with something that clashes), and
P(related), that it is about the claim's story at all. Whether a sentence that
tells the proposition agrees or disagrees is not learned: it disagrees when it
clashes with the claim in a way the features name (a negated predicate, a
denial, another number, the opposite outcome, another party), and agrees
otherwise. So every contradiction says what clashes, and a sentence that only
shares words with a claim cannot contradict it.

    P(agree) = P(same) without a clash      P(disagree) = P(same) with one (P(related) for a
    P(discuss) = P(related) - P(disagree or agree)      negation or a denial of the claim's predicate,
    P(unrelated) = 1 - P(related)                        or where the sentence tells the claim's proposition:
                                                         its crowd size, toll or outcome for its own parties)

Both heads are calibrated (Platt scaling of their story-held-out log-odds on
the tuning pairs), so P(agree) of 0.8 means about eight agreements in ten. The
label is agree only from ``agree_min`` and disagree only from ``disagree_min``
(set on the tuning pairs for precision): below, the judge abstains to discuss.
The shipped model is plain arrays (``judge.npz``) and a manifest naming the
format version, the features in order and the thresholds, so it loads whatever
our classes are called.

A passage of several sentences (the body of a `--claim-level` pair) is judged
sentence by sentence, each with the one before it as context; the passage takes
its strongest contradiction, else its strongest agreement, else discussion.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

from newscheck.encoder import SentenceEncoder, TokenVectors, get_encoder
from newscheck.encoding import repair_surrogates
from newscheck.judge.features import FEATURES, points_back, read
from newscheck.judge.text import TextView, views
from newscheck.records import Clash, StanceEvidence, StanceResult

LABELS = ("agree", "disagree", "discuss", "unrelated")
HEADS = ("same", "related")
FORMAT_VERSION = 1
MODEL_FILE = "judge.npz"
MANIFEST_FILE = "manifest.json"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "judge"
VIEW_CACHE = 2048  # texts kept read between calls (a claim meets many sentences, a sentence many claims)
JUDGE_BATCH = 2048  # pairs read together


class SpanDocs(Mapping[str, Doc]):
    """Parsed spans by their text, each made a Doc of its own only when the judge reads it (most texts it meets
    are already in its cache, and copying a span out of its article's parse is not free)."""

    def __init__(self) -> None:
        self._spans: dict[str, Span | Doc] = {}
        self._arrays: dict[int, tuple[Doc, tuple, np.ndarray]] = {}  # id(doc) -> the doc, its attributes, their array

    def add(self, span: Span | Doc) -> None:
        self._spans.setdefault(span.text, span)

    def __getitem__(self, text: str) -> Doc:
        held = self._spans[text]
        if isinstance(held, Span):
            held = self._spans[text] = self._copy(held)
        return held

    def __contains__(self, text: object) -> bool:
        return text in self._spans  # (a Mapping's own test copies the span out)

    def _copy(self, span: Span) -> Doc:
        """The span as a Doc of its own: `Span.as_doc`, with the article's attribute array read once for all its
        spans (as_doc reads the whole article's each time). The copy is rewired in place, so each span gets its own."""
        found = self._arrays.get(id(span.doc))
        if found is None:
            attributes = span.doc._get_array_attrs()
            found = self._arrays[id(span.doc)] = (span.doc, attributes, span.doc.to_array(attributes))
        _, attributes, array = found
        return span.as_doc(array_head=attributes, array=array.copy())

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


@dataclass
class Known:
    """What earlier stages of this process made for some texts, by text: the annotate stage's parse and the
    embed stage's word-piece vectors. The judge reads such a text without parsing or encoding it again."""

    docs: SpanDocs = field(default_factory=SpanDocs)
    tokens: dict[str, TokenVectors] = field(default_factory=dict)


@dataclass
class Judgement:
    """The judge's answer for one claim and one sentence."""

    label: str
    scores: dict[str, float]
    clash: Clash | None = None


class ClaimJudge:
    def __init__(self, heads: Heads, encoder: SentenceEncoder | None = None) -> None:
        self.heads = heads
        self.encoder = encoder or get_encoder()
        self._views: OrderedDict[str, TextView] = OrderedDict()

    @classmethod
    def load(cls, directory: Path, encoder: SentenceEncoder | None = None) -> ClaimJudge:
        return cls(Heads.load(directory), encoder)

    def read(self, texts: Sequence[str], known: Known | None = None) -> dict[str, TextView]:
        """Views of `texts`, reading only those not read recently; a text `known` holds is not parsed or
        encoded again."""
        wanted = list(dict.fromkeys(texts))
        missing = [t for t in wanted if t not in self._views]
        found = {t: self._views[t] for t in wanted if t in self._views}
        known = known or Known()
        encode_tokens = self._encoder_knowing(known.tokens)
        parsed = [t for t in missing if t in known.docs]
        unparsed = [t for t in missing if t not in known.docs]
        if parsed:
            found.update(zip(parsed, views(parsed, encode_tokens, [known.docs[t] for t in parsed])))
        if unparsed:
            found.update(zip(unparsed, views(unparsed, encode_tokens)))
        for text in wanted:
            self._views[text] = found[text]
            self._views.move_to_end(text)
        while len(self._views) > VIEW_CACHE:
            self._views.popitem(last=False)
        return found

    def forget(self) -> None:
        """Drop the views kept by text (a reading of texts as if never met before)."""
        self._views.clear()

    def _encoder_knowing(self, tokens: Mapping[str, TokenVectors]):  # noqa: ANN202 - an encode_tokens function
        """The encoder's `encode_tokens`, answering from `tokens` where it holds the text (the same vectors:
        a text's encoding does not depend on its batch)."""

        def encode_tokens(texts: Sequence[str]) -> list[TokenVectors]:
            todo = [t for t in texts if t not in tokens]
            made = dict(zip(todo, self.encoder.encode_tokens(todo))) if todo else {}
            return [tokens[t] if t in tokens else made[t] for t in texts]

        return encode_tokens

    def judge(
        self,
        claims: Sequence[str],
        sentences: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        known: Known | None = None,
    ) -> list[Judgement]:
        """Judgement of sentences[i] (after contexts[i], the sentence before it, when given) on claims[i],
        in batches of ``JUDGE_BATCH`` pairs so memory stays flat however many pairs come."""
        if len(claims) != len(sentences):
            raise ValueError(f"{len(claims)} claims but {len(sentences)} sentences")
        contexts = contexts or [None] * len(claims)
        out: list[Judgement] = []
        for start in range(0, len(claims), JUDGE_BATCH):
            end = start + JUDGE_BATCH
            out += self._judge_batch(claims[start:end], sentences[start:end], contexts[start:end], known)
        return out

    def _judge_batch(self, claims, sentences, contexts, known) -> list[Judgement]:  # noqa: ANN001 - as judge()
        read_views = self.read([*claims, *sentences], known)
        # the sentence before is read only where the sentence denies a report it does not tell itself
        contexts = [x if x and points_back(read_views[s]) else None for s, x in zip(sentences, contexts, strict=True)]
        read_views.update(self.read([x for x in contexts if x], known))
        readings = [
            read(read_views[c], read_views[s], read_views[x] if x else None)
            for c, s, x in zip(claims, sentences, contexts, strict=True)
        ]
        if not readings:
            return []
        rows = self.heads.probabilities(np.stack([r.features for r in readings]))
        # A denial of "the report" the sentence before it tells is as related to the claim as that report.
        through = [k for k, r in enumerate(readings) if r.through_context]
        if through:
            told = [read(read_views[claims[k]], read_views[contexts[k]]).features for k in through]
            rows[through] = np.maximum(rows[through], self.heads.probabilities(np.stack(told)))
        empty = [not read_views[c].words or not read_views[t].words for c, t in zip(claims, sentences)]
        return [
            _unreadable() if blank else self.heads.decide(row, r.clashes, r.withholds_agreement, r.tells_proposition)
            for row, r, blank in zip(rows, readings, empty)
        ]

    def predict(self, claims: Sequence[str], texts: Sequence[str]) -> list[StanceResult]:
        """Stance of each text (a sentence or a passage) toward its claim, with the sentence that carries it;
        the `newscheck stance --claim-level` reading."""
        from newscheck.stance.text import split_sentences

        claims = [repair_surrogates(c) for c in claims]
        texts = [repair_surrogates(t) for t in texts]
        requests = []  # (pair index, sentence span, context)
        for k, text in enumerate(texts):
            spans = split_sentences(text, limit=len(text)) or []  # every sentence of the passage
            for n, span in enumerate(spans):
                requests.append((k, span, spans[n - 1].text if n else None))
        judged = self.judge([claims[k] for k, _, _ in requests], [s.text for _, s, _ in requests], [c for _, _, c in requests])
        per_pair: dict[int, list] = {}
        for (k, span, _), judgement in zip(requests, judged):
            per_pair.setdefault(k, []).append((span, judgement))
        return [_passage(per_pair.get(k, [])) for k in range(len(texts))]


@dataclass
class Heads:
    """The two logistic regressions (rows of `weights`, in HEADS order) over scaled features, and the
    thresholds at which the judge stops abstaining."""

    weights: np.ndarray
    bias: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    calibration: np.ndarray = field(default_factory=lambda: np.array([[1.0, 0.0], [1.0, 0.0]]))  # Platt (slope, shift)
    agree_min: float = 0.5
    disagree_min: float = 0.5

    @classmethod
    def load(cls, directory: Path) -> Heads:
        manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{directory}: judge format {manifest.get('format_version')}, this code reads {FORMAT_VERSION}")
        if tuple(manifest["features"]) != FEATURES or tuple(manifest["heads"]) != HEADS:
            raise ValueError(f"{directory}: the judge was trained on other features; retrain it")
        arrays = np.load(directory / MODEL_FILE)
        return cls(
            arrays["weights"], arrays["bias"], arrays["mean"], arrays["scale"], arrays["calibration"],
            manifest["agree_min"], manifest["disagree_min"],
        )  # fmt: skip

    def save(self, directory: Path, extra: dict | None = None) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez(
            directory / MODEL_FILE,
            weights=self.weights, bias=self.bias, mean=self.mean, scale=self.scale, calibration=self.calibration,
        )  # fmt: skip
        manifest = {
            "format_version": FORMAT_VERSION,
            "features": list(FEATURES),
            "heads": list(HEADS),
            "labels": list(LABELS),
            "agree_min": self.agree_min,
            "disagree_min": self.disagree_min,
            **(extra or {}),
        }
        (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    def logits(self, features: np.ndarray) -> np.ndarray:
        """The heads' raw log-odds, one row per pair."""
        return ((features - self.mean) / self.scale) @ self.weights.T + self.bias

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Rows of calibrated (P(same), P(related)), P(related) never below P(same)."""
        return self.calibrate(self.logits(features))

    def calibrate(self, logits: np.ndarray) -> np.ndarray:
        """Raw log-odds to calibrated probabilities, P(related) never below P(same)."""
        out = 1.0 / (1.0 + np.exp(-(logits * self.calibration[:, 0] + self.calibration[:, 1])))
        out[:, 1] = np.maximum(out[:, 1], out[:, 0])
        return out

    def decide(
        self, row: np.ndarray, clashes: list[Clash], withholds_agreement: bool = False, tells_proposition: bool = False
    ) -> Judgement:
        """The label and scores of one pair; a sentence that withholds agreement (it negates some of what the
        claim says, states what the claim reports denied, or counts the claim's thing with another number)
        never agrees with it, even where no clash is named ("are not allies" against "formed an alliance"). One that
        gives the claim's crowd size, another toll of its dead or hurt, or the opposite outcome for the claim's own
        parties (`tells_proposition`), tells its proposition as surely as it is related to it."""
        same, related = float(row[0]), float(row[1])
        if tells_proposition:
            same = related  # a gathering's size, a toll or the other outcome for the same parties, in whatever words
        agreeing = same if not (clashes or withholds_agreement) else 0.0
        scores = {"agree": agreeing, "disagree": 0.0, "discuss": related - agreeing, "unrelated": 1.0 - related}
        if clashes:
            # A negation or a denial aligned to the claim's predicate speaks of the claim even in a sentence
            # about much else ("later denied that the navy had fired, saying ..."); another number, outcome
            # or party clashes only in a sentence that tells the same proposition. A crowd's size is the proposition.
            sure = related if clashes[0].kind in ("negation", "denial", "crowd") else same
            scores.update(agree=0.0, disagree=sure, discuss=max(related - sure, 0.0))
            if sure >= self.disagree_min:
                return Judgement("disagree", scores, clashes[0])
        if agreeing and agreeing >= self.agree_min:
            return Judgement("agree", scores)
        return Judgement("discuss" if related >= 0.5 else "unrelated", scores)


def _unreadable() -> Judgement:
    """A claim or sentence without a single word says nothing about the other."""
    return Judgement("unrelated", {"agree": 0.0, "disagree": 0.0, "discuss": 0.0, "unrelated": 1.0})


def _passage(judged: list) -> StanceResult:  # noqa: ANN001 - (Span, Judgement) pairs
    """A passage's stance from its sentences': a contradiction first, then an agreement, then discussion."""
    if not judged:
        return StanceResult("unrelated", {**dict.fromkeys(LABELS, 0.0), "unrelated": 1.0})
    for label in ("disagree", "agree", "discuss", "unrelated"):
        carrying = [(span, j) for span, j in judged if j.label == label]
        if carrying:
            span, best = max(carrying, key=lambda item: item[1].scores[label])
            evidence = [StanceEvidence(span.text, label, span.start, span.end, best.scores[label])]
            clash = best.clash
            if clash is not None:  # offsets into the passage, like the evidence's
                clash = replace(
                    clash, sentence_start=clash.sentence_start + span.start, sentence_end=clash.sentence_end + span.start
                )
            return StanceResult(label, best.scores, evidence, clash)
    raise AssertionError("unreachable")
