"""Pilot tests: the result list loads the next 20 rows when the person reaches the last one,
until every result is listed; a new search starts again from 20."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, Static

from briefer.tui.app import BrieferApp
from briefer.tui.core_calls import SEARCH_LIMIT
from briefer.tui.messages import PageLoaded
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, _build, _install, reader_screen, settle

SIZE = (120, 40)
DOCS = 45
WITH_HARBOUR = 30  # documents that also mention the harbour (a query narrower than all)


@pytest.fixture(scope="session")
def paging_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DOCS short reports on a bridge closure, written for these tests, each dated."""
    folder = tmp_path_factory.mktemp("paging") / "corpus"
    folder.mkdir()
    for n in range(DOCS):
        extra = " Boats waited in the harbour." if n < WITH_HARBOUR else ""
        (folder / f"bridge-{n:02d}.md").write_text(
            f"---\ntitle: Bridge closure update {n}\ndate: 2026-0{1 + n % 9}-{1 + n % 28:02d}\n"
            f"source: River Gazette\n---\n\n"
            f"Engineers inspected span {n} of the bridge on Tuesday.{extra} Traffic was "
            "diverted through the old town while the work went on.\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture(scope="session")
def paging_index(tmp_path_factory: pytest.TempPathFactory, paging_corpus: Path) -> Path:
    return _build(tmp_path_factory, paging_corpus)


@pytest.fixture
def paging_library(briefer_home: Path, paging_index: Path, paging_corpus: Path) -> None:
    _install(paging_index, paging_corpus)


def count_text(app: BrieferApp) -> str:
    return str(reader_screen(app).query_one("#result-count", Static).render())


async def opened(pilot: Any) -> ResultList:
    """The reader with every document listed (the first page) and the results focused."""
    results = reader_screen(pilot.app).query_one(ResultList)
    results.focus()
    await pilot.pause()
    assert len(results.hits) == SEARCH_LIMIT and results.total == DOCS
    return results


async def loaded(pilot: Any, results: ResultList, count: int) -> None:
    """Wait (up to 5 s) until the list holds `count` rows, then for the workers and a frame."""
    for _ in range(500):
        if len(results.hits) >= count:
            break
        await pilot.pause(0.01)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_end_then_down_loads_every_result_page_by_page(
    paging_library: None, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        results = await opened(pilot)
        assert f"{DOCS} documents · {SEARCH_LIMIT} shown" in count_text(app)
        screen = reader_screen(app)
        with screen._read_lock:  # the page waits until the scroll position is taken
            await pilot.press("end")
            await pilot.pause()
            scroll = results.scroll_y
            assert scroll > 0 and len(results.hits) == SEARCH_LIMIT
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        assert len(results.hits) == results.option_count == 2 * SEARCH_LIMIT
        assert results.highlighted == SEARCH_LIMIT - 1  # the highlight stays where it was
        assert results.scroll_y == scroll  # and so does the scroll
        assert f"{DOCS} documents · 40 shown" in count_text(app)
        await pilot.press(*["down"] * SEARCH_LIMIT)  # to the new last row
        await loaded(pilot, results, DOCS)
        assert results.highlighted == 2 * SEARCH_LIMIT - 1
        assert len(results.hits) == results.option_count == DOCS
        assert f"{DOCS} documents" in count_text(app) and "shown" not in count_text(app)
        ids = [h.id for h in results.hits]
        assert len(set(ids)) == DOCS
        await pilot.press("G")  # all loaded: nothing more is asked for
        await settle(pilot)
        assert results.highlighted == DOCS - 1 and len(results.hits) == DOCS


async def test_rows_come_in_the_order_of_the_whole_list(
    paging_library: None, start_reader: StartReader
) -> None:
    from briefer.index import Library

    with Library() as library:
        expected = [h.id for h in library.search("*", limit=DOCS).hits]
    async with start_reader(SIZE) as (_, pilot, _):
        results = await opened(pilot)
        for count in (2 * SEARCH_LIMIT, DOCS):
            await pilot.press("G")
            await loaded(pilot, results, count)
        assert [h.id for h in results.hits] == expected


async def test_down_on_the_last_row_waits_for_more_instead_of_wrapping(
    paging_library: None,
    start_reader: StartReader,
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        results = await opened(pilot)
        screen = reader_screen(app)
        with screen._read_lock:  # the page cannot be read until the lock is let go
            await pilot.press(*["j"] * (SEARCH_LIMIT - 1))  # j to the last row loaded
            await pilot.press("j", "j")  # pressed again before the page is in
            assert results.highlighted == SEARCH_LIMIT - 1  # stays: no wrap to the top
            assert len(results.hits) == SEARCH_LIMIT
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        assert len(results.hits) == 2 * SEARCH_LIMIT
        assert results.highlighted == SEARCH_LIMIT - 1
        await pilot.press("j")
        assert results.highlighted == SEARCH_LIMIT


async def test_page_down_to_the_end_loads_more(
    paging_library: None, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, _):
        results = await opened(pilot)
        for _ in range(SEARCH_LIMIT):
            await pilot.press("pagedown")
            if results.highlighted == SEARCH_LIMIT - 1:
                break
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        assert len(results.hits) == 2 * SEARCH_LIMIT


async def test_scrolling_with_the_wheel_to_the_end_loads_more(
    paging_library: None, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, _):
        results = await opened(pilot)
        for _ in range(200):
            if results.scroll_y >= results.max_scroll_y or len(results.hits) > SEARCH_LIMIT:
                break
            results.post_message(
                events.MouseScrollDown(results, 2, 2, 0, 1, 0, False, False, False)
            )
            await pilot.pause()
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        assert results.highlighted == 0  # scrolling never moved the highlight
        assert len(results.hits) == 2 * SEARCH_LIMIT


async def test_a_new_query_and_a_new_sort_start_again_from_the_top(
    paging_library: None, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        results = await opened(pilot)
        await pilot.press("G")
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        assert len(results.hits) == 2 * SEARCH_LIMIT
        screen = reader_screen(app)
        screen.query_one("#search", Input).value = "harbour"
        await settle(pilot)
        assert len(results.hits) == SEARCH_LIMIT and results.total == WITH_HARBOUR
        assert f"{WITH_HARBOUR} results · {SEARCH_LIMIT} shown" in count_text(app)
        results.focus()
        await pilot.press("G")
        await loaded(pilot, results, WITH_HARBOUR)
        assert len(results.hits) == WITH_HARBOUR
        await pilot.press("s")  # sort by date: a new search, from the first page
        await settle(pilot)
        assert len(results.hits) == SEARCH_LIMIT and results.highlighted == 0
        dates = [h.date for h in results.hits]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("G")
        await loaded(pilot, results, WITH_HARBOUR)
        dates = [h.date for h in results.hits]
        assert len(dates) == WITH_HARBOUR and dates == sorted(dates, reverse=True)


async def test_a_page_of_an_older_search_is_dropped(
    paging_library: None, start_reader: StartReader
) -> None:
    from briefer.index import Library

    async with start_reader(SIZE) as (app, pilot, screen):
        results = await opened(pilot)
        screen = reader_screen(app)
        older = screen.shown_generation
        screen.query_one("#search", Input).value = "harbour"
        await settle(pilot)
        shown = [h.id for h in results.hits]
        with Library() as library:
            stale = library.search("*", limit=SEARCH_LIMIT, offset=SEARCH_LIMIT)
        screen.post_message(PageLoaded(older, SEARCH_LIMIT, stale))
        await pilot.pause()
        assert [h.id for h in results.hits] == shown


async def test_a_refresh_while_indexing_keeps_the_rows_loaded(
    paging_library: None, start_reader: StartReader
) -> None:
    from briefer.tui.messages import IndexProgress

    async with start_reader(SIZE) as (app, pilot, screen):
        results = await opened(pilot)
        await pilot.press("G")
        await loaded(pilot, results, 2 * SEARCH_LIMIT)
        await pilot.press(*["down"] * 5)
        chosen = results.current_id()
        assert len(results.hits) == 2 * SEARCH_LIMIT
        screen = reader_screen(app)
        before = screen.shown_generation
        screen._last_refresh = 0.0  # the refresh interval has passed
        screen.post_message(IndexProgress(3, 10))  # as the sync posts while it runs
        await settle(pilot)
        assert screen.shown_generation > before  # the rows were searched again
        assert len(results.hits) == 2 * SEARCH_LIMIT
        assert results.current_id() == chosen
