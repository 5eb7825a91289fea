"""Verify stage: headline support, cross-source verdicts and signals for a batch of articles.

Cross-checks. Every claim with ``checkworthy >= CHECKWORTHY_MIN`` (at most
``MAX_CLAIMS_PER_ARTICLE`` per article, most check-worthy first) is checked
against sentences of *other* articles, never against copies of its own report:

1. Candidates by blocking, never all pairs: the other copy families of the
   claim's story first, then articles whose claims share an actor pair with it
   (or one actor and an event type) within ``Settings.story_window_days``; at
   most ``MAX_POSTINGS`` per index key.
2. Within those articles, sentences ranked by TF-IDF cosine with the claim
   (one vectorizer over the batch); the ``MAX_CANDIDATE_ARTICLES`` articles whose
   best sentence reaches ``MIN_SIMILARITY`` go on, same story first.
3. The stance model judges each (claim, article body) pair in one batch (bodies
   are what it was trained on; it prepares each body once however many claims
   meet it) and names its evidence sentence, with offsets into that body; see
   ``_judge`` for how its probabilities, an explicit denial of the claim's words
   and word overlap make agree / disagree / discuss.

Verdicts: ``corroborated`` (independent agreement, no disagreement),
``contradicted`` (disagreement only), ``contested`` (both), ``unverified``
(neither). Independent sources are counted once per copy family, and reports
that cite the same original ("CNN reported") count once as that original; the
claiming article's own origin is one of them.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newscheck.config import Settings
from newscheck.headline import StanceModel, WordSimilarity, headline_support, outlet_statements
from newscheck.records import ArticleReport, Claim, Crosscheck, CrosscheckEvidence, Sentence, StanceResult, Story
from newscheck.signals import CHECKWORTHY_MIN, article_signals
from newscheck.terms import (
    ANAPHORIC_DENIAL,
    DENIAL,
    FALSE_REPORT,
    NEGATED_DENIAL,
    NEGATOR,
    NUMBER,
    REPORTING_VERBS,
    conflicting_count,
    content_terms,
    opposite_outcome,
    tokens,
)

MAX_CLAIMS_PER_ARTICLE = 8
MAX_POSTINGS = 200
MAX_CANDIDATE_ARTICLES = 8
MIN_SIMILARITY = 0.12  # TF-IDF cosine for a sentence to be a candidate at all
EVIDENCE_SIMILARITY = 0.2  # TF-IDF cosine for a sentence's agreement or disagreement to count
AGREE_MIN = 0.35  # P(agree) that, with word overlap and no denial, makes agreement (the model often splits agree/discuss)
CLOSEST_SENTENCES = 3  # sentences per candidate article looked at for denial and overlap
MODEL_DISAGREE_MIN = 0.8  # the model's disagreement alone (no explicit denial) must be this sure: below, it misreads news
AGREE_OVERLAP = 0.4  # share of content words (of the shorter side) an agreeing sentence must share with the claim
AGREE_SHARED = 2  # and at least this many of them
RESTATED_COVERAGE = 0.6  # share of the claim's content words a sentence must give to tell the claim itself
NEGATION_WINDOW = 8  # words after a negation or denial cue that it covers

_NEGATION = re.compile(
    rf"\b(?:{NEGATOR}|no|none|nobody|nothing|no one|denial|{DENIAL}|false|untrue|wrong|incorrect(?:ly)?|wrongly)\b",
    re.I,
)
# What marks a sentence as telling what someone reported or claimed, the story such a denial points back to.
_REPORTED = REPORTING_VERBS | frozenset(
    "reportedly allegedly alleged rumour rumours rumor rumors rumoured rumored sources circulated speculation posts"
    " posted wrote".split()
)
_CLAUSE_END = re.compile(r"[;,.:!?]|\b(?:if|because|when|while|but|and|as|after|since|unless|though|although)\b", re.I)
_UNITS = frozenset("percent per cent point points million billion thousand hundred".split())  # "not 3 percent but 5"
_NAME = re.compile(r"(?<=[a-z,;\"”’] )[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")  # also after a quote: "..." Marsh said
MAX_EVIDENCE = 6

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’']?|$)")


def verify(
    reports: Sequence[ArticleReport], stories: Sequence[Story], settings: Settings, stance: StanceModel | None = None
) -> list[Crosscheck]:
    """Fill headline support and signals of every report; return the cross-checks of the batch."""
    if stance is None:
        from newscheck.stance import get_model

        stance = get_model()
    similarity = WordSimilarity()
    for report in reports:
        report.headline_support = headline_support(report, stance, similarity)
    batch = _Batch(reports, stories, settings)
    checks = batch.crosscheck(stance)
    by_article: dict[str, list[Crosscheck]] = defaultdict(list)
    for check in checks:
        by_article[check.article_id].append(check)
    for index, report in enumerate(reports):
        verdicts = {c.claim_id: c.verdict for c in by_article[report.article.id]}
        corroborated = any(verdicts.get(c.id) == "corroborated" for c in outlet_statements(report, similarity))
        report.signals = article_signals(report, by_article[report.article.id], batch.other_outlets(index), corroborated)
    return checks


def sentences_of(report: ArticleReport) -> list[Sentence]:
    """The annotate stage's sentences, or a plain split when the report was loaded without them."""
    if report.annotation is not None and report.annotation.sentences:
        return report.annotation.sentences
    found = []
    for match in _SENTENCE.finditer(report.article.body):
        text = match.group(0).strip()
        if text:
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            found.append(Sentence(text, start, start + len(text)))
    return found


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published).toordinal() if published else None
    except ValueError:
        return None


