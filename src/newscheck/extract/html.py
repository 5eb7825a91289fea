"""HTML pages to article parts with trafilatura (dates through its htmldate integration)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.utils import repair_faulty_html

from newscheck.extract.plaintext import (
    RAIL_HEADER,
    article_paragraphs,
    content_words,
    inline_link_title,
    is_release_end,
    line_kind,
    norm,
    segment_page,
    transcript_cues,
    wrap_width,
)
from newscheck.records import Teaser

_CREDIT = re.compile(
    r"(?:Photo|Image|Picture|Source|Credit|Foto)s?\s*(?:credit)?\s*:\s*([A-Z][\w .&/'\-]{1,60}?)\s*(?:<|\n|$|\))",
    re.I,
)
_KNOWN_AGENCIES = re.compile(r"\b(Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy)\b")
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
# Link rails the page sets apart by name: "Read more", "Most read", a "related" or "trending" box.
_RAIL_NAME = re.compile(
    r"related|read-?more|most-?(?:read|popular|viewed)|popular|trending|recommended|more-stories|teaser|rail", re.I
)
_RAIL_EXTRA_HEADER = re.compile(r"^(?:read more|read also|also read|see also|more to explore)$")
_WRAPPED_MIN_LINES = 12  # a page of this many lines broken by <br> ...
_WRAPPED_MIN_WIDTH = 50  # ... wrapped at this many characters or more holds hard-wrapped text (not an address)
_TEASER_MIN_WORDS = 3  # a menu item ("Sport", "Contact us") is no teaser headline
_STORY_LIST_ITEMS = 3  # a list of this many items, each led by a headline's link, lists other stories
_STORY_LINK_WORDS = 5
_CAROUSEL_LINKED = 0.6  # a carousel whose text is this much its links' is a rail of other stories
_RAIL_TAGS = ("aside", "section", "div", "ul", "ol", "nav")
# libxml2 drops whatever lies more than 256 elements deep unless told otherwise, and broken pages (unclosed
# <div> or <font> tags) nest that deep: their article went missing. Otherwise trafilatura's own options.
_PAGE_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
)


# Class and id words by which pages name what is not the article: bylines and timestamps, kickers, audio and
# video players, promos and appeals, paywalls and meters, share bars, a press release's provider line and
# contacts, corrections and editors' notes. Matched as whole words of the class or id ("app-promo",
# "block-time__updated", "bylineBlock").
_CHROME_CLASS_WORDS = frozenset(
    """byline bylines author authors timestamp updated kicker rubric eyebrow overline meta credits
    audio listen player promo promos epic appeal appeals contribution contributions donate donation
    subscribe subscription subscriptions paywall barrier regwall meter newsletter newsletters signup membership cta
    share sharing social provider contact contacts boilerplate disclaimer copyright correction corrections
    editors ad ads advert advertisement sponsor sponsored consent cookie cookies cmp gdpr comment comments reply replies""".split()
)
_POINT_WORDS = 8  # a summary's point is a sentence: shorter bullets are the article's own list
_BULLET = re.compile(r"^\s*[-•*–]\s+")
# Of the chrome words, those of elements that never hold the article, however many paragraphs they have: readers'
# comment and reply sections (plural: an opinion section's body may be named "comment").
_NEVER_ARTICLE_CLASS_WORDS = frozenset("comments replies".split())
_THREAD_ITEM_WORDS = frozenset("comment comments reply replies".split())
_TAXONOMY_CLASS = re.compile(r"^(?:tag|category|categories|post|format|has|is|topic|section|type)-", re.IGNORECASE)
_CHROME_MAX_PARAGRAPHS = 3  # a "chrome" element holding this many paragraphs holds the article
_PARAGRAPH_WORDS = 15
_CHROME_LINE_WORDS = 12  # a line no longer than this, and no sentence, inside a chrome element's text is chrome
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[0-9]+")
_NAMED_CHROME_TAGS = ("div", "section", "aside", "p", "span", "ul", "ol", "header", "footer", "address", "figure", "form")
_WRAPPER_SHARE = 0.5  # an element holding this share of the page's words wraps the article
_BREAK_HOLDERS = ("div", "td", "section", "article", "main", "font")
_END_AFTER_WORDS = 15  # an end marker ends the article after a paragraph this long
# Short lines without a sentence's end (menus, headlines of other stories, comment authors): from this many on,
# trafilatura may have taken more than the article.
_LOOSE_LINES = 1
_LOOSE_LINE_WORDS = 20
_STOPS = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Elements that stand apart from the text around them; anything else (a, b, img, big, del, font, ...) runs inline.
_BLOCKS = frozenset(
    """address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav noscript ol p pre script section style table template ul""".split()
)


@dataclass
class HtmlParts:
    headline: str
    paragraphs: list[str]
    published: str | None = None
    byline: str | None = None
    url: str | None = None
    credits: list[str] = field(default_factory=list)
    teasers: list[Teaser] = field(default_factory=list)
    dateline: str | None = None


def _credits(html: str) -> list[str]:
    """Image credits live in captions; collect them so they stay out of the body."""
    found: list[str] = []
    for caption in _FIGCAPTION.findall(html):
        text = _TAG.sub(" ", caption)
        found += [m.group(1).strip() for m in _CREDIT.finditer(text + "\n")]
        found += _KNOWN_AGENCIES.findall(text)
    return list(dict.fromkeys(c for c in found if c))


def _is_rail_header(text: str) -> bool:
    lower = norm(text)
    return bool(lower) and len(lower.split()) <= 6 and bool(RAIL_HEADER.match(lower) or _RAIL_EXTRA_HEADER.match(lower))


def _lone_rail_header(paragraph: str) -> bool:
    """A paragraph that is only a rail's header ("Related stories"), not a sentence ("More delays.")."""
    return _is_rail_header(paragraph) and paragraph.rstrip()[-1:] not in ".!?"


