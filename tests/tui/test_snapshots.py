"""A few SVG snapshots of the reader's looks (review the SVG before `--snapshot-update`)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import settle


async def _search(pilot: Pilot[Any], query: str) -> MainScreen:
    await settle(pilot)
    await pilot.press(*query)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


def test_library_with_results(fixture_library: None, snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _search(pilot, "trout")
        screen.query_one(ResultList).focus()
        await pilot.pause()

    assert snap_compare(BrieferApp(), terminal_size=(100, 30), run_before=run_before)


def test_briefing_tab_at_80x24(fixture_library: None, snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _search(pilot, "patrols")
        screen.query_one("#briefing-view").focus()
        await pilot.pause()

    assert snap_compare(BrieferApp(), terminal_size=(80, 24), run_before=run_before)


def test_briefing_tab_in_the_light_theme(fixture_library: None, snap_compare: Any) -> None:
    from briefer.tui.themes import LIGHT

    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _search(pilot, "patrols")
        screen.query_one("#briefing-view").focus()
        await pilot.pause()

    assert snap_compare(BrieferApp(theme=LIGHT), terminal_size=(100, 30), run_before=run_before)


def test_document_tab_with_find(fixture_library: None, snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _search(pilot, "unesco")
        screen.query_one(ResultList).focus()
        await pilot.press("enter")
        await settle(pilot)
        screen.query_one(DocumentView).focus()
        await pilot.press("slash", *"ohrid", "enter", "n")
        await pilot.pause()

    assert snap_compare(BrieferApp(), terminal_size=(100, 30), run_before=run_before)


def test_help_screen(fixture_library: None, snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(BrieferApp(), terminal_size=(80, 24), run_before=run_before)
