"""Embed stage: every sentence of an article embedded once, kept in the store and read by every later stage.

Stories read an article's opening (its headline and lead, joined to the mean of its first
``OPENING_SENTENCES`` sentences); cross-checks rank another outlet's sentences by cosine with a
claim. Both read the same vectors, computed once per article in one encoder pass and stored with
the article, so a stored article is never encoded again when later articles are checked against it.
Vectors are rounded to float16, the precision they are stored at, as soon as they are made: an
article reads the same whether it was analysed in this run or loaded from the store.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newscheck.encoder import DIM, TokenVectors, get_encoder
from newscheck.records import Annotation, ArticleReport, Sentence
from newscheck.stance.text import split_sentences

OPENING_SENTENCES = 6  # sentences whose mean embedding joins the headline and lead's
LEAD_MIN_WORDS = 12  # a paragraph shorter than this is chrome or a dateline, not the lead
LEAD_MAX_WORDS = 70
STORED_DTYPE = np.float16

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*\([^)]*\))?\s*[-–—]+\s*")


@dataclass
class ArticleVectors:
    """One article's unit sentence vectors (in `sentences_of` order), its headline-and-lead vector, and
    its opening: the unit sum of the lead vector and the mean of its first sentences. An article encoded in
    this process also keeps its sentences' word-piece vectors from the same pass, for the claim-level judge;
    they are never stored, and dropped with the batch."""

    sentences: np.ndarray  # (sentences, DIM) float32
    lead: np.ndarray  # (DIM,) float32
    opening: np.ndarray  # (DIM,) float32
    tokens: list[TokenVectors] | None = None


def lead(paragraphs: Sequence[str]) -> str:
    """The first paragraph that reads as prose, dateline cut off, at most ``LEAD_MAX_WORDS`` words."""
    prose = next((p for p in paragraphs if len(p.split()) >= LEAD_MIN_WORDS), " ".join(paragraphs))
    return " ".join(_DATELINE.sub("", prose.strip()).split()[:LEAD_MAX_WORDS])


def paragraphs_of(report: ArticleReport) -> list[str]:
    article = report.article
    return article.paragraphs or [p for p in article.body.split("\n\n") if p.strip()]


def sentences_of(report: ArticleReport) -> list[Sentence]:
    """The annotate stage's sentences, or a plain split when the report was loaded without them."""
    if report.annotation is not None and report.annotation.sentences:
        return report.annotation.sentences
    return [Sentence(s.text, s.start, s.end) for s in split_sentences(report.article.body, limit=len(report.article.body))]


def sentence_at(sentences: Sequence[Sentence], start: int) -> int:
    """The index of the sentence holding character ``start`` (the last one before it when none does)."""
    return max(0, bisect.bisect_right([s.start for s in sentences], start) - 1)


def attach_vectors(reports: Sequence[ArticleReport]) -> None:
    """Give every report its vectors on ``annotation.vectors`` (an annotation made where it had none),
    encoding only those that have none yet: the one place later stages and the store read them from."""
    for report, vectors in zip(reports, embed_articles(reports), strict=True):
        if report.annotation is None:
            report.annotation = Annotation(article_id=report.article.id)
        report.annotation.vectors = vectors


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-12)


def _rounded(vectors: np.ndarray) -> np.ndarray:
    return vectors.astype(STORED_DTYPE).astype(np.float32)


def assemble(sentences: np.ndarray, lead_vector: np.ndarray) -> ArticleVectors:
    """An article's vectors from its sentence and lead vectors (fresh or stored)."""
    sentences, lead_vector = _rounded(sentences), _rounded(lead_vector)
    mean = _unit(sentences[:OPENING_SENTENCES].mean(axis=0)) if len(sentences) else lead_vector
    return ArticleVectors(sentences, lead_vector, _unit(lead_vector + mean).astype(np.float32))


def embed_articles(reports: Sequence[ArticleReport], keep_tokens: bool = False) -> list[ArticleVectors]:
    """The vectors of every article, from one encoder pass over all their sentences and leads; an
    article embedded earlier in this process (``annotation.vectors``) is not encoded again. With
    `keep_tokens`, the sentences' word-piece vectors are kept too, for the judge in this process."""
    done = [r.annotation.vectors if r.annotation is not None else None for r in reports]
    if all(v is not None for v in done):
        return done  # type: ignore[return-value]
    todo = [r for r, v in zip(reports, done, strict=True) if v is None]
    made = iter(_embed(todo, keep_tokens))
    return [v if v is not None else next(made) for v in done]


def _embed(reports: Sequence[ArticleReport], keep_tokens: bool) -> list[ArticleVectors]:
    texts = [s.text for r in reports for s in sentences_of(r)]
    leads = [f"{r.article.headline}. {lead(paragraphs_of(r))}" for r in reports]
    everything = [*texts, *leads]
    tokens = get_encoder().encode_tokens(everything) if keep_tokens else None  # one encoder pass either way
    if not everything:
        vectors = np.zeros((0, DIM), dtype=np.float32)
    elif tokens is not None:
        vectors = np.stack([t.sentence for t in tokens])
    else:
        vectors = get_encoder().encode(everything)
    out, row = [], 0
    for n, report in enumerate(reports):
        count = len(sentences_of(report))
        made = assemble(vectors[row : row + count], vectors[len(texts) + n])
        made.tokens = tokens[row : row + count] if tokens is not None else None
        out.append(made)
        row += count
    return out


def to_bytes(vectors: np.ndarray) -> bytes:
    return np.ascontiguousarray(vectors, dtype=STORED_DTYPE).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=STORED_DTYPE).astype(np.float32).reshape(-1, DIM)
