"""A list item that only names parties, under a lead-in that says what they did ("The member
states that have said they will not recognise Kosovo:" then "- Spain, which fears ...;",
"The search involves:" then "- Japanese and South Korean surveillance planes, ...;"): the item
has no verb of its own, so the parties it opens on are the ones the lead-in's words are about
(`listed_parties`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis.model import Mention
from briefer.analysis.owners import is_state, party_of
from briefer.analysis.reactions.coordination import _COORDINATION

# What may open the item before its first party: an article or a count ("two Chinese ...").
_ITEM_OPENING = re.compile(
    r"^\s*(?:(?:the|a|an|some|several|two|three|four|five|\d[\d,]*)\s+)?$", re.IGNORECASE
)
# What may follow the parties: a few nouns of their own ("surveillance planes"), then at most
# one aside set off by a comma ("which fears ...", "split since 1974", "with large minorities"),
# and the item's end. A second comma would leave room for the verb the item lacks.
_VERBLESS_REST = re.compile(
    r"(?P<nouns>(?:\s+(?-i:[a-z])[\w-]*){0,3})(?:\s*,\s+[^,;:\"“”]{1,120})?\s*[;.]?\s*$",
    re.IGNORECASE,
)
# A verb among the nouns makes the item a clause ("Spain objected;"), not a name.
_VERB_LIKE = re.compile(
    r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|said|says|sent|made|took|gave|"
    r"did|does)\b"
)
_TYPES = ("GPE", "NORP", "ORG")


def listed_parties(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str]
) -> tuple[str, ...]:
    """The states and organisations a verbless list item opens on ("Romania and Slovakia, with
    large Hungarian minorities;"); () when the item has a verb of its own or opens on
    anything else (a place, a person, a thing)."""
    if not mentions or not _ITEM_OPENING.match(text[: mentions[0].start]):
        return ()
    group = [mentions[0]]
    for m in mentions[1:]:
        if _COORDINATION.match(text[group[-1].end : m.start]):
            group.append(m)
        else:
            break
    rest = _VERBLESS_REST.match(text, group[-1].end)
    if rest is None or _VERB_LIKE.search(rest.group("nouns")):
        return ()
    parties: list[str] = []
    for m in group:
        if m.type not in _TYPES:
            return ()
        party = party_of(m, affiliation)
        if m.type != "ORG" and not is_state(party):
            return ()  # a town or a region is where things are, not who acts
        if party not in parties:
            parties.append(party)
    return tuple(parties)
