"""Verify stage: headline support, cross-source verdicts and signals for a batch of articles.

Headline support reads each article's own sources with the FNC-1 stance model
(headline against body, what it was trained for; see :mod:`newscheck.headline`);
cross-checks read other outlets' sentences with the claim-level judge (see
:mod:`newscheck.crosscheck`); signals read both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newscheck.config import Settings
from newscheck.crosscheck import CorpusIndex, crosscheck
from newscheck.headline import AnsweredStance, WordSimilarity, headline_questions, headline_support, outlet_statements
from newscheck.judge import ClaimJudge
from newscheck.records import ArticleReport, Crosscheck, StanceReader, Story
from newscheck.signals import article_signals


def support_headlines(
    reports: Sequence[ArticleReport], stance: StanceReader | None = None, similarity: WordSimilarity | None = None
) -> None:
    """Fill the headline support of each report that has none, every (headline claim, statement) pair of
    them read by the stance model in one batch. It reads only the article itself, so a report analysed
    elsewhere (by a Ray actor) may come with it, and a stored report keeps the one it was stored with."""
    unread = [r for r in reports if r.headline_support is None]
    if not unread:
        return
    if stance is None:
        from newscheck.stance import get_model

        stance = get_model()
    answered = AnsweredStance(stance, [q for r in unread for q in headline_questions(r)])
    similarity = similarity or WordSimilarity()
    for report in unread:
        report.headline_support = headline_support(report, answered, similarity)


def verify(
    reports: Sequence[ArticleReport],
    stories: Sequence[Story],
    settings: Settings,
    stance: StanceReader | None = None,
    judge: ClaimJudge | None = None,
    fresh: Sequence[bool] | None = None,
    earlier: Sequence[Crosscheck] = (),
) -> list[Crosscheck]:
    """Fill headline support (where missing) and signals of every report; return the cross-checks of the
    batch. Without ``fresh`` every report is new; otherwise stored reports (``fresh`` False) keep their
    claims' ``earlier`` cross-checks and these grow by what the fresh reports say."""
    fresh = list(fresh) if fresh is not None else [True] * len(reports)
    if judge is None:
        from newscheck.judge import get_judge

        judge = get_judge()
    similarity = WordSimilarity()  # its word vectors serve headline support and the signals alike
    support_headlines(reports, stance, similarity)
    index = CorpusIndex(reports, stories, fresh)
    checks = crosscheck(index, judge, earlier)
    checked = {(c.claim_id, c.article_id) for c in checks}
    checks += [c for c in earlier if (c.claim_id, c.article_id) not in checked]  # the stored claims not read again
    by_article: dict[str, list[Crosscheck]] = defaultdict(list)
    for check in checks:
        by_article[check.article_id].append(check)
    for position, report in enumerate(reports):
        verdicts = {c.claim_id: c.verdict for c in by_article[report.article.id]}
        # whether another outlet corroborates the outlet's own statement of its headline; the statements are
        # read only where one of its own claims is corroborated at all (a stored article is re-read every batch)
        mine = any(c.source_type == "outlet" and verdicts.get(c.id) == "corroborated" for c in report.claims)
        corroborated = mine and any(verdicts.get(c.id) == "corroborated" for c in outlet_statements(report, similarity))
        report.signals = article_signals(report, by_article[report.article.id], index.other_outlets(position), corroborated)
    return checks
