"""Shared fixtures: the spaCy pipeline once per session, and ../shared data.

Tests that need the user's seed articles or the evaluation corpora read them
from ``../shared`` beside the repository at run time (never copied into the
project) and are skipped with a clear reason where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path.relative_to(REPO.parent)} is absent: this test needs ../shared beside the repo")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(scope="session")
def ctx():
    """One Context (and so one loaded spaCy pipeline) for the whole session."""
    from eventwire.config import Context

    return Context()


@pytest.fixture(scope="session")
def nlp(ctx):
    return ctx.nlp
