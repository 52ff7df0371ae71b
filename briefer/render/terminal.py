"""Briefing -> rich `Text`, shared by the CLI's colour output and the TUI.

Document text is never parsed as markup: it is cut at its entity spans (by offset), each piece
cleaned of control characters, and appended to a `Text` with the entity's style. Rich only;
this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from rich.cells import cell_len
from rich.text import Text

from briefer.briefing.model import Actor, Briefing, Item, Section
from briefer.render.layout import (
    cite_label,
    ordered_sections,
    reaction_groups,
    source_numbers,
    summary,
)
from briefer.render.palette import (
    ENTITY_LABELS,
    ENTITY_STYLES,
    ENTITY_TYPES,
    entity_label,
    entity_style,
)
from briefer.render.segments import Segment, SpanLike, clean, segments

__all__ = [
    "ENTITY_STYLES",
    "LEGEND_SHORT",
    "briefing_text",
    "entity_text",
    "legend_key",
    "legend_text",
]

TITLE_STYLE = "bold underline"
HEADING_STYLE = "bold"
GROUP_STYLE = "bold"
CITATION_STYLE = "dim"
LABEL_STYLE = "italic"
NOTE_STYLE = "dim italic"

BULLET = "• "
INDENT = "  "


def _styled(pieces: Iterable[Segment]) -> Text:
    text = Text()
    for piece in pieces:
        text.append(piece.text, entity_style(piece.type) if piece.type else None)
    return text


def entity_text(text: str, spans: Iterable[SpanLike] = (), *, collapse: bool = False) -> Text:
    """`text` with each span styled by its entity type (`start`, `end`, `type` by offset).

    The text is cleaned piece by piece (controls and escape sequences removed; with
    `collapse`, whitespace runs become one space), so it is safe to show whatever it holds.
    Offsets in the result match `text` when `text` was already clean (sanitised documents).
    """
    return _styled(segments(text, spans, collapse=collapse))


LEGEND_SHORT: Final[dict[str, str]] = {kind: t.short for kind, t in ENTITY_TYPES.items()}
"""One-word labels for a legend with no room for the full ones (`legend_key` explains them)."""


def _legend(labels: dict[str, str], gap: str, width: int | None = None) -> Text:
    """The labels in order, `gap` apart; with `width`, only those that fit before a closing
    '…' (which says that more types follow)."""
    text = Text(end="")
    last = len(labels) - 1
    for i, (kind, label) in enumerate(labels.items()):
        room = cell_len((gap if i else "") + label) + (1 if i < last else 0)  # and the '…'
        if width is not None and text.cell_len + room > width:
            text.append("…", "dim")
            break
        if i:
            text.append(gap)
        text.append(label, entity_style(kind))
    return text


def legend_text(width: int | None = None) -> Text:
    """A line naming each entity type in its own style, in at most `width` cells if it can be.

    The full labels when they fit (or with no `width`), else one word each ("Org", "Group"):
    at 80 columns the full legend took three lines and broke "Group / nationality" in two.
    Where not even the short one fits (the sidebar shown beside an 80-column briefing), it
    stays one line: the first types, then '…' (`legend_key` names them all), rather than
    wrapping into three of a narrow pane's rows.
    """
    full = _legend(ENTITY_LABELS, "  ")
    if width is None or full.cell_len <= width:
        return full
    roomy = _legend(LEGEND_SHORT, "  ")
    return roomy if roomy.cell_len <= width else _legend(LEGEND_SHORT, " ", width)


def legend_key() -> Text:
    """Each type's short legend label, in its style, beside its full name: one line each."""
    room = max(len(label) for label in LEGEND_SHORT.values()) + 2
    lines = []
    for kind in ENTITY_LABELS:
        short = LEGEND_SHORT[kind]
        line = Text(short, entity_style(kind), end="")
        line.append(" " * (room - len(short)) + entity_label(kind))
        lines.append(line)
    return Text("\n", end="").join(lines)


def _one_line(value: str) -> str:
    return clean(value, collapse=True).strip()


def _citation(numbers: dict[str, int], source: str | None, paragraph: int | None) -> Text:
    number = numbers.get(source) if source is not None else None
    return Text(f"[{cite_label(number, paragraph)}]", CITATION_STYLE)


