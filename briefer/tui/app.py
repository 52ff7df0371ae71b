"""The reader application: the App subclass, its screens and the application-wide bindings."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import BindingType

from briefer.tui.commands import bindings_for
from briefer.tui.palette import ReaderCommands
from briefer.tui.screens.help import HelpScreen
from briefer.tui.screens.main import MainScreen


class BrieferApp(App[None]):
    """`briefer` with no arguments opens this on the library; `sync_on_open` indexes it first."""

    TITLE = "briefer"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("app")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012

    def __init__(self, *, sync_on_open: bool = False, theme: str | None = None) -> None:
        super().__init__()
        self.sync_on_open = sync_on_open
        if theme and theme in self.available_themes:
            self.theme = theme

    def on_mount(self) -> None:
        self.push_screen(MainScreen(sync_on_open=self.sync_on_open))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
