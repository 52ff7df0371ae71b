"""The sidebar keeps each entry on one line: a long name is cut with an ellipsis, its count
stays in view, and the whole name is the tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text
from textual.app import App, ComposeResult

from briefer.tui.facets import FacetGroup
from briefer.tui.widgets.entities import EntitySidebar, Facet, facet_label
from tests.tui import awkward_corpus
from tests.tui.conftest import StartReader, reader_screen, settle


@pytest.fixture
def corpus(briefer_home: Path) -> Path:
    return awkward_corpus.install(briefer_home / "corpus")


def shown_lines(sidebar: EntitySidebar) -> list[str]:
    return [sidebar.render_line(y).text.rstrip() for y in range(sidebar.size.height)]


@pytest.mark.parametrize(("width", "toggled"), [(120, False), (200, False), (100, True)])
async def test_a_long_source_name_stays_on_one_line_with_its_count(
    corpus: Path, width: int, toggled: bool, start_reader: StartReader
) -> None:
    async with start_reader((width, 40)) as (app, pilot, _):
        if toggled:  # narrow: hidden until `f` shows it, narrower than on a wide screen
            await pilot.press("escape", "f")
            await pilot.pause()
        sidebar = reader_screen(app).query_one(EntitySidebar)
        assert sidebar.display and sidebar.size.width < len(awkward_corpus.LONG_SOURCE)
        # every option, heading or entry, takes exactly one line
        assert sidebar.option_count > 3
        assert sidebar.virtual_size.height == sidebar.option_count
        lines = shown_lines(sidebar)
        entry = [line for line in lines if line.startswith("  The Extraordin")]
        assert len(entry) == 1, "\n".join(lines)
        assert entry[0].endswith("… 2"), entry  # cut, and the count of 2 documents shown
        assert not any("Western Balkans" in line for line in lines)  # no second line
        other = [line for line in lines if line.startswith("  Lake Science")]
        assert len(other) == 1 and other[0].endswith(" 1"), "\n".join(lines)


async def test_the_whole_name_is_the_tooltip_of_the_entry_under_the_mouse(
    corpus: Path, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (app, pilot, _):
        sidebar = reader_screen(app).query_one(EntitySidebar)
        row = next(
            y for y, line in enumerate(shown_lines(sidebar)) if "The Extraordinarily" in line
        )
        await pilot.hover(sidebar, offset=(4, row))
        assert isinstance(sidebar.tooltip, Text)
        assert sidebar.tooltip.plain == awkward_corpus.LONG_SOURCE
        await pilot.hover(sidebar, offset=(4, 0))  # a heading: no tooltip
        assert sidebar.tooltip is None


async def test_choosing_a_cut_entry_filters_by_the_whole_name(
    corpus: Path, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        sidebar = screen.query_one(EntitySidebar)
        row = next(
            y for y, line in enumerate(shown_lines(sidebar)) if "The Extraordinarily" in line
        )
        await pilot.click(sidebar, offset=(4, row))
        await settle(pilot)
        assert screen.filters == [("source", awkward_corpus.LONG_SOURCE)]
        assert screen.result is not None and screen.result.total == 2


def test_facet_label_fits_the_width_and_keeps_the_count() -> None:
    facet = Facet("source", "A very long outlet name indeed", "", "A very long outlet name indeed")
    label = facet_label(facet, 123, 20)
    assert label.cell_len == 20
    assert label.plain == "  A very long o… 123"
    active = facet_label(facet, 123, 20, active=facet)
    assert active.plain.startswith("● ") and active.cell_len == 20
    spaced = Facet("source", "Big Wire Service", "", "Big Wire Service")
    assert facet_label(spaced, 3, 13).plain == "  Big Wire… 3"  # no space before the ellipsis
    short = Facet("entity", "Serbia", "GPE", "Serbia")
    assert facet_label(short, 7, 20).plain == "  Serbia 7"
    assert facet_label(facet, 5, 0).plain == "  A very long outlet name indeed 5"  # not laid out


class SidebarOnly(App[None]):
    CSS = "EntitySidebar { width: 20; }"

    def compose(self) -> ComposeResult:
        yield EntitySidebar(id="sidebar")


async def test_a_heading_keeps_to_one_line_in_a_narrow_sidebar() -> None:
    """'Peoples & groups (1)' wrapped its count onto a second line at 80 columns: with no room
    for it the heading is its title alone, cut with an ellipsis when even that is too long."""
    groups = [
        FacetGroup("entity", "PERSON", "People", (("Albin Kurti", 5), ("Josep Borrell", 2))),
        FacetGroup("entity", "NORP", "Peoples & groups", (("Kosovo Serbs", 6),)),
        FacetGroup("source", "", "An uncommonly long heading", (("Wire", 1),)),
    ]
    app = SidebarOnly()
    async with app.run_test(size=(60, 20)) as pilot:
        sidebar = app.query_one(EntitySidebar)
        sidebar.show_groups(groups)
        await pilot.pause()
        width = sidebar._entry_width()
        assert width < len("Peoples & groups (1)")
        assert sidebar.virtual_size.height == sidebar.option_count  # one line each
        lines = [line.strip() for line in shown_lines(sidebar)]
        assert "People (2)" in lines  # the count where it fits
        assert "Peoples & groups" in lines
        assert f"{'An uncommonly long heading'[: width - 1].rstrip()}…" in lines
        assert all(cell_len(line) <= width for line in lines)