def _claim_keys(claim: Claim) -> set[tuple[str, ...]]:
    """Index keys for blocking: each actor pair, or (actor, event type) when there is one actor."""
    actors = sorted(set(claim.actors))
    if len(actors) >= 2:
        return {("pair", a, b) for a, b in combinations(actors, 2)}
    return {("event", a, e.type) for a in actors for e in claim.events}


def _terms(text: str) -> set[str]:
    """Content stems and numbers of a sentence, without its capitalised names."""
    names = {t for m in _NAME.finditer(text) for t in tokens(m.group(0))}
    return set(content_terms(text, drop=frozenset(names))) | set(NUMBER.findall(text))


def denies(claim: str, sentence: str) -> bool:
    """The sentence negates or denies one of the claim's own content words, and the claim does not.

    The negated stretch runs from the cue to the end of its clause (at most
    ``NEGATION_WINDOW`` words); a word counts only when the sentence does not also
    use it outside that stretch ("no one was killed in the fire; ... the fire
    service said" denies a killing, not a fire). A denial that is itself negated
    ("have not ruled out foul play", "did not deny that") denies nothing.
    """
    if _NEGATION.search(claim):
        return False
    claim_terms = _terms(claim)
    if any(set(content_terms(m.group("content"))) & claim_terms for m in FALSE_REPORT.finditer(sentence)):
        return True
    sentence = NEGATED_DENIAL.sub(lambda m: " " * len(m.group(0)), sentence)
    for cue in _NEGATION.finditer(sentence):
        scope = _CLAUSE_END.split(sentence[cue.end() :], maxsplit=1)[0]
        scope = " ".join(scope.split()[:NEGATION_WINDOW])
        rest = sentence[: cue.start()] + " " + sentence[cue.end() + len(scope) + 1 :]
        if (set(content_terms(scope, drop=_UNITS)) & claim_terms) - set(content_terms(rest)):
            return True
    return False


def overlap(claim: str, sentence: str) -> float:
    """Shared content stems and numbers over the shorter side's count (overlap coefficient); nothing
    below ``AGREE_SHARED`` shared terms, so a short sentence does not agree on one word ("inflation")."""
    a, b = _terms(claim), _terms(sentence)
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= AGREE_SHARED else 0.0


