"""The gazetteer: every name briefer knows, mapped to one canonical actor.

Built from curated TSV files in `briefer/analysis/data/` (states, organisations, places and
groups: what no library has, such as demonyms, capitals standing for governments and acronyms),
official names from pycountry (and, conservatively, its subdivisions: see
`_subdivision_names`), upper-case dateline variants of state and capital names ("BELGRADE"),
and the user's alias file (`briefer.config.aliases_path()`), which extends and overrides the
rest. Matching is case-sensitive on purpose: case-insensitive place names turn "Of", "Time" and
"Union" into entities.

Public lookups: `canonical_name(name)`, `aliases_of(canonical)`, `actor_type(canonical)`,
`adjective_of(state form)`, `owner_state(body)`, `is_outlet(name)` (data/outlets.txt, or a name
shaped like an outlet's), `states()`, `organisations()`; `current()` is the gazetteer in force
(cached per alias-file mtime, the file looked at once a second or by `refresh()`), `builtin()`
the one without user aliases (kept built in the user cache folder: see `_load_or_build`).

Data file conventions (lists are `|`-separated):

- `countries.tsv`: iso2, name, aliases, capitals, demonyms, seats of government, and for a
  former state the day it ended (`former_state_ended`). Capitals are
  `|`-separated cities, each with `/`-separated spellings, the first being the city's canonical
  name ("Kyiv/Kiev"). A capital used as a metonym ("Belgrade said") stands for the state, a seat
  ("the Kremlin") always does.
- `organisations.tsv`: name, type, aliases, seats (a city that stands for the organisation when
  it acts: Brussels -> European Union), owner (the state or territory a state company, central
  bank, armed force, security service or state medium acts for: see `owner_state`; `-` for a
  body that acts for no state although its name holds one: the Norwegian Refugee Council,
  British Airways, the Lima Group — see `acts_for_no_state`; `-` and a state for a party,
  union or movement of one state's own people, whose words are its own but which is on that
  state's side in its affairs: Funcinpec `-Cambodia` — see `home_of`).
- `bare_bodies.tsv`: a body's bare head word ("Congress", "Senate") and the states whose body
  the news names so (`states_naming_bare`).
- `people.tsv`: name, party, aliases, years: office-holders whom the news names often (heads
  of state and government, ministers, heads of international bodies, leaders of regions with
  governments of their own, leaders of the past the news still names), one row per party and
  period ("1985-1990", "1992-", "-1990"; empty for any time): a person who served several
  states or bodies has a row for each, the aliases on any of them. Their full names and
  aliases are matched as PERSON ("Sheikh Hasina", where "Sheikh" is part of the name), under
  every other entry; the party and years columns are read by `owners.known_party`.
- `places.tsv`: name, type, aliases, status, adjectives, capital, state (regions, seas, rivers,
  towns, ethnic and religious groups). Status `territory` marks a place with authorities of its own
  that act much as a state's do (Hong Kong, Transnistria, the Kurdistan Region): see
  `territories()`. Status `held` marks a territory whose authorities the news names by their
  own names (the Gaza Strip, the West Bank): a territory still, but never an actor itself
  (`held_territories()`). Adjectives are known to lookups ("Catalan" -> Catalonia) but not matched
  alone, being mostly descriptive ("Scottish whisky"); with a head word they name the region's
  own government ("the Scottish government", "Bavarian authorities" -> the region, not its
  state). A capital (spellings
  `/`-separated) is read as a state's is: the region's government when it acts ("Barcelona
  said"), the city otherwise. State is the state a region or dependent territory is part of
  (Quebec -> Canada), empty for a breakaway or disputed one: see `state_of_region`.
- A form starting with `!` is known to lookups but never matched in running text (too ambiguous:
  "Victoria", "Male"); a form starting with `~` is weak: it only counts if no other entry claims
  the same form (Dominica's "Dominican" yields to the Dominican Republic's).

Decision on demonyms: a demonym keeps type NORP on its mention but its canonical actor is the
state ("Serbian police" counts toward Serbia). Ethnic-group usages the data or the entity rules
can see ("Kosovo Serbs", "ethnic Albanians") canonicalise to the group (NORP).

The user alias file is TOML:

    [aliases]
    "Vucic" = "Aleksandar Vučić"     # a new alias, or an override of a built-in one
    "Brussels" = "Belgium"           # overrides: Brussels now stands for Belgium
    "Time" = ""                      # an empty canonical removes a form

    [types]
    "Aleksandar Vučić" = "PERSON"    # type of a canonical (default: its built-in type, else ORG)
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Any, TypeVar

import ahocorasick

from briefer import config, keyed_cache
from briefer.analysis.names.shapes import CUE_WORDS, STOPWORDS, given_names, words
from briefer.errors import BrieferError

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

#: Entity types a user may give in the alias file (spaCy's labels).
VALID_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "DATE"})

#: How a form relates to its actor; entity rules use it (capitals are checked in context).
Kind = str  # "name" | "alias" | "demonym" | "capital" | "seat" | "group" | "user"


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form means."""

    canonical: str
    type: str
    kind: Kind
    #: For a capital: the city's own canonical name (its reading as a place).
    place: str | None = None
    #: False for `!` forms: known to lookups, never matched in text.
    matchable: bool = True


