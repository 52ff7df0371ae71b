"""A resolution told as the deed of the body that passed it: "The resolution, adopted with China
abstaining, gives the force a mandate" is the Security Council acting (the gold convention: a
body acting through a resolution or a vote is that body). The sentence names no one, so the body
is the one the document names: the Security Council, the General Assembly or the Human Rights
Council, when exactly one of them is named; else the one body named or heard last before it ("The
European Parliament adopted a resolution deploring the pardon. The resolution also criticised
Hungary")."""

from __future__ import annotations

import re

from briefer.analysis import gazetteer
from briefer.analysis.owners import party_of
from briefer.analysis.reactions.finding import BLOC_OF, Finding

# "The resolution, which had 130 co-sponsors, urged", "Resolution 1973 imposes", "The new
# resolution also demands": a resolution opening the sentence, then its verb (past or present).
# Not a draft or a proposal: that is its authors' act, not the body's.
_RESOLUTION_OPENING = re.compile(
    r"^\s*(?:(?:The|This|That|Its)\s+(?!draft\b|proposed\b)(?:[\w-]+\s+){0,2}?[Rr]esolution|"
    # "Security Council Resolution 338", "Resolution 1973"
    r"(?:(?:UN\s+|U\.N\.\s+)?(?:Security\s+Council|General\s+Assembly)\s+)?Resolution\s+\d+)\b"
    r"(?:\s+\d+)?"
    # its date: "Its resolution of June 9", "Resolution 338 of 22 October"
    r"(?:\s+of\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"
    # an aside between subject and verb: ", which had a record 130 co-sponsors,", ", drafted by
    # France, Britain and Lebanon,"
    r"(?:\s*,(?:[^,;:\"“”]{1,160},|\s+(?:drafted|sponsored|written|put\s+forward)\s+by\s+"
    r"[^;:\"“”]{1,160}?,))?"
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have)\s+(?:also\s+)?)?"
    r"(?!(?:is|was|has|does|needs|requires|remains|seems|appears)\b)"
    r"(?P<verb>said|says|[a-z]{3,}(?:ed|s))\b"
)
# A resolution told by its vote, the body unnamed: "It passed with ten votes in favour", "It was
# adopted by ten votes to one", "The text was adopted unanimously", "By nine votes to none, with
# Yugoslavia abstaining, it declared the attack a breach of the peace".
_VOTE_OPENING = re.compile(
    r"^\s*(?:(?:It|The\s+(?:resolution|text|motion)(?:\s*,[^,;:\"“”]{1,160},)?)\s+(?:was\s+)?"
    r"(?:passed|adopted|approved|"
    r"carried)\s+(?:by\s+(?:\d+|[a-z]+)\s+votes?\b|with\s+(?:\d+|[a-z]+)\s+votes?\b|unanimously\b)|"
    r"By\s+(?:\d+|[a-z]+)\s+votes?\s+to\s+(?:\d+|[a-z]+)\b[^;:\"“”]{0,80}?,\s+it\s+"
    r"(?:also\s+)?[a-z]{3,}ed\b)"
)
# States voting apart from the rest: "with Yugoslavia abstaining", "with China not taking part".
_VOTED_APART = re.compile(
    r"\bwith\s+(?P<who>[A-Z][^;:()]{1,60}?)\s+(?:abstaining|voting\s+against|not\s+taking\s+part|"
    r"not\s+voting|absent)\b"
)
# A resolution told with its authors ("The resolution, drafted by France, said"): passed, it is
# the body's act and theirs, and the gold lists the body beside the authors (nine sentences of
# the development sets, none the other way; a draft is its authors' alone).
_AUTHORS = re.compile(
    r"\b(?:drafted|sponsored|co-sponsored|tabled|proposed|written|put\s+forward)\s+by\b"
)
# The bodies that pass resolutions, as their names are written in a document.
_BODIES = ("Security Council", "General Assembly", "Human Rights Council")


def resolution_of_body(f: Finding) -> None:
    """A resolution opening the sentence with its verb and no speaker found: the one body the
    document names that passes resolutions."""
    if f.resolve is None or not ("esolution" in f.text or "vote" in f.text):
        return
    opening = _RESOLUTION_OPENING.match(f.text) or _VOTE_OPENING.match(f.text)
    if opening is None:
        return
    if f.speakers and _AUTHORS.search(f.text, 0, opening.end()) is None:
        return  # (a speaker found, and no authors told: the speaker's words)
    named = [body for body in _BODIES if body in opening.group(0)]
    found = {name for body in named or _BODIES for name in f.resolve(BLOC_OF + body, 0)}
    if len(found) > 1:
        # both the Council and the Assembly named: the one named last before the sentence
        nearest = f.resolve("org", 0)
        found = set(nearest) & found
    elif not found and not named:
        # no United Nations body in the document: a parliament's, a league's or a regional
        # organisation's resolution, the one body named or heard last (not a state: the states
        # that voted on it or drafted it are no body that adopts it)
        found = {b for b in f.resolve("org", 0) if gazetteer.actor_type(b) == "ORG"}
    if len(found) == 1:
        f.add_names(sorted(found))
        f.anchor = max(f.anchor, 0)
        # "with Yugoslavia abstaining", "with China not taking part": states acting inside the
        # body, each in its own part (the gold convention lists them beside the body)
        voted = _VOTED_APART.search(f.text)
        if voted is not None:
            f.add_names(
                [
                    party_of(m, f.aff)
                    for m in f.mentions
                    if m.type == "GPE" and voted.start("who") <= m.start < voted.end("who")
                ]
            )
