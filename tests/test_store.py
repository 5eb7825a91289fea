"""Store: idempotent upserts on SQLite and PostgreSQL; a killed batch loses and duplicates nothing."""

from __future__ import annotations

import pytest
from conftest import HTML_EXAMPLES
from sqlalchemy import create_engine, inspect, text

from newscheck.config import Settings
from newscheck.extract import extract
from newscheck.records import ArticleReport, Claim, Crosscheck, Document, Report, Story
from newscheck.store import Store, check, metadata


def _batch(count: int) -> Report:
    """Distinct real articles: the fictional harbour page with a numbered closing paragraph."""
    page = (HTML_EXAMPLES / "harbor-strike.html").read_text()
    reports = []
    for n in range(count):
        html = page.replace("</article>", f"<p>Update {n}: the port said ship number {n} had docked by noon.</p></article>")
        article = extract(Document(source=f"page-{n}.html", content=html, kind="html"))
        claim = Claim(
            id=f"{article.id}-c0",
            text=article.paragraphs[0],
            attributed_to=None,
            source_type="outlet",
            hedged=False,
            negated=False,
            checkworthy=0.8,
            start=0,
            end=len(article.paragraphs[0]),
        )
        reports.append(ArticleReport(article=article, claims=[claim]))
    story = Story(id="story-1", title="Port strike", article_ids=[r.article.id for r in reports], families=[])
    return Report(articles=reports, stories=[story])


def test_same_batch_stored_twice_keeps_one_copy_of_each_article(db_url):
    report = _batch(5)
    with Store(db_url) as store:
        store.save_report(report, batch_size=2)
        store.save_report(report, batch_size=2)
        assert store.count_articles() == 5
        loaded = store.load_report()
    assert sorted(a.article.id for a in loaded.articles) == sorted(a.article.id for a in report.articles)
    assert loaded.stories[0].article_ids == report.stories[0].article_ids
    first = next(a for a in loaded.articles if a.article.id == report.articles[0].article.id)
    assert first.claims[0].text == report.articles[0].claims[0].text
    assert first.article.headline == "Dock workers in Port Selwyn end nine-day strike after pay deal"


def test_batch_killed_part_way_then_rerun_loses_and_duplicates_nothing(db_url, monkeypatch):
    report = _batch(7)
    original = Store.save_articles
    calls = {"n": 0}

    def dying_save(self, conn, batch):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed mid-run")
        return original(self, conn, batch)

    with Store(db_url) as store:
        monkeypatch.setattr(Store, "save_articles", dying_save)
        with pytest.raises(KeyboardInterrupt):
            store.save_report(report, batch_size=3)
        assert store.count_articles() == 6  # the two committed batches survive, the third rolled back whole
        monkeypatch.setattr(Store, "save_articles", original)
        store.save_report(report, batch_size=3)
        assert store.count_articles() == 7
        ids = [row["id"] for row in store.list_articles(limit=100)]
    assert len(ids) == len(set(ids)) == 7


def test_pipeline_stores_into_the_database_given(tmp_path):
    from newscheck.pipeline import analyze

    url = f"sqlite:///{tmp_path / 'nested' / 'news.db'}"
    settings = Settings(db_url=url, nlp=False)
    first = analyze([str(HTML_EXAMPLES)], settings)
    analyze([str(HTML_EXAMPLES)], settings)
    with Store(url) as store:
        assert store.count_articles() == len(first.articles) == 2


def test_regrouping_replaces_a_storys_membership_instead_of_keeping_every_earlier_grouping(db_url, tmp_path):
    """4, then 6, then 8 reports of one event analysed into one database leave one story, not three."""
    from newscheck.pipeline import analyze

    page = (HTML_EXAMPLES / "harbor-strike.html").read_text()
    for n in range(8):
        html = page.replace("</article>", f"<p>Update {n}: the port said ship number {n} had docked by noon.</p></article>")
        (tmp_path / f"page-{n}.html").write_text(html, encoding="utf-8")
    settings = Settings(db_url=db_url, progress=False)
    for size in (4, 6, 8):
        analyze([str(tmp_path / f"page-{n}.html") for n in range(size)], settings)
    with Store(db_url) as store:
        stories = store.load_report().stories
    assert len(stories) == 1
    assert len(stories[0].article_ids) == 8


