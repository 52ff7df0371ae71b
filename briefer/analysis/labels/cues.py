"""The time cues of one sentence: how strongly its own clause points to the past (history)
and to the present (the news), read from its tenses, cue words and the times `timeline`
resolves against the news day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefer.analysis.frozen import quick_init
from briefer.analysis.names.shapes import WEEKDAYS
from briefer.analysis.prefilter import Sieve, sieve_of
from briefer.analysis.timeline import (
    ASIDE,
    MONTH_NAMES,
    QUOTED,
    Frame,
    When,
    event_day,
    frame_of,
    governed_ahead,
    month_days,
    months_before,
    opens_before,
    own_part,
    period_start,
    story_frame,
    times,
    weekdays_before_news,
)
from briefer.analysis.verbs import ANNOUNCE, ATTITUDE, EMPHASISE, SAY, alternation

_I = re.IGNORECASE
_MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#: A date this many days before the news, or fewer, is part of the current story (but for its
#: start: `paragraphs._story_start`).
RECENT_DAYS = 90
# Cues of long-standing context: strong enough to outweigh a speaker.
_LONG_STANDING = re.compile(
    r"\b(?:since\s+(?:at\s+least\s+|the\s+(?:early\s+|late\s+|mid-)?)?(?:1[89]|20)\d\d\w?|"
    r"dat(?:es|ed|ing)\s+(?:back|to\b)|goes\s+back\s+(?:to|decades|years|centuries)\b|"
    # the roots of the matter: "The dispute has deep roots", "The roots lie in a decade of ..."
    r"(?:deep|old|long)\s+roots\b|roots\s+(?:lie|go|run)\b|"
    # a thing said to have a past: "The anger is not new.", "Such raids are nothing new."
    r"(?:is|are)\s+(?:also\s+)?(?:not|nothing)\s+new\b|"
    r"ha(?:d|s|ve)\s+(?:\w+\s+){0,3}?for\s+(?:weeks|months)|"
    r"(?:has|have)\s+(?:\w+\s+){1,6}?before(?=\s*[.;]?$)|"  # "has impeached two before."
    # a record told by its count: "has threatened secession many times"
    r"ha(?:s|ve|d)\s+(?:\w+\s+){1,4}?(?:many|several|numerous|countless)\s+times\b|"
    r"ha(?:s|ve|d)\s+(?:\w+\s+)?long\b|"
    # (not an epithet of a thing or a party: "its long-standing refusal", "a long-standing arms
    # supplier", "the decades-old quarrel": what it names is the news's, or an aside)
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?:long-?standing|long-running|decades-(?:old|long))|"
    # (not a span to come, "will shape relations for years to come", nor a count of what is to
    # come, "could open the way for years of litigation")
    r"for\s+(?:many\s+)?(?:decades|years|centuries|generations)(?!\s+(?:to\s+come|of)\b)|"
    # a state lasting a span counted: "have quarrelled over the river for more than a
    # century", "has ruled for nearly two decades"
    r"ha(?:s|ve|d)\s+(?:[\w'’-]+\s+){1,10}?for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|\d+)\s+"
    r"(?:decades?|centur(?:y|ies)|generations?|years|winters|summers)\b|"
    # more than a year of it: "had warned for more than a year that", "has complained for
    # over a year"
    r"ha(?:s|ve|d)\s+(?:[\w'’-]+\s+){1,10}?for\s+(?:more\s+than|over|well\s+over)\s+a\s+year\b|"
    r"histor(?:y|ical|ically)|traditionally|ever\s+since|ha(?:s|ve|d)\s+(?:repeatedly|always)|"
    # what followed the earlier event told before: "Since then, things have only got worse"
    r"^since\s+then\b|in\s+recent\s+(?:years|decades)|"
    r"since\s+the\s+(?:early\s+|late\s+|mid-)?(?:\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|"
    r"twentieth)\s+century|"
    # a standing rule: "Under the constitution, ...", "Under the power-sharing system, ..."
    r"^under\s+(?:the|its|their|present|current|existing)\s+(?!new\b)(?:[\w'’-]+\s+){0,6}?"
    r"(?:constitution|system|rules|charter|convention)\b|"
    r"since\s+the\s+(?:\w+\s+){1,3}?(?:began|started|erupted|broke\s+out)|"
    r"(?:the\s+)?latest\s+in\s+a\s+(?:\w+\s+)?(?:series|string|line|succession|spate|run)\s+of|"
    r"(?:for|over|during)\s+(?:most\s+of\s+|much\s+of\s+)?the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:decades?|years|centuries))",
    _I,
)
# (a founding told in the passive is history; an act told so is history only when dated:
# `_PASSIVE_ACT`)
_PAST_CUES = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:established|founded|created|formed|set\s+up|annexed|"
    r"partitioned)|formerly|"
    r"previously(?!\s+un\w+)|"  # "a previously unknown group" tells nothing of the past
    # (not a span up to now: "in the past week", "in the past three weeks", "in the past 24
    # hours"; nor a year to come: "early next year")
    r"in\s+the\s+past(?!\s+(?:few\s+|several\s+|two\s+|three\s+|four\s+|\d+\s+)?"
    r"(?:days?|nights?|weeks?|months?|hours?|fortnight)\b)|"
    r"last\s+(?:year|decade)|(?:the\s+)?following\s+(?:year|decade)|the\s+next\s+(?:year|decade)|"
    # ("has since" is no cue: what followed up to now goes with the sentence before it, history
    # after history, the news's own days after news: "The crew have since been arrested.")
    r"(?:a|one|two|three|several|some)\s+(?:years?|decades?)\s+(?:later|earlier)|"
    r"(?:years|decades|centuries)\s+ago|"
    r"in\s+the\s+(?:weeks|months|years|decades)\s+that\s+followed|"
    r"(?:the\s+)?(?:19|20)\d0s|has\s+never|have\s+never|had\s+never|at\s+the\s+time|"
    # a record told by its count: "was twice convicted"
    r"(?:was|were|been)\s+(?:twice|(?:three|four|five|several|many)\s+times)|"
    # ("the previous day", "over the previous 24 hours": days of the news, not history)
    r"earlier\s+this\s+year|"
    r"previous(?!\s+(?:day|night|evening|morning|afternoon|week|\d+|few|several|hours)\b)|"
    r"originally|"
    r"(?:decades|centuries|generations)\s+of|cold\s+war|(?:first|second)\s+world\s+war|"
    r"world\s+war\s+(?:i|ii|one|two)|soviet(?:-era|\s+era|\s+times|\s+rule|\s+collapse)|"
    r"collapse\s+of\s+the\s+soviet\s+union|colonial\s+(?:rule|era|times|period|power)|"
    r"(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|eighteenth)\s+century)\b",
    _I,
)
# An act told in the passive ("The resolution was adopted", "The truce was signed"): history
# when the sentence dates it ("was adopted on June 30": the date then weighs as well), the
# news itself as often when undated ("Resolution 904 was adopted without a vote against").
_PASSIVE_ACT = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:signed|adopted|declared|ratified|brokered)\b", _I
)
# A date the sentence names: a month or a weekday (capitalised: not the verb "may"), a year.
_NAMES_A_DATE = re.compile(
    r"\b(?:" + MONTH_NAMES + "|" + "|".join(WEEKDAYS) + r"|1[89]\d\d|20\d\d)\b"
)
# The start of the story told as history: "the standoff began on Aug. 10, when...",
# "the move came days after...".
_ORIGIN = re.compile(
    r"\b(?:(?P<start>began|started|erupted|broke\s+out|flared)\b[^.;]{0,40}?\b"
    # (only a span of time between: "came days after", not "came back on Monday after")
    r"(?P<link>when|after|on|in)\b|c(?:ame|omes?)\s+(?:(?:just|only|shortly|soon|barely|"
    r"less|more|than|a|an|one|two|three|four|five|six|several|few|some|\d+|days?|weeks?|"
    r"months?|hours?|years?)\s+){0,4}?(?:after|before)|"
    # "The fighting followed a blast on Wednesday", "The trigger for the violence was ...";
    # not a party acting next ("The European Union followed on 23 February with ...", "The
    # United States followed within days")
    r"^(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?follow(?:ed|s)\b"
    r"(?!\s+(?:on|with|within|suit|by|up|in|later|soon|closely|through)\b)|"
    r"^the\s+(?:\w+\s+)?(?:trigger|spark|catalyst)\s+(?:for|of)\b|"
    # the official communiqué's turn to what came before: "It will be recalled that ..."
    r"^(?:it\s+(?:will|may|might|should|must|can)\s+be|as\s+(?:will|may)\s+be)\s+recalled|"
    r"^it\s+is\s+pertinent\s+to\s+(?:mention|recall|note))\b",
    _I,
)
# The denial of a charge, in the present: "a charge Iraq denies", "charges both governments
# have denied", "which the Kremlin denies", "a claim the rebels reject".
_DENIED_CHARGE = re.compile(
    r"(?:\b(?:charges?|accusations?|allegations?|claims?)\s+(?:that\s+)?|,\s+which\s+)"
    r"(?:[\w'’-]+\s+){1,4}?(?:denies|deny|rejects|reject|ha(?:s|ve)\s+denied)\b",
    _I,
)
# A clause describing the subject ("The fighting that ended on Monday began on 24 July"): its
# weekday dates the end, not the start.
_AFTER_SUBJECT = re.compile(
    r"^([^,;]{0,40}?)\b(?:that|which)\s+[^,;]{0,40}?\b(?=began|started)", _I
)
#: A start told as history is dated at least this many days before the article.
ORIGIN_DAYS = 1
# A sentence opening on an earlier time: "In August, ...", "In November 2019, ...".
_OPENING_TIME = re.compile(
    r"^(?:back\s+)?(?:in|by|during|until|since)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:(?P<month>[A-Za-z]+)\s*(?P<year>(?:1[89]|20)\d\d)?|(?P<only_year>(?:1[89]|20)\d\d))\b",
    _I,
)
# A main clause that states a standing fact: a plain "is"/"are" (not progressive, not
# passive) or a verb of lasting state ("accounts for", "borders", "uses"). "Is" may as well
# tell the news as it stands: the situation of now ("is tense", "are in custody", "is unclear
# who fired", "There are fears"), the news judged ("is a blow to"), a deadline ("is only
# until"); none of these is a standing fact (`_NOW_STATE`). A verb of state must come before
# any past verb and not after a determiner ("restricted imports of"); a place "lies" where it
# is ("lies 40 km from"), not "in ruins".
_NOW_STATE = (
    r"(?:(?:not|yet|still|now|also|only|already|so\s+far)\s+)*(?:"
    # something going on, after an adverb: "is also sending a team", "is already on its way"
    r"(?<=\s)\w+ing\b|on\s+(?:its|their|his|her|the)\s+way\b|"
    r"(?:un)?clear|(?:un)?known|uncertain|(?:un)?likely|(?:im)?possible|difficult|hard|too\s+early|"
    r"tense|calm|quiet|defiant|overwhelmed|without|in\s+custody|stuck|far\s+apart|on\s+alert|"
    # talks going on, someone present: "Japan is in talks with the DRC", "are both here"
    r"in\s+talks\b|(?:both\s+|all\s+)?here\b|"
    # the writer's verdict on the news as it stands: "The leverage is real.", "The fighting is
    # over.", "Panama is ready.", "Governments are nervous.", "The change is smaller than it
    # looks.", "The numbers are not in dispute."
    r"(?:real|over)(?=\s*(?:[.;:,]|$))|ready|nervous|notable|obvious|striking|stark|"
    r"in\s+(?:no\s+)?(?:dispute|doubt)|"
    r"\w+er\s+than\s+(?:it|they)\s+(?:looks?|seems?|sounds?|appears?)|"
    # a comparison of now: "No country is more exposed than Zambia."
    r"(?:more|less)\s+[a-z]+\s+than\b|"
    # a state of now told with a bare noun: "are at risk", "is under water", "at odds", "under way"
    r"(?:under|at)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|least|most|first|last|"
    r"once)\b)[a-z]|until|"
    # ("There are fears that", "There are no signs that", "are mounting doubts")
    r"(?:(?:growing|mounting|no|few|some|new|fresh)\s+)?(?:fears|concerns|reports|signs|hopes|"
    r"doubts)\b|"
    r"an?\s+(?:\w+\s+)?(?:blow|setback|test|sign|victory|defeat|boost|step|warning|signal|"
    r"reminder|rebuke|snub|success|failure|triumph|embarrassment|humiliation|breakthrough|"
    r"milestone)\b)"
)
# Irregular past participles: "is forecast", "are held", "is thought" are passives (an event
# or a report), not a standing fact.
_PARTICIPLES = (
    r"(?:forecast|thought|held|hit|shut|cut|put|seen|known|built|taken|given|found|left|kept|"
    r"sent|spent|lost|made|told|brought|caught|bought|shot|struck|fought|sought|won|beaten|"
    r"broken|chosen|driven|frozen|hidden|stolen|torn|written|drawn|flown|grown|shown|thrown|"
    r"overrun|withdrawn|undertaken|forbidden|understood|meant|paid|laid|led|read|spread)\b|"
)
# Common irregular verbs in the simple past: a clause told in the past ("Greece sent emergency
# supplies"), whose later words are no verb of state.
_IRREGULAR_PAST = (
    r"(?:was|were|had|did|sent|took|made|gave|held|left|began|became|fell|rose|saw|won|lost|"
    r"met|led|told|kept|brought|fought|built|broke|ran|struck|flew|found|got|paid|spent|threw|"
    r"chose|drew|grew|knew|bought|caught|sold|shut|set\s+up)"
)
# Verbs of a lasting state that take their object directly ("hosts", "controls", "exports").
_STATE_VERBS = (
    "hosts|regards|considers|controls|produces|exports|imports|supplies|uses|owns|houses|"
    r"needs|requires|carries(?!\s+on\b)|handles|forms(?!\s+up\b)|links|connects|separates|"
    "straddles|overlooks|employs"
)
_STATIVE = re.compile(
    # (not a condition, nor a question or a wh-clause: "What is new is the scale of ...")
    r"^(?!(?:if|unless|when|whether|once|until|what|who|how|why|where)\b)"
    # (nor an inversion that lists who or what the news holds: "Among the hostages are ...")
    r"(?!among\b)"
    # (nor the writer pointing at the news: "It is the first meeting ever between ...", "It
    # is why nobody acted", "They are 11.5 million internal files", "Here is the rundown",
    # "This page is no longer updated"; a passive with its agent stays a standing fact: "It
    # is operated by a Taiwanese company")
    r"(?!(?:it|they|this|these|here)\s+(?:is|are)\s+(?!(?:\w+ly\s+)?\w+(?:ed|wn|en)\s+by\b))"
    # (nor the writer's own: "Our recommendation is a common stock", "Our full report is on
    # the front page")
    r"(?!our\s)"
    # (nor the writer's frame: "The second lesson is about allies", "The real lever is trade",
    # "The sharpest questions are for the coast guard", "The deeper problem is unchanged")
    r"(?!the\s+(?:second|third|fourth|fifth|last|final|main|real|key|chief|central|deeper|"
    r"deepest|bigger|biggest|sharpest|likeliest|hardest|greater|greatest|wider|broader)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:is|are)\b)"
    r"(?:(?!\b(?:the|a|an|its|their|his|her|of|on|in|for|to|and)\s+\w+$)"
    # (a past verb before it is no state: "restricted imports"; a name is no verb: "The
    # United States is not a member")
    r"(?!\b(?-i:[a-z])\w*ed\s)(?!\b"
    + _IRREGULAR_PAST
    + r"\s)(?!\b(?:is|are)\s+that\b)(?:[^,;:\"“]|(?<=\d),(?=\d{3}))){0,80}?\b"
    # (not the verb of a clause inside: "cannot establish who is responsible")
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhat\s)"
    # (nor what the news means, told in a clause: "The problem is that ...")
    r"(?:(?:is|are)\s+(?!\w+ing\b|\w+ed\b|being\b|expected|due|set|to\b|that\b|"
    # (a bare word closing the sentence, the writer's verdict on the news as it stands: "The
    # tone is cautious.", "The closure is also costly.", "The two are not related."; not an age
    # or a size, "Their grievances are old.", "Trade between the two is small.")
    r"(?:(?:also|now|still|not|very|more|less|so|too|far|quite|increasingly|extremely|equally|"
    r"even)\s+)*(?!(?:old|ancient|decades-old|centuries-old|age-old|familiar|perennial|small|"
    r"large|big|tiny|huge|vast|modest|negligible|rare|common|scarce|sparse|landlocked|remote|"
    r"mountainous)\b)"
    r"(?-i:[a-z][a-z-]+)\s*[.!]?$|"
    # (a judgement or a report of now after its adverb: "is widely seen as the driving force",
    # "is widely tipped to lead it"; not a standing duty, "is legally obliged to")
    r"\w+ly\s+(?:seen|tipped|expected|thought|believed|rumou?red|reported|said)\s+(?:as|to)\b|"
    + _PARTICIPLES
    + _NOW_STATE
    + r")|"
    # "is crossed by dozens of cables" (not a time to come: "are expected by the end of June")
    r"(?:is|are)\s+(?:\w+ly\s+)?(?!(?:expected|scheduled|planned|due)\b)\w+(?:ed|wn|en)\s+by\b|"
    # where a thing stands: "About 37,000 troops are stationed in the South", "The court is
    # based in The Hague"
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:stationed|based|located|situated|headquartered)\s+"
    r"(?:in|at|near|off|outside|inside)\b|"
    r"(?:lies|lie|sits|sit)\s+(?:[\w.-]+\s+){0,5}?(?:from|inside|within|between|along|off|"
    r"astride|across|near|north|south|east|west|closer|nearer)\b|"
    # (a verb of state has a subject before it, not a determiner or a number: "Borders and
    # airspace reopened", "the leaders of both houses", "sent emergency supplies")
    r"(?<=\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bof\s)(?<!\bboth\s)"
    r"(?<!\ball\s)(?<!\bmost\s)(?<!\bmany\s)(?<!\bsome\s)(?<!\btheir\s)(?<!\bwith\s)"
    r"(?:accounts?\s+for|borders|depends?\s+on|relies|rely\s+on|belongs?\s+to|"
    r"stretch(?:es)?|" + _STATE_VERBS + "|"
    # a habit: "normally passes through", "usually takes"
    r"(?:normally|usually|typically|ordinarily)\s+\w+s)\b"
    # a verb of state takes an object: one closing the sentence is a noun ("and supplies."),
    # and so is one followed by a verb ("water supplies are cut off")
    r"(?!\s*(?:[.;:!?]|$))(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|may)\b))",
    _I,
)
# A description of the subject between commas ("Catalonia, a region of 7.5 million people,
# accounts for..."), left out when looking for the main verb.
_APPOSITIVE = re.compile(
    # (a measure too: "The island, less than a square mile of low ground, lies ...")
    r"^([^,;]{1,60}),\s+(?:an?|the|one|home|once|less|more|about|some|nearly|almost|roughly)\s"
    r"[^,;]{1,100},\s+"
)
# A cheap necessary condition for `_STATIVE` (its look-aheads defeat the prefilter's gate).
_STATIVE_HINT = re.compile(
    r"\b(?:is|are|accounts?|lies|lie|sits|sit|borders|depends?|relies|rely|belongs?|stretch(?:es)?|"
    + _STATE_VERBS
    + r"|normally|usually|typically|ordinarily)\b",
    _I,
)
# What `_STATIVE`'s opening never passes: a comma (unless inside a number, "11,500"), a
# semicolon, a colon, a quotation mark.
_STATIVE_STOP = re.compile(r'[;:"“]|(?<!\d),|,(?!\d{3})')
_PAST_PERFECT = re.compile(
    r"(?<!who )(?<!which )(?<!that )"
    r"\bhad\s+(?:\w+ly\s+|not\s+|never\s+|long\s+)?(?:been|\w+ed|gone|come|taken|made|seen|"
    r"begun|grown|fallen|risen|held|left|won|lost|become|fought|known|given|built|broken|"
    r"driven|run|sought|kept|brought|spent|led)\b",
    _I,
)
# A clause inside the sentence opened before its past perfect: "demanded to know why the
# soldiers had been deployed", "It was not clear when the footage had been recorded", "where
# 250,000 people had queued", "although they had been restored", "far worse than the army had
# planned": that clause's earlier time, not the sentence's own.
_SUBORDINATE = re.compile(
    # (read in lower case: a case-blind alternation costs several times as much)
    r"\b(?:why|when|where|whether|although|though|because|if|unless|until|whom|whose|"
    # a complement or a comparison after the main verb: "declared a zone that the government
    # had declared", "went far worse than the army had planned", "denied that any strike had
    # taken place"
    r"that|than)\s"
)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]")


def _inside_clause(text: str, at: int) -> bool:
    """Whether the verb at `at` stands in a clause a subordinator opens before it, within the
    same stretch between commas ("demanded to know why the soldiers had been deployed"), not
    after an aside the commas close ("King Felipe, whose father played that part, had already
    given his address")."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    stretch = text[start:at].lower()
    return _SUBORDINATE.search(stretch) is not None or _CONTACT.search(stretch) is not None


# A relative clause with no "that", its subject a pronoun after the noun it describes: "a step
# he had resisted for fifteen years", "The man he had proclaimed the Mahdi".
_CONTACT = re.compile(r"\b(?:a|an|the|this|its|their|his|her)\s+[a-z]+\s+(?:he|she|they|it|we)\s$")


# The news's own days, dating a past perfect to them ("Britain had closed its embassy last week",
# "had tried to soften the tone earlier this week"): before the lead's event, not history.
_DAYS_OF_THE_NEWS = re.compile(
    r"\b(?:last\s+(?:week|weekend)|earlier\s+(?:this|in\s+the)\s+week|(?:a\s+few|two|three|"
    r"several)\s+days\s+(?:earlier|before))\b",
    _I,
)
_REPORTING = re.compile(
    r"\b(?:"
    + alternation(SAY | ANNOUNCE | {"saying", "adding", "warned", "reported", "claimed", "say"})
    + r"|according\s+to|estimated?|estimates|believed?|believes)\b",
    _I,
)
_WEEKDAYS = "(?:" + "|".join(WEEKDAYS) + ")"
_NOW_STRONG = re.compile(
    r"\b(?:(?:on|since)\s+"
    + _WEEKDAYS
    # (the relative days of the news, "last night" as "yesterday": "By last night police had
    # sealed off the square")
    + r"|today|tonight|yesterday|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening|"
    r"week|weekend)|late\s+on|early\s+on\s+" + _WEEKDAYS + r"|"
    # The reporter's own checks are today's news: "did not respond to a request for comment".
    r"(?:did\s+not|declined\s+to|refused\s+to)\s+(?:immediately\s+)?(?:comment|respond|reply)|"
    r"could\s+not\s+(?:immediately\s+)?be\s+reached|no\s+immediate\s+(?:comment|response))\b",
    _I,
)
# Irregular past participles of a present perfect telling the news: "has driven prices up",
# "has split in two", "have sent troops".
_IRREGULAR_PERFECT = (
    r"(?:driven|taken|given|shown|grown|fallen|risen|split|spread|brought|sent|left|"
    r"lost|made|told|kept|won|hit|cut|put|set|thrown|broken|chosen|begun|struck)"
)
# Someone planning ("plans to", "plan to"), not a plan named as a thing ("part of a plan to cut
# subsidies", "presses ahead with its plan to repay the debt": its time is the sentence's verb's).
_PLAN_TO = (
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"plans?\s+to"
)
_NOW_WEAK = re.compile(
    r"\b(?:now|currently|ongoing|so\s+far|still|overnight|latest|at\s+least|"
    r"as\s+(?:early|soon)\s+as|next\s+(?:week|month)|"
    r"by\s+(?:the\s+)?(?:evening|nightfall|morning|afternoon|midday|noon|night|dawn|dusk|"
    r"mid-?(?:morning|afternoon|day)|"
    + _WEEKDAYS
    + r")|"
    + _WEEKDAYS
    + r"['’]s|"  # "Monday's meeting": an event of the last days
    r"(?:is|are|am)\s+(?:\w+ly\s+|not\s+|now\s+)?\w+ing|"
    # (not "would have punished": the past that did not happen)
    r"(?<!would\s)(?<!could\s)(?<!might\s)(?<!should\s)(?<!must\s)"
    r"(?:has|have)\s+(?!repeatedly|long|never|always)(?:\w+ly\s+|also\s+|already\s+|just\s+)?"
    # (an irregular participle too: "has driven prices up", "has split in two")
    r"(?:\w+ed|" + _IRREGULAR_PERFECT + r")|"
    r"will|would(?!\s+(?:not\s+)?have\s+(?:been|\w+ed|\w+en)\b)|" + _PLAN_TO + r"|expected\s+to|"
    r"scheduled|due\s+to|set\s+to|"
    r"later\s+(?:today|tonight|this|on\b|in\s+the\s+day)|"
    r"(?:were|was)\s+\w+ing|continu\w+|remain\w*|(?:hours|minutes)\s+(?:earlier|before|later)|"
    r"within\s+(?:hours|minutes)|"  # ("Within hours, Japan had closed its embassy")
    # a span of hours of the news's days: "had been trapped for hours", "had leaned against it
    # for most of the night", "since the morning", "throughout the day"
    r"(?:for|through|throughout)\s+(?:most\s+of\s+|much\s+of\s+|all\s+)?(?:the\s+)?"
    r"(?:hours|night|day|morning|afternoon|evening)|"
    r"since\s+(?:the\s+)?(?:morning|dawn|daybreak|midnight|noon|midday|afternoon))\b",
    _I,
)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+ed\b", _I)
# (a number naming a resolution, a flight or an item is no year: "Resolution 1973", "No. 1860")
_NAMED_NUMBER = r"(?<![Rr]esolution\s)(?<![Ff]light\s)(?<!No\.\s)(?<!no\.\s)"
_YEAR = re.compile(_NAMED_NUMBER + r"(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?!,\d|\d|%)")
_IN_MONTH = re.compile(
    r"\b(?:in|during|since|until|by|early|late|mid-?|last)\s+(?:early\s+|late\s+|mid-?)?("
    + MONTH_NAMES
    + r")\b(?!\s+\d)",
    _I,
)
_SUBJECT_ASIDE = re.compile(
    r"^([^,;]{1,60}),\s+(?:who|which|whose|once|elected|appointed|born|founded|formed)\b[^,;]*,"
    r"(?=\s+(?:has|have|had|is|are|was|were|will|would|\w+s)\b)",
    _I,
)
_SUPERLATIVE = (
    r"(?:first|only|worst|most\s+\w+|(?:larg|bigg|high|low|dead|heavi|strong|fierc|long|great|"
    r"sharp|steep|bloodi|clos|fast|bad|hott|cold)est)"
)
# A record the event sets, measured against the past: "the first increase since 2016", "the
# first since Riyadh cut ties in 2012", "its lowest level since 1998" (any determiner), "the
# largest protest in the country's modern history", "the first such order in American history"
# (up to three words before "history"), "closer to paralysis than at any time in its history".
_RECORD = re.compile(
    r",?\s*\b(?:the|its|their|his|her|[\w-]+['’]s)\s+"
    + _SUPERLATIVE
    + r"(?:\s+[\w-]+){0,3}?\s+(?:since\b[^,;.]*|"
    r"in\s+(?:[\w'’.-]+\s+){0,3}?history\b)|"
    r"\bthan\s+(?:at\s+)?any\s+(?:time|point|year)\s+(?:in|of)\s+(?:the|its|their|[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?history\b|"
    # ("the first time a NATO member has fired on its soil since 1945", "It was the first time
    # foreign media had been allowed in since the violence of March 14": a first, its subject
    # between)
    r"\bthe\s+first\s+time\b[^,;.]{0,100}?\bsince\b[^,;.]*|"
    # ("closer to war than at any time since 1945", "further apart than at any point since the
    # dispute began": the news measured against all the years since)
    r"\bthan\s+(?:at\s+)?(?:any|no)\s+(?:other\s+)?(?:time|point|moment|year)\s+since\b[^,;.]*",
    _I,
)
_HABITUAL = re.compile(
    r"\b(?:says|maintains|insists|argues|contends|considers|regards|claims|denies|rejects|"
    r"sees|views|believes|holds|accuses|blames)\b",
    _I,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?[a-z]+\b", _I)
_CONTENT_START = re.compile(
    r"\b(?:" + alternation(SAY | EMPHASISE | ANNOUNCE | {"warned", "that"}) + r")\b"
    r"|,\s+(?:which|who|whose|where|when)\b",
    _I,
)
_SAID = re.compile(r"\b" + alternation(SAY | EMPHASISE | ANNOUNCE | ATTITUDE) + r"\b", _I)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", _I)
# Commentators judging the news: "Analysts say", "Diplomats said", "Economists expect".
_COMMENTARY = re.compile(
    r"^(?:\w+\s+){0,2}?(?:analysts|experts|observers|commentators|economists|"
    r"diplomats|(?:business|industry)\s+(?:leaders|groups))\b[^,;]{0,40}?\b"
    r"(?:say|said|believe|believed|expect|expected|estimate|estimated|note|noted|call|called|"
    r"warn|warned|argue|argued|see|saw)\b",
    _I,
)
# What is to come in a month after the article's own: "will expire in May", "begins in May",
# "who faces elections in May".
_COMING = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|set|expected|scheduled)|begins?|ends?|expires?|starts?|"
    # a plan or an expectation: "plan a donor conference in October", "We expect pressure to
    # grow in December"
    r"plans?|expects?|"
    r"faces?|takes\s+place|runs?\s+until|"
    # a timetable told in the present: "The talks resume in September", "The next test comes
    # in June", "Parliament meets in October"
    r"(?-i:resumes?|comes|opens|meets|convenes|reconvenes))\b",
    _I,
)
# A clause that looks ahead: "will", "would", "is expected to", "plans to".
_AHEAD = re.compile(
    # (not "would have removed": the past that did not happen)
    r"\b(?:will|would(?!\s+(?:not\s+)?have\s+(?:been|\w+ed|\w+en)\b)|shall|"
    r"(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|" + _PLAN_TO + r"|"
    # a date to come: "The general election is due on April 11", "is scheduled for March"
    r"(?:is|are)\s+(?:due|scheduled|set|planned)\s+(?:on|for)|"
    r"(?:is|are)\s+(?:due|scheduled|planned)\s+in\s+(?-i:[A-Z0-9])\w*|"
    r"intends?\s+to|next\s+(?:week|month|year)|"
    # what may come: "could reshape the region", "may decide the vote" (not the past that did
    # not happen, "could have stopped", nor a past inability, "could not reach the village")
    r"(?-i:could|might|may)\s+(?!(?:not|never|have|n['’]t|well\s+have)\b)(?:\w+ly\s+|also\s+|"
    r"still\s+|yet\s+|soon\s+|even\s+)?(?-i:[a-z]+)(?<!ed))\b",
    _I,
)
# Saying in the past tense: what follows is dated by the saying, not by the years it names.
_SAID_PAST = re.compile(
    r"\b"
    + alternation({w for w in SAY | EMPHASISE | ANNOUNCE if not w.endswith("s")} | {"reported"})
    + r"\b",
    _I,
)
# When the saying took place: "reported last year that", "said in 2019 that".
_SAYING_TIME = re.compile(
    r",?\s+(?:in|on|during|last|earlier|early|late|since)\s+[\w.]+(?:\s+\d{1,2},?)?(?:\s+\d{4})?",
    _I,
)
# The time of a saying told right after its verb, when it is before the story: "reported last
# year that", "warned at the time that", "said in March that", "said in 2019".
_SAID_WHEN = re.compile(
    r",?\s+(?:at\s+the\s+time(?!\s+of\b)|last\s+year|(?:a\s+|\w+\s+)?years?\s+ago|"
    r"in\s+(?P<year>(?:1[89]|20)\d\d)|(?:in|during)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?P<month>[A-Za-z]+)(?:\s+(?P<of>(?:1[89]|20)\d\d))?)\b",
    _I,
)
# A speaker named by an office held then, not now: "North Macedonia's then prime minister".
_THEN_OFFICE = re.compile(r"(?:\bthe|['’]s)\s+then[-\s]+\w", _I)
#: A saying dated to a named month this many months or more before the article is before the
#: story (the month before may be the story's own start).
SAID_MONTHS = 2


