"""A large synthetic store for the benchmarks that need one (bench/events.py, bench/serve.py).

Articles are written straight to the store, with what the later stages would have found: claims of
every source type with PLOVER events between 24 countries, signals, cross-check verdicts, and stories of
ten articles holding one copy family of two. No text is analysed: these stores measure reading, not
analysis.
"""

from __future__ import annotations

import random

from newscheck.records import Article, ArticleReport, Claim, Crosscheck, Event, HeadlineSupport, Signal, Story
from newscheck.store import Store

COUNTRIES = "RUS CHN USA UKR IRN ISR TUR FRA DEU GBR JPN KOR PRK IND PAK SAU EGY BRA MEX CAN POL AZE ARM SYR".split()
TYPES = """AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION
MOBILIZE COERCE ASSAULT""".split()
MODES = ["asserted", "reported", "hypothetical", "future"]
POLARITIES = ["affirmed", "affirmed", "affirmed", "negated", "denied"]
VERDICTS = ["unverified", "unverified", "corroborated", "contradicted", "contested"]
SOURCE_TYPES = ["named", "unnamed", "media", "outlet"]
SIGNALS = [
    ("anonymous_sourcing", "warn"),
    ("headline_unsupported", "warn"),
    ("quote_integrity", "high"),
    ("loaded_language", "info"),
]


def fill_store(store: Store, count: int, seed: int = 7, batch: int = 500) -> list[str]:
    """Store ``count`` synthetic articles; their ids."""
    rng = random.Random(seed)
    ids = []
    for first in range(0, count, batch):
        reports, checks, stories = [], [], []
        for n in range(first, min(count, first + batch)):
            article_id = f"{n:016x}"
            ids.append(article_id)
            claims = []
            for c in range(rng.randint(1, 4)):
                source, target = rng.sample(COUNTRIES, 2)
                event = Event(rng.choice(TYPES), source, target, rng.choice(MODES), rng.choice(POLARITIES))
                text = f"Officials said {source} and {target} clashed over berth {n} claim {c}."
                claim = Claim(f"{article_id}-{c}", text, None, rng.choice(SOURCE_TYPES), False, False, 0.5, c * 80, c * 80 + len(text), [source, target], [event])  # fmt: skip
                claims.append(claim)
                checks.append(Crosscheck(claim.id, article_id, rng.choice(VERDICTS), [], rng.randint(1, 3)))
            body = " ".join(c.text.ljust(79) for c in claims)
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
            article = Article(article_id, f"https://outlet{n % 40}.example/{n}", f"Berth {n} dispute between {claims[0].actors[0]} and {claims[0].actors[1]}", body, published=day)  # fmt: skip
            signals = [Signal(code, severity, "synthetic") for code, severity in rng.sample(SIGNALS, rng.randint(0, 2))]
            support = HeadlineSupport(rng.choice(["supported", "partial", "unsupported"]), [], "synthetic")
            reports.append(ArticleReport(article, claims=claims, signals=signals, headline_support=support))
        for at in range(0, len(reports) - 1, 10):
            members = [r.article.id for r in reports[at : at + 10]]
            stories.append(Story(f"story-{members[0]}", f"Berth dispute {members[0]}", members, [members[:2], *[[i] for i in members[2:]]]))  # fmt: skip
        store.save_batch(reports, stories=stories, crosschecks=checks)
    return ids
