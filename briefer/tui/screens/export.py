"""The export prompt: a path with a sensible default; Enter exports, Escape cancels.

A path that already exists is not refused: the dialog asks whether to overwrite it, with
keeping the file (and choosing another name) as the default answer. A write that fails keeps
the dialog open, the path as typed and the reason under it, so that only the wrong part needs
typing again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static
from textual.widgets.input import Selection

from briefer.errors import BrieferError
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


# What a write can raise: the core's reasons, and a path Python cannot make sense of
# ('~nobody/x' expanded, a NUL byte typed).
WRITE_ERRORS = (BrieferError, OSError, RuntimeError, ValueError)


class ExportScreen(ModalScreen[str | None]):
    """Writes with `write` (the chosen path in, the path written out) and is dismissed with
    the path written, or None when cancelled; a failed write leaves it open with the reason."""

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
    ExportScreen #export-error { height: auto; display: none; color: $error; }
    ExportScreen.-failed #export-error { display: block; }
    """

    def __init__(self, default_path: str, write: Callable[[ExportChoice], str]) -> None:
        super().__init__()
        self.default_path = default_path
        self.write = write
        self.confirming: str | None = None  # the existing path we are asking about

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label(Text("Export the briefing to Markdown:", style="bold", end=""))
            # The name chosen for it, not the whole box, is selected (see `_select_name`).
            yield CleanInput(value=self.default_path, id="export-path", select_on_focus=False)
            # The box shows the end of a long path: the folder it writes to, whole, below it.
            yield Static(folder_line(self.default_path), id="export-folder")
            yield Static(Text("", end=""), id="export-error")
            yield Label(Text("Enter to export · Esc to cancel", style="dim", end=""))
            with Vertical(id="export-confirm"):
                yield Label(Text("", end=""), id="export-question")
                with Horizontal(id="export-buttons"):
                    yield Button("Overwrite (y)", id="overwrite", variant="warning")
                    yield Button("Keep it (n)", id="keep", variant="primary")
        yield ReaderFooter()  # the dialog's keys, not the reader's (which do nothing here)

    def on_mount(self) -> None:
        self.call_after_refresh(self._select_name)

    def _select_name(self) -> None:
        """The file's name without `.md` selected from its end back to its start, as a save
        dialog offers it: typing renames it, keeping the folder and the suffix, and the box
        shows the name from its first letter (the cursor there). At 80 columns the box, which
        shows the end of a long path, read '-serbia-and-kosovo-3-marked-…', a name that
        seemed to begin with a hyphen."""
        box = self.query_one("#export-path", Input)
        value = box.value
        name = Path(value).name
        if not name or not value.endswith(name):
            return
        start = len(value) - len(name)
        end = start + len(Path(name).stem) if name.endswith(".md") else len(value)
        box.selection = Selection(end, start)
        # the name's first letter at the box's left edge (the folder is on the line below)
        box.scroll_to(x=cell_len(value[:start]), animate=False, immediate=True)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer says what Enter does in the path box (the box's own Enter is hidden)."""
        active = super().active_bindings
        found = active.get("enter")
        if found is not None and self.confirming is None and isinstance(self.focused, Input):
            shown = replace(found.binding, show=True, description="Export")
            rest = {key: bound for key, bound in active.items() if key != "enter"}
            active = {"enter": found._replace(binding=shown), **rest}  # first: Export, Cancel
        return active

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()  # Enter says Export in the path box, not on a button

    @on(Input.Submitted, "#export-path")
    def submitted(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path:
            self.dismiss(None)
        elif self._exists(path):
            self._ask(path)
        else:
            self._export(ExportChoice(path))

    def _exists(self, path: str) -> bool:
        try:
            return Path(path).expanduser().is_file()
        except WRITE_ERRORS:
            return False  # the write says what is wrong with it

    def _export(self, choice: ExportChoice) -> None:
        try:
            written = self.write(choice)
        except WRITE_ERRORS as exc:
            self._stop_asking()
            line = Text("Export failed: ", style="bold", end="")
            line.append(safe(str(exc)))  # it quotes the path typed: never markup
            self.query_one("#export-error", Static).update(line)
            self.add_class("-failed")
            self.query_one("#export-path", Input).focus()
            return
        self.dismiss(written)

    @on(Input.Changed, "#export-path")
    def path_changed(self, event: Input.Changed) -> None:
        self.query_one("#export-folder", Static).update(folder_line(event.value))
        self.remove_class("-failed")  # the reason was the old path's
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
            self._export(ExportChoice(self.confirming, overwrite=True))

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
