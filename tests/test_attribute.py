"""Attribute stage: quotes, speakers and source types on the seeds and our own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.annotate import annotate
from newscheck.attribute import attribute, find_direct_quotes
from newscheck.config import Settings
from newscheck.extract import extract_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "attribution"


def _quotes_of(paths):
    articles = [extract_text(p.read_text("utf-8"), str(p)) for p in paths]
    annotations = annotate(articles, Settings(workers=1))
    return {Path(a.source).name[:3]: (a, attribute(a, ann)) for a, ann in zip(articles, annotations)}


@pytest.fixture(scope="module")
def seeds(seed_000, seed_001):
    return _quotes_of([seed_000, seed_001])


@pytest.fixture(scope="module")
def examples():
    return _quotes_of(sorted(EXAMPLES.glob("*.txt")))


def _find(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote contains {fragment!r}: {[q.text for q in quotes]}"
    return found[0]


# ---- seeds --------------------------------------------------------------------------------
def test_seed_dual_reaction_quote_is_zakharovas_with_her_role(seeds):
    quote = _find(seeds["000"][1], "dual reaction")
    assert quote.speaker == "Maria Zakharova"
    assert quote.source_type == "named"
    assert quote.speaker_role == "Russian Foreign Ministry spokesperson"
    assert quote.speaker_country == "RUS"
    assert quote.direct and quote.complete


def test_seed_partial_quote_inside_reported_speech_goes_to_the_reporting_speaker(seeds):
    quote = _find([q for q in seeds["000"][1] if q.direct], "merely political")
    assert quote.speaker == "Maria Zakharova"


def test_seed_japanese_media_report_is_a_media_source(seeds):
    quote = _find(seeds["000"][1], "intermediate-range nuclear missiles")
    assert quote.source_type == "media"
    assert quote.speaker == "Japanese media"


def test_seed_inverted_unnamed_spokesperson(seeds):
    quote = _find(seeds["001"][1], "Every bullet")
    assert quote.source_type == "unnamed"
    assert "Ukrainian defense spokesperson" in quote.speaker
    assert quote.speaker_country == "UKR"


def test_seed_unclosed_blinken_quote_is_incomplete(seeds):
    article, quotes = seeds["001"]
    quote = _find(quotes, "Any substantial support")
    assert quote.speaker == "Antony Blinken"
    assert quote.complete is False
    assert quote.text.endswith("international system.")
    assert article.body[quote.start : quote.end] == quote.text


def test_seed_us_officials_are_unnamed(seeds):
    officials = [q for q in seeds["001"][1] if q.speaker and "US officials" in q.speaker]
    assert len(officials) == 2
    assert all(q.source_type == "unnamed" for q in officials)


def test_every_quote_offset_matches_its_text(seeds, examples):
    for article, quotes in [*seeds.values(), *examples.values()]:
        for quote in quotes:
            assert article.body[quote.start : quote.end] == quote.text


# ---- own examples -------------------------------------------------------------------------
def test_speaker_named_after_the_quote(examples):
    quote = _find(examples["01_"][1], "We have waited eleven months")
    assert (quote.speaker, quote.speaker_role) == ("Pieter van Aalst", "chairman of the Haven Union")


def test_quote_continuing_in_the_next_sentence_keeps_its_speaker(examples):
    assert _find(examples["01_"][1], "Today they will see").speaker == "Pieter van Aalst"


def test_according_to_at_sentence_end_after_a_wire_dateline(examples):
    quote = _find(examples["01_"][1], "Thousands of dock workers")
    assert quote.cue == "according to"
    assert quote.speaker == "port authority"
    assert not quote.text.startswith("ROTTERDAM")


def test_name_in_apposition_after_a_role_and_the_role_noun_later(examples):
    quotes = examples["01_"][1]
    assert _find(quotes, "fair offer on the table").speaker == "Ingrid Bosch"
    assert _find(quotes, "contingency plans").speaker == "Ingrid Bosch"  # "The spokeswoman added"


def test_pronoun_goes_to_the_nearest_person_mentioned_before(examples):
    assert _find(examples["01_"][1], "would not intervene").speaker == "Ruud Hekking"
    assert _find(examples["03_"][1], "eastern section").speaker == "Marcus Lindqvist"


def test_quote_across_paragraphs_is_one_quote(examples):
    article, quotes = examples["03_"]
    quote = _find(quotes, "When we built these walls")
    assert "Nobody in this town" in quote.text
    assert "\n\n" in quote.text
    assert quote.speaker == "Helen Okafor" and quote.complete


def test_nested_quote_stays_inside_the_outer_quote(examples):
    quotes = examples["03_"][1]
    quote = _find(quotes, "My neighbour said to me")
    assert "last time I carry sandbags" in quote.text
    assert quote.speaker == "Dev Patel"
    assert not any(q.text.startswith("This is the last time") for q in quotes)


def test_several_speakers_in_one_paragraph(examples):
    quotes = examples["04_"][1]
    assert _find(quotes, "cut bus journey times").speaker == "Amira Haddad"
    assert _find(quotes, "a war on people").speaker == "Brian Cole"
    assert _find(quotes, "had not been consulted").speaker == "Lena Fischer"
    assert _find(quotes, "passing trade").speaker == "shop owners"
    assert _find(quotes, "more customers").speaker == "cafe owner"


def test_denial_by_a_named_ministry(examples):
    quote = _find(examples["02_"][1], "secret shipment")
    assert quote.cue == "denied"
    assert (quote.speaker, quote.source_type, quote.speaker_country) == ("Polish Foreign Ministry", "named", "POL")


def test_media_sources(examples):
    quotes = examples["05_"][1]
    assert _find(quotes, "31 percent").source_type == "media"
    assert _find(quotes, "night-time water pressure").source_type == "media"
    assert _find(quotes, "truck water").speaker == "Expansión"
    assert _find(examples["02_"][1], "two cargo planes").speaker == "Krakow Courier"


@pytest.mark.parametrize(
    "key, fragment",
    [
        ("06_", "additional troops"),  # "two Indian security officials"
        ("06_", "no shots were fired"),  # "The officials, who spoke on condition of anonymity"
        ("06_", "worst confrontation"),  # "one of the officials"
        ("06_", "hold every position"),  # "A senior government official"
        ("06_", "complicate talks"),  # "Analysts"
        ("06_", "new tents"),  # "according to people who have seen them"
        ("08_", "two rare metals"),  # "officials familiar with the negotiations"
        ("08_", "White House welcomed"),  # "a State Department spokesperson"
        ("10_", "gone smoothly"),  # "A poll worker who asked not to be named"
        ("11_", "exchanges collapse"),  # "a Western diplomat"
    ],
)
def test_every_kind_of_unnamed_source(examples, key, fragment):
    assert _find(examples[key][1], fragment).source_type == "unnamed"


def test_unclosed_quote_runs_to_the_paragraph_end(examples):
    quote = _find(examples["07_"][1], "I woke up to smoke alarms")
    assert quote.complete is False
    assert quote.text.endswith("called me since.")
    assert quote.speaker == "customer in Leeds"


def test_quote_after_a_colon_and_a_name_in_apposition(examples):
    assert _find(examples["09_"][1], "protect frontline care").speaker == "Rachel Moore"


def test_split_quote_keeps_its_speaker(examples):
    quotes = examples["10_"][1]
    assert _find(quotes, "The voters have spoken").speaker == "Tom Hughes"
    assert _find(quotes, "speak again in the recount").speaker == "Tom Hughes"


# ---- quotation-mark scanner ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["", '"', "“", "”", '"a" "b', "He said “one “two” three", "‘", "it’s Bob’s", "“x\n\n“y\n\nz", '"\n\n"\n\n"'],
)
def test_scanner_never_raises_on_broken_marks(text):
    for quote in find_direct_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_scanner_marks_a_quote_open_at_the_end_incomplete():
    text = 'She said: "We will not stop.\n\nThe vote is on Friday.'
    (quote,) = find_direct_quotes(text)
    assert text[quote.start : quote.end] == "We will not stop."
    assert quote.complete is False


def test_apostrophes_are_not_quotation_marks():
    assert find_direct_quotes("Ukraine’s army and Russia’s navy met at Kyiv’s port.") == []


def test_truncated_articles_never_raise_and_keep_offsets_exact():
    from newscheck.claims import find_claims
    from newscheck.records import Article

    text = "\n\n".join(p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:6])
    cuts = [(start, start + length) for start in range(0, len(text), 397) for length in (61, 233)]
    articles = [Article(id=f"cut{i}", source="<cut>", headline="", body=text[a:b]) for i, (a, b) in enumerate(cuts)]
    articles.append(Article(id="empty", source="<cut>", headline="", body=""))
    for article, annotation in zip(articles, annotate(articles, Settings(workers=1))):
        quotes = attribute(article, annotation)
        assert all(article.body[q.start : q.end] == q.text for q in quotes)
        claims = find_claims(article, annotation, quotes)
        assert all(article.body[c.start : c.end] == c.text for c in claims)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newscheck.extract import ExtractError, extract  # noqa: E402
from newscheck.records import Document  # noqa: E402

_PIECES = st.sampled_from(
    ["“", "”", '"', "«", "»", "said", "the minister", "according to", "officials", "\n\n", ". ", ", ", "\ud800", "\x00", "—"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(st.characters(codec=None), max_size=12)), max_size=60).map(" ".join))
def test_attribution_reads_any_text_and_its_quotes_point_into_the_body(text):
    from newscheck.annotate import annotate

    try:
        article = extract(Document(source="hypothesis", content=text, kind="text"), Settings())
    except ExtractError:
        return
    [annotation] = annotate([article], Settings(workers=1, progress=False))
    for quote in attribute(article, annotation):
        assert 0 <= quote.start <= quote.end <= len(article.body)


def _speakers_of(texts: list[str]) -> list[list[tuple[str, str]]]:
    from newscheck.records import Article

    articles = [Article(id=f"o{n}", source="t", headline="", body=t, paragraphs=[t]) for n, t in enumerate(texts)]
    return [
        [(q.speaker, q.source_type) for q in attribute(a, annotation)]
        for a, annotation in zip(articles, annotate(articles, Settings(workers=1)))
    ]


def test_a_definite_office_named_on_first_mention_is_a_named_source_and_a_bare_official_is_not():
    office, possessive, official, indefinite = _speakers_of(
        [
            "Tuition fees will rise next year, the education secretary said on Monday.",
            "Port Mirren's mayor said the bridge would reopen in June.",
            "The official said the talks had stalled.",
            "A senior official said the talks had stalled.",
        ]
    )
    assert office == [("education secretary", "named")]
    assert possessive == [("Port Mirren's mayor", "named")]
    assert official == [("official", "unnamed")]
    assert indefinite == [("senior official", "unnamed")]


def test_a_document_reports_for_the_organisation_it_comes_from_and_unowned_figures_are_unnamed():
    audit, statistics, figures, police = _speakers_of(
        [
            "A report by the Valdorian Audit Office found that 40 percent of contracts were awarded without tender.",
            "Data from the statistics office showed that unemployment rose to 7 percent in March.",
            "Official figures showed that exports fell by a fifth in the first quarter.",
            "Police found a body near the harbour on Sunday.",
        ]
    )
    assert audit == [("Valdorian Audit Office", "named")]
    assert statistics == [("statistics office", "named")]
    assert figures == [("Official figures", "unnamed")]
    assert police == []  # finding a thing is no report


def test_she_skips_a_man_named_since_and_goes_to_the_woman_who_spoke_before():
    (quotes,) = _speakers_of(
        [
            "Spokeswoman Ana Moll said the ferry would run again on Friday. Mr Jonas Brekke, the harbour master, "
            "said the pier was safe. She added that tickets would be refunded."
        ]
    )
    assert [name for name, _ in quotes] == ["Spokeswoman Ana Moll", "Jonas Brekke", "Spokeswoman Ana Moll"]


def test_a_that_clause_after_a_phrase_between_is_what_the_outlet_reported():
    from newscheck.records import Article

    body = (
        "The Harbour Gazette reported on Monday, citing two people close to the board, that Dorn Ferries would close "
        "its Elmsworth route in April."
    )
    article = Article(id="gazette", source="t", headline="", body=body, paragraphs=[body])
    quotes = attribute(article, annotate([article], Settings(workers=1))[0])
    assert [(q.speaker, q.source_type, body[q.start : q.end]) for q in quotes] == [
        ("Harbour Gazette", "media", "Dorn Ferries would close its Elmsworth route in April")
    ]
