"""The export dialog shows the file's name from its first letter, selected (without `.md`) so
that typing renames it: at 80 columns the box showed the end of the path, and the name read
'-serbia-and-kosovo-3-marked-documents-…', as if it began with a hyphen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from briefer.tui.screens.export import ExportScreen
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


async def test_the_box_shows_the_name_from_its_start_and_typing_renames_it(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    monkeypatch.chdir(tmp_path)
    async with start_reader((80, 24)) as (app, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("space", "j", "space", "j", "space", "b")
        await until(pilot, lambda: screen.briefing is not None, "the marked briefing")
        await settle(pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the dialog")
        await pilot.pause()
        dialog = app.screen
        box = dialog.query_one("#export-path", Input)
        name = Path(box.value).name
        assert name.startswith("briefing-") and len(box.value) > box.content_region.width
        shown = box.render_line(0).text.strip(" ▊▎")
        assert shown.split("/")[-1].startswith("briefing-"), shown
        assert not shown.startswith("-")
        await pilot.press(*"notes")
        await pilot.pause()
        assert box.value == str(tmp_path / "notes.md")


async def test_a_marked_briefing_s_file_name_reads_whole_at_80_columns(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    monkeypatch.chdir(tmp_path)
    async with start_reader((80, 24)) as (app, pilot, screen):
        await pilot.press("slash", *"entity:serbia", "enter")
        await settle(pilot)
        await pilot.press("space", "j", "space", "j", "space", "b")
        await until(pilot, lambda: screen.briefing is not None, "the marked briefing")
        await until(pilot, lambda: "3 marked" in screen.briefing.title, "the marked briefing")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the dialog")
        await pilot.pause()
        box = app.screen.query_one("#export-path", Input)
        name = Path(box.value).name
        assert name.startswith("briefing-serbia-and-kosovo-3-marked-documents-"), name
        assert name in box.render_line(0).text, box.render_line(0).text
