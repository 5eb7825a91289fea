"""Train the shipped stance model on FNC-1 (CPU, fixed seeds) and write its model card.

python -m newscheck.stance.train --data ../shared/data/fnc1 --out src/newscheck/models/stance
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from newscheck.encoder import ONNX_PATH, SentenceEncoder, export_int8
from newscheck.stance.data import Fnc, Pair, Split, implied_pairs, load_fnc, split
from newscheck.stance.evaluation import Evaluation, evaluate, with_topic_intervals
from newscheck.stance.features import N_RELATEDNESS, Featurizer, PreparedText, columns
from newscheck.stance.forest import CompiledBoosting
from newscheck.stance.model import (
    LABELS,
    MODEL_NAME,
    STANCES,
    AveragedClassifier,
    Estimators,
    StanceHead,
    StanceModel,
    is_short_passage,
    save_estimators,
)
from newscheck.stance.polarity import PolarityModel, polarity_labels
from newscheck.stance.text import CUE_FAMILIES, split_sentences, words

SEED = 7
GENERAL_MIN_TOPICS = 15  # a word must occur in this many training topics to enter the word bags
FOLDS = 5
WEIGHT_POWERS = (0.5, 0.75, 1.0)  # class weight = (inverse frequency) ** power, chosen by grouped CV on whole bodies
# The mildest class weighting whose grouped-CV macro-F1 is within this of the best: heavier weighting
# buys little macro-F1 and calls more reports of conflict ("rejected the offer") disagreement.
CV_TOLERANCE = 0.01
EXCERPT_SIZES = (1, 2)  # each training pair also appears as an excerpt of 1 or 2 sentences (alternating)


def _cached_embedder(encoder: SentenceEncoder, texts: list[str], cache_dir: Path | None, key: str):
    """Embed every FNC text once; with --cache the vectors are kept between runs (experiments)."""
    cache = cache_dir / f"embeddings-{key}.npz" if cache_dir else None
    if cache and cache.exists():
        stored = np.load(cache, allow_pickle=True)
        table = dict(zip(stored["texts"].tolist(), stored["vectors"]))
    else:
        table = {}
    missing = [t for t in texts if t not in table]
    if missing:
        started = time.time()
        table.update(zip(missing, encoder.encode(missing)))
        print(f"embedded {len(missing)} texts in {time.time() - started:.0f}s", flush=True)
        if cache:
            cache_dir.mkdir(parents=True, exist_ok=True)
            np.savez(cache, texts=np.array(list(table), dtype=object), vectors=np.stack(list(table.values())))

    def embed(batch):
        return np.stack([table[t] for t in batch]) if batch else np.zeros((0, encoder.dim), np.float32)

    return embed


def general_vocabulary(fnc: Fnc, train_topics: dict[int, int]) -> list[str]:
    """Words used across many training topics: stance and function words, not story names."""
    per_topic: dict[int, set[str]] = {}
    for body_id, topic in train_topics.items():
        per_topic.setdefault(topic, set()).update(words(fnc.bodies[body_id]))
    counts = Counter(w for ws in per_topic.values() for w in ws)
    return sorted(w for w, c in counts.items() if c >= GENERAL_MIN_TOPICS)


CARRYING_CUES = {"disagree": ("refute", "negation"), "discuss": ("hedge", "question")}
# Cues that would make an excerpt read as another stance than its label: no excerpt sentence of an agree
# pair may hedge, doubt or refute, none of a discuss pair may refute (a short denial labelled discuss
# teaches the model that denials are discussion).
CONTRARY_CUES = {"agree": ("refute", "hedge", "question"), "discuss": ("refute",)}
STANCE_CUES = ("refute", "negation", "hedge", "question")
BAG_SIZE, BAG_FEATURES = 5, 0.6  # stage 2 ships as the average of 5 models, each split seeing 60% of the features
EXCERPT_POOL = 5  # an excerpt's lead sentence is picked among this many closest
# Tree shapes. Stage 2 must carry over to topics it never saw: small, heavily regularised trees that stop
# sooner, chosen by grouped CV (docs/stance/experiments.md).
STAGE1_TREES = {"max_iter": 300, "max_leaf_nodes": 15, "min_samples_leaf": 30, "l2_regularization": 1.0}
STAGE2_TREES = {"max_iter": 150, "max_leaf_nodes": 5, "min_samples_leaf": 300, "l2_regularization": 30.0}
EXCERPT_WEIGHT = 0.5  # an excerpt row's weight in stage 2 (whole bodies: 1), so excerpts do not outvote bodies


def excerpt_sentences(text: PreparedText, ranked: np.ndarray, label: str, size: int) -> list[int]:
    """The sentences a training pair is also shown as: among the closest ones, led by the closest that can
    carry the pair's label on its own (a denial cue for disagree, a hedge for discuss, none of those
    for agree), and free of cues contrary to the label where the closest sentences allow. The label
    belongs to the whole body; this makes it true of the excerpt more often."""
    pool = [int(i) for i in ranked[:EXCERPT_POOL]]
    contrary = [CUE_FAMILIES.index(f) for f in CONTRARY_CUES.get(label, ())]
    clean = [i for i in pool if text.cues[i, contrary].sum() == 0]
    if label in CARRYING_CUES:
        wanted = [CUE_FAMILIES.index(f) for f in CARRYING_CUES[label]]
        fits = [i for i in clean if text.cues[i, wanted].sum() > 0]
    elif label == "agree":
        unwanted = [CUE_FAMILIES.index(f) for f in STANCE_CUES]
        fits = [i for i in pool if text.cues[i, unwanted].sum() == 0]
    else:
        fits = []
    lead = fits[0] if fits else int(ranked[0])
    followers = [i for i in clean if i != lead] + [int(i) for i in ranked if i != lead and i not in clean]
    return [lead, *followers[: size - 1]]


def featurize(
    featurizer: Featurizer, fnc: Fnc, pairs: list[Pair], embed, excerpts: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dense and wide features, one row per pair, and which rows are short passages (read by the short
    head); with `excerpts`, followed by one row per pair for 1 or 2 of its body's sentences only
    (`excerpt_sentences`), so that short passages (how cross-source verification calls the model) are
    in training."""
    body_ids = sorted({p.body_id for p in pairs})
    headlines = sorted({p.headline for p in pairs})
    texts = dict(zip(body_ids, featurizer.prepare_texts([fnc.bodies[b] for b in body_ids], embed)))
    claims = dict(zip(headlines, featurizer.prepare_claims(headlines, embed)))
    whole: list[tuple[np.ndarray, np.ndarray]] = []
    short: list[tuple[np.ndarray, np.ndarray]] = []
    for k, p in enumerate(pairs):
        claim, text = claims[p.headline], texts[p.body_id]
        d, w, ranked = featurizer.pair(claim, text)
        whole.append((d, w))
        if excerpts:
            chosen = excerpt_sentences(text, ranked, p.label, EXCERPT_SIZES[k % len(EXCERPT_SIZES)])
            short.append(featurizer.pair(claim, text.excerpt(chosen))[:2])
    rows = whole + short
    passages = [is_short_passage(texts[p.body_id]) for p in pairs] + [True] * len(short)  # excerpts: 1-2 sentences
    return np.stack([d for d, _ in rows]), np.stack([w for _, w in rows]), np.array(passages)


