"""`briefer index PATH... [--rebuild] [--json]`: add folders to the library and sync the index."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from briefer import config
from briefer.cli.options import add_format_flags
from briefer.errors import BrieferError, UsageError
from briefer.render.printable import printable_json
from briefer.sources.sanitize import display_path

MAX_SKIP_LINES = 20


def register(sub: Any) -> None:
    p = sub.add_parser(
        "index",
        help="add folders or files to the library and sync the index",
        description="Add PATHs to the library (remembered in the settings) and bring the index "
        "up to date: new and changed files are indexed, deleted files removed.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="folders or files to add")
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    add_format_flags(p)
    p.set_defaults(handler=run)


class ProgressBar:
    """A carriage-return progress bar on a terminal's stderr (nothing when not a terminal)."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.active = stream.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = int(self.width * done / total)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rindexing [{bar}] {done}/{total}")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def library_paths(given: list[str]) -> list[str]:
    """The library after adding `given` (absolute paths, saved in the settings).

    The load-modify-save holds a lock so that concurrent runs never lose each other's folders.
    """
    from briefer.index.storage import file_lock

    lock = config.config_dir() / "settings.lock"
    busy = f"the settings are locked by another briefer ({display_path(lock)}); try again"
    with file_lock(lock, 60.0, busy):
        return _add_to_settings(given)


def _add_to_settings(given: list[str]) -> list[str]:
    settings = config.load_settings()
    added = False
    for raw in given:
        path = Path(raw).expanduser()
        if not path.exists():
            raise UsageError(f"no such file or folder: {display_path(raw)}")
        absolute = str(path.absolute())
        if absolute not in settings.library:
            settings.library.append(absolute)
            added = True
    if added:
        config.save_settings(settings)
    return list(settings.library)


def run(args: argparse.Namespace) -> int:
    from briefer.index import EMPTY_HINT, Library

    paths = library_paths(list(args.paths))
    if not paths:
        raise BrieferError(EMPTY_HINT)
    bar = ProgressBar(sys.stderr)
    try:
        with Library() as library:
            report = library.sync(paths, rebuild=args.rebuild, progress=bar)
    finally:
        bar.finish()
    for message in report.messages:
        print(f"briefer: {message}", file=sys.stderr)
    if args.format == "json":
        names = ("library", "added", "updated", "removed", "skipped", "messages")
        sys.stdout.write(printable_json({"library": paths, **report.to_dict()}, names=names))
        return 0
    print(
        f"{report.documents} document{'' if report.documents == 1 else 's'} in the library: "
        f"{len(report.added)} added, "
        f"{len(report.updated)} updated, {len(report.removed)} removed, "
        f"{len(report.skipped)} skipped, {report.unchanged} unchanged ({report.seconds:.1f} s)"
    )
    for path, reason in report.skipped[:MAX_SKIP_LINES]:
        print(f"  skipped {display_path(path)}: {display_path(reason)}")
    if len(report.skipped) > MAX_SKIP_LINES:
        print(f"  … and {len(report.skipped) - MAX_SKIP_LINES} more skipped (see --json)")
    return 0
