"""What part one mention plays (`briefing.roles` and its neighbours `places`, `attacks`,
`courts`, `credits`, `commentators`): each test is one class of wording.

The sentences are written for these tests; the states and bodies are real names.
"""

from __future__ import annotations

import random

import pytest

from briefer.analysis.model import Mention, Sentence
from briefer.analysis.prefilter import fold, gate
from briefer.briefing.roles.attacks import assailed, charged_with_attack
from briefer.briefing.roles.commentators import commentary_end
from briefer.briefing.roles.credits import is_cited_outlet
from briefer.briefing.roles.cues import (
    answers_in_kind,
    comments_on_others,
    in_title,
    is_described,
    is_mediator,
    is_modifier,
    mention_weight,
    names_group,
    reciprocal,
    retaliates,
    role_cues,
)
from briefer.briefing.roles.places import (
    as_place,
    is_around,
    is_governing,
    is_located,
    is_topic_object,
    is_venue,
)
from briefer.sources.credits import is_byline


def mention(text: str, surface: str, kind: str = "GPE", after: int = 0) -> Mention:
    start = text.index(surface, after)
    return Mention(start, start + len(surface), surface, surface, kind)


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), 1, text)


def test_a_mention_weighs_by_its_role() -> None:
    cases = {
        "Spain welcomed the agreement and sent aid.": 0.0,  # helper
        "Spain brokered the truce.": 0.0,  # a go-between's act
        "Spain has evacuated its citizens.": 0.0,  # a bystander's act
        "Spain's mediators met both delegations.": 0.0,  # a go-between
        "The envoy thanked Spain for its help.": 0.0,  # helped by it
        'The office may not carry the name "Spain".': 0.0,  # a quoted word
        "Talks were held in a row over Spain.": 0.5,  # a topic
        "Spain closed its border.": 1.0,  # an agent
    }
    for text, weight in cases.items():
        located = text.endswith("in Spain.")
        assert mention_weight(text, mention(text, "Spain"), sentence(text), located) == weight


def test_places_are_read_from_the_words_before_and_after() -> None:
    def located(text: str, surface: str) -> bool:
        return is_located(text, mention(text, surface), None, set(), filed=False)

    assert located("Talks opened in Geneva on Monday.", "Geneva")
    assert located("Migrants from Laos crossed the river.", "Laos")
    # Officials from a state speak for it: no place.
    assert not located("Diplomats from Chile said the vote was fair.", "Chile")
    assert not located("Chile said the vote was fair.", "Chile")
    text = "The leader fled to India on Sunday."
    assert as_place(text, mention(text, "India"), None)  # a destination
    text = "Finland's eastern border stays closed."
    assert as_place(text, mention(text, "Finland"), None)  # a part of the country
    text = "Finland closed its eastern border."
    assert not as_place(text, mention(text, "Finland"), None)


def test_the_rest_of_a_list_of_places_is_places_too() -> None:
    text = "Aid reached camps in Syria, Somalia and Yemen."
    syria, somalia = mention(text, "Syria"), mention(text, "Somalia")
    assert is_located(text, syria, None, set(), filed=False)
    assert is_located(text, somalia, syria, {syria.start}, filed=False)
    assert not is_located(text, somalia, syria, set(), filed=False)  # Syria was no place


def test_labels_and_describing_names_are_not_parties_acting() -> None:
    text = "NATO-led troops and NATO allies met Hutu extremists."
    assert is_modifier(text, mention(text, "NATO", "ORG"))
    assert is_modifier(text, mention(text, "NATO", "ORG", after=10))
    assert is_described(text, mention(text, "Hutu", "NORP"), None)
    text = "NATO said the Hutu had left."
    assert not is_modifier(text, mention(text, "NATO", "ORG"))
    assert not is_described(text, mention(text, "Hutu", "NORP"), None)


def test_a_name_labelling_who_acts_weighs_half() -> None:
    for text in ("A Spain-led force landed at the port.", "Spain-backed militias took the port."):
        assert mention_weight(text, mention(text, "Spain"), sentence(text), False) == 0.5
    text = "A Spain-Portugal summit opened at the port."  # a pair, not a label
    assert mention_weight(text, mention(text, "Spain"), sentence(text), False) == 1.0


def test_a_commentator_and_the_body_they_speak_from() -> None:
    text = "Jane Doe, an analyst at the Crisis Group, said the talks would fail."
    end = commentary_end(text, mention(text, "Jane Doe", "PERSON"))
    assert end is not None and text.index("Crisis Group") < end  # the body is inside
    text = "Analyst Jane Doe said the talks would fail."
    assert commentary_end(text, mention(text, "Jane Doe", "PERSON")) == text.index("Jane")
    text = "Jane Doe, the foreign minister, said the talks would fail."
    assert commentary_end(text, mention(text, "Jane Doe", "PERSON")) is None


def test_role_cues_of_a_headline() -> None:
    text = "Iran bars IAEA inspectors after clashes between Israel and Hezbollah"
    iran, iaea = mention(text, "Iran"), mention(text, "IAEA", "ORG")
    cues = role_cues(text, iaea, sentence(text), iran, prominent=True)
    assert cues.targeted and not cues.armed  # the object of the headline's act
    assert not role_cues(text, iaea, sentence(text), iran, prominent=False).targeted
    israel, hezbollah = mention(text, "Israel"), mention(text, "Hezbollah", "ORG")
    assert role_cues(text, israel, sentence(text), iaea, prominent=True).paired
    assert role_cues(text, hezbollah, sentence(text), israel, prominent=True).paired
    assert role_cues(text, israel, sentence(text), iaea, prominent=True).clash
    text = "M23 rebels seized the town."
    m23 = mention(text, "M23", "ORG")
    assert role_cues(text, m23, sentence(text), None, prominent=False).armed
    text = "Transnistria, the breakaway region, held a vote."
    region = mention(text, "Transnistria")
    assert role_cues(text, region, sentence(text), None, prominent=False).breakaway


