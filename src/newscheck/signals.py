"""Reader-facing warnings about one article, each with its evidence sentences.

Every code of SPEC.md, when it fires, and its threshold (docs/signals.md has the
same table with the reasoning):

=======================  ==========================================================================  ========
code                     fires when                                                                  severity
=======================  ==========================================================================  ========
headline_unsupported     headline support is ``partial`` (warn: sources say something weaker) or       info/warn/
                         ``unsupported`` (high when the article's own source contradicts it; info    high
                         when only the outlet states it), unless other outlets corroborate the
                         outlet's own sentence stating the headline (a wire lede on a public event)
unattributed_claims      >= 3 check-worthy (>= 0.6), unhedged claims asserted by the outlet alone,    warn
                         that no other outlet corroborates, and they are >= 50% of the check-worthy
                         claims
anonymous_sourcing       >= 2 attributed statements rest on unnamed sources and they are >= 50% of    warn
                         all attributed statements
quote_integrity          a quotation mark is never closed, or a direct quote ends cut off ("…", "—") high
single_source            the claims backing the headline come from one source and no other outlet     info
                         even reports them (``unverified`` with no evidence), although >= 2 other
                         outlets covered the story
cross_source_conflict    another article's evidence contradicts one of this article's claims          warn
                         (``contradicted``) or other outlets disagree (``contested``)                 (info)
formulaic_text           filler/template phrases score >= 2.0 (weights below) from >= 2 distinct      info/warn
                         patterns; >= 3.5 is ``warn``
loaded_language          emotive words outside quotations score >= 3.0 from >= 2 distinct words      info
                         (headline words count double)
missing_metadata         a body of >= 120 words with no publication date, or with neither byline nor  info
                         agency dateline
=======================  ==========================================================================  ========

A sound wire report (named sources, closed quotes, dated, bylined, plain
wording, corroborated facts) trips none of them: every threshold asks for a
pattern, not a single occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscheck.checkworthy import CHECKWORTHY_MIN
from newscheck.headline import central_claim, is_question
from newscheck.records import ArticleReport, Crosscheck, EvidenceSpan, Quote, Signal

UNATTRIBUTED_CHECKWORTHY = 0.6
UNATTRIBUTED_MIN_COUNT = 3
UNATTRIBUTED_MIN_SHARE = 0.5
ANONYMOUS_MIN_COUNT = 2
ANONYMOUS_MIN_SHARE = 0.5
SINGLE_SOURCE_MIN_OTHER_OUTLETS = 2
FORMULAIC_MIN_SCORE = 2.0
FORMULAIC_WARN_SCORE = 3.5
FORMULAIC_MIN_PATTERNS = 2
LOADED_MIN_SCORE = 3.0
LOADED_MIN_WORDS = 2
METADATA_MIN_WORDS = 120
MAX_EVIDENCE = 3

# Filler and template phrasing: (pattern, weight). Weights: 1.0 for phrases that
# are almost never informative, 0.5-0.75 for ones that are merely stock.
FORMULAIC_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(p, re.I), w)
    for p, w in [
        (r"\bin conclusion\b", 1.0),
        (r"\b(in summary|to sum up|all in all)\b", 1.0),
        (r"\braises? (important |serious |many )?questions about the future\b", 1.0),
        (
            r"\b(a|an) (complex|evolving|complex and evolving|rapidly evolving|ever-evolving) (story|situation|narrative|issue)\b",
            1.0,
        ),
        (r"\bwhat is (certain|clear)(, however,)? is\b", 1.0),
        (r"\bone thing is (certain|clear)\b", 1.0),
        (r"\bonly time will tell\b", 1.0),
        (r"\bin today'?s (fast-paced|ever-changing|rapidly changing|interconnected) world\b", 1.0),
        (r"\bremains to be seen\b", 0.75),
        (r"\bas the world watches\b", 0.75),
        (r"\b(it is|this is) (a tale|a story) of\b", 0.75),
        (r"\b(will|could|would) reverberate (far )?beyond\b", 0.75),
        (r"\bit is (important|worth) (to note|noting)\b", 0.75),
        (r"\bnavigat(e|es|ing) the complexities\b", 0.75),
        (r"\b(ever-changing|ever-evolving) landscape\b", 0.75),
        (r"\bin an increasingly (multipolar|interconnected|complex|uncertain) world\b", 0.75),
        (r"\b(the|a) (delicate|intricate) (balance|dance|tapestry)\b", 0.5),
        (r"\bthe unfolding (narrative|saga|story)\b", 0.5),
        (r"\bplays? a (pivotal|crucial|vital) role\b", 0.5),
        (r"\b(a|the) testament to\b", 0.5),
        (r"\bthe implications of this .{0,30} are not lost\b", 0.5),
        (r"\bthe relentless pursuit of\b", 0.5),
        (r"\bcould significantly alter the dynamics\b", 0.5),
    ]
]
# A closing paragraph that opens like a school essay's summary.
_SUMMARY_OPENER = re.compile(r"^(in conclusion|in summary|ultimately|all in all|to sum up)\b", re.I)
SUMMARY_OPENER_WEIGHT = 0.5

# Emotive or sensational wording: 1.0 strongly loaded, 0.5 intensifiers.
LOADED_WORDS: dict[str, float] = {
    **dict.fromkeys(
        "shocking shocked stunning bombshell slams slammed blasts blasted explosive chilling terrifying horrifying "
        "horrific devastating catastrophic outrageous outrage sinister fury furious panic chaos meltdown nightmare "
        "humiliating humiliation crushing obliterate annihilate alarm alarms alarming intrigue menace sensational "
        "disastrous scandalous brutal savage ruthless".split(),
        1.0,
    ),
    **dict.fromkeys("massive historic unprecedented dramatic superpower superpowers staggering huge".split(), 0.5),
}
_WORD = re.compile(r"[A-Za-z]+")
_CUT_OFF = re.compile(r"(\.\.\.|…|—|–|-)\s*[\"”’']?\s*$")


Evidence = tuple[str, EvidenceSpan]  # the text shown, and where it stands


def _signal(code: str, severity: str, message: str, evidence: Sequence[Evidence]) -> Signal:
    chosen = list(dict.fromkeys(evidence))[:MAX_EVIDENCE]
    return Signal(code, severity, message, [text for text, _ in chosen], [span for _, span in chosen])  # type: ignore[arg-type]


def _in_body(report: ArticleReport, start: int, end: int) -> Evidence:
    return report.article.body[start:end], EvidenceSpan(report.article.id, start, end)


def _headline(report: ArticleReport) -> Evidence:
    headline = report.article.headline
    return headline, EvidenceSpan(report.article.id, 0, len(headline), "headline")


def _sentence_around(report: ArticleReport, start: int, end: int) -> Evidence:
    """The sentence (or paragraph line) holding a span, for showing a match in context."""
    body = report.article.body
    stop = body.rfind(". ", 0, start)
    left = max(stop + 2 if stop != -1 else 0, body.rfind("\n", 0, start) + 1)
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(body)
    while left < right and body[left].isspace():
        left += 1
    while right > left and body[right - 1].isspace():
        right -= 1
    return _in_body(report, left, right)


def _quote_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quotes if q.direct]


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in spans)


def headline_unsupported(report: ArticleReport, headline_corroborated: bool) -> Signal | None:
    support = report.headline_support
    claim = central_claim(report.article.headline)
    if support is None or support.label == "supported" or headline_corroborated or not claim:
        return None
    sources = [_in_body(report, span.start, span.end) for span in support.evidence_spans]
    if is_question(claim):
        if support.contradicted:
            message = "The headline asks a question the article's own source answers no. " + support.reason
            return _signal("headline_unsupported", "warn", message, [_headline(report), *sources])
        message = "The headline asks a question that no quoted or cited source answers yes. " + support.reason
        return _signal("headline_unsupported", "info", message, [_headline(report), *sources])
    if support.label == "partial":
        message = "The headline goes further than its sources, who say something weaker. " + support.reason
        return _signal("headline_unsupported", "warn", message, [_headline(report), *sources])
    if support.contradicted:
        message = "The article's own source says the opposite of the headline. " + support.reason
        return _signal("headline_unsupported", "high", message, [_headline(report), *sources])
    message = "Only the outlet states the headline's claim; no quoted or cited source backs it. " + support.reason
    return _signal("headline_unsupported", "info", message, [_headline(report)])


def unattributed_claims(report: ArticleReport, checks: dict[str, Crosscheck]) -> Signal | None:
    worthy = [c for c in report.claims if c.checkworthy >= UNATTRIBUTED_CHECKWORTHY]
    bare = [
        c
        for c in worthy
        if c.source_type == "outlet" and not c.hedged and getattr(checks.get(c.id), "verdict", None) != "corroborated"
    ]
    if len(bare) < UNATTRIBUTED_MIN_COUNT or len(bare) / len(worthy) < UNATTRIBUTED_MIN_SHARE:
        return None
    message = (
        f"{len(bare)} of the article's {len(worthy)} key factual claims are stated by the outlet itself, "
        "with no source named and no other outlet confirming them."
    )
    return _signal("unattributed_claims", "warn", message, [_in_body(report, c.start, c.end) for c in bare])


def _attributed_units(report: ArticleReport) -> list[tuple[Evidence, str, str | None]]:
    """(evidence, source type, who) of every attributed quote and claim, each statement once."""
    units: dict[tuple[int, int], tuple[Evidence, str, str | None]] = {}
    for quote in report.quotes:
        if quote.source_type != "outlet":
            units[(quote.start, quote.end)] = (
                _in_body(report, quote.start, quote.end), quote.source_type, quote.speaker or quote.speaker_role
            )  # fmt: skip
    for claim in report.claims:
        if claim.source_type != "outlet" and claim.quote_index is None:
            units.setdefault(
                (claim.start, claim.end), (_in_body(report, claim.start, claim.end), claim.source_type, claim.attributed_to)
            )
    return list(units.values())


def anonymous_sourcing(report: ArticleReport) -> Signal | None:
    units = _attributed_units(report)
    unnamed = [u for u in units if u[1] == "unnamed"]
    if len(unnamed) < ANONYMOUS_MIN_COUNT or len(unnamed) / len(units) < ANONYMOUS_MIN_SHARE:
        return None
    who = ", ".join(dict.fromkeys(u[2] for u in unnamed if u[2]))
    message = (
        f"{len(unnamed)} of the {len(units)} attributed statements come from sources the reader cannot identify"
        + (f" ({who})" if who else "")
        + "."
    )
    return _signal("anonymous_sourcing", "warn", message, [u[0] for u in unnamed])


def quote_integrity(report: ArticleReport) -> Signal | None:
    unclosed = [q for q in report.quotes if q.direct and not q.complete]
    cut = [q for q in report.quotes if q.direct and q.complete and _CUT_OFF.search(q.text)]
    if not unclosed and not cut:
        return None
    parts = []
    if unclosed:
        parts.append(f"{len(unclosed)} quotation{'s are' if len(unclosed) > 1 else ' is'} never closed")
    if cut:
        parts.append(f"{len(cut)} quotation{'s end' if len(cut) > 1 else ' ends'} cut off mid-sentence")
    message = " and ".join(parts).capitalize() + ": the reader cannot tell where the speaker's words end and the outlet's begin."
    return _signal("quote_integrity", "high", message, [_in_body(report, q.start, q.end) for q in [*unclosed, *cut]])


def single_source(report: ArticleReport, checks: dict[str, Crosscheck], other_outlets: int) -> Signal | None:
    """The headline rests on one source's statement, and no other outlet of the story backs it."""
    support = report.headline_support
    if other_outlets < SINGLE_SOURCE_MIN_OTHER_OUTLETS or support is None or support.label == "unsupported":
        return None
    spans = support.evidence_spans
    backing = [
        c
        for c in report.claims
        if c.checkworthy >= CHECKWORTHY_MIN
        and c.source_type != "outlet"
        and any(s.start < c.end and c.start < s.end for s in spans)
    ]
    if len({c.attributed_to for c in backing}) != 1:
        return None
    if any(c.id not in checks or checks[c.id].verdict != "unverified" or checks[c.id].evidence for c in backing):
        return None  # backed, disputed, or at least reported elsewhere: not a lone source
    who = backing[0].attributed_to or "one source"
    message = (
        f"The headline rests on a single source ({who}); {other_outlets} other outlets covered the story "
        "and none of them backs it."
    )
    return _signal("single_source", "info", message, [_in_body(report, c.start, c.end) for c in backing])


