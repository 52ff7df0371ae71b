"""`briefer index`: the library in the settings, the summary, the lock, a killed run."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from index_articles import ARTICLES, write_articles

from briefer import config
from briefer.cli.index_cmd import ProgressBar
from briefer.cli.main import main
from briefer.errors import BrieferError
from briefer.index import Library, storage


def test_index_remembers_folders_and_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = write_articles(tmp_path / "docs")
    (docs / "notes.txt").write_text("")
    assert main(["index", str(docs), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["library"] == [str(docs.absolute())]
    assert len(data["added"]) == len(ARTICLES)
    assert data["skipped"][0]["path"].endswith("notes.txt") and data["skipped"][0]["reason"]
    assert config.load_settings().library == [str(docs.absolute())]
    # With no PATH, the remembered library is synced.
    (docs / "harvest.txt").unlink()
    assert main(["index", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["removed"] == [str(docs / "harvest.txt")]


def test_index_text_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_articles(tmp_path / "docs")
    assert main(["index", str(docs)]) == 0
    out = capsys.readouterr().out
    assert f"{len(ARTICLES)} documents in the library: {len(ARTICLES)} added" in out


def test_index_with_no_library_says_how_to_add_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index"]) == 1
    assert "briefer index PATH" in capsys.readouterr().err


def test_index_missing_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert config.load_settings().library == []


def test_second_sync_waits_then_fails_clearly(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    folder = tmp_path / "index"
    holding = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with storage.sync_lock(folder, timeout=1):
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(5)
        started = time.monotonic()
        with pytest.raises(BrieferError, match="another briefer index is running"):
            Library(folder, lock_timeout=0.3).sync([docs])
        assert time.monotonic() - started >= 0.3
    finally:
        release.set()
        holder.join()
    assert Library(folder, lock_timeout=0.3, workers=1).sync([docs]).documents == len(ARTICLES)


_SLOW_SYNC = """
import sys, time
from briefer.index import Library
def progress(done, total):
    print(done, flush=True)
    time.sleep(0.02)
Library(sys.argv[1], workers=1, batch_size=5).sync([sys.argv[2]], progress=progress)
"""


def test_killed_run_leaves_an_index_that_opens_and_a_rerun_completes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    articles = {
        f"note-{n:03d}.txt": f"Note {n}\n\nThe river rose by {n} centimetres in the valley."
        for n in range(60)
    }
    write_articles(docs, articles)
    folder = tmp_path / "index"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SYNC, str(folder), str(docs)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= 23:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    library = Library(folder, workers=1)
    partial = library.count()
    assert 0 < partial < len(articles)
    report = library.sync([docs])
    assert library.count() == len(articles)
    # Killed between a commit and its manifest save, a batch is indexed again: never lost.
    assert len(report.added) >= len(articles) - partial
    assert library.search("river").total == len(articles)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    tty = _Tty()
    bar = ProgressBar(tty)
    bar(5, 10)
    bar(10, 10)
    bar.finish()
    assert "\rindexing [" in tty.getvalue() and "10/10" in tty.getvalue()
    plain = io.StringIO()
    quiet = ProgressBar(plain)
    quiet(10, 10)
    quiet.finish()
    assert plain.getvalue() == ""
