"""Beside a briefing of marked documents (`b`) or of the results (`B`), the sidebar lists the
facets of the documents that briefing covers, and its first line says what it counts: it
listed the whole search's facets (all 23 sample documents' Venezuela and Lithuania beside a
briefing of one Kosovo report)."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


def heading(sidebar: EntitySidebar) -> str:
    prompt = sidebar.get_option_at_index(0).prompt
    assert isinstance(prompt, Text)
    return prompt.plain


def entities_listed(sidebar: EntitySidebar) -> set[str]:
    return {facet.value for facet in sidebar._facets.values() if facet.field == "entity"}


async def test_the_sidebar_lists_what_the_marked_briefing_covers(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        results = screen.query_one(ResultList)
        total = screen.result.total if screen.result is not None else 0
        assert total > 10 and heading(sidebar) == f"In the results: {total} docs"
        before = entities_listed(sidebar)
        first = results.hits[0].id
        named = {name for name, _ in library.analysis(first).entity_counts()}
        results.focus()
        await pilot.press("space", "b")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "marked", "the marked briefing")
        await settle(pilot)
        assert heading(sidebar) == "In the briefing: 1 doc"
        listed = entities_listed(sidebar)
        assert listed and listed <= named, listed - named  # that document's, no other's
        assert listed != before
        sources = [f.value for f in sidebar._facets.values() if f.field == "source"]
        assert len(sources) <= 1
        # a new search leaves the marked briefing on screen, and the sidebar beside it
        await pilot.press("slash", *"venezuela")
        await settle(pilot)
        assert heading(sidebar) == "In the briefing: 1 doc"
        # the briefing of a document: the results' facets again
        await pilot.press("escape", "d")
        await settle(pilot)
        total = screen.result.total if screen.result is not None else 0
        assert heading(sidebar) == f"In the results: {total} doc{'' if total == 1 else 's'}"


async def test_the_sidebar_beside_a_briefing_of_all_results_counts_its_documents(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        await pilot.press(*"kosovo")
        await settle(pilot)
        await pilot.press("escape", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results", "the results' briefing")
        await settle(pilot)
        total = screen.result.total if screen.result is not None else 0
        assert heading(sidebar) == f"In the briefing: {total} docs"
        counts = [
            int(str(sidebar.get_option_at_index(i).prompt).rsplit(" ", 1)[1])
            for i in range(sidebar.option_count)
            if (sidebar.get_option_at_index(i).id or "").startswith("facet-")
        ]
        assert counts and max(counts) <= total
