"""Embed stage: every sentence of an article embedded once, kept in the store and read by every later stage.

Stories read an article's opening (its headline and lead, joined to the mean of its first
``OPENING_SENTENCES`` sentences); cross-checks rank another outlet's sentences by cosine with a
claim. Both read the same vectors, computed once per article in one encoder pass and stored with
the article, so a stored article is never encoded again when later articles are checked against it.
Vectors are rounded to float16, the precision they are stored at, as soon as they are made: an
article reads the same whether it was analysed in this run or loaded from the store. The sentences'
word-piece vectors, which the claim-level judge aligns, are stored too (int8, a scale per piece), so a
stored sentence is never encoded again when a later claim is judged against it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newscheck.encoder import DIM, TokenVectors, get_encoder
from newscheck.records import Annotation, ArticleReport, Sentence
from newscheck.stance.text import split_sentences
from newscheck.terms import WIRE_DATELINE

OPENING_SENTENCES = 6  # sentences whose mean embedding joins the headline and lead's
LEAD_MIN_WORDS = 12  # a paragraph shorter than this is chrome or a dateline, not the lead
LEAD_MAX_WORDS = 70
STORED_DTYPE = np.float16
TOKENS_FORMAT = b"NCT1"  # the stored word pieces' layout (`tokens_to_bytes`) ...
_TOKENS_HEADER = 8  # ... the tag and the sentence count (uint32), then a uint16 piece count per sentence ...
_PIECE_BYTES = 8 + 4 + DIM  # ... then per piece its span (two int32), scale (float32) and int8 vector


@dataclass
class ArticleVectors:
    """One article's unit sentence vectors (in `sentences_of` order), its headline-and-lead vector, and
    its opening: the unit sum of the lead vector and the mean of its first sentences, and, for the claim-level
    judge, its sentences' word-piece vectors from the same pass (None where they were neither made nor stored)."""

    sentences: np.ndarray  # (sentences, DIM) float32
    lead: np.ndarray  # (DIM,) float32
    opening: np.ndarray  # (DIM,) float32
    tokens: list[TokenVectors] | None = None


def lead(paragraphs: Sequence[str]) -> str:
    """The first paragraph that reads as prose, dateline cut off, at most ``LEAD_MAX_WORDS`` words."""
    prose = next((p for p in paragraphs if len(p.split()) >= LEAD_MIN_WORDS), " ".join(paragraphs))
    prose = prose.strip()
    dateline = WIRE_DATELINE.match(prose)
    return " ".join(prose[dateline.end() if dateline else 0 :].split()[:LEAD_MAX_WORDS])


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
    `keep_tokens`, the sentences' word-piece vectors are kept too, at the precision the store keeps them."""
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
        if tokens is not None:
            made.tokens = [
                TokenVectors(_round_pieces(t.vectors), t.spans, pooled)
                for t, pooled in zip(tokens[row : row + count], made.sentences, strict=True)
            ]
        out.append(made)
        row += count
    return out


def to_bytes(vectors: np.ndarray) -> bytes:
    return np.ascontiguousarray(vectors, dtype=STORED_DTYPE).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=STORED_DTYPE).astype(np.float32).reshape(-1, DIM)


def _quantised(pieces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit piece vectors as int8 rows and a float32 scale per row."""
    scales = np.maximum(np.abs(pieces).max(axis=1), 1e-9).astype(np.float32) / 127
    return np.round(pieces / scales[:, None]).astype(np.int8), scales


def _round_pieces(pieces: np.ndarray) -> np.ndarray:
    """Piece vectors at the precision they are stored at (a judged text reads the same fresh or stored)."""
    values, scales = _quantised(pieces)
    return values.astype(np.float32) * scales[:, None]


def tokens_to_bytes(tokens: Sequence[TokenVectors]) -> bytes:
    """An article's sentences' word pieces as stored: the format tag, each sentence's piece count (uint16),
    then every piece's character span (int32 pairs), scale (float32) and int8 vector."""
    counts = np.array([len(t.spans) for t in tokens], dtype=np.uint16)
    pieces = [t.vectors for t in tokens if len(t.spans)]
    stacked = np.concatenate(pieces).astype(np.float32) if pieces else np.zeros((0, DIM), dtype=np.float32)
    values, scales = _quantised(stacked)
    spans = np.array([s for t in tokens for s in t.spans], dtype=np.int32).reshape(-1, 2)
    header = TOKENS_FORMAT + np.array([len(tokens)], dtype=np.uint32).tobytes()
    return b"".join((header, counts.tobytes(), spans.tobytes(), scales.tobytes(), values.tobytes()))


class StoredTokens(Sequence[TokenVectors]):
    """An article's stored word pieces, a sentence's decoded only when read (the judge reads a few sentences of
    most stored articles it loads, and decoded pieces take four times their stored size)."""

    def __init__(self, data: bytes, counts: np.ndarray, sentences: np.ndarray) -> None:
        self._data, self._sentences = memoryview(data), sentences
        self._bounds = np.concatenate([[0], np.cumsum(counts)])
        self._spans_at = _TOKENS_HEADER + 2 * len(counts)
        total = int(self._bounds[-1])
        self._scales_at = self._spans_at + 8 * total
        self._values_at = self._scales_at + 4 * total

    def __len__(self) -> int:
        return len(self._sentences)

    def __getitem__(self, row: int) -> TokenVectors:  # type: ignore[override] - rows only, never slices
        if not 0 <= row < len(self._sentences):
            raise IndexError(row)
        a, b = int(self._bounds[row]), int(self._bounds[row + 1])
        spans = np.frombuffer(self._data[self._spans_at + 8 * a : self._spans_at + 8 * b], dtype=np.int32).reshape(-1, 2)
        scales = np.frombuffer(self._data[self._scales_at + 4 * a : self._scales_at + 4 * b], dtype=np.float32)
        values = np.frombuffer(self._data[self._values_at + DIM * a : self._values_at + DIM * b], dtype=np.int8)
        vectors = values.reshape(-1, DIM).astype(np.float32) * scales[:, None]
        return TokenVectors(vectors, [(int(x), int(y)) for x, y in spans], self._sentences[row])


def tokens_from_bytes(data: bytes, sentences: np.ndarray) -> StoredTokens | None:
    """The word pieces `tokens_to_bytes` stored, each sentence's with its stored embedding (a row of
    `sentences`); None when the data is of another format or does not fit the article's sentences."""
    if data[:4] != TOKENS_FORMAT or len(data) < _TOKENS_HEADER:
        return None
    count = int(np.frombuffer(data[4:_TOKENS_HEADER], dtype=np.uint32)[0])
    pieces_at = _TOKENS_HEADER + 2 * count
    if count != len(sentences) or len(data) < pieces_at:
        return None
    counts = np.frombuffer(data[_TOKENS_HEADER:pieces_at], dtype=np.uint16).astype(np.int64)
    if len(data) != pieces_at + int(counts.sum()) * _PIECE_BYTES:
        return None
    return StoredTokens(data, counts, sentences)


def stored_tokens(annotation: Annotation) -> bytes | None:
    """An article's word pieces as the store keeps them: those made in this process, else the bytes a Ray actor
    sent."""
    vectors = annotation.vectors
    return tokens_to_bytes(vectors.tokens) if vectors is not None and vectors.tokens is not None else annotation.stored_tokens
