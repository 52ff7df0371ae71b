"""Parties and groups the documents put on the side of the state of the story: its
opposition, the parties contesting its politics, the group ruling it. By the gold conventions
an internal crisis has the country as its only principal (government, opposition, courts ...),
so what these say is the side's own voice, never a third party's reaction (`build_briefing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention
from briefer.analysis.names.shapes import POSSESSIVE_GAPS
from briefer.analysis.reactions import government_of, home_state, is_state
from briefer.briefing.reports import INTERNATIONAL_WORD, REACH_WORDS
from briefer.briefing.stats import SentenceLocator, sentence_index
from briefer.sources.document import Document

# A party or a person the text calls the opposition: "opposition leader X", "X, the main
# opposition party", "X's opposition", "X, who leads the main opposition coalition".
_OPPOSITION_BEFORE = re.compile(
    r"\bopposition(?:\s+(?:party|parties|coalition|alliance|movement|bloc|group|figure|"
    r"politician|candidate))?(?:\s+leader)?,?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OPPOSITION_AFTER = re.compile(
    r"(?:\s+opposition\s+(?:leader|party|coalition|alliance)|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"opposition\b|,\s+(?:who|which)\s+(?:leads?|led|heads?|headed|chairs?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?opposition\b)",
    re.IGNORECASE,
)


def opposition_of(
    ordered: Sequence[tuple[Document, Analysis]], principals: Sequence[str] = ()
) -> frozenset[str]:
    """The parties and people the documents call the opposition (of the state of the story):
    on the principal's side by the gold conventions ("An internal crisis has the country as its
    only principal: government, opposition, courts ..."), never third parties reacting. One
    placed just before in another state ("In Madrid, the main opposition Popular Party") is
    that state's opposition, a third party."""
    found: set[str] = set()
    for doc, analysis in ordered:
        text = doc.text
        places = [m for m in analysis.mentions if m.type == "GPE"]
        for m in analysis.mentions:
            if m.type not in ("ORG", "PERSON") or m.canonical in found:
                continue
            if (
                "opposition" in m.surface.casefold()
                or "opposition" in m.canonical.casefold()
                or _OPPOSITION_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                or _OPPOSITION_AFTER.match(text, m.end) is not None
            ) and not _placed_abroad(m, places, principals):
                found.add(m.canonical)
        # the party of an opposition leader: "Odinga's National Super Alliance"
        leaders = {m.end for m in analysis.mentions if m.canonical in found}
        for m in analysis.mentions:
            if (
                m.type == "ORG"
                and m.start - 3 in leaders
                and text[m.start - 3 : m.start] in POSSESSIVE_GAPS
            ):
                found.add(m.canonical)
    return frozenset(found)


def _placed_abroad(m: Mention, places: Sequence[Mention], principals: Sequence[str]) -> bool:
    """Whether a state that is no principal is named in the 60 characters before `m` ("In
    Madrid, the main opposition ...", "Spain's opposition ...")."""
    if not principals:
        return False
    for place in places:
        if m.start - 60 <= place.start and place.end <= m.start:
            state = government_of(place.canonical) or place.canonical
            if state not in principals:
                return True
    return False


# A political party by its name, and what tells it contests the state's politics: seats, the
# poll, a round of the vote, a boycott, a ban ("the banned African National Congress").
_PARTY_NAME = re.compile(
    r"\b(?:Party|Front|League|Congress|Movement|Alliance|Union|Brotherhood|Coalition|Bloc)\b"
)
_CONTESTS = re.compile(
    r"\b(?:seats|the\s+(?:poll|polls|ballot|run-?off)|(?:first|second)\s+round|boycott(?:ed|ing)?|"
    r"banned|outlawed)\b",
    re.IGNORECASE,
)


