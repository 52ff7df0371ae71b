"""The sidebar's facets are those of the rows listed, however fast the box changes: after
Backspace held down, it showed the facets of a query typed before (until the next search that
listed rows of its own), beside the rows of another."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from briefer.tui.facets import group_facets
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.entities import EntitySidebar
from tests.tui.conftest import StartReader, settle


def facets_of_the_rows(screen: MainScreen) -> list[tuple[str, str]]:
    """(field, value) of every facet the rows' own search has, in the sidebar's order."""
    groups = group_facets(screen.result.facets, screen._facet_type, polity=screen._polity)
    return [(g.field, name) for g in groups for name, _ in g.items]


def facets_shown(screen: MainScreen) -> list[tuple[str, str]]:
    sidebar = screen.query_one(EntitySidebar)
    return [(f.field, f.value) for f in sidebar._facets.values()]


async def test_fast_deletes_leave_the_facets_of_the_rows_listed(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((160, 40)) as (_, pilot, screen):
        screen.query_one("#search", Input).focus()
        await pilot.press(*"border")
        await settle(pilot)
        border_facets = facets_shown(screen)
        assert border_facets == facets_of_the_rows(screen) and border_facets
        # held Backspace: each key comes before the last one's facets are due
        for _ in range(4):  # `border` -> `bo`: the rows of `bor` stay, dimmed
            await pilot.press("backspace")
            await pilot.pause()
        await settle(pilot)
        assert screen.query_one("#search", Input).value == "bo"
        assert screen.shown_query.startswith("bor")
        shown = facets_shown(screen)
        assert shown == facets_of_the_rows(screen)
        assert shown != border_facets  # `bor` lists 14 documents, `border` 2


async def test_an_older_search_s_facets_never_replace_a_newer_one_s(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((160, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*"kosovo")
        await settle(pilot)
        for _ in range(6):  # to the empty box, each key with no wait at all
            await pilot.press("backspace")
        await settle(pilot)
        assert box.value == "" and screen.shown_query in ("", "*")
        assert facets_shown(screen) == facets_of_the_rows(screen)
