"""The export prompt: a path with a sensible default; Enter exports, Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from briefer.tui.widgets.clean_input import CleanInput


class ExportScreen(ModalScreen[str | None]):
    """Dismissed with the chosen path, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, default_path: str) -> None:
        super().__init__()
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label(Text("Export the briefing to Markdown:", style="bold", end=""))
            yield CleanInput(value=self.default_path, id="export-path")
            yield Label(Text("Enter to export · Esc to cancel", style="dim", end=""))

    @on(Input.Submitted, "#export-path")
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
