"""Who the story is about: principal parties, third parties, and the Actors list.

Principal parties are the sides of the story, read from what each mention does rather than from
raw counts. A side is the agent or target of the story's events, in the headline and lead and
near words of confrontation; a third party helps, mediates, urges or comments ("Washington backs
X", "thanked Kenya"), and a place, a topic or a quoted name is neither. States weigh fully,
armed groups and territories with their own authorities like states, international bodies half
unless the headline's act targets them or their own mission is the news. The story belongs to
the party whose own people it tells of most; in one country's own affair (an election, a coup,
protests) foreign states are third parties unless they confront it in the headline or lead; a
third side must be one of those in the confrontation. Everyone else who speaks is a third party.
Places merely mentioned (towns, rivers, regions, states named once in passing) are not actors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.reactions import (
    ROLE_WORDS,
    government_of,
    is_domestic_institution,
    is_state,
    is_title_gap,
    owner_body,
    owner_state,
)
from briefer.briefing.model import Actor
from briefer.sources.dateline import read_dateline
from briefer.sources.document import Document

# Types that can be a side of a story, and types that are never actors.
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG"})
_NEVER_ACTORS = frozenset({"LOC", "FAC", "DATE", "EVENT"})
_MAX_PRINCIPALS = 3
_SECOND_SHARE = 0.3
_THIRD_SHARE = 0.5
_CLASH_RATIO = 0.5
DOMESTIC_WEIGHT = 0.5
#: Narrative mentions a state needs to be an actor without speaking or being a side.
STATE_MENTIONS = 1
_MINISTRY = re.compile(r"\b(?:ministry|office|embassy|department)\b", re.IGNORECASE)
# A group name followed by the people it describes: "Hutu extremists", "Tutsi fighters".
_DESCRIBED = re.compile(r"\s+[a-z]+(?<!ss)s\b(?!\s+(?:to|that|the|a|an|in|on)\b)")
_COMMENTATORS = (
    r"(?:analyst|researcher|expert|specialist|professor|lecturer|scholar|academic|fellow|"
    r"economist|historian|commentator|consultant|observer|journalist|resident|student|"
    r"shopkeeper|trader|farmer|witness|lawyer|activist)s?"
)
_COMMENTATOR_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _COMMENTATORS + r"\b[^,.;]{0,80}",
    re.IGNORECASE,
)
_COMMENTATOR_BEFORE = re.compile(
    r"\b" + _COMMENTATORS + r"\s+(?:at\s+[^,.;]{0,60}?\s+)?$", re.IGNORECASE
)
_SHIP_OR_PLACE = re.compile(
    r"^(?:USS|HMS|HMCS|HMAS|HMNZS|BRP|INS|RFS|TCG|FS|MV|MS|SS|RV)\s|\s(?:Shoal|Reef|Strait|Straits|"
    r"Island|Islands|Sea|Bay|Line|River|Valley|Corridor|Gulf|Pass|Mountains?|Peninsula|Canal|"
    r"Lake|Desert|Plateau|Basin|Dam|Airport|Square|Bridge|Crossing|Channel|Atoll)$"
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|into|across|towards?|via|through|inside|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "asylum seekers from Syria": a place of origin; "diplomats from Chile": whom they speak for.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_OFFICIALS = re.compile(
    r"\b(?:diplomats|officials|envoys|ministers|delegations?|delegates|representatives|leaders|"
    r"governments|ambassadors|counterparts|observers|monitors|troops|forces|soldiers)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "in Syria, Somalia and Yemen": the rest of a list of places is places too.
_LIST_GOES_ON = re.compile(r",\s*(?-i:[A-Z])|,?\s+(?:and|or)\s+", re.IGNORECASE)
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$")
# "NATO-led", "NATO allies": an organisation named as a label for something else.
_MODIFIER_AFTER = re.compile(r"-\w|\s+(?:allies|ally|member|members|countries|states)\b")

# What role a party's mention plays. A third party helps, mediates or comments ("Washington backs
# X", "France sends warships", "thanked Kenya"); a side attacks, seizes, expels or is attacked.
_HELPS = (
    r"(?:backs|backed|backing|support(?:s|ed)?|help(?:s|ed)?|aid(?:s|ed)|assist(?:s|ed)?|"
    r"offer(?:s|ed)?|pledg(?:e|es|ed)|welcom(?:e|es|ed)|urg(?:e|es|ed)|"
    r"press(?:es|ed)?|call(?:s|ed)?\s+(?:on|for)|mediat(?:e|es|ed)|"
    r"prais(?:e|es|ed)|hail(?:s|ed)?|grant(?:s|ed)?|host(?:s|ed)?|invit(?:e|es|ed)|"
    r"(?:stand|stands|stood)\s+(?:by|with)|tak(?:e|es)\s+sides|took\s+sides|"
    r"(?:express|expresses|expressed|voice|voices|voiced)\s+(?:\w+\s+)?(?:concern|support|"
    r"solidarity|alarm)|moved\s+to\s+(?:ease|help)|"
    r"(?:send|sends|sent)\s+(?:\w+\s+){0,3}?(?:aid|warships|ships|vessels|jets|coal|fuel|food|"
    r"funding|equipment|personnel|observers|envoys?|supplies|relief))\b"
)
# The mention, its people ("Kenyan police", "Spain's foreign minister"), then auxiliaries or
# adverbs before the helping verb: the mention is its subject.
_HELPER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|officials|president|"
    r"minister|ministry|leaders?|police|officers|troops|forces|military|navy|embassy|envoy|"
    r"diplomats|delegation|importers|companies))?"
    r"\s+(?:(?:has|have|had|will|would|also|quickly|later|then|now|again)\s+)*" + _HELPS,
)
# The people a third party sends between the sides.
_GO_BETWEEN_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+and\s+[A-Z][\w-]*)?\s+(?:mediators?|peacekeepers|observers|monitors|"
    r"donors|aid\s+workers|facilitators|guarantors)\b"
)
_HELPED_BEFORE = re.compile(
    r"\b(?:thank(?:s|ed)?|help\s+from|aid\s+from|support\s+from|backing\s+(?:of|from)|"
    r"mediation\s+(?:of|by)|(?:drafted|brokered|sponsored|mediated|hosted|convened)\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a row over Taiwan", "talks about X": what the story is about, not who takes part.
_TOPIC_BEFORE = re.compile(r"\b(?:over|about|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)
# Words of confrontation near a mention: the sides of a dispute or a war are their agents and
# targets ("struck Hezbollah positions", "broke away from Moldova", "trade fire").
_CLASH = re.compile(
    r"\b(?:wars?|fight\w*|fought|clash\w*|attack\w*|strik(?:e|es|ing)|struck|fir(?:e|es|ed|ing)|"
    r"shell\w*|seiz\w*|captur\w*|invad\w*|invasion|occup\w*|offensive|advanc\w*|siege|"
    r"besieg\w*|troops|soldiers|forces|army|military|missiles?|drills|rebel\w*|blam\w*|"
    r"accus\w*|disput\w*|row|standoff|tensions?|sanction\w*|retaliat\w*|expel\w*|recall\w*|"
    r"downgrad\w*|sever\w*|cut\s+(?:off|ties)|cuts\s+(?:off|ties)|broke\s+(?:off|away)|"
    r"breaks\s+off|breakaway|block\w*|bans?|banned|bar(?:s|red)|halt\w*|clos(?:e|es|ed)|"
    r"shut\w*|raid\w*|storm\w*|coercion|hostil\w*|violat\w*|separatis\w*|withdr[ae]w\w*)\b",
    re.IGNORECASE,
)
_CLASH_REACH = 60  # characters either side of the mention
# An organisation described as fighting ("M23 rebels", "the paramilitary RSF", "Hezbollah
# positions"): an armed group, a side like a state, never a body that merely comments.
_ARMED_BEFORE = re.compile(
    r"\b(?:paramilitary|rebel|rebels|militant|militants|armed|insurgent|separatist|jihadist|"
    r"militia|guerrilla|gang|gangs|fighters\s+of)\s+(?:group\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ARMED_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+|-)(?:rebels?|rebel\s+group|fighters|militias?|militants?|insurgents?|"
    r"guerrillas?|gunmen|gangs?|positions|targets|strongholds?|military|forces|"
    r"paramilitar\w*|armed\s+wing|commanders?|controlled|held)\b",
    re.IGNORECASE,
)
# A region that has broken away ("the breakaway region", "broke away from Moldova") has its own
# authorities: a side of a story about it, unlike an ordinary province or town.
_BREAKAWAY = re.compile(
    r"\b(?:breakaway|broke\s+away|separatist|self-proclaimed|self-declared|de\s+facto|"
    r"unrecogni[sz]ed|secession\w*)\b",
    re.IGNORECASE,
)
# Words that make a story one country's own affair (an election, a coup, protests, a law): its
# foreign states are then third parties however often they are named.
_DOMESTIC = re.compile(
    r"\b(?:elections?|electoral|vote|votes|voting|ballots?|polls|opposition|coup|junta|"
    r"protests?|protesters|parliament|referendum|president-elect|candidate|exile|gangs?|"
    r"impeach\w*|resign\w*|(?:top|supreme|constitutional)\s+court)\b",
    re.IGNORECASE,
)


def actor_type(canonical: str, seen: Counter[str]) -> str:
    """The actor's own type (Serbia is GPE even when met as "Serbian"), else its commonest."""
    known = gazetteer.actor_type(canonical)
    if known:
        return known
    return seen.most_common(1)[0][0] if seen else "ORG"


