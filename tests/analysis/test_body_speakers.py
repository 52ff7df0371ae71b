"""Bodies that speak or act without their name as the subject: their members ("The twelve member
states of the European Community agreed"), their kind or office named again ("the league",
"The presidency later said", "The office notes"), their rotating presidency, their resolution;
and speakers that are no party: a town the gazetteer does not know, a principal's own agency
named by what it does."""

from __future__ import annotations

from pathlib import Path

from briefer.analysis.owners import is_domestic_institution
from briefer.analysis.reactions import acts_by_reference
from tests.analysis.story_readings import actors_of, speakers_of, story_sentences


def test_a_body_named_again_in_lower_case_speaks(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The Arab League held an emergency meeting in Cairo. "
        "The league later said it was deeply worried by the shelling.\n\n"
        "The Dutch EU presidency criticised Aldria. "
        "The presidency later said its remarks had been misunderstood.\n",
    )
    assert found["The league later said it was deeply worried by the shelling."].speakers == (
        "Arab League",
    )
    later = found["The presidency later said its remarks had been misunderstood."]
    assert later.speakers == ("European Union",)


def test_a_capitalised_league_or_presidency_is_a_name_not_a_body_named_again(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "The Arab League held an emergency meeting in Cairo. "
        "The Presidency said the army would stay in its barracks.\n",
    )
    assert found["The Presidency said the army would stay in its barracks."].speakers == ()


def test_the_office_named_again_is_the_office_named_before(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The UN human rights office said it was alarmed by the killings. "
        "The office notes that the accounts of the shelling have changed several times.\n",
    )
    text = "The office notes that the accounts of the shelling have changed several times."
    assert found[text].speakers == ("United Nations",)


def test_a_body_acts_through_its_members() -> None:
    assert actors_of(
        "The twelve member states of the European Community agreed to freeze arms sales."
    ) == ("European Community",)
    assert actors_of("Leaders at the African Union summit agreed to send troops.") == (
        "African Union",
    )
    assert speakers_of("Euro zone finance ministers rejected Aldria's request for a loan.") == (
        "Eurogroup",
    )


def test_a_states_leaders_still_speak_for_their_states() -> None:
    assert speakers_of("Leaders of France and Germany condemned the attack.") == (
        "France",
        "Germany",
    )


def test_a_resolution_is_the_act_of_the_body_the_document_names(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Security Council met on Friday to discuss the fighting. "
        "The resolution, adopted with two abstentions, gives the monitors a three-month "
        "mandate.\n\n"
        "The draft resolution calls for an immediate ceasefire.\n",
    )
    adopted = next(s for t, s in found.items() if t.startswith("The resolution, adopted"))
    assert adopted.speakers == ("United Nations Security Council",)
    assert found["The draft resolution calls for an immediate ceasefire."].speakers == ()


def test_a_resolution_with_two_bodies_named_is_the_last_ones_and_with_authors_theirs_too(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Security Council failed to agree on Monday. "
        "The UN General Assembly met in emergency session on Friday. "
        "The resolution urged both sides to pull back their guns.\n",
    )
    assert found["The resolution urged both sides to pull back their guns."].speakers == (
        "United Nations General Assembly",
    )
    found = story_sentences(
        tmp_path,
        "The UN Security Council met on Friday. "
        "The resolution, drafted by Norway, urged both sides to pull back their guns.\n",
    )
    drafted = "The resolution, drafted by Norway, urged both sides to pull back their guns."
    assert set(found[drafted].speakers) == {"United Nations Security Council", "Norway"}


def test_a_passed_resolution_told_with_its_authors_and_abstainers_is_the_bodys_and_theirs(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "The UN Security Council met on Friday. "
        "The resolution, drafted by France, Britain and Lebanon, imposes a no-fly zone. "
        "The text, drafted by Norway and Chile, passed by seven votes, with Egypt, India and "
        "Peru abstaining. "
        "The resolution, drafted by Norway, said the fighting threatened peace.\n",
    )
    council = "United Nations Security Council"
    imposes = next(s for t, s in found.items() if "no-fly" in t)
    assert set(imposes.speakers) == {council, "France", "United Kingdom", "Lebanon"}
    passed = next(s for t, s in found.items() if "abstaining" in t)
    assert set(passed.speakers) == {council, "Norway", "Chile", "Egypt", "India", "Peru"}
    said = next(s for t, s in found.items() if "threatened peace" in t)
    assert set(said.speakers) == {council, "Norway"}


def test_a_rotating_presidency_speaks_for_its_body() -> None:
    text = "The European Union's Slovenian presidency called on Aldria to show restraint."
    assert speakers_of(text) == ("European Union",)
    text = (
        "German Foreign Minister Anna Weber, whose country holds the EU presidency, said the "
        "bloc expected Aldria to pull back."
    )
    assert speakers_of(text) == ("European Union",)


