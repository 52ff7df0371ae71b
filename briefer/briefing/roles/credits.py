"""Who wrote or carried a report: bylines, credit lines and the outlets a report cites.

A name in a byline or an outlet credited with the news ("the state news agency IRNA
reported") is where the story came from, not an actor in it.
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention
from briefer.briefing.roles.literal_gates import may_hold_in_document

# "By Jane Doe in Kyiv and John Roe in Moscow | 25 April", "(Reporting by Jane Doe; Editing by
# John Roe)": who wrote the story, not who acts in it.
_BYLINE_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}"
_BYLINE_PLACE = r"(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
_BYLINE_NAMES = (
    _BYLINE_NAME + _BYLINE_PLACE + r"(?:(?:,|,?\s+and)\s+" + _BYLINE_NAME + _BYLINE_PLACE + r")*"
)
_CREDIT = (
    r"(?:(?:(?:(?:additional|associated|further|extra)\s+)?reporting|writing|editing|written|"
    r"edited|compiled|photographs?)\s+by|(?-i:By))"
)
_BYLINE = re.compile(
    r"^\s*[\[(]?\s*"
    + _CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r"(?:\s*[;,]\s*"
    + _CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r")*\s*[\])]?\.?\s*(?:$|[|·•–—-]|,\s*\d)",
    re.IGNORECASE,
)


def is_byline(sentence: str) -> bool:
    """A byline or credit line ("By Jane Doe in Kyiv | 25 April 2022", "Associated reporting by
    Jane Doe in Lima.", "(Reporting by Jane Doe; Editing by John Roe)")."""
    return _BYLINE.match(sentence) is not None


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
