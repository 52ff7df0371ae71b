"""A people with no state of the story's time speaks through the body that spoke for it then."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefer.analysis.model import Analysis
from briefer.briefing.build import build_briefing
from briefer.briefing.parties.peoples_voices import spoken_for, voices_of_peoples
from briefer.sources.document import Document
from tests.briefing.analysed import make_doc

BLOCKS = [
    ("Bomb destroys airliner over Scotland", "heading"),
    (
        "A bomb destroyed an American airliner over the Scottish town of Lockerbie on "
        "Wednesday, killing all 259 people on board, British investigators said.",
        "paragraph",
    ),
    (
        "Britain and the United States vowed to find those responsible. Washington said "
        "the investigation would be long.",
        "paragraph",
    ),
    (
        "Palestinian leader Yasser Arafat condemned the bombing and offered the help of his "
        "intelligence services.",
        "paragraph",
    ),
]


def _story(published: date) -> tuple[Document, Analysis]:
    return make_doc("lockerbie", BLOCKS, published=published)


def _reactors(published: date) -> set[str]:
    reactions = build_briefing([_story(published)]).section("reactions")
    assert reactions is not None
    return {i.actor or "" for i in reactions.items if "Arafat" in i.text}


def test_a_palestinian_speaker_is_the_plo_before_1994_and_the_authority_after() -> None:
    assert _reactors(date(1988, 12, 22)) == {"Palestine Liberation Organization"}
    assert _reactors(date(1995, 11, 5)) == {"Palestinian Authority"}


def test_a_people_that_is_a_principal_keeps_its_name() -> None:
    assert voices_of_peoples(date(1988, 1, 1), ["Israel", "Palestine"]) == {}
    assert voices_of_peoples(None, ["Israel"]) == {}
    assert voices_of_peoples(date(1960, 1, 1), ["Israel"]) == {}


def test_a_body_named_beside_the_people_is_its_only_voice() -> None:
    _doc, analysis = _story(date(1995, 4, 20))
    sentence = next(s for s in analysis.sentences if "Arafat" in s.text)
    voices = {"Palestine": "Palestinian Authority"}
    both = replace(sentence, speakers=("Palestine Liberation Organization", "Palestine"))
    assert spoken_for(both, voices).speakers == ("Palestine Liberation Organization",)
    alone = replace(sentence, speakers=("Palestine",))
    assert spoken_for(alone, voices).speakers == ("Palestinian Authority",)
