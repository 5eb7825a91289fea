"""Typed records passed between pipeline stages.

Every stage takes and returns these plain dataclasses, so the CLI, the HTTP
server and the Ray runner can call the same stage functions and serialise the
results the same way (``dataclasses.asdict``). Offsets (``start``/``end``) are
character offsets into ``Article.body`` unless a field says otherwise.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol, get_args


def outlet(source: str) -> str:
    """Where an article came from, short: a URL's host, else the name it was given or submitted under."""
    host = urllib.parse.urlsplit(source).hostname if "://" in source else None
    return host.removeprefix("www.") if host else source


_ARCHIVED = re.compile(r"^https?://(?:web\.archive\.org/web/[^/]+/|archive\.(?:ph|today|is|org)/[^/]+/)(.+)$")
_EDITION = re.compile(r"^(?:www|m|amp|mobile|edition|edition\.m)\.")


def site_of(url: str | None) -> str | None:
    """The site a URL's article is from, for telling outlets apart: its host without "www.", "m." or "edition.",
    the archived page's own for a web archive's copy; None without a URL."""
    if not url or "://" not in url:
        return None
    archived = _ARCHIVED.match(url)
    if archived:
        url = archived.group(1) if "://" in archived.group(1) else f"http://{archived.group(1)}"
    host = urllib.parse.urlsplit(url).hostname
    return _EDITION.sub("", host) if host else None


SourceType = Literal["named", "unnamed", "media", "outlet"]
Verdict = Literal["corroborated", "contradicted", "contested", "unverified"]
SOURCE_TYPE_ORDER: tuple[str, ...] = get_args(SourceType)
VERDICTS: tuple[str, ...] = get_args(Verdict)
StanceLabel = Literal["agree", "disagree", "discuss", "unrelated"]


@dataclass
class Document:
    """One input as read: raw bytes or text plus where it came from."""

    source: str  # the path, URL or "stdin[:n]" the user gave
    content: bytes | str
    kind: str  # "html" | "text" (detected from content)
    url: str | None = None  # canonical URL when known (fetched page, feed entry, WARC record)
    fetched_at: str | None = None  # ISO timestamp of the fetch
    metadata: dict[str, Any] = field(default_factory=dict)  # hints from feeds/JSONL: headline, published, byline, language


@dataclass
class InputError:
    """An input that could not be read or analysed; reported, never fatal to the batch."""

    source: str
    reason: str

    def line(self) -> str:
        return f"error: {self.source}: {self.reason}"


@dataclass
class InputNotice:
    """Something worth knowing about an input that was analysed, or kept once: never an error."""

    source: str
    kind: Literal["duplicate", "decoding"]
    message: str

    def line(self) -> str:
        return f"warning: {self.source}: {self.message}"


@dataclass
class Teaser:
    headline: str
    text: str


@dataclass
class Article:
    """The main article of one page, with site chrome removed."""

    id: str  # stable hash of the normalised content
    source: str
    headline: str
    body: str  # paragraphs joined by blank lines
    paragraphs: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    byline: str | None = None
    url: str | None = None
    language: str = "en"
    teasers: list[Teaser] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dateline: str | None = None  # e.g. "MOSCOW, Sept 11 (Reuters) -"

    @property
    def site(self) -> str | None:
        return site_of(self.url)


