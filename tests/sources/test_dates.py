"""Date forms, datelines and the year used for datelines written without one."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.sources.dateline import byline, date_from_body, read_dateline
from briefer.sources.dates import date_in_name, parse_date, year_before, year_hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-12-12", date(2022, 12, 12)),
        ("2022-12-27T11:30:00Z", date(2022, 12, 27)),
        ("2020-08-28T17:20:00+02:00", date(2020, 8, 28)),
        ("12 December 2022", date(2022, 12, 12)),
        ("Tuesday 27 December 2022", date(2022, 12, 27)),
        ("December 12, 2022", date(2022, 12, 12)),
        ("Dec. 12, 2022", date(2022, 12, 12)),
        ("Sept. 3, 2020", date(2020, 9, 3)),
        ("3rd of March 2023", date(2023, 3, 3)),
        ("12.12.2022", date(2022, 12, 12)),
        ("2022/1/5", date(2022, 1, 5)),
    ],
)
def test_parse_date_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_dates_without_a_year_need_one() -> None:
    assert parse_date("Dec 10") is None
    assert parse_date("Dec 10", year=2022) == date(2022, 12, 10)
    assert parse_date("10 Dec", year=2021) == date(2021, 12, 10)


def test_impossible_dates_are_not_dates() -> None:
    assert parse_date("31 February 2022") is None
    assert parse_date("2022-13-01") is None
    assert parse_date("") is None
    assert parse_date(None) is None


@pytest.mark.parametrize(
    ("opening", "when", "place", "source"),
    [
        ("PRISTINA, Dec 10 (Reuters) - Police said", date(2022, 12, 10), "PRISTINA", "Reuters"),
        ("Belgrade, 12 December 2022 — Serbia said", date(2022, 12, 12), "Belgrade", None),
        ("BRUSSELS — The EU said", None, "BRUSSELS", None),
        ("BRUSSELS (AP) — The EU said", None, "BRUSSELS", "AP"),
        ("Nov. 3, 2026 — Talks resumed", date(2026, 11, 3), None, None),
        ("2026-11-20", date(2026, 11, 20), None, None),
        ("NORTH MITROVICA, Kosovo, Dec. 27, 2022 (AP) — Serbs", date(2022, 12, 27),
         "NORTH MITROVICA, Kosovo", "AP"),
        ("ATHENS/ANKARA, Aug. 12, 2020 (Aegean Wire)", date(2020, 8, 12), "ATHENS/ANKARA",
         "Aegean Wire"),
        ("VALLETTA / ROME - 3 May 2021", date(2021, 5, 3), "VALLETTA / ROME", None),
        # a place opening with a capital outside ASCII
        ("Çukurca, 6 April 1991 — Refugees", date(1991, 4, 6), "Çukurca", None),
        ("ŁÓDŹ, Poland, April 6, 1991 (Wire) - A strike", date(1991, 4, 6), "ŁÓDŹ, Poland", "Wire"),
        # lower-case particles inside a place's name
        ("Dar es Salaam, 25 January 1964 — Soldiers", date(1964, 1, 25), "Dar es Salaam", None),
        ("PORT OF SPAIN, July 28, 1990 (Wire) - Rebels", date(1990, 7, 28), "PORT OF SPAIN",
         "Wire"),
        ("Rio de Janeiro, 2 April 1964 — Troops", date(1964, 4, 2), "Rio de Janeiro", None),
    ],
)  # fmt: skip
def test_datelines(opening: str, when: date | None, place: str | None, source: str | None) -> None:
    found = read_dateline(opening, year=2022)
    assert found is not None
    assert (found.date, found.place, found.source) == (when, place, source)
    assert opening[found.end :].strip() == opening[found.end :]  # the story starts after it


@pytest.mark.parametrize(
    "opening",
    [
        "President Vucic — who spoke on Monday — said",
        "The talks - which failed - were long.",
        "The government said on 12 December 2022 that it would act.",
        "über alles, 6 April 1991 — a lower-case opening is no place",
    ],
)
def test_sentences_are_not_datelines(opening: str) -> None:
    assert read_dateline(opening, year=2022) is None


def test_yearless_dateline_gives_no_date_without_a_year() -> None:
    found = read_dateline("PRISTINA, Dec 10 (Reuters) - Police said")
    assert found is not None
    assert found.date is None
    assert found.source == "Reuters"


def test_year_hint_comes_from_the_file_name_or_a_publication_line_only() -> None:
    text = "The mandate dates from 1999. On 9 June 1999 ... and on 11 December 2022 the EU said."
    assert year_hint(text, "2023-01-02-story.txt") == 2023
    assert year_hint(text, "2021-story.txt") == 2021
    # Dates of events in the story say nothing of the story's own year.
    assert year_hint(text) is None
    assert year_hint("Since 1999 and 2008 nothing else.") is None
    published = "Ministers met.\n\nPublished: 17 November 2015\n\nAfter September 11, 2001, ..."
    assert year_hint(published) == 2015
    assert year_hint("*Posted on Nov. 17, 2015 at 09:30*\nText") == 2015
    assert year_hint("Updated 2015-11-17 09:30\nText") == 2015
    assert year_hint("Posted on a forum by a reader\nOn 9 June 1999 ...") is None
    assert year_hint("The text was published on 9 June 1999 by the ministry.") is None


def test_date_in_file_names() -> None:
    assert date_in_name("2022-12-10-north-kosovo.txt") == date(2022, 12, 10)
    assert date_in_name("20221210_story.md") == date(2022, 12, 10)
    assert date_in_name("story-2022.md") is None


def test_date_from_body_reads_date_lines_and_datelines() -> None:
    assert date_from_body(["Published: 5 January 2023", "Text."]) == (date(2023, 1, 5), None)
    assert date_from_body(["Briefing note · Rome, 15 December 2020"]) == (date(2020, 12, 15), None)
    got = date_from_body(["By A. Writer", "CARACAS, July 29 (Andes Wire) - Text."], year=2024)
    assert got == (date(2024, 7, 29), "Andes Wire")
    assert date_from_body(["The vote on 12 December 2022 was delayed."]) == (None, None)


def test_byline() -> None:
    assert byline("By Lukas Brenner, Belgrade correspondent. Tuesday") == "Lukas Brenner"
    assert byline("By Jane Doe.") == "Jane Doe"
    assert byline("Bystanders said") is None


def test_dates_need_a_digit_of_any_script() -> None:
    # (match_date looks for a digit before it tries its patterns: `\d` is any decimal digit)
    assert parse_date("١٢ December 2022") == date(2022, 12, 12)
    assert parse_date("On December ١٠ troops", year=2021) == date(2021, 12, 10)
    assert parse_date("Dec 10", year=2021) == date(2021, 12, 10)
    assert parse_date("December the tenth", year=2021) is None


def test_a_day_a_year_before() -> None:
    assert year_before(date(2025, 12, 30)) == date(2024, 12, 30)
    assert year_before(date(2024, 2, 29)) == date(2023, 2, 28)  # no 29 February in 2023
