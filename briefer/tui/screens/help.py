"""Help: the keys generated from `commands.py`, then the text of `tui/help.md`.

The keys are one grid per scope, not Markdown: as Markdown lists they were some two hundred
widgets, and help took 0.6 s to open the first time (1.6 s on a loaded machine)."""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from briefer.tui.commands import help_sections
from briefer.tui.widgets.reader_footer import ReaderFooter


def _help_text() -> tuple[str, str]:
    """help.md's title line and the prose under it."""
    text = resources.files("briefer.tui").joinpath("help.md").read_text(encoding="utf-8")
    title, _, prose = text.partition("\n")
    return title, prose.rstrip()


def key_grid(keys: list[tuple[str, str]]) -> Table:
    """Keys left, what they do right; a long description wraps under itself, not the keys."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for shown, description in keys:
        grid.add_row(Text(shown, style="bold"), Text(description))
    return grid


class HelpScreen(ModalScreen[None]):
    """Escape, `q` or F1 closes it; `j`/`k`, Space and `g`/`G` move as in a pager; links are
    not opened (open_links=False)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss_help", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="help.up"),
        # A pager's keys, as in the Document tab (PageUp/PageDown come with the scroll box).
        Binding("space", "scroll('page')", "Page down", show=False, id="help.page-down"),
        Binding("g,home", "scroll('top')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('bottom')", "Bottom", show=False, id="help.bottom"),
    ]

    def compose(self) -> ComposeResult:
        title, prose = _help_text()
        with VerticalScroll(id="help-body"):
            yield Markdown(f"{title}\n\n## Keys", open_links=False)
            for heading, keys in help_sections():
                yield Static(Text(heading, style="bold underline"), classes="help-scope")
                yield Static(key_grid(keys), classes="help-keys")
            yield Markdown(f"## How the reader works\n{prose}", open_links=False)
        yield ReaderFooter()  # its own keys, not the reader's (which do nothing here)

    def on_screen_resume(self) -> None:
        """Each time help opens (the app keeps this screen): from the top, keys at hand."""
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_home(animate=False, immediate=True)
        body.focus()

    def action_dismiss_help(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down()
        elif direction == "up":
            body.scroll_up()
        elif direction == "page":
            body.scroll_page_down()
        elif direction == "top":
            body.scroll_home(animate=False)
        else:
            body.scroll_end(animate=False)
