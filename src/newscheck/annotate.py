"""Annotate stage: sentences, entities (with our corrections) and normalised actors per article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newscheck.actors import build_actors, country_table, find_countries, is_title_word
from newscheck.config import Settings
from newscheck.nlp import pipe
from newscheck.records import Annotation, Article, Entity, Sentence

KEPT_LABELS = frozenset("PERSON NORP ORG GPE LOC FAC DATE TIME CARDINAL MONEY PERCENT QUANTITY EVENT LAW".split())
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
OPENING_MARKS = "“\"'‘"
CLOSING_MARKS = "”\"'’"
ORG_WORDS = frozenset(
    """ministry bank department agency council party group union company office court police army university
    institute securities state house times news post""".split()
)
HONORIFICS = frozenset(
    """councillor councilor mr mrs ms dr mayor senator sen rep gov governor judge sir dame prof professor""".split()
)


def annotate(articles: Sequence[Article], settings: Settings) -> list[Annotation]:
    """Parse every article body in one ``nlp.pipe`` run and annotate each."""
    docs = pipe([a.body for a in articles], workers=settings.workers)
    return [annotate_doc(article, doc) for article, doc in zip(articles, docs)]


def annotate_doc(article: Article, doc: Doc) -> Annotation:
    entities = correct_entities(doc)
    countries = find_countries(article.body, entities)
    by_span = {(m.start, m.end): m.iso3 for m in countries}
    for ent in entities:
        ent.actor = ent.actor or by_span.get((ent.start, ent.end))
    return Annotation(
        article_id=article.id,
        sentences=sentences(article.body, doc),
        entities=entities,
        actors=build_actors(doc, entities, countries),
        doc=doc,
    )


def sentences(body: str, doc: Doc) -> list[Sentence]:
    """spaCy's sentences, never across a paragraph break, trimmed, with their paragraph index."""
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(body)]
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        pieces = [b for b in breaks if start < b < end]
        for piece_start, piece_end in zip([start, *pieces], [*pieces, end]):
            text = body[piece_start:piece_end]
            stripped = text.strip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            s = piece_start + lead
            out.append(Sentence(stripped, s, s + len(stripped), paragraph=_paragraph_of(s, breaks)))
    return _mend_quote_marks(body, out)


def _mend_quote_marks(body: str, found: list[Sentence]) -> list[Sentence]:
    """Give quotation marks the parser left on the wrong side of a boundary to their sentence:
    a closing mark opening the next sentence goes back, an opening mark ending one goes forward."""
    for prev, nxt in zip(found, found[1:]):
        if prev.paragraph != nxt.paragraph:
            continue
        while (
            nxt.end > nxt.start
            and body[nxt.start] in CLOSING_MARKS
            and (nxt.start + 1 == len(body) or body[nxt.start + 1].isspace())
        ):
            prev.end = nxt.start + 1
            nxt.start = min(nxt.end, _skip_space(body, nxt.start + 1))
        if prev.end - prev.start > 1 and body[prev.end - 1] in OPENING_MARKS and body[prev.end - 2].isspace():
            nxt.start = prev.end - 1
            prev.end = len(body[: prev.end - 1].rstrip())
    for sentence in found:
        sentence.text = body[sentence.start : sentence.end]
    return [s for s in found if s.text.strip()]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _paragraph_of(offset: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b <= offset)


def correct_entities(doc: Doc) -> list[Entity]:
    """spaCy entities with the errors the small model makes on news fixed.

    - a name after an honorific is a PERSON without it ("Councillor Amira Haddad", often ORG);
    - a short title-case name right after a title ("Governor Helena Voss" tagged ORG,
      "spokesperson Zakharova") is a PERSON;
    - a surname or full name seen as a PERSON elsewhere is a PERSON ("Zakharova" tagged NORP);
    - a country name, capital or demonym is GPE/NORP whatever spaCy said ("Beijing" as PERSON).
    - a possessive left at an entity's end is no part of it ("the Bank of Oranvia's").
    Each entity's ``actor`` is the full person name, the organisation name or the ISO3 code.
    """
    table = country_table()
    spans = [_person_fix(doc, _without_possessive(doc, ent)) for ent in doc.ents]
    full_names: dict[str, str] = {}
    for ent in spans:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent.text not in table.forms:
            full_names.setdefault(ent.text, ent.text)
            full_names.setdefault(ent[-1].text, ent.text)
    for name in list(full_names.values()):
        full_names.setdefault(name.split()[0], name)  # family name first ("Lin" for "Lin Wei")
    out: list[Entity] = []
    for ent in spans:
        label = ent.label_
        if label not in KEPT_LABELS:
            continue
        text = ent.text
        actor: str | None = None
        bare = text[4:] if text.lower().startswith("the ") else text
        if bare in table.forms and label in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            iso3 = table.forms[bare]
            label = "NORP" if bare in table.demonyms else ("GPE" if label in ("PERSON", "GPE", "LOC") else label)
            actor = iso3
        elif text in full_names:
            label, actor = "PERSON", full_names[text]
        elif label == "PERSON":
            actor = text
        elif label == "ORG":
            if text == "State":  # "Secretary of State"
                continue
            actor = bare
        out.append(Entity(text, label, ent.start_char, ent.end_char, actor=actor))
    return out


def _without_possessive(doc: Doc, ent: Span) -> Span:
    """The entity without a possessive the parser left on it ("the Bank of Oranvia's board"): the actor is the
    bank, the same in every article, whoever owns what."""
    if len(ent) > 1 and ent[-1].text in ("'s", "’s", "'", "’"):
        return Span(doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _person_fix(doc: Doc, ent: Span) -> Span:
    """The entity as a PERSON where an honorific or a title before it says it is one."""
    if ent.label_ in ("PERSON", "ORG", "NORP") and len(ent) > 2 and ent[0].lower_.rstrip(".") in HONORIFICS:
        return Span(doc, ent.start + 1, ent.end, label="PERSON")
    if (
        ent.label_ in ("NORP", "ORG", "GPE", "PRODUCT")
        and len(ent) <= 3
        and ent.start > 0
        and is_title_word(doc[ent.start - 1].text)
        and all(t.is_title and t.pos_ == "PROPN" for t in ent)
        and ent.text not in country_table().forms
        and not any(t.lower_ in ORG_WORDS for t in ent)
    ):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent
