"""The whole pipeline over a stream of inputs: the one entry point CLI, server and API share.

Documents flow in batches of ``Settings.batch_size``: extract, annotate, attribute, find claims, then
verify the batch against everything stored (see :mod:`newscheck.corpus`) and commit it, before the next
batch is read. A run killed part-way keeps every batch it committed; a rerun skips the articles already
stored. Without a database the run streams through a store in memory, so a batch is checked against the
run's earlier batches the same way. Heavy stages (spaCy, the stance and embedding models) are imported
when first needed, so `newscheck --help` and extraction-only runs start fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, BinaryIO

from newscheck.config import Settings
from newscheck.encoding import DECODING_WARNING
from newscheck.extract import ExtractError, extract
from newscheck.ingest import ingest
from newscheck.records import Article, ArticleReport, Document, InputError, InputNotice, Report

if TYPE_CHECKING:
    from newscheck.store import Store

ProgressCallback = Callable[[str, int, int | None], None]
IN_MEMORY = "sqlite://"


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def extract_documents(
    docs: Iterable[Document | InputError],
    settings: Settings,
    errors: list[InputError],
    notices: list[InputNotice],
    on_progress: ProgressCallback = _no_progress,
) -> Iterator[Article]:
    """Extract every document as it comes; the same content seen twice is kept once, and the second input
    is named as a duplicate of the first. Decoding that had to replace bytes is noticed too."""
    first_source: dict[str, str] = {}
    for count, item in enumerate(docs, start=1):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            try:
                article = extract(item, settings)
            except ExtractError as exc:
                errors.append(InputError(item.source, str(exc)))
            except Exception as exc:  # one broken page must not sink the batch
                errors.append(InputError(item.source, f"extraction failed: {type(exc).__name__}: {exc}"))
            else:
                notices.extend(
                    InputNotice(item.source, "decoding", w) for w in article.warnings if w.startswith(DECODING_WARNING)
                )
                if article.id in first_source:
                    source = first_source[article.id]
                    notices.append(
                        InputNotice(item.source, "duplicate", f"same article as {source} (id {article.id}), kept once")
                    )
                else:
                    first_source[article.id] = article.source
                    yield article
        on_progress("reading", count, None)


def analyze_articles(
    articles: list[Article], settings: Settings, on_progress: ProgressCallback = _no_progress, done: int = 0
) -> list[ArticleReport]:
    """Annotate, attribute and find claims in every English article."""
    reports = [ArticleReport(article=a) for a in articles]
    english = [r for r in reports if r.article.language == "en"]
    if not settings.nlp or not english:
        return reports
    from newscheck.annotate import annotate
    from newscheck.attribute import attribute
    from newscheck.claims import find_claims
    from newscheck.vectors import embed_articles

    for report, annotation in zip(english, annotate([r.article for r in english], settings), strict=True):
        report.annotation = annotation
    for report, vectors in zip(english, embed_articles(english), strict=True):
        report.annotation.vectors = vectors  # every sentence embedded once: claims, stories, cross-checks
    for count, report in enumerate(english, start=done + 1):
        annotation = report.annotation
        report.quotes = attribute(report.article, annotation)
        report.claims = find_claims(report.article, annotation, report.quotes)
        on_progress("analyzing", count, None)
    return reports


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def analyze(
    inputs: Iterable[str],
    settings: Settings | None = None,
    on_progress: ProgressCallback = _no_progress,
    stdin: BinaryIO | None = None,
) -> Report:
    """Run every stage over the inputs batch by batch, each batch checked against the store and committed.
    The report holds this run's articles (those already stored as they were stored), with the stories
    and cross-checks they are in as the whole store now reads them."""
    from newscheck.store import Store

    settings = settings or Settings()
    errors: list[InputError] = []
    notices: list[InputNotice] = []
    reports: list[ArticleReport] = []
    verifying = settings.verify and settings.nlp
    with Store(settings.resolved_db_url() or IN_MEMORY) as store:
        stored_before: list[str] = []
        for batch in _batches(
            extract_documents(ingest(inputs, settings, stdin=stdin), settings, errors, notices, on_progress), settings.batch_size
        ):
            stored = store.stored_ids([a.id for a in batch])
            stored_before += [a.id for a in batch if a.id in stored]
            fresh = analyze_articles([a for a in batch if a.id not in stored], settings, on_progress, len(reports))
            if verifying:
                from newscheck.corpus import verify_batch

                verify_batch(fresh, store, settings)
            else:
                store.save_batch(fresh)
            for report in fresh:
                if report.annotation is not None:
                    report.annotation.doc = None  # the parse served this batch; memory stays flat
            reports += fresh
            on_progress("storing", len(reports) + len(stored_before), None)
        return _run_report(store, reports, stored_before, errors, notices)


def _run_report(
    store: Store, reports: list[ArticleReport], stored_before: list[str], errors: list[InputError], notices: list[InputNotice]
) -> Report:
    """This run's articles as the store now holds them: later batches may have changed the signals of
    earlier ones, and their stories and verdicts."""
    ids = [r.article.id for r in reports] + stored_before
    stored = store.load_report(ids)
    by_id = {r.article.id: r for r in stored.articles}
    for report in reports:
        now = by_id[report.article.id]
        report.signals, report.headline_support = now.signals, now.headline_support
    articles = reports + [by_id[a] for a in stored_before if a in by_id]
    return Report(articles=articles, stories=stored.stories, crosschecks=stored.crosschecks, errors=errors, notices=notices)
