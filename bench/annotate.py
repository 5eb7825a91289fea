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
    """Articles of about 600 words made of consecutive example paragraphs (ids differ)."""
    paragraphs = [
        p for path in sorted(EXAMPLES.glob("*.txt")) for p in extract_text(path.read_text("utf-8"), str(path)).paragraphs
    ]
    out: list[Article] = []
    cursor = 0
    for n in range(count):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < TARGET_WORDS:
            parts.append(paragraphs[cursor % len(paragraphs)])
            cursor += 1
        body = "\n\n".join(parts)
        out.append(Article(id=f"bench{n}", source="bench", headline="Bench article", body=body, paragraphs=parts))
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
    bare = timed(lambda: list(nlp.pipe([a.body for a in articles], batch_size=BATCH_SIZE, n_process=n_process)))
    full = timed(lambda: run_stages(articles, settings))
    # One process, CPU seconds: barely moved by other programs sharing the machine.
    bare_cpu = timed(lambda: list(nlp.pipe([a.body for a in articles], batch_size=BATCH_SIZE)), time.process_time)
    full_cpu = timed(lambda: run_stages(articles, Settings(workers=1)), time.process_time)

    n = len(articles)
    print(f"{n} articles, {words / n:.0f} words each; components: {', '.join(nlp.pipe_names)}")
    print(f"wall clock, {n_process} process(es) (noisy on a shared machine):")
    print(f"  bare spaCy nlp.pipe            {n / bare:6.1f} articles/s")
    print(f"  annotate+attribute+claims      {n / full:6.1f} articles/s   ({full / bare:.2f}x bare spaCy)")
    print("CPU time, 1 process:")
    print(f"  bare spaCy nlp.pipe            {1000 * bare_cpu / n:6.1f} ms/article")
    print(f"  annotate+attribute+claims      {1000 * full_cpu / n:6.1f} ms/article   ({full_cpu / bare_cpu:.2f}x bare spaCy)")


def timed(work, clock=time.perf_counter) -> float:
    started = clock()
    work()
    return clock() - started


def run_stages(articles: list[Article], settings: Settings) -> None:
    for article, annotation in zip(articles, annotate(articles, settings)):
        find_claims(article, annotation, attribute(article, annotation))


if __name__ == "__main__":
    main()
