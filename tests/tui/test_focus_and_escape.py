"""Where the focus goes: Enter opens a document to read, Escape backs out one step, a tab switch
or a citation jump never leaves the keys going nowhere; marks are counted where they are seen."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static, TabbedContent

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

SIZE = (100, 30)


async def test_enter_puts_the_focus_in_the_text_and_escape_goes_back(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("j", "enter")
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert screen.focused is view
        assert view.document is not None and view.document.id == results.hits[1].id
        assert view.max_scroll_y > 0, "the sample document is longer than the pane"
        await pilot.press("space")  # pages the text; marks nothing
        await pilot.pause()
        assert view.scroll_y > 0 and not results.marked
        await pilot.press("escape")
        await pilot.pause()
        assert screen.focused is results and results.highlighted == 1


async def test_switching_tabs_from_a_reading_pane_takes_the_focus_along(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        reader = screen.query_one("#reader", TabbedContent)
        screen.query_one(BriefingView).focus()
        await pilot.press("2")
        await pilot.pause()
        view = screen.query_one(DocumentView)
        assert reader.active == "document" and screen.focused is view
        await pilot.press("j", "j")  # the keys reach the text shown
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("1")
        await pilot.pause()
        assert reader.active == "briefing" and screen.focused is screen.query_one(BriefingView)
        screen.query_one(ResultList).focus()  # from the results the focus stays put
        await pilot.press("2")
        await pilot.pause()
        assert reader.active == "document" and screen.focused is screen.query_one(ResultList)


async def test_a_citation_to_another_document_leaves_the_focus_in_its_text(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("B")  # a briefing of every result: items cite many documents
        await settle(pilot)
        briefing = screen.query_one(BriefingView)
        shown = screen.query_one(DocumentView).document
        assert briefing.briefing is not None and shown is not None
        briefing.focus()
        await pilot.pause()
        for _ in range(200):  # to an item citing a document other than the one shown
            chosen = briefing.highlighted_item()
            if chosen is not None and chosen[0].source != shown.id:
                break
            await pilot.press("j")
        else:
            raise AssertionError("no item cites another document")
        await pilot.press("enter")
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert view.document is not None and view.document.id == chosen[0].source
        assert screen.focused is view
        await pilot.press("b")  # a briefing from the text: the focus goes to it, not nowhere
        await settle(pilot)
        assert screen.focused is briefing


async def test_escape_clears_the_filter_only_from_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 30)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        sidebar.focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.filters
        screen.query_one("#search", Input).focus()
        await pilot.press("escape")  # from the box: to the results, the filter kept
        await pilot.pause()
        assert screen.focused is screen.query_one(ResultList) and screen.filters
        await pilot.press("escape")  # in the results: the filter goes
        await settle(pilot)
        assert screen.filters == []


async def test_the_count_line_says_how_many_are_marked(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        count = screen.query_one("#result-count", Static)
        assert "marked" not in str(count.render())
        await pilot.press("space", "space")
        await pilot.pause()
        assert "· 2 marked" in str(count.render())
        await pilot.press("u")
        await pilot.pause()
        assert "marked" not in str(count.render())


async def test_hiding_the_focused_sidebar_hands_the_focus_to_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((160, 40)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        results = screen.query_one(ResultList)
        sidebar.focus()
        await pilot.press("f")  # hidden by its key
        await settle(pilot)
        assert not sidebar.display and screen.focused is results
        await pilot.press("f")
        sidebar.focus()
        await settle(pilot)
        assert sidebar.display and screen.focused is sidebar
        await pilot.resize_terminal(80, 24)  # hidden by a narrower terminal
        await settle(pilot)
        assert not sidebar.display and screen.focused is results
        await pilot.press("j")  # the keys reach a pane
        await pilot.pause()
        assert results.highlighted == 1
