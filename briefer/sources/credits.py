"""Who wrote, photographed or published a text: bylines, credit lines, photo credits and
mastheads, told by their words alone.

Every stage asks, each with the strictness its use allows, through a named variant here built
from the same pieces (the words of a credit, the words of a name, the separators of a line of
fields):

- the loader (`sources.furniture`) drops a paragraph that is nothing but a credit line
  (`is_credit_paragraph`: "Reporting by Felix Light in Tbilisi; Editing by Andrew Heavens") and
  strips a photo credit closing a caption (`without_photo_credit`): it removes text, so it takes
  only what cannot be the story's;
- the labels (`analysis.labels`) call "other" a line signed by its own words (`is_signed`: "By
  Jane Doe", "Reporting by ...", "© 2031 ...") or a line of fields (`is_masthead`: "Julian
  Marsh, Asia correspondent · 17 March 2008"): never a sentence of the story;
- the briefing (`briefing.stats`) passes over, looking for the lead, a whole byline with its
  names (`is_byline`) and any line that merely looks like a masthead (`masthead_like`): looser,
  since a line passed over there only lets the lead be the next sentence.
"""

from __future__ import annotations

import re

from briefer.sources.dates import MONTH_NAMES, WEEKDAYS

_I = re.IGNORECASE

# The words of a credit: "Reporting by", "Additional reporting by", "Editing by", "Photographs
# by".
_QUALIFIERS = ("additional", "associated", "further", "extra")
_ROLES = ("reporting", "writing", "editing", "compiled", "translated", "edited", "written")
_CREDITED_BY = (
    r"(?:(?:" + "|".join(_QUALIFIERS) + r")\s+)?(?:" + "|".join(_ROLES) + r"|photographs?)\s+by"
)
# The lower-case words a line of names holds: links between names and fields, and the
# particles of names ("Ilse van Rensburg", "Omar al Said").
_LINKS = frozenset(
    {"and", "of", "the", "for", "by", "in", "at", "on", "with", "from", "y", "et", "und"}
)
_PARTICLES = frozenset(
    {
        "de", "del", "della", "der", "di", "da", "dos", "das", "du", "des", "van", "von", "al",
        "el", "la", "le", "bin", "ibn",
    }
)  # fmt: skip
# One word of such a line: letters first, then letters, digits, apostrophes, dots and hyphens.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _all_names(text: str, lower_case: frozenset[str]) -> bool:
    """Whether every word of `text` is capitalised or one of the `lower_case` words."""
    return all(
        not word[0].islower() or word.lower().rstrip(".") in lower_case
        for word in _NAME_WORD.findall(text)
    )


# -- the loader: a paragraph that is only a credit line, a photo credit closing a caption --

# "Reporting by Felix Light in Tbilisi; Editing by Andrew Heavens": a credit is names and these
# words; "Reporting by state media suggested ..." is a sentence.
_CREDIT_PARAGRAPH = re.compile(_CREDITED_BY + r"\s", _I)
_CREDIT_PARAGRAPH_WORDS = frozenset(
    _QUALIFIERS + _ROLES + ("photograph", "photographs") + tuple(_LINKS | _PARTICLES)
)


# A wire's credit ("Jane Doe in London contributed to this report.") and a copyright line ("©
# 2024 Meridian News", "Copyright 2023 The Northern Courier": a mark or a year, not "Copyright
# law was amended"), each the whole paragraph.
_CONTRIBUTED_OR_COPYRIGHT = re.compile(
    r"[^\n]{0,160}\bcontributed(?: reporting)? to this (?:report|story|article)\.?"
    r"|(?:©|\(c\) \d{4}|copyright\s*(?:©|\(c\)|\d{4}))[^\n]{0,200}",
    _I,
)


