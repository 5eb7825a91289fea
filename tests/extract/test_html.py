"""HTML extraction: the article without the site's chrome, with its metadata and credits."""

from __future__ import annotations

from html import escape as html_escape

import pytest
from conftest import FORWARDED_STORY_EMAIL, HTML_EXAMPLES

from newscheck.extract import ExtractError, extract
from newscheck.records import Document


def _page(name: str) -> Document:
    return Document(source=name, content=(HTML_EXAMPLES / name).read_bytes(), kind="html")


def test_news_page_keeps_article_and_drops_chrome():
    article = extract(_page("harbor-strike.html"))
    assert article.headline == "Dock workers in Port Selwyn end nine-day strike after pay deal"
    assert article.published == "2025-03-14"
    assert article.byline and "Imogen Hartley" in article.byline
    assert article.body.startswith("Dock workers at the fictional port of Port Selwyn voted")
    assert article.body.rstrip().endswith("he told reporters.")
    for chrome in ("cookies", "Related stories", "All rights reserved", "Sport", "Photo:"):
        assert chrome not in article.body
    assert "Ledger Pictures/Sam Okafor" in article.credits
    assert len(article.paragraphs) == 5 and article.language == "en"


def test_wire_page_with_meta_date_and_newsletter_box():
    article = extract(_page("vaccine-plant.html"))
    assert article.headline == "Valdria opens vaccine plant, officials say output will double"
    assert article.published == "2025-06-02"
    assert article.body.startswith("The fictional republic of Valdria opened")
    assert "newsletter" not in article.body.lower() and "Go ad free" not in article.body


def test_same_content_gives_same_id_whatever_the_chrome():
    page = (HTML_EXAMPLES / "harbor-strike.html").read_text()
    rechromed = page.replace('<div class="cookie-banner">', '<div class="promo">Try our app!</div><div class="cookie-banner">')
    first = extract(_page("harbor-strike.html"))
    second = extract(Document(source="other.html", content=rechromed, kind="html"))
    assert first.id == second.id