@dataclass
class ActorStats:
    """What the documents say about one canonical actor."""

    name: str
    types: Counter[str] = field(default_factory=Counter)
    surfaces: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    # Mentions outside sentences where this actor is the one speaking.
    narrative: int = 0
    modifier: int = 0
    # Mentions as a place ("talks in Geneva", "the crossing from Chad").
    located: int = 0
    # Mentions inside a person's title ("U.S. House Speaker Nancy Pelosi").
    titled: int = 0
    # Mentions describing the people that follow ("Hutu extremists", "Rohingya Muslims").
    described: int = 0
    # Mentions as a commentator ("Jane Doe, an analyst at X") or their institution.
    commentator: int = 0
    # Mentions in article prose (not in headings, bylines or credits).
    prose: int = 0
    statements: Counter[str] = field(default_factory=Counter)  # stance -> count
    # Narrative mentions weighed by their role: a place ("talks in Geneva") or a topic ("a row
    # over Taiwan") counts half, a helper or commentator ("Washington backs X") not at all.
    weighted: float = 0.0
    # Headline and lead mentions as an agent or target of the story's events.
    leading: int = 0
    # Headline mentions as the object of the headline's act ("Iran bars IAEA inspectors") or as
    # a body whose own mission is the news ("IAEA inspectors reach the plant").
    targeted: int = 0
    # Mentions near words of confrontation ("struck Hezbollah positions"), and those of them in
    # the headline or lead.
    clashes: int = 0
    leading_clashes: int = 0
    # Headline and lead mentions as one of a pair "between X and Y" (talks, clashes, a row).
    paired: int = 0
    # Mentions described as an armed group ("M23 rebels"), or as a breakaway region.
    armed: int = 0
    breakaway: int = 0
    first_source: str | None = None
    title: str | None = None
    documents: set[str] = field(default_factory=set)
    _type: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def type(self) -> str:
        """The actor's type, looked up once: read only after every mention is counted."""
        if self._type is None:
            self._type = actor_type(self.name, self.types)
        return self._type


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def _title_before(text: str, start: int) -> str | None:
    """The title words just before a person's name ("Serbian President")."""
    taken: list[str] = []
    for word in reversed(_TOKEN.findall(text[max(0, start - 80) : start])):
        low = word.lower()
        if low in ("the", "a", "an") or not (low in ROLE_WORDS or word[:1].isupper()):
            break
        taken.insert(0, word)
        if len(taken) >= 6:
            break
    while taken and taken[0].lower() in _CONNECTORS:  # "arrest of X" leaves a bare "of"
        taken.pop(0)
    if not any(w.lower() in ROLE_WORDS and w.lower() not in _CONNECTORS for w in taken):
        return None
    return " ".join(taken)


