"""SIGKILL `briefer index` part-way, again and again: the index still opens, search works, no
stale lock is left, and a final run ends with exactly the documents an uninterrupted run has.

The kill points: just after start (imports, settings), while files are being analysed, and the
moment the writer starts putting files into the index folder (the commit). The whole process
group is killed, analysis workers included, as an out-of-memory killer or a power cut would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.index import Library
from tests.hardening.support import ROOT, assert_no_traceback, run_cli, write_plain_corpus

DOCS = 300
QUERY = "kosovo"


def start_index(corpus: Path, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BRIEFER_HOME": str(home), "BRIEFER_LOCK_TIMEOUT": "3"}
    return subprocess.Popen(
        [sys.executable, "-m", "briefer", "index", str(corpus), "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def index_files(home: Path) -> set[str]:
    folder = home / "data" / "index"
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def kill_group(proc: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the process and its workers; False if it had already finished."""
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    return True


def kill_after(corpus: Path, home: Path, delay: float) -> bool:
    proc = start_index(corpus, home)
    time.sleep(delay)
    return kill_group(proc)


def kill_at_first_write(corpus: Path, home: Path, timeout: float = 20) -> bool:
    """Kill the moment a new file appears in the index folder (a segment being written)."""
    before = index_files(home)
    proc = start_index(corpus, home)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if index_files(home) - before - {"briefer-index.json", "manifest.json"}:
            break
        time.sleep(0.005)
    return kill_group(proc)


def check_usable(home: Path, reference_count: int) -> int:
    """The index opens, its count is sane, and search answers through the command line."""
    folder = home / "data" / "index"
    if not folder.exists():
        return 0
    with Library(folder) as library:
        if not library.exists():
            return 0
        count = library.count()
        assert 0 <= count <= reference_count
        if count:
            library.search(QUERY, limit=5)
    if count:
        proc = run_cli(["search", QUERY, "--json"], home)
        assert_no_traceback(proc)
        assert proc.returncode == 0, proc.stderr
    return count


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    write_plain_corpus(folder, DOCS, paragraphs=30)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int, float]:
    """Documents and hits for QUERY after one uninterrupted run in its own home, and how long
    that run took (the kill points are fractions of it, so they fall inside a run on a slow
    machine and a fast one alike)."""
    home = tmp_path_factory.mktemp("reference_home")
    started = time.monotonic()
    proc = run_cli(["index", str(corpus), "--json"], home, timeout=120)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    count = json.loads(proc.stdout)["documents"]
    assert count == DOCS
    hits = json.loads(run_cli(["search", QUERY, "--json"], home).stdout)["total"]
    return count, hits, seconds


def test_killed_runs_leave_a_usable_index_and_the_rerun_completes_it(
    corpus: Path, reference: tuple[int, int, float], tmp_path: Path
) -> None:
    count, hits, seconds = reference
    home = tmp_path / "home"
    killed = 0
    # (well inside the reference run: a run on a machine that got quieter since the reference
    # may take half as long, and a kill after it finished tests nothing)
    for fraction in (0.1, 0.25, 0.5):
        killed += kill_after(corpus, home, fraction * seconds)
        check_usable(home, count)
    killed += kill_at_first_write(corpus, home)
    check_usable(home, count)
    assert killed >= 3, "the runs finished before they could be killed: use a larger corpus"
    started = time.monotonic()
    proc = run_cli(["index", "--json"], home, timeout=120, extra_env={"BRIEFER_LOCK_TIMEOUT": "3"})
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr  # no stale lock held by a killed run
    report = json.loads(proc.stdout)
    assert report["documents"] == count
    assert time.monotonic() - started < 60
    with Library(home / "data" / "index") as library:
        assert library.count() == count
        assert library.search(QUERY, limit=1).total == hits
    again = json.loads(run_cli(["index", "--json"], home).stdout)
    assert again["unchanged"] == count and again["added"] == [] and again["removed"] == []


def test_a_run_killed_mid_update_loses_no_document(
    corpus: Path, reference: tuple[int, int, float], tmp_path: Path
) -> None:
    """Every file rewritten, the re-index killed: the library still holds every document
    (old or new version), and the next run brings all of them up to date."""
    count, _, seconds = reference
    work = tmp_path / "docs"
    shutil.copytree(corpus, work)
    home = tmp_path / "home"
    proc = run_cli(["index", str(work), "--json"], home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for n, path in enumerate(sorted(work.iterdir())):
        path.write_text(path.read_text() + f"\nA late update about Montenegro, note {n}.\n")
    for fraction in (0.2, 0.6):
        kill_after(work, home, fraction * seconds)
        assert check_usable(home, count) == count
    final = run_cli(["index", "--json"], home, timeout=120)
    assert final.returncode == 0, final.stderr
    assert json.loads(final.stdout)["documents"] == count
    with Library(home / "data" / "index") as library:
        assert library.search("montenegro", limit=1).total == count
