"""The footer at 80 columns: the keys a new reader needs from each pane, none cut at its edge;
more of them from 110 columns; dialogs show their own keys, not the reader's."""

from __future__ import annotations

from typing import Any

from textual.widget import Widget
from textual.widgets import Input

from briefer.tui.app import BrieferApp
from briefer.tui.commands import BOTH_BRIEF_FOOTER
from briefer.tui.screens.export import ExportScreen
from briefer.tui.screens.help import HelpScreen
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, reader_screen, settle

EVERY_PANE = ("Open", "Copy", "Export", "Help", "Quit")
READING = ("Full width", "Back", *EVERY_PANE)  # and no briefing of results below 110


def footer_widgets(app: BrieferApp) -> list[Widget]:
    """The footer's keys on the screen on top (queried by type name: the class is private)."""
    return list(app.screen.query("FooterKey"))


def shown(app: BrieferApp) -> dict[str, str]:
    return {
        k.description: k.key_display  # type: ignore[attr-defined]
        for k in footer_widgets(app)
        if k.description  # type: ignore[attr-defined]
    }


def assert_nothing_cut(app: BrieferApp) -> None:
    """Every key ends inside the screen, left of the palette's key docked at the right."""
    keys = footer_widgets(app)
    palette = [k for k in keys if k.has_class("-command-palette")]
    edge = palette[0].region.x if palette else app.screen.size.width
    for key in keys:
        if key in palette:
            continue
        assert key.region.width > 0, f"{key.description!r} has no room"  # type: ignore[attr-defined]
        assert key.region.right <= edge, f"{key.description!r} runs under the palette key"  # type: ignore[attr-defined]


