"""Find the supported documents under the paths a user gives, and say why any were skipped.

Hidden files and folders are left out, symlink loops are walked once, and files that cannot be
documents (too large, binary, unreadable, gone, broken links) are reported as `Skip`s rather
than failing the whole run. Unsupported suffixes are ignored silently: folders hold many files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".eml"}
)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Skip:
    """A path that was not taken, and why (one line, for the user)."""

    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class FileStat:
    """Size and modification time of a discovered file, from the one `stat` discovery makes,
    so a re-sync can tell unchanged files without touching them again."""

    size: int
    mtime_ns: int


@dataclass(slots=True)
class DiscoveryResult:
    """Supported files found (sorted, no duplicates) and the paths skipped with a reason.

    `stats` gives each file's size and mtime as discovery saw them. Content is not read here:
    a binary or unreadable file is found, and `load_document` says why it cannot be loaded.
    """

    files: list[Path] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    stats: dict[Path, FileStat] = field(default_factory=dict)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _supported_name(name: str) -> bool:
    """`is_supported(Path(name))` for a bare file name, without making the Path: a folder of
    10,000 files made one per entry only to read its suffix."""
    i = name.rfind(".")  # (Path.suffix: the last dot, neither first nor last in the name)
    return 0 < i < len(name) - 1 and name[i:].lower() in SUPPORTED_SUFFIXES


def human_size(size: int) -> str:
    """'1.5 MiB' style sizes for skip reasons."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover - the loop always returns


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


# What a browser's "Save page, complete" puts beside `Page.html`: `Page_files/` (or the
# localised `Page-Dateien`, `Page_fichiers` ...) with the page's scripts, styles and framed
# ads, some of them .html. They are the page's parts, not documents.
_SAVED_PAGE_PARTS = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden")


def _saved_page_parts(name: str, siblings: set[str]) -> bool:
    """Whether folder `name` holds the parts of a saved page that sits beside it."""
    for suffix in _SAVED_PAGE_PARTS:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return f"{stem}.html" in siblings or f"{stem}.htm" in siblings
    return False


def stat_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> os.stat_result | str:
    """The `stat` of `path` (a supported file, links followed), or why it cannot be a
    document: gone, a broken link, not a regular file, too large."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "broken symlink" if os.path.islink(path) else "vanished while reading"
    except PermissionError:
        return "unreadable (permission denied)"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size > max_bytes:
        return f"too large ({human_size(st.st_size)}, limit {human_size(max_bytes)})"
    return st


def check_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """Why `path` (a supported file) cannot be loaded, or None when it looks loadable."""
    found = stat_file(path, max_bytes)
    return found if isinstance(found, str) else None


def discover(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> DiscoveryResult:
    """Walk `paths` (folders recursively, files as given) for supported documents.

    One `stat` per file; only folders are resolved (to walk each once, whatever links lead
    to it); a file reached twice (given twice, or through a link) is listed once.
    """
    result = DiscoveryResult()
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[Path] = set()

    def take(path: Path, name: str | Path) -> None:
        """Add `path` (also spelt `name`: a walk's string stats faster than its Path)."""
        st = stat_file(name, max_bytes)
        if isinstance(st, str):
            result.skips.append(Skip(path, st))
            return
        key = (st.st_dev, st.st_ino)
        if key not in seen_files:
            seen_files.add(key)
            result.files.append(path)
            result.stats[path] = FileStat(st.st_size, st.st_mtime_ns)

    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            if path.is_symlink():
                result.skips.append(Skip(path, "broken symlink"))
            else:
                result.skips.append(Skip(path, "no such file or folder"))
            continue
        if path.is_dir():
            for found in _walk(path, seen_dirs, result.skips):
                take(Path(found), found)
        elif is_supported(path):
            take(path, path)
        else:
            result.skips.append(Skip(path, f"unsupported file type '{path.suffix or path.name}'"))
    result.files.sort()
    return result


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # pragma: no cover - resolve is non-strict; only odd filesystems fail
        return path.absolute()


def _walk(root: Path, seen_dirs: set[Path], skips: list[Skip]) -> Iterator[str]:
    """Supported files under `root` (as the listing spells them: `Path(...)` of each is the
    file's path), following symlinked folders but never one twice."""
    key = _resolved(root)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except PermissionError:
        skips.append(Skip(root, "unreadable folder (permission denied)"))
        return
    except FileNotFoundError:
        skips.append(Skip(root, "vanished while reading"))
        return
    except OSError as exc:
        skips.append(Skip(root, f"unreadable folder ({exc.strerror or exc})"))
        return
    siblings = {entry.name for entry in entries}
    for entry in entries:
        name = entry.name
        if _is_hidden(name):
            continue
        try:
            is_dir = entry.is_dir()  # follows links; from the listing itself otherwise
        except OSError:
            is_dir = False
        if is_dir:
            if not _saved_page_parts(name, siblings):
                yield from _walk(Path(entry.path), seen_dirs, skips)
        elif _supported_name(name):
            yield entry.path
