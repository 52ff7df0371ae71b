"""One person, one name across the documents of a briefing (`briefing.people`).

The documents are written for these tests; the people in them are invented (apart from
Lai Ching-te, whose "Mr Lai" is the case in point), the states are real names the gazetteer
knows, the events are invented.
"""

from __future__ import annotations

from datetime import date

from analysed import make_doc

from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.briefing.build import build_briefing
from briefer.briefing.model import Actor, Briefing
from briefer.briefing.people import (
    is_short_for,
    office_of,
    person_names,
    person_offices,
    unify_people,
)
from briefer.sources.document import Document


def brief(*documents: list[tuple[str, str]]) -> Briefing:
    return build_briefing(
        [make_doc(f"p{i}", blocks, date(2031, 5, 1 + i)) for i, blocks in enumerate(documents)]
    )


def actors(b: Briefing) -> dict[str, Actor]:
    section = b.section("actors")
    assert section is not None
    return {a.name: a for a in section.actors}


def person_count(b: Briefing, name: str) -> int:
    """Mentions of a person in the document analyses, summed by hand over the documents."""
    return sum(n for entity, kind, n in b.entities if entity == name and kind == "PERSON")


# Venezuela and Guyana argue over the Essequibo; Spain's foreign minister is a third party.
SHORT = [
    ("Venezuela and Guyana trade accusations over Essequibo border", "heading"),
    (
        "Venezuela accused Guyana on Monday of moving troops to the Essequibo border, and "
        "Guyana said Venezuelan soldiers had crossed the river.",
        "text",
    ),
    ("Rafael Ortega said Madrid was ready to host talks between the two governments.", "text"),
]
FULL = [
    ("Guyana protests Venezuelan troop build-up on Essequibo border", "heading"),
    (
        "Guyana protested on Tuesday against a Venezuelan troop build-up on the Essequibo "
        "border, and Venezuela accused Guyana of provoking its soldiers.",
        "text",
    ),
    (
        "Spain's Foreign Minister Rafael Ortega Salinas urged both governments to show "
        "restraint. Rafael Ortega Salinas said Spain would send an envoy to Caracas.",
        "text",
    ),
]
SURNAME = [
    ("Venezuela rejects Guyana's complaint over Essequibo troop moves", "heading"),
    (
        "Venezuela rejected on Wednesday a complaint by Guyana over troop movements near the "
        "Essequibo border, and Guyana said it had asked for a meeting of regional ministers.",
        "text",
    ),
    (
        "Foreign Minister Ortega said the two governments should meet in Madrid before the "
        "end of the month.",
        "text",
    ),
]


def test_a_fuller_name_in_another_document_holds_the_shorter_one() -> None:
    b = brief(SHORT, FULL)
    found = actors(b)
    assert "Rafael Ortega" not in found
    person = found["Rafael Ortega Salinas"]
    assert "Rafael Ortega" in person.aliases
    assert person.mentions == 3  # one in the first document, two in the second
    assert [e for e in b.entities if "Ortega" in e[0]] == [("Rafael Ortega Salinas", "PERSON", 3)]


def test_a_surname_alone_joins_the_one_full_name_however_many_forms_lie_between() -> None:
    # "Ortega" fits both "Rafael Ortega" and "Rafael Ortega Salinas": one person, one name.
    b = brief(SHORT, FULL, SURNAME)
    found = actors(b)
    assert not {"Ortega", "Rafael Ortega"} & set(found)
    person = found["Rafael Ortega Salinas"]
    assert {"Ortega", "Rafael Ortega"} <= set(person.aliases)
    assert person.mentions == 4
    assert person_count(b, "Ortega") == 0


def test_a_statement_under_a_short_name_counts_for_the_party_a_full_name_gives() -> None:
    # Alone, "Ortega" has no title and so is taken for one of the sides' own people; the
    # other document tells he is Spain's foreign minister, a third party.
    alone = brief(SURNAME)
    reactions = alone.section("reactions")
    assert reactions is not None
    assert not any(i.actor == "Spain" for i in reactions.items)
    together = brief(FULL, SURNAME)
    reactions = together.section("reactions")
    assert reactions is not None
    spain = [i.text for i in reactions.items if i.actor == "Spain"]
    assert any(text.startswith("Foreign Minister Ortega said") for text in spain)


