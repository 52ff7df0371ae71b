"""The reader application: the App subclass, its screens and the application-wide bindings."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.notifications import SeverityLevel
from textual.screen import Screen

from briefer.errors import BrieferError
from briefer.tui import core_calls
from briefer.tui.commands import WIDE_FOOTER, bindings_for
from briefer.tui.palette import ReaderCommands
from briefer.tui.rows import safe
from briefer.tui.screens.help import HelpScreen
from briefer.tui.screens.main import MainScreen
from briefer.tui.themes import BRIEFER_LIGHT, toggled

HELP = "help"  # the name the help screen is installed under


class BrieferApp(App[None], inherit_bindings=False):
    """`briefer` with no arguments opens this on the library; `sync_on_open` indexes it first;
    `check_on_open` brings the index up to date with the folders quietly once it has opened."""

    TITLE = "briefer"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    # Ours alone: it lists the reader's commands first, then Textual's (see palette.py).
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ReaderCommands}
    # Not inheriting App's: its Ctrl+Q came first, so the footer showed "^q" even where q works.
    BINDINGS: ClassVar[list[BindingType]] = [
        *bindings_for("app"),
        Binding("ctrl+c", "help_quit", show=False, system=True, id="app.help-quit"),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FOOTER, "-wide")]  # noqa: RUF012
    # Notes confirm what a key did ('Copied path: …'): read in a glance, gone before they pile
    # up over the reading pane (Textual's default is 5 s; errors set their own, longer).
    NOTIFICATION_TIMEOUT = 3.5

    def __init__(
        self, *, sync_on_open: bool = False, check_on_open: bool = False, theme: str | None = None
    ) -> None:
        super().__init__()
        self.sync_on_open = sync_on_open
        self.check_on_open = check_on_open
        self._warned_until = 0.0  # while a warning or error shows, notes stack below it
        self.register_theme(BRIEFER_LIGHT)
        if theme and theme in self.available_themes:
            self.theme = theme

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A note replaces the notes on screen instead of stacking on them (at 80 columns two
        covered half the reading pane); a warning or error is never swept away early."""
        if severity == "information":
            # Queued as the note is: two notes from one handler leave the second, not both.
            self.call_later(self._clear_notes)
        else:
            shown_for = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
            self._warned_until = max(self._warned_until, time.monotonic() + shown_for)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def _clear_notes(self) -> None:
        if time.monotonic() >= self._warned_until:
            self.clear_notifications()

    def on_mount(self) -> None:
        self.push_screen(
            MainScreen(sync_on_open=self.sync_on_open, check_on_open=self.check_on_open)
        )

    def action_toggle_theme(self) -> None:
        """Light or dark, remembered for the next run."""
        self.theme = toggled(self.current_theme.dark)
        try:
            core_calls.save_theme(self.theme)
        except (OSError, BrieferError) as exc:  # the theme still changes for this run
            note = safe(f"The theme could not be saved: {exc}")
            self.notify(note, severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterator[SystemCommand]:
        """Textual's palette commands but its Quit: the reader's own, with its key, is there."""
        for command in super().get_system_commands(screen):
            if command.title != "Quit":
                yield command

    def action_help(self) -> None:
        """Help is built once and kept: building it costs the UI thread ~0.2 s (0.6 s when its
        keys were Markdown lists), paid at every `?` when the screen was made anew."""
        if isinstance(self.screen, HelpScreen):
            return
        if not self.is_screen_installed(HELP):
            self.install_screen(HelpScreen(), HELP)
        self.push_screen(HELP)
