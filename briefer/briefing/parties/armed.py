"""Armed groups known by what they are, not by what the text says of them.

A text often names a rebel movement once, plainly ("the Polisario Front said", "talks with the
PKK"), and calls its people "rebels" or "fighters" elsewhere: the mention itself carries no
cue of arms (`roles.cues`), and the group would weigh like an agency that only comments. Two
things tell it apart from an international organisation: the data's list of armed groups
(`data/armed_groups.txt`) and a name that calls the body a fighting force ("Zapatista
National Liberation Army", "Revolutionary United Front", "Shower Posse"), unless the data makes
it a state's own force ("People's Liberation Army": the owner column).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from briefer.analysis import gazetteer
from briefer.analysis.owners import is_state, owner_state

# "Liberation" anywhere (the PLO is a liberation organisation, the KLA an army of its own
# though its name begins with a state's); a name ending as a fighting force does, unless it
# begins with a state's name ("Pakistan Army": the state's own) or is a charity's ("Salvation
# Army"); "Revolutionary" only before a force ("Revolutionary United Front"; the "Institutional
# Revolutionary Party" is a party).
_LIBERATION = re.compile(r"\bLiberation\b")
_FIGHTERS_NAME = re.compile(
    r"(?<!Salvation )\b(?:Army|Militias?|Guerrillas|Mujahideen|Posse|Rebels)$|"
    r"\bRevolutionary\s+(?:[\w'-]+\s+)?(?:Army|Armed\s+Forces)\b"
)
# A state's own formations, whatever their name ends on: a numbered army ("the 14th Army",
# "the Eighth Army") or a royal force named with its state ("Royal Nepal Army", "Royal Thai
# Navy"): no movement numbers its armies or calls itself royal.
_NUMBERED_FORCE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    r"Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|"
    r"Nineteenth|Twentieth)\s+(?:[A-Z][\w'-]*\s+)?(?:Army|Guards\s+Army)$"
)
_ROYAL_FORCE = re.compile(r"^Royal\s+(.+?)\s+(?:Army|Navy|Air\s+Force|Marines)$")


def _state_formation(name: str) -> bool:
    """A numbered army, or a royal force named with its state (`_NUMBERED_FORCE`)."""
    if _NUMBERED_FORCE.match(name):
        return True
    royal = _ROYAL_FORCE.match(name)
    found = gazetteer.canonical_name(royal.group(1)) if royal is not None else None
    return found is not None and (is_state(found[0]) or gazetteer.is_former_state(found[0]))


# A revolutionary front is a movement's, never a state's own force, whatever people its name
# begins with ("Ethiopian People's Revolutionary Democratic Front").
_REVOLUTIONARY_FRONT = re.compile(r"\bRevolutionary\s+(?:[\w'-]+\s+)?Front\b")


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    text = resources.files("briefer.analysis").joinpath("data", "armed_groups.txt")
    lines = text.read_text("utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@gazetteer.tied
@lru_cache(maxsize=4096)
def armed_group(name: str) -> bool:
    """Whether the canonical `name` is an armed group by the data's list or by its own name, and
    no state owns it."""
    if name in _known():
        return True
    if gazetteer.owner_state(name) is not None or _state_formation(name):
        return False  # the data's owner column: "People's Liberation Army" is China's
    if _LIBERATION.search(name) or _REVOLUTIONARY_FRONT.search(name):
        return True
    return _FIGHTERS_NAME.search(name) is not None and owner_state(name) is None
