"""`z` reads at full width: at 80 columns the reading pane had 46 of them beside the results,
and a briefing line wrapped every six words. The results come back with `z`, Escape, or
anything that moves the focus to them or to the search box."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, TabbedContent

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

SIZE = (80, 24)


async def test_z_gives_the_reading_pane_the_whole_width_and_escape_brings_results_back(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("j", "enter")  # open the second result: the Document tab
        await settle(pilot)
        view = screen.query_one(DocumentView)
        narrow = screen.query_one("#reader").size.width
        assert screen.focused is view and narrow < 60
        await pilot.press("z")
        await pilot.pause()
        assert screen.query_one("#reader").size.width == SIZE[0]
        assert not screen.query_one("#left").display and results.region.area == 0
        assert screen.focused is view  # still reading the same document
        assert view.document is not None and view.document.id == results.hits[1].id
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#left").display and screen.focused is results
        assert screen.query_one("#reader").size.width == narrow


async def test_z_from_the_results_moves_into_the_briefing_and_z_again_returns(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "briefing"
        assert screen.focused is screen.query_one(BriefingView)
        assert results.region.area == 0
        await pilot.press("z")
        await pilot.pause()
        assert results.region.area > 0 and screen.focused is results


async def test_ctrl_f_shows_the_search_box_it_focuses(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("ctrl+f", *"kosovo")
        await pilot.pause()
        box = screen.query_one("#search", Input)
        assert screen.focused is box and box.display and screen.query_one("#left").display
        assert box.value == "kosovo"
