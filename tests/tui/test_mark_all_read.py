"""`A`, newsboat's "mark all read" at the end of a session's reading, is in Ctrl+P and works from
any pane: it was bound in the results only, and the palette, which offers the screen's commands,
never listed it (a search there for "read" found only `U`)."""

from __future__ import annotations

from typing import Any

from briefer.tui.palette import ReaderCommands
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


async def test_the_palette_offers_mark_all_read_and_it_marks_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (app, pilot, screen):
        hits = [hit async for hit in ReaderCommands(app.screen).search("read")]
        offered = [str(hit.text) for hit in hits]
        assert "Mark every result listed read" in offered, offered
        hit = next(h for h in hits if str(h.text) == "Mark every result listed read")
        assert hit.help == "A"
        results = screen.query_one(ResultList)
        assert results.read_state is not None
        await hit.command()  # run_action, as the palette runs it
        await settle(pilot)
        assert all(results.read_state.is_read(h.id) for h in results.hits)


async def test_a_from_the_briefing_marks_every_result_read(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        screen.query_one(BriefingView).focus()
        await pilot.press("A")
        await settle(pilot)
        assert results.read_state is not None and results.hits
        assert all(results.read_state.is_read(h.id) for h in results.hits)