@quick_init
@dataclass(frozen=True, slots=True)
class TimeCues:
    """How strongly a sentence points to the past (background) and to the present."""

    past: int
    now: int
    long_standing: bool
    # The story's start told as history ("the standoff began on Aug. 10, when...").
    origin: bool = False
    # A weekday, "today", "this week": the sentence is about now, whatever else it says.
    strong_now: bool = False
    # A long-standing cue in the sentence's own clause, with no cue of now in that clause.
    position: bool = False
    # A year before the article's own, outside asides.
    dated_past: bool = False
    # A statement told in the present ("Turkey says", "Kigali rejects"): a position held.
    habitual: bool = False
    # The sentence's own clause looks ahead ("officials said they would assess the damage").
    ahead: bool = False
    # Commentators judging the news ("Analysts said the drills were shorter than in 2022").
    commentary: bool = False
    # A weekday, "today", "this week" in the sentence's own clause, asides and a description
    # of the subject left out ("X, the group Iran said it hit on Tuesday, has claimed ...").
    own_strong_now: bool = False
    # The saying itself is dated before the story ("reported last year that", "warned at the
    # time", "the then prime minister said", "said in March" in a July story).
    said_before: bool = False
    # The sentence's own verb is a past perfect, before any verb of saying or clause opener:
    # what its subject had done or said before ("Jakarta had summoned Australia's ambassador",
    # "The minister had warned in several calls that ..."), not "X said Y had ...".
    told_before: bool = False
    # The only cues of now in the sentence's own clause are weekdays before the lead's own day
    # ("Police raided the presidential office on Wednesday" below a Saturday lead).
    earlier_days: bool = False
    # The day of the sentence's own event relative to the news day (-1: the day before), when
    # its own clause dates it to the day (see `timeline.event_day`).
    day: int | None = None
    # The first day of the earliest month, year or period its own clause names ("the December
    # 2022 crisis": the 1st; see `paragraphs._news_start`).
    period: int | None = None


