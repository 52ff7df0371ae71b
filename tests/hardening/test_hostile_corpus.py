"""The hostile corpus through the real command line: `briefer index` finishes, reports every
skip with its reason, and no control character reaches search, brief or the exported file.

One index run (a subprocess, as a user would run it) serves the module; each test then asks
the command line for one output and checks every string in it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from briefer.index import Library
from briefer.sources import discover
from briefer.sources.sanitize import display_path
from tests.hardening.support import (
    HostileCorpus,
    assert_clean,
    assert_no_traceback,
    build_hostile_corpus,
    forbidden_in,
    run_cli,
)

MAX_FILE_MB = 0.5


@dataclass
class Indexed:
    corpus: HostileCorpus
    home: Path
    report: dict[str, Any]
    stderr: str


def write_settings(home: Path, max_file_mb: float = MAX_FILE_MB) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.toml").write_text(f"max_file_mb = {max_file_mb}\n")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Indexed]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = build_hostile_corpus(root / "corpus", max_file_mb=MAX_FILE_MB)
    home = root / "home"
    write_settings(home)
    proc = run_cli(["index", str(corpus.folder), "--json"], home, timeout=120)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    yield Indexed(corpus, home, json.loads(proc.stdout), proc.stderr)
    (corpus.folder / "unreadable.txt").chmod(0o644)  # let the tmp cleanup remove it


def relative(report_path: str, folder: Path) -> str:
    return os.path.relpath(report_path, folder)


def test_index_finishes_with_every_readable_document(indexed: Indexed) -> None:
    c = indexed.corpus
    added = {relative(p, c.folder) for p in indexed.report["added"]}
    # the JSON shows names as printable text (display_path), so compare shown names
    indexed_names = {display_path(n) for n in c.indexed}
    assert indexed_names <= added, indexed_names - added
    assert added - indexed_names <= {display_path(n) for n in c.either}
    assert indexed.report["documents"] == len(added)
    assert not indexed.report["cancelled"]
    # the folder symlinked back to its parent is walked once: no document twice
    assert not any("again" in p for p in indexed.report["added"])
    with Library(indexed.home / "data" / "index") as library:
        assert library.count() == len(added)


def test_every_skip_is_reported_once_with_its_reason(indexed: Indexed) -> None:
    c = indexed.corpus
    skips = {relative(s["path"], c.folder): s["reason"] for s in indexed.report["skipped"]}
    assert len(skips) == len(indexed.report["skipped"]), "a path reported twice"
    for raw_name, reason_part in c.skipped.items():
        name = display_path(raw_name)
        assert name in skips, f"{name!r} not reported as skipped"
        assert reason_part in skips[name], (name, skips[name])
    for name, reason in skips.items():
        assert reason.strip() and "\n" not in reason, (name, reason)
        assert forbidden_in(reason) == [], (name, reason)
        assert name not in {display_path(n) for n in c.indexed}
    assert not any(".hidden" in p or ".docx" in p for p in skips)


def test_a_second_run_changes_nothing_and_still_reports_the_skips(indexed: Indexed) -> None:
    proc = run_cli(["index", "--json"], indexed.home)
    assert proc.returncode == 0, proc.stderr
    again = json.loads(proc.stdout)
    assert again["documents"] == indexed.report["documents"]
    assert again["added"] == again["updated"] == again["removed"] == []
    assert again["unchanged"] == indexed.report["documents"]
    before = {s["path"] for s in indexed.report["skipped"]}
    assert {s["path"] for s in again["skipped"]} == before


SEARCHES = ["kosovo", "*", "restraint", "ceasefire", "strange", "official statement", "minister"]


@pytest.mark.parametrize("query", SEARCHES)
def test_search_json_carries_no_control_character(indexed: Indexed, query: str) -> None:
    proc = run_cli(["search", query, "--json", "--limit", "50"], indexed.home)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["total"] >= 1
    assert_clean(result, f"search {query!r}")


def test_search_finds_the_payload_free_text(indexed: Indexed) -> None:
    """The visible words around a removed sequence are indexed; the payload is not."""
    proc = run_cli(["search", "statement", "--json"], indexed.home)
    titles = [h["title"] for h in json.loads(proc.stdout)["results"]]
    assert titles
    for payload in ("cm0gLXJmIH4", "evil.example", "pwned"):
        # PDF metadata is PDFDocEncoding, where byte 0x1B is a visible letter (U+02D9), so a
        # title's escape sequence reads as text there: only the other formats are checked.
        gone = run_cli(["search", f"{payload} NOT format:pdf", "--json"], indexed.home)
        assert gone.returncode in (0, 2), gone.stderr
        if gone.returncode == 0:
            assert json.loads(gone.stdout)["total"] == 0, payload


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_brief_of_the_library_is_clean(indexed: Indexed, fmt: str) -> None:
    proc = run_cli(["brief", "--format", fmt], indexed.home, timeout=120)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    if fmt == "json":
        data = json.loads(out)
        for source in data["sources"]:
            source.pop("path")  # the path: test_found_bugs
        assert_clean(data, "brief json")
    else:
        lines = [ln for ln in out.splitlines() if "gnp.txt" not in ln]  # path: test_found_bugs
        assert forbidden_in("\n".join(lines)) == []
        assert "[@click=app.quit]" in out or fmt == "markdown"
    assert forbidden_in(proc.stderr) == []


def test_export_to_a_file_is_clean_and_atomic(indexed: Indexed, tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    proc = run_cli(["brief", "--format", "markdown", "-o", str(target)], indexed.home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = target.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]  # front matter paths: test_found_bugs
    assert forbidden_in(body) == []
    assert "# " in body and "## Sources" in body
    again = run_cli(["brief", "--format", "markdown", "-o", str(target)], indexed.home)
    assert again.returncode != 0 and target.read_text(encoding="utf-8") == text
    assert len(again.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]  # no temp file left


def test_brief_of_the_hostile_folder_reports_skips_on_one_line_each(indexed: Indexed) -> None:
    proc = run_cli(
        ["brief", str(indexed.corpus.folder), "--format", "json"], indexed.home, timeout=120
    )
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    notes = [ln for ln in proc.stderr.splitlines() if ln.startswith("briefer: skipped")]
    for name, reason_part in indexed.corpus.skipped.items():
        if not name.isprintable() or name == "huge.txt":
            continue  # the escaped name and the size limit: test_found_bugs
        path = str(indexed.corpus.folder / name)
        assert any(
            n.startswith(f"briefer: skipped {path}: ") and reason_part in n for n in notes
        ), name
    sources = json.loads(proc.stdout)["sources"]
    assert len(sources) >= len(indexed.corpus.indexed)


def test_a_file_deleted_between_discovery_and_load_is_a_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file goes after the plan is made, before its worker reads it."""
    import briefer.index.sync as sync

    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(4):
        (folder / f"doc{n}.txt").write_text(f"Report {n}\n\nThe minister spoke on day {n}.\n")
    victim = folder / "doc2.txt"
    real_plan = sync.make_plan

    def plan_then_delete(*args: Any, **kwargs: Any) -> Any:
        plan = real_plan(*args, **kwargs)
        victim.unlink()
        return plan

    monkeypatch.setattr(sync, "make_plan", plan_then_delete)
    import briefer.index.library as library_module

    monkeypatch.setattr(library_module, "make_plan", plan_then_delete)
    with Library(tmp_path / "index", workers=1) as library:
        report = library.sync([folder])
        assert library.count() == 3
    skips = dict(report.skipped)
    assert str(victim) in skips
    assert "vanished" in skips[str(victim)] or "no such file" in skips[str(victim)]
    assert len(report.added) == 3


