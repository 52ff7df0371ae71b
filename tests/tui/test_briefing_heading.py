"""The Briefing tab's first line says what is briefed once: 'Document: <its title>', 'Serbia
and Kosovo: 2 marked documents', 'Results for kosovo' (it read 'Marked documents: 2 marked
documents')."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def first_line(view: BriefingView) -> str:
    prompt = view.get_option_at_index(0).prompt
    assert isinstance(prompt, Text)
    return prompt.plain


async def test_each_briefing_names_what_it_briefs_once(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((160, 40)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        results = screen.query_one(ResultList)
        title = results.hits[0].title
        assert first_line(view) == f"Document: {title}"  # an author's title: say it is one
        results.focus()
        await pilot.press("space", "b")
        await settle(pilot)
        assert view.scope == "marked"
        parties = " and ".join(view.briefing.principals) if view.briefing else ""
        assert parties and first_line(view) == f"{parties}: 1 marked document"
        await pilot.press("space", "b")
        await settle(pilot)
        parties = " and ".join(view.briefing.principals) if view.briefing else ""
        assert first_line(view) == f"{parties}: 2 marked documents"
        await pilot.press("u", "slash", *"kosovo")
        await pilot.press("escape", "B")
        await settle(pilot)
        assert view.scope == "results"
        assert first_line(view) == "Results for kosovo"
