"""`briefer brief`: files and folders, queries, formats, output files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main

FIRST = "\n\n".join(
    [
        "Thai and Cambodian troops trade fire at disputed temple",
        "Thai and Cambodian soldiers exchanged fire on Wednesday near a disputed temple on the "
        "border, and Thailand closed two crossings with Cambodia.",
        "ASEAN chair Anwar Ibrahim urged Thailand and Cambodia to show restraint. Japan voiced "
        "concern about civilians near the frontier.",
        "The dispute dates back to a 1907 map drawn when Cambodia was under French rule.",
    ]
)
SECOND = "\n\n".join(
    [
        "Cambodia and Thailand agree to talks after border clash",
        "Thailand and Cambodia agreed on Friday to hold talks in Kuala Lumpur, two days after "
        "their troops clashed near the temple.",
        "The United States welcomed the agreement and said it supported a peaceful settlement.",
    ]
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "2031-05-14-temple-clash.txt").write_text(FIRST, encoding="utf-8")
    (root / "2031-05-16-talks-agreed.txt").write_text(SECOND, encoding="utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["brief", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_follows_the_contract(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, str(folder), "--format", "json")
    assert code == 0
    data = json.loads(out)
    keys = [s["key"] for s in data["sections"]]
    assert keys[:3] == ["background", "actors", "reactions"]
    assert [s["date"] for s in data["sources"]] == ["2031-05-14", "2031-05-16"]
    reactions = next(s for s in data["sections"] if s["key"] == "reactions")["items"]
    assert {r["actor"] for r in reactions} >= {"ASEAN", "Japan", "United States"}
    source_ids = {s["id"] for s in data["sources"]}
    assert all(r["source"] in source_ids and r["paragraph"] >= 1 for r in reactions)


def test_single_file_in_markdown_and_plain_text(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(folder / "2031-05-14-temple-clash.txt")
    code, out, _err = run(capsys, path, "--format", "markdown")
    assert code == 0 and "ASEAN" in out
    code, out, _err = run(capsys, path)
    assert code == 0
    assert "\x1b[" not in out  # not a terminal: no colour
    assert "The dispute dates back" in out


def test_output_file_needs_force_to_overwrite(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.json"
    assert run(capsys, str(folder), "-f", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["sections"]
    code, _out, err = run(capsys, str(folder), "-f", "json", "-o", str(target))
    assert code == 1 and err.count("\n") == 1
    assert run(capsys, str(folder), "-f", "json", "-o", str(target), "--force")[0] == 0


def test_no_paths_and_no_library_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert err.startswith("briefer: ") and err.count("\n") == 1


def test_missing_path_is_a_one_line_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, str(tmp_path / "nothing-here"))
    assert code == 1 and err.count("\n") >= 1 and "Traceback" not in err


def test_query_briefs_the_matching_indexed_documents(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefer.index import Library

    with Library() as library:
        library.sync([folder])
    code, out, _err = run(capsys, "--query", "Kuala Lumpur", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [s["title"] for s in data["sources"]] == [
        "Cambodia and Thailand agree to talks after border clash"
    ]
    code, out, _err = run(capsys, "--format", "json")  # the whole library
    assert code == 0 and len(json.loads(out)["sources"]) == 2


def test_files_over_the_max_file_mb_setting_are_skipped(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`brief PATH` skips what `index` would skip: the limit is the user's, not the default."""
    from briefer import config

    (folder / "long-report.txt").write_text(SECOND + "\n\n" + "Talks went on. " * 8_000)
    config.save_settings(config.Settings(max_file_mb=0.1))
    code, out, err = run(capsys, str(folder), "--format", "json")
    assert code == 0
    assert len(json.loads(out)["sources"]) == 2
    assert "long-report.txt: too large" in err
    code, _out, err = run(capsys, str(folder / "long-report.txt"))
    assert code == 1 and "long-report.txt: too large" in err


def test_skipped_names_are_reported_in_display_form(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken symlink named with ESC[2J would clear the screen when its skip is reported."""
    (folder / "gone\x1b[2J\u202e.md").symlink_to(folder / "nowhere.md")
    code, _out, err = run(capsys, str(folder), "--format", "json")
    assert code == 0
    assert "briefer: skipped " in err and "gone\\x1b[2J\\u202e.md: broken symlink" in err
    assert "\x1b" not in err and "\u202e" not in err


def test_why_each_file_was_skipped_is_said_before_nothing_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, str(tmp_path / "notes.docx"), str(tmp_path / "empty.txt"))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[-1] == "briefer: no readable documents in the given paths"
    assert any("notes.docx: unsupported file type" in line for line in lines[:-1])
    assert any("empty.txt" in line for line in lines[:-1])
