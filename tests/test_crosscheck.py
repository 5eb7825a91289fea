"""Cross-checks with the claim-level judge: retrieval across stories and dates, independent sources,
verdicts with their evidence. The articles are fictional, written for these tests."""

from __future__ import annotations

import json

import pytest

from newscheck.config import Settings
from newscheck.crosscheck import DENIALS_PER_ARTICLE, MAX_CANDIDATE_ARTICLES, SENTENCES_PER_ARTICLE
from newscheck.judge import get_judge
from newscheck.records import Article, ArticleReport, Claim, Crosscheck, Story
from newscheck.verify import verify

ACTORS = ["Dorn Ferries", "Elmsworth"]


class CountingJudge:
    """The shipped judge, counting the pairs it is asked to read."""

    def __init__(self) -> None:
        self.pairs = 0

    def judge(self, claims, sentences, contexts=None, docs=None):
        self.pairs += len(claims)
        return get_judge().judge(claims, sentences, contexts, docs)

    def read(self, texts, docs=None):
        return get_judge().read(texts, docs)


def _article(
    n: int, body: str, claim_source: tuple[str | None, str] = (None, "outlet"), published: str = "2026-04-01"
) -> ArticleReport:
    article = Article(
        id=f"x{n}", source=f"x{n}", headline=f"Dorn ferry report {n}", body=body, paragraphs=[body], published=published
    )
    who, source_type = claim_source
    first = body.split(". ")[0].rstrip(".") + "."
    claim = Claim(f"k{n}", first, who, source_type, False, False, 0.9, 0, len(first), actors=list(ACTORS))
    return ArticleReport(article, claims=[claim])


def _check_of(first: ArticleReport, *others: ArticleReport, judge=None) -> Crosscheck:
    """The cross-check of the first article's claim when the other articles are its story's other reports."""
    reports = [first, *others]
    story = Story("s", "ferry", [r.article.id for r in reports], [[r.article.id] for r in reports])
    checks = verify(reports, [story], Settings(), judge=judge or get_judge())
    return next(c for c in checks if c.article_id == first.article.id)


