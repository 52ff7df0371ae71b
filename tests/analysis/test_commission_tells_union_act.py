"""The Union's act told by its Commission, in an attribution closing the sentence, is the
Commission's word in its own name; the Union acting in a clause of its own still acts."""

from __future__ import annotations

from tests.analysis.story_readings import speakers_of as _speakers


def test_the_commission_closing_the_sentence_speaks_alone() -> None:
    assert _speakers(
        "The European Union has released 800,000 euros for shelter and clean water, the "
        "European Commission said on Friday."
    ) == ("European Commission",)
    assert _speakers(
        "The European Union has offered two firefighting planes through its rescue reserve, "
        "the European Commission said."
    ) == ("European Commission",)


def test_the_union_in_a_clause_of_its_own_still_acts() -> None:
    assert set(
        _speakers(
            "The European Union released 800,000 euros in aid, and the European Commission "
            "said its experts were on standby."
        )
    ) == {"European Union", "European Commission"}


def test_another_party_acting_in_the_commissions_words_still_acts() -> None:
    assert set(
        _speakers(
            "Norway has sent two firefighting planes to the region, the European Commission said."
        )
    ) == {"Norway", "European Commission"}


def test_a_commissioner_of_the_community_sits_in_the_commission() -> None:
    # before 1993 the Commission was the European Community's: its members speak for it too
    assert _speakers(
        "The European Community's farm commissioner, Hans Lindqvist, announced emergency aid."
    ) == ("European Commission",)
    assert _speakers(
        "The Commission of the European Communities has said it will send food aid."
    ) == ("European Commission",)
