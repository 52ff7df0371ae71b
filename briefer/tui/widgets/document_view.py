"""The Document tab: the whole text, entities coloured, find matches highlighted, paragraphs
addressable so a citation can scroll to one."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from briefer.briefing.model import Span
from briefer.render.terminal import entity_text
from briefer.tui.commands import bindings_for
from briefer.tui.find import find_all, step
from briefer.tui.rows import safe

if TYPE_CHECKING:  # annotations only: importing the core costs first-paint time
    from briefer.analysis.model import Analysis
    from briefer.sources.document import Document

MATCH_STYLE = "black on yellow"
CURRENT_STYLE = "bold black on dark_orange"


class Paragraph(Static):
    """One paragraph of the document (its number is the citation number)."""


class DocumentView(VerticalScroll, can_focus=True):
    """Shows one document; `find()` highlights every match and `n`/`N` step through them."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("document")]

    class FindStatus(Message):
        """How many matches there are and which one is current (for the find bar)."""

        def __init__(self, current: int | None, count: int) -> None:
            super().__init__()
            self.current = current
            self.count = count

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None
        self._base: list[Text] = []
        self.matches: list[tuple[int, int, int]] = []  # (paragraph index, start, end)
        self.current: int | None = None
        self.needle = ""
        self._cited: Paragraph | None = None

    async def show_document(self, doc: Document, analysis: Analysis | None) -> None:
        """Replace the content with `doc` (entity spans from `analysis`, if any)."""
        self.document = doc
        self.matches, self.current = [], None
        self._cited = None
        self._base = [_paragraph_text(doc, n, analysis) for n in range(len(doc.paragraphs))]
        await self.remove_children()
        widgets: list[Static] = [Static(_header(doc), classes="doc-header")]
        widgets += [Paragraph(text) for text in self._base]
        await self.mount_all(widgets)
        self.scroll_home(animate=False)
        if self.needle:
            self.find(self.needle)

    def paragraphs(self) -> list[Paragraph]:
        return list(self.query(Paragraph))

    def jump_to(self, number: int) -> None:
        """Scroll paragraph `number` (1-based) to the top and mark it as the cited one."""
        paras = self.paragraphs()
        if not paras:
            return
        target = paras[max(0, min(number, len(paras)) - 1)]
        for p in paras:
            p.set_class(p is target, "-cited")
        self._cited = target
        self.scroll_to_widget(target, top=True, animate=False)

    def on_resize(self) -> None:
        # A jump made while the tab was hidden had no room to scroll: redo it once shown.
        if self._cited is not None and self._cited.is_attached:
            self.scroll_to_widget(self._cited, top=True, animate=False)

    def find(self, needle: str) -> None:
        """Highlight every match of `needle`; the first one becomes current."""
        self.needle = needle
        self.matches = [
            (i, s, e) for i, text in enumerate(self._base) for s, e in find_all(text.plain, needle)
        ]
        self.current = 0 if self.matches else None
        self._repaint(range(len(self._base)))
        self._reveal()

    def clear_find(self) -> None:
        self.needle = ""
        touched = {i for i, _, _ in self.matches}
        self.matches, self.current = [], None
        self._repaint(touched)
        self.post_message(self.FindStatus(None, 0))

    def action_next_match(self) -> None:
        self._move(forward=True)

    def action_previous_match(self) -> None:
        self._move(forward=False)

    def _move(self, *, forward: bool) -> None:
        before = self.current
        self.current = step(self.current, len(self.matches), forward)
        touched = {self.matches[i][0] for i in (before, self.current) if i is not None}
        self._repaint(touched)
        self._reveal()

    def _reveal(self) -> None:
        self.post_message(self.FindStatus(self.current, len(self.matches)))
        if self.current is None:
            return
        index = self.matches[self.current][0]
        paras = self.paragraphs()
        if index < len(paras):
            self.scroll_to_widget(paras[index], animate=False)

    def _repaint(self, indexes: Iterable[int]) -> None:
        paras = self.paragraphs()
        for index in indexes:
            if not 0 <= index < len(paras):
                continue
            text = self._base[index].copy()
            for n, (i, start, end) in enumerate(self.matches):
                if i == index:
                    text.stylize(CURRENT_STYLE if n == self.current else MATCH_STYLE, start, end)
            paras[index].update(text)


def _header(doc: Document) -> Text:
    header = Text(safe(doc.title), style="bold", end="")
    meta = " · ".join(safe(x) for x in (doc.date, doc.source) if x)
    if meta:
        header.append("\n" + meta, style="dim")
    path = Path(doc.path)
    header.append("\n" + safe(f"{path.parent.name}/{path.name}"), style="dim italic")
    return header


def _paragraph_text(doc: Document, index: int, analysis: Analysis | None) -> Text:
    para = doc.paragraphs[index]
    text = doc.text[para.start : para.end]
    spans: tuple[Span, ...] = ()
    if analysis is not None:
        spans = tuple(
            Span(m.start - para.start, m.end - para.start, m.type, m.canonical)
            for m in analysis.mentions_in(para.start, para.end)
        )
    styled = entity_text(text, spans)
    styled.end = ""
    return styled
