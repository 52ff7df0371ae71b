"""Who the sides of the story are: the principal parties, chosen from what each mention does.

Principal parties are the sides of the story, read from what each mention does rather than from
raw counts. A side is the agent or target of the story's events, in the headline and lead and
near words of confrontation; a third party helps, mediates, urges or comments ("Washington backs
X", "thanked Kenya", "US, EU condemn Russian strikes on Ukraine"), and a place, a topic or a
quoted name is neither (`roles` and its neighbours `places`, `attacks`, `courts` read those
parts, `stats` tallies them). States weigh fully, armed groups and territories with their own
authorities like states, international bodies half unless the headline's act targets them or
their own mission is the news. The story belongs to the party whose own people it tells of most;
in one country's own affair (an election, a coup, protests, unrest) foreign states and bodies are
third parties, even when they sanction it, send troops or are blamed for it (the reactions of
the world to that affair), and only armed groups or territories inside it are further sides,
and a foreign state whose own force answers the unrest (the occupier's curfews and arrests); a
second side the headline and lead never show must be named often; a third side must be
one of those in the confrontation, the one the lead is told from, or one followed more than
half as closely as the leading party. A pair the text sets
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
text names once is as present as the "rebels" or "separatists" it calls its people, and a
territory it fights from ("rockets from Gaza") is its ground, not a side beside it. An epidemic
is a disaster too, and a disaster's sides include the states its body counts the dead in. A side's
own bodies (its parties, institutions, state companies, as the text introduces them:
`own_bodies`) speak for it; everyone else who speaks is a third party.

This module scores the candidates and chooses among them; the sides found by what the text
says of them live beside it: `named_sides` (an attack's authors, courts with a case,
retaliators, states attacked, the states an attack's dead fell in), `disasters` (states
struck, companies liable), `allies` (states acting together), `home_affairs` (one country's own
affair), `ground` (the state the story is set in, whose own its untitled people are),
`own_bodies` and `armed` (armed groups known by the data's list or their own name, however the
text describes them; a ruling group, `own_side.ruling_groups`, is no side).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefer.analysis import gazetteer
from briefer.analysis.gazetteer import states_naming_bare
from briefer.analysis.model import Analysis
from briefer.analysis.reactions import government_of, is_domestic_institution, is_state, owner_state
from briefer.briefing.parties.allies import allies
from briefer.briefing.parties.armed import armed_group
from briefer.briefing.parties.disasters import liable_companies, stricken_states
from briefer.briefing.parties.former_states import (
    divided_at,
    former_state_names,
    of_the_time,
    story_time,
)
from briefer.briefing.parties.ground import story_state
from briefer.briefing.parties.home_affairs import affair_state, domestic_story, invited
from briefer.briefing.parties.named_sides import (
    attack_leaders,
    attack_scenes,
    attack_story,
    attacked_states,
    back_references,
    claimants,
    courts_with_case,
    forces_struck,
    group_references,
    retaliators,
)
from briefer.briefing.parties.own_side import ruling_groups
from briefer.briefing.parties.place_states import state_of_place
from briefer.briefing.roles.courts import international_court
from briefer.briefing.stats import ActorStats, sentence_index
from briefer.sources.document import Document


def _a_state(name: str) -> bool:
    """A state, or one of the past (the Soviet Union, Yugoslavia): it was a side as any state
    is in the news of its time, not a place of no known state."""
    return is_state(name) or gazetteer.is_former_state(name)


# Types that can be a side of a story.
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG"})
_MAX_PRINCIPALS = 3
_SECOND_SHARE = 0.3
# A second side the headline and lead never show acting or acted on must be named more.
_UNLED_SECOND_SHARE = 0.4
_THIRD_SHARE = 0.5
# A third side is one of the fighters: half its narrative mentions stand near words of
# confrontation (a power watching the drills it is named beside is not) ...
_CLASH_RATIO = 0.5
# ... or one the text follows more than half as closely as the leading party and names near
# such words at least once (a supporter thanked by one side is not).
_PRESENT_THIRD_SHARE = 0.55
DOMESTIC_WEIGHT = 0.5


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
                if m.type == "GPE" and not _a_state(m.canonical):
                    # "killed 28 people in Omagh": the town's state is named there too
                    state = government_of(m.canonical) or state_of_place(m.canonical)
                    if state is not None:
                        names_by_sentence[idx].add(state)
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
    if st is not None and _a_state(st.name) and (st.agent or _in_event(st)):
        # A state the opening makes the doer or the target of its act of force ("Malaysian
        # jets strike Sulu gunmen", though Malaysia had mediated others' talks); a peacekeeping
        # force firing tear gas stays the go-between it is sent as.
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
    if _a_state(st.name) or st.type not in ("GPE", "LOC"):
        return False
    if st.breakaway:
        return gazetteer.is_territory(st.name) or government_of(st.name) is None
    return gazetteer.is_territory(st.name) and bool(st.statements or st.clashes)


def _home_territory(st: ActorStats) -> str | None:
    """The territory a people is named after ("Karabakh Armenians" -> Nagorno-Karabakh), when
    it has authorities of its own; not a state's people ("Kosovo Serbs" are no side of Kosovo)."""
    if st.type != "NORP" or _a_state(st.name) or " " not in st.name:
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
        _armed(st) or st.targeted or st.paired or st.prosecuted or st.agent or _in_event(st)
    ):
        score *= 0.5
    if st.type == "GPE" and not _a_state(st.name) and not own_authorities(st):
        score *= 0.5
    return score


