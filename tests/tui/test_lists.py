"""The reader's lists as drawn: every item whole, and fresh results shown from the top."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input

from briefer.tui import core_calls
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.nav_list import NavList
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import SAMPLE_DOCS, StartReader, settle


def drawn_text(view: NavList) -> str:
    """Every line the list draws, page by page, joined with single spaces."""
    lines: list[str] = []
    height = view.scrollable_content_region.height
    for top in range(0, view.virtual_size.height, height):
        view.scroll_y = top
        first = int(view.scroll_y)
        for y in range(top - first, height):
            lines.append(view.render_line(y).text)
    return " ".join(" ".join(lines).split())


async def open_reader(pilot: Any, fresh: bool) -> None:
    """Wait for the opened (or, `fresh`, first indexed) library."""
    await settle(pilot, rounds=8 if fresh else 3)


@pytest.mark.parametrize("size", [(130, 34), (80, 24), (200, 50)])
@pytest.mark.parametrize("fresh", [False, True], ids=["indexed", "indexing-on-open"])
async def test_every_briefing_line_is_drawn_whole_with_its_citation(
    size: tuple[int, int], fresh: bool, request: pytest.FixtureRequest
) -> None:
    if fresh:  # `briefer PATH` on a new home: the briefing arrives while the index is built
        core_calls.add_to_library([str(SAMPLE_DOCS)])
    else:
        request.getfixturevalue("library")
    app = BrieferApp(sync_on_open=fresh)
    async with app.run_test(size=size) as pilot:
        await open_reader(pilot, fresh)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        view = screen.query_one(BriefingView)
        for query in ("", "barricades"):  # the briefing the reader opens on, then a search's
            screen.query_one("#search").focus()
            await pilot.press(*query)
            await settle(pilot)
            view.focus()  # a new style: the items are drawn again, at the width left to them
            for section in view.briefing.sections if view.briefing is not None else ():
                view.unfold(section.key)  # every row, not the first of each long section
            await pilot.pause()
            assert view.max_scroll_y > 0, "the briefing is taller than its pane: a scrollbar"
            drawn = drawn_text(view)
            for option in view.options:
                whole = " ".join(str(option.prompt).split())
                assert whole in drawn


class ResultsOnly(App[None]):
    def compose(self) -> ComposeResult:
        yield ResultList(id="results")


async def test_new_results_show_from_the_top_with_the_first_highlighted(library: Any) -> None:
    hits = library.search("kosovo", limit=30).hits
    app = ResultsOnly()
    async with app.run_test(size=(40, 16)) as pilot:
        results = app.query_one(ResultList)
        results.show_hits(hits)
        await pilot.pause()
        results.show_hits(hits[::-1])  # the highlighted document is now the last one
        await pilot.pause()
        assert results.highlighted == 0
        assert results.scroll_y == 0


async def test_a_result_the_user_moved_to_stays_highlighted_and_whole(library: Any) -> None:
    hits = library.search("kosovo", limit=30).hits
    app = ResultsOnly()
    async with app.run_test(size=(40, 16)) as pilot:
        results = app.query_one(ResultList)
        results.show_hits(hits)
        await pilot.pause()
        results.focus()
        await pilot.press("j", "j")
        chosen = results.current_id()
        results.show_hits(hits[::-1])
        await pilot.pause()
        assert results.current_id() == chosen
        top = int(results.scroll_y)
        assert top == results._index_to_line[results.highlighted or 0]
        results.show_hits(hits)  # still the user's choice until new results arrive unmoved
        await pilot.pause()
        assert results.current_id() == chosen


async def test_down_on_the_last_result_stays_there_and_up_on_the_first_too(
    library: Any, start_reader: StartReader
) -> None:
    """`j` held through a short list, or Space marking its last row, wrapped to the first
    row, where Enter then opened another document than the one meant (less and newsboat
    stop at the end)."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.value = "kfor"
        await settle(pilot)
        results = screen.query_one(ResultList)
        count = len(results.hits)
        assert 1 < count == results.total  # every result listed: nothing more to load
        results.focus()
        await pilot.press(*"j" * (count + 2))
        await pilot.pause()
        assert results.highlighted == count - 1
        await pilot.press("space")  # marks the last row and stays on it
        await pilot.pause()
        assert results.highlighted == count - 1 and len(results.marked) == 1
        await pilot.press(*"k" * (count + 2))
        await pilot.pause()
        assert results.highlighted == 0
