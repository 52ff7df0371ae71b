"""Third parties' reactions told as acts, with no reporting verb: who acts when the subject
carries an aside, and sentences first read as history that a later pass makes news."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_readings import actors_of, story_sentences

from briefer.analysis.entities import find_mentions
from briefer.analysis.labels import time_cues
from briefer.analysis.labels.paragraphs import Labelled
from briefer.analysis.model import Sentence
from briefer.analysis.pipeline import _acting_in_late_news, _Context
from briefer.analysis.reactions import acting_parties, acts_by_pronoun, acts_by_reference
from briefer.analysis.sentences import Span


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # what the party is, told between commas before its act
        ("Germany, home to two million people of Turkish origin, sent rescue teams.", "Germany"),
        (
            "Ankara, once a close ally of Damascus, has been hosting thousands of refugees.",
            "Turkey",
        ),
        ("Spain, wary of Catalonia, has hinted that it could slow down an application.", "Spain"),
        (
            "The Council of Europe, of which Turkey is a member, reminded Ankara of its duties.",
            "Council of Europe",
        ),
        ("Guatemala, itself shaken by an earthquake, sent a team of firefighters.", "Guatemala"),
        # an apposition after ", the": who the party is, not the next item of a list
        ("UNIFIL, the UN force in the south, sent two patrols to the border.", "UNIFIL"),
        # two asides in a row, the second a participle's clause
        (
            "Indonesia, where a Lion Air jet crashed in October, killing 189 people, grounded "
            "its fleet as well.",
            "Indonesia",
        ),
        # two asides in a row
        (
            "Japan, which lost nine citizens, the largest toll of any country, sent a plane.",
            "Japan",
        ),
    ],
)
def test_an_aside_between_the_party_and_its_act(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


def test_a_list_after_the_comma_is_still_a_list() -> None:
    assert actors_of("France, the United Kingdom and Italy sent warships.") == (
        "France",
        "United Kingdom",
        "Italy",
    )


def test_a_sentence_made_news_late_is_read_for_who_acts() -> None:
    text = "India sent navy ships with relief supplies to Yangon."
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    ctx = _Context(text, mentions, [m.start for m in mentions], {})
    ctx.spans = [Span(0, len(text), 0)]
    cues = time_cues(text, None, None)
    news = [Sentence(0, len(text), 0, text, "development")]
    # first read as history, then made news (by the paragraph read whole or the model)
    assert _acting_in_late_news(news, [Labelled(0, "background", cues)], ctx)[0].speakers == (
        "India",
    )
    # a sentence read as news in the first pass was read for who acts then: left alone
    assert _acting_in_late_news(news, [Labelled(0, "development", cues)], ctx)[0].speakers == ()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("This time Washington voted in favour.", "United States"),
        ("But France has also reinforced its air-defence units in the capital.", "France"),
        ("Two days later the United States vetoed a draft resolution.", "United States"),
        (
            "Meeting in emergency session in New York, the Security Council adopted a resolution.",
            "United Nations Security Council",
        ),
    ],
)
def test_an_opening_without_a_party_before_the_subject(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Italy, the old colonial power, flew its citizens home.", ("Italy",)),
        (
            "Italy, Austria and Greece sent tents and field kitchens.",
            ("Italy", "Austria", "Greece"),
        ),
        # an adverb in "-ly" still opens the sentence before its subject
        ("Separately, Austria sent two field kitchens.", ("Austria",)),
    ],
)
def test_a_name_ending_in_ly_is_no_opening_adverb(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


def test_an_adjective_in_ing_is_no_opening_clause() -> None:
    # "Neighbouring" qualifies the subject; "Meeting ..., " is a clause before it
    assert actors_of("Neighbouring Guatemala, itself shaken by a quake, sent firefighters.") == (
        "Guatemala",
    )


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Japan will provide $4 billion, the largest single share.", ("Japan",)),
        ("Indonesia and South Korea will lend $500 million each.", ("Indonesia", "South Korea")),
        ("The IMF will lend about $4 billion over 34 months.", ("International Monetary Fund",)),
    ],
)
def test_a_pledge_of_help_told_in_the_future_is_an_act(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


def test_a_meeting_still_to_come_is_no_act() -> None:
    assert actors_of("EU foreign ministers will meet in Brussels on Friday.") == ()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Austria's state railways cancelled all trains to Ljubljana on Friday.", "Austria"),
        ("Sweden's central bank raised its marginal lending rate to defend the krona.", "Sweden"),
        ("An Israeli army field hospital has been running in Bhuj since Monday.", "Israel"),
        ("A NATO air bridge has carried tents and blankets to the air base.", "NATO"),
        ("A UN disaster assessment team arrived in the capital on Thursday.", "United Nations"),
        # a passive that only hedges the act
        ("Russian airborne divisions were reported on alert.", "Russia"),
    ],
)
def test_a_partys_own_service_or_unit_acts_for_it(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


def test_a_passive_done_to_the_party_is_still_no_act() -> None:
    assert actors_of("Russian airborne divisions were attacked near the border.") == ()


@pytest.mark.parametrize(
    "text",
    [
        # a habit in the present: what the party is, not what it did in the news
        "Russia sells weapons to both countries.",
        "The EU buys about 60% of the country's garment exports.",
        "The United States keeps its Fifth Fleet in Bahrain.",
        # a plan still to come
        "EU foreign ministers are to discuss a visa ban and asset freeze on Monday.",
        "The Arab League's council is to convene an emergency session on Sunday.",
        "ASEAN foreign ministers meet in Manila next week.",
        "The Security Council is unlikely to grant a deferral.",
        # says only that the party did more: the next sentence says what
        "Moscow went further.",
    ],
)
def test_no_act_of_the_news(text: str) -> None:
    assert actors_of(text) == ()


def test_a_meeting_held_is_an_act() -> None:
    assert actors_of("ASEAN foreign ministers met in Manila on Monday.") == ("ASEAN",)


def test_a_plural_names_plan_is_no_act() -> None:
    text = "The Organization of American States' council is due to discuss the raid on Monday."
    found = [m for m in find_mentions(text) if m.canonical == "Organization of American States"]
    assert found
    assert acting_parties(text, found) == ()


def test_going_further_with_content_is_an_act() -> None:
    assert actors_of("Austria went further, suspending €19 million in development payments.") == (
        "Austria",
    )


def test_a_territory_acts_listed_with_states_or_by_its_own_measures() -> None:
    assert actors_of("Australia, China, Hong Kong and Singapore will each lend $1 billion.") == (
        "Australia",
        "China",
        "Hong Kong",
        "Singapore",
    )
    assert actors_of("Hong Kong issued a red alert against travel to South Korea.") == (
        "Hong Kong",
    )
    # a town or a region does not act
    assert actors_of("Mitrovica and Zvečan stayed calm on Sunday.") == ()


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Flags at the U.N. headquarters in New York flew at half-mast on Monday.",
            ("United Nations",),
        ),
        ("In Washington, flags at the White House were lowered to half-mast.", ("United States",)),
        (
            "Flags flew at half-mast on government buildings in Paris and Berlin.",
            ("France", "Germany"),
        ),
    ],
)
def test_flags_at_half_mast_are_lowered_by_who_owns_the_building(
    text: str, parties: tuple[str, ...]
) -> None:
    assert actors_of(text) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A mission led by the Sudanese president flew to Amman on Saturday.", ("Sudan",)),
        (
            "A convoy organised by Médecins Sans Frontières brought 109 wounded out.",
            ("Médecins Sans Frontières",),
        ),
        (
            "Officials of the European Community's monetary committee met in Brussels.",
            ("European Community",),
        ),
        (
            "On Sunday the ECB's governing council decided to keep its liquidity where it was.",
            ("European Central Bank",),
        ),
    ],
)
def test_who_leads_sends_or_holds_the_body_acts(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


def test_a_body_led_by_a_person_of_some_nation_is_not_that_nations() -> None:
    assert actors_of("The commission, led by Algerian jurist Mohamed Bedjaoui, travelled on.") == ()
    assert (
        actors_of("A mission led by the Sudanese president is expected to travel next week.") == ()
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Its Council met on Monday night and sent a peace commission to both capitals.", True),
        ("The ministers then adopted a milder resolution.", True),
        ("On Wednesday the 15 members finally agreed a text that urged calm.", True),
        # the members as the object or a mere state: no act by reference
        ("The ministers were tired after the long night.", False),
        ("Its capital lies on the coast.", False),
    ],
)
def test_a_bodys_organ_or_members_told_by_reference_act(text: str, acts: bool) -> None:
    assert acts_by_reference(text) is acts


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the body led acts, not its leader
        (
            "The Russian-led Collective Security Treaty Organisation met in Moscow and agreed to "
            "send helicopters.",
            "Collective Security Treaty Organization",  # the known body, however spelt
        ),
        # an unnamed coalition or force led by the party: the party acts
        ("U.S.-led coalition aircraft carried out 11 more air strikes on Sunday.", "United States"),
    ],
)
def test_a_led_body_or_force_acts(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Condolence messages have also come from China and Nepal.", ("China", "Nepal")),
        ("The most ambiguous signal came from Washington.", ("United States",)),
        (
            "Offers of help poured in from Greece, Israel and the European Union.",
            ("Greece", "Israel", "European Union"),
        ),
    ],
)
def test_words_or_help_told_by_where_they_came_from(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


def test_what_came_from_a_place_is_no_party() -> None:
    assert actors_of("The first reports came from Mitrovica and Zvečan.") == ()


def test_companies_named_in_a_counted_list_act() -> None:
    text = "Several airlines, including Lufthansa and United Airlines, are suspending flights."
    assert actors_of(text) == ("Lufthansa", "United Airlines")
    # the states named in a list of states stay the actors
    text = "Several EU states, including Italy and Spain, suspended flights to the region."
    assert actors_of(text) == ("Italy", "Spain")


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria, Serbia and Bosnia ran out of imported gas for about two weeks.",
        "Washington has until the end of January to file a formal extradition request.",
        "Britain, whose Queen remains Grenada's head of state, had not been consulted.",
        "The United Nations remains of limited use when China is unwilling to act.",
    ],
)
def test_what_befalls_a_party_or_what_it_is_is_no_act(text: str) -> None:
    assert actors_of(text) == ()


def test_a_partys_line_told_whole_is_still_its_reaction() -> None:
    assert actors_of("France has been the most supportive of Algiers.") == ("France",)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Uganda sent army trucks, and India flew out 150 of its nationals.",
            ("Uganda", "India"),
        ),
        (
            "Denmark and Norway sent helicopters, and Latvia and Lithuania declared mourning.",
            ("Denmark", "Norway", "Latvia", "Lithuania"),
        ),
    ],
)
def test_the_subject_of_a_clause_joined_by_and_acts_too(
    text: str, parties: tuple[str, ...]
) -> None:
    assert actors_of(text) == parties


def test_a_clause_joined_by_while_acts_too() -> None:
    text = "Britain sent its foreign secretary, while Canada cancelled its delegation's trip."
    assert actors_of(text) == ("United Kingdom", "Canada")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A 31-member Japanese rescue team has landed in Chengdu.", ("Japan",)),
        ("Some 400 Russian troops crossed into the city within days.", ("Russia",)),
        ("Through the Mechanism, Spain is deploying a team of forest fire experts.", ("Spain",)),
        (
            "Several truces collapsed, including a pause brokered by the United States and Qatar.",
            ("United States", "Qatar"),
        ),
    ],
)
def test_more_openings_and_brokers(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


def test_a_clause_joined_by_a_bare_and_with_its_own_subject_acts_too() -> None:
    text = "Spain is deploying a team of fire experts and France is offering a firefighting module."
    assert actors_of(text) == ("Spain", "France")
    # a list of subjects is no second clause
    assert actors_of("Spain and France sent firefighting planes.") == ("Spain", "France")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Its first airdrops of high-energy biscuits reached stranded families on Monday.", 1),
        ("Its relief flights landed in Beira.", 1),
        ("Its economy shrank by 3 percent.", 0),
        ("Its exports of gas fell sharply.", 0),
    ],
)
def test_the_help_a_party_sends_told_as_its_own_acts(text: str, number: int) -> None:
    assert acts_by_pronoun(text) == number


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("U.S. Secretary of State George Shultz arrived in Israel on Thursday.", "United States"),
        (
            "Saudi Arabia's minister of state for foreign affairs, Adel al-Jubeir, travelled to "
            "New Delhi and Islamabad.",
            "Saudi Arabia",
        ),
        (
            "The Soviet leader, Mikhail Gorbachev, who was in London only weeks ago, sent a "
            "telegram of condolence.",
            "Soviet Union",
        ),
        (
            "India's Foreign Minister, Atal Bihari Vajpayee, who was on an official visit to "
            "China, cut short his trip in protest.",
            "India",
        ),
    ],
)
def test_a_partys_officer_named_after_the_title_acts_for_it(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


def test_a_former_officer_or_a_person_sent_is_not_the_partys_officer() -> None:
    # a former office speaks for no one; an envoy sent is the object, not a title
    a = (
        "Former South African President Thabo Mbeki, who is close to both men, held talks "
        "with them."
    )
    assert actors_of(a) == ()
    assert actors_of("China sent Vice President Wang Qishan.") == ("China",)


def test_officers_of_several_parties_listed_act_for_each() -> None:
    a = "France's President Emmanuel Macron and Germany's Chancellor Olaf Scholz visited Kyiv."
    assert actors_of(a) == ("France", "Germany")
    b = (
        "Ghana's President John Kufuor, South Africa's Thabo Mbeki and Mozambique's Joaquim "
        "Chissano attended the ceremony."
    )
    assert actors_of(b) == ("Ghana", "South Africa", "Mozambique")


def test_a_person_of_a_state_acts_for_the_state() -> None:
    a = "King Hussein of Jordan received Secretary of State Cyrus Vance in Amman on Wednesday."
    assert actors_of(a) == ("Jordan",)


def test_officers_among_those_attending_and_more_office_words() -> None:
    a = "Sudan's President Jaafar Nimeiri was among the few Arab heads of state who attended."
    assert actors_of(a) == ("Sudan",)
    b = (
        "Vietnam's President Nguyen Xuan Phuc and Singapore's Prime Minister Lee Hsien Loong "
        "were among the Asian leaders present."
    )
    assert actors_of(b) == ("Vietnam", "Singapore")
    assert actors_of("Kenya was among the countries hit by the drought.") == ()
    c = "Pakistan's military ruler Pervez Musharraf telephoned Vajpayee to offer condolences."
    assert actors_of(c) == ("Pakistan",)


def test_a_bodys_organ_of_the_named_acts_for_the_body() -> None:
    a = "The African Union's Panel of the Wise visited Juba in early April and met Kiir."
    assert actors_of(a) == ("African Union",)


def _as_history(text: str, lead: set[str]) -> Sentence:
    from briefer.analysis.pipeline import _acts_told_as_history

    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    ctx = _Context(text, mentions, [m.start for m in mentions], {})
    ctx.spans = [Span(0, len(text), 0)]
    cues = time_cues(text, None, None)
    history = [Sentence(0, len(text), 0, text, "background")]
    return _acts_told_as_history(history, [Labelled(0, "background", cues)], ctx, lead)[0]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Senegal shut its land border with Guinea in August.", "Senegal"),
        ("Russia sent a team of naval experts to Seoul in early June.", "Russia"),
        ("Greece sent emergency supplies and a team of rescuers.", "Greece"),
        ("Canada recalled its ambassador last month.", "Canada"),
        ("France became the first country to recognise the council on March 10.", "France"),
        ("Jordan has opened the port of Aqaba to cargo bound for Iraq.", "Jordan"),
        ("The Commonwealth suspended Nigeria's membership last month.", "Commonwealth of Nations"),
        ("Britain, Germany and France also closed their airspace to the aircraft.", "France"),
    ],
)
def test_a_third_partys_act_of_reaction_labelled_history_is_news(text: str, party: str) -> None:
    s = _as_history(text, {"Guinea", "Sierra Leone"})
    assert s.label == "development"
    assert party in s.speakers


@pytest.mark.parametrize(
    "text",
    [
        # a measure by a side the lead names stays its history
        "Guinea shut its land border with Senegal in August.",
        # an act dated by a year, a negated one, a passive, another kind of act
        "Senegal shut its land border with Guinea in 2009.",
        "Senegal has never recognised the claim.",
        # a recognition held, not an act of the crisis
        "Senegal recognises the government in Conakry.",
        "Senegal held talks with the rebels in August.",
    ],
)
def test_other_history_stays_history(text: str) -> None:
    s = _as_history(text, {"Guinea", "Sierra Leone"})
    assert s.label == "background"
    assert s.speakers == ()


def test_help_sent_by_a_party_the_lead_names_is_still_news() -> None:
    s = _as_history("Switzerland dispatched a specialist search team.", {"Switzerland"})
    assert (s.label, s.speakers) == ("development", ("Switzerland",))


def test_a_place_the_sentence_calls_a_territory_takes_its_own_measures() -> None:
    text = "Norfolk Island, the Australian territory to the east, declared its own emergency."
    assert actors_of(text) == ("Norfolk Island",)


def test_a_leaders_administration_acts_for_the_leaders_state() -> None:
    text = "The Obama administration has rushed additional military aid to Chad."
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    person = next(m for m in mentions if m.type == "PERSON")
    assert acting_parties(text, mentions, {person.canonical: "United States"}) == ("United States",)


def test_a_date_opening_before_a_lower_case_subject_is_no_part_of_it() -> None:
    # "On April 21 the foreign ministers of X agreed": the date opens the sentence, the
    # office-holders of the body after it act for the body
    text = (
        "On April 21 the foreign ministers of the European Community agreed in Luxembourg to "
        "reduce the staff of Libyan embassies to a minimum."
    )
    assert actors_of(text) == ("European Community",)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # an aside after the subject's own noun, before its verb
        (
            "The United States embassy, which opened in Dushanbe in March, advised American "
            "citizens to leave the country.",
            ("United States",),
        ),
        (
            "A team of about 70 Israeli soldiers and rescue specialists, flown in on Tuesday, has "
            "worked alongside Argentine firefighters.",
            ("Israel",),
        ),
        # a proper name after the party is another name's, not the party's own noun
        (
            "The Maersk Alabama, with its crew of 19 Americans, has resumed its voyage to Mombasa.",
            (),
        ),
    ],
)
def test_an_aside_after_the_subjects_own_noun(text: str, party: tuple[str, ...]) -> None:
    assert actors_of(text) == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the envoy a party sent, told in an aside: the sender acts, not the envoy's state
        (
            "Former South African President Thabo Mbeki, sent by the African Union, held talks "
            "with both men at the weekend.",
            ("African Union",),
        ),
        ("The envoy, sent by Norway, met the rebels in the capital.", ("Norway",)),
        # a plan is no act
        ("The envoy, sent by Norway, is expected to meet the rebels.", ()),
    ],
)
def test_who_sent_an_envoy_told_in_an_aside_acts(text: str, party: tuple[str, ...]) -> None:
    assert actors_of(text) == party


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a person's own government or agency acting: the party of the person just named
        ("His government doubled the guard on the embassy and banned rallies.", 1),
        ("Her agency has sent three officials to the camps.", 1),
        # the party's head or envoy named between commas
        ("Its Secretary-General, Amara Dioulo, visited the camp in the afternoon.", 1),
        ("Its envoy, Lena van Dorp, has brokered a local truce.", 1),
        # an organ with its seat and an act not ending in -ed
        ("Its government in Velsa has given shelter to the fleeing minister.", 1),
        # no act: speech, perceiving, or a person's family
        ("His government said it was worried.", 0),
        ("His ministry learned of the raid on Monday.", 0),
        ("His daughters visited the camp.", 0),
    ],
)
def test_a_named_partys_government_head_or_envoy_acting(text: str, number: int) -> None:
    assert acts_by_pronoun(text) == number


def test_his_government_acting_is_the_party_of_the_person_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "Norway sent a field hospital to the border on Tuesday. "
        "His government doubled the guard on the embassy.\n\n"
        "The rain fell for days. His government doubled the guard.\n",
    )
    assert found["His government doubled the guard on the embassy."].speakers == ("Norway",)
    assert found["His government doubled the guard."].speakers == ()


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a list of parties acting together, "all" before the verb
        ("Norway, Chile and Japan all sent relief teams.", ("Norway", "Chile", "Japan")),
        # a consulate-general is a state's own post, as a consulate is
        ("The Japanese consulate-general in Lyon has sent staff to the hospital.", ("Japan",)),
        # "all" with no verb after it is no act
        ("Norway, Chile and Japan all have embassies in the city.", ()),
    ],
)
def test_all_before_the_verb_and_a_consulate_general(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a short aside on what the parties are, between commas
        ("Chile and Peru, both under civilian rule, recalled envoys.", ("Chile", "Peru")),
        ("Fiji, not yet independent, sent a team of nurses.", ("Fiji",)),
        ("Brazil, bound to Angola by language, sent a field hospital.", ("Brazil",)),
        # a deputy or vice-president acts for the party
        ("Norway's deputy foreign minister flew to Dakar.", ("Norway",)),
        ("Chile's vice-president laid a wreath at the site.", ("Chile",)),
        # an aside with no act after it
        ("Chile and Peru, both under civilian rule, are due to meet next week.", ()),
    ],
)
def test_a_short_aside_or_a_deputy_before_the_act(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # talks held under a party's chair or roof: the party hosts them
        ("Talks in Velsa under the chairmanship of Norway ended without agreement.", ("Norway",)),
        ("The two delegations met at the invitation of Chile on Monday.", ("Chile",)),
        ("The sides signed a truce under the auspices of the African Union.", ("African Union",)),
        # talks still to come are no act of their host yet
        ("A conference is to be held next year under the auspices of UNESCO.", ()),
    ],
)
def test_talks_under_a_partys_chair_or_at_its_invitation(
    text: str, parties: tuple[str, ...]
) -> None:
    assert actors_of(text) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a body of envoys told by the party that sends it
        (
            "A delegation of the European Parliament arrived in Aldria to look into the killings.",
            ("European Parliament",),
        ),
        ("A fact-finding mission from the OSCE toured the border villages.", ("OSCE",)),
        (
            "A team of experts from the World Health Organization arrived in the capital.",
            ("World Health Organization",),
        ),
        # the members a troika names, past the aside on who leads it
        (
            "A troika of the foreign ministers of Chile, Peru and Mexico, led by the Chilean "
            "minister, travelled to Aldria on Friday.",
            ("Chile", "Peru", "Mexico"),
        ),
    ],
)
def test_a_body_of_envoys_acts_for_its_senders(text: str, parties: tuple[str, ...]) -> None:
    assert actors_of(text) == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The French mediator travelled repeatedly between the two capitals.", "France"),
        ("A Vatican emissary arrived in the capital on Monday.", "Vatican"),
        ("Norway's chief negotiators met both delegations in Oslo.", "Norway"),
    ],
)
def test_a_partys_go_between_acts_for_it(text: str, party: str) -> None:
    assert actors_of(text) == (party,)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("It downgraded its embassy to a consulate on Monday.", 1),
        ("It severed diplomatic relations within hours.", 1),
        ("They also postponed talks on a new trade protocol.", 2),
        ("They withheld the second tranche of budget support.", 2),
        ("It airlifted tents and blankets to the valley.", 1),
    ],
)
def test_relations_reduced_and_help_sent_by_it_or_they(text: str, number: int) -> None:
    assert acts_by_pronoun(text) == number
