"""The reporting verb (`VERB`) and the verb-phrase shapes the speaker finder reads around it.

`VERB` finds where something is said or felt ("said", "voiced concern", "called on"); the
smaller patterns tell how: passive ("was condemned by"), negated ("did not comment"), joined to
an earlier verb ("and said"), or told as a reaction that came from someone ("drew condemnation
from"). Vocabulary, kept apart from the code that walks a sentence."""

from __future__ import annotations

import re

from briefer.analysis.verbs import (
    ANNOUNCE,
    ATTITUDE,
    CONSULT,
    DISPOSITIONS,
    EMPHASISE,
    FEELINGS,
    MEASURES,
    POSITION,
    RESERVE,
    SAY,
    alternation,
)

# Reporting and attitudinal verbs, in finite or participle form. Group "ing" marks a participle
# ("..., saying"), which shares the subject of the verb before it.
_VERB_WORDS = (
    alternation(
        SAY
        | {"say"}
        | EMPHASISE
        | ANNOUNCE
        | (ATTITUDE - {"called"})
        | POSITION
        | MEASURES
        | CONSULT
    )
    + r"""|
    called\s+(?:on|upon|for)|thanks(?!\s+to\b)|
    (?<=we\s)(?:thank|reaffirm|reiterate|demand|stress|emphasi[sz]e)|
    calls\s+(?:on|upon|for)|
    # the plural ("London and Washington call for restraint"), not the noun ("a call for",
    # "the Council's call on", "a conference call on Monday") or the infinitive
    (?<!a\s)(?<!the\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!to\s)(?<!['’]s\s)
    (?<!conference\s)(?<!phone\s)(?<!telephone\s)call\s+(?:on|upon|for)|
    (?:was|were|is|are)\s+among\s+(?:the\s+)?(?:\w+\s+)?(?:critics|supporters|backers)|(?:voiced|voices|voice|expressed|expresses|express|raised)\s+(?:[\w'’]+\s+){0,2}?
    (?:concern|concerns|alarm|regret|support|solidarity|hope|disappointment|dismay|satisfaction|
    readiness|willingness|dissatisfaction|displeasure|indignation|reservations|doubts|misgivings|
    scepticism|skepticism|frustration|gratitude|appreciation|confidence|shock|sorrow|grief|
    sympathy|condolences|opposition|outrage|anger)|
    (?:sent|sends|send|conveyed|conveys|extended|extends)\s+(?:[\w'’]+\s+){0,2}?
    (?:congratulations|condolences|sympathy|sympathies|messages?\s+of\s+(?:\w+\s+)?
    (?:support|solidarity|sympathy|condolence|congratulation)s?)|
    backed(?!\s+by)|
    called\s+(?:it|this|that|the|them|him|her)|weighed\s+in|declined\s+to|refused\s+to|
    agree[ds]?\s+with\s+(?:[\w'’-]+\s+){1,4}?that|
    (?:learnt|learned|learns|received|receives|notes|noted|followed|follows|watched|watches)\s+
    (?:\w+\s+){0,3}?with\s+(?:\w+\s+)?(?:concern|regret|dismay|alarm|shock|sadness|sorrow|
    satisfaction|interest|indignation)|
    (?<!['’]s\s)(?<!the\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)repeat(?:ed|s)(?!\s+(?:attacks?|strikes?|violations?|incursions?|shelling|raids?)\b)|
    # blame laid: "held Israel fully responsible", "holds the junta accountable"
    (?:held|holds)\s+(?:[\w'’-]+\s+){1,4}?["“]?(?:\w+ly\s+)?(?:responsible|accountable)|
    # "the spokesman quoted him as saying": the spokesman's words of the one quoted
    quoted\s+(?:him|her|them)\s+as\s+(?:saying|telling)|
    # (not the news told by the press: "Russia's TASS news agency reported that")
    (?<!agency\s)(?<!agencies\s)(?<!media\s)(?<!newspaper\s)(?<!television\s)(?<!radio\s)
    (?<!TV\s)(?<!daily\s)(?<!outlet\s)(?<!is\s)(?<!was\s)(?<!been\s)report(?:ed|s)\s+that|
    pushed\s+for|stands?\s+in\s+(?:full\s+)?solidarity|sp(?:oke|eaks?)\s+out|
    set\s+out|(?:stood|stands?)\s+by(?!\s+(?:as|while|idly|and\s+watched)\b)|sided\s+with|
    (?:stood|stands|stand)\s+ready|
    (?:is|are|was|were|been|remains?|remained)\s+(?:\w+ly\s+)?"""
    + alternation(FEELINGS | DISPOSITIONS)
    + r"""|
    # the reserve of a party's line, also compared with others' ("Tokyo was more guarded",
    # "Washington has been cautious"); not a place or a person kept under guard ("was heavily
    # guarded", "was restrained by passengers")
    (?:is|are|was|were|been|remains?|remained|stays|stayed)\s+
    (?!(?:heavily|closely|tightly|well|physically|forcibly)\b)(?:\w+ly\s+)?
    (?:(?:far|much|even|rather|somewhat|still)\s+)?(?:more\s+|less\s+)?"""
    + alternation(RESERVE)
    + r"""(?!\s+by\b)|
    (?:issued|issues|released|put\s+out)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:statements?|communiqués?|declarations?)|
    (?:lodged|lodges|filed|files|registered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:protest|complaint|representation)s?|
    # the formal notes of diplomacy: "took note of the results", "issued a démarche", "paid
    # tribute to the victims", "registered its displeasure"
    (?:took|takes|has\s+taken|have\s+taken)\s+(?:\w+\s+)?note\s+of|
    (?:issued|issues|delivered|delivers|made|makes)\s+(?:a\s+|an\s+)?(?:\w+\s+)?d[ée]marches?|
    (?:paid|pays|pay)\s+(?:\w+\s+)?(?:tribute|tributes|homage)\s+to|
    (?:registered|registers|conveyed|conveys)\s+(?:[\w'’]+\s+){0,2}?(?:displeasure|objections?|
    dissatisfaction|unease)|
    (?:took|takes|struck|strikes|sounded|sounds|adopted|adopts)\s+(?:a|an)\s+(?:\w+\s+){0,2}?
    (?:view|note|line|tone|stance|position|approach)|
    press(?:ed|es)\s+(?:for|(?:[\w'’-]+\s+){1,5}?to\b)|
    (?:repeated|repeats|renewed|renews)\s+(?:(?:its|his|her|their|an?|the)\s+)?(?:\w+\s+)?
    (?:calls?|appeals?|demands?|warnings?|offers?|pleas?)\b
"""
)
_ING_WORDS = r"""
    saying|adding|urging|warning|calling\s+(?:on|upon|for)|stressing|insisting|noting|
    accusing|describing|demanding|appealing|threatening|pledging|expressing\s+\w+|
    # a participle of position set off by a comma shares the subject before it ("Gabon's
    # leader was the warmest, praising France for ..."); one after a noun is the noun's ("a
    # resolution condemning the raid")
    (?<=,\s)(?:condemning|criticising|criticizing|denouncing|deploring|rejecting|welcoming|
    praising|hailing|dismissing|branding|vowing|reiterating|reaffirming|congratulating|
    lamenting)
"""
# A verb of consulting ("met", "travelled to"): people of any kind meet and travel, so only
# a party's own people do it for the party (`verb_readings`).
CONSULTING = re.compile(alternation(CONSULT), re.IGNORECASE)
# The plural noun a subject's party qualifies: "The farmers of Chile and Peru met".
OF_PEOPLE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?$")
VERB = re.compile(
    r"(?<![\w-])(?:(?P<ing>" + _ING_WORDS + r")|(?P<fin>" + _VERB_WORDS + r"))(?![\w-])",
    re.IGNORECASE | re.VERBOSE,
)
_INHERIT = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:the|their|its|his|her|our|these|those|a|an|main|new|repeated|such)\s+$", re.IGNORECASE
)
_BY_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)
_GAPPED_AGENT = re.compile(
    r"\s+(?:on|against|to|from|over)\s+(?:[\w'’-]+\s+){1,5}?by\b(?=\s+(?:the\s+)?[A-Z])"
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+|also\s+|now\s+)?$", re.IGNORECASE
)
# Verbs that in the present passive name a standing state ("is recognised by"), not an event.
_STATIVE_PASSIVE = re.compile(r"^(?:recogni[sz]ed|supported|backed|endorsed)$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are)\s+\S*\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A coordinated verb with no subject of its own: "KFOR increased its patrols and said", "Iran
# let the plane refuel but said".
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$", re.IGNORECASE)


# Reported content ends where a new clause with its own subject may begin.
_NEW_CLAUSE = re.compile(
    r"[;:]|,\s+(?:while|whereas|and|but)\s|\s(?:while|whereas)\s", re.IGNORECASE
)
_SAYING = re.compile("^" + alternation(SAY | EMPHASISE | ANNOUNCE) + r"\b", re.IGNORECASE)
_FEELING = re.compile(r"(?:is|are|was|were|been|remains?|remained)\s", re.IGNORECASE)
_NEITHER = re.compile(r"^\s*neither\b|\bnor\s+[^,;]{1,60}$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b" + alternation(SAY | EMPHASISE | ANNOUNCE) + r"\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|yet\s+to)\s+$", re.IGNORECASE)
_SAID_NOTHING = re.compile(
    r"\s+(?:little|nothing|no\s+(?:evidence|details?|comment|explanation|indication|reason|"
    r"further))\b",
    re.IGNORECASE,
)
_AMONG_THOSE = re.compile(
    r"\s+(?:was|were|are|is)\s+among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:that|which|who)\s+"
    r"(?:(?:have|has|had)\s+(?:also\s+)?)?$",
    re.IGNORECASE,
)
# "The United States was the first major power to say", "Italy was quick to condemn"
_FIRST_TO = re.compile(
    # ("Japan on Friday became the first country to evacuate its citizens")
    r"(?:\s+on\s+(?-i:[A-Z])[a-z]+|\s+(?:yesterday|today|earlier|later))?"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|became|(?:has|have)\s+become)\s+"
    r"(?:also\s+)?"
    r"(?:(?:the|among\s+the|one\s+of\s+the)\s+)?"
    r"(?:first|quick|quickest|swift|swiftest|fastest|earliest|only|last)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
_NO_COMMENT = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:comment|commented|respond|responded|react|reacted|say|"
    r"said|speak|spoken)\b|"
    r"\b(?:declined|yet)\s+to\s+(?:comment|respond|react|say|speak)\b",
    re.IGNORECASE,
)
# A refusal to comment told as news is the party's answer ("Hungary's government declined to
# comment on what it called an internal matter", "The State Department declined to say whether
# ..."): a reaction, unlike a party that has "not commented" (no answer at all).
_DECLINED = re.compile(r"declined\s+to\s+(?:comment|say|respond|react)\b", re.IGNORECASE)


