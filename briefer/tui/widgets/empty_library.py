"""What the reader shows in place of the results when the library holds no documents yet."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

COMMANDS = (  # each line within 72 columns: the note at 80 wraps none (padding 4 a side)
    ("briefer PATH", "open the reader; index PATH in the background"),
    ("briefer index PATH", "index PATH on the command line; then run briefer"),
)


def empty_library_text(*, folders: bool = True) -> Text:
    """A friendly note on how to add a folder (our own words only, no document text); `r`
    is offered only where the library already names `folders` (an empty one or emptied)."""
    text = Text("Your library is empty.", style="bold", end="")
    text.append("\n\nAdd a folder of documents and briefer indexes it:\n\n")
    width = max(len(command) for command, _ in COMMANDS)
    for command, what in COMMANDS:
        text.append("  ")
        text.append(command.ljust(width), style="bold")
        text.append(f"   {what}\n", style="dim")
    if folders:
        text.append("\nFolders already in the library are indexed again with ")
        text.append("r", style="bold")
        text.append(".")
    text.append("\nPress ")
    text.append("?", style="bold")
    text.append(" for help, ")
    text.append("q", style="bold")
    text.append(" to quit.")
    return text


class EmptyLibrary(Static):
    """Shown (by the screen's `-empty` class) instead of the search box and panes."""

    DEFAULT_CSS = """
    EmptyLibrary { width: 1fr; height: 1fr; padding: 2 4; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(empty_library_text(), id=id)
