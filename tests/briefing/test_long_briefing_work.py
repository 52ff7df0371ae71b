"""A long document is briefed with work that grows with its length, not with its square.

These count work (mentions handed to a reading), never time: the per-mention readings of
`stats.collect` get the mentions of their own sentence or title, not the rest of the document.
And the near-duplicate filter's shingle order, built with no sort of every shingle, is one
fixed order, rarest first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis.model import Mention, Sentence
from briefer.briefing import stats
from briefer.briefing.build import build_briefing
from briefer.briefing.dedupe import _ranks
from briefer.briefing.roles import cues
from tests.briefing.analysed import make_doc

_PARAGRAPH = (
    "The United States and the European Union condemned Russian strikes on Ukraine and "
    "Georgia on {day}. Serbia and Kosovo traded accusations, officials in Belgrade said."
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _long_document(paragraphs: int) -> list[tuple[str, str]]:
    blocks = [("Neighbours condemn strikes as Belgrade and Pristina trade blame", "heading")]
    blocks += [(_PARAGRAPH.format(day=_DAYS[i % len(_DAYS)]), "text") for i in range(paragraphs)]
    return blocks


def _handed(monkeypatch: pytest.MonkeyPatch, paragraphs: int) -> dict[str, list[int]]:
    """Brief a document of `paragraphs` paragraphs; how many mentions each call of the two
    readings was handed, and how many of them lay beyond the mention's sentence."""
    handed: dict[str, list[int]] = {"comments": [], "beyond": [], "title": []}
    comments_on_others = cues.comments_on_others  # (what `stats` calls them by)
    in_title = cues.in_title

    def counting_comments(
        text: str, m: Mention, sentence: Sentence, rest: Sequence[Mention]
    ) -> Any:
        handed["comments"].append(len(rest))
        handed["beyond"].append(sum(1 for o in rest if o.start >= sentence.end))
        return comments_on_others(text, m, sentence, rest)

    def counting_title(text: str, m: Mention, following: Sequence[Mention]) -> Any:
        handed["title"].append(len(following))
        return in_title(text, m, following)

    monkeypatch.setattr(stats, "comments_on_others", counting_comments)
    monkeypatch.setattr(stats, "in_title", counting_title)
    build_briefing([make_doc("long", _long_document(paragraphs))])
    return handed


def test_comment_reading_gets_its_sentence_only(monkeypatch: pytest.MonkeyPatch) -> None:
    handed = _handed(monkeypatch, 40)
    assert len(handed["comments"]) >= 40  # read for the commenting parties of every paragraph
    assert sum(handed["beyond"]) == 0
    # A sentence here names at most six parties: never the rest of the document.
    assert max(handed["comments"]) <= 6


def test_title_reading_gets_three_mentions_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    handed = _handed(monkeypatch, 10)
    assert handed["title"]  # the European Union is an ORG: read as part of a title or not
    assert max(handed["title"]) <= 3


def test_mentions_handed_grow_with_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    short = sum(_handed(monkeypatch, 10)["comments"])
    long = sum(_handed(monkeypatch, 40)["comments"])
    # Four times the text, four times the mentions read (the square would be sixteen).
    assert 0 < long <= 4 * short + 8


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab é", max_size=4), max_size=60))
def test_shingle_ranks_are_one_order_rarest_first(shingles: list[str]) -> None:
    frequency = Counter(shingles)
    rank = _ranks(frequency)
    assert rank.keys() == frequency.keys()
    assert len(set(rank.values())) == len(rank)  # a total order: no two shingles tie
    assert all(
        rank[a] < rank[b] for a in frequency for b in frequency if frequency[a] < frequency[b]
    )
