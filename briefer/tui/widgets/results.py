"""The result list: one three-line row per hit, marks toggled with space."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets.option_list import Option

from briefer.tui.commands import bindings_for
from briefer.tui.rows import hit_row
from briefer.tui.widgets.nav_list import NavList


class ResultList(NavList):
    """Search hits; `marked` holds the ids of documents marked for a joint briefing."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("results")]

    class MarksChanged(Message):
        def __init__(self, count: int) -> None:
            super().__init__()
            self.count = count

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Any] = []
        self.marked: set[str] = set()
        self._width = 80
        self._showing = False  # set while show_hits moves the highlight itself
        self._moved = False  # the person moved the highlight since the rows last came

    def show_hits(self, hits: list[Any]) -> None:
        """Replace the rows: from the top, the first highlighted, unless the person had moved to
        a document that is still there; that one stays highlighted, at the top of the list."""
        current = self.current_id() if self._moved else None
        self.hits = list(hits)
        ids = [h.id for h in self.hits]
        self._moved = current in ids
        self._showing = True
        try:
            self.set_options(Option(self._row(h), id=f"hit-{n}") for n, h in enumerate(self.hits))
            if self.hits:
                self.highlighted = ids.index(current) if current in ids else 0
        finally:
            self._showing = False
        # Once laid out (the rows' heights depend on the width): a row is never cut at the top.
        self.call_after_refresh(self.scroll_to_highlight, top=True)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if not self._showing and highlighted is not None:
            self._moved = True

    def current_hit(self) -> Any | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.hits):
            return None
        return self.hits[index]

    def current_id(self) -> str | None:
        hit = self.current_hit()
        return None if hit is None else str(hit.id)

    def action_toggle_mark(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.marked.symmetric_difference_update({hit.id})
        index = self.hits.index(hit)
        self.replace_option_prompt_at_index(index, self._row(hit))
        self.post_message(self.MarksChanged(len(self.marked)))
        self.action_cursor_down()

    def action_clear_marks(self) -> None:
        self.marked.clear()
        self._rerender()
        self.post_message(self.MarksChanged(0))

    def _row(self, hit: Any) -> Text:
        return hit_row(hit, marked=hit.id in self.marked, width=self._width)

    def _rerender(self) -> None:
        for index, hit in enumerate(self.hits):
            self.replace_option_prompt_at_index(index, self._row(hit))

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width or 80
        if width != self._width:
            self._width = width
            self._rerender()
