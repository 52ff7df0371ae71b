"""Sync: added, updated, removed, unchanged, skipped; rebuild on a schema change; recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from index_articles import ARTICLES, write_articles

from briefer.errors import BrieferError
from briefer.index import Library, storage
from briefer.index.storage import VERSION_FILE


def _library(tmp_path: Path) -> Library:
    return Library(tmp_path / "index", workers=1, lock_timeout=0.2)


def test_first_sync_adds_every_file(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    report = _library(tmp_path).sync([docs])
    assert len(report.added) == len(ARTICLES)
    assert report.documents == len(ARTICLES)
    assert not report.updated and not report.removed


def test_unchanged_resync_does_nothing(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    report = library.sync([docs])
    assert report.unchanged == len(ARTICLES)
    assert not (report.added or report.updated or report.removed)


def test_changed_file_is_updated_and_searchable(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    target = docs / "harvest.txt"
    target.write_text(target.read_text() + "\nA hailstorm flattened the orchards.\n")
    report = library.sync([docs])
    assert report.updated == [str(target)]
    assert library.count() == len(ARTICLES)
    assert library.search("hailstorm").total == 1


def test_touched_file_with_same_content_is_unchanged(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    target = docs / "talks.txt"
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    report = library.sync([docs])
    assert not report.updated
    assert report.unchanged == len(ARTICLES)
    # The new mtime is remembered: the next sync does not hash the file again.
    manifest = storage.load_manifest(tmp_path / "index")
    assert manifest[str(target)].mtime_ns == 1_000_000_000


def test_deleted_file_is_removed(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    (docs / "border.txt").unlink()
    report = library.sync([docs])
    assert report.removed == [str(docs / "border.txt")]
    assert library.count() == len(ARTICLES) - 1
    assert library.search("jarinje").total == 0


def test_missing_folder_keeps_its_documents(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    moved = docs.rename(tmp_path / "elsewhere")
    report = library.sync([docs])
    assert not report.removed
    assert library.count() == len(ARTICLES)
    assert any("kept" in reason for _, reason in report.skipped)
    assert moved.exists()


def test_unloadable_file_is_skipped_with_reason_and_not_retried(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    (docs / "empty.txt").write_text("   \n")
    library = _library(tmp_path)
    report = library.sync([docs])
    assert [p for p, _ in report.skipped] == [str(docs / "empty.txt")]
    assert "empty" in report.skipped[0][1]
    again = library.sync([docs])
    assert [p for p, _ in again.skipped] == [str(docs / "empty.txt")]
    assert not again.added


def test_binary_text_file_is_skipped_at_load_with_its_reason(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    (docs / "blob.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    library = _library(tmp_path)
    report = library.sync([docs])
    assert report.skipped == [
        (str(docs / "blob.txt"), "binary content (NUL bytes), not a text document")
    ]
    assert len(report.added) == len(ARTICLES)
    again = library.sync([docs])  # remembered: reported again, not reloaded
    assert again.skipped == report.skipped and not again.added


def test_unchanged_resync_opens_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    opened: list[str] = []
    real_open = open

    def watching(file: object, *args: object, **kwargs: object) -> object:
        if str(file).startswith(str(docs)):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", watching)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: watching(self, *a, **k))
    report = library.sync([docs])
    assert report.unchanged == len(ARTICLES)
    assert opened == []


def test_document_and_analysis_come_back_from_the_index(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    hit = library.search("harvest").hits[0]
    doc = library.document(hit.id)
    analysis = library.analysis(hit.id)
    assert doc is not None and analysis is not None
    assert doc.path == hit.path
    assert "record wheat" in doc.text
    assert analysis.doc_id == doc.id
    for sentence in analysis.sentences:
        assert sentence.text == doc.text[sentence.start : sentence.end]
    assert library.document("no-such-id") is None


def test_schema_version_mismatch_rebuilds_with_a_message(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    (tmp_path / "index" / VERSION_FILE).write_text(json.dumps({"schema_version": 0}))
    with pytest.raises(Exception, match="rebuild"):
        Library(tmp_path / "index").search("harvest")
    report = library.sync([docs])
    assert any("rebuilding" in m for m in report.messages)
    assert len(report.added) == len(ARTICLES)
    assert library.count() == len(ARTICLES)


def test_rebuild_flag_starts_from_scratch(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    report = library.sync([docs], rebuild=True)
    assert len(report.added) == len(ARTICLES)
    assert library.count() == len(ARTICLES)


def test_rebuild_is_written_aside_and_swapped_in_at_the_end(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        # Mid-rebuild the old index still answers, from its own folder.
        seen.append(Library(tmp_path / "index").search("harvest").total)

    library.sync([docs], rebuild=True, progress=progress)
    assert seen and set(seen) == {1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "index", "index.lock"]
    assert library.count() == len(ARTICLES)


def test_cancelled_rebuild_keeps_the_previous_index(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    report = library.sync([docs], rebuild=True, cancel=lambda: True)
    assert report.cancelled
    assert "rebuild cancelled; the previous index is kept" in report.messages
    assert report.documents == library.count() == len(ARTICLES)
    assert not (tmp_path / "index.rebuild").exists()


def test_a_swap_cut_between_its_renames_is_finished_on_open(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    _library(tmp_path).sync([docs])
    (docs / "extra.txt").write_text("Extra\n\nA report on the harvest festival.\n")
    Library(tmp_path / "index.rebuild", workers=1).sync([docs])  # the finished new index
    (tmp_path / "index").rename(tmp_path / "index.old")  # killed right after the first rename
    library = Library(tmp_path / "index")
    assert library.count() == len(ARTICLES) + 1
    assert library.search("festival").total == 1
    assert not (tmp_path / "index.old").exists() and not (tmp_path / "index.rebuild").exists()


def test_leftovers_of_a_killed_rebuild_are_cleared_by_the_next_sync(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    (tmp_path / "index.rebuild").mkdir()
    (tmp_path / "index.rebuild" / "_MAIN_1.toc").write_bytes(b"partial")
    assert Library(tmp_path / "index").search("harvest").total == 1
    assert library.sync([docs]).unchanged == len(ARTICLES)
    assert not (tmp_path / "index.rebuild").exists()


def test_lost_manifest_is_reconciled_without_duplicates(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    (tmp_path / "index" / "manifest.json").unlink()
    report = library.sync([docs])
    assert len(report.added) == len(ARTICLES)
    assert library.count() == len(ARTICLES)
    assert library.search("harvest").total == 1


def test_cancel_stops_and_keeps_what_was_written(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = library.sync([docs], cancel=cancel)
    assert report.cancelled
    assert 0 < library.count() < len(ARTICLES)
    finished = library.sync([docs])
    assert not finished.cancelled
    assert library.count() == len(ARTICLES)


def test_damaged_index_is_rebuilt_by_sync_and_reported_by_search(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    library.sync([docs])
    segment = next((tmp_path / "index").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:500])
    with pytest.raises(BrieferError, match=r"cannot be read .*briefer index --rebuild"):
        Library(tmp_path / "index").search("harvest")
    report = library.sync([docs])
    assert report.messages and "could not be read" in report.messages[0]
    assert library.count() == len(ARTICLES)
    assert library.search("harvest").total == 1


def test_updates_and_deletes_across_batch_commits_leave_one_copy_each(tmp_path: Path) -> None:
    # The first writer finds old copies with the reader sync opened; after a commit the
    # segments change and the next writer must use its own: a batch of 2 crosses that line.
    docs = write_articles(tmp_path / "docs")
    library = Library(tmp_path / "index", workers=1, batch_size=2)
    library.sync([docs])
    for name in ("harvest.txt", "talks.txt", "border.txt"):
        target = docs / name
        target.write_text(target.read_text() + f"\nLate news from {name[:-4]}: a gale.\n")
    (docs / "pipeline.txt").unlink()
    report = library.sync([docs])
    assert len(report.updated) == 3 and report.removed == [str(docs / "pipeline.txt")]
    assert library.count() == len(ARTICLES) - 1
    assert library.search("gale").total == 3
    assert library.search('"record harvest"').total == 1
    assert library.search("pipeline").total == 0


def test_a_reader_opened_before_the_first_commit_sees_the_first_sync(tmp_path: Path) -> None:
    """The reader refreshes its library while a first sync runs: a searcher opened on the empty
    index the sync creates before its first commit must see the documents once they land (Whoosh
    cannot refresh an empty index's reader; every later search failed until a restart)."""
    docs = write_articles(tmp_path / "docs")
    reading = _library(tmp_path)
    storage.create_index(reading.index_dir)  # what the first sync writes before any commit
    assert reading.count() == 0
    _library(tmp_path).sync([docs])
    assert reading.count() == len(ARTICLES)
    assert reading.search("protest").total > 0


def test_a_long_lived_library_sees_another_librarys_deletes_and_updates(tmp_path: Path) -> None:
    """The reader keeps one Library while another (its background sync, another process)
    syncs: documents deleted or replaced there must leave its listing (a refreshed Whoosh
    searcher kept them: '*' counted 6 for 2 files)."""
    docs = write_articles(tmp_path / "docs")
    reading = _library(tmp_path)
    _library(tmp_path).sync([docs])
    assert reading.search("*").total == len(ARTICLES)
    for name in ("protests.txt", "border.txt", "talks.txt"):
        (docs / name).unlink()
    harvest = docs / "harvest.txt"
    harvest.write_text(harvest.read_text() + "\nA hailstorm flattened the orchards.\n")
    _library(tmp_path).sync([docs])
    assert reading.search("*").total == 2
    assert reading.count() == 2
    assert reading.search("hailstorm").total == 1
    assert reading.search("Jarinje").total == 0
    assert [h.title for h in reading.search("harvest").hits] == ["Farmers report record harvest"]


def test_a_long_lived_library_sees_another_librarys_rebuild(tmp_path: Path) -> None:
    """A rebuild swaps in a new index folder whose generation can equal the old one's (one
    commit each here): the reading Library must still notice it and read the new folder."""
    docs = write_articles(tmp_path / "docs")
    reading = _library(tmp_path)
    _library(tmp_path).sync([docs])
    assert reading.search("Jarinje").total == 1
    (docs / "border.txt").unlink()
    _library(tmp_path).sync([docs], rebuild=True)
    assert reading.search("*").total == len(ARTICLES) - 1
    assert reading.search("Jarinje").total == 0


def test_progress_names_the_total_before_the_first_file_is_read(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    library = _library(tmp_path)
    calls: list[tuple[int, int]] = []
    library.sync([docs], progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, len(ARTICLES))
    assert calls[-1] == (len(ARTICLES), len(ARTICLES))
    # nothing to do: no progress at all, so a quiet check never shows the indexing strip
    calls.clear()
    library.sync([docs], progress=lambda done, total: calls.append((done, total)))
    assert calls == []
