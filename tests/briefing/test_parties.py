"""Principal parties against third parties: each test is one class of evidence `parties` reads.

The documents are written for these tests; the states and groups are real names the gazetteer
knows, the events are invented.
"""

from __future__ import annotations

from datetime import date

from analysed import make_doc, narrated

from briefer.briefing.build import build_briefing, own_clause
from briefer.briefing.model import Span
from briefer.briefing.parties.home_affairs import domestic_story
from briefer.briefing.stats import lead_of, opening, opening_sentences


def principals(*blocks: list[tuple[str, str]]) -> tuple[str, ...]:
    docs = [make_doc(f"d{i}", b, date(2031, 3, 4 + i)) for i, b in enumerate(blocks)]
    return build_briefing(docs).principals


def reaction_actors(blocks: list[tuple[str, str]]) -> set[str]:
    section = build_briefing([make_doc("r", blocks)]).section("reactions")
    assert section is not None
    return {name for i in section.items if i.actor for name in i.actor.split(", ")}


HELPER = [
    ("Guyana and Suriname trade accusations over river island as Brazil offers to mediate", "h"),
    (
        "Guyana accused Suriname on Monday of sending soldiers onto an island in the Corentyne "
        "river, and Suriname said Guyanese police had fired on its fishermen.",
        "text",
    ),
    (
        "Brazil offered to mediate between the two governments. Brazil sent observers to the "
        "river, and Brazil pledged funding for a joint border commission.",
        "text",
    ),
    ("Both governments thanked Brazil for its help. Brazil welcomed their answer.", "text"),
    ("Suriname said its troops would stay on the island until Guyana withdrew its claim.", "t"),
]


def test_a_state_that_only_helps_is_a_third_party_however_often_named() -> None:
    assert set(principals(HELPER)) == {"Guyana", "Suriname"}
    assert "Brazil" in reaction_actors(HELPER)


ELECTION = [
    ("Malawi opposition rejects presidential vote count", "heading"),
    (
        "Malawi's opposition said on Monday it rejected the official count of last week's "
        "presidential election and called its supporters to protest in Lilongwe.",
        "text",
    ),
    (
        "Zambia is Malawi's largest trading partner, and Zambian lorries carry most of "
        "Malawi's fuel. Zambian officials travelled to Lilongwe on Sunday. Zambia's foreign "
        "minister met the electoral commission, and Zambia's ambassador met opposition leaders.",
        "text",
    ),
    ("The electoral commission said the count had been fair.", "text"),
]


def test_in_one_countrys_affair_foreign_states_are_third_parties() -> None:
    assert principals(ELECTION) == ("Malawi",)


def test_a_multi_document_briefing_reads_the_affair_from_its_headlines() -> None:
    later = [
        ("Malawi court hears opposition challenge to vote", "heading"),
        (
            "Malawi's constitutional court began hearing the opposition's challenge on "
            "Thursday. Zambia's president said Zambia would respect the ruling, and Zambian "
            "diplomats attended the hearing.",
            "text",
        ),
    ]
    assert principals(ELECTION, later) == ("Malawi",)


ARMED = [
    ("Al-Shabaab fighters seize Somali town as army pulls back", "heading"),
    (
        "Al-Shabaab fighters seized the town of Bulo Burte on Tuesday after Somalia's army "
        "withdrew, residents said, and Somalia's government vowed to retake it.",
        "text",
    ),
    (
        "Somalia has fought Al-Shabaab for more than fifteen years. Somalia's president said "
        "the army would strike back within days.",
        "text",
    ),
    (
        "Somalia's troops had held Bulo Burte since 2022. Somalia moved reinforcements north "
        "on Wednesday, Somalia closed the main road, and Somalia's air force flew over the "
        "region. Somalia's parliament met in an emergency session. Somalia deployed "
        "special forces the next day.",
        "text",
    ),
    ("Kenya urged both sides to protect civilians.", "text"),
]


def test_an_armed_group_is_a_side_like_a_state() -> None:
    assert set(principals(ARMED)) == {"Somalia", "Al-Shabaab"}
    assert "Kenya" in reaction_actors(ARMED)


# The group holding the hostages is named twice, never beside a word of arms.
HOSTAGES = [
    ("Peru says two kidnapped engineers are alive", "heading"),
    (
        "Peru's interior minister said on Monday that two foreign engineers seized at a copper "
        "mine in the Andes last week were alive and that talks on their release had begun.",
        "text",
    ),
    (
        "The engineers are held by the Shining Path, which wants forty of its members freed from "
        "prison. Church mediators carried a letter from the Shining Path to Lima on Sunday.",
        "text",
    ),
    (
        "Peru's police searched villages around the mine. Peru's president met the families, and "
        "Peru's army closed the roads to the valley. Peru's government said it would not pay.",
        "text",
    ),
    ("Italy's foreign minister called for the engineers to be freed unharmed.", "text"),
]


def test_a_group_the_data_knows_as_armed_is_a_side_the_story_follows() -> None:
    assert set(principals(HOSTAGES)) == {"Peru", "Shining Path"}
    assert "Italy" in reaction_actors(HOSTAGES)


# The story follows the state's army, ministers and police; the group it fights is named only
# after the lead, twice.
INSURGENCY = [
    ("Philippine army says it has retaken two villages on Jolo", "heading"),
    (
        "The Philippine army said on Tuesday that its soldiers had retaken two villages on the "
        "island of Jolo after three days of fighting.",
        "text",
    ),
    (
        "The Philippines sent two more battalions to the island. The Philippine defence minister "
        "flew to Jolo, and the Philippine navy closed the waters around it. The Philippine "
        "president promised rice and medicine to the families who had fled. The Philippine "
        "police set up checkpoints on the roads. The Philippine government said schools would "
        "reopen next week.",
        "text",
    ),
    ("The troops fought Abu Sayyaf in the hills, and Abu Sayyaf fighters fled south.", "text"),
    ("Indonesia urged both sides to spare civilians.", "text"),
]


def test_a_known_armed_group_fighting_a_state_is_the_other_side_however_little_named() -> None:
    assert set(principals(INSURGENCY)) == {"Philippines", "Abu Sayyaf"}
    assert reaction_actors(INSURGENCY) == {"Indonesia"}


TERRITORY = [
    ("Georgia and Abkhazia trade blame after shooting on the boundary line", "heading"),
    (
        "Georgian officials accused Abkhazia's de facto authorities on Friday of shooting a farmer "
        "near the boundary line, and Abkhazia said Georgian police had crossed it first.",
        "text",
    ),
    ("Abkhazia broke away from Georgia in a war in the early 1990s.", "text"),
    (
        "Georgia moved more police to the line on Saturday. Georgia's parliament met in a "
        "closed session, Georgia deployed drones along the line, and Georgia kept the "
        "crossing shut. Georgia's army moved two units north.",
        "text",
    ),
    (
        "Georgia's prime minister said Georgia would not be provoked. Georgia closed the crossing.",
        "t",
    ),
    ("The European Union urged restraint.", "text"),
]


def test_a_territory_with_its_own_authorities_is_a_side() -> None:
    assert set(principals(TERRITORY)) == {"Georgia", "Abkhazia"}
    assert "European Union" in reaction_actors(TERRITORY)


TARGETED = [
    ("Nicaragua bars OAS observers; OAS chief calls move unacceptable", "heading"),
    (
        "Nicaragua barred observers of the Organization of American States from entering the "
        "country on Wednesday, days before a regional vote on its human rights record.",
        "text",
    ),
    (
        "Nicaragua's foreign ministry said the observers had no mandate, and Nicaragua's "
        "president accused the mission of interference. Nicaragua expelled two of them.",
        "text",
    ),
    (
        "Nicaragua left the human rights commission in 2023. Nicaragua's police closed the "
        "road to the airport, Nicaragua's army deployed along the border, and Nicaragua's "
        "parliament passed a motion the same day. Nicaragua also closed two radio stations. "
        "Nicaragua's police held the observers at the airport for six hours, and Nicaragua's "
        "army moved two battalions north.",
        "text",
    ),
    ("Costa Rica said it regretted the decision.", "text"),
]


def test_an_international_body_the_headline_acts_against_is_a_side() -> None:
    assert set(principals(TARGETED)) == {"Nicaragua", "Organization of American States"}
    assert "Costa Rica" in reaction_actors(TARGETED)


THIRD = [
    ("Thai and Cambodian troops clash at disputed temple", "heading"),
    (
        "Thai and Cambodian troops exchanged fire on Wednesday near a disputed temple, and "
        "Thailand closed two crossings with Cambodia.",
        "text",
    ),
    (
        "Malaysia is a neighbour of Thailand. Malaysia's prime minister spoke to both leaders "
        "on Thursday. Malaysia holds the ASEAN chair this year, and Malaysia's foreign "
        "minister is expected in Bangkok. Malaysia has a large Thai community.",
        "text",
    ),
    ("Cambodia said its soldiers had only returned fire.", "text"),
]


def test_a_third_side_must_be_in_the_confrontation() -> None:
    assert set(principals(THIRD)) == {"Thailand", "Cambodia"}


RIOT_BLAMED_ON_NEIGHBOUR = [
    ("Moldova expels Romanian envoy, blames Bucharest for parliament riot", "heading"),
    (
        "Moldova expelled Romania's ambassador on Wednesday, accusing Romania of being behind "
        "the riot in which protesters stormed the parliament.",
        "text",
    ),
    (
        "Romania rejected the accusations. Romania's president said Romania had nothing to do "
        "with the events. Romania's foreign ministry regretted the expulsion. Romanian "
        "officials said Romania would not respond. Romania called the charge a provocation.",
        "text",
    ),
]


def test_the_affair_belongs_to_the_state_its_headline_opens_with() -> None:
    from briefer.briefing.parties.home_affairs import affair_state

    assert affair_state([make_doc("m", RIOT_BLAMED_ON_NEIGHBOUR)]) == "Moldova"
    assert principals(RIOT_BLAMED_ON_NEIGHBOUR) == ("Moldova",)
    # A state opening a clause of its own beside the affair, or none at the headline's start.
    for headline in (
        "Zimbabwe holds 67 mercenaries; Equatorial Guinea says coup plot foiled",
        "Chávez back in power; U.S. faces questions over coup",
        "After the referendum: Montenegro's independence",
        "Peru closes border with Ecuador as thousands join protests",
        "U.S. team meets rival Libyan leaders in Tripoli",
    ):
        doc = make_doc("h", [(headline, "heading"), ("Text.", "text")])
        assert affair_state([doc]) is None, headline


def test_the_affair_belongs_to_the_state_its_word_is_named_with() -> None:
    """A state named with the affair's word ("Tanganyika army mutiny", "coup in Seychelles")
    is the affair's, though a foreign state opens the headline; a capital is its government
    speaking ("Peking sends protest"), and a state acting on the affair owns none."""
    from briefer.briefing.parties.home_affairs import affair_state

    for headline, state in (
        ("British commandos crush Tanganyika army mutiny at Nyerere's request", "Tanganyika"),
        ("Mercenaries surrender in Durban after failed coup in Seychelles", "Seychelles"),
        ("French paratroopers land as Gabonese coup collapses", "Gabon"),
    ):
        doc = make_doc("o", [(headline, "heading"), ("Text.", "text")])
        assert affair_state([doc]) == state, headline
    for headline in (
        "Curfew imposed in Kowloon as rioting spreads and Peking sends protest to London",
        "Zimbabwe holds mercenaries as Equatorial Guinea says coup plot foiled",
        "Opposition leader flies into exile in Spain",
    ):
        doc = make_doc("n", [(headline, "heading"), ("Text.", "text")])
        assert affair_state([doc]) is None, headline
    mutiny = [
        ("British commandos crush Tanganyika army mutiny", "heading"),
        (
            "British commandos landed in Tanganyika on Saturday and disarmed the mutineers. "
            "Britain said its troops would leave soon. British officers had led the army. "
            "Britain flew in more troops. The British commander said the barracks were taken.",
            "text",
        ),
        ("Tanganyika's president thanked the soldiers.", "text"),
    ]
    assert principals(mutiny)[0] == "Tanganyika"


def test_a_seizure_of_power_is_one_countrys_affair() -> None:
    """Officers seizing power, a government overthrown, are the country's own affair though the
    headline never says "coup"; the state power is seized in owns it, whoever seizes it, and a
    former ruler watching from abroad is no side."""
    from briefer.briefing.parties.home_affairs import affair_state

    for headline in (
        "Colonels seize power in Malawi, detain the cabinet",
        "Junior officers took power overnight, radio says",
        "Malawi's president overthrown by colonels",
    ):
        doc = make_doc("s", [(headline, "heading"), ("Text.", "text")])
        assert domestic_story([doc]), headline
    foreign = "Portuguese adventurer seizes power in Malawi"
    doc = make_doc("f", [(foreign, "heading"), ("Text.", "text")])
    assert affair_state([doc]) == "Malawi"
    seized = [
        ("Colonels seize power in Malawi while the president is in Portugal", "heading"),
        (
            "A group of colonels seized power in Malawi on Sunday while President Banda was on "
            "a visit to Portugal, and announced a ruling council.",
            "text",
        ),
        (
            "Portugal said the president would stay in Lisbon as its guest. Portugal gave him a "
            "house near the coast, and Portuguese officials met him on Monday. Portugal's "
            "foreign minister said Portugal would not recognise the council. Portuguese police "
            "guarded the house, and Portugal flew his family out.",
            "text",
        ),
        ("The council closed the airport in Lilongwe.", "text"),
    ]
    assert principals(seized) == ("Malawi",)


def test_a_state_putting_down_the_unrest_at_the_governments_request_is_a_third_party() -> None:
    """Troops sent at the affair's side's request ("at Okonkwo's request") help it: a third
    party however much force they use, unlike a state answering the unrest on its own account."""
    from briefer.briefing.parties.home_affairs import invited

    headline = "British troops crush Zambian army mutiny at President Okonkwo's request"
    asked = [
        (headline, "heading"),
        (
            "British troops stormed the barracks near Lusaka on Monday and fought the mutineers "
            "for two hours at the request of the Zambian government.",
            "text",
        ),
        (
            "British soldiers attacked the rebel positions. British forces clashed with the "
            "mutineers again. The British commander said the fighting was over.",
            "text",
        ),
        ("Zambia's president thanked the soldiers. Zambia declared a curfew.", "text"),
    ]
    assert invited([make_doc("i", asked)]) == {"United Kingdom"}
    assert principals(asked) == ("Zambia",)
    plain = [(headline.split(" at ")[0], "heading"), *asked[1:]]
    assert invited([make_doc("p", plain)]) == {"United Kingdom"}  # the lead asks it too
    told = [(headline.split(" at ")[0], "heading"), ("Fighting went on.", "text")]
    assert invited([make_doc("t", told)]) == frozenset()


def test_domestic_story_reads_headlines_not_the_body() -> None:
    affair = make_doc("a", [("Parliament passes media law", "heading"), ("Text.", "text")])
    dispute = make_doc(
        "b",
        [
            ("Serbia and Kosovo close crossings", "heading"),
            ("Protesters in Kosovo kept roads blocked, and a court held an election case.", "t"),
        ],
    )
    protest = make_doc(
        "c", [("China fires missiles near Taiwan; Tokyo protests", "heading"), ("Text.", "t")]
    )
    assert domestic_story([affair])
    assert not domestic_story([dispute])
    assert not domestic_story([protest])  # a state's protest is diplomacy, not a street protest
    un_vote = make_doc(
        "d", [("Russia blocks UN vote on Ukraine grain corridor", "heading"), ("Text.", "t")]
    )
    assert not domestic_story([un_vote])  # a vote of a body, not of a country
    for headline in ("Unrest spreads to the capital", "Police fire on rioters in Almaty"):
        assert domestic_story([make_doc("e", [(headline, "heading"), ("Text.", "t")])])
    assert not domestic_story([])
    # A country's new (constituent) assembly is its own affair; the UN General Assembly is a
    # body's vote, not a country's.
    assembly = make_doc(
        "f",
        [
            ("EU sanctions officials as neighbours reject Nicaragua's new assembly", "h"),
            ("T.", "t"),
        ],
    )
    assert domestic_story([assembly])
    general = make_doc(
        "g", [("Russia loses UN General Assembly vote on Ukraine", "heading"), ("Text.", "t")]
    )
    assert not domestic_story([general])


