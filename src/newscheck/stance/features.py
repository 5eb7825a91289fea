"""Pair features: how close a claim is to a text, and what the closest sentences do with it.

Each text is prepared once (sentences, their MiniLM embeddings, stems, cue counts,
TF-IDF rows) and each claim once, so a batch that pairs one body with many claims
pays for the body only once. Pair features are then cheap array arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from newscheck.records import Span
from newscheck.stance.text import (
    CUE_FAMILIES,
    QUOTE_MARKS,
    content_words,
    cue_counts,
    split_sentences,
    words,
)
from newscheck.terms import stem

if TYPE_CHECKING:
    from newscheck.stance.polarity import PolarityModel

TOP_K = 3
Embed = Callable[[Sequence[str]], np.ndarray]


def stems_of(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


def summarize(emb: np.ndarray, cues: np.ndarray, general: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whole-passage summaries of per-sentence rows: unit mean embedding, unit log word bag, and
    cue counts (mean per sentence, present anywhere, in the first three sentences)."""
    counted = np.concatenate([cues.sum(axis=0) / len(cues), (cues > 0).max(axis=0), cues[:3].sum(axis=0)])
    return unit(emb.mean(axis=0)), unit(np.log1p(general.sum(axis=0, dtype=np.float32))), counted.astype(np.float32)


@dataclass
class PreparedText:
    text: str
    spans: list[Span]
    emb: np.ndarray  # sentences × 384
    stems: list[frozenset[str]]
    bigrams: frozenset[tuple[str, str]]
    cues: np.ndarray  # sentences × cue families
    tfidf: sparse.csr_matrix  # sentences × vocabulary, rows L2-normalised
    tfidf_all: sparse.csr_matrix  # 1 × vocabulary
    general: np.ndarray  # sentences × general vocabulary: counts, uint8 (a text stays prepared a while; 255 at most)
    questions: float
    quotes: float
    # Derived once per text, reused by every claim it meets.
    all_stems: frozenset[str] = frozenset()
    lead_stems: frozenset[str] = frozenset()
    mean_emb: np.ndarray | None = None
    cue_any: np.ndarray | None = None
    bag_all: np.ndarray | None = None
    text_cues: np.ndarray | None = None
    debunks: float | None = None  # P(the text debunks the story it tells), set by the featurizer
    commits: float | None = None  # P(the text takes a side on that story), set with `debunks`
    _sentences: dict[int, PreparedText] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.all_stems = frozenset().union(*self.stems)
        self.lead_stems = frozenset().union(*self.stems[:2])
        self.cue_any = (self.cues > 0).astype(np.float32)
        self.mean_emb, self.bag_all, self.text_cues = summarize(self.emb, self.cues, self.general)

    def sentence(self, index: int) -> PreparedText:
        """Sentence `index` as a text of its own, prepared once: every claim that meets this text
        asks for the stance of its closest sentences, and they are often the same ones."""
        if index not in self._sentences:
            self._sentences[index] = self.excerpt([index])
        return self._sentences[index]

    def excerpt(self, indices: Sequence[int]) -> PreparedText:
        """Sentences `indices` (in text order) as a short text of their own: per-sentence stance,
        and the short-passage examples training adds."""
        chosen = sorted(int(i) for i in indices)
        spans = [self.spans[i] for i in chosen]
        stems_lists = [stems_of(s.text) for s in spans]
        joined = " ".join(s.text for s in spans)
        tfidf = self.tfidf[chosen]
        whole = tfidf.sum(axis=0)
        whole = sparse.csr_matrix(whole / max(float(np.linalg.norm(whole)), 1e-9))
        return PreparedText(
            joined,
            spans,
            self.emb[chosen],
            [self.stems[i] for i in chosen],
            frozenset(b for st in stems_lists for b in zip(st, st[1:])),
            self.cues[chosen],
            tfidf,
            whole,
            self.general[chosen],
            joined.count("?") / len(spans),
            sum(joined.count(q) for q in QUOTE_MARKS) / len(spans),
        )


@dataclass
class PreparedClaim:
    text: str
    emb: np.ndarray  # 384
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    cues: np.ndarray
    tfidf: np.ndarray  # vocabulary, L2-normalised (dense: a claim meets many sentences)
    general: np.ndarray  # general-vocabulary bag, log-scaled and L2-normalised
    debunks: float | None = None  # P(the claim debunks a story rather than asserting it)
    commits: float | None = None  # P(the claim takes a side on that story), set with `debunks`


