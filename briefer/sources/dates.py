"""Parse the date forms news text and metadata use ("2022-12-12", "12 December 2022",
"Dec. 12, 2022", "Dec 10" with a known year) into `datetime.date`.

Publication dates come from metadata or the text itself, never from a file's mtime.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

#: Month names written out (and "May"), capitalised: "may" is a verb.
MONTH_NAMES = "|".join(
    sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Each pattern is tried in order; the first to match wins. Patterns with a year come first.
PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?<![\d.])(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)",  # ISO
        rf"\b{_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?!\d)",  # 2022/12/12
        rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",  # 12 December 2022
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",  # December 12, 2022
        rf"\b{_DAY}\.(?P<month>\d{{1,2}})\.{_YEAR}\b",  # 12.12.2022 (European)
    )
)
PATTERNS_NO_YEAR: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)",  # Dec 10
        rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH}(?![a-z])(?!\s*,?\s*\d)",  # 10 Dec
    )
)
# (`\d` as the patterns read it: any Unicode decimal digit)
_DIGIT = re.compile(r"\d")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)")


def build_date(year: int, month: str, day: str) -> date | None:
    """The date of a year and a pattern's month (a number or a name, "Sept.") and day; None
    when there is no such day ("31 September")."""
    m = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if m is None:
        return None
    try:
        return date(year, m, int(day))
    except ValueError:
        return None


def year_before(day: date) -> date:
    """The same day a year earlier, for a date read without its year that fell after the text
    it is in ("Dec 30" in a January story); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February in a year with none
        return day.replace(year=day.year - 1, day=28)


def match_date(text: str, *, year: int | None = None) -> tuple[date, re.Match[str]] | None:
    """The first date written in `text` and its match; dates without a year use `year` if given."""
    if _DIGIT.search(text) is None:
        return None  # every pattern needs a digit: one scan instead of seven searches
    if _YEARLIKE.search(text) is not None:  # (every pattern of PATTERNS needs a year)
        for pattern in PATTERNS:
            for m in pattern.finditer(text):
                found = build_date(int(m["year"]), m["month"], m["day"])
                if found is not None:
                    return found, m
    if year is not None:
        for pattern in PATTERNS_NO_YEAR:
            for m in pattern.finditer(text):
                found = build_date(year, m["month"], m["day"])
                if found is not None:
                    return found, m
    return None


def parse_date(text: str | None, *, year: int | None = None) -> date | None:
    """The first date written in `text`, or None. Without a year in the text and no `year`, None."""
    if not text:
        return None
    found = match_date(text.strip(), year=year)
    return found[0] if found else None


def date_in_name(name: str) -> date | None:
    """A full date in a file name such as '2022-12-10-barricades.txt' or '20221210_story'."""
    when = parse_date(name.replace("_", "-"))
    if when is not None:
        return when
    m = _COMPACT.search(name)
    if m is None:
        return None
    return build_date(int(m["year"]), m["month"], m["day"])


_HINT_CHARS = 20_000  # enough for any article; keeps a huge file from costing seconds

# A line that states when the text itself was published: "Published: 17 November 2015",
# "Posted on Nov. 17, 2015", "Updated 2015-11-17 09:30". Only such a line speaks for the story.
_PUBLICATION_LINE = re.compile(
    r"^[ \t*_>#-]*(?:first\s+)?(?:published|posted|updated|dated|filed)\b[ \t]*(?:on|at)?[ \t]*:?"
    r"[ \t]*(?P<rest>[^\n]{6,60})$",
    re.IGNORECASE | re.MULTILINE,
)


def publication_year(text: str) -> int | None:
    """The year of the first line that says when the text was published, if it has one."""
    for m in _PUBLICATION_LINE.finditer(text[:_HINT_CHARS]):
        found = match_date(m["rest"])
        if found is not None:
            return found[0].year
    return None


def year_hint(text: str, name: str = "") -> int | None:
    """A year to complete a dateline written without one ("PRISTINA, Dec 10 (Reuters) -").

    A date or a year in the file name wins; else the year of a line of the text that says when
    it was published ("Published: 17 November 2015"); else None. Other dates in the text are
    about events, not about the story: a wire dated "Nov 17" that recalls "September 11, 2001"
    is not from 2001, and wire style writes a year precisely when it is not the story's own.
    A wrong year misleads a reader (and sorts the story among the wrong events); no date
    at all only leaves it undated.
    """
    named = date_in_name(name) if name else None
    if named is not None:
        return named.year
    year = _YEAR_IN_NAME.search(name)
    if year is not None:
        return int(year.group(0))
    return publication_year(text)
