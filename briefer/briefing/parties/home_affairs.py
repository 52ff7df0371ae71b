"""Whether the story is one country's own affair: an election, a coup, protests, unrest.

Then foreign states are third parties however often named (`parties`). Also `state_of`, the
state a mention names or belongs to, which the other side-finders read too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.reactions import government_of, is_state, owner_state
from briefer.briefing.stats import lead_of, opening_sentences
from briefer.sources.document import Document

# "Army officers seize power in Sudan", "the junta took power": a coup the headline never names.
_SEIZE_POWER = r"(?:seiz(?:e|es|ed|ing)|tak(?:e|es|en|ing)|took)\s+power"

# Words that make a story one country's own affair (an election, a coup, protests, a law): its
# foreign states are then third parties however often they are named.
_DOMESTIC = re.compile(
    r"\b(?:elections?|electoral|vote|votes|voting|ballots?|polls|opposition|coup|junta|"
    r"protests?|protesters|unrest|riots?|rioters|uprising|crackdown|demonstrations?|"
    r"demonstrators|parliament|assembly|referendum|president-elect|candidate|exile|gangs?|"
    r"revolts?|rebellion|insurrection|mutin\w*|martial\s+law|"
    r"impeach\w*|resign\w*|overthrown|deposed|" + _SEIZE_POWER + "|"
    r"(?:top|supreme|constitutional)\s+court|power\s+struggle|"
    # "rival Haitian leaders", "Libya's rival governments": claimants to one state's power.
    r"rival\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:leaders|claimants|governments|administrations|"
    r"factions|camps|presidents|prime\s+ministers|parliaments))\b",
    re.IGNORECASE,
)


# "Tokyo protests", "China protests the visit": a state's diplomatic protest, not street protests.
_PROTEST_VERB = re.compile(r"\b[A-Z][\w.'’-]*\s+protest(?:s|ed)?\b")


# A vote to leave a union ("Montenegro votes narrowly for independence", "After the
# referendum: Montenegro's independence"): the state left behind is the other side of it.
_VOTE_TO_LEAVE = re.compile(
    r"\b(?:votes?|voted|voting|referendum|plebiscite)\b.*\b(?:independence|secession|"
    r"secede|break-?up)\b|\b(?:independence|secession)\s+(?:referendum|vote|plebiscite)\b|"
    r"\breferendum\b.*\bindependence\b",
    re.IGNORECASE,
)


def domestic_story(items: Sequence[tuple[Document, Analysis]]) -> bool:
    """Whether the headlines tell one country's own affair (an election, a coup, protests, a
    law, gang violence): then foreign states are third parties, however often they are named.
    A vote to leave a union is not one country's affair: the state it leaves is a side."""
    votes = 0
    for _doc, analysis in items:
        heads = [s for s in analysis.sentences if s.paragraph == 1]
        if not heads:
            heads = [s for s in analysis.sentences if s.label != "other"][:1]
        if any(_VOTE_TO_LEAVE.search(s.text) for s in heads):
            continue
        if any(_tells_own_affair(s, analysis.mentions) for s in heads) and not any(
            _foreign_crowd(analysis.sentences[i], analysis.mentions) for i in lead_of(analysis)
        ):
            votes += 1
    return bool(items) and 2 * votes >= len(items)


# Where a headline's first clause ends ("Zimbabwe holds 67 mercenaries; Equatorial Guinea says
# coup plot foiled", "After the referendum: Montenegro's independence", "Peru closes border
# with Ecuador as thousands join protests").
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:|]|\s[–—-]|\s(?:as|while|after|amid|when)\s)\s*")


def affair_state(items: Sequence[tuple[Document, Analysis]]) -> str | None:
    """The state whose own affair the headlines tell, when the headline opens with it and its
    first clause holds the word of the affair ("Moldova expels Romanian envoy, blames Bucharest
    for parliament riot", "Congo military court sentences 37 over failed coup"): the country
    the affair is of, however often the story names the foreign state it accuses or whose
    nationals it tries. Not a state opening a clause of its own beside the affair ("Zimbabwe
    holds mercenaries; Equatorial Guinea says coup plot foiled"). None unless every headline
    agrees. A state the headline names with the word itself ("British commandos crush Tanganyika
    army mutiny", "Mercenaries surrender in Durban after failed coup in Seychelles") is the
    affair's, whoever opens it (`_owner_of_affair`)."""
    found: set[str | None] = set()
    for _doc, analysis in items:
        head = next((s for s in analysis.sentences if s.paragraph == 1), None)
        if head is None:
            return None
        owner = _owner_of_affair(head, analysis.mentions)
        if owner is not None:
            found.add(owner)
            continue
        cut = _CLAUSE_BREAK.search(head.text)
        clause = head.text[: cut.start()] if cut is not None else head.text
        word = _DOMESTIC.search(_PROTEST_VERB.sub(lambda f: " " * len(f.group()), clause))
        first = next((m for m in analysis.mentions if head.start <= m.start < head.end), None)
        own = state_of(first) if first is not None and first.start == head.start else None
        if word is not None and any(
            head.start + word.start() <= m.start < head.start + word.end()
            and state_of(m) not in (None, own)
            for m in analysis.mentions
        ):
            own = None  # "U.S. team meets rival Libyan leaders": another state's affair
        found.add(own if word is not None else None)
    return found.pop() if len(found) == 1 else None


