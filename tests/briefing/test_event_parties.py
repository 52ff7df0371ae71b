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


_CAFE_BODY = [
    (
        "Bangladesh's police chief said the six attackers belonged to Jamaat-ul-Mujahideen "
        "Bangladesh, a banned domestic group. Bangladesh declared two days of mourning.",
        "text",
    ),
    (
        "Japan's prime minister said seven Japanese aid workers had died. Italy's prime minister "
        "said Italy would not give in to hatred. Japan sent a team of forensic experts.",
        "text",
    ),
    ("Italy flew its prosecutors to Dhaka. India offered Bangladesh help.", "text"),
]
MOURNING = [
    ("Japan and Italy mourn their dead after gunmen storm Dhaka cafe", "heading"),
    (
        "Seven Japanese and nine Italians were among the 20 hostages killed when gunmen "
        "stormed a cafe in Dhaka, Bangladesh, on Friday night.",
        "text",
    ),
    *_CAFE_BODY,
]
QUARRELLING = [
    ("Japan and Italy recall envoys from Dhaka over aid workers' expulsion", "heading"),
    (
        "Japan and Italy recalled their ambassadors from Bangladesh on Friday after Dhaka "
        "expelled 20 aid workers, accusing Bangladesh of breaking its agreements.",
        "text",
    ),
    *_CAFE_BODY,
]


def test_in_an_attack_the_victims_states_are_no_sides_its_authors_are() -> None:
    found = principals(MOURNING)
    assert found[0] == "Bangladesh"
    assert "Jamaat-ul-Mujahideen Bangladesh" in found
    assert "Japan" not in found and "Italy" not in found


def test_the_same_states_in_a_quarrel_with_the_state_are_sides() -> None:
    found = principals(QUARRELLING)
    assert "Japan" in found and "Italy" in found


def test_the_attack_s_authors_home_is_no_side_once_they_are_named() -> None:
    found = principals(
        [
            ("Somali militants claim Kampala bombings that killed 74", "heading"),
            (
                "Somalia's al-Shabaab militant group said on Monday it was behind two bombings "
                "that tore through crowds in the Ugandan capital, killing at least 74 people.",
                "text",
            ),
            (
                "Uganda's president vowed that Uganda would hunt down those responsible. "
                "Ugandan police arrested four suspects. Uganda declared a week of mourning. "
                "Uganda has troops in Somalia, where al-Shabaab fights the government.",
                "text",
            ),
            (
                "Kenya put its security forces on alert along its border with Somalia. The "
                "United States condemned the bombings.",
                "text",
            ),
        ]
    )
    assert "Uganda" in found and "Al-Shabaab" in found
    assert "Somalia" not in found


def test_a_state_attacked_not_named_beside_the_authors_stays_a_side() -> None:
    found = principals(
        [
            ("Suicide bombers kill 58 French soldiers in Beirut", "heading"),
            (
                "Suicide bombers drove trucks into the barracks of French and U.S. troops in "
                "Beirut on Sunday, killing 58 French paratroopers and 241 Americans.",
                "text",
            ),
            (
                "The United States said its Marines would stay. France said its troops would "
                "stay. U.S. warships moved closer to the coast. French jets flew over the city.",
                "text",
            ),
            ("A caller said a group called Islamic Jihad had carried out both attacks.", "text"),
        ]
    )
    assert "Palestinian Islamic Jihad" in found
    assert "France" in found and "United States" in found


def test_the_group_s_own_fighters_claiming_name_groups_the_data_now_knows() -> None:
    from briefer.briefing.parties.named_sides import claimants

    told = [
        ("Gunmen storm hotel in Bamako", "heading"),
        (
            "The Sahara-based group al-Mourabitoun said in a message that it had carried out "
            "the attack. In Nairobi, the Somali group al Shabaab said its fighters carried out "
            "the attack. Nabih Berri, leader of the Amal movement, spoke.",
            "text",
        ),
    ]
    assert claimants([make_doc("m", told)]) == ["Al-Mourabitoun", "Al-Shabaab"]


def test_the_group_named_before_the_opening_s_attack_is_its_author() -> None:
    from briefer.briefing.parties.named_sides import attack_story, claimants

    told = [
        ("World leaders condemn Hamas assault as Israel declares war", "heading"),
        ("Western capitals rush to back Israel while Arab states urge restraint", "text"),
        (
            "Leaders condemned the Hamas attack on southern Israel in the strongest terms on "
            "Sunday. Later Hamas said it would talk.",
            "text",
        ),
    ]
    doc = make_doc("h", told)
    assert attack_story([doc])
    assert claimants([doc]) == ["Hamas"]
    # Not in the story's body: an attack named there may be an earlier one.
    told = [
        ("Israel and Egypt open talks on the crossing", "heading"),
        ("Israel and Egypt opened talks on Monday.", "text"),
        ("The Hamas attack on the crossing in 2019 was claimed later.", "text"),
    ]
    assert claimants([make_doc("e", told)]) == []


