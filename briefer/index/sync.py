"""Bring the index in line with the files under the library's folders.

The plan compares each discovered file with the manifest: same size and mtime (from the one
`stat` discovery made) means unchanged; otherwise the content hash decides. New and changed
files are loaded and analysed (in worker processes when there are many) and written by the
single Whoosh writer, which commits every `batch_size` documents so that a killed run loses at
most one batch; the manifest is rewritten after each commit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.reading import IndexReader
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from briefer import worker_pool
from briefer.index.commit_postings import speed_up_commit
from briefer.index.records import document_fields
from briefer.index.storage import Entry, Manifest, save_manifest
from briefer.sources.discovery import FileStat
from briefer.sources.document import content_hash
from briefer.sources.sanitize import display_path
from briefer.worker_pool import CancelFn

ProgressFn = Callable[[int, int], None]

# Above this many files to load, analysis runs in worker processes. Measured with
# bench/bench_sync_threshold.py (a fresh index of 600-word files in one process and in two
# workers, alternated; what the CPU times make on two idle cores): the first file is analysed
# here and the workers are forked after it, with its tables (`prepared_stream`), so the pool
# costs its start and splits the other files in chunks of `CHUNK`. Up to 9 files it gains
# nothing (one chunk: one worker does it all), it breaks even about 12 and takes 17% less time
# at 16 files, 26% at 32 and 35% at 64, for 2-5% more CPU time in all.
PARALLEL_THRESHOLD = 12
# The same when the workers start from a fork server (the reader syncs from a thread: see
# `worker_pool.start_context`), without this process's tables: each loads them afresh, about a
# second of CPU time, while this process (the reader, having shown a briefing) has them.
# Measured as above, syncing from a thread after one analysis (`--reader`): against ~17 ms a
# file here, the pool took 3.5 times as long at 16 files, 2.1 at 32, 1.3 at 64, 1.07 at 96 and
# 0.97 at 128; it breaks even at about 120.
COLD_PARALLEL_THRESHOLD = 120
# Paths handed to a worker per task: fewer round trips, still a smooth progress bar.
CHUNK = 8
LIMIT_MB = 128
# The writer commits the last batch only once every document is in, when no analysis is left
# to run beside it: a whole batch's commit (about 1.9 ms a document, against 6.3 ms of
# analysis) left the other cores idle for seconds at the end of a large sync. So once a run,
# when the documents still to come are at most a third of those pending, the pending ones are
# committed at once while the workers analyse the rest, and the last commit is a short one
# (the price: one more segment).
TAIL_SHARE = 3
# A run loading more than a batch commits its first documents early, so that the reader lists
# some within seconds of a large folder's first indexing instead of after a whole batch (2,000
# documents, over a minute on two cores); the price is one small segment, merged later.
FIRST_COMMIT = 200


@dataclass
class SyncReport:
    """What a sync did. Paths are as discovered; `skipped` pairs a path with a one-line reason."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0
    documents: int = 0
    messages: list[str] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "unchanged": self.unchanged,
            "documents": self.documents,
            "messages": self.messages,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Plan:
    """Files to load (new or changed), ids to delete, and entries that only need a new mtime."""

    load: list[tuple[str, bool]] = field(default_factory=list)  # (path, is_new)
    delete: list[str] = field(default_factory=list)  # manifest keys
    touched: dict[str, Entry] = field(default_factory=dict)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Prepared:
    """A file loaded and analysed in a worker: its manifest entry and the fields to write."""

    path: str
    entry: Entry
    fields: dict[str, Any] | None


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _hash_file(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return content_hash(handle.read())
    except OSError:
        return None


def make_plan(
    files: Sequence[Path],
    manifest: Manifest,
    kept_roots: Sequence[Path] = (),
    stats: Mapping[Path, FileStat] | None = None,
) -> Plan:
    """Compare discovered `files` with the manifest. Entries under `kept_roots` (folders that
    are missing right now, say an unmounted drive) are kept rather than deleted. `stats` are
    the sizes and mtimes discovery saw; a file without one is stat'ed here."""
    plan = Plan()
    seen: set[str] = set()
    for file in files:
        key = str(file)
        seen.add(key)
        known = stats.get(file) if stats is not None else None
        if known is None:
            st = _stat(key)
            if st is None:
                plan.skipped.append((key, "vanished while reading"))
                continue
            known = FileStat(st.st_size, st.st_mtime_ns)
        entry = manifest.get(key)
        if entry is None:
            plan.load.append((key, True))
            continue
        if entry.size == known.size and entry.mtime_ns == known.mtime_ns:
            if entry.doc_id is None:
                plan.skipped.append((key, entry.reason or "skipped"))
            else:
                plan.unchanged += 1
            continue
        digest = _hash_file(key) if entry.size == known.size else None
        if digest is not None and digest == entry.hash and entry.doc_id is not None:
            plan.touched[key] = Entry(known.size, known.mtime_ns, digest, entry.doc_id)
            plan.unchanged += 1
        else:
            plan.load.append((key, False))
    kept = [str(root) for root in kept_roots]
    for key in manifest:
        if key not in seen and not any(_is_under(key, root) for root in kept):
            plan.delete.append(key)
    return plan


def _is_under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def prepare(path: str) -> Prepared:
    """Load and analyse one file (runs in a worker process)."""
    from briefer.analysis import analyse
    from briefer.sources import LoadError, load_document

    st = _stat(path)
    size, mtime_ns = (st.st_size, st.st_mtime_ns) if st else (0, 0)
    try:
        doc = load_document(path)
    except LoadError as exc:
        reason = str(exc)
        for prefix in (f"{display_path(path)}: ", f"{path}: "):
            if reason.startswith(prefix):
                reason = reason[len(prefix) :]
                break
        return Prepared(path, Entry(size, mtime_ns, _hash_file(path) or "", None, reason), None)
    fields = document_fields(doc, analyse(doc))
    return Prepared(path, Entry(size, mtime_ns, doc.content_hash, doc.id), fields)


def parallel_threshold() -> int:
    """`PARALLEL_THRESHOLD` if the workers would be forked from this process, else
    `COLD_PARALLEL_THRESHOLD`."""
    forked = worker_pool.start_context().get_start_method() == "fork"
    return PARALLEL_THRESHOLD if forked else COLD_PARALLEL_THRESHOLD


def in_parallel(files: int, workers: int) -> bool:
    """Whether `files` are analysed in a pool of `workers` processes (else one by one here)."""
    return worker_pool.in_parallel(files, workers, parallel_threshold())


def prepared_stream(
    paths: Sequence[str], workers: int, cancel: CancelFn | None
) -> Iterator[Prepared]:
    """Prepared files in order; in a process pool (bounded in flight) when there are many, the
    first file here before the pool starts (see `worker_pool.ordered_results`)."""
    return worker_pool.ordered_results(
        prepare,
        paths,
        workers,
        threshold=parallel_threshold(),
        chunk=CHUNK,
        cancel=cancel,
        first_here=True,
    )


class BatchWriter:
    """The single Whoosh writer: opens lazily, commits every `batch_size` documents and then
    saves the manifest, so the index and the manifest agree after each commit.

    `reader` is a reader the caller already opened on the index as it stands (sync opens one
    to find damage early). The first writer finds the documents it replaces or deletes with it
    instead of opening every segment a second time (about 40 ms at 10,000 documents); after a
    commit the segments differ and Whoosh's own reader is used. The caller closes it.
    """

    def __init__(
        self,
        open_writer: Callable[[], IndexWriter],
        folder: Path,
        manifest: Manifest,
        *,
        fresh: bool,
        batch_size: int,
        reader: IndexReader | None = None,
    ) -> None:
        self._open_writer = open_writer
        self._folder = folder
        self.manifest = manifest
        self._fresh = fresh
        self.batch_size = batch_size
        self._writer: IndexWriter | None = None
        self._pending = 0
        self._reader = reader
        self._searcher: Searcher | None = None

    def _w(self) -> IndexWriter:
        if self._writer is None:
            self._writer = speed_up_commit(self._open_writer())
            if self._reader is not None and not _same_segments(self._reader, self._writer):
                self._drop_reader()
        return self._writer

    def _delete_term(self, doc_id: str) -> None:
        writer = self._w()
        if self._reader is not None and self._searcher is None:
            self._searcher = Searcher(self._reader, closereader=False)
        writer.delete_by_term("id", doc_id, searcher=self._searcher)

    def _drop_reader(self) -> None:
        if self._searcher is not None:
            self._searcher.close()  # leaves the reader open (closereader=False)
            self._searcher = None
        self._reader = None

    def write(self, key: str, entry: Entry, fields: dict[str, Any]) -> None:
        if self._fresh:
            self._w().add_document(**fields)
        else:
            # What `update_document` does (`id` is the one unique field), with our reader.
            self._delete_term(fields["id"])
            self._w().add_document(**fields)
        self.manifest[key] = entry
        self._count()

    def delete(self, key: str) -> None:
        entry = self.manifest.pop(key, None)
        if entry is not None and entry.doc_id is not None:
            self._delete_term(entry.doc_id)
        self._count()

    def delete_id(self, doc_id: str) -> None:
        """Delete a document the manifest does not know (left by a killed run)."""
        self._delete_term(doc_id)

    def record(self, key: str, entry: Entry) -> None:
        """A manifest-only change (a skip or a new mtime); saved with the next commit."""
        old = self.manifest.get(key)
        if entry.doc_id is None and old is not None and old.doc_id is not None:
            self._delete_term(old.doc_id)
        self.manifest[key] = entry

    @property
    def pending(self) -> int:
        """Documents written or deleted since the last commit."""
        return self._pending

    def _count(self) -> None:
        self._pending += 1
        if self._pending >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        self._drop_reader()  # what it reads is about to change
        if self._writer is not None:
            self._writer.commit()
            self._writer = None
        self._pending = 0
        save_manifest(self._folder, self.manifest)

    def cancel(self) -> None:
        self._drop_reader()
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None


def _same_segments(reader: IndexReader, writer: IndexWriter) -> bool:
    """Whether `reader` numbers documents as `writer` does (the same segments, in order)."""
    mine = [r.segment() for r, _ in reader.leaf_readers()]
    theirs = list(getattr(writer, "segments", ()))
    return len(mine) == len(theirs) and all(
        a is not None and a.segment_id() == b.segment_id()
        for a, b in zip(mine, theirs, strict=True)
    )


def run_plan(
    plan: Plan,
    writer: BatchWriter,
    report: SyncReport,
    *,
    workers: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> None:
    """Carry out `plan` through `writer`; report what happened."""
    total = len(plan.load) + len(plan.delete)
    done = 0
    if progress is not None and total:
        # Said at once: the first file can take seconds (a large one, or worker processes
        # starting), and a reader shown only a busy bar cannot tell how much lies ahead.
        progress(0, total)
    for key, entry in plan.touched.items():
        writer.record(key, entry)
    for key in plan.delete:
        if cancel is not None and cancel():
            report.cancelled = True
            break
        writer.delete(key)
        report.removed.append(key)
        done += 1
        if progress is not None:
            progress(done, total)
    is_new = dict(plan.load)
    loads = [p for p, _ in plan.load]
    # Only analysis in workers can run beside a commit.
    cut = in_parallel(len(loads), workers)
    early = len(loads) > writer.batch_size
    if not report.cancelled:
        for item in prepared_stream(loads, workers, cancel):
            if item.fields is None:
                writer.record(item.path, item.entry)
                report.skipped.append((item.path, item.entry.reason or "skipped"))
            else:
                writer.write(item.path, item.entry, item.fields)
                (report.added if is_new[item.path] else report.updated).append(item.path)
            done += 1
            if progress is not None:
                progress(done, total)
            if early and writer.pending >= FIRST_COMMIT:
                writer.commit()
                early = False
            elif cut and cut_before_tail(writer.pending, total - done, writer.batch_size):
                writer.commit()
                cut = False
        if done < total:
            report.cancelled = True
    writer.commit()


def cut_before_tail(pending: int, left: int, batch_size: int) -> bool:
    """Whether to commit the `pending` documents now, with `left` still to come, so that the
    last commit is short (see `TAIL_SHARE`); not for a small pending batch."""
    return 0 < left * TAIL_SHARE <= pending and pending >= batch_size // 4


def iter_roots(paths: Iterable[str | Path]) -> list[Path]:
    return [Path(p).expanduser().absolute() for p in paths]
