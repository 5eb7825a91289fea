"""Actor normalisation: countries to ISO 3166 alpha-3, people and organisations with their country.

The country table (data/countries.json) lists every country with its names, capitals,
demonyms and metonyms ("the Kremlin", "Downing Street"). One compiled regular expression
finds them all in a text; forms that are also ordinary names or words ("Georgia", "Jordan",
"Chad") count only where spaCy also sees a place or nationality there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscheck.records import Actor, Entity, Span
from newscheck.terms import TITLE_WORDS

PLACE_LABELS = {"GPE", "LOC", "NORP"}
POSSESSOR_BEFORE = re.compile(r"([\w. ]+?)['’]s\s+$")
NOT_USA_BEFORE = re.compile(r"(?:Latin|South|Central|North|Pan|Meso)[ -]$")


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso3: str
    form: str


@dataclass(frozen=True)
class CountryTable:
    names: dict[str, str]  # ISO3 -> English short name
    forms: dict[str, str]  # surface form -> ISO3
    demonyms: frozenset[str]
    ambiguous: frozenset[str]
    pattern: re.Pattern[str]
    cities: frozenset[str] = frozenset()  # capitals and seats of government ("Berlin", "Whitehall"), lower case


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """The packaged country table, compiled once per process."""
    raw = json.loads(resources.files("newscheck.data").joinpath("countries.json").read_text("utf-8"))
    names: dict[str, str] = {}
    forms: dict[str, str] = {}
    demonyms: set[str] = set()
    cities = {form.lower() for row in raw["countries"] for form in [*row["capitals"], *row["metonyms"]]}
    for row in raw["countries"]:
        iso3 = row["iso3"]
        names[iso3] = row["name"]
        for form in [row["name"], *row["aliases"], *row["capitals"], *row["metonyms"], *row["demonyms"]]:
            forms.setdefault(form, iso3)
        demonyms.update(row["demonyms"])
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w]|-(?=[A-Z])|\.\w)")
    return CountryTable(names, forms, frozenset(demonyms), frozenset(raw["ambiguous"]), pattern, frozenset(cities))


def country_name(iso3: str) -> str:
    return country_table().names.get(iso3, iso3)


def find_countries(text: str, entities: list[Entity] | None = None, offset: int = 0) -> list[CountryMention]:
    """Country mentions in ``text``; ambiguous forms need a place/nationality entity over them."""
    table = country_table()
    found = []
    for match in table.pattern.finditer(text):
        form = match.group(0)
        start, end = match.start() + offset, match.end() + offset
        if form in ("America", "American", "Americans") and NOT_USA_BEFORE.search(
            text[max(0, match.start() - 8) : match.start()]
        ):
            continue
        if entities is not None:
            covering = [e for e in entities if e.start <= start and end <= e.end]
            if form in table.ambiguous and not any(e.label in PLACE_LABELS for e in covering):
                continue
            # "Washington" inside "George Washington" or "The Washington Post" is not the USA.
            if any(
                e.label in {"PERSON", "ORG", "WORK_OF_ART"}
                and e.text.endswith(("Post", "Times", "Journal"))
                or e.label == "PERSON"
                and (e.end - e.start) > (end - start) + 1
                and form not in table.demonyms
                for e in covering
            ):
                continue
        found.append(CountryMention(start, end, table.forms[form], form))
    return found


def country_of(phrase: str) -> str | None:
    """The first country a role or name phrase states ("Russian Foreign Ministry spokesperson" -> RUS)."""
    mentions = find_countries(phrase)
    return mentions[0].iso3 if mentions else None


def actor_kind(key: str, kinds: dict[str, str]) -> str:
    """An actor key's kind: a country when it is an ISO3 code, else what the article's actors say."""
    return "country" if key in country_table().names else kinds.get(key, "org")


def actor_key(name: str) -> str:
    """What a user typed for an actor ("Russia", "the Kremlin", "rus") as the graph's key for it."""
    table = country_table()
    cleaned = name.strip()
    if cleaned.upper() in table.names:
        return cleaned.upper()
    for form in (cleaned, cleaned.removeprefix("the ").removeprefix("The ")):
        if form in table.forms:
            return table.forms[form]
    return cleaned


def is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def role_before(doc: Doc, index: int) -> SpacySpan | None:
    """The title/role run just before token ``index`` ("U.S. Secretary of State" before "Antony").

    Walks left over nouns, proper nouns, adjectives and "of"; needs a title word or common noun
    in the run so that "On Tuesday" or a bare place name is not taken for a role.
    """
    start = index
    sent_start = doc[index].sent.start
    while start > sent_start:
        tok = doc[start - 1]
        if (
            tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and not tok.is_punct
            or tok.text.lower() in {"of", "'s", "’s"}
            and start - 2 >= sent_start
            and doc[start - 2].pos_ in ("PROPN", "NOUN")
        ):
            start -= 1
            continue
        if tok.text in {".", "-"} and tok.whitespace_ == "" and start - 1 > sent_start:
            start -= 1
            continue
        break
    while start < index and (doc[start].text.lower() in {"of", "'s", "’s"} or doc[start].is_punct):
        start += 1
    if start >= index:
        return None
    run = doc[start:index]
    if not any(is_title_word(t.text) or (t.pos_ == "NOUN" and t.is_lower) for t in run):
        return None
    return run


def appos_role(head: Token) -> SpacySpan | None:
    """An apposition after a name ("Maria Zakharova, the ministry's spokeswoman,")."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            sub = list(child.subtree)
            span = head.doc[sub[0].i : sub[-1].i + 1]
            if any(t.dep_ == "relcl" for t in span) or len(span) > 12:
                return None
            return span
    return None


def strip_det(text: str) -> str:
    """Drop a leading article or possessive determiner from a phrase."""
    text = re.sub(r"^(?:the|a|an|its|his|her|their)(?:\s+|$)", "", text.strip(" ,"), flags=re.IGNORECASE)
    return text.strip()


def build_actors(doc: Doc, entities: list[Entity], countries: list[CountryMention]) -> list[Actor]:
    """Countries, people and organisations of one article, each with its mentions."""
    actors: dict[str, Actor] = {}
    text = doc.text  # joins every token: read once
    for m in countries:
        actor = actors.setdefault(m.iso3, Actor(key=m.iso3, name=country_name(m.iso3), kind="country", country=m.iso3))
        actor.mentions.append(Span(m.form, m.start, m.end))
    for ent in entities:
        if ent.label not in ("PERSON", "ORG") or ent.actor is None:
            continue
        if ent.actor in actors and actors[ent.actor].kind == "country":  # "the Kremlin"
            actors[ent.actor].mentions.append(Span(ent.text, ent.start, ent.end))
            continue
        kind = "person" if ent.label == "PERSON" else "org"
        actor = actors.get(ent.actor)
        if actor is None:
            actor = actors[ent.actor] = Actor(key=ent.actor, name=ent.actor, kind=kind)
        actor.mentions.append(Span(ent.text, ent.start, ent.end))
        if actor.role is None and kind == "person":
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                role = role_before(doc, span.start) or appos_role(span.root)
                if role is not None:
                    actor.role = strip_det(role.text)
        if actor.country is None:
            if kind == "person":
                actor.country = country_of(actor.role or "")
            else:  # "Russian Foreign Ministry", or "China's Commerce Ministry"
                owner = POSSESSOR_BEFORE.search(text, max(0, ent.start - 40), ent.start)
                actor.country = country_of(ent.text) or (country_of(owner.group(1)) if owner else None)
    return list(actors.values())
