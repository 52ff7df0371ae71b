"""The Document tab's content: the document view, its find box and the match count, and over
the text, once its header has scrolled away, the document's title and source."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from briefer.tui.rows import safe
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.find_bar import FindBar

if TYPE_CHECKING:
    from briefer.sources.document import Document


class DocumentPane(Vertical):
    """Owns find: `open_find()` shows the box; typing highlights, Enter returns to the text."""

    DEFAULT_CSS = """
    DocumentPane { height: 1fr; }
    DocumentPane #find-status { height: auto; padding: 0 1; }
    DocumentPane #where {
        display: none; height: 1; padding: 0 1; background: $boost;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    DocumentPane #where.-shown { display: block; }
    DocumentPane #find { display: none; }
    DocumentPane #find.-open { display: block; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_find", "Close find", id="document.close-find"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape closes an open find from the text too; otherwise it goes to the screen."""
        if action == "close_find":
            return self.query_one(FindBar).has_class("-open")
        return True

    def action_close_find(self) -> None:
        self.find_closed()

    def compose(self) -> ComposeResult:
        yield Static(Text("", end=""), id="where")
        yield DocumentView(id="document-view")
        yield Static(Text("", end=""), id="find-status")
        yield FindBar(id="find")

    def on_mount(self) -> None:
        self._where_of: str | None = None  # the document whose title #where holds
        self.watch(self.query_one(DocumentView), "scroll_y", self._show_where, init=False)

    def _show_where(self) -> None:
        """Over the text, once it is scrolled off the header, the title, date and source of
        the document read: a jump from a joint briefing's item ('[3 ¶7]') scrolled the header
        away, and nothing on screen said which document the paragraph was in (as a browser's
        tab, or less's prompt, keeps the name in view). Redrawn only when the document or
        the side of the header changes, not on every scrolled line."""
        view = self.query_one(DocumentView)
        doc = view.document
        shown = doc is not None and round(view.scroll_y) > 0
        where = self.query_one("#where", Static)
        if shown and doc is not None and doc.id != self._where_of:
            self._where_of = doc.id
            where.update(where_line(doc))
        where.set_class(shown, "-shown")

    def open_find(self) -> None:
        find = self.query_one(FindBar)
        find.add_class("-open")
        # Focused now, not after the keys already queued (as `focus()` would): a burst typed
        # right behind `/` belongs in the box, not to the text's n, N and letter commands.
        self.screen.set_focus(find)

    @on(Input.Changed, "#find")
    def find_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one(DocumentView).find(event.value)

    @on(Input.Submitted, "#find")
    def find_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DocumentView).focus()

    @on(FindBar.Closed)
    def find_closed(self) -> None:
        self.close_find()
        self.query_one(DocumentView).focus()

    def close_find(self) -> None:
        """Hide the find box and clear every highlight (the find's and the search words'), the
        focus left where it is. A jump to a cited paragraph does it: the box left open counted
        matches of the text read before ('match 1/6' over paragraph 11, n leaving it for
        match 1), and took the Escape meant to go back to the briefing item (as a browser's
        find bar closes when a link is followed)."""
        find = self.query_one(FindBar)
        view = self.query_one(DocumentView)
        if view.matches or view.needle:
            view.clear_find()
        if find.has_class("-open"):
            find.remove_class("-open")
            self.screen.refresh_bindings()  # "Close find" leaves the footer even if focus stays

    def on_document_view_find_status(self, message: DocumentView.FindStatus) -> None:
        status = self.query_one("#find-status", Static)
        view = self.query_one(DocumentView)
        typed = bool(view.needle)
        if not typed and not (view.search_words and message.count):
            status.update(Text("", end=""))
        elif message.count == 0:
            status.update(Text("no matches", style="dim", end=""))
        else:
            shown = (message.current or 0) + 1
            what = "match" if typed else "search words"
            line = f"{what} {shown}/{message.count}  (n / N)"
            status.update(Text(line, style="dim", end=""))


def where_line(doc: Document) -> Text:
    """'Title · 2022-12-27 · Northern Courier' on one line, cut with an ellipsis."""
    line = Text(safe(doc.title), style="bold", end="", no_wrap=True, overflow="ellipsis")
    meta = " · ".join(safe(x) for x in (doc.date, doc.source) if x)
    if meta:
        line.append(f" · {meta}", style="dim")
    return line
