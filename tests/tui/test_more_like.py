"""`m`, more like this: the documents similar to the highlighted result (or, in the Document
tab, to the document shown), with `like:"PATH"` in the search box to see and edit; a search
of the history like any other, named in help, the palette and (where it fits) the footer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from briefer.tui.commands import COMMANDS, help_table
from briefer.tui.facets import like_clause
from briefer.tui.palette import ReaderCommands
from briefer.tui.rows import like_line, no_match_line
from briefer.tui.screens import main
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until
from tests.tui.test_footer_width import assert_nothing_cut, shown

DESCRIPTION = (
    "More like this: the documents similar to the highlighted result (to the document shown, "
    "in the Document tab)"
)


@pytest.fixture(autouse=True)
def slow_typist_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in test_query_history: a search shown for QUERY_SETTLE is a stop; the pilot may be
    slow on a loaded machine."""
    monkeypatch.setattr(main, "QUERY_SETTLE", 3.0)


def test_the_clause_quotes_the_path_from_home_or_falls_back_to_the_id() -> None:
    assert like_clause("a1", "/srv/news/a b.md") == 'like:"/srv/news/a b.md"'
    assert like_clause("a1", "/home/lena/news/a.md", home="/home/lena") == 'like:"~/news/a.md"'
    assert like_clause("a1", "/home/lenab/a.md", home="/home/lena") == 'like:"/home/lenab/a.md"'
    assert like_clause("a1", '/srv/"quoted".md') == "like:a1"  # a quote cannot be quoted
    assert like_clause("a1", "/srv/bad\x1b[2J.md") == "like:a1"
    assert like_clause("a1", "/srv/caf\udce9.md") == "like:a1"  # a name that is not UTF-8


def test_m_is_declared_once_and_listed_in_help() -> None:
    found = [c for c in COMMANDS if c.id == "main.more-like"]
    assert len(found) == 1 and found[0].keys == "m" and found[0].description == DESCRIPTION
    # no other command of any pane takes `m` (a pane's own key would win there)
    taken = {key for c in COMMANDS if c.id != "main.more-like" for key in c.keys.split(",")}
    assert "m" not in taken
    assert f"- `m` {DESCRIPTION}" in help_table()


def test_a_like_that_matches_nothing_says_so() -> None:
    line = no_match_line('like:"/srv/news/a.md"', [])
    assert line.plain == "No other document is like that one"
    # given the title the clause named (the box holds only a path), the line names it
    named = no_match_line('like:"/srv/news/a.md"', [], like=["Dam \x1b[2Joverflows"])
    assert named.plain == "No other document is like Dam overflows"
    # with a word beside it, the usual advice: the words may be what found nothing
    assert no_match_line('like:"/srv/a.md" dam', [], like=["Dam"]).plain.startswith("No match")