def test_a_separatist_person_tells_of_no_region_broken_away() -> None:
    """One separatist, or one of a race ("a white separatist"), is a person, not a region
    breaking away: the state named beside him stays a place of its country."""
    for text in (
        "Marshals surrounded a farmhouse in rural Montana to arrest a white separatist.",
        "Police in Oregon questioned a separatist wanted on firearms charges.",
    ):
        state = mention(text, "Montana" if "Montana" in text else "Oregon")
        assert not role_cues(text, state, sentence(text), None, prominent=False).breakaway, text
    for text in (
        "Separatist leaders in Abkhazia held a vote.",
        "Troops shelled a separatist region, Abkhazia, overnight.",
    ):
        region = mention(text, "Abkhazia")
        assert role_cues(text, region, sentence(text), None, prominent=False).breakaway, text


def test_a_byline_names_the_writers() -> None:
    assert is_byline("By Lena Hartmann in Erbil and Tomas Weber in Ankara | 2 June 2031")
    assert is_byline("By Lena Hartmann")
    assert is_byline("By Lena Hartmann, Tomas Weber and Ana Ruiz - 2 June")
    assert is_byline("Associated reporting by Lena Hartmann in Erbil.")
    assert is_byline("(Reporting by Lena Hartmann and Tomas Weber; Editing by Ana Ruiz)")
    assert not is_byline("By Monday, Iraq had closed the border.")
    assert not is_byline("By the time Iraq closed the border, Turkey had struck.")


def test_a_body_named_inside_a_persons_title() -> None:
    text = "The head of the National Assembly, Juan Perez, left."
    body = mention(text, "National Assembly", "ORG")
    assert in_title(text, body, [mention(text, "Juan Perez", "PERSON")])
    text = "The National Assembly and Juan Perez met."
    body = mention(text, "National Assembly", "ORG")
    assert not in_title(text, body, [mention(text, "Juan Perez", "PERSON")])
    text = "Talks were led by the National Security Council's Asia coordinator Kurt Campbell."
    body = mention(text, "National Security Council", "ORG")
    assert in_title(text, body, [mention(text, "Kurt Campbell", "PERSON")])


def test_a_body_a_case_is_taken_to_is_a_venue() -> None:
    for text in (
        "Mexico said it would take the case to the World Court.",
        "Lithuania was preparing a case at the World Court.",
        "The envoy will report to the agency's board and to the World Court next week.",
        "Erdogan told the World Court that Ankara backed Baku.",
        "Sixty states read a statement at the World Court in Geneva.",
    ):
        assert is_venue(text, mention(text, "World Court", "ORG")), text
    text = "The World Court ordered both states to stop."
    assert not is_venue(text, mention(text, "World Court", "ORG"))


def test_an_outlet_credited_with_a_report_is_cited() -> None:
    for text in (
        "The ministry summoned the envoy, the state news agency IRNA reported.",
        "The troops left, a spokesman said in a statement carried by the TASS news agency.",
        "According to the state broadcaster KBS, the vote was delayed.",
    ):
        outlet = next(n for n in ("IRNA", "TASS", "KBS") if n in text)
        assert is_cited_outlet(text, mention(text, outlet, "ORG")), text
    text = "The official news agency KCNA published photographs of the protests."
    assert not is_cited_outlet(text, mention(text, "KCNA", "ORG"))
    text = "Iran said on Monday, IRNA reported."
    assert not is_cited_outlet(text, mention(text, "IRNA", "ORG"))  # not told it is an outlet


def test_a_people_is_named_as_a_group_or_only_describes_something() -> None:
    grouped = {
        "Sikhs in Canada protested.": "Sikhs",
        "Kosovo Serbs blocked the roads.": "Kosovo Serbs",
        "Aid reached the Rohingya.": "Rohingya",
        "Aid reached the Rohingya in Cox's Bazar.": "Rohingya",
    }
    for text, name in grouped.items():
        assert names_group(text, mention(text, name, "NORP")), text
    describing = {
        "He was shot outside a Sikh temple.": "Sikh",
        "It was the only democracy of the Arab Spring.": "Arab",
        "He runs a Kurdish cultural centre.": "Kurdish",
    }
    for text, name in describing.items():
        assert not names_group(text, mention(text, name, "NORP")), text


def test_a_speaker_commenting_on_others_clash_is_an_observer() -> None:
    def observer(text: str, name: str, others: tuple[str, ...]) -> bool:
        rest = [mention(text, o, after=text.index(name) + len(name)) for o in others]
        return comments_on_others(text, mention(text, name), sentence(text), rest)

    assert observer("China urges India and Pakistan to stop firing", "China", ("India", "Pakistan"))
    text = "Spain and Italy condemned Russian strikes on Ukraine."
    assert observer(text, "Spain", ("Italy", "Russian", "Ukraine"))
    # One other party: a side answering the other side.
    assert not observer("Serbia condemned Kosovo's raid on the town.", "Serbia", ("Kosovo",))
    # No confrontation between the others: a side objecting to their deal.
    text = "Greece condemned Turkey's maritime deal with Libya."
    assert not observer(text, "Greece", ("Turkey", "Libya"))
    # A deed judged whose doer goes unnamed, only places named: a comment on the story.
    text = "Pakistan strongly condemns desecration of Quran in the Swedish capital Stockholm"
    assert observer(text, "Pakistan", ("Swedish", "Stockholm"))
    assert not observer(
        "Pakistan condemns Sweden's permit for the protest", "Pakistan", ("Sweden",)
    )
    # No verb of comment: the speaker acts.
    assert not observer(
        "China fired missiles at India and Pakistan.", "China", ("India", "Pakistan")
    )


def test_held_marks_an_armed_group_only_with_a_hyphen() -> None:
    text = "Ships left the Houthi-held port."
    houthis = mention(text, "Houthi", "ORG")
    assert role_cues(text, houthis, sentence(text), None, prominent=False).armed
    text = "The UN Security Council held its second meeting on the dam."
    council = mention(text, "UN Security Council", "ORG")
    assert not role_cues(text, council, sentence(text), None, prominent=False).armed


def test_a_place_named_after_a_person_is_a_label() -> None:
    text = "Strikers shut down ports and Ben Gurion airport."
    assert is_modifier(text, mention(text, "Ben Gurion", "PERSON"))
    text = "Ben Gurion proclaimed the state."
    assert not is_modifier(text, mention(text, "Ben Gurion", "PERSON"))


