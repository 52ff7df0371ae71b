"""Once the Document tab's header has scrolled away, a line over the text names the document:
its title, date and source. A jump from a joint briefing's item ('[3 ¶7]') lands on a paragraph
of a document the reader may never have opened, its header scrolled off, and nothing on screen
said which document it was (a browser keeps the page's title in its tab, less its file name in
the prompt)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


async def test_the_title_stays_in_view_once_the_header_scrolls_away(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("enter")
        view = screen.query_one(DocumentView)
        await until(pilot, lambda: view.document is not None, "the document")
        await settle(pilot)
        doc = view.document
        assert doc is not None and view.line_count > view.size.height, "a long document"
        where = screen.query_one("#where", Static)
        assert not where.display, "the header shows the title: no line over it"
        await pilot.press("G")
        await pilot.pause()
        assert where.display and where.region.height == 1
        assert str(where.render()).startswith(doc.title[:20])
        assert where.region.y < view.region.y, "over the text"
        await pilot.press("g")
        await pilot.pause()
        assert not where.display


async def test_a_jump_to_a_cited_paragraph_names_its_document(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press(*"kosovo", "enter", "B")
        briefing = screen.query_one(BriefingView)
        await until(pilot, lambda: briefing.scope == "results", "the briefing of the results")
        await settle(pilot)
        briefing.focus()
        await pilot.press("J", "J", "j", "j", "enter")  # a reaction, cited deep in its text
        view = screen.query_one(DocumentView)
        await until(pilot, lambda: view.cited is not None, "the jump")
        await settle(pilot)
        assert view.document is not None and view.scroll_y > 0
        where = screen.query_one("#where", Static)
        assert where.display and str(where.render()).startswith(view.document.title[:20])
