"""Speakers read from the sentences before (`analyse` over a short document written for the
test): "Its foreign ministry said" after a sentence that opens on one state."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse


def analysed_sentences(blocks: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    doc = wire_story(blocks, doc_id="ctx", published=date(2031, 5, 14))
    return {s.text: s.speakers for s in analyse(doc).sentences}


def test_its_ministry_is_the_state_opening_the_sentence_before_despite_an_apposition() -> None:
    blocks = [
        ("Protests topple Armenia's prime minister", "heading"),
        ("Armenia's prime minister resigned on Monday after eleven days of protests.", "text"),
        (
            "Georgia's president congratulated the protesters. Azerbaijan, Armenia's foe in the "
            "war over Nagorno-Karabakh, said little. Its foreign ministry said only that it was "
            "following developments.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Its foreign ministry said only that it was following developments."] == (
        "Azerbaijan",
    )


def test_an_institution_with_no_owner_named_acts_for_the_party_just_before() -> None:
    blocks = [
        ("Kabul falls to the Taliban", "heading"),
        ("Taliban fighters entered Kabul on Sunday and the president left the country.", "text"),
        (
            "Prime Minister Boris Johnson said no country should recognise a Taliban "
            "government prematurely. Parliament will be recalled on Wednesday.",
            "text",
        ),
        (
            "The Pentagon has approved the deployment of another 1,000 troops to the airport. "
            "All embassy staff have been moved to the airport.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Parliament will be recalled on Wednesday."] == ("United Kingdom",)
    assert said["All embassy staff have been moved to the airport."] == ("United States",)


def test_a_quotation_takes_the_speaker_a_that_was_how_sentence_names() -> None:
    blocks = [
        ("Inspectors wait for access to attack site", "heading"),
        ("Syrian forces shelled the suburbs of Damascus on Wednesday, residents said.", "text"),
        (
            "\"We have to wait for the inspectors' report. Everything else would be "
            "speculation.\" That was how the European Union's foreign policy chief summed up "
            "the bloc's position.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["\"We have to wait for the inspectors' report."] == ("European Union",)


def test_a_block_quote_the_next_sentence_gives_to_someone_is_not_the_speaker_before() -> None:
    blocks = [
        ("Border clashes go to the Council", "heading"),
        ("Troops from both sides exchanged fire along the disputed border on Monday.", "text"),
        ("The World Food Programme said it had moved its staff out of the area.", "text"),
        ('"No member of this body can look away. The guns must fall silent now."', "quote"),
        (
            "The words were those of the Brazilian delegate, Ana Souza, speaking in the "
            "Council debate.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said['"No member of this body can look away.'] == ("Brazil",)
    assert said['The guns must fall silent now."'] == ("Brazil",)


def test_a_quoted_paragraph_pointed_back_to_is_not_the_speaker_before() -> None:
    blocks = [
        ("Flood relief slow to arrive", "heading"),
        ("Floods cut off three provinces in the north on Sunday.", "text"),
        ("The Red Cross said it was sending two planes of supplies.", "text"),
        ('"Help delayed is help denied."', "text"),
        ("That was how one Danish minister put it to reporters after the meeting.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said['"Help delayed is help denied."'] == ("Denmark",)


def test_a_quotation_is_the_speaker_a_said_this_or_made_that_point_sentence_names() -> None:
    blocks = [
        ("Earthquake relief", "heading"),
        ("An earthquake struck the north of the country on Saturday.", "text"),
        ("The World Food Programme said it had flown in tents and blankets.", "text"),
        ('"No country should face this alone."', "quote"),
        ("Foreign Minister Karin Holm of Norway said this to parliament on Monday.", "text"),
        ('"The rebuilding will take years, and we will stay."', "quote"),
        ("Japanese Prime Minister Taro Sato made that point to reporters in Tokyo.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said['"No country should face this alone."'] == ("Norway",)
    assert said['"The rebuilding will take years, and we will stay."'] == ("Japan",)


def test_a_quotation_is_the_speaker_a_that_was_x_speaking_sentence_names() -> None:
    blocks = [
        ("Ceasefire talks", "heading"),
        ("Fighting continued around the airport on Friday.", "text"),
        ("The United Nations said its staff had been moved to the capital.", "text"),
        ('"We will host the talks for as long as the parties need."', "quote"),
        ("That was the Kenyan foreign minister, Amina Otieno, speaking in Nairobi.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said['"We will host the talks for as long as the parties need."'] == ("Kenya",)


def test_a_list_item_labelled_with_a_party_is_that_partys() -> None:
    blocks = [
        ("Landslide buries village", "heading"),
        ("A landslide buried much of a village in Enga Province on Friday.", "text"),
        ("The UN refugee agency welcomes the support of partners, who have offered:", "text"),
        ("Australia: an initial A$2.5 million in humanitarian supplies.", "list"),
        ("The European Union: an initial €100,000 in humanitarian funding.", "list"),
    ]
    said = analysed_sentences(blocks)
    assert said["Australia: an initial A$2.5 million in humanitarian supplies."] == ("Australia",)
    assert said["The European Union: an initial €100,000 in humanitarian funding."] == (
        "European Union",
    )


def test_an_organisation_named_again_by_what_it_is_speaks_for_itself() -> None:
    blocks = [
        ("Floods in the delta", "heading"),
        ("Floods swept the Irrawaddy delta in Myanmar on Monday.", "text"),
        (
            "Amnesty International criticised the slow relief effort. The rights group said "
            "villages had waited a week for food. The charity said it would send staff.",
            "text",
        ),
    ]
    found = analysed_sentences(blocks)
    assert found["The rights group said villages had waited a week for food."] == (
        "Amnesty International",
    )
    assert found["The charity said it would send staff."] == ("Amnesty International",)


def test_its_unnamed_people_speak_for_the_body_before_not_the_place_they_are_in() -> None:
    blocks = [
        ("Curfew in the capital", "heading"),
        ("Troops patrolled the capital on Tuesday after a week of protests.", "text"),
        (
            "The UN human rights office said the emergency must not be used to stop peaceful "
            "protest. Its spokesperson in Geneva urged the authorities to show restraint.",
            "text",
        ),
        (
            "Venezuela voted against the resolution, and its ambassador said the OAS had no "
            "authority in the matter.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Its spokesperson in Geneva urged the authorities to show restraint."] == (
        "United Nations",
    )
    # mid-sentence, "its" is the clause's own subject's
    assert said[
        "Venezuela voted against the resolution, and its ambassador said the OAS had no "
        "authority in the matter."
    ] == ("Venezuela",)


def test_its_titled_head_speaks_for_the_body_before_even_named_between_commas() -> None:
    blocks = [
        ("Floods close the border", "heading"),
        ("Floods cut the main road between the two countries on Friday.", "text"),
        (
            "The World Health Organization sent tents and water filters to the camps. Its "
            "president said the aid would reach the valley within days.",
            "text",
        ),
        (
            "The African Union asked both governments to open the border. Its director-general, "
            "Tamsin Orobo, had earlier said that the camps were overcrowded.",
            "text",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said["Its president said the aid would reach the valley within days."] == (
        "World Health Organization",
    )
    # a name unknown to the data leaves the title to speak for the body before
    assert said[
        "Its director-general, Tamsin Orobo, had earlier said that the camps were overcrowded."
    ] == ("African Union",)


def test_a_list_items_label_naming_a_party_alone_is_the_heading_of_its_item() -> None:
    blocks = [
        ("Crackdown draws criticism abroad", "heading"),
        ("Police broke up a protest in the capital on Monday night.", "text"),
        ("Ukraine. President Volodymyr Zelensky said he wished the protesters strength.", "list"),
        (
            "The Council of Europe. Its human rights commissioner called the treatment of "
            'detainees "unacceptable".',
            "list",
        ),
    ]
    said = analysed_sentences(blocks)
    assert said[
        'Its human rights commissioner called the treatment of detainees "unacceptable".'
    ] == ("Council of Europe",)


def test_a_block_quote_is_the_reaction_of_the_speaker_the_next_sentence_points_back_to() -> None:
    blocks = [
        ("Strike kills militia leader in Beirut", "heading"),
        ("An air strike killed the militia's leader in Beirut on Friday.", "text"),
        ("The escalation in Beirut must stop. Lebanon cannot become another Gaza.", "quote"),
        (
            "Those words came from UN Secretary-General António Guterres, whose office said he "
            "was deeply alarmed.",
            "text",
        ),
        ("This is a sad day for the people of the region.", "quote"),
        ("So said a lawyer in exile, speaking to us from London.", "text"),
    ]
    said = analysed_sentences(blocks)
    assert said["The escalation in Beirut must stop."] == ("United Nations",)
    assert said["Lebanon cannot become another Gaza."] == ("United Nations",)
    # a place the speaker spoke from is not the speaker's party
    assert said["This is a sad day for the people of the region."] == ()
