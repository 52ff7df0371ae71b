"""The Briefing tab: sections as headings, coloured entities; Enter jumps to a citation, or
follows an actor through the library."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefer.briefing.model import Briefing, Item, Section, SourceRef
from briefer.render.layout import reaction_groups, summary
from briefer.render.palette import entity_style
from briefer.render.terminal import LEGEND_SHORT, entity_text, legend_key, legend_text
from briefer.tui.commands import bindings_for
from briefer.tui.messages import ActorChosen, CitationSelected
from briefer.tui.rows import safe
from briefer.tui.whole_citation import WholeCitation
from briefer.tui.widgets.nav_list import NavList

LEGEND = "legend"  # the legend's option id
DOCUMENT = "document"  # the scope of one document's briefing (else "marked" or "results")
MARKED = "marked"  # the scope of a briefing of marked documents, titled by its parties
BULLET = len("• ")  # an item's and an actor's later lines start under their text (hanging)
# A section shows its first FOLD_AFTER rows, the rest behind a '… 15 more (Enter shows all)'
# row: a Background of 20 items over six documents (always first) took six pages at 80x24
# before the Actors. A section only one row longer shows whole (a fold would hide one row).
FOLD_AFTER = 5
MORE = "more-"  # the option id of a section's fold, before the section's key


class BriefingView(NavList):
    """One option per line of the briefing; items that cite a paragraph can be chosen, and so
    can actors (to find every document that mentions them).

    The legend under the title fits the pane's width (short labels when narrow) and, under the
    mouse, shows every type's full name as a tooltip.
    """

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("briefing")]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.scope = ""
        self._targets: dict[str, tuple[str, int]] = {}
        self._items: dict[str, Item] = {}
        self._actors: dict[str, str] = {}  # option id -> the actor's canonical name
        self._sections: list[int] = []  # the option index of each section's heading (J, K)
        # the highlighted row when J went past the last section to the end (the sources)
        self._past_end: int | None = None
        self._on_actor = False  # the highlight is on an actor (the footer says "Follow")
        self._on_fold = False  # the highlight is on a fold (the footer says "Show all")
        self._unfolded: set[str] = set()  # the sections shown whole (Enter on their fold)
        self._legend_width = 0

    def _room(self) -> int:
        padding = self.get_component_styles("option-list--option").padding.width
        return max(self.scrollable_content_region.width - padding, 0)

    def _legend(self) -> Text:
        self._legend_width = self._room()
        return legend_text(self._legend_width or None)

    def on_resize(self) -> None:
        if self.briefing is not None and self._room() != self._legend_width:
            self.replace_option_prompt(LEGEND, self._legend())

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Over the legend, the full name of each type (the narrow legend shortens them)."""
        index = event.style.meta.get("option")
        over = isinstance(index, int) and index == self._legend_index()
        if over and self.tooltip is None:
            self.tooltip = legend_key()
        elif not over and self.tooltip is not None:
            self.tooltip = None

    def on_leave(self) -> None:
        self.tooltip = None

    def _legend_index(self) -> int | None:
        try:
            return self.get_option_index(LEGEND)
        except OptionDoesNotExist:
            return None

    def show_note(self, note: str) -> None:
        """One dim line where the briefing goes, while it is being built: a briefing of a long
        document (16,000 paragraphs) takes a minute, and an empty pane would look like none."""
        self.briefing = None
        self._targets.clear()
        self._items.clear()
        self._actors.clear()
        self._sections, self._past_end = [], None
        self.set_options([Option(Text(safe(note), style="dim italic", end=""), disabled=True)])

    def show_briefing(self, briefing: Briefing, scope: str) -> None:
        """Show `briefing`, each long section folded after its first FOLD_AFTER rows."""
        self._unfolded = set()
        self._show(briefing, scope)

    def _show(self, briefing: Briefing, scope: str) -> None:
        self.briefing = briefing
        self.scope = scope
        self._targets.clear()
        self._items.clear()
        self._actors.clear()
        self._sections, self._past_end = [], None
        numbers = {s.id: s.number for s in briefing.sources}
        types = {a.name: a.type for s in briefing.sections for a in s.actors}
        options: list[Option] = []

        def heading(text: Text) -> None:
            options.append(Option(text, disabled=True))

        heading(title_line(scope, briefing.title))
        if scope != DOCUMENT:
            heading(summary_line(briefing, types, parties_in_title=scope == MARKED))
        options.append(Option(self._legend(), id=LEGEND, disabled=True))
        for section in briefing.sections:
            self._sections.append(len(options))
            total = len(section.actors) + len(section.items)
            heading(section_heading(section.title, total))
            whole = section.key in self._unfolded or not folds(section)
            room = total if whole else FOLD_AFTER  # the rows shown before the fold
            if section.actors:
                for actor in section.actors[:room]:
                    line = Text("• ", end="")
                    line.append(safe(actor.name), style=entity_style(actor.type))
                    kind = LEGEND_SHORT.get(actor.type) or safe(actor.type)  # as the legend says
                    line.append(f" ({kind}, {actor.mentions}) ", style="dim")
                    line.append(safe(actor.role))
                    key = f"actor-{len(self._actors)}"
                    self._actors[key] = actor.name
                    drawn = Content.from_rich_text(line, self.app.console)
                    prompt = WholeCitation(drawn, 0, BULLET)  # no citation: the hang only
                    options.append(Option(prompt, id=key))
            # Reactions under their actor, as the export and `briefer brief` group them (in
            # the order each first speaks), each with its stance: listed as they came, one
            # actor's statements were spread over the whole section.
            grouped = section.key == "reactions"
            groups = reaction_groups(section.items) if grouped else [("", list(section.items))]
            room -= min(len(section.actors), room)
            for speaker, items in groups:
                if not room:
                    break
                if grouped:
                    heading(group_heading(speaker, len(items), types.get(speaker)))
                for item in items[:room]:
                    key = f"item-{len(self._targets)}"
                    self._targets[key] = (item.source, item.paragraph)
                    self._items[key] = item
                    prompt = self._item_prompt(item, numbers.get(item.source), grouped=grouped)
                    options.append(Option(prompt, id=key))
                room -= min(len(items), room)
            if not whole:
                options.append(Option(fold_line(total - FOLD_AFTER), id=MORE + section.key))
            if not section.items and not section.actors:
                heading(Text("  (nothing found)", style="dim italic", end=""))
        self._sections.append(len(options))
        heading(section_heading("Sources", len(briefing.sources)))
        for source in briefing.sources:
            line = Text(f"[{source.number}] ", style="dim", end="")
            line.append(safe(source.title), style="bold")
            meta = [safe(x) for x in (source.date, source.outlet) if x]
            line.append("".join(f" · {x}" for x in meta), style="dim")
            heading(line)
        self.set_options(options)
        first = next((i for i, o in enumerate(options) if o.id in self._targets), None)
        if first is not None:
            self.highlighted = first

    def action_next_section(self) -> None:
        self._to_section(1)

    def action_previous_section(self) -> None:
        self._to_section(-1)

    def _to_section(self, direction: int) -> None:
        """`J` / `K`: the highlight to the first row of the next (previous) section that has
        one, its heading at the top of the pane; sections with nothing to choose (none found,
        the sources) are passed over. Past the last, the end shows (the sources); before the
        first, the top (the title and legend), as `j` and `k` stop at a list's ends."""
        here = self.highlighted if self.highlighted is not None else -1
        current = max((h for h in self._sections if h <= here), default=-1)
        if direction > 0:
            headings = [h for h in self._sections if h > current]
        elif current >= 0 and (self._past_end == here or here != self._first_row(current)):
            # within a section, or shown past its end (the sources), K goes back to its top
            # first, as an editor's "previous paragraph" does
            headings = [h for h in reversed(self._sections) if h <= current]
        else:
            headings = [h for h in reversed(self._sections) if h < current]
        self._past_end = None
        for heading in headings:
            first = self._first_row(heading)
            if first is not None:
                self.highlighted = first
                self.scroll_to_highlight(top=True)
                above = first - heading  # the heading's line (one: a word or two in capitals)
                top = max(0, round(self.scroll_y) - above)
                self.scroll_to(y=top, animate=False, immediate=True)
                return
        if direction > 0:
            self._past_end = here
            self.scroll_end(animate=False, immediate=True)
        else:
            self.scroll_home(animate=False, immediate=True)

    def _first_row(self, heading: int) -> int | None:
        """The first row that can be chosen in the section under `heading`, if any."""
        later = [h for h in self._sections if h > heading]
        end = later[0] if later else self.option_count
        for index in range(heading + 1, end):
            if not self.get_option_at_index(index).disabled:
                return index
        return None

    def _item_prompt(
        self, item: Item, number: int | None, *, grouped: bool = False
    ) -> WholeCitation:
        """The item's line, its citation kept whole whatever width the pane is drawn at."""
        text, citation = _item_text(item, number, grouped=grouped)
        return WholeCitation(Content.from_rich_text(text, self.app.console), citation, BULLET)

    def highlighted_item(self) -> tuple[Item, SourceRef | None] | None:
        """The item under the highlight and the source it cites (for `y` and `o`)."""
        if self.briefing is None or self.highlighted is None:
            return None
        item = self._items.get(self.get_option_at_index(self.highlighted).id or "")
        if item is None:
            return None
        source = next((s for s in self.briefing.sources if s.id == item.source), None)
        return item, source

    def unfold(self, key: str) -> None:
        """Show section `key` whole, the highlight on the first row the fold hid, where the
        fold was (the pane does not scroll)."""
        if self.briefing is None or key in self._unfolded:
            return
        at = self._fold_index(key)
        top = self.scroll_y
        self._unfolded.add(key)
        self._show(self.briefing, self.scope)
        if at is not None:
            self.highlighted = at
            self.scroll_to(y=top, animate=False, immediate=True)

    def _long_sections(self) -> set[str]:
        """The keys of the sections that fold (more than FOLD_AFTER + 1 rows)."""
        if self.briefing is None:
            return set()
        return {s.key for s in self.briefing.sections if folds(s)}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`*` only where a section folds: Ctrl+P offers it only then."""
        if action == "toggle_folds":
            return bool(self._long_sections())
        return True

    def action_toggle_folds(self) -> None:
        """`*`: every long section whole, or, when all are whole already, every one folded
        again. The highlighted row stays where it is on screen; folded away, the highlight
        goes to its section's fold."""
        if self.briefing is None:
            return
        long = self._long_sections()
        if not long:
            return
        here = self.highlighted
        section = max((i for i, h in enumerate(self._sections) if h <= (here or -1)), default=None)
        offset = here - self._sections[section] if here is not None and section is not None else 0
        on_screen = self._index_to_line[here] - round(self.scroll_y) if here is not None else 0
        self._unfolded = set() if long <= self._unfolded else long
        self._show(self.briefing, self.scope)
        if here is None or section is None:
            self.scroll_home(animate=False, immediate=True)  # no row chosen: the top
            return
        start = self._sections[section]
        end = (
            self._sections[section + 1] if section + 1 < len(self._sections) else self.option_count
        )
        self.highlighted = min(start + offset, end - 1)
        self.scroll_to(
            y=max(0, self._index_to_line[self.highlighted] - on_screen),
            animate=False,
            immediate=True,
        )

    def _fold_index(self, key: str) -> int | None:
        try:
            return self.get_option_index(MORE + key)
        except OptionDoesNotExist:
            return None

    def on_fold(self) -> bool:
        """Whether the highlight is on a section's fold ('… 15 more')."""
        if self.highlighted is None:
            return False
        return (self.get_option_at_index(self.highlighted).id or "").startswith(MORE)

    def highlighted_actor(self) -> str | None:
        """The name of the actor under the highlight, if it is on one."""
        if self.highlighted is None:
            return None
        return self._actors.get(self.get_option_at_index(self.highlighted).id or "")

    def on_option_list_option_highlighted(self, event: NavList.OptionHighlighted) -> None:
        """The footer says what Enter does here: jump to a citation, or follow an actor."""
        on_actor = (event.option_id or "") in self._actors
        on_fold = (event.option_id or "").startswith(MORE)
        if (on_actor, on_fold) != (self._on_actor, self._on_fold):
            self._on_actor, self._on_fold = on_actor, on_fold
            self.screen.refresh_bindings()

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        key = event.option_id or ""
        target = self._targets.get(key)
        if target is not None:
            self.post_message(CitationSelected(*target))
        elif key in self._actors:
            self.post_message(ActorChosen(self._actors[key]))
        elif key.startswith(MORE):
            self.unfold(key.removeprefix(MORE))


