"""Coordinated parties: every party of a list heading a verb ("France, Germany and the UK said",
"Lavrov and his Turkish counterpart"), and the places and contrasts that keep a name out of the
list. Apart because subject finding and acts told as reactions both read lists."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis.affiliation import is_title_gap, title_gap
from briefer.analysis.model import Mention
from briefer.analysis.owners import ROLE_WORDS, is_state, party_of

_COORDINATION = re.compile(
    # "the UN mission (UNSOM), together with the EU" (the abbreviation a mention or not)
    r"^(?:\s*\([\w.-]+\)|\))?"
    r"\s*(?:,\s*|,?\s*(?:and|&)\s+|,?\s+(?:together\s+with|along\s+with|as\s+well\s+as)\s+)"
    r"(?:the\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)  # ("Lavrov and his Turkish counterpart Hakan Fidan")
# A list's separator followed by the next person's title: ", President ", " and Chancellor ".
# (", and" read whole first: "A, and Commissioner B" titles B "Commissioner", not "and ...")
_TITLED_ITEM = re.compile(r"^\s*(?:,?\s*(?:and|&)\s+|,\s*)(?P<title>\S.*)$", re.DOTALL)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_COMMA_AND = re.compile(r"^\s*,\s*and\s", re.IGNORECASE)
_TITLED_AND = re.compile(r"^(?:'s|’s)\s+(?:[a-z-]+\s+){1,3}and\s+(?:the\s+|his\s+|her\s+)?$")


_AND_ROLES_OF = re.compile(r"\s+and\s+(?:the\s+)?(?P<roles>(?:[a-z-]+\s+){1,3})of\s+(?:the\s+)?")


def _titled_people(between: str, first: Mention, second: Mention) -> bool:
    """Whether `between` joins two people in a list, the second with a title of its own
    ("President A, President B and Chancellor C")."""
    titled = _TITLED_ITEM.match(between)
    return (
        titled is not None
        and first.type == second.type == "PERSON"
        and is_title_gap(titled.group("title"))
    )


def listed_together(text: str, first: Mention, second: Mention) -> bool:
    """Whether `second` follows `first` in the same list ("France, Germany and", "President A,
    President B")."""
    between = text[first.end : second.start]
    return bool(_COORDINATION.match(between)) or _titled_people(between, first, second)


def _titled_and(between: str) -> bool:
    """Whether `between` ("'s president and ") joins two titled parties: only role words."""
    words = between.replace("’s", "'s").replace("'s", "").split()
    words = words[:-2] if words and words[-1] in ("his", "her") else words[:-1]
    return bool(words) and all(w in ROLE_WORDS for w in words)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|via)\s+(?:the\s+)?$", re.I)
# "Unlike Moscow, Ankara backed Baku": the party set apart is not among the speakers.
_CONTRAST_BEFORE = re.compile(r"\b(?:unlike|except|apart\s+from)\s+(?:the\s+)?$", re.I)


# A relative clause on a party closed before "and" the next party: ", which lost 17 residents,
# and ", or what the party is: ", the vaccine alliance, and ", ", a network of charities, and ".
_ASIDE_AND = re.compile(
    r",\s+(?:(?:which|who|whose)\s[^,;:\"“”()]{1,80}|(?:the|an?)\s[^,;:\"“”()]{1,60}),\s+and\s+"
    r"(?:the\s+)?"
)
# A second "of" after a role: "The governments of Armenia and Azerbaijan and of Ukraine".
_AND_OF = re.compile(r",?\s+and\s+of\s+(?:the\s+)?")
# The most characters other than whitespace a match of _FROM_BEFORE, _PLACE_BEFORE or
# _CONTRAST_BEFORE holds ("apart from the": 12), with room to spare.
_BEFORE_LETTERS = 16


