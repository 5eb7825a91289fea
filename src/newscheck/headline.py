"""Headline support: does anyone the article quotes actually say what the headline says?

The headline's central claim splits into its *topic* (actors such as RUS or
CHN, and names the body capitalises, such as "Kessel Bridge") and its
*predicate* (the other content words: "military alliance", "shuts",
"corroded cables"). Each *attributed* statement in the body (quotes and claims
whose source is not the outlet) is scored on both:

* a statement is **on topic** when it names at least ``TOPIC_MATCH`` of the
  headline's topic and neither disagrees with it: the stance model does not
  read it as disagreeing, and it does not state the opposite outcome of the
  headline's event ("left rates unchanged" under "raises rates", see
  ``terms.opposite_outcome``) or another count of what the headline counts
  ("30 people" under "kills 12 people"), both of which the model reads as agreeing;
* a headline word is **covered** by a statement that has the same stem, shares
  a prefix of ``PREFIX_MATCH`` letters with one of its words, or has a word
  whose MiniLM cosine is at least ``SEMANTIC_MATCH`` ("inspectors" ~
  "inspection", "killed" ~ "died"; not "alliance" ~ "reaction").

Labels:

* **supported**: an on-topic statement covers at least ``SUPPORT_COVERAGE`` of
  the predicate, or the two best on-topic statements together cover at least
  ``JOINT_COVERAGE`` of it (headlines often fold two sourced facts into one line);
* **partial**: on-topic statements exist and agree in direction, but the key
  predicate is missing (a promised "dual reaction" is not a "military
  alliance"); the reason names the missing words;
* **unsupported**: no on-topic attributed statement (only the outlet asserts
  it), or the article's own source contradicts the headline.

Evidence is the strongest source statements, with their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from newscheck.records import Annotation, ArticleReport, Claim, HeadlineSupport, Span, StanceReader, StanceResult
from newscheck.terms import (
    ANAPHORIC_DENIAL,
    DENYING_VERB,
    NUMBER,
    conflicting_count,
    content_terms,
    is_denial,
    opposite_outcome,
    stem,
    tokens,
)

SUPPORT_COVERAGE = 0.6  # share of the headline's predicate one statement must cover to state it
OUTLET_COVERAGE = 0.5  # share an outlet sentence must cover to count as the article's own statement of the headline
JOINT_COVERAGE = 0.75  # share the two best on-topic statements must cover together
SEMANTIC_MATCH = 0.6  # MiniLM cosine at which two different words count as the same
PREFIX_MATCH = 5  # letters two words must share at the start to count as the same ("corrod-ed", "corros-ion")
TOPIC_MATCH = 0.5  # share of the headline's actors and names a statement must mention to be on topic
MAX_EVIDENCE = 2

# "Russia-Ukraine War Updates: ..." - a section label before the colon is not part of the claim.
_KICKER = re.compile(
    r"^[^:]{0,60}\b(updates?|live|breaking|exclusive|analysis|explainer|opinion|watch|video)\b[^:]{0,30}:\s*", re.I
)
# A capitalised word inside a sentence (after a lower-case word or a comma) is a name.
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+(?:[- ][A-Z][a-z]+)*)")


@dataclass
class Statement:
    """One thing a source in the body says, with who says it."""

    text: str
    speaker: str | None
    source_type: str
    start: int
    end: int
    actors: set[str] = field(default_factory=set)


@dataclass
class _Scored:
    statement: Statement
    topic_share: float
    covered: set[str]
    stance: StanceResult
    opposed: bool  # states the opposite outcome of the headline's event, or another count of what it counts

    @property
    def disagrees(self) -> bool:
        return self.stance.label == "disagree" or self.opposed


class WordSimilarity:
    """Cosine similarity of single words with the shared MiniLM encoder, cached per word."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def prepare(self, words: Iterable[str]) -> None:
        """Encode all words not seen yet in one batch."""
        from newscheck.encoder import encode

        todo = list(dict.fromkeys(w for w in words if w not in self._vectors))
        if todo:
            self._vectors.update(zip(todo, encode(todo)))

    def best(self, words: list[str], candidates: list[str]) -> np.ndarray:
        """Each word's highest cosine with any of the candidates (0 without candidates), as one matrix product."""
        if not words or not candidates:
            return np.zeros(len(words))
        self.prepare([*words, *candidates])
        unique = list(dict.fromkeys(candidates))
        return (np.stack([self._vectors[w] for w in words]) @ np.stack([self._vectors[c] for c in unique]).T).max(axis=1)


