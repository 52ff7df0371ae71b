"""The search words highlighted in the document shown follow the search: when the next search
lists the same document first, it is not loaded again, and its highlights used to stay those of
the search before ('search words 1/10' for a query with no words at all)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input

from briefer.tui.widgets.document_view import DocumentView
from tests.tui.conftest import StartReader, settle


async def test_a_new_search_rehighlights_the_document_it_keeps_showing(
    library: Any, start_reader: StartReader
) -> None:
    async with start_reader((120, 40)) as (_, pilot, screen):
        box = screen.query_one("#search", Input)
        box.value = "kosovo"
        await settle(pilot)
        view = screen.query_one(DocumentView)
        assert view.document is not None
        shown = view.document
        assert view.search_words == ["kosovo"] and view.matches
        name = Path(shown.path).name
        box.value = f"filename:{name}*"  # the same document, and no words to show
        await settle(pilot)
        assert screen.result.total == 1
        assert view.document is not None and view.document.id == shown.id
        assert view.search_words == [] and view.matches == []
        box.value = f"filename:{name}* serbia"
        await settle(pilot)
        assert view.search_words == ["serbia"]
        text = [shown.paragraph_text(p.number) for p in shown.paragraphs]
        found = {text[block][start:end].lower() for block, start, end in view.matches}
        assert view.matches and found <= {"serbia", "serbian", "serbias"}, found
