"""Extract stage: one Document in, one Article out (main text only, chrome dropped).

HTML goes through trafilatura; scraped plain text (a page's visible text with no
markup) through our own segmenter in :mod:`newscheck.extract.plaintext`.
Metadata given with the input (feed entries, JSONL fields) wins over what the
page itself suggests, since the publisher stated it explicitly.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime

import dateparser

from newscheck.config import Settings
from newscheck.encoding import Decoded, DecodeError, decode_bytes, repair_surrogates
from newscheck.extract.html import extract_html, visible_text
from newscheck.extract.language import detect_language
from newscheck.extract.plaintext import segment_page
from newscheck.records import Article, Document, Teaser
from newscheck.terms import unspaced_share, word_count

__all__ = ["ExtractError", "extract", "extract_text", "article_id", "normalize_date"]

_WS = re.compile(r"\s+")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_MIN_PROSE_WORDS = 8
_MIN_SENTENCE_WORDS = 4  # a shorter paragraph is an article's only text when it is a whole sentence
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
UNSPACED_SHARE = 0.3  # letters in a script without spaces from which a page is read line by line
_UNSPACED_HEADLINE_CHARS = 80
_UNSPACED_DATE = re.compile(r"\d{4}[-/年.]\s?\d{1,2}|\d{1,2}月\d{1,2}日")  # "2026年5月12日", "2026-05-12"
_NAV_ROW = re.compile(r"\S\s*[|｜]\s*\S.*[|｜]")
_UNSPACED_END = re.compile(r"^(?:関連記事|関連ニュース|相关新闻|相关阅读|热门推荐|おすすめ記事|アクセスランキング|Copyright|©)")
_UNSPACED_CHROME = re.compile(r"会員限定|続きは|有料会員|免责声明|版权所有|责任编辑|扫码关注|無断転載")


class ExtractError(ValueError):
    """The input holds no article we can analyse (empty, binary, only chrome)."""


def article_id(headline: str, body: str) -> str:
    """Stable id: hash of the headline and body with case, accents form and spacing normalised."""
    normal = unicodedata.normalize("NFKC", f"{headline}\n{body}").casefold()
    normal = _WS.sub(" ", repair_surrogates(normal)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def normalize_date(value: object) -> str | None:
    """Any date the input offers (ISO, RFC 822 from feeds, prose) as YYYY-MM-DD, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    iso = _ISO_DAY.match(text)
    if iso:
        return iso.group(1)
    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.strftime("%Y-%m-%d") if parsed else None


def _has_prose(paragraphs: list[str]) -> bool:
    """An article has at least one sentence-sized paragraph, or one whole sentence in running text ("Police say the
    story is a hoax.", a wire flash under its dateline), not just menu words or Title Case labels."""
    return any(word_count(p) >= _MIN_PROSE_WORDS or _is_sentence(p) for p in paragraphs)


def _is_sentence(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= _MIN_SENTENCE_WORDS
        and _SENTENCE_END.search(text.strip()) is not None
        and any(w[:1].islower() for w in words[1:])
    )


def _what_was_seen(text: str) -> str:
    """What a page without prose holds, for its one-line error."""
    lines = [line for line in text.splitlines() if line.strip()]
    longest = max((word_count(line) for line in lines), default=0)
    return f"{len(lines)} line(s), the longest {longest} word(s): menus, labels or headlines, no sentence of prose"


