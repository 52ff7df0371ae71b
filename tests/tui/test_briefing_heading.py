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


def second_line(view: BriefingView) -> str:
    prompt = view.get_option_at_index(1).prompt
    assert isinstance(prompt, Text)
    return prompt.plain


async def test_a_joint_briefing_says_what_it_spans_under_its_title(
    library: Any, start_reader: StartReader
) -> None:
    """'Results for oruc' said neither how many documents it briefs nor when they are from:
    the line under a joint briefing's title says both, and the principal parties, as the
    export's and `briefer brief`'s summary line does (a marked briefing's title names the
    parties already; a document's briefing has its header)."""
    async with start_reader((120, 40)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        assert second_line(view).startswith("Person")  # a document's: the legend follows
        await pilot.press("slash", *"oruc", "escape", "B")
        await settle(pilot)
        assert view.scope == "results" and view.briefing is not None
        dates = sorted(s.date for s in view.briefing.sources if s.date)
        parties = ", ".join(view.briefing.principals)
        head = f"{len(view.briefing.sources)} documents, {dates[0]} – {dates[-1]}."
        assert parties and second_line(view) == f"{head} Principal parties: {parties}."
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("space", "space", "b")
        await settle(pilot)
        assert view.scope == "marked" and view.briefing is not None
        dates = sorted(s.date for s in view.briefing.sources if s.date)
        assert second_line(view) == f"2 documents, {dates[0]} – {dates[-1]}."