def is_credit_paragraph(text: str) -> bool:
    """Whether a (stripped) paragraph is a credit line and nothing else: one of its words opens
    it, and the rest are names and links ("Reporting by Jane Doe in Kyiv; editing by John
    Roe"); or a wire's credit or a copyright line (see above)."""
    if _CREDIT_PARAGRAPH.match(text) is not None and _all_names(text, _CREDIT_PARAGRAPH_WORDS):
        return True
    return _CONTRIBUTED_OR_COPYRIGHT.fullmatch(text) is not None


# What labels a photo credit: "Photograph: I. Petrov/AFP", "(Image: Reuters)".
_PHOTO_LABEL = r"(?:Photograph|Photo|Photos|Photo credit|Image|Picture|Illustration|Credit)"
# A photo credit closing a caption: "Soldiers near the frontier. Photograph: I. Petrov/AFP" (a
# full stop in the credit only after an initial).
_PHOTO_CREDIT_AT_END = re.compile(
    r"(?<=[.!?\"”’)])\s+[(\[]?"
    + _PHOTO_LABEL
    + r"\s*:\s*(?:[^.!?()\[\]\n]|(?<=\b[A-Z])\.){1,80}[)\]]?\s*$"
)


def without_photo_credit(paragraph: str) -> str:
    """The paragraph without a photo credit closing it (a caption's "Photograph: AFP")."""
    if "Photo" not in paragraph and ":" not in paragraph[-90:]:
        return paragraph
    return _PHOTO_CREDIT_AT_END.sub("", paragraph)


# -- the labels: a line signed by its own words, a line of fields --

_SIGNED = re.compile(
    r"^\(?\s*" + _CREDITED_BY + r"\b|"
    # (a line opening on a copyright, looser than the loader's paragraph: labels drop nothing)
    r"^(?:copyright|©|all rights reserved)|^\(?\s*" + _PHOTO_LABEL + r"\s*:|"
    # a caption's own label or a photo credit standing alone ("Photo caption: Crowds outside
    # the palace on Monday.", "(Herald photo)", "(Archive photograph)"), and a credit of the
    # places reported from or opening on the outlet ("Additional reporting from Lima and
    # Quito.", "(Northern Press; additional reporting by Jane Doe in Oslo)")
    r"^(?:photo\s+)?caption\s*:|"
    r"^\(?\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?:file\s+)?(?:photo|photograph|picture)\)?\.?$|"
    r"^\(?\s*(?:additional|further)\s+reporting\s+(?:from|in)\s+(?-i:[A-Z])|"
    r"^\([^();]{1,60};\s*" + _CREDITED_BY + r"\b|"
    # ("By Friday, Japan had closed its embassy": a time, no author)
    r"^by\s+(?!(?:"
    + "|".join(WEEKDAYS)
    + "|"
    + MONTH_NAMES
    + r"|Christmas|Easter|Ramadan)\b(?!\s+(?-i:[A-Z])))"  # ("By June Thomas" is a byline)
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*(?:,|$|\.|and\b)",
    _I,
)


def is_signed(text: str) -> bool:
    """A credit told by its own words ("By Jane Doe", "Reporting by ...", "© 2031 ...")."""
    # (`match`: every branch opens on "^", where `search` would try every place of the line)
    return _SIGNED.match(text.strip()) is not None


