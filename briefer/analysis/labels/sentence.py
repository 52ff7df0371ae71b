"""The label of one sentence (background, development, reaction or other) from its time
cues, whether it has a speaker and the label of the sentence before it; and the lines that
are not the story: headings, bylines, notes to the reader."""

from __future__ import annotations

import re

from briefer.analysis.labels.cues import TimeCues
from briefer.analysis.prefilter import fold, sieve_of
from briefer.sources.credits import is_credit, is_masthead, is_signed
from briefer.sources.dateline import read_dateline

_I = re.IGNORECASE
#: A sentence of fewer words ("No." answering a heading's question) is no history by itself.
SETTLED_WORDS = 4
# A separator within the first words, as datelines have ("ATHENS, Aug 11 (Wire) - ").
_DATELINE_HINT = re.compile(r"[^.!?]{2,100}?(?:--|[—–]|\s-\s)")
# A match of `_DATELINE_HINT` ends by the 103rd character: its dash lies in this many.
_DATELINE_REACH = 104
# Notes to the reader about the page itself, not the story: "All times are local.", "Follow our
# live coverage", "This article was updated", "A quick recap for readers just joining us."
_HOUSEKEEPING = re.compile(
    r"^(?:all\s+times\s+(?:are\s+|in\s+)?(?:local|[A-Z]{2,4}\b|gmt|utc)|"
    # "Times are Tehran time (GMT+4:30).", "Reporting from the capital is restricted; we rely
    # on agencies": how the page was made
    r"times\s+(?:are|given\s+are|shown\s+are)\s+(?:[\w-]+\s+){0,2}?time\b|"
    r"reporting\s+(?:from|in|inside)\b[^.;]{0,40}?\b(?:is|remains)\s+(?:restricted|limited)\b|"
    r"(?:follow|refresh|scroll)\b.{0,40}\b(?:live|coverage|updates?|page)\b|"
    r"this\s+(?:page|article|story|post|blog|report)\s+(?:was|has\s+been|is|will\s+be)\s+"
    r"(?:no\s+longer\s+)?(?:being\s+)?(?:updated|corrected|amended|refreshed)|"
    # a live page's clock: "Updates are in Hong Kong time, newest last."
    r"(?:updates|entries|posts)\s+are\s+(?:given\s+)?in\s+(?:[\w-]+\s+){0,2}?time\b|"
    r"(?:welcome|good\s+(?:morning|afternoon|evening))\b.{0,40}\b(?:live|coverage|blog)\b|"
    r"(?:an?\s+)?(?:quick\s+)?recap\s+for\s+(?:readers|those)\b|"
    r"(?:sign\s+up|subscribe)\b|(?:click|tap)\s+here\b|"
    # a newsletter's own footer: "Forward this to a colleague", "Reply to this email with tips"
    r"(?:forward|share)\s+this\s+(?:to|with|email|newsletter|note|briefing)\b|"
    r"reply\s+to\s+this\s+(?:email|e-mail|newsletter|message)\b|"
    # the United Nations' press-release footer: "For information media. Not an official record."
    r"for\s+information\s+media\b|not\s+an\s+official\s+record\b|"
    # a press release's contact line: "For media enquiries, contact the Press Service"
    r"for\s+(?:media|press|further|more)\s+(?:enquiries|inquiries|information)\b|"
    # its footer ("Further information is available from the Office of Public Affairs",
    # "Contact: Press Office, (202) 555-0142.") and its own dateline line ("Ministry for
    # Foreign Affairs, Stockholm, 14 December 1995 — Press release")
    r"(?:further|more)\s+information\s+(?:is|can\s+be)\s+(?:available|obtained|found)\b|"
    r"(?:(?:media|press)\s+)?contacts?\s*:|"
    # and its telephone line ("Telephone 21 44 90.", "Tel: +44 20 7946 0000")
    r"(?:tel(?:ephone)?|phone|fax)\b\s*[:.]?\s*[+(]?\d|"
    # a newsletter's note on itself ("The Harbour Letter is published fortnightly from Lisbon.",
    # "Pacific Notes is published every Monday.") and its pointer to more ("Our full report on
    # the vote is here.")
    r"(?-i:[A-Z])[^.;:,]{0,60}?\bis\s+published\s+(?:weekly|fortnightly|monthly|daily|"
    r"quarterly|twice\s+(?:a|each)\s+\w+|(?:each|every)\s+\w+|on\s+\w+days)\b"
    r"(?:\s+(?:from|in)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?\s*\.?$|"
    r"our\s+(?:full\s+)?(?:report|coverage|story|analysis|explainer)\b[^.]{0,60}\bis\s+"
    r"(?:here|online|on\s+page\s+\d+)\.?$|"
    # the text about itself: "Here is how the world reacted.", "This commentary looks at ...",
    # "Here are the answers to the main questions"
    r"here\s+(?:is|are)\s+(?:how|what|why|where|a\s+look|(?:the|some)\s+(?:answers|key|main)|"
    r"(?:a|our)\s+(?:guide|summary|timeline|recap|round-?up))\b|"
    r"this\s+(?:note|brief|paper|report|article|explainer|page|section|commentary|analysis|"
    r"study)\s+(?:sets\s+out|summari[sz]es|reviews|describes|explains|examines|outlines|"
    r"looks\s+at)\b|"
    # a report's disclaimer: "The views expressed are those of the authors."
    r"(?:the\s+)?(?:views|opinions)\s+(?:expressed\b|(?:here\s+)?are\s+(?:those\s+of\s+the\s+"
    r"authors?|the\s+authors?['’]s?\s+own)\b)|"
    r"[^A-Za-z]*$)",
    _I,
)
# Two more such notes, tried only where their words stand (each tries many places at the start):
# a press release's own dateline line, and the note on its author or publisher ("Miriam Adjei
# is a senior fellow at the Horn Policy Forum.", "The Adriatic Security Forum is an independent
# research group.").
_RELEASE_LINE = re.compile(r"^[^.]{0,120}[—–-]\s*(?:press|news|media)\s+release\s*$", _I)
_AUTHOR_NOTE = re.compile(
    r"^(?:(?-i:(?:The\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})\s+is\s+an?\s+(?:(?:senior|"
    r"visiting|research|non-?resident|associate)\s+)?(?:fellow|researcher|research\s+fellow)\s+"
    r"(?:at|with|of)\b|"
    r"(?-i:(?:The\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})\s+is\s+an?\s+(?:independent\s+|"
    r"non-?partisan\s+|non-?profit\s+)*(?:research|policy)\s+(?:group|institute|centre|center|"
    r"organi[sz]ation|body|network)\s*\.?$|"
    # ("Maria Lund writes on Nordic politics.", "... writes on defence from London.")
    r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+writes\s+(?:on|about)\s+[^.;]{1,60}\.?$)",
    _I,
)
# Headings over a narrative of events up to now: "How we got here", "How the war began", "How
# the crisis grew", "How the week unfolded", "How the deadlock arose", "What happened before?",
# "The road to the vote". Not how the crisis itself went on ("How the siege unfolded", "How it
# escalated"): its own course is the news; the days that led to it are its history.
_NARRATIVE = (
    r"^how\s+(?:we|it|this|the\s+\w+(?:\s+\w+)?)\s+(?:got\s+here|began|started|grew|"
    r"erupted|arose|came\s+about|came\s+to\s+this)|"
    r"^how\s+the\s+(?:week(?:end)?|days|months?|summer|winter|spring|autumn|year)\s+unfolded|"
    r"^what\s+(?:happened|came)\s+before|^how\s+did\s+(?:we|it|this)\s+get\s+here|"
    # the explainer's question about how it began or built up: "How did it start?", "How did
    # the crisis begin?", "How did it come to this?", "What started the crisis?", "How the
    # revolt spread", "How the crisis built"
    r"^how\s+did\s+(?:we|it|this|the\s+\w+(?:\s+\w+)?)\s+(?:start|begin|come\s+to\s+this|"
    r"come\s+about|erupt|grow)\b|^what\s+(?:started|triggered|sparked|set\s+off)\b|"
    r"^how\s+(?:it|this|the\s+\w+(?:\s+\w+)?)\s+(?:spread|built|built\s+up)\b|"
    r"^the\s+road\s+to\b|^the\s+story\s+so\s+far"
)
_BACKGROUND_HEADING = re.compile(
    r"\b(?:background|history|historical|context|explainer|roots?|"
    r"origins?|backstory|legacy|for\s+decades|decades[-\s]old|(?:an?|the)\s+(?:old|"
    r"long[-\s](?:running|standing))\s+(?:quarrel|dispute|rivalry|feud|conflict|row|grievance)|"
    + _NARRATIVE
    # the explainer's questions about the past: "Is this the first time?", "What led to ...?"
    + r"|^(?:is|was)\s+(?:this|it)\s+the\s+first\b|^has\s+(?:this|it)\s+happened\s+before|"
    # an explainer's question about who or what a party or a place is ("Who is Sergei Skripal?",
    # "What is Nagorno-Karabakh?"), not about what is going on ("What is at stake?", "Who is to
    # blame?", "What is the EU's position?", "What are they saying?"), nor where things stand: a
    # place, a side or what remains ("Who is in charge?", "What is in the deal?", "Who is
    # against it?", "What is left?"; on D 25 of 27 sentences under such headings were no history)
    r"^(?:who|what)\s+(?:is|are)\s+(?!next\b|known\b|at\s+stake|to\b|behind\b|"
    r"(?:in|on|at|against|for|with|without|under|inside|out|left|still)\b|"
    r"(?:he|she|it|they|we|you)\b|[^?]*\b(?:position|stance|response|reaction|plan|latest|"
    r"situation|demands?|options?|risks?)\b|"
    # (not what goes on: a progressive or a passive, "What is happening on the ground?", "Who
    # is sending what?", "Who is suspected?", nor a question about now, "Who is in charge now?")
    r"(?:\w+ly\s+)?(?-i:[a-z]+(?:ing|ed))\b|[^?]*\b(?:now|today|currently|so\s+far)\b)"
    # (not what a party does: "What is the UN asking for?")
    r"(?![^?]*\b(?-i:[a-z]+ing)(?:\s+(?:for|to|about|on|with|from|at|in|of|over))?\?$)"
    r"(?:[\w'’.-]+\s+){0,4}?(?![\w'’-]*ing\?)[\w'’-]*\w(?=\?$)|"
    r"^what\s+led\s+(?:to|up\s+to)\b)\b",
    _I,
)