def central_claim(headline: str) -> str:
    """The headline without a section kicker such as "Live updates:"."""
    return _KICKER.sub("", headline).strip()


def is_question(claim: str) -> bool:
    """A headline that asks ("Is the minister about to quit?") claims nothing its sources could state."""
    return claim.rstrip("\"'”’)").endswith("?")


def actor_aliases(annotation: Annotation | None) -> dict[str, str]:
    """Surface form -> actor key, learned from the article's own annotation (so "Moscow" -> RUS)."""
    aliases: dict[str, str] = {}
    if annotation is not None:
        for actor in annotation.actors:
            aliases.setdefault(actor.name, actor.key)
            for mention in actor.mentions:
                aliases.setdefault(mention.text, actor.key)
        for entity in annotation.entities:
            if entity.actor:
                aliases.setdefault(entity.text, entity.actor)
    return {alias.strip(): key for alias, key in aliases.items() if len(alias.strip()) >= 2}


def alias_pattern(aliases: dict[str, str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    forms = sorted(aliases, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")


def actors_in(text: str, aliases: dict[str, str], pattern: re.Pattern[str] | None) -> set[str]:
    return {aliases[m.group(1)] for m in pattern.finditer(text)} if pattern else set()


def attributed_statements(report: ArticleReport, aliases: dict[str, str]) -> list[Statement]:
    """Quotes and claims whose source is someone other than the outlet, each span once."""
    pattern = alias_pattern(aliases)
    found: dict[tuple[int, int], Statement] = {}
    for quote in report.quotes:
        if quote.source_type != "outlet" and len(tokens(quote.text)) >= 3:
            actors = actors_in(quote.text, aliases, pattern)
            found.setdefault(
                (quote.start, quote.end), Statement(quote.text, quote.speaker, quote.source_type, quote.start, quote.end, actors)
            )
    for claim in report.claims:
        if claim.source_type != "outlet":
            actors = actors_in(claim.text, aliases, pattern) | set(claim.actors)
            found.setdefault(
                (claim.start, claim.end),
                Statement(claim.text, claim.attributed_to, claim.source_type, claim.start, claim.end, actors),
            )
    return list(found.values())


def _split_headline(claim: str, report: ArticleReport, aliases: dict[str, str]) -> tuple[set[str], set[str], dict[str, str]]:
    """(actor keys, name stems, predicate stem -> surface word) of the headline."""
    actors = actors_in(claim, aliases, alias_pattern(aliases))
    actor_tokens = {t for alias in aliases for t in tokens(alias)}
    body_names = {t for m in _MID_SENTENCE_NAME.finditer(report.article.body) for t in tokens(m.group(1))}
    names: set[str] = set()
    predicate: dict[str, str] = {}
    for token in tokens(claim):
        if token in actor_tokens or not content_terms(token):
            continue
        if token in body_names:
            names.add(stem(token))
        else:
            predicate.setdefault(stem(token), token)
    for number in NUMBER.findall(claim):  # "4.25%" is as much the claim as "raises"
        predicate.setdefault(number, number)
    return actors, names, predicate


def _covered(predicate: dict[str, str], texts: Sequence[str], similarity: WordSimilarity) -> list[set[str]]:
    """The predicate words (by stem) each text states: as a stem, by its first letters, or by a word whose
    MiniLM cosine is high enough. Words are encoded in one batch, and only for texts that need it."""
    readings = []
    for text in texts:
        stems = set(content_terms(text))
        numbers = set(NUMBER.findall(text))
        words = [t for t in tokens(text) if len(t) >= 3]
        prefixes = {w[:PREFIX_MATCH] for w in words if len(w) >= PREFIX_MATCH}
        covered, unsure = set(), []
        for stem_, word in predicate.items():
            if NUMBER.fullmatch(word):
                if word in numbers:
                    covered.add(stem_)
            elif stem_ in stems or (len(word) >= PREFIX_MATCH and word[:PREFIX_MATCH] in prefixes):
                covered.add(stem_)
            else:
                unsure.append(stem_)
        readings.append((covered, unsure, words))
    similarity.prepare(w for _, unsure, words in readings if unsure and words for w in [*(predicate[s] for s in unsure), *words])
    out = []
    for covered, unsure, words in readings:
        closest = similarity.best([predicate[s] for s in unsure], words)
        out.append(covered | {s for s, cosine in zip(unsure, closest, strict=True) if cosine >= SEMANTIC_MATCH})
    return out


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).strip("\"“”'‘’ ,")
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _who(statement: Statement) -> str:
    return statement.speaker or {"unnamed": "an unnamed source", "media": "another outlet"}.get(statement.source_type, "a source")


def _support(label: str, chosen: Sequence[_Scored], reason: str, contradicted: bool = False) -> HeadlineSupport:
    statements = [s.statement for s in chosen[:MAX_EVIDENCE]]
    return HeadlineSupport(
        label, [s.text for s in statements], reason, [Span(s.text, s.start, s.end) for s in statements], contradicted
    )


def outlet_statements(report: ArticleReport, similarity: WordSimilarity) -> list[Claim]:
    """The outlet's own claims that state the headline (on topic, predicate covered), e.g. a wire lede."""
    claim = central_claim(report.article.headline)
    aliases = actor_aliases(report.annotation)
    actors, names, predicate = _split_headline(claim, report, aliases)
    pattern = alias_pattern(aliases)
    topic = len(actors) + len(names)
    on_topic = []
    for own in report.claims:
        if own.source_type != "outlet":
            continue
        mentioned = actors_in(own.text, aliases, pattern) | set(own.actors)
        share = (len(actors & mentioned) + len(names & set(content_terms(own.text)))) / topic if topic else 1.0
        if share >= TOPIC_MATCH:
            on_topic.append(own)
    covered = _covered(predicate, [own.text for own in on_topic], similarity)
    return [own for own, said in zip(on_topic, covered, strict=True) if len(said) / (len(predicate) or 1) >= OUTLET_COVERAGE]


def _reported_denial(claim: str, scored: Sequence[_Scored]) -> _Scored | None:
    """For a headline that reports a denial ("Ministry denies minister has quit"), the statement in which the
    denier denies it: a denial by a speaker named with the headline's words before its denial verb ("a
    spokesman for the ministry"), on the headline's topic or pointing back to "the story" or "the reports"
    ("said the story was completely false"). Such a headline is a report of what a source said."""
    verb = DENYING_VERB.search(claim)
    if verb is None:
        return None
    denier = set(content_terms(claim[: verb.start()]))
    for item in scored:
        speaker = set(content_terms(item.statement.speaker or ""))
        about = item.topic_share >= TOPIC_MATCH or ANAPHORIC_DENIAL.search(item.statement.text)
        if denier & speaker and about and is_denial(item.statement.text):
            return item
    return None


def headline_questions(report: ArticleReport) -> list[tuple[str, str]]:
    """The (headline claim, statement) pairs `headline_support` reads with the stance model."""
    claim = central_claim(report.article.headline)
    if not claim:
        return []
    return [(claim, s.text) for s in attributed_statements(report, actor_aliases(report.annotation))]


class AnsweredStance:
    """A stance reader whose answers to many articles' questions were read in one batch beforehand (the
    encoder runs on full batches); anything else is asked of the model."""

    def __init__(self, stance: StanceReader, questions: Sequence[tuple[str, str]]) -> None:
        self.stance = stance
        asked = list(dict.fromkeys(questions))
        self.answers = dict(zip(asked, stance.predict([c for c, _ in asked], [t for _, t in asked]) if asked else []))

    def predict(self, claims: Sequence[str], texts: Sequence[str]) -> list[StanceResult]:
        pairs = list(zip(claims, texts, strict=True))
        missing = [p for p in dict.fromkeys(pairs) if p not in self.answers]
        if missing:
            self.answers.update(zip(missing, self.stance.predict([c for c, _ in missing], [t for _, t in missing])))
        return [self.answers[p] for p in pairs]


def _words_said(headline: str, words: list[str]) -> str:
    """The headline's words no source says, quoted as the phrase they make where they stand together in the
    headline ("military alliance"), else one by one ("backing", "effort" or "global")."""
    together = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", headline, re.IGNORECASE)
    if together or len(words) == 1:
        return f"“{together.group() if together else words[0]}”"
    return ", ".join(f"“{w}”" for w in words[:-1]) + f" or “{words[-1]}”"


def headline_support(report: ArticleReport, stance: StanceReader, similarity: WordSimilarity | None = None) -> HeadlineSupport:
    """Judge how far the article's attributed sources back its headline."""
    claim = central_claim(report.article.headline)
    if not claim:
        return HeadlineSupport("unsupported", [], "The article has no headline to check.")
    similarity = similarity or WordSimilarity()
    aliases = actor_aliases(report.annotation)
    statements = attributed_statements(report, aliases)
    if not statements:
        return HeadlineSupport(
            "unsupported", [], "No one is quoted or cited in the body: the headline rests on the outlet's word alone."
        )
    actors, names, predicate = _split_headline(claim, report, aliases)
    topic = len(actors) + len(names)
    results = stance.predict([claim] * len(statements), [s.text for s in statements])
    covered = _covered(predicate, [s.text for s in statements], similarity)
    scored = []
    for statement, result, said in zip(statements, results, covered, strict=True):
        stems = set(content_terms(statement.text))
        share = (len(actors & statement.actors) + len(names & stems)) / topic if topic else 1.0
        opposed = opposite_outcome(claim, [statement.text]) is not None or conflicting_count(claim, statement.text) is not None
        scored.append(_Scored(statement, share, said, result, opposed))
    scored.sort(key=lambda s: (len(s.covered), s.topic_share, -s.stance.scores.get("unrelated", 0.0)), reverse=True)
    denial = _reported_denial(claim, scored)
    if denial is not None:
        return _support("supported", [denial], f"Denied by {_who(denial.statement)}: {_quote(denial.statement.text)}")
    on_topic = [s for s in scored if s.topic_share >= TOPIC_MATCH and not s.disagrees]
    need = len(predicate) or 1

    if on_topic and len(on_topic[0].covered) / need >= SUPPORT_COVERAGE:
        best = on_topic[0]
        return _support("supported", [best], f"Stated by {_who(best.statement)}: {_quote(best.statement.text)}")
    pair = on_topic[:2]
    if len(pair) == 2 and len(pair[0].covered | pair[1].covered) / need >= JOINT_COVERAGE:
        return _support(
            "supported",
            pair,
            f"Stated by two sources together: {_who(pair[0].statement)} ({_quote(pair[0].statement.text, 80)}) "
            f"and {_who(pair[1].statement)} ({_quote(pair[1].statement.text, 80)})",
        )
    if on_topic:
        covered = set().union(*(s.covered for s in on_topic))
        missing = [word for s, word in predicate.items() if s not in covered]
        lacking = f"no source says {_words_said(claim, missing)}" if missing else "no source states the headline's claim as such"
        chosen = sorted(on_topic, key=lambda s: (s.topic_share, len(s.covered)), reverse=True)
        return _support(
            "partial",
            chosen,
            f"The closest any source comes is {_who(chosen[0].statement)}: {_quote(chosen[0].statement.text)}; but {lacking}."
            + ("" if is_question(claim) else " Only the outlet itself makes the headline's full claim."),
        )
    against = [s for s in scored if s.disagrees and s.topic_share >= TOPIC_MATCH]
    if against:
        return _support(
            "unsupported",
            against,
            f"The article's own source contradicts the headline: {_who(against[0].statement)}: {_quote(against[0].statement.text)}",
            contradicted=True,
        )
    return _support(
        "unsupported",
        scored,
        "None of the quoted or cited sources speaks about the headline's subject"
        + ("." if is_question(claim) else "; only the outlet asserts it."),
    )
