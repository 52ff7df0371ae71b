"""Background, development, reaction and other labels from time cues."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date

import pytest

from briefer.analysis import labels, timeline
from briefer.analysis.labels import (
    Labelled,
    is_background_heading,
    is_background_marker,
    is_credit,
    is_housekeeping,
    is_masthead,
    label_sentence,
    news_weekday,
    reference_year,
    settle_paragraphs,
    story_date,
    time_cues,
)
from briefer.analysis.labels.cues import _NOW_STRONG, _WEEKDAY, _sieve_for
from briefer.analysis.prefilter import Sieve

PUBLISHED = date(2031, 5, 14)


def label(
    text: str,
    *,
    speaker: bool = False,
    previous: str | None = None,
    under_heading: bool = False,
    news_day: int | None = None,
) -> str:
    """The label of one sentence of a story published on PUBLISHED (`under_heading`: under a
    background heading; `news_day`: the weekday of the lead's news)."""
    cues = time_cues(text, PUBLISHED, PUBLISHED.year, news_day)
    return label_sentence(
        text,
        heading=False,
        has_speaker=speaker,
        cues=cues,
        previous=previous,
        under_background_heading=under_heading,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The dispute dates back to the partition of the island in 1974.",
        "Since 2019, the two navies have shadowed each other in the strait.",
        "The council has long opposed any change to the treaty.",
        "For decades, fishermen from both countries have used the bay.",
        "In March, the government closed the crossing after a shooting.",
        "The standoff began on April 2, when a patrol boat was seized.",
        "The agreement was signed in 2024 but never ratified.",
        "Decades of peace deals did not end the fighting.",
        "More than a million people have fled since the war began.",
        "The clash is the latest in a long series of incidents at the crossing.",
        "For most of the Cold War, the border was one of the quietest in Europe.",
        "The line was drawn under colonial rule.",
    ],
)
def test_history_and_earlier_events_are_background(text: str) -> None:
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Troops moved into the border town on Tuesday.",
        "Protesters are blocking the main highway this week.",
        "By nightfall, the ceasefire was holding in most districts.",
        "The government will announce new measures later today.",
        "Mr Oduya, elected in 2021, has been held at his residence since Wednesday.",
    ],
)
def test_current_events_are_developments(text: str) -> None:
    assert label(text) == "development"


def test_a_move_dated_to_an_earlier_year_in_words_is_history() -> None:
    # "last year", "two years ago" date the sentence's own move before the article's year
    for text in (
        "Chile recalled its ambassador from Lima in October last year.",
        "Two years ago the bloc suspended its aid over the conduct of the vote.",
        "Talks between the two have been frozen since last year over the fishing dispute.",
    ):
        assert label(text, speaker=True) == "background"
        assert time_cues(text, PUBLISHED, PUBLISHED.year).dated_past
    # a comparison, what was said and a weekday are not the move's time
    for text in (
        "Chile offered to host talks, as Santiago did informally last year.",
        "The agency said the camps held 9,000 people, up from 2,000 a year ago.",
        "Chile said the rebels had crossed the border last year.",
        "Chile urged both sides to respect the truce agreed last year.",
        "Chile urged both sides to honour the accord signed in March two years ago.",
        "Chile said on Monday that the rebels had been rearming since last year.",
    ):
        assert label(text, speaker=True) == "reaction"


def test_a_position_held_for_more_than_a_year_is_history() -> None:
    held = "The capital had warned for more than a year that it would close the pipeline."
    assert label(held, speaker=True) == "background"
    assert label("The capital has complained for over a year of raids.", speaker=True) == (
        "background"
    )
    # a year is no long standing, and what lasted a year is no position
    assert label("The capital had warned for a year that it would act.", speaker=True) == (
        "reaction"
    )


def test_statement_is_a_reaction_unless_it_states_a_long_standing_position() -> None:
    assert label("Chile said it was alarmed by the arrests on Monday.", speaker=True) == "reaction"
    assert label("Chile has long said the border is closed.", speaker=True) == "background"
    assert label("Chile has always said it will not negotiate.", speaker=True) == "background"
    # A long-standing cue inside the reported words does not make the statement a position.
    assert label(
        "Chile expelled the ambassador in 2019, accusing him of spying.", speaker=True
    ) == ("background")
    dated = "Chile reaffirmed that the 1951 treaty covers the islands."
    assert label(dated, speaker=True) == "reaction"
    said = "Chile said the move eroded long-standing norms."
    assert label(said, speaker=True) == "reaction"
    threat = "Chile threatened to restore sanctions that were lifted over the past decade."
    assert label(threat, speaker=True) == "reaction"


@pytest.mark.parametrize(
    "text",
    [
        "Peru urged both governments to return to the 2018 peace agreement.",
        "Chile called on both sides to honour the 2013 court ruling.",
        "Brazil asked the two armies to respect the 1962 judgment of the court.",
    ],
)
def test_a_year_naming_what_a_speaker_asks_for_does_not_date_the_appeal(text: str) -> None:
    assert label(text, speaker=True) == "reaction"


@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected comparisons with the border war of 1995, saying its troops had held back.",
        "Chile likened the crisis to the coup of 1973 and called for calm.",
        "Comparisons with the 1995 war were misplaced, Peru said on Tuesday.",
    ],
)
def test_a_year_of_what_the_news_is_compared_with_does_not_date_it(text: str) -> None:
    assert label(text, speaker=True) == "reaction"


def test_a_year_naming_the_subject_or_the_time_still_dates_the_sentence() -> None:
    assert label("The 2018 peace agreement ended two decades of war.") == "background"
    assert label("Peru broke off talks with the rebels in 2018.", speaker=True) == "background"


def test_quoted_words_do_not_set_the_tense() -> None:
    text = 'The envoy was met by the minister, who praised "a promise that others had broken".'
    assert label(text) == "development"


def test_reported_past_perfect_is_not_history() -> None:
    text = "Police said patrols had come under fire overnight."
    assert label(text) == "development"


def test_sentence_without_cues_follows_a_background_sentence() -> None:
    assert label("He was among those who resigned.", previous="background") == "background"
    assert label("He was among those who resigned.", previous="development") == "development"


def test_headings_and_credits_are_other() -> None:
    cues = time_cues("Border talks collapse", PUBLISHED, PUBLISHED.year)
    heading = label_sentence(
        "Border talks collapse", heading=True, has_speaker=False, cues=cues, previous=None
    )
    assert heading == "other"
    assert is_credit("(Reporting by A. Writer; Editing by B. Editor)")
    assert label("(Reporting by A. Writer; Editing by B. Editor)") == "other"
    assert is_credit("By Lukas Brenner, Belgrade correspondent.")
    assert not is_credit("By nightfall, the ceasefire was holding.")


def test_masthead_lines_of_fields_are_other() -> None:
    # who wrote or published it, where and when, in fields: not a development of the story
    for line in (
        "Julian Marsh, Asia correspondent · Monday 17 March 2031",
        "By Ana Petrova in Valdoria · 7 June 2031",
        "Policy Commentary No. 41 | Eastern Policy Forum, Berlin | 18 December 2031",
        "Coast Forum | Briefing Paper No. 14 | Port Vale, 20 August 2031 | Author: A. Writer",
        "By B. Writer in Port Vale, with reporting from Kelmar · 2031-10-28",
    ):
        assert is_credit(line), line
        assert label(line) == "other", line
    # a sentence of the story has verbs and common nouns, whatever its punctuation
    for sentence in (
        "Troops crossed the river · and the talks collapsed on Tuesday.",
        "Valdoria | the army said it had closed the border crossing.",
        "Julian Marsh, Asia correspondent, 17 March 2031",  # one field: the byline rules' call
    ):
        assert not is_masthead(sentence), sentence


def test_background_heading_is_recognised() -> None:
    assert is_background_heading("How we got here")
    assert is_background_heading("Background")
    assert is_background_heading("A conflict with deep roots")
    assert is_background_heading("An old quarrel")
    assert is_background_heading("A border that stayed open for decades")
    assert is_background_heading("How the war began")
    assert is_background_heading("How the week unfolded")
    assert is_background_heading("How the stalemate arose")
    assert not is_background_heading("How the world reacted")
    assert not is_background_heading("What comes next")
    assert not is_background_heading("Troops cross the border at dawn")


@pytest.mark.parametrize(
    "heading",
    [
        "How the siege unfolded",
        "How the crisis unfolded",
        "How it escalated",
        "How the standoff escalated",
        "How did the row escalate?",
    ],
)
def test_a_heading_over_the_crisis_own_course_is_no_background_heading(heading: str) -> None:
    # how the crisis went on, not how it (or the week before) came about: its course is news
    assert not is_background_heading(heading)


def test_an_explainers_question_about_what_goes_on_now_is_no_background_heading() -> None:
    # who or what a party or a place is: the history of it follows
    assert is_background_heading("What is the Aquarius?")
    assert is_background_heading("Who is Sergei Skripal?")
    assert is_background_heading("What is Nagorno-Karabakh?")
    assert is_background_heading("What are the Minsk agreements?")
    # what plain things or people of the news are: what the news holds now, not history
    assert not is_background_heading("What are the capital controls?")
    assert not is_background_heading("What are the main parts?")
    assert not is_background_heading("Who are the suspects?")
    assert not is_background_heading("Who are the students?")
    # what is going on, who acts, who is blamed, who holds power now: the news follows
    assert not is_background_heading("What is happening on the ground?")
    assert not is_background_heading("Who is sending what?")
    assert not is_background_heading("Who is suspected?")
    assert not is_background_heading("Who is in charge now?")
    assert not is_background_heading("What are the rebels holding today?")


def test_reference_year_falls_back_to_the_latest_year_in_the_text() -> None:
    assert reference_year("Talks in 2019 and 2023 failed.", None) == 2023
    assert reference_year("No year.", None) is None
    assert reference_year("Talks in 2019.", date(2030, 1, 1)) == 2030


def test_story_date_of_a_yearless_dateline_is_at_least_the_latest_year_written() -> None:
    day = date(2000, 3, 4)  # "LIMA, March 4 (Wire) -", read with a stand-in year
    text = "The accord was signed in 2011. Fighting resumed in 2019. Talks are due by 2030."
    # The story never writes its own year: it is later than every year it recalls.
    assert story_date(text, date(2011, 3, 4), day) == date(2020, 3, 4)  # loader's guess too early
    assert story_date(text, None, day) == date(2020, 3, 4)
    # A month written with its year is recalled, not the story's own ("a truce agreed in
    # April 2019 has held"): the story is later still.
    written = "A truce agreed in March 2019 has held. The accord was signed in 2011."
    assert story_date(written, None, day) == date(2020, 3, 4)
    assert story_date(text, date(2024, 3, 4), day) == date(2024, 3, 4)  # a later year stands
    assert story_date(text, date(2011, 3, 4), None) == date(2011, 3, 4)  # year was written


def test_a_year_closing_a_range_is_history_not_a_target() -> None:
    day = date(2000, 1, 7)
    # "until 2019" after "in 1991" closes a reign told as history: the story is later still.
    ruled = "He ruled from before independence in 1991 until 2019. Troops landed on Friday."
    assert story_date(ruled, None, day) == date(2020, 1, 7)
    # A deadline alone says nothing about the story's own year.
    target = "The accord was signed in 2011. The mission stays until 2030."
    assert story_date(target, None, day) == date(2012, 1, 7)
    # "by a 1965 treaty" names a treaty of that year, not a deadline.
    treaty = "Colonial rule began in 1910. Claims were settled by a 1965 treaty."
    assert story_date(treaty, None, day) == date(1966, 1, 7)


def test_a_position_told_in_the_present_about_the_past_is_background() -> None:
    text = "Guyana says the border was settled by an arbitral award in 1899."
    assert label(text, speaker=True) == "background"
    assert label("UNIFIL says a rocket hit its base this afternoon.", speaker=True) == "reaction"
    assert label("The army says it has struck positions near the border.", speaker=True) == (
        "reaction"
    )


def test_a_deadline_in_a_later_month_is_not_history() -> None:
    cues = time_cues("Ministers gave Ankara until late September to pull back.", PUBLISHED, 2031)
    assert cues.past == 0 and cues.now >= 1


def test_a_state_lasting_since_an_earlier_month_is_background() -> None:
    # PUBLISHED is in May: February is months before.
    assert label("Gangs have attacked police stations since February.") == "background"
    assert label("Gangs attacked two police stations on Tuesday.") == "development"


def test_a_month_in_an_aside_does_not_date_the_sentence() -> None:
    # PUBLISHED is in May: January and February are months before, but only in the aside.
    text = "The rebel group, which seized two cities in January and February, was not at the talks."
    assert time_cues(text, PUBLISHED, 2031).past == 0
    assert label(text) == "development"
    assert label("The rebel group seized two cities in January and February.") == "background"


def test_a_passive_aside_with_its_agent_does_not_date_the_sentence() -> None:
    text = (
        "Both neighbours, each run by officers who seized power in recent years, warned on "
        "Monday that an attack on the junta would be an attack on them."
    )
    assert time_cues(text, PUBLISHED, 2031).past == 0
    assert label(text) != "background"
    # Without the commas that close it, the participle is the sentence's own history.
    assert label("The accord was signed by both leaders in recent years.") == "background"


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after a preposition
        "Norway, from which the island was ceded in 1920, urged both sides to talk.",
        "The volunteers, many of whom had served in the floods of 2004, reached the village.",
        # a concession
        "Chile, despite having broken off relations with the regime in 1998, sent two planes.",
        "Peru sent a rescue team, although the two have had no diplomatic ties since 1979.",
        # the subject's own past, told with "itself"
        "The junta in Lomé, itself suspended from the bloc since 2019, said it shared the worry.",
    ],
)
def test_an_aside_of_the_subjects_past_does_not_make_its_reaction_history(text: str) -> None:
    assert label(text, speaker=True) == "reaction"


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was adopted without a vote against after three weeks of negotiation.",
        "A ceasefire was brokered by Qatar and took hold within hours.",
        "A state of emergency was declared in the capital.",
    ],
)
def test_an_act_told_in_the_passive_without_a_date_is_no_history(text: str) -> None:
    assert time_cues(text, PUBLISHED, 2031).past == 0
    assert label(text) == "development"


