"""Acts of a party named before: by a pronoun ("It had withdrawn its observer mission":
`acts_by_pronoun`) or by a body named by reference ("The alliance deployed ships":
`acts_by_reference`). The pipeline asks these where the sentence itself names no party."""

from __future__ import annotations

import re

from briefer.analysis.reactions.acts import _TAIL_NOUNS
from briefer.analysis.verbs import IRREGULAR_PAST, PERCEIVE, RESPONSE_ACTS, alternation

# Past forms of acts that do not end in -ed ("The organisation has sent 7,000 vials").
_MORE_PAST = frozenset(
    [
        *("sent", "lent", "spent", "put", "set", "kept", "held", "led", "met", "sought"),
        *("brought", "bought", "paid", "sold", "left", "built", "flown", "given", "taken"),
        *("made", "begun", "broken", "drawn", "frozen", "withdrawn", "undertaken"),
    ]
)
# A party's own organs and envoys, one of each: what they do is the party's deed ("Its
# ambassador visited the crew", "Its embassy in Prague issued visas").
_OWN_ORGANS = frozenset(
    [
        *("ambassador", "envoy", "embassy", "consulate", "mission", "delegation", "ministry"),
        *("cabinet", "government", "agency"),
    ]
)
_BODY_OPENING = re.compile(
    r"^\s*(?:the\s+(?:bloc|alliance|union|organi[sz]ation|mission|force|council|commission|agency|"
    # (lower case only: "the League" is a party's name, "the Presidency" a state's own office)
    r"(?-i:league|presidency))|"
    # a body's organ or members told by reference after it was named: "Its Council met on
    # Monday night", "The ministers then adopted a milder resolution", "On Wednesday the 15
    # members finally agreed a text"
    r"(?-i:Its)\s+(?-i:[A-Z][a-z]+\s+){0,3}?(?-i:Council|Commission|Committee|Assembly|Board)|"
    r"(?:on\s+\w+\s+)?the\s+(?:\d+|[a-z]+teen|twelve|ten|nine)?\s*(?:member\s+states|members|"
    r"foreign\s+ministers|ministers)(?=\s+(?:then|finally|also|later|eventually|unanimously|"
    r"agreed|adopted|approved|voted|decided)\b))"
    r"(?:['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ministers|leaders|officials|envoys?|diplomats|members|"
    r"governments|states|chief|head|president|commander|commanders|troops|forces|ships|"
    r"monitors))?"
    r"\s+(?:also\s+|then\s+|\w+ly\s+)?(?:(?:has|have|had)\s+(?:also\s+|\w+ly\s+)?)?(?:[a-z]+ed|"
    + alternation(IRREGULAR_PAST | _MORE_PAST)
    # the act going on: "the force is keeping its promise", "the alliance is sending ships"
    + r"|(?:is|are)\s+(?:now\s+|\w+ly\s+)?[a-z]{3,}ing)\b",
    re.IGNORECASE,
)


def acts_by_reference(text: str) -> bool:
    """Whether the sentence opens on a body named by reference acting ("The bloc's foreign
    ministers agreed to prepare sanctions", "The alliance deployed ships"): who it is, the
    context tells."""
    opening = _BODY_OPENING.match(text)
    return opening is not None and opening.group(0).split()[-1].lower() not in PERCEIVE


# The help a party sends, told as its own: "Its first airdrops of high-energy biscuits reached
# stranded families", "Its relief flights landed".
_ITS_HELP = frozenset(
    ["airdrops", "airlifts", "flights", "shipments", "deliveries", "supplies", "donations"]
)


# A party's advice to its own people abroad, a travel warning: "advised its citizens", "advised
# Americans", "advised British nationals" (the advice of a doctor or an expert names no people).
_ADVISED_PEOPLE = (
    r"advised\s+(?:(?:its|their|all|[A-Z][\w.-]*)\s+)?(?:citizens|nationals|tourists|"
    r"travell?ers|expatriates|[A-Z][a-z]+(?:ans|ons|ese|is)(?![\w-]))"
)


