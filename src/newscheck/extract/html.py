"""HTML pages to article parts with trafilatura (dates through its htmldate integration)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from htmldate import find_date

_CREDIT = re.compile(
    r"(?:Photo|Image|Picture|Source|Credit|Foto)s?\s*(?:credit)?\s*:\s*([A-Z][\w .&/'\-]{1,60}?)\s*(?:<|\n|$|\))",
    re.I,
)
_KNOWN_AGENCIES = re.compile(r"\b(Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy)\b")
_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class HtmlParts:
    headline: str
    paragraphs: list[str]
    published: str | None = None
    byline: str | None = None
    url: str | None = None
    credits: list[str] = field(default_factory=list)


def _credits(html: str) -> list[str]:
    """Image credits live in captions; collect them so they stay out of the body."""
    found: list[str] = []
    for caption in _FIGCAPTION.findall(html):
        text = _TAG.sub(" ", caption)
        found += [m.group(1).strip() for m in _CREDIT.finditer(text + "\n")]
        found += _KNOWN_AGENCIES.findall(text)
    return list(dict.fromkeys(c for c in found if c))


def extract_html(html: str, url: str | None = None) -> HtmlParts | None:
    """Main text, title, author and date of a page; None when the page holds no article."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if result is None or not (result.text or "").strip():
        return None
    headline = (result.title or "").strip()
    paragraphs = [p.strip() for p in result.text.split("\n") if p.strip()]
    if paragraphs and headline and paragraphs[0].strip() == headline:
        paragraphs = paragraphs[1:]
    published = result.date or find_date(html, url=url, extensive_search=False)
    return HtmlParts(
        headline=headline,
        paragraphs=paragraphs,
        published=published,
        byline=(result.author or None),
        url=result.url or url,
        credits=_credits(html),
    )
