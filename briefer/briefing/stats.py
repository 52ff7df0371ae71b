"""What the documents say about each actor: counts of its mentions by the part they play.

`collect` reads every mention once and tallies, per canonical actor, how it is named, whether it
speaks, and the role cues `roles` reads around it (place, helper, side, armed group, title...).
`parties` chooses the sides from these tallies and `actors` builds the Actors list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from briefer.analysis import gazetteer
from briefer.analysis.event import event_frame
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.names.shapes import POSSESSIVE_GAPS
from briefer.analysis.prefilter import fold, kept_until_done
from briefer.analysis.reactions import ROLE_WORDS, government_of, is_state
from briefer.briefing.roles.attacks import assailed
from briefer.briefing.roles.commentators import commentary_end, street_voice
from briefer.briefing.roles.courts import prosecutes
from briefer.briefing.roles.credits import is_cited_outlet
from briefer.briefing.roles.cues import (
    accuses,
    comments_on_others,
    in_title,
    is_active,
    is_described,
    is_mediator,
    is_modifier,
    mention_weight,
    names_group,
    role_cues,
)
from briefer.briefing.roles.literal_gates import ends_with_word, folded_document
from briefer.briefing.roles.places import (
    as_place,
    is_around,
    is_governing,
    is_located,
    is_topic_object,
    is_venue,
)
from briefer.sources.credits import is_byline, is_credit, masthead_like
from briefer.sources.dateline import Dateline, read_dateline
from briefer.sources.document import Document


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
    # Narrative mentions as the one who acts or holds ("Hong Kong and Macau restricted
    # imports", "Karakalpakstan's status", "the member states of Puntland and Jubaland").
    governing: int = 0
    # Narrative mentions neither as a place nor as the object of a preposition of topic or
    # target ("the invasion of Ukraine", "sanctions on Belarus"): the party itself in the story.
    bare: int = 0
    # Mentions inside a person's title ("U.S. House Speaker Nancy Pelosi").
    titled: int = 0
    # Mentions describing the people that follow ("Hutu extremists", "Rohingya Muslims").
    described: int = 0
    # Mentions in the title of a person who speaks as a bloc's chair ("Dominica's Prime Minister
    # X, chair of the Caribbean Community", "AU chairman X, the president of Guinea").
    chaired: int = 0
    # Mentions as a commentator ("Jane Doe, an analyst at X") or their institution.
    commentator: int = 0
    # Those of them as one of the people of the street ("Jane Doe, a student"; "X, 34,").
    street: int = 0
    # Demonyms naming a state's organs ("Eritrean forces", "the Libyan government"): the state
    # acting, though never named. (A demonym in a person's title is not counted: a head of
    # state often speaks as a bloc's chair.)
    organ: int = 0
    # Mentions of a people as a group ("Sikhs", "Kosovo Serbs"), not as a word describing
    # something ("a Sikh temple", "the Arab Spring").
    grouped: int = 0
    # Mentions as the body a case goes to or a report is made to ("a case at the WTO"), or as
    # the outlet a report is credited to ("the state news agency IRNA reported").
    venue: int = 0
    cited: int = 0
    # Mentions of an outlet as the channel news comes through ("telling CNN", "Al Jazeera
    # footage shows", "wrote columns for The Washington Post", a dateline's credit), or of an
    # agency as the channel of a donor's aid ("$1 million through USAID").
    channel: int = 0
    # Mentions of a company as the maker or carrier that labels a craft or an incident ("a
    # Boeing 737", "a Ryanair airliner", "an Azerbaijan Airlines Embraer", "the Ryanair incident").
    product: int = 0
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
    # Mentions near words of confrontation ("struck Hezbollah positions").
    clashes: int = 0
    # Headline and lead mentions as one of a pair "between X and Y" (talks, clashes, a row).
    paired: int = 0
    # Headline and lead sentences it opens as their subject ("Ethiopia said on Monday it had
    # completed the filling ..."): the story told from its act, not a bystander's.
    fronted: int = 0
    # Mentions as one of a pair "between X and Y" anywhere, or as the one a party accuses.
    opposed: int = 0
    # Mentions as the other side of a relation ("between X and Y", "a crisis with Turkey").
    adversary: int = 0
    # Ever the subject of the headline's or lead's act of force: of arms ("X fighters
    # stormed"), a blockade, a spill or a declaration ("X blocks the crossing").
    agent: bool = False
    # Headline and lead mentions as the one an act of force falls on ("U.S. air strike hits
    # MSF hospital", "Militants seize Turkish consulate": `analysis.event`), and as its doer.
    struck: int = 0
    striking: int = 0
    # Mentions of a person by a former office ("former President Uhuru Kenyatta of Kenya").
    former: int = 0
    # The states a person is told travelling to ("Shultz arrived in Israel", "flew to Cairo").
    visited: set[str] = field(default_factory=set)
    # Mentions as the go-between of the story ("Qatari mediators", "brokered by the EU").
    mediating: int = 0
    # Mentions outside the background as what an offensive or a campaign is waged against ("an
    # offensive against the Kurdish-led Syrian Democratic Forces").
    assailed: int = 0
    # Mentions of an international court with its own case against a party ("to face ICC").
    prosecuted: int = 0
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


def title_before(text: str, start: int) -> str | None:
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


_NO_ONE: frozenset[str] = frozenset()


def collect(items: Sequence[tuple[Document, Analysis]]) -> dict[str, ActorStats]:
    """Per-actor counts, surfaces, statements and titles over all documents."""
    stats: dict[str, ActorStats] = {}
    for doc, analysis in items:
        spoken: dict[int, set[str]] = {}
        for i, s in enumerate(analysis.sentences):
            if s.label == "reaction":
                spoken[i] = set(s.speakers)
                for speaker in s.speakers:
                    st = stats.get(speaker) or stats.setdefault(speaker, ActorStats(speaker))
                    st.statements[s.stance or "other"] += 1
                    if st.first_source is None:
                        st.first_source = doc.id
        sentence_at = sentence_index(analysis)
        # The headline and the lead sentence name the sides of the story; they count double.
        prominent = opening(analysis)
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        # (the mentions' starts, to bound a reading of the mentions after one to its sentence or
        # clause: a slice to the end of a long document per mention grows with its square)
        starts = [m.start for m in ordered]
        dateline_start, dateline_end = _dateline(doc)
        located_at: set[int] = set()  # starts of mentions used as places
        prose_at: dict[int, bool] = {}  # sentence index -> prose (read once per sentence)
        topical_at: set[int] = set()  # starts of mentions as objects of topic prepositions
        against = "against" in doc.text  # (a cheap gate for `assailed`, once per document)
        # (the words `chair_seat`, `former_seat` and `former_before` need, looked for once per
        # document: most stories have neither, and those tests then need not run per mention)
        folded = folded_document(doc.text)  # (folded once for every reader of it)
        chairs = "chair" in folded
        formers = "former" in folded
        for k, m in enumerate(ordered):
            # (`get` first: an ActorStats, with its counters and sets, is costly to build)
            st = stats.get(m.canonical) or stats.setdefault(m.canonical, ActorStats(m.canonical))
            # The body a report or release is published by is an organisation, however its
            # unfamiliar name was read ("Steppe Rights Monitor said today").
            st.types["ORG" if m.type == "PERSON" and m.canonical == doc.source else m.type] += 1
            st.surfaces[m.surface] += 1
            st.mentions += 1
            st.documents.add(doc.id)
            if st.first_source is None:
                st.first_source = doc.id
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if m.type == "ORG" and (
                in_title(doc.text, m, ordered[k + 1 : k + 4])
                or (k > 0 and in_apposed_title(doc.text, m, ordered[k - 1]))
            ):
                st.titled += 1  # "U.S. House Speaker Nancy Pelosi": part of a title
            seat = (
                chairs
                and m.type in _STATE_KINDS
                and chair_seat(doc.text, m, ordered[max(0, k - 1) : k + 2])
            )
            st.chaired += seat
            # "Eritrean forces", or a demonym whose state the sentence tells acting ("Hungarian
            # Prime Minister Viktor Orbán telephoned Dodik", "A Saudi aid plane landed"): the
            # state acting, though never named; not as the seat of a bloc's chair.
            idx = sentence_at(m.start)
            # Who speaks in the mention's sentence (read once: asked up to four times).
            speaking = _NO_ONE if idx is None else spoken.get(idx, _NO_ONE)
            organ = m.type == "NORP" and (
                _ORGAN_AFTER.match(doc.text, m.end) is not None
                or (
                    not seat
                    and idx is not None
                    and m.canonical in analysis.sentences[idx].speakers
                    and not names_group(doc.text, m)
                )
            )
            st.organ += organ
            if is_venue(doc.text, m):
                st.venue += 1
            if is_cited_outlet(doc.text, m):
                st.cited += 1
            elif m.type == "ORG" and (as_channel(doc.text, m) or aid_through(doc.text, m)):
                st.channel += 1
            if (
                m.type == "ORG"
                and _LABELS_CRAFT.match(doc.text, m.end) is not None
                and _FORCE_WORD.search(m.canonical) is None  # "Indian Air Force planes" fly
            ):
                st.product += 1
            before = ordered[k - 1] if k > 0 else None
            if names_group(doc.text, m) and not one_of_a_group(doc.text, m, before):
                st.grouped += 1
            formerly = formers and former_seat(doc.text, m)  # (read once, used twice)
            commented = commentary_end(doc.text, m)
            if commented is not None and street_voice(doc.text, m):
                st.street += 1
            if commented is None and m.type == "PERSON" and vox_pop(doc.text, m):
                commented = m.end
                st.street += 1
            if commented is not None:
                st.commentator += 1  # "Jane Doe, an analyst at the Crisis Group, said"
                for other in ordered[k + 1 : bisect_left(starts, commented, k + 1)]:
                    if other.type == "ORG":  # the think tank or university they speak from
                        stats.setdefault(other.canonical, ActorStats(other.canonical))
                        stats[other.canonical].commentator += 1
            # "VIENNA, Sept 16 (Wire) -": where the story was filed, a place, not a lead.
            filed = dateline_start <= m.start < dateline_end
            prev = ordered[k - 1] if k > 0 else None
            narrative = m.canonical not in speaking  # (not in its own words)
            if narrative:
                st.narrative += 1
                st.governing += is_governing(doc.text, m)
            # (before `located_at` gains this mention: read once, used twice)
            placed = is_located(doc.text, m, prev, located_at, filed)
            if idx is not None:
                sentence = analysis.sentences[idx]
                leads = idx in prominent and not filed
                # As a party to the story, not in its own words: a ratio of narrative mentions
                # (a speaker's words of confrontation are not read).
                cues = role_cues(doc.text, m, sentence, prev, leads, narrative=narrative)
                st.clashes += cues.clash
                st.armed += cues.armed
                if m.type == "PERSON":
                    st.visited |= _visited(doc.text, m, ordered[k + 1 :], sentence.end)
                st.breakaway += cues.breakaway
                st.targeted += cues.targeted
                st.paired += cues.paired
                st.opposed += cues.opposed
                st.adversary += cues.adversary
                st.agent = st.agent or cues.agent
                st.assailed += (
                    against and sentence.label != "background" and assailed(doc.text, m, sentence)
                )
                if m.type == "ORG":  # (only a court prosecutes: no call for the rest)
                    st.prosecuted += prosecutes(doc.text, m, sentence)
                # A side may speak in the lead ("X and Y accused each other"): its part there
                # counts, unless it only helps or comments on others' quarrel.
                # (read only where it counts: for a narrative mention or one in the lead)
                observer = (narrative or leads) and (
                    formerly
                    or comments_on_others(
                        doc.text,
                        m,
                        sentence,
                        ordered[k + 1 : bisect_left(starts, sentence.end, k + 1)],
                    )
                )
                weighed = narrative and not observer
                in_lead = leads and not observer
                # (the ground it names and its weight are read only where they count, once)
                located = placed or ((weighed or in_lead) and as_place(doc.text, m, nxt))
                weight = mention_weight(doc.text, m, sentence, located) if weighed else None
                if weight is not None:
                    st.weighted += weight
                elif accuses(doc.text, m, sentence):
                    st.weighted += 1.0  # a speaker accusing another party is a side
                    st.clashes += 1
                if in_lead and (
                    weight == 1.0
                    if weight is not None
                    else is_active(doc.text, m, sentence, located)
                ):
                    st.leading += 1
                    opens = max(sentence.start, dateline_end)
                    first = prev is None or prev.start < opens
                    st.fronted += (
                        first
                        and _SUBJECT_GAP.match(doc.text, opens, m.start) is not None
                        and _VISITS_AFTER.match(doc.text, m.end, sentence.end) is None
                    )
            if idx is not None:
                prose = prose_at.get(idx)
                if prose is None:
                    prose = prose_at[idx] = _is_prose(analysis.sentences[idx])
                st.prose += prose  # (a report's masthead names its publisher, no party)
            if is_modifier(doc.text, m) or (m.type == "ORG" and names_a_link(doc.text, m)):
                st.modifier += 1
            if is_mediator(doc.text, m):
                st.mediating += 1
            if is_described(doc.text, m, nxt):
                st.described += 1
            place = placed or is_around(doc.text, m)
            if place:
                st.located += 1
                located_at.add(m.start)
            if is_topic_object(doc.text, m, prev, topical_at):
                topical_at.add(m.start)
            elif formerly:
                pass  # "former President Uhuru Kenyatta of Kenya": no office of the state now
            elif place or not narrative:
                pass  # (a place or a speaker is never bare: the readings below need not run)
            elif m.type == "GPE" and home_of_company(doc.text, m, nxt):
                pass  # "Denmark's A.P. Moller-Maersk said": the company acts, not its state
            elif m.type == "GPE" and origin_of_people(doc.text, m):
                pass  # "citizens of Denmark, China and Japan were among the dead"
            elif m.type == "GPE" and compared_with(doc.text, m):
                pass  # "as they had Georgia", "as in Georgia and Ukraine": a comparison
            else:
                # A demonym describing someone ("an Afghan child") is not the state itself.
                st.bare += m.type != "NORP" or organ
            if formers and m.type == "PERSON" and former_before(doc.text, m):
                st.former += 1
        _count_events(doc, analysis, prominent, ordered, dateline_end, stats)
    return stats


def _count_events(
    doc: Document,
    analysis: Analysis,
    prominent: set[int],
    ordered: Sequence[Mention],
    dateline_end: int,
    stats: dict[str, ActorStats],
) -> None:
    """Count the agents and patients of the headline's and lead's acts of force."""
    for idx in sorted(prominent):
        sentence = analysis.sentences[idx]
        # (a lead's dateline names where the story was filed, no party)
        start = dateline_end if sentence.start <= dateline_end < sentence.end else sentence.start
        frame = event_frame(doc.text, start, sentence.end, ordered)
        for m in frame.agents:
            _party_stats(m, stats).striking += 1
        for m in frame.patients:
            _party_stats(m, stats).struck += 1


def _party_stats(m: Mention, stats: dict[str, ActorStats]) -> ActorStats:
    """The counts of the party a mention stands for: a town's or a people's state ("seizes
    Bangui", "the Turkish consulate"), else the actor itself."""
    name = m.canonical
    if m.type in ("GPE", "NORP"):
        state = government_of(name)
        if state is not None and is_state(state):
            name = state
    return stats.get(name) or stats.setdefault(name, ActorStats(name))


# "X, the deputy head of the General Intelligence Presidency": a body in the title set after a
# person's name; "X, a former Gazprom executive": a body before the title's noun.
_OFFICE_NOUN = (
    r"(?:head|chief|director|director-general|leader|chairman|chairwoman|chair|president|"
    r"secretary|secretary-general|spokesman|spokeswoman|spokesperson|member|executive|"
    r"official|officer|commander|governor|founder|editor|adviser|advisor|employee|manager)"
)
_APPOSED_OFFICE_OF = re.compile(
    rf",\s+the\s+(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}\s+(?:of|at)\s+(?:the\s+)?$"
)
_APPOSED_BEFORE = re.compile(r",\s+(?:the|a|an)\s+(?:former\s+|senior\s+|top\s+)?$")
_OFFICE_AFTER = re.compile(rf"\s+{_OFFICE_NOUN}\b")


def in_apposed_title(text: str, m: Mention, prev: Mention) -> bool:
    """A body named in the title set after a person's name, not acting itself ("Ahmed
    al-Asiri, the deputy head of the General Intelligence Presidency", "Karen Karapetyan, a
    former Gazprom executive")."""
    if prev.type != "PERSON" or m.start - prev.end > 60:
        return False
    between = text[prev.end : m.start]
    if _APPOSED_OFFICE_OF.fullmatch(between) is not None:
        return True
    return (
        _APPOSED_BEFORE.fullmatch(between) is not None
        and _OFFICE_AFTER.match(text, m.end) is not None
    )


# "including citizens of Britain, India, Denmark and the United States": the states people
# come from, in a list after the people.
_ORIGIN_HEAD = re.compile(
    r"\b(?:citizens|nationals|tourists|passengers|victims|foreigners|migrants|workers|"
    r"expatriates|travellers|travelers|pilgrims)\s+(?:of|from)\s+(?:the\s+)?"
)
_ORIGIN_LIST = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3},?\s+(?:and\s+|or\s+)?(?:the\s+)?){0,12}"
)


