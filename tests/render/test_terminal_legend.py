"""The entity legend fits the width it is given: full labels where they fit, one word each where
they do not (at 80 columns the full legend took three lines and broke "Group / nationality"),
and the first of those with '…' where even they do not."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from briefer.render.palette import ENTITY_LABELS, entity_style
from briefer.render.terminal import LEGEND_SHORT, legend_key, legend_text

BRIEFING_PANE_AT_80 = 43  # the Briefing tab's text width in an 80-column terminal


def runs(text: Text) -> list[tuple[str, str]]:
    return [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]


def wrapped(text: Text, width: int) -> list[str]:
    console = Console(width=width, color_system=None, legacy_windows=False)
    return [line.plain.rstrip() for line in text.wrap(console, width)]


def test_without_a_width_or_with_room_the_legend_spells_each_type_out() -> None:
    full = legend_text()
    assert [run for run, _ in runs(full)] == list(ENTITY_LABELS.values())
    assert legend_text(full.cell_len).plain == full.plain


def test_at_80_columns_the_legend_is_one_line_a_word_a_type_each_in_its_style() -> None:
    legend = legend_text(BRIEFING_PANE_AT_80)
    assert legend.cell_len <= BRIEFING_PANE_AT_80
    assert wrapped(legend, BRIEFING_PANE_AT_80) == [legend.plain]
    expected = [(LEGEND_SHORT[kind], entity_style(kind)) for kind in ENTITY_LABELS]
    assert runs(legend) == expected
    assert all(" " not in label for label in LEGEND_SHORT.values())


def test_between_the_two_the_short_labels_keep_their_wider_gaps() -> None:
    roomy = legend_text(60)
    assert roomy.cell_len <= 60 and "Person  Org" in roomy.plain


def test_too_narrow_even_for_the_short_form_it_stays_one_line_of_whole_labels() -> None:
    # the sidebar shown beside an 80-column briefing leaves it ~23 cells: wrapped, the legend
    # took three of the pane's rows
    for width in (41, 23, 20, 8):
        legend = legend_text(width)
        assert legend.cell_len <= width
        assert wrapped(legend, width) == [legend.plain]
        assert legend.plain.endswith("…")  # more types than it names
        shown = legend.plain[:-1].split()
        assert shown and shown == [LEGEND_SHORT[kind] for kind in ENTITY_LABELS][: len(shown)]
    assert legend_text(23).plain == "Person Org Place Group…"
    assert legend_text(3).plain == "…"


def test_the_key_pairs_every_short_label_with_its_full_name() -> None:
    key = legend_key().plain.splitlines()
    assert len(key) == len(ENTITY_LABELS)
    for line, kind in zip(key, ENTITY_LABELS, strict=True):
        short, full = LEGEND_SHORT[kind], ENTITY_LABELS[kind]
        assert line.startswith(short + " ") and line.endswith(full), line
    assert "Group / nationality" in legend_key().plain
