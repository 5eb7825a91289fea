"""Signals: each fires on the pattern it names, with evidence, and stays quiet on sound reporting.

The hand-built articles below are fictional, written for newscheck's tests.
"""

from __future__ import annotations

from newscheck.records import Article, ArticleReport, Claim, Crosscheck, CrosscheckEvidence, HeadlineSupport, Quote, Span
from newscheck.signals import article_signals, formulaic_score

FILLER_BODY = (
    "The town of Elmsworth opened a new library on Monday.\n\n"
    "In conclusion, the library is a complex and evolving story. It raises questions about the future of reading, "
    "and what is certain, however, is that its impact remains to be seen."
)
PLAIN_BODY = (
    "ELMSWORTH, May 4 (Fictional Wire) - The town of Elmsworth opened a new library on Monday, the council said.\n\n"
    '"We expect 500 visitors a day," said librarian Ruth Amsel. The building cost 4 million crowns, according to '
    "the council's budget report, and will open seven days a week."
)


def _report(body: str, headline: str = "Elmsworth opens new library", **article: object) -> ArticleReport:
    fields = {"published": "2026-05-04", "byline": "By Tom Ferris", **article}
    return ArticleReport(Article(id="t1", source="t1", headline=headline, body=body, paragraphs=body.split("\n\n"), **fields))


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _quote(body: str, text: str, speaker: str | None, source_type: str, complete: bool = True) -> Quote:
    return Quote(text, speaker, None, source_type, True, complete, *_span(body, text))


def _claim(body: str, cid: str, text: str, who: str | None, source_type: str, checkworthy: float = 0.8) -> Claim:
    return Claim(cid, text, who, source_type, False, False, checkworthy, *_span(body, text))


def _codes(report: ArticleReport, checks: list[Crosscheck] | None = None, other_outlets: int = 0) -> set[str]:
    return {s.code for s in article_signals(report, checks or [], other_outlets)}


def test_formulaic_text_fires_on_filler_phrases_with_their_sentences_as_evidence():
    report = _report(FILLER_BODY)
    signal = next(s for s in article_signals(report, [], 0) if s.code == "formulaic_text")
    assert "In conclusion" in signal.message
    assert any("complex and evolving story" in e for e in signal.evidence)


def test_formulaic_score_ignores_plain_news_prose():
    score, matches = formulaic_score(PLAIN_BODY, PLAIN_BODY.split("\n\n"))
    assert score == 0 and not matches


def test_one_stock_phrase_is_not_enough_for_formulaic_text():
    body = PLAIN_BODY + "\n\nWhether visitors will come in winter remains to be seen."
    assert "formulaic_text" not in _codes(_report(body))


def test_unclosed_quote_fires_quote_integrity():
    body = PLAIN_BODY + '\n\nThe mayor added, "This is the best day for our town in years.'
    report = _report(body)
    report.quotes = [_quote(body, "This is the best day for our town in years.", "Mayor Hal Venn", "named", complete=False)]
    signal = next(s for s in article_signals(report, [], 0) if s.code == "quote_integrity")
    assert signal.severity == "high" and signal.evidence == ["This is the best day for our town in years."]


def test_quote_cut_off_with_an_ellipsis_fires_quote_integrity():
    body = PLAIN_BODY + '\n\n"The council never told us that the money would..." said a resident.'
    report = _report(body)
    report.quotes = [_quote(body, "The council never told us that the money would...", None, "unnamed")]
    assert "quote_integrity" in _codes(report)


def test_mostly_unnamed_sources_fire_anonymous_sourcing():
    body = "Officials said the plan was final. A senior aide said it would cost more. Librarian Ruth Amsel said it was on time."
    report = _report(body)
    report.claims = [
        _claim(body, "a", "Officials said the plan was final.", "officials", "unnamed"),
        _claim(body, "b", "A senior aide said it would cost more.", "a senior aide", "unnamed"),
        _claim(body, "c", "Librarian Ruth Amsel said it was on time.", "Ruth Amsel", "named"),
    ]
    signal = next(s for s in article_signals(report, [], 0) if s.code == "anonymous_sourcing")
    assert "2 of the 3" in signal.message and len(signal.evidence) == 2


def test_one_unnamed_source_among_named_ones_is_not_anonymous_sourcing():
    body = "Officials said the plan was final. Ruth Amsel said it was on time. Hal Venn said it cost 4 million crowns."
    report = _report(body)
    report.claims = [
        _claim(body, "a", "Officials said the plan was final.", "officials", "unnamed"),
        _claim(body, "b", "Ruth Amsel said it was on time.", "Ruth Amsel", "named"),
        _claim(body, "c", "Hal Venn said it cost 4 million crowns.", "Hal Venn", "named"),
    ]
    assert "anonymous_sourcing" not in _codes(report)


def test_outlet_claims_nobody_corroborates_fire_unattributed_claims_but_corroborated_ones_do_not():
    body = "The library cost 9 million crowns. It was built by prisoners. The mayor hid the bill. Ruth Amsel said it opened."
    report = _report(body)
    report.claims = [
        _claim(body, "a", "The library cost 9 million crowns.", None, "outlet"),
        _claim(body, "b", "It was built by prisoners.", None, "outlet"),
        _claim(body, "c", "The mayor hid the bill.", None, "outlet"),
        _claim(body, "d", "Ruth Amsel said it opened.", "Ruth Amsel", "named"),
    ]
    assert "unattributed_claims" in _codes(report)
    corroborated = [Crosscheck(cid, "t1", "corroborated", [], 2) for cid in ("a", "b")]
    assert "unattributed_claims" not in _codes(report, corroborated)