def cross_source_conflict(report: ArticleReport, checks: dict[str, Crosscheck]) -> Signal | None:
    conflicts = [c for c in checks.values() if c.verdict in ("contradicted", "contested")]
    if not conflicts:
        return None
    contradicted = [c for c in conflicts if c.verdict == "contradicted"]
    claims = {c.id: c for c in report.checkable_claims()}
    evidence = [
        (e.sentence, EvidenceSpan(e.article_id, e.start, e.end))
        for check in contradicted or conflicts
        for e in check.evidence
        if e.stance == "disagree"
    ]
    first = claims.get((contradicted or conflicts)[0].claim_id)
    if contradicted:
        message = (
            f"Other outlets contradict {len(contradicted)} of this article's claims"
            + (f", e.g. the claim “{first.text}”" if first else "")
            + "."
        )
        return _signal("cross_source_conflict", "warn", message, evidence)
    message = f"Other outlets disagree among themselves about {len(conflicts)} of this article's claims" + (
        f", e.g. “{first.text}”." if first else "."
    )
    return _signal("cross_source_conflict", "info", message, evidence)


def formulaic_score(text: str, paragraphs: Sequence[str]) -> tuple[float, list[re.Match[str]]]:
    """Weighted count of distinct filler patterns, plus an essay-style closing paragraph."""
    matches = []
    score = 0.0
    for pattern, weight in FORMULAIC_PATTERNS:
        match = pattern.search(text)
        if match:
            matches.append(match)
            score += weight
    if paragraphs and _SUMMARY_OPENER.match(paragraphs[-1].strip()):
        score += SUMMARY_OPENER_WEIGHT
    return score, matches