def test_legacy_encoding_page_is_decoded():
    html = (
        "<html><head><meta charset='windows-1252'><title>Caf\xe9 owners protest new rents</title></head><body>"
        "<article><h1>Caf\xe9 owners protest new rents</h1>"
        "<p>Owners of forty caf\xe9s in the fictional town of Brenmoor marched to the town hall on Monday, "
        "saying rents had risen by a third in a year \u2013 more than any of them could pay.</p>"
        "<p>\u201cWe are not asking for favours,\u201d said Lotte Marsh, who runs a bakery on the square.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    article = extract(Document(source="legacy.html", content=html, kind="html"))
    assert "cafés" in article.body and "“We are not asking for favours,”" in article.body


def test_invalid_utf8_without_declared_charset_still_decodes():
    data = b"Headline about the fictional Lake Ovra\n\nFishermen on Lake Ovra said catches had fallen by half this season, blaming warmer water."
    data = data.replace(b"half", b"h\xe4lf")  # one stray latin-1 byte
    article = extract(Document(source="mixed.txt", content=data, kind="text"))
    assert "Fishermen on Lake Ovra" in article.body


def test_html_without_article_is_an_error():
    html = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    with pytest.raises(ExtractError):
        extract(Document(source="menu.html", content=html, kind="html"))


def test_non_english_article_is_marked_and_warned():
    html = (
        "<html><body><article><h1>Hafenarbeiter beenden Streik</h1>"
        "<p>Die Hafenarbeiter der erfundenen Stadt Selwyn haben am Donnerstag nach neun Tagen ihren Streik beendet, "
        "nachdem die Hafenverwaltung eine Lohnerhöhung von 6,5 Prozent zugesagt hatte.</p>"
        "<p>Die Gewerkschaft sprach von einem fairen Ergebnis für alle Mitglieder.</p></article></body></html>"
    )
    article = extract(Document(source="de.html", content=html, kind="html"))
    assert article.language == "de"
    assert any("language" in w for w in article.warnings)


def test_a_related_stories_rail_becomes_teasers_and_stays_out_of_the_body():
    article = extract(_page("harbor-strike.html"))
    assert [t.headline for t in article.teasers] == [
        "Port Selwyn traffic hits record high in January",
        "Union warns of strike over night shifts",
    ]
    assert not any(t.headline in article.body for t in article.teasers)


def test_a_page_without_rails_has_no_teasers():
    assert extract(_page("vaccine-plant.html")).teasers == []


# Fictional page: chrome that trafilatura keeps as paragraphs inside the article element.
CHROME_IN_ARTICLE = """<html><head><title>Lendria raises rates again</title></head><body><article>
<h1>Lendria raises rates again</h1>
<p>Lendria's central bank raised its main interest rate to 6 percent on Thursday, its fourth increase this year.</p>
<p>Read more: <a href="/x">Why Lendria's inflation will not go away</a></p>
<p>"Inflation remains far too high," governor Ana Silvo told a news conference in the capital.</p>
<p>ADVERTISEMENT</p>
<p>Economists polled by the Fictional Times had expected the move. Mortgage rates are likely to follow, they said.</p>
<p>Sign up for our free business newsletter</p>
</article></body></html>"""


def test_chrome_paragraphs_inside_the_article_are_dropped_and_inline_links_become_teasers():
    article = extract(Document(source="chrome.html", content=CHROME_IN_ARTICLE.encode(), kind="html"))
    assert len(article.paragraphs) == 3
    for chrome in ("ADVERTISEMENT", "newsletter", "Read more"):
        assert chrome not in article.body
    assert [t.headline for t in article.teasers] == ["Why Lendria's inflation will not go away"]


def test_short_article_sentences_that_use_chrome_words_stay_in_the_body():
    page = CHROME_IN_ARTICLE.replace(
        "<p>ADVERTISEMENT</p>", "<p>ADVERTISEMENT</p><p>The bank will appeal the copyright ruling. Why?</p><p>Why?</p>"
    )
    article = extract(Document(source="chrome.html", content=page.encode(), kind="html"))
    assert "The bank will appeal the copyright ruling. Why?" in article.paragraphs
    assert "Why?" in article.paragraphs and "ADVERTISEMENT" not in article.body


def test_article_nested_deeper_than_libxml2s_default_limit_is_kept():
    # Broken pages that never close their <div>s nest the article hundreds of levels deep (fictional page).
    paragraphs = (
        "<p>The fictional mayor of Arden resigned on Monday, officials said. She gave no reason for her decision.</p>"
        "<p>The council will meet on Friday to choose a successor, a spokesman for the council said.</p>"
    )
    html = "<html><head><title>Arden mayor resigns</title></head><body>" + "<div>" * 600 + paragraphs + "</body></html>"
    article = extract(Document(source="deep.html", content=html.encode(), kind="html"))
    assert article.body.startswith("The fictional mayor of Arden resigned on Monday")
    assert article.body.endswith("a spokesman for the council said.")


def test_text_far_longer_than_any_article_is_refused_with_its_length():
    html = "<html><body><article>" + "".join(
        f"<p>The fictional council of Arden met for the {i}th time on Monday and passed item {i}, officials said.</p>"
        for i in range(4000)
    )
    with pytest.raises(ExtractError, match=r"characters is over the 250000-character limit"):
        extract(Document(source="dump.html", content=(html + "</article></body></html>").encode(), kind="html"))


def test_a_lone_surrogate_in_the_text_still_gives_an_id():
    from newscheck.extract import article_id

    assert article_id("Harbour \ud800 strike", "Workers walked out.") == article_id(
        "Harbour \ufffd strike", "Workers walked out."
    )


PARAGRAPHS = [
    "The fictional town council of Marrow Hill voted on Thursday to close the old swimming baths on Fenwick Road "
    "at the end of the summer, after engineers found cracks in the main pool's concrete shell.",
    "The council said a repair would cost 4.1 million, more than twice what it had set aside for all its "
    "leisure buildings this year, and that a new pool would open at the sports park in 2027.",
    "\u201cWe have run out of ways to keep the water in,\u201d said councillor Edda Brask, who chairs the "
    "leisure committee. Swimmers who hold season tickets will be offered refunds.",
]


BATHS_HEADLINE = "Marrow Hill to close its old swimming baths"
BATHS_HEAD = f"<html><head><title>{BATHS_HEADLINE}</title></head><body>"


def _story(body: str, around: str = "") -> Document:
    page = (
        f"{BATHS_HEAD}<header><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav></header><main><article>"
        f"<h1>{BATHS_HEADLINE}</h1>{around}{body}</article></main></body></html>"
    )
    return Document(source="baths.html", content=page, kind="html")


def test_blocks_the_page_names_as_chrome_by_class_stay_out_of_the_body_whatever_their_words():
    # Wording no chrome list holds; only the class names say what the blocks are.
    around = (
        "<div class='StoryByline'>Filed by Ansel Morrow for the Hill Gazette, Thursday</div>"
        "<div class='listen-widget'><span>Hear this story read aloud</span> <span>Voiced by Marta</span></div>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        "<div class='member-appeal'><p>Local reporting like this is paid for by readers who chip in each month; "
        "every pound keeps a reporter at the council meetings nobody else attends.</p></div>"
        "<div id='cmpBox' class='gdprNotice'><p>Before you read on: this site works with outside providers "
        "for maps, video and measurement, and you can change what they may see at any time.</p></div>"
    )
    article = extract(_story(body, around))
    assert article.paragraphs == PARAGRAPHS


def test_paragraphs_set_apart_by_line_breaks_are_all_kept():
    around = "<div class='story-meta'>Station staff</div><div class='video-player'>Watch the report</div>"
    body = "<div class='story-text'>" + "<br><br>".join(PARAGRAPHS) + "<br><br><i>Copyright 2025 Channel 6.</i></div>"
    article = extract(_story(body, around))
    assert article.paragraphs[:3] == PARAGRAPHS


def test_a_press_release_ends_at_its_company_box_and_contacts():
    release = (
        "<p>May 6, 2025, 09:00 ET</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p><b>About the Marrow Hill Leisure Trust</b></p><p>The trust runs the town's pools and gyms on behalf of "
        "the council. It employs 140 people.</p><p><b>Media contact:</b><br>Ines Varga<br>+00 555 0100</p>"
        "<p>SOURCE Marrow Hill Leisure Trust</p>"
    )
    article = extract(_story(release))
    assert article.paragraphs == PARAGRAPHS


def test_what_the_page_hides_is_not_the_article():
    shown = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    hidden = f"<div class='rest' hidden><p>{PARAGRAPHS[2]}</p></div><div style='display:none'>baths pool swim news</div>"
    wall = "<div class='gate'><p>Keep reading with a free account: it takes a minute.</p></div>"
    article = extract(_story(shown + hidden + wall))
    assert article.paragraphs == PARAGRAPHS[:2]


OLD_TABLE_PAGE = """<html><head><title>Ferry timetable cut for winter</title></head><body>
<table width="100%"><tr><td><font size="5">The Saltmere Courier</font><br>Serving the coast since 1911</td></tr>
<tr><td><a href="/">Front Page</a> | <a href="/news">News</a> | <a href="/tides">Tide Tables</a> | <a href="/ads">Classifieds</a></td></tr>
<tr><td width="70%"><font face="Georgia"><b>Ferry timetable cut for winter</b><br>
By Courier Staff | Posted: Monday, October 6, 2025 at 8:10 a.m.<br><br>
The island ferry will run four crossings a day instead of seven from November until March, the operator said on Monday, blaming a shortage of crew.<br><br>
Islanders who commute to the mainland said the first morning sailing would now leave too late for them to reach work by nine.<br><br>
The operator said it hoped to restore the full timetable in the spring once six new deckhands finish their training.<br><br>
This story has been viewed 412 times.<br><br>
<b>Reader comments (3)</b><br>
gullwatcher wrote on 10/6/2025:<br>Another winter of waiting on the pier in the rain, then.<br>Report abuse<br><br>
T. Marsh wrote on 10/6/2025:<br>They said the same last year and the year before that.<br>Report abuse<br><br>
</font></td><td width="30%"><b>Other stories in News</b><br><a href="/a">Harbour wall repairs to start in January</a><br>
<a href="/b">School choir wins county prize</a><br><a href="/c">Lifeboat called out twice in one night</a></td></tr>
<tr><td>Copyright 1999-2025 The Saltmere Courier. Site by Islandweb.</td></tr></table></body></html>"""


def test_an_old_table_layout_page_gives_its_story_without_the_comments_and_links_around_it():
    article = extract(Document(source="courier.html", content=OLD_TABLE_PAGE, kind="html"))
    assert article.paragraphs[0].startswith("The island ferry will run four crossings")
    assert any(p.startswith("The operator said it hoped") for p in article.paragraphs)
    for chrome in ("Report abuse", "wrote on", "Other stories", "Lifeboat called out", "Tide Tables"):
        assert chrome not in article.body


def _bare_page(inner: str) -> Document:
    """A page whose headline stands outside the article's element, above it, with a link list after it."""
    links = "".join(
        f"<li><a href='/s{n}'>Council budget story number {n} and its effect on the county's schools</a></li>" for n in range(12)
    )
    page = (
        f"{BATHS_HEAD}<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><h1>{BATHS_HEADLINE}</h1>"
        f"{inner}<div class='more'><h3>Elsewhere</h3><ul>{links}</ul></div><footer>Contact us | Privacy</footer></body></html>"
    )
    return Document(source="baths.html", content=page, kind="html")


def test_break_paragraphs_keep_the_text_after_a_picture_or_heading():
    first, second, third = PARAGRAPHS
    for block in ("<img src='baths.jpg'>", "<h3>Pool closure</h3>", "<script>var slot = 1;</script>"):
        inner = f"<table><tr><td>Posted May 5, 2025<br><br>{block}{first}<br><br>{second}<br><br>{third}</td></tr></table>"
        article = extract(_bare_page(inner))
        assert first in article.paragraphs and third in article.paragraphs, block


def test_a_container_named_like_chrome_that_holds_the_article_is_kept():
    extra = [p.replace("Marrow Hill", "Hill Top") for p in PARAGRAPHS]
    shown, walled = PARAGRAPHS[:2], [PARAGRAPHS[2], *extra]
    split_wall = f"<div class='article-body'>{''.join(f'<p>{p}</p>' for p in shown)}</div>"
    split_wall += f"<div class='paywall'>{''.join(f'<p>{p}</p>' for p in walled)}</div>"
    assert extract(_bare_page(split_wall)).paragraphs == [*shown, *walled]
    tagged = (
        "<div class='post-12 post type-post tag-meta tag-social-media'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    )
    assert extract(_bare_page(tagged)).paragraphs == PARAGRAPHS


def test_headings_inside_the_article_are_no_end_and_no_rail():
    for heading in ("<p><b>SOURCE: Office for National Statistics</b></p>", "<h2>About Time</h2>", "<h2>More cuts to come</h2>"):
        body = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{heading}<p>{PARAGRAPHS[2]}</p>"
        article = extract(_story(f"<section>{body}</section>"))
        assert PARAGRAPHS[2] in article.paragraphs, heading


def test_an_article_under_a_consent_dialogs_aria_hidden_wrapper_is_read():
    dialog = (
        "<div class='consent'>"
        + "".join(
            f"<p>We and our {n} partners store and read cookies on your device to measure audiences and show offers; you can change your mind at any time.</p>"
            for n in range(6)
        )
        + "</div>"
    )
    page = (
        "<html><head><title>Baths to close</title></head><body><h1>Marrow Hill Gazette</h1>"
        f"<div id='page' aria-hidden='true'><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></div>{dialog}</body></html>"
    )
    article = extract(Document(source="consent.html", content=page, kind="html"))
    assert PARAGRAPHS[0] in article.paragraphs


def _scroll_page(title: str) -> Document:
    """An infinite-scroll page: the story asked for, then the next two loaded under it, each an <article> with its h1."""
    stories = [
        ("Tram depot roof to be replaced after winter leaks", "The Brisvik tram depot will get a new roof by autumn"),
        ("Library opens on Sundays from March", "The central library in Brisvik will open on Sunday afternoons"),
        ("Harbour crane operators vote to accept pay offer", "Crane operators at Brisvik harbour voted to accept"),
    ]
    articles = "".join(
        f"<article><h1>{headline}</h1><p class='byline'>By Ola Brekke</p>"
        + "".join(
            f"<p>{lead}, council officials said on Tuesday, in paragraph {n} of this report about the plan.</p>" for n in range(4)
        )
        + "</article>"
        for headline, lead in stories
    )
    html = (
        f"<html><head><title>{title} | Brisvik Post</title></head><body><nav><a href='/'>Home</a></nav>{articles}</body></html>"
    )
    return Document(source="scroll.html", content=html, kind="html")


def test_an_infinite_scroll_page_gives_the_story_asked_for_not_the_next_ones_loaded_under_it():
    article = extract(_scroll_page("Tram depot roof to be replaced after winter leaks"))
    assert all(p.startswith("The Brisvik tram depot") for p in article.paragraphs) and len(article.paragraphs) == 4
    asked = extract(_scroll_page("Library opens on Sundays from March"))
    assert all(p.startswith("The central library") for p in asked.paragraphs) and len(asked.paragraphs) == 4


def test_live_blog_entries_under_the_pages_one_headline_are_all_kept():
    entries = "".join(
        f"<article class='entry'><h2>{time}</h2><p>{text}</p></article>"
        for time, text in (
            ("09:10", "The first trains of the morning left Brisvik central on time after the overnight repairs were finished."),
            ("09:45", "Commuters on the northern line said the carriages were crowded but the service was running normally."),
            ("10:30", "The operator said a full timetable would run for the evening rush hour and apologised for the delays."),
        )
    )
    html = f"<html><head><title>Live: rail repairs</title></head><body><h1>Live: Brisvik rail repairs</h1>{entries}</body></html>"
    article = extract(Document(source="live.html", content=html, kind="html"))
    assert len(article.paragraphs) == 3 and article.paragraphs[-1].startswith("The operator said")


def test_captions_reply_sections_and_the_joined_inline_parts_of_a_chrome_block_stay_out_of_the_body():
    around = (
        "<div class='story-author'><span class='name'>Hill Gazette staff</span> <span class='badge'>✓ Local desk</span>"
        "<div class='when'>Posted Thu 3 April 2025, 9:10am</div></div>"
        "<figure><img src='/baths.jpg' alt=''><figcaption>Swimmers queue at the Fenwick Road baths on its last "
        "Saturday before the inspection. (Ina Holm/Gazette)</figcaption></figure>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        "<section class='replies'><h2>Replies</h2><ol><li><b>Rona P.</b> · 3h"
        "<p>My children learned to swim there and I am sorry to see it go after all these years.</p></li></ol></section>"
    )
    article = extract(_story(body, around))
    assert article.paragraphs == PARAGRAPHS


def test_a_key_points_box_repeating_the_articles_sentences_is_dropped_with_its_heading():
    points = (
        "<section class='css-x1'><h2>Key points</h2><ul>" + "".join(f"<li>{p}</li>" for p in PARAGRAPHS[1:]) + "</ul></section>"
    )
    body = "<div class='css-x2'>" + "".join(f"<div class='css-x3'>{p}</div>" for p in PARAGRAPHS) + "</div>"
    article = extract(_story(body, points))
    assert article.paragraphs == PARAGRAPHS


def test_a_reply_section_under_a_one_paragraph_story_is_dropped_however_many_paragraphs_its_readers_wrote():
    replies = "".join(
        f"<li class='reply'><div class='reply-head'><b>Reader {n}</b> · 3h</div><p>{text}</p>"
        "<div class='reply-actions'><button>Thank (2)</button><button>Reply</button></div></li>"
        for n, text in enumerate(
            [
                "I learned to swim in that pool in 1971 and my grandchildren learned there too, so this is a sad day.",
                "Four million is a lot, but the council found twice that for the new car park last year, remember.",
                "Will the sports park pool have a proper diving board, or is that another thing we are losing?",
                "The engineers warned about those cracks in 2019; I went to the meeting where they said so.",
            ]
        )
    )
    page = (
        f"{BATHS_HEAD}<div class='hb-layout'><main><article class='hb-article'><h1>{BATHS_HEADLINE}</h1>"
        f"<div class='hb-body'><p>{PARAGRAPHS[0]}</p></div></article><section class='hb-replies'><h2>Replies</h2>"
        f"<p class='hb-rules'>House rules for replies: be kind and keep it local.</p><ol>{replies}</ol></section>"
        "</main></div></body></html>"
    )
    article = extract(Document(source="baths.html", content=page, kind="html"))
    assert article.paragraphs == PARAGRAPHS[:1]


def test_a_body_trafilatura_takes_for_comments_is_read_from_the_pages_visible_text():
    # trafilatura drops an element named "comment-body" (an opinion section's body may be named so)
    body = "<div class='comment-body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    article = extract(_story(body))
    assert article.paragraphs == PARAGRAPHS
    assert any("visible text" in warning for warning in article.warnings)


def test_a_paragraph_a_reader_quotes_or_a_caption_repeats_stays_in_the_body():
    caption = f"<figure><img src='/b.jpg' alt=''><figcaption>{PARAGRAPHS[2]}</figcaption></figure>"
    replies = (
        "<section class='hb-replies'><h2>Replies</h2><ol>"
        f"<li class='reply'><b>Rona P.</b><blockquote><p>{PARAGRAPHS[1]}</p></blockquote><p>So where did the money go?</p></li>"
        "<li class='reply'><b>Tam</b><p>Sad news for the whole town, and for the swimming club most of all.</p></li></ol></section>"
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + caption + replies
    assert extract(_story(body)).paragraphs == PARAGRAPHS


def test_a_body_named_like_a_reply_guide_is_still_the_article():
    body = "<div class='story-body replies-guide'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    assert extract(_story(body)).paragraphs == PARAGRAPHS


def test_a_short_list_the_article_names_again_is_the_articles_own():
    listing = ["The pools that stay open are:", "- Hillside Leisure Centre", "- Oak Lane Baths"]
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        "<p>The pools that stay open are:</p><ul><li>Hillside Leisure Centre</li><li>Oak Lane Baths</li></ul>"
        "<p>Swimmers can use Hillside Leisure Centre and Oak Lane Baths with their season tickets until the new pool opens.</p>"
    )
    paragraphs = extract(_story(body)).paragraphs
    assert all(item in paragraphs for item in listing)


def test_deeply_nested_markup_is_refused_cleanly():
    page = "<html><body>" + "<span>" * 3000 + "Harbour" + "</span>" * 3000 + "</body></html>"
    with pytest.raises(ExtractError):
        extract(Document(source="deep.html", content=page, kind="html"))


_PROSE = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The county council voted on Tuesday to build a flood barrier along the lower Esk at a cost of 12 million pounds.",
        "Work on the 900-metre wall will begin in the spring and take two years, the council's engineer told members.",
        "Residents of Eskmouth have asked for a barrier since the river burst its banks three winters in a row.",
        "\u201cWe have waited a long time for this,\u201d said Jonah Pell, who chairs the riverside residents' group.",
    )
)