# A year written as a target ("by 2030", "until 2027") says nothing about the story's own year,
# unless it closes a range that opens on a year ("ruled from 1991 until 2019"): that is history.
# (A year after an article names a thing of that year: "settled by a 1965 treaty".)
_TARGET_YEAR = re.compile(
    r"\b(?:by|until|till|before|through)\s+(?:(?!(?:a|an|the)\s)\w+\s+)?$", _I
)
_RANGE_OPEN = re.compile(r"\b(?:1[89]|20)\d\d\b[^.;]{0,20}$")


def story_date(text: str, published: date | None, dateline: date | None) -> date | None:
    """The article's date for time cues when its dateline gave no year ("KINSHASA, Jan 27
    (Wire) -"): the loader then guesses the year, or gives none. A story narrates in the past
    only years up to its own, so its year is at least the latest year it mentions (targets
    such as "by 2030" aside); `dateline` is the yearless dateline's day, read with any year."""
    if dateline is None:
        return published
    head = text[:20_000]
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(head)
        if not _TARGET_YEAR.search(head, max(0, m.start() - 20), m.start())
        or _RANGE_OPEN.search(head, max(0, m.start() - 40), m.start())
    ]
    latest = max(years, default=None)
    if published is not None and (latest is None or latest <= published.year):
        return published
    if latest is None:
        return None
    # A story that never writes its own year is later than the years it recalls ("expelled
    # Iran's ambassador in 2018", "a truce agreed in April 2022"): wire copy says "this year"
    # or names only the month.
    year = latest + 1
    try:
        return dateline.replace(year=year)
    except ValueError:  # 29 February
        return dateline.replace(year=year, day=28)


