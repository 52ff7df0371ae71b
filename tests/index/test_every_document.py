"""`*`, every document newest first (the reader's empty search box): found once per searcher,
the same pages, scores, totals and facets as a sorted search of its own, and never older than
the index as the library reads it."""

from __future__ import annotations

from pathlib import Path

from index_articles import ARTICLES, write_articles

from briefer.index import Library
from briefer.index.query import make_parser, parse_query
from briefer.index.search import FacetTable, run_search

NEWER = (
    "Ferry service resumes after the storm\n\n"
    "SPLIT, Dec. 20, 2026 (Harbour Times) - The first ferry since the storm left the harbour "
    "on Friday morning.\n\nPassengers waited on the quay for hours."
)


def _library(root: Path) -> tuple[Library, Path]:
    docs = write_articles(root / "docs")
    library = Library(root / "index", workers=1)
    library.sync([docs])
    return library, docs


def test_every_page_is_what_a_sorted_search_of_its_own_gives(tmp_path: Path) -> None:
    library, _ = _library(tmp_path)
    searcher = library._current()
    parsed = parse_query(make_parser(searcher.schema), "*")
    table = FacetTable(searcher)
    for offset in (0, 2, 4, 5):
        listed = library.search("*", limit=2, offset=offset)
        # facets=None: the search runs afresh, sorted by date, the one way there was before
        fresh = run_search(
            searcher, parsed, limit=2, sort="relevance", snippets=True, facets=None, offset=offset
        )
        assert listed.hits == fresh.hits and listed.total == fresh.total == len(ARTICLES)
        assert listed.sort == fresh.sort == "date"
        assert listed.facets == table.count(range(len(ARTICLES)))


def test_a_sync_that_adds_or_removes_a_document_changes_the_listing(tmp_path: Path) -> None:
    library, docs = _library(tmp_path)
    before = library.search("*", limit=20)
    (docs / "ferry.txt").write_text(NEWER, encoding="utf-8")
    library.sync([docs])
    after = library.search("*", limit=20)
    assert after.total == before.total + 1
    assert after.hits[0].title == "Ferry service resumes after the storm"
    assert dict(after.facets["sources"])["Harbour Times"] == 3
    (docs / "ferry.txt").unlink()
    library.sync([docs])
    again = library.search("*", limit=20)
    assert [h.id for h in again.hits] == [h.id for h in before.hits]
    assert again.facets == before.facets