MISSION = [
    ("IAEA inspectors reach Iranian enrichment site after months of blocked access", "heading"),
    (
        "Inspectors of the International Atomic Energy Agency reached the Fordow enrichment "
        "site on Monday, months after Iran barred them and shut off the agency's cameras.",
        "text",
    ),
    (
        "Iran's parliament had passed a law ending the inspections in 2020. Iran enriched "
        "uranium to 60 per cent at Fordow last year, and Iran's guards kept the site closed. "
        "Iran moved new centrifuges into the hall in March, and Iran's army ran drills nearby.",
        "text",
    ),
    ("France said it hoped the visit would lead to talks.", "text"),
]


def test_a_body_whose_own_mission_is_the_news_is_a_side() -> None:
    assert set(principals(MISSION)) == {"Iran", "IAEA"}
    assert "France" in reaction_actors(MISSION)


FLIGHT = [
    ("Gambian president resigns and flees to Senegal as crowds storm his palace", "heading"),
    (
        "The Gambia's president resigned on Monday and fled to Senegal by helicopter, hours "
        "after crowds stormed the presidential palace in Banjul.",
        "text",
    ),
    (
        "The Gambia's army chief said soldiers would not fire on protesters, and the Gambia's "
        "parliament named an interim leader. The Gambia's borders stayed open.",
        "text",
    ),
    ("Senegal's foreign ministry said he was staying in Dakar as a private guest.", "text"),
]


def test_where_a_leader_flees_is_a_place_not_a_side() -> None:
    assert principals(FLIGHT) == ("Gambia",)


def test_the_story_is_the_partys_whose_own_people_it_tells_of() -> None:
    from briefer.briefing.parties.choice import party_scores

    host, visitor = narrated("Fiji", "GPE", 5), narrated("Japan", "GPE", 6)
    premier, adviser = narrated("Sitiveni Rabuka", "PERSON", 6), narrated("Ana Tora", "PERSON", 2)
    stats = {st.name: st for st in (host, visitor, premier, adviser)}
    scores = party_scores(stats, {"Sitiveni Rabuka": "Fiji"})
    assert scores["Fiji"] == 5 + (6 + 2) * 0.5  # its premier and the untitled adviser
    assert scores["Japan"] == 6


def test_the_untitled_people_are_the_own_of_the_state_the_story_is_set_in() -> None:
    from briefer.briefing.parties.choice import party_scores

    host, protector = narrated("Tonga", "GPE", 3), narrated("New Zealand", "GPE", 6)
    colonel = narrated("Siosaia Fifita", "PERSON", 6)
    priest = narrated("Viliami Taufa", "PERSON", 2)
    stats = {st.name: st for st in (host, protector, colonel, priest)}
    scores = party_scores(stats, {}, "Tonga")
    assert scores["Tonga"] == 3 + (6 + 2) * 0.5  # with its own people it leads
    assert scores["New Zealand"] == 6
    # Set in a state that does not lead even with them, they stay the leading party's.
    host.weighted = 1
    scores = party_scores(stats, {}, "Tonga")
    assert scores["New Zealand"] == 6 + (6 + 2) * 0.5
    assert scores["Tonga"] == 1


MUTINY = [
    ("Australian jets circle Port Vila as mutineers hold barracks", "heading"),
    (
        "PORT VILA, March 3 2031 — Australian jets flew low over the capital on Tuesday as "
        "soldiers who mutinied overnight held the main barracks in Port Vila.",
        "text",
    ),
    (
        "The mutineers' leader, Joel Tari, said his men wanted their unpaid wages and the "
        "dismissal of the army commander, Sam Kalo. Tari said they would not surrender. Kalo "
        "said loyal troops had surrounded the barracks, and Kalo told the mutineers to lay down "
        "their arms.",
        "text",
    ),
    (
        "Australia said it had sent the jets at the government's request. Australian officials "
        "said Australia would fly in police if asked, and an Australian navy ship was on its "
        "way. Canberra said Australian nationals should stay indoors.",
        "text",
    ),
    (
        "Mele Vatu, a shopkeeper near the barracks, said she had heard shooting all night. "
        "Tari later freed two officers, and Kalo said talks would begin on Wednesday. Tari's "
        "deputy, Noah Sope, said the men trusted Kalo's word.",
        "text",
    ),
]


def test_a_mutiny_is_the_country_it_breaks_out_in_not_its_protectors() -> None:
    assert principals(MUTINY) == ("Vanuatu",)


def test_the_story_is_set_where_its_dateline_and_lead_place_it() -> None:
    from briefer.analysis.headline import with_headline
    from briefer.briefing.parties.ground import story_state

    def setting(blocks: list[tuple[str, str]]) -> str | None:
        return story_state([with_headline(*make_doc("g", blocks))])

    assert setting(MUTINY) == "Vanuatu"
    filed_abroad = [
        ("Mutineers hold barracks for a second day", "heading"),
        (
            "CANBERRA, March 4 2031 — Australian officials said on Wednesday that talks had "
            "begun with the soldiers who mutinied in Port Vila.",
            "text",
        ),
    ]
    assert setting(filed_abroad) is None  # the dateline and the lead disagree
    # Where people go or come from is not where the story happens.
    exiled = [
        ("Mutiny ends as leaders are flown to Fiji", "heading"),
        ("Soldiers surrendered the barracks in Port Vila on Thursday.", "text"),
    ]
    assert setting(exiled) == "Vanuatu"


OWN_VOICES = [
    ("Malawi parliament passes emergency law as protests spread", "heading"),
    (
        "Malawi's parliament passed an emergency law on Tuesday after a week of protests in "
        "Lilongwe and Blantyre.",
        "text",
    ),
    (
        "The main opposition United Democratic Front said the law was a step towards "
        "dictatorship. Malawi's state power company Electricity Supply Corporation said it "
        "would ration electricity.",
        "text",
    ),
    ("Zambia urged Malawi's government to respect the right to protest.", "text"),
]


def test_a_sides_own_parties_and_companies_are_not_third_parties() -> None:
    from briefer.briefing.parties.own_bodies import own_bodies

    doc, analysis = make_doc("o", OWN_VOICES)
    owned = own_bodies([(doc, analysis)], ("Malawi",))
    assert owned == {
        "United Democratic Front": "Malawi",
        "Electricity Supply Corporation": "Malawi",
    }
    actors = reaction_actors(OWN_VOICES)
    assert "Zambia" in actors
    assert not actors & {"United Democratic Front", "Electricity Supply Corporation"}


HOME_GROUND = [
    ("Al-Shabaab fighters seize tanker in Gulf of Aden", "heading"),
    (
        "Al-Shabaab fighters seized a fuel tanker in the Gulf of Aden on Sunday, the group's "
        "second attack on shipping this month.",
        "text",
    ),
    (
        "Al-Shabaab holds most of Somalia's south and seized the capital Mogadishu in 2006. "
        "Al-Shabaab fighters also took Somalia's port of Kismayo, and Al-Shabaab gunmen "
        "have attacked ships since January. The group seized Mogadishu again in 2009 and "
        "held Mogadishu until 2011.",
        "text",
    ),
    (
        "Al-Shabaab boats circled the tanker on Monday, Al-Shabaab guards boarded it, and "
        "Al-Shabaab moved the crew ashore. Al-Shabaab kept the ship near the coast.",
        "text",
    ),
    ("Kenya condemned the attack, and Egypt urged shipping lines to avoid the area.", "text"),
]


def test_the_ground_a_group_holds_is_a_place_not_a_side() -> None:
    assert principals(HOME_GROUND) == ("Al-Shabaab",)
    assert {"Kenya", "Egypt"} <= reaction_actors(HOME_GROUND)


# No headline in the text (it sits in the file's metadata): the lead is all there is.
SPOKEN_LEAD = [
    (
        "Peru and Bolivia accused each other on Monday of breaking a shared fishing quota on "
        "Lake Titicaca, after patrol boats from both sides met near the border line.",
        "text",
    ),
    (
        "Peru's fisheries ministry said Bolivian boats had set nets in its waters. La Paz "
        "denied the claim and said its boats had stayed east of the line.",
        "text",
    ),
]


def test_sides_that_speak_in_the_lead_are_still_the_sides() -> None:
    assert set(principals(SPOKEN_LEAD)) == {"Peru", "Bolivia"}


PAIR = [
    ("Qatar hosts talks between Israel and Hamas on hostage release", "heading"),
    (
        "Qatar hosted a new round of talks between Israel and Hamas in Doha on Sunday, with "
        "Egyptian and American mediators present.",
        "text",
    ),
    (
        "Israel's negotiators met Qatari officials first. Hamas said it wanted a permanent "
        "ceasefire, and Israel said the fighting in Gaza would go on.",
        "text",
    ),
    (
        "Israel's cabinet met on Saturday night, Israel's army kept up its operations in "
        "Rafah, and Israel's chief negotiator flew to Doha.",
        "text",
    ),
    ("Qatar's prime minister said progress had been made. Qatar has mediated since November.", "t"),
]


def test_the_pair_between_whom_talks_are_held_are_the_sides() -> None:
    assert set(principals(PAIR)) == {"Israel", "Hamas"}
    assert "Qatar" in reaction_actors(PAIR)


UNNAMED_PAIR = [
    ("Thousands flee Sudan into Chad as fighting rages in Darfur", "heading"),
    (
        "Thousands of people have fled Sudan into Chad this week as fighting between the army "
        "and the Rapid Support Forces spread across Darfur.",
        "text",
    ),
    (
        "Chad's government said it had opened two new camps. The UN refugee agency said it "
        "needed more money.",
        "text",
    ),
]


def test_a_pair_is_read_even_when_one_side_is_not_a_name() -> None:
    """'between the army and the RSF': the named one is a side; Chad, where people flee, is
    not."""
    assert principals(UNNAMED_PAIR) == ("Sudan", "Rapid Support Forces")


COALITION = [
    ("Baltic states expel Russian diplomats over spying", "heading"),
    (
        "Estonia, Latvia and Lithuania expelled twelve Russian diplomats on Tuesday, accusing "
        "them of spying, and Russia promised a firm answer.",
        "text",
    ),
    (
        "Estonia's security police had watched the diplomats for months. Russia's embassy in "
        "Tallinn closed its consular section, and Russia moved its remaining staff to Riga.",
        "text",
    ),
    ("Poland voiced support for the three states.", "text"),
]


def test_states_acting_together_with_a_side_in_the_lead_are_sides() -> None:
    assert set(principals(COALITION)) == {"Estonia", "Latvia", "Lithuania", "Russia"}
    assert "Poland" in reaction_actors(COALITION)


MENDED = [
    ("Baltic states and Moscow end their feud", "heading"),
    (
        "Estonia, Latvia and Lithuania agreed on Monday to restore full ties with Russia, "
        "ending a row that began in 2029.",
        "text",
    ),
    ("Russia reopened its embassy in Tallinn. Russia lifted its ban on Estonian fish.", "t"),
    ("Poland welcomed the deal.", "text"),
]


def test_states_mending_ties_together_with_a_side_in_the_lead_are_sides() -> None:
    assert set(principals(MENDED)) == {"Estonia", "Latvia", "Lithuania", "Russia"}


BLAMED = [
    ("Quito blames Lima as thousands join protests over fuel prices", "h"),
    (
        "Ecuador's president on Monday blamed Peru for the biggest protests in the country in "
        "years, as police detained more than 200 people in Quito and Guayaquil.",
        "text",
    ),
    ("Protesters marched through Quito for a third day, and police fired tear gas.", "text"),
    ("The interior minister said Peru had paid organisers to stir the unrest.", "text"),
    ("Peru's foreign minister said Peru rejected the claim and urged Ecuador to talk.", "t"),
]


def test_a_foreign_state_blamed_for_one_countrys_affair_is_a_third_party() -> None:
    assert principals(BLAMED) == ("Ecuador",)
    assert "Peru" in reaction_actors(BLAMED)
    # Its own act answering the affair, even in the headline, is the world's reaction to it.
    closed = [("Peru closes border with Ecuador as thousands join protests", "h"), *BLAMED[1:]]
    assert principals(closed) == ("Ecuador",)


SANCTIONED = [
    ("US imposes sanctions on Nicaraguan officials after disputed election", "h"),
    (
        "The United States imposed sanctions on Monday on nine Nicaraguan officials after "
        "President Daniel Ortega won a fourth term in an election Washington called a sham.",
        "text",
    ),
    ("Ortega's main rivals were jailed before the vote, and the opposition called a boycott.", "t"),
    (
        "The U.S. Treasury said the officials had helped Ortega crush dissent, and the United "
        "States will restrict visas for 100 more.",
        "text",
    ),
    ("Ortega called the United States an empire and said Nicaragua would not bow.", "text"),
]


def test_a_foreign_state_sanctioning_one_countrys_affair_is_a_third_party() -> None:
    assert principals(SANCTIONED) == ("Nicaragua",)
    assert "United States" in reaction_actors(SANCTIONED)


UPRISING = [
    ("Protests spread across Lesotho as crowds defy curfew", "h"),
    (
        "Thousands of protesters marched in Maseru on Monday, and Lesotho's opposition called "
        "a general strike for the rest of the week.",
        "text",
    ),
    (
        "South African troops fired on the crowds outside the palace, and South African "
        "soldiers arrested dozens of protesters. South Africa imposed a curfew on the capital "
        "of Lesotho and shut its roads to the north.",
        "text",
    ),
    ("Botswana said it was concerned and urged calm on both sides.", "text"),
]


def test_a_foreign_state_whose_force_answers_one_countrys_unrest_is_a_side() -> None:
    # Its troops fire on the crowds and it imposes the curfew: the occupier in an uprising.
    assert principals(UPRISING) == ("Lesotho", "South Africa")
    assert reaction_actors(UPRISING) == {"Botswana"}
    # Named once beside the unrest, it stays a third party.
    once = [*UPRISING[:2], ("South Africa imposed a curfew on the capital of Lesotho.", "t")]
    assert principals(once) == ("Lesotho",)


GROUND = [
    ("Hamas fighters fire rockets from Gaza at Israeli towns", "h"),
    (
        "Hamas fighters fired dozens of rockets from the Gaza Strip at southern Israel on "
        "Monday, and Israel struck targets across Gaza overnight.",
        "text",
    ),
    ("Gaza was under fire again on Tuesday, and Israeli tanks massed on the Gaza border.", "t"),
    ("Gaza's health ministry said 12 people had been killed in the strikes on Gaza.", "text"),
    ("Egypt urged both sides to show restraint.", "text"),
]


def test_an_armed_group_is_the_side_and_the_territory_it_holds_its_ground() -> None:
    # The territory's score is the group's; its offices speak with the group's voice.
    assert principals(GROUND) == ("Hamas", "Israel")
    assert reaction_actors(GROUND) == {"Egypt"}


ROUND_UP = [
    ("US, EU condemn Russian strikes on Ukraine power grid", "h"),
    (
        "The United States and the European Union condemned on Tuesday a wave of Russian "
        "missile strikes on Ukraine's power plants that left millions without heat.",
        "text",
    ),
    (
        "The U.S. State Department said the strikes were barbaric, and the EU said Russia would "
        "be held to account.",
        "text",
    ),
    (
        "Ukraine said Russia had fired more than 70 missiles, and Ukraine's air force said it "
        "had shot down most of them.",
        "text",
    ),
]


def test_speakers_condemning_a_clash_between_others_in_the_headline_are_third_parties() -> None:
    assert set(principals(ROUND_UP)) == {"Russia", "Ukraine"}
    assert {"United States", "European Union"} <= reaction_actors(ROUND_UP)


def test_an_acts_stance_is_read_from_the_actors_own_clause() -> None:
    blocks = [
        *HELPER[:2],
        ("Panama closed its airspace to both countries, and the step was condemned.", "t"),
    ]
    section = build_briefing([make_doc("c", blocks)]).section("reactions")
    assert section is not None
    stances = {i.actor: i.stance for i in section.items}
    assert stances.get("Panama") == "other"  # the condemnation is not Panama's stance


