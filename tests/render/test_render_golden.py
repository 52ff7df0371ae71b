"""One whole briefing pinned byte for byte. Regenerate on purpose: UPDATE_GOLDEN=1 pytest ..."""

from __future__ import annotations

import os
from pathlib import Path

from render_support import GENERATED, kosovo_briefing

from briefer.render.markdown import render_markdown

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "briefing.md"


def test_markdown_matches_the_golden_file() -> None:
    rendered = render_markdown(kosovo_briefing(), generated=GENERATED)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(rendered, encoding="utf-8", newline="")
    expected = GOLDEN.read_text(encoding="utf-8")
    assert rendered == expected, "Markdown output changed; review, then UPDATE_GOLDEN=1 to accept"