MR_LAI = [
    ("China holds drills around Taiwan after inauguration", "heading"),
    (
        "China began military drills around Taiwan on Thursday, and Taiwan said Chinese "
        "warships had entered its contiguous zone.",
        "text",
    ),
    ("Mr Lai said Taiwan would not be provoked and called on Beijing to stop the drills.", "t"),
]
LAI_CHING_TE = [
    ("Taiwan condemns Chinese drills as second day begins", "heading"),
    (
        "Taiwan condemned on Friday a second day of Chinese military drills around the island, "
        "and China said the drills punished separatist acts.",
        "text",
    ),
    ("President Lai Ching-te visited a navy base in Keelung and praised the sailors.", "text"),
]


def test_mr_lai_in_one_document_is_lai_ching_te_of_another() -> None:
    b = brief(MR_LAI, LAI_CHING_TE)
    found = actors(b)
    assert "Lai" not in found
    assert "Lai" in found["Lai Ching-te"].aliases
    assert found["Lai Ching-te"].mentions == 2


KOVAC_MARTA = [
    ("Serbia and Kosovo trade blame over border clash", "heading"),
    (
        "Serbia accused Kosovo on Monday of sending police to the northern border crossing, and "
        "Kosovo said Serbian troops had moved closer to the line.",
        "text",
    ),
    ("Marta Kovač, a Serbian opposition lawmaker, said the government had lost control.", "t"),
]
KOVAC_IVAN = [
    ("Kosovo closes northern crossing as Serbia raises alert", "heading"),
    (
        "Kosovo closed its northern border crossing on Tuesday, and Serbia accused Kosovo of "
        "cutting off Serb villages.",
        "text",
    ),
    (
        "Ivan Petar Kovač, the mayor of a border town, said the villages were running out of fuel.",
        "text",
    ),
]
KOVAC_BARE = [
    ("Serbia and Kosovo agree to reopen crossing", "heading"),
    (
        "Serbia and Kosovo agreed on Wednesday to reopen the northern border crossing after "
        "talks in Brussels.",
        "text",
    ),
    ("Mr Kovač said the agreement was long overdue.", "text"),
]


def test_two_full_names_sharing_a_surname_stay_two_people() -> None:
    b = brief(KOVAC_MARTA, KOVAC_IVAN, KOVAC_BARE)
    found = actors(b)
    assert found["Marta Kovač"].mentions == 1
    assert found["Ivan Petar Kovač"].mentions == 1  # longer, yet no fuller form of Marta's
    assert "Ivan Petar Kovač" not in found["Marta Kovač"].aliases
    assert "Marta Kovač" not in found["Ivan Petar Kovač"].aliases
    # The bare "Mr Kovač" fits both: neither takes it.
    assert not any("Kovač" in found[n].aliases for n in ("Marta Kovač", "Ivan Petar Kovač"))
    assert person_count(b, "Kovač") == 1


ACCENTS = [
    ("Chile and Bolivia argue over river waters", "heading"),
    (
        "Bolivia accused Chile on Monday of diverting the Silala river, and Chile said "
        "Bolivia had broken a court ruling.",
        "text",
    ),
    ("Tomás Ibáñez, Chile's water commissioner, said the river flowed naturally.", "text"),
]
NO_ACCENTS = [
    ("Bolivia takes Silala row to regional court", "heading"),
    (
        "Bolivia asked a regional court on Tuesday to rule on the Silala river, and Chile "
        "said the case had already been decided.",
        "text",
    ),
    ("Tomas Ibanez said Chile would defend its position in court.", "text"),
]


def test_a_name_written_without_its_accents_is_the_same_name() -> None:
    b = brief(ACCENTS, NO_ACCENTS)
    found = actors(b)
    assert "Tomas Ibanez" not in found
    assert "Tomas Ibanez" in found["Tomás Ibáñez"].aliases
    assert found["Tomás Ibáñez"].mentions == 2


def _analysis(doc: Document, mentions: list[tuple[str, str, str]]) -> Analysis:
    """An analysis naming `(surface, canonical, type)` in order through the text."""
    found: list[Mention] = []
    at = 0
    for surface, canonical, kind in mentions:
        at = doc.text.index(surface, at)
        found.append(Mention(at, at + len(surface), surface, canonical, kind))
        at += len(surface)
    sentence = Sentence(0, len(doc.text), 1, doc.text, "development")
    return Analysis(doc.id, tuple(found), (sentence,))


def test_the_name_kept_is_written_as_in_prose_with_its_accents() -> None:
    texts = ["TOMAS IBANEZ RESIGNS; Tomas Ibanez quit on Monday.", "Tomás Ibáñez quit."]
    kinds = [
        [("TOMAS IBANEZ", "TOMAS IBANEZ", "PERSON"), ("Tomas Ibanez", "Tomas Ibanez", "PERSON")],
        [("Tomás Ibáñez", "Tomás Ibáñez", "PERSON")],
    ]
    docs = []
    for i, (text, found) in enumerate(zip(texts, kinds, strict=True)):
        doc, _ = make_doc(f"c{i}", [(text, "text")], date(2031, 5, 1 + i))
        docs.append((doc, _analysis(doc, found)))
    assert person_names(docs) == {"TOMAS IBANEZ": "Tomás Ibáñez", "Tomas Ibanez": "Tomás Ibáñez"}
    assert person_names(docs[:1]) == {"TOMAS IBANEZ": "Tomas Ibanez"}


