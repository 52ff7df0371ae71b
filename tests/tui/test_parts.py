"""The reader's pure parts: commands, find, history, facets, rows and the export path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefer.briefing.model import Briefing
from briefer.tui import commands
from briefer.tui.core_calls import default_export_path, slug
from briefer.tui.facets import compose_query, group_facets, short_folders
from briefer.tui.find import find_all, step
from briefer.tui.history import History
from briefer.tui.rows import HIGHLIGHT_STYLE, highlighted, hit_row, snippet_window


def test_every_command_has_a_unique_id_and_its_binding_carries_it() -> None:
    ids = [c.id for c in commands.COMMANDS]
    assert len(ids) == len(set(ids))
    for scope in ("app", "main", "list", "results", "document", "briefing"):
        for binding in commands.bindings_for(scope):  # type: ignore[arg-type]
            assert binding.id in ids


def test_help_table_lists_every_command_with_its_keys() -> None:
    table = commands.help_table()
    for command in commands.COMMANDS:
        assert command.description in table
    assert "`? / F1`" in table
    assert "`[ / Alt+Left`" in table


def test_find_all_ignores_case_and_does_not_overlap() -> None:
    assert find_all("Aa aA aaa", "aa") == [(0, 2), (3, 5), (6, 8)]
    assert find_all("Kosovo", "") == []
    assert find_all("Straße STRASSE", "straße") == [(0, 6)]


def test_step_wraps_round() -> None:
    assert step(None, 3, True) == 0
    assert step(None, 3, False) == 2
    assert step(2, 3, True) == 0
    assert step(0, 3, False) == 2
    assert step(None, 0, True) is None


def test_history_goes_back_and_forward_and_drops_the_forward_part() -> None:
    h = History()
    for doc in ("a", "b", "c"):
        h.visit(doc)
    assert h.back() == "b" and h.back() == "a" and h.back() is None
    assert h.forward() == "b"
    h.visit("d")
    assert not h.can_go_forward
    assert h.back() == "b"


def test_group_facets_orders_types_and_adds_sources() -> None:
    types = {"Serbia": "GPE", "NATO": "ORG", "Vucic": "PERSON"}
    facets = {
        "entities": [("NATO", 5), ("Serbia", 4), ("Vucic", 2), ("Mystery", 1)],
        "sources": [("Reuters", 3)],
    }
    groups = group_facets(facets, types.get, polity={"Serbia": "state"}.get)
    assert [g.type for g in groups] == ["GPE", "PERSON", "ORG", "OTHER", ""]
    assert [g.title for g in groups] == [
        "States",
        "People",
        "Organisations",
        "Other",
        "Sources",
    ]
    assert groups[-1].field == "source" and groups[-1].items == (("Reuters", 3),)


def test_folders_are_a_facet_only_when_the_results_span_several() -> None:
    one = group_facets({"folders": [("/notes/kosovo", 3)]}, {}.get)
    assert [g.field for g in one] == []
    two = group_facets({"folders": [("/notes/kosovo", 3), ("/notes/greece", 1)]}, {}.get)
    assert [(g.field, g.title) for g in two] == [("dir", "Folders")]


def test_a_folder_is_shown_by_as_few_last_names_as_tell_it_apart() -> None:
    paths = ["/home/ana/notes/kosovo", "/home/ana/old/kosovo", "/home/ana/notes/greece", "/"]
    assert short_folders(paths) == ["notes/kosovo", "old/kosovo", "greece", "/"]
    groups = group_facets({"folders": [(p, 1) for p in paths[:3]]}, {}.get)
    assert groups[0].shown == ("notes/kosovo", "old/kosovo", "greece")


def test_a_chosen_folder_filters_the_results_to_it(library: Any) -> None:
    folders = dict(library.search("date:>2000-01-01", limit=50).facets["folders"])
    border = next(f for f in folders if f.endswith("border-crisis"))
    result = library.search(compose_query("", [("dir", border)]), limit=50)
    assert result.total == folders[border] > 0
    assert all(h.path.startswith(border) for h in result.hits)


def test_compose_query_quotes_filters() -> None:
    assert compose_query("kosovo", [("entity", 'Say "no"')]) == '(kosovo) entity:"Say  no"'
    assert compose_query("  ", [("source", "Reuters")]) == 'source:"Reuters"'
    assert compose_query("a OR b", []) == "a OR b"


@dataclass
class _Hit:
    id: str
    path: str
    title: str
    date: date | None
    source: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]


def test_hit_row_highlights_by_offset_and_keeps_markup_literal() -> None:
    hit = _Hit(
        "1",
        "/x/[b].txt",
        "[/b] [@click=app.quit]",
        date(2022, 12, 10),
        "Wire",
        "the barricades\nwent up",
        ((4, 14),),
    )
    row = hit_row(hit, marked=True)
    assert row.plain.splitlines() == [
        "● [/b] [@click=app.quit]",
        "  2022-12-10 · Wire",
        "  the barricades went up",
    ]
    styled = [row.plain[s.start : s.end] for s in row.spans if s.style == HIGHLIGHT_STYLE]
    assert styled == ["barricades"]


def test_highlighted_strips_escape_sequences() -> None:
    text = highlighted("a \x1b]52;c;aGk=\x07 b", [(0, 1)])
    assert "\x1b" not in text.plain and "\x07" not in text.plain


def test_default_export_path_never_overwrites(tmp_path: Path) -> None:
    b = Briefing(title="Barricades in north Kosovo!", sources=(), sections=())
    first = default_export_path(b, tmp_path, date(2026, 11, 25))
    assert first.name == "briefing-barricades-in-north-kosovo-2026-11-25.md"
    first.write_text("x")
    assert default_export_path(b, tmp_path, date(2026, 11, 25)).name.endswith("-2.md")
    assert slug("[/b] \x1b]52;") == "b-52"


def test_an_export_name_keeps_whole_words() -> None:
    """Cut at 48 characters in a word, December in the title became January ('2022-1')."""
    title = "Serbia and Kosovo: Results for kosovo date:2022-12"
    assert slug(title) == "serbia-and-kosovo-results-for-kosovo-date-2022"
    assert slug("Results for kosovo date:2022-12") == "results-for-kosovo-date-2022-12"
    assert slug("x" * 60) == "x" * 48  # one word longer than the limit: cut, not lost


def test_every_binding_the_reader_declares_has_an_id() -> None:
    from textual.binding import Binding

    from briefer.tui.app import BrieferApp
    from briefer.tui.screens.export import ExportScreen
    from briefer.tui.screens.help import HelpScreen
    from briefer.tui.screens.main import MainScreen
    from briefer.tui.widgets.briefing_view import BriefingView
    from briefer.tui.widgets.document_view import DocumentView
    from briefer.tui.widgets.find_bar import FindBar
    from briefer.tui.widgets.nav_list import NavList
    from briefer.tui.widgets.results import ResultList

    classes = (
        BrieferApp,
        MainScreen,
        HelpScreen,
        ExportScreen,
        NavList,
        ResultList,
        BriefingView,
        DocumentView,
        FindBar,
    )
    for cls in classes:
        declared = cls.__dict__.get("BINDINGS", [])
        assert declared, cls
        for binding in declared:
            assert isinstance(binding, Binding) and binding.id, (cls, binding)


def test_break_offsets_wrap_at_spaces_cut_long_words_and_honour_newlines() -> None:
    from briefer.tui.wrap import break_offsets

    text = "The quick brown fox jumps over the lazy dog"
    starts = break_offsets(text, 20)
    lines = [text[a:b].rstrip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert lines == ["The quick brown fox", "jumps over the lazy", "dog"]
    assert break_offsets("abcdefghijklmnopqrstuvwxyz", 10) == [0, 10, 20]
    assert break_offsets("one\ntwo", 40) == [0, 4]
    assert break_offsets("日本語の文章です", 6) == [0, 3, 6]  # wide characters count twice


def test_layout_maps_lines_to_paragraphs_and_back() -> None:
    from briefer.tui.wrap import Layout

    layout = Layout.of(["Title", "aaa bbb ccc", "ddd"], 7)
    # Title / gap / "aaa bbb" / "ccc" / gap / "ddd" / gap
    assert layout.total == 7 and layout.first == [0, 2, 5]
    assert [layout.locate(y) for y in range(7)] == [
        (0, 0),
        None,
        (1, 0),
        (1, 1),
        None,
        (2, 0),
        None,
    ]
    assert layout.line_of(1, 8) == 3 and layout.span(1, 1, 11) == (8, 11)


def test_block_finder_matches_find_all_block_by_block() -> None:
    from briefer.tui.find import BlockFinder

    blocks = ["Kosovo and KOSOVO", "", "no match here", "kosovokosovo"]
    expected = [(i, s, e) for i, b in enumerate(blocks) for s, e in find_all(b, "kosovo")]
    assert BlockFinder(blocks).find("kosovo") == expected
    assert len(expected) == 4
    assert BlockFinder(blocks).find("") == []
    assert BlockFinder(["Straße", "strasse"]).find("STRASSE") == [(1, 0, 7)]


def test_states_and_places_are_apart_in_the_sidebar() -> None:
    """A capital that is a place ('talks in Moscow') keeps its own entry, but under Places,
    away from the states; the analysis counts one that stands for its government ('Moscow
    said') under its state. Places come after the actors (states, people, organisations,
    groups), beside the other locations."""
    from briefer.tui.core_calls import polity_lookup

    types = {"Russia": "GPE", "Moscow": "GPE", "NATO": "ORG", "Balkans": "LOC", "Serbs": "NORP"}
    facets = {"entities": [("Moscow", 6), ("Russia", 5), ("NATO", 4), ("Balkans", 2)]}
    facets["entities"].append(("Serbs", 1))
    groups = group_facets(facets, types.get, polity=polity_lookup())
    assert [(g.title, [name for name, _ in g.items]) for g in groups] == [
        ("States", ["Russia"]),
        ("Organisations", ["NATO"]),
        ("Peoples & groups", ["Serbs"]),
        ("Places", ["Moscow"]),
        ("Locations", ["Balkans"]),
    ]
    assert {g.type for g in groups if g.title in ("States", "Places")} == {"GPE"}  # its colour
    pair = {"entities": [("Hong Kong", 3), ("China", 2)]}
    assert [g.title for g in group_facets(pair, lambda name: "GPE")] == ["Places"]  # none known
    with_territory = group_facets(pair, lambda name: "GPE", polity=polity_lookup())
    assert [(g.title, len(g.items)) for g in with_territory] == [("States & territories", 2)]


def test_polity_lookup_knows_states_former_states_and_territories() -> None:
    from briefer.tui.core_calls import polity_lookup

    polity = polity_lookup()
    assert [polity(n) for n in ("Kosovo", "Soviet Union", "Transnistria", "Belgrade")] == [
        "state",
        "state",
        "territory",
        None,
    ]


def test_a_row_s_wrapped_lines_hang_under_its_words_and_its_snippet_keeps_to_two() -> None:
    """The list wrapped a long title or snippet from its edge, under the mark; each line now
    starts under the words, and the snippet keeps to two lines, the second cut with '…'."""
    from types import SimpleNamespace

    from briefer.tui.rows import hit_row

    hit = SimpleNamespace(
        id="a",
        path="/x/a.txt",
        title="Venezuela's disputed 2024 presidential election: international responses",
        date="2024-09-20",
        source="Review",
        snippet="found the trout stock at its lowest level since records began, the lake "
        "institute said on Monday in a report to the two governments",
        highlights=[(10, 15)],
    )
    for width in (28, 38, 60):
        lines = hit_row(hit, marked=False, width=width).plain.split("\n")
        assert all(line.startswith("  ") and len(line) <= width for line in lines), lines
        assert all(not line[2:].startswith(" ") for line in lines), lines
        meta = next(i for i, line in enumerate(lines) if line.strip().startswith("2024-09-20"))
        snippet = lines[meta + 1 :]
        assert len(snippet) == 2 and snippet[-1].endswith("…"), lines


def test_a_snippet_cut_after_a_space_ends_on_its_word() -> None:
    text = "Troops have been on alert since the talks failed in March"
    piece, spans = snippet_window(text, [(0, 6)], size=32)
    assert piece == "Troops have been on alert since…"
    assert [piece[a:b] for a, b in spans] == ["Troops"]
    whole, whole_spans = snippet_window(text, [(52, 57)], size=200, before=0)
    assert whole == "…March" and [whole[a:b] for a, b in whole_spans] == ["March"]
