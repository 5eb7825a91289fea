"""The stance model is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def stance_model():
    from newscheck.stance import get_model

    return get_model()
