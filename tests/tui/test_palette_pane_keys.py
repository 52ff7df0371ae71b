"""Ctrl+P offers a pane's own keys while that pane has focus: J/K and Jump in the briefing,
Find and n/N in the document, Mark, Clear marks and Read in the results (the palette listed
none of them: a reader who had forgotten J found no trace of it there), and not elsewhere;
the briefing's J and K also from the results while the briefing is the tab shown."""

from __future__ import annotations

from typing import Any

from textual.command import CommandList, CommandPalette

from briefer.tui.commands import COMMANDS
from briefer.tui.palette import ReaderCommands
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until
from tests.tui.test_briefing_sections import section_of

BRIEFING = {
    "Next section of the briefing, its heading at the top",
    "Previous section of the briefing",
}
JUMP = next(c.description for c in COMMANDS if c.id == "briefing.jump")
MATCHES = {
    "Next match of the find or search words",
    "Previous match of the find or search words",
}
DOCUMENT = {"Find in the document shown, else search"} | MATCHES
RESULTS = {"Mark or unmark the document", "Clear all marks"}


async def offered(screen: Any) -> set[str]:
    return {str(hit.text) async for hit in ReaderCommands(screen).discover()}


async def test_each_pane_s_own_keys_are_offered_while_it_has_focus(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        await pilot.press(*"kosovo")  # the document shown has the search words to step to
        await settle(pilot)
        screen.query_one(ResultList).focus()
        await pilot.pause()
        shown = await offered(screen)
        # the briefing shown beside the results: its J and K act on it from there (not Jump)
        assert shown >= RESULTS | BRIEFING and not ({JUMP} | DOCUMENT) & shown
        await pilot.press("2")  # the document shown instead: the briefing's keys go
        await pilot.pause()
        shown = await offered(screen)
        assert shown >= RESULTS and not (BRIEFING | DOCUMENT) & shown
        await pilot.press("1")
        screen.query_one(BriefingView).focus()
        await pilot.pause()
        shown = await offered(screen)
        assert BRIEFING | {JUMP} <= shown and not (RESULTS | DOCUMENT) & shown
        await pilot.press("2")
        document = screen.query_one(DocumentView)
        document.focus()
        await pilot.pause()
        shown = await offered(screen)
        assert shown >= DOCUMENT and not (RESULTS | BRIEFING) & shown
        # with no match to step to (no find, no search words), n and N are not offered
        document.show_search_words([])
        await pilot.pause()
        assert not document.matches
        shown = await offered(screen)
        assert not MATCHES & shown and "Find in the document shown, else search" in shown


async def test_next_section_run_from_the_palette_moves_the_briefing(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (app, pilot, screen):
        await pilot.press("slash", *"kosovo", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        view.focus()
        await pilot.pause()
        before = section_of(view)
        await pilot.press("ctrl+p", *"next section")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        prompts = [str(o.prompt) for o in app.screen.query_one(CommandList).options]
        assert any("Next section" in p for p in prompts), prompts
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen, "the palette closed")
        await until(pilot, lambda: section_of(view) != before, "the next section")
        assert screen.focused is view
