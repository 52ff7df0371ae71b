"""The sidebar: entity, source and folder counts of the results; choosing one filters by it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
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
        self.active: Facet | None = None

    def show_groups(self, groups: list[FacetGroup]) -> None:
        options: list[Option] = []
        self._facets.clear()
        for group in groups:
            header = Text(f"{group.title} ({len(group.items)})", style="bold underline", end="")
            options.append(Option(header, disabled=True))
            for i, (name, count) in enumerate(group.items):
                key = f"facet-{len(self._facets)}"
                shown = group.shown[i] if group.shown else name
                facet = Facet(group.field, name, group.type, shown)
                self._facets[key] = facet
                options.append(Option(self._label(facet, count), id=key))
        self.set_options(options)

    def _label(self, facet: Facet, count: int) -> Text:
        label = Text("● " if facet == self.active else "  ", end="")
        label.append(safe(facet.shown), style=entity_style(facet.type) if facet.type else "")
        label.append(f" {count}", style="dim")
        return label

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        facet = self._facets.get(event.option_id or "")
        if facet is not None:
            self.post_message(self.Chosen(facet))
