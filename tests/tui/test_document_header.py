"""The Document tab's header keeps the file's line whole: a path longer than the pane loses its
start to an ellipsis (it wrapped mid-word at 80 columns), and the mouse over it shows it all."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import App, ComposeResult

from briefer.sources.document import Document, build_text
from briefer.tui.rows import fit_path
from briefer.tui.widgets.document_view import MARGIN, DocumentView

FOLDER = "border-crisis"
NAME = "2022-12-10-north-kosovo-barricades.txt"
PATH = f"/home/reader/library/{FOLDER}/{NAME}"


def document() -> Document:
    text, paras = build_text([("Serbs blocked roads in the north on Saturday.", "text")])
    return Document(
        id="d1",
        path=PATH,
        format="txt",
        title="Serbs block roads",
        text=text,
        paragraphs=paras,
        content_hash="x",
        size=len(text),
        mtime=0.0,
        date=date(2022, 12, 10),
        source="Adriatic Wire",
    )


class Viewer(App[None]):
    def compose(self) -> ComposeResult:
        yield DocumentView(id="view")


def header_lines(view: DocumentView) -> list[str]:
    rows = len(view._layout.starts[0])
    return [view.line_text(line).plain for line in range(rows)]


async def test_a_long_path_is_cut_at_its_start_and_the_file_name_stays_whole() -> None:
    app = Viewer()
    async with app.run_test(size=(48, 12)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(document(), None)
        await pilot.pause()
        width = view.scrollable_content_region.width - 2 * MARGIN
        assert width < len(f"{FOLDER}/{NAME}")  # the case: it wrapped before
        lines = header_lines(view)
        assert lines == ["Serbs block roads", "2022-12-10 · Adriatic Wire", f"…/{NAME}"]
        await pilot.resize_terminal(100, 12)  # room again: the folder comes back
        await pilot.pause()
        assert header_lines(view)[-1] == f"{FOLDER}/{NAME}"


async def test_the_mouse_over_the_file_line_shows_the_whole_path() -> None:
    app = Viewer()
    async with app.run_test(size=(48, 12)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(document(), None)
        await pilot.pause()
        await pilot.hover(view, offset=(5, 2))  # the header's third line: the file
        assert isinstance(view.tooltip, Text) and view.tooltip.plain == PATH
        await pilot.hover(view, offset=(5, 0))  # the title
        assert view.tooltip is None


def test_fit_path_drops_whole_folders_first_then_the_start_of_the_name() -> None:
    path = f"{FOLDER}/{NAME}"
    assert fit_path(path, len(path)) == path
    assert fit_path("a/bb/cc/name.txt", 13) == "…/cc/name.txt"
    assert fit_path("a/bb/cc/name.txt", 12) == "…/name.txt"
    assert fit_path(path, 20) == "…" + NAME[-19:]  # the end of the name: its extension
    assert fit_path("东京/新闻报道.txt", 12) == "…闻报道.txt"  # cells, not characters
