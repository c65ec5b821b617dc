"""Shared fixtures: the real pipeline (built once per session) and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test with a clear reason when absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not available: {p} (tests that read ../shared/data skip here)")
    return p


@pytest.fixture(scope="session")
def settings():
    from sitrep.settings import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def coder(settings):
    from sitrep.pipeline import Coder

    return Coder(settings)


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp
