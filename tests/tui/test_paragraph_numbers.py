"""The Document tab numbers each paragraph in a gutter left of the text, as citations count
them: a briefing's `[2 ¶12]` can be found by eye in the document, and a paragraph read off to
cite it. Paragraphs were unnumbered: past a jump, ¶12 was the twelfth block counted by hand."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefer.tui.widgets.document_view import MARGIN, DocumentView
from tests.tui.test_document_view import long_document


class Viewer(App[None]):
    def compose(self) -> ComposeResult:
        yield DocumentView(id="view")


def drawn(view: DocumentView, line: int) -> str:
    """What row `line` of the content shows on screen, gutter and margins included."""
    view.scroll_to(y=line, animate=False, immediate=True)  # as far as it goes, at the end
    return view.render_line(line - round(view.scroll_y)).text


async def test_each_paragraph_s_number_stands_in_the_gutter_on_its_first_line() -> None:
    app = Viewer()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(120), None)  # numbers up to three digits
        await pilot.pause()
        assert view.indent == MARGIN + len("120 ")
        for number in (1, 9, 12, 120):
            first = view.paragraph_line(number)
            assert drawn(view, first).startswith(f" {number:>3} Paragraph {number}:")
            assert drawn(view, first + 1).startswith(" " * view.indent)  # a wrapped line
            assert drawn(view, first + 1)[view.indent] != " "
        width = view.scrollable_content_region.width
        assert all(
            view.line_text(y).cell_len <= width - view.indent - MARGIN
            for y in range(view.line_count)
        )
        title = drawn(view, 0)  # the header stands in the text's column, not the gutter's
        assert title == " " * view.indent + "A long report" + " " * (width - view.indent - 13)


async def test_a_jump_to_a_citation_shows_its_number_at_the_top() -> None:
    app = Viewer()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one(DocumentView)
        view.show_document(long_document(30), None)
        await pilot.pause()
        view.jump_to(12)
        await pilot.pause()
        top = view.render_line(0).text
        assert top.startswith(" 12 Paragraph 12:")