def test_a_founding_or_a_dated_act_told_in_the_passive_is_history() -> None:
    assert label("The movement was founded by exiled students.") == "background"
    assert time_cues("The law was adopted on 30 April.", PUBLISHED, 2031).past >= 1


def test_a_start_told_as_history_needs_an_earlier_anchor() -> None:
    # PUBLISHED is 14 May: a start dated before it, or told with "when", is background.
    assert label("The standoff began on April 2, when a patrol boat was seized.") == "background"
    assert label("The standoff began on 10 May, after a patrol boat was seized.") == "background"
    assert label("The move came days after the two sides signed a maritime deal.") == "background"
    assert label("The attack came days before the exiles were due to meet.") == "background"
    # With no earlier anchor the start is the news itself.
    riots = "Protests broke out in the capital after the result was announced."
    assert label(riots) == "development"
    drills = "The drills began three days after the new president was sworn in."
    assert label(drills) == "development"


def test_page_notes_are_other() -> None:
    for note in (
        "All times are local.",
        "Follow our live coverage of the fighting.",
        "This article was updated with the minister's comments.",
        "A quick recap for readers just joining us.",
        "Here is how governments abroad responded.",
        "This note sets out the positions of the parties.",
        "2.",
        # a report's disclaimer and the notes on its author and its publisher
        "Views are those of the authors.",
        "Miriam Adjei is a senior fellow at the Horn Policy Forum.",
        "The Adriatic Security Forum is an independent research group.",
        "Maria Lund writes on Nordic politics from Oslo.",
        # a newsletter's note on itself, its pointer to more, a contact line
        "The Harbour Letter is published fortnightly from Lisbon.",
        "Pacific Notes is published every Monday.",
        "Our full report on the vote is here.",
        "Telephone 21 44 90.",
    ):
        assert is_housekeeping(note)
        assert label(note) == "other"
    assert not is_housekeeping("All crossings were closed on Tuesday.")
    assert not is_housekeeping("The newspaper, which is published daily in Lagos, was shut.")
    assert not is_housekeeping("The paper is published weekly but was shut on Monday.")
    assert not is_housekeeping("The minister writes about the crisis in his memoirs of 2001.")
    assert not is_housekeeping("Phone lines to the capital were cut on Tuesday.")
    assert not is_housekeeping("The Council is an independent body.")
    assert not is_housekeeping("Russia is a member of the group.")


def test_a_lead_with_its_dateline_is_never_background() -> None:
    lead = "LIMA, May 14 (Wire) - The two navies, rivals since 2008, clashed at sea."
    assert label(lead) == "development"
    assert label(lead, speaker=True) == "reaction"


@pytest.mark.parametrize(
    "text",
    [
        "The strait accounts for a fifth of the region's oil exports.",
        "The capital lies less than 40 km from the frontier.",
        "The enclave borders three provinces of its neighbour.",
        "Belgrade uses the term because it rejects the line as a border.",
        # a lasting state told by its verb, where a thing stands, a count in the subject
        "The strait carries about a fifth of the world's oil.",
        "The canal handles about 12 percent of global trade.",
        "The river forms the border between the two countries.",
        "The submersible carries food and water but has no means of surfacing.",
        "Troops of the alliance are stationed in the south of the country.",
        "The court is based in The Hague and has no police of its own.",
        "About 37,000 American troops are stationed in the country.",
        "Every member state is legally obliged to arrest a suspect on its territory.",
        # an age is a standing fact, in a word or two
        "Their grievances are old.",
        "Both programmes are decades old.",
    ],
)
def test_standing_facts_told_in_the_present_are_background(text: str) -> None:
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear who fired the first shots.",
        "The situation in the capital is tense.",
        "Both men are in custody.",
        "The cause of the fire is not yet known.",
        "There are fears that the violence could spread to the south.",
        "There are no signs that the army, stretched on several fronts, is about to retake it.",
        "There are mounting doubts that the truce will hold.",
        "The vote is a blow to the prime minister.",
        "The truce is only until the end of the month.",
        "The city lies in ruins.",
        "The opposition claims victory in the capital.",
        "The package includes loans worth two billion dollars.",
        # (a verb of state with no object, or after a determiner, is a noun or an act)
        "The convoy carries on towards the border.",
        "The ship's crew forms up on deck.",
        "The team is based on the lessons of the last flood.",
        # the writer's verdict in a bare word closing the sentence
        "The tone in the region is cautious.",
        "The border closure is also costly.",
        "Its front in the centre of the country is less secure.",
        "The two ministers are not related.",
        # a judgement or a report of now, told as a passive after its adverb
        "The defence minister is widely seen as the driving force behind the move.",
        "A businessman who heads the council is widely tipped to lead it.",
        # the writer's verdict on the news as it stands
        "The leverage is real.",
        "The fighting is over.",
        "Governments across the region are nervous.",
        "The change is smaller than it looks.",
        "The numbers are not in dispute.",
        # the writer pointing at the news, or framing it
        "It is the first meeting ever between the two leaders.",
        "They are 11.5 million internal files from a law firm.",
        "Here is the rundown.",
        "Japan is in talks with the government about supplying its own vaccine.",
        "The presidents of both neighbours are both here.",
        "The second lesson is about allies.",
        "The sharpest questions are for the coast guard.",
    ],
)
def test_the_news_as_it_stands_is_no_standing_fact(text: str) -> None:
    # "is" and the verbs of state also tell the present of the news: its situation, its
    # judgement, its deadline, a place in ruins, a claim or a package of the day.
    assert label(text) == "development"


@pytest.mark.parametrize(
    "text",
    [
        "The plant is Europe's largest nuclear power station.",
        "Trade between the two countries is small.",
        "The republic is a member of the customs union.",
        "The island lies about 300 km off the coast.",
        "The island is over 300 km from the coast.",
        "It is operated by a Taiwanese company and flies the Panamanian flag.",
    ],
)
def test_a_rank_a_class_a_size_or_a_place_told_with_is_stays_a_standing_fact(text: str) -> None:
    assert label(text) == "background"


def test_a_noun_or_a_condition_is_not_a_standing_fact() -> None:
    assert label("Two ports restricted imports of grain from the region.") == "development"
    assert label("If the talks do not resume, the bloc can impose tariffs.") == "development"
    assert label('A guard was heard shouting "don\'t move" before the line went dead.') == (
        "development"
    )


def test_the_reporters_own_checks_are_news() -> None:
    text = "The ministry did not respond to a request for comment."
    assert label(text, previous="background") == "development"
    assert time_cues(text, PUBLISHED, PUBLISHED.year).strong_now


def test_a_trailing_relative_clause_does_not_date_the_sentence() -> None:
    text = "The words came from the foreign ministry, which has long served as a channel."
    assert label(text) == "development"
    assert label("The two sides have long disagreed over the border.") == "background"


def test_relative_years_later_are_history() -> None:
    text = "A coalition intervened the following year, and the war has killed thousands."
    assert label(text, previous="background") == "background"
    assert label("Two years later the mission was withdrawn.") == "background"


def test_what_was_said_is_dated_by_the_saying() -> None:
    analysts = "Analysts said the latest drills were shorter than those of 2029."
    assert label(analysts) == "development"
    # The saying itself dated to an earlier year is history.
    experts = "A panel of experts reported in 2029 that troops were operating across the border."
    assert label(experts) == "background"
    # A position held in the present keeps its past ("says ... founded in 1994").
    held = "Kigali says its concern is a militia founded by men who fled in 1994."
    assert label(held, speaker=True) == "background"


def test_a_present_position_inside_a_history_paragraph_is_background() -> None:
    text = "Turkey says islands should not cut off its access to the open sea."
    assert label(text, speaker=True, previous="background") == "background"
    assert label(text, speaker=True, previous=None) == "reaction"
    news = "The State Department said it was concerned by the clashes."
    assert label(news, speaker=True, previous="background") == "reaction"


def _filed(text: str) -> str:
    return label(text, speaker=True, under_heading=True)


def test_under_a_background_heading_a_look_ahead_and_this_weeks_news_stay_news() -> None:
    assert _filed("Police raided the president's office in 2019.") == "background"
    # This week's news is news under any heading, unless long-standing.
    assert _filed("Police raided the president's office on Wednesday.") == "reaction"
    assert _filed("Police have raided the office many times since 2019.") == "background"
    assert _filed("Officials said they would assess the damage before any new strike.") == (
        "reaction"
    )
    # Waiting "for weeks" before the news is history even when what was said looked ahead.
    assert _filed("The allies had said for weeks that they would act.") == "background"


def test_the_news_tied_to_what_came_before_is_background() -> None:
    # A weekday here dates the earlier event, not the news.
    assert label("The fighting followed a landmine blast on Wednesday.") == "background"
    trigger = "The trigger for the riots was the discovery on Sunday that a prisoner had fled."
    assert label(trigger) == "background"


def test_a_state_lasting_since_an_earlier_day_is_background() -> None:
    # PUBLISHED is 14 May.
    assert label("All six reactors have been shut down since 11 April.") == "background"
    aside = "The agency, which has kept staff at the site since 11 April, is seeking a deal."
    assert label(aside) == "development"


def test_habits_and_rules_in_the_present_are_background() -> None:
    assert label("About a tenth of world trade normally passes through the strait.") == (
        "background"
    )
    assert label("A motion needs the support of two-thirds of the chamber.") == "background"


def test_a_past_perfect_in_a_relative_clause_is_not_history() -> None:
    text = "At dawn, 190 deputies who had managed to get inside voted to lift the decree."
    assert label(text) == "development"


def test_today_told_in_the_past_is_news() -> None:
    assert label("Talks resumed after a break on the previous day.") == "development"
    # A look ahead does not continue a history paragraph.
    assert label("A vote could come as early as Saturday.", previous="background") == (
        "development"
    )


def test_waiting_for_weeks_before_the_news_is_a_position() -> None:
    text = "The two governments had argued for weeks over the route."
    assert label(text, speaker=True) == "background"


def _paragraphs(*paragraphs: list[str]) -> list[Labelled]:
    """Sentences labelled one by one, as the pipeline does, numbered by paragraph."""
    out: list[Labelled] = []
    for number, texts in enumerate(paragraphs, start=1):
        previous: str | None = None
        for text in texts:
            cues = time_cues(text, PUBLISHED, PUBLISHED.year)
            got = label_sentence(
                text, heading=False, has_speaker=False, cues=cues, previous=previous
            )
            out.append(Labelled(number, got, cues, text=text))
            previous = got
    return out


LEAD = ["Troops crossed the border on Tuesday.", "The government closed two crossings."]
NEWS = ["Officials met in the capital.", "Talks will resume on Friday."]


def test_a_sentence_opening_a_history_paragraph_is_history() -> None:
    opening = "Prisons have become the gangs' headquarters."
    history = "More than 400 inmates have died in riots there since 2021."
    sentences = _paragraphs(LEAD, NEWS, [opening, history])
    assert [s.label for s in sentences][-2:] == ["development", "background"]
    assert settle_paragraphs(sentences)[-2:] == ["background", "background"]


def test_an_opening_made_history_by_the_history_after_it_is_left_weighable() -> None:
    # The opening's call reads its wording and its neighbours': the pass names it, so the
    # background model may weigh it; the story's start, dated weeks before, stays fixed.
    opening = "Prisons have become the gangs' headquarters."
    history = "More than 400 inmates have died in riots there since 2021."
    sentences = _paragraphs(LEAD, NEWS, [opening, history])
    weighable: set[int] = set()
    assert settle_paragraphs(sentences, weighable)[-2:] == ["background", "background"]
    assert weighable == {len(sentences) - 2}
    start = _paragraphs(LEAD, NEWS, ["Two people were found unconscious on a bench on April 20."])
    weighable.clear()
    assert settle_paragraphs(start, weighable)[-1] == "background"
    assert start[-1].label == "development"
    assert weighable == set()


def test_since_then_takes_the_time_of_the_sentence_before() -> None:
    since = "Since then, a carrier group has gathered off the coast."
    # after the news (across a paragraph break too) it is the news's own days
    after_news = _paragraphs(LEAD, NEWS, ["The navy sent a frigate to the strait."], [since])
    assert after_news[-1].label == "background"
    assert settle_paragraphs(after_news)[-1] == "development"
    # after history it goes on with the history
    old = "The two navies clashed in the strait in 2019."
    after_history = _paragraphs(LEAD, NEWS, [old], [since])
    assert settle_paragraphs(after_history)[-1] == "background"