@dataclass
class Gazetteer:
    """Surface forms to entries, actor types and aliases, and the automaton over the forms."""

    forms: dict[str, Entry] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    weak: set[str] = field(default_factory=set)
    #: Forms derived mechanically (upper-case dateline variants), left out of alias lists.
    derived: set[str] = field(default_factory=set)
    _automaton: Any = None
    _folded: dict[str, Entry] | None = None
    _not_people: frozenset[str] | None = None
    _people: frozenset[str] | None = None

    # -- building ---------------------------------------------------------------------------

    def add(self, form: str, entry: Entry, *, override: bool = False) -> None:
        """Register a form; the first claim wins unless `override` or the holder is weak."""
        form = form.strip()
        if not form:
            return
        weak = False
        if form.startswith("!"):
            form = form[1:]
            entry = Entry(entry.canonical, entry.type, entry.kind, entry.place, matchable=False)
        elif form.startswith("~"):
            form = form[1:]
            weak = True
        held = form in self.forms
        if held and not override and form not in self.weak:
            return
        if held and weak and not override:
            return
        self.forms[form] = entry
        if weak:
            self.weak.add(form)
        else:
            self.weak.discard(form)
        self._automaton = None
        self._folded = None
        self._not_people = None
        self._people = None

    def set_type(self, canonical: str, type_: str, *, override: bool = False) -> None:
        if override or canonical not in self.types:
            self.types[canonical] = type_

    def copy(self) -> Gazetteer:
        return Gazetteer(dict(self.forms), dict(self.types), set(self.weak), set(self.derived))

    # -- queries ----------------------------------------------------------------------------

    def automaton(self) -> Any:
        """The Aho-Corasick automaton over matchable forms, built on first use. Each form's
        value is (length, entry, short all-caps form?): what the matching loop needs, ready.
        The name rules' cue words ("ship ", "USS ", "Operation ") ride along with the value
        (length, None, cue word), so one pass over a text finds both."""
        if self._automaton is None:
            auto = ahocorasick.Automaton()
            for form, entry in self.forms.items():
                if entry.matchable:
                    short_caps = len(form) <= 4 and form.isupper()
                    auto.add_word(form, (len(form), entry, short_caps))
            for cue in CUE_WORDS:
                auto.add_word(cue + " ", (len(cue) + 1, None, cue))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def forms_not_people(self) -> frozenset[str]:
        """Every form but people's names: what the name rules treat as known words, so that a
        well-known surname ("Putin") does not cut another person's name ("Sergei Putin")."""
        if self._not_people is None:
            self._not_people = frozenset(f for f, e in self.forms.items() if e.type != "PERSON")
        return self._not_people

    def forms_of_people(self) -> frozenset[str]:
        """People's names and aliases: the rules need not find again what these match."""
        if self._people is None:
            self._people = frozenset(self.forms.keys() - self.forms_not_people())
        return self._people

    def folded(self) -> dict[str, Entry]:
        """Forms keyed by a case- and article-insensitive fold, for lookups by name."""
        if self._folded is None:
            folded: dict[str, Entry] = {}
            for form, entry in self.forms.items():
                folded.setdefault(fold(form), entry)
            for canonical, type_ in self.types.items():
                folded.setdefault(fold(canonical), Entry(canonical, type_, "name"))
            self._folded = folded
        return self._folded

    def lookup(self, name: str) -> Entry | None:
        """The entry for a name as written, else its folded form (case, "the", dots), else its
        "-ization" spelling."""
        entry = self.forms.get(name.strip())
        if entry is None:
            entry = self.folded().get(fold(name))
        if entry is None and "isation" in name:
            # British and American spellings name one body ("Palestine Liberation Organisation")
            entry = self.folded().get(fold(name.replace("isation", "ization")))
        return entry

    def aliases_of(self, canonical: str) -> list[str]:
        """Every form that resolves to `canonical` (its own name first), demonyms included."""
        found = [
            f
            for f, e in self.forms.items()
            if (e.canonical == canonical or e.place == canonical) and f not in self.derived
        ]
        found.sort(key=lambda f: (f != canonical, len(f), f))
        if canonical in self.types and canonical not in found:
            found.insert(0, canonical)
        return found