def test_ground_around_the_story_is_a_place() -> None:
    places = {
        "Gas was found off Cyprus in 2011.": "Cyprus",
        "The insurgency spread from neighbouring Mali.": "Mali",
        "Troops clashed where the borders of Thailand, Cambodia and Laos meet.": "Thailand",
        "Fighting went on in northern Syria.": "Syria",
    }
    for text, name in places.items():
        assert is_around(text, mention(text, name)), text
    for text in ("Turkey cut off Cyprus from the talks.", "Cyprus vetoed the sanctions."):
        assert not is_around(text, mention(text, "Cyprus")), text


def test_a_body_the_sides_turn_to_is_no_target_and_no_side() -> None:
    text = "Armenia urges UN Security Council to act as Azerbaijan presses offensive"
    armenia, council = mention(text, "Armenia"), mention(text, "UN Security Council", "ORG")
    assert not role_cues(text, council, sentence(text), armenia, prominent=True).targeted
    assert mention_weight(text, council, sentence(text), located=False) == 0.0
    text = "Armenia asked the UN Security Council to send a mission."
    council = mention(text, "UN Security Council", "ORG")
    assert mention_weight(text, council, sentence(text), located=False) == 0.0
    # A state urged by the other side is still a side.
    text = "Armenia urged Azerbaijan to halt the offensive."
    assert mention_weight(text, mention(text, "Azerbaijan"), sentence(text), located=False) == 1.0


def test_a_body_named_as_the_label_of_another_is_a_label() -> None:
    for text in (
        "The U.N. aviation body said it was concerned.",
        "The UN nuclear watchdog sent inspectors.",
        "The UN refugee agency counted 5,000 arrivals.",
    ):
        un = mention(text, "U.N." if "U.N." in text else "UN", "ORG")
        assert is_modifier(text, un), text
    text = "The UN said its agencies were ready."
    assert not is_modifier(text, mention(text, "UN", "ORG"))


def test_a_region_governs_when_it_acts_holds_or_is_led_not_when_it_is_ground() -> None:
    governing = {
        "Hong Kong and Macau restricted imports of seafood.": "Hong Kong",
        "The draft removed Karakalpakstan's status.": "Karakalpakstan",
        "The leaders of the member states of Puntland and Jubaland objected.": "Jubaland",
    }
    for text, name in governing.items():
        assert is_governing(text, mention(text, name)), text
    ground = {
        "It could open new fronts if attacks on Gaza continued.": "Gaza",
        "Leaders met on the French island of Corsica.": "Corsica",
        "France has territories in the region, including New Caledonia.": "New Caledonia",
    }
    for text, name in ground.items():
        assert not is_governing(text, mention(text, name)), text


def test_a_state_named_as_what_is_done_to_or_about_is_a_topic_object() -> None:
    topics = {
        "They joined three months after Russia's full-scale invasion of Ukraine.": "Ukraine",
        "Cyprus had blocked EU sanctions on Belarus for weeks.": "Belarus",
        "Washington courted India as a counterweight to China.": "China",
        "He withdrew his envoy over remarks concerning Lebanon.": "Lebanon",
        "Finland applied after Russia invaded Ukraine.": "Ukraine",  # what an act fell on
    }
    for text, name in topics.items():
        assert is_topic_object(text, mention(text, name), None, set()), text
    acting = {
        "Peru declared a state of emergency.": "Peru",
        "Greece signed an agreement with Egypt.": "Egypt",  # a partner, not a topic
        "The resolution passed over the objections of the United States.": "United States",
        "He thanked the Government of South Africa for hosting the talks.": "South Africa",
    }
    for text, name in acting.items():
        assert not is_topic_object(text, mention(text, name), None, set()), text
    text = "The bloc has suspended Mali and Guinea after coups."
    mali = mention(text, "Mali")
    assert is_topic_object(text, mali, None, set())
    assert is_topic_object(text, mention(text, "Guinea"), mali, {mali.start})  # the list goes on


def test_a_body_labelling_a_network_or_a_decision_is_a_modifier() -> None:
    labels = {
        "Canberra shares intelligence through the Five Eyes network.": "Five Eyes",
        "Japan, a member of the Quad grouping, welcomed it.": "Quad",
        "The Knesset could override Supreme Court rulings.": "Supreme Court",
    }
    for text, name in labels.items():
        assert is_modifier(text, mention(text, name, "ORG")), text
    text = "The Taliban administration urged restraint."
    assert not is_modifier(text, mention(text, "Taliban", "ORG"))  # a government acting


def test_a_body_whose_meeting_is_the_place_of_the_act_is_a_venue() -> None:
    venues = {
        "At a meeting of the General Affairs Council, Bulgaria objected.": (
            "General Affairs Council"
        ),
        "Aoun, addressing an emergency meeting of the Supreme Defence Council, spoke.": (
            "Supreme Defence Council"
        ),
    }
    for text, name in venues.items():
        assert is_venue(text, mention(text, name, "ORG")), text
    text = "Russia requested an emergency meeting of the Security Council."
    assert not is_venue(text, mention(text, "Security Council", "ORG"))  # the Council convenes


def test_a_party_named_as_go_between_is_a_mediator() -> None:
    mediators = {
        "Kuwait, which mediated throughout the dispute, announced a deal.": "Kuwait",
        "Berlin has led mediation efforts.": "Berlin",
        "A deal brokered by the EU was meant to end it.": "EU",
        "Egyptian mediators met both delegations.": "Egyptian",
        "KFOR, the NATO-led peacekeeping force, said 30 soldiers were hurt.": "KFOR",
        "UN peacekeepers came under fire.": "UN",
        "A ceasefire arranged by the Organization of American States took effect.": (
            "Organization of American States"
        ),
        "Talks facilitated by Norway resumed in Oslo.": "Norway",
        "A U.S.-brokered truce held overnight.": "U.S.",
    }
    for text, name in mediators.items():
        assert is_mediator(text, mention(text, name)), text
    sides = {
        "Kuwait accused Iraq of stealing its oil.": "Kuwait",
        "Talks between the EU and China stalled.": "EU",
        "Peacekeepers clash with Serb protesters.": "Serb",
        "The raid was arranged by Serbia's security service.": "Serbia",
    }
    for text, name in sides.items():
        assert not is_mediator(text, mention(text, name)), text


