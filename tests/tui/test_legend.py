"""The Briefing tab's legend is one line at 80 columns (it took three and broke "Group /
nationality"), spells the types out when the pane has room, and names them all under the mouse."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from briefer.render.palette import ENTITY_LABELS
from briefer.render.terminal import LEGEND_SHORT
from briefer.tui.widgets.briefing_view import BriefingView
from tests.tui.conftest import StartReader, reader_screen, settle

SHORT = " ".join(LEGEND_SHORT[kind] for kind in ENTITY_LABELS)
FULL = "  ".join(ENTITY_LABELS.values())


def rows(view: BriefingView) -> list[str]:
    return [view.render_line(y).text.strip() for y in range(view.size.height)]


async def _briefing(pilot: Any) -> BriefingView:
    await pilot.press(*"patrols")
    await settle(pilot)
    view = reader_screen(pilot.app).query_one(BriefingView)
    assert view.briefing is not None
    return view


async def test_at_80x24_the_legend_takes_one_line_and_names_the_types_under_the_mouse(
    fixture_library: None,
    start_reader: StartReader,
) -> None:
    async with start_reader((80, 24)) as (_, pilot, _):
        view = await _briefing(pilot)
        shown = rows(view)
        legend = [y for y, row in enumerate(shown) if row.startswith("Person")]
        assert len(legend) == 1, shown
        assert shown[legend[0]] == SHORT
        assert shown[legend[0] + 1].isupper(), shown  # the first section's heading follows
        assert not any("nationality" in row for row in shown)
        await pilot.hover(view, offset=(3, legend[0]))
        assert isinstance(view.tooltip, Text)
        for kind, label in ENTITY_LABELS.items():
            assert f"{LEGEND_SHORT[kind]} " in view.tooltip.plain
            assert label in view.tooltip.plain
        await pilot.hover(view, offset=(3, legend[0] + 1))
        assert view.tooltip is None


async def test_a_wide_pane_spells_the_types_out_and_a_resize_refits_it(
    fixture_library: None,
    start_reader: StartReader,
) -> None:
    async with start_reader((80, 24)) as (_, pilot, _):
        view = await _briefing(pilot)
        await pilot.resize_terminal(240, 30)
        await pilot.pause()
        assert FULL in rows(view)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert SHORT in rows(view)


async def test_with_the_sidebar_shown_at_80_columns_the_legend_still_takes_one_line(
    fixture_library: None,
    start_reader: StartReader,
) -> None:
    async with start_reader((80, 24)) as (app, pilot, _):
        view = await _briefing(pilot)
        view.focus()
        await pilot.press("f")  # the sidebar, hidden at 80 columns, shown beside the briefing
        await pilot.pause()
        await pilot.pause()
        assert reader_screen(app).query_one("#entities").display
        shown = rows(view)
        legend = [y for y, row in enumerate(shown) if row.startswith("Person")]
        assert len(legend) == 1, shown
        assert shown[legend[0]].endswith("…"), shown
        assert shown[legend[0] + 1].isupper(), shown  # the first section's heading follows
