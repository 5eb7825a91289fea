"""Claim-level judge on hand-labelled claim–sentence pairs: quality, against two baselines, and speed.

    .venv/bin/python bench/claims.py [--gold bench/gold/claims_dev.jsonl]

The default set, bench/gold/claims_dev.jsonl (372 pairs over 24 fictional stories), was written and
labelled before any judge read it and is never trained or tuned on; the judge is fitted on
bench/gold/claims_tune.jsonl (other stories). Prints accuracy, agree and disagree precision and recall,
false contradictions per 100 pairs, the confusion matrix, the judge's answers per kind of pair, and
pairs/s from cold texts (parse, encoder and features included, model loading not). Baselines on the
same pairs: MiniLM cosine alone (agree at >= 0.75, unrelated below 0.3, discuss between) and the FNC-1
stance model reading each sentence as a one-sentence text.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELS = ("agree", "disagree", "discuss", "unrelated")
COSINE_AGREE, COSINE_RELATED = 0.75, 0.3


def scores(gold: list[str], said: list[str]) -> dict[str, float]:
    out = {"accuracy": sum(g == s for g, s in zip(gold, said)) / len(gold)}
    for label in ("agree", "disagree"):
        hits = sum(g == s == label for g, s in zip(gold, said))
        out[f"{label} precision"] = hits / max(1, sum(s == label for s in said))
        out[f"{label} recall"] = hits / max(1, sum(g == label for g in gold))
    out["false contradictions /100"] = 100 * sum(s == "disagree" != g for g, s in zip(gold, said)) / len(gold)
    return out


def line(name: str, figures: dict[str, float]) -> str:
    return f"{name:<22}" + "  ".join(f"{k} {v:.3f}" if "/100" not in k else f"{k} {v:.2f}" for k, v in figures.items())


def cpu() -> str:
    flags = ""
    try:
        text = Path("/proc/cpuinfo").read_text()
        flags = "VNNI" if "avx512_vnni" in text or "avx_vnni" in text else "AVX2" if "avx2" in text else "no AVX2"
    except OSError:
        pass
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {flags}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=REPO / "bench" / "gold" / "claims_dev.jsonl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [r["label"] for r in rows]
    print(f"{args.gold.name}: {len(rows)} pairs, {len({r['story'] for r in rows})} stories, "
          f"labels {dict(Counter(gold))}; CPU: {cpu()}")  # fmt: skip

    from newscheck.encoder import get_encoder
    from newscheck.judge import get_judge
    from newscheck.judge.text import parser as judge_parser

    judge = get_judge()
    judge_parser()
    get_encoder().encode(["warm-up"])
    started = time.perf_counter()
    judged = judge.judge([r["claim"] for r in rows], [r["sentence"] for r in rows], [r.get("context") or None for r in rows])
    seconds = time.perf_counter() - started
    said = [j.label for j in judged]
    print(line("claim-level judge", scores(gold, said)))
    print(f"{'':<22}{len(rows) / seconds:.0f} pairs/s ({seconds:.2f} s, every text read cold)")

    encoder = get_encoder()
    claims, sentences = encoder.encode([r["claim"] for r in rows]), encoder.encode([r["sentence"] for r in rows])
    cosine = (claims * sentences).sum(axis=1)
    baseline = ["agree" if c >= COSINE_AGREE else "discuss" if c >= COSINE_RELATED else "unrelated" for c in cosine]
    print(line("MiniLM cosine", scores(gold, baseline)))
    from newscheck.stance import get_model

    stance = [r.label for r in get_model().predict([r["claim"] for r in rows], [r["sentence"] for r in rows])]
    print(line("FNC-1 stance model", scores(gold, stance)))

    print("\nconfusion (rows gold, columns judge):", "  ".join(LABELS))
    for label in LABELS:
        print(f"  {label:<10}", "  ".join(f"{sum(g == label and s == other for g, s in zip(gold, said)):>5}" for other in LABELS))
    per_kind: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row, label in zip(rows, said):
        per_kind[(row["label"], row["kind"])][label] += 1
    print("\nper kind (gold label / kind: the judge's answers)")
    for (label, kind), answers in sorted(per_kind.items()):
        right = answers[label] / sum(answers.values())
        print(f"  {label:<9} {kind:<30} {right:5.2f}  {dict(answers)}")
    clashes = Counter(j.clash.kind for j in judged if j.clash)
    print(f"\ncontradictions by clash: {dict(clashes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
