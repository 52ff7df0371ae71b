"""The one `Document` model every loader produces and everything downstream reads."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from briefer.sources.furniture import is_furniture, without_credit

Format = Literal["txt", "md", "html", "pdf", "eml"]
ParagraphKind = Literal["text", "heading", "quote", "list", "page"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph as a span of `Document.text`; `number` counts from 1, as citations do."""

    number: int
    start: int
    end: int
    kind: ParagraphKind = "text"


@dataclass(frozen=True)
class Document:
    """A loaded, sanitised document. `text` holds the paragraphs joined by blank lines."""

    id: str
    path: str
    format: Format
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    content_hash: str
    size: int
    mtime: float
    date: date | None = None
    source: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def year(self) -> int | None:
        """The year of the document's date, if it has one: what dates names whose meaning
        changed with time ("EC", Moscow's state, a person's office)."""
        return self.date.year if self.date is not None else None

    def paragraph_text(self, number: int) -> str:
        """The text of paragraph `number` (1-based)."""
        p = self.paragraphs[number - 1]
        return self.text[p.start : p.end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "author": self.author,
            "tags": list(self.tags),
            "text": self.text,
            "paragraphs": [[p.number, p.start, p.end, p.kind] for p in self.paragraphs],
            "content_hash": self.content_hash,
            "size": self.size,
            "mtime": self.mtime,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            id=d["id"],
            path=d["path"],
            format=d["format"],
            title=d["title"],
            text=d["text"],
            paragraphs=tuple(Paragraph(n, s, e, k) for n, s, e, k in d["paragraphs"]),
            content_hash=d["content_hash"],
            size=d["size"],
            mtime=d["mtime"],
            date=date.fromisoformat(d["date"]) if d.get("date") else None,
            source=d.get("source"),
            author=d.get("author"),
            tags=tuple(d.get("tags") or ()),
        )


def document_id(path: str | Path) -> str:
    """A stable id: the same resolved path gives the same id in every run."""
    resolved = str(Path(path).resolve())
    return hashlib.sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_text(blocks: list[tuple[str, ParagraphKind]]) -> tuple[str, tuple[Paragraph, ...]]:
    """Join cleaned blocks into one text with paragraph offsets; empty blocks and page
    furniture ("Advertisement", "Read more: ...", `furniture.is_furniture`) are dropped, and so
    is a photo credit closing a caption (`furniture.without_credit`)."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for raw, kind in blocks:
        block = without_credit(raw.strip())
        if not block or is_furniture(block):
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        paragraphs.append(Paragraph(len(paragraphs) + 1, pos, pos + len(block), kind))
        parts.append(block)
        pos += len(block)
    return "".join(parts), tuple(paragraphs)
