"""Near-duplicate detection over normalised word shingles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.briefing.dedupe import (
    THRESHOLD,
    NearDuplicates,
    jaccard,
    normalise_words,
    shingles,
)


def test_normalisation_folds_case_accents_and_punctuation() -> None:
    assert normalise_words("Vučić SAID: “No!”") == ["vucic", "said", "no"]


def test_wire_copy_with_small_edits_is_a_duplicate() -> None:
    seen = NearDuplicates()
    original = (
        "Troops from both countries exchanged fire near the disputed temple on Wednesday, "
        "officials said, and two border crossings were closed to traffic."
    )
    copy = (
        "Troops from both countries exchanged fire near the disputed temple on Wednesday, "
        "officials said, and two border crossings were closed to all traffic."
    )
    assert seen.is_new(original)
    assert not seen.is_new(copy)
    assert not seen.is_new(original.upper())


def test_different_sentences_are_kept() -> None:
    seen = NearDuplicates()
    assert seen.is_new("Troops exchanged fire near the temple on Wednesday.")
    assert seen.is_new("Diplomats met in Jakarta on Thursday to discuss a truce.")
    assert seen.is_new("Troops exchanged fire near the temple on Friday after a lull of weeks.")


def test_jaccard_of_shingles() -> None:
    a = shingles("one two three four")
    assert a == frozenset({"one two three", "two three four"})
    assert jaccard(a, a) == 1.0
    assert jaccard(a, shingles("five six seven")) == 0.0
    assert shingles("two words") == frozenset({"two", "words"})


def test_jaccard_counts_the_union_once() -> None:
    a = shingles("one two three four five")
    b = shingles("one two three four six")
    assert jaccard(a, b) == 2 / 4
    assert jaccard(frozenset(), frozenset()) == 1.0


def test_prepared_order_follows_later_texts() -> None:
    # The rarest shingles lead; the order is rebuilt when more texts are prepared, and a text
    # never prepared is still compared.
    base = "Troops from both countries exchanged fire near the disputed temple on Wednesday."
    copy = "Troops from both countries exchanged fire near the disputed temple on Wednesday!"
    other = "Diplomats met in Jakarta on Thursday to discuss a truce and the border."
    seen = NearDuplicates()
    seen.prepare([base, other])
    assert seen.is_new(base)
    seen.prepare([copy, other])
    assert not seen.is_new(copy)
    assert seen.is_new(other)
    assert not seen.is_new("Diplomats met in Jakarta on Thursday to discuss a truce and the border")
    assert seen.is_new("Rescuers reached the flooded cave after nine days of searching.")


def test_a_text_met_again_is_a_duplicate_whatever_it_was() -> None:
    # A text asked about again is dropped, whether it was kept or dropped the first time.
    seen = NearDuplicates()
    kept = "Troops exchanged fire near the temple on Wednesday, officials said."
    dropped = "Troops exchanged fire near the temple on Wednesday, officials said!"
    seen.prepare([kept, dropped, kept])
    assert seen.is_new(kept)
    assert not seen.is_new(dropped)
    assert not seen.is_new(kept)
    assert not seen.is_new(dropped)
    assert seen.is_new("")  # (no words, nothing to compare: always new)
    assert seen.is_new("")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["ab", "cd", "ef", "gh", "ij"]), max_size=9), max_size=14))
def test_prefix_filter_finds_what_comparing_every_pair_finds(texts: list[list[str]]) -> None:
    # The order of the shingles only makes probes cheap: the sentences dropped are those a
    # comparison with every sentence kept before would drop.
    sentences = [" ".join(words) for words in texts]
    seen = NearDuplicates()
    seen.prepare(sentences)
    kept: list[frozenset[str]] = []
    for text in sentences:
        mine = shingles(text)
        expected = not mine or all(jaccard(mine, other) < THRESHOLD for other in kept)
        if expected and mine:
            kept.append(mine)
        assert seen.is_new(text) == expected
