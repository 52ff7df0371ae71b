"""The command palette's provider: the reader's own commands, only those usable right now."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefer.tui.commands import Command, display_keys, palette_commands


class ReaderCommands(Provider):
    """Offers each palette command declared in `commands.py` whose action is enabled now."""

    def _available(self) -> list[Command]:
        screen = self.screen
        usable = []
        for command in palette_commands():
            target = self.app if command.scope == "app" else screen
            name = command.action.split("(")[0]
            if not hasattr(target, f"action_{name}"):
                continue
            if target.check_action(name, ()) is True:
                usable.append(command)
        return usable

    def _run(self, command: Command) -> Callable[[], Any]:
        namespace = self.app if command.scope == "app" else self.screen
        return partial(self.app.run_action, command.action, namespace)

    async def discover(self) -> Hits:
        for command in self._available():
            yield DiscoveryHit(command.description, self._run(command), help=display_keys(command))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._available():
            score = matcher.match(command.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.description),
                    self._run(command),
                    help=display_keys(command),
                )
