"""While the rows listed are the last search's (a word short of its third letter, a query that
cannot be read), the count line says so on one line: 'No results yet (rows: the last search)'
wrapped to two in the results column at 60, 80 and 120 columns, and the rows jumped a line."""

from __future__ import annotations

from typing import Any

import pytest
from rich.text import Text
from textual.widgets import Input, Static

from briefer.tui.rows import STALE_NOTES, stale_line
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def test_the_longest_note_that_fits_is_said() -> None:
    line = Text("No results yet", end="")
    assert stale_line(line, None).plain == "No results yet (rows: the last search)"
    assert stale_line(line, 38).plain == "No results yet (rows: the last search)"
    assert stale_line(line, 34).plain == "No results yet (rows: last search)"
    assert stale_line(line, 28).plain == "No results yet (old rows)"
    assert line.plain == "No results yet"  # the line given is left as it was


def test_a_line_too_long_for_any_note_keeps_all_its_words() -> None:
    error = Text("unknown field 'colour:' (fields: title:, source:, entity:)", end="")
    said = stale_line(error, 28)
    assert said.plain == error.plain + STALE_NOTES[0]  # read whole, wrapped: the note in full


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_no_results_yet_keeps_to_one_line(
    library: Any, start_reader: StartReader, width: int
) -> None:
    async with start_reader((width, 30)) as (_, pilot, screen):
        count = screen.query_one("#result-count", Static)
        results = screen.query_one(ResultList)
        top = results.region.y
        screen.query_one("#search", Input).focus()
        await pilot.press("k")
        await settle(pilot)
        said = str(count.render())
        assert results.has_class("-stale") and said.startswith("No results yet (")
        assert count.size.height == 1, said
        hint = screen.query_one("#suggestion", Static)  # 'Words match … third letter'
        assert results.region.y == top + hint.outer_size.height  # the count took no more


async def test_the_note_is_refitted_when_the_column_narrows(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((160, 30)) as (_, pilot, screen):
        count = screen.query_one("#result-count", Static)
        screen.query_one("#search", Input).focus()
        await pilot.press("k")
        await settle(pilot)
        assert str(count.render()) == "No results yet (rows: the last search)"
        await pilot.resize_terminal(60, 30)
        await settle(pilot)
        # still the stale rows' note (a resize put the rows' count back), on one line
        assert str(count.render()) == "No results yet (old rows)"
        assert count.size.height == 1
