"""`reports_no_reaction`: sentences naming a third party that report no reaction of it."""

from __future__ import annotations

from datetime import date

import pytest
from analysed import make_doc

from briefer.briefing.build import build_briefing
from briefer.briefing.model import Span
from briefer.briefing.reports import reports_no_reaction


def spans_of(text: str, *named: tuple[str, str, str]) -> list[Span]:
    """Spans for (words, type, canonical) found in `text`."""
    out = []
    for words, type_, canonical in named:
        at = text.index(words)
        out.append(Span(at, at + len(words), type_, canonical))
    return out


def no_reaction(
    text: str,
    actor: str,
    *named: tuple[str, str, str],
    stance: str | None = "other",
    spoken: bool = True,
) -> bool:
    return reports_no_reaction(text, spans_of(text, *named), [actor], stance, spoken)


@pytest.mark.parametrize(
    "text",
    [
        "EU foreign ministers are to discuss a visa ban on Monday.",
        "An EU donors' conference is due to go ahead in Brussels next week.",
        "The EU is unlikely to agree on new measures before the summer.",
        "Whether the EU adds the generals to its sanctions list.",
    ],
)
def test_a_schedule_or_an_expectation_is_no_reaction(text: str) -> None:
    assert no_reaction(text, "European Union", ("EU", "ORG", "European Union"), stance="threat")


@pytest.mark.parametrize(
    "text",
    [
        # a statement of the party's own besides the schedule
        "The EU, whose ministers are due to meet on Friday, said it would impose sanctions.",
        # the schedule in a relative clause of an act
        "The EU sent 200 monitors on a mission that is expected to last a month.",
        # requesting the meeting is the reaction
        "The Council is due to meet on Monday at the EU's request.",
        # a deed of the party's own, told in the past, beside the schedule
        "Borrell chaired a meeting of EU envoys, and the ministers are due to meet on Friday.",
    ],
)
def test_an_act_beside_a_schedule_stays_a_reaction(text: str) -> None:
    assert not no_reaction(text, "European Union", ("EU", "ORG", "European Union"))


def test_observers_placed_at_a_body_or_a_capital_are_no_reaction() -> None:
    assert no_reaction(
        "Diplomats at the United Nations said the vote was closer than expected.",
        "United Nations",
        ("United Nations", "ORG", "United Nations"),
    )
    # the capital stands for its state in the actor, the observers stand in the capital
    assert no_reaction(
        "Western diplomats in Ottawa said the move was a gamble.",
        "Canada",
        ("Ottawa", "GPE", "Ottawa"),
    )
    assert no_reaction(
        '"Everybody knew the ferry was overloaded," a fisherman from Aldport told us.',
        "Aldport",
        ("Aldport", "GPE", "Aldport"),
    )


def test_private_people_named_by_a_nationality_or_a_body_are_no_reaction() -> None:
    assert no_reaction(
        "Austrian doctors said five of the wounded were in critical condition.",
        "Austria",
        ("Austrian", "NORP", "Austria"),
    )
    assert no_reaction(
        '"We are pulling out bodies," a Red Cross volunteer said.',
        "Red Cross",
        ("Red Cross", "ORG", "Red Cross"),
        stance="support",
    )
    # the state's own teams and officials act for it
    assert not no_reaction(
        "Austrian rescue teams reached the village on Tuesday.",
        "Austria",
        ("Austrian", "NORP", "Austria"),
    )


def test_people_a_party_speaks_of_or_its_resident_coordinator_leave_its_reaction() -> None:
    # the people come in what the party says, not as who says it
    assert not no_reaction(
        "The Dutch foreign ministry said it feared for the six Dutch students still missing.",
        "Netherlands",
        ("Dutch", "NORP", "Netherlands"),
        stance="concern",
    )
    assert not no_reaction(
        "Amnesty International said families of the detained had been threatened.",
        "Amnesty International",
        ("Amnesty International", "ORG", "Amnesty International"),
    )
    assert not no_reaction(
        "The UN resident coordinator in Dili urged all sides to stay calm.",
        "United Nations",
        ("UN", "ORG", "United Nations"),
        stance="appeal-restraint",
    )
    # people named right after the saying are the ones saying it
    assert no_reaction(
        '"The wards are full," said a Red Cross volunteer in the town.',
        "Red Cross",
        ("Red Cross", "ORG", "Red Cross"),
    )


