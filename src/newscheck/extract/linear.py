"""The segmenter's learned readings: logistic regressions shipped as plain arrays beside a JSON manifest.

Each model is `<name>.npz` (weights, bias, and the mean and scale its features are standardised by) and
`<name>.json` (format version, feature names, threshold, what it was fitted on and its held-out figures), in
`models/extract/`, fitted by `python -m newscheck.extract.segmenter_train`. Loading checks the feature names, so a
model fitted on other features is refused by name rather than read wrongly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "extract"
FORMAT_VERSION = 1


@dataclass
class LinearModel:
    """P(yes) over features scaled by `mean` and `scale`; `threshold`, where its reader draws a line (None where the
    reader takes the likeliest of several)."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float | None = None

    @classmethod
    def load(cls, name: str, features: tuple[str, ...], directory: Path = MODEL_DIR) -> LinearModel:
        manifest = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION or tuple(manifest.get("features", ())) != features:
            raise ValueError(
                f"{directory / name}: a model of other features or format; retrain it (python -m newscheck.extract.segmenter_train)"
            )
        with np.load(directory / f"{name}.npz") as arrays:
            weights, bias, mean, scale = arrays["weights"], float(arrays["bias"]), arrays["mean"], arrays["scale"]
        if not len(weights) == len(mean) == len(scale) == len(features):
            raise ValueError(f"{directory / name}: {len(weights)} weights for {len(features)} features; retrain it")
        return cls(weights, bias, mean, scale, manifest.get("threshold"))

    def save(self, name: str, features: tuple[str, ...], directory: Path, extra: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez(directory / f"{name}.npz", weights=self.weights, bias=self.bias, mean=self.mean, scale=self.scale)
        manifest = {"format_version": FORMAT_VERSION, "features": list(features), "threshold": self.threshold, **extra}
        (directory / f"{name}.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    def probability(self, features: np.ndarray) -> np.ndarray:
        logits = (((features - self.mean) / self.scale) * self.weights).sum(axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))
