"""Every command of the reader, declared once.

Bindings, the command palette and the help screen are all generated from `COMMANDS`, so a key
shown in the footer, offered in Ctrl+P and listed under `?` can never disagree.

The footer at 80 columns holds about eight keys beside the palette's: those a new reader needs
from the pane with focus (mark, open, copy, brief, export, sort, help, quit; jump in a briefing,
find in a document). Keys marked `wide_only` join them from 110 columns, and the screen trims
a few more by context there (see MainScreen.active_bindings); all are in help and Ctrl+P.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "main", "list", "results", "document", "briefing"]


@dataclass(frozen=True, slots=True)
class Command:
    """One command: a stable id (for keymaps), its keys, what it does and where it is bound."""

    id: str
    keys: str
    description: str
    action: str
    scope: Scope
    show: bool = False
    palette: bool = True
    key_display: str | None = None
    priority: bool = False
    label: str | None = None  # the footer's short text; `description` serves help and palette
    wide_only: bool = False  # shown in the footer only from WIDE_FOOTER columns
    # Offered in Ctrl+P only while this pane has focus (a pane's own command: its scope).
    pane: Scope | None = None
    # A briefing key that also works from the results and the sidebar while the briefing is
    # the tab shown (`1`, `B` and `d` show it and leave the focus in the results).
    while_shown: bool = False

    @property
    def palette_pane(self) -> Scope | None:
        """The pane that must have focus for the palette to offer this command, if any."""
        if self.pane is not None:
            return self.pane
        return self.scope if self.scope in PANE_SCOPES else None


# The panes whose own keys (Space, J/K, n/N...) the palette offers while that pane has focus.
PANE_SCOPES: tuple[Scope, ...] = ("results", "document", "briefing")


COMMANDS: tuple[Command, ...] = (
    # Application-wide. A letter types while the search box has focus, so each main command
    # also has a Ctrl or function key: the footer shows the key that works from the focus.
    Command("app.quit", "q", "Quit", "quit", "app", show=True),
    Command(
        "app.quit-anywhere",
        "ctrl+q",
        "Quit, from a text box or dialog too",
        "quit",
        "app",
        show=True,
        palette=False,
        priority=True,
        label="Quit",
    ),
    Command("app.help", "question_mark,f1", "Help", "help", "app", show=True),
    Command("app.toggle-theme", "t", "Switch between light and dark themes", "toggle_theme", "app"),
    # The main screen.
    # Priority: `/` acts as the app reads it, before the keys typed behind it are routed, so
    # those reach the box it opens (it is off while a text box has focus: `/` types there).
    Command(
        "main.search",
        "slash",
        "Find in the document shown, else search",
        "slash",
        "main",
        show=True,  # in the footer only where it finds: see MainScreen.active_bindings
        priority=True,
        label="Find",
        pane="document",  # Ctrl+P offers it where it finds: in the document read
    ),
    Command("main.focus-search", "ctrl+f", "Focus the search box", "focus_search", "main"),
    # Down or Enter in the search box walks on into the results, as in a launcher; elsewhere
    # lists and panes take them. Priority, as `/`: the move is made as the app reads the key,
    # so keys typed right behind it act on the results instead of landing in the query (Enter
    # left to the box moved the focus only once its Submitted message came round: 'kosovo⏎j'
    # typed fast searched for 'kosovoj').
    Command(
        "main.to-results",
        "down,enter",
        "Go from the search box to the results",
        "to_results",
        "main",
        palette=False,
        priority=True,
    ),
    Command(
        "main.open",
        "o",
        "Open the file in the system's viewer",
        "open_file",
        "main",
        show=True,
        label="Open",
    ),
    Command(
        "main.copy",
        "y",
        "Copy the briefing item as a citation, else the document's path",
        "copy",
        "main",
        show=True,
        label="Copy",
    ),
    Command(
        "main.brief-marked",
        "b,ctrl+b",
        "Briefing of marked documents (none marked: of the highlighted one)",
        "brief_marked",
        "main",
        show=True,
        label="Brief marked",
    ),
    Command(
        "main.brief-results",
        "B",
        "Briefing of all results",
        "brief_results",
        "main",
        show=True,
        label="Brief all",
    ),
    Command(
        "main.brief-document", "d", "Briefing of the selected document", "brief_document", "main"
    ),
    # "More like this" (Recoll's "find similar"): the query language's `like:` clause in the
    # box, to see and edit, and searched; a history stop as an actor followed is.
    Command(
        "main.more-like",
        "m",
        "More like this: the documents similar to the highlighted result (to the document "
        "shown, in the Document tab)",
        "more_like",
        "main",
        show=True,
        label="Similar",
        wide_only=True,
    ),
    Command(
        "main.export",
        "e,ctrl+o",
        "Export the briefing to Markdown",
        "export",
        "main",
        show=True,
        label="Export",
    ),
    Command(
        "main.sort",
        "s,ctrl+s",
        "Sort by relevance or date",
        "toggle_sort",
        "main",
        show=True,
        label="Sort",
    ),
    Command(
        "main.unread-only",
        "U",
        "Show only unread documents, or every document again",
        "toggle_unread",
        "main",
    ),
    # mutt's `l ~N` (limit to new): what arrived since the last session, read or not
    Command(
        "main.new-only",
        "W",
        "Show only what is new since the last session, or every document again",
        "toggle_new",
        "main",
    ),
    # newsboat's "mark all read", the end of a session's reading: in Ctrl+P too, and from
    # any pane (it was bound in the results only, and the palette never offered it)
    Command(
        "main.all-read",
        "A",
        "Mark every result listed read",
        "mark_all_read",
        "main",
    ),
    Command(
        "main.reindex",
        "r,ctrl+r",
        "Re-index the library",
        "reindex",
        "main",
        show=True,
        label="Re-index",
        wide_only=True,
    ),
    Command(
        "main.cancel-index",
        "x",
        "Cancel indexing",
        "cancel_index",
        "main",
        show=True,
        label="Cancel indexing",
    ),
    Command(
        "main.back",
        "left_square_bracket,alt+left",
        "Back to the previous document",
        "back",
        "main",
        key_display="[",
    ),
    Command(
        "main.forward",
        "right_square_bracket,alt+right",
        "Forward to the next document",
        "forward",
        "main",
        key_display="]",
    ),
    # The searches of the session (a typed one once the typing stops, an actor followed, a
    # saved search): Alt+Up / Alt+Down work from the search box too, where `{` `}` type.
    Command(
        "main.query-back",
        "alt+up,left_curly_bracket",
        "Back to the previous search, its results and row",
        "query_back",
        "main",
        show=True,  # only once there is one to go back to
        label="Prev search",
        key_display="Alt+↑",
        wide_only=True,
    ),
    Command(
        "main.query-forward",
        "alt+down,right_curly_bracket",
        "Forward to the next search",
        "query_forward",
        "main",
        key_display="Alt+↓",
    ),
    Command("main.briefing-tab", "1", "Show the Briefing tab", "show_tab('briefing')", "main"),
    Command("main.document-tab", "2", "Show the Document tab", "show_tab('document')", "main"),
    Command(
        "main.toggle-entities", "f", "Show or hide the entity sidebar", "toggle_entities", "main"
    ),
    Command(
        "main.widen-reader",
        "z",
        "Read at full width: hide the results and the sidebar (z or Escape brings them back)",
        "toggle_wide_reader",
        "main",
        show=True,  # from a reading pane whose results show: see MainScreen.active_bindings
        label="Full width",
    ),
    Command(
        "main.clear-filter",
        "escape",
        "Back one step: to the briefing item jumped from, else the results; or clear the filter",
        "clear_filter",
        "main",
        show=True,  # labelled by where it leads: see MainScreen.active_bindings
        palette=True,
        label="Results",
    ),
    Command(
        "main.suggestion", "ctrl+y", "Search for the suggested spelling", "use_suggestion", "main"
    ),
    Command(
        "main.skipped",
        "I",
        "Files the last indexing skipped, and why",
        "show_skipped",
        "main",
    ),
    Command("main.save-search", "S", "Save the current search under a name", "save_search", "main"),
    Command(
        "main.saved-searches",
        "L",
        "Saved searches: run or delete one",
        "saved_searches",
        "main",
    ),
    # Lists and panes (vim keys besides the arrows).
    Command("list.down", "j,down", "Down", "cursor_down", "list", palette=False),
    Command("list.up", "k,up", "Up", "cursor_up", "list", palette=False),
    Command("list.top", "g,home", "First", "first", "list", palette=False),
    Command("list.bottom", "G,end", "Last", "last", "list", palette=False),
    Command("list.page-down", "pagedown", "Page down", "page_down", "list", palette=False),
    Command("list.page-up", "pageup", "Page up", "page_up", "list", palette=False),
    Command("list.choose", "enter", "Choose", "select", "list", palette=False),
    Command(
        "results.mark",
        "space",
        "Mark or unmark the document",
        "toggle_mark",
        "results",
        show=True,
        label="Mark",
    ),
    Command("results.clear-marks", "u", "Clear all marks", "clear_marks", "results"),
    Command(
        "results.toggle-read",
        "R",
        "Mark the document read or unread (unread titles are bold)",
        "toggle_read",
        "results",
    ),
    Command("document.down", "j,down", "Scroll down", "scroll_down", "document", palette=False),
    Command("document.up", "k,up", "Scroll up", "scroll_up", "document", palette=False),
    Command("document.top", "g,home", "Top", "scroll_home", "document", palette=False),
    Command("document.bottom", "G,end", "Bottom", "scroll_end", "document", palette=False),
    Command(
        "document.page-down", "pagedown,space", "Page down", "page_down", "document", palette=False
    ),
    Command("document.page-up", "pageup", "Page up", "page_up", "document", palette=False),
    Command(
        "document.next", "n", "Next match of the find or search words", "next_match", "document"
    ),
    Command(
        "document.previous",
        "N",
        "Previous match of the find or search words",
        "previous_match",
        "document",
    ),
    Command(
        "briefing.jump",
        "enter",
        "Jump to the cited paragraph; on an actor, list the documents naming it; on a fold "
        "('… 15 more'), show the whole section",
        "select",
        "briefing",
        show=True,
        label="Jump",
    ),
    # A briefing of many documents runs to pages (twenty background sentences before the
    # actors): J and K step from section to section, as newsboat's J/K step from feed to feed.
    Command(
        "briefing.next-section",
        "J",
        "Next section of the briefing, its heading at the top",
        "next_section",
        "briefing",
        while_shown=True,
    ),
    Command(
        "briefing.previous-section",
        "K",
        "Previous section of the briefing",
        "previous_section",
        "briefing",
        while_shown=True,
    ),
    # Folds: Enter on one shows that section whole; `*` every section at once, and again folds
    # them all, as Thunderbird's `*` opens every thread (vim's zR / zM, org-mode's S-Tab).
    Command(
        "briefing.toggle-folds",
        "asterisk",
        "Show every section whole (expand all), or fold the long ones again",
        "toggle_folds",
        "briefing",
        key_display="*",
        while_shown=True,
    ),
)


def commands_for(scope: Scope) -> list[Command]:
    return [c for c in COMMANDS if c.scope == scope]


def bindings_for(scope: Scope) -> list[Binding]:
    """The `BINDINGS` for a scope, each with the command's id so user keymaps can rebind it.
    The screen's ("main") also carry the briefing keys that act on the briefing shown from
    another pane (`while_shown`), through MainScreen.action_on_briefing, out of the footer."""
    bindings = [
        Binding(
            c.keys,
            c.action,
            c.label or c.description,
            show=c.show,
            key_display=c.key_display,
            priority=c.priority,
            id=c.id,
        )
        for c in commands_for(scope)
    ]
    if scope == "main":
        bindings += [
            Binding(
                c.keys,
                f"on_briefing('{c.action}')",
                c.label or c.description,
                show=False,
                key_display=c.key_display,
                id=c.id,  # a keymap that rebinds the key rebinds it here too
            )
            for c in COMMANDS
            if c.while_shown
        ]
    return bindings


# Columns from which the layout is wide (the sidebar shows, app.HORIZONTAL_BREAKPOINTS) and the
# footer shows the `wide_only` keys too.
WIDE_FOOTER = 110


# From this many columns the footer has room for Alt+Up beside every pane's keys (measured:
# the reading panes' Help ends at the palette's key at 140); in the search box, whose keys are
# fewer, from SEARCH_BACK_FOOTER_IN_BOX.
SEARCH_BACK_FOOTER = 140
SEARCH_BACK_FOOTER_IN_BOX = 120

# Below this many columns the footer shows one briefing key, as below WIDE_FOOTER (of the
# marked documents once there are some, else of all): with both beside Re-index and Sort,
# the results list's Help ended at column 103 at 110 columns, under the palette's key at 98.
# Measured with both keys: Help meets the palette's key at 115 in the results list, at 121
# in the reading panes (Back too).
BOTH_BRIEF_FOOTER = 121


# What the footer leaves out first when its keys would run under the palette's key, whatever
# the rules above let through (a long label, a width between the measured ones): the keys a
# reader can most easily do without, first. Help, Quit, the pane's own keys (Mark, Jump, Find)
# and Escape's are never left out; help and Ctrl+P list everything.
FOOTER_DROP_ORDER = (
    "main.more-like",  # a key to discover in help and Ctrl+P: the footer's where it fits
    "main.reindex",  # the library is checked for changes on opening
    "main.sort",  # where keys overflow (the reading panes), the results' order matters least
    "main.query-back",
    "main.brief-marked",
    "main.brief-results",
    "main.widen-reader",
    "main.export",
    "main.copy",
    "main.open",
)


def wide_only_ids() -> frozenset[str]:
    """Binding ids whose keys the footer leaves out below WIDE_FOOTER columns."""
    return frozenset(c.id for c in COMMANDS if c.wide_only)


def palette_commands() -> list[Command]:
    return [c for c in COMMANDS if c.palette]


_KEY_NAMES = {
    "question_mark": "?",
    "asterisk": "*",
    "slash": "/",
    "space": "Space",
    "escape": "Esc",
    "enter": "Enter",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "pagedown": "PgDn",
    "pageup": "PgUp",
}


def display_keys(command: Command) -> str:
    """Keys as a person types them: `f1,question_mark` → `F1 / ?`."""
    shown = []
    for key in command.keys.split(","):
        name = _KEY_NAMES.get(key)
        if name is None:
            *mods, last = key.split("+")
            last = last.upper() if mods and len(last) == 1 else _KEY_NAMES.get(last, last)
            last = last.capitalize() if len(last) > 1 and last[0].islower() else last
            name = "+".join([*(m.capitalize() for m in mods), last])
        shown.append(name)
    return " / ".join(shown)


#: The scopes help lists, in its order, with the heading each goes under.
HELP_SCOPES: dict[str, str] = {
    "app": "Everywhere",
    "main": "Reader",
    "list": "Lists (results, entities, briefing)",
    "results": "Results",
    "document": "Document",
    "briefing": "Briefing",
}


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys under the scope they work in: (heading, [(keys, description)]), our own
    strings only, no document text."""
    return [
        (title, [(display_keys(c), c.description) for c in commands_for(scope)])  # type: ignore[arg-type]
        for scope, title in HELP_SCOPES.items()
    ]


def help_table() -> str:
    """The keys as Markdown, a line each under its scope: a list, not a table, so that each
    key takes one line at 80 columns."""
    lines: list[str] = []
    for title, keys in help_sections():
        lines += [f"### {title}", ""]
        lines += [f"- `{shown}` {description}" for shown, description in keys]
        lines.append("")
    return "\n".join(lines)
