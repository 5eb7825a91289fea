"""The plain-text segmenter on the seeds and on fictional pages of many shapes (examples/pages)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import numpy as np
import pytest
from conftest import FORWARDED_STORY_EMAIL, fingerprint

from newscheck.extract.plaintext import article_window, line_kind, segment_page, wrap_width

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "examples" / "pages"
NOT_ARTICLES = REPO / "tests" / "data" / "pages"  # menu and search pages: kept out of `make run`
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def _page_path(name: str) -> Path:
    return PAGES / name if (PAGES / name).exists() else NOT_ARTICLES / name


def _body(parts) -> str:
    return "\n\n".join(parts.paragraphs)


def _teaser_pairs(parts) -> list[tuple[str, str]]:
    return [(t.headline, t.text) for t in parts.teasers]


# --- seeds -----------------------------------------------------------------------------------
# What is read from the seeds is pinned by fingerprints (conftest.fingerprint): their text is not copied here.

SEED_000_HEADLINE = "6719fa42233a"
SEED_000_TEASERS = ["b4be80cc0372", "bc870e96f190", "be542f7f1c3a"]
SEED_001_HEADLINE = "fce98a70718c"
SEED_001_BODY_START = "01dafded8900"


def test_seed_000_headline_date_and_body_without_theme_toggles(seed_000):
    parts = segment_page(seed_000.read_text(encoding="utf-8"))
    body = _body(parts)
    assert fingerprint(parts.headline) == SEED_000_HEADLINE
    assert parts.published == "2024-09-12"
    assert fingerprint(body[:25]) == "1c3fc113c7e8"  # how the body begins
    assert "Dark" not in body and "Light" not in body
    assert "Latest News" not in body and "Seymour Hersh" not in body


def test_seed_000_trailing_latest_news_rail_becomes_three_teasers(seed_000):
    parts = segment_page(seed_000.read_text(encoding="utf-8"))
    assert [fingerprint(t.headline) for t in parts.teasers] == SEED_000_TEASERS
    assert fingerprint(parts.teasers[0].text[:47]) == "794ee22387c8"
    assert fingerprint(parts.teasers[2].text) == "6559cc3c5af6"


def test_seed_001_headline_credit_and_body(seed_001):
    parts = segment_page(seed_001.read_text(encoding="utf-8"))
    body = _body(parts)
    assert fingerprint(parts.headline) == SEED_001_HEADLINE
    assert parts.credits == ["Getty Images"]
    assert fingerprint(body[:31]) == SEED_001_BODY_START
    assert "Getty" not in body and "Source:" not in body
    assert fingerprint(body[-39:]) == "88795914c6a3"  # how the body ends


def test_seed_001_as_scraped_with_its_rail_splits_the_glued_headline(seed_000, seed_001):
    """Seed 001's page begins with the "Latest News" rail that the seed files keep at the end of
    seed 000; its last snippet runs into 001's headline with no line break."""
    text_000 = seed_000.read_text(encoding="utf-8")
    page = text_000[text_000.index("\nDark\nLight\n", 1) + 1 :] + seed_001.read_text(encoding="utf-8")
    assert "Greek Foreign MinisterRussia-Ukraine" in page
    parts = segment_page(page)
    body = _body(parts)
    assert fingerprint(parts.headline[:45]) == "80b06a2a3d5b"
    assert len(parts.teasers) == 3
    assert [fingerprint(t.headline) for t in parts.teasers] == SEED_000_TEASERS
    assert all(t.text for t in parts.teasers)
    assert parts.teasers[2].text.endswith("Greek Foreign Minister")
    assert parts.credits == ["Getty Images"]
    assert fingerprint(body[:31]) == SEED_001_BODY_START
    for teaser in parts.teasers:
        assert teaser.text not in body and teaser.headline not in body
    assert "EuroBasket" not in body and "Getty" not in body


# --- fictional example pages -------------------------------------------------------------------


def test_every_example_page_has_expectations():
    assert sorted(p.name for d in (PAGES, NOT_ARTICLES) for p in d.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_page_segments_as_expected(name):
    expected = EXPECTED[name]
    parts = segment_page(_page_path(name).read_text(encoding="utf-8"))
    body = _body(parts)
    assert parts.headline == expected["headline"]
    assert parts.published == expected["published"]
    assert parts.byline == expected["byline"]
    assert parts.dateline == expected["dateline"]
    assert " ".join(body.split()[:6]) == expected["body_starts"]
    assert " ".join(body.split()[-5:]) == expected["body_ends"]
    assert len(parts.paragraphs) == expected["paragraphs"]
    assert [{"headline": h, "text": t} for h, t in _teaser_pairs(parts)] == expected["teasers"]
    assert parts.credits == expected["credits"]
    assert parts.warnings == expected["warnings"]
    for chrome in expected["must_not_contain"]:
        assert chrome not in body, f"{chrome!r} leaked into the body of {name}"
    for repeated in expected.get("contains_once", []):
        assert body.count(repeated) == 1, f"{repeated!r} should appear once (pull quote dropped)"


def test_windows_line_endings_give_the_same_segmentation():
    text = (PAGES / "01_wire_dateline.txt").read_text(encoding="utf-8")
    assert segment_page(text.replace("\n", "\r\n")) == segment_page(text)


def test_wire_dateline_is_cut_from_the_first_paragraph_and_kept():
    parts = segment_page((PAGES / "01_wire_dateline.txt").read_text(encoding="utf-8"))
    assert parts.dateline == "HARBOURTON, March 3 (Northwire) -"
    assert parts.paragraphs[0].startswith("The operator of Calder Bay's")


@pytest.mark.parametrize(
    "dateline",
    [
        "SALTMERE, Ostravia, July 10 (Fictional Wire) -",  # a country between the place and the date
        "KESTRA, Lusmark (Northwire) —",  # a country and the agency, no date
        "VARNE, 5 October (Northwire) -",  # the day before the month
        "Brellin (Northwire) -",  # the place as a name, right before the agency
        "PORT ALVEN, Tamsulia, Oct. 21 -",  # a two-word place, no agency
    ],
)
def test_wire_datelines_of_every_agency_style_are_cut_from_the_lead(dateline):
    page = (
        "Harbour crane collapses at Saltmere\n\n"
        f"{dateline} A crane collapsed at the container port on Monday, injuring two dock workers, the port authority said.\n\n"
        "The authority said the crane had been inspected in March and that an inquiry would start this week.\n"
    )
    parts = segment_page(page)
    assert parts.dateline == dateline
    assert parts.paragraphs[0].startswith("A crane collapsed at the container port")


def test_empty_and_chrome_only_text_give_no_paragraphs():
    for text in ("", "\n\n", "Menu\nHome\nSearch\nSubscribe\n© 2025 Example. All rights reserved."):
        parts = segment_page(text)
        assert parts.paragraphs == []
        assert "no article text found" in parts.warnings


@pytest.mark.parametrize(
    "line",
    [
        "Why Millions of Gamers Are Abandoning the PlayStation Store for Good",
        "Local gamers queue for the new PlayStation console at the mall downtown",
        "Apple unveils a thinner and lighter MacBook Air with longer battery life",
        "The council posted the whole hearing to its YouTube channel after residents complained",
    ],
)
def test_brand_names_in_a_title_are_not_split_as_glued_lines(line):
    page = f"{line}\n\n" + "The council met on Tuesday evening and discussed the matter at length. " * 4
    assert segment_page(page).headline == line


def test_glued_snippet_and_headline_without_a_rail_header_are_split():
    page = (
        "Oldport funicular reopens after a summer of repairs\n"
        "Engineers replaced the cables and both cars, and the first riders queued from\n"
        "Harbour cafe owners complain about new terrace rules\n"
        "The council says the rules are meant to keep the promenade clear for people who "
        "useFerry Operator Cancels Winter Crossings to the Islands\n\n"
        + "The ferry operator said on Monday that it would not run its winter crossings this year. "
        * 3
    )
    parts = segment_page(page)
    assert parts.headline == "Ferry Operator Cancels Winter Crossings to the Islands"
    assert [t.headline for t in parts.teasers] == [
        "Oldport funicular reopens after a summer of repairs",
        "Harbour cafe owners complain about new terrace rules",
    ]
    assert parts.teasers[1].text.endswith("clear for people who use")


@pytest.mark.parametrize("name", ["01_wire_dateline.txt", "04_radio_player.txt", "06_author_box_pull_quote.txt"])
def test_hard_wrapped_page_gives_the_same_article(name):
    text = (PAGES / name).read_text(encoding="utf-8")
    wrapped = "\n\n".join(
        "\n".join(textwrap.fill(line, 72, break_on_hyphens=False) for line in block.split("\n")) for block in text.split("\n\n")
    )
    assert wrapped.count("\n") > text.count("\n")
    plain, parts = segment_page(text), segment_page(wrapped)
    assert (parts.headline, parts.published, parts.byline) == (plain.headline, plain.published, plain.byline)
    assert parts.paragraphs == plain.paragraphs


_BODY = "The council met on Tuesday and agreed the budget after a debate that lasted into the night."


def test_paragraph_cut_mid_sentence_is_kept_and_flagged():
    page = (
        f"Town council approves budget after long debate\n\nBy Jane Doe\n\n{_BODY}\n\n"
        "Councillors from both groups said the compromise protected libraries, while officers "
        "warned that the reserves would be\n\nSubscribe to continue reading\n"
    )
    parts = segment_page(page)
    assert parts.paragraphs[-1].endswith("the reserves would be")
    assert parts.warnings == ["paywall notice removed", "body looks truncated"]


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("Jane Doe | Staff Writer", "Jane Doe", None),
        ("By Jane Doe | Sept. 11, 2024 10:42 AM EDT", "Jane Doe", "2024-09-11"),
        ("Jane Doe, Senior Correspondent · 12 Sep 2024", "Jane Doe", "2024-09-12"),
        ("Posted by admin on March 5, 2025", None, "2025-03-05"),
        ("Updated 3 hours ago", None, None),
    ],
)
def test_byline_and_date_lines_under_the_headline(line, byline, published):
    headline = "Town council approves budget after long debate"
    parts = segment_page(f"{headline}\n\n{line}\n\n{_BODY} {_BODY}\n")
    assert (parts.headline, parts.byline, parts.published) == (headline, byline, published)
    assert line not in "\n".join(parts.paragraphs)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Source: Getty Images", "Getty Images"),
        ("Photo: Reuters/Jane Doe", "Reuters/Jane Doe"),
        ("Firefighters at the pier on Monday. (Photo: Jane Doe/Harbour Pictures)", "Jane Doe/Harbour Pictures"),
        ("Jane Doe/AFP via Getty Images", "Jane Doe/AFP via Getty Images"),
    ],
)
def test_image_credit_lines_become_credits_not_body(line, credit):
    parts = segment_page(f"Town council approves budget after long debate\n\n{line}\n\n{_BODY} {_BODY}\n")
    assert parts.credits == [credit]
    assert line not in "\n".join(parts.paragraphs)


def test_a_short_question_opening_a_text_is_its_headline():
    # Fictional example written for newscheck's tests.
    text = (
        "Is Zarnia's health minister about to quit?\n\n"
        "Zarnia's health minister Petra Holm faces growing pressure over the hospital funding row, with opposition "
        "leaders calling on her to step down.\n\n"
        '"I have no plans to go anywhere," Holm told reporters on Tuesday. Analysts say her position depends on the '
        "outcome of Thursday's budget vote."
    )
    parts = segment_page(text)
    assert parts.headline == "Is Zarnia's health minister about to quit?"
    assert parts.paragraphs[0].startswith("Zarnia's health minister Petra Holm faces")


