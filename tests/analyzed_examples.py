"""The seeds and the fictional corpus run through the whole pipeline once per test session.

Imported by the verify, headline, signals and report tests (tests/ is on sys.path through
the root conftest), so the pipeline runs at most once for each input set.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from newscheck.config import Settings
from newscheck.pipeline import analyze
from newscheck.records import ArticleReport, Report

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
CORPUS = REPO / "examples" / "corpus"


def _settings() -> Settings:
    return Settings(db_url=None, workers=1, progress=False)


@lru_cache(maxsize=1)
def analyzed_seeds() -> Report:
    return analyze([str(p) for p in sorted(SEEDS.glob("00[01]_*.txt"))], _settings())


@lru_cache(maxsize=1)
def analyzed_corpus() -> Report:
    return analyze([str(CORPUS / "articles.jsonl")], _settings())


@lru_cache(maxsize=1)
def expected_corpus() -> dict:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def seed(report: Report, prefix: str) -> ArticleReport:
    return next(a for a in report.articles if Path(a.article.source).name.startswith(prefix))


def by_hint(report: Report) -> dict[str, ArticleReport]:
    """Corpus articles keyed by their id_hint (matched through the source URL in articles.jsonl)."""
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    hints = {row["source"]: row["id_hint"] for row in map(json.loads, lines) if row}
    return {hints[a.article.source]: a for a in report.articles if a.article.source in hints}
