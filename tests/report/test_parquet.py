"""Parquet output: every table of the corpus's report reads back with its rows and evidence intact."""

from __future__ import annotations

import json

import pytest
from analyzed_examples import analyzed_corpus

from newscheck.report.parquet import TABLES, write_parquet

pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs the ray extra's pyarrow (make test installs it)")


def test_each_table_reads_back_with_every_row_and_the_evidence_at_its_offsets(tmp_path):
    report = analyzed_corpus()
    written = write_parquet(report, tmp_path / "tables")
    assert sorted(p.stem for p in written) == sorted(TABLES)
    tables = {p.stem: pq.read_table(p).to_pylist() for p in written}

    assert [a["id"] for a in tables["articles"]] == [a.article.id for a in report.articles]
    assert len(tables["claims"]) == sum(len(a.checkable_claims()) for a in report.articles) > 0
    assert len(tables["quotes"]) == sum(len(a.quotes) for a in report.articles) > 0
    assert len(tables["stories"]) == len(report.stories)
    texts = {(a["id"], field): a[field] for a in tables["articles"] for field in ("body", "headline")}
    for claim in tables["claims"]:
        assert texts[claim["article_id"], claim["field"]][claim["start"] : claim["end"]] == claim["text"]
    assert any(claim["field"] == "headline" for claim in tables["claims"])
    checks = {(c["claim_id"], c["article_id"]): c for c in tables["crosschecks"]}
    assert len(checks) == len(report.crosschecks)
    for check in report.crosschecks:
        evidence = json.loads(checks[check.claim_id, check.article_id]["evidence"])
        assert [(e["article_id"], e["start"], e["end"]) for e in evidence] == [
            (e.article_id, e.start, e.end) for e in check.evidence
        ]
        for item in evidence:
            assert texts[item["article_id"], "body"][item["start"] : item["end"]] == item["sentence"]
    assert all(isinstance(s["article_ids"], list) for s in tables["stories"])