def opens_text(label: str, text: str) -> bool:
    """Whether a line of this label counts where a reading of positions starts (the lead and
    what follows it): prose, or a masthead line not signed as a byline, which is labelled
    "other" but stands where prose begins ("Commentary No. 14 · Centre for ... · 21 April")."""
    return label != "other" or (is_masthead(text) and not is_signed(text))


# A live blog's time stamp opening an entry: "12:30 — ", "16:10 GMT — ", "Tuesday, 23:50 — ".
_STAMP = re.compile(
    r"^\W{0,3}(?:[A-Z][a-z]+day,?\s+)?\d{1,2}[:.]\d\d\b\s*(?:[AaPp]\.?[Mm]\.?\s*)?"
    r"(?:[A-Z]{2,4}(?:[+-]\d{1,2}(?::\d\d)?)?\s*)?(?:[—–|:]|-(?=\s))\s*"
)


def _unstamped(text: str) -> str:
    """The text of a live blog's entry without its time stamp ("12:30 — Some background.")."""
    text = text.strip()
    if not text[:12].replace(".", ":").count(":"):  # (a cheap gate: a stamp holds a colon or dot)
        return text
    return _STAMP.sub("", text, count=1)


def is_housekeeping(text: str) -> bool:
    """A note about the page rather than the story ("All times are local.")."""
    text = _unstamped(text)
    # (through the sentence's shared sieve: the pattern runs only if its words are there)
    if sieve_of(text).search(_HOUSEKEEPING) is not None:
        return True
    folded = fold(text)  # (what the case-blind patterns' words are looked for in)
    if "release" in folded and _RELEASE_LINE.search(text) is not None:
        return True
    return (
        "fellow" in folded or "research" in folded or "policy" in folded or "writes" in folded
    ) and _AUTHOR_NOTE.search(text) is not None


