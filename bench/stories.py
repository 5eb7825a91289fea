"""Story clustering on real news: FNC-1 bodies grouped by the story they report.

    .venv/bin/python bench/stories.py [--data ../shared/data/fnc1] [--part validation|train|all]
    .venv/bin/python bench/stories.py --outlets

With --outlets instead: the 216 fictional reports of bench/gold/claims_articles.jsonl, four outlets' reports of
each of 54 stories over a few days, in other words and lengths; stories V-Z and E each have a sibling story of
another event between the same two parties. Each report is rebuilt from its numbered sentences (one paragraph
each, the first as its headline) and dated; the same pairwise figures are printed against the stories.

FNC-1's training bodies are real news articles from many outlets, written in different words and at
different lengths; bodies joined by a headline related to both report one story (a "topic", as the
stance model's split defines it). Each body enters as an undated article whose headline is its first
sentence (FNC-1 keeps no headlines of its own), and `build_stories` groups them. Printed: pairwise
precision, recall and F1 of "same story" against the topics, for the held-out validation topics of
the stance split (the default: nothing in stories.py was set on them) or the training topics, plus
how many stories the biggest topics were split into and the time taken. Copy families are counted
inside stories as they are (FNC-1 holds near-copies of some reports).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def pairwise(gold: dict[str, int], found: dict[str, int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of the clustering `found` against `gold` (item -> cluster)."""

    def same_pairs(clusters: dict[str, int]) -> set[tuple[str, str]]:
        members = defaultdict(list)
        for item, cluster in clusters.items():
            members[cluster].append(item)
        return {tuple(sorted(p)) for items in members.values() for p in combinations(items, 2)}

    truth, said = same_pairs(gold), same_pairs(found)
    hits = len(truth & said)
    precision = hits / max(1, len(said))
    recall = hits / max(1, len(truth))
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-12)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "fnc1")
    parser.add_argument("--part", choices=("validation", "train", "all"), default="validation")
    parser.add_argument("--outlets", action="store_true", help="the multi-outlet fictional reports instead of FNC-1")
    args = parser.parse_args()
    if args.outlets:
        return outlets()
    from newscheck.config import Settings
    from newscheck.records import Article, ArticleReport
    from newscheck.stance.data import load_fnc, split
    from newscheck.stance.text import split_sentences
    from newscheck.stories import build_stories

    fnc = load_fnc(args.data)
    data = split(fnc)
    topics = {"validation": data.validation_topics, "train": data.train_topics}.get(
        args.part, {**data.train_topics, **data.validation_topics}
    )
    reports = []
    for body_id in sorted(topics):
        body = fnc.bodies[body_id].strip()
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        first = split_sentences(body)
        headline = first[0].text if first else body[:120]
        article = Article(
            id=f"b{body_id}", source=f"fnc1:{body_id}", headline=headline, body="\n\n".join(paragraphs), paragraphs=paragraphs
        )
        reports.append(ArticleReport(article))
    started = time.perf_counter()
    stories = build_stories(reports, Settings())
    seconds = time.perf_counter() - started
    gold = {f"b{b}": t for b, t in topics.items()}
    found = {a: n for n, story in enumerate(stories) for a in story.article_ids}
    precision, recall, f1 = pairwise(gold, found)
    print(f"FNC-1 {args.part} topics: {len(set(gold.values()))} topics, {len(reports)} bodies -> {len(stories)} stories "
          f"in {seconds:.1f} s")  # fmt: skip
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    sizes = Counter(gold.values())
    print("biggest topics (bodies: stories they landed in):")
    for topic, size in sizes.most_common(8):
        landed = Counter(found[a] for a, t in gold.items() if t == topic)
        print(f"  {size:>3}: {len(landed)} stories, largest share {max(landed.values()) / size:.2f}")
    return 0


def outlets() -> int:
    import json

    from newscheck.config import Settings
    from newscheck.records import Article, ArticleReport
    from newscheck.stories import build_stories

    sentences: dict[str, dict[int, str]] = defaultdict(dict)
    dated, gold = {}, {}
    with open(REPO / "bench" / "gold" / "claims_articles.jsonl", encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            sentences[row["article"]][row["position"]] = row["sentence"]
            dated[row["article"]], gold[row["article"]] = row["sentence_date"], row["story"]
    reports = []
    for name in sorted(sentences):
        paragraphs = [sentences[name][k] for k in sorted(sentences[name])]
        article = Article(
            id=name,
            source=name,
            headline=paragraphs[0],
            body="\n\n".join(paragraphs),
            paragraphs=paragraphs,
            published=dated[name],
        )
        reports.append(ArticleReport(article))
    started = time.perf_counter()
    stories = build_stories(reports, Settings())
    seconds = time.perf_counter() - started
    found = {a: n for n, story in enumerate(stories) for a in story.article_ids}
    precision, recall, f1 = pairwise(gold, found)
    print(
        f"multi-outlet reports: {len(set(gold.values()))} stories, {len(reports)} reports -> {len(stories)} stories in {seconds:.1f} s"
    )
    print(f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
