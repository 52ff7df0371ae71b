"""Who a name belongs to: the state or body that owns a name, a seat, an institution or a
title, and the party a speaking mention stands for (`party_of`).

Lookups over the gazetteer and `data/people.tsv`; nothing here reads a sentence beyond the
words next to a mention. `affiliation` reads the text for whom a person speaks and uses these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefer.analysis import gazetteer
from briefer.analysis.model import Mention

# Words a title may hold between an organisation or state and a person's name.
_ROLE_TEXT = """
    's the of a an former acting deputy vice first chief head top senior special high
    president prime minister ministers foreign interior defence defense affairs policy state
    secretary secretary-general spokesperson spokesman spokeswoman ambassador envoy leader
    general commander chancellor premier king queen emperor representative commissioner
    official officials diplomat diplomats negotiator mayor governor director chairman chair
    chairwoman speaker senator lawmaker mp leaders counterpart army military security council
    national adviser rapporteur
    advisor counsellor counselor economy finance trade justice home office ministry agency
    rights human coordinator administrator chargé d'affaires emir sheikh crown prince
    government presidential opposition colonel lieutenant captain major brigadier admiral
    marshal sergeant commodore pope archbishop cardinal imam rabbi staff
    presidents premiers chancellors ambassadors envoys representatives heads commanders
    negotiators delegates counterparts spokesmen
"""
ROLE_WORDS = frozenset(_ROLE_TEXT.split())


_PEOPLE_FILE = Path(__file__).parent / "data" / "people.tsv"


@dataclass(frozen=True, slots=True)
class Tenure:
    """One party a known person spoke for, and when: `first` to `last` (years, inclusive; None
    for an open end)."""

    party: str
    first: int | None = None
    last: int | None = None

    def distance(self, year: int) -> int:
        """Years between `year` and this tenure: 0 within it."""
        if self.first is not None and year < self.first:
            return self.first - year
        if self.last is not None and year > self.last:
            return year - self.last
        return 0


_YEARS = re.compile(r"(\d{4})?\s*(?:-\s*(\d{4})?)?")


def _tenure(party: str, years: str) -> Tenure:
    """The tenure a row's party and years cell give ("1985-1990", "1992-", "-1990", "1985"; an
    empty or unreadable cell is any time)."""
    found = _YEARS.fullmatch(years.strip())
    if found is None or not years.strip():
        return Tenure(party)
    first, last = (int(y) if y else None for y in found.groups())
    if "-" not in years:
        last = first
    return Tenure(party, first, last)


@lru_cache(maxsize=1)
def _known_people() -> dict[str, tuple[Tenure, ...]]:
    """Folded name or alias -> the person's tenures in the file's order, from `data/people.tsv`
    (name, party, aliases by "|", years): heads of state and government, foreign ministers,
    spokespeople and heads of international bodies, one row per party and period (Eduard
    Shevardnadze: the Soviet Union's foreign minister, then Georgia's president). A form two
    people share is the first's. Empty when the file is absent."""
    tenures: dict[str, list[Tenure]] = {}
    forms: dict[str, list[str]] = {}
    try:
        lines = _PEOPLE_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines[1:]:
        cells = [*line.split("\t"), "", ""]
        name = cells[0].strip()
        if not name or name.startswith("#") or not cells[1].strip():
            continue
        key = name.casefold()
        tenures.setdefault(key, []).append(_tenure(cells[1].strip(), cells[3]))
        forms.setdefault(key, [name]).extend(a for a in cells[2].split("|") if a.strip())
    people: dict[str, tuple[Tenure, ...]] = {}
    for key, names in forms.items():
        held = tuple(tenures[key])
        for form in names:
            people.setdefault(form.strip().casefold(), held)
    return people


def known_party(name: str, year: int | None = None, *, since: int | None = None) -> str | None:
    """The state or body a well-known office-holder speaks for ("Lula" -> Brazil), or None.

    In `year` (a document's), the tenure that covers it, else the nearest one (a former leader
    is named by his last office), and none before his first (Neil Kinnock, a commissioner from
    1995, led the British opposition in 1985). With no year, the person's first row (the office
    the data gives first), unless it ended before `since`, a year the document is known not to
    precede (the latest it writes: an undated story recalls older years, so that year bounds
    its own from below and no more), then the first that did not end before."""
    tenures = _known_people().get(name.strip().casefold())
    if not tenures:
        return None
    if year is not None:
        if all(t.first is not None and year < t.first for t in tenures):
            return None
        return min(tenures, key=lambda t: t.distance(year)).party
    if since is not None:
        current = [t for t in tenures if t.last is None or t.last >= since]
        return (current or [max(tenures, key=lambda t: t.last or 0)])[0].party
    return tenures[0].party