# An explainer's question about what plain things or people of the news are ("What are the
# capital controls?", "What are the main parts?", "Who are the suspects?"): what the news holds
# now, not a party's or a place's past ("What are the Minsk agreements?" names a thing with a
# history, and stays a background heading).
_WHAT_THE_NEWS_HOLDS = re.compile(
    r"^(?:what|who)\s+are\s+(?-i:the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})\?$", _I
)


def is_background_heading(text: str) -> bool:
    """A heading that introduces context ("Background", "History of the dispute")."""
    return (
        len(text.split()) <= 8
        and _BACKGROUND_HEADING.search(text) is not None
        and _WHAT_THE_NEWS_HOLDS.match(text.strip()) is None
    )


_MARKER_WORDS = 4
#: A marker that says what its context is about ("Some background on the war.", "Some context
#: for readers just joining us.") may run to this many words.
_NAMED_MARKER_WORDS = 8
_SOME_CONTEXT = re.compile(
    r"^(?:some|a\s+(?:little|bit\s+of|word\s+of))\s+(?:more\s+)?"
    r"(?:background|context|history)\b(?:\s+(?:on|about|for|to)\b|[.:]?$)",
    _I,
)


# A sentence that opens on its own marker of context ("Some background: ...", "For context,
# ...", "By way of background, ..."): the rest is told as context.
_CONTEXT_OPENING = re.compile(
    r"^(?:some|a\s+(?:little|bit\s+of|word\s+of)|for|by\s+way\s+of|as)?\s*(?:more\s+)?"
    r"(?:background|context|history)\s*[:,—–]\s*\S",
    _I,
)


