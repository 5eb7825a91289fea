"""Cross-checks: what other outlets' sentences do with each check-worthy claim.

Every claim with ``checkworthy >= CHECKWORTHY_MIN``, and the article's lead claim
whatever its score (at most ``MAX_CLAIMS_PER_ARTICLE`` per article, most
check-worthy first), and beside them the headline's claim, is checked
against sentences of *other* articles, never against copies of its own report:

1. Candidate articles by blocking, never all pairs: the claim's story, and the
   articles whose claims share an actor pair with it (or one actor and an event
   type) at any date, nearest in time first, at most ``MAX_POSTINGS`` per key. A
   standing position from last year ("the two governments have no plans for an
   alliance") is as reachable as this week's report; so are the articles one of
   whose sentences gives two names the claim gives (`name_pairs`: a joint
   statement weeks before, a follow-up weeks after, where the parser found no
   actor in an invented name), a clash there counting only from a sentence that
   names one of them or follows one that does. Beside them, articles of
   the last and next ``MEANING_SPAN_DAYS`` that name one of the claim's actors
   or a name it gives, and hold a sentence within ``MEANING_MIN_COSINE`` of it
   (a report the stories split off); from those, only agreement counts.
2. Candidate sentences by meaning: every sentence is embedded once (MiniLM) and
   ranked by cosine with the claim; each candidate article gives its
   ``SENTENCES_PER_ARTICLE`` closest sentences above ``MIN_COSINE``, and up to
   ``DENIALS_PER_ARTICLE`` sentences that deny or negate something and either
   name one of the claim's actors or follow one of those closest sentences (a
   denial worded far from the claim: "Beijing rejected the reports as
   groundless"); for a claim that sizes a gathering, up to
   ``SIZES_PER_ARTICLE`` sentences of its story's articles that size one
   ("Organisers put the number at 15,000").
3. The claim-level judge (:mod:`newscheck.judge`) reads each candidate with the
   sentence before it as context; an article's stance is a denial of the claim
   where it has one, else its surest agreement or contradiction (every
   contradiction names what clashes), discussion only when it has neither. An
   article that gives the claim's figure as one party's and another figure of
   the same thing as another party's ("police said 3,000; organisers put the
   number at 15,000") stands on both sides: a disputed figure is contested.

Verdicts: ``corroborated`` (independent agreement, no contradiction),
``contradicted`` (contradiction only), ``contested`` (both), ``unverified``
(neither: the judge abstains rather than guess). Independent sources count once
per copy family, and reports that cite the same original ("CNN reported") count
once as that original; the claiming article's own origin is one of them, and its
outlet's other reports agree as that origin (an outlet repeating itself is no
corroboration; its correction still contradicts). The
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
from functools import lru_cache
from itertools import combinations

import numpy as np
from spacy.tokens import Doc

from newscheck.checkworthy import CHECKWORTHY_MIN
from newscheck.encoder import DIM, TokenVectors
from newscheck.judge import ClaimJudge, Judgement, Known
from newscheck.nlp import parse_from_bytes
from newscheck.records import ArticleReport, Claim, Crosscheck, CrosscheckEvidence, Sentence, Story, day_number
from newscheck.terms import (
    DENIAL_VERB_STEMS,
    EARLIER_ACCOUNT,
    FALSE_WORDS,
    NEGATION_WORDS,
    figure_giver,
    is_crowd_size,
    name_words,
    quantities,
    stem,
    tokens,
)
from newscheck.vectors import embed_articles, sentence_at, sentences_of, tokens_from_bytes

MAX_CLAIMS_PER_ARTICLE = 16
MAX_POSTINGS = 200  # articles per actor key met by one claim
MAX_CANDIDATE_ARTICLES = 12  # articles a claim's evidence is read from
SENTENCES_PER_ARTICLE = 3  # closest sentences per candidate article
DENIALS_PER_ARTICLE = 2  # far-worded denials per candidate article that name the claim's actors
SIZES_PER_ARTICLE = 2  # far-worded sizes of a gathering per article of its story, for a claim that sizes one
MIN_COSINE = 0.35  # a sentence further than this from the claim in meaning is no candidate
MEANING_MIN_COSINE = 0.6  # a sentence this close to the claim makes its article a candidate, whatever its story ...
MEANING_SPAN_DAYS = 3  # ... dated this close to the claim's article (the same event told by an outlet days apart)
MAX_EVIDENCE = 6
MIN_OUTLET_LETTERS = 5  # an outlet's name as short as "BBC" is not matched inside a site's name
REREAD_MIN_COSINE = 0.5  # a stored claim is read again against fresh sentences this close to it ...
REREAD_ARTICLES = 4  # ... from at most this many fresh articles per batch (its first reading took up to 12)
CLAIM_CHUNK = 256  # claims whose candidates are gathered, parsed and judged together
_STANCE_ORDER = {"disagree": 0, "agree": 1, "discuss": 2}


def claim_keys(claim: Claim) -> set[tuple[str, ...]]:
    """Index keys for blocking: each actor pair, or (actor, event type) when there is one actor."""
    actors = sorted(set(claim.actors))
    if len(actors) >= 2:
        return {("pair", a, b) for a, b in combinations(actors, 2)}
    return {("event", a, e.type) for a in actors for e in claim.events}


def article_names(report: ArticleReport) -> frozenset[str]:
    """The names an article gives anywhere in its body (`terms.name_words`), with those opening a sentence that the
    parser tags as proper nouns or finds as actors: what its sentences and claims are matched by, wherever in a
    sentence a name stands ("Serevia rejects this proposal")."""
    found = set().union(*(name_words(s.text) for s in sentences_of(report)))
    if report.annotation is not None:
        doc = _parse_of(report)
        opening = [t.text for t in doc if t.is_sent_start and t.tag_ in ("NNP", "NNPS")] if doc is not None else []
        mentions = [m.text for actor in report.annotation.actors for m in actor.mentions]
        found.update(*(name_words(word, mention=True) for word in [*opening, *mentions]))
    return frozenset(token for word in found for token in tokens(word))  # as `name_pairs` reads them ("orland's")


def name_pairs(text: str, names: frozenset[str]) -> set[tuple[str, ...]]:
    """Index keys for what an article said at another time: each pair of the article's names that one text gives
    together as two names ("Orenthia and Brevonia announce military alliance" and a joint statement of the two a month
    before), not the words of one name ("Edda Varn")."""
    runs: list[set[str]] = []  # the text's names, each a run of name words
    after_name = False
    for word in tokens(text):
        if word in names:
            if not after_name:
                runs.append(set())
            runs[-1].add(word)
        after_name = word in names
    return {("names", *sorted((a, b))) for one, two in combinations(runs, 2) for a in one for b in two if a != b}


def article_name_pairs(report: ArticleReport, names: frozenset[str]) -> set[tuple[str, ...]]:
    """The pairs of an article's `names` (`article_names`) that each of its sentences and its headline give."""
    texts = [report.article.headline or "", *(s.text for s in sentences_of(report))]
    return set().union(*(name_pairs(t, names) for t in texts))


