"""What a keystroke in the search box leaves undone: work whose result the next key replaces or
that would change nothing on screen (bench/bench_tui.py times the keystroke)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets._footer import FooterKey

from briefer.tui import facets
from briefer.tui.screens import main
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


async def test_a_bindings_refresh_that_changes_nothing_shown_keeps_the_footer(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader((120, 30)) as (_, pilot, screen):
        keys = list(screen.query(FooterKey))
        assert keys
        screen.refresh_bindings()  # as a search that brings a suggestion (Ctrl+Y) does
        await pilot.pause()
        await pilot.pause()
        assert list(screen.query(FooterKey)) == keys  # the very widgets: nothing composed
        # ...while a change of what it shows (letters from the results) still reaches it
        screen.query_one(ResultList).focus()
        await pilot.pause()
        await pilot.pause()
        shown = {k.description: k.key_display for k in screen.query(FooterKey)}
        assert shown["Sort"] == "s", shown


def answered(screen: Any, typed: str) -> bool:
    """The search for `typed` is on screen; `k`, `ko` (short of a third letter) keep the last
    rows and say so in the count line instead."""
    if len(typed) < 3:
        return str(screen.query_one("#result-count").render()).startswith(main.NOT_YET)
    return screen.result is not None and screen.result.query == typed


async def test_the_sidebar_follows_typed_results_once_the_typing_stops(
    library: Any, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    # a generous pause, so that a slow machine between two keys is not taken for a stop
    monkeypatch.setattr(main, "FACETS_DEBOUNCE", 0.8)
    async with start_reader((120, 30)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        shown: list[list[facets.FacetGroup]] = []
        rebuild = sidebar.show_groups

        def counted(groups: list[facets.FacetGroup], heading: str = "") -> None:
            shown.append(list(groups))
            rebuild(groups, heading)

        monkeypatch.setattr(sidebar, "show_groups", counted)
        screen.query_one("#search").focus()
        typed = ""
        for key in "kosovo":
            typed += key
            await pilot.press(key)
            while not answered(screen, typed):
                await pilot.pause(0.01)
            await pilot.pause(0.1)  # time enough for a keystroke's facets, were they asked
        assert shown == [], "the sidebar was rebuilt for a query the next key replaced"
        await pilot.pause(1.0)
        await settle(pilot)
        assert len(shown) == 1
        expected = facets.group_facets(
            screen.result.facets, screen._facet_type, polity=screen._polity
        )
        assert shown[0] == expected and expected  # the facets of what was typed in the end
