"""Write a rendering to a file atomically, or to stdout.

A reader of the target never sees half a briefing: the content goes to a temporary file in
the same directory, is flushed to disk, then renamed over the target. An existing file is
kept unless `force` is given; without `force` the final step is a hard link, which fails if
a file appeared at the target meanwhile, so nothing is overwritten by a race either.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from briefer.errors import BrieferError

__all__ = ["write_atomic", "write_output"]

STDOUT_TARGETS = (None, "-")


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


def _exists_error(path: Path) -> BrieferError:
    return BrieferError(f"{path} exists; use --force to overwrite")


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def write_atomic(path: str | os.PathLike[str], content: str, *, force: bool = False) -> Path:
    """Write `content` (UTF-8) to `path` atomically and return the path written.

    Raises `BrieferError` (one line) if `path` exists and `force` is false, if it is a
    directory, or if the directory cannot be written. No temporary file is left behind.
    """
    target = Path(path)
    if target.is_dir():
        raise BrieferError(f"{target} is a directory")
    if target.exists() and not force:
        raise _exists_error(target)
    directory = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise BrieferError(f"cannot write {target}: {_reason(exc)}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(tmp, 0o666 & ~_umask())
        _publish(tmp, target, force=force)
    except FileExistsError as exc:
        raise _exists_error(target) from exc
    except OSError as exc:
        raise BrieferError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_directory(directory)
    return target


def _publish(tmp: Path, target: Path, *, force: bool) -> None:
    """Move the finished temporary file to `target`; never replace a file unless `force`."""
    if force:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails with FileExistsError if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: the existence check above has to do.
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


def write_output(target: str | None, content: str, *, force: bool = False) -> Path | None:
    """Write to stdout when `target` is None or `-`, else atomically to the file `target`."""
    if target in STDOUT_TARGETS:
        stream = sys.stdout
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(content.encode("utf-8"))
            buffer.flush()
        else:
            stream.write(content)
            stream.flush()
        return None
    assert target is not None
    return write_atomic(target, content, force=force)