def is_background_marker(text: str) -> bool:
    """A short sentence opening a paragraph that announces context for the rest of it ("A
    little background.", "Some history:", a live blog's "12:30 — Some background on the
    war."), as live blogs and explainers write."""
    text = _unstamped(text)
    words = len(text.split(None, _NAMED_MARKER_WORDS))  # (counted up to one past the most)
    return (
        (
            words <= _MARKER_WORDS
            or (words <= _NAMED_MARKER_WORDS and _SOME_CONTEXT.match(text) is not None)
        )
        and text.rstrip().endswith((".", ":"))
        and _BACKGROUND_HEADING.search(text) is not None
    )


def label_sentence(
    text: str,
    *,
    heading: bool,
    has_speaker: bool,
    cues: TimeCues,
    previous: str | None,
    under_background_heading: bool = False,
    fragment: bool = False,
    after_dateline: bool = False,
) -> str:
    """The label of one sentence; `previous` is the label of the sentence before it in the
    same paragraph (None at a paragraph start); `fragment`: a list item opening in lower case,
    a piece of its lead-in's sentence ("Their demands were simple:" / "- the dropping of charges
    against detained protesters;"): never history by itself, whatever section it stands in;
    `after_dateline`: the sentence opens its paragraph after a wire dateline the sentence
    splitter left out of it (the lead)."""
    label = _label(
        text,
        heading=heading,
        has_speaker=has_speaker,
        cues=cues,
        previous=previous,
        under_background_heading=under_background_heading,
        after_dateline=after_dateline,
    )
    if label == "background" and (
        fragment or is_outlook(text, cues) or is_lead_in(text) or is_question(text)
    ):
        return "development"
    return label


def is_question(text: str) -> bool:
    """Whether the sentence is the writer's question ("How did a leader elected only last July
    fall so fast?"): it asks what the sentences after it answer, and tells no history itself,
    whatever times it names."""
    return text.rstrip().endswith("?")


def is_lead_in(text: str) -> bool:
    """Whether the sentence is the writer's lead-in to what follows it, ending on a colon
    ("Its demands are simple:", "The picture is unusually tangled:", "Key moments since
    May:"): it announces the list or the quotation below, and tells no history of its own."""
    return text.rstrip().endswith(":")


# The writer's own outlook, advice or open question, in the sentence's own clause (not inside
# what someone said, a relative or a wh-clause, nor a condition): "The most likely outcome is a
# long arbitration case", "A return to talks is unlikely before the autumn", "Madrid should work
# through Brussels", "Whether Europe draws that lesson is the question for the next decade".
_OUTLOOK = re.compile(
    r"^whether\b|"
    r"^(?:(?!\b(?:that|which|who|whom|whose|how|what|where|when|why|whether|said|says|say|told|"
    r"argue[sd]?|warned|insisted|believes?|believed|ruled|if|unless)\b)[^;:\"“])*?"
    r"\b(?:(?:un)?likely|should|ought\s+to)\b",
    _I,
)


