"""Messages the reader's thread workers post; handlers on the UI thread update the widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

from briefer.tui.facets import no_polity

if TYPE_CHECKING:  # annotations only: importing the core costs first-paint time
    from briefer.analysis.model import Analysis
    from briefer.briefing.model import Briefing
    from briefer.sources.document import Document


@dataclass
class LibraryOpened(Message):
    """The index is open and can be searched."""

    library: Any  # briefer.index.Library
    count: int
    type_of: Callable[[str], str | None]  # entity name -> type, from the gazetteer
    problem: str | None = None  # why the index cannot be read as it is (a sync rebuilds it)
    polity: Callable[[str], str | None] = no_polity  # a GPE: "state", "territory" or None


@dataclass
class ArrivalsSeen(Message):
    """The library read again (after it opened or changed): the documents new since the last
    session, and how many of them were not new before."""

    new: frozenset[str]
    added: int


@dataclass
class SearchFinished(Message):
    """Results for search number `generation`; older generations are dropped on arrival."""

    generation: int
    query: str
    result: Any  # briefer.index.SearchResult (kept loose: the index may grow fields)
    sort: str = "relevance"  # the order asked for: the next pages keep it


@dataclass
class PageLoaded(Message):
    """The next page of search `generation`, from rank `offset`; dropped unless that search is
    still shown with exactly `offset` rows. `error` (and no result) if it could not be read."""

    generation: int
    offset: int
    result: Any  # briefer.index.SearchResult, or None with `error`
    error: str | None = None


@dataclass
class FacetTypesFound(Message):
    """Entity types for the facets of search `generation`, learned from the hits' analyses:
    posted after the rows, so the sidebar never holds up the results."""

    generation: int
    types: dict[str, str]


@dataclass
class SearchFailed(Message):
    generation: int
    error: str
    usage: bool = True  # the query was at fault (UsageError), not the index


@dataclass
class DocumentLoaded(Message):
    """A document with its analysis, ready for the Document tab (its briefing follows)."""

    token: int
    document: Document
    analysis: Analysis | None
    paragraph: int | None = None


@dataclass
class DocumentBriefed(Message):
    """The briefing of the document of load `token` (built after the text is on screen: a
    long document takes longer to brief than to show)."""

    token: int
    briefing: Briefing


@dataclass
class BriefingReady(Message):
    """A briefing of several documents (all results, or the marked ones)."""

    token: int
    briefing: Briefing
    scope: str
    documents: int = 0  # how many documents it covers
    facets: dict[str, list[tuple[str, int]]] | None = None  # theirs, counted as a search's
    types: dict[str, str] | None = None  # their entities' types, from the analyses


@dataclass
class IndexProgress(Message):
    """Coalesced indexing progress: `done` of `total` files."""

    done: int
    total: int


@dataclass
class IndexFinished(Message):
    """The sync ended: done, cancelled (what was written is committed) or failed."""

    cancelled: bool
    summary: str
    failed: bool = False
    changed: bool = True  # documents were added, updated or removed
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason) of each file not indexed


@dataclass
class ActorChosen(Message):
    """An actor of the briefing was chosen: list the documents that mention `name`."""

    name: str


@dataclass
class CitationSelected(Message):
    """A briefing item was chosen: show `paragraph` of document `source`."""

    source: str
    paragraph: int
