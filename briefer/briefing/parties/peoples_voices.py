"""A people without a state of the time speaks through the body that spoke for it then.

"Palestinian leader Yasser Arafat condemned", "Palestinian officials said": the gazetteer reads
the adjective as the state named after the people, but no state of that name spoke in the
stories of the 1960s to the 1990s, and after it the text's officials are the Palestinian
Authority's. The gold names the body of the story's time, never the state (every Palestinian
reaction of the development sets: the Palestine Liberation Organization in stories up to 1994,
the Palestinian Authority after its founding in May 1994). A speaker so named is renamed for the
story's time; where the sentence names such a body itself ("The PLO also condemned the attack, a
spokesman for Yasser Arafat said"), the people's name adds no one and is dropped.

A people whose name is a principal party of the story keeps it: its speakers are a side's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from briefer.analysis.model import Sentence

# People's state name -> the bodies that spoke for it, each from the day it did (general
# knowledge: the PLO was founded on 28 May 1964; the Palestinian Authority took office under
# the Gaza–Jericho agreement of 4 May 1994).
_VOICES: dict[str, tuple[tuple[date, str], ...]] = {
    "Palestine": (
        (date(1964, 5, 28), "Palestine Liberation Organization"),
        (date(1994, 5, 4), "Palestinian Authority"),
    ),
}


def voices_of_peoples(when: date | None, principals: Sequence[str]) -> dict[str, str]:
    """People's state name -> the body that spoke for it at `when` (the story's time), for
    each such name that is not a principal party; {} when the story's time is unknown."""
    if when is None:
        return {}
    out: dict[str, str] = {}
    for people, bodies in _VOICES.items():
        if people in principals:
            continue
        current = [body for since, body in bodies if since <= when]
        if current:
            out[people] = current[-1]
    return out


def _bodies() -> frozenset[str]:
    return frozenset(body for bodies in _VOICES.values() for _since, body in bodies)


_BODIES = _bodies()


def spoken_for(sentence: Sentence, voices: Mapping[str, str]) -> Sentence:
    """`sentence` with each people's name among its speakers under the body `voices` gives it,
    or left out when a body that spoke for a people is a speaker already; the same sentence
    when no speaker is a people's name."""
    if not any(s in voices for s in sentence.speakers):
        return sentence
    named = any(s in _BODIES for s in sentence.speakers)
    speakers = tuple(
        dict.fromkeys(voices.get(s, s) for s in sentence.speakers if not (named and s in voices))
    )
    return replace(sentence, speakers=speakers)