def test_the_headline_is_the_one_the_page_shows_not_its_sharing_title():
    html = f"""<html><head><title>Esk flood wall: what the £12m plan means for you | Riverside Post</title>
    <meta property="og:site_name" content="Riverside Post">
    <meta property="og:title" content="Esk flood wall: what the £12m plan means for you"></head>
    <body><header><a href="/">Riverside Post</a></header><article>
    <h1 class="headline">Council approves £12m flood wall for Eskmouth</h1>{_PROSE}</article></body></html>"""
    article = extract(Document(source="flood-wall.html", content=html.encode(), kind="html"))
    assert article.headline == "Council approves £12m flood wall for Eskmouth"


def test_a_theme_giving_the_site_name_the_h1_takes_the_headline_from_the_h2_its_title_names():
    html = f"""<html><head><title>Council approves flood wall for Eskmouth &#8211; The Esk Valley Times</title></head>
    <body><h1 class="site-title"><a href="/">The Esk Valley Times</a></h1>
    <article><h2 class="entry-title">Council approves flood wall for Eskmouth</h2>{_PROSE}</article>
    <aside><h2 class="widget-title">Recent Posts</h2></aside></body></html>"""
    article = extract(Document(source="flood-wall-theme.html", content=html.encode(), kind="html"))
    assert article.headline == "Council approves flood wall for Eskmouth"


