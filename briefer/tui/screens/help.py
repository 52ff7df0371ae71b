"""Help: the text of `tui/help.md` followed by the key table generated from `commands.py`."""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from briefer.tui.commands import help_table
from briefer.tui.widgets.reader_footer import ReaderFooter


def help_markdown() -> str:
    """The keys first (what a reader opening help looks for), then how the reader works."""
    text = resources.files("briefer.tui").joinpath("help.md").read_text(encoding="utf-8")
    title, _, prose = text.partition("\n")
    keys = help_table()
    return f"{title}\n\n## Keys\n\n{keys}\n## How the reader works\n{prose.rstrip()}\n"


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
        with VerticalScroll(id="help-body"):
            yield Markdown(help_markdown(), open_links=False)
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
