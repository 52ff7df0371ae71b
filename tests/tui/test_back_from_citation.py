"""A jump from a briefing item to the paragraph it cites is a step Escape takes back: to the
item, in the Briefing tab, as a browser's Back after a link (it went to the results, and the
item read was lost); from there Escape goes on to the results."""

from __future__ import annotations

from typing import Any

from textual.widgets import TabbedContent

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until
from tests.tui.test_footer_width import shown


async def test_escape_after_a_citation_jump_comes_back_to_the_item(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 30)) as (app, pilot, screen):
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.briefing is not None, "the first row's briefing")
        view.focus()
        await pilot.press("j")  # an item past the first
        await pilot.pause()
        item = view.highlighted
        assert item is not None and view.highlighted_item() is not None
        await pilot.press("enter")
        doc_view = screen.query_one(DocumentView)
        await until(pilot, lambda: doc_view.cited is not None, "the jump to the citation")
        await settle(pilot)
        reader = screen.query_one("#reader", TabbedContent)
        assert reader.active == "document" and screen.focused is doc_view
        assert shown(app).get("Briefing") == "esc", "the footer says where Escape leads"
        await pilot.resize_terminal(80, 24)  # there 'Back', and `z` keeps its place
        await pilot.pause()
        assert shown(app).get("Back") == "esc" and "Full width" in shown(app)
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert reader.active == "briefing" and screen.focused is view
        assert view.highlighted == item, "the item jumped from keeps its highlight"
        await pilot.press("escape")  # one step further: the results
        await pilot.pause()
        assert screen.focused is screen.query_one(ResultList)


async def test_escape_in_a_document_opened_from_the_results_still_goes_to_them(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.briefing is not None, "the first row's briefing")
        view.focus()
        await pilot.press("j", "enter")  # a jump made, then another document opened
        doc_view = screen.query_one(DocumentView)
        await until(pilot, lambda: doc_view.cited is not None, "the jump to the citation")
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("j", "enter")
        await settle(pilot)
        assert screen.focused is doc_view
        await pilot.press("escape")
        await pilot.pause()
        assert screen.focused is results
