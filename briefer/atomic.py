"""Replace a file atomically: the one mechanism behind exports, settings and index metadata.

The content goes to a uniquely named temporary file in the target's directory, is flushed
to disk, then renamed over the target, so a reader never sees half a file, a killed process
never leaves one, and two writers never share a temporary file. Without `overwrite` the final
step is a hard link, which fails if a file appeared at the target meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def replace_file(target: Path, content: str, *, overwrite: bool = True) -> None:
    """Write `content` (UTF-8) to `target` atomically. Raises `FileExistsError` when `target`
    exists and `overwrite` is false, `OSError` when it cannot be written; no temporary file is
    left behind either way."""
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(tmp, 0o666 & ~_umask())
        _publish(tmp, target, overwrite=overwrite)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_directory(directory)


def _publish(tmp: Path, target: Path, *, overwrite: bool) -> None:
    """Move the finished temporary file to `target`; never replace a file unless `overwrite`."""
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails with FileExistsError if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: the caller's existence check has to do.
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)


def _sync_directory(directory: Path) -> None:
    """Flush the rename itself to disk where the platform allows opening a directory."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
