"""Group search facets for the sidebar and turn a chosen facet into a query clause (pure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefer.render.palette import entity_heading

# The sidebar's entity groups, in order: states lead (they are the parties of crisis news),
# then the palette's order, with the places that are no state (cities, regions) beside the
# other locations. A GPE is a state or a place: a capital that stands for its government
# ("Moscow said") is counted under its state by the analysis; one that is a place ("talks in
# Moscow") is a place, never listed among the states.
STATES = "GPE:state"
PLACES = "GPE:place"
GROUP_ORDER = (STATES, "PERSON", "ORG", "NORP", PLACES, "LOC", "FAC", "EVENT", "DATE")
_PLACE_TITLES = {STATES: "States", PLACES: "Places"}


@dataclass(frozen=True)
class FacetGroup:
    """One heading in the sidebar: its field (`entity`, `source`, `dir`), entity type ("" for
    sources and folders) and items."""

    field: str
    type: str
    title: str
    items: tuple[tuple[str, int], ...]
    shown: tuple[str, ...] = ()  # how each item is shown, when not by its value


def no_polity(name: str) -> str | None:
    """The `polity` of `group_facets` where nothing is known: every GPE is a place."""
    return None


def group_facets(
    facets: Mapping[str, Sequence[tuple[str, int]]],
    type_of: Callable[[str], str | None],
    *,
    polity: Callable[[str], str | None] = no_polity,
    per_group: int = 12,
) -> list[FacetGroup]:
    """Entities grouped by type (in GROUP_ORDER, then others), then the sources, then the
    folders (as Recoll's `dir:`), when the results come from more than one. `polity` says
    whether a GPE is a "state" or a "territory" (one acting as a state: Hong Kong,
    Transnistria), listed under States ('States & territories' when one is there), or neither:
    a place, under Places."""
    by_group: dict[str, list[tuple[str, int]]] = {}
    territories = False
    for name, count in facets.get("entities", ()):
        kind = type_of(name) or "OTHER"
        if kind == "GPE":
            standing = polity(name)
            territories = territories or standing == "territory"
            kind = STATES if standing in ("state", "territory") else PLACES
        by_group.setdefault(kind, []).append((name, count))
    order = [g for g in GROUP_ORDER if g in by_group] + sorted(set(by_group) - set(GROUP_ORDER))
    groups = [_entity_group(g, by_group[g][:per_group], territories) for g in order]
    sources = tuple(facets.get("sources", ()))[:per_group]
    if sources:
        groups.append(FacetGroup("source", "", "Sources", sources))
    folders = tuple(facets.get("folders", ()))[:per_group]
    if len(folders) > 1:
        shown = short_folders([name for name, _ in folders])
        groups.append(FacetGroup("dir", "", "Folders", folders, tuple(shown)))
    return groups


def _entity_group(key: str, items: list[tuple[str, int]], territories: bool) -> FacetGroup:
    if key in _PLACE_TITLES:
        title = "States & territories" if key == STATES and territories else _PLACE_TITLES[key]
        return FacetGroup("entity", "GPE", title, tuple(items))
    return FacetGroup("entity", key, entity_heading(key), tuple(items))


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


def like_clause(doc_id: str, path: str, *, home: str = "") -> str:
    """The query for the documents like one: `like:"PATH"`, the path from `~` under the `home`
    folder; `like:ID` where the path cannot be typed back in quotes (a quote, a control or
    a non-UTF-8 character in it)."""
    typed_back = '"' not in path and path.isprintable()
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:  # a name that is not UTF-8, read with surrogates
        typed_back = False
    if not typed_back:
        return f"like:{doc_id}"
    home = home.rstrip("/")
    if home and path.startswith(home + "/"):
        path = "~" + path[len(home) :]
    return f'like:"{path}"'


def compose_query(text: str, filters: Sequence[tuple[str, str]]) -> str:
    """The typed query plus one `field:"value"` clause per active filter."""
    clauses = [f"{field}:{quote_term(value)}" for field, value in filters]
    typed = text.strip()
    if typed and clauses:
        typed = f"({typed})"
    return " ".join([typed, *clauses]).strip()
