"""Fit the extractor's learned readings on the fictional pages of bench/pages.py.

    python -m newscheck.extract.segmenter_train [--out src/newscheck/models/extract]

1. `headlines`: which line over the segmenter's window heads a flattened page's article. Every title or short line
   over the window is a candidate (`headline_candidates`), labelled by whether it is the article's headline.
2. `lines`: which of the window's paragraphs are the article's (`kept_lines`), read under the headline the first
   model chose. Each paragraph is labelled by whether it is one of the page's gold paragraphs.
3. `html_lines`: the same reading of the paragraphs trafilatura (and our chrome rules) kept from the HTML page.

Before each model is fitted on every seen split, each split is scored by a model fitted on the others (a split's
articles and templates are its own): headlines found by the rules against the model, and mean body F1 of the
window's lines as they are against the lines the model keeps. The held-out split of bench/extract.py is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newscheck.extract import plaintext
from newscheck.extract.html import extract_html
from newscheck.extract.linear import MODEL_DIR, LinearModel
from newscheck.extract.plaintext import (
    HEADLINE_FEATURES,
    LINE_FEATURES,
    WindowMasks,
    article_window,
    headline_candidates,
    headline_features,
    kept_lines,
    line_features,
    norm,
    paragraph_reading,
    suspect_lines,
    window_masks,
)

BENCH = Path(__file__).resolve().parents[3] / "bench"
LINE_THRESHOLD = 0.3  # chosen on the splits' leave-one-out figures and the reviewed pages (docs/extraction.md)
C = 1.0  # scikit-learn's default regularisation: the features are few and standardised


def _bench() -> None:
    """bench/ on the import path once: its pages.py renders the pages, its extract.py names the splits and scores."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))


@lru_cache(maxsize=1)
def _pages(splits: tuple[str, ...]) -> list:
    """The splits' rendered pages with their headlines, built once for the three models."""
    _bench()
    from pages import build_pages, load_articles  # bench/pages.py

    headlines = {article.id: article.headline for article in load_articles()}
    return [(page, headlines[page.article_id]) for page in build_pages() if page.split in splits]


def labelled_headlines(splits: tuple[str, ...]) -> list[dict]:
    """Per page: its split, its headline candidates' features, which is the headline, which the rules chose."""
    rows = []
    for page, headline in _pages(splits):
        window = article_window(page.text, headline_model=False)
        candidates = headline_candidates(window.lines, window.body, window.rule_head) if window.body else []
        if not candidates:
            continue
        rows.append(
            {
                "split": page.split,
                "features": headline_features(window.lines, window.body, candidates, window.rule_head),
                "labels": np.array([norm(window.lines[k].text) == norm(headline) for k in candidates]),
                "rules": np.array([k == window.rule_head for k in candidates]),
            }
        )
    return rows


def labelled_lines(splits: tuple[str, ...]) -> list[dict]:
    """Per flattened page: its split, the window's lines' features and masks (`window_masks`), their labels (in the
    gold body or not) and texts, and the gold body."""

    def read(page) -> tuple[list[str], np.ndarray, WindowMasks] | None:  # noqa: ANN001 - a bench page
        window = article_window(page.text)
        if not window.chosen:
            return None
        texts = [window.lines[k].text for k in window.chosen]
        return texts, line_features(window.lines, window.chosen, window.headline), window_masks(window.lines, window.chosen)

    return _labelled(splits, read)


def labelled_html_lines(splits: tuple[str, ...]) -> list[dict]:
    """The same over each HTML page's paragraphs as extracted before the line model reads them."""

    def read(page) -> tuple[list[str], np.ndarray, WindowMasks] | None:  # noqa: ANN001 - a bench page
        parts = extract_html(page.html, line_model=False)
        if parts is None:
            return None
        _, features, masks = paragraph_reading(parts.headline, parts.paragraphs)
        return parts.paragraphs, features, masks

    return _labelled(splits, read)


def _labelled(splits: tuple[str, ...], read) -> list[dict]:  # noqa: ANN001 - page -> (texts, features, masks) | None
    rows = []
    for page, _ in _pages(splits):
        found = read(page)
        if found is None:
            continue
        texts, features, masks = found
        gold = norm(page.gold)
        labels = np.array([norm(text) in gold for text in texts])
        rows.append(
            {"split": page.split, "features": features, "masks": masks, "labels": labels, "texts": texts, "gold": page.gold}
        )
    return rows