def fit_polarity(featurizer: Featurizer, fnc: Fnc, data: Split, embed) -> tuple[PolarityModel, dict[int, PolarityModel]]:
    """The shipped polarity model, and per training topic one fitted without that topic's fold:
    training pairs must get out-of-fold polarity scores, as unseen pairs do at prediction time."""
    labels = polarity_labels(((p.headline, p.body_id, p.label) for p in data.train), fnc.bodies)
    headline_topic = {p.headline: data.train_topics[p.body_id] for p in data.train if p.label != "unrelated"}
    headlines, bodies, reports = sorted(labels.headlines), sorted(labels.bodies), sorted(labels.committed)
    related_headlines = sorted(labels.claims_committed)  # the polarity-labelled headlines are among them
    prepared_claims = dict(zip(related_headlines, featurizer.prepare_claims(related_headlines, embed)))
    claims = [prepared_claims[h] for h in headlines]
    prepared = dict(zip(reports, featurizer.prepare_texts([fnc.bodies[b] for b in reports], embed)))
    texts = [prepared[b] for b in bodies]
    claim_topics = [headline_topic[h] for h in headlines]
    text_topics = [data.train_topics[b] for b in bodies]
    report_topics = [data.train_topics[b] for b in reports]
    related_topics = [headline_topic[h] for h in related_headlines]

    def fit_without(held: set[int]) -> PolarityModel:
        keep_c = [k for k, t in enumerate(claim_topics) if t not in held]
        keep_t = [k for k, t in enumerate(text_topics) if t not in held]
        keep_r = [k for k, t in enumerate(report_topics) if t not in held]
        keep_h = [k for k, t in enumerate(related_topics) if t not in held]
        return PolarityModel.fit(
            [claims[k] for k in keep_c], [labels.headlines[headlines[k]] for k in keep_c],
            [texts[k] for k in keep_t], [labels.bodies[bodies[k]] for k in keep_t],
            [prepared[reports[k]] for k in keep_r], [labels.committed[reports[k]] for k in keep_r],
            [prepared_claims[related_headlines[k]] for k in keep_h],
            [labels.claims_committed[related_headlines[k]] for k in keep_h],
        )  # fmt: skip

    pair_topics = np.array([data.train_topics[p.body_id] for p in data.train])
    per_topic: dict[int, PolarityModel] = {}
    for _, held_idx in GroupKFold(FOLDS).split(pair_topics, groups=pair_topics):
        held = set(pair_topics[held_idx].tolist())
        model = fit_without(held)
        per_topic.update((t, model) for t in held)
    print(
        f"polarity labels: {len(headlines)} headlines, {len(bodies)} bodies;"
        f" commitment labels: {len(reports)} bodies, {len(related_headlines)} headlines",
        flush=True,
    )
    return fit_without(set()), per_topic