def _page_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page parsed to any depth, repaired as trafilatura repairs it; None when nothing parses."""
    try:
        repaired = repair_faulty_html(html, html[:50].lower())
        return lxml.html.fromstring(repaired.encode("utf-8", "surrogatepass"), parser=_PAGE_PARSER)
    except (ValueError, lxml.etree.ParserError):
        return None


@dataclass
class Rails:
    """What the page's link rails hold: the normalised text of each of their blocks, and their links' texts."""

    texts: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


def _is_card_carousel(el: lxml.html.HtmlElement) -> bool:
    """A carousel of cards: an element its class or id calls a carousel whose text is mostly its links' (other
    stories' headlines and snippets); a story's body in a "carousel-feature" section is its text, not links."""
    if "carousel" not in f"{el.get('class', '')} {el.get('id', '')}".lower():
        return False
    text = len(" ".join(el.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return text > 0 and linked >= _CAROUSEL_LINKED * text


def _is_story_list(el: lxml.html.HtmlElement) -> bool:
    """A list of other stories, whatever its class: three or more items, each led by a link that reads like a headline
    (a feed reader's or a portal's list of items with their source, date and first lines)."""
    if el.tag not in ("ul", "ol"):
        return False
    items = [li for li in el if li.tag == "li"]
    if len(items) < _STORY_LIST_ITEMS:
        return False
    for li in items:
        link = next(li.iter("a"), None)
        if link is None or len(link.text_content().split()) < _STORY_LINK_WORDS:
            return False
    return True


def _read_rails(root: lxml.html.HtmlElement) -> Rails:
    """Link rails: the container of a rail heading ("Most read", "More from the Post"), or an element whose
    class or id names one. Read before trafilatura, which prunes the tree it is given."""
    rails = []
    for heading in root.iter("h2", "h3", "h4", "h5", "h6", "strong", "header"):
        if _is_rail_header(heading.text_content()):
            container = heading.getparent()
            if container is not None:
                rails.append(container)
    rails += [el for el in root.iter(*_RAIL_TAGS) if _RAIL_NAME.search(f"{el.get('class', '')} {el.get('id', '')}")]
    rails += [el for el in root.iter(*_RAIL_TAGS) if _is_card_carousel(el) or _is_story_list(el)]
    found = Rails()
    for rail in rails:
        for block in rail.iter("a", "p", "li", "h2", "h3", "h4"):
            text = " ".join(block.text_content().split())
            if len(text.split()) >= _TEASER_MIN_WORDS:
                found.texts.add(norm(text))
                if block.tag == "a":
                    found.links.append(text)
    return found


def _class_words(el: lxml.html.HtmlElement) -> set[str]:
    """The words of an element's classes and id, leaving out a CMS's taxonomy and state classes ("tag-social-media",
    "category-meta", "has-dateline"), which name the content's topics, not the element."""
    names = [c for c in f"{el.get('class', '')} {el.get('id', '')}".split() if not _TAXONOMY_CLASS.match(c)]
    return {w.lower() for name in names for w in _CLASS_WORD.findall(name)}


