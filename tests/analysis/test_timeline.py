"""Time expressions of a sentence resolved to days from the news day."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.analysis.timeline import (
    Frame,
    event_day,
    frame_of,
    month_days,
    months_before,
    opens_before,
    own_times,
    period_start,
    relative_to_story,
    story_frame,
    times,
    weekdays_before_news,
)

# Monday 26 March 2018; the lead tells that day's news.
MONDAY = date(2018, 3, 26)
FRAME = story_frame("Allies on Monday ordered the expulsion of diplomats.", MONDAY)


def days(text: str, frame: Frame = FRAME) -> list[tuple[str, int, int]]:
    return [(w.kind, w.first, w.last) for w in times(text, frame)]


def test_the_news_day_is_the_leads_weekday_up_to_the_articles_date() -> None:
    assert FRAME.news == MONDAY
    # a Wednesday paper telling Monday's news
    wednesday = story_frame("Police raided the office on Monday.", date(2018, 3, 28))
    assert wednesday.news == MONDAY and wednesday.calendar
    # no weekday in the lead: the article's own day
    plain = story_frame("Leaders met in Brussels.", date(2018, 3, 28))
    assert plain.news == date(2018, 3, 28) and plain.weekday == 2
    # a weekday naming an event counts only when no other is named
    assert story_frame("Sunday's vote was annulled on Tuesday.", MONDAY).weekday == 1
    assert story_frame("Leaders met.", None) == Frame(None, None, None, False)


def test_a_date_whose_weekday_does_not_fit_the_lead_keeps_the_leads_weekday() -> None:
    # a yearless dateline read in the wrong year: 26 March 2016 was a Saturday
    guessed = story_frame("Allies on Monday ordered expulsions.", date(2016, 3, 26))
    assert not guessed.calendar and guessed.news == date(2016, 3, 26)
    # weekdays are then counted back from the lead's Monday
    assert days("The ship was seized on Sunday.", guessed) == [("weekday", -1, -1)]
    assert days("The ship was seized on Wednesday.", guessed) == [("weekday", -5, -5)]
    # one six days back is as likely the day after
    assert days("Talks resume on Tuesday.", guessed) == [("weekday", 1, 1)]


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("They were found slumped on a bench on March 4.", -22),
        ("They were found on 4 March.", -22),
        ("On the afternoon of Sunday March 4, they were found.", -22),
        ("The pair were found on March 4, 2018.", -22),
        ("The pair were found on 4.3.2018.", -22),
        ("On 27 June 2017, raids ended in deaths.", -272),
    ],
)
def test_full_dates_resolve_to_the_day(text: str, offset: int) -> None:
    assert days(text) == [("date", offset, offset)]


def test_a_date_without_a_year_is_the_nearest_and_rather_past_than_ahead() -> None:
    january = story_frame("Ministers met.", date(2019, 1, 3))
    # the year turns over: "December 28" in a January 3 story is six days before
    assert days("Protests began on December 28.", january) == [("date", -6, -6)]
    # "On 27 June" in an October story is months before, not next June
    october = story_frame("Ministers met.", date(2025, 10, 15))
    assert days("On 27 June, police raided homes.", october)[0][2] == -110
    # a date weeks ahead stays ahead ("January 10" in a December 20 story)
    december = story_frame("Ministers met.", date(2024, 12, 20))
    assert days("The term begins on January 10.", december) == [("date", 21, 21)]
    # "May" as a verb is no month
    assert days("The strike may 15 times.", december) == []


def test_weekdays_are_the_last_of_their_name_up_to_the_articles_date() -> None:
    wednesday = story_frame("Police raided the office on Monday.", date(2018, 3, 28))
    assert days("The ship sailed on Sunday.", wednesday) == [("weekday", -1, -1)]
    # after the Monday lead, before the Wednesday paper
    assert days("Talks resumed on Tuesday.", wednesday) == [("weekday", 1, 1)]
    # a clause that looks ahead names a coming day
    assert days("Schools are due to reopen on Tuesday.", wednesday) == [("weekday", 8, 8)]
    assert days("A vote could take place as early as Saturday.", FRAME) == [("weekday", 5, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time expected, set or promised is one to come, whatever the clause's tense
        ("The referendum is due in June.", ("month", 67, 96)),
        ("A summit planned for November was called off.", ("month", 220, 249)),
        ("The junta has promised fresh elections in June.", ("month", 67, 96)),
        ("The envoy is expected in Lagos on Thursday.", ("weekday", 3, 3)),
        ("Unions called a general strike for Friday.", ("weekday", 4, 4)),
        ("The new mayor is due to take office on September 9.", ("date", 167, 167)),
        ("The final report is expected by the end of July.", ("month", 97, 127)),
        # a timetable told in the present
        ("The cabinet meets again on Thursday.", ("weekday", 3, 3)),
        ("The province holds a general election in May.", ("month", 36, 66)),
        ("Voters go to the polls on Sunday.", ("weekday", 6, 6)),
    ],
)
def test_a_time_governed_by_words_of_what_is_to_come_is_ahead(
    text: str, expected: tuple[str, int, int]
) -> None:
    assert days(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time of the promise, the expectation or the cause, not of what is to come
        ("The houses promised in June are not built.", ("month", -298, -269)),
        ("The verdict was harsher than anyone expected in June.", ("month", -298, -269)),
        ("The delay was due to the storm on Thursday.", ("weekday", -4, -4)),
        ("She had promised him in June that she would stay.", ("month", -298, -269)),
        # a date set weeks before that has passed stays past
        ("Unions had called a general strike for March 5.", ("date", -21, -21)),
        ("Rebels seized the town on Thursday.", ("weekday", -4, -4)),
    ],
)
def test_a_time_not_so_governed_keeps_its_past_reading(
    text: str, expected: tuple[str, int, int]
) -> None:
    assert days(text) == [expected]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The envoy left yesterday.", -1, -1),
        ("The talks ended today.", 0, 0),
        ("The talks ended last week.", -7, -1),
        ("London expelled 23 diplomats earlier this month.", -25, -1),
        ("The ship was seized two weeks ago.", -17, -11),
        ("The border closed last month.", -53, -26),
    ],
)
def test_relative_days_count_from_the_articles_date(text: str, first: int, last: int) -> None:
    [(_, a, b)] = days(text)
    assert (a, b) == (first, last)


def test_months_and_years_are_spans() -> None:
    # in a March story, "In June" is last June, unless the clause looks ahead
    [(kind, first, last)] = days("In June the ministers met.")
    assert kind == "month" and (first, last) == (-298, -269)
    assert days("Elections are due to be held in June.") == [("month", 67, 96)]
    assert days("In 2017 they met.") == [("year", -449, -85)]
    assert days("Last March they met.")[0][0] == "month"


def test_only_the_sentences_own_clause_dates_it() -> None:
    said = "Police said on Sunday that the attack of 3 March had been planned for months."
    assert [w.kind for w in own_times(said, FRAME)] == ["weekday"]
    aside = "The minister, who was elected in 2019, resigned on Sunday."
    assert [w.kind for w in own_times(aside, FRAME)] == ["weekday"]
    quoted = 'He called it "the worst day since 12 March 2011" on Sunday.'
    assert [w.kind for w in own_times(quoted, FRAME)] == ["weekday"]


def test_the_event_day_is_a_day_not_a_span() -> None:
    assert event_day(own_times("They were found on March 4.", FRAME)) == -22
    assert event_day(own_times("In June 2017 and on March 4 they met.", FRAME)) is None
    assert event_day(own_times("They met in Brussels.", FRAME)) is None
    # the headline's period: "the December 2017 crisis" starts on 1 December
    assert period_start(own_times("The December 2017 barricades crisis", FRAME)) == -115


def test_narration_told_relative_to_another_event() -> None:
    assert relative_to_story("Police took over the inquiry two days later.") == "after"
    assert relative_to_story("An officer later fell seriously ill.") == "after"
    assert relative_to_story("Within 24 hours the authorities agreed to disarm.") == "after"
    assert relative_to_story("The envoy had arrived the previous day.") == "before"
    assert relative_to_story("Three days earlier, troops had massed.") == "before"
    # a time of the news itself is no narration
    assert relative_to_story("Talks will resume later this week.") is None
    assert relative_to_story("The government led the response.") is None


def test_weekdays_before_the_news() -> None:
    wednesday = frame_of(date(2018, 3, 28), 0)  # Monday's news in a Wednesday paper
    assert weekdays_before_news("The violence erupted on Sunday.", wednesday)
    assert not weekdays_before_news("Talks began on Tuesday.", wednesday)
    assert not weekdays_before_news("Talks began in the capital.", wednesday)


def test_may_is_a_month_only_where_a_month_stands() -> None:
    assert days("On Wednesday May announced a package of measures.") == [("weekday", -5, -5)]
    assert [kind for kind, _, _ in days("Talks in May failed.")] == ["month"]
    assert [kind for kind, _, _ in days("The rules adopted in May 2017 lapsed.")] == ["month"]
    # a modal verb is no look ahead: "could not believe" tells the past
    assert days("On Sunday crowds could not believe what they saw.") == [("weekday", -1, -1)]


def test_a_sentence_opening_before_another_event_of_the_narrative() -> None:
    wednesday = story_frame("Gunmen stormed the consulate on Wednesday.", date(2012, 9, 12))

    def before(text: str) -> bool:
        return opens_before(text, own_times(text, wednesday))

    assert before("Earlier on Tuesday, protesters had scaled the embassy walls.")
    assert before("Hours earlier, the ministry had closed the border.")
    assert before("The day before, troops had massed at the crossing.")
    # the news day itself, or a time that is not told relative to another event
    assert not before("Earlier on Wednesday, the ambassador was evacuated.")
    assert not before("Earlier rounds of fighting ended in truces.")
    assert not before("Protesters scaled the walls on Tuesday.")


def test_last_friday_is_before_the_articles_day() -> None:
    friday = story_frame("Fishing boats gathered on Thursday.", date(2021, 5, 7))
    # a Friday paper: "last Friday" is a week back, "Friday" alone is today
    assert days("Jersey issued 41 licences last Friday.", friday) == [("weekday", -6, -6)]
    assert days("Boats left on Friday.", friday) == [("weekday", 1, 1)]


def test_a_month_named_alone_is_the_last_of_its_name_or_the_one_asked_for() -> None:
    # a March 2018 story (news on Monday 26 March)
    assert month_days("June", FRAME) == (-298, -269)  # June 2017
    assert month_days("June", FRAME, ahead=True) == (67, 96)  # June 2018, to come
    assert month_days("March", FRAME, ahead=True) == (-25, 5)  # this month
    assert month_days("March", FRAME, last=True) == (-390, -360)  # never this one
    assert month_days("June", FRAME, year=2016) == (-663, -634)
    assert month_days("Jan.", FRAME) == (-84, -54)
    assert month_days("Smarch", FRAME) is None
    assert month_days("June", frame_of(None, None)) is None


def test_months_before_counts_calendar_months_back_to_the_articles() -> None:
    wednesday = frame_of(date(2018, 3, 28), 0)  # Monday's news in a Wednesday paper
    assert wednesday.lag == 2 and FRAME.lag == 0 and frame_of(None, None).lag == 0
    assert months_before(0, wednesday) == 0
    assert months_before(-26, wednesday) == 1  # 28 February
    assert months_before(-87, wednesday) == 3  # 29 December 2017: across the year
    assert months_before(7, wednesday) == -1  # 2 April
    assert months_before(0, frame_of(None, None)) is None
