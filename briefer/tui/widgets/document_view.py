"""The Document tab: the whole text, entities coloured, find matches highlighted, paragraphs
addressable so a citation can scroll to one.

One Line API widget draws only the lines on screen: the layout is a list of line offsets per
paragraph (`briefer.tui.wrap`), and a paragraph's styled `Text` is built when one of its lines
is first drawn. A 16,000-paragraph document opens, scrolls and finds as fast as a short one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.events import MouseMove, Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefer.briefing.model import Span
from briefer.render.segments import clean
from briefer.render.terminal import entity_text
from briefer.tui.commands import bindings_for
from briefer.tui.find import BlockFinder, step
from briefer.tui.rows import fit_path, safe
from briefer.tui.wrap import Layout

if TYPE_CHECKING:  # annotations only: importing the core costs first-paint time
    from briefer.analysis.model import Analysis, Mention
    from briefer.sources.document import Document

MATCH_STYLE = "black on yellow"
CURRENT_STYLE = "bold black on dark_orange"
MARGIN = 1  # cells left blank on each side of the text
# Each paragraph's number stands in a gutter left of the text, dim, on its first line, as a
# judgment or a report numbers its paragraphs: a citation's `¶12` can be found by eye, and
# read off a paragraph to cite it. The gutter is as wide as the largest number, plus a space.
NUMBER_STYLE = Style(dim=True)
FALLBACK_WIDTH = 80  # the layout width while the tab has never been shown


class DocumentView(ScrollView, can_focus=True):
    """Shows one document; `find()` highlights every match and `n`/`N` step through them.
    With no find typed, `search_words` (the words of the search that listed the document) are
    highlighted instead, so the text shows why it matched.

    Block 0 of the layout is the header (title, date · source, file); block `n` is paragraph
    `n` (1-based, as citations count), numbered in the gutter left of the text.
    """

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("document")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"document-view--cited", "document-view--rule"}
    DEFAULT_CSS = """
    DocumentView { overflow-x: hidden; scrollbar-gutter: stable; }
    DocumentView > .document-view--cited { background: $accent 20%; }
    DocumentView > .document-view--rule { color: $foreground 20%; }
    """

    class FindStatus(Message):
        """How many matches there are and which one is current (for the find bar)."""

        def __init__(self, current: int | None, count: int) -> None:
            super().__init__()
            self.current = current
            self.count = count

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None
        self.matches: list[tuple[int, int, int]] = []  # (paragraph index, start, end)
        self.current: int | None = None
        self.needle = ""
        self.search_words: list[str] = []  # highlighted while no find is typed
        self.cited: int | None = None  # the paragraph number a citation jumped to
        self._plain: list[str] = []  # block texts: header, then paragraphs
        self._styled: dict[int, Text] = {}  # block -> entity-coloured text, built when drawn
        self._mentions: list[list[Mention]] = []
        self._match_paragraphs: list[int] = []  # matches' paragraph indexes, for bisect
        self._layout = Layout(FALLBACK_WIDTH)
        self._finder: BlockFinder | None = None  # made on the first find in a document
        self._pending_jump = False  # a jump made while hidden is redone once there is room

    # ---- content --------------------------------------------------------------------------

    def show_document(self, doc: Document, analysis: Analysis | None) -> None:
        """Replace the content with `doc` (entity spans from `analysis`, if any)."""
        self.document = doc
        self.matches, self.current, self.cited = [], None, None
        self._match_paragraphs, self._finder = [], None
        self._styled = {}
        self._plain = [""]  # the header: made to the width by _relayout
        self._plain += [clean(doc.text[p.start : p.end]).replace("\t", " ") for p in doc.paragraphs]
        self._mentions = _mentions_by_paragraph(doc, analysis)
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if self.needle:
            self.find(self.needle)
        elif self.search_words:
            self._find_any(self.search_words, whole_words=True)

    @property
    def paragraph_count(self) -> int:
        return max(0, len(self._plain) - 1)

    @property
    def indent(self) -> int:
        """Cells left of the text: the margin, then room for the largest paragraph number and
        a space (none for a document without paragraphs)."""
        count = self.paragraph_count
        return MARGIN + (len(str(count)) + 1 if count else 0)

    def _inner(self, width: int) -> int:
        """The text's width in a view `width` cells wide."""
        return max(width - self.indent - MARGIN, 8)

    @property
    def line_count(self) -> int:
        """Lines in the laid-out content (header, paragraphs and the gaps between them)."""
        return self._layout.total

    def paragraph_line(self, number: int) -> int:
        """The first line of paragraph `number` (1-based) in the scrolled content."""
        return self._layout.first[number]

    def line_text(self, line: int) -> Text:
        """What line `line` of the content shows, styled (margins not included)."""
        where = self._layout.locate(line)
        if where is None:
            return Text("", end="")
        block, within = where
        styled = self._block_text(block)
        start, end = self._layout.span(block, within, len(styled))
        text = styled[start:end]
        first = bisect_left(self._match_paragraphs, block - 1)
        last = bisect_right(self._match_paragraphs, block - 1)
        for n in range(first, last):
            _, m_start, m_end = self.matches[n]
            if m_start < end and m_end > start:
                style = CURRENT_STYLE if n == self.current else MATCH_STYLE
                text.stylize(style, max(0, m_start - start), m_end - start)
        text.rstrip()
        text.expand_tabs(1)
        text.end = ""
        return text

    def _block_text(self, block: int) -> Text:
        styled = self._styled.get(block)
        if styled is None:
            assert self.document is not None
            para = self.document.paragraphs[block - 1]
            raw = self.document.text[para.start : para.end]
            spans = [
                Span(m.start - para.start, m.end - para.start, m.type, m.canonical)
                for m in self._mentions[block - 1]
            ]
            styled = self._styled[block] = entity_text(raw, spans)
        return styled

    def _relayout(self) -> None:
        """Wrap every block to the current width, keeping the top paragraph in view."""
        top = self._layout.locate(round(self.scroll_y)) if self._layout.total else None
        width = self.scrollable_content_region.width or self._layout.width + self.indent + MARGIN
        inner = self._inner(width)
        if self.document is not None:
            self._styled[0] = _header(self.document, inner)
            self._plain[0] = self._styled[0].plain
        self._layout = Layout.of(self._plain, inner)
        self.virtual_size = Size(width, self._layout.total)
        if top is not None and top[0] < len(self._plain):
            self.scroll_to(y=self._layout.line_of(top[0]), animate=False, immediate=True)
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        width = self.scrollable_content_region.width
        if width and self._inner(width) != self._layout.width and self._plain:
            self._relayout()
        if self._pending_jump and self.cited is not None and self.size.height:
            self._pending_jump = False
            self.scroll_to(y=self.paragraph_line(self.cited), animate=False, immediate=True)

    def on_mouse_move(self, event: MouseMove) -> None:
        """Over the header's file line, the document's whole path (the line shows its end)."""
        where = self._layout.locate(round(self.scroll_y) + event.y)
        over = self.document is not None and where == (0, len(self._layout.starts[0]) - 1)
        tooltip = Text(safe(self.document.path), end="") if over and self.document else None
        if tooltip != self.tooltip:
            self.tooltip = tooltip

    def on_leave(self) -> None:
        self.tooltip = None

    # ---- drawing --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = round(self.scroll_y) + y
        where = self._layout.locate(line)
        if where is None:
            if self._layout.starts and line == len(self._layout.starts[0]):  # under the header
                rule = self.get_component_rich_style("document-view--rule")
                text = Text("─" * max(width - 2 * MARGIN, 0), style=Style(color=rule.color))
                return self._strip(text, base, width, " " * MARGIN)
            return Strip.blank(width, base)
        block, within = where
        if block and block == self.cited:
            cited = self.get_component_rich_style("document-view--cited")
            base = base + Style(bgcolor=cited.bgcolor)
        number = str(block) if block and not within else ""
        left = number.rjust(self.indent - 1) + " "
        return self._strip(self.line_text(line), base, width, left)

    def _strip(self, text: Text, base: Style, width: int, left: str) -> Strip:
        """`text` drawn after `left` (the margin, and the gutter's number or blanks)."""
        padded = Text(left, style=NUMBER_STYLE, end="")
        padded.append_text(text)
        padded.stylize_before(base)
        strip = Strip(padded.render(self.app.console), padded.cell_len)
        return strip.crop_extend(0, width, base)

    # ---- moving ---------------------------------------------------------------------------

    def action_scroll_home(self) -> None:
        """Home / g: straight to the top. Animated, a long document drew frames for a second."""
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        """End / G: straight to the last line, without an animation."""
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # ---- citations and find ---------------------------------------------------------------

    def jump_to(self, number: int) -> None:
        """Scroll paragraph `number` (1-based) to the top and mark it as the cited one."""
        if not self.paragraph_count:
            return
        width = self.scrollable_content_region.width
        if width and self._inner(width) != self._layout.width:
            # sized, but its Resize not handled yet: a document loaded while the tab was
            # hidden is still wrapped for FALLBACK_WIDTH, and a jump by that layout landed
            # lines away from the paragraph (stopped short at the end of the shorter text)
            self._relayout()
        self.cited = max(1, min(number, self.paragraph_count))
        self._pending_jump = not self.size.height
        self.scroll_to(y=self.paragraph_line(self.cited), animate=False, immediate=True)
        self.refresh()

    def find(self, needle: str) -> None:
        """Highlight every match of `needle`; the first one becomes current."""
        self.needle = needle
        self._find_any([needle] if needle else [])

    def _find_any(self, needles: list[str], *, whole_words: bool = False) -> None:
        """Matches of any needle; a search's words (stems, prefixes) shown whole, a find as
        typed."""
        if self._finder is None:
            self._finder = BlockFinder(self._plain[1:])
        self.matches = self._finder.find_any(needles, to_word_end=whole_words)
        self._match_paragraphs = [i for i, _, _ in self.matches]
        self.current = 0 if self.matches else None
        self.refresh()
        self._reveal()

    def show_search_words(self, words: list[str]) -> None:
        """Highlight a new search's words in the document shown (a find typed keeps its own):
        the same document can head the results of the next search, and is not loaded again."""
        if words == self.search_words:
            return
        self.search_words = words
        if self.document is None or self.needle:
            return
        if words:
            self._find_any(words, whole_words=True)
        else:
            self.clear_find()

    def clear_find(self) -> None:
        """No highlights at all: the typed find's, and the search words' until the next
        document."""
        self.needle = ""
        self.matches, self.current, self._match_paragraphs = [], None, []
        self.refresh()
        self.post_message(self.FindStatus(None, 0))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n and N only where there is a match to step to: the palette then offers them only
        there (with none, they did nothing visible)."""
        if action in ("next_match", "previous_match"):
            return bool(self.matches)
        return True

    def action_next_match(self) -> None:
        self._move(forward=True)

    def action_previous_match(self) -> None:
        self._move(forward=False)

    def _move(self, *, forward: bool) -> None:
        before = self.current
        self.current = step(self.current, len(self.matches), forward)
        self._refresh_matches(i for i in (before, self.current) if i is not None)
        self._reveal()

    def match_line(self, n: int) -> int:
        """The line showing the start of match `n`."""
        index, start, _ = self.matches[n]
        return self._layout.line_of(index + 1, start)

    def _refresh_matches(self, numbers: Iterable[int]) -> None:
        top = round(self.scroll_y)
        for n in numbers:
            index, start, end = self.matches[n]
            first = self._layout.line_of(index + 1, start)
            last = self._layout.line_of(index + 1, max(start, end - 1))
            self.refresh_lines(first - top, last - first + 1)

    def _reveal(self) -> None:
        self.post_message(self.FindStatus(self.current, len(self.matches)))
        if self.current is None:
            return
        line = self.match_line(self.current)
        top, height = round(self.scroll_y), self.size.height
        if not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)


def _header(doc: Document, width: int) -> Text:
    """Title, `date · source`, then the folder and file name on one line of `width` cells (its
    start cut with an ellipsis when it is longer: the file name stays in view)."""
    header = Text(safe(doc.title), style="bold", end="")
    meta = " · ".join(safe(x) for x in (doc.date, doc.source) if x)
    if meta:
        header.append("\n" + meta, style="dim")
    path = Path(doc.path)
    shown = fit_path(f"{safe(path.parent.name)}/{safe(path.name)}", width)
    header.append("\n" + shown, style="dim italic")
    return header


def _mentions_by_paragraph(doc: Document, analysis: Analysis | None) -> list[list[Mention]]:
    """Each paragraph's mentions, in one pass (a lookup per paragraph is quadratic)."""
    buckets: list[list[Mention]] = [[] for _ in doc.paragraphs]
    if analysis is None or not doc.paragraphs:
        return buckets
    starts = [p.start for p in doc.paragraphs]
    for mention in analysis.mentions:
        index = bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= doc.paragraphs[index].end:
            buckets[index].append(mention)
    return buckets


__all__ = ["CURRENT_STYLE", "MATCH_STYLE", "DocumentView", "bisect_left"]
