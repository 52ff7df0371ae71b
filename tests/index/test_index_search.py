"""Search results: snippets, highlights on the words as written, facets, suggestions, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from index_articles import write_articles

from briefer.cli.main import main
from briefer.index import Library
from briefer.index.search import make_snippet


def test_highlights_cover_the_surface_word(indexed: Library) -> None:
    hits = indexed.search("protest", limit=10).hits
    marked = {h.snippet[a:b] for h in hits for a, b in h.highlights}
    assert {"protesters", "Protests", "protests"} <= marked
    for hit in hits:
        for a, b in hit.highlights:
            assert hit.snippet[a:b].lower().startswith("protest")


def test_snippets_are_plain_text_without_line_breaks(indexed: Library) -> None:
    for hit in indexed.search("kosovo").hits:
        assert hit.snippet
        assert "\n" not in hit.snippet


def test_snippet_window_moves_to_the_matches() -> None:
    text = "filler " * 100 + "the needle is here " + "filler " * 100
    start = text.index("needle")
    snippet, spans = make_snippet(text, [(start, start + 6)], width=80)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[a:b] for a, b in spans] == ["needle"]
    assert len(snippet) <= 82


def test_without_snippets_hits_still_carry_metadata(indexed: Library) -> None:
    hit = indexed.search("harvest", snippets=False).hits[0]
    assert hit.snippet == "" and hit.highlights == ()
    assert hit.title == "Farmers report record harvest"
    assert hit.source == "Harbour Times"
    assert hit.date is not None and hit.date.isoformat() == "2026-10-08"


def test_sort_by_date_puts_newest_first(indexed: Library) -> None:
    hits = indexed.search("date:2026", sort="date", limit=10).hits
    dates = [h.date for h in hits if h.date]
    assert len(dates) == 5
    assert dates == sorted(dates, reverse=True)


def test_facets_count_the_whole_result_set(indexed: Library) -> None:
    result = indexed.search("date:2026", limit=1)
    assert result.total == 5 and len(result.hits) == 1
    assert dict(result.facets["sources"]) == {
        "Adriatic Wire": 2,
        "Balkan Ledger": 1,
        "Harbour Times": 2,
    }
    assert result.facets["months"] == [("2026-10", 1), ("2026-11", 3), ("2026-12", 1)]
    entities = dict(result.facets["entities"])
    assert entities.get("Serbia") == 2


def test_suggestion_when_nothing_matches(indexed: Library) -> None:
    result = indexed.search("harvset")
    assert result.total == 0
    assert result.suggestion == "harvest"
    assert indexed.search("harvest").suggestion is None


def test_search_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_articles(tmp_path / "docs")
    assert main(["index", str(docs)]) == 0
    capsys.readouterr()
    assert main(["search", "protest", "--json", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"query", "total", "offset", "suggestion", "results", "facets"}
    assert data["query"] == "protest" and data["total"] == 2
    assert data["suggestion"] is None
    assert len(data["results"]) == 2
    for row in data["results"]:
        assert set(row) == {
            "id", "path", "folder", "title", "date", "source", "score", "snippet", "highlights",
        }  # fmt: skip
        assert row["folder"] == str(docs.absolute())
        assert isinstance(row["score"], float)
        for start, end in row["highlights"]:
            assert row["snippet"][start:end].lower().startswith("protest")
    assert set(data["facets"]) == {"entities", "sources", "months", "folders"}
    assert data["facets"]["folders"] == [[str(docs.absolute()), 2]]
    for pairs in data["facets"].values():
        assert all(isinstance(n, str) and isinstance(c, int) for n, c in pairs)


def test_search_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_articles(tmp_path / "docs")
    main(["index", str(docs)])
    capsys.readouterr()
    assert main(["search", "harvest"]) == 0
    out = capsys.readouterr().out
    assert "1 result for harvest" in out
    assert "Farmers report record harvest" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_search_without_a_library_says_how_to_add_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["search", "anything"]) == 1
    err = capsys.readouterr().err
    assert "briefer index PATH" in err and err.count("\n") == 1


def test_snippet_offsets_survive_collapsed_whitespace() -> None:
    text = "Intro  line\n\n\nThe   protests\tgrew.\n\nMore   protesters came."
    spans = [(m, m + len(w)) for w in ("protests", "protesters") for m in [text.index(w)]]
    snippet, highlights = make_snippet(text, spans)
    assert snippet == "Intro line The protests grew. More protesters came."
    assert [snippet[a:b] for a, b in highlights] == ["protests", "protesters"]


def test_suggestion_for_a_misspelt_inflected_word(indexed: Library) -> None:
    result = indexed.search("negotaitions")
    assert result.total == 0
    assert result.suggestion is not None and result.suggestion.startswith("negotiat")


def test_a_snippet_with_nothing_to_highlight_opens_after_the_title(indexed: Library) -> None:
    hit = indexed.search("date:2026-10-08").hits[0]
    assert hit.title == "Farmers report record harvest"
    assert hit.highlights == ()
    assert hit.snippet.startswith("ZAGREB, Oct. 8, 2026")


def test_a_highlighted_snippet_may_still_show_the_title() -> None:
    text = "Needle found\n\nBody text about hay."
    snippet, spans = make_snippet(text, [(0, 6)], skip=len("Needle found"))
    assert snippet.startswith("Needle found") and [snippet[a:b] for a, b in spans] == ["Needle"]
