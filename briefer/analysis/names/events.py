"""Events and vessels no list knows.

Events: "Brussels Agreement", "Kosovo War" (so the capital inside is not its government),
"Black Sea Grain Initiative", "Operation Protective Edge". Vessels (FAC, never actors): after a
prefix or a vessel noun ("USS Ronald Reagan", "the survey ship Oruç Reis"), and the other
mentions of the same ship.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefer.analysis.names.edges import cut_tail, skip_leading_stopwords, strip_possessive
from briefer.analysis.names.scan import EVENT_HEAD_RE, scan_anchors
from briefer.analysis.names.shapes import (
    CAPWORD,
    FLAGS,
    NAME,
    ORG_WORD,
    RANK_RULE,
    RANK_VESSEL,
    SHIP_PREFIXES,
    SP,
    Cue,
    Found,
    U,
    clean,
    find_cues,
    is_stop,
    occurrences,
    words,
)

_WORDS_BEFORE_EVENT_RE = re.compile(
    rf"(?<![\w'’-])(?:{ORG_WORD}{SP}(?:and{SP}(?={U}))?){{1,4}}$", FLAGS
)
_EVENT_TAIL_RE = re.compile(
    rf"{SP}(?:on|of|for){SP}(?:the{SP})?{ORG_WORD}"
    rf"(?:{SP}(?:of{SP}|on{SP}|for{SP})?(?:the{SP})?{ORG_WORD}){{0,4}}\b",
    FLAGS,
)
_VESSEL_NAME_RE = re.compile(rf"(?:named |called )?(?P<name>(?={U}){NAME})", FLAGS)
_OPERATION_NAME_RE = re.compile(rf"(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}})", FLAGS)
_PREFIX_SET = frozenset(SHIP_PREFIXES.split("|"))


def vessel_candidates(
    text: str, known: Callable[[str], bool], cues: list[Cue] | None = None
) -> list[Found]:
    """Ships named with a prefix ("USS Ronald Reagan", "BRP Sierra Madre") or just after a
    vessel noun ("the survey ship Oruç Reis"), and the other mentions of the same name ("the
    Oruç Reis sailed"): vessels are not people or organisations (type FAC, never an actor).

    A prefixed ship's bare name is a vessel only after "the" ("the Sierra Madre"): ships are
    often named after people, and "Ronald Reagan" alone is the president. A name the gazetteer
    knows ("a ship Turkey sent") is no vessel's name.
    """
    names_: dict[str, str] = {}
    after_the: dict[str, str] = {}
    for cue, _cue_start, after in find_cues(text) if cues is None else cues:
        if cue == "Operation":
            continue
        m = _VESSEL_NAME_RE.match(text, after)
        if m is None:
            continue
        prefix = cue if cue in _PREFIX_SET else None
        if prefix is not None and m.group("name") != m.group():
            continue  # "USS named" is no ship
        start, end = m.span("name")
        end = strip_possessive(text, start, end)
        kept: list[str] = []
        for word in text[start:end].split():
            if is_stop(word) or (kept and known(word)):
                break
            kept.append(word)
        name = " ".join(kept)
        if not name or known(name) or name.isupper():
            continue
        if prefix is not None:
            full = f"{prefix} {name}"
            names_.setdefault(full, full)
            after_the.setdefault(name, full)
        else:
            names_.setdefault(name, name)
    found: list[Found] = []
    for form, canonical in names_.items():
        for at in occurrences(text, form):
            found.append(Found(at, at + len(form), canonical, "FAC", RANK_VESSEL))
    for form, canonical in after_the.items():
        for at in occurrences(text, form):
            if text[max(0, at - 4) : at] in ("the ", "The "):
                found.append(Found(at, at + len(form), canonical, "FAC", RANK_VESSEL))
    return found


def event_candidates(text: str, cues: list[Cue] | None = None) -> list[Found]:
    """Named events and agreements ("Brussels Agreement", "Dayton Peace Agreement", "Cold War"),
    so that the capital inside one is not counted as its government."""
    found: list[Found] = []
    last_end = 0
    for head in scan_anchors(text).finditer(EVENT_HEAD_RE):
        if head.start() < last_end:
            continue
        lo = max(last_end, head.start() - 120)
        before = _WORDS_BEFORE_EVENT_RE.search(text[lo : head.start()])
        tail = _EVENT_TAIL_RE.match(text, head.end())
        if before is None and tail is None:
            continue
        # (a head first, its name after it: "a Declaration on Allied Interaction")
        start, end = (head.start() if before is None else lo + before.start()), head.end()
        if tail is not None:
            end = tail.end()
        last_end = end
        start = skip_leading_stopwords(text, start, end, keep=_EVENT_LEADS)
        end = cut_tail(text, start, end)
        name = text[start:end]
        if len(name.split()) < 2:
            continue
        found.append(Found(start, end, clean(name), "EVENT", RANK_RULE))
    for cue, cue_start, after in find_cues(text) if cues is None else cues:
        # "Operation Protective Edge": a military operation is an event, not a person.
        m = _OPERATION_NAME_RE.match(text, after) if cue == "Operation" else None
        if m is None:
            continue
        kept: list[str] = []
        for word in m.group("name").split():
            if is_stop(word):
                break
            kept.append(word)
        if kept:
            name = "Operation " + " ".join(kept)
            found.append(Found(cue_start, cue_start + len(name), name, "EVENT", RANK_RULE))
    return found


_EVENT_LEADS = frozenset(words("First Second Third Cold Western Eastern Northern Southern Central"))
