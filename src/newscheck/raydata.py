"""The pipeline on Ray Data: the same stage functions past one machine.

Ray Data reads the inputs one expanded input at a time (a JSONL or WARC shard, one page of a
directory, a URL: each is a read task) and extracts them there; an actor pool of ``RaySettings.workers``
analysers, each holding spaCy and the encoder, annotates, attributes and finds claims a batch at a time,
skipping what the store already holds. The analysed articles come back here in input order and go
through the local engine's batches, verification and commits (`pipeline.stream_into_store`): a batch
reads from the store only its blocking-key and nearest-opening neighbours, never all pairs, so a run's
report and store are the local engine's. Ray is imported only here, for ``--engine ray``.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from newscheck.config import RaySettings, Settings
from newscheck.ingest import expand_inputs, ingest
from newscheck.memory import give_back
from newscheck.nlp import stored_parse
from newscheck.pipeline import (
    IN_MEMORY,
    FirstSeen,
    ProgressCallback,
    _no_progress,
    analyze_each,
    extract_documents,
    stream_into_store,
)
from newscheck.records import Article, ArticleReport, InputError, InputNotice, Report
from newscheck.store import Store
from newscheck.vectors import stored_tokens
from newscheck.verify import support_headlines

ARTICLE, REPORT, ERROR, NOTICE = "article", "report", "error", "notice"
READ_TASKS_PER_WORKER = 4  # inputs are read in this many tasks per analysis actor (more when they are few)


def _row(kind: str, source: str, value: object) -> dict[str, Any]:
    return {"kind": kind, "source": source, "data": pickle.dumps(value)}


def read_and_extract(row: dict[str, Any], settings: Settings) -> list[dict[str, Any]]:
    """One expanded input as rows, in order: each article extracted from it (kind "article"), each input
    that failed ("error") and each notice ("notice"), an article's notices before it."""
    entry = pickle.loads(row["data"])
    if isinstance(entry, InputError):
        return [_row(ERROR, entry.source, entry)]
    errors: list[InputError] = []
    notices: list[InputNotice] = []
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        rows.extend(_row(ERROR, e.source, e) for e in errors)
        rows.extend(_row(NOTICE, n.source, n) for n in notices)
        errors.clear()
        notices.clear()

    for article in extract_documents(ingest([entry], settings), settings, errors, notices):
        flush()
        rows.append(_row(ARTICLE, article.source, article))
    flush()
    return rows


class Analyser:
    """An actor of the pool: annotate, attribute, find claims and read the headline's support in a batch
    of rows' articles; articles the store holds already pass through unanalysed; an article whose
    analysis fails becomes an error."""

    def __init__(self, settings: Settings) -> None:
        self.settings = dataclasses.replace(settings, workers=1)  # one CPU per actor
        url = settings.resolved_db_url()
        self.store = Store(url) if url and url != IN_MEMORY else None

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows = [dict(zip(batch, values)) for values in zip(*batch.values())]
        article_of = {n: pickle.loads(r["data"]) for n, r in enumerate(rows) if r["kind"] == ARTICLE}
        articles = list(article_of.values())
        stored = self.store.stored_ids([a.id for a in articles]) if self.store else set()
        errors: list[InputError] = []
        analysed = analyze_each([a for a in articles if a.id not in stored], self.settings, errors)
        if self.settings.verify and self.settings.nlp:
            support_headlines([r for r in analysed if r.annotation is not None])  # per article: off the driver
        reports = {r.article.id: r for r in analysed}
        failed = {e.source: e for e in errors}
        out: list[dict[str, Any]] = []
        for n, row in enumerate(rows):
            if n in article_of:
                article = article_of[n]
                if article.id in reports:
                    report = reports[article.id]
                    if report.annotation is not None:
                        # a spaCy Doc stays in the process that parsed it; it and the word pieces travel as the store keeps them
                        annotation = report.annotation
                        annotation.stored_parse = stored_parse(annotation, report.article.body)
                        annotation.stored_tokens = stored_tokens(annotation)
                        annotation.doc = None
                        if annotation.vectors is not None:
                            annotation.vectors.tokens = None
                    row = _row(REPORT, row["source"], report)
                elif article.source in failed:
                    row = _row(ERROR, row["source"], failed[article.source])
            out.append(row)
        give_back()
        return {key: [r[key] for r in out] for key in ("kind", "source", "data")}


