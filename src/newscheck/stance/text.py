"""Sentence splitting with offsets, word tokens and the stance cue lexicons.

Kept dependency-free and fast: the stance model runs on every claim × evidence
pair, so spaCy would dominate its cost.
"""

from __future__ import annotations

import re

from newscheck.records import Span
from newscheck.terms import (
    ASSERTION_WORDS,
    ATTRIBUTION_WORDS,
    DOUBT_WORDS,
    HEDGE_WORDS,
    NEGATED_CONTRACTIONS,
    NEGATED_DENIAL,
    NEGATION_WORDS,
    REFUTATION_WORDS,
    RULING_OUT,
    STOPWORDS,
    stem,
)

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an upper-case letter, digit or opening quote; or at a line break.
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|\n+""")
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Inc|Co|Corp|Ltd|U\.S|U\.K|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$"
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# "Lie" as a verb of place ("the town lies near the border", "the answer lies in", "lying on the road") is no
# falsehood; it is their sense in 28 of the 60 FNC-1 bodies that use lie, lies or lying.
_LIE_OF_PLACE = re.compile(
    r"\b(?:lie|lies|lying)(?=\s+(?:in|on|at|near|beneath|under|underneath|with|between|behind|beyond|ahead|within"
    r"|across|along|outside|inside|dormant|low|still|idle|empty|flat|awake|face|down|there|here)\b)",
    re.I,
)
# A negated verb of knowing or telling says the outcome is unknown, not that the story is false ("it was not
# clear who took it", "her office did not respond", "police would not say", "declined to comment", "has yet to
# confirm"): it counts as a hedge and its words in no other family. In FNC-1 bodies "not clear", "did not
# respond" and "declined to comment" go with discuss in 663 of 884 related pairs, with disagree in 29. So does
# a rumour told as one ("rumours spread that", "rumours of"): "rumour" alone stays a refutation, as debunking
# bodies use it ("dismissed the rumours"); related pairs of bodies with such a phrase are 4% disagree.
_UNKNOWN_OUTCOME = re.compile(
    r"\b(?:(?:is|was|are|were|it's|remains?|remained)\s*(?:still\s+)?(?:not|n['’]t)\s+(?:yet\s+|immediately\s+"
    r"|entirely\s+|fully\s+|at all\s+)?(?:clear|known|certain)"
    r"|(?:did|does|do|has|have|had|would|could|will)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:respond|responded|reply|replied|comment|commented|confirm|confirmed|say|said|return|returned)"
    r"|declined\s+to\s+(?:comment|confirm|say|elaborate|discuss)|(?:yet|unable)\s+to\s+(?:confirm|comment|respond|say|verify)"
    r"|no\s+word\s+from|could\s*(?:not|n['’]t)\s+be\s+reached"
    r"|rumou?rs?\s+(?:that|of|spread|spreading|circulated|circulating|swirled|swirling|surfaced|emerged|began|started))\b",
    re.I,
)
MAX_SENTENCES = 60  # FNC bodies rarely run longer; the tail of a very long text adds little


def split_sentences(text: str, limit: int = MAX_SENTENCES) -> list[Span]:
    """Sentences of `text` with character offsets; short fragments are merged forward."""
    spans: list[Span] = []
    pos = 0
    pieces: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(text):
        candidate = text[pos : match.start()]
        if "\n" not in match.group(0) and _ABBREVIATIONS.search(candidate.rstrip()):
            continue  # "Mr. Smith" is not a sentence end
        pieces.append((pos, match.start()))
        pos = match.end()
    pieces.append((pos, len(text)))
    for start, end in pieces:
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        if spans and len(_WORD.findall(spans[-1].text.lower())) < 4:
            previous = spans.pop()  # a heading or a fragment joins the next sentence
            start = previous.start
        spans.append(Span(text[start:end], start, end))
        if len(spans) >= limit:
            break
    return spans


def words(text: str) -> list[str]:
    """Lower-cased word tokens (keeps contractions such as "didn't")."""
    return _WORD.findall(text.lower().replace("’", "'"))


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


# Cue families: the model learns how much each matters and where (headline, the
# sentences closest to the claim, the whole text). Stems, matched with `stem`.
CUES: dict[str, frozenset[str]] = {
    "refute": frozenset(stem(w) for w in REFUTATION_WORDS),
    "negation": (NEGATION_WORDS - {"n't"}) | NEGATED_CONTRACTIONS | {"without"},
    "hedge": frozenset(stem(w) for w in HEDGE_WORDS),
    "assert": frozenset(stem(w) for w in ASSERTION_WORDS),
    "question": frozenset(stem(w) for w in DOUBT_WORDS),
}
# A denial the writer voices ("the photo is a hoax") and one the text attributes ("a spokesman said the report
# was false") are counted apart: a text that only reports a denial does not take a side itself.
QUOTE_MARKS = '"“”'  # also counted per text as quotation density (features.py)
# Refutations and negations again, split by whether their sentence is attributed.
ATTRIBUTED_FAMILIES = ("refute", "negation")
CUE_FAMILIES = (*CUES, *(f"{f}_{voice}" for f in ATTRIBUTED_FAMILIES for voice in ("attributed", "unattributed")))
_REFUTE, _HEDGE = CUE_FAMILIES.index("refute"), CUE_FAMILIES.index("hedge")
_ATTRIBUTED = [list(CUES).index(f) for f in ATTRIBUTED_FAMILIES]  # positions among the per-family counts


def cue_counts(text: str) -> list[int]:
    """How many words of `text` fall in each cue family (CUE_FAMILIES order). "Ruled out" refutes; a negated
    denial ("have not ruled out", "did not deny") and a negated verb of knowing or telling ("it is not clear",
    "did not respond") or a rumour told as one ("rumours spread that") hedge, and their words count in no other
    family; "lies" of place refutes nothing.
    Refutations and negations count once more, as attributed (an attribution word or a quotation mark in
    `text`) or not."""
    unknowns = len(NEGATED_DENIAL.findall(text)) + len(_UNKNOWN_OUTCOME.findall(text))
    if unknowns:
        text = _UNKNOWN_OUTCOME.sub(" ", NEGATED_DENIAL.sub(" ", text))
    tokens = words(_LIE_OF_PLACE.sub(" ", text))
    stemmed = [stem(w) for w in tokens]
    counts = [sum(1 for w, s in zip(tokens, stemmed) if w in CUES[f] or s in CUES[f]) for f in CUES]
    counts[_REFUTE] += len(RULING_OUT.findall(text))
    counts[_HEDGE] += unknowns
    attributed = any(w in ATTRIBUTION_WORDS for w in tokens) or any(q in text for q in QUOTE_MARKS)
    voiced = [(counts[i], 0) if attributed else (0, counts[i]) for i in _ATTRIBUTED]
    return [*counts, *(n for pair in voiced for n in pair)]