def origin_of_people(text: str, m: Mention) -> bool:
    """A state named as where people come from, alone or in a list ("citizens of Britain,
    India, Denmark and China were among the dead"): not the state acting."""
    if not text.endswith(_LIST_ENDS, max(0, m.start - 6), m.start):
        return False  # (a cheap test first: a list's item follows a preposition or a comma)
    heads = list(_ORIGIN_HEAD.finditer(text, max(0, m.start - 240), m.start))
    return bool(heads) and _ORIGIN_LIST.fullmatch(text, heads[-1].end(), m.start) is not None


_LIST_ENDS = ("of ", "from ", ", ", "and ", "or ", "the ")


# "to destabilise Serbia as they had Georgia", "as in Georgia and Ukraine", "unlike Hungary":
# a state the story is compared with ("like" is left out: "members like Hungary blocked it").
_COMPARED_BEFORE = re.compile(
    r"\b(?:as\s+in|as\s+(?:they|it|he|she|we)\s+(?:had|did|has|have)(?:\s+in)?|unlike|"
    r"similar\s+to|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,?\s+(?:and|or)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def compared_with(text: str, m: Mention) -> bool:
    """A state named only as what the story is compared with ("trying to destabilise Serbia
    as they had Georgia", "as in Georgia and Ukraine"): not a party to it."""
    window = fold(text[max(0, m.start - 60) : m.start])
    if not any(word in window for word in _COMPARED_WORDS):
        return False  # (a cheap test first)
    return _COMPARED_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


_COMPARED_WORDS = ("as ", "unlike", "compared", "similar")


def home_of_company(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A state named as the home of the company after it ("Denmark's A.P. Moller-Maersk",
    "Germany's Hapag-Lloyd"): a company is named by its own name, with no head word of an
    institution, and no state owns it (a state's own company, force or court acts for it:
    "Russia's Gazprom", "Pakistan's Supreme Court")."""
    return (
        nxt is not None
        and nxt.type == "ORG"
        and nxt.start == m.end + 3
        and text.startswith(POSSESSIVE_GAPS, m.end)
        and _HEAD_WORD.search(nxt.surface) is None
        and gazetteer.owner_state(nxt.canonical) is None
        and not gazetteer.is_outlet(nxt.canonical)
    )


# The head words of an institution, a force, a party or a movement: a name with one is no
# company ("Pakistan's Supreme Court", "Russia's Wagner Group"). Spelled out here rather than
# read from names.shapes.ORG_HEADS, which holds company words too ("Motors", "Airlines", "Kaisha").
_INSTITUTION_HEADS = (
    "Ministry|Party|Council|Agency|Commission|Front|Movement|Army|Forces|Force|Police|Committee|"
    "Assembly|Parliament|Court|Tribunal|Union|Alliance|Institute|Bank|Office|Mission|Group|"
    "Organisation|Organization|Association|Federation|Foundation|Fund|Authority|Service|"
    "Services|Guard|Brigade|Brigades|Battalion|Regiment|Militia|Coalition|Congress|Senate|"
    "Cabinet|Secretariat|Directorate|Department|Bureau|Board|Centre|Center|University|Church|"
    "Patriarchate|Network|Society|Trust|Watch|Monitor|Observatory|Endowment|Programme|Program|"
    "Administration|Prosecution|Chamber|Chambers|League|Conference|Forum|Partnership|Academy|"
    "House|Unit|Units|Fleet|Navy|Cartel|Jamaat|Jamath|Jama'at"
)
_HEAD_WORD = re.compile(rf"\b(?:{_INSTITUTION_HEADS})\b")


# "telling CNN", "wrote columns for The Washington Post", "according to the BBC": the one who
# speaks or writes through an outlet is the party, not the outlet.
_CHANNEL_BEFORE = re.compile(
    r"\b(?:told|telling|tells|tell|interview\s+with|interviewed\s+by|(?:spoke|speaking|talking)"
    r"\s+to|(?:wrote|writes|writing|worked|working|works)\s+(?:[a-z]+\s+){0,2}for|columns?\s+for|"
    r"according\s+to|(?:quoted|cited|reported|published|aired|broadcast|obtained|seen)\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "CNN reported", "Al Jazeera footage shows", "the BBC's correspondent": the outlet's reporting.
_CHANNEL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:footage|pictures|images|video|reported|reports|reporting|correspondents?|"
    r"reporters?|journalists?|columnists?|interview|broadcast|aired|quoted|cited)\b"
)
# "BEIJING, July 2 (China News Dispatch, ...) —": a wire's credit in a dateline.
_CREDIT_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .'’-]+,[^\n()]{1,30}\($")


# "Boeing 737", "Airbus A320", "a Ryanair airliner", "an Azerbaijan Airlines Embraer", "the
# Ryanair incident", "the Sputnik V vaccine": a maker's or carrier's name labelling a craft, a
# model, a product or an incident.
_LABELS_CRAFT = re.compile(
    r"\s+(?:[A-Z]{0,3}-?\d{2,4}\b|(?:passenger\s+|cargo\s+)?(?:airliner|jet|jets|plane|planes|"
    r"aircraft|airplane|helicopter|flight|flights|incident|crash)\b"
    r"|(?:[A-Z]{1,2}\s+)?(?:vaccines?|jabs?|shots?|doses?)\b"
    r"|Embraer|Boeing|Airbus|Antonov|Tupolev|Sukhoi|Ilyushin|Bombardier)"
)


# "Russia's mission to the United Nations", "the Charter of the United Nations": the body
# names where a state is accredited or whose founding text is meant, and does not act.
_LINK_BEFORE = re.compile(
    r"\b(?:missions?|ambassadors?|envoys?|(?:permanent\s+)?representatives?|delegations?|"
    r"delegates?)\s+to\s+(?:the\s+)?$|\b(?:charter|treaty|convention|statute|covenant)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def names_a_link(text: str, m: Mention) -> bool:
    """A body named only as what a state's mission is accredited to ("Iran's mission to the
    United Nations") or as whose charter a text is ("the Charter of the United Nations"): a
    label, not the body acting."""
    if not text.endswith(_LINK_ENDS, max(0, m.start - 7), m.start):
        return False  # (a cheap test first: the body follows "to" or "of")
    return _LINK_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


_LINK_ENDS = ("to ", "of ", "to the ", "of the ")


# "$30 million in humanitarian assistance through USAID": a donor's own agency carries its aid.
_AID_THROUGH = re.compile(
    r"\b(?:aid|assistance|funding|funds|relief|grants?|donations?|million|billion)\b"
    r"[^.;:]{0,40}?\s(?:through|via)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def aid_through(text: str, m: Mention) -> bool:
    """An agency named as the channel a donor's aid goes through ("US$1 million through
    USAID"): the donor acts, the agency only carries it."""
    if not text.endswith(("through ", "via ", "the "), max(0, m.start - 8), m.start):
        return False  # (a cheap test first)
    return _AID_THROUGH.search(text, max(0, m.start - 80), m.start) is not None


#: A state's armed or civil service is no maker: its craft are its own acts.
_FORCE_WORD = re.compile(r"\b(?:Force|Forces|Army|Navy|Guard|Police|Corps|Command|Fleet|Agency)\b")


def as_channel(text: str, m: Mention) -> bool:
    """A news outlet named as the channel of the news, not a party to it: the outlet someone
    speaks to or writes for, whose footage or report is told, or the credit of a dateline.
    A state's own medium reporting speaks for its state ("KCNA published photographs"), though
    quoted it is a channel ("according to Xinhua"); an outlet the story acts on ("closing Al
    Jazeera", "set fire to BTV") is none."""
    if text[m.start - 1 : m.start] == "(" and _CREDIT_BEFORE.search(
        text, max(0, m.start - 40), m.start
    ):
        return True
    if not gazetteer.is_outlet(m.canonical):
        return False
    if _CHANNEL_BEFORE.search(text, max(0, m.start - 40), m.start) is not None:
        return True  # "according to Xinhua": a state's medium quoted is a channel too
    return (
        gazetteer.owner_state(m.canonical) is None and _CHANNEL_AFTER.match(text, m.end) is not None
    )


# "US Secretary of State Antony Blinken arrived in Tel Aviv for talks": a visitor's or host's
# act, which tells the story from a go-between, not a side.
# A person's travel told in his own sentence: "Shultz arrived in Israel", "flew to Cairo".
_TRAVELS_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:arriv(?:es|ed|ing)|visit(?:s|ed|ing)|travel(?:s|led|ed|ling|ing)|"
    r"flew|flies|toured|tours|touring)\b",
    re.IGNORECASE,
)


def _visited(text: str, m: Mention, after: Sequence[Mention], end: int) -> set[str]:
    """The state a person's own sentence tells him travelling to: the first place named after
    the verb ("Shultz arrived in Israel", "Haig flew to Buenos Aires")."""
    travel = _TRAVELS_AFTER.match(text, m.end, end)
    if travel is None:
        return set()
    for other in after:
        if other.start >= end or other.start > travel.end() + 40:
            break
        if other.start >= travel.end() and other.type in ("GPE", "LOC"):
            state = government_of(other.canonical) or other.canonical
            return {state} if is_state(state) else set()
    return set()


_VISITS_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:arriv\w*|visit\w*|travel\w*|flew|flies|met|meets|hosted|hosts|"
    r"held\s+talks|holds\s+talks|spoke\s+to|spoke\s+with|phoned)\b",
    re.IGNORECASE,
)


