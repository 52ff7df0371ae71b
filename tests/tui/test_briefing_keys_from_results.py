"""`1` (or `B`, `d`) shows the Briefing tab and leaves the focus in the results, so that the
results can still be walked with the briefing following them: `J`, `K` and `*` then act on the
briefing shown. At 80x24 they did nothing visible there (bound in the briefing's pane only)."""

from __future__ import annotations

from typing import Any

from textual.widgets import TabbedContent

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until
from tests.tui.test_briefing_sections import section_of, top_line


async def test_j_k_and_asterisk_act_on_the_briefing_shown_from_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"entity:serbia", "enter", "2", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        results = screen.query_one(ResultList)
        await pilot.press("2", "1")  # the Briefing tab again, from the results
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "briefing"
        assert screen.focused is results  # the results keep the focus, as after `2`
        row = results.highlighted
        assert view.scroll_y == 0
        await pilot.press("J")
        await pilot.pause()
        assert top_line(view).startswith("ACTORS ("), top_line(view)
        assert section_of(view).startswith("ACTORS (")
        await pilot.press("K")
        await pilot.pause()
        assert section_of(view).startswith("BACKGROUND (")
        assert view._long_sections(), "the briefing has a folded section"
        folded = view.option_count
        await pilot.press("asterisk")
        await pilot.pause()
        assert view.option_count > folded  # every section whole
        assert screen.focused is results and results.highlighted == row


async def test_j_does_nothing_to_a_hidden_briefing(library: Any, start_reader: StartReader) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"entity:serbia", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        await pilot.press("2", "J")  # the Document tab shown: the briefing behind it stays
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "document"
        assert view.highlighted is None or section_of(view).startswith("BACKGROUND (")
