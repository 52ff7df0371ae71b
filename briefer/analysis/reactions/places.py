"""Places that stand for a speaker: the place a report is filed from ("In Nairobi, ..."), the
place a clause is set in (", where ..."), and a state or its capital opening reported words
("said Washington would ..."). Read by the speaker finder and by the party of an act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Mention
from briefer.analysis.owners import government_of, is_domestic_institution, is_state, party_of

# "In Nairobi, ...", "Meanwhile in Tehran, ...", "From Ankara, ...": where the speaker is.
_IN_PLACE = re.compile(
    r"(?:(?:Meanwhile|Separately|Elsewhere|Back|Over|Later|Earlier),?\s+(?i:in|from|at)|In|From|At)"
    # ("In neighbouring Georgia, ...": the place's own state; "At the Vatican, ...")
    r"\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?([A-Z][\w'’ -]+?),\s+"
)
_IN_CAPITAL = re.compile(_IN_PLACE.pattern + r"(?:a|an|the)?\s*[a-z]")


# What may follow an organisation in the place opening the sentence: its seat, and the city.
_SEAT_REST = re.compile(r"(?:\s+headquarters)?(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")

_WHERE = re.compile(r",?\s+where\s+")


def _state_of(place: str) -> tuple[str, ...]:
    """The state a place named as where a speaker is stands for: the state itself, or the state
    whose capital it is; none for another place."""
    if is_state(place):
        return (place,)
    state = government_of(place)
    return (state,) if state is not None else ()


def _place_where(text: str, mentions: Sequence[Mention], pos: int) -> tuple[str, ...]:
    """The state whose capital, or which itself, is the place just before `pos` ("concern in
    Beijing, where a foreign ministry spokesman said"): an unnamed official there speaks for it."""
    for m in mentions:
        if m.end <= pos and _WHERE.fullmatch(text, m.end, pos) and m.type == "GPE":
            return _state_of(m.canonical)
    return ()


def _place_spoken_in(
    text: str, mentions: Sequence[Mention], start: int, end: int
) -> tuple[str, ...]:
    """The state of the first place after "in" between `start` and `end` ("said in Tokyo", "a
    statement in Paris"): where a body named only by what it is spoke."""
    for m in mentions:
        if (
            start < m.start <= end
            and m.type == "GPE"
            and text[max(0, m.start - 3) : m.start] == "in "
        ):
            return _state_of(m.canonical)
    return ()


def _capital_opening(text: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The state whose capital opens the sentence ("In Beijing, a spokesperson said")."""
    place = _IN_CAPITAL.match(text)
    if place is None or not mentions:
        return ()
    first = mentions[0]
    if first.type == "ORG" and first.start == place.start(1):
        # "At NATO headquarters in Brussels, officials said", "At the United Nations, a
        # spokesman said": the organisation whose seat it is
        rest = _SEAT_REST.fullmatch(place.group(1), first.end - first.start)
        return (first.canonical,) if rest is not None and place.group(0)[:2] == "At" else ()
    if (first.start, first.end) != place.span(1):
        return ()
    return _state_of(first.canonical)


# The article or count before an organ named right after the place: "In London, the Ministry of
# Defence said", "In Tokyo, a Foreign Ministry spokesman said".
_ORGAN_ARTICLE = re.compile(r"(?:the|a|an)\s+")
# The head nouns of a state's organs when no list knows the name ("the Commonwealth Relations
# Office", "the Cooperation Ministry"): a ministry or an office of government.
_ORGAN_HEAD = frozenset(["Ministry", "Office", "Department"])


def _unowned_organ(name: str) -> bool:
    """Whether `name` is a state's organ named only by what it is ("Foreign Ministry",
    "Ministry of Defence"), or an office no list knows ("Commonwealth Relations Office"):
    the text's place says whose it is."""
    if is_domestic_institution(name):
        return True
    words = name.split()
    return len(words) > 1 and words[-1] in _ORGAN_HEAD and gazetteer.canonical_name(name) is None


def placed_organ(text: str, mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """The organ the sentence names right after the capital it opens on, and the capital's
    state ("In London, the Ministry of Defence said" -> ("Ministry of Defence", "United
    Kingdom")): an organ named by what it is speaks for the state where the report places it.
    None for any other sentence."""
    if len(mentions) < 2 or _IN_PLACE.match(text) is None:
        return None
    state = _capital_opening(text, mentions)
    if not state or not is_state(state[0]):
        return None
    organ = mentions[1]
    gap = text[mentions[0].end : organ.start]
    if organ.type != "ORG" or not gap.startswith(","):
        return None
    rest = gap[1:].lstrip()
    if rest and _ORGAN_ARTICLE.fullmatch(rest) is None:
        return None
    return (organ.canonical, state[0]) if _unowned_organ(organ.canonical) else None


_CAPITAL_SUBJECT = re.compile(
    r"\s+(?:(?:reporters|journalists)\s*,?\s+)?(?:adding\s+)?(?:that\s+)?$", re.IGNORECASE
)
_OWN_PREDICATE = re.compile(
    r"\s+(?:would|will|did\s+not|does\s+not|was|remained|remains|stood|stands|wanted|wants|"
    r"hoped|hopes|had|has|is)\b"
)


def _state_subject(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """The state opening the words reported from `pos` as their subject ("said Singapore
    hoped"), by its own name or its capital's, if one does."""
    for m in mentions:
        if m.start < pos:
            continue
        if not _CAPITAL_SUBJECT.fullmatch(text, pos, m.start) or m.type != "GPE":
            return None
        state = party_of(m, {})
        if not is_state(state):
            return None
        return state if _OWN_PREDICATE.match(text, m.end) else None
    return None


def _capital_subject(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """The state whose capital opens the words reported from `pos` as their subject ("said
    Washington would ..."), if one does: a state named by its capital speaks of itself."""
    for m in mentions:
        if m.start < pos:
            continue
        if not _CAPITAL_SUBJECT.fullmatch(text, pos, m.start):
            return None
        state = government_of(m.surface)
        if m.type != "GPE" or state is None or state == m.surface:
            return None
        return state if _OWN_PREDICATE.match(text, m.end) else None
    return None
