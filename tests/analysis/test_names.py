"""The name rules' patterns written for speed find exactly what their plain forms would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis.names import shapes as name_shapes
from briefer.analysis.names import surnames

# The run of capitalised name words as first written: a look-ahead for a capital and a
# look-behind at the run's first character, before which the engine tried every position.
_PLAIN_CAPRUN = re.compile(
    rf"(?={name_shapes.U})(?<![\w'’-])(?:{name_shapes.INITIALS}|{name_shapes.CAPWORD})"
    rf"(?: {name_shapes.NAME_WORD}){{0,4}}{name_shapes._ROMAN}"
)
_WORDS = st.sampled_from(
    [
        "Jane", "Doe", "J.D.", "Vance", "W.", "al-Sisi", "bin", "Salman", "von", "der", "Leyen",
        "O'Brien", "Jean-Pierre", "Kosovo-based", "Al", "Sabah", "II", "Jr.", "said", "the",
        "Vučić", "Ελλάδα", "Šabac", "x", "-", "'", "’", "\n", ".", ",", "(", "ÉTAT", "U.S.", "A",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=3), max_size=30), st.sampled_from([" ", "", "-"]))
def test_capital_runs_are_those_of_the_plain_pattern(words: list[str], glue: str) -> None:
    text = glue.join(words)
    plain = [(m.span(), m.group()) for m in _PLAIN_CAPRUN.finditer(text)]
    assert [(m.span(), m.group()) for m in name_shapes.CAPRUN_RE.finditer(text)] == plain


def test_a_capital_run_starts_only_after_no_word_character() -> None:
    text = "McDonald met Jean-Pierre O'Brien in x-Ray and 'Anna Lee'."
    runs = [m.group() for m in name_shapes.CAPRUN_RE.finditer(text)]
    # Not "Ray" after "x-", nor "Anna" after an apostrophe: no run starts inside a word.
    assert runs == ["McDonald", "Jean-Pierre O'Brien", "Lee"]


def test_surname_forms_are_read_once_and_cannot_be_changed_by_a_caller() -> None:
    forms = surnames.surname_forms("Edmundo González Urrutia")
    assert forms == {"Urrutia", "González", "González Urrutia"}
    assert isinstance(forms, frozenset)  # shared by every caller: the cache hands it out
    assert surnames.surname_forms("Edmundo González Urrutia") is forms
    assert surnames.surname_forms("Ursula von der Leyen") >= {"von der Leyen", "Leyen"}
    assert surnames.surname_forms("Madonna") == frozenset()


def test_the_fathers_name_after_bin_is_no_short_form_of_the_sons() -> None:
    assert "Salman" not in surnames.surname_forms("Mohammed bin Salman")
    assert "bin Salman" in surnames.surname_forms("Mohammed bin Salman")
    assert "Sisi" in surnames.surname_forms("Abdel Fattah al-Sisi")  # a particle of the family name