# The writer's open question about what comes next, told in the present: "Much depends on
# whether the front returns to the table", "What comes next is unclear", "It remains to be seen
# whether ...", "It is too early to say". Not "depends on" a thing ("The copper trade depends on
# the railway": a standing fact), nor an uncertainty told in the past ("It was unclear").
_OPEN_QUESTION = re.compile(
    r"\bdepends?\s+(?:\w+\s+){0,2}?on\s+(?:whether|how|what|who|when|if)\b|"
    r"\b(?:is|are|remains?)\s+(?:still\s+|far\s+from\s+|not\s+yet\s+)?(?:unclear|uncertain|"
    r"not\s+(?:yet\s+)?clear|an\s+open\s+question|to\s+be\s+seen)\b|"
    r"\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|judge)\b|"
    r"\bwhat\s+(?:comes|happens)\s+next\b",
    _I,
)


# The writer's open question as the sentence's own clause: "The question is whether ...", "The
# real question now is how ...": whatever history its clauses name ("a leader who has ruled since
# 1965"), the sentence asks what comes next.
_QUESTION_IS = re.compile(
    r"^(?:the|one|a)\s+(?:[\w-]+\s+)?questions?\s+(?:now\s+)?(?:is|are|remains?)\s+(?:now\s+)?"
    r"(?:whether|how|what|who|when|if|why)\b",
    _I,
)


def is_outlook(text: str, cues: TimeCues) -> bool:
    """Whether the sentence is the writer's own look ahead, advice or open question: the
    news's stakes as they stand, never history, unless it names a long-standing state
    ("Neither capital should expect quick results: X has outlasted every critic since 1989");
    a sentence opening on its question ("The question is whether ...") asks it, whatever it
    names."""
    if "uestion" in text[:40] and _QUESTION_IS.match(text) is not None:
        return True
    if cues.long_standing:
        return False
    # (a cheap gate: every `_OUTLOOK` match holds one of these words; a case-blind pattern
    # costs five times as much as lower() and four substring tests)
    lowered = text.lower()
    if (
        "depend" in lowered
        or "clear" in lowered
        or "uncertain" in lowered
        or "question" in lowered
        or "to be seen" in lowered
        or "too " in lowered
        or "next" in lowered
    ) and _OPEN_QUESTION.search(text) is not None:
        return True
    if not (
        "likely" in lowered or "should" in lowered or "ought" in lowered or "whether" in lowered
    ):
        return False
    return _OUTLOOK.search(text) is not None


