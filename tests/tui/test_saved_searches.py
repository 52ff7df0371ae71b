"""Saved searches: `S` names the current query into settings.toml, `L` and Ctrl+P run one."""

from __future__ import annotations

from typing import Any

from textual.command import CommandPalette
from textual.widgets import Input

from briefer import config
from briefer.tui import core_calls
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen
from briefer.tui.screens.saved import SavedSearchesScreen, SaveSearchScreen, default_name
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

SIZE = (120, 40)
HOSTILE = "[/b] [@click=app.quit] north"


def _main(app: BrieferApp) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


def test_saved_searches_live_in_the_settings_beside_the_rest() -> None:
    config.save_settings(config.Settings(library=["/tmp/news"], theme="briefer-light"))
    assert core_calls.save_search("north", 'kosovo entity:"Serbia"') == {
        "north": 'kosovo entity:"Serbia"'
    }
    core_calls.save_search(HOSTILE, "barricades")
    core_calls.save_search("north", "jarinje")  # the same name replaces
    settings = config.load_settings()
    assert settings.searches == {"north": "jarinje", HOSTILE: "barricades"}
    assert settings.library == ["/tmp/news"] and settings.theme == "briefer-light"
    assert core_calls.forget_searches(["north", HOSTILE, "missing"]) == {}
    assert config.load_settings().searches == {}


def test_the_default_name_is_the_query_cut_at_a_word() -> None:
    assert default_name("  kosovo   border ") == "kosovo border"
    long = "kosovo serbia " * 10
    name = default_name(long)
    assert name.endswith("…") and len(name) <= 61 and name[:-1] == name[:-1].rstrip()
    assert long.startswith(name[:-1])


async def test_s_saves_the_query_and_l_runs_it_again(
    library: Any, start_reader: StartReader
) -> None:
    expected = library.search("barricades", limit=20)
    async with start_reader(SIZE) as (app, pilot, screen):
        await pilot.press(*"barricades", "escape")  # Escape: from the box to the results
        await settle(pilot)
        await pilot.press("S")
        assert isinstance(app.screen, SaveSearchScreen)
        name_box = app.screen.query_one("#save-search-name", Input)
        assert name_box.value == "barricades"
        name_box.value = ""
        await pilot.press(*"roads", "enter")
        await pilot.pause()
        assert config.load_settings().searches == {"roads": "barricades"}
        screen = _main(app)
        screen.query_one("#search", Input).value = "kfor"
        await settle(pilot)
        screen.query_one(ResultList).focus()
        await pilot.press("L")
        assert isinstance(app.screen, SavedSearchesScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#search", Input).value == "barricades"
        assert [h.id for h in screen.query_one(ResultList).hits] == [h.id for h in expected.hits]


async def test_s_does_nothing_without_a_query(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (app, pilot, _):
        _main(app).query_one(ResultList).focus()
        await pilot.press("S")
        assert isinstance(app.screen, MainScreen)
        assert not _main(app).check_action("save_search", ())


async def test_delete_in_the_list_forgets_a_saved_search(
    library: Any, start_reader: StartReader
) -> None:
    core_calls.save_search("first", "barricades")
    core_calls.save_search("second", "kfor")
    async with start_reader(SIZE) as (app, pilot, _):
        _main(app).query_one(ResultList).focus()
        await pilot.press("L", "delete", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert config.load_settings().searches == {"second": "kfor"}
        assert _main(app).saved_searches() == {"second": "kfor"}


async def test_the_palette_lists_saved_searches_as_text_and_runs_one(
    library: Any, start_reader: StartReader
) -> None:
    """A saved name full of markup shows literally in Ctrl+P and runs its query."""
    core_calls.save_search(HOSTILE, "barricades")
    async with start_reader(SIZE) as (app, pilot, _):
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"saved search north")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "[@click=app.quit]" in app.export_screenshot()
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert _main(app).query_one("#search", Input).value == "barricades"
