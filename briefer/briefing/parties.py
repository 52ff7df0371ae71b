"""Who the sides of the story are: the principal parties, chosen from what each mention does.

Principal parties are the sides of the story, read from what each mention does rather than from
raw counts. A side is the agent or target of the story's events, in the headline and lead and
near words of confrontation; a third party helps, mediates, urges or comments ("Washington backs
X", "thanked Kenya", "US, EU condemn Russian strikes on Ukraine"), and a place, a topic or a
quoted name is neither (`roles` reads those
parts, `stats` tallies them). States weigh fully, armed groups and territories with their own
authorities like states, international bodies half unless the headline's act targets them or
their own mission is the news. The story belongs to the party whose own people it tells of most;
in one country's own affair (an election, a coup, protests, unrest) foreign states and bodies are
third parties, even when they sanction it, send troops or are blamed for it (the reactions of
the world to that affair), and only armed groups or territories inside it are further sides; a
second side the headline and lead never show must be named often; a third side must be
one of those in the confrontation, or the one the lead is told from. A pair the text sets
against each other ("clashes between X and Y", "X and Y blamed each other", "X–Y relations")
are the sides first, and beside them a third side must be set against them too (between them,
accused by them): a patron, a neighbour or a power as present as the pair is not. The other
side of a named quarrel ("a crisis with Turkey") is a side however seldom named; a go-between,
an international court judging the sides' case and a town of no known state never are, nor an
organisation that only helps, reports or appeals (no word of confrontation in its clauses,
never accused, paired or targeted); a court prosecuting a party (its warrant, its custody) is
that party's adversary. Rival claimants to one state's power make its own affair; a natural
disaster's story belongs to the states its headline or lead says it struck, all of them sides,
and those helping or shutting their airspace are third parties. The subject of the headline's
or lead's act of force (a front blocking a crossing, gunmen storming a hotel) is a side whatever
it is, and so is the state its act of arms falls on, and states striking together; the doer and
the target of the opening's act of force (`analysis.event`: "air strike hits MSF hospital",
"Polisario declares ceasefire over") are no bystanders, however seldom named; a group the
text names once is as present as the "rebels" or "separatists" it calls its people. An epidemic
is a disaster too, and a disaster's sides include the states its body counts the dead in. A side's
own bodies (its parties, institutions, state companies, as the text introduces them:
`own_bodies`) speak for it; everyone else who speaks is a third party.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.prefilter import fold, gate
from briefer.analysis.reactions import (
    government_of,
    is_domestic_institution,
    is_state,
    owner_state,
)
from briefer.briefing.roles import (
    CLASH,
    act_of_arms_end,
    answers_in_kind,
    charged_with_attack,
    claims_attack,
    holds_case_against,
    in_place_name,
    international_court,
    may_tell_act_of_arms,
    mention_weight,
    named_as_authors,
    retaliates,
)
from briefer.briefing.stats import (
    ActorStats,
    lead_of,
    opening,
    opening_sentences,
    sentence_index,
)
from briefer.sources.document import Document

# Types that can be a side of a story.
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG"})
_MAX_PRINCIPALS = 3
_SECOND_SHARE = 0.3
# A second side the headline and lead never show acting or acted on must be named more.
_UNLED_SECOND_SHARE = 0.4
_THIRD_SHARE = 0.5
# A third side is one of the fighters: three in four of its narrative mentions stand near words
# of confrontation (a power watching the drills it is named beside is not).
_CLASH_RATIO = 0.75
DOMESTIC_WEIGHT = 0.5
# Words that make a story one country's own affair (an election, a coup, protests, a law): its
# foreign states are then third parties however often they are named.
_DOMESTIC = re.compile(
    r"\b(?:elections?|electoral|vote|votes|voting|ballots?|polls|opposition|coup|junta|"
    r"protests?|protesters|unrest|riots?|rioters|uprising|crackdown|demonstrations?|"
    r"demonstrators|parliament|referendum|president-elect|candidate|exile|gangs?|"
    r"impeach\w*|resign\w*|(?:top|supreme|constitutional)\s+court|power\s+struggle|"
    # "rival Haitian leaders", "Libya's rival governments": claimants to one state's power.
    r"rival\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:leaders|claimants|governments|administrations|"
    r"factions|camps|presidents|prime\s+ministers|parliaments))\b",
    re.IGNORECASE,
)


def _cooccur(items: Sequence[tuple[Document, Analysis]]) -> dict[str, set[str]]:
    """Actor -> actors it shares at least one sentence with."""
    together: dict[str, set[str]] = defaultdict(set)
    for _doc, analysis in items:
        names_by_sentence: dict[int, set[str]] = defaultdict(set)
        locate = sentence_index(analysis)
        for m in analysis.mentions:
            idx = locate(m.start)
            if idx is not None:
                names_by_sentence[idx].add(m.canonical)
        for names in names_by_sentence.values():
            for n in names:
                together[n] |= names - {n}
    return together


_SPOKESBODY = re.compile(r"\b(?:Ministry|Office|Embassy|Department)\b", re.IGNORECASE)


def _mediates(st: ActorStats | None, name: str, peoples: frozenset[str]) -> bool:
    """Whether the text makes the party (or its people named by demonym: `peoples` holds the
    states of go-between peoples) a go-between, and neither the headline makes its own mission
    the news ("Mali orders UN peacekeepers out") nor the opening sets it against a side as one
    of a pair."""
    if st is not None and (st.targeted or st.paired):
        # Its own mission is the news, or the headline or lead sets it against a side
        # ("Azerbaijan–Russia relations", though Moscow "had mediated" between others).
        return False
    return (st is not None and st.mediating > 0) or name in peoples


def _mediating_peoples(stats: Mapping[str, ActorStats]) -> frozenset[str]:
    """The states whose people, named by demonym, the text makes go-betweens."""
    found = (government_of(o.name) for o in stats.values() if o.mediating and o.type == "NORP")
    return frozenset(name for name in found if name is not None)


def own_authorities(st: ActorStats) -> bool:
    """A territory with authorities of its own (Transnistria, Somaliland), known to the gazetteer
    or described as breakaway in the text: it can be a side, like a state. A known territory
    must act in the story (speak, stand near words of confrontation, or break away): where it
    is only the ground of its state's own affair ("protesters in Nukus, the capital of the
    autonomous Republic of Karakalpakstan") it counts for that state."""
    if is_state(st.name) or st.type not in ("GPE", "LOC"):
        return False
    if st.breakaway:
        return gazetteer.is_territory(st.name) or government_of(st.name) is None
    return gazetteer.is_territory(st.name) and bool(st.statements or st.clashes)