# A deed named again to be judged: ", a move Turkish officials criticised".
_A_MOVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|deployment|measure|action|gesture)"
    r"\s+(?:that\s+|which\s+)?(?=[^,;]{0,80}$)",
    re.IGNORECASE,
)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+", re.IGNORECASE)
_JOIN_OR_WHERE = re.compile(r",\s+(?:and|while|but|whereas|where)\s+|;\s+", re.IGNORECASE)
_BACKED_BY = re.compile(
    r"\b(?:(?:was|were|been|is|are)\s+(?:\w+ly\s+|also\s+)?(?:endorsed|echoed|seconded)|"
    # "is backed by Iran" is a standing alliance; "was issued by X" names who spoke
    r"(?:was|were|been)\s+(?:\w+ly\s+|also\s+)?(?:backed|issued|released|published|"
    r"put\s+out|signed|posted)|"
    # the authors of a text: "The resolution, drafted by the United States and Japan,", "a
    # joint statement issued on Thursday by A, B and C", "an order issued Friday by the court"
    # (the source of what is told is no author: "according to a statement issued by X")
    r"(?<!according\sto\sa\s)(?<!according\sto\sthe\s)"
    r"(?:resolution|draft|text|motion|statement|proposal|declaration|communiqu[eé]|order|"
    r"ruling|letter)\b[^;:]{0,40}?"
    r"(?:drafted|penned|tabled|sponsored|co-sponsored|put\s+forward|submitted|issued)"
    r"(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?)\s+by\s+",
    re.IGNORECASE,
)
_DREW_FROM = re.compile(
    r"\b(?:dr[ae]w|draws|drawn|drawing|prompted|sparked|triggered|met\s+with|brought|"
    r"there\s+(?:was|were|has\s+been)\s+(?:also\s+)?)\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:condemnation|criticism|protests?|concern|praise|rebukes?|warnings?|support|backing|"
    r"calls?|objections?|anger|alarm)\s+(?:\w+\s+){0,3}?from\s+|"
    # "Condemnation poured in from Paris, Berlin and Rome": reactions told as arriving
    r"\b(?:condemnation|criticism|support|praise|messages|calls|reactions|condolences|tributes|"
    r"offers\s+of\s+(?:help|aid|support))\s+(?:\w+\s+){0,2}?(?:poured|flooded|flowed|arrived|"
    r"followed)\s+(?:\w+ly\s+)?(?:in\s+)?(?:\w+ly\s+)?from\s+|"
    # "The words came from Oman's foreign ministry": whose the quoted words were
    r"\b(?:words|remarks|comments|statement|message|warning|criticism|rebuke|note|response|"
    r"reaction|call|appeal|objection)\s+came\s+"
    r"(?:\w+\s+)?from\s+|"
    # "Those were the words of X", "So said X", "That warning, issued by X,"
    r"\b(?:were|was)\s+the\s+(?:words|remarks|message|verdict)\s+of\s+|^\s*So\s+said\s+|"
    # "That was the message UN Secretary-General X sent", "That was how X's spokesman summed
    # up the UN position": whose the words just quoted were
    r"^\s*(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+(?:words|remarks|message|"
    r"verdict|warning|view|line)\s+(?=(?:the\s+)?(?-i:[A-Z]))|how\s+(?=(?:the\s+)?(?-i:[A-Z])))|"
    r"\b(?:statement|warning|words|remarks|message|appeal)\s*,\s+(?:issued|made|delivered|"
    r"posted|released)\s+(?:\w+\s+)?by\s+|"
    # "The resolution, drafted by the United States and Japan, passed": its authors ("a
    # resolution tabled by Pakistan"; who reads a text out need not have written it)
    r"\b(?:resolution|motion|draft|text|proposal|statement|declaration|letter)\s*,?\s+"
    r"(?:drafted|sponsored|co-sponsored|proposed|tabled|put\s+forward|written|submitted)\s+"
    r"(?:\w+\s+)?by\s+|"
    # "A rival statement read out by Cuba on behalf of 53 countries": the reader of a joint
    # statement for others leads it (a reader alone need not have written it)
    r"\b(?:statement|declaration|text|letter)\s*,?\s+(?:[\w-]+\s+){0,2}?(?:read\s+out|read|"
    r"delivered|presented)\s+by\s+(?=[^,;]{1,60}?\bon\s+behalf\s+of\b)|"
    # "The final statement, backed by the United States, China and Russia, said"
    r",\s+(?:also\s+)?(?:backed|endorsed|signed|supported|co-signed)\s+by\s+|"
    # "Calls for restraint also came from India", "Reaction from Washington was swift"
    r"\b(?:calls|appeals|warnings|messages|statements|condemnations)\s+(?:for\s+[\w\s-]{1,40}?\s+|"
    r"of\s+[\w\s-]{1,40}?\s+)?(?:also\s+)?came\s+(?:\w+\s+)?from\s+|"
    r"\b(?:reaction|response)s?\s+from\s+|"
    # "Among those calling for restraint were the United States, the EU and Russia"
    r"\bamong\s+(?:those|the\s+(?:first|countries|states|governments))\s+(?:[\w-]+\s+){0,5}?"
    r"(?:were|was|are|is)\s+",
    re.IGNORECASE,
)


