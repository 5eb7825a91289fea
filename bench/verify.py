"""Stories + cross-checks over 1,000 and 10,000 generated articles: time, memory, growth.

    .venv/bin/python bench/verify.py [--sizes 1000 10000] [--days 90] [--seed 1]

Articles are generated from a vocabulary (fictional places, people, outlets; see
``generate``): stories of one to four independent reports of one event, plus the
copies syndication makes of them (verbatim under other page chrome, spun with a
synonym table, truncated), spread over ``--days`` days. Each report carries two
claims (its lead and a named source's statement) so the verify stage has work.

Each size runs in a fresh subprocess, so the peak resident memory (ru_maxrss) is
that size's own. Model loading is timed apart; the stories time includes copy
families and MiniLM embedding of every family's headline + lead. Cross-checks
run with the shipped stance model (its inference is part of the time). It also prints how well the
generated stories and families were recovered (pair precision/recall), since a
fast wrong answer is no answer.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ONSETS = "Ka Lo Mi Tor Vel Sa Bren Dal Fen Gor Har Is Jal Kor Lun Mar Nor Ost Pel Quin Ros Sel Tam Ul Var Wen Yr Zan".split()
MIDDLES = ["", "a", "e", "i", "o", "ar", "el", "in", "or", "u"]
ENDINGS = "vik dal mar sen berg holm ton ria nes ford ley stad wick gard ov ens ak ur".split()
GIVEN = (
    "Anna Boris Clara Dmitri Elena Farid Greta Hugo Ines Jonas Karin Luca Mira Nils Olga Pavel Rosa Sami "
    "Tilde Viktor Wanda Yusuf Zora Anton Beata Cyril Dora Emil Freya Gustav Hanna Ivo Jana Kasper Lena Milos"
).split()
COUNTRIES = "Valdoria Norland Estravia Korvenia Lusatia Marenland Ostrevia Pelagonia Saruna Tessaly".split()
ROLES = [
    "the interior minister",
    "the regional governor",
    "the city's mayor",
    "a police spokesperson",
    "the company's chief executive",
    "the union's general secretary",
    "a court spokesperson",
    "the fire chief",
]
OUTLET_WORDS = "Herald Gazette Courier Ledger Times Post Tribune Observer Chronicle Dispatch Record Sentinel".split()

# Event types: headline and lead templates (several wordings, as different outlets write) and body lines.
EVENTS = {
    "fire": (
        [
            "Fire at {org} plant in {place} injures {n} workers",
            "{n} hurt as blaze hits {org} site in {place}",
            "{place} factory fire: {org} halts production",
        ],
        [
            "A fire at the {org} plant in {place} injured {n} workers on {day}, the fire service said.",
            "Firefighters battled a blaze at a {org} factory in {place} for hours on {day}; {n} workers were taken to hospital.",
            "Production at the {org} site in {place} stopped on {day} after a fire that left {n} workers hurt, officials said.",
        ],
        [
            "Fire chief {p2} said the fire started in a storage hall shortly after {h} a.m.",
            "About {m} residents were told to keep windows closed.",
            '"The blaze is under control and there is no danger to the public," {p2} said.',
            "{org} said it would investigate the cause together with the labour inspectorate.",
        ],
    ),
    "strike": (
        [
            "{org} workers to strike for {n} days over pay",
            "{org} staff vote for {n}-day walkout in {place}",
            "Pay talks fail as {org} strike looms in {place}",
        ],
        [
            "Workers at {org} in {place} will strike for {n} days from {day} after pay talks broke down, their union said.",
            "Staff at {org} voted to walk out for {n} days starting {day}, the union in {place} announced.",
            "A {n}-day strike at {org} in {place} will go ahead on {day} after negotiations on wages failed, union leaders said.",
        ],
        [
            "Union leader {p2} said the offer of a {m} percent raise was far too low.",
            '"Our members have had enough," {p2} said.',
            "{org} said it would run a reduced service and urged customers to plan ahead.",
            "{p1} called on both sides to return to talks.",
        ],
    ),
    "election": (
        [
            "{p1} wins {place} mayoral vote with {m}% of ballots",
            "{place} elects {p1} as mayor",
            "Voters in {place} hand victory to {p1}",
        ],
        [
            "{p1} won the mayoral election in {place} on {day} with {m} percent of the vote, the electoral commission said.",
            "Voters in {place} chose {p1} as their new mayor on {day}, giving {m} percent of ballots to the {country} opposition candidate.",
            "The mayoral race in {place} ended on {day} with {p1} taking {m} percent, according to official results.",
        ],
        [
            "Turnout was {n}0 percent, the commission said.",
            '"This is a victory for every neighbourhood of {place}," {p1} told supporters.',
            "Runner-up {p2} conceded defeat late on {day}.",
            "The new mayor takes office next month.",
        ],
    ),
    "storm": (
        [
            "Storm {p1last} cuts power to {m} homes in {place}",
            "Thousands without power in {place} after storm",
            "{place} cleans up after Storm {p1last}",
        ],
        [
            "Storm {p1last} cut power to about {m} homes in and around {place} on {day}, the grid operator said.",
            "High winds from Storm {p1last} left some {m} households in {place} without electricity on {day}.",
            "Crews in {place} worked through {day} to restore power to {m} homes after Storm {p1last} brought down lines.",
        ],
        [
            "Gusts reached {n}0 kilometres per hour, forecaster {p2} said.",
            '"Stay away from fallen lines," {p2} said.',
            "Rail services in the region were suspended for several hours.",
            "{org}, the grid operator, said most homes would be reconnected within a day.",
        ],
    ),
    "merger": (
        [
            "{org} agrees to buy rival {org2} for {m} million",
            "{org} to acquire {org2} in {m} million deal",
            "{org2} accepts {m} million takeover by {org}",
        ],
        [
            "{org} agreed on {day} to buy its {place}-based rival {org2} for {m} million, the companies said.",
            "In a {m} million deal announced on {day}, {org} will take over {org2} of {place}.",
            "{org2}, based in {place}, accepted a {m} million takeover offer from {org} on {day}.",
        ],
        [
            "Chief executive {p1} said the deal would save {n}0 million a year.",
            '"Together we will be stronger," {p1} said.',
            "The competition authority in {country} must approve the deal.",
            "Shares in {org2} rose {n} percent.",
        ],
    ),
    "court": (
        [
            "Court jails former {place} official {p1} for {n} years",
            "{p1} sentenced to {n} years for bribery",
            "Ex-official {p1} of {place} convicted of taking bribes",
        ],
        [
            "A court in {place} sentenced former city official {p1} to {n} years in prison on {day} for taking bribes, a court spokesperson said.",
            "Former {place} official {p1} was jailed for {n} years on {day} after judges found him guilty of bribery.",
            "Judges in {place} on {day} convicted {p1}, a former official, of accepting bribes and gave him {n} years.",
        ],
        [
            "Prosecutors said {p1} took {m} thousand in cash from building firms.",
            "Defence lawyer {p2} said his client would appeal.",
            '"Justice has been done," prosecutor {p2} told reporters.',
            "Two businessmen were also convicted.",
        ],
    ),
    "bridge": (
        [
            "{place} closes {p1last} Bridge over safety fears",
            "{p1last} Bridge in {place} shut after inspection",
            "Inspectors force closure of {place}'s {p1last} Bridge",
        ],
        [
            "Authorities in {place} closed the {p1last} Bridge on {day} after an inspection found corroded cables, the transport department said.",
            "The {p1last} Bridge in {place} was shut to traffic on {day} when inspectors found rust in its cables.",
            "{place} shut its {p1last} Bridge on {day} following an inspection that found serious corrosion, officials said.",
        ],
        [
            "Commissioner {p2} said the bridge would remain closed for at least {n} weeks.",
            "About {m} vehicles used the bridge each day.",
            '"We will not take risks with public safety," {p2} said.',
            "Repairs are expected to cost {n}0 million.",
        ],
    ),
    "protest": (
        [
            "Thousands protest in {place} against {org} mine plan",
            "{place} residents march against new {org} mine",
            "Protest in {place} over {org} mining project",
        ],
        [
            "Thousands of people marched through {place} on {day} to protest against a plan by {org} to open a new mine, police said.",
            "Residents of {place} took to the streets on {day} against {org}'s proposed mine, with police estimating {m} marchers.",
            "About {m} people protested in {place} on {day} against the mine that {org} wants to build nearby, organisers said.",
        ],
        [
            "Police put the crowd at about {m}.",
            "Organiser {p2} said the mine would poison the river.",
            '"We will not let them dig here," {p2} said.',
            "{org} said the mine would create {n}00 jobs.",
        ],
    ),
}
SPIN = {
    "said": "stated",
    "injured": "hurt",
    "workers": "employees",
    "fire": "blaze",
    "started": "began",
    "residents": "locals",
    "closed": "shut",
    "strike": "walkout",
    "union": "labour union",
    "offer": "proposal",
    "raise": "pay rise",
    "told": "informed",
    "won": "secured",
    "election": "vote",
    "percent": "per cent",
    "homes": "houses",
    "power": "electricity",
    "agreed": "consented",
    "rival": "competitor",
    "deal": "agreement",
    "sentenced": "handed",
    "prison": "jail",
    "inspection": "examination",
    "found": "discovered",
    "bridge": "crossing",
    "remain": "stay",
    "protest": "demonstrate",
    "marched": "walked",
    "plan": "proposal",
    "police": "officers",
    "reporters": "journalists",
    "cost": "price",
    "expected": "anticipated",
    "public": "general public",
    "would": "will",
    "about": "around",
    "after": "following",
    "safety": "security",
}
REPORT_LINES = [(0, 2), (1, 3), (3, 0)]  # which body lines each independent report of a story uses
CLOSINGS = [
    "{country} officials said they were following the situation closely.",
    "Asked about the events, {role} declined to comment.",
    "The government of {country} has not commented publicly.",
]
# Filler sentences give each report its own wording, as real reporting has: a large combinatorial grammar.
WHO = [
    "Local business owners",
    "Neighbours",
    "Opposition politicians",
    "Regional authorities",
    "Several witnesses",
    "An independent engineer",
    "A retired teacher",
    "Shopkeepers nearby",
    "Two senior officials",
    "A local historian",
    "Environmental groups",
    "Parents at a nearby school",
]
VERB = [
    "warned that",
    "said that",
    "noted that",
    "complained that",
    "argued that",
    "recalled that",
    "insisted that",
    "suggested that",
]
THING = [
    "the old harbour",
    "the ring road",
    "the water supply",
    "the night bus",
    "the market square",
    "the town budget",
    "the main hospital",
    "the rail depot",
    "the grain silo",
    "the river embankment",
    "the council office",
    "the ferry pier",
    "the tram line",
    "the sports hall",
    "the post office",
]
STATE = [
    "had been neglected for {k} years",
    "needed urgent repairs",
    "was closed until {month}",
    "had cost {k} million more than planned",
    "would reopen in {month}",
    "had never been busier",
    "was falling apart",
    "was expected to be sold",
    "had doubled in price since {year}",
    "was under investigation",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
CHROME = ("Advertisement\n\nShare this article\n\n", "\n\nRead more on {outlet}\n\n© {year} {outlet}. All rights reserved.")


def _name(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(ENDINGS)


def _filler(rng: random.Random) -> str:
    state = rng.choice(STATE).format(k=rng.randint(2, 40), month=rng.choice(MONTHS), year=rng.randint(1990, 2024))
    return f"{rng.choice(WHO)} {rng.choice(VERB)} {rng.choice(THING)} {state}."


def _spin(text: str) -> str:
    return " ".join(SPIN.get(word, word) for word in text.split(" "))


def generate(count: int, days: int, seed: int) -> list[dict]:
    """``count`` articles: dicts with id, story, family, headline, body, published, source, claims."""
    rng = random.Random(seed)
    outlets = [f"The {_name(rng)} {rng.choice(OUTLET_WORDS)}" for _ in range(40)]
    start = date(2026, 1, 1)
    articles: list[dict] = []
    story = 0
    while len(articles) < count:
        story += 1
        kind = rng.choice(sorted(EVENTS))
        headlines, leads, lines = EVENTS[kind]
        first = f"{rng.choice(GIVEN)} {_name(rng)}"
        values = {
            "place": _name(rng),
            "org": f"{_name(rng)} {rng.choice(['Group', 'Industries', 'Energy', 'Mining', 'Holdings'])}",
            "org2": f"{_name(rng)} {rng.choice(['Group', 'Industries', 'Systems'])}",
            "p1": first,
            "p1last": first.split()[1],
            "p2": f"{rng.choice(GIVEN)} {_name(rng)}",
            "country": rng.choice(COUNTRIES),
            "n": rng.randint(2, 9),
            "m": rng.randint(11, 950),
            "h": rng.randint(6, 11),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        }
        day = start + timedelta(days=rng.randrange(days))
        first_wording = rng.randrange(3)
        for report in range(rng.choice([1, 1, 2, 2, 3, 3])):
            # Independent reports of one event: another wording, other body lines, another closing.
            wording = (first_wording + report) % 3
            outlet = rng.choice(outlets)
            body_lines = [lines[i] for i in REPORT_LINES[report]]
            paragraphs = [leads[wording].format(**values)] + [line.format(**values) for line in body_lines]
            paragraphs[2:2] = [_filler(rng) + " " + _filler(rng) for _ in range(3)]
            paragraphs.append(CLOSINGS[report].format(country=values["country"], role=rng.choice(ROLES)))
            original = {
                "story": story,
                "family": f"{story}-{report}",
                "headline": headlines[wording].format(**values),
                "body": "\n\n".join(paragraphs),
                "published": (day + timedelta(days=rng.choice([0, 0, 1]))).isoformat(),
                "source": f"https://{outlet.lower().replace(' ', '-')}.test/{story}/{report}",
                "speaker": values["p2"],
                "actors": [values["country"], values["org"], values["place"]],
                "kind": kind,
            }
            articles.append(original)
            for copy in rng.sample(["verbatim", "spun", "truncated"], k=rng.choice([0, 0, 1, 2])):
                body = original["body"]
                if copy == "verbatim":
                    body = CHROME[0] + body + CHROME[1].format(outlet=rng.choice(outlets), year=day.year)
                elif copy == "spun":
                    body = _spin(body)
                else:
                    body = "\n\n".join(paragraphs[: (len(paragraphs) + 1) // 2])
                articles.append({**original, "body": body, "source": original["source"] + f"/{copy}"})
    return articles[:count]


def to_reports(generated: list[dict]):
    """ArticleReports with two check-worthy claims each: the lead and the named source's first line."""
    from newscheck.records import Article, ArticleReport, Claim, Event

    reports = []
    for number, item in enumerate(generated):
        body = item["body"]
        paragraphs = body.split("\n\n")
        claims = []
        for index, sentence in enumerate(p for p in paragraphs if len(p.split()) > 8 and not p.startswith("Advertisement")):
            if index >= 2:
                break
            begin = body.find(sentence)
            claims.append(
                Claim(
                    id=f"a{number}-c{index}",
                    text=sentence,
                    attributed_to=item["speaker"],
                    source_type="named",
                    hedged=False,
                    negated=False,
                    checkworthy=0.8,
                    start=begin,
                    end=begin + len(sentence),
                    actors=item["actors"][:2],
                    events=[Event(type=item["kind"], source=item["actors"][1], target=item["actors"][2])],
                )
            )
        article = Article(
            id=f"a{number}",
            source=item["source"],
            headline=item["headline"],
            body=body,
            paragraphs=paragraphs,
            published=item["published"],
            byline="By Staff",
            url=item["source"],
        )
        reports.append(ArticleReport(article=article, claims=claims))
    return reports


