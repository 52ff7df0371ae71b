"""Cheap necessary conditions read before a pattern searches a window near a mention.

Most mentions fail them, and each pattern's search tries every place of its window: the tail
before a mention is read once for several patterns (`ends_with_word`), and the places of a
pattern's literals (its prefilter gate) are found once per document, so a window's test is a
bisection (`may_hold`, `may_hold_in_document`). Shared by every reader of mention roles.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

import ahocorasick

from briefer.analysis.prefilter import fold, gate

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


# Per pattern: an automaton of its gate's literals (False if it has no gate), the last folded
# text read, and the places of the literals in it: their ends in order, and the greatest start
# of the literals up to each (a literal lies inside a window exactly when, of those ending
# inside it, one starts inside it: the one that starts last).
_holds: dict[int, tuple[Any, str | None, list[int], list[int]]] = {}


def _automaton(pattern: re.Pattern[str]) -> Any:
    """An automaton of the literals every match of `pattern` holds, or False if it has none."""
    literals = gate(pattern).literals
    if literals is None:
        return False
    auto = ahocorasick.Automaton()
    for literal in literals:
        auto.add_word(literal, len(literal))
    auto.make_automaton()
    return auto


def may_hold(pattern: re.Pattern[str], folded: str, pos: int, endpos: int) -> bool:
    """Whether folded[pos:endpos] holds one of the literals every match of `pattern` holds (the
    test of its gate, `Gate.may_match`): the places of the literals in the folded text (a
    document's) are found once, so each mention's window is a bisection, not a search of the
    window for any of some hundred words."""
    entry = _holds.get(id(pattern))
    if entry is None:
        entry = _holds[id(pattern)] = (_automaton(pattern), None, [], [])
    auto, last, ends, latest = entry
    if auto is False:
        return True  # no gate: the pattern decides
    if last is not folded:
        # (the automaton reports the literals in the order of their ends)
        hits = list(auto.iter(folded))
        ends = [end + 1 for end, _n in hits]
        latest = list(accumulate([end - n + 1 for end, n in hits], max))
        _holds[id(pattern)] = (auto, folded, ends, latest)
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


def may_hold_in_document(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether text[pos:endpos] holds one of the literals every match of `pattern` holds (see
    `may_hold`), the literals found once per document: a cheap necessary condition before a
    search of a window before or after a mention, which tries every place of it."""
    return may_hold(pattern, folded_document(text), pos, endpos)