def test_a_reports_summary_section_is_its_news() -> None:
    def settled(heading: str, lead: bool = True) -> list[str]:
        texts = [heading, "The rebels seized the port in March.", "They held it for weeks."]
        # (the section after a lead paragraph of news, or opening the text)
        seen = _paragraphs(LEAD) if lead else []
        seen.append(Labelled(2, "other", time_cues(texts[0], PUBLISHED, 2031), text=texts[0]))
        previous = None
        for text in texts[1:]:
            cues = time_cues(text, PUBLISHED, 2031)
            got = label_sentence(
                text, heading=False, has_speaker=False, cues=cues, previous=previous
            )
            seen.append(Labelled(3, got, cues, text=text))
            previous = got
        assert [s.label for s in seen[-2:]] == ["background", "background"]
        return settle_paragraphs(seen)[-2:]

    assert settled("Summary") == ["development", "development"]
    assert settled("Executive summary") == ["development", "development"]
    # any other section keeps its history
    assert settled("The outside powers") == ["background", "background"]
    # but not as the first paragraph of prose: that is the lead, the news
    assert settled("The outside powers", lead=False) == ["development", "development"]
    # and a summary keeps what is dated to an earlier year
    old = "The dispute dates back to the partition of the island in 1974."
    cues = time_cues(old, PUBLISHED, 2031)
    seen = [
        Labelled(1, "other", time_cues("Summary", PUBLISHED, 2031), text="Summary"),
        Labelled(2, label(old), cues, text=old),
    ]
    assert settle_paragraphs(seen)[1] == "background"


def test_settling_keeps_news_and_the_lead() -> None:
    history = "More than 400 inmates have died in riots there since 2021."
    # A sentence about now, or one that looks ahead, stays news before a history sentence.
    now = _paragraphs(LEAD, NEWS, ["Soldiers patrolled the prisons on Tuesday.", history])
    assert settle_paragraphs(now)[-2] == "development"
    ahead = _paragraphs(LEAD, NEWS, ["A court will rule on the case.", history])
    assert settle_paragraphs(ahead)[-2] == "development"
    # The first paragraphs of prose tell the news, whatever follows them.
    lead = _paragraphs(["Officers were met at the airport.", history])
    assert settle_paragraphs(lead)[0] == "development"
    # A bare answer ("No.") is too short to take a side.
    answer = _paragraphs(LEAD, NEWS, ["No.", history])
    assert settle_paragraphs(answer)[-2] == "development"


def test_a_sides_move_of_an_earlier_year_is_history_even_with_a_present_perfect() -> None:
    # In a story of 2031: the statement's own event is dated years before; a present perfect
    # telling what has followed since ("has objected from the start") is no cue of the news.
    text = (
        "Seoul and Washington agreed in July 2026 to deploy the system, and Beijing has "
        "objected from the start."
    )
    assert label(text, speaker=True) == "background"
    assert label("Ruritania has expelled thousands of migrants since 2029.", speaker=True) == (
        "background"
    )
    # A weekday of the news keeps it a statement of the story ("on Thursday ... since 1940").
    news = "Paris on Thursday recalled its envoy, the first such step since the war of 1940."
    assert label(news, speaker=True) == "reaction"


def test_a_year_describing_the_speaker_does_not_date_the_statement() -> None:
    # The year of an apposition about the subject dates the subject, not what it said now.
    text = (
        "Aslan Maskhadov, the separatist leader who was elected president in 2027, said "
        "through an aide that he had no connection to the attack."
    )
    assert label(text, speaker=True) == "reaction"
    gowon = "Yakubu Gowon, one of the founders of the bloc in 1975, appealed for calm."
    assert label(gowon, speaker=True) == "reaction"
    # The statement's own year still dates it.
    assert label("The envoy, a veteran diplomat, warned in 2027 of a war.", speaker=True) == (
        "background"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 1860, adopted by 14 votes to none, calls for a ceasefire.",
        "The council adopted Resolution 1973 with ten votes in favour.",
        "Flight 1549 landed in the river.",
    ],
)
def test_a_number_naming_a_resolution_or_a_flight_is_no_year(text: str) -> None:
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    assert not cues.dated_past and cues.past == 0
    assert label(text) == "development"


def test_the_lead_paragraph_is_news_whatever_it_measures_it_against() -> None:
    # The line under the headline, with no full stop, sums up the news, however it compares it
    # with the past; the sentences after it may still be history.
    standfirst = "Largest protests since 1989 put pressure on the government"
    history = "The party has governed the country since 2006."
    sentences = _paragraphs([standfirst], [history], NEWS)
    assert [s.label for s in sentences][:2] == ["background", "background"]
    assert settle_paragraphs(sentences)[:2] == ["development", "background"]
    # Headings and bylines before it are not prose: the first line of prose is.
    byline = Labelled(1, "other", time_cues("By Ana Ruiz", PUBLISHED, PUBLISHED.year))
    assert settle_paragraphs([byline, *sentences])[1] == "development"
    # So is the lead's first sentence with its full stop, and the rest of its paragraph,
    # whatever it measures the news against; a paragraph after it is read as the rules read it.
    split = "The raid has split the allies more sharply than any event in recent years."
    crossed = "More than 40,000 people have crossed the border since April."
    told = _paragraphs([split, crossed], [crossed])
    assert [s.label for s in told] == ["background"] * 3
    assert settle_paragraphs(told) == ["development", "development", "background"]
    # Only a time more than a year before the news dating a sentence's own clause keeps it
    # history there (a standfirst's, as above, does not).
    old = "The island was partitioned in 2019."
    dated = _paragraphs([split, old], [crossed])
    assert settle_paragraphs(dated) == ["development", "background", "background"]
    assert settle_paragraphs(_paragraphs([old, split]))[0] == "background"


def test_a_present_passive_with_its_agent_is_a_standing_fact() -> None:
    assert label("The sea is crossed by dozens of cables and pipelines.") == "background"
    assert label("The sea was crossed by a convoy.") == "development"


def test_a_warning_repeated_for_years_is_a_position() -> None:
    text = "Alliance planners have warned for years that the cables are hard to protect."
    assert label(text, speaker=True) == "background"
    assert label("Planners warned that the cables had been cut for years.", speaker=True) == (
        "reaction"
    )


def test_a_record_told_by_its_count_is_background() -> None:
    text = "Mr Vale, a former minister, was twice convicted of fraud and faces a new inquiry."
    assert label(text) == "background"
    assert label("Parliament has impeached two presidents before.") == "background"
    assert label("Parliament impeached the president before noon.") == "development"


def test_commentators_judge_the_news_as_it_stands() -> None:
    analysts = "Analysts in the capital said the drills were shorter than those of 2029."
    assert label(analysts, previous="background") == "development"
    assert label(
        "Business leaders estimate that contracts are at risk.", previous="background"
    ) == ("development")
    # A judgement dated to an earlier year is history.
    assert label("Experts said in 2029 that the border was never marked.") == "background"


@pytest.mark.parametrize(
    "text",
    [
        # the years of what is judged do not date the judging, whatever its tense
        "Economists warn that the currency, which has lost half its value since 2029, could "
        "fall further.",
        "Analysts say the drills were shorter than those of 2029.",
        # nor does a span the commentator names after the verb
        "Experts believe the conflict could drag on for years.",
        "Observers note that the army has stayed out of politics since 1990.",
    ],
)
def test_a_commentarys_own_verb_dates_it_not_what_it_judges(text: str) -> None:
    assert time_cues(text, PUBLISHED, 2031).commentary
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "The outcome will shape relations for years to come.",
        "The decision could reshape the region for decades to come.",
        "The ruling could open the way for years of litigation.",
        # a timetable told in the present: a month of this year to come, not the last of its name
        "The talks resume in September.",
        "The next test comes in June, when parliament votes on the budget.",
        "Talks on normalising ties are to resume in October.",
    ],
)
def test_a_span_or_a_month_to_come_is_no_history(text: str) -> None:
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "The government is reviewing the contract, signed in 2018, with the mining company.",
        "The refugees, displaced by fighting in 2020, are returning home.",
        "The disaster has revived questions about the nuclear plant, which has been shut since "
        "2011.",
    ],
)
def test_an_asides_year_does_not_date_a_sentence_told_as_of_now(text: str) -> None:
    # the aside describes a thing the news is about; the sentence's own verb is of now
    assert label(text) == "development"


def test_an_asides_year_still_dates_a_sentence_told_in_the_past() -> None:
    assert label("The mosque, built in 1965, was a recruiting ground for militants.") == (
        "background"
    )
    assert label("The treaty, signed in 1994, set the border along the river.") == "background"


