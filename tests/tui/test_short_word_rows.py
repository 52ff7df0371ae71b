"""`k`, `ko` on the way to `kosovo` find nothing (a word matches as a prefix from its third
letter): the list emptied for two keys, then filled again. The rows of the last search stay,
dimmed, the count line says whose they are, and the hint says to type on."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static

from briefer.tui.screens.main import STALE_ROWS
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

THIRD_LETTER = "Words match as you type from their third letter"


async def test_the_first_two_letters_keep_the_last_rows_dimmed(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        count = screen.query_one("#result-count", Static)
        hint = screen.query_one("#suggestion", Static)
        screen.query_one("#search", Input).focus()
        before = [h.id for h in results.hits]
        shown_query, shown_count = screen.shown_query, str(count.render())
        assert before and not results.has_class("-stale")
        for key in ("k", "o"):
            await pilot.press(key)
            await settle(pilot)
            assert [h.id for h in results.hits] == before
            assert results.has_class("-stale")
            assert str(count.render()).endswith(STALE_ROWS.strip())
            assert str(hint.render()) == THIRD_LETTER and hint.display
            assert screen.shown_query == shown_query  # pages and briefs: still the rows' search
        await pilot.press("s")  # `kos`: a prefix that matches
        await settle(pilot)
        assert screen.result.total > 0 and not results.has_class("-stale")
        assert "rows: the last search" not in str(count.render())
        assert not hint.display
        await pilot.press("backspace", "backspace", "backspace")  # all documents again
        await settle(pilot)
        assert str(count.render()) == shown_count


async def test_with_no_rows_before_the_list_says_no_match_as_before(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.value = "zzqxw"  # nothing: the list empties
        await settle(pilot)
        assert not screen.query_one(ResultList).hits
        box.value = "zzqxw k"  # nothing to keep: the plain empty list and the hint
        await settle(pilot)
        assert screen.result.total == 0 and screen.result.query == "zzqxw k"
        assert str(screen.query_one("#suggestion", Static).render()) == THIRD_LETTER
