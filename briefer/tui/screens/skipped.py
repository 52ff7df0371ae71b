"""The files the last indexing skipped, each with its reason (`I`): the note after a sync only
counts them ('2 skipped'), and a person wants to know which and why without leaving the reader.

Paths and reasons come from the disk (file names are anyone's): shown as `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label
from textual.widgets.option_list import Option

from briefer.tui.rows import safe
from briefer.tui.widgets.nav_list import NavList
from briefer.tui.widgets.reader_footer import ReaderFooter


def skipped_line(path: str, reason: str) -> Text:
    """The path in bold, the reason under it, dimmed."""
    line = Text(safe(path), style="bold", end="")
    line.append("\n  " + safe(reason), style="dim")
    return line


class SkippedScreen(ModalScreen[None]):
    """A read-only list of (path, reason); Escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="skipped.close"),
    ]

    def __init__(self, skipped: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.skipped = list(skipped)

    def compose(self) -> ComposeResult:
        count = len(self.skipped)
        title = f"{count} file{'' if count == 1 else 's'} skipped by the last indexing"
        with Vertical(id="skipped-dialog", classes="dialog"):
            yield Label(Text(title, style="bold", end=""))
            options = [Option(skipped_line(path, why)) for path, why in self.skipped]
            yield NavList(*options, id="skipped-list")
            yield Label(Text("Esc to close", style="dim", end=""))
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(NavList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
