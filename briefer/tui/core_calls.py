"""What the reader asks of the core, as plain functions (no Textual): the workers call these.

Keeping them here lets tests and the benchmark drive exactly what the TUI does without a screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing the core costs first-paint time
    from briefer.analysis.model import Analysis
    from briefer.briefing.model import Briefing
    from briefer.sources.document import Document


SEARCH_LIMIT = 20
KEEP_ROWS = 200  # a refresh while indexing keeps up to this many rows loaded
BRIEF_LIMIT = 30


# What an empty search box shows: every document (newest first when sorted by date).
ALL_DOCUMENTS = "*"


def open_library() -> tuple[Any, int, str | None]:
    """The library, its document count (0 before the first sync has made an index) and, when
    the index cannot be read as it is (an older schema), why: a sync rebuilds it."""
    from briefer.errors import BrieferError
    from briefer.index import Library

    library = Library()
    try:
        return library, library.count(), None
    except BrieferError as exc:
        return library, 0, str(exc)


def sync_library(
    paths: Sequence[str], progress: Callable[[int, int], None], cancel: Callable[[], bool]
) -> Any:
    """Sync on a Library of its own, so the reader's searcher is never closed under it."""
    from briefer.index import Library

    return Library().sync(paths, progress=progress, cancel=cancel)


def sync_summary(report: Any) -> str:
    """'3 added, 2 skipped; 42 documents' from a SyncReport: a count of none is left out ('no
    changes' when all are), so the note that says it stays short."""
    counts = (
        (len(report.added), "added"),
        (len(report.updated), "updated"),
        (len(report.removed), "removed"),
        (len(report.skipped), "skipped"),
    )
    changes = ", ".join(f"{n} {what}" for n, what in counts if n) or "no changes"
    total = report.documents
    return f"{changes}; {total} document{'' if total == 1 else 's'}"


def sync_changed(report: Any) -> bool:
    """Whether a sync added, updated or removed documents (skipped files change nothing)."""
    return bool(report.added or report.updated or report.removed)


def top_ids(library: Any, query: str, sort: str, limit: int = BRIEF_LIMIT) -> list[str]:
    """The ids of the first `limit` results (no snippets: only the ids are wanted)."""
    result = library.search(query or ALL_DOCUMENTS, limit=limit, sort=sort, snippets=False)
    return [hit.id for hit in result.hits]


def library_paths() -> list[str]:
    """The folders and files the library syncs (from settings)."""
    from briefer.config import load_settings

    return list(load_settings().library)


def add_to_library(paths: Sequence[str]) -> list[str]:
    """Add `paths` (resolved) to the library settings; returns the whole library."""
    from briefer.config import load_settings, save_settings

    settings = load_settings()
    for raw in paths:
        resolved = str(Path(raw).expanduser().resolve())
        if resolved not in settings.library:
            settings.library.append(resolved)
    save_settings(settings)
    return list(settings.library)


def save_theme(theme: str) -> None:
    """Remember the reader's theme in the settings (the rest of them unchanged)."""
    from briefer.config import load_settings, save_settings

    settings = load_settings()
    if settings.theme != theme:
        settings.theme = theme
        save_settings(settings)


def saved_searches() -> dict[str, str]:
    """The saved searches, name -> query, in the order they were saved (from settings)."""
    from briefer.config import load_settings

    return dict(load_settings().searches)


def save_search(name: str, query: str) -> dict[str, str]:
    """Save `query` as `name` (replacing a search of that name); the saved searches after."""
    from briefer.config import load_settings, save_settings

    settings = load_settings()
    settings.searches[name] = query
    save_settings(settings)
    return dict(settings.searches)


def forget_searches(names: Sequence[str]) -> dict[str, str]:
    """Remove the saved searches called `names`; the saved searches after."""
    from briefer.config import load_settings, save_settings

    settings = load_settings()
    removed = [name for name in names if settings.searches.pop(name, None) is not None]
    if removed:
        save_settings(settings)
    return dict(settings.searches)


def run_search(
    library: Any,
    query: str,
    sort: str,
    offset: int = 0,
    limit: int = SEARCH_LIMIT,
    read: frozenset[str] | None = None,
    unread_only: bool = False,
    only: frozenset[str] | None = None,
) -> Any:
    """One page of results as the result list shows them (snippets for those rows only), from
    rank `offset`: the list loads the next page when the person reaches its end. With the ids
    `read`, the result counts the unread matches (and `unread_only` lists only those); with
    `only`, the matches are among those ids alone (new only)."""
    text = query or ALL_DOCUMENTS
    return library.search(
        text,
        limit=limit,
        sort=sort,
        snippets=True,
        offset=offset,
        read=read,
        unread_only=unread_only,
        only=only,
    )


def reading(library: Any, doc_id: str) -> tuple[Document, Analysis]:
    """A document and its stored analysis (analysed afresh if the index has none)."""
    doc = library.document(doc_id)
    if doc is None:
        raise LookupError("the document is no longer in the index")
    analysis = library.analysis(doc_id)
    if analysis is None:
        from briefer.analysis import analyse

        analysis = analyse(doc)
    return doc, analysis


