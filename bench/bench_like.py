"""Time `like:` (documents like one) against plain searches on an index already built.

    python -m bench.bench_like --index DIR [--docs 30] [--home DIR]

In one process, on a warm searcher: plain searches (bench_index's QUERIES, 20 hits with
snippets) p50/p95 in ms, wall and CPU (a loaded machine stretches the wall times); `like:PATH`
for `--docs` documents picked at random (seeded), the first time each is asked (its key terms
worked out) and again (kept per opened index, as the reader asks at every key typed after the
clause); and the same with `--sort date`. With `--home` (a BRIEFER_HOME whose data/index is
DIR), `briefer search` as a fresh process, start to exit, for a plain query and for `like:`,
median of five runs each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.bench_index import QUERIES


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered), 1), round(p95, 1)


def in_process(index: Path, docs: int) -> tuple[dict[str, Any], list[str]]:
    from briefer.index import Library

    out: dict[str, Any] = {}
    with Library(index) as library:
        for q in QUERIES:  # warm the searcher, the facet table and the OS cache
            library.search(q, limit=20)
        samples: list[float] = []
        cpu: list[float] = []
        for _ in range(3):
            for q in QUERIES:
                start, start_cpu = time.perf_counter(), time.process_time()
                library.search(q, limit=20)
                samples.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
        out["plain"] = _percentiles(samples)
        out["plain, CPU"] = _percentiles(cpu)
        searcher = library._current()
        paths = sorted(str(fields["path"]) for fields in searcher.all_stored_fields())
        picked = random.Random(17).sample(paths, min(docs, len(paths)))
        first: list[float] = []
        first_cpu: list[float] = []
        again: list[float] = []
        dated: list[float] = []
        totals: list[int] = []
        for path in picked:
            clause = f'like:"{path}"'
            start, start_cpu = time.perf_counter(), time.process_time()
            result = library.search(clause, limit=20)
            first.append((time.perf_counter() - start) * 1000)
            first_cpu.append((time.process_time() - start_cpu) * 1000)
            totals.append(result.total)
            start = time.perf_counter()
            library.search(clause, limit=20)
            again.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            library.search(clause, limit=20, sort="date")
            dated.append((time.perf_counter() - start) * 1000)
        out["like first"] = _percentiles(first)
        out["like first, CPU"] = _percentiles(first_cpu)
        out["like again"] = _percentiles(again)
        out["like by date"] = _percentiles(dated)
        out["like matches (median, max)"] = (statistics.median(totals), max(totals))
    return out, picked


def fresh(home: Path, argv: list[str]) -> float:
    env = {**os.environ, "BRIEFER_HOME": str(home)}
    cmd = [sys.executable, "-m", "briefer", "search", *argv]
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=True)
        samples.append(time.perf_counter() - start)
    return round(statistics.median(samples), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--home", type=Path)
    args = parser.parse_args()
    found, picked = in_process(args.index, args.docs)
    if args.home is not None:
        found["fresh process: search kosovo (s)"] = fresh(args.home, ["kosovo"])
        found["fresh process: search like: (s)"] = fresh(args.home, [f'like:"{picked[0]}"'])
    print(json.dumps(found, indent=1))


if __name__ == "__main__":
    main()