# What may stand before a sentence's subject: "The", "On Monday,", a dash after a dateline.
_SUBJECT_GAP = re.compile(
    r"[\s\-–—:]*(?:(?:on|late\s+on|early\s+on)\s+\w+,?\s+)?(?:the\s+)?$", re.IGNORECASE
)


_STATE_KINDS = frozenset({"GPE", "NORP"})
_CHAIR = re.compile(r"\bchair(?:man|woman|person)?\b", re.IGNORECASE)
# "X, the president of Guinea": the state named after a person, in their title.
_SEAT_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$")
# "Dominica's Prime Minister X": the state named before a person's title.
_SEAT_AFTER = re.compile(r"^(?:['’]s)?(?:\s+(?-i:[A-Z])[\w-]*){1,3}\s+$")


def chair_seat(text: str, m: Mention, around: Sequence[Mention]) -> bool:
    """A state named in the title of a person introduced as a bloc's chair ("Dominica's Prime
    Minister Roosevelt Skerrit, chair of the Caribbean Community", "African Union chairman
    Alpha Condé, the president of Guinea"): the chair speaks for the bloc, not the state."""
    people = [o for o in around if o.type == "PERSON"]
    seat = any(
        (o.end <= m.start and _SEAT_BEFORE.search(text, o.end, m.start))
        or (o.start >= m.end and _SEAT_AFTER.match(text[m.end : o.start]))
        for o in people
    )
    if not seat:
        return False
    return _CHAIR.search(text, max(0, m.start - 120), min(len(text), m.end + 120)) is not None


