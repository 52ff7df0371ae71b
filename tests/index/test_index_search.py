"""Search results: snippets, highlights on the words as written, facets, suggestions, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from index_articles import write_articles

from briefer.cli.main import main
from briefer.index import Library
from briefer.index.search import headline_end, make_snippet, story_start


def test_highlights_cover_the_surface_word(indexed: Library) -> None:
    hits = indexed.search("protest", limit=10).hits
    marked = {h.snippet[a:b] for h in hits for a, b in h.highlights}
    # ('Protests' opens a title, which snippets leave to the hit line.)
    assert {"protesters", "Protesters", "protests"} <= marked
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


def test_a_snippet_never_opens_with_the_title_the_hit_line_shows() -> None:
    """A match in or near the headline used to pull the window back over the title; a match
    only in the title now leaves the snippet opening on the body, with nothing highlighted."""
    text = "Needle found\n\nBody text about hay and a needle."
    skip = len("Needle found")
    snippet, spans = make_snippet(text, [(0, 6)], skip=skip)
    assert snippet == "Body text about hay and a needle." and spans == []
    body = text.index("needle")
    snippet, spans = make_snippet(text, [(0, 6), (body, body + 6)], skip=skip)
    assert snippet.startswith("Body text") and [snippet[a:b] for a, b in spans] == ["needle"]


@pytest.mark.parametrize(
    ("title", "text", "end"),
    [
        ("EU allies answer France's call", "EU allies answer France's call\n\nBRUSSELS", 30),
        # A page title with the site after it, over a headline with a curly apostrophe.
        (
            "EU allies answer France's call - Harbour Times",
            "EU allies answer France\u2019s call\n\nB",
            30,
        ),
        ("Eu Allies Answer France's Call", "EU allies answer  France's call:\nBRUSSELS", 32),
        # Not the title: a kicker line, a headline that only starts like the title.
        ("EU allies answer France's call", "Analysis\n\nEU allies answer France's call", 0),
        ("EU allies answer France's call", "EU allies\n\nanswer France's call", 0),
        ("EU allies answer", "EU allies answered France\n\nBRUSSELS", 0),
        ("", "EU allies answer France's call\n\nBRUSSELS", 0),
    ],
)
def test_headline_end_finds_a_headline_that_repeats_the_title(
    title: str, text: str, end: int
) -> None:
    assert headline_end(text, title) == end


BYLINED = (
    "Court certifies result\n\nRafael Quintero, Caracas correspondent · 23 August 2024\n\n"
    "CARACAS - The court ruled."
)


@pytest.mark.parametrize(
    ("text", "title", "spans", "opens"),
    [
        # the headline, then a byline line of fields: the story begins after both
        (BYLINED, "Court certifies result", [], "CARACAS"),
        # a report's masthead above its title, then the title
        (
            "Research paper 24/37 · Parliamentary Research Unit · 20 September 2024\n"
            "Responses abroad\nThe election drew statements.",
            "Responses abroad",
            [],
            "The election",
        ),
        ("Headline\n\nBy Jane Doe\n\nTalks failed, officials said.", "Headline", [], "Talks"),
        # a match in the byline keeps it: the match is what the snippet shows
        ("Headline\n\nBy Jane Doe\n\nTalks failed.", "Headline", [(14, 18)], "By Jane"),
        # a first line of the story is no credit, however short
        ("Headline\n\nTalks failed.\n\nBy Jane Doe", "Headline", [], "Talks"),
        # nothing but the headline and a credit: they are all there is to show
        ("Headline\n\nBy Jane Doe", "Headline", [], "By Jane"),
    ],
)
def test_a_snippet_opens_on_the_story_not_its_byline(
    text: str, title: str, spans: list[tuple[int, int]], opens: str
) -> None:
    assert text[story_start(text, title, spans) :].lstrip().startswith(opens)


def test_results_preview_the_story_under_a_byline(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "court.txt").write_text(BYLINED, encoding="utf-8")
    library = Library(tmp_path / "index", workers=1)
    library.sync([docs])
    assert library.search("*").hits[0].snippet.startswith("CARACAS - The court ruled.")
    hit = library.search("Quintero").hits[0]  # found in the byline: shown there
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Quintero"]


def test_a_page_title_over_its_headline_is_not_repeated_in_snippets(tmp_path: Path) -> None:
    """An HTML page titled 'headline - site' whose body opens with the headline (the title
    was compared verbatim, so every snippet of such a page began with the headline)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "eu.html").write_text(
        "<html><head><title>EU allies answer France's call - Harbour Times</title></head>"
        "<body><h1>EU allies answer France\u2019s call</h1><p>BRUSSELS, Nov 17 (Harbour Times)"
        " - Defence ministers agreed on Tuesday to help France, the ministers said.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    library = Library(tmp_path / "index", workers=1)
    library.sync([docs])
    for query in ("*", "allies", "France"):
        hit = library.search(query).hits[0]
        assert hit.snippet.lstrip("…").startswith(("BRUSSELS", "ministers")), query
        assert "answer" not in hit.snippet


@pytest.mark.parametrize("typed", ["Jari", "harv", "Pris", "Croa", "Negot"])
def test_no_suggestion_for_a_word_being_typed_that_matched_as_a_prefix(
    indexed: Library, typed: str
) -> None:
    """'Mogh' found 'Mogherini' and was answered 'Did you mean More?': a prefix that stands for
    indexed words is a match, closer than any respelling ('harv' was offered 'had')."""
    result = indexed.search(typed)
    assert result.total >= 1
    assert result.suggestion is None


def test_an_unknown_word_is_still_respelled_beside_a_matched_prefix(indexed: Library) -> None:
    assert indexed.search("harvst").suggestion == "harvest"
    assert indexed.search("harvst Croa").suggestion == "harvest Croa"
