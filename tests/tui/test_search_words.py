"""The document opened from a search shows why it matched: the query's words highlighted, n / N
stepping through them, as Recoll's and DocFetcher's previews do; a typed find replaces them."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static

from briefer.tui.find import BlockFinder, query_words
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


def test_query_words_keep_words_and_phrases_without_operators_fields_or_wildcards() -> None:
    query = '"north  kosovo" OR serbs NOT entity:Serbia date:2022-12 (kfor*) Kosovo kosovo'
    assert query_words(query) == ["north kosovo", "serbs", "kfor", "Kosovo"]
    assert query_words("barricades crossings talks") == ["barricad", "crossing", "talks"]
    assert query_words('"unclosed phrase') == ["unclosed phrase"]
    assert query_words("") == [] and query_words("a OR title:x") == []
    # A quoted field value is skipped whole, not split into a clause and a stray word.
    assert query_words('entity:"Dejan Pantić" barricade') == ["barricade"]
    assert query_words('source:"Balkan Ledger" "north kosovo"') == ["north kosovo"]


def test_find_any_merges_needles_in_order_keeping_the_longer_of_two_overlapping() -> None:
    finder = BlockFinder(["Kosovo and north Kosovo barricade", "barricades here"])
    assert finder.find_any(["kosovo", "north kosovo", "barricad"]) == [
        (0, 0, 6),
        (0, 11, 23),
        (0, 24, 32),
        (1, 0, 8),
    ]
    assert finder.find_any(["barricad", "kos"], to_word_end=True) == [
        (0, 0, 6),
        (0, 17, 23),
        (0, 24, 33),
        (1, 0, 10),
    ]
    assert finder.find_any([]) == []


async def test_a_document_opened_from_a_search_highlights_its_words(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        await pilot.press(*"barricades", "down", "enter")
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert view.document is not None and screen.focused is view
        shown = [view.document.paragraph_text(i + 1)[s:e].lower() for i, s, e in view.matches]
        assert shown and all(word in ("barricade", "barricades") for word in shown)
        assert len(shown) == sum(
            view.document.paragraph_text(p.number).lower().count("barricade")
            for p in view.document.paragraphs
        )
        status = screen.query_one("#find-status", Static)
        assert str(status.render()).startswith(f"search words 1/{len(shown)}")
        if len(shown) > 1:
            await pilot.press("n")
            assert view.current == 1
        await pilot.press("slash", *"kosovo", "enter")  # a typed find replaces them
        await pilot.pause()
        assert view.needle == "kosovo" and str(status.render()).startswith("match 1/")
        await pilot.press("escape")  # closes the find: no highlights left
        await pilot.pause()
        assert view.matches == [] and str(status.render()) == ""


async def test_without_a_query_nothing_is_highlighted(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        assert screen.query_one("#search", Input).value == ""
        screen.query_one(ResultList).focus()
        await pilot.press("enter")
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert view.document is not None and view.matches == []