# "former President Olusegun Obasanjo of Nigeria": the state a former office-holder once served,
# who acts now as an envoy or a private person, not for it.
_FORMER_OF = re.compile(r"\bformer\s+(?:[\w.'’-]+\s+){1,6}?of\s+(?:the\s+)?$", re.IGNORECASE)


def former_seat(text: str, m: Mention) -> bool:
    """A state named as where a former office-holder served ("former President Olusegun
    Obasanjo of Nigeria"): it does not act in the story through them."""
    lo = max(0, m.start - 80)
    return (
        ends_with_word(text, m.start, ("of",))
        and "former" in fold(text[lo : m.start])
        and _FORMER_OF.search(text, lo, m.start) is not None
    )


_FORMER_BEFORE = re.compile(r"\bformer\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}$", re.IGNORECASE)


def former_before(text: str, m: Mention) -> bool:
    """A person introduced as a former office-holder ("former President Olusegun Obasanjo")."""
    lo = max(0, m.start - 60)
    return (
        "former" in fold(text[lo : m.start])
        and _FORMER_BEFORE.search(text, lo, m.start) is not None
    )


def _is_prose(sentence: Sentence) -> bool:
    """A sentence of the story: labelled, and neither a byline nor a report's masthead."""
    return (
        sentence.label != "other"
        and not is_byline(sentence.text)
        and not masthead_like(sentence.text)
    )