_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w .'-]+)$")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(s.name for s in gazetteer.states())


def is_state(canonical: str) -> bool:
    """A sovereign state of the curated data (as opposed to a town, region or group)."""
    return canonical in _state_names()


@gazetteer.tied
@lru_cache(maxsize=4096)
def owner_state(name: str) -> str | None:
    """The state an institution belongs to: by the gazetteer's owner column (Gazprom -> Russia,
    KCNA -> North Korea) or by its name ("Kosovo Police" -> Kosovo, "Russian Foreign Ministry"
    -> Russia); None for states themselves, for bodies the data says act for no state, and for
    other bodies."""
    owner = gazetteer.owner_state(name)
    if owner is not None and is_state(owner):
        return owner
    if gazetteer.acts_for_no_state(name):
        return None  # "Norwegian Refugee Council": not Norway's words
    if _OWN_MEMBERS.search(name) or _LIBERATION.search(name):
        # "the Italian Communist Party", "the Portuguese Football Federation"; a liberation
        # movement fights for a people, not as its state ("Palestine Liberation Organization")
        return None
    return _named_state(name)


def _named_state(name: str) -> str | None:
    """The state a body's name opens with or ends on ("Russian Foreign Ministry", "Export-Import
    Bank of the United States"), or None."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        prefix = _POSSESSIVE.sub("", " ".join(words[:size]))
        found = gazetteer.canonical_name(prefix)
        if found is not None and is_state(found[0]):
            return found[0]
    of = _OF_STATE.search(name)  # "Export-Import Bank of the United States"
    if of is not None:
        # the last "of" first: "Ministry of Foreign Affairs of the Republic of Colombia"
        parts = of.group(1).split(" of ")
        for k in range(len(parts) - 1, -1, -1):
            tail = _STATE_FORM.sub("", " of ".join(parts[k:]))
            found = gazetteer.canonical_name(tail)
            if found is not None and is_state(found[0]):
                return found[0]
    return None


@gazetteer.tied
@lru_cache(maxsize=4096)
def home_state(name: str) -> str | None:
    """The state a body belongs to or is of: its owner (`owner_state`), the state the data
    gives a party or movement (`gazetteer.home_of`: "Funcinpec" -> Cambodia), or for a body of
    its own members the state its name places it in ("Sudanese Professionals Association" ->
    Sudan). Its words are not that state's, but in the state's own affairs it is on the state's
    side, never a third party; so is a region of a state (`gazetteer.state_of_region`: Quebec
    -> Canada), whose government speaks for itself abroad but in its state's affairs is on its
    side. A body the data says acts for no state, or a liberation movement, has none."""
    owner = owner_state(name) or gazetteer.home_of(name) or gazetteer.state_of_region(name)
    if owner is not None:
        return owner
    if _OWN_MEMBERS.search(name) is None or _LIBERATION.search(name) is not None:
        return None
    if gazetteer.acts_for_no_state(name):
        return None
    return _named_state(name)


# Bodies of their own members, whose name's state adjective tells where they are, not whose
# they are: a party, a federation, an association, a movement.
_OWN_MEMBERS = re.compile(r"\b(?:Party|Federation|Association|Movement)$")
_LIBERATION = re.compile(r"\bLiberation\b")


# The formal name of a state around its short one: "the Republic of Colombia".
_STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Democratic|Islamic|Arab|People's|United|Socialist|Bolivarian)\s+)*"
    r"(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate)\s+of\s+(?:the\s+)?"
)


@gazetteer.tied
@lru_cache(maxsize=4096)
def government_of(surface: str) -> str | None:
    """The state a capital or seat stands for when it speaks ("Pristina said" -> Kosovo),
    else None."""
    found = gazetteer.canonical_name(surface)
    if found is not None and is_state(found[0]):
        return found[0]
    return None


@gazetteer.tied
@lru_cache(maxsize=4096)
def seat_of(surface: str) -> str | None:
    """The organisation a seat stands for when it speaks ("Brussels said" -> European Union)."""
    found = gazetteer.canonical_name(surface)
    return found[0] if found is not None and found[1] == "ORG" else None


_INSTITUTION_TEXT = """
    foreign external defence defense interior home justice finance trade economy affairs ministry
    ministries office presidency president presidential cabinet government council national
    electoral supreme constitutional high court courts tribunal assembly parliament senate
    congress police army armed forces military navy air force guard border customs embassy
    central bank prosecutor prosecutors general attorney security service services intelligence
    state of the and for upper lower house houses chamber representatives deputies liaison
    legislative legislature
    education health culture transport energy agriculture fisheries food environment labour
    information
    commission independent election elections reconciliation transitional
    federal department metropolitan disaster emergency management mitigation
    response directorate aviation civil nuclear regulation regulatory authority secret
    anti-corruption bureau investigation mines monetary securities exchange
    referendum appeal safety board agency centre center party socialist socialists democratic
    communist
