"""Cheap necessary conditions for costly regexes, so a sentence that cannot match skips them.

Python's regex engine tries a pattern such as `\\b(?:since|dates\\s+back|...)` with IGNORECASE at
every position of a sentence. `Gate(pattern)` reads the pattern's parse tree once and finds a
set of literal strings one of which every match must contain. A `Sieve` wraps one sentence:
it folds it (`fold`) and finds every gate's literals in one Aho-Corasick pass; its `search`,
`findall`... then run a pattern only if one of its literals is there, and otherwise return what
the pattern would have (no match). Results never change, only the work. The literals come from
the pattern itself, so a rule edited in its module keeps a correct gate.

Reading a pattern (`_read`) is the costly part of making a gate, and depends on the pattern's
source and flags alone: readings are kept between processes (`reading_cache`, under a version
of this module's text), so a fresh process builds its gates from them, a tenth of the work.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple, TypeVar

import ahocorasick

from briefer.analysis.reading_cache import ReadingCache

# Folding maps every character that IGNORECASE matches to an ASCII letter onto that letter in
# lower case, one character for one, so offsets are kept (str.lower turns "İ" into two).
_FOLD: dict[int, int] = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_FOLD.update({0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")})


def fold(text: str) -> str:
    """`text` with ASCII letters and their IGNORECASE look-alikes in lower case, same length
    (other letters may be lowered too: only where ASCII letters stand matters)."""
    if text.isascii():
        return text.lower()  # ten times faster than `translate`: the common case
    lowered = text.lower()  # lowers "K" (Kelvin) to "k" too, but "İ" to two characters
    if len(lowered) == len(text) and "ı" not in text and "ſ" not in text:
        return lowered
    return text.translate(_FOLD)


_Needs = frozenset[str] | None
_REPEATS = tuple(
    op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op
)


def _better(a: _Needs, b: _Needs) -> _Needs:
    """The more selective of two alternative requirements (longest shortest literal wins)."""
    if a is None or "" in a:
        return None if b is None or "" in b else b
    if b is None or "" in b:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


_END = 2**62  # no end: what `re` takes as `endpos` by default
_MAX_EXACT = 64  # the most strings an exact set may hold before it is given up


def _literal(code: int, cased: bool = False) -> str | None:
    """The folded form of one literal character, if folding is exact for it (ASCII, or a mark
    with no case such as a dash or a curly quote: it matches itself alone and `fold` leaves it
    where it stands); with `cased` (a pattern that does not ignore case), the character."""
    if cased:
        return chr(code)
    if code >= 128:
        return _caseless_mark(chr(code))
    return chr(code).lower()


@cache
def _caseless_mark(char: str) -> str | None:
    """`char` if it is punctuation, a symbol or a space without case, else None."""
    if unicodedata.category(char)[0] in "PSZ" and char.lower() == char == char.upper():
        return char
    return None


def _ignores_case(op: object, av: Any) -> bool:
    """True for a group that turns IGNORECASE on ("(?i:...)"): its literals are not cased."""
    return op is sre.SUBPATTERN and bool(av[1] & re.IGNORECASE)


def _exact(op: object, av: Any, cased: bool = False) -> frozenset[str] | None:
    """Every string an item can match, folded, if that is a small finite set of ASCII (with
    `cased`, as written, if that is a small finite set)."""
    if op is sre.LITERAL:
        char = _literal(av, cased)
        return None if char is None else frozenset([char])
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            char = _literal(value, cased) if kind is sre.LITERAL else None
            if char is None:
                return None  # a range, category or negation
            chars.add(char)
        if cased and len(chars) > _MAX_EXACT:
            return None  # every capital letter: no literal worth looking for
        return frozenset(chars)
    if op is sre.SUBPATTERN or op is getattr(sre, "ATOMIC_GROUP", None):
        if cased and _ignores_case(op, av):
            return None
        return _exact_sequence(av[-1] if op is sre.SUBPATTERN else av, cased)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            e = _exact_sequence(branch, cased)
            if e is None:
                return None
            union |= e
            if len(union) > _MAX_EXACT:
                return None  # it only grows: the other branches cannot make it small
        return frozenset(union)
    if op in _REPEATS:
        low, high, body = av
        if (low, high) not in ((1, 1), (0, 1)):
            return None
        e = _exact_sequence(body, cased)
        if e is None:
            return None
        return e | {""} if low == 0 else e
    return None


def _exact_sequence(items: Any, cased: bool = False) -> frozenset[str] | None:
    acc: frozenset[str] = frozenset([""])
    for op, av in items:
        if op is sre.LITERAL:  # the common item, one character: the set keeps its size
            char = _literal(av, cased)
            if char is None:
                return None
            acc = frozenset([a + char for a in acc])
            continue
        e = _exact(op, av, cased)
        if e is None:
            return None
        acc = frozenset(a + b for a in acc for b in e)
        if len(acc) > _MAX_EXACT:
            return None
    return acc


def _weighed(items: Any) -> Iterator[_Needs]:
    """Each literal set a sequence of pattern items offers, in order: runs of exact items joined
    while they stay few, and what each other item needs. Every match contains one literal of
    every set that holds no empty string."""
    acc: frozenset[str] = frozenset([""])
    for op, av in items:
        e = _exact(op, av)
        if e is not None:
            joined = frozenset(a + b for a in acc for b in e)
            if len(joined) <= _MAX_EXACT:
                acc = joined
                continue
            yield acc
            acc = e
            continue
        yield acc
        acc = frozenset([""])
        yield _needs(op, av)
    yield acc


def _sequence(items: Any) -> _Needs:
    """Literals one of which every match of a sequence of pattern items contains (the most
    selective of the sets it offers)."""
    best: _Needs = None
    for needs in _weighed(items):
        best = _better(best, needs)
    return best


def _requirements(items: Any) -> list[frozenset[str]]:
    """Every literal set a sequence offers that binds (not just the most selective): a match
    must hold one literal of each."""
    found: list[frozenset[str]] = []
    for needs in _weighed(items):
        if needs is not None and "" not in needs and needs not in found:
            found.append(needs)
    return found


def _needs(op: object, av: Any) -> _Needs:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needs = _sequence(branch)
            if needs is None or "" in needs:
                return None
            union |= needs
        return frozenset(union)
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(body) if low >= 1 else None
    return None  # classes, anchors, look-arounds, back-references: no literal required


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


_AT_START = ""  # in a set of start literals: a match may begin where the text begins
# In a set of start literals: a match may begin at a digit ("\\d", as the pattern's flags read it:
# "(?:19|20)\\d0s|\\d{1,2}th century"). Not ASCII, so no literal equals it; folding leaves every
# digit where it was, itself.
_AT_DIGIT = "\ue000"


def _is_digit_class(op: object, av: Any) -> bool:
    """True for `\\d` or `[\\d]`: one digit."""
    return op is sre.IN and len(av) == 1 and av[0] == (sre.CATEGORY, sre.CATEGORY_DIGIT)


def _prefixes(items: Any, multiline: bool, cased: bool = False) -> frozenset[str] | None:
    """Folded strings one of which every match of a sequence starts with (`_AT_START` for the
    beginning of the text), or None. An optional item ("(?:full\\s+)?confidence") adds the
    starts of what follows it; a group or an alternative is read with what follows it. With
    `cased`, the strings as written (for a pattern that does not ignore case)."""
    items = list(items)
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        op, av = items[i]
        if op is sre.AT and (
            av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not multiline)
        ):
            return frozenset([_AT_START])  # "^": only where the text begins
        i += 1  # other anchors and look-arounds consume nothing
    if i == len(items):
        return None
    op, av = items[i]
    rest = items[i + 1 :]
    if _is_digit_class(op, av):
        return frozenset([_AT_DIGIT])
    first = _exact(op, av, cased)
    if first is not None:
        heads = _extend(first - {""}, rest, cased, multiline) if first - {""} else frozenset()
        if "" not in first:
            return heads
        # The item may match nothing: what follows may begin the match.
        tail = _prefixes(rest, multiline, cased)
        return None if tail is None else heads | tail
    if cased and _ignores_case(op, av):
        return None
    if op is sre.SUBPATTERN:  # "(?m:...)" makes "^" inside it match after any newline
        return _prefixes([*av[-1], *rest], multiline or bool(av[1] & re.MULTILINE), cased)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _prefixes([*av, *rest], multiline, cased)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _prefixes([*branch, *rest], multiline, cased)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, high, body = av
        if body.getwidth()[0] == 0:
            return None  # an iteration may be empty: the next one could begin anywhere
        # Once at most, the body is followed by the rest; more often, by itself.
        heads_or_none = _prefixes([*body, *rest] if high == 1 else body, multiline, cased)
        if heads_or_none is None or low > 0:
            return heads_or_none
        tail = _prefixes(rest, multiline, cased)
        return None if tail is None else heads_or_none | tail
    return None


def _extend(
    acc: frozenset[str], items: Any, cased: bool = False, multiline: bool = False
) -> frozenset[str]:
    """`acc` lengthened by the exact items that follow (longer prefixes are rarer). With
    `cased` (a `StartIndex`'s whole-text scan), lengthened last by the starts of what follows
    the exact items, if they are few: " " before "(?:militia|movement|...)" becomes " militia",
    " movement"... (a lone space stands some 600 times in a document's text, each a place
    tried)."""
    for k, (op, av) in enumerate(items):
        e = _exact(op, av, cased)
        if e is None:
            if cased:
                tail = _prefixes(items[k:], multiline, cased)
                if tail is not None and _AT_DIGIT not in tail:
                    joined = frozenset(a + b for a in acc for b in tail)
                    if len(joined) <= _MAX_EXACT:
                        acc = joined
            break
        joined = frozenset(a + b for a in acc for b in e)
        if len(joined) > _MAX_EXACT:
            break
        acc = joined
    return acc


@cache
def _parsed(source: str, flags: int) -> Any:
    """A pattern's parse tree, read once: a gate reads it for its literals, its starts and its
    width, and a start index for its cased starts and its width (read-only from then on)."""
    return sre_parse.parse(source, flags)


def _starts(pattern: re.Pattern[str], *, cased: bool = False) -> frozenset[str] | None:
    """`start_literals` (as written with `cased`), with `_AT_DIGIT` for a branch that begins
    with a digit."""
    multiline = bool(pattern.flags & re.MULTILINE)
    return _prefixes(_parsed(pattern.pattern, pattern.flags), multiline, cased=cased)


def start_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded literals one of which every match of `pattern` starts with, or None; "" stands
    for the beginning of the text (a branch anchored by "^")."""
    found = _starts(pattern)
    return None if found is None or _AT_DIGIT in found else found


def cased_start_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals as written (not folded) one of which every match of `pattern` starts with, for
    a pattern that does not ignore case; None if unknown, if the pattern ignores case, or if a
    match may begin where the text does."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _starts(pattern, cased=True)
    return None if found is None or _AT_DIGIT in found or _AT_START in found else found


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded literals one of which is inside every match of `pattern`, or None if unknown."""
    return _required(_parsed(pattern.pattern, pattern.flags))


def _required(tree: Any) -> frozenset[str] | None:
    """`required_literals` of a parse tree (the gate's `_read` and the function above)."""
    needs = _sequence(tree)
    return None if needs is None or "" in needs else needs


# -- Readings: what a gate learns from a pattern, a function of its source and flags alone ------

# Per branch of a pattern that is one alternation (`Gate._use_branches`): the heads its
# matches begin with, whether one may begin at a digit, and the literal sets it requires; and
# first the sets the rest after the alternation requires. All of them, before `_worth_a_bit`
# (which depends on the literals the process has met) keeps the sets worth a bit.
_BranchReading = tuple[
    tuple[frozenset[str], ...],
    tuple[tuple[frozenset[str], bool, tuple[frozenset[str], ...]], ...],
]


class _Reading(NamedTuple):
    """What `Gate` learns from a pattern's parse tree (`_read`), kept between processes by
    `_READINGS`: building a gate from a reading costs a tenth of reading the pattern."""

    literals: frozenset[str] | None  # `required_literals`
    starts: frozenset[str] | None  # `_starts` (with `_AT_START` and `_AT_DIGIT`)
    heads: tuple[str, ...]  # `_shortest_heads` of the literal starts, sorted
    width: int  # the fewest characters a match holds
    branches: _BranchReading | None


def _read(source: str, flags: int) -> _Reading:
    tree = _parsed(source, flags)
    literals = _required(tree)
    starts = _prefixes(tree, bool(flags & re.MULTILINE))
    width = tree.getwidth()[0]
    heads = (
        () if starts is None else tuple(sorted(_shortest_heads(starts - {_AT_START, _AT_DIGIT})))
    )
    branches = None
    if starts is not None and width and heads:
        branches = _read_branches(tree, flags, starts, frozenset(heads))
    return _Reading(literals, starts, heads, width, branches)


def _read_branches(
    items: Any, flags: int, starts: frozenset[str], heads: frozenset[str]
) -> _BranchReading | None:
    """The reading of `Gate._use_branches`, for a pattern whose items are zero-width ones, then
    one alternation (maybe in a plain group), then the rest; None otherwise."""
    items = list(items)
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    if i == len(items):
        return None
    lead, (op, av), rest = items[:i], items[i], items[i + 1 :]
    if op is sre.SUBPATTERN and not av[1] and not av[2] and len(av[-1]) == 1:
        op, av = av[-1][0]  # "(?:a|b)" as "a|b" (a group setting no flags)
    if op is not sre.BRANCH:
        return None
    multiline = bool(flags & re.MULTILINE)
    branches: list[tuple[frozenset[str], bool, tuple[frozenset[str], ...]]] = []
    for branch in av[1]:
        sequence = [*lead, *branch, *rest]
        found = _prefixes(sequence, multiline)
        if found is None:
            return None
        begun = set()
        for start in found - {_AT_START, _AT_DIGIT}:
            head = next((start[:k] for k in range(1, len(start) + 1) if start[:k] in heads), "")
            if not head:
                return None  # (cannot be: every start begins with a head)
            begun.add(head)
        own = tuple(_requirements([*lead, *branch]))
        branches.append((frozenset(begun), _AT_DIGIT in found, own))
    return tuple(_requirements(rest)), tuple(branches)


def _listed(literals: frozenset[str] | None) -> list[str] | None:
    return None if literals is None else sorted(literals)


def _set(value: Any) -> frozenset[str]:
    """A set of strings read back from JSON (ValueError if it is none)."""
    if type(value) is not list or not all(type(s) is str for s in value):
        raise ValueError(value)
    return frozenset(value)


def _sets(value: Any) -> tuple[frozenset[str], ...]:
    if type(value) is not list:
        raise ValueError(value)
    return tuple(map(_set, value))


def _encode(reading: _Reading) -> list[Any]:
    """`reading` as JSON values (sets as sorted lists)."""
    branches = reading.branches
    return [
        _listed(reading.literals),
        _listed(reading.starts),
        list(reading.heads),
        reading.width,
        None
        if branches is None
        else [
            [sorted(r) for r in branches[0]],
            [[sorted(b), d, [sorted(r) for r in own]] for b, d, own in branches[1]],
        ],
    ]


def _decode(value: Any) -> _Reading:
    """The reading `_encode` gave `value`; ValueError or TypeError if it is not one."""
    literals, starts, heads_read, width, branches = value
    if type(width) is not int:
        raise ValueError(width)
    needs = None if literals is None else _set(literals)
    if needs is not None and (not needs or "" in needs):
        raise ValueError(literals)
    begins = None if starts is None else _set(starts)
    heads = _set(heads_read)
    if heads and (begins is None or not heads <= begins or "" in heads):
        raise ValueError(heads_read)
    read: _BranchReading | None = None
    if branches is not None:
        after, each = branches
        if type(each) is not list:
            raise ValueError(each)
        # (a damaged file could name a head the gate has not: `Gate._use_branches` looks up
        # every head a branch begins with)
        parts = []
        for begun, at_digit, own in each:
            if type(at_digit) is not bool:
                raise ValueError(at_digit)
            head_set = _set(begun)
            if not head_set <= heads:
                raise ValueError(begun)
            parts.append((head_set, at_digit, _sets(own)))
        read = (_sets(after), tuple(parts))
    return _Reading(needs, begins, tuple(heads_read), width, read)


def _version() -> str | None:
    """The version of the reading code: this module's text, Python's (its regex parser) and
    its Unicode data's (`_caseless_mark`). None if the module cannot be read."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:
        return None
    v = sys.version_info
    return (
        f"{hashlib.sha256(code).hexdigest()[:24]} "
        f"py{v.major}.{v.minor}.{v.micro} ucd{unicodedata.unidata_version}"
    )


_READINGS = ReadingCache(_version())
_T = TypeVar("_T")


def _through_cache(
    key: str, make: Callable[[], _T], encode: Callable[[_T], Any], decode: Callable[[Any], _T]
) -> _T:
    """The value kept for `key`, decoded; else `make()`, kept. A kept value that does not
    decode (TypeError or ValueError) is dropped and made again; the cache failing in any other
    way only means making it (a cache is never worth a failed analysis)."""
    try:
        kept = _READINGS.get(key)
    except Exception:
        kept = None
    if kept is not None:
        try:
            return decode(kept)
        except (TypeError, ValueError):
            _READINGS.forget(key)
    value = make()
    with contextlib.suppress(Exception):
        _READINGS.put(key, encode(value))
    return value


def _reading(pattern: re.Pattern[str]) -> _Reading:
    """The reading of `pattern`, from the cache or made now (and kept)."""
    return _through_cache(
        f"g{pattern.flags}:{pattern.pattern}",
        lambda: _read(pattern.pattern, pattern.flags),
        _encode,
        _decode,
    )


def _decode_cased(value: Any) -> tuple[frozenset[str] | None, int]:
    starts, width = value
    if type(width) is not int:
        raise ValueError(width)
    return (None if starts is None else _set(starts)), width


def _cased_reading(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, int]:
    """`cased_start_literals(pattern)` and the fewest characters a match holds, for
    `StartIndex`, from the cache or read now (and kept)."""
    return _through_cache(
        f"c{pattern.flags}:{pattern.pattern}",
        lambda: (
            cased_start_literals(pattern),
            _parsed(pattern.pattern, pattern.flags).getwidth()[0],
        ),
        lambda read: [_listed(read[0]), read[1]],
        _decode_cased,
    )


# While gates are being made (a process's first analysis makes some 120, in 90 batches between
# scans), the shared scan's literals are held by two automata: one of the older literals, and
# one of at most this many newer ones, built again alone when a gate adds some (building all
# of them each time cost the first analysis 14 ms).
_NEWER_LITERALS = 64
# Scans with no new literal after which the two automata are built into one again.
_SETTLE_SCANS = 32


def _automaton_of(items: list[tuple[str, int]]) -> Any:
    auto = ahocorasick.Automaton()
    for literal, bit in items:
        auto.add_word(literal, (bit, len(literal) - 1))  # (its bit, its end minus its start)
    auto.make_automaton()
    return auto


class _Literals:
    """Every gate's literals in one Aho-Corasick automaton, each literal one bit, so a text is
    scanned once for all of them and a gate test is one AND."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}
        self.version = 0
        self.longest = 0  # the length of the longest literal (set before `version` changes)
        # Gates are made in several threads at once (the reader's workers): a literal's bit
        # is chosen from `len(bits)` and set under this lock, or two literals could take one
        # bit and one of them later lose it (its gates would then think it absent).
        self._adding = threading.Lock()
        # The automata of the literals (in `bits` order: the first holds the first `older`
        # of them, a second the next ones), how many they hold, and how many the first holds.
        # Replaced whole, never changed once built (another thread may be scanning).
        self._built: tuple[tuple[Any, ...], int, int] = ((), 0, 0)
        self._quiet = 0  # scans since the automata were built

    def mask_of(self, literals: frozenset[str]) -> int:
        mask = 0
        for literal in literals:
            bit = self.bits.get(literal)
            if bit is None:
                with self._adding:
                    bit = self.bits.get(literal)
                    if bit is None:
                        bit = self.bits[literal] = 1 << len(self.bits)
                        self.longest = max(self.longest, len(literal))
                        self.version += 1
            mask |= bit
        return mask

    def _build(self, *, settle: bool = False) -> tuple[Any, ...]:
        items = list(self.bits.items())
        automata, _held, older = self._built
        if automata and not settle and len(items) - older <= _NEWER_LITERALS:
            automata = (automata[0], _automaton_of(items[older:]))
        else:
            older = len(items)
            automata = (_automaton_of(items),) if items else ()
        self._built = (automata, len(items), older)
        self._quiet = 0
        return automata

    def _automata(self) -> tuple[Any, ...]:
        """The automata to scan with now (built anew if a gate added literals)."""
        automata, held, _older = self._built
        if held != len(self.bits):
            automata = self._build()
        elif len(automata) > 1:
            self._quiet += 1
            if self._quiet >= _SETTLE_SCANS:
                automata = self._build(settle=True)
        return automata

    def scan(self, folded: str) -> int:
        """The bits of every literal that occurs in `folded`."""
        mask = 0
        for auto in self._automata():
            for _end, (bit, _shift) in auto.iter(folded):
                mask |= bit
        return mask

    def scan_parts(self, folded: str, parts: Sequence[tuple[int, int]]) -> list[int]:
        """`scan` of each part `folded[start:end]` of `parts` (in order, none overlapping the
        next), in one pass over `folded`: the literals that stand wholly inside a part."""
        masks = [0] * len(parts)
        if not parts:
            return masks
        automata = self._automata()
        for auto in automata:
            index = 0
            start, stop = parts[0]
            mask = masks[0]
            for end, (bit, shift) in auto.iter(folded):
                if end >= stop:  # (`end` is a match's last character)
                    masks[index] = mask
                    index += 1
                    while index < len(parts) and parts[index][1] <= end:
                        index += 1
                    if index == len(parts):
                        break
                    start, stop = parts[index]
                    mask = masks[index]
                if end - shift >= start:
                    mask |= bit
            else:
                masks[index] = mask
        return masks


_LITERALS = _Literals()


# The shortest literal worth a bit in the shared scan for a branch's needs or a gate's heads
# beside single letters: shorter ones ("in", "st") stand in most sentences.
_NEED_LENGTH = 3


def _worth_a_bit(literals: frozenset[str]) -> bool:
    """Whether the shared scan should look for `literals`: each is long enough to be rare, or
    it is there already (the scan then costs nothing more)."""
    bits = _LITERALS.bits
    return all(len(literal) >= _NEED_LENGTH or literal in bits for literal in literals)


def _shortest_heads(prefixes: frozenset[str]) -> list[str]:
    """`prefixes` without those that begin with another of them (looked up by their own
    shorter beginnings: a gate of 250 starts made 62,000 comparisons pairwise)."""
    return [p for p in prefixes if not any(p[:k] in prefixes for k in range(len(p)))]


class Gate:
    """A fast test that `pattern` cannot match a text, given the text folded by `fold`."""

    __slots__ = (
        "_any",
        "_any_source",
        "_shift",
        "at_start",
        "digit_need",
        "digits",
        "head_of",
        "heads",
        "literals",
        "mask",
        "need_of",
        "own",
        "pattern",
        "placed",
        "starts",
    )

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        reading = _reading(pattern)
        self.literals = reading.literals
        self.mask = -1 if self.literals is None else _LITERALS.mask_of(self.literals)
        # If `placed`, a match can begin only where one of the literals in `starts` begins,
        # or where the text begins if `at_start`; else anywhere.
        self.placed = False
        self.starts: Any = None
        self.at_start = False
        # If every start literal has one length, this length minus one (an end in the text
        # minus it is a start, and ends come in order), else -1.
        self._shift = -1
        self.digits: re.Pattern[str] | None = None
        # The bits in `_LITERALS` of the start literals and each bit's literal (keyed by the
        # bit's `bit_length()`: hashing a bit of a mask of 2,000 reads all its digits), so that
        # the sieve's one scan tells which of them stand in a text (`Sieve.begins`); 0 when one
        # is a single letter (it stands everywhere: the scan would report it a dozen times).
        self.heads = 0
        self.head_of: dict[int, str] = {}
        prefixes = reading.starts
        if prefixes is not None and reading.width:
            # (a pattern that may match nothing is left to `re`: its empty matches are many)
            self.placed = True
            self.at_start = _AT_START in prefixes
            if _AT_DIGIT in prefixes:
                self.digits = re.compile(r"\d", pattern.flags & re.ASCII)
            # A literal that begins with another adds no place ("said" where "sa" is), and
            # without such pairs no two literals begin at one place.
            heads = reading.heads
            if heads:
                self.starts = ahocorasick.Automaton()
                for prefix in heads:
                    self.starts.add_word(prefix, len(prefix) - 1)  # its end minus its start
                self.starts.make_automaton()
                lengths = {len(prefix) for prefix in heads}
                if len(lengths) == 1:
                    self._shift = lengths.pop() - 1
                if not any(len(h) == 1 and h.isalpha() for h in heads):
                    self.heads = _LITERALS.mask_of(frozenset(heads))
                    self.head_of = {_LITERALS.bits[h].bit_length(): h for h in heads}
        # For a pattern that is one alternation ("\\b(?:was|were)\\s+signed|formerly|..."),
        # what each start literal's branches need: a place where a literal begins is tried
        # only if one of the branches it begins holds one literal of each of its sets in the
        # text (`Sieve.begins`). Short heads of such a gate with a single letter among them
        # are kept apart (`own`), looked for with `str.find`.
        self.need_of: dict[int, tuple[tuple[int, ...], ...] | None] = {}
        self.digit_need: tuple[tuple[int, ...], ...] | None = None  # (digits: the same)
        self.own: tuple[tuple[str, tuple[tuple[int, ...], ...] | None], ...] = ()
        if self.placed and self.starts is not None and reading.branches is not None:
            self._use_branches(reading.branches, reading.heads)
        # One regex for many literals, compiled on the first `may_match` that needs it (most
        # gates never see a part of a text, and compiling them all cost a process 10 ms).
        self._any: re.Pattern[str] | None = None
        self._any_source: str | None = None
        if self.literals is not None and len(self.literals) > 2:
            ordered = sorted(self.literals, key=lambda s: (-len(s), s))
            self._any_source = "|".join(map(re.escape, ordered))

    def _use_branches(self, read: _BranchReading, start_heads: tuple[str, ...]) -> None:
        """`need_of`, `digit_need` and `own`, from the reading of a pattern whose items are
        zero-width ones, then one alternation (maybe in a plain group), then the rest."""
        heads = set(start_heads)
        # What every branch needs, and each branch's own needs: only the literal sets
        # `_worth_a_bit` (short ones stand in most texts).
        after = [r for r in read[0] if _worth_a_bit(r)]
        branches: list[tuple[frozenset[str], bool, list[frozenset[str]]]] = []
        for begun, at_digit, required in read[1]:
            own = [r for r in required if _worth_a_bit(r)]
            sets = own + [r for r in after if r not in own]
            branches.append((begun, at_digit, sets))
        needs: dict[str, list[tuple[int, ...]] | None] = {h: [] for h in heads}
        digit: list[tuple[int, ...]] | None = []
        for begun, at_digit, sets in branches:
            masks = tuple(_LITERALS.mask_of(r) for r in sets)
            for head in begun:
                known = needs[head]
                if known is not None:
                    if masks:
                        known.append(masks)
                    else:
                        needs[head] = None  # a branch that needs nothing: always tried
            if at_digit and digit is not None:
                if masks:
                    digit.append(masks)
                else:
                    digit = None
        need = {h: None if n is None else tuple(n) for h, n in needs.items()}
        if not self.heads:
            # Heads of a single letter: the heads of three letters or more (or in the shared
            # scan already) go to the scan, the others are looked for alone (they stand in
            # most sentences).
            scanned = frozenset(h for h in heads if _worth_a_bit(frozenset([h])))
            self.heads = _LITERALS.mask_of(scanned) if scanned else 0
            self.head_of = {_LITERALS.bits[h].bit_length(): h for h in scanned}
            self.own = tuple((h, need[h]) for h in sorted(heads - scanned))
        self.need_of = {bit: need[h] for bit, h in self.head_of.items()}
        self.digit_need = None if digit is None else tuple(digit)

    def may_match(self, folded: str, pos: int = 0, endpos: int = _END) -> bool:
        """False only if no match of the pattern can lie in folded[pos:endpos]."""
        if self.literals is None:
            return True
        if self._any_source is not None:
            if self._any is None:
                self._any = re.compile(self._any_source)
            return self._any.search(folded, pos, endpos) is not None
        return any(folded.find(s, pos, endpos) >= 0 for s in self.literals)

    def admits(self, present: int) -> bool:
        """False only if a text holding the literals `present` (its `Sieve.literal_mask`)
        holds none of this gate's: the pattern cannot match it."""
        return self.mask == -1 or bool(present & self.mask)

    def begins(self, folded: str) -> list[int]:
        """The places, in order, where a match can begin (only if `placed`)."""
        starts = self.starts
        if self.digits is not None:
            return self._begins_with_digits(folded)
        if starts is None:
            return [0] if self.at_start else []
        shift = self._shift
        if shift >= 0:
            # One length: the automaton reports matches by their end, in order, so their
            # starts come in order -- nothing to sort.
            found = [end - shift for end, _n in starts.iter(folded)]
            if self.at_start and (not found or found[0]):
                found.insert(0, 0)
            return found
        # No literal begins another (`_shortest_heads`): each place comes once.
        places = sorted([end - n for end, n in starts.iter(folded)])
        if self.at_start and (not places or places[0]):
            places.insert(0, 0)
        return places

    def _begins_with_digits(self, folded: str) -> list[int]:
        """`begins` where a match may also begin at any digit."""
        assert self.digits is not None
        places = {m.start() for m in self.digits.finditer(folded)}
        if self.starts is not None:
            places.update(end - n for end, n in self.starts.iter(folded))
        if self.at_start:
            places.add(0)
        return sorted(places)


def _needed(need: tuple[tuple[int, ...], ...] | None, mask: int) -> bool:
    """Whether a text holding the literals `mask` has, for one of the branches `need` lists,
    a literal of each set the branch requires (None: a branch requires none)."""
    if need is None:
        return True
    for masks in need:
        for m in masks:
            if not mask & m:
                break
        else:
            return True
    return False


def _add_places(places: list[int], folded: str, literal: str) -> None:
    """Every place `literal` begins in `folded`, added to `places`."""
    at = folded.find(literal)
    while at >= 0:
        places.append(at)
        at = folded.find(literal, at + 1)


_gates: dict[int, Gate] = {}


def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of `pattern`, built on first use (keyed by identity: hashing a pattern is slow)."""
    found = _gates.get(id(pattern))
    if found is None or found.pattern is not pattern:
        found = _gates[id(pattern)] = Gate(pattern)
    return found


class Sieve:
    """One text with the regex calls a module makes on it, each skipped when its gate says the
    pattern cannot match; results are exactly those of the pattern's own methods."""

    __slots__ = ("_mask", "_version", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self._mask = 0
        self._version = -1

    def _open(self, pattern: re.Pattern[str], pos: int = 0, endpos: int = _END) -> Gate | None:
        """The gate of `pattern`, or None if the pattern cannot match between `pos` and
        `endpos` (one lookup and one AND for most calls: this runs for every rule)."""
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        mask = g.mask
        if mask == -1:
            return g
        # `g.admits(self.literal_mask())`, inlined: two calls fewer on the path every rule takes
        if self._version != _LITERALS.version:
            self.literal_mask()
        if not self._mask & mask:
            return None
        if (pos == 0 and endpos >= len(self.text)) or g.may_match(self.folded, pos, endpos):
            return g
        return None

    def literal_mask(self) -> int:
        """The bits of the gates' literals the text holds: one scan of the shared automaton,
        kept until a new gate adds literals. A gate may match only where `mask & gate.mask`
        (a gate whose mask is -1 has no literals and may match anywhere)."""
        version = _LITERALS.version
        if self._version != version:
            # (the version read before the scan: a literal another thread adds meanwhile may be
            # missing from this mask, and the next call must scan again for it)
            document = _document  # (read once: another thread may start another document)
            mask = None if document is None else document.mask_of(self.text, version)
            self._mask = _LITERALS.scan(self.folded) if mask is None else mask
            self._version = version
        return self._mask

    def begins(self, g: Gate) -> list[int]:
        """`g.begins(self.folded)` (for a `placed` gate). A gate whose start literals are in the
        sieve's scan looks only for those the scan found, with `str.find`, instead of a pass
        of its own automaton over the text (most of them stand nowhere in a sentence)."""
        heads = g.heads
        own = g.own
        if not heads and not own:
            return g.begins(self.folded)
        if self._version != _LITERALS.version:
            self.literal_mask()
        mask = self._mask
        present = mask & heads
        folded = self.folded
        places: list[int] = []
        added = 0  # literals whose places were added (places of two or more are sorted)
        need_of = g.need_of
        while present:
            # (highest bit first: one operation on the mask's many digits fewer than lowest first)
            key = present.bit_length()  # (hashing the bit itself reads all its digits)
            present ^= 1 << (key - 1)
            if need_of:
                need = need_of[key]
                if need is not None:
                    # `_needed(need, mask)`, inlined (it runs for most literals found)
                    for masks in need:
                        for m in masks:
                            if not mask & m:
                                break
                        else:
                            break  # a branch whose every set has a literal in the text
                    else:
                        continue  # no branch this literal begins can match: no place tried
            _add_places(places, folded, g.head_of[key])
            added += 1
        for literal, need in own:
            if need is None or _needed(need, mask):
                _add_places(places, folded, literal)
                added += 1
        if g.digits is not None and _needed(g.digit_need, mask):
            places = sorted({*places, *(m.start() for m in g.digits.finditer(folded))})
        elif added > 1:
            places.sort()
        if g.at_start and (not places or places[0]):
            places.insert(0, 0)
        return places

    def prefix(self, end: int) -> Sieve:
        """The sieve of `text[:end]`, made without a fold and a scan of its own (a sentence cut
        before what was said is read again in full). Its folded text is this one's cut: a
        character folds to an ASCII letter, the only characters literals hold, alone and the
        same in a part as in the whole. It keeps this text's literals, which include its own:
        a gate that opens for a literal standing only after the cut lets its pattern run on
        the part and find nothing there, so results stay those of a sieve of the part."""
        part = Sieve.__new__(Sieve)
        part.text = self.text[:end]
        part.folded = self.folded[:end]
        part._mask = self.literal_mask()
        part._version = self._version
        return part

    def suffix(self, start: int) -> Sieve:
        """The sieve of `text[start:]`, made as `prefix` makes a part's: its folded text is
        this one's cut, and it keeps this text's literals, which include its own."""
        part = Sieve.__new__(Sieve)
        part.text = self.text[start:]
        part.folded = self.folded[start:]
        part._mask = self.literal_mask()
        part._version = self._version
        return part

    def replaced(self, pattern: re.Pattern[str], repl: str) -> Sieve:
        """The sieve of `self.sub(pattern, repl)` (`repl` plain text, `pattern` never matching
        the empty string), this very sieve when nothing is replaced. Made without a fold and
        a scan of the whole new text, as `prefix` makes a part's (a sentence without its
        asides, its weekdays or its present perfect is read again): its folded text is this
        one's pieces around `repl` folded, and its literals are this text's, which include
        every one standing wholly in a piece kept, and those a scan finds in a window around
        each replacement, which include every one overlapping it or spanning a join."""
        matches = list(self.finditer(pattern))
        if not matches:
            return self
        text = self.text
        folded = self.folded
        mask = self.literal_mask()
        version = self._version
        reach = _LITERALS.longest - 1  # (read after the version: no older literal is longer)
        folded_repl = fold(repl)
        pieces: list[str] = []
        folded_pieces: list[str] = []
        windows: list[tuple[int, int]] = []  # places in the new text to scan around
        last = 0
        at = 0  # the length of the new text so far
        for m in matches:
            start, end = m.span()
            pieces.append(text[last:start])
            folded_pieces.append(folded[last:start])
            at += start - last
            windows.append((max(0, at - reach), at + len(repl) + reach))
            pieces.append(repl)
            folded_pieces.append(folded_repl)
            at += len(repl)
            last = end
        pieces.append(text[last:])
        folded_pieces.append(folded[last:])
        part = Sieve.__new__(Sieve)
        part.text = "".join(pieces)
        part.folded = "".join(folded_pieces)
        merged: list[tuple[int, int]] = []
        for a, b in windows:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        for a, b in merged:
            mask |= _LITERALS.scan(part.folded[a:b])
        part._mask = mask
        part._version = version
        return part

    def may_match(self, pattern: re.Pattern[str], pos: int = 0, endpos: int = _END) -> bool:
        """False only if `pattern` cannot match the text between `pos` and `endpos`."""
        return self._open(pattern, pos, endpos) is not None

    def search(
        self, pattern: re.Pattern[str], pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        # `_open`, inlined: the sieve's most frequent call, and most often no match.
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        if g.mask != -1:
            if self._version != _LITERALS.version:
                self.literal_mask()
            if not self._mask & g.mask:
                return None
            if not (pos == 0 and endpos >= len(self.text)) and not g.may_match(
                self.folded, pos, endpos
            ):
                return None
        if not g.placed:
            return pattern.search(self.text, pos, endpos)
        # The first place, in order, where a match can begin and does: what search finds.
        for at in self.begins(g):
            if at >= endpos:
                break
            if at >= pos:
                m = pattern.match(self.text, at, endpos)
                if m is not None:
                    return m
        return None

    def match(
        self, pattern: re.Pattern[str], pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        # `_open`, inlined: the sieve's third most frequent call, and most often no match.
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        if g.mask != -1:
            if self._version != _LITERALS.version:
                self.literal_mask()
            if not self._mask & g.mask:
                return None
            if not (pos == 0 and endpos >= len(self.text)) and not g.may_match(
                self.folded, pos, endpos
            ):
                return None
        return pattern.match(self.text, pos, endpos)

    def findall(self, pattern: re.Pattern[str]) -> list[Any]:
        # `_open` over the whole text, inlined (as in `sub`).
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        if g.mask != -1:
            if self._version != _LITERALS.version:
                self.literal_mask()
            if not self._mask & g.mask:
                return []
        if not g.placed:
            return pattern.findall(self.text)
        # What findall gives: the whole match, the one group, or a tuple of groups ("" for a
        # group that took no part).
        found = _matches_at(pattern, self.text, self.begins(g))
        if pattern.groups == 0:
            return [m.group() for m in found]
        if pattern.groups == 1:
            return [m.group(1) or "" for m in found]
        return [m.groups("") for m in found]

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        # `_open` over the whole text, inlined (the sieve's second most frequent call).
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        if g.mask != -1:
            if self._version != _LITERALS.version:
                self.literal_mask()
            if not self._mask & g.mask:
                return iter(())
        if not g.placed:
            return pattern.finditer(self.text)
        return _matches_at(pattern, self.text, self.begins(g))

    def finditer_before(self, pattern: re.Pattern[str], before: int) -> Iterator[re.Match[str]]:
        """The matches of `finditer` that start before `before`, in order, without trying any
        place at or after it (a caller that keeps only an earlier match than one it has)."""
        if self._open(pattern) is None:
            return iter(())
        g = _gates[id(pattern)]
        if not g.placed:
            return _starting_before(pattern.finditer(self.text), before)
        places = self.begins(g)
        return _matches_at(pattern, self.text, places[: bisect_left(places, before)])

    def sub(self, pattern: re.Pattern[str], repl: str) -> str:
        # `_open` over the whole text, inlined (run on every sentence by the time cues).
        g = _gates.get(id(pattern))
        if g is None or g.pattern is not pattern:
            g = gate(pattern)
        if g.mask != -1:
            if self._version != _LITERALS.version:
                self.literal_mask()
            if not self._mask & g.mask:
                return self.text
        return pattern.sub(repl, self.text)


class _Document:
    """A document whose sentences are scanned for the gates' literals in one pass over it, on
    the first sieve's demand: a sieve of a sentence takes its mask from here instead of a scan
    of its own (the scans of a document's sentences one by one cost half as much again as the
    one pass: the shared automaton, thousands of literals, falls out of the processor's cache
    between two sentences)."""

    __slots__ = ("_masks", "parts", "text")

    def __init__(self, text: str, parts: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.parts = parts
        # (the version the scan was made with, and each part's text -> its mask)
        self._masks: tuple[int, dict[str, int]] | None = None

    def mask_of(self, text: str, version: int) -> int | None:
        """The bits of the literals `text` holds, if it is one of the parts and the parts were
        scanned with the literals of `version`; else None (it is scanned alone)."""
        masks = self._masks
        if masks is None:
            # (a scan of the version read before it, as `Sieve.literal_mask`'s)
            parts = self.parts
            found = _LITERALS.scan_parts(fold(self.text), parts)
            whole = self.text
            masks = self._masks = (
                version,
                {whole[start:end]: mask for (start, end), mask in zip(parts, found, strict=True)},
            )
        if masks[0] != version:
            return None  # a gate added literals since: the text is scanned alone
        return masks[1].get(text)


_document: _Document | None = None


def read_document(text: str, parts: Sequence[tuple[int, int]]) -> None:
    """Sieves made from now on for the texts `text[start:end]` of `parts` (its sentences: in
    order, none overlapping the next) take their literals from one scan of `text` instead of
    a scan each. Results are those of any sieve: this only saves work. (Folding is one
    character for one, and a character folds to an ASCII letter, a digit or a caseless mark,
    what literals hold, alike in a part as in the whole text.)"""
    global _document
    last = 0
    for start, end in parts:
        if start < last or end < start:
            _document = None  # (parts out of order: every text is scanned alone)
            return
        last = end
    _document = _Document(text, parts)


_RECENT = 4  # sieves kept: a sentence, a clause of it, and the text of the sentence before
_recent: list[Sieve] = []


def sieve_of(text: str) -> Sieve:
    """The sieve of `text`, shared by the modules that look at the same sentence in turn (the
    reactions, the stance of the words from their speaker on, then the time cues): the text is
    folded and scanned once. Found by identity, so a few are kept, newest first."""
    global _recent
    recent = _recent  # read once: another thread may replace it meanwhile
    for sieve in recent:
        if sieve.text is text:
            return sieve
    sieve = Sieve(text)
    _recent = [sieve, *recent[: _RECENT - 1]]
    return sieve


def tail(text: str, start: int) -> str:
    """`text[start:]`, its sieve made from the sieve of `text` (`Sieve.suffix`: no fold and no
    scan of its own) and kept where `sieve_of` finds it: the words after a speaker, read
    through their sieve by the reader of their stance."""
    if start <= 0:
        return text  # (the text itself, as its slice from 0 is)
    global _recent
    part = sieve_of(text).suffix(start)
    _recent = [part, *_recent[: _RECENT - 1]]
    return part.text


def head(text: str, end: int) -> str:
    """`text[:end]`, its sieve made from the sieve of `text` (`Sieve.prefix`) and kept where
    `sieve_of` finds it, as `tail` keeps a tail: the words before an attribution closing the
    sentence, read through their sieve by the reader of who acts in them."""
    if end >= len(text):
        return text  # (the text itself, as its slice to the end is)
    global _recent
    part = sieve_of(text).prefix(end)
    _recent = [part, *_recent[: _RECENT - 1]]
    return part.text


# What other modules keep of the text read last (`kept_until_done`).
_keepers: list[Callable[[], None]] = []


def kept_until_done(forget: Callable[[], None]) -> None:
    """Have `done_reading` call `forget`: a module that keeps something of the text read last
    (a scan, a folded copy, found by identity while the text is read) lets go of it there."""
    _keepers.append(forget)


def done_reading() -> None:
    """Let go of the text read last: the document of `read_document`, the recent sieves and
    what other modules keep of it (`kept_until_done`), so a finished analysis or briefing
    leaves no reference to its document's text. Results never depend on them: each is found
    by identity and made again on demand, so another thread still reading only redoes work."""
    global _document, _recent
    _document = None
    _recent = []
    for forget in _keepers:
        forget()


class StartIndex:
    """Where the matches of several case-sensitive patterns may begin, found for all of them in
    one Aho-Corasick pass over a text (`scan`). For rules run over a whole document: a regex
    search tries every position of it, while the literals its matches start with ("Ministry",
    "President") stand in few places. A pattern with no such literals keeps its own `finditer`.
    """

    __slots__ = ("_automaton", "_size", "_slots")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        # pattern (by identity) -> its slot in a scan, or -1 if it is left to `re`
        self._slots: dict[int, tuple[re.Pattern[str], int]] = {}
        self._size = 0
        heads: dict[str, list[int]] = {}
        for pattern in patterns:
            literals, width = _cased_reading(pattern)
            if literals is None or not width:
                # (a pattern that may match nothing is left to `re`: its empty matches are many)
                self._slots[id(pattern)] = (pattern, -1)
                continue
            slot = self._size
            self._slots[id(pattern)] = (pattern, slot)
            self._size += 1
            # A literal that begins with another adds no place ("Ministry" where "Min" is).
            for head in _shortest_heads(literals):
                heads.setdefault(head, []).append(slot)
        self._automaton: Any = None
        if heads:
            self._automaton = ahocorasick.Automaton()
            for head, slots in heads.items():
                self._automaton.add_word(head, (len(head) - 1, tuple(slots)))
            self._automaton.make_automaton()

    def scan(self, text: str) -> Scan:
        """`text` with the places, in order, where each pattern's matches may begin."""
        found: list[list[int]] = [[] for _ in range(self._size)]
        if self._automaton is not None:
            for end, (shift, slots) in self._automaton.iter(text):
                for slot in slots:
                    found[slot].append(end - shift)
        for places in found:
            if len(places) > 1:
                places.sort()  # reported by their ends: a longer literal's start comes late
        return Scan(text, self._slots, found)


class Scan:
    """One text scanned by a `StartIndex`: `finditer` as the pattern's own, trying only the
    places where a match may begin."""

    __slots__ = ("_places", "_slots", "text")

    def __init__(
        self,
        text: str,
        slots: dict[int, tuple[re.Pattern[str], int]],
        places: list[list[int]],
    ) -> None:
        self.text = text
        self._slots = slots
        self._places = places

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, for a pattern of the index (any other runs as usual)."""
        known = self._slots.get(id(pattern))
        if known is None or known[0] is not pattern or known[1] < 0:
            return pattern.finditer(self.text)
        return _matches_at(pattern, self.text, self._places[known[1]])


def _starting_before(matches: Iterator[re.Match[str]], before: int) -> Iterator[re.Match[str]]:
    """`matches` (in order) up to the first that starts at or after `before`."""
    for m in matches:
        if m.start() >= before:
            return
        yield m


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches, never empty, begin only at
    `places` (in order): `match` at a place is the attempt a search makes there (look-behinds
    and word boundaries still see the text before it), and the next try is where the last
    match ended."""
    after = 0
    for at in places:
        if at < after:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            after = m.end()
