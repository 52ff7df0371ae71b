"""A briefing item's citation ('[1 ¶6]') is never split across two lines of the Briefing tab:
Textual wraps at any whitespace, so a narrow pane drew '[1' at the end of one row and '¶6]'
at the start of the next."""

from __future__ import annotations

import re

from textual.app import App, ComposeResult

from briefer.briefing.model import Briefing, Item, Section, SourceRef
from briefer.tui.widgets.briefing_view import BriefingView

SENTENCES = (
    "Roadblocks of lorries and gravel stayed up for a second week near the crossing.",
    "The mayor said the talks would resume only once the detained officer was released.",
    "Police reinforcements were sent north after shots were fired at a patrol overnight.",
    "Envoys from both capitals met in the afternoon but no statement followed.",
)
CITATION = re.compile(r"\[\d+ ¶\d+\]")


def briefing() -> Briefing:
    source = SourceRef(1, "doc-1", "/news/a.md", "A report", "2023-01-02", "Wire", "hash")
    items = tuple(
        Item(text, "doc-1", paragraph) for paragraph, text in enumerate(SENTENCES, start=6)
    )
    return Briefing("A report", (source,), (Section("events", "Events", items=items),))


class BriefingOnly(App[None]):
    def compose(self) -> ComposeResult:
        yield BriefingView(id="briefing")


def drawn(view: BriefingView) -> list[str]:
    return [view.render_line(y).text.rstrip() for y in range(view.size.height)]


async def test_a_citation_stays_whole_on_one_line_at_every_width() -> None:
    app = BriefingOnly()
    async with app.run_test(size=(60, 50)) as pilot:
        view = app.query_one(BriefingView)
        view.show_briefing(briefing(), "document")
        split_somewhere = False
        for width in range(24, 61, 3):
            await pilot.resize_terminal(width, 50)
            await pilot.pause()
            rows = drawn(view)
            whole = [m.group() for row in rows for m in CITATION.finditer(row)]
            assert len(whole) == len(SENTENCES), (width, rows)
            # the citation moved down: the words before it are still on the row above
            split_somewhere |= any(CITATION.fullmatch(row.strip()) for row in rows)
        assert split_somewhere, "no width tried put a citation on a line of its own"


async def test_an_items_later_lines_hang_under_its_text_not_its_bullet() -> None:
    """A wrapped item's second line started at the edge, level with the bullets, and read as
    another item: its later lines now start under its text, so each bullet stands alone."""
    app = BriefingOnly()
    async with app.run_test(size=(40, 50)) as pilot:
        view = app.query_one(BriefingView)
        view.show_briefing(briefing(), "document")
        await pilot.pause()
        rows = [row for row in drawn(view) if row.strip()]
        start = next(i for i, row in enumerate(rows) if row.lstrip().startswith("•"))
        body = rows[start:]
        body = body[: next(i for i, row in enumerate(body) if row.strip().startswith("SOURCES"))]
        bullet_at = body[0].index("•")
        bullets = [row for row in body if row[bullet_at:].startswith("•")]
        assert len(bullets) == len(SENTENCES), body
        later = [row for row in body if not row[bullet_at:].startswith("•")]
        assert later, "the items wrap at 40 columns"
        assert all(row[: bullet_at + 2].strip() == "" for row in later), body
        assert all(row[bullet_at + 2] != " " for row in later), body  # indented by two, no more
