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

from collections.abc import Callable, Sequence
from dataclasses import replace

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.widgets import Footer

from briefer.tui.commands import WIDE_FOOTER


def compact_at(width: int) -> bool:
    """Whether the footer packs its keys compactly at `width` columns (as it lays them out,
    and as `fit_width` must count them)."""
    return width < WIDE_FOOTER


class ReaderFooter(Footer):
    """A Footer that packs its keys closer (one space, no padding) on a narrow terminal and
    leaves its keys alone when the bindings it would show are those it shows."""

    _shown: tuple[object, ...] | None = None  # what the keys on screen were composed from

    def on_resize(self, event: events.Resize) -> None:
        self.compact = compact_at(event.size.width)
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


# The palette's key docked at the right, with its border and the gap beside it (measured on
# Textual 8.2.8: `▏^p palette` starts 12 columns from the right edge, compact or not).
PALETTE_CELLS = 12


def footer_cells(keys: Sequence[tuple[str, str]], *, compact: bool) -> int:
    """Columns the footer's keys take left of the palette's, each (key as shown, label): a
    compact key is `k label` with a space after it, a wide one ` k label ` side by side."""
    if compact:
        return sum(cell_len(k) + 1 + cell_len(d) + 1 for k, d in keys) - 1 if keys else 0
    return sum(cell_len(k) + cell_len(d) + 3 for k, d in keys)


def fit_width(
    active: dict[str, ActiveBinding],
    width: int,
    *,
    compact: bool,
    key_display: Callable[[Binding], str],
    drop_order: Sequence[str],
) -> dict[str, ActiveBinding]:
    """`active` with the keys of `drop_order` (binding ids, the first dropped first) left out
    of the footer until what it shows fits left of the palette's key in `width` columns. The
    footer shows one key per action, the first bound, as counted here."""
    room = width - PALETTE_CELLS
    dropped: set[str] = set()

    def shown() -> list[tuple[str, str]]:
        first: dict[str, Binding] = {}
        for found in active.values():
            binding = found.binding
            if binding.show and binding.id not in dropped:
                first.setdefault(binding.action, binding)
        return [(key_display(b), b.description) for b in first.values()]

    for binding_id in drop_order:
        if footer_cells(shown(), compact=compact) <= room:
            break
        dropped.add(binding_id)
    if not dropped:
        return active
    return {
        key: found._replace(binding=replace(found.binding, show=False))
        if found.binding.id in dropped
        else found
        for key, found in active.items()
    }