def fold(name: str) -> str:
    """A loose key: case-folded, leading "the " dropped, whitespace collapsed."""
    key = " ".join(name.split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return key


# -- built-in data ----------------------------------------------------------------------------


def _lines(filename: str) -> list[str]:
    """A data file's lines, without blank lines and `#` comments."""
    text = resources.files("briefer.analysis").joinpath("data", filename).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(filename: str) -> list[list[str]]:
    lines = _lines(filename)
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append([c.strip() for c in cells])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _plain(form: str) -> str:
    return form.lstrip("!~")


_T = TypeVar("_T")
# The `cache_clear` of every cached lookup whose answers read the gazetteer in force.
_tied: list[Callable[[], None]] = []


def tied(cached: _lru_cache_wrapper[_T]) -> _lru_cache_wrapper[_T]:
    """Mark an `lru_cache`d lookup of names as reading the gazetteer in force: it is emptied
    whenever another gazetteer takes over (the alias file edited, another BRIEFER_HOME), so a
    reader left open never answers from aliases that are gone."""
    _tied.append(cached.cache_clear)
    return cached


@dataclass(frozen=True, slots=True)
class State:
    """One row of countries.tsv, for coverage checks and the capital rule."""

    iso2: str
    name: str
    aliases: tuple[str, ...]
    #: Each capital city as its spellings, canonical spelling first.
    capitals: tuple[tuple[str, ...], ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    #: The day a former state ended (None for a state of today).
    ended: date | None = None


@lru_cache(maxsize=1)
def _all_states() -> tuple[State, ...]:
    return tuple(
        State(
            iso2,
            name,
            tuple(_split(aliases)),
            tuple(tuple(c.strip() for c in city.split("/")) for city in _split(capitals)),
            tuple(_split(demonyms)),
            tuple(_split(seats)),
            date.fromisoformat(ended) if ended else None,
        )
        for iso2, name, aliases, capitals, demonyms, seats, ended in _rows("countries.tsv")
    )


@lru_cache(maxsize=1)
def states() -> tuple[State, ...]:
    """Every state in the curated data (UN members and observers, Kosovo, Taiwan)."""
    return tuple(s for s in _all_states() if len(s.iso2) == 2)


@lru_cache(maxsize=1)
def former_states() -> frozenset[str]:
    """States that no longer exist (the Soviet Union, Yugoslavia, Czechoslovakia, East Germany:
    countries.tsv rows with an ISO 3166-3 code): they spoke and acted in the news of their
    time, so they may be a reaction's speaker, but they are no state of the present."""
    return frozenset(s.name for s in _all_states() if len(s.iso2) != 2)


def is_former_state(canonical: str) -> bool:
    """True for a state of the past (see `former_states`)."""
    return canonical in former_states()


@lru_cache(maxsize=1)
def _former_state_ends() -> dict[str, date]:
    return {s.name: s.ended for s in _all_states() if len(s.iso2) != 2 and s.ended is not None}


def former_state_ended(canonical: str) -> date | None:
    """The day a former state ended (the Soviet Union: 26 December 1991), None for any other
    name: a story told before that day may name it as a state of its time."""
    return _former_state_ends().get(canonical)


@lru_cache(maxsize=1)
def organisations() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, type, aliases, seats) for every organisation in the curated data."""
    return tuple(
        (name, type_, tuple(_split(aliases)), tuple(_split(seats)))
        for name, type_, aliases, seats, _owner in _rows("organisations.tsv")
    )


#: The owner column's word for "acts for no state".
NO_STATE = "-"


def is_independent(name: str) -> bool:
    """A body the data knows and gives no owning state (an armed group, a party, a company):
    it speaks and acts for itself, whatever state its name begins with."""
    return canonical_name(name) is not None and owner_state(name) is None


def governed_from(name: str) -> str | None:
    """The state or region whose capital the city `name` is ("Moscow" -> Russia, "Erbil" ->
    Iraqi Kurdistan), None for any other name: a seat that speaks or stands for its government
    ("officials in Erbil said", "Moscow radio said")."""
    entry = current().lookup(name)
    if entry is None or entry.kind != "capital" or entry.place != name:
        return None
    return entry.canonical if entry.canonical != name else None


@lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    """Organisation -> the state (or territory) that owns or commands it (the owner column)."""
    return {
        name: owner
        for name, _t, _a, _s, owner in _rows("organisations.tsv")
        if owner and not owner.startswith(NO_STATE)
    }


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    """Organisation -> the state whose own people's party, union or movement it is (an owner
    cell `-State`)."""
    return {
        name: owner[len(NO_STATE) :].strip()
        for name, _t, _a, _s, owner in _rows("organisations.tsv")
        if owner.startswith(NO_STATE) and owner != NO_STATE
    }


def home_of(name: str) -> str | None:
    """The state a party, union or movement belongs to by the data, by any of its forms
    ("Funcinpec" -> Cambodia, "VHP" -> India): its words are its own (no `owner_state`), but in
    its state's own affairs it is on the state's side, never a third party. None for other
    names, whose name may still place them (`owners.home_state`)."""
    entry = current().lookup(name)
    return _homes().get(entry.canonical if entry is not None else name.strip())


@lru_cache(maxsize=1)
def _stateless() -> frozenset[str]:
    return frozenset(
        name for name, _t, _a, _s, owner in _rows("organisations.tsv") if owner.startswith(NO_STATE)
    )


def acts_for_no_state(name: str) -> bool:
    """Whether the data says a body speaks for itself although a state's name or demonym
    opens its own ("Norwegian Refugee Council", "British Airways", "Iraqi National Congress"):
    its words are never that state's (a party may still have a home: `home_of`)."""
    entry = current().lookup(name)
    return (entry.canonical if entry is not None else name.strip()) in _stateless()