def test_a_section_label_in_the_h1_does_not_beat_the_pages_titles():
    html = f"""<html><head><title>Council approves flood wall for Eskmouth | Riverside Post</title>
    <meta property="og:title" content="Council approves flood wall for Eskmouth"></head>
    <body><h1 class="section">Cost of living</h1><article><h2>Council approves flood wall for Eskmouth</h2>{_PROSE}</article></body></html>"""
    article = extract(Document(source="flood-wall-section.html", content=html.encode(), kind="html"))
    assert article.headline == "Council approves flood wall for Eskmouth"


CAROUSEL_PAGE = """<!DOCTYPE html><html><head><title>Tram extension: three routes put to residents | Northgate Post</title></head>
<body><header><a href="/">Northgate Post</a></header><main>
<h1>Tram extension: three routes put to residents</h1>
<div class="Article_body__x1">
<div class="RichText_p__a"><p>Residents of north Northgate are being asked to choose between three routes for a tram extension to Ashby Green, as a consultation opens today.</p></div>
<div class="RichText_p__a"><p>The 4km branch would leave the existing line at Mill Street and serve about 30,000 people living near its stops.</p></div>
<div class="Carousel_root__Fv7" data-component="related-carousel">
<div class="Carousel_header__d0"><span>Related stories</span><button>Previous</button><button>Next</button></div>
<ul><li><a href="/a"><h3>Tram passenger numbers hit a record high</h3><p>More than 20 million journeys were made on the network last year, most of them in the evening.</p></a></li>
<li><a href="/b"><h3>Traders split over plans for a tram stop</h3><p>Some shopkeepers say a stop outside would transform trade, while others fear losing parking.</p></a></li></ul>
</div>
<div class="RichText_p__a"><p>The transport authority says the route along the old railway line would be the cheapest to build, at about 140 million pounds.</p></div>
<div class="RichText_p__a"><p>Have a photo or video of the route? Send it to pictures@northgatepost.example.</p></div>
<div class="RichText_p__a"><p>The consultation runs until 9 January, and a route will be chosen next summer.</p></div>
</div></main><footer>&copy; 2026 Northgate Post</footer></body></html>"""


