"""The streaming pipeline: batches checked against the store and committed one by one, reruns that skip
what is stored, and a run killed mid-way that leaves nothing partial."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO
from sqlalchemy import text
from test_crosscheck import BEIJING_DENIAL, PARTISAN_PACT, WIRE_NO_PACT

from newscheck.config import Settings
from newscheck.pipeline import analyze
from newscheck.store import Store, check

CORPUS = REPO / "examples" / "corpus" / "articles.jsonl"


def _counts(url: str) -> dict[str, int]:
    with Store(url) as store, store.engine.connect() as conn:
        return {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("articles", "claims", "article_vectors", "crosschecks")
        }


def test_a_denial_analysed_alone_into_the_store_contradicts_the_claim_stored_before(tmp_path, seed_000):
    url = f"sqlite:///{tmp_path / 'news.db'}"
    settings = Settings(db_url=url, workers=1, progress=False)
    first = analyze([str(seed_000)], settings)
    claim = next(c for c in first.articles[0].claims if "officially announced" in c.text)
    before = next(c for c in first.crosschecks if c.claim_id == claim.id)
    assert before.verdict == "unverified"

    (tmp_path / "beijing.txt").write_text(BEIJING_DENIAL, encoding="utf-8")
    second = analyze([str(tmp_path / "beijing.txt")], settings)
    denial = second.articles[0]
    assert [a.article.id for a in second.articles] == [denial.article.id]  # the run reports its own article

    with Store(url) as store:
        after = next(c for c in store.load_report().crosschecks if c.claim_id == claim.id)
    assert after.verdict in ("contradicted", "contested")
    cited = next(e for e in after.evidence if e.article_id == denial.article.id and e.stance == "disagree")
    assert denial.article.body[cited.start : cited.end] == cited.sentence


def test_a_stored_articles_sentences_are_judged_from_its_stored_parse_and_word_pieces_not_read_again(
    tmp_path, seed_000, monkeypatch
):
    import newscheck.judge.text as judge_text
    from newscheck.encoder import get_encoder
    from newscheck.judge import get_judge

    url = f"sqlite:///{tmp_path / 'news.db'}"
    settings = Settings(db_url=url, workers=1, progress=False)
    stored = analyze([str(seed_000)], settings).articles[0]
    with Store(url) as store:
        (loaded,) = store.load_articles([stored.article.id])
    assert loaded.annotation.stored_parse is not None and loaded.annotation.stored_tokens is not None

    parsed: list[str] = []
    parser = judge_text.parser()
    encoded: list[str] = []
    encoder = get_encoder()
    encode_tokens = encoder.encode_tokens

    def recording_encode_tokens(texts, **kwargs):  # noqa: ANN001, ANN003, ANN202 - as SentenceEncoder.encode_tokens
        encoded.extend(texts)
        return encode_tokens(texts, **kwargs)

    monkeypatch.setattr(encoder, "encode_tokens", recording_encode_tokens)
    get_judge().forget()  # the first run's readings of the stored article's sentences are not reused

    class Recording:
        def pipe(self, texts, **kwargs):  # noqa: ANN001, ANN003, ANN202 - as Language.pipe
            texts = list(texts)
            parsed.extend(texts)
            return parser.pipe(texts, **kwargs)

    monkeypatch.setattr(judge_text, "parser", Recording)
    (tmp_path / "beijing.txt").write_text(BEIJING_DENIAL, encoding="utf-8")
    second = analyze([str(tmp_path / "beijing.txt")], settings)
    with Store(url) as store:
        cited = {
            e.sentence
            for c in store.load_report().crosschecks
            if c.article_id == second.articles[0].article.id
            for e in c.evidence
        }
    assert any(s in stored.article.body for s in cited)  # the new article's claims read the stored article ...
    assert not [t for t in parsed if t in stored.article.body]  # ... through the parse the store kept ...
    assert encoded and not [t for t in encoded if len(t) > 20 and t in stored.article.body]  # ... and its word pieces


def test_a_rerun_skips_the_articles_already_stored_and_reports_them_as_stored(tmp_path):
    url = f"sqlite:///{tmp_path / 'news.db'}"
    settings = Settings(db_url=url, workers=1, progress=False, batch_size=8)
    first = analyze([str(CORPUS)], settings)
    stages: list[str] = []
    again = analyze([str(CORPUS)], settings, on_progress=lambda stage, done, total: stages.append(stage))
    assert "analyzing" not in stages
    assert sorted(a.article.id for a in again.articles) == sorted(a.article.id for a in first.articles)
    assert {s.id for s in again.stories} == {s.id for s in first.stories}
    assert _counts(url)["articles"] == len(first.articles)


def test_a_run_keeping_only_its_counts_stores_what_a_full_run_stores(tmp_path):
    """With ``run_report`` off the run holds nothing of a committed batch; the store is the same."""
    full_url, counted_url = f"sqlite:///{tmp_path / 'full.db'}", f"sqlite:///{tmp_path / 'counted.db'}"
    full = analyze([str(CORPUS)], Settings(db_url=full_url, workers=1, progress=False, batch_size=8))
    counted = analyze([str(CORPUS)], Settings(db_url=counted_url, workers=1, progress=False, batch_size=8, run_report=False))
    assert counted.articles == [] and counted.stories == [] and counted.crosschecks == []
    assert counted.summary() == full.summary()
    assert _counts(counted_url) == _counts(full_url)
    with Store(full_url) as left, Store(counted_url) as right:
        assert {frozenset(s.article_ids) for s in left.load_report().stories} == {
            frozenset(s.article_ids) for s in right.load_report().stories
        }
    missing = tmp_path / "missing.txt"
    again = analyze([str(CORPUS), str(missing)], Settings(db_url=counted_url, workers=1, progress=False, run_report=False))
    assert again.summary() == {**full.summary(), "read": full.summary()["read"] + 1, "refused": 1}
    assert _counts(counted_url) == _counts(full_url)


def test_a_run_keeping_no_report_and_no_store_is_refused():
    with pytest.raises(ValueError, match="keeps its analysis only in a store"):
        analyze([str(CORPUS)], Settings(workers=1, progress=False, run_report=False))


def test_batches_read_the_earlier_batches_stories_as_one_batch_would(tmp_path):
    """The fictional corpus in batches of 8 groups its reports as one batch of all of them does."""
    whole = analyze([str(CORPUS)], Settings(workers=1, progress=False, batch_size=1000))
    batched = analyze([str(CORPUS)], Settings(workers=1, progress=False, batch_size=8))

    def grouping(report):
        return {frozenset(s.article_ids) for s in report.stories}

    assert grouping(batched) == grouping(whole)
    assert len(batched.crosschecks) == len(whole.crosschecks)


def test_a_run_killed_mid_way_and_rerun_stores_every_document_once(db_url, tmp_path):
    script = (
        "import sys, newscheck\n"
        "newscheck.analyze([sys.argv[1]], newscheck.Settings(db_url=sys.argv[2], batch_size=6, workers=1, progress=False))\n"
    )
    command = [sys.executable, "-c", script, str(CORPUS), db_url]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and run.poll() is None:
            try:
                if _counts(db_url)["articles"] > 0:
                    break
            except Exception:  # the store is still being made
                pass
            time.sleep(0.2)
        assert run.poll() is None, "the run ended before it could be killed"
        run.send_signal(signal.SIGKILL)
    finally:
        run.wait()
    total = len([line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()])
    killed = _counts(db_url)
    assert 0 < killed["articles"] < total
    assert killed["articles"] % 6 == 0 and killed["articles"] == killed["article_vectors"]  # whole batches only
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

    counts = _counts(db_url)
    assert counts["articles"] == counts["article_vectors"] == total
    with Store(db_url) as store:
        assert check(store.engine) == []
        report = store.load_report()
    stored_claims = sum(len(a.checkable_claims()) for a in report.articles)
    assert counts["claims"] == stored_claims > 0
    assert len({a.article.id for a in report.articles}) == total
    assert {c.claim_id for c in report.crosschecks} <= {c.id for a in report.articles for c in a.checkable_claims()}
    members = [a for s in report.stories for a in s.article_ids]
    assert sorted(members) == sorted(a.article.id for a in report.articles)  # every article in one story


def test_an_article_a_stage_fails_on_is_an_error_in_the_report_and_the_store_and_the_rest_go_on(tmp_path, monkeypatch):
    import newscheck.claims

    real = newscheck.claims.find_claims

    def failing(article, annotation, quotes):  # noqa: ANN001, ANN202
        if "Harbour Board" in article.body:
            raise RuntimeError("parse tree with no root")
        return real(article, annotation, quotes)

    monkeypatch.setattr(newscheck.claims, "find_claims", failing)
    pages = {
        "ferry.txt": "Ferry fares rise in March\n\nThe Harbour Board said on Monday that ferry fares will rise by 6% in March.",
        "bridge.txt": "Bridge reopens after repairs\n\nThe Kessel bridge reopened on Tuesday after four months of repairs, the city said.",
    }
    for name, body in pages.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'news.db'}"
    report = analyze([str(tmp_path / n) for n in pages], Settings(db_url=url, workers=1, progress=False))

    assert [a.article.headline for a in report.articles] == ["Bridge reopens after repairs"]
    assert [(e.source.rsplit("/", 1)[-1], e.reason) for e in report.errors] == [
        ("ferry.txt", "analysis failed: RuntimeError: parse tree with no root")
    ]
    with Store(url) as store:
        assert store.count_articles() == 1
        assert [e.reason for e in store.input_errors()] == ["analysis failed: RuntimeError: parse tree with no root"]


def test_a_denial_analysed_alone_into_the_store_contradicts_a_stored_headline_claim(tmp_path):
    url = f"sqlite:///{tmp_path / 'news.db'}"
    settings = Settings(db_url=url, workers=1, progress=False)
    (tmp_path / "partisan.txt").write_text(PARTISAN_PACT, encoding="utf-8")
    claim = analyze([str(tmp_path / "partisan.txt")], settings).articles[0].headline_claim
    (tmp_path / "wire.txt").write_text(WIRE_NO_PACT, encoding="utf-8")
    analyze([str(tmp_path / "wire.txt")], settings)
    with Store(url) as store:
        report = store.load_report()
        assert check(store.engine) == []
    assert report.articles[0].headline_claim == claim or report.articles[1].headline_claim == claim
    after = next(c for c in report.crosschecks if c.claim_id == claim.id)
    assert after.verdict == "contradicted"