def owner_state(name: str) -> str | None:
    """The state (or self-governing territory) a body belongs to and acts for, by any of its
    forms: a state company ("Gazprom" -> Russia), central bank, armed force ("PLA" -> China),
    security service or state medium ("KCNA" -> North Korea); None for independent bodies
    (private companies, public broadcasters with editorial independence, parties, armed
    groups) and unknown names. The body stays an actor of its own (its canonical name is
    unchanged); this says whose act its act is.
    """
    entry = current().lookup(name)
    return _owners().get(entry.canonical if entry is not None else name.strip())


@lru_cache(maxsize=1)
def _bare_bodies() -> dict[str, frozenset[str]]:
    return {word: frozenset(_split(states)) for word, states in _rows("bare_bodies.tsv")}


def states_naming_bare(word: str) -> frozenset[str] | None:
    """The states whose body the news names by `word` alone ("Congress", "Senate";
    data/bare_bodies.tsv), None for a word that names no such body."""
    return _bare_bodies().get(word)


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """Canonical names of the news outlets the data knows (data/outlets.txt)."""
    return frozenset(line.strip() for line in _lines("outlets.txt"))


#: The last words of an outlet's own name ("Kabul Times", "Channel News", "Rudaw TV").
_OUTLET_NAME = re.compile(
    r"\s(?:News|Times|Post|Herald|Gazette|Journal|Tribune|Daily|Television|TV|Radio|"
    r"Broadcasting|Press|Dispatch|Wire)$"
)


@tied
@lru_cache(maxsize=4096)
def is_outlet(name: str) -> bool:
    """Whether a name is a news outlet's: one the data knows, by any of its forms ("AFP",
    "Washington Post"), or a name shaped like one ("Kabul Times", "China News"). Kept per name:
    the briefing asks it of every organisation mentioned."""
    if name in _outlets() or _OUTLET_NAME.search(name) is not None:
        return True
    entry = current().lookup(name)
    return entry is not None and entry.canonical in _outlets()


def _upper_variant(form: str) -> str | None:
    """'BELGRADE' for datelines and headlines; only for long, plain names."""
    plain = _plain(form)
    if form[:1] in "!~" or len(plain) < 4 or not plain[:1].isupper():
        return None
    upper = plain.upper()
    return upper if upper != plain else None


def _pycountry_names() -> dict[str, list[str]]:
    """Official and common names by ISO code; names with commas ("Korea, Republic of") skipped."""
    import pycountry

    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = []
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str) and "," not in value and "(" not in value:
                found.append(value)
        names[country.alpha_2] = found
    return names


#: Countries whose one-word subdivision names are distinctive in English news
#: (US states, Canadian provinces, Indian and Nigerian states...).
_SUBDIVISION_COUNTRIES = frozenset(words("US CA AU IN CN BR MX NG PK AF ET KE TR"))
#: Words that disqualify a subdivision name anywhere in it ("Saint Joseph", "Harari People").
_SUBDIVISION_BAD_WORDS = frozenset(words("Saint People Peoples Coast Christ Church Rivers"))
#: One-word subdivision names that are also ordinary words, given names or other places.
_SUBDIVISION_STOP = frozenset(
    words(
        """
        Delta Plateau Centre Central Coast Lakes Gulf Bay Most Mary Lola Isabel Aurora Cascade
        Cascades Midlands Highlands Islands Capital Unity Upper Lower Plains Valley River Mount
        Maritime Littoral Savanes Sud Nord Ouest Est Western Eastern Northern Southern Acre Orange
        Victoria Georgia Jordan Washington Montana Virginia Carolina
        Alberta Granada Asturias Cantabria Murcia Navarra Aragon Galicia Madrid Roma Milano Napoli
        Torino Genova Venezia Firenze Bologna Sardegna Sicilia Puglia Toscana Lombardia Veneto
        Piemonte Campania Calabria Marche Umbria Lazio Molise Abruzzo Liguria Bolzano Trento Rivers
        Batman Hidalgo Guerrero Morelos Amara
        """
    )
)


def _subdivisions() -> list[tuple[str, str]]:
    """(name, country code) of every subdivision pycountry lists, in its order, read from its
    data file: pycountry's own loading makes and indexes an object per entry (5,000 of them,
    about 25 ms of every new process's first analysis, against 5 ms for the file)."""
    import pycountry

    db = pycountry.subdivisions
    try:
        with open(db.filename, encoding="utf-8") as f:
            entries = json.load(f)[db.root_key]
        # (as pycountry reads them: the name as given, the country the code's first part)
        return [(str(e["name"]), str(e["code"]).split("-")[0]) for e in entries]
    except (AttributeError, OSError, KeyError, TypeError, ValueError):  # another layout
        return [(str(sub.name), str(sub.country_code)) for sub in db]