def featurize_out_of_fold(
    featurizer: Featurizer, fnc: Fnc, data: Split, embed, per_topic: dict[int, PolarityModel]
) -> tuple[np.ndarray, np.ndarray]:
    """`featurize` with excerpts over the training pairs (all whole-body rows, then all excerpt rows),
    each pair scored by the polarity model that never saw its topic."""
    groups: dict[PolarityModel, list[int]] = {}
    for k, p in enumerate(data.train):
        groups.setdefault(per_topic[data.train_topics[p.body_id]], []).append(k)
    n = len(data.train)
    dense, wide, positions = [], [], []
    for model, indices in groups.items():
        featurizer.polarity = model
        d, w, _ = featurize(featurizer, fnc, [data.train[k] for k in indices], embed, excerpts=True)
        dense.append(d)
        wide.append(w)
        positions += indices + [n + k for k in indices]  # where featurize's whole-body, then excerpt, rows belong
    featurizer.polarity = None
    order = np.argsort(positions)
    return np.vstack(dense)[order], np.vstack(wide)[order]


def _boosting(seed: int, trees: dict, max_features: float = 1.0) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(learning_rate=0.05, max_features=max_features, random_state=seed, **trees)


def _wide_model() -> LogisticRegression:
    return LogisticRegression(C=0.5, max_iter=300, tol=1e-3, class_weight="balanced")


def _weights(y: np.ndarray, power: float) -> np.ndarray:
    counts = Counter(y.tolist())
    return np.array([(len(y) / (len(counts) * counts[v])) ** power for v in y])


