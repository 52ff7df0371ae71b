"""Label a sentence background, development, reaction or other, from features of its wording.

Background is told apart from current developments by time: years before the article's own
date, "since 2008", "dates back", "has long", "for decades", past perfect narration, months
before the article's month, standing facts told in the present ("the strait accounts for a
fifth of exports"); current events carry weekdays, "today", "this week", "overnight",
progressive and future forms, dates close to the article's date. Only the sentence's own clause
dates it: asides ("X, which has long ..."), what was said in the past tense ("analysts said the
drills were shorter than in 2022") and relative clauses do not. A weekday before the lead's own
day dates an earlier event ("The violence erupted on Monday after ..." below a Tuesday lead), and
words dated before the story ("warned at the time", "the then prime minister said") are history.
A sentence with no cue, or a tie, follows the sentence before it in the same paragraph (the
second sentence of a history paragraph is history too); `settle_paragraphs` also reads the
sentences after. Reactions are sentences with an entity speaker (see `reactions`), unless they
report a long-standing position or a side's own earlier move inside a history paragraph.
Sentences under a "Background" or "How we got here" heading are history, but for this week's
news and a look ahead. Dates, weekdays and relative days are resolved to days from the news day
by `timeline`: the earliest event the article dates to the day, weeks before the news (and
before the period a headline or lead names), is how the story began and is history, with the
narration told on from it ("two days later"). No word list names a place, a party or a story.

The modules, each an idea: `cues` (the time cues of one sentence: `time_cues`),
`sentence` (the label of one sentence: `label_sentence`, and the lines that are not the
story) and `paragraphs` (labels settled paragraph by paragraph and the story's start:
`settle_paragraphs`).
"""

from __future__ import annotations

from briefer.analysis.labels.cues import TimeCues as TimeCues
from briefer.analysis.labels.cues import news_weekday as news_weekday
from briefer.analysis.labels.cues import opens_counted_after as opens_counted_after
from briefer.analysis.labels.cues import reference_year as reference_year
from briefer.analysis.labels.cues import story_date as story_date
from briefer.analysis.labels.cues import time_cues as time_cues
from briefer.analysis.labels.paragraphs import Labelled as Labelled
from briefer.analysis.labels.paragraphs import settle_paragraphs as settle_paragraphs
from briefer.analysis.labels.paragraphs import told_on as told_on
from briefer.analysis.labels.sentence import is_background_heading as is_background_heading
from briefer.analysis.labels.sentence import is_background_marker as is_background_marker
from briefer.analysis.labels.sentence import is_housekeeping as is_housekeeping
from briefer.analysis.labels.sentence import is_lead_in as is_lead_in
from briefer.analysis.labels.sentence import is_outlook as is_outlook
from briefer.analysis.labels.sentence import is_perspective as is_perspective
from briefer.analysis.labels.sentence import is_question as is_question
from briefer.analysis.labels.sentence import label_sentence as label_sentence
from briefer.analysis.labels.sentence import opens_text as opens_text
from briefer.sources.credits import is_credit as is_credit
from briefer.sources.credits import is_masthead as is_masthead