def contesting_parties(ordered: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """Political parties the documents tell contesting a state's politics ("the Islamic
    Salvation Front, which took 188 seats in the first round", "the Awami League had vowed to
    boycott the poll", "the banned X Congress"). They are a principal state's own, not third
    parties (`build_briefing`), in a story of one principal, the country, and beside a second
    side alike ("The National Democratic Alliance, which boycotted the last poll, said it stood
    behind the army")."""
    found: set[str] = set()
    for doc, analysis in ordered:
        text = doc.text
        for m in analysis.mentions:
            if m.type != "ORG" or m.canonical in found or _PARTY_NAME.search(m.canonical) is None:
                continue
            if (
                INTERNATIONAL_WORD.search(m.canonical) is not None
                and "National" not in m.canonical  # ("African National Congress": a nation's)
            ):
                continue
            if _CONTESTS.search(text, max(0, m.start - 60), min(len(text), m.end + 80)):
                found.add(m.canonical)
    return frozenset(found)


# A group told as ruling or governing: "the Taliban administration", "the junta's government",
# "Taliban-run", "the ruling X".
_RULES_AFTER = re.compile(
    r"(?:'s|\u2019s)?(?:\s+|-)(?:administration|government|authorities|regime|rulers|run|led\s+"
    r"government)\b"
)
_RULING_BEFORE = re.compile(r"\b(?:ruling|governing)\s+$", re.IGNORECASE)


def ruling_groups(ordered: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """Groups the documents tell ruling ("the Taliban administration said", "the ruling
    junta"): a ruling group is on its country's side, an actor never a principal or a third
    party of its own (the gold conventions), in a story of one principal and beside a second
    side alike ("the ruling council said its troops had only returned fire")."""
    found: set[str] = set()
    for doc, analysis in ordered:
        text = doc.text
        for m in analysis.mentions:
            if m.type != "ORG" or m.canonical in found:
                continue
            if INTERNATIONAL_WORD.search(m.canonical) is not None:
                continue
            if (
                _RULES_AFTER.match(text, m.end) is not None
                or _RULING_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            ):
                found.add(m.canonical)
    return frozenset(found)


# A group or body by its name ("the Sudanese Professionals Association", "the Tamil National
# Alliance", "the Popular Front", "the Charity Commission"); not a centre or a service, names
# that private and foreign foundations take as often ("the Carter Center").
_GROUP_NAME = re.compile(
    r"\b(?:Association|Party|Movement|Federation|Alliance|Union|Front|Council|Congress|League|"
    r"Convention|Coalition|Forces|Commission|Committee|Agency|Board|Authority)$"
)
# What places a group beyond one country by its name ("Amnesty International", "the Arab
# League", "the Non-Aligned Movement"): the reach words, not `INTERNATIONAL_WORD`'s group words
# themselves ("Union", "Association", which a country's own groups take too).
_REACH_WORD = re.compile(rf"\b(?:{REACH_WORDS}|Non-Aligned|Commonwealth)\b")


def home_groups(
    ordered: Sequence[tuple[Document, Analysis]], principals: Sequence[str]
) -> frozenset[str]:
    """Groups and bodies of a principal state: named as a body ("Association", "Front",
    "Commission") with no other state in the name, and every time the documents name them, in a
    sentence naming no other state and no international body ("The Tamil National Alliance said
    it would not back the new government"). They are that side's own (the gold conventions: its
    government, opposition, courts), never third parties reacting, in an internal crisis and
    beside a second side alike ("The Afar Herders Association said families near the border had
    fled"); a group named beside a foreign state or an international body, or whose name
    reaches beyond one country, stays one."""
    homes = [home for home in principals if is_state(home)]
    if not homes:
        return frozenset()
    # (what each sentence names is the same for every side: read once)
    read = [(analysis, *_states_by_sentence(analysis)) for _doc, analysis in ordered]
    found: set[str] = set()
    for home in homes:
        found |= _groups_of(read, home)
    return frozenset(found)


def _states_by_sentence(analysis: Analysis) -> tuple[SentenceLocator, dict[int, set[str]]]:
    """The states, and the bodies whose name reaches beyond one country, each sentence of an
    analysis names (by sentence index), with the locator that found them."""
    locate = sentence_index(analysis)
    states: dict[int, set[str]] = {}
    for m in analysis.mentions:
        idx = locate(m.start)
        if idx is None:
            continue
        if m.type in ("GPE", "NORP"):
            state = government_of(m.canonical) or m.canonical
            if is_state(state):
                states.setdefault(idx, set()).add(state)
        elif m.type == "ORG" and _REACH_WORD.search(m.canonical) is not None:
            # "At the United Nations, the Special Committee said": a body beyond the country
            states.setdefault(idx, set()).add(m.canonical)
    return locate, states


def _groups_of(
    read: Sequence[tuple[Analysis, SentenceLocator, dict[int, set[str]]]], home: str
) -> set[str]:
    """`home_groups` of one principal state, over each analysis with `_states_by_sentence`."""
    seen: set[str] = set()
    foreign: set[str] = set()
    for analysis, locate, states in read:
        for m in analysis.mentions:
            name = m.canonical
            if m.type != "ORG" or name in foreign or _GROUP_NAME.search(name) is None:
                continue
            if name not in seen and not _of_one_country(name, home):
                foreign.add(name)
                continue
            seen.add(name)
            idx = locate(m.start)
            if idx is not None and states.get(idx, set()) - {home, name}:
                foreign.add(name)
    return seen - foreign


def _of_one_country(name: str, home: str) -> bool:
    """Whether a group's name allows it to be the home state's own: no reach beyond one country
    ("African" only in a nation's own name: "African National Congress"), no other state named,
    not a body the data says acts for no state."""
    reach = _REACH_WORD.search(name)
    if reach is not None and not (reach.group(0) in ("African", "Arab") and "National" in name):
        return False
    state = home_state(name)
    if state is not None:  # (a party the data gives a home: "Funcinpec" is Cambodia's)
        return state == home
    return not gazetteer.acts_for_no_state(name)
