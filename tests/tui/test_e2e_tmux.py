"""End to end in a real terminal: `briefer sample_docs` in tmux, type a query, read the screen."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from briefer.index import Library
from tests.tui.conftest import SAMPLE_DOCS

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _tmux(*args: str) -> str:
    done = subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=10, check=True)
    return done.stdout


def _screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-t", session)


def _wait_for(session: str, text: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def test_briefer_on_sample_docs_finds_a_title_typed_in_tmux(briefer_home: Path) -> None:
    session = f"briefer-e2e-{uuid.uuid4().hex[:8]}"
    command = (
        f"BRIEFER_HOME={shlex.quote(str(briefer_home))} "
        f"{shlex.quote(sys.executable)} -m briefer {shlex.quote(str(SAMPLE_DOCS))}"
    )
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "36", command)
    try:
        _tmux("set-option", "-t", session, "window-size", "manual")
        _tmux("resize-window", "-t", session, "-x", "120", "-y", "36")
        _wait_for(session, "Indexing done")
        with Library() as library:  # the index the reader just built (same BRIEFER_HOME)
            expected = library.search("merdare", limit=5)
        assert expected.total > 0
        _tmux("send-keys", "-t", session, "-l", "merdare")
        screen = _wait_for(session, f"{expected.total} result")
        assert " ".join(expected.hits[0].title.split()[:3]) in screen
        assert "merdare" in screen
        _tmux("send-keys", "-t", session, "Tab")
        time.sleep(0.3)  # a person's pause: the focus moves before the next key
        _tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            alive = subprocess.run(["tmux", "has-session", "-t", session], capture_output=True)
            if alive.returncode != 0:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"q did not quit the reader; the screen was:\n{_screen(session)}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
