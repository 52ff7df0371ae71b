"""Where a candidate name starts and stops: stop words trimmed off its ends, a month read as a
surname after a given name ("Theresa May"), middle names and possessives, and the tail of an
organisation's or event's name cut at the words that cannot end one. Shared by the person,
place, organisation and event rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefer.analysis.names.shapes import (
    HEAD_WORDS,
    INITIALS_RE,
    MONTHS,
    TOKEN_RE,
    WEEKDAYS,
    given_names,
    is_stop,
    words,
)


def trim_name(
    text: str, start: int, end: int, known: Callable[[str], bool], person: bool = False
) -> tuple[int, int]:
    """Cut a name at the first word that is a stopword or a known gazetteer form, but for a
    month that is a surname after a given name ("Theresa May", not "in May"). In a `person`'s
    name opened by a given name, a known word is a name word too when a name word of its own
    follows it ("Mohammed Shia al-Sudani") or when it alone follows the given name to the
    run's end ("Joseph Muscat"): a given name alone is no one's name."""
    keep_end = start
    tokens = list(TOKEN_RE.finditer(text, start, end))
    for i, w in enumerate(tokens):
        word = w.group().rstrip(",;:")
        if word.endswith(".") and not INITIALS_RE.fullmatch(word):
            word = word.rstrip(".")
        stop = is_stop(word) and not (
            (i and _month_surname(text, w, word, tokens[i - 1], keep_end))
            or (person and _stop_before_article_name(word, i, tokens, keep_end))
        )
        if stop or (
            known(word)
            and not _middle_name(word, tokens[i + 1 :], known)
            and not (person and _known_name_word(word, i, tokens, keep_end, known))
        ):
            break
        keep_end = w.start() + len(word)
    return start, keep_end


def _known_name_word(
    word: str, i: int, tokens: list[re.Match[str]], kept_end: int, known: Callable[[str], bool]
) -> bool:
    """True for a known word (`word`, the `i`th of `tokens`) inside a person's name opened by a
    given name, all words before it kept: a name word of its own follows it, or it is the
    second and last word."""
    if i == 0 or tokens[i - 1].end() != kept_end:
        return False
    if i + 1 == len(tokens):
        # "Joseph Muscat"; "Thérèse Kayikwamba Wagner": two name words before it
        return word == tokens[i].group() and (i >= 2 or tokens[0].group() in given_names())
    if tokens[0].group() not in given_names():
        return False
    after = tokens[i + 1].group().rstrip(",;:.")
    if _ARTICLE_NAME_RE.match(after):
        return True  # "al-Sudani"
    return bool(after) and after[:1].isupper() and not (is_stop(after) or known(after))


def _stop_before_article_name(
    word: str, i: int, tokens: list[re.Match[str]], kept_end: int
) -> bool:
    """True for a stopword inside a person's name opened by a given name, all words before it
    kept, with a surname behind an Arabic article after it ("Mohammed Shia al-Sudani")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].end() == kept_end
        and word == tokens[i].group()
        and tokens[0].group() in given_names()
        and _ARTICLE_NAME_RE.match(tokens[i + 1].group()) is not None
    )


#: A surname behind an Arabic article: "al-Sudani", "el-Sisi", "ash-Shara".
_ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[^\W\d_]")


#: Month words that are also given names ("Foreign Minister Jan Hamáček", "Ambassador April
#: Glaspie"): after a title and before a name word, the name starts with them.
MONTH_GIVEN_NAMES = frozenset(words("Jan Mar April May June"))
#: Months that are also names ("Theresa May", "Kate June", the Chinese "Zhang Jun"): read as one
#: only right after a given name and with no day or year after them ("Georgia May 26" is a date).
MONTH_SURNAMES = frozenset(words("May June April August Jun"))
_DAY_OR_YEAR_RE = re.compile(r"\s\d")


def _month_surname(
    text: str, token: re.Match[str], word: str, before: re.Match[str], kept_end: int
) -> bool:
    """True for a month-word (`word`, the `token` without its punctuation) that ends a person's
    name: the word before it is a given name kept in the name, and no number follows it."""
    return (
        word in MONTH_SURNAMES
        and before.end() == kept_end
        and before.group() in given_names()
        and _DAY_OR_YEAR_RE.match(text, token.start() + len(word)) is None
    )


