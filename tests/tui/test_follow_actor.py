"""Following an actor of a briefing across the library: Enter on it lists every document
that names it, with the query in the box for the reader to see and edit."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.briefing_view import FOLD_AFTER, BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def enter_label(screen: MainScreen) -> str:
    """What the footer says Enter does in the briefing."""
    found = [b.binding for b in screen.active_bindings.values() if b.binding.id == "briefing.jump"]
    assert len(found) == 1
    return found[0].description


def _actor_rows(view: BriefingView) -> list[int]:
    return [
        i
        for i in range(view.option_count)
        if (view.get_option_at_index(i).id or "").startswith("actor-")
    ]


async def test_enter_on_an_actor_lists_the_documents_that_name_it(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        everything = screen.result.total
        view = screen.query_one(BriefingView)
        assert view.briefing is not None
        actors = [a for s in view.briefing.sections for a in s.actors]
        rows = _actor_rows(view)
        # a long Actors section shows its first FOLD_AFTER, the rest behind its fold
        folded = len(actors) > FOLD_AFTER + 1
        assert len(rows) == (FOLD_AFTER if folded else len(actors)) > 0
        view.focus()
        await pilot.pause()
        assert enter_label(screen) == "Jump"  # on the first item
        while view.highlighted != rows[0]:  # the keys reach the actors, as they do the items
            await pilot.press("j")
        await pilot.pause()
        assert enter_label(screen) == "Follow"
        await pilot.press("enter")
        await settle(pilot)
        name = actors[0].name
        assert screen.query_one("#search", Input).value == f'entity:"{name}"'
        results = screen.query_one(ResultList)
        assert screen.focused is results
        assert 0 < screen.result.total < everything
        for hit in results.hits:
            analysis = library.analysis(hit.id)
            assert name in {m.canonical for m in analysis.mentions}
        assert screen.result.total == library.search(f'entity:"{name}"').total


async def test_enter_on_an_item_still_jumps_to_its_citation(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        view.focus()
        await pilot.press("enter")  # the first item is highlighted at first, not an actor
        await settle(pilot)
        assert screen.query_one("#search", Input).value == ""
        assert screen.query_one("#reader").active == "document"  # type: ignore[attr-defined]
