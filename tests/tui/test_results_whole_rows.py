"""Moving down the results, the row at the top of the list is whole: the list scrolled by
lines, and at 80x24 three `j` left 'By Dragana Ilić · 16 December…' at the top, the last lines
of a row whose title and mark had scrolled away."""

from __future__ import annotations

from typing import Any

from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


async def test_the_top_row_of_the_results_is_never_cut_moving_down(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        cut = 0
        for _ in range(len(results.hits) - 1):
            await pilot.press("j")
            await pilot.pause()
            assert results.highlighted is not None
            first = round(results.scroll_y)
            _row, offset = results._lines[first]
            cut += bool(offset)
            # the highlighted row is on screen whole
            top = results._index_to_line[results.highlighted]
            height = results._heights[results.highlighted]
            assert first <= top and top + height <= first + results.scrollable_content_region.height
        assert results.scroll_y > 0 and cut == 0
        await settle(pilot)


async def test_near_the_end_the_top_row_is_whole_too(
    library: Any, start_reader: StartReader
) -> None:
    """The highlight kept at the top (an actor followed keeps the document read highlighted)
    where the rows end below it: the list cannot scroll that far and stopped with a row cut
    at the top ('By Dragana Ilić · 16 December…' over an 'entity:"Kosovo"' list)."""
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"kosovo", "enter")
        await settle(pilot)
        results = screen.query_one(ResultList)
        assert not results.more_to_load and len(results.hits) >= 4
        height = results.scrollable_content_region.height
        for row in range(len(results.hits)):
            results.highlighted = row
            results.scroll_to_highlight(top=True)
            await pilot.pause()
            first = round(results.scroll_y)
            _row, offset = results._lines[first]
            top = results._index_to_line[row]
            whole = first <= top and top + results._heights[row] <= first + height
            assert whole, row
            # a cut top is left only where showing that row whole would cut the highlight
            if offset:
                assert top + results._heights[row] > first - offset + height, row
        assert results.max_scroll_y > 0