def _middle_name(word: str, rest: list[re.Match[str]], known: Callable[[str], bool]) -> bool:
    """True for a known word that is a given name inside a name, before a name word of its own
    ("Roch Marc Christian Kaboré": "Christian" is no group there)."""
    if word not in given_names() or not rest:
        return False
    after = rest[0].group().rstrip(",;:.")
    return bool(after) and after[:1].isupper() and not (is_stop(after) or known(after))


def strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, start, end):
            return end - len(suffix)
    return end


_TAIL_LINKS = frozenset(words("of on for the and"))
#: Words that end a name's tail: "Treaty of Lausanne on Monday", "Court of Appeal in January".
_TAIL_STOP = frozenset(
    MONTHS
    + WEEKDAYS
    + words("The However Meanwhile But And In On At After Before Since During Today Yesterday")
)


#: Titles that end a body's name when a name word comes before them: "Council of Europe
#: Secretary General X" is the Council and its officer ("Office of the President", "Office of
#: the Deputy Prime Minister" keep theirs).
_TAIL_TITLES = frozenset(
    words(
        """
        Secretary Secretary-General President Chairman Chairwoman Chairperson Minister Spokesman
        Spokeswoman Spokesperson Director-General
        """
    )
)
_TITLE_LEADS = frozenset(words("Prime Deputy Vice Foreign Assistant Under General Executive"))


def cut_tail(text: str, start: int, end: int) -> int:
    """End a name before a stopword in its tail ("Treaty of Lausanne on Monday" -> "Treaty of
    Lausanne") or a title after its name ("Council of Europe Secretary General X" -> "Council
    of Europe"), and drop trailing connectors."""
    words_ = list(TOKEN_RE.finditer(text[start:end]))
    keep = len(words_)
    linked = False  # a link word came before: the tail of "Council of Europe"
    for i, w in enumerate(words_[1:], start=1):
        word = w.group().rstrip(".,")
        if word in _TAIL_STOP:
            keep = i
            break
        before = words_[i - 1].group()
        if (
            linked
            and word in _TAIL_TITLES
            and before not in _TAIL_LINKS
            and before not in _TITLE_LEADS
        ):
            keep = i
            break
        linked = linked or word in _TAIL_LINKS
    while keep > 1 and words_[keep - 1].group() in _TAIL_LINKS:
        keep -= 1
    return start + words_[keep - 1].end()


def skip_leading_stopwords(
    text: str, start: int, end: int, keep: frozenset[str] = frozenset()
) -> int:
    """Move past "The", "However", "On Tuesday the" at the start of an organisation's name."""
    while True:
        word = TOKEN_RE.match(text, start, end)
        if word is None:
            return start
        lead = word.group()
        if (
            lead[0].isupper()
            and lead not in _COUNTS
            and (not is_stop(lead) or lead in _ORG_LEADS or lead in keep)
        ):
            return start
        start += len(lead)
        while start < end and text[start].isspace():
            start += 1


#: Counts that open a sentence before a body's name ("Three Royal Australian Air Force aircraft
#: landed", "Two Royal Navy frigates"): the count is the sentence's, never the name's.
_COUNTS = frozenset(
    words(
        """
        Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty Forty
        Fifty Dozens Hundreds Thousands Scores
        """
    )
)


#: Stopwords that may still lead an organisation's name: "Foreign Ministry", "State Department",
#: a compass word of a two-word demonym ("South African Students' Organisation").
_ORG_LEADS = HEAD_WORDS | frozenset(
    words(
        """
        Foreign Defence Defense Interior Justice Finance Economy Health Security State Central
        Government Army Police Western Eastern Northern Southern National General Supreme
        North South East West
        President Prime Chief Union English French German Russian Spanish Arabic Chinese Serbian
        Albanian Turkish Ukrainian Catholic Orthodox New Old Royal International
        """
    )
)
