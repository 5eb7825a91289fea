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
from newscheck.memory import give_back
from newscheck.records import Article, ArticleReport, Document, InputError, InputNotice, Report

if TYPE_CHECKING:
    from newscheck.store import Store

ProgressCallback = Callable[[str, int, int | None], None]
IN_MEMORY = "sqlite://"


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


class FirstSeen:
    """The first of identical articles is kept; a later one is named as a duplicate of it."""

    def __init__(self) -> None:
        self.source: dict[str, str] = {}

    def keep(self, article: Article, source: str, notices: list[InputNotice]) -> bool:
        if article.id in self.source:
            first = self.source[article.id]
            notices.append(InputNotice(source, "duplicate", f"same article as {first} (id {article.id}), kept once"))
            return False
        self.source[article.id] = article.source
        return True


def extract_documents(
    docs: Iterable[Document | InputError],
    settings: Settings,
    errors: list[InputError],
    notices: list[InputNotice],
    on_progress: ProgressCallback = _no_progress,
    first_seen: FirstSeen | None = None,
) -> Iterator[Article]:
    """Extract every document as it comes; the same content seen twice is kept once (``first_seen``
    None: no two are the same). Decoding that had to replace bytes is noticed too."""
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
                if first_seen is None or first_seen.keep(article, item.source, notices):
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
    from newscheck.claims import find_claims, find_headline_claims
    from newscheck.vectors import embed_articles

    for report, annotation in zip(english, annotate([r.article for r in english], settings), strict=True):
        report.annotation = annotation
    # Every sentence embedded once: claims, stories, cross-checks, and the judge's word pieces, stored with them.
    for report, vectors in zip(english, embed_articles(english, keep_tokens=True), strict=True):
        report.annotation.vectors = vectors
    for count, report in enumerate(english, start=done + 1):
        annotation = report.annotation
        report.quotes = attribute(report.article, annotation)
        report.claims = find_claims(report.article, annotation, report.quotes)
        on_progress("analyzing", count, None)
    headline_claims = find_headline_claims([r.article for r in english], [r.annotation for r in english])
    for report, claim in zip(english, headline_claims, strict=True):
        report.headline_claim = claim
    return reports


def analyze_each(
    articles: list[Article],
    settings: Settings,
    errors: list[InputError],
    on_progress: ProgressCallback = _no_progress,
    done: int = 0,
) -> list[ArticleReport]:
    """`analyze_articles`; when the batch fails, article by article, and one that fails alone is an error
    (its report is left out) while the others go on."""
    try:
        return analyze_articles(articles, settings, on_progress, done)
    except Exception as exc:  # one article the parser or a stage cannot take must not sink the run
        if len(articles) == 1:
            errors.append(InputError(articles[0].source, f"analysis failed: {type(exc).__name__}: {exc}"))
            return []
        return [r for a in articles for r in analyze_each([a], settings, errors)]


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
    and cross-checks they are in as the whole store now reads them. ``Settings.ray.engine`` "ray" runs
    the per-article stages on Ray Data (`newscheck.raydata`) and verifies here the same way."""
    settings = settings or Settings()
    if settings.ray.engine == "ray":
        from newscheck.raydata import analyze_on_ray

        return analyze_on_ray(inputs, settings, on_progress)
    errors: list[InputError] = []
    notices: list[InputNotice] = []
    articles = extract_documents(ingest(inputs, settings, stdin=stdin), settings, errors, notices, on_progress, FirstSeen())

    def analysed(fresh: list[Article], done: int) -> list[ArticleReport]:
        return analyze_each(fresh, settings, errors, on_progress, done)

    return stream_into_store(articles, analysed, settings, errors, notices, on_progress)


def stream_into_store(
    articles: Iterable[Article],
    analysed: Callable[[list[Article], int], list[ArticleReport]],
    settings: Settings,
    errors: list[InputError],
    notices: list[InputNotice],
    on_progress: ProgressCallback = _no_progress,
) -> Report:
    """Take the articles ``Settings.batch_size`` at a time; analyse those not stored yet (``analysed``
    gets them and the count done before), verify them against the store and commit them with what
    their verification changed, before the next batch is read. The errors met so far are stored too.
    With ``Settings.run_report`` off nothing of a committed batch is kept: the report holds counts."""
    from newscheck.store import Store

    if not settings.run_report and not settings.resolved_db_url():
        raise ValueError("a run that keeps no report keeps its analysis only in a store: set Settings.db_url")
    reports: list[ArticleReport] = []
    done = 0
    verifying = settings.verify and settings.nlp
    with Store(settings.resolved_db_url() or IN_MEMORY) as store:
        stored_before: list[str] = []
        errors_saved = 0
        for batch in _batches(articles, settings.batch_size):
            stored = store.stored_ids([a.id for a in batch])
            stored_before += [a.id for a in batch if a.id in stored]
            fresh = analysed([a for a in batch if a.id not in stored], done)
            if verifying:
                from newscheck.corpus import verify_batch

                verify_batch(fresh, store, settings)
            else:
                store.save_batch(fresh)
            for report in fresh:
                annotation = report.annotation
                if annotation is not None:  # they served this batch; memory stays flat
                    annotation.doc = annotation.vectors = annotation.stored_parse = annotation.stored_tokens = None
            give_back()
            done += len(fresh)
            if settings.run_report:
                reports += fresh
            store.save_errors(errors[errors_saved:])
            errors_saved = len(errors)
            on_progress("storing", done + len(stored_before), None)
        store.save_errors(errors[errors_saved:])
        if not settings.run_report:
            return Report(errors=errors, notices=notices, analyzed=done + len(stored_before))
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
