"""The whole pipeline over a batch of inputs: the one entry point CLI, server and API share.

Heavy stages (spaCy, the stance and embedding models) are imported when first
needed, so `newscheck --help` and extraction-only runs start fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from newscheck.config import Settings
from newscheck.encoding import DECODING_WARNING
from newscheck.extract import ExtractError, extract
from newscheck.ingest import ingest
from newscheck.records import Article, ArticleReport, Document, InputError, InputNotice, Report

ProgressCallback = Callable[[str, int, int | None], None]


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def extract_documents(
    docs: Iterable[Document | InputError], settings: Settings, on_progress: ProgressCallback = _no_progress
) -> tuple[list[Article], list[InputError], list[InputNotice]]:
    """Extract every document; the same content seen twice is kept once, and the second input is named as
    a duplicate of the first. Decoding that had to replace bytes is noticed too."""
    articles: dict[str, Article] = {}
    errors: list[InputError] = []
    notices: list[InputNotice] = []
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
                first = articles.setdefault(article.id, article)
                if first is not article:
                    notices.append(
                        InputNotice(item.source, "duplicate", f"same article as {first.source} (id {first.id}), kept once")
                    )
                notices.extend(
                    InputNotice(item.source, "decoding", w) for w in article.warnings if w.startswith(DECODING_WARNING)
                )
        on_progress("reading", count, None)
    return list(articles.values()), errors, notices


def analyze_articles(
    articles: list[Article], settings: Settings, on_progress: ProgressCallback = _no_progress
) -> list[ArticleReport]:
    """Annotate, attribute and find claims in every English article."""
    reports = [ArticleReport(article=a) for a in articles]
    english = [r for r in reports if r.article.language == "en"]
    if not settings.nlp or not english:
        return reports
    from newscheck.annotate import annotate
    from newscheck.attribute import attribute
    from newscheck.claims import find_claims

    annotations = annotate([r.article for r in english], settings)
    for done, (report, annotation) in enumerate(zip(english, annotations, strict=True), start=1):
        report.annotation = annotation
        report.quotes = attribute(report.article, annotation)
        report.claims = find_claims(report.article, annotation, report.quotes)
        on_progress("analyzing", done, len(english))
    return reports


def verify_reports(report: Report, settings: Settings) -> None:
    """Stories, cross-checks, headline support and signals over the whole batch."""
    if not settings.verify or not settings.nlp or not report.articles:
        return
    from newscheck.stories import build_stories
    from newscheck.verify import verify

    report.stories = build_stories(report.articles, settings)
    report.crosschecks = verify(report.articles, report.stories, settings)


def analyze(
    inputs: Iterable[str],
    settings: Settings | None = None,
    on_progress: ProgressCallback = _no_progress,
    stdin: BinaryIO | None = None,
) -> Report:
    """Run every stage over the inputs together, store the result when a database is set."""
    settings = settings or Settings()
    articles, errors, notices = extract_documents(ingest(inputs, settings, stdin=stdin), settings, on_progress)
    report = Report(articles=analyze_articles(articles, settings, on_progress), errors=errors, notices=notices)
    verify_reports(report, settings)
    db_url = settings.resolved_db_url()
    if db_url:
        from newscheck.store import Store

        with Store(db_url) as store:
            store.save_report(report, batch_size=settings.batch_size, on_progress=on_progress)
    return report
