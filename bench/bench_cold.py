"""Time a fresh process's first document: `briefer brief FILE`, and its first `analyse`.

    .venv/bin/python -m bench.bench_cold [--runs 7] [--file PATH] [--other TREE]

What every `briefer brief FILE`, index worker and first briefing of the reader pays before the
second document: the imports, then the first analysis (gazetteer, pattern gates, name data).
Each run is a new process with BRIEFER_HOME in a temporary folder; one unmeasured run first
fills its caches (as any run after the first finds them). Prints medians in milliseconds: the
wall time of `briefer brief FILE`, and, in a process of its own, the import of `analyse` and
the first `analyse`. `--other TREE` (another checkout of briefer) times it too, runs
alternated, for an A/B on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_FILE = "sample_docs/border-crisis/2022-12-10-north-kosovo-barricades.txt"

# The first analysis in a fresh process, timed from within (prints "import_ms analyse_ms").
_FIRST = """
import sys, time
t0 = time.perf_counter()
from briefer.analysis import analyse
from briefer.sources.load import load_document
t1 = time.perf_counter()
doc = load_document(sys.argv[1])
t2 = time.perf_counter()
analyse(doc)
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t3 - t2) * 1000:.1f}")
"""


def _one(tree: Path, file: Path, home: str) -> tuple[float, float, float]:
    """(wall ms of `briefer brief FILE`, import ms, first-analyse ms) for the checkout `tree`."""
    env = {**os.environ, "BRIEFER_HOME": home, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "briefer", "brief", str(file)],
        cwd=tree,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = (time.perf_counter() - start) * 1000
    out = subprocess.run(
        [sys.executable, "-c", _FIRST, str(file)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return wall, float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", default=DEFAULT_FILE)
    parser.add_argument("--other", help="another checkout, timed alternately")
    args = parser.parse_args()
    file = Path(args.file).absolute()
    trees = {"this": Path.cwd()}
    if args.other:
        trees["other"] = Path(args.other).absolute()
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        homes = {name: os.path.join(tmp, name) for name in trees}
        for name, tree in trees.items():
            _one(tree, file, homes[name])  # fills the caches
        for _ in range(args.runs):
            for name, tree in trees.items():
                times[name].append(_one(tree, file, homes[name]))
    for name, runs in times.items():
        wall, imports, first = (statistics.median(col) for col in zip(*runs, strict=True))
        print(
            f"{name} ({trees[name]}): brief FILE {wall:.0f} ms; "
            f"import {imports:.0f} ms, first analyse {first:.0f} ms (medians of {len(runs)})"
        )


if __name__ == "__main__":
    main()
