"""A resolution told as the deed of the body that passed it: "The resolution, adopted with China
abstaining, gives the force a mandate" is the Security Council acting (the gold convention: a
body acting through a resolution or a vote is that body). The sentence names no one, so the body
is the one the document names: the Security Council, the General Assembly or the Human Rights
Council, when exactly one of them is named."""

from __future__ import annotations

import re

from briefer.analysis.reactions.finding import BLOC_OF, Finding

# "The resolution, which had 130 co-sponsors, urged", "Resolution 1973 imposes", "The new
# resolution also demands": a resolution opening the sentence, then its verb (past or present).
# Not a draft or a proposal: that is its authors' act, not the body's.
_RESOLUTION_OPENING = re.compile(
    r"^\s*(?:(?:The|This|That|Its)\s+(?!draft\b|proposed\b)(?:[\w-]+\s+){0,2}?[Rr]esolution|"
    r"Resolution\s+\d+)\b(?:\s+\d+)?"
    # an aside between subject and verb: ", which had a record 130 co-sponsors,"
    r"(?:\s*,[^,;:\"“”]{1,160},)?"
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have)\s+(?:also\s+)?)?"
    r"(?!(?:is|was|has|does|needs|requires|remains|seems|appears)\b)(?P<verb>[a-z]{3,}(?:ed|s))\b"
)
# A resolution told with its authors ("drafted by the United States and Japan"): the gold is
# split on whether the body speaks beside them, so the authors the other readings find stand.
_AUTHORS = re.compile(r"\b(?:drafted|sponsored|co-sponsored|tabled|proposed|written)\s+by\b")
# The bodies that pass resolutions, as their names are written in a document.
_BODIES = ("Security Council", "General Assembly", "Human Rights Council")


def resolution_of_body(f: Finding) -> None:
    """A resolution opening the sentence with its verb and no speaker found: the one body the
    document names that passes resolutions."""
    if f.speakers or f.resolve is None or "esolution" not in f.text:
        return
    opening = _RESOLUTION_OPENING.match(f.text)
    if opening is None or _AUTHORS.search(f.text, 0, opening.end()) is not None:
        return
    found = {name for body in _BODIES for name in f.resolve(BLOC_OF + body, 0)}
    if len(found) == 1:
        f.add_names(sorted(found))
        f.anchor = max(f.anchor, 0)