def _judge(claim: str, pair: _Pair, result: StanceResult) -> tuple[str, float, Sentence]:
    """One article's stance toward a claim as evidence, with the sentence that shows it.

    A close sentence that denies the claim's own words ("would not resign", "no one was
    killed"), or that states the claim's event with another count of the same thing
    ("killed 30 people" against "killed 12 people", ``conflicting_count``), is
    disagreement whatever the model says; so is a later sentence that denies "the
    story" or "the reports" in other words ("a spokesman said the story was completely
    false") after a close sentence has told the claim as reported ("reports circulated
    that ...", "news sites said ..."): the FNC-trained model reads
    same-topic denials as agreement, and its own "disagree" counts only at
    ``MODEL_DISAGREE_MIN`` (on news it fires on hedges such as "could not be ruled
    out") and when a sentence of the article disagrees on its own: a whole article
    full of conflict ("rejected the offer") is not a contradiction unless one of its
    sentences says so. Agreement needs the model's confidence and a
    sentence sharing at least ``AGREE_OVERLAP`` of the claim's content words, so a
    report of the same event that does not state the claim ("residents were back
    home") is not taken for corroboration; nor is one whose sentences state the
    opposite outcome and never the claim's own ("left rates unchanged" against
    "raises rates", see ``opposite_outcome``), which the model may still read as
    agreeing (its own reading of opposite outcomes turns only an agree label, by
    the three sentences closest to the claim).
    It stays discussion: an outcome word in another sense ("stay hungry") must not
    make a contradiction.
    """
    close = [(sentence, score) for sentence, score in pair.closest if score >= EVIDENCE_SIMILARITY]
    for sentence, _ in close:
        if denies(claim, sentence.text):
            return "disagree", 1.0, sentence
    for sentence, _ in close:
        if overlap(claim, sentence.text) >= AGREE_OVERLAP and conflicting_count(claim, sentence.text):
            return "disagree", 1.0, sentence
    claim_terms = _terms(claim)
    restated = [
        sentence
        for sentence, _ in close
        if len(claim_terms & _terms(sentence.text)) >= RESTATED_COVERAGE * len(claim_terms)
        and _REPORTED & set(tokens(sentence.text))
    ]
    for denial in pair.denials:
        if any(sentence.start < denial.start for sentence in restated):
            return "disagree", 1.0, denial
    confidence = result.scores.get(result.label, 0.0)
    named = [Sentence(e.sentence, e.start, e.end) for e in result.evidence if e.stance == result.label]
    agree = result.scores.get("agree", 0.0)
    if agree >= AGREE_MIN and agree >= result.scores.get("disagree", 0.0):
        agreeing = [*named, *(s for s, _ in close)]
        opposite = opposite_outcome(claim, [s.text for s in agreeing])
        if opposite is not None:
            return "discuss", result.scores.get("discuss", 0.0), agreeing[opposite]
        best = max(agreeing, key=lambda s: overlap(claim, s.text), default=None)
        if best is not None and overlap(claim, best.text) >= AGREE_OVERLAP:
            return "agree", agree, best
    if result.label == "disagree" and confidence >= MODEL_DISAGREE_MIN and close and named:
        return "disagree", confidence, named[0]
    if result.label == "unrelated":
        return "unrelated", 0.0, pair.closest[0][0]
    return "discuss", result.scores.get("discuss", 0.0), (named or [pair.closest[0][0]])[0]


def _origin(name: str | None) -> str:
    return re.sub(r"^(the|a)\s+", "", (name or "").strip().lower())


@dataclass
class _Pair:
    claim_index: int
    article_index: int
    closest: list[tuple[Sentence, float]]  # the article's sentences closest to the claim, with TF-IDF cosine
    denials: list[Sentence]  # the article's sentences that deny "the story" or "the reports" (ANAPHORIC_DENIAL)


