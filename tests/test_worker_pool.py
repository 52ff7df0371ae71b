"""Worker processes run a function over many items: the results come in the items' order, the
same as run one by one here; few items, or one worker, stay in this process."""

from __future__ import annotations

import os
import threading

import pytest

from briefer.worker_pool import in_parallel, ordered_results, start_context


def _squared_where(n: int) -> tuple[int, int]:
    """The square of `n` and the process that worked it out."""
    return n * n, os.getpid()


def test_results_come_in_order_from_worker_processes() -> None:
    items = list(range(23))
    results = list(ordered_results(_squared_where, items, 2, threshold=0, chunk=3))
    assert [square for square, _ in results] == [n * n for n in items]
    assert os.getpid() not in {pid for _, pid in results}


def test_with_first_here_the_first_item_runs_in_this_process() -> None:
    results = list(
        ordered_results(_squared_where, [4, 5, 6], 2, threshold=0, chunk=1, first_here=True)
    )
    assert [square for square, _ in results] == [16, 25, 36]
    assert results[0][1] == os.getpid()
    assert os.getpid() not in {pid for _, pid in results[1:]}


def test_few_items_or_one_worker_stay_in_this_process() -> None:
    assert not in_parallel(8, 2, threshold=8) and in_parallel(9, 2, threshold=8)
    assert not in_parallel(100, 1, threshold=8)
    for workers, threshold in ((2, 8), (1, 0)):
        results = list(
            ordered_results(_squared_where, [1, 2, 3], workers, threshold=threshold, chunk=1)
        )
        assert results == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]


def test_no_more_results_come_once_cancelled() -> None:
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 4

    for square, _ in ordered_results(
        _squared_where, list(range(20)), 2, threshold=0, chunk=2, cancel=cancel
    ):
        seen.append(square)
    assert seen == [0, 1, 4, 9]


def test_workers_are_forked_only_while_this_process_runs_one_thread(
    monkeypatch: pytest.MonkeyPatch, another_thread: threading.Thread
) -> None:
    with monkeypatch.context() as alone:  # as if no other thread ran
        alone.setattr(threading, "active_count", lambda: 1)
        assert start_context().get_start_method() == "fork"
    assert start_context().get_start_method() != "fork"
    results = list(ordered_results(_squared_where, [2, 3, 4], 2, threshold=0, chunk=1))
    assert [square for square, _ in results] == [4, 9, 16]
    assert os.getpid() not in {pid for _, pid in results}