# Counts of the dead, the wounded, the displaced: facts whose source does not react.
_TALLY = re.compile(
    r"\b(?:killed|injured|wounded|dead|died|deaths|fled|displaced|arrested|detained|missing|"
    r"figures|estimates?|toll|casualties)\b",
    re.IGNORECASE,
)
_REACTION_NOUN = re.compile(
    r"^(?:[A-Z][^,;:\"“”]{0,40},\s+)?(?P<who>(?:the\s+)?(?:[A-Z][\w.’-]*\s+){0,4}[A-Z][\w.-]*)"
    r"['’]s\s+(?:(?:initial|first|"
    r"official|own|public|strongest|sharpest)\s+)?(?:response|reaction|support|backing|"
    r"condemnation|criticism|stance|position|tone)\b(?:\s+(?:for|of|to)\s+[^,;:]{1,60}?)?\s+"
    r"(?:was|has\s+been|had\s+been|is|remained|remains|came)\b"
)
_THANKED_FOR = re.compile(
    r"\bthank(?:s|ed)?\s+(?P<who>[^;:]{3,160}?)\s+for\s+(?:their|its|his|her)\s+(?:\w+\s+){0,2}?"
    r"(?:expressions?\s+of\s+)?(?:solidarity|support|backing|condemnation|statements?|messages?|"
    r"condolences|sympathy)\b",
    re.IGNORECASE,
)
