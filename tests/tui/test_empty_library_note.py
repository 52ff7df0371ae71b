"""A new reader's first screen at 80 columns: the note on adding a folder wraps no line (a
wrapped command line lost its column, its last word alone under the command)."""

from __future__ import annotations

from pathlib import Path

from briefer import config
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
        # no folder in the library: `r` (re-index) would only say so; the note says how to add
        # one, and neither it nor the footer offers `r`
        shown = [k.description for k in app.screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Re-index" not in shown and "Help" in shown
        assert "indexed again" not in str(note.render())


async def test_an_emptied_library_with_folders_offers_to_index_them_again(tmp_path: Path) -> None:
    """Folders named in the library but no document indexed (all deleted, or none added
    yet): `r` does something there, and both the footer and the note offer it."""
    (tmp_path / "news").mkdir()
    config.save_settings(config.Settings(library=[str(tmp_path / "news")]))
    app = BrieferApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        note = app.screen.query_one(EmptyLibrary)
        assert note.display
        shown = [k.description for k in app.screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "Re-index" in shown
        assert "indexed again with r" in str(note.render())
