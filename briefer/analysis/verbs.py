"""The reporting-verb vocabulary, written once for every rule that needs to see someone speak.

Labels (is this sentence a statement?), names (is this capitalised run a speaker?), entities (is
this capital a government?) and reactions (who said it?) each need a different reach, so the
vocabulary is kept in small groups that each use combines; the words themselves live only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The plain verbs of saying, in the forms news copy uses: "X said", "X says", "X told".
SAY = _words("said says told stated added wrote")
#: Saying with emphasis; still a report of words rather than an attitude.
EMPHASISE = _words("noted stressed insisted argued reiterated reaffirmed")
#: Announcing and confirming: an official statement of fact.
ANNOUNCE = _words("announced confirmed")
#: Verbs whose subject takes a position towards others (a reaction's heart).
ATTITUDE = _words(
    "warned urged called condemned accused threatened pledged vowed promised demanded described"
)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of `words` (longest first, so no word hides a longer one)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


#: Acts by which a party answers events elsewhere (measures, deployments, expulsions): "Hong
#: Kong restricted imports", "Panama suspended flights".
RESPONSE_ACTS = _words(
    "restricted banned suspended imposed froze closed expelled recalled sent deployed "
    "dispatched evacuated sanctioned halted boycotted barred blocked cut summoned"
)
#: Verbs of perceiving or learning: "Washington learned of the decree" reports no act.
PERCEIVE = _words("learned learnt heard knew saw watched read felt noticed")