def test_a_state_holding_a_named_bodys_chair_speaks_for_it_only_on_the_members_behalf() -> None:
    text = (
        "Portugal, which holds the presidency of the European Union, said in a statement on "
        "behalf of the Twenty-Seven that the shelling was unacceptable."
    )
    assert speakers_of(text) == ("European Union",)
    text = (
        "Canada, which holds the chair of the Group of Seven, issued a statement on behalf of the "
        "group urging restraint."
    )
    assert speakers_of(text) == ("G7",)
    text = (
        "Austria, which holds the presidency of the European Union until June, condemned the "
        "raid in the name of its member states."
    )
    assert speakers_of(text) == ("European Union",)
    # acting in its own name, the state speaks for itself
    text = "Portugal, which holds the presidency of the European Union, condemned the shelling."
    assert speakers_of(text) == ("Portugal",)


def test_a_presidency_beside_the_union_it_holds_is_the_union() -> None:
    # (the statement is the Community's; the state holding its presidency is no second speaker)
    text = (
        "The European Community said in a statement issued by the Greek presidency that the "
        "shelling must stop at once."
    )
    assert speakers_of(text) == ("European Community",)
    text = "The Austrian presidency, which chaired the talks, said EU observers would stay."
    assert speakers_of(text) == ("European Union",)
    # a state's own presidency, with no Union named, is the state's
    text = "The talks went well, the Turkish presidency said on Friday."
    assert speakers_of(text) == ("Turkey",)


def test_the_security_councils_president_of_the_month_speaks_for_the_council(
    tmp_path: Path,
) -> None:
    found = story_sentences(
        tmp_path,
        "The Security Council met in closed session on Tuesday to discuss the shelling. "
        "Later its president for March, Norway's ambassador Ola Berg, told reporters that "
        "members had urged both sides to stop firing.\n\n"
        "The Council took up the matter again on Friday. Kenya's envoy, who held the Council "
        "presidency, said members wanted the ceasefire respected.\n",
    )
    later = (
        "Later its president for March, Norway's ambassador Ola Berg, told reporters that "
        "members had urged both sides to stop firing."
    )
    assert found[later].speakers == ("United Nations Security Council",)
    held = (
        "Kenya's envoy, who held the Council presidency, said members wanted the ceasefire "
        "respected."
    )
    assert found[held].speakers == ("United Nations Security Council",)
    # the presidency of another body, or none, leaves the state speaking
    text = "Norway's ambassador, who chairs the donors' group, said the aid would reach Aldria."
    assert speakers_of(text) == ("Norway",)


def test_a_bodys_officer_whose_state_the_text_adds_speaks_for_the_body(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "The Organization of American States sent a mission to the border on Monday. Its "
        "chairman, Pedro Alvarado of Chile, told reporters that both armies had agreed to pull "
        "back.\n\n"
        "NATO said it was sending more troops to the region. The alliance's Danish commander, "
        "General Jens Holm, has asked both sides to stop firing.\n",
    )
    its = (
        "Its chairman, Pedro Alvarado of Chile, told reporters that both armies had agreed to "
        "pull back."
    )
    assert found[its].speakers == ("Organization of American States",)
    commander = (
        "The alliance's Danish commander, General Jens Holm, has asked both sides to stop firing."
    )
    assert found[commander].speakers == ("NATO",)
    # a state's own officer is the state's, whatever "its" was before
    found = story_sentences(
        tmp_path,
        "Chile said it was watching the border closely. Its foreign minister, Pedro Alvarado, "
        "told reporters that both armies had agreed to pull back.\n",
    )
    text = (
        "Its foreign minister, Pedro Alvarado, told reporters that both armies had agreed to "
        "pull back."
    )
    assert found[text].speakers == ("Chile",)


def test_a_town_no_list_knows_speaks_for_no_party(tmp_path: Path) -> None:
    found = story_sentences(
        tmp_path,
        "Pirates have threatened to kill the captain, an elder in the port town of Qarlo told "
        "our correspondent by phone.\n",
    )
    text = next(t for t in found if t.startswith("Pirates"))
    assert found[text].speakers == ()


def test_an_agency_named_only_by_what_it_does_is_a_principals_own() -> None:
    assert is_domestic_institution("National Disaster Mitigation Agency")
    assert is_domestic_institution("Federal Prosecutor's Office")
    assert is_domestic_institution("Department of Agriculture")
    assert not is_domestic_institution("Royal Navy")
    assert not is_domestic_institution("Arab League")


def test_a_body_named_by_reference_acts() -> None:
    assert acts_by_reference("The organisation has sent 7,000 vials of atropine to the clinics.")
    assert acts_by_reference("The force is keeping its promise to stay out of politics.")
    assert acts_by_reference("The league suspended Aldria's membership.")
    assert not acts_by_reference("The League promised to cut arrivals.")


def test_the_un_refugee_agency_with_dots_is_unhcr() -> None:
    assert speakers_of("The U.N. refugee agency said it had sent a team to the camps.") == (
        "UNHCR",
    )
