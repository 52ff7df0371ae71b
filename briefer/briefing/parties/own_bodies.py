"""Organisations the text gives to a principal party: its operators, parties, institutions.

"Ukraine's nuclear operator Energoatom", "the regional police", "state-owned Rosatom": what
they say is the side's own voice, not a reaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis.gazetteer import canonical_name, is_territory
from briefer.analysis.model import Analysis, Mention
from briefer.analysis.reactions import (
    government_of,
    is_domestic_institution,
    is_state,
    owner_state,
)
from briefer.briefing.parties.former_states import former_state_names
from briefer.briefing.stats import sentence_index
from briefer.sources.document import Document

# "Ukraine's nuclear operator Energoatom", "the Russian gas company Gazprom": a side's own body.
_OWNER_WORDS = (
    r"(?:['’]s)?\s+(?:(?:main|state|state-owned|state-run|national|nuclear|energy|gas|oil|"
    r"power|largest|biggest|ruling|opposition|governing|former)\s+)*(?:operator|company|firm|"
    r"giant|party|agency|monopoly|broadcaster|utility|producer|supplier|corporation|carrier|"
    r"airline|bank|group)"
)
_OWNER_GAP = re.compile(r"^" + _OWNER_WORDS + r"\s+(?:the\s+)?$")
# "Rosatom, Russia's state nuclear company": the same words after the body's name.
_APPOSITION = re.compile(r"^,\s+(?:the\s+)?$")
_OWNER_AFTER = re.compile(_OWNER_WORDS + r"\b")
# "X, the regional police,", "X, the country's electoral commission,": introduced as one of
# the country's own institutions (no state named in the words).
_INSTITUTION_AFTER = re.compile(
    r",\s+(?:the|its)\s+(?:(?:country|nation|region|state)['’]s\s+)?"
    r"(?:(?:regional|provincial|local|federal|state|national|autonomous|independent)\s+)*"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*(?:,|\.|\s+(?:said|says|announced)\b)"
)
# "state-owned Rosatom", "the state nuclear company X": owned by a state the words leave unnamed.
_STATE_OWNED = re.compile(
    r"\b(?:state-(?:owned|run|controlled)|the\s+state\s+(?:[a-z-]+\s+){0,2}?(?:company|operator|"
    r"firm|corporation|agency|broadcaster|utility|giant|monopoly|media|television|news\s+agency))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Democratic Party", "the People Power Party": a political party is some country's own.
_PARTY_NAME = re.compile(r"\bParty$")
# "the main opposition Democratic Party": a party of the country whose affair the story is.
_HOME_POLITICS = re.compile(
    r"\b(?:opposition|ruling|governing)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE
)


def held_grounds(
    items: Sequence[tuple[Document, Analysis]], principals: Sequence[str]
) -> dict[str, str]:
    """Territory -> the side that holds it: a territory of no state's government (the
    gazetteer's, not itself a side) named in one sentence with a side that is a body of no
    state ("Hamas fired rockets from Gaza"). What the territory's offices say is that side's."""
    groups = {p for p in principals if canonical_name(p) is not None and owner_state(p) is None}
    groups = {p for p in groups if not is_state(p) and not is_territory(p)}
    held: dict[str, str] = {}
    if not groups:
        return held
    for _doc, analysis in items:
        locate = sentence_index(analysis)
        by_sentence: dict[int, set[str]] = {}
        for m in analysis.mentions:
            idx = locate(m.start)
            if idx is not None:
                by_sentence.setdefault(idx, set()).add(m.canonical)
        for names in by_sentence.values():
            sides = sorted(names & groups)
            for name in names:
                if sides and is_territory(name) and name not in principals:
                    held.setdefault(name, sides[0])
    return held


def _names_a_state(prev: Mention | None, at: int) -> bool:
    """Whether a state is named just before offset `at` ("Turkey's state-owned X")."""
    return prev is not None and prev.type in ("GPE", "NORP") and 0 <= at - prev.end <= 3


def own_bodies(
    items: Sequence[tuple[Document, Analysis]], principals: Sequence[str]
) -> dict[str, str]:
    """Organisations the text gives to a principal party: introduced by its name or demonym
    ("Ukraine's nuclear operator Energoatom") or, when the story has one side and no other
    state is named before it, as the opposition or ruling party. What they say is the side's
    own voice, not a reaction."""
    owned: dict[str, str] = {}
    if not principals:
        return owned
    # "Belgrade declared a state of war" in a story of 1999: Yugoslavia's own voice.
    for successor, former in former_state_names(items).items():
        if former in principals and successor not in principals:
            owned[successor] = former
    # "Gaza's health ministry said": the territory an armed side holds speaks with its voice.
    owned.update(held_grounds(items, principals))
    for doc, analysis in items:
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        locate = sentence_index(analysis)
        for k, m in enumerate(ordered):
            if m.type != "ORG" or m.canonical in principals or m.canonical in owned:
                continue
            prev = ordered[k - 1] if k > 0 else None
            party = None
            if prev is not None and prev.type in ("GPE", "NORP"):
                party = government_of(prev.canonical) or prev.canonical
                if party in principals and _OWNER_GAP.match(doc.text[prev.end : m.start]):
                    owned[m.canonical] = party
                    continue
            institution = _INSTITUTION_AFTER.match(doc.text, m.end, m.end + 60)
            if institution is not None and is_domestic_institution(institution.group(1)):
                # "The Mossos d'Esquadra, the regional police, said": a side's own institution.
                owned[m.canonical] = principals[0]
                continue
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if nxt is not None and nxt.type in ("GPE", "NORP"):
                # "Rosatom, Russia's state nuclear company,": introduced after its name.
                state = government_of(nxt.canonical) or nxt.canonical
                gap = doc.text[m.end : nxt.start]
                after = doc.text[nxt.end : nxt.end + 60]
                if state in principals and _APPOSITION.match(gap) and _OWNER_AFTER.match(after):
                    owned[m.canonical] = state
                    continue
            idx = locate(m.start)
            foreign = prev is not None and idx is not None and locate(prev.start) == idx
            foreign = foreign and party is not None and party not in principals
            before = doc.text[max(0, m.start - 40) : m.start]
            state_owned = _STATE_OWNED.search(before)
            if state_owned is not None and not _names_a_state(
                prev, m.start - len(before) + state_owned.start()
            ):
                # "state-owned Rosatom", "the state nuclear company X": a state's body whose
                # state goes unnamed is one of the sides' own.
                owned[m.canonical] = principals[0]
                continue
            home = _HOME_POLITICS.search(before) or _PARTY_NAME.search(m.canonical)
            if len(principals) == 1 and not foreign and home and owner_state(m.canonical) is None:
                owned[m.canonical] = principals[0]
    return owned
