"""The reader: search box, results, reading pane (Briefing / Document) and entity sidebar.

Slow work happens in thread workers (open, search, load, brief, index) that post messages from
`briefer.tui.messages`; the handlers here, on the UI thread, are the only code touching widgets.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static, TabbedContent, TabPane, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from briefer.errors import BrieferError, UsageError
from briefer.read_state import ReadState
from briefer.sources.document import document_id
from briefer.tui import core_calls, opener
from briefer.tui.arrivals import Arrivals
from briefer.tui.citation import citation, preview, reference
from briefer.tui.commands import (
    BOTH_BRIEF_FOOTER,
    FOOTER_DROP_ORDER,
    SEARCH_BACK_FOOTER,
    SEARCH_BACK_FOOTER_IN_BOX,
    WIDE_FOOTER,
    bindings_for,
    wide_only_ids,
)
from briefer.tui.facets import compose_query, group_facets, like_clause, no_polity, quote_term
from briefer.tui.find import query_words
from briefer.tui.history import History
from briefer.tui.messages import (
    ActorChosen,
    ArrivalsSeen,
    BriefingReady,
    CitationSelected,
    DocumentBriefed,
    DocumentLoaded,
    FacetTypesFound,
    IndexFinished,
    IndexProgress,
    LibraryOpened,
    PageLoaded,
    SearchFailed,
    SearchFinished,
)
from briefer.tui.query_history import QueryHistory, QueryStop
from briefer.tui.rows import (
    STALE_NOTES,
    count_line,
    fit_path,
    like_line,
    lists_everything,
    no_match_line,
    path_lines,
    safe,
    stale_line,
    suggestion_line,
)
from briefer.tui.screens.export import ExportChoice, ExportScreen
from briefer.tui.screens.saved import SavedChoice, SavedSearchesScreen, SaveSearchScreen
from briefer.tui.screens.skipped import SkippedScreen
from briefer.tui.widgets.briefing_view import DOCUMENT, MARKED, BriefingView
from briefer.tui.widgets.clean_input import CleanInput
from briefer.tui.widgets.document_pane import DocumentPane
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.empty_library import EmptyLibrary, empty_library_text
from briefer.tui.widgets.entities import EntitySidebar, Facet
from briefer.tui.widgets.find_bar import FindBar
from briefer.tui.widgets.index_status import IndexStatus
from briefer.tui.widgets.reader_footer import ReaderFooter, compact_at, fit_footer, fit_width
from briefer.tui.widgets.results import ResultCount, ResultList

if TYPE_CHECKING:  # annotations only: importing the core costs first-paint time
    from briefer.briefing.model import Briefing, Item, SourceRef

EMPTY_LIBRARY = "The library is empty: run 'briefer PATH' to add a folder."
STALE_ROWS = STALE_NOTES[0]  # said after the count line's words where it fits
NOT_YET = "No results yet"  # a word of one or two letters: it matches from its third
# Over the reading pane while the search on screen found nothing: what it shows is from before.
STALE_BRIEFING = "No results: this is the last briefing shown"
STALE_DOCUMENT = "No results: this is the last document shown"
INDEXING = "Indexing the library…"
# While the first indexing of a folder has stored nothing yet (the index stores documents in
# batches: a large folder shows none for a minute or more), what the count line and the
# reading pane say instead of '0 documents' and 'No results: this is the last briefing shown'.
FIRST_INDEXING = "Indexing the library… documents are listed here as soon as they are stored"
FIRST_INDEXING_NOTE = (
    "Nothing is stored yet: the documents appear in the list as the index takes them in, "
    "a batch at a time (the strip below shows how far it is). ? lists the keys meanwhile."
)
SEARCH_DEBOUNCE = 0.02  # keys typed while a search is running wait this long for the next
REFRESH_WHILE_INDEXING = 2.0
READ_DEBOUNCE = 0.3  # the reading pane follows the highlighted result once typing stops
FACETS_DEBOUNCE = READ_DEBOUNCE  # and the sidebar follows typed results likewise
PROGRESS_EVERY = 0.1
QUERY_SETTLE = 1.0  # a typed search still shown this long after its rows came is a history stop
# A `like:` path being typed names no document at most keys: said dim, and as an error (red)
# once the typing has stopped this long, or on Enter.
LIKE_ERROR_PAUSE = 1.0
CHECK_AFTER = 1.0  # `briefer` alone: the folders are checked for changes once the rows show
BRIEFING_NOTE_AFTER = 0.5  # a briefing not ready by then is said to be on its way
TOAST_WIDTH = 60  # Textual's Toast: `width: 60; max-width: 50%`
TOAST_FRAME = 3  # its left border and (app.tcss) one cell of padding a side
TOAST_RACK_SCROLLBAR = 2  # the rack of toasts always keeps room for a scrollbar
# Below this many columns the sidebar (24 wide) gives way: beside the results' 30 it would
# leave the reading pane under 20 (at 60 columns, 4: a letter a line). `-cramped` hides it.
SIDEBAR_ROOM = 76


class MainScreen(Screen[None]):
    """The library view; with `sync_on_open` the library is synced in the background at start."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("main")]

    def __init__(self, *, sync_on_open: bool = False, check_on_open: bool = False) -> None:
        super().__init__()
        self.library: Any = None
        self.sync_on_open = sync_on_open
        self.check_on_open = check_on_open
        self._checking = False  # the running sync is that check: quiet unless files changed
        self.skipped: tuple[tuple[str, str], ...] = ()  # (path, reason): the last sync's skips
        self.sort = "relevance"
        self.filters: list[tuple[str, str]] = []
        self.result: Any = None  # the first page of the results shown
        self.shown_query = ""  # the query (with the filter) those results are for
        self.shown_generation = -1  # the search whose rows are listed: pages must match it
        self.result_sort = self.sort  # the order of those rows (`s` may have changed self.sort)
        self.unread_only = False  # `U`: the read documents left out of the results
        self.new_only = False  # `W`: the documents known at the last session left out
        self.arrivals = Arrivals()  # the documents new since the last session
        self._arrivals_lock = threading.Lock()
        self._asked_read: frozenset[str] = frozenset()  # the read ids of the last search asked
        self.shown_read: frozenset[str] = frozenset()  # ... and of the search listed (pages)
        self._asked_only: frozenset[str] | None = None  # the new ids of the last search asked (W)
        self.shown_only: frozenset[str] | None = None  # ... and of the search listed (pages)
        self.generation = 0
        self.read_token = 0  # the newest document load; older ones are dropped
        self.brief_token = 0  # the newest joint briefing; likewise
        self.history: History[str] = History()
        self.queries = QueryHistory()  # the searches of the session, for Alt+Up / Alt+Down
        self.shown_stop: QueryStop | None = None  # the search whose rows are listed
        self._pending_stop: QueryStop | None = None  # the newest search started, and whether
        self._pending_jump = False  # it is a stop at once (not typed: an actor, a saved search)
        self._jumped = False  # the next search started is such a jump
        self._restoring: QueryStop | None = None  # a stop gone back to: its row comes back
        self._settle_timer: Timer | None = None
        self._query_moves = (False, False)  # back / forward possible, as the footer last knew
        self._facet_of: dict[tuple[str, str], Facet] = {}  # filters chosen, as the sidebar marks
        # the documents a joint briefing covers and their facets, which the sidebar lists
        self._briefing_facets: tuple[int, dict[str, list[tuple[str, int]]]] | None = None
        # the Document tab shows a paragraph a briefing item cites: Escape goes back to the item
        self._from_citation = False
        self.briefing: Briefing | None = None
        self.scope = DOCUMENT
        self.indexing = False
        self._folders = True  # the library names folders to index (read as it shows empty)
        self._search_timer: Timer | None = None
        self._error_timer: Timer | None = None  # a `like:` being typed: its error red after
        self._pending_error: Text | None = None  # ... the dim line it turns red
        self._searching = False  # a search worker is running: keys typed now are coalesced
        self._read_timer: Timer | None = None
        self._facets_timer: Timer | None = None
        self._facets_for = -1  # the search whose facets the sidebar lists
        self._typed = False  # the newest search is of what is being typed in the box
        self._type_of: Callable[[str], str | None] = lambda name: None  # set once open
        self._polity: Callable[[str], str | None] = no_polity  # set once open
        self._learned_types: dict[str, str] = {}
        self._read_lock = threading.Lock()
        self._stop_indexing = threading.Event()  # set by x: the running sync stops
        self._last_refresh = 0.0
        self._rebrief = False
        self._saved: dict[str, str] | None = None  # saved searches, read when first wanted
        self._no_match_shown = False  # the hint under the count says what to try instead
        self._like_shown = False  # ... or which document the results are like
        # the spelling offered under the count (Ctrl+Y): the search on screen's, or none
        self._suggestion: str | None = None
        self._briefing_note: Timer | None = None  # says 'Briefing …' if one is slow to come
        # what the count line says while the rows listed are the last search's (None: a count)
        self._stale_line: Text | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield CleanInput(placeholder="Search the library…", id="search")
                yield ResultCount(Text("Opening the library…", end=""), id="result-count")
                yield Static(Text("", end=""), id="suggestion")
                yield ResultList(id="results")
            with TabbedContent(id="reader", initial="briefing"):
                with TabPane("Briefing", id="briefing"):
                    yield Static(Text(STALE_BRIEFING, end=""), classes="stale-note")
                    yield BriefingView(id="briefing-view")
                with TabPane("Document", id="document"):
                    yield Static(Text(STALE_DOCUMENT, end=""), classes="stale-note")
                    yield DocumentPane()
            yield EntitySidebar(id="entities")
        yield EmptyLibrary(id="empty-library")
        yield IndexStatus(id="index-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(ResultList).read_state = ReadState()
        self.query_one("#reader", TabbedContent).query_one(Tabs).can_focus = False
        self.query_one("#search", Input).focus()
        self.open_library()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows (the keys all work regardless): below WIDE_FOOTER columns the
        wide-only keys stay out of it, so that Help and Quit are never cut at its edge (Alt+Up
        shows only where it fits, see SEARCH_BACK_FOOTER); `/`
        shows only in the document text with the find box closed, where it finds; Escape says
        where it leads from here."""
        active = super().active_bindings
        hidden: set[str] = set()
        labels: dict[str, str] = {}
        reading = self._in_reading_pane()
        if self.has_class("-empty") and not self._folders:
            # no folder to index again: the note says how to add one (`r` pressed says so too)
            hidden.add("main.reindex")
        if not reading or self.has_class("-wide-reader"):
            hidden.add("main.widen-reader")  # `z` is for reading; at full width, Esc says Back
        if self.size.width < WIDE_FOOTER and not self.has_class("-empty"):
            labels["main.brief-marked"] = "Brief"  # the count line says how many are marked
            hidden |= wide_only_ids()
            if reading:
                # the results' order and briefings of them: the results list offers those;
                # the room goes to `z`, which a reader of a 46-column pane needs most
                hidden |= {"main.sort", "main.brief-results", "main.brief-marked"}
        if self.size.width < BOTH_BRIEF_FOOTER and not self.has_class("-empty"):
            # one briefing key: of the marked documents once there are some, else of all
            marked = bool(self.query_one(ResultList).marked)
            hidden.add("main.brief-results" if marked else "main.brief-marked")
        room = SEARCH_BACK_FOOTER_IN_BOX if self._in_search_box() else SEARCH_BACK_FOOTER
        if self.size.width < room or not self.queries.can_go_back:
            # no room beside Help and Quit; or only a typed search to leave for the one stop,
            # which comes and goes with each key (the footer would be composed again for it)
            hidden.add("main.query-back")
        finding = self.query_one(FindBar).has_class("-open")
        if not isinstance(self.focused, DocumentView) or finding:
            hidden.add("main.search")
        escape = (
            "Results"
            if self._in_search_box()
            else "Briefing"  # from 110 columns; at 80 'Back' leaves room for `z`
            if self._back_to_citation() and self.size.width >= WIDE_FOOTER
            else "Back"
            if self._in_reading_pane()
            else "Clear filter"
        )
        labels["main.clear-filter"] = escape
        briefing = self.query_one(BriefingView)
        if self.focused is briefing and briefing.highlighted_actor() is not None:
            labels["briefing.jump"] = "Follow"  # Enter lists the documents naming the actor
        elif self.focused is briefing and briefing.on_fold():
            labels["briefing.jump"] = "Show all"  # Enter unfolds the section's other rows
        fitted = fit_footer(active, frozenset(hidden), labels)
        width = self.size.width
        display = self.app.get_key_display
        return fit_width(
            fitted,
            width,
            compact=compact_at(width),
            key_display=display,
            drop_order=FOOTER_DROP_ORDER,
        )

    # ---- workers: they call the core and post messages, never touching widgets -------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def open_library(self) -> None:
        library, count, problem = core_calls.open_library()
        type_of = core_calls.entity_type_lookup()  # loads the gazetteer: off the UI thread
        polity = core_calls.polity_lookup()
        self.post_message(LibraryOpened(library, count, type_of, problem, polity))

    @work(thread=True, exclusive=True, exit_on_error=False, group="ids")
    def ids_worker(self, say: bool) -> None:
        """The library's ids (its manifest), once after it opens and after each change: those
        it did not hold at the last session's end are new (`arrivals` is touched only here,
        one worker at a time, its file written off the UI thread). `say`: a note tells how
        many (after an indexing its own note says what was added)."""
        if self.library is None:
            return
        try:
            ids = self.library.ids()
        except (OSError, ValueError):  # an index being replaced: the next change reads again
            return
        with self._arrivals_lock:  # an exclusive worker replaced still runs to its end
            added = self.arrivals.see(ids)
        self.post_message(ArrivalsSeen(self.arrivals.new, added if say else 0))

    def on_arrivals_seen(self, message: ArrivalsSeen) -> None:
        """Tag the documents that arrived since the last session ('new' on their rows, the
        count line's 'N new'), and say so once for those that just did."""
        results = self.query_one(ResultList)
        if results.new_ids != message.new:
            results.new_ids = message.new
            results.rerender()
            self._show_count()
            if self.new_only and self.shown_only != message.new:
                self.start_search(keep_rows=True)  # new only lists the new ids it was given
        if message.added:
            plural = "document" if message.added == 1 else "documents"
            # where the new rows are may be pages down (the list is newest first by date, not
            # by arrival): the note says which key lists them alone
            them = "it" if message.added == 1 else "them"
            note = f"{message.added} {plural} new since your last session: W lists {them} alone"
            self.app.notify(note, markup=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def search_worker(
        self,
        generation: int,
        query: str,
        sort: str,
        rows: int,
        read: frozenset[str] = frozenset(),
        unread_only: bool = False,
        only: frozenset[str] | None = None,
    ) -> None:
        worker = get_current_worker()
        try:
            with self._read_lock:
                result = core_calls.run_search(
                    self.library,
                    query,
                    sort,
                    limit=rows,
                    read=read,
                    unread_only=unread_only,
                    only=only,
                )
        except BrieferError as exc:  # the query language rejects it: say so, keep running
            usage = isinstance(exc, UsageError)
            self.post_message(SearchFailed(generation, str(exc), usage))
            return
        if not worker.is_cancelled:
            self.post_message(SearchFinished(generation, query, result, sort))

    @work(thread=True, exclusive=True, exit_on_error=False, group="page")
    def page_worker(
        self,
        generation: int,
        query: str,
        sort: str,
        offset: int,
        read: frozenset[str] = frozenset(),
        unread_only: bool = False,
        only: frozenset[str] | None = None,
    ) -> None:
        """The next page of the results shown (a newer search makes it stale: dropped), with
        the read documents (and the new ones, new only) of that search, so that its pages
        follow on."""
        try:
            with self._read_lock:
                result = core_calls.run_search(
                    self.library,
                    query,
                    sort,
                    offset,
                    read=read,
                    unread_only=unread_only,
                    only=only,
                )
        except BrieferError as exc:
            self.post_message(PageLoaded(generation, offset, None, str(exc)))
            return
        self.post_message(PageLoaded(generation, offset, result))

    @work(thread=True, exclusive=True, exit_on_error=False, group="facets")
    def facets_worker(self, generation: int, result: Any) -> None:
        """Types for the sidebar's facets, started once the rows are on screen."""
        with self._read_lock:
            types = core_calls.facet_types(self.library, result, self._facet_type)
        if not get_current_worker().is_cancelled:
            self.post_message(FacetTypesFound(generation, types))

    @work(thread=True, exclusive=True, exit_on_error=False, group="reading")
    def read_worker(self, token: int, doc_id: str, paragraph: int | None) -> None:
        with self._read_lock:
            doc, analysis = core_calls.reading(self.library, doc_id)
        self.post_message(DocumentLoaded(token, doc, analysis, paragraph))
        if get_current_worker().is_cancelled:
            return  # another document was asked for meanwhile
        briefing = core_calls.brief_pairs([(doc, analysis)], title=doc.title)
        self.post_message(DocumentBriefed(token, briefing))

    @work(thread=True, exclusive=True, exit_on_error=False, group="briefing")
    def brief_worker(
        self, token: int, doc_ids: list[str] | None, scope: str, title: str, query: str | None
    ) -> None:
        with self._read_lock:
            if doc_ids is None:  # all results: the top BRIEF_LIMIT of them, not just the rows
                doc_ids = core_calls.top_ids(self.library, query or "", self.sort)
            pairs = [core_calls.reading(self.library, i) for i in doc_ids[: core_calls.BRIEF_LIMIT]]
        covered = [(doc, analysis) for doc, analysis in pairs if analysis is not None]
        briefing = core_calls.brief_pairs(
            covered, title=title, query=query or None, parties_first=scope == MARKED
        )
        facets, types = core_calls.briefing_facets(covered)
        self.post_message(BriefingReady(token, briefing, scope, len(covered), facets, types))

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def index_worker(self, paths: list[str], stop: threading.Event) -> None:
        """Sync the library; `stop` (not a worker cancel, which can keep the body from ever
        running) ends it after the files in hand, and IndexFinished is always posted. Quitting
        cancels the worker, which stops the sync too."""
        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int, *_: object) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY or done >= total:
                last = now
                self.post_message(IndexProgress(done, total))

        try:
            report = core_calls.sync_library(
                paths, progress, lambda: stop.is_set() or worker.is_cancelled
            )
        except Exception as exc:  # even a cancelled worker must hand the reader back
            self.post_message(IndexFinished(False, safe(str(exc)), failed=True))
            raise
        summary = core_calls.sync_summary(report)
        changed = core_calls.sync_changed(report)
        skipped = tuple((str(path), str(why)) for path, why in report.skipped)
        self.post_message(
            IndexFinished(report.cancelled, summary, changed=changed, skipped=skipped)
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker failures surface: a notification, as plain text."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            group = event.worker.group
            if group == "index":
                return  # IndexFinished(failed=True) reports it
            if group == "page":  # the end of the list may ask for that page again
                self.query_one(ResultList).cancel_more()
            self.app.notify(
                safe(f"{group}: {event.worker.error}"), severity="error", markup=False, timeout=8
            )

    # ---- library and search ----------------------------------------------------------------

    def on_library_opened(self, message: LibraryOpened) -> None:
        # What is loaded by now (gazetteer, index readers, Textual) lives as long as the app:
        # kept out of the collector, a full collection no longer stalls a keystroke ~30 ms.
        gc.freeze()
        self.library = message.library
        self._type_of = message.type_of
        self._polity = message.polity
        if message.count:
            self.start_search()
            self.ids_worker(say=True)
            if self.check_on_open and not self.sync_on_open:
                self.set_timer(CHECK_AFTER, self.check_for_changes)
        elif message.problem:  # e.g. an index from an older schema: a sync rebuilds it
            line = Text(safe(message.problem), style="yellow", end="")
            self.query_one("#result-count", Static).update(line)
            self.sync_on_open = True
        else:
            note = FIRST_INDEXING if self.sync_on_open else EMPTY_LIBRARY
            self.query_one("#result-count", Static).update(Text(note, end=""))
            if self.sync_on_open:
                self.query_one(BriefingView).show_note(FIRST_INDEXING_NOTE)
            self._set_empty(not self.sync_on_open)
        if self.sync_on_open:
            self.action_reindex()

    @on(Input.Changed, "#search")
    def search_changed(self) -> None:
        self.generation += 1
        timers = (
            self._read_timer,
            self._facets_timer,
            self._search_timer,
            self._settle_timer,
            self._error_timer,
        )
        for timer in timers:
            if timer is not None:
                timer.stop()  # while typing, the reading pane and the sidebar wait
        self._pending_error = None  # a `like:` error of what was typed before: no longer said
        if self._searching:  # coalesce keys typed while a search runs
            self._search_timer = self.set_timer(SEARCH_DEBOUNCE, self._search_typed)
        else:  # the first key of a burst is searched at once
            self._search_typed()

    def _search_typed(self) -> None:
        self.start_search(typed=True)

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.query_one(ResultList).focus()

    def action_to_results(self) -> None:
        # At once, as for `/`: a command letter typed right behind Down acts on the results
        # instead of landing in the query.
        self._error_now()  # Enter (or Down): the `like:` path typed is all there is
        self.set_focus(self.query_one(ResultList))

    def start_search(self, *, keep_rows: bool = False, typed: bool = False) -> None:
        """Search for what the box and the filter say, from the first page; with `keep_rows`
        (a refresh while indexing) as many rows as are loaded now, if the query and the order
        are still those shown (up to KEEP_ROWS), so the person's place is not lost. `typed`:
        the search follows a key typed in the box (the sidebar waits for the typing to stop)."""
        if self.library is None:
            return
        self.generation += 1
        self._typed = typed
        text = self.query_one("#search", Input).value
        query = compose_query(text, self.filters)
        self._pending_stop = QueryStop(text, tuple(self.filters))
        self._pending_jump = self._jumped or not (typed or keep_rows)
        self._jumped = False
        rows = core_calls.SEARCH_LIMIT
        if keep_rows and query == self.shown_query and self.sort == self.result_sort:
            loaded = len(self.query_one(ResultList).hits)
            rows = min(max(rows, loaded), core_calls.KEEP_ROWS)
        self._searching = True
        results = self.query_one(ResultList)
        read = results.read_state.snapshot() if results.read_state is not None else frozenset()
        # new only (`W`): the matches among the ids new since the last session, usually few
        # (leaving out the thousands known passed them all at every key typed)
        only = self.arrivals.new if self.new_only else None
        self._asked_read, self._asked_only = read, only
        self.search_worker(self.generation, query, self.sort, rows, read, self.unread_only, only)

    def _leaving_out(self) -> bool:
        """Whether the search lists only some documents: the unread (`U`), or the ones new
        since the last session (`W`)."""
        return self.unread_only or self.new_only

    def on_search_finished(self, message: SearchFinished) -> None:
        """Rows, count and suggestion in one frame; the sidebar's facets once it is out."""
        self._searching = False
        if message.generation != self.generation:
            return  # a newer search is on its way: never show a stale one
        if self._awaiting_third_letter(message.result):
            return
        had_suggestion = self.check_action("use_suggestion", ())
        result = self.result = message.result
        everything = message.query in ("", core_calls.ALL_DOCUMENTS) and not self.filters
        # nothing unread (U) or new (W) in the whole library is no empty library: the hint says
        everything = everything and not self._leaving_out()
        self._set_empty(everything and not result.total and not self.indexing)
        self.shown_query = message.query
        self.shown_generation = message.generation
        self.shown_read = self._asked_read
        self.shown_only = self._asked_only
        self.result_sort = message.sort
        results = self.query_one(ResultList)
        results.remove_class("-stale")
        self._stale_line = None
        had_rows = bool(results.hits)
        # (new only, the unread of the new ones: the count line says 'new only' instead)
        results.show_hits(list(result.hits), result.total, getattr(result, "unread", None))
        self._stop_shown(results)
        self._show_count()
        if had_rows != bool(results.hits):
            self.refresh_bindings()  # Open and Copy (which need a row) come or go
        suggestion = self._suggestion = getattr(result, "suggestion", None)
        no_match = not result.total and not everything and not suggestion
        # a `like:` search says whose neighbours it lists (the box holds only a path), or
        # which document has none
        liked = tuple(getattr(result, "like", ()))
        like = () if suggestion or no_match else liked
        if (
            suggestion
            or had_suggestion
            or no_match
            or self._no_match_shown
            or like
            or self._like_shown
        ):
            line = (
                suggestion_line(suggestion)
                if suggestion
                else no_match_line(
                    self.query_one("#search", Input).value,
                    self.filters,
                    self.unread_only,
                    new_only=self.new_only,
                    like=liked,
                )
                if no_match
                else like_line(like)
                if like
                else Text("", end="")
            )
            hint = self.query_one("#suggestion", Static)
            hint.update(line)
            hint.set_class(bool(line.plain), "-shown")
            hint.set_class(bool(like), "-like")
            self._no_match_shown = no_match
            self._like_shown = bool(like)
        if suggestion or had_suggestion:
            self.refresh_bindings()  # Ctrl+Y comes or goes
        if everything and not result.total and self.indexing:
            view = self.query_one(BriefingView)
            if view.briefing is None:
                view.show_note(FIRST_INDEXING_NOTE)
        self._set_reader_stale(not result.total and not self.has_class("-empty"))
        self._schedule_facets(message.generation)
        self._rebrief = self.scope == "results"  # the joint briefing follows the results...
        self._schedule_read()  # ...and the reading pane the highlighted one, once typing stops

    def _awaiting_third_letter(self, result: Any) -> bool:
        """`k`, `ko` on the way to `kosovo` find nothing (a word matches as a prefix from its
        third letter): the rows of the last search stay, dimmed, and the count line says whose
        they are, as for a query that cannot be read yet, rather than the list emptying for a
        key. The search shown, its pages, the sidebar, the reading pane and the history stay
        those of the rows; the hint under the count says to type on."""
        from briefer.index.query import short_last_word  # loaded by the search just run

        results = self.query_one(ResultList)
        typed = self.query_one("#search", Input).value
        if result.total or not results.hits or not short_last_word(typed):
            return False
        # (a 'Did you mean' of the rows' search is not for what is typed: it goes)
        self._keep_rows_stale(Text(NOT_YET, style="dim", end=""))
        hint = self.query_one("#suggestion", Static)
        hint.update(no_match_line(typed, self.filters))
        hint.add_class("-shown")
        hint.remove_class("-like")
        self._no_match_shown = True
        self._like_shown = False
        return True

    # ---- query history (Alt+Up / Alt+Down) ------------------------------------------------

    def _stop_shown(self, results: ResultList) -> None:
        """The rows just shown are those of `_pending_stop`: a search gone back to gets its row
        highlighted again; a jump is a history stop at once, a typed search once the typing has
        stopped for QUERY_SETTLE; typing anything else from a stop gone back to ends the way
        forward, as in a browser."""
        stop = self.shown_stop = self._pending_stop
        if stop is None:
            return
        restoring, self._restoring = self._restoring, None
        if restoring is not None and restoring.same_search(stop) and restoring.row is not None:
            ids = [h.id for h in results.hits]
            if restoring.row in ids:
                results.highlighted = ids.index(restoring.row)  # show_hits scrolls to it
        if self._pending_jump:
            self._record_shown()
        else:
            if not stop.same_search(self.queries.current):
                self.queries.drop_forward()
            self._settle_timer = self.set_timer(QUERY_SETTLE, self._record_shown)
        self._refresh_query_moves()

    def _record_shown(self) -> None:
        """The search listed now, with its highlighted row, becomes (or updates) the current
        history stop, if it listed anything."""
        stop = self.shown_stop
        if stop is None or self.result is None or not self.result.total:
            return
        self.queries.visit(stop)
        self.queries.remember_row(self.query_one(ResultList).current_id())
        self._refresh_query_moves()

    def _refresh_query_moves(self) -> None:
        moves = (self.queries.can_go_back, self.queries.can_go_forward)
        if moves != self._query_moves:
            self._query_moves = moves
            self.refresh_bindings()  # the footer offers Alt+Up / Alt+Down, or not

    def _left_unrecorded(self) -> bool:
        """The search shown is not the current stop and cannot be one (it found nothing):
        back returns to that stop itself."""
        current = self.queries.current
        return current is not None and not current.same_search(self.shown_stop)

    def _can_query_back(self) -> bool:
        return self.queries.can_go_back or self._left_unrecorded()

    def action_query_back(self) -> None:
        self._record_shown()  # the search left is a stop, even if typed a moment ago
        stop = self.queries.current if self._left_unrecorded() else self.queries.back()
        if stop is not None:
            self._restore_stop(stop)

    def action_query_forward(self) -> None:
        self._record_shown()
        stop = self.queries.forward()
        if stop is not None:
            self._restore_stop(stop)

    def _restore_stop(self, stop: QueryStop) -> None:
        """Search again for `stop`: its text in the box, its filter, its row highlighted."""
        if self._settle_timer is not None:
            self._settle_timer.stop()
        self._restoring = stop
        self._jumped = True
        self.filters = list(stop.filters)
        facet = self._facet_of.get(stop.filters[0]) if stop.filters else None
        self.query_one(EntitySidebar).active = facet
        box = self.query_one("#search", Input)
        if box.value == stop.text:
            self.start_search()
        else:
            box.value = stop.text  # the box's Changed event searches
            box.cursor_position = len(stop.text)
        self._refresh_query_moves()

    def _show_count(self) -> None:
        """'312 results · 40 shown · by relevance' for the rows listed now; while they are the
        last search's, what `_keep_rows_stale` said, refitted to the width."""
        counter = self.query_one("#result-count", Static)
        width = counter.content_region.width or None  # None until laid out
        results = self.query_one(ResultList)
        if self._stale_line is not None:
            line = self._stale_line
            counter.update(stale_line(line, width) if results.hits else line)
            return
        if self.result is None:
            return
        if self.indexing and not results.total and lists_everything(self.shown_query, []):
            counter.update(Text(FIRST_INDEXING, style="dim", end=""))
            return
        names = [value for _, value in self.filters]
        shown = len(results.hits)
        marked = len(results.marked)
        # The order the rows are in, as the result says: '*' asked by relevance comes newest
        # first (every score is equal), so the line says 'by date', not the order asked for
        # (which result_sort keeps, for the next pages and a refresh's kept rows).
        order = getattr(self.result, "sort", self.result_sort)
        count = count_line(
            results.total,
            shown,
            order,
            names,
            self.shown_query,
            marked,
            width,
            asked=self.result_sort,
            unread=results.unread,
            unread_only=self.unread_only,
            anything_read=bool(self.shown_read) and not self.new_only,  # read ids asked with
            new=None if self.new_only else self._new_count(),  # 'new only' says it
            new_only=self.new_only,
        )
        one_line = counter.size.height == 1 and count.cell_len <= counter.content_region.width
        counter.update(count, layout=not one_line)  # a layout pass only when the height changes

    def _new_count(self) -> int | None:
        """How many of the results arrived since the last session, where that is known
        without another search: every row loaded, or the rows are the whole library (the
        empty box), whose new documents `arrivals` holds. None: not known."""
        results = self.query_one(ResultList)
        new = results.new_ids
        if not new:
            return 0
        if not results.more_to_load:
            return sum(1 for hit in results.hits if hit.id in new)
        if lists_everything(self.shown_query, self.filters) and not self.unread_only:
            return len(new)
        return None

    def on_result_list_more_wanted(self, event: ResultList.MoreWanted) -> None:
        """The end of the rows is reached: the next page loads in a worker, for this search."""
        if self.library is None or self.result is None:
            self.query_one(ResultList).cancel_more()
            return
        query, sort = self.shown_query, self.result_sort
        self.page_worker(
            self.shown_generation,
            query,
            sort,
            event.offset,
            self.shown_read,
            self.unread_only,
            self.shown_only,
        )

    def on_page_loaded(self, message: PageLoaded) -> None:
        results = self.query_one(ResultList)
        if message.generation != self.shown_generation or message.offset != len(results.hits):
            return  # other rows are listed now (show_hits forgot the page asked for)
        if message.result is None:
            results.cancel_more()
            self._notify_error(f"More results could not be read: {message.error}")
            return
        results.append_hits(list(message.result.hits), message.result.total)
        self._show_count()

    def on_result_list_read_changed(self) -> None:
        self._show_count()  # 'N unread' follows the rows read

    def on_result_list_marks_changed(self) -> None:
        self._show_count()  # '2 marked': what `b` will brief
        self.refresh_bindings()  # the narrow footer offers `b` once something is marked

    def _schedule_facets(self, generation: int) -> None:
        """The sidebar's facets once the rows are on screen; for typed results, once the typing
        stops: a keystroke's facets (types read from analyses, the sidebar rebuilt and laid
        out) cost the main thread about as much as its rows, and the next key replaces them."""
        if self._facets_timer is not None:
            self._facets_timer.stop()
        if self._typed:
            self._facets_timer = self.set_timer(
                FACETS_DEBOUNCE, lambda: self._find_facet_types(generation)
            )
        else:
            self.call_after_refresh(self._find_facet_types, generation)

    def _find_facet_types(self, generation: int) -> None:
        """Facets for the rows of search `generation`, if they are still those listed."""
        shown = generation == self.shown_generation and generation != self._facets_for
        if shown and self.result is not None:
            self.facets_worker(generation, self.result)

    def _facets_follow_rows(self) -> None:
        """The rows of the last search stay, dimmed (a word short of its third letter, a query
        that cannot be read): the sidebar lists their facets too. Held Backspace (`border` to
        `bo`) left it with those of a query typed before, beside the rows of `bor`, for good:
        each key had stopped the facets due for the rows before it."""
        if self._facets_for != self.shown_generation:
            self._schedule_facets(self.shown_generation)

    def _set_empty(self, empty: bool) -> None:
        """Show the empty-library note instead of the panes (and only the keys that apply:
        `r` only where the library names folders to index again)."""
        if empty:
            folders = bool(core_calls.library_paths())
            if folders != self._folders:
                self._folders = folders
                self.query_one(EmptyLibrary).update(empty_library_text(folders=folders))
                self.refresh_bindings()
        if empty != self.has_class("-empty"):
            self.set_class(empty, "-empty")
            self.refresh_bindings()

    def on_facet_types_found(self, message: FacetTypesFound) -> None:
        """The sidebar follows the rows listed: the facets of any other search (an older one,
        come late) are dropped, never shown over those of a newer."""
        if message.generation != self.shown_generation or self.result is None:
            return
        self._facets_for = message.generation
        self._learned_types.update(message.types)
        self._show_sidebar()

    def _show_sidebar(self) -> None:
        """The sidebar lists the facets of the joint briefing on screen (`b`, `B`: what the
        briefing covers), else those of the results; its heading says which it counts."""
        sidebar = self.query_one(EntitySidebar)
        covered = self._briefing_facets if self.scope != DOCUMENT else None
        if covered is not None:
            (documents, facets), where = covered, "briefing"
        elif self.result is not None and self._facets_for == self.shown_generation:
            documents, facets, where = self.result.total, self.result.facets, "results"
        else:
            return
        heading = f"In the {where}: {documents} doc{'' if documents == 1 else 's'}"
        groups = group_facets(facets, self._facet_type, polity=self._polity)
        sidebar.show_groups(groups, heading)

    def on_search_failed(self, message: SearchFailed) -> None:
        self._searching = False
        if message.generation == self.generation:
            # The rows stay (a half-typed quote should not blank the list) but are dimmed, and
            # the line says whose they are, so that they never pass for this query's matches.
            # A field typed as far as its colon (`entity:`), or a phrase whose closing quote
            # is still to come (`"border cro`), is on its way, not wrong: what it needs is
            # said in the as-you-type hint's dim, not in an error's red.
            from briefer.index.query import field_awaiting_value, open_phrase  # loaded
            from briefer.index.scope import like_being_typed  # loaded

            typed = self.query_one("#search", Input).value
            typing = field_awaiting_value(typed) is not None or open_phrase(typed)
            # a `like:` path on its way names no document at most keys: dim until the typing
            # stops (or Enter), then red, as an error
            on_its_way = (
                not typing
                and message.usage
                and message.error.startswith("like:")
                and like_being_typed(typed)
            )
            line = Text(safe(message.error), style="dim" if typing or on_its_way else "red")
            if self.indexing and not message.usage:
                # The first sync is still making the index (its schema not yet written): a
                # search typed meanwhile is early, not broken ('built with schema version
                # unknown ... run briefer index' told a new reader to do what was being done).
                line = Text(INDEXING, style="dim")
                on_its_way = False
            self._keep_rows_stale(line)
            if on_its_way:
                self._pending_error = line
                self._error_timer = self.set_timer(LIKE_ERROR_PAUSE, self._error_now)

    def _error_now(self) -> None:
        """The `like:` error said dim while its path was typed, said as an error (red)."""
        if self._error_timer is not None:
            self._error_timer.stop()
        line, self._pending_error = self._pending_error, None
        if line is None or self._stale_line is not line:
            return  # another search's line is shown now
        self._stale_line = Text(line.plain, style="red", end="")
        self._show_count()

    def _keep_rows_stale(self, line: Text) -> None:
        """The count line says `line` and, when the last search's rows are there, that they are
        its (dimmed, they stay rather than blank the list for a key); that search's hint goes."""
        results = self.query_one(ResultList)
        if results.hits:
            results.add_class("-stale")
        self._stale_line = line
        self._show_count()  # the note said as its width allows, and again on a resize
        self._drop_hint()
        self._facets_follow_rows()

    def _drop_hint(self) -> None:
        """A search that fails leaves the rows of the last one (dimmed) but not its hint: a
        'Did you mean' (and Ctrl+Y) or 'No match' under the count belongs to that search, and
        Ctrl+Y would replace what is typed now with a spelling of what was typed then."""
        had_suggestion, self._suggestion = self._suggestion, None
        if had_suggestion or self._no_match_shown or self._like_shown:
            hint = self.query_one("#suggestion", Static)
            hint.update(Text("", end=""))
            hint.remove_class("-shown", "-like")
            self._no_match_shown = self._like_shown = False
        if had_suggestion:
            self.refresh_bindings()  # Ctrl+Y goes

    @on(EntitySidebar.Chosen)
    def facet_chosen(self, event: EntitySidebar.Chosen) -> None:
        clause = (event.facet.field, event.facet.value)
        self._record_shown()  # the search left is a history stop
        self._facet_of[clause] = event.facet
        self.filters = [] if clause in self.filters else [clause]
        self.query_one(EntitySidebar).active = event.facet if self.filters else None
        self.start_search()

    def _facet_type(self, name: str) -> str | None:
        return self._type_of(name) or self._learned_types.get(name)

    # ---- reading pane ----------------------------------------------------------------------

    @on(ResultList.OptionHighlighted, "#results")
    def result_highlighted(self) -> None:
        self._schedule_read()

    @on(ResultList.OptionSelected, "#results")
    def result_selected(self) -> None:
        """Enter opens the document to read: its text takes the focus (Escape comes back), and
        it counts as read."""
        self._open_current()
        results = self.query_one(ResultList)
        doc_id = results.current_id()
        if doc_id is not None:
            results.mark_read(doc_id)
        self._show_tab("document", focus=True)

    def _schedule_read(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
        self._read_timer = self.set_timer(READ_DEBOUNCE, self._open_current)

    def _open_current(self) -> None:
        if self._rebrief:
            self._rebrief = False
            self.action_brief_results()
        doc_id = self.query_one(ResultList).current_id()
        if doc_id is not None and doc_id != self.history.current:
            self.history.visit(doc_id)
            self._load(doc_id, None)
        else:
            view = self.query_one(DocumentView)
            if doc_id is not None and view.document is not None and view.document.id == doc_id:
                # the document shown heads the new results: its highlights follow the search
                view.show_search_words(query_words(self.query_one("#search", Input).value))

    def _set_reader_stale(self, stale: bool) -> None:
        """Dim the reading pane under a line saying its briefing or document is from before the
        search on screen, which found nothing: else it passes for that search's. A document
        or briefing asked for (`d`, a citation, Alt+Left) is of now again. With neither shown
        yet (the first indexing), there is nothing to say it of."""
        shown = (
            self.query_one(BriefingView).briefing is not None
            or self.query_one(DocumentView).document is not None
        )
        self.query_one("#reader", TabbedContent).set_class(stale and shown, "-stale")

    def _load(self, doc_id: str, paragraph: int | None) -> None:
        if paragraph is None:
            self._from_citation = False  # another document opened: the results, `[`, `]`
        self._set_reader_stale(False)
        self.read_token += 1
        self.read_worker(self.read_token, doc_id, paragraph)

    def on_document_loaded(self, message: DocumentLoaded) -> None:
        if message.token != self.read_token:
            return
        view = self.query_one(DocumentView)
        # the search's words highlighted, to show why it matched; a citation shows its paragraph
        typed = self.query_one("#search", Input).value
        view.search_words = query_words(typed) if message.paragraph is None else []
        view.show_document(message.document, message.analysis)
        if self.scope == DOCUMENT:
            self._note_briefing_soon(message.token, f"Briefing {message.document.title}…")
        if message.paragraph is not None:
            self._show_tab("document")
            self.call_after_refresh(view.jump_to, message.paragraph)

    def on_document_briefed(self, message: DocumentBriefed) -> None:
        if message.token == self.read_token and self.scope == DOCUMENT:
            self._show_briefing(message.briefing, DOCUMENT)
            self.refresh_bindings()  # export is possible now

    def on_briefing_ready(self, message: BriefingReady) -> None:
        if message.token == self.brief_token:
            self._show_briefing(message.briefing, message.scope)
            self.refresh_bindings()
            if message.facets is not None:
                self._learned_types.update(message.types or {})
                self._briefing_facets = (message.documents, message.facets)
                self._show_sidebar()

    def _note_briefing_soon(self, token: int, note: str) -> None:
        """If the briefing asked for (`token`: the read or joint briefing it belongs to) has not
        come in BRIEFING_NOTE_AFTER, the Briefing tab says it is on its way, and the briefing
        of before, no longer the one asked for, can no longer be exported."""
        if self._briefing_note is not None:
            self._briefing_note.stop()
        joint = self.scope != DOCUMENT

        def note_it() -> None:
            if token == (self.brief_token if joint else self.read_token):
                self.briefing = None
                self.query_one(BriefingView).show_note(note)
                self.refresh_bindings()

        self._briefing_note = self.set_timer(BRIEFING_NOTE_AFTER, note_it)

    def _show_briefing(self, briefing: Briefing, scope: str) -> None:
        if self._briefing_note is not None:
            self._briefing_note.stop()
        self.briefing = briefing
        self.query_one(BriefingView).show_briefing(briefing, scope)

    def on_citation_selected(self, message: CitationSelected) -> None:
        view = self.query_one(DocumentView)
        self._from_citation = True  # Escape comes back to the item (see action_clear_filter)
        # the find and the search words go: their matches were of the text read before, and
        # a citation shows its paragraph, as one in another document is loaded (no words)
        view.search_words = []
        self.query_one(DocumentPane).close_find()
        if view.document is not None and view.document.id == message.source:
            self._show_tab("document", focus=True)
            self.call_after_refresh(view.jump_to, message.paragraph)
            return
        self.history.visit(message.source)
        self._load(message.source, message.paragraph)

    # ---- actions (declared in commands.py) ------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.has_class("-empty") and action not in ("reindex", "cancel_index"):
            return False  # nothing to search, read or brief yet
        if action == "cancel_index":  # a quiet check offers it once it shows its progress
            running = self.query_one(IndexStatus).has_class("-running")
            return self.indexing and (running or not self._checking)
        if action == "reindex":
            return None if self.indexing else True
        if action == "use_suggestion":
            return bool(self._suggestion)
        if action == "back":
            return self.history.can_go_back
        if action == "forward":
            return self.history.can_go_forward
        if action == "query_back":
            return self._can_query_back()
        if action == "query_forward":
            return self.queries.can_go_forward
        if action == "export":
            return self.briefing is not None
        if action == "toggle_new":  # once the last session's ids are read (a second at most)
            return self.new_only or self.arrivals.known is not None
        if action == "show_skipped":
            return bool(self.skipped)
        if action == "save_search":
            return bool(self.current_query())
        if action == "slash":
            return not isinstance(self.focused, Input)  # in a text box `/` is typed
        if action == "to_results":
            return self._in_search_box() and bool(self.query_one(ResultList).hits)
        if action == "clear_filter":
            return bool(self.filters) or self._in_search_box() or self._in_reading_pane()
        if action in ("open_file", "copy"):
            return self._document_path("results") is not None
        if action == "more_like":
            return self._like_target(self._acting_pane()) is not None
        if action == "on_briefing":
            return self._briefing_shown_can(str(parameters[0]) if parameters else "")
        return True

    def _briefing_shown_can(self, action: str) -> bool:
        """A briefing key pressed outside the briefing (J, K, `*` from the results or the
        sidebar) acts on it while it is the tab shown and can do it."""
        if self.query_one("#reader", TabbedContent).active != "briefing":
            return False
        view = self.query_one(BriefingView)
        return view.briefing is not None and view.check_action(action, ()) is not False

    def action_on_briefing(self, action: str) -> None:
        """`J`, `K` or `*` from the results: the briefing shown moves, the focus stays put (as
        after `1`, so the results can still be walked with the briefing following them)."""
        if self._briefing_shown_can(action):
            getattr(self.query_one(BriefingView), f"action_{action}")()

    def action_slash(self) -> None:
        """`/` finds in the document shown, whichever pane has focus; else it searches."""
        showing = self.query_one("#reader", TabbedContent).active == "document"
        if showing and self.query_one(DocumentView).document is not None:
            self.query_one(DocumentPane).open_find()
        else:
            self.action_focus_search()

    def action_focus_search(self) -> None:
        # At once, not after the queued keys (as `focus()` would): typing right behind the
        # key that moved here must land in the box, not in the pane it came from.
        self.set_focus(self.query_one("#search", Input))

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self.start_search()

    def action_mark_all_read(self) -> None:
        """`A`: every result listed is read, from whichever pane (the results do the work)."""
        self.query_one(ResultList).action_mark_all_read()

    def action_toggle_unread(self) -> None:
        """Only the unread documents, or every one again (newsboat's unread-only view). A
        document read meanwhile stays listed until the next search, as in a feed reader."""
        self.unread_only = not self.unread_only
        self.new_only = False  # one view at a time: U after W lists the unread
        self.start_search()

    def action_toggle_new(self) -> None:
        """Only the documents new since the last session, read or not, or every one again
        (mutt's limit to new): the ids known at its end (known.json) left out of the search."""
        self.new_only = not self.new_only
        self.unread_only = False
        self.start_search()

    def action_brief_marked(self) -> None:
        results = self.query_one(ResultList)
        marked = [h.id for h in results.hits if h.id in results.marked]
        marked += sorted(results.marked - set(marked))
        if not marked:
            self.action_brief_document()
            return
        plural = "s" if len(marked) != 1 else ""
        self._brief(marked, MARKED, f"{len(marked)} marked document{plural}")

    def action_brief_results(self) -> None:
        if self.result is None or not self.result.hits:
            return
        query = self.result.query
        shown = min(self.result.total, core_calls.BRIEF_LIMIT)
        about = "the library" if query in ("", core_calls.ALL_DOCUMENTS) else query
        title = f"Results for {about}" + (f" (top {shown})" if shown < self.result.total else "")
        self._brief(None, "results", title)

    def _brief(self, ids: list[str] | None, scope: str, title: str) -> None:
        self._set_reader_stale(False)
        self.scope = scope
        self.brief_token += 1
        query = self.result.query if self.result is not None else None
        self.brief_worker(self.brief_token, ids, scope, title, query)
        self._note_briefing_soon(self.brief_token, f"Briefing {title}…")
        self._show_tab("briefing")

    def action_brief_document(self) -> None:
        self.scope = DOCUMENT
        if self._briefing_facets is not None:
            self._briefing_facets = None  # the sidebar lists the results' facets again
            self._show_sidebar()
        self.brief_token += 1  # a joint briefing still on its way is no longer wanted
        self._show_tab("briefing")
        if self.history.current is not None:
            self._load(self.history.current, None)

    def action_export(self) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        default = core_calls.default_export_path(briefing, Path.cwd(), date.today())

        def write(choice: ExportChoice) -> str:
            """Raises on an unwritable path: the dialog shows why and stays open."""
            path = Path(choice.path)
            return str(core_calls.export_markdown(briefing, path, overwrite=choice.overwrite))

        def done(written: str | None) -> None:
            if written is None:
                return
            # the folder, then the file name whole, over as many lines as they take
            lines = path_lines(safe(written), self._note_width(), str(Path.home()))
            self.app.notify("\n".join(["Briefing exported to:", *lines]), markup=False)

        self.app.push_screen(ExportScreen(str(default), write), done)

    def check_for_changes(self) -> None:
        """Sync the library quietly: files added, changed or deleted since the index was last
        written show up without `r`. The strip and a note appear only if there is work."""
        if self.library is None or self.indexing or not core_calls.library_paths():
            return
        self._checking = True
        self.action_reindex()

    def action_reindex(self) -> None:
        if self.library is None or self.indexing:
            return
        paths = core_calls.library_paths()
        if not paths:
            self.app.notify("The library is empty: start with 'briefer PATH'.", markup=False)
            return
        self.indexing = True
        self._last_refresh = time.monotonic()
        if not self._checking:
            self.query_one(IndexStatus).start()
        self.refresh_bindings()
        self._stop_indexing = threading.Event()
        self.index_worker(paths, self._stop_indexing)

    def action_show_skipped(self) -> None:
        self.app.push_screen(SkippedScreen(self.skipped))

    def action_cancel_index(self) -> None:
        self._stop_indexing.set()
        self.app.notify("Cancelling indexing…", markup=False)

    def on_index_progress(self, message: IndexProgress) -> None:
        status = self.query_one(IndexStatus)
        if self._checking and not status.has_class("-running"):
            status.start()  # the check found files to index: now it is worth showing
            self.refresh_bindings()  # and `x` cancels it
        status.advance(message.done, message.total)
        now = time.monotonic()
        if now - self._last_refresh >= REFRESH_WHILE_INDEXING:
            self._last_refresh = now
            self.start_search(keep_rows=True)  # documents committed so far appear as it runs

    def on_index_finished(self, message: IndexFinished) -> None:
        checking = self._checking
        self._finish_indexing()
        if not message.failed:
            self.skipped = message.skipped
            self.refresh_bindings()  # `I` lists them, or not
        if message.failed:
            if checking:  # e.g. another briefer is indexing: the index read so far stands
                note = f"The library could not be checked for changes: {message.summary}"
                self.app.notify(note, severity="warning", markup=False, timeout=8)
                return
            note = f"Indexing failed: {message.summary}"
            self.app.notify(note, severity="error", markup=False, timeout=10)
            return
        if checking and not message.changed and not message.cancelled:
            return  # the index was up to date: nothing to say, nothing to refresh
        text = (
            "Indexing cancelled"
            if message.cancelled
            else "Library updated"
            if checking
            else "Indexing done"
        )
        hint = " (I lists them)" if message.skipped else ""
        self.app.notify(f"{text}: {message.summary}{hint}", markup=False)
        self.start_search(keep_rows=True)
        self.ids_worker(say=False)  # what came in is new (the note above said it came)

    def _finish_indexing(self) -> None:
        self.indexing = False
        self._checking = False
        self.sync_on_open = False
        self.query_one(IndexStatus).stop()
        self.refresh_bindings()

    def action_back(self) -> None:
        doc_id = self.history.back()
        if doc_id is not None:
            self._load(doc_id, None)

    def action_forward(self) -> None:
        doc_id = self.history.forward()
        if doc_id is not None:
            self._load(doc_id, None)

    def action_show_tab(self, tab: str) -> None:
        self._show_tab(tab)

    def _show_tab(self, tab: str, *, focus: bool = False) -> None:
        """Show the Briefing or Document tab. Its view takes the focus when asked, or when the
        focus was in the tab now hidden (or nowhere): a hidden widget loses the focus, and the
        keys typed next would reach no pane."""
        reader = self.query_one("#reader", TabbedContent)
        focused = self.focused
        was_inside = focused is None or reader in focused.ancestors
        if tab == "briefing":
            self._from_citation = False  # back at the briefing, by `1` or by Escape
        reader.active = tab
        if focus or was_inside:
            self.set_focus(self.query_one(BriefingView if tab == "briefing" else DocumentView))
        self.refresh_bindings()  # `/` finds, or not

    def action_toggle_entities(self) -> None:
        if self.has_class("-cramped"):
            note = f"No room for the sidebar below {SIDEBAR_ROOM} columns: z reads at full width"
            self.app.notify(note, markup=False)
            return
        self.toggle_class("-toggle-entities")
        self.call_after_refresh(self._focus_a_pane)

    def action_toggle_wide_reader(self) -> None:
        """`z`: the reading pane takes the whole width, the results and the sidebar hidden: at
        80 columns it has 46, a briefing line wraps every six words. The reading pane keeps
        (or takes) the focus; `z` again brings the results back, with the focus in them."""
        if self.has_class("-wide-reader"):
            self._back_to_results()
            return
        self.add_class("-wide-reader")
        if not self._in_reading_pane():
            tab = self.query_one("#reader", TabbedContent).active
            self.set_focus(self.query_one(DocumentView if tab == "document" else BriefingView))
        self.refresh_bindings()  # the footer's `z` goes: Escape (Back) brings the results

    def _back_to_results(self) -> None:
        """The results shown (if `z` hid them) and focused: `z` again, or Escape from a pane."""
        self.remove_class("-wide-reader")
        self.set_focus(self.query_one(ResultList))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Whatever moves the focus to the search box or the results (Ctrl+F, `/` without a
        document, following an actor) shows them again: a hidden pane must not take keys."""
        if self.has_class("-wide-reader") and self.query_one("#left") in event.widget.ancestors:
            self.remove_class("-wide-reader")
        self.query_one(IndexStatus).set_typing(isinstance(event.widget, Input))

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < SIDEBAR_ROOM, "-cramped")
        self.call_after_refresh(self._focus_a_pane)  # narrower: the sidebar may be gone

    def on_result_count_resized(self) -> None:
        self._show_count()  # its order said or not, for the new width

    def _focus_a_pane(self) -> None:
        """The results take the focus when the pane that had it was hidden (the sidebar, by
        `f` or a narrower terminal): else the keys typed next would reach no pane."""
        focused = self.focused
        lost = focused is None or not focused.display  # hidden, or losing the focus soon
        if lost and not self.has_class("-empty") and self.is_current:
            self.set_focus(self.query_one(ResultList))

    def _in_search_box(self) -> bool:
        return self.focused is not None and self.focused.id == "search"

    def _in_reading_pane(self) -> bool:
        return isinstance(self.focused, (BriefingView, DocumentView))

    def _back_to_citation(self) -> bool:
        """The Document tab has the focus on a paragraph a briefing item cited: one step
        back is that item, not the results."""
        return (
            self._from_citation
            and isinstance(self.focused, DocumentView)
            and self.query_one(BriefingView).briefing is not None
        )

    def action_clear_filter(self) -> None:
        """Escape backs out one step: from the cited paragraph a briefing item jumped to, to
        that item in the Briefing tab (as a browser's Back after a link); from the search box
        (where letters type) or a reading pane to the results (shown again if `z` hid them);
        from the results or the sidebar it drops the entity filter."""
        if self._back_to_citation():
            self._show_tab("briefing", focus=True)  # the item keeps its highlight
            return
        if self._in_search_box() or self._in_reading_pane():
            self._back_to_results()
            return
        if not self.filters:
            return
        self._record_shown()
        self.filters = []
        self.query_one(EntitySidebar).active = None
        self.start_search()

    # ---- open and copy (o, y) --------------------------------------------------------------

    def _acting_pane(self) -> str:
        """What `o` and `y` act on: the focused pane (results, briefing or document), as Enter
        and Space do; from elsewhere (the sidebar, the palette) the tab shown."""
        focused = self.focused
        if isinstance(focused, ResultList):
            return "results"
        if isinstance(focused, BriefingView):
            return "briefing"
        if isinstance(focused, DocumentView):
            return "document"
        return self.query_one("#reader", TabbedContent).active or "briefing"

    def _acted_documents(self, pane: str) -> list[tuple[str, str]]:
        """(id, path) of the highlighted result, then of the document shown, those there are
        (the other way round for the Document pane): what `o`, `y` and `m` act on, first."""
        hit = self.query_one(ResultList).current_hit()
        shown = self.query_one(DocumentView).document
        found = [(d.id, d.path) for d in (hit, shown) if d is not None]
        if pane == "document":
            found.reverse()
        return found

    def _document_path(self, pane: str) -> str | None:
        """The file of the highlighted result, else of the document shown (the other way round
        for the Document pane)."""
        return next((path for _, path in self._acted_documents(pane) if path), None)

    def _like_target(self, pane: str) -> tuple[str, str] | None:
        """(id, path) of the document `m` finds more like, chosen as `o` and `y` choose."""
        return next(iter(self._acted_documents(pane)), None)

    def action_more_like(self) -> None:
        """`m`: the documents like the highlighted result (or the document shown): the search
        box gets `like:"PATH"` and the results are those documents, most alike first."""
        target = self._like_target(self._acting_pane())
        if target is not None:
            self.replace_query(like_clause(*target, home=os.path.expanduser("~")))

    def _briefing_item(self, pane: str) -> tuple[Item, SourceRef | None] | None:
        return self.query_one(BriefingView).highlighted_item() if pane == "briefing" else None

    def action_open_file(self) -> None:
        """`o`: the file in the system's viewer (a briefing item: the file it cites). Opened to
        read, it counts as read, as Enter's does."""
        pane = self._acting_pane()
        chosen = self._briefing_item(pane)
        source = chosen[1] if chosen is not None else None
        path = source.path if source is not None else self._document_path(pane)
        if path is None:
            return
        try:
            opener.open_in_viewer(path)
        except opener.OpenFailed as exc:
            self._notify_error(str(exc))
            return
        self.query_one(ResultList).mark_read(document_id(path))
        self.app.notify(safe(f"Opening {Path(path).name}"), markup=False)

    def action_copy(self) -> None:
        """`y`: a briefing item as a citation, else the document's path, to the clipboard."""
        pane = self._acting_pane()
        chosen = self._briefing_item(pane)
        if chosen is not None:
            text = citation(*chosen)
            note = f"Copied citation: {preview(reference(*chosen))}"
        else:
            path = self._document_path(pane)
            if path is None:
                return
            text, note = path, f"Copied path:\n{fit_path(safe(path), self._note_width())}"
        self.app.copy_to_clipboard(text)
        self.app.notify(note, markup=False)  # titles and paths may hold brackets: never markup

    def _note_width(self) -> int:
        """The cells of text in a toast: Textual's are 60 wide, at most half their rack (the
        screen less its scrollbar), less a border and padding (a path cut to this is not
        broken mid-word by the toast's wrap)."""
        rack = self.app.size.width - TOAST_RACK_SCROLLBAR
        return min(TOAST_WIDTH, rack // 2) - TOAST_FRAME

    # ---- saved searches --------------------------------------------------------------------

    def current_query(self) -> str:
        """The query the results show: the typed text and the entity filter, if any."""
        return compose_query(self.query_one("#search", Input).value, self.filters)

    def saved_searches(self) -> dict[str, str]:
        """Saved searches, name -> query (read from the settings once, then kept)."""
        if self._saved is None:
            try:
                self._saved = core_calls.saved_searches()
            except (OSError, BrieferError) as exc:
                self._notify_error(f"Saved searches could not be read: {exc}")
                return {}
        return self._saved

    def action_save_search(self) -> None:
        query = self.current_query()
        if not query:
            return

        def done(name: str | None) -> None:
            if not name:
                return
            replaced = name in self.saved_searches()
            try:
                self._saved = core_calls.save_search(name, query)
            except (OSError, BrieferError) as exc:
                self._notify_error(f"The search could not be saved: {exc}")
                return
            verb = "replaced" if replaced else "saved"
            self.app.notify(safe(f"Search {verb} as '{name}' (L lists them)"), markup=False)

        taken = frozenset(self.saved_searches())
        self.app.push_screen(SaveSearchScreen(query, taken), done)

    def action_saved_searches(self) -> None:
        saved = self.saved_searches()
        if not saved:
            note = "No saved searches yet: S saves the current one."
            self.app.notify(note, markup=False)
            return

        def done(choice: SavedChoice | None) -> None:
            if choice is None:
                return
            if choice.forget:
                try:
                    self._saved = core_calls.forget_searches(choice.forget)
                except (OSError, BrieferError) as exc:
                    self._notify_error(f"Saved searches could not be changed: {exc}")
            if choice.run is not None:
                self.run_saved_search(choice.run)

        self.app.push_screen(SavedSearchesScreen(saved), done)

    def run_saved_search(self, name: str) -> None:
        """Show the results of the saved search `name` (its query replaces the typed one)."""
        query = self.saved_searches().get(name)
        if query is None:
            return
        self.replace_query(query)

    def on_actor_chosen(self, message: ActorChosen) -> None:
        """Follow an actor of the briefing across the library: every document naming it."""
        self.replace_query(f"entity:{quote_term(message.name)}")

    def replace_query(self, query: str) -> None:
        """Search for `query` instead of what was typed (and without a filter), from the
        results: the box shows it, so it can be edited or cleared as if typed. The search left
        and this one are history stops (Alt+Up goes back)."""
        self._record_shown()
        self._jumped = True
        self.filters = []
        self.query_one(EntitySidebar).active = None
        box = self.query_one("#search", Input)
        if box.value == query:
            self.start_search()
        else:
            box.value = query  # the box's Changed event searches
            box.cursor_position = len(query)
            # the end in view, as the cursor is: a long `like:"~/news/…/file.md"` shows its
            # file name (the box scrolls to its cursor before it has laid the new text out)
            self.call_after_refresh(lambda: box.scroll_to(x=box.max_scroll_x, animate=False))
        self.query_one(ResultList).focus()

    def _notify_error(self, note: str) -> None:
        self.app.notify(safe(note), severity="error", markup=False, timeout=8)

    def action_use_suggestion(self) -> None:
        suggestion = self._suggestion
        if suggestion:
            self.query_one("#search", Input).value = suggestion
