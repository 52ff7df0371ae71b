"""Notes cover as little of the reading pane as they can: at 80 columns two 'Copied path' toasts
stacked over eleven of its rows. A newer note replaces the older (a warning or error stays its
time), a line of note takes a row, and the texts are short."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Input

from briefer.tui.app import BrieferApp
from briefer.tui.core_calls import sync_summary
from briefer.tui.rows import path_lines
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, reader_screen, settle


def toasts(app: BrieferApp) -> list[Widget]:
    return list(app.screen.query("Toast"))


def shown(toast: Widget) -> str:
    return str(toast.render())


async def test_a_newer_note_replaces_the_one_on_screen() -> None:
    app = BrieferApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Copied path: one", markup=False)
        await pilot.pause(0.1)
        app.notify("Copied path: two", markup=False)
        await pilot.pause(0.1)
        assert [shown(t) for t in toasts(app)] == ["Copied path: two"]
        app.notify("Opening three", markup=False)  # two from one handler: the last stays
        app.notify("Opening four", markup=False)
        await pilot.pause(0.1)
        assert [shown(t) for t in toasts(app)] == ["Opening four"]


async def test_an_error_is_not_swept_away_by_a_note_until_its_time_is_up() -> None:
    app = BrieferApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Export failed", severity="error", timeout=0.4, markup=False)
        app.notify("Copied path: one", markup=False)
        await pilot.pause(0.1)
        assert [shown(t) for t in toasts(app)] == ["Export failed", "Copied path: one"]
        await pilot.pause(0.5)  # the error's time is up: notes replace each other again
        app.notify("Copied path: two", markup=False)
        await pilot.pause(0.1)
        assert [shown(t) for t in toasts(app)] == ["Copied path: two"]


async def test_a_one_line_note_takes_one_row() -> None:
    app = BrieferApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Copied path: one", markup=False)
        await pilot.pause(0.1)
        (toast,) = toasts(app)
        assert toast.outer_size.height == 1


async def test_at_80_columns_a_copied_path_is_cut_to_one_line_of_the_toast(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24), notifications=True) as (app, pilot, _):
        results = reader_screen(app).query_one(ResultList)
        results.focus()
        await pilot.pause()
        hit = results.current_hit()
        assert hit is not None
        await pilot.press("y")
        await pilot.pause(0.1)
        assert app.clipboard == hit.path  # the whole path is what is copied
        (toast,) = toasts(app)
        head, path = shown(toast).split("\n")
        assert head == "Copied path:" and path.startswith("…")
        assert Path(hit.path).name.endswith(path.removeprefix("…").removeprefix("/"))
        assert toast.outer_size.height == 2  # the path is not wrapped onto a third row


async def test_at_80_columns_the_export_note_says_the_folder_and_the_whole_name(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Briefing exported to /tmp/…/briefing-serbs-bl' / 'ock-roads-….md' broke the name in
    two; cut at its start, '…lts-for-entity-serbia-2026-11-27.md' showed neither the folder
    nor the whole name. The folder has a line (cut at its start), the name the lines after,
    broken after a hyphen, never in a word."""
    deep = tmp_path / "briefings-kept-for-the-northern-desk" / "weekly"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    app = BrieferApp()

    async def export(name: str | None) -> list[str]:
        await pilot.press("e")
        await pilot.pause()
        if name is not None:
            app.screen.query_one("#export-path", Input).value = str(deep / name)
        await pilot.press("enter")
        await pilot.pause(0.1)
        (toast,) = toasts(app)
        head, *lines = shown(toast).split("\n")
        assert head == "Briefing exported to:"
        assert toast.outer_size.height == 1 + len(lines)  # no line wrapped by the toast
        app.clear_notifications()
        await pilot.pause()
        return lines

    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        reader_screen(app).query_one(ResultList).focus()
        assert await export("kosovo-notes.md") == ["…/weekly/", "kosovo-notes.md"]
        assert (deep / "kosovo-notes.md").is_file()
        folder, *name = await export(None)  # the default name, longer than the note is wide
        (default,) = set(deep.glob("*.md")) - {deep / "kosovo-notes.md"}
        assert folder == "…/weekly/" and len(name) > 1
        assert "".join(name) == default.name  # whole, over two lines
        assert all(line.endswith("-") for line in name[:-1])  # broken after its hyphens


def test_a_path_too_long_for_the_note_keeps_its_folder_and_whole_name() -> None:
    home = "/home/ana"
    name = "briefing-serbia-and-kosovo-3-marked-documents-2026-11-27.md"
    assert path_lines(f"{home}/notes/{name}", 35, home) == [
        "~/notes/",
        "briefing-serbia-and-kosovo-3-",
        "marked-documents-2026-11-27.md",
    ]
    assert path_lines(f"{home}/a.md", 35, home) == ["~/a.md"]  # fits: one line
    assert path_lines("/srv/briefing-a.md", 35) == ["/srv/briefing-a.md"]
    long = "x" * 50 + ".md"  # one word longer than a line: cut, never lost
    assert "".join(path_lines(f"/srv/{long}", 20)[1:]) == long


def test_the_indexing_note_leaves_out_the_counts_of_none() -> None:
    def report(added: int, updated: int, removed: int, skipped: int, total: int) -> Any:
        return SimpleNamespace(
            added=[1] * added,
            updated=[1] * updated,
            removed=[1] * removed,
            skipped=[1] * skipped,
            documents=total,
        )

    assert sync_summary(report(23, 0, 0, 0, 23)) == "23 added; 23 documents"
    assert sync_summary(report(0, 1, 0, 2, 1)) == "1 updated, 2 skipped; 1 document"
    assert sync_summary(report(0, 0, 0, 0, 42)) == "no changes; 42 documents"
    assert (
        sync_summary(report(3, 1, 2, 4, 9))
        == "3 added, 1 updated, 2 removed, 4 skipped; 9 documents"
    )
