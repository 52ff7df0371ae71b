"""A third party's refusal to comment told as news is its answer ("declined to comment"), unlike
a party that has "not commented"; a resolution told by its vote or its date is the act of the
body that passed it."""

from __future__ import annotations

from pathlib import Path

from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.reactions import acting_parties
from tests.analysis.story_readings import speakers_of, story_sentences


def test_declining_to_comment_is_an_answer() -> None:
    assert speakers_of(
        "Hungary's government declined to comment on what it called an internal matter."
    ) == ("Hungary",)
    assert speakers_of(
        "The French foreign ministry declined to say whether it had been warned."
    ) == ("France",)


def test_not_commenting_is_no_answer() -> None:
    assert speakers_of("Hungary has not commented on the clashes.") == ()
    assert speakers_of("Hungary did not comment on the clashes.") == ()


def test_a_resolution_told_by_its_vote_or_date_is_the_bodys(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Security Council met on Friday to discuss the fighting. "
        "It passed with ten votes in favour and none against.\n\n"
        "Resolution 338 of 22 October called for a ceasefire in place.\n\n"
        "By nine votes to none, with Norway abstaining, it declared the shelling a breach of "
        "the peace.\n",
    )
    council = "United Nations Security Council"
    assert found["It passed with ten votes in favour and none against."].speakers == (council,)
    assert found["Resolution 338 of 22 October called for a ceasefire in place."].speakers == (
        council,
    )
    by_votes = next(s for t, s in found.items() if t.startswith("By nine votes"))
    assert by_votes.speakers == (council, "Norway")


def test_it_passing_with_no_vote_told_is_no_resolution(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Security Council met on Friday to discuss the fighting. "
        "It passed a quiet weekend along the border.\n",
    )
    assert found["It passed a quiet weekend along the border."].speakers == ()


def test_a_body_heads_its_members_region() -> None:
    text = (
        "The Rio Group of 19 Latin American countries, meeting in Costa Rica, condemned on "
        "Friday what it called an interruption of constitutional order in Aldria."
    )
    assert speakers_of(text) == ("Rio Group",)


def test_a_relative_aside_with_its_own_commas_is_skipped_to_its_head() -> None:
    text = (
        "The co-chairs of the OSCE Minsk Group, which has led peace efforts on behalf of France, "
        "Russia and the United States since 1994, condemned the use of force."
    )
    assert speakers_of(text) == ("OSCE Minsk Group",)


def test_named_members_of_a_list_closed_by_others_speak() -> None:
    text = (
        "In a joint statement, the ambassadors of the United States, Britain, Germany, Canada "
        "and several other Western countries said they were deeply concerned."
    )
    assert speakers_of(text) == ("United States", "United Kingdom", "Germany", "Canada")


def test_a_former_state_acts_as_a_state_of_its_time() -> None:
    text = "Bulgaria, Czechoslovakia, Hungary and Poland cut their ties with Aldria."
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    assert acting_parties(text, mentions) == ("Bulgaria", "Czechoslovakia", "Hungary", "Poland")
    text = "The Soviet Union broke off diplomatic relations with Aldria."
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    assert acting_parties(text, mentions) == ("Soviet Union",)


def test_a_persons_office_in_apposition_is_no_second_party() -> None:
    text = "Ban Ki-moon, the UN Secretary-General, flew to Aldria on 22 May and toured a camp."
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    assert acting_parties(text, mentions, affiliations(text, mentions)) == ("United Nations",)


def test_a_spokesman_quoting_the_one_he_speaks_for(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "UN Secretary-General Antonio Guterres called on both sides to step back, his "
        'spokesman said. "We need nerves of steel," the spokesman quoted him as telling '
        "reporters.\n",
    )
    quoted = next(s for t, s in found.items() if t.startswith('"We need nerves'))
    assert quoted.speakers == ("United Nations",)


def test_the_main_verb_after_a_relative_clause_with_its_own_verb() -> None:
    text = (
        '"It is the first real chance for peace," a United Nations envoy who visited Aldria in '
        "June told reporters."
    )
    assert speakers_of(text) == ("United Nations",)
    # the relative clause's own verb is not the main one: "members who recalled ..."
    text = "Some members of the European Parliament who recalled his record were not consulted."
    assert speakers_of(text) == ()


def test_holding_a_party_responsible_is_a_statement() -> None:
    text = "Qatar's foreign ministry held Aldria solely responsible for the escalation."
    assert speakers_of(text) == ("Qatar",)


def test_the_secretariat_speaks_for_its_body(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "At the United Nations, the Secretariat said both states would be invited to apply "
        "for membership.\n",
    )
    said = next(s for t, s in found.items() if t.startswith("At the United Nations"))
    assert said.speakers == ("United Nations",)


def test_a_text_issued_by_the_body_named_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Environment Programme sent a team to the river in February. Its report, "
        "published on 15 March, concluded that the spill had caused acute damage.\n",
    )
    report = next(s for t, s in found.items() if t.startswith("Its report"))
    assert report.speakers == ("UN Environment Programme",)


def test_a_call_made_to_condemn_is_the_callers_statement() -> None:
    text = "Britain's foreign secretary telephoned Lam this month to condemn the violence."
    assert speakers_of(text) == ("United Kingdom",)
