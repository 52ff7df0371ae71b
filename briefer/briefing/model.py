"""The `Briefing` model: what every renderer (Markdown, JSON, terminal, TUI) draws from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span inside an item's `text` (offsets relative to that text)."""

    start: int
    end: int
    type: str
    canonical: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A document a briefing cites; `number` is its position in the Sources list (1-based)."""

    number: int
    id: str
    path: str
    title: str
    date: str | None
    outlet: str | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class Item:
    """One extractive item: a source sentence as written, cited by source id and paragraph."""

    text: str
    source: str
    paragraph: int
    date: str | None = None
    actor: str | None = None
    stance: str | None = None
    cameo: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to the story: canonical name, type, aliases seen, mention count, one-line role."""

    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    role: str
    source: str | None
    principal: bool = False


@dataclass(frozen=True)
class Section:
    """A briefing section. `actors` is filled only for the `actors` section, `items` otherwise."""

    key: str
    title: str
    items: tuple[Item, ...] = ()
    actors: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Briefing:
    """A briefing of one document or many; `background`, `actors`, `reactions` always exist."""

    title: str
    sources: tuple[SourceRef, ...]
    sections: tuple[Section, ...]
    entities: tuple[tuple[str, str, int], ...] = ()
    principals: tuple[str, ...] = ()
    query: str | None = None
    date_range: tuple[str, str] | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
