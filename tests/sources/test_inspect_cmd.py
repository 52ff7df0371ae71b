"""`briefer inspect`: the summary, the JSON, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main
from briefer.sources import Document


def test_inspect_summary(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures / "news_page.html"
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    fields = dict(line.split(None, 1) for line in lines[:11])
    assert fields["format"] == "html"
    assert fields["title"] == "Serbia puts army on alert over Kosovo barricades"
    assert fields["date"] == "2022-12-26"
    assert fields["source"] == "Danube Daily"
    assert fields["author"] == "Jelena Marić, Tom Reed"
    assert fields["tags"] == "Kosovo, Serbia, barricades"
    assert fields["path"] == str(path)
    assert len(fields["hash"]) == 12
    assert fields["paragraphs"] == "10"
    assert "[1] (heading) Serbia puts army on alert over Kosovo barricades" in lines
    assert "[5] (quote)" in out
    assert "[6]" not in out  # only the first five paragraphs
    assert "… 5 more paragraphs" in lines


def test_long_paragraphs_are_truncated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long one\n\n" + "word " * 200 + "\n")
    assert main(["inspect", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("[2]"))
    assert line.endswith("…")
    assert len(line) < 330


def test_inspect_json_is_the_whole_document(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", "--json", str(fixtures / "frontmatter_lists.md")]) == 0
    data = json.loads(capsys.readouterr().out)
    doc = Document.from_dict(data)
    assert doc.title == "EU envoy shuttles between Belgrade and Pristina"
    assert doc.text.startswith("A heading that is not the title")
    assert len(doc.paragraphs) == 10
    assert data["date"] == "2022-12-14"


def test_hostile_document_prints_no_escapes(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(fixtures / "hostile.txt")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[@click=app.quit]" in out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("missing.txt", "missing.txt: no such file"),
        ("empty.txt", "empty.txt: empty"),
        ("binary.txt", "binary.txt: binary content"),
    ],
)
def test_bad_paths_exit_1_with_one_line(
    fixtures: Path, capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    assert main(["inspect", str(fixtures / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("briefer: ")
    assert expected in captured.err
    assert captured.err.count("\n") == 1
