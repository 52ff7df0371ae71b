"""Who carried a report: the outlets a report cites.

An outlet credited with the news ("the state news agency IRNA reported") is where the story
came from, not an actor in it (as a name in a byline is: `sources.credits.is_byline`).
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention
from briefer.briefing.roles.literal_gates import may_hold_in_document

# "the state news agency IRNA reported", "carried by the TASS news agency": a report's source.
_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio|media)\s+$",
    re.IGNORECASE,
)
_OUTLET_AFTER = re.compile(
    r"^\s+(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio)\b", re.IGNORECASE
)
_CREDITED_BEFORE = re.compile(
    r"\b(?:carried\s+by|according\s+to|reported\s+by|quoted\s+by|cited\s+by|told)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CREDITED_AFTER = re.compile(
    r"^(?:\s+(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio))?"
    r"\s+(?:reported|reports|said|says)\s*[.,]",
    re.IGNORECASE,
)


# "the Saudi Press Agency reported": an outlet by its own name.
_OUTLET_NAME = re.compile(
    r"\b(?:Press|News)\s+Agency$|\b(?:News|Television|TV|Radio|Broadcasting)$"
)


def is_cited_outlet(text: str, m: Mention) -> bool:
    """An outlet named as the source a report is credited to ("the state news agency IRNA
    reported.", "carried by the TASS news agency"): where the news came from, not an actor."""
    if m.type != "ORG":
        return False
    credited_from = max(0, m.start - 50)
    credited = bool(
        (
            may_hold_in_document(_CREDITED_BEFORE, text, credited_from, m.start)
            and _CREDITED_BEFORE.search(text, credited_from, m.start)
        )
        or _CREDITED_AFTER.match(text[m.end : m.end + 40])
    )
    if not credited:
        return False  # (read first: both must hold, and this is the one most often missing)
    outlet_from = max(0, m.start - 30)
    return bool(
        (
            may_hold_in_document(_OUTLET_BEFORE, text, outlet_from, m.start)
            and _OUTLET_BEFORE.search(text, outlet_from, m.start)
        )
        or _OUTLET_AFTER.match(text[m.end : m.end + 30])
        or _OUTLET_NAME.search(m.surface)
    )
