"""When a sentence's own event happened, measured in days from the news the article reports.

The labeller weighs cue words; this module reads the time expressions themselves and resolves
each to a span of days relative to the *news day* (the day the lead's event happened: 0; -1 the
day before; the article's date may be a day or two after it). Full dates ("March 4", "4 March",
"on 27 June", "Sunday March 4", "March 4, 2018", "4.3.2018"), weekdays (resolved against the
article's date, or against the lead's weekday when the date's weekday does not fit it: a year
guessed for a yearless dateline), months, years and relative expressions ("last week",
"earlier this month", "two weeks ago", "yesterday") are read. Only the sentence's own clause
counts: quoted words, asides (", which ...,") and what a speaker said are left out, but the time
of the saying is kept ("police said on Sunday that ...").

Expressions told relative to another event of the narrative ("two days later", "the previous
day") have no day of their own: `relative_to_story` says which way they point.

`story_frame` / `frame_of` give the story's frame; `own_times` the resolved times of a
sentence's own clause, from which `event_day` (a day) and `period_start` (a month, a year) are
read. The labeller (`labels.time_cues`, `labels._story_start`) uses them: the earliest event the
article dates to the day, weeks before the news and before any period the headline names, is
how the story began, and history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from briefer.analysis.names.shapes import WEEKDAYS
from briefer.analysis.prefilter import sieve_of
from briefer.analysis.verbs import ANNOUNCE, EMPHASISE, SAY, alternation
from briefer.sources.dates import MONTH_NAMES as MONTH_NAMES
from briefer.sources.dates import MONTHS, PATTERNS, PATTERNS_NO_YEAR, build_date

_I = re.IGNORECASE
#: A lead tells news at most this many days before the article's date.
NEWS_LAG = 3
#: Without a trusted date, a weekday this many days before the news day or fewer is before it;
#: one six days before is as likely the day after ("Tuesday" below a Monday lead).
DAYS_BEFORE = 5

_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
_WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")\b(?P<own>['’]s)?")
# A month named without a day: "in June", "June 2024", "last March", "early September".
_MONTH = re.compile(
    r"(?P<last>\b(?i:last)\s+)?\b(?P<month>" + MONTH_NAMES + r")\b"
    r"(?:\s+(?:of\s+)?(?P<year>(?:1[89]|20)\d\d)\b)?",
)
# (a number naming a resolution, a flight or an item is no year: "Resolution 1973", "No. 1860")
_YEAR = re.compile(
    r"(?<![Rr]esolution\s)(?<![Ff]light\s)(?<!No\.\s)(?<!no\.\s)"
    r"(?<![\d,.$€£/-])\b(?P<year>1[89]\d\d|20\d\d)\b(?!,\d|\d|%|-\d|/\d)"
)
_NUMBER = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "a few": 3,
    "few": 3,
}
_COUNT = r"(?P<n>\d{1,2}|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
# Relative to the article's date: "yesterday", "last week", "earlier this month", "two weeks ago".
_RELATIVE = re.compile(
    r"\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))|"
    r"(?P<yesterday>yesterday|last\s+night)|"
    r"(?P<this>(?:earlier\s+)?this\s+(?P<this_unit>week|month|year))|"
    r"(?P<last>last\s+(?P<last_unit>week|weekend|month|year))|"
    rf"(?P<ago>{_COUNT}\s+(?P<ago_unit>day|week|month|year)s?\s+ago)|"
    r"(?P<next>next\s+(?:week|month|year)))\b",
    _I,
)
# Told relative to another event of the narrative: before it ("the previous day", "days
# earlier", "in the weeks before") or after it ("two days later", "the next day", "within days").
_ANAPHORIC = re.compile(
    r"\b(?:(?P<before>(?:the\s+)?(?:previous|preceding)\s+(?:day|night|week|month|evening)|"
    r"(?:the\s+)?(?:day|night|week)\s+before(?!\s+(?:the|a|an|his|her|its|their)\b)|"
    r"(?:(?:\d{1,2}|an?|one|two|three|four|five|six|seven|several|a\s+few|few)\s+|"
    r"(?:hours|days|weeks|months)\s+)"
    r"(?:(?:day|week|month|year)s?\s+)?earlier|"
    r"in\s+the\s+(?:days|weeks|months)\s+(?:before|leading\s+up\s+to|that\s+preceded))|"
    r"(?P<after>(?:the\s+)?(?:next|following)\s+(?:day|morning|night|week|month)|"
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|several|a\s+few|few)\s+"
    r"(?:day|week|month)s?\s+later|(?:days|weeks|months)\s+later|"
    r"within\s+(?:days|weeks|hours|a\s+(?:day|week)|(?:\d{1,2}|a\s+few|few|several|two|three)\s+"
    r"(?:hours|days|weeks))|"
    # narration going on: "later fell ill", "Then, on 28 June, ..." (not "later this week")
    r"(?<!\ba\s)(?<!\bthe\s)later(?!\s+(?:today|tonight|this|that|on|in|next)\b)|^then\b|"
    r"(?:soon|shortly)\s+(?:after(?:wards)?|afterward)))\b",
    _I,
)
#: Quoted words: someone's, not the narration's.
QUOTED = re.compile(r"[\"“][^\"“”]{12,}[\"”]")
#: A passive participle with its agent set off after a name ("Mali, both run by soldiers who
#: seized power,"; "Sudan, accused by its neighbour of sheltering rebels,"): what the name is,
#: not what it does now (it neither dates a sentence nor gives its speaker's stance).
PASSIVE_ASIDE = r"(?:both\s+|all\s+|each\s+|long\s+)?(?-i:[a-z]+(?:ed|en|wn|un|ld))\s+by\b[^,;]*"
#: An aside about a thing, a person or a place (", which ...,", ", where ..."): it does not
#: date the sentence's own event.
ASIDE = re.compile(
    # (after a preposition too: "Colombia, from which Panama broke away in 1903, called",
    # "rescuers, many of whom had worked in the 1999 quake, pulled")
    r",\s+(?:(?:(?:(?:many|some|most|all|one|each|none)\s+)?(?:of|from|in|to|with|for|under|"
    r"through|on|at|by|against)\s+)?(?:which|who|whose|whom|where)\b[^,;]*(?:,|[.!?]?$)|"
    # a concession ("South Korea, despite having cut ties in 1992, sent a team", "..., although
    # the two have had no relations since 1952.") or the subject's own past ("Fiji's
    # government, itself suspended from the forum since 2009, said")
    r"(?:despite|although|though|even\s+though|itself|himself|herself|themselves)\b"
    r"[^,;]*(?:,|[.!?]?$)|"
    # a passive participle with its agent, between commas ("Mali, both run by soldiers who
    # seized power in recent years, warned"; "the group, backed by Iran since 2012, said")
    rf"{PASSIVE_ASIDE},)",
    _I,
)
# A saying: what follows it is what was said, dated by the saying.
_SAYING = re.compile(
    r"\b(?:" + alternation(SAY | EMPHASISE | ANNOUNCE | {"reported", "warned"}) + r")\b", _I
)
# The saying's own time, right after its verb ("said on Sunday that", "said last week").
_SAYING_TIME = re.compile(
    r",?\s+(?:on|in|last|earlier|late|early|yesterday|today)\b(?:\s+[\w.]+){0,3}?"
    r"(?=\s+that\b|\s*[,.;]|$)",
    _I,
)
# A clause that looks ahead: its weekdays are coming days.
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|as\s+early\s+as|"
    r"plans?\s+to)\b",
    _I,
)
# The words right before a time that make it a time to come, whatever the clause's tense: a date
# expected or set ("is due on April 11", "the second round due on Sunday", "is expected in
# Beijing on Wednesday", "a strike called for Friday", "postponed to 10 April"), promised ("has
# promised free elections in April"; not "the housing promised in June", the promise's own
# time), "next" ("next March") and a timetable told in the present ("The cabinet meets again on
# Thursday", "voters go to the polls on Thursday", "The deadline runs out on Wednesday").
_GOVERNED_AHEAD = re.compile(
    r"(?:\bdue(?!\s+to\b)(?:\s+[\w'’.-]+){0,4}?\s+(?:on|in|by|for)\s+|"
    # (a move due: "is due to start on Jan. 10"; not a cause, "delays due to the storm")
    r"\b(?:is|are|was|were)\s+due\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+"
    r"(?:\s+[\w'’.-]+){0,4}?\s+(?:on|in|by)\s+|"
    r"\b(?:is|are|was|were|be|being|been)\s+(?:\w+ly\s+|not\s+|now\s+|also\s+|still\s+)?"
    r"(?:expected|slated)(?:\s+[\w'’.-]+){0,4}?\s+(?:on|in|by|for)\s+|"
    r"\b(?:planned|scheduled|rescheduled|slated|set|fixed|called|organi[sz]ed|booked|postponed|"
    r"put\s+off|pushed\s+back|brought\s+forward)(?:\s+[\w'’-]+){0,4}?\s+(?:for|to|until)\s+|"
    # (not what was promised to someone then: "promised him in May", "the promise it made in")
    r"\bpromis(?:ed|ing)\s+(?!(?:him|her|them|us|me|it|you|that|to)\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?:in|by|for|before)\s+|"
    r"\bnext\s+|"
    r"\b(?-i:meets|holds|convenes|reconvenes|resumes|begins|starts|expires|runs\s+out|takes\s+place|"
    r"leaves|go(?:es)?\s+to\s+the\s+polls)(?:\s+[\w'’-]+){0,4}?\s+(?:on|in)\s+)"
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+|(?:end|beginning|start|middle)\s+of\s+)?$",
    _I,
)
#: How far before a time its governing words are looked for.
_GOVERNING_REACH = 60


def governed_ahead(text: str, at: int) -> bool:
    """Whether the time expression at `at` is told as one to come by the words right before it
    (see `_GOVERNED_AHEAD`): "elections are due in June" names the coming June, "The cabinet
    meets again on Thursday" the coming Thursday, whatever else the sentence tells."""
    return _GOVERNED_AHEAD.search(text, max(0, at - _GOVERNING_REACH), at) is not None