@dataclass
class NamedChrome:
    """The chrome elements a page names: for each, the normalised texts of it and of its blocks, its whole text, and
    whether it can never hold the article; and the texts of the page's blocks outside all of them (a paragraph a
    reader quotes in a comment or a caption repeats is still the article's where the article has it too)."""

    elements: list[tuple[set[str], str, bool]] = field(default_factory=list)
    outside_blocks: list = field(default_factory=list)  # paragraph elements outside them, read only when needed
    _outside: set[str] | None = None

    @property
    def outside(self) -> set[str]:
        if self._outside is None:
            self._outside = {norm(" ".join(block.itertext())) for block in self.outside_blocks}
        return self._outside


def _named_chrome(root: lxml.html.HtmlElement, page_words: int) -> NamedChrome:
    """Each outermost element the page names as chrome by class or id (see `_CHROME_CLASS_WORDS`) or by its tag
    (a figure's caption), unless it wraps the article; a comment or reply thread (items named so, or a list of them)
    can never hold it, however many paragraphs its readers wrote. Read, not removed: trafilatura chooses
    differently on a pruned tree."""
    found = NamedChrome()
    taken: set = set()
    for el in root.iter(*_NAMED_CHROME_TAGS, "figcaption"):
        words = _class_words(el)
        never_article = el.tag == "figcaption" or (bool(words & _NEVER_ARTICLE_CLASS_WORDS) and _is_thread(el))
        if not (never_article or words & _CHROME_CLASS_WORDS):
            continue
        if el.find(".//h1") is not None or (not never_article and _wraps_article(el, page_words)):
            continue  # (readers' replies may outweigh a one-paragraph story)
        if any(a in taken for a in el.iterancestors()):
            continue  # its texts are read with the element around it
        taken.add(el)
        whole = norm(" ".join(el.itertext()))
        blocks = el.iter("p", "li", "div", "span", "a", "h2", "h3", "h4", "b", "strong")
        texts = {whole} | {norm(" ".join(block.itertext())) for block in blocks if block is not el}
        found.elements.append((texts - {""}, whole, never_article))
    if any(never for _, _, never in found.elements):  # a caption or a reader may repeat a paragraph of the article
        found.outside_blocks = [
            block for block in root.iter("p") if block not in taken and not any(a in taken for a in block.iterancestors())
        ]
    return found


def _is_thread(el: lxml.html.HtmlElement) -> bool:
    """Whether an element holds readers' items: entries named as comments or replies, or a list of two or more."""
    for item in el.iter("li", "article", "div"):
        if item is not el and _class_words(item) & _THREAD_ITEM_WORDS:
            return True
    return any(len(lst.findall("li")) >= 2 for lst in el.iter("ol", "ul"))


