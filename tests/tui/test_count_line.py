"""The count line over the results keeps to one line where it can: at 80 columns the default
order goes unsaid, then how many rows are loaded ('23 documents · 1 marked', not '23 documents
· 20 shown · 1 marked · by relevance' wrapped onto a second line, which pushed the list down a
row as a document was marked)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Static

from briefer.tui.rows import count_line
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


def test_the_default_order_goes_unsaid_only_where_the_line_would_not_fit() -> None:
    full = count_line(6, 6, "relevance", [], "kosovo", marked=1)
    assert full.plain == "6 results · 1 marked · by relevance"
    assert count_line(6, 6, "relevance", [], "kosovo", 1, width=full.cell_len).plain == full.plain
    narrow = count_line(6, 6, "relevance", [], "kosovo", 1, width=30)
    assert narrow.plain == "6 results · 1 marked"
    # an order that is not the default is always said
    dated = count_line(6, 6, "date", [], "kosovo", 1, width=30)
    assert dated.plain == "6 results · 1 marked · by date"
    # then, still too wide, how many rows are loaded so far goes too
    assert count_line(23, 20, "relevance", [], "", 1).plain == (
        "23 documents · 20 shown · 1 marked · by relevance"
    )
    assert count_line(23, 20, "relevance", [], "", 1, width=30).plain == "23 documents · 1 marked"


def test_star_typed_lists_documents_as_the_empty_box_does() -> None:
    """`*` is the empty box's listing, every document: it said '10,000 results'."""
    for typed in ("*", " * "):
        assert count_line(10000, 20, "date", [], typed, 0).plain.startswith("10,000 documents")
    assert count_line(7, 7, "date", ["entity: Serbia"], "*", 0).plain.startswith("7 results")


def test_one_document_is_one_and_large_counts_are_grouped() -> None:
    assert count_line(1, 1, "date", [], "", 0).plain.startswith("1 document ")
    assert count_line(1, 1, "relevance", [], "kosovo", 0).plain.startswith("1 result ")
    assert count_line(10000, 20, "date", [], "", 0).plain.startswith("10,000 documents · 20 shown")
    assert count_line(1240, 1220, "relevance", [], "kosovo", 0).plain.startswith(
        "1,240 results · 1,220 shown"
    )


def test_the_line_names_the_order_the_rows_are_in_and_keeps_only_a_chosen_one_when_narrow() -> None:
    # the empty box asked by relevance is listed newest first: the line says so where it fits
    listed = count_line(23, 23, "date", [], "", 1, asked="relevance")
    assert listed.plain == "23 documents · 1 marked · by date"
    # an order the reader did not choose goes unsaid before the line wraps...
    assert count_line(23, 23, "date", [], "", 1, width=30, asked="relevance").plain == (
        "23 documents · 1 marked"
    )
    # ...but one chosen with `s` stays (drawn tight: it wrapped as '… · by' / 'date')
    assert count_line(23, 23, "date", [], "", 1, width=30, asked="date").plain == (
        "23 documents·1 marked·by date"
    )


async def test_at_80_columns_marking_a_result_keeps_the_count_line_and_the_rows_in_place(
    library: Any,
    start_reader: StartReader,
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        count = screen.query_one("#result-count", Static)
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.pause()
        top = results.region.y
        await pilot.press("space")
        await pilot.pause()
        await pilot.pause()
        line = str(count.render())
        assert "1 marked" in line and count.size.height == 1, line
        assert results.region.y == top  # the list did not move down a row
        await pilot.resize_terminal(160, 40)  # room again: the order is said
        await pilot.pause()
        await pilot.pause()
        assert str(count.render()).endswith("by date")  # every document: newest first


async def test_the_count_line_refits_when_the_sidebar_is_toggled_without_a_resize(
    library: Any,
    start_reader: StartReader,
) -> None:
    """`f` changes the results pane's width with no terminal resize: the line refits too."""
    async with start_reader((100, 24)) as (_, pilot, screen):
        count = screen.query_one("#result-count", Static)
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("space")
        await settle(pilot)
        wide = str(count.render())
        await pilot.press("f")
        await settle(pilot)
        await pilot.pause()
        assert count.size.height == 1, str(count.render())
        assert str(count.render()) != wide  # the narrower pane says less


def test_the_unread_count_follows_the_total_once_something_was_read() -> None:
    assert count_line(23, 20, "relevance", [], "", 1, unread=23).plain == (
        "23 documents · 20 shown · 1 marked · by relevance"
    )  # nothing read yet: nothing said
    assert count_line(23, 23, "relevance", [], "kosovo", 0, unread=5).plain == (
        "23 results · 5 unread · by relevance"
    )
    assert count_line(23, 23, "relevance", [], "kosovo", 0, unread=0).plain.startswith(
        "23 results · 0 unread"
    )
    only = count_line(5, 5, "date", ["entity: Serbia"], "", 0, unread=5, unread_only=True)
    assert only.plain == "5 results · unread only · by date · entity: Serbia"
    # it stays when the line is narrowed; the default order goes first
    assert count_line(23, 20, "relevance", [], "", 0, width=30, unread=4).plain == (
        "23 documents · 4 unread"
    )


def test_a_part_of_the_count_line_is_never_cut_in_two() -> None:
    """'6 results · 5 unread · 3 marked' is 31 cells: in a results column of 30 the wrap left
    '3' at the end of one row and 'marked' on the next. Drawn tight it fits; where even that is
    too wide the line breaks at a separator, each part whole."""
    tight = count_line(6, 6, "relevance", [], "kosovo", 3, width=30, unread=5)
    assert tight.plain == "6 results·5 unread·3 marked" and tight.cell_len <= 30
    broken = count_line(1024, 20, "date", [], "kosovo", 12, width=30, unread=312)
    rows = broken.plain.split("\n")
    assert rows == ["1,024 results · 312 unread", "12 marked · by date"]
    assert all(len(row) <= 30 for row in rows)
    assert count_line(6, 6, "relevance", [], "kosovo", 3, unread=5).plain == (
        "6 results · 5 unread · 3 marked · by relevance"
    )  # room enough: as before


def test_a_search_whose_matches_are_all_unread_says_so_once_anything_was_read() -> None:
    """Back the next session, '3 results' alone said nothing: all read, or all new? Once
    something in the library was read, every match unread is said ('all unread'); in a library
    never read it goes unsaid, as every count would say it."""
    said = count_line(3, 3, "relevance", [], "sanctions", 0, unread=3, anything_read=True)
    assert said.plain == "3 results · all unread · by relevance"
    assert "unread" not in count_line(3, 3, "relevance", [], "sanctions", 0, unread=3).plain
    some = count_line(3, 3, "relevance", [], "sanctions", 0, unread=1, anything_read=True)
    assert some.plain.startswith("3 results · 1 unread")
    none = count_line(0, 0, "relevance", [], "zzz", 0, unread=0, anything_read=True)
    assert "unread" not in none.plain


async def test_the_reader_says_all_unread_for_a_search_of_new_documents_only(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        count = screen.query_one("#result-count", Static)
        results.focus()
        opened = results.hits[0]
        await pilot.press("enter")  # opened: read
        await settle(pilot)
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*"kfor")  # the Kosovo documents: none of them read
        await until(pilot, lambda: screen.shown_query.startswith("kfor"), "the search for kfor")
        await settle(pilot)
        assert results.hits and opened.id not in {h.id for h in results.hits}
        assert "all unread" in str(count.render())
