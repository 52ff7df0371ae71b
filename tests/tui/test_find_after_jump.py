"""A jump from a briefing item to the paragraph it cites closes a find opened before, as a
browser's find bar closes when a link is followed: left open it counted the matches of the text
read before ('match 1/6' over the cited paragraph, `n` leaving it for match 1), and it took the
Escape that goes back to the item."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static, TabbedContent

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


async def test_a_citation_jump_closes_the_find_opened_before(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.briefing is not None, "the first row's briefing")
        screen.query_one(ResultList).focus()
        await pilot.press("enter")  # the document, its text focused
        doc_view = screen.query_one(DocumentView)
        await until(pilot, lambda: doc_view.document is not None, "the document")
        await settle(pilot)
        await pilot.press("slash", *"the", "enter")  # find, then back to the text
        await pilot.pause()
        find = screen.query_one("#find", Input)
        assert find.has_class("-open") and doc_view.matches
        await pilot.press("1")
        await pilot.pause()
        assert screen.focused is view
        await pilot.press("j", "enter")  # an item's citation, in the document shown
        await until(pilot, lambda: doc_view.cited is not None, "the jump to the citation")
        await settle(pilot)
        assert not find.has_class("-open"), "the find box closed"
        assert doc_view.needle == "" and not doc_view.matches and doc_view.current is None
        assert str(screen.query_one("#find-status", Static).render()) == ""
        assert screen.focused is doc_view
        await pilot.press("escape")  # one step back: the item, not a find to close
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "briefing"
        assert screen.focused is view


async def test_a_citation_in_the_document_read_drops_its_search_words_too(
    library: Any, start_reader: StartReader
) -> None:
    """As a citation into another document opens with none: 'search words 1/10' stayed under
    the cited paragraph, and n left it for the first match, pages above."""
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press(*"kosovo", "down", "enter")  # the first result, its words highlighted
        doc_view = screen.query_one(DocumentView)
        await until(pilot, lambda: bool(doc_view.matches), "the search words highlighted")
        await settle(pilot)
        view = screen.query_one(BriefingView)
        await pilot.press("1")
        await until(pilot, lambda: view.briefing is not None, "the document's briefing")
        assert screen.focused is view
        await pilot.press("j", "enter")  # a citation into the document shown
        await until(pilot, lambda: doc_view.cited is not None, "the jump to the citation")
        await settle(pilot)
        assert not doc_view.matches and doc_view.current is None
        assert str(screen.query_one("#find-status", Static).render()) == ""
        assert not doc_view.check_action("next_match", ())
