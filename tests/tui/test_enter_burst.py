"""Enter in the search box moves to the results as the key is read: a key typed right behind
it (a fast typist: 'maduro⏎j') acts on the results; it landed in the query, which became
'maduroj' and found nothing."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


async def test_a_key_right_behind_enter_acts_on_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (app, pilot, screen):
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*"maduro")
        await settle(pilot)
        results = screen.query_one(ResultList)
        assert len(results.hits) > 1 and results.highlighted == 0
        for key, char in (("enter", "\r"), ("j", "j")):  # queued at once, none waiting
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert box.value == "maduro"
        assert screen.focused is results and results.highlighted == 1