def test_own_clause_cuts_at_a_clause_about_others() -> None:
    text = "Chile praised the deal, and Peru condemned it."
    spans = (Span(0, 5, "GPE", "Chile"), Span(28, 32, "GPE", "Peru"))
    assert own_clause(text, spans, ["Chile"]) == "Chile praised the deal"
    assert own_clause(text, spans, ["Peru"]) == "Peru condemned it."
    assert own_clause(text, spans, ["Laos"]) == text


def test_a_body_introduced_as_a_sides_own_after_its_name_and_a_party_are_its_own() -> None:
    from briefer.briefing.parties.own_bodies import own_bodies

    blocks = [
        *OWN_VOICES[:2],
        (
            "The People's Renewal Party said the law was needed. Nyasa Grid, Malawi's state "
            "power company, said it would ration electricity.",
            "text",
        ),
        OWN_VOICES[3],
    ]
    owned = own_bodies([make_doc("p", blocks)], ("Malawi",))
    assert owned == {"People's Renewal Party": "Malawi", "Nyasa Grid": "Malawi"}
    assert "Nyasa Grid" not in own_bodies([make_doc("p", blocks)], ("Zambia",))  # Malawi's


def test_a_second_side_absent_from_headline_and_lead_must_be_named_more() -> None:
    from briefer.briefing.parties.choice import choose_principals
    from briefer.briefing.stats import ActorStats

    doc = make_doc("s", [("Ghana and Togo talk trade", "heading"), ("Ghana met Togo.", "t")])
    ghana = ActorStats("Ghana", weighted=10.0)
    for togo_weight, leading, expected in ((3.5, 0, ("Ghana",)), (3.5, 1, ("Ghana", "Togo"))):
        togo = ActorStats("Togo", weighted=togo_weight - leading, leading=leading)
        assert choose_principals({"Ghana": ghana, "Togo": togo}, [doc]) == expected
    togo = ActorStats("Togo", weighted=4.5)  # named often enough without the headline
    assert choose_principals({"Ghana": ghana, "Togo": togo}, [doc]) == ("Ghana", "Togo")


def test_a_body_introduced_as_the_countrys_own_institution_is_a_sides_own() -> None:
    from briefer.briefing.parties.own_bodies import own_bodies

    blocks = [
        *OWN_VOICES[:2],
        ("The Guard of Zomba, the regional police, said it would keep the roads open.", "t"),
        ("The Lake Watch Institute, the research group, said the law was too broad.", "t"),
    ]
    owned = own_bodies([make_doc("i", blocks)], ("Malawi",))
    assert owned.get("Guard of Zomba") == "Malawi"
    assert "Lake Watch Institute" not in owned  # a research group is no institution of a state


SHELLING = [
    ("Russia and Ukraine trade blame over shelling of nuclear plant", "heading"),
    (
        "Russia and Ukraine accused each other on Monday of shelling the Zaporizhzhia nuclear "
        "plant, and Russian troops shelled Ukrainian positions near the plant.",
        "t",
    ),
    ("Ukraine said Russian forces had fired on the plant. Russia said Ukraine attacked it.", "t"),
]


def test_a_state_owned_body_whose_state_goes_unnamed_speaks_for_a_side() -> None:
    for line in (
        "State-owned Rosatom said the plant was safe.",
        "The state nuclear company Rosatom said the plant was safe.",
    ):
        assert "Rosatom" not in reaction_actors([*SHELLING, (line, "t")])
    # With no cue at all, the gazetteer's owner column still knows whose company it is.
    bare = [*SHELLING, ("Rosatom said the plant was safe.", "t")]
    assert not {"Rosatom", "Russia"} & reaction_actors(bare)
    foreign = [*SHELLING, ("Turkey's state-owned Botas said supplies would go on.", "t")]
    assert "Turkey" in reaction_actors(foreign)  # a named third state's company stays its own


ASKS_BODY = [
    ("Armenia urges UN Security Council to act as Azerbaijan presses offensive", "h"),
    (
        "Armenia asked the UN Security Council on Tuesday to send a mission after Azerbaijan "
        "launched an offensive that killed dozens of people, and Armenian troops fired back.",
        "text",
    ),
    ("Azerbaijan said its troops had seized positions near the Armenian border.", "text"),
    (
        "The UN Security Council will meet on Thursday, and UN Secretary-General António "
        "Guterres urged an immediate ceasefire. The UN said its agencies were ready.",
        "text",
    ),
]


def test_the_opening_read_again_is_the_same_and_a_copy_of_its_own() -> None:
    # A document's opening is read once and kept by its sentences: read again it is the same,
    # and what a reader does to its copy reaches no other reader; another document is its own.
    _doc, analysis = make_doc(
        "o", [("Floods cut off the valley", "h"), ("Kenya sent aid on Monday.", "text")]
    )
    _other_doc, other = make_doc(
        "p",
        [
            ("Talks in Geneva", "h"),
            ("By Lena Hartmann", "text"),
            ("Ethiopia and Egypt met on Monday.", "text"),
        ],
    )
    first = opening(analysis)
    first.add(99)
    assert 99 not in opening(analysis)
    assert opening(analysis) == first - {99}
    assert {other.sentences[i].text for i in opening(other)} == {
        "Talks in Geneva",
        "Ethiopia and Egypt met on Monday.",
    }
    assert opening(analysis) == first - {99}


def test_a_newsletters_greeting_is_not_its_lead() -> None:
    # The greeting is the writer's to the reader; the lead is the first sentence of news.
    _doc, analysis = make_doc(
        "g",
        [
            ("Morning briefing", "h"),
            ("Good morning from Montevideo.", "text"),
            ("Uruguay closed its river border with Argentina on Monday.", "text"),
        ],
    )
    assert [analysis.sentences[i].text for i in lead_of(analysis)] == [
        "Uruguay closed its river border with Argentina on Monday."
    ]
    _doc, plain = make_doc(
        "w", [("Aid arrives", "h"), ("Welcome news reached Suva on Monday.", "text")]
    )
    assert [plain.sentences[i].text for i in lead_of(plain)] == [
        "Welcome news reached Suva on Monday."
    ]


def test_a_body_the_sides_ask_to_act_is_not_a_side() -> None:
    chosen = principals(ASKS_BODY)
    assert "United Nations Security Council" not in chosen
    assert "Azerbaijan" in chosen


def test_the_opening_is_the_wrapped_headline_and_the_first_sentence_of_the_story() -> None:
    _doc, analysis = make_doc(
        "w",
        [
            ("Briefing note: the river dispute after the", "h"),
            ("second filling of the dam", "h"),
            ("Nile Monitor · Briefing note no. 14 · 21 July 2031", "text"),
            ("By Lena Hartmann in Cairo", "text"),
            ("Ethiopia said on Monday it had filled the dam. Egypt objected.", "text"),
        ],
    )
    chosen = {analysis.sentences[i].text for i in opening(analysis)}
    assert "second filling of the dam" in chosen  # the headline's second line
    assert "Ethiopia said on Monday it had filled the dam." in chosen  # the lead
    assert not any("Monitor" in t or "Hartmann" in t or "Egypt" in t for t in chosen)
    # The same sentences in the order the text tells them: the headline's lines, then the lead.
    told = [s.text for s in opening_sentences(analysis)]
    assert told == [
        "Briefing note: the river dispute after the",
        "second filling of the dam",
        "Ethiopia said on Monday it had filled the dam.",
    ]


WATCHING_POWER = [
    ("China holds drills around Taiwan after president's transit through US", "h"),
    (
        "China's military held live-fire drills around Taiwan on Saturday, days after Taiwan's "
        "president stopped over in the United States.",
        "text",
    ),
    ("Taiwan said it had tracked 40 Chinese aircraft and put its forces on alert.", "text"),
    (
        "The drills came a week before talks between the United States and China in "
        "Washington, and the US said it was monitoring them.",
        "text",
    ),
    (
        "The United States is Taiwan's main arms supplier, and US officials urged China to "
        "show restraint.",
        "text",
    ),
]


def test_a_power_named_near_the_drills_it_watches_is_not_a_third_side() -> None:
    assert set(principals(WATCHING_POWER)) == {"China", "Taiwan"}


UNREST_IN_REGION = [
    ("Uzbekistan: investigation needed into killings in Karakalpakstan", "heading"),
    (
        "Uzbekistan should allow an independent investigation into the killing of protesters in "
        "Nukus, the capital of the autonomous Republic of Karakalpakstan, a rights group said.",
        "text",
    ),
    (
        "The protests began after draft amendments to Uzbekistan's constitution would have "
        "removed Karakalpakstan's status as a sovereign republic. Uzbekistan's president flew "
        "to Nukus and dropped the amendments. Karakalpakstan's status will stay as it is.",
        "text",
    ),
    (
        "Uzbekistan's police detained 516 people, Uzbekistan declared a state of emergency, and "
        "Uzbekistan cut internet access in the region.",
        "text",
    ),
]


def test_a_region_that_is_only_the_ground_of_its_states_affair_is_no_side() -> None:
    # A territory with its own authorities that neither speaks nor fights is where the state's
    # affair happens: the state is the one side.
    assert principals(UNREST_IN_REGION) == ("Uzbekistan",)
    # The same region speaking for itself is a side (Abkhazia in TERRITORY above).
    assert set(principals(TERRITORY)) == {"Georgia", "Abkhazia"}


CONDEMNED_DEED = [
    ("Pakistan strongly condemns burning of holy book in Stockholm", "heading"),
    (
        "Pakistan has strongly condemned the burning of a holy book outside a mosque in the "
        "Swedish capital Stockholm, its foreign ministry said.",
        "text",
    ),
    (
        "Swedish police had allowed the protest after a court ruled that a ban was unlawful, "
        "and Sweden's prime minister said the act was lawful but inappropriate. Sweden raised "
        "its terror alert level, and Swedish police opened an investigation.",
        "text",
    ),
]


def test_a_state_condemning_a_deed_whose_doer_goes_unnamed_is_a_third_party() -> None:
    assert principals(CONDEMNED_DEED) == ("Sweden",)
    assert "Pakistan" in reaction_actors(CONDEMNED_DEED)


ACTED_ON_TOGETHER = [
    ("France recalls envoys from Washington and Canberra in fury over submarine deal", "heading"),
    (
        "France recalled its ambassadors on Friday after Canberra scrapped an order for French "
        "submarines.",
        "text",
    ),
    (
        "Australia said it had acted in its national interest, and Australia's prime minister "
        "said France had been warned. France called the move a betrayal behind our backs, and "
        "France cancelled a gala at its embassy. Australia will build eight submarines.",
        "text",
    ),
    ("Japan welcomed the pact.", "text"),
]
DRILLS_NEAR = [
    ("China holds drills near Taiwan and Japan", "heading"),
    (
        "China's army fired missiles into waters around Taiwan on Monday, and Taiwan put its "
        "forces on alert as China's ships circled the island.",
        "text",
    ),
    ("Taiwan's defence ministry said China's drills were a rehearsal for a blockade.", "text"),
]


def test_states_the_headline_act_falls_on_together_with_a_side_are_sides() -> None:
    assert set(principals(ACTED_ON_TOGETHER)) == {"France", "Australia", "United States"}
    # A list named as ground of the act ("drills near") is no list of sides.
    assert "Japan" not in principals(DRILLS_NEAR)


ACCUSED_TOGETHER = [
    ("Ecuador accuses European states over grounded presidential jet", "heading"),
    (
        "Ecuador's president flew home on Wednesday after his jet was held for 13 hours, and his "
        "government accused France, Portugal, Spain and Italy of endangering his life by closing "
        "their airspace.",
        "text",
    ),
    (
        "Ecuador said it would take the case to the United Nations. Ecuador's foreign "
        "minister called it an outrage, and Ecuador recalled its envoys. Ecuador's allies "
        "met on Thursday.",
        "text",
    ),
    (
        "Ecuador's jet landed in Quito late on Wednesday. Ecuador's congress met in an "
        "emergency session, and Ecuador's ministers joined the crowds that met the jet. Ecuador "
        "has been a close partner of the four states, and Ecuador's trade with them grew last "
        "year. Ecuador's envoys left their posts on Thursday.",
        "text",
    ),
]


def test_states_a_sides_own_act_falls_on_together_are_sides() -> None:
    # "his government accused France, Portugal, Spain and Italy": the states the side's act
    # falls on in the lead are the other side, though none of them leads the story.
    assert set(principals(ACCUSED_TOGETHER)) == {"Ecuador", "France", "Portugal", "Spain", "Italy"}


TOWN_BESIEGED = [
    ("Rebels close in on Goma as the army rushes troops east", "heading"),
    (
        "M23 rebels fought their way into the outskirts of Goma on Monday, and tens of thousands "
        "of people fled the city towards the Rwandan border as the army fell back.",
        "text",
    ),
    (
        "Shells fell on Goma's airport overnight. The rebels said they would take Goma within "
        "days, and the M23 called on the army to surrender in Goma.",
        "text",
    ),
    ("Kenya urged restraint. Kenya offered to host talks.", "text"),
]


def test_a_story_set_in_a_town_of_a_state_has_that_state_as_a_side() -> None:
    # Goma is in the gazetteer with no state: the state it lies in is read from `place_states`.
    assert "DR Congo" in principals(TOWN_BESIEGED)


def _front_story(ref: str, its: str) -> list[tuple[str, str]]:
    return [
        ("Malawi's army falls back from the north", "heading"),
        (
            "Malawi's army fell back from three northern towns on Monday, and Malawi's "
            "government declared a state of emergency in Malawi's northern region.",
            "text",
        ),
        (
            "The Malawian People's Revolutionary Democratic Front took the town of Karonga on "
            "Sunday.",
            "text",
        ),
        (
            f"On Tuesday {ref} announced a provisional administration, and {its} fighters manned "
            f"the checkpoints. {ref.capitalize()} said {ref} would hold talks. "
            f"{its.capitalize()} tanks reached the outskirts of the capital.",
            "text",
        ),
        (
            "Malawi's president said Malawi would never negotiate, and Malawi's ministers met "
            "in Lilongwe.",
            "text",
        ),
    ]


def test_a_group_called_the_front_after_its_full_name_is_a_side() -> None:
    # Named once in full, then "the front": each back-reference counts as naming it.
    front = "Malawian People's Revolutionary Democratic Front"
    assert principals(_front_story("the front", "the front's")) == ("Malawi", front)
    assert front not in principals(_front_story("it", "its"))


ENVOY_ABROAD = [
    ("Envoy begins peace mission as uprising enters twelfth week", "heading"),
    (
        "U.S. Secretary of State John Parker arrived in Israel on Thursday to press a new peace "
        "plan on Israeli and Arab leaders, as the Palestinian uprising in the occupied West Bank "
        "entered its twelfth week with no sign of calm.",
        "text",
    ),
    (
        "Parker, who flew in from Rome, was to meet Prime Minister Yitzhak Shamir on Friday. "
        "Parker will then travel to Amman and Cairo. Aides said Parker would stay a week, and "
        "Parker's plan proposes talks on autonomy. Parker has briefed President Reagan.",
        "text",
    ),
    (
        "Israeli troops fired on stone-throwing Palestinians in Nablus, and Israel's army sealed "
        "off the camps. Israel said the uprising was organised from abroad.",
        "text",
    ),
]


def test_an_envoy_abroad_does_not_make_the_story_his_states() -> None:
    # The text follows the visiting secretary of state more than anyone; his state is not the
    # story's for that (he "arrived in Israel").
    chosen = principals(ENVOY_ABROAD)
    assert chosen[0] == "Israel"
    assert "United States" not in chosen


UNDER_PRESSURE = [
    ("Ecuador agrees to pull troops out of Peru under OAS pressure", "heading"),
    (
        "Ecuador agreed on Tuesday to withdraw its troops from the Peruvian border towns they "
        "seized last week, after the Organization of American States threatened sanctions.",
        "text",
    ),
    (
        "Peru said its army would retake the towns if Ecuador's troops stayed. The OAS welcomed "
        "the decision.",
        "text",
    ),
]