def test_a_file_deleted_between_discovery_and_planning_is_a_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefer.sources as sources

    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(3):
        (folder / f"doc{n}.md").write_text(f"# Report {n}\n\nThe minister spoke on day {n}.\n")
    victim = folder / "doc0.md"

    def discover_then_delete(*args: Any, **kwargs: Any) -> Any:
        found = discover(*args, **kwargs)
        victim.unlink()
        return found

    monkeypatch.setattr(sources, "discover", discover_then_delete)
    with Library(tmp_path / "index", workers=1) as library:
        report = library.sync([folder])
        assert library.count() == 2
    assert "vanished" in dict(report.skipped)[str(victim)]


def test_an_unreadable_file_is_a_skip_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 where permissions bind; as root (which reads anyway) EACCES is injected at the
    one place files are opened, so the same path through discovery and loading is exercised."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "fine.txt").write_text("Fine report\n\nThe minister spoke in Kosovo.\n")
    locked = folder / "locked.txt"
    locked.write_text("Locked report\n\nThe minister spoke in Serbia.\n")
    locked.chmod(0)
    if os.geteuid() == 0:
        real_open = Path.open

        def open_or_deny(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", open_or_deny)
    try:
        with Library(tmp_path / "index", workers=1) as library:
            report = library.sync([folder])
            assert library.count() == 1
    finally:
        locked.chmod(0o644)
    assert dict(report.skipped) == {str(locked): "unreadable (permission denied)"}
