"""Fixtures for the reader's tests: an index of `sample_docs/` built once, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from briefer import config

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of sample_docs/ under a session folder (explicit dir: no BRIEFER_HOME needed)."""
    from briefer.index import Library

    folder = tmp_path_factory.mktemp("sample_index") / "index"
    with Library(folder) as library:
        library.sync([SAMPLE_DOCS], max_bytes=20 * 1024 * 1024)
    return folder


@pytest.fixture
def library(briefer_home: Path, sample_index: Path) -> Iterator[Any]:
    """This test's BRIEFER_HOME holds a copy of the sample index and lists sample_docs/."""
    from briefer.index import Library

    shutil.copytree(sample_index, config.index_dir())
    config.save_settings(config.Settings(library=[str(SAMPLE_DOCS)]))
    with Library() as lib:
        yield lib


async def settle(pilot: Pilot[Any], rounds: int = 3) -> None:
    """Let debounce timers fire and every worker finish, a few times over (chains of work)."""
    for _ in range(rounds):
        await pilot.pause(0.06)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def wait() -> Callable[[Pilot[Any]], Any]:
    return settle
