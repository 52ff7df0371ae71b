"""`Library`: the indexed documents of the user's folders, behind one small interface.

Everything else in briefer talks to the index through this class, so that another engine can
stand behind the same methods later.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from whoosh.index import Index
from whoosh.qparser import QueryParser
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from briefer import config
from briefer.errors import BrieferError, UsageError
from briefer.index import storage
from briefer.index.like import LikeResolver
from briefer.index.query import make_parser, parse_query
from briefer.index.records import analysis_from, unpack
from briefer.index.schema import CONTENT_VERSION, SCHEMA_VERSION
from briefer.index.search import FacetTable, SearchResult, Sort, run_search
from briefer.index.sync import (
    LIMIT_MB,
    BatchWriter,
    ProgressFn,
    SyncReport,
    iter_roots,
    make_plan,
    run_plan,
)
from briefer.sources.document import Document
from briefer.sources.sanitize import display_path
from briefer.worker_pool import CancelFn, default_workers

if TYPE_CHECKING:  # read back only by `analysis()`; searching never loads the analysis code
    from briefer.analysis.model import Analysis

EMPTY_HINT = "the library is empty; add a folder with 'briefer index PATH'"


_WRITE_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}
)


def _is_write_failure(exc: BaseException) -> bool:
    """A full disk, a file size limit, a read-only or forbidden folder: not damage."""
    return isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS


def _lock_timeout() -> float:
    try:
        return float(os.environ.get("BRIEFER_LOCK_TIMEOUT", storage.DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return storage.DEFAULT_LOCK_TIMEOUT


class Library:
    """The index under `index_dir` (default: `config.index_dir()`).

    Reading methods open the index lazily and reuse one searcher, reopened when a sync (by this
    or any other Library) has committed since. `sync` holds an OS lock for its whole run; a
    second one waits up to `lock_timeout` seconds (env `BRIEFER_LOCK_TIMEOUT`, default 30) and
    then fails. `workers` analysis processes (default: one per core) and a commit every `batch_size`
    documents: each commit is a segment that every search visits, so batches are large
    (2,000: five segments at 10,000 documents, and a short sixth that ends the run: see
    `sync.TAIL_SHARE`) at the price of redoing up to one batch after a kill.
    """

    def __init__(
        self,
        index_dir: str | Path | None = None,
        *,
        lock_timeout: float | None = None,
        workers: int | None = None,
        batch_size: int = 2000,
    ) -> None:
        self.index_dir = Path(index_dir) if index_dir is not None else config.index_dir()
        self.lock_timeout = _lock_timeout() if lock_timeout is None else lock_timeout
        self.workers = default_workers() if workers is None else workers
        self.batch_size = batch_size
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._facets: FacetTable | None = None
        self._likes: LikeResolver | None = None  # `like:` clauses on the searcher in use
        self._parser: QueryParser | None = None
        self._folder_id: tuple[int, int] | None = None  # the index folder the searcher is on

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._facets = None
        self._likes = None
        self._parser = None  # built on the schema, which a rebuild may change
        self._ix = None

    def exists(self) -> bool:
        return storage.index_exists(self.index_dir)

    def _index(self) -> Index:
        if self._ix is None:
            if not self.exists():
                raise BrieferError(EMPTY_HINT)
            if not storage.version_matches(self.index_dir):
                found = storage.stored_schema_version(self.index_dir)
                raise BrieferError(
                    f"the index was built with schema version {found or 'unknown'} and this "
                    f"briefer uses {SCHEMA_VERSION}; run 'briefer index' to rebuild it"
                )
            self._ix = storage.open_index(self.index_dir)
        return self._ix

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Whoosh errors from damaged files become one line that says how to recover."""
        try:
            yield
        except storage.DAMAGE_ERRORS as exc:
            self.close()
            raise storage.damaged(self.index_dir, exc) from exc

    def _current(self) -> Searcher:
        """The searcher on the index as it is on disk now: reopened when another Library (another
        process, the reader's background sync) has committed or swapped in a rebuild since.

        Never `Searcher.refresh()`: it keeps the readers of segments whose ids did not change,
        with the deletions they had (a replaced or deleted document stays listed), and adds the
        old reader's segments that a merge removed (`search("*").total` 6 for 2 documents). The
        check costs ~10 µs (a listing of the index folder and a `stat` of it); reopening a
        searcher happens only after a change.
        """
        if self._searcher is not None and not self._up_to_date(self._searcher):
            self.close()
        if self._searcher is None:
            # Taken before opening: a swap in between only costs one more reopen.
            self._folder_id = storage.folder_identity(self.index_dir)
            self._searcher = self._index().searcher()
        return self._searcher

    def _up_to_date(self, searcher: Searcher) -> bool:
        """Whether `searcher` still shows the index: the same folder (a rebuild swaps in a new
        one, whose generation can equal the old one's) at the same generation. A searcher on
        an empty index never is (Whoosh's empty reader has no generation), so it is reopened."""
        if storage.folder_identity(self.index_dir) != self._folder_id:
            return False
        return bool(searcher.up_to_date())

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        """Documents in the index (0 when there is no index yet)."""
        if not self.exists():
            return 0
        with self._reading():
            return int(self._current().doc_count())

    def ids(self) -> list[str]:
        """Ids of every indexed document (sorted; empty when there is no index)."""
        if not self.exists():
            return []
        manifest = storage.load_manifest(self.index_dir)
        return sorted({e.doc_id for e in manifest.values() if e.doc_id})

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        sort: Sort = "relevance",
        snippets: bool = True,
        offset: int = 0,
        read: Collection[str] | None = None,
        unread_only: bool = False,
        only: Collection[str] | None = None,
    ) -> SearchResult:
        """Search the library: the hits ranked `offset .. offset + limit` (a page; empty past
        the end), with the total and facets over every match. Given the ids `read`, the result
        counts the unread matches, and `unread_only` lists only those; given `only`, the
        matches are among those ids alone. Raises UsageError (exit 2) for a query that cannot
        be parsed or a negative offset."""
        if offset < 0:
            raise UsageError(f"the offset must be 0 or more, not {offset}")
        with self._reading():
            searcher = self._current()
            if self._parser is None:
                self._parser = make_parser(searcher.schema)
            if self._likes is None or self._likes.searcher is not searcher:
                self._likes = LikeResolver(searcher)
            parsed = parse_query(self._parser, query, like=self._likes)
            if self._facets is None or self._facets.searcher is not searcher:
                self._facets = FacetTable(searcher)
            return run_search(
                searcher,
                parsed,
                limit=limit,
                sort=sort,
                snippets=snippets,
                facets=self._facets,
                offset=offset,
                read=read,
                unread_only=unread_only,
                only=only,
            )

    def document(self, doc_id: str) -> Document | None:
        """The stored Document (no file is reopened), or None if the id is not indexed."""
        with self._reading():
            stored = self._stored(doc_id)
            return Document.from_dict(unpack(stored["doc"])) if stored else None

    def analysis(self, doc_id: str) -> Analysis | None:
        """The stored Analysis, or None if the id is not indexed."""
        with self._reading():
            stored = self._stored(doc_id)
            if stored is None:
                return None
            text = unpack(stored["doc"])["text"]
            return analysis_from(unpack(stored["analysis"]), text)

    def _stored(self, doc_id: str) -> dict[str, Any] | None:
        if not self.exists():
            return None
        found: dict[str, Any] | None = self._current().document(id=doc_id)
        return found

    # -- writing ---------------------------------------------------------------------------

    def sync(
        self,
        paths: Sequence[str | Path],
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        max_bytes: int | None = None,
    ) -> SyncReport:
        """Make the index mirror the supported files under `paths` (the whole library).

        Files that are new or changed are indexed, files gone are removed; a folder in `paths`
        that does not exist right now keeps its documents. `progress(done, total)` is called
        as files are written; `cancel()` returning True stops after the current file, with
        everything written so far committed.
        """
        started = time.monotonic()
        limit = config.load_settings().max_file_bytes if max_bytes is None else max_bytes
        with storage.sync_lock(self.index_dir, self.lock_timeout):
            self.close()
            try:
                report = self._sync_locked(paths, rebuild, progress, cancel, limit)
            except storage.DAMAGE_ERRORS as exc:
                if _is_write_failure(exc):
                    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                    folder = display_path(self.index_dir)
                    raise BrieferError(f"cannot write the index in {folder}: {reason}") from exc
                if rebuild:
                    raise storage.damaged(self.index_dir, exc) from exc
                # The files are the source of truth: an unreadable index is built again.
                self.close()
                report = self._sync_locked(paths, True, progress, cancel, limit, damaged=True)
                detail = " ".join(str(exc).split())[:120] or type(exc).__name__
                report.messages = [
                    f"the index could not be read ({display_path(detail)}); rebuilt it"
                ]
        report.seconds = time.monotonic() - started
        return report

    def _sync_locked(
        self,
        paths: Sequence[str | Path],
        rebuild: bool,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        limit: int,
        *,
        damaged: bool = False,
    ) -> SyncReport:
        report = SyncReport()
        ix, fresh, folder, reader = self._open_for_sync(rebuild, report)
        if folder == self.index_dir:
            try:
                self._sync_into(ix, fresh, folder, reader, paths, report, progress, cancel, limit)
            finally:
                if reader is not None:
                    reader.close()
            return report
        # A rebuild is written beside the index that keeps serving, and swapped in at the end.
        try:
            self._sync_into(ix, fresh, folder, None, paths, report, progress, cancel, limit)
        except BaseException:
            storage.discard_build(self.index_dir)
            raise
        if report.cancelled and not damaged and storage.version_matches(self.index_dir):
            storage.discard_build(self.index_dir)
            report.messages.append("rebuild cancelled; the previous index is kept")
            report.documents = storage.document_count(storage.open_index(self.index_dir))
        else:
            storage.swap_in(folder, self.index_dir)
        return report

    def _sync_into(
        self,
        ix: Index,
        fresh: bool,
        folder: Path,
        reader: IndexReader | None,
        paths: Sequence[str | Path],
        report: SyncReport,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        limit: int,
    ) -> None:
        """Bring the index `ix` in `folder` in line with the files under `paths`. `reader`, if
        given, is open on `ix` as it stands; the first writer finds documents with it."""
        from briefer.sources import discover

        manifest = storage.load_manifest(folder)
        orphans = self._reconcile(ix, manifest)
        roots = iter_roots(paths)
        found = discover(roots, limit)
        missing = [r for r in roots if not r.exists()]
        plan = make_plan(found.files, manifest, missing, found.stats)
        for skip in found.skips:
            if Path(skip.path) in missing:
                reason = "not found; its documents are kept until it is back"
                report.skipped.append((str(skip.path), reason))
            else:
                report.skipped.append((str(skip.path), skip.reason))
        report.skipped.extend(plan.skipped)
        report.unchanged = plan.unchanged
        if plan.load or plan.delete or plan.touched or orphans:
            writer = BatchWriter(
                lambda: ix.writer(limitmb=LIMIT_MB, timeout=self.lock_timeout),
                folder,
                manifest,
                fresh=fresh,
                batch_size=self.batch_size,
                reader=reader,
            )
            try:
                for doc_id in orphans:
                    writer.delete_id(doc_id)
                run_plan(
                    plan, writer, report, workers=self.workers, progress=progress, cancel=cancel
                )
            except BaseException:
                with suppress(*storage.DAMAGE_ERRORS):
                    writer.cancel()  # Whoosh may fail again while closing the segment
                raise
        report.documents = storage.document_count(ix)

    def _open_for_sync(
        self, rebuild: bool, report: SyncReport
    ) -> tuple[Index, bool, Path, IndexReader | None]:
        """Open the index for writing, creating it if there is none: the index, True if it
        starts empty, its folder, and a reader open on every segment of an existing index
        (opening it shows damage before anything is written; the caller closes it). A rebuild
        gets a new index in a folder of its own, so the old one serves searches until the new
        one is complete (a killed rebuild loses nothing)."""
        folder = self.index_dir
        if rebuild and storage.index_exists(folder):
            report.messages.append("rebuilding the index from scratch (--rebuild)")
            return (*self._new_build(), None)
        if not storage.index_exists(folder):
            return storage.create_index(folder), True, folder, None
        found = storage.stored_schema_version(folder)
        if found != SCHEMA_VERSION:
            report.messages.append(
                f"the index schema changed (version {found or 'unknown'} -> {SCHEMA_VERSION}); "
                "rebuilding the index"
            )
            return (*self._new_build(), None)
        if storage.stored_content_version(folder) < CONTENT_VERSION:
            # Unchanged files would keep what an older loader read from them (dates above
            # all) until a --rebuild: every file is read again, beside the index in use.
            report.messages.append(
                "briefer now reads documents better than when this index was built; "
                "indexing every file again"
            )
            return (*self._new_build(), None)
        storage.discard_build(folder)  # what a killed rebuild left
        ix = storage.open_index(folder)
        reader = ix.reader()  # opens every segment: damage shows here (~50 ms at 10k)
        try:
            reader.doc_count()
        except BaseException:
            reader.close()
            raise
        return ix, storage.document_count(ix, deleted=True) == 0, folder, reader

    def _new_build(self) -> tuple[Index, bool, Path]:
        build = storage.build_folder(self.index_dir)
        return storage.create_index(build), True, build

    def _reconcile(self, ix: Index, manifest: storage.Manifest) -> list[str]:
        """After a killed run the manifest and the index can disagree by one batch: drop
        manifest entries whose document is missing (they are indexed again) and return ids of
        documents the manifest does not know (they are deleted, then re-added if still there)."""
        indexed_ids = {e.doc_id for e in manifest.values() if e.doc_id is not None}
        if storage.document_count(ix) == len(indexed_ids):
            return []
        with ix.searcher() as searcher:
            present = {
                str(searcher.stored_fields(docnum)["id"])
                for docnum in searcher.reader().all_doc_ids()
            }
        for key in [k for k, e in manifest.items() if e.doc_id and e.doc_id not in present]:
            del manifest[key]
        return sorted(present - indexed_ids)
