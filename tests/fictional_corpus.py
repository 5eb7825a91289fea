"""The fictional test corpus (examples/corpus) as records, for tests of any stage.

Articles are built straight from the JSONL, with their ``id_hint`` as id and
``annotation=None``, so tests of stories and families depend on no other stage.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from newscheck.records import Article, ArticleReport

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@lru_cache(maxsize=1)
def corpus_lines() -> tuple[dict, ...]:
    with open(CORPUS / "articles.jsonl", encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in lines if line.strip())


@lru_cache(maxsize=1)
def gold() -> dict:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def corpus_article(line: dict) -> Article:
    paragraphs = [p for p in line["text"].split("\n\n") if p.strip()]
    return Article(
        id=line["id_hint"],
        source=line["source"],
        headline=line["headline"],
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        published=line["published"],
        byline=line["byline"],
        url=line["source"],
    )


def corpus_reports() -> list[ArticleReport]:
    """Fresh records on every call, so a test may change them."""
    return [ArticleReport(article=corpus_article(line)) for line in corpus_lines()]
