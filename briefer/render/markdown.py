"""Briefing -> Markdown: the export file, with YAML front matter for provenance.

Layout: front matter (title, generated, briefer version, query, sources with content hashes),
`# Title`, a summary line, `## Background`, `## Actors` (a table), `## International
reactions` (`### Actor` groups, the stance as a label), further sections, `## Sources`.

Citations are reference-style links: `([2 ¶4][2])` reads "source 2, paragraph 4" and resolves
through a link reference definition `[2]: </path/to/source>` at the end of the file, so
the Sources list stays readable and a viewer can open the cited file.

Document text is escaped so it can never change the structure: every Markdown-significant
character gets a backslash (`<` becomes `&lt;`, an `&` that could start a character reference
becomes `&amp;`), a leading list/heading/setext marker is neutralised, whitespace (newlines too) is
collapsed to single spaces, and control characters are removed. Entities are wrapped in
`**...**` after escaping, only where CommonMark's flanking rules let the pair open and close,
so emphasis never leaks into the text around it.

File names are as hostile as text (any byte but NUL and '/'): the front matter and the Sources
list show a path's display form (no controls, bidi overrides or zero-width characters), while
the link target percent-encodes the exact bytes so it still opens the file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import quote

from briefer import __version__
from briefer.briefing.model import Actor, Briefing, Item, Section
from briefer.render.layout import (
    cite_label,
    ordered_sections,
    reaction_groups,
    source_numbers,
    summary,
)
from briefer.render.palette import entity_label
from briefer.render.segments import Segment, clean, segments
from briefer.sources.sanitize import display_path

__all__ = ["code_span", "escape_markdown", "render_markdown", "yaml_string"]

_ESCAPES = {ord(c): "\\" + c for c in "\\`*_[]#|~>"}
_ESCAPES[ord("<")] = "&lt;"
# An `&` that could start a character reference, here or with the next piece of text.
_ENTITY_START = re.compile(r"&(?=[#0-9A-Za-z]|$)")
_LIST_NUMBER = re.compile(r"\d+(?=[.)])")

# The whitespace and punctuation classes markdown-it (CommonMark) uses for emphasis flanking.
_MD_WHITESPACE = frozenset(
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000]
).union(range(0x2000, 0x200B))

# Characters left raw in a double-quoted YAML scalar: printable ASCII and non-ASCII runs.
# Anything else is checked one by one and escaped unless printable (see `_yaml_escape`).
_YAML_SUSPECT = re.compile("[^\x20-\x7e]")


def escape_markdown(text: str) -> str:
    """Backslash-escape every character that could start Markdown syntax in running text."""
    return _ENTITY_START.sub("&amp;", text).translate(_ESCAPES)


def _guard_line_start(text: str) -> str:
    """Neutralise a leading list, setext or ordered-list marker (`-`, `+`, `=`, `1.`, `1)`)."""
    if text[:1] in ("-", "+", "="):
        return "\\" + text
    match = _LIST_NUMBER.match(text)
    if match:
        return text[: match.end()] + "\\" + text[match.end() :]
    return text


def _is_space(ch: str) -> bool:
    return ord(ch) in _MD_WHITESPACE


def _is_punct(ch: str) -> bool:
    return (ch.isascii() and not ch.isalnum() and ch.isprintable() and ch != " ") or (
        unicodedata.category(ch).startswith(("P", "S"))
    )


def _can_open(before: str, first: str) -> bool:
    """`**` between `before` and `first` is left-flanking (can open strong emphasis)."""
    return not _is_space(first) and (not _is_punct(first) or _is_space(before) or _is_punct(before))


def _can_close(last: str, after: str) -> bool:
    """`**` between `last` and `after` is right-flanking (can close strong emphasis)."""
    return not _is_space(last) and (not _is_punct(last) or _is_space(after) or _is_punct(after))


def _inline(
    pieces: Sequence[Segment], *, before: str = " ", after: str = " ", line_start: bool = False
) -> str:
    """Escaped Markdown for cleaned segments, entities in `**...**` where that is safe.

    `before` and `after` are the characters around the result in the output (a space stands
    for the start or end of a line), needed to know whether `**` can open and close there.
    """
    escaped: list[tuple[str, bool]] = []
    for piece in pieces:
        text = escape_markdown(piece.text)
        is_entity = piece.type is not None
        if is_entity and escaped and escaped[-1][1]:
            escaped[-1] = (escaped[-1][0] + text, True)  # adjacent entities: one emphasis
        else:
            escaped.append((text, is_entity))
    out: list[str] = []
    prev = before
    for i, (text, is_entity) in enumerate(escaped):
        nxt = escaped[i + 1][0][0] if i + 1 < len(escaped) else after
        if is_entity and _can_open(prev, text[0]) and _can_close(text[-1], nxt):
            text = f"**{text}**"
        out.append(text)
        prev = text[-1]
    # Guarded last: a marker such as `1.` may only form where two pieces meet.
    return _guard_line_start("".join(out)) if line_start else "".join(out)


def _one_line(text: str, *, line_start: bool = False) -> str:
    """Escaped Markdown for a plain string from a document (a title, a name, a path)."""
    return _inline(segments(text, collapse=True), line_start=line_start)


def code_span(text: str) -> str:
    """`text` as an inline code span: shown literally, so a path needs no backslashes.

    The fence is one backtick longer than the longest run inside, and padded with spaces
    when the text starts or ends with a backtick (or with a space, which CommonMark strips).
    """
    text = clean(text, collapse=True)
    if not text:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _yaml_escape(match: re.Match[str]) -> str:
    char = match.group()
    if char.isprintable():
        return char
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax, which YAML reads) that cannot break out.

    Every character that is not printable is written as a `\\u`/`\\U` escape: controls,
    line separators, surrogates, and the format characters (bidi overrides and isolates,
    zero-width spaces and joiners) that would reorder or hide text in an editor or viewer.
    The value reads back unchanged; only the bytes of the file differ.
    """
    encoded = json.dumps(value, ensure_ascii=False)
    return _YAML_SUSPECT.sub(_yaml_escape, encoded)


