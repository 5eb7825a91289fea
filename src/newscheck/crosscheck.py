"""Cross-checks: what other outlets' sentences do with each check-worthy claim.

Every claim with ``checkworthy >= CHECKWORTHY_MIN`` (at most
``MAX_CLAIMS_PER_ARTICLE`` per article, most check-worthy first) is checked
against sentences of *other* articles, never against copies of its own report:

1. Candidate articles by blocking, never all pairs: the claim's story, and the
   articles whose claims share an actor pair with it (or one actor and an event
   type) at any date, nearest in time first, at most ``MAX_POSTINGS`` per key. A
   standing position from last year ("the two governments have no plans for an
   alliance") is as reachable as this week's report.
2. Candidate sentences by meaning: every sentence is embedded once (MiniLM) and
   ranked by cosine with the claim; each candidate article gives its
   ``SENTENCES_PER_ARTICLE`` closest sentences above ``MIN_COSINE``, and up to
   ``DENIALS_PER_ARTICLE`` sentences that deny or negate something and either
   name one of the claim's actors or follow one of those closest sentences (a
   denial worded far from the claim: "Beijing rejected the reports as
   groundless").
3. The claim-level judge (:mod:`newscheck.judge`) reads each candidate with the
   sentence before it as context; an article's stance is a denial of the claim
   where it has one, else its surest agreement or contradiction (every
   contradiction names what clashes), discussion only when it has neither.

Verdicts: ``corroborated`` (independent agreement, no contradiction),
``contradicted`` (contradiction only), ``contested`` (both), ``unverified``
(neither: the judge abstains rather than guess). Independent sources count once
per copy family, and reports that cite the same original ("CNN reported") count
once as that original; the claiming article's own origin is one of them. The
confidence is the probability that at least one of the independent sources
behind the verdict reads as the judge says (1 - the product of their doubts);
for an unverified claim, the probability that none of them decides it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from spacy.tokens import Doc

from newscheck.checkworthy import CHECKWORTHY_MIN
from newscheck.encoder import encode
from newscheck.judge import ClaimJudge, Judgement
from newscheck.records import ArticleReport, Claim, Crosscheck, CrosscheckEvidence, Sentence, Story
from newscheck.stories import day_number, sentences_of
from newscheck.terms import DENIAL_VERB_STEMS, FALSE_WORDS, NEGATION_WORDS, stem, tokens

MAX_CLAIMS_PER_ARTICLE = 8
MAX_POSTINGS = 200  # articles per actor key met by one claim
MAX_CANDIDATE_ARTICLES = 12  # articles a claim's evidence is read from
SENTENCES_PER_ARTICLE = 3  # closest sentences per candidate article
DENIALS_PER_ARTICLE = 2  # far-worded denials per candidate article that name the claim's actors
MIN_COSINE = 0.35  # a sentence further than this from the claim in meaning is no candidate
MAX_EVIDENCE = 6
CLAIM_CHUNK = 256  # claims whose candidates are gathered, parsed and judged together
_STANCE_ORDER = {"disagree": 0, "agree": 1, "discuss": 2}


def _claim_keys(claim: Claim) -> set[tuple[str, ...]]:
    """Index keys for blocking: each actor pair, or (actor, event type) when there is one actor."""
    actors = sorted(set(claim.actors))
    if len(actors) >= 2:
        return {("pair", a, b) for a, b in combinations(actors, 2)}
    return {("event", a, e.type) for a in actors for e in claim.events}


def _origin(claim: Claim | None, family: int) -> str:
    """Which original a statement stands for: the outlet its claim cites ("CNN reported"), or its own copy
    family."""
    if claim is not None and claim.source_type == "media":
        return "media:" + re.sub(r"^(the|a)\s+", "", (claim.attributed_to or "").strip().lower())
    return f"family:{family}"


def _denies_something(text: str) -> bool:
    words = tokens(text)
    return any(w in NEGATION_WORDS or w in FALSE_WORDS or w.endswith("n't") or stem(w) in DENIAL_VERB_STEMS for w in words)


@dataclass
class _Candidate:
    claim_index: int
    article: int
    sentence: int  # index into the article's sentences


class CorpusIndex:
    """One batch's articles indexed for cross-checks: sentences and their embeddings, stories, copy
    families and actor postings."""

    def __init__(self, reports: Sequence[ArticleReport], stories: Sequence[Story]) -> None:
        self.reports = reports
        ids = {r.article.id: i for i, r in enumerate(reports)}
        self.story_of = [-1] * len(reports)
        self.family_of = list(range(len(reports)))
        self.story_members: list[list[int]] = []
        self.story_families: list[int] = []
        family_count = len(reports)
        for s_index, story in enumerate(stories):
            members = [ids[a] for a in story.article_ids if a in ids]
            for member in members:
                self.story_of[member] = s_index
            self.story_members.append(members)
            for family in story.families:
                family_count += 1
                for article_id in family:
                    if article_id in ids:
                        self.family_of[ids[article_id]] = family_count
            self.story_families.append(len({self.family_of[m] for m in members}))
        self.sentences = [sentences_of(r) for r in reports]
        self.first_row = np.cumsum([0, *(len(s) for s in self.sentences)])
        self.embeddings = encode([s.text for ss in self.sentences for s in ss])
        self.days = [day_number(r.article.published) for r in reports]
        postings: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for index, report in enumerate(reports):
            keys = set().union(*(_claim_keys(c) for c in report.claims)) if report.claims else set()
            for key in keys:
                postings[key].append((self.days[index] if self.days[index] is not None else 0, index))
        self.postings = {k: sorted(v) for k, v in postings.items()}

    def other_outlets(self, index: int) -> int:
        """Independent families in this article's story besides its own."""
        story = self.story_of[index]
        return self.story_families[story] - 1 if story >= 0 else 0

    def related(self, index: int, claim: Claim) -> list[int]:
        """Articles sharing the claim's actors (and event type), at any date, nearest in time first."""
        day = self.days[index] or 0
        counts: dict[int, int] = defaultdict(int)
        for key in _claim_keys(claim):
            listed = self.postings.get(key, [])
            if len(listed) > MAX_POSTINGS:  # the MAX_POSTINGS nearest in time
                middle = bisect.bisect_left(listed, (day, -1))
                lo = max(0, min(middle - MAX_POSTINGS // 2, len(listed) - MAX_POSTINGS))
                listed = listed[lo : lo + MAX_POSTINGS]
            for _, other in listed:
                counts[other] += 1
        return sorted(counts, key=lambda i: (-counts[i], abs((self.days[i] or day) - day)))

    def candidates(self, claim_index: int, index: int, claim: Claim, vector: np.ndarray) -> list[_Candidate]:
        story = self.story_of[index]
        same_story = self.story_members[story] if story >= 0 else []
        seen = {self.family_of[index]}
        articles = []
        for other in [*same_story, *self.related(index, claim)]:
            if self.family_of[other] not in seen:
                articles.append(other)
                seen.add(self.family_of[other])  # one article per copy family is enough evidence
        actor_words = {m.lower() for m in _mentions(self.reports[index], claim)}
        ranked = []
        for other in articles[: 4 * MAX_CANDIDATE_ARTICLES]:
            lo, hi = self.first_row[other], self.first_row[other + 1]
            if hi == lo:
                continue
            cosines = self.embeddings[lo:hi] @ vector
            close = [int(i) for i in np.argsort(-cosines)[:SENTENCES_PER_ARTICLE] if cosines[i] >= MIN_COSINE]
            # denials worded far from the claim: naming its actors, or right after a sentence close to it
            # (which they may deny as "the reports")
            after_close = {i + 1 for i in close}
            denials = [
                i
                for i, sentence in enumerate(self.sentences[other])
                if i not in close
                and (i in after_close or (actor_words and _names_any(sentence.text, actor_words)))
                and _denies_something(sentence.text)
            ][:DENIALS_PER_ARTICLE]
            if close or denials:
                best = float(cosines[close[0]]) if close else 0.0
                ranked.append((self.story_of[other] != story or story < 0, -best, other, close + denials))
        ranked.sort()
        return [_Candidate(claim_index, other, i) for _, _, other, chosen in ranked[:MAX_CANDIDATE_ARTICLES] for i in chosen]

    def parses(self, spans: Sequence[tuple[int, int, int]]) -> dict[str, Doc]:
        """The annotate stage's parse of each (article, start, end) span, by its text, where the article
        was parsed in this process: the judge need not parse those sentences again."""
        found: dict[str, Doc] = {}
        for article, start, end in dict.fromkeys(spans):
            annotation = self.reports[article].annotation
            doc = annotation.doc if annotation is not None else None
            if doc is None or doc.text != self.reports[article].article.body:
                continue
            span = doc.char_span(start, end)
            if span is not None and span.text not in found:
                found[span.text] = span.as_doc()
        return found

    def evidence_origin(self, other: int, sentence: Sentence) -> str:
        """Which original an evidence sentence stands for (see `_origin`)."""
        cited = (
            c
            for c in self.reports[other].claims
            if c.source_type == "media" and c.start < sentence.end and sentence.start < c.end
        )
        return _origin(next(cited, None), self.family_of[other])


def _mentions(report: ArticleReport, claim: Claim) -> set[str]:
    """How the claim's actors are written in its article ("Moscow", "the Kremlin", "Beijing")."""
    if report.annotation is None:
        return set()
    return {m.text for actor in report.annotation.actors if actor.key in claim.actors for m in actor.mentions}


def _names_any(text: str, words: set[str]) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in words)


def checked_claims(index: CorpusIndex) -> list[tuple[int, Claim]]:
    claims = []
    for article, report in enumerate(index.reports):
        worthy = sorted((c for c in report.claims if c.checkworthy >= CHECKWORTHY_MIN), key=lambda c: -c.checkworthy)
        claims.extend((article, claim) for claim in worthy[:MAX_CLAIMS_PER_ARTICLE])
    return claims


def crosscheck(index: CorpusIndex, judge: ClaimJudge) -> list[Crosscheck]:
    """The cross-checks of every check-worthy claim of the indexed articles, ``CLAIM_CHUNK`` claims at a
    time so memory stays flat however big the batch."""
    claims = checked_claims(index)
    first_of: dict[tuple[int, str], int] = {}  # (copy family, claim text) -> the claim checked for all copies
    for n, (article, claim) in enumerate(claims):
        first_of.setdefault((index.family_of[article], claim.text), n)
    copies: dict[int, list[int]] = defaultdict(list)  # the claim checked -> every claim its verdict serves
    for n, (article, claim) in enumerate(claims):
        copies[first_of[(index.family_of[article], claim.text)]].append(n)
    checked = sorted(copies)
    verdicts: list[Crosscheck | None] = [None] * len(claims)
    for start in range(0, len(checked), CLAIM_CHUNK):
        chunk = checked[start : start + CLAIM_CHUNK]
        judged = _judge_claims(index, judge, claims, chunk)
        for n in chunk:
            for m in copies[n]:
                verdicts[m] = _verdict(index, *claims[m], judged.get(n, []))
    return verdicts  # type: ignore[return-value]


def _judge_claims(
    index: CorpusIndex, judge: ClaimJudge, claims: Sequence[tuple[int, Claim]], chosen: Sequence[int]
) -> dict[int, list[tuple[_Candidate, Judgement]]]:
    """Each chosen claim's candidate sentences, judged. The claims are read first: their embeddings rank
    the candidates."""
    spans = [(claims[n][0], claims[n][1].start, claims[n][1].end) for n in chosen]
    read = judge.read([claims[n][1].text for n in chosen], index.parses(spans))
    candidates = [c for n in chosen for c in index.candidates(n, *claims[n], read[claims[n][1].text].sentence)]
    contexts = [index.sentences[c.article][c.sentence - 1].text if c.sentence else None for c in candidates]
    for c in candidates:
        spans += [(c.article, s.start, s.end) for s in index.sentences[c.article][max(c.sentence - 1, 0) : c.sentence + 1]]
    judgements = judge.judge(
        [claims[c.claim_index][1].text for c in candidates],
        [index.sentences[c.article][c.sentence].text for c in candidates],
        contexts,
        index.parses(spans),
    )
    per_claim: dict[int, list[tuple[_Candidate, Judgement]]] = defaultdict(list)
    for candidate, judgement in zip(candidates, judgements, strict=True):
        per_claim[candidate.claim_index].append((candidate, judgement))
    return per_claim


def _outranks(reading: Judgement, held: Judgement) -> bool:
    """An article's stance: a denial of the claim (an article may tell a claim to deny it), else its surest
    agreement or contradiction (a correction restates the claim and quotes the error it corrects), else
    discussion."""

    def rank(j: Judgement) -> tuple[int, float]:
        denial = j.label == "disagree" and j.clash is not None and j.clash.kind == "denial"
        return (2 if denial else 1 if j.label in ("agree", "disagree") else 0, j.scores[j.label])

    return rank(reading) > rank(held)


def _stance_of(judgement: Judgement) -> str | None:
    return judgement.label if judgement.label in _STANCE_ORDER else None


def _verdict(index: CorpusIndex, article: int, claim: Claim, judged: list[tuple[_Candidate, Judgement]]) -> Crosscheck:
    per_article: dict[int, tuple[str, float, _Candidate, Judgement]] = {}
    for candidate, judgement in judged:
        stance = _stance_of(judgement)
        if stance is None:
            continue
        strength = judgement.scores[stance]
        held = per_article.get(candidate.article)
        if held is None or _outranks(judgement, held[3]):
            per_article[candidate.article] = (stance, strength, candidate, judgement)
    own = _origin(claim, index.family_of[article])
    sides: dict[str, dict[str, float]] = {"agree": {}, "disagree": {}}
    for other, (stance, strength, candidate, _) in per_article.items():
        if stance in sides:
            origin = index.evidence_origin(other, index.sentences[other][candidate.sentence])
            sides[stance][origin] = max(sides[stance].get(origin, 0.0), strength)
    sides["agree"].pop(own, None)
    agree, disagree = sides["agree"], sides["disagree"]
    if agree and disagree:
        verdict = "contested"
        confidence = min(_any_of(agree.values()), _any_of(disagree.values()))
    elif agree or disagree:
        verdict = "corroborated" if agree else "contradicted"
        confidence = _any_of((agree or disagree).values())
    else:
        verdict = "unverified"
        doubts = [max(j.scores["agree"], j.scores["disagree"]) for _, j in judged]
        confidence = 1.0 - _any_of(doubts)
    chosen = sorted(per_article.items(), key=lambda item: (_STANCE_ORDER[item[1][0]], -item[1][1]))[:MAX_EVIDENCE]
    evidence = []
    for other, (stance, strength, candidate, judgement) in chosen:
        sentence = index.sentences[other][candidate.sentence]
        report = index.reports[other]
        clash = judgement.clash.description if judgement.clash and stance == "disagree" else None
        evidence.append(
            CrosscheckEvidence(
                report.article.id,
                sentence.text,
                stance,
                sentence.start,
                sentence.end,
                score=round(strength, 4),
                published=report.article.published,
                clash=clash,
            )  # fmt: skip
        )
    return Crosscheck(
        claim.id,
        index.reports[article].article.id,
        verdict,
        evidence,
        independent_sources=1 + len(agree),
        confidence=round(confidence, 4),
    )


def _any_of(probabilities) -> float:  # noqa: ANN001 - iterable of floats
    """The probability that at least one of independent readings holds."""
    doubt = 1.0
    for p in probabilities:
        doubt *= 1.0 - p
    return 1.0 - doubt