def fit(fnc: Fnc, data: Split, featurizer: Featurizer, embed, implied: list[Pair]) -> tuple[Estimators, dict]:
    """Train on the training pairs and the `implied` ones; grouped CV scores the observed pairs only."""
    n_observed = len(data.train)
    data = replace(data, train=data.train + implied)
    polarity, per_topic = fit_polarity(featurizer, fnc, data, embed)
    dense, wide = featurize_out_of_fold(featurizer, fnc, data, embed, per_topic)
    featurizer.polarity = polarity
    print(f"featurized {len(data.train)} training pairs ({len(implied)} implied), each also as a short excerpt", flush=True)
    y = np.array([p.label for p in data.train] * 2)
    groups = np.array([data.train_topics[p.body_id] for p in data.train] * 2)
    related = y != "unrelated"
    stage1 = CompiledBoosting(_boosting(SEED, STAGE1_TREES).fit(dense[:, :N_RELATEDNESS], related))
    whole_rows = np.arange(len(y)) < len(data.train)  # whole bodies first, then their excerpts
    observed = (np.arange(len(y)) % len(data.train)) < n_observed  # not implied
    rows = (y, groups, dense, wide, whole_rows, observed)
    # The whole-text head does without the whole text's cue summaries: a topic's bodies share their vocabulary,
    # and its trees learned topics from them (grouped CV, see the model card). For a passage of one or two
    # sentences they are the passage's own cues, and the short head keeps them.
    every_column = np.arange(dense.shape[1])
    whole_columns = np.setdiff1d(every_column, columns("text cue"))
    whole, whole_info = fit_head("whole bodies", *(r[related & whole_rows] for r in rows), whole_columns)
    short, short_info = fit_head("short passages", *(r[related] for r in rows), every_column)
    info = {"implied": Counter(p.label for p in implied), "whole": whole_info, "short": short_info}
    return Estimators(featurizer, stage1, whole, short), info


def fit_head(
    name: str,
    ys: np.ndarray,
    groups: np.ndarray,
    dense: np.ndarray,
    wide: np.ndarray,
    whole_rows: np.ndarray,
    observed: np.ndarray,
    columns: np.ndarray,
) -> tuple[StanceHead, dict]:
    """One stage 2 over related rows: the wide regression's out-of-fold probabilities stacked on the dense
    features it reads (`columns`), class weighting chosen by grouped CV on the observed pairs' whole bodies,
    then the bagged boosting models fitted on every row (excerpt rows weighed EXCERPT_WEIGHT)."""
    folds = list(GroupKFold(FOLDS).split(dense, ys, groups))
    oof = np.zeros((len(ys), len(STANCES)))
    for fit_idx, held_idx in folds:
        oof[held_idx] = _wide_model().fit(wide[fit_idx], ys[fit_idx]).predict_proba(wide[held_idx])
    wide_f1 = evaluate(ys.tolist(), [STANCES[i] for i in oof.argmax(1)], STANCES).macro_f1
    print(f"stage 2 for {name}: wide model out-of-fold macro-F1 {wide_f1:.3f}", flush=True)
    stacked = np.hstack([dense[:, columns], oof])
    row_weight = np.where(whole_rows, 1.0, EXCERPT_WEIGHT)
    scored = observed & whole_rows  # what grouped CV scores: the observed pairs' whole bodies
    cv, cv_whole, cv_disagree = {}, {}, {}
    for power in WEIGHT_POWERS:
        predicted = np.empty(len(ys), dtype=object)
        for fit_idx, held_idx in folds:
            weights = _weights(ys[fit_idx], power) * row_weight[fit_idx]
            model = _boosting(SEED, STAGE2_TREES).fit(stacked[fit_idx], ys[fit_idx], sample_weight=weights)
            predicted[held_idx] = model.predict(stacked[held_idx])
        cv[power] = evaluate(ys[observed].tolist(), predicted[observed].tolist(), STANCES).macro_f1
        whole = evaluate(ys[scored].tolist(), predicted[scored].tolist(), STANCES)
        cv_whole[power], cv_disagree[power] = whole.macro_f1, whole.per_class_f1["disagree"]
        print(
            f"  class-weight power {power}: grouped-CV macro-F1 {cv[power]:.3f} (all its rows),"
            f" {cv_whole[power]:.3f} (whole bodies), disagree F1 (whole bodies) {cv_disagree[power]:.3f}",
            flush=True,
        )
    best = max(cv_whole.values())
    power = min(k for k, v in cv_whole.items() if v >= best - CV_TOLERANCE)
    weights = _weights(ys, power) * row_weight
    stance = AveragedClassifier(
        [
            CompiledBoosting(_boosting(SEED + k, STAGE2_TREES, max_features=BAG_FEATURES).fit(stacked, ys, sample_weight=weights))
            for k in range(BAG_SIZE)
        ]
    )
    info = {"weight_power": power, "cv_macro_f1": cv, "cv_whole_macro_f1": cv_whole, "cv_disagree_f1": cv_disagree}
    return StanceHead(_wide_model().fit(wide, ys), stance, columns), info


