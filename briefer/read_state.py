"""Which documents the person has read, kept between sessions: a reader of a growing folder
must see at a glance what came in since last time (newsboat's unread items).

The ids of the documents read are one JSON list in the data folder, replaced atomically on
each change. A missing, corrupt or unwritable file only means nothing is known as read: it
never stops the reader. (`read_ids` and `write_ids` keep such a list; the reader's record of
which documents it has seen, `tui/arrivals.py`, is one too.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from briefer.atomic import replace_file
from briefer.config import data_dir


def read_state_path() -> Path:
    return data_dir() / "read.json"


def read_ids(path: Path) -> frozenset[str] | None:
    """The ids a JSON list file holds; None if it is missing, unreadable or not a list."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, list):
        return None
    return frozenset(item for item in data if isinstance(item, str))


def write_ids(path: Path, ids: Iterable[str]) -> bool:
    """Replace the file with the ids as a sorted JSON list; False if it could not be written
    (the caller keeps what it holds for this session)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, json.dumps(sorted(ids)))
    except OSError:
        return False
    return True


class ReadState:
    """The set of document ids read; `set_read` writes it through to `path`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else read_state_path()
        self._read: set[str] = set(read_ids(self.path) or ())

    def is_read(self, doc_id: str) -> bool:
        return doc_id in self._read

    def snapshot(self) -> frozenset[str]:
        """The ids read now, for a search in another thread (the set changes as rows are read)."""
        return frozenset(self._read)

    def set_read(self, doc_ids: Iterable[str], read: bool = True) -> bool:
        """Mark `doc_ids` read (or unread); whether anything changed. The file is written only
        on a change; a failed write keeps the change for this session."""
        ids = set(doc_ids)
        before = len(self._read)
        if read:
            self._read |= ids
        else:
            self._read -= ids
        if len(self._read) == before:
            return False
        write_ids(self.path, self._read)
        return True

    def toggle(self, doc_id: str) -> bool:
        """Flip one document between read and unread; its new state (True: read)."""
        now_read = not self.is_read(doc_id)
        self.set_read([doc_id], now_read)
        return now_read
