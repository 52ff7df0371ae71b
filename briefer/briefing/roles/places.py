"""A mention that names ground, a topic or a venue rather than a party acting.

"talks in Geneva", "in northern Syria", "flees to India", "the invasion of Ukraine", "ties
with Moscow", "a case at the WTO", "the Gulf of Mexico": the name says where or about what,
and counts for no side (or less) in `stats`. A region that governs itself is read apart
(`is_governing`).
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention
from briefer.analysis.reactions import is_domestic_institution, is_state, owner_state
from briefer.briefing.roles.literal_gates import ends_with_word, may_hold_in_document

#: The words `_LOCATIVE` may end in (its gate, `ends_with_word`).
_LOCATIVE_WORDS = (
    "in",
    "at",
    "near",
    "into",
    "across",
    "toward",
    "towards",
    "via",
    "through",
    "inside",
    "outside",
    "as",
    # "into north-east Syria", "into northern Iraq" (a region word after 'into').
    "north",
    "south",
    "east",
    "west",
    "ern",
    "with",  # "near the border with"
)
_LOCATIVE = re.compile(
    r"\b(?:(?:in|at|near|into|across|towards?|via|through|inside|outside|"
    r"as\s+far(?:\s+away)?\s+as)\s+(?:the\s+)?|"
    # "crashed near the border with Russia": the ground by a state's border, not the state.
    r"(?:near|along|on|at|across|close\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier)\s+"
    r"with\s+(?:the\s+)?|"
    # "pushed into north-east Syria", "an incursion into northern Iraq": a push into a part
    # of a country is ground, as a push into the country is (in a region stays the side's own
    # ground: "the war in eastern Congo").
    r"into\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)$",
    re.IGNORECASE,
)
# Wider places, for the Actors list: "in northern Syria", "from neighbouring Mali", "gas found
# off Cyprus", "where the borders of Thailand and Laos meet". A side's own ground still counts
# for it as a side ("the war in eastern Congo"), so these do not lower its weight.
_REGION_WORD = (
    r"(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western)"
)
# The words `_AROUND` may end in: a region word, 'off', 'of' (its gate's words).
_AROUND_WORDS = ("ern", "nearby", "ing", "central", "off", "of")
_AROUND = re.compile(
    r"\b(?:(?:in|at|near|into|across|inside|from)\s+(?:the\s+)?" + _REGION_WORD + r"|"
    r"(?<!cut\s)(?<!cuts\s)(?<!sealed\s)(?<!called\s)(?<!broke\s)off(?:\s+the)?|"
    r"(?:border|borders|frontier|coast|shores?)\s+of(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
# "asylum seekers from Syria": a place of origin; "diplomats from Chile": whom they speak for.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_OFFICIALS = re.compile(
    r"\b(?:diplomats|officials|envoys|ministers|delegations?|delegates|representatives|leaders|"
    r"governments|ambassadors|counterparts|observers|monitors|troops|forces|soldiers|"
    # "despite objections from Egypt", "pressure from Washington": whose act, not a place.
    r"objections?|opposition|protests?|complaints?|criticism|warnings?|threats?|pressure|"
    r"demands?|calls|appeals?|requests?|condemnation|support|backing)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "about 19,000 troops from Uganda, Burundi and Kenya": people counted by where they come
# from, not officials speaking for their states.
_COUNTED_FROM = re.compile(
    r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|police|officers|personnel|"
    r"peacekeepers|observers|monitors|experts|workers|people|refugees|migrants)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "in Syria, Somalia and Yemen": the rest of a list of places is places too.
_LIST_GOES_ON = re.compile(r",\s*(?-i:[A-Z])|,?\s+(?:and|or)\s+", re.IGNORECASE)
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$")


def is_located(
    text: str, m: Mention, prev: Mention | None, located_at: set[int], filed: bool
) -> bool:
    """Whether a mention names a place ("talks in Geneva", "migrants from Laos", a dateline, or
    the rest of a list of places begun by one)."""
    gap = text[prev.end : m.start] if prev is not None else ""
    listed = (
        prev is not None
        and prev.start in located_at
        and is_state(prev.canonical)
        and _LIST_GAP.match(gap) is not None
        and (" and " in gap or " or " in gap or _LIST_GOES_ON.match(text, m.end) is not None)
    )
    return bool(
        filed
        or listed
        or (
            ends_with_word(text, m.start, _LOCATIVE_WORDS)
            and _LOCATIVE.search(text, max(0, m.start - 32), m.start)
        )
        or (
            ends_with_word(text, m.start, ("from",))
            and _FROM.search(text, max(0, m.start - 8), m.start)
            and (
                not _FROM_OFFICIALS.search(text, max(0, m.start - 40), m.start)
                or _COUNTED_FROM.search(text, max(0, m.start - 60), m.start) is not None
            )
        )
    )


# "Russia's invasion of Ukraine", "sanctions on Belarus", "a counterweight to China", "remarks
# concerning Lebanon": a state named as what something is done to or about, a topic.
# "closer ties with Moscow", "the dialogue with Kosovo", "trade with Iran", "cooperation between
# North Korea and Russia": a state named as the other end of a standing relation, a topic.
_RELATION_NOUN = (
    r"(?:ties|relations|relationship|dialogue|trade|cooperation|links|contacts|rapprochement|"
    r"partnership|normali[sz]ation)"
)
_TOPIC_OBJECT_WORDS = ("on", "to", "for", "concerning", "ed", "of")  # its gate's words
_TOPIC_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:on|to|for|concerning|(?-i:[a-z]{3,}ed))|"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How a window before a relation's other end must end (a cheap test before the pattern).
_RELATION_ENDS = ("with ", "with the ", "between ", "between the ", "and ", "and the ")
_RELATION_OBJECT_BEFORE = re.compile(
    r"\b" + _RELATION_NOUN + r"\s+(?:with|between|between\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "a coup attempt in Manila", "riots across northern Sudan", "clashes at Bahir Dar": where the
# story happens, not where someone comes from or goes ("arms from Havana", "flown to Cuba").
_SCENE = re.compile(
    r"\b(?:in|at|across|inside|throughout)\s+(?:the\s+)?(?:" + _REGION_WORD + r"\s+)?$",
    re.IGNORECASE,
)


def sets_the_scene(text: str, m: Mention) -> bool:
    """A mention naming where the story happens ("in Manila", "across northern Sudan")."""
    return _SCENE.search(text, max(0, m.start - 40), m.start) is not None


def is_topic_object(text: str, m: Mention, prev: Mention | None, topical_at: set[int]) -> bool:
    """A mention as the object of a preposition of topic or target ("the invasion of Ukraine",
    "sanctions on Belarus", "ships linked to Israel"), or the rest of a list begun by one."""
    lo = max(0, m.start - 48)
    if ends_with_word(text, m.start, _TOPIC_OBJECT_WORDS) and _TOPIC_OBJECT_BEFORE.search(
        text, lo, m.start
    ):
        return True
    window = text[lo : m.start]
    if window.endswith(_RELATION_ENDS) and _RELATION_OBJECT_BEFORE.search(window):
        return True
    return (
        prev is not None
        and prev.start in topical_at
        and _LIST_GAP.match(text[prev.end : m.start]) is not None
    )


def is_around(text: str, m: Mention) -> bool:
    """A mention naming ground around the story, beyond `is_located`: a region of a country
    ("in northern Syria"), a coast ("off Cyprus"), a border ("the borders of Laos")."""
    lo = max(0, m.start - 40)
    return (
        ends_with_word(text, m.start, _AROUND_WORDS)
        and _AROUND.search(text, lo, m.start) is not None
    )


# "Hong Kong and Macau restricted imports", "Karakalpakstan's status", "the federal member states
# of Puntland and Jubaland": a region with its own government named as the one who acts or holds.
_GOVERNS_AFTER = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"(?:['’]s\s|,\s+which\s|\s+(?:has|have|had|is|are|was|were|will|would|said|says|"
    r"[a-z]+ed)\b)"
)
_GOVERNED_BEFORE = re.compile(
    r"\b(?:states|leaders?|governments?|authorities|presidents?|administrations?|"
    r"parliaments?)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
# "attacks on Gaza", "the island of Corsica", "including New Caledonia", "bombers flying from
# Guam": ground, not a government.
_GROUND_WORDS = ("on", "onto", "including", "of", "from")  # its gate's words
_GROUND_BEFORE = re.compile(
    r"\b(?:on|onto|including|islands?\s+of|territory\s+of|region\s+of|province\s+of|"
    r"(?:flying|flown|flew|sailing|sailed|launched|taking\s+off|took\s+off)\s+from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def is_governing(text: str, m: Mention) -> bool:
    """A region named as the one who acts or holds something ("Hong Kong and Macau restricted
    imports", "Karakalpakstan's status"), or as the body its leaders lead ("the member states
    of Puntland and Jubaland"): its own government, not ground."""
    lo = max(0, m.start - 60)
    if may_hold_in_document(_GOVERNED_BEFORE, text, lo, m.start) and _GOVERNED_BEFORE.search(
        text, lo, m.start
    ):
        return True
    lo = max(0, m.start - 24)
    if ends_with_word(text, m.start, _GROUND_WORDS) and _GROUND_BEFORE.search(text, lo, m.start):
        return False
    return _GOVERNS_AFTER.match(text, m.end) is not None


def as_place(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A mention that names ground rather than a party acting, beyond `is_located`: the home
    of a group, a destination, a part of a country, a city taken or held."""
    return (
        _group_home(text, m, nxt)
        or (
            ends_with_word(text, m.start, ("to",))
            and _DESTINATION.search(text, max(0, m.start - 30), m.start) is not None
        )
        or _PART_OF_COUNTRY.match(text, m.end) is not None
        or (
            not is_state(m.canonical)
            and may_hold_in_document(_TAKEN, text, max(0, m.start - 30), m.start)
            and _TAKEN.search(text, max(0, m.start - 30), m.start) is not None
        )
    )


def _group_home(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A state named as the home of a group that is not one of its institutions ("Yemen's
    Houthi movement", "Lebanon's Hezbollah"): where the group is, a place."""
    return (
        nxt is not None
        and nxt.type == "ORG"
        and is_state(m.canonical)
        and _POSSESSIVE_GAP.match(text[m.end : nxt.start]) is not None
        and owner_state(nxt.canonical) is None
        and not is_domestic_institution(nxt.canonical)
    )


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


# "the Gulf of Mexico", "the Bay of Bengal", "the Sea of Japan": a state's name inside the name
# of a sea or a coast names the water, not the state.
_FEATURE_OF = re.compile(
    r"\b(?:Gulf|Bay|Sea|Straits?|Bight|Cape|Isthmus|Horn|Coast)\s+of\s+(?:the\s+)?$"
)


def in_place_name(text: str, m: Mention) -> bool:
    """A name that is the tail of a sea's or a coast's name ("oil gushing into the Gulf of
    Mexico"): no party, nor even its ground."""
    return text.endswith(("of ", "of the "), max(0, m.start - 7), m.start) and (
        _FEATURE_OF.search(text, max(0, m.start - 20), m.start) is not None
    )


# "flees to India", "flew back to Caracas": a destination, a place.
_DESTINATION = re.compile(
    r"\b(?:fle[de]s?|fleeing|flew|flies|flown|travel\w*|escaped|deported|exiled)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Yemen's populous north", "Finland's eastern border": a part of the country, a place.
_PART_OF_COUNTRY = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:north|south|east|west|north-east|north-west|south-east|"
    r"south-west|coast|coastline|interior|border|borders|frontier|territory|provinces?|"
    r"regions?|islands?|waters|airspace|ports?|capital)\b"
)
# "seized Sanaa", "the capital Kabul": a city taken or held is a place, not its government.
_TAKEN = re.compile(
    r"\b(?:seiz\w*|captur\w*|took|taken|entered|shell\w*|bomb\w*|besieg\w*|control\w*|"
    r"held|hold\w*|overr[au]n|fell\s+to|capital)\s+(?:of\s+)?(?:the\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)


# "a case at the WTO", "report to the UN Security Council": where a matter is taken, a venue.
# The words `_VENUE_BEFORE` may end in (its gate's words).
_VENUE_WORDS = ("to", "at", "before", "with", "told", "addressed", "address", "addressing", "of")
_VENUE_BEFORE = re.compile(
    r"\b(?:(?:case|cases|complaint|appeal|petition|report|reports|brief)\s+"
    r"(?:[^,.;]{0,40}?\s+and\s+)?(?:to|at|before|with)|at|told|addressed|address|addressing|"
    r"sidelines\s+of)"
    r"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def is_venue(text: str, m: Mention) -> bool:
    """A body named as where a case is taken or a report made ("take the case to the World
    Trade Organization", "report to the UN Security Council"): a venue, not a party acting."""
    lo = max(0, m.start - 80)
    return (
        m.type == "ORG"
        and ends_with_word(text, m.start, _VENUE_WORDS)
        and _VENUE_BEFORE.search(text, lo, m.start) is not None
    )