@lru_cache(maxsize=1)
def subdivision_states() -> dict[str, frozenset[str]]:
    """Subdivision name (as pycountry writes it) -> codes of the states that have a subdivision
    so named ("Goa" -> IN, "Punjab" -> IN and PK): a province, a region or a US state lies in
    its state, however its name is matched (`place_states`)."""
    found: dict[str, set[str]] = {}
    for name, country_code in _built()[1]:
        found.setdefault(name, set()).add(country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


def names_subdivisions_distinctly(country_code: str) -> bool:
    """True for a state whose subdivisions English news names as well-known places of it
    (US states, Canadian provinces, Indian states: `_SUBDIVISION_COUNTRIES`)."""
    return country_code in _SUBDIVISION_COUNTRIES


def _subdivision_names(subdivisions: list[tuple[str, str]]) -> list[str]:
    """Subdivision names from pycountry that are safe to match in running text.

    pycountry's local and transliterated forms ("Kharkivska oblast", "Ḩalab") and one-word names
    that are also English words ("Delta", "Plateau") would add junk, so only plain Latin names
    are kept: multiword ones ("North Kivu", "White Nile", "West Virginia") from any country, and
    one-word ones from countries listed in _SUBDIVISION_COUNTRIES.
    """
    plain = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|and|of))*")
    found: list[str] = []
    for name, country_code in subdivisions:
        if not plain.fullmatch(name) or len(name) < 5:
            continue
        words = re.split(r"[ -]", name)
        if any(w in _SUBDIVISION_BAD_WORDS for w in words):
            continue
        if len(words) == 1:
            if country_code not in _SUBDIVISION_COUNTRIES or name in given_names():
                continue
            if name in _SUBDIVISION_STOP:
                continue
        elif words[0] in given_names() or all(w in STOPWORDS for w in words if w[0].isupper()):
            continue
        if any(w in STOPWORDS for w in words[:1]) and len(words) == 1:
            continue
        found.append(name)
    return found


#: Words after a region's adjective that name its own government ("the Catalan government").
_GOVERNMENT_HEADS = (
    "government",
    "Government",
    "regional government",
    "Regional Government",
    "devolved government",
    "authorities",
    "regional authorities",
    "executive",
    "Executive",
)


def builtin() -> Gazetteer:
    """The gazetteer from the bundled data and pycountry (no user aliases), built once per
    process, from the cache file when it is there (see `_load_or_build`)."""
    return _built()[0]


def _other_spelling(form: str) -> str | None:
    """The form with "-isation" for "-ization" or the reverse, or None if it has neither."""
    if "ization" in form:
        return form.replace("ization", "isation")
    if "isation" in form:
        return form.replace("isation", "ization")
    return None


