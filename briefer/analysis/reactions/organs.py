"""A state's own organ named as a speaker: a ministry, an agency, an office, a force.

The gold names the state an organ speaks for ("the State Department" -> United States), and a
principal's organs (its coast guard, its emergency committee, its prosecutors) are on the
principal's side: their words are developments. An organ the gazetteer knows already resolves
to its owner; one it does not know ("the Department for International Development", "the
National Emergency Committee", "the Soviet Foreign Ministry") would otherwise be filed as a
third party of its own. `organ_speaker` reads whose organ it is from its name, and a speaker that
is such an organ of no state its name tells is, in a news story, the story's own state's: no
third party (on D, 50 of the 52 reactions filed under such a name were false; the bodies the
gold lists under their own names are international, named so: "Inter-American Commission on
Human Rights", "European Aviation Safety Agency").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefer.analysis import gazetteer
from briefer.analysis.model import Mention
from briefer.analysis.owners import is_state

# The head nouns of a state's organs: what the body is, not who its members are (a party, an
# association, a church, a group speaks for its members).
_ORGAN = re.compile(
    r"\b(?:Ministry|Office|Department|Agency|Administration|Committee|Commission|Council|"
    r"Forces?|Guard|Police|Army|Navy|Observatory|Survey|Prosecutors?|Tribunal|Service|"
    r"Secretariat|Fund|Board|Bureau|Authority|Cent(?:re|er)|Organi[sz]ation|Fusiliers|Legion|Regiment|"
    r"Corps)\b"
)
# Words that make a body international or regional rather than one state's ("International
# Commission of Jurists", "Inter-American ...", "Caribbean Disaster Emergency Management
# Agency", "Mekong River Commission"), or a body of the United Nations.
_INTERNATIONAL = re.compile(
    r"(?<!\bfor\s)\b(?:International|Inter|Intergovernmental|World|Global|United\s+Nations|UN|"
    r"Europe|European|Islamic|African|Arab|Caribbean|Pacific|Atlantic|Asian|Asia|Latin|Americas|"
    r"Pan|Nordic|Baltic|Gulf|Commonwealth|Common\s+Market|League|Joint|Mixed|River|Basin|"
    r"Regional|"
    # the organs an international body names without its own name ("the Permanent Council",
    # "the Committee against Torture", "the Board of Governors", "the Human Rights Committee")
    r"Permanent|Humanitarian|Peacekeeping|Human\s+Rights|Refugees?|Torture|Racial|Trusteeship|"
    r"Economic\s+and\s+Social|Governors|Ministers|Executive\s+Board|Political\s+and\s+Security|"
    r"Foreign\s+Affairs\s+Council|General\s+Affairs)\b"
)


@gazetteer.tied
@lru_cache(maxsize=4096)
def _state_in_name(name: str) -> str | None:
    """The one state, present or former, or self-governing territory that opens `name` or
    follows its "of" or "in" ("Soviet Foreign Ministry" -> Soviet Union, "Royal Australian Air
    Force" -> Australia, "Central Committee of Sudan Doctors" -> Sudan); None if none or more
    than one does. The longest run of words is read first: "Northern Ireland Office" is no
    office of Ireland."""
    words = name.replace("'s", "").replace("’s", "").split()
    starts = {1 if words[:1] == ["Royal"] else 0}
    starts.update(i + 1 for i, w in enumerate(words) if w in ("of", "in"))
    found: set[str] = set()
    for i in starts:
        for size in (3, 2, 1):
            if i + size > len(words):
                continue
            known = gazetteer.canonical_name(" ".join(words[i : i + size]))
            if known is None:
                continue
            canonical = known[0]
            if (
                is_state(canonical)
                or gazetteer.is_former_state(canonical)
                or gazetteer.is_territory(canonical)
            ):
                found.add(canonical)
            break  # (the longest run known decides: "Northern Ireland", not "Ireland")
    return found.pop() if len(found) == 1 else None


def organ_speaker(name: str, mentions: Sequence[Mention]) -> tuple[str, ...] | None:
    """For a speaker the gazetteer does not know and whose name is a state organ's: the state
    its name tells, or () when it tells none (the story's own state's organ, no third party).
    None for every other speaker: it stays as found."""
    # (the name's own words first: few speakers are organs, and the lookups cost more)
    if _ORGAN.search(name) is None or _INTERNATIONAL.search(name) is not None:
        return None
    if gazetteer.canonical_name(name) is not None:
        return None
    if not any(m.canonical == name and m.type == "ORG" for m in mentions):
        return None
    state = _state_in_name(name)
    return (state,) if state is not None else ()


def as_organ(name: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """`name`, or for an organ the gazetteer does not know the state its name tells, or no
    one (`organ_speaker`)."""
    organ = organ_speaker(name, mentions)
    return (name,) if organ is None else organ


def organs_resolved(parties: Sequence[str], mentions: Sequence[Mention]) -> tuple[str, ...]:
    """`parties` with each unknown organ read as its state or left out (`as_organ`)."""
    return tuple(dict.fromkeys(p for name in parties for p in as_organ(name, mentions)))
