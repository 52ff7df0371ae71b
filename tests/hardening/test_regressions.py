"""Regression tests for bugs the hardening work found and the owners fixed: file names and
queries with escape sequences on the terminal, concurrent runs losing library folders,
tracebacks from failing writes and damaged segments; hostile file names in brief's JSON,
Markdown and skip notes, brief ignoring max_file_mb, deeply nested HTML, PDF text bombs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from bench.bench_hostile import shared_stream_pdf
from briefer.sources.sanitize import display_path
from tests.hardening.conftest import EVIL_EMPTY
from tests.hardening.support import (
    BIDI,
    ROOT,
    article,
    assert_clean,
    assert_no_traceback,
    forbidden_in,
    run_cli,
)


def test_search_text_output_prints_no_escape_from_a_file_name(evil: tuple[Path, Path]) -> None:
    """A file named with ESC[2J would clear the screen when its path is printed."""
    proc = run_cli(["search", "kosovo"], evil[1])
    assert proc.returncode == 0
    assert forbidden_in(proc.stdout) == [], proc.stdout


def test_search_json_paths_hold_no_control_character(evil: tuple[Path, Path]) -> None:
    """Every string in search --json, paths included, is safe to print."""
    proc = run_cli(["search", "kosovo", "--json"], evil[1])
    assert_clean(json.loads(proc.stdout), "search --json")


def test_search_does_not_echo_escapes_from_the_query(evil: tuple[Path, Path]) -> None:
    """ "N results for QUERY" never replays ESC c (a terminal reset) from a pasted query."""
    proc = run_cli(["search", "kosovo \x1bc"], evil[1])
    assert proc.returncode == 0
    assert forbidden_in(proc.stdout.split("\n", 1)[0]) == []


def test_index_text_output_prints_no_escape_from_a_skipped_name(evil: tuple[Path, Path]) -> None:
    """A skipped file named with OSC 52 would write the clipboard when reported."""
    folder, home = evil
    (folder / EVIL_EMPTY).write_bytes(b"\n")  # changed: reported again
    proc = run_cli(["index"], home)
    assert proc.returncode == 0
    assert forbidden_in(proc.stdout + proc.stderr) == [], proc.stdout


def test_index_skip_reason_does_not_repeat_the_path(evil: tuple[Path, Path]) -> None:
    """The reason is the reason, not "PATH: reason" for names that print differently."""
    folder, home = evil
    proc = run_cli(["index", "--rebuild", "--json"], home)
    skips = {s["path"]: s["reason"] for s in json.loads(proc.stdout)["skipped"]}
    reason = skips[display_path(str(folder / EVIL_EMPTY))]
    assert reason == "empty (no text)", reason


def test_concurrent_index_runs_keep_every_folder_in_the_library(tmp_path: Path) -> None:
    """Eight `briefer index FOLDER` at once: every folder stays in the library (no lost
    update of the settings, no traceback from a shared temp file)."""
    folders = []
    for k in range(8):
        folder = tmp_path / f"f{k}"
        folder.mkdir()
        (folder / "doc.txt").write_text(article(f"Report {k}", [f"Officials met on day {k}."]))
        folders.append(folder)
    for attempt in range(3):
        home = tmp_path / f"home{attempt}"
        env = {**os.environ, "BRIEFER_HOME": str(home), "BRIEFER_LOCK_TIMEOUT": "60"}
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "briefer", "index", str(f)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for f in folders
        ]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert all("Traceback" not in e for e in errors), next(e for e in errors if e)
        assert [p.returncode for p in procs] == [0] * 8
        final = run_cli(["index", "--json"], home)
        assert json.loads(final.stdout)["documents"] == 8


def test_a_failing_write_is_one_clear_line(tmp_path: Path) -> None:
    """A write that fails part-way (a full disk) is one line and exit 1, not a traceback."""
    from tests.hardening.support import write_plain_corpus
    from tests.hardening.test_faults import index_with_failing_writes

    write_plain_corpus(tmp_path / "docs", 150, paragraphs=8)
    proc = index_with_failing_writes([tmp_path / "docs"], tmp_path / "home")
    assert proc.returncode == 1
    assert_no_traceback(proc)
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr[-300:]


@pytest.mark.parametrize("command", [["search", "kosovo"], ["index"]])
def test_a_damaged_segment_is_one_clear_line(tmp_path: Path, command: list[str]) -> None:
    """A truncated segment: search says so in one line; index rebuilds or says so in one line."""
    from tests.hardening.support import write_plain_corpus

    write_plain_corpus(tmp_path / "docs", 50)
    home = tmp_path / "home"
    assert run_cli(["index", str(tmp_path / "docs")], home).returncode == 0
    segment = next((home / "data" / "index").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:1000])
    proc = run_cli(command, home)
    assert_no_traceback(proc)
    assert len(proc.stderr.strip().splitlines()) == 1


def test_brief_json_paths_hold_no_control_character(evil: tuple[Path, Path]) -> None:
    """A file named with ESC[2J or U+202E: brief --format json shows its path cleaned."""
    proc = run_cli(["brief", "--format", "json"], evil[1])
    assert proc.returncode == 0, proc.stderr
    assert_clean(json.loads(proc.stdout), "brief --format json")


def test_markdown_export_front_matter_holds_no_bidi_override(
    evil: tuple[Path, Path], tmp_path: Path
) -> None:
    """A file named with U+202E: the exported front matter shows no bidi override."""
    target = tmp_path / "out.md"
    proc = run_cli(["brief", "--format", "markdown", "-o", str(target)], evil[1])
    assert proc.returncode == 0, proc.stderr
    assert forbidden_in(target.read_text(encoding="utf-8")) == []


def test_markdown_export_of_a_bidi_title_holds_no_override(tmp_path: Path) -> None:
    """A name with bidi overrides and isolates: Markdown on stdout holds none of them."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / f"a{BIDI}.md").write_text("# Plain title\n\nOfficials in Kosovo met.\n")
    proc = run_cli(["brief", str(folder), "--format", "markdown"], tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert forbidden_in(proc.stdout) == []


def test_brief_of_a_folder_prints_no_escape_from_a_skipped_name(evil: tuple[Path, Path]) -> None:
    """A broken symlink named with ESC[2J: brief reports its skip without the escape."""
    folder, home = evil
    proc = run_cli(["brief", str(folder), "--format", "json"], home)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert forbidden_in(proc.stderr) == [], proc.stderr


def test_brief_of_a_folder_honours_max_file_mb(tmp_path: Path) -> None:
    """brief PATH skips files over the max_file_mb setting, as index does."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "small.txt").write_text(article("Small", ["Officials in Kosovo met."]))
    (folder / "big.txt").write_text("Big\n\n" + "Officials in Kosovo met again. " * 40_000)
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text("max_file_mb = 0.5\n")
    proc = run_cli(["brief", str(folder), "--format", "json"], home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [s["title"] for s in json.loads(proc.stdout)["sources"]] == ["Small"]
    assert "big.txt: too large" in proc.stderr


@pytest.mark.timeout(60)  # a hang guard: lexbor alone takes 9 s on this page
def test_a_deeply_nested_page_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """100,000 nested <div>: lexbor's tree building is quadratic in depth, so the page is
    measured first and refused without ever reaching the parser."""
    from briefer.sources import LoadError, html, load_document

    def refuse(*_: object, **__: object) -> None:
        pytest.fail("the HTML parser ran on a page the depth check should have refused")

    monkeypatch.setattr(html, "LexborHTMLParser", refuse)
    n = 100_000
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{'<div>' * n}<p>Officials met.</p>{'</div>' * n}</body></html>")
    with pytest.raises(LoadError, match="too deeply nested HTML"):
        load_document(page)


@pytest.mark.timeout(60)  # a hang guard; the pages read are counted, not timed
def test_a_small_pdf_cannot_expand_past_the_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 6 kB PDF whose 25 pages share one stream (25 MB of text): the loader stops reading
    pages once the text passes its cap, and never hands back more than the size limit."""
    from pypdf import PageObject

    from briefer.sources import DEFAULT_MAX_BYTES, LoadError, load_document

    extracted: list[int] = []  # the length of each page's text, as pypdf extracts it
    extract = PageObject.extract_text

    def counting(page: PageObject, *args: Any, **kwargs: Any) -> str:
        text: str = extract(page, *args, **kwargs)
        extracted.append(len(text))
        return text

    monkeypatch.setattr(PageObject, "extract_text", counting)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(shared_stream_pdf(pages=25, chars=1_000_000))  # what bench_hostile times
    assert path.stat().st_size < 10_000
    try:
        doc = load_document(path)
    except LoadError:
        pass
    else:
        assert len(doc.text) <= DEFAULT_MAX_BYTES
    assert 0 < len(extracted) < 25, extracted


async def test_a_paste_into_the_search_box_puts_no_control_character_on_screen(
    tmp_path: Path, briefer_home: Path
) -> None:
    """An OSC 52 and a bidi override pasted into the search box reach neither its value nor the
    screen (the find bar and the export path use the same CleanInput)."""
    from textual import events
    from textual.widgets import Input

    from briefer import config
    from briefer.index import Library
    from briefer.tui.app import BrieferApp
    from tests.hardening.support import OSC52, write_plain_corpus

    write_plain_corpus(tmp_path / "docs", 5)
    config.save_settings(config.Settings(library=[str(tmp_path / "docs")]))
    with Library() as library:
        library.sync([tmp_path / "docs"])
    app = BrieferApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        box = app.screen.query_one("#search", Input)
        box.focus()
        box.post_message(events.Paste(f"{OSC52}kosovo\u202e"))
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        assert forbidden_in(box.value) == []
        assert forbidden_in(app.export_screenshot()) == []


@pytest.mark.timeout(120)  # a hang guard: the old design took 18 s to open 16,000 paragraphs
async def test_a_document_of_many_paragraphs_keeps_the_reader_responsive(
    tmp_path: Path, briefer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document of 8,000 short paragraphs: the Document tab adds no widget per paragraph,
    styles and draws only the paragraphs on screen, and a key press scrolls it, drawing only
    what comes into view (it used to mount a widget per paragraph: 18 s to open 16,000 of
    them, 2.7 s per key)."""
    from rich.text import Text

    from briefer import config
    from briefer.index import Library
    from briefer.render.segments import SpanLike
    from briefer.render.terminal import entity_text
    from briefer.tui.app import BrieferApp
    from briefer.tui.widgets import document_view
    from briefer.tui.widgets.document_view import DocumentView
    from briefer.tui.widgets.results import ResultList

    folder = tmp_path / "docs"
    folder.mkdir()
    paragraphs = (f"Paragraph {i}: officials in Kosovo met again today." for i in range(8000))
    (folder / "big.txt").write_text("Big report\n\n" + "\n\n".join(paragraphs))
    config.save_settings(config.Settings(library=[str(folder)]))
    with Library() as library:
        library.sync([folder])

    styled: list[str] = []  # paragraphs given their entity colours, which happens when drawn
    drawn: list[int] = []  # content lines drawn, by line number
    line_text = DocumentView.line_text

    def counting_entity_text(text: str, spans: Iterable[SpanLike] = ()) -> Text:
        styled.append(text)
        return entity_text(text, spans)

    def counting_line_text(view: DocumentView, line: int) -> Text:
        drawn.append(line)
        return line_text(view, line)

    monkeypatch.setattr(document_view, "entity_text", counting_entity_text)
    monkeypatch.setattr(DocumentView, "line_text", counting_line_text)
    app = BrieferApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        app.screen.query_one(ResultList).focus()
        await pilot.press("enter")
        view = app.screen.query_one(DocumentView)
        while view.document is None:
            await pilot.pause(0.02)
        await app.workers.wait_for_complete()
        await pilot.pause()
        height, top = view.size.height, round(view.scroll_y)
        assert view.paragraph_count > 8000 and view.line_count > 16_000
        assert app.focused is view
        widgets = len(list(app.screen.walk_children()))
        assert widgets < 200, widgets  # a widget per paragraph would be 8,000 more
        assert 0 < len(styled) <= height, len(styled)
        assert drawn and top <= min(drawn) and max(drawn) < top + height, sorted(set(drawn))
        styled.clear()
        drawn.clear()
        await pilot.press("down")
        await pilot.pause()
        assert round(view.scroll_y) == top + 1
        assert len(styled) <= 1, styled  # at most the paragraph scrolled into view
        assert drawn and top < min(drawn) and max(drawn) <= top + height, sorted(set(drawn))


def test_a_killed_rebuild_leaves_the_old_index_serving(tmp_path: Path) -> None:
    # briefer/index/library.py: `--rebuild` emptied the index folder and refilled it in batches,
    # so a rebuild killed part-way left the library empty ("the library is empty; add a folder")
    # until a full run. The new index is now built in index.rebuild/ and swapped in at the end.
    import signal
    import time

    from tests.hardening.support import write_plain_corpus

    write_plain_corpus(tmp_path / "docs", 300, paragraphs=30)
    home = tmp_path / "home"
    assert run_cli(["index", str(tmp_path / "docs")], home, timeout=120).returncode == 0
    before = json.loads(run_cli(["search", "kosovo", "--json"], home).stdout)["total"]
    assert before > 0
    build = home / "data" / "index.rebuild"
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefer", "index", "--rebuild"],
        cwd=ROOT,
        env={**os.environ, "BRIEFER_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not build.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the rebuild finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # mid-rebuild: its new index is being written
    proc.wait()
    after = run_cli(["search", "kosovo", "--json"], home)
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout)["total"] == before
    assert run_cli(["index"], home, timeout=120).returncode == 0
    assert not build.exists()
