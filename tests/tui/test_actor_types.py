"""The Briefing tab names an actor's type as its legend does ('Serbia (Place, 11)'): it showed
the tagger's codes ('GPE', 'NORP'), which the legend above them never mentions."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefer.briefing.model import Actor, Briefing, Section, SourceRef
from briefer.render.terminal import LEGEND_SHORT
from briefer.tui.widgets.briefing_view import BriefingView

ACTORS = (
    Actor("Serbia", "GPE", ("Belgrade",), 11, "Principal party", "doc-1", principal=True),
    Actor("Kosovo Serbs", "NORP", (), 4, "Mentioned party", "doc-1"),
    Actor("KFOR", "ORG", (), 2, "Third party", "doc-1"),
    Actor("Dejan Pantić", "PERSON", (), 3, "Former police officer", "doc-1"),
)


class BriefingOnly(App[None]):
    def compose(self) -> ComposeResult:
        yield BriefingView(id="briefing")


async def test_actor_lines_name_their_type_as_the_legend_does() -> None:
    source = SourceRef(1, "doc-1", "/news/a.md", "A report", "2023-01-02", "Wire", "hash")
    briefing = Briefing("A report", (source,), (Section("actors", "Actors", actors=ACTORS),))
    app = BriefingOnly()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(BriefingView)
        view.show_briefing(briefing, "document")
        await pilot.pause()
        rows = [view.render_line(y).text.strip() for y in range(view.size.height)]
        legend = next(row for row in rows if row.startswith(LEGEND_SHORT["PERSON"]))
        for actor in ACTORS:
            kind = LEGEND_SHORT[actor.type]
            assert kind in legend.split()
            assert f"• {actor.name} ({kind}, {actor.mentions}) {actor.role}" in rows
        assert not any(code in " ".join(rows) for code in ("GPE", "NORP", "ORG", "PERSON"))
