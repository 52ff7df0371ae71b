"""The Actors list: who is a party to the story, under one name each, with a line on its role.

Places merely mentioned (towns, rivers, regions, states named once in passing), ships, the
outlet, commentators and names only ever used as a label or inside a title are not actors. A
state's ministries fold into the state (a person's forms are one name already: `people`).
Principal parties come first, then by statements and mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from briefer.analysis.gazetteer import (
    former_state_ended,
    governed_from,
    held_territories,
    is_territory,
    states_naming_bare,
)
from briefer.analysis.reactions import is_domestic_institution, is_state, owner_body, owner_state
from briefer.briefing.model import Actor
from briefer.briefing.parties.former_states import divided_at, stats_of_the_time
from briefer.briefing.stats import ActorStats

# Types that are never actors.
_NEVER_ACTORS = frozenset({"LOC", "FAC", "DATE", "EVENT"})
#: Narrative mentions a state needs to be an actor without speaking or being a side.
STATE_MENTIONS = 1
#: Faiths and peoples spread over many states: named bare ("Muslims", "Arabs"), the story's
#: parties are their states, movements or communities named by place ("Kosovo Serbs").
_WORLD_PEOPLES = frozenset(
    ("Muslims", "Christians", "Jews", "Catholics", "Sunnis", "Shiites", "Hindus", "Buddhists",
     "Arabs")
)  # fmt: skip
#: States whose demonym names a people that rival bodies govern and speak for (the Palestinian
#: Authority, Hamas, the PLO): "Palestinian officials said", "a Palestinian group", "Palestinian
#: gunmen" are one of those bodies or the people, not the state. Named as the state
#: ("Palestine", "the State of Palestine") or its people as a group ("Palestinians") it is one.
_PEOPLES_STATES = frozenset(("Palestine",))
# (a high commission is the embassy of one Commonwealth state in another: "the British High
# Commission in Nairobi said")
_MINISTRY = re.compile(
    r"\b(?:ministry|office|embassy|department|high\scommission)\b", re.IGNORECASE
)
_SHIP_OR_PLACE = re.compile(
    r"^(?:USS|HMS|HMCS|HMAS|HMNZS|BRP|INS|RFS|TCG|FS|MV|MS|SS|RV)\s|\s(?:Shoal|Reef|Strait|Straits|"
    r"Island|Islands|Sea|Bay|Line|River|Valley|Corridor|Gulf|Pass|Mountains?|Peninsula|Canal|"
    r"Lake|Desert|Plateau|Basin|Dam|Airport|Square|Bridge|Crossing|Channel|Atoll)$"
)


# A building or a campus: where things happen ("talks at Lancaster House", "gunmen stormed
# Nariman House", "a rally at Cairo University"), an actor only when it speaks for someone
# ("State House said", "the Blue House said").
_BUILDING = re.compile(
    r"\s(?:House|Tower|Towers|Stadium|Hotel|Cathedral|Mosque|Temple|Synagogue|Building|"
    r"University|College|(?:Trade|Sports|Cultural|Islamic|Shopping|Community)\s(?:Center|Centre))$"
)


# A state's armed service by the state's name ("United States Navy", "Egyptian Third Army",
# "Indian Coast Guard"); not a movement's army ("Irish Republican Army", "Free Syrian Army").
_SERVICE = re.compile(r"\s(?:Army|Navy|Air\sForce|Fleet|Coast\sGuard|Marines|Armed\sForces)$")
_MOVEMENT_WORD = re.compile(
    r"\b(?:Republican|Red|National|Liberation|Revolutionary|Popular|People's|Free|Democratic|"
    r"Islamic|Resistance|Salvation|Patriotic)\b"
)


def _third_states_service(name: str, principals: Sequence[str]) -> bool:
    """A third state's army, navy or air force, named without words of its own: what it does
    is its state's act (the gold lists the state, not the service), where a side's forces
    acting are actors on its side."""
    if _SERVICE.search(name) is None or _MOVEMENT_WORD.search(name) is not None:
        return False
    owner = owner_state(name)
    return owner is not None and owner not in principals


def not_a_party(name: str) -> bool:
    """A name that is a ship or a place however it was typed ("USS Ronald Reagan", "Second
    Thomas Shoal", "Blue Line"): never an actor or a speaker."""
    return _SHIP_OR_PLACE.search(name) is not None and not is_state(name)


def _of_its_time(name: str, when: date | None) -> bool:
    """A former state in a story told before it ended ("the Soviet Union broke off relations"
    in a story of 1967), not one named as history ("declared independence from the Soviet Union
    in 1991" in a story of 2008). A story of no known time names it as history."""
    ended = former_state_ended(name)
    return ended is not None and when is not None and when < ended


def _is_actor(
    st: ActorStats, principals: Sequence[str], outlets: set[str], when: date | None = None
) -> bool:
    kind = st.type
    if st.name in principals:
        return True
    if st.name in held_territories():
        return False  # "Gaza's health ministry said": its authorities are parties by name
    if divided_at(st.name, when):
        return False  # "Vietnam" in 1975: the land, whose two states are the parties
    states = states_naming_bare(st.name)
    if states is not None and not states.intersection(principals):
        return False  # a bare "Congress" of no side's state
    if kind in ("PERSON", "ORG") and not_a_party(st.name):
        return False
    analyst = st.commentator - st.street
    if kind in ("PERSON", "ORG") and (
        analyst > st.mentions // 2 or (st.statements and 2 * st.commentator >= st.mentions)
    ):
        # an analyst, or a resident or student quoted (introduced once, then named by
        # surname), or where they work: not a party. One of the people of the street who is
        # not quoted is in the story ("police arrested Jane Doe, a journalist").
        return False
    if kind == "ORG" and st.cited and st.cited + st.venue + st.titled >= st.mentions:
        return False  # an outlet credited with a report ("the news agency IRNA reported")
    if kind == "ORG" and st.channel and st.channel + st.cited >= st.mentions:
        return False  # only the channel of the news ("telling CNN", "Al Jazeera footage")
    if kind == "ORG" and st.product and not st.statements and st.product >= st.mentions:
        return False  # only a craft's maker or carrier ("a Boeing 737", "a Ryanair airliner")
    if st.name in _PEOPLES_STATES and not st.types.get("GPE") and not st.grouped:
        return False  # only ever "Palestinian" something: a body or the people, no state
    if kind == "NORP" and st.name in _WORLD_PEOPLES:
        # a faith or a people across many states, not one party to the story, even speaking
        # ("Arab diplomats said", "Arab states pressed": the gold names no such speaker)
        return False
    if st.statements:
        return True
    if kind == "ORG" and _third_states_service(st.name, principals):
        return False  # "a U.S. Navy ship joined the search": the state acting, not an actor
    if kind == "ORG" and _BUILDING.search(st.name):
        return False  # a building or a campus named as the scene, not a party
    if kind in _NEVER_ACTORS or st.name in outlets or not st.prose:
        return False  # places, the outlet, names only in bylines and credits
    if kind == "GPE":
        # A state named, or acting through organs its demonym names ("Eritrean forces"), not
        # only met as a language or demonym ("known in Albanian as").
        named = st.types.get("GPE", 0) > 0 or st.organ > 0
        # A state met only as a place ("talks in Switzerland") is not a party to the story.
        acting = st.narrative - st.located
        if is_territory(st.name):
            # A region with its own government named as the one who acts or holds ("Hong Kong
            # and Macau restricted imports", "the member states of Puntland and Jubaland") is a
            # party like a state; named as ground ("attacks on Gaza", "the island of Corsica",
            # "the Gaza war") it is a place.
            return st.governing > 0
        if not st.bare:
            return False  # named once, as a topic ("the invasion of Ukraine", "sanctions on")
        if st.chaired >= st.mentions:
            return False  # only the seat of a bloc's chair ("Dominica's Prime Minister X, chair")
        state = is_state(st.name) or _of_its_time(st.name, when)
        return state and named and st.narrative >= STATE_MENTIONS and acting > 0
    if st.titled >= st.mentions:
        return False  # only ever part of someone's title
    if kind == "NORP" and st.name.startswith("ethnic "):
        # "ethnic Uzbeks", "ethnic Albanians" left unqualified (no "Kosovo Albanians" of the
        # text to be: `mention_resolution.qualify_ethnic_groups`): people described by their
        # descent, not a group acting as one
        return False
    if kind == "NORP" and (st.described >= st.mentions or not st.grouped):
        # only ever describing someone else ("Hutu extremists", "Tutsi fighters") or something
        # of theirs ("a Sikh temple", "the Arab Spring")
        return False
    if st.venue and st.venue + st.titled + st.modifier >= st.mentions:
        return False  # only where a case is taken or a report made ("a case at the WTO")
    # Organisations, groups and named people, unless only ever a label ("NATO-led").
    return st.modifier < st.mentions


def _merge_institutions(stats: dict[str, ActorStats]) -> dict[str, ActorStats]:
    """Fold a state's institutions ("Russian Foreign Ministry") into the state, and leave out
    ministries named without a state: their statements are already the state's."""
    merged = dict(stats)
    for name, st in stats.items():
        government = governed_from(name) if st.statements else None
        if government is not None and government in merged:
            # "officials in Erbil said": the seat's words are its government's
            target = merged[government]
            target.statements.update(st.statements)
            target.surfaces.update(st.surfaces)
            del merged[name]
            continue
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


def _without_peoples_led_by_their_bodies(
    chosen: list[ActorStats], principals: Sequence[str]
) -> list[ActorStats]:
    """A people named bare ("the Kurds") is no actor of its own beside a body of theirs that
    acts in the story and bears their name ("Kurdistan Regional Government", "Kurdistan
    Workers' Party"): the body is the party."""
    bodies = [st.name for st in chosen if st.type == "ORG"]
    if not bodies:
        return chosen
    kept = []
    for st in chosen:
        if (
            st.type == "NORP"
            and " " not in st.name
            and not st.statements
            and st.name not in principals
            and any(st.name.rstrip("s") in body for body in bodies)
        ):
            continue
        kept.append(st)
    return kept


STANCE_PHRASES = {
    "concern": "voiced concern",
    "appeal-restraint": "urged restraint",
    "appeal-dialogue": "called for dialogue",
    "support": "expressed support",
    "criticism": "criticised",
    "threat": "warned or threatened",
    "other": "made statements",
}


def _role(st: ActorStats, principal: bool, affiliation: str | None, side: str | None = None) -> str:
    """One line on the actor's part in the story: side or third party, title, what it said.
    `side` is the principal a body belongs to (its electoral council, its opposition): what it
    says is that side's own voice, so it is no third party."""
    said = ", ".join(STANCE_PHRASES.get(k, k) for k, _n in st.statements.most_common(3))
    if st.type == "PERSON":
        who = st.title or "Named person"
        # "President (South Africa)": the office names its state; a second bracket (the bloc it
        # chairs) would read as a second office.
        if affiliation and affiliation not in who and not who.endswith(")"):
            who = f"{who} ({affiliation})"
        return f"{who}; {said}" if said else who
    if principal:
        base = "Principal party"
    elif side:
        base = f"On the side of {side}"
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
    sides: Mapping[str, str] | None = None,
    when: date | None = None,
    successors: Mapping[str, str] | None = None,
) -> tuple[Actor, ...]:
    """Actors, principal parties first, then by statements and mentions. `sides` gives the
    principal a body belongs to (`parties.own_bodies`, a one-side story's opposition); `when`
    is the story's time (`parties.former_states.story_time`), `successors` today's states whose
    mentions are a former state's in a story of its time ("Bonn", "German" in a story of 1977:
    West Germany; `parties.former_states.former_state_names`)."""
    aff = affiliation or {}
    side_of = sides or {}
    stats = _merge_institutions(stats_of_the_time(stats, successors or {}))
    chosen = [st for st in stats.values() if _is_actor(st, principals, set(outlets), when)]
    chosen = _without_peoples_led_by_their_bodies(chosen, principals)

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
                role=_role(st, st.name in principals, aff.get(st.name), side_of.get(st.name)),
                source=st.first_source,
                principal=st.name in principals,
            )
        )
    return tuple(actors)
