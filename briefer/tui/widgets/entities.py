"""The sidebar: entity, source and folder counts of the results; choosing one filters by it.

Each entry keeps to one line: a long name is cut with an ellipsis so its count stays in view,
and the whole name shows as a tooltip under the mouse. A heading keeps to one line too.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets.option_list import Option

from briefer.render.palette import entity_style
from briefer.tui.facets import FacetGroup
from briefer.tui.rows import safe
from briefer.tui.widgets.nav_list import NavList


@dataclass(frozen=True, slots=True)
class Facet:
    """What an option in the sidebar stands for: a field (`entity`/`source`/`dir`), a value."""

    field: str
    value: str
    type: str
    shown: str = ""  # the value as the sidebar shows it


class EntitySidebar(NavList):
    """Options are headers (disabled) and facets; `active` is the facet filtering now."""

    class Chosen(Message):
        def __init__(self, facet: Facet) -> None:
            super().__init__()
            self.facet = facet

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._facets: dict[str, Facet] = {}
        self._groups: list[FacetGroup] = []
        self._heading = ""
        self._width = 0  # the cells an entry may take; 0 until laid out
        self.active: Facet | None = None

    def show_groups(self, groups: list[FacetGroup], heading: str = "") -> None:
        """The groups under `heading`, a line saying what the counts are of ('In the
        briefing: 3 docs', 'In the results: 6 docs')."""
        self._groups = list(groups)
        self._heading = heading
        self._width = self._entry_width()
        options: list[Option] = []
        if heading:
            options.append(Option(sidebar_heading(heading, self._width), disabled=True))
        self._facets.clear()
        for group in groups:
            header = heading_label(group.title, len(group.items), self._width)
            options.append(Option(header, disabled=True))
            for i, (name, count) in enumerate(group.items):
                key = f"facet-{len(self._facets)}"
                shown = group.shown[i] if group.shown else name
                facet = Facet(group.field, name, group.type, shown)
                self._facets[key] = facet
                options.append(Option(facet_label(facet, count, self._width, self.active), id=key))
        highlighted = self.highlighted
        self.set_options(options)
        if highlighted is not None and highlighted < len(options):
            self.highlighted = highlighted  # a resize keeps the place

    def _entry_width(self) -> int:
        padding = self.get_component_styles("option-list--option").padding.width
        return max(self.scrollable_content_region.width - padding, 0)

    def on_resize(self) -> None:
        if self._groups and self._entry_width() != self._width:
            self.show_groups(self._groups, self._heading)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """The whole name of the entry under the mouse as the tooltip (plain Text, no markup)."""
        index = event.style.meta.get("option")
        option = self.get_option_at_index(index) if isinstance(index, int) else None
        facet = self._facets.get(option.id or "") if option is not None else None
        tooltip = Text(safe(facet.value), end="") if facet is not None else None
        if tooltip != self.tooltip:
            self.tooltip = tooltip

    def on_leave(self) -> None:
        self.tooltip = None

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        facet = self._facets.get(event.option_id or "")
        if facet is not None:
            self.post_message(self.Chosen(facet))


def sidebar_heading(text: str, width: int) -> Text:
    """What the sidebar counts, dim and italic on one line of at most `width` cells."""
    line = Text(safe(text), style="dim italic", end="")
    if width and line.cell_len > width:
        line.truncate(max(width - 1, 1))
        line.rstrip()
        line.append("…")
    return line


def heading_label(title: str, count: int, width: int) -> Text:
    """A group's heading on one line of at most `width` cells (none when 0): 'People (2)', the
    title alone when the count has no room ('Peoples & groups (1)' wrapped at 80 columns), cut
    with an ellipsis if even that is too long."""
    full = f"{safe(title)} ({count})"
    header = Text(full if not width or cell_len(full) <= width else safe(title), end="")
    header.stylize("bold underline")
    if width and header.cell_len > width:
        header.truncate(max(width - 1, 1))
        header.rstrip()
        header.append("…")
    return header


def facet_label(facet: Facet, count: int, width: int, active: Facet | None = None) -> Text:
    """One line of at most `width` cells (none when 0): mark, name cut with an ellipsis, count."""
    label = Text("● " if facet == active else "  ", end="")
    tail = Text(f" {count}", style="dim", end="")
    style = entity_style(facet.type) if facet.type else ""
    name = Text(safe(facet.shown), style=style, end="")
    room = max(width - label.cell_len - tail.cell_len, 1)
    if width and name.cell_len > room:
        name.truncate(room - 1)
        name.rstrip()  # 'The Extraordinarily…', not 'The Extraordinarily …'
        name.append("…", style=style)
    label.append_text(name)
    label.append_text(tail)
    return label