def test_sentences_glued_at_a_full_stop_and_lines_broken_mid_sentence_keep_the_whole_article():
    """A scraped page: "...agreement.Officials said..." and lines cut mid-sentence (fictional text)."""
    page = (
        "Talks on the Lessa port dispute end without a deal\n\n"
        "The talks between the port authority and the dockers union ended on Tuesday without an agreement.Officials "
        "said the two sides would meet again next week.The union said its members would keep\n"
        "working normally until then, but warned that a strike vote could follow if the authority did not\n"
        "improve its offer on night shifts.Shipping companies said they had not yet changed\n"
        "their schedules.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Talks on the Lessa port dispute end without a deal"
    body = " ".join(parts.paragraphs)
    assert "without an agreement. Officials said" in body
    assert "would keep working normally" in body and body.endswith("not yet changed their schedules.")


# A one-sentence flash broken mid-sentence, above a box of other stories with no rail header of its own.
FLASH_ABOVE_TEASERS = """The Harbour Weekly
Features
Subscribe
Small tremor felt across the Ovra valley
August 11, 2025 2 min read

A magnitude 3.1 tremor shook the Ovra valley shortly after 3am on Monday, rattling windows as far
away as Kestrel Bay, but there were no reports of damage, the regional survey office said.

Explore
Ovra valley
Long reads you missed
Night crossing: twelve hours on the last ferry between Port Selwyn and the islands

The overnight ferry from Port Selwyn leaves at ten past eleven, whatever the weather, which is to…

Waiting lists at Marrow Hill hospital hit record as surgeons warn of backlog

Patients waiting for planned operations at Marrow Hill General Hospital now number 18,400, the…
"""


def test_a_one_sentence_flash_above_a_teaser_box_is_the_article_and_the_box_its_teasers():
    parts = segment_page(FLASH_ABOVE_TEASERS)
    assert parts.headline == "Small tremor felt across the Ovra valley"
    assert parts.paragraphs == [
        "A magnitude 3.1 tremor shook the Ovra valley shortly after 3am on Monday, rattling windows as far away as "
        "Kestrel Bay, but there were no reports of damage, the regional survey office said."
    ]
    assert [t.headline for t in parts.teasers] == [
        "Night crossing: twelve hours on the last ferry between Port Selwyn and the islands",
        "Waiting lists at Marrow Hill hospital hit record as surgeons warn of backlog",
    ]


# --- the article under its headline block -----------------------------------------------------

FLASH = (
    "Fire crews were called to a grain store on the edge of Lake Ovra early on Friday after a dryer caught fire, "
    "the county fire service said; nobody was hurt."
)
COMMENTS = [
    (
        "dunlin_77 5 hours ago",
        "That store has had problems with its dryers for years and nobody ever listens to the staff about it.",
    ),
    (
        "Marta B. 4 hours ago",
        "Thank goodness nobody was hurt, the smoke was visible from the other side of the lake at breakfast.",
    ),
    (
        "old_ferryman 2 hours ago",
        "Does anyone know whether the road past the store has reopened yet, or is it still shut both ways?",
    ),
]


def test_a_one_sentence_flash_under_its_headline_outweighs_longer_comments():
    comments = "\n\n".join(f"{who}\n\n{said}\n\nReply Report" for who, said in COMMENTS)
    page = (
        "Ovra Valley Echo\n\nHome\nNews\nSport\n\nFire at Lake Ovra grain store\n\n"
        "By Echo Reporter 14 Mar 2025, 07:40 Updated: 14 Mar 2025, 09:12\n\nShare\nFacebook\nComments (3)\n\n"
        f"{FLASH}\n\nComments (3)\n\n{comments}\n"
    )
    parts = segment_page(page)
    assert parts.paragraphs == [FLASH]
    assert parts.headline == "Fire at Lake Ovra grain store"


def test_nothing_after_the_paywall_under_the_article_is_its_body():
    shown = [
        "Saltmere's harbour board has approved a 12 million plan to deepen the main channel, its chairman said on Monday.",
        "Dredging will start in October and close the inner basin to larger boats for about six weeks.",
    ]
    teasers = [
        (
            "Ferry fares to rise by 4% from April",
            "The island ferry operator will raise fares by 4% from April, its first increase in three years, it said on Friday.",
        ),
        (
            "Lifeboat crew rescues two kayakers off Kestrel Head",
            "Two kayakers were rescued by the Kestrel Bay lifeboat on Sunday after they were swept past the headland by a strong ebb tide.",
        ),
    ]
    rail = "\n\n".join(f"{h}\n\n{s}" for h, s in teasers)
    page = (
        "Saltmere Business Weekly\n\nHome\nMarkets\nCompanies\n\nSaltmere harbour board backs channel dredging\n\n"
        f"By Oskar Brandt Monday 3 March 2025\n\nShare\nSave\n\n{shown[0]}\n\n{shown[1]}\n\n"
        "Subscribe to read\n\nThis article is for subscribers only.\n\nAlready a subscriber? Sign in\n\n"
        f"Partner stories and most shared\n\n{rail}\n"
    )
    assert segment_page(page).paragraphs == shown


def test_live_blog_entries_under_glued_time_stamps_are_the_body():
    entries = [
        "Good morning from the Saltmere regatta, where 140 boats are due on the start line this afternoon.",
        "The wind has dropped to almost nothing, and the race committee has put the first start back by an hour.",
        "They are away at last. The Orla Island crew took the pin end of the line and leads at the first mark.",
    ]
    stamps = ["Posted at 09:02Ilse Varga", "Posted at 10:15Ilse Varga", "Posted at 11:48Tom Reyes"]
    blog = "\n\n".join(f"{stamp}\n\n{entry}\n\nShare" for stamp, entry in zip(stamps, entries))
    page = (
        "Saltmere Evening News\n\nHome\nNews\nSport\n\nLIVE\n\nSaltmere regatta live: light winds delay the first start\n\n"
        "Summary\n\nGood morning from the Saltmere regatta, where…\n\nThe wind has dropped to almost…\n\n"
        f"Live Reporting\n\nEdited by Tom Reyes\n\n{blog}\n\nLoad more updates\n"
    )
    assert segment_page(page).paragraphs == entries


def test_a_caption_ending_in_a_name_and_agency_credit_is_a_credit():
    paragraphs = [
        "The old lighthouse keeper's cottage on Orla Island will become a small museum, the island council said on Tuesday.",
        "It will open next spring and hold the logbooks kept by the island's keepers from 1871 until the lamp was automated.",
    ]
    page = (
        "Orla Island Gazette\n\nLighthouse cottage to become a museum\n\nBy Rhona Teale\nMarch 4, 2025\n\n"
        f"{paragraphs[0]}\n\nThe cottage seen from the harbour wall. Ines Kalder/Northlight Images\n\n{paragraphs[1]}\n"
    )
    parts = segment_page(page)
    assert parts.paragraphs == paragraphs
    assert parts.credits == ["Ines Kalder/Northlight Images"]


def test_a_most_read_box_above_the_article_ends_at_its_headline_and_byline():
    paragraphs = [
        "Quarry workers at Dunmere walked out on Tuesday after the company cut the night shift allowance by a third, "
        "their union said, halting deliveries of stone to three road projects in the county.",
        "The company said the allowance had been set in 1998 and no longer matched the hours worked; talks are due on Friday.",
    ]
    page = (
        "Dunmere Herald\nNews\nSport\nMost read\nLibrary opens on Sundays from May\nCouncil tax to rise by 4%\n"
        "Dunmere quarry workers walk out over night pay\nBy Ilse Marr · 4 March 2025, 9:38am\nSend\nCopy\n\n"
        f"{paragraphs[0]}\n\nPicture set\n1 / 4 The quarry gates on Tuesday. Image: Tom Reyes / Herald Pictures\n"
        f"Previous image\nNext image\n\n{paragraphs[1]}\n\nFiled in News\n"
    )
    parts = segment_page(page)
    assert parts.paragraphs[0] == paragraphs[0] and paragraphs[1] in parts.paragraphs
    assert parts.headline == "Dunmere quarry workers walk out over night pay"


HARBOUR = [
    "Residents of Brenmoor said on Tuesday that the ferry would resume next week after months of repairs to the quay.",
    "Fishermen said the closure had cost them most of the summer season and many of their regular customers.",
    "1.25 million passengers used the crossing last year, the operator said, more than in any year since 2009.",
    "The council said the repairs had cost twice the estimate because storms in March damaged the new stonework.",
]


def _harbour_page(middle: str, top: str = "") -> str:
    return (
        f"Brenmoor Mercury\nHome\nNews\n{top}Brenmoor ferry to resume next week\nBy Ade Sunday\n5 May 2025\n\n"
        f"{HARBOUR[0]}\n\n{HARBOUR[1]}\n\n{middle}\n\n{HARBOUR[2]}\n\n{HARBOUR[3]}\n"
    )


def test_lines_inside_the_article_that_look_like_its_end_do_not_cut_it():
    for middle in (
        "Subscribe to continue reading",
        "© Getty Images",
        "Copyright Harbour Gazette",
        "SOURCE: Office for Harbour Statistics",
    ):
        parts = segment_page(_harbour_page(middle))
        assert parts.paragraphs[:2] == HARBOUR[:2] and parts.paragraphs[-2:] == HARBOUR[2:], middle
        assert parts.byline == "Ade Sunday"


def test_a_rail_of_items_with_bylines_above_the_article_stays_a_rail():
    items = "".join(
        f"{title}\nBy {author}\n{snippet}\n"
        for title, author, snippet in [
            ("Council approves new school budget", "Nell Ward", "The county will spend more on buildings."),
            ("Police appeal after break-in at the marina", "Oskar Lind", "Two boats were damaged overnight."),
        ]
    )
    parts = segment_page(_harbour_page("Pictures: the quay at dawn", f"Most read\n{items}"))
    assert parts.headline == "Brenmoor ferry to resume next week"
    assert parts.paragraphs[0] == HARBOUR[0]
    assert {t.headline for t in parts.teasers} >= {
        "Council approves new school budget",
        "Police appeal after break-in at the marina",
    }


# --- consent dialogs, desk bylines, infinite scroll, broken lines ------------------------------------------

_FERRY_STORY = (
    "Harwick ferry fares to rise by a fifth from April\n"
    "By Coast Courier staff · 12 March 2025 · 2 min read\n"
    "Save for later\n"
    "Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday,\n"
    "blaming fuel costs. A return ticket for a car and two passengers will cost 84 pounds.\n"
)
_CONSENT = (
    "Before you read on: we and 40 advertising partners keep identifiers on this device to remember your choices "
    "and measure how our pages are read. You can change your mind at any time from the link in the footer.\n"
    "Accept everything\n"
    "Choose purposes\n"
)
_NEXT_STORY = (
    "Up next\n"
    "Osby lighthouse keeper's cottage to become a museum\n"
    "By Ilse Varrow\n"
    "Published 3 February 2025\n"
    "Share this story\n"
    "The cottage beside the Osby lighthouse, empty since the light was automated in 1989, will open as a museum "
    "next summer after the island trust bought it for 310,000 pounds.\n\n"
    "The trust said volunteers would restore the keeper's kitchen and the oil store, and that school groups "
    "would be admitted free of charge on weekdays.\n\n"
    "Its chair, Arne Holt, said the island had waited thirty years to tell the keepers' story in their own house.\n"
)


def test_consent_dialog_above_buttons_is_not_the_article():
    parts = segment_page("The Coast Courier\nNews\nSport\nWeather\n" + _CONSENT + _FERRY_STORY)
    body = _body(parts)
    assert body.startswith("Fares on the Harwick to Osby ferry will rise by 20 per cent")
    assert "identifiers" not in body and "Accept everything" not in body


def test_a_paragraph_about_cookies_in_an_article_stays():
    story = (
        "Regulator fines retailer over cookie banners\nBy Mira Sten\n12 March 2025\n"
        "The data regulator fined the retailer Holmgard 2.1 million euros on Tuesday for setting advertising cookies "
        "on shoppers' devices before they had given consent, the first such fine in the country.\n"
        "The retailer said it would appeal and had already changed its banner.\n"
    )
    body = _body(segment_page(story))
    assert body.startswith("The data regulator fined the retailer Holmgard")


@pytest.mark.parametrize(
    "notice",
    [
        "The Harwick Gazette and a handful of partners would like to use cookies and local storage to count readers "
        "and show adverts from harbour businesses.",
        "Tidewater keeps a few small files on your device: one so pages load quickly, one to remember this choice.",
        "This archive sets no cookies of its own; the page below is shown as it was captured.",
    ],
)
def test_a_site_telling_what_it_keeps_on_the_readers_device_is_chrome_without_buttons(notice):
    body = _body(segment_page("The Coast Courier\n" + notice + "\n" + _FERRY_STORY))
    assert body.startswith("Fares on the Harwick to Osby ferry will rise by 20 per cent")
    assert "cookies" not in body and "your device" not in body


def test_a_note_that_the_story_was_first_published_elsewhere_is_chrome():
    note = "This story was originally published by The Osby Pennant on 3 April 2025 and is republished with permission."
    assert line_kind(note)[0] == "chrome"
    body = _body(segment_page(_FERRY_STORY + note + "\n"))
    assert "originally published" not in body and body.startswith("Fares on the Harwick to Osby ferry")


def test_a_one_paragraph_report_under_a_fact_box_is_the_article_not_a_later_notice():
    page = (
        "Brenmoor Fire and Rescue Service\nIncidents\nNews\nSafety advice\n"
        "Barn fire at Hollins Farm keeps crews busy overnight\n"
        "Communications team · Published 3 May 2025 at 08:12\n"
        "Incident details\nIncident number BF-2505-0211\nCall received 22:31\nStations Hollins, Tarn Bridge\n"
        "Status Closed\n"
        "Six fire engines were sent to a barn fire at Hollins Farm late on Friday, and crews stayed until dawn to stop "
        "the flames reaching a nearby store of animal feed.\n"
        "Media enquiries\n"
        "Journalists can reach the press office on 01632 960 111, day or night, and should not call the control room.\n"
        "Was this page helpful?\nYes\nNo\n"
    )
    parts = segment_page(page)
    assert _body(parts).startswith("Six fire engines were sent to a barn fire")
    assert "press office" not in _body(parts)


def test_desk_byline_is_a_byline():
    parts = segment_page(_FERRY_STORY)
    assert parts.byline == "Coast Courier staff"
    assert parts.headline == "Harwick ferry fares to rise by a fifth from April"


def test_next_story_of_an_infinite_scroll_page_is_not_the_article():
    parts = segment_page(_CONSENT + _FERRY_STORY + _NEXT_STORY)
    body = _body(parts)
    assert parts.headline == "Harwick ferry fares to rise by a fifth from April"
    assert "84 pounds" in body
    assert "lighthouse" not in body and "Arne Holt" not in body


def test_line_broken_after_a_function_word_is_rejoined():
    parts = segment_page(
        _FERRY_STORY.replace("said on Wednesday,\n", "said on Wednesday, blaming fuel costs and the\n").replace(
            "blaming fuel costs. ", "Harwick crossing's new timetable. "
        )
    )
    assert "blaming fuel costs and the Harwick crossing's new timetable. A return ticket" in _body(parts), _body(parts)


def test_note_glued_to_the_only_paragraph_is_cut_off_as_chrome():
    page = (
        "Tolland mill to reopen as a climbing centre\nMarch 4, 2025\n"
        "The derelict Tolland flax mill will reopen next spring as a climbing centre after the town council sold "
        "it for one pound to a local charity.This article appears in the March issue of The Valley Quarterly. "
        "Subscribe to the print edition.\n"
    )
    body = _body(segment_page(page))
    assert body.startswith("The derelict Tolland flax mill will reopen next spring") and body.endswith("local charity.")


def test_published_and_updated_stamps_on_one_line_are_a_date_line():
    page = (
        "Brenmoor tram depot to close for a month of repairs\n"
        "March 4, 2025 at 6:30 a.m. EST Updated March 4, 2025 at 9:12 a.m. EST\n"
        "Gift Article\n"
        "The tram depot in Brenmoor will close for four weeks from Monday while its roof is replaced, the operator said.\n"
        "Most Read\n"
        "Heat warning extended to Friday as temperatures climb\n"
        "The weather service extended its heat warning for the south, where forecasters expect 38C by Thursday, and "
        "asked councils to open cool rooms in libraries, town halls and sports centres for the third week running.\n"
    )
    parts = segment_page(page)
    assert parts.published == "2025-03-04"
    assert _body(parts).startswith("The tram depot in Brenmoor will close") and "cool rooms" not in _body(parts)


def test_teasers_after_a_paywall_are_not_the_article_even_without_a_byline_over_it():
    page = (
        "Night crossing: twelve hours on the last ferry to the islands\n"
        "The overnight ferry leaves Port Selwyn at ten past eleven, whatever the weather, and on a calm night in "
        "August the purser, Della Morgan, says it is the best job on the coast.\n"
        '"You should come in January," she says. "Then you would see what this boat is for."\n'
        "Subscribe to read\n"
        "This article is for subscribers only. Subscribe for unlimited access to every story.\n"
        "Promoted content and most read\n"
        "Kestrel Bay Rovers snatch late winner to go top of the league\n"
        "A header from substitute Milo Brandreth in the 94th minute gave Kestrel Bay Rovers a 2-1 win over "
        "Harrow Point on Saturday and took them to the top of the table for the first time since 2009.\n"
        "Alhambra Theatre reopens after six-million restoration\n"
        "The Alhambra Theatre in Harrow Point reopened on Wednesday night after a four-year restoration that "
        "brought back its painted ceiling, its 1,100 seats and the organ removed in 1961.\n"
    )
    body = _body(segment_page(page))
    assert "Della Morgan" in body and "Then you would see" in body
    assert "Brandreth" not in body and "Alhambra" not in body


@pytest.mark.parametrize("header", ["Editor's picks", "Editor’s picks", "Don't miss", "Most shared this week"])
def test_rail_headers_with_apostrophes_and_time_words_open_a_rail(header):
    page = (
        "Harwick ferry fares to rise by a fifth from April\nBy Ilse Varrow\n12 March 2025\n"
        "Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday.\n"
        f"{header}\n"
        "Painting stolen in 1994 comes home\n"
        "A painting stolen from the Emberstow gallery 31 years ago has been returned after it turned up at an "
        "auction house, where a cataloguer recognised it from a police notice kept on file since the theft.\n"
    )
    parts = segment_page(page)
    assert "Emberstow" not in _body(parts)
    assert [t.headline for t in parts.teasers] == ["Painting stolen in 1994 comes home"]


def test_a_video_transcripts_running_cues_are_not_the_article_but_live_blog_times_are_kept():
    story = (
        "Osby night buses to run until 4am\nBy Ilse Varrow\n12 March 2025\n"
        "Night buses on Osby will run until 4am at weekends from May, after a trial carried twice the riders "
        "the council expected.\n"
        "Watch the report\n"
        "0:00 Good evening, and thanks for joining us.\n"
        "0:03 Night buses on Osby will run until\n"
        "0:06 4am at weekends from May, after a trial\n"
        "0:09 Reporting for Coast 6, I'm Pell Anders.\n"
    )
    body = _body(segment_page(story))
    assert body.startswith("Night buses on Osby will run until 4am") and "0:0" not in body and "Good evening" not in body
    live = (
        "Storm live: ferries cancelled as gales reach the islands\nBy Live news team · 12 March 2025\n"
        "11:40 The harbour master says no ferry will sail before Thursday morning at the earliest.\n\n"
        "10:55 Gusts of 90mph were recorded on Osby this morning, the highest since 2014.\n\n"
        "10:20 All schools on the three islands are closed today, the education department says.\n"
    )
    kept = _body(segment_page(live))
    assert all(entry in kept for entry in ("no ferry will sail", "Gusts of 90mph", "All schools on the three islands"))


def test_a_consent_question_about_tracking_and_adverts_is_chrome():
    consent = (
        "One thing first: may we count your visit and show you fewer, better-matched adverts? Nothing is stored "
        "until you say so.\nYes, go ahead\nNo thanks\n"
    )
    body = _body(segment_page(consent + _FERRY_STORY))
    assert body.startswith("Fares on the Harwick to Osby ferry") and "adverts" not in body


def test_sign_up_social_register_and_newsletter_footer_notices_are_chrome():
    notices = (
        "Enter email\n"
        "We use your sign-up to provide content in ways you've agreed to and to understand you better.\n"
        "Don't miss the latest from Harwick - follow us on social media for news as it happens.\n"
        "This article is free to read. Register for two free articles a month, or subscribe for everything.\n"
        "Thanks for reading the Coast Courier! This post is public, so feel free to share it.\n"
    )
    body = _body(segment_page(_FERRY_STORY + notices))
    assert body.startswith("Fares on the Harwick to Osby ferry") and body.endswith("will cost 84 pounds.")


def test_a_report_on_a_paywall_and_a_social_campaign_keeps_its_sentences():
    page = (
        "Coast Courier to charge for its website\nBy Ilse Varrow\n12 March 2025\n"
        "Readers who register will get five free articles each month before being asked to pay, the paper said.\n"
        "The council's campaign urged residents to follow the ferry operator on social media for sailing updates.\n"
    )
    body = _body(segment_page(page))
    assert "five free articles" in body and "follow the ferry operator" in body


# --- what those rules must leave alone (a review's cases, in our own words) ----------------------------------


def test_a_live_blog_after_midnight_keeps_its_entries():
    live = (
        "Council count live: Harwick declares first\nBy Ilse Varrow\n12 March 2025\n"
        "Good evening and welcome to our coverage of the count at the Harwick leisure centre.\n"
        "00:05 Harwick South declares first, with the Coast Party holding the seat on a smaller majority than in 2021.\n"
        "00:21 Turnout in Harwick North was 31 per cent, the returning officer says, down four points on last time.\n"
        "00:48 Recounts have been called in two wards where the margin was under twenty votes.\n"
    )
    body = _body(segment_page(live))
    assert all(entry in body for entry in ("Harwick South declares first", "Turnout in Harwick North", "Recounts have"))


def test_a_live_blog_whose_entries_carry_a_label_between_time_and_title_keeps_them_all():
    entries = [
        (
            "10:40pm",
            "KEY POST",
            "Varrow: 'We start on Monday'",
            "Ilse Varrow told supporters at a bowls club in Harwick that her "
            "first job as council leader would be the bus contract.",
        ),
        (
            "9:55pm",
            "KEY POST",
            "Coast Party concedes",
            "The Coast Party's leader has conceded. \"The people of Harwick have "
            'voted for a change, and I respect that," he told supporters just before ten.',
        ),
        (
            "9:36pm",
            "",
            "Postal votes from Monday",
            "The returning officer says postal votes will not be counted until "
            "Monday, so two close wards may not be decided for days.",
        ),
        (
            "9:20pm",
            "KEY POST",
            "Deputy leader Arne Holt loses his Quay ward seat",
            "Deputy leader Arne Holt has lost his Quay ward seat to the independent Tove Lind, our reporter at the count says.",
        ),
    ]
    live = "Harwick council count live: Varrow's party takes control\nBy Live news team\n12 March 2025\nLIVE Updates\n"
    for time, label, title, text in entries:
        live += f"{time}\n" + (f"{label}\n" if label else "") + f"{title}\n{text}\n"
    body = _body(segment_page(live))
    assert all(text[:40] in body for *_, text in entries)


def test_a_desk_named_by_its_outlet_in_any_case_is_a_byline():
    page = """Carrow Tribune
Carrow council opens the new harbour footbridge after two years of delays
9News Pacific desk
7:44am Feb 3, 2026
Share
The new footbridge across Carrow harbour opened to walkers and cyclists on Tuesday, two years late and 4 million \
dollars over its budget, the council said.
"""
    parts = segment_page(page)
    assert parts.byline == "9News Pacific desk"
    assert parts.headline == "Carrow council opens the new harbour footbridge after two years of delays"


def test_a_linked_headline_under_a_label_in_capitals_is_no_body_but_a_labelled_sentence_is():
    page = """Carrow council opens the new harbour footbridge after two years of delays
By Ilse Varrow
3 February 2026
UPDATE: The council said on Tuesday evening that the footbridge would close again on Saturday for a safety check.
The new footbridge across Carrow harbour opened to walkers and cyclists on Tuesday, two years late and 4 million \
dollars over its budget, the council said.
RELATED STORY: Carrow ferry fares to rise by a fifth from April as operator blames fuel costs
The bridge links the old town with the ferry terminal, a walk that used to take twenty minutes around the inner harbour.
TRENDING | Harwick lifeboat crew rescue two kayakers off Skerry Point
Council leader Tove Lind said the delays had been caused by a supplier that went out of business in 2024.
"""
    body = _body(segment_page(page))
    assert "UPDATE: The council said on Tuesday evening" in body and "Council leader Tove Lind" in body
    assert "ferry fares" not in body and "kayakers" not in body


FOOTBRIDGE_STORY = """Carrow council opens the new harbour footbridge after two years of delays
By Ilse Varrow
3 February 2026
The new footbridge across Carrow harbour opened to walkers and cyclists on Tuesday, two years late and 4 million \
dollars over its budget, the council said.
The bridge links the old town with the ferry terminal, a walk that used to take twenty minutes around the inner harbour.
Council leader Tove Lind said the delays had been caused by a supplier that went out of business in 2024.
"""


@pytest.mark.parametrize(
    ("tail", "chrome"),
    [
        (
            "Support independent Carrowan journalism\n"
            "ⓒ Carrow Tribune. Reproduction and redistribution without permission prohibited.\n",
            ("journalism", "Reproduction"),
        ),
        (
            "With files from Northpost\nCommenting is now closed for this story.\nHarbour walker\n"
            "I walked it this morning and the lights at the north end are already out.\n",
            ("files from", "Commenting", "lights at the north end"),
        ),
    ],
    ids=["circled-copyright-and-support-appeal", "comments-closed-ends-story-and-files-credit"],
)
def test_closing_notes_after_the_story_are_no_body(tail, chrome):
    body = _body(segment_page(FOOTBRIDGE_STORY + tail))
    assert "Council leader Tove Lind" in body
    assert not any(words in body for words in chrome)


def test_a_report_about_consent_above_an_advert_slot_and_a_subhead_stays():
    page = (
        "Osby man jailed for assault at harbour festival\nBy Ilse Varrow\n12 March 2025\n"
        "The jury heard that he knew she did not consent and that he had been drinking heavily that night.\n"
        "Advertisement\nReview of the evidence\n"
        "The judge said the harbour cameras had recorded the whole of the assault and that the evidence was clear.\n"
    )
    body = _body(segment_page(page))
    assert "did not consent" in body and "harbour cameras" in body


def test_a_live_blog_with_signed_entries_keeps_them_all():
    entry = "{title}\nBy Ilse Varrow\n12 March 2025 {time}\n{text}\n"
    live = "Storm live: ferries cancelled across the islands\nBy Live news team\n12 March 2025\n" + "".join(
        entry.format(title=t, time=h, text=x)
        for t, h, x in [
            ("Harbour closed", "10:42", "The harbour master has closed Osby harbour to all traffic until further notice."),
            ("Schools shut", "11:05", "All schools on the three islands will stay shut on Thursday, the council says."),
            ("Power cut", "11:40", "About 2,000 homes on Harwick are without power after a line came down near the quay."),
        ]
    )
    body = _body(segment_page(live))
    assert all(x in body for x in ("Osby harbour to all traffic", "stay shut on Thursday", "2,000 homes"))


def test_a_sponsored_block_above_the_article_is_not_its_headline_block():
    page = (
        "Sponsored: five ways to keep your boiler running this winter\nBy Brand Studio\n3 March 2025\n"
        "A yearly service is the cheapest way to avoid a cold week.\n" + _FERRY_STORY
    )
    body = _body(segment_page(page))
    assert "Fares on the Harwick to Osby ferry" in body and "84 pounds" in body


def test_the_next_story_is_cut_off_when_its_byline_and_date_share_a_line():
    nxt = _NEXT_STORY.replace("By Ilse Varrow\nPublished 3 February 2025\n", "By Ilse Varrow | February 3, 2025\n")
    body = _body(segment_page(_FERRY_STORY + nxt))
    assert "84 pounds" in body and "Arne Holt" not in body


@pytest.mark.parametrize(
    "headline", ["Harwick drawn with Osby and Kell in Group A", "Wildfire forces thousands to flee homes near Bend, OR"]
)
def test_a_headline_ending_on_a_capital_letter_word_is_no_broken_line(headline):
    parts = segment_page(f"{headline}\nThe draw was made in Osby on Tuesday night, with the first matches due in May.\n")
    assert parts.headline == headline


def test_an_abbreviation_glued_to_a_name_is_spaced_not_cut():
    page = (
        "Osby hospital opens stroke unit\n12 March 2025\n"
        "Its medical director, Prof.Helen Carter, said the unit would treat patients from all three islands.\n"
    )
    assert "Its medical director, Prof. Helen Carter, said the unit would treat" in _body(segment_page(page))


def test_a_promo_inside_the_article_before_a_subhead_does_not_end_it():
    paragraph = "The ferry operator said fuel costs had risen by a third since the spring and that it had no choice."
    page = (
        f"{paragraph}\n{paragraph.replace('fuel', 'staff')}\n{paragraph.replace('ferry', 'bus')}\n"
        "Subscribers only: get our weekly islands newsletter\nWhat happens next\n"
        "The new fares must still be approved by the islands council, which meets on March 30 to consider them.\n"
        "Councillors have said they will ask the operator to keep a cheaper ticket for islanders who commute.\n"
    )
    body = _body(segment_page(page))
    assert "March 30" in body and "islanders who commute" in body


def test_a_team_news_subhead_is_no_byline():
    page = (
        "Harwick v Osby: match preview\n12 March 2025\n"
        "Harwick host Osby on Saturday needing a win to stay in touch with the leaders at the top of the table.\n"
        "Harwick Town\nTeam news\n"
        "Harwick will be without their captain, who serves the second game of a two-match suspension this weekend.\n"
    )
    assert "without their captain" in _body(segment_page(page))


def test_a_short_report_in_chrome_words_is_read_where_the_page_has_nothing_else():
    page = (
        "Town scraps its newsletter\n"
        "The mayor said the town newsletter delivered to your inbox every week would be scrapped to save money.\n"
    )
    parts = segment_page(page)
    assert parts.paragraphs == [page.splitlines()[1]]
    assert any("chrome words" in warning for warning in parts.warnings)


def test_a_cookie_wall_with_nothing_else_is_still_refused():
    from newscheck.extract import ExtractError, extract_text

    page = "Home\nNews\nWe use cookies to improve your experience on our site and to show you adverts from our partners.\nAccept all\nReject all\n"
    with pytest.raises(ExtractError, match="no article text found"):
        extract_text(page)


def test_a_line_broken_after_by_or_a_comma_joins_the_next_and_a_desk_byline_is_no_headline():
    page = (
        "Tallow Gazette\nNews\n"
        "Reservoir levels fall to lowest in a decade\n"
        "By Staff reporter\n"
        "Water levels at the fictional Tallow reservoir have fallen to their lowest in ten years, according to figures published by\n"
        "Tallow Water on Friday.\n"
        "The company's head of water resources,\n"
        "Dr Ines Harle, said a hosepipe ban could follow if the dry weather lasted another fortnight.\n"
        "This is a developing story and will be updated.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Reservoir levels fall to lowest in a decade"
    assert "published by Tallow Water on Friday." in _body(parts)
    assert "water resources, Dr Ines Harle, said" in _body(parts)
    assert "developing story" not in _body(parts)


def test_a_bullet_summary_and_a_name_over_the_date_are_no_headline():
    page = (
        "Tallow Gazette\nHousing\n"
        "Landlords in Tallow to pay for new licences from April\n"
        "Key points\n• Every landlord needs a licence\n• Fees start at 300 pounds\n"
        "Marta Quell\nMarch 4, 2026\n"
        "Landlords in the fictional town of Tallow will have to buy a licence for each rented home from April, the "
        "council decided on Tuesday, in a bid to raise standards in the private rented sector.\n"
        "The scheme will cost landlords 300 pounds per property for five years, council officers said.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Landlords in Tallow to pay for new licences from April"
    assert _body(parts).startswith("Landlords in the fictional town of Tallow")


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("Court reporter: Ines Harle (Gazette)", "Ines Harle"),
        ("Author: Ines Harle", "Ines Harle"),
        ("Posted by Ines Harle on 03/09/2026 at 08:15", "Ines Harle"),
    ],
)
def test_a_labelled_byline_tags_and_a_numeric_date_line_are_no_headline_and_a_sentence_case_standfirst_is_not_either(
    header, byline
):
    page = (
        "Tallow Gazette\nHome > Courts\nCOURTS\n"
        "Former club treasurer jailed for taking £90,000 from youth fund\n"
        "Marten Oake made 140 transfers over four years\n"
        f"{header}\n"
        "Yayınlanma: 20.09.2026 14:10 | Güncelleme: 20.09.2026 16:45\n"
        "Tags: courts, fraud, football\n"
        "A former treasurer who took more than £90,000 from a youth football club in the fictional town of Tallow to "
        "pay for holidays and gambling has been jailed for three years.\n"
        "Marten Oake, 58, admitted fraud at an earlier hearing and was sentenced at Tallow Crown Court on Friday.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Former club treasurer jailed for taking £90,000 from youth fund"
    assert parts.byline == byline
    assert _body(parts).startswith("A former treasurer who took more than £90,000")
    assert "Tags" not in _body(parts) and "Yayınlanma" not in _body(parts)


def test_a_share_bar_and_a_comment_count_over_the_body_are_no_headline():
    page = (
        "DAILY BUGLE OF TALLOW\nNEWS | SPORT | MONEY\n"
        "MAYOR QUITS OVER HOLIDAY EXPENSES ROW\n"
        "By MARA QUILL, Chief Reporter\n"
        "Published: 23:41, 12 March 2026\n"
        "SHARE   FACEBOOK   X   WHATSAPP\nCOMMENTS 2.4k\n"
        "The mayor of the fictional town of Tallow has quit after it emerged that he claimed 30,000 crowns in "
        "expenses for first-class travel and hotel suites over two years.\n"
        "He handed in his resignation on Tuesday night, hours before councillors were due to debate a motion "
        "of no confidence in him.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "MAYOR QUITS OVER HOLIDAY EXPENSES ROW"
    assert "SHARE" not in _body(parts) and "COMMENTS" not in _body(parts)


@pytest.mark.parametrize(
    "trail",
    [
        "You are here: Home > News > Harbour toll to double for cruise ships next spring",
        "Home › Local › Coast › Harbour toll to double for cruise ships next spring",
    ],
)
def test_a_breadcrumb_trail_ending_on_the_headline_is_chrome_not_the_headline(trail):
    page = (
        "THE BRENNOCK COURIER\nNews\nSport\nWhat's On\n"
        f"{trail}\n"
        "Harbour toll to double for cruise ships next spring\n"
        "By Ilse Varn | Posted: Tuesday, March 3, 2026\n"
        "Cruise ships calling at the fictional port of Brennock will pay twice the harbour toll from next April, "
        "the harbour board decided on Monday, after a summer in which 61 ships brought 140,000 visitors ashore.\n"
        "The board said the money would pay for a second gangway and for more cleaning of the quayside.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Harbour toll to double for cruise ships next spring"
    assert line_kind(trail)[0] == "chrome"
    assert "You are here" not in _body(parts) and "›" not in _body(parts)


def test_a_menu_under_a_section_label_ends_at_a_headline_whose_byline_has_promotions_under_it_and_the_live_page_is_read():
    entries = [
        (
            "6:40 PM",
            "Pumps running through the night",
            "The county says six pumps will run through the night at "
            "Mill Lane, where the water is still rising, and asks residents on the east bank not to drive through the "
            "flooded underpass or try to reach their homes before the morning.",
        ),
        (
            "2:15 PM",
            "School closed",
            "Orrick Primary will stay closed on Tuesday. Parents were told by text message "
            "shortly after lunch, and the head teacher said the hall would be used to store furniture from flooded homes.",
        ),
        (
            "9:05 AM",
            "River peaks overnight",
            "Good morning. The Tarne peaked at 4.1 metres at the Orrick gauge just "
            "after 3 a.m., the highest reading since the gauge was installed, and about 80 homes on the east bank were flooded.",
        ),
    ]
    page = "\n".join(
        [
            "Orrick Daily Ledger",
            "Latest",
            *"Local Region Sport Business Weather Opinion Photos".split(),
            "Home / Orrick News",
            "Orrick floods live: river peaks at record height as 80 homes are flooded",
            "Pumps are running through the night on the east bank",
            "By Ansel Varga | Edited by Ruth Omeje",
            "Updated on: Mar 2, 2026 06:40 PM",
            "Follow us on Facebook X WhatsApp",
            "Make the Ledger your preferred source",
            "Share Via Copy Link",
            "LIVE Follow all the latest updates here",
            *(line for time, title, text in entries for line in (f"Mar 2, 2026 {time}", title, text, "Share this article")),
            "About Us Contact Us Advertise Privacy Policy",
        ]
    )
    body = _body(segment_page(page))
    assert all(text in body for _, _, text in entries)
    assert "Weather" not in body and "preferred source" not in body


_FERRY_TEXT = (
    "The ferry operator serving the fictional island of Orrin Holm will stop its winter sailings from November, "
    "leaving the island's 300 residents without a daily crossing for five months.\n"
    "The company said falling passenger numbers had made the service impossible to run without a subsidy, "
    "which the county council withdrew in its spring budget.\n"
    "Islanders said they would ask the council to reverse the decision at its meeting next week.\n"
)


def test_captions_and_summary_points_between_the_byline_and_the_text_are_no_headline():
    page = (
        "Coastal Post\nNews\nBusiness\n"
        "Ferry operator to end winter sailings to Orrin Holm\n"
        "By Kit Averay\n"
        "12 May 2026\n"
        "The harbour at Orrin Holm, where the ferry has docked every morning since 1968, seen from the quay\n"
        "Sailings stop from November until the end of March\n"
        "Council withdrew its subsidy in the spring budget\n" + _FERRY_TEXT
    )
    assert segment_page(page).headline == "Ferry operator to end winter sailings to Orrin Holm"


def test_a_kicker_over_the_headline_is_not_taken_for_a_headline_over_its_standfirst():
    page = (
        "Coastal Post\nThe Long Read\nFerry operator to end winter sailings to Orrin Holm after 56 years\nBy Kit Averay\n"
        + _FERRY_TEXT
    )
    assert segment_page(page).headline == "Ferry operator to end winter sailings to Orrin Holm after 56 years"


def test_a_name_run_into_its_role_is_a_byline_not_the_headline():
    page = (
        "Coastal Post\nFerry operator to end winter sailings to Orrin Holm\n"
        "Islanders say they will fight the decision, which leaves them without a crossing for five months\n"
        "Kit Averay Transport correspondent\nTue 12 May 2026 07.30 BST\n" + _FERRY_TEXT
    )
    parts = segment_page(page)
    assert parts.headline == "Ferry operator to end winter sailings to Orrin Holm"
    assert parts.byline == "Kit Averay"


def test_a_wire_brief_of_bullet_points_is_an_article_not_refused():
    page = (
        "Harbour Wire\nMarkets\nCommodities\n"
        "BRIEF-Orrin Copper says Q2 output up 6%, keeps full-year target\n"
        "June 3, 2026 8:15 AM GMT+1\n"
        "* ORRIN COPPER LTD - Q2 COPPER PRODUCTION OF 41,300 TONNES, UP 6% YEAR ON YEAR\n"
        "* ORRIN COPPER LTD - KEEPS FY2026 PRODUCTION TARGET OF 160,000 TO 170,000 TONNES\n"
        "Source text: [ID:nHW81x]\n(Gdansk Newsroom)\nRead Next\nCopper slips on weaker factory data\n"
    )
    parts = segment_page(page)
    assert parts.headline == "BRIEF-Orrin Copper says Q2 output up 6%, keeps full-year target"
    assert len(parts.paragraphs) == 2 and "41,300 TONNES" in parts.paragraphs[0]


def test_a_byline_with_the_writers_bio_run_on_is_a_byline_and_the_title_over_it_the_headline():
    page = (
        "Gadget Desk\nReviews\nPhones\n"
        "Orrin's new tablet has a matte screen and a battery that lasts two weeks\n"
        "By Tamsin Kole, a senior reviewer covering tablets, phones and wearables for Gadget Desk since 2019\n"
        "June 3, 2026\n"
        "The Orrin Slate 2 is the first tablet from the fictional maker to use a matte screen, and it is a good one: "
        "glare all but disappears under office lights and outdoors.\n"
        "Its battery lasted 14 days in our tests of reading and light browsing, longer than any tablet we have tried.\n"
    )
    parts = segment_page(page)
    assert parts.headline == "Orrin's new tablet has a matte screen and a battery that lasts two weeks"
    assert parts.byline == "Tamsin Kole"


@pytest.mark.parametrize(
    "page",
    [
        "Home News Business Sport\nBy Kit Averay\nFerry operator to end winter sailings to Orrin Holm\n" + _FERRY_TEXT,
        "Ferry operator to end winter sailings to Orrin Holm\nKit Averay\n12 May 2026\n" + _FERRY_TEXT,
    ],
)
def test_a_headline_under_its_byline_or_over_a_plain_name_stays_the_headline(page):
    assert segment_page(page).headline == "Ferry operator to end winter sailings to Orrin Holm"


@pytest.mark.parametrize("headline", ["More ferry cuts on the way", "Harbour Gazette fires columnist over ferry row"])
def test_headlines_that_look_like_a_rail_header_or_a_name_and_role_are_still_headlines(headline):
    assert segment_page(f"{headline}\nBy Kit Averay\n12 May 2026\n" + _FERRY_TEXT).headline == headline


_HEADLINE = "Ferry operator to end winter sailings to Orrin Holm"


@pytest.mark.parametrize(
    "header",
    [
        # a byline with the place the reporter filed from
        f"Sport\nOrrin Holm 2 – 1 Skerry\nFT\n{_HEADLINE}\nBy Kit Averay at Quay Road\n12 May 2026\nShare\n",
        # a standfirst between the headline and the byline, a caption with its credit under them
        f"Explainer\n{_HEADLINE}\nThe island will have no daily crossing for five months. Here is what we know.\n"
        "By Kit Averay\n12 May 2026 · 4 min read\nShare article\nThe ferry at Orrin Holm pier. Photo: Harbour Gazette\n",
        # a press release: the headline over its date, a kicker and a download link
        f"Newsroom\nPress releases\n{_HEADLINE}\n12 May 2026\nPress release\nDownload PDF (212 KB)\nShare this page\n",
        # a live page: its summary's points (no bullet marks) under their label, then the byline
        f"LIVE\n{_HEADLINE}\nKey points\nLast winter sailing on 31 October\nCouncil subsidy withdrawn in spring\n"
        "Live reporting by Kit Averay\nUpdated 12 May 2026, 15:32 GMT\n",
        # a wire flash: its dateline alone on the line above the text
        f"FLASH\n{_HEADLINE}\nMay 12, 2026 3:02 PM GMT\nORRIN HOLM, May 12 (Harbour Wire)\n",
        # an obituary's life dates under the headline
        f"Obituaries\n{_HEADLINE}\n1934 – 2026\nBy Gazette Reporter\nFriday 12 May 2026\n",
    ],
)
def test_the_headline_is_found_over_bylines_standfirsts_kickers_summaries_datelines_and_dates(header):
    assert segment_page(header + _FERRY_TEXT).headline == _HEADLINE


@pytest.mark.parametrize(
    ("headline", "header"),
    [
        ("Report by Auditors Finds Gaps in Orrin Holm", "Home\nNews\n{h}\nBy Kit Averay\n12 May 2026\n"),
        ("Door Left Open at Orrin Holm Prison", "Home\nNews\n{h}\nBy Kit Averay\n12 May 2026\n"),
        ("Orrin Ferry Axed", "The Orrin Holm Evening Courier Online\n{h}\nBy Kit Averay\n12 May 2026\n"),
        (
            "Ferry operator to end winter sailings",
            "In brief\nCouncil approves school budget\nPolice appeal after break-in\n{h}\nBy Kit Averay\n",
        ),
        ("TOUR DE ORRIN, Stage 14", "Sport\nCycling\n{h}\nBy Kit Averay\n12 May 2026\n"),
    ],
)
def test_headlines_that_read_like_bylines_kickers_summaries_or_datelines_stay_headlines(headline, header):
    assert segment_page(header.format(h=headline) + _FERRY_TEXT).headline == headline


def test_an_announced_score_and_a_sentence_naming_a_file_size_stay_in_the_text():
    page = (
        "Orrin Holm wins the island cup\nBy Kit Averay\n12 May 2026\n"
        "The island side beat the visitors from Skerry in heavy rain at the harbour ground on Saturday afternoon.\n"
        "The final score was:\n2 – 1\n"
        "The full match report (5 MB) was posted online.\n"
        "The winners now meet the mainland champions in the county final next month at the new stadium.\n"
    )
    paragraphs = segment_page(page).paragraphs
    assert "2 – 1" in paragraphs
    assert "The full match report (5 MB) was posted online." in paragraphs


WRAPPED_WIRE_WITH_LIST = """The Harwick Courier
Home
World
Ferry talks collapse as crews threaten to stop sailings
By Ines Caldor
Published 9:12 AM, Mar 3, 2026
HARWICK, March 3 (Coastline Wire) - Talks between the Harwick
ferry operator and its crews broke down on Monday without a deal
on next year's rosters, and union leaders said sailings to the
islands would stop from Friday.
The Harwick Seafarers' Union, which represents around
1,400 deck and engine crew, had asked for any change to
be phased in over two seasons. Its secretary Pol Amsel said the
operator's final offer was "no offer at all."
MOST READ
1
Harwick council approves new budget with
4.1% rise
2
Man charged after crash on
Quay Road
Operator spokeswoman Rina Vell told reporters the company could not keep losing money on the winter routes. "We have to act now," she said, adding that talks could resume "at any time."
Islanders' groups said a stoppage would cut off three communities that have no other link to the mainland in winter.
© Coastline Wire 2026
"""


def test_a_wrapped_paragraph_goes_on_over_a_line_opening_with_a_number_and_past_a_numbered_list():
    parts = segment_page(WRAPPED_WIRE_WITH_LIST)
    assert parts.headline == "Ferry talks collapse as crews threaten to stop sailings"
    body = _body(parts)
    assert "which represents around 1,400 deck and engine crew, had asked for any change to be phased in" in body
    assert body.endswith("no other link to the mainland in winter.")
    assert "MOST READ" not in body and "Quay Road" not in body


BLOG_WITH_COMMENTS = """THE ELMSTEAD CRIER
Elmstead's community news since 2009
HOME
NEWS
SCHOOLS
Posted in Local News
STORM BRINGS DOWN CHURCH SPIRE IN ELMSTEAD
Posted by Crier Staff on March 8, 2026 at 8:40 am
4 Comments
Share
A storm brought down the spire of St Anne's church in Elmstead late on Saturday, scattering stone across Church Lane and crushing two parked cars.
No one was hurt, the county fire service said, but the lane will stay closed until engineers have checked the tower.
The parish council said it would start a fund to rebuild the spire, which dates from 1868.
4 Comments
Mara Tillett
March 8, 2026 at 9:15 am
My grandmother was married under that spire. So sad to see it gone, but thank goodness nobody was under it.
Reply
Joel Brant
March 8, 2026 at 10:02 am
Where do we give to the fund? Happy to help with the clear-up too.
Reply
Leave a Reply
"""


def test_a_posted_by_byline_with_its_date_and_time_heads_the_article_and_the_comments_stay_out():
    parts = segment_page(BLOG_WITH_COMMENTS)
    assert parts.headline == "STORM BRINGS DOWN CHURCH SPIRE IN ELMSTEAD"
    assert parts.byline == "Crier Staff"
    assert parts.paragraphs[0].startswith("A storm brought down the spire")
    assert parts.paragraphs[-1].startswith("The parish council said")


PODCAST_EPISODE = """Valley Ledger
Podcasts
The Back Field
A podcast about farming and the countryside from the Valley Ledger.
Ep. 12: Why Ormsby's orchards are going back to old apples
Thursday 5 March 2026
41 min
Play episode
0:00
41:08
Download
Share
Transcript
Presented by Tamsin Orr
Orchards around Ormsby have spent forty years replacing old apple varieties with a few that supermarkets ask for. Now some growers are grafting the old ones back.
In this episode, Tamsin visits Hollins Farm, where Bryn Hollins has planted twelve varieties his grandfather grew, and asks what it costs him.
More episodes
Ep. 11: The last hedgelayers of the Dunn Valley
26 February 2026 · 38 min
Hedgelaying used to be winter work on every farm in the valley. We meet two of the people who still do it.
"""


def test_a_podcast_pages_player_and_presenter_are_header_and_its_summary_the_text():
    parts = segment_page(PODCAST_EPISODE)
    assert parts.headline == "Ep. 12: Why Ormsby's orchards are going back to old apples"
    assert parts.byline == "Tamsin Orr"
    assert [p[:20] for p in parts.paragraphs] == ["Orchards around Orms", "In this episode, Tam"]


EMBARGOED_RELEASE = """Lanternway Trust
Donate
News
Press releases
Press release
One in four carers has skipped a meal to pay a bill, Lanternway survey finds
Date: 4 March 2026
EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026
One in four unpaid carers say they have skipped a meal in the past month to pay a household bill, according to a survey by the Lanternway Trust.
The charity surveyed 2,100 carers across the country between November and January.
Its chief executive, Odile Marsh, said: "Nobody who gives up paid work to care for someone should go hungry."
ENDS
Notes to editors
1. The survey was carried out online and by telephone.
2. Case studies are available on request from the press office, which can arrange interviews with carers.
Media enquiries
Call the press office on 0800 555 0199 or email press@lanternway.example.
"""


def test_a_release_ends_at_its_end_mark_and_its_embargo_line_is_no_headline():
    parts = segment_page(EMBARGOED_RELEASE)
    assert parts.headline == "One in four carers has skipped a meal to pay a bill, Lanternway survey finds"
    assert parts.paragraphs[-1].startswith("Its chief executive, Odile Marsh, said")


@pytest.mark.parametrize(
    "label",
    ["Infrastructure and Transport Committee", "Department of Marine Sciences", "Ashby Borough Council"],
)
def test_a_publishers_label_under_the_headline_is_no_headline(label):
    page = f"""Home
News
Committee calls for overhaul of island ferry contract after winter cancellations
{label}
Published Tuesday 18 November 2025
Share on Facebook
The committee has called on the government to renegotiate the island ferry contract after more than 300 sailings were cancelled between December and March.
Its report says the operator was paid in full for sailings that never ran.
"""
    parts = segment_page(page)
    assert parts.headline == "Committee calls for overhaul of island ferry contract after winter cancellations"
    assert parts.paragraphs[0].startswith("The committee has called")


CONSENT_OVER_PAGE = """We value your privacy
We and our 140 partners store and access information on your device, such as cookies and unique identifiers, to show you personalised adverts and content and to measure how you use this site. You can accept, reject or choose which purposes to allow.
Accept all
Reject all
More options
Ashby Courier
Subscribe for £1
Sign in
News
Crime
Politics
Sport
Part of the Elmstead Media Group
News
Ashby News
Council approves plan to turn Mill Street car park into covered market
Shop owners on Bell Lane say losing 64 parking spaces will drive customers away
By Owen Tarrant
Local Democracy Reporter
12:47, 23 Oct 2025
Updated 15:02, 23 Oct 2025
Bookmark
Share
Comments (38)
An artist's impression of the market hall (Image: Ashby District Council)
Our community members are treated to special offers, promotions and adverts from us and our partners
A town centre car park in Ashby will become a covered market hall after councillors approved the plan on Wednesday evening.
The scheme will remove 64 of the car park's 110 spaces to make way for 40 market stalls, the council said.
"""


def test_a_consent_dialogs_more_options_button_opens_no_rail_over_the_article():
    parts = segment_page(CONSENT_OVER_PAGE)
    assert parts.headline == "Council approves plan to turn Mill Street car park into covered market"
    assert parts.byline == "Owen Tarrant"
    assert any(p.startswith("A town centre car park in Ashby") for p in parts.paragraphs)


NEWSLETTER_POST = """The Quayside Letter
Subscribe
Sign in
Archive
Independent reporting on Ashby's town hall, every Friday.
Ashby's bus fares are going up 8%. Here's what you get for it.
The transport board's vote was unanimous, but the questions weren't.
Ines Varga
Nov 21, 2025
Share
The Ashby Transport Board voted 6-0 on Thursday to raise single bus fares from 2.40 to 2.60 pounds from January.
The board says the extra money will pay for two new evening routes and longer hours on the hospital line.
"""


def test_a_headline_ending_like_a_sentence_over_its_byline_and_date_is_the_headline_not_the_text():
    parts = segment_page(NEWSLETTER_POST)
    assert parts.headline == "Ashby's bus fares are going up 8%. Here's what you get for it."
    assert parts.byline == "Ines Varga"
    assert parts.paragraphs[0].startswith("The Ashby Transport Board voted")


def test_a_title_case_headline_under_a_tagline_or_a_series_line_stays_the_headline():
    for over in ("Local news and views from across the valley", "Part three of our series on the Dene valley floods"):
        page = f"""{over}
Home | News | Sport | Contact
Marrow Bridge Reopens After Repairs
By Tilda Orme
4 March 2026
Marrow Bridge reopened to traffic on Tuesday after six months of repairs to its central arch.
The council said the work had cost 2.1 million pounds, less than first feared.
"""
        assert segment_page(page).headline == "Marrow Bridge Reopens After Repairs"


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        (
            "Why the long bus strike in Quenby is finally over",
            "300 drivers return to work on Monday after a pay deal was agreed late on Friday.",
        ),
        ("The first 48 hours", "How volunteers found a missing walker on Scarrow Moor against the odds"),
    ],
)
def test_a_headline_ending_on_over_or_reading_like_a_running_time_stays_the_headline(headline, standfirst):
    page = f"""Quenby Post
News
{headline}
{standfirst}
By Hester Vale
3 March 2026
Drivers at Quenby's only bus company will return to work on Monday after seven weeks on strike.
Send us your photos, the mayor told residents, so the council can see where services were missed most.
More buses are due on the evening routes from April, the company said.
"""
    parts = segment_page(page)
    assert parts.headline == headline
    assert parts.paragraphs[-1].startswith("More buses are due")
    assert any(p.startswith("Send us your photos, the mayor told residents") for p in parts.paragraphs)


def test_a_headline_over_a_longer_standfirst_retelling_the_opening_stays_the_headline():
    page = """Tuesday, March 3, 2026 | 13 Ramadan 1447 AH
The Kessel Tribune Since 1961
Home › Business
CITY NEWS
Harbour board opens 400 million dollar cruise terminal at Port Kessel
The new quay can berth two of the largest cruise ships at once and more than doubles passenger capacity
Tribune Web Desk
Published: Tue 3 Mar 2026, 10:12 AM Updated: Tue 3 Mar 2026, 1:40 PM
WhatsApp Facebook X Email
Cruise ships at the new quay. Picture: Supplied

KESSEL, 3 March 2026 - The new quay at Port Kessel can berth two of the largest cruise ships at once and more than \
doubles the port's passenger capacity, the harbour board said on Tuesday.

The quay was built in 26 months on land reclaimed north of the old breakwater. It cost 400 million dollars, most of it \
borrowed.

Board chairman Idris Falk said the first ship would call in May.
"""
    parts = segment_page(page)
    assert parts.headline == "Harbour board opens 400 million dollar cruise terminal at Port Kessel"
    assert any(p.startswith("KESSEL, 3 March 2026 - The new quay") for p in parts.paragraphs)


def test_a_masthead_and_a_long_menu_over_a_breaking_line_do_not_swallow_the_article():
    menu = "\n".join(
        ["Home", "News", "Sport", "Business", "Politics", "Farming", "Opinion", "Life", "Puzzles", "Jobs", "Homes", "Motors"]
    )
    page = f"""The Welby Courier and Advertiser
{menu}
Monday 10 November 2025
Breaking: the A38 is closed at Hensley after a lorry overturned.
Welby school to close its sixth form next summer
By Rhian Cole
10 November 2025
Welby Academy will close its sixth form at the end of the school year, the trust that runs it said on Monday.
Fewer than 60 students are enrolled in the two year groups, the trust said.
Parents will meet the head teacher on Thursday evening.
"""
    parts = segment_page(page)
    assert parts.paragraphs[-1] == "Parents will meet the head teacher on Thursday evening."
    assert any(p.startswith("Welby Academy will close") for p in parts.paragraphs)


_PROSE = (
    "Harbour pilots at Tessmouth will board ships from three new hybrid boats from next spring, the port authority "
    "said on Tuesday after signing a contract worth 40 million crowns with a local yard.\n\n"
    "The boats will run on battery power inside the harbour and cut fuel use by about a third, the authority said, "
    "and the yard expects to add 30 jobs while they are built over the next eighteen months.\n\n"
    "The first boat is due in the autumn of next year, with the other two following at six-month intervals."
)


def test_a_byline_naming_the_writers_outlet_anchors_the_headline_over_a_video_transcript():
    page = "\n".join(
        [
            "WATCH LIVE: Channel 9 News at 6",
            "Weather Traffic Sports Contact 9",
            "We use cookies to measure which stories are read. You can change this at any time in your settings.",
            "Accept",
            "Privacy choices",
            "Tessmouth port signs 40 million crown deal for three hybrid pilot boats",
            "By Ana Varga, Channel 9",
            "Posted June 3, 2025 at 6:29 PM",
            "Play",
            "Transcript",
            "2:10",
            "0:00 Good evening, and welcome to the programme.",
            "0:04 We start tonight on the waterfront.",
            "0:08 TESSMOUTH, 3 June 2025 — The port authority",
            "0:11 today signed a contract worth",
            "0:15 40 million crowns for three new",
            "0:19 hybrid pilot boats to be built",
            "0:23 at a yard on the quay.",
            "0:27 The boats will take pilots out",
            "0:30 to ships in all weathers.",
            "0:34 Reporting for Channel 9, I'm Ana Varga.",
            "This transcript was made automatically and may contain mistakes.",
            "",
            _PROSE,
        ]
    )
    parts = segment_page(page)
    assert parts.headline == "Tessmouth port signs 40 million crown deal for three hybrid pilot boats"
    assert parts.byline == "Ana Varga"


def test_a_series_label_over_the_headline_is_no_headline_and_the_headline_no_standfirst():
    page = "\n".join(
        [
            "Donate to Tidewater",
            "Part of the series: Ports in Transition",
            "Tessmouth port signs 40 million crown deal for three hybrid pilot boats",
            "by Ana Varga",
            "Feb 15, 2024, 9 a.m.",
            "",
            _PROSE,
        ]
    )
    assert segment_page(page).headline == "Tessmouth port signs 40 million crown deal for three hybrid pilot boats"


# --- the line model: which of the window's lines are the article's ---------------------------------------

_RADIO_PAGE = """Listen live
Harbourlight 88.4
News Schedule Podcasts Competitions Traffic
Home › News › Local
Ferry crew rescue two kayakers off Brannock Point
Harbourlight newsroom Published 08:10 on 3 May 2025
Share on WhatsApp
Copy link
Listen again
Harbourlight News, the 08:00 bulletin
2:41 · Available for 30 days after broadcast
The crew of the morning ferry from Brannock pulled two kayakers from the water off Brannock Point on Saturday after their boat capsized in a sudden squall, the ferry operator said.
Send your news to the Harbourlight newsroom: text 60488 or email tips@harbourlight.example. Texts cost your usual network rate.
On Harbourlight today
06:00 Breakfast with Nell and Corin
10:00 Mornings with Ada Pell
14:00 Afternoons with Rafe Moss
More from the newsroom
Quayside market to open on Sundays from June
Traders at the Quayside market will be allowed to open on Sundays from June after councillors approved a change…
Harbourlight broadcasts on FM and DAB across the Brannock coast.
Contact us Advertise Complaints Cookie settings
"""


def test_a_stations_appeal_worded_as_prose_under_a_one_paragraph_report_is_not_its_text():
    parts = segment_page(_RADIO_PAGE)
    assert parts.headline == "Ferry crew rescue two kayakers off Brannock Point"  # not the player's title over the text
    assert parts.paragraphs == [
        "The crew of the morning ferry from Brannock pulled two kayakers from the water off Brannock Point on Saturday"
        " after their boat capsized in a sudden squall, the ferry operator said."
    ]


def test_a_short_last_paragraph_that_only_says_what_comes_next_stays_in_the_article():
    page = textwrap.dedent(
        """\
        Kelston Courier
        News Sport Business
        Kelston library to close for four months of repairs
        By Nia Brooke
        12 March 2025
        Kelston's central library will close from April for four months while its leaking roof is replaced, the council said on Wednesday.
        The work will cost 1.4 million pounds and is paid for by a government heritage grant.
        A mobile library will stop outside the town hall on Tuesdays and Fridays while the building is shut.
        The library reopens in August.
        Most read
        Kelston Rovers sign a new goalkeeper
        """
    )
    assert segment_page(page).paragraphs[-1] == "The library reopens in August."


def test_the_line_model_is_not_asked_on_a_page_in_another_language(monkeypatch):
    from newscheck.extract import plaintext

    class DropsEverything:
        threshold = 1.1

        def probability(self, features):
            return np.zeros(len(features))

    monkeypatch.setattr(plaintext, "_line_model", lambda: DropsEverything())
    spanish = textwrap.dedent(
        """\
        Diario de Valdemora
        Cierra la piscina municipal de Valdemora por obras
        Por Lucía Serrat
        12 de marzo de 2025
        La piscina municipal de Valdemora cerrará en abril durante cuatro meses para cambiar la cubierta, anunció el ayuntamiento. Escríbenos a redaccion@valdemora.example.
        Las obras costarán 1,4 millones de euros y las pagará una subvención regional.
        """
    )
    assert len(segment_page(spanish).paragraphs) == 2
    assert len(segment_page(_RADIO_PAGE).paragraphs) == 1  # English: the model is asked


# --- the headline model: which line over the window heads the article ---------------------------------------


def test_a_published_line_and_a_caption_between_headline_and_text_do_not_take_the_headlines_place():
    page = textwrap.dedent(
        """\
        Plover
        Top stories For you Local Saved
        Reader view
        Harbour wall repairs to close Fennick quay for six weeks
        The Fennick Gazette
        Published 07:22 UTC, 17 Oct 2024 · picked up by Plover 08:50 UTC
        Cranes lined up on the quay at low tide. Photography: Ada Morrow
        Fennick quay will close to vehicles for six weeks from Monday while contractors repair a section of the harbour wall damaged in last winter's storms, the harbour board said.
        The repairs will cost about 1.2 million pounds and are being paid for from the board's reserves, its chair, Colm Averill, told a meeting of quay tenants on Thursday.
        Fishing boats will still be able to land their catch at the north steps, but the fish market will move to the car park behind the lifeboat station until the work is done.
        Why this story?
        You follow Fennick
        More on Plover
        """
    )
    parts = segment_page(page)
    assert parts.headline == "Harbour wall repairs to close Fennick quay for six weeks"
    assert parts.paragraphs[0].startswith("Fennick quay will close to vehicles")


def test_a_headline_opened_by_an_emoji_is_read_without_it():
    page = textwrap.dedent(
        """\
        Skellside Updates
        📣 Kittering Bay lifeboat crew rescue four from drifting yacht
        by Mara Quill
        3 June 2025
        The Kittering Bay lifeboat crew rescued four people from a yacht that lost its engine and drifted towards the rocks below Gannet Head on Sunday evening, the lifeboat station said.
        All four were brought ashore unhurt and the yacht was towed into the harbour.
        """
    )
    assert segment_page(page).headline == "Kittering Bay lifeboat crew rescue four from drifting yacht"


_BUS_FARES = """Kelston Courier
News Sport Business
Kelston bus fares to rise from April
By Nia Brooke
12 March 2025
Bus fares across Kelston will rise from April, the operator Tarn Buses announced on Monday, blaming higher fuel and wage costs.
The changes include
- Single fares up from £2 to £2.40
- Day tickets up from £5 to £5.80
- Under-16 fares frozen
The council said it had tried to persuade the operator to hold fares for another year but had no power to stop the rise.
The US embassy, which runs a staff shuttle on the same route, did not respond to a request for comment.
Anyone with information about the timetable changes should call Tarn Buses on 01632 960 123.
Related stories
Tarn Buses cuts night services
"""


def test_a_list_under_a_kept_paragraph_and_closing_lines_with_a_phone_number_stay_in_the_article():
    paragraphs = segment_page(_BUS_FARES).paragraphs
    assert "- Single fares up from £2 to £2.40" in paragraphs and "- Under-16 fares frozen" in paragraphs
    assert paragraphs[-2].startswith("The US embassy")  # "US" addresses no reader
    assert paragraphs[-1].startswith("Anyone with information")  # a phone number alone is no chrome


@pytest.mark.parametrize(
    "headline", ["-10C cold snap grips Tresk Valley", "#MeToo case reopened in Kelston", "₹50 crore bridge opens"]
)
def test_a_headline_opening_on_a_sign_or_symbol_that_is_no_pictograph_keeps_it(headline):
    page = f"Kelston Courier\n{headline}\nBy Nia Brooke\n12 March 2025\n{_PROSE}\n"
    assert segment_page(page).headline == headline


def test_kept_lines_keeps_subheads_and_announced_lists_with_their_paragraphs_and_drops_chrome_only_where_shown():
    from newscheck.extract.plaintext import WindowMasks, kept_lines

    #         para   subhead para(chrome) para   "include:" item   item
    prose = np.array([True, False, True, True, True, False, False])
    masks = WindowMasks(prose, np.zeros(7, bool), np.array([0, 0, 0, 0, 1, 0, 0], bool), np.zeros(7, bool))
    probability = np.array([0.9, 0.5, 0.1, 0.1, 0.9, 0.5, 0.5])
    suspect = np.array([False, False, True, False, False, False, False])  # the third line shows chrome, the fourth not
    keep = kept_lines(masks, suspect, probability, 0.3)
    assert keep.tolist() == [True, False, False, True, True, True, True]
    nothing_kept = kept_lines(masks, np.ones(7, bool), np.zeros(7), 0.3)
    assert nothing_kept[prose].sum() == 1  # the likeliest paragraph stays when none would


def test_an_article_body_given_with_its_headline_is_not_read_by_the_page_models():
    from newscheck.extract import extract
    from newscheck.records import Document

    body = (
        "Send us your pictures of the flooding at tips@kelston.example and we will share the best of them on our site.\n\n"
        "Floodwater closed the Kelston road bridge on Sunday after the Ovra burst its banks for the second time this "
        "winter, the county council said.\n\n"
        "The council said the bridge would stay shut until engineers had checked its piers, which could take until Wednesday..."
    )
    as_page = extract(Document(source="page.txt", content=body, kind="text"))
    as_record = extract(Document(source="feed.jsonl:1", content=body, kind="text", metadata={"headline": "Kelston bridge shut"}))
    assert "tips@kelston.example" not in as_page.body  # a page's appeal to the reader is chrome
    assert as_record.body.count("\n\n") == 2  # a record's body is the article as given, every paragraph kept


@pytest.mark.parametrize(
    "note",
    [
        "A version of this article appears in print on Dec. 5, 2026, Section B, Page 3 of the Tressick edition with the headline: Quay rebuild approved.",
        "In the paper: Friday 20 June, page 23, headlined “Quay rebuild gets go-ahead”",
    ],
)
def test_a_print_edition_note_after_the_story_is_not_body(note):
    page = "\n\n".join(
        [
            "Harbour board approves Tressick quay rebuild",
            "By Mara Quell",
            "The Tressick harbour board voted on Tuesday to rebuild the collapsed north quay at a cost of 14 million "
            "crowns, ending a two-year dispute with the town council over who should pay.",
            "Work is due to start in March and take about eighteen months, the board's chair, Olav Brenner, told "
            "reporters after the vote.",
            note,
        ]
    )
    assert segment_page(page).paragraphs[-1].endswith("told reporters after the vote.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cartoon, which first appeared in print on Sunday, drew hundreds of complaints to the paper's ombudsman.",
        "In the paper, readers were told the quay would reopen by March, the harbour board's chair said.",
    ],
)
def test_a_story_that_speaks_of_print_keeps_that_paragraph(sentence):
    page = "\n\n".join(
        [
            "Harbour board approves Tressick quay rebuild",
            "The Tressick harbour board voted on Tuesday to rebuild the collapsed north quay at a cost of 14 million "
            "crowns, ending a two-year dispute with the town council over who should pay.",
            sentence,
            "Work is due to start in March and take about eighteen months, the board's chair, Olav Brenner, told "
            "reporters after the vote.",
        ]
    )
    assert sentence in segment_page(page).paragraphs


def test_a_one_paragraph_story_signed_article_by_outweighs_the_blog_comments_under_it():
    page = "\n\n".join(
        [
            "The Gazette · Campus · City · Sport",
            "Ferry services to Orlin Island suspended after storm damages pier",
            "Article by the Gazette news desk · 4th March 2026 · 1 min read",
            "Ferry services to Orlin Island were suspended on Wednesday after a storm tore away part of the pier at "
            "Kelby harbour, and the island's 300 residents were told to expect no crossings before the weekend.",
            "Filed under: News",
            "2 thoughts on “Ferry services to Orlin Island suspended after storm damages pier”",
            "J. Marsh says:",
            "5th March 2026 at 09:12",
            "Third time this winter. The pier needs more than a patch.",
            "Reply",
            "islander_42 says:",
            "5th March 2026 at 10:40",
            "Shops on the island are already running short of bread and milk.",
            "Reply",
            "Leave a Reply",
        ]
    )
    parts = segment_page(page)
    assert parts.paragraphs and parts.paragraphs[0].startswith("Ferry services to Orlin Island were suspended")
    assert not any("bread and milk" in p or "more than a patch" in p for p in parts.paragraphs)
    assert line_kind("3 responses to “Ferry services to Orlin Island suspended”")[0] == "end_marker"


def test_a_latest_from_header_heads_a_rail_of_other_stories():
    page = "\n\n".join(
        [
            "Kelby ferry pier to reopen after storm repairs",
            "By Mara Quell",
            "12 March 2026",
            "The pier at Kelby harbour will reopen to ferries on Friday after three weeks of repairs to the damage a "
            "storm did to its timber deck, the harbour board said on Wednesday.",
            "The board said the repairs had cost about 400,000 crowns, most of it covered by its insurers.",
            "Latest from the Gazette",
            "Harbour board backs quay rebuild after two-year row with the town council over costs",
        ]
    )
    parts = segment_page(page)
    assert len(parts.paragraphs) == 2
    assert [t.headline for t in parts.teasers] == [
        "Harbour board backs quay rebuild after two-year row with the town council over costs"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Two responses to “the Kelby question” have dominated the debate: the ferry company wants a subsidy.",
        "Three thoughts on 'value for money' were raised by councillors, who asked for an independent review.",
    ],
)
def test_a_story_paragraph_opening_like_a_comment_thread_header_is_prose(paragraph):
    assert line_kind(paragraph)[0] == "prose"


