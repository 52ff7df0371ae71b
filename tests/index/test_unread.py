"""Searching with the reader's read documents: the result counts the unread matches, and the
unread-only view leaves the read ones out of the hits, the total and the facets alike."""

from __future__ import annotations

from pathlib import Path

from index_articles import ARTICLES, write_articles

from briefer.index import Library
from briefer.index.schema import FIELD_SEP, facet_value, parse_facet_value
from briefer.index.search import FacetTable


def _library(root: Path) -> tuple[Library, Path]:
    docs = write_articles(root / "docs")
    library = Library(root / "index", workers=1)
    library.sync([docs])
    return library, docs


def _ids_titled(library: Library, *words: str) -> set[str]:
    hits = library.search("*", limit=20).hits
    return {h.id for h in hits if any(w in h.title for w in words)}


def test_every_document_counts_and_hides_the_read_ones(tmp_path: Path) -> None:
    library, _ = _library(tmp_path)
    read = _ids_titled(library, "Protests", "Farmers")
    assert len(read) == 2
    counted = library.search("*", limit=20, read=read)
    assert counted.total == len(ARTICLES) and counted.unread == len(ARTICLES) - 2
    only = library.search("*", limit=20, read=read, unread_only=True)
    assert only.total == only.unread == len(ARTICLES) - 2
    assert not {h.id for h in only.hits} & read
    # the facets count the documents listed: the read Harbour Times story is gone
    assert dict(only.facets["sources"])["Harbour Times"] == 1
    assert dict(counted.facets["sources"])["Harbour Times"] == 2
    # not asked: nothing counted, nothing hidden
    plain = library.search("*", limit=20)
    assert plain.unread is None and plain.total == len(ARTICLES)


def test_a_query_hides_its_read_matches(tmp_path: Path) -> None:
    library, _ = _library(tmp_path)
    protests = library.search("protest", limit=20)
    assert protests.total == 2
    read = _ids_titled(library, "Protests")
    only = library.search("protest", limit=20, read=read, unread_only=True)
    assert [h.title for h in only.hits] == ["Gas pipeline repairs finished ahead of winter"]
    assert library.search("protest", limit=20, read=read).unread == 1
    # read ids unknown to the index (documents gone) hide nothing
    gone = library.search("protest", limit=20, read={"no-such-id"}, unread_only=True)
    assert gone.total == 2


def test_a_document_indexed_again_is_still_known_by_its_id(tmp_path: Path) -> None:
    library, docs = _library(tmp_path)
    read = _ids_titled(library, "Farmers")
    harvest = docs / "harvest.txt"
    harvest.write_text(harvest.read_text(encoding="utf-8") + "\n\nA late frost was feared.")
    library.sync([docs])
    assert _ids_titled(library, "Farmers") == read  # same file, same id, a new document number
    only = library.search("harvest", limit=20, read=read, unread_only=True)
    assert only.total == 0


def test_an_index_without_ids_in_its_column_looks_them_up(tmp_path: Path) -> None:
    library, _ = _library(tmp_path)
    read = _ids_titled(library, "Envoys")
    table = FacetTable(library._current())
    table.ids = [""] * len(table.ids)  # as an index written before the column kept ids reads
    (docnum,) = table.docnums(read)
    assert library._current().stored_fields(docnum)["title"] == "Envoys resume talks in Brussels"
    assert table.docnums({"no-such-id"}) == set()


def test_facet_values_written_before_the_id_read_with_none() -> None:
    old = FIELD_SEP.join(("Wire", "2026-11", "docs", "Serbia")).encode()
    assert parse_facet_value(old).doc_id == ""
    assert parse_facet_value(old).names == ("Serbia",)
    new = parse_facet_value(facet_value("Wire", "2026-11", ["Serbia", "Kosovo"], "docs", "abc"))
    assert new.doc_id == "abc" and new.names == ("Serbia", "Kosovo") and new.folder == "docs"


def test_only_lists_the_matches_among_the_ids_given(tmp_path: Path) -> None:
    """The reader's new-only view: a positive filter on a few ids (the new ones), the total,
    the facets and the unread count of those alone, by relevance or by date, on any page."""
    library, _ = _library(tmp_path)
    new = _ids_titled(library, "Protests", "Farmers", "Envoys")
    assert len(new) == 3
    every = library.search("*", limit=20, only=new)
    assert {h.id for h in every.hits} == new and every.total == 3 and every.sort == "date"
    assert sum(n for _, n in every.facets["sources"]) <= 3
    assert [h.id for h in every.hits] == [
        h.id for h in library.search("*", limit=20).hits if h.id in new
    ]
    protests = library.search("protest", limit=20, only=new)
    assert [h.title for h in protests.hits] == [
        h.title for h in library.search("protest", limit=20).hits if h.id in new
    ]
    assert protests.total == 1
    by_date = library.search("*", limit=1, offset=1, sort="date", only=new)
    assert by_date.total == 3 and by_date.hits[0].id == every.hits[1].id
    read = _ids_titled(library, "Farmers")
    assert library.search("*", limit=20, only=new, read=read).unread == 2
    # none new, or ids the index no longer holds: nothing (Whoosh reads an empty filter as none)
    assert library.search("*", limit=20, only=set()).total == 0
    assert library.search("protest", limit=20, only={"no-such-id"}).total == 0
    assert library.search("*", limit=20, only=None).total == len(ARTICLES)