def test_a_carousel_of_cards_between_paragraphs_and_a_call_for_readers_pictures_stay_out_of_the_body():
    article = extract(Document(source="carousel.html", content=CAROUSEL_PAGE, kind="html"))
    assert article.paragraphs[0].startswith("Residents of north Northgate")
    assert article.paragraphs[-1].startswith("The consultation runs until 9 January")
    assert "journeys" not in article.body and "shopkeepers" not in article.body and "Send it to" not in article.body
    assert len(article.paragraphs) == 4


def test_a_story_body_in_a_section_named_after_a_carousel_feature_is_kept():
    page = """<html><head><title>The Pier Carousel Turns 100 | Shorehaven News</title></head><body>
<h1>The Pier Carousel Turns 100</h1>
<p>The carousel on Shorehaven pier will celebrate its hundredth summer this year, its owners said on Friday.</p>
<section class="story-body carousel-feature">
<p>The ride was built in 1926 by a family of fairground carvers and has 36 horses, each with its own name.</p>
<p>It closed for two years in the 1990s when the pier was rebuilt, and reopened with a new organ.</p>
<p>A party with free rides is planned for the first weekend of June.</p>
</section></body></html>"""
    article = extract(Document(source="carousel-feature.html", content=page, kind="html"))
    assert article.paragraphs[-1] == "A party with free rides is planned for the first weekend of June."
    assert any(p.startswith("The ride was built in 1926") for p in article.paragraphs)


