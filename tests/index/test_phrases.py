"""One answer to each question of the query text: where its phrases are (`phrases`, asked by
the query checks and by the `dir:`/`filename:` clauses alike), which `field:value` clauses it
holds and which one date a date clause names (`query`, asked by the reader's hints too)."""

from __future__ import annotations

import pytest

from briefer.errors import UsageError
from briefer.index.phrases import OPEN_PHRASE_MESSAGE, in_phrase, phrase_spans
from briefer.index.query import check_syntax, field_clauses, plain_date
from briefer.index.scope import extract_scopes


@pytest.mark.parametrize("text", ['kosovo "border', '"a" dir:x "b', 'filename:"x'])
def test_an_open_phrase_is_refused_in_the_same_words_by_the_clauses_and_the_checks(
    text: str,
) -> None:
    for check in (check_syntax, extract_scopes):
        with pytest.raises(UsageError) as raised:
            check(text)
        assert str(raised.value) == OPEN_PHRASE_MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        '"see dir:x" dir:/tmp',
        '"x dir:" dir:/tmp "z"',
        'dir:"/tmp/My Docs" "filename:a b"',
        '(dir:/tmp OR "dir:/etc") -filename:*.pdf',
    ],
)
def test_a_clause_is_taken_out_only_where_no_phrase_holds_it(text: str) -> None:
    scoped = extract_scopes(text, cwd="/")
    assert scoped.spans  # each text has one clause outside its phrases
    for start, _ in scoped.spans:
        assert not in_phrase(text, start)
    starts = {start for start, _ in scoped.spans}
    for index in range(len(text)):
        clause_here = text.startswith(("dir:", "-dir:", "filename:", "-filename:"), index) and (
            index == 0 or text[index - 1] in " ("
        )
        if clause_here and not in_phrase(text, index):
            assert index in starts, (text, index)
    assert not any(s <= start < e for s, e in phrase_spans(text) for start in starts)


def test_field_clauses_are_read_as_typed() -> None:
    assert field_clauses('Entity:"Kosovo Serbs" date:2024-1 kosovo') == [
        ("entity", '"Kosovo Serbs"'),
        ("date", "2024-1"),
    ]
    assert field_clauses('source:"Reut') == [("source", '"Reut')]  # the quote still open
    assert field_clauses("talks at 10:30") == []  # a time is no field
    assert field_clauses("word:x") == [("word", "x")]  # unknown fields too: the caller knows
    assert field_clauses("no fields here") == []


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024", "2024"),
        ("2024-1", "2024-01"),
        ("2024-11-5", "2024-11-05"),
        ("2024-10..2024-11", None),
        ("[2024-01-01 TO 2024-02-01]", None),
        (">2024-01-01", None),
        ("yesterday", None),
    ],
)
def test_a_date_clause_names_one_date_padded_or_none(value: str, day: str | None) -> None:
    assert plain_date(value) == day