def connect(ray_settings: RaySettings) -> bool:
    """Join the cluster at ``address``, or start Ray here with the object store capped; True when this
    call started it (and the run shuts it down). A Ray already running in this process is used as it is."""
    import ray

    if ray.is_initialized():
        return False
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR"}
    if ray_settings.address:
        ray.init(address=ray_settings.address, **quiet)
    else:  # a CPU beyond the actors' for the read tasks; workers as nice as this process, which verifies
        ray.init(
            num_cpus=ray_settings.workers + 1,
            object_store_memory=ray_settings.object_store_mb * 2**20,
            _system_config={"worker_niceness": 0},
            **quiet,
        )
    return True


def analyzed_rows(inputs: Iterable[str], settings: Settings) -> Iterator[dict[str, Any]]:
    """The Ray Data pipeline's rows in input order: reports, stored articles, errors and notices."""
    import ray

    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # batches and stories as the local engine forms them
    context.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # not a line per dataset on the CLI's stderr
    items = list(expand_inputs(inputs))
    if not items:
        return
    sources = [i.source if isinstance(i, InputError) else i for i in items]
    blocks = min(len(items), READ_TASKS_PER_WORKER * settings.ray.workers)  # a task per input costs seconds each
    rows = ray.data.from_items([_row("input", s, i) for s, i in zip(sources, items)], override_num_blocks=blocks)
    rows = rows.flat_map(read_and_extract, fn_kwargs={"settings": settings})
    if settings.nlp:
        rows = rows.map_batches(
            Analyser,
            fn_constructor_kwargs={"settings": settings},
            batch_size=settings.batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=settings.ray.workers),
            num_cpus=1,  # Ray Data restarts a killed actor and gives its batch to another
        )
    yield from rows.iter_rows()


def analyze_on_ray(inputs: Iterable[str], settings: Settings, on_progress: ProgressCallback = _no_progress) -> Report:
    """`pipeline.analyze` with the per-article stages on Ray Data; the same report and store."""
    import ray

    inputs = list(inputs)
    if "-" in inputs:
        raise ValueError("the Ray engine reads files, directories and URLs, not stdin ('-')")
    with Store(settings.resolved_db_url() or IN_MEMORY):
        pass  # the schema is migrated once, here, before the actors open the store
    started = connect(settings.ray)
    errors: list[InputError] = []
    notices: list[InputNotice] = []
    analysed: dict[str, ArticleReport] = {}

    def articles() -> Iterator[Article]:
        first_seen = FirstSeen()
        for count, row in enumerate(analyzed_rows(inputs, settings), start=1):
            value = pickle.loads(row["data"])
            if row["kind"] == ERROR:
                errors.append(value)
            elif row["kind"] == NOTICE:
                notices.append(value)
            else:
                article = value.article if row["kind"] == REPORT else value
                if first_seen.keep(article, row["source"], notices):
                    if row["kind"] == REPORT:
                        analysed[article.id] = value
                    yield article
            on_progress("reading", count, None)

    def reports_of(fresh: list[Article], done: int) -> list[ArticleReport]:
        here = analyze_each([a for a in fresh if a.id not in analysed], settings, errors)  # stored when read, gone since
        by_id = {**{r.article.id: r for r in here}, **{a.id: analysed.pop(a.id) for a in fresh if a.id in analysed}}
        reports = [by_id[a.id] for a in fresh if a.id in by_id]
        if reports:
            on_progress("analyzing", done + len(reports), None)
        return reports

    try:
        return stream_into_store(articles(), reports_of, settings, errors, notices, on_progress)
    finally:
        if started:
            ray.shutdown()