_VIDEO_PAGE = (
    "Clipyard\nSearch\nSign in\nBefore you continue to Clipyard\n"
    "Clipyard uses cookies and data to deliver its services, measure audiences and, if you accept, show personalised "
    "videos and ads based on what you have watched.\n"
    "Reject all\nAccept all\nMore options\n"
    "Play (k)\n0:00 / 3:05\n"
    "Harwick ferry fares to rise by a fifth from April\n"
    "Coast TV 12.1K subscribers\nSubscribe\n2,140 views · Mar 12, 2025\n"
    "Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday, blaming "
    "fuel costs, and a return ticket for a car and two passengers will cost 84 pounds.\n"
    "Show less\n38 Comments\nSort by\n"
    "@harbourlass 2 days ago\n"
    "Another rise and still no word on when the second boat will be back in service, which is what islanders need.\n"
    "👍 12 Reply\n"
    "@osbyjon 3 days ago\n"
    "Good to see the fuel costs explained properly for once.\n"
    "👍 4 Reply\n"
)


def test_a_video_pages_description_is_the_article_not_its_comment_thread():
    body = _body(segment_page(_VIDEO_PAGE))
    assert body.startswith("Fares on the Harwick to Osby ferry will rise by 20 per cent")
    assert "islanders" not in body and "Reply" not in body