# Words (folded) one of which every expression this module reads holds, digits aside.
_TIME_WORDS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("day", "night", "week", "month", "year", "ago", "earlier", "later", "previous"),
)
# (matched on nothing: its literals gate `times` through the sieve's scan)
_TIME_WORD = re.compile("|".join(_TIME_WORDS), _I)
# (the months' among them: their literals tell whether a sentence names a month)
_MONTH_WORD = re.compile("|".join(_TIME_WORDS[:12]), _I)
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
# Which date patterns name the month in words (the others write it as a number).
_MONTH_NAMED = tuple("(?P<month>\\d" not in p.pattern for p in PATTERNS)


@dataclass(frozen=True, slots=True)
class Frame:
    """The story's time: the article's date, the news day, and the weekday the lead names."""

    published: date | None
    news: date | None
    weekday: int | None
    # The article's weekday fits the lead's weekday: weekdays resolve by the calendar.
    calendar: bool

    @property
    def lag(self) -> int:
        """Days from the news day to the article's date (0 when either is unknown)."""
        if self.published is None or self.news is None:
            return 0
        return (self.published - self.news).days


@dataclass(frozen=True, slots=True)
class When:
    """A time expression of a sentence: its place in the text and its days relative to the
    news day (`first` <= `last`; 0 is the news day, -1 the day before)."""

    start: int
    end: int
    first: int
    last: int
    kind: str  # "date", "weekday", "relative" (to the day); "month", "year", "period"


