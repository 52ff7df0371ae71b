"""Bare surnames: the forms a full name may be cited by later in the same text ("González",
"von der Leyen", "bin Salman"), and the candidates where such a form appears alone, which
`entities` resolves to the full name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache

import ahocorasick

from briefer.analysis.names.shapes import (
    HYPHEN_PARTICLES,
    PATRONYMIC_PARTICLES,
    RANK_SURNAME,
    SPACE_PARTICLES,
    STOPWORDS,
    UPPER,
    Found,
    is_stop,
    word_char,
)

_GIVEN_NAME_HYPHENATED_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


@lru_cache(maxsize=4096)
def surname_forms(full: str) -> frozenset[str]:
    """Shorter forms a text may use for a person named in full: surname, double surname.
    (Cached: every document asks for the forms of each person it names, twice or more.)"""
    parts = [p for p in full.split() if p not in ("II", "III", "IV", "Jr.", "Sr.", "Jr", "Sr")]
    forms: set[str] = set()
    if len(parts) < 2:
        return frozenset()
    last = parts[-1]
    if parts[-2] not in PATRONYMIC_PARTICLES:  # "Salman" alone is the father of "X bin Salman"
        forms.add(last)
    # East Asian order, family name first: "Lai Ching-te" is "Mr Lai", "Tsai Ing-wen" "Ms Tsai".
    if len(parts) == 2 and _GIVEN_NAME_HYPHENATED_RE.fullmatch(last):
        forms.add(parts[0])
    # "al-Sisi" is also written "Sisi".
    if "-" in last and last.split("-", 1)[0].lower() in HYPHEN_PARTICLES.split("|"):
        forms.add(last.split("-", 1)[1])
    # Hispanic double surnames: "Edmundo González Urrutia" is "González", "López Obrador".
    if len(parts) >= 3 and parts[-2][:1].isupper():
        forms.add(parts[-2])
        forms.add(f"{parts[-2]} {last}")
    # "da Silva", "von der Leyen": the particle belongs with the surname.
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in SPACE_PARTICLES.split("|"):
        i -= 1
    if i < len(parts) - 1:
        forms.add(" ".join(parts[i:]))
        if parts[i - 1][:1].isupper() and i >= 2:
            forms.add(parts[i - 1])
    return frozenset(f for f in forms if f not in STOPWORDS and len(f) >= 3)


def surname_candidates(
    text: str,
    people: Iterable[str],
    taken: Callable[[int, int], bool],
    headline: Callable[[int], bool] = lambda _: False,
    latest: Callable[[str, int], str | None] = lambda _form, _at: None,
) -> list[Found]:
    """Later mentions of a person by surname (or full name) alone: "Vučić said" -> the full name.

    A surname shared by two people in the text goes to the one `latest` names (the bearer most
    recently named in full before it: "Hunter Biden ... Biden said"), and is left alone when
    there is none; so is a one-word form followed by another capitalised name word outside a
    title-case headline (`headline` tells): "Aung" in "Aung San Suu Kyi" is not Min Aung Hlaing.
    """
    by_form: dict[str, str] = {}
    clash: set[str] = set()
    for full in people:
        for form in surname_forms(full) | {full}:
            if form in by_form and by_form[form] != full:
                clash.add(form)
            by_form.setdefault(form, full)
    usable = [f for f in by_form if f[0] in _UPPER_SET]
    # Each form's occurrences with a word boundary on both sides, then the leftmost-longest
    # non-overlapping ones: what one alternation regex (longest form first) would find,
    # without compiling a new regex for every document.
    longest: dict[int, str] = {}
    for at, form in occurrences(text, usable):
        end = at + len(form)
        if (
            not (at and word_char(text[at - 1]))
            and not (end < len(text) and word_char(text[end]))
            and len(form) > len(longest.get(at, ""))
        ):
            longest[at] = form
    found: list[Found] = []
    after = 0
    for at in sorted(longest):
        if at < after:
            continue
        form = longest[at]
        after = at + len(form)
        if " " not in form and _followed_by_name(text, after) and not headline(at):
            continue
        if taken(at, after):
            continue
        person = latest(form, at) if form in clash else by_form[form]
        if person is not None:
            found.append(Found(at, after, person, "PERSON", RANK_SURNAME))
    return found


# From this many forms on, one Aho-Corasick pass finds them all: a search of the whole text per
# form grows with the text times its people, the square of a long document's length. (Fewer,
# in an article, are found sooner one by one than an automaton is built.)
AUTOMATON_FORMS = 32


def occurrences(text: str, forms: Collection[str]) -> Iterator[tuple[int, str]]:
    """(start, form) of every occurrence of every form in `text`, overlapping ones included."""
    if len(forms) < AUTOMATON_FORMS:
        for form in forms:
            at = text.find(form)
            while at >= 0:
                yield at, form
                at = text.find(form, at + 1)
        return
    auto = ahocorasick.Automaton()
    for form in forms:
        auto.add_word(form, form)
    auto.make_automaton()
    for last, form in auto.iter(text):
        yield last - len(form) + 1, form


_UPPER_SET = frozenset(UPPER)
_NEXT_WORD_RE = re.compile(r" ([^\s,.;:!?)\]’'\"”]+)")


def _followed_by_name(text: str, end: int) -> bool:
    """True if a capitalised word that is no stopword follows: "Aung| San"."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1)[0] in _UPPER_SET and not is_stop(m.group(1))
