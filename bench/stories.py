"""Story clustering on real news: FNC-1 bodies grouped by the story they report.

    .venv/bin/python bench/stories.py [--data ../shared/data/fnc1] [--part validation|train|all]
    .venv/bin/python bench/stories.py --outlets

With --outlets instead, the fictional multi-outlet sets, each scored pairwise against its events (the stories
stage's pair model is fitted on all but `verdicts6`, `verdicts7` and `verdicts8`; see `newscheck.stories_train`):
- bench/gold/claims_articles.jsonl: 216 reports, three outlets' reports of each of 54 stories over a few days plus
  one report of another event with the same names (its own event); stories V-Z and E each have a sibling story
  of another event between the same two parties. Each report is rebuilt from its numbered sentences (one
  paragraph each, the first as its headline) and dated.
- bench/gold/stories_outlets.jsonl: 133 reports of 36 events by three writers (domestic, international,
  business and science): 3-5 outlets per main event, from 50-word briefs to 700-word features opening on other
  people, over 0-3 days; 9 sibling events (the same parties, another event that week) and 3 template twins.
- bench/gold/verdicts*_stories.jsonl: the verdict sets' reports with their expected events (bench/verdicts.py).

FNC-1's training bodies are real news articles from many outlets, written in different words and at
different lengths; bodies joined by a headline related to both report one story (a "topic", as the
stance model's split defines it). Each body enters as an undated article whose headline is its first
sentence (FNC-1 keeps no headlines of its own), and `build_stories` groups them. Printed: pairwise
precision, recall and F1 of "same story" against the topics, for the held-out validation topics of
the stance split (the default: never read by the pair model's training) or the training topics, plus
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
    from newscheck.config import Settings
    from newscheck.stories import build_stories
    from newscheck.stories_train import HELD_OUT, VERDICT_SETS, claim_article_reports, outlet_reports, verdict_set_reports

    sets = {"claims_articles.jsonl": claim_article_reports(), "stories_outlets.jsonl": outlet_reports()}
    sets.update({f"{name}_stories.jsonl": verdict_set_reports(name) for name in (*VERDICT_SETS, *HELD_OUT)})
    for label, (reports, gold) in sets.items():
        started = time.perf_counter()
        stories = build_stories(reports, Settings())
        seconds = time.perf_counter() - started
        found = {a: n for n, story in enumerate(stories) for a in story.article_ids}
        precision, recall, f1 = pairwise(gold, found)
        print(f"{label}: {len(set(gold.values()))} events, {len(reports)} reports -> {len(stories)} stories in {seconds:.1f} s")
        print(f"  pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
        for story in stories:
            events = sorted({gold[a] for a in story.article_ids})
            if len(events) > 1:
                print(f"  joined: {', '.join(events)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
