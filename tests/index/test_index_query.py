"""The query language, checked by what it finds in a five-article library."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli.main import main
from briefer.errors import UsageError
from briefer.index import Library
from briefer.index.query import make_parser, parse_query
from briefer.index.schema import build_schema


def _names(library: Library, query: str) -> set[str]:
    return {Path(h.path).name for h in library.search(query, limit=50).hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("serbia protesters", {"protests.txt"}),  # AND is the default
        ("kosovo", {"border.txt", "talks.txt"}),
        ('"border crossing"', {"border.txt"}),
        ('"crossing border"', set()),
        ("harvest OR pipeline", {"harvest.txt", "pipeline.txt"}),
        ("protesters NOT serbia", {"pipeline.txt"}),
        ("(harvest OR pipeline) winter", {"pipeline.txt"}),
        ("negotiat", {"talks.txt"}),  # the last word is also a prefix
        ("harvst~", {"harvest.txt"}),  # fuzzy: one letter missing
        ("title:protests", {"protests.txt"}),
        ("source:harbour", {"harvest.txt", "pipeline.txt"}),
        ('source:"adriatic wire"', {"protests.txt", "talks.txt"}),
        ("format:txt harvest", {"harvest.txt"}),
        ("date:2026-11", {"protests.txt", "border.txt", "talks.txt"}),
        ("date:[2026-11-10 TO 2026-11-30]", {"border.txt", "talks.txt"}),
        ("date:>2026-11-15", {"talks.txt", "pipeline.txt"}),
        ("date:2026-10-08", {"harvest.txt"}),
        # a span with `..`, ends included; either end may stay open
        ("date:2026-10..2026-11", {"harvest.txt", "protests.txt", "border.txt", "talks.txt"}),
        ("date:2026-11-10..", {"border.txt", "talks.txt", "pipeline.txt"}),
        ("kosovo date:..2026-11-30", {"border.txt", "talks.txt"}),
        ("date:..2026-10", {"harvest.txt"}),
        # a month or day of one digit is that month or day, never the whole year or month
        ("date:2026-1", set()),  # January: `date:2026-11` half typed shows no November yet
        ("date:2026-11-3", {"protests.txt"}),
        ("date:2026-10-8..2026-11-3", {"harvest.txt", "protests.txt"}),
        ("date:[2026-9 TO 2026-10]", {"harvest.txt"}),
    ],
)
def test_query_finds_exactly(indexed: Library, query: str, expected: set[str]) -> None:
    assert _names(indexed, query) == expected


def test_stemming_matches_other_forms(indexed: Library) -> None:
    assert _names(indexed, "protest") >= {"protests.txt", "pipeline.txt"}


def test_entity_and_type_fields(indexed: Library) -> None:
    assert _names(indexed, '"European Union"') == _names(indexed, 'entity:"European Union"')
    assert _names(indexed, 'entity:"European Union"') == {"border.txt", "talks.txt"}
    assert "harvest.txt" in _names(indexed, "type:GPE")


def test_prefix_needs_three_letters(indexed: Library) -> None:
    assert indexed.search("ne").total == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"border crossing', "unbalanced quotes"),
        ("(harvest OR pipeline", "unbalanced parentheses"),
        ("harvest)", "unbalanced parentheses"),
        ("harvest AND", "'AND' needs a term after it"),
        ("OR harvest", "'OR' needs a term before it"),
        ("harvest OR AND pipeline", "two operators"),
        ("colour:red", "unknown field 'colour:'"),
        ("date:2026-13", "not a date"),
        ("date:..", "a date span needs a start or an end"),
        ("date:2026-13..2026-14", "not a date"),
        ("date:[soon TO later]", "not a date"),
        ('date:""', "not a date"),  # found by the CLI fuzz test: Whoosh failed mid-search
        ('harvest date:"soon"', "not a date"),
        ("date:[2026-11-01 TO 2026-11-20", "unbalanced brackets"),
        ("   ", "empty query"),
        # a field and no value: Whoosh searched the field's name as a word ('entiti')
        ("entity:", "entity: needs a value, e.g. entity:Serbia"),
        ("kosovo source: harvest", "source: needs a value"),
        ("(date:)", "date: needs a value"),
    ],
)
def test_bad_queries_raise_usage_error(indexed: Library, query: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        indexed.search(query)


def test_bad_query_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from index_articles import write_articles

    docs = write_articles(tmp_path / "docs")
    assert main(["index", str(docs)]) == 0
    capsys.readouterr()
    assert main(["search", '"border crossing']) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefer: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_a_field_awaiting_its_value_is_known_only_at_the_end() -> None:
    from briefer.index.query import field_awaiting_value

    assert field_awaiting_value("kosovo entity:") == "entity"
    assert field_awaiting_value("Date: ") == "Date"
    assert field_awaiting_value("entity:Serbia") is None
    assert field_awaiting_value("entity: serbia") is None  # a value after it: wrong, not typing
    assert field_awaiting_value("note:") is None  # no field: a word with a colon


def test_a_colon_inside_a_phrase_is_no_field() -> None:
    parser = make_parser(build_schema())
    assert parse_query(parser, '"entity: rules"').query is not None


def test_a_quoted_date_means_what_the_unquoted_one_does(indexed: Library) -> None:
    quoted = indexed.search('date:"2026-11"')
    assert [h.id for h in quoted.hits] == [h.id for h in indexed.search("date:2026-11").hits]
    assert quoted.total > 0


@pytest.mark.parametrize(
    ("span", "range_"),
    [
        ("date:2026-10..2026-11", "date:[2026-10 TO 2026-11]"),
        ("date:..2026-11", "date:[TO 2026-11]"),
        ("date:2026-11..", "date:[2026-11 TO]"),
    ],
)
def test_a_date_span_is_the_range_it_writes(span: str, range_: str) -> None:
    """`A..B` becomes `[A TO B]`; an open end leaves no empty start or end behind."""
    parser = make_parser(build_schema())
    assert parse_query(parser, span).query == parse_query(parser, range_).query


def test_star_alone_matches_every_document(indexed: Library) -> None:
    assert indexed.search("*").total == 5
    dates = [h.date for h in indexed.search("*", sort="date").hits]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]


def test_ids_lists_every_document(indexed: Library) -> None:
    ids = indexed.ids()
    assert len(ids) == 5
    assert all(indexed.document(i) is not None for i in ids)


def test_prefix_shorter_stem_only_when_written_so(indexed: Library) -> None:
    # "negotiat" reaches the stem "negoti" (written "negotiations"); "pricex" must not reach
    # "price" (written "prices") just because the stem is a prefix of what was typed.
    assert _names(indexed, "negotiat") == {"talks.txt"}
    assert _names(indexed, "pricex") == set()
    assert _names(indexed, "price") == {"harvest.txt"}


def test_accents_are_folded(indexed: Library) -> None:
    assert _names(indexed, "kovacevic") == {"harvest.txt"}
    assert _names(indexed, "Kovačević") == {"harvest.txt"}
    hit = indexed.search("kovacevic").hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Kovačević"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('"border crossing" kosovo', [(0, 17)]),
        ('kosovo "border cro', [(7, 18)]),  # left open: runs to the end, as typed
        ('"a" b "c d', [(0, 3), (6, 10)]),
        ('kosovo" entity:', [(6, 15)]),  # a stray quote opens a phrase too
        ("no quotes", []),
    ],
)
def test_phrases_pair_from_the_left_and_an_open_one_runs_to_the_end(
    text: str, spans: list[tuple[int, int]]
) -> None:
    from briefer.index.query import open_phrase, phrase_spans

    assert phrase_spans(text) == spans
    assert open_phrase(text) == (text.count('"') % 2 == 1)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('"rules of entity:', True),  # an open phrase: the colon is a word of it
        ('"a" b "c entity:', True),
        ('"a b" entity:', False),
        ("kosovo entity:", False),
    ],
)
def test_one_answer_to_inside_a_phrase_for_the_checks_and_the_hint(text: str, inside: bool) -> None:
    """check_syntax blanked closed phrases only while field_awaiting_value counted quotes: on
    an open phrase they disagreed. Both ask `in_phrase` now: a field inside a phrase, open or
    closed, is a word of it, and no field awaits a value there."""
    from briefer.index.phrases import outside_phrases
    from briefer.index.query import field_awaiting_value, in_phrase

    at = text.rindex("entity:")
    assert in_phrase(text, at) is inside
    assert (outside_phrases(text)[at] == " ") is inside
    assert (field_awaiting_value(text) is None) is inside
