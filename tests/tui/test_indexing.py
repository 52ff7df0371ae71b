"""Indexing in the background worker: documents appear when it commits; `x` cancels it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from textual.widgets import Input, Static

from briefer.index import Library
from briefer.tui import core_calls
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.index_status import IndexStatus
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

PLACES = ("Pristina", "Belgrade", "Brussels", "Athens", "Ankara", "Vienna")


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        place = PLACES[n % len(PLACES)]
        body = (
            f"Report {n} from {place}\n\n"
            f"Officials in {place} said on Monday that talks would resume. "
            f"The European Union urged restraint after the incident number {n}.\n\n"
            "Police reopened the road later in the day."
        )
        (folder / f"report-{n:04d}.txt").write_text(body, encoding="utf-8")
    return folder


async def test_briefer_path_indexes_in_the_background_and_shows_the_documents(
    tmp_path: Path,
    start_reader: StartReader,
) -> None:
    folder = write_corpus(tmp_path / "docs", 12)
    core_calls.add_to_library([str(folder)])
    async with start_reader((100, 30), rounds=6, sync_on_open=True) as (app, _, screen):
        assert not screen.indexing
        assert not screen.query_one(IndexStatus).has_class("-running")
        assert len(screen.query_one(ResultList).hits) == 12
        assert not screen.has_class("-empty")  # the empty-library note never showed for good
        assert any("Indexing done" in n.message for n in app._notifications)


async def test_indexing_can_be_cancelled_with_x_and_keeps_what_was_committed(
    tmp_path: Path,
) -> None:
    folder = write_corpus(tmp_path / "docs", 400)
    core_calls.add_to_library([str(folder)])
    app = BrieferApp(sync_on_open=True)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for _ in range(100):
            if screen.indexing:
                break
            await pilot.pause(0.01)
        assert screen.indexing and screen.query_one(IndexStatus).has_class("-running")
        screen.query_one(ResultList).focus()
        await pilot.press("x")
        for _ in range(200):  # the sync stops after the chunks in hand, then commits
            if not screen.indexing:
                break
            await pilot.pause(0.05)
        assert not screen.indexing
        assert any("Indexing cancelled" in n.message for n in app._notifications)
    with Library() as library:
        assert library.count() < 400


async def test_an_index_from_an_older_schema_is_rebuilt_in_the_background(
    tmp_path: Path,
) -> None:
    from briefer import config
    from briefer.index import storage

    folder = write_corpus(tmp_path / "docs", 5)
    core_calls.add_to_library([str(folder)])
    with Library() as library:
        library.sync([str(folder)])
    version_file = config.index_dir() / storage.VERSION_FILE
    version_file.write_text('{"schema_version": 0}', encoding="utf-8")  # as an old briefer left it
    app = BrieferApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for _ in range(100):
            await pilot.pause(0.05)
            if screen.result is not None and not screen.indexing:
                break
        await settle(pilot)
        assert len(screen.query_one(ResultList).hits) == 5
        assert any("Indexing done" in n.message for n in app._notifications)
        assert not screen.has_class("-empty")


async def test_an_empty_library_says_how_to_add_a_folder(start_reader: StartReader) -> None:
    from briefer.tui.screens.main import EMPTY_LIBRARY
    from briefer.tui.widgets.empty_library import EmptyLibrary

    async with start_reader((100, 30)) as (app, pilot, screen):
        assert str(screen.query_one("#result-count").render()) == EMPTY_LIBRARY
        note = screen.query_one(EmptyLibrary)
        assert note.display and not screen.query_one("#body").display
        shown = app.export_screenshot()
        for words in ("Your library is empty", "briefer PATH", "briefer index PATH"):
            assert words in shown.replace("&#160;", " ")
        await pilot.press("r")  # nothing to sync: a note, no worker
        await pilot.pause()
        assert not screen.indexing
        assert any("library is empty" in n.message for n in app._notifications)
        assert note.display
        await pilot.press("q")  # no search box to type into: q quits
        await pilot.pause()
        assert not app.is_running


def hold_sync(monkeypatch: Any, *, report: bool = True) -> threading.Event:
    """The library's sync reports 1 of 3 files (unless `report` is False) and then waits until
    the returned event is set (at most 10 s): an indexing run caught in the middle."""
    go = threading.Event()
    sync = core_calls.sync_library

    def held(paths: Any, progress: Any, cancel: Any) -> Any:
        if report:
            progress(1, 3)
        go.wait(10)
        return sync(paths, progress, cancel)

    monkeypatch.setattr(core_calls, "sync_library", held)
    return go


async def test_a_search_typed_while_the_first_index_is_made_says_it_is_on_its_way(
    tmp_path: Path, start_reader: StartReader, monkeypatch: Any
) -> None:
    """`briefer PATH` on a new library: a word typed before the first sync has made the index
    said 'the library is empty; add a folder with briefer index PATH' (or, a moment later,
    'the index was built with schema version unknown ... run briefer index') in red, telling
    a new reader to do what was being done. While indexing, a search the index (not the
    query) fails says 'Indexing the library…'; a query that is wrong still says so."""
    folder = write_corpus(tmp_path / "docs", 3)
    core_calls.add_to_library([str(folder)])
    go = hold_sync(monkeypatch, report=False)  # discovery of a big folder, say: no index yet
    async with start_reader((100, 30), rounds=0, sync_on_open=True) as (_, pilot, screen):
        for _ in range(200):  # the library opens, then the sync starts (and waits)
            if screen.indexing:
                break
            await pilot.pause(0.02)
        assert screen.indexing
        count = screen.query_one("#result-count", Static)
        box = screen.query_one("#search", Input)
        box.value = "talks"
        await pilot.pause(0.2)
        assert str(count.render()) == "Indexing the library…"
        go.set()
        await settle(pilot, 6)
        assert not screen.indexing and screen.result.total == 3


async def test_the_indexing_strip_says_how_to_cancel_from_where_the_focus_is(
    tmp_path: Path, start_reader: StartReader, monkeypatch: Any
) -> None:
    """'(x cancels)' while the focus is in the search box, where `x` types a letter: there
    the strip says 'Esc then x cancels'; in the results, where `x` cancels, 'x cancels'."""
    from textual.widgets import Label

    folder = write_corpus(tmp_path / "docs", 3)
    core_calls.add_to_library([str(folder)])
    go = hold_sync(monkeypatch)
    async with start_reader((100, 30), rounds=0, sync_on_open=True) as (_, pilot, screen):
        label = screen.query_one("#index-label", Label)
        for _ in range(200):
            if "1/3" in str(label.render()):
                break
            await pilot.pause(0.02)
        assert screen.focused is screen.query_one("#search", Input)
        assert str(label.render()) == "Indexing 1/3  (Esc then x cancels)"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.focused is screen.query_one(ResultList)
        assert str(label.render()) == "Indexing 1/3  (x cancels)"
        go.set()
        await settle(pilot, 6)
        assert not screen.indexing


async def test_the_first_indexing_says_the_documents_are_coming_not_that_none_were_found(
    tmp_path: Path, start_reader: StartReader, monkeypatch: Any
) -> None:
    """The first indexing of a large folder stores nothing for a minute or more (the index
    takes documents in by the batch): meanwhile the count line read '0 documents · by date'
    and the reading pane, dimmed, 'No results: this is the last briefing shown' when no
    briefing had ever been shown. It says the documents are on their way instead."""
    from briefer.tui.screens.main import FIRST_INDEXING, FIRST_INDEXING_NOTE
    from briefer.tui.widgets.briefing_view import BriefingView

    (tmp_path / "none").mkdir()
    with Library() as library:  # an index that has stored nothing yet, as a first batch leaves it
        library.sync([str(tmp_path / "none")])
    folder = write_corpus(tmp_path / "docs", 3)
    core_calls.add_to_library([str(folder)])
    go = hold_sync(monkeypatch)
    async with start_reader((80, 24), rounds=0, sync_on_open=True) as (_, pilot, screen):
        for _ in range(200):
            if screen.indexing:
                break
            await pilot.pause(0.02)
        screen.start_search(keep_rows=True)  # as the refresh while indexing does
        for _ in range(200):
            if screen.result is not None and not screen._searching:
                break
            await pilot.pause(0.02)
        await pilot.pause(0.1)
        assert screen.indexing and screen.result is not None and screen.result.total == 0
        count = screen.query_one("#result-count", Static)
        assert str(count.render()) == FIRST_INDEXING
        assert not screen.query_one("#reader").has_class("-stale")
        view = screen.query_one(BriefingView)
        assert view.briefing is None
        assert str(view.get_option_at_index(0).prompt) == FIRST_INDEXING_NOTE
        go.set()
        await settle(pilot, 6)
        assert not screen.indexing and screen.result.total == 3
        assert str(count.render()).startswith("3 documents")


async def test_at_80_columns_the_indexing_strip_shows_its_percentage_whole() -> None:
    """The bar kept its 32 cells whatever the label beside it took: at 80 columns, with the
    focus in the search box, 'Indexing 99999/100000  (Esc then x cancels)' left the
    percentage three cells ('100%' drawn '10'). The bar gives way instead."""
    import html
    import re

    from textual.app import App, ComposeResult

    class Strip(App[None]):
        def compose(self) -> ComposeResult:
            yield IndexStatus(id="strip")

    app = Strip()
    async with app.run_test(size=(80, 3)) as pilot:
        strip = app.query_one(IndexStatus)
        strip.start()
        strip.set_typing(True)
        for done, total, shown in (
            (217, 2000, "11%"),
            (12345, 20000, "62%"),
            (99999, 10**5, "100%"),
        ):
            strip.advance(done, total)
            await pilot.pause()
            svg = app.export_screenshot()
            drawn = "".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg))
            assert f"{done}/{total}" in drawn
            assert drawn.rstrip("\xa0 ").endswith(f"╸{shown}") or drawn.rstrip().endswith(shown)
