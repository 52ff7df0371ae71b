"""Labels settled by reading each paragraph whole and the article as a story: a paragraph's
history read from the sentences after, history running on across paragraphs, the sides'
moves within it, and the story's start (its earliest dated event) told as history."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.analysis.frozen import quick_init
from briefer.analysis.labels.cues import RECENT_DAYS, TimeCues
from briefer.analysis.labels.sentence import (
    SETTLED_WORDS,
    is_outlook,
    is_perspective,
    opens_text,
)
from briefer.analysis.names.shapes import WEEKDAYS
from briefer.analysis.timeline import relative_to_story
from briefer.analysis.verbs import ANNOUNCE, SAY, alternation
from briefer.sources.credits import has_fields
from briefer.sources.dates import MONTHS

_I = re.IGNORECASE
# A sentence's final stop, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


@quick_init
@dataclass(frozen=True, slots=True)
class Labelled:
    """One sentence as `settle_paragraphs` sees it: its paragraph, label and cues."""

    paragraph: int
    label: str
    cues: TimeCues
    has_speaker: bool = False
    text: str = ""
    # Every speaker is a party the headline or lead names (see `_sides_in_history`).
    lead_party: bool = False
    # A list item opening in lower case (see `label_sentence`).
    fragment: bool = False
    # A development whose acting party is known and not one the lead names ("The Security
    # Council met on 8 July"): a third party's act, a reaction whatever its date, so never
    # the story's start.
    acting: bool = False


#: The opening paragraphs of prose tell the news; the paragraphs after them may turn to history.
LEAD_PARAGRAPHS = 2


def _lead_end(sentences: Sequence[Labelled]) -> int:
    """Where the lead ends: the first sentence of the paragraph of prose after the first
    `LEAD_PARAGRAPHS` (prose: a paragraph with a sentence not "other"; headings, bylines and
    credits are; a report's masthead line counts, `opens_text`), or the article's end."""
    prose: list[int] = []
    for k, s in enumerate(sentences):
        if not opens_text(s.label, s.text) or s.paragraph in prose:
            continue
        if len(prose) == LEAD_PARAGRAPHS:
            while k > 0 and sentences[k - 1].paragraph == s.paragraph:
                k -= 1
            return k
        prose.append(s.paragraph)
    return len(sentences)


def settle_paragraphs(
    sentences: Sequence[Labelled], weighable: set[int] | None = None
) -> list[str]:
    """Labels after reading each paragraph whole: a news-less sentence that opens a paragraph
    whose other sentences are all history is history too ("Prisons have become the gangs'
    headquarters. More than 400 inmates have died in massacres there since 2021."). The
    sentence-by-sentence pass only sees the sentence before; this sees the ones after.
    `weighable`, if given, gets the indices of the sentences made history that way: a call on
    the sentence's own wording and its neighbours', which the background model may weigh (the
    other changes of this pass read the story's dates and structure and stay fixed)."""
    labels = [s.label for s in sentences]
    lead_end = _lead_end(sentences)
    recent = _story_start(sentences, labels, lead_end)
    _dated_long_before(sentences, labels, lead_end)
    _sides_dated_before_story(sentences, labels, lead_end)
    history_before = False  # the paragraph before is all history
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and sentences[j].paragraph == sentences[i].paragraph:
            j += 1
        in_lead = i < lead_end
        for k in range(i, j):
            s = sentences[k]
            if (
                in_lead
                or s.label != "development"
                or s.has_speaker
                or s.fragment
                # (what someone says is the news's: "Analysts in Belgrade said the request ...")
                or s.cues.commentary
            ):
                continue
            after = labels[k + 1 : j]
            cues = s.cues
            if (
                after
                and all(label == "background" for label in after)
                and (k == i or labels[k - 1] != "development")
                and not cues.strong_now
                and not cues.ahead
                and cues.past >= cues.now
                # (the wording last: its patterns cost more than all the tests above)
                and not is_perspective(s.text)
                and not is_outlook(s.text, s.cues)  # (the writer's look ahead: "... is unlikely")
                and _SAYING.search(s.text) is None
                # (the news judged by what it shows: "The Geneva vote shows that ...")
                and _SHOWS.search(s.text) is None
                and len(s.text.split()) >= SETTLED_WORDS  # not "No." answering a question
            ):
                labels[k] = "background"
                if weighable is not None:
                    weighable.add(k)
        if not in_lead:
            _history_runs_on(sentences, labels, i, j, history_before)
        _sides_in_history(sentences, labels, i, j, recent)
        if not in_lead:
            _sides_earlier_moves(sentences, labels, i, j)
            _words_amid_history(sentences, labels, i, j)
        history_before = _all_history(sentences, labels, i, j, history_before)
        i = j
    _lead_is_news(sentences, labels)
    _since_the_news(sentences, labels)
    _summary_is_news(sentences, labels)
    return labels


# A heading over the writer's summary of the report: "Summary", "Executive summary", "In
# brief", "At a glance", "In short".
_SUMMARY_HEADING = re.compile(
    r"^\W*(?:(?:executive\s+)?summary|in\s+(?:brief|short)|at\s+a\s+glance)\W*$", _I
)


def _summary_is_news(sentences: Sequence[Labelled], labels: list[str]) -> None:
    """What a report's summary section tells (under "Summary", up to the next heading) is the
    news the report covers, in brief: "The attempt to overthrow the president, launched on 30
    July, was defeated within a week." under "Summary"; only what is long-standing or dated
    to an earlier year is history there."""
    summary = False
    for k, s in enumerate(sentences):
        if labels[k] == "other":
            summary = len(s.text) <= 30 and _SUMMARY_HEADING.match(s.text) is not None
        elif (
            summary
            and labels[k] == "background"
            # (the summary's own history stays: "ended a blockage of more than two years")
            and not (s.cues.long_standing or s.cues.dated_past)
        ):
            labels[k] = "development"


# A sentence opening on the time of the sentence before it: "Since then, a carrier group has
# gathered off the coast", "Since that day ...".
_SINCE_THEN = re.compile(r"^since\s+(?:then|that\s+(?:day|date|night|time|moment))\b", _I)


def _since_the_news(sentences: Sequence[Labelled], labels: list[str]) -> None:
    """What has followed since the time of the sentence before ("Since then, ...") goes with
    that sentence: after history it is history, after the news (a development or a reaction,
    across a paragraph break too) it is the news's own days, whatever its present perfect of
    a state lasting since suggests."""
    before = None  # the label of the last sentence of prose
    for k, s in enumerate(sentences):
        if (
            labels[k] == "background"
            and before in ("development", "reaction")
            and s.text[:5].lower() == "since"  # (a cheap gate before the pattern)
            and _SINCE_THEN.match(s.text)
        ):
            labels[k] = "development"
        if labels[k] != "other":
            before = labels[k]


def _dated_long_before(sentences: Sequence[Labelled], labels: list[str], lead_end: int) -> None:
    """A sentence after the lead whose own event is dated to a day months before the news (more
    than `RECENT_DAYS`, within the year before it) and before the period the headline or lead
    names, told with no cue of now, is an earlier event: history ("On 15 January three torpedo
    boats were intercepted off the coast" in an August story; not "The ship first sailed on 10
    August" in a note on "the standoff, August to December")."""
    news_start = _news_start(sentences[:lead_end])
    for k in range(lead_end, len(sentences)):
        s = sentences[k]
        day = s.cues.day
        if (
            day is not None
            and -SPAN_DAYS <= day < min(-RECENT_DAYS, news_start)
            and labels[k] == "development"
            and s.cues.now == 0
            and not (s.has_speaker or s.acting or s.fragment or s.cues.ahead)
        ):
            labels[k] = "background"


def _sides_dated_before_story(
    sentences: Sequence[Labelled], labels: list[str], lead_end: int
) -> None:
    """A side's own move or words after the lead whose own clause is dated to a month or a year
    before the story's earliest dated day (and before the period the headline or lead names),
    told with no cue of now and nothing ahead, is history when history follows it in its
    paragraph: the sides' moves before the story began ("The bank spent its reserves in May
    defending the currency. The peg had held for thirteen years."). A third party's move stays
    a reaction, and so does a side's move told amid the news: when the crisis began is not
    known from the dates the article gives (on D the 5 such moves followed by history were all
    background; without that condition 9 of 27 were not, 5 of them reactions)."""
    dated = [s.cues.day for s in sentences if s.cues.day is not None and s.label != "other"]
    start = min([*dated, _news_start(sentences[:lead_end])])
    for k in range(lead_end, len(sentences) - 1):
        s = sentences[k]
        period = s.cues.period
        if (
            period is not None
            and period < start
            and labels[k] == "reaction"
            and sentences[k + 1].paragraph == s.paragraph
            and labels[k + 1] == "background"
            and s.lead_party
            and s.cues.now == 0
            and not s.cues.strong_now
            and not s.cues.ahead
        ):
            labels[k] = "background"


def _lead_is_news(sentences: Sequence[Labelled], labels: list[str]) -> None:
    """The first paragraph of prose tells the news, whatever it recalls or measures it
    against: a standfirst ("Largest protests since 1989 put pressure on the government", the
    summary under the headline) or the lead itself ("Every night since 28 November, crowds
    have gathered in the avenue", "The raid has split the allies more sharply than any event
    in recent years"): never history (on D, 11 of 11 such backgrounds were false), unless
    a sentence (not a standfirst, which has no full stop) dates its own clause more than a
    year before the news ("The island was partitioned in 1974.", "The dispute dates back to
    1974."). Headings, bylines and credits ("other") are not prose; a speaker's words keep
    their own label."""
    first = next((k for k, label in enumerate(labels) if label != "other"), None)
    if first is None:
        return
    paragraph = sentences[first].paragraph
    for k in range(first, len(sentences)):
        s = sentences[k]
        if s.paragraph != paragraph:
            return
        if (
            labels[k] == "background"
            and not s.has_speaker
            and (not _years_before(s.cues) or _SENTENCE_END.search(s.text) is None)
        ):
            labels[k] = "development"


def _years_before(cues: TimeCues) -> bool:
    """Whether a sentence's own clause names a time more than a year before the news: an
    earlier year, or a period that began long before ("dates back to the 1974 partition")."""
    return cues.dated_past or (cues.period is not None and cues.period < -SPAN_DAYS)


#: The story's start is history when dated more than this many days before the news (a week:
#: the days just before belong to the news as often as not, see `_story_start`).
START_DAYS = 7


def _story_start(sentences: Sequence[Labelled], labels: list[str], lead_end: int) -> int | None:
    """The earliest event the article dates to the day, more than `START_DAYS` before the news
    and told as plain narration in the past, is how the story began: history ("Sergei Skripal and
    his daughter were found slumped on a bench on March 4." below the expulsions of March 26; not
    "The assassination on 6 October has not shaken the state", a sentence about now), and
    so is the narration that runs on from it in its paragraph ("Police took over the inquiry
    two days later."). One within the week before the news is history too when it is a closed
    happening told apart from the lead (`_earlier_happening`): the crash, the quake, the vote
    the news answers ("The Embraer 190 ... crashed near Aktau on Wednesday" below Sunday's
    accusation); that one is returned: the sides' words told after it are the news's."""
    # (a heading that names the day, "What happened on June 8", is no event of its own)
    dated = [
        (s.cues.day, k)
        for k, s in enumerate(sentences)
        if s.cues.day is not None and labels[k] != "other"
    ]
    if not dated:
        return None
    day, k = min(dated)
    news_start = _news_start(sentences[:lead_end])
    if day >= news_start:
        return None
    if day >= news_start - START_DAYS:
        recent = _earlier_happening(sentences, labels, day, lead_end)
        if recent is not None:
            labels[recent] = "background"
            _happening_told_on(sentences, labels, recent)
        return recent
    s = sentences[k]
    if (
        labels[k] != "development"
        or s.has_speaker
        or s.acting
        or s.fragment
        or s.cues.ahead
        or _NOW_TENSE.search(s.text)
    ):
        return None
    labels[k] = "background"
    j = k + 1
    while j < len(sentences) and sentences[j].paragraph == s.paragraph:
        t = sentences[j]
        if (
            labels[j] != "development"
            or t.has_speaker
            or _news_days(t.cues)
            or t.cues.ahead
            or t.cues.now > t.cues.past
            or relative_to_story(t.text) is None  # (told on from it: "later", "days later")
        ):
            break
        labels[j] = "background"
        j += 1
    return None


# Not a closed happening: what someone says ("announced", "told"), quoted words, a state or a
# toll lasting since the day ("At least 150 people have been killed since Tuesday"), a phase
# going on ("for a third night"); an authority's proclamation or ruling ("declared Monday a day
# of national mourning", "issued a religious ruling", "expelled the governor"), a leader's visit,
# call or recall ("flew to Beirut to visit the site", "spoke to the Spanish prime minister", "was
# recalled to Washington"), a fleet grounded, and a market's moves ("Oil prices rose", "its
# shares fell"): answers to the news, not what began it.
_NOT_CLOSED = re.compile(
    r"[\"“”]|\b(?:since|"
    + alternation(
        SAY
        | ANNOUNCE
        | {"told", "warned", "called", "learnt", "learned"}
        | {"declared", "proclaimed", "decreed", "issued", "expelled"}
        | {"visited", "telephoned", "phoned", "recalled", "grounded"}
    )
    + r")\b|\b(?:flew|travell?ed)\s+to\b|\b(?:spoke|met|talked)\s+(?:to|with)\b|"
    r"\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh)\s+"
    r"(?:day|night|week)\b|"
    r"\b(?:shares|stocks|prices|markets?|bonds|yields|currency|index)\s+(?:\w+\s+){0,2}?"
    r"(?:rose|fell|jumped|climbed|slumped|dropped|tumbled|surged|plunged|soared|gained|slid)\b",
    _I,
)
# A present or future tense, a time reached or a witness's report: no closed happening told as
# such (see `_earlier_happening`).
_NOT_TOLD_PAST = re.compile(
    r"\b(?:is|are|has|have|says|say|now|unless|expected|will|described|showed|shows|"
    r"(?:until|till|by)\s+(?:next\s+)?(?:" + "|".join(WEEKDAYS) + r"))\b",
    _I,
)
# The present or present perfect, not after a modal ("would have taxed"): the sentence tells
# the state of now, the day naming only the event it is measured from ("The assassination of
# the president on 6 October has not shaken the state", "Since the emergency was declared on
# 11 January, more than 100,000 people have been detained").
_NOW_TENSE = re.compile(
    r"(?<!would )(?<!could )(?<!might )(?<!should )(?<!must )\b(?:is|are|has|have)\b", _I
)
# A report's masthead as its first line ("Commentary No. 14 · Centre for ... · 21 April"):
# its chronology is the report's news. (A masthead is labelled "other", as a credit is; an
# article's signed byline, "By Jane Doe · 7 June", makes no report.)


def _earlier_happening(
    sentences: Sequence[Labelled], labels: list[str], day: int, lead_end: int
) -> int | None:
    """The first sentence dated to `day` (the article's earliest, within the week before the
    news) that tells a closed happening of its own, apart from the lead: plain narration of no
    party the lead does not name, outside the lead's paragraphs, saying nothing of now, of what
    someone said or of what lasts since; None in a report whose first line is a masthead, or
    when the lead itself tells events of that day."""
    opening = [s for s in sentences[:lead_end] if s.label != "other"]
    first = next((s for s in sentences[:lead_end] if opens_text(s.label, s.text)), None)
    if not opening or (first is not None and has_fields(first.text)):
        return None
    lead = {s.paragraph for s in opening}
    subject = _opening_names(opening[0].text)  # the names the lead opens on: who it is about
    if any(
        s.paragraph in lead
        and s.cues.own_strong_now
        and s.cues.day is not None
        and s.cues.day <= day
        for s in sentences
    ):
        # the lead tells events of that day ("Troops crossed the border on Tuesday"), not
        # only names them ("the death toll from Monday's quake"): they are the news
        return None
    for k, s in enumerate(sentences):
        if (
            s.cues.day == day
            and labels[k] == "development"
            and s.paragraph not in lead
            and not (s.has_speaker or s.acting or s.fragment or s.cues.ahead)
            # (a line too short to tell a happening: "More on Saturday.")
            and len(s.text.split()) >= SETTLED_WORDS
            and not _NOT_CLOSED.search(s.text)
            # told in the past, not a state of now or a look ahead ("He was arrested on Sunday
            # and has been remanded in custody", "schools were closed until Monday", "Results
            # are expected by Saturday"), nor a witness's report of it ("Witnesses described
            # soldiers ...", "Video showed officers shooting ... on Friday")
            and not _NOT_TOLD_PAST.search(s.text)
            # the start of the news itself ("The attack began at 9:40 p.m. on Tuesday")
            and _ORIGIN_START.search(s.text) is None
            # the lead's own subject going on ("Duterte was detained ..." below "Rodrigo
            # Duterte arrived in the Netherlands")
            and not subject & _opening_names(s.text)
        ):
            return k
    return None


# A present tense: the state of now ("His whereabouts have not been confirmed").
_PRESENT = re.compile(r"\b(?:is|are|has|have)\b", _I)


def _happening_told_on(sentences: Sequence[Labelled], labels: list[str], k: int) -> None:
    """The plain narration told on from the happening in its paragraph, with no cue of time
    and nothing in the present, is the happening's too ("The Embraer 190 ... crashed near
    Aktau on Wednesday. Thirty-eight people were killed; 29 survived."); a speaker, a cue of
    now or a day of its own ends it."""
    paragraph = sentences[k].paragraph
    for j in range(k + 1, len(sentences)):
        t = sentences[j]
        if t.paragraph != paragraph or labels[j] != "development" or not told_on(t):
            return
        labels[j] = "background"


def told_on(s: Labelled) -> bool:
    """Whether a sentence is plain narration that can only go on with the one before it: no
    speaker, no third party acting, no cue of now or ahead, no day of its own, nothing in the
    present and no one's saying ("Thirty-eight people were killed; 29 survived." after the
    crash). After history it is history (`_happening_told_on`, `background_model.relabel`)."""
    return not (
        s.has_speaker
        or s.acting
        or s.cues.now
        or s.cues.ahead
        or s.cues.day is not None
        or _PRESENT.search(s.text)
        # (what witnesses or officials say of it is the news's report: "Survivors said they
        # heard a rumble like distant thunder")
        or _SAYING.search(s.text)
    )


_ORIGIN_START = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\b", _I)
# The capitalised words a sentence opens on, "of", "and", "the" and a possessive between.
_OPENING = re.compile(r"^((?:[A-Z][\w'’.-]*(?:\s+(?:of|and|the)\b)?\s*)+)")
# Words of an opening that name no one: titles, days and months ("On Monday afternoon, ...").
_NO_NAMES = frozenset(
    {"former", "president", "prime", "minister", "foreign", "general", "the"}
    | {day.lower() for day in WEEKDAYS}
    | set(MONTHS)
)


def _opening_names(text: str) -> set[str]:
    """The names a sentence opens on ("Former Philippine President Rodrigo Duterte arrived" ->
    {"philippine", "rodrigo", "duterte"}), titles, days and months left out."""
    m = _OPENING.match(text)
    if m is None:
        return set()
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split()}
    return {w for w in words if len(w) > 3 and w not in _NO_NAMES}


#: A time the headline or lead names this many days before the news or fewer may be the
#: start of the period the article covers ("the December 2022 barricades crisis"); one before
#: it is history the lead recalls.
SPAN_DAYS = 366


def _news_start(lead: Sequence[Labelled]) -> int:
    """The first day of the news the article covers, relative to the news day: 0, or earlier
    when the headline or the lead (`lead`: the sentences up to its end) names the period
    covered ("The Greece-Turkey standoff, August to December 2020", "Between 10 and 29
    December, Kosovo Serbs blocked the roads")."""
    periods = [s.cues.period for s in lead if s.cues.period is not None]
    return min((p for p in periods if -SPAN_DAYS <= p < 0), default=0)


def _all_history(
    sentences: Sequence[Labelled], labels: list[str], i: int, j: int, before: bool
) -> bool:
    """Whether paragraph [i, j) is history a narrative may run on from (statements aside):
    all history, with no day of the news's week in it, and either naming a time long before
    the story (an earlier year, a long-standing state) or itself run on from such history. A
    heading ends the run and a paragraph of statements alone keeps it. (A paragraph of the
    news's own days made history, "The revolt broke out before dawn on Saturday", starts no
    run: a story told after the fact narrates the news in the plain past too. On D the run
    made 34 sentences history, 6 of them background, when any paragraph of history started
    it; 14, 5 of them background, started so.)"""
    told = [k for k in range(i, j) if not sentences[k].has_speaker]
    if any(labels[k] == "other" for k in range(i, j)):
        return False
    if not told:
        return before
    return (
        all(labels[k] == "background" for k in told)
        and not any(_news_days(sentences[k].cues) for k in range(i, j))
        and (
            before
            or any(sentences[k].cues.dated_past or sentences[k].cues.long_standing for k in told)
        )
    )


def _news_days(cues: TimeCues) -> bool:
    """Whether a sentence names a day of the news's week: a weekday, "today", "this week", or
    a date within `START_DAYS` of the news."""
    return cues.strong_now or (cues.day is not None and cues.day >= -START_DAYS)


def _sides_in_history(
    sentences: Sequence[Labelled], labels: list[str], i: int, j: int, recent: int | None = None
) -> None:
    """A side's own act or words with nothing of now, after a sentence found to be history,
    goes on with it ("The fighting followed a blast on Wednesday. Bangkok blamed Cambodian
    mines and expelled its envoy."): the sides' earlier moves are history, not reactions. Not
    after the happening of the week before the news (`_story_start`'s `recent`): what the sides
    say of it is the news's ("Ukraine's navy said a Russian vessel rammed the tug"), and so is
    what a side said after history, unless told on from it ("The ministry later said ...")."""
    for k in range(i + 1, j):
        s = sentences[k]
        if (
            labels[k] == "reaction"
            and labels[k - 1] == "background"
            and k - 1 != recent
            and s.lead_party
            and s.cues.now == 0
            and not s.cues.ahead
            # (words told in the present are said now: "Washington says intercepted messages
            # prove ...", "Cairo has told the world that its treaty stands")
            and _SAYS_NOW.search(s.text) is None
            # (nor what a side said of it, unless told on from it, "later said": "The ministry
            # said no shots were fired." is its answer, the news's; on D this left 17 false
            # histories out and 4 true ones)
            and (_SAYING.search(s.text) is None or relative_to_story(s.text) is not None)
        ):
            labels[k] = "background"


# A saying in the present or the present perfect: "says", "they say", "has told", "has since
# said".
_SAYS_NOW = re.compile(
    r"\b(?:says|(?<!\bto\s)say|tells|ha(?:s|ve)\s+(?:[a-z]+\s+)?(?:said|told))\b", _I
)


def _sides_earlier_moves(sentences: Sequence[Labelled], labels: list[str], i: int, j: int) -> None:
    """A side's own earlier move or words told in the past perfect, after the lead and with no
    cue of now in its own clause, is history ("Jakarta had summoned Australia's ambassador over
    separate reports", "Brezhnev had warned Dubcek over the summer that ..."): the sides' moves
    before the news, not a reaction. A third party's stays a reaction: it answers the crisis."""
    for k in range(i, j):
        s = sentences[k]
        if (
            labels[k] == "reaction"
            and s.lead_party
            and s.cues.told_before
            # (a weekday anywhere ties it to the news's days: "Ivanov, who flew in on Saturday
            # night, had spent the night shuttling between ...")
            and not s.cues.strong_now
        ):
            labels[k] = "background"


def _words_amid_history(sentences: Sequence[Labelled], labels: list[str], i: int, j: int) -> None:
    """Words or an act told between two sentences of history in the same paragraph, after the
    lead, with no weekday or "today" in their own clause, are part of that history ("The
    alliance accused the government of rigging, boycotted the polls and called strikes.",
    "Israel had vowed to kill the group's leaders after the attack."), whoever the speaker:
    the narration of the past runs through them."""
    for k in range(i + 1, j - 1):
        if (
            labels[k] == "reaction"
            and labels[k - 1] == "background"
            and labels[k + 1] == "background"
            and not sentences[k].cues.own_strong_now
        ):
            labels[k] = "background"


# What an event shows, proves or underlines: a judgement of the news as it stands, whatever
# history the sentences after it tell ("The crisis has shown that the rule cannot cope").
_SHOWS = re.compile(
    r"\b(?:shows?|showed|(?:has|have)\s+shown|proves?|proved|(?:has|have)\s+proven|"
    r"demonstrates?|demonstrated|underlines?|underlined|underscores?|underscored|"
    r"suggests?|suggested)\s+(?:\w+\s+)?(?:that|how)\b",
    _I,
)
# Not narration: quoted words, a list's lead-in or items, a condition, a live blog's entry
# stamped with its time of day ("12:20 Tear gas near the Arc de Triomphe.").
_SAYING = re.compile(r"\b" + alternation(SAY | {"say", "spoke", "speak", "speaks"}) + r"\b", _I)
_NOT_NARRATION = re.compile(r"[\"“”]|[:;]\s*$|^(?:if|unless)\b|^\W{0,3}\d{1,2}[:.]\d\d\b", _I)
# A verb in the simple past (regular, or a common irregular one): narration, not the present
# of a commentary ("Nothing in the aid changes that.").
_SIMPLE_PAST = re.compile(
    r"\b(?:was|were|had|did|came|went|took|made|gave|held|left|began|became|fell|rose|saw|"
    r"sent|won|lost|met|led|told|kept|brought|fought|built|broke|drove|ran|stood|struck|flew|"
    r"found|got|paid|sank|shot|spent|threw|wrote|chose|drew|grew|knew|thought|bought|caught|"
    r"sold|felt|heard|meant|laid|sat|hit|put|set|cut|shut|"
    r"[a-z]{2,}ed)\b",
    _I,
)


def _history_runs_on(
    sentences: Sequence[Labelled], labels: list[str], i: int, j: int, before: bool
) -> None:
    """A narrative's history runs on across paragraphs: after a paragraph of history, a
    paragraph told in the plain past with no cue of now at all (no weekday, no present perfect,
    nothing ahead) goes on with it ("Under Franco, Catalan was driven out of schools." then
    "What changed was the statute. A million people marched through Barcelona."); after the
    lead only. Every sentence must be told in the past, and none may tell a third party acting
    (`Labelled.acting`: the help sent after a quake, the guests at a funeral are the news's
    own days whatever history comes before them)."""
    if not before:
        return
    told = [k for k in range(i, j) if not sentences[k].has_speaker]
    if len(told) < 2 or any(
        labels[k] not in ("development", "background")
        or sentences[k].cues.now > 0
        or sentences[k].cues.strong_now
        or sentences[k].cues.ahead
        or sentences[k].cues.habitual
        or sentences[k].cues.commentary
        or sentences[k].fragment
        or sentences[k].acting
        or is_perspective(sentences[k].text)
        or is_outlook(sentences[k].text, sentences[k].cues)
        or _NOT_NARRATION.search(sentences[k].text)
        or _SAYING.search(sentences[k].text)  # what someone says is the news's
        or not _SIMPLE_PAST.search(sentences[k].text)
        # (a present tense is the story as it stands: "By that measure the result is mixed",
        # "The army has lost several thousand men")
        or _PRESENT.search(sentences[k].text)
        for k in told
    ):
        return
    for k in told:
        labels[k] = "background"