def _armed(st: ActorStats) -> bool:
    """Described as an armed group in the text, or known as one (`armed.armed_group`)."""
    return bool(st.armed) or (st.type == "ORG" and armed_group(st.name))


def _candidate(st: ActorStats) -> bool:
    """Whether an actor could be a side: a state, an organisation, an armed group or a territory
    with its own authorities. A people ("Kosovo Serbs", "Rohingya", "Kurdish fighters",
    "Chechen gunmen") acts through its leaders, groups and territories, so it is never a side
    itself, armed or not: its armed group is, when named, and its territory (`_home_territory`);
    no development set's gold has a people as a principal (8 documents had one chosen)."""
    if st.type == "NORP" and not _a_state(st.name):
        return False
    if not st.prosecuted and international_court(st.name):
        # An international court judges the sides' case ("World Court orders Israel to halt
        # its offensive"); a country's own courts count for it, as its institutions do. One
        # that prosecutes a party (`courts.prosecutes`) is itself a side.
        return False
    return st.type in _PARTY_TYPES or own_authorities(st)


#: What each of those words counts for the armed groups the text names (shared among them).
_GROUP_WORD_WEIGHT = 0.5
#: What each "the front", "the movement" counts for the group it calls by its name's word.
_BACK_REFERENCE_WEIGHT = 1.0


