"""The reader's two targets: first paint on an existing index, and keystroke to updated results.

    python -m bench.bench_tui --home DIR          # DIR is a BRIEFER_HOME with an index
    python -m bench.bench_tui --docs 10000        # build one first (bench/corpus.py, cached)
    python -m bench.bench_tui --document 16000    # one document of 16,000 short paragraphs

First paint: a fresh process per run (interpreter start included) runs the reader headless and
reports when the first frame is on screen and when the first result rows are; target 0.6 s.
Keystroke: in one headless reader, a query is typed a key at a time and each key is timed from
the press to the result rows of that very query on screen (debounce, search worker, message,
rows); target 100 ms at 10,000 documents.
Document: a library of one document of N short paragraphs; the time from Enter on its row to
its text painted in the Document tab (target 1 s at 16,000), then keys in that tab (page down,
end, and find typed a letter at a time, each to its frame; target 100 ms), animations off.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PAINT_RUNS = 5
QUERIES = ("border crossing", "minister said", "protesters police", "talks kosovo")


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "p50": round(statistics.median(ordered) * 1000, 1),
        "p95": round(p95 * 1000, 1),
        "max": round(ordered[-1] * 1000, 1),
        "n": len(ordered),
    }


async def workers_done(app: Any) -> None:
    """Every worker finished; one cancelled meanwhile (a newer search replaced it) is fine."""
    from textual.worker import WorkerCancelled

    with contextlib.suppress(WorkerCancelled):
        await app.workers.wait_for_complete()


def build_home(docs: int, workdir: Path) -> Path:
    """A BRIEFER_HOME indexing a generated corpus of `docs` articles (kept for the next run)."""
    home = workdir / f"home-{docs}"
    marker = home / "built"
    if marker.exists():
        return home
    from bench.corpus import generate

    corpus = workdir / f"corpus-{docs}"
    if not corpus.exists():
        generate(corpus, docs)
    os.environ["BRIEFER_HOME"] = str(home)
    from briefer.index import Library

    with Library() as library:
        library.sync([corpus])
    marker.write_text("ok")
    return home


def child_paint() -> None:
    """Run in a fresh process: print seconds since T0 to first frame and to first rows."""
    t0 = float(os.environ["BENCH_T0"])
    from briefer.tui.app import BrieferApp
    from briefer.tui.widgets.results import ResultList

    marks: dict[str, float] = {}

    class Probe(BrieferApp):
        def on_mount(self) -> None:
            super().on_mount()  # pushes the main screen
            self.set_interval(0.002, self._rows)

        def on_ready(self) -> None:
            # Textual sends Ready once the first frame has been written to the terminal.
            marks.setdefault("first_paint", time.time() - t0)

        def _rows(self) -> None:
            results = self.screen.query(ResultList)
            if results and results.first().hits:
                self.call_after_refresh(self._done)

        def _done(self) -> None:
            marks.setdefault("first_rows", time.time() - t0)
            self.exit()

    Probe().run(headless=True, size=(120, 40))
    print(json.dumps(marks))


def first_paint(home: Path, runs: int) -> dict[str, Any]:
    paint: list[float] = []
    rows: list[float] = []
    env = dict(os.environ, BRIEFER_HOME=str(home))
    for _ in range(runs):
        env["BENCH_T0"] = repr(time.time())
        done = subprocess.run(
            [sys.executable, "-m", "bench.bench_tui", "--child-paint"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        marks = json.loads(done.stdout.strip().splitlines()[-1])
        paint.append(marks["first_paint"])
        rows.append(marks["first_rows"])
    return {"first_paint": _ms(paint), "first_rows": _ms(rows)}


async def keystrokes(home: Path) -> dict[str, Any]:
    os.environ["BRIEFER_HOME"] = str(home)
    from textual import events
    from textual.widgets import Input

    from briefer.index.query import short_last_word
    from briefer.tui.app import BrieferApp
    from briefer.tui.screens.main import MainScreen
    from briefer.tui.widgets.results import ResultList

    app = BrieferApp()
    samples: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        results = screen.query_one(ResultList)
        while not results.hits:
            await pilot.pause(0.005)
        count = screen.library.count()
        for query in QUERIES:
            screen.query_one("#search", Input).value = ""
            await pilot.pause(0.2)
            await workers_done(app)
            typed = ""
            for key in query:
                typed += key
                started = time.perf_counter()
                # The key as the terminal driver delivers it (Pilot.press would also wait for
                # the app to go idle, which is not what a person sees).
                app.post_message(events.Key("space" if key == " " else key, key))
                if short_last_word(typed):
                    # (`b`, `bo` on the way to `border` match nothing yet: the reader keeps the
                    # last rows, so no rows of this key will come; not timed)
                    await pilot.pause(0.15)
                    continue
                # Done when the rows on screen are those of exactly what has been typed...
                while screen.result is None or screen.result.query.strip() != typed.strip():
                    await asyncio.sleep(0.001)
                painted = asyncio.Event()
                screen.call_after_refresh(painted.set)  # ...and the frame showing them is out.
                await painted.wait()
                samples.append(time.perf_counter() - started)
                await pilot.pause(0.15)  # a fast typist: about seven keys a second
    return {"documents": count, "key_to_rows": _ms(samples)}


async def _press(app: Any, key: str, done: Any) -> float:
    """Seconds from a key (as the driver delivers it) until `done()` holds and is painted."""
    from textual import events

    started = time.perf_counter()
    character = key if len(key) == 1 else None
    app.post_message(events.Key(key, character))
    while not done():
        await asyncio.sleep(0.001)
    painted = asyncio.Event()
    app.screen.call_after_refresh(painted.set)
    await painted.wait()
    return time.perf_counter() - started


async def big_document(paragraphs: int, workdir: Path) -> dict[str, Any]:
    folder = workdir / f"document-{paragraphs}"
    home = workdir / f"document-home-{paragraphs}"
    os.environ["BRIEFER_HOME"] = str(home)
    from briefer.index import Library

    if not (home / "built").exists():
        folder.mkdir(parents=True, exist_ok=True)
        lines = (f"Paragraph {i}: officials in Kosovo met again today." for i in range(paragraphs))
        (folder / "big.txt").write_text("Big report\n\n" + "\n\n".join(lines), encoding="utf-8")
        with Library() as library:
            library.sync([folder])
        (home / "built").write_text("ok")
    from briefer.tui.app import BrieferApp
    from briefer.tui.screens.main import MainScreen
    from briefer.tui.widgets.document_view import DocumentView
    from briefer.tui.widgets.results import ResultList

    app = BrieferApp()
    app.animation_level = "none"
    figures: dict[str, Any] = {"megabytes": round((folder / "big.txt").stat().st_size / 1e6, 2)}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        results = screen.query_one(ResultList)
        while not results.hits:
            await pilot.pause(0.005)
        results.focus()
        await pilot.pause()
        view = screen.query_one(DocumentView)
        view.document = None  # the highlighted row may have been loaded already: time a load
        figures["open"] = _ms([await _press(app, "enter", lambda: view.document is not None)])
        await workers_done(app)
        view.focus()
        await pilot.pause()
        keys: list[float] = []
        for _ in range(5):
            before = view.scroll_y
            keys.append(await _press(app, "pagedown", lambda b=before: view.scroll_y != b))
        keys.append(await _press(app, "end", lambda: view.scroll_y >= view.max_scroll_y))
        keys.append(await _press(app, "home", lambda: view.scroll_y == 0))
        figures["scroll_keys"] = _ms(keys)
        await _press(app, "slash", lambda: screen.focused is not view)
        finds: list[float] = []
        for n in range(1, len("kosovo") + 1):
            typed = "kosovo"[:n]
            finds.append(await _press(app, typed[-1], lambda t=typed: view.needle == t))
        figures["find_keys"] = _ms(finds)
        figures["matches"] = len(view.matches)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, help="an existing BRIEFER_HOME with an index")
    parser.add_argument("--docs", type=int, default=10000, help="build an index of this size")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefer-bench-tui"))
    parser.add_argument("--runs", type=int, default=PAINT_RUNS)
    parser.add_argument("--document", type=int, metavar="N", help="only time a document")
    parser.add_argument("--child-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_paint:
        child_paint()
        return
    if args.document:
        figures = asyncio.run(big_document(args.document, args.workdir))
        print(f"document of {args.document} paragraphs ({figures['megabytes']} MB)")
        print(f"Enter to text painted (target <= 1000 ms): {figures['open']}")
        print(f"scroll keys (target <= 100 ms): {figures['scroll_keys']}")
        print(f"find, a key at a time ({figures['matches']} matches): {figures['find_keys']}")
        return
    home = args.home or build_home(args.docs, args.workdir)
    paint = first_paint(home, args.runs)
    keys = asyncio.run(keystrokes(home))
    print(f"index: {home} ({keys['documents']} documents)")
    print(f"first paint    (target <= 600 ms): {paint['first_paint']}")
    print(f"first rows                       : {paint['first_rows']}")
    rows = keys["key_to_rows"]
    print(f"key to rows painted, keys that change the rows (target <= 100 ms): {rows}")


if __name__ == "__main__":
    main()
