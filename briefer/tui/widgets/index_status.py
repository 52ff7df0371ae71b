"""The indexing strip: a label and a progress bar, shown only while the library is syncing."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class IndexStatus(Horizontal):
    """Hidden until `start()`; `x` (a main-screen command) cancels the running sync."""

    DEFAULT_CSS = """
    IndexStatus { height: 1; display: none; }
    IndexStatus.-running { display: block; }
    IndexStatus Label { width: auto; padding: 0 1; }
    IndexStatus ProgressBar { width: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Label(Text("Indexing…", end=""), id="index-label")
        yield ProgressBar(total=None, show_eta=False, id="index-progress")

    def start(self) -> None:
        self.add_class("-running")
        self.query_one(ProgressBar).update(total=None, progress=0)

    def advance(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one(Label).update(Text(f"Indexing {done}/{total}  (x cancels)", end=""))

    def stop(self) -> None:
        self.remove_class("-running")