def test_a_leaders_name_labelling_a_government_is_a_modifier() -> None:
    text = "A White House official said the Biden administration regretted the decision."
    assert is_modifier(text, mention(text, "Biden", "PERSON"))
    text = "Afghanistan's Taliban administration urged restraint."
    assert not is_modifier(text, mention(text, "Taliban", "ORG"))  # a body's own government
    text = "Biden said the decision was regrettable."
    assert not is_modifier(text, mention(text, "Biden", "PERSON"))


def test_an_outlet_known_by_its_own_name_credited_with_a_report_is_cited() -> None:
    text = "Aid was sent, the Saudi Press Agency reported, while Riyadh said more would follow."
    assert is_cited_outlet(text, mention(text, "Saudi Press Agency", "ORG"))
    text = (
        "The International Atomic Energy Agency reported, in a statement, that the plant was hit."
    )
    assert not is_cited_outlet(text, mention(text, "International Atomic Energy Agency", "ORG"))


def test_a_blocs_members_acting_as_one_name_the_bloc_acting() -> None:
    text = "Asean members have long worried about the rivalry."
    assert not is_modifier(text, mention(text, "Asean", "ORG"))
    text = "NATO allies issued a statement of support."
    assert not is_modifier(text, mention(text, "NATO", "ORG"))
    text = "The row between the two NATO members deepened."
    assert is_modifier(text, mention(text, "NATO", "ORG"))  # a label of the two states


def test_two_parties_quarrelling_with_each_other_are_a_pair() -> None:
    def pair(text: str, name: str, kind: str = "GPE") -> bool:
        return reciprocal(text, mention(text, name, kind), sentence(text))

    text = "Russia and Ukraine blamed each other for the shelling."
    assert pair(text, "Russia") and pair(text, "Ukraine")
    text = "Thai and Cambodian troops traded fire near the temple."
    assert pair(text, "Thai", "NORP") and pair(text, "Cambodian", "NORP")
    assert pair("Armenia and Azerbaijan have exchanged accusations.", "Armenia")
    # One party blaming another is an accusation, no pair; helpers are no pair either.
    assert not pair("Russia blamed Ukraine for the shelling.", "Russia")
    assert not pair("Russia and China traded goods worth $200bn.", "Russia")
    # Anywhere in the text, not only in the headline or lead; the accused is opposed too.
    text = "Later, Russia and Ukraine accused one another of shelling the plant."
    cues = role_cues(text, mention(text, "Ukraine"), sentence(text), None, prominent=False)
    assert cues.paired and cues.opposed
    text = "Moldova accused Moscow of using energy as a weapon."
    cues = role_cues(text, mention(text, "Moscow"), sentence(text), None, prominent=False)
    assert cues.opposed and not cues.paired
    text = "The clashes along the border between Israel and Lebanon went on."
    cues = role_cues(text, mention(text, "Lebanon"), sentence(text), None, prominent=False)
    assert cues.opposed and not cues.paired  # a pair only in the headline or lead


def test_words_of_confrontation_count_in_the_mentions_own_clause() -> None:
    def clash(text: str, name: str) -> bool:
        return role_cues(text, mention(text, name), sentence(text), None, prominent=False).clash

    # The clause after 'as' tells of others' fighting, not of the Gabonese act.
    assert not clash("Gabon opened new schools as the rival armies fight in Congo", "Gabon")
    assert clash("Chad shelled the town as talks resumed", "Chad")
    assert clash("Talks resumed; Chad shelled the town", "Chad")
    assert not clash("Fighting spread; Chad opened two schools", "Chad")
    # 'as well as', 'as part of' join, they begin no clause.
    assert clash("Troops from Chad as well as Niger fought the insurgents", "Niger")


def test_objections_and_pressure_from_a_state_are_its_acts_not_a_place() -> None:
    def located(text: str, surface: str) -> bool:
        return is_located(text, mention(text, surface), None, set(), filed=False)

    assert not located("It filled the dam despite objections from Egypt.", "Egypt")
    assert not located("The plan drew pressure from Washington.", "Washington")
    assert located("Refugees from Sudan crossed the border.", "Sudan")


def test_helpers_are_read_through_said_it_would_and_a_list_of_names() -> None:
    def weight(text: str, name: str = "Turkey") -> float:
        return mention_weight(text, mention(text, name), sentence(text), False)

    assert weight("Turkey said on Monday it would stand by Azerbaijan.") == 0.0
    assert weight("Turkey vows support for Azerbaijan as fighting spreads") == 0.0
    assert weight("Saudi Arabia and the United States hosted talks.", "Saudi Arabia") == 0.0
    assert weight("Turkey said on Monday it would strike back.") == 1.0
    assert weight("Turkey vows revenge after the attack") == 1.0


def test_a_bodys_chief_commenting_on_others_is_an_observer() -> None:
    text = "IAEA chief warns of disaster as shelling hits Zaporizhzhia plant"
    iaea = mention(text, "IAEA", "ORG")
    rest = [mention(text, "Zaporizhzhia")]  # a town of no known state: a place, not a party
    assert comments_on_others(text, iaea, sentence(text), rest)
    text = "IAEA chief warns Iran over the cameras"
    assert not comments_on_others(
        text, mention(text, "IAEA", "ORG"), sentence(text), [mention(text, "Iran")]
    )


def test_a_pair_joined_by_a_dash_and_the_other_side_of_a_quarrel() -> None:
    text = "What the crash did to Azerbaijan–Russia relations"
    azerbaijan, russia = mention(text, "Azerbaijan"), mention(text, "Russia")
    assert role_cues(text, azerbaijan, sentence(text), None, prominent=True).paired
    assert role_cues(text, russia, sentence(text), azerbaijan, prominent=True).paired
    text = "Talks in Azerbaijan–Russia style"  # no word of relation after the pair
    assert not role_cues(text, mention(text, "Russia"), sentence(text), None, True).paired
    text = "The account has deepened a crisis with Turkey."
    assert role_cues(text, mention(text, "Turkey"), sentence(text), None, False).adversary
    text = "Laws that conflict with Turkey's rules were struck down."
    assert not role_cues(text, mention(text, "Turkey"), sentence(text), None, False).adversary