def _build(subdivisions: list[tuple[str, str]]) -> Gazetteer:
    """Build the gazetteer from the bundled data and pycountry (`subdivisions` read from it)."""
    gaz = Gazetteer()
    seat_of: dict[str, str] = {}
    for name, _type, _aliases, seats in organisations():
        for seat in seats:
            seat_of[seat] = name

    # Pass 1: names and aliases of states, organisations, places; these claim their forms first.
    for state in _all_states():
        gaz.set_type(state.name, "GPE")
        gaz.add(state.name, Entry(state.name, "GPE", "name"))
        for alias in state.aliases:
            gaz.add(alias, Entry(state.name, "GPE", "alias"))
        for seat in state.seats:
            gaz.add(seat, Entry(state.name, "GPE", "seat"))
    for name, type_, aliases, _seats in organisations():
        gaz.set_type(name, type_)
        gaz.add(name, Entry(name, type_, "name"))
        for alias in aliases:
            gaz.add(alias, Entry(name, type_, "alias"))
    for name, type_, aliases, _seats in organisations():
        # British and American spellings name one body ("Palestine Liberation Organisation",
        # "World Health Organization"): the other spelling, where no form of its own holds it
        for form in (name, *aliases):
            other = _other_spelling(form)
            if other is not None and other not in gaz.forms:
                gaz.add(other, Entry(name, type_, "alias"))
                gaz.derived.add(other)
    for name, type_, aliases_cell, _status, adjectives, _capital, _state in _rows("places.tsv"):
        kind = "group" if type_ == "NORP" else "name"
        gaz.set_type(name, type_)
        gaz.add(name, Entry(name, type_, kind))
        for alias in _split(aliases_cell):
            gaz.add(alias, Entry(name, type_, kind))
        for adjective in _split(adjectives):  # "the Scottish government" is Scotland's
            for head in _GOVERNMENT_HEADS:
                gaz.add(f"{adjective} {head}", Entry(name, type_, "alias"))

    # Pass 2: capitals (context decides city or government), then demonyms. A former state's
    # capital is one no state of today holds (East Berlin, Saigon): today's claim theirs first.
    for state in _all_states():
        for spellings in state.capitals:
            city = _plain(spellings[0])
            government = seat_of.get(city, state.name)
            gaz.set_type(city, "GPE")
            for spelling in spellings:
                gaz.add(spelling, Entry(government, "GPE", "capital", place=city))
    for state in _all_states():
        for demonym in state.demonyms:
            gaz.add(demonym, Entry(state.name, "NORP", "demonym"))
    for place, _kind, _forms, _status, adjectives, capital, _state in _rows("places.tsv"):
        for adjective in _split(adjectives):
            gaz.add("!" + adjective, Entry(place, "NORP", "demonym"))
        if capital:  # a region's seat of government: "Erbil said" is Iraqi Kurdistan's
            seat_forms = [s.strip() for s in capital.split("/")]
            city = seat_forms[0]
            gaz.set_type(city, "GPE")
            for spelling in seat_forms:
                held = gaz.forms.get(spelling)
                gaz.add(
                    spelling,
                    Entry(place, "GPE", "capital", place=city),
                    override=held is not None and held.canonical == city,
                )

    # Pass 3: official names from pycountry for our states; other territories as GPE.
    by_iso = {s.iso2: s.name for s in states()}
    for iso2, names in _pycountry_names().items():
        canonical = by_iso.get(iso2)
        for name in names:
            target = canonical or names[0]
            if canonical is None:
                gaz.set_type(target, "GPE")
            gaz.add(name, Entry(target, "GPE", "alias" if canonical else "name"))

    # Pass 4: subdivisions, conservatively (see _subdivision_names); never over other data.
    for name in _subdivision_names(subdivisions):
        gaz.set_type(name, "GPE")
        gaz.add(name, Entry(name, "GPE", "name"))

    # Pass 4b: well-known people, under every other entry.
    for name, _party, aliases_cell, _years in _rows("people.tsv"):
        gaz.set_type(name, "PERSON")
        gaz.add(name, Entry(name, "PERSON", "name"))
        for alias in _split(aliases_cell):
            gaz.add(alias, Entry(name, "PERSON", "alias"))

    # Pass 4c: a state's own Red Cross or Red Crescent society ("Libyan Red Crescent") is a
    # body of its own, not the international movement.
    for adjective in _adjectives().values():
        for movement in ("Red Cross", "Red Crescent"):
            for suffix in ("", " Society"):
                society = f"{adjective} {movement}{suffix}"
                gaz.add(
                    society, Entry(f"{adjective} {movement}", "ORG", "alias" if suffix else "name")
                )
        gaz.set_type(f"{adjective} Red Cross", "ORG")
        gaz.set_type(f"{adjective} Red Crescent", "ORG")

    # Pass 5: upper-case variants of state names and capitals, for datelines ("BELGRADE -"),
    # and "The Commonwealth" for an alias written "the Commonwealth" (a sentence's subject).
    for form, entry in list(gaz.forms.items()):
        if entry.kind in ("name", "capital") and entry.type == "GPE" and entry.matchable:
            upper = _upper_variant(form)
            if upper and upper not in gaz.forms:
                gaz.add(upper, entry)
                gaz.derived.add(upper)
        if form.startswith("the ") and entry.matchable:
            capitalised = "T" + form[1:]
            if capitalised not in gaz.forms:
                gaz.add(capitalised, entry)
                gaz.derived.add(capitalised)
    # Pass 6: the Arabic article of a body's name written every way English news writes it
    # ("al-Qaeda in the Islamic Maghreb", "Al Qaeda in the Islamic Maghreb", "al Qaeda ..."),
    # so that a longer name is not read as its shorter namesake plus a stray place.
    for form, entry in list(gaz.forms.items()):
        if entry.type == "ORG" and entry.matchable and _ARTICLE.match(form):
            rest = form[3:]
            for variant in ("al-" + rest, "Al-" + rest, "al " + rest, "Al " + rest):
                if variant not in gaz.forms:
                    gaz.add(variant, entry)
                    gaz.derived.add(variant)
    # Pass 7: a UN body's name as English news spells it, wherever "United Nations" stands in
    # it ("UN High Commissioner for Refugees", "U.N. Development Programme", "Office of the
    # U.N. High Commissioner for Human Rights"), so that the name is not read as "UN" and a
    # stray title, nor cut at the abbreviation's first full stop.
    for form, entry in list(gaz.forms.items()):
        found = _UNITED_NATIONS.search(form)
        if entry.type == "ORG" and entry.matchable and found is not None:
            before, rest = form[: found.start()], form[found.end() :]
            for variant in (before + short + rest for short in ("UN ", "U.N. ")):
                if variant not in gaz.forms:
                    gaz.add(variant, entry)
                    gaz.derived.add(variant)
    return gaz


_UNITED_NATIONS = re.compile(r"(?:^|(?<= ))(?:United Nations|UN|U\.N\.) (?=[A-Z])")


# -- the built gazetteer, kept on disk ----------------------------------------------------------
#
# Building the gazetteer cost a fresh process about 0.11 s of its first analysis (pycountry's
# import and names, 9,500 forms added one by one): every `briefer brief FILE`, index worker
# and first briefing of the reader paid it. It is a pure function of the inputs `cache_key`
# hashes, so it is kept in one JSON file in the user cache folder under that key, and built
# again when any input changes. The user's alias file is applied over it afterwards, as ever
# (`with_user_aliases`). A missing, corrupt or unwritable file only means building again.

#: The cache file's layout; the key covers what it holds.
_CACHE_FORMAT = 3
_CACHE_FILE = "gazetteer.json"
#: briefer's own files the gazetteer is built from (this module's code, the name shapes' code
#: and given names, the curated data), relative to `briefer.analysis`.
_BUILT_FROM = (
    "gazetteer.py",
    "names/shapes.py",
    "data/given_names.txt",
    "data/countries.tsv",
    "data/organisations.tsv",
    "data/places.tsv",
    "data/people.tsv",
)
#: pycountry's files it reads (its code, which picks the names, and its two databases).
_PYCOUNTRY_FILES = ("__init__.py", "db.py", "databases/iso3166-1.json", "databases/iso3166-2.json")