def _without_named_chrome(lines: list[str], chrome: NamedChrome) -> list[str]:
    """`lines` without those of the chrome elements, except an element that would take several paragraphs: then
    it holds the article ("paywall" around the paragraphs subscribers see, a post tagged "social"), where an
    appeal or a wall's offer is a paragraph or two; a comment thread goes whatever it holds. A line the page also
    has outside every chrome element stays. Nothing is dropped where nothing would be left."""
    normed = [norm(line) for line in lines]
    dropped: set[str] = set()
    starts: list[str] = []
    for texts, whole, never_article in chrome.elements:
        paragraphs = sum(len(line.split()) >= _PARAGRAPH_WORDS for line, text in zip(lines, normed) if text in texts)
        if never_article or paragraphs < _CHROME_MAX_PARAGRAPHS:
            dropped |= texts
            starts.append(whole)
    if any(len(line.split()) >= _PARAGRAPH_WORDS and text in dropped for line, text in zip(lines, normed)):
        dropped -= chrome.outside
    kept = [
        line
        for line, text in zip(lines, normed)
        if text not in dropped and not (starts and _opens_chrome(line, text, starts, chrome))
    ]
    return kept or lines


def _opens_chrome(line: str, text: str, starts: list[str], chrome: NamedChrome) -> bool:
    """A short line (normalised: `text`) that is no sentence and with which a chrome element's text begins: its
    inline parts joined ("Porchlight Staff✓ Local editor", "Thank (52)Reply (4)Share")."""
    if not 0 < len(line.split()) <= _CHROME_LINE_WORDS or line.rstrip().endswith(_STOPS):
        return False
    return any(whole == text or whole.startswith(f"{text} ") for whole in starts) and text not in chrome.outside


def _word_count(el: lxml.html.HtmlElement) -> int:
    return len(el.text_content().split()) or 1


def _wraps_article(el: lxml.html.HtmlElement, page_words: int) -> bool:
    """Whether an element holds the headline or half the page's words: then it is the article's wrapper
    ("article-meta-wrap", or a page hidden behind a consent dialog), whatever it is named or marked."""
    return el.find(".//h1") is not None or _word_count(el) >= _WRAPPER_SHARE * page_words


def _drop_hidden(root: lxml.html.HtmlElement, page_words: int) -> None:
    """Remove what the page does not show: a `hidden` attribute (not "until-found", which find-in-page opens), an
    inline display:none or visibility:hidden. A soft paywall ships the rest of the article hidden; keyword
    stuffing and templates for scripts hide there too. aria-hidden is left alone: pages set it on their whole
    content while a consent dialog is open."""
    hidden = [
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and (el.get("hidden") not in (None, "until-found") or _HIDDEN_STYLE.search(el.get("style", "")))
        and not _wraps_article(el, page_words)
    ]
    for el in hidden:
        if el.getparent() is not None:
            el.drop_tree()


def _drop_next_stories(root: lxml.html.HtmlElement) -> None:
    """An infinite-scroll page holds the story asked for and the next ones loaded under it, each an <article>
    with its own <h1>. The page's story is the one whose headline its <title> names (else the first); the
    others go. A live blog's entries, under the page's one <h1>, are not touched."""
    stories = [
        el
        for el in root.iter("article")
        if el.find(".//h1") is not None and not any(a.tag == "article" for a in el.iterancestors())
    ]
    if len(stories) < 2:
        return
    title = norm(root.findtext(".//title") or "")
    named = [el for el in stories if (heading := norm(el.find(".//h1").text_content())) and heading in title]
    kept = named[0] if named else stories[0]
    for el in stories:
        if el is not kept:
            el.drop_tree()


def _unwrap_layout_tables(root: lxml.html.HtmlElement) -> None:
    """A table one of whose cells holds a paragraph of prose, and whose cells are not mostly short, lays out a page
    (old templates, archived pages): its rows and cells become plain blocks, which trafilatura reads as text; a
    table of data (mostly short cells, even beside a long note) stays a table, which it leaves out."""
    for table in list(root.iter("table")):
        parts = [table, *_own_table_parts(table)]
        cells = [e.text_content() for e in parts if e.tag in ("td", "th")]
        short = sum(len(cell.split()) < _DATA_CELL_WORDS for cell in cells)
        if not any(_holds_prose(cell) for cell in cells) or 2 * short > len(cells):
            continue  # no prose, or mostly short cells: a table of data with a long note
        for element in parts:
            element.tag = "div"
            for name in ("colspan", "rowspan"):
                element.attrib.pop(name, None)