def test_a_bodys_procedure_is_not_the_body_targeted() -> None:
    text = "Ukraine initiates WTO dispute proceedings over grain bans"
    ukraine, wto = mention(text, "Ukraine"), mention(text, "WTO", "ORG")
    assert not role_cues(text, wto, sentence(text), ukraine, prominent=True).targeted
    text = "Iran bars IAEA inspectors from the site"
    iran, iaea = mention(text, "Iran"), mention(text, "IAEA", "ORG")
    assert role_cues(text, iaea, sentence(text), iran, prominent=True).targeted


def test_a_patron_arming_or_training_a_side_helps_it() -> None:
    def weight(text: str, name: str = "Iran") -> float:
        return mention_weight(text, mention(text, name), sentence(text), False)

    assert weight("Iran says it will keep arming Hamas as the offensive widens") == 0.0
    assert weight("Iran supplied weapons to the militia.") == 0.0
    assert weight("Iran's forces trained its fighters.") == 0.0
    assert weight("Iran fired missiles at the base.") == 1.0


def test_a_place_labelling_an_act_is_where_not_who() -> None:
    text = "Israel widens Gaza offensive"
    israel, gaza = mention(text, "Israel"), mention(text, "Gaza")
    cues = role_cues(text, gaza, sentence(text), israel, prominent=True)
    assert not cues.targeted and not cues.clash
    assert mention_weight(text, gaza, sentence(text), False) == 0.5
    # A people's name before the act names the doer.
    text = "The Israeli offensive widened"
    israeli = mention(text, "Israeli", "NORP")
    assert role_cues(text, israeli, sentence(text), None, prominent=True).clash
    assert mention_weight(text, israeli, sentence(text), False) == 1.0


def test_one_attacking_a_party_or_attacked_by_one_is_opposed() -> None:
    def opposed(text: str, name: str) -> bool:
        m = mention(text, name)
        return role_cues(text, m, sentence(text), None, prominent=False).opposed

    assert opposed("Iran fired 180 missiles at Israel on Tuesday.", "Iran")
    assert opposed("Israel vowed to retaliate against Iran.", "Iran")
    assert not opposed("Chad closed its border with Sudan as fighting spread.", "Chad")
    assert not opposed("The US sent a carrier to the eastern Mediterranean.", "US")


def test_a_group_claiming_an_attack_is_armed_one_claiming_victory_or_condemning_is_not() -> None:
    for text in (
        "The Islamic State group has claimed responsibility for the attack on the town.",
        "Islamic State claims Palma attack as survivors reach Pemba",
        "Islamic State on Monday claimed the bombing of the market.",
    ):
        group = mention(text, "Islamic State", "ORG")
        assert role_cues(text, group, sentence(text), None, prominent=False).armed, text
    # Introduced as armed beside its name, before it acts.
    for text in (
        "Later, Islamic State, the jihadist group that holds the town, said it had won.",
        "Islamic State, an al-Qaeda rival and militant network, denied it.",
    ):
        group = mention(text, "Islamic State", "ORG")
        assert role_cues(text, group, sentence(text), None, prominent=False).armed, text
    for text in (
        "Islamic State, the subject of a UN report, was named.",
        "Islamic State claims victory in a statement.",
        "Islamic State condemned the attack on the town.",
    ):
        group = mention(text, "Islamic State", "ORG")
        assert not role_cues(text, group, sentence(text), None, prominent=False).armed, text


def test_a_speaker_answering_in_kind_retaliates_one_urging_restraint_does_not() -> None:
    from briefer.briefing.roles.cues import retaliates

    for text, speaker in (
        ("Belarus said Minsk would retaliate in kind.", "Belarus"),
        ("Russia said it would expel ten Czech diplomats in retaliation.", "Russia"),
        ("China vowed to take reciprocal measures.", "China"),
    ):
        m = mention(text, speaker)
        assert retaliates(text, m, sentence(text)), text
    for text, speaker in (
        ("Poland urged Lithuania not to retaliate.", "Poland"),
        ("Washington condemned China's retaliatory action.", "Washington"),
        ("Germany warned against retaliation.", "Germany"),
    ):
        m = mention(text, speaker)
        assert not retaliates(text, m, sentence(text)), text


def test_helpers_in_a_disaster_and_a_business_nationality_weigh_as_such() -> None:
    cases = {
        "Japan sent a team of six experts to the island.": 0.0,  # a helper's team
        "Japan sent 80 rescuers and sniffer dogs.": 0.0,
        "The prime minister asked Japan for help.": 0.0,  # a state turned to for help
        "The prime minister asked Japan to withdraw its ships.": 1.0,  # asked to stop: a side
        "Japan sent troops to the island.": 1.0,  # troops are a side's act
    }
    for text, weight in cases.items():
        assert mention_weight(text, mention(text, "Japan"), sentence(text), False) == weight, text
    for text, weight in {
        "The Japanese owner of the ship apologised.": 0.5,  # where the business is from
        "A Japanese shipping company chartered the tanker.": 0.5,
        "The Japanese state company cut supplies.": 1.0,  # a state's own company acts for it
        "The Japanese navy escorted the tanker.": 1.0,
    }.items():
        japanese = mention(text, "Japanese", "NORP")
        assert mention_weight(text, japanese, sentence(text), False) == weight, text


def test_a_states_nationals_and_its_evacuation_flights_are_not_its_part_in_the_fight() -> None:
    text = "Twenty Thai farm workers were among the hostages."
    thai = mention(text, "Thai", "NORP")
    assert mention_weight(text, thai, sentence(text), False) == 0.5
    text = "Thai soldiers crossed the border."
    assert mention_weight(text, mention(text, "Thai", "NORP"), sentence(text), False) == 1.0
    text = "Thailand sent planes to evacuate 5,000 workers."
    assert mention_weight(text, mention(text, "Thailand"), sentence(text), False) == 0.0
    text = "Thailand sent planes to bomb the camps."
    assert mention_weight(text, mention(text, "Thailand"), sentence(text), False) == 1.0


