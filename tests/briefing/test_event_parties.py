"""Sides read from the story's news event: the doer and the target of the headline's or lead's
act of force (`analysis.event`), the states an epidemic strikes, the group claiming an attack.
Each test sets a document beside its twin with the roles reversed: the same party named as
often, but helping or appealing instead of acting or being struck.

The documents are written for these tests; the names are real ones the gazetteer knows, the
events are invented.
"""

from __future__ import annotations

from analysed import make_doc

from briefer.briefing.build import build_briefing


def principals(blocks: list[tuple[str, str]]) -> tuple[str, ...]:
    return build_briefing([make_doc("e", blocks)]).principals


_DARFUR_REST = [
    (
        "The Sudan Liberation Army said its fighters had shot down a government drone near the "
        "town. Sudan's army said it had targeted rebel positions.",
        "text",
    ),
    (
        "Sudan's government said the rebels were using civilian buildings. Sudanese troops "
        "shelled rebel positions again on Tuesday.",
        "text",
    ),
    ("Chad closed its border crossings. Norway called for an inquiry.", "text"),
]
STRUCK = [
    ("Sudanese air strike hits Oxfam warehouse in Darfur, killing four", "heading"),
    (
        "A Sudanese air force strike hit a warehouse run by Oxfam in North Darfur on Monday, "
        "killing four guards, the Sudan Liberation Army said.",
        "text",
    ),
    *_DARFUR_REST,
]
HELPING = [
    ("Oxfam sends food to Darfur as Sudanese air strikes hit rebel villages", "heading"),
    (
        "Oxfam sent food lorries to North Darfur on Monday as Sudanese air force strikes hit "
        "villages held by the Sudan Liberation Army, killing four people.",
        "text",
    ),
    *_DARFUR_REST,
]


def test_the_target_of_the_headline_strike_is_a_side_though_seldom_named() -> None:
    assert "Oxfam" in principals(STRUCK)
    assert "Sudan" in principals(STRUCK)


def test_the_same_body_sending_help_is_a_third_party() -> None:
    assert "Oxfam" not in principals(HELPING)


_TRUCE_REST = [
    (
        "Morocco said its army had acted to reopen the road. Morocco's foreign minister said "
        "the kingdom remained committed to the truce.",
        "text",
    ),
    (
        "Algeria called for restraint. The United Nations said its mission was in contact with "
        "both sides.",
        "text",
    ),
]
DECLARES = [
    ("Polisario declares truce over after Moroccan troops enter buffer zone", "heading"),
    (
        "The Polisario Front said on Friday that the ceasefire was over, hours after Moroccan "
        "troops moved into the buffer zone at Guerguerat.",
        "text",
    ),
    *_TRUCE_REST,
]
URGES = [
    ("Polisario urges calm after Moroccan troops enter buffer zone", "heading"),
    (
        "The Polisario Front urged calm on Friday, hours after Moroccan troops moved into the "
        "buffer zone at Guerguerat.",
        "text",
    ),
    *_TRUCE_REST,
]


def test_the_movement_declaring_the_truce_over_is_a_side() -> None:
    assert principals(DECLARES) == ("Morocco", "Polisario Front")


def test_the_same_movement_urging_calm_is_not() -> None:
    assert principals(URGES) == ("Morocco",)


EPIDEMIC = [
    ("Cholera epidemic spreads as doctors arrive from Cuba", "heading"),
    (
        "The cholera epidemic has killed more than 400 people in Malawi and Mozambique since "
        "January, and doctors arrived from Cuba and Brazil on Monday to help.",
        "text",
    ),
    (
        "Malawi's health ministry said new cases had fallen in Blantyre. Mozambique said it had "
        "opened twelve treatment centres.",
        "text",
    ),
    ("Cuba said its doctors would stay for three months. Brazil sent vaccines.", "text"),
    ("Cuba has sent medical teams abroad for decades. Cuban doctors worked in Haiti.", "text"),
]


def test_an_epidemic_has_the_states_it_strikes_as_sides_not_the_helpers() -> None:
    assert set(principals(EPIDEMIC)) == {"Malawi", "Mozambique"}


CLAIMED = [
    ("Gunmen kill nine at Kenyan beach hotel", "heading"),
    (
        "Flags fly at half-mast in Nairobi as police hunt the attackers and al-Shabaab claims "
        "responsibility.",
        "text",
    ),
    (
        "Kenya's interior minister said 40 suspects had been questioned. Kenyan police said the "
        "gunmen had arrived by boat.",
        "text",
    ),
    ("Kenyan troops sealed the coast road. Kenya closed two border crossings.", "text"),
    ("Uganda condemned the attack.", "text"),
]


def test_a_claim_of_responsibility_in_the_lead_makes_the_group_a_side() -> None:
    assert "Al-Shabaab" in principals(CLAIMED)


_FLOOD_BODY = [
    (
        "Mozambique's disaster agency said rescuers had reached villages cut off since the "
        "weekend. Mozambique said roads to the port would reopen on Friday.",
        "text",
    ),
    (
        "Rescuers from South Africa arrived with 12 helicopters. Britain pledged 20 million "
        "pounds in aid.",
        "text",
    ),
    (
        "Death tolls are far lower than in Bangladesh, where a cyclone killed 138,000 people "
        "in 1991.",
        "text",
    ),
]
COUNTED = [
    ("Flood waters rise around Beira as rescuers reach cut-off villages", "heading"),
    (
        "Floods that followed the storm have killed more than 500 people in Mozambique, "
        "officials said on Tuesday.",
        "text",
    ),
    *_FLOOD_BODY,
    ("The same rains killed about 90 people in Malawi last week.", "text"),
]


def test_a_disaster_s_sides_are_the_states_its_body_counts_the_dead_in() -> None:
    assert set(principals(COUNTED)) == {"Mozambique", "Malawi"}


HELPERS_COUNTED = [
    ("Flood waters rise around Beira as rescuers reach cut-off villages", "heading"),
    (
        "Floods that followed the storm have killed more than 500 people in Mozambique, "
        "officials said on Tuesday.",
        "text",
    ),
    ("Malawi sent 300 soldiers and 40 boats to help.", "text"),
    *_FLOOD_BODY,
]


def test_helpers_and_an_earlier_disaster_counted_in_numbers_are_no_sides() -> None:
    # Malawi's boats, South Africa's helicopters, Britain's millions, Bangladesh's old toll.
    assert principals(HELPERS_COUNTED) == ("Mozambique",)
