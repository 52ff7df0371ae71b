"""An Input that only ever holds one line of printable text, whatever is typed or pasted.

A paste is inserted as it comes by Textual's Input, so text copied from a hostile page (an
OSC 52 clipboard write, `ESC[2J`, a bidi override) would reach the screen and the query raw.
Every insertion here passes through `briefer.sources.sanitize` first.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widgets import Input

from briefer.sources.sanitize import sanitize


def one_line(text: str) -> str:
    """`text` sanitised, its newlines and tabs folded to spaces."""
    return sanitize(text).replace("\n", " ").replace("\t", " ")


class CleanInput(Input):
    """The reader's text box (search, find, export path): insertions are sanitised."""

    def validate_value(self, value: str) -> str:
        # Values set in code (a default path, a suggestion) are held to the same rule.
        return one_line(value)

    def validate_virtual_size(self, size: Size) -> Size:
        """At least the box's width. Input sets its virtual size to its text's width on every
        key, and a new virtual size lays the whole screen out again (every list's scrollbar
        redrawn: ~9 ms of a search-as-you-type keystroke's main thread at 120x40). Text that
        fits the box needs no more room to scroll in; longer text still gets its own width."""
        return Size(max(size.width, self.container_size.width), size.height)

    def replace(self, text: str, start: int, end: int) -> None:
        # Typing, pasting and insert_text_at_cursor all arrive here.
        super().replace(one_line(text), start, end)

    def _on_paste(self, event: events.Paste) -> None:
        # Input keeps the first line only; a multi-line paste is folded onto one line instead.
        event.prevent_default()
        event.stop()
        if event.text:
            selection = self.selection
            start, end = (self.cursor_position,) * 2 if selection.is_empty else selection
            self.replace(event.text, start, end)
