"""Coming back to the search box (Shift+Tab, Ctrl+F, `/` with no document shown) leaves the
query whole and selected, as a browser's address bar or Recoll's and DocFetcher's boxes do
(Qt and SWT select a line edit's text on keyboard focus): typing replaces it, End or → and
typing extends it. A dialog closed over the box (Ctrl+P, F1) gives the caret back where it was,
not a new selection that the next letter would type over."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


@pytest.mark.parametrize("key", ["shift+tab", "ctrl+f", "slash"])
async def test_the_query_comes_back_selected_to_replace_or_extend(
    library: Any, key: str, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        await pilot.press(*"kosovo", "down")
        await settle(pilot)
        assert isinstance(screen.focused, ResultList)
        await pilot.press(key)
        await pilot.pause()
        assert screen.focused is box
        assert tuple(box.selection) == (0, len("kosovo")), "the whole query, ready to replace"
        await pilot.press("end", *" serbia")
        await pilot.pause()
        assert box.value == "kosovo serbia", "End, then typing, extends it"
        await pilot.press("down")
        await settle(pilot)
        await pilot.press(key, *"vucic")
        await pilot.pause()
        assert box.value == "vucic", "typing at once replaces it"


async def test_a_dialog_closed_over_the_box_keeps_the_caret(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        await pilot.press(*"kosovo")
        await settle(pilot)
        for opened in ("ctrl+p", "f1"):
            await pilot.press(opened)
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert screen.focused is box and box.selection.is_empty
        await pilot.press(*" border")
        await pilot.pause()
        assert box.value == "kosovo border"
