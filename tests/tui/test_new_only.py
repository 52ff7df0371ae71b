"""`W` lists only the documents new since the last session, read or not (mutt's limit to
new), as `U` lists only the unread: the rows tagged 'new' were spread among every document
(23 unread at 80x24, one of them new), with no way to see just those. The ids the last
session knew are known.json; the search asks for the others (`only=`); `W` again lists every
document."""

from __future__ import annotations

import json
from typing import Any

import pytest
from textual.widgets import Static

from briefer.tui import core_calls
from briefer.tui.arrivals import known_path
from briefer.tui.palette import ReaderCommands
from briefer.tui.rows import count_line, no_match_line
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


def count(screen: Any) -> str:
    return str(screen.query_one("#result-count").render())


async def test_w_lists_only_what_arrived_since_the_last_session(
    library: Any, start_reader: StartReader
) -> None:
    ids = library.ids()
    arrived = set(ids[:2])
    known_path().parent.mkdir(parents=True, exist_ok=True)
    known_path().write_text(json.dumps([i for i in ids if i not in arrived]))
    async with start_reader((80, 24), notifications=True) as (app, pilot, screen):
        results = screen.query_one(ResultList)
        await until(pilot, lambda: bool(results.new_ids), "the library's ids read")
        await settle(pilot)
        notes = [n.message for n in app._notifications]
        # the new rows may be pages down: the note says the key that lists them
        assert "2 documents new since your last session: W lists them alone" in notes, notes
        results.focus()
        everything = results.total
        assert everything == len(ids) > len(arrived)
        offered = {str(hit.text) async for hit in ReaderCommands(screen).discover()}
        assert any(o.startswith("Show only what is new") for o in offered), offered
        await pilot.press("W")
        await settle(pilot)
        assert {h.id for h in results.hits} == arrived
        assert "new only" in count(screen) and "2 documents" in count(screen), count(screen)
        await pilot.press("U")  # one view at a time: the unread, every one of them
        await settle(pilot)
        assert results.total == everything and "unread only" in count(screen)
        await pilot.press("W", "W")  # new only, then every document again
        await settle(pilot)
        assert results.total == everything and "only" not in count(screen), count(screen)


async def test_nothing_new_says_so_and_which_key_lists_everything(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):  # a first session: none new
        results = screen.query_one(ResultList)
        await until(pilot, lambda: screen.arrivals.known is not None, "the library's ids read")
        results.focus()
        await pilot.press("W")
        await settle(pilot)
        assert results.total == 0 and not results.hits
        hint = str(screen.query_one("#suggestion", Static).render())
        assert "Nothing new since your last session: W lists every document" in hint, hint


def test_the_count_line_says_new_only() -> None:
    line = count_line(2, 2, "date", [], "", unread=2, new_only=True)
    assert line.plain == "2 documents · new only · by date"
    assert "W lists the older ones too" in no_match_line("kosovo", new_only=True).plain


async def test_nothing_unread_in_the_whole_library_is_no_empty_library(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("G")  # every row loaded, then every one read
        await settle(pilot)
        await pilot.press("A", "U")
        await settle(pilot)
        assert results.total == 0 and not screen.has_class("-empty")
        hint = str(screen.query_one("#suggestion", Static).render())
        assert hint == "Nothing unread: U lists every document", hint


async def test_w_asks_for_the_new_ids_not_every_known_one(
    library: Any, start_reader: StartReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 10,000 documents, leaving out the known ones passed 10,000 ids at every key typed:
    `W` asks for the few new ids as a positive filter, its pages too; the unread among them
    are counted right."""
    ids = library.ids()
    arrived = set(ids[:3])
    known_path().parent.mkdir(parents=True, exist_ok=True)
    known_path().write_text(json.dumps([i for i in ids if i not in arrived]))
    asked: list[dict[str, Any]] = []
    search = core_calls.run_search

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs)
        return search(*args, **kwargs)

    monkeypatch.setattr(core_calls, "run_search", spy)
    monkeypatch.setattr(core_calls, "SEARCH_LIMIT", 2)  # a second page to load
    async with start_reader((80, 24)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        await until(pilot, lambda: bool(results.new_ids), "the library's ids read")
        await settle(pilot)
        results.focus()
        await pilot.press("enter")  # one of them read
        await settle(pilot)
        results.focus()
        asked.clear()
        await pilot.press("W")
        await settle(pilot)
        await pilot.press("G")  # the last row loaded: the next page
        await until(pilot, lambda: len(results.hits) == 3, "the second page")
        assert {h.id for h in results.hits} == arrived
        assert len(asked) >= 2 and all(kw.get("only") == arrived for kw in asked), asked
        assert not any(kw.get("unread_only") for kw in asked)
        read = results.read_state.snapshot() if results.read_state is not None else set()
        assert len(read) == 1
        assert results.unread == len(arrived - read)
        await pilot.press("W")  # every document again: no filter
        await settle(pilot)
        assert asked[-1].get("only") is None and results.total == len(ids)