def test_a_group_named_claiming_an_attack_is_its_author() -> None:
    from briefer.briefing.roles.attacks import claims_attack

    text = "On Tuesday the Islamic State group claimed the attacks through its Amaq news agency."
    group = mention(text, "Islamic State", "ORG")
    assert claims_attack(text, group, sentence(text))
    # Of the story's own attack ("the attacks"), in a relative clause too; not of an earlier one.
    text = "Islamic State, which claimed the attacks, was named."
    assert claims_attack(text, mention(text, "Islamic State", "ORG"), sentence(text))
    text = "ISWAP, which claimed a raid in 2020, was named."
    assert not claims_attack(text, mention(text, "ISWAP", "ORG"), sentence(text))
    text = "ISWAP said on Sunday that it had carried out the raid on the base."
    assert claims_attack(text, mention(text, "ISWAP", "ORG"), sentence(text))
    text = "ISWAP said it had carried out a raid in 2020."
    assert not claims_attack(text, mention(text, "ISWAP", "ORG"), sentence(text))


def test_a_state_helping_through_its_named_body_or_in_the_progressive_is_a_helper() -> None:
    for text, weight in {
        "Agents of the US Federal Bureau of Investigation are helping local police.": 0.0,
        "The US is helping the inquiry.": 0.0,
        "The US Federal Bureau of Investigation arrested two men.": 1.0,
        "The US is striking targets in Yemen.": 1.0,
    }.items():
        assert mention_weight(text, mention(text, "US"), sentence(text), False) == weight, text


def test_the_rest_of_a_list_of_brokers_or_of_those_thanked_helps_too() -> None:
    for text, weight in {
        "The deal was brokered by Russia and Turkey on Tuesday.": 0.0,
        "The deal was brokered by Qatar, Egypt and Turkey.": 0.0,
        "The envoy thanked France, Germany and Turkey for their help.": 0.0,
        "Fighting spread to Russia and Turkey.": 1.0,
    }.items():
        assert mention_weight(text, mention(text, "Turkey"), sentence(text), False) == weight, text


def test_a_push_into_a_part_of_a_country_names_ground() -> None:
    def located(text: str, surface: str) -> bool:
        return is_located(text, mention(text, surface), None, set(), filed=False)

    assert located("Troops pushed deeper into north-east Chad on Monday.", "Chad")
    assert located("It was the army's third incursion into northern Mali.", "Mali")
    assert located("Columns moved into the far south-western Niger.", "Niger")
    # A region named after another word is no push into ground.
    assert not located("The talks north of the river left Chad out.", "Chad")


def test_a_states_people_named_as_others_weigh_half() -> None:
    def weight(text: str, surface: str) -> float:
        m = mention(text, surface, "NORP")
        return mention_weight(text, m, sentence(text), False)

    # People from the state fighting it or fled from it, not the state acting.
    assert weight("Allied Malian rebels pushed north.", "Malian") == 0.5
    assert weight("Thousands of Malian refugees crossed the river.", "Malian") == 0.5
    # Nationals counted among the dead, a state's experts sent to an accident.
    assert weight("The dead included 43 Peruvians and 12 Chileans.", "Peruvians") == 0.5
    assert weight("The recorders were handed to Peruvian experts.", "Peruvian") == 0.5
    assert weight("Peruvian rescuers arrived.", "Peruvian") == 0.5
    assert weight("A Peruvian forensic team arrived.", "Peruvian") == 0.5
    # A side's own team is the side.
    assert weight("The Peruvian negotiating team walked out.", "Peruvian") == 1.0
    # A label for a group's alignment.
    assert weight("The pro-Malian militias withdrew.", "Malian") == 0.5
    # A people with no state of its own is the group itself; the state's own organs act.
    assert weight("Houthi rebels fired a missile.", "Houthi") == 1.0
    assert weight("Malian troops pushed north.", "Malian") == 1.0
    assert weight("1,000 Malian troops pushed north.", "Malian") == 1.0


def test_the_party_an_offensive_is_waged_against_is_read() -> None:
    text = "It was the second day of an offensive against the Arakan Army in the west."
    assert assailed(text, mention(text, "Arakan Army", "ORG"), sentence(text))
    text = "The army began a campaign against the Tigray-led Front on Friday."
    assert assailed(text, mention(text, "Front", "ORG"), sentence(text))
    # Words against someone are no offensive.
    text = "The envoy spoke against the Arakan Army in the council."
    assert not assailed(text, mention(text, "Arakan Army", "ORG"), sentence(text))


def test_the_party_charged_with_the_attack_is_read() -> None:
    def charged(text: str, surface: str) -> bool:
        return charged_with_attack(text, mention(text, surface, "ORG"), sentence(text))

    text = "The government blamed a local militant group, the Dawn Front, for the bombings."
    assert charged(text, "Dawn Front")
    text = "Police accused the Dawn Front of carrying out Friday's attack on the market."
    assert charged(text, "Dawn Front")
    # Blamed for something else, or named beside the charge, is no author of the attack.
    assert not charged("The minister blamed the Dawn Front for the delays.", "Dawn Front")
    assert not charged("The Dawn Front blamed the army for the bombings.", "Dawn Front")


@pytest.mark.parametrize(
    "text",
    [
        "Minsk said it would retaliate.",
        "Moscow expelled two diplomats in retaliation.",
        "The ministry said it would take retaliatory steps.",
        "Beijing said it would respond in kind.",
        "Officials warned of tit-for-tat expulsions.",
        "Tehran announced reciprocal measures on Friday.",
        "The bloc adopted mirror measures.",
        "Moscow vowed to RETALIATE.",
        "Beijing said it would respond in \u212aind.",  # a Kelvin sign: IGNORECASE reads it as k
    ],
)
def test_every_answer_in_kind_passes_the_plain_look_before_the_pattern(text: str) -> None:
    # answers_in_kind looks for the pattern's words in the folded text before searching it.
    assert answers_in_kind(text)


def test_no_answer_in_kind_without_its_words() -> None:
    assert not answers_in_kind("Minsk said it would respond to the expulsion.")


def test_a_speakers_words_of_confrontation_are_not_read() -> None:
    text = "Thailand said its troops exchanged fire with Cambodian soldiers."
    m = mention(text, "Thailand")
    assert role_cues(text, m, sentence(text), None, False).clash
    assert not role_cues(text, m, sentence(text), None, False, narrative=False).clash


