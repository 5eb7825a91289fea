"""Every piece of evidence in every report points at its own text: body[start:end] == text, whichever
stage wrote it (claims, quotes, headline support, cross-checks, signals)."""

from __future__ import annotations

import pytest
from analyzed_examples import analyzed_corpus, analyzed_seeds

from newscheck.records import Report


def _evidence(report: Report):
    """(what, shown text, the text it points into, start, end) for every piece of evidence."""
    articles = {a.article.id: a.article for a in report.articles}
    for item in report.articles:
        body = item.article.body
        for claim in item.claims:
            yield "claim", claim.text, body, claim.start, claim.end
        for quote in item.quotes:
            yield "quote", quote.text, body, quote.start, quote.end
        if item.headline_support is not None:
            for text, span in zip(item.headline_support.evidence, item.headline_support.evidence_spans, strict=True):
                yield "headline support", text, body, span.start, span.end
        for signal in item.signals:
            assert len(signal.evidence) == len(signal.evidence_spans), signal.code
            for text, span in zip(signal.evidence, signal.evidence_spans):
                source = articles[span.article_id]
                where = source.headline if span.field == "headline" else source.body
                yield f"signal {signal.code}", text, where, span.start, span.end
    for check in report.crosschecks:
        for e in check.evidence:
            yield "cross-check", e.sentence, articles[e.article_id].body, e.start, e.end


@pytest.mark.parametrize("report", [analyzed_seeds, analyzed_corpus], ids=["seeds", "corpus"])
def test_every_piece_of_evidence_is_the_text_at_its_offsets(report):
    pieces = list(_evidence(report()))
    assert len(pieces) > 50
    wrong = [(what, text[:60], where[start:end][:60]) for what, text, where, start, end in pieces if where[start:end] != text]
    assert not wrong, wrong[:5]


def test_signal_evidence_never_starts_inside_a_word():
    """A sentence shown around a match starts at a sentence start (once it lost its first letter)."""
    for report in (analyzed_seeds(), analyzed_corpus()):
        bodies = {a.article.id: a.article.body for a in report.articles}
        for item in report.articles:
            for signal in item.signals:
                for span in signal.evidence_spans:
                    body = bodies[span.article_id]
                    if span.field == "body" and span.start > 0:
                        assert not body[span.start - 1].isalnum(), (signal.code, body[span.start - 5 : span.start + 20])
