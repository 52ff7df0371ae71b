"""`briefer search --offset N`: the next page of results, in text and JSON; a negative offset is
bad usage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

DOCS = 12


@pytest.fixture
def indexed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """DOCS short articles on a river lock, all matching 'lock', indexed into BRIEFER_HOME."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(DOCS):
        locks = " ".join(["The lock gates stayed shut."] * (1 + n % 4))
        (folder / f"lock-{n:02d}.md").write_text(
            f"---\ntitle: Canal lock notice {n}\ndate: 2026-04-{n + 1:02d}\n---\n\n"
            f"Boat crews on reach {n} were told to wait. {locks} Engineers expect repairs soon.\n",
            encoding="utf-8",
        )
    assert main(["index", str(folder)]) == 0
    capsys.readouterr()


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["search", *argv, "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def _ids(data: dict[str, object]) -> list[str]:
    results = data["results"]
    assert isinstance(results, list)
    return [str(r["id"]) for r in results]


def test_offset_pages_through_the_json_results(
    indexed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = _json(["lock", "--limit", "50"], capsys)
    assert everything["total"] == DOCS and everything["offset"] == 0
    first = _json(["lock", "--limit", "5"], capsys)
    second = _json(["lock", "--limit", "5", "--offset", "5"], capsys)
    third = _json(["lock", "--limit", "5", "--offset", "10"], capsys)
    assert [second["offset"], third["offset"]] == [5, 10]
    assert second["total"] == third["total"] == DOCS
    assert second["facets"] == everything["facets"]
    assert _ids(first) + _ids(second) + _ids(third) == _ids(everything)
    past = _json(["lock", "--offset", "40"], capsys)
    assert past["results"] == [] and past["total"] == DOCS and past["offset"] == 40


def test_offset_by_date_continues_the_date_order(
    indexed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _json(["lock", "--sort", "date", "--limit", "3", "--offset", "3"], capsys)
    results = page["results"]
    assert isinstance(results, list)
    assert [r["date"] for r in results] == ["2026-04-09", "2026-04-08", "2026-04-07"]


def test_text_output_names_the_range(indexed: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "lock", "--limit", "4", "--offset", "4"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "results 5–8 of 12 for lock"
    numbers = [line.split(".")[0] for line in out.splitlines() if line[:1].isdigit()]
    assert numbers == ["5", "6", "7", "8"]  # hits keep their rank in the whole list
    assert "--offset 8 for the next" in out
    assert main(["search", "lock", "--limit", "4", "--offset", "8"]) == 0
    last = capsys.readouterr().out
    assert last.splitlines()[0] == "results 9–12 of 12 for lock"
    assert "for the next" not in last
    assert main(["search", "lock", "--offset", "30"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "no results from 31 on (12 in all) for lock"


def test_first_page_keeps_its_heading_and_says_where_the_next_starts(
    indexed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "lock", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "12 results for lock"
    assert "(results 1–5 of 12; --offset 5 for the next)" in out


@pytest.mark.parametrize("value", ["-1", "-20", "x"])
def test_a_negative_or_bad_offset_exits_2_with_one_line(
    indexed: None, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert main(["search", "lock", "--offset", value]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("briefer: ") and captured.err.count("\n") == 1
    assert "--offset" in captured.err