class _Batch:
    """Indexes over one batch: sentence pool with TF-IDF, stories, families, actor/event postings."""

    def __init__(self, reports: Sequence[ArticleReport], stories: Sequence[Story], settings: Settings) -> None:
        self.reports = reports
        self.window = settings.story_window_days
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
        self.denials = [[s for s in sentences if ANAPHORIC_DENIAL.search(s.text)] for sentences in self.sentences]
        self.first_row = np.cumsum([0, *(len(s) for s in self.sentences)])
        texts = [s.text for ss in self.sentences for s in ss]
        self.vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
        self.matrix = self.vectorizer.fit_transform(texts) if any(t.strip() for t in texts) else None
        self.days = [_day(r.article.published) for r in reports]
        postings: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        undated: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for index, report in enumerate(reports):
            keys = set().union(*(_claim_keys(c) for c in report.claims)) if report.claims else set()
            for key in keys:
                if self.days[index] is None:
                    undated[key].append(index)
                else:
                    postings[key].append((self.days[index], index))
        self.postings = {k: sorted(v) for k, v in postings.items()}
        self.undated = undated

    def other_outlets(self, index: int) -> int:
        """Independent families in this article's story besides its own."""
        story = self.story_of[index]
        return self.story_families[story] - 1 if story >= 0 else 0

    def _related(self, index: int, claim: Claim) -> list[int]:
        """Articles sharing the claim's actors (and event type), nearest in time, ranked by shared keys."""
        day = self.days[index]
        counts: dict[int, int] = defaultdict(int)
        for key in _claim_keys(claim):
            listed = self.postings.get(key, [])
            if day is not None:
                lo = bisect.bisect_left(listed, (day - self.window, -1))
                hi = bisect.bisect_right(listed, (day + self.window, len(self.reports)))
                listed = listed[lo:hi]
            hits = [i for _, i in listed[:MAX_POSTINGS]] + self.undated.get(key, [])[:MAX_POSTINGS]
            for other in hits:
                counts[other] += 1
        return sorted(counts, key=lambda i: -counts[i])

    def _candidates(self, index: int, claim: Claim) -> list[int]:
        story = self.story_of[index]
        same_story = self.story_members[story] if story >= 0 else []
        seen = {self.family_of[index]}
        ordered = []
        for other in [*same_story, *self._related(index, claim)]:
            if self.family_of[other] not in seen:
                ordered.append(other)
                seen.add(self.family_of[other])  # one article per copy family is enough evidence
        return ordered[: 4 * MAX_CANDIDATE_ARTICLES]

    def _pairs(self, claim_index: int, index: int, claim: Claim) -> list[_Pair]:
        candidates = self._candidates(index, claim)
        if not candidates or self.matrix is None:
            return []
        vector = self.vectorizer.transform([claim.text])
        ranked = []
        for other in candidates:
            lo, hi = self.first_row[other], self.first_row[other + 1]
            if hi == lo:
                continue
            scores = (self.matrix[lo:hi] @ vector.T).toarray().ravel()
            top = [int(i) for i in np.argsort(-scores)[:CLOSEST_SENTENCES] if scores[i] >= MIN_SIMILARITY]
            if top:
                same_story = self.story_of[other] == self.story_of[index] >= 0
                closest = [(self.sentences[other][i], float(scores[i])) for i in top]
                ranked.append((not same_story, -closest[0][1], other, closest))
        ranked.sort()
        return [
            _Pair(claim_index, other, closest, self.denials[other])
            for _, _, other, closest in ranked[:MAX_CANDIDATE_ARTICLES]
        ]

    def _evidence_origin(self, other: int, sentence: Sentence) -> str:
        """Which original an evidence sentence stands for: a cited outlet, or its own copy family."""
        for claim in self.reports[other].claims:
            if claim.source_type == "media" and claim.start < sentence.end and sentence.start < claim.end:
                return "media:" + _origin(claim.attributed_to)
        return f"family:{self.family_of[other]}"

    def crosscheck(self, stance: StanceModel) -> list[Crosscheck]:
        claims: list[tuple[int, Claim]] = []
        first_of: dict[tuple[int, str], int] = {}  # (copy family, claim text) -> the claim checked for all copies
        for index, report in enumerate(self.reports):
            worthy = sorted((c for c in report.claims if c.checkworthy >= CHECKWORTHY_MIN), key=lambda c: -c.checkworthy)
            for claim in worthy[:MAX_CLAIMS_PER_ARTICLE]:
                first_of.setdefault((self.family_of[index], claim.text), len(claims))
                claims.append((index, claim))
        pairs = [
            p
            for n, (index, claim) in enumerate(claims)
            if first_of[(self.family_of[index], claim.text)] == n
            for p in self._pairs(n, index, claim)
        ]
        texts = [self.reports[p.article_index].article.body for p in pairs]
        results = stance.predict([claims[p.claim_index][1].text for p in pairs], texts) if pairs else []
        judged: dict[int, list[tuple[_Pair, StanceResult]]] = defaultdict(list)
        for pair, result in zip(pairs, results, strict=True):
            judged[pair.claim_index].append((pair, result))
        return [
            self._verdict(index, claim, judged.get(first_of[(self.family_of[index], claim.text)], []))
            for index, claim in claims
        ]

    def _verdict(self, index: int, claim: Claim, judged: list[tuple[_Pair, StanceResult]]) -> Crosscheck:
        per_article: dict[int, tuple[str, float, Sentence]] = {}
        for pair, result in judged:
            label, strength, sentence = _judge(claim.text, pair, result)
            if label != "unrelated":
                per_article[pair.article_index] = (label, strength, sentence)
        own = (
            "media:" + _origin(claim.attributed_to) if claim.source_type == "media" else f"family:{self.family_of[index]}"
        )
        agree = {self._evidence_origin(o, s) for o, (label, _, s) in per_article.items() if label == "agree"}
        disagree = {self._evidence_origin(o, s) for o, (label, _, s) in per_article.items() if label == "disagree"}
        agree.discard(own)
        if agree and disagree:
            verdict = "contested"
        elif agree:
            verdict = "corroborated"
        elif disagree:
            verdict = "contradicted"
        else:
            verdict = "unverified"
        order = {"disagree": 0, "agree": 1, "discuss": 2}
        chosen = sorted(per_article.items(), key=lambda item: (order[item[1][0]], -item[1][1]))[:MAX_EVIDENCE]
        evidence = [
            CrosscheckEvidence(self.reports[o].article.id, s.text, label, s.start, s.end) for o, (label, _, s) in chosen
        ]
        return Crosscheck(claim.id, self.reports[index].article.id, verdict, evidence, independent_sources=1 + len(agree))