_QUARRY_PAGE = """<html><head><title>Tressick quarry permission quashed over missing bat survey | Tresk Valley Post</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Tressick quarry permission quashed over missing bat survey</h1>
<p class="meta">By Orla Fenwick, 14 May 2025</p>
<p>A High Court judge has quashed planning permission for an extension to Tressick quarry because the council approved
it without a survey of the bats roosting in the old lime kilns on the site.</p>
<p>Residents who brought the challenge said the ruling vindicated two years of campaigning. The quarry's owner, Halden
Aggregates, said it would carry out the survey and apply again.</p>
<p>The council said it would study the judgment before deciding whether to appeal, and that no work had started on the
extension.</p>
<p>Do you know more about this story? Send your tips to our newsroom at tips@treskpost.example or message us on
07700 900461.</p>
</article></main>
<footer><p>&copy; 2025 Tresk Valley Post</p></footer></body></html>"""


def test_an_appeal_for_tips_inside_the_article_element_is_not_its_text():
    article = extract(Document(source="quarry.html", content=_QUARRY_PAGE, kind="html"))
    assert article.body.endswith("no work had started on the extension.")
    assert "tips@treskpost.example" not in article.body
    assert article.body.count("\n\n") == 2  # the three paragraphs of the report


def test_a_page_with_no_headline_shown_takes_the_title_part_its_opening_tells_not_the_site_name():
    html = f"""<html><head><title>The Esk Valley Gazette &amp; Advertiser - Council approves £12m flood wall for Eskmouth</title></head>
    <body><table><tr><td><font size="5">The Esk Valley Gazette &amp; Advertiser</font></td></tr>
    <tr><td>{_PROSE}</td></tr></table></body></html>"""
    article = extract(Document(source="gazette.html", content=html.encode(), kind="html"))
    assert article.headline == "Council approves £12m flood wall for Eskmouth"