def test_has_since_follows_the_sentence_before() -> None:
    # what followed an earlier event up to now: history after history, the news's own days
    # after news ("The captain and the crew have since been arrested.")
    since = "It has since demanded that the embassy cut its staff."
    assert label(since, previous="background") == "background"
    assert label(since) == "development"
    assert label("The captain and the crew have since been arrested.") == "development"
    assert label("It has demanded that the embassy cut its staff.") == "development"
    assert label("It has demanded that the embassy cut its staff.", previous="background") == (
        "development"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Several supporters have been beaten and at least two killed in the past month.",
        "The ministry says most of those killed in the past week were civilians.",
        "The conference's co-chairs plan a follow-up meeting early next year.",
    ],
)
def test_a_span_up_to_now_or_a_year_to_come_is_no_past(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0


def test_a_description_between_commas_does_not_hide_the_main_verb() -> None:
    text = "The region, a province of seven million people, accounts for a fifth of output."
    assert label(text) == "background"


def test_later_in_a_narrative_is_not_now() -> None:
    text = "He later fled abroad, was handed over to the police and was shot."
    assert label(text, previous="background") == "background"
    assert label("The minister will speak later today.", previous="background") == "development"


def test_a_crisis_that_dates_to_an_earlier_day_is_background() -> None:
    assert label("The crisis dates to 26 February, when the court sentenced him.") == "background"


def test_a_timeline_entry_months_before_the_article_is_background() -> None:
    # In a January story a yearless "25 June" entry is last year's, not a date ahead.
    january = date(2032, 1, 15)

    def entry(text: str, *, speaker: bool = False) -> str:
        cues = time_cues(text, january, january.year)
        return label_sentence(text, heading=False, has_speaker=speaker, cues=cues, previous=None)

    assert entry("25 June — The opposition candidate comes second in the first round.") == (
        "background"
    )
    assert entry("29 September: Prosecutors raid the electoral tribunal.") == "background"
    # Recent entries are the news; a statement in an old entry is that day's reaction.
    assert entry("12 January — The outgoing congress delays the session.") == "development"
    assert entry("21 August — The observer mission says it found no fraud.", speaker=True) == (
        "reaction"
    )
    # Outside a timeline, a yearless date after the article is still a date ahead.
    assert entry("Talks are due to resume on 25 June in Geneva.") == "development"


def _settled(paragraphs: list[list[str]]) -> list[str]:
    """Label each sentence in its paragraph, then settle the paragraphs."""
    seen: list[Labelled] = []
    for number, paragraph in enumerate(paragraphs):
        previous: str | None = None
        for text in paragraph:
            cues = time_cues(text, PUBLISHED, PUBLISHED.year)
            got = label_sentence(
                text, heading=False, has_speaker=False, cues=cues, previous=previous
            )
            seen.append(Labelled(number, got, cues, False, text))
            previous = got
    return settle_paragraphs(seen)


def _settled_acting(paragraphs: list[list[tuple[str, bool]]]) -> list[str]:
    """`_settled`, with each sentence marked as told of a third party acting or not."""
    seen: list[Labelled] = []
    for number, paragraph in enumerate(paragraphs):
        previous: str | None = None
        for text, acting in paragraph:
            cues = time_cues(text, PUBLISHED, PUBLISHED.year)
            got = label_sentence(
                text, heading=False, has_speaker=False, cues=cues, previous=previous
            )
            seen.append(Labelled(number, got, cues, False, text, acting=acting))
            previous = got
    return settle_paragraphs(seen)


def test_a_narrative_history_runs_on_into_a_plain_past_paragraph() -> None:
    lead = ["The assembly voted on Friday to leave the federation.", "Crowds cheered outside."]
    news = ["Troops were deployed in the capital on Thursday.", "Banks closed early on Friday."]
    history = [
        "The province was annexed in 1921 and lost its assembly.",
        "Its language was banned from schools for decades.",
    ]
    plain = [
        "What changed was the charter.",
        "A million people marched through the capital in protest.",
    ]
    labels = _settled([lead, news, history, plain])
    assert labels[-2:] == ["background", "background"]
    # Without the history paragraph before it, the same paragraph is the news.
    assert _settled([lead, news, news, plain])[-2:] == ["development", "development"]
    # A cue of now, or what someone says, ends the history.
    now = ["What changed was the charter.", "Protesters have marched through the capital."]
    assert _settled([lead, news, history, now])[-2:] == ["development", "development"]
    said = ["What changed was the charter.", "The ministry said it was ready to talk."]
    assert "development" in _settled([lead, news, history, said])[-2:]
    # A present tense is the story as it stands, not the narrative going on.
    verdict = ["The army was sent into the region.", "By that measure the result is mixed."]
    assert _settled([lead, news, history, verdict])[-2:] == ["development", "development"]


def test_history_does_not_run_on_into_the_present_a_live_blog_or_a_third_party_acting() -> None:
    lead = ["The assembly voted on Friday to leave the federation.", "Crowds cheered outside."]
    news = ["Troops were deployed in the capital on Thursday.", "Banks closed early on Friday."]
    history = [
        "The province was annexed in 1921 and lost its assembly.",
        "Its language was banned from schools for decades.",
    ]
    # the writer's present: no narration
    present = ["Nothing in the vote changes that.", "The council holds the real power."]
    assert _settled([lead, news, history, present])[-2:] == ["development", "development"]
    # a live blog's entries, stamped with the time of day: the news's own day
    blog = ["12:20 Tear gas near the old bridge.", "Police cleared the square."]
    assert _settled([lead, news, history, blog])[-2:] == ["development", "development"]
    # the help other states sent: a third party acting, the news's own days
    helped = [
        ("France sent a team of doctors and firefighters with dogs.", True),
        ("Switzerland flew in a search unit and medical supplies.", True),
    ]
    told = [[(t, False) for t in p] for p in (lead, news, history)]
    assert _settled_acting([*told, helped])[-2:] == ["development", "development"]
    unmarked = [[(t, False) for t, _ in helped]]
    assert _settled_acting([*told, *unmarked])[-2:] == ["background", "background"]


def _given(paragraphs: list[list[tuple[str, str]]]) -> list[str]:
    """Settle paragraphs of sentences whose labels are given, each with its own time cues."""
    seen = [
        Labelled(number, got, time_cues(text, PUBLISHED, PUBLISHED.year), False, text)
        for number, paragraph in enumerate(paragraphs)
        for text, got in paragraph
    ]
    return settle_paragraphs(seen)


def test_history_runs_on_only_from_history_long_before_the_news() -> None:
    lead = [("The assembly voted on Friday to leave the federation.", "development")]
    news = [("Troops were deployed in the capital on Thursday.", "development")]
    plain = [
        ("Thousands gathered in the main square during the evening.", "development"),
        ("Shop owners in the old town set off fireworks.", "development"),
    ]
    long_ago = [
        ("The province was annexed in 1921 and lost its assembly.", "background"),
        ("Its language was banned from schools.", "background"),
    ]
    # from a paragraph naming an earlier year, the plain past runs on, paragraph after paragraph
    labels = _given([lead, news, long_ago, plain, plain])
    assert labels[-4:] == ["background"] * 4
    # a paragraph of the news's own days made history starts no run: the plain past after it
    # is the news told after the fact
    this_week = [
        ("Rebels seized the radio station before dawn on Saturday.", "background"),
        ("Soldiers retook it within hours.", "background"),
    ]
    assert _given([lead, news, this_week, plain])[-2:] == ["development", "development"]
    # nor does a paragraph of history that names no time long before
    undated = [
        ("The rebels seized the radio station.", "background"),
        ("Soldiers retook it within hours.", "background"),
    ]
    assert _given([lead, news, undated, plain])[-2:] == ["development", "development"]
    # and a day of the news's week ends a run
    broken = [
        ("The army crushed the revolt.", "background"),
        ("Its leaders were tried on Wednesday.", "background"),
    ]
    assert _given([lead, news, long_ago, broken, plain])[-2:] == ["development", "development"]


def test_explainer_questions_about_the_past_introduce_history() -> None:
    for heading in (
        "Is this the first time?",
        "What happened before?",
        "How did we get here?",
        "What led to the crisis?",
        "The road to the vote",
        "The story so far",
    ):
        assert is_background_heading(heading), heading
    for heading in ("What happened?", "What happens next?", "Why does it matter?"):
        assert not is_background_heading(heading), heading


def test_a_bare_answer_under_a_background_heading_is_not_history() -> None:
    def under(text: str) -> str:
        return label(text, under_heading=True)

    assert under("No.") == "development"
    assert under("Ministers met the envoys in the capital.") == "background"


def test_a_state_told_as_of_now_under_a_background_heading_is_not_history() -> None:
    def under(text: str, previous: str | None = None) -> str:
        return label(text, previous=previous, under_heading=True)

    # the section's last lines often turn to how things stand
    for text in (
        "For now, the crossing stays shut.",
        "Relations between the two capitals remain cool.",
        "Some 5,000 troops are now believed to be in the valley.",
        "The decree is being written into law.",
    ):
        assert under(text) == "development", text
        assert under(text, previous="background") == "development", text
    # but not with a cue of the past or of a lasting state
    assert under("The crossing was still shut in 2029.") == "background"
    assert under("The two capitals have long remained rivals.") == "background"


def test_a_record_told_by_its_count_of_times_is_a_position() -> None:
    text = "The leader has threatened secession many times."
    assert label(text, speaker=True) == "background"
    assert label("The leader threatened secession.", speaker=True) == "reaction"


def test_a_weekday_describing_the_subject_does_not_date_the_start() -> None:
    # In a story of 14 May: the clause "that ended on Monday" dates the end, not the start.
    text = "The fighting that ended on Monday began on 24 April, a day after a mine blast."
    assert label(text) == "background"
    assert label("The fighting began on Monday after a mine blast.") == "development"


def test_a_short_sentence_announcing_context_is_a_marker() -> None:
    assert is_background_marker("A little background.")
    assert is_background_marker("Some history:")
    assert not is_background_marker("Background checks on the suspects continued on Monday.")
    assert not is_background_marker("A little background")  # an unpunctuated line: a heading


@pytest.mark.parametrize(
    "text",
    [
        "Some background: the president has been on holiday at his dacha for two weeks.",
        "For context, the two armies exchanged fire along the river last month.",
        "09:10 — Background: a bomb exploded at a discotheque in the capital.",
    ],
)
def test_a_sentence_opening_on_its_own_context_marker_is_history(text: str) -> None:
    assert label(text) == "background"


def test_a_context_marker_does_not_make_the_news_or_a_look_ahead_history() -> None:
    assert label("For context, the ministers will meet again on Friday.") == "development"
    assert label("Background checks on the suspects continued for hours.") == "development"


def test_a_live_blogs_stamped_entry_announcing_context_is_a_marker() -> None:
    # A live blog's entry opens on its time stamp, and may say what the context is about.
    assert is_background_marker("12:30 — Some background for readers just joining us.")
    assert is_background_marker("14:00 — Some context on the region.")
    assert is_background_marker("16:10 GMT — Some background on the war.")
    assert is_background_marker("Tuesday, 23:50 — A little background.")
    # Not an entry that tells the news, nor a longer sentence that merely names history.
    assert not is_background_marker("12:40 — The Netherlands says it is sending boats.")
    assert not is_background_marker("Some background on the war between them emerged in 1990.")
    assert not is_background_marker("08:00 — A quick recap of what we know:")
    # In the pipeline, the entry is no history itself and the lines after it are.
    text = "12:30 — Some background for readers just joining us."
    assert label(text) == "other"


def _side(text: str, previous: str | None, lead_party: bool = True) -> str:
    """A side's (or a third party's) sentence after `previous`, read as the pipeline does:
    one by one, then the paragraph whole."""
    history = "The province was annexed in 1921 and lost its assembly."
    lead = Labelled(1, "development", time_cues(LEAD[0], PUBLISHED, PUBLISHED.year))
    before = (
        [Labelled(2, "background", time_cues(history, PUBLISHED, PUBLISHED.year), text=history)]
        if previous == "background"
        else []
    )
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    first = label_sentence(text, heading=False, has_speaker=True, cues=cues, previous=previous)
    side = Labelled(2, first, cues, True, text, lead_party=lead_party)
    return settle_paragraphs([lead, *before, side])[-1]


def test_a_sides_act_with_nothing_of_now_goes_on_with_the_history_before_it() -> None:
    act = "The capital blamed newly laid mines and expelled its neighbour's envoy."
    assert _side(act, "background") == "background"
    # A third party reacting, a side's act opening a paragraph, or one with a cue of now or a
    # look ahead stay the news.
    assert _side(act, "background", lead_party=False) == "reaction"
    assert _side(act, None) == "reaction"
    assert _side("The capital said on Tuesday it expelled the envoy.", "background") == "reaction"
    assert _side("The capital said it would expel the envoy.", "background") == "reaction"


def test_settling_carries_a_sides_act_on_after_history_found_late() -> None:
    history = "The province was annexed in 1921 and lost its assembly."
    act = "The regional government dissolved the council and closed the border posts."
    lead = Labelled(1, "development", time_cues(LEAD[0], PUBLISHED, PUBLISHED.year))
    first = Labelled(2, "background", time_cues(history, PUBLISHED, PUBLISHED.year), text=history)
    cues = time_cues(act, PUBLISHED, PUBLISHED.year)
    side = Labelled(2, "reaction", cues, True, act, lead_party=True)
    third = Labelled(2, "reaction", cues, True, act, lead_party=False)
    assert settle_paragraphs([lead, first, side])[-1] == "background"
    assert settle_paragraphs([lead, first, third])[-1] == "reaction"


def test_a_weekdays_event_is_of_the_last_days() -> None:
    # Past perfect alone would make this history; "Monday's meeting" is this week's.
    assert label("The ambassador had attended Monday's meeting.") == "development"
    assert label("The ambassador had attended the founding meeting.") == "background"


def test_what_followed_an_earlier_event_told_as_a_recap_is_history() -> None:
    assert label("Since then, things have only got worse.") == "background"
    # Mid-sentence, "since then" may date a state from today's event.
    assert label("The crossing closed on Monday and has stayed shut since then.") == "development"


def test_a_previously_unknown_group_is_news() -> None:
    assert label("A previously unknown group claimed the attack.") == "development"
    assert label("The group had previously claimed attacks in the north.") == "background"


def test_the_news_tied_to_an_earlier_move_in_the_present_tense() -> None:
    text = "The move comes a month after the ministry tightened controls on chemical exports."
    assert label(text) == "background"


def test_a_weekday_in_a_description_of_the_subject_does_not_date_its_clause() -> None:
    text = "The group, the militia the army said it struck on Tuesday, has claimed many attacks."
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    assert cues.strong_now and not cues.own_strong_now
    assert time_cues("The army struck the group on Tuesday.", PUBLISHED, 2031).own_strong_now


def test_credit_lines_and_press_release_footers_are_not_the_story() -> None:
    assert is_credit("Associated reporting by A. Writer in the capital.")
    assert is_credit("(Additional reporting by B. Writer; editing by C. Editor)")
    assert not is_credit("Reporting from the border, our correspondent saw tanks.")
    assert is_housekeeping("For information media.")
    assert is_housekeeping("Not an official record.")
    assert not is_housekeeping("The minutes were not an official record of the talks.")
    # a release's own dateline line and its footer, even after a background sentence
    for note in (
        "Ministry of Foreign Affairs, Valdoria, 14 December 2030 — Press release",
        "Further information is available from the Office of Public Affairs.",
        "Contact: Press Office, Ministry of Foreign Affairs, Valdoria.",
        "Media contacts: Communications Unit, Port Vale.",
    ):
        assert is_housekeeping(note), note
        assert label(note, previous="background") == "other", note
    assert not is_housekeeping("The ministry issued a press release on Tuesday.")
    assert not is_housekeeping("More information came to light in 2019, the report said.")


@pytest.mark.parametrize(
    "text",
    [
        "A team of humanitarian experts is already on its way to the port.",
        "The capital is also sending a team of doctors and rescuers.",
        "Small groups are also marching in neighbouring cities, under police watch.",
    ],
)
def test_something_going_on_after_an_adverb_is_no_standing_fact(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


def test_a_look_ahead_does_not_continue_history_on_a_tie() -> None:
    text = "Its president has since said he would keep trying to bring the leaders together."
    assert label(text, previous="background") == "development"
    assert label("Its president has since resigned.", previous="background") == "background"


def test_a_communique_turning_to_what_came_before_is_background() -> None:
    recalled = "It will be recalled that the lower house voted on 12 April to extend the terms."
    assert label(recalled) == "background"
    assert label(recalled, speaker=True) == "background"
    pertinent = "It is pertinent to mention that a man burned a book outside the mosque on Monday."
    assert label(pertinent) == "background"
    assert label("It is reported that the minister will travel on Monday.") == "development"


def test_the_news_following_an_earlier_event_in_the_present_tense() -> None:
    text = "The crisis follows the dismissal last week of the vice president."
    assert label(text) == "background"


def test_a_quotation_running_over_sentences_is_words_not_narration() -> None:
    closing = 'This is about a promise made in 1984." — a diplomat in the city'
    assert label(closing) == "development"
    assert label('"The border was drawn in 1921.') == "development"
    # A quoted phrase inside narration does not stop a history cue.
    assert label('The treaty of 1921 called the river "the border".') == "background"


def test_an_aside_about_a_place_does_not_date_the_sentence() -> None:
    # PUBLISHED is 14 May.
    text = "The authorities should restore access in the region, where it has been cut since 1 May."
    assert label(text) == "development"
    assert label("Access in the region has been cut since 1 April.") == "background"


def test_what_was_done_in_recent_years_is_history() -> None:
    text = "The kingdom has in recent years introduced a number of social reforms."
    assert label(text) == "background"
    assert label("The kingdom has introduced a number of social reforms.") == "development"


def test_a_standing_rule_under_the_constitution_or_system_is_background() -> None:
    text = "Under the power-sharing system, the prime minister must be chosen from the assembly."
    assert label(text) == "background"
    assert label("Under the new rules, traders must register by Friday.") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Beijing's ambassador warned at the time that consumers might boycott its goods.",
        "A panel of UN experts reported last year that soldiers were operating with the rebels.",
        "President Farah said in January that no one could take a single drop of its water.",
        "The country's then prime minister, Ana Ruiz, said her government would never yield.",
        "The foreign minister said in 2029 that the border was not negotiable.",
        # a month after the article's own, no year: last year's (the article is of May)
        "The foreign minister said in November that the border was not negotiable.",
    ],
)
def test_words_dated_before_the_story_are_background(text: str) -> None:
    # The saying is dated by the time right after its verb or by an office held then; what
    # the words say of later times ("would never yield") does not make them news.
    assert label(text, speaker=True) == "background"


