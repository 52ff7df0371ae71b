"""The result list: one three-line row per hit, marks toggled with space; it asks for the next
page of hits when the highlight or the scroll reaches the last row loaded."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Static
from textual.widgets.option_list import Option

from briefer.read_state import ReadState
from briefer.tui.commands import bindings_for
from briefer.tui.rows import hit_row
from briefer.tui.widgets.nav_list import NavList


class ResultList(NavList):
    """Search hits, the first `len(hits)` of `total`; `marked` holds the ids of documents
    marked for a joint briefing; `read_state` (set by the screen) which ones were read."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("results")]

    class MarksChanged(Message):
        def __init__(self, count: int) -> None:
            super().__init__()
            self.count = count

    class ReadChanged(Message):
        """Rows were marked read or unread: `unread` changed."""

    class MoreWanted(Message):
        """The person reached the last row loaded and more results remain: the screen loads
        the hits from rank `offset` on and hands them to `append_hits`."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Any] = []
        self.total = 0  # matches in all; rows beyond `hits` load on demand
        self.marked: set[str] = set()
        self.read_state: ReadState | None = None
        self.unread: int | None = None  # of all `total` matches, how many are unread
        self.new_ids: frozenset[str] = frozenset()  # arrived since the last session (tagged)
        self._width = 80
        self._showing = False  # set while show_hits moves the highlight itself
        self._moved = False  # the person moved the highlight since the rows last came
        self._wanted: int | None = None  # the offset asked for and not yet appended

    @property
    def more_to_load(self) -> bool:
        return len(self.hits) < self.total

    def show_hits(
        self, hits: list[Any], total: int | None = None, unread: int | None = None
    ) -> None:
        """Replace the rows: from the top, the first highlighted, unless the person had moved to
        a document that is still there; that one stays highlighted, at the top of the list.
        `total` (default: the hits given) is how many there are to page through, `unread` how
        many of those are unread (None: not known)."""
        current = self.current_id() if self._moved else None
        self.hits = list(hits)
        self.total = max(len(self.hits), total or 0)
        self.unread = unread
        self._wanted = None
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
        self.call_after_refresh(self._scroll_to_kept)

    def _scroll_to_kept(self) -> None:
        """The kept highlight at the top; this scroll is not the person's: it loads nothing."""
        self._showing = True
        try:
            self.scroll_to_highlight(top=True)
        finally:
            self._showing = False

    def scroll_to_highlight(self, top: bool = False) -> None:
        """The highlighted row into view, and the row at the top whole: moving down, the list
        scrolls on to the next row's first line rather than show a row's last lines at the top
        (at 80x24 three `j` left 'By Dragana Ilić · 16 December…' there, a snippet with no
        title or mark above it), as newsboat and mutt scroll by whole items."""
        super().scroll_to_highlight(top=top)
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        lines = self._lines
        first = round(self.scroll_y)
        if not 0 <= first < len(lines):
            return
        index, offset = lines[first]
        if not offset or index >= highlighted:
            return  # whole, or the highlighted row itself (taller than the list)
        start = first - offset
        below = start + self._heights[index]
        if below <= self.max_scroll_y:  # cut above the highlight: the next row up top
            self.scroll_to(y=below, animate=False, immediate=True)
            return
        # near the end (the highlight kept at the top of rows that end below it: an actor
        # followed), the cut row whole instead, where the highlighted one stays whole too
        end = self._index_to_line[highlighted] + self._heights[highlighted]
        if end <= start + self.scrollable_content_region.height:
            self.scroll_to(y=start, animate=False, immediate=True)

    def append_hits(self, hits: list[Any], total: int) -> None:
        """Add a page of hits below the rows, leaving the highlight and the scroll where they
        are. A hit already listed (the index changed between pages) is left out; a page that
        brings nothing new ends the paging."""
        self._wanted = None
        known = {h.id for h in self.hits}
        fresh = [h for h in hits if h.id not in known]
        first = len(self.hits)
        self.hits.extend(fresh)
        self.total = max(len(self.hits), total) if fresh else len(self.hits)
        self.add_options(
            Option(self._row(h), id=f"hit-{n}") for n, h in enumerate(fresh, start=first)
        )

    def cancel_more(self) -> None:
        """The page asked for will not come (it failed): the end of the list may ask again."""
        self._wanted = None

    def _want_more(self) -> None:
        if self.more_to_load and self._wanted is None:
            self._wanted = len(self.hits)
            self.post_message(self.MoreWanted(self._wanted))

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self._showing or highlighted is None:
            return  # new rows that keep the person's document highlighted load nothing more
        self._moved = True
        if highlighted == len(self.hits) - 1:
            self._want_more()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # Scrolled down to the end (the wheel, the scroll bar): the next page, as at the last row.
        if new_value > old_value and new_value >= self.max_scroll_y > 0 and not self._showing:
            self._want_more()

    def _on_last_row(self) -> bool:
        return self.highlighted is not None and self.highlighted == len(self.hits) - 1

    def action_cursor_down(self) -> None:
        """Down; from the last row loaded it stays there while more rows are to come, and
        once every result is listed (NavList never wraps round)."""
        if self.more_to_load and self._on_last_row():
            self._want_more()
            return
        super().action_cursor_down()

    def action_last(self) -> None:
        """End/G; already on the last row loaded (kept there by a new search), it loads more."""
        super().action_last()
        if self._on_last_row():
            self._want_more()

    def action_page_down(self) -> None:
        super().action_page_down()  # type: ignore[no-untyped-call]
        if self._on_last_row():
            self._want_more()

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
        self._rerow(hit.id)
        self.post_message(self.MarksChanged(len(self.marked)))
        self.action_cursor_down()

    def action_clear_marks(self) -> None:
        self.marked.clear()
        self._rerender()
        self.post_message(self.MarksChanged(0))

    def _row(self, hit: Any) -> Text:
        read = self.read_state is not None and self.read_state.is_read(hit.id)
        new = hit.id in self.new_ids
        return hit_row(hit, marked=hit.id in self.marked, width=self._width, read=read, new=new)

    def mark_read(self, doc_id: str) -> None:
        """The document was opened to read: its row's title is no longer bold."""
        if self.read_state is not None and self.read_state.set_read([doc_id]):
            self._count_read([doc_id], True)
            self._rerow(doc_id)

    def action_toggle_read(self) -> None:
        hit = self.current_hit()
        if hit is None or self.read_state is None:
            return
        self._count_read([hit.id], self.read_state.toggle(hit.id))
        self._rerow(hit.id)
        self.action_cursor_down()

    def action_mark_all_read(self) -> None:
        """Every result listed is read (the rows not yet loaded are left as they are)."""
        if self.read_state is None:
            return
        unread = [h.id for h in self.hits if not self.read_state.is_read(h.id)]
        if self.read_state.set_read(unread):
            self._count_read(unread, True)
            self._rerender()

    def _count_read(self, ids: list[str], read: bool) -> None:
        """`ids`, listed rows whose state just flipped, are now read (or unread): the count of
        unread matches follows. A row listed twice (never: pages drop repeats) counts once."""
        listed = {h.id for h in self.hits}
        changed = len(set(ids) & listed)
        if self.unread is not None and changed:
            self.unread = min(self.total, max(0, self.unread + (-changed if read else changed)))
            self.post_message(self.ReadChanged())

    def _rerow(self, doc_id: str) -> None:
        for index, hit in enumerate(self.hits):
            if hit.id == doc_id:
                self.replace_option_prompt_at_index(index, self._row(hit))

    def rerender(self) -> None:
        """Every row drawn again (the documents new since the last session changed)."""
        self._rerender()

    def _rerender(self) -> None:
        for index, hit in enumerate(self.hits):
            self.replace_option_prompt_at_index(index, self._row(hit))

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width or 80
        if width != self._width:
            self._width = width
            self._rerender()


class ResultCount(Static):
    """The count line over the results. It says when its width changes — a terminal resize,
    or the sidebar shown or hidden beside it (`f`) — so that the screen refits the line."""

    class Resized(Message):
        """The count line's width changed."""

    _width = 0

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.post_message(self.Resized())
