"""Every command that prints JSON takes both spellings: `-f/--format json` (as `brief` had it)
and `--json` (as `search`, `index` and `inspect` had it). A reader who had learnt one got
"unrecognized arguments" from the other commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

STORY = "Talks resume\n\nGENEVA, 2023-03-01 (Lakeside Wire) - Negotiators met in Geneva.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "talks.txt").write_text(STORY, encoding="utf-8")
    return folder


def _out(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("spelling", [["--json"], ["--format", "json"], ["-f", "json"]])
def test_each_command_prints_json_with_either_spelling(
    story: Path, capsys: pytest.CaptureFixture[str], spelling: list[str]
) -> None:
    indexed = json.loads(_out(["index", str(story), *spelling], capsys))
    assert [Path(p).name for p in indexed["added"]] == ["talks.txt"]
    found = json.loads(_out(["search", "geneva", *spelling], capsys))
    assert found["total"] == 1 and found["results"][0]["title"] == "Talks resume"
    briefing = json.loads(_out(["brief", str(story / "talks.txt"), *spelling], capsys))
    assert [s["title"] for s in briefing["sources"]] == ["Talks resume"]
    doc = json.loads(_out(["inspect", str(story / "talks.txt"), *spelling], capsys))
    assert doc["title"] == "Talks resume"


def test_text_stays_the_default(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _out(["index", str(story)], capsys).startswith("1 document in the library: 1 added")
    assert _out(["search", "geneva"], capsys).startswith("1 result for geneva")
    assert _out(["search", "geneva", "-f", "text"], capsys).startswith("1 result for geneva")


def test_an_unknown_format_is_bad_usage(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "geneva", "--format", "yaml"]) == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err
