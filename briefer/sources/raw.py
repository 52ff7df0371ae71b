"""Reading a file's bytes once, with every OS failure turned into a one-line `LoadError`."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefer.sources.discovery import DEFAULT_MAX_BYTES, human_size
from briefer.sources.document import (
    Document,
    Format,
    Paragraph,
    content_hash,
    document_id,
)
from briefer.sources.errors import LoadError
from briefer.sources.sanitize import display_path, sanitize


@dataclass(frozen=True, slots=True)
class RawFile:
    """A file's bytes and the facts every loader copies into its `Document`."""

    path: Path
    data: bytes
    size: int
    mtime: float
    shown: str = ""

    @property
    def id(self) -> str:
        return document_id(self.path)

    @property
    def content_hash(self) -> str:
        return content_hash(self.data)

    @property
    def stored_path(self) -> str:
        """The path kept in `Document.path`: the real (resolved) name, to reopen the file.
        Show it through `sanitize.display_path`."""
        return str(self.path)

    @property
    def name(self) -> str:
        """The path for messages, as the caller gave it, on one printable line."""
        return self.shown or display_path(self.path)

    def document(
        self,
        format: Format,
        *,
        title: str,
        text: str,
        paragraphs: tuple[Paragraph, ...],
        date: date | None,
        source: str | None,
        author: str | None,
        tags: tuple[str, ...] = (),
    ) -> Document:
        """The `Document` a loader made of this file: the file's own facts (id, path, hash,
        size, mtime) come from here, once, so no loader can get them wrong."""
        return Document(
            id=self.id,
            path=self.stored_path,
            format=format,
            title=title or humanise_stem(self.path),
            text=text,
            paragraphs=paragraphs,
            content_hash=self.content_hash,
            size=self.size,
            mtime=self.mtime,
            date=date,
            source=clean_line(source) if source else None,
            author=author or None,
            tags=tags,
        )


def read_raw(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawFile:
    """Read `path` whole; raise `LoadError` naming the file on any failure."""
    p = Path(path).expanduser()
    try:
        resolved = p.resolve()
    except OSError:  # pragma: no cover - non-strict resolve rarely fails
        resolved = p.absolute()
    name = display_path(p)
    try:
        mode = p.stat().st_mode
        if stat.S_ISDIR(mode):
            raise LoadError(f"{name}: is a folder, not a file")
        if not stat.S_ISREG(mode):  # checked before open: opening a FIFO would block
            raise LoadError(f"{name}: not a regular file")
        with p.open("rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise LoadError(f"{name}: not a regular file")
            if st.st_size > max_bytes:
                raise LoadError(
                    f"{name}: too large ({human_size(st.st_size)}, limit {human_size(max_bytes)})"
                )
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        if p.is_symlink():
            raise LoadError(f"{name}: broken symlink") from None
        raise LoadError(f"{name}: no such file (or it vanished)") from None
    except IsADirectoryError:
        raise LoadError(f"{name}: is a folder, not a file") from None
    except PermissionError:
        raise LoadError(f"{name}: unreadable (permission denied)") from None
    except OSError as exc:
        raise LoadError(f"{name}: unreadable ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise LoadError(f"{name}: too large (grew past {human_size(max_bytes)} while reading)")
    return RawFile(path=resolved, data=data, size=len(data), mtime=st.st_mtime, shown=name)


def reject_binary(raw: RawFile) -> None:
    """Text formats with NUL bytes near the start (and no UTF-16/32 BOM) are binary files."""
    head = raw.data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise LoadError(f"{raw.name}: binary content (NUL bytes), not a text document")


_SEPARATORS = re.compile(r"[_\s]+|(?<=\D)-|-(?=\D)")


def humanise_stem(path: Path) -> str:
    """A title from a file name: 'kosovo_border-talks' -> 'Kosovo border talks'."""
    words = _SEPARATORS.sub(" ", sanitize(path.stem)).split()
    text = " ".join(words) or sanitize(path.name)
    return text[:1].upper() + text[1:]


def clean_line(text: str) -> str:
    """Sanitise a metadata value and fold it to one line of single spaces."""
    return " ".join(sanitize(text).split())
