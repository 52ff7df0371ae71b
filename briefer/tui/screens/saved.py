"""Saved searches: name the current query (`S`), and pick one to run again (`L`).

The dialogs only choose; the main screen reads and writes the settings. Names and queries are
the user's own typing (sanitised by the text box), still shown as `Text`, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label
from textual.widgets.option_list import Option

from briefer.tui.rows import safe
from briefer.tui.widgets.clean_input import CleanInput
from briefer.tui.widgets.nav_list import NavList
from briefer.tui.widgets.reader_footer import ReaderFooter

NAME_CHARS = 60  # the longest name offered by default (the query, cut)


def default_name(query: str) -> str:
    """The query itself, cut at a word to NAME_CHARS: a name that says what it finds."""
    query = " ".join(query.split())
    if len(query) <= NAME_CHARS:
        return query
    cut = query[:NAME_CHARS].rsplit(" ", 1)[0]
    return (cut or query[:NAME_CHARS]) + "…"


def search_line(name: str, query: str) -> Text:
    """`name  query`: the name in bold, the query it runs dimmed."""
    line = Text(safe(name), style="bold", end="")
    line.append("  " + safe(query), style="dim")
    return line


class SaveSearchScreen(ModalScreen[str | None]):
    """Asks for a name for `query`; dismissed with the name, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="save-search.cancel"),
    ]

    def __init__(self, query: str, taken: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.search_query = query
        self.taken = taken

    def compose(self) -> ComposeResult:
        with Vertical(id="save-search-dialog", classes="dialog"):
            title = Text("Save the search ", style="bold", end="")
            title.append(safe(self.search_query), style="bold italic")
            title.append(" as:", style="bold")
            yield Label(title)
            yield CleanInput(value=default_name(self.search_query), id="save-search-name")
            yield Label(Text("", end=""), id="save-search-note")
            yield Label(Text("Enter to save · Esc to cancel", style="dim", end=""))
        yield ReaderFooter()  # the dialog's keys, not the reader's (which do nothing here)

    def on_mount(self) -> None:
        self._note(self.query_one("#save-search-name", Input).value)

    @on(Input.Changed, "#save-search-name")
    def name_changed(self, event: Input.Changed) -> None:
        self._note(event.value)

    def _note(self, name: str) -> None:
        taken = name.strip() in self.taken
        note = Text("A saved search has this name: Enter replaces it.", style="yellow", end="")
        self.query_one("#save-search-note", Label).update(note if taken else Text("", end=""))

    @on(Input.Submitted, "#save-search-name")
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class SavedChoice:
    """What the list was left with: a search to run (or None) and the names deleted there."""

    run: str | None
    forget: tuple[str, ...] = ()


class SavedSearchesScreen(ModalScreen[SavedChoice]):
    """The saved searches, newest last: Enter runs one, Delete removes it, Escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="saved-searches.close"),
        Binding("delete,x", "forget", "Delete", id="saved-searches.delete"),
    ]

    def __init__(self, searches: dict[str, str]) -> None:
        super().__init__()
        self.searches = dict(searches)
        self.forgotten: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-searches-dialog", classes="dialog"):
            yield Label(Text("Saved searches", style="bold", end=""))
            yield NavList(*self._options(), id="saved-searches-list")
            yield Label(Text("Enter to run · Delete to remove · Esc to close", style="dim", end=""))
        yield ReaderFooter()

    def _options(self) -> list[Option]:
        return [Option(search_line(name, q), id=name) for name, q in self.searches.items()]

    def on_mount(self) -> None:
        self.query_one(NavList).focus()

    @on(NavList.OptionSelected, "#saved-searches-list")
    def chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        self.dismiss(SavedChoice(event.option_id, tuple(self.forgotten)))

    def action_forget(self) -> None:
        listing = self.query_one(NavList)
        if listing.highlighted is None:
            return
        name = listing.get_option_at_index(listing.highlighted).id
        if name is None:
            return
        self.forgotten.append(name)
        del self.searches[name]
        index = listing.highlighted
        listing.set_options(self._options())
        if self.searches:
            listing.highlighted = min(index, len(self.searches) - 1)

    def action_close(self) -> None:
        self.dismiss(SavedChoice(None, tuple(self.forgotten)))
