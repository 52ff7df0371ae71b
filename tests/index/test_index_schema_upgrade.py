"""An index written by the previous schema (version 2: no folder or file-name fields, three
parts in the facet column) is refused by search with a way out, and rebuilt by the next sync,
not read as if it were current."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from index_articles import ARTICLES, write_articles
from whoosh import index as whoosh_index

from briefer.cli.main import main
from briefer.errors import BrieferError
from briefer.index import SCHEMA_VERSION, Library, storage
from briefer.index.schema import FIELD_SEP, build_schema
from briefer.index.storage import MANIFEST_FILE, VERSION_FILE

NEW_FIELDS = ("dir", "filename", "basename")


def write_version_2_index(folder: Path, docs: Path) -> None:
    """Replace the index in `folder` by one shaped as schema version 2 wrote it, holding every
    article, and keep the manifest that says each file is indexed and unchanged."""
    manifest = (folder / MANIFEST_FILE).read_text(encoding="utf-8")
    shutil.rmtree(folder)
    folder.mkdir()
    schema = build_schema()
    for name in NEW_FIELDS:
        schema.remove(name)
    ix = whoosh_index.create_in(str(folder), schema)
    writer = ix.writer()
    for n, name in enumerate(sorted(ARTICLES)):
        title, _, body = ARTICLES[name].partition("\n")
        old_facets = FIELD_SEP.join(("Adriatic Wire", "2026-11", "Serbia")).encode()
        writer.add_document(
            id=f"old{n}", path=str(docs / name), title=title, body=body, facets=old_facets
        )
    writer.commit()
    (folder / MANIFEST_FILE).write_text(manifest, encoding="utf-8")
    (folder / VERSION_FILE).write_text(json.dumps({"schema_version": 2}), encoding="utf-8")


@pytest.fixture
def old_index(tmp_path: Path) -> tuple[Path, Path]:
    docs = write_articles(tmp_path / "docs")
    folder = tmp_path / "index"
    Library(folder, workers=1).sync([docs])
    write_version_2_index(folder, docs)
    assert SCHEMA_VERSION == 3 and storage.stored_schema_version(folder) == 2
    return folder, docs


def test_search_on_a_version_2_index_says_to_run_index(old_index: tuple[Path, Path]) -> None:
    folder, _ = old_index
    with pytest.raises(BrieferError, match=r"schema version 2 .* uses 3; run 'briefer index'"):
        Library(folder).search("harvest")


def test_sync_rebuilds_a_version_2_index(old_index: tuple[Path, Path]) -> None:
    folder, docs = old_index
    library = Library(folder, workers=1)
    report = library.sync([docs])
    assert any("schema changed (version 2 -> 3)" in m for m in report.messages)
    # Every file is indexed again, although the old manifest called them all unchanged.
    assert len(report.added) == len(ARTICLES) and report.unchanged == 0
    assert storage.stored_schema_version(folder) == SCHEMA_VERSION
    assert library.count() == len(ARTICLES)
    assert not any(i.startswith("old") for i in library.ids())
    found = library.search(f"dir:{docs} filename:harvest")
    assert [Path(h.path).name for h in found.hits] == ["harvest.txt"]
    assert found.facets["folders"] == [(str(docs), 1)]


def test_index_command_rebuilds_it_and_search_works_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = write_articles(tmp_path / "docs")
    assert main(["index", str(docs)]) == 0
    from briefer import config

    write_version_2_index(config.index_dir(), docs)
    capsys.readouterr()
    assert main(["search", "harvest"]) == 1
    assert "schema version 2" in capsys.readouterr().err
    assert main(["index"]) == 0
    assert "rebuilding the index" in capsys.readouterr().err
    assert main(["search", f"dir:{docs}", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == len(ARTICLES)
