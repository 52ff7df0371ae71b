"""A long briefing is read section by section: `J` and `K` step from heading to heading (the
heading at the top of the pane, the highlight on its first row), and each heading says how
many rows it holds. A briefing of a search result ran to six pages of Background at 80x24
before the Actors, with only `j`, `k` and PgDn to get there."""

from __future__ import annotations

from typing import Any

from briefer.tui.widgets.briefing_view import BriefingView
from tests.tui.conftest import StartReader, settle, until


def top_line(view: BriefingView) -> str:
    """The text of the pane's first line on screen."""
    return view.render_line(0).text.strip()


def section_of(view: BriefingView) -> str:
    """The heading of the section the highlight is in."""
    assert view.highlighted is not None and view.briefing is not None
    titles = {s.title.upper() for s in view.briefing.sections}
    for index in range(view.highlighted, -1, -1):
        option = view.get_option_at_index(index)
        plain = str(option.prompt)
        if option.disabled and plain.split(" (")[0] in titles:
            return plain
    raise AssertionError("no heading above the highlight")


async def test_j_and_k_step_between_the_sections_of_a_results_briefing(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((80, 24)) as (_, pilot, screen):
        await pilot.press("slash", *"kosovo", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        assert view.briefing is not None
        titles = [s.title.upper() for s in view.briefing.sections if s.items or s.actors]
        assert titles[:3] == ["BACKGROUND", "ACTORS", "INTERNATIONAL REACTIONS"]
        view.focus()
        await pilot.pause()
        assert section_of(view).startswith("BACKGROUND (")
        for title in titles[1:]:
            await pilot.press("J")
            await pilot.pause()
            assert section_of(view).startswith(f"{title} ("), title
            assert top_line(view).startswith(f"{title} ("), top_line(view)
        await pilot.press("J")  # past the last section: the sources show, the highlight stays
        await pilot.pause()
        assert section_of(view).startswith(f"{titles[-1]} (")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("K")  # back to the top of the section shown last
        await pilot.pause()
        assert top_line(view).startswith(f"{titles[-1]} (")
        await pilot.press("K")
        await pilot.pause()
        assert top_line(view).startswith(f"{titles[-2]} (")
        while not section_of(view).startswith("BACKGROUND ("):
            await pilot.press("K")
            await pilot.pause()
        await pilot.press("K")  # before the first: the title and legend show
        await pilot.pause()
        assert view.scroll_y == 0
        assert section_of(view).startswith("BACKGROUND (")


async def test_a_heading_counts_its_rows(library: Any, start_reader: StartReader) -> None:
    async with start_reader((120, 40)) as (_, _, screen):
        view = screen.query_one(BriefingView)
        assert view.briefing is not None
        headings = [
            str(view.get_option_at_index(i).prompt)
            for i in range(view.option_count)
            if view.get_option_at_index(i).disabled
        ]
        for section in view.briefing.sections:
            count = len(section.items) + len(section.actors)
            expected = f"{section.title.upper()} ({count})" if count else section.title.upper()
            assert expected in headings
        assert f"SOURCES ({len(view.briefing.sources)})" in headings


async def test_reactions_are_grouped_under_their_actor_with_their_stance(
    library: Any, start_reader: StartReader
) -> None:
    """Listed as they came, one actor's statements were spread over the whole section, each
    opening with its name: they stand under it, in the order each actor first speaks (as the
    export and `briefer brief` have them), each opening with its stance in words."""
    async with start_reader((120, 40)) as (_, pilot, screen):
        await pilot.press("slash", *"oruc", "enter", "B")
        view = screen.query_one(BriefingView)
        await until(pilot, lambda: view.scope == "results" and view.briefing is not None, "B")
        await settle(pilot)
        assert view.briefing is not None
        section = view.briefing.section("reactions")
        assert section is not None
        actors = list(dict.fromkeys(item.actor for item in section.items))
        assert len(actors) > 2
        view.unfold("reactions")  # the section whole (it folds after its first rows)
        await pilot.pause()
        prompts = [str(view.get_option_at_index(i).prompt) for i in range(view.option_count)]
        start = next(i for i, p in enumerate(prompts) if p.startswith("INTERNATIONAL REACTIONS"))
        shown: list[str] = []
        for prompt in prompts[start + 1 :]:
            if prompt.split(" (")[0].isupper() and prompt.split(" (")[0] not in actors:
                break  # the next section
            if not prompt.startswith("• "):
                shown.append(prompt)
        groups = [(a, sum(1 for i in section.items if i.actor == a)) for a in actors]
        assert shown == [f"{actor} ({count})" for actor, count in groups]
        concern = next(i for i in section.items if i.stance == "concern")
        line = next(p for p in prompts if concern.text[:30] in p)
        assert line.startswith("• voiced concern: ")
        assert not line.startswith(f"• {concern.actor}:")
