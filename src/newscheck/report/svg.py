"""An actor graph drawn as inline SVG: no script, no network, styled by the page's own CSS variables.

Actors sit on a circle; each edge is an arrow from the actor who acts to the one acted on, coloured by
its verdict, dashed when hypothetical or denied and dotted when negated, as thick as its independent
sources are many. Several edges between two actors bend apart. Every edge is a link to its entry in
the page (``href_of``), where its claims and sentences are listed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from html import escape

import networkx as nx

WIDTH, HEIGHT, PAD, RADIUS = 640, 340, 60, 24
VERDICT_COLOURS = {"corroborated": "--ok", "contradicted": "--bad", "contested": "--mix", "unverified": "--na"}
DASHES = {"hypothetical": "7 5", "denied": "7 5", "negated": "2 4"}


def dash_of(mode: str, polarity: str) -> str | None:
    """An event's dash pattern: negation dotted, denial and hypothesis dashed, the rest solid."""
    return DASHES.get(polarity) or DASHES.get(mode)


def _positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    nodes = sorted(graph.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (WIDTH / 2, HEIGHT / 2)}
    layout = nx.circular_layout(nodes) if len(nodes) > 2 else {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    half_w, half_h = WIDTH / 2 - PAD, HEIGHT / 2 - PAD
    return {n: (WIDTH / 2 + float(x) * half_w, HEIGHT / 2 - float(y) * half_h) for n, (x, y) in layout.items()}


def actor_graph_svg(graph: nx.MultiDiGraph, href_of: Callable[[str, str, str], str], label: str, prefix: str) -> str:
    """The graph as one <svg> element; ``href_of(source, target, key)`` gives each edge's link, ``prefix``
    keeps its arrowheads' ids apart from other graphs' on the same page."""
    at = _positions(graph)
    between: dict[frozenset[str], list[tuple[str, str, str]]] = defaultdict(list)
    for source, target, key in sorted(graph.edges(keys=True)):
        between[frozenset((source, target))].append((source, target, key))
    markers = "".join(
        f'<marker id="{prefix}-arrow-{v}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" style="fill:var({colour})"/></marker>'
        for v, colour in VERDICT_COLOURS.items()
    )
    edges = []
    for group in between.values():
        for n, (source, target, key) in enumerate(group):
            bend = (n - (len(group) - 1) / 2) * 46
            edges.append(_edge(graph, at, (source, target, key), bend, href_of(source, target, key), prefix))
    nodes = []
    for key, data in sorted(graph.nodes(data=True)):
        x, y = at[key]
        short = key if len(key) <= 10 else key[:9] + "…"
        nodes.append(
            f'<g class="actor"><title>{escape(data.get("name", key))} ({escape(data.get("kind", ""))})</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{RADIUS}" style="fill:var(--card);stroke:var(--ink);stroke-width:1.5"/>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" style="fill:var(--ink);font-size:12px;font-weight:700">'
            f"{escape(short)}</text></g>"
        )
    return (
        f'<svg class="actor-graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label, quote=True)}">'
        f"<defs>{markers}</defs>{''.join(edges)}{''.join(nodes)}</svg>"
    )


def _edge(
    graph: nx.MultiDiGraph, at: dict[str, tuple[float, float]], edge: tuple[str, str, str], bend: float, href: str, prefix: str
) -> str:
    source, target, key = edge
    data = graph.edges[source, target, key]
    (x1, y1), (x2, y2) = at[source], at[target]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    cx, cy = (x1 + x2) / 2 - uy * bend * 2, (y1 + y2) / 2 + ux * bend * 2  # control point off the straight line
    start = _toward(x1, y1, cx, cy, RADIUS + 2)
    end = _toward(x2, y2, cx, cy, RADIUS + 4)
    mid_x, mid_y = 0.25 * start[0] + 0.5 * cx + 0.25 * end[0], 0.25 * start[1] + 0.5 * cy + 0.25 * end[1]
    colour = VERDICT_COLOURS[data["verdict"]]
    dash = dash_of(data["mode"], data["polarity"])
    dashed = f";stroke-dasharray:{dash}" if dash else ""
    width = 1.5 + 1.5 * math.log2(max(1, data["weight"]))
    sources = f"{data['weight']} independent source{'s' if data['weight'] != 1 else ''}"
    marker = "" if data["mutual"] else f' marker-end="url(#{prefix}-arrow-{data["verdict"]})"'
    tip = f"{source} {'↔' if data['mutual'] else '→'} {target}: {data['type']} ({data['mode']}, {data['polarity']}) · {data['verdict']} · {sources}"
    return (
        f'<a href="{escape(href, quote=True)}" class="edge"><title>{escape(tip)}</title>'
        f'<path d="M{start[0]:.1f},{start[1]:.1f} Q{cx:.1f},{cy:.1f} {end[0]:.1f},{end[1]:.1f}" '
        f'style="fill:none;stroke:var({colour});stroke-width:{width:.1f}{dashed}" {marker}/>'
        f'<text x="{mid_x:.1f}" y="{mid_y - 4:.1f}" text-anchor="middle" style="fill:var({colour});font-size:10px">'
        f"{escape(data['type'])}</text></a>"
    )


def _toward(x: float, y: float, tx: float, ty: float, distance: float) -> tuple[float, float]:
    """The point ``distance`` from (x, y) toward (tx, ty): where an edge leaves or meets a node's circle."""
    length = math.hypot(tx - x, ty - y) or 1.0
    return x + (tx - x) / length * distance, y + (ty - y) / length * distance