def story_frame(lead: str, published: date | None) -> Frame:
    """The news day of the lead sentence: the first weekday it names ("on Wednesday"; one
    naming an event, "Sunday's election", only if no other) as the last such day up to the
    article's date, else the article's date."""
    named = list(_WEEKDAY.finditer(lead))
    days = [m for m in named if not m.group("own")] or named
    weekday = _WEEKDAY_INDEX[days[0].group("wd").lower()] if days else None
    return frame_of(published, weekday)


@lru_cache(maxsize=64)
def frame_of(published: date | None, weekday: int | None) -> Frame:
    """The story's frame from the article's date and the weekday of the lead's news (None: the
    lead names none, the news is of the article's own day)."""
    if published is None:
        return Frame(None, None, weekday, False)
    if weekday is None or weekday == published.weekday():
        return Frame(published, published, published.weekday(), True)
    back = (published.weekday() - weekday) % 7
    if back <= NEWS_LAG:
        return Frame(published, published - timedelta(days=back), weekday, True)
    # The date's weekday does not fit the lead's (a year guessed for a yearless dateline):
    # the date stands for the news day, the lead's weekday for its weekday.
    return Frame(published, published, weekday, False)


def _own_reach(text: str) -> tuple[list[tuple[int, int]], int]:
    """What of `text` is not its own clause: the spans of quotations and asides, and where what
    a speaker said begins (after the saying and its time: "said on Sunday | that ...")."""
    sieve = sieve_of(text)
    left_out = [m.span() for m in sieve.finditer(QUOTED)]
    left_out += [m.span() for m in sieve.finditer(ASIDE)]
    for m in sieve.finditer(_SAYING):
        if not any(a <= m.start() < b for a, b in left_out):
            when = _SAYING_TIME.match(text, m.end())
            return left_out, when.end() if when is not None else m.end()
    return left_out, len(text)