"""
INSTITUTION_WORDS = frozenset(_INSTITUTION_TEXT.split())


def is_domestic_institution(name: str) -> bool:
    """A body named only by what it is ("Foreign Ministry", "Supreme Court", "National
    Electoral Council"), or by the bare name only some states' bodies bear ("the Supreme
    Soviet", "the House of Commons": `gazetteer.states_naming_bare`): in a news story, the
    unqualified institutions are the principals' own."""
    words = name.casefold().replace("'s", "").replace(",", " ").split()
    if words and all(w in INSTITUTION_WORDS or w in ROLE_WORDS for w in words):
        return True
    return gazetteer.states_naming_bare(name) is not None


# Who reports on a story or comments on it rather than takes part: news outlets and research
# institutes. An outlet cited or an analyst quoted is no party (the gold conventions); a state
# medium (KCNA, Xinhua: an owner in the gazetteer) speaks for its state instead.
_COMMENTATOR_NAMES = frozenset(
    {
        "Reuters",
        "BBC",
        "CNN",
        "Al Jazeera",
        "Bloomberg",
        "Agence France-Presse",
        "Associated Press",
        "Chatham House",
        "International Crisis Group",
        "Council on Foreign Relations",
        "Brookings Institution",
        "Carnegie Endowment for International Peace",
        "RAND Corporation",
        "Atlantic Council",
    }
)
_COMMENTATOR_WORDS = re.compile(
    r"\b(?:News|Press|Broadcasting|Television|Radio|Times|Post|Journal|Gazette|Herald|Tribune|"
    r"Institute|Institution|Endowment|Think[- ]?Tank)\b|\bCent(?:re|er)\s+for\s+(?:[\w-]+\s+){0,4}"
    r"Studies\b"
)


@gazetteer.tied
@lru_cache(maxsize=4096)
def is_commentator(name: str) -> bool:
    """Whether a speaker is an outlet or a research institute with no state behind it ("Reuters
    said", "Professor X of Chatham House said"): it reports or comments, it does not react.
    (Kept per name: asked of every speaker found, a few names a document, each a lookup.)"""
    # (the name's own words first: most speakers are neither, and the owner is a lookup)
    if (
        name not in _COMMENTATOR_NAMES
        and _COMMENTATOR_WORDS.search(name) is None
        and not gazetteer.is_outlet(name)  # ("Meduza said": an outlet the data lists)
    ):
        return False
    return gazetteer.owner_state(name) is None


@gazetteer.tied
@lru_cache(maxsize=4096)
def owner_body(name: str) -> str | None:
    """The organisation or state a title names ("United Nations Secretary-General" -> United
    Nations, "AU Commission chairman" -> African Union); None when it names none."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        prefix = _POSSESSIVE.sub("", " ".join(words[:size]))
        found = gazetteer.canonical_name(prefix)
        if found is not None and found[1] in ("ORG", "GPE"):
            return found[0]
    return None


# An organ that works inside its body: "the Famine Review Committee of X", "the Secretariat of
# X" (councils, offices and missions often speak in their own name, and stay themselves).
_ORGAN_OF = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Committee|Commission|Secretariat|Panel|Command|"
    r"Bureau|Directorate)\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)$"
)


@gazetteer.tied
@lru_cache(maxsize=4096)
def parent_body(name: str) -> str | None:
    """The organisation an organ's name says it belongs to ("Famine Review Committee of the
    Integrated Food Security Phase Classification" -> that classification); None otherwise."""
    organ = _ORGAN_OF.match(name)
    if organ is None or gazetteer.canonical_name(name) is not None:
        return None  # a body known in its own name ("International Committee of the Red Cross")
    found = gazetteer.canonical_name(organ.group("body"))
    return found[0] if found is not None and found[1] == "ORG" else None


def is_title(name: str) -> bool:
    """A "person" name that is really a title ("United Nations Secretary-General")."""
    return any(
        w.lower() in ROLE_WORDS and w.lower() not in ("'s", "the", "of", "a", "an")
        for w in name.split()
    )


def by_surname(name: str, affiliation: Mapping[str, str]) -> str | None:
    """The party of the one affiliated person whose full name holds `name` as its first or
    last word, when `name` is a single word; else None."""
    if " " in name.strip():
        return None
    parties = {
        party
        for person, party in affiliation.items()
        if name in (person.split()[0], person.split()[-1])
    }
    return parties.pop() if len(parties) == 1 else None


# An airline speaks and acts in its own name ("Turkish Airlines said several of its staff had
# been in the building", "Qatar Airways suspended flights"), as the gold names it, even when its
# state owns it.
_CARRIER = re.compile(r"\b(?:Airlines|Airways|Airline|Air\s+Lines)\b")
# A state's own Red Cross or Red Crescent society named as such ("the Mexican Red Cross", "the
# Turkish Red Crescent") acts in its own name, as the gold names it (7 entries of the development
# sets / 1 the state's); one told by its state's possessive ("Iran's Red Crescent") is the state's.
_NATIONAL_SOCIETY = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+Red\s+(?:Cross|Crescent)$")


def party_of(m: Mention, affiliation: Mapping[str, str]) -> str:
    """The party a speaking mention stands for: a person's state or body, a capital's state,
    an institution's state; otherwise the mention's own canonical name."""
    if m.type == "PERSON":
        if m.canonical in affiliation:
            return affiliation[m.canonical]
        known = by_surname(m.canonical, affiliation)
        if known is not None:
            return known  # "Mr Anwar" after "Prime Minister Anwar Ibrahim"
        if is_title(m.canonical):
            return owner_body(m.canonical) or m.canonical
        return m.canonical
    if m.type == "GPE" and not is_state(m.canonical) and not gazetteer.is_former_state(m.canonical):
        return government_of(m.surface) or seat_of(m.surface) or m.canonical
    if m.type == "ORG":
        if m.canonical in affiliation:
            return affiliation[m.canonical]  # "The Foreign Office said": Britain's
        if _CARRIER.search(m.canonical) or _NATIONAL_SOCIETY.search(m.canonical):
            # "Turkish Airlines said": the carrier, whoever owns it; "The British Red Cross
            # opened an appeal": the state's own Red Cross society, a body of its own
            return m.canonical
        return owner_state(m.canonical) or parent_body(m.canonical) or m.canonical
    return m.canonical


def owning_state(
    text: str, mentions: Sequence[Mention], org: Mention, at: int | None = None
) -> str | None:
    """The state whose possessive or adjective names an organisation ("Britain's National
    Cyber Security Centre", "Polish Border Guard"), if one does. `at`: the organisation's
    index in `mentions`, sorted by start, if known: the mention before it is then read back
    from there, not found by a pass over all of them (per organisation, in a long document,
    the square of its length)."""
    if at is None:
        before = [m for m in mentions if m.end <= org.start]
        if not before:
            return None
        prev = before[-1]
    else:
        k = at - 1
        while k >= 0 and mentions[k].end > org.start:
            k -= 1
        if k < 0:
            return None
        prev = mentions[k]
    if prev.type not in ("GPE", "NORP") or text[prev.end : org.start] not in ("'s ", "’s ", " "):
        return None
    state = party_of(prev, {})
    return state if is_state(state) else None
