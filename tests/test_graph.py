"""The actor and event graph: direction, negation and denial, copies counted once, verdicts split, the
seeds' edges with their sourcing, and exports that read back as the same graph."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from test_crosscheck import BEIJING_DENIAL, KREMLIN_2023
from typer.testing import CliRunner

from newscheck.cli import app
from newscheck.config import Settings
from newscheck.graph import build_graph, event_mentions, graph_to_dict, render_graph, stored_mentions
from newscheck.pipeline import analyze
from newscheck.records import Article, ArticleReport, Claim, Crosscheck, Event, Report, Story
from newscheck.store import Store

# Fictional reports written for these tests: one wire story and its syndicated copy, an outlet's own report
# of the same delivery, and a report of an attack that did not happen.
WIRE = """Turkey sends armoured vehicles to Azerbaijan

March 3, 2025

ANKARA, March 3 - Turkey sent forty armoured vehicles to Azerbaijan on Monday, expanding a defence pact the two governments signed last spring.

The convoy crossed the border at dawn and reached a base outside Ganja by the evening, according to footage released by the Azerbaijani defence ministry.

Defence Minister Selim Arkan said the vehicles would be used for training and border patrols. "This is a routine delivery under an agreement both parliaments approved," he told reporters in Ankara.

Armenia's foreign ministry called the delivery a provocation and said it would raise the matter with the European Union.
"""
COPY = WIRE.replace("Turkey sends armoured vehicles to Azerbaijan", "Ankara ships armoured vehicles to Baku").replace(
    "the evening", "nightfall"
)
OWN_REPORT = """Azerbaijan takes delivery of Turkish armour

March 4, 2025

Turkey sent forty armoured vehicles to Azerbaijan this week, a shipment that officials in Baku described as the largest since the two countries deepened their military ties.

Residents near the border town of Qazax said they watched the column of vehicles pass through for almost an hour on Monday morning.

