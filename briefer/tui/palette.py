"""The command palette's provider: the reader's own commands, only those usable right now, the
saved searches (each runs at once), then Textual's own (theme, keys, screenshot...).

The one provider lists all three, in that order: with Textual's provider beside it, which list
came first depended on which provider answered first, and Textual's usually did.

The palette parses a plain `str` prompt or help as markup: a saved search's name and query
(the user's typing) are given as rich `Text`, and never as help.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.widgets import Input, TabbedContent

from briefer.tui.commands import Command, display_keys, palette_commands
from briefer.tui.screens.main import MainScreen
from briefer.tui.screens.saved import search_line
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList

SAVED_PREFIX = "Saved search: "

# The widget that is each pane whose own commands the palette offers while it has focus.
PANES: dict[str, type[DOMNode]] = {
    "results": ResultList,
    "document": DocumentView,
    "briefing": BriefingView,
}


class ReaderCommands(Provider):
    """Offers each palette command declared in `commands.py` whose action is enabled now."""

    def _available(self) -> list[tuple[Command, DOMNode]]:
        """Each command usable now, with what runs it: the app, the screen or, for a pane's
        own command (J/K, n/N, Space...), the pane with focus, and only while it has it."""
        screen = self.screen
        usable: list[tuple[Command, DOMNode]] = []
        for command in palette_commands():
            target: DOMNode | None = self.app if command.scope == "app" else screen
            pane = command.palette_pane
            if pane is not None:
                focused = self._pane_with_focus(pane)
                if focused is None and command.while_shown:
                    focused = self._briefing_shown()  # J, K, `*` from the results too
                if focused is None:
                    continue
                if command.scope == pane:
                    target = focused
            name = command.action.split("(")[0]
            if target is None or not hasattr(target, f"action_{name}"):
                continue
            if target.check_action(name, ()) is True:
                usable.append((command, target))
        return usable

    def _pane_with_focus(self, pane: str) -> DOMNode | None:
        """The pane of kind `pane` if it holds the focus of the screen the palette is over."""
        kind = PANES.get(pane)
        focused = self.screen.focused
        return focused if kind is not None and isinstance(focused, kind) else None

    def _briefing_shown(self) -> DOMNode | None:
        """The briefing, while it is the tab shown and the focus is in no text box: its
        `while_shown` keys act on it from the results and the sidebar too."""
        screen = self.screen
        if not isinstance(screen, MainScreen) or isinstance(screen.focused, Input):
            return None
        if screen.query_one("#reader", TabbedContent).active != "briefing":
            return None
        return screen.query_one(BriefingView)

    def _run(self, command: Command, target: DOMNode) -> Callable[[], Any]:
        return partial(self.app.run_action, command.action, target)

    def _saved(self) -> list[tuple[str, Text, Callable[[], Any]]]:
        """(plain text to match, what to show, what to run) for each saved search."""
        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        out: list[tuple[str, Text, Callable[[], Any]]] = []
        for name, query in screen.saved_searches().items():
            shown = Text(SAVED_PREFIX, end="")
            shown.append_text(search_line(name, query))
            out.append(
                (f"{SAVED_PREFIX}{name} {query}", shown, partial(screen.run_saved_search, name))
            )
        return out

    def _system(self) -> list[SystemCommand]:
        """Textual's commands for this screen (the app leaves out those it has its own of)."""
        return sorted(self.app.get_system_commands(self.screen), key=lambda c: c.title)

    async def discover(self) -> Hits:
        for command, target in self._available():
            yield DiscoveryHit(
                command.description, self._run(command, target), help=display_keys(command)
            )
        for plain, shown, run in self._saved():
            yield DiscoveryHit(shown, run, text=plain)
        for system in self._system():
            if system.discover:
                yield DiscoveryHit(system.title, system.callback, help=system.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command, target in self._available():
            score = matcher.match(command.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.description),
                    self._run(command, target),
                    help=display_keys(command),
                )
        for plain, shown, run in self._saved():
            score = matcher.match(plain)
            if score > 0:
                yield Hit(score, shown, run, text=plain)
        for system in self._system():
            score = matcher.match(system.title)
            if score > 0:
                yield Hit(score, matcher.highlight(system.title), system.callback, help=system.help)
