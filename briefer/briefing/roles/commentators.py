"""People described as commentators: analysts and experts, or people of the street.

Bodies named inside such a description are where the commentator works, not actors
(`commentary_end`); a person of the street may be in the story too (`street_voice`).
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention
from briefer.briefing.roles.literal_gates import may_hold_in_document

# Analysts comment on a story; people of the street (a journalist, a lawyer, a student) may be
# in it too, arrested or elected, and are commentators only when quoted.
_ANALYSTS = (
    r"analyst|researcher|expert|specialist|professor|lecturer|scholar|academic|fellow|"
    r"economist|historian|commentator|consultant|observer|retired\s+(?:[a-z-]+\s+)?[a-z-]+"
)
_STREET = r"journalist|resident|student|shopkeeper|trader|farmer|witness|lawyer|activist"
_COMMENTATORS = r"(?:" + _ANALYSTS + "|" + _STREET + r")s?"
_STREET_WORD = re.compile(r"\b(?:" + _STREET + r")s?\b", re.IGNORECASE)
_ROLE_WORD = re.compile(r"\b" + _COMMENTATORS + r"\b", re.IGNORECASE)
_COMMENTATOR_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _COMMENTATORS + r"\b[^,.;]{0,80}",
    re.IGNORECASE,
)
_COMMENTATOR_BEFORE = re.compile(
    r"\b" + _COMMENTATORS + r"\s+(?:at\s+[^,.;]{0,60}?\s+)?$", re.IGNORECASE
)


def commentary_end(text: str, m: Mention) -> int | None:
    """Where the words describing a person as a commentator end, or None if they are none:
    bodies named before that end are where they work ("Jane Doe, an analyst at the Crisis
    Group, said"); a description before the name ("analyst Jane Doe") ends at its start."""
    if m.type != "PERSON":
        return None
    after = _COMMENTATOR_AFTER.match(text, m.end)
    if after is not None:
        return after.end()
    lo = max(0, m.start - 40)
    if may_hold_in_document(_COMMENTATOR_BEFORE, text, lo, m.start) and (
        _COMMENTATOR_BEFORE.search(text, lo, m.start)
    ):
        return m.start
    return None


def street_voice(text: str, m: Mention) -> bool:
    """A person described as one of the people of the street ("Jane Doe, a student", "lawyer
    Jane Doe"), who may be in the story as well as comment on it."""
    after = _COMMENTATOR_AFTER.match(text, m.end)
    if after is not None:
        role = _ROLE_WORD.search(after.group())  # the first role word of the description
        return role is not None and _STREET_WORD.fullmatch(role.group()) is not None
    lo = max(0, m.start - 40)
    if not may_hold_in_document(_COMMENTATOR_BEFORE, text, lo, m.start):
        return False
    before = _COMMENTATOR_BEFORE.search(text, lo, m.start)
    return before is not None and _STREET_WORD.match(before.group()) is not None