# A masthead or byline line of fields ("Julian Marsh, Asia correspondent · 17 March 2008",
# "Policy Commentary No. 41 | Südasien Policy Forum, Berlin | 18 December 2018"): fields kept
# apart by a spaced bar or dot, names, places and dates, and no lower-case word but links,
# particles, the words of a credit and these (a sentence of the story has verbs and common
# nouns).
_FIELD_SEPARATOR = r"\s[|·•]\s"
_FIELDS = re.compile(_FIELD_SEPARATOR)
_MASTHEAD_WORDS = (
    _LINKS
    | _PARTICLES
    | frozenset(_QUALIFIERS + _ROLES)
    | frozenset(
        {
            # what was done to the text, and when
            "prepared", "updated", "published", "posted", "last", "no", "nr", "vol", "issue",
            "am", "pm", "gmt", "utc", "min", "read", "minutes",
            # who wrote it
            "author", "authors", "correspondent", "correspondents", "editor", "editors",
            "reporter", "reporters", "writer", "writers", "staff", "team", "agencies", "senior",
            "chief", "fellow", "fellows", "desk", "bureau", "contributor", "analyst", "analysts",
            "researcher", "researchers", "director", "head",
            # what kind of text it is
            "analysis", "commentary", "comment", "opinion", "briefing", "brief", "note", "notes",
            "paper", "papers", "report", "reports", "series", "programme", "program", "policy",
            "monitoring", "research", "working", "special", "feature", "explainer", "live",
            "news", "update", "updates", "review", "occasional", "discussion", "memo",
            "dispatch", "bulletin", "digest", "newsletter", "edition",
            # its desk
            "election", "international", "diplomatic", "political", "security", "foreign",
            "affairs", "defence", "defense", "economics", "economic", "environment", "science",
            "health", "world", "regional", "national",
        }
    )
)  # fmt: skip
#: A masthead is one line: longer text is prose whatever its punctuation.
_MASTHEAD_LENGTH = 250


def has_fields(text: str) -> bool:
    """Whether the text has fields kept apart by a spaced bar or dot ("... · 21 April")."""
    # (the separators first, a C scan each: the pattern opens on a space and tries every one)
    return ("|" in text or "·" in text or "•" in text) and _FIELDS.search(text) is not None


def is_masthead(text: str) -> bool:
    """A line of fields naming who wrote or published the text, where and when (see above)."""
    if len(text) > _MASTHEAD_LENGTH or not has_fields(text):
        return False
    return _all_names(text, _MASTHEAD_WORDS)


def is_credit(text: str) -> bool:
    """A byline, credit or copyright line rather than article prose."""
    stripped = text.strip()
    return is_signed(stripped) or is_masthead(stripped)


# -- the briefing: a whole byline, a line that looks like a masthead --

# "By Jane Doe in Kyiv and John Roe in Moscow | 25 April", "(Reporting by Jane Doe; Editing by
# John Roe)": who wrote the story, not who acts in it.
_BYLINE_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}"
_BYLINE_PLACE = r"(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
_BYLINE_NAMES = (
    _BYLINE_NAME + _BYLINE_PLACE + r"(?:(?:,|,?\s+and)\s+" + _BYLINE_NAME + _BYLINE_PLACE + r")*"
)
_BYLINE_CREDIT = r"(?:" + _CREDITED_BY + r"|(?-i:By))"
_BYLINE = re.compile(
    r"^\s*[\[(]?\s*"
    + _BYLINE_CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r"(?:\s*[;,]\s*"
    + _BYLINE_CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r")*\s*[\])]?\.?\s*(?:$|[|·•–—-]|,\s*\d)",
    _I,
)


def is_byline(sentence: str) -> bool:
    """A byline or credit line ("By Jane Doe in Kyiv | 25 April 2022", "Associated reporting by
    Jane Doe in Lima.", "(Reporting by Jane Doe; Editing by John Roe)")."""
    return _BYLINE.match(sentence) is not None


# "Horn and Nile Monitor · Briefing note no. 14 · 21 July 2021", "Policy Brief No. 14/2023 —":
# the masthead of a report, not its lead.
_MASTHEAD_LIKE = re.compile(_FIELD_SEPARATOR + r"|\bno\.\s*\d", _I)


def masthead_like(text: str) -> bool:
    """Whether a line may be a report's masthead: its separators or an issue number, looked
    for first as plain characters (the pattern's search tries every place of the sentence).
    Looser than `is_masthead`, which must never take a sentence of the story for one: a line
    passed over only lets the lead be the next sentence."""
    if "·" not in text and "|" not in text and "•" not in text and "no." not in text.lower():
        return False
    return _MASTHEAD_LIKE.search(text) is not None
