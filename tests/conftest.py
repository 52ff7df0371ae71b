"""Shared fixtures. Every test runs with BRIEFER_HOME in a temporary folder, never the user's."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"


def pytest_configure(config: pytest.Config) -> None:
    """A BRIEFER_HOME for the whole session too: modules imported while tests are collected,
    before any test's own, find their caches there (`prefilter` keeps its regex readings in
    the cache folder it finds first, and writes them when the process ends)."""
    session_home = tempfile.mkdtemp(prefix="briefer-session-")
    atexit.register(shutil.rmtree, session_home, ignore_errors=True)
    os.environ["BRIEFER_HOME"] = session_home


@pytest.fixture(autouse=True)
def briefer_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("briefer_home")
    monkeypatch.setenv("BRIEFER_HOME", str(home))
    yield home


@pytest.fixture
def sample_docs() -> Path:
    return SAMPLE_DOCS


@pytest.fixture
def another_thread() -> Iterator[threading.Thread]:
    """A second thread, waiting, for the test's length: the process is no longer single-threaded
    (so worker processes are not forked from it, `worker_pool.start_context`)."""
    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    yield waiting
    release.set()
    waiting.join()