def reference_year(text: str, published: date | None) -> int | None:
    """The article's year: its date if known, else the latest year its text mentions."""
    if published is not None:
        return published.year
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _earlier_opening(text: str, found: Sequence[When], frame: Frame, year: int | None) -> bool:
    """Whether the sentence opens on a month or year before the article's own month, as the
    timeline reads it ("In June" is the last June, or the coming one in a clause that looks
    ahead; "In November 2019"); without the article's date, a year before the latest named."""
    m = _OPENING_TIME.match(text)
    if m is None:
        return False
    if frame.news is None or frame.published is None:
        return (
            m.group("only_year") is not None
            and year is not None
            and (int(m.group("only_year")) < year)
        )
    at = m.start("only_year") if m.group("only_year") else m.start("month")
    when = next((w for w in found if w.start == at), None)
    return (
        when is not None
        and when.kind in ("month", "year")
        and (months_before(when.last, frame) or 0) > 0
    )


_WEEKDAY = re.compile(_WEEKDAYS, _I)


def news_weekday(lead: str, published: date | None) -> int | None:
    """The weekday (0 = Monday) of the news the lead sentence tells: the first weekday it names
    ("Police arrested 370 people on Wednesday"), one naming an event ("Sunday's election") only
    if no other, else the article's own day, if known (see `timeline.story_frame`)."""
    return story_frame(lead, published).weekday


