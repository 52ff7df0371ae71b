"""Hand-built briefings and Markdown parsing helpers for the renderer tests.

The briefings are built here, not by the builder, so the renderers are tested on exactly
known input. `item()` finds each entity in the sentence and records its span by offset.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from briefer.briefing.model import Actor, Briefing, Item, Section, SourceRef, Span

GENERATED = datetime(2026, 11, 25, 17, 30, 5, tzinfo=UTC)


def item(text: str, source: str, paragraph: int, *entities: tuple[str, str], **extra: Any) -> Item:
    """An Item whose spans mark each (surface, type) at its first occurrence in `text`."""
    spans = []
    for surface, kind in entities:
        start = text.index(surface)
        spans.append(Span(start, start + len(surface), kind, surface))
    return Item(text=text, source=source, paragraph=paragraph, spans=tuple(spans), **extra)


def kosovo_briefing() -> Briefing:
    """A fixed three-source briefing: every section kind, a few awkward characters."""
    sources = (
        SourceRef(
            1,
            "a1b2c3d4e5f60718",
            "/srv/news/2022-12-10-barricades.txt",
            "Barricades go up in north Kosovo",
            "2022-12-10",
            "Balkan Wire",
            "9f2c" * 16,
        ),
        SourceRef(
            2,
            "b2c3d4e5f6071829",
            "/srv/news/2022-12-12-calm.md",
            'Western capitals urge calm: "de-escalate" #now',
            "2022-12-12",
            None,
            "1ab3" * 16,
        ),
        SourceRef(
            3,
            "c3d4e5f60718293a",
            "/srv/news/2022-12-16 kfor request.html",
            "Serbia asks KFOR to allow troops back",
            "2022-12-16",
            "Danube Daily",
            "77e0" * 16,
        ),
    )
    background = Section(
        "background",
        "Background",
        items=(
            item(
                "Kosovo Serbs put up barricades near Jarinje after the arrest of a former "
                "police officer.",
                "a1b2c3d4e5f60718",
                2,
                ("Kosovo Serbs", "NORP"),
                ("Jarinje", "FAC"),
            ),
            item(
                "The dispute over car plates (the *KS* prefix) had simmered since 2021.",
                "a1b2c3d4e5f60718",
                4,
            ),
        ),
    )
    actors = Section(
        "actors",
        "Actors",
        actors=(
            Actor(
                "Serbia",
                "GPE",
                ("Belgrade", "Serbian"),
                7,
                "asked KFOR to let troops return",
                "c3d4e5f60718293a",
                True,
            ),
            Actor(
                "Kosovo",
                "GPE",
                ("Pristina", "Kosovar"),
                6,
                "government in Pristina",
                "a1b2c3d4e5f60718",
                True,
            ),
            Actor("KFOR", "ORG", (), 3, "NATO-led force | keeps the peace", "c3d4e5f60718293a"),
            Actor(
                "Aleksandar Vučić",
                "PERSON",
                ("Vučić",),
                2,
                "President of Serbia",
                "c3d4e5f60718293a",
            ),
        ),
    )
    reactions = Section(
        "reactions",
        "International reactions",
        items=(
            item(
                "The European Union called on both sides to show maximum restraint.",
                "b2c3d4e5f6071829",
                3,
                ("European Union", "ORG"),
                actor="European Union",
                stance="appeal-restraint",
                cameo="023",
            ),
            item(
                "Washington urged Belgrade and Pristina to return to dialogue.",
                "b2c3d4e5f6071829",
                5,
                ("Washington", "GPE"),
                ("Belgrade", "GPE"),
                ("Pristina", "GPE"),
                actor="United States",
                stance="appeal-dialogue",
            ),
            item(
                "EU foreign policy chief Josep Borrell said violence <was not acceptable>.",
                "b2c3d4e5f6071829",
                6,
                ("EU", "ORG"),
                ("Josep Borrell", "PERSON"),
                actor="European Union",
                stance="concern",
            ),
        ),
    )
    developments = Section(
        "developments",
        "Developments",
        items=(
            item(
                "Serbia asked KFOR to allow up to 1,000 Serbian troops into Kosovo.",
                "c3d4e5f60718293a",
                1,
                ("Serbia", "GPE"),
                ("KFOR", "ORG"),
                ("Kosovo", "GPE"),
                date="2022-12-16",
            ),
        ),
    )
    return Briefing(
        title="North Kosovo: barricades & a request to KFOR",
        sources=sources,
        sections=(background, actors, reactions, developments),
        entities=(("Serbia", "GPE", 7), ("Kosovo", "GPE", 6), ("KFOR", "ORG", 3)),
        principals=("Serbia", "Kosovo"),
        query="kosovo barricades",
        date_range=("2022-12-10", "2022-12-16"),
    )


def one_item_briefing(
    text: str = "A plain sentence.",
    spans: tuple[Span, ...] = (),
    *,
    title: str = "Title",
    name: str = "Serbia",
    alias: str = "Belgrade",
    role: str = "a role",
    actor: str = "European Union",
    stance: str = "concern",
    source_title: str = "A source",
    outlet: str = "Outlet",
    path: str = "/tmp/source.txt",
    note: str | None = None,
) -> Briefing:
    """One source, one item per section: every place a document string can land."""
    source = SourceRef(1, "s1", path, source_title, "2022-12-10", outlet, "ab" * 32)
    return Briefing(
        title=title,
        sources=(source,),
        sections=(
            Section("background", "Background", items=(Item(text, "s1", 2, spans=spans),)),
            Section("actors", "Actors", actors=(Actor(name, "GPE", (alias,), 3, role, "s1"),)),
            Section(
                "reactions",
                "International reactions",
                items=(Item(text, "s1", 4, actor=actor, stance=stance, spans=spans),),
            ),
            Section("timeline", "Timeline", items=(Item(text, "s1", 5, date="2022-12-11"),)),
        ),
        principals=(name,),
        notes=(note,) if note is not None else (),
    )


def parse_markdown(text: str) -> list[Token]:
    """CommonMark plus GFM tables and front matter: what a viewer of the export would see."""
    parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    return parser.parse(text)


def skeleton(tokens: list[Token], *, drop: frozenset[str] = frozenset()) -> list[str]:
    """The structure of a token stream: types and tags, with text contents left out."""
    shape: list[str] = []
    for token in tokens:
        if token.type in drop:
            continue
        if token.type == "inline" and token.children is not None:
            shape.append("inline[" + ",".join(skeleton(token.children, drop=drop)) + "]")
            continue
        if token.type in ("text", "text_special"):
            if not token.content or (shape and shape[-1] == "text"):
                continue
            shape.append("text")
            continue
        shape.append(f"{token.type}:{token.tag}")
    return shape


def inlines(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.type == "inline"]


def children(tokens: list[Token]) -> list[Token]:
    """Every inline child token, in document order."""
    return [c for t in inlines(tokens) for c in (t.children or [])]


def text_of(token: Token) -> str:
    """The text a reader sees in an inline token (escapes and entities resolved)."""
    return "".join(c.content for c in token.children or [] if c.type in ("text", "text_special"))


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    """(tag, text) of every heading, in order."""
    found = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((token.tag, text_of(tokens[i + 1])))
    return found


def count(tokens: list[Token], kind: str) -> int:
    return sum(1 for t in tokens if t.type == kind) + sum(
        1 for c in children(tokens) if c.type == kind
    )


def strong_texts(inline: Token) -> list[str]:
    """The text inside each `**...**` of an inline token."""
    found: list[str] = []
    inside = False
    for child in inline.children or []:
        if child.type == "strong_open":
            inside = True
            found.append("")
        elif child.type == "strong_close":
            inside = False
        elif inside and child.type in ("text", "text_special"):
            found[-1] += child.content
    return found