def folds(section: Section) -> bool:
    """Whether a section is long enough to fold: more than FOLD_AFTER + 1 rows (one row more
    shows whole: a fold would hide only that one)."""
    return len(section.actors) + len(section.items) > FOLD_AFTER + 1


def fold_line(hidden: int) -> Text:
    """A folded section's last row: '  … 15 more (Enter shows all)'."""
    line = Text(f"  … {hidden} more", style="bold", end="")
    line.append(" (Enter shows all)", style="dim")
    return line


def section_heading(title: str, count: int) -> Text:
    """'INTERNATIONAL REACTIONS (12)': what a section holds, before it is scrolled through."""
    line = Text(safe(title).upper(), style="bold underline", end="")
    if count:
        line.append(f" ({count})", style="dim")
    return line


def summary_line(briefing: Briefing, types: dict[str, str], *, parties_in_title: bool) -> Text:
    """Under a joint briefing's title, what it spans, as the export's and `briefer brief`'s
    summary line says it: '6 documents, 2020-08-10 – 2020-10-13. Principal parties: Turkey,
    Greece.' ('Results for oruc' said neither how many documents nor when). A marked
    briefing's title names the parties already ('Turkey and Greece: 2 marked documents',
    `core_calls.brief_pairs`): `parties_in_title` leaves them out here."""
    facts = summary(briefing)
    line = Text(safe(facts.head), style="dim", end="")
    names = [name for name in (safe(p) for p in facts.principals) if name]
    if names and not parties_in_title:
        line.append(" Principal parties: ", style="dim")
        for i, name in enumerate(names):
            if i:
                line.append(", ", style="dim")
            kind = types.get(name)
            line.append(name, style=entity_style(kind) if kind else "bold")
        line.append(".", style="dim")
    return line