def test_headline_partly_supported_fires_headline_unsupported_with_the_source_statement():
    report = _report(PLAIN_BODY, headline="Elmsworth library to draw a million readers")
    quoted = "We expect 500 visitors a day,"
    report.headline_support = HeadlineSupport(
        "partial", [quoted], "Ruth Amsel expects 500 a day.", [Span(quoted, *_span(PLAIN_BODY, quoted))]
    )
    signal = next(s for s in article_signals(report, [], 0) if s.code == "headline_unsupported")
    assert signal.severity == "warn" and "We expect 500 visitors a day," in signal.evidence


def test_contradicted_claim_fires_cross_source_conflict_with_the_contradicting_sentence():
    body = "The library cost 9 million crowns, the council said."
    report = _report(body)
    report.claims = [_claim(body, "a", body, "the council", "named")]
    denial = CrosscheckEvidence("t2", "The council said the library cost 4 million crowns, not 9.", "disagree")
    signal = next(
        s
        for s in article_signals(report, [Crosscheck("a", "t1", "contradicted", [denial], 1)], 0)
        if s.code == "cross_source_conflict"
    )
    assert signal.severity == "warn" and signal.evidence == [denial.sentence]


def test_single_source_needs_other_outlets_that_covered_the_story():
    body = "A council aide said the library roof leaks."
    report = _report(body, headline="Elmsworth library roof leaks")
    report.claims = [_claim(body, "a", body, "a council aide", "unnamed")]
    report.headline_support = HeadlineSupport("supported", [body], "The aide states it.", [Span(body, 0, len(body))])
    lonely = [Crosscheck("a", "t1", "unverified", [], 1)]
    assert "single_source" not in _codes(report, lonely, other_outlets=0)
    assert "single_source" in _codes(report, lonely, other_outlets=2)


def test_emotive_headline_and_body_fire_loaded_language_but_quoted_words_do_not_count():
    body = 'The shocking decision sent the town into chaos.\n\n"It is a catastrophic, horrifying mistake," said Hal Venn.'
    report = _report(body, headline="Bombshell: library fury grips Elmsworth")
    report.quotes = [_quote(body, "It is a catastrophic, horrifying mistake,", "Hal Venn", "named")]
    signal = next(s for s in article_signals(report, [], 0) if s.code == "loaded_language")
    assert "catastrophic" not in signal.message and "shocking" in signal.message

    calm = _report(body, headline="Elmsworth opens new library")
    calm.quotes = report.quotes
    assert "loaded_language" not in _codes(calm)  # one loaded word of the outlet's own is not a pattern


def test_missing_date_and_byline_fire_missing_metadata_but_a_wire_dateline_counts_as_source():
    long_body = " ".join(["The library opened on Monday with a reading by local children."] * 15)
    assert "missing_metadata" in _codes(_report(long_body, published=None, byline=None))
    assert "missing_metadata" not in _codes(_report(long_body, byline=None, dateline="ELMSWORTH, May 4 (Fictional Wire) -"))


def test_sound_report_gets_no_signal():
    report = _report(PLAIN_BODY, dateline="ELMSWORTH, May 4 (Fictional Wire) -")
    report.quotes = [_quote(PLAIN_BODY, "We expect 500 visitors a day,", "Ruth Amsel", "named")]
    report.claims = [
        _claim(
            PLAIN_BODY, "a", "The town of Elmsworth opened a new library on Monday, the council said.", "the council", "named"
        ),
        _claim(
            PLAIN_BODY,
            "b",
            "The building cost 4 million crowns, according to the council's budget report",
            "the council",
            "named",
        ),
    ]
    report.headline_support = HeadlineSupport("supported", [report.claims[0].text], "The council states it.")
    assert article_signals(report, [Crosscheck("a", "t1", "corroborated", [], 2)], 1) == []


def _headline_signal(report: ArticleReport, support: HeadlineSupport):
    report.headline_support = support
    return next(s for s in article_signals(report, [], 0) if s.code == "headline_unsupported")


CLOSED_BODY = PLAIN_BODY + " It will not open."
CONTRADICTED = HeadlineSupport(
    "unsupported",
    ["It will not open."],
    "Contradicted.",
    [Span("It will not open.", *_span(CLOSED_BODY, "It will not open."))],
    True,
)


def test_headline_only_the_outlet_states_is_a_note_but_a_contradicting_source_is_high():
    report = _report(CLOSED_BODY, headline="Elmsworth library opens")
    assert _headline_signal(report, HeadlineSupport("unsupported", [], "Only the outlet asserts it.")).severity == "info"
    alarm = _headline_signal(report, CONTRADICTED)
    assert alarm.severity == "high" and "It will not open." in alarm.evidence


def test_a_question_headline_is_a_question_its_sources_do_not_answer_not_an_outlet_claim():
    report = _report(CLOSED_BODY, headline="Will Elmsworth's library open on time?")
    note = _headline_signal(report, HeadlineSupport("unsupported", [], "No source speaks about it."))
    assert note.severity == "info" and note.message.startswith("The headline asks a question")
    answered = _headline_signal(report, CONTRADICTED)
    assert answered.severity == "warn" and "answers no" in answered.message


def test_an_article_without_a_headline_gets_no_headline_signal():
    report = _report(PLAIN_BODY, headline="")
    report.headline_support = HeadlineSupport("unsupported", [], "The article has no headline to check.")
    assert "headline_unsupported" not in _codes(report)
