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
    shown: tuple[str, ...] = ()  # how each item is shown, when not by its value


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
        shown = short_folders([name for name, _ in folders])
        groups.append(FacetGroup("dir", "", "Folders", folders, tuple(shown)))
    return groups


def short_folders(paths: Sequence[str]) -> list[str]:
    """Each folder by its last name, or by as many last names as tell it from the others."""
    parts = [[p for p in path.replace("\\", "/").split("/") if p] for path in paths]
    depth = [1] * len(paths)
    while True:
        shown = ["/".join(p[-d:]) or "/" for p, d in zip(parts, depth, strict=True)]
        clashes = {s for s in shown if shown.count(s) > 1}
        grow = [i for i, s in enumerate(shown) if s in clashes and depth[i] < len(parts[i])]
        if not grow:
            return shown
        for i in grow:
            depth[i] += 1


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