def test_a_paraphrase_by_another_outlet_corroborates_with_its_sentence_and_offsets():
    claim = _article(0, "Dorn Ferries will close its Elmsworth route in April, the company said.")
    other = _article(
        1,
        "Ticket sales continue until March. The Elmsworth crossing run by Dorn Ferries is to shut down in April, a company spokeswoman said.",
    )
    check = _check_of(claim, other)
    assert check.verdict == "corroborated"
    assert check.independent_sources == 2
    evidence = check.evidence[0]
    assert other.article.body[evidence.start : evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("The Elmsworth crossing")
    assert 0.5 < check.confidence <= 1.0


def test_the_same_outlet_repeating_its_report_corroborates_nothing_but_shows_as_evidence():
    claim = _article(0, "Dorn Ferries will close its Elmsworth route in April, the company said.")
    follow_up = _article(
        1,
        "Ticket sales continue until March. The Elmsworth crossing run by Dorn Ferries is to shut down in April, a company spokeswoman said.",
    )
    claim.article.url = "https://www.harbourgazette.example/2026/04/01/dorn-ferries"
    follow_up.article.url = "https://harbourgazette.example/2026/04/03/dorn-ferries-follow-up"
    check = _check_of(claim, follow_up)
    assert check.verdict == "unverified"
    assert check.independent_sources == 1
    assert [e.stance for e in check.evidence] == ["agree"]


def test_outlets_are_told_apart_by_site_through_web_archives_and_editions_and_not_without_urls():
    claim = _article(0, "Dorn Ferries will close its Elmsworth route in April, the company said.")
    other = _article(1, "The Elmsworth crossing run by Dorn Ferries is to shut down in April, a company spokeswoman said.")
    claim.article.url = "https://web.archive.org/web/20260401000000/https://www.harbourgazette.example/dorn"
    other.article.url = "https://web.archive.org/web/20260402000000/https://islandtimes.example/dorn-ferries"
    assert _check_of(claim, other).verdict == "corroborated"
    other.article.url = "https://m.harbourgazette.example/dorn-follow-up"
    assert _check_of(claim, other).verdict == "unverified"
    claim.article.url = other.article.url = None
    claim.article.source = other.article.source = "newsapi-export.jsonl"
    assert _check_of(claim, other).verdict == "corroborated"


def test_the_lead_claim_is_checked_whatever_its_check_worthiness():
    claim = _article(0, "Dorn Ferries will close its Elmsworth route in April, the company said.")
    claim.claims[0].checkworthy = 0.2
    other = _article(1, "The Elmsworth crossing run by Dorn Ferries is to shut down in April, a company spokeswoman said.")
    assert _check_of(claim, other).verdict == "corroborated"


def test_the_opposite_outcome_contradicts_and_says_what_clashes():
    claim = _article(0, "Dorn Ferries will close the Elmsworth route in April, the company said.")
    opposite = _article(1, "The Elmsworth route of Dorn Ferries will stay open in April, the company said on Monday.")
    check = _check_of(claim, opposite)
    assert check.verdict == "contradicted"
    assert check.evidence[0].stance == "disagree"
    assert "open" in check.evidence[0].clash


def test_another_count_of_the_claims_event_contradicts_it():
    claim = _article(0, "Dorn Ferries will cut 40 sailings a week on the Elmsworth route, the company said.")
    other = _article(1, "Dorn Ferries will cut 25 sailings a week on the Elmsworth route from April, the company said.")
    check = _check_of(claim, other)
    assert check.verdict == "contradicted"
    assert "40 sailings" in check.evidence[0].clash and "25 sailings" in check.evidence[0].clash


def test_a_negation_about_something_else_is_no_contradiction():
    claim = _article(0, "Dorn Ferries will close the Elmsworth route in April, the company said.")
    other = _article(
        1, "Dorn Ferries did not say how many of its Elmsworth staff would lose their jobs when the route closes in April."
    )
    assert _check_of(claim, other).verdict != "contradicted"


def test_a_later_denial_of_the_story_contradicts_through_the_report_before_it():
    claim = _article(0, "Dorn Ferries will close the Elmsworth route in April, union officials said.")
    denial = _article(
        1,
        "Union officials said on Monday that Dorn Ferries would close the Elmsworth route in April. "
        "A spokeswoman for the company dismissed the reports as completely false.",
    )
    check = _check_of(claim, denial)
    assert check.verdict in ("contradicted", "contested")
    assert any(e.stance == "disagree" and e.sentence.startswith("A spokeswoman") for e in check.evidence)


def test_a_standing_denial_from_a_year_before_is_reached_outside_the_story_and_dated():
    claim = _article(0, "Dorn Ferries will close its Elmsworth route in April, the company said.", published="2026-03-02")
    old = _article(
        1,
        "Dorn Ferries has no plans to close its Elmsworth route, the company's chief executive said on Tuesday.",
        published="2025-03-11",
    )
    checks = verify([claim, old], [], Settings(), judge=get_judge())  # no story joins them: only the actors do
    check = next(c for c in checks if c.article_id == "x0")
    assert check.verdict == "contradicted"
    assert check.evidence[0].published == "2025-03-11"


def test_reports_citing_the_same_original_count_as_one_source():
    text = "Fictional Broadcaster reported that Dorn Ferries will cut the Elmsworth route in April."
    reports = [_article(n, text, ("Fictional Broadcaster", "media")) for n in range(3)]
    for n, report in enumerate(reports):  # three outlets, three bodies, one original
        report.article.body = report.article.body.replace("April", "April" + " ." * 0) + f" Report {n}."
        report.article.paragraphs = [report.article.body]
    check = _check_of(*reports)
    assert check.verdict == "unverified"  # repeating one original corroborates nothing
    assert check.independent_sources == 1
    own = _article(
        3, "Dorn Ferries will cut the Elmsworth route in April, the company's chief Ada Holm said.", ("Ada Holm", "named")
    )
    check = _check_of(*reports, own)
    assert check.verdict == "corroborated" and check.independent_sources == 2


def test_retrieval_is_bounded_however_many_articles_share_the_claims_actors():
    reports = [_article(n, f"Dorn Ferries will cut the Elmsworth route number {n} in April.") for n in range(150)]
    judge = CountingJudge()
    checks = verify(reports, [], Settings(), judge=judge)
    assert len(checks) == len(reports)
    per_claim = MAX_CANDIDATE_ARTICLES * (SENTENCES_PER_ARTICLE + DENIALS_PER_ARTICLE)
    assert 0 < judge.pairs <= len(reports) * per_claim


def _seed_beside(tmp_path, seed, others: dict[str, str], words: str):
    """The pipeline over a seed and other reports; the report, the seed's article and the cross-check of
    its claim holding `words`."""
    import newscheck

    for name, text in others.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = newscheck.analyze([str(seed), *(str(tmp_path / f"{name}.txt") for name in others)])
    article = next(a for a in report.articles if a.article.source == str(seed))
    claim = next(c for c in article.claims if words in c.text)
    return report, article, next(c for c in report.crosschecks if c.claim_id == claim.id)


KREMLIN_2023 = """Kremlin says ties with Beijing are not an alliance

March 4, 2023

MOSCOW, March 4 - The Kremlin said on Saturday that Russia's partnership with China is not a military alliance and is not directed against any third country.

"Our relations are not a military-political alliance," Kremlin spokesman Pavel Orlov told reporters, adding that the two countries would keep deepening trade and energy ties.
"""
BEIJING_DENIAL = """China rejects talk of military pact with Russia

September 13, 2024

BEIJING, Sept 13 - China's foreign ministry on Friday dismissed reports that Beijing and Moscow had announced a military alliance against the United States, calling them groundless.

"China and Russia have not formed any military alliance," ministry spokeswoman Lin Hua said at a regular briefing.
"""


def test_seed_000s_alliance_claim_is_contradicted_by_a_later_denial_and_an_earlier_position(tmp_path, seed_000):
    """Fictional reports (written for this test) beside the real seed: a denial the week after and a
    standing position from the year before, neither in the seed's story."""
    report, seed, check = _seed_beside(
        tmp_path, seed_000, {"kremlin": KREMLIN_2023, "beijing": BEIJING_DENIAL}, "officially announced"
    )
    assert check.verdict == "contradicted"
    dates = {e.published for e in check.evidence if e.stance == "disagree"}
    assert dates == {"2023-03-04", "2024-09-13"}
    assert all(e.clash for e in check.evidence if e.stance == "disagree")
    assert not any(c.verdict in ("corroborated", "contested") for c in report.crosschecks if c.article_id == seed.article.id)


WIRE_AID = """US says China helping Russia rebuild its arms industry

WASHINGTON - China is helping Russia expand its defence industrial base on such a scale that Moscow is undertaking its biggest weapons build-up since Soviet times, US officials said on Friday.

The officials said Chinese firms had supplied machine tools, microelectronics and drone engines. Beijing says it is neutral in the war.
"""
PAPER_AID = """Washington accuses Beijing of fuelling Moscow's war production

US intelligence officials believe Beijing is quietly bolstering Russia's arms manufacturing, giving Moscow its largest military production drive since the Cold War.

Chinese exports of machine tools and electronics to Russia have risen sharply, the officials told reporters. China's embassy did not respond to a request for comment.
"""


def test_seed_001s_central_claim_is_corroborated_by_two_independent_reports_in_other_words(tmp_path, seed_001):
    _, _, check = _seed_beside(tmp_path, seed_001, {"wire": WIRE_AID, "paper": PAPER_AID}, "industrial base")
    assert check.verdict == "corroborated"
    assert check.independent_sources >= 3  # the seed's own report and the two others


def test_a_size_of_the_claims_crowd_worded_far_from_it_is_read_as_evidence():
    claim = _article(0, "About 4,000 people marched through Elmsworth on Saturday against the Dorn Ferries closure, police said.")
    partisan = _article(
        1,
        "Elmsworth said no to Dorn Ferries on Saturday in a sea of banners and song. "
        "Speakers called on the council to buy the route and keep the harbour alive. "
        "Police claimed that only 4,000 people took part, a figure organisers called insulting.",
    )
    check = _check_of(claim, partisan)
    assert check.verdict == "corroborated"
    assert check.evidence[0].sentence.startswith("Police claimed that only 4,000 people took part")


PARTISAN_MARCH = """12,000 say no to the ferry cuts

Twelve thousand people filled the streets of Elmsworth on Saturday to demand that Dorn Ferries keep its harbour route open.

Speakers called on the council to buy the route if the company walks away.
"""
WIRE_MARCH = """Thousands march in Elmsworth against ferry closure

ELMSWORTH, April 4 (Northwire) - About 2,000 people marched through Elmsworth on Saturday against Dorn Ferries' plan to close its harbour route, police said.

Organisers put the number at 12,000.

Dorn Ferries says the route has lost money for six years and will close it at the end of May.
"""
CORRECTED_MARCH = """Elmsworth ferry march passes off peacefully

An earlier version of this story said 12,000 people marched through Elmsworth on Saturday.

About 2,000 people took part in the Elmsworth march against the Dorn Ferries closure on Saturday, police said.
"""


def _check_beside(tmp_path, first: str, other: str, opening: str):
    """The pipeline over two reports: the cross-check of the first one's claim that opens with `opening`."""
    import newscheck

    paths = []
    for name, text in (("first", first), ("other", other)):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    report = newscheck.analyze([str(p) for p in paths])
    claim = next(c for c in report.articles[0].claims if c.text.startswith(opening))
    return next(c for c in report.crosschecks if c.claim_id == claim.id)


def _march_check(tmp_path, other: str):
    return _check_beside(tmp_path, PARTISAN_MARCH, other, "Twelve thousand")


def test_a_report_giving_the_claims_figure_as_one_partys_and_another_as_anothers_contests_it(tmp_path):
    check = _march_check(tmp_path, WIRE_MARCH)
    assert check.verdict == "contested"
    shown = {e.stance: e.sentence for e in check.evidence}
    assert shown["agree"] == "Organisers put the number at 12,000."
    assert shown["disagree"].startswith("About 2,000 people marched")


def test_a_correction_of_the_claims_figure_contradicts_it_rather_than_contesting_it(tmp_path):
    check = _march_check(tmp_path, CORRECTED_MARCH)
    assert check.verdict == "contradicted"
    assert all(e.stance != "agree" for e in check.evidence)


POLICE_ARRESTS = """Police make 35 arrests at Elmsworth ferry march

Police said they arrested 35 people during the march against the Dorn Ferries closure in Elmsworth on Saturday.
"""
ARRESTS_DISPUTED = """Arrests at Elmsworth march disputed

Police said 35 people were arrested during Saturday's march against the Dorn Ferries closure in Elmsworth.

Organisers said 60 people had been arrested.
"""
BUS_TOLL = """Twelve killed as bus plunges into ravine near Brenn

Twelve people were killed when a bus plunged into a ravine near Brenn on Monday.
"""
BUS_TOLL_RISES = """Brenn bus crash toll rises to 19

Nineteen people were killed when a bus plunged into a ravine near Brenn on Monday, the interior ministry said on Tuesday.

Officials had initially said twelve people were killed.
"""


def test_a_figure_the_claim_attributes_to_a_party_is_not_contested_by_another_partys(tmp_path):
    check = _check_beside(tmp_path, POLICE_ARRESTS, ARRESTS_DISPUTED, "Police said they arrested 35")
    assert check.verdict == "corroborated"


def test_the_claims_figure_told_as_an_earlier_account_beside_the_new_one_is_no_dispute(tmp_path):
    check = _check_beside(tmp_path, BUS_TOLL, BUS_TOLL_RISES, "Twelve people were killed")
    assert check.verdict == "contradicted"
    assert all(e.stance != "agree" for e in check.evidence)


RAID = "Thieves smashed the window of a watch shop in Kelby on Tuesday night. Shop owner Edda Varn said the stolen watches were worth around 450,000 crowns."
RAID_RETOLD = "Police in Kelby are hunting two men after a raid on a jeweller. Edda Varn, who owns the shop, has put the value of the stolen watches at about 450,000 crowns."
RAID_OTHER_SUM = "Police in Kelby are hunting two men after a raid on a jeweller. Edda Varn, who owns the shop, said the stolen watches were worth around 90,000 crowns."


def _raid_check(other: str, one_story: bool) -> Crosscheck:
    """The cross-check of the owner's valuation, the other report clustered into its story or apart from it."""
    from newscheck.pipeline import analyze_articles

    articles = [
        Article(
            id=f"r{n}", source=f"r{n}", headline=f"Kelby raid {n}", body=body, paragraphs=[body], published=f"2026-03-0{n + 2}"
        )
        for n, body in enumerate((RAID, other))
    ]
    reports = analyze_articles(articles, Settings())
    ids = [a.id for a in articles]
    stories = [Story("s", "raid", ids, [[i] for i in ids])] if one_story else [Story(i, "raid", [i], [[i]]) for i in ids]
    claim = next(c for c in reports[0].claims if "450,000" in c.text)
    return next(c for c in verify(reports, stories, Settings(), judge=get_judge()) if c.claim_id == claim.id)


def test_a_restatement_in_a_report_clustered_apart_is_reached_by_meaning_and_corroborates():
    check = _raid_check(RAID_RETOLD, one_story=False)
    assert check.verdict == "corroborated"
    assert check.evidence[0].sentence.startswith("Edda Varn, who owns the shop, has put the value")


def test_another_sum_reached_only_by_meaning_is_discussion_where_in_the_story_it_contradicts():
    assert _raid_check(RAID_OTHER_SUM, one_story=True).verdict == "contradicted"
    apart = _raid_check(RAID_OTHER_SUM, one_story=False)
    assert apart.verdict == "unverified"
    assert [e.stance for e in apart.evidence] == ["discuss"]


def test_a_denial_read_as_discussion_in_an_article_reached_by_meaning_does_not_hide_its_restatement():
    other = RAID_RETOLD + " Edda Varn denied that the stolen watches had been insured for 450,000 crowns."
    check = _raid_check(other, one_story=False)
    assert check.verdict == "corroborated"
    assert check.evidence[0].sentence.startswith("Edda Varn, who owns the shop, has put the value")


def test_a_long_reports_eleventh_check_worthy_claim_is_cross_checked_too():
    facts = [
        "Dorn Ferries will close its Elmsworth route in April",
        "The route carried 210,000 passengers last year",
        "Fares on the route rose by 12 percent in January",
        "The company employs 96 crew on the Elmsworth crossing",
        "Its two vessels were built in 1994 and 1998",
        "Elmsworth council paid a subsidy of 1.4 million crowns in 2025",
        "The harbour authority raised berth fees twice in 2025",
        "Dorn Ferries reported a loss of 3 million crowns last year",
        "A rival operator, Kattegat Lines, ended its Elmsworth service in 2019",
        "The crossing takes 55 minutes in fair weather",
        "Dorn Ferries will sell both vessels to a Baltic operator",
        "The council will ask regional transport officials for a replacement bus link",
    ]
    body = ". ".join(facts) + "."
    claims, start = [], 0
    for n, fact in enumerate(facts):
        claims.append(
            Claim(
                f"k{n}",
                fact + ".",
                None,
                "outlet",
                False,
                False,
                0.99 - n / 100,
                start,
                start + len(fact) + 1,
                actors=list(ACTORS),
            )
        )
        start += len(fact) + 2
    long_report = _article(0, body)
    long_report.claims = claims
    other = _article(
        1,
        "Ticket sales continue until March. Both of the ships Dorn Ferries runs to Elmsworth are to be sold to a Baltic operator, the company said.",
    )
    story = Story("s", "ferry", ["x0", "x1"], [["x0"], ["x1"]])
    checks = {c.claim_id: c for c in verify([long_report, other], [story], Settings(), judge=get_judge())}
    assert checks["k10"].verdict == "corroborated"
    assert checks["k10"].evidence[0].sentence.startswith("Both of the ships")


def _apart_check(bodies: tuple[str, str], words: str) -> Crosscheck:
    """The cross-check of the first report's claim holding `words`, the two reports clustered apart, a day apart."""
    from newscheck.pipeline import analyze_articles

    articles = [
        Article(id=f"o{n}", source=f"o{n}", headline=f"Report {n}", body=body, paragraphs=[body], published=f"2026-05-0{n + 4}")
        for n, body in enumerate(bodies)
    ]
    reports = analyze_articles(articles, Settings())
    stories = [Story(a.id, "apart", [a.id], [[a.id]]) for a in articles]
    claim = next(c for c in reports[0].claims if words in c.text)
    return next(c for c in verify(reports, stories, Settings(), judge=get_judge()) if c.claim_id == claim.id)


def test_a_claim_reaches_a_report_clustered_apart_through_a_place_it_names_as_part_of_another_name():
    first = (
        "Nineteen people have been admitted to Tellby Cottage Hospital with severe food poisoning since Sunday, a doctor said."
    )
    later = (
        "Health inspectors closed a bakery on Wednesday. Nineteen people have been taken into hospital with severe food "
        "poisoning in the market town of Tellby since Sunday, doctors said."
    )
    check = _apart_check((first, later), "Tellby Cottage Hospital")
    assert check.verdict == "corroborated"
    assert check.evidence[0].sentence.startswith("Nineteen people have been taken into hospital")


def test_a_claim_naming_nothing_reaches_no_report_clustered_apart():
    first = "Fire crews put out a blaze at a barn on Monday night. No one was hurt in the fire, the fire service said."
    other = "Firefighters tackled a blaze at a garage in Orsby on Tuesday. No one was hurt in the fire, a spokesman said."
    check = _apart_check((first, other), "No one was hurt")
    assert check.verdict == "unverified"
    assert check.evidence == []


PARTISAN_PACT = """Tessaly and Marrow announce military alliance

May 6, 2026

The leaders of Tessaly and Marrow met in the border town of Velle on Tuesday for talks that lasted more than five hours.

"We are not only neighbours, we are partners for the age," Tessaly's President Ana Lorne told reporters after the meeting.

The two leaders also opened a new railway bridge across the Velle river, which will carry freight between the two countries from June.
"""
WIRE_NO_PACT = """Tessaly denies forming military alliance with Marrow

May 7, 2026

VELLE, May 7 - Tessaly's foreign ministry on Wednesday rejected reports that Tessaly and Marrow had announced a military alliance, calling them baseless.

The two leaders met in Velle on Tuesday and opened a railway bridge across the Velle river, the ministry said.
"""


def test_a_headline_claim_its_body_never_states_is_cross_checked_and_contradicted(tmp_path):
    import newscheck

    for name, text in {"partisan": PARTISAN_PACT, "wire": WIRE_NO_PACT}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = newscheck.analyze([str(tmp_path / "partisan.txt"), str(tmp_path / "wire.txt")])
    partisan = next(a for a in report.articles if a.article.source.endswith("partisan.txt"))
    assert not any("alliance" in c.text for c in partisan.claims)  # only the headline claims it
    claim = partisan.headline_claim
    assert claim.text == "Tessaly and Marrow announce military alliance" == partisan.article.headline[claim.start : claim.end]
    check = next(c for c in report.crosschecks if c.claim_id == claim.id)
    assert check.verdict == "contradicted"
    denial = next(e for e in check.evidence if e.stance == "disagree")
    assert "rejected reports" in denial.sentence and denial.clash


ORLAND_PACT = (
    "Orland and Vessary have sealed a military alliance that commits each country to defend the other, a "
    "pro-government website reported on Monday, citing two unnamed officials. The report gave no date for a signing."
)
ORLAND_STATEMENT = (
    "The foreign ministers of Orland and Vessary met in the port of Caldy on Thursday to discuss fishing rights. "
    "Neither country will join a military alliance with the other, the two ministers said in a joint statement. "
    "They agreed to meet again in the autumn."
)


def _names_check(tmp_path, earlier: str, later: str, words: str, batch_size: int = 64) -> Crosscheck:
    """The cross-check of the later report's claim holding `words`, the earlier report seven weeks before it, each in
    a story of its own; with `batch_size` 1 the earlier one is stored before the later one is read."""
    import newscheck

    for name, (text, day) in {"a-earlier": (earlier, "2026-03-05"), "b-later": (later, "2026-04-27")}.items():
        row = {"id": name, "headline": f"Report {name}", "text": text, "published": day, "url": f"https://{name}.example/1"}
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'store.db'}", workers=1, progress=False, batch_size=batch_size)
    report = newscheck.analyze([str(tmp_path / "a-earlier.jsonl"), str(tmp_path / "b-later.jsonl")], settings)
    later_report = next(a for a in report.articles if a.article.url == "https://b-later.example/1")
    claim = next(c for c in later_report.checkable_claims() if words in c.text)
    return next(c for c in report.crosschecks if c.claim_id == claim.id)


