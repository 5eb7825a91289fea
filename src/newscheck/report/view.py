"""What the Markdown and HTML reports show, computed once: sources, verdicts, story summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newscheck.records import ArticleReport, Claim, Crosscheck, CrosscheckEvidence, Report, Signal, Story

HEADLINE_LABELS = {
    "supported": "Headline supported by its sources",
    "partial": "Headline only partly supported",
    "unsupported": "Headline not supported by its sources",
}
SOURCE_TYPES = {"named": "named", "unnamed": "unnamed", "media": "other outlet", "outlet": "the outlet itself"}
SEVERITY_ORDER = {"high": 0, "warn": 1, "info": 2}


@dataclass
class SourceRow:
    who: str
    source_type: str
    claims: int = 0
    quotes: int = 0


@dataclass
class StoryView:
    story: Story
    articles: list[ArticleReport]
    families: list[list[ArticleReport]]  # every independent report with its copies, original first
    disputed: list[tuple[Claim, Crosscheck, ArticleReport]] = field(default_factory=list)


def sources(item: ArticleReport) -> list[SourceRow]:
    """Who speaks in the article, of which type, with how many claims and quotes each."""
    rows: dict[tuple[str, str], SourceRow] = {}

    def row(who: str | None, source_type: str) -> SourceRow:
        name = who or ("the outlet" if source_type == "outlet" else "unidentified")
        return rows.setdefault((name, source_type), SourceRow(name, source_type))

    for quote in item.quotes:
        row(quote.speaker or quote.speaker_role, quote.source_type).quotes += 1
    for claim in item.claims:
        row(claim.attributed_to, claim.source_type).claims += 1
    return sorted(rows.values(), key=lambda r: (r.source_type == "outlet", -(r.claims + r.quotes), r.who))


def verdict_note(check: Crosscheck) -> str:
    """What a verdict rests on, in words: an unverified claim is no supported one."""
    others = check.independent_sources - 1
    if check.verdict == "unverified":
        return "no other outlet states or denies it"
    sure = f"{check.confidence:.0%} sure"
    if check.verdict == "corroborated":
        return f"{others} other independent source(s) state it, {sure}"
    if check.verdict == "contradicted":
        return f"other outlets contradict it, {sure}"
    return f"{others} other independent source(s) state it and others contradict it, {sure}"


def evidence_note(evidence: CrosscheckEvidence) -> str:
    """The evidence sentence's date and, for a contradiction, what clashes."""
    parts = [evidence.published] if evidence.published else []
    if evidence.clash:
        parts.append(f"clashes: {evidence.clash}")
    return "; ".join(parts)


def checks_by_claim(report: Report) -> dict[tuple[str, str], Crosscheck]:
    return {(c.article_id, c.claim_id): c for c in report.crosschecks}


def verdict_counts(report: Report) -> Counter[str]:
    return Counter(c.verdict for c in report.crosschecks)


def story_views(report: Report) -> list[StoryView]:
    by_id = {a.article.id: a for a in report.articles}
    checks = checks_by_claim(report)
    views = []
    for story in report.stories:
        articles = [by_id[i] for i in story.article_ids if i in by_id]
        families = [[by_id[i] for i in f if i in by_id] for f in story.families]
        grouped = {a.article.id for f in families for a in f}
        families = [f for f in families if f] + [[a] for a in articles if a.article.id not in grouped]
        view = StoryView(story, articles, families)
        seen: set[str] = set()
        for item in articles:
            for claim in item.checkable_claims():
                check = checks.get((item.article.id, claim.id))
                if check and check.verdict in ("contradicted", "contested") and claim.text not in seen:
                    seen.add(claim.text)  # a copy repeats its original's claims: list each once
                    view.disputed.append((claim, check, item))
        views.append(view)
    return views


SOURCING_NOTES = {
    "outlet": "the outlet's own assertion, no source named",
    "unnamed": "rests on unnamed sources only",
    "media": "rests on other outlets' reports only",
    "named": "from named sources",
}


def sourcing_note(sourcing: str) -> str:
    """What an edge's sources are, in words: the outlet's own assertion, unnamed sources only, ..."""
    kinds = sourcing.split(",") if sourcing else []
    if len(kinds) == 1:
        return SOURCING_NOTES[kinds[0]]
    return "sources: " + ", ".join(SOURCE_TYPES[k] for k in kinds)


DISPUTE_ORDER = ("contradicted", "contested", "corroborated", "unverified")  # what a checker reads first


HEADLINE_ROW = "H"  # the row of an article's claims table that holds the headline's claim


def numbered_claims(item: ArticleReport) -> list[tuple[str, Claim]]:
    """An article's claims with their row labels: the headline's claim as ``HEADLINE_ROW``, then the body's
    numbered from 1 (the numbers the marked body shows)."""
    body = [(str(n), c) for n, c in enumerate(item.claims, start=1)]
    return [(HEADLINE_ROW, item.headline_claim), *body] if item.headline_claim is not None else body


def claims_by_verdict(report: Report) -> list[tuple[Crosscheck, Claim, str]]:
    """The report's cross-checked claims with their row label in their article, contradicted and contested
    first (then by article); a cross-check whose claim the report does not hold is left out."""
    claims = {(a.article.id, c.id): (c, n) for a in report.articles for n, c in numbered_claims(a)}
    rank = {v: n for n, v in enumerate(DISPUTE_ORDER)}
    ordered = sorted(report.crosschecks, key=lambda c: (rank.get(c.verdict, len(rank)), c.article_id))
    return [
        (check, *claims[(check.article_id, check.claim_id)]) for check in ordered if (check.article_id, check.claim_id) in claims
    ]


def title(item: ArticleReport) -> str:
    return item.article.headline or item.article.source


def sorted_signals(item: ArticleReport) -> list[Signal]:
    """Most severe first."""
    return sorted(item.signals, key=lambda s: SEVERITY_ORDER.get(s.severity, 3))
