"""Offline language identification, so non-English articles skip the English-only stages.

Most input is English news: a cheap function-word share settles those at once and
only the rest goes to lingua (which costs milliseconds per page).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import LanguageDetector, LanguageDetectorBuilder

from newscheck.terms import word_count

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from it his her their said has have be are were "
    "not this which an will would its after who they he she but or had been".split()
)
_ENGLISH_SHARE = 0.22  # English news runs at 0.3-0.45 function words per word; other Latin-script languages < 0.1
_SAMPLE_CHARS = 1200


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if word_count(sample) < 4 or not words:  # a line of Chinese is one run of letters, and many words
        return None
    if sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= _ENGLISH_SHARE:
        return "en"
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None
