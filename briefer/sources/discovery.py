"""Find the supported documents under the paths a user gives, and say why any were skipped.

Hidden files and folders are left out, symlink loops are walked once, and files that cannot be
documents (too large, binary, unreadable, gone, broken links) are reported as `Skip`s rather
than failing the whole run. Unsupported suffixes are ignored silently: folders hold many files.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}
)
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Skip:
    """A path that was not taken, and why (one line, for the user)."""

    path: Path
    reason: str


@dataclass(slots=True)
class DiscoveryResult:
    """Supported files found (sorted, no duplicates) and the paths skipped with a reason."""

    files: list[Path] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


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


def check_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """Why `path` (a supported file) cannot be loaded, or None when it looks loadable."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "broken symlink" if path.is_symlink() else "vanished while reading"
    except PermissionError:
        return "unreadable (permission denied)"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size > max_bytes:
        return f"too large ({human_size(st.st_size)}, limit {human_size(max_bytes)})"
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError:
        return "vanished while reading"
    except PermissionError:
        return "unreadable (permission denied)"
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            return "not a regular file"
        return f"unreadable ({exc.strerror or exc})"
    if path.suffix.lower() in TEXT_SUFFIXES and b"\x00" in head and not _has_utf16_32_bom(head):
        return "binary content (NUL bytes), not text"
    return None


def _has_utf16_32_bom(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def discover(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> DiscoveryResult:
    """Walk `paths` (folders recursively, files as given) for supported documents."""
    result = DiscoveryResult()
    seen_files: set[Path] = set()
    seen_dirs: set[Path] = set()

    def take(path: Path, key: Path | None = None) -> None:
        reason = check_file(path, max_bytes)
        if reason is not None:
            result.skips.append(Skip(path, reason))
            return
        key = key or _resolved(path)
        if key not in seen_files:
            seen_files.add(key)
            result.files.append(path)

    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            if path.is_symlink():
                result.skips.append(Skip(path, "broken symlink"))
            else:
                result.skips.append(Skip(path, "no such file or folder"))
            continue
        if path.is_dir():
            for found, key in _walk(path, seen_dirs, result.skips):
                take(found, key)
        elif is_supported(path):
            take(path)
        else:
            result.skips.append(Skip(path, f"unsupported file type '{path.suffix or path.name}'"))
    result.files.sort()
    return result


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # pragma: no cover - resolve is non-strict; only odd filesystems fail
        return path.absolute()


def _walk(
    root: Path, seen_dirs: set[Path], skips: list[Skip]
) -> Iterator[tuple[Path, Path | None]]:
    """Supported files under `root` with their resolved path when known without a syscall
    (a plain file in a resolved folder), following symlinked folders but never one twice."""
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
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen_dirs, skips)
            continue
        if not is_supported(path):
            continue
        if entry.is_symlink():
            if not path.exists():
                skips.append(Skip(path, "broken symlink"))
                continue
            yield path, None
        else:
            yield path, key / entry.name
