"""Split a document into sentences with offsets, never across paragraph boundaries.

Hand-written rather than a model: news text has a small set of traps (abbreviations such as
"U.S." and "Mr.", initials, decimals, quotes closing a sentence, ellipses, headings on their own
line) and a rule for each is faster and more predictable than a statistical splitter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefer.analysis.frozen import quick_init
from briefer.analysis.names.shapes import upper_letters
from briefer.sources.dates import MONTHS
from briefer.sources.document import Paragraph

# Words that end with a full stop without ending the sentence (compared lower-case, without
# the final "."). Dotted acronyms ("U.S.", "e.g.") and single initials are handled by shape.
_ABBREVIATION_WORDS = """
    mr mrs ms messrs dr prof gen col lt maj capt cpt sgt cmdr adm brig cpl pvt rev hon
    sen rep gov pres amb supt insp det st mt ft jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vs v etc approx est dept govt assn bros inc corp ltd co cf fig vol pp ca
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# Abbreviations that do end a sentence when the next word starts with a capital and is not
# a name-like continuation; kept apart because "etc." and "Co." often close a sentence.
_SOMETIMES_FINAL = frozenset({"etc", "inc", "corp", "ltd", "co"})
# Abbreviations only when followed by a number ("No. 10", "Nos. 3 and 4").
_BEFORE_NUMBER = frozenset({"no", "nos", "pp", "vol", "fig"})

# Titles always run on into a name; other abbreviations may end a sentence when the next word
# is one that opens sentences, not names ("imposed by the U.S. The ministry said").
_TITLE_WORDS = """
    mr mrs ms messrs dr prof gen col lt maj capt cpt sgt cmdr adm brig cpl pvt rev hon sen rep
    gov pres amb supt insp det st mt ft
"""
_TITLES = frozenset(_TITLE_WORDS.split())
_OPENER = re.compile(
    r"[\"“‘']?(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|But|And|Yet|So|"
    r"In|On|At|After|Before|By|For|From|With|However|Meanwhile|Earlier|Later|Officials|"
    r"According|While|When|As|If)\b"
)
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[A-Z]$")

