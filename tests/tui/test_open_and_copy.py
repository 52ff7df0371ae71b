"""`o` hands the file to the system's viewer and `y` copies a citation or a path: Pilot tests
over a library whose names hold spaces and brackets, and unit tests of the pieces."""

from __future__ import annotations

import json
import shlex
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from textual.notifications import Notification

from briefer.briefing.model import Item, SourceRef
from briefer.tui import opener
from briefer.tui.app import BrieferApp
from briefer.tui.citation import citation, preview
from briefer.tui.opener import OpenFailed, open_in_viewer, opener_command
from briefer.tui.widgets.briefing_view import BriefingView
from briefer.tui.widgets.document_view import DocumentView
from briefer.tui.widgets.results import ResultList
from tests.tui import awkward_corpus
from tests.tui.conftest import StartReader, reader_screen, settle

SIZE = (120, 36)

# Stands in for a viewer: writes the arguments it was given, as JSON, to the file named first.
RECORDER = "import json, sys\nopen(sys.argv[1], 'w').write(json.dumps(sys.argv[1:]))\n"


@pytest.fixture
def corpus(briefer_home: Path) -> Path:
    return awkward_corpus.install(briefer_home / "corpus")


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """BRIEFER_OPENER runs the recorder; returns the file it writes its argv to."""
    script = tmp_path / "viewer.py"
    script.write_text(RECORDER, encoding="utf-8")
    out = tmp_path / "argv.json"
    monkeypatch.setenv(opener.OPENER_ENV, shlex.join([sys.executable, str(script), str(out)]))
    return out


def read_when_written(path: Path, wait: float = 10.0) -> Any:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return json.loads(path.read_text(encoding="utf-8"))
        time.sleep(0.02)
    raise AssertionError(f"the opener never ran ({path} not written)")


def notes(app: BrieferApp) -> list[Notification]:
    return list(app._notifications)


async def open_results(pilot: Any) -> ResultList:
    await pilot.press("escape")  # from the search box (where letters type) to the results
    results = reader_screen(pilot.app).query_one(ResultList)
    assert results.has_focus
    return results


async def highlight_title(pilot: Any, results: ResultList, title: str) -> None:
    """Move down the rows, as a person would, to the document titled `title` (wherever the
    listing's order puts it), and let its document and briefing load."""
    for _ in range(len(results.hits)):
        hit = results.current_hit()
        if hit is not None and hit.title == title:
            await settle(pilot)
            return
        await pilot.press("j")
    raise AssertionError(f"no row titled {title!r}")


# ---- o --------------------------------------------------------------------------------------


async def test_o_opens_the_highlighted_result_with_the_path_as_one_argument(
    corpus: Path, recorded: Path, start_reader: StartReader
) -> None:
    """...and the document opened to read counts as read, as Enter's does."""
    async with start_reader(SIZE) as (app, pilot, _):
        results = await open_results(pilot)
        await pilot.press("j")  # the second result, not just the first
        hit = results.current_hit()
        assert hit is not None and " " in Path(hit.path).name
        assert results.read_state is not None and hit.id not in results.read_state.snapshot()
        await pilot.press("o")
        assert read_when_written(recorded) == [str(recorded), hit.path]
        assert hit.id in results.read_state.snapshot()
        assert app.is_running
        assert not [n for n in notes(app) if n.severity == "error"]


async def test_o_in_the_document_tab_opens_the_document_shown(
    corpus: Path, recorded: Path, start_reader: StartReader
) -> None:
    async with start_reader(SIZE) as (app, pilot, screen):
        results = await open_results(pilot)
        await pilot.press("enter")  # open the first result in the Document tab
        await settle(pilot)
        screen = reader_screen(app)
        shown = screen.query_one(DocumentView).document
        assert shown is not None
        screen.query_one(DocumentView).focus()
        results.highlighted = 2  # another result highlighted: the document shown still wins
        await pilot.press("o")
        assert read_when_written(recorded)[1:] == [shown.path]


