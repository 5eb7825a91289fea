"""Copy families: articles that are copies of one report count as one source.

Three kinds of copy are common in the news: verbatim syndication under other page
chrome, truncated excerpts (an aggregator's first half plus a "read more" link)
and "spun" rewrites where a tool swaps words for synonyms. Each article gets two
shingle sets over its body:

- word shingles: runs of ``WORD_SHINGLE`` normalised words; a verbatim or
  truncated copy shares nearly all of its own shingles with the original.
- skeleton shingles: the words a synonym spinner leaves alone (function words,
  names, numbers), with every run of other words collapsed to one ``_``. A
  spun copy keeps the skeleton of its original, while two reporters writing
  about the same event build different sentences around the same names.

Truncated copies share only half of the original's shingles, so the measure is
containment (shared shingles over the smaller set), not Jaccard. Candidate
pairs come from MinHash LSH indexes (datasketch) with a threshold low enough to
reach half-length excerpts, without comparing all pairs; each candidate is then
verified on the exact shingle sets and accepted pairs are joined by union-find, as
long as a family's dated members stay within the span a story may have
(``Settings.story_span_days``): like texts month after month are a template, not one report.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from newscheck.config import Settings
from newscheck.records import Article, day_number, day_span

__all__ = ["UnionFind", "copy_families", "family_index"]

WORD_SHINGLE = 4  # words per word shingle
SKELETON_SHINGLE = 6  # skeleton tokens per skeleton shingle
MIN_SHINGLES = 12  # a text with fewer shingles than this is too short to call a copy
WORD_CONTAINMENT = 0.6  # share of the smaller article's word shingles found in the other
SKELETON_CONTAINMENT = 0.6  # same, over skeleton shingles (catches spun copies)
CANDIDATE_JACCARD = 0.35  # LSH threshold: below the Jaccard of a half-length excerpt with its original
NUM_PERM = 128

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Function words a synonym spinner has no entry for; everything else may be swapped.
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet if then than that this these those there here
    of in on at to for from by with as into onto over under about after before between
    through during against without within upon via per not no
    is are was were be been being am has have had having do does did will would shall
    should can could may might must it its it's he she him her his hers they them their
    theirs we us our you your i me my who whom whose which what when where why how
    all any both each few more most other some such only own same too very also just
    one two three four five six seven eight nine ten""".split()
)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _shingle_ids(tokens: Sequence[str], size: int) -> set[int]:
    """Hash each run of ``size`` tokens to a 32-bit id (crc32: fast and stable across runs)."""
    if len(tokens) < size:
        return {zlib.crc32(" ".join(tokens).encode())} if tokens else set()
    return {zlib.crc32(" ".join(tokens[i : i + size]).encode()) for i in range(len(tokens) - size + 1)}


def _skeleton(tokens: Sequence[str]) -> list[str]:
    """Function words, names and numbers kept; each run of other words becomes one '_'."""
    out: list[str] = []
    for token in tokens:
        lower = token.lower()
        if lower in _FUNCTION_WORDS or token[0].isupper() or token[0].isdigit():
            out.append(lower)
        elif not out or out[-1] != "_":
            out.append("_")
    return out


def _shingle_sets(article: Article) -> tuple[set[int], set[int]]:
    tokens = _tokens(article.body)
    words = [t.lower() for t in tokens]
    return _shingle_ids(words, WORD_SHINGLE), _shingle_ids(_skeleton(tokens), SKELETON_SHINGLE)


def _containment(a: set[int], b: set[int]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def _candidate_pairs(sets: Sequence[set[int]]) -> set[tuple[int, int]]:
    """Pairs (i < j) that may be copies, from one MinHash LSH index (no all-pairs comparison).

    The index works on Jaccard similarity; a truncated half of a report has
    Jaccard about 0.5 with its original, so ``CANDIDATE_JACCARD`` sits below that
    and containment is checked exactly afterwards.
    """
    usable = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    if len(usable) < 2:
        return set()
    hashes = MinHash.bulk((sets[i] for i in usable), num_perm=NUM_PERM, hashfunc=int)
    index = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    with index.insertion_session() as session:
        for i, minhash in zip(usable, hashes, strict=True):
            session.insert(i, minhash, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for i, minhash in zip(usable, hashes, strict=True):
        pairs.update((min(i, j), max(i, j)) for j in index.query(minhash) if j != i)
    return pairs


class UnionFind:
    """Disjoint sets over 0..size-1; the smallest index is each set's root."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def copy_families(articles: Sequence[Article], settings: Settings | None = None) -> list[list[str]]:
    """Partition article ids into copy families; every article is in exactly one.

    Singletons are included, so the result doubles as an article → family map
    (see :func:`family_index`). Families keep input order inside and are ordered
    by their first member's position in ``articles``.
    """
    shingles = [_shingle_sets(a) for a in articles]
    words = [w for w, _ in shingles]
    skeletons = [s for _, s in shingles]
    union = UnionFind(len(articles))
    span = (settings or Settings()).story_span_days
    first = [day_number(a.published) for a in articles]
    last = list(first)
    for i, j in sorted(_candidate_pairs(words) | _candidate_pairs(skeletons)):
        ri, rj = union.find(i), union.find(j)
        if ri == rj:
            continue
        dates = day_span(first[ri], last[ri], first[rj], last[rj])
        if dates and dates[1] - dates[0] > span:
            continue  # one template told week after week (a fuel levy raised in town after town) is no copy
        if (min(len(words[i]), len(words[j])) >= MIN_SHINGLES and _containment(words[i], words[j]) >= WORD_CONTAINMENT) or (
            min(len(skeletons[i]), len(skeletons[j])) >= MIN_SHINGLES
            and _containment(skeletons[i], skeletons[j]) >= SKELETON_CONTAINMENT
        ):
            union.union(i, j)
            first[union.find(i)], last[union.find(i)] = dates or (None, None)
    groups: dict[int, list[str]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(union.find(i), []).append(article.id)
    return list(groups.values())


def family_index(families: Sequence[Sequence[str]]) -> dict[str, int]:
    """Article id → position of its family in ``families``."""
    return {article_id: n for n, family in enumerate(families) for article_id in family}
