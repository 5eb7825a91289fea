"""Claims stage: sentence and clause level claims with their source, hedging, negation,
check-worthiness, actors, times and PLOVER events."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from newscheck.checkworthy import score_spans
from newscheck.events import code_events
from newscheck.headline import actor_aliases, actors_in, alias_pattern, central_claim, is_question
from newscheck.nlp import parse
from newscheck.records import Annotation, Article, Claim, Quote
from newscheck.terms import DATELINE, DENIAL_VERBS, HEDGES, HEDGING_VERBS, NEGATION_WORDS, SECTION_PATH, WH_WORDS
from newscheck.vectors import sentence_at

MIN_CLAIM_WORDS = 4
HEADLINE_LABEL_WORDS = 4  # a headline's words before a colon that can be a label ("Storm Ansel:") or a source
CLAUSE_BREAK = re.compile(r";\s+")


def _sentence_vectors(annotation: Annotation, claims: list[Claim]) -> np.ndarray | None:
    """Each claim's sentence vector (a clause reads as the sentence it is in), when the embed stage ran."""
    if annotation.vectors is None or not annotation.sentences:
        return None
    rows = [sentence_at(annotation.sentences, c.start) for c in claims]
    return annotation.vectors.sentences[rows] if claims else np.zeros((0, annotation.vectors.sentences.shape[1]), np.float32)


def find_claims(article: Article, annotation: Annotation, quotes: list[Quote]) -> list[Claim]:
    """Every sentence (split further at semicolons) of the body as a claim, scored and coded."""
    body = article.body
    doc = annotation.parse_of(body) or parse([body])[0]
    mentions = sorted((m.start, m.end, actor.key, actor.country) for actor in annotation.actors for m in actor.mentions)
    spans: list[SpacySpan] = []
    for sentence in annotation.sentences:
        for start, end in _clauses(body, sentence.start, sentence.end):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len([t for t in span if t.is_alpha]) >= MIN_CLAIM_WORDS and _states(span):
                spans.append(span)
    claims: list[Claim] = []
    attributed: list[bool] = []
    labels: list[list[str]] = []
    entities = sorted(annotation.entities, key=lambda e: e.start)

    def actors_between(start: int, end: int) -> list[str]:
        """Actor keys mentioned in a stretch of the body, coded to countries where known."""
        keys: list[str] = []
        for m_start, _m_end, key, country in mentions:
            if start <= m_start < end:
                code = country or key
                if code not in keys:
                    keys.append(code)
        return keys

    sourced = [q for q in quotes if q.source_type != "outlet"]

    def said_by(offset: int) -> str | None:
        """The cue of the source whose words cover this offset ("said", "denied"), if any."""
        quote = next((q for q in sourced if q.start <= offset < q.end), None)
        return None if quote is None else quote.cue or "said"

    for span in spans:
        start, end = _trimmed(body, span.start_char, span.end_char)
        quote_index = _quote_for(quotes, start, end)
        quote = quotes[quote_index] if quote_index is not None else None
        text = body[start:end]
        inside = [e for e in entities if start <= e.start and e.end <= end]
        labels.append([e.label for e in inside])
        claims.append(
            Claim(
                id=claim_id(article.id, start, end),
                text=text,
                attributed_to=quote.speaker if quote else None,
                source_type=quote.source_type if quote else "outlet",
                hedged=bool(HEDGES.search(text)) or bool(quote and quote.cue in HEDGING_VERBS),
                negated=_negated(span) or bool(quote and quote.cue in DENIAL_VERBS),
                checkworthy=0.0,
                start=start,
                end=end,
                actors=_actor_keys(mentions, start, end),
                events=code_events(span, actors_between, said_by),
                times=[e.text for e in inside if e.label in ("DATE", "TIME")],
                quote_index=quote_index,
            )
        )
        attributed.append(quote is not None and quote.source_type != "outlet")
    for claim, score in zip(claims, score_spans(spans, attributed, labels, _sentence_vectors(annotation, claims))):
        claim.checkworthy = score
    return claims


def find_headline_claims(articles: Sequence[Article], annotations: Sequence[Annotation | None]) -> list[Claim | None]:
    """Each headline's claim (`headline_claim`), the headlines parsed in one batch."""
    texts = [central_claim(a.headline) for a in articles]
    docs = parse(texts)
    claims = [headline_claim(*found) for found in zip(articles, annotations, texts, docs, strict=True)]
    stated = [n for n, claim in enumerate(claims) if claim is not None]
    for n, score in zip(stated, score_spans([docs[n][:] for n in stated], [False] * len(stated))):
        claims[n].checkworthy = score  # type: ignore[union-attr]
    return claims