def brief_pairs(
    pairs: Sequence[tuple[Document, Analysis | None]],
    *,
    title: str | None = None,
    query: str | None = None,
    parties_first: bool = False,
) -> Briefing:
    """A briefing of up to BRIEF_LIMIT (document, analysis) pairs, in the order given. With
    `parties_first`, the title opens with the principal parties it found ('Serbia and Kosovo:
    3 marked documents'): a joint briefing's title, and its export's file name, then say what
    it is about, not only how it was chosen."""
    from dataclasses import replace

    from briefer.briefing.build import build_briefing

    usable = [(doc, analysis) for doc, analysis in pairs if analysis is not None]
    briefing: Briefing = build_briefing(usable[:BRIEF_LIMIT], title=title, query=query)
    if parties_first and briefing.principals:
        briefing = replace(briefing, title=f"{' and '.join(briefing.principals)}: {briefing.title}")
    return briefing


FacetCounts = dict[str, list[tuple[str, int]]]


def briefing_facets(
    pairs: Sequence[tuple[Document, Analysis]], top: int = 10
) -> tuple[FacetCounts, dict[str, str]]:
    """The facets of the documents a joint briefing covers (`pairs`: those it was built
    from, each with its analysis), counted as the search's are (each
    entity, source, folder: how many of the documents name it or hold it), and each entity's
    type from the analyses: the sidebar beside a briefing of marked documents (`b`) or of the
    results (`B`) lists what that briefing covers, not the whole search's facets."""
    from collections import Counter

    from briefer.index.records import entity_names
    from briefer.index.scope import folder_of

    entities: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    folders: Counter[str] = Counter()
    types: dict[str, str] = {}
    for doc, analysis in pairs:
        named = entity_names(analysis)  # what the index's entity facet keeps for it
        for name, kind in named:
            types.setdefault(name, kind)
        entities.update({name for name, _ in named})  # documents naming it, not mentions
        if doc.source:
            sources[doc.source] += 1
        folders[folder_of(doc.path)] += 1
    counts: FacetCounts = {
        "entities": entities.most_common(top),
        "sources": sources.most_common(top),
        "folders": folders.most_common(top),
    }
    return counts, types


def facet_types(
    library: Any, result: Any, type_of: Callable[[str], str | None], most: int = 8
) -> dict[str, str]:
    """Types for the entity facets the gazetteer does not know, read from the analyses of up
    to `most` hits (the facets name entities only), then, for a name none of them mentions,
    from a document that names it: a facet counts every match, not only the first rows, and
    an untyped name ('Brussels', a city the gazetteer knows only as the EU's alias) went to
    'Other'."""
    from briefer.tui.facets import quote_term

    wanted = {name for name, _ in result.facets.get("entities", ()) if type_of(name) is None}
    found: dict[str, str] = {}
    hits = list(result.hits)[:most]
    for hit in hits:
        if not wanted:
            break
        _learn_types(library.analysis(hit.id), wanted, found)
    read = {hit.id for hit in hits}
    for name in sorted(wanted):
        if name in found:
            continue
        for hit in library.search(f"entity:{quote_term(name)}", limit=1, snippets=False).hits:
            if hit.id not in read:
                read.add(hit.id)
                _learn_types(library.analysis(hit.id), wanted, found)
    return found


def _learn_types(analysis: Any, wanted: set[str], found: dict[str, str]) -> None:
    """The type of each `wanted` name `analysis` mentions, into `found` (taken from `wanted`)."""
    for mention in analysis.mentions if analysis is not None else ():
        if mention.canonical in wanted:
            found[mention.canonical] = mention.type
            wanted.discard(mention.canonical)


def entity_type_lookup() -> Callable[[str], str | None]:
    """canonical name → entity type, from the gazetteer when it is available.

    Only a name that is itself canonical gets the gazetteer's type: "Brussels" the place is an
    alias of the European Union (an ORG) in the gazetteer, so its type comes from the analyses
    instead (`facet_types`)."""
    try:
        from briefer.analysis.gazetteer import canonical_name
    except ImportError:
        return lambda name: None

    def type_of(name: str) -> str | None:
        found = canonical_name(name)
        return None if found is None or found[0] != name else str(found[1])

    return type_of


def polity_lookup() -> Callable[[str], str | None]:
    """canonical name → "state" (a state of the gazetteer, present or former), "territory"
    (one with authorities of its own: Hong Kong, Transnistria) or None (a city, a region, a
    capital as a place): the sidebar lists states apart from places."""
    try:
        from briefer.analysis import gazetteer
    except ImportError:
        return lambda name: None
    states = frozenset(s.name for s in gazetteer.states()) | gazetteer.former_states()
    territories = gazetteer.territories()

    def polity(name: str) -> str | None:
        if name in states:
            return "state"
        return "territory" if name in territories else None

    return polity


def slug(text: str, limit: int = 48) -> str:
    """The words of `text` joined by hyphens, as many whole words as fit in `limit`: cut in
    a word, 'date:2022-12' ended the name as '...-date-2022' before the export's own date,
    and 'date-2022-1' would read as January (a word longer than the limit is cut)."""
    words = re.findall(r"[A-Za-z0-9]+", text.lower())
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    return "-".join(kept) or "-".join(words)[:limit] or "briefing"


def default_export_path(briefing: Briefing, directory: Path, today: date) -> Path:
    """`DIR/briefing-<title>-<date>.md`, numbered so it never overwrites an existing file."""
    stem = f"briefing-{slug(briefing.title)}-{today.isoformat()}"
    candidate = directory / f"{stem}.md"
    n = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{n}.md"
        n += 1
    return candidate


def export_markdown(briefing: Briefing, path: Path, *, overwrite: bool = False) -> Path:
    """Write the briefing as Markdown; an existing file is replaced only with `overwrite`."""
    from briefer.render.export import write_atomic
    from briefer.render.markdown import render_markdown

    target = path.expanduser()
    write_atomic(target, render_markdown(briefing), force=overwrite)
    return target