def _holds_prose(text: str) -> bool:
    return len(text.split()) >= _LAYOUT_CELL_WORDS and _SENTENCE_END.search(text) is not None


def _own_table_parts(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The table's row groups, rows and cells, not those of a table nested in one of its cells."""
    found, todo = [], list(table)
    while todo:
        element = todo.pop()
        if element.tag in ("thead", "tbody", "tfoot", "tr", "td", "th"):
            found.append(element)
            if element.tag not in ("td", "th"):
                todo.extend(element)
    return found


def _paragraphs_from_breaks(root: lxml.html.HtmlElement) -> None:
    """Text set apart by blank lines (<br><br>) inside one element, as old templates and TV station sites write
    paragraphs, becomes <p> elements, as Readability does: trafilatura drops a leading run of such text. Block
    children (a picture's table, a heading) stay where they are, between paragraphs; every piece of text and
    every element is kept once, in order."""
    holders = {
        br.getparent()
        for br in root.iter("br")
        if not (br.tail or "").strip() and (after := br.getnext()) is not None and after.tag == "br"
    }
    for holder in holders:
        if holder.tag not in _BREAK_HOLDERS:
            continue
        children = list(holder)
        if not ((holder.text or "").strip() or any((c.tail or "").strip() for c in children)):
            continue
        runs: list[list] = [[holder.text]]
        holder.text = None
        for child in children:
            holder.remove(child)
            tail, child.tail = child.tail, None
            if child.tag == "br":
                if any(p is not None and (not isinstance(p, str) or p.strip()) for p in runs[-1]):
                    runs.append([])
                runs[-1].append(tail)
            elif _is_block(child):
                runs += [[child], [tail]]  # a block of its own; the text after it opens the next run
            else:
                runs[-1] += [child, tail]
        for run in runs:
            pieces = [p for p in run if p is not None and (not isinstance(p, str) or p.strip())]
            if not pieces:
                continue
            if len(pieces) == 1 and not isinstance(pieces[0], str) and _is_block(pieces[0]):
                holder.append(pieces[0])
                continue
            paragraph = lxml.html.Element("p")
            for piece in run:
                if piece is None:
                    continue
                if isinstance(piece, str):
                    if len(paragraph):
                        paragraph[-1].tail = (paragraph[-1].tail or "") + piece
                    else:
                        paragraph.text = (paragraph.text or "") + piece
                else:
                    paragraph.append(piece)
            holder.append(paragraph)


def _holds_text_layer(root: lxml.html.HtmlElement) -> bool:
    """Whether the page shows a printed page in a PDF viewer's text layer (PDF.js: one positioned <span> per printed
    line in a "textLayer" element): its article is lines broken mid-sentence, which trafilatura reads as fragments or
    passes over, and which the segmenter rejoins when it reads the page's visible text."""
    return any(isinstance(el.tag, str) and "textLayer" in (el.get("class") or "").split() for el in root.iter("div"))


def _holds_wrapped_text(root: lxml.html.HtmlElement) -> bool:
    """Whether the page holds text hard-wrapped at a fixed width, one <br> per line (e-mails in a list archive or a
    webmail page): its sentences are broken mid-way, which trafilatura keeps as fragments, and which the segmenter
    rejoins when it reads the page's visible text."""
    lines: list[str] = []  # every element's lines broken by <br>, the elements set apart by a blank line
    for holder in dict.fromkeys(br.getparent() for br in root.iter("br")):
        lines += [(holder.text or "").strip(), *((child.tail or "").strip() for child in holder if child.tag == "br"), ""]
    width = wrap_width(lines) if len(lines) >= _WRAPPED_MIN_LINES else None
    return width is not None and width >= _WRAPPED_MIN_WIDTH


def visible_text(html: str) -> str:
    """The page as a browser shows it, one line per block: what the segmenter reads when trafilatura finds no
    article in the markup (a body in an element it takes for comments, a layout it does not know). Scripts, styles,
    the head and hidden elements are left out. Walked without recursion: markup may nest thousands deep."""
    tree = _page_tree(html)
    if tree is None:
        return ""
    _drop_hidden(tree, _word_count(tree))
    for el in list(tree.iter("script", "style", "noscript", "template", "head", "svg")):
        if el.getparent() is not None:
            el.drop_tree()
    pieces: list[str] = []
    for event, el in lxml.etree.iterwalk(tree, events=("start", "end")):
        block = _is_block(el) or el.tag in ("br", "td", "th", "tr")
        if event == "start":
            pieces.append("\n" if block else "")
            if isinstance(el.tag, str):
                pieces.append(el.text or "")
        else:
            pieces.append(("\n" if block else "") + (el.tail or ""))
    return "\n".join(" ".join(line.split()) for line in "".join(pieces).split("\n") if line.strip())


def _is_block(el: lxml.html.HtmlElement) -> bool:
    """A block element, a comment or a processing instruction: it stands apart from the text around it."""
    return not isinstance(el.tag, str) or el.tag in _BLOCKS


def _teasers(rails: Rails, body: str) -> list[Teaser]:
    """Headlines of other stories the page links to in its rails: recorded apart, never part of the body."""
    found: dict[str, Teaser] = {}
    for headline in rails.links:
        if headline not in body and not _is_rail_header(headline):
            found.setdefault(headline, Teaser(headline, ""))
    return list(found.values())


_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")  # between a <title>'s headline and its site name
_HEADLINE_MIN_WORDS = 3  # a shorter <h1> is a section label or a logo
_DATA_CELL_WORDS = 5  # a cell shorter than this holds a datum (a name, a figure, a date)
_LAYOUT_CELL_WORDS = 30  # a table cell with this many words and a sentence's end holds prose: the table is layout
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’)]?(?![a-z0-9])")  # text_content() joins blocks unspaced: "reform.Readers"
_SHARED_TITLE_WORDS = 2  # words an <h1> shares with the page's titles to be its headline


