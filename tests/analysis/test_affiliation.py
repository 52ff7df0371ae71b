"""Who speaks for whom: titles, offices, seats and institutions mapped to parties."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.analysis import analyse, gazetteer
from briefer.analysis.affiliation import affiliations, is_title_gap
from briefer.analysis.model import Mention
from briefer.analysis.owners import is_commentator, is_domestic_institution, known_party, party_of
from briefer.sources import load_document
from tests.analysis.story_readings import BORDER_LEAD, actors_of, speakers_affiliated


def _mention(text: str, surface: str, canonical: str, type_: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, canonical, type_)


def test_a_seat_speaks_for_its_organisation_and_a_capital_for_its_state() -> None:
    text = "Brussels and Nairobi"
    assert party_of(_mention(text, "Brussels", "Brussels", "GPE"), {}) == "European Union"
    assert party_of(_mention(text, "Nairobi", "Nairobi", "GPE"), {}) == "Kenya"


def test_an_institution_speaks_for_the_state_in_its_name() -> None:
    text = "the Russian Foreign Ministry"
    found = _mention(text, "Russian Foreign Ministry", "Russian Foreign Ministry", "ORG")
    assert party_of(found, {}) == "Russia"
    assert is_domestic_institution("Foreign Ministry")
    assert not is_domestic_institution("Russian Foreign Ministry")


def test_a_legislature_named_by_what_it_is_is_domestic() -> None:
    # "the Legislative Assembly", "the Legislative Council": the story's own parliament
    assert is_domestic_institution("Legislative Assembly")
    assert is_domestic_institution("Legislative Council")
    assert not is_domestic_institution("Salvadoran Legislative Assembly")
    # a name only some states' bodies bear, named bare (data/bare_bodies.tsv)
    assert is_domestic_institution("House of Commons")


def test_a_ministry_named_by_a_list_of_its_fields_is_domestic() -> None:
    assert is_domestic_institution("Ministry of Agriculture, Fisheries and Food")
    assert not is_domestic_institution("Ministry of Agriculture, Fisheries and Kelp Farming")


def test_a_state_owned_body_acts_for_its_owner_whatever_its_name() -> None:
    # The gazetteer's owner column: no state in the name, yet Gazprom's and KCNA's acts are
    # their states'; a private company stays itself.
    for surface, owner in (("Gazprom", "Russia"), ("KCNA", "North Korea")):
        found = _mention(surface, surface, surface, "ORG")
        assert party_of(found, {}) == owner
    assert party_of(_mention("Ryanair", "Ryanair", "Ryanair", "ORG"), {}) == "Ryanair"


def test_a_body_the_data_says_acts_for_no_state_keeps_its_words_whatever_its_name() -> None:
    # "Norwegian" opens the council's name and "British" the airline's, yet neither speaks for
    # its state: the owner column's "-" stops the name's state from taking their acts; a
    # ministry named after its state still speaks for it.
    for surface, canonical in (
        ("Norwegian Refugee Council", "Norwegian Refugee Council"),
        ("NRC", "Norwegian Refugee Council"),
        ("British Airways", "British Airways"),
    ):
        assert party_of(_mention(surface, surface, canonical, "ORG"), {}) == canonical
    ministry = "British Foreign Office"
    assert party_of(_mention(ministry, ministry, ministry, "ORG"), {}) == "United Kingdom"


def test_a_title_between_a_party_and_a_person() -> None:
    assert is_title_gap("'s foreign minister, ")
    assert is_title_gap(" foreign policy chief ")
    assert not is_title_gap(" said on Monday that ")


def test_a_known_officer_of_an_unqualified_ministry_speaks_for_the_state() -> None:
    text = "Foreign Ministry spokeswoman Maria Zakharova said it was shocking."
    found = [
        _mention(text, "Foreign Ministry", "Foreign Ministry", "ORG"),
        _mention(text, "Maria Zakharova", "Maria Zakharova", "PERSON"),
    ]
    assert known_party("Maria Zakharova") == "Russia"
    assert affiliations(text, found) == {"Maria Zakharova": "Russia"}


def test_a_known_holder_of_a_conventional_title_keeps_their_own_body() -> None:
    text = "Secretary-General Luis Almagro and Secretary-General Jane Doe spoke."
    found = [
        _mention(text, "Luis Almagro", "Luis Almagro", "PERSON"),
        _mention(text, "Jane Doe", "Jane Doe", "PERSON"),
    ]
    assert affiliations(text, found) == {
        "Luis Almagro": "Organization of American States",
        "Jane Doe": "United Nations",
    }


def test_a_director_at_a_body_speaks_for_it() -> None:
    text = "said Dilnoza Karimova, Central Asia director at Human Rights Watch."
    found = [
        _mention(text, "Dilnoza Karimova", "Dilnoza Karimova", "PERSON"),
        _mention(text, "Central Asia", "Central Asia", "LOC"),
        _mention(text, "Human Rights Watch", "Human Rights Watch", "ORG"),
    ]
    assert affiliations(text, found)["Dilnoza Karimova"] == "Human Rights Watch"


def test_outlets_and_institutes_comment_but_state_media_speak_for_their_state() -> None:
    assert is_commentator("Reuters")
    assert is_commentator("Chatham House")
    assert is_commentator("Institute for the Study of War")
    assert not is_commentator("KCNA")  # North Korea's own voice
    assert not is_commentator("International Atomic Energy Agency")
    assert not is_commentator("Amnesty International")


def test_a_title_ending_an_opening_phrase_is_not_the_next_persons() -> None:
    text = "In a phone call with Serbia's president, Jane Doe expressed support for Belgrade."
    found = [
        _mention(text, "Serbia", "Serbia", "GPE"),
        _mention(text, "Jane Doe", "Jane Doe", "PERSON"),
    ]
    assert "Jane Doe" not in affiliations(text, found)
    # an apposition opening the sentence still gives the title
    other = "Serbia's president, Jane Doe, expressed support for the plan."
    found = [
        _mention(other, "Serbia", "Serbia", "GPE"),
        _mention(other, "Jane Doe", "Jane Doe", "PERSON"),
    ]
    assert affiliations(other, found) == {"Jane Doe": "Serbia"}


@pytest.mark.parametrize(
    "name",
    [
        "Electoral Commission",
        "Independent Electoral Commission",
        "High Council for National Reconciliation",
        "Transitional Council",
    ],
)
def test_commissions_and_councils_named_only_by_what_they_are_are_domestic(name: str) -> None:
    from briefer.analysis.owners import is_domestic_institution

    assert is_domestic_institution(name)


def test_a_commission_named_by_its_union_is_no_domestic_body() -> None:
    from briefer.analysis.owners import is_domestic_institution

    assert not is_domestic_institution("European Commission")


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        # a dateline's dash or a lowercase word before the title: no other body is named
        ("WASHINGTON — Secretary of State Dean Rusk said on Friday", "Dean Rusk", "United States"),
        ("That was how Secretary-General U Thant's spokesman put it.", "U Thant", "United Nations"),
        # "whose" with a capitalised title
        ("Japan, whose Prime Minister Eisaku Sato told reporters", "Eisaku Sato", "Japan"),
    ],
)
def test_a_conventional_or_whose_title_reads_past_capitals_and_dashes(
    text: str, person: str, party: str
) -> None:
    ms = [_mention(text, person, person, "PERSON")]
    if text.startswith("Japan"):
        ms.insert(0, _mention(text, "Japan", "Japan", "GPE"))
    assert affiliations(text, ms)[person] == party


def test_a_bodys_own_secretary_general_is_not_the_uns() -> None:
    text = "OAS Secretary-General Jose Mora said the vote was flawed."
    ms = [
        _mention(text, "OAS", "Organization of American States", "ORG"),
        _mention(text, "Jose Mora", "Jose Mora", "PERSON"),
    ]
    assert affiliations(text, ms).get("Jose Mora") != "United Nations"


def test_the_foreign_office_unqualified_is_britains_unless_the_text_places_it() -> None:
    def organ(text: str, *others: tuple[str, str, str]) -> str:
        office = _mention(text, "Foreign Office", "Foreign Office", "ORG")
        found = sorted([office, *(_mention(text, *o) for o in others)], key=lambda m: m.start)
        return party_of(office, affiliations(text, found))

    assert organ("The Foreign Office said it hoped for talks.") == "United Kingdom"
    text = "Nine of the dead were Pakistanis, according to the Foreign Office in Islamabad."
    assert organ(text, ("Islamabad", "Islamabad", "GPE")) == "Pakistan"
    # (an organ telling of its own state's act, in the third person, is that state's)
    text = "Pakistan accepted the offer on Sunday, the Foreign Office said."
    assert organ(text, ("Pakistan", "Pakistan", "GPE")) == "Pakistan"


def test_the_reigning_british_monarch_speaks_for_the_united_kingdom() -> None:
    # (a head of state of the 2020s, as Elizabeth II was before him)
    assert known_party("Charles III") == "United Kingdom"
    assert known_party("King Charles III") == "United Kingdom"
    assert known_party("Elizabeth II") == "United Kingdom"


def test_the_leaders_of_congress_are_american_by_convention() -> None:
    text = "House Speaker Newt Ging and Senate Majority Leader Bob Dale backed the move."
    found = [
        _mention(text, "Newt Ging", "Newt Ging", "PERSON"),
        _mention(text, "Bob Dale", "Bob Dale", "PERSON"),
    ]
    assert affiliations(text, found) == {"Newt Ging": "United States", "Bob Dale": "United States"}


def test_a_nato_secretary_general_named_by_office_alone_is_natos() -> None:
    text = "Secretary-General Anders Fogh Rasmussen told reporters the allies stood together."
    found = [_mention(text, "Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "PERSON")]
    assert affiliations(text, found) == {"Anders Fogh Rasmussen": "NATO"}
    # (the title the text gives comes first: as Danish prime minister, he is Denmark's)
    text = "Danish Prime Minister Anders Fogh Rasmussen said so."
    found = [
        _mention(text, "Danish", "Denmark", "NORP"),
        _mention(text, "Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "PERSON"),
    ]
    assert affiliations(text, found) == {"Anders Fogh Rasmussen": "Denmark"}


def test_palestinian_bodies_speak_in_their_own_name_not_the_states() -> None:
    # "Palestinian Authority President X": the state's name opens the body's, yet it speaks
    # for itself. (The PLO stays Palestine's: before the Authority, the principal's own voice.)
    for name in ("Palestinian Authority", "Palestinian Islamic Jihad"):
        assert party_of(_mention(name, name, name, "ORG"), {}) == name


def test_a_regulator_or_bureau_named_by_what_it_is_is_domestic() -> None:
    # "The Directorate General of Civil Aviation ordered inspections": the story's own state's
    # body, its words a development, not a third party's reaction.
    for name in (
        "Directorate General of Civil Aviation",
        "National Bureau of Investigation",
        "Nuclear Regulation Authority",
        "Securities and Exchange Commission",
        "National Disaster Response Force",
        "Secret Service",
        "Court of Appeal",
        # (a party or centre named only by what it is: the story's own)
        "Socialist Party",
        "Party of Socialists",
        "National Anti-Corruption Centre",
    ):
        assert is_domestic_institution(name), name
    for name in (
        "International Atomic Energy Agency",
        "European Union Aviation Safety Agency",
        "Italian Communist Party",
    ):
        assert not is_domestic_institution(name), name


def test_an_airline_speaks_in_its_own_name_whoever_owns_it() -> None:
    for name in ("Turkish Airlines", "Qatar Airways", "Singapore Airlines"):
        assert party_of(_mention(name, name, name, "ORG"), {}) == name
    # (a state's other companies still act for it: "Gazprom cut the gas")
    assert party_of(_mention("Gazprom", "Gazprom", "Gazprom", "ORG"), {}) == "Russia"


def test_a_national_red_cross_society_named_as_such_acts_in_its_own_name() -> None:
    for name in ("British Red Cross", "Turkish Red Crescent", "Mexican Red Cross"):
        assert party_of(_mention(name, name, name, "ORG"), {}) == name
    # (its state's possessive makes it the state's: "Iran's Red Crescent said")
    assert speakers_affiliated("Iran's Red Crescent said a team would fly out.") == ("Iran",)
    assert actors_of("The Canadian Red Cross sent blankets and tents.") == ("Canadian Red Cross",)


def test_a_bodys_officer_with_the_remit_of_his_post_speaks_for_the_body() -> None:
    text = "The OSCE's representative on freedom of the media, Harlem Dés, called for justice."
    found = [
        _mention(text, "OSCE", "OSCE", "ORG"),
        _mention(text, "Harlem Dés", "Harlem Dés", "PERSON"),
    ]
    assert affiliations(text, found) == {"Harlem Dés": "OSCE"}


def test_a_chief_cabinet_secretary_is_japans_and_iaea_heads_are_the_agencys() -> None:
    text = "Chief Cabinet Secretary Noboru Machi told reporters the grief was shared."
    found = [_mention(text, "Noboru Machi", "Noboru Machi", "PERSON")]
    assert affiliations(text, found) == {"Noboru Machi": "Japan"}
    assert known_party("ElBaradei") == "IAEA"


def test_a_party_or_federation_named_after_its_state_speaks_for_itself() -> None:
    # "The Italian Communist Party said", "The Portuguese Football Federation tweeted": their
    # members' words, not the state's; the state's own bodies keep their owner.
    for name in ("Italian Communist Party", "Portuguese Football Federation"):
        assert party_of(_mention(name, name, name, "ORG"), {}) == name
    name = "Russian Foreign Ministry"
    assert party_of(_mention(name, name, name, "ORG"), {}) == "Russia"


def test_a_un_agency_named_by_what_it_does_is_that_agency() -> None:
    # "The U.N. migration agency said", "the United Nations cultural agency said", "the UN
    # nuclear watchdog": the agency speaks in its own name, not the UN's.
    for alias, agency in (
        ("U.N. migration agency", "International Organization for Migration"),
        ("United Nations cultural agency", "UNESCO"),
        ("UN nuclear watchdog", "IAEA"),
        ("UN children's agency", "UNICEF"),
        # (and bodies better known by their short names)
        ("Group of Eight", "G8"),
        ("European Anti-Fraud Office", "OLAF"),
    ):
        found = gazetteer.canonical_name(alias)
        assert found is not None and found[0] == agency, alias


def test_britains_departments_of_empire_speak_for_it_unqualified() -> None:
    for organ_name in ("Colonial Office", "Commonwealth Relations Office", "War Office"):
        text = f"In London, the {organ_name} said the Sultan had asked for help."
        organ = _mention(text, organ_name, organ_name, "ORG")
        found = [_mention(text, "London", "London", "GPE"), organ]
        assert party_of(organ, affiliations(text, found)) == "United Kingdom"


def test_the_commonwealth_secretary_is_a_british_minister_not_the_commonwealths() -> None:
    text = "Duncan Sandys, the Commonwealth Secretary, told MPs that recognition would wait."
    found = [
        _mention(text, "Duncan Sandys", "Duncan Sandys", "PERSON"),
        _mention(text, "the Commonwealth", "Commonwealth of Nations", "ORG"),
    ]
    assert affiliations(text, found)["Duncan Sandys"] == "United Kingdom"
    text = "Commonwealth Secretary Duncan Sandys said recognition would wait."
    found = [_mention(text, "Duncan Sandys", "Duncan Sandys", "PERSON")]
    assert affiliations(text, found)["Duncan Sandys"] == "United Kingdom"
    # (the Commonwealth's own head keeps his body)
    text = "Arnold Smith, the Commonwealth Secretary-General, said the meeting would go ahead."
    found = [
        _mention(text, "Arnold Smith", "Arnold Smith", "PERSON"),
        _mention(text, "the Commonwealth", "Commonwealth of Nations", "ORG"),
    ]
    assert affiliations(text, found)["Arnold Smith"] == "Commonwealth of Nations"


@pytest.mark.parametrize(
    ("text", "body", "canonical"),
    [
        ("Ana Ruiz, the Secretary-General of NATO, said she was alarmed.", "NATO", "NATO"),
        (
            "Tomas Berg, secretary general of the Pacific Islands Forum, urged calm.",
            "Pacific Islands Forum",
            "Pacific Islands Forum",
        ),
        (
            "Jan Oster, Director-General of the World Health Organization, said it was grave.",
            "World Health Organization",
            "World Health Organization",
        ),
    ],
)
def test_an_office_of_a_body_after_the_name_in_capitals_or_two_words(
    text: str, body: str, canonical: str
) -> None:
    person = text.split(",")[0]
    found = [_mention(text, person, person, "PERSON"), _mention(text, body, canonical, "ORG")]
    assert affiliations(text, found)[person] == canonical


def test_a_former_office_of_a_body_is_not_the_persons_voice_now() -> None:
    text = "Ana Ruiz, the former secretary-general of the United Nations, won the vote."
    found = [
        _mention(text, "Ana Ruiz", "Ana Ruiz", "PERSON"),
        _mention(text, "United Nations", "United Nations", "ORG"),
    ]
    assert "Ana Ruiz" not in affiliations(text, found)


def test_a_title_after_a_bodys_acronym_in_brackets_is_the_bodys() -> None:
    text = "The Asian Football Confederation (AFC) president Omar Haddad sent his condolences."
    found = [
        _mention(text, "Asian Football Confederation", "Asian Football Confederation", "ORG"),
        _mention(text, "AFC", "Asian Football Confederation", "ORG"),
        _mention(text, "Omar Haddad", "Omar Haddad", "PERSON"),
    ]
    assert affiliations(text, found)["Omar Haddad"] == "Asian Football Confederation"


_TENURES = (
    "name\tparty\taliases\tyears\n"
    "Anna Kowalczyk\tRuritania\tKowalczyk\t1995-2004\n"
    "Anna Kowalczyk\tUnited Nations\t\t1985-1991\n"
    "Anna Kowalczyk\tNATO\t\t2008-\n"
    "Piotr Nowakowski\tAldria\t\t\n"
    "Jan Kowal\tAldria\t\t1960-1970\n"
    "Jan Kowal\tUnited Nations\t\t1971-1975\n"
)


@pytest.fixture
def tenures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """people.tsv replaced by `_TENURES`: one person of three offices, one of one."""
    from briefer.analysis import owners

    path = tmp_path / "people.tsv"
    path.write_text(_TENURES, encoding="utf-8")
    monkeypatch.setattr(owners, "_PEOPLE_FILE", path)
    owners._known_people.cache_clear()
    yield
    owners._known_people.cache_clear()


@pytest.mark.usefixtures("tenures")
def test_a_person_speaks_for_the_party_of_the_year() -> None:
    assert known_party("Anna Kowalczyk", 1988) == "United Nations"
    assert known_party("Kowalczyk", 1999) == "Ruritania"  # an alias of any row is the person's
    assert known_party("Anna Kowalczyk", 2015) == "NATO"  # an open end
    # Between or after the tenures, the nearest: a former office-holder keeps his last office.
    assert known_party("Anna Kowalczyk", 1993) == "Ruritania"
    assert known_party("Jan Kowal", 1990) == "United Nations"
    # Before the first, none: she spoke for no one yet (a row with no years holds at any time).
    assert known_party("Anna Kowalczyk", 1970) is None
    # With no year, the row the data gives first; one row holds at any time.
    assert known_party("Anna Kowalczyk") == "Ruritania"
    # A year the document does not precede rules out the offices that ended before it.
    assert known_party("Anna Kowalczyk", since=1990) == "Ruritania"
    assert known_party("Anna Kowalczyk", since=2006) == "NATO"
    assert known_party("Jan Kowal", since=1990) == "United Nations"  # the last one
    assert known_party("Piotr Nowakowski", 1950) == "Aldria"


@pytest.mark.usefixtures("tenures")
def test_affiliations_date_a_known_person_by_the_text() -> None:
    text = "Anna Kowalczyk said the ceasefire had to hold."
    person = [_mention(text, "Anna Kowalczyk", "Anna Kowalczyk", "PERSON")]
    assert affiliations(text, person, 1989)["Anna Kowalczyk"] == "United Nations"
    assert affiliations(text, person, 2001)["Anna Kowalczyk"] == "Ruritania"
    # A text of unknown date is no older than the latest year it writes, and maybe much newer.
    for recalled, party in (("1990", "Ruritania"), ("2006", "NATO")):
        undated = f"As in {recalled}, " + text
        named = [_mention(undated, "Anna Kowalczyk", "Anna Kowalczyk", "PERSON")]
        assert affiliations(undated, named)["Anna Kowalczyk"] == party, recalled


@pytest.mark.usefixtures("tenures")
def test_a_stories_date_chooses_the_office_its_speaker_held(tmp_path: Path) -> None:
    body = "Anna Kowalczyk condemned the shelling on Tuesday and called for talks.\n"
    for day, party in (("1989-05-02", "United Nations"), ("2002-05-07", "Ruritania")):
        path = tmp_path / f"{day}-border-clash.txt"
        path.write_text(BORDER_LEAD + body, encoding="utf-8")
        document = load_document(path)
        assert document.year == int(day[:4])
        said = [s for s in analyse(document).sentences if "Kowalczyk" in s.text]
        assert said and said[0].speakers == (party,), day


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Ned Pryor, the Assistant Secretary of State, told senators it was a setback.",
            "United States",
        ),
        (
            "Ned Pryor, the assistant secretary of state for African affairs, flew in.",
            "United States",
        ),
        ("Ned Pryor, the Taoiseach, said Dublin would help.", "Ireland"),
        # (Britain's Secretary of State with his remit is no American office)
        ("Ned Pryor, the Secretary of State for Defence, said troops would stay.", None),
    ],
)
def test_a_conventional_office_apposed_after_the_name(text: str, party: str | None) -> None:
    ms = [_mention(text, "Ned Pryor", "Ned Pryor", "PERSON")]
    assert affiliations(text, ms).get("Ned Pryor") == party


@pytest.mark.parametrize(
    ("item", "person", "party"),
    [
        ("Norway: Arctic minister Ola Berg said Oslo was ready to help.", "Ola Berg", "Norway"),
        ("Chile: Rosa Vial, who had met both leaders, offered to mediate.", "Rosa Vial", "Chile"),
        # (a state opening a sentence with no colon heads no list)
        ("Norway sent aid, and Ola Berg said more would follow.", "Ola Berg", None),
    ],
)
def test_a_list_item_headed_by_a_state_gives_its_speaker_the_state(
    item: str, person: str, party: str | None
) -> None:
    text = "Reactions abroad:\n\n" + item
    state = item.split(":")[0].split()[0]
    ms = [
        _mention(text, state, state, "GPE"),
        _mention(text, person, person, "PERSON"),
    ]
    assert affiliations(text, ms).get(person) == party
