"""The index folder on disk: the Whoosh index, its schema version, the sync manifest and the lock.

The manifest maps each file path to what was indexed from it (size, mtime, content hash, document
id, or the reason it was skipped), so that a re-sync with nothing changed costs one `stat` per
file and never scans the index. It is rewritten atomically after every commit.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import struct
import time
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from briefer.atomic import replace_file
from briefer.errors import BrieferError
from briefer.index.schema import CONTENT_VERSION, SCHEMA_VERSION, build_schema
from briefer.sources.sanitize import display_path

VERSION_FILE = "briefer-index.json"
MANIFEST_FILE = "manifest.json"
DEFAULT_LOCK_TIMEOUT = 30.0


@dataclass(slots=True)
class Entry:
    """What the index holds for one file. `doc_id` is None when the file was skipped (`reason`)."""

    size: int
    mtime_ns: int
    hash: str
    doc_id: str | None
    reason: str | None = None

    def to_list(self) -> list[Any]:
        return [self.size, self.mtime_ns, self.hash, self.doc_id, self.reason]

    @classmethod
    def from_list(cls, raw: list[Any]) -> Entry:
        size, mtime_ns, digest, doc_id, reason = raw
        return cls(int(size), int(mtime_ns), str(digest), doc_id, reason)


Manifest = dict[str, Entry]


def index_exists(folder: Path) -> bool:
    recover_swap(folder)
    return folder.is_dir() and whoosh_index.exists_in(str(folder))


def folder_identity(folder: Path) -> tuple[int, int] | None:
    """(device, inode) of the index folder, None while there is none: a rebuild's swap puts a
    new folder at the same path, which this tells apart at the cost of one `stat`."""
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _stored_version(folder: Path, key: str) -> int | None:
    try:
        raw = json.loads((folder / VERSION_FILE).read_text(encoding="utf-8"))
        return int(raw[key])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def stored_schema_version(folder: Path) -> int | None:
    """The schema version the index in `folder` was built with (None if unknown)."""
    return _stored_version(folder, "schema_version")


def stored_content_version(folder: Path) -> int:
    """The `CONTENT_VERSION` of the loading and analysis that filled the index in `folder`
    (0 for an index from before it was kept)."""
    return _stored_version(folder, "content_version") or 0


def version_matches(folder: Path) -> bool:
    return stored_schema_version(folder) == SCHEMA_VERSION


def create_index(folder: Path) -> whoosh_index.Index:
    """A new empty index in `folder` (whatever was there is removed), with version and manifest."""
    if folder.exists():
        shutil.rmtree(folder)  # old segments would otherwise stay on disk
    folder.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(folder), build_schema())
    save_manifest(folder, {})
    versions = {"schema_version": SCHEMA_VERSION, "content_version": CONTENT_VERSION}
    replace_file(folder / VERSION_FILE, json.dumps(versions))
    return ix


def build_folder(folder: Path) -> Path:
    """Where a rebuild writes the new index, beside the one still serving searches."""
    return folder.with_name(folder.name + ".rebuild")


def _trash_folder(folder: Path) -> Path:
    return folder.with_name(folder.name + ".old")


def swap_in(build: Path, folder: Path) -> None:
    """Put the finished index in `build` in place of `folder`.

    Renaming a folder over a non-empty one fails, so the old index is renamed aside, the new
    one renamed into place, and the old one deleted. A kill between the two renames leaves no
    index at `folder`; `recover_swap` (run before every open) then finishes the swap.
    """
    recover_swap(folder)
    trash = _trash_folder(folder)
    if folder.exists():
        os.rename(folder, trash)
    try:
        os.rename(build, folder)
    except FileNotFoundError:
        if not folder.is_dir():  # a reader's `recover_swap` may have finished it first
            raise
    shutil.rmtree(trash, ignore_errors=True)


def recover_swap(folder: Path) -> None:
    """Finish a swap a kill interrupted: with the old index renamed aside and none in place,
    the new one (complete, since the swap starts after its last commit) goes in, or else the
    old one comes back. Costs one `stat` when there is nothing to do."""
    trash = _trash_folder(folder)
    if not trash.exists():
        return
    if not folder.exists():
        build = build_folder(folder)
        with suppress(FileNotFoundError):  # another process finished it
            os.rename(build if build.is_dir() else trash, folder)
    if folder.exists():
        shutil.rmtree(trash, ignore_errors=True)


def discard_build(folder: Path) -> None:
    """Delete what an interrupted or cancelled rebuild left beside `folder`."""
    build = build_folder(folder)
    if build.exists():
        shutil.rmtree(build, ignore_errors=True)


def open_index(folder: Path) -> whoosh_index.Index:
    try:
        return whoosh_index.open_dir(str(folder))
    except (whoosh_index.IndexError, OSError, ValueError) as exc:
        raise BrieferError(f"cannot open the index in {folder}: {exc}") from exc


def document_count(ix: whoosh_index.Index, *, deleted: bool = False) -> int:
    """Documents in the index from the segment list alone. `Index.doc_count()` opens a reader
    on every segment, which costs a tenth of a second at 10,000 documents."""
    segments = ix._segments()
    if deleted:
        return sum(int(seg.doc_count_all()) for seg in segments)
    return sum(int(seg.doc_count()) for seg in segments)


def load_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a damaged manifest only costs a full re-check of every file
    if not isinstance(raw, dict):
        return {}
    manifest: Manifest = {}
    for key, value in raw.items():
        try:
            manifest[key] = Entry.from_list(value)
        except (TypeError, ValueError):
            continue
    return manifest


def save_manifest(folder: Path, manifest: Manifest) -> None:
    data = {key: entry.to_list() for key, entry in manifest.items()}
    replace_file(folder / MANIFEST_FILE, json.dumps(data, separators=(",", ":")))


# What a damaged index file raises while Whoosh reads it.
DAMAGE_ERRORS: tuple[type[BaseException], ...] = (
    EOFError,
    OSError,
    ValueError,
    struct.error,
    pickle.UnpicklingError,
    zlib.error,
    KeyError,
    IndexError,
)


def damaged(folder: Path, exc: BaseException) -> BrieferError:
    detail = " ".join(str(exc).split())[:120] or type(exc).__name__
    return BrieferError(
        f"the index in {display_path(folder)} cannot be read ({display_path(detail)}); "
        "run 'briefer index --rebuild'"
    )


@contextmanager
def file_lock(path: Path, timeout: float, busy: str) -> Iterator[None]:
    """Hold an OS lock on `path`, waiting up to `timeout` seconds; then BrieferError(`busy`).
    A killed process never leaves it held."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileStorage(str(path.parent)).lock(path.name)
    deadline = time.monotonic() + timeout
    while not lock.acquire(blocking=False):
        if time.monotonic() >= deadline:
            raise BrieferError(busy)
        time.sleep(0.05)
    try:
        yield
    finally:
        lock.release()


def sync_lock(folder: Path, timeout: float) -> AbstractContextManager[None]:
    """The library's sync lock; its file sits beside the index folder (a rebuild empties the
    folder)."""
    path = folder.parent / (folder.name + ".lock")
    busy = (
        f"another briefer index is running (lock held on {display_path(path)}); "
        "try again when it finishes"
    )
    return file_lock(path, timeout, busy)
