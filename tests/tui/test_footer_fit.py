"""The footer's last rule: keys it can do without leave it, in a set order, until the rest fit
left of the palette's key (counted as Textual lays them out, compact or not)."""

from __future__ import annotations

from textual.binding import ActiveBinding, Binding

from briefer.tui.widgets.reader_footer import PALETTE_CELLS, fit_width, footer_cells


def _active(*bindings: Binding) -> dict[str, ActiveBinding]:
    return {b.key: ActiveBinding(None, b, True, "") for b in bindings}  # type: ignore[arg-type]


KEYS = _active(
    Binding("o", "open", "Open", id="open"),
    Binding("r", "reindex", "Re-index", id="reindex"),
    Binding("z", "wide", "Full width", id="wide"),
    Binding("ctrl+r", "reindex", "Re-index", id="reindex"),  # one key per action is shown
    Binding("question_mark", "help", "Help", id="help"),
    Binding("x", "hidden", "Not shown", show=False, id="hidden"),
)


def _shown(active: dict[str, ActiveBinding]) -> list[str]:
    return [f.binding.description for f in active.values() if f.binding.show]


def test_footer_cells_counts_compact_and_wide_keys() -> None:
    assert footer_cells([("o", "Open"), ("?", "Help")], compact=True) == len("o Open ? Help")
    assert footer_cells([("o", "Open"), ("?", "Help")], compact=False) == len(" o Open  ? Help ")
    assert footer_cells([], compact=True) == 0


def test_keys_leave_in_the_drop_order_until_the_rest_fit() -> None:
    def fitted(width: int) -> list[str]:
        found = fit_width(
            KEYS,
            width,
            compact=True,
            key_display=lambda b: b.key[0],
            drop_order=("reindex", "wide", "open"),
        )
        return _shown(found)

    everything = len("o Open r Re-index z Full width ? Help") + PALETTE_CELLS
    assert fitted(everything) == ["Open", "Re-index", "Full width", "Re-index", "Help"]
    assert fitted(everything - 1) == ["Open", "Full width", "Help"]  # both of Re-index's keys
    assert fitted(len("o Open ? Help") + PALETTE_CELLS) == ["Open", "Help"]
    assert fitted(10) == ["Help"]  # never dropped, even where it cannot fit