def times(text: str, frame: Frame) -> list[When]:
    """Every time expression of `text` resolved against the story's frame, in text order;
    expressions that cannot be resolved (a date without the article's date) are left out. In a
    clause that looks ahead ("are due to reopen on Tuesday") a weekday is the next of its name.
    Each pattern runs through the sentence's shared sieve (`prefilter`): only if its literals
    are there, and only where a match can begin."""
    sieve = sieve_of(text)
    folded = sieve.folded
    digits = _DIGIT.search(text) is not None
    if not digits and not sieve.may_match(_TIME_WORD):
        return []  # (most sentences: the sieve's one scan already knows)
    # (a date needs a month's name or a year: numbers alone are counts, tried at every digit;
    # a month's name read from the sieve's scan, one AND: a sieve of a part may keep its
    # whole's literals, which only lets the month patterns below run and find none)
    month_named = sieve.may_match(_MONTH_WORD)
    year_written = digits and _FOUR_DIGITS.search(text) is not None
    found: list[When] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, span: tuple[int, int] | None, kind: str) -> None:
        taken.append((a, b))
        if span is not None:
            found.append(When(a, b, span[0], span[1], kind))

    news = frame.news
    for pattern, named in zip(PATTERNS, _MONTH_NAMED, strict=True) if year_written else ():
        if named and not month_named:
            continue
        for m in sieve.finditer(pattern):
            if free(m.start(), m.end()):
                day = build_date(int(m["year"]), m["month"], m["day"])
                add(m.start(), m.end(), _days(day, day, news) if day else None, "date")
    for pattern in PATTERNS_NO_YEAR if digits and month_named else ():
        for m in sieve.finditer(pattern):
            if not free(m.start(), m.end()) or not m["month"][0].isupper():
                continue
            day = (
                _yearless(
                    m["month"], m["day"], frame.published, ahead=governed_ahead(text, m.start())
                )
                if frame.published
                else None
            )
            add(m.start(), m.end(), _days(day, day, news) if day else None, "date")
    for m in sieve.finditer(_RELATIVE):
        if free(m.start(), m.end()):
            span = _relative(m, frame)
            wide = span is not None and span[1] - span[0] > _DAY_WIDTH
            add(m.start(), m.end(), span, "period" if wide else "relative")
    ahead: bool | None = None  # (read once, and only for a month or a weekday)
    for m in sieve.finditer(_MONTH) if month_named else ():
        if free(m.start(), m.end()) and (m["month"] != "May" or _is_month_may(text, m)):
            ahead = sieve.search(_AHEAD) is not None if ahead is None else ahead
            coming = ahead or governed_ahead(text, m.start("month"))
            add(m.start(), m.end(), _month(m, frame, ahead=coming), "month")
    for m in sieve.finditer(_YEAR) if year_written else ():
        if free(m.start(), m.end()):
            year = int(m["year"])
            span = _days(date(year, 1, 1), date(year, 12, 31), news) if news else None
            add(m.start(), m.end(), span, "year")
    for m in sieve.finditer(_WEEKDAY) if "day" in folded else ():
        if free(m.start(), m.end()):
            ahead = sieve.search(_AHEAD) is not None if ahead is None else ahead
            last = _LAST.search(text, max(0, m.start() - 6), m.start()) is not None
            coming = ahead or governed_ahead(text, m.start())
            add(m.start(), m.end(), _weekday(m["wd"], frame, ahead=coming, last=last), "weekday")
    found.sort(key=lambda w: w.start)
    return found