def test_a_body_under_whose_pressure_a_side_acts_is_not_the_target_of_its_act() -> None:
    # "under OAS pressure": a preposition, not the headline act falling on the body.
    assert principals(UNDER_PRESSURE) == ("Ecuador", "Peru")


OFFER_REJECTED = [
    ("Indonesia rejects ASEAN haze aid as row with Singapore deepens", "heading"),
    (
        "Indonesia turned down on Monday an offer of firefighting aircraft from ASEAN, as its "
        "quarrel with Singapore over the smoke from its forest fires grew more bitter.",
        "text",
    ),
    (
        "Singapore accused Indonesia of failing to act, and Indonesia said Singapore should "
        "stop lecturing it. ASEAN said its offer stood. ASEAN ministers will meet next week.",
        "text",
    ),
    (
        "ASEAN had sent aircraft to help in 2013, and ASEAN's haze agreement binds its members "
        "to cooperate. ASEAN's secretary-general called the fires a regional crisis.",
        "text",
    ),
]


def test_a_body_whose_offer_a_side_rejects_is_not_the_target_of_its_act() -> None:
    # "rejects ASEAN haze aid": the aid is the object, the bloc only offers it; the story is
    # the quarrel's two sides'.
    assert set(principals(OFFER_REJECTED)[:2]) == {"Indonesia", "Singapore"}


LEADERS_MEND = [
    ("Biden and Macron patch up ties after submarine row", "heading"),
    (
        "President Joe Biden and French President Emmanuel Macron agreed on Wednesday that "
        "France's ambassador would return to her post next week.",
        "text",
    ),
    (
        "There was no such thaw for Australia. Australia's prime minister said Australia would "
        "be patient, and Australia will still build eight submarines. Australia's envoy to "
        "Paris remains in Canberra.",
        "text",
    ),
    ("Japan welcomed the strengthening of cooperation.", "text"),
]


def test_leaders_mending_ties_with_a_side_in_the_headline_bring_their_states_in() -> None:
    assert {"United States", "France"} <= set(principals(LEADERS_MEND))


ONE_STATES_PEOPLE_IN_ANOTHER = [
    ("Kosovo police clash with Serb protesters as Belgrade puts army on alert", "heading"),
    (
        "Kosovo police fired tear gas at Serb protesters in Zvecan on Monday, and Serbia put its "
        "army on the highest alert, accusing Pristina of attacking Serbs.",
        "text",
    ),
    (
        "Serbia's president said Serbia would not allow a pogrom. Kosovo's prime minister said "
        "Belgrade was stirring unrest, and Kosovo's government accused Serbia of sending "
        "agitators.",
        "text",
    ),
    ("The European Union urged both sides to de-escalate.", "text"),
]


def test_protests_by_one_states_people_in_another_are_no_domestic_affair() -> None:
    # "Serb protesters" facing Kosovo's police: two states' quarrel, and the police act for
    # their state.
    assert set(principals(ONE_STATES_PEOPLE_IN_ANOTHER)) == {"Serbia", "Kosovo"}
    assert domestic_story([make_doc("p", ONE_STATES_PEOPLE_IN_ANOTHER)]) is False


MEDIATED = [
    ("Qatar holds talks with Hamas on hostage deal as Israel presses offensive", "heading"),
    (
        "Qatar held talks with Hamas leaders in Doha on Monday on a deal to free hostages, as "
        "Israeli troops pressed their offensive in Gaza.",
        "text",
    ),
    (
        "Israel's army said it had struck 200 targets overnight, and Israel's defence minister "
        "said the offensive would go on. Hamas fired rockets at Tel Aviv, and Israel said it had "
        "intercepted most of them. Israel called up 10,000 more reservists on Tuesday, and "
        "Israel moved tanks deeper into Gaza.",
        "text",
    ),
    (
        "Qatar, which has mediated between Israel and Hamas since the war began, said the talks "
        "had been constructive.",
        "text",
    ),
    ("Egypt urged both sides to agree a truce.", "text"),
]


def test_a_party_the_text_makes_the_go_between_is_no_side() -> None:
    # Talks between the mediator and one side put the mediator in the headline and lead.
    assert set(principals(MEDIATED)) == {"Israel", "Hamas"}
    assert "Qatar" in reaction_actors(MEDIATED)


PEACEKEEPERS_HIT = [
    ("Dozens hurt as NATO peacekeepers clash with Serb protesters in north Kosovo", "heading"),
    (
        "KFOR forces fired tear gas at Serb protesters in Zvecan on Monday, and Serbia put its "
        "army on the highest alert, accusing Kosovo of provoking the clashes.",
        "text",
    ),
    (
        "Serbia's president blamed Kosovo's prime minister for the violence. Kosovo said Serbia "
        "was stirring unrest.",
        "text",
    ),
    (
        "KFOR, the NATO-led peacekeeping force, said 30 of its soldiers had been hurt, and KFOR "
        "troops later withdrew from the town hall.",
        "text",
    ),
    ("The European Union urged calm.", "text"),
]
EXPELLED = [
    ("Mali orders UN peacekeepers to leave", "heading"),
    (
        "Mali's junta on Friday ordered the UN peacekeeping mission to withdraw without delay, "
        "accusing it of failing to stop jihadist attacks.",
        "text",
    ),
    ("Mali's foreign minister told the Security Council that Mali had lost trust in it.", "t"),
]


def test_peacekeepers_near_the_fighting_are_no_side_unless_their_mission_is_the_news() -> None:
    assert set(principals(PEACEKEEPERS_HIT)) == {"Serbia", "Kosovo"}
    assert "United Nations" in principals(EXPELLED)


ACCUSER = [
    ("Rebels seize Goma airport as fighting spreads", "heading"),
    (
        "M23 rebels seized the airport in Goma on Sunday after days of fighting, and Rwandan "
        "troops shelled the city's outskirts, residents said.",
        "text",
    ),
    (
        "Congo's government accused Rwanda of sending thousands of troops to back the rebels. "
        "Congo's army accused Rwanda of shelling the airport.",
        "text",
    ),
    (
        "Rwanda said its forces were defending the border. Rwanda's army said it had fired at "
        "rebel positions, and Rwanda's troops moved north. Rwanda has denied arming the M23.",
        "text",
    ),
    ("Kenya called for talks.", "text"),
]


def test_a_side_met_mostly_accusing_the_other_is_still_a_side() -> None:
    assert "DR Congo" in principals(ACCUSER)
    assert "Kenya" not in principals(ACCUSER)


BLAMED_EACH_OTHER = [
    ("IAEA chief warns of nuclear disaster as shelling hits Zaporizhzhia plant", "heading"),
    (
        "The head of the International Atomic Energy Agency, Rafael Grossi, warned on Sunday of"
        " a nuclear disaster after shelling hit the Zaporizhzhia plant, which Russian forces "
        "have occupied since March.",
        "text",
    ),
    (
        "Russia and Ukraine blamed each other for the shelling. Russia's defence ministry said "
        "Ukrainian artillery had fired at the plant, and Ukraine said Russian troops had "
        "shelled it themselves.",
        "text",
    ),
    (
        "The IAEA said two of its experts at the plant were safe. The IAEA has asked for a "
        "safety zone around the plant, and Grossi said the agency would keep its team there. "
        "The IAEA board meets next week.",
        "text",
    ),
    ("France called for the IAEA to be given full access.", "text"),
]


CARRIER = [
    ("US sends carrier to eastern Mediterranean as Israel and Hezbollah exchange fire", "heading"),
    (
        "The United States on Monday ordered an aircraft carrier to the eastern Mediterranean, "
        "as Israel and Hezbollah exchanged fire across the Lebanese border for a third day.",
        "text",
    ),
    (
        "The US defence secretary said the carrier would deter any wider war. The US also moved"
        " fighter jets to Cyprus.",
        "text",
    ),
    (
        "Israel's army said it had struck Hezbollah positions in south Lebanon, and Hezbollah "
        "fired rockets at Israeli towns.",
        "text",
    ),
    ("Egypt urged restraint.", "text"),
]


ALARMED = [
    ("Russia alarmed by border clashes between Armenia and Azerbaijan", "heading"),
    (
        "Russia's foreign ministry said on Tuesday it was alarmed by clashes between Armenian "
        "and Azerbaijani troops on their border, which killed six soldiers.",
        "text",
    ),
    (
        "Russia keeps peacekeepers in the region, and Russia's foreign minister spoke to both "
        "counterparts.",
        "text",
    ),
    (
        "Armenia said Azerbaijani troops had attacked its positions. Azerbaijan said Armenia "
        "had fired first.",
        "text",
    ),
]


NEIGHBOUR = [
    ("Chad closes border as Sudan's army and RSF fight for Darfur town", "heading"),
    (
        "Chad closed its border with Sudan on Sunday as fighting between the Sudanese army and "
        "the Rapid Support Forces reached El Geneina.",
        "text",
    ),
    (
        "Chad's government said 20,000 refugees had crossed in a week. Chad sent troops to the "
        "border, and Chad's president met aid agencies in the east. Chad asked for help from "
        "the United Nations.",
        "text",
    ),
    (
        "The Sudanese army said it had repelled an RSF attack, and the RSF said it had taken "
        "the army base.",
        "text",
    ),
    ("The African Union urged both sides to stop fighting.", "text"),
]


OPPOSED = [
    ("Israel and Hezbollah trade fire across the border", "heading"),
    (
        "Israel's army said on Monday it had struck Hezbollah positions in south Lebanon after "
        "anti-tank missiles were fired at an army post.",
        "text",
    ),
    (
        "The clashes along the border between Israel and Lebanon are the worst in a year. "
        "Lebanon's army said an Israeli shell had hit one of its posts, and Lebanon filed a "
        "complaint with the Security Council.",
        "text",
    ),
    (
        "Hezbollah said it had attacked five Israeli positions. Lebanon's prime minister said "
        "Lebanon did not want war.",
        "text",
    ),
    ("France urged restraint.", "text"),
]


PATRON = [
    ("Turkey vows support for Azerbaijan as fighting with Armenia escalates", "heading"),
    (
        "Turkey said on Monday it would stand by Azerbaijan with all its means, as fighting "
        "between Azerbaijani and Armenian forces spread along the border.",
        "text",
    ),
    (
        "Azerbaijan's defence ministry said Armenian troops had shelled its positions, and "
        "Armenia said Azerbaijani forces had attacked three villages.",
        "text",
    ),
    (
        "Turkey's president spoke to Azerbaijan's president twice. Turkey's defence minister "
        "said Turkey would send advisers, and Turkish drones have been used by Azerbaijan's "
        "army. Turkey has long backed Azerbaijan.",
        "text",
    ),
    ("Russia called for a ceasefire.", "text"),
]


HOSTS = [
    ("Saudi Arabia and US host talks between Sudan's army and RSF in Jeddah", "heading"),
    (
        "Saudi Arabia and the United States hosted talks on Saturday between the Sudanese army "
        "and the Rapid Support Forces in Jeddah, as fighting raged in Khartoum.",
        "text",
    ),
    (
        "Saudi Arabia said the delegations had agreed to discuss a truce. The US said it would "
        "monitor any ceasefire. Saudi Arabia evacuated 5,000 foreigners last month.",
        "text",
    ),
    (
        "The army said it had repelled an RSF attack on its headquarters, and the RSF said its "
        "fighters had shot down a jet.",
        "text",
    ),
    ("Egypt welcomed the talks.", "text"),
]


OBJECTIONS = [
    ("Ethiopia completes third filling of Nile dam", "heading"),
    (
        "Ethiopia said on Sunday it had completed the third filling of its dam on the Blue "
        "Nile, despite objections from Egypt and Sudan.",
        "text",
    ),
    (
        "Egypt called the filling a violation of international law. Sudan said it had not "
        "received data on the timing.",
        "text",
    ),
    (
        "Ethiopia's prime minister said the dam would harm no one. Ethiopia says the dam is "
        "vital for its development.",
        "text",
    ),
    (
        "Egypt's foreign minister said Egypt would take the matter to the Security Council. "
        "Egypt depends on the Nile for 90 per cent of its water. Sudan fears for its own dams.",
        "text",
    ),
    ("The African Union urged the three countries to resume talks.", "text"),
]


def test_two_parties_blaming_each_other_are_the_sides_and_a_town_is_none() -> None:
    # Ukraine appears only in its own words and in the quarrel "Russia and Ukraine blamed each
    # other"; the plant's town, of no known state, is ground, not a side.
    chosen = principals(BLAMED_EACH_OTHER)
    assert {"Russia", "Ukraine"} <= set(chosen)
    assert "Zaporizhzhia" not in chosen


def test_a_power_more_present_than_the_pair_set_against_each_other_is_no_side() -> None:
    # The patron sending a carrier, the power alarmed, the neighbour closing its border: each
    # as present as the pair, none set against them.
    assert set(principals(CARRIER)) == {"Israel", "Hezbollah"}
    assert set(principals(ALARMED)) == {"Armenia", "Azerbaijan"}
    assert set(principals(NEIGHBOUR)) == {"Sudan", "Rapid Support Forces"}
    # One the text sets against them too ("the border between Israel and Lebanon") is a side.
    assert set(principals(OPPOSED)) == {"Israel", "Hezbollah", "Lebanon"}


def test_a_state_saying_it_will_back_a_side_or_hosting_talks_with_others_is_no_side() -> None:
    assert set(principals(PATRON)) == {"Azerbaijan", "Armenia"}
    assert set(principals(HOSTS)) == {"Sudan", "Rapid Support Forces"}


def test_states_whose_objections_the_lead_names_are_sides_together() -> None:
    # "despite objections from Egypt and Sudan": who objects, not where from; the two object
    # together, so both are sides however little each is named alone.
    assert set(principals(OBJECTIONS)) == {"Ethiopia", "Egypt", "Sudan"}


TOLD_FROM = [
    ("Briefing: the Nile dam after the second filling", "heading"),
    (
        "Ethiopia said on Monday that it had completed the second filling of its dam on the "
        "Blue Nile, despite the objections of Egypt and Sudan.",
        "text",
    ),
    ("Egypt called the filling illegal. Sudan said it had been given no data.", "text"),
    (
        "Egypt depends on the Nile for its water, and Egypt's farmers fear the summer. Sudan's "
        "dams lie downstream, and Sudan's engineers opened two gates. Egypt and Sudan met in "
        "Khartoum in June.",
        "text",
    ),
    ("Ethiopia's minister wrote that Ethiopia's turbines would turn this year.", "text"),
    (
        "Ethiopia began building the dam in 2011, and Ethiopia has paid for it alone. Egypt and "
        "Sudan signed a pact with Ethiopia in 2015.",
        "text",
    ),
    ("The African Union has led the talks since 2020.", "text"),
]


def test_the_party_the_lead_is_told_from_is_a_third_side_without_fighting_words() -> None:
    # Ethiopia opens the lead as its subject; few of its mentions stand near words of
    # confrontation, which a third side needs otherwise.
    assert set(principals(TOLD_FROM)) == {"Egypt", "Sudan", "Ethiopia"}


def test_a_press_releases_place_and_date_is_not_its_lead() -> None:
    _doc, analysis = make_doc(
        "pr",
        [
            ("Ukraine takes grain bans to the WTO", "h"),
            ("Kyiv, 18 September 2031.", "text"),
            ("Ukraine today asked Poland, Hungary and Slovakia for consultations.", "text"),
        ],
    )
    chosen = {analysis.sentences[i].text for i in opening(analysis)}
    assert "Ukraine today asked Poland, Hungary and Slovakia for consultations." in chosen
    assert "Kyiv, 18 September 2031." not in chosen


PROCEEDINGS = [
    ("Ukraine initiates WTO dispute proceedings over grain bans", "heading"),
    (
        "Ukraine on Monday filed requests for consultations under the rules of the World Trade "
        "Organization over the bans Poland and Hungary imposed on Ukrainian grain.",
        "text",
    ),
    (
        "Poland's ban covers wheat and maize, and Hungary's measure covers 24 products. Poland "
        "said the ban would stay, and Hungary said it protected its farmers.",
        "text",
    ),
    ("The WTO said it had received the requests.", "text"),
]


