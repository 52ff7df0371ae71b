"""`briefer search --unread` lists what the reader has not marked read: a script can ask what
came in since the person last read the library."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefer.cli.main import main
from briefer.read_state import ReadState

TALKS = "Talks resume\n\nGENEVA, 2023-03-01 (Lakeside Wire) - Negotiators met in Geneva.\n"
NOTES = "# Geneva notes\n\nNotes on the Geneva talks and the negotiators.\n"


def _search(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert main(["search", *argv, "-f", "json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_unread_leaves_out_what_the_reader_marked_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    (folder / "notes.md").write_text(NOTES, encoding="utf-8")
    assert main(["index", str(folder)]) == 0
    capsys.readouterr()
    every = _search(["geneva"], capsys)
    assert every["total"] == 2
    talks = next(r for r in every["results"] if r["path"].endswith("talks.txt"))
    ReadState().set_read([talks["id"]])
    unread = _search(["geneva", "--unread"], capsys)
    assert unread["total"] == 1
    assert [Path(r["path"]).name for r in unread["results"]] == ["notes.md"]
    assert _search(["geneva"], capsys)["total"] == 2  # without the flag, every match