def test_a_person_is_never_merged_with_a_state_or_an_organisation() -> None:
    texts = [
        "Kestrel Obi and Georgia Lane met in Accra on Monday.",
        "Kestrel said the report about its mines was false.",
        "Kestrel told the meeting he would resign. Georgia agreed.",
    ]
    kinds = [
        [("Kestrel Obi", "Kestrel Obi", "PERSON"), ("Georgia Lane", "Georgia Lane", "PERSON")],
        [("Kestrel", "Kestrel", "ORG")],  # a mining company
        [("Kestrel", "Kestrel", "PERSON"), ("Georgia", "Georgia", "PERSON")],
    ]
    docs = []
    for i, (text, found) in enumerate(zip(texts, kinds, strict=True)):
        doc, _ = make_doc(f"s{i}", [(text, "text")], date(2031, 5, 1 + i))
        docs.append((doc, _analysis(doc, found)))
    # "Kestrel" names an organisation in one document: never taken for Kestrel Obi.
    assert person_names(docs) == {}
    b = build_briefing(docs)
    assert all("Kestrel" not in a.aliases for a in actors(b).values())
    # Without that document it is a short form of the one full name that holds it; the
    # gazetteer's state "Georgia" never is, however the analysis typed it.
    assert person_names([docs[0], docs[2]]) == {"Kestrel": "Kestrel Obi"}


def test_short_forms_of_a_name() -> None:
    def short(a: str, b: str) -> bool:
        return is_short_for(tuple(a.split()), tuple(b.split()))

    assert short("Suu Kyi", "Aung San Suu Kyi")  # the last words
    assert short("Edmundo González", "Edmundo González Urrutia")  # the first words
    assert short("Anwar", "Anwar Ibrahim")  # a given name is how some countries say it
    assert short("Joseph Biden", "Joseph R. Biden")  # both ends, a middle initial left out
    assert not short("Joe Biden", "Hunter Biden")  # two people
    assert not short("Hunter Biden", "Joe Biden")
    assert not short("Hunter Biden", "Joseph R. Biden")  # a longer name of another person
    assert not short("Biden Joseph", "Joseph R. Biden")  # the words in another order
    assert not short("Joseph Biden", "Joseph Biden")  # the same length is no short form
    assert not short("Aung Kyi", "Aung San Suu Kyi Lwin")  # "Kyi" is not its last word
    # After "bin" stands the father's name: King Salman is not Mohammed bin Salman.
    assert not short("salman", "mohammed bin salman")
    assert short("mohammed", "mohammed bin salman")
    assert short("bin salman", "mohammed bin salman")


def test_within_one_document_a_short_form_folds_into_the_one_name_that_holds_it() -> None:
    doc, _ = make_doc(
        "one",
        [("Aung San Suu Kyi and Win Myint meet an envoy; later Suu Kyi urges calm", "text")],
        date(2031, 5, 1),
    )
    analysis = _analysis(
        doc,
        [
            ("Aung San Suu Kyi", "Aung San Suu Kyi", "PERSON"),
            ("Win Myint", "Win Myint", "PERSON"),
            ("Suu Kyi", "Suu Kyi", "PERSON"),
        ],
    )
    assert person_names([(doc, analysis)]) == {"Suu Kyi": "Aung San Suu Kyi"}


# --- A person's office, for the Actors line ---------------------------------------------------


def office(text: str, name: str) -> str | None:
    """The office `office_of` reads for the first mention of `name` in `text`."""
    start = text.index(name)
    person = Mention(start, start + len(name), name, name, "PERSON")
    return office_of(text, person)


def test_an_office_set_after_the_name_is_read() -> None:
    text = "Anatoly Verin, the Kremlin's envoy for Afghanistan, said Moscow was in contact."
    assert office(text, "Anatoly Verin") == "Envoy for Afghanistan (Russia)"
    text = "Tariq Mehmood Rana, Pakistan's foreign minister, said Islamabad would wait."
    assert office(text, "Tariq Mehmood Rana") == "Foreign minister (Pakistan)"
    text = "Ahmad Nasiri, a spokesman for the Taliban's political office, said the war was over."
    assert office(text, "Ahmad Nasiri") == "Spokesman for the Taliban's political office"