async def test_m_lists_the_documents_like_the_highlighted_one(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (app, pilot, screen):
        box = screen.query_one("#search", Input)
        results = screen.query_one(ResultList)
        everything = [h.id for h in results.hits]
        results.focus()
        await pilot.press("j", "j")
        await settle(pilot)
        hit = results.current_hit()
        assert hit is not None
        assert shown(app)["Similar"] == "m"  # from 110 columns, in the results' footer
        assert_nothing_cut(app)
        offered = [h.text async for h in ReaderCommands(screen).discover()]
        assert DESCRIPTION in offered

        await pilot.press("m")
        await settle(pilot)
        clause = like_clause(hit.id, hit.path, home=os.path.expanduser("~"))
        assert box.value == clause and clause.startswith('like:"')
        assert screen.focused is results
        expected = library.search(clause, limit=50)
        assert [h.id for h in results.hits] == [h.id for h in expected.hits][: len(results.hits)]
        assert screen.result.total == expected.total > 0
        assert hit.id not in {h.id for h in results.hits}  # itself left out
        # the most alike is of the same story (the samples keep one crisis a folder)
        assert Path(results.hits[0].path).parent == Path(hit.path).parent
        assert str(screen.query_one("#result-count").render()).startswith(
            f"{expected.total} results"
        )

        await pilot.press("alt+up")  # a search of the history: back to every document
        await settle(pilot)
        assert box.value == ""
        assert [h.id for h in results.hits] == everything
        assert results.current_id() == hit.id
        await pilot.press("alt+down")
        await settle(pilot)
        assert box.value == clause


async def test_m_in_the_document_tab_is_like_the_document_shown(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("enter")  # the first result, read in the Document tab
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert screen.focused is view and view.document is not None
        shown_doc = view.document
        results.highlighted = 3  # another row highlighted, its document not yet loaded
        await pilot.press("m")
        await settle(pilot)
        box = screen.query_one("#search", Input)
        assert box.value == like_clause(shown_doc.id, shown_doc.path, home=os.path.expanduser("~"))
        assert shown_doc.id not in {h.id for h in results.hits}
        assert screen.result.total == library.search(box.value).total


async def test_a_like_naming_nothing_says_why_on_the_count_line(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*"like:nothing.md")
        await until(
            pilot,
            lambda: "like: no document" in str(screen.query_one("#result-count").render()),
            "the count line to say why",
        )
        line = str(screen.query_one("#result-count").render())
        missing = os.path.join(os.getcwd(), "nothing.md")
        assert line.startswith(f"like: no document in the library at {missing}")


def test_the_hint_names_the_document_on_one_line() -> None:
    line = like_line(["Varenna dam overflows", "Trawlers quarrel"])
    assert line.plain == "Similar to: Varenna dam overflows · Trawlers quarrel"
    assert line.no_wrap and line.overflow == "ellipsis"
    assert like_line(["[/b]\x1b]52;x"]).plain.startswith("Similar to: [/b]")  # text, no markup


async def test_the_hint_says_which_document_the_results_are_like(
    library: Any, start_reader: StartReader
) -> None:
    """After `m` (or a `like:` typed) the row under the count names the document by its title,
    cut to one line at 80 columns; it goes when the clause goes."""
    async with start_reader((80, 24)) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        hint = screen.query_one("#suggestion")
        results.focus()
        await pilot.press("j")
        await settle(pilot)
        hit = results.current_hit()
        assert hit is not None and not hint.has_class("-shown")
        await pilot.press("m")
        await settle(pilot)
        assert screen.result.total > 0
        assert hint.has_class("-shown") and hint.has_class("-like")
        said = str(hint.render())
        assert said.startswith("Similar to: ")
        title = hit.title
        assert said == f"Similar to: {title}" or (
            said.endswith("…") and title.startswith(said[len("Similar to: ") : -1])
        )
        assert hint.size.height == 1  # cut to one line, never wrapped
        box = screen.query_one("#search", Input)
        box.focus()
        box.value = box.value + " kosovo"  # the clause still there: the hint stays
        await until(pilot, lambda: "kosovo" in screen.shown_query, "the search with a word")
        await settle(pilot)
        if screen.result.total:
            assert str(hint.render()).startswith("Similar to: ")
        box.value = "kosovo"  # the clause gone: so is the hint
        await until(pilot, lambda: screen.shown_query == "kosovo", "the search without it")
        await settle(pilot)
        assert not hint.has_class("-like")
        assert "Similar to" not in str(hint.render())


def _count_style(screen: Any) -> str:
    line = screen._stale_line  # what the count line says of the rows kept, as styled
    assert line is not None, (screen.query_one("#search", Input).value, screen.shown_query)
    return str(line.style)


async def test_a_like_path_being_typed_is_said_dim_until_enter(
    library: Any, start_reader: StartReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`like:sample_docs/bor` names no document at most keys on the way to a file: the count
    line says so dim (as `entity:` typed as far as its colon is), not red at every key; Enter
    says it as the error it is. A like: that is not at the end of what is typed is red."""
    monkeypatch.setattr(main, "LIKE_ERROR_PAUSE", 60.0)
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        counter = screen.query_one("#result-count")
        box.focus()
        await pilot.press(*"like:nothing")
        await until(pilot, lambda: "like: no document" in str(counter.render()), "the reason")
        await settle(pilot)
        assert _count_style(screen) == "dim"
        await pilot.press(*".md")
        await until(pilot, lambda: "nothing.md" in str(counter.render()), "the whole path")
        await settle(pilot)
        assert _count_style(screen) == "dim"
        await pilot.press("enter")
        await settle(pilot)
        assert _count_style(screen) == "red"
        assert str(counter.render()).startswith("like: no document in the library at")
        box.focus()
        for value, style in (("like:nothing.m", "dim"), ("like:nothing.md kosovo", "red")):
            asked = screen.generation
            box.value = value  # after the path, a word: the path is done with, an error at once
            await until(
                pilot,
                lambda asked=asked: screen.generation > asked and not screen._searching,
                "the search",
            )
            await settle(pilot)
            assert _count_style(screen) == style
        assert _count_style(screen) == "red"


async def test_a_like_path_left_a_moment_is_said_as_an_error(
    library: Any, start_reader: StartReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main, "LIKE_ERROR_PAUSE", 1.5)
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*"like:nothing.md")
        await until(pilot, lambda: screen._stale_line is not None, "the reason")
        assert _count_style(screen) == "dim"
        await until(
            pilot,
            lambda: screen._stale_line is not None and _count_style(screen) == "red",
            "the pause to make it an error",
        )
        assert screen.focused is box  # the pause moves nothing


async def test_a_like_with_no_neighbour_names_its_document(
    tmp_path: Path, start_reader: StartReader
) -> None:
    """A document that shares no telling word with any other: the line under '0 results' says
    which one it was (the box holds only its path), not "that one"."""
    from briefer.index import Library

    corpus = tmp_path / "news"
    corpus.mkdir()
    stories = {
        "dam.txt": "Varenna dam overflows\n\nFloodwater poured across valley orchards.\n",
        "trawl.txt": "Trawlers quarrel\n\nFishermen blockaded harbours over quotas.\n",
    }
    for name, text in stories.items():
        (corpus / name).write_text(text, encoding="utf-8")
    with Library() as lib:
        lib.sync([corpus])
    async with start_reader((100, 30)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.focus()
        await pilot.press(*f'like:"{corpus / "dam.txt"}"')
        hint = screen.query_one("#suggestion")
        await until(pilot, lambda: "No other document" in str(hint.render()), "the hint")
        assert screen.result.total == 0
        assert str(hint.render()) == "No other document is like Varenna dam overflows"