ARCHIVED_PAGE = """<html><head><title>Council votes to keep the Harlow ferry running</title></head><body>
<div class="capture"><p>This library keeps copies of public web pages. The page below is shown as it was captured, and
any banner on it belonged to the original site; some images and scripts were not captured when the copy was made on
12 March 2026 at 09:14 UTC, and links on it may no longer work.</p></div>
<table width="900"><tr><td colspan="2">The Harlow Weekly · Since 1902</td></tr>
<tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>
<tr><td width="600"><h1>Council votes to keep the Harlow ferry running</h1><div>By Petra Lind</div>
<div class="story"><p>Harlow council voted on Tuesday to keep the island ferry running for another five years, setting
aside 1.2 million crowns a year after the operator warned it would stop the crossings in June.</p>
<p>Councillors backed the plan by 31 votes to 9, and the operator said it would add a fourth daily crossing in summer.</p></div></td>
<td><b>Most read</b><br><a href="/a">Harbour wall repairs start</a><br><a href="/b">School wins choir prize</a></td></tr>
<tr><td colspan="2">© The Harlow Weekly | Contact | Advertise</td></tr></table>
<table class="tides"><tr><th>High water</th><th>Low water</th></tr><tr><td>06:12</td><td>12:40</td></tr></table>
</body></html>"""


def test_a_story_laid_out_in_a_tables_cell_is_read_and_a_table_of_data_is_not():
    article = extract(Document(source="weekly.html", content=ARCHIVED_PAGE.encode(), kind="html"))
    assert any(p.startswith("Harlow council voted on Tuesday") for p in article.paragraphs)
    assert any(p.startswith("Councillors backed the plan") for p in article.paragraphs)
    assert "High water" not in article.body and "06:12" not in article.body


def test_a_site_name_the_body_happens_to_tell_is_not_the_headline():
    html = """<html><head><title>The Orrin Record - Orrin library marks 100 years with open house and time capsule</title></head>
    <body><table><tr><td>The Orrin Record</td></tr><tr><td><p>The Orrin Public Library will mark its 100th year on
    Saturday with an open house, a history display and the opening of a time capsule buried by its trustees in 1975,
    library director Mara Quist said.</p><p>The capsule is said to hold photographs, letters and a copy of the Record
    from that week, she said.</p></td></tr></table></body></html>"""
    article = extract(Document(source="record.html", content=html.encode(), kind="html"))
    assert article.headline == "Orrin library marks 100 years with open house and time capsule"


def test_a_table_of_data_with_one_long_note_stays_out_of_the_body():
    note = (
        "Figures are the council's own and count every post filled on the first day of the month, including temporary "
        "staff taken on for the summer season, as the council explained in its annual report to members last week."
    )
    rows = "".join(
        f"<tr><td>{name}</td><td>{n}</td><td>2025</td></tr>"
        for name, n in (("Anna Brekke", 12), ("Siri Holm", 9), ("Jon Vik", 4))
    )
    html = (
        "<html><head><title>Council staff numbers rise</title></head><body><h1>Council staff numbers rise</h1>"
        + _PROSE
        + f"<table><tr><td colspan='3'>{note}</td></tr>{rows}</table></body></html>"
    )
    article = extract(Document(source="council.html", content=html.encode(), kind="html"))
    assert "Anna Brekke" not in article.body and "Siri Holm" not in article.body