def test_a_sentence_broken_after_a_name_is_rejoined_and_a_caption_credit_is_not():
    page = (
        "Harwick ferry fares to rise by a fifth from April\nBy Coast Courier staff · 12 March 2025\n"
        "Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday.\n"
        "The rise follows two years of losses on the route, ahead of a review of the contract. The Osby Island\n"
        "Council said it would ask the operator to freeze fares for residents who travel to work on the mainland.\n"
        "The ferry Osby Star at the Harwick slipway last spring. Photo: Coast Courier archive\n"
        "A return ticket for a car and two passengers will cost 84 pounds.\n"
    )
    paragraphs = _body(segment_page(page)).split("\n")
    assert "ahead of a review of the contract. The Osby Island Council said it would ask" in " ".join(paragraphs)
    assert not any("Photo: Coast Courier archive A return ticket" in p for p in paragraphs)


def test_a_blog_feeds_appeared_first_on_footer_is_chrome():
    page = _FERRY_STORY + "The post Harwick ferry fares to rise by a fifth from April appeared first on Coast Courier.\n"
    body = _body(segment_page(page))
    assert body.startswith("Fares on the Harwick to Osby ferry") and "appeared first" not in body


@pytest.mark.parametrize(
    "note",
    [
        "(With inputs from Harbour Wire)",
        "(Disclaimer: This is a press release distributed by Coast Business Wire. The Courier takes no responsibility.)",
        "Views expressed are personal.",
        "Update 3/4/26, 9:12 a.m.: This article has been updated with more information.",
        "This story was updated with comments from the ferry company.",
        "We have made this story free to read because it affects travel on the island. Please consider subscribing.",
        "Catch all the latest Harwick news, breaking news and live updates on the Courier. Get our app for news on the go.",
        "Every Courier story is checked by two editors. Read more about our standards and how we use AI.",
        "Get unlimited digital access to the Courier for $1 for your first 6 months.",
    ],
)
def test_a_portals_credit_disclaimer_update_note_and_standards_blurb_under_a_story_are_chrome(note):
    assert line_kind(note)[0] == "chrome"
    body = _body(segment_page(_FERRY_STORY + note + "\n"))
    assert body.startswith("Fares on the Harwick to Osby ferry") and note not in body