# "a Sunni Muslim", "an ethnic Serb": one person of a people, not the people acting.
_ONE_OF = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def one_of_a_group(text: str, m: Mention, prev: Mention | None) -> bool:
    """A people's name that does not name the group acting: one person of it ("a Sunni
    Muslim"), the second word of another people's name ("Rohingya Muslims"), or a topic
    ("Beijing's treatment of Uighurs")."""
    if _ONE_OF.search(text, max(0, m.start - 24), m.start):
        return True
    if prev is not None and prev.type == "NORP" and text[prev.end : m.start] == " ":
        return True
    return is_topic_object(text, m, None, set())


# "Baran Demir, 34, who runs a shop": a person given an age and no title is a voice from the
# street, not a party.
_AGE_AFTER = re.compile(r",\s+\d{1,2},\s+")


def vox_pop(text: str, m: Mention) -> bool:
    """A person introduced by age without a title ("Jane Doe, 34, a teacher")."""
    return _AGE_AFTER.match(text, m.end) is not None and title_before(text, m.start) is None


# "Eritrean forces", "the Libyan government": a state's own organs named by its demonym.
_ORGAN_AFTER = re.compile(
    r"\s+(?:government|authorities|officials|forces|troops|army|soldiers|police|navy|"
    r"air\s+force|military|ministry|diplomats|embassy)\b"
)
_LEAD_PARAGRAPHS = 4