def _home_territory(st: ActorStats) -> str | None:
    """The territory a people is named after ("Karabakh Armenians" -> Nagorno-Karabakh), when
    it has authorities of its own; not a state's people ("Kosovo Serbs" are no side of Kosovo)."""
    if st.type != "NORP" or is_state(st.name) or " " not in st.name:
        return None
    found = gazetteer.canonical_name(st.name.rsplit(" ", 1)[0])
    if found is None or not gazetteer.is_territory(found[0]):
        return None
    return found[0]


def principal_score(st: ActorStats) -> float:
    """Narrative mentions weighed by role, with headline and lead mentions as agent or target
    counting double. International bodies weigh half (they mostly react) unless the headline
    makes them the target of the story's act or their own case the news (an accuser: a court
    prosecuting a party); armed groups and territories with their own authorities weigh
    like states; towns and regions weigh half (a place in the story, rarely a side of it)."""
    score = st.weighted + st.leading
    if st.type == "ORG" and not (
        st.armed or st.targeted or st.paired or st.prosecuted or st.agent or _in_event(st)
    ):
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
    if not st.prosecuted and international_court(st.name):
        # An international court judges the sides' case ("World Court orders Israel to halt
        # its offensive"); a country's own courts count for it, as its institutions do. One
        # that prosecutes a party (`roles.prosecutes`) is itself a side.
        return False
    return st.type in _PARTY_TYPES or own_authorities(st)