def _item_text(item: Item, numbers: dict[str, int], *, label: str = "") -> Text:
    line = Text(INDENT + BULLET)
    if label:
        line.append(label, LABEL_STYLE)
        line.append(": ")
    line.append_text(entity_text(item.text, item.spans, collapse=True))
    line.append(" ")
    line.append_text(_citation(numbers, item.source, item.paragraph))
    return line


def _actor_text(actor: Actor, numbers: dict[str, int]) -> list[Text]:
    head = Text(INDENT + BULLET)
    head.append(_one_line(actor.name), entity_style(actor.type))
    plural = "" if actor.mentions == 1 else "s"
    details = [entity_label(actor.type), f"{actor.mentions} mention{plural}"]
    aliases = [a for a in (_one_line(a) for a in actor.aliases) if a]
    if aliases:
        details.append("also " + ", ".join(aliases))
    head.append("  " + " · ".join(details), "dim")
    lines = [head]
    role = _one_line(actor.role)
    if role or actor.source is not None:
        line = Text(INDENT * 2 + role)
        if actor.source is not None:
            line.append(" " if role else "")
            line.append_text(_citation(numbers, actor.source, None))
        lines.append(line)
    return lines


def _section_lines(section: Section, numbers: dict[str, int]) -> list[Text]:
    lines = [Text(_one_line(section.title or section.key).upper(), HEADING_STYLE)]
    if section.key == "actors":
        for actor in section.actors:
            lines.extend(_actor_text(actor, numbers))
        if not section.actors:
            lines.append(Text(INDENT + "No actors identified.", NOTE_STYLE))
        return lines
    if not section.items:
        lines.append(Text(INDENT + "Nothing in these sources.", NOTE_STYLE))
    elif section.key == "reactions":
        for group, items in reaction_groups(section.items):
            lines.append(Text(INDENT + _one_line(group), GROUP_STYLE))
            for item in items:
                stance = _one_line(item.stance or "")
                lines.append(Text(INDENT) + _item_text(item, numbers, label=stance))
    else:
        dated = section.key != "background"
        for item in section.items:
            label = _one_line(item.date or "") if dated else ""
            lines.append(_item_text(item, numbers, label=label))
    return lines


def _summary_text(b: Briefing) -> Text:
    facts = summary(b)
    types = {a.name: a.type for s in b.sections for a in s.actors}
    line = Text(facts.head)
    names = [n for n in (_one_line(p) for p in facts.principals) if n]
    if names:
        line.append(" Principal parties: ")
        for i, name in enumerate(names):
            if i:
                line.append(", ")
            kind = types.get(name)
            line.append(name, entity_style(kind) if kind else "bold")
        line.append(".")
    return line


def _sources_lines(b: Briefing) -> list[Text]:
    lines = [Text("SOURCES", HEADING_STYLE)]
    for s in sorted(b.sources, key=lambda s: s.number):
        head = Text(INDENT)
        head.append(f"[{s.number}]", "bold")
        head.append(" " + (_one_line(s.title) or "Untitled"))
        where = ", ".join(p for p in (_one_line(s.outlet or ""), _one_line(s.date or "")) if p)
        if where:
            head.append(" — " + where, "dim")
        lines.append(head)
        lines.append(Text(INDENT * 3 + _one_line(s.path), "dim"))
    if not b.sources:
        lines.append(Text(INDENT + "No sources.", NOTE_STYLE))
    return lines


def briefing_text(b: Briefing) -> Text:
    """The whole briefing as styled text: title, summary, sections, sources, with citations."""
    numbers = source_numbers(b)
    blocks: list[list[Text]] = [
        [Text(_one_line(b.title) or "Briefing", TITLE_STYLE), _summary_text(b)]
    ]
    if b.query:
        blocks[0].append(Text("Query: " + _one_line(b.query), "dim"))
    blocks[0].extend(Text("Note: " + _one_line(n), NOTE_STYLE) for n in b.notes if _one_line(n))
    blocks.extend(_section_lines(s, numbers) for s in ordered_sections(b))
    blocks.append(_sources_lines(b))
    return Text("\n\n").join(Text("\n").join(lines) for lines in blocks)