def _before_news(text: str, frame: Frame, news_day: int | None) -> bool:
    """Whether `text` names weekdays, all of them days before the news day ("Monday" is before
    a Wednesday lead in a Thursday paper; "Tuesday" is after a Monday lead in a Wednesday
    paper; see `timeline.weekdays_before_news`)."""
    return news_day is not None and weekdays_before_news(text, frame)


def _origin(
    sieve: Sieve,
    every: Sequence[When],
    frame: Frame,
    year: int | None,
    news_day: int | None,
) -> str | None:
    """The story's start told as history: "the row began in July, when..." ("began"), or the
    news tied to what came before it: "the move came days after...", "the fighting followed a
    blast on Wednesday", "the violence erupted on Monday" below a Tuesday lead ("linked": a
    weekday there dates the earlier event). A start with no
    earlier anchor ("protests broke out after the result was announced", "the drills began
    three days after the inauguration") is the news itself (None)."""
    m = sieve.search(_ORIGIN)
    if m is None:
        return None
    if m.group("start") is None:
        if _WORDS_CAME.match(sieve.text, 0, m.start() + 6):
            return None  # someone's words tied to a move before them: both are the story's
        return "linked"
    relative = _RELATIVE_BEFORE.search(sieve.text, 0, m.start("start")) is not None
    if relative and not _SUBJECT_RELATIVE.match(sieve.text, 0, m.start("start")):
        # the start of something the sentence names, not of its subject ("accelerated the
        # return to Arab diplomacy, a process that began with ... in 2018")
        return None
    if _anchored(sieve, m.group("link"), every, frame, year):
        return "began"
    # A start on a day before the news ("The violence erupted on Monday after ..." below a
    # Tuesday lead), told of the sentence's subject, not in a relative clause ("clashes that
    # broke out on Sunday").
    if not relative and _before_news(sieve.text[m.start() :], frame, news_day):
        return "linked"  # the weekday dates the earlier event, not the news
    return None


# Someone's words told as coming after an earlier move ("His remarks came a day after Putin
# apologised", "The statement came hours after ..."): a statement of the story answering another.
_WORDS_CAME = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:remarks|comments?|statements?|words|speech|warnings?|calls?|"
    r"announcement|message|appeal|criticism|rebuke|accusations?)\s+c(?:ame|omes?)\b",
    _I,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|where)\s+(?:\w+\s+)?$", _I)
# A relative clause describing the sentence's subject ("The conflict, which erupted in November
# 2020, has killed ..."): its start is the subject's.
_SUBJECT_RELATIVE = re.compile(r"^[^,;]{1,60},\s+(?:that|which|who)\s+(?:\w+\s+)?$", _I)


def _anchored(
    sieve: Sieve, link: str, every: Sequence[When], frame: Frame, year: int | None
) -> bool:
    """Whether a start ("began on ...") is told with "when" or dated before the article: a year
    before its own, a date a day or more before it, a month other than its own."""
    if link.lower() == "when":
        return True
    if year is not None and any(int(y) < year for y in sieve.findall(_YEAR)):
        return True
    return any(_before_article(w, frame) for w in every if w.kind in ("date", "month"))


