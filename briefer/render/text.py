"""Briefing -> text for the terminal: plain, or with ANSI colours for entity types.

The styled `Text` from `terminal.briefing_text` is rendered by a rich `Console` into a string,
so the CLI and the TUI show the same briefing. Without a width, lines are not wrapped (the
terminal wraps them, and pipes get whole lines); with one, rich wraps them to it.
"""

from __future__ import annotations

import io
import os
from typing import Literal

from rich.console import Console

from briefer.briefing.model import Briefing
from briefer.render.terminal import briefing_text

ColorSystem = Literal["standard", "256", "truecolor"]

__all__ = ["ColorSystem", "detect_color_system", "render_text"]


def detect_color_system() -> ColorSystem:
    """The colour depth the environment advertises (COLORTERM, TERM), at least 16 colours."""
    if os.environ.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "truecolor"
    if "256color" in os.environ.get("TERM", ""):
        return "256"
    return "standard"


def render_text(
    b: Briefing,
    *,
    color: bool,
    width: int | None = None,
    color_system: ColorSystem | None = None,
) -> str:
    """The briefing as terminal text, ending in a newline.

    `color=False` gives plain text; `color=True` adds ANSI styles for entities and headings,
    at `color_system` depth (default: `detect_color_system()`). `width` wraps lines to it.
    """
    text = briefing_text(b)
    if not color and width is None:
        return text.plain + "\n"
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system=(color_system or detect_color_system()) if color else None,
        width=width or 10_000,
        soft_wrap=width is None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
    )
    console.print(text)
    return buffer.getvalue()
