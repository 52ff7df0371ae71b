"""Fixtures for the reader's tests: an index of `sample_docs/` built once, copied per test, and
`start_reader`, the prologue every reader test begins with (start the app, let it settle)."""

from __future__ import annotations

import shutil
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import pytest
from textual.pilot import Pilot

from briefer import config
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
# A small corpus of our own for the snapshots: sample_docs/ grows as the project does.
FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
MAX_BYTES = 20 * 1024 * 1024


def _build(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    from briefer.index import Library

    folder = tmp_path_factory.mktemp("index") / "index"
    with Library(folder) as library:
        library.sync([corpus], max_bytes=MAX_BYTES)
    return folder


def _install(index: Path, corpus: Path) -> None:
    shutil.copytree(index, config.index_dir())
    config.save_settings(config.Settings(library=[str(corpus)]))


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of sample_docs/ under a session folder (explicit dir: no BRIEFER_HOME needed)."""
    return _build(tmp_path_factory, SAMPLE_DOCS)


@pytest.fixture(scope="session")
def fixture_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory, FIXTURE_CORPUS)


@pytest.fixture
def library(briefer_home: Path, sample_index: Path) -> Iterator[Any]:
    """This test's BRIEFER_HOME holds a copy of the sample index and lists sample_docs/."""
    from briefer.index import Library

    _install(sample_index, SAMPLE_DOCS)
    with Library() as lib:
        yield lib


@pytest.fixture
def fixture_library(briefer_home: Path, fixture_index: Path) -> None:
    """This test's BRIEFER_HOME holds the index of tests/tui/fixtures/corpus/."""
    _install(fixture_index, FIXTURE_CORPUS)


async def settle(pilot: Pilot[Any], rounds: int = 3) -> None:
    """Let debounce timers fire and every worker finish, a few times over (a search is followed
    by loading the highlighted document, READ_DEBOUNCE later)."""
    from briefer.tui.screens.main import READ_DEBOUNCE

    for _ in range(rounds):
        await pilot.pause(READ_DEBOUNCE / 2 + 0.01)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(
    pilot: Pilot[Any], condition: Callable[[], bool], what: str, within: float = 10.0
) -> None:
    """Wait for what an event does (`condition`: a briefing shown, a jump made), however long
    a loaded machine takes over it, letting the app handle its messages meanwhile: a fixed
    number of pauses (`settle`) can end before a slow worker has posted."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for {what} after {within} s")
        await pilot.pause(0.02)


def reader_screen(app: BrieferApp) -> MainScreen:
    """The reader's main screen, which must be the one on top."""
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


class Reader(NamedTuple):
    """A reader started by `start_reader`, to unpack: `... as (app, pilot, screen)`."""

    app: BrieferApp
    pilot: Pilot[None]
    screen: MainScreen


class StartReader(Protocol):
    def __call__(
        self,
        size: tuple[int, int],
        *,
        notifications: bool = False,
        rounds: int = 3,
        **options: Any,
    ) -> AbstractAsyncContextManager[Reader]: ...


@asynccontextmanager
async def _started(
    size: tuple[int, int], *, notifications: bool = False, rounds: int = 3, **options: Any
) -> AsyncIterator[Reader]:
    app = BrieferApp(**options)
    async with app.run_test(size=size, notifications=notifications) as pilot:
        await settle(pilot, rounds)
        yield Reader(app, pilot, reader_screen(app))


@pytest.fixture
def start_reader() -> StartReader:
    """Start the reader at `size` on this test's BRIEFER_HOME (what `library` or
    `fixture_library` put there, or nothing), `options` passed to BrieferApp, and let it
    settle `rounds` times (see `settle`) before the test goes on with its app, pilot and
    main screen."""
    return _started
