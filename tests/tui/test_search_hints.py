"""A search that finds nothing says what to try instead; the hint goes once something matches,
and a spelling suggestion takes its place when there is one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input, Static

from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle


async def test_no_match_says_what_to_try_and_goes_when_something_matches(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        box = screen.query_one("#search", Input)
        box.value = "kosovo zzqxw"
        await settle(pilot)
        assert screen.result.total == 0
        assert str(hint.render()).startswith("No match: try fewer words")
        assert hint.display and hint.region.height >= 1  # on screen, not only in the widget
        box.value = "kosovo"
        await settle(pilot)
        assert screen.result.total > 0 and str(hint.render()) == "" and not hint.display
        box.value = "kosvo"  # a misspelling: the suggestion, not the hint
        await settle(pilot)
        assert "Did you mean" in str(hint.render())
        assert hint.display and hint.region.height >= 1  # it was hidden by `:empty` before


async def test_a_word_still_too_short_to_match_says_to_type_on_not_what_else_to_try(
    library: Any, start_reader: StartReader
) -> None:
    """`b`, `bo` on the way to `border` find nothing (a word matches as a prefix from its
    third letter): 'try fewer words or another spelling' would send the reader astray."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        box = screen.query_one("#search", Input)
        for typed in ("zq", "kosovo zq"):
            box.value = typed
            await settle(pilot)
            assert screen.query_one(ResultList).has_class("-stale")  # the last rows, dimmed
            assert str(hint.render()) == "Words match as you type from their third letter"
            assert hint.display
        box.value = "kosovo zqx"  # three letters: a prefix that matches nothing
        await settle(pilot)
        assert str(hint.render()).startswith("No match: try fewer words")


async def test_a_field_typed_to_its_colon_says_it_needs_a_value_not_no_match(
    library: Any, start_reader: StartReader
) -> None:
    """`entity:` half typed searched the word 'entity' and said 'No match: try fewer words';
    it says what the field waits for, dim as a hint (not an error's red), the rows kept."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        count = screen.query_one("#result-count", Static)
        box = screen.query_one("#search", Input)
        box.value = "kosovo"
        await settle(pilot)
        kept = [h.id for h in screen.query_one(ResultList).hits]
        assert kept
        box.value = "kosovo entity:"
        await settle(pilot)
        line = count.render()
        assert str(line).startswith("entity: needs a value, e.g. entity:Serbia")
        assert "red" not in " ".join(str(span.style) for span in line.spans)  # type: ignore[union-attr]
        assert not str(hint.render()).startswith("No match")
        assert [h.id for h in screen.query_one(ResultList).hits] == kept
        box.value = "kosovo entity:Serbia"  # the value typed: a search again
        await settle(pilot)
        assert "needs a value" not in str(count.render())


async def test_a_search_that_fails_drops_the_last_searchs_suggestion_and_its_ctrl_y(
    library: Any, start_reader: StartReader
) -> None:
    """`kosvo` offers 'Did you mean kosovo?'; typed on to `kosvo "ab` (a quote not closed) the
    search fails and the rows stay dimmed, but the offer was the last search's: Ctrl+Y would
    have put 'kosovo' in the box, dropping what was typed since."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        box = screen.query_one("#search", Input)
        box.value = "kosvo"
        await settle(pilot)
        assert "Did you mean" in str(hint.render()) and screen.check_action("use_suggestion", ())
        typed = 'kosvo "ab'
        box.value = typed
        await settle(pilot)
        assert "closing" in str(screen.query_one("#result-count", Static).render())
        assert "Did you mean" not in str(hint.render()) and not hint.display
        assert not screen.check_action("use_suggestion", ())
        screen.action_use_suggestion()
        assert box.value == typed
        box.value = "kosvo"  # a search again: its own suggestion comes back
        await settle(pilot)
        assert "Did you mean" in str(hint.render()) and screen.check_action("use_suggestion", ())


