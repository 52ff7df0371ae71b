"""`analyse` end to end on a document written for the test (a region not in the samples)."""

from __future__ import annotations

from datetime import date

from wire_story import wire_story

from briefer.analysis import analyse, background_model
from briefer.analysis.model import Analysis
from briefer.sources.document import Document

BLOCKS = [
    ("Thai and Cambodian troops trade fire at disputed temple", "heading"),
    (
        "BANGKOK, May 14 - Thai and Cambodian soldiers exchanged fire on Wednesday near a "
        "disputed temple on the border, and Thailand closed two crossings.",
        "text",
    ),
    (
        "Cambodian Prime Minister Hun Manet said his country would take the dispute to the "
        "International Court of Justice. Thai officials said they preferred talks.",
        "text",
    ),
    (
        "ASEAN chair Anwar Ibrahim urged both sides to show restraint and voiced concern about "
        "civilians living near the frontier. The United States called for dialogue.",
        "text",
    ),
    (
        "The dispute dates back to a 1907 map drawn under French rule. In 2011, artillery duels "
        "killed at least 20 people. Thousands fled at the time.",
        "text",
    ),
    ("(Reporting by A. Writer; Editing by B. Editor)", "text"),
]


def make_doc(
    blocks: list[tuple[str, str]] = BLOCKS, published: date | None = date(2031, 5, 14)
) -> Document:
    return wire_story(blocks, doc_id="doc-temple", published=published)


def by_text(analysis: Analysis, start: str) -> tuple[str, tuple[str, ...], str | None]:
    s = next(s for s in analysis.sentences if s.text.startswith(start))
    return s.label, s.speakers, s.stance


def test_sentences_cover_paragraphs_with_offsets_into_the_text() -> None:
    doc = make_doc()
    analysis = analyse(doc)
    assert analysis.doc_id == doc.id
    for s in analysis.sentences:
        assert doc.text[s.start : s.end] == s.text
        p = doc.paragraphs[s.paragraph - 1]
        assert p.start <= s.start and s.end <= p.end
    assert len(analysis.sentences) == 10


def test_labels_speakers_and_stances() -> None:
    analysis = analyse(make_doc())
    assert by_text(analysis, "Thai and Cambodian troops")[0] == "other"
    assert by_text(analysis, "Thai and Cambodian soldiers")[0] == "development"
    assert by_text(analysis, "Cambodian Prime Minister") == ("reaction", ("Cambodia",), "other")
    assert by_text(analysis, "ASEAN chair")[:2] == ("reaction", ("ASEAN",))
    assert by_text(analysis, "ASEAN chair")[2] == "appeal-restraint"
    assert by_text(analysis, "The United States called") == (
        "reaction",
        ("United States",),
        "appeal-dialogue",
    )
    assert by_text(analysis, "The dispute dates back")[0] == "background"
    assert by_text(analysis, "In 2011")[0] == "background"
    assert by_text(analysis, "Thousands fled")[0] == "background"
    assert by_text(analysis, "(Reporting by")[0] == "other"


def test_analysis_round_trips_and_is_deterministic() -> None:
    doc = make_doc()
    first = analyse(doc)
    assert analyse(doc) == first
    assert Analysis.from_dict(first.to_dict()) == first


def test_empty_document_has_no_sentences() -> None:
    doc = make_doc([("", "text")])
    assert analyse(doc).sentences == ()


