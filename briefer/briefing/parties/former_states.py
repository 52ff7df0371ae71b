"""A story of a state that no longer exists: its capital and its successor's name are its own.

The gazetteer reads "Moscow", "the Kremlin" and "Russia" as Russia and "Belgrade" as Serbia,
true of today's news. In a story of 1983 or 1999 the text calls the same side "the Soviet
Union" in one sentence and "Moscow" in the next, or "Yugoslavia" and "Belgrade": read apart, one
side is split in two, neither half weighs as the whole, and the half named by its capital may
be chosen under today's name. When the text names a former state and the story is of its time,
the successor's mentions are the former state's.

The story's time is its document's date, else the latest year its text writes; with neither, the
former state must be named at least as often as its successor (a modern story names the Soviet
Union only as history, and Russia far more).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import date

from briefer.analysis.gazetteer import governed_from
from briefer.analysis.model import Analysis
from briefer.briefing.stats import ActorStats
from briefer.sources.document import Document

# Former state -> (the state that carries on its seat and name today, the day it ended). General
# knowledge: the Soviet Union ended on 26 December 1991, the Federal Republic of Yugoslavia was
# renamed Serbia and Montenegro on 4 February 2003, Czechoslovakia split on 1 January 1993,
# West Germany took in the East on 3 October 1990 (a story of 1983 calls it 'Germany' too).
_SUCCESSORS: dict[str, tuple[str, date]] = {
    "Soviet Union": ("Russia", date(1991, 12, 26)),
    "Yugoslavia": ("Serbia", date(2003, 2, 4)),
    "Czechoslovakia": ("Czech Republic", date(1993, 1, 1)),
    "West Germany": ("Germany", date(1990, 10, 3)),
    # Tanganyika joined Zanzibar as Tanzania on 26 April 1964 ("Dar es Salaam" in January 1964
    # is Tanganyika's seat); Malaya joined Sabah, Sarawak and Singapore as Malaysia on 16
    # September 1963.
    "Tanganyika": ("Tanzania", date(1964, 4, 26)),
    "Malaya": ("Malaysia", date(1963, 9, 16)),
    # The two Yemens united on 22 May 1990; each had its own capital, which Yemen holds now.
    "South Yemen": ("Yemen", date(1990, 5, 22)),
    "North Yemen": ("Yemen", date(1990, 5, 22)),
}
# Former states that share a successor: the one whose seat the text names more is the story's
# ("Aden radio said" in 1986 is South Yemen's, "officials in Sanaa" North Yemen's).
_SEAT_OF = {"South Yemen": "Aden", "North Yemen": "Sanaa"}
# Former states that bore their successor's name in their own time: the Federal Republic of
# Germany called itself Germany from 1949, and a story of 1972 says "Germany" and "Bonn" of it,
# where "Russia" in a story of 1985 names a republic inside the Soviet Union. Their successor's
# name is no sign that the text tells of today's state.
_SAME_NAME = frozenset({"West Germany"})
# The day each began (general knowledge: the Union treaty of 30 December 1922, the Kingdom of the
# Serbs, Croats and Slovenes of 1 December 1918, Czechoslovakia's independence of 28 October
# 1918, the Basic Law of 23 May 1949): in a dated story between the two, the successor did not
# exist as a state, so its seat ("Moscow radio said" in a story of 1954) is the former state's
# even where the text never names it.
_BEGAN: dict[str, date] = {
    "Soviet Union": date(1922, 12, 30),
    "Yugoslavia": date(1918, 12, 1),
    "Czechoslovakia": date(1918, 10, 28),
    "West Germany": date(1949, 5, 23),
    "Tanganyika": date(1961, 12, 9),
    "Malaya": date(1957, 8, 31),
    "South Yemen": date(1967, 11, 30),
    "North Yemen": date(1962, 9, 26),
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Today's states whose land was divided between two states (Vietnam from the Geneva accords of
# 21 July 1954 to reunification on 2 July 1976): in a story of that time the bare name is the
# whole land ("the war in Vietnam"), no state that acts; the two halves are the sides.
_DIVIDED: dict[str, tuple[date, date]] = {"Vietnam": (date(1954, 7, 21), date(1976, 7, 2))}


def divided_at(name: str, when: date | None) -> bool:
    """Whether `name` is a land divided between two states at the story's time `when`."""
    span = _DIVIDED.get(name)
    return span is not None and when is not None and span[0] <= when < span[1]


def story_time(items: Sequence[tuple[Document, Analysis]]) -> date | None:
    """When the story is told: the latest document date, else the latest year the texts write
    (as its first day), else None."""
    dated = [doc.date for doc, _a in items if doc.date is not None]
    if dated:
        return max(dated)
    years = [int(y) for doc, _a in items for y in _YEAR.findall(doc.text)]
    return date(max(years), 1, 1) if years else None


