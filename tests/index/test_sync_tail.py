"""The last commit of a parallel sync is a short one, so the writer's work at the end overlaps
the workers' analysis of the last documents instead of following it; a run of more than a
batch commits its first documents early, so that the reader lists some within seconds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from briefer.index import sync
from briefer.index.storage import Entry
from briefer.index.sync import BatchWriter, Plan, Prepared, SyncReport, run_plan


class _Writer:
    """A stand-in for Whoosh's writer: the documents each commit holds."""

    def __init__(self, commits: list[list[str]]) -> None:
        self.commits = commits
        self.added: list[str] = []

    def add_document(self, **fields: Any) -> None:
        self.added.append(fields["id"])

    def commit(self) -> None:
        self.commits.append(self.added)

    def cancel(self) -> None:  # pragma: no cover - not reached
        raise AssertionError("cancelled")


def _stream(paths: Sequence[str], workers: int, cancel: object) -> Iterator[Prepared]:
    for n, path in enumerate(paths):
        yield Prepared(path, Entry(1, 1, "h", f"d{n}"), {"id": f"d{n}"})


def _commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, docs: int, workers: int
) -> list[list[str]]:
    monkeypatch.setattr(sync, "prepared_stream", _stream)
    commits: list[list[str]] = []
    writer = BatchWriter(lambda: _Writer(commits), tmp_path, {}, fresh=True, batch_size=400)
    plan = Plan(load=[(f"/docs/{n}.txt", True) for n in range(docs)])
    report = SyncReport()
    run_plan(plan, writer, report, workers=workers, progress=None, cancel=None)
    assert len(report.added) == docs
    return [c for c in commits if c]


def test_parallel_sync_commits_before_the_last_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits = _commits(tmp_path, monkeypatch, docs=1000, workers=2)
    # The first 200 early, a full batch, then the pending 300 once only 100 are still to come,
    # then those 100.
    assert [len(c) for c in commits] == [200, 400, 300, 100]
    assert [d for c in commits for d in c] == [f"d{n}" for n in range(1000)]


def test_one_process_commits_full_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without workers nothing runs beside a commit: cutting would only add a segment.
    commits = _commits(tmp_path, monkeypatch, docs=1000, workers=1)
    assert [len(c) for c in commits] == [200, 400, 400]


def test_small_pending_batch_is_not_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 80 pending against 20 to come: below a quarter of a batch, one commit does.
    commits = _commits(tmp_path, monkeypatch, docs=100, workers=2)
    assert [len(c) for c in commits] == [100]


def test_a_run_of_one_batch_or_less_commits_nothing_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits = _commits(tmp_path, monkeypatch, docs=400, workers=1)
    assert [len(c) for c in commits] == [400]
    assert sync.FIRST_COMMIT < 400


@pytest.mark.parametrize(
    ("pending", "left", "cut"),
    [(150, 50, True), (149, 50, False), (150, 0, False), (99, 33, False), (300, 100, True)],
)
def test_cut_before_tail(pending: int, left: int, cut: bool) -> None:
    assert sync.cut_before_tail(pending, left, 400) is cut
