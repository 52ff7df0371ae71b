"""A failed export keeps the dialog open, the path as typed and the reason under it (it closed,
and the whole path had to be typed again); the dialog's footer says what Enter and Escape do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from briefer.tui.screens.export import ExportScreen
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader
from tests.tui.test_footer_width import shown


async def test_a_failed_export_keeps_the_dialog_and_the_path(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    monkeypatch.chdir(tmp_path)
    blocker = tmp_path / "notes"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    async with start_reader((100, 30)) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert shown(app) == {"Export": "⏎", "Cancel": "esc"}
        box = dialog.query_one("#export-path", Input)
        typed = str(blocker / "kosovo[/b].md")  # under a file: cannot be written
        box.value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # still open
        assert box.value == typed and dialog.focused is box
        error = dialog.query_one("#export-error", Static)
        assert error.display
        assert str(error.render()).startswith("Export failed: ")
        assert "kosovo[/b].md" in str(error.render())  # the path quoted as typed, not markup
        assert not any("exported" in n.message for n in app._notifications)
        box.value = str(tmp_path / "kosovo.md")  # mended: the old reason goes
        await pilot.pause()
        assert not error.display
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert (tmp_path / "kosovo.md").is_file()
        assert any("exported" in n.message for n in app._notifications)