def test_a_bodys_procedure_the_headline_act_falls_on_makes_no_side_of_the_body() -> None:
    # "initiates WTO dispute proceedings": the proceedings are the object, the WTO a venue.
    assert "World Trade Organization" not in principals(PROCEEDINGS)


QUARREL_WITH = [
    ("Saudi account of journalist's death leaves allies unconvinced", "heading"),
    (
        "Saudi Arabia's admission that the journalist was killed inside its consulate in "
        "Istanbul was meant to close the matter.",
        "text",
    ),
    (
        "Instead, the kingdom's account has deepened a crisis with Turkey. Saudi Arabia "
        "detained 18 men, and Saudi Arabia's king dismissed five officials. Saudi Arabia "
        "has offered no body. Saudi Arabia's prosecutor spoke of a fistfight, and Saudi "
        "Arabia's foreign minister called it a mistake. Saudi Arabia's allies closed ranks.",
        "text",
    ),
    ("Turkey has not accepted the Saudi version.", "text"),
    ("Germany said there could be no arms exports to Saudi Arabia for now.", "text"),
]


def test_the_other_side_of_a_named_quarrel_is_a_side_however_seldom_named() -> None:
    assert set(principals(QUARREL_WITH)) == {"Saudi Arabia", "Turkey"}


DASH_PAIR = [
    ("What the air crash did to Azerbaijan–Russia relations", "heading"),
    (
        "Vladimir Putin finally said last week that Russian air defence missiles had exploded "
        "close to the Azerbaijani airliner, as Baku had demanded for ten months.",
        "text",
    ),
    (
        "Azerbaijan accused Russia of trying to hide the facts, and Azerbaijan cancelled "
        "Russian cultural events. Russia summoned Azerbaijan's ambassador.",
        "text",
    ),
    (
        "A deal signed in Washington sidelined Moscow, which had mediated between Armenia and "
        "Azerbaijan for decades.",
        "text",
    ),
]
MEDIATOR_ACCUSED = [
    *MEDIATED[:-1],
    ("Some Israeli ministers have accused Qatar of sheltering Hamas leaders.", "text"),
    MEDIATED[-1],
]


def test_a_pair_joined_by_a_dash_is_no_go_between_however_it_once_mediated() -> None:
    assert set(principals(DASH_PAIR)) == {"Azerbaijan", "Russia"}
    # A go-between accused by a side is still the go-between.
    assert set(principals(MEDIATOR_ACCUSED)) == {"Israel", "Hamas"}


TERRITORYS_PEOPLE = [
    ("Karabakh Armenians agree to disarm after Azerbaijani offensive", "heading"),
    (
        "Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their "
        "arms, a day after Azerbaijan launched an offensive that killed dozens of people.",
        "text",
    ),
    (
        "The separatist authorities said their units would be disbanded. Azerbaijan's defence "
        "ministry said the first talks would be held on Thursday.",
        "text",
    ),
    (
        "The Karabakh Armenians had held the region since the 1990s. Azerbaijan's army took "
        "the heights around Stepanakert.",
        "text",
    ),
    ("Russia urged both sides to respect the ceasefire.", "text"),
]


def test_a_territorys_armed_people_act_for_the_territory() -> None:
    assert set(principals(TERRITORYS_PEOPLE)) == {"Azerbaijan", "Nagorno-Karabakh"}


ARMED_PEOPLE = [
    ("Chechen gunmen hold hundreds hostage in Moscow theatre", "heading"),
    (
        "Dozens of heavily armed Chechen rebels were holding about 700 people hostage in a "
        "Moscow theatre on Thursday, threatening to blow up the building unless Russia ended "
        "its war.",
        "text",
    ),
    (
        "Russia's special forces surrounded the building. Russia's president cancelled a trip. "
        "Russian officials said talks had begun. The Chechen fighters released 15 children.",
        "text",
    ),
]


def test_an_armed_people_is_no_side_of_its_own() -> None:
    # The people's armed men are its group's, unnamed here; the people is no side itself.
    assert principals(ARMED_PEOPLE) == ("Russia",)


FRONTED_SECOND = [
    ("Indonesia recalls envoy, suspends cooperation over Australian phone-tapping", "heading"),
    (
        "Indonesia recalled its ambassador from Canberra on Monday and suspended cooperation "
        "with Australia over reports that Australian spies had tapped the president's phone.",
        "text",
    ),
    (
        "Australia's prime minister said Australia would not apologise. Australia's spy agency "
        "declined to comment. Australian officials said Australia valued the relationship. "
        "Australia's foreign minister met Australian diplomats. Australia's opposition urged "
        "calm. Australian newspapers covered Australia's response. Australia's treasurer "
        "said Australia's trade was safe.",
        "text",
    ),
    (
        "Australia's navy held drills off Darwin. Australia's army trained in Queensland. "
        "Australia's police guarded the embassy. Australia's airline cut flights.",
        "text",
    ),
]


def test_the_subject_the_opening_tells_the_confrontation_from_is_the_second_side() -> None:
    assert set(principals(FRONTED_SECOND)) == {"Indonesia", "Australia"}
    # A force the opening tells of is no state acting on its own account.
    force = [
        ("CSTO troops begin leaving Kazakhstan as arrests near 10,000", "heading"),
        (
            "Troops from the Collective Security Treaty Organization began leaving Kazakhstan "
            "on Thursday, a week after they arrived to help the government after deadly unrest.",
            "text",
        ),
        (
            "Kazakhstan's president thanked the allies. Kazakhstan's police made arrests. "
            "Kazakhstan's courts charged 50 people. Kazakhstan's army guarded the airport.",
            "text",
        ),
    ]
    assert principals(force) == ("Kazakhstan",)


ARMS_ONE_SIDE = [
    ("Iran says it will keep arming Hamas as Israel widens Gaza offensive", "heading"),
    (
        "Iran said on Sunday it would keep sending weapons to Hamas, as Israeli troops pushed "
        "deeper into Gaza City.",
        "text",
    ),
    (
        "Israel's army said it had killed 30 Hamas fighters. Hamas fired rockets at Tel Aviv.",
        "text",
    ),
    (
        "Iran's foreign minister met Hamas leaders in Doha. Iran has backed Hamas for decades, "
        "and Iran's guards train its fighters.",
        "text",
    ),
    ("Egypt urged a ceasefire.", "text"),
]


def test_a_patron_arming_one_side_is_no_side_nor_the_ground_its_offensive_is_named_for() -> None:
    # "Iran says it will keep arming Hamas as Israel widens Gaza offensive": Iran helps, and
    # Gaza labels the offensive.
    assert set(principals(ARMS_ONE_SIDE)) == {"Israel", "Hamas"}


COURT = [
    ("World Court orders Israel to halt Rafah offensive", "heading"),
    (
        "The International Court of Justice ordered Israel on Friday to halt its military "
        "offensive in Rafah, in a case brought by South Africa.",
        "text",
    ),
    (
        "Israel said it would continue operations in Rafah, and Israel's army struck targets "
        "in the city hours later. Israel rejects the genocide charge.",
        "text",
    ),
    ("South Africa welcomed the ruling.", "text"),
]


def test_an_international_court_judging_the_case_is_no_side() -> None:
    chosen = principals(COURT)
    assert "Israel" in chosen
    assert "International Court of Justice" not in chosen


FOREIGN_CROWD = [
    ("Protests erupt in north Kosovo after Pristina seizes town halls", "heading"),
    (
        "Hundreds of Serbs protested in north Kosovo on Friday after Kosovo's government sent "
        "police to take over town halls, and Serbia moved troops to the border.",
        "text",
    ),
    (
        "Serbia's president said Kosovo had provoked the crisis. Kosovo's prime minister said "
        "Serbia was behind the protests.",
        "text",
    ),
    ("The United States urged calm.", "text"),
]
OWN_CROWD = [
    ("Protests grow in Georgia over foreign agents law", "heading"),
    (
        "Thousands of Georgians protested in Tbilisi on Monday against a law on foreign agents "
        "modelled on Russia's, and police fired water cannon at the crowd.",
        "text",
    ),
    (
        "Georgia's parliament passed the law in a second reading. Georgia's president said "
        "she would veto it.",
        "text",
    ),
    ("The European Union said the law was incompatible with Georgia's bid. Russia denied it.", "t"),
]


def test_a_lead_telling_one_states_people_protesting_in_another_is_no_domestic_affair() -> None:
    assert domestic_story([make_doc("f", FOREIGN_CROWD)]) is False
    assert set(principals(FOREIGN_CROWD)) == {"Serbia", "Kosovo"}
    # A country's own people protesting at home, a foreign state named by the way: its affair.
    assert domestic_story([make_doc("o", OWN_CROWD)]) is True
    assert principals(OWN_CROWD) == ("Georgia",)


VISITOR = [
    ("Blinken arrives in Israel as Gaza war enters fourth month", "heading"),
    (
        "US Secretary of State Antony Blinken arrived in Tel Aviv on Tuesday for talks with "
        "Israel's prime minister, as Israeli troops fought Hamas fighters in Khan Younis.",
        "text",
    ),
    (
        "The United States has pressed Israel to let more aid into Gaza. Blinken will also "
        "visit Egypt and Qatar, and the US wants a pause in the fighting to free hostages. "
        "Washington has sent two carriers to the region.",
        "text",
    ),
    (
        "Israel's army said it had killed 40 Hamas fighters. Hamas said it had destroyed three "
        "tanks.",
        "text",
    ),
    ("Jordan urged an immediate ceasefire.", "text"),
]


def test_a_power_whose_visit_opens_the_lead_is_no_side_the_lead_is_told_from() -> None:
    assert set(principals(VISITOR)) == {"Israel", "Hamas"}


ATTACKER_BESIDE_PAIR = [
    ("Israel and Hezbollah trade fire as Iran launches missiles at Israel", "heading"),
    (
        "Iran fired about 180 ballistic missiles at Israel on Tuesday, as Israel and Hezbollah "
        "exchanged fire across the Lebanese border for a third week.",
        "text",
    ),
    (
        "Israel's army said most of the Iranian missiles had been intercepted, and Israel vowed "
        "to retaliate against Iran. Iran said the strike answered the killing of its commanders.",
        "text",
    ),
    ("Hezbollah fired rockets at Haifa, and Israel struck Hezbollah positions in the south.", "t"),
    ("The United States urged restraint.", "text"),
]


def test_a_power_attacking_one_of_the_pair_is_a_third_side() -> None:
    # Beside the pair, one that fires at a side or is the target of its retaliation is set
    # against them (the patron sending a carrier is not: CARRIER above).
    assert set(principals(ATTACKER_BESIDE_PAIR)) == {"Israel", "Hezbollah", "Iran"}


AGENCY_HELPS = [
    ("WFP scales up food aid as floods cut roads in southern Malawi", "heading"),
    (
        "The World Food Programme is scaling up its support to the Government of Malawi after "
        "floods swept away bridges in three districts on Sunday.",
        "text",
    ),
    (
        "WFP has deployed staff to Nsanje and is working with district authorities to deliver "
        "maize and cooking oil. WFP estimates that 40,000 people have lost their homes. WFP "
        "calls on donors to fund the response.",
        "text",
    ),
    ("Malawi's president declared a state of disaster. Malawi's army rescued 300 people.", "t"),
]
AGENCY_BARRED = [
    ("Malawi expels WFP staff after row over food distribution", "heading"),
    (
        "Malawi ordered the World Food Programme on Monday to withdraw its staff from three "
        "districts, accusing WFP of handing maize to opposition supporters.",
        "text",
    ),
    (
        "WFP denied the charge and said its distribution had been fair. WFP said it would "
        "appeal to the government to let its staff stay.",
        "text",
    ),
    ("Malawi's president said Malawi would not be lectured.", "t"),
]


def test_an_agency_that_only_helps_is_no_side_however_present() -> None:
    # The agency is in the headline and opens the lead, yet its acts are help and appeals:
    # a third party. The same agency expelled and accused by the state is a side.
    assert principals(AGENCY_HELPS) == ("Malawi",)
    assert set(principals(AGENCY_BARRED)) == {"Malawi", "World Food Programme"}


CLAIMED = [
    ("ISWAP claims attack on army base as Nigeria sends troops to Borno", "heading"),
    (
        "Nigeria's army said on Tuesday that 11 soldiers were killed when insurgents stormed "
        "a base in Borno state, and the ISWAP group has claimed responsibility for the attack.",
        "text",
    ),
    (
        "Nigeria's army said it had repelled the assault and that troops were pursuing the "
        "attackers. Nigeria's president ordered more troops to Borno. Nigeria's defence "
        "minister visited the base. Nigeria closed the roads to the base.",
        "text",
    ),
    ("The United Nations condemned the attack.", "text"),
]
CONDEMNED = [
    ("ECOWAS condemns attack on army base in Borno", "heading"),
    (
        "ECOWAS said on Tuesday it condemned the attack on an army base in Nigeria's Borno "
        "state, in which Nigeria's army said 11 soldiers were killed.",
        "text",
    ),
    (
        "Nigeria's army said it had repelled the assault and that troops were pursuing the "
        "attackers. Nigeria's president ordered more troops to Borno. Nigeria's defence "
        "minister visited the base.",
        "text",
    ),
]


def test_a_group_claiming_an_attack_is_an_armed_side_and_a_bloc_condemning_it_is_not() -> None:
    assert set(principals(CLAIMED)) == {"Nigeria", "ISWAP"}
    assert principals(CONDEMNED) == ("Nigeria",)


PROSECUTED = [
    ("Former leader flown to The Hague to face ICC over killings", "heading"),
    (
        "Former Sudanese President Omar al-Bashir arrived in the Netherlands on Wednesday and "
        "was taken into the custody of the International Criminal Court, a day after Sudan "
        "handed him over on a warrant for war crimes.",
        "text",
    ),
    (
        "Sudan's government said it had honoured its word. Sudan's army said it had "
        "guarded the airport. Sudan's prime minister said Sudan would cooperate fully.",
        "text",
    ),
    ("Amnesty International welcomed the transfer.", "text"),
]


def test_a_court_prosecuting_a_party_is_a_side_unlike_one_judging_the_sides_case() -> None:
    assert set(principals(PROSECUTED)) == {"Sudan", "International Criminal Court"}
    assert "International Court of Justice" not in principals(COURT)


RIVAL_CLAIMANTS = [
    ("U.S. team meets rival Libyan leaders as oil ports stay shut", "heading"),
    (
        "Libya's electoral commission said on Monday the vote could not be held in June, as a "
        "delegation from Washington met the heads of the two rival governments.",
        "text",
    ),
    (
        "The U.S. delegation, which included officials from the State Department, met the "
        "prime minister in Tripoli. Washington has so far turned down a request from Libya's "
        "government for troops to guard the oil ports, and a U.S. official said there were no "
        "plans to provide U.S. military assistance.",
        "text",
    ),
    (
        "Militias clashed in Libya's capital on Sunday, and Libya's oil ports were shut for a "
        "week. Libya has had no elected president since it was founded.",
        "text",
    ),
    (
        "Libya's parliament said it would set a date. Libya's prime minister said he would stay.",
        "t",
    ),
]


def test_rival_claimants_to_one_states_power_make_its_own_affair() -> None:
    assert principals(RIVAL_CLAIMANTS) == ("Libya",)
    heading = [("Rival Libyan governments trade blame over stalled vote", "heading")]
    assert domestic_story([make_doc("r", [*heading, ("Text.", "t")])])
    powers = [("India and China, rival powers, trade blame over border", "heading")]
    assert not domestic_story([make_doc("p", [*powers, ("Text.", "t")])])


ANSWERS_IN_KIND = [
    ("Lithuania expels diplomat over smuggling balloons", "heading"),
    (
        "Lithuania expelled a diplomat on Monday and closed two crossings after hundreds of "
        "balloons carrying cigarettes drifted over the border, forcing Vilnius airport to shut.",
        "text",
    ),
    (
        "Lithuania's interior minister said the balloons were a hybrid attack. Lithuania's army "
        "patrolled the border, and Lithuania kept the crossings shut.",
        "text",
    ),
    (
        "Belarus's foreign ministry called the expulsion a provocation and said Minsk would "
        "retaliate in kind.",
        "text",
    ),
    (
        "Belarus said it would expel a Lithuanian diplomat in response. Belarus's president "
        "said the balloons were not Minsk's doing.",
        "text",
    ),
    ("The European Union said it stood by Lithuania.", "text"),
]