def _from_unspaced_text(text: str, doc: Document) -> dict:
    """A page in a script without spaces (Chinese, Japanese, Korean, Thai): the segmenter's rules count
    words by spaces, so lines are read directly. The body is the lines of prose that end like a sentence (any
    lines of prose where none does), up to a related-stories or copyright line after them, without paywall and
    disclaimer lines; the headline is the last short line without a sentence stop above the body that is no date
    or navigation row ("トップ | 社会 | 経済"), not the site name above it; a date line among the first lines
    under the headline is the date."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]

    def sentence(line: str) -> bool:
        return line.rstrip("」”』）)\"'")[-1:] in "。！？.!?" or line[-1:] in "」”』"

    def dated(line: str) -> bool:
        return len(line) <= 60 and bool(_UNSPACED_DATE.search(line))

    prose = [k for k, line in enumerate(lines) if word_count(line) >= _MIN_PROSE_WORDS and not _UNSPACED_CHROME.search(line)]
    body = [k for k in prose if sentence(lines[k])] or prose
    first = body[0] if body else len(lines)
    candidates = [
        k
        for k in range(first)
        if not sentence(lines[k])
        and not dated(lines[k])
        and not _NAV_ROW.search(lines[k])
        and 8 <= len(lines[k]) <= _UNSPACED_HEADLINE_CHARS
    ]
    head = candidates[-1] if candidates else None
    headline = lines[head] if head is not None else ""
    below = lines[head + 1 :] if head is not None else lines
    published = next((d for line in below[:3] if len(line) <= 40 and (d := normalize_date(line))), None)
    ends = [k for k in range(first + 1, len(lines)) if _UNSPACED_END.search(lines[k])]
    paragraphs = [lines[k] for k in body if k < (ends[0] if ends else len(lines))]
    return {"headline": headline, "paragraphs": paragraphs, "published": published, "byline": None, "url": doc.url,
            "credits": [], "teasers": [], "warnings": [], "dateline": None}  # fmt: skip


def _text_of(doc: Document) -> Decoded:
    if isinstance(doc.content, str):
        return Decoded(repair_surrogates(doc.content))
    try:
        return decode_bytes(doc.content, doc.metadata.get("charset"))
    except DecodeError as exc:
        raise ExtractError(str(exc)) from exc


def _from_html(html: str, doc: Document) -> dict:
    parts = extract_html(html, doc.url)
    if parts is None:
        return {"paragraphs": []}  # nothing in the markup: the page's visible text is read instead
    return {
        "headline": parts.headline,
        "paragraphs": parts.paragraphs,
        "published": parts.published,
        "byline": parts.byline,
        "url": parts.url,
        "credits": parts.credits,
        "teasers": parts.teasers,
        "warnings": [],
        "dateline": parts.dateline,
    }


def _from_plain(text: str, doc: Document) -> dict:
    """Fields of a page's text: by lines in a script without spaces, else by the segmenter."""
    return _from_unspaced_text(text, doc) if unspaced_share(text) >= UNSPACED_SHARE else _from_text(text, doc)


def _from_text(text: str, doc: Document) -> dict:
    given_headline = doc.metadata.get("headline")
    if given_headline and not text.lstrip().startswith(str(given_headline).strip()):
        # The segmenter expects a page shape; a bare body with its headline given apart gets one.
        text = f"{given_headline}\n\n{text}"
    parts = segment_page(text, page=not given_headline)
    return {
        "headline": parts.headline,
        "paragraphs": list(parts.paragraphs),
        "published": parts.published,
        "byline": parts.byline,
        "url": doc.url,
        "credits": list(parts.credits),
        "teasers": list(parts.teasers),
        "warnings": list(parts.warnings),
        "dateline": parts.dateline,
    }


def extract(doc: Document, settings: Settings | None = None) -> Article:
    """Turn one input into its main Article; raises ExtractError when there is none."""
    decoded = _text_of(doc)
    text = decoded.text
    if not text.strip():
        raise ExtractError("empty input")
    if doc.kind == "html":
        fields = _from_html(text, doc)
        if not _has_prose([p for p in fields["paragraphs"] if p.strip()]):
            # trafilatura found no article in the markup: read the page as a browser shows it
            markup_headline = fields.get("headline")
            text = visible_text(text)
            fields = _from_plain(text, doc)
            fields["headline"] = markup_headline or fields["headline"]  # <h1>/og:title beat the first visible line
            fields["warnings"].append("read from the page's visible text: no article found in its markup")
    else:
        fields = _from_plain(text, doc)
    paragraphs = [p for p in fields["paragraphs"] if p.strip()]
    if not _has_prose(paragraphs):
        raise ExtractError(f"no article text found: {_what_was_seen(text)}")
    meta = doc.metadata
    headline = str(meta.get("headline") or fields["headline"] or "").strip()
    body = "\n\n".join(paragraphs)
    limit = (settings or Settings()).max_article_chars
    if len(body) > limit:
        raise ExtractError(f"article text of {len(body)} characters is over the {limit}-character limit")
    warnings = [*([decoded.warning] if decoded.warning else []), *fields["warnings"]]
    if not headline and "no headline found" not in warnings:
        warnings.append("no headline found")
    language = meta.get("language") or detect_language(body) or "en"
    if language != "en":
        warnings.append(f"article language is '{language}': English-only analysis stages were skipped")
    return Article(
        id=article_id(headline, body),
        source=doc.source,
        headline=headline,
        body=body,
        paragraphs=paragraphs,
        published=normalize_date(meta.get("published")) or normalize_date(fields["published"]),
        byline=(meta.get("byline") or fields["byline"] or None),
        url=meta.get("url") or fields["url"] or doc.url,
        language=language,
        teasers=[t if isinstance(t, Teaser) else Teaser(**t) for t in fields["teasers"]],
        credits=list(dict.fromkeys(fields["credits"])),
        warnings=warnings,
        dateline=fields["dateline"],
    )


def extract_text(text: str, source: str = "<text>", **metadata: object) -> Article:
    """Convenience for scraped plain text already in memory (tests, the Python API)."""
    return extract(Document(source=source, content=text, kind="text", metadata=dict(metadata)))