def party_scores(
    stats: dict[str, ActorStats],
    affiliated: Mapping[str, str] | frozenset[str] = frozenset(),
    setting: str | None = None,
) -> dict[str, float]:
    """Principal scores per candidate party. A capital named as a place ("in Ankara") counts
    for its state; people without a foreign title and unqualified institutions ("the Supreme
    Court") are the story's own and count for the leading party, reckoned with them for the
    state the story is set in (`setting`: `ground.story_state`); a person whose party is known
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
                if st.visited - {party}:
                    # "Shultz arrived in Israel to press a peace plan": an envoy abroad does not
                    # make the story his state's, however often the text follows him.
                    continue
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
        if (bare_state := _bare_body_state(st.name, stats)) is not None:
            # "Khrushchev told the Supreme Soviet", "Members of Congress urged": the one
            # state of the story that names such a body so, whichever side leads (its
            # mentions count as the unqualified institutions' do, whatever their role)
            scores[bare_state] = scores.get(bare_state, 0.0) + st.narrative
            continue
        if is_domestic_institution(st.name):
            domestic += st.narrative
            continue
        name = st.name
        owner = owner_state(name) if st.type == "ORG" and not st.cited else None
        if (
            owner is not None
            and _armed(st)
            and (gazetteer.is_independent(name) or armed_group(name))
        ):
            # "an offensive against the Kurdish-led Syrian Democratic Forces", "the SDF
            # commander": a group the text describes as armed, whose state is read from its
            # name only (the data knows it and gives it no owner), fights on its own account.
            owner = None
        if owner is not None and st.product >= st.mentions:
            # "Malaysia Airlines flight MH17", "an Azerbaijan Airlines Embraer": a state's
            # carrier named only as the label of its craft is not the state acting.
            continue
        if owner is not None and _a_state(owner) and not _SPOKESBODY.search(name):
            # "Kosovo police fired tear gas", "Gazprom cut the gas": the state's own organ
            # acts (its ministries speak; the state's outlets report).
            scores[owner] = scores.get(owner, 0.0) + st.weighted + st.leading
            continue
        if st.type == "GPE" and not _a_state(name) and not own_authorities(st):
            # A town or region counts for its state ("the camps around Goma": `place_states`
            # knows the towns the gazetteer gives no state); one whose state is unknown is
            # only a place ("shelling hit the Zaporizhzhia plant"): no side of the story.
            state = government_of(name) or state_of_place(name)
            if state is not None and _a_state(state):
                scores[state] = scores.get(state, 0.0) + st.weighted + st.leading
            continue
        scores[name] = scores.get(name, 0.0) + principal_score(st)
    if scores:
        # The story is the party's whose own people (known by title) it tells of most; those
        # people, and the ones nobody's title claims, count for it alone. Those are the own
        # people of the state the story is set in, where it names it ("MANILA - Rebel officers
        # seized the air base ...; U.S. jets flew over the capital": the Philippines' coup,
        # however often the text names the protector whose jets help put it down).
        def with_people(name: str) -> tuple[float, str]:
            people = own.get(name, 0.0) + (domestic if name == setting else 0.0)
            return scores[name] + people * DOMESTIC_WEIGHT, name

        top = max(scores, key=with_people)
        scores[top] += (domestic + own.get(top, 0.0)) * DOMESTIC_WEIGHT
    return scores


def _bare_body_state(name: str, stats: Mapping[str, ActorStats]) -> str | None:
    """The state a body named bare ("Congress", "the Supreme Soviet": data/bare_bodies.tsv)
    belongs to when the story names one state that has such a body, and only one; None when it
    names none or several (then the body counts for the leading party, as every unqualified
    institution does)."""
    states = states_naming_bare(name)
    if states is None:
        return None
    named = [s for s in states if s in stats and stats[s].narrative > 0]
    return named[0] if len(named) == 1 else None


def _inner_group(st: ActorStats | None, own_affair: bool = False) -> bool:
    """An armed group or a territory's authorities: a side even of one country's own affair.
    A group the data knows as armed that the story follows (`_known_fighter`) is one, except
    in one country's own affair (`own_affair`), where it may be only a party to the vote."""
    return (
        st is not None
        and not _a_state(st.name)
        and (_fighting(st) or own_authorities(st) or (not own_affair and _known_fighter(st)))
    )


def _fighting(st: ActorStats) -> bool:
    """An armed group the text shows as one: described as armed, or known as one and named in
    the confrontation (near its words, accused, the doer or target of the opening's act). A
    known group the text names only as a party or a topic ("Hezbollah's ministers") is no side
    of one country's own affair for that alone."""
    return bool(st.armed) or (
        _armed(st) and bool(st.clashes or st.opposed or st.assailed or _in_event(st))
    )


def _known_fighter(st: ActorStats) -> bool:
    """A group the data knows as armed (`armed.armed_group`) that the narrative names more than
    once: its part is the fighting, the hijacking, the kidnapping or the peace it signs, however
    plainly the text names it ("the Tupamaros said they held the adviser", "talks with the
    PLO"); words of confrontation stand near its people's deeds, seldom near its name."""
    return st.type == "ORG" and st.narrative >= 2 and armed_group(st.name)


#: Share of the leading score an armed group or territory fighting the sides in the headline
#: or lead needs, and a body the headline's act targets ("Iran bars IAEA inspectors").
_GROUP_SHARE = 0.2
_TARGET_SHARE = 0.15
# No share is enough (a party tied with the leading one is no side for that alone).
_NEVER = float("inf")