def extract_html(html: str, url: str | None = None, line_model: bool = True) -> HtmlParts | None:
    """Main text, title, author and date of a page; None when the page holds no article. The `line_model` drops
    what chrome trafilatura kept worded as prose (`article_paragraphs`); its trainer reads the text without it."""
    tree = _page_tree(html)
    if tree is None or _holds_text_layer(tree) or _holds_wrapped_text(tree):
        return None
    headings = {norm(h.text_content()) for h in tree.iter("h1")}
    rails = _read_rails(tree)
    page_words = _word_count(tree)
    chrome = _named_chrome(tree, page_words)
    _drop_hidden(tree, page_words)
    _drop_next_stories(tree)
    shown_headline = _shown_headline(tree)
    _unwrap_layout_tables(tree)
    _paragraphs_from_breaks(tree)
    result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=False)
    if result is None or not (result.text or "").strip():
        return None
    headline = shown_headline or _titled_headline(tree, (result.title or "").strip(), result.text)
    headings.add(norm(headline))
    # The headline repeated at the top of the text, in any case ("HARBOUR REOPENS"), and the teasers of the
    # page's rails (their headlines and snippets) that trafilatura took for paragraphs are not the article.
    lines = [p.strip() for p in result.text.split("\n") if p.strip() and norm(p) not in headings]
    paragraphs = _without_named_chrome([p for p in lines if norm(p) not in rails.texts and not _lone_rail_header(p)], chrome)
    if not paragraphs:
        paragraphs = lines  # a "rail" that holds all the text is the page's layout, not a rail
    if not paragraphs:
        return None
    published = result.date or find_date(html, url=url, extensive_search=False)
    paragraphs, inline_links, credits = _without_chrome(paragraphs)
    paragraphs = _without_repeated_points(paragraphs)
    paragraphs, dateline = _article_window(headline, paragraphs)
    if line_model:
        paragraphs = article_paragraphs(headline, paragraphs)
    teasers = [Teaser(title, "") for title in inline_links] + _teasers(rails, "\n".join(paragraphs))
    return HtmlParts(
        headline=headline,
        paragraphs=paragraphs,
        published=published,
        byline=(result.author or None),
        url=result.url or url,
        credits=list(dict.fromkeys(_credits(html) + credits)),
        teasers=list({t.headline: t for t in teasers}.values()),
        dateline=dateline,
    )