def _dateline(doc: Document) -> tuple[int, int]:
    """Where a dateline opening the story stands ("KINSHASA, Jan 27 (Wire) -"), else (0, 0)."""
    found = _read_dateline(doc)
    return (found[0], found[0] + found[1].end) if found is not None else (0, 0)


def dateline_place(doc: Document) -> str | None:
    """The place a dateline opening the story names ("KINSHASA" of "KINSHASA, Jan 27 -")."""
    found = _read_dateline(doc)
    return found[1].place if found is not None else None


def _read_dateline(doc: Document) -> tuple[int, Dateline] | None:
    """The dateline opening the story, with where its paragraph starts."""
    for p in doc.paragraphs[:_LEAD_PARAGRAPHS]:
        found = read_dateline(doc.text[p.start : p.end])
        if found is not None:
            return p.start, found
    return None


_MAX_HEADLINE_PARAGRAPHS = 4


T = TypeVar("T")


class _PerSentences(Generic[T]):
    """What a briefing read from a document's sentences, kept by the identity of their tuple
    (never changed) for the briefing's other passes. The tuple is kept with what was read, so
    its id names no other while it stands here; emptied when full, and when the briefing is done
    (`kept_until_done`)."""

    def __init__(self, limit: int = 512) -> None:
        self._kept: dict[int, tuple[tuple[Sentence, ...], T]] = {}
        self._limit = limit
        kept_until_done(self._kept.clear)

    def get(self, sentences: tuple[Sentence, ...], read: Callable[[tuple[Sentence, ...]], T]) -> T:
        """What `read` gives for `sentences`, read once."""
        known = self._kept.get(id(sentences))
        if known is not None and known[0] is sentences:
            return known[1]
        value = read(sentences)
        if len(self._kept) >= self._limit:
            self._kept.clear()
        self._kept[id(sentences)] = (sentences, value)
        return value


