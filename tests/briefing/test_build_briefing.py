"""`build_briefing`: sections, principals against third parties, citations, merging documents."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from analysed import make_doc, narrated

from briefer.analysis.model import Mention, Sentence
from briefer.briefing.actors import build_actors
from briefer.briefing.build import (
    _misplaced_people,
    _without_misplaced,
    build_briefing,
    own_clause,
    third_party_speakers,
)
from briefer.briefing.model import Briefing, Item, Span
from briefer.briefing.parties.own_side import (
    contesting_parties,
    home_groups,
    opposition_of,
    ruling_groups,
)
from briefer.briefing.stats import ActorStats

FIRST = [
    ("Thai and Cambodian troops trade fire at disputed temple", "heading"),
    (
        "Thai and Cambodian soldiers exchanged fire on Wednesday near a disputed temple on the "
        "border, and Thailand closed two crossings with Cambodia.",
        "text",
    ),
    (
        "Cambodian Prime Minister Hun Manet said Cambodia would take the dispute to the "
        "International Court of Justice, and Thailand said it preferred bilateral talks.",
        "text",
    ),
    (
        "ASEAN chair Anwar Ibrahim urged Thailand and Cambodia to show restraint. Japan voiced "
        "concern about civilians near the frontier.",
        "text",
    ),
    ("The dispute dates back to a 1907 map drawn when Cambodia was under French rule.", "text"),
]
SECOND = [
    ("Cambodia and Thailand agree to talks after border clash", "heading"),
    (
        "Thailand and Cambodia agreed on Friday to hold talks in Kuala Lumpur, two days after "
        "their troops clashed near the temple.",
        "text",
    ),
    (
        "ASEAN chair Anwar Ibrahim urged Thailand and Cambodia to show restraint.",
        "text",
    ),
    (
        "The United States welcomed the agreement and said it supported a peaceful settlement.",
        "text",
    ),
    ("The dispute dates back to a 1907 map drawn when Cambodia was under French rule.", "text"),
]


def one() -> Briefing:
    return build_briefing([make_doc("a", FIRST, date(2031, 5, 14))])


def items(b: Briefing, key: str) -> tuple[Item, ...]:
    section = b.section(key)
    assert section is not None
    return section.items


def test_required_sections_always_exist() -> None:
    b = one()
    keys = [s.key for s in b.sections]
    assert keys[:3] == ["background", "actors", "reactions"]
    assert "developments" in keys
    assert b.title == FIRST[0][0]
    assert [s.id for s in b.sources] == ["a"]


def test_principals_are_the_sides_and_others_are_third_parties() -> None:
    b = one()
    assert set(b.principals) == {"Thailand", "Cambodia"}
    actors = b.section("actors")
    assert actors is not None
    names = [a.name for a in actors.actors]
    assert set(names[:2]) == {"Thailand", "Cambodia"}
    assert all(a.principal for a in actors.actors[:2])
    assert "ASEAN" in names and "Japan" in names
    assert not any(a.principal for a in actors.actors if a.name in ("ASEAN", "Japan"))


def test_reactions_hold_only_third_parties_and_principal_statements_are_developments() -> None:
    b = one()
    reactions = {(i.actor, i.stance) for i in items(b, "reactions")}
    assert reactions == {("ASEAN", "appeal-restraint"), ("Japan", "concern")}
    developments = [i.text for i in items(b, "developments")]
    assert any(t.startswith("Cambodian Prime Minister") for t in developments)


def test_items_cite_source_and_paragraph_and_carry_entity_spans() -> None:
    b = one()
    for item in (*items(b, "background"), *items(b, "reactions"), *items(b, "developments")):
        assert item.source == "a"
        assert item.text in FIRST[item.paragraph - 1][0]
        for span in item.spans:
            assert 0 <= span.start < span.end <= len(item.text)
    bg = items(b, "background")
    assert [i.text for i in bg] == [FIRST[4][0]]
    japan = next(i for i in items(b, "reactions") if i.actor == "Japan")
    assert any(item_text(japan, s.start, s.end) == "Japan" for s in japan.spans)


def item_text(item: Item, start: int, end: int) -> str:
    return item.text[start:end]


def test_multi_document_briefing_merges_dedupes_and_orders_by_date() -> None:
    later = make_doc("b", SECOND, date(2031, 5, 16))
    earlier = make_doc("a", FIRST, date(2031, 5, 14))
    b = build_briefing([later, earlier])
    assert [s.id for s in b.sources] == ["a", "b"]
    assert b.date_range == ("2031-05-14", "2031-05-16")
    # The repeated background sentence and ASEAN appeal are cited once, from the earlier source.
    assert [i.source for i in items(b, "background")] == ["a"]
    asean = [i for i in items(b, "reactions") if i.actor == "ASEAN"]
    assert [i.source for i in asean] == ["a"]
    assert any(i.actor == "United States" and i.source == "b" for i in items(b, "reactions"))
    assert b.notes and "near-duplicate" in b.notes[0]
    # Actors merge across documents: one entry per party, mentions summed.
    actors = b.section("actors")
    assert actors is not None
    thailand = [a for a in actors.actors if a.name == "Thailand"]
    assert len(thailand) == 1 and thailand[0].mentions >= 6
    timeline = items(b, "timeline")
    assert [i.date for i in timeline] == ["2031-05-14", "2031-05-16"]


def test_places_merely_mentioned_are_not_actors() -> None:
    b = build_briefing([make_doc("b", SECOND, date(2031, 5, 16))])
    actors = b.section("actors")
    assert actors is not None
    assert "Kuala Lumpur" not in {a.name for a in actors.actors}


def test_empty_input_gives_an_empty_briefing() -> None:
    b = build_briefing([])
    assert b.sources == ()
    assert [s.key for s in b.sections][:3] == ["background", "actors", "reactions"]


def test_states_met_only_as_places_or_datelines_and_titles_are_not_actors() -> None:
    blocks = [
        ("Thailand and Cambodia to hold talks", "heading"),
        (
            "GENEVA, June 2 (Test Wire) - Thailand and Cambodia agreed on Monday to hold talks "
            "in Switzerland, and Cambodia reopened two crossings with Thailand.",
            "text",
        ),
        (
            "Japan welcomed the agreement. U.S. House Speaker Jane Roe is due to visit Bangkok, "
            "where Thai Prime Minister Somchai Prasert will brief her on the talks.",
            "text",
        ),
        ("Mr Somchai said Thailand wanted peace with Cambodia.", "text"),
    ]
    b = build_briefing([make_doc("c", blocks, date(2031, 6, 2))])
    actors = b.section("actors")
    assert actors is not None
    names = {a.name for a in actors.actors}
    assert {"Thailand", "Cambodia", "Japan", "Somchai Prasert"} <= names
    assert "Switzerland" not in names  # only where the talks are held
    assert "U.S. House" not in names  # only part of a person's title
    assert "Somchai" not in names  # the short form is folded into the full name


def test_groups_only_describing_people_are_not_actors() -> None:
    blocks = [
        ("Rwanda and Burundi close border", "heading"),
        (
            "Rwanda closed its border with Burundi on Monday. Burundi said Hutu extremists had "
            "not crossed the border, and Rwanda said it wanted talks with Burundi.",
            "text",
        ),
    ]
    doc, analysis = make_doc("d", blocks, date(2031, 6, 2))
    assert any(m.canonical == "Hutu" for m in analysis.mentions)
    actors = build_briefing([(doc, analysis)]).section("actors")
    assert actors is not None
    assert "Hutu" not in {a.name for a in actors.actors}  # only describing the extremists


def test_commentators_and_the_publisher_are_not_actors() -> None:
    blocks = [
        ("Thailand and Cambodia trade fire", "heading"),
        ("Briefing note · Mekong Policy Forum · 2 June 2031", "text"),
        (
            "Thai and Cambodian troops traded fire on Monday, and Japan urged restraint. "
            '"Neither side wants a war," said Dara Sok, an analyst at the Asia Peace Institute.',
            "text",
        ),
    ]
    doc, analysis = make_doc("e", blocks, date(2031, 6, 2))
    doc = replace(doc, source=None, author="Mekong Policy Forum")
    actors = build_briefing([(doc, analysis)]).section("actors")
    assert actors is not None
    names = {a.name for a in actors.actors}
    assert {"Thailand", "Cambodia", "Japan"} <= names
    assert not names & {"Dara Sok", "Asia Peace Institute", "Mekong Policy Forum"}


def test_ships_and_places_typed_as_names_are_not_actors() -> None:
    ship = ActorStats("USS Ronald Reagan", types=Counter({"PERSON": 2}), mentions=2, prose=2)
    shoal = ActorStats("Second Thomas Shoal", types=Counter({"PERSON": 3}), mentions=3, prose=3)
    islands = ActorStats("Solomon Islands", types=Counter({"GPE": 2}), mentions=2, prose=2)
    islands.narrative = islands.bare = 2
    stats = {st.name: st for st in (ship, shoal, islands)}
    assert [a.name for a in build_actors(stats, ())] == ["Solomon Islands"]


def test_places_of_origin_are_not_actors_but_officials_from_a_state_are() -> None:
    blocks = [
        ("Thailand and Cambodia close border", "heading"),
        (
            "Thailand closed its border with Cambodia on Monday after migrants from Laos, "
            "Vietnam and Myanmar arrived. Diplomats from Japan said they were concerned.",
            "text",
        ),
    ]
    actors = build_briefing([make_doc("f", blocks, date(2031, 6, 2))]).section("actors")
    assert actors is not None
    names = {a.name for a in actors.actors}
    assert "Japan" in names
    assert not names & {"Laos", "Vietnam", "Myanmar"}


def test_the_leading_partys_own_named_people_count_for_it() -> None:
    from briefer.briefing.parties.choice import party_scores

    lead = narrated("Niger", "GPE", 10)
    other = narrated("Nigeria", "GPE", 4)
    bazoum = ActorStats("Ali Bazo", types=Counter({"PERSON": 6}), mentions=6)
    bazoum.narrative = 6
    tinu = ActorStats("Bola Tinu", types=Counter({"PERSON": 4}), mentions=4)
    tinu.narrative = 4
    stats = {st.name: st for st in (lead, other, bazoum, tinu)}
    scores = party_scores(stats, {"Ali Bazo": "Niger", "Bola Tinu": "Nigeria"})
    assert scores["Niger"] == 10 + 6 * 0.5  # the leader's own people count for it
    assert scores["Nigeria"] == 4  # a third party's officials do not make it a side


def test_a_bare_chamber_counts_for_the_one_state_of_the_story_that_has_one() -> None:
    from briefer.briefing.parties.choice import party_scores

    def stats_of(*named: tuple[str, str, int]) -> dict[str, ActorStats]:
        out = {}
        for name, kind, narrative in named:
            st = ActorStats(name, types=Counter({kind: narrative}), mentions=narrative)
            st.narrative = narrative
            st.weighted = narrative if kind == "GPE" else 0  # (the chamber only addressed)
            out[name] = st
        return out

    # "The president told Congress ...": of the story's states only one has a Congress
    scores = party_scores(stats_of(("Laos", "GPE", 10), ("United States", "GPE", 4),
                                   ("Congress", "ORG", 3)))  # fmt: skip
    assert scores["United States"] == 4 + 3
    assert scores["Laos"] == 10
    # where two of the story's states have one, it is the leading party's, as every
    # unqualified institution is
    scores = party_scores(stats_of(("Peru", "GPE", 10), ("United States", "GPE", 4),
                                   ("Congress", "ORG", 3)))  # fmt: skip
    assert scores["United States"] == 4
    assert scores["Peru"] == 10 + 3 * 0.5


def test_a_preposition_before_a_name_is_no_title() -> None:
    """ "the arrest of Dejan Pantić" once gave the role line "of"."""
    from briefer.briefing.stats import title_before

    text = "after the arrest of Dejan Pantić, Serbian President Aleksandar Vučić said"
    assert title_before(text, text.index("Dejan")) is None
    assert title_before(text, text.index("Aleksandar")) == "Serbian President"


def actor_names(blocks: list[tuple[str, str]]) -> set[str]:
    actors = build_briefing([make_doc("n", blocks, date(2031, 6, 2))]).section("actors")
    assert actors is not None
    return {a.name for a in actors.actors}


def test_names_met_in_passing_are_not_actors_but_the_ones_acting_are() -> None:
    blocks = [
        ("Iraq and Turkey trade accusations over border raid", "heading"),
        ("By Lena Hartmann in Erbil and Tomas Weber in Ankara | 2 June 2031", "text"),
        (
            "Turkey accused Iraq on Monday of sheltering fighters near a Yazidi shrine, the "
            "state news agency Anadolu reported. Iraq said it would take the case to the "
            "International Court of Justice.",
            "text",
        ),
        (
            "The head of the National Security Council, Ahmed Karim, visited the border on "
            "Tuesday. Kurds in the north fled to the hills.",
            "text",
        ),
        (
            '"Nobody here wants a war," said Hasan Aziz, 52, who sells tea in Zakho. '
            '"Both capitals are bluffing," said Noor Salem, an analyst at a Baghdad university. '
            "Salem said talks would follow.",
            "text",
        ),
        ("The African Union urged restraint.", "text"),
    ]
    names = actor_names(blocks)
    assert {"Iraq", "Turkey", "Ahmed Karim", "Kurds", "African Union"} <= names
    assert not names & {"Lena Hartmann", "Tomas Weber"}  # the byline
    assert "Yazidis" not in names and "Yazidi" not in names  # a word describing a shrine
    assert "Anadolu Agency" not in names  # the outlet a report is credited to
    assert "International Court of Justice" not in names  # where a case is taken
    assert "National Security Council" not in names  # the body in a person's title
    assert not names & {"Hasan Aziz", "Noor Salem"}  # a voice from the street, an analyst


def test_an_outlet_or_court_acting_in_the_story_is_an_actor() -> None:
    blocks = [
        ("Iraq and Turkey trade accusations over border raid", "heading"),
        (
            "Turkey accused Iraq on Monday of sheltering fighters. The state news agency "
            "Anadolu published photographs of the raid, and the International Court of "
            "Justice ordered both states to stop fighting.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Anadolu Agency", "International Court of Justice"} <= names


def test_a_journalist_arrested_is_an_actor_and_one_quoted_is_a_voice() -> None:
    blocks = [
        ("Nicaragua arrests critics ahead of vote", "heading"),
        (
            "Nicaraguan police arrested Marta Solis, a journalist who had announced her "
            "candidacy, on Sunday. Nicaragua's government said she had broken the law.",
            "text",
        ),
        ('"We are all afraid," said Pablo Ruiz, a student in Managua.', "text"),
        ("Ruiz said the campus was quiet.", "text"),
        ("Costa Rica voiced concern.", "text"),
    ]
    names = actor_names(blocks)
    assert "Marta Solis" in names
    assert "Pablo Ruiz" not in names


def test_states_named_as_ground_around_the_story_are_not_actors() -> None:
    blocks = [
        ("Greece and Turkey trade warnings over survey ship", "heading"),
        (
            "Turkey sent a survey ship into waters Greece claims on Monday, and Greece put its "
            "navy on alert. Tensions have risen since gas was found off Cyprus in 2011, and "
            "militants crossed from neighbouring Syria last year.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Greece", "Turkey"} <= names
    assert not names & {"Cyprus", "Syria"}


def test_a_state_acting_through_its_forces_or_government_is_an_actor_though_never_named() -> None:
    blocks = [
        ("Ethiopia and Tigray forces sign truce", "heading"),
        (
            "Ethiopia and Tigray's leaders signed a truce on Wednesday. The UN said Eritrean "
            "forces were still fighting in the north, and Ethiopia's army said it would halt.",
            "text",
        ),
        ("The talks were held in Pretoria, and the Somali language service reported them.", "t"),
    ]
    names = actor_names(blocks)
    assert "Eritrea" in names  # through its forces
    assert "Somalia" not in names  # a language, not the state


def test_a_region_with_its_own_government_is_an_actor_when_it_acts_not_as_ground() -> None:
    blocks = [
        ("Somalia extends president's term as regions object", "heading"),
        (
            "Somalia's parliament voted on Monday to extend the president's term by two years, "
            "and the leaders of the federal member states of Puntland and Jubaland rejected it. "
            "Hong Kong advised its residents to leave Mogadishu.",
            "text",
        ),
        (
            "The vote came a year after the militants' attacks on Gaza Strip and a summit held "
            "on the island of Corsica, neither of which Somalia attended.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Puntland", "Jubaland", "Hong Kong"} <= names  # its leaders, its own act
    assert not names & {"Gaza Strip", "Corsica"}  # ground of an attack, an island


def test_a_state_named_once_as_a_topic_is_not_an_actor() -> None:
    blocks = [
        ("Turkey lifts veto on Sweden's NATO bid", "heading"),
        (
            "Turkey said on Monday it would ratify Sweden's accession to NATO, and Sweden "
            "welcomed the decision. Sweden applied three months after Russia's invasion of "
            "Ukraine, and Turkey had objected to its sanctions on Turkey. Hungary has not yet "
            "ratified, and it lifted its own sanctions on Belarus last year.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Turkey", "Sweden", "Hungary"} <= names  # Hungary acts, though named once
    assert not names & {"Ukraine", "Belarus"}  # named once, as what is done to


def test_a_people_named_by_one_member_or_as_a_topic_is_not_an_actor() -> None:
    blocks = [
        ("Lebanon's government resigns after port blast", "heading"),
        (
            "Lebanon's prime minister resigned on Monday. Under the power-sharing system the "
            "next prime minister must be a Sunni Muslim. The army drove 700,000 Rohingya "
            "Muslims out in 2017, and Canberra criticised Beijing's treatment of Uighurs.",
            "text",
        ),
        ("Kosovo Serbs blocked the roads in protest.", "text"),
    ]
    names = actor_names(blocks)
    assert "Kosovo Serbs" in names  # the people acting as a group
    assert not names & {"Muslims", "Uyghurs"}  # one of them, a second word, a topic


def test_the_body_publishing_a_release_speaks_as_an_organisation() -> None:
    blocks = [
        ("Uzbekistan: investigation needed into Nukus killings", "heading"),
        (
            "The Uzbek authorities should allow an independent investigation into the killing "
            "of protesters in Nukus, Steppe Rights Monitor said today.",
            "text",
        ),
        ("Uzbekistan's president declared a state of emergency in the region.", "text"),
    ]
    doc, analysis = make_doc("release", blocks)
    doc = replace(doc, source="Steppe Rights Monitor")
    speaker_types = {m.type for m in analysis.mentions if m.canonical == "Steppe Rights Monitor"}
    b = build_briefing([(doc, analysis)])
    section = b.section("reactions")
    assert section is not None
    assert "Steppe Rights Monitor" in {i.actor for i in section.items}, speaker_types


def test_a_state_met_as_ground_topic_or_a_persons_demonym_is_not_an_actor() -> None:
    blocks = [
        ("China rejects Australia's demand for apology over doctored image", "heading"),
        (
            "China rejected Australia's demand for an apology on Tuesday after a Chinese "
            "official posted an image of an Australian soldier holding a knife to an Afghan "
            "child. Australia blocked Chinese investment in two mines, and China banned "
            "Australian wine in response.",
            "text",
        ),
        ("An inquiry found that soldiers had killed civilians in Afghanistan.", "text"),
    ]
    names = actor_names(blocks)
    assert {"China", "Australia"} <= names
    assert "Afghanistan" not in names  # a child's demonym and the ground of the war


def test_the_state_a_former_office_holder_served_is_not_an_actor() -> None:
    blocks = [
        ("Ethiopia and Tigray forces agree to end fighting", "heading"),
        (
            "Ethiopia and the rebel Tigray People's Liberation Front agreed on Wednesday to end "
            "two years of fighting, after talks led by former President Olusegun Obasanjo of "
            "Nigeria and former President Uhuru Kenyatta of Kenya.",
            "text",
        ),
        (
            "Ethiopia's army said it would halt its advance, and the rebel Tigray People's "
            "Liberation Front said its fighters would hand over heavy weapons.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Ethiopia" in names
    assert not names & {"Nigeria", "Kenya"}  # the envoys act for the talks, not their states


def test_states_named_once_as_a_relations_other_end_or_far_ground_are_not_actors() -> None:
    blocks = [
        ("Serbia's students keep up protests", "heading"),
        (
            "Students in Belgrade marched again on Monday. Serbia's president called for "
            "calm. Brussels has long valued him as a partner in the dialogue with Kosovo, and "
            "he has kept close ties with China. The tremor was felt as far away as Cyprus and "
            "Egypt. Hungary sent riot police to the border.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Serbia" in names and "Hungary" in names  # Hungary acts, though named once
    assert not names & {"Kosovo", "China", "Cyprus", "Egypt"}


def test_the_seat_of_a_blocs_chair_and_states_troops_are_counted_from_are_not_actors() -> None:
    blocks = [
        ("Zimbabwe army takes control in Harare", "heading"),
        (
            "Zimbabwe's army said on Wednesday it had taken control of the capital. African "
            "Union chairman Alpha Condé, the president of Guinea, said the situation seemed "
            "like a coup. The Caribbean Community's chair, Dominica's Prime Minister Roosevelt "
            "Skerrit, urged calm. The mission, which has about 19,000 troops from Uganda, "
            "Burundi and Djibouti, stayed in its bases. Diplomats from Kenya met the army "
            "chief.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Zimbabwe" in names and "Kenya" in names  # Kenya's diplomats act for it
    assert not names & {"Guinea", "Dominica", "Uganda", "Burundi", "Djibouti"}


def test_a_state_whose_people_the_sentence_tells_acting_is_an_actor() -> None:
    blocks = [
        ("Bosnian court orders arrest of Serb leader", "heading"),
        (
            "A Bosnian state court ordered the arrest of Milorad Dodik on Wednesday. Hungarian "
            "Prime Minister Viktor Orbán telephoned Dodik to express his support. A Turkish "
            "cultural centre in Sarajevo held a concert the same evening.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert "Hungary" in names  # acts through its prime minister, though never named
    assert "Turkey" not in names  # a demonym describing a thing


def test_a_mastheads_publisher_and_a_summit_met_on_the_sidelines_of_are_not_actors() -> None:
    blocks = [
        ("What the crash did to relations", "heading"),
        ("Commentary · Steppe Policy Forum · 15 October 2031", "text"),
        (
            "Meeting Ilham Aliyev on the sidelines of the Commonwealth of Independent States "
            "summit, Vladimir Putin said two Russian missiles had exploded near the plane. "
            "Azerbaijan accused Russia of hiding the facts.",
            "text",
        ),
    ]
    names = actor_names(blocks)
    assert {"Azerbaijan", "Russia"} <= names
    assert not names & {"Steppe Policy Forum", "Commonwealth of Independent States"}


def test_a_persons_role_told_after_the_name_reaches_the_actors_line() -> None:
    """The Actors line reads roles from people.person_offices: an apposition after the name and
    a national adjective before a title ("Named person" and "Named person (Iran)" before)."""
    blocks = [
        ("Ministers meet over the dam dispute", "heading"),
        (
            "Iranian President Ebrahim Raisi said on Monday that Egypt and Ethiopia should talk. "
            "Zamir Kabulov, Russia's envoy for Afghanistan, said Moscow was ready to help.",
            "para",
        ),
    ]
    section = build_briefing([make_doc("r", blocks)]).section("actors")
    assert section is not None
    actors = {a.name: a for a in section.actors}
    assert actors["Ebrahim Raisi"].role.startswith("President (Iran)")
    assert actors["Zamir Kabulov"].role.startswith("Envoy for Afghanistan (Russia)")


def test_a_third_party_acting_with_a_principal_reacts_without_it() -> None:
    blocks = [
        ("Thai and Cambodian troops trade fire at disputed temple", "heading"),
        (
            "Thai and Cambodian soldiers exchanged fire on Wednesday near a disputed temple, "
            "and Thailand closed two crossings with Cambodia.",
            "text",
        ),
        ("Cambodian Prime Minister Hun Manet said Cambodia would defend its land.", "text"),
        ("Thailand said Cambodia had fired first and closed the border to trade.", "text"),
        ("Laotian and Cambodian troops held joint exercises near the Thai border.", "text"),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    assert set(b.principals) == {"Thailand", "Cambodia"}
    reacted = {i.text: i.actor for i in items(b, "reactions")}
    assert reacted.get(blocks[4][0]) == "Laos"


def test_a_sentence_that_only_introduces_a_quotation_is_not_a_reaction() -> None:
    blocks = [
        ("Thai and Cambodian troops trade fire at disputed temple", "heading"),
        (
            "Thai and Cambodian soldiers exchanged fire on Wednesday near a disputed temple, "
            "and Thailand closed two crossings with Cambodia.",
            "text",
        ),
        ("Cambodian Prime Minister Hun Manet said Cambodia would defend its land.", "text"),
        ("In a statement issued in Tokyo, Japan's foreign ministry said:", "text"),
        ('"Japan urges both sides to exercise restraint."', "quote"),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    reacted = {i.text: i.actor for i in items(b, "reactions")}
    assert blocks[3][0] not in reacted
    assert reacted.get(blocks[4][0]) == "Japan"


def test_an_acts_own_clause_keeps_a_verb_that_shares_its_subject() -> None:
    shared = "Canada closed its embassy, and offered to mediate between the two sides."
    spans = (Span(0, 6, "GPE", "Canada"),)
    assert own_clause(shared, spans, ["Canada"]) == shared
    other = "Canada closed its embassy, and Russia criticised the move."
    spans = (Span(0, 6, "GPE", "Canada"), Span(31, 37, "GPE", "Russia"))
    assert own_clause(other, spans, ["Canada"]) == "Canada closed its embassy"


def test_a_titled_person_of_a_body_named_before_reaches_the_reactions() -> None:
    # "Its director-general, X": the person's office is the organisation's, so the statement
    # is a third party's reaction, not a principal's own people speaking (dropped before)
    doc = make_doc(
        "ilo-office",
        [
            ("Factory collapse kills hundreds in Bangladesh", "heading"),
            (
                "DHAKA, April 25 (Test Wire) - A garment factory collapsed near Dhaka on "
                "Wednesday, killing hundreds of workers, Bangladesh's police said.",
                "paragraph",
            ),
            (
                "The International Labour Organization said it was sending a mission to Dhaka. "
                "Its director-general, Anna Lindqvist, said the disaster must become a turning "
                "point.",
                "paragraph",
            ),
        ],
    )
    b = build_briefing([doc])
    reactions = b.section("reactions")
    assert reactions is not None
    by_text = {i.text: i.actor for i in reactions.items}
    assert (
        by_text.get(
            "Its director-general, Anna Lindqvist, said the disaster must become a turning point."
        )
        == "International Labour Organization"
    )


def test_a_people_or_a_faith_speaks_for_no_party() -> None:
    # "Yazidi leaders said", "a Sikh officer told us": members of a people or a faith speak for
    # themselves, not for a state or a body, so the sentence is no third party's reaction
    said = "Yazidi leaders said the relief should not distract from the missing."
    people_of = Sentence(0, len(said), 3, said, "reaction", ("Yazidis",), "other")
    assert third_party_speakers(people_of, ["Iraq"], {}) == ()
    # a person whose only affiliation is a people is no party either
    member = Sentence(
        0, 10, 4, '"We are being slaughtered," she said.', "reaction", ("Vian Dakhil",)
    )
    assert third_party_speakers(member, ["Iraq"], {"Vian Dakhil": "Yazidis"}) == ()
    # a state's demonym stands for the state
    state = Sentence(
        0, 10, 5, "Turkish officials said the border was open.", "reaction", ("Turkey",)
    )
    assert third_party_speakers(state, ["Iraq"], {}) == ("Turkey",)


def test_the_opposition_of_the_state_of_the_story_is_no_third_party() -> None:
    # an internal crisis has the country as its only principal, its opposition included
    blocks = [
        ("Belarus arrests opposition leaders after disputed vote", "heading"),
        (
            "Police in Belarus arrested three opposition leaders on Tuesday after a disputed "
            "presidential vote.",
            "text",
        ),
        ("Narodna Volya, the main opposition party, said the count had been rigged.", "text"),
        ("Hromada opposition leader Ivan Petrov told reporters the vote was a farce.", "text"),
        ("Petrov's Civic Union said it would not recognise the result.", "text"),
        ("The European Union condemned the arrests and called for the leaders' release.", "text"),
    ]
    doc = make_doc("a", blocks, date(2031, 5, 14))
    # an opposition leader's own party ("Petrov's Civic Union") is the opposition too
    assert opposition_of([doc]) == {"Narodna Volya", "Ivan Petrov", "Civic Union"}
    b = build_briefing([doc])
    assert [i.actor for i in items(b, "reactions")] == ["European Union"]


def test_a_home_group_of_an_internal_crisis_is_no_third_party() -> None:
    # a body of members named only at home is the country's own; one beside a foreign state, an
    # international body or with a reach word in its name stays a third party
    blocks = [
        ("Zambia's president dissolves parliament", "heading"),
        (
            "President Hakainde Hichilema dissolved parliament in Lusaka on Tuesday and called "
            "early elections in Zambia.",
            "text",
        ),
        ("The Copperbelt Miners Alliance said it would call a general strike.", "text"),
        ("The Lusaka Teachers Association urged its members to stay at home.", "text"),
        ("The Kafue Rivers Council, which also works in Malawi, called for calm.", "text"),
        ("Amnesty International said the move put basic rights at risk.", "text"),
    ]
    doc = make_doc("a", blocks, date(2031, 5, 14))
    home = home_groups([doc], ["Zambia"])
    assert {"Copperbelt Miners Alliance", "Lusaka Teachers Association"} <= home
    assert "Kafue Rivers Council" not in home and "Amnesty International" not in home
    # beside a second side each principal state keeps its own groups
    assert home_groups([doc], ["Zambia", "Malawi"]) >= home
    b = build_briefing([doc])
    assert b.principals == ("Zambia",)
    actors = {i.actor for i in items(b, "reactions")}
    assert "Amnesty International" in actors
    assert not actors & {"Copperbelt Miners Alliance", "Lusaka Teachers Association"}


def test_a_party_of_a_principal_state_by_the_data_is_no_third_party() -> None:
    # "The VHP said": a party the data places in India is on India's side in India's affairs;
    # a foreign state's party stays a third party
    said = "The party said the ruling would be obeyed."
    s = Sentence(0, len(said), 2, said, "reaction", ("Vishwa Hindu Parishad",))
    assert third_party_speakers(s, ["India"], {}) == ()
    assert third_party_speakers(s, ["Pakistan"], {}) == ("Vishwa Hindu Parishad",)
    funcinpec = replace(s, speakers=("Funcinpec",))
    assert third_party_speakers(funcinpec, ["Cambodia"], {}) == ()
    # a movement with a militia and cabinet seats is its state's own too, in its state's affairs
    hezbollah = replace(s, speakers=("Hezbollah",))
    assert third_party_speakers(hezbollah, ["Lebanon", "Saudi Arabia"], {}) == ()
    assert third_party_speakers(hezbollah, ["Israel", "Hamas"], {}) == ("Hezbollah",)
    opposition = replace(s, speakers=("SPLM-IO",))
    assert third_party_speakers(opposition, ["South Sudan"], {}) == ()


def test_a_region_of_a_principal_state_is_no_third_party() -> None:
    # "Quebec's premier said", in a story of Canada alone: a region's government is on its
    # state's side in its state's affairs; on a foreign crisis it still reacts
    said = "The premier said the province would not apply the emergency measures."
    s = Sentence(0, len(said), 2, said, "reaction", ("Quebec",))
    assert third_party_speakers(s, ["Canada"], {}) == ()
    assert third_party_speakers(s, ["Haiti"], {}) == ("Quebec",)
    greenland = replace(s, speakers=("Greenland",))
    assert third_party_speakers(greenland, ["Denmark", "United States"], {}) == ()


BORDER_ROW = [
    ("Eritrea and Djibouti trade accusations over border clash", "heading"),
    (
        "Eritrea accused Djibouti on Monday of shelling its positions near Ras Doumeira, and "
        "Djibouti said Eritrean troops had crossed the border and killed two of its soldiers.",
        "text",
    ),
    (
        "The Afar Herders Association said families near the border had fled with their "
        "animals and feared the fighting would spread.",
        "text",
    ),
    (
        "The National Democratic Alliance, which boycotted the last poll, said it stood behind "
        "the army but asked why Qatar had withdrawn its peacekeepers from the border.",
        "text",
    ),
    ("Ethiopia urged both governments to pull back their troops and talk.", "text"),
]


def test_a_home_group_of_a_side_is_no_third_party_beside_a_second_side() -> None:
    # a body named only at home is its state's own, however many sides the story has
    b = build_briefing([make_doc("a", BORDER_ROW, date(2031, 5, 14))])
    assert b.principals == ("Eritrea", "Djibouti")
    actors = {i.actor for i in items(b, "reactions")}
    assert "Ethiopia" in actors and "Afar Herders Association" not in actors


def test_a_group_named_for_a_principal_state_is_no_third_party() -> None:
    # "the Sudanese X Association": its words are its own, but in Sudan's affairs it is on
    # Sudan's side; a foreign state's association stays a third party
    said = "The association said the strike would go on."
    s = Sentence(
        0,
        len(said),
        2,
        said,
        "reaction",
        ("Ugandan Nurses Association", "Kenyan Nurses Association"),
    )
    assert third_party_speakers(s, ["Kenya"], {}) == ("Ugandan Nurses Association",)
    own = replace(s, speakers=("Sudanese Doctors Association",))
    assert third_party_speakers(own, ["Sudan"], {}) == ()


def test_a_known_name_given_a_state_office_speaks_for_no_international_body() -> None:
    # the gazetteer puts Charles Michel in the European Council; a story that calls him
    # "Prime Minister" with no state tells him as the struck state's own head of government
    blocks = [
        ("Floods kill dozens in Belgium", "heading"),
        ("Floods swept across southern Belgium on Tuesday, killing at least 30 people.", "text"),
        (
            "Prime Minister Charles Michel declared a day of national mourning and said the "
            "army would help.",
            "text",
        ),
        ("Michel said the rescue would go on through the night.", "text"),
        ("The European Commission released 2 million euros in emergency aid.", "text"),
        ("Germany sent two rescue teams and 40 pumps.", "text"),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    assert [i.actor for i in items(b, "reactions")] == ["European Commission", "Germany"]


def test_a_body_named_beside_a_misplaced_person_stays_a_speaker() -> None:
    offices = {"Jane Roe": "President", "John Doe": "Secretary-General"}
    affiliation = {"Jane Roe": "United Nations", "John Doe": "United Nations"}
    misplaced = _misplaced_people(offices, affiliation)
    assert misplaced == {"Jane Roe": "United Nations"}
    text = "Roe met Doe, and the UN said it would send a team."
    s = Sentence(0, len(text), 2, text, "reaction", ("United Nations",))
    roe = Mention(0, 3, "Roe", "Jane Roe", "PERSON")
    un = Mention(16, 18, "UN", "United Nations", "ORG")
    assert _without_misplaced(s, [roe, un], misplaced, affiliation).speakers == ("United Nations",)
    assert _without_misplaced(s, [roe], misplaced, affiliation).speakers == ()
    # a former office holder speaks for the body no more, its name given or not; a present
    # office with the body named is the text's own word
    former = {
        "Jo Bloggs": "Former Secretary-General (United Nations)",
        "John Doe": "Envoy (United Nations)",
    }
    assert _misplaced_people(
        former, {"Jo Bloggs": "United Nations", "John Doe": "United Nations"}
    ) == {"Jo Bloggs": "United Nations"}
    # a bare "President" may be the head of a body headed by a president
    assert _misplaced_people({"Jo Bloggs": "President"}, {"Jo Bloggs": "European Council"}) == {}


def test_a_party_contesting_the_countrys_politics_is_its_own() -> None:
    # one principal, the country: a party told winning seats or banned is on its side
    blocks = [
        ("Army cancels Zambian election", "heading"),
        (
            "Zambia's army cancelled the second round of the legislative election on Sunday, "
            "which the People's Renewal Front was certain to win after taking 188 seats.",
            "text",
        ),
        ("The People's Renewal Front called the takeover illegitimate.", "text"),
        ("The European Union called for a swift return to constitutional order.", "text"),
    ]
    doc = make_doc("a", blocks, date(2031, 5, 14))
    assert contesting_parties([doc]) == {"People's Renewal Front"}
    b = build_briefing([doc])
    assert b.principals == ("Zambia",)
    assert [i.actor for i in items(b, "reactions")] == ["European Union"]
    # a party told with nothing of the country's politics keeps its voice
    assert contesting_parties([make_doc("b", blocks[:1] + blocks[2:], date(2031, 5, 14))]) == set()


def test_a_party_contesting_a_sides_politics_is_its_own_beside_a_second_side() -> None:
    # told boycotting the poll, a party is a principal state's own, though it names a third state
    doc = make_doc("a", BORDER_ROW, date(2031, 5, 14))
    assert "National Democratic Alliance" in contesting_parties([doc])
    b = build_briefing([doc])
    assert b.principals == ("Eritrea", "Djibouti")
    actors = {i.actor for i in items(b, "reactions")}
    assert "Ethiopia" in actors and "National Democratic Alliance" not in actors


def test_a_group_told_ruling_the_country_is_its_own() -> None:
    blocks = [
        ("Earthquake kills hundreds in Zambia", "heading"),
        (
            "An earthquake struck western Zambia on Saturday, killing more than 300 people, "
            "the Renewal Council administration said.",
            "text",
        ),
        ("The Renewal Council said it had sent helicopters to the district.", "text"),
        ("The European Union released 2 million euros in emergency aid.", "text"),
    ]
    doc = make_doc("a", blocks, date(2031, 5, 14))
    assert ruling_groups([doc]) == {"Renewal Council"}
    b = build_briefing([doc])
    assert b.principals == ("Zambia",)
    assert [i.actor for i in items(b, "reactions")] == ["European Union"]


def test_another_states_opposition_is_a_third_party() -> None:
    blocks = [
        ("Belarus arrests opposition leaders after disputed vote", "heading"),
        (
            "Police in Belarus arrested three opposition leaders on Tuesday after a disputed "
            "presidential vote.",
            "text",
        ),
        ("Narodna Volya, the main opposition party, said the count had been rigged.", "text"),
        (
            "In Madrid, the main opposition Popular Party pressed the government to recognise "
            "the opposition candidate as president-elect.",
            "text",
        ),
    ]
    doc = make_doc("a", blocks, date(2031, 5, 14))
    assert opposition_of([doc], ["Belarus"]) == {"Narodna Volya"}
    assert opposition_of([doc]) == {"Narodna Volya", "Popular Party"}


def test_a_head_of_government_told_as_a_blocs_chair_speaks_for_it() -> None:
    # the sentence naming him with the bloc tells his part: its chair, not a misplaced name
    blocks = [
        ("Guyana and Venezuela meet for talks", "heading"),
        (
            "The presidents of Guyana and Venezuela met on Thursday for talks on their border "
            "dispute.",
            "text",
        ),
        (
            "Prime Minister Ralph Gonsalves hosted the talks as the chair of the Community of "
            "Latin American and Caribbean States.",
            "text",
        ),
        ("Gonsalves said the meeting had achieved more than anyone expected.", "text"),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    reacted = {i.text: i.actor for i in items(b, "reactions")}
    assert reacted.get(blocks[3][0]) == "Community of Latin American and Caribbean States"
    assert reacted.get(blocks[2][0]) == "Community of Latin American and Caribbean States"


def test_a_sides_own_institution_is_no_third_party_in_the_actors_list() -> None:
    blocks = [
        ("Zambia's court confirms disputed vote", "heading"),
        (
            "Zambia's Supreme Court on Friday confirmed the result of the presidential election, "
            "which the opposition says was rigged.",
            "text",
        ),
        ("The Supreme Court said the count had been lawful.", "text"),
        ("The European Union called for the full results to be published.", "text"),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    assert b.principals == ("Zambia",)
    actors = b.section("actors")
    assert actors is not None
    roles = {a.name: a.role for a in actors.actors}
    assert roles["Supreme Court"].startswith("On the side of Zambia")
    assert roles["European Union"].startswith("Third party")


def test_an_opening_29_february_later_than_its_article_is_last_years_28th() -> None:
    blocks = [
        ("Border talks stall", "heading"),
        ("Talks between Zambia and Malawi stalled on Friday, officials said.", "text"),
        ("On 29 February, troops crossed the border, officials recalled.", "text"),
    ]
    doc = make_doc("a", blocks, date(2024, 1, 5))
    b = build_briefing([doc, make_doc("b", blocks[:2], date(2024, 1, 6))])  # (raised before)
    timeline = b.section("timeline")
    assert timeline is not None
    assert any(i.date == "2023-02-28" for i in timeline.items)


def test_an_acts_own_clause_skips_a_relative_clause_describing_its_actor() -> None:
    # "Chile, which has long experience of quakes," describes Chile: its act is "sent engineers"
    text = "Chile, which has long experience of large quakes, sent engineers to help."
    spans = (Span(0, 5, "GPE", "Chile"),)
    assert own_clause(text, spans, ["Chile"]) == "Chile sent engineers to help."
    figures = "France, which has about 3,500 troops in the region, sent gendarmes to help."
    spans = (Span(0, 6, "GPE", "France"),)
    assert own_clause(figures, spans, ["France"]) == "France sent gendarmes to help."


def test_an_acts_own_clause_runs_on_through_a_clause_whose_subject_is_its_actor() -> None:
    text = "The EU approved food aid, and Britain sent medical supplies, and Russia mocked both."
    b, r = text.index("Britain"), text.index("Russia")
    spans = (
        Span(4, 6, "ORG", "European Union"),
        Span(b, b + 7, "GPE", "United Kingdom"),
        Span(r, r + 6, "GPE", "Russia"),
    )
    both = ["European Union", "United Kingdom"]
    assert own_clause(text, spans, both) == text[: text.index(", and Russia")]
    assert own_clause(text, spans, ["European Union"]) == "The EU approved food aid"
    # a clause in which the actor is only the object is another's
    other = "Canada closed its embassy, and they criticised Canada for it."
    c = other.rindex("Canada")
    spans = (Span(0, 6, "GPE", "Canada"), Span(c, c + 6, "GPE", "Canada"))
    assert own_clause(other, spans, ["Canada"]) == "Canada closed its embassy"


def test_an_acts_own_clause_ends_before_what_it_was_done_despite() -> None:
    # the promises to defend the guerrillas are not what Iraq did
    text = "Iraq has kept its troops in their barracks, despite promises to defend the guerrillas."
    spans = (Span(0, 4, "GPE", "Iraq"),)
    assert own_clause(text, spans, ["Iraq"]) == "Iraq has kept its troops in their barracks"


def test_a_third_partys_refusal_to_comment_alone_is_no_reaction() -> None:
    doc = make_doc(
        "refusal",
        [
            ("Troops seize Aldrian border post", "heading"),
            (
                "Ruritanian troops seized a border post in Aldria on Monday, Aldria's defence "
                "ministry said.",
                "paragraph",
            ),
            ("Germany condemned the seizure and urged Ruritania to withdraw.", "paragraph"),
            ("France declined to comment.", "paragraph"),
        ],
        published=date(2031, 3, 4),
    )
    reactions = build_briefing([doc]).section("reactions")
    assert reactions is not None
    texts = [i.text for i in reactions.items]
    assert "France declined to comment." not in texts
    assert any(t.startswith("Germany condemned") for t in texts)


def test_a_high_commission_folds_into_its_state_like_an_embassy() -> None:
    uk = ActorStats("United Kingdom", types=Counter({"GPE": 3}), mentions=3, prose=3)
    uk.narrative = uk.bare = 3
    mission = ActorStats("British High Commission", types=Counter({"ORG": 2}), mentions=2, prose=2)
    mission.statements["concern"] += 1
    bare = ActorStats("High Commission", types=Counter({"ORG": 2}), mentions=2, prose=2)
    stats = {st.name: st for st in (uk, mission, bare)}
    actors = build_actors(stats, ())
    assert [a.name for a in actors] == ["United Kingdom"]
    assert actors[0].mentions == 5


def test_a_third_partys_act_stands_when_only_a_side_speaks_in_a_clause_of_its_own() -> None:
    blocks = [
        ("Spain arrests cell after Barcelona attack", "heading"),
        (
            "Spanish police arrested four men on Monday over the van attack in Barcelona that "
            "killed 13 people, and Spain's interior minister said the Islamic State cell behind "
            "it had been dismantled.",
            "paragraph",
        ),
        (
            "Spain said the cell had planned a larger bombing. Madrid raised its terror alert and "
            "Spanish police searched homes in Ripoll.",
            "paragraph",
        ),
        (
            "Morocco has sent investigators to Spain and arrested several people with links to "
            "the cell, cooperation that Madrid has publicly praised.",
            "paragraph",
        ),
    ]
    briefing = build_briefing([make_doc("ramblas", blocks)])
    assert "Spain" in briefing.principals
    rx = briefing.section("reactions")
    assert rx is not None
    assert [(i.actor, i.text[:7]) for i in rx.items] == [("Morocco", "Morocco")]


def test_the_office_of_a_body_named_just_before_is_the_bodys() -> None:
    # "Its president, X," after a sentence naming the body: the body's head speaks for it,
    # though a bare "President" would read as a state's office
    blocks = [
        ("Stand collapses at cup final in Lisbon", "heading"),
        (
            "A stand collapsed at the national stadium in Lisbon on Saturday, killing 12 "
            "spectators, Portuguese police said.",
            "text",
        ),
        (
            "FIFA said its disciplinary committee would open an inquiry. Its president, Tomas "
            "Wren, said stadium safety had to come first.",
            "text",
        ),
    ]
    b = build_briefing([make_doc("a", blocks, date(2031, 5, 14))])
    reacted = {i.text: i.actor for i in items(b, "reactions")}
    assert reacted.get("Its president, Tomas Wren, said stadium safety had to come first.") == (
        "FIFA"
    )