def _origin(claim: Claim | None, family: int) -> str:
    """Which original a statement stands for: the outlet its claim cites ("CNN reported"), or its own copy
    family."""
    if claim is not None and claim.source_type == "media":
        return "media:" + _outlet_name(claim)
    return f"family:{family}"


def _outlet_name(cited: Claim) -> str:
    """The outlet a claim cites, lower-cased, without "the" or "a" ("the Daily Klaxon": "daily klaxon")."""
    return re.sub(r"^(the|a)\s+", "", (cited.attributed_to or "").strip().lower())


@lru_cache(maxsize=16_384)
def _denies_something(text: str) -> bool:
    """Whether a sentence negates or denies anything (cached: a stored sentence meets many claims)."""
    words = tokens(text)
    return any(w in NEGATION_WORDS or w in FALSE_WORDS or w.endswith("n't") or stem(w) in DENIAL_VERB_STEMS for w in words)


@lru_cache(maxsize=16_384)
def _sizes_a_crowd(text: str) -> bool:
    """Whether a sentence gives the size of a gathering ("Organisers put the number at 15,000")."""
    return any(is_crowd_size(text, q) for q in quantities(text))


@dataclass
class _Candidate:
    claim_index: int
    article: int
    sentence: int  # index into the article's sentences
    # Whether a clash here may contradict the claim: not in an article reached only by meaning, nor in a sentence
    # naming none of the claim's names in an article reached only by them (see `_stance_of`)
    may_contradict: bool = True