def _pair_scores(found: list[list[str]], truth: dict[str, object]) -> tuple[float, float]:
    """Pair precision and recall of a clustering against true labels, from contingency counts."""

    def pairs(sizes) -> int:
        return sum(s * (s - 1) // 2 for s in sizes)

    joint = Counter((n, truth[a]) for n, cluster in enumerate(found) for a in cluster)
    together = pairs(joint.values())
    found_pairs = pairs(len(c) for c in found)
    true_pairs = pairs(Counter(truth.values()).values())
    return together / max(found_pairs, 1), together / max(true_pairs, 1)


def run_size(count: int, days: int, seed: int) -> dict:
    """One size in this process: generate, load models, time stories and cross-checks."""
    from newscheck.config import Settings
    from newscheck.encoder import encode
    from newscheck.families import copy_families
    from newscheck.stance import get_model
    from newscheck.stories import build_stories
    from newscheck.vectors import lead
    from newscheck.verify import verify

    generated = generate(count, days, seed)
    reports = to_reports(generated)
    settings = Settings()
    started = time.perf_counter()
    encode(["warm the embedding model"])
    result: dict = {"size": count, "model_load_s": time.perf_counter() - started}
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Where the stories time goes, measured apart: copy families, and the embedding rate.
    started = time.perf_counter()
    copy_families([r.article for r in reports], settings)
    result["families_s"] = time.perf_counter() - started
    sample = [f"{r.article.headline}. {lead(r.article.paragraphs)}" for r in reports[:256]]
    started = time.perf_counter()
    encode(sample)
    result["embed_per_s"] = len(sample) / (time.perf_counter() - started)

    started = time.perf_counter()
    stories = build_stories(reports, settings)
    result["stories_s"] = time.perf_counter() - started
    result["stories"] = len(stories)
    story_truth = {f"a{n}": item["story"] for n, item in enumerate(generated)}
    family_truth = {f"a{n}": item["family"] for n, item in enumerate(generated)}
    result["story_precision"], result["story_recall"] = _pair_scores([s.article_ids for s in stories], story_truth)
    families = [f for s in stories for f in s.families]
    result["families"] = len(families)
    result["family_precision"], result["family_recall"] = _pair_scores(families, family_truth)

    started = time.perf_counter()
    crosschecks = verify(reports, stories, settings, stance=get_model())
    result["verify_s"] = time.perf_counter() - started
    result["crosschecks"] = len(crosschecks)
    result["verdicts"] = dict(Counter(c.verdict for c in crosschecks))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["peak_rss_over_models_mb"] = result["peak_rss_mb"] - rss_loaded / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--days", type=int, default=90, help="days the generated articles are spread over")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.days, args.seed)))
        return

    results = []
    for size in args.sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--days", str(args.days), "--seed", str(args.seed)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        results.append(result)
        work = result["stories_s"] + result["verify_s"]
        print(f"{size:>6} articles: {result['stories']} stories in {result['stories_s']:.1f} s", end="")
        print(f", {result['crosschecks']} cross-checks in {result['verify_s']:.1f} s {result['verdicts']}", end="")
        print(
            f"; total {work:.1f} s; peak RSS {result['peak_rss_mb']:.0f} MB ({result['peak_rss_over_models_mb']:.0f} MB over loaded models)"
        )
        embed_s = result["families"] / result["embed_per_s"]
        print(
            f"        of which copy families {result['families_s']:.1f} s, embedding {result['families']} family leads "
            f"~{embed_s:.1f} s ({result['embed_per_s']:.0f} texts/s)"
        )
        print(
            f"        model load {result['model_load_s']:.1f} s (not counted); stories pair precision/recall "
            f"{result['story_precision']:.3f}/{result['story_recall']:.3f}; families {result['family_precision']:.3f}/{result['family_recall']:.3f}"
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = (large["stories_s"] + large["verify_s"]) / (small["stories_s"] + small["verify_s"])
        print(
            f"growth {small['size']} -> {large['size']}: {ratio:.1f}x in time (target <= 15x), "
            f"{large['peak_rss_mb'] / small['peak_rss_mb']:.1f}x in peak RSS"
        )


if __name__ == "__main__":
    main()
