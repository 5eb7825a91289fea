"""Cross-check verdicts end to end on multi-outlet coverage: does the report say what a fact-checker would?

    .venv/bin/python bench/verdicts.py [--verbose]

`bench/gold/verdicts_stories.jsonl` holds 43 fictional reports of 14 events by one to five outlets each (wire copy,
local papers, broadcasters, a partisan outlet, later follow-ups), with official denials, a correction, revised
tolls, an unnamed-source scoop, conflicting figures from two sides, hedged reports, negations that deny nothing and
sibling events of the same actors. `bench/gold/verdicts_expected.jsonl` says which verdicts each claim may get,
which stances named evidence sentences may take ("none": not shown as evidence), and which reports tell one event.
`verdicts2_*` is a second set of 48 reports of 16 events by another hand, `verdicts3_*` a third (53 reports, 16 events)
`verdicts4_*` a fourth (36 reports, 12 events, one of them told by a single outlet three times) and `verdicts5_*` a
fifth (33 reports, 12 events: job figures corrected, crowd counts from two sides, a standing position later
reversed), each by a hand that never saw the rules or the earlier sets; `verdicts6_*` (44 reports, 13 events) and
`verdicts7_*` (40 reports, 13 events: figures written otherwise, denials without "not", a standing denial weeks
before the claim, negations that deny nothing, overclaiming headlines, sibling events) and `verdicts8_*` (40 reports, 14
events: partial restatements, figures written otherwise, denials without "not", standing positions published weeks
before, leaks confirmed by one outlet and denied by another, sibling events) and `verdicts9_*` (40 reports, 13 events:
paraphrases in other words and figures written otherwise, denials without "not", a ministry's standing denial four weeks
before a scoop, an outlet's own correction, negations that deny nothing, overclaiming headlines, sibling votes and
strikes) and `verdicts10_*` (39 reports, 15 events: a joint statement against a headline's "officially announced
military alliance", a neutrality statement a year before, a scoop denied by the company and confirmed by another
outlet, an outlet's own correction, numbers written otherwise and same numbers for other facts, sibling rulings,
bans and votes) and `verdicts11_*` (43 reports, 15 events: tolls revised twice, two outlets' own corrections,
standing positions months before, scoops confirmed and denied, sibling strikes and votes sharing numbers) and
`verdicts12_*` (40 reports, 14 events: a scoop confirmed five weeks on, a ministry's standing denial months before a
leak, a toll revised and an early cause overturned by an inquiry, a headline's arrest its body never states, sibling
strikes and votes) and `verdicts13_*` (41 reports, 15 events: a tabloid's defence pact against a joint statement of
consultations and a ministry's standing denial two months before, a chief executive's "no plans to sell" a month before
a scoop of sale talks, crowd figures from police and organisers, a toll revised and a cause overturned three weeks on,
a doping ban a headline makes "for life", sibling strikes, votes and fires) and `verdicts14_*` (42 reports, 15 events: a
tabloid's deaths the regulator denies, a levy an outlet reports thrown out and then corrects, a toll revised twice and a
cause overturned by an inquiry, a scoop confirmed and denied on the record, a minister's pledge months before board
papers against it, sibling recalls and votes of one week) were written the same way. Each set's reports are analysed together
into a fresh store; the bench prints the share of expected verdicts and
stances met, the misses by kind, and pairwise precision and recall of "same event" over the stories.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
CONTRARY = {"contradicted", "contested"}


def analysed(stories: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "newscheck", "analyze", str(stories), "--format", "json", "-o", str(out), "-q"]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode:
            raise SystemExit(f"newscheck analyze failed: {run.stderr.strip()}")
        return json.loads(out.read_text(encoding="utf-8"))


def verdict_miss(got: str, expected: set[str]) -> str:
    if got in CONTRARY and not expected & CONTRARY:
        return "false contradiction"
    if expected & CONTRARY:
        return "missed contradiction"
    return "false corroboration" if got == "corroborated" else "missed corroboration"


def stance_miss(got: str, expected: set[str]) -> str:
    if got == "agree":
        return "false corroboration"
    if got == "disagree":
        return "false contradiction"
    return "missed contradiction" if "disagree" in expected else "missed corroboration"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--stories", type=Path, help="reports, one JSON per line (default: both gold sets)")
    parser.add_argument("--expected", type=Path, help="what they should give")
    args = parser.parse_args()
    if args.stories and args.expected:
        sets = [(args.stories, args.expected)]
    else:
        sets = [
            (GOLD / f"{name}_stories.jsonl", GOLD / f"{name}_expected.jsonl")
            for name in ("verdicts", *(f"verdicts{n}" for n in range(2, 15)))
        ]
    for stories, expected in sets:
        print(f"== {stories.name}")
        score(stories, expected, args.verbose)
    return 0


def score(stories: Path, expected_path: Path, verbose: bool) -> None:
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_id = {json.loads(line)["url"]: json.loads(line)["id"] for line in stories.read_text(encoding="utf-8").splitlines()}
    report = analysed(stories)
    name = {a["id"]: gold_id[a["url"]] for a in report["articles"]}
    articles = {name[a["id"]]: a for a in report["articles"]}
    checks = {c["claim_id"]: c for c in report["crosschecks"]}

    def claim(article: str, words: str) -> dict | None:
        """The body's claim with these words, else the headline's (also where the words are the whole headline and
        its claim leaves out a kicker: "DEADLY POTS: ...")."""
        found = articles[article]
        headline = found.get("headline_claim") or {"text": ""}
        if headline["text"] and words.strip() == (found.get("headline") or "").strip():
            return headline
        return next((c for c in [*found["claims"], headline] if words in c["text"]), None)

    misses: Counter[str] = Counter()
    shown: list[str] = []
    verdicts = [e for e in expected if e["kind"] == "claim"]
    met = 0
    for row in verdicts:
        found = claim(row["article"], row["match"])
        check = checks.get(found["id"]) if found else None
        got = check["verdict"] if check else "unverified"  # a claim not checked is reported unverified
        if got in row["expect"]:
            met += 1
        else:
            kind = "claim not found" if found is None else verdict_miss(got, set(row["expect"]))
            misses[f"verdicts: {kind}"] += 1
            shown.append(f"verdict {kind}: {row['article']} “{row['match']}” -> {got}, expected {row['expect']}")
    pairs = [e for e in expected if e["kind"] == "pair"]
    pairs_met = 0
    for row in pairs:
        found = claim(row["claim_article"], row["claim"])
        evidence = checks[found["id"]]["evidence"] if found and found["id"] in checks else []
        from_article = [ev for ev in evidence if name[ev["article_id"]] == row["evidence_article"]]
        exact = [ev["stance"] for ev in from_article if row["evidence"] in ev["sentence"]]
        expect = set(row["expect"])
        if exact:
            got, ok = exact[0], exact[0] in expect
        elif from_article:  # the article's stance was carried by another of its sentences
            got = f"none (the article: {from_article[0]['stance']})"
            ok = not expect & {"agree", "disagree"} or from_article[0]["stance"] in expect
        else:
            got, ok = "none", "none" in expect
        if ok:
            pairs_met += 1
        else:
            kind = stance_miss(got.split()[-1].rstrip(")"), expect)
            misses[f"evidence: {kind}"] += 1
            shown.append(
                f"evidence {kind}: {row['claim_article']} “{row['claim']}” / {row['evidence_article']} “{row['evidence']}” -> {got}, expected {sorted(expect)}"
            )

    event_of = {a: e["event"] for e in expected if e["kind"] == "event" for a in e["articles"]}
    story_of = {name[i]: s["id"] for s in report["stories"] for i in s["article_ids"]}
    together = [
        (story_of.get(a) == story_of.get(b) is not None, event_of[a] == event_of[b]) for a, b in combinations(sorted(event_of), 2)
    ]
    joined = sum(said and gold for said, gold in together)
    precision = joined / max(1, sum(said for said, _ in together))
    recall = joined / max(1, sum(gold for _, gold in together))

    print(f"{len(articles)} reports, {len(report['crosschecks'])} cross-checks, {len(report['stories'])} stories")
    print(f"claim verdicts as expected   {met}/{len(verdicts)} ({met / len(verdicts):.2f})")
    print(f"evidence stances as expected {pairs_met}/{len(pairs)} ({pairs_met / len(pairs):.2f})")
    print(f"same event, pairwise         precision {precision:.2f}  recall {recall:.2f}")
    for kind, count in sorted(misses.items()):
        print(f"  {kind:40} {count}")
    if verbose:
        print("\n".join(shown))


if __name__ == "__main__":
    raise SystemExit(main())
