"""Sentences that name a third party but report no reaction of it (`reports_no_reaction`).

The builder turns a labelled sentence with a third-party speaker or actor into a reaction item.
Some such sentences are not reactions by the gold conventions (`tests/gold/README.md`): the
party is a source of facts or an observer, not a party taking a stand, or the sentence only
says what is due to happen. Each family here is a general shape of news copy:

- a scheduled or expected event with no act or statement of the party's own ("EU ministers are
  to discuss a visa ban on Monday", "Whether Washington adds sanctions."): forward-looking
  sentences are neither background nor reactions;
- an observer speaking from a place or a body ("Diplomats at the United Nations said",
  "Witnesses in Mecca said", "a fisherman from Ziguinchor told us"): the place is where the
  speaker stands, not who speaks; and private people named by their nationality or body
  ("Austrian doctors said", "a Red Cross volunteer said", "Kurdish protesters occupied"):
  they do not speak or act for it;
- a figure (a toll, the displaced, the nationalities of passengers) given by a state's or a
  community's officials with no stance ("Kurdish officials said up to 200,000 people had been
  displaced"): they report what happened, they do not react to it;
- the writer's own voice in an analysis: a recommendation ("The bloc's sanctions should stay
  until ...") or an enumerated point ("Second, Russia has reasserted itself ...") that no one
  is reported as saying;
- a standing relation of the party told in the present ("Russia sells weapons to both
  countries", "The EU buys 60% of its exports"), with no stance: context, not a response;
- the party's nationals counted among the victims or survivors ("Seven Japanese and nine
  Italians were among the hostages killed", "Two survivors, an Iraqi and a Somali, ..."): people
  the event struck, not the state acting;
- a body the gazetteer does not know, named as a state's organ, a party or a force with no
  international word in its name ("the Ministry of Railways", "the Guardian Council", "the
  Northern Fleet", "the Five Star Movement"), with no stance: in a story it is most often one
  of the principal's own bodies telling what happened, not a third party reacting;
- a fact attributed to a state's body or a community ("..., according to the U.S. Geological
  Survey", "according to Yazidi leaders"), with no stance;
- a party said only to keep silent ("ASEAN has issued no statement.", "The Council has not met
  on the matter."), with no clause of content;
- a state met only as the place a speaker visits ("speaking during a visit to Chile") or as the
  home of diplomats a principal expels ("expelled three Russian diplomats"); and a company named
  by its nationality ("the German shipyard", "Estonia's grid operator"), which speaks for
  itself, not for the state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis.gazetteer import canonical_name
from briefer.analysis.prefilter import Sieve, sieve_of
from briefer.analysis.reactions import government_of
from briefer.briefing.model import Item, Span

# A predicate of schedule or expectation: "is due to", "are to discuss", "has until", "sits
# again", and a "Whether ..." line of a what-to-watch list.
_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:due|expected|scheduled|set|likely|unlikely)\s+to\b|"
    r"\b(?:is|are)\s+to\s+(?:meet|discuss|hold|vote|decide|consider|debate)\b|"
    r"\bha(?:s|ve)\s+until\b|\b(?:sits|meets|reconvenes)\s+again\b|^Whether\b",
    re.IGNORECASE,
)
# What makes it more than a schedule: a statement or an act of the sentence's own ("The AU,
# whose panel was due to meet, said it rejected ..."), or a request for the meeting (the
# requesters react: the gold conventions).
_OWN_ACT = re.compile(
    r"\b(?:said|says|asked|requested|request|agreed|already|called|flew|sent|closed)\b"
    # (a named party's deed told in the past besides the schedule: "Modi chaired a meeting
    # ..., and his foreign minister is due to brief party leaders")
    r"|(?-i:\b[A-Z][\w\u2019'-]+\s+[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# The schedule sits in a relative clause ("an operation that is due to last 30 days").
_RELATIVE = re.compile(r"\b(?:which|that|whose|who|where)\b[^,]*$", re.IGNORECASE)

# A party said only to have kept silent, with nothing of its position: "ASEAN has issued no
# statement.", "The Council has not met on the matter." (the gold conventions: a sentence that
# says only that a party spoke, differed or kept silent is none; the one with the content is).
# ("struck a different note" and "weighed in" are left alone: the gold is split on them.)
_NO_POSITION = re.compile(
    r"\bbroke\s+(?:its|their|his|her)\s+silence\b|"
    r"\b(?:has|have|had)\s+(?:made|issued|given)\s+no\s+(?:public\s+|official\s+|formal\s+)?"
    r"(?:comment|statement|response)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:commented|responded|reacted|met(?=\s*[.,]|"
    r"\s+(?:on|since|over|about|to\s+discuss)\b))\b",
    re.IGNORECASE,
)
# ... and what would give the position after all: a clause with content of its own.
_CONTENT_AFTER = re.compile(r"[:;]|\b(?:saying|warning|calling|urging|arguing|with\s+an?)\b", re.I)

# A standing relation in the present simple, just after the party's name.
_STANDING = re.compile(
    r"\s*(?:[\w'\u2019.-]+\s+){0,3}?"
    r"(?:sells|buys|keeps|provides|supplies|imports|exports|maintains|owns)\b",
    re.IGNORECASE,
)
# A count of people just before a demonym ("Seven Japanese", "an Iraqi"), and what befell them.
_COUNTED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|"
    r"dozens\s+of|hundreds\s+of)\s+$",
    re.IGNORECASE,
)
# The demonym is the people themselves, not a word before a noun ("three Iraqi rescue teams").
_AS_PEOPLE = re.compile(r"\s*(?:[,;.)]|and\b|or\b|were\b|was\b|are\b|is\b|had\b|among\b|$)")
_BEFELL = re.compile(
    r"\b(?:killed|dead|died|survivors?|executed|hostages|victims|injured|wounded|missing|"
    r"drowned)\b",
    re.IGNORECASE,
)
# A body named as a state's organ, a party or a force, and words naming an international one.
_HOME_BODY = re.compile(
    r"\b(?:Council|Forces|Movement|Fleet|Party|Board|Committee|Front|Authority|Commission|"
    r"Ministry|Bureau|Service|Directorate|Army|Navy|Police|Guard|Court|Parliament|Assembly|"
    r"Congress|Senate|Regiment|Divisions?|Brigade|Battalion|Units)\b"
)
#: Words that place a body beyond one country ("Amnesty International", "the Arab League"), as
#: an alternation for patterns that add words of their own.
REACH_WORDS = (
    r"International|World|Global|European|Europe|United\s+Nations|UN|Asian|Asia|African|Africa|"
    r"Arab|Pacific|Atlantic|American|Americas|Caribbean|Nordic|Baltic|Mekong|Danube|Gulf|"
    r"Organi[sz]ation|Conference|Community"
)
INTERNATIONAL_WORD = re.compile(
    rf"\b(?:{REACH_WORDS}|Union|League|Federation|Association|Alliance|Agency)\b"
)
# Someone reported as saying it.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|tells|urged|urges|called|calls|stated|added|warned|argued|"
    r"insisted|declared|announced|wrote|according)\b",
    re.IGNORECASE,
)
# A recommendation as the main clause: the modal before any "that", "who", "saying" or quote.
_RECOMMENDS = re.compile(
    r"^(?:(?!\b(?:that|who|which|whether|saying|arguing)\b)[^,;:\"\u201c])*?"
    r"\b(?:should|ought\s+to)\b",
    re.IGNORECASE,
)
_ENUMERATED = re.compile(r"^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly)(?:ly)?,\s")

# Observers named by where they are: "Diplomats at the United Nations", "Western diplomats in
# Nairobi", "Residents reached by phone in Baniyas", "a fisherman from Ziguinchor".
_OBSERVER_AT = re.compile(
    r"\b(?:diplomats?|analysts?|witness(?:es)?|residents?|villagers?|traders?|fisherm[ae]n|"
    r"sources?|locals?|commentators?|economists?|bystanders?|onlookers?|shopkeepers?|"
    r"pilgrims?|scholars?|clerics?|doctors?|students?|survivors?|worshippers?|tourists?|"
    r"protesters?|demonstrators?|professors?)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A state met as the place a speaker visits or the home of diplomats a principal expels: "Jiang,
# speaking during a visit to Chile, said ...", "Georgia expelled three Russian diplomats".
_VISITED_OR_EXPELLED = re.compile(
    r"\b(?:(?:a|an|his|her|their|its|official|state)\s+(?:visit|trip|tour)\s+(?:to|of)|visiting|"
    r"(?:expelled|expels|expel)\s+(?:[\w-]+\s+){0,2})\s*(?:the\s+)?$",
    re.IGNORECASE,
)

# Private people named by a nationality or a body just before them ("Austrian doctors").
# (the word between is no verb: "Human Rights Watch said relatives had been detained" is the
# body speaking of the relatives; nor is a UN "resident coordinator" a resident)
_PEOPLE_OF = re.compile(
    r"(?:'s)?(?:\s+(?!(?:said|says|told|tells|urged|warned|added|stated|reported|called|"
    r"asked)\b)[\w-]+)?\s+(?:doctors?|volunteers?|scholars?|witness(?:es)?|"
    r"residents?(?!\s+coordinator)|"
    r"villagers?|traders?|fisherm[ae]n|shopkeepers?|bystanders?|survivors?|relatives|families|"
    r"students|protesters|demonstrators|pilgrims|tourists|shipyard|shipbuilder|company|firm|"
    r"airline|manufacturer|maker|operator|conglomerate|insurer|retailer|chain)\b",
    re.IGNORECASE,
)

# A figure of what happened: a toll, the dead, hurt, missing or displaced, passengers.
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|hundreds|thousands|dozens|scores|millions)\b(?:\s+\w+){0,6}?\s+"
    r"(?:people\s+)?(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?"
    r"(?:killed|dead|died|injured|wounded|missing|displaced|destroyed|rescued|homeless|"
    r"passengers)\b|\bdeath\s+toll\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[^,;:]*)$", re.IGNORECASE)


def _actor_spans(spans: Sequence[Span], actors: Sequence[str]) -> list[Span]:
    """The spans naming the actors, a capital standing for its state included."""
    return [sp for sp in spans if sp.canonical in actors or government_of(sp.canonical) in actors]


def _scheduled(sieve: Sieve) -> bool:
    found = sieve.search(_SCHEDULED)
    if found is None or sieve.search(_RELATIVE, 0, found.start()) is not None:
        return False
    text = sieve.text
    return _OWN_ACT.search(text[: found.start()] + " " + text[found.end() :]) is None


def _writer_on(sieve: Sieve, first: Span) -> bool:
    """Whether the text is the writer's point about the party named in it: enumerated, or a
    recommendation whose modal follows the party's name ("The EU's sanctions should stay").
    A list item with no name of its own ("Both sides should return to talks.") is the words of
    the speaker who introduced the list."""
    if sieve.search(_ENUMERATED) is not None:
        return True
    found = sieve.search(_RECOMMENDS)
    return found is not None and first.start < found.end()


def _home_body(name: str) -> bool:
    """Whether `name` reads as a state's own organ, party or force that the gazetteer does not
    place ("Ministry of Railways", "Guardian Council"); the known ones have their owners."""
    return (
        _HOME_BODY.search(name) is not None
        and INTERNATIONAL_WORD.search(name) is None
        and canonical_name(name) is None
    )


# The words between a saying and the people it is said by ("said a Red Cross volunteer").
_SAID_BY = re.compile(r"^\s+(?:[\w-]+\s+){0,2}$")


def _spoken_of(sieve: Sieve, span: Span) -> bool:
    """Whether the people `span` names come in what a speaker says ("The ministry said it was
    worried for the 28 Japanese students"), not as the one saying it ("said a Red Cross
    volunteer")."""
    said = None
    for found in sieve.finditer_before(_ATTRIBUTED, span.start):
        said = found
    return (
        said is not None
        and said.end() <= span.start
        and _SAID_BY.match(sieve.text[said.end() : span.start]) is None
    )


def _every(named: Sequence[Span], sieve: Sieve, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether the words just before every actor span match `pattern`."""
    return bool(named) and all(
        sieve.search(pattern, max(0, sp.start - reach), sp.start) is not None for sp in named
    )


def reports_no_reaction(
    text: str, spans: Sequence[Span], actors: Sequence[str], stance: str | None, spoken: bool
) -> bool:
    """Whether a sentence taken for `actors`' reaction reports none: a schedule, an observer
    placed at the actor, or a figure or fact the actor is only the source of. `spoken` is
    whether the sentence was labelled as a reported statement (not an act)."""
    # (each pattern runs only where its words are in the sentence: most find none there)
    sieve = sieve_of(text)
    if _scheduled(sieve):
        return True
    found = sieve.search(_NO_POSITION)
    if (
        found is not None
        and sieve.search(_CONTENT_AFTER) is None
        and sieve.search(_ATTRIBUTED, 0, found.start()) is None
    ):
        return True  # (not what a speaker said of others: "said the vote had not met ...")
    named = _actor_spans(spans, actors)
    if named and sieve.search(_ATTRIBUTED) is None and _writer_on(sieve, named[0]):
        return True
    if _every(named, sieve, _OBSERVER_AT, 50) or _every(named, sieve, _VISITED_OR_EXPELLED, 40):
        return True
    if named and all(
        _PEOPLE_OF.match(text, sp.end) is not None and not _spoken_of(sieve, sp) for sp in named
    ):
        return True
    if stance != "other":
        return False
    if sieve.search(_ATTRIBUTED) is None and any(
        _STANDING.match(text, sp.end) is not None for sp in named
    ):
        return True
    if all(_home_body(actor) for actor in actors):
        return True
    if not named or any(sp.type not in ("GPE", "NORP") for sp in named):
        return False
    if (
        not spoken
        and all(sp.type == "NORP" for sp in named)
        and _every(named, sieve, _COUNTED, 24)
        and all(_AS_PEOPLE.match(text, sp.end) is not None for sp in named)
        and sieve.search(_BEFELL) is not None
    ):
        return True  # the party's nationals among the victims
    # A state or a community named as the source of a fact or a figure, with no stance.
    if _every(named, sieve, _ACCORDING_TO, 60):
        return True
    return spoken and sieve.search(_COUNT) is not None


def is_reported_reaction(item: Item, spoken: bool) -> bool:
    """Whether a reaction item (its actor one or more parties joined by ", ") reports a
    reaction, not a schedule, an observer or a figure its actor is only the source of."""
    actors = (item.actor or "").split(", ")
    return not reports_no_reaction(item.text, item.spans, actors, item.stance, spoken)