def _fit(features: np.ndarray, labels: np.ndarray, threshold: float | None) -> LinearModel:
    mean, scale = features.mean(axis=0), features.std(axis=0)
    scale[scale == 0] = 1.0
    regression = LogisticRegression(C=C, max_iter=3000).fit((features - mean) / scale, labels)
    return LinearModel(regression.coef_[0], float(regression.intercept_[0]), mean, scale, threshold)


def fit_headlines(pages: list[dict]) -> LinearModel:
    """Over the candidates of the pages whose headline is among them."""
    pages = [p for p in pages if p["labels"].any()]
    return _fit(np.vstack([p["features"] for p in pages]), np.concatenate([p["labels"] for p in pages]), None)


def fit_lines(pages: list[dict]) -> LinearModel:
    """Over the pages' paragraphs (their titles are never gold: bench/pages.py's articles have no subheads)."""
    features = np.vstack([p["features"][p["masks"].prose] for p in pages])
    labels = np.concatenate([p["labels"][p["masks"].prose] for p in pages])
    return _fit(features, labels, LINE_THRESHOLD)


def _body_f1(kept: list[str], gold: str) -> float:
    _bench()
    from extract import body_f1  # bench/extract.py

    return body_f1("\n".join(kept), gold)[0] if kept else 0.0


def headlines_left_out(pages: list[dict], splits: tuple[str, ...]) -> dict[str, tuple[int, int, int]]:
    """Per split: pages, headlines the rules find, headlines a model fitted without the split finds."""
    figures = {}
    for split in splits:
        model = fit_headlines([p for p in pages if p["split"] != split])
        held = [p for p in pages if p["split"] == split]
        rules = sum(int((p["labels"] & p["rules"]).any()) for p in held)
        found = sum(int(p["labels"][np.argmax(model.probability(p["features"]))]) for p in held)
        figures[split] = (len(held), rules, found)
    return figures


def lines_left_out(pages: list[dict], splits: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Per split: mean body F1 of the window's lines as they are and of the lines a model fitted without it keeps."""
    figures = {}
    for split in splits:
        model = fit_lines([p for p in pages if p["split"] != split])
        before, after = [], []
        for page in (p for p in pages if p["split"] == split):
            keep = kept_lines(
                page["masks"], suspect_lines(page["features"]), model.probability(page["features"]), model.threshold
            )
            before.append(_body_f1(page["texts"], page["gold"]))
            after.append(_body_f1([t for t, k in zip(page["texts"], keep) if k], page["gold"]))
        figures[split] = (float(np.mean(before)), float(np.mean(after)))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    _bench()
    from extract import SEEN  # the held-out split stays unread

    heads = labelled_headlines(SEEN)
    head_figures = headlines_left_out(heads, SEEN)
    for split, (pages, rules, found) in head_figures.items():
        print(f"{split:<8} headlines: rules {rules}/{pages}, model {found}/{pages} (fitted without {split})")
    fit_headlines(heads).save(
        "headlines",
        HEADLINE_FEATURES,
        args.out,
        {
            "trained_on": dict(Counter(p["split"] for p in heads)),
            "candidates": int(sum(len(p["labels"]) for p in heads)),
            "leave_one_split_out_headlines_rules_model": {split: [r, f, n] for split, (n, r, f) in head_figures.items()},
        },
    )
    plaintext._headline_model.cache_clear()  # the lines are read under the headline just fitted

    plain = _fit_lines_and_save("lines", labelled_lines(SEEN), SEEN, args.out, "flattened text")
    html = _fit_lines_and_save("html_lines", labelled_html_lines(SEEN), SEEN, args.out, "HTML")
    print(f"wrote {args.out}: headlines over {len(heads)} pages, paragraphs over {plain} flattened and {html} HTML pages")


def _fit_lines_and_save(name: str, pages: list[dict], splits: tuple[str, ...], out: Path, what: str) -> int:
    """Print a line model's leave-one-split-out figures, fit it on every page and save it; the pages read."""
    figures = lines_left_out(pages, splits)
    for split, (before, after) in figures.items():
        print(
            f"{split:<8} {what} body F1: as extracted {before:.3f}, paragraphs the model keeps {after:.3f} (fitted without {split})"
        )
    fit_lines(pages).save(
        name,
        LINE_FEATURES,
        out,
        {
            "trained_on": dict(Counter(p["split"] for p in pages)),
            "paragraphs": int(sum(p["masks"].prose.sum() for p in pages)),
            "article_paragraphs": int(sum(p["labels"][p["masks"].prose].sum() for p in pages)),
            "leave_one_split_out_body_f1": {split: [round(b, 3), round(a, 3)] for split, (b, a) in figures.items()},
        },
    )
    return len(pages)


if __name__ == "__main__":
    main()