def test_a_side_met_only_answering_in_kind_in_its_own_words_is_a_side() -> None:
    assert set(principals(ANSWERS_IN_KIND)) == {"Lithuania", "Belarus"}
    assert reaction_actors(ANSWERS_IN_KIND) == {"European Union"}
    # The roles reversed: a power urging restraint, or condemning another's answer, stays out.
    urging = [
        *ANSWERS_IN_KIND[:3],
        ("Poland urged Lithuania not to retaliate against Belarus.", "text"),
        ("Germany condemned what it called Lithuania's retaliatory steps.", "text"),
    ]
    assert principals(urging) == ("Lithuania",)


SPILL = [
    ("Oil spill off Mauritius: Japanese owner apologises as fuel reaches coral reefs", "heading"),
    (
        "The Japanese owner of a bulk carrier that ran aground off Mauritius apologised on "
        "Sunday as fuel leaking from the ship reached the island's coral reefs.",
        "text",
    ),
    (
        "Nagashiki Shipping said it would do everything to contain the spill. Mauritius "
        "declared an environmental emergency, and Mauritius's prime minister asked France for "
        "help.",
        "text",
    ),
    (
        "France sent a navy ship and pollution experts from Reunion. Japan sent a team of experts.",
        "t",
    ),
]


def test_in_an_accident_the_owners_nationality_and_the_helpers_make_no_side() -> None:
    # The owner's nationality names where the business is from, not its state acting; the
    # states asked for help and sending teams are third parties.
    assert principals(SPILL) == ("Mauritius",)
    assert {"France", "Japan"} <= reaction_actors(SPILL)


QUAKE = [
    ("Rescuers search for survivors as quake toll passes 500", "heading"),
    (
        "A magnitude 7.1 earthquake struck eastern Turkey and northern Iraq late on Sunday, "
        "killing more than 500 people, most of them in the Turkish province of Van.",
        "text",
    ),
    (
        "Turkey's disaster agency said 300 buildings had collapsed in Van. Turkey's army set up "
        "tents, and Turkey's president visited the province. Turkish rescuers pulled a child "
        "from the rubble.",
        "text",
    ),
    (
        "Turkey declared a state of emergency in four provinces on Monday, and Turkey closed "
        "schools in the region for a week. Turkey has asked for no foreign teams.",
        "text",
    ),
    (
        "Greece sent 40 rescuers to Van, and Greece's prime minister called his Turkish "
        "counterpart to offer more help.",
        "text",
    ),
    ("The European Union said it stood ready to help.", "text"),
]


def test_every_state_a_disaster_struck_is_a_side_and_a_helper_is_none() -> None:
    chosen = principals(QUAKE)
    assert set(chosen) == {"Turkey", "Iraq"}
    assert "Greece" in reaction_actors(QUAKE)


APPOSED_GROUP = [
    ("Nigerian troops repel raid on Borno town", "heading"),
    (
        "Nigerian troops repelled an overnight raid on the town of Monguno, the army said on "
        "Sunday, after Boko Haram, the jihadist group that has waged an insurgency since 2009, "
        "stormed a base there.",
        "text",
    ),
    (
        "Nigeria's army said 20 attackers were killed. Nigeria's president praised the "
        "soldiers, and Nigeria sent more troops to Borno. Nigerian jets struck hideouts near "
        "Lake Chad.",
        "text",
    ),
    (
        "Nigeria's defence minister visited Monguno on Monday. Nigeria closed the roads to the "
        "town, and Nigeria's air force flew patrols over it.",
        "text",
    ),
    (
        "Nigeria's governor in Borno said schools would stay shut. Nigeria's police arrested 12 "
        "suspects.",
        "text",
    ),
    ("Boko Haram stormed the base before dawn.", "text"),
    ("The United Nations condemned the attack.", "text"),
]


def test_a_group_introduced_as_armed_in_apposition_is_a_side() -> None:
    assert set(principals(APPOSED_GROUP)) == {"Nigeria", "Boko Haram"}


NATIONALS_HELD = [
    ("Thailand says 20 Thai workers held by Hamas as Israel pounds Gaza", "heading"),
    (
        "Thailand said on Tuesday that 20 Thai farm workers were among the hostages taken by "
        "Hamas into Gaza, as Israel kept up its air strikes on the territory.",
        "text",
    ),
    (
        "Thailand's prime minister said Thailand would bring its citizens home. Thailand sent "
        "planes to evacuate 5,000 workers, and Thai diplomats met Qatari officials.",
        "text",
    ),
    (
        "Israel said its jets had struck 200 Hamas targets overnight. Hamas said Israel had "
        "killed 30 civilians.",
        "text",
    ),
]


def test_a_state_whose_nationals_are_caught_up_in_others_fight_is_not_its_first_side() -> None:
    # Its workers held as hostages and the planes it sends for them name its people, not its
    # part: the fighters are the first two sides.
    assert set(principals(NATIONALS_HELD)[:2]) == {"Israel", "Hamas"}


ASH_CLOUD = [
    ("Flights grounded across Europe as ash cloud spreads", "heading"),
    (
        "Most of northern Europe's airspace was closed on Friday because of a cloud of volcanic "
        "ash drifting from Iceland, where a volcano under a glacier erupted on Wednesday.",
        "text",
    ),
    (
        "Britain closed all its airports, and British Airways cancelled every flight. Britain's "
        "transport secretary said Britain would reopen when safe. Germany closed its airspace, "
        "and Germany's airlines grounded their fleets.",
        "text",
    ),
    ("Iceland's president said farms near the volcano had been evacuated.", "text"),
]
LANDSLIDE_VOTE = [
    ("Baghdad moves to isolate Kurdistan after landslide vote for independence", "heading"),
    (
        "Iraq ordered foreign airlines on Wednesday to halt flights to the Kurdistan Region, "
        "two days after its people voted for independence in a referendum Baghdad called illegal.",
        "text",
    ),
    ("Turkey threatened to close its border. Iran banned flights to Erbil.", "text"),
]


def test_a_natural_disasters_story_belongs_to_the_states_it_struck() -> None:
    # The states shutting their airspace are more present than the one the eruption struck;
    # they are third parties.
    assert principals(ASH_CLOUD) == ("Iceland",)
    assert {"United Kingdom", "Germany"} <= reaction_actors(ASH_CLOUD)
    # A landslide vote is no disaster, the helpers are not where it struck.
    from briefer.briefing.parties.disasters import stricken_states

    assert stricken_states([make_doc("v", LANDSLIDE_VOTE)]) == frozenset()
    assert stricken_states([make_doc("a", ASH_CLOUD)]) == {"Iceland"}
    assert set(principals(LANDSLIDE_VOTE)) == {"Iraq", "Iraqi Kurdistan"}
    # Nor is a candidate who "won by a landslide": the state the lead names beside him is
    # no state struck (the election's own country is the story's).
    assert stricken_states([make_doc("w", WON_BY_LANDSLIDE)]) == frozenset()
    assert principals(WON_BY_LANDSLIDE) == ("Ecuador",)


WON_BY_LANDSLIDE = [
    ("Ecuador expels diplomats as protests spread over disputed election", "heading"),
    (
        "The opposition says its tally sheets show its candidate won by a landslide; Washington "
        "questions the count.",
        "text",
    ),
    (
        "Protesters blocked avenues in Quito on Monday as Ecuador's electoral council declared "
        "the president re-elected. Ecuador's police arrested dozens of protesters.",
        "text",
    ),
    ("The United States said the result lacked credibility.", "text"),
]


def test_the_states_a_disaster_s_opening_names_as_helpers_are_not_struck() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    for heading, lead in [
        (
            "Turkey quake toll passes 7,000 as Greek rescuers pull survivors from rubble",
            "The toll from the earthquake in Turkey rose, as a Greek unit dug through the ruins.",
        ),
        (
            "UK announces emergency support for Malawi after cyclone",
            "The UK will provide up to £3 million in emergency support to Malawi after the "
            "cyclone, the minister said.",
        ),
        (
            "Aid for flood victims piles up in Malawi warehouses",
            "Meals sent by Britain for victims of the floods in Malawi are sitting in a "
            "warehouse, officials said.",
        ),
    ]:
        found = stricken_states([make_doc("h", [(heading, "heading"), (lead, "text")])])
        assert "Greece" not in found and "United Kingdom" not in found, heading
        assert found & {"Turkey", "Malawi"}, heading
    # A state sending help to its own provinces is the one struck.
    own = [
        ("Turkey sends 5,000 rescuers to quake-hit provinces", "heading"),
        ("Rescuers dug through the rubble on Tuesday.", "text"),
    ]
    assert stricken_states([make_doc("o", own)]) == {"Turkey"}


def test_the_helpers_a_disasters_whole_opening_names_are_not_struck() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    # "Tidal waves" tell a disaster; "flies in a field hospital" tells the helper.
    waves = [
        ("Tidal wave toll in Vanuatu climbs as New Zealand flies in field hospital", "heading"),
        ("Villages on the coast were swept away on Friday night, officials said.", "text"),
    ]
    assert stricken_states([make_doc("w", waves)]) == {"Vanuatu"}
    # The helper named in a sentence of the opening that does not name the disaster, and
    # beside the disaster in another.
    ship = [
        ("Japanese warship arrives off Sri Lanka as flood aid pledges mount", "heading"),
        (
            "A Japanese navy ship reached Colombo on Friday to carry food to survivors of the "
            "floods in Sri Lanka, as the toll rose to 300.",
            "text",
        ),
    ]
    helpers: set[str] = set()
    assert stricken_states([make_doc("s", ship)], None, helpers) == {"Sri Lanka"}
    assert helpers == {"Japan"}


FIRST_HELP = [
    ("Thousands homeless as earthquake flattens towns on the island of Lefkada", "heading"),
    (
        "French, Italian and Spanish warships bring the first help as fires burn in the port.",
        "text",
    ),
    (
        "Greece declared a state of emergency on the island, and Greek soldiers put up tents. "
        "The Greek government said 400 people had died.",
        "text",
    ),
    ("French sailors landed doctors. Italy sent a hospital ship. Spain sent tents.", "text"),
    ("France said more ships would follow. Italy and France flew in blankets.", "text"),
]


def test_the_states_sending_the_first_help_to_a_disaster_are_no_sides() -> None:
    assert principals(FIRST_HELP) == ("Greece",)


RESCUERS_FROM_ABROAD = [
    ("Foreign rescue teams join search in Wellington rubble as toll climbs", "heading"),
    (
        "Rescue teams from Australia, Japan, the United States and Britain worked through the "
        "night in the ruins of the city centre on Thursday, searching for more than 200 people "
        "still missing after Tuesday's earthquake.",
        "text",
    ),
    (
        "Police said 98 bodies had been recovered. New Zealand's prime minister called the quake "
        "the country's darkest day, and New Zealand declared a national emergency.",
        "text",
    ),
    (
        "Japan sent a second team. The United States flew in a search unit, and the United "
        "States pledged more help. Britain sent experts.",
        "text",
    ),
]


def test_the_helpers_a_disasters_opening_names_are_no_sides_where_it_names_no_state_struck() -> (
    None
):
    from briefer.briefing.parties.disasters import stricken_states

    helpers: set[str] = set()
    assert stricken_states([make_doc("r", RESCUERS_FROM_ABROAD)], None, helpers) == frozenset()
    assert helpers == {"Australia", "Japan", "United States", "United Kingdom"}
    assert principals(RESCUERS_FROM_ABROAD) == ("New Zealand",)


def test_an_epidemic_s_alarm_and_the_states_counting_their_own_cases_make_its_sides() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    told = [
        ("WHO declares mpox a global emergency", "heading"),
        (
            "The World Health Organization declared the outbreak in Congo a global emergency "
            "on Wednesday.",
            "text",
        ),
        ("Burundi, Kenya and Uganda have confirmed their first cases of the new strain.", "text"),
        ("Rwanda has reported 12 confirmed cases. Japan has offered vaccines.", "text"),
        ("Britain has confirmed the deaths of two citizens in Congo.", "text"),
    ]
    counted: set[str] = set()
    stricken_states([make_doc("x", told)], counted)
    assert {"Burundi", "Kenya", "Uganda", "Rwanda"} <= counted
    assert "Japan" not in counted and "United Kingdom" not in counted


def test_a_disaster_in_a_state_of_the_past_struck_that_state() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    told = [
        ("Foreign rescue teams fly into Soviet Armenia as quake toll climbs", "heading"),
        ("Rescue teams from France began digging through the ruins on Saturday.", "text"),
    ]
    assert stricken_states([make_doc("s", told)]) == {"Soviet Union", "Armenia"}


def test_a_disaster_s_dead_counted_in_a_neighbour_or_on_its_side_of_a_border() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    told = [
        ("Quake toll in Pakistan tops 18,000", "heading"),
        ("The death toll from the earthquake in northern Pakistan rose on Sunday.", "text"),
        ("More than 600 people were also killed on the Indian side of the border.", "text"),
        ("In neighbouring Afghanistan, at least 20 people had died, officials said.", "text"),
        ("Eight helicopters based in Tajikistan will evacuate 300 injured people.", "text"),
        ("At least 60 people were also killed in northern China.", "text"),
    ]
    counted: set[str] = set()
    stricken_states([make_doc("k", told)], counted)
    assert {"India", "Afghanistan"} <= counted
    # (a neighbour's region, as dev9's Nepal quake told "killed in northern India", is not)
    assert "Tajikistan" not in counted and "China" not in counted


CLAIMED_IN_ITS_WORDS = [
    ("Death toll from church bombings rises to 60 as curfew is extended", "heading"),
    (
        "The death toll from Sunday's bombings of two churches in Kaduna rose to 60 on "
        "Tuesday, Nigeria's police said, and the government extended a curfew across the city.",
        "text",
    ),
    (
        "Nigeria's president visited the wounded. Nigeria's army searched the city, and Nigeria "
        "closed its borders with Niger for two days.",
        "text",
    ),
    ("On Tuesday ISWAP claimed the attacks through a statement on Telegram.", "text"),
    ("The Vatican said the pope was praying for the victims.", "text"),
]


def test_a_group_claiming_the_attack_in_its_own_words_is_a_side() -> None:
    assert set(principals(CLAIMED_IN_ITS_WORDS)) == {"Nigeria", "ISWAP"}
    # A group whose old claim is background is no side of this attack.
    earlier = [
        *CLAIMED_IN_ITS_WORDS[:3],
        ("ISWAP, which claimed a raid on Monguno in 2020, has been quiet since.", "text"),
    ]
    assert principals(earlier) == ("Nigeria",)


OFFENSIVE_ACROSS_THE_BORDER = [
    ("Chadian troops push into eastern Sudan as neighbours condemn offensive", "heading"),
    (
        "Chadian troops and allied Sudanese rebels pushed deeper into eastern Sudan on Friday "
        "on the third day of an offensive against the Sudan Liberation Movement, as the "
        "African Union called for a halt.",
        "text",
    ),
    (
        "Chadian jets struck Sudan Liberation Movement positions near Geneina on Saturday, and "
        "Chadian troops took four villages. Sudan Liberation Movement fighters fell back to "
        "the hills.",
        "text",
    ),
    (
        "Chad's president said the operation would go on until the border was safe. Chad closed "
        "the crossing, and Chad moved two more brigades to the front. Sudanese refugees in "
        "Chad were moved away from the border.",
        "text",
    ),
    ("Sudan's government condemned the incursion. Egypt urged restraint.", "text"),
]


def test_the_group_an_offensive_is_waged_against_is_the_other_side_not_its_ground() -> None:
    # The group's state is read from its name only; the text makes it an armed group fighting
    # on its own account, and the state whose ground the offensive crosses is no side.
    assert set(principals(OFFENSIVE_ACROSS_THE_BORDER)) == {"Chad", "Sudan Liberation Movement"}
    from briefer.briefing.stats import collect

    stats = collect([make_doc("o", OFFENSIVE_ACROSS_THE_BORDER)])
    assert {name for name, st in stats.items() if st.assailed} == {"Sudan Liberation Movement"}
    # Named after the lead, and less often than a second side must be, the group the
    # offensive is waged against is still its other side.
    assert set(principals(OFFENSIVE_TOLD_AFTER_THE_LEAD)) == {"Chad", "Sudan Liberation Movement"}