#: Words that join a title ("Minister of Defence") but are no title on their own.
_CONNECTORS = frozenset({"of", "the", "a", "an", "'s", "for", "and", "high", "top", "vice"})


def collect(items: Sequence[tuple[Document, Analysis]]) -> dict[str, ActorStats]:
    """Per-actor counts, surfaces, statements and titles over all documents."""
    stats: dict[str, ActorStats] = {}
    for doc, analysis in items:
        spoken: dict[int, set[str]] = {}
        for i, s in enumerate(analysis.sentences):
            if s.label == "reaction":
                spoken[i] = set(s.speakers)
                for speaker in s.speakers:
                    st = stats.setdefault(speaker, ActorStats(speaker))
                    st.statements[s.stance or "other"] += 1
                    if st.first_source is None:
                        st.first_source = doc.id
        sentence_at = _sentence_index(analysis)
        # The headline and the lead sentence name the sides of the story; they count double.
        prominent = {i for i, s in enumerate(analysis.sentences) if s.paragraph == 1}
        lead = next((i for i, s in enumerate(analysis.sentences) if s.label != "other"), None)
        if lead is not None:
            prominent.add(lead)
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        dateline_start, dateline_end = _dateline(doc)
        located_at: set[int] = set()  # starts of mentions used as places
        for k, m in enumerate(ordered):
            st = stats.setdefault(m.canonical, ActorStats(m.canonical))
            st.types[m.type] += 1
            st.surfaces[m.surface] += 1
            st.mentions += 1
            st.documents.add(doc.id)
            if st.first_source is None:
                st.first_source = doc.id
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if (
                nxt is not None
                and nxt.type == "PERSON"
                and m.type == "ORG"
                and is_title_gap(doc.text[m.end : nxt.start])
            ):
                st.titled += 1  # "U.S. House Speaker Nancy Pelosi": part of a title
            if m.type == "PERSON" and (
                _COMMENTATOR_AFTER.match(doc.text, m.end)
                or _COMMENTATOR_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
            ):
                st.commentator += 1  # "Jane Doe, an analyst at the Crisis Group, said"
                after = _COMMENTATOR_AFTER.match(doc.text, m.end)
                if after is not None:
                    for other in ordered[k + 1 :]:
                        if other.start >= after.end():
                            break
                        if other.type == "ORG":  # the think tank or university they speak from
                            stats.setdefault(other.canonical, ActorStats(other.canonical))
                            stats[other.canonical].commentator += 1
            # "VIENNA, Sept 16 (Wire) -": where the story was filed, a place, not a lead.
            filed = dateline_start <= m.start < dateline_end
            prev = ordered[k - 1] if k > 0 else None
            idx = sentence_at(m.start)
            if idx is None or m.canonical not in spoken.get(idx, set()):
                st.narrative += 1
            if idx is not None:
                sentence = analysis.sentences[idx]
                leads = idx in prominent and not filed
                clash = _mark_roles(st, doc.text, m, sentence, prev, leads)
                located = _is_located(doc.text, m, prev, located_at, filed) or _as_place(
                    doc.text, m, nxt
                )
                if m.canonical not in spoken.get(idx, set()):
                    st.weighted += mention_weight(doc.text, m, sentence, located)
                # A side may speak in the lead ("X and Y accused each other"): its part there
                # counts, unless it only helps or comments.
                if leads and _active(doc.text, m, sentence, located):
                    st.leading += 1
                    st.leading_clashes += clash
            if idx is not None and analysis.sentences[idx].label != "other":
                st.prose += 1
            if _MODIFIER_AFTER.match(doc.text, m.end):
                st.modifier += 1
            if _DESCRIBED.match(doc.text, m.end) or (
                nxt is not None and nxt.type == "NORP" and nxt.start == m.end + 1
            ):
                st.described += 1
            if _is_located(doc.text, m, prev, located_at, filed):
                st.located += 1
                located_at.add(m.start)
            if m.type == "PERSON" and st.title is None:
                st.title = _title_before(doc.text, m.start)
    return stats