# Capitals of the Latin, Greek and Cyrillic alphabets: Č, Ł, Ş and Turkish İ open sentences too.
_CAPITAL = "A-Z" + re.escape(upper_letters(0xC0, 0x530))
# A candidate end: terminal punctuation, any closing quotes/brackets, then whitespace and the
# start of a new sentence (capital, digit, opening quote or bracket).
_END = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[0-9""" + _CAPITAL + "])")
_WORD_BEFORE = re.compile(r"""([^\s"'“‘«(\[]*)$""")
# What `_WORD_BEFORE.search` finds, in one pass: everything up to the last character that no
# word holds (the search tries every place in turn, each running to the end).
_UP_TO_WORD = re.compile(r"""(?:.*[\s"'“‘«(\[])?""", re.DOTALL)


def _word_before(text: str, start: int, end: int) -> str:
    """`_WORD_BEFORE.search(text, start, end).group(1)`: the word that ends at `end` (or just
    before a newline there, where "$" also matches)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    found = _UP_TO_WORD.match(text, start, end)
    return text[found.end() if found is not None else start : end]


_TERMINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")

# A wire dateline opening a paragraph: the place ("LONDON", "KYIV, Ukraine", "Paris",
# "HARARE/JOHANNESBURG", "PORT-AU-PRINCE"), a date ("March 26", "12 May", "June 25, 2024"), the
# outlet in brackets ("(Reuters)"), then a dash, or a colon after a date or an outlet
# ("Nairobi, 12 May:"). The story starts at the next word, which opens with a capital, a digit
# or a quotation mark; a dash before a lower-case word is an aside ("NATO — which ...").
_PLACE_WORD = rf"[{_CAPITAL}][\w.'’-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}"
_DATELINE_DATE = (
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?)"
)
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:,\s+{_PLACE})?"
    rf"(?:,?\s+(?P<date>{_DATELINE_DATE}))?"
    r"(?:\s*(?P<outlet>\([^()\n]{2,40}\)))?"
    r"(?:\s*(?:--|[—–])|\s+-|(?P<colon>:))\s+"
    rf"(?=[\"“‘'0-9{_CAPITAL}])"
)
_CAPITALS_PLACE = re.compile(r"[A-Z\u00C0-\u024F'’.-]{3,}(?:[ /]|$)")
# Words a newsroom puts before a dash that are no place: "BREAKING —", "UPDATE -", "ANALYSIS —".
_KICKER_WORDS = """
    breaking update updated exclusive analysis opinion comment editorial watch live factbox
    explainer correction urgent flash note photos video
"""
_MONTH_WORDS = frozenset(MONTHS)
# A dateline's first word that is no place: a kicker or a month ("March 26 —").
_NOT_PLACES = frozenset(_KICKER_WORDS.split()) | _MONTH_WORDS


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the story starts after a wire dateline opening `text[start:end]` ("LONDON, March
    26 (Reuters) - The United States ...", "KYIV, Ukraine (AP) — ...", "Paris (AFP) - ...",
    "BEIRUT — ...", "Nairobi, 12 May: ..."), or `start` when none opens it. A place written
    in capitals needs nothing more; another needs a date or an outlet after it ("President
    Ruto — who ..." and "Background: how we got here" are no datelines)."""
    found = _DATELINE.match(text, start, end)
    if found is None:
        return start
    place = found.group("place")
    if place.split()[0].lower().strip(".") in _NOT_PLACES:
        return start
    dated = found.group("date") is not None and (
        found.group("date").split()[0].lower().rstrip(".") in _MONTH_WORDS
        or found.group("date").split()[1].lower().rstrip(".,") in _MONTH_WORDS
    )
    if found.group("date") is not None and not dated:
        return start  # "Talks 12 Rounds —": no month, no date
    if found.group("colon") is not None:
        return found.end() if dated or found.group("outlet") else start
    if dated or found.group("outlet") or _CAPITALS_PLACE.match(place):
        return found.end()
    return start


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A sentence as offsets into the document text and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int
    # The sentence opens its paragraph after a wire dateline, left out of the span ("LONDON,
    # March 26 (Reuters) - "): the story's lead.
    after_dateline: bool = False


def _is_boundary(text: str, dot_pos: int, punct: str, next_pos: int) -> bool:
    """Whether the punctuation at `dot_pos` ends a sentence, judged by the word it closes."""
    if punct != ".":
        return True  # "!", "?", "...", "…" followed by a capital end the sentence
    token = _word_before(text, max(0, dot_pos - 40), dot_pos)
    if not token:
        return True
    opens = _OPENER.match(text, next_pos) is not None
    if _DOTTED.match(token + "."):
        return opens  # "U.S.", "a.m." inside a sentence, unless "The"/"It"... follows
    if _INITIAL.match(token):
        return False  # John F. Kennedy
    low = token.lower()
    if low in _BEFORE_NUMBER:
        return not text[next_pos : next_pos + 1].isdigit()
    if low in ABBREVIATIONS:
        return low in _SOMETIMES_FINAL or (opens and low not in _TITLES)
    return True


def _heading_break(line: str, following: str) -> bool:
    """A first line that reads as a heading glued to the paragraph below it."""
    stripped = line.strip()
    if not stripped or _TERMINAL.search(stripped) or not following.strip():
        return False
    words = stripped.split()
    if len(words) > 16:
        return False
    if stripped.isupper() or stripped.startswith("#"):
        return True
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    if len(words) >= 2 and capitals / len(words) >= 0.7:
        return True
    # A line much shorter than the next one is a heading, not a hard-wrapped sentence.
    return len(stripped) < 0.5 * len(following.strip()) and following.strip()[:1].isupper()


def _paragraph_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph first at a heading line, if it begins with one."""
    block = text[start:end]
    newline = block.find("\n")
    if newline > 0:
        rest_end = block.find("\n", newline + 1)
        following = block[newline + 1 : rest_end if rest_end > 0 else len(block)]
        if _heading_break(block[:newline], following):
            yield start, start + newline
            yield start + newline + 1, end
            return
    yield start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_range(text: str, start: int, end: int, *, dateline: bool = True) -> list[tuple[int, int]]:
    """Sentence offsets inside `text[start:end]` (absolute offsets, whitespace trimmed); with
    `dateline`, a wire dateline opening the range is left out of its first sentence (see
    `dateline_end`)."""
    out: list[tuple[int, int]] = []
    for piece_start, piece_end in _paragraph_pieces(text, start, end):
        cursor = piece_start
        if dateline and piece_start == start:
            cursor = dateline_end(text, _trimmed(text, start, piece_end)[0], piece_end)
        for m in _END.finditer(text, cursor, piece_end):
            if not _is_boundary(text, m.start(1), m.group(1), m.end()):
                continue
            a, b = _trimmed(text, cursor, m.end(2))
            if b > a:
                out.append((a, b))
            cursor = m.end()
        a, b = _trimmed(text, cursor, piece_end)
        if b > a:
            out.append((a, b))
    return out


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> list[Span]:
    """All sentences of a document, in order, each inside exactly one paragraph; a wire
    dateline opening a paragraph of prose is in none ("NATO — Russia talks" as a heading is
    left whole), nor is a list item's marker kept in plain text ("- ", "* ", "• ")."""
    spans: list[Span] = []
    for p in paragraphs:
        bullet = _BULLET.match(text, p.start, p.end) if p.kind == "list" else None
        first = bullet.end() if bullet else p.start
        ranges = split_range(text, first, p.end, dateline=p.kind == "text")
        lead = _trimmed(text, first, p.end)[0]
        for i, (a, b) in enumerate(ranges):
            spans.append(Span(a, b, p.number, i == 0 and a > lead))
    return spans


# A list item's marker kept in plain text ("- The United States said ...", "* ", "• "): the
# item's sentence starts after it.
_BULLET = re.compile(r"\s*[-*•‣▪–]\s+(?=\S)")