OFFENSIVE_TOLD_AFTER_THE_LEAD = [
    ("Chadian troops push into eastern Sudan as neighbours condemn offensive", "heading"),
    ("Chad's army said it had taken four villages on Friday, and Chad shut the crossing.", "text"),
    (
        "It was the third day of an offensive against the Sudan Liberation Movement. Sudan "
        "Liberation Movement fighters fell back to the hills near Geneina.",
        "text",
    ),
    (
        "Chadian jets struck targets near Geneina on Saturday, and Chadian troops took two "
        "more villages. Chad moved two more brigades to the front, and Chad's army said it "
        "had lost six soldiers. Chad's army shelled the hills, and Chad's troops fought on.",
        "text",
    ),
    ("Sudan's government condemned the incursion. Egypt urged restraint.", "text"),
]


CARRIER_AS_LABEL = [
    ("Qatar Airways jet shot down over Mali; army blames rebels", "heading"),
    (
        "A Qatar Airways airliner was shot down over Mali on Monday, killing all 140 people on "
        "board, and Mali's army blamed the rebels who hold the area.",
        "text",
    ),
    (
        "Mali's government declared three days of mourning. Mali's army sent troops to the "
        "site, and Mali closed its airspace over the north.",
        "text",
    ),
    ("The Qatar Airways Airbus had taken off from Dakar an hour before.", "text"),
    ("France offered its help.", "text"),
]


def test_a_states_carrier_named_as_the_label_of_its_craft_is_not_the_state() -> None:
    # The airline is its state's own company, but here it only names the plane.
    assert principals(CARRIER_AS_LABEL) == ("Mali",)


CHARGED_BY_THE_STATE = [
    ("Kenya declares mourning after mall bombing kills 40", "heading"),
    (
        "NAIROBI, May 6 - Kenya's government on Monday blamed a little-known militant cell, "
        "the Coast Liberation Brigade, for Sunday's bombing of a Nairobi shopping mall, and "
        "declared three days of national mourning.",
        "text",
    ),
    (
        "Kenya's police arrested nine people. Kenya closed two border crossings, and Kenya's "
        "army deployed troops to the capital.",
        "text",
    ),
    ("The United Nations condemned the attack. Uganda offered its help.", "text"),
]


def test_a_group_the_state_charges_with_the_attack_is_a_side() -> None:
    assert set(principals(CHARGED_BY_THE_STATE)) == {"Kenya", "Coast Liberation Brigade"}
    # A state charged with it is an accused third party: this reading leaves it alone.
    from briefer.briefing.parties.named_sides import claimants

    blamed_state = [
        *CHARGED_BY_THE_STATE[:1],
        ("Kenya's government blamed Somalia for Sunday's bombing of a Nairobi mall.", "text"),
    ]
    assert claimants([make_doc("s", blamed_state)]) == []


# A group named once, by the rebels loyal to it, then only by what its people do.
NAMED_ONCE = [
    ("Convoy leaves rebel-held town as rebels free captured engineers", "heading"),
    (
        "MYITKYINA, July 9 - A convoy carrying freed engineers left a rebel-held town in "
        "Myanmar on Tuesday, and the rebels handed two captured Myanmar soldiers to monitors.",
        "text",
    ),
    (
        "The soldiers were released by rebels loyal to the Kachin Independence Army. "
        "Myanmar's government accuses the rebels of hiding weapons. The rebels deny it.",
        "text",
    ),
    (
        "Myanmar's army has fought the rebels since June. The rebels control the road, and the "
        "rebels let monitors in only on Monday. Myanmar's army shelled the road on Sunday.",
        "text",
    ),
    (
        "China sent a team of doctors, and China said it would fly the engineers home. India "
        "sent medical supplies.",
        "text",
    ),
]


REBELS_ADVANCE = [
    ("Rebels advance on Kigali as killings spread across Rwanda", "heading"),
    (
        "The rebel Rwandan Patriotic Front pushed south towards Kigali on Wednesday and said it "
        "would not stop until the killings in Rwanda end.",
        "text",
    ),
    ("The Rwandan Patriotic Front's fighters clashed with Rwanda's army near parliament.", "t"),
    (
        "The United States closed its embassy as the fighting spread. The United States "
        "drove its staff out by road amid the shelling. The United States said the clashes "
        "made the capital too dangerous. United States Marines guarded the airport during "
        "the fighting. The United States flew planes over the battle.",
        "text",
    ),
]


def test_a_rebel_group_named_after_its_people_is_a_side_a_third_state_shares_a_sentence() -> None:
    # The data knows the group: "Rwandan" in its name does not make it Rwanda's own body. The
    # United States, fighting no one beside them, is a third party.
    assert principals(REBELS_ADVANCE) == ("Rwanda", "Rwandan Patriotic Front")


def test_a_group_named_once_is_as_present_as_its_people_named_by_what_they_do() -> None:
    chosen = principals(NAMED_ONCE)
    assert set(chosen) == {"Myanmar", "Kachin Independence Army"}
    from briefer.analysis import analyse
    from briefer.briefing.parties.named_sides import group_references

    doc, _a = make_doc("n", NAMED_ONCE)
    # Story sentences only, never the headline: the eight rebels of the body text (less any
    # sentence the analysis reads as a reaction).
    assert 6 <= group_references([(doc, analyse(doc))]) <= 8


PASSIVE_CLAIM = [
    ("Hotel siege in Bamako ends with 27 dead", "heading"),
    (
        "BAMAKO, Aug 1 - Malian special forces ended a siege at a hotel in Bamako on Saturday "
        "after gunmen killed 27 guests and staff, the government said.",
        "text",
    ),
    (
        "The attack was claimed by the Crimson Dawn Brigade, which has waged an insurgency in "
        "the north of Mali since 2015.",
        "text",
    ),
    ("France sent special forces to help, and the United States condemned the attack.", "text"),
]


def test_a_group_an_attack_was_claimed_by_is_a_side() -> None:
    assert set(principals(PASSIVE_CLAIM)) == {"Mali", "Crimson Dawn Brigade"}
    # Told the other way round, the state that condemns is no author of the attack.
    from briefer.briefing.parties.named_sides import claimants

    condemned = [
        PASSIVE_CLAIM[0],
        ("The attack was condemned by France, which has troops in the north of Mali.", "text"),
    ]
    assert claimants([make_doc("c", condemned)]) == []


def test_every_claim_the_patterns_read_passes_the_cheap_word_test_first() -> None:
    """`claimants` skips a document holding none of `_CLAIM_WORDS`, and `group_references` one
    holding none of `_GROUP_STEMS`: each literal the prefilter requires of the patterns read
    after those tests must hold one of the words, or a document the patterns match is skipped."""
    from briefer.analysis.prefilter import gate
    from briefer.briefing.parties.named_sides import _CLAIM_WORDS, _GROUP_PEOPLE, _GROUP_STEMS
    from briefer.briefing.roles.attacks import _CHARGED_BEFORE, _CLAIM_AFTER, _CLAIMED_BY_BEFORE

    for pattern, words in (
        (_CLAIM_AFTER, _CLAIM_WORDS),
        (_CLAIMED_BY_BEFORE, _CLAIM_WORDS),
        (_CHARGED_BEFORE, _CLAIM_WORDS),
        (_GROUP_PEOPLE, _GROUP_STEMS),
    ):
        literals = gate(pattern).literals
        assert literals, pattern.pattern  # a pattern with no required literal: no cheap test
        for literal in literals:
            assert any(word in literal for word in words), (literal, pattern.pattern)


def test_a_group_which_said_it_planted_the_bomb_claims_it() -> None:
    """ ", which said it had planted the bomb,": the claim told in a clause of its own, and a
    bomb planted is the attack's own deed."""
    from briefer.briefing.parties.named_sides import claimants

    planted = [
        ("Bomb tears through hotel in seaside town", "heading"),
        (
            "The Crimson Dawn Brigade, which said on Monday that it had planted the bomb, "
            "warned of more attacks.",
            "t",
        ),
    ]
    assert claimants([make_doc("p", planted)]) == ["Crimson Dawn Brigade"]
    # A group that said something else of a bomb claims nothing.
    found = [
        planted[0],
        (
            "The Crimson Dawn Brigade, which said on Monday that police had found the bomb, "
            "denied any part.",
            "t",
        ),
    ]
    assert claimants([make_doc("f", found)]) == []


def test_a_group_saying_it_launched_the_bombing_claims_it() -> None:
    from briefer.briefing.parties.named_sides import claimants

    launched = [
        ("Bomb kills 12 at market in northern Mali", "heading"),
        ("The Macina Liberation Front said in a statement that it had launched the bombing.", "t"),
    ]
    assert claimants([make_doc("l", launched)]) == ["Macina Liberation Front"]
    # Its words spaced twice, or in capitals, are the same claim.
    for words in ("said it was  behind the bombing.", "said it had CARRIED OUT the bombing."):
        told = [launched[0], (f"The Macina Liberation Front {words}", "t")]
        assert claimants([make_doc("b", told)]) == ["Macina Liberation Front"], words


FRONT_BLOCKS = [
    ("Sahel Liberation Front blocks border crossing between Mali and Niger", "heading"),
    (
        "GAO, May 20 - Supporters of the Sahel Liberation Front blocked the only road crossing "
        "between Mali and Niger on Wednesday, stranding hundreds of lorries.",
        "text",
    ),
    (
        "The front says the crossing lies in territory it claims. Mali's army said it would "
        "reopen the road and accused the front of violating the ceasefire.",
        "text",
    ),
    ("The African Union urged restraint and called for talks.", "text"),
]
# The same front as the one the story reports on, not the one acting.
FRONT_REPORTS = [
    ("Sahel Liberation Front says border crossing between Mali and Niger stays open", "heading"),
    (
        "GAO, May 20 - The Sahel Liberation Front said on Wednesday the only road crossing "
        "between Mali and Niger stayed open, and Mali's army blocked the road to the north.",
        "text",
    ),
    (
        "Mali's army said it would hold the road. Niger's army closed the border. Mali and "
        "Niger accused each other of arming smugglers.",
        "text",
    ),
    ("The African Union urged restraint and called for talks.", "text"),
]


def test_the_subject_of_the_headlines_act_of_force_is_a_side_whatever_it_is() -> None:
    assert "Sahel Liberation Front" in principals(FRONT_BLOCKS)
    assert "Sahel Liberation Front" not in principals(FRONT_REPORTS)


ATTACK_ON_A_CAPITAL = [
    ("Gunmen of the Crimson Dawn Brigade attack hotel in Malian capital", "heading"),
    (
        "Fighters of the Crimson Dawn Brigade stormed a hotel in the Malian capital on Monday, "
        "killing at least 30 people before security forces retook the building.",
        "text",
    ),
    (
        "The Crimson Dawn Brigade, a jihadist movement, said the hotel was a target because "
        "foreign officials stayed there. The militants had threatened the capital before.",
        "text",
    ),
    ("France condemned the attack, and Senegal offered help with the investigation.", "text"),
]


def test_the_state_a_groups_act_of_arms_falls_on_is_a_side() -> None:
    chosen = principals(ATTACK_ON_A_CAPITAL)
    assert set(chosen) == {"Crimson Dawn Brigade", "Mali"}


STRIKING_COALITION = [
    ("Coalition jets strike militia targets in Chad for third night", "heading"),
    (
        "Warplanes from Mali, Niger and Benin struck positions of the Black Banner militia in "
        "eastern Chad for a third night on Wednesday, the coalition's command said.",
        "text",
    ),
    ("The Black Banner said the strikes had killed civilians.", "text"),
    ("Russia criticised the raids, and China urged all sides to show restraint.", "text"),
]
# The same states as victims of the militia's act, listed after it.
VICTIMS_LISTED = [
    ("Militia strikes border posts in Chad", "heading"),
    (
        "Fighters of the Black Banner militia struck border posts in eastern Chad on "
        "Wednesday, and traders from Mali, Niger and Benin fled the market.",
        "text",
    ),
    ("Russia criticised the raids, and China urged all sides to show restraint.", "text"),
]


def test_states_striking_together_are_a_coalition_of_sides() -> None:
    assert {"Mali", "Niger", "Benin", "Black Banner"} <= set(principals(STRIKING_COALITION))
    assert not {"Mali", "Niger", "Benin"} & set(principals(VICTIMS_LISTED))


SEA_NAMED_AFTER_A_STATE = [
    ("BP races to cap leaking well in Gulf of Mexico", "heading"),
    (
        "NEW ORLEANS, Aug 4 - BP said on Tuesday it was drilling a relief well to stop oil "
        "gushing from its well in the Gulf of Mexico, after an explosion on the rig.",
        "text",
    ),
    ("The company said about 5,000 barrels a day were leaking into the Gulf of Mexico.", "text"),
]


def test_a_sea_named_after_a_state_is_not_the_state() -> None:
    assert "Mexico" not in principals(SEA_NAMED_AFTER_A_STATE)


SHIP_AGROUND = [
    ("Bulk carrier aground in Panama Canal as Panama halts traffic", "heading"),
    (
        "PANAMA CITY, Feb 3 - Panama halted all traffic through its canal on Friday after a "
        "bulk carrier ran aground in the Gaillard Cut, and Panama's tugs failed again to free it.",
        "text",
    ),
    (
        "More than 90 ships waited at either end. Panama's navy closed the waters around the "
        "ship, and Panama's government ordered an inquiry.",
        "text",
    ),
    (
        "The ship's owner, the Kestrel Shipping Company, said it was deeply sorry for the "
        "delays. A salvage team from the Smit Salvage Company was hired to help.",
        "text",
    ),
    ("Chile offered two tugs, and the United States sent a dredger.", "text"),
]
# The same company as the owner of a ship that helps, in no accident of its own.
SHIP_HELPS = [
    ("Panama reopens canal after drought eases", "heading"),
    (
        "PANAMA CITY, Feb 3 - Panama lifted limits on traffic in the Panama Canal on Friday as "
        "rain refilled the lakes that feed its locks.",
        "text",
    ),
    (
        "The Kestrel Shipping Company, which owns 40 ships, said it was sorry it had been "
        "unable to keep its schedules this year.",
        "text",
    ),
]


def test_the_company_an_accident_is_laid_at_is_a_side() -> None:
    assert set(principals(SHIP_AGROUND)) == {"Panama", "Kestrel Shipping Company"}
    assert "Kestrel Shipping Company" not in principals(SHIP_HELPS)


def _market_bombing(claim: str) -> list[tuple[str, str]]:
    return [
        ("Bombs kill 40 at Kampala market", "heading"),
        (
            "KAMPALA, Oct 5 - Two bombs exploded in a crowded market in the Ugandan capital on "
            "Saturday, killing at least 40 people, police said.",
            "text",
        ),
        (claim, "text"),
        (
            "Uganda's president vowed to hunt down those responsible and closed the border. "
            "Kenya condemned the attack, and the United States offered to help.",
            "text",
        ),
    ]


def test_a_group_saying_it_carried_out_the_attack_or_which_claimed_it_is_a_side() -> None:
    said = (
        "The Eastern Crescent Brigade said in a statement on Sunday that it had carried out "
        "the bombing."
    )
    which = "The Eastern Crescent Brigade, which claimed the attack, vowed more bombings."
    helped = (
        "The Eastern Crescent Relief Group said in a statement that it had treated the wounded."
    )
    assert set(principals(_market_bombing(said))) == {"Uganda", "Eastern Crescent Brigade"}
    assert set(principals(_market_bombing(which))) == {"Uganda", "Eastern Crescent Brigade"}
    assert principals(_market_bombing(helped)) == ("Uganda",)


