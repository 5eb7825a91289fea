"""Extraction speed: pages/second for scraped plain text and for HTML, beside bare trafilatura.

Generates a corpus of varied fictional pages (site chrome, rails, bylines, captions)
so the numbers are reproducible without any outside data. Targets: ≥ 200 pages/s
for plain text; HTML within 1.5× of bare trafilatura on the same pages.

    .venv/bin/python bench/extract.py [--pages 2000]
"""

from __future__ import annotations

import argparse
import random
import time

import trafilatura

from newscheck.extract import extract
from newscheck.records import Document

PLACES = ["Port Selwyn", "Brenmoor", "Valdria", "Orla Island", "Kestrel Bay", "Marrow Hill", "Tessaly", "Lake Ovra"]
PEOPLE = ["Ruth Calloway", "Elias Brandt", "Carla Dunmore", "Hanna Lund", "Tomas Reed", "Imogen Hartley"]
VERBS = ["said", "told reporters", "warned", "added", "stressed", "according to a statement"]
TOPICS = ["the strike", "the new bridge", "water prices", "the harbour dredging", "school funding", "the ferry timetable"]
CHROME_TOP = ["Dark", "Light", "Menu", "Home | World | Business | Sport", "Subscribe", "Sign in", "Go ad free"]
CHROME_BOTTOM = ["Share this article", "Most read", "Cookie settings", "© 2025 The Fictional Ledger", "Newsletter"]


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} that {rng.choice(TOPICS)} in {rng.choice(PLACES)} "
        f"would cost {rng.randint(2, 900)} million over {rng.randint(2, 12)} years."
    )


def _article(rng: random.Random) -> tuple[str, list[str]]:
    headline = f"{rng.choice(PLACES)} council votes on {rng.choice(TOPICS)} after {rng.randint(3, 40)}-day dispute"
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 12))]
    return headline, paragraphs


def text_page(rng: random.Random) -> str:
    headline, paragraphs = _article(rng)
    teasers = [f"{_article(rng)[0]}\n\n{_sentence(rng)[:70]}" for _ in range(rng.randint(0, 4))]
    parts = rng.sample(CHROME_TOP, 3) + [headline, f"{rng.randint(1, 28)} March, 2025", f"By {rng.choice(PEOPLE)}"]
    parts += paragraphs + rng.sample(CHROME_BOTTOM, 2) + ["Latest News"] + teasers
    return "\n\n".join(parts)


def html_page(rng: random.Random) -> str:
    headline, paragraphs = _article(rng)
    nav = "".join(f"<li><a href='/{c}'>{c}</a></li>" for c in rng.sample(CHROME_TOP, 4))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    rail = "".join(f"<li><a href='/r{i}'>{_article(rng)[0]}</a></li>" for i in range(rng.randint(2, 6)))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline} | Ledger</title>"
        f"<meta name='author' content='{rng.choice(PEOPLE)}'><meta name='date' content='2025-03-{rng.randint(10, 28)}'></head>"
        f"<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{headline}</h1>"
        f"<figure><img src='x.jpg'><figcaption>A scene. Photo: Ledger Pictures</figcaption></figure>{body}</article>"
        f"<aside><h2>Related</h2><ul>{rail}</ul></aside></main><footer>{' '.join(CHROME_BOTTOM)}</footer></body></html>"
    )


def rate(label: str, pages: list[str], run) -> float:
    start = time.perf_counter()
    for page in pages:
        run(page)
    elapsed = time.perf_counter() - start
    per_second = len(pages) / elapsed
    size = sum(len(p) for p in pages) / len(pages) / 1024
    print(f"{label:<28} {len(pages):>6} pages  {elapsed:7.2f} s  {per_second:8.1f} pages/s  (mean {size:.1f} KB)")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [text_page(rng) for _ in range(args.pages)]
    htmls = [html_page(rng) for _ in range(args.pages)]
    extract(Document(source="warm-up", content=htmls[0], kind="html"))  # imports, language model
    text_rate = rate("newscheck plain text", texts, lambda p: extract(Document(source="t", content=p, kind="text")))
    html_rate = rate("newscheck HTML", htmls, lambda p: extract(Document(source="h", content=p, kind="html")))
    bare_rate = rate("bare trafilatura HTML", htmls, lambda p: trafilatura.bare_extraction(p, with_metadata=True))
    print(f"plain text: {text_rate:.0f} pages/s (target >= 200)")
    print(f"HTML slowdown vs bare trafilatura: {bare_rate / html_rate:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
