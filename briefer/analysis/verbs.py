"""The reporting-verb vocabulary, written once for every rule that needs to see someone speak.

Labels (is this sentence a statement?), names (is this capitalised run a speaker?), entities (is
this capital a government?) and reactions (who said it?) each need a different reach, so the
vocabulary is kept in small groups that each use combines; the words themselves live only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The plain verbs of saying, in the forms news copy uses: "X said", "X says", "X told".
SAY = _words("said says told stated added wrote")
#: Saying with emphasis; still a report of words rather than an attitude ("He pointed out that
#: the region has, since 1997, ..." reports words, whatever years they tell).
EMPHASISE = _words("noted stressed insisted argued reiterated reaffirmed") | {
    "pointed out",
    "points out",
    # making a position known: "Washington has made clear it will not intervene"
    "made clear",
    "made it clear",
    "makes clear",
    "makes it clear",
    "made plain",
    "made it plain",
    "makes plain",
    "makes it plain",
}
#: Announcing and confirming: an official statement of fact.
ANNOUNCE = _words("announced confirmed")
#: Verbs whose subject takes a position towards others (a reaction's heart).
ATTITUDE = _words(
    "warned urged called condemned accused threatened pledged vowed promised demanded described"
)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of `words` (longest first, so no word hides a longer one).

    The words are grouped by their first character, each group's rest in that same order
    ("s(?:tated|aid|ays)|t(?:old)"): `re` tries an alternation's branches one by one, and a
    word can match only where its first character stands, so at any place the same words are
    tried in the same order as in the flat list, skipping the groups of other characters in
    one step each (a reporting verb's pattern tried at a place cost half as much). Kept flat
    when two first characters could meet one character of a text (case variants, a non-ASCII
    character): the order of their words would then change."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    firsts = list(dict.fromkeys(w[:1] for w in ordered))
    if (
        "" in firsts
        or not all(c.isascii() for c in firsts)
        or (len({c.lower() for c in firsts}) != len(firsts))
    ):
        return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
    groups: dict[str, list[str]] = {c: [] for c in firsts}
    for w in ordered:
        groups[w[0]].append(w[1:])
    return (
        "(?:"
        + "|".join(
            re.escape(c + rests[0])
            if len(rests) == 1
            else re.escape(c) + "(?:" + "|".join(re.escape(r) for r in rests) + ")"
            for c, rests in groups.items()
        )
        + ")"
    )


#: Other verbs by which a party takes a position, in the forms news copy uses: "Peru
#: condemns", "Chile welcomed", "Oman abstained" (past forms of the groups above not repeated).
POSITION = _words(
    "urges warns cautioned criticised criticized criticises criticizes condemns denounced "
    "denounces rejected rejects demands appealed appeals threatens pledges reiterates reaffirms "
    "welcomed welcomes asserted asserts insists announces accuses stresses emphasised emphasized "
    "affirmed deplored deplores lamented regretted vows blamed blames dismissed dismisses asked "
    "encouraged praised praises hailed endorsed echoed decried slammed protested responded "
    "replied denied claimed branded offered proposed commented tweeted questioned congratulated "
    "congratulates recognised recognized concluded supported thanked abstained appreciates "
    "appreciated fears feared invited invites tells signalled signaled urge warn condemn welcome "
    "reject deplore denounce praise commend commends congratulate confirm "
    # the verbs of formal statements: "They underlined the importance"
    "underlined underlines underscored underscores "
    # naming a deed ("Iran labelled the strikes terrorism") and posting online ("posted on X")
    "labelled labeled termed dubbed characterised characterized posted "
    # holding a view, in the present of diplomatic copy: "China hopes", "Russia considers"
    "hopes believes considers regards wants acknowledged respond responds "
    # granting or explaining a point: "admitted that the world had failed", "explained that"
    "admitted admits conceded concedes acknowledges explained explains "
    "argues notes adds "
    # asking, objecting and assuring: "requested an urgent meeting", "complained that"
    "highlighted highlights complained complains objected requested "
    "requests pleaded implored recommended recommends reacted reacts assured reassured "
    # the present of the verbs above, where the form is no common noun ("The ministry denies")
    "denies describes concludes confirms hails laments decries replies affirms cautions "
    "endorses encourages emphasises emphasizes implores recognises recognizes reassures assures "
    "characterises characterizes asks slams regrets supports proposes abstains pleads echoes "
    # more verbs of judging, backing and disputing, in the past
    "rebuked censured chided lambasted castigated assailed faulted scolded berated applauded "
    "lauded commended saluted mourned sympathised sympathized disputed refuted rebuffed "
    "repudiated vetoed exhorted lobbied"
)
#: Consulting, reported like statements (the "consult" and "mediate" acts of the CAMEO event
#: codes): "The Secretary-General telephoned both leaders", "Its envoy met the two sides",
#: "Norway mediated". A party meeting or calling others on the story takes part in it as a
#: speaker does. Only forms that are no common noun ("visits", "calls" are), and none that
#: tells history as often as news ("visited", "hosted", "brokered": a past visit or accord),
#: nor a flight that is only travel ("flew to": "flew between" the sides is mediation).
CONSULT = _words("met telephoned phoned mediated shuttled convened consulted conferred") | {
    "spoke to",
    "spoke with",
    "travelled to",
    "traveled to",
    "flew between",
}
#: Diplomatic measures, reported like statements: "Kenya recalled its ambassador".
MEASURES = _words("suspended recalled expelled sanctioned imposed summoned")
#: Acts by which a party answers events elsewhere (measures, deployments, expulsions): "Hong
#: Kong restricted imports", "Panama suspended flights".
RESPONSE_ACTS = MEASURES | _words(
    "restricted banned froze closed sent deployed dispatched evacuated halted boycotted barred "
    "blocked cut "
    # relations reduced and help sent, in the words of diplomatic copy: "It downgraded its
    # embassy", "They postponed the talks", "It withheld the aid", "It airlifted tents"
    "postponed cancelled canceled downgraded severed withheld revoked rerouted repatriated "
    "airlifted donated"
)
#: Dispositions a party declares: "Qatar is ready to mediate", "Kyiv is convinced".
DISPOSITIONS = _words("willing prepared convinced confident opposed")
#: The reserve a party's line shows, which the sentence tells as its response: "Japan was more
#: guarded", "Washington has been cautious", "Pretoria was more reserved" (not its silence: "was
#: silent" is saying nothing, no reaction).
RESERVE = _words("guarded cautious reserved restrained circumspect noncommittal non-committal")
#: Feelings a party declares: "Washington was deeply concerned".
FEELINGS = _words(
    "concerned alarmed worried troubled dismayed disappointed appalled shocked saddened"
)
#: Irregular past tenses of verbs of acting ("Panama froze", "Chile withdrew"), which no "-ed"
#: ending finds.
IRREGULAR_PAST = _words(
    "gave took made wrote began became came rose drew threw chose froze broke spoke stood won "
    "ran saw flew withdrew undertook struck swore shook drove oversaw upheld withheld forbade"
)
#: Verbs of perceiving, learning or counting: "Washington learned of the decree", "The UN
#: estimates that 100,000 have fled" report no act.
PERCEIVE = _words(
    "learned learnt heard knew saw watched read felt noticed estimates estimated reported "
    "reports recorded counted"
)
