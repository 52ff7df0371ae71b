"""Entity type -> terminal style, label and list heading, for the CLI's colours and the TUI.

Colours are medium-lightness, medium-saturation hues whose contrast is at least 3.5:1 against
both a white and a near-black background, so one palette serves light and dark themes. Types
that share a hue family also differ in weight or decoration (bold, underline, italic), so they
stay apart on 16-colour terminals and for readers who do not tell the hues apart.

Plain strings only (no rich import): the Markdown renderer uses the labels too, and
the reader's entity sidebar the headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ENTITY_COLOURS: Final[dict[str, str]] = {
    "PERSON": "#c8601a",  # burnt orange
    "ORG": "#3b82c4",  # blue
    "GPE": "#2a9250",  # green
    "NORP": "#a356c8",  # purple
    "LOC": "#1a9090",  # teal
    "FAC": "#a0782c",  # ochre
    "EVENT": "#d0455f",  # crimson
    "DATE": "#808890",  # slate grey
}

_DECORATION: Final[dict[str, str]] = {
    "PERSON": "bold",
    "ORG": "bold",
    "GPE": "bold",
    "NORP": "italic",
    "LOC": "underline",
    "FAC": "underline",
    "EVENT": "bold italic",
    "DATE": "italic",
}

ENTITY_STYLES: Final[dict[str, str]] = {
    kind: f"{_DECORATION[kind]} {colour}" for kind, colour in ENTITY_COLOURS.items()
}
"""Rich style strings by spaCy entity label."""

DEFAULT_ENTITY_STYLE: Final = "bold"
"""For an entity type the palette does not know."""


@dataclass(frozen=True, slots=True)
class EntityType:
    """How a type is named: `label` for one entity ("Person"), `heading` for a list ("People"),
    `short` for a legend with no room for the label ("Org")."""

    label: str
    heading: str
    short: str


ENTITY_TYPES: Final[dict[str, EntityType]] = {
    "PERSON": EntityType("Person", "People", "Person"),
    "ORG": EntityType("Organisation", "Organisations", "Org"),
    "GPE": EntityType("State / place", "States & places", "Place"),
    "NORP": EntityType("Group / nationality", "Peoples & groups", "Group"),
    "LOC": EntityType("Location", "Locations", "Loc"),
    "FAC": EntityType("Facility", "Facilities", "Site"),
    "EVENT": EntityType("Event", "Events", "Event"),
    "DATE": EntityType("Date", "Dates", "Date"),
}
"""The one table of entity type names, in the legend's order; labels and headings come from it."""

ENTITY_LABELS: Final[dict[str, str]] = {kind: t.label for kind, t in ENTITY_TYPES.items()}


def entity_style(kind: str) -> str:
    """The rich style for entity type `kind` (a default for unknown types)."""
    return ENTITY_STYLES.get(kind, DEFAULT_ENTITY_STYLE)


def entity_label(kind: str) -> str:
    """A human label for entity type `kind`; an unknown type is shown as it is."""
    known = ENTITY_TYPES.get(kind)
    return known.label if known else kind


def entity_heading(kind: str) -> str:
    """The heading over a list of `kind` entities; an unknown type is title-cased ("Other")."""
    known = ENTITY_TYPES.get(kind)
    return known.heading if known else kind.title()
