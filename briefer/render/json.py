"""Briefing -> JSON: the contract `briefer brief --format json` prints for scripts.

Shape (keys in this order, always present):
`{"title", "sources": [{"id", "path", "title", "date", "outlet", "content_hash", "number"}],
"sections": [{"key", "title", "items": [...]}], "entities": [{"name", "type", "mentions"}]}`.
Items: `{"text", "source", "paragraph", "date"}`; in `actors` `{"name", "type", "aliases",
"mentions", "text" (the role), "source", "principal"}`; in `reactions` `{"actor", "text",
"stance", "source", "paragraph", "cameo"}`. Sections `background`, `actors` and `reactions`
always exist, in that order, before any other section.

`briefing_to_dict` is the data (`path` the real file name); `render_json` prints it through
`printable_json`, which shows `path` in display form (control, bidi and zero-width characters as
escapes such as `\\x1b` and `\\n`), so a hostile file name cannot act on the terminal of
whoever reads the output; `id` names the document exactly.
"""

from __future__ import annotations

from typing import Any

from briefer.briefing.model import Actor, Briefing, Item, Section, SourceRef
from briefer.render.layout import ordered_sections
from briefer.render.printable import printable_json
from briefer.render.segments import clean

__all__ = ["NAME_KEYS", "briefing_to_dict", "render_json"]

NAME_KEYS = ("path",)
"""Keys whose values are file names: printed in display form."""


def _source(s: SourceRef) -> dict[str, Any]:
    return {
        "id": s.id,
        "path": s.path,
        "title": s.title,
        "date": s.date,
        "outlet": s.outlet,
        "content_hash": s.content_hash,
        "number": s.number,
    }


def _item(item: Item) -> dict[str, Any]:
    return {
        "text": item.text,
        "source": item.source,
        "paragraph": item.paragraph,
        "date": item.date,
    }


def _reaction(item: Item) -> dict[str, Any]:
    return {
        "actor": item.actor,
        "text": item.text,
        "stance": item.stance,
        "source": item.source,
        "paragraph": item.paragraph,
        "cameo": item.cameo,
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "type": actor.type,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "text": actor.role,
        "source": actor.source,
        "principal": actor.principal,
    }


def _section(section: Section) -> dict[str, Any]:
    items: list[dict[str, Any]]
    if section.key == "actors":
        items = [_actor(a) for a in section.actors]
    elif section.key == "reactions":
        items = [_reaction(i) for i in section.items]
    else:
        items = [_item(i) for i in section.items]
    return {"key": section.key, "title": section.title, "items": items}


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """The briefing as plain data in the JSON contract's shape and key order."""
    return {
        "title": clean(b.title),
        "sources": [_source(s) for s in sorted(b.sources, key=lambda s: s.number)],
        "sections": [_section(s) for s in ordered_sections(b)],
        "entities": [
            {"name": name, "type": kind, "mentions": count} for name, kind, count in b.entities
        ],
    }


def render_json(b: Briefing) -> str:
    """The briefing as indented JSON text ending in a newline, every string printable."""
    return printable_json(briefing_to_dict(b), names=NAME_KEYS)