def _assert_uncontradicted(check: Crosscheck) -> None:
    assert not any(e.stance == "disagree" for e in check.evidence)
    assert check.verdict != "contradicted"


def test_a_joint_statement_weeks_before_contradicts_a_reported_alliance_through_the_names_both_give(tmp_path):
    check = _names_check(tmp_path, ORLAND_STATEMENT, ORLAND_PACT, "sealed a military alliance")
    assert check.verdict == "contradicted"
    denial = check.evidence[0]
    assert denial.sentence.startswith("Neither country will join") and denial.published.startswith("2026-03-05")


def test_a_stored_joint_statement_is_found_by_the_names_when_the_claim_comes_in_a_later_batch(tmp_path):
    check = _names_check(tmp_path, ORLAND_STATEMENT, ORLAND_PACT, "sealed a military alliance", batch_size=1)
    assert check.verdict == "contradicted"
    assert check.evidence[0].sentence.startswith("Neither country will join")


def test_a_denial_naming_none_of_the_claims_names_in_a_report_found_only_by_them_is_no_contradiction(tmp_path):
    blaze = (
        "Seven workers were killed when fire swept through a paint factory in Orland's port of Caldy on Monday, the "
        "fire service said. Investigators from Vessary were invited to help."
    )
    depot = (
        "Fire destroyed a bus depot in Caldy in Orland on Tuesday, and crews from Vessary helped to put it out. Eleven "
        "buses were lost. No one was killed in the fire, police said."
    )
    _assert_uncontradicted(_names_check(tmp_path, depot, blaze, "Seven workers were killed"))