def test_a_quoted_social_post_over_its_signature_is_no_part_of_the_story_which_goes_on_after_it():
    first = (
        "Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday, "
        "blaming the cost of fuel and of the new ramp at Osby."
    )
    last = "Islanders said they would ask the county council to step in at its meeting next week."
    post = "FARES: Adult returns rise to £14 from 1 April. Island residents keep their discount. Details on our site."
    page = "\n".join(
        [
            "Harwick ferry fares to rise by a fifth from April",
            "By Coast Courier staff · 12 March 2025",
            first,
            post,
            "— Harwick Ferries (@HarwickFerries) March 11, 2025",
            last,
        ]
    )
    body = _body(segment_page(page))
    assert body.startswith(first) and last in body
    assert "Adult returns" not in body and "@HarwickFerries" not in body


def test_a_reprints_first_ran_in_note_is_chrome():
    page = (
        _FERRY_STORY
        + "This piece first ran in the Coast Courier on 12 March 2025. Sharing it here with the editor's permission.\n"
    )
    body = _body(segment_page(page))
    assert body.startswith("Fares on the Harwick to Osby ferry") and "first ran" not in body


@pytest.mark.parametrize(
    "note",
    [
        "This article by Wenna Trelask first appeared in the Halvane Gazette and is shared here with permission.",
        "Written by Wenna Trelask for the Halvane Gazette and republished with the paper's permission.",
        "Saved with the Bookwell browser extension. Some pictures and embedded posts may not have been kept.",
        "This article by Wenna Trelask is reproduced with the permission of the Halvane Gazette.",
        "Live coverage by Wenna Trelask is reproduced with the kind permission of the Halvane Gazette.",
        "Story supplied by the Halvane Gazette's local democracy reporter.",
        "This translation has been checked by a second translator. Tell us if something reads wrongly.",
        "Halvane Valley News is free to read because 9,000 members pay for it.",
        "Join them from £4 a month and keep local reporting free for everyone.",
    ],
)
def test_a_syndication_permission_or_translation_note_is_not_the_article(note):
    page = f"""Halvane Valley News
Ferry to Tressick Island resumes after storm repairs
By Wenna Trelask
4 March 2026
The ferry to Tressick Island resumed sailings on Tuesday after three weeks of repairs to its storm-damaged ramp.
The operator said the first crossing left Halvane quay at 7.15am with 40 passengers on board.
{note}
"""
    parts = segment_page(page)
    assert parts.paragraphs[-1].startswith("The operator said")
    assert not any(p.startswith(note[:20]) for p in parts.paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        "The painting, which was reproduced with permission in a 1962 catalogue, sold for £40,000.",
        "The report was supplied by the harbour board to councillors on Monday.",
    ],
)
def test_a_story_sentence_about_reproducing_or_supplying_is_prose(sentence):
    assert line_kind(sentence)[0] == "prose"


