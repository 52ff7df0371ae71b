"""The indexing strip: a label and a progress bar, shown only while the library is syncing."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class IndexStatus(Horizontal):
    """Hidden until `start()`; `x` (a main-screen command) cancels the running sync. Where the
    focus is in a text box, `x` types a letter: the label then says to leave it first."""

    DEFAULT_CSS = """
    IndexStatus { height: 1; display: none; }
    IndexStatus.-running { display: block; }
    IndexStatus Label { width: auto; padding: 0 1; }
    IndexStatus ProgressBar { width: 1fr; }
    IndexStatus Bar { width: 1fr; min-width: 8; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._done: tuple[int, int] | None = None
        self._typing = False

    def compose(self) -> ComposeResult:
        yield Label(Text("Indexing…", end=""), id="index-label")
        yield ProgressBar(total=None, show_eta=False, id="index-progress")

    def start(self) -> None:
        self.add_class("-running")
        self.query_one(ProgressBar).update(total=None, progress=0)

    def advance(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self._done = (done, total)
        self._show()

    def set_typing(self, typing: bool) -> None:
        """Whether the focus is in a text box, where `x` types (Escape leaves it)."""
        if typing != self._typing:
            self._typing = typing
            self._show()

    def _show(self) -> None:
        if self._done is None:
            return
        done, total = self._done
        cancel = "Esc then x cancels" if self._typing else "x cancels"
        self.query_one(Label).update(Text(f"Indexing {done}/{total}  ({cancel})", end=""))

    def stop(self) -> None:
        self.remove_class("-running")
