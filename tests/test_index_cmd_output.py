"""`briefer index` output never replays control characters from file names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

HOSTILE = "b\x1b[2J\u202e.txt"


@pytest.mark.parametrize("as_json", [True, False])
def test_skipped_hostile_names_are_printable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    (tmp_path / HOSTILE).write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text("Headline\n\nA paragraph of text.\n", encoding="utf-8")
    argv = ["index", str(tmp_path)] + (["--json"] if as_json else [])
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    if as_json:
        data = json.loads(out)
        assert data["documents"] == 1
        assert len(data["skipped"]) == 1
        assert "binary" in data["skipped"][0]["reason"]
        shown = data["skipped"][0]["path"]
        assert "\x1b" not in shown and "\u202e" not in shown
    else:
        assert "skipped" in out and "binary" in out