@pytest.mark.parametrize(
    "text",
    [
        # the month before may be the story's own start (the article is of mid-May)
        "The foreign minister said in April that the border was not negotiable.",
        "The ambassador warned on Tuesday that consumers might boycott its goods.",
        # the office held then is in what was said, not the speaker's
        "The minister said the then president had agreed to the talks.",
        # the time of an event named, which may be this week's
        "The ministry said at the time of Monday's strike that it would respond.",
    ],
)
def test_words_of_the_story_stay_reactions(text: str) -> None:
    assert label(text, speaker=True) == "reaction"


def test_the_news_weekday_is_the_leads_first_or_the_articles_own() -> None:
    assert news_weekday("Police arrested 370 people on Wednesday.", PUBLISHED) == 2
    # a weekday naming an event is not the day of the news, unless no other is named
    won = "The council declared him the winner of Sunday's vote early on Monday."
    assert news_weekday(won, PUBLISHED) == 0
    assert news_weekday("Sunday's vote was declared void.", PUBLISHED) == 6
    assert news_weekday("Leaders met in Brussels.", PUBLISHED) == PUBLISHED.weekday()
    assert news_weekday("Leaders met in Brussels.", None) is None


def test_a_start_on_a_day_before_the_news_is_history() -> None:
    # PUBLISHED is a Wednesday; the lead's news is of Tuesday.
    start = "The violence erupted on Monday after the cleric said he was quitting politics."

    def labelled(text: str, news_day: int) -> str:
        return label(text, speaker=True, news_day=news_day)

    assert labelled(start, 1) == "background"
    protests = "The protests began Sunday in the oil town over fuel prices."
    assert labelled(protests, 1) == "background"
    # the start on the news day itself is the news
    assert labelled(start, 0) == "reaction"
    # a start in a relative clause is what the speaker speaks of, not the sentence's event
    concern = "The envoy voiced concern over the clashes that broke out on Sunday in the capital."
    assert labelled(concern, 1) == "reaction"
    # Tuesday is after a Monday lead in this Wednesday paper
    talks = "Talks began on Tuesday in the capital."
    assert not time_cues(talks, PUBLISHED, PUBLISHED.year, 0).origin


def test_a_record_the_event_sets_does_not_date_it() -> None:
    record = (
        "The security service raised the threat level to four on Thursday, the first increase "
        "since 2016, citing a shift in the risk."
    )
    assert label(record) == "development"
    # a state lasting since that year is still history
    assert label("The two sides have been at odds with the West since 2016.") == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands marched week after week in the months that followed.",
        "The country has claimed the region since the 19th century.",
    ],
)
def test_what_followed_long_ago_and_claims_since_a_century_are_background(text: str) -> None:
    assert label(text) == "background"


def test_a_verb_of_state_closing_the_sentence_is_a_noun() -> None:
    assert label("Two neighbours sent planes with rescue workers and supplies.") == "development"
    assert label("The island imports most of its food.") == "background"


def test_under_a_background_heading_days_before_the_leads_are_history() -> None:
    # PUBLISHED is a Wednesday; the lead's news is of Wednesday (2).
    def under(text: str, speaker: bool = False) -> str:
        return label(text, speaker=speaker, under_heading=True, news_day=2)

    assert under("Police raided the presidential office on Monday.") == "background"
    # the lead's own day is this week's news
    assert under("Police raided the presidential office on Wednesday.") == "development"
    # someone's words of an earlier day are still their reaction
    assert under("Activists announced on Monday that they were leaving.", True) == "reaction"


def test_a_claim_held_since_long_ago_in_the_present_perfect_is_a_position() -> None:
    held = "The republic has claimed the region since 1841 and argues that the award was a fraud."
    assert label(held, speaker=True) == "background"
    # a cue of now other than the present perfect still makes it news
    news = "The republic has claimed the region since 1841 and will now hold a referendum on it."
    assert label(news, speaker=True) == "reaction"


def test_a_record_told_in_the_present_perfect_is_history() -> None:
    text = "The man has repeated the act several times since, and others have copied him."
    assert label(text) == "background"


def test_the_past_that_did_not_happen_is_no_cue_of_now() -> None:
    text = (
        "Previous efforts have stalled: in March, two members vetoed a draft that would have "
        "punished the government for its missile tests."
    )
    assert label(text) == "background"
    assert not time_cues(text, PUBLISHED, PUBLISHED.year).ahead


def test_only_a_span_of_time_ties_the_news_to_what_came_before() -> None:
    tied = time_cues("The move came two weeks after the talks collapsed.", PUBLISHED, 2031)
    assert tied.origin
    back = "The internet came back on Monday after five days of darkness."
    assert not time_cues(back, PUBLISHED, 2031).origin


def test_a_party_following_others_is_no_earlier_event() -> None:
    # "followed on ... with" is a party acting next; "followed a blast" ties the news to one
    aid = "The European Union followed on 9 May with a package of emergency aid."
    assert not time_cues(aid, PUBLISHED, 2031).origin
    soon = "The United Kingdom followed within a week, its envoy saying it wished them well."
    assert not time_cues(soon, PUBLISHED, 2031).origin
    assert time_cues("The fighting followed a blast near the border.", PUBLISHED, 2031).origin


def test_the_start_of_something_named_in_a_relative_clause_is_not_the_sentences() -> None:
    named = (
        "The disaster has sped up the thaw between the two capitals, a process that began "
        "with the reopening of an embassy in March."
    )
    assert not time_cues(named, PUBLISHED, 2031).origin
    subject = "The conflict, which erupted in March, has killed thousands of people."
    assert time_cues(subject, PUBLISHED, 2031).origin


def test_a_state_told_with_under_or_at_and_a_bare_noun_is_the_state_of_now() -> None:
    assert label("A third of the province is under water.") == "development"
    assert label("Not all of the neighbours are at ease.") == "development"
    # a place told with a determiner is still where it stands
    assert label("The island is at the mouth of the river.") == "background"


def test_the_is_of_a_clause_inside_or_of_a_wh_opening_is_no_standing_fact() -> None:
    # the main verb is "cannot establish"; "who is responsible" is what is not known
    assert label("Doctors cannot establish who is responsible for the attack.") == "development"
    # a pseudo-cleft judges the news ("What is new is ..."), it states no standing fact
    assert time_cues("What is new is the scale of the damage.", PUBLISHED, 2031).past == 0
    # the plain "is" of a main clause still states one, after a relative clause too
    assert label("The strait that links the two seas is the only outlet to the ocean.") == (
        "background"
    )


def test_a_reports_account_of_itself_and_its_disclaimer_are_page_notes() -> None:
    # a think tank's commentary tells what it covers and whose views it holds: not the story
    assert is_housekeeping("This commentary looks at how the decisions were taken.")
    assert is_housekeeping("This analysis examines why the talks failed.")
    assert is_housekeeping("The views expressed are those of the authors.")
    assert label("The views expressed are the author's own.", previous="background") == "other"
    assert not is_housekeeping("The views of the two governments remain far apart.")
    assert not is_housekeeping("The commentary drew an angry response from the ministry.")


def test_a_press_contact_line_and_a_guide_to_the_text_are_page_notes() -> None:
    assert label("For media enquiries, contact the press service of the ministry.") == "other"
    assert label("Here are the answers to the main questions about the attack.") == "other"
    assert label("Here the army had set up its first checkpoint.") != "other"


@pytest.mark.parametrize(
    "text",
    [
        "The largest protest in the country's modern history has left the government reeling.",
        "An aid plane landed in the city, the first since the two governments cut ties in 2012.",
        "Turnout on Sunday was higher than at any time in its 75-year history.",
        "The aviation authority grounded every civilian flight, the first such order in "
        "American history.",
        "A state of emergency, the first in New Zealand's history, was declared on Wednesday.",
        "The ringgit has fallen to its lowest level since 1998.",
    ],
)
def test_a_record_measured_against_history_does_not_date_the_news(text: str) -> None:
    assert not time_cues(text, PUBLISHED, 2031).long_standing
    assert label(text) == "development"


def test_a_history_of_its_own_is_still_long_standing() -> None:
    assert label("The two neighbours have a long history of border disputes.") == "background"


@pytest.mark.parametrize(
    "text",
    ["The farmers' grievances are not new.", "Raids of this kind are nothing new."],
)
def test_a_thing_said_to_be_not_new_has_a_history(text: str) -> None:
    # "is not new" tells the reader it goes back: the history follows
    assert time_cues(text, PUBLISHED, 2031).long_standing
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 Danish citizens live in the republic.",
        "About 900 foreigners work on the island.",
    ],
)
def test_a_count_of_people_living_somewhere_is_standing_context(text: str) -> None:
    assert time_cues(text, PUBLISHED, 2031).past >= 1
    assert label(text) == "background"
    # people counted doing something are the news
    assert label("Some 4,000 Danish citizens marched in the capital.") == "development"


def test_a_sentence_opening_on_its_question_looks_ahead_whatever_history_it_names() -> None:
    text = (
        "The question is whether the strike stays a single flare-up or marks the start of open "
        "resistance to a ruler who has held power since 1979."
    )
    assert time_cues(text, PUBLISHED, 2031).long_standing
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


def test_quoted_words_of_the_past_are_the_speakers_not_history() -> None:
    # the first sentence of a quotation running on: its "for decades" is the speaker's
    assert label('"For decades we were told to stay silent.', speaker=True) == "reaction"
    # dated before the story, the words themselves are history
    assert label('"We will never give up the valley," the king said in 1994.', speaker=True) == (
        "background"
    )


def test_a_plan_named_as_a_thing_does_not_look_ahead() -> None:
    # "part of a plan to cut ...": the plan is a thing the sentence names, told in its verb's
    # past; only someone planning ("the ministry plans to") looks ahead
    text = "The price rises were part of a plan to cut the cost of fuel subsidies."
    cues = time_cues(text, PUBLISHED, 2031)
    assert not cues.ahead
    assert cues.now == 0
    assert label(text, previous="background") == "background"
    assert time_cues("The ministry plans to cut fuel subsidies.", PUBLISHED, 2031).ahead


def test_something_new_is_not_long_standing() -> None:
    assert not time_cues("The tactic is new.", PUBLISHED, 2031).long_standing
    assert not time_cues("Nothing in the statement was new.", PUBLISHED, 2031).long_standing


@pytest.mark.parametrize(
    "text",
    [
        "Germany dropped its long-standing refusal to send arms and said it would deliver "
        "anti-tank weapons.",
        "Pakistan, a long-standing arms supplier, has offered diplomatic cover.",
        "The ruling revived the decades-old quarrel over the river.",
    ],
)
def test_a_long_standing_epithet_does_not_date_the_sentence(text: str) -> None:
    # the epithet names what the thing or the party is, not when the sentence's event was
    assert not time_cues(text, PUBLISHED, 2031).long_standing
    assert label(text, speaker=True) == "reaction"


def test_long_standing_told_of_the_subject_still_dates_it() -> None:
    for text in (
        "The dispute is long-standing and has poisoned relations.",
        "Relations have been long-standing but cool.",
    ):
        assert time_cues(text, PUBLISHED, 2031).long_standing, text


@pytest.mark.parametrize(
    "text",
    [
        "The new parliament's term begins in September.",
        "The permit for the second crossing will expire in July.",
        "The president, who faces elections in October, visited the province.",
    ],
)
def test_a_month_ahead_of_the_article_is_to_come_not_history(text: str) -> None:
    # PUBLISHED is in May: a later month, no year, with something to come is ahead
    assert time_cues(text, PUBLISHED, 2031).past == 0
    assert label(text) == "development"
    # told in the past, the same month is last year's
    assert label("The council passed the law in late September.") == "background"


def _under_heading(text: str) -> str:
    return label(text, under_heading=True)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not let this country fall into another war." — a commander quoted on radio',
        "The government has said it has met all their demands.",
        "The students say it has not.",
    ],
)
def test_words_told_as_of_now_under_a_background_heading_are_not_history(text: str) -> None:
    assert _under_heading(text) == "development"


def test_words_dated_or_long_standing_under_a_background_heading_stay_history() -> None:
    assert _under_heading("The country says the border was fixed by a treaty in 1899.") == (
        "background"
    )
    assert _under_heading("The opposition has long said the vote was rigged.") == "background"
    assert _under_heading("Students occupied the faculties for three months.") == "background"


def test_words_coming_after_an_earlier_move_are_the_storys_not_history() -> None:
    remarks = "His remarks came a day after the president apologised in a phone call."
    assert not time_cues(remarks, PUBLISHED, 2031).origin
    assert label(remarks) == "development"
    # a move tied to an earlier one still recalls it
    assert time_cues("The move came a day after the talks collapsed.", PUBLISHED, 2031).origin


@pytest.mark.parametrize(
    "text",
    [
        "For the EU, the dilemma is familiar and the choice was made in 2012.",
        "For Aliyev, a public admission was a victory he had sought since December.",
        "For the separatists, this was the bitterest part of a year that began in March.",
    ],
)
def test_the_story_weighed_from_one_sides_point_of_view_is_no_history(text: str) -> None:
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "For three decades, the region received gas under a deal signed in 1992.",
        "For most of the Cold War, the border was one of the quietest in Europe.",
        "For more than two weeks in 2018, the crossing stayed closed.",
        "For the EU, the dispute has long been a test of its unity.",
    ],
)
def test_a_span_of_time_or_a_long_standing_cue_after_for_is_still_history(text: str) -> None:
    assert label(text) == "background"


def test_a_perspective_opening_does_not_join_the_history_after_it() -> None:
    view = "For the EU, the dilemma is familiar."
    history = ["The country applied to join in 2009.", "Talks stalled in 2018."]
    settled = settle_paragraphs(_paragraphs(LEAD, NEWS, [view, *history]))
    assert settled[4:] == ["development", "background", "background"]
    news_less = "The dilemma is familiar to everyone in the region."
    settled = settle_paragraphs(_paragraphs(LEAD, NEWS, [news_less, *history]))
    assert settled[4] == "background"


