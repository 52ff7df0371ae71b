"""Untrusted text stays text: markup and escape sequences in a document and its file name."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from briefer.tui import core_calls
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle

HOSTILE_NAME = "[@click=app.quit] [b]x[not b] \x1b]52;c;aGk=\x07.txt"
HOSTILE_TEXT = (
    "[/b] Kosovo [@click=app.quit]click me[/] headline\n\n"
    "Belgrade said \x1b]52;c;aGVsbG8=\x07 the [bold red]barricades[/bold red] must go. "
    "A second line \x1b[2J cleared nothing.\n\n"
    "Pristina replied [link=https://example.com]here[/link]."
)


async def test_markup_and_escapes_in_a_document_and_its_name_stay_literal(
    tmp_path: Path,
    start_reader: StartReader,
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    core_calls.add_to_library([str(folder)])
    async with start_reader((120, 40), rounds=6, sync_on_open=True) as (app, pilot, screen):
        results = screen.query_one(ResultList)
        assert len(results.hits) == 1
        screen.query_one("#search", Input).value = "barricades"
        await settle(pilot)
        results.focus()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.click(ResultList, offset=(4, 0))  # a click on the title runs nothing
        await settle(pilot)
        assert app.is_running
        view = screen.query_one(DocumentView)
        assert view.document is not None
        shown = " ".join(view.line_text(y).plain for y in range(view.line_count))
        assert "[/b] Kosovo [@click=app.quit]click me[/] headline" in shown
        assert "[bold red]barricades[/bold red]" in shown
        assert "[@click=app.quit] [b]x[not b]" in shown  # the file name in the header
        row = " ".join(str(results.get_option_at_index(0).prompt).split())  # lines hang
        assert "[/b] Kosovo [@click=app.quit]click me[/]" in row
        screenshot = app.export_screenshot()
        assert "\x1b" not in screenshot and "\x07" not in screenshot
        assert "[@click=app.quit]" in screenshot
    assert app.return_code is None or app.return_code == 0
