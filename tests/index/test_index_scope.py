"""`dir:` and `filename:`: what they find in a library spread over nested folders, and the
forms they refuse."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefer.cli.main import main
from briefer.errors import UsageError
from briefer.index import Library
from briefer.render.printable import printable_json

# Every file written for these tests; folder and file names chosen to catch near misses
# ("balkans" vs "balkans-old", words inside names, upper case, spaces).
FILES: dict[str, str] = {
    "balkans/border.txt": (
        "Border crossing closed\n\nKosovo closed the Jarinje border crossing on Monday."
    ),
    "balkans/archive/protests.txt": (
        "Spring protests recalled\n\nProtesters marched through Serbia in the spring."
    ),
    "balkans-old/talks.txt": (
        "Envoys meet in Brussels\n\nNegotiators from Serbia and Kosovo met again."
    ),
    "farming/Harvest-Report_2026.md": (
        "Record harvest\n\nFarmers in Croatia gathered a record wheat harvest."
    ),
    "my notes/kosovo harvest.txt": ("Field notes\n\nKosovo farmers expect a late harvest."),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, Path]:
    root = tmp_path_factory.mktemp("scope")
    docs = root / "docs"
    for name, text in FILES.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    lib = Library(root / "index", workers=1)
    lib.sync([docs])
    return lib, docs


def _found(lib: Library, query: str) -> set[str]:
    return {Path(h.path).name for h in lib.search(query, limit=50).hits}


def test_dir_finds_only_documents_under_the_folder_at_any_depth(
    library: tuple[Library, Path],
) -> None:
    lib, docs = library
    assert _found(lib, f"dir:{docs}/balkans") == {"border.txt", "protests.txt"}
    # A sibling that merely starts with the same letters is outside.
    assert "talks.txt" not in _found(lib, f"dir:{docs}/balkans")
    assert _found(lib, f"dir:{docs}/balkans/archive") == {"protests.txt"}
    assert _found(lib, f"dir:{docs}") == {Path(n).name for n in FILES}
    assert _found(lib, f"dir:{docs}/balk") == set()  # a folder, not a prefix


def test_dir_combines_with_words_and_groups(library: tuple[Library, Path]) -> None:
    lib, docs = library
    assert _found(lib, f"kosovo dir:{docs}/balkans") == {"border.txt"}
    either = f"(dir:{docs}/farming OR dir:{docs}/balkans/archive)"
    assert _found(lib, either) == {"Harvest-Report_2026.md", "protests.txt"}
    assert _found(lib, f"{either} harvest") == {"Harvest-Report_2026.md"}


@pytest.mark.parametrize("form", ["-dir:{}", "NOT dir:{}"])
def test_minus_and_not_exclude_a_folder(library: tuple[Library, Path], form: str) -> None:
    lib, docs = library
    clause = form.format(f"{docs}/balkans")
    assert _found(lib, clause) == {"talks.txt", "Harvest-Report_2026.md", "kosovo harvest.txt"}
    assert _found(lib, f"kosovo {clause}") == {"talks.txt", "kosovo harvest.txt"}


def test_relative_dir_is_resolved_against_the_current_directory(
    library: tuple[Library, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, docs = library
    monkeypatch.chdir(docs.parent)
    assert _found(lib, "dir:docs/balkans/archive") == {"protests.txt"}
    assert _found(lib, "dir:./docs/balkans/") == {"border.txt", "protests.txt"}
    monkeypatch.chdir(docs / "farming")
    assert _found(lib, "dir:../balkans-old") == {"talks.txt"}
    assert _found(lib, "dir:.") == {"Harvest-Report_2026.md"}


def test_tilde_is_the_home_folder(
    library: tuple[Library, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, docs = library
    monkeypatch.setenv("HOME", str(docs))
    assert _found(lib, "dir:~/farming") == {"Harvest-Report_2026.md"}


def test_quoted_folder_with_a_space(library: tuple[Library, Path]) -> None:
    lib, docs = library
    assert _found(lib, f'dir:"{docs}/my notes"') == {"kosovo harvest.txt"}
    assert _found(lib, f'harvest -dir:"{docs}/my notes"') == {"Harvest-Report_2026.md"}


def test_dir_inside_a_phrase_is_text(library: tuple[Library, Path]) -> None:
    lib, _ = library
    assert lib.search('"dir:nowhere"').total == 0  # searched as words, not refused


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("filename:report", {"Harvest-Report_2026.md"}),  # a word inside the name
        ("filename:REPORT", {"Harvest-Report_2026.md"}),
        ("filename:2026", {"Harvest-Report_2026.md"}),  # split at '_' and '-' too
        ("filename:kosovo", {"kosovo harvest.txt"}),  # the name, not the text
        ("filename:harvest", {"Harvest-Report_2026.md", "kosovo harvest.txt"}),
        ("filename:harv", {"Harvest-Report_2026.md", "kosovo harvest.txt"}),  # prefix as typed
        ('filename:"kosovo harvest"', {"kosovo harvest.txt"}),
        ("filename:*.md", {"Harvest-Report_2026.md"}),  # a glob over the whole name
        ("filename:HARVEST*", {"Harvest-Report_2026.md"}),
        ("filename:?order.txt", {"border.txt"}),
        ("filename:*.txt -filename:*harvest*", {"border.txt", "protests.txt", "talks.txt"}),
        ("kosovo NOT filename:*.txt", set()),
        ("filename:serbia", set()),  # in the text of two documents, in no file name
    ],
)
def test_filename(library: tuple[Library, Path], query: str, expected: set[str]) -> None:
    lib, _ = library
    assert _found(lib, query) == expected


def test_hits_and_facets_name_the_folder(library: tuple[Library, Path]) -> None:
    lib, docs = library
    result = lib.search(f"dir:{docs}/balkans")
    assert {h.folder for h in result.hits} == {
        str(docs / "balkans"),
        str(docs / "balkans" / "archive"),
    }
    assert dict(result.facets["folders"]) == {
        str(docs / "balkans"): 1,
        str(docs / "balkans" / "archive"): 1,
    }
    assert result.to_dict()["results"][0]["folder"] == result.hits[0].folder


def test_a_suggestion_leaves_the_folder_as_typed(library: tuple[Library, Path]) -> None:
    lib, docs = library
    # "farming" is no word of any document (they say "farmers"): the corrector would respell
    # the folder if it were not left alone.
    query = f"harvset dir:{docs}/farming"
    result = lib.search(query)
    assert result.suggestion == f"harvest dir:{docs}/farming"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("dir:", "dir: needs a folder"),
        ('dir:""', "dir: needs a folder"),
        ("kosovo -dir:", "dir: needs a folder"),
        ("dir:*.txt", "not a pattern"),
        ("dir:{docs}/farming/Harvest-Report_2026.md", "is a file"),
        ("dir:~no-such-user-here/x", "no such user"),
        ("filename:", "filename: needs a word or a pattern"),
        ('dir:"{docs}/balkans', "unbalanced quotes"),
    ],
)
def test_bad_forms_say_why(library: tuple[Library, Path], query: str, message: str) -> None:
    lib, docs = library
    with pytest.raises(UsageError, match=message):
        lib.search(query.format(docs=docs))


def _index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    docs = tmp_path / "docs"
    for name, text in FILES.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    assert main(["index", str(docs)]) == 0
    capsys.readouterr()
    return docs


def test_cli_takes_a_leading_minus_clause_as_the_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _index(tmp_path, capsys)
    monkeypatch.chdir(docs)
    assert main(["search", "-dir:balkans", "kosovo", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {Path(r["path"]).name for r in data["results"]} == {"talks.txt", "kosovo harvest.txt"}
    assert {r["folder"] for r in data["results"]} == {
        str(docs / "balkans-old"),
        str(docs / "my notes"),
    }
    assert main(["search", "-filename:*.txt", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [Path(r["path"]).name for r in data["results"]] == ["Harvest-Report_2026.md"]


def test_cli_bad_form_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _index(tmp_path, capsys)
    assert main(["search", "dir:*.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefer: dir: takes a folder, not a pattern")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_cli_text_output_lists_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = _index(tmp_path, capsys)
    assert main(["search", "harvest"]) == 0
    out = capsys.readouterr().out
    folders = next(line for line in out.splitlines() if line.startswith("folders: "))
    assert f"{docs / 'farming'} (1)" in folders and f"{docs / 'my notes'} (1)" in folders


def test_names_that_are_not_utf8_are_indexed_and_scoped(tmp_path: Path) -> None:
    # Linux allows any bytes in a name; Python hands them over as lone surrogates, which
    # Whoosh cannot write as terms (this crashed `briefer index` with a traceback).
    docs = tmp_path / "docs"
    odd_dir = os.fsdecode(bytes(docs) + b"/d\xe9j\xe0")
    odd_file = os.fsdecode(bytes(docs) + b"/caf\xe9-notes.txt")
    os.makedirs(odd_dir)
    Path(odd_dir, "x.txt").write_text("Deja\n\nSerbia closed the border.\n", encoding="utf-8")
    Path(odd_file).write_text("Cafe notes\n\nKosovo and Serbia talk.\n", encoding="utf-8")
    lib = Library(tmp_path / "index", workers=1)
    report = lib.sync([docs])
    assert len(report.added) == 2 and not report.skipped
    assert {h.path for h in lib.search("serbia").hits} == {odd_file, str(Path(odd_dir, "x.txt"))}
    assert [h.path for h in lib.search(f"dir:{odd_dir}").hits] == [str(Path(odd_dir, "x.txt"))]
    assert [h.path for h in lib.search(os.fsdecode(b"filename:caf\xe9*")).hits] == [odd_file]
    hit = lib.search("kosovo").hits[0]
    document = lib.document(hit.id)
    assert document is not None and document.path == odd_file
    assert hit.to_dict()["path"] == odd_file  # the real name, to reopen it
    assert "\ufffd" in printable_json(hit.to_dict(), names=("path",))  # shown printable
    assert lib.search("dir:/nowhere/\ud800").total == 0  # a surrogate no name holds
