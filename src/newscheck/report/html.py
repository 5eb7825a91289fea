"""The report as one self-contained HTML page: inline CSS, one tiny inline script, no network.

Per article: the headline verdict up top, the signals with their evidence, the
body with every claim highlighted by its cross-check verdict, then the claims
and sources tables. Per story: its articles, copy families and disputed
claims. Light and dark themes follow the system setting and a toggle button.
Everything taken from the articles goes through ``html.escape``.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Sequence
from html import escape

from newscheck.graph import build_graph, edge_of, event_mentions, timeline
from newscheck.records import VERDICTS, ArticleReport, Claim, Crosscheck, CrosscheckEvidence, EventMention, Report, outlet
from newscheck.report.svg import actor_graph_svg, dash_of
from newscheck.report.view import (
    HEADLINE_LABELS,
    SOURCE_TYPES,
    StoryView,
    checks_by_claim,
    evidence_note,
    numbered_claims,
    sorted_signals,
    sources,
    sourcing_note,
    story_views,
    title,
    verdict_counts,
    verdict_note,
)

_PARAGRAPH = re.compile(r"\n\s*\n")
MARK_CHECKWORTHY = 0.5  # claims scored below this are listed in the claims table but not marked in the text
_STANCE_CLASS = {"agree": "corroborated", "disagree": "contradicted", "discuss": "unverified"}
SIGNAL_TITLES = {
    "headline_unsupported": "Headline not backed by sources",
    "unattributed_claims": "Unattributed claims",
    "anonymous_sourcing": "Anonymous sourcing",
    "quote_integrity": "Broken quotation",
    "single_source": "Single source",
    "cross_source_conflict": "Other outlets disagree",
    "formulaic_text": "Formulaic text",
    "loaded_language": "Loaded language",
    "missing_metadata": "Missing date or author",
}
VERDICT_TEXT = {
    "corroborated": "corroborated",
    "contradicted": "contradicted",
    "contested": "contested",
    "unverified": "unverified",
    "unchecked": "not checked",
}

CSS = """
:root{color-scheme:light;--bg:#f6f5f1;--card:#fff;--ink:#1d1f23;--muted:#5f6670;--line:#e3e1da;--accent:#2f5fd0;
--ok:#1f7a45;--ok-bg:#e3f4e9;--warn:#9a5b00;--warn-bg:#fdf0d5;--bad:#b42318;--bad-bg:#fde7e4;--mix:#6d3fb2;--mix-bg:#efe7fb;
--na:#59606b;--na-bg:#eceef1;--quote:#2f5fd0;--shadow:0 1px 2px rgba(0,0,0,.06),0 4px 16px rgba(0,0,0,.04)}
:root[data-theme=dark]{color-scheme:dark;--bg:#15171b;--card:#1e2127;--ink:#e7e9ee;--muted:#9aa3ae;--line:#30343c;--accent:#8fb0ff;
--ok:#6fd39a;--ok-bg:#163524;--warn:#f3c06b;--warn-bg:#3a2c10;--bad:#ff8f85;--bad-bg:#43201d;--mix:#c7a6ff;--mix-bg:#2e2342;
--na:#b0b7c2;--na-bg:#2a2e35;--quote:#8fb0ff;--shadow:none}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;--bg:#15171b;--card:#1e2127;--ink:#e7e9ee;
--muted:#9aa3ae;--line:#30343c;--accent:#8fb0ff;--ok:#6fd39a;--ok-bg:#163524;--warn:#f3c06b;--warn-bg:#3a2c10;--bad:#ff8f85;
--bad-bg:#43201d;--mix:#c7a6ff;--mix-bg:#2e2342;--na:#b0b7c2;--na-bg:#2a2e35;--quote:#8fb0ff;--shadow:none}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
header.top{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:.7rem 1.2rem;
display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header.top h1{font-size:1.15rem;margin:0;letter-spacing:.01em}
header.top .counts{display:flex;gap:.4rem;flex-wrap:wrap;flex:1}
button.theme{border:1px solid var(--line);background:var(--card);color:var(--ink);border-radius:999px;padding:.3rem .8rem;cursor:pointer;font:inherit;font-size:.85rem}
main{max-width:980px;margin:0 auto;padding:1.2rem}
section.card{background:var(--card);border:1px solid var(--line);border-radius:14px;box-shadow:var(--shadow);padding:1.3rem 1.5rem;margin:0 0 1.4rem}
h2{font-size:1.45rem;line-height:1.25;margin:.1rem 0 .35rem}
h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:1.4rem 0 .5rem}
.meta{color:var(--muted);font-size:.88rem}
.pill{display:inline-block;border-radius:999px;padding:.08rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap;border:1px solid transparent}
.v-corroborated,.h-supported{color:var(--ok);background:var(--ok-bg)}
.v-contradicted,.h-unsupported,.s-high{color:var(--bad);background:var(--bad-bg)}
.v-contested{color:var(--mix);background:var(--mix-bg)}
.h-partial,.s-warn{color:var(--warn);background:var(--warn-bg)}
.v-unverified,.v-unchecked,.s-info,.src-outlet{color:var(--na);background:var(--na-bg)}
.src-named{color:var(--accent);background:var(--na-bg)}
.src-unnamed{color:var(--warn);background:var(--warn-bg)}
.src-media{color:var(--mix);background:var(--mix-bg)}
.verdict{border-radius:12px;padding:.9rem 1.1rem;margin:.9rem 0;border-left:6px solid currentColor}
.verdict .label{font-weight:700;font-size:1.05rem}
.verdict p{margin:.35rem 0 0;color:var(--ink)}
blockquote{margin:.55rem 0 0;padding:.35rem .9rem;border-left:3px solid var(--quote);color:var(--ink);background:color-mix(in srgb,var(--card) 70%,transparent);border-radius:0 8px 8px 0}
ul.signals{list-style:none;padding:0;margin:0;display:grid;gap:.55rem}
ul.signals li{border:1px solid var(--line);border-radius:10px;padding:.6rem .85rem}
ul.signals .head{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
ul.signals .name{font-weight:650}
ul.signals code{font-size:.75rem;color:var(--muted)}
ul.signals p{margin:.25rem 0 0}
details summary{cursor:pointer;color:var(--muted);font-size:.85rem;margin-top:.3rem}
.ok{color:var(--ok);font-weight:600}
.body p{margin:0 0 .9rem}
mark{color:inherit;background:none;border-radius:3px;padding:0 .1em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.v-corroborated{background:var(--ok-bg);box-shadow:inset 0 -2px var(--ok)}
mark.v-contradicted{background:var(--bad-bg);box-shadow:inset 0 -2px var(--bad)}
mark.v-contested{background:var(--mix-bg);box-shadow:inset 0 -2px var(--mix)}
mark.v-unverified{background:var(--na-bg);box-shadow:inset 0 -2px var(--na)}
mark.v-unchecked{background:none;box-shadow:inset 0 -1px var(--line)}
mark.outlet{text-decoration:underline dotted var(--warn);text-underline-offset:3px}
sup.n{font-size:.65rem;font-weight:700;color:var(--muted);margin-left:.1em}
sup.n a{text-decoration:none;color:inherit}
.legend{display:flex;gap:.4rem;flex-wrap:wrap;font-size:.8rem;margin:.2rem 0 .7rem;color:var(--muted);align-items:center}
table{width:100%;border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:.45rem;border-radius:4px;background:var(--accent);opacity:.7;vertical-align:middle}
.evidence{margin:.3rem 0 0;padding-left:1.1rem;font-size:.87rem}
.evidence li{margin:.2rem 0}
nav.toc ol{margin:.2rem 0 0;padding-left:1.3rem}
nav.toc li{margin:.25rem 0}
.story-articles li{margin:.2rem 0}
.family{font-size:.82rem;color:var(--muted);margin:.1rem 0 .2rem}
.family a{color:var(--muted)}
.kicker{font-size:.72rem;text-transform:uppercase;letter-spacing:.1em;color:var(--accent);font-weight:700}
.empty{color:var(--muted);font-style:italic}
svg.actor-graph{width:100%;max-width:640px;height:auto;display:block;margin:.3rem auto}
svg.actor-graph a.edge:hover path,svg.actor-graph a.edge:focus path{stroke-width:5px}
ol.edges{padding-left:1.3rem;font-size:.9rem}
ol.edges>li{margin:.45rem 0;padding:.3rem .5rem;border-radius:8px}
ol.edges>li:target{background:var(--na-bg);outline:2px solid var(--accent)}
.line{display:inline-block;width:2.2rem;border-top:3px solid var(--muted);vertical-align:middle;margin:0 .25rem}
.line.dashed{border-top-style:dashed}.line.dotted{border-top-style:dotted}
@media (max-width:640px){section.card{padding:1rem}main{padding:.6rem}}
"""

SCRIPT = """
(function(){var k='newscheck-theme',r=document.documentElement,s=null;try{s=localStorage.getItem(k)}catch(e){}
if(s)r.setAttribute('data-theme',s);
window.toggleTheme=function(){var d=r.getAttribute('data-theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light');
var n=d==='dark'?'light':'dark';r.setAttribute('data-theme',n);try{localStorage.setItem(k,n)}catch(e){}};})();
"""


def _e(text: object) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _anchor(article_id: str) -> str:
    return "a-" + re.sub(r"[^A-Za-z0-9_-]", "-", article_id)


Href = Callable[[str], str]  # an article id -> where a link to it goes


def on_this_page(article_id: str) -> str:
    """Links to articles of the same page: the one-page report."""
    return "#" + _anchor(article_id)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _pill(css: str, text: str) -> str:
    return f'<span class="pill {css}">{_e(text)}</span>'


def _verdict_of(check: Crosscheck | None) -> str:
    return check.verdict if check else "unchecked"


def _highlighted_body(item: ArticleReport, checks: dict[tuple[str, str], Crosscheck]) -> str:
    """Body paragraphs with the claims worth a look marked by their verdict (the check-worthy ones, and any
    another outlet corroborates or disputes), so the marks point somewhere; overlapping claims keep the first."""
    body = item.article.body

    def marked(claim: Claim) -> bool:
        check = checks.get((item.article.id, claim.id))
        return claim.checkworthy >= MARK_CHECKWORTHY or check is not None and check.verdict != "unverified"

    numbered = sorted(((n, c) for n, c in enumerate(item.claims, start=1) if marked(c)), key=lambda nc: (nc[1].start, -nc[1].end))
    spans: list[tuple[int, int, int, Claim]] = []
    last_end = -1
    for n, claim in numbered:
        if 0 <= claim.start < claim.end <= len(body) and claim.start >= last_end:
            spans.append((claim.start, claim.end, n, claim))
            last_end = claim.end
    paragraphs = []
    cursor = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(body)]
    for stop, resume in [*bounds, (len(body), len(body))]:
        paragraphs.append((cursor, stop))
        cursor = resume
    out = []
    for p_start, p_end in paragraphs:
        pieces, at = [], p_start
        for start, end, n, claim in spans:
            start, end = max(start, p_start), min(end, p_end)
            if start >= end:
                continue
            pieces.append(_e(body[at:start]))
            check = checks.get((item.article.id, claim.id))
            verdict = _verdict_of(check)
            who = claim.attributed_to or "the outlet itself"
            tip = f"Claim {n} · {who} ({SOURCE_TYPES[claim.source_type]}) · {VERDICT_TEXT[verdict]}"
            outlet = " outlet" if claim.source_type == "outlet" else ""
            mark_id = f' id="{_anchor(item.article.id)}-c{n}"' if start == claim.start else ""
            pieces.append(
                f'<mark class="v-{verdict}{outlet}" title="{_e(tip)}"{mark_id}>{_e(body[start:end])}</mark>'
                + (f'<sup class="n"><a href="#{_anchor(item.article.id)}-r{n}">{n}</a></sup>' if end == claim.end else "")
            )
            at = end
        pieces.append(_e(body[at:p_end]))
        text = "".join(pieces).strip()
        if text:
            out.append(f"<p>{text}</p>")
    return "\n".join(out)


def _headline_verdict(item: ArticleReport) -> str:
    support = item.headline_support
    if support is None:
        return ""
    evidence = "".join(f"<blockquote>{_e(e)}</blockquote>" for e in support.evidence)
    return (
        f'<div class="verdict h-{support.label}"><div class="label">{_e(HEADLINE_LABELS[support.label])}</div>'
        f"<p>{_e(support.reason)}</p>{evidence}</div>"
    )


def _signals(item: ArticleReport) -> str:
    signals = sorted_signals(item)
    if not signals:
        return '<h3>Signals</h3><p class="ok">No warnings: nothing in this article tripped a signal.</p>'
    rows = []
    for signal in signals:
        evidence = ""
        if signal.evidence:
            quotes = "".join(f"<blockquote>{_e(e)}</blockquote>" for e in signal.evidence)
            evidence = f"<details><summary>Evidence ({len(signal.evidence)})</summary>{quotes}</details>"
        rows.append(
            f'<li class="signal" data-code="{_e(signal.code)}"><div class="head">{_pill("s-" + signal.severity, signal.severity)}'
            f'<span class="name">{_e(SIGNAL_TITLES.get(signal.code, signal.code))}</span><code>{_e(signal.code)}</code></div>'
            f"<p>{_e(signal.message)}</p>{evidence}</li>"
        )
    return f'<h3>Signals</h3><ul class="signals">{"".join(rows)}</ul>'


def _claims_table(item: ArticleReport, checks: dict[tuple[str, str], Crosscheck], titles: dict[str, str], href: Href) -> str:
    numbered = numbered_claims(item)
    if not numbered:
        return ""
    rows = []
    for n, claim in numbered:
        check = checks.get((item.article.id, claim.id))
        verdict = _verdict_of(check)
        details = ""
        if check and check.evidence:
            details = (
                f"<details><summary>Evidence from other outlets</summary>{_evidence_list(check.evidence, titles, href)}</details>"
            )
        sources_note = f'<div class="meta">{_e(verdict_note(check))}</div>' if check else ""
        flags = ' <span class="meta">(hedged)</span>' if claim.hedged else ""
        if claim.field == "headline":
            flags += ' <span class="meta">(the headline)</span>'
        rows.append(
            f'<tr id="{_anchor(item.article.id)}-r{n}"><td class="num">{n}</td><td>{_e(claim.text)}{flags}{details}</td>'
            f'<td>{_e(claim.attributed_to or "—")}<div class="meta">{_e(SOURCE_TYPES[claim.source_type])}</div></td>'
            f'<td><span class="bar" style="width:{max(4, int(claim.checkworthy * 48))}px"></span> '
            f'<span class="meta">{claim.checkworthy:.2f}</span></td>'
            f"<td>{_pill('v-' + verdict, VERDICT_TEXT[verdict])}{sources_note}</td></tr>"
        )
    return (
        "<h3>Claims</h3><table><thead><tr><th>#</th><th>Claim</th><th>Source</th><th>Check-worthy</th><th>Cross-check</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _sources_table(item: ArticleReport) -> str:
    rows = sources(item)
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{_e(r.who)}</td><td>{_pill('src-' + r.source_type, SOURCE_TYPES[r.source_type])}</td>"
        f'<td class="num">{r.claims}</td><td class="num">{r.quotes}</td></tr>'
        for r in rows
    )
    return (
        "<h3>Sources</h3><table><thead><tr><th>Who</th><th>Type</th><th>Claims</th><th>Quotes</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _legend() -> str:
    items = "".join(_pill("v-" + v, VERDICT_TEXT[v]) for v in (*VERDICTS, "unchecked"))
    return (
        f'<div class="legend">Check-worthy claims marked in the text, by verdict: {items} '
        '<span class="meta">· dotted underline: the outlet\'s own claim · every claim is in the table below</span></div>'
    )


def article_card(
    item: ArticleReport, checks: dict[tuple[str, str], Crosscheck], titles: dict[str, str], graph: str, href: Href = on_this_page
) -> str:
    """One article's card: headline verdict, signals, the text with its claims marked, claims, sources, graph."""
    article = item.article
    meta = [
        _e(article.published or "no date"),
        _e(article.byline or article.dateline or "no byline"),
        _e(article.source),
    ]
    warnings = "".join(f'<p class="meta">⚠ {_e(w)}</p>' for w in article.warnings)
    return (
        f'<section class="card article" id="{_anchor(article.id)}"><h2>{_e(title(item))}</h2>'
        f'<div class="meta">{" · ".join(meta)}</div>{warnings}'
        f"{_headline_verdict(item)}{_signals(item)}"
        f'<h3>Article text</h3>{_legend()}<div class="body">{_highlighted_body(item, checks)}</div>'
        f"{_claims_table(item, checks, titles, href)}{_sources_table(item)}{graph}</section>"
    )


def _article_line(item: ArticleReport, href: Href) -> str:
    """A link to the article with its headline verdict and signal count."""
    support = item.headline_support
    badge = _pill("h-" + support.label, "headline " + support.label) if support else ""
    count = len(item.signals)
    signals = _pill("s-warn" if count else "v-corroborated", f"{count} signal{'s' if count != 1 else ''}")
    date = f' <span class="meta">{_e(item.article.published or "no date")} · {_e(outlet(item.article.source))}</span>'
    return f'<a href="{_e(href(item.article.id))}">{_e(title(item))}</a>{date} {badge} {signals}'


def sentence_link(target: str, sentence: str) -> str:
    """A link to an article that also points at one of its sentences: a text fragment (``#:~:text=``), which
    browsers scroll to and highlight; long sentences by their first and last words."""
    words = sentence.split()

    def quote(part: list[str]) -> str:
        return urllib.parse.quote(" ".join(part), safe="", errors="replace").replace("-", "%2D")

    found = quote(words) if len(words) <= 12 else f"{quote(words[:6])},{quote(words[-6:])}"
    return f"{target}{':~:' if '#' in target else '#:~:'}text={found}" if words else target


def _evidence_list(evidence: list[CrosscheckEvidence], titles: dict[str, str], href: Href) -> str:
    rows = "".join(
        f"<li>{_pill('v-' + _STANCE_CLASS.get(e.stance, 'unverified'), e.stance)} {_e(e.sentence)} "
        f'<span class="meta">— <a href="{_e(sentence_link(href(e.article_id), e.sentence))}" title="Open the sentence in its article">'
        f"{_e(titles.get(e.article_id, e.article_id))}</a>"
        f"{' · ' + _e(evidence_note(e)) if evidence_note(e) else ''}</span></li>"
        for e in evidence
    )
    return f'<ul class="evidence">{rows}</ul>'


POLARITY_NOUNS = {"negated": "negation", "denied": "denial"}  # what a verdict on a negated or denied event is about


def graph_section(
    articles: Sequence[ArticleReport],
    mentions: Sequence[EventMention],
    prefix: str,
    titles: dict[str, str],
    href: Href = on_this_page,
) -> str:
    """Who does what to whom in these articles (``mentions``: their events, from ``event_mentions``): the actor
    graph, each edge's claims (linked to their rows in the claims tables), each pair's timeline. ``prefix``
    keeps its ids apart on the page."""
    if not mentions:
        return ""
    claim_rows = {}
    for item in articles:
        page = href(item.article.id)
        page = "" if page.startswith("#") else page.split("#")[0]
        claim_rows.update({c.id: f"{page}#{_anchor(item.article.id)}-r{n}" for n, c in numbered_claims(item)})
    graph = build_graph(mentions)
    by_edge: dict[tuple[str, str | None, str], dict[str, EventMention]] = {}
    for m in mentions:
        by_edge.setdefault(edge_of(m), {}).setdefault(m.claim_id, m)  # one line per claim
    slugs = {key: f"{prefix}-e{n}" for n, key in enumerate(sorted(graph.edges(keys=True)), start=1)}
    svg = actor_graph_svg(graph, lambda s, t, k: "#" + slugs[(s, t, k)], "Actors and events", prefix) if slugs else ""
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (-e[3]["weight"], e[0], e[1], e[2]))
    items = []
    for source, target, key, data in edges:
        sentences = "".join(
            f'<li><a href="{claim_rows.get(c, "#")}">{_e(m.sentence)}</a> <span class="meta">— '
            f"{_e(titles.get(m.article_id, m.article_id))}{' · ' + _e(m.published) if m.published else ''} · "
            f"{_e(m.attributed_to or SOURCE_TYPES[m.source_type])} · {_e(m.verdict)}</span></li>"
            for c, m in by_edge[(source, target, key)].items()
        )
        count = data["weight"]
        verdict = data["verdict"] if data["polarity"] == "affirmed" else f"{POLARITY_NOUNS[data['polarity']]} {data['verdict']}"
        arrow = "↔" if data["mutual"] else "→"
        items.append(
            f'<li id="{slugs[(source, target, key)]}">{_pill("v-" + data["verdict"], verdict)} '
            f"<strong>{_e(graph.nodes[source]['name'])} {arrow} {_e(graph.nodes[target]['name'])}</strong>: {_e(data['type'])} "
            f'<span class="meta">({_e(data["mode"])}, {_e(data["polarity"])}) · {_e(sourcing_note(data["sourcing"]))} · '
            f"{count} independent source{'s' if count != 1 else ''}</span>"
            f'<ul class="evidence">{sentences}</ul></li>'
        )
    own = [m for m in mentions if m.target is None]
    if own:
        rows = "".join(
            f'<li><a href="{claim_rows.get(m.claim_id, "#")}">{_e(m.sentence)}</a> <span class="meta">— '
            f"{_e(m.source)}: {_e(m.type)} ({_e(m.mode)}, {_e(m.polarity)})</span></li>"
            for m in {m.claim_id: m for m in own}.values()
        )
        items.append(f'<li><strong>Without a target</strong><ul class="evidence">{rows}</ul></li>')
    legend = (
        '<div class="legend">Arrows run from the actor who acts to the one acted on, coloured by verdict: '
        + "".join(_pill("v-" + v, VERDICT_TEXT[v]) for v in VERDICTS)
        + ' <span><span class="line dashed"></span>hypothetical or denied</span>'
        '<span><span class="line dotted"></span>did not happen</span> · thicker: more independent sources · '
        "select an arrow for its claims</div>"
    )
    return f'<h3>Who does what to whom</h3>{legend}{svg}<ol class="edges">{"".join(items)}</ol>{_timelines(mentions, claim_rows)}'


def _timelines(mentions: Sequence[EventMention], claim_rows: dict[str, str]) -> str:
    """One timeline per pair of actors, their events by date either way."""
    pairs: dict[tuple[str, str], list[EventMention]] = {}
    for m in mentions:
        if m.target is not None:
            pairs.setdefault(tuple(sorted((m.source, m.target))), []).append(m)
    out = []
    for (a, b), group in sorted(pairs.items()):
        rows = "".join(
            f"<tr><td>{_e(m.published or 'no date')}</td><td>{_e(m.source)} → {_e(m.target)}</td>"
            f'<td>{_e(m.type)} <span class="meta">{_e(m.mode)}, {_e(m.polarity)}</span>{_line(m)}</td>'
            f"<td>{_pill('v-' + m.verdict, m.verdict)}</td>"
            f'<td><a href="{claim_rows.get(m.claim_id, "#")}">{_e(m.sentence)}</a></td></tr>'
            for m in timeline(group)
        )
        out.append(
            f"<details><summary>Timeline: {_e(a)} and {_e(b)} ({len(group)} event{'s' if len(group) != 1 else ''})</summary>"
            f"<table><thead><tr><th>Date</th><th>Who → whom</th><th>Event</th><th>Verdict</th><th>Claim</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>"
        )
    return "".join(out)


def _line(m: EventMention) -> str:
    """The timeline's sample of the graph's line: dotted for what did not happen, dashed for hypothesis or denial."""
    if dash_of(m.mode, m.polarity) is None:
        return ""
    return f' <span class="line {"dotted" if m.polarity == "negated" else "dashed"}"></span>'


def story_card(view: StoryView, titles: dict[str, str], graph: str, href: Href = on_this_page) -> str:
    """One story's card: its reports with their copies, its disputed claims first, its actor graph."""
    reports = []
    for family in view.families:
        copies = ""
        if len(family) > 1:
            links = ", ".join(f'<a href="{_e(href(a.article.id))}">{_e(title(a))}</a>' for a in family[1:])
            copies = f'<div class="family">+ {len(family) - 1} cop{"y" if len(family) == 2 else "ies"} of this report, counted once: {links}</div>'
        reports.append(f"<li>{_article_line(family[0], href)}{copies}</li>")
    disputed = ""
    if view.disputed:
        rows = [
            f"<li>{_pill('v-' + check.verdict, check.verdict)} {_e(claim.text)} "
            f'<span class="meta">— {_e(title(item))}</span>{_evidence_list(check.evidence, titles, href)}</li>'
            for claim, check, item in view.disputed
        ]
        disputed = f'<h3>Disputed claims</h3><ul class="evidence">{"".join(rows)}</ul>'
    return (
        f'<section class="card story"><div class="kicker">Story</div><h2>{_e(view.story.title)}</h2>'
        f'<div class="meta">{_count(len(view.articles), "article")} · {_count(len(view.families), "independent report")}</div>'
        f'<h3>Reports</h3><ul class="story-articles">{"".join(reports)}</ul>{disputed}{graph}</section>'
    )


def _others(items: list[ArticleReport]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{_article_line(item, on_this_page)}</li>" for item in items)
    return f'<section class="card"><h3>Articles on their own</h3><ul class="story-articles">{rows}</ul></section>'


def render_html(report: Report) -> str:
    """The whole report as one HTML page that needs no network to view."""
    checks = checks_by_claim(report)
    titles = {a.article.id: title(a) for a in report.articles}
    counts = verdict_counts(report)
    chips = [_pill("s-info", f"{len(report.articles)} articles"), _pill("s-info", f"{len(report.stories)} stories")]
    chips += [_pill("v-" + v, f"{counts[v]} {v}") for v in VERDICTS if counts[v]]
    views = [v for v in story_views(report) if len(v.articles) > 1]
    in_story = {a.article.id for v in views for a in v.articles}
    mentions_of: dict[str, list[EventMention]] = {}
    for m in event_mentions(report):
        mentions_of.setdefault(m.article_id, []).append(m)

    def graph_of(articles: list[ArticleReport], prefix: str) -> str:
        return graph_section(articles, [m for a in articles for m in mentions_of.get(a.article.id, [])], prefix, titles)

    stories = "".join(story_card(v, titles, graph_of(v.articles, f"g{n}")) for n, v in enumerate(views, start=1))
    stories += _others([a for a in report.articles if a.article.id not in in_story])
    errors = ""
    if report.errors:
        items = "".join(f"<li><code>{_e(e.source)}</code>: {_e(e.reason)}</li>" for e in report.errors)
        errors = f'<section class="card"><h3>Inputs that could not be analysed</h3><ul>{items}</ul></section>'
    articles = "".join(
        article_card(a, checks, titles, "" if a.article.id in in_story else graph_of([a], _anchor(a.article.id) + "-g"))
        for a in report.articles
    )
    articles = articles or '<p class="empty">No articles.</p>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>newscheck report</title><style>{CSS}</style><script>{SCRIPT}</script></head><body>"
        f'<header class="top"><h1>newscheck report</h1><div class="counts">{"".join(chips)}</div>'
        '<button class="theme" type="button" onclick="toggleTheme()" aria-label="Switch between light and dark theme">◐ Theme</button></header>'
        f"<main>{stories}{articles}{errors}</main></body></html>\n"
    )
