"""Throughput of annotate + attribute + claims beside bare spaCy ``nlp.pipe`` on the same text.

Builds ~600-word articles from the fictional examples (examples/attribution), repeated to N
articles, and times (1) bare ``nlp.pipe`` with the same components and process count, and
(2) the full annotate -> attribute -> find_claims path. The machine is shared: numbers are noisy.
Run: .venv/bin/python bench/annotate.py [--articles 120] [--workers 2]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newscheck.annotate import annotate
from newscheck.attribute import attribute
from newscheck.claims import find_claims
from newscheck.config import Settings
from newscheck.extract import extract_text
from newscheck.nlp import BATCH_SIZE, get_nlp, process_count
from newscheck.records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "attribution"
TARGET_WORDS = 600


def build_articles(count: int) -> list[Article]:
    """Articles of about 600 words, each made of several example bodies (ids differ)."""
    bodies = [extract_text(p.read_text("utf-8"), str(p)).body for p in sorted(EXAMPLES.glob("*.txt"))]
    out: list[Article] = []
    cursor = 0
    for n in range(count):
        parts: list[str] = []
        while sum(len(b.split()) for b in parts) < TARGET_WORDS:
            parts.append(bodies[cursor % len(bodies)])
            cursor += 1
        body = "\n\n".join(parts)
        out.append(Article(id=f"bench{n}", source="bench", headline="Bench article", body=body, paragraphs=body.split("\n\n")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    articles = build_articles(args.articles)
    words = sum(len(a.body.split()) for a in articles)
    settings = Settings(workers=args.workers)
    nlp = get_nlp()
    annotate(articles[:4], Settings(workers=1))  # load models, warm caches

    n_process = process_count(len(articles), args.workers)
    started = time.perf_counter()
    list(nlp.pipe([a.body for a in articles], batch_size=BATCH_SIZE, n_process=n_process))
    bare = time.perf_counter() - started

    started = time.perf_counter()
    annotations = annotate(articles, settings)
    parsed = time.perf_counter() - started
    for article, annotation in zip(articles, annotations):
        quotes = attribute(article, annotation)
        find_claims(article, annotation, quotes)
    full = time.perf_counter() - started

    print(f"{len(articles)} articles, {words / len(articles):.0f} words each, {n_process} process(es); components: {', '.join(nlp.pipe_names)}")
    print(f"bare spaCy nlp.pipe            {len(articles) / bare:6.1f} articles/s")
    print(f"annotate only                  {len(articles) / parsed:6.1f} articles/s")
    print(f"annotate+attribute+claims      {len(articles) / full:6.1f} articles/s   ({full / bare:.2f}x bare spaCy)")


if __name__ == "__main__":
    main()
