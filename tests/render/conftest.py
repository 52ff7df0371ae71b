"""Fixtures for the renderer tests (the helpers live in render_support.py)."""

from __future__ import annotations

import pytest
from render_support import kosovo_briefing

from briefer.briefing.model import Briefing


@pytest.fixture
def briefing() -> Briefing:
    return kosovo_briefing()