def formulaic_text(report: ArticleReport) -> Signal | None:
    body = report.article.body
    paragraphs = report.article.paragraphs or body.split("\n\n")
    score, matches = formulaic_score(body, paragraphs)
    if score < FORMULAIC_MIN_SCORE or len(matches) < FORMULAIC_MIN_PATTERNS:
        return None
    phrases = ", ".join(f"“{m.group(0)}”" for m in matches[:5])
    message = (
        f"The text leans on stock filler phrases ({phrases}) that add no information; "
        "such template writing is typical of low-effort or machine-written copy."
    )
    evidence = [_sentence_around(report, m.start(), m.end()) for m in matches]
    return _signal("formulaic_text", "warn" if score >= FORMULAIC_WARN_SCORE else "info", message, evidence)


def loaded_language(report: ArticleReport) -> Signal | None:
    body = report.article.body
    quoted = _quote_spans(report.quotes)
    found: dict[str, float] = {}
    evidence: list[Evidence] = []
    for match in _WORD.finditer(report.article.headline):
        word = match.group(0).lower()
        if word in LOADED_WORDS:
            found[word] = found.get(word, 0.0) + 2 * LOADED_WORDS[word]
            evidence.append(_headline(report))
    for match in _WORD.finditer(body):
        word = match.group(0).lower()
        if word in LOADED_WORDS and not _inside(match.start(), quoted):
            found[word] = found.get(word, 0.0) + LOADED_WORDS[word]
            evidence.append(_sentence_around(report, match.start(), match.end()))
    if sum(found.values()) < LOADED_MIN_SCORE or len(found) < LOADED_MIN_WORDS:
        return None
    words = ", ".join(f"“{w}”" for w in found)
    message = f"The outlet's own wording is emotive or sensational ({words}), beyond what its sources are quoted as saying."
    return _signal("loaded_language", "info", message, evidence)


def missing_metadata(report: ArticleReport) -> Signal | None:
    article = report.article
    if len(article.body.split()) < METADATA_MIN_WORDS:
        return None
    missing = []
    if not article.published:
        missing.append("no publication date")
    if not article.byline and not article.dateline:
        missing.append("no author or agency")
    if not missing:
        return None
    message = f"The page gives {' and '.join(missing)}, so the reader cannot tell when it was written or who stands behind it."
    return Signal("missing_metadata", "info", message, [])


def article_signals(
    report: ArticleReport, checks: Sequence[Crosscheck], other_outlets: int, headline_corroborated: bool = False
) -> list[Signal]:
    """All signals for one article, given its cross-checks, how many other outlets covered its story,
    and whether other outlets corroborate the outlet's own sentence that states the headline."""
    by_claim = {c.claim_id: c for c in checks}
    found = [
        headline_unsupported(report, headline_corroborated),
        unattributed_claims(report, by_claim),
        anonymous_sourcing(report),
        quote_integrity(report),
        single_source(report, by_claim, other_outlets),
        cross_source_conflict(report, by_claim),
        formulaic_text(report),
        loaded_language(report),
        missing_metadata(report),
    ]
    return [s for s in found if s is not None]