def headline_claim(article: Article, annotation: Annotation | None, text: str, doc: SpacyDoc) -> Claim | None:
    """The headline's claim, checked against other outlets like the body's: an outlet's strongest wording of
    what it reports often stands in its headline alone ("Orenthia and Brevonia announce military alliance"
    over a body that quotes a spokesperson's warning). ``text`` is the headline without a section kicker,
    ``doc`` its parse. A label before a colon is no part of the claim (`_after_label`). Offsets are into the
    headline; its actors are those the body's annotation knows by the names the whole headline uses. None for
    a question, an explainer's label ("What we know"), a section path ("Sport | Football") or a claim of
    fewer than ``MIN_CLAIM_WORDS`` words. The tagger misreads too many headline verbs as nouns ("Thousands
    march in ...", "Hammer gang raids ...") for a verb to be asked for. Its check-worthiness is left to the
    caller, which scores a batch at once."""
    if not text or is_question(text) or SECTION_PATH.search(text):
        return None
    span, speaker = _after_label(doc)
    words = [t for t in span if t.is_alpha or t.like_num]
    if len(words) < MIN_CLAIM_WORDS or words[0].lower_ in WH_WORDS:
        return None
    start = article.headline.find(text) + span.start_char
    end = start + len(span.text)
    aliases = actor_aliases(annotation)
    return Claim(
        id=claim_id(article.id + ":headline", start, end),
        text=span.text,
        attributed_to=speaker,
        source_type="named" if speaker else "outlet",
        hedged=bool(HEDGES.search(span.text)),
        negated=_negated(span),
        checkworthy=0.0,
        start=start,
        end=end,
        actors=sorted(actors_in(text, aliases, alias_pattern(aliases))),
        times=[e.text for e in span.ents if e.label_ in ("DATE", "TIME")],
        field="headline",
    )


def _after_label(doc: SpacyDoc) -> tuple[SpacySpan, str | None]:
    """What a headline states after a label of at most ``HEADLINE_LABEL_WORDS`` words and no verb before a colon
    ("Ansel: interior ministry revises evacuation figure"), and the label as who says it when quoted words
    follow ("Aalto: 'I am going nowhere'", "Foreign ministry: alliance reports 'have no basis'"), unless it is
    shouted ("DEATH TRAP: Doomed ferry 'was packed'"). The whole headline, said by nobody, where there is no
    such label ("Dunmoor rises: 25,000 join fuel revolt")."""
    colon = next((t.i for t in doc if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc):
        return doc[:], None
    label = doc[:colon]
    if not 0 < len(label) <= HEADLINE_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in label):
        return doc[:], None
    rest = doc[colon + 1 :]
    speaking = any(t.is_quote for t in rest) and not label.text.isupper()
    return rest, label.text if speaking else None


def _states(span: SpacySpan) -> bool:
    """Whether a stretch says something, not only leads into it: a wire copy's dateline ("HESSLEIGH, Lusmark, Oct 13
    (Meridian) -"), which the parser splits off as a sentence, states nothing and is no claim (it would be taken for
    the article's lead claim). A headline-like line ending in a dash ("Death toll from Varn floods now 41 -") states
    something though it has no verb, and the tagger misses some verbs ("The dispute centres on pay")."""
    return not DATELINE.match(span.text) or any(t.pos_ in ("VERB", "AUX") for t in span)


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same article and offsets always give the same claim id."""
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def _clauses(body: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for match in CLAUSE_BREAK.finditer(body, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _quote_for(quotes: list[Quote], start: int, end: int) -> int | None:
    """The quote a claim rests on: the one covering most of the claim, if it covers enough."""
    best, best_overlap = None, 0
    length = max(1, end - start)
    for index, quote in enumerate(quotes):
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    if best is None:
        return None
    quote = quotes[best]
    # A short partial quote inside the outlet's own sentence does not make the sentence sourced,
    # unless the sentence names the speaker (the quote's cue is in it).
    if best_overlap / length >= 0.4 or quote.start >= start and quote.end <= end and quote.speaker is not None:
        return best
    return None


def _negated(span: SpacySpan) -> bool:
    return any(
        t.dep_ == "neg" or t.lower_ in NEGATION_WORDS and t.dep_ in ("det", "neg", "advmod", "nsubj", "dobj") for t in span
    )


def _actor_keys(mentions: list[tuple[int, int, str, str | None]], start: int, end: int) -> list[str]:
    keys: list[str] = []
    for m_start, m_end, key, _country in mentions:
        if start <= m_start and m_end <= end and key not in keys:
            keys.append(key)
    return keys
