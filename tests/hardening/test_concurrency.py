"""Two `briefer index` at once on one library: the second waits for the lock (or, told not to
wait, fails with one line and exit 1); neither shows a traceback, and the library ends with
every document of both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefer.index import Library
from tests.hardening.support import ROOT, run_cli, write_plain_corpus

DOCS = 120


def start(paths: list[Path], home: Path, lock_timeout: str = "60") -> subprocess.Popen[str]:
    env = {**os.environ, "BRIEFER_HOME": str(home), "BRIEFER_LOCK_TIMEOUT": lock_timeout}
    return subprocess.Popen(
        [sys.executable, "-m", "briefer", "index", *map(str, paths), "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("concurrent")
    write_plain_corpus(root / "a", DOCS, seed=1, paragraphs=20)
    write_plain_corpus(root / "b", DOCS, seed=2, paragraphs=20)
    return root / "a", root / "b"


def final_count(home: Path) -> int:
    with Library(home / "data" / "index") as library:
        return library.count()


def test_two_runs_on_the_same_folder_at_once_both_succeed(
    corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    first, second = start([corpora[0]], home), start([corpora[0]], home)
    results = [finish(first), finish(second)]
    assert [code for code, _, _ in results] == [0, 0], results
    reports = [json.loads(out) for _, out, _ in results]
    assert sorted(r["documents"] for r in reports) == [DOCS, DOCS]
    assert sorted(len(r["added"]) for r in reports) == [0, DOCS]  # the second found it done
    assert final_count(home) == DOCS


def test_two_runs_on_different_folders_at_once_keep_both(
    corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    run_cli(["index", str(corpora[0]), "--json"], home)  # the library exists; settings too
    first, second = start([corpora[0]], home), start([corpora[1]], home)
    results = [finish(first), finish(second)]
    assert [code for code, _, _ in results] == [0, 0], results
    assert final_count(home) == 2 * DOCS


def test_a_run_told_not_to_wait_fails_with_one_line(
    corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    first = start([corpora[0]], home)
    lock = home / "data" / "index.lock"
    deadline = time.monotonic() + 20
    while not (home / "data" / "index" / "manifest.json").exists() and first.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    if first.poll() is not None:
        pytest.skip("the first run finished before the second started (machine too fast)")
    second = start([corpora[0]], home, lock_timeout="0")
    code, out, err = finish(second)
    assert finish(first)[0] == 0
    assert code == 1, (out, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefer: another briefer index is running")
    assert lock.name in lines[0]
    assert final_count(home) == DOCS