def _label(
    text: str,
    *,
    heading: bool,
    has_speaker: bool,
    cues: TimeCues,
    previous: str | None,
    under_background_heading: bool,
    after_dateline: bool,
) -> str:
    """`label_sentence` before a list item's fragment is considered."""
    if heading or is_credit(text) or is_housekeeping(text) or is_background_marker(text):
        return "other"  # not the story: a heading, byline, note, or "A little background."
    if _CONTEXT_OPENING.match(_unstamped(text)) and not cues.ahead and not cues.own_strong_now:
        return "background"  # "Some background: the president has been on holiday since ..."
    if cues.commentary and not cues.position and not cues.dated_past:
        # Commentators judge the news as it stands, whatever history they compare it with.
        return "reaction" if has_speaker else "development"
    if cues.origin or (
        under_background_heading
        and (cues.long_standing or not cues.ahead)
        # someone's words or the state of a debate now ('"We will not ...," a commander said',
        # "The students say it has not.") are not history, unless dated or long-standing
        and (cues.long_standing or cues.past > 0 or not _WORDS_NOW.search(text))
        # nor a state told as of now ("The bridge stays shut.", "Relations remain cool.",
        # "Some 12,000 troops are now believed to be in the city"), the section's last lines
        and (cues.long_standing or cues.past > 0 or not _STATE_NOW.search(text))
        # this week's news (a weekday, "today" in the sentence's own clause) is news even
        # in a "Background" section, unless long-standing or told of days before the lead's
        # (someone's words or acts then are still their reaction)
        and (
            cues.long_standing or not cues.own_strong_now or (cues.earlier_days and not has_speaker)
        )
        and len(text.split()) >= SETTLED_WORDS  # not a bare answer ("No.") to the heading
    ):
        # The story's start told as history, or filed under "Background" (unless it looks
        # ahead: the last lines of such a section often turn to what comes next).
        return "background"
    head = text[:_DATELINE_REACH]  # (a cheap gate: the hint needs a dash in its reach)
    dashed = "-" in head or "—" in head or "–" in head
    if after_dateline or (dashed and _DATELINE_HINT.match(text) and read_dateline(text)):
        # The lead ("ATHENS, Aug 11 (Wire) - ...") is the news itself, whatever it recalls.
        return "reaction" if has_speaker else "development"
    past = cues.past
    if not has_speaker and _in_quotation(text):
        return "development"  # someone's words running over sentences, not the narration
    if has_speaker:
        if text.lstrip()[:1] in _QUOTE_MARKS and not (cues.dated_past or cues.said_before):
            # someone's own words, quoted ('"For years we were told to keep quiet," he said'):
            # what they say of the past is theirs, not the narration's history (unless the
            # saying itself is dated before the story: '"...," the king said in 1994.')
            return "reaction"
        if cues.position:
            return "background"  # a long-standing position ("has repeatedly threatened")
        if cues.dated_past and not cues.strong_now:
            # a statement or move of an earlier year ("expelled ... in 2018"), also when a
            # present perfect tells what has followed since ("agreed in July 2016 to deploy
            # it, and China has objected from the start"); a weekday or "today" is the news's
            return "background"
        if cues.said_before and not cues.own_strong_now:
            # words dated before the story, whatever they say of later times ("Cambodia's
            # ambassador warned at the time that consumers might boycott ...")
            return "background"
        if previous == "background" and cues.now == 0 and (cues.habitual or past >= 1):
            return "background"  # a position recalled inside a history paragraph
        return "reaction"  # (a side's own move going on with history: `paragraphs`)
    if not cues.long_standing and is_perspective(text):
        return "development"  # "For the EU, the dilemma is familiar.": the stakes, judged now
    if past > cues.now and past >= 1:
        return "background"
    if (
        previous == "background"
        and past >= cues.now
        and not cues.strong_now
        and not cues.ahead
        # (with no cue of its own, what someone tells is the news's report: "Residents said
        # shooting began before dawn", "Witnesses described soldiers blocking the exits")
        and (past > 0 or _TOLD.search(text) is None)
    ):
        # The paragraph's history goes on; a tie leans to it, unless the sentence looks ahead
        # ("Its president has since said he would keep trying"), as elsewhere in this module.
        return "background"
    return "development"


# The marks a quotation opens with.
_QUOTE_MARKS = '"“'


# A report by someone: "said", "says", "told", "described".
_TOLD = re.compile(r"\b(?:said|says|say|told|tell|tells|described|describe|describes)\b", _I)


# The story weighed from one side's point of view: "For the EU, the dilemma is familiar.", "For
# Aliyev, a public admission was a victory", "For the separatists, this was the bitterest part".
# Not a span of time ("For three decades the region has ...", "For most of the Cold War, ...").
_PERSPECTIVE = re.compile(
    r"^for\s+(?![^,;]{0,40}?\b(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?|"
    r"generations?|war|era|period|times?|now|ever|once|long|while|summer|winter|spring|autumn|"
    r"instance|example)\b)[^,;]{1,40},",
    _I,
)


def is_perspective(text: str) -> bool:
    """Whether the sentence opens on the point of view it weighs the story from ("For the EU,
    ..."): a judgement of the stakes now, not history, however many past cues it holds."""
    return _PERSPECTIVE.match(text) is not None


# Words told as of now: a sentence opening on a quotation, or a saying in the present tense or
# the present perfect ("The students say", "The government has said").
_WORDS_NOW = re.compile(
    r"""^\s*["“]|\b(?:says|(?<!\bto\s)say|ha(?:s|ve)\s+(?:\w+ly\s+)?said)\b""", _I
)


# A state told as of now: "remains", "stays", "still", "now", "currently", "is being".
_STATE_NOW = re.compile(r"\b(?:remains?|stays|still|now|currently|(?:is|are)\s+being)\b", _I)


def _in_quotation(text: str) -> bool:
    """Whether the sentence opens or closes a quotation that runs over several sentences."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")