def _shown_headline(root: lxml.html.HtmlElement) -> str | None:
    """The headline a reader sees: the page's one <h1> that is not the site's name and that its titles name too
    (not a section label or a promo), else the <h2> its <title> names (a theme that gives the site name the
    <h1>). Sharing titles (og:title) and <title> often carry another wording written for search and social media."""
    title = " ".join((root.findtext(".//title") or "").split())
    shared = " ".join(m.get("content") or "" for m in root.iterfind(".//meta[@property='og:title']"))
    site_names = {_site_name(m.get("content") or "") for m in root.iterfind(".//meta[@property='og:site_name']")}
    site_names |= {_site_name(part) for part in _TITLE_PARTS.split(title)[1:]}  # "Headline | Site", "Headline - Site"
    titled = set(norm(f"{title} {shared}").split())

    def shown(tag: str) -> list[str]:
        texts = []
        for el in root.iter(tag):
            for br in el.iter("br"):
                br.tail = " " + (br.tail or "")  # "to close<br>Elmsworth route"
            texts.append(" ".join(el.text_content().split()))
        return [t for t in texts if len(t.split()) >= _HEADLINE_MIN_WORDS and _site_name(t) not in site_names]

    h1 = [t for t in dict.fromkeys(shown("h1")) if len(set(norm(t).split()) & titled) >= _SHARED_TITLE_WORDS]
    if len(h1) == 1:
        return h1[0]
    named = [t for t in shown("h2") if norm(t) and norm(t) in norm(title)]
    return max(named, key=len) if not h1 and named else None


