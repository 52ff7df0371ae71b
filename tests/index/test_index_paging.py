"""Paging through search results with `offset`: pages are disjoint, in order, and together the
whole result list; total and facets never depend on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import UsageError
from briefer.index import Library
from briefer.index.search import SearchResult

# Dates repeat (ties) and some documents have none, so the date order has ties to break.
DATES = ("2026-03-04", "2026-03-04", "2026-05-19", None, "2026-01-30", "2026-05-19", None)
SOURCES = ("Lakeside Courier", "Northern Dispatch", "Valley Post")
COUNT = 31  # not a multiple of the page sizes below


def _write_corpus(folder: Path) -> Path:
    """COUNT short articles about a ferry dispute, each mentioning 'ferry' a different number of
    times (so relevance scores differ) and written for these tests."""
    folder.mkdir(parents=True)
    for n in range(COUNT):
        when = DATES[n % len(DATES)]
        front = [f"title: Ferry service report number {n}", f"source: {SOURCES[n % 3]}"]
        if when:
            front.append(f"date: {when}")
        ferry = " ".join(["The ferry crossing was delayed again."] * (1 + n % 5))
        body = (
            f"Harbour officials in town {n} met operators on Monday. {ferry} "
            "Passengers waited on the quay while the weather cleared.\n\n"
            f"A second paragraph about the timetable for route {n} closes the report."
        )
        text = "---\n" + "\n".join(front) + "\n---\n\n" + body + "\n"
        (folder / f"report-{n:02d}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("paging")
    docs = _write_corpus(root / "docs")
    library = Library(root / "index", workers=1)
    library.sync([docs])
    return library


def _pages(library: Library, query: str, sort: str, size: int) -> list[SearchResult]:
    pages: list[SearchResult] = []
    offset = 0
    while True:
        page = library.search(query, limit=size, offset=offset, sort=sort)  # type: ignore[arg-type]
        pages.append(page)
        if not page.hits:
            return pages
        offset += size


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("query", ["ferry", "*"])
@pytest.mark.parametrize("size", [7, 20])
def test_pages_are_disjoint_and_together_the_full_ordered_list(
    paged: Library, sort: str, query: str, size: int
) -> None:
    full = paged.search(query, limit=COUNT + 10, sort=sort)  # type: ignore[arg-type]
    assert full.total == COUNT and len(full.hits) == COUNT
    pages = _pages(paged, query, sort, size)
    ids = [hit.id for page in pages for hit in page.hits]
    assert len(ids) == len(set(ids))  # disjoint
    assert ids == [hit.id for hit in full.hits]  # in order, nothing missing
    assert [len(p.hits) for p in pages[:-1]] == [size] * (len(pages) - 2) + [COUNT % size or size]
    assert pages[-1].hits == ()  # past the end: an empty page, not the last one again
    for n, page in enumerate(pages):
        assert page.offset == n * size
        assert page.total == full.total
        assert page.facets == full.facets


def test_date_pages_are_newest_first_across_page_breaks(paged: Library) -> None:
    dates = [h.date for p in _pages(paged, "ferry", "date", 6) for h in p.hits if h.date]
    assert len(dates) == sum(1 for n in range(COUNT) if DATES[n % len(DATES)])
    assert dates == sorted(dates, reverse=True)


def test_a_later_page_has_snippets_with_highlights(paged: Library) -> None:
    page = paged.search("ferry", limit=5, offset=20)
    assert len(page.hits) == 5
    for hit in page.hits:
        assert [hit.snippet[a:b].lower() for a, b in hit.highlights][:1] == ["ferry"]
    bare = paged.search("ferry", limit=5, offset=20, snippets=False)
    assert [h.id for h in bare.hits] == [h.id for h in page.hits]
    assert all(h.snippet == "" for h in bare.hits)


def test_the_page_is_in_the_json(paged: Library) -> None:
    assert paged.search("ferry", limit=3, offset=6).to_dict()["offset"] == 6
    assert paged.search("ferry", limit=3).to_dict()["offset"] == 0


def test_a_negative_offset_is_a_usage_error(paged: Library) -> None:
    with pytest.raises(UsageError) as caught:
        paged.search("ferry", offset=-1)
    assert caught.value.exit_code == 2
    assert "\n" not in str(caught.value) and "offset" in str(caught.value)