def _grounds_of_groups(
    stats: Mapping[str, ActorStats],
    scores: Mapping[str, float],
    together: Mapping[str, set[str]],
) -> dict[str, str]:
    """Territory -> the armed group that acts from it: a territory of no state's government
    (the gazetteer's: "Gaza", "Western Sahara") named in one sentence with a body of no state
    the text shows fighting (described as armed, the doer or target of the opening's act of
    force, or what an offensive is waged against: "Hamas fighters crossed from Gaza"). The
    group is the side and the territory its ground: the territory's score is the group's.
    (A party or a bloc named beside a territory, however at odds with others, leaves it be.)"""
    out: dict[str, str] = {}
    for ground in scores:
        st = stats.get(ground)
        if st is None or _a_state(ground) or not gazetteer.is_territory(ground):
            continue
        groups = [
            g
            for g in together.get(ground, ())
            if g in scores
            and (o := stats.get(g)) is not None
            and o.type == "ORG"
            and gazetteer.is_independent(g)
            and not international_court(g)
            and (_armed(o) or o.agent or o.assailed or _in_event(o))
        ]
        if groups:
            out[ground] = max(groups, key=lambda g: (scores[g], g))
    return out


def _answers_uprising(st: ActorStats | None, share: float) -> bool:
    """A foreign state that answers one country's unrest with force of its own: half its
    narrative mentions stand near words of confrontation (its troops fire on the crowds, it
    imposes curfews, makes arrests) and the text follows it more than half as closely as the
    leading party. It rules or occupies the ground the uprising is on, a side of it; a state
    the affair's side accuses or the headline's act targets ("blames Bucharest", "expels
    Romanian envoy") stays the third party the conventions make it, and so does one whose act
    the headline or lead opens with ("US imposes sanctions on Nicaraguan officials": the world
    answering the affair) or one named only once beside the unrest."""
    return (
        st is not None
        and _a_state(st.name)
        and share >= _THIRD_SHARE
        and st.clashes >= _CLASH_RATIO * st.narrative
        and st.narrative >= 2
        and not (st.opposed or st.targeted or st.fronted)
    )


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
            _armed(st)
            or st.targeted
            or st.paired
            or st.opposed
            or st.clashes
            or st.agent
            or _in_event(st)
        )
    )


