"""The news event of a headline or lead: who does the act of force and whom it falls on.

A story's sides are the agent and the patient of its event ("U.S. air strike hits MSF
hospital": the United States and MSF; "Militants seize Turkish consulate": Turkey), whatever
kind of party each is and however seldom the rest of the text names them; a third party helps,
urges or condemns, which is no act of force. `event_frame` reads one sentence (a headline or a
lead) and returns the mentions it sets in those two parts; `briefing.stats` counts them per
actor and `briefing.parties` weighs them when it chooses the sides.

Only acts of force are read (attacks, strikes, seizures, sinkings, declarations of war or of a
truce's end): a sanction, an expulsion or a closed border is an act third parties do as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.analysis.model import Mention

# The verb of an act of force in any tense ("hits", "struck", "have seized"), or a declaration
# that opens or ends a war ("declares ceasefire over", "declared war", "declares independence").
_FORCE_VERB = re.compile(
    r"\b(?:attack(?:s|ed)?|strik(?:e|es)(?!\s+(?:a\s+|an\s+|the\s+)?(?:deal|agreement|balance|"
    r"tone|note|chord|bargain|pact))|struck|hit(?:s)?(?!\s+(?:back|out))|storm(?:s|ed)?|seiz(?:e|es|ed)|"
    r"captur(?:e|es|ed)|bomb(?:s|ed)?|shell(?:s|ed)?|raid(?:s|ed)?|invad(?:e|es|ed)|"
    r"occup(?:y|ies|ied)|overr[au]n(?:s)?|ambush(?:es|ed)?|destroy(?:s|ed)?|sank|sinks?|"
    r"shoots?\s+down|shot\s+down|fir(?:e|es|ed)\s+(?:[a-z-]+\s+){0,2}?(?:on|at|into)|"
    r"kidnap(?:s|ped)?|abduct(?:s|ed)?|"
    r"declar(?:e|es|ed)\s+(?:(?:a|the|an)\s+)?(?:war|independence|martial\s+law|"
    r"(?:ceasefire|truce)\s+(?:over|ended|dead)|end\s+(?:of|to)\s+(?:the\s+)?(?:ceasefire|truce)))"
    r"\b",
    re.IGNORECASE,
)
# Words that may stand between the agent and its act: its arms or people ("U.S. air strike
# hits", "Algerian special forces attacked", "Israeli jets struck"), auxiliaries and adverbs;
# lower-case words only, so no other name stands between.
_ARMS_WORD = (
    r"(?:air|naval|special|security|armed|military|government|coalition|allied|rebel|militant|"
    r"strikes?|forces?|troops|soldiers|army|navy|police|jets|warplanes|aircraft|planes|drones|"
    r"warships|ships|missiles?|rockets?|artillery|fighters|gunmen|militants|rebels|militias?|"
    r"units?|commandos|men|members|[a-z]+-led)"
)
_AGENT_GAP = re.compile(
    r"^(?:['’]s)?(?:[ -]" + _ARMS_WORD + r"){0,3}\s+"
    r"(?:(?:has|have|had|also|again|reportedly|allegedly|on\s+\w+)\s+)*$",
    re.IGNORECASE,
)
# Words that may stand between the act and what it falls on: articles, numbers and lower-case
# words, but no preposition (a place, a time, a helper: "struck in Kunduz", "seized by"),
# conjunction or punctuation (another clause).
_PATIENT_GAP = re.compile(
    r"^\s+(?:(?!(?:in|at|near|off|from|to|into|onto|across|over|outside|inside|around|for|with|"
    r"by|as|after|before|while|and|or|but|that|which|who|on|of|during|amid|since|than)\s)"
    r"(?-i:[a-z\d])[\w'’-]*\s+){0,4}$"
)
# The passive: "the consulate was seized by militants", "a hospital hit by a U.S. air strike".
_BY_AGENT = re.compile(r"^\s+by\s+(?:(?:a|an|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$")
_PASSIVE_GAP = re.compile(
    r"^(?:['’]s)?(?:\s+(?-i:[a-z])[\w-]*){0,3}\s+(?:(?:was|were|has\s+been|had\s+been|been)\s+)?$"
)
_REACH = 70


@dataclass(frozen=True, slots=True)
class EventFrame:
    """The mentions a sentence gives as the agent and as the patient of its act of force."""

    agents: tuple[Mention, ...] = ()
    patients: tuple[Mention, ...] = ()


_NO_EVENT = EventFrame()
#: Mention types that can do or suffer the act: a person acts for a side read elsewhere.
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG"})


def event_frame(text: str, start: int, end: int, mentions: Sequence[Mention]) -> EventFrame:
    """The agents and patients of the acts of force in `text[start:end]` (a headline or a
    lead), among `mentions` (sorted by offset; those outside the span are ignored)."""
    acts = list(_FORCE_VERB.finditer(text, start, end))
    if not acts:
        return _NO_EVENT
    inside = [m for m in mentions if start <= m.start < end and m.type in _PARTY_TYPES]
    agents: list[Mention] = []
    patients: list[Mention] = []
    for act in acts:
        before = [m for m in inside if m.end <= act.start()]
        after = [m for m in inside if m.start >= act.end()]
        doer = before[-1] if before else None
        done = after[0] if after else None
        if done is not None and done.start - act.end() <= _REACH:
            by = _BY_AGENT.match(text[act.end() : done.start])
            if by is not None:
                # "a hospital hit by a U.S. air strike": the agent follows, the patient precedes.
                agents.append(done)
                if doer is not None and _PASSIVE_GAP.match(text[doer.end : act.start()]):
                    patients.append(doer)
                continue
            declares = act.group()[:6].lower() == "declar"  # a declaration falls on no one
            if not declares and _PATIENT_GAP.match(text[act.end() : done.start]):
                patients.append(done)
        if doer is not None and _AGENT_GAP.match(text[doer.end : act.start()]):
            agents.append(doer)
    if not agents and not patients:
        return _NO_EVENT
    # ("U.S. air strike hits": one doer of two words of the act)
    return EventFrame(tuple(dict.fromkeys(agents)), tuple(dict.fromkeys(patients)))
