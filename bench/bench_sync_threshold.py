"""Where indexing in worker processes starts to beat one process: `sync.PARALLEL_THRESHOLD`
(and `COLD_PARALLEL_THRESHOLD`, with `--reader`).

    python -m bench.bench_sync_threshold [--docs 4 8 16 32 64] [--rounds 7] [--words 600]
                                         [--reader] [--workdir /tmp/briefer-bench-threshold]

For each corpus size, a fresh index is built `--rounds` times in one process and in a pool of
two workers, alternated (one process, pool, pool, one process, ...) so that the machine's other
load falls on both alike. Each build runs in a fresh process, as `briefer index FOLDER` does;
the sync alone is timed (start-up is the same either way). With `--reader`, the process first
analyses a document (the reader has shown a briefing) and syncs from a thread, as the reader
does: its workers then start from a fork server, without the tables it has loaded.
Prints median wall milliseconds, and CPU milliseconds (this process + its workers) with what
they make on two idle cores: one process takes its CPU time; a pool, at least half of all the
CPU time (both cores busy to the end), and at least its time before the pool starts plus the
busiest worker's. (On a machine shared with other work the wall time favours the pool: its two
processes get two shares of the cores.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.corpus import generate

_prepare: Any = None  # the indexer's own `prepare` (in a forked worker), timed below
_CPU_LOG = "BENCH_WORKER_CPU_LOG"  # the variable naming where workers note their CPU time


def _timed_prepare(path: str) -> Any:
    """`sync.prepare`, noting the worker's CPU time so far (from its start: a forked process's
    counts begin at zero) once done."""
    if _prepare is not None:
        prepared = _prepare(path)
    else:  # (a worker started from a fork server imports the indexer afresh)
        from briefer.index import sync

        prepared = sync.prepare(path)
    with open(os.environ[_CPU_LOG], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {time.process_time() * 1000:.1f}\n")
    return prepared


def _workers_cpu_ms(log: Path) -> tuple[float, float]:
    """The CPU milliseconds of all workers and of the one that spent the most, from their
    notes (a worker started from a fork server is no child of this process: `getrusage`
    does not count it)."""
    last: dict[str, float] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        pid, ms = line.split()
        if int(pid) != os.getpid():  # (a file analysed here, before the pool started)
            last[pid] = max(last.get(pid, 0.0), float(ms))
    return sum(last.values()), max(last.values(), default=0.0)


def run_sync(corpus: Path, index: Path, workers: int, reader: bool) -> dict[str, float]:
    """Build an index of `corpus` in this process (`workers` 1) or in a pool of `workers`."""
    from bench import bench_sync_threshold as timed  # (by its name, not as __main__: workers
    from briefer import worker_pool  # started from a fork server import it to run a task)
    from briefer.index import Library, sync

    if reader:
        from briefer.analysis import analyse
        from briefer.sources import load_document

        analyse(load_document(str(next(corpus.rglob("*.txt")))))
    shutil.rmtree(index, ignore_errors=True)
    log = index.parent / "worker-cpu.log"
    log.write_text("", encoding="utf-8")
    result = {"before_pool_ms": 0.0}
    began = [0.0]  # this process's CPU time when the sync began
    if workers > 1:
        sync.PARALLEL_THRESHOLD = sync.COLD_PARALLEL_THRESHOLD = 0  # every size in the pool
        timed._prepare, os.environ[_CPU_LOG] = sync.prepare, str(log)
        sync.prepare = timed._timed_prepare
        start_context = worker_pool.start_context

        def noted_start() -> Any:
            result["before_pool_ms"] = (time.process_time() - began[0]) * 1000
            return start_context()

        worker_pool.start_context = noted_start

    def build() -> None:
        start, began[0] = time.perf_counter(), time.process_time()
        with Library(index, workers=workers) as library:
            library.sync([corpus], rebuild=True)
        result["wall_ms"] = (time.perf_counter() - start) * 1000
        result["cpu_ms"] = (time.process_time() - began[0]) * 1000
        result["workers_cpu_ms"], result["busiest_worker_ms"] = _workers_cpu_ms(log)

    if reader:
        thread = threading.Thread(target=build)
        thread.start()
        thread.join()
    else:
        build()
    return result


def _one_run(corpus: Path, index: Path, workers: int, reader: bool) -> dict[str, float]:
    cmd = [sys.executable, "-m", "bench.bench_sync_threshold", "--run", str(corpus), str(index)]
    cmd += ["--workers", str(workers)] + (["--reader"] if reader else [])
    env = {**os.environ, "BRIEFER_HOME": str(index.parent / "home")}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"run failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[4, 8, 16, 32, 64])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reader", action="store_true", help="sync as the reader does")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefer-bench-threshold"))
    parser.add_argument("--run", nargs=2, metavar=("CORPUS", "INDEX"), help="internal")
    args = parser.parse_args()
    if args.run:
        corpus, index = map(Path, args.run)
        print(json.dumps(run_sync(corpus, index, args.workers, args.reader)))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"load {os.getloadavg()[0]:.1f}; {args.words} words a document; median of {args.rounds}")
    pool = f"{args.workers} workers"
    print(f"{'':>5} {'one process':>13} {pool:>20} {'wall':>9} {'idle cores':>12}")
    head = f"{'docs':>5} {'wall (CPU)':>13} {'wall (CPU + workers)':>20}"
    print(f"{head} {'pool/one':>9} {'pool/one':>12}")
    for docs in args.docs:
        corpus = args.workdir / f"corpus-{docs}-{args.words}"
        if not corpus.exists():
            generate(corpus, docs, args.words)
        index = args.workdir / "index"
        runs: dict[int, list[dict[str, float]]] = {1: [], args.workers: []}
        for n in range(args.rounds):
            order = (1, args.workers) if n % 2 == 0 else (args.workers, 1)
            for workers in order:
                runs[workers].append(_one_run(corpus, index, workers, args.reader))
        one = runs[1]
        pool = runs[args.workers]
        one_wall = statistics.median(r["wall_ms"] for r in one)
        one_cpu = statistics.median(r["cpu_ms"] for r in one)
        pool_wall = statistics.median(r["wall_ms"] for r in pool)
        here = statistics.median(r["cpu_ms"] for r in pool)
        there = statistics.median(r["workers_cpu_ms"] for r in pool)
        idle = statistics.median(
            max(
                (r["cpu_ms"] + r["workers_cpu_ms"]) / args.workers,
                r["before_pool_ms"] + r["busiest_worker_ms"],
            )
            for r in pool
        )
        print(
            f"{docs:>5} {one_wall:>6.0f} ({one_cpu:>4.0f}) {pool_wall:>6.0f} ({here:>4.0f} + "
            f"{there:>4.0f}) {pool_wall / one_wall:>9.2f} {idle / one_cpu:>12.2f}",
            flush=True,
        )
        result: dict[str, Any] = {"docs": docs, "runs": runs}
        print(json.dumps(result), file=sys.stderr)


if __name__ == "__main__":
    main()
