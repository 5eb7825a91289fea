"""Graph stage: who did what to whom, as a networkx graph over claims' PLOVER events.

Nodes are actors (countries by ISO3; organisations and people whose country the text does not state by
name). An edge is one PLOVER type from one actor to another in one mode and polarity, so a denied or
hypothetical alliance never merges with an asserted one. Each edge keeps the claims behind it (sentence,
article, offsets) and is weighted by independent sources: every copy family of a wire story counts once,
overall and per cross-check verdict. Untargeted events (a deployment, a protest) stay with their actor.
Every attribute is a string or an integer, so GraphML and GEXF exports read back as the same graph.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import dateparser
import networkx as nx

from newscheck.actors import actor_key, actor_kind, country_table
from newscheck.records import SOURCE_TYPE_ORDER, VERDICTS, EventMention, Report
from newscheck.terms import MUTUAL_EVENT_TYPES

if TYPE_CHECKING:
    from newscheck.store import Store

GRAPH_FORMAT = 1
FORMATS = ("json", "graphml", "gexf", "csv")


def family_map(families: Iterable[list[str]]) -> dict[str, str]:
    """Article id -> the id of its copy family (the family's smallest article id)."""
    found: dict[str, str] = {}
    for family in families:
        if family:
            head = min(family)
            found.update((article_id, head) for article_id in family)
    return found


def event_mentions(report: Report) -> list[EventMention]:
    """Every event every claim of a report states, with its claim's verdict and its article's copy family."""
    verdicts = {(c.article_id, c.claim_id): c.verdict for c in report.crosschecks}
    families = family_map(f for story in report.stories for f in story.families)
    found = []
    for item in report.articles:
        article = item.article
        kinds = {a.key: a.kind for a in item.annotation.actors} if item.annotation else {}
        for claim in item.claims:
            for event in claim.events:
                if event.source is None:
                    continue
                found.append(
                    EventMention(
                        claim_id=claim.id,
                        article_id=article.id,
                        type=event.type,
                        source=event.source,
                        target=event.target,
                        mode=event.mode,
                        polarity=event.polarity,
                        sentence=claim.text,
                        start=claim.start,
                        end=claim.end,
                        source_type=claim.source_type,
                        attributed_to=claim.attributed_to,
                        published=article.published,
                        verdict=verdicts.get((article.id, claim.id), "unverified"),
                        family=families.get(article.id, article.id),
                        source_kind=actor_kind(event.source, kinds),
                        target_kind=actor_kind(event.target, kinds) if event.target else None,
                    )
                )
    return found


def stored_mentions(
    store: Store, actor: str | None = None, pair: tuple[str, str] | None = None, since: str | None = None
) -> list[EventMention]:
    """The store's event mentions (``actor`` on either side, the two of ``pair`` either way, reported on or after
    ``since``), each in its article's stored copy family."""
    mentions = store.event_mentions(actor, pair, since)
    families = family_map(store.copy_families(sorted({m.article_id for m in mentions})))
    for m in mentions:
        m.family = families.get(m.article_id, m.article_id)
    return mentions


def stored_graph(
    store: Store, actor: str | None = None, pair: str | Sequence[str] | None = None, since: str | None = None
) -> tuple[nx.MultiDiGraph, list[EventMention]]:
    """The graph of the store's events and the mentions it is built from, for actors and dates as a user
    writes them ("Russia", "the Kremlin", "RUS"; "rus,chn"; "2024-09-01", "1 September 2024"). A pair of other
    than two actors or a date that cannot be read raises ValueError saying which."""
    pair_keys = None
    if pair is not None:
        names = [p.strip() for p in (pair.split(",") if isinstance(pair, str) else pair) if p.strip()]
        if len(names) != 2:
            raise ValueError(f"pair {pair!r}: give two actors, as A,B")
        pair_keys = (actor_key(names[0]), actor_key(names[1]))
    when = None
    if since is not None:
        parsed = dateparser.parse(since, settings={"PREFER_DAY_OF_MONTH": "first"})
        if parsed is None:
            raise ValueError(f"since {since!r}: not a date")
        when = parsed.date().isoformat()
    mentions = stored_mentions(store, actor_key(actor) if actor else None, pair_keys, when)
    return build_graph(mentions), mentions


def build_graph(mentions: Iterable[EventMention]) -> nx.MultiDiGraph:
    """The actor graph of these mentions: one edge per (source, target, type, mode, polarity). Events two
    actors do with each other (agree, consult, cooperate) run from the actor first in order, marked mutual."""
    graph = nx.MultiDiGraph(format=GRAPH_FORMAT)
    edges: dict[tuple[str, str, str], list[EventMention]] = defaultdict(list)
    untargeted: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        _add_node(graph, m.source, m.source_kind)
        if m.target is None:
            untargeted[m.source].append(m)
            continue
        _add_node(graph, m.target, m.target_kind or "org")
        edges[edge_of(m)].append(m)
    for key, group in untargeted.items():
        graph.nodes[key]["own_events"] = len({m.claim_id for m in group})
        graph.nodes[key]["own_evidence"] = _evidence_json(group)
    for (source, target, key), group in edges.items():
        graph.add_edge(source, target, key=key, **_edge_attributes(group))
    return graph


def edge_of(mention: EventMention) -> tuple[str, str | None, str]:
    """The (source, target, key) of the edge a mention belongs to; mutual events in actor order."""
    source, target = mention.source, mention.target
    if mention.type in MUTUAL_EVENT_TYPES and target is not None:
        source, target = sorted((source, target))
    return source, target, f"{mention.type}:{mention.mode}:{mention.polarity}"


def _add_node(graph: nx.MultiDiGraph, key: str, kind: str) -> None:
    if key in graph:
        return
    names = country_table().names
    attributes = {"name": names.get(key, key), "kind": kind, "own_events": 0}
    if key in names:
        attributes["country"] = key
    graph.add_node(key, **attributes)


def _edge_attributes(group: list[EventMention]) -> dict[str, Any]:
    first = group[0]
    families = {m.family for m in group}
    by_verdict = {v: len({m.family for m in group if m.verdict == v}) for v in VERDICTS}
    dates = sorted(m.published for m in group if m.published)
    kinds = {m.source_type for m in group}
    return {
        "type": first.type,
        "mutual": int(first.type in MUTUAL_EVENT_TYPES),
        "mode": first.mode,
        "polarity": first.polarity,
        "weight": len(families),
        "claims": len({m.claim_id for m in group}),
        "articles": len({m.article_id for m in group}),
        "first": dates[0] if dates else "",
        "last": dates[-1] if dates else "",
        **by_verdict,
        "verdict": edge_verdict(by_verdict),
        "sourcing": ",".join(k for k in SOURCE_TYPE_ORDER if k in kinds),
        "evidence": _evidence_json(group),
    }


def edge_verdict(by_verdict: dict[str, int]) -> str:
    """One verdict for an edge from its independent sources' verdicts: contested when some corroborate and
    some contradict it."""
    if by_verdict["contested"] or by_verdict["corroborated"] and by_verdict["contradicted"]:
        return "contested"
    for verdict in ("contradicted", "corroborated"):
        if by_verdict[verdict]:
            return verdict
    return "unverified"


def _evidence_json(group: list[EventMention]) -> str:
    """The claims behind an edge, one per claim, as JSON text (GraphML and GEXF hold strings)."""
    seen: dict[str, EventMention] = {}
    for m in group:
        seen.setdefault(m.claim_id, m)
    rows = [_evidence_row(m) for m in sorted(seen.values(), key=_by_date)]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True)


