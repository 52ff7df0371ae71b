"""What `prefilter` reads from each regex, kept on disk so a new process need not read it again.

Reading a pattern (parsing it with `re._parser` and walking the tree for its literals) cost a
fresh process about 0.12 s for the gates of one document's analysis, a second analysis nothing:
every `briefer brief FILE`, one-file re-sync and index worker paid it. A reading is a pure
function of the pattern's source and flags, so `ReadingCache` keeps readings in one JSON file in
the user cache folder, under a version the reader gives (it changes with the reading code, and
a file of another version is ignored). Readings a process makes are written when it ends (temp
file and rename, merged with what other processes wrote meanwhile). A missing, corrupt or
unwritable file only means reading again: it never fails an analysis.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefer import config
from briefer.atomic import replace_file

FORMAT = 1  # the file's layout; the reader's version covers what a reading holds
FILE_NAME = "regex-readings.json"
# The most readings a file keeps: rules edited over months leave readings no pattern asks for,
# and past this many a process writes only those it used.
MAX_ENTRIES = 5000
# How long a process that ends waits for another to finish writing the file (a write takes
# milliseconds; a writer stopped with the lock held must not keep this process from ending).
LOCK_WAIT = 2.0


class ReadingCache:
    """Readings (JSON values) by key, loaded from `path` on first use (the user cache folder as
    `briefer.config` finds it then, unless given), for readers of `version` (None: no file)."""

    def __init__(self, version: str | None, path: Path | None = None) -> None:
        self.version = version
        self.path = path
        self._entries: dict[str, Any] | None = None
        self._used: dict[str, Any] = {}  # read from the file or made by this process
        self._unsaved = False  # whether this process made readings not yet written
        self._hooked_pid = 0  # the process that will write them when it ends
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        """The reading kept for `key`, or None."""
        entries = self._entries
        if entries is None:
            entries = self._load()
        found = entries.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def forget(self, key: str) -> None:
        """Drop a reading found unreadable (it is read again and replaced)."""
        if self._entries is not None:
            self._entries.pop(key, None)
        self._used.pop(key, None)

    def put(self, key: str, reading: Any) -> None:
        """Keep a new reading; it is written to the file when the process ends."""
        if self.version is None:
            return
        entries = self._entries if self._entries is not None else self._load()
        entries[key] = self._used[key] = reading
        self._unsaved = True
        if self._hooked_pid != os.getpid():
            self._hooked_pid = os.getpid()
            atexit.register(self.save)
            # A worker of a process pool (forked) ends by `os._exit`, which runs no `atexit`
            # hook: multiprocessing runs its own finalizers first.
            if "multiprocessing" in sys.modules:
                from multiprocessing import util

                util.Finalize(None, self.save, exitpriority=0)

    def _load(self) -> dict[str, Any]:
        with self._lock:
            if self._entries is None:
                if self.path is None and self.version is not None:
                    try:
                        self.path = (config.cache_dir() / FILE_NAME).absolute()
                    except Exception:  # no cache folder: no cache
                        self.version = None
                self._entries = self._read_file()
            return self._entries

    def _read_file(self) -> dict[str, Any]:
        """The readings in the file, if it holds readings of this version (else none)."""
        if self.path is None or self.version is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # (UnicodeDecodeError is a ValueError)
            return {}
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("version") != self.version
            or not isinstance(data.get("readings"), dict)
        ):
            return {}
        readings: dict[str, Any] = data["readings"]
        return readings

    def save(self) -> None:
        """Write the readings this process made, with those in the file now, if any are new.
        Never raises: a cache that cannot be written is only not written."""
        if not self._unsaved or self.path is None or self.version is None:
            return
        self._unsaved = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(self.path.with_name(self.path.name + ".lock")):
                # (the workers of a pool end together: each adds its readings to the others')
                readings = {**self._read_file(), **self._used}
                if len(readings) > MAX_ENTRIES:
                    readings = dict(self._used)
                text = json.dumps(
                    {"format": FORMAT, "version": self.version, "readings": readings},
                    separators=(",", ":"),
                )
                replace_file(self.path, text)
        except Exception:  # (at exit: a traceback would be all it gave)
            pass


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if need be) where the system has `flock`;
    elsewhere, or if it cannot be taken within `LOCK_WAIT` seconds, go on without it (a
    reading lost is read again)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    try:
        handle = open(path, "a")  # noqa: SIM115 - closed below, after the lock is released
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.01)
            except OSError:
                break
        yield
    finally:
        handle.close()  # (releases the lock)
