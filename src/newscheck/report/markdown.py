"""The report as Markdown: stories first, then each article's headline verdict, signals, claims and sources."""

from __future__ import annotations

import re

from newscheck.records import VERDICTS, ArticleReport, Crosscheck, Report
from newscheck.report.view import (
    HEADLINE_LABELS,
    SOURCE_TYPES,
    checks_by_claim,
    evidence_note,
    numbered_claims,
    sorted_signals,
    sources,
    story_views,
    title,
    verdict_counts,
    verdict_note,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SEVERITY = {"high": "🔴", "warn": "🟠", "info": "🔵"}
_VERDICT = {"corroborated": "✅", "contradicted": "❌", "contested": "⚖️", "unverified": "❔"}


def _md(text: str | None) -> str:
    """Text with Markdown's special characters escaped and line breaks folded (safe in tables too)."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _quote_block(text: str, indent: str = "") -> str:
    return f"{indent}> {_md(text)}"


def _summary(report: Report) -> list[str]:
    counts = verdict_counts(report)
    verdicts = ", ".join(f"{counts[v]} {v}" for v in VERDICTS if counts[v])
    line = f"{len(report.articles)} article(s), {len(report.stories)} stor{'y' if len(report.stories) == 1 else 'ies'}"
    line += f", {len(report.crosschecks)} cross-checked claim(s)" + (f": {verdicts}" if verdicts else "")
    return ["# newscheck report", "", line + "."]


def _stories(report: Report) -> list[str]:
    lines = ["", "## Stories"]
    by_id = {a.article.id: a for a in report.articles}
    for view in story_views(report):
        if len(view.articles) < 2:
            continue  # an article on its own is its own section below
        lines += ["", f"### {_md(view.story.title)}", ""]
        lines += [f"- {_md(title(a))} (`{a.article.id}`)" for a in view.articles]
        for family in (f for f in view.families if len(f) > 1):
            lines.append(f"- Copies of one report, counted as one source: {', '.join(f'`{a.article.id}`' for a in family)}")
        for claim, check, item in view.disputed:
            lines.append(f"- {_VERDICT[check.verdict]} **{check.verdict}**: {_md(claim.text)} (`{item.article.id}`)")
            for evidence in check.evidence:
                other = by_id.get(evidence.article_id)
                where = _md(title(other)) if other else f"`{evidence.article_id}`"
                note = evidence_note(evidence)
                lines.append(f"  - {evidence.stance}: {_md(evidence.sentence)} ({where}{'; ' + _md(note) if note else ''})")
    return lines


def _check_cell(check: Crosscheck | None) -> str:
    if check is None:
        return "not checked"
    return f"{_VERDICT[check.verdict]} {check.verdict} ({verdict_note(check)})"


def _article(item: ArticleReport, checks: dict[tuple[str, str], Crosscheck]) -> list[str]:
    article = item.article
    meta = [article.source, article.published or "no date", article.byline or article.dateline or "no byline"]
    lines = ["", f"## {_md(title(item))}", "", f"{' · '.join(_md(m) for m in meta)} · id `{article.id}`"]
    support = item.headline_support
    if support:
        lines += ["", f"**{HEADLINE_LABELS[support.label]}** ({support.label}). {_md(support.reason)}"]
        lines += ["", *[_quote_block(e) for e in support.evidence]]
    signals = sorted_signals(item)
    lines += ["", "### Signals", ""]
    if not signals:
        lines.append("No warnings.")
    for signal in signals:
        lines.append(f"- {_SEVERITY.get(signal.severity, '')} **{signal.code}** ({signal.severity}): {_md(signal.message)}")
        lines += [_quote_block(e, "  ") for e in signal.evidence]
    numbered = numbered_claims(item)
    if numbered:
        lines += ["", "### Claims", "", "| # | claim | source | type | check-worthy | cross-check |", "|---|---|---|---|---|---|"]
        for n, claim in numbered:
            check = checks.get((article.id, claim.id))
            hedge = " *(hedged)*" if claim.hedged else ""
            hedge += " *(the headline)*" if claim.field == "headline" else ""
            lines.append(
                f"| {n} | {_md(claim.text)}{hedge} | {_md(claim.attributed_to) or '—'} | {SOURCE_TYPES[claim.source_type]} "
                f"| {claim.checkworthy:.2f} | {_check_cell(check)} |"
            )
    rows = sources(item)
    if rows:
        lines += ["", "### Sources", "", "| source | type | claims | quotes |", "|---|---|---|---|"]
        lines += [f"| {_md(r.who)} | {SOURCE_TYPES[r.source_type]} | {r.claims} | {r.quotes} |" for r in rows]
    return lines


def render_markdown(report: Report) -> str:
    """The whole report as one Markdown document."""
    lines = _summary(report)
    if any(len(s.article_ids) > 1 for s in report.stories):
        lines += _stories(report)
    checks = checks_by_claim(report)
    for item in report.articles:
        lines += _article(item, checks)
    if report.errors:
        lines += ["", "## Inputs that could not be analysed", ""]
        lines += [f"- {_md(e.source)}: {_md(e.reason)}" for e in report.errors]
    return "\n".join(lines) + "\n"