def test_a_press_offices_byline_heads_a_one_sentence_flash():
    page = """Open today 10am-5pm · Free entry
The Skelder Museum, Halvane
Visit
What's on
Collections
Press room
Museum news
Skelder Museum welcomes its 100,000th visitor since the new wing opened
Posted by the Skelder Museum press office · 3 February 2026

The Skelder Museum in Halvane has welcomed its 100,000th visitor since its new wing opened in October, the museum said on Tuesday.

What's on
Family trail: birds of the estuary Saturdays, 10am to 4pm · Free
Lunchtime talk: the lifeboat crews of Halvane Thursday, 1pm · Free
Keep the Skelder free
Every donation helps keep entry free for everyone.
"""
    parts = segment_page(page)
    assert parts.headline == "Skelder Museum welcomes its 100,000th visitor since the new wing opened"
    assert parts.paragraphs[0].startswith("The Skelder Museum in Halvane has welcomed")


def test_another_storys_headline_over_a_lead_retelling_it_ends_a_one_paragraph_story():
    page = """Harl Valley FM · Listen live · Schedule · News · Travel
Local news
Corvey lifeboat crew rescue two kayakers swept out past the harbour wall
By Harl Valley FM newsroom · 14 June 2026

Two kayakers were rescued by the Corvey lifeboat on Saturday afternoon after the tide carried them out past the harbour wall, and both were checked over by paramedics on the quay before going home.

Harl Valley cricket club win county cup for the first time since 1987
Harl Valley Cricket Club won the county cup on Saturday for the first time since 1987, beating the holders by 41 runs at Mossbank.

Travel news
Corvey high street: closed to traffic until 6pm for the summer fair.
Buses between Corvey and Tallow Cross: running ten minutes late after a breakdown.
Harl Valley FM broadcasts on FM and DAB across the valley.
"""
    parts = segment_page(page)
    assert parts.headline == "Corvey lifeboat crew rescue two kayakers swept out past the harbour wall"
    assert parts.paragraphs == [
        "Two kayakers were rescued by the Corvey lifeboat on Saturday afternoon after the tide carried them out past "
        "the harbour wall, and both were checked over by paramedics on the quay before going home."
    ]