def _evidence_row(m: EventMention) -> dict[str, Any]:
    """One claim behind an edge or an actor's untargeted events, with the event it states (a node's own
    events differ in type, mode and polarity)."""
    keep = (
        "type",
        "mode",
        "polarity",
        "claim_id",
        "article_id",
        "sentence",
        "start",
        "end",
        "source_type",
        "attributed_to",
        "published",
        "verdict",
        "family",
    )
    return {k: getattr(m, k) for k in keep}


def _by_date(m: EventMention) -> tuple[str, str, int]:
    return (m.published or "", m.article_id, m.start)


def timeline(mentions: Iterable[EventMention]) -> list[EventMention]:
    """Mentions by date (undated last), then article and position: a pair's events as they were reported."""
    dated = sorted(mentions, key=_by_date)
    return [m for m in dated if m.published] + [m for m in dated if not m.published]


def graph_to_dict(graph: nx.MultiDiGraph, mentions: Sequence[EventMention] | None = None) -> dict[str, Any]:
    """The graph as plain JSON: nodes, edges with their evidence as lists, and a timeline when asked."""
    nodes = [
        {
            "id": key,
            **{k: v for k, v in data.items() if k != "own_evidence"},
            "own_evidence": json.loads(data.get("own_evidence", "[]")),
        }
        for key, data in graph.nodes(data=True)
    ]
    edges = [
        {
            "source": s,
            "target": t,
            "key": key,
            **{k: v for k, v in data.items() if k != "evidence"},
            "evidence": json.loads(data["evidence"]),
        }
        for s, t, key, data in graph.edges(keys=True, data=True)
    ]
    out: dict[str, Any] = {"format": GRAPH_FORMAT, "nodes": nodes, "edges": edges}
    if mentions is not None:
        out["timeline"] = [dataclasses.asdict(m) for m in timeline(mentions)]
    return out


def render_graph(
    graph: nx.MultiDiGraph, mentions: Sequence[EventMention], fmt: str, timeline_too: bool = False, indent: int | None = 2
) -> str:
    """The graph in one of FORMATS; csv is one row per event mention, by date (a timeline). JSON is indented
    for people (the CLI) unless ``indent`` is None (the API)."""
    if fmt == "json":
        return json.dumps(graph_to_dict(graph, mentions if timeline_too else None), ensure_ascii=False, indent=indent)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph))
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(graph))
    if fmt == "csv":
        out = io.StringIO()
        fields = [f.name for f in dataclasses.fields(EventMention)]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(dataclasses.asdict(m) for m in timeline(mentions))
        return out.getvalue().rstrip("\n")
    raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
