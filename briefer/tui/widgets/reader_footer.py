"""The footer of the reader and its dialogs: compact below WIDE_FOOTER columns, where it shows
fewer keys (the screen's `active_bindings` leaves the wide-only ones out), so that the keys a
new reader needs, Help and Quit among them, are never cut at the right edge."""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.binding import ActiveBinding
from textual.widgets import Footer

from briefer.tui.commands import WIDE_FOOTER


class ReaderFooter(Footer):
    """A Footer that packs its keys closer (one space, no padding) on a narrow terminal."""

    def on_resize(self, event: events.Resize) -> None:
        compact = event.size.width < WIDE_FOOTER
        if compact != self.compact:
            self.compact = compact
            self.screen.refresh_bindings()  # the narrow set of keys differs: compose again


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