def _before_article(when: When, frame: Frame) -> bool:
    """Whether a date lies a day or more before the article's date, or a month is not its own."""
    if when.kind == "month":
        return months_before(when.first, frame) != 0
    return frame.lag - when.last >= ORIGIN_DAYS


# A timeline entry: a day and month (no year) opening the sentence, then a dash or colon
# ("25 June — Arévalo comes second", "**12 July**: A judge orders ...").
_ENTRY = re.compile(
    rf"^\W{{0,3}}(?:\d{{1,2}}\s+{_MONTH_START}[a-z]*\.?|{_MONTH_START}[a-z]*\.?\s+\d{{1,2}})"
    r"(?:,\s*\d{1,2}[:.]\d\d)?\W{0,3}\s*(?:[—–:]|-\s)",
    _I,
)


# An earlier year told in words: "last year", "in March last year", "two years ago", "a year
# earlier", "the year before" (not "last year's election": a thing of that year).
_YEAR_BEFORE = re.compile(
    r"\b(?:(?:last|previous)\s+year\b(?!['’]s)|(?:a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|many|some|\d+)\s+years?\s+(?:ago|earlier)\b|the\s+year\s+before\b)",
    _I,
)
# Where a comparison or a quotation opens: "as Wellington did last year", "up from 5,000 a year
# ago", "more than last year", what someone said.
_COMPARISON = re.compile(r"\b(?:as|than|what)\b|\b(?:up|down)\s+from\b|[\"“”]", _I)


# A thing described by its participle and time right before them: "respect for the ceasefire
# agreed last year", "the accord signed in March two years ago", "the prize won last year".
_DESCRIBED_BY_TIME = re.compile(
    r"\b(?-i:[a-z]{2,}(?:ed|en|wn)|held|won|made|set|built|struck|sent|paid|laid|brought|"
    r"fought|sold|cut|shut)\s+(?:(?:in|on|during|early|late)\s+(?:[\w.]+\s+){0,2}?)?$",
    _I,
)


def _year_before_in_words(own: str) -> bool:
    """Whether the sentence's own clause (`own`) dates its event to an earlier year in words
    (`_YEAR_BEFORE`), before any comparison or quotation, and not as the time of a thing its
    participle describes ("called for respect of the truce agreed last year")."""
    own = _COMPARISON.split(own, 1)[0]
    return any(
        _DESCRIBED_BY_TIME.search(own, 0, m.start()) is None for m in _YEAR_BEFORE.finditer(own)
    )


_NAMED_BY_YEAR_HINT = re.compile(r"\b(?:the|its|their|a)\s+(?:1[89]|20)\d\d\s+[a-z]")
# The hint's year alone: most sentences have none, and this search costs a third of the hint's.
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


def _holds_year_digits(text: str) -> bool:
    """Whether `text` holds a year's digits (`_YEAR_DIGITS`); most sentences hold neither a "1"
    nor a "2", which one `str` search each tells (the pattern tries every place)."""
    return ("1" in text or "2" in text) and _YEAR_DIGITS.search(text) is not None


_NAMED_BY_YEAR = re.compile(
    r"(\s(?:to|with|under|of|on|by|respect|honour|honor|implement|uphold|revive|restore)\s+"
    r"(?:the|its|their|a)\s+)(?:1[89]|20)\d\d\s+(?=[a-z])"
)


_COMPARED_WITH = re.compile(
    r"\b(?:comparisons?|compar(?:ed|ing|es)(?:\s+[\w'’-]+){0,4}?|liken(?:ed|ing|s)"
    r"(?:\s+[\w'’-]+){0,4}?)\s+(?:with|to)\s+[^,;:()]{3,80}",
    _I,
)


def _years(sieve: Sieve) -> list[str]:
    """The years written in a sentence, leaving out an aside about its subject."""
    rest = sieve.sub(_SUBJECT_ASIDE, r"\1")
    return sieve.findall(_YEAR) if rest is sieve.text else _YEAR.findall(rest)


def _without_others_times(text: str) -> str:
    """The sentence without the times that are not its event's: quoted words, a year naming a
    thing, what the event is compared with, a record it sets."""
    # Quoted words are what someone said, not the narration's tense ("who thanked Kenya for
    # answering 'a call that too many had ignored'").
    if '"' in text or "“" in text:  # (a cheap gate: most sentences quote no one)
        text = QUOTED.sub('""', text)
    # A year naming a thing after the verb ("urged both governments to return to the 2011
    # ceasefire agreement") is no time of the sentence's event.
    if _holds_year_digits(text) and _NAMED_BY_YEAR_HINT.search(text):  # (digits: a C scan)
        text = _NAMED_BY_YEAR.sub(r"\1", text)
    # What the event is compared with ("rejected comparisons with the fall of Saigon in 1975",
    # "likened the crisis to the war of 1967") is dated, not the event.
    if "ompar" in text or "iken" in text:
        text = _COMPARED_WITH.sub(lambda m: _YEAR.sub("", m.group(0)), text)
    # A record the event sets ("the first increase since 2016") compares it with the past;
    # its year does not date it.
    lowered = text.lower()
    if "since" in lowered or "history" in lowered:  # (a cheap gate before the pattern)
        text = _RECORD.sub("", text)
    return text


# A sentence opening on the span since an event ("Two weeks after the airliner was shot down,
# the Soviet Union has admitted ...", "Six weeks after the earthquake of 7 December, the count
# stands at ..."): it tells now, measured from the event it names (not "In the days after").
_COUNTED_AFTER = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|almost|"
    r"nearly|about|some|barely|just|only|less|more|than|few)\s+){1,3}"
    r"(?:days?|weeks?|fortnights?|months?|years?)\s+(?:after|since)\s",
    re.IGNORECASE,
)


def opens_counted_after(text: str) -> bool:
    """Whether the sentence opens on the span since an event ("Six weeks after the earthquake,
    the count stands at ..."): it tells now, measured from that event, never history."""
    return _COUNTED_AFTER.match(text) is not None


def time_cues(
    text: str, published: date | None, year: int | None, news_day: int | None = None
) -> TimeCues:
    """Score the past and present cues of one sentence against the article's date;
    `news_day` is the weekday of the news the lead tells (see `news_weekday`)."""
    cues = _time_cues(text, published, year, news_day)
    # (through the sentence's shared sieve: most sentences hold neither "after" nor "since")
    if sieve_of(text).match(_COUNTED_AFTER) is None:
        return cues
    # the span since the event is measured to now: the sentence's own time is now
    return TimeCues(
        0,
        max(cues.now, 2),
        False,
        strong_now=True,
        ahead=cues.ahead,
        commentary=cues.commentary,
        own_strong_now=True,
    )