Iran did not attack Azerbaijan during the exercises that followed, despite weeks of threats from hardliners in Tehran.
"""


@pytest.fixture(scope="module")
def delivery_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("delivery")
    for name, text in {"wire": WIRE, "copy": COPY, "own": OWN_REPORT}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'news.db'}"
    report = analyze([str(folder / f"{n}.txt") for n in ("wire", "copy", "own")], Settings(db_url=url, workers=1, progress=False))
    with Store(url) as store:
        yield report, stored_mentions(store)


def _edges(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict]:
    return {(s, t, k): d for s, t, k, d in graph.edges(keys=True, data=True)}


def test_an_edge_runs_from_the_actor_who_acts_to_the_one_acted_on(delivery_store):
    _, mentions = delivery_store
    edges = _edges(build_graph(mentions))
    assert ("TUR", "AZE", "AID:asserted:affirmed") in edges
    assert not any(s == "AZE" and t == "TUR" and k.startswith("AID") for s, t, k in edges)


def test_a_copy_family_counts_once_in_an_edges_weight(delivery_store):
    report, mentions = delivery_store
    families = [f for s in report.stories for f in s.families if len(f) > 1]
    assert len(families) == 1 and len(families[0]) == 2  # the wire story and its syndicated copy
    edge = _edges(build_graph(mentions))[("TUR", "AZE", "AID:asserted:affirmed")]
    assert edge["articles"] == 3
    assert edge["weight"] == 2
    assert edge["unverified"] + edge["corroborated"] + edge["contested"] + edge["contradicted"] >= 1


def test_an_attack_that_did_not_happen_is_a_negated_edge_of_its_own(delivery_store):
    _, mentions = delivery_store
    edges = _edges(build_graph(mentions))
    negated = edges[("IRN", "AZE", "ASSAULT:asserted:negated")]
    assert negated["polarity"] == "negated"
    assert ("IRN", "AZE", "ASSAULT:asserted:affirmed") not in edges


def test_every_edge_cites_its_sentences_with_offsets_into_the_article(delivery_store):
    report, mentions = delivery_store
    bodies = {a.article.id: a.article.body for a in report.articles}
    for _, _, data in build_graph(mentions).edges(data=True):
        for row in json.loads(data["evidence"]):
            assert bodies[row["article_id"]][row["start"] : row["end"]] == row["sentence"]


def _claim(article_id: str, n: int, event: Event, source_type: str = "outlet") -> Claim:
    return Claim(
        id=f"{article_id}-{n}", text=f"Sentence {n} of {article_id}.", attributed_to=None, source_type=source_type,
        hedged=False, negated=False, checkworthy=0.5, start=0, end=10, events=[event],
    )  # fmt: skip


def test_independent_sources_are_split_by_their_claims_verdicts():
    """Four articles: a and b copies of one report (contradicted), c corroborated, d unverified."""
    attack = Event("ASSAULT", "RUS", "UKR")
    articles = [
        ArticleReport(
            Article(id=i, source=i, headline=i, body="x" * 20, published=f"2025-01-0{n}"), claims=[_claim(i, 0, attack)]
        )
        for n, i in enumerate("abcd", start=1)
    ]
    verdicts = {"a": "contradicted", "b": "contradicted", "c": "corroborated"}
    checks = [Crosscheck(f"{i}-0", i, v, [], 1) for i, v in verdicts.items()]
    story = Story("s", "Attack", list("abcd"), families=[["a", "b"], ["c"], ["d"]])
    edge = _edges(build_graph(event_mentions(Report(articles, [story], checks))))[("RUS", "UKR", "ASSAULT:asserted:affirmed")]
    assert (edge["weight"], edge["articles"]) == (3, 4)
    assert (edge["contradicted"], edge["corroborated"], edge["unverified"], edge["contested"]) == (1, 1, 1, 0)
    assert edge["verdict"] == "contested"  # some independent sources corroborate it, some contradict it
    assert (edge["first"], edge["last"]) == ("2025-01-01", "2025-01-04")


def test_graphml_and_gexf_exports_read_back_as_the_same_graph(delivery_store):
    _, mentions = delivery_store
    graph = build_graph(mentions)
    assert graph.number_of_edges() >= 2
    back = nx.read_graphml(io.BytesIO(render_graph(graph, mentions, "graphml").encode()), force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert _edges(back) == _edges(graph)
    gexf = nx.read_gexf(io.BytesIO(render_graph(graph, mentions, "gexf").encode()))
    assert set(gexf.nodes) == set(graph.nodes) and gexf.number_of_edges() == graph.number_of_edges()


def test_json_export_keeps_the_evidence_as_lists_and_csv_is_one_row_per_event(delivery_store):
    _, mentions = delivery_store
    graph = build_graph(mentions)
    data = graph_to_dict(graph, mentions)
    assert all(isinstance(e["evidence"], list) and e["evidence"] for e in data["edges"])
    assert len(data["timeline"]) == len(mentions)
    rows = list(csv.DictReader(io.StringIO(render_graph(graph, mentions, "csv"))))
    assert len(rows) == len(mentions)
    dates = [r["published"] for r in rows if r["published"]]
    assert dates == sorted(dates)


def test_the_store_keeps_an_actors_events_a_pairs_either_way_and_those_since_a_date(delivery_store, tmp_path_factory):
    report, _ = delivery_store
    url = f"sqlite:///{tmp_path_factory.mktemp('select') / 'news.db'}"
    with Store(url) as store:
        store.save_batch(report.articles, stories=report.stories, crosschecks=report.crosschecks)
        assert {m.source for m in stored_mentions(store, actor="IRN")} == {"IRN"}
        pair = stored_mentions(store, pair=("AZE", "TUR"))
        assert pair and all({m.source, m.target} == {"AZE", "TUR"} for m in pair)
        assert {m.published for m in stored_mentions(store, since="2025-03-04")} == {"2025-03-04"}


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, seed_000, seed_001):
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'news.db'}"
    analyze([str(seed_000), str(seed_001)], Settings(db_url=url, workers=1, progress=False))
    return url


def test_seed_000s_alliance_is_the_outlets_own_unverified_assertion_until_denials_arrive(seeds_store, tmp_path):
    with Store(seeds_store) as store:
        edges = _edges(build_graph(stored_mentions(store, pair=("RUS", "USA"))))
    alliance = edges[("RUS", "USA", "MOBILIZE:asserted:affirmed")]
    assert (alliance["sourcing"], alliance["verdict"], alliance["weight"]) == ("outlet", "unverified", 1)
    assert "military alliance" in json.loads(alliance["evidence"])[0]["sentence"]


def test_seed_000s_alliance_turns_contradicted_when_the_denials_are_stored(seed_000, tmp_path):
    url = f"sqlite:///{tmp_path / 'news.db'}"
    settings = Settings(db_url=url, workers=1, progress=False)
    analyze([str(seed_000)], settings)
    for name, text in {"beijing": BEIJING_DENIAL, "kremlin": KREMLIN_2023}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    analyze([str(tmp_path / "beijing.txt"), str(tmp_path / "kremlin.txt")], settings)
    with Store(url) as store:
        edges = _edges(build_graph(stored_mentions(store, pair=("RUS", "USA"))))
    alliance = edges[("RUS", "USA", "MOBILIZE:asserted:affirmed")]
    assert (alliance["verdict"], alliance["contradicted"]) == ("contradicted", 1)


def test_seed_001s_chinese_support_for_russia_rests_on_unnamed_sources_and_says_so(seeds_store):
    with Store(seeds_store) as store:
        edges = _edges(build_graph(stored_mentions(store, actor="CHN")))
    aid = [d for (s, t, k), d in edges.items() if (s, t) == ("CHN", "RUS") and k.startswith("AID")]
    assert aid and all(d["sourcing"] == "unnamed" and d["mode"] == "reported" for d in aid)


def test_graph_command_names_actors_as_users_type_them_and_gives_a_pairs_timeline(seeds_store):
    result = CliRunner().invoke(app, ["graph", "--db", seeds_store, "--pair", "China,rus", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {(e["source"], e["target"]) for e in data["edges"]} <= {("CHN", "RUS"), ("RUS", "CHN")}
    assert data["timeline"] and all({t["source"], t["target"]} == {"CHN", "RUS"} for t in data["timeline"])
    graphml = CliRunner().invoke(app, ["graph", "--db", seeds_store, "--actor", "Beijing", "--format", "graphml"])
    assert graphml.exit_code == 0 and "<graphml" in graphml.stdout


def test_graph_command_refuses_a_pair_of_one_actor_and_a_date_it_cannot_read(seeds_store):
    one = CliRunner().invoke(app, ["graph", "--db", seeds_store, "--pair", "RUS"])
    assert one.exit_code == 2 and "give two actors" in one.output
    bad = CliRunner().invoke(app, ["graph", "--db", seeds_store, "--since", "the day after never"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_the_store_gives_back_the_events_it_was_given_with_verdicts_and_families(db_url):
    """Stored and read back on SQLite and PostgreSQL: the same mentions as the in-memory report's."""
    attack, aid = Event("ASSAULT", "RUS", "UKR"), Event("AID", "CHN", "RUS", "reported", "denied")
    articles = [
        ArticleReport(Article(id=i, source=i, headline=i, body="x" * 20, published=f"2025-02-0{n}"), claims=[_claim(i, 0, e)])
        for n, (i, e) in enumerate([("a", attack), ("b", attack), ("c", aid)], start=1)
    ]
    report = Report(
        articles, [Story("s", "War", ["a", "b", "c"], [["a", "b"], ["c"]])], [Crosscheck("a-0", "a", "corroborated", [], 2)]
    )
    with Store(db_url) as store:
        store.save_batch(articles, stories=report.stories, crosschecks=report.crosschecks)
        stored = stored_mentions(store)
        since = stored_mentions(store, since="2025-02-03")
        pair = stored_mentions(store, pair=("RUS", "CHN"))
    assert sorted(stored, key=lambda m: m.claim_id) == sorted(event_mentions(report), key=lambda m: m.claim_id)
    assert [m.article_id for m in since] == ["c"] and [m.article_id for m in pair] == ["c"]
    assert {m.article_id: m.family for m in stored} == {"a": "a", "b": "a", "c": "c"}


def test_the_python_api_gives_the_graph_and_a_pairs_timeline_by_date(seeds_store):
    import newscheck
    import newscheck.graph  # noqa: F401  (the stage module beside the API function: both stay usable)

    built, events = newscheck.actor_graph(seeds_store, pair="China,Russia")
    assert isinstance(built, nx.MultiDiGraph) and set(built.nodes) == {"CHN", "RUS"}
    assert events and all({e.source, e.target} == {"CHN", "RUS"} for e in events)


def test_an_actors_untargeted_events_keep_their_type_mode_and_polarity_in_the_export(seeds_store):
    with Store(seeds_store) as store:
        data = graph_to_dict(build_graph(stored_mentions(store, actor="USA")))
    own = next(n for n in data["nodes"] if n["id"] == "USA")["own_evidence"]
    assert own and all(row["type"] and row["mode"] and row["polarity"] for row in own)