def test_the_claims_own_source_ruling_it_out_weeks_before_does_not_contradict_its_announcement(tmp_path):
    earlier = (
        "Finance Minister Ida Fenwarren of Vessary has ruled out a tax on sugary drinks, telling business leaders in "
        "Caldy that it would never happen while she was minister."
    )
    later = (
        "Vessary will impose a levy on sugary drinks from next April, Finance Minister Ida Fenwarren announced in "
        "Caldy on Monday, reversing her earlier opposition."
    )
    _assert_uncontradicted(_names_check(tmp_path, earlier, later, "will impose a levy"))


def test_a_report_relaying_an_outlet_it_does_not_name_corroborates_nothing():
    claim = _article(
        0, "Dorn Ferries will close its Elmsworth route in April, a local website reported.", ("a local website", "media")
    )
    relay = _article(
        1,
        "Earlier this month a website reported that Dorn Ferries would close its Elmsworth route in April.",
        ("a website", "media"),
    )
    check = _check_of(claim, relay)
    assert check.verdict == "unverified" and check.independent_sources == 1
    assert check.evidence and check.evidence[0].stance == "agree"  # still shown: it tells the same report


@pytest.mark.parametrize(("relayed", "corroborates"), [("The Harbour Gazette", False), ("The Morning Ledger", True)])
def test_a_report_relaying_the_claims_own_outlet_by_name_corroborates_nothing(relayed, corroborates):
    claim = _article(
        0, "Dorn Ferries will close its Elmsworth route in April, insiders told the Gazette.", ("insiders", "unnamed")
    )
    claim.article.url = "https://harbourgazette.example/2026/04/01/dorn-ferries-elmsworth"
    relay = _article(
        1, f"{relayed} reported on Monday that Dorn Ferries would close its Elmsworth route in April.", (relayed, "media")
    )
    relay.article.url = "https://northwire.example/2026/04/02/dorn-ferries"
    check = _check_of(claim, relay)
    assert check.evidence and check.evidence[0].stance == "agree"
    assert (check.verdict == "corroborated") == corroborates
