"""An index filled by an older loader or analysis (a lower CONTENT_VERSION, or none stored)
is read again by the next sync, so unchanged files pick up what briefer now reads in them
without 'briefer index --rebuild'."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from index_articles import ARTICLES, write_articles

import briefer.sources
from briefer.index import Library, storage
from briefer.index.schema import CONTENT_VERSION, SCHEMA_VERSION
from briefer.index.storage import VERSION_FILE
from briefer.sources.document import Document


def _index_with_an_older_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Library, Path]:
    """An index as a briefer whose loader found no dates wrote it, before versions of the
    content were kept (the version file names the schema only)."""
    docs = write_articles(tmp_path / "docs")
    real = briefer.sources.load_document

    def dateless(path: str | Path) -> Document:
        return dataclasses.replace(real(path), date=None)

    with monkeypatch.context() as patch:
        patch.setattr(briefer.sources, "load_document", dateless)
        library = Library(tmp_path / "index", workers=1)
        library.sync([docs])
    folder = tmp_path / "index"
    (folder / VERSION_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}))
    return library, docs


def test_a_new_index_records_the_content_version(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    Library(tmp_path / "index", workers=1).sync([docs])
    assert storage.stored_content_version(tmp_path / "index") == CONTENT_VERSION >= 1


def test_unchanged_files_are_read_again_after_a_loader_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, docs = _index_with_an_older_loader(tmp_path, monkeypatch)
    assert storage.stored_content_version(library.index_dir) == 0
    # The old index still serves searches, with what the old loader read.
    assert {h.date for h in library.search("*", limit=10).hits} == {None}
    report = library.sync([docs])
    assert any("reads documents better" in m for m in report.messages)
    assert len(report.added) == len(ARTICLES)
    hits = library.search("*", limit=10).hits
    assert len(hits) == len(ARTICLES) and all(h.date is not None for h in hits)
    assert storage.stored_content_version(library.index_dir) == CONTENT_VERSION
    again = library.sync([docs])  # once only
    assert again.unchanged == len(ARTICLES) and not again.added and not again.messages


def test_a_cancelled_reread_keeps_the_old_index_and_tries_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, docs = _index_with_an_older_loader(tmp_path, monkeypatch)
    report = library.sync([docs], cancel=lambda: True)
    assert report.cancelled
    assert library.count() == len(ARTICLES)
    assert storage.stored_content_version(library.index_dir) == 0
    report = library.sync([docs])
    assert len(report.added) == len(ARTICLES)
    assert storage.stored_content_version(library.index_dir) == CONTENT_VERSION
