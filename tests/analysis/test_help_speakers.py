"""Who acts or speaks when the sentence names the party only in passing: foreign help told with
modifiers (the state in an adjective or an agency), former states, a named office-holder's
office or spokesman, and list items that only name parties under a lead-in."""

from __future__ import annotations

from pathlib import Path

from story_readings import actors_of, speakers_of

from briefer.analysis import analyse, gazetteer
from briefer.analysis.entities import find_mentions
from briefer.analysis.model import Sentence
from briefer.analysis.owners import is_state
from briefer.analysis.reactions.list_items import listed_parties
from briefer.sources import load_document

_LEAD = "Quake in Aldria\n\nAn earthquake struck northern Aldria on Monday, killing 300 people.\n\n"


def _sentences(tmp_path: Path, body: str, suffix: str = "txt") -> dict[str, Sentence]:
    path = tmp_path / f"2024-03-04-quake.{suffix}"
    path.write_text(_LEAD + body, encoding="utf-8")
    return {s.text: s for s in analyse(load_document(path)).sentences}


def test_a_team_named_by_its_states_adjective_and_agency_acts() -> None:
    assert actors_of("A Dutch team from the national rescue service USAR arrived with dogs.") == (
        "Netherlands",
    )
    assert actors_of("A Swiss unit from the army's disaster corps set up a field camp.") == (
        "Switzerland",
    )


def test_a_counted_contingent_of_several_states_acts() -> None:
    assert actors_of("A contingent of 25 Norwegian and Danish medics landed in the capital.") == (
        "Norway",
        "Denmark",
    )


def test_agents_workers_and_divers_from_a_state_or_its_agency_act() -> None:
    assert actors_of("Agents from the FBI were flying to the capital to help the police.") == (
        "United States",
    )
    assert actors_of("Rescue workers from Japan reached the town on Tuesday.") == ("Japan",)
    assert actors_of(
        "Specialist divers from Italy and a team of United States Air Force medics joined "
        "the local rescuers."
    ) == ("Italy", "United States")
    assert actors_of("Two Greek firefighting planes joined the effort.") == ("Greece",)


def test_helpers_from_a_mere_town_or_from_nowhere_named_act_for_no_party() -> None:
    assert actors_of("Rescue workers from Mitrovica reached the town on Tuesday.") == ()
    assert actors_of("A team from the local hospital joined them.") == ()
    # a team "from" a place, not from a body: only teams, units and convoys take the aside
    assert actors_of("Japan from the start refused to comment.") == ()


def test_former_states_speak_in_the_news_of_their_time() -> None:
    assert gazetteer.canonical_name("USSR") == ("Soviet Union", "GPE")
    assert gazetteer.canonical_name("German Democratic Republic") == ("East Germany", "GPE")
    assert gazetteer.is_former_state("Czechoslovakia")
    assert not gazetteer.is_former_state("Russia")
    # a state of its time, not of the present: no capital, not counted among states
    assert not is_state("Soviet Union")
    assert "Yugoslavia" not in {s.name for s in gazetteer.states()}
    assert speakers_of("The Soviet Union said it hoped restraint would prevail.") == (
        "Soviet Union",
    )
    assert speakers_of("Yugoslavia condemned the killings.") == ("Yugoslavia",)
    # a region of the present stays a mere place
    assert speakers_of("Residents of Mitrovica said the night was calm.") == ()


def test_a_named_office_holders_office_speaks_for_their_state(tmp_path: Path) -> None:
    found = _sentences(
        tmp_path,
        "Canada's foreign minister, Mélanie Joly, called for calm.\n\n"
        "Her office later said Ottawa would send two field hospitals.\n",
    )
    office = found["Her office later said Ottawa would send two field hospitals."]
    assert office.label == "reaction"
    assert office.speakers == ("Canada",)


def test_an_aide_speaks_first_whoever_the_later_clause_names(tmp_path: Path) -> None:
    found = _sentences(
        tmp_path,
        "German Chancellor Olaf Scholz said he was shocked by the images.\n\n"
        "His spokesman said on Tuesday that the aid had nothing to do with politics, a claim "
        "Turkish officials dismissed.\n",
    )
    aide = next(s for t, s in found.items() if t.startswith("His spokesman"))
    assert aide.speakers[:1] == ("Germany",)


def test_list_items_naming_parties_under_a_lead_in_are_theirs(tmp_path: Path) -> None:
    found = _sentences(
        tmp_path,
        "The governments that have said they will not send help, for now at least:\n\n"
        "- Ruritania, which fears unrest at home;\n"
        "- Portugal and Ireland, with their own floods to fight;\n"
        "- Mitrovica, a town in the north.\n",
        suffix="md",
    )
    assert found["Ruritania, which fears unrest at home;"].speakers == ()  # no state known
    assert found["Portugal and Ireland, with their own floods to fight;"].speakers == (
        "Portugal",
        "Ireland",
    )
    assert found["Mitrovica, a town in the north."].speakers == ()


def test_a_list_item_with_a_verb_of_its_own_is_no_mere_name() -> None:
    text = "Spain objected to the plan;"
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    assert listed_parties(text, mentions, {}) == ()
    text = "Spain and Italy, with their ships;"
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    assert listed_parties(text, mentions, {}) == ("Spain", "Italy")
