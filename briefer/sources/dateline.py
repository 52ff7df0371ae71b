"""Read a news dateline at the start of a paragraph: "PRISTINA, Dec 10 (Reuters) -",
"Belgrade, 12 December 2022 —", "BRUSSELS (AP) — ", "Nov. 3, 2026 —" or a bare "2026-11-20".

The dateline stays in the document text; this only reads the date, place and outlet from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from briefer.sources.dates import match_date
from briefer.sources.raw import clean_line

_SEPARATOR = re.compile(r"\s*(?:--|[—–]|\s-|-\s)\s*")
_OUTLET = re.compile(r"\(\s*([^()]{2,40}?)\s*\)")
# A word of a place's name: capitalised in any script ("Çukurca", "ŁÓDŹ"), or one of the
# lower-case particles place names carry across languages ("Dar es Salaam", "Rio de Janeiro",
# "Bandar Seri Begawan" needs none, "Ras al Khaimah", "Frankfurt am Main", "Port of Spain").
_PLACE_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")
_PARTICLES = frozenset(
    {
        "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "las", "le",
        "les", "los", "el", "al", "es", "as", "ash", "ad", "ar", "en", "sur", "sous", "aux",
        "au", "y", "i", "of", "upon", "on", "am", "an", "im", "der", "den", "van", "von", "bin",
    }
)  # fmt: skip
_MAX_HEAD = 90
BYLINE = re.compile(r"^\s*(?:by|written by)\s+(?P<name>[^\n]{2,80})$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says; `end` is where the story text starts after it."""

    date: date | None
    place: str | None
    source: str | None
    end: int
    yearless: bool = False  # it holds a date without a year ("Dec 10") that was not read


def _place_ok(place: str) -> bool:
    words = [w for w in re.split(r"[\s,/]+", place) if w]
    return 0 < len(words) <= 6 and all(
        w in _PARTICLES or (w[0].isupper() and _PLACE_WORD.match(w)) for w in words
    )


def read_dateline(paragraph: str, *, year: int | None = None) -> Dateline | None:
    """The dateline opening `paragraph`, or None when it does not open with one.

    `year` completes dates written without one ("Dec 10"); without it such a date is not read.
    """
    for head, end in _heads(paragraph):
        found = _parse_head(head, end, year)
        if found is not None:
            return found
    return None


def _parse_head(head: str, end: int, year: int | None) -> Dateline | None:
    source = None
    outlet = _OUTLET.search(head)
    rest = head
    if outlet is not None:
        source = outlet.group(1)
        rest = (head[: outlet.start()] + " " + head[outlet.end() :]).strip()
    # A yearless date ("Dec 10") is still part of the dateline; with no year known it is not
    # read as a date. 2000 is a leap year, so "Feb 29" is found as well.
    found = match_date(rest, year=year if year is not None else 2000)
    when: date | None = None
    yearless = False
    if found is not None:
        when, m = found
        if year is None and "year" not in m.re.groupindex:
            when, yearless = None, True
        before, after = rest[: m.start()], rest[m.end() :]
        if after.strip(" ,"):
            return None
        rest = before
    place = rest.strip(" ,-–—") or None
    if place is not None and not _place_ok(place):
        return None
    if when is None and source is None and (place is None or not place.isupper()):
        # A bare capitalised phrase before a dash is not enough: "President Vucic — who ..."
        # reads the same. Only an upper-case place ("BRUSSELS —") counts without date or outlet.
        return None
    return Dateline(date=when, place=place, source=source, end=end, yearless=yearless)


def _heads(paragraph: str) -> list[tuple[str, int]]:
    """Candidate datelines: a paragraph that is one short line by itself ("YEREVAN/BAKU,
    Sept 3, 2026 (Briefwire)"), the text before the first dash, a leading date."""
    heads: list[tuple[str, int]] = []
    alone = paragraph.rstrip()
    if "\n" not in alone and len(alone) <= _MAX_HEAD and not alone.endswith("."):
        heads.append((alone, len(alone)))
    window = paragraph[: _MAX_HEAD + 5]
    sep = _SEPARATOR.search(window)
    if sep is not None and 0 < sep.start() <= _MAX_HEAD:
        heads.append((paragraph[: sep.start()], sep.end()))
    found = match_date(window)
    if found is not None and found[1].start() == 0:
        heads.append((window[: found[1].end()], found[1].end()))
    return heads


_DATE_LABEL = re.compile(
    r"^\s*(?:published|posted|updated|date|dated|first published)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)


def date_from_body(
    paragraphs: list[str], *, year: int | Callable[[], int | None] | None = None
) -> tuple[date | None, str | None]:
    """The publication date (and an outlet) a text states at its start.

    Looks at the first few paragraphs for a dateline, or for a short line that is only a date
    ("12 December 2022", "Published: 2026-11-20"). Returns (None, None) when there is neither.
    `year` completes a yearless dateline; as a function it is only called when one is found
    (finding a year can mean scanning the whole text).
    """
    for para in paragraphs[:4]:
        line = _DATE_LABEL.sub("", para.split("\n", 1)[0])
        if len(line) <= 100 and not line.endswith("."):
            # A line that is (or ends with) a date: "12 December 2022", "Briefing · Rome, 15
            # December 2020". A full sentence with a date in it is not a publication date.
            found = match_date(line)
            if found is not None and not line[found[1].end() :].strip(" .,"):
                return found[0], None
        dateline = read_dateline(para)
        if dateline is not None and dateline.yearless and year is not None:
            known = year() if callable(year) else year
            if known is not None:
                dateline = read_dateline(para, year=known)
        if dateline is not None and (dateline.date is not None or dateline.source is not None):
            return dateline.date, dateline.source
    return None, None


def byline(paragraph: str) -> str | None:
    """The author named by a 'By Jane Doe' paragraph."""
    m = BYLINE.match(paragraph)
    if m is None:
        return None
    name = re.split(r"\s+(?:[|,–—-])\s+|,\s*", m["name"], maxsplit=1)[0]
    return clean_line(name).rstrip(".") or None