def test_a_party_s_own_diplomats_and_observers_still_react() -> None:
    assert not no_reaction(
        "Canadian diplomats said the statement had been misread.",
        "Canada",
        ("Canadian", "NORP", "Canada"),
    )
    assert not no_reaction(
        "Election observers from the OSCE said the count was flawed.",
        "OSCE",
        ("OSCE", "ORG", "OSCE"),
        stance="criticism",
    )


def test_a_state_s_officials_giving_a_figure_are_a_source_not_a_reaction() -> None:
    text = "Norwegian officials said 40 people had been injured in the clashes."
    assert no_reaction(text, "Norway", ("Norwegian", "NORP", "Norway"))
    # with a stance it is a reaction; an organisation's toll is one by the gold
    assert not no_reaction(text, "Norway", ("Norwegian", "NORP", "Norway"), stance="concern")
    toll = "The Red Cross said 40 people had been injured in the clashes."
    assert not no_reaction(toll, "Red Cross", ("Red Cross", "ORG", "Red Cross"))


def test_a_fact_according_to_a_state_s_body_is_no_reaction() -> None:
    text = "The quake struck at a depth of 10 km, according to the U.S. Geological Survey."
    assert no_reaction(text, "United States", ("U.S.", "GPE", "United States"))
    # the party acting in the same sentence is a reaction told on someone's word
    acted = "According to the White House, the president urged both sides to talk."
    assert not no_reaction(acted, "United States", ("the president", "PERSON", "United States"))


@pytest.mark.parametrize(
    "text",
    [
        "The EU's sanctions should stay until the government allows an inquiry.",
        "Second, the EU has lost the leverage it had in the capital.",
    ],
)
def test_the_writer_s_own_analysis_is_no_reaction(text: str) -> None:
    assert no_reaction(text, "European Union", ("EU", "ORG", "European Union"))


@pytest.mark.parametrize(
    "text",
    [
        "The EU said the sanctions should stay until the government allows an inquiry.",
        "The EU repeated its position that the dispute should be settled through talks.",
        "Second, the EU said it would send monitors.",
    ],
)
def test_a_recommendation_the_party_makes_is_a_reaction(text: str) -> None:
    assert not no_reaction(text, "European Union", ("EU", "ORG", "European Union"))


def test_a_list_item_recommending_is_its_speaker_s_reaction() -> None:
    # under "The EU said:", the item names the EU nowhere; its speaker is carried on to it
    text = "Both governments should return to the talks without conditions."
    assert not reports_no_reaction(text, [], ["European Union"], "appeal-dialogue", True)


def test_a_standing_relation_in_the_present_is_no_reaction() -> None:
    text = "Norway buys most of the country's gas and keeps a naval station on the coast."
    assert no_reaction(text, "Norway", ("Norway", "GPE", "Norway"))
    # an act of the news with a stance, or one reported as said, stays a reaction
    aid = "Norway provides 40 tonnes of medical supplies to the struck provinces."
    assert not no_reaction(aid, "Norway", ("Norway", "GPE", "Norway"), stance="support")
    said = "Norway said it buys no more gas from the state company."
    assert not no_reaction(said, "Norway", ("Norway", "GPE", "Norway"))


def test_nationals_among_the_victims_are_no_reaction_of_their_state() -> None:
    text = "Two survivors, an Iraqi and a Somali, were treated in hospital for hypothermia."
    assert no_reaction(text, "Iraq", ("Iraqi", "NORP", "Iraq"), spoken=False)
    # the state's rescuers act; a state saying how many of its citizens died is no act
    rescue = "Three Iraqi rescue teams searched for survivors in the rubble."
    assert not no_reaction(rescue, "Iraq", ("Iraqi", "NORP", "Iraq"), spoken=False)


@pytest.mark.parametrize(
    "actor",
    [
        "Ministry of Railways",
        "Guardian Council",
        "Northern Fleet",
        "Bright Dawn Movement",
        "Aldrian Rifle Regiment",
        "Third Mountain Brigade",
    ],
)
def test_an_unknown_home_body_reporting_with_no_stance_is_no_reaction(actor: str) -> None:
    text = f"The {actor} said services had been restored overnight."
    assert no_reaction(text, actor, (actor, "ORG", actor))
    # with a stance it is reported, and so is an international body or a known one
    assert not no_reaction(text, actor, (actor, "ORG", actor), stance="criticism")


