"""Hostile inputs against every reader: counts cases and crashes by type (the target is zero).

    .venv/bin/python bench/fuzz.py [--cases 100000] [--seed 1] [--atheris 0]

Each case is one generated input, fed to the stage that reads it: raw bytes of every shape to ingest and
extract (random bytes, random Unicode with lone surrogates and control characters, truncated and
deeply nested HTML, huge lines, malformed feeds, WARC/ARC records and JSONL); lines of the stance JSONL
to the claim-level and FNC-1 readers' parser; reports with hostile strings to the three renderers; short
hostile texts to the attribution stage (parsed, so fewer of them). A crash is any exception other than
the stage's own refusal (`InputError` items, `ExtractError`, a JSONL line's `ValueError`). With
`--atheris N`, N more runs of coverage-guided fuzzing of `extract` follow (needs the atheris package).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable

WORDS = (
    "the port strike ended after talks in Lessa minister said on Tuesday “we will not resign” officials police "
    "according to reports denied 12 workers were killed Kremlin Beijing alliance ministry spokesperson"
).split()
NASTY = [
    "\ud800",
    "\udfff",
    "\x00",
    "\x07",
    "\u202e",
    "\ufeff",
    "\u200b",
    "\r",
    "\x1b[31m",
    "‘",
    "”",
    "«",
    "…",
    "\u2028",
    "🦀",
    "ä",
    "<",
    "&",
    ">",
]


def nasty_text(rng: random.Random, words: int = 40) -> str:
    parts = []
    for _ in range(rng.randint(0, words)):
        roll = rng.random()
        parts.append(rng.choice(NASTY) if roll < 0.15 else rng.choice(WORDS) if roll < 0.85 else chr(rng.randint(0, 0x2FFFF)))
        parts.append(rng.choice([" ", " ", "\n", "\n\n", ". ", ", ", ""]))
    return "".join(parts)


def _encode(text: str, rng: random.Random) -> bytes:
    codec = rng.choice(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8"])
    data = text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")
    if rng.random() < 0.3 and data:
        spot = rng.randrange(len(data))
        data = data[:spot] + bytes([rng.randrange(256)]) + data[spot + 1 :]
    return data


def html_page(rng: random.Random) -> bytes:
    depth = rng.choice([0, 3, 50, 400])
    body = (
        "<div>" * depth
        + f"<h1>{nasty_text(rng, 8)}</h1>"
        + "".join(f"<p>{nasty_text(rng)}</p>" for _ in range(rng.randint(0, 6)))
    )
    page = f"<!doctype html><html><head><title>{nasty_text(rng, 6)}</title></head><body>{body}" + "</div>" * rng.randint(0, depth)
    if rng.random() < 0.3:
        page = page[: rng.randint(0, len(page))]  # truncated
    return _encode(page, rng)


def feed(rng: random.Random) -> bytes:
    items = "".join(
        f"<item><title>{nasty_text(rng, 5)}</title><link>{rng.choice(['', 'not a url', 'ftp://x'])}</link>"
        f"<description>{nasty_text(rng, 80)}</description></item>"
        for _ in range(rng.randint(0, 4))
    )
    text = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
    return _encode(text[: rng.randint(0, len(text))] if rng.random() < 0.3 else text, rng)


def archive(rng: random.Random) -> bytes:
    payload = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + html_page(rng)
    if rng.random() < 0.5:
        length = len(payload) + rng.choice([0, 0, -5, 17])
        record = (
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.test/a\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % length + payload + b"\r\n\r\n"
        )
    else:
        record = (
            b"filedesc://x.arc 0.0.0.0 20260101000000 text/plain 0\n\nhttp://example.test/a 1.2.3.4 20260101000000 text/html %d\n"
            % (len(payload) + rng.choice([0, -3, 9]))
            + payload
        )
    return gzip.compress(record) if rng.random() < 0.4 else record


def jsonl(rng: random.Random) -> bytes:
    lines = []
    for _ in range(rng.randint(0, 5)):
        roll = rng.random()
        if roll < 0.2:
            lines.append(nasty_text(rng, 10))
        elif roll < 0.3:
            lines.append("{" * rng.choice([1, 30, 3000]))
        else:
            obj = {rng.choice(["text", "html", "body", "url", "headline", "published", "authors", "x"]): rng.choice(
                [nasty_text(rng, 60), 12, None, ["a", 3], {"k": "v"}, "x" * rng.choice([0, 50, 3000, 70000])]
            ) for _ in range(rng.randint(0, 4))}  # fmt: skip
            lines.append(json.dumps(obj, ensure_ascii=rng.random() < 0.5))
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


def raw_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))


def huge_line(rng: random.Random) -> bytes:
    return _encode(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1000, 40000))), rng)


# (generator, weight): the slow readers (HTML through trafilatura, pages of 40,000 words) get fewer cases
INPUTS: dict[str, tuple[Callable[[random.Random], bytes], int]] = {
    "random bytes": (raw_bytes, 25),
    "unicode text": (lambda rng: _encode(nasty_text(rng, 300), rng), 25),
    "html": (html_page, 6),
    "feed": (feed, 15),
    "warc/arc": (archive, 15),
    "jsonl": (jsonl, 12),
    "huge line": (huge_line, 2),
}


def read_input(data: bytes) -> None:
    """Ingest then extract, as the pipeline does; refusals are answers, not crashes."""
    from newscheck.config import Settings
    from newscheck.extract import ExtractError, extract
    from newscheck.ingest import ingest
    from newscheck.records import Document

    settings = Settings(progress=False)
    for item in ingest(["-"], settings, stdin=io.BytesIO(data)):
        if isinstance(item, Document):
            try:
                extract(item, settings)
            except ExtractError:
                pass


def stance_line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return nasty_text(rng, 20)
    record = {"id": rng.choice([1, "a", None, nasty_text(rng, 2)]), "headline": rng.choice([nasty_text(rng, 12), "", 5]),
              "body": rng.choice([nasty_text(rng, 50), "", None])}  # fmt: skip
    return json.dumps(record, ensure_ascii=rng.random() < 0.5)


def parse_stance_line(line: str) -> None:
    from newscheck.stance.jsonl import _parse

    try:
        _parse(line)
    except ValueError:
        pass


def hostile_report(rng: random.Random):  # noqa: ANN201 - records.Report
    from newscheck.records import (
        Article,
        ArticleReport,
        Claim,
        Crosscheck,
        CrosscheckEvidence,
        HeadlineSupport,
        Quote,
        Report,
        Signal,
        Story,
    )  # fmt: skip

    body = nasty_text(rng, 60) or "x"
    article = Article(id="a1", source=nasty_text(rng, 3), headline=nasty_text(rng, 8) + "<script>alert(1)</script>", body=body,
                      paragraphs=body.split("\n\n"), byline=nasty_text(rng, 3))  # fmt: skip
    start = rng.randint(0, len(body))
    end = rng.randint(start, len(body))
    claim = Claim("c1", body[start:end], nasty_text(rng, 3), "named", False, False, rng.random(), start, end)
    quote = Quote(body[start:end], nasty_text(rng, 2), None, "unnamed", True, rng.random() < 0.5, start, end)
    item = ArticleReport(article, quotes=[quote], claims=[claim],
                         headline_support=HeadlineSupport("partial", [body[start:end]], nasty_text(rng, 8)),
                         signals=[Signal("loaded_language", "info", nasty_text(rng, 10), [nasty_text(rng, 5)])])  # fmt: skip
    check = Crosscheck("c1", "a1", rng.choice(["corroborated", "contradicted", "contested", "unverified"]),
                       [CrosscheckEvidence("a1", nasty_text(rng, 8), "disagree", 0, 3, clash=nasty_text(rng, 4))], 2, rng.random())  # fmt: skip
    return Report([item], [Story("s1", nasty_text(rng, 5), ["a1"], [["a1"]])], [check])


def render_all(report) -> None:  # noqa: ANN001
    from newscheck.report import render

    for fmt in ("json", "md", "html"):
        text = render(report, fmt)
        if fmt == "html" and "<script>alert(1)</script>" in text:
            raise AssertionError("a headline's script reached the HTML unescaped")


def attribute_text(text: str) -> None:
    """A text given as a string (as the Python API takes one) through extract, annotate and attribute."""
    from newscheck.annotate import annotate
    from newscheck.attribute import attribute
    from newscheck.config import Settings
    from newscheck.extract import ExtractError, extract
    from newscheck.records import Document

    settings = Settings(workers=1, progress=False)
    try:
        article = extract(Document(source="fuzz", content=text, kind="text"), settings)
    except ExtractError:
        return
    [annotation] = annotate([article], settings)
    attribute(article, annotation)


def run(cases: int, seed: int) -> tuple[Counter, Counter, list[str]]:
    rng = random.Random(seed)
    counts: Counter = Counter()
    crashes: Counter = Counter()
    examples: list[str] = []
    shares = [("input", 0.86), ("stance jsonl", 0.09), ("renderers", 0.048), ("attribution", 0.002)]
    for n in range(cases):
        roll, target = rng.random(), "input"
        for name, share in shares:
            if roll < share:
                target = name
                break
            roll -= share
        try:
            if target == "input":
                kind = rng.choices(list(INPUTS), weights=[weight for _, weight in INPUTS.values()])[0]
                target = f"input: {kind}"
                read_input(INPUTS[kind][0](rng))
            elif target == "stance jsonl":
                parse_stance_line(stance_line(rng))
            elif target == "renderers":
                render_all(hostile_report(rng))
            else:
                attribute_text(nasty_text(rng, 80))
        except Exception as exc:  # every crash is counted, by stage and type
            crashes[(target, type(exc).__name__)] += 1
            if len(examples) < 5:
                examples.append(f"case {n} ({target}): " + "".join(traceback.format_exception_only(exc)).strip())
        counts[target] += 1
        if (n + 1) % 10_000 == 0:
            print(f"{n + 1} cases, {sum(crashes.values())} crashes", file=sys.stderr, flush=True)
    return counts, crashes, examples


def run_atheris(runs: int) -> None:
    import atheris

    def one(data: bytes) -> None:
        try:
            read_input(data)
        except Exception:
            print(traceback.format_exc(), file=sys.stderr)
            raise

    atheris.Setup([sys.argv[0], f"-runs={runs}"], one)
    atheris.Fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--atheris", type=int, default=0, help="runs of coverage-guided fuzzing of ingest + extract")
    args = parser.parse_args()
    started = time.perf_counter()
    counts, crashes, examples = run(args.cases, args.seed)
    seconds = time.perf_counter() - started
    print(f"{sum(counts.values())} cases in {seconds:.0f} s (seed {args.seed}), crashes: {sum(crashes.values())}")
    for target, count in sorted(counts.items()):
        print(f"  {target:<22} {count:>7} cases")
    for (target, kind), count in sorted(crashes.items()):
        print(f"  crash {target} {kind}: {count}")
    for line in examples:
        print("  " + line)
    if args.atheris:
        run_atheris(args.atheris)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