def test_a_list_of_other_stories_led_by_their_headlines_is_no_part_of_the_article():
    items = "".join(
        f'<li class="row"><a><b>{title}</b></a><div>Harwick Courier · 3 Dec</div><div>{snippet}</div></li>'
        for title, snippet in (
            (
                "Osby lighthouse keeper's cottage to become a museum",
                "The cottage will open to visitors in June after a two-year restoration by volunteers.",
            ),
            (
                "Harwick council approves new cycle lanes on the seafront",
                "Work on the two-mile route will start in the spring and take about five months.",
            ),
            (
                "Fishing fleet returns early as storm warning issued",
                "Skippers brought their boats back to harbour on Tuesday ahead of gales of up to 70mph.",
            ),
        )
    )
    story = (
        "<section><h1><a>Harwick ferry fares to rise by a fifth from April</a></h1><div>12 Mar 2025 / 1 min read</div>"
        "<div><p>Fares on the Harwick to Osby ferry will rise by 20 per cent from April 1, the operator said on Wednesday, "
        "blaming fuel costs that have doubled since the contract was signed.</p></div></section>"
    )
    html = (
        "<html><head><title>Harwick ferry fares to rise by a fifth from April - Reader</title></head><body><div>"
        f"<section><h2>Harwick</h2><ul>{items}</ul></section>{story}</div></body></html>"
    )
    article = extract(Document(source="feed.html", content=html.encode(), kind="html"))
    assert article.body.startswith("Fares on the Harwick to Osby ferry")
    assert "lighthouse" not in article.body and "cycle lanes" not in article.body
    assert "Fishing fleet returns early as storm warning issued" in [t.headline for t in article.teasers]


PDF_VIEWER_PAGE = """<!DOCTYPE html><html><head><title>This week's paper - The Tollbridge Weekly</title></head><body>
<header><a href="/">The Tollbridge Weekly</a><nav><a href="/news">News</a> <a href="/paper">This week's paper</a></nav></header>
<main><h1>Read this week's paper: Thursday 12 March 2026</h1>
<p>Every page of the printed paper as it went to press. Use the arrows to turn the page or download the PDF.</p>
<div id="viewer" class="pdfViewer"><div class="page" data-page-number="5"><div class="textLayer">{lines}</div></div></div>
</main><footer>Published by Tollbridge Media Ltd. All rights reserved.</footer></body></html>"""
PRINTED_LINES = [
    "5 The Tollbridge Weekly Thursday 12 March 2026",
    "NEWS",
    "Tollbridge market hall to close",
    "for two years of repairs",
    "By Wenna Carrow",
    "Tollbridge's Victorian market hall will",
    "close in May for two years while its roof",
    "and iron columns are repaired, the town",
    "council said on Tuesday, and its 31 traders",
    "will move to a temporary site on Mill Lane.",
    "The repairs will cost 4.2 million pounds,",
    "most of it from a heritage grant, council",
    "leader Osric Penhale told a meeting of",
    "traders, who asked for lower rents while",
    "they trade from the temporary site.",
]


def test_a_printed_page_in_a_pdf_viewers_text_layer_is_read_as_rejoined_prose():
    spans = "".join(
        f'<span role="presentation" style="left:6%;top:{n}%">{line}</span><br>' for n, line in enumerate(PRINTED_LINES)
    )
    page = Document(source="weekly.html", content=PDF_VIEWER_PAGE.format(lines=spans).encode(), kind="html")
    article = extract(page)
    assert "its roof and iron columns are repaired, the town council said on Tuesday" in article.body
    assert "Mill Lane. The repairs" in article.body or "Mill Lane.\n\nThe repairs" in article.body
    assert article.body.rstrip().endswith("they trade from the temporary site.")
    assert "All rights reserved" not in article.body and "Weekly Thursday 12 March" not in article.body
    assert any("visible text" in w for w in article.warnings)


def test_a_list_archives_hard_wrapped_email_is_read_as_its_visible_text_with_the_forwarded_story_rejoined():
    lines = "<br>".join(html_escape(line) for line in FORWARDED_STORY_EMAIL)
    page = f"""<!DOCTYPE html><html><head><title>[Holm Islanders] Fwd: Ferry fares to rise</title></head><body>
<header><a>Holm Community Lists</a> <a>All lists</a> <a>Search</a></header><main>
<h1>Holm Islanders</h1><h2>[Holm Islanders] Fwd: Ferry fares to rise 9 percent from April</h2>
<div class="msg"><div class="from"><b>Tamsin Rowe</b></div><div class="date">Tue, 3 Mar 2026 09:12:40 +0000</div>
<div class="body">{lines}</div></div>
<div class="msg"><div class="from"><b>Pol Hendra</b></div><div class="body">Thanks Tamsin.<br><br>Pol</div></div>
</main><footer>Archives kept by Postbag 3.2</footer></body></html>"""
    article = extract(Document(source="list.html", content=page.encode(), kind="html"))
    assert article.body.startswith("Ferry fares on the Holm crossing will rise by 9 percent from April")
    assert "the second increase in a year, after fuel and crew costs went up faster" in article.body
    assert "Copied below" not in article.body and "Thanks Tamsin" not in article.body
