"""Write a rendering to a file atomically, or to stdout.

A reader of the target never sees half a briefing (`briefer.atomic.replace_file`). An existing
file is kept unless `force` is given, and nothing is overwritten by a race either.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefer.atomic import replace_file
from briefer.errors import BrieferError

__all__ = ["write_atomic", "write_output"]

STDOUT_TARGETS = (None, "-")


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
    try:
        replace_file(target, content, overwrite=force)
    except FileExistsError as exc:
        raise _exists_error(target) from exc
    except OSError as exc:
        raise BrieferError(f"cannot write {target}: {_reason(exc)}") from exc
    return target


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
