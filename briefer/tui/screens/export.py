"""The export prompt: a path with a sensible default; Enter exports, Escape cancels.

A path that already exists is not refused: the dialog asks whether to overwrite it, with
keeping the file (and choosing another name) as the default answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from briefer.tui.rows import safe
from briefer.tui.widgets.clean_input import CleanInput
from briefer.tui.widgets.reader_footer import ReaderFooter


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """Where to write, and whether the user agreed to replace a file already there."""

    path: str
    overwrite: bool = False


def folder_line(path: str) -> Text:
    """'Folder: /home/me/notes' for the path typed (a relative one is under the current
    folder, where the export writes it); the box itself may show only the path's end."""
    if not path.strip():
        return Text("", end="")
    folder = Path(path.strip()).expanduser()
    folder = (folder if folder.is_absolute() else Path.cwd() / folder).parent
    line = Text("Folder: ", style="dim", end="")
    line.append(safe(str(folder)))
    return line


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Dismissed with the chosen path, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("y", "overwrite", "Overwrite", id="export.overwrite"),
        Binding("n", "keep", "Keep the file", id="export.keep"),
    ]

    DEFAULT_CSS = """
    ExportScreen #export-confirm { height: auto; display: none; margin-top: 1; }
    ExportScreen.-confirm #export-confirm { display: block; }
    ExportScreen #export-buttons { height: auto; }
    ExportScreen #export-buttons Button { margin-right: 2; }
    """

    def __init__(self, default_path: str) -> None:
        super().__init__()
        self.default_path = default_path
        self.confirming: str | None = None  # the existing path we are asking about

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label(Text("Export the briefing to Markdown:", style="bold", end=""))
            yield CleanInput(value=self.default_path, id="export-path")
            # The box shows the end of a long path: the folder it writes to, whole, below it.
            yield Static(folder_line(self.default_path), id="export-folder")
            yield Label(Text("Enter to export · Esc to cancel", style="dim", end=""))
            with Vertical(id="export-confirm"):
                yield Label(Text("", end=""), id="export-question")
                with Horizontal(id="export-buttons"):
                    yield Button("Overwrite (y)", id="overwrite", variant="warning")
                    yield Button("Keep it (n)", id="keep", variant="primary")
        yield ReaderFooter()  # the dialog's keys, not the reader's (which do nothing here)

    @on(Input.Submitted, "#export-path")
    def submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path:
            self.dismiss(None)
        elif Path(path).expanduser().is_file():
            self._ask(path)
        else:
            self.dismiss(ExportChoice(path))

    @on(Input.Changed, "#export-path")
    def path_changed(self, event: Input.Changed) -> None:
        self.query_one("#export-folder", Static).update(folder_line(event.value))
        if self.confirming is not None:
            self._stop_asking()

    def _ask(self, path: str) -> None:
        self.confirming = path
        question = Text(safe(Path(path).name), style="bold", end="")
        question.append(" already exists. Overwrite it?")
        self.query_one("#export-question", Label).update(question)
        self.add_class("-confirm")
        self.query_one("#keep", Button).focus()
        self.refresh_bindings()

    def _stop_asking(self) -> None:
        self.confirming = None
        self.remove_class("-confirm")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("overwrite", "keep"):
            return self.confirming is not None
        return True

    @on(Button.Pressed, "#overwrite")
    def action_overwrite(self) -> None:
        if self.confirming is not None:
            self.dismiss(ExportChoice(self.confirming, overwrite=True))

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        """Back to the path, to choose another name."""
        self._stop_asking()
        self.query_one("#export-path", Input).focus()

    def action_cancel(self) -> None:
        if self.confirming is not None:
            self.action_keep()
        else:
            self.dismiss(None)