# A briefing reads a document's opening in several passes (the counts, then each reader of the
# sides), and each reading is two walks of its sentences.
_openings: _PerSentences[frozenset[int]] = _PerSentences()


def opening(analysis: Analysis) -> set[int]:
    """The sentences that name the sides of the story: the headline, with the lines it wraps
    over (a title broken across paragraphs without a full stop), and the lead, the first
    sentence of the story that is neither a byline nor a masthead."""
    return set(_openings.get(analysis.sentences, lambda sentences: frozenset(_opening(sentences))))


def _opening(sentences: tuple[Sentence, ...]) -> set[int]:
    """`opening`, read from the sentences."""
    head = {1}
    last = next((s for s in reversed(sentences) if s.paragraph == 1), None)
    while last is not None and len(head) < _MAX_HEADLINE_PARAGRAPHS:
        if last.text.rstrip()[-1:] in ".!?":
            break
        following = [s for s in sentences if s.paragraph == last.paragraph + 1]
        if (
            len(following) != 1
            or following[0].label != "other"
            or is_credit(following[0].text)  # a byline or masthead line, not the headline's
        ):
            break
        head.add(following[0].paragraph)
        last = following[0]
    chosen = {i for i, s in enumerate(sentences) if s.paragraph in head}
    return chosen | _lead(sentences)


