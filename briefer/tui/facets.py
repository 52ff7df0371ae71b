"""Group search facets for the sidebar and turn a chosen facet into a query clause (pure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefer.render.palette import ENTITY_TYPES, entity_heading

# Places lead the sidebar (states and places dominate crisis news), then the palette's order.
TYPE_ORDER = ("GPE", *(kind for kind in ENTITY_TYPES if kind != "GPE"))


@dataclass(frozen=True)
class FacetGroup:
    """One heading in the sidebar: its field (`entity`, `source`, `dir`), entity type ("" for
    sources and folders) and items."""

    field: str
    type: str
    title: str
    items: tuple[tuple[str, int], ...]


def group_facets(
    facets: Mapping[str, Sequence[tuple[str, int]]],
    type_of: Callable[[str], str | None],
    *,
    per_group: int = 12,
) -> list[FacetGroup]:
    """Entities grouped by type (in TYPE_ORDER, then others), then the sources, then the
    folders (as Recoll's `dir:`), when the results come from more than one."""
    by_type: dict[str, list[tuple[str, int]]] = {}
    for name, count in facets.get("entities", ()):
        kind = type_of(name) or "OTHER"
        by_type.setdefault(kind, []).append((name, count))
    order = [t for t in TYPE_ORDER if t in by_type] + sorted(set(by_type) - set(TYPE_ORDER))
    groups = [
        FacetGroup("entity", t, entity_heading(t), tuple(by_type[t][:per_group])) for t in order
    ]
    sources = tuple(facets.get("sources", ()))[:per_group]
    if sources:
        groups.append(FacetGroup("source", "", "Sources", sources))
    folders = tuple(facets.get("folders", ()))[:per_group]
    if len(folders) > 1:
        groups.append(FacetGroup("dir", "", "Folders", folders))
    return groups


def facet_name(field: str, value: str) -> str:
    """How a facet's value is shown: a folder by its last two names, the rest as they are."""
    if field != "dir":
        return value
    parts = [p for p in value.replace("\\", "/").split("/") if p]
    return value if len(parts) <= 2 else "…/" + "/".join(parts[-2:])


def quote_term(value: str) -> str:
    """A Whoosh phrase for `value`: quotes inside are dropped (they cannot be escaped)."""
    return '"' + value.replace('"', " ").strip() + '"'


def compose_query(text: str, filters: Sequence[tuple[str, str]]) -> str:
    """The typed query plus one `field:"value"` clause per active filter."""
    clauses = [f"{field}:{quote_term(value)}" for field, value in filters]
    typed = text.strip()
    if typed and clauses:
        typed = f"({typed})"
    return " ".join([typed, *clauses]).strip()