def _time_cues(
    text: str, published: date | None, year: int | None, news_day: int | None = None
) -> TimeCues:
    """Score the past and present cues of one sentence against the article's date;
    `news_day` is the weekday of the news the lead tells (see `news_weekday`)."""
    past = 0
    now = 0
    text = _without_others_times(text)
    # Each pattern below runs only if its literals occur in the sentence (see `prefilter`).
    sieve = sieve_of(text)
    # A long-standing cue inside an aside ("X, which has long opposed it, said") is not
    # about the sentence's own event.
    main = sieve.sub(ASIDE, ",")
    in_main = sieve if main == text else Sieve(main)
    long_standing = in_main.search(_LONG_STANDING) is not None
    # For a statement, only cues outside what was said ("X has always said" is a position;
    # "X said Y had always ..." is a statement now).
    said = in_main.search(_SAID)
    # (a commentator's verb is the saying of a commentary: "Experts believe the conflict could
    # drag on for years" judges now, whatever span it names)
    saying = said if said is not None else in_main.search(_COMMENTARY)
    # ("have warned for years that": the cue right after the verb is the saying's too; with
    # no cue found above there is none to place, and the pattern is not run again)
    stated = saying is None or (
        long_standing
        and any(
            m.start() < saying.start() or saying.end() < m.start() <= saying.end() + 2
            for m in in_main.finditer(_LONG_STANDING)
        )
    )
    # What someone said is dated by the saying ("Analysts said the drills were shorter than
    # those of 2022" is today's assessment): past cues count only before the verb of saying,
    # unless the verb closes the sentence ("..., officials said.").
    scope = sieve
    told = in_main.search(_SAID_PAST)
    if told is not None and len(main) - told.end() > 25 and told.start() > 0:
        when = _SAYING_TIME.match(main, told.end())
        scope = in_main.prefix(when.end() if when is not None else told.end())
    frame = frame_of(published, news_day)
    every = times(text, frame)
    found = own_part(text, every)
    start = _origin(sieve, every, frame, year, news_day)
    origin = start is not None
    # A charge and its denial, both standing ("Washington accuses Baghdad of hiding weapons, a
    # charge Iraq denies"): a dispute of long standing, unless told as said ("He said the boat
    # sank after a collision, a claim the navies deny": that saying is the news).
    # (read on the whole sentence: the denial is often an aside, ", which the Kremlin denies")
    charge = sieve.search(_DENIED_CHARGE)
    standing_charge = charge is not None and sieve.search(_SAID, 0, charge.start()) is None
    if origin or standing_charge or _earlier_opening(text, found, frame, year):
        long_standing = stated = True
    if long_standing:
        past += 2
    past += len(scope.findall(_PAST_CUES))
    if sieve.search(_PASSIVE_ACT) is not None and _NAMES_A_DATE.search(text) is not None:
        past += len(scope.findall(_PASSIVE_ACT))
    reporting = None
    perfect = scope.search(_PAST_PERFECT)
    if perfect is not None and not _inside_clause(scope.text, perfect.start()):
        reporting = sieve.search(_REPORTING) is not None
        if not reporting and not _DAYS_OF_THE_NEWS.search(scope.text):
            past += 1
    recent_year = None
    dated_past = False
    entry_past = False
    dated = next((w for w in found if w.kind == "date"), None)
    if dated is not None and frame.news is not None:
        on = frame.news + timedelta(days=dated.last)
        if dated.last - frame.lag <= -ORIGIN_DAYS and _SINCE.search(text, 0, dated.start):
            past += 2  # "in cold shutdown since 11 September": a state lasting from before
            recent_year = on.year
        elif dated.last >= -RECENT_DAYS:
            # an event of the current story, dated to the day (its start, the earliest of them
            # all, is history: `paragraphs._story_start`)
            now += 1
            recent_year = on.year
        elif _ENTRY.match(text):
            # a timeline entry dated months before the news: history, unless someone speaks
            # in it (a statement of that day is a reaction; see below, after `position`)
            entry_past = True
    if opens_before(text, found):
        past += 2  # "Earlier on Tuesday, protesters had scaled the walls": before the news
    # (a cheap gate: "last year", "two years ago" hold "year")
    in_words = "year" in main and in_main.may_match(_YEAR_BEFORE)
    if not long_standing and (in_words or (year is not None and in_main.may_match(_YEAR))):
        # The sentence's own event dated to an earlier year, outside what was said, outside
        # a relative clause ("expelled Iran's ambassador in 2018, accusing him") and outside a
        # description of its subject ("José Andrés, the chef who founded the charity in 2010,
        # wrote that ..."); by its number, or in words ("recalled its ambassador in October
        # last year", "two years ago"), outside a comparison ("as it did last year", "up from
        # 5,000 a year ago").
        cut = in_main.search(_CONTENT_START)
        own = main[: cut.start()] if cut is not None else main
        if said is None and saying is not None:
            own = _judging(own, saying)  # (what a commentator judges: "Analysts say ...")
        own = _APPOSITIVE.sub(r"\1 ", own, count=1)
        dated_past = (year is not None and any(int(y) < year for y in _YEAR.findall(own))) or (
            in_words and _year_before_in_words(own)
        )
    if year is not None:
        year_past, year_now = _year_cues(_told_now(scope), year, recent_year)
        past += year_past
        now += year_now
    if frame.news is not None:
        # (months of the sentence's own clause: "The group, which seized the city in January,
        # was not at the talks" is not dated by the aside's month)
        months = in_main if scope is sieve else scope
        month_past, month_now = _month_cues(months, sieve, frame)
        past += month_past
        now += month_now
    hint = sieve.search(_STATIVE_HINT, 0, 200)
    if (
        hint is not None
        and (
            (_may_be_stative(text, hint.start()) and sieve.match(_STATIVE))
            or _stative_without_apposition(main, text)
        )
    ) or _counts_residents(text):
        if reporting is None:
            reporting = sieve.search(_REPORTING) is not None
        if not reporting:
            past += 1  # "Trade between the two is small": standing context, not an event
    strong_now = sieve.search(_NOW_STRONG) is not None
    if strong_now:
        now += 2
    # (with a long-standing cue the present perfect tells the state lasting since, not now;
    # the sentence without it is read again below when it has no aside: made once)
    unperfected = _sieve_for(sieve.sub(_PRESENT_PERFECT, ""), sieve) if long_standing else None
    weak = sieve.findall(_NOW_WEAK) if unperfected is None else unperfected.findall(_NOW_WEAK)
    now += min(2, len(weak))
    # A position: a long-standing cue in the statement's own clause, and nothing in that
    # clause about now ("has always said it will not" is a position; the "will" was said).
    clause = main if saying is None else main[: saying.start()]
    position = (
        long_standing
        and stated
        and not in_main.search(_NOW_STRONG, 0, len(clause))
        # (the present perfect is the tense of a state lasting since: "has claimed it since")
        and (
            saying is not None
            or not (
                unperfected
                if in_main is sieve and unperfected is not None
                else _sieve_for(in_main.sub(_PRESENT_PERFECT, ""), in_main)
            ).search(_NOW_WEAK)
        )
    )
    # (a standing charge is a position whatever else the sentence tells: "still accuses")
    position = position or standing_charge
    habitual = in_main.search(_HABITUAL) is not None
    if not position and now == 0 and past >= 1 and habitual:
        # "Guyana says the border was settled by an 1899 award": a position held, told in the
        # present, about the past; news is told with "said" or with a cue of now.
        position = in_main.search(_PERFECT) is None
    if entry_past:
        past += 1  # counted after `position`: a statement in an old entry is that day's news
    # Commentary, unless the judging itself is dated ("experts said in 2019 that"): the years
    # up to its verb and the time told right after it, not those of what is judged ("Economists
    # warn that the currency, which has lost half its value since 2019, could fall further").
    # (the search `saying` made when the sentence has no aside and no verb of saying)
    judged = saying if said is None and in_main is sieve else sieve.search(_COMMENTARY)
    commentary = judged is not None and (
        year is None or all(int(y) >= year for y in _YEAR.findall(_judging(text, judged)))
    )
    ahead = in_main.search(_AHEAD, 0, len(main) if told is None else told.end() + 40) is not None
    # (the sentence without its opening apposition, read only with a strong cue of now)
    own = _APPOSITIVE.sub(r"\1 ", main, count=1) if strong_now else main
    own_sieve = _sieve_for(own, in_main)
    own_strong_now = strong_now and own_sieve.search(_NOW_STRONG) is not None
    # Its only cues of now are weekdays before the lead's own day: an earlier event.
    earlier_days = (
        own_strong_now
        and own_sieve.replaced(_WEEKDAY, "").search(_NOW_STRONG) is None
        and _before_news(own, frame, news_day)
    )
    said_before = _said_before(in_main, said, told, frame, year)
    told_before = perfect is not None and _own_past_perfect(main)
    return TimeCues(
        past,
        now,
        long_standing,
        origin=start == "linked"
        or (origin and not _NOW_STRONG.search(_AFTER_SUBJECT.sub(r"\1", text))),
        strong_now=strong_now,
        position=position,
        dated_past=dated_past,
        habitual=habitual,
        ahead=ahead,
        commentary=commentary,
        own_strong_now=own_strong_now,
        said_before=said_before,
        told_before=told_before,
        earlier_days=earlier_days,
        day=event_day(found),
        period=period_start(found),
    )


