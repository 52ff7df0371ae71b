"""Shared fixtures. Every test runs with BRIEFER_HOME in a temporary folder, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"


@pytest.fixture(autouse=True)
def briefer_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("briefer_home")
    monkeypatch.setenv("BRIEFER_HOME", str(home))
    yield home


@pytest.fixture
def sample_docs() -> Path:
    return SAMPLE_DOCS