def cache_key() -> str | None:
    """A hash of every input of the build: briefer's version, its files in `_BUILT_FROM` and
    pycountry's in `_PYCOUNTRY_FILES` (whose version they are). None when an input cannot be
    read: then no cache."""
    from briefer import __version__

    pycountry = keyed_cache.package_dir("pycountry")
    if pycountry is None:
        return None
    ours = resources.files("briefer.analysis")
    return keyed_cache.key_of(
        f"{_CACHE_FORMAT} {__version__}",
        [
            *((name, ours.joinpath(name)) for name in _BUILT_FROM),
            *((name, pycountry / name) for name in _PYCOUNTRY_FILES),
        ],
    )


@lru_cache(maxsize=1)
def _built() -> tuple[Gazetteer, list[tuple[str, str]]]:
    return _load_or_build()


def _load_or_build() -> tuple[Gazetteer, list[tuple[str, str]]]:
    """The built gazetteer and pycountry's subdivisions (name, country code), read from the
    cache file if it holds them under the inputs' key, else built and written there."""
    return keyed_cache.kept(
        _CACHE_FILE,
        cache_key(),
        _build_with_subdivisions,
        lambda built: _to_kept(*built),
        _from_kept,
    )


def _build_with_subdivisions() -> tuple[Gazetteer, list[tuple[str, str]]]:
    subdivisions = _subdivisions()
    return _build(subdivisions), subdivisions


def _to_kept(gaz: Gazetteer, subdivisions: list[tuple[str, str]]) -> dict[str, Any]:
    """The gazetteer as JSON: each entry once, the forms in their order pointing at it."""
    entries: dict[Entry, int] = {}
    of = [entries.setdefault(entry, len(entries)) for entry in gaz.forms.values()]
    return {
        "entries": [[e.canonical, e.type, e.kind, e.place, e.matchable] for e in entries],
        "forms": list(gaz.forms),
        "entry_of": of,
        "types": gaz.types,
        "weak": sorted(gaz.weak),
        "derived": sorted(gaz.derived),
        "subdivisions": subdivisions,
    }


def _from_kept(data: Any) -> tuple[Gazetteer, list[tuple[str, str]]] | None:
    """What `_to_kept` wrote; None for anything else (a corrupt or foreign value)."""
    try:
        entries = [
            Entry(str(c), str(t), str(k), None if p is None else str(p), bool(m))
            for c, t, k, p, m in data["entries"]
        ]
        forms = data["forms"]
        of = data["entry_of"]
        types = data["types"]
        if (
            len(forms) != len(of)
            or not all(isinstance(f, str) for f in forms)
            or not isinstance(types, dict)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in types.items())
        ):
            return None
        gaz = Gazetteer(
            dict(zip(forms, [entries[i] for i in of], strict=True)),
            types,
            set(map(str, data["weak"])),
            set(map(str, data["derived"])),
        )
        subdivisions = [(str(name), str(code)) for name, code in data["subdivisions"]]
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    return gaz, subdivisions


_ARTICLE = re.compile(r"[Aa]l[- ][A-Z]")


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    """Canonical names of territories with authorities of their own (places.tsv status
    `territory`): not states, but they act like one in the news ("Hong Kong restricted
    imports", "Transnistria's leaders said")."""
    return frozenset(row[0] for row in _rows("places.tsv") if row[3] in ("territory", "held"))


@lru_cache(maxsize=1)
def held_territories() -> frozenset[str]:
    """Territories whose authorities the news names as parties of their own (places.tsv status
    `held`: the Gaza Strip of Hamas, the West Bank of the Palestinian Authority and the
    occupying army). They are territories to the choice of sides (the ground an armed group
    acts from), but "Gaza's health ministry" is Hamas's and "raids in the West Bank" the army's:
    the place itself is never an actor."""
    return frozenset(row[0] for row in _rows("places.tsv") if row[3] == "held")


def is_territory(canonical: str) -> bool:
    """True for a self-governing or de facto territory (see `territories`)."""
    return canonical in territories()


@lru_cache(maxsize=1)
def _region_states() -> dict[str, str]:
    return {row[0]: row[6] for row in _rows("places.tsv") if row[6]}


def state_of_region(canonical: str) -> str | None:
    """The state a region or dependent territory is part of (places.tsv `state`: Quebec ->
    Canada, Greenland -> Denmark), None for other names and for breakaway or disputed
    territories, whose side is the story's to tell (Transnistria, Northern Cyprus), and for
    those whose state changed (Hong Kong)."""
    return _region_states().get(canonical)


# -- user aliases -----------------------------------------------------------------------------


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BrieferError(f"cannot read alias file {path}: {exc}") from exc


