"""The parties of a sentence's act (`acting_parties`, across the clauses it joins), and the rules
both acts and speech share: a live blog's time stamp cut off, and a party told by its politics
("the leftist FMLN said") kept only where the sentence gives its state."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis.model import Mention, mentions_from
from briefer.analysis.owners import government_of, is_commentator, is_state, party_of
from briefer.analysis.prefilter import sieve_of
from briefer.analysis.reactions.acts import acting_subject, says_nothing
from briefer.analysis.reactions.cues import _CLAUSE_JOIN
from briefer.analysis.reactions.organs import organs_resolved
from briefer.analysis.reactions.placed_organs import placed_organ_act
from briefer.analysis.reactions.places import _capital_opening
from briefer.analysis.reactions.subjects import _subject_after
from briefer.analysis.reactions.titles import capacity_body
from briefer.analysis.verbs import IRREGULAR_PAST, alternation

# Talks, meetings and conferences told by who hosted or joined them.
_HOSTED_BY = re.compile(
    r"\b(?:talks|meeting|summit|conference|videoconference|round|negotiations|session)s?\b"
    r"[^;.]{0,40}?\b(?:co-)?(?:hosted|convened|organi[sz]ed|chaired|brokered|mediated|attended)"
    r"\s+by\s+|"
    # a truce or a deal told by who brokered it: "a 72-hour pause brokered by the United States
    # and the United Nations", "a ceasefire arranged by the OAS", "after mediation by X"
    r"\b(?:truces?|ceasefires?|cease-fires?|pauses?|deals?|agreements?|accords?|swaps?|exchanges?)"
    r"\b[^;.]{0,30}?\b(?:brokered|mediated|arranged|negotiated)\s+by\s+|"
    r"\b(?:mediation|good\s+offices)\s+(?:of|by)\s+|"
    # talks held under a party's chair or roof: "Talks in Bangkok under the chairmanship of
    # Thailand's foreign minister", "held under the auspices of X", "met at the invitation of X"
    r"\bunder\s+the\s+(?:chairmanship|auspices|aegis)\s+of\s+|\bat\s+the\s+invitation\s+of\s+|"
    r"\band\s+(?:co-)?(?:hosted|convened|organi[sz]ed|chaired|brokered|mediated|attended)\s+by\s+",
    re.IGNORECASE,
)

# Talks still to come ("is to be held", "will be hosted"): no act of their host yet.
_TO_BE_HELD = re.compile(r"\b(?:(?:is|are)\s+(?:due\s+)?to\s+be|will\s+be)\s+(?:[a-z]+ed|held)\b")


# A live blog's entry opening on its time: "13:02 Kazakhstan's president phoned both leaders",
# "10.42am BST: The EU said ...", "[09:15] - Tokyo urged ...". The time is no part of the clause.
_CLOCK = re.compile(
    r"^\s*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:GMT|UTC|BST|CES?T|EST|EDT|ET|PT|local\s+time)?\]?\s*(?:[-–—:|]\s*)?(?=[A-Z\"“])"
)


def _past_clock(text: str, mentions: Sequence[Mention]) -> tuple[str, Sequence[Mention]]:
    """The sentence after a live blog's time stamp, with its mentions moved to match."""
    clock = _CLOCK.match(text) if text[:1].isdigit() or text[:1] in " [" else None
    if clock is None:
        return text, mentions
    cut = clock.end()
    return text[cut:], mentions_from(mentions, cut)


_JOINED_IN = re.compile(
    r"\bjoin(?:ed|s|ing)\s+(?P<who>[^;:,]{2,80}?(?:,\s+[^;:,]{2,40}?){0,4})\s+in\s+[a-z]+ing\b"
)
# A political party or movement told by its place in politics ("the opposition VMRO-DPMNE
# party", "the leftist FMLN", "the ruling ZANU-PF"): a side of the story's own politics.
_PARTISAN_BEFORE = re.compile(
    r"\b(?:main\s+|largest\s+|biggest\s+)?(?:opposition|ruling|governing|conservative|leftist|"
    r"rightist|left-wing|right-wing|far-right|far-left|centre-right|center-right|centre-left|"
    r"center-left|nationalist|populist|Islamist)\s+$",
    re.IGNORECASE,
)


def _partisan(text: str, mentions: Sequence[Mention], name: str) -> bool:
    """Whether the sentence tells the organisation `name` by its place in politics."""
    return any(
        m.canonical == name
        and m.type == "ORG"
        and _PARTISAN_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        for m in mentions
    )


def _parties_for(text: str, mentions: Sequence[Mention], name: str) -> tuple[str, ...]:
    """`name` itself, unless it is a party told by its politics whose state the sentence does
    not give: one of the story's own parties ("the leftist FMLN said"), no third party. ("In
    Madrid, the main opposition Popular Party pressed ..." is the Popular Party's reaction.)"""
    if _partisan(text, mentions, name) and not _partisan_home(text, mentions, name):
        return ()
    return (name,)


