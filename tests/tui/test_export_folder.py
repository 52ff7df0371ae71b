"""The export dialog says which folder it writes to: at 80 columns its box shows only the end
of the default path, the folder's part scrolled out of sight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from briefer.tui.screens.export import ExportScreen
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, reader_screen


async def test_the_export_dialog_shows_the_folder_it_writes_to(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    deep = tmp_path / "a-folder-with-a-long-name" / "and-another-one-below-it"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    async with start_reader((80, 24)) as (app, pilot, screen):
        reader_screen(app).query_one(ResultList).focus()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        box = dialog.query_one("#export-path", Input)
        assert Path(box.value).parent == deep
        assert len(box.value) > box.content_region.width  # the box cannot show it all
        screen = app.export_screenshot().replace("&#160;", " ")
        folder = str(dialog.query_one("#export-folder", Static).render())
        assert folder == f"Folder: {deep}"
        assert "and-another-one-below-it" in screen
        box.value = "elsewhere/notes.md"  # relative: under the current folder
        await pilot.pause()
        assert str(dialog.query_one("#export-folder", Static).render()) == (
            f"Folder: {deep / 'elsewhere'}"
        )