@pytest.mark.parametrize(
    "actor", ["Mekong River Commission", "European Union Aviation Safety Agency", "NATO"]
)
def test_an_international_or_known_body_with_no_stance_still_reacts(actor: str) -> None:
    text = f"The {actor} said it saw no reason to ground the fleet."
    assert not no_reaction(text, actor, (actor, "ORG", actor))


BLOCKS = [
    ("Belarus arrests opposition leaders after disputed vote", "heading"),
    (
        "Police in Belarus arrested three opposition leaders on Tuesday after a disputed "
        "presidential vote.",
        "text",
    ),
    ("The European Union condemned the arrests and called for the leaders' release.", "text"),
    ("EU foreign ministers are to discuss a visa ban on Monday.", "text"),
    ("Norwegian officials said 40 people had been injured in clashes outside the embassy.", "text"),
    ("Whether Washington adds sanctions on the generals.", "text"),
    ("A State Department spokesman said on Tuesday:", "text"),
]


def test_the_briefing_reports_reactions_only() -> None:
    doc = make_doc("a", BLOCKS, date(2031, 5, 14))
    briefing = build_briefing([doc])
    reactions = briefing.section("reactions")
    assert reactions is not None
    assert [(i.actor, i.text[:28]) for i in reactions.items] == [
        ("European Union", "The European Union condemned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norway has issued no statement, a silence its partners noticed.",
        "The government of Norway has made no public comment.",
        "Norway's cabinet has not met since the vote.",
        "Norway has not yet responded.",
    ],
)
def test_a_party_said_only_to_keep_silent_is_no_reaction(text: str) -> None:
    assert no_reaction(text, "Norway", ("Norway", "GPE", "Norway"), stance=None)


@pytest.mark.parametrize(
    "text",
    [
        # the content follows in the same sentence
        "Norway broke its silence on Monday, saying the vote should be rerun.",
        "Norway has issued no statement; its envoy called the vote a sham.",
        # the party says it of others
        "Norway said the election had not met international standards.",
        "Norway said the junta had not responded to its offer.",
        # an act with an object
        "Norway has not met its pledge of aid to the region.",
    ],
)
def test_a_party_s_silence_with_content_stays_a_reaction(text: str) -> None:
    assert not no_reaction(text, "Norway", ("Norway", "GPE", "Norway"), stance=None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"There was nowhere to go," a pilgrim from Aldria told the newspaper.', "Aldria"),
        ('"It is a crime," said a senior scholar at Aldport\'s university.', "Aldport"),
        ("Students from Aldria staged a sit-in outside the embassy.", "Aldria"),
    ],
)
def test_private_people_placed_at_a_state_are_no_reaction(text: str, words: str) -> None:
    assert no_reaction(text, "Aldria", (words, "GPE", "Aldria"), stance="criticism")


def test_a_company_named_by_its_nationality_is_no_reaction_of_the_state() -> None:
    text = "The Aldrian shipyard that built the ferry said it had met every safety standard."
    assert no_reaction(text, "Aldria", ("Aldrian", "NORP", "Aldria"))
    grid = "Aldria's grid operator has warned of higher prices on windless days."
    assert no_reaction(grid, "Aldria", ("Aldria", "GPE", "Aldria"), stance="threat")
    # the state's own carrier and ships act for it
    ship = "An Aldrian aircraft carrier joined the exercises on Monday."
    assert not no_reaction(ship, "Aldria", ("Aldrian", "NORP", "Aldria"))


def test_a_state_visited_or_whose_diplomats_are_expelled_is_no_reaction() -> None:
    visit = "The premier, speaking during a visit to Aldria, said the strikes must stop."
    assert no_reaction(visit, "Aldria", ("Aldria", "GPE", "Aldria"), stance="appeal-restraint")
    expel = "Ruritania on Wednesday expelled three Aldrian diplomats it accused of spying."
    assert no_reaction(expel, "Aldria", ("Aldrian", "NORP", "Aldria"), stance="criticism")
    # the state named as the speaker too still reacts
    both = "Aldria's foreign minister, on a visit to Aldport, said Aldria would send aid."
    spans = spans_of(both, ("Aldria's", "GPE", "Aldria"), ("Aldport", "GPE", "Aldria"))
    assert not reports_no_reaction(both, spans, ["Aldria"], "support", True)
