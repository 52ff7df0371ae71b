"""A briefing item drawn so that its citation ('[1 ¶6]') is never split across two lines, and
its lines after the first start under its text, not under its bullet.

Textual wraps at any whitespace, a no-break space included, so a citation at the end of a line
could show '[1' on one row and '¶6]' on the next. This Visual wraps the item as Textual would
and, only when that breaks inside the citation, moves the citation whole to the next line.
With an `indent` (the bullet's '• '), the text after it is wrapped that much narrower and its
later lines indented by as much: a hanging indent, so that each item's bullet stands alone at
the left edge and a list of wrapped items reads as a list (an item's second line started at the
edge, level with the bullets, and read as the start of another item).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class WholeCitation(Visual):
    """`content` whose last `tail` characters (its citation) stay together on one line."""

    def __init__(self, content: Content, tail: int, indent: int = 0) -> None:
        self.content = content
        self.tail = tail
        self.indent = indent if 0 < indent < len(content) else 0
        self._laid: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.content.plain

    def laid_out(self, width: int) -> Content:
        """The content as drawn `width` cells wide: unchanged, or with a line break before the
        citation where the wrap would have cut it (not when it is wider than a line anyway)."""
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1]
        indent = self.indent if width > self.indent + 8 else 0  # too narrow to hang: as is
        head, body = self.content[:indent], self.content[indent:]
        inner = width - indent
        cut = len(body) - self.tail
        citation = body.plain[cut:]
        if self.tail and cut > 0 and cell_len(citation) <= inner:
            lines = body.wrap(inner)
            if citation not in lines[-1].plain:
                body = body[:cut].rstrip() + "\n" + body[cut:]
        laid = head + body
        if indent:
            lines = [line.rstrip() for line in body.wrap(inner)]
            laid = head + Content("\n" + " " * indent).join(lines)
        self._laid = (width, laid)
        return laid

    def _for(self, rules: RulesMap, width: int) -> Content:
        pad = rules.get("line_pad", 0) * 2
        return self.laid_out(max(width - pad, 1))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if not width:
            return []
        return self._for(options.rules, width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._for(rules, width).get_height(rules, width)