def test_the_state_leading_the_attack_on_a_side_is_a_side() -> None:
    from briefer.briefing.parties.named_sides import attack_leaders

    told = [
        ("World divided as war begins: how capitals reacted", "heading"),
        (
            "From Paris to Kuala Lumpur, governments lined up for and against the US-led attack "
            "on Iraq, while aid agencies braced for a flood of refugees.",
            "text",
        ),
    ]
    doc = make_doc("w", told)
    assert attack_leaders([doc], ["Iraq"]) == ["United States"]
    assert attack_leaders([doc], ["France"]) == []  # it leads no attack on that side
    assert "United States" in principals(
        [*told, ("Iraq said its forces resisted. Iraq's army fought. Iraq closed roads.", "t")]
    )


def test_the_state_whose_forces_an_attack_killed_is_a_side() -> None:
    told = [
        ("FBI team arrives in Aden as Yemen detains suspects in USS Cole blast", "heading"),
        ("Seventeen American sailors killed; Washington and Sanaa promise an inquiry", "text"),
        (
            "Yemen's police detained six suspects on Sunday. Yemen's president said Yemen would "
            "help. Yemeni officials searched the port. Yemen closed the harbour.",
            "text",
        ),
    ]
    assert set(principals(told)) == {"Yemen", "United States"}
    # Its tourists among the dead make no side of it.
    tourists = [told[0], ("Seventeen American tourists killed in the blast", "text"), told[2]]
    assert principals(tourists) == ("Yemen",)


def test_the_state_striking_is_no_go_between_though_it_once_mediated() -> None:
    told = [
        ("Malaysian jets strike Sulu gunmen as standoff turns deadly", "heading"),
        (
            "Malaysian fighter jets bombed the hideout of armed Filipino intruders in Sabah on "
            "Tuesday, and troops then moved in.",
            "text",
        ),
        (
            "Malaysia had mediated peace talks between the Philippine government and the Moro "
            "Islamic Liberation Front. Malaysia's police sealed the coast. Malaysia's prime "
            "minister said Malaysia would not negotiate.",
            "text",
        ),
        ("The Philippines urged its citizens in Sabah to stay calm.", "text"),
    ]
    assert principals(told)[0] == "Malaysia"


def test_a_state_s_own_body_charged_with_an_attack_is_no_author() -> None:
    from briefer.briefing.parties.named_sides import claimants

    told = [
        ("Poison attack kills exile at airport", "heading"),
        (
            "South Korea said the North's Ministry of State Security was behind the killing, "
            "and that the Ministry of State Security had carried out the attack.",
            "text",
        ),
    ]
    assert claimants([make_doc("s", told)]) == []


def test_a_court_s_warrant_for_a_party_makes_the_court_a_side() -> None:
    found = principals(
        [
            ("Sudan expels aid groups from Darfur", "heading"),
            (
                "Sudan expelled 13 aid groups from Darfur on Thursday, accusing them of "
                "spying. Sudan's army moved into two towns.",
                "text",
            ),
            (
                "Sudan said it would not cooperate. Sudan's foreign minister said Sudan would "
                "defend its sovereignty. Sudanese crowds marched in Khartoum.",
                "text",
            ),
            (
                "On Wednesday the International Criminal Court issued an arrest warrant for "
                "President Omar al-Bashir over killings in the region.",
                "text",
            ),
            ("The African Union asked the Security Council to defer the case.", "text"),
        ]
    )
    assert found[:1] == ("Sudan",)
    assert "International Criminal Court" in found


def test_foreign_divers_at_a_flooded_cave_are_helpers() -> None:
    found = principals(
        [
            ("Foreign divers join race to reach boys trapped in flooded Thai cave", "heading"),
            (
                "British cave divers and US Air Force rescuers joined Thai navy divers at the "
                "mouth of the cave on Friday as pumps fought the rising water.",
                "text",
            ),
            (
                "Thailand's interior minister said the search would go on. Thai soldiers "
                "drilled into the hillside. The U.S. embassy said the United States would "
                "give whatever support Thailand asked for. The United States sent 30 airmen.",
                "text",
            ),
        ]
    )
    assert found == ("Thailand",)
