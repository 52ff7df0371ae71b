"""Run one function over many items in worker processes, the results in the items' order.

Analysis is CPU work on one document at a time, so many documents go faster spread over the
machine's cores: `briefer index` analyses the files it loads this way, and `briefer brief
PATH...` the files it is given. Starting the processes costs more than a few documents' analysis
(each worker also warms the analysis' tables), so below a caller's threshold the items are run
here, one by one. Either way the results come in the items' order, so a caller's output does not
depend on the route taken.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
CancelFn = Callable[[], bool]

# Chunks in flight per worker: enough that the workers keep going while the caller uses the
# results (the index's writer commits a batch meanwhile), few enough to bound the memory held.
IN_FLIGHT_PER_WORKER = 64


def default_workers() -> int:
    """Worker processes for analysis: one per core this process may run on."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores)


def in_parallel(items: int, workers: int, threshold: int) -> bool:
    """Whether `items` are run in a pool of `workers` processes: more than `threshold` of them
    (the caller's break-even), and more than one worker to run them."""
    return workers > 1 and items > threshold


def start_context() -> BaseContext:
    """How the workers start: forked where this process runs one thread, so they begin with the
    tables it has loaded; else from a fork server, since forking a process whose other threads
    may hold a lock (the reader syncs its library from a thread) can leave the child waiting on
    it for ever. Named here, not left to the default, which differs by Python version."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _run_chunk(fn: Callable[[Item], Result], chunk: Sequence[Item]) -> list[Result]:
    return [fn(item) for item in chunk]


def ordered_results(
    fn: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    *,
    threshold: int,
    chunk: int,
    cancel: CancelFn | None = None,
    first_here: bool = False,
) -> Iterator[Result]:
    """`fn(item)` for each of `items`, in their order: in a pool of `workers` processes, `chunk`
    items a task, when `in_parallel`; else here. `fn` and the items and results must pickle (a
    module-level function, or a `functools.partial` of one). `cancel` is asked before each
    item run here and after each chunk from the pool; once it says so, no more results come.

    With `first_here`, the first item runs here before the pool starts: the workers, when forked
    after it (`start_context`), start with the tables it loaded instead of each loading them (a
    fresh process's first analysis costs several later ones), and this process has them for its
    own work."""
    if not in_parallel(len(items), workers, threshold):
        for item in items:
            if cancel is not None and cancel():
                return
            yield fn(item)
        return
    if first_here:
        yield fn(items[0])
        if cancel is not None and cancel():
            return
        items = items[1:]
    chunks = [list(items[i : i + chunk]) for i in range(0, len(items), chunk)]
    max_in_flight = workers * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers, mp_context=start_context()) as pool:
        pending: list[Future[list[Result]]] = []
        next_chunk = 0
        try:
            while next_chunk < len(chunks) or pending:
                while next_chunk < len(chunks) and len(pending) < max_in_flight:
                    pending.append(pool.submit(_run_chunk, fn, chunks[next_chunk]))
                    next_chunk += 1
                done = pending.pop(0)
                yield from done.result()
                if cancel is not None and cancel():
                    return
        finally:
            for future in pending:
                future.cancel()
