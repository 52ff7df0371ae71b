"""Ctrl+P offers Quit once: the reader's, with its key (Textual's own Quit came first, bare)."""

from __future__ import annotations

from typing import Any

from briefer.tui.app import BrieferApp
from briefer.tui.palette import ReaderCommands
from tests.tui.conftest import settle


async def test_the_palette_offers_quit_once_with_its_key(library: Any) -> None:
    app = BrieferApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        system = [c.title for c in app.get_system_commands(app.screen)]
        ours = [hit async for hit in ReaderCommands(app.screen).discover()]
        assert "Quit" not in system and "Theme" in system  # the rest of Textual's stay
        quits = [hit for hit in ours if hit.text == "Quit"]
        assert len(quits) == 1 and quits[0].help == "q"