async def test_at_80_columns_each_pane_shows_its_main_keys_uncut(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (app, pilot, screen):
        assert isinstance(screen.focused, Input)
        assert {"Export", "Sort", "Results", "Help", "Quit"} <= set(shown(app))
        assert_nothing_cut(app)

        screen.query_one(ResultList).focus()
        await pilot.pause()
        keys = shown(app)
        assert {"Mark", "Sort", "Brief all", *EVERY_PANE} <= set(keys), keys
        assert "Full width" not in keys  # a key for reading: in the reading panes
        assert keys["Open"] == "o" and keys["Copy"] == "y" and keys["Brief all"] == "B"
        assert "Re-index" not in keys and "Brief" not in keys  # from 110 / once marked
        assert_nothing_cut(app)

        await pilot.press("space")  # marked: `b` briefs them, in place of `B`
        await pilot.pause()
        keys = shown(app)
        assert keys.get("Brief") == "b" and "Brief all" not in keys
        assert_nothing_cut(app)
        await pilot.press("u")
        await pilot.pause()
        assert "Brief all" in shown(app)

        screen.query_one(BriefingView).focus()
        await pilot.pause()
        keys = shown(app)
        assert {"Jump", *READING} <= set(keys) and keys["Full width"] == "z"
        assert not {"Sort", "Brief all", "Brief"} & set(keys)  # the results list has them
        assert_nothing_cut(app)

        await pilot.press("2")
        await pilot.pause()
        assert isinstance(screen.focused, DocumentView)
        assert {"Find", *READING} <= set(shown(app))
        assert_nothing_cut(app)

        await pilot.press("slash", *"serb", "enter")  # find open, the focus back in the text
        await pilot.pause()
        keys = shown(app)
        assert {"Close find", "Full width", *EVERY_PANE} <= set(keys) and "Find" not in keys
        assert_nothing_cut(app)


async def test_hidden_keys_still_work_and_come_back_from_110_columns(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.pause()
        active = screen.active_bindings
        assert active["r"].binding.action == "reindex" and active["r"].enabled
        assert active["b"].binding.action == "brief_marked" and active["b"].enabled
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        keys = shown(app)
        assert keys.get("Re-index") == "r" and keys.get("Brief all") == "B"
        assert keys.get("Brief marked") == "b"
        assert_nothing_cut(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert "Re-index" not in shown(app)
        assert_nothing_cut(app)


async def test_close_find_leaves_the_footer_when_the_find_box_closes(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 30)) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("slash", *"the", "enter")
        await pilot.pause()
        assert "Close find" in shown(app)
        await pilot.press("escape")  # from the text: the box closes, the focus stays there
        await pilot.pause()
        assert isinstance(screen.focused, DocumentView)
        keys = shown(app)
        assert "Close find" not in keys and "Find" in keys


async def test_help_and_export_show_their_own_keys(library: Any, start_reader: StartReader) -> None:
    async with start_reader((80, 24)) as (app, pilot, _):
        reader_screen(app).query_one(ResultList).focus()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert shown(app) == {"Close help": "esc"}
        await pilot.press("escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        keys = shown(app)
        assert "Cancel" in keys and "Sort" not in keys and "Quit" not in keys


async def test_at_110_columns_the_results_after_following_an_actor_keep_help_uncut(
    library: Any,
    start_reader: StartReader,
) -> None:
    """Following an actor leaves a search to go back to: the list's keys must still fit."""
    async with start_reader((110, 30)) as (app, pilot, screen):
        view = screen.query_one(BriefingView)
        view.focus()
        await pilot.pause()
        while view.highlighted_actor() is None:
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#search", Input).value.startswith('entity:"')
        assert isinstance(screen.focused, ResultList)
        keys = shown(app)
        assert {"Mark", "Sort", "Re-index", "Brief all", *EVERY_PANE} <= set(keys), keys
        assert "Brief marked" not in keys  # one briefing key below BOTH_BRIEF_FOOTER
        assert_nothing_cut(app)

        screen.query_one(BriefingView).focus()  # the reading panes' keys, Back among them
        await pilot.pause()
        assert {"Brief all", *READING} <= set(shown(app))
        assert_nothing_cut(app)
        await pilot.resize_terminal(BOTH_BRIEF_FOOTER, 30)
        await settle(pilot)
        assert {"Brief all", *READING} <= set(shown(app))  # `z` before `b` and Re-index here
        assert_nothing_cut(app)
        screen.query_one(ResultList).focus()  # both briefing keys, still uncut
        await pilot.pause()
        assert {"Brief marked", "Brief all", "Re-index", "Help"} <= set(shown(app))
        assert_nothing_cut(app)


async def test_the_full_width_key_shows_in_the_reading_panes_at_every_width(
    library: Any, start_reader: StartReader
) -> None:
    """`z` is what a reader of a narrow pane needs; the footer offers it from both reading
    panes, uncut, at 80 columns as at 160, and leaves it out once the pane is at full width
    (Escape, 'Back', brings the results again)."""
    async with start_reader((80, 24)) as (app, pilot, screen):
        for width in (80, 100, 110, BOTH_BRIEF_FOOTER, 140, 160):
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            for pane in (BriefingView, DocumentView, ResultList, Input):
                if pane is DocumentView:
                    await pilot.press("2")
                else:
                    screen.query_one(pane).focus()
                await pilot.pause()
                keys = shown(app)
                assert {"Help", "Quit"} <= set(keys), (width, pane, keys)
                if pane in (ResultList, Input):
                    assert "Full width" not in keys, width
                else:
                    assert keys.get("Full width") == "z", (width, pane, keys)
                assert_nothing_cut(app)
        await pilot.resize_terminal(80, 24)
        screen.query_one(BriefingView).focus()
        await pilot.press("z")
        await pilot.pause()
        assert screen.has_class("-wide-reader")
        keys = shown(app)
        assert "Full width" not in keys and keys.get("Back") == "esc"
        assert_nothing_cut(app)
        await pilot.press("z")  # the results again, focused
        await pilot.pause()
        assert not screen.has_class("-wide-reader") and isinstance(screen.focused, ResultList)