def test_a_long_subhead_about_the_headlines_subject_keeps_the_paragraphs_under_it():
    page = """The Tallow Cross Herald · News · Sport · Opinion
Corvey council drops plan to close the Mossbank library branch
By Enid Ashcombe · 14 June 2026

Corvey council has dropped its plan to close the Mossbank branch library after more than 3,000 residents signed a petition against it, the council's leader said on Friday.

The branch, which opened in 1962, will instead share its building with the town's advice centre from next spring, saving the council about £48,000 a year.

Why the council changed its mind on the library
The council changed its mind on the library after a consultation found that most of the branch's visitors were over 70 or under 12 and had no easy way to reach the central library.

Councillor Petra Vane, who chairs the libraries committee, said the petition had "made the case better than any report could".
"""
    parts = segment_page(page)
    assert any(p.startswith("The council changed its mind on the library") for p in parts.paragraphs)
    assert parts.paragraphs[-1].startswith("Councillor Petra Vane")


@pytest.mark.parametrize("heading", ["Notes to editors", "Note to editors:", "Media contact:", "For further information"])
def test_a_press_releases_closing_heading_ends_it_whatever_its_case(heading):
    page = f"""Ebbermoor Learning Trust
News
Trust to open breakfast clubs at all 23 of its schools
Posted by the Trust's communications team · 2 September 2026

Every school in the Ebbermoor Learning Trust will run a free breakfast club from January, the Trust said on Tuesday.

The clubs will cost about £640,000 a year and will be open to every pupil, whatever their family's income.
{heading}
- The Trust runs 23 primary and secondary schools with about 11,400 pupils.
- Interviews with the chief executive can be arranged through the communications team on 01632 960 118.
"""
    parts = segment_page(page)
    assert parts.paragraphs[-1].startswith("The clubs will cost")
    assert line_kind(heading)[0] == "end_marker"


