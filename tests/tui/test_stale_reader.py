"""A search that finds nothing leaves the reading pane's briefing and document on screen, from
before it: dimmed, under a line that says so, so that they never pass for its (empty) result."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static, TabbedContent

from briefer.tui.screens.main import STALE_BRIEFING, STALE_DOCUMENT
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def notes_shown(screen: Any) -> list[str]:
    """The notes on screen (the hidden tab's is laid out nowhere)."""
    return [str(n.render()) for n in screen.query(".stale-note") if n.display and n.region.height]


async def test_the_briefing_from_before_an_empty_search_is_said_to_be_so(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        reader = screen.query_one("#reader", TabbedContent)
        view = screen.query_one(BriefingView)
        box.value = "kosovo"
        await settle(pilot)
        before = screen.briefing
        assert before is not None and not reader.has_class("-stale")
        assert notes_shown(screen) == []
        assert view.styles.text_opacity == 1.0
        box.value = "kosovo zzqxw"
        await settle(pilot)
        assert screen.result.total == 0
        assert screen.briefing is before  # kept, not cleared: the reader may come back to it
        assert notes_shown(screen) == [STALE_BRIEFING]
        note = screen.query(".stale-note").first(Static)
        assert note.region.height == 1  # on screen, above the briefing
        assert view.styles.text_opacity < 1.0  # dimmed
        screen.query_one(ResultList).focus()
        await pilot.press("2")  # the Document tab says it of its document
        await pilot.pause()
        assert notes_shown(screen) == [STALE_DOCUMENT]
        box.value = "kosovo"  # results again: the pane follows them and is of now
        await settle(pilot)
        assert notes_shown(screen) == [] and view.styles.text_opacity == 1.0


async def test_a_document_asked_for_after_an_empty_search_is_not_dimmed(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.value = "kosovo zzqxw"
        await settle(pilot)
        assert screen.query_one("#reader", TabbedContent).has_class("-stale")
        screen.query_one(ResultList).focus()
        await pilot.press("d")  # the document read last, briefed on purpose
        await settle(pilot)
        assert not screen.query_one("#reader", TabbedContent).has_class("-stale")