def with_user_aliases(
    base: Gazetteer, data: dict[str, Any], origin: str = "alias file"
) -> Gazetteer:
    """A copy of `base` extended and overridden by an alias table (see the module docstring)."""
    aliases = data.get("aliases", {})
    types = data.get("types", {})
    if not isinstance(aliases, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()
    ):
        raise BrieferError(f"{origin}: [aliases] must map strings to strings")
    if not isinstance(types, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in types.items()
    ):
        raise BrieferError(f"{origin}: [types] must map strings to strings")
    bad = sorted({v for v in types.values() if v.upper() not in VALID_TYPES})
    if bad:
        raise BrieferError(f"{origin}: unknown entity type {bad[0]!r}")

    gaz = base.copy()
    for canonical, type_ in types.items():
        type_ = type_.upper()
        gaz.set_type(canonical, type_, override=True)
        for form, entry in list(gaz.forms.items()):
            if entry.canonical == canonical and entry.kind not in ("demonym", "capital"):
                gaz.forms[form] = Entry(canonical, type_, entry.kind, entry.place, entry.matchable)
        if canonical not in gaz.forms:
            gaz.add(canonical, Entry(canonical, type_, "user"), override=True)
    for alias, canonical in aliases.items():
        if not canonical.strip():
            gaz.forms.pop(alias, None)
            continue
        type_ = gaz.types.get(canonical)
        if type_ is None:
            type_ = "ORG"
            gaz.set_type(canonical, type_)
        gaz.add(alias, Entry(canonical, type_, "user"), override=True)
        if canonical not in gaz.forms:
            gaz.add(canonical, Entry(canonical, type_, "user"))
    gaz._automaton = None
    gaz._folded = None
    gaz._not_people = None
    gaz._people = None
    return gaz


_user_cache: dict[tuple[str, int | None], Gazetteer] = {}


# Where the alias file is, by the variables that decide it (BRIEFER_HOME, else the platform's
# config folder, from XDG_CONFIG_HOME or HOME): working the path out each time (platformdirs)
# cost ten times the `stat` that follows.
_PATH_VARIABLES = ("BRIEFER_HOME", "XDG_CONFIG_HOME", "HOME")
_alias_paths: dict[tuple[str | None, ...], str] = {}
# How long a look at the alias file holds for lookups other than `find_mentions`' (which looks
# again for every text): a document's analysis asks thousands of times, and the look (three
# environment variables and a `stat`) cost more than the lookup itself.
_RECHECK_SECONDS = 1.0
# The last look: (BRIEFER_HOME then, `monotonic()` then, the gazetteer it gave). One tuple,
# replaced whole, so a thread reads a consistent one.
_last_look: tuple[str | None, float, Gazetteer] | None = None


def _aliases_path() -> str:
    key = tuple(map(os.environ.get, _PATH_VARIABLES))
    path = _alias_paths.get(key)
    if path is None:
        path = _alias_paths[key] = str(config.aliases_path())
    return path


def current() -> Gazetteer:
    """The gazetteer in force: built-in data plus the user's alias file, cached per file mtime.
    The file is looked at again when the last look is a second old or BRIEFER_HOME has changed
    since; `refresh` looks at once (every `find_mentions`, so each analysis sees an edit)."""
    last = _last_look
    if (
        last is not None
        and monotonic() - last[1] < _RECHECK_SECONDS
        and os.environ.get("BRIEFER_HOME") == last[0]
    ):
        return last[2]
    return refresh()


def refresh() -> Gazetteer:
    """`current`, looking at the alias file now (an edit since the last look takes effect)."""
    global _last_look
    home = os.environ.get("BRIEFER_HOME")
    path = _aliases_path()
    try:
        mtime: int | None = os.stat(path).st_mtime_ns
    except OSError:
        mtime = None
    key = (path, mtime)
    gaz = _user_cache.get(key)
    if gaz is None:
        _last_look = None  # a file that cannot be read is no look: the next call reads it again
        gaz = (
            builtin()
            if mtime is None
            else with_user_aliases(builtin(), _read_user_file(Path(path)), path)
        )
        _user_cache.clear()
        _user_cache[key] = gaz
        for clear in _tied:
            clear()
    _last_look = (home, monotonic(), gaz)
    return gaz


# -- the public lookups -----------------------------------------------------------------------


def canonical_name(name: str) -> tuple[str, str] | None:
    """(canonical, type of the actor) for a name or alias, loosely matched; None if unknown.

    Demonyms and capitals resolve to their state ("Serbian", "Belgrade" -> ("Serbia", "GPE")):
    this is the lookup for actors, e.g. a speaker "Belgrade" is the Serbian government.
    """
    gaz = current()
    entry = gaz.lookup(name)
    if entry is None:
        return None
    return entry.canonical, gaz.types.get(entry.canonical, entry.type)


def aliases_of(canonical: str) -> list[str]:
    """Every known form of an actor (name, aliases, demonyms, capital, seats)."""
    return current().aliases_of(canonical)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {
        s.name: _plain(next((d for d in s.demonyms if d[:1] not in "!~"), s.demonyms[0]))
        for s in states()
        if s.demonyms
    }


def adjective_of(name: str) -> str | None:
    """The adjective of a state named by any of its forms ("Colombia's" -> "Colombian")."""
    entry = current().forms.get(name)
    if entry is None or entry.type != "GPE" or entry.kind not in ("name", "alias"):
        return None
    return _adjectives().get(entry.canonical)


def actor_type(canonical: str) -> str | None:
    """The type of a canonical actor (Serbia -> GPE), whatever type its mentions carry."""
    return current().types.get(canonical)