# A pronoun opening an act: "It had withdrawn its observer mission", "The kingdom also closed
# its airspace", "They recalled their ambassadors" (a measure, withdrawal or deployment: "it" is
# too often a thing or an event for any verb), "Its first members arrived in Santiago", "Their
# ships sailed for the gulf" (the party's people, ships or aircraft: whatever they do is the
# party's deed). Group "many" marks the plural, which the parties before must agree with.
_PRONOUN_ACT = re.compile(
    r"^\s*(?:(?:It|The\s+(?:country|kingdom|emirate|republic)|(?P<they>They))\s+"
    r"(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+(?:also\s+|\w+ly\s+)?)?(?:"
    + alternation(RESPONSE_ACTS | {"withdrew", "withdrawn"})
    # its people abroad told where to be: "It advised Americans on the islands to stay indoors"
    + r"|"
    + _ADVISED_PEOPLE
    + r")|(?:(?:Its|(?P<their>Their))\s+(?:[a-z-]+\s+){0,2}?(?:"
    + alternation(
        _TAIL_NOUNS | {"staff", "team", "convoy", "plane", "ship"} | _OWN_ORGANS | _ITS_HELP
    )
    # a person's own government or agency, "the administration" (a state's, as "its
    # government": "The administration also suspended aid"), or the party's head named: "His
    # government doubled police patrols", "Its Secretary-General, X Y, visited the ruins"
    + r")|(?:His|Her)\s+(?:own\s+)?(?:government|agency|ministry|cabinet)|The\s+administration|"
    r"Its\s+(?:Secretary-General|Secretary\s+General|Director-General|Chairman|Chairwoman|"
    r"President|Commissioner)"
    # where the organ sits: "Its embassy in Prague issued visas"; what the help carries:
    # "Its first airdrops of high-energy biscuits reached"; the organ's holder named: "Its
    # envoy, Franz Vranitzky, has secured"
     + r")(?:,\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z]|al-|bin\s|de\s|van\s|von\s)[\w'’.-]*){0,4},|"
    r"\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|"
    r"\s+(?:of|with|carrying)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:also\s+)?(?:[a-z]+ed|"
    + alternation(IRREGULAR_PAST)
    + r")\b))?"
    + r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+ed|"
    + alternation(IRREGULAR_PAST | _MORE_PAST)
    + r")|"
    # an institution or its staff with no owner named, in the passive of a measure: "All
    # embassy staff have been moved to the airport", "Parliament will be recalled"
    r"(?:All\s+|The\s+)?(?:(?:[Ee]mbassy|[Cc]onsulate)\s+)?(?:[Pp]arliament|[Ee]mbassy|[Cc]onsulate|"
    r"[Ss]taff|[Pp]ersonnel|[Dd]iplomats)\s+(?:will|would|has|have|had|was|were)\s+(?:be\s+|been\s+)"
    r"(?:moved|relocated|" + alternation(RESPONSE_ACTS | {"withdrawn"}) + r"))\b"
)


def acts_by_pronoun(text: str) -> int:
    """How many parties acted before, if the sentence opens on "it" (or "the country") taking
    a measure, on "its" people, ships, aircraft, organs or head acting ("It had withdrawn its
    planned observer mission", "Its first members arrived", "Its envoy, X, has secured"), or on
    a person's own government or agency ("His government doubled patrols"): 1; on "they" or
    "their": 2, meaning two or more; 0 for any other sentence. Who acts is whoever spoke or
    acted in the sentence just before."""
    opening = _PRONOUN_ACT.match(text)
    if opening is None:
        return 0
    verb = opening.group("verb")
    if verb is not None and verb.lower() in PERCEIVE:
        return 0
    return 2 if opening.group("they") or opening.group("their") else 1
