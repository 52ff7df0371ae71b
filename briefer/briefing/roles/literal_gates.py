"""Cheap necessary conditions read before a pattern searches a window near a mention.

Most mentions fail them, and each pattern's search tries every place of its window: the tail
before a mention is read once for several patterns (`ends_with_word`), and the places of a
pattern's literals (its prefilter gate) are found once per document, so a window's test is a
bisection (`may_hold`, `may_hold_in_document`). Shared by every reader of mention roles.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from itertools import accumulate
from typing import Any

import ahocorasick

from briefer.analysis.prefilter import fold, gate, kept_until_done

#: How far back `ends_with_word` reads: the longest window a pattern it gates searches.
_TAIL_REACH = 80
# The last mention end read by `ends_with_word`: (text, end, tail, tail before a last 'the').
_last_tail: tuple[str, int, str, str] = ("", -1, "", "")


def ends_with_word(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text before `end` ends in white space after one of `words` (lower case),
    perhaps with 'the' between: a cheap necessary condition for a pattern that ends in one of
    those words, white space, an optional 'the' and white space at the end of a window that
    closes at `end` and reaches back at most `_TAIL_REACH` characters. Most mentions fail it
    and skip the pattern's search, which tries every place of the window. The tail is read once
    for the several patterns asked about one mention."""
    global _last_tail
    last = _last_tail
    if last[0] is not text or last[1] != end:
        tail = bare = ""
        if end > 0 and text[end - 1].isspace():
            tail = fold(text[max(0, end - _TAIL_REACH) : end].rstrip())
            if tail.endswith("the"):
                bare = tail[:-3].rstrip()
        last = _last_tail = (text, end, tail, bare)
    # (no tuple of words holds "", so an empty tail before a last 'the' ends in none of them)
    return last[2].endswith(words) or (last[3] != "" and last[3].endswith(words))


# The patterns `may_hold` has been asked about, each with its slot (-1: no gate, the pattern
# decides), and one automaton of all their gates' literals, each literal's value the slots
# whose gate holds it and its length: a document is scanned once for every pattern, not once
# per pattern (a pass of an automaton over a whole document costs far more than its few hits).
_slots: dict[int, tuple[re.Pattern[str], int]] = {}
_literals: list[frozenset[str]] = []  # per slot, its gate's literals
_adding = threading.Lock()
# The automaton of the literals of the first slots, and how many it holds.
_combined: tuple[int, Any] = (0, None)
# The last folded text scanned, the number of slots it was scanned for, and per slot the
# places of its literals there: their ends in order, and the greatest start of the literals up
# to each (a literal lies inside a window exactly when, of those ending inside it, one starts
# inside it: the one that starts last). One tuple, replaced whole.
_scanned: tuple[str | None, int, list[tuple[list[int], list[int]]]] = (None, 0, [])


def _slot(pattern: re.Pattern[str]) -> int:
    """The slot of `pattern` (added, with its literals, on the first call), or -1 if it has no
    gate."""
    known = _slots.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    literals = gate(pattern).literals
    with _adding:  # (gates are read in several threads at once: the reader's workers)
        known = _slots.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        slot = -1
        if literals is not None:
            slot = len(_literals)
            _literals.append(frozenset(literals))
        _slots[id(pattern)] = (pattern, slot)
    return slot


def _automaton(count: int) -> Any:
    """An automaton of the literals of the gates of the first `count` slots."""
    global _combined
    built, auto = _combined
    if built != count or auto is None:
        held: dict[str, list[int]] = {}
        for slot, literals in enumerate(_literals[:count]):
            for literal in literals:
                held.setdefault(literal, []).append(slot)
        auto = ahocorasick.Automaton()
        for literal, slots in held.items():
            auto.add_word(literal, (tuple(slots), len(literal)))
        auto.make_automaton()
        _combined = (count, auto)
    return auto


def _places(folded: str) -> list[tuple[list[int], list[int]]]:
    """Per slot, the places of its literals in `folded` (see `_scanned`), one scan for all."""
    global _scanned
    last = _scanned
    count = len(_literals)
    if last[0] is folded and last[1] == count:
        return last[2]
    auto = _automaton(count)
    ends: list[list[int]] = [[] for _ in range(count)]
    starts: list[list[int]] = [[] for _ in range(count)]
    # (the automaton reports the literals in the order of their ends)
    for end, (slots, n) in auto.iter(folded):
        for slot in slots:
            ends[slot].append(end + 1)
            starts[slot].append(end - n + 1)
    places = [
        (slot_ends, list(accumulate(slot_starts, max)))
        for slot_ends, slot_starts in zip(ends, starts, strict=True)
    ]
    _scanned = (folded, count, places)
    return places


def may_hold(pattern: re.Pattern[str], folded: str, pos: int, endpos: int) -> bool:
    """Whether folded[pos:endpos] holds one of the literals every match of `pattern` holds (the
    test of its gate, `Gate.may_match`): the places of the literals in the folded text (a
    document's) are found once, so each mention's window is a bisection, not a search of the
    window for any of some hundred words."""
    # (`_slot` and `_places`, their common case inlined: this runs several times for most
    # mentions, and the two calls cost about as much as the bisection)
    known = _slots.get(id(pattern))
    slot = known[1] if known is not None and known[0] is pattern else _slot(pattern)
    if slot < 0:
        return True  # no gate: the pattern decides
    last = _scanned
    places = last[2] if last[0] is folded and last[1] == len(_literals) else _places(folded)
    ends, latest = places[slot]
    i = bisect_right(ends, endpos) - 1
    return i >= 0 and latest[i] >= pos


# The document read last and its folded text: `may_hold_in_document` finds the places of a
# pattern's literals in a whole document once, so each mention's window is a bisection.
_last_folded: tuple[str, str] = ("", "")


def folded_document(text: str) -> str:
    """`fold(text)`, kept for the document read last (the same object while it is read, so
    `may_hold` finds the places of a pattern's literals in it once)."""
    global _last_folded
    last = _last_folded
    if last[0] is not text:
        last = _last_folded = (text, fold(text))
    return last[1]


def _forget_texts() -> None:
    """Let go of the texts read last (their places of literals, their folded copies)."""
    global _last_tail, _last_folded, _scanned
    _last_tail = ("", -1, "", "")
    _last_folded = ("", "")
    _scanned = (None, 0, [])


kept_until_done(_forget_texts)


def may_hold_in_document(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether text[pos:endpos] holds one of the literals every match of `pattern` holds (see
    `may_hold`), the literals found once per document: a cheap necessary condition before a
    search of a window before or after a mention, which tries every place of it."""
    return may_hold(pattern, folded_document(text), pos, endpos)