@pytest.mark.parametrize(
    "opening",
    [
        "Analysts in the capital said the request was aimed at a domestic audience.",
        "Both sides spoke of turning the page after the meeting.",
        "The minister told reporters the border would stay closed.",
    ],
)
def test_what_someone_says_does_not_open_the_history_after_it(opening: str) -> None:
    history = ["The country applied to join in 2009.", "Talks stalled in 2018."]
    settled = settle_paragraphs(_paragraphs(LEAD, NEWS, [opening, *history]))
    assert settled[4:] == ["development", "background", "background"]


@pytest.mark.parametrize(
    "heading",
    ["Who is Sergei Skripal?", "What is Nagorno-Karabakh?", "Who are the Houthis?"],
)
def test_an_explainers_question_about_who_or_what_a_party_is_opens_context(heading: str) -> None:
    assert is_background_heading(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "What is at stake?",
        "Who is to blame?",
        "What is next?",
        "What are they saying?",
        "What is the EU doing?",
        "What is the EU's position?",
        "What was he poisoned with?",
        "Who is behind the attack?",
        "What is known so far",
    ],
)
def test_a_question_about_what_is_going_on_opens_no_context(heading: str) -> None:
    assert not is_background_heading(heading)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has complained for months that the inspections amount to a blockade.",
        "The two governments have argued for weeks over the route.",
    ],
)
def test_a_state_lasting_weeks_or_months_in_the_present_perfect_is_a_position(text: str) -> None:
    assert label(text, speaker=True) == "background"


def test_a_day_or_month_after_by_is_a_time_not_a_byline() -> None:
    assert not is_credit("By Friday, Japan had closed its embassy.")
    assert not is_credit("By December, Japan had recalled its ambassador.")
    assert is_credit("By June Thomas, Tokyo correspondent.")  # a name that is a month


def test_within_hours_ties_a_past_perfect_to_the_news() -> None:
    assert label("Within hours, Japan had closed its embassy.") == "development"
    assert label("Japan had closed its embassy in 1998.") == "background"


def _story(headline: str, *paragraphs: str, acting: bool = False, news_day: int = 1) -> list[str]:
    """Labels of a short story published on PUBLISHED (a Wednesday) whose lead tells Tuesday's
    news, read as the pipeline reads it: one by one, then settled; `acting`: the first sentence
    after the lead is a third party's act."""
    seen = [Labelled(1, "other", time_cues(headline, PUBLISHED, PUBLISHED.year), text=headline)]
    for number, paragraph in enumerate(paragraphs, start=2):
        previous = None
        for text in paragraph.split("|"):
            cues = time_cues(text, PUBLISHED, PUBLISHED.year, news_day)
            first = label_sentence(
                text, heading=False, has_speaker=False, cues=cues, previous=previous
            )
            third = acting and number == 3 and previous is None
            seen.append(Labelled(number, first, cues, text=text, acting=third))
            previous = first
    return settle_paragraphs(seen)[1:]


LEAD_NEWS = "Allies on Tuesday expelled more than 100 diplomats over the attack."
FOUND = (
    "Two people were found unconscious on a bench on April 20.|"
    "Police took over the inquiry two days later.|"
    "Officers keep guard outside the hospital."
)


def test_the_storys_start_dated_weeks_before_the_news_is_history() -> None:
    labels = _story("Allies expel diplomats", LEAD_NEWS, FOUND)
    # the start and the narration told on from it; present-tense news ends the run
    assert labels == ["development", "background", "background", "development"]


@pytest.mark.parametrize(
    "text",
    [
        # the day names only the event the state of now is measured from
        "The poisoning of the two on April 20 has not shaken the government.",
        "Since the emergency was declared on April 20, more than 1,000 people have been held.",
        "Ministers are negotiating a new cabinet after the election of April 20.",
    ],
)
def test_a_start_named_in_a_sentence_about_now_is_not_told_as_history(text: str) -> None:
    assert _story("Allies expel diplomats", LEAD_NEWS, text)[1] == "development"
    # told in the past it is the story's start, also after a modal ("would have")
    told = "The plan agreed on April 20 would have taxed every depositor."
    assert _story("Allies expel diplomats", LEAD_NEWS, told)[1] == "background"


def test_a_start_within_days_of_the_news_or_a_third_partys_act_stays_news() -> None:
    days_before = FOUND.replace("April 20", "May 10")
    assert _story("Allies expel diplomats", LEAD_NEWS, days_before)[1] == "development"
    assert _story("Allies expel diplomats", LEAD_NEWS, FOUND, acting=True)[1] == "development"


def test_a_period_the_headline_names_is_the_news() -> None:
    # "the April 2031 crisis": the article covers April; its first event is the news's
    labels = _story("The April 2031 nerve-agent crisis", LEAD_NEWS, FOUND)
    assert labels[1:3] == ["development", "development"]
    # a period long before is history the headline recalls, not the span of the news
    assert _story("Twenty years after the 2011 war", LEAD_NEWS, FOUND)[1] == "background"


@pytest.mark.parametrize(
    "heading",
    [
        "Who is in charge?",
        "Who is in charge in the capital?",
        "What is in the agreement?",
        "Who is against the deal?",
        "Who is on which side?",
        "What is left of the old town?",
        "What is still open?",
    ],
)
def test_a_question_about_where_things_stand_opens_no_context(heading: str) -> None:
    assert not is_background_heading(heading)
    assert is_background_heading("What is the dispute about?")  # a thing named: its past


def test_a_question_about_what_a_party_does_is_no_background_heading() -> None:
    assert is_background_heading("Who is Sergei Skripal?")
    assert not is_background_heading("What is the United Nations asking for?")
    assert not is_background_heading("What are the rebels fighting over?")


@pytest.mark.parametrize(
    "text",
    [
        "More rain is forecast for the coast, and doctors fear outbreaks of cholera.",
        "Talks are held behind closed doors at the border post.",
    ],
)
def test_an_irregular_passive_is_no_standing_fact(text: str) -> None:
    assert label(text) == "development"
    # a plain "is" still states one
    assert label("The strait is the only outlet to the sea.") == "background"


def test_a_sentence_opening_earlier_than_the_news_day_is_history() -> None:
    text = "Earlier on Monday, protesters had scaled the walls of the embassy."
    # PUBLISHED is a Wednesday; the lead's news is of Tuesday
    cues = time_cues(text, PUBLISHED, PUBLISHED.year, 1)
    assert label_sentence(text, heading=False, has_speaker=False, cues=cues, previous=None) == (
        "background"
    )
    # the news day's own events are the news
    news = "Earlier on Tuesday, protesters had scaled the walls of the embassy."
    cues = time_cues(news, PUBLISHED, PUBLISHED.year, 1)
    assert label_sentence(news, heading=False, has_speaker=False, cues=cues, previous=None) == (
        "development"
    )


def test_hours_of_the_news_day_are_not_history() -> None:
    # a time of day ("by mid-afternoon") tells the news day, whatever the tense
    assert label("By mid-afternoon most of the boats had turned back.") == "development"
    # "the previous 24 hours" are the news's; "the previous government" is history
    assert time_cues("Over the previous 24 hours, protests spread.", PUBLISHED, 2031).past == 0
    assert time_cues("The previous government signed it.", PUBLISHED, 2031).past >= 1


def test_a_start_dated_across_the_turn_of_the_year_or_in_the_articles_year_is_anchored() -> None:
    january = date(2031, 1, 3)
    # "December 28" in a January 3 story is six days before, not next December
    text = "The blockade began on December 28 after a patrol boat was seized."
    assert time_cues(text, january, 2031).origin
    # a month of the article's own year, with its year written
    text = "The blockade began in March 2031 after a patrol boat was seized."
    assert time_cues(text, PUBLISHED, 2031).origin
    # a start on the article's own day is the news
    text = "The blockade began on May 14 after a patrol boat was seized."
    assert not time_cues(text, PUBLISHED, 2031).origin


def test_a_state_lasting_since_a_month_weighs_alike_on_either_side_of_the_new_year() -> None:
    # (a May story: last December and this March are both months back)
    december = time_cues("The town has been under siege since December.", PUBLISHED, 2031)
    march = time_cues("The town has been under siege since March.", PUBLISHED, 2031)
    assert december.past == march.past >= 2
    # "until" a later month of the article's year is ahead, an earlier one past
    assert time_cues("The crossing stays shut until September.", PUBLISHED, 2031).now == 1
    assert time_cues("The crossing stayed shut until March.", PUBLISHED, 2031).past == 1


MET = "Ministers met in Brussels to agree the list."


def test_a_closed_happening_of_the_days_before_the_news_is_history() -> None:
    # the crash the news answers, told apart from the lead, is an earlier, separate event
    crash = "The airliner crashed near the border on Sunday."
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, crash)[2] == "background"
    # only the earliest day the article dates: a later one is the news's
    both = crash + "|Rescuers reached the wreck on Monday."
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, both)[2:] == [
        "background",
        "development",
    ]
    # in the lead's own paragraphs it is the news's
    assert _story("Allies expel diplomats", LEAD_NEWS, crash)[1] == "development"


@pytest.mark.parametrize(
    "text",
    [
        # what someone said, quoted words, a toll lasting since the day, a phase going on
        "Police said the airliner crashed near the border on Sunday.",
        "At least 40 people have been killed since Sunday.",
        'On Sunday crowds chanted "freedom" in the square.',
        "Protesters clashed with police for a third night on Sunday.",
        # the start of the news itself
        "The attack began at 9 p.m. on Sunday, when gunmen breached the walls.",
        # the lead's own subject going on
        "Allies first met on Sunday to draw up the list.",
        # a state of now or a look ahead, not a happening told in the past
        "The pilot was arrested on Sunday and has been remanded in custody.",
        "Schools were closed until Sunday to save power.",
        "Results for the presidency are expected by Sunday.",
        # a witness's or a film's report of the day, not the happening told
        "Witnesses described soldiers blocking the exits on Sunday.",
        "Video posted online showed police firing on the crowd on Sunday.",
    ],
)
def test_a_happening_that_is_not_closed_or_is_the_leads_own_stays_news(text: str) -> None:
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, text)[2] == "development"


def test_a_reports_chronology_stays_news() -> None:
    masthead = "Briefing note · Institute for Peace Studies · 14 May 2031"
    crash = "The airliner crashed near the border on Sunday."
    labels = _story("Allies expel diplomats", masthead, LEAD_NEWS, MET, crash)
    assert labels[3] == "development"


def test_the_sides_words_after_the_days_happening_stay_reactions() -> None:
    crash = "The gunboats were intercepted near the strait on Sunday."
    said = "The navy said a coast guard vessel rammed the tug."
    seen = [
        Labelled(1, "other", time_cues("Allies act", PUBLISHED, 2031), text="Allies act"),
        Labelled(2, "development", time_cues(LEAD_NEWS, PUBLISHED, 2031, 1), text=LEAD_NEWS),
        Labelled(3, "development", time_cues(MET, PUBLISHED, 2031, 1), text=MET),
        Labelled(4, "development", time_cues(crash, PUBLISHED, 2031, 1), text=crash),
        Labelled(4, "reaction", time_cues(said, PUBLISHED, 2031, 1), True, said, lead_party=True),
    ]
    assert settle_paragraphs(seen)[3:] == ["background", "reaction"]


def test_the_narration_told_on_from_the_happening_is_the_happenings() -> None:
    crash = "The airliner crashed near the border on Sunday."
    told_on = crash + "|Thirty people were killed.|His whereabouts have not been confirmed."
    labels = _story("Allies expel diplomats", LEAD_NEWS, MET, told_on)
    # plain narration goes on with it; a state of now (the present tense) ends the run
    assert labels[2:] == ["background", "background", "development"]
    # a cue of now ends it too
    now = crash + "|Rescuers are still searching the wreck."
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, now)[3] == "development"
    # and so does what witnesses say of it: the news's report
    said = crash + "|Survivors said they heard a loud bang.|Thirty people were killed."
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, said)[2:] == [
        "background",
        "development",
        "development",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Forward this to a colleague who needs it.",
        "Reply to this email with tips and comments.",
        "Times are Lisbon time (GMT+1).",
        "Reporting from the capital is restricted; we rely on agencies and witnesses.",
        "Here is a round-up.",
        "Here is where governments stand as of Friday morning.",
    ],
)
def test_a_newsletters_or_a_live_pages_notes_to_the_reader_are_other(text: str) -> None:
    assert is_housekeeping(text)
    assert label(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Forward units crossed the river at dawn.",
        "Times are hard for the fishing towns of the coast.",
        "Reporting from the front line is dangerous work.",
        "Here the river runs fast between the two banks.",
    ],
)
def test_story_sentences_with_the_same_opening_words_are_no_notes(text: str) -> None:
    assert not is_housekeeping(text)


