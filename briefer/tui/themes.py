"""The reader's themes: Textual's dark one, and a light one on white.

The entity palette (briefer.render.palette) keeps at least 3.5:1 contrast against white and
near-black. Textual's own light theme sets text on greys (#D0D0D0-#E0E0E0), where those colours
fall to 2.3-3.0:1, so the light theme here is textual-light's colours on white surfaces.
"""

from __future__ import annotations

from textual.theme import Theme

DARK = "textual-dark"
LIGHT = "briefer-light"

BRIEFER_LIGHT = Theme(
    name=LIGHT,
    primary="#004578",
    secondary="#0178D4",
    warning="#ffa62b",
    error="#ba3c5b",
    success="#4EBF71",
    accent="#ffa62b",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#F2F2F2",
    dark=False,
    variables={"footer-key-foreground": "#0158A8"},
)


def toggled(current_is_dark: bool) -> str:
    """The theme the toggle command switches to."""
    return LIGHT if current_is_dark else DARK
