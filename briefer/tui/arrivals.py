"""Which documents arrived since the reader's last session: unread says what was never opened
(a library of thousands stays mostly unread), not what came in since the reader last looked,
as a mail reader's 'new' does.

The ids the library held when the reader last saw it are one JSON list in the data folder
(`known.json`), replaced atomically when they change. A document not among them is new for the
whole session, however it came in (`briefer index` between sessions, the check on opening, `r`).
A first session, or a missing or corrupt file, knows nothing as new: the library as first seen
is where it starts. Nothing here stops the reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefer.config import data_dir
from briefer.read_state import read_ids, write_ids


def known_path() -> Path:
    return data_dir() / "known.json"


class Arrivals:
    """`see(ids)` each time the library's ids are read; `new` is what arrived since the last
    session (the ids the file held when this one began)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else known_path()
        self._loaded = False  # the file is read by the first `see` (a worker's), not at start
        self._before: frozenset[str] | None = None  # the last session's ids, None: unknown
        self._saved: frozenset[str] | None = None  # what the file holds now
        self.new: frozenset[str] = frozenset()

    @property
    def known(self) -> frozenset[str] | None:
        """The ids the library held at the last session's end (the library as first seen, in
        a first session); None until the first `see`. What is new (`new`) is
        what the library holds beyond them."""
        return self._before

    def _load(self) -> None:
        self._loaded = True
        known = read_ids(self.path)
        if known is not None:
            self._before = self._saved = known

    def see(self, ids: Iterable[str]) -> int:
        """The library holds `ids` now: those it did not hold at the last session's end are
        new. Returns how many are new that were not before this call (0 the first time a
        library is seen: it is where the count starts)."""
        if not self._loaded:
            self._load()
        current = frozenset(ids)
        if not current:
            return 0  # an empty or unread index says nothing (the first indexing to come)
        if self._before is None:
            self._before = current
        fresh = current - self._before
        added = len(fresh - self.new)
        self.new = fresh
        self._save(current)
        return added

    def _save(self, ids: frozenset[str]) -> None:
        """Next session, what the library holds now is known. A failed write only means the
        next session counts from an older list."""
        if ids != self._saved and write_ids(self.path, ids):
            self._saved = ids