def predict_split(estimators: Estimators, fnc: Fnc, pairs: list[Pair], embed) -> list[str]:
    dense, wide, short = featurize(estimators.featurizer, fnc, pairs, embed)
    related = estimators.related_proba(dense)
    stance = estimators.stance_proba(dense, wide, short)
    scores = np.hstack([stance * related[:, None], (1 - related)[:, None]])
    return [LABELS[i] for i in scores.argmax(axis=1)]


def worst_disagree_topic(gold: list[str], predicted: list[str], topics: list[int]) -> dict:
    """The held-out topic with the most false disagreements, and disagree F1 without it (errors come in topics)."""
    false = Counter(t for g, p, t in zip(gold, predicted, topics) if p == "disagree" and g != "disagree")
    topic, count = false.most_common(1)[0]
    kept = [(g, p) for g, p, t in zip(gold, predicted, topics) if t != topic]
    without = evaluate([g for g, _ in kept], [p for _, p in kept])
    return {"false": count, "all_false": sum(false.values()), "f1_without": without.per_class_f1["disagree"]}


def model_card(data: Split, result: Evaluation, worst: dict, info: dict, seconds: float, files: dict[str, int]) -> str:
    """A short card: data, split, recipe, validation figures (with ranges over redrawn topics), grouped CV,
    timing and files. The history of what was tried lives in docs/stance/experiments.md."""

    def counts(pairs: list[Pair]) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.label for p in pairs).items()))

    heads = [
        f"- {name}: class-weight power {info[key]['weight_power']}, grouped-CV macro-F1 "
        f"{info[key]['cv_whole_macro_f1'][info[key]['weight_power']]:.3f}, disagree F1 "
        f"{info[key]['cv_disagree_f1'][info[key]['weight_power']]:.3f} (whole bodies, {FOLDS} topic folds)"
        for name, key in (("whole-text head", "whole"), ("short-passage head", "short"))
    ]
    lines = [
        "# newscheck stance model",
        "",
        "Agree, disagree, discuss or unrelated: a text's stance toward a claim (FNC-1's headline/body task).",
        "Written by `python -m newscheck.stance.train` (`make train-stance`); regenerate, do not edit by hand.",
        "What was tried and measured on the way: docs/stance/experiments.md.",
        "",
        "## Data and split",
        "FNC-1 training split only (1,683 bodies, 49,972 pairs); the competition test split was never used.",
        f"Whole topics held out for validation ({data.n_validation_topics} of {data.n_topics}, bodies joined by a related headline):",
        f"- train: {len(data.train)} pairs ({counts(data.train)})",
        f"- validation: {len(data.validation)} pairs ({counts(data.validation)})",
        "",
        "## Recipe",
        "Stage 1 (gradient boosting on MiniLM and TF-IDF similarity, word and bigram overlap) gives P(related);",
        "stage 2 (a logistic regression over embedding interactions and topic-independent word bags, feeding",
        "bagged gradient boosting over cue counts and polarity) gives P(stance | related), once for whole texts",
        "and once for passages of one or two sentences. A text read as agreeing or discussing that states the",
        "claim's opposite outcome (newscheck/terms.py) reads as disagreeing. Sentence embeddings: the shared",
        "int8 MiniLM encoder (newscheck/encoder.py).",
        *heads,
        "",
        "## Validation (held-out topics, the shipped files end to end)",
        "```",
        *result.lines(),
        "```",
        f"The held-out topic with the most false disagreements holds {worst['false']} of {worst['all_false']}; "
        f"without it disagree F1 is {worst['f1_without']:.3f}.",
        "",
        "## Training",
        f"- {seconds / 60:.1f} min on {os.cpu_count()} CPU cores ({platform.machine()}, {platform.system()}), seeds fixed.",
        "- Files: " + ", ".join(f"{name} ({size / 1e6:.1f} MB)" for name, size in files.items()),
        "",
        "## Limits",
        "- Trained on 2016-2017 English news (FNC-1); other genres and languages are untested.",
        "- Disagree is rare and gathers in few topics: its held-out F1 moves by about ±0.12 between fair draws.",
        "- Opposite outcomes outside the list of newscheck/terms.py read as agreeing; claim-level verdicts",
        "  across outlets use the claim-level judge (newscheck/judge), not this model.",
        "- Speed depends on the CPU's int8 instructions (bench/stance.py prints which CPU ran it).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="FNC-1 directory (train_bodies.csv, train_stances.csv)")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write")
    parser.add_argument("--cache", type=Path, default=None, help="keep sentence embeddings here between runs")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    started = time.time()
    random.seed(SEED)
    np.random.seed(SEED)
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = ONNX_PATH
    onnx_path.parent.mkdir(parents=True, exist_ok=True)
    export_int8(onnx_path)
    key = hashlib.sha256(onnx_path.read_bytes()).hexdigest()[:16]
    fnc = load_fnc(args.data)
    data = split(fnc)
    print(
        f"train {len(data.train)} pairs, validation {len(data.validation)} pairs ({data.n_validation_topics} topics)", flush=True
    )
    encoder = SentenceEncoder(onnx_path, args.threads)
    texts = sorted({s.text for b in fnc.bodies.values() for s in split_sentences(b)} | {p.headline for p in fnc.pairs})
    embed = _cached_embedder(encoder, texts, args.cache, key)
    train_bodies = sorted({p.body_id for p in data.train})
    featurizer = Featurizer.fit(
        [fnc.bodies[b] for b in train_bodies] + sorted({p.headline for p in data.train}),
        general_vocabulary(fnc, data.train_topics),
    )
    implied = implied_pairs(data.train, data.train_topics)
    estimators, info = fit(fnc, data, featurizer, embed, implied)
    gold = [p.label for p in data.validation]
    cached_result = evaluate(gold, predict_split(estimators, fnc, data.validation, embed))
    print("validation, cached embeddings:\n" + "\n".join(cached_result.lines()), flush=True)
    save_estimators(estimators, args.out / MODEL_NAME)
    model = StanceModel.load(args.out, args.threads, encoder)  # the shipped files, end to end
    results = model.predict([p.headline for p in data.validation], [fnc.bodies[p.body_id] for p in data.validation])
    predicted = [r.label for r in results]
    topics = [data.validation_topics[p.body_id] for p in data.validation]
    result = with_topic_intervals(gold, predicted, topics)
    worst = worst_disagree_topic(gold, predicted, topics)
    print("shipped model:\n" + "\n".join(result.lines()), flush=True)
    seconds = time.time() - started
    shipped = [ONNX_PATH, *sorted(args.out.glob("*.joblib"))]
    files = {p.name: p.stat().st_size for p in shipped}
    card = model_card(data, result, worst, info, seconds, files)
    (args.out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    print(f"training took {seconds / 60:.1f} min; wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