async def test_a_search_of_fields_alone_that_finds_nothing_says_what_it_lacks(
    library: Any, start_reader: StartReader
) -> None:
    """`date:1999-1` or `source:zzwire` has no word to drop or respell: 'try fewer words, OR
    between them, or another spelling' does not fit; the line says what was not found."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        box = screen.query_one("#search", Input)
        for typed, said in (
            ("date:1999-1", "No documents dated 1999-01"),
            ("source:zzwire", "Nothing from that source"),
            ("source:zzwire date:1999-1", "No document matches these fields"),
            ("kosovo source:zzwire", "No match: try fewer words"),  # a word: the usual advice
        ):
            box.value = typed
            await settle(pilot)
            assert screen.result.total == 0
            assert str(hint.render()).startswith(said), typed
            assert hint.display


async def test_a_sidebar_filter_that_finds_nothing_says_what_it_lacks(
    tmp_path: Path, start_reader: StartReader
) -> None:
    """A filter chosen in the sidebar, the box empty, finds nothing once the documents it
    named have left the library (deleted, then `r`): there is no word to drop or respell, so
    the line says what the filter lacks, as the same field typed in the box does. Typed fields
    with the filter say both, never 'No documents dated …' of a month that has documents."""
    from briefer.tui import core_calls
    from briefer.tui.widgets.entities import EntitySidebar

    folder = tmp_path / "docs"
    folder.mkdir()
    for day, city in (("05", "Athens"), ("06", "Vienna")):
        body = f"Talks in {city}\n\nOfficials in {city} said the talks would resume."
        (folder / f"2024-03-{day}-{city.lower()}.txt").write_text(body, encoding="utf-8")
    core_calls.add_to_library([str(folder)])
    async with start_reader((120, 30), rounds=4, sync_on_open=True) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        sidebar = screen.query_one(EntitySidebar)
        key = next(k for k, f in sidebar._facets.items() if f.value == "Athens")
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(key)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.filters == [("entity", "Athens")] and screen.result.total == 1
        (folder / "2024-03-05-athens.txt").unlink()
        await pilot.press("r")
        await settle(pilot, 6)
        assert screen.filters == [("entity", "Athens")] and screen.result.total == 0
        assert screen.query_one("#search", Input).value == ""
        assert str(hint.render()) == "No document names that" and hint.display
        screen.query_one("#search", Input).value = "date:2024-3"  # Vienna's month
        await settle(pilot)
        assert screen.result.total == 0
        assert str(hint.render()) == "No document matches this field and the filter"
        assert screen.library.search("date:2024-3").total == 1  # the month has a document


async def test_a_phrase_being_typed_is_said_dim_a_real_error_red(
    library: Any, start_reader: StartReader
) -> None:
    """From its opening quote to its closing one, a phrase typed in the box fails to parse at
    every key: that is typing, not a mistake, and it was said in an error's red throughout.
    It is said dim, as a field typed to its colon is; a query that is wrong stays red."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        count = screen.query_one("#result-count", Static)
        box = screen.query_one("#search", Input)

        def styles() -> str:
            return " ".join(str(span.style) for span in count.render().spans)  # type: ignore[union-attr]

        box.value = "kosovo"
        await settle(pilot)
        for typed in ('kosovo "border cro', 'kosovo "a" b "c entity:'):
            box.value = typed
            await settle(pilot)
            assert "closing" in str(count.render()), typed
            assert "red" not in styles() and "dim" in styles(), typed
        box.value = "kosovo )"
        await settle(pilot)
        assert "parentheses" in str(count.render()) and "red" in styles()


async def test_nothing_unread_says_so_and_names_u_not_fewer_words(
    library: Any, start_reader: StartReader
) -> None:
    """Listing only the unread (`U`) after everything was read (`A`), the empty box said 'No
    match: try fewer words, OR between them, or another spelling': no word was typed, and
    what left the rows out was that they were read."""
    async with start_reader((100, 30)) as (_, pilot, screen):
        hint = screen.query_one("#suggestion", Static)
        results = screen.query_one(ResultList)
        box = screen.query_one("#search", Input)
        box.value = "kosovo"
        await settle(pilot)
        assert 0 < screen.result.total <= len(results.hits)  # every match listed
        results.focus()
        await pilot.press("A", "U")  # every one read, then only the unread: none left
        await settle(pilot)
        assert screen.result.total == 0
        assert str(hint.render()) == "Nothing unread matches: U lists the read ones too"
        results.focus()
        await pilot.press("U")  # every document again: the Kosovo ones are there
        await settle(pilot)
        assert screen.result.total > 0 and not hint.display


def test_nothing_unread_in_the_empty_box_says_u_lists_every_document() -> None:
    from briefer.tui.rows import no_match_line

    assert no_match_line("", (), unread_only=True).plain == (
        "Nothing unread: U lists every document"
    )
    assert no_match_line("kosovo", (), unread_only=True).plain.startswith("Nothing unread matches")
    assert no_match_line("kosovo zzqxw").plain.startswith("No match: try fewer words")
