"""Ctrl+P offers Quit once: the reader's, with its key (Textual's own Quit came first, bare)."""

from __future__ import annotations

from typing import Any

from briefer.tui.palette import ReaderCommands
from tests.tui.conftest import StartReader


async def test_the_palette_offers_quit_once_with_its_key(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (app, _, _):
        system = [c.title for c in app.get_system_commands(app.screen)]
        ours = [hit async for hit in ReaderCommands(app.screen).discover()]
        assert "Quit" not in system and "Theme" in system  # the rest of Textual's stay
        quits = [hit for hit in ours if hit.text == "Quit"]
        assert len(quits) == 1 and quits[0].help == "q"


async def _palette_prompts(pilot: Any) -> list[str]:
    """The palette's list, top to bottom, once every provider has answered."""
    from textual.command import CommandList, CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause(0.3)  # the palette gathers hits in a worker and adds them in batches
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt).split("\n")[0] for option in options]


async def test_the_palette_lists_the_readers_commands_before_textuals(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (app, pilot, _):
        ours = [hit.text async for hit in ReaderCommands(app.screen).discover()]
        system = {c.title for c in app.get_system_commands(app.screen) if c.discover}
        shown = await _palette_prompts(pilot)
        assert {"Keys", "Theme"} <= system and system <= set(shown)  # Textual's still offered
        readers = [p for p in shown if p not in system]
        assert readers and shown[: len(readers)] == readers, shown  # ours first, then Textual's
        assert shown[0] == "Quit" and "Switch between light and dark themes" in readers
        assert len(shown) == len(ours)  # each once
