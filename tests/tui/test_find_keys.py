"""`/` in the reader: find in the document shown from any pane, else the search box; keys typed
in a burst right behind it land in the box it opens."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.widgets import Input, TabbedContent

from briefer.tui.app import BrieferApp
from briefer.tui.screens import main as main_screen
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, reader_screen

SIZE = (120, 40)


def _burst(app: BrieferApp, keys: str) -> None:
    """Queue every key at once, as a fast typist or a paste does: none waits for the one before."""
    for char in keys:
        key = "slash" if char == "/" else char
        app.post_message(events.Key(key, char))


async def _document_shown(pilot: Any) -> MainScreen:
    screen = reader_screen(pilot.app)
    screen.query_one(ResultList).focus()
    await pilot.press("2")
    await pilot.pause()
    assert screen.query_one("#reader", TabbedContent).active == "document"
    assert screen.query_one(DocumentView).document is not None
    return screen


@pytest.mark.parametrize("pane", [ResultList, EntitySidebar, DocumentView])
async def test_slash_from_any_pane_opens_find_in_the_shown_document(
    library: Any, pane: type, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen = await _document_shown(pilot)
        screen.query_one(pane).focus()
        await pilot.pause()
        await pilot.press("slash", *"the")
        await pilot.pause()
        find = screen.query_one("#find", Input)
        assert find.has_focus and find.value == "the"
        assert screen.query_one("#search", Input).value == ""
        assert screen.query_one(DocumentView).matches


async def test_keys_in_a_burst_after_slash_reach_the_find_box(
    library: Any, start_reader: StartReader
) -> None:
    """n, e, w would step matches or open the export dialog if they reached the text first."""
    async with start_reader(SIZE) as (app, pilot, screen):
        screen = await _document_shown(pilot)
        view = screen.query_one(DocumentView)
        view.focus()
        await pilot.pause()
        _burst(app, "/news")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen  # no dialog opened by a stray `e`
        find = screen.query_one("#find", Input)
        assert find.has_focus and find.value == "news"
        assert view.needle == "news"


async def test_keys_in_a_burst_after_slash_reach_the_search_box(
    library: Any, start_reader: StartReader
) -> None:
    """On the Briefing tab `/` is search: the keys behind it type there, not in the results."""
    async with start_reader(SIZE) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.pause()
        _burst(app, "/bend")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        search = screen.query_one("#search", Input)
        assert search.has_focus and search.value == "bend"


async def test_slash_with_no_document_open_focuses_the_search_box(
    library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_screen, "READ_DEBOUNCE", 60.0)  # no document is loaded meanwhile
    app = BrieferApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = reader_screen(app)
        screen.query_one(ResultList).focus()
        await pilot.press("2")
        await pilot.pause()
        assert screen.query_one(DocumentView).document is None
        await pilot.press("slash", *"kos")
        await pilot.pause()
        assert not screen.query_one("#find", Input).has_class("-open")
        search = screen.query_one("#search", Input)
        assert search.has_focus and search.value == "kos"