# What comes before a past perfect that is not the sentence's own verb: a verb of saying or a
# clause opener ("saying its forces had", "after the league had called", "as Somalia had asked").
_BEFORE_OWN_VERB = re.compile(
    r"\b(?:"
    + alternation(SAY | ANNOUNCE | {"saying", "adding", "warned", "reported"})
    + r"|after|before|once|as|since|when|while|until|if|that|than|where|which|who)\b",
    _I,
)


# An aside told with a past participle and its time ("the contract, signed in 2018, ...",
# "The refugees, displaced by fighting in 2020, are ..."): a description of the thing.
_PARTICIPIAL_ASIDE = re.compile(
    r",\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en|wn|t))\s+[^,;]{0,60}?\b(?:in|on|since|during)\s+"
    r"[^,;]*,",
    _I,
)


# The sentence told as of now: a present progressive or perfect, or a future ("is reviewing",
# "are returning", "has closed", "will rule").
_TOLD_AS_NOW = re.compile(
    r"\b(?:(?:is|are)\s+(?:\w+ly\s+|now\s+|still\s+)?\w+ing|"
    r"(?<!would\s)(?<!could\s)(?<!might\s)(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?"
    r"(?:been\s+)?(?:\w+ed|" + _IRREGULAR_PERFECT + r")|will)\b",
    _I,
)


def _told_now(scope: Sieve) -> Sieve:
    """The sentence for its years: without its asides (", which ...,", ", signed in 2018,")
    when what is left is told as of now (a present progressive or perfect, a future, a weekday:
    "The government is reviewing the contract, signed in 2018, with the company"); the
    asides' years describe a thing the news is about, not the news's time. Else the whole."""
    if "," not in scope.text or not _holds_year_digits(scope.text):  # (no aside, or no year)
        return scope
    bare = _PARTICIPIAL_ASIDE.sub(",", ASIDE.sub(",", scope.text))
    if bare == scope.text or not (_TOLD_AS_NOW.search(bare) or _NOW_STRONG.search(bare)):
        return scope
    return Sieve(bare)


def _judging(text: str, judged: re.Match[str]) -> str:
    """The commentary's own words up to its verb and the time told right after it ("Analysts
    said in 2019")."""
    when = _SAYING_TIME.match(text, judged.end())
    return text[: when.end() if when is not None else judged.end()]


# A saying that closes the sentence or stands between commas after its first clause ("...,
# the minister said.", "They had come, they said, to ..."): the sentence is what was said.
_SAID_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?said\s*(?:,|[.!]?[\"'”’]?\s*$)", _I)


def _own_past_perfect(main: str) -> bool:
    """Whether the sentence's own verb (asides left out: `main`) is a past perfect, with no
    verb of saying or clause opener before it ("Leonid Brezhnev had warned Dubcek that ..."),
    nor a saying after it that makes it the words reported ("The envoy had been arrested, the
    minister said.": the minister's words now)."""
    m = _PAST_PERFECT.search(main)
    return (
        m is not None
        and _BEFORE_OWN_VERB.search(main, 0, m.start()) is None
        and ("said" not in main or _SAID_AFTER.search(main, m.end()) is None)
    )


# A count of people living or working somewhere ("Some 20,000 French citizens live in Tunisia",
# "About 7,000 Britons live in Ghana"): a standing fact, the context of the news about them.
_RESIDENTS = re.compile(
    r"^(?:(?:some|about|around|roughly|nearly|almost|an\s+estimated|more\s+than|over)\s+)?"
    r"\d[\d,.]*\s+(?:(?:million|thousand)\s+)?(?:[\w'’-]+\s+){1,3}?(?:live|work)\s+(?:in|on|abroad)\b",
    _I,
)


def _counts_residents(text: str) -> bool:
    """Whether the sentence counts the people who live or work somewhere (`_RESIDENTS`)."""
    return (" live " in text or " work " in text) and _RESIDENTS.match(text) is not None


def _may_be_stative(text: str, hint: int) -> bool:
    """False only if `_STATIVE` cannot match `text`, whose first `_STATIVE_HINT` starts at
    `hint`: its verb (each of which `_STATIVE_HINT` matches) starts within the first 80
    characters, after none of the characters its opening excludes (a cheap check before a
    pattern that tries many look-aheads at each of those characters)."""
    # (the digits of a number's comma stand before `hint`, a word's start after a non-word)
    return hint <= 80 and _STATIVE_STOP.search(text, 0, hint) is None


def _stative_without_apposition(main: str, text: str) -> bool:
    """Whether `_STATIVE` matches `main` without its opening apposition; not tried again when
    that is `text` itself, which `_STATIVE` was just found not to match (a substitution that
    changes nothing returns its string)."""
    own = _APPOSITIVE.sub(r"\1 ", main, count=1)
    return own is not text and _STATIVE.match(own) is not None


def _sieve_for(text: str, known: Sieve) -> Sieve:
    """`known` if `text` is its text (a substitution that changed nothing returns the string
    itself), else a sieve of `text`: patterns run on it through its gates, not on every place."""
    return known if text is known.text else Sieve(text)


def _year_cues(scope: Sieve, year: int, recent_year: int | None) -> tuple[int, int]:
    """The past and now weights of the years the sentence names against the article's `year`
    (`recent_year`: the year of a date already weighed)."""
    past = now = 0
    if not _holds_year_digits(scope.text):
        return past, now  # (no year's digits: most sentences; a C scan spares the sieve's calls)
    # Years in an aside about the subject ("Mr X, elected in 2021, has been held since
    # Wednesday") date the subject, not the sentence's event.
    for y in _years(scope):
        if int(y) == recent_year:
            continue
        if int(y) < year:
            past += 2
        elif int(y) > year:
            now += 1
    return past, now


def _month_cues(scope: Sieve, sieve: Sieve, frame: Frame) -> tuple[int, int]:
    """The past and now weights of the months `scope` names without a day ("in March", "since
    May", "until September") against the article's month; `sieve` is the whole sentence."""
    past = now = 0
    coming: bool | None = None  # (read once, and only for a month named)
    for m in scope.finditer(_IN_MONTH):
        # "until late September", "The new term begins in May": the month of the article's
        # own year, after its month or before it; else the last of its name ("since May")
        word = m.group(0)[:5].lower()
        if word[:2] in ("un", "by"):
            this_year = True
        elif word in ("since", "last "):
            this_year = False
        else:
            coming = sieve.search(_COMING) is not None if coming is None else coming
            this_year = coming
        year_of = frame.published.year if this_year and frame.published else None
        if word != "last " and governed_ahead(scope.text, m.start(1)):
            # told as one to come ("has promised elections in April"): the coming one
            span = month_days(m.group(1), frame, ahead=True)
        else:
            span = month_days(m.group(1), frame, year=year_of, last=word == "last ")
        gap = months_before(span[0], frame) if span is not None else None
        if not gap:
            continue  # the article's own month
        if gap < 0:
            now += 1  # a month ahead
        elif word == "since":
            past += 2  # "under siege since May": a state lasting from months ago
        else:
            past += 1
    return past, now


def _said_before(
    in_main: Sieve,
    said: re.Match[str] | None,
    told: re.Match[str] | None,
    frame: Frame,
    year: int | None,
) -> bool:
    """Whether the sentence's saying is dated before the story: by the time told right after
    its verb ("reported last year", "warned at the time", "said in March" two months or more
    before the article, "said in 2019") or by the speaker's office held then ("the then prime
    minister said")."""
    verbs = [m for m in (said, told) if m is not None]
    if not verbs:
        return False
    verb = min(verbs, key=lambda m: m.start())
    # (through the sieve: most sentences hold no "then", and the search tried every place)
    if in_main.search(_THEN_OFFICE, 0, verb.start()):
        return True
    when = _SAID_WHEN.match(in_main.text, verb.end())
    if when is None:
        return False
    if when.group("year"):
        return year is not None and int(when.group("year")) < year
    if not when.group("month"):
        return True  # "at the time", "last year", "years ago"
    of = when.group("of")
    span = month_days(when.group("month"), frame, year=int(of) if of else None)
    gap = months_before(span[0], frame) if span is not None else None
    return gap is not None and gap >= SAID_MONTHS
