"""Fixtures for the sources tests: the committed sample files under tests/fixtures/sources."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