def test_a_heading_of_a_bare_name_and_the_ground_by_a_border_are_no_party_acting() -> None:
    # A round-up's section heading is the label of what follows, not the state acting.
    assert mention_weight("Russia", mention("Russia", "Russia"), sentence("Russia"), False) == 0.0
    text = "Russia closed its airspace."
    assert mention_weight(text, mention(text, "Russia"), sentence(text), False) == 1.0
    # The ground by a state's border is a place; the state across it is no side for that.
    text = "The airliner came down near the border with Russia on Thursday."
    m = mention(text, "Russia")
    assert is_located(text, m, None, set(), False)
    text = "Ukraine accused Russia of shelling the border town."
    assert not is_located(text, mention(text, "Russia"), None, set(), False)


def test_the_subject_of_an_act_of_force_is_its_agent_and_of_a_word_or_a_help_is_not() -> None:
    from briefer.briefing.roles.attacks import news_agent

    for text, agent in {
        "Arakan Army fighters seized the port on Sunday.": True,
        "The Arakan Army launched an offensive on the town.": True,
        "The Arakan Army blew up a bridge near the border.": True,
        "The Arakan Army entered the capital on Monday.": True,
        "The Arakan Army's supporters blocked the road to the port.": True,
        "The Arakan Army declared independence on Friday.": True,
        "The Arakan Army said it wanted talks.": False,
        "The Arakan Army blocked the resolution.": False,
        "The Arakan Army entered talks with the army.": False,
        "Arakan Army drones strike the port.": True,
        "Arakan Army strike over unpaid wages.": False,
    }.items():
        group = mention(text, "Arakan Army", "ORG")
        assert news_agent(text, group, sentence(text)) is agent, text


def test_a_body_introduced_as_the_rebels_wing_is_an_armed_group() -> None:
    text = "The Karen National Union, the rebels' political wing, said its guns would fall silent."
    union = mention(text, "Karen National Union", "ORG")
    assert role_cues(text, union, sentence(text), None, False).armed
    text = "The Karen National Union, the country's oldest party, said it would stand."
    union = mention(text, "Karen National Union", "ORG")
    assert not role_cues(text, union, sentence(text), None, False).armed


def test_more_forms_of_a_claim_name_the_attack_s_author() -> None:
    from briefer.briefing.roles.attacks import claims_attack

    for text, name, claimed in [
        # a "militant group" saying it was behind a number of bombings
        (
            "Somalia's al-Shabaab militant group said on Monday it was behind two bombings.",
            "al-Shabaab",
            True,
        ),
        # the claim told of the group just named
        (
            "He said they had no links with the Islamic State, even though the group claimed "
            "the attack through its news agency.",
            "Islamic State",
            True,
        ),
        # after an apposition
        (
            "The Signed-in-Blood Battalion, Belmokhtar's group, said in a statement that it had "
            "carried out the attack.",
            "Signed-in-Blood Battalion",
            True,
        ),
        # a group that only condemns, or was behind something else, claims nothing
        ("Hamas condemned the attack on the mosque.", "Hamas", False),
        ("Hamas said it was behind the truce talks.", "Hamas", False),
    ]:
        found = claims_attack(text, mention(text, name, "ORG"), sentence(text))
        assert found is claimed, text


def test_a_claim_through_the_group_s_people_outlet_or_ally_names_the_attack_s_author() -> None:
    from briefer.briefing.roles.attacks import claims_attack

    for text, name, claimed in [
        # its own people did it, in its word or its ally's
        (
            "The Somali Islamist group al Shabaab said its fighters carried out the attack.",
            "al Shabaab",
            True,
        ),
        (
            "AQIM said in a statement posted online that fighters of its ally al-Mourabitoun "
            "had carried out the attack.",
            "AQIM",
            True,
        ),
        (
            "A caller said a group called Islamic Jihad had carried out both attacks.",
            "Islamic Jihad",
            True,
        ),
        (
            "The Macina Liberation Front's fighters staged the attack.",
            "Macina Liberation Front",
            True,
        ),
        # its news agency claims it; a claim of both attacks
        ("Islamic State news agency claims attack", "Islamic State", True),
        (
            "The Islamic State group claimed both attacks, although no proof was given.",
            "Islamic State",
            True,
        ),
        # the claim as a noun; the group held responsible
        ("Islamic State's claim the following day shifted the debate.", "Islamic State", True),
        (
            "No group claimed the bombing, but police said they believed a splinter group "
            "calling itself the Real IRA was responsible.",
            "Real IRA",
            True,
        ),
        # (held responsible for no attack the sentence tells of)
        ("The report found that Frontex was responsible.", "Frontex", False),
        ("MSF said it had carried out the rescue operation.", "MSF", False),
        # its short name in brackets; a claim through its outlet; a long "said ... that"
        (
            "Al Qaeda in the Islamic Maghreb (AQIM) said in a statement that it had carried "
            "out the attack.",
            "AQIM",
            True,
        ),
        (
            "AQIM has claimed responsibility through its news outlet, saying the group carried "
            "out the operation.",
            "AQIM",
            True,
        ),
        (
            "Al-Mourabitoun, led by Mokhtar Belmokhtar, said in a message to the Mauritanian "
            "news agency Al Akhbar that it had carried out the attack.",
            "Al-Mourabitoun",
            True,
        ),
        # a relative clause after the group's description
        (
            "Islamic Jihad, the little-known group that claimed both attacks, warned of more.",
            "Islamic Jihad",
            True,
        ),
        # a claim that something is so, or a responsibility of another kind, is no claim
        ("Hamas's claim that the hospital was hit was disputed.", "Hamas", False),
        ("Hamas was responsible for the crossing until May.", "Hamas", False),
        ("Hamas carried out the inspection of the site.", "Hamas", False),
    ]:
        found = claims_attack(text, mention(text, name, "ORG"), sentence(text))
        assert found is claimed, text


