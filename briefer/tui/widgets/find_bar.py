"""The find box of the Document tab: typing highlights matches, Enter returns to the text."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message

from briefer.tui.widgets.clean_input import CleanInput


class FindBar(CleanInput):
    """Hidden until `/`; Escape closes it and clears the highlights."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", id="find.close"),
    ]

    class Closed(Message):
        """The user left the find box with Escape."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Find in document…", id=id)

    def action_close(self) -> None:
        self.post_message(self.Closed())