def title_line(scope: str, title: str) -> Text:
    """The briefing's first line: 'Document: <its title>' for a document's briefing, whose
    title is the author's; a joint briefing's title is ours and names its scope already
    ('Serbia and Kosovo: 2 marked documents', 'Results for kosovo'), so it stands alone (not
    'Marked documents: 2 marked documents')."""
    line = Text("Document: " if scope == DOCUMENT else "", style="dim", end="")
    line.append(safe(title), style="bold")
    return line


def group_heading(actor: str, count: int, kind: str | None) -> Text:
    """A reacting actor's line over its statements: 'European Union (9)', in its type's
    colour where the briefing's actors give one."""
    line = Text(safe(actor) or "Unattributed", style="bold", end="")
    if kind:
        line.stylize(entity_style(kind))
    line.append(f" ({count})", style="dim")
    return line


def _stance_phrase(stance: str | None) -> str:
    """A reaction's stance as the actors' roles word it ('urged restraint', not
    'appeal-restraint'); none for a plain statement ('other'), which every actor makes."""
    if not stance or stance == "other":
        return ""
    # loaded already: the briefing shown was built in this process (the module is costly to
    # import at start, before the first paint)
    from briefer.briefing.actors import STANCE_PHRASES

    return safe(STANCE_PHRASES.get(stance, stance))


def _item_text(item: Item, number: int | None, *, grouped: bool = False) -> tuple[Text, int]:
    """The item's line and the length of the citation it ends with. Grouped under its actor
    (a reaction), it opens with its stance instead of the actor's name."""
    line = Text("• ", end="")
    if grouped:
        stance = _stance_phrase(item.stance)
        if stance:
            line.append(stance, style="dim italic")
            line.append(": ")
    elif item.actor:
        line.append(safe(item.actor), style="bold")
        line.append(": ")
    line.append_text(entity_text(item.text, item.spans, collapse=True))
    cite = f"[{number if number is not None else '?'} ¶{item.paragraph}]"
    line.append(f" {cite}", style="dim underline")
    return line, len(cite)