class Featurizer:
    """Fitted vocabularies plus the feature arithmetic; pickled with the model."""

    def __init__(self, tfidf: TfidfVectorizer, general: CountVectorizer) -> None:
        self.tfidf = tfidf
        self.general = general
        self.polarity: PolarityModel | None = None  # fitted after the vocabularies (it reads their features)

    @classmethod
    def fit(cls, texts: Sequence[str], general_vocabulary: Sequence[str]) -> Featurizer:
        tfidf = TfidfVectorizer(tokenizer=stems_of, lowercase=False, token_pattern=None, sublinear_tf=True, min_df=2)
        tfidf.fit(texts)
        general = CountVectorizer(tokenizer=words, lowercase=False, token_pattern=None, vocabulary=sorted(general_vocabulary))
        return cls(tfidf, general)

    def prepare_texts(self, texts: Sequence[str], embed: Embed) -> list[PreparedText]:
        all_spans = [split_sentences(t) or [Span(t, 0, len(t))] for t in texts]
        flat = [s.text for spans in all_spans for s in spans]
        emb = embed(flat)
        tfidf_rows = normalize(self.tfidf.transform(flat)) if flat else None
        general_rows = np.minimum(self.general.transform(flat).toarray(), 255).astype(np.uint8) if flat else None
        whole = normalize(self.tfidf.transform(list(texts)))
        prepared = []
        offset = 0
        for k, (text, spans) in enumerate(zip(texts, all_spans)):
            n = len(spans)
            stems_lists = [stems_of(s.text) for s in spans]
            bigrams = frozenset(b for st in stems_lists for b in zip(st, st[1:]))
            prepared.append(
                PreparedText(
                    text,
                    spans,
                    emb[offset : offset + n],
                    [frozenset(st) for st in stems_lists],
                    bigrams,
                    np.array([cue_counts(s.text) for s in spans], dtype=np.float32),
                    tfidf_rows[offset : offset + n],
                    whole[k],
                    general_rows[offset : offset + n],
                    text.count("?") / n,
                    sum(text.count(q) for q in QUOTE_MARKS) / n,
                )
            )
            offset += n
        self._set_polarity(prepared)
        return prepared

    def prepare_claims(self, claims: Sequence[str], embed: Embed) -> list[PreparedClaim]:
        emb = embed(list(claims))
        tfidf_rows = normalize(self.tfidf.transform(list(claims))).toarray().astype(np.float32)
        general_rows = self.general.transform(list(claims)).toarray().astype(np.float32)
        out = []
        for k, claim in enumerate(claims):
            stems = stems_of(claim)
            out.append(
                PreparedClaim(
                    claim,
                    emb[k],
                    frozenset(stems),
                    frozenset(zip(stems, stems[1:])),
                    np.array(cue_counts(claim), dtype=np.float32),
                    tfidf_rows[k],
                    unit(np.log1p(general_rows[k])),
                )
            )
        self._set_polarity(out)
        return out

    def _set_polarity(self, items: Sequence[PreparedText] | Sequence[PreparedClaim]) -> None:
        todo = [item for item in items if item.debunks is None]
        if self.polarity is None or not todo:
            return
        if isinstance(todo[0], PreparedClaim):
            debunks, commits = self.polarity.claim_debunks(todo), self.polarity.claim_commits(todo)
        else:
            debunks, commits = self.polarity.text_debunks(todo), self.polarity.text_commits(todo)
        for item, debunk, commit in zip(todo, debunks, commits):
            item.debunks, item.commits = float(debunk), float(commit)

    def polarity_features(self, claim: PreparedClaim, text: PreparedText, top: np.ndarray) -> list[float]:
        """P(claim debunks), P(text debunks), P(the sentences closest to the claim debunk),
        how likely the claim's polarity clashes with each, and those clashes weighed by how likely the
        text and those sentences take a side at all (a clash with a mere report is no denial), by how
        likely the claim takes a side, and by both."""
        if self.polarity is None:
            return [0.5] * len(POLARITY_FEATURES)
        self._set_polarity([claim])
        self._set_polarity([text])  # excerpts are scored when first paired
        a, b = claim.debunks, text.debunks
        near, near_commits = self.polarity.sentences_debunk(text, top)
        clash_text, clash_near = a * (1 - b) + (1 - a) * b, a * (1 - near) + (1 - a) * near
        text_side, near_side = clash_text * text.commits, clash_near * near_commits
        c = claim.commits
        return [
            *(a, b, near, clash_text, clash_near, text_side, near_side),
            *(c, clash_text * c, clash_near * c, text_side * c, near_side * c),
        ]

    def pair(self, claim: PreparedClaim, text: PreparedText) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(dense features, embedding+bag features, sentence indices ranked by closeness to the claim)."""
        n = len(text.spans)
        emb_sims = text.emb @ claim.emb
        tf_sims = text.tfidf @ claim.tfidf
        n_claim = max(len(claim.stems), 1)
        overlaps = np.array([len(claim.stems & s) / n_claim for s in text.stems], dtype=np.float32)
        closeness = emb_sims + 0.5 * tf_sims + 0.5 * overlaps
        ranked = np.argsort(-closeness, kind="stable")
        top = ranked[:TOP_K]
        sorted_sims = np.sort(emb_sims)[::-1]
        relatedness = [
            float(sorted_sims[0]),
            float(sorted_sims[:3].mean()),
            float(text.mean_emb @ claim.emb),
            float(emb_sims[0]),
            float((text.tfidf_all @ claim.tfidf)[0]),
            float(tf_sims.max()),
            len(claim.stems & text.all_stems) / n_claim,
            float(overlaps.max()),
            len(claim.bigrams & text.bigrams) / max(len(claim.bigrams), 1),
            len(claim.stems & text.lead_stems) / n_claim,
            float(n_claim),
            float(np.log1p(n)),
            float(len(claim.stems - text.all_stems)),
        ]
        weights = np.exp(10 * emb_sims[top])
        weights /= weights.sum()
        near = weights @ text.emb[top]
        near /= max(float(np.linalg.norm(near)), 1e-9)
        near_cue = (text.cue_any * np.clip(emb_sims, 0, None)[:, None]).max(axis=0)
        negation = CUE_FAMILIES.index("negation")
        claim_negated = claim.cues[negation] > 0
        top_negated = text.cues[top[0], negation] > 0
        extra = [
            float(claim_negated != top_negated),
            float("?" in claim.text),
            text.questions,
            text.quotes,
            float(top[0]) / n,
            float(emb_sims[top[0]]),
            float(len(text.spans[top[0]].text)),
            float(near @ claim.emb),
            *self.polarity_features(claim, text, top),
        ]
        dense = np.concatenate(
            [relatedness, claim.cues, text.cues[top[0]], text.cues[top].sum(axis=0), text.text_cues, near_cue, extra]
        ).astype(np.float32)
        assert len(dense) == len(DENSE_FEATURES), "pair() and DENSE_FEATURES disagree"
        bag_near = unit(np.log1p(text.general[top].sum(axis=0, dtype=np.float32)))
        wide = np.concatenate([claim.emb * near, np.abs(claim.emb - near), bag_near, text.bag_all, claim.general]).astype(
            np.float32
        )
        return dense, wide, ranked


# The dense features `pair` writes, by name and in order: the models read columns by these names.
RELATEDNESS_FEATURES = (
    "best sentence cosine", "top-3 sentence cosine", "mean embedding cosine", "first sentence cosine",
    "text tf-idf cosine", "best sentence tf-idf cosine", "stem overlap", "best sentence stem overlap",
    "bigram overlap", "lead stem overlap", "claim stems", "log sentences", "claim stems missing",
)  # fmt: skip
POLARITY_FEATURES = (
    "claim debunks", "text debunks", "closest debunk", "clash with text", "clash with closest",
    "clash with a committed text", "clash with committed closest", "claim commits", "clash with text, claim committed",
    "clash with closest, claim committed", "clash with a committed text, claim committed",
    "clash with committed closest, claim committed",
)  # fmt: skip
DENSE_FEATURES = (
    *RELATEDNESS_FEATURES,
    *(f"claim cue {family}" for family in CUE_FAMILIES),
    *(f"closest sentence cue {family}" for family in CUE_FAMILIES),
    *(f"top-3 cue {family}" for family in CUE_FAMILIES),
    *(f"text cue {family} {summary}" for summary in ("per sentence", "present", "in lead") for family in CUE_FAMILIES),
    *(f"near cue {family}" for family in CUE_FAMILIES),
    "negation mismatch", "claim asks", "text questions", "text quotes", "closest position", "closest cosine",
    "closest length", "near embedding cosine",
    *POLARITY_FEATURES,
)  # fmt: skip
N_RELATEDNESS = len(RELATEDNESS_FEATURES)


def columns(prefix: str) -> np.ndarray:
    """Indices of the dense features whose names start with `prefix` ("text cue" for the whole text's cue
    summaries)."""
    return np.array([k for k, name in enumerate(DENSE_FEATURES) if name.startswith(prefix)])


def unit(v: np.ndarray) -> np.ndarray:
    """`v` scaled to length 1 (left as is when zero)."""
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v