THREE_ON_THE_RIVER = [
    ("Egypt and Ethiopia trade warnings as dam reservoir fills", "heading"),
    (
        "Egypt warned Ethiopia on Monday that filling the reservoir of its giant dam on the "
        "Blue Nile without a deal would threaten its water, as the rainy season began.",
        "text",
    ),
    ("Ethiopia said the filling was part of the dam's construction and would go on.", "text"),
    (
        "Sudan, which lies between them on the river, opened the gates of its own dams "
        "downstream. Sudan moved farmers away from the banks. Sudan also sent troops to the "
        "border with Ethiopia.",
        "text",
    ),
    ("Egypt recalled its negotiators. Ethiopia began the second filling.", "text"),
]


def test_a_third_state_followed_as_closely_as_the_sides_is_a_side_however_seldom_it_fights() -> (
    None
):
    # One of its three mentions near a word of confrontation (troops sent to a border).
    assert set(principals(THREE_ON_THE_RIVER)) == {"Egypt", "Ethiopia", "Sudan"}
    # As present, but never near such a word (it only helps its people): no side.
    calm = [(b[0].replace("sent troops to", "sent engineers to"), b[1]) for b in THREE_ON_THE_RIVER]
    assert set(principals(calm)) == {"Egypt", "Ethiopia"}


# The rebel movement is named plainly, never "rebels" or "fighters" beside its name: the data
# knows it as an armed group (`parties.armed`), a side like a state, not an agency commenting.
NAMED_MOVEMENT = [
    ("Morocco moves troops to the Guerguerat crossing", "heading"),
    (
        "Morocco sent troops on Friday to reopen the Guerguerat crossing, which supporters of "
        "the Polisario Front had blocked for three weeks.",
        "text",
    ),
    (
        "The Polisario Front said the move ended the 1991 ceasefire. Morocco said its troops "
        "would stay at the crossing.",
        "text",
    ),
    (
        "The Polisario Front declared that the truce was over, and Morocco accused the Polisario "
        "Front of provoking the crisis.",
        "text",
    ),
    ("The United Nations urged both sides to show restraint.", "text"),
]


def test_a_movement_the_data_knows_as_armed_is_a_side_when_named_plainly() -> None:
    assert set(principals(NAMED_MOVEMENT)) == {"Morocco", "Polisario Front"}


# The NGO whose ship the opening's blasts sink is a side, though no sentence names it beside
# the state whose police take up the case.
STRUCK_BODY = [
    ("Greenpeace ship sunk by blasts in Auckland harbour, photographer killed", "heading"),
    (
        "Two explosions sank the Greenpeace ship Rainbow Warrior at its berth in Auckland "
        "harbour late on Wednesday, killing a photographer on board.",
        "text",
    ),
    (
        "New Zealand closed the harbour on Thursday and detained two people travelling on "
        "Swiss passports. New Zealand charged them with murder, and New Zealand sent divers "
        "to the wreck. New Zealand asked Switzerland about the passports, and New Zealand "
        "put its navy on alert.",
        "text",
    ),
    ("Wellington ordered an inquiry, and New Zealand troops guarded the harbour.", "text"),
    ("Greenpeace said the ship had been due to sail for Mururoa atoll.", "text"),
]


def test_the_body_the_opening_act_of_force_falls_on_needs_no_sentence_with_the_state() -> None:
    assert set(principals(STRUCK_BODY)) == {"New Zealand", "Greenpeace"}


# The act reaches its word of confrontation past a body's acronym: "trigger return of UN
# sanctions on Iran".
COALITION_PAST_ACRONYM = [
    ("Britain, France and Germany trigger return of UN sanctions on Iran", "heading"),
    (
        "Iran said the move was illegal and warned it could leave the treaty. Iran's parliament "
        "met in closed session, and Iran summoned the three ambassadors.",
        "text",
    ),
    ("Britain said the door to diplomacy stayed open.", "text"),
    ("China called on all parties to show restraint.", "text"),
]


def test_states_acting_together_past_an_acronym_are_sides() -> None:
    assert set(principals(COALITION_PAST_ACRONYM)) == {
        "Iran",
        "United Kingdom",
        "France",
        "Germany",
    }


# A revolt, a rebellion, a mutiny, martial law: one country's own affair, as protests are; the
# ally whose commander released the troops is a third party.
REVOLT = [
    ("After Kwangju: how a ten-day revolt ended", "heading"),
    (
        "South Korean troops retook the city of Kwangju before dawn on Tuesday, ending a ten-day "
        "revolt against martial law in which at least 200 people were killed.",
        "text",
    ),
    (
        "The United States had agreed to release South Korean units under its joint command for "
        "the assault, and students accused the United States of backing the crackdown. The "
        "United States denied any part in the killings.",
        "text",
    ),
    ("South Korea's martial law command said order had been restored.", "text"),
]


def test_a_revolt_is_one_countrys_own_affair() -> None:
    assert domestic_story([make_doc("r", REVOLT)]) is True
    assert principals(REVOLT) == ("South Korea",)


# A vote to leave a union is no one country's own affair: the state left behind is a side.
VOTE_TO_LEAVE = [
    ("Montenegro votes narrowly for independence, threshold cleared", "heading"),
    (
        "Montenegrins voted by a slim margin to end their union with Serbia, preliminary "
        "results showed on Monday.",
        "text",
    ),
    (
        "Serbia said it would respect the result but warned that Serbia would keep its army's "
        "bases on the coast. Montenegro's prime minister said Montenegro would apply to join "
        "the European Union.",
        "text",
    ),
    (
        "Serbia's parliament met in emergency session, and Serbia recalled its envoy from "
        "Podgorica.",
        "text",
    ),
    ("The European Union congratulated the voters.", "text"),
]


def test_a_vote_to_leave_a_union_has_the_state_left_behind_as_a_side() -> None:
    assert domestic_story([make_doc("v", VOTE_TO_LEAVE)]) is False
    assert set(principals(VOTE_TO_LEAVE)) == {"Montenegro", "Serbia"}


# The state whose soil the opening's dead fell on is the one attacked, no bystander that mourns.
KILLED_ABROAD = [
    ("Israel blames Iran as Cyprus hunts for bus bomber's accomplices", "heading"),
    (
        "Six Israeli tourists and their Cypriot driver were killed at Larnaca airport on "
        "Wednesday; Tehran rejects the accusation.",
        "text",
    ),
    (
        "Israel sent investigators to the island, and Israel put its embassies in Europe on "
        "alert. Israel flew the wounded home on Thursday, and Israel buried its dead in "
        "Jerusalem.",
        "text",
    ),
    (
        "Israel said Iran and Hezbollah were behind the blast, and Israel vowed to strike back. "
        "Iran denied any part in it.",
        "text",
    ),
    ("Greece sent condolences.", "text"),
]


def test_the_state_the_openings_dead_fell_in_is_a_side_of_an_attack() -> None:
    assert "Cyprus" in principals(KILLED_ABROAD)
    assert "Greece" not in principals(KILLED_ABROAD)


# States the headline makes act as one ("launch joint inquiry") with a side are sides too.
JOINT_INQUIRY = [
    ("Hopes fade for 300 missing as Latvia, Sweden and Finland launch joint inquiry", "heading"),
    (
        "The Latvian ferry Riga sank in a storm on its way to Stockholm on Wednesday night, and "
        "Latvia said 300 passengers were still missing.",
        "text",
    ),
    (
        "Latvia declared a day of mourning. Latvia's shipping register grounded the ferry's "
        "sister ship, and Latvia asked its neighbours for divers.",
        "text",
    ),
    ("Finland sent two helicopters. Finnish ships picked up 40 survivors.", "text"),
    ("Norway offered condolences.", "text"),
]


def test_states_the_headline_makes_act_jointly_with_a_side_are_sides() -> None:
    assert set(principals(JOINT_INQUIRY)) == {"Latvia", "Sweden", "Finland"}


# A ruling group is its state's actor, never a side of its own (the gold conventions).
RULING_GROUP = [
    ("Taliban bar women from universities, drawing global condemnation", "heading"),
    (
        "Armed guards blocked women from entering university gates across Afghanistan on "
        "Wednesday, a day after the Taliban government ordered universities to suspend their "
        "education.",
        "text",
    ),
    (
        "The Taliban said the order would stand. Afghanistan's universities closed their women's "
        "dormitories, and Afghanistan's higher education ministry sent letters to every "
        "college.",
        "text",
    ),
    ("Turkey urged the Taliban to reverse the ban. Qatar voiced disappointment.", "text"),
]


def test_a_ruling_group_is_no_side_of_its_own() -> None:
    assert "Taliban" not in principals(RULING_GROUP)
    assert "Afghanistan" in principals(RULING_GROUP)


# A group the data knows as armed, named in one country's own affair only as a party (its
# seats, its ministers), is no side of it: the text must show it in the confrontation.
ARMED_GROUP_AS_PARTY = [
    ("Lebanon holds parliamentary election amid economic collapse", "heading"),
    (
        "Lebanon voted on Sunday in its first parliamentary election since the economy "
        "collapsed, and Hezbollah and its allies hoped to keep their majority.",
        "text",
    ),
    (
        "Hezbollah won 13 seats in the south, results showed. Hezbollah's ministers are expected "
        "to keep their posts, and Hezbollah named its candidate for speaker.",
        "text",
    ),
    (
        "Lebanon's interior minister said turnout was 41 percent. Lebanon's president called on "
        "the new parliament to form a government quickly.",
        "text",
    ),
    ("France urged Lebanon's leaders to enact reforms.", "text"),
]


def test_an_armed_group_named_only_as_a_party_is_no_side_of_an_election() -> None:
    assert principals(ARMED_GROUP_AS_PARTY) == ("Lebanon",)


def test_a_town_names_its_state_beside_the_others_in_its_sentence() -> None:
    # "the bombing that killed 28 people in Omagh": the United Kingdom is named there with
    # Ireland, though only by its town (a side need not be named alone beside the other).
    from briefer.briefing.parties.choice import _cooccur

    doc = make_doc(
        "t",
        [
            ("Car bomb kills 28 in Omagh", "heading"),
            ("Ireland condemned the car bombing that killed 28 people in Omagh.", "text"),
        ],
    )
    assert "United Kingdom" in _cooccur([doc])["Ireland"]


def test_a_reaction_that_only_followed_another_takes_its_stance() -> None:
    blocks = [
        *HELPER[:2],
        ("Venezuela and Colombia condemned the incursion on Saturday.", "t"),
        ("Panama followed on Sunday.", "t"),
    ]
    section = build_briefing([make_doc("c", blocks)]).section("reactions")
    assert section is not None
    stances = {i.actor: i.stance for i in section.items}
    assert stances.get("Venezuela, Colombia") == "criticism"
    assert stances.get("Panama") == "criticism"  # it followed the condemnation


def test_a_reaction_that_followed_by_its_own_means_keeps_its_own_stance() -> None:
    blocks = [
        *HELPER[:2],
        ("Venezuela and Colombia condemned the incursion on Saturday.", "t"),
        ("Panama followed the dispute closely.", "t"),  # an object of its own: no following
        ("The dispute would be followed by a visit to the river.", "t"),  # passive
    ]
    section = build_briefing([make_doc("c", blocks)]).section("reactions")
    assert section is not None
    assert {i.actor: i.stance for i in section.items}.get("Panama") != "criticism"


def test_a_reaction_that_followed_within_its_own_sentence_keeps_its_own_stance() -> None:
    from dataclasses import replace

    from briefer.briefing.build import _as_followed
    from briefer.briefing.model import Item

    before = Item("Chile condemned the raid.", "c", 1, actor="Chile", stance="criticism")
    alone = Item("Peru followed within hours.", "c", 2, actor="Peru", stance="other")
    assert _as_followed(alone, before).stance == "criticism"
    # Canada followed Australia's own act, told in the same sentence, not Chile's
    own = Item("Australia stopped visas, and Canada followed.", "c", 2, stance="other")
    assert _as_followed(own, before).stance == "other"
    # nor a reaction told in another document
    assert _as_followed(alone, replace(before, source="d")).stance == "other"


def test_a_reaction_that_only_spoke_alike_takes_the_stance_before_it() -> None:
    blocks = [
        *HELPER[:2],
        ("Venezuela and Colombia condemned the incursion on Saturday.", "t"),
        ("Panama issued a similar statement.", "t"),
        ("Chile updated its travel advice in similar terms.", "t"),
    ]
    section = build_briefing([make_doc("c", blocks)]).section("reactions")
    assert section is not None
    stances = {i.actor: i.stance for i in section.items}
    assert stances.get("Panama") == "criticism"
    assert stances.get("Chile") == "criticism"


def test_an_overseas_territory_a_disaster_struck_is_a_side_beside_its_state() -> None:
    told = [
        ("Hurricane flattens homes on the Cayman Islands", "heading"),
        (
            "A hurricane tore through the Cayman Islands on Sunday, killing four people and "
            "leaving thousands homeless.",
            "text",
        ),
        (
            "Britain sent a navy ship with relief supplies, and the Foreign Office said London "
            "would pay for the rebuilding. British officials flew to the islands on Monday.",
            "text",
        ),
        ("Jamaica offered to take in families from the islands.", "text"),
    ]
    chosen = principals(told)
    assert "Cayman Islands" in chosen
    # The state that answers for the territory stays a side, though the opening names it not.
    assert "United Kingdom" in chosen
    assert "Jamaica" not in chosen


def test_a_separatist_group_claiming_an_attack_makes_no_place_a_breakaway_region() -> None:
    from briefer.briefing.stats import collect

    told = [
        ("Bomb damages airport terminal", "heading"),
        (
            "A bomb exploded in the terminal at Las Palmas on Sunday. The Kivu Liberation Front, "
            "a separatist group, claimed responsibility for the bomb at Las Palmas.",
            "text",
        ),
    ]
    stats = collect([make_doc("bomb", told)])
    assert stats["Las Palmas"].breakaway == 0
    # A region its sentence says has broken away still has authorities of its own.
    told[1] = ("Separatist fighters in Las Palmas declared a republic on Sunday.", "text")
    assert collect([make_doc("rep", told)])["Las Palmas"].breakaway > 0


def test_helpers_named_in_a_list_of_long_names_or_sending_craft_are_not_struck() -> None:
    from briefer.briefing.parties.disasters import stricken_states

    # A list of helpers whose names run to two words ("New Zealand", "South Korean").
    teams = [
        (
            "Canadian and South Korean rescue teams arrive as Indonesia quake toll climbs",
            "heading",
        ),
        ("Whole streets of the city were flattened on Monday, officials said.", "text"),
    ]
    helpers: set[str] = set()
    assert stricken_states([make_doc("t", teams)], None, helpers) == {"Indonesia"}
    assert helpers == {"Canada", "South Korea"}
    # A state sending aircraft, helicopters or tents to another's disaster.
    craft = [
        ("Flood toll rises in Mozambique as Portugal sends helicopters", "heading"),
        ("Thousands were stranded on rooftops on Sunday.", "text"),
    ]
    helpers = set()
    assert stricken_states([make_doc("c", craft)], None, helpers) == {"Mozambique"}
    assert helpers == {"Portugal"}


BYSTANDER = [
    ("Uruguay opens deep-water port at La Paloma after decade of works", "heading"),
    (
        "Uruguay opened a deep-water port at La Paloma on Monday, the largest public works "
        "project in its history, and its transport minister said the first container ships "
        "would dock within a month.",
        "text",
    ),
    (
        "Uruguay paid for the breakwater from its own budget. Uruguay will run the terminal "
        "through its national ports authority.",
        "text",
    ),
    (
        "Much of the grain shipped through La Paloma will come from Argentina. Lorries from "
        "Argentina already queue at the gates, and Argentina's soy belt lies a day's drive away.",
        "text",
    ),
    (
        "Argentina buys a third of the electricity Uruguay exports. Argentina will hold its "
        "own harvest auctions in June, and Argentina's grain traders have booked space at the "
        "new terminal.",
        "text",
    ),
    ("Argentina said it welcomed the opening of the port and offered its support.", "text"),
    (
        "Argentina called for talks on the dredging of the shared fishing grounds.",
        "text",
    ),
]


def test_a_state_that_only_backs_or_urges_and_meets_no_confrontation_is_a_third_party() -> None:
    assert principals(BYSTANDER) == ("Uruguay",)
    assert "Argentina" in reaction_actors(BYSTANDER)
