"""A briefing slow to come (a document of 16,000 paragraphs takes a minute) is said to be on
its way, in place of the briefing of before (which export would otherwise still write)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from briefer.tui import core_calls
from briefer.tui.screens.main import BRIEFING_NOTE_AFTER
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def _lines(view: BriefingView) -> list[str]:
    return [str(view.get_option_at_index(i).prompt) for i in range(view.option_count)]


async def test_a_slow_briefing_is_said_to_be_on_its_way(
    library: Any, start_reader: StartReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        results = screen.query_one(ResultList)
        results.focus()
        before = screen.briefing
        assert before is not None
        brief = core_calls.brief_pairs

        release = threading.Event()

        def slow(*args: Any, **kwargs: Any) -> Any:
            # Held in the worker's thread, as a long one is, until the note has been seen: a
            # fixed sleep let a loaded machine finish the briefing before the test looked.
            release.wait(timeout=30)
            return brief(*args, **kwargs)

        monkeypatch.setattr(core_calls, "brief_pairs", slow)
        await pilot.press("j", "enter")  # the next document, opened
        title = results.current_hit().title  # type: ignore[union-attr]
        for _ in range(40):  # the note's timer may run late on a loaded machine
            await pilot.pause(BRIEFING_NOTE_AFTER)
            if _lines(view) == [f"Briefing {title}…"]:
                break
        assert _lines(view) == [f"Briefing {title}…"]
        assert screen.briefing is None and not screen.check_action("export", ())
        release.set()
        await settle(pilot)
        assert screen.briefing is not None and screen.briefing is not before
        assert screen.briefing.title == title and view.option_count > 1
