"""`briefer brief -o FILE` without --format writes what the file's name promises: `.md`
Markdown, `.json` JSON, anything else plain text; an explicit --format always wins. Before,
`-o brief.md` wrote the terminal text format under a Markdown name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

STORY = "Talks resume\n\nGENEVA, 2023-03-01 (Lakeside Wire) - Negotiators met in Geneva.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _brief(story: Path, out: Path, *extra: str) -> str:
    assert main(["brief", str(story), "-o", str(out), *extra]) == 0
    return out.read_text(encoding="utf-8")


def test_md_suffix_writes_markdown(story: Path, tmp_path: Path) -> None:
    text = _brief(story, tmp_path / "brief.md")
    assert text.startswith("---\n") and "\n# " in text  # front matter, then a heading


def test_json_suffix_writes_json(story: Path, tmp_path: Path) -> None:
    data = json.loads(_brief(story, tmp_path / "Brief.JSON"))
    assert [s["title"] for s in data["sources"]] == ["Talks resume"]


def test_other_suffix_writes_text(story: Path, tmp_path: Path) -> None:
    text = _brief(story, tmp_path / "brief.txt")
    assert not text.startswith("---") and not text.startswith("{")
    assert "Talks resume" in text


def test_explicit_format_wins_over_the_suffix(story: Path, tmp_path: Path) -> None:
    text = _brief(story, tmp_path / "brief.md", "--format", "text")
    assert not text.startswith("---")
    data = json.loads(_brief(story, tmp_path / "other.md", "--json"))
    assert data["sources"][0]["title"] == "Talks resume"


def test_stdout_stays_text(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(story)]) == 0
    out = capsys.readouterr().out
    assert not out.startswith("---") and "Talks resume" in out
