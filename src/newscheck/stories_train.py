"""Train the stories stage's pair model and write it to the package.

    python -m newscheck.stories_train [--gold bench/gold] [--fnc ../shared/data/fnc1] [--out src/newscheck/models/stories]

P(two reports tell one event) is two logistic regressions over `stories.PAIR_FEATURES`. The row for two dated
reports is fitted on fictional multi-outlet reports labelled by event: `claims_articles.jsonl` (rebuilt from its
numbered sentences), `stories_outlets.jsonl` and the verdict sets `verdicts*_stories.jsonl` with their
`*_expected.jsonl` events, except `HELD_OUT` (never read here); its pairs are each set's reports dated within the
story window of each other. The row for pairs with an undated report is fitted on FNC-1's training topics (undated
real reports; the stance split's validation topics are never read), on the pairs blocking meets among them. The
trainer prints, per fictional set, the pairwise AUC of a model fitted without that set.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from newscheck.config import Settings
from newscheck.records import Article, ArticleReport, day_number
from newscheck.stance.data import load_fnc, split
from newscheck.stance.text import split_sentences
from newscheck.stories import MODEL_DIR, PairModel, _candidate_pairs, _nearest_pairs, blocking_features, node_views
from newscheck.vectors import embed_articles

GOLD = Path(__file__).resolve().parents[2] / "bench" / "gold"
FNC = Path(__file__).resolve().parents[3] / "shared" / "data" / "fnc1"
VERDICT_SETS = ("verdicts", "verdicts2", "verdicts3", "verdicts4", "verdicts5")
FNC_SET = "fnc1_train_topics"
HELD_OUT = (
    "verdicts6",
    "verdicts7",
    "verdicts8",
    "verdicts9",
    "verdicts10",
    "verdicts11",
    "verdicts12",
    "verdicts13",
    "verdicts14",
)  # read only by bench/verdicts.py and bench/stories.py --outlets
REGULARISATION = 1.0
OTHER_STORY_KINDS = {"same_names_other_story", "related_report", "other_topic"}  # claims_articles.jsonl


def claim_article_reports(gold: Path = GOLD) -> tuple[list[ArticleReport], dict[str, str]]:
    """The reports of claims_articles.jsonl rebuilt from their numbered sentences, with their story. A report
    whose every sentence is of another story (its "same names, other story" article) is its own event."""
    sentences: dict[str, dict[int, str]] = defaultdict(dict)
    dated, events, kinds = {}, {}, defaultdict(set)
    with open(gold / "claims_articles.jsonl", encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            sentences[row["article"]][row["position"]] = row["sentence"]
            dated[row["article"]], events[row["article"]] = row["sentence_date"], row["story"]
            kinds[row["article"]].add(row["kind"])
    for name, found in kinds.items():
        if found <= OTHER_STORY_KINDS:
            events[name] = name
    reports = []
    for name in sorted(sentences):
        paragraphs = [sentences[name][k] for k in sorted(sentences[name])]
        body = "\n\n".join(paragraphs)
        reports.append(ArticleReport(Article(name, name, paragraphs[0], body, paragraphs, published=dated[name])))
    return reports, events


def outlet_reports(gold: Path = GOLD) -> tuple[list[ArticleReport], dict[str, str]]:
    """The reports of stories_outlets.jsonl, each with its event."""
    reports, events = [], {}
    with open(gold / "stories_outlets.jsonl", encoding="utf-8") as handle:
        for n, row in enumerate(map(json.loads, handle)):
            name = f"{row['event']}-{n}"
            paragraphs = row["paragraphs"]
            article = Article(
                name, row["outlet"], row["headline"], "\n\n".join(paragraphs), paragraphs, published=row["published"]
            )
            reports.append(ArticleReport(article))
            events[name] = row["event"]
    return reports, events


def verdict_set_reports(name: str, gold: Path = GOLD) -> tuple[list[ArticleReport], dict[str, str]]:
    """The reports of a verdict set, each with the event its expectations put it in."""
    events = {}
    for line in (gold / f"{name}_expected.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] == "event":
            events.update(dict.fromkeys(row["articles"], row["event"]))
    reports = []
    for line in (gold / f"{name}_stories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        paragraphs = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
        article = Article(
            row["id"], row["url"], row["headline"], "\n\n".join(paragraphs), paragraphs, published=row.get("published")
        )
        reports.append(ArticleReport(article))
        events.setdefault(row["id"], row["id"])
    return reports, events


def fnc_reports(data: Path = FNC) -> tuple[list[ArticleReport], dict[str, str]]:
    """FNC-1's bodies of the stance split's training topics (its validation topics are never read here), each an
    undated report whose headline is its first sentence, with its topic as its event."""
    fnc = load_fnc(data)
    reports, events = [], {}
    for body_id, topic in sorted(split(fnc).train_topics.items()):
        paragraphs = [p.strip() for p in fnc.bodies[body_id].split("\n") if p.strip()]
        body = "\n\n".join(paragraphs)
        first = split_sentences(body)
        name = f"fnc{body_id}"
        reports.append(ArticleReport(Article(name, name, first[0].text if first else body[:120], body, paragraphs)))
        events[name] = str(topic)
    return reports, events


def labelled_pairs(
    reports: Sequence[ArticleReport], events: dict[str, str], window: int, candidates_only: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Features and same-event labels of every pair of `reports` dated within `window` days of each other, or
    only of the pairs blocking meets (`candidates_only`: a large set of undated reports)."""
    days = [day_number(r.article.published) for r in reports]
    features = [blocking_features(r) for r in reports]
    views = node_views(reports, features, days, embed_articles(reports))
    if candidates_only:
        pairs = np.unique(
            np.concatenate([_candidate_pairs(features, days, window), _nearest_pairs(views.openings, days, window)]), axis=0
        )
    else:
        pairs = np.array(
            [
                (i, j)
                for i, j in combinations(range(len(reports)), 2)
                if days[i] is None or days[j] is None or abs(days[i] - days[j]) <= window
            ]
        )
    same = np.array([events[reports[i].article.id] == events[reports[j].article.id] for i, j in pairs])
    return views.pair_features(pairs[:, 0], pairs[:, 1]), same


