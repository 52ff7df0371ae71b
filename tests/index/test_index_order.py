"""The order of results: by date newest first with undated documents last; every document
(`*`) newest first, since it has no relevance to rank by."""

from __future__ import annotations

import pytest
from index_articles import ARTICLES, write_articles

from briefer.index import Library

# Two documents without a date, named to sort first and last among the files.
UNDATED = {
    "a-undated.txt": "Aid convoy waits at the pass\n\nTrucks waited for protesters to leave.",
    "z-undated.txt": "Notes from the valley\n\nProtesters and farmers spoke of the long winter.",
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("order")
    docs = write_articles(root / "docs", {**ARTICLES, **UNDATED})
    library = Library(root / "index", workers=1)
    library.sync([docs])
    return library


def test_sort_by_date_lists_undated_documents_last(mixed: Library) -> None:
    result = mixed.search("*", sort="date", limit=20)
    dates = [h.date for h in result.hits]
    assert len(dates) == len(ARTICLES) + len(UNDATED)
    dated = [d for d in dates if d is not None]
    assert dates[: len(dated)] == sorted(dated, reverse=True)
    assert dates[len(dated) :] == [None] * len(UNDATED)


def test_sort_by_date_pages_reach_the_undated_documents_last(mixed: Library) -> None:
    first = mixed.search("protesters", sort="date", limit=2)
    rest = mixed.search("protesters", sort="date", limit=2, offset=2)
    assert first.total == 4
    assert all(h.date is not None for h in first.hits)
    assert [h.date for h in rest.hits] == [None, None]


def test_every_document_is_listed_newest_first_and_says_so(mixed: Library) -> None:
    """The reader's empty box asks for `*` by relevance: every score is equal, so the old
    listing was file-path order under a 'by relevance' label."""
    result = mixed.search("*", limit=20)
    assert result.sort == "date"
    by_date = mixed.search("*", sort="date", limit=20)
    assert [h.id for h in result.hits] == [h.id for h in by_date.hits]
    assert result.hits[0].title == "Gas pipeline repairs finished ahead of winter"


def test_a_word_search_keeps_relevance(mixed: Library) -> None:
    result = mixed.search("protesters")
    assert result.sort == "relevance"
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_undated_articles_really_have_no_date(mixed: Library) -> None:
    """The fixture's premise: the loader finds no date in the two undated files."""
    hits = mixed.search("filename:*undated*", limit=5).hits
    assert {h.date for h in hits} == {None} and len(hits) == 2