def _yaml_value(value: str | int | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    return yaml_string(value)


def _generated_stamp(generated: datetime | None) -> str:
    when = generated or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _front_matter(b: Briefing, generated: datetime | None) -> str:
    lines = [
        "---",
        f"title: {yaml_string(clean(b.title, collapse=True).strip())}",
        f"generated: {yaml_string(_generated_stamp(generated))}",
        f"briefer_version: {yaml_string(__version__)}",
        f"query: {_yaml_value(b.query)}",
        f"documents: {len(b.sources)}",
    ]
    if not b.sources:
        lines.append("sources: []")
    else:
        lines.append("sources:")
        for s in sorted(b.sources, key=lambda s: s.number):
            fields: list[tuple[str, str | int | None]] = [
                ("number", s.number),
                ("id", s.id),
                ("path", display_path(s.path)),
                ("title", clean(s.title, collapse=True).strip()),
                ("date", s.date),
                ("outlet", clean(s.outlet, collapse=True).strip() if s.outlet else None),
                ("content_hash", s.content_hash),
            ]
            for i, (key, value) in enumerate(fields):
                lead = "  - " if i == 0 else "    "
                lines.append(f"{lead}{key}: {_yaml_value(value)}")
    lines.append("---")
    return "\n".join(lines)


def _source_url(path: str) -> str:
    """The source file as a link target: its path, percent-encoded.

    Not a `file://` URL: markdown-it (and so many viewers) refuses that scheme. Encoding `:`
    keeps a name such as `javascript:x` from reading as a scheme, and one leading slash
    (never two) keeps an absolute path from reading as a host name.
    """
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


class _Citations:
    """Formats citations as reference links to the numbered sources."""

    def __init__(self, b: Briefing) -> None:
        self._numbers = source_numbers(b)

    def __call__(self, source: str | None, paragraph: int | None = None) -> str:
        number = self._numbers.get(source) if source is not None else None
        label = cite_label(number, paragraph)
        if number is None:
            return "(source unknown" + (f", ¶{paragraph})" if paragraph is not None else ")")
        return f"([{label}][{number}])"


def _item_line(item: Item, cite: _Citations, *, label: str = "") -> str:
    """One list item: an optional label, the sentence with its entities, the citation."""
    prefix = f"{_guard_line_start(label)} " if label else ""
    body = _inline(
        segments(item.text, item.spans, collapse=True),
        before=prefix[-1:] or " ",
        line_start=not prefix,
    )
    return f"- {prefix}{body} {cite(item.source, item.paragraph)}"


def _items_block(section: Section, cite: _Citations, *, dated: bool) -> str:
    if not section.items:
        return "Nothing in these sources."
    lines = []
    for item in section.items:
        label = f"{escape_markdown(item.date)}:" if dated and item.date else ""
        lines.append(_item_line(item, cite, label=label))
    return "\n".join(lines)


def _actor_row(actor: Actor, cite: _Citations) -> str:
    name = _inline([Segment(s.text, actor.type) for s in segments(actor.name, collapse=True)])
    aliases = ", ".join(_one_line(a) for a in actor.aliases)
    role = _one_line(actor.role)
    if actor.source is not None:
        role = f"{role} {cite(actor.source)}".strip()
    cells = [name, escape_markdown(entity_label(actor.type)), aliases, str(actor.mentions), role]
    return "| " + " | ".join(cells) + " |"


def _actors_block(section: Section, cite: _Citations) -> str:
    if not section.actors:
        return "No actors identified."
    rows = [
        "| Actor | Type | Aliases | Mentions | Role |",
        "| --- | --- | --- | ---: | --- |",
        *(_actor_row(a, cite) for a in section.actors),
    ]
    return "\n".join(rows)


def _reactions_blocks(section: Section, cite: _Citations) -> list[str]:
    if not section.items:
        return ["Nothing in these sources."]
    blocks: list[str] = []
    for actor, items in reaction_groups(section.items):
        blocks.append("### " + (_one_line(actor) or "Unattributed"))
        lines = []
        for item in items:
            stance = clean(item.stance or "", collapse=True).strip()
            label = f"*{escape_markdown(stance)}* —" if stance else ""
            lines.append(_item_line(item, cite, label=label))
        blocks.append("\n".join(lines))
    return blocks


def _summary_line(b: Briefing) -> str:
    facts = summary(b)
    text = escape_markdown(facts.head)
    names = [n for n in (clean(p, collapse=True).strip() for p in facts.principals) if n]
    if names:
        parts = []
        for i, name in enumerate(names):
            after = "," if i + 1 < len(names) else "."
            parts.append(_inline([Segment(name, "ENTITY")], after=after))
        text += " Principal parties: " + ", ".join(parts) + "."
    return text


def _sources_block(b: Briefing) -> str:
    if not b.sources:
        return "No sources."
    lines = []
    for s in sorted(b.sources, key=lambda s: s.number):
        parts = [_one_line(s.title, line_start=True) or "Untitled"]
        where = ", ".join(_one_line(p) for p in (s.outlet, s.date) if p)
        if where:
            parts.append(where)
        parts.append(code_span(s.path))
        lines.append(f"{s.number}. " + " — ".join(parts))
    return "\n".join(lines)


def _link_definitions(b: Briefing) -> str:
    return "\n".join(
        f"[{s.number}]: <{_source_url(s.path)}>" for s in sorted(b.sources, key=lambda s: s.number)
    )


def render_markdown(b: Briefing, *, generated: datetime | None = None) -> str:
    """The briefing as a Markdown document; identical input and `generated` give identical bytes.

    `generated` (default: now, UTC, to the second) is the only thing that varies between runs.
    """
    cite = _Citations(b)
    blocks = [_front_matter(b, generated), "# " + (_one_line(b.title) or "Briefing")]
    blocks.append(_summary_line(b))
    if b.query:
        blocks.append("Query: " + _one_line(b.query))
    blocks.extend("Note: " + _one_line(note) for note in b.notes if clean(note).strip())
    for section in ordered_sections(b):
        blocks.append("## " + (_one_line(section.title) or _one_line(section.key)))
        if section.key == "actors":
            blocks.append(_actors_block(section, cite))
        elif section.key == "reactions":
            blocks.extend(_reactions_blocks(section, cite))
        else:
            blocks.append(_items_block(section, cite, dated=section.key != "background"))
    blocks.append("## Sources")
    blocks.append(_sources_block(b))
    if b.sources:
        blocks.append(_link_definitions(b))
    return "\n\n".join(blocks) + "\n"
