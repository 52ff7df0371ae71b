"""Memory and reader responsiveness at scale: is `briefer index` bounded, is the reader quick?

    python -m bench.bench_memory --docs 2000 10000 [--words 600] [--workdir /tmp/briefer-mem]
    python -m bench.bench_memory --reader-only /tmp/briefer-mem/home-10000

For each size, a deterministic corpus (bench/corpus.py) is indexed by `briefer index` in a
fresh BRIEFER_HOME. While it runs, the resident memory of the whole process tree (the command
and its analysis workers) is sampled from /proc every 50 ms; the peak of that sum is what the
machine had to give. The kernel's own high-water marks (ru_maxrss of the command and of its
largest child) are reported too. Bounded means the peak does not grow with the corpus.

Then, on the largest index, the reader's search path is timed without a screen (the very
function its search worker calls, for queries matching most of the library) and with a
headless Textual app: keystroke to rows on screen, and moving down the result list.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.bench_tui import workers_done
from bench.corpus import generate

SAMPLE_EVERY = 0.05
TIMELINE_EVERY = 5.0
BROAD_QUERIES = ["*", "said", "officials", "government OR police", "border"]
REPEATS = 5


def _children(pid: int) -> list[int]:
    """Direct children of `pid` (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _tree(pid: int) -> list[int]:
    found = [pid]
    for child in _children(pid):
        found.extend(_tree(child))
    return found


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def index_peak(corpus: Path, home: Path) -> dict[str, Any]:
    """Run `briefer index CORPUS --json` in a fresh home, sampling the tree's memory."""
    env = {**os.environ, "BRIEFER_HOME": str(home)}
    cmd = [sys.executable, "-m", "briefer", "index", str(corpus), "--json"]
    home.mkdir(parents=True, exist_ok=True)
    out_path, err_path = home / "index.out", home / "index.err"
    started = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
    peak_tree = 0
    peak_main = 0
    timeline: list[int] = []
    most_procs = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        pids = _tree(proc.pid)
        sizes = [_rss_kib(p) for p in pids]
        peak_tree = max(peak_tree, sum(sizes))
        peak_main = max(peak_main, sizes[0] if sizes else 0)
        most_procs = max(most_procs, len(pids))
        elapsed = time.monotonic() - started
        if elapsed >= len(timeline) * TIMELINE_EVERY:
            timeline.append(round(sum(sizes) / 1024))
        time.sleep(SAMPLE_EVERY)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        tail = err_path.read_text(errors="replace")[-500:]
        raise SystemExit(f"briefer index failed ({proc.returncode}): {tail}")
    report = json.loads(out_path.read_text())
    return {
        "documents": report["documents"],
        "skipped": len(report["skipped"]),
        "seconds": round(seconds, 1),
        "docs_per_s": round(report["documents"] / seconds, 1),
        "peak_tree_mb": round(peak_tree / 1024, 1),
        "peak_main_mb": round(peak_main / 1024, 1),
        "processes": most_procs,
        "maxrss_command_mb": round(usage.ru_maxrss / 1024, 1),
        "tree_mb_every_5s": timeline,
        "index_mb": round(
            sum(p.stat().st_size for p in (home / "data").rglob("*") if p.is_file()) / 1e6, 1
        ),
    }


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def search_path(home: Path) -> dict[str, Any]:
    """The reader's search worker call (`core_calls.run_search`) on broad queries."""
    os.environ["BRIEFER_HOME"] = str(home)
    from briefer.tui import core_calls

    library, count, _problem = core_calls.open_library()
    out: dict[str, Any] = {"library": count}
    for query in BROAD_QUERIES:
        samples = []
        total = 0
        try:
            for _ in range(REPEATS):
                t = time.perf_counter()
                result = core_calls.run_search(library, query, "relevance")
                samples.append(time.perf_counter() - t)
                total = result.total
            t = time.perf_counter()
            core_calls.run_search(library, query, "date")
        except Exception as exc:  # a query the language rejects: report it, go on
            out[query] = {"error": str(exc)}
            continue
        by_date = round((time.perf_counter() - t) * 1000, 1)
        out[query] = {"total": total, **_ms(samples), "by_date_ms": by_date}
    library.close()
    return out


async def _reader(home: Path) -> dict[str, Any]:
    os.environ["BRIEFER_HOME"] = str(home)
    from textual.widgets import Input

    from briefer.tui.app import BrieferApp
    from briefer.tui.widgets.results import ResultList

    app = BrieferApp()
    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        results = app.screen.query_one(ResultList)
        while not results.hits:
            await pilot.pause(0.005)
        out["open_to_rows_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        typed = []
        for word in ("said", "border", "minister"):
            search = app.screen.query_one("#search", Input)
            search.value = ""
            await pilot.pause(0.3)
            await workers_done(app)
            await pilot.press(*word[:-1])
            await pilot.pause(0.3)
            await workers_done(app)
            before = results.hits
            t = time.perf_counter()
            await pilot.press(word[-1])
            while results.hits is before:
                await pilot.pause(0.005)
            await workers_done(app)
            typed.append(time.perf_counter() - t)
        out["last_key_to_rows"] = _ms(typed)
        results.focus()
        moves = []
        for _ in range(20):
            t = time.perf_counter()
            await pilot.press("down")
            moves.append(time.perf_counter() - t)
        out["cursor_down"] = _ms(moves)
        out["rows_shown"] = len(results.hits)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefer-mem"))
    parser.add_argument(
        "--reader-only",
        type=Path,
        metavar="HOME",
        help="skip indexing; time the reader on the index already in this BRIEFER_HOME",
    )
    args = parser.parse_args()
    results: dict[str, Any] = {"index": []}
    home = args.workdir
    for docs in [] if args.reader_only else args.docs:
        corpus = args.workdir / f"corpus-{docs}"
        if not corpus.exists():
            generate(corpus, docs, words=args.words)
        home = args.workdir / f"home-{docs}"
        if home.exists():
            subprocess.run(["rm", "-rf", str(home)], check=True)
        row = {"docs": docs, **index_peak(corpus, home)}
        results["index"].append(row)
        print(json.dumps(row), flush=True)
    if args.reader_only:
        home = args.reader_only
    results["search_path"] = search_path(home)
    print(json.dumps(results["search_path"]), flush=True)
    results["reader"] = asyncio.run(_reader(home))
    print(json.dumps(results["reader"]), flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
