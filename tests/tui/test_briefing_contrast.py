"""The briefing's highlighted item keeps its entity colours readable in both themes: its
background is a neutral tint, not the accent blue on which organisations' blue vanishes."""

from __future__ import annotations

from typing import Any

import pytest
from rich.color import Color

from briefer.render.palette import ENTITY_COLOURS
from briefer.tui.themes import DARK, LIGHT
from briefer.tui.widgets.briefing_view import BriefingView
from tests.tui.conftest import StartReader, reader_screen


def luminance(colour: Color) -> float:
    """WCAG relative luminance of a colour."""
    r, g, b = (c / 255 for c in colour.get_truecolor())
    return sum(
        w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b), strict=True)
    )


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", [DARK, LIGHT])
async def test_entity_colours_stay_readable_on_the_highlighted_item(
    library: Any, theme: str, start_reader: StartReader
) -> None:
    async with start_reader((100, 30), theme=theme) as (app, pilot, _):
        view = reader_screen(app).query_one(BriefingView)
        view.focus()
        await pilot.pause()
        assert view.highlighted is not None and view.highlighted_item() is not None
        style = view.get_component_rich_style("option-list--option-highlighted")
        assert style.bgcolor is not None
        worst = min(contrast(Color.parse(c), style.bgcolor) for c in ENTITY_COLOURS.values())
        assert worst >= 2.5, f"{theme}: an entity colour at {worst:.2f}:1 on the highlight"