def courts_with_case(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """International courts the text names with their own act against a party (a warrant, an
    indictment, custody: `roles.holds_case_against`), outside its background."""
    found: list[str] = []
    for doc, analysis in items:
        if not any(m.type == "ORG" and international_court(m.canonical) for m in analysis.mentions):
            continue
        locate = sentence_index(analysis)
        for m in analysis.mentions:
            if m.type != "ORG" or m.canonical in found:
                continue
            idx = locate(m.start)
            if idx is None:
                continue
            if holds_case_against(doc.text, m, analysis.sentences[idx]):
                found.append(m.canonical)
    return found


def retaliators(items: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """Speakers announcing an answer in kind to an act against themselves ("Belarus's foreign
    ministry called the expulsion a provocation and said Minsk would retaliate in kind"): the
    ones acted against, the other side of the quarrel however seldom the narrative names them."""
    found: set[str] = set()
    for doc, analysis in items:
        answers = {
            i
            for i, s in enumerate(analysis.sentences)
            if s.label == "reaction" and s.speakers and answers_in_kind(s.text)
        }
        if not answers:
            continue
        locate = sentence_index(analysis)
        for m in analysis.mentions:
            idx = locate(m.start)
            if idx not in answers:
                continue
            sentence = analysis.sentences[idx]
            party = government_of(m.canonical) or owner_state(m.canonical) or m.canonical
            if party in sentence.speakers and retaliates(doc.text, m, sentence):
                found.add(party)
    return frozenset(found)


#: A word every claim or charge `claimants` reads holds (a cheap test of a document first):
#: one inside each literal the prefilter requires of `roles`' claim and charge patterns (single
#: words, since those patterns take any whitespace between theirs; a test holds them in step).
_CLAIM_WORDS = (
    "claim",
    "blam",
    "accus",
    "carried",
    "behind",
    "responsible",
    "staged",
    "launched",
    "belong",
    "members of",
    "name of",
    "behalf of",
    "work of",
    "perpetrated",
)


def claimants(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """Groups the text names claiming the attack it tells of ("the Islamic State group claimed
    the attacks through its Amaq news agency") or charged with it ("the government blamed a
    little-known domestic Islamist group, National Thowheed Jamath, for the suicide bombings"),
    outside its background: the attack's authors, sides of its story however seldom the
    narrative names them, though the claim or the charge is told as someone's word (the
    reactions reader may take it for a statement). A state so charged is an accused third
    party, not read here."""
    found: list[str] = []
    for doc, analysis in items:
        folded = fold(doc.text)  # the patterns ignore case: "Claimed", "BLAMED" count too
        if not any(word in folded for word in _CLAIM_WORDS):
            continue
        locate = sentence_index(analysis)
        told: set[int] | None = None  # (read once, where a background sentence asks)
        for m in analysis.mentions:
            if m.type == "GPE" or is_state(m.canonical) or m.canonical in found:
                continue
            idx = locate(m.start)
            sentence = analysis.sentences[idx] if idx is not None else None
            if (
                sentence is not None
                and (
                    sentence.label != "background"
                    # a claim the headline or lead tells is the news itself
                    or idx in (told := opening(analysis) if told is None else told)
                )
                and (
                    claims_attack(doc.text, m, sentence)
                    or (
                        m.type == "ORG"
                        and (
                            charged_with_attack(doc.text, m, sentence)
                            or named_as_authors(doc.text, m, sentence)
                        )
                    )
                )
            ):
                found.append(m.canonical)
    return found


# What a text calls an armed group's people when it does not name the group ("the rebels
# handed over the black boxes", "the separatists", "the gunmen"): each such word in the
# narrative (not in reactions, where others' words about a group's deeds fill a page) tells of
# the named group the text describes as armed.
_GROUP_PEOPLE = re.compile(
    r"\b(?:rebels?|separatists?|militants?|insurgents?|jihadists?|guerrillas?|gunmen|"
    r"fighters|militias?|gangs?)\b",
    re.IGNORECASE,
)
#: What each of those words counts for the armed groups the text names (shared among them).
_GROUP_WORD_WEIGHT = 0.5


#: A stem every word of `_GROUP_PEOPLE` holds, in lower case ("Rebels" opens a sentence too):
#: plain searches for a few stems cost less than the pattern's search of a whole text.
_GROUP_STEMS = (
    "rebel",
    "separatist",
    "militant",
    "insurgent",
    "jihadist",
    "guerrilla",
    "gunmen",
    "fighters",
    "militia",
    "gang",
)


def group_references(items: Sequence[tuple[Document, Analysis]]) -> int:
    """How many times the documents' story sentences (not headings or credits) name an armed
    group's people by a common noun."""
    count = 0
    for doc, analysis in items:
        lower = doc.text.lower()
        if not any(stem in lower for stem in _GROUP_STEMS):
            continue
        locate = sentence_index(analysis)
        for found in _GROUP_PEOPLE.finditer(doc.text):
            idx = locate(found.start())
            if idx is not None and analysis.sentences[idx].label in ("development", "background"):
                count += 1
    return count


def party_scores(
    stats: dict[str, ActorStats],
    affiliated: Mapping[str, str] | frozenset[str] = frozenset(),
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
            if st.former >= st.mentions:
                continue  # "former President X of Kenya": an envoy or private person now
            if st.name not in affiliated:
                domestic += st.narrative
            elif isinstance(affiliated, Mapping):
                party = affiliated[st.name]
                own[party] = own.get(party, 0.0) + st.narrative
            continue
        home = _home_territory(st)
        if home is not None and st.armed:
            # "Karabakh Armenians agree to disarm": the armed people of a territory with its
            # own authorities act for it.
            scores[home] = scores.get(home, 0.0) + st.weighted + st.leading
            continue
        if not _candidate(st):
            continue
        if is_domestic_institution(st.name):
            domestic += st.narrative
            continue
        name = st.name
        owner = owner_state(name) if st.type == "ORG" and not st.cited else None
        if owner is not None and st.armed and _independent(name):
            # "an offensive against the Kurdish-led Syrian Democratic Forces", "the SDF
            # commander": a group the text describes as armed, whose state is read from its
            # name only (the data knows it and gives it no owner), fights on its own account.
            owner = None
        if owner is not None and st.product >= st.mentions:
            # "Malaysia Airlines flight MH17", "an Azerbaijan Airlines Embraer": a state's
            # carrier named only as the label of its craft is not the state acting.
            continue
        if owner is not None and is_state(owner) and not _SPOKESBODY.search(name):
            # "Kosovo police fired tear gas", "Gazprom cut the gas": the state's own organ
            # acts (its ministries speak; the state's outlets report).
            scores[owner] = scores.get(owner, 0.0) + st.weighted + st.leading
            continue
        if st.type == "GPE" and not is_state(name) and not own_authorities(st):
            # A town or region counts for its state; one whose state is unknown is only a place
            # ("shelling hit the Zaporizhzhia plant"): no side of the story.
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


def _independent(name: str) -> bool:
    """A body the gazetteer knows and gives no owning state (an armed group, a party, a
    company), whatever state its name begins with."""
    return gazetteer.canonical_name(name) is not None and gazetteer.owner_state(name) is None


# "Tokyo protests", "China protests the visit": a state's diplomatic protest, not street protests.
_PROTEST_VERB = re.compile(r"\b[A-Z][\w.'’-]*\s+protest(?:s|ed)?\b")


def domestic_story(items: Sequence[tuple[Document, Analysis]]) -> bool:
    """Whether the headlines tell one country's own affair (an election, a coup, protests, a
    law, gang violence): then foreign states are third parties, however often they are named."""
    votes = 0
    for _doc, analysis in items:
        heads = [s for s in analysis.sentences if s.paragraph == 1]
        if not heads:
            heads = [s for s in analysis.sentences if s.label != "other"][:1]
        if any(_tells_own_affair(s, analysis.mentions) for s in heads) and not any(
            _foreign_crowd(analysis.sentences[i], analysis.mentions) for i in lead_of(analysis)
        ):
            votes += 1
    return bool(items) and 2 * votes >= len(items)


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
        own = _state_of(m) if crowd is not None else None
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
        where = _state_of(place) if place is not None else None
        if where is not None and where != own:
            return True
    return False


_PLACE_IN = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)


def _tells_own_affair(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """A headline word of a country's own affair that is not an organisation's ("UN vote",
    "European Parliament") nor a state's diplomatic protest ("Tokyo protests")."""
    inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
    bodies = [(m.start - sentence.start, m.end - sentence.start) for m in inside if m.type == "ORG"]
    states = {_state_of(m) for m in inside} - {None}
    text = _PROTEST_VERB.sub(lambda f: " " * len(f.group()), sentence.text)
    for word in _DOMESTIC.finditer(text):
        if any(a <= word.start() <= b + 1 for a, b in bodies):
            continue
        people = next(
            (m for m in inside if m.type == "NORP" and m.end - sentence.start == word.start() - 1),
            None,
        )
        if people is not None and states - {_state_of(people)}:
            continue  # "Kosovo police clash with Serb protesters": one state's people in another's
        return True
    return False


def _state_of(m: Mention) -> str | None:
    """The state a mention names or belongs to ("Belgrade", "Serb", "Kosovo Police")."""
    name = government_of(m.canonical) or owner_state(m.canonical) or m.canonical
    return name if is_state(name) else None


def _inner_group(st: ActorStats | None) -> bool:
    """An armed group or a territory's authorities: a side even of one country's own affair."""
    return st is not None and not is_state(st.name) and bool(st.armed or own_authorities(st))


#: Share of the leading score an armed group or territory fighting the sides in the headline
#: or lead needs, and a body the headline's act targets ("Iran bars IAEA inspectors").
_GROUP_SHARE = 0.2
_TARGET_SHARE = 0.15
# No share is enough (a party tied with the leading one is no side for that alone).
_NEVER = float("inf")


def _in_pair(st: ActorStats | None) -> bool:
    """One of the pair the text sets against each other, itself a possible side."""
    return st is not None and st.paired > 0


def _standing_by(st: ActorStats | None) -> bool:
    """An organisation that neither fights nor is set against anyone (no word of confrontation
    in its own clauses, never accused, attacked, paired or the headline act's target): it
    helps, reports or comments, however present ("IOM scales up its support to the
    Government"); an agency is a side only when its own mission is what the sides dispute."""
    return (
        st is not None
        and st.type == "ORG"
        and not (
            st.armed
            or st.targeted
            or st.paired
            or st.opposed
            or st.clashes
            or st.agent
            or _in_event(st)
        )
    )


# An attack on people told in a headline or lead: a bombing, a shooting, a hostage-taking, a
# massacre, gunmen storming a place (not an air strike between states: those strike states).
_ASSAULT = re.compile(
    r"\b(?:(?:suicide\s+)?bomb(?:ings?|ers?)|blasts?|explosions?|(?:terror(?:ist)?\s+)?attacks?|"
    r"sieges?|hostages?|hostage-takers?|massacres?|shootings?|gunm[ae]n|stormed|storming|"
    r"terror(?:ism|ists?)?)\b",
    re.IGNORECASE,
)


def attack_story(items: Sequence[tuple[Document, Analysis]]) -> bool:
    """Whether most documents' headline or lead tells an attack on people (a bombing, a siege,
    gunmen storming a cafe): its sides are the state attacked and the attackers, and the states
    whose citizens were among the dead or who send condolences are third parties."""
    votes = 0
    for _doc, analysis in items:
        if any(_ASSAULT.search(s.text) for s in opening_sentences(analysis)):
            votes += 1
    return bool(items) and 2 * votes > len(items)


def _state_standing_by(st: ActorStats | None) -> bool:
    """A foreign state no word of confrontation touches (never near one, never accused, paired,
    attacked, the target or doer of the opening's act, nor the other side of a named relation):
    it mourns its citizens among the victims, sends condolences, help or experts, or comments
    ("Japan and Italy mourn their dead", "Australia would give New Zealand police every
    assistance"): a third party, however often its people are named."""
    return (
        st is not None
        and st.type in ("GPE", "NORP")
        and is_state(st.name)
        and not (
            st.armed
            or st.targeted
            or st.paired
            or st.opposed
            or st.adversary
            or st.clashes
            or st.agent
            or st.assailed
            or _in_event(st)
        )
    )


def _home_of_authors(st: ActorStats | None) -> bool:
    """A state the opening never sets against anyone: in an attack story whose authors are
    named, the land they come from or are named after, not a side."""
    return (
        st is not None
        and is_state(st.name)
        and not (st.targeted or st.paired or st.opposed or st.adversary or st.agent)
        and not _in_event(st)
    )


def _in_event(st: ActorStats) -> bool:
    """The doer or the target of the headline's or lead's act of force (`analysis.event`)."""
    return bool(st.struck or st.striking)


def _needed_share(
    st: ActorStats | None,
    rank: int,
    paired: bool = False,
    accuser: bool = False,
    assailed: bool = False,
) -> float:
    """The share of the leading score a party needs to be the next side. A third side must be
    one of the fighters: most of its mentions near words of confrontation, or, unless the text
    names the pair in confrontation (`paired`), the subject the opening tells the story from.
    A court prosecuting a party (`accuser`) is that party's adversary by its office; an armed
    group an offensive is waged against (`assailed`) is the other side of it."""
    if st is None:
        return _NEVER
    if st.paired or accuser or st.agent or st.striking:
        # Named with a side as the pair in the headline or lead, or the subject of its act
        # of force ("X fighters stormed a hotel", "X blocks the border crossing").
        return _GROUP_SHARE
    if st.clashes and _inner_group(st):
        # An armed group the headline or lead shows, or the one the story's offensive is
        # waged against ("an offensive against the Kurdish-led SDF"), is a fighter.
        return _GROUP_SHARE if st.leading or assailed else _SECOND_SHARE
    if (st.clashes and st.targeted) or st.struck:
        # What the headline's act falls on ("Iran bars IAEA inspectors", "air strike hits
        # MSF hospital", "militants seize Turkish consulate").
        return _TARGET_SHARE
    if rank == 1 and not paired:
        if st.adversary:
            return _GROUP_SHARE  # "a crisis with Turkey", "relations between Riyadh and Ankara"
        return _SECOND_SHARE if st.leading else _UNLED_SECOND_SHARE
    if paired:
        # Beside a pair set against each other, a third side is one the text sets against
        # them too ("between Israel and Lebanon", "accused Moscow"): near words of
        # confrontation is not enough (a neighbour closing its border as the pair fight).
        return _THIRD_SHARE if st.opposed else _NEVER
    if st.clashes >= _CLASH_RATIO * st.narrative or st.fronted:
        return _THIRD_SHARE
    return _NEVER


def choose_principals(
    stats: dict[str, ActorStats],
    items: Sequence[tuple[Document, Analysis]],
    affiliated: Mapping[str, str] | Iterable[str] = (),
) -> tuple[str, ...]:
    """The sides of the story, most prominent first."""
    # Courts prosecuting a party, and parties an offensive is waged against (`stats.collect`).
    prosecutors = frozenset(name for name, st in stats.items() if st.prosecuted)
    enemies = frozenset(name for name, st in stats.items() if st.assailed)
    answering = retaliators(items)
    scores = party_scores(
        stats, affiliated if isinstance(affiliated, Mapping) else frozenset(affiliated)
    )
    # The armed groups the text names are the ones its "rebels", "separatists" and "gunmen"
    # are: a group named once and then by what its people do is as present as they are.
    armed = [n for n in scores if _inner_group(stats.get(n)) and stats[n].armed]
    if armed:
        share = group_references(items) * _GROUP_WORD_WEIGHT / len(armed)
        for name in armed:
            scores[name] += share
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    # A party the text makes the go-between is a third party, however prominent.
    peoples = _mediating_peoples(stats)
    ranked = [n for n in ranked if not _mediates(stats.get(n), n, peoples)] or ranked
    # A natural disaster's story belongs to the states it struck: those who send help or shut
    # their airspace are third parties, however present.
    counted: set[str] = set()
    stricken = stricken_states(items, counted)
    if stricken:
        kept = stricken | counted
        ranked = [n for n in ranked if n in kept or _inner_group(stats.get(n))] or ranked
    if not ranked or scores[ranked[0]] <= 0:
        return ()
    together = _cooccur(items)
    top = scores[ranked[0]]
    # A pair the text sets against each other ("clashes between X and Y", "X and Y blamed each
    # other") are the sides; a power more present than either (the patron sending a carrier,
    # the neighbour alarmed) must show a fighter's part of its own.
    pair = [n for n in ranked if _in_pair(stats.get(n)) and scores[n] / top >= _GROUP_SHARE]
    if len(pair) >= 2:
        ranked = pair[:2] + [n for n in ranked if n not in pair[:2]]
    chosen = [ranked[0]]
    inside = domestic_story(items)
    assault: bool | None = None  # (read once, where a state standing by asks)
    for name in ranked[1:]:
        if len(chosen) >= _MAX_PRINCIPALS:
            break
        st = stats.get(name)
        if inside and not _inner_group(st):
            continue  # a foreign state or body in one country's affair is a third party
        if name not in prosecutors and _standing_by(st):
            continue  # it helps, reports or comments
        if (
            name not in answering
            and _state_standing_by(st)
            and (assault := attack_story(items) if assault is None else assault)
        ):
            continue  # a state that mourns, helps or comments
        needed = _needed_share(
            st,
            len(chosen),
            len(pair) >= 2,
            name in prosecutors or name in answering,
            name in enemies,
        )
        if scores[name] / top < needed:
            continue
        # A group inside the country need not be named in one sentence with its state.
        inner = _inner_group(st) or any(_inner_group(stats.get(c)) for c in chosen)
        if inner or any(c in together.get(name, set()) for c in chosen):
            chosen.append(name)
    people = affiliated if isinstance(affiliated, Mapping) else {}
    chosen += [n for n in _allies(items, chosen, people) if n not in chosen][:_MAX_ALLIES]
    # "The earthquakes struck the Turkish provinces of ... and the north of Syria": every state
    # a disaster struck is a side of its story, however little the text follows it.
    chosen += [n for n in ranked if n in stricken and n not in chosen][:_MAX_ALLIES]
    # "killed more than 600 people in Mozambique, around 340 in Zimbabwe": so are the states
    # where the rest of the story counts its dead, though the headline names none of them.
    chosen += [n for n in ranked if n in counted and n not in chosen][:_MAX_ALLIES]
    # "The Islamic State group claimed the attacks": the attack's authors are its sides.
    authors = claimants(items)
    if authors and (attack_story(items) if assault is None else assault):
        # "Somali militants claim Kampala bombings", "Somalia's X militant group said it was
        # behind": with the attack's authors named, their home state is no side unless the
        # opening sets it against someone (struck, striking, paired, accused).
        chosen = [chosen[0]] + [n for n in chosen[1:] if not _home_of_authors(stats.get(n))]
    chosen += [n for n in authors if n not in chosen][:_MAX_ALLIES]
    # "The ICC issued an arrest warrant for the president": a court prosecuting a party is its
    # adversary, a side however seldom the text names it.
    chosen += [n for n in courts_with_case(items) if n not in chosen][:1]
    # "X fighters stormed a hotel in the Malian capital": the state attacked is a side.
    chosen += [n for n in attacked_states(items) if n not in chosen][:_MAX_ALLIES]
    # "The ship's owner, X, said it was sorry": the company an accident is laid at is a side.
    chosen += [n for n in liable_companies(items) if n not in chosen][:_MAX_ALLIES]
    return tuple(chosen)


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


def attacked_states(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """The states where the headline's or lead's act of arms by a group falls ("Fighters of X
    stormed a hotel in the Malian capital", "X seizes Sri Lankan port town"): the first state,
    or town of a state, the sentence names after the act (not a sea: "seized a tanker in the
    Gulf of Aden")."""
    found: list[str] = []
    for doc, analysis in items:
        told = opening_sentences(analysis)
        spans = [(s.start, s.end) for s in told]
        # (an organisation in the headline or lead first: most stories have none there)
        if not any(
            m.type == "ORG" and any(a <= m.start < b for a, b in spans) for m in analysis.mentions
        ):
            continue
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        for sentence in told:
            if not may_tell_act_of_arms(sentence.text):
                continue
            inside = [m for m in ordered if sentence.start <= m.start < sentence.end]
            for k, m in enumerate(inside):
                if m.type != "ORG" or is_state(m.canonical) or owner_state(m.canonical):
                    continue
                end = act_of_arms_end(doc.text, m.end, sentence)
                if end is None:
                    continue
                state = None
                for o in inside[k + 1 :]:
                    if o.start < end or o.type not in ("GPE", "NORP"):
                        continue
                    named = _state_of(o)
                    if named and not in_place_name(doc.text, o):
                        state = named
                        break
                if state is not None and state not in found:
                    found.append(state)
                break
    return found


# A natural disaster named in a headline or lead (not "a flood of", "a landslide vote", "a
# landslide for its candidate").
_NATURAL_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|landslides?(?!\s+(?:victory|win|vote|majority|for|in\s+the))|"
    r"mudslides?|floods?(?!\s+of\b)|flooding|flooded|cyclones?|"
    r"hurricanes?|typhoons?|tsunamis?|eruptions?|volcano(?:es)?|volcanic|wildfires?|bushfires?|"
    r"droughts?|avalanches?|epidemics?|pandemics?|outbreaks?(?!\s+of\s+(?:fighting|violence|war|"
    r"hostilities|unrest|clashes)))\b",
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


def stricken_states(
    items: Sequence[tuple[Document, Analysis]], counted: set[str] | None = None
) -> frozenset[str]:
    """The states named in a headline or lead that tells a natural disaster ("Nepal earthquake
    live", "a cloud of volcanic ash drifting from Iceland"), not as the ones helping ("foreign
    rescue teams from Spain", "India is sending rescue teams"). The states such a story's body
    counts the dead or homeless in ("killed more than 600 people in Mozambique, around 340 in
    Zimbabwe", "Malawi's government says 56 people have died") are added to `counted`."""
    found: set[str] = set()
    for doc, analysis in items:
        disaster = False
        for sentence in opening_sentences(analysis):
            if _NATURAL_DISASTER.search(sentence.text) is None:
                continue
            disaster = True
            for m in analysis.mentions:
                if not sentence.start <= m.start < sentence.end:
                    continue
                state = _state_of(m)
                if state is None or _HELP_FROM.search(doc.text, max(0, m.start - 80), m.start):
                    continue
                if mention_weight(doc.text, m, sentence, False) > 0:
                    found.add(state)
        if disaster and counted is not None:
            counted |= _counted_in(doc, analysis)
    return frozenset(found)


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
_TOLL_IN_BEFORE = re.compile(r"(?<!than\s)\b(?:in|across)\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_COUNT_AFTER = re.compile(
    r"['’]s\s+(?:(?:government|authorities|officials|president|prime\s+minister|"
    r"(?:health\s+|interior\s+)?ministry|disaster\s+\w+|civil\s+protection)\b)",
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
        if sentence.label == "other" or _TOLL.search(sentence.text) is None:
            continue
        if _NUMBER.search(sentence.text) is None:
            continue
        state = _state_of(m)
        if state is None or state in found:
            continue
        if _TOLL_IN_BEFORE.search(doc.text, max(sentence.start, m.start - 12), m.start) or (
            m.type == "GPE" and _OWN_COUNT_AFTER.match(doc.text, m.end)
        ):
            found.add(state)
    return found


_MAX_ALLIES = 3
# The group's own act right after it ("... and Egypt severed", "US and British jets strike").
# ... or ends their quarrel together ("... and Egypt agreed on Tuesday to restore ties").
_MENDS = re.compile(
    r"\b(?:restor\w*|resum\w*|normali[sz]\w*|reopen\w*|lift\w*|end(?:s|ed)?|"
    r"patch(?:es|ed|ing)?\s+up|mend(?:s|ed|ing)?|reconcil\w*)\b"
)
_ACTS_AFTER = re.compile(
    r"^\s*(?:(?:(?-i:[a-z][\w-]*)|on\s+(?-i:[A-Z])\w+)\s+){0,3}?(?:"
    + CLASH.pattern
    + "|"
    + _MENDS.pattern
    + ")",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"^(?:,\s*(?:the\s+)?|,?\s+and\s+(?:the\s+)?)$")
# The group as what the act falls on ("France recalls envoys from Washington and Canberra",
# "recalled its ambassadors to the United States and Australia"): not ground ("drills near").
_ACTED_ON_BEFORE = re.compile(
    r"(?:"
    + CLASH.pattern
    + r")\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?(?:(?:from|to|with|against|on|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_GROUND_WORD = re.compile(r"\b(?:in|at|near|off|around|over|across|inside|outside|into)\s", re.I)


def _allies(
    items: Sequence[tuple[Document, Analysis]],
    chosen: Sequence[str],
    people: Mapping[str, str] | None = None,
) -> list[str]:
    """States that act jointly with a side in the headline or lead ("Saudi Arabia, the United
    Arab Emirates, Bahrain and Egypt severed relations with Qatar", "Biden and Macron patch up
    ties": leaders for their states) or that the act falls on together with a side ("France
    recalls envoys from Washington and Canberra"): a coalition's members are all sides, however
    seldom each is named alone."""
    people = people or {}
    found: list[str] = []
    for doc, analysis in items:
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        for sentence in opening_sentences(analysis):
            inside = [m for m in ordered if sentence.start <= m.start < sentence.end]
            group: list[Mention] = []
            for m in [*inside, None]:
                if m is not None and (
                    not group or _LIST_JOIN.match(doc.text[group[-1].end : m.start])
                ):
                    group.append(m)
                    continue
                names = [
                    people.get(g.canonical) or government_of(g.canonical) or g.canonical
                    for g in group
                ]
                after = doc.text[group[-1].end : group[-1].end + 40] if group else ""
                start = group[0].start if group else sentence.start
                before = doc.text[max(sentence.start, start - 60) : start]
                acting = len(group) > 1 and (
                    _ACTS_AFTER.match(after) is not None
                    or (
                        _ACTED_ON_BEFORE.search(before) is not None
                        and _GROUND_WORD.search(before[-12:]) is None
                    )
                )
                if len(group) == 2 and "," in doc.text[group[0].end : group[1].start]:
                    acting = False  # "talks in Switzerland, and Cambodia reopened": two clauses
                # "Warplanes from Mali, Niger and Benin struck militia positions": states
                # striking together are a coalition, sides of their campaign's story.
                coalition = (
                    len(group) > 1
                    and all(is_state(n) for n in names)
                    and act_of_arms_end(doc.text, group[-1].end, sentence) is not None
                )
                if (acting and any(n in chosen for n in names)) or coalition:
                    found += [n for n in names if is_state(n) and n not in found]
                group = [m] if m is not None else []
    return found


# "Ukraine's nuclear operator Energoatom", "the Russian gas company Gazprom": a side's own body.
_OWNER_WORDS = (
    r"(?:['’]s)?\s+(?:(?:main|state|state-owned|state-run|national|nuclear|energy|gas|oil|"
    r"power|largest|biggest|ruling|opposition|governing|former)\s+)*(?:operator|company|firm|"
    r"giant|party|agency|monopoly|broadcaster|utility|producer|supplier|corporation|carrier|"
    r"airline|bank|group)"
)
_OWNER_GAP = re.compile(r"^" + _OWNER_WORDS + r"\s+(?:the\s+)?$")
# "Rosatom, Russia's state nuclear company": the same words after the body's name.
_APPOSITION = re.compile(r"^,\s+(?:the\s+)?$")
_OWNER_AFTER = re.compile(_OWNER_WORDS + r"\b")
# "X, the regional police,", "X, the country's electoral commission,": introduced as one of
# the country's own institutions (no state named in the words).
_INSTITUTION_AFTER = re.compile(
    r",\s+(?:the|its)\s+(?:(?:country|nation|region|state)['’]s\s+)?"
    r"(?:(?:regional|provincial|local|federal|state|national|autonomous|independent)\s+)*"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*(?:,|\.|\s+(?:said|says|announced)\b)"
)
# "state-owned Rosatom", "the state nuclear company X": owned by a state the words leave unnamed.
_STATE_OWNED = re.compile(
    r"\b(?:state-(?:owned|run|controlled)|the\s+state\s+(?:[a-z-]+\s+){0,2}?(?:company|operator|"
    r"firm|corporation|agency|broadcaster|utility|giant|monopoly|media|television|news\s+agency))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the Democratic Party", "the People Power Party": a political party is some country's own.
_PARTY_NAME = re.compile(r"\bParty$")
# "the main opposition Democratic Party": a party of the country whose affair the story is.
_HOME_POLITICS = re.compile(
    r"\b(?:opposition|ruling|governing)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE
)


def _names_a_state(prev: Mention | None, at: int) -> bool:
    """Whether a state is named just before offset `at` ("Turkey's state-owned X")."""
    return prev is not None and prev.type in ("GPE", "NORP") and 0 <= at - prev.end <= 3


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
        locate = sentence_index(analysis)
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
            institution = _INSTITUTION_AFTER.match(doc.text, m.end, m.end + 60)
            if institution is not None and is_domestic_institution(institution.group(1)):
                # "The Mossos d'Esquadra, the regional police, said": a side's own institution.
                owned[m.canonical] = principals[0]
                continue
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            if nxt is not None and nxt.type in ("GPE", "NORP"):
                # "Rosatom, Russia's state nuclear company,": introduced after its name.
                state = government_of(nxt.canonical) or nxt.canonical
                gap = doc.text[m.end : nxt.start]
                after = doc.text[nxt.end : nxt.end + 60]
                if state in principals and _APPOSITION.match(gap) and _OWNER_AFTER.match(after):
                    owned[m.canonical] = state
                    continue
            idx = locate(m.start)
            foreign = prev is not None and idx is not None and locate(prev.start) == idx
            foreign = foreign and party is not None and party not in principals
            before = doc.text[max(0, m.start - 40) : m.start]
            state_owned = _STATE_OWNED.search(before)
            if state_owned is not None and not _names_a_state(
                prev, m.start - len(before) + state_owned.start()
            ):
                # "state-owned Rosatom", "the state nuclear company X": a state's body whose
                # state goes unnamed is one of the sides' own.
                owned[m.canonical] = principals[0]
                continue
            home = _HOME_POLITICS.search(before) or _PARTY_NAME.search(m.canonical)
            if len(principals) == 1 and not foreign and home and owner_state(m.canonical) is None:
                owned[m.canonical] = principals[0]
    return owned