def _ends_at(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern` (one of the three above, anchored by `$`) matches text ending at `end`:
    `pattern.search(text, 0, end)`, searched only from where the last `_BEFORE_LETTERS` + 1
    characters that are no whitespace begin, since no match holds more of them. (From 0, with
    a whole document's text, each search would read all the text before the list.)"""
    start, letters = end, 0
    while start > 0:
        if not text[start - 1].isspace():
            letters += 1
            if letters > _BEFORE_LETTERS:
                break
        start -= 1
    return pattern.search(text, start, end) is not None


def _coordinated(text: str, mentions: Sequence[Mention], index: int) -> list[Mention]:
    """The mention at `index` with the mentions coordinated before it ("France, Germany and")."""
    group = [mentions[index]]
    front = group[0].start  # where the first member's phrase begins, its title included
    j = index - 1
    while j >= 0:
        between = text[mentions[j].end : front]
        if (
            group[0].type == "PERSON"
            and front == group[0].start
            and mentions[j].type in ("NORP", "GPE", "ORG")
            and between.strip()
            and title_gap(between)
            and j > 0
            and mentions[j - 1].type == "PERSON"
        ):
            # "Kazakh President A and Uzbek President B": the title belongs to B's phrase
            front = mentions[j].start
            j -= 1
            continue
        if _TITLED_AND.match(between) and _titled_and(between):
            group.insert(0, mentions[j])  # "Brazil's president and Colombia's foreign minister"
            front = mentions[j].start
            j -= 1
            continue
        roles = _AND_ROLES_OF.fullmatch(between)
        if roles is not None and all(
            w.lower().removesuffix("s") in ROLE_WORDS for w in roles.group("roles").split()
        ):
            group.insert(0, mentions[j])  # "Macron and the presidents of the G5 Sahel said"
            front = mentions[j].start
            j -= 1
            continue
        if (
            (_ASIDE_AND.fullmatch(between) or _AND_OF.fullmatch(between))
            and mentions[j].type in ("GPE", "ORG")
            and (mentions[j].type == "ORG" or is_state(party_of(mentions[j], {})))
        ):
            # "Sweden, which lost 17 residents, and Afghanistan demanded": a party with an
            # aside of its own, then the next of the list; "The governments of Armenia and
            # Azerbaijan and of Ukraine said": a second "of" the role takes
            group.insert(0, mentions[j])
            front = mentions[j].start
            j -= 1
            continue
        if between == " to " and _ends_at(_FROM_BEFORE, text, mentions[j].start):
            # "Governments from Canberra to Washington demanded": both ends of the range
            group.insert(0, mentions[j])
            front = mentions[j].start
            j -= 1
            continue
        if not _COORDINATION.match(between) and not _titled_people(between, mentions[j], group[0]):
            break
        if between.strip() == "," and (mentions[j].type == "PERSON") != (group[0].type == "PERSON"):
            break  # "in Berlin, Josep Borrell said": an opening phrase, not a list
        if between.strip().lower() in (",", ", the") and (
            _ends_at(_PLACE_BEFORE, text, mentions[j].start)
            or _ends_at(_CONTRAST_BEFORE, text, mentions[j].start)
        ):
            # "Speaking in Brussels, the German chancellor said", "In Brussels, EU officials
            # said", "At the UN, France's ambassador said": where, not who
            break
        if (
            len(group) == 1
            and between.strip().lower() in (",", ", the")
            and _ends_at(_FROM_BEFORE, text, mentions[j].start)
        ):
            # "Britain is sending two ships from Singapore, the Ministry of Defence said": where
            # from, not who (a list after "from" ends on "and": "from France, Italy and Spain")
            break
        # ", and" ends a list ("A, B, and C") or joins two clauses ("..., and B said"):
        # a list has a plain comma before it.
        titled_person = mentions[j].type == "PERSON" and title_gap(
            text[mentions[j - 1].end if j > 0 else 0 : mentions[j].start]
        )  # "The EU's foreign policy chief, Josep Borrell, and the Commission said" (the
        # sentence's first name too: "The bloc's foreign policy chief, X, and Commissioner Y")
        if (
            _COMMA_AND.match(between)
            and len(group) == 1
            and not titled_person
            and "," not in mentions[j].surface  # ("Gavi, the vaccine alliance, and UNICEF")
            and (j == 0 or text[mentions[j - 1].end : mentions[j].start].strip() != ",")
        ):
            break
        if mentions[j].type != "LOC":  # ("the United States, the Gulf states, China": a region
            group.insert(0, mentions[j])  # in a list names no party)
        front = mentions[j].start
        j -= 1
    return group


def coordinated(text: str, mentions: Sequence[Mention], index: int) -> list[Mention]:
    """Public form of `_coordinated`, over mentions with offsets into `text`."""
    return _coordinated(text, mentions, index)
