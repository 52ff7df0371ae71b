"""What every renderer shows in the same order: sections, reaction groups, summary, citations.

Keeping these choices in one place means Markdown, JSON-adjacent text and the terminal agree
on the order of sections, on how reactions are grouped, and on how a citation reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.briefing.model import Briefing, Item, Section

CORE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("background", "Background"),
    ("actors", "Actors"),
    ("reactions", "International reactions"),
)
"""Keys every briefing shows, in this order, with their default titles."""

UNATTRIBUTED = "Unattributed"
"""The group heading for reactions whose actor is not known."""


def ordered_sections(b: Briefing) -> list[Section]:
    """The three core sections first (empty ones made up if missing), then the rest in order."""
    core = [b.section(key) or Section(key=key, title=title) for key, title in CORE_SECTIONS]
    core_keys = {key for key, _ in CORE_SECTIONS}
    return core + [s for s in b.sections if s.key not in core_keys]


def reaction_groups(items: tuple[Item, ...]) -> list[tuple[str, list[Item]]]:
    """Reactions grouped by actor, groups in order of first appearance, items in order."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(item.actor or UNATTRIBUTED, []).append(item)
    return list(groups.items())


def source_numbers(b: Briefing) -> dict[str, int]:
    """Source id -> its number in the Sources list."""
    return {s.id: s.number for s in b.sources}


def cite_label(number: int | None, paragraph: int | None = None) -> str:
    """How a citation reads: `2 ¶4` (source 2, paragraph 4), `2` without a paragraph."""
    head = "?" if number is None else str(number)
    return head if paragraph is None else f"{head} ¶{paragraph}"


@dataclass(frozen=True, slots=True)
class Summary:
    """The facts of the summary line: how many documents, their dates, the principal parties."""

    documents: int
    first: str | None
    last: str | None
    principals: tuple[str, ...]

    @property
    def head(self) -> str:
        """`5 documents, 2022-12-10 – 2022-12-29.` (the part without parties)."""
        noun = "document" if self.documents == 1 else "documents"
        text = f"{self.documents} {noun}"
        if self.first and self.last and self.first != self.last:
            text += f", {self.first} – {self.last}"
        elif self.first or self.last:
            text += f", {self.first or self.last}"
        return text + "."


def summary(b: Briefing) -> Summary:
    """The summary facts, from the briefing's own fields when it has them."""
    first: str | None
    last: str | None
    if b.date_range:
        first, last = b.date_range
    else:
        dates = sorted(s.date for s in b.sources if s.date)
        first, last = (dates[0], dates[-1]) if dates else (None, None)
    principals = b.principals
    if not principals:
        actors = b.section("actors")
        principals = tuple(a.name for a in actors.actors if a.principal) if actors else ()
    return Summary(len(b.sources), first, last, principals)