def test_an_office_set_before_the_name_between_commas_is_read() -> None:
    text = "Flights resumed, and Germany's foreign minister, Karl Brenner, said more would follow."
    assert office(text, "Karl Brenner") == "Foreign minister (Germany)"
    text = "A spokesman for the group, Ahmad Nasiri, said the war was over."
    assert office(text, "Ahmad Nasiri") == "Spokesman"  # "for the group" names no one
    text = "The talks were led by the president of the central bank, Rosa Arnal, on Friday."
    assert office(text, "Rosa Arnal") == "President of the central bank"


def test_a_lower_case_title_is_read_whole_and_capitalised() -> None:
    text = "White House press secretary Dana Whitfield said the president was briefed."
    assert office(text, "Dana Whitfield") == "Press secretary (United States)"
    text = "Police accused opposition leader Samuel Okello of inciting riots."
    assert office(text, "Samuel Okello") == "Opposition leader"


def test_a_national_adjective_or_owner_is_told_after_the_office() -> None:
    assert office("Iranian President Reza Tavakoli said so.", "Reza Tavakoli") == "President (Iran)"
    text = "US Secretary of State Ellen Marsh arrived in Doha."
    assert office(text, "Ellen Marsh") == "Secretary of State (United States)"
    text = "Iran's new president, Reza Tavakoli, said the defeat was an opportunity."
    assert office(text, "Reza Tavakoli") == "President (Iran)"  # "new" describes, no office


def test_words_of_the_clause_before_a_title_are_not_the_office() -> None:
    text = "On Sunday Foreign Minister Adel Rahimi called it a mistake."
    assert office(text, "Adel Rahimi") == "Foreign Minister"
    text = "In April this year President Tom Hale announced the withdrawal."
    assert office(text, "Tom Hale") == "President"


def test_no_office_where_the_words_beside_a_name_are_none() -> None:
    assert office("Lena Orlova, his daughter, was found on a bench.", "Lena Orlova") is None
    assert office("Speaking to the minister, Tom Hale said no.", "Tom Hale") is None
    assert office("Tom Hale, who had resigned, said no.", "Tom Hale") is None
    assert office("The talks, Tom Hale said, had failed.", "Tom Hale") is None


def test_an_office_before_the_next_name_of_a_list_is_that_persons() -> None:
    text = (
        "He pulled out, joining Britain's trade secretary, Liam Prescott, France's finance "
        "minister, Paul Serrault, and others."
    )
    people = [
        Mention(text.index(n), text.index(n) + len(n), n, n, "PERSON")
        for n in ("Liam Prescott", "Paul Serrault")
    ]
    at = {m.start for m in people}
    assert office_of(text, people[0], at) == "Trade secretary (United Kingdom)"
    assert office_of(text, people[1], at) == "Finance minister (France)"


def test_the_office_of_a_briefing_comes_from_the_first_mention_that_gives_one() -> None:
    first = make_doc(
        "o1",
        [
            ("Guyana protests Venezuelan troop build-up on Essequibo border", "heading"),
            (
                "Guyana protested on Tuesday against a Venezuelan troop build-up, and Venezuela "
                "accused Guyana of provoking its soldiers. Rafael Ortega Salinas, Spain's "
                "foreign minister, urged restraint.",
                "text",
            ),
        ],
    )
    second = make_doc(
        "o2",
        [
            ("Venezuela and Guyana trade accusations", "heading"),
            ("Former President Rafael Ortega Salinas said Madrid would host talks.", "text"),
        ],
        date(2031, 5, 9),
    )
    offices = person_offices(unify_people([first, second]))
    assert offices["Rafael Ortega Salinas"] == "Foreign minister (Spain)"


def test_an_office_given_with_his_or_her_is_the_state_of_the_person_before() -> None:
    blocks = [
        ("Saudi Arabia admits journalist was killed", "heading"),
        (
            "Saudi Arabia's King Salman ordered an inquiry on Saturday. His foreign minister, "
            "Adel al-Jubeir, called the killing a mistake. Turkish President Recep Tayyip "
            "Erdoğan demanded answers, and Ibrahim Kalın, his spokesman, said Ankara would "
            "reveal everything.",
            "text",
        ),
    ]
    items = [make_doc("p", blocks, date(2031, 6, 2))]
    offices = person_offices(unify_people(items))
    assert offices["Adel al-Jubeir"] == "Foreign minister (Saudi Arabia)"
    assert offices["Ibrahim Kalın"] == "Spokesman (Turkey)"
    assert offices["Recep Tayyip Erdoğan"] == "President (Turkey)"
