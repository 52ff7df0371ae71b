"""The sides of a disaster's or an accident's story.

A natural disaster (or an epidemic) belongs to the states it struck and those whose dead the
story counts; an accident of industry or shipping to the company it is laid at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention
from briefer.analysis.prefilter import fold, gate
from briefer.analysis.reactions import is_domestic_institution, is_state, owner_state
from briefer.briefing.parties.home_affairs import state_of
from briefer.briefing.roles.courts import international_court
from briefer.briefing.roles.cues import mention_weight
from briefer.briefing.stats import opening_sentences, sentence_index
from briefer.sources.document import Document

# An accident of industry or shipping told in the headline or lead: a spill, a blowout, a ship
# aground, sunk or stuck, a train derailed (not an air crash: an airline that lost a plane is
# its victim as much as anyone; not a bank's collapse nor a leak of papers).
_ACCIDENT = re.compile(
    r"\b(?:spills?(?!\s+over)|spill(?:ed|ing)\s+(?:oil|crude|fuel)|(?:oil|gas)\s+leaks?|"
    r"leak(?:s|ed|ing)\s+(?:oil|crude|gas|fuel)|"
    r"blow-?outs?|blew\s+out|blown[\s-]out|gushing|(?:oil\s+)?slicks?|aground|"
    r"capsiz\w*|sank|sinking|(?:stuck|wedged)\s+(?:in|across)|"
    r"blocked\s+the\s+(?:[\w-]+\s+)?canal|derail\w*)\b",
    re.IGNORECASE,
)
_ACCIDENT_GATE = gate(_ACCIDENT)
# The company's own word of liability after its name ("X, said it was 'extremely sorry'",
# "X would pay for the clean-up", "X accepted responsibility").
_LIABLE_AFTER = re.compile(
    r"^,?\s+(?:(?:has|had|also|later|on\s+\w+)\s+)*(?:(?:said|says)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?it\s+(?:was|is|would|will)\s+(?:\w+\s+)?(?:[\"“‘']?(?:\w+\s+)?sorry|"
    r"pay\s+(?:for|compensation)|compensate|take\s+(?:full\s+)?responsibility)|"
    r"apologi[sz]\w*|(?:will|would|must|agreed\s+to)\s+pay\s+(?:for|compensation)|"
    r"accept\w*\s+(?:full\s+)?responsibility|(?:was|were|has\s+been)\s+(?:fined|sued|"
    r"charged|blamed))",
    re.IGNORECASE,
)
# Others laying the accident at the company ("sued X", "an inquiry into X", "blamed X").
_LIABLE_BEFORE = re.compile(
    r"\b(?:sue|sues|sued|suing|fined?|fines|blam(?:e|es|ed)|inquiry\s+into|"
    r"investigation\s+into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def liable_companies(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """Companies an accident of industry or shipping told in the headline or lead is laid at:
    in their own words ("The ship's owner, X, said it was sorry for the trouble caused", "X
    would pay for the clean-up") or by others ("the government sued X"). A side of the
    accident's story, like the state it struck; a company that only helps or carries is not."""
    found: list[str] = []
    for doc, analysis in items:
        lead = [fold(s.text) for s in opening_sentences(analysis)]
        if not any(_ACCIDENT_GATE.may_match(t) and _ACCIDENT.search(t) for t in lead):
            continue
        for m in analysis.mentions:
            if m.type != "ORG" or m.canonical in found or is_state(m.canonical):
                continue
            if owner_state(m.canonical) or gazetteer.is_outlet(m.canonical):
                continue
            if is_domestic_institution(m.canonical) or international_court(m.canonical):
                continue
            if _LIABLE_AFTER.match(doc.text[m.end : m.end + 120]) or _LIABLE_BEFORE.search(
                doc.text, max(0, m.start - 50), m.start
            ):
                found.append(m.canonical)
    return found


# A natural disaster named in a headline or lead (not "a flood of", "a landslide vote", "a
# landslide for its candidate").
_NATURAL_DISASTER = re.compile(
    # (not an election's: "a landslide victory", "won by a landslide", "elected in a landslide")
    r"\b(?:earthquakes?|quakes?|"
    r"(?<!\bwon\sby\sa\s)(?<!\bwin\sby\sa\s)(?<!\bwins\sby\sa\s)(?<!\bwon\sin\sa\s)"
    r"(?<!\bwin\sin\sa\s)(?<!\bwins\sin\sa\s)(?<!elected\sby\sa\s)(?<!elected\sin\sa\s)"
    r"landslides?(?!\s+(?:victory|win|vote|majority|for|in\s+the))|"
    r"mudslides?|floods?(?!\s+of\b)|flooding|flooded|cyclones?|tidal\s+waves?|lava|famines?|"
    r"hurricanes?|typhoons?|tsunamis?|eruptions?|volcano(?:es)?|volcanic|wildfires?|bushfires?|"
    r"droughts?|avalanches?|epidemics?|pandemics?|outbreaks?(?!\s+of\s+(?:fighting|violence|war|"
    r"hostilities|unrest|clashes))|"
    # "WHO declares mpox a global emergency": an epidemic told by the alarm raised over it
    r"(?:global|public\s+health|international\s+health)\s+emergency)\b",
    re.IGNORECASE,
)
# "rescue teams from Spain", "aid from the Gulf": where help comes from, not where it struck.
_HELP_FROM = re.compile(
    r"\b(?:teams?|rescuers|aid|help|assistance|experts|doctors|volunteers|workers|troops|"
    r"soldiers|planes?|flights|donations|supplies|convoys?|bridges?|firefighters|crews|"
    r"personnel|medics|specialists|arriv\w*|(?:flown|sent|came)\s+in)\s+from\s+(?:the\s+)?"
    # "Firefighters from U.S. and Canada": each state a list of helpers' homes names.
    r"(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)*(?:,\s*|,?\s+and\s+)(?:the\s+)?){0,3}$",
    re.IGNORECASE,
)


def _state_of_the_time(m: Mention) -> str | None:
    """The state a mention names, one of the past too ("Soviet Armenia", "the official Soviet
    count"): a disaster of 1988 struck the Soviet Union; or a territory with a government of
    its own (an overseas territory, an island dependency): a volcano on it struck its people
    and its government, a side beside its state."""
    found = state_of(m)
    if found is None and gazetteer.is_former_state(m.canonical):
        return m.canonical
    if (
        found is None
        and m.type == "GPE"
        and gazetteer.is_territory(m.canonical)
        and m.canonical not in gazetteer.held_territories()
    ):
        return m.canonical
    return found


# A state's people or state named as the helpers: "Greek rescuers", "a Japanese search team",
# "British, American and Israeli warships bring help", "Australian and New Zealand rescue teams
# reach the capital", "Australian warship heads for the cyclone-hit islands", "UK announces
# emergency support for", "Australia sends aircraft", "meals sent by Britain".
_HELPERS_AFTER = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,4}"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:rescuers|teams?|units?|volunteers|doctors|medics|experts|"
    r"specialists|firefighters|donors?|warships?|relief\s+(?:planes|flights|ships)|"
    r"aid\s+(?:planes|flights|ships|convoys?))\b"
)
_GIVES_AFTER = re.compile(
    r"\s+(?:(?:will|would|has|have|is|was|also|quickly|began|begins|started)\s+|"
    r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:was|is|would|will)\s+)*"
    r"(?:announc\w*|provid\w*|send\w*|sent|pledg\w*|offer\w*|donat\w*|dispatch\w*|"
    r"mount\w*|lead|leads|led|fl(?:ew|ies|y|ying)\s+in)\s+[^.;]{0,60}?\b(?:support|"
    r"aid|help|assistance|relief|rescuers|teams?|supplies|hospitals?|airlift|warships?|"
    r"aircraft|planes|helicopters|ships|tents|food|medicines?)\b",
    re.IGNORECASE,
)
_GIVEN_BY_BEFORE = re.compile(
    r"\b(?:sent|provided|donated|offered|pledged|dispatched|flown\s+in)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _helper(text: str, m: Mention, others: bool) -> bool:
    """A state named in a disaster's opening as the one helping another its sentence names
    (`others`): its rescuers or team, its support announced or sent ("Turkey quake toll passes
    7,000 as Greek rescuers pull survivors from rubble", "UK announces emergency support for
    Malawi", "meals sent by Britain ... because U.S. rules"). A state sending rescuers to its
    own provinces is the one struck."""
    return others and (
        (m.type in ("NORP", "GPE") and _HELPERS_AFTER.match(text, m.end) is not None)
        or _GIVES_AFTER.match(text, m.end) is not None
        or _GIVEN_BY_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
    )


def stricken_states(
    items: Sequence[tuple[Document, Analysis]],
    counted: set[str] | None = None,
    helpers: set[str] | None = None,
) -> frozenset[str]:
    """The states named in a headline or lead that tells a natural disaster ("Nepal earthquake
    live", "a cloud of volcanic ash drifting from Iceland"), not as the ones helping ("foreign
    rescue teams from Spain", "India is sending rescue teams"). The states such a story's body
    counts the dead or homeless in ("killed more than 600 people in Mozambique, around 340 in
    Zimbabwe", "Malawi's government says 56 people have died") are added to `counted`, and the
    states the opening names as the helpers ("rescue teams from Australia, Japan and the United
    States") to `helpers`."""
    found: set[str] = set()
    helping: set[str] = set()
    for doc, analysis in items:
        opening = opening_sentences(analysis)
        told = [_NATURAL_DISASTER.search(s.text) is not None for s in opening]
        if not any(told):
            continue
        # Every sentence of the opening names helpers ("Thousands homeless as earthquake levels
        # towns", then "British, American and Israeli warships bring the first help"); only
        # those telling the disaster name the states struck.
        for sentence, disaster in zip(opening, told, strict=True):
            inside = [
                (m, _state_of_the_time(m))
                for m in analysis.mentions
                if sentence.start <= m.start < sentence.end
            ]
            named = {state for _m, state in inside} - {None}
            for m, state in inside:
                if state is None:
                    continue
                if _HELP_FROM.search(doc.text, max(0, m.start - 80), m.start) or _helper(
                    doc.text, m, bool(named - {state})
                ):
                    helping.add(state)
                    continue
                if disaster and mention_weight(doc.text, m, sentence, False) > 0:
                    found.add(state)
        if counted is not None:
            counted |= _counted_in(doc, analysis)
    if helpers is not None:
        helpers |= helping
    # "U.S. warship arrives off Bangladesh as cyclone aid pledges mount", then "A U.S. Navy
    # ship reached the Bay of Bengal": a state the opening shows helping is no state struck,
    # though another of its sentences names it beside the disaster.
    return frozenset(found - helping or found)


# A count of a disaster's victims or damage: a number and a word of toll in one sentence.
_TOLL = re.compile(
    r"\b(?:kill(?:ed|ing|s)|died|dead|deaths?|homeless|displaced|missing|injured|infected|"
    r"affected|destroyed|damaged|evacuated)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d|\b(?:hundreds|thousands|dozens|millions?)\b", re.IGNORECASE)
# Where the toll was counted ("around 340 in Zimbabwe", "across the north of Syria") or who
# counts its own ("Malawi's government says", "Mozambique's President X said").
# (not an earlier disaster the story is compared with: "far lower than in Haiti, where")
# (not where the helpers come from: "helicopters based in Afghanistan"; "in neighbouring
# Mozambique" is where it counted too. "killed in northern India" beside a quake in Nepal is
# not: the development sets split on a neighbour's region, dev9's Nepal quake against none)
_TOLL_IN_BEFORE = re.compile(
    r"(?<!than\s)(?<!based\s)(?<!stationed\s)(?<!deployed\s)(?<!headquartered\s)\b(?:in|across)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# "killed on the Indian side of the Line of Control": a people's side of a border.
_SIDE_AFTER = re.compile(r"\s+side\s+of\b", re.IGNORECASE)
_OWN_COUNT_AFTER = re.compile(
    r"['’]s\s+(?:(?:government|authorities|officials|president|prime\s+minister|"
    r"(?:health\s+|interior\s+)?ministry|disaster\s+\w+|civil\s+protection)\b)",
    re.IGNORECASE,
)


# A state that counts its own cases or dead, alone or in a list of states ("Burundi, Kenya,
# Rwanda and Uganda have confirmed their first cases", "Burundi has reported more than 170
# confirmed cases", "Uganda and Kenya have each confirmed a handful").
_OWN_REPORT_AFTER = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*){0,5}"
    r"\s+(?:has|have|had)\s+(?:(?:each|also|now|so\s+far)\s+)*(?:reported|confirmed|recorded|"
    r"registered)\s+"
    # (not its nationals dead abroad: "Britain has confirmed the deaths of 12 citizens")
    r"(?![^.;]{0,60}\b(?:citizens|nationals|tourists|among\s+the)\b)"
    r"(?:[\w,.-]+\s+){0,5}?(?:cases|deaths|infections|dead|handful|\d)",
    re.IGNORECASE,
)


def _counted_in(doc: Document, analysis: Analysis) -> set[str]:
    """States a disaster story's sentences count victims or damage in (see `stricken_states`)."""
    found: set[str] = set()
    locate = sentence_index(analysis)
    for m in analysis.mentions:
        if m.type not in ("GPE", "NORP"):
            continue
        idx = locate(m.start)
        if idx is None:
            continue
        sentence = analysis.sentences[idx]
        if sentence.label == "other":
            continue
        state = _state_of_the_time(m)
        if state is None or state in found:
            continue
        if m.type == "GPE" and _OWN_REPORT_AFTER.match(doc.text, m.end, sentence.end):
            found.add(state)
            continue
        if _TOLL.search(sentence.text) is None or _NUMBER.search(sentence.text) is None:
            continue
        if (
            _TOLL_IN_BEFORE.search(doc.text, max(sentence.start, m.start - 40), m.start)
            or (m.type == "GPE" and _OWN_COUNT_AFTER.match(doc.text, m.end))
            or (
                m.type == "NORP"
                and doc.text.endswith("the ", max(0, m.start - 4), m.start)
                and _SIDE_AFTER.match(doc.text, m.end)
            )
        ):
            found.add(state)
    return found