#: A relative expression spanning more days than this ("last month") names a period, not a day.
_DAY_WIDTH = 7
#: The kinds of expression that date an event to the day.
DAY_KINDS = frozenset({"date", "weekday", "relative"})


def own_times(text: str, frame: Frame) -> list[When]:
    """The times of the sentence's own clause, resolved: quoted words, asides (", which ...,")
    and what a speaker said are left out, the time of the saying kept ("Police said on Sunday
    that the attack of 3 March ..." is dated Sunday)."""
    return own_part(text, times(text, frame))


def own_part(text: str, found: Sequence[When]) -> list[When]:
    """Of `found`, the times of `text` (`times`), those of its own clause (see `own_times`)."""
    if not found:
        return []
    left_out, reach = _own_reach(text)
    return [w for w in found if w.end <= reach and not any(a <= w.start < b for a, b in left_out)]


def event_day(found: Sequence[When]) -> int | None:
    """The day of the sentence's own event relative to the news day, when its own clause
    (`own_times`) dates it to the day: the latest of its dates, weekdays and relative days ("on
    Sunday", "on 27 June", "yesterday"); None if it names none, or also a month, a year or a
    period (a span, not a day)."""
    if not found or any(w.kind not in DAY_KINDS for w in found):
        return None
    return max(w.last for w in found)


def period_start(found: Sequence[When]) -> int | None:
    """The first day of the earliest month, year or period among `found` ("the December 2022
    barricades crisis" starts on 1 December), relative to the news day."""
    return min((w.first for w in found if w.kind not in DAY_KINDS), default=None)


# A sentence opening on a time before another event of the narrative: "Earlier on Tuesday,",
# "Earlier that week", "Hours earlier,", "The day before,".
_OPENS_BEFORE = re.compile(
    r"^(?:earlier\s+(?:on|that|in\s+the)\b|"
    r"(?:hours|days|weeks|months|(?:a|one|two|three|several|a\s+few)\s+(?:hours?|days?|weeks?))"
    r"\s+(?:earlier|before)\b|the\s+(?:day|night|week)\s+before\b|"
    r"(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|night|week|evening)\b)",
    _I,
)


def opens_before(text: str, found: Sequence[When]) -> bool:
    """Whether the sentence opens on a time before another of the narrative ("Earlier on
    Tuesday, protesters had scaled the walls") and dates nothing on or after the news day."""
    # (through the sentence's shared sieve: most sentences hold none of its words)
    return sieve_of(text).match(_OPENS_BEFORE) is not None and all(w.last < 0 for w in found)


def weekdays_before_news(text: str, frame: Frame) -> bool:
    """Whether `text` names weekdays, all of them days before the news day."""
    ahead = _AHEAD.search(text) is not None
    days = [_weekday(m["wd"], frame, ahead=ahead) for m in _WEEKDAY.finditer(text)]
    return bool(days) and all(d is not None and d[1] < 0 for d in days)


def relative_to_story(text: str) -> str | None:
    """Which way an expression told relative to the narrative points: "before" ("the previous
    day", "days earlier"), "after" ("two days later", "the next day"), or None."""
    m = _ANAPHORIC.search(text)
    if m is None:
        return None
    return "before" if m.group("before") else "after"


def _days(first: date, last: date, news: date | None) -> tuple[int, int] | None:
    if news is None:
        return None
    return (first - news).days, (last - news).days


def _nearest(candidates: list[date], published: date, *, ahead: bool = False) -> date:
    """Of the same day or month in the years around the article's, the nearest; a day after
    the article counts double: stories recount more than they announce ("December 28" in a
    January 3 story is days before, "January 10" in a December 20 one is ahead), unless the
    date is told as one to come ("is due on April 11")."""

    def cost(day: date) -> int:
        gap = (day - published).days
        return (gap if ahead else 2 * gap) if gap > 0 else -gap

    return min(candidates, key=cost)


def _yearless(month: str, day: str, published: date, *, ahead: bool = False) -> date | None:
    """The day of a date written without its year: the nearest of its name (`_nearest`), a
    day after the article no farther than one before when told as one to come ("is due on
    April 11"; "called a strike for February 5" may still be past)."""
    candidates = [
        d
        for year in (published.year - 1, published.year, published.year + 1)
        if (d := build_date(year, month, day)) is not None
    ]
    return _nearest(candidates, published, ahead=ahead) if candidates else None