def test_a_store_made_before_migrations_is_stamped_and_upgraded_keeping_its_articles(tmp_path):
    """The first schema, made by create_all with no version table, as every store was before."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = _engine_at(url, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("INSERT INTO articles (id, source, headline, body, report) VALUES ('a1', 's', 'h', 'b', '{}')"))
    engine.dispose()
    with Store(url) as store:
        tables = set(inspect(store.engine).get_table_names())
        assert {"story_articles", "article_vectors", "article_keys", "input_errors", "alembic_version"} <= tables
        assert store.count_articles() == 1
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0009"


def test_db_check_names_what_points_nowhere(db_url):
    with Store(db_url) as store:
        store.save_report(_batch(3))
        assert check(store.engine) == []
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO stories (id, title, data) VALUES ('lonely', 't', '{}')"))
            conn.execute(
                text("INSERT INTO crosschecks (claim_id, article_id, verdict, data) VALUES ('gone', 'gone', 'unverified', '{}')")
            )
        problems = check(store.engine)
    assert "story with no members: lonely" in problems
    assert "cross-check of no stored article: gone" in problems
    assert "cross-check of no stored claim: gone" in problems


def test_stories_stored_before_the_membership_table_get_their_members(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = _engine_at(url, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        for article in ("a1", "a2"):
            conn.execute(
                text(f"INSERT INTO articles (id, source, headline, body, report) VALUES ('{article}', 's', 'h', 'b', '{{}}')")
            )
        conn.execute(text("""INSERT INTO stories (id, title, data) VALUES ('old', 't', '{"article_ids": ["a1", "a2"]}')"""))
    engine.dispose()
    with Store(url) as store:
        assert check(store.engine) == []
        with store.engine.connect() as conn:
            assert {r[0] for r in conn.execute(text("SELECT article_id FROM story_articles WHERE story_id = 'old'"))} == {
                "a1",
                "a2",
            }


def _engine_at(url: str, revision: str):
    """A store's engine with its schema at an earlier revision, as a store made then would be."""
    from alembic import command
    from alembic.config import Config

    from newscheck.store import MIGRATIONS

    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return engine


def test_upgrading_a_store_fills_the_event_and_facet_tables_from_its_stored_reports(tmp_path, seed_001):
    """A store at revision 0003 held events only inside its reports, with "negated" as a mode."""
    from newscheck.config import Settings
    from newscheck.pipeline import analyze

    new_url, old_url = f"sqlite:///{tmp_path / 'new.db'}", f"sqlite:///{tmp_path / 'old.db'}"
    analyze([str(seed_001)], Settings(db_url=new_url, workers=1, progress=False))
    with Store(new_url) as new, new.engine.connect() as conn:
        expected = {(m.claim_id, m.type, m.source, m.target) for m in new.event_mentions()}
        signals = set(conn.execute(text("SELECT article_id, code FROM article_signals")))
        listed = new.article_page(limit=5).items
        old_columns = "id, source, url, headline, published, byline, language, body, report"
        articles = [dict(r._mapping) for r in conn.execute(text(f"SELECT {old_columns} FROM articles"))]
        claims = [
            dict(r._mapping)
            for r in conn.execute(
                text(
                    "SELECT id, article_id, text, attributed_to, source_type, checkworthy, start, \"end\" FROM claims WHERE field = 'body'"
                )
            )
        ]
    assert expected and signals
    articles[0]["report"] = articles[0]["report"].replace('"mode": "reported", "polarity": "affirmed"', '"mode": "negated"', 1)
    old = _engine_at(old_url, "0003")
    with old.begin() as conn:
        conn.execute(metadata.tables["articles"].insert(), articles)
        conn.execute(metadata.tables["claims"].insert(), claims)
    old.dispose()
    with Store(old_url) as store, store.engine.connect() as conn:
        mentions = store.event_mentions()
        assert set(conn.execute(text("SELECT article_id, code FROM article_signals"))) == signals
        assert [(a.id, a.headline_label, a.signals) for a in store.article_page(limit=5).items] == [
            (a.id, a.headline_label, a.signals) for a in listed
        ]
    assert {(m.claim_id, m.type, m.source, m.target) for m in mentions} == expected
    assert sum(m.polarity == "negated" and m.mode == "asserted" for m in mentions) == 1


def test_a_headline_claim_is_stored_with_its_field_and_listed_with_its_cross_check(db_url):
    report = _batch(1)
    item = report.articles[0]
    headline = item.article.headline
    item.headline_claim = Claim(
        f"{item.article.id}-h", headline, None, "outlet", False, False, 0.9, 0, len(headline), field="headline"
    )
    report.crosschecks = [Crosscheck(item.headline_claim.id, item.article.id, "unverified", [], 1)]
    with Store(db_url) as store:
        store.save_report(report)
        assert check(store.engine) == []
        loaded = store.load_report().articles[0]
        (listed,) = store.claim_page(10).items
    assert loaded.headline_claim == item.headline_claim
    assert (listed.claim_id, listed.field, listed.text) == (item.headline_claim.id, "headline", headline)
