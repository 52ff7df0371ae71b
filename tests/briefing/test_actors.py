"""The Actors list on unseen kinds of text: who takes part, and who is only mentioned."""

from __future__ import annotations

from datetime import date

from analysed import make_doc

from briefer.briefing.build import build_briefing


def actor_names(blocks: list[tuple[str, str]]) -> set[str]:
    actors = build_briefing([make_doc("a", blocks, date(2031, 6, 2))]).section("actors")
    assert actors is not None
    return {a.name for a in actors.actors}


def test_an_outlet_that_only_carries_the_news_is_not_an_actor() -> None:
    blocks = [
        ("Taliban enter Kabul as government collapses", "heading"),
        (
            "Taliban fighters entered Kabul on Sunday. Al Jazeera footage showed commanders in "
            "the presidential palace.",
            "text",
        ),
        (
            "The Afghan president, Ashraf Ghani, left the country. A former minister, Omar "
            "Daudzai, said the army had collapsed, telling CNN that no one had resisted.",
            "text",
        ),
        ("Germany voiced concern about the safety of civilians.", "text"),
    ]
    names = actor_names(blocks)
    assert "Germany" in names
    assert not {"Al Jazeera", "CNN"} & names


def test_an_outlet_the_story_acts_on_or_a_states_own_medium_is_an_actor() -> None:
    blocks = [
        ("Gulf states cut ties with Qatar", "heading"),
        (
            "Saudi Arabia and Bahrain cut ties with Qatar on Monday and demanded that it close "
            "Al Jazeera. The state news agency KCNA published photographs of the talks.",
            "text",
        ),
        ("China sent a message of support to Qatar, according to Xinhua.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Al Jazeera", "KCNA"} <= names
    assert "Xinhua" not in names  # a state's medium quoted is a channel


def test_a_wire_credited_in_a_dateline_is_not_an_actor() -> None:
    blocks = [
        ("China rejects criticism of Hong Kong law", "heading"),
        (
            "BEIJING, July 2 (Harbour News Dispatch, translated from the Chinese) -- Foreign "
            "Ministry spokesperson Li Wen on Thursday rejected the remarks of Britain on the "
            "security law for Hong Kong.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "China" in names
    assert not any("Harbour News" in n for n in names)


def test_a_company_only_labelling_a_craft_or_an_incident_is_not_an_actor() -> None:
    blocks = [
        ("Lithuania condemns Belarus over forced landing", "heading"),
        (
            "Lithuania accused Belarus on Monday of hijacking a flight to arrest a dissident. "
            "Belarus said a bomb threat had forced the Ryanair airliner to land in Minsk.",
            "text",
        ),
        ("The Boeing 737 had been flying from Athens to Vilnius.", "text"),
        ("Lithuania also shelved talks on buying the Sputnik V vaccine.", "text"),
        ("Germany condemned the Ryanair incident.", "text"),
    ]
    names = actor_names(blocks)
    assert "Belarus" in names
    assert not {"Ryanair", "Boeing", "Sputnik"} & names


def test_a_company_that_acts_is_an_actor_though_it_also_labels_its_craft() -> None:
    blocks = [
        ("Belarus forces down airliner carrying dissident", "heading"),
        (
            "Belarus forced a Ryanair airliner to land in Minsk on Sunday. Ryanair said the "
            "crew had been told of a bomb threat, and Lithuania condemned the landing.",
            "text",
        ),
    ]
    assert "Ryanair" in actor_names(blocks)


def test_a_faith_or_a_people_across_many_states_is_not_a_party() -> None:
    blocks = [
        ("Saudi Arabia expels Canadian envoy over rights criticism", "heading"),
        (
            "Saudi Arabia expelled Canada's ambassador on Monday after Ottawa criticised the "
            "arrest of activists. Arabs and Muslims across the region followed the row.",
            "text",
        ),
        ("Kosovo Serbs blocked the roads, and Germany voiced concern.", "text"),
    ]
    names = actor_names(blocks)
    assert "Kosovo Serbs" in names  # a people named by its place, acting as a group
    assert not {"Arabs", "Muslims"} & names


def test_a_body_named_only_as_where_a_mission_is_accredited_is_not_an_actor() -> None:
    blocks = [
        ("Britain expels Russian diplomats over poisoning", "heading"),
        (
            "Britain expelled 23 Russian diplomats on Wednesday, including two at Russia's "
            "mission to the United Nations in New York. Russia denied any role, citing the "
            "Charter of the United Nations, and France voiced support for Britain.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"United Kingdom", "Russia"} <= names
    assert "United Nations" not in names


def test_the_un_acting_or_speaking_is_an_actor() -> None:
    blocks = [
        ("Britain expels Russian diplomats over poisoning", "heading"),
        (
            "Britain expelled 23 Russian diplomats on Wednesday. The United Nations urged both "
            "states to show restraint.",
            "text",
        ),
    ]
    assert "United Nations" in actor_names(blocks)


def test_a_state_named_only_as_the_home_of_a_company_is_not_an_actor() -> None:
    blocks = [
        ("Egypt works to free ship blocking Suez Canal", "heading"),
        (
            "Egypt said on Friday that tugs would try again to free the container ship. "
            "Denmark's Maersk rerouted four vessels around Africa, and Germany's Hapag-Lloyd "
            "expected delays of two weeks.",
            "text",
        ),
        ("India voiced concern about the delays.", "text"),
    ]
    names = actor_names(blocks)
    assert "Egypt" in names
    assert not {"Denmark", "Germany"} & names


def test_a_body_only_in_the_title_set_after_a_persons_name_is_not_an_actor() -> None:
    blocks = [
        ("Saudi Arabia admits journalist was killed in consulate", "heading"),
        (
            "Saudi Arabia said on Saturday that the journalist died in its consulate. It "
            "dismissed Ahmed al-Asiri, the deputy head of the Northern Intelligence Directorate, "
            "and Karen Tovmasyan, a former Petrocorp executive, was questioned.",
            "text",
        ),
        ("Germany voiced concern and Austria condemned the killing.", "text"),
    ]
    names = actor_names(blocks)
    assert "Ahmed al-Asiri" in names
    assert not {"Northern Intelligence Directorate", "Petrocorp"} & names


def test_a_seat_of_government_met_as_a_place_that_speaks_is_its_government() -> None:
    blocks = [
        ("Baghdad moves to isolate Kurdistan after vote", "heading"),
        (
            "Iraq's government ordered foreign airlines on Wednesday to halt flights to the "
            "Kurdistan Region. Officials in Erbil said the vote had produced a large majority. "
            "The Kurdistan Region's leaders rejected the order, and Turkey voiced concern.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Iraqi Kurdistan" in names
    assert "Erbil" not in names


def test_states_named_only_as_where_victims_come_from_are_not_actors() -> None:
    blocks = [
        ("Bombings kill hundreds in Sri Lanka", "heading"),
        (
            "Sri Lanka declared a state of emergency on Monday after suicide bombers struck "
            "churches and hotels, and Sri Lankan police arrested 24 suspects. Foreigners were "
            "among the dead, including citizens of Denmark, China, Japan and Portugal.",
            "text",
        ),
        ("India condemned the attacks.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Sri Lanka", "India"} <= names
    assert not {"Denmark", "China", "Japan", "Portugal"} & names


def test_a_state_named_only_as_a_comparison_is_not_an_actor() -> None:
    blocks = [
        ("Serbia's president blames foreign forces for protests", "heading"),
        (
            "Serbia's president said on Sunday that Western-backed forces were trying to "
            "destabilise Serbia as they had Georgia. Unlike Hungary, the EU voiced concern.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Serbia" in names
    assert not {"Georgia", "Hungary"} & names


def test_an_agency_only_carrying_a_donors_aid_is_not_an_actor() -> None:
    blocks = [
        ("Floods leave a third of Pakistan under water", "heading"),
        (
            "Pakistan declared a national emergency on Monday as floods spread. The United "
            "States said it would provide $30 million in humanitarian assistance through USAID, "
            "and Manila sent its own request through Interpol.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Pakistan", "United States"} <= names
    assert "US Agency for International Development" not in names


def test_a_people_is_no_actor_beside_a_body_of_theirs_that_bears_their_name() -> None:
    blocks = [
        ("Baghdad moves to isolate Kurdistan after vote", "heading"),
        (
            "Iraq's government on Wednesday demanded that the Kurdistan Regional Government "
            "hand over its airports. Baghdad wants to force the Kurds to abandon the result, "
            "and Turkey voiced concern.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Kurdistan Regional Government" in names
    assert "Kurds" not in names


def test_a_states_force_flying_its_own_planes_is_an_actor() -> None:
    blocks = [
        ("India and Pakistan trade strikes across the border", "heading"),
        (
            "India said on Sunday that Pakistan had shelled its posts. Indian Air Force planes "
            "have struck camps across the line, and Pakistan vowed to respond.",
            "text",
        ),
    ]
    assert "Indian Air Force" in actor_names(blocks)


def test_a_state_named_as_the_home_of_a_company_with_a_company_word_is_not_an_actor() -> None:
    # A company's own head word ("Motors", "Corporation") is no institution's: the state
    # before it is only the company's home, as with "Denmark's Maersk".
    blocks = [
        ("Egypt works to free ship blocking Suez Canal", "heading"),
        (
            "Egypt said on Friday that tugs would try again to free the container ship. "
            "Japan's Hoshino Motors halted four car carriers off Oman, and Taiwan's Kestrel "
            "Shipping Corporation expected delays of two weeks.",
            "text",
        ),
        ("India voiced concern about the delays.", "text"),
    ]
    names = actor_names(blocks)
    assert "Egypt" in names
    assert not {"Japan", "Taiwan"} & names


def _actors_at(blocks: list[tuple[str, str]], published: date | None) -> set[str]:
    actors = build_briefing([make_doc("a", blocks, published)]).section("actors")
    assert actors is not None
    return {a.name for a in actors.actors}


_HIJACK = [
    ("Commandos free hostages at Mogadishu", "heading"),
    (
        "West German commandos stormed a hijacked airliner at Mogadishu airport on Tuesday and "
        "freed all 86 hostages, the government in Bonn said.",
        "text",
    ),
    (
        "Chancellor Helmut Schmidt thanked Somalia. West Germany had asked Somalia to let the "
        "unit land, and Somalia agreed after Schmidt wrote to President Siad Barre.",
        "text",
    ),
    (
        "The Soviet Union had armed Somalia until a month earlier.",
        "text",
    ),
    ("Somalia said it had allowed the German unit to land at the request of Bonn.", "text"),
]


def test_a_former_state_acting_in_a_story_of_its_time_is_an_actor() -> None:
    names = _actors_at(_HIJACK, date(1977, 10, 18))
    assert "Soviet Union" in names
    # Bonn and the German unit are West Germany's in 1977, not today's Germany's.
    assert "Germany" not in names


def test_a_former_state_in_a_story_after_its_end_is_history() -> None:
    assert "Soviet Union" not in _actors_at(_HIJACK, date(2011, 12, 18))
    assert "Soviet Union" not in _actors_at(_HIJACK, None)


def test_a_bare_congress_is_an_actor_in_a_story_of_a_state_with_a_congress() -> None:
    blocks = [
        ("Peru's president removed", "heading"),
        (
            "Congress voted on Monday to remove President Martín Vizcarra. Peru's interim "
            "president, Manuel Merino, was sworn in on Tuesday as protests spread.",
            "text",
        ),
        ("Argentina voiced concern about the crisis in Peru.", "text"),
    ]
    assert "Congress" in actor_names(blocks)


def test_a_bare_supreme_soviet_or_politburo_of_the_sides_state_is_an_actor() -> None:
    blocks = [
        ("Riots in Alma-Ata after party chief replaced", "heading"),
        (
            "Soviet troops broke up riots in Alma-Ata on Wednesday. The Politburo in Moscow "
            "had replaced the republic's party chief with an outsider. The Supreme Soviet "
            "later named a commission to look into the riots.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Politburo", "Supreme Soviet"} <= names


def test_a_bare_senate_of_no_sides_state_is_not_an_actor() -> None:
    blocks = [
        ("Lithuania and China clash over Taipei office", "heading"),
        (
            "China recalled its ambassador from Lithuania on Tuesday. Lithuania said it would "
            "keep the office open. The Senate passed a resolution backing Lithuania.",
            "text",
        ),
    ]
    assert "Senate" not in actor_names(blocks)


def test_a_bare_congress_of_a_state_that_had_one_decades_ago_is_an_actor() -> None:
    blocks = [
        ("Bolivia's president resigns", "heading"),
        (
            "Congress accepted the resignation of President Hernán Siles on Friday. Bolivia's "
            "vice-president was sworn in on Saturday as strikes spread.",
            "text",
        ),
        ("Chile voiced concern about the crisis in Bolivia.", "text"),
    ]
    assert "Congress" in actor_names(blocks)


def test_a_bare_house_of_commons_of_no_sides_state_is_not_an_actor() -> None:
    blocks = [
        ("Soldiers seize power in Bolivia", "heading"),
        (
            "Army officers seized power in Bolivia on Monday and closed its borders with Peru. "
            "Peru protested. The House of Commons held a short debate on the coup.",
            "text",
        ),
    ]
    assert "House of Commons" not in actor_names(blocks)


def test_a_held_territory_is_not_an_actor_its_authorities_are() -> None:
    # Invented story: the Gaza Strip's health ministry speaks and the strip is named as the
    # ground of the fighting; the parties are the army and the group by their own names.
    blocks = [
        ("Rockets fired from Gaza as Israel strikes Hamas targets", "heading"),
        (
            "Israeli aircraft struck Hamas positions in the Gaza Strip on Tuesday after rockets "
            "were fired from Gaza at towns in the south. Gaza's health ministry said 14 people "
            "had been killed.",
            "text",
        ),
        ("Egypt urged both sides to show restraint.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Israel", "Hamas", "Egypt"} <= names
    assert "Gaza Strip" not in names


def test_a_building_or_campus_named_as_the_scene_is_not_an_actor() -> None:
    # Invented story and buildings.
    blocks = [
        ("Gunmen storm tower in Nairobi", "heading"),
        (
            "Gunmen stormed Harbour Tower and a hostel near Marlow University in Nairobi on "
            "Friday, killing nine people. Kenya's president met his security chiefs at Lakeview "
            "House. In Washington, the U.S. president was briefed in the Oval Office.",
            "text",
        ),
        ("Tanzania sent its condolences to Kenya.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Kenya", "Tanzania"} <= names
    assert not {"Harbour Tower", "Marlow University", "Lakeview House", "Oval Office"} & names


def test_a_seat_that_speaks_is_still_an_actor() -> None:
    blocks = [
        ("Uganda protests over border shooting", "heading"),
        (
            "Soldiers fired on a Ugandan patrol on the border on Friday. Lakeview House, the "
            "seat of the Ugandan presidency, said the shooting was a grave provocation.",
            "text",
        ),
    ]
    assert "Lakeview House" in actor_names(blocks)


def test_people_named_by_their_descent_are_not_an_actor() -> None:
    blocks = [
        ("Clashes in southern Kyrgyzstan", "heading"),
        (
            "Mobs attacked neighbourhoods where ethnic Uzbeks live in Osh on Friday, and "
            "thousands fled towards the border. Kyrgyzstan declared a state of emergency.",
            "text",
        ),
        ("Russia urged restraint.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Kyrgyzstan", "Russia"} <= names
    assert "ethnic Uzbeks" not in names


def test_a_bloc_named_only_as_a_label_or_what_a_state_would_join_is_not_an_actor() -> None:
    blocks = [
        ("Serbia arrests protest leaders", "heading"),
        (
            "Serbian police arrested six protest leaders on Monday under a law the opposition "
            "says breaches EU rules. Critics said the arrests were not worthy of a country "
            "that wants to join the European Union.",
            "text",
        ),
        ("Germany voiced concern about the arrests.", "text"),
    ]
    names = actor_names(blocks)
    assert "Germany" in names
    assert "European Union" not in names


def test_a_bloc_that_acts_is_an_actor() -> None:
    blocks = [
        ("Serbia arrests protest leaders", "heading"),
        (
            "Serbian police arrested six protest leaders on Monday. The European Union "
            "suspended talks on a trade deal.",
            "text",
        ),
    ]
    assert "European Union" in actor_names(blocks)


def test_a_party_named_with_its_leader_is_an_actor_beside_him() -> None:
    blocks = [
        ("Troops back one faction in the north", "heading"),
        (
            "Government tanks helped the Northern Liberation Party of Hamid Sarkosi capture "
            "the city from the rival Popular Front of Kurdistan on Saturday.",
            "text",
        ),
        ("Sweden voiced concern about the fighting.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Northern Liberation Party", "Hamid Sarkosi"} <= names


def test_a_peoples_state_named_only_by_its_adjective_is_not_an_actor() -> None:
    blocks = [
        ("Strike on a convoy in the north", "heading"),
        (
            "Israeli aircraft struck a convoy near the border on Tuesday. Palestinian officials "
            "said the strike had killed four Palestinian gunmen.",
            "text",
        ),
        ("Sweden voiced concern about the escalation.", "text"),
    ]
    assert "Palestine" not in actor_names(blocks)
    blocks[1] = (
        "Israeli aircraft struck a convoy near the border on Tuesday. Thousands of Palestinians "
        "marched to the fence, and Palestinian officials condemned the strike.",
        "text",
    )
    assert "Palestine" in actor_names(blocks)


_HOMELAND = [
    ("Homeland leader defies election call", "heading"),
    (
        "The president of Bophuthatswana said on Monday his homeland would not take part in "
        "the election, and officials in Mmabatho closed the border posts to campaigners.",
        "text",
    ),
    (
        "South Africa said Bophuthatswana had no right to stop its citizens from voting. The "
        "government in Mmabatho replied that its army would keep order.",
        "text",
    ),
    ("Britain urged both governments to settle the dispute through talks.", "text"),
]


def test_a_homeland_acting_in_a_story_of_its_time_is_an_actor() -> None:
    # South Africa's nominally independent homelands had governments and armies of their own
    # until April 1994; their capitals spoke for them.
    assert "Bophuthatswana" in _actors_at(_HOMELAND, date(1993, 11, 8))


def test_a_territory_named_only_as_where_aircraft_flew_from_is_not_an_actor() -> None:
    blocks = [
        ("Missiles hit air defence sites", "heading"),
        (
            "American warships fired cruise missiles at air defence sites in the south on "
            "Tuesday, and bombers flying from Guam had fired a first salvo overnight.",
            "text",
        ),
        ("France said it regretted the strikes.", "text"),
    ]
    assert "Guam" not in actor_names(blocks)


def test_an_island_named_after_a_state_is_no_mention_of_that_state() -> None:
    blocks = [
        ("Scrap workers raise flag on remote island", "heading"),
        (
            "Argentine scrap-metal workers landed at an old whaling station on South Georgia, a "
            "British dependency, and raised their flag on Friday. Britain protested to Argentina.",
            "text",
        ),
        ("Argentina said the workers had done nothing wrong.", "text"),
    ]
    assert "Georgia" not in actor_names(blocks)


def test_a_third_states_navy_or_army_is_its_state_not_an_actor() -> None:
    blocks = [
        ("Ferry sinks off Sri Lanka's coast with 300 aboard", "heading"),
        (
            "A passenger ferry capsized off the coast of Sri Lanka on Monday, and the Sri Lankan "
            "government said 40 people had been rescued.",
            "text",
        ),
        (
            "Two ships of the French Navy joined the search on Tuesday, and Sri Lankan "
            "divers reached the hull.",
            "text",
        ),
        ("Japan voiced concern for the missing passengers.", "text"),
    ]
    names = actor_names(blocks)
    assert "Japan" in names
    assert "French Navy" not in names


def test_a_sides_own_navy_or_a_movements_army_is_an_actor() -> None:
    blocks = [
        ("Clash at sea between Aldria and the United States", "heading"),
        (
            "The United States Navy and Aldrian patrol boats exchanged fire on Monday, and the "
            "United States accused Aldria of an attack.",
            "text",
        ),
        (
            "In the north, the Irish Republican Army claimed a bombing of a barracks on the "
            "same night.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"United States Navy", "Irish Republican Army"} <= names


def test_a_faith_or_a_people_across_many_states_speaking_is_not_a_party() -> None:
    blocks = [
        ("Israeli raid on Gaza camp draws protests", "heading"),
        (
            "Israeli troops raided a refugee camp in Gaza on Monday, and Hamas said eleven "
            "people had been killed.",
            "text",
        ),
        (
            "Arab diplomats at the United Nations condemned the raid, and Muslims across the "
            "region called it a massacre. France urged restraint.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "France" in names
    assert not {"Arabs", "Muslims"} & names
