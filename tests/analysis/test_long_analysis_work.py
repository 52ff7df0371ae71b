"""A long document is analysed with work that grows with its length, not with its square.

The document-level passes that once searched the whole text, or compared every name with every
other, per name or per mention: each is checked to answer as its plain form does, and to do
bounded work (calls made, characters handed to a search), never timed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis import mention_resolution
from briefer.analysis.entities import find_mentions
from briefer.analysis.names import persons, surnames
from briefer.analysis.names.shapes import STOPWORDS
from briefer.analysis.owners import owning_state
from briefer.analysis.pipeline import _Context
from briefer.analysis.reactions import coordination

_SYLLABLES = ("ka", "lo", "mi", "ren", "tar", "vo", "sel", "dun", "bri", "ost")


def _name(i: int) -> str:
    """A made-up two-word name, both words its own for each `i` below 1,000."""
    a, b, c = (_SYLLABLES[i % 10], _SYLLABLES[i // 10 % 10], _SYLLABLES[i // 100 % 10])
    return f"{(a + b + c).capitalize()} {(b + c + a + 'ov').capitalize()}"


def _short_forms_plainly(people: list[str]) -> dict[str, str]:
    """`full_names_by_short_form` comparing every name with every other (its first form)."""
    fulls = sorted({p for p in people if " " in p}, key=len, reverse=True)
    owners: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for full in fulls:
        s = full.split()
        longer = next(
            (
                f
                for f in fulls
                if f != full
                and len(s) < len(f.split())
                and (s == f.split()[: len(s)] or (s[0] == f.split()[0] and s[-1] in f.split()[1:]))
            ),
            None,
        )
        if longer is not None:
            owners.setdefault(full, set()).add(longer)
            continue
        for form in surnames.surname_forms(full):
            owners.setdefault(form, set()).add(full)
        firsts.setdefault(s[0], set()).add(full)
    for form, o in firsts.items():
        if form not in owners and len(form) >= 3 and form not in STOPWORDS:
            owners[form] = o
    return {form: next(iter(o)) for form, o in owners.items() if len(o) == 1}


def test_full_names_are_compared_only_with_names_sharing_the_first_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = [_name(i) for i in range(300)]
    people += ["Edmundo González", "Edmundo González Urrutia", "Edmundo Pérez", "Lai Ching-te"]
    calls = 0
    is_short_for = mention_resolution._is_short_for

    def counting(short: str, full: str) -> bool:
        nonlocal calls
        calls += 1
        return is_short_for(short, full)

    monkeypatch.setattr(mention_resolution, "_is_short_for", counting)
    found = mention_resolution.full_names_by_short_form(people)
    assert found == _short_forms_plainly(people)
    assert found["Edmundo González"] == "Edmundo González Urrutia"
    # Only the three Edmundos meet one another (3 x 2 pairs): not 304 x 303.
    assert calls <= 6


class _CountingText(str):
    """A text that counts the searches made in it."""

    finds = 0

    def find(self, *args: Any) -> int:
        type(self).finds += 1
        return super().find(*args)


def test_many_people_are_found_in_one_pass_over_the_text() -> None:
    people = [_name(i) for i in range(100)]
    text = " ".join(f"{p} spoke. {p.split()[-1]} said so." for p in people)
    _CountingText.finds = 0
    found = surnames.surname_candidates(_CountingText(text), people, lambda a, b: False)
    assert _CountingText.finds == 0  # one automaton pass, no search per form
    assert len(found) == 200  # every full name and every surname after it
    _CountingText.finds = 0
    surnames.surname_candidates(_CountingText(text), people[:3], lambda a, b: False)
    assert _CountingText.finds > 0  # a few forms: a search each, cheaper than an automaton


_FORMS = ["Lee", "Lee Kuan Yew", "Kuan", "Yew", "Kuan Yew", "Ee", "Sánchez", "Ő", "😀x"]
_PIECES = st.sampled_from([*_FORMS, " ", "-", "lee", "Leek", "\n", "😀", "é", "said", "Ku"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.booleans())
def test_occurrences_are_every_search_hit(pieces: list[str], many: bool) -> None:
    text = "".join(pieces)
    forms = _FORMS + ([f"Zq{i}" for i in range(surnames.AUTOMATON_FORMS)] if many else [])
    plain: set[tuple[int, str]] = set()
    for form in forms:
        plain.update((m.start(), form) for m in re.finditer(f"(?={re.escape(form)})", text))
    assert set(surnames.occurrences(text, forms)) == plain


_BEFORE = st.sampled_from(
    ["in", "In", "at", "the", "The", "from", "apart", "unlike", "except", "outside", "inside",
     "via", "near", " ", "  ", "\n", "\t", " " * 40, "x", "Kosovo", ",", "within", "İn", "ıt"]
)  # fmt: skip
_PATTERNS = [coordination._FROM_BEFORE, coordination._PLACE_BEFORE, coordination._CONTRAST_BEFORE]


@settings(max_examples=300, deadline=None)
@given(st.lists(_BEFORE, max_size=30))
def test_window_search_answers_as_a_search_from_the_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern in _PATTERNS:
        for end in range(len(text) + 1):
            whole = pattern.search(text, 0, end) is not None
            assert coordination._ends_at(pattern, text, end) == whole, (pattern, text, end)


class _Recording:
    """A pattern stand-in that records the stretch each search is given."""

    def __init__(self) -> None:
        self.read: list[int] = []

    def search(self, text: str, pos: int, endpos: int) -> None:
        self.read.append(endpos - pos)


def test_window_search_reads_only_the_words_before() -> None:
    text = "Officials met. " * 20_000 + "Speaking in Brussels, the minister said"
    recording = _Recording()
    coordination._ends_at(recording, text, text.index("Brussels"))  # type: ignore[arg-type]
    assert recording.read and max(recording.read) <= 40


_WORDS = st.sampled_from(["zhao", "Zhao", "zhaos", "-zhao", "zhao-", "_", " ", ".", "é", "o'zhao"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=20), st.sampled_from(["zhao", "o'zhao", "zhao-li"]))
def test_a_word_in_lower_case_is_found_alike_in_long_and_short_texts(
    pieces: list[str], word: str
) -> None:
    short = "".join(pieces)
    long = short + "." * persons._LONG_TEXT
    plain = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    assert persons._stands_alone(short, word) == (plain.search(short) is not None)
    assert persons._stands_alone(long, word) == (plain.search(long) is not None)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 3), max_size=30).map(
        lambda gaps: [sum(gaps[: i + 1]) + i for i in range(len(gaps))]
    ),
    st.integers(0, 120),
)
def test_speakers_before_a_sentence_are_read_from_the_end(indices: list[int], index: int) -> None:
    ctx = _Context("", [], [], {})
    ctx.speakers = [(i, (f"P{i}",)) for i in indices]
    assert ctx._last_spoken_before(index) == max(
        (i for i, _ in ctx.speakers if i < index), default=-1
    )
    window = range(index - 3, index)
    within = ctx._spoken_within(index)
    whole = dict(ctx.speakers)
    assert {i: within[i] for i in window if i in within} == {
        i: whole[i] for i in window if i in whole
    }


def test_owning_state_read_back_from_the_organisation_agrees() -> None:
    text = (
        "Britain's National Cyber Security Centre said on Monday that Polish Border Guard "
        "officers and the European Union's border agency Frontex, with Serbian Interior "
        "Ministry staff, had met. The French Foreign Ministry said it was told."
    ) * 3
    mentions = sorted(find_mentions(text), key=lambda m: (m.start, -m.end))
    orgs = [j for j, m in enumerate(mentions) if m.type == "ORG"]
    assert len(orgs) >= 6
    owners = [owning_state(text, mentions, mentions[j]) for j in orgs]
    assert owners == [owning_state(text, mentions, mentions[j], j) for j in orgs]
    assert "United Kingdom" in owners or "Britain" in owners
