"""The footer: the main keys that work from where the focus is, wherever that is."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input
from textual.widgets._footer import FooterKey

from briefer.tui.app import BrieferApp
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

MAIN = ("Sort", "Brief marked", "Export", "Re-index", "Help", "Quit")


def footer_keys(app: BrieferApp) -> dict[str, str]:
    """What the footer shows: each description and the key shown beside it."""
    return {k.description: k.key_display for k in app.screen.query(FooterKey) if k.description}


async def test_in_the_search_box_the_footer_shows_keys_that_do_not_type(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((200, 30)) as (app, pilot, screen):
        assert isinstance(screen.focused, Input)
        shown = footer_keys(app)
        assert set(MAIN) <= set(shown), shown
        assert all(len(key) > 1 for key in shown.values()), f"a letter would type: {shown}"
        await pilot.press("ctrl+s")  # and they work from there
        await settle(pilot)
        assert screen.sort == "date"
        assert screen.query_one("#search", Input).value == ""


async def test_from_a_list_or_the_reading_pane_the_footer_shows_the_letters(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((200, 30)) as (app, pilot, screen):
        for pane in (ResultList, BriefingView):
            screen.query_one(pane).focus()
            await pilot.pause()
            shown = footer_keys(app)
            assert set(MAIN) <= set(shown), shown
            assert shown["Sort"] == "s" and shown["Quit"] == "q" and shown["Help"] == "?"


async def test_escape_leaves_the_search_box_for_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 30)) as (_, pilot, screen):
        await pilot.press(*"kosovo", "escape")
        assert screen.focused is screen.query_one(ResultList)
        await pilot.press("s")  # now a letter is a command
        await settle(pilot)
        assert screen.sort == "date"
        assert screen.query_one("#search", Input).value == "kosovo"
