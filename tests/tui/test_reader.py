"""Pilot tests: each drives the real reader over an index of sample_docs/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static, TabbedContent

from briefer.tui.app import BrieferApp
from briefer.tui.core_calls import SEARCH_LIMIT
from briefer.tui.screens.help import HelpScreen
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.entities import EntitySidebar
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, reader_screen, settle, until

SIZE = (120, 40)


def static_text(screen: MainScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_opens_the_library_with_every_document(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, _, screen):
        results = screen.query_one(ResultList)
        assert len(results.hits) == min(library.count(), SEARCH_LIMIT)
        assert f"{library.count()} documents" in static_text(screen, "#result-count")
        assert screen.query_one(EntitySidebar).option_count > 0


async def test_search_as_you_type_shows_matching_hits_with_highlights(
    library: Any, start_reader: StartReader
) -> None:
    expected = library.search("barricades", limit=30)
    async with start_reader(SIZE) as (app, pilot, screen):
        await pilot.press(*"barricades")
        await settle(pilot)
        screen = reader_screen(app)
        hits = screen.query_one(ResultList).hits
        assert [h.id for h in hits] == [h.id for h in expected.hits]
        assert f"{expected.total} result" in static_text(screen, "#result-count")
        assert any(h.highlights for h in hits)


async def test_a_stale_search_result_never_replaces_a_newer_one(
    library: Any, start_reader: StartReader
) -> None:
    from briefer.tui.messages import SearchFinished

    async with start_reader(SIZE) as (_, pilot, screen):
        await pilot.press(*"kfor")
        await settle(pilot)
        shown = [h.id for h in screen.query_one(ResultList).hits]
        stale = library.search("*", limit=30)
        screen.post_message(SearchFinished(screen.generation - 1, "*", stale))
        await pilot.pause()
        assert [h.id for h in screen.query_one(ResultList).hits] == shown
        assert len(shown) < len(stale.hits)


async def test_a_key_searches_at_once_and_the_sidebar_follows_the_rows(
    library: Any, start_reader: StartReader
) -> None:
    from briefer.tui.facets import group_facets
    from briefer.tui.messages import FacetTypesFound

    expected = library.search("kfor", limit=30)
    async with start_reader(SIZE) as (app, pilot, screen):
        screen.query_one("#search", Input).value = "kfor"
        await pilot.pause(0)  # Input.Changed handled: the search worker starts, no timer first
        await app.workers.wait_for_complete()
        await pilot.pause(0)
        assert [h.id for h in screen.query_one(ResultList).hits] == [h.id for h in expected.hits]
        await settle(pilot)  # typed: the facets follow once the typing stops
        sidebar = screen.query_one(EntitySidebar)
        before = sidebar.option_count
        groups = group_facets(screen.result.facets, screen._facet_type, polity=screen._polity)
        # its heading (what it counts), then those of 'kfor'
        assert before == 1 + sum(1 + len(g.items) for g in groups) > 1
        screen.post_message(FacetTypesFound(screen.generation - 1, {}))  # stale: dropped
        await pilot.pause()
        assert sidebar.option_count == before


async def test_did_you_mean_offers_a_spelling_and_ctrl_y_takes_it(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        await pilot.press(*"kosvo")
        await settle(pilot)
        screen = reader_screen(app)
        suggestion = screen.result.suggestion
        assert suggestion
        assert suggestion in static_text(screen, "#suggestion")
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert screen.query_one("#search", Input).value == suggestion
        assert screen.result.total > 0


async def test_choosing_an_entity_filters_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        before = screen.result.total
        sidebar = screen.query_one(EntitySidebar)
        sidebar.focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert sidebar.active is not None
        name = sidebar.active.value
        assert screen.filters == [(sidebar.active.field, name)]
        assert 0 < screen.result.total <= before
        for hit in screen.query_one(ResultList).hits:
            analysis = library.analysis(hit.id)
            document = library.document(hit.id)
            assert name in {m.canonical for m in analysis.mentions} or name == document.source
        await pilot.press("escape")
        await settle(pilot)
        assert screen.filters == [] and screen.result.total == before


async def test_sort_by_date_orders_newest_first(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("s")
        await settle(pilot)
        assert screen.sort == "date"
        dates = [h.date for h in screen.query_one(ResultList).hits if h.date]
        assert dates == sorted(dates, reverse=True)
        assert "by date" in static_text(screen, "#result-count")


async def test_selecting_a_result_shows_its_document_and_briefing(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("j", "enter")
        await settle(pilot)
        chosen = results.hits[1]
        view = screen.query_one(DocumentView)
        assert view.document is not None and view.document.id == chosen.id
        assert screen.query_one("#reader", TabbedContent).active == "document"
        assert view.paragraph_count == len(view.document.paragraphs)
        briefing = screen.query_one(BriefingView).briefing
        assert briefing is not None and [s.id for s in briefing.sources] == [chosen.id]


async def test_a_citation_jumps_to_its_paragraph(library: Any, start_reader: StartReader) -> None:
    async with start_reader((100, 30)) as (_, pilot, screen):
        view = screen.query_one(BriefingView)
        # the first row's briefing comes after a search, a debounce and a worker: waited for
        await until(pilot, lambda: view.briefing is not None, "the first row's briefing")
        assert view.briefing is not None
        items = [i for s in view.briefing.sections for i in s.items]
        assert items, "the sample briefing has items"
        target = items[-1]
        view.focus()
        for section in view.briefing.sections:
            view.unfold(section.key)  # the last item shown, not the last section's fold
        await pilot.press("G", "enter")  # the last item: a paragraph further down
        doc_view = screen.query_one(DocumentView)
        await until(pilot, lambda: doc_view.cited is not None, "the jump to the citation")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "document"
        assert doc_view.cited == target.paragraph
        line = doc_view.paragraph_line(target.paragraph)
        assert doc_view.document is not None
        first_line = doc_view.line_text(line).plain
        assert first_line and doc_view.document.paragraph_text(target.paragraph).startswith(
            first_line
        )
        assert doc_view.scroll_y <= line < doc_view.scroll_y + doc_view.size.height


async def test_find_in_document_highlights_every_match(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("2")  # the Document tab
        await pilot.pause()
        assert screen.query_one("#reader", TabbedContent).active == "document"
        view = screen.query_one(DocumentView)
        view.focus()
        await pilot.press("slash", *"the", "enter")
        await pilot.pause()
        assert view.document is not None
        expected = view.document.text.lower().count("the")
        assert len(view.matches) == expected > 1
        assert view.current == 0
        await pilot.press("n", "n", "N")
        assert view.current == 1
        assert "match 2/" in static_text(screen, "#find-status")
        lines = [view.line_text(y) for y in range(view.line_count)]
        styled = sum(1 for line in lines for s in line.spans if "yellow" in str(s.style))
        assert styled == expected - 1  # every match but the current one
        current = view.match_line(1)
        assert any("orange" in str(s.style) for s in lines[current].spans)
        assert view.scroll_y <= current < view.scroll_y + view.size.height
        screen.query_one("#find", Input).focus()
        await pilot.press("escape")
        await pilot.pause()
        assert view.matches == []


async def test_escape_from_the_text_closes_an_open_find(
    library: Any, start_reader: StartReader
) -> None:
    """After Enter the text has focus (n/N work there); Escape then closes the find box too."""
    async with start_reader(SIZE) as (_, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("2")
        await pilot.pause()
        view = screen.query_one(DocumentView)
        view.focus()
        await pilot.press("slash", *"the", "enter")
        await pilot.pause()
        assert view.has_focus and view.matches
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one("#find", Input).has_class("-open")
        assert view.matches == []


async def test_export_writes_the_shown_briefing(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    monkeypatch.chdir(tmp_path)
    async with start_reader(SIZE) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("e")
        await pilot.pause()
        path_input = app.screen.query_one("#export-path", Input)
        default = Path(path_input.value)
        assert default.parent == tmp_path and default.suffix == ".md"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.briefing is not None
        text = default.read_text(encoding="utf-8")
        assert screen.briefing.title in text
        (note,) = [n.message for n in app._notifications if "exported" in n.message]
        # the path on one line (cut at its start to fit), or its folder and then the file name
        # whole over the lines it takes
        where = note.split("\n")[1:]
        if len(where) == 1:
            assert str(default).endswith(where[0].removeprefix("…"))
        else:
            assert "".join(where[1:]) == default.name
            folder = where[0].removeprefix("…").removeprefix("~").rstrip("/")
            assert str(default.parent).endswith(folder)
        assert where[-1].endswith(".md")


async def test_export_to_an_existing_file_asks_before_overwriting(
    library: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    from briefer.tui.screens.export import ExportScreen

    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "notes.md"
    existing.write_text("my own notes\n", encoding="utf-8")
    async with start_reader(SIZE) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-path", Input).value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and dialog.has_class("-confirm")  # asked, not failed
        assert "notes.md already exists" in app.export_screenshot().replace("&#160;", " ")
        await pilot.press("n")  # keep it: back to the path, nothing written
        await pilot.pause()
        assert not dialog.has_class("-confirm")
        assert existing.read_text(encoding="utf-8") == "my own notes\n"
        await pilot.press("enter")  # same path again, and this time overwrite
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert screen.briefing is not None
        assert screen.briefing.title in existing.read_text(encoding="utf-8")
        # the folder and the name on one line, or the name on a line of its own
        assert any(
            n.message.split("\n")[-1] == "notes.md" or n.message.endswith("/notes.md")
            for n in app._notifications
        )


async def test_briefing_of_marked_documents(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        await pilot.press("space", "j", "space", "b")
        await settle(pilot)
        marked = {results.hits[0].id, results.hits[2].id}
        assert results.marked == marked
        briefing = screen.query_one(BriefingView).briefing
        assert briefing is not None and {s.id for s in briefing.sources} == marked
        assert screen.query_one(BriefingView).scope == "marked"
        # titled by what it is about, then how it was chosen (the export's file name follows)
        assert briefing.principals
        assert briefing.title == f"{' and '.join(briefing.principals)}: 2 marked documents"


async def test_briefing_of_all_results(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        await pilot.press(*"kosovo")
        await settle(pilot)
        screen.query_one(ResultList).focus()
        await pilot.press("B")
        await settle(pilot)
        briefing = screen.query_one(BriefingView).briefing
        assert briefing is not None
        expected = library.search(screen.result.query, limit=30, snippets=False)
        assert {s.id for s in briefing.sources} == {h.id for h in expected.hits}
        assert len(briefing.sources) > 1
        assert screen.query_one(BriefingView).scope == "results"
        screen.query_one("#search", Input).value = "kosovo merdare"  # the briefing follows
        await settle(pilot, rounds=4)
        narrower = library.search("kosovo merdare", limit=30, snippets=False)
        briefing = screen.query_one(BriefingView).briefing
        assert briefing is not None
        assert {s.id for s in briefing.sources} == {h.id for h in narrower.hits}


async def test_back_and_forward_between_documents(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        first = results.hits[0].id
        await pilot.press("j")
        await settle(pilot)
        second = results.hits[1].id
        view = screen.query_one(DocumentView)
        assert view.document is not None and view.document.id == second
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert view.document.id == first
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.document.id == second


async def test_help_opens_from_f1_and_question_mark(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, _):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        reader_screen(app).query_one(ResultList).focus()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_q_quits_but_types_in_the_search_box(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (app, pilot, _):
        await pilot.press("q")
        assert reader_screen(app).query_one("#search", Input).value == "q"
        reader_screen(app).query_one(ResultList).focus()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_t_switches_to_the_light_theme_and_remembers_it(
    library: Any, start_reader: StartReader
) -> None:
    from briefer.config import load_settings
    from briefer.tui.themes import DARK, LIGHT

    async with start_reader(SIZE, theme=load_settings().theme) as (app, pilot, _):
        assert app.theme == DARK
        reader_screen(app).query_one(ResultList).focus()
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == LIGHT and not app.current_theme.dark
        assert load_settings().theme == LIGHT
        assert load_settings().library  # the rest of the settings untouched
    again = BrieferApp(theme=load_settings().theme)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == LIGHT
        reader_screen(again).query_one(ResultList).focus()
        await pilot.press("t")
        await pilot.pause()
        assert again.theme == DARK and load_settings().theme == DARK


async def test_palette_runs_the_apps_own_commands(library: Any, start_reader: StartReader) -> None:
    async with start_reader(SIZE) as (app, pilot, _):
        await pilot.press("ctrl+p", *"sort by", "enter")
        await settle(pilot)
        assert reader_screen(app).sort == "date"


async def test_tab_moves_between_panes_and_vim_keys_move_in_each(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        order = []
        for _ in range(4):
            order.append(screen.focused.id if screen.focused else None)
            await pilot.press("tab")
        assert order == ["search", "results", "briefing-view", "entities"]
        sidebar = screen.query_one(EntitySidebar)
        sidebar.focus()
        await pilot.press("g")
        first = sidebar.highlighted
        await pilot.press("j")
        assert sidebar.highlighted is not None and first is not None
        assert sidebar.highlighted > first
        await pilot.press("k")
        assert sidebar.highlighted == first


async def test_r_reindexes_the_library_in_the_background(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        screen.query_one(ResultList).focus()
        await pilot.press("r")  # nothing changed on disk: the sync is quick
        for _ in range(100):
            if not screen.indexing:
                break
            await pilot.pause(0.05)
        assert not screen.indexing
        notes = [n.message for n in app._notifications]
        assert any(m.startswith("Indexing done: no changes; ") for m in notes), notes


async def test_a_query_that_cannot_parse_says_why_and_keeps_the_rows(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        await pilot.press(*"kosovo")
        await settle(pilot)
        shown = [h.id for h in screen.query_one(ResultList).hits]
        await pilot.press("space", "quotation_mark")
        await settle(pilot)
        assert "unbalanced quotes" in static_text(screen, "#result-count")
        assert [h.id for h in screen.query_one(ResultList).hits] == shown
        assert app.is_running
        # the kept rows say they are the last search's, dimmed, until a query reads again
        assert "the last search" in static_text(screen, "#result-count")
        assert screen.query_one(ResultList).has_class("-stale")
        await pilot.press("backspace")
        await settle(pilot)
        assert not screen.query_one(ResultList).has_class("-stale")
        assert "the last search" not in static_text(screen, "#result-count")


def test_briefer_with_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    from briefer.errors import UsageError
    from briefer.tui.run import run

    with pytest.raises(UsageError, match="no such file or folder"):
        run([str(tmp_path / "missing")])


async def test_down_in_the_search_box_goes_on_into_the_results(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        await pilot.press(*"barricades")
        await settle(pilot)
        screen = reader_screen(app)
        await pilot.press("down", "s")  # `s` right behind Down sorts; it is not typed
        await settle(pilot)
        assert isinstance(screen.focused, ResultList)
        assert screen.query_one("#search", Input).value == "barricades"
        assert screen.sort == "date"


async def test_opened_documents_are_read_and_stay_read_next_time(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        results.focus()
        first, second = results.hits[0].id, results.hits[1].id

        def title_bold(index: int) -> bool:
            row = results.get_option_at_index(index).prompt
            assert not isinstance(row, str)
            title_at = row.plain.index(results.hits[index].title[:10])
            assert "bold" not in str(row.style)
            return any(s.start <= title_at < s.end and "bold" in str(s.style) for s in row.spans)

        assert title_bold(0) and title_bold(1)  # nothing read yet: every title bold
        await pilot.press("enter")
        await settle(pilot)
        assert not title_bold(0)
        results.focus()
        await pilot.press("j", "R")  # R marks the second read, moving down
        await settle(pilot)
        assert not title_bold(1)
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        state = results.read_state
        assert state is not None and state.is_read(first) and state.is_read(second)
        results.focus()
        await pilot.press("R")  # on the first row again: back to unread
        await settle(pilot)
        assert not state.is_read(first)
        await pilot.press("A")
        assert all(state.is_read(h.id) for h in results.hits)


async def test_the_count_says_what_is_unread_and_u_lists_only_that(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (_, pilot, screen):
        results = screen.query_one(ResultList)
        count = screen.query_one("#result-count", Static)
        total = results.total
        assert total > 2 and "unread" not in str(count.render())  # nothing read: nothing said
        results.focus()
        first = results.hits[0].id
        await pilot.press("enter")  # opened: read
        await settle(pilot)
        assert f"{total - 1} unread" in str(count.render())
        results.focus()
        await pilot.press("U")
        await until(pilot, lambda: results.total == total - 1, "the unread-only listing")
        assert first not in {h.id for h in results.hits}
        assert "unread only" in str(count.render())
        await pilot.press("R")  # read meanwhile: listed until the next search, counted at once
        await settle(pilot)
        assert results.unread == total - 2
        await pilot.press("U")
        await until(pilot, lambda: results.total == total, "every document again")
        assert first in {h.id for h in results.hits}
        assert f"{total - 2} unread" in str(count.render())