@pytest.mark.parametrize(
    "text",
    [
        # an authority's proclamation or ruling answers the news
        "The president declared Monday a day of national mourning.",
        "The ruling party expelled the governor and his son on Sunday.",
        "The clerics' council issued a ruling on Sunday forbidding the looting.",
        # and a leader's visit, call or recall, or a fleet grounded
        "The French president flew to the capital on Sunday to visit the site.",
        "On Sunday the premier visited the flooded town for the first time.",
        "The prime minister spoke to his Spanish counterpart on Sunday.",
        "The agency's director was recalled to the capital on Sunday.",
        "The airline grounded its remaining jets on Sunday.",
        # so does a market's move
        "Oil prices rose more than 3 percent in early trade on Sunday.",
        "The miner's shares fell by 6 per cent on Sunday.",
        # a line too short to tell a happening
        "More on Sunday.",
    ],
)
def test_an_answer_to_the_news_is_never_the_happening_that_began_it(text: str) -> None:
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, text)[2] == "development"
    # (a happening of the same day, told the same way, still is)
    crash = "The airliner crashed near the border on Sunday."
    assert _story("Allies expel diplomats", LEAD_NEWS, MET, crash)[2] == "background"


def test_a_date_to_come_looks_ahead() -> None:
    for text in (
        "The general election is due on April 11.",
        "A vote is scheduled for March.",
        "Talks are due in June.",
    ):
        assert time_cues(text, PUBLISHED, PUBLISHED.year).ahead, text
    # (a cause is no date: "due in part to")
    assert not time_cues("The rise is due in part to the drought.", PUBLISHED, 2031).ahead


def test_a_present_perfect_after_also_or_already_tells_now() -> None:
    also = time_cues("Four other states have also committed jets.", PUBLISHED, 2031)
    plain = time_cues("Four other states committed jets.", PUBLISHED, 2031)
    assert also.now > plain.now == 0
    assert time_cues("Two states have already pledged aid.", PUBLISHED, 2031).now >= 1


def test_a_judgement_of_what_the_news_shows_does_not_open_a_history_paragraph() -> None:
    history = "More than 400 inmates have died in riots there since 2021."
    judged = "The vote shows that the government can count on its neighbours."
    sentences = _paragraphs(LEAD, NEWS, [judged, history])
    assert settle_paragraphs(sentences)[-2:] == ["development", "background"]
    # (a plain opening before history still turns to it)
    opening = "Prisons have become the gangs' headquarters."
    assert settle_paragraphs(_paragraphs(LEAD, NEWS, [opening, history]))[-2] == "background"


#: Every pattern the labeller runs: its package's modules and the timeline's.
_PATTERNS = list(
    dict.fromkeys(
        p
        for module in (
            timeline,
            *(
                importlib.import_module(f"{labels.__name__}.{info.name}")
                for info in pkgutil.iter_modules(labels.__path__)
            ),
        )
        for p in vars(module).values()
        if isinstance(p, re.Pattern)
    )
)
_SENTENCES = [
    LEAD_NEWS,
    *FOUND.split("|"),
    "ATHENS, Aug 11 (Wire) - Greece said on Tuesday it had put its navy on alert.",
    "Since 2019, the two navies have shadowed each other, officials said last year.",
    "The conflict, which erupted in March, has killed thousands of people since Sunday.",
    "In November 2029 the council, once a rival, had long opposed any change to the treaty.",
    'Earlier on Monday, protesters had scaled the walls, chanting "we will not leave here".',
    "By mid-afternoon most of the boats had turned back; talks are due to resume next week.",
    "Analysts say the strait accounts for a fifth of exports, the largest share in history.",
    "Additional reporting by Jane Doe. All times are local. What is Nagorno-Karabakh?",
    "For the EU, the dilemma is familiar: it is unclear who fired first on 27 June.",
    "The standoff began on April 2, when a patrol boat was seized two days later.",
]


def test_every_pattern_of_the_labeller_reads_alike_through_the_sieve() -> None:
    """The labeller runs its patterns through the prefilter's sieve (skipped where their
    literals are missing): each must find there what it finds on its own."""
    assert len(_PATTERNS) > 60  # (a table moved into a new module stays under test)
    for text in _SENTENCES:
        sieve = Sieve(text)
        for pattern in _PATTERNS:
            spans = [m.span() for m in sieve.finditer(pattern)]
            assert spans == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
            assert (sieve.search(pattern) is None) == (pattern.search(text) is None)


def test_time_cues_read_a_stripped_clause_through_its_own_sieve() -> None:
    """What the time cues strip before a second look ("has claimed", a weekday) is read
    through a sieve of the stripped text, or the sentence's own when nothing was stripped:
    the pattern's own results either way."""
    text = "Police said on Monday the talks would resume today."
    sieve = Sieve(text)
    assert _sieve_for(sieve.sub(re.compile("absent"), ""), sieve) is sieve
    stripped = _sieve_for(sieve.sub(_WEEKDAY, ""), sieve)
    assert stripped.text == "Police said on  the talks would resume today."
    found = stripped.search(_NOW_STRONG)
    assert found is not None and found.group(0) == "today"
    assert _sieve_for(Sieve("on Monday").sub(_WEEKDAY, ""), sieve).search(_NOW_STRONG) is None


@pytest.mark.parametrize(
    "text",
    [
        "The most likely outcome is a long arbitration case and a lasting chill between them.",
        "A return to talks is unlikely before the autumn.",
        "Madrid should work through Brussels rather than alone.",
        "Whether the customs union agreed in October survives the first trade dispute.",
        "Whether Europe draws that lesson before 2040 is the question for the next decade.",
        "The general is likely to seek a return to the fold, a balance his predecessor never "
        "attempted in 2019.",
    ],
)
def test_the_writers_outlook_advice_or_open_question_is_no_history(text: str) -> None:
    # past cues or a history paragraph before would make each background without the rule
    assert label(text) == "development"
    assert label(text, previous="background") == "development"
    assert labels.is_outlook(text, time_cues(text, PUBLISHED, PUBLISHED.year))


@pytest.mark.parametrize(
    "text",
    [
        # a long-standing state keeps it history
        "Neither capital should expect quick results: the president has outlasted every "
        "foreign critic since 1989.",
        # "should" inside a wh-clause or a relative is not the writer's own advice
        "The truce of 1991 was meant to be followed by a referendum that never took place, as "
        "the two sides disagreed over who should be allowed to vote.",
        "The mandate had expired in February after months of wrangling over how elections "
        "should be conducted.",
    ],
)
def test_should_or_likely_outside_the_writers_own_clause_leaves_history(text: str) -> None:
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties demanded to know why the soldiers had been deployed at all.",
        "It was not clear when the footage had been recorded.",
        "The king walked from the hall, where thousands of people had queued to file past.",
        "Prosecutors opened an inquiry into buildings that fell although they had been restored.",
    ],
)
def test_a_past_perfect_inside_a_clause_does_not_date_the_sentence(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


def test_a_past_perfect_of_the_sentences_own_clause_is_history() -> None:
    assert label("The pilot had been advised by controllers not to land.") == "background"
    assert label("The region had been shaken by smaller tremors before the quake.") == (
        "background"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Tigers retreated into a pocket that the government had declared a no-fire zone.",
        "The assault went far worse than the army had planned.",
        "Pakistan's answer was to deny that any strike had taken place.",
        "The defeats forced the prime minister into a step he had resisted.",
    ],
)
def test_a_past_perfect_in_a_that_or_than_clause_does_not_date_the_sentence(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0


@pytest.mark.parametrize(
    "text",
    [
        "Its demands are simple:",
        "The region is split down the middle:",
        "The picture had been unusually tangled for years:",
    ],
)
def test_a_lead_in_ending_on_a_colon_is_no_history(text: str) -> None:
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "How did a governor elected only in 2029 lose the capital so fast?",
        "Why had the two armies fought for decades over a barren plateau?",
    ],
)
def test_the_writers_question_is_no_history(text: str) -> None:
    # it asks what the sentences after it answer, whatever years it names
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Greece sent emergency supplies of liquefied gas to Bulgaria.",
        "Borders and airspace reopened, and financial transactions were allowed to resume.",
        "The vice-president and the leaders of both houses of Congress resigned too.",
        "Among the hostages are citizens of the United States, Britain and Germany.",
    ],
)
def test_a_noun_or_an_inversion_is_no_verb_of_a_standing_state(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Jordan, a close U.S. ally, hosts more than 650,000 registered refugees.",
        "Nepal depends on its southern neighbour for almost all of its petrol.",
        "South Korea exports more to China than to the United States and Japan combined.",
    ],
)
def test_a_verb_of_a_standing_state_stays_history(text: str) -> None:
    assert label(text) == "background"


def test_a_live_pages_notes_on_itself_are_housekeeping() -> None:
    assert is_housekeeping("This page is no longer being updated.")
    assert is_housekeeping("Updates are in Hong Kong time, newest last.")
    assert not is_housekeeping("Updates are expected from the ministry later in the day.")


def test_a_past_perfect_as_the_sentences_own_verb_is_told_before() -> None:
    def told(text: str) -> bool:
        return time_cues(text, PUBLISHED, PUBLISHED.year).told_before

    assert told("The capital had summoned the ambassador over separate reports.")
    assert told("The president had warned in several calls that patience was running out.")
    assert not told("The capital said the rebels had summoned the ambassador.")
    assert not told("The council voted after the league had called for a no-fly zone.")
    assert not told("The capital summoned the ambassador.")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy had been arrested, the minister said.",
        "They had come, they said, to defend the government.",
        "Order had been restored in the port, officials in the capital said.",
    ],
)
def test_a_past_perfect_someone_reports_is_their_words_not_a_move_before(text: str) -> None:
    assert not time_cues(text, PUBLISHED, PUBLISHED.year).told_before
    assert _later_side(text) == "reaction"


def _news_so_far() -> list[Labelled]:
    """The lead's two sentences and a paragraph of news after them, as labelled before a side's
    or a third party's sentence is settled among them."""
    news = [LEAD[0], LEAD[1], "Officials met in the capital to discuss the crossings."]
    return [
        Labelled(p, "development", time_cues(t, PUBLISHED, PUBLISHED.year), text=t)
        for p, t in enumerate(news, start=1)
    ]


def _later_side(text: str, *, lead_party: bool = True) -> str:
    """The settled label of a side's sentence in the third paragraph, after the lead."""
    seen = _news_so_far()
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    first = label_sentence(text, heading=False, has_speaker=True, cues=cues, previous=None)
    assert first == "reaction"
    side = Labelled(4, first, cues, True, text, lead_party=lead_party)
    return settle_paragraphs([*seen, side])[-1]


def test_a_sides_earlier_move_in_the_past_perfect_is_history() -> None:
    move = "The capital had summoned the neighbour's ambassador over separate reports."
    assert _later_side(move) == "background"
    # a third party's move answers the crisis; a weekday ties it to the news's days
    assert _later_side(move, lead_party=False) == "reaction"
    assert _later_side("The minister, who flew in on Tuesday, had met both leaders.") == (
        "reaction"
    )
    assert _later_side("The capital summoned the neighbour's ambassador.") == "reaction"


def _side_before_history(text: str, after: str, *, lead_party: bool = True) -> str:
    """The settled label of a side's sentence opening the third paragraph, after the lead (of
    Tuesday 13 May 2031), with `after` told next in the same paragraph."""
    seen = _news_so_far()
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    first = label_sentence(text, heading=False, has_speaker=True, cues=cues, previous=None)
    assert first == "reaction"
    then = time_cues(after, PUBLISHED, PUBLISHED.year)
    label_after = label_sentence(after, heading=False, has_speaker=False, cues=then, previous=first)
    side = Labelled(4, first, cues, True, text, lead_party=lead_party)
    return settle_paragraphs([*seen, side, Labelled(4, label_after, then, text=after)])[-2]


def test_a_sides_move_dated_before_the_story_and_followed_by_history_is_history() -> None:
    # May 2031: a move of February, months before any day the story names
    move = "The central bank spent most of its reserves in February defending the currency."
    history = "The peg had held since 1998."
    assert _side_before_history(move, history) == "background"
    # told amid the news, a third party's, or dated within the story: a reaction
    assert _side_before_history(move, "Officials met again to discuss the crossings.") == (
        "reaction"
    )
    assert _side_before_history(move, history, lead_party=False) == "reaction"
    assert _side_before_history(
        "The central bank spent most of its reserves on Monday defending the currency.", history
    ) == ("reaction")


def _amid_history(text: str) -> str:
    """The settled label of a third party's sentence told between two sentences of history in
    the fourth paragraph, after the lead."""
    seen = _news_so_far()
    before = "The two countries fought a short war over the valley in 1994."
    after = "The truce they signed in 1995 has held ever since."
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    paragraph = [
        Labelled(4, "background", time_cues(before, PUBLISHED, PUBLISHED.year), text=before),
        Labelled(4, "reaction", cues, True, text, lead_party=False),
        Labelled(4, "background", time_cues(after, PUBLISHED, PUBLISHED.year), text=after),
    ]
    return settle_paragraphs([*seen, *paragraph])[-2]


def test_words_told_between_two_sentences_of_history_are_history() -> None:
    # the narration of the past runs through a third party's words or act told inside it
    assert _amid_history("The regional bloc condemned the invasion and sent mediators.") == (
        "background"
    )
    # a weekday in its own clause ties it to the news's days
    assert _amid_history("The regional bloc condemned the shelling on Tuesday.") == "reaction"


def test_a_standing_charge_and_its_denial_are_a_position() -> None:
    charge = "The capital accuses its neighbour of arming the rebels, a charge it denies."
    assert label(charge, speaker=True) == "background"
    assert label("The army still accuses its neighbour of arming the rebels, which it denies.") == (
        "background"
    )
    assert label(
        "The capital still accuses its neighbour of arming the rebels, which it denies.",
        speaker=True,
    ) == ("background")
    # told as said, the saying is the news
    said = "He said the boat sank after a collision with a foreign vessel, a claim the navy denies."
    assert label(said, speaker=True) == "reaction"
    assert label("The capital accuses its neighbour of arming the rebels.", speaker=True) == (
        "reaction"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The military council has promised free elections in October.",
        "The province holds a general election in September.",
        "The central bank has promised a new currency by March.",
    ],
)
def test_a_month_the_words_before_it_tell_as_to_come_is_no_history(text: str) -> None:
    # May 2031: read as the coming one (`timeline.governed_ahead`), not last year's
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    # the promise's own month is the past
    assert time_cues("The houses promised in March are unbuilt.", PUBLISHED, 2031).past == 1