# Between a state and its affair's word: nothing, its possessive, or one word naming who rose
# or how ("Tanganyika army mutiny", "Bangladesh's army coup", "Kenyan election rerun").
_OWNER_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:army|military|palace|student|street|police|presidential|"
    r"parliamentary|general|failed|abortive)\s+)?"
)
# After the word: the state it took place in or was aimed at ("failed coup in Seychelles"),
# for an event that happens in a country (not "flies into exile in Spain").
_OWNER_AFTER = re.compile(r"\s+(?:in|against)\s+(?:the\s+)?")
_EVENT_IN = re.compile(
    r"(?:elections?|coup|protests?|unrest|riots?|uprising|crackdown|revolts?|rebellion|"
    r"insurrection|mutin\w*|" + _SEIZE_POWER + ")",
    re.IGNORECASE,
)


def _owner_of_affair(head: Sentence, mentions: Sequence[Mention]) -> str | None:
    """The state a headline names with its word of one country's affair: right before it
    ("Tanganyika army mutiny", "Gambian coup") or after "in", "against" ("failed coup in
    Seychelles"), by its own name or its people's (a capital is the government speaking:
    "Peking sends protest"). None when the headline names none so."""
    text = _PROTEST_VERB.sub(lambda f: " " * len(f.group()), head.text)
    inside = [m for m in mentions if head.start <= m.start < head.end]
    for word in _DOMESTIC.finditer(text):
        for m in inside:
            own = _named_state(m)
            if own is None:
                continue
            at, end = m.start - head.start, m.end - head.start
            gap = _OWNER_GAP.fullmatch(text, end, word.start()) if end <= word.start() else None
            after = (
                _OWNER_AFTER.fullmatch(text, word.end(), at)
                if at >= word.end() and _EVENT_IN.fullmatch(word.group())
                else None
            )
            if gap is not None or after is not None:
                return own
    return None


def _named_state(m: Mention) -> str | None:
    """The state (of today or of the past) a mention names by its own name or its people's,
    not by its capital."""
    if m.type == "NORP":
        name = government_of(m.canonical)
    elif m.type == "GPE":
        entry = gazetteer.current().lookup(m.surface)
        name = m.canonical if entry is None or entry.kind not in ("capital", "seat") else None
    else:
        name = None
    if name is None or not (is_state(name) or gazetteer.is_former_state(name)):
        return None
    return name


# "British commandos crush the mutiny at Nyerere's request", "troops landed at the invitation of
# the government": help the affair's own side asked for.
_ASKED_FOR = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?(?:[\w-]+['’]s?\s+)?"
    r"(?:request|invitation|behest)\b",
    re.IGNORECASE,
)


def invited(items: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """The states a headline or lead shows acting at another's request ("British commandos crush
    Tanganyika army mutiny at Nyerere's request"): the first state a sentence names before the
    request helps the affair's own side put down its unrest, a third party to it however much
    force it uses."""
    found: set[str] = set()
    for _doc, analysis in items:
        for sentence in opening_sentences(analysis):
            asked = _ASKED_FOR.search(sentence.text)
            if asked is None:
                continue
            # The sentence's first state is the one acting ("British commandos crush
            # Tanganyika army mutiny at Nyerere's request": not Tanganyika).
            actor = next(
                (
                    own
                    for m in analysis.mentions
                    if sentence.start <= m.start < sentence.start + asked.start()
                    and (own := state_of(m)) is not None
                ),
                None,
            )
            if actor is not None:
                found.add(actor)
    return frozenset(found)


# "Hundreds of Serbs protested in north Kosovo": a people, then its protest or riot.
_CROWD_AFTER = re.compile(
    r"\s+(?:(?:have|had|also|again|on\s+\w+)\s+)*(?:protest(?:ed|ing|s)?|protesters|"
    r"rioted|rioters|demonstrat\w*|marched|rallied|clash(?:ed|es)?)\b",
    re.IGNORECASE,
)


def _foreign_crowd(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """A lead telling the protests of one state's people in another state ("Hundreds of Serbs
    protested in north Kosovo after Kosovo's government sent police"): two states' quarrel,
    not one country's own affair."""
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
    at = sentence.start
    for k, m in enumerate(inside):
        crowd = _CROWD_AFTER.match(sentence.text, m.end - at) if m.type == "NORP" else None
        own = state_of(m) if crowd is not None else None
        if own is None:
            continue
        # Where they protest: the first place named after it ("in north Kosovo").
        place = next(
            (
                o
                for o in inside[k + 1 :]
                if _PLACE_IN.search(sentence.text, max(0, o.start - at - 24), o.start - at)
            ),
            None,
        )
        where = state_of(place) if place is not None else None
        if where is not None and where != own:
            return True
    return False


_PLACE_IN = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)


def _tells_own_affair(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """A headline word of a country's own affair that is not an organisation's ("UN vote",
    "European Parliament") nor a state's diplomatic protest ("Tokyo protests")."""
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
    bodies = [(m.start - sentence.start, m.end - sentence.start) for m in inside if m.type == "ORG"]
    states = {state_of(m) for m in inside} - {None}
    text = _PROTEST_VERB.sub(lambda f: " " * len(f.group()), sentence.text)
    for word in _DOMESTIC.finditer(text):
        if any(a <= word.start() <= b + 1 for a, b in bodies):
            continue
        people = next(
            (m for m in inside if m.type == "NORP" and m.end - sentence.start == word.start() - 1),
            None,
        )
        if people is not None and states - {state_of(people)}:
            continue  # "Kosovo police clash with Serb protesters": one state's people in another's
        return True
    return False


def state_of(m: Mention) -> str | None:
    """The state a mention names or belongs to ("Belgrade", "Serb", "Kosovo Police")."""
    name = government_of(m.canonical) or owner_state(m.canonical) or m.canonical
    return name if is_state(name) else None
