"""The Document tab's line-drawing view on its own: wrapping, resizing, citations and find."""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult

from briefer.sources.document import Document, build_text
from briefer.tui.widgets.document_view import DocumentView

WORDS = "officials in Struga said the talks on Lake Ohrid would resume next week"


def long_document(paragraphs: int) -> Document:
    blocks = [(f"Paragraph {n}: {WORDS}.", "text") for n in range(1, paragraphs + 1)]
    text, paras = build_text(blocks)  # type: ignore[arg-type]
    return Document(
        id="d1",
        path="/tmp/notes/long.txt",
        format="txt",
        title="A long report",
        text=text,
        paragraphs=paras,
        content_hash="x",
        size=len(text),
        mtime=0.0,
    )


class Viewer(App[None]):
    def compose(self) -> ComposeResult:
        yield DocumentView(id="view")


async def test_lines_fit_the_width_and_a_resize_rewraps_keeping_the_paragraph_in_view() -> None:
    app = Viewer()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(500), None)
        await pilot.pause()
        width = view.scrollable_content_region.width
        assert all(view.line_text(y).cell_len <= width - 2 for y in range(view.line_count))
        view.jump_to(300)
        await pilot.pause()
        assert view.scroll_y == view.paragraph_line(300)
        assert view.line_text(view.paragraph_line(300)).plain.startswith("Paragraph 300:")
        narrow = view.line_count
        await pilot.resize_terminal(100, 20)
        await pilot.pause()
        assert view.line_count < narrow  # fewer, longer lines
        top = round(view.scroll_y)
        assert view.line_text(top).plain.startswith("Paragraph 300:")


async def test_find_highlights_matches_on_the_lines_they_fall_and_n_reaches_the_last() -> None:
    app = Viewer()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(400), None)
        view.focus()
        await pilot.pause()
        view.find("ohrid")
        assert len(view.matches) == 400 and view.current == 0
        await pilot.press("N")  # back round to the last match
        await pilot.pause()
        assert view.current == 399
        line = view.match_line(399)
        assert view.scroll_y <= line < view.scroll_y + view.size.height
        shown = view.line_text(line)
        lit = [shown.plain[s.start : s.end] for s in shown.spans if "orange" in str(s.style)]
        assert lit == ["Ohrid"]
        view.clear_find()
        assert not any("yellow" in str(s.style) for s in view.line_text(line).spans)


async def test_home_and_end_jump_at_once_on_a_huge_document() -> None:
    """No scroll animation: across 16,000 paragraphs it only drew frames for a second or so."""
    app = Viewer()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(16_000), None)
        view.focus()
        await pilot.pause()
        assert view.max_scroll_y > 16_000
        for key, where in (("end", view.max_scroll_y), ("G", view.max_scroll_y), ("home", 0)):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
            await pilot.pause()  # the key is handled; an animation would still be under way
            assert not app.animator.is_being_animated(view, "scroll_y"), key
            assert view.scroll_y == where, key
        view.scroll_to(y=5000, animate=False, immediate=True)
        await pilot.press("g")
        assert view.scroll_y == 0 and view.line_text(0).plain == "A long report"


class HiddenViewer(App[None]):
    """The view starts hidden, as in the Document tab before it is first shown."""

    def compose(self) -> ComposeResult:
        view = DocumentView(id="view")
        view.display = False
        yield view


async def test_a_jump_made_before_the_view_hears_of_its_width_lands_on_the_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A citation to the document shown, its tab never shown yet: the tab comes up and the
    jump is made after the next refresh, which can come before the view's Resize (it did
    under load). The document was still wrapped for FALLBACK_WIDTH then, and the jump landed
    in the wrong place."""
    held: list[events.Resize] = []
    monkeypatch.setattr(DocumentView, "on_resize", lambda self, event: held.append(event))
    app = HiddenViewer()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(40), None)  # hidden: wrapped for FALLBACK_WIDTH
        view.display = True
        await pilot.pause()
        assert view.size.height and held  # sized, and its Resize held back
        view.jump_to(40)
        monkeypatch.undo()
        for event in held:  # the Resize comes in now
            view.on_resize(event)
        await pilot.pause()
        line = view.paragraph_line(40)
        assert view.line_text(line).plain.startswith("Paragraph 40:")
        assert view.scroll_y <= line < view.scroll_y + view.size.height
