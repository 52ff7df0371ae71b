"""The nouns a speaker is named again by ("the ministry", "the bloc", "its foreign ministry",
"their governments") and the kind of party each points back to (`anaphor_kind`): the speaker
finder hands these to the pipeline's `Resolver`; the titles read the same noun list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis.affiliation import PERSON_NOUNS
from briefer.analysis.model import Mention

_ORG_NOUNS = frozenset(
    [
        "bloc",
        "alliance",
        "union",
        "organisation",
        "organization",
        "centre",
        "center",
        "force",
        "mission",
        "panel",
        "council",
        "body",
        "agency",
        "court",
        "ministry",
        "commission",
        "committee",
        "observers",
        "experts",
        "monitors",
        "department",
        # an organisation named again by what it is: "The group said in a statement", "the
        # rights group", "the charity", "the association"
        "group",
        "association",
        "charity",
        "watchdog",
        "federation",
        "foundation",
        # a body named again by its office: "The office notes"; a state's post abroad by
        # itself: "The embassy said" (after "the US embassy in Beijing said")
        "office",
        "embassy",
        # a body's staff: "At the United Nations, the Secretariat said" ("the company" was
        # tried: a story's own company, or its airline, speaks more often than a third one)
        "secretariat",
        # (and, in lower case only, `_LOWER_ORG_NOUNS`)
        "league",
        "presidency",
    ]
)
# A body named again by its kind, in lower case only: "the league said", "The presidency later
# said" (a rotating presidency speaks for its body); "the League" is a party's own name (Italy's
# Lega) and "the Presidency" a state's own office.
_LOWER_ORG_NOUNS = frozenset({"league", "presidency"})
_GROUP_NOUNS = frozenset(
    [
        "statement",
        "declaration",
        "communiqué",
        # a text named again as what its authors say: "the commentary said", "The message
        # urged", "The text also stressed" (a resolution is its body's: `resolutions`)
        "communique",
        "commentary",
        "text",
        "message",
        "letter",
        "governments",
        "ministers",
        "leaders",
        "countries",
        "capitals",
        "officials",
        "diplomats",
        "allies",
        "partners",
        "powers",
        "nations",
        "states",
    ]
)
_NOUNS = (
    "|".join(
        sorted(PERSON_NOUNS | (_ORG_NOUNS - _LOWER_ORG_NOUNS) | _GROUP_NOUNS, key=len, reverse=True)
    )
    + "|(?-i:"
    + "|".join(sorted(_LOWER_ORG_NOUNS))
    + ")"
)
# "he", "they", "the bloc", "the five governments", "the bloc's foreign policy chief"
# (A domestic qualifier makes a new body, not a reference back: "the election commission".)
_ANAPHOR_NP = (
    r"(?:(?P<pronoun>he|she|it|they|we|both)|the\s+(?!(?:election|electoral|supreme|constitutional|"
    r"central|national|interior|police|border|state)\b)(?:(?!(?:and|or)\s)[\w-]+\s+){0,3}?(?P<noun>"
    + _NOUNS
    + r"))"
)
_ANAPHOR_BEFORE = re.compile(
    r"(?:^|(?<=[\s,\"“”]))" + _ANAPHOR_NP + r"(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?|\s+)"
    r"(?:(?:\w+ly|also|later|then|again|further|has|have|had)\s+)*$",
    re.IGNORECASE,
)
_ANAPHOR_ASIDE = re.compile(
    r"^\s*"
    + _ANAPHOR_NP
    + r"\s*,\s+(?:which|who|whose)\b[^;:\"“”]{1,300}?,\s+(?:(?:\w+ly|also|then)\s+)*$",
    re.IGNORECASE,
)
_ANAPHOR_AFTER = re.compile(r"\s+" + _ANAPHOR_NP + r"\b", re.IGNORECASE)
_THEIR_GOVERNMENTS = re.compile(
    r"\btheir\s+(?:governments?|leaders|foreign\s+ministers|foreign\s+ministries|capitals)\s+"
    r"(?:(?:\w+ly|also|have|had|has)\s+)*$",
    re.IGNORECASE,
)


def anaphor_kind(noun: str) -> str:
    """What an anaphoric subject refers back to: a "person", an "org" or the last "group"."""
    low = noun.lower()
    if low in ("he", "she") or low in PERSON_NOUNS:
        return "person"
    if low in _ORG_NOUNS or low == "it":
        return "org"
    return "group"


_BODY_ANAPHORS = frozenset({"it", "ministry", "department", "embassy"})


# "Its representative office announced", "Their embassies said": a body of the party before;
# "Its foreign ministry said", "its government announced": a body only a state has.
_ITS_BODY = re.compile(
    # ("the administration": a president's government, the state's, as "its government" is)
    r"(?:^|[.;:\"“”]\s*|,\s+and\s+)(?P<owner>its|their|his|her|the(?=\s+administration\b))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:office|embassy|embassies|mission|delegation|"
    r"(?P<state>ministry|ministries|governments?|cabinet|ministers?|administration)|"
    # a text issued by the body: "Its report, published on 15 March, concluded", "Their final
    # communique blamed"
    r"(?P<text>report|communiqu[eé]|statement|declaration)(?:\s*,[^,;:\"“”]{1,60},)?|"
    # its people by their office, unnamed: "Its spokesperson in Geneva urged", "Its human
    # rights commissioner called", "Its officials noted privately", "their envoys said"
    r"(?P<person>spokesperson|spokesman|spokeswoman|spokespeople|officials?|diplomats?|envoys?|"
    r"ambassadors?|representatives?|delegates?|commissioner|chief|"
    # its titled head: "Its president said", "Its executive secretary said", "Its secretary
    # general, Jane Doe, said" (the name between commas is the same person)
    r"(?:vice[\s-])?president|(?:secretary|director)(?:[\s-]general)?|chairman|chairwoman|"
    r"chairperson)(?P<named>\s*,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*,)?)"
    # where it sits: "Its spokesperson in Geneva urged", "Its embassy in Dar es Salaam said"
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:es|el|al|de|(?-i:[A-Z])[\w'’-]+)){0,2})?\s+"
    r"(?:(?:\w+ly|also|later|earlier|then|has|have|had)\s+)*$",
    re.IGNORECASE,
)


# What may stand before the person a sentence opens on: an article and a title of capitalised
# words ("U.N. Secretary-General", "Former South African President"), the body's name in it.
_OPENING_TITLE = re.compile(r"\s*(?:(?:the|The)\s+)?(?:(?:[A-Z][\w.'’-]*|of|for|and)\s+)*")
_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s")


def opening_person(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The person a sentence opens on, as its subject ("U.N. Secretary-General X, who was in
    Tripoli, flew to Benghazi to meet Y"): the one "he" in the next sentence points back to,
    rather than a person named later in it (Y). None if the sentence opens otherwise, or on two
    people ("X and Y met")."""
    person = next((m for m in mentions if m.type == "PERSON"), None)
    if person is None:
        return None
    before = [m for m in mentions if m.end <= person.start]
    if any(m.type == "PERSON" for m in before):
        return None
    title = "".join(
        ch if not any(m.start <= i < m.end for m in before) else "X"
        for i, ch in enumerate(text[: person.start])
    )
    if _OPENING_TITLE.fullmatch(title) is None:
        return None
    if _AND_AFTER.match(text, person.end):
        return None
    return person