def test_a_month_planned_or_expected_is_to_come() -> None:
    # May 2031: October and December are this year's, ahead
    for text in (
        "Norway and Egypt plan a donor conference in Cairo in October.",
        "We expect pressure from Europe to grow in December.",
    ):
        cues = time_cues(text, PUBLISHED, PUBLISHED.year)
        assert cues.past == 0
        assert label(text) == "development"


def test_a_live_blogs_stamped_note_is_housekeeping() -> None:
    assert is_housekeeping("10:15 — A quick recap for readers just joining us.")


def test_a_sides_words_in_the_present_do_not_go_on_with_history() -> None:
    # a side's present saying after history is said now: the news's
    assert _side("Officials in the capital say they were surprised.", "background") == ("reaction")
    assert _side("The capital has told its neighbour to withdraw.", "background") == "reaction"
    assert _side("The capital blamed its neighbour for the mines.", "background") == "background"


def test_a_sides_words_after_history_are_its_answer_unless_told_on_from_it() -> None:
    # what a side said, in the past, after history is its answer to the news
    said = "The ministry said no shots had been fired from the compound."
    assert _side(said, "background") == "reaction"
    assert _side("The capital told envoys that the border would stay open.", "background") == (
        "reaction"
    )
    # told on from the history ("later", "the next day"), it is part of it
    later = "The ministry later said no shots had been fired from the compound."
    assert _side(later, "background") == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Six security guards had been trapped for hours in the embassy's offices.",
        "Votes inside the country had leaned against the amendment for most of the night.",
        "Armoured cars had been drawn up inside the compound since the morning.",
    ],
)
def test_a_span_of_hours_ties_a_past_perfect_to_the_news(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).now >= 1
    assert label(text) == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Elections are expected by the end of the year.",
        "Our recommendation is a common emergency stock for the Community.",
        "The problem is that the capital no longer needs Western money.",
    ],
)
def test_a_time_to_come_the_writers_own_or_a_that_clause_is_no_standing_fact(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0


def test_a_name_ending_in_ed_is_no_past_verb_before_a_standing_fact() -> None:
    text = "The United States is the world's biggest aid donor."
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 1
    assert label(text) == "background"
    # a past verb before the state verb still is one
    assert time_cues("Officials restricted imports of grain.", PUBLISHED, 2031).past == 0


def test_a_state_lasting_a_counted_span_is_long_standing() -> None:
    text = "The two countries have quarrelled over the river for more than a century."
    assert time_cues(text, PUBLISHED, PUBLISHED.year).long_standing
    assert label(text) == "background"
    # a description of the speaker between commas is not the sentence's own state
    aside = "The minister, at odds with the capital for a decade, praised the victories."
    assert not time_cues(aside, PUBLISHED, PUBLISHED.year).long_standing


@pytest.mark.parametrize(
    "text",
    [
        "The shortage has driven prices on the black market to five times the official rate.",
        "The city administration has split in two.",
    ],
)
def test_a_present_perfect_with_an_irregular_participle_is_now(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).now >= 1
    assert label(text, previous="background") == "development"


def test_a_report_with_no_cue_of_its_own_does_not_go_on_with_history() -> None:
    told = "Residents said the shooting began before dawn and lasted for an hour."
    assert label(told, previous="background") == "development"
    # a plain narration with no cue still does
    assert label("The garrison surrendered.", previous="background") == "background"


@pytest.mark.parametrize(
    "text",
    [
        "The dispute has deep roots.",
        "The roots lie in a decade of agitation.",
        "The dispute goes back to independence.",
    ],
)
def test_the_roots_of_the_matter_are_long_standing(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).long_standing
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Six weeks after the earthquake of 2 April 2030, the official count stands at 25,000.",
        "Two weeks after the rebels routed the army in 2030, the prince was in exile.",
        "Three weeks after the execution of the activists, the rulers had few friends left.",
    ],
)
def test_a_span_counted_from_an_event_tells_now(text: str) -> None:
    cues = time_cues(text, PUBLISHED, 2031)
    assert cues.own_strong_now and cues.past == 0 and not cues.long_standing
    assert label(text) == "development"
    # the event it is measured from is no start of the story told as history
    assert _story("Allies expel diplomats", LEAD_NEWS, text)[1] == "development"


def test_what_followed_an_event_is_not_measured_to_now() -> None:
    text = "In the weeks after the crash in 2030, the leaders made gestures of goodwill."
    assert not time_cues(text, PUBLISHED, 2031).own_strong_now


@pytest.mark.parametrize(
    "text",
    [
        "By last night hundreds of police officers had sealed off the square.",
        "Last night in the old town, a furniture store that had stood for a century burned down.",
        "Rescue teams had reached the village by late last evening.",
    ],
)
def test_last_night_is_a_day_of_the_news_like_yesterday(text: str) -> None:
    cues = time_cues(text, PUBLISHED, PUBLISHED.year)
    assert cues.strong_now
    assert label(text) == "development"
    assert label(text, previous="background") == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Much depends on whether the new chairman can bring the front back to the table.",
        "What comes next is unclear.",
        "It remains to be seen whether the 1991 accord survives the vote.",
        "It is too early to say whether the ceasefire of 2019 will hold.",
    ],
)
def test_the_writers_open_question_about_what_comes_next_is_no_history(text: str) -> None:
    assert labels.is_outlook(text, time_cues(text, PUBLISHED, PUBLISHED.year))
    assert label(text, previous="background") == "development"


def test_depending_on_a_thing_or_an_uncertainty_told_in_the_past_is_no_open_question() -> None:
    for text in (
        "The copper trade depends on the railway through the south.",
        "It was unclear in 1991 who had fired first.",
    ):
        assert not labels.is_outlook(text, time_cues(text, PUBLISHED, PUBLISHED.year))


@pytest.mark.parametrize(
    "text",
    [
        "How did it start?",
        "How did the crisis begin?",
        "How did it come to this?",
        "What started the crisis?",
        "What triggered the protests?",
        "How the revolt spread",
        "How the crisis built",
    ],
)
def test_an_explainers_question_about_how_it_began_is_a_background_heading(text: str) -> None:
    assert is_background_heading(text)


@pytest.mark.parametrize(
    "text", ["How did the talks go?", "How did Spain respond?", "How the vote works"]
)
def test_a_question_about_the_news_itself_is_no_background_heading(text: str) -> None:
    assert not is_background_heading(text)


def test_a_heading_that_names_the_start_day_leaves_the_start_to_the_story_below_it() -> None:
    def cues(text: str) -> labels.TimeCues:
        return time_cues(text, PUBLISHED, PUBLISHED.year, 1)

    heading = "What happened on April 20"
    seen = [
        Labelled(1, "other", cues("Allies expel diplomats"), text="Allies expel diplomats"),
        Labelled(2, "development", cues(LEAD_NEWS), text=LEAD_NEWS),
        Labelled(3, "development", cues("Moscow denies it."), text="Moscow denies it."),
        Labelled(4, "other", cues(heading), text=heading),
    ]
    for text in FOUND.split("|")[:2]:
        seen.append(Labelled(5, "development", cues(text), text=text))
    assert seen[3].cues.day == seen[4].cues.day  # (the heading is dated as its story is)
    assert settle_paragraphs(seen)[4:] == ["background", "background"]


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups have been attacking the police and army in the north for several years.",
        "Patrols of the two armies have brushed against each other on the rivers for several "
        "winters.",
        "The rebels had held the hills above the provincial capital for three years.",
    ],
)
def test_a_state_lasting_years_counted_after_a_long_predicate_is_long_standing(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).long_standing
    assert label(text) == "background"


def test_a_term_of_years_with_no_perfect_is_no_standing_state() -> None:
    text = "The court also banned the party's senior officials from politics for five years."
    assert not time_cues(text, PUBLISHED, PUBLISHED.year).long_standing


@pytest.mark.parametrize(
    "text",
    [
        "The world came closer to nuclear war in the last week of October than at any time "
        "since 1945.",
        "By nightfall the two states were closer to open war than at any time since they became "
        "allies in 1950.",
    ],
)
def test_the_news_measured_against_any_time_since_is_no_history(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time foreign reporters had been allowed into the city since the riots "
        "of 1987.",
        "Allied aircraft shot down drones over the country overnight, the first time a member "
        "state has fired on them since 1945.",
    ],
)
def test_a_first_since_a_time_with_its_subject_between_is_a_record(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


@pytest.mark.parametrize(
    "text",
    [
        "No country is more exposed than the landlocked neighbour.",
        "The agreement is a real success for the young organisation.",
    ],
)
def test_the_writers_comparison_or_verdict_of_now_is_no_standing_fact(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"


def test_a_day_months_before_the_news_after_the_lead_is_an_earlier_event() -> None:
    start = "On 10 January a fishing boat was seized off the coast."
    told = "On 15 January three torpedo boats were intercepted off the south coast."
    story = (LEAD_NEWS, "Moscow denies it.", start, "Officers keep guard at the port.", told)
    assert _story("Allies expel diplomats", *story)[4] == "background"
    # a day of the period the headline names ("January to May") is the news's
    assert _story("The standoff, January to May 2031", *story)[4] == "development"


@pytest.mark.parametrize(
    "text",
    [
        "Britain had closed its embassy in the capital last week and brought out its staff.",
        "The Foreign Secretary had tried to soften the tone earlier this week.",
        "Both armies had postponed part of their joint exercise a few days earlier.",
    ],
)
def test_a_past_perfect_dated_to_the_news_own_days_is_no_history(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 0
    assert label(text) == "development"
    # an earlier year keeps it history
    assert label(text.replace("last week", "in 2019")) == (
        "background" if "last week" in text else "development"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Under present rules, the owners' liability is limited to a fraction of the cost.",
        "Under current rules, the chair rotates among the members every six months.",
    ],
)
def test_a_standing_rule_of_the_present_is_long_standing(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).long_standing
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "The island, less than a square mile of low ground that floods in spring, lies about "
        "150 miles south of the city.",
        "It sits closer to the eastern bank of the river.",
    ],
)
def test_where_a_place_lies_or_sits_is_a_standing_fact(text: str) -> None:
    assert time_cues(text, PUBLISHED, PUBLISHED.year).past == 1
    assert label(text) == "background"


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the two is small.",
        "About 11,500 troops are stationed in the South.",
        "The island, less than a square mile of low ground, lies off the coast.",
        "On Tuesday, the ministry said the border is closed.",
        'He said: "The port is open."',
        "The pipeline, which carries gas to Europe, crosses the sea.",
        "A long line of words that runs on and on well past the eightieth letter before it is.",
        "Greece sent emergency supplies that the island needs.",
    ],
)
def test_stative_precheck_never_hides_a_match(text: str) -> None:
    # `_may_be_stative` only spares `_STATIVE` a try where it cannot match: the same labels.
    from briefer.analysis.labels.cues import _STATIVE, _STATIVE_HINT, _may_be_stative

    hint = _STATIVE_HINT.search(text, 0, 200)
    if _STATIVE.match(text):
        assert hint is not None and _may_be_stative(text, hint.start())


def test_stative_precheck_skips_what_cannot_match() -> None:
    from briefer.analysis.labels.cues import _STATIVE, _STATIVE_HINT, _may_be_stative

    text = "On Tuesday, the ministry said the border is closed to trucks."
    hint = _STATIVE_HINT.search(text, 0, 200)
    assert hint is not None and not _may_be_stative(text, hint.start())
    assert _STATIVE.match(text) is None
    number = "About 11,500 troops are stationed in the South."  # (a comma inside a number)
    hint = _STATIVE_HINT.search(number, 0, 200)
    assert hint is not None and _may_be_stative(number, hint.start()) and _STATIVE.match(number)


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Foreign Affairs, Valdoria, 14 December 2030 — PRESS RELEASE",
        "Miriam Adjei is a Senior Fellow at the Horn Policy Forum.",
        "The Adriatic Security Forum is an independent Research Group.",
        "The Adriatic Security Forum is an independent POLICY institute.",
    ],
)
def test_housekeeping_notes_read_whatever_their_case(text: str) -> None:
    # (the release line and the author's note are tried where their words stand, in any case)
    assert labels.is_housekeeping(text)


@pytest.mark.parametrize(
    ("text", "position", "now"),
    [
        ("Chile has long claimed the islands.", True, 0),
        ("Chile has long claimed the islands and will press the claim.", False, 1),
        # (with an aside the clause outside it is read without its present perfect)
        ("Chile, whose navy patrols the strait, has long claimed the islands.", True, 0),
        (
            "Chile, whose navy patrols the strait, has long claimed the islands and will "
            "press the claim.",
            False,
            1,
        ),
    ],
)
def test_a_long_standing_claim_is_a_position_unless_its_clause_tells_of_now(
    text: str, position: bool, now: int
) -> None:
    # The sentence without its present perfect, read for cues of now, is read once for the
    # count of now and once for the position when it has no aside: both readings agree.
    from briefer.analysis.labels.cues import time_cues

    cues = time_cues(text, None, None)
    assert cues.long_standing
    assert cues.position is position
    assert cues.now == now
