"""Content words of a sentence, shared by headline support and cross-check retrieval.

Deliberately light (a regex tokenizer, a stop list and a suffix stemmer) so it
runs over tens of thousands of sentences without a parser; the sentences were
already parsed by the annotate stage where parsing matters.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself today yesterday tomorrow week year years day days
    monday tuesday wednesday thursday friday saturday sunday new first last one two three many much may might must
    shall us upon amid among via per since toward towards whether either neither yet still even
    """.split()
)

# Verbs that frame who said something rather than what happened: a headline's
# "announce" or "say" is not part of the claim a source has to back.
REPORTING_VERBS = frozenset(
    """
    say says said saying tell tells told announce announces announced announcing report reports reported reporting
    claim claims claimed state states stated stating add adds added according confirm confirms confirmed reveal
    reveals revealed unveil unveils unveiled declare declares declared note notes noted
    """.split()
)

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with possessives dropped ("Russia's" -> "russia")."""
    out = []
    for token in _TOKEN.findall(text):
        token = token.lower().replace("’", "'")
        if token.endswith("'s"):
            token = token[:-2]
        out.append(token.strip("'-"))
    return [t for t in out if t]


def stem(word: str) -> str:
    """A crude suffix stemmer: enough for "alliances"/"alliance", "denied"/"denies", "strikes"/"strike"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ies", "ied") else base
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_terms(text: str, drop: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words that carry meaning: no stop words, no reporting verbs, nothing in ``drop``."""
    terms = []
    for token in tokens(text):
        if len(token) < 3 or token in STOPWORDS or token in REPORTING_VERBS or token in drop:
            continue
        terms.append(stem(token))
    return list(dict.fromkeys(terms))