def test_sentences_under_a_background_heading_are_background() -> None:
    blocks = [
        ("Coast guard ships collide near reef", "heading"),
        ("Two coast guard ships collided near the reef on Saturday.", "text"),
        ("Background", "heading"),
        ("A tribunal ruled against the claim, a ruling China has refused to accept.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "Two coast guard")[0] == "development"
    assert by_text(analysis, "A tribunal ruled")[0] == "background"


def test_a_headline_naming_an_old_dispute_does_not_file_the_story_as_history() -> None:
    blocks = [
        ("Leaders sign deal ending decades-old border dispute", "heading"),
        ("VIENNA, May 14 - The two presidents signed a border treaty on Wednesday.", "text"),
        ("Crowds gathered outside the palace as the leaders shook hands.", "text"),
        ("Background", "heading"),
        ("The frontier was drawn by a commission that never finished its work.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The two presidents signed")[0] == "development"
    assert by_text(analysis, "Crowds gathered")[0] == "development"
    # A section heading below the lead still opens history.
    assert by_text(analysis, "The frontier was drawn")[0] == "background"


def test_a_paragraph_opening_on_a_background_marker_is_background() -> None:
    blocks = [
        ("Strikes hit border posts", "heading"),
        ("Artillery hit two border posts on Saturday, officials said.", "text"),
        (
            "A little background. The two states share a mountain frontier that runs through "
            "grazing land. Herders cross it every spring.",
            "text",
        ),
        ("Herders crossed the ridge again on Saturday.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "A little background")[0] == "other"
    assert by_text(analysis, "The two states share")[0] == "background"
    assert by_text(analysis, "Herders cross it")[0] == "background"
    # The marker speaks for its own paragraph only.
    assert by_text(analysis, "Herders crossed the ridge")[0] == "development"


def test_a_sides_act_after_history_is_history_and_a_third_partys_is_a_reaction() -> None:
    blocks = [
        ("Thai jets strike Cambodian positions", "heading"),
        ("BANGKOK, May 14 - Thai jets struck Cambodian positions on Wednesday.", "text"),
        ("Hospitals near the border took in the wounded.", "text"),
        (
            "The fighting followed a landmine blast on Monday that wounded three soldiers. "
            "Bangkok blamed newly laid mines and expelled Cambodia's envoy.",
            "text",
        ),
        (
            "The fighting followed a landmine blast on Monday that wounded three soldiers. "
            "Japan urged both sides to show restraint.",
            "text",
        ),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "Bangkok blamed")[0] == "background"
    assert by_text(analysis, "Japan urged")[0] == "reaction"


def test_follow_up_statements_keep_the_previous_speaker() -> None:
    blocks = [
        ("Ghana and Togo trade accusations over border post", "heading"),
        (
            "ACCRA, June 3 - Ghana and Togo traded accusations on Tuesday over a border post.",
            "text",
        ),
        (
            "The African Union said it was alarmed by the clashes. It said both armies had moved "
            "heavy weapons. The State Department said Washington was watching closely. "
            "A spokesperson added that an envoy would travel to the region. Spokesman Tom Reed "
            "told reporters the envoy would meet both presidents.",
            "text",
        ),
    ]
    a = analyse(make_doc(blocks, date(2031, 6, 3)))
    assert by_text(a, "It said both")[1] == ("African Union",)
    assert by_text(a, "A spokesperson added")[1] == ("United States",)
    assert by_text(a, "Spokesman Tom Reed")[1] == ("United States",)


def test_justified_spacing_is_read_as_single_spaces_with_offsets_kept() -> None:
    blocks = [
        ("Ghana  and  Togo  talks", "heading"),
        (
            "Ghana  and  Togo  agreed  on  Tuesday  to  reopen  the  border.  The  United  States  "
            "welcomed  the  agreement.",
            "text",
        ),
    ]
    doc = make_doc(blocks, date(2031, 6, 3))
    a = analyse(doc)
    for s in a.sentences:
        assert s.text == doc.text[s.start : s.end]
    for m in a.mentions:
        assert " ".join(doc.text[m.start : m.end].split()) == m.surface
    label, speakers, stance = by_text(a, "The  United  States")
    assert (label, speakers, stance) == ("reaction", ("United States",), "support")


def test_he_after_an_untitled_spokesman_keeps_the_party() -> None:
    blocks = [
        ("Ghana and Togo trade accusations", "heading"),
        (
            "ACCRA, June 3 - Ghana and Togo traded accusations on Tuesday over a border post.",
            "text",
        ),
        (
            "The State Department said Washington was watching closely. Spokesman Tom Reed said "
            "an envoy would travel to the region. The envoy would meet both presidents, he added.",
            "text",
        ),
    ]
    a = analyse(make_doc(blocks, date(2031, 6, 3)))
    assert by_text(a, "The envoy would meet")[1] == ("United States",)


def test_an_unpunctuated_summary_below_the_headline_is_a_sentence() -> None:
    blocks = [
        ("Ghana and Togo reopen border", "heading"),
        ("West African leaders urge both governments to keep the crossings open for trade", "text"),
        ("Reactions", "text"),
        ("ACCRA, June 3 - Ghana and Togo reopened their border on Tuesday.", "text"),
    ]
    a = analyse(make_doc(blocks, date(2031, 6, 3)))
    assert by_text(a, "West African leaders")[0] == "development"
    assert by_text(a, "Reactions")[0] == "other"
    assert by_text(a, "Ghana and Togo reopen")[0] == "other"


def test_a_quotation_takes_the_speaker_the_next_sentence_names() -> None:
    blocks = [
        ("Border clashes go on", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            '"We condemn the shelling of villages on both sides. We ask both armies to halt."',
            "text",
        ),
        ("The statement was issued by the European Union on Tuesday evening.", "text"),
        ('"Nobody will win this," a farmer said.', "text"),
    ]
    found = analyse(make_doc(blocks))
    quoted = next(s for s in found.sentences if s.text.startswith('"We condemn'))
    second = next(s for s in found.sentences if s.text.startswith("We ask"))
    naming = next(s for s in found.sentences if s.text.startswith("The statement"))
    assert quoted.label == "reaction" and quoted.speakers == ("European Union",)
    assert quoted.stance == "criticism"
    assert second.speakers == ("European Union",)
    assert naming.speakers == ("European Union",)


def test_a_quotation_over_sentences_with_we_is_the_unnamed_speakers() -> None:
    blocks = [
        ("Envoys expelled", "heading"),
        ("Cambodia expelled two Thai diplomats on Monday.", "text"),
        (
            '"Differences are settled by diplomats. We have urged both sides to keep talking."',
            "text",
        ),
        ("So said the European Union's foreign policy chief, Josep Borrell, in Brussels.", "text"),
    ]
    found = analyse(make_doc(blocks))
    urged = next(s for s in found.sentences if s.text.startswith("We have urged"))
    assert urged.label == "reaction" and urged.speakers == ("European Union",)
    assert urged.stance == "appeal-dialogue"


def test_a_regional_group_speaks_for_the_bloc_the_document_names() -> None:
    blocks = [
        ("Summit ultimatum", "heading"),
        (
            "Abuja, 31 July 2031 — West African heads of state have given the soldiers seven "
            "days to step aside, and said they would not rule out the use of force.",
            "text",
        ),
        ("The Economic Community of West African States met in Abuja on Sunday.", "text"),
        ("China's foreign ministry said it hoped all sides would show restraint.", "text"),
        ("State media described the takeover as a reshuffle.", "text"),
    ]
    found = analyse(make_doc(blocks))
    lead, _, _, media = [s for s in found.sentences if s.label != "other"][:4]
    assert lead.speakers == ("ECOWAS",) and lead.stance == "threat"
    assert media.speakers == ("China",)


def test_he_after_a_titled_speaker_and_it_after_a_party_acting() -> None:
    blocks = [
        ("Coup in the capital", "heading"),
        ("Soldiers in Ghana detained the president on Wednesday.", "text"),
        (
            "The European Union's foreign policy chief said the bloc would not recognise the "
            "junta. He added that all budget support had been suspended.",
            "text",
        ),
        (
            "Russia was more cautious. It said the crisis was an internal matter.",
            "text",
        ),
    ]
    found = analyse(make_doc(blocks))
    added = next(s for s in found.sentences if s.text.startswith("He added"))
    russia = next(s for s in found.sentences if s.text.startswith("It said"))
    assert added.speakers == ("European Union",) and added.stance == "threat"
    assert russia.speakers == ("Russia",)


def test_the_alliance_named_since_the_last_speaker_is_the_referent() -> None:
    blocks = [
        ("Strike on the port", "heading"),
        ("A missile strike hit the port of Constanta on Thursday.", "text"),
        (
            "G7 foreign ministers condemned the strike in a joint statement. NATO allies will "
            "discuss the attack next week. The alliance said it stood with Romania.",
            "text",
        ),
        ("BRICS members did not comment.", "text"),
    ]
    found = analyse(make_doc(blocks))
    alliance = next(s for s in found.sentences if s.text.startswith("The alliance"))
    silent = next(s for s in found.sentences if s.text.startswith("BRICS"))
    assert alliance.speakers == ("NATO",)
    assert silent.speakers == ()


def test_quotations_after_a_colon_and_after_a_quoting_sentence_keep_their_speaker() -> None:
    blocks = [
        ("Border closed", "heading"),
        ("Estonia closed its border with Russia on Monday.", "text"),
        ("The EU's foreign policy chief told reporters in Brussels:", "text"),
        ('"Estonia has our full support. We will not accept the use of migrants."', "quote"),
        ('"This is a hybrid attack," said the Latvian foreign ministry. "It must stop."', "text"),
        ("Farmers near the border said they were worried.", "text"),
    ]
    found = analyse(make_doc(blocks))
    second = next(s for s in found.sentences if s.text.startswith("We will not"))
    after = next(s for s in found.sentences if s.text.startswith('"It must'))
    farmers = next(s for s in found.sentences if s.text.startswith("Farmers"))
    assert second.speakers == ("European Union",) and second.stance == "criticism"
    assert after.speakers == ("Latvia",)
    assert farmers.speakers == ()


def test_a_body_named_by_reference_acts_for_the_body_before() -> None:
    blocks = [
        ("Jet diverted", "heading"),
        ("Belarus forced a passenger jet to land in Minsk on Sunday.", "text"),
        ("The European Union said the landing was unacceptable.", "text"),
        ("The bloc's foreign ministers agreed to prepare new sanctions.", "text"),
        ("The mission's tasks, as set out by the agency, are:", "text"),
    ]
    found = analyse(make_doc(blocks))
    agreed = next(s for s in found.sentences if s.text.startswith("The bloc's"))
    tasks = next(s for s in found.sentences if s.text.startswith("The mission's"))
    assert agreed.speakers == ("European Union",)
    assert tasks.speakers == ()


def test_someone_unnamed_on_purpose_speaks_for_nobody_after() -> None:
    blocks = [
        ("Veto lifted", "heading"),
        ("Turkey lifted its veto on Monday.", "text"),
        ("Secretary of State Antony Blinken welcomed the decision.", "text"),
        ("A NATO diplomat, who asked not to be named, was less diplomatic.", "text"),
        ('"Ankara extracted what it could," the diplomat said.', "text"),
    ]
    found = analyse(make_doc(blocks))
    said = next(s for s in found.sentences if s.text.startswith('"Ankara'))
    assert said.speakers == ()


def test_a_bare_titled_leader_speaks_for_the_state_the_sentence_before_opens_on() -> None:
    blocks = [
        ("Armenia and Azerbaijan exchange fire across disputed border", "heading"),
        (
            "Troops of Armenia and Azerbaijan exchanged artillery fire on Tuesday, killing at "
            "least 12 soldiers.",
            "text",
        ),
        (
            "Georgia, which borders both states, was caught off guard. Prime Minister Irakli "
            "Garibashvili, campaigning in the west of the country, said the shelling must stop.",
            "text",
        ),
        ("President Ilham Aliyev said his troops had answered an attack.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "Prime Minister")[1] == ("Georgia",)
    # Without a state opening the sentence before, the title tells no state.
    assert by_text(analysis, "President Ilham")[1] != ("Georgia",)


def test_a_heading_that_names_a_party_speaks_through_its_section() -> None:
    blocks = [
        ("Armenia and Azerbaijan exchange fire: how the world reacted", "heading"),
        (
            "Troops of Armenia and Azerbaijan exchanged artillery fire on Tuesday, killing at "
            "least 12 soldiers.",
            "text",
        ),
        ("France", "heading"),
        ("The foreign ministry urged both sides to return to talks.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The foreign ministry urged")[1] == ("France",)
    # A heading that names more than one party alone gives no speaker.
    blocks[2] = ("France and Germany", "heading")
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The foreign ministry urged")[1] == ()


def test_a_leaders_minister_acting_is_the_leaders_state() -> None:
    blocks = [
        ("Armenia and Azerbaijan exchange fire across disputed border", "heading"),
        (
            "Troops of Armenia and Azerbaijan exchanged artillery fire on Tuesday, killing at "
            "least 12 soldiers.",
            "text",
        ),
        (
            "Georgian Prime Minister Irakli Garibashvili said the shelling must stop. His "
            "foreign minister, Ilia Darchiashvili, had flown to Baku a week earlier to meet "
            "his counterpart.",
            "text",
        ),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "His foreign minister")[1] == ("Georgia",)


def test_a_news_less_opening_of_a_history_paragraph_is_history() -> None:
    """The sentence-by-sentence pass sees only the sentence before; the paragraph pass sees the
    history after an opening with no time cue of its own. (The rule is checked with the model
    off: its call reads wording, which the background model weighs, and in this bare story the
    model drops the opening.)"""
    blocks = [
        ("Gang leader escapes from prison in the port city", "heading"),
        ("A gang leader escaped from the city's main prison on Sunday, officials said.", "text"),
        ("Soldiers searched the prison and the streets around it on Monday.", "text"),
        (
            "Prisons have become the gangs' headquarters. More than 400 inmates have died in "
            "massacres there since 2021. In 2023, the government declared a state of emergency.",
            "text",
        ),
    ]
    with background_model.rules_only():
        analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "Prisons have become")[0] == "background"
    assert by_text(analysis, "A gang leader escaped")[0] != "background"


def test_the_leads_day_under_a_background_heading_is_news_and_days_before_are_history() -> None:
    blocks = [
        ("Flotilla turned back at sea", "heading"),
        ("ATHENS, May 14 - Coast guard ships turned back a flotilla on Wednesday.", "text"),
        ("Its organisers said they would try again.", "text"),
        ("Context", "heading"),
        (
            "The island has been divided since a war decades ago. "
            "Two more boats set out from the southern port on Wednesday.",
            "text",
        ),
        ("How we got here", "heading"),
        ("The boats were bought by a charity in 2019.", "text"),
        ("They left harbour on Monday and sailed through the night.", "text"),
        ("Turkey said on Monday that the boats carried only food.", "text"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The island has been divided")[0] == "background"
    # the lead's own day is this week's news under any heading
    assert by_text(analysis, "Two more boats")[0] == "development"
    assert by_text(analysis, "The boats were bought")[0] == "background"
    # a day before the lead's, told under a history heading, is history; words then are not
    assert by_text(analysis, "They left harbour")[0] == "background"
    assert by_text(analysis, "Turkey said")[0] == "reaction"


def test_a_start_told_on_a_day_before_the_leads_is_history() -> None:
    blocks = [
        ("Cleric's supporters leave government district", "heading"),
        (
            "BAGHDAD, May 14 - Supporters of a cleric began leaving the government district on "
            "Tuesday after he told them to withdraw.",
            "text",
        ),
        ("The violence erupted on Monday after the cleric said he was quitting politics.", "text"),
        ("Schools reopened on Tuesday afternoon.", "text"),
    ]
    # the rule's call: in a bare four-line story the shipped model (trained on whole articles)
    # may overturn it, which the gold sets, not this test, judge
    with background_model.rules_only():
        analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The violence erupted")[0] == "background"
    assert by_text(analysis, "Schools reopened")[0] == "development"


def test_list_items_in_lower_case_under_a_background_heading_are_pieces_not_history() -> None:
    blocks = [
        ("Students keep up their protest", "heading"),
        ("Students marched through the capital on Saturday.", "text"),
        ("How it started", "heading"),
        ("The roof of the station collapsed in 2024, killing nine people.", "text"),
        ("Their demands were simple:", "text"),
        ("the release of all the contracts for the station;", "list"),
        ("the dropping of charges against detained students.", "list"),
        ("The Students' Union was founded in 1990 and runs the faculty canteens.", "list"),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "The roof of the station")[0] == "background"
    assert by_text(analysis, "the release of all")[0] == "development"
    assert by_text(analysis, "the dropping of charges")[0] == "development"
    # An item that is a sentence of its own is still read under the heading.
    assert by_text(analysis, "The Students' Union")[0] == "background"


def test_the_lead_after_a_wire_dateline_starts_after_it_and_stays_the_news() -> None:
    blocks = [
        ("Envoys expelled over poisoning", "heading"),
        (
            "LONDON, March 26 (Northgate Wire) - The government expelled 23 diplomats, the "
            "largest expulsion since the Cold War, over a poisoning in 2018.",
            "text",
        ),
        ("The two countries broke off most contacts in 2018.", "text"),
    ]
    doc = make_doc(blocks)
    analysis = analyse(doc)
    lead = next(s for s in analysis.sentences if s.paragraph == 2)
    assert lead.text.startswith("The government expelled")
    assert doc.text[lead.start : lead.end] == lead.text
    assert doc.text[: lead.start].rstrip().endswith("(Northgate Wire) -")
    # The lead is the news, whatever it recalls.
    assert lead.label == "development"
    assert by_text(analysis, "The two countries broke off")[0] == "background"


def test_a_quotation_over_two_sentences_is_the_speaker_the_second_names() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            '"Both armies must pull back from the temple. Nobody gains from this," Indonesian '
            "Foreign Minister Retno Marsudi told reporters in Jakarta.",
            "text",
        ),
        ('"We will not move. The temple is ours.', "text"),
        ('Cambodia will defend it," said a farmer near the border.', "text"),
    ]
    found = analyse(make_doc(blocks))
    first = next(s for s in found.sentences if s.text.startswith('"Both armies'))
    assert first.label == "reaction" and first.speakers == ("Indonesia",)
    # a quotation whose closing sentence names nobody keeps no speaker
    alone = next(s for s in found.sentences if s.text.startswith('"We will not move'))
    assert alone.label != "reaction"


def test_he_is_the_one_who_called_not_the_last_person_named() -> None:
    def he_said(call: str) -> tuple[str, ...]:
        blocks = [
            ("Temple clashes", "heading"),
            ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
            (call + " He said both armies must pull back from the temple.", "text"),
        ]
        return by_text(analyse(make_doc(blocks)), "He said")[1]

    assert he_said(
        "Indonesian President Joko Widodo called Malaysian Prime Minister Anwar Ibrahim on "
        "Wednesday."
    ) == ("Indonesia",)
    assert he_said(
        "Malaysian Prime Minister Anwar Ibrahim called Indonesian President Joko Widodo on "
        "Wednesday."
    ) == ("Malaysia",)


def test_its_foreign_ministry_is_the_state_the_sentence_before_is_about() -> None:
    def ministry(before: str) -> tuple[str, ...]:
        blocks = [
            ("Temple clashes", "heading"),
            ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
            (
                before + " Its foreign ministry said on Wednesday that both armies must pull back.",
                "text",
            ),
        ]
        return by_text(analyse(make_doc(blocks)), "Its foreign")[1]

    # history, with no speaker: its subject, not the last state named
    assert ministry("Vietnam has for years backed Cambodia in border quarrels.") == ("Vietnam",)
    assert ministry("Laos has long stayed out of the quarrel.") == ("Laos",)
    # an actor just before
    assert ministry("Laos offered on Tuesday to host talks.") == ("Laos",)
    # a place that has no ministry, and a pair, give no state
    assert ministry("The temple was listed by UNESCO in 2008.") == ()


def test_its_government_after_a_semicolon_is_the_clauses_or_the_sentences_subject() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "The United States urged calm. Laos, the other neighbour, has said little; its "
            "government says both armies must pull back.",
            "text",
        ),
    ]
    assert by_text(analyse(make_doc(blocks)), "Laos, the other")[1] == ("Laos",)


def test_their_governments_are_the_parties_before() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Kenya and Uganda urged calm on Wednesday. Their governments said both armies must "
            "pull back.",
            "text",
        ),
    ]
    assert by_text(analyse(make_doc(blocks)), "Their governments")[1] == ("Kenya", "Uganda")


def test_a_quotation_over_two_sentences_signed_by_an_unnamed_official() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            '"We will not take sides between our neighbours. We urge both armies to pull back." '
            "— a Malaysian official, speaking on condition of anonymity",
            "text",
        ),
    ]
    found = analyse(make_doc(blocks))
    assert by_text(found, '"We will not')[1] == ("Malaysia",)
    assert by_text(found, "We urge")[1] == ("Malaysia",)


def test_both_opening_a_sentence_is_the_two_parties_that_acted_last() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Japan suspended a loan to both governments on Wednesday. Australia followed on "
            "Thursday with a travel warning. Both said the measures would stay until the "
            "fighting stopped. Laos and Vietnam both said they were alarmed.",
            "text",
        ),
    ]
    found = analyse(make_doc(blocks))
    assert by_text(found, "Both said")[1] == ("Australia", "Japan")
    assert by_text(found, "Laos and Vietnam")[1] == ("Laos", "Vietnam")


