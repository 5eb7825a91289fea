"""Shared fixtures: the canonical seeds live in ../shared beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples"


def _seed_path(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.fail(f"seed {prefix} not found under {SEEDS}: put ../shared beside the checkout")
    return matches[0]


@pytest.fixture(scope="session")
def seed_000() -> Path:
    """The 'military alliance' page: headline beyond what its quoted spokesperson said."""
    return _seed_path("000")


@pytest.fixture(scope="session")
def seed_001() -> Path:
    """The teaser-rail page: unnamed officials and an unclosed quote."""
    return _seed_path("001")