# What may stand between a state and a party told by its politics in the state's own noun
# phrase: "Germany's opposition Greens".
_STATE_TO_PARTY = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}")


def _partisan_home(text: str, mentions: Sequence[Mention], name: str) -> tuple[str, ...]:
    """The state a party told by its politics belongs to, where the sentence says: by a
    capital opening it ("In Madrid, the main opposition Popular Party pressed ...") or a
    state's possessive ("Germany's opposition Greens")."""
    for m in mentions:
        if m.canonical == name and m.type == "ORG":
            before = [b for b in mentions if b.end <= m.start]
            if before and before[-1].type in ("GPE", "NORP"):
                gap = text[before[-1].end : m.start]
                if _STATE_TO_PARTY.fullmatch(gap):
                    state = party_of(before[-1], {})
                    if is_state(state):
                        return (state,)
    return _capital_opening(text, mentions)


def acting_parties(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """`acting_subject` of the sentence or, when its opening names no party, of the further
    clauses it joins ("Jets landed in Crete, and two French navy vessels joined the exercise").
    (A party acting in a later clause of a party's sentence is usually a side answering it.)
    An organ no list knows acts for the state its name tells, or for no third party
    (`organs_resolved`). A lone party acting as a body's chair acts for the body
    ("X, speaking as chairman of the OAU, sent messages": `capacity_body`)."""
    parties = organs_resolved(_acting_parties(text, mentions, affiliation), mentions)
    if len(parties) == 1 and (body := capacity_body(text, mentions)) is not None:
        return (body,)
    return parties


def _acting_parties(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None
) -> tuple[str, ...]:
    """`acting_parties` before organs are read."""
    text, mentions = _past_clock(text, mentions)
    sieve = sieve_of(text)  # the sentence's, shared: a clause pattern runs only if it can match
    parties = [
        p
        for p in acting_subject(text, mentions, affiliation)
        if not is_commentator(p)
        for p in _parties_for(text, mentions, p)
    ]
    if not parties and (force := sieve.match(_FORCE_OF)) is not None:
        # "NATO peacekeepers of KFOR closed the crossings": the force named after "of" acts
        rest = mentions_from(mentions, force.end())
        if rest and rest[0].start == 0:
            parties = [
                p
                for p in acting_subject(text[force.end() :], rest, affiliation)
                if not is_commentator(p)
            ]
    joined = sieve.search(_JOINED_IN) if parties and "join" in text else None
    if joined is not None:
        # "Canada joined Australia and New Zealand in condemning the attack": those joined
        # did the same
        for m in mentions:
            if joined.start("who") <= m.start < joined.end("who") and m.type in ("GPE", "ORG"):
                party = party_of(m, affiliation or {})
                if (m.type == "ORG" or is_state(party)) and party not in parties:
                    parties.append(party)
    if parties:
        for party in requesters(text, mentions, affiliation or {}):
            if party not in parties:
                parties.append(party)
        for join in sieve.finditer(_AND_JOIN):
            # "Japan closed its embassy, and Australia cancelled its flights", "Uganda sent
            # trucks, and India flew out 150 of its nationals": the joined clause's subject acts
            # too (a side answering the first is a principal, left out of the reactions)
            clause = text[join.end() :]
            if _ANSWERING.search(clause) or _SPEAKING_IN_CLAUSE.match(clause):
                # ("..., and Russia banned EU imports in retaliation", "..., and Australia said
                # it was worried": the other side, or words read by the speaker finder)
                continue
            for party in acting_subject(clause, mentions_from(mentions, join.end()), affiliation):
                if party not in parties and not is_commentator(party):
                    parties.append(party)
        return tuple(parties)
    aff = affiliation or {}
    for agent in sieve.finditer(_HOSTED_BY):
        if _TO_BE_HELD.search(text, 0, agent.start()):
            continue  # "A conference is to be held next year under the auspices of X": to come
        # "The talks were hosted by X and attended by Y", "A conference co-hosted by France and
        # the UN raised pledges": who hosts or joins the talks or the conference acts
        for m in _subject_after(text, mentions, agent.end()):
            party = party_of(m, aff)
            if m.type in ("GPE", "ORG", "PERSON") and party not in parties:
                if m.type == "GPE" and not is_state(party):
                    continue
                if m.type == "PERSON" and m.canonical not in aff:
                    continue
                parties.append(party)
    if parties:
        return tuple(p for p in parties if not is_commentator(p))
    # "The Council will hold an emergency meeting at the request of X": X asked for it
    parties = list(requesters(text, mentions, aff))
    for join in sieve.finditer(_CLAUSE_JOIN):
        rest = mentions_from(mentions, join.end())
        for party in acting_subject(text[join.end() :], rest, affiliation):
            if party not in parties and not is_commentator(party):
                parties.append(party)
    if not parties and " by " in text and (led := sieve.match(_LED_BY)) is not None:
        # "A mission led by the Sudanese president flew to Amman", "A convoy organised by
        # Médecins Sans Frontières brought 109 wounded out": who leads or sends it acts
        lead = mentions_from(mentions, led.end())
        parties = (
            [p for p in acting_subject(text[led.end() :], lead, aff) if not is_commentator(p)]
            if lead and lead[0].type != "NORP"
            else []
        )
        if not parties and (
            lead
            and lead[0].start == 0
            and lead[0].type == "NORP"
            and _LEADER_AFTER.match(text, led.end() + lead[0].end)
        ):
            # "led by the Sudanese president, X,": the adjective's state
            state = party_of(lead[0], aff)
            parties = [state] if is_state(state) else []
        if parties and _VERB_AFTER.search(text, led.end()) and not _PLANNED.search(text):
            return tuple(parties)
        parties = []
    if not parties and " by " in text and (aside := sieve.match(_SENT_ASIDE)) is not None:
        # "Former President X, sent by the African Union, held talks": who sent the envoy acts
        # (the envoy's own state does not)
        sender = mentions_from(mentions, aside.end())
        end = aside.end() + sender[0].end if sender else 0
        if (
            sender
            and sender[0].start == 0
            and sender[0].type in ("ORG", "GPE")
            and _VERB_NEXT.match(text, end)
            and not _PLANNED.search(text)
        ):
            party = party_of(sender[0], aff)
            if sender[0].type == "ORG" or is_state(party):
                return (party,)
    if not parties and "from" in text and (came := sieve.match(_CAME_FROM)) is not None:
        # "Condolence messages have also come from China and Nepal": who sent them ("The
        # sharpest reaction came from Moscow." tells where, not what: the next sentence says)
        if says_nothing(text):
            return ()
        senders = [(m, party_of(m, aff)) for m in _subject_after(text, mentions, came.end())]
        return tuple(dict.fromkeys(p for m, p in senders if m.type == "ORG" or is_state(p)))
    if not parties and "mast" in text and (half := sieve.search(_HALF_MAST)) is not None:
        return _flags_of(mentions, half.start(), aff)
    if not parties:
        # "In Athens, the government ordered ...", "Police in New Delhi stopped ...": a
        # state's unnamed organ, placed by the sentence, acts for it
        return placed_organ_act(text, mentions, affiliation)
    return tuple(parties)


# A body of people or a convoy told by who leads, sends or organises it: "A mission led by the
# Sudanese president, X, flew to Amman", "A convoy organised by MSF brought 109 wounded out".
_LED_BY = re.compile(
    r"(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}?(?:mission|delegation|team|convoy|force|contingent|"
    r"commission|panel|airlift|flight|envoy|committee)s?,?\s+(?:led|organi[sz]ed|sent|headed|"
    r"dispatched|chartered|run)\s+by\s+(?:the\s+)?"
)
# The person or body a party sent, told in an aside before the verb: "Former South African
# President X, sent by the African Union, held talks", "The delegation, dispatched by the UN,".
_SENT_ASIDE = re.compile(
    r"(?:[A-Z][^,;:\"“”]{0,80}?),\s+(?:sent|dispatched|mandated)\s+by\s+(?:the\s+)?"
)
# The verb right after the aside's closing comma: ", held talks", ", has met".
_VERB_NEXT = re.compile(
    r",\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+ed|"
    + alternation(IRREGULAR_PAST | {"held", "met"})
    + r")\b"
)
# ("led by the Sudanese president": the state's leader; "led by Algerian jurist X": a person)
_LEADER_AFTER = re.compile(
    r"\s+(?:president|prime\s+minister|foreign\s+minister|minister|king|emir|leader|head\s+of\s+"
    r"state|government)\b"
)
# ("is expected to travel next month": a trip still to come)
_PLANNED = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\b")
_VERB_AFTER = re.compile(
    r"\b(?:[a-z]+ed|" + alternation(IRREGULAR_PAST | {"arrived", "sent"}) + r")\b"
)


# Words or help told by where they came from: "Condolence messages have also come from China and
# Nepal", "Offers of help poured in from Greece and Israel", "The most ambiguous signal came
# from Washington".
_CAME_FROM = re.compile(
    r"(?:The\s+|An?\s+)?(?:[\w-]+\s+){0,3}?(?:messages?|condolences|signals?|responses?|"
    r"reactions?|offers?|pledges?|statements?|words|criticism|condemnation|support|help|aid|"
    r"tributes?|calls?)\s+(?:of\s+(?:help|support|sympathy|condolence|aid)\s+)?"
    r"(?:(?:has|have|had)\s+(?:also\s+)?(?:come|poured\s+in|arrived)|came|poured\s+in|arrived)"
    r"\s+(?:also\s+)?from\s+(?:the\s+)?",
    re.IGNORECASE,
)


# Flags lowered in mourning, told by where they fly: "Flags at the U.N. headquarters in New York
# flew at half-mast", "In Washington, flags at the White House were lowered to half-mast", "flags
# flew at half-mast on government buildings in Paris and Bonn" (a gesture of condolence).
_HALF_MAST = re.compile(
    r"\bflags?\b[^;:]{0,80}?\b(?:flew|flown|fly|flies|flying|hung|hang|(?:were|was|been|are|is)\s+"
    r"lowered|lowered)\s+(?:at|to)\s+half[- ]?mast\b|"
    r"\bhalf[- ]?mast\b[^;:]{0,40}?\bflags?\b",
    re.IGNORECASE,
)


def _flags_of(
    mentions: Sequence[Mention], end: int, affiliation: Mapping[str, str]
) -> tuple[str, ...]:
    """Who lowered the flags of a half-mast sentence: the organisation whose seat it names, or
    else the states whose capitals or buildings it names (a seat's city is no party)."""
    bodies = [party_of(m, affiliation) for m in mentions if m.type == "ORG"]
    if bodies:
        return tuple(dict.fromkeys(bodies))
    states: list[str] = []
    for m in mentions:
        if m.type != "GPE":
            continue
        state = party_of(m, affiliation)
        if not is_state(state):
            state = government_of(m.surface) or government_of(m.canonical) or ""
        if is_state(state) and state not in states:
            states.append(state)
    return tuple(states)


# Clauses joined to the first: ", and", ", while" (not "; ": "The US invited both sides to
# talks; the militia has accepted" is a side answering).
_AND_JOIN = re.compile(
    r",\s+(?:and|while|whereas)\s+|"
    # without a comma, where a party and its verb follow: "Spain is deploying a team of experts
    # and France is offering a firefighting module"
    r"\s+and\s+(?=(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:is|are|has|have|was|were)\s+"
    r"(?:also\s+)?[a-z]+(?:ed|ing)\b)"
)
# A sentence opening on a force "of" a body: "NATO peacekeepers of KFOR", "Troops of the AU
# mission": the body after "of" is the force's own name, and it acts.
# So do a body's members told as its members: "The twelve member states of the European
# Community agreed", "Foreign ministers of the Arab League suspended", "Leaders at the AU
# summit agreed": the body acts through them.
_FORCE_OF = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:peacekeepers|troops|soldiers|forces|sailors|"
    r"monitors|observers|(?:member\s+)?(?:states|countries|governments)|members|leaders|"
    r"heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?:[a-z]+\s+)?ministers|"
    r"ambassadors|envoys|delegates|delegations|officials|representatives)\s+(?:of|from|at)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# Who asked for the act: "at the request of Egypt and Sudan", "at Egypt's request".
_REQUEST_OF = re.compile(r"\bat\s+the\s+(?:\w+\s+)?request\s+of\s+(?:the\s+)?", re.IGNORECASE)
_REQUEST_AFTER = re.compile(r"['’]s?\s+(?:\w+\s+)?request\b")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")


def requesters(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str], end: int = -1
) -> tuple[str, ...]:
    """The parties at whose request the sentence's act was done: they take part in it ("The
    Council met at Britain's request": Britain asked for the meeting). Only requests told
    before `end` count (where reported words begin, if any)."""
    if "request" not in text:
        return ()
    end = len(text) if end < 0 else end
    found: list[Mention] = []
    for at in _REQUEST_OF.finditer(text, 0, end):
        found += _subject_after(text, mentions, at.end())
    for m in mentions:
        if (
            m.end < end
            and _REQUEST_AFTER.match(text, m.end)
            and _AT_BEFORE.search(text, 0, m.start)
        ):
            found.append(m)
    parties = [(m, party_of(m, affiliation)) for m in found]
    # (a region or city named as the requester speaks for no one)
    return tuple(dict.fromkeys(p for m, p in parties if m.type == "ORG" or is_state(p)))


# A joined clause whose subject speaks or answers rather than acts.
_SPEAKING_IN_CLAUSE = re.compile(
    r"[^,;]{1,80}?\s(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:said|says|told|stated|added|"
    r"replied|responded|answered|countered|accused|denied|warned|insisted|argued)\b"
)
_ANSWERING = re.compile(
    r"\b(?:retaliat\w*|in\s+response|in\s+return|in\s+kind|hit\s+back|tit-for-tat|countered)\b",
    re.IGNORECASE,
)
