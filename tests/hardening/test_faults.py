"""Faults injected around the index: a write that fails part-way (the file-size limit, as a
full disk would), and damaged files in the index folder and the settings. Whatever happens,
what was indexed before stays searchable, and the next run recovers.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hardening.support import ROOT, assert_no_traceback, run_cli, write_plain_corpus

DOCS = 150
QUERY = "kosovo"


def small_files_only() -> None:  # pragma: no cover - runs in the child before exec
    """Writes past 200 kB fail with EFBIG (SIGXFSZ ignored): a disk that fills up."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


def index_with_failing_writes(paths: list[Path], home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", "index", *map(str, paths)],
        cwd=ROOT,
        env={**os.environ, "BRIEFER_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_files_only,
        check=False,
    )


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("faults")
    write_plain_corpus(root / "a", DOCS, seed=21, paragraphs=8)
    write_plain_corpus(root / "b", DOCS, seed=22, paragraphs=8)
    return root / "a", root / "b"


def search_total(home: Path) -> int:
    proc = run_cli(["search", QUERY, "--json"], home)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    return int(json.loads(proc.stdout)["total"])


@pytest.fixture
def indexed_home(corpora: tuple[Path, Path], tmp_path: Path) -> tuple[Path, int]:
    home = tmp_path / "home"
    proc = run_cli(["index", str(corpora[0]), "--json"], home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"] == DOCS
    return home, search_total(home)


def test_a_write_that_fails_part_way_loses_nothing(
    corpora: tuple[Path, Path], indexed_home: tuple[Path, int]
) -> None:
    home, before = indexed_home
    failed = index_with_failing_writes([corpora[1]], home)
    assert failed.returncode == 1
    assert_no_traceback(failed)
    assert search_total(home) == before  # the last commit still serves
    proc = run_cli(["index", "--json"], home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"] == 2 * DOCS


def damage(home: Path, what: str) -> None:
    folder = home / "data" / "index"
    if what == "manifest":
        (folder / "manifest.json").write_text('{"half": [1, 2')
    elif what == "manifest-wrong-shape":
        (folder / "manifest.json").write_text('{"x": "y", "z": [1]}')
    elif what == "version":
        (folder / "briefer-index.json").write_text("not json")
    elif what == "toc":
        for toc in folder.glob("_MAIN_*.toc"):
            toc.unlink()
    elif what == "settings":
        (home / "config" / "settings.toml").write_text("library = [1,\n")


@pytest.mark.parametrize("what", ["manifest", "manifest-wrong-shape", "version", "toc"])
def test_a_damaged_index_folder_is_repaired_by_the_next_run(
    indexed_home: tuple[Path, int], what: str
) -> None:
    home, before = indexed_home
    damage(home, what)
    first = run_cli(["search", QUERY, "--json"], home)
    assert_no_traceback(first)
    assert first.returncode in (0, 1)
    if first.returncode == 1:
        assert len(first.stderr.strip().splitlines()) == 1
    proc = run_cli(["index", "--json"], home, timeout=120)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"] == DOCS  # no document twice, none lost
    assert search_total(home) == before


def test_damaged_settings_are_one_clear_line(indexed_home: tuple[Path, int]) -> None:
    home, _ = indexed_home
    damage(home, "settings")
    proc = run_cli(["index"], home)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stderr.startswith("briefer: cannot read settings ")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_rebuild_recovers_from_a_truncated_segment(indexed_home: tuple[Path, int]) -> None:
    home, before = indexed_home
    segment = next((home / "data" / "index").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:1000])
    proc = run_cli(["index", "--rebuild", "--json"], home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"] == DOCS
    assert search_total(home) == before