# Words that make "May" the month: "in May", "last May", "May 2024", "early May", "of May".
_MAY_BEFORE = re.compile(
    r"\b(?:in|of|since|until|by|during|last|this|next|early|late|mid|before|after|from|to|"
    r"through|between|and)[\s-]+$",
    _I,
)


def _is_month_may(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "May" is the month, not a name ("Theresa May announced")."""
    return (
        bool(m["year"]) or _MAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
    )


def _month(m: re.Match[str], frame: Frame, *, ahead: bool) -> tuple[int, int] | None:
    return month_days(
        m["month"],
        frame,
        year=int(m["year"]) if m["year"] else None,
        ahead=ahead,
        last=bool(m["last"]),
    )


def month_days(
    name: str, frame: Frame, *, year: int | None = None, ahead: bool = False, last: bool = False
) -> tuple[int, int] | None:
    """The first and last day of a month named in words, relative to the news day: of `year`
    if given, else the last of its name up to the article's month (the coming one, or this one,
    in a clause that looks ahead: "elections are due in May"); "last March" is never this one."""
    published, news = frame.published, frame.news
    number = MONTHS.get(name.lower().rstrip("."))
    if number is None:
        return None
    if year is None:
        if published is None:
            return None
        if last:
            year = published.year if number < published.month else published.year - 1
        elif ahead:
            year = published.year if number >= published.month else published.year + 1
        else:
            year = published.year if number <= published.month else published.year - 1
    first = date(year, number, 1)
    end = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
    return _days(first, end, news)


def months_before(day: int, frame: Frame) -> int | None:
    """How many calendar months before the article's own month the day lies (`day` relative to
    the news day): 0 the same month, 1 the month before, -1 the month after; None without the
    article's date."""
    if frame.published is None or frame.news is None:
        return None
    on = frame.news + timedelta(days=day)
    return (frame.published.year - on.year) * 12 + frame.published.month - on.month


# "last Friday": the Friday before the article's day, a week back if that day is a Friday.
_LAST = re.compile(r"\blast\s+$", _I)


def _weekday(
    name: str, frame: Frame, *, ahead: bool = False, last: bool = False
) -> tuple[int, int] | None:
    day = _WEEKDAY_INDEX[name.lower()]
    if last and frame.published is not None and frame.news is not None:
        on = frame.published - timedelta(days=(frame.published.weekday() - day) % 7 or 7)
        offset = (on - frame.news).days
        return offset, offset
    if ahead and frame.weekday is not None:
        today = (frame.weekday + frame.lag) % 7
        offset = frame.lag + ((day - today) % 7 or 7)
        return offset, offset
    if frame.calendar and frame.published is not None and frame.news is not None:
        on = frame.published - timedelta(days=(frame.published.weekday() - day) % 7)
        offset = (on - frame.news).days
        return offset, offset
    if frame.weekday is None:
        return None
    back = (frame.weekday - day) % 7
    offset = -back if back <= DAYS_BEFORE else 7 - back
    return offset, offset


def _relative(m: re.Match[str], frame: Frame) -> tuple[int, int] | None:
    published, news = frame.published, frame.news
    if published is None or news is None:
        return None
    lag = frame.lag
    if m["today"]:
        return lag, lag
    if m["yesterday"]:
        return lag - 1, lag - 1
    if m["next"]:
        return lag + 1, lag + 366
    if m["this"]:
        unit = m["this_unit"].lower()
        earlier = m["this"].lower().startswith("earlier")
        first = _start_of(unit, published)
        return (first - news).days, (lag - 1 if earlier else lag)
    if m["last"]:
        unit = m["last_unit"].lower()
        if unit == "weekend":
            saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
            return (saturday - news).days, (saturday - news).days + 1
        this = _start_of(unit, published)
        before = _start_of(unit, this - timedelta(days=1))
        return (before - news).days, (this - news).days - 1
    count = _NUMBER.get(" ".join(m["n"].lower().split()))
    n = int(m["n"]) if count is None else count
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[m["ago_unit"].lower()] * n
    return lag - days - days // 4, lag - days + days // 4


def _start_of(unit: str, day: date) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)