def fit(dated: Sequence[tuple[np.ndarray, np.ndarray]], undated: Sequence[tuple[np.ndarray, np.ndarray]]) -> PairModel:
    """The pair model: its dated row fitted on the (features, same) pairs of `dated`, its undated row on `undated`'s."""
    rows = [_logistic(np.concatenate([f for f, _ in sets]), np.concatenate([s for _, s in sets])) for sets in (dated, undated)]
    return PairModel(*(np.array([row[k] for row in rows]) for k in range(4)))


def _logistic(features: np.ndarray, same: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """(weights, bias, mean, scale) of a logistic regression over scaled features, the two classes alike."""
    mean, spread = features.mean(axis=0), features.std(axis=0)
    scale = np.where(spread > 1e-9, spread, 1.0)
    model = LogisticRegression(C=REGULARISATION, max_iter=3000, class_weight="balanced").fit((features - mean) / scale, same)
    return model.coef_[0], float(model.intercept_[0]), mean, scale


def training_sets(gold: Path) -> dict[str, tuple[list[ArticleReport], dict[str, str]]]:
    return {
        "claims_articles": claim_article_reports(gold),
        "stories_outlets": outlet_reports(gold),
        **{name: verdict_set_reports(name, gold) for name in VERDICT_SETS},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--fnc", type=Path, default=FNC)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    window = Settings().story_window_days
    sets = {name: labelled_pairs(*found, window) for name, found in training_sets(args.gold).items()}
    fnc = labelled_pairs(*fnc_reports(args.fnc), window, candidates_only=True)
    for name, (features, same) in sets.items():
        model = fit([found for other, found in sets.items() if other != name], [fnc])
        print(
            f"{name:16} {len(same):>6} pairs, {int(same.sum()):>4} same event; AUC fitted without it {roc_auc_score(same, model.probability(features)):.3f}"
        )
    print(
        f"FNC-1 training topics: {len(fnc[1])} undated pairs, {int(fnc[1].sum())} same topic (the validation topics: bench/stories.py)"
    )
    pairs = sum(len(s) for _, s in sets.values())
    model = fit(list(sets.values()), [fnc])
    model.save(
        args.out,
        {
            "dated_trained_on": list(sets),
            "dated_pairs": pairs,
            "undated_trained_on": FNC_SET,
            "undated_pairs": len(fnc[1]),
            "held_out": list(HELD_OUT),
        },
    )
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
