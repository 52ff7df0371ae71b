"""A sync of many files analyses the first one here and the rest in worker processes forked
after it, so they start with the analysis' tables instead of each loading them (a second of CPU
time a worker): the pool then pays from about a dozen files. Workers that cannot be forked from
this process (another thread runs) load the tables afresh: they wait for many more files."""

from __future__ import annotations

import os
import threading

import pytest

from briefer.index import sync


def _where(path: str) -> tuple[str, int]:
    """A stand-in for `sync.prepare`: the path and the process that worked on it."""
    return path, os.getpid()


def test_a_parallel_sync_prepares_its_first_file_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync, "prepare", _where)
    paths = [f"/docs/{n}.txt" for n in range(sync.parallel_threshold() + 1)]
    assert sync.in_parallel(len(paths), 2)
    prepared = list(sync.prepared_stream(paths, 2, None))
    assert [path for path, _ in prepared] == paths
    assert prepared[0][1] == os.getpid()
    assert os.getpid() not in {pid for _, pid in prepared[1:]}


def test_workers_that_would_load_the_tables_afresh_wait_for_more_files(
    monkeypatch: pytest.MonkeyPatch, another_thread: threading.Thread
) -> None:
    # (another thread running: the workers would start from a fork server, as the reader's do)
    assert sync.parallel_threshold() == sync.COLD_PARALLEL_THRESHOLD
    with monkeypatch.context() as alone:  # as if no other thread ran (others' may outlive them)
        alone.setattr(threading, "active_count", lambda: 1)
        assert sync.parallel_threshold() == sync.PARALLEL_THRESHOLD < sync.COLD_PARALLEL_THRESHOLD