def _is_located(
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
        or _LOCATIVE.search(text, max(0, m.start - 12), m.start)
        or (
            _FROM.search(text, max(0, m.start - 8), m.start)
            and not _FROM_OFFICIALS.search(text, max(0, m.start - 40), m.start)
        )
    )


def _as_place(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A mention that names ground rather than a party acting, beyond `_is_located`: the home
    of a group, a destination, a part of a country, a city taken or held."""
    return (
        _group_home(text, m, nxt)
        or _DESTINATION.search(text, max(0, m.start - 30), m.start) is not None
        or _PART_OF_COUNTRY.match(text, m.end) is not None
        or (
            not is_state(m.canonical)
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


def _helping(text: str, m: Mention, sentence: Sentence) -> bool:
    """A mention as the one who helps, backs, urges or mediates ("Washington backs González",
    "France sends warships", "thanked Kenya"): a third party's part, not a side's."""
    if _HELPED_BEFORE.search(text, max(sentence.start, m.start - 30), m.start):
        return True
    if _GO_BETWEEN_AFTER.match(text, m.end, sentence.end):
        return True  # "Egyptian and American mediators", "UN peacekeepers"
    return _HELPER_AFTER.match(text, m.end, sentence.end) is not None


def _quoted(text: str, m: Mention) -> bool:
    """A name quoted as a word (the name "Taiwanese"): talked about, not acting."""
    return text[m.start - 1 : m.start] in _QUOTES and text[m.end : m.end + 1] in _QUOTES


_QUOTES = frozenset('"“”«»')


def mention_weight(text: str, m: Mention, sentence: Sentence, located: bool) -> float:
    """How much one narrative mention says the actor is a side of the story."""
    if _quoted(text, m) or _helping(text, m, sentence):
        return 0.0
    if located or _TOPIC_BEFORE.search(text, max(sentence.start, m.start - 16), m.start):
        return 0.5
    return 1.0


def _active(text: str, m: Mention, sentence: Sentence, located: bool) -> bool:
    """A headline or lead mention as an agent or target, not a place, topic or helper."""
    return mention_weight(text, m, sentence, located) == 1.0


def _mark_roles(
    st: ActorStats,
    text: str,
    m: Mention,
    sentence: Sentence,
    prev: Mention | None,
    prominent: bool,
) -> bool:
    """Count the confrontation, armed-group, breakaway and headline-target cues of a mention;
    whether it stands near words of confrontation."""
    before = text[max(sentence.start, m.start - _CLASH_REACH) : m.start]
    after = text[m.end : min(sentence.end, m.end + _CLASH_REACH)]
    clash = _CLASH.search(before) is not None or _CLASH.search(after) is not None
    st.clashes += clash
    if _ARMED_BEFORE.search(before) or _ARMED_AFTER.match(after):
        st.armed += 1
    if m.type in ("GPE", "LOC") and not is_state(m.canonical) and _BREAKAWAY.search(sentence.text):
        st.breakaway += 1  # only a place can be a breakaway region
    if (
        prominent
        and prev is not None
        and prev.start >= sentence.start
        and _OBJECT_GAP.match(text[prev.end : m.start])
        and not _MODIFIER_AFTER.match(text, m.end)  # "asks NATO-led force": not NATO's act
    ):
        st.targeted += 1
    elif (
        prominent
        and m.type == "ORG"
        and (prev is None or prev.start < sentence.start)
        and _MISSION_AFTER.match(after)
    ):
        st.targeted += 1  # "IAEA inspectors reach the plant": the body's own mission is the news
    if prominent and (_BETWEEN_FIRST.search(before) or _BETWEEN_SECOND.search(before)):
        st.paired += 1
    return clash


# "IAEA inspectors reach the plant", "UN mission withdraws": a body's own operation as the event.
_MISSION_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:inspectors|mission|monitors|observers|peacekeepers|experts|team|troops|"
    r"force|envoys?)\s+(?:\w+ly\s+)?(?:reach\w*|arriv\w*|enter\w*|visit\w*|inspect\w*|"
    r"deploy\w*|withdr[ae]w\w*|pull\w*\s+out|leav\w*|left|return\w*|land\w*)\b",
    re.IGNORECASE,
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
# "talks between Israel and Hamas", "clashes between X and Y": the pair named are the sides.
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_SECOND = re.compile(
    r"\bbetween\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Iran bars IAEA inspectors": a party, its verb, then the object.
_OBJECT_GAP = re.compile(
    r"^\s+(?!(?:after|as|and|or|but|while|with|over|in|at|to|from|for|of|by|on|when|before|amid|"
    r"despite|against|into|near|than)\s)[a-z][a-z-]*\s+(?:the\s+)?$"
)

_LEAD_PARAGRAPHS = 4


def _dateline(doc: Document) -> tuple[int, int]:
    """Where a dateline opening the story stands ("KINSHASA, Jan 27 (Wire) -"), else (0, 0)."""
    for p in doc.paragraphs[:_LEAD_PARAGRAPHS]:
        found = read_dateline(doc.text[p.start : p.end])
        if found is not None:
            return p.start, p.start + found.end
    return 0, 0


def _sentence_index(analysis: Analysis) -> _Locator:
    return _Locator([(s.start, s.end) for s in analysis.sentences])


class _Locator:
    """Which sentence holds an offset (sentences are sorted and disjoint)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def __call__(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.spans[i][1]:
            return i
        return None


def _cooccur(items: Sequence[tuple[Document, Analysis]]) -> dict[str, set[str]]:
    """Actor -> actors it shares at least one sentence with."""
    together: dict[str, set[str]] = defaultdict(set)
    for _doc, analysis in items:
        names_by_sentence: dict[int, set[str]] = defaultdict(set)
        locate = _sentence_index(analysis)
        for m in analysis.mentions:
            idx = locate(m.start)
            if idx is not None:
                names_by_sentence[idx].add(m.canonical)
        for names in names_by_sentence.values():
            for n in names:
                together[n] |= names - {n}
    return together


def own_authorities(st: ActorStats) -> bool:
    """A territory with authorities of its own (Transnistria, Somaliland), known to the gazetteer
    or described as breakaway in the text: it can be a side, like a state."""
    if is_state(st.name) or st.type not in ("GPE", "LOC"):
        return False
    if gazetteer.is_territory(st.name):
        return True
    return st.breakaway > 0 and government_of(st.name) is None


def principal_score(st: ActorStats) -> float:
    """Narrative mentions weighed by role, with headline and lead mentions as agent or target
    counting double. International bodies weigh half (they mostly react) unless the headline
    makes them the target of the story's act; armed groups and territories with their own
    authorities weigh like states; towns and regions weigh half (a place in the story, rarely a
    side of it)."""
    score = st.weighted + st.leading
    if st.type == "ORG" and not (st.armed or st.targeted or st.paired):
        score *= 0.5
    if st.type == "GPE" and not is_state(st.name) and not own_authorities(st):
        score *= 0.5
    return score


def _candidate(st: ActorStats) -> bool:
    """Whether an actor could be a side: a state, an organisation, an armed group or a territory
    with its own authorities. A people ("Kosovo Serbs", "Rohingya") acts through its leaders
    and groups, so it is a side only when described as armed."""
    if st.type == "NORP" and not is_state(st.name):
        return st.armed > 0
    return st.type in _PARTY_TYPES or own_authorities(st)


def party_scores(
    stats: dict[str, ActorStats], affiliated: Mapping[str, str] | frozenset[str] = frozenset()
) -> dict[str, float]:
    """Principal scores per candidate party. A capital named as a place ("in Ankara") counts
    for its state; people without a foreign title and unqualified institutions ("the Supreme
    Court") are the story's own and count for the leading party; a person whose party is known
    counts for it when it leads."""
    scores: dict[str, float] = {}
    domestic = 0.0
    own: dict[str, float] = {}
    for st in stats.values():
        if st.type == "PERSON":
            if st.name not in affiliated:
                domestic += st.narrative
            elif isinstance(affiliated, Mapping):
                party = affiliated[st.name]
                own[party] = own.get(party, 0.0) + st.narrative
            continue
        if not _candidate(st):
            continue
        if is_domestic_institution(st.name):
            domestic += st.narrative
            continue
        name = st.name
        if st.type == "GPE" and not is_state(name) and not own_authorities(st):
            state = government_of(name)
            if state is not None:
                scores[state] = scores.get(state, 0.0) + st.weighted + st.leading
                continue
        scores[name] = scores.get(name, 0.0) + principal_score(st)
    if scores:
        # The story is the party's whose own people (known by title) it tells of most; those
        # people, and the ones nobody's title claims, count for it alone.
        def with_people(name: str) -> tuple[float, str]:
            return scores[name] + own.get(name, 0.0) * DOMESTIC_WEIGHT, name

        top = max(scores, key=with_people)
        scores[top] += (domestic + own.get(top, 0.0)) * DOMESTIC_WEIGHT
    return scores


# "Tokyo protests", "China protests the visit": a state's diplomatic protest, not street protests.
_PROTEST_VERB = re.compile(r"\b[A-Z][\w.'’-]*\s+protest(?:s|ed)?\b")


def domestic_story(items: Sequence[tuple[Document, Analysis]]) -> bool:
    """Whether the headlines tell one country's own affair (an election, a coup, protests, a
    law, gang violence): then foreign states are third parties, however often they are named,
    unless they confront the sides in the headline or lead."""
    votes = 0
    for _doc, analysis in items:
        opening = [s for s in analysis.sentences if s.paragraph == 1]
        if not opening:
            opening = [s for s in analysis.sentences if s.label != "other"][:1]
        if any(_tells_own_affair(s, analysis.mentions) for s in opening):
            votes += 1
    return bool(items) and 2 * votes >= len(items)


def _tells_own_affair(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """A headline word of a country's own affair that is not an organisation's ("UN vote",
    "European Parliament") nor a state's diplomatic protest ("Tokyo protests")."""
    bodies = [
        (m.start - sentence.start, m.end - sentence.start)
        for m in mentions
        if m.type == "ORG" and sentence.start <= m.start < sentence.end
    ]
    text = _PROTEST_VERB.sub(lambda f: " " * len(f.group()), sentence.text)
    for word in _DOMESTIC.finditer(text):
        if not any(a <= word.start() <= b + 1 for a, b in bodies):
            return True
    return False


def _inner_group(st: ActorStats | None) -> bool:
    """An armed group or a territory's authorities: a side even of one country's own affair."""
    return st is not None and not is_state(st.name) and bool(st.armed or own_authorities(st))


#: Share of the leading score an armed group or territory fighting the sides in the headline
#: or lead needs, and a body the headline's act targets ("Iran bars IAEA inspectors").
_GROUP_SHARE = 0.2
_TARGET_SHARE = 0.15


def _needed_share(st: ActorStats | None, rank: int) -> float:
    """The share of the leading score a party needs to be the next side. A third side must be
    one of the fighters: most of its mentions near words of confrontation."""
    if st is None:
        return 1.0
    if st.paired:
        return _GROUP_SHARE  # named with a side as the pair in the headline or lead
    if st.clashes and _inner_group(st):
        return _GROUP_SHARE if st.leading else _SECOND_SHARE
    if st.clashes and st.targeted:
        return _TARGET_SHARE
    if rank == 1:
        return _SECOND_SHARE
    if st.clashes >= _CLASH_RATIO * st.narrative:
        return _THIRD_SHARE
    return 1.0


def choose_principals(
    stats: dict[str, ActorStats],
    items: Sequence[tuple[Document, Analysis]],
    affiliated: Mapping[str, str] | Iterable[str] = (),
) -> tuple[str, ...]:
    """The sides of the story, most prominent first."""
    scores = party_scores(
        stats, affiliated if isinstance(affiliated, Mapping) else frozenset(affiliated)
    )
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    if not ranked or scores[ranked[0]] <= 0:
        return ()
    together = _cooccur(items)
    top = scores[ranked[0]]
    chosen = [ranked[0]]
    inside = domestic_story(items)
    for name in ranked[1:]:
        if len(chosen) >= _MAX_PRINCIPALS:
            break
        st = stats.get(name)
        if inside and not _inner_group(st) and not (st is not None and st.leading_clashes):
            continue  # a foreign state in one country's affair is a third party
        if scores[name] / top < _needed_share(st, len(chosen)):
            continue
        # A group inside the country need not be named in one sentence with its state.
        inner = _inner_group(st) or any(_inner_group(stats.get(c)) for c in chosen)
        if inner or any(c in together.get(name, set()) for c in chosen):
            chosen.append(name)
    chosen += [n for n in _allies(items, chosen) if n not in chosen][:_MAX_ALLIES]
    return tuple(chosen)


_MAX_ALLIES = 3
# The group's own act right after it ("... and Egypt severed", "US and British jets strike").
_ACTS_AFTER = re.compile(r"^\s*(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _CLASH.pattern, re.IGNORECASE)
_LIST_JOIN = re.compile(r"^(?:,\s*(?:the\s+)?|,?\s+and\s+(?:the\s+)?)$")


def _allies(items: Sequence[tuple[Document, Analysis]], chosen: Sequence[str]) -> list[str]:
    """States that act jointly with a side in the headline or lead ("Saudi Arabia, the United
    Arab Emirates, Bahrain and Egypt severed relations with Qatar"): a coalition's members are
    all sides, however seldom each is named alone."""
    found: list[str] = []
    for doc, analysis in items:
        lead = next((i for i, s in enumerate(analysis.sentences) if s.label != "other"), None)
        opening = [s for i, s in enumerate(analysis.sentences) if s.paragraph == 1 or i == lead]
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        for sentence in opening:
            inside = [m for m in ordered if sentence.start <= m.start < sentence.end]
            group: list[Mention] = []
            for m in [*inside, None]:
                if m is not None and (
                    not group or _LIST_JOIN.match(doc.text[group[-1].end : m.start])
                ):
                    group.append(m)
                    continue
                names = [government_of(g.canonical) or g.canonical for g in group]
                after = doc.text[group[-1].end : group[-1].end + 40] if group else ""
                acting = len(group) > 1 and _ACTS_AFTER.match(after) is not None
                if acting and any(n in chosen for n in names):
                    found += [n for n in names if is_state(n) and n not in found]
                group = [m] if m is not None else []
    return found


# "Ukraine's nuclear operator Energoatom", "the Russian gas company Gazprom": a side's own body.
_OWNER_GAP = re.compile(
    r"^(?:['’]s)?\s+(?:(?:main|state|state-owned|state-run|national|nuclear|energy|gas|oil|"
    r"power|largest|biggest|ruling|opposition|governing|former)\s+)*(?:operator|company|firm|"
    r"giant|party|agency|monopoly|broadcaster|utility|producer|supplier|corporation|carrier|"
    r"airline|bank|group)\s+(?:the\s+)?$"
)
# "the main opposition Democratic Party": a party of the country whose affair the story is.
_HOME_POLITICS = re.compile(
    r"\b(?:opposition|ruling|governing)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE
)


def own_bodies(
    items: Sequence[tuple[Document, Analysis]], principals: Sequence[str]
) -> dict[str, str]:
    """Organisations the text gives to a principal party: introduced by its name or demonym
    ("Ukraine's nuclear operator Energoatom") or, when the story has one side and no other
    state is named before it, as the opposition or ruling party. What they say is the side's
    own voice, not a reaction."""
    owned: dict[str, str] = {}
    if not principals:
        return owned
    for doc, analysis in items:
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        locate = _sentence_index(analysis)
        for k, m in enumerate(ordered):
            if m.type != "ORG" or m.canonical in principals or m.canonical in owned:
                continue
            prev = ordered[k - 1] if k > 0 else None
            party = None
            if prev is not None and prev.type in ("GPE", "NORP"):
                party = government_of(prev.canonical) or prev.canonical
                if party in principals and _OWNER_GAP.match(doc.text[prev.end : m.start]):
                    owned[m.canonical] = party
                    continue
            idx = locate(m.start)
            foreign = prev is not None and idx is not None and locate(prev.start) == idx
            foreign = foreign and party is not None and party not in principals
            before = doc.text[max(0, m.start - 40) : m.start]
            if len(principals) == 1 and not foreign and _HOME_POLITICS.search(before):
                owned[m.canonical] = principals[0]
    return owned


def not_a_party(name: str) -> bool:
    """A name that is a ship or a place however it was typed ("USS Ronald Reagan", "Second
    Thomas Shoal", "Blue Line"): never an actor or a speaker."""
    return _SHIP_OR_PLACE.search(name) is not None and not is_state(name)


def _is_actor(st: ActorStats, principals: Sequence[str], outlets: set[str]) -> bool:
    kind = st.type
    if st.name in principals:
        return True
    if kind in ("PERSON", "ORG") and not_a_party(st.name):
        return False
    if kind in ("PERSON", "ORG") and st.commentator > st.mentions // 2:
        return False  # an analyst or resident quoted, or where they work: not a party
    if st.statements:
        return True
    if kind in _NEVER_ACTORS or st.name in outlets or not st.prose:
        return False  # places, the outlet, names only in bylines and credits
    if kind == "GPE":
        # A state named, not only met as a language or demonym ("known in Albanian as").
        named = st.types.get("GPE", 0) > 0
        # A state met only as a place ("talks in Switzerland") is not a party to the story.
        acting = st.narrative - st.located
        return is_state(st.name) and named and st.narrative >= STATE_MENTIONS and acting > 0
    if st.titled >= st.mentions:
        return False  # only ever part of someone's title
    if kind == "NORP" and st.described >= st.mentions:
        return False  # only ever describing someone else ("Hutu extremists", "Tutsi fighters")
    # Organisations, groups and named people, unless only ever a label ("NATO-led").
    return st.modifier < st.mentions


def _merge_institutions(stats: dict[str, ActorStats]) -> dict[str, ActorStats]:
    """Fold a state's institutions ("Russian Foreign Ministry") into the state, and leave out
    ministries named without a state: their statements are already the state's."""
    merged = dict(stats)
    for name, st in stats.items():
        if st.type != "ORG":
            continue
        owner = owner_state(name) or owner_body(name)
        speaks_for = _MINISTRY.search(name) is not None  # police and armies act for themselves
        if owner is not None and owner != name and owner in merged and speaks_for:
            target = merged[owner]
            target.mentions += st.mentions
            target.surfaces.update(st.surfaces)
            target.statements.update(st.statements)
            del merged[name]
        elif is_domestic_institution(name) and _MINISTRY.search(name):
            del merged[name]
    return merged


def _part_of(short: list[str], full: list[str]) -> bool:
    """Whether `short` is one word of `full`, or its first or last words ("Suu Kyi")."""
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] in full
    return full[: len(short)] == short or full[-len(short) :] == short


def _merge_short_names(stats: dict[str, ActorStats]) -> dict[str, ActorStats]:
    """Fold a short form of a person ("Mr Lai", "Ms Suu Kyi") into the one full name holding it
    ("Lai Ching-te", "Aung San Suu Kyi"), whichever end of the name it is."""
    people = [st for st in stats.values() if st.type == "PERSON"]
    merged = dict(stats)
    for st in people:
        words = st.name.split()
        fuller = [p for p in people if p is not st and _part_of(words, p.name.split())]
        if len(fuller) != 1:
            continue
        target = fuller[0]
        target.mentions += st.mentions
        target.narrative += st.narrative
        target.prose += st.prose
        target.surfaces.update(st.surfaces)
        target.statements.update(st.statements)
        del merged[st.name]
    return merged


STANCE_PHRASES = {
    "concern": "voiced concern",
    "appeal-restraint": "urged restraint",
    "appeal-dialogue": "called for dialogue",
    "support": "expressed support",
    "criticism": "criticised",
    "threat": "warned or threatened",
    "other": "made statements",
}


def _role(st: ActorStats, principal: bool, affiliation: str | None) -> str:
    """One line on the actor's part in the story: side or third party, title, what it said."""
    said = ", ".join(STANCE_PHRASES.get(k, k) for k, _n in st.statements.most_common(3))
    if st.type == "PERSON":
        who = st.title or "Named person"
        if affiliation and affiliation not in who:
            who = f"{who} ({affiliation})"
        return f"{who}; {said}" if said else who
    if principal:
        base = "Principal party"
    elif st.statements:
        base = "Third party"
    else:
        base = "Mentioned party"
    return f"{base}; {said}" if said else base


def build_actors(
    stats: dict[str, ActorStats],
    principals: Sequence[str],
    affiliation: dict[str, str] | None = None,
    outlets: Iterable[str] = (),
) -> tuple[Actor, ...]:
    """Actors, principal parties first, then by statements and mentions."""
    aff = affiliation or {}
    stats = _merge_short_names(_merge_institutions(stats))
    chosen = [st for st in stats.values() if _is_actor(st, principals, set(outlets))]

    def rank(st: ActorStats) -> tuple[int, int, int, str]:
        order = principals.index(st.name) if st.name in principals else len(principals)
        weight = st.mentions + 3 * sum(st.statements.values())
        return (order, -weight, -st.mentions, st.name)

    actors: list[Actor] = []
    for st in sorted(chosen, key=rank):
        aliases = tuple(s for s, _n in st.surfaces.most_common() if s != st.name)
        actors.append(
            Actor(
                name=st.name,
                type=st.type,
                aliases=aliases,
                mentions=st.mentions,
                role=_role(st, st.name in principals, aff.get(st.name)),
                source=st.first_source,
                principal=st.name in principals,
            )
        )
    return tuple(actors)
