"""HTML report: self-contained, escaped, themed, and readable in a real browser (headless Chromium).

The hand-built article is fictional, written for newscheck's tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from analyzed_examples import analyzed_seeds

from newscheck.records import (
    Article,
    ArticleReport,
    Claim,
    Crosscheck,
    CrosscheckEvidence,
    Event,
    HeadlineSupport,
    Quote,
    Report,
    Signal,
    Story,
)
from newscheck.report.html import render_html

HOSTILE = "<script>alert('x')</script>"


def _report() -> Report:
    body = f'Harbour master Lena Brook said Dock 4 closed on Monday. {HOSTILE} "It will reopen in May," she said.'
    article = Article(
        id="h1", source="https://example.test/dock", headline=f"Dock 4 closes {HOSTILE}", body=body, paragraphs=[body]
    )
    first = "Harbour master Lena Brook said Dock 4 closed on Monday."
    quote = "It will reopen in May,"
    item = ArticleReport(
        article,
        quotes=[
            Quote(quote, "Lena Brook", "harbour master", "named", True, True, body.index(quote), body.index(quote) + len(quote))
        ],
        claims=[Claim("c1", first, "Lena Brook", "named", False, False, 0.9, 0, len(first))],
        headline_support=HeadlineSupport("supported", [first], "Lena Brook states it."),
        signals=[Signal("loaded_language", "info", f"Wording {HOSTILE}", [HOSTILE])],
    )
    evidence = CrosscheckEvidence("h2", f"Dock 4 stayed open {HOSTILE}", "disagree")
    return Report(
        [item], [Story("s1", f"Dock {HOSTILE}", ["h1"], [["h1"]])], [Crosscheck("c1", "h1", "contested", [evidence], 1)]
    )


def test_everything_from_the_articles_is_html_escaped():
    page = render_html(_report())
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_page_is_self_contained():
    page = render_html(_report())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and not re.search(r"url\((?!#)", page)  # url(#id) is the page's own
    assert "https://example.test/dock" in page  # the source is shown as text, never loaded


def test_page_has_light_and_dark_themes_and_a_toggle():
    page = render_html(_report())
    assert "prefers-color-scheme:dark" in page and "data-theme=dark" in page
    assert 'onclick="toggleTheme()"' in page


def test_claims_are_highlighted_in_the_body_by_verdict_and_linked_to_their_row():
    page = render_html(_report())
    assert '<mark class="v-contested" title="Claim 1 · Lena Brook (named) · contested" id="a-h1-c1">' in page
    assert 'href="#a-h1-r1"' in page and 'id="a-h1-r1"' in page


def test_sources_table_counts_claims_and_quotes_per_source():
    page = render_html(_report())
    assert re.search(
        r"<td>Lena Brook</td><td><span class=\"pill src-named\">named</span></td><td class=\"num\">1</td><td class=\"num\">1</td>",
        page,
    )


def _events_report() -> Report:
    """One article stating an attack, a denied supply and an attack that did not happen."""
    sentences = ["Ostria shelled Valdria at dawn.", "Ostria denied sending drones to Valdria.", "Valdria did not attack Ostria."]
    body = " ".join(sentences)
    events = [
        Event("ASSAULT", "Ostria", "Valdria"),
        Event("AID", "Ostria", "Valdria", "reported", "denied"),
        Event("ASSAULT", "Valdria", "Ostria", polarity="negated"),
    ]
    claims = []
    for n, (sentence, event) in enumerate(zip(sentences, events)):
        start = body.index(sentence)
        claims.append(Claim(f"c{n}", sentence, None, "outlet", False, False, 0.9, start, start + len(sentence), events=[event]))
    article = Article(id="e1", source="e1.txt", headline="Shelling at dawn", body=body, paragraphs=[body], published="2025-05-01")
    return Report([ArticleReport(article, claims=claims)])


def test_actor_graph_draws_an_arrow_per_event_dashed_when_denied_dotted_when_negated_linked_to_its_claims():
    page = render_html(_events_report())
    svg = page[page.index("<svg") : page.index("</svg>")]
    arrows = re.findall(r'<a href="#([^"]+)" class="edge"><title>([^<]+)</title><path [^>]*style="([^"]+)"', svg)
    by_tip = {tip.split(":")[0] + ":" + tip.split(": ")[1].split(" ")[0]: (href, style) for href, tip, style in arrows}
    assert set(by_tip) == {"Ostria → Valdria:ASSAULT", "Ostria → Valdria:AID", "Valdria → Ostria:ASSAULT"}
    assert "stroke-dasharray" not in by_tip["Ostria → Valdria:ASSAULT"][1]
    assert "stroke-dasharray:7 5" in by_tip["Ostria → Valdria:AID"][1]
    assert "stroke-dasharray:2 4" in by_tip["Valdria → Ostria:ASSAULT"][1]
    href = by_tip["Ostria → Valdria:AID"][0]
    entry = page[page.index(f'<li id="{href}">') :]
    assert "denial unverified" in entry[:200] and 'href="#a-e1-r2">Ostria denied sending drones to Valdria.</a>' in entry
    assert "Timeline: Ostria and Valdria (3 events)" in page


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def _run_chromium(*args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions"]
    return subprocess.run([_chromium(), *flags, *args], capture_output=True, text=True, timeout=120)


def test_seed_report_renders_in_chromium_with_its_verdicts_on_the_page(tmp_path):
    page = tmp_path / "seeds.html"
    page.write_text(render_html(analyzed_seeds()), encoding="utf-8")
    dom = _run_chromium("--dump-dom", page.as_uri()).stdout
    assert "Headline only partly supported" in dom or "Headline not supported by its sources" in dom
    assert "dual reaction" in dom
    for code in ("headline_unsupported", "anonymous_sourcing", "quote_integrity", "formulaic_text"):
        assert f'data-code="{code}"' in dom, code
    assert "<strong>Russia → United States</strong>: MOBILIZE" in dom and "the outlet's own assertion" in dom
    assert re.search(
        r"<strong>China → Russia</strong>: AID <span class=\"meta\">\(reported, affirmed\) · rests on unnamed sources only", dom
    )
    shot = tmp_path / "seeds.png"
    _run_chromium("--window-size=1100,2400", f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a rendered page, not a blank one


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newscheck.report import render  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(codec=None), max_size=80), st.text(st.characters(codec=None), max_size=300))
def test_every_renderer_takes_any_text_and_html_never_lets_markup_through(headline, body):
    body = body or "x"
    article = Article(id="f1", source=headline, headline=headline + HOSTILE, body=body, paragraphs=[body])
    claim = Claim("c1", body, headline, "named", False, False, 0.5, 0, len(body))
    evidence = CrosscheckEvidence("f1", body + HOSTILE, "disagree", 0, len(body), clash=headline)
    report = Report([ArticleReport(article, claims=[claim])], [Story("s1", headline, ["f1"], [["f1"]])],
                    [Crosscheck("c1", "f1", "contradicted", [evidence], 1, 0.5)])  # fmt: skip
    for fmt in ("json", "md", "html"):
        page = render(report, fmt)
        assert page
    assert HOSTILE not in render(report, "html")


def test_only_check_worthy_or_disputed_claims_are_marked_in_the_text_and_every_claim_is_in_the_table():
    sentences = ["The mayor opened the new bridge on Monday.", "It was sunny.", "Crowds were small."]
    body = " ".join(sentences)
    scores = [0.9, 0.1, 0.2]
    claims = []
    for n, (sentence, score) in enumerate(zip(sentences, scores)):
        start = body.index(sentence)
        claims.append(Claim(f"k{n}", sentence, None, "outlet", False, False, score, start, start + len(sentence)))
    article = Article(
        id="m1", source="https://www.town-news.example/bridge", headline="Bridge opens", body=body, paragraphs=[body]
    )
    disputed = Crosscheck("k2", "m1", "contradicted", [CrosscheckEvidence("m2", "Crowds were huge.", "disagree")], 2)
    page = render_html(Report([ArticleReport(article, claims=claims)], crosschecks=[disputed]))
    marked = re.findall(r'<mark class="[^"]*"[^>]*>([^<]+)</mark>', page)
    assert marked == ["The mayor opened the new bridge on Monday.", "Crowds were small."]
    assert all(f'id="a-m1-r{n}"' in page for n in (1, 2, 3))


def test_evidence_from_another_article_links_to_its_sentence_as_a_text_fragment():
    page = render_html(_report())
    assert 'href="#a-h2:~:text=Dock%204%20stayed%20open%20%3Cscript%3Ealert' in page  # the markup percent-encoded


def test_a_sentence_link_takes_a_lone_surrogate_from_a_broken_page():
    from newscheck.report.html import sentence_link

    link = sentence_link("/articles/a1", "Talks \ud800 ended")
    assert link.startswith("/articles/a1#:~:text=Talks%20") and link.endswith("%20ended")


def test_the_headlines_claim_is_row_h_of_the_claims_table_and_never_marked_in_the_body():
    body = "The mayor opened the new bridge on Monday."
    article = Article(id="m1", source="m1", headline="Mayor opens Tarn bridge two years late", body=body, paragraphs=[body])
    headline = Claim("kh", "Mayor opens Tarn bridge two years late", None, "outlet", False, False, 0.9, 0, 38, field="headline")
    check = Crosscheck("kh", "m1", "contradicted", [CrosscheckEvidence("m2", "The bridge opened on time.", "disagree")], 2)
    page = render_html(Report([ArticleReport(article, headline_claim=headline)], crosschecks=[check]))
    row = re.search(r'<tr id="a-m1-rH">.*?</tr>', page, re.S).group(0)
    assert "(the headline)" in row and "contradicted" in row.lower()
    assert "<mark" not in page.split('<tr id="a-m1-rH">')[0].split("Mayor opens Tarn bridge")[-1]