def _state_standing_by(st: ActorStats | None) -> bool:
    """A foreign state no word of confrontation touches (never near one, never accused, paired,
    attacked, the target or doer of the opening's act, nor the other side of a named relation):
    it mourns its citizens among the victims, sends condolences, help or experts, or comments
    ("Japan and Italy mourn their dead", "Australia would give New Zealand police every
    assistance"): a third party, however often its people are named."""
    return (
        st is not None
        and st.type in ("GPE", "NORP")
        and _a_state(st.name)
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


#: Stances of a bystander's words: it backs a side or urges calm or talks. (Not concern: a
#: side's own warning to the other reads as one.)
_BYSTANDER_STANCES = frozenset({"support", "appeal-restraint", "appeal-dialogue"})


def _speaks_as_bystander(st: ActorStats | None) -> bool:
    """A state no word of confrontation touches (`_state_standing_by`) whose every statement is
    a bystander's (support, a call for calm or talks: "Tokyo offered its support", "Moscow
    urged both sides to talk"): a third party reacting, however often named; a side speaks of
    its own acts, warns, accuses, threatens or answers (other stances)."""
    return (
        _state_standing_by(st)
        and st is not None
        and st.narrative > 0
        and bool(st.statements)
        and set(st.statements) <= _BYSTANDER_STANCES
    )


def _home_of_authors(st: ActorStats | None) -> bool:
    """A state the opening never sets against anyone: in an attack story whose authors are
    named, the land they come from or are named after, not a side."""
    return (
        st is not None
        and _a_state(st.name)
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
    challenger: bool = False,
) -> float:
    """The share of the leading score a party needs to be the next side. A third side must be
    one of the fighters (half its mentions near words of confrontation, or the subject the
    opening tells the story from) or be followed more than half as closely as the leading
    party and named near such words at least once; where the text names the pair in
    confrontation (`paired`), it must be set against them.
    A court prosecuting a party (`accuser`) is that party's adversary by its office; an armed
    group an offensive is waged against (`assailed`) is the other side of it; so is one the
    data knows as armed that the story follows, where it may be the state's challenger
    (`challenger`: no two states chosen already, no other group named the attack's author)."""
    if st is None:
        return _NEVER
    if st.paired or accuser or st.agent or st.striking:
        # Named with a side as the pair in the headline or lead, or the subject of its act
        # of force ("X fighters stormed a hotel", "X blocks the border crossing").
        return _GROUP_SHARE
    if (st.clashes or _known_fighter(st)) and _inner_group(st):
        # An armed group the headline or lead shows, or the one the story's offensive is
        # waged against ("an offensive against the Kurdish-led SDF"), is a fighter; so is a
        # group the data knows as armed that the story follows.
        if st.leading or assailed:
            return _GROUP_SHARE
        if challenger and _known_fighter(st):
            # A group the data knows as armed, fighting a state: the other side of its
            # insurgency, however much more the story tells of the state. (Beside two states
            # already chosen it is more often what they quarrel over, and beside an attack's
            # named authors a suspect cleared.)
            return _GROUP_SHARE
        return _SECOND_SHARE
    if (st.clashes and st.targeted) or st.struck:
        # What the headline's act falls on ("Iran bars IAEA inspectors", "air strike hits
        # MSF hospital", "militants seize Turkish consulate").
        return _TARGET_SHARE
    if rank == 1 and not paired:
        if st.adversary:
            return _GROUP_SHARE  # "a crisis with Turkey", "relations between Riyadh and Ankara"
        if st.fronted and st.clashes and _a_state(st.name):
            # "Indonesia recalls envoy, suspends cooperation over Australian phone-tapping":
            # the subject the opening tells the confrontation from, however the story follows
            # the other side. (A force the opening tells of, "CSTO troops begin leaving
            # Kazakhstan", is no state acting on its own account.)
            return _GROUP_SHARE
        return _SECOND_SHARE if st.leading else _UNLED_SECOND_SHARE
    if paired:
        # Beside a pair set against each other, a third side is one the text sets against
        # them too ("between Israel and Lebanon", "accused Moscow"): near words of
        # confrontation is not enough (a neighbour closing its border as the pair fight).
        return _THIRD_SHARE if st.opposed else _NEVER
    if st.clashes >= _CLASH_RATIO * st.narrative or st.fronted:
        return _THIRD_SHARE
    # Without a pair, a party the text follows more than half as closely as the story's own
    # and names in the confrontation at least once is a third side, fighter or not: the
    # third state a spill struck, the power in a standoff of three. (A patron urging restraint
    # is named less; a supporter one side thanks stands near no word of confrontation.)
    return _PRESENT_THIRD_SHARE if st.clashes else _NEVER


def choose_principals(
    stats: dict[str, ActorStats],
    items: Sequence[tuple[Document, Analysis]],
    affiliated: Mapping[str, str] | Iterable[str] = (),
    successors: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """The sides of the story, most prominent first. `successors` is `former_state_names` of
    `items` when the caller has it already (the briefing uses it again); else it is read here."""
    # "The Soviet Union" and "Moscow" in a story of 1983 are one side (`former_states`).
    if successors is None:
        successors = former_state_names(items)
    if successors:
        stats, items, people_of = of_the_time(
            stats, items, affiliated if isinstance(affiliated, Mapping) else {}, successors
        )
        if isinstance(affiliated, Mapping):
            affiliated = people_of
    # Courts prosecuting a party, and parties an offensive is waged against (`stats.collect`).
    prosecutors = frozenset(name for name, st in stats.items() if st.prosecuted)
    enemies = frozenset(name for name, st in stats.items() if st.assailed)
    answering = retaliators(items)
    scores = party_scores(
        stats,
        affiliated if isinstance(affiliated, Mapping) else frozenset(affiliated),
        story_state(items),
    )
    for successor, former in successors.items():
        if successor in scores:  # a capital or a state body counted for today's state
            scores[former] = scores.get(former, 0.0) + scores.pop(successor)
    when = story_time(items)
    for name in [n for n in scores if divided_at(n, when)]:
        del scores[name]  # "Vietnam" in 1975: the land, whose two states are the sides
    # The armed groups the text names are the ones its "rebels", "separatists" and "gunmen"
    # are: a group named once and then by what its people do is as present as they are.
    armed = [n for n in scores if _inner_group(stats.get(n)) and _armed(stats[n])]
    if armed:
        share = group_references(items) * _GROUP_WORD_WEIGHT / len(armed)
        for name in armed:
            scores[name] += share
    # "The front's tanks entered the city": a group called by a word of its name is named.
    named_groups = {n for n in scores if n in stats and stats[n].type == "ORG" and _armed(stats[n])}
    for name, count in back_references(items, named_groups).items():
        scores[name] += count * _BACK_REFERENCE_WEIGHT
    together = _cooccur(items)
    # "Hamas launches surprise attack on Israel from Gaza": the group is the side, not its ground.
    for ground, group in _grounds_of_groups(stats, scores, together).items():
        scores[group] += scores.pop(ground)
    # A natural disaster's story belongs to the states it struck (read here, ranked below).
    counted: set[str] = set()
    helping: set[str] = set()
    stricken = stricken_states(items, counted, helping)
    # "Volcano kills nine on Montserrat": a territory with a government of its own that the
    # disaster struck is a side beside its state, though no act of its authorities is told.
    # Its state, which answers for it, stays a side where the opening names no state struck.
    for name in stricken:
        if name not in scores and name in stats and gazetteer.is_territory(name):
            scores[name] = principal_score(stats[name])
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    # "The Taliban government ordered universities to close": a ruling group is its state's
    # actor, never a side of its own (an armed group that also runs a territory still fights).
    ruling = ruling_groups(items)
    ranked = [n for n in ranked if n not in ruling or _armed(stats[n])] or ranked
    # A party the text makes the go-between is a third party, however prominent.
    peoples = _mediating_peoples(stats)
    ranked = [n for n in ranked if not _mediates(stats.get(n), n, peoples)] or ranked
    # A natural disaster's story belongs to the states it struck: those who send help or shut
    # their airspace are third parties, however present (`stricken`, read above).
    if any(not gazetteer.is_territory(n) for n in stricken):
        kept = stricken | counted
        ranked = [n for n in ranked if n in kept or _inner_group(stats.get(n))] or ranked
    elif helping:
        # "Rescue teams from Australia, Japan and the United States worked in the ruins of the
        # city": where the opening names no state struck, its helpers are still no sides.
        ranked = [n for n in ranked if n not in helping] or ranked
    if not ranked or scores[ranked[0]] <= 0:
        return ()
    top = scores[ranked[0]]
    # A pair the text sets against each other ("clashes between X and Y", "X and Y blamed each
    # other") are the sides; a power more present than either (the patron sending a carrier,
    # the neighbour alarmed) must show a fighter's part of its own.
    pair = [n for n in ranked if _in_pair(stats.get(n)) and scores[n] / top >= _GROUP_SHARE]
    if len(pair) >= 2:
        ranked = pair[:2] + [n for n in ranked if n not in pair[:2]]
    inside = domestic_story(items)
    own = affair_state(items) if inside else None
    if own is not None and own in ranked[1:]:
        # "Moldova expels Romanian envoy, blames Bucharest for parliament riot": the affair is
        # the headline's own state's, however much the story names the neighbour it accuses.
        ranked = [own] + [n for n in ranked if n != own]
    # A state acting at the affair's side's request helps it ("at Nyerere's request").
    helpers = invited(items) - {ranked[0]} if inside else frozenset()
    chosen = [ranked[0]]
    # "The Islamic State group claimed the attacks": the attack's authors (its sides, below).
    authors = claimants(items)
    assault: bool | None = None  # (read once: at the first state standing by, or below)
    scenes: frozenset[str] | None = None  # (read once, the same way)
    for name in ranked[1:]:
        if len(chosen) >= _MAX_PRINCIPALS:
            break
        st = stats.get(name)
        if (
            inside
            and not _inner_group(st, own_affair=True)
            and (name in helpers or not _answers_uprising(st, scores[name] / top))
        ):
            # A foreign state or body in one country's affair is a third party, unless its own
            # force answers the unrest (the occupying state's curfews and arrests).
            continue
        if name not in prosecutors and _standing_by(st):
            continue  # it helps, reports or comments
        if name not in answering and _speaks_as_bystander(st):
            continue  # it backs a side or urges calm or talks, and nothing sets it against anyone
        if (
            name not in answering
            and _state_standing_by(st)
            and (assault := attack_story(items) if assault is None else assault)
            and name not in (scenes := attack_scenes(items) if scenes is None else scenes)
        ):
            continue  # a state that mourns, helps or comments (not the one its dead fell in)
        needed = _needed_share(
            st,
            len(chosen),
            len(pair) >= 2,
            name in prosecutors or name in answering,
            name in enemies,
            sum(_a_state(c) for c in chosen) < 2 and all(a == name for a in authors),
        )
        if scores[name] / top < needed:
            continue
        # A group inside the country need not be named in one sentence with its state, nor
        # the state with the group the story leads with; a third side beside them must be.
        inner = _inner_group(st) or (len(chosen) == 1 and _inner_group(stats.get(chosen[0])))
        # Nor the doer or target of the opening's act of force beside the leading party
        # ("Greenpeace ship sunk by blasts in Auckland harbour", told apart from New Zealand's
        # inquiry).
        inner = inner or (len(chosen) == 1 and st is not None and _in_event(st))
        if inner or any(c in together.get(name, set()) for c in chosen):
            chosen.append(name)
    people = affiliated if isinstance(affiliated, Mapping) else {}
    chosen += [n for n in allies(items, chosen, people) if n not in chosen][:_MAX_ALLIES]
    # "The earthquakes struck the Turkish provinces of ... and the north of Syria": every state
    # a disaster struck is a side of its story, however little the text follows it.
    chosen += [n for n in ranked if n in stricken and n not in chosen][:_MAX_ALLIES]
    # "killed more than 600 people in Mozambique, around 340 in Zimbabwe": so are the states
    # where the rest of the story counts its dead, though the headline names none of them.
    chosen += [n for n in ranked if n in counted and n not in chosen][:_MAX_ALLIES]
    if assault is None:
        assault = attack_story(items)
    # "The Islamic State group claimed the attacks": the attack's authors are its sides.
    if authors and assault:
        # "Somali militants claim Kampala bombings", "Somalia's X militant group said it was
        # behind": with the attack's authors named, their home state (named with them) is no
        # side unless the opening sets it against someone (struck, striking, paired, accused).
        # A state never named beside them is the one attacked, however the opening tells it.
        chosen = [chosen[0]] + [
            n
            for n in chosen[1:]
            if not (
                _home_of_authors(stats.get(n)) and any(a in together.get(n, ()) for a in authors)
            )
        ]
    chosen += [n for n in authors if n not in chosen][:_MAX_ALLIES]
    # "The ICC issued an arrest warrant for the president": a court prosecuting a party is its
    # adversary, a side however seldom the text names it.
    chosen += [n for n in courts_with_case(items) if n not in chosen][:1]
    # "X fighters stormed a hotel in the Malian capital": the state attacked is a side.
    chosen += [n for n in attacked_states(items) if n not in chosen][:_MAX_ALLIES]
    # "Seventeen American sailors killed": the state whose forces an attack fell on is a side.
    if assault:
        chosen += [n for n in forces_struck(items) if n not in chosen][:1]
    # "governments lined up for and against the US-led attack on Iraq": its leader is a side.
    chosen += attack_leaders(items, chosen)[:1]
    # "The ship's owner, X, said it was sorry": the company an accident is laid at is a side.
    chosen += [n for n in liable_companies(items) if n not in chosen][:_MAX_ALLIES]
    # "Australian warship heads for cyclone-hit islands": a state the disaster's opening shows
    # helping is a third party, whatever else the story tells of its forces.
    return tuple([n for n in chosen if n not in helping] or chosen)


_MAX_ALLIES = 4
