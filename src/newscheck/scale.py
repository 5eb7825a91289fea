"""Ray Data runner: the same stage functions as the embedded path, over sharded inputs.

Shards (JSONL, WARC, directories of pages, feeds) are read and extracted in
parallel tasks; the per-article NLP stages run in actors that load spaCy and the
models once each; stories and cross-checks need the whole corpus, so they run
once over the gathered articles (they use blocking and indexes, not all pairs).
Results go to Parquet (one row per article, the SPEC.md JSON of it) and/or the
store. The single-machine `newscheck.pipeline.analyze` stays the default.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Sequence
from typing import Any

from newscheck.config import Settings
from newscheck.ingest import expand_inputs, ingest
from newscheck.pipeline import analyze_articles, extract_documents, verify_reports
from newscheck.records import InputError, Report
from newscheck.report.json_report import article_to_dict


def _read_shard(row: dict[str, Any], settings: Settings) -> list[dict[str, Any]]:
    """One input (file, URL, container) → rows of pickled Articles or errors."""
    articles, errors = extract_documents(ingest([row["input"]], settings), settings)
    return [{"article": pickle.dumps(a), "error": b""} for a in articles] + [
        {"article": b"", "error": pickle.dumps(e)} for e in errors
    ]


class _ArticleAnalyzer:
    """A Ray actor: holds the NLP models and analyses batches of articles."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        articles = [pickle.loads(blob) for blob in batch["article"]]
        reports = analyze_articles(articles, self.settings)
        for report in reports:
            if report.annotation is not None:
                report.annotation.doc = None  # parsed docs stay in the worker
        return {"report": [pickle.dumps(r) for r in reports]}


def analyze_on_ray(
    inputs: Sequence[str], settings: Settings, parquet_dir: str | None = None, batch_size: int = 32
) -> Report:
    """Run the pipeline on a Ray cluster (a local one when none is running)."""
    import ray

    ray.init(num_cpus=settings.workers, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    expanded = list(expand_inputs(inputs))
    errors = [e for e in expanded if isinstance(e, InputError)]
    shards = ray.data.from_items([{"input": i} for i in expanded if not isinstance(i, InputError)])
    rows = shards.flat_map(_read_shard, fn_kwargs={"settings": settings}).materialize()
    errors += [pickle.loads(r["error"]) for r in rows.filter(lambda r: bool(r["error"])).take_all()]
    articles = rows.filter(lambda r: bool(r["article"])).select_columns(["article"])
    analysed = articles.map_batches(
        _ArticleAnalyzer,
        fn_constructor_kwargs={"settings": dataclasses.replace(settings, workers=1)},  # one process per actor
        batch_size=batch_size,
        concurrency=max(1, settings.workers),
    )
    reports = [pickle.loads(r["report"]) for r in analysed.take_all()]
    unique = {r.article.id: r for r in reports}  # the same content in two shards is one article
    report = Report(articles=list(unique.values()), errors=errors)
    verify_reports(report, settings)
    if parquet_dir:
        ray.data.from_items(
            [{"id": a.article.id, "report": json.dumps(article_to_dict(a), ensure_ascii=False)} for a in report.articles]
        ).write_parquet(parquet_dir)
    db_url = settings.resolved_db_url()
    if db_url:
        from newscheck.store import Store

        with Store(db_url) as store:
            store.save_report(report, batch_size=settings.batch_size)
    return report
