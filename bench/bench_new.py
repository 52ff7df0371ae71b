"""Time the reader's `W` (only the documents new since the last session) on an index already
built, as the search box asks it at every key typed.

    python -m bench.bench_new --index DIR [--new 20] [--rounds 5]

`--new` of the index's documents (chosen at random, seeded) stand for the new ones, the rest
for what the last session knew. Two ways of asking, alternated in one process on a warm
searcher: `exclude`, every known id given as the read ids to leave out (`unread_only`: how `W`
asked before `only=`), and `only`, the new ids as a positive filter (`only=`, how it asks now;
skipped where the library's search has no such argument). Each search is the reader's: 20 rows
with snippets, by relevance, over the empty box (`*`) and bench_index's QUERIES. Prints p50 /
p95 wall and CPU milliseconds per search and checks that both list the same documents.
"""

from __future__ import annotations

import argparse
import inspect
import random
import statistics
import time
from pathlib import Path
from typing import Any

from bench.bench_index import QUERIES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--new", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from briefer.index import Library
    from briefer.tui import core_calls

    with Library(args.index) as library:
        ids = library.ids()
        new = frozenset(random.Random(7).sample(ids, min(args.new, len(ids))))
        known = frozenset(ids) - new
        has_only = "only" in inspect.signature(library.search).parameters
        queries = ["", *QUERIES]

        def exclude(q: str) -> Any:
            return core_calls.run_search(
                library, q, "relevance", limit=20, read=known, unread_only=True
            )

        def only(q: str) -> Any:
            return core_calls.run_search(library, q, "relevance", limit=20, only=new)

        ways = {"exclude": exclude, **({"only": only} if has_only else {})}
        for way in ways.values():  # warm: searcher, facets, id map
            way("")
        times: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in ways}
        for _ in range(args.rounds):
            for q in queries:
                listed = []
                for name, way in ways.items():
                    wall, cpu = time.perf_counter(), time.process_time()
                    result = way(q)
                    times[name][0].append((time.perf_counter() - wall) * 1000)
                    times[name][1].append((time.process_time() - cpu) * 1000)
                    listed.append((result.total, [h.id for h in result.hits]))
                assert all(x == listed[0] for x in listed), f"{q!r}: the ways differ"
        print(f"{len(ids):,} documents, {len(new)} new, {len(queries)} queries x {args.rounds}")
        for name, (wall, cpu) in times.items():
            print(
                f"{name:8} wall p50 {_pct(wall, 50):6.1f} p95 {_pct(wall, 95):6.1f} ms"
                f"   cpu p50 {_pct(cpu, 50):6.1f} p95 {_pct(cpu, 95):6.1f} ms"
            )


def _pct(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    if pct == 50:
        return statistics.median(ordered)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
