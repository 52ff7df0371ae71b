"""The reader over the hostile corpus, and the reader open while the command line indexes.

What reaches the screen is checked on the rendered screen itself (the exported screenshot),
in each tab, for each kind of hostile document: no control character, the app still running,
no error notification.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Static, TabbedContent

from briefer import config
from briefer.index import Library
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import MainScreen
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.hardening.support import (
    ROOT,
    build_hostile_corpus,
    forbidden_in,
    run_cli,
    write_plain_corpus,
)

SIZE = (120, 40)


async def settle(pilot: Pilot[Any], rounds: int = 3) -> None:
    for _ in range(rounds):
        await pilot.pause(0.06)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_of(app: BrieferApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def errors(app: BrieferApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def shown_text(app: BrieferApp) -> str:
    """The screen as exported (SVG): what a terminal would be sent, glyph for glyph."""
    return app.export_screenshot()


async def search(pilot: Pilot[Any], text: str) -> None:
    box = screen_of(pilot.app).query_one("#search", Input)  # type: ignore[arg-type]
    box.value = text
    await settle(pilot)


def count_line(app: BrieferApp) -> str:
    return str(screen_of(app).query_one("#result-count", Static).render())


async def test_the_hostile_corpus_reaches_the_screen_without_a_control_character(
    tmp_path: Path, briefer_home: Path
) -> None:
    corpus = build_hostile_corpus(tmp_path / "corpus", max_file_mb=0.5)
    config.save_settings(config.Settings(library=[str(corpus.folder)], max_file_mb=0.5))
    with Library() as library:
        report = library.sync([corpus.folder])
    assert report.documents >= len(corpus.indexed)
    app = BrieferApp()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = screen_of(app)
            results = screen.query_one(ResultList)
            assert len(results.hits) == report.documents
            assert forbidden_in(shown_text(app)) == []
            for query in ("kosovo", "restraint", "strange", "ceasefire", "[/b]", "[@click"):
                await search(pilot, query)
                assert app.is_running
                assert forbidden_in(shown_text(app)) == [], query
            await search(pilot, "")
            results.focus()
            for index in range(len(results.hits)):  # every document, both tabs
                results.highlighted = index
                await pilot.press("enter")
                await settle(pilot)
                doc = screen.query_one(DocumentView).document
                assert doc is not None and doc.id == results.hits[index].id
                tabs = screen.query_one("#reader", TabbedContent)
                for tab in ("briefing", "document"):
                    tabs.active = tab
                    await pilot.pause()
                    assert forbidden_in(shown_text(app)) == [], (doc.path, tab)
                results.focus()
            assert app.is_running
            assert errors(app) == []
    finally:
        (corpus.folder / "unreadable.txt").chmod(0o644)


async def test_the_reader_picks_up_what_the_command_line_commits(
    tmp_path: Path, briefer_home: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_plain_corpus(first, 20, seed=5)
    write_plain_corpus(second, 150, seed=6, paragraphs=10)
    (second / "zanzibar.txt").write_text("Zanzibar talks\n\nOfficials in Zanzibar met.\n")
    assert run_cli(["index", str(first)], briefer_home).returncode == 0
    app = BrieferApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        results = screen_of(app).query_one(ResultList)
        assert "20 documents" in count_line(app)
        env = {**os.environ, "BRIEFER_HOME": str(briefer_home)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "briefer", "index", str(second), "--json"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        searches = 0
        while proc.poll() is None:  # keep searching while it writes: never an error
            await search(pilot, "kosovo" if searches % 2 else "")
            searches += 1
            assert app.is_running and errors(app) == []
        out, err = await asyncio.to_thread(proc.communicate)
        assert proc.returncode == 0, err
        total = json.loads(out)["documents"]
        assert total == 171
        await search(pilot, "zanzibar")
        assert [h.title for h in results.hits] == ["Zanzibar talks"]
        await search(pilot, "")
        assert f"{total} documents" in count_line(app)
        assert errors(app) == []
