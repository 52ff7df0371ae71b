"""A long section shows its first rows and folds the rest behind '… 15 more (Enter shows
all)': a briefing of 'entity:Serbia' (6 documents) opened on 20 background items, six pages
at 80x24 before the Actors. Enter on the fold shows the section whole, the highlight on the
first row it hid; the export stays whole."""

from __future__ import annotations

from typing import Any

from briefer.render.markdown import render_markdown
from briefer.tui.widgets.briefing_view import FOLD_AFTER, MORE, BriefingView
from tests.tui.conftest import StartReader, settle, until


def items_under(view: BriefingView, heading: str) -> list[str]:
    """The ids of the rows of the section under `heading` ('BACKGROUND'), to the next one."""
    assert view.briefing is not None
    titles = {s.title.upper() for s in view.briefing.sections} | {"SOURCES"}
    ids: list[str] = []
    inside = False
    for index in range(view.option_count):
        option = view.get_option_at_index(index)
        if option.disabled and str(option.prompt).split(" (")[0] in titles:
            inside = str(option.prompt).split(" (")[0] == heading
        elif inside and option.id:
            ids.append(option.id)
    return ids


async def test_a_long_background_folds_after_its_first_items(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"entity:serbia", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        assert view.briefing is not None
        background = next(s for s in view.briefing.sections if s.key == "background")
        total = len(background.items)
        assert total > FOLD_AFTER + 1
        rows = items_under(view, "BACKGROUND")
        assert rows[:-1] == [r for r in rows if r.startswith("item-")][:FOLD_AFTER]
        assert rows[-1] == MORE + "background"
        fold = view.get_option_index(MORE + "background")
        assert str(view.get_option_at_index(fold).prompt).strip() == (
            f"… {total - FOLD_AFTER} more (Enter shows all)"
        )
        # the export (and the model behind it) keep every item
        exported = render_markdown(view.briefing)
        assert all(item.text.split()[0] in exported for item in background.items)
        # Enter on the fold: the section whole, the highlight on the first row it hid
        view.focus()
        view.highlighted = fold
        await pilot.pause()
        assert "Show all" in [b.binding.description for b in screen.active_bindings.values()]
        await pilot.press("enter")
        await pilot.pause()
        rows = items_under(view, "BACKGROUND")
        assert len(rows) == total and not any(r.startswith(MORE) for r in rows)
        assert view.highlighted == fold and view.get_option_at_index(fold).id == rows[FOLD_AFTER]
        # the other sections stay folded; a new briefing folds again
        assert view.get_option_index(MORE + "actors") is not None


async def test_a_section_one_row_longer_than_the_fold_shows_whole(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((100, 30)) as (_, _, screen):
        view = screen.query_one(BriefingView)
        assert view.briefing is not None
        for section in view.briefing.sections:
            rows = items_under(view, section.title.upper())
            folded = any(r.startswith(MORE) for r in rows)
            assert folded == (len(section.items) + len(section.actors) > FOLD_AFTER + 1)


async def test_star_shows_every_section_whole_and_folds_them_again(
    library: Any, start_reader: StartReader
) -> None:
    """`*` unfolds every long section at once, and again folds them all (as Thunderbird's `*`
    opens every thread, vim's zR / zM): Enter unfolded one fold at a time. The highlighted row
    keeps its place; folded away, the highlight goes to its section's fold. Ctrl+P and help
    offer it, the palette only where something folds."""
    from briefer.tui.commands import help_sections
    from briefer.tui.palette import ReaderCommands

    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"entity:serbia", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        assert view.briefing is not None
        folded = [s for s in view.briefing.sections if len(s.items) + len(s.actors) > 6]
        assert len(folded) >= 2, "a briefing with more than one long section"
        view.focus()
        await pilot.pause()
        provider = ReaderCommands(screen)
        offered = [c.id for c, _ in provider._available()]
        assert "briefing.toggle-folds" in offered
        first = view.highlighted
        assert first is not None
        await pilot.press("asterisk")
        await pilot.pause()
        for section in folded:
            rows = items_under(view, section.title.upper())
            assert not any(r.startswith(MORE) for r in rows), section.title
        assert view.highlighted == first, "the row read keeps the highlight"
        # deep in the background, `*` folds every section: the highlight to its fold
        view.highlighted = view.get_option_index(items_under(view, "BACKGROUND")[FOLD_AFTER + 1])
        await pilot.pause()
        await pilot.press("asterisk")
        await pilot.pause()
        for section in folded:
            assert items_under(view, section.title.upper())[-1] == MORE + section.key
        assert view.highlighted == view.get_option_index(MORE + "background")
        # one section unfolded by Enter: `*` unfolds the others, not folds it back
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("asterisk")
        await pilot.pause()
        assert not any(
            r.startswith(MORE) for s in folded for r in items_under(view, s.title.upper())
        )
        view.show_note("Briefing…")  # nothing folds while a briefing is on its way
        assert "briefing.toggle-folds" not in [c.id for c, _ in provider._available()]
    keys = dict(k for _, ks in help_sections() for k in ks)
    assert keys["*"].startswith("Show every section whole")