def test_the_group_the_attackers_belong_to_or_the_attack_is_blamed_on_is_its_author() -> None:
    from briefer.briefing.roles.attacks import named_as_authors

    for text, name, named in [
        (
            "Police said the six attackers killed by commandos belonged to Jamaat-ul-Mujahideen "
            "Bangladesh, a banned domestic group.",
            "Jamaat-ul-Mujahideen Bangladesh",
            True,
        ),
        (
            "The bombers were a cell of militants who acted in the name of al-Qaeda.",
            "al-Qaeda",
            True,
        ),
        ("The bombings were quickly blamed on Hezbollah.", "Hezbollah", True),
        ("The massacre was carried out by the Janjaweed.", "Janjaweed", True),
        # hijackers and kidnappers are the attack's makers as gunmen are
        (
            "The hijackers, students who say they belong to the Crimson Dawn Brigade, seized "
            "the airliner after take-off.",
            "Crimson Dawn Brigade",
            True,
        ),
        (
            "The kidnappers were members of the Crimson Dawn Brigade, police said.",
            "Crimson Dawn Brigade",
            True,
        ),
        ("The hijackers' hostages were members of the Red Crescent.", "Red Crescent", False),
        # help from a group, or a group merely named near the attack, is no authorship
        ("The attackers' victims were members of the Red Crescent.", "Red Crescent", False),
        ("The attack was condemned by Hezbollah.", "Hezbollah", False),
    ]:
        assert named_as_authors(text, mention(text, name, "ORG"), sentence(text)) is named, text


def test_a_court_s_warrant_is_a_case_against_a_party_its_prosecutor_s_inquiry_is_not() -> None:
    from briefer.briefing.roles.courts import holds_case_against

    court = "International Criminal Court"
    text = "The International Criminal Court issued an arrest warrant for the president."
    assert holds_case_against(text, mention(text, court, "ORG"), sentence(text))
    text = (
        "The International Criminal Court's prosecutor said his office had opened a "
        "preliminary examination of the killings."
    )
    assert not holds_case_against(text, mention(text, court, "ORG"), sentence(text))


def test_literal_places_answer_as_a_search_of_the_window() -> None:
    # `may_hold` finds a pattern's literals once per text and answers for any window by a
    # bisection: it must say exactly whether a literal lies wholly inside the window.
    from briefer.briefing.roles.cues import _ARMED_BEFORE, CLASH
    from briefer.briefing.roles.literal_gates import may_hold

    text = fold(
        "Rebels of the self-proclaimed republic clashed with troops; the army said the "
        "militia had fired first, and sanctions followed. Talks in Geneva went on."
    )
    rng = random.Random(7)
    for pattern in (CLASH, _ARMED_BEFORE):
        literals = gate(pattern).literals
        assert literals
        for _ in range(2000):
            pos = rng.randrange(len(text))
            endpos = pos + rng.randrange(-3, 60)
            expected = any(text.find(w, pos, max(endpos, 0)) >= 0 for w in literals)
            assert may_hold(pattern, text, pos, endpos) == expected


def test_literal_places_of_several_patterns_come_from_one_scan_per_text() -> None:
    # One scan of a text finds the literals of every pattern asked about so far: each pattern's
    # answers stay its own, across texts read in turn and a pattern first asked about late.
    from briefer.briefing.roles.cues import _ARMED_BEFORE, _BREAKAWAY, CLASH
    from briefer.briefing.roles.literal_gates import may_hold

    texts = [
        fold("Separatist militia clashed with the army; the self-declared state said so."),
        fold("Talks went on in Geneva, and no one fired a shot; the rebels stayed home."),
    ]
    rng = random.Random(11)
    for round_ in range(3):
        patterns = (CLASH, _ARMED_BEFORE) if round_ == 0 else (CLASH, _BREAKAWAY, _ARMED_BEFORE)
        for text in texts:
            for _ in range(300):
                pattern = rng.choice(patterns)
                literals = gate(pattern).literals
                assert literals
                pos = rng.randrange(len(text))
                endpos = pos + rng.randrange(-3, 60)
                expected = any(text.find(w, pos, max(endpos, 0)) >= 0 for w in literals)
                assert may_hold(pattern, text, pos, endpos) == expected


def test_reciprocal_reads_each_sentence_of_a_text_on_its_own() -> None:
    # (the words it needs are found once per sentence: the next sentence is read afresh)
    text = "Turkey and Greece held talks. Russia and Ukraine blamed each other for the shelling."
    cut = text.index(" Russia")
    first = Sentence(0, cut, 1, text[:cut])
    second = Sentence(cut + 1, len(text), 1, text[cut + 1 :])
    assert not reciprocal(text, mention(text, "Greece"), first)
    assert reciprocal(text, mention(text, "Ukraine"), second)
    assert reciprocal(text, mention(text, "Russia"), second)
    assert not reciprocal(text, mention(text, "Turkey"), first)
    late = "Talks failed after they blamed each other, said Japan."
    assert not reciprocal(late, mention(late, "Japan"), sentence(late))  # the words come before


def test_answers_in_kind_and_governing_regions_read_per_document() -> None:
    # The literals are found once per document: a second document must be read afresh.
    answer = "Belarus said Minsk would retaliate in kind."
    quiet = "Belarus said Minsk would wait for the talks."
    assert retaliates(answer, mention(answer, "Minsk"), sentence(answer))
    assert not retaliates(quiet, mention(quiet, "Minsk"), sentence(quiet))
    assert retaliates(answer, mention(answer, "Minsk"), sentence(answer))
    led = "The leaders of Puntland met in the capital."
    assert is_governing(led, mention(led, "Puntland"))
    held = "Talks went on in Minsk."
    assert not is_governing(held, mention(held, "Minsk"))
    assert is_governing(led, mention(led, "Puntland"))


def test_a_name_labelling_a_sum_of_money_is_not_the_state() -> None:
    def weight(text: str, name: str, kind: str = "GPE") -> float:
        return mention_weight(text, mention(text, name, kind), sentence(text), False)

    assert weight("The agency appealed for US$40 million to house the homeless.", "US") == 0.0
    assert weight("The fund reached 8 million Danish kroner on Friday.", "Danish", "NORP") == 0.0
    assert weight("Donors pledged 300,000 Canadian dollars in relief.", "Canadian", "NORP") == 0.0
    # A verb after a state's name is its act, whatever word it shares with a currency.
    assert weight("Russia pounds the port with artillery.", "Russia") == 1.0
    assert weight("Canadian troops crossed the river.", "Canadian", "NORP") == 1.0
