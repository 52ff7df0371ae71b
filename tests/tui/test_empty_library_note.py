"""A new reader's first screen at 80 columns: the note on adding a folder wraps no line (a
wrapped command line lost its column, its last word alone under the command)."""

from __future__ import annotations

from briefer.tui.app import BrieferApp
from briefer.tui.widgets.empty_library import EmptyLibrary, empty_library_text


async def test_the_empty_library_note_fits_80_columns_unwrapped() -> None:
    app = BrieferApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        note = app.screen.query_one(EmptyLibrary)
        assert note.display
        lines = empty_library_text().plain.splitlines()
        assert max(len(line) for line in lines) <= note.content_region.width
        assert note.content_region.height >= len(lines)
        # the one command that applies stays in the footer, narrow as it is
        shown = [k.description for k in app.screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Re-index" in shown