class CorpusIndex:
    """One batch's articles indexed for cross-checks: sentences and their embeddings, stories, copy
    families and actor postings."""

    def __init__(
        self,
        reports: Sequence[ArticleReport],
        stories: Sequence[Story],
        fresh: Sequence[bool] | None = None,
    ) -> None:
        self.reports = reports
        # Fresh articles are the ones being added; the others were checked before. A stored article's claims
        # are read against the fresh articles only, and what that finds joins their earlier verdicts.
        self.fresh = list(fresh) if fresh is not None else [True] * len(reports)
        ids = {r.article.id: i for i, r in enumerate(reports)}
        self.position = ids
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
            self.story_families.append(len(story.families))  # a stored story counts its members not loaded too
        self.sentences = [sentences_of(r) for r in reports]
        self.first_row = np.cumsum([0, *(len(s) for s in self.sentences)])
        vectors = embed_articles(reports)
        self.embeddings = np.concatenate([np.zeros((0, DIM), dtype=np.float32), *(v.sentences for v in vectors)])
        self.leads = [v.lead for v in vectors]  # headline and lead: what a stored headline's claim is read by
        self.days = [day_number(r.article.published) for r in reports]
        self.actors = [{a.key for a in r.annotation.actors} if r.annotation else set() for r in reports]
        self.naming: dict[str, list[int]] = defaultdict(list)  # actor -> the articles naming it, in index order
        for index, actors in enumerate(self.actors):
            for actor in actors:
                self.naming[actor].append(index)
        self.named_by: dict[str, list[int]] = defaultdict(list)  # name word -> the articles using it, in index order
        for index, sentences in enumerate(self.sentences):
            for word in set().union(*(name_words(s.text) for s in sentences)):
                self.named_by[word].append(index)
        self.names = [article_names(r) for r in reports]
        postings: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for index, report in enumerate(reports):
            keys = set().union(*(claim_keys(c) for c in report.checkable_claims()))
            for key in keys | article_name_pairs(report, self.names[index]):
                postings[key].append((self.days[index] if self.days[index] is not None else 0, index))
        self.postings = {k: sorted(v) for k, v in postings.items()}

    def claim_vector(self, article: int, claim: Claim) -> np.ndarray:
        """A stored claim's vector: its sentence's; for a headline's claim, the article's headline and lead."""
        if claim.field == "headline":
            return self.leads[article]
        return self.embeddings[self.sentence_row(article, claim.start)]

    def sentence_row(self, article: int, start: int) -> int:
        """The embedding row of the article's sentence holding character ``start`` (its last sentence before
        it when none holds it)."""
        return int(self.first_row[article]) + sentence_at(self.sentences[article], start)

    def other_outlets(self, index: int) -> int:
        """Independent families in this article's story besides its own."""
        story = self.story_of[index]
        return self.story_families[story] - 1 if story >= 0 else 0

    def posted(self, index: int, keys: set[tuple[str, ...]]) -> list[int]:
        """Articles sharing these keys with the claim's article (its actors and event type, or pairs of its names), at
        any date, those sharing most first, then the nearest in time."""
        day = self.days[index] or 0
        counts: dict[int, int] = defaultdict(int)
        for key in keys:
            listed = self.postings.get(key, [])
            if len(listed) > MAX_POSTINGS:  # the MAX_POSTINGS nearest in time
                middle = bisect.bisect_left(listed, (day, -1))
                lo = max(0, min(middle - MAX_POSTINGS // 2, len(listed) - MAX_POSTINGS))
                listed = listed[lo : lo + MAX_POSTINGS]
            for _, other in listed:
                counts[other] += 1
        return sorted(counts, key=lambda i: (-counts[i], abs((self.days[i] or day) - day)))

    def near_by_meaning(self, index: int, claim: Claim, vector: np.ndarray) -> list[int]:
        """Articles naming one of the claim's actors or a name it gives ("admitted to Vorran County Hospital" reaches
        "the Lusmark town of Vorran": the parser makes one an organisation, the other a place) and holding a sentence
        within ``MEANING_MIN_COSINE`` of it, dated within ``MEANING_SPAN_DAYS`` of its article: the same event told by
        an outlet its story missed ("Owner Lars Halden has put the value of the stolen items at about 800,000 marks" in
        a report clustered apart). A claim naming nothing reaches no other story this way ("No injuries were reported"
        is said of every quiet fire), nor does a like sentence a week on (the bank's next rate rise, the union's second
        strike)."""
        day = self.days[index]
        named = [
            *(self.naming.get(actor, ()) for actor in claim.actors),
            *(self.named_by.get(word, ()) for word in name_words(claim.text)),
        ]
        naming = sorted(
            other
            for other in set().union(*named)
            if other != index
            and self.first_row[other + 1] > self.first_row[other]  # an article with sentences
            and (day is None or self.days[other] is None or abs(self.days[other] - day) <= MEANING_SPAN_DAYS)
        )
        if not naming:
            return []
        starts, ends = self.first_row[naming], self.first_row[np.array(naming) + 1]
        rows = np.concatenate([np.arange(lo, hi) for lo, hi in zip(starts, ends, strict=True)])
        closest = np.maximum.reduceat(self.embeddings[rows] @ vector, np.cumsum([0, *(ends - starts)[:-1]]))
        return [other for other, cosine in zip(naming, closest, strict=True) if cosine >= MEANING_MIN_COSINE]

    def candidates(self, claim_index: int, index: int, claim: Claim, vector: np.ndarray) -> list[_Candidate]:
        story = self.story_of[index]
        same_story = self.story_members[story] if story >= 0 else []
        seen = {self.family_of[index]}
        articles = []
        by_keys = [*same_story, *self.posted(index, claim_keys(claim))]
        names = set(tokens(claim.text)) & self.names[index]
        by_names = [other for other in self.posted(index, name_pairs(claim.text, self.names[index])) if other not in by_keys]
        by_meaning = set(self.near_by_meaning(index, claim, vector)).difference(by_keys, by_names)
        for other in [*by_keys, *by_names, *by_meaning]:
            if not (self.fresh[index] or self.fresh[other]):
                continue  # a stored claim against a stored article: judged when one of them was new
            if self.family_of[other] not in seen:
                articles.append(other)
                seen.add(self.family_of[other])  # one article per copy family is enough evidence
        actor_words = {m.lower() for m in _mentions(self.reports[index], claim)}
        rereading = not self.fresh[index]  # a stored claim: only what comes close to it, from a few articles
        sizing = _sizes_a_crowd(claim.text)
        min_cosine = REREAD_MIN_COSINE if rereading else MIN_COSINE
        ranked = []
        for other in articles[: 4 * MAX_CANDIDATE_ARTICLES]:
            lo, hi = self.first_row[other], self.first_row[other + 1]
            if hi == lo:
                continue
            cosines = self.embeddings[lo:hi] @ vector
            close = [int(i) for i in np.argsort(-cosines)[:SENTENCES_PER_ARTICLE] if cosines[i] >= min_cosine]
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
            # another size of the claim's gathering, however short and far worded (police against organisers)
            sizes = [
                i
                for i, sentence in enumerate(self.sentences[other])
                if sizing and other in same_story and i not in close and i not in denials and _sizes_a_crowd(sentence.text)
            ][:SIZES_PER_ARTICLE]
            if close or denials or sizes:
                best = float(cosines[close[0]]) if close else 0.0
                ranked.append((self.story_of[other] != story or story < 0, -best, other, close + denials + sizes))
        ranked.sort()
        limit = REREAD_ARTICLES if rereading else MAX_CANDIDATE_ARTICLES
        only_named = set(by_names)

        def may_contradict(other: int, i: int) -> bool:
            if other in only_named:  # it or the sentence before it names the claim's names ("Neither country will")
                return any(names & set(tokens(s.text)) for s in self.sentences[other][max(0, i - 1) : i + 1])
            return other not in by_meaning

        return [
            _Candidate(claim_index, other, i, may_contradict(other, i)) for _, _, other, chosen in ranked[:limit] for i in chosen
        ]

    def known(self, spans: Sequence[tuple[int, int, int]]) -> Known:
        """What is already made for each (article, start, end) span, by its text: the annotate stage's parse (of
        this run, or as the store kept it), and the embed stage's word-piece vectors (likewise) where the span is a
        whole sentence. The judge need not parse or encode those again."""
        found = Known()
        parsed: dict[int, Doc | None] = {}  # `Doc.text` joins every token: compared once per article
        for article, start, end in dict.fromkeys(spans):
            annotation = self.reports[article].annotation
            if article not in parsed:
                parsed[article] = _parse_of(self.reports[article]) if annotation else None
            pieces = _tokens_of(self.reports[article]) if annotation else None
            if pieces is not None:
                row = sentence_at(self.sentences[article], start)
                sentence = self.sentences[article][row]
                if (sentence.start, sentence.end) == (start, end) and row < len(pieces):
                    found.tokens[sentence.text] = pieces[row]
            doc = parsed[article]
            if doc is None:
                continue
            span = doc.char_span(start, end)
            if span is not None:
                found.docs.add(span)
        return found

    def evidence_origin(self, other: int | None, sentence: Sentence, article_id: str = "") -> str:
        """Which original an evidence sentence stands for (see `_origin`); an article outside the index is its
        own original."""
        if other is None:
            return f"article:{article_id}"
        return _origin(self.cited_outlet(other, sentence), self.family_of[other])

    def cited_outlet(self, other: int, sentence: Sentence) -> Claim | None:
        """The article's claim that gives this sentence as another outlet's report ("CNN reported that ..."), if any."""
        cited = (
            c
            for c in self.reports[other].claims
            if c.source_type == "media" and c.start < sentence.end and sentence.start < c.end
        )
        return next(cited, None)


def _relays_unnamed(cited: Claim | None) -> bool:
    """Whether a sentence relays the report of an outlet it does not name ("a website reported", "media reports
    said"): no capitalised word in who it cites."""
    return cited is not None and not any(w[:1].isupper() for w in (cited.attributed_to or "").split())


def _relays_site(cited: Claim | None, site: str | None) -> bool:
    """Whether a sentence relays the outlet of a site by name: "the Daily Klaxon" or "the Klaxon" for
    dailyklaxon.example (letters of the name, without "the", found in the site's first label)."""
    if cited is None or site is None:
        return False
    name = re.sub(r"[^a-z0-9]", "", _outlet_name(cited))
    label = re.sub(r"[^a-z0-9]", "", site.split(".")[0])
    return (len(name) >= MIN_OUTLET_LETTERS and name in label) or (len(label) >= MIN_OUTLET_LETTERS and label in name)


def _parse_of(report: ArticleReport) -> Doc | None:
    """The article's parse: this run's, else the one the store kept (read back once, then held for the batch)."""
    annotation, body = report.annotation, report.article.body
    doc = annotation.parse_of(body)
    if doc is None and annotation.stored_parse is not None:
        doc = annotation.doc = parse_from_bytes(body, annotation.stored_parse)
    return doc


def _tokens_of(report: ArticleReport) -> Sequence[TokenVectors] | None:
    """The article's sentences' word pieces: this run's, else as the store kept them (read back once, then held
    for the batch)."""
    vectors = report.annotation.vectors
    if vectors is None:
        return None
    if vectors.tokens is None and report.annotation.stored_tokens is not None:
        vectors.tokens = tokens_from_bytes(report.annotation.stored_tokens, vectors.sentences)
    return vectors.tokens


def _mentions(report: ArticleReport, claim: Claim) -> set[str]:
    """How the claim's actors are written in its article ("Moscow", "the Kremlin", "Beijing")."""
    if report.annotation is None:
        return set()
    return {m.text for actor in report.annotation.actors if actor.key in claim.actors for m in actor.mentions}


def _names_any(text: str, words: set[str]) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in words)


def checked_claims(index: CorpusIndex) -> list[tuple[int, Claim]]:
    """The claims to read: every fresh article's headline claim, lead claim and most check-worthy ones, and a
    stored article's only where a fresh sentence comes within ``REREAD_MIN_COSINE`` of the sentence the claim is
    in (what could restate or deny it); the other stored claims keep their verdicts unread."""
    claims = []
    fresh_rows = [r for a, new in enumerate(index.fresh) if new for r in range(index.first_row[a], index.first_row[a + 1])]
    if not fresh_rows:
        return claims
    fresh_vectors = index.embeddings[fresh_rows]
    for article, report in enumerate(index.reports):
        worthy = sorted((c for c in report.claims if c.checkworthy >= CHECKWORTHY_MIN), key=lambda c: -c.checkworthy)
        lead = min(report.claims, key=lambda c: c.start, default=None)  # what the report is about, however worded
        if lead is not None and lead not in worthy:
            worthy.insert(0, lead)
        worthy = worthy[:MAX_CLAIMS_PER_ARTICLE]
        if report.headline_claim is not None:
            worthy.insert(0, report.headline_claim)
        if not index.fresh[article] and worthy:
            closest = (np.stack([index.claim_vector(article, c) for c in worthy]) @ fresh_vectors.T).max(axis=1)
            worthy = [c for c, close in zip(worthy, closest, strict=True) if close >= REREAD_MIN_COSINE]
        claims.extend((article, claim) for claim in worthy)
    return claims


def crosscheck(index: CorpusIndex, judge: ClaimJudge, earlier: Sequence[Crosscheck] = ()) -> list[Crosscheck]:
    """The cross-checks of every check-worthy claim of the indexed articles, ``CLAIM_CHUNK`` claims at a
    time so memory stays flat however big the batch. A stored claim's new readings join its ``earlier``
    cross-check: a new denial turns a corroborated claim contested."""
    before = {(c.claim_id, c.article_id): c for c in earlier}
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
                article, claim = claims[m]
                prior = None if index.fresh[article] else before.get((claim.id, index.reports[article].article.id))
                if prior is not None and not judged.get(n):
                    verdicts[m] = prior  # nothing new was read against it
                else:
                    verdicts[m] = _verdict(index, article, claim, judged.get(n, []), prior)
    return verdicts  # type: ignore[return-value]


def _judge_claims(
    index: CorpusIndex, judge: ClaimJudge, claims: Sequence[tuple[int, Claim]], chosen: Sequence[int]
) -> dict[int, list[tuple[_Candidate, Judgement]]]:
    """Each chosen claim's candidate sentences, judged. The claims are read first: their embeddings rank
    the candidates."""
    spans = [(claims[n][0], claims[n][1].start, claims[n][1].end) for n in chosen if claims[n][1].field == "body"]
    read = judge.read([claims[n][1].text for n in chosen], index.known(spans))
    candidates = [c for n in chosen for c in index.candidates(n, *claims[n], read[claims[n][1].text].sentence)]
    contexts = [index.sentences[c.article][c.sentence - 1].text if c.sentence else None for c in candidates]
    for c in candidates:
        spans += [(c.article, s.start, s.end) for s in index.sentences[c.article][max(c.sentence - 1, 0) : c.sentence + 1]]
    judgements = judge.judge(
        [claims[c.claim_index][1].text for c in candidates],
        [index.sentences[c.article][c.sentence].text for c in candidates],
        contexts,
        index.known(spans),
    )
    per_claim: dict[int, list[tuple[_Candidate, Judgement]]] = defaultdict(list)
    for candidate, judgement in zip(candidates, judgements, strict=True):
        per_claim[candidate.claim_index].append((candidate, judgement))
    return per_claim


def _outranks(reading: tuple[str, Judgement], held: tuple[str, Judgement]) -> bool:
    """An article's stance, by the stance each (stance, judgement) reading gives it: a denial of the claim (an
    article may tell a claim to deny it), else its surest agreement or contradiction (a correction restates the
    claim and quotes the error it corrects), else discussion (a denial read as discussion, from an article reached
    only by meaning, ranks as discussion)."""

    def rank(stance: str, j: Judgement) -> tuple[int, float]:
        denial = stance == "disagree" and j.clash is not None and j.clash.kind == "denial"
        return (2 if denial else 1 if stance in ("agree", "disagree") else 0, j.scores[stance])

    return rank(*reading) > rank(*held)


def _stance_of(index: CorpusIndex, article: int, claim: Claim, candidate: _Candidate, judgement: Judgement) -> str | None:
    """The stance a reading gives its article. Outside the claim's story and actor keys a sentence may restate the
    claim, but what clashes with it there is as likely another event of its actor (the same company's storm-day
    cancellations, its denial about another mine) as a contradiction: it is discussion. Denials of the claim reach
    it through its actor keys, or through a pair of its names and a sentence naming one of them (a ministry's
    standing "The VAT rate will remain at 21 percent" months before a leak of a rise; not "There were no deaths" in
    another crash report of the same country). Nor does the claim's own source's earlier word (`_own_earlier_word`)."""
    if judgement.label == "disagree" and (not candidate.may_contradict or _own_earlier_word(index, article, claim, candidate)):
        return "discuss"
    return judgement.label if judgement.label in _STANCE_ORDER else None


def _own_earlier_word(index: CorpusIndex, article: int, claim: Claim, candidate: _Candidate) -> bool:
    """Whether a sentence against the claim is what the claim's own named source said before it ("Lindqvist had
    ruled out a sugar tax" a month before "will impose a levy, Lindqvist announced"): a source that says
    otherwise now has changed its position, and its earlier word does not contradict what it says now. What
    a source said before a report about it ("will never join an alliance" against an outlet's "have sealed an
    alliance") still does."""
    day, then = index.days[article], index.days[candidate.article]
    if claim.source_type != "named" or not claim.attributed_to or day is None or then is None or then >= day:
        return False
    source = set(tokens(claim.attributed_to))
    sentence = index.sentences[candidate.article][candidate.sentence]
    teller = _teller(index.reports[candidate.article], sentence)
    return bool(source & set(tokens(teller or ""))) or source <= set(tokens(sentence.text))


def _teller(report: ArticleReport, sentence: Sentence) -> str | None:
    """Who gives what a sentence tells: the speaker its article's attribution found for it ("..., the airline
    said"), else whoever it names as giving a figure ("Organisers put the number at 15,000"); None where the
    outlet tells it itself."""
    for quote in report.quotes:
        if quote.speaker and quote.start < sentence.end and sentence.start < quote.end:
            return figure_giver(quote.speaker) or quote.speaker.lower().removeprefix("the ")
    return figure_giver(sentence.text)


def _disputed(index: CorpusIndex, claim: Claim, other: int, agreeing: int, contradicting: int, contradiction: Judgement) -> bool:
    """Whether an article disputes the figure a claim states as fact: it gives the claim's count as one party's and
    another count of the same thing as another's ("About 3,000 people marched, police said. Organisers put the
    number at 15,000."). Such an article corroborates and contradicts the claim at once: the claim is contested,
    not settled by the surer sentence. Not where the claim itself only reports a party's figure (what the police
    said stays what they said), nor where the claim's figure is told as an earlier, overtaken account ("officials
    had initially said twelve"); a correction denies the figure it corrects, and a denial is the article's stance."""
    if claim.source_type != "outlet" or contradiction.clash is None or contradiction.clash.kind not in ("number", "crowd"):
        return False
    report, sentences = index.reports[other], index.sentences[other]
    restated = sentences[agreeing]
    return not EARLIER_ACCOUNT.search(restated.text) and _teller(report, restated) != _teller(report, sentences[contradicting])


def _verdict(
    index: CorpusIndex, article: int, claim: Claim, judged: list[tuple[_Candidate, Judgement]], prior: Crosscheck | None = None
) -> Crosscheck:
    per_article: dict[int, tuple[str, _Candidate, Judgement]] = {}
    surest: dict[tuple[int, str], tuple[_Candidate, Judgement]] = {}  # each article's surest agreement and contradiction
    for candidate, judgement in judged:
        stance = _stance_of(index, article, claim, candidate, judgement)
        if stance is None:
            continue
        held = per_article.get(candidate.article)
        if held is None or _outranks((stance, judgement), (held[0], held[2])):
            per_article[candidate.article] = (stance, candidate, judgement)
        side = surest.get((candidate.article, stance))
        if stance != "discuss" and (side is None or judgement.scores[stance] > side[1].scores[stance]):
            surest[candidate.article, stance] = (candidate, judgement)
    shown = [(other, *reading) for other, reading in per_article.items()]
    for other, stance, candidate, judgement in list(shown):
        opposite = {"agree": "disagree", "disagree": "agree"}.get(stance)
        other_side = surest.get((other, opposite)) if opposite else None
        if other_side is None:
            continue
        agreeing, contradicting = (
            ((candidate, judgement), other_side) if stance == "agree" else (other_side, (candidate, judgement))
        )
        if _disputed(index, claim, other, agreeing[0].sentence, contradicting[0].sentence, contradicting[1]):
            shown.append((other, opposite, *other_side))
    own = _origin(claim, index.family_of[article])
    own_site = index.reports[article].article.site
    readings: list[tuple[str, float, str, CrosscheckEvidence]] = []  # stance, strength, origin, evidence
    for other, stance, candidate, judgement in shown:
        strength = judgement.scores[stance]
        sentence = index.sentences[other][candidate.sentence]
        report = index.reports[other]
        clash = judgement.clash.description if judgement.clash and stance == "disagree" else None
        evidence = CrosscheckEvidence(
            report.article.id,
            sentence.text,
            stance,
            sentence.start,
            sentence.end,
            score=round(strength, 4),
            published=report.article.published,
            clash=clash,
        )  # fmt: skip
        # An outlet repeating itself (a follow-up, a live page) corroborates nothing; its correction still contradicts.
        # Nor does one relaying an outlet it does not name ("a website reported that ..."): that may be the claim's own.
        # Nor one relaying the claim's own outlet by name ("The Daily Klaxon reported ..." of the Klaxon's claim).
        cited = index.cited_outlet(other, sentence)
        repeated = stance == "agree" and (
            (own_site is not None and report.article.site == own_site) or _relays_unnamed(cited) or _relays_site(cited, own_site)
        )
        readings.append((stance, strength, own if repeated else index.evidence_origin(other, sentence), evidence))
    doubts = [max(j.scores["agree"], j.scores["disagree"]) for _, j in judged]
    if prior is not None:  # what earlier runs found in articles not read now
        read_now = {index.reports[o].article.id for o in per_article}
        for e in prior.evidence:
            if e.article_id not in read_now:
                other = index.position.get(e.article_id)
                origin = index.evidence_origin(other, Sentence(e.sentence, e.start, e.end), e.article_id)
                readings.append((e.stance, e.score, origin, e))
    sides: dict[str, dict[str, float]] = {"agree": {}, "disagree": {}}
    for stance, strength, origin, _ in readings:
        if stance in sides:
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
        confidence = 1.0 - _any_of(doubts)
        if prior is not None and prior.verdict == "unverified":
            confidence *= prior.confidence  # none of the earlier readings decided it either
    chosen = sorted(readings, key=lambda r: (_STANCE_ORDER[r[0]], -r[1]))[:MAX_EVIDENCE]
    return Crosscheck(
        claim.id,
        index.reports[article].article.id,
        verdict,
        [evidence for *_, evidence in chosen],
        independent_sources=1 + len(agree),
        confidence=round(confidence, 4),
    )


def _any_of(probabilities) -> float:  # noqa: ANN001 - iterable of floats
    """The probability that at least one of independent readings holds."""
    doubt = 1.0
    for p in probabilities:
        doubt *= 1.0 - p
    return 1.0 - doubt
