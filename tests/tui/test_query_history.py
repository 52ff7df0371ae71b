"""The reader remembers the searches of a session: Alt+Up goes back to the one left (its text,
results and highlighted row), Alt+Down forward again; a new search from there ends the way
forward. The history itself is pure and tested without a terminal first."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from briefer.tui.commands import COMMANDS, SEARCH_BACK_FOOTER, help_table
from briefer.tui.palette import ReaderCommands
from briefer.tui.query_history import QueryHistory, QueryStop
from briefer.tui.screens import main
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until
from tests.tui.test_footer_width import assert_nothing_cut, shown


@pytest.fixture(autouse=True)
def slow_typist_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """A search left shown for `QUERY_SETTLE` is a stop; on a loaded machine (CI beside other
    jobs) the pilot took over a second between two keys of "water", and "wa" became one. The
    tests give the pilot three seconds a key instead (the rule they test is the same)."""
    monkeypatch.setattr(main, "QUERY_SETTLE", 3.0)


# ---- the history, pure ----------------------------------------------------------------------


def test_back_and_forward_walk_the_stops_visited() -> None:
    history = QueryHistory()
    for text in ("a", "b", "c"):
        history.visit(QueryStop(text))
    assert history.back() == QueryStop("b")
    assert history.back() == QueryStop("a")
    assert history.back() is None and history.current == QueryStop("a")
    assert history.forward() == QueryStop("b")
    assert history.forward() == QueryStop("c")
    assert history.forward() is None


def test_the_same_search_twice_is_one_stop_and_keeps_the_newest_row() -> None:
    history = QueryHistory()
    history.visit(QueryStop("a", row="1"))
    history.visit(QueryStop("a", row="2"))
    assert len(history) == 1 and history.current == QueryStop("a", row="2")
    history.visit(QueryStop("a", (("entity", "Lena Park"),)))  # a filter: another search
    assert len(history) == 2


def test_a_new_stop_after_going_back_drops_the_way_forward() -> None:
    history = QueryHistory()
    for text in ("a", "b", "c"):
        history.visit(QueryStop(text))
    history.back()
    history.back()
    history.visit(QueryStop("d"))
    assert not history.can_go_forward
    assert history.back() == QueryStop("a")


def test_the_history_is_bounded_losing_the_oldest() -> None:
    history = QueryHistory(limit=3)
    for text in "abcde":
        history.visit(QueryStop(text))
    assert len(history) == 3
    while history.back() is not None:
        pass
    assert history.current == QueryStop("c")


def test_the_keys_are_declared_once_and_clash_with_no_other() -> None:
    ids = {c.id: c for c in COMMANDS}
    back, forward = ids["main.query-back"], ids["main.query-forward"]
    assert "alt+up" in back.keys.split(",") and "alt+down" in forward.keys.split(",")
    ours = set(back.keys.split(",")) | set(forward.keys.split(","))
    for command in COMMANDS:
        if command not in (back, forward) and command.scope in ("app", "main"):
            assert not ours & set(command.keys.split(",")), command.id
    assert "Back to the previous search" in help_table()


# ---- in the reader ----------------------------------------------------------------------------


def rows(screen: MainScreen) -> list[str]:
    return [h.id for h in screen.query_one(ResultList).hits]


async def search_for(pilot: Any, screen: MainScreen, text: str) -> None:
    screen.query_one("#search", Input).focus()
    await pilot.press("ctrl+u", *text)
    await settle(pilot)


async def follow_first_actor(pilot: Any, screen: MainScreen) -> str:
    view = screen.query_one(BriefingView)
    assert view.briefing is not None
    name = next(a.name for s in view.briefing.sections for a in s.actors)
    view.focus()
    while not (view.get_option_at_index(view.highlighted or 0).id or "").startswith("actor-"):
        await pilot.press("j")
    await pilot.press("enter")
    await settle(pilot)
    return name


async def test_back_after_following_an_actor_restores_the_search_and_its_row(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader((120, 40)) as (app, pilot, screen):
        box = screen.query_one("#search", Input)
        await search_for(pilot, screen, "minister")
        typed_rows = rows(screen)
        assert len(typed_rows) >= 3
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("j", "j")  # the third row: the place to come back to
        await settle(pilot)
        place = results.current_id()
        assert place == typed_rows[2]

        name = await follow_first_actor(pilot, screen)
        followed = f'entity:"{name}"'
        assert box.value == followed
        followed_rows = rows(screen)
        assert followed_rows != typed_rows
        # elsewhere in these rows, so that only the history can bring the row back
        await pilot.press("g" if results.current_id() != followed_rows[0] else "j")
        await settle(pilot)
        assert results.current_id() != place

        offered = [hit.text async for hit in ReaderCommands(screen).discover()]
        assert "Back to the previous search, its results and row" in offered
        assert "Forward to the next search" not in offered  # nothing ahead yet
        assert "Prev search" not in shown(app)  # 120 columns: no room beside the results' keys
        box.focus()
        await pilot.pause()
        assert shown(app)["Prev search"] == "Alt+↑"  # the search box's keys are fewer
        assert_nothing_cut(app)
        results.focus()
        await pilot.pause()

        await pilot.press("alt+up")
        await settle(pilot)
        assert box.value == "minister"
        assert rows(screen) == typed_rows
        assert screen.result.total == library.search("minister").total
        assert results.current_id() == place

        await pilot.press("alt+down")
        await settle(pilot)
        assert box.value == followed
        assert rows(screen) == followed_rows


async def test_a_new_search_after_going_back_drops_the_way_forward(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        await search_for(pilot, screen, "minister")
        await follow_first_actor(pilot, screen)
        await pilot.press("alt+up")  # from the results: `{` would do too
        await settle(pilot)
        assert box.value == "minister"
        assert screen.check_action("query_forward", ()) is True

        await search_for(pilot, screen, "water")  # typed in the box, then the typing stops
        await pilot.pause(main.QUERY_SETTLE + 0.1)
        assert screen.check_action("query_forward", ()) is False
        await pilot.press("alt+down")
        await settle(pilot)
        assert box.value == "water"

        await pilot.press("alt+up")  # back goes to the search typed before, not past it
        await settle(pilot)
        assert box.value == "minister"


async def test_keystrokes_are_not_stops_only_the_search_left_is(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        await search_for(pilot, screen, "election")
        await pilot.pause(main.QUERY_SETTLE + 0.1)  # read for a moment: a stop
        await search_for(pilot, screen, "water")
        screen.query_one(ResultList).focus()
        await pilot.press("left_curly_bracket")
        await settle(pilot)
        assert box.value == "election"  # not "wate", "wat"... nor a prefix of "election"
        await pilot.press("left_curly_bracket")
        await settle(pilot)
        assert box.value == ""  # the library as it opened
        assert screen.check_action("query_back", ()) is False


def footer_laid_out(app: Any) -> bool:
    """Every key of the footer placed (a loaded machine may show it mid-recompose)."""
    return all(key.region.width > 0 for key in app.screen.query("FooterKey"))


async def test_the_footer_offers_back_only_where_it_leaves_help_and_quit_room(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader((SEARCH_BACK_FOOTER, 30)) as (app, pilot, screen):
        assert "Prev search" not in shown(app)  # nothing to go back to yet
        await search_for(pilot, screen, "minister")
        await follow_first_actor(pilot, screen)
        for pane in ("#results", "#briefing-view", "#search", "#entities"):
            screen.query_one(pane).focus()
            await pilot.pause()
            await until(pilot, lambda: footer_laid_out(app), "the footer of " + pane)
            keys = shown(app)
            assert keys["Prev search"] == "Alt+↑" and {"Help", "Quit"} <= set(keys), pane
            assert_nothing_cut(app)
