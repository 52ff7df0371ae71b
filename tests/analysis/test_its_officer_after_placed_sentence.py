"""An officer named by "Its <office>, <person>," belongs to the subject of the sentence before,
also when that sentence opens on its place ("In Geneva, the alliance called for calm. Its
secretary-general, X, said"): the place is where, not who."""

from __future__ import annotations

from pathlib import Path

from story_readings import story_sentences

_LEAD = "Port closed\n\nAldria closed its main port to foreign ships on Monday.\n\n"


def test_the_officer_speaks_for_the_body_after_an_opening_place(tmp_path: Path) -> None:
    sentences = story_sentences(
        tmp_path,
        "In Geneva, the World Health Organization called for calm. Its director-general, "
        "Maria Kovacs, said she was in contact with both governments.",
        lead=_LEAD,
    )
    said = sentences[
        "Its director-general, Maria Kovacs, said she was in contact with both governments."
    ]
    assert said.speakers == ("World Health Organization",)


def test_the_officer_speaks_for_the_body_without_a_place(tmp_path: Path) -> None:
    sentences = story_sentences(
        tmp_path,
        "The World Health Organization called for calm. Its director-general, Maria Kovacs, "
        "said she was in contact with both governments.",
        lead=_LEAD,
    )
    said = sentences[
        "Its director-general, Maria Kovacs, said she was in contact with both governments."
    ]
    assert said.speakers == ("World Health Organization",)