def test_its_prime_minister_unnamed_is_the_state_before() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Laos offered on Tuesday to host talks. Its prime minister said both armies must "
            "pull back.",
            "text",
        ),
    ]
    assert by_text(analyse(make_doc(blocks)), "Its prime minister")[1] == ("Laos",)


def test_it_or_its_people_acting_is_the_party_of_the_sentence_before() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Japan's envoy tried to reach the frontier and was turned back at a checkpoint. It "
            "had withdrawn its monitoring team a week earlier.",
            "text",
        ),
        (
            "The UN refugee agency sent a team to assess the camps. Its first members arrived "
            "in Surin on Wednesday.",
            "text",
        ),
        ("It rained heavily over the border on Thursday. It closed the roads.", "text"),
    ]
    found = analyse(make_doc(blocks))
    assert by_text(found, "It had withdrawn")[1] == ("Japan",)
    assert by_text(found, "Its first members")[1] == ("UNHCR",)
    assert by_text(found, "It closed the roads")[1] == ()  # no party acted just before


def test_the_kingdom_or_they_taking_a_measure_are_the_parties_just_before() -> None:
    blocks = [
        ("Temple clashes", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Saudi Arabia called for calm. The kingdom also closed its airspace to Thai "
            "flights. Laos and Vietnam suspended trade. They also closed their consulates.",
            "text",
        ),
        ("Japan suspended its aid. They also closed the road to the temple.", "text"),
    ]
    found = analyse(make_doc(blocks))
    assert by_text(found, "The kingdom")[1] == ("Saudi Arabia",)
    assert by_text(found, "They also closed their")[1] == ("Laos", "Vietnam")
    assert by_text(found, "They also closed the road")[1] == ()  # one party: no 'they'


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speaker_before() -> None:
    blocks = [
        ("Temple shelling draws appeals", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        ("Japan's foreign minister said Tokyo was alarmed by the shelling of villages.", "text"),
        ('"Homes are burning on both sides. Nobody gains from this."', "text"),
        ("Troops stayed in their positions overnight.", "text"),
        ('"The guns fell silent at dawn."', "text"),
    ]
    found = analyse(make_doc(blocks))
    burning = next(s for s in found.sentences if s.text.startswith('"Homes'))
    nobody = next(s for s in found.sentences if s.text.startswith("Nobody"))
    assert burning.label == "reaction" and burning.speakers == ("Japan",)
    assert nobody.speakers == ("Japan",)
    # a quotation after a sentence no one speaks in stays nobody's
    silent = next(s for s in found.sentences if s.text.startswith('"The guns'))
    assert silent.speakers == () and silent.label != "reaction"


def test_a_paragraph_that_is_only_a_quotation_is_the_speaker_the_next_names() -> None:
    blocks = [
        ("Temple shelling draws appeals", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        ('"Families are sleeping in the fields. The shelling must stop."', "text"),
        ("Kenji Sato, Japan's ambassador in Bangkok, added that Tokyo would send tents.", "text"),
    ]
    found = analyse(make_doc(blocks))
    fields = next(s for s in found.sentences if s.text.startswith('"Families'))
    stop = next(s for s in found.sentences if s.text.startswith("The shelling must"))
    assert fields.label == "reaction" and fields.speakers == ("Japan",)
    assert stop.speakers == ("Japan",)


def test_a_bare_title_is_the_state_that_acted_in_the_sentence_before() -> None:
    blocks = [
        ("Temple shelling spreads", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        (
            "Next door, Laos closed its border crossings with Cambodia. Defence Minister "
            "Somsak Vongsa said the army was on alert along the frontier.",
            "text",
        ),
        ("Japan urged calm.", "text"),
        ("President Anan Kittirat said the region needed peace.", "text"),
    ]
    found = analyse(make_doc(blocks))
    minister = next(s for s in found.sentences if s.text.startswith("Defence Minister"))
    assert minister.speakers == ("Laos",)
    # after a paragraph break the state that acted before is not the titled person's
    president = next(s for s in found.sentences if s.text.startswith("President Anan"))
    assert president.speakers != ("Japan",)


def test_a_quotations_sentences_without_stance_take_the_statements() -> None:
    blocks = [
        ("Temple shelling draws appeals", "heading"),
        ("Thai and Cambodian troops exchanged fire again on Tuesday near the temple.", "text"),
        ("Japan's foreign minister said Tokyo was alarmed by the shelling of villages.", "text"),
        (
            '"Homes are burning on both sides. Today it is this border. We remain in close '
            'contact with both capitals."',
            "text",
        ),
    ]
    found = analyse(make_doc(blocks))
    today = next(s for s in found.sentences if s.text.startswith("Today it is"))
    assert today.speakers == ("Japan",) and today.stance == "concern"
    # being in touch stays a statement of no stance, as the gold conventions have it
    contact = next(s for s in found.sentences if s.text.startswith("We remain"))
    assert contact.stance == "other"


def test_he_sending_an_envoy_in_a_history_is_the_third_partys_act() -> None:
    blocks = [
        ("Thai jets strike Cambodian positions", "heading"),
        ("BANGKOK, May 14 - Thai jets struck Cambodian positions on Wednesday.", "text"),
        ("Hospitals near the border took in the wounded.", "text"),
        (
            "Japanese Prime Minister Kenji Sato called both leaders on Tuesday. "
            "The dispute dates back to a map drawn under French rule, and Japan has long been "
            "the largest donor to both. "
            "He had sent a senior envoy to Phnom Penh in late April to urge restraint.",
            "text",
        ),
    ]
    analysis = analyse(make_doc(blocks))
    assert by_text(analysis, "He had sent")[:2] == ("development", ("Japan",))