def day_number(published: str | None) -> int | None:
    """A YYYY-MM-DD date (``Article.published``) as a day number, or None when there is none."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def day_span(*days: int | None) -> tuple[int, int] | None:
    """The first and last of the days given that are known; None when none is."""
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else None


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int = 0


@dataclass
class Entity:
    text: str
    label: str  # spaCy label, corrected where our rules know better
    start: int
    end: int
    actor: str | None = None  # normalised actor key (ISO3 for countries, name otherwise)


@dataclass
class Actor:
    """A normalised participant: a country (ISO 3166 alpha-3), person, organisation or group."""

    key: str  # "RUS" for countries, the canonical name otherwise
    name: str
    kind: Literal["country", "person", "org", "group"]
    country: str | None = None  # ISO3 the actor belongs to, where stated
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)


_DOC_TEXT = "newscheck.text"  # where a parse keeps its text once read (`Annotation.parse_of`)


@dataclass
class Annotation:
    """Output of the annotate stage for one article."""

    article_id: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    doc: Any = None  # the parsed document for later stages of the same process; never serialised
    vectors: Any = None  # the sentences' ArticleVectors (newscheck.vectors) for later stages; never serialised
    stored_parse: bytes | None = None  # the parse as the store keeps it (newscheck.nlp.parse_bytes); never serialised
    # the sentences' word pieces as the store keeps them (newscheck.vectors.tokens_to_bytes); never serialised
    stored_tokens: bytes | None = None

    def parse_of(self, body: str) -> Any:
        """The annotate stage's parse when it is of `body` (later stages may hold an edited body), else None."""
        if self.doc is None:
            return None
        text = self.doc.user_data.get(_DOC_TEXT)
        if text is None:  # a Doc's text joins every token: read once, kept with the Doc
            text = self.doc.user_data[_DOC_TEXT] = self.doc.text
        return self.doc if text == body else None


@dataclass
class Quote:
    text: str
    speaker: str | None
    speaker_role: str | None
    source_type: SourceType
    direct: bool  # inside quotation marks
    complete: bool  # false when a quotation mark is never closed
    start: int
    end: int
    cue: str | None = None  # the reporting verb or phrase ("said", "according to")
    speaker_country: str | None = None


EventMode = Literal["asserted", "reported", "hypothetical", "future"]
EventPolarity = Literal["affirmed", "negated", "denied"]


@dataclass
class Event:
    """A PLOVER event a claim states: who (source) does what (type) to whom (target), actors as keys (ISO3 for
    countries and for people and organisations whose country the text states). ``mode``: the outlet asserts it, a
    source reports it, or it is hypothetical or yet to come; ``polarity``: it happened, it did not, or someone
    denies it."""

    type: str  # PLOVER type
    source: str | None
    target: str | None
    mode: EventMode = "asserted"
    polarity: EventPolarity = "affirmed"


@dataclass
class Claim:
    id: str
    text: str
    attributed_to: str | None
    source_type: SourceType
    hedged: bool
    negated: bool
    checkworthy: float
    start: int
    end: int
    actors: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    quote_index: int | None = None  # index into the article's quotes when the claim rests on one
    field: Literal["body", "headline"] = "body"  # what ``start`` and ``end`` are offsets into


@dataclass
class EventMention:
    """One event as one claim states it, with what the graph weighs it by: the claim's sentence and sourcing,
    its cross-check verdict and the copy family of its article (a family counts once)."""

    claim_id: str
    article_id: str
    type: str
    source: str
    target: str | None
    mode: EventMode
    polarity: EventPolarity
    sentence: str
    start: int
    end: int
    source_type: SourceType
    attributed_to: str | None
    published: str | None
    verdict: Verdict
    family: str  # the id of the copy family the article is in (its smallest article id; its own id when alone)
    source_kind: str = "country"  # the actors' kinds: country, person, org, group
    target_kind: str | None = None


@dataclass
class HeadlineSupport:
    label: Literal["supported", "partial", "unsupported"]
    evidence: list[str]
    reason: str
    evidence_spans: list[Span] = field(default_factory=list)
    contradicted: bool = False  # an attributed source in the article says the opposite of the headline


@dataclass(frozen=True)
class EvidenceSpan:
    """Where a piece of evidence stands: its article, and character offsets into that article's body (or,
    for a headline, into the headline)."""

    article_id: str
    start: int
    end: int
    field: Literal["body", "headline"] = "body"


@dataclass
class Signal:
    code: str
    severity: Literal["info", "warn", "high"]
    message: str
    evidence: list[str] = field(default_factory=list)
    evidence_spans: list[EvidenceSpan] = field(default_factory=list)  # one per evidence text, same order


@dataclass
class StanceEvidence:
    sentence: str
    stance: StanceLabel
    start: int
    end: int
    score: float = 0.0


