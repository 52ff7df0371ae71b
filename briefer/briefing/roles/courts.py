"""International courts: a judge of the sides' case, or the accuser of a party.

A court no country owns judges the case (no side), unless the text names its own case
against a party (its warrant, custody, prosecutors): then it is that party's adversary.
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention, Sentence
from briefer.analysis.reactions import is_domestic_institution, owner_state

# "International Court of Justice", "Permanent Court of Arbitration", "a UN tribunal".
_JUDGE = re.compile(r"\b(?:Court|Tribunal)\b")


def international_court(name: str) -> bool:
    """A court or tribunal that is no country's own."""
    return (
        _JUDGE.search(name) is not None
        and not is_domestic_institution(name)
        and owner_state(name) is None
    )


# The court's own case against a party: its warrant, custody, prosecutors, an indictment.
_PROSECUTION = re.compile(
    r"\b(?:warrants?|custody|detention|prosecut\w*|indict\w*|"
    r"surrender\w*|extradit\w*|to\s+face|appear\w*\s+before|(?:handed|transferred)\s+"
    r"(?:over\s+)?to)\b",
    re.IGNORECASE,
)
_PROSECUTION_REACH = 48


def prosecutes(text: str, m: Mention, sentence: Sentence) -> bool:
    """An international court named with its own case against a party ("Duterte lands in The
    Hague to face ICC", "taken into the custody of the International Criminal Court", "the
    court's prosecutors accuse him"): the court is then the accuser, a side, not the judge of
    the sides' case."""
    if m.type != "ORG" or not international_court(m.canonical):
        return False
    lo = max(sentence.start, m.start - _PROSECUTION_REACH)
    hi = min(sentence.end, m.end + _PROSECUTION_REACH)
    return _PROSECUTION.search(text, lo, hi) is not None


# The court's own act against a party, not its office's inquiry ("the prosecutor opened a
# preliminary examination"): a warrant, an indictment, custody, a surrender or a trial.
_CASE_AGAINST = re.compile(
    r"\b(?:warrants?|custody|indict\w*|surrender\w*|extradit\w*|to\s+face|"
    r"appear\w*\s+before|(?:handed|transferred)\s+(?:over\s+)?to)\b",
    re.IGNORECASE,
)


def holds_case_against(text: str, m: Mention, sentence: Sentence) -> bool:
    """An international court named with its act against a party ("the International Criminal
    Court issued an arrest warrant for the president", "flown to The Hague to face the ICC"):
    the party's adversary, a side of the story however seldom named."""
    if not prosecutes(text, m, sentence):
        return False
    lo = max(sentence.start, m.start - _PROSECUTION_REACH)
    hi = min(sentence.end, m.end + _PROSECUTION_REACH)
    return _CASE_AGAINST.search(text, lo, hi) is not None