def opening_sentences(analysis: Analysis) -> list[Sentence]:
    """The sentences of `opening` in the order of the text: what a reader of the headline and
    lead goes through."""
    return [analysis.sentences[i] for i in sorted(opening(analysis))]


def lead_of(analysis: Analysis) -> set[int]:
    """The lead: the first sentence of the story that is neither a byline, a masthead nor a
    bare dateline (none if the story has no such sentence)."""
    return _lead(analysis.sentences)


def _lead(sentences: tuple[Sentence, ...]) -> set[int]:
    """`lead_of`, read from the sentences."""
    lead = next(
        (
            i
            for i, s in enumerate(sentences)
            if _is_prose(s) and not _only_dateline(s.text) and not _GREETING.match(s.text)
        ),
        None,
    )
    return set() if lead is None else {lead}


# A newsletter's greeting ("Good morning.", "Good evening from Montevideo.", "Hello and
# welcome back."): its writer addressing the reader, never the news the lead tells.
_GREETING = re.compile(
    r"\s*(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|welcome(?:\s+back)?)"
    r"(?:(?:\s+(?:and\s+welcome(?:\s+back)?|again|everyone|all))*"
    r"(?:\s+(?:from|to)\s[^.!?,]{0,40})?)"
    r"\s*[.!,]?\s*$",
    re.IGNORECASE,
)


_MAX_DATELINE = 60


def _only_dateline(text: str) -> bool:
    """A sentence that is nothing but a dateline ("Kyiv, 18 September 2023."): a press
    release's place and date, not its lead."""
    bare = text.strip().rstrip(".")
    if len(bare) > _MAX_DATELINE:
        return False
    found = read_dateline(bare)
    return found is not None and found.end >= len(bare)


# A briefing's readers each look up the sentence of every mention of a document, so one locator
# per document serves them all, and answers an offset asked before from its memo.
_locators: _PerSentences[SentenceLocator] = _PerSentences()


def sentence_index(analysis: Analysis) -> SentenceLocator:
    """A lookup from an offset in the document to the index of the sentence holding it (one
    per analysis's sentences, shared by every reader of them)."""
    return _locators.get(
        analysis.sentences, lambda sentences: SentenceLocator([(s.start, s.end) for s in sentences])
    )


class SentenceLocator:
    """Which sentence holds an offset (sentences are sorted and disjoint)."""

    __slots__ = ("_memo", "spans", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [a for a, _ in spans]
        # offset -> its sentence, for offsets asked before (a mention's start, asked by each
        # reader of the briefing: a dict look-up is cheaper than the search)
        self._memo: dict[int, int | None] = {}

    def __call__(self, offset: int) -> int | None:
        found = self._memo.get(offset, -1)
        if found != -1:
            return found
        i = bisect_right(self.starts, offset) - 1
        found = i if i >= 0 and offset < self.spans[i][1] else None
        self._memo[offset] = found
        return found
