"""A terminal too narrow for three panes: the sidebar gives way, the reading pane keeps a
readable width (at 60 columns the sidebar beside the results left it 4 columns, a letter a line)."""

from __future__ import annotations

from typing import Any

from textual.widgets import TabbedContent

from briefer.tui.screens.main import SIDEBAR_ROOM
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

READABLE = 28  # columns of the reading pane that hold a few words a line (60 columns: 29)


async def test_f_at_60_columns_leaves_the_reading_pane_its_width(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((60, 24), notifications=True) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("f")
        await settle(pilot)
        assert not screen.query_one(EntitySidebar).display
        assert screen.query_one("#reader", TabbedContent).size.width >= READABLE
        notes = [str(n.message) for n in app._notifications]
        assert any("No room for the sidebar" in note for note in notes), notes


async def test_a_shown_sidebar_gives_way_when_the_terminal_narrows_and_comes_back(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        sidebar.focus()
        await pilot.press("f")  # hidden by default below the wide layout: shown by its key
        sidebar.focus()
        await settle(pilot)
        assert sidebar.display
        await pilot.resize_terminal(SIDEBAR_ROOM - 16, 24)
        await settle(pilot)
        assert not sidebar.display
        assert screen.query_one("#reader", TabbedContent).size.width >= READABLE
        assert screen.focused is screen.query_one(ResultList)  # the keys reach a pane
        await pilot.resize_terminal(SIDEBAR_ROOM, 24)
        await settle(pilot)
        assert sidebar.display  # `f` is still on: with room again, it shows


def test_help_says_below_which_width_the_sidebar_gives_way() -> None:
    from pathlib import Path

    import briefer.tui

    help_text = (Path(briefer.tui.__file__).parent / "help.md").read_text(encoding="utf-8")
    assert f"Below {SIDEBAR_ROOM} columns" in help_text