def former_state_names(items: Sequence[tuple[Document, Analysis]]) -> dict[str, str]:
    """Successor -> former state, for each former state the texts name in a story of its time
    (and a part -> the state it was part of then: `_PART_OF`).
    A text that calls the successor by its own name ("Russia", "Serbia") more often than it
    names the former state as a state of the time tells of the successor, whatever year it
    writes: "declared independence in 1991, as the Soviet Union was falling apart" is history in
    a story of Russian troops in Chechnya, and "the presidents of Bosnia, Serbia and Croatia"
    are not Yugoslavia's beside "the former Yugoslavia" (a name that says the state is past)."""
    counts: Counter[str] = Counter()
    # Mentions by the state's own name, not its capital or its people's adjective.
    by_name: Counter[str] = Counter()
    for _doc, analysis in items:
        for m in (*analysis.headline_mentions, *analysis.mentions):
            counts[m.canonical] += 1
            if m.type == "GPE" and m.canonical in _NAMED and _names_itself(m.surface, m.canonical):
                by_name[m.canonical] += 1
    # Mentions of a successor or its capital ("Moscow radio said"), a city of its own name.
    seats: Counter[str] = Counter()
    for name, n in counts.items():
        seats[governed_from(name) or name] += n
    when = story_time(items)
    parts = _parts_of_their_time(items, seats, when)
    named = [
        f
        for f, (successor, _end) in _SUCCESSORS.items()
        if counts[f] or (seats[successor] and _unnamed_of_its_time(f, items, when))
    ]
    if not named:
        return parts
    # (where two share a successor, the one whose seat the text names more is read last: it wins)
    named.sort(key=lambda f: (counts[_SEAT_OF.get(f, "")], counts[f]))
    out: dict[str, str] = {}
    for former in named:
        successor, ended = _SUCCESSORS[former]
        if by_name[successor] > by_name[former] and former not in _SAME_NAME:
            continue  # today's state, named as such
        if when is None:
            if counts[former] >= counts[successor]:
                out[successor] = former
        elif _BEGAN[former] <= when < ended:
            # (not before it began: "West German" in a story of May 1949 names the western
            # zones, whose Germany is the whole occupied land)
            out[successor] = former
    return parts | out


# States that were part of another until they broke away, with the day the whole began and the
# day the part declared or won its independence (general knowledge: Pakistan of 14 August 1947,
# Bangladesh's declaration of 26 March 1971; Sudan of 1 January 1956, South Sudan of 9 July
# 2011): in a story dated between, the part's seat and name are the whole state's ("Dacca" in
# 1970 is Pakistan's provincial capital, "Juba" in 1990 Sudan's southern town).
_PART_OF: dict[str, tuple[str, date, date]] = {
    "Bangladesh": ("Pakistan", date(1947, 8, 14), date(1971, 3, 26)),
    "South Sudan": ("Sudan", date(1956, 1, 1), date(2011, 7, 9)),
}


def _parts_of_their_time(
    items: Sequence[tuple[Document, Analysis]], seats: Counter[str], when: date | None
) -> dict[str, str]:
    """Part -> the state it was part of, for each part named (or its seat) in a story dated,
    every document, before it broke away."""
    if when is None or any(doc.date is None for doc, _a in items):
        return {}
    return {
        part: whole
        for part, (whole, began, ended) in _PART_OF.items()
        if seats[part] and began <= when < ended
    }


def _unnamed_of_its_time(
    former: str, items: Sequence[tuple[Document, Analysis]], when: date | None
) -> bool:
    """Whether a story dated within the former state's lifetime, every document dated (a year
    the text writes may be history), gives it its successor's mentions though it never names
    it."""
    if when is None or any(doc.date is None for doc, _a in items):
        return False
    return _BEGAN[former] <= when < _SUCCESSORS[former][1]


# The states whose own names `former_state_names` counts: the former ones and their successors.
_NAMED = frozenset(_SUCCESSORS) | frozenset(s for s, _end in _SUCCESSORS.values())


def _names_itself(surface: str, state: str) -> bool:
    """Whether the words name the state itself as one of the time ("Russia", "the USSR"), not
    its capital ("Moscow") nor a state the words say is past ("the former Yugoslavia"): its
    name is in them, or they are an acronym."""
    words = surface.casefold()
    if _PAST.search(words):
        return False
    return state.casefold() in words or (surface.isupper() and len(surface) > 1)


_PAST = re.compile(r"\b(?:former|ex|late|defunct|old)\b")


def merged_stats(a: ActorStats, b: ActorStats, name: str) -> ActorStats:
    """One actor's counts from two: numbers and tallies added, flags and sets joined, the
    first's first source and title kept."""
    values: dict[str, object] = {"name": name}
    for f in fields(ActorStats):
        if not f.init or f.name == "name":
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, Counter):
            values[f.name] = x + y
        elif isinstance(x, set):
            values[f.name] = x | y
        elif isinstance(x, bool):
            values[f.name] = x or y
        elif isinstance(x, (int, float)):
            values[f.name] = x + y
        else:
            values[f.name] = x if x is not None else y
    return ActorStats(**values)  # type: ignore[arg-type]


def stats_of_the_time(
    stats: Mapping[str, ActorStats], names: Mapping[str, str]
) -> dict[str, ActorStats]:
    """Each successor's counts given to its former state (`names`: successor -> former)."""
    out = {n: st for n, st in stats.items() if n not in names}
    for successor, former in names.items():
        old = stats.get(successor)
        if old is None:
            continue
        have = out.get(former)
        out[former] = merged_stats(have if have is not None else ActorStats(former), old, former)
    return out


def of_the_time(
    stats: Mapping[str, ActorStats],
    items: Sequence[tuple[Document, Analysis]],
    affiliated: Mapping[str, str],
    names: Mapping[str, str],
) -> tuple[dict[str, ActorStats], list[tuple[Document, Analysis]], dict[str, str]]:
    """Stats, texts and affiliations with each successor's mentions given to its former state
    (`names`: successor -> former state, from `former_state_names`)."""
    out = stats_of_the_time(stats, names)
    renamed = [(doc, analysis.renamed(names)) for doc, analysis in items]
    people = {p: names.get(party, party) for p, party in affiliated.items()}
    return out, renamed, people