_TITLE_LABEL = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){0,2}[A-Z][\w'’&-]*:\s+(?=\S)")  # "Fireside: ", "Letters: "
_OPENING_LINES = 3
_TITLE_TOLD = 0.5  # share of a title part's words the opening must tell for their number to count
_OPENING_LINE_WORDS = 8  # a line shorter than this at the top of the text is a masthead, menu or label


def _titled_headline(root: lxml.html.HtmlElement, extracted: str, text: str) -> str:
    """Where the page shows no headline: of the extractor's title, the parts of the page's <title> ("Site -
    Headline", "Headline | Site") and each without a label of up to three words before a colon ("Fireside: ..."),
    the one of whose words the article's opening (its first lines of prose) tells the most (the site's name and a
    newsletter's label it tells few or none of), the longest where several tie."""
    title = " ".join((root.findtext(".//title") or "").split())
    parts = [extracted, *_TITLE_PARTS.split(title)] if title else [extracted]
    candidates = [c for part in parts if part for c in (part, _TITLE_LABEL.sub("", part))]
    if not candidates:
        return extracted
    prose = [line for line in text.split("\n") if len(line.split()) >= _OPENING_LINE_WORDS]  # not a masthead or menu
    opening = set().union(*(content_words(line) for line in prose[:_OPENING_LINES]))

    def told(candidate: str) -> tuple[int, float]:
        """How many of its words the opening tells, where it tells at least half of them (a site's name is short
        and may be told: "a copy of the Record")."""
        words = content_words(candidate)
        share = len(words & opening) / max(1, len(words))
        return (len(words & opening) if share >= _TITLE_TOLD else 0), share

    best = max(told(c) for c in candidates)
    if best[1] == 0:
        return extracted  # the opening tells nothing between them (another script, a welcome before the story)
    return max((c for c in candidates if told(c) == best), key=len)


def _site_name(text: str) -> str:
    return norm(text).removeprefix("the ")


def _article_window(headline: str, paragraphs: list[str]) -> tuple[list[str], str | None]:
    """(paragraphs, dateline): where trafilatura took too much (a table layout's whole page: menus, comments,
    other stories), the stretch of its lines the segmenter reads as the article under the headline, as it
    reads a page's visible text. Only the stretch is taken: its lines stay as trafilatura and the chrome
    filter gave them."""
    loose = sum(1 for p in paragraphs if len(p.split()) <= _LOOSE_LINE_WORDS and not p.rstrip().endswith(_STOPS))
    if loose < _LOOSE_LINES:
        return paragraphs, None  # nothing but paragraphs: trafilatura kept to the article (most pages; saves the pass)
    found = segment_page("\n\n".join([headline, *paragraphs]), cleaned=True)
    if not found.paragraphs:
        return paragraphs, None
    first, last = found.paragraphs[0], found.paragraphs[-1]
    start = next((i for i, p in enumerate(paragraphs) if first in p), None)
    end = next((i for i in range(len(paragraphs) - 1, -1, -1) if last in paragraphs[i]), None)
    if start is None or end is None or end < start:
        return paragraphs, None
    kept = paragraphs[start : end + 1]
    if found.dateline and kept[0].endswith(first) and kept[0] != first:
        kept[0] = first
        return kept, found.dateline
    return kept, None


def _without_repeated_points(paragraphs: list[str]) -> list[str]:
    """Without a summary box's bullets that repeat the article's own sentences ("Key points" over "- The crew
    covered 2,000 metres ..."), nor the short heading over them: the article says each of them again."""
    if not any(_BULLET.match(p) for p in paragraphs):
        return paragraphs
    body = " ".join(norm(p) for p in paragraphs if not _BULLET.match(p))
    repeated = {
        k
        for k, p in enumerate(paragraphs)
        if _BULLET.match(p) and len(p.split()) > _POINT_WORDS and f" {norm(_BULLET.sub('', p))} " in f" {body} "
    }  # (a list of places or years the article names again is the article's own list)
    headings = {
        k
        for k in range(len(paragraphs) - 1)
        if k + 1 in repeated and k not in repeated and len(paragraphs[k].split()) <= 4 and not paragraphs[k].endswith(_STOPS)
    }
    return [p for k, p in enumerate(paragraphs) if k not in repeated | headings] or paragraphs


def _without_chrome(paragraphs: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(paragraphs, inline link headlines, credits): trafilatura keeps some chrome as paragraphs
    ("ADVERTISEMENT", "Sign up for our newsletter", "Read more: ..."); the segmenter's line reading drops it.
    An end marker after a paragraph of prose ends the article: a press release's company box, contacts and
    more releases follow "About the Tidewater Trust", comments follow "Reader comments (12)". Another end
    marker right before a paragraph is a heading inside the article, dropped as a line."""
    kept, links, credits = [], [], []
    cues = transcript_cues(paragraphs)
    for n, paragraph in enumerate(paragraphs):
        kind, credit = ("chrome", None) if n in cues else line_kind(paragraph)
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
        goes_on = len(following.split()) >= _END_AFTER_WORDS and not is_release_end(paragraph)  # a heading inside it
        if kind == "end_marker" and not goes_on and any(len(p.split()) >= _END_AFTER_WORDS for p in kept):
            break
        if kind == "link":
            links.append(inline_link_title(paragraph))
        elif kind == "credit":
            credits += [credit] if credit else []
        elif kind not in ("chrome", "paywall", "date", "byline", "end_marker"):
            kept.append(paragraph)
    return kept, links, credits
