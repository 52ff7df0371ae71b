"""`briefer search` and `brief --query` read a word that opens with a minus clause
(`-filename:`, `-dir:`) as the query, wherever it stands, while `-f FORMAT` keeps working around
it. argparse took `-filename:*.txt` for `-f ilename:*.txt` once search gained `-f`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

TALKS = "Talks resume\n\nGENEVA, 2023-03-01 (Lakeside Wire) - Negotiators met in Geneva.\n"
NOTES = "# Geneva notes\n\nNotes on the Geneva talks and the negotiators.\n"


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "news"
    (folder / "drafts").mkdir(parents=True)
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    (folder / "drafts" / "notes.md").write_text(NOTES, encoding="utf-8")
    assert main(["index", str(folder)]) == 0
    capsys.readouterr()
    return folder


def _names(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(argv) == 0, capsys.readouterr().err
    return sorted(Path(r["path"]).name for r in json.loads(capsys.readouterr().out)["results"])


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "-filename:*.txt", "geneva", "-f", "json"],
        ["search", "-f", "json", "-filename:*.txt", "geneva"],
        ["search", "geneva", "-FileName:*.TXT", "-fjson"],
        ["search", "-filename:*.txt", "geneva", "-f=json"],
        ["search", "--format", "json", "geneva", "-filename:talks"],
    ],
)
def test_a_leading_minus_clause_is_the_query_beside_any_spelling_of_f(
    library: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert _names(argv, capsys) == ["notes.md"]


def test_minus_dir_is_the_query_too(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = str(library / "drafts")
    assert _names(["search", f"-dir:{drafts}", "geneva", "--json"], capsys) == ["talks.txt"]
    assert _names(["search", "geneva", "--json"], capsys) == ["notes.md", "talks.txt"]


def test_f_with_an_unknown_format_is_still_bad_usage(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "geneva", "-f", "ilename:*.txt"]) == 2
    assert "invalid choice: 'ilename:*.txt'" in capsys.readouterr().err
    assert main(["search", "geneva", "--offset", "-1"]) == 2  # a negative number: a value
    assert "must be 0 or more" in capsys.readouterr().err


def test_brief_query_may_open_with_a_minus_clause(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # argparse took '-filename:*.txt' for an option, leaving --query without its value
    assert main(["brief", "--query", "-filename:*.txt", "-f", "json"]) == 0, capsys.readouterr().err
    briefing = json.loads(capsys.readouterr().out)
    assert [Path(s["path"]).name for s in briefing["sources"]] == ["notes.md"]


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "geneva", "-f", "json", "resume"],
        ["search", "geneva", "--limit", "5", "resume", "--json"],
        ["search", "-filename:*.md", "--json", "OR", "resume"],
    ],
)
def test_options_may_stand_between_query_words(
    library: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """Every word is the query's wherever an option sits: argparse's plain parse took only the
    first run of words and refused the rest as 'unrecognized arguments'."""
    assert _names(argv, capsys) == ["talks.txt"]


def test_options_may_stand_between_paths_to_brief(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks, notes = library / "talks.txt", library / "drafts" / "notes.md"
    assert main(["brief", str(talks), "-f", "json", str(notes)]) == 0, capsys.readouterr().err
    paths = [s["path"] for s in json.loads(capsys.readouterr().out)["sources"]]
    assert sorted(Path(p).name for p in paths) == ["notes.md", "talks.txt"]
