"""Markdown and JSON export load neither rich nor textual (fast CLI start, headless use)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefer.render.text import detect_color_system


def test_markdown_and_json_do_not_import_rich_or_textual() -> None:
    code = (
        "import sys\n"
        "import briefer.render.markdown, briefer.render.json, briefer.render.export\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'textual'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_terminal_imports_rich_but_not_textual() -> None:
    code = (
        "import sys\n"
        "import briefer.render.terminal, briefer.render.text\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'textual'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['rich']"


@pytest.mark.parametrize(
    ("colorterm", "term", "expected"),
    [
        ("truecolor", "xterm", "truecolor"),
        ("24bit", "", "truecolor"),
        ("", "xterm-256color", "256"),
        ("", "xterm", "standard"),
        ("", "", "standard"),
    ],
)
def test_detect_color_system(
    colorterm: str, term: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLORTERM", colorterm)
    monkeypatch.setenv("TERM", term)
    assert detect_color_system() == expected
