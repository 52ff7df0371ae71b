"""The footer of the reader and its dialogs: compact below WIDE_FOOTER columns, where it shows
fewer keys (the screen's `active_bindings` leaves the wide-only ones out), so that the keys a
new reader needs, Help and Quit among them, are never cut at the right edge.

Textual's Footer composes its keys afresh whenever the screen's bindings may have changed (a
search that brings a suggestion or empties the list, a focus move); most such calls change
nothing it shows, yet mounting, styling and laying out its dozen keys again cost the main
thread ~28 ms (120x40, headless), as much as the search itself. This one composes only when
what it would show differs from what it shows.
"""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.widgets import Footer

from briefer.tui.commands import WIDE_FOOTER


class ReaderFooter(Footer):
    """A Footer that packs its keys closer (one space, no padding) on a narrow terminal and
    leaves its keys alone when the bindings it would show are those it shows."""

    _shown: tuple[object, ...] | None = None  # what the keys on screen were composed from

    def on_resize(self, event: events.Resize) -> None:
        self.compact = event.size.width < WIDE_FOOTER
        # the keys shown depend on the width past WIDE_FOOTER too (BOTH_BRIEF_FOOTER,
        # SEARCH_BACK_FOOTER): ask again; `recompose` leaves the keys alone if none differ
        self.screen.refresh_bindings()

    def showing(self) -> tuple[object, ...]:
        """Everything a key in the footer is composed from: each binding shown (and the
        palette's) with the key as displayed, whether it is enabled, and its tooltip."""
        app = self.app
        palette = app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        return tuple(
            (key, binding, app.get_key_display(binding), enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    def compose(self) -> ComposeResult:
        self._shown = self.showing() if self._bindings_ready else None
        yield from super().compose()

    async def recompose(self) -> None:
        if self._shown is not None and self.is_attached and self.showing() == self._shown:
            return  # the same keys: mounting them again would only cost the keystroke
        await super().recompose()


def fit_footer(
    active: dict[str, ActiveBinding],
    hidden: frozenset[str],
    labels: dict[str, str] | None = None,
) -> dict[str, ActiveBinding]:
    """`active` as the footer should show it: the bindings whose id is in `hidden` kept working
    but not shown, and those in `labels` shown with that label (what the key does from here)."""
    labels = labels or {}
    fitted: dict[str, ActiveBinding] = {}
    for key, found in active.items():
        binding = found.binding
        if binding.id in hidden:
            binding = replace(binding, show=False)
        elif binding.id in labels:
            binding = replace(binding, description=labels[binding.id])
        fitted[key] = found._replace(binding=binding)
    return fitted