def test_a_readers_letters_section_under_the_story_is_not_the_article():
    page = """The Harl Valley Pilot · Est. 1861 · Out every Thursday
News | Sport | Letters | What's on
Corvey swimming pool to reopen in May after £2.1m repairs
Reporter: Enid Ashcombe
Thursday 12th March 2026

Corvey's swimming pool will reopen in May after a £2.1 million repair of its roof and filters, the district council said on Wednesday.

The pool closed in 2024 when engineers found corrosion in the steel beams over the main hall.
Your letters
Letter of the week
Who will pay for the heating?
Your report on the pool says nothing about what it will cost to heat it, which is the question every council tax payer will ask.
Derek Tolland, Mossbank
"""
    parts = segment_page(page)
    assert parts.paragraphs[-1].startswith("The pool closed in 2024")
    assert line_kind("Your letters")[0] == line_kind("Letters to the editor")[0] == "end_marker"


def test_a_sentence_glued_after_a_number_is_split_from_the_agencys_copyright_line():
    page = """World
Kellvar skier wins 30km title in photo finish
Halyard Posted: Sunday, March 8, 2026 2:34 PM
KELLVAR, March 8 (Halyard) - Ines Marrow won the women's 30 km title on Sunday in front of a home crowd of more than 40,000.Copyright © 2026 Halyard. All rights reserved.
Join the conversation
10 comments
quietreader 39 likes
Great race, and a great crowd for it.
"""
    parts = segment_page(page)
    assert parts.paragraphs == ["Ines Marrow won the women's 30 km title on Sunday in front of a home crowd of more than 40,000."]


def test_a_correction_under_the_story_stays_in_it_for_the_cross_checks_to_read():
    page = """Harl Valley News
Ferry to Tressick Island resumes after storm repairs
By Wenna Trelask
4 March 2026
The ferry to Tressick Island resumed sailings on Tuesday after three weeks of repairs to its storm-damaged ramp.
The operator said the first crossing left Halvane quay at 7.15am with 40 passengers on board.
An earlier version of this story said the ferry had been out of service for five weeks. It was three.
"""
    parts = segment_page(page)
    assert parts.paragraphs[-1].startswith("An earlier version of this story said")


_STELLBRIDGE_STORY = (
    "All trams in Corvey were halted for more than three hours on Thursday morning after an overhead power cable "
    "snapped and fell onto the tracks at Market Cross, the operator said."
)


def test_a_consent_dialogs_more_options_button_after_a_vendors_link_opens_no_rail_over_the_story():
    page = f"""Advertisement
We care about your privacy
We and our 214 partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers, for personalised advertising and content.
View our vendors
MORE OPTIONS
AGREE
News › Corvey News
Corvey trams halted across the city after overhead cable snaps at Market Cross
Corvey Live Newsdesk
Bookmark
13:20, 12 JUN 2025
Video Loading
Play now
{_STELLBRIDGE_STORY}
Comments
"""
    window = article_window(page)
    kinds = {line.text: (line.kind, line.rail) for line in window.lines}
    assert kinds["MORE OPTIONS"][0] == kinds["View our vendors"][0] == "chrome"
    assert kinds[_STELLBRIDGE_STORY] == ("prose", 0)


def test_key_takeaways_under_the_byline_are_no_teasers_and_the_story_under_them_opens_the_article():
    page = f"""CORVEY DISPATCH News without the noise
Politics Climate Money
Corvey trams halted across the city after overhead cable snaps at Market Cross
by Hanna Tolland Updated Apr 16, 2025, 8:27am · 1 min read
Share
Key takeaways
Trams halted for three hours after a cable snapped at Market Cross
Forty metres of cable replaced by midday; normal service on Friday
{_STELLBRIDGE_STORY}
The operator said engineers had replaced forty metres of cable by midday and that services would run normally on Friday.
412 comments
Sort by Top Newest Oldest
rachel.t 18h
Please keep following this story. It always disappears after a week, and then nothing happens at all.
▲ 177 Reply Share
tansey_tom 9h
Brilliant. Finally some good news for this part of the county, and about time too, I would say.
"""
    lines = article_window(page).lines
    assert not any(line.rail for line in lines if line.text.startswith(("Corvey trams halted", "Trams halted", "Forty")))
    assert next(line for line in lines if line.text == _STELLBRIDGE_STORY).opens_article
    parts = segment_page(page)
    assert parts.paragraphs[0] == _STELLBRIDGE_STORY
    assert parts.paragraphs[-1].startswith(
        "The operator said engineers had replaced forty metres of cable by midday and that services"
    )


def test_an_embedded_social_post_is_not_the_article_and_the_story_goes_on_after_it():
    page = f"""Skip to content
Corvey trams halted across the city after overhead cable snaps at Market Cross
16 hours ago
By Hanna Tolland, VCS News, Corvey
{_STELLBRIDGE_STORY}
Skip Chirp post by Corvey Trams
Allow Chirp content?
This article contains content provided by Chirp. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.
Accept and continue
All lines are suspended while engineers repair the overhead cable at Market Cross. Please use replacement buses.
— Corvey Trams (@CorveyTrams) June 12, 2025
End of Chirp post by Corvey Trams
The operator said engineers had replaced forty metres of cable by midday and that services would run normally on Friday.
Related topics
"""
    parts = segment_page(page)
    assert parts.paragraphs == [
        _STELLBRIDGE_STORY,
        "The operator said engineers had replaced forty metres of cable by midday and that services would run normally on Friday.",
    ]


LIST_ARCHIVE_CHROME = [
    "Holm Community Lists · All lists · Search · Sign in",
    "« Older: Fwd: Harbour wall repairs start next week  Back to March 2026  Newer: Fwd: School run bus cut »",
    "[Holm Islanders] Fwd: Ferry fares to rise 9 percent from April",
    "3 messages · 3 participants · Download this thread (mbox)",
    "T Tamsin Rowe tamsin.rowe (at) holmmail.example",
    "Tue, 3 Mar 2026 09:12:40 +0000",
    "Reply Permalink View source",
]


def test_a_story_forwarded_in_a_hard_wrapped_email_is_the_article_not_its_covering_note():
    text = "\n".join([*LIST_ARCHIVE_CHROME, *FORWARDED_STORY_EMAIL])
    parts = segment_page(text)
    body = "\n\n".join(parts.paragraphs)
    assert parts.paragraphs[0].startswith("Ferry fares on the Holm crossing will rise by 9 percent from April")
    assert "the second increase in a year, after fuel and crew costs went up faster" in body  # lines rejoined
    assert body.rstrip().endswith("before the new fares take effect.")
    assert "Copied below" not in body and "mailing list" not in body


def test_a_pages_lists_of_short_lines_are_not_read_as_hard_wrapped_text():
    menu = ["Home", "News", "Sport", "Weather", "", "Top stories", "Fares to rise", "Bus cut", ""] * 3
    assert wrap_width([*menu, " ".join(FORWARDED_STORY_EMAIL)]) is None  # a paragraph on one line among them
    assert 60 <= wrap_width(FORWARDED_STORY_EMAIL + LIST_ARCHIVE_CHROME) <= 70  # the e-mail's width
