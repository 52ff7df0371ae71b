"""The files an indexing skipped, and why, from inside the reader: the note after a sync only
counted them ('2 skipped'), and the reasons were to be had from `briefer index` alone."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from briefer import config
from briefer.tui.screens.skipped import SkippedScreen
from briefer.tui.widgets.nav_list import NavList
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "talks.txt").write_text(
        "Talks resume\n\nGENEVA, 2023-03-01 (Lakeside Wire) - Negotiators met in Geneva.\n"
    )
    (corpus / "scan.txt").write_bytes(b"\x00\x01\x02 not text at all")
    (corpus / "[bold]notes[@click=app.quit].md").write_text("   \n\n")
    config.save_settings(config.Settings(library=[str(corpus)]))
    return corpus


async def test_the_skipped_files_are_listed_with_their_reasons(
    tmp_path: Path, start_reader: StartReader
) -> None:
    corpus = _corpus(tmp_path)
    # as `briefer PATH` opens it
    async with start_reader((100, 30), notifications=True, rounds=5, sync_on_open=True) as (
        app,
        pilot,
        screen,
    ):
        assert not screen.indexing
        notes = [n.message for n in app._notifications]
        assert any("2 skipped" in n and n.endswith("(I lists them)") for n in notes), notes
        screen.query_one(ResultList).focus()
        await pilot.press("I")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SkippedScreen)
        listing = dialog.query_one(NavList)
        rows = sorted(str(listing.get_option_at_index(i).prompt) for i in range(2))
        assert listing.option_count == 2
        # the name as it is on disk, markup-like brackets and all
        assert rows[0].startswith(str(corpus / "[bold]notes[@click=app.quit].md"))
        assert "empty" in rows[0]
        assert rows[1].startswith(str(corpus / "scan.txt")) and "binary" in rows[1]
        assert "2 files skipped" in str(dialog.query(Label).first().render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_with_nothing_skipped_the_key_does_nothing(
    tmp_path: Path, start_reader: StartReader
) -> None:
    corpus = _corpus(tmp_path)
    for name in ("scan.txt", "[bold]notes[@click=app.quit].md"):
        (corpus / name).unlink()
    async with start_reader((100, 30), notifications=True, rounds=5, sync_on_open=True) as (
        app,
        pilot,
        screen,
    ):
        notes = [n.message for n in app._notifications]
        assert notes and not any("I lists them" in n for n in notes), notes
        screen.query_one(ResultList).focus()
        await pilot.press("I")
        await pilot.pause()
        assert app.screen is screen
