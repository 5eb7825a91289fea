"""Fit the segmenter's line model (`newscheck.extract.plaintext.LineModel`) on the fictional pages of bench/pages.py.

    python -m newscheck.extract.lines_train [--out src/newscheck/models/extract]

Every split's flattened pages are read by the segmenter up to its window; each candidate line of the window is
labelled by whether it is a paragraph of the page's gold body. Before the model is fitted on all of them, each
split is scored by a model fitted on the others (the split's articles and templates are its own): mean body F1
of its pages with the window's lines as they are and with the lines the model keeps. The held-out split of
bench/extract.py is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newscheck.extract.plaintext import LINE_MODEL_DIR, LineModel, article_window, kept_lines, line_features, norm, window_masks

BENCH = Path(__file__).resolve().parents[3] / "bench"
THRESHOLD = 0.3  # chosen on the splits' leave-one-out figures and the reviewed pages (docs/extraction.md)
C = 1.0


def labelled_pages(splits: tuple[str, ...]) -> list[dict]:
    """Per page: its split, the window's candidate lines' features, which are paragraphs, their labels (in the gold
    body or not) and texts, and the gold body."""
    sys.path.insert(0, str(BENCH))
    from pages import build_pages  # bench/pages.py

    rows = []
    for page in build_pages():
        if page.split not in splits:
            continue
        window = article_window(page.text)
        if not window.chosen:
            continue
        gold = norm(page.gold)
        texts = [window.lines[k].text for k in window.chosen]
        rows.append(
            {
                "split": page.split,
                "features": line_features(window.lines, window.chosen, window.headline),
                "masks": window_masks(window.lines, window.chosen),
                "labels": np.array([norm(text) in gold for text in texts]),
                "texts": texts,
                "gold": page.gold,
            }
        )
    return rows


def fit(pages: list[dict], threshold: float = THRESHOLD) -> LineModel:
    """The model over the pages' paragraphs (their titles are never gold: bench/pages.py's articles have no subheads)."""
    features = np.vstack([p["features"][p["masks"][0]] for p in pages])
    labels = np.concatenate([p["labels"][p["masks"][0]] for p in pages])
    mean, scale = features.mean(axis=0), features.std(axis=0)
    scale[scale == 0] = 1.0
    regression = LogisticRegression(C=C, max_iter=3000).fit((features - mean) / scale, labels)
    return LineModel(regression.coef_[0], float(regression.intercept_[0]), mean, scale, threshold)


def _body_f1(kept: list[str], gold: str) -> float:
    from extract import body_f1  # bench/extract.py

    return body_f1("\n".join(kept), gold)[0] if kept else 0.0


def leave_one_split_out(pages: list[dict], splits: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Per split: mean body F1 of the window's lines as they are and of the lines a model fitted without it keeps."""
    figures = {}
    for split in splits:
        model = fit([p for p in pages if p["split"] != split])
        before, after = [], []
        for page in (p for p in pages if p["split"] == split):
            keep = kept_lines(page["features"], *page["masks"], model.probability(page["features"]), model.threshold)
            before.append(_body_f1(page["texts"], page["gold"]))
            after.append(_body_f1([t for t, k in zip(page["texts"], keep) if k], page["gold"]))
        figures[split] = (float(np.mean(before)), float(np.mean(after)))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LINE_MODEL_DIR)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from extract import SEEN  # the held-out split stays unread

    pages = labelled_pages(SEEN)
    figures = leave_one_split_out(pages, SEEN)
    for split, (before, after) in figures.items():
        print(f"{split:<8} window as it is {before:.3f}, lines the model keeps {after:.3f} (model fitted without {split})")
    mean_before, mean_after = (float(np.mean([f[i] for f in figures.values()])) for i in (0, 1))
    print(f"mean     {mean_before:.3f} -> {mean_after:.3f}")
    model = fit(pages)
    counts = Counter(p["split"] for p in pages)
    lines = int(sum(p["masks"][0].sum() for p in pages))
    model.save(
        args.out,
        {
            "trained_on": {split: counts[split] for split in SEEN},
            "paragraphs": lines,
            "article_paragraphs": int(sum(p["labels"][p["masks"][0]].sum() for p in pages)),
            "leave_one_split_out_body_f1": {split: [round(b, 3), round(a, 3)] for split, (b, a) in figures.items()},
        },
    )
    print(f"wrote {args.out} ({len(pages)} pages, {lines} paragraphs)")


if __name__ == "__main__":
    main()