@dataclass
class Clash:
    """What in an evidence sentence contradicts a claim: its kind (negation, denial, number, crowd, outcome, party), a
    short description ("“did not sign” against “signed”") and where it sits in each text."""

    kind: str
    description: str
    claim_start: int
    claim_end: int
    sentence_start: int
    sentence_end: int


@dataclass
class StanceResult:
    label: StanceLabel
    scores: dict[str, float]
    evidence: list[StanceEvidence] = field(default_factory=list)
    clash: Clash | None = None  # set by the claim-level judge when it reads a contradiction


class StanceReader(Protocol):
    """What reads a text's stance toward a claim: the FNC-1 stance model, the claim-level judge."""

    def predict(self, claims: Sequence[str], texts: Sequence[str]) -> list[StanceResult]: ...


@dataclass
class Story:
    id: str
    title: str
    article_ids: list[str]
    families: list[list[str]]
    actors: list[str] = field(default_factory=list)
    related_story_ids: list[str] = field(default_factory=list)


@dataclass
class CrosscheckEvidence:
    article_id: str
    sentence: str
    stance: Literal["agree", "disagree", "discuss"]
    start: int = 0
    end: int = 0
    score: float = 0.0  # the judge's probability for this stance
    published: str | None = None  # the evidence article's date: an earlier standing position shows as such
    clash: str | None = None  # for a contradiction, what clashes ("“did not sign” against “signed”")


@dataclass
class Crosscheck:
    claim_id: str
    article_id: str
    verdict: Verdict
    evidence: list[CrosscheckEvidence]
    independent_sources: int
    confidence: float = 0.0  # how sure the verdict is (see newscheck.crosscheck)


@dataclass
class ArticleReport:
    """One article with everything the later stages found in it."""

    article: Article
    annotation: Annotation | None = None
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    headline_claim: Claim | None = None  # what the headline states, cross-checked beside the body's claims
    headline_support: HeadlineSupport | None = None
    signals: list[Signal] = field(default_factory=list)

    def checkable_claims(self) -> list[Claim]:
        """The headline's claim, when it states one, then the body's: what cross-checks may read."""
        return [self.headline_claim, *self.claims] if self.headline_claim is not None else list(self.claims)


@dataclass
class Report:
    articles: list[ArticleReport] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    crosschecks: list[Crosscheck] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notices: list[InputNotice] = field(default_factory=list)
    analyzed: int | None = None  # the run's articles when the report does not hold them (`Settings.run_report` off)

    def summary(self) -> dict[str, int]:
        """Inputs read, analysed, kept once as a duplicate of another, refused."""
        duplicates = sum(n.kind == "duplicate" for n in self.notices)
        analyzed = len(self.articles) if self.analyzed is None else self.analyzed
        return {
            "read": analyzed + duplicates + len(self.errors),
            "analyzed": analyzed,
            "duplicate": duplicates,
            "refused": len(self.errors),
        }


@dataclass
class ArticleSummary:
    """One line of the workbench's inbox: what an article is and what was found, without its text."""

    id: str
    source: str
    headline: str
    published: str | None
    byline: str | None
    headline_label: str | None
    signals: list[tuple[str, str]]  # (code, severity)
    source_types: list[str]
    verdicts: dict[str, int]  # its claims' cross-check verdicts, counted


@dataclass
class ClaimSummary:
    """One cross-checked claim in a list of claims, with its article and verdict."""

    claim_id: str
    article_id: str
    headline: str
    published: str | None
    text: str
    start: int
    end: int
    field: str  # what start and end are offsets into: "body", or "headline" for the headline's claim
    source_type: str
    attributed_to: str | None
    verdict: str
    independent_sources: int


@dataclass
class StorySummary:
    id: str
    title: str
    articles: int
    families: int
    actors: list[str]


@dataclass
class Page:
    """A page of a list read in a stable order; ``next`` is the cursor of the page after it, if any."""

    items: list[Any]
    next: str | None = None


@dataclass
class Job:
    """An analysis the server runs in the background: its progress, the articles it stored, its errors."""

    id: str
    status: Literal["queued", "running", "done", "failed", "interrupted"]
    done: int
    total: int
    article_ids: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    message: str | None = None
    created: float = 0.0
    updated: float = 0.0