async def test_o_on_a_file_that_is_gone_notifies_and_launches_nothing(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    launched: list[list[str]] = []
    monkeypatch.setattr(opener, "launch", lambda args: launched.append(list(args)))
    async with start_reader(SIZE) as (app, pilot, _):
        results = await open_results(pilot)
        hit = results.current_hit()
        assert hit is not None
        Path(hit.path).unlink()
        await pilot.press("o")
        await pilot.pause()
        errors = [n for n in notes(app) if n.severity == "error"]
        assert len(errors) == 1
        assert errors[0].message.startswith("The file is no longer there: ")
        assert "\n" not in errors[0].message and not errors[0].markup
        assert launched == []
        assert app.is_running


async def test_o_without_an_opener_installed_notifies(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, start_reader: StartReader
) -> None:
    monkeypatch.setenv(opener.OPENER_ENV, "briefer-test-no-such-viewer --new-window")
    async with start_reader(SIZE) as (app, pilot, _):
        await open_results(pilot)
        await pilot.press("o")
        await pilot.pause()
        errors = [n.message for n in notes(app) if n.severity == "error"]
        assert errors == [
            "No program to open files: 'briefer-test-no-such-viewer' not found (set BRIEFER_OPENER)"
        ]


async def test_open_and_copy_are_in_the_command_palette(
    corpus: Path, recorded: Path, start_reader: StartReader
) -> None:
    from briefer.tui.palette import ReaderCommands

    async with start_reader(SIZE) as (app, pilot, _):
        results = await open_results(pilot)
        offered = [hit.text async for hit in ReaderCommands(app.screen).discover()]
        assert "Copy the briefing item as a citation, else the document's path" in offered
        hit = results.current_hit()
        assert hit is not None
        await pilot.press("ctrl+p", *"viewer")
        await pilot.pause(0.3)  # the palette searches its providers
        await pilot.press("enter")
        assert read_when_written(recorded)[1:] == [hit.path]


# ---- y --------------------------------------------------------------------------------------


async def test_y_in_the_briefing_copies_the_highlighted_item_as_a_citation(
    corpus: Path, start_reader: StartReader
) -> None:
    async with start_reader(SIZE, notifications=True) as (app, pilot, screen):
        results = await open_results(pilot)
        await highlight_title(pilot, results, awkward_corpus.BRACKET_TITLE)
        screen = reader_screen(app)
        view = screen.query_one(BriefingView)
        view.focus()
        await pilot.press("j")  # the second item: the highlight decides, not the first
        chosen = view.highlighted_item()
        assert chosen is not None
        item = chosen[0]
        await pilot.press("y")
        await pilot.pause(0.1)  # the toast is mounted on the next refresh
        reference = f"{awkward_corpus.BRACKET_TITLE}, {awkward_corpus.LONG_SOURCE}, 2026-03-05"
        assert app.clipboard == f"{item.text} — {reference}, ¶{item.paragraph}"
        # the cited paragraph holds the sentence
        document = screen.query_one(DocumentView).document
        assert document is not None
        paragraph = document.paragraphs[item.paragraph - 1]
        assert item.text in document.text[paragraph.start : paragraph.end]
        # the notification shows the title's brackets as typed: not markup
        note = notes(app)[-1]
        assert note.message.startswith("Copied citation: Talks on [b]Lake Ohrid[/b] resume")
        toast = app.screen.query_one("Toast")
        assert "[b]Lake Ohrid[/b]" in str(toast.render())


async def test_y_on_a_result_copies_its_path(corpus: Path, start_reader: StartReader) -> None:
    async with start_reader(SIZE, notifications=True) as (app, pilot, _):
        results = await open_results(pilot)
        await highlight_title(pilot, results, awkward_corpus.BRACKET_TITLE)
        hit = results.current_hit()
        assert hit is not None
        await pilot.press("y")
        await pilot.pause(0.1)  # the toast is mounted on the next refresh
        assert app.clipboard == hit.path
        assert Path(app.clipboard).is_file()
        toast = str(app.screen.query_one("Toast").render())
        assert toast.startswith("Copied path:\n")  # the path on a line of its own, cut to fit
        assert toast.endswith(f"/{awkward_corpus.BRACKET_FILE}")  # brackets shown, not styled


# ---- the pieces -----------------------------------------------------------------------------


def test_the_opener_by_platform_and_from_the_environment() -> None:
    assert opener_command({}, "linux") == ["xdg-open"]
    assert opener_command({}, "darwin") == ["open"]
    assert opener_command({}, "win32") is None
    custom = {opener.OPENER_ENV: "'/opt/my viewer/bin/view' --new-tab"}
    assert opener_command(custom, "linux") == ["/opt/my viewer/bin/view", "--new-tab"]
    assert opener_command({opener.OPENER_ENV: "   "}, "darwin") == ["open"]
    with pytest.raises(OpenFailed, match="BRIEFER_OPENER cannot be read"):
        opener_command({opener.OPENER_ENV: "view 'unclosed"}, "linux")


def test_open_in_viewer_appends_the_absolute_path_and_never_uses_a_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "xdg-open"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    document = tmp_path / "-rf; echo $(id) `x`.md"  # a name a shell would mangle
    document.write_text("x", encoding="utf-8")
    launched: list[list[str]] = []
    monkeypatch.setattr(opener, "launch", lambda args: launched.append(list(args)))
    monkeypatch.chdir(tmp_path)
    args = open_in_viewer(document.name, env={"PATH": str(bin_dir)}, platform="linux")
    assert launched == [["xdg-open", str(document)]] and args == launched[0]


def test_launch_detaches_the_viewer(tmp_path: Path) -> None:
    out = tmp_path / "argv.json"
    script = tmp_path / "viewer.py"
    script.write_text(RECORDER + "print('noise on stdout')\n", encoding="utf-8")
    opener.launch([sys.executable, str(script), str(out), "a b"])
    assert read_when_written(out) == [str(out), "a b"]


def test_a_citation_names_title_outlet_date_and_paragraph() -> None:
    item = Item(text=" The EU urged [restraint].\n", source="d1", paragraph=4, date="2026-03-01")
    source = SourceRef(1, "d1", "/x/a.md", "Talks [b]resume[/b]", "2026-03-05", "Wire", "h")
    assert citation(item, source) == (
        "The EU urged [restraint]. — Talks [b]resume[/b], Wire, 2026-03-05, ¶4"
    )
    bare = SourceRef(1, "d1", "/x/a.md", "Untitled", None, None, "h")
    assert citation(item, bare) == "The EU urged [restraint]. — Untitled, 2026-03-01, ¶4"
    assert citation(item, None) == "The EU urged [restraint]. — 2026-03-01, ¶4"


def test_preview_keeps_the_start_or_the_end() -> None:
    assert preview("short") == "short"
    assert preview("abcdefghij", 5) == "abcd…"
    assert preview("/very/long/folder/name.md", 10, tail=True) == "…r/name.md"
