"""Who speaks in a sentence, and with what stance.

A reaction is a reporting or attitudinal verb ("said", "urged", "voiced concern", "condemned")
whose subject is an entity. The speaker is the entity heading the subject noun phrase: "a
spokesperson for X", "officials in X" and "X's foreign ministry" all resolve to X; a person
resolves to the state or organisation in their title ("EU foreign policy chief Josep Borrell"
-> European Union; the titles, seats and institutions live in `affiliation`, whose public names
are re-exported here); coordinated subjects ("France, Germany and the UK said") give every party.
A party may also react by an act ("Hong Kong restricted imports": `acting_parties`). Where the
sentence names no one ("It said", "the bloc", "State media", "West African heads of state"), a
`Resolver` from the pipeline answers from the sentences before. The stance comes from the words
of the statement, read from the speaker's own clause (see `stance`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import (
    CONVENTIONAL,
    INSTITUTION_WORDS,
    PERSON_NOUNS,
    by_surname,
    is_title,
    owning_state,
    title_gap,
)
from briefer.analysis.affiliation import ROLE_WORDS as ROLE_WORDS
from briefer.analysis.affiliation import affiliations as affiliations
from briefer.analysis.affiliation import government_of as government_of
from briefer.analysis.affiliation import is_commentator as is_commentator
from briefer.analysis.affiliation import is_domestic_institution as is_domestic_institution
from briefer.analysis.affiliation import is_state as is_state
from briefer.analysis.affiliation import is_title_gap as is_title_gap
from briefer.analysis.affiliation import known_party as known_party
from briefer.analysis.affiliation import owner_body as owner_body
from briefer.analysis.affiliation import owner_state as owner_state
from briefer.analysis.affiliation import parent_body as parent_body
from briefer.analysis.affiliation import party_of as party_of
from briefer.analysis.model import Mention
from briefer.analysis.prefilter import sieve_of
from briefer.analysis.stance import CAMEO as CAMEO
from briefer.analysis.stance import STANCE_CUES as STANCE_CUES
from briefer.analysis.stance import cameo_of as cameo_of
from briefer.analysis.stance import stance_of as stance_of
from briefer.analysis.verbs import (
    ANNOUNCE,
    ATTITUDE,
    DISPOSITIONS,
    EMPHASISE,
    FEELINGS,
    IRREGULAR_PAST,
    MEASURES,
    PERCEIVE,
    POSITION,
    RESPONSE_ACTS,
    SAY,
    alternation,
)

# Reporting and attitudinal verbs, in finite or participle form. Group "ing" marks a participle
# ("..., saying"), which shares the subject of the verb before it.
_VERB_WORDS = (
    alternation(
        SAY | {"say"} | EMPHASISE | ANNOUNCE | (ATTITUDE - {"called"}) | POSITION | MEASURES
    )
    + r"""|
    called\s+(?:on|upon|for)|thanks(?!\s+to\b)|
    (?<=we\s)(?:thank|reaffirm|reiterate|demand|stress|emphasi[sz]e)|
    calls\s+(?:on|upon|for)|
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
    pushed\s+for|stands?\s+in\s+(?:full\s+)?solidarity|sp(?:oke|eaks?)\s+out|
    set\s+out|(?:stood|stands?)\s+by(?!\s+(?:as|while|idly|and\s+watched)\b)|sided\s+with|
    (?:stood|stands|stand)\s+ready|
    (?:is|are|was|were|been|remains?|remained)\s+(?:\w+ly\s+)?"""
    + alternation(FEELINGS | DISPOSITIONS)
    + r"""|
    (?:issued|issues|released|put\s+out)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:statements?|communiqués?|declarations?)|
    (?:lodged|lodges|filed|files|registered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:protest|complaint|representation)s?|
    (?:took|takes|struck|strikes|sounded|sounds|adopted|adopts)\s+(?:a|an)\s+(?:\w+\s+){0,2}?
    (?:view|note|line|tone|stance|position|approach)|
    press(?:ed|es)\s+(?:for|(?:[\w'’-]+\s+){1,5}?to\b)|
    (?:repeated|repeats|renewed|renews)\s+(?:(?:its|his|her|their|an?|the)\s+)?(?:\w+\s+)?
    (?:calls?|appeals?|demands?|warnings?|offers?|pleas?)\b
"""
)
_ING_WORDS = r"""
    saying|adding|urging|warning|calling\s+(?:on|upon|for)|stressing|insisting|noting|
    accusing|describing|demanding|appealing|threatening|pledging|expressing\s+\w+
"""
VERB = re.compile(
    r"(?<![\w-])(?:(?P<ing>" + _ING_WORDS + r")|(?P<fin>" + _VERB_WORDS + r"))(?![\w-])",
    re.IGNORECASE | re.VERBOSE,
)
_SOURCE_OF = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|spokesperson|spokesman|"
    r"spokeswoman|official|officials|source|sources|communiqué|readout)\s+(?:from|by|of|for)\s+",
    re.IGNORECASE,
)
# "In Nairobi, ...", "Meanwhile in Tehran, ...", "From Ankara, ...": where the speaker is.
_IN_PLACE = re.compile(
    r"(?:(?:Meanwhile|Separately|Elsewhere|Back|Over|Later|Earlier),?\s+(?i:in|from)|In|From)"
    r"\s+([A-Z][\w'’ -]+?),\s+"
)
_IN_CAPITAL = re.compile(_IN_PLACE.pattern + r"(?:a|an|the)?\s*[a-z]")
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_INVERTED = re.compile(
    r"""[,"”]\s*""" + alternation(SAY | {"warned", "tweeted", "posted"}) + "$", re.IGNORECASE
)
# Where a clause begins, as seen walking back from a verb.
_CLAUSE_BREAK = re.compile(
    r"""[;:\[\]"“”]|\s[-–—]\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|"""
    r"""when|because|since|which|who)\s|\s(?:but|while|whereas|that|which|who|whom|when|"""
    r"""after|before|because|if|unless|although)\s""",
    re.IGNORECASE,
)
_COORDINATION = re.compile(
    # "the UN mission (UNSOM), together with the EU" (the abbreviation a mention or not)
    r"^(?:\s*\([\w.-]+\)|\))?"
    r"\s*(?:,\s*|,?\s*(?:and|&)\s+|,?\s+(?:together\s+with|along\s+with|as\s+well\s+as)\s+)"
    r"(?:the\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)  # ("Lavrov and his Turkish counterpart Hakan Fidan")
_INHERIT = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)
_GAP_BLOCKERS = re.compile(
    r"\b(?:who|which|that|whose|whom|and|or|but|after|before|when|because|against|on|at|with|"
    r"to|about|over|into|by|in|of|for|from|its|their|his|her)\b|[,;]",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 7
# An unnamed voice of a body after an inverted verb: '"...," said a spokeswoman for the'.
_VOICE_FOR = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|"
    r"representative)\s+(?:for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COMMA_AND = re.compile(r"^\s*,\s*and\s", re.IGNORECASE)
_AND_OTHERS = re.compile(r"^,?\s+and\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:the|their|its|his|her|our|these|those|a|an|main|new|repeated|such)\s+$", re.IGNORECASE
)
_ONLY_THE = re.compile(r"\s*(?:the\s+)?$", re.IGNORECASE)
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
# A comma closing an appositive just before the verb (auxiliaries and adverbs may come between).
_APPOSITIVE_TAIL = re.compile(
    r",\s*(?:(?:has|have|had|also|later|then|again|on\s+\w+day|\w+ly)\s+)*$", re.IGNORECASE
)
_JOINS = re.compile(r"\b(?:and|or|but|while)\b", re.IGNORECASE)
_HEAD_TAIL = re.compile(r"^(?:'s|’s)?(?:\s+[\w-]+){0,5}\s*$")
# "The OSCE mission in Kosovo", "the U.S. ambassador to Serbia": the body, not the place.
_POSTED_IN = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:in|to|at|for)\s+(?:the\s+)?$")
# A coordinated verb with no subject of its own: "KFOR increased its patrols and said".
_AND_VERB = re.compile(r"\band\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(
    r"^\s*(?:[A-Z][^,]{0,40},\s*)?(?:only\s+|even\s+|both\s+)?(?:(?:the|a|an)\s+(?:(?:senior|top|"
    r"high-level|joint|visiting|former|new|first|second|latest)\s+)?)?$",
    re.IGNORECASE,
)
# "Secretary of State Antony Blinken spoke ... and condemned": a title opening the clause.
_TITLE_OPENING = re.compile(r"^\s*(?:the\s+)?(?P<title>(?:(?:[A-Z][\w-]*|of)\s+){1,4})$")


_HONORIFIC = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr)\.?\s+")


def _opens_clause(before: str) -> bool:
    """Whether `before` (clause start up to a mention) leaves the mention as the subject."""
    if _CLAUSE_OPENING.match(before) or _HONORIFIC.fullmatch(before):
        return True
    title = _TITLE_OPENING.match(before)
    if title is not None and any(
        w.lower() in ROLE_WORDS and w.lower() not in ("of", "the")
        for w in title.group("title").split()
    ):
        return True
    # "The foreign ministers of Estonia, ...": a role phrase naming whose officials act.
    words = before.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[-1].lower() == "the":
        words = words[:-1]  # "Leaders of the Commonwealth of Independent States"
    return (
        1 <= len(words) <= 5
        and words[-1].lower() == "of"
        and all(w.lower() in ROLE_WORDS for w in words)
    )


# Reported content ends where a new clause with its own subject may begin.
_NEW_CLAUSE = re.compile(
    r"[;:]|,\s+(?:while|whereas|and|but)\s|\s(?:while|whereas)\s", re.IGNORECASE
)
_SAYING = re.compile("^" + alternation(SAY | EMPHASISE | ANNOUNCE) + r"\b", re.IGNORECASE)
_ORG_NOUNS = frozenset(
    [
        "bloc",
        "alliance",
        "union",
        "organisation",
        "organization",
        "centre",
        "center",
        "force",
        "mission",
        "panel",
        "council",
        "body",
        "agency",
        "court",
        "ministry",
        "commission",
        "committee",
        "observers",
        "experts",
        "monitors",
        "department",
    ]
)
_GROUP_NOUNS = frozenset(
    [
        "statement",
        "declaration",
        "communiqué",
        "governments",
        "ministers",
        "leaders",
        "countries",
        "capitals",
        "officials",
        "diplomats",
        "allies",
        "partners",
        "powers",
        "nations",
        "states",
    ]
)
_NOUNS = "|".join(sorted(PERSON_NOUNS | _ORG_NOUNS | _GROUP_NOUNS, key=len, reverse=True))
# "he", "they", "the bloc", "the five governments", "the bloc's foreign policy chief"
# (A domestic qualifier makes a new body, not a reference back: "the election commission".)
_ANAPHOR_NP = (
    r"(?:(?P<pronoun>he|she|it|they|we|both)|the\s+(?!(?:election|electoral|supreme|constitutional|"
    r"central|national|interior|police|border|state)\b)(?:(?!(?:and|or)\s)[\w-]+\s+){0,3}?(?P<noun>"
    + _NOUNS
    + r"))"
)
_ANAPHOR_BEFORE = re.compile(
    r"(?:^|(?<=[\s,\"“”]))" + _ANAPHOR_NP + r"(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?|\s+)"
    r"(?:(?:\w+ly|also|later|then|again|further|has|have|had)\s+)*$",
    re.IGNORECASE,
)
_ANAPHOR_ASIDE = re.compile(
    r"^\s*"
    + _ANAPHOR_NP
    + r"\s*,\s+(?:which|who)\b[^;:\"“”]{1,300}?,\s+(?:(?:\w+ly|also|then)\s+)*$",
    re.IGNORECASE,
)
_ANAPHOR_AFTER = re.compile(r"\s+" + _ANAPHOR_NP + r"\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reaction:
    """The speakers of one sentence (canonical names) and the stance of what they said."""

    speakers: tuple[str, ...]
    stance: str | None
    cameo: str | None


# "Secretary of State Antony Blinken" is American and "Secretary-General António Guterres" is
# the UN's unless another body is named.
# "The Secretary-General calls on all parties": the office named alone speaks for its body.
_OFFICE_ALONE = re.compile(
    r"^\s*(?:[^,]{0,40},\s+)?the\s+(?P<office>Secretary-General)"
    r"(?:['’]s\s+(?:deputy\s+)?(?:spokes(?:man|woman|person)|office)\s+|,\s+|\s+)",
    re.IGNORECASE,
)
_TITLED_AND = re.compile(r"^(?:'s|’s)\s+(?:[a-z-]+\s+){1,3}and\s+(?:the\s+|his\s+|her\s+)?$")


_AND_ROLES_OF = re.compile(r"\s+and\s+(?:the\s+)?(?P<roles>(?:[a-z-]+\s+){1,3})of\s+(?:the\s+)?")


def _titled_and(between: str) -> bool:
    """Whether `between` ("'s president and ") joins two titled parties: only role words."""
    words = between.replace("’s", "'s").replace("'s", "").split()
    words = words[:-2] if words and words[-1] in ("his", "her") else words[:-1]
    return bool(words) and all(w in ROLE_WORDS for w in words)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|via)\s+(?:the\s+)?$", re.I)
# "Unlike Moscow, Ankara backed Baku": the party set apart is not among the speakers.
_CONTRAST_BEFORE = re.compile(r"\b(?:unlike|except|apart\s+from)\s+(?:the\s+)?$", re.I)


def _coordinated(text: str, mentions: Sequence[Mention], index: int) -> list[Mention]:
    """The mention at `index` with the mentions coordinated before it ("France, Germany and")."""
    group = [mentions[index]]
    front = group[0].start  # where the first member's phrase begins, its title included
    j = index - 1
    while j >= 0:
        between = text[mentions[j].end : front]
        if (
            group[0].type == "PERSON"
            and front == group[0].start
            and mentions[j].type in ("NORP", "GPE", "ORG")
            and between.strip()
            and title_gap(between)
            and j > 0
            and mentions[j - 1].type == "PERSON"
        ):
            # "Kazakh President A and Uzbek President B": the title belongs to B's phrase
            front = mentions[j].start
            j -= 1
            continue
        if _TITLED_AND.match(between) and _titled_and(between):
            group.insert(0, mentions[j])  # "Brazil's president and Colombia's foreign minister"
            front = mentions[j].start
            j -= 1
            continue
        roles = _AND_ROLES_OF.fullmatch(between)
        if roles is not None and all(
            w.lower().removesuffix("s") in ROLE_WORDS for w in roles.group("roles").split()
        ):
            group.insert(0, mentions[j])  # "Macron and the presidents of the G5 Sahel said"
            front = mentions[j].start
            j -= 1
            continue
        if not _COORDINATION.match(between):
            break
        if between.strip() == "," and (mentions[j].type == "PERSON") != (group[0].type == "PERSON"):
            break  # "in Berlin, Josep Borrell said": an opening phrase, not a list
        if between.strip().lower() in (",", ", the") and (
            _PLACE_BEFORE.search(text, 0, mentions[j].start)
            or _CONTRAST_BEFORE.search(text, 0, mentions[j].start)
        ):
            # "Speaking in Brussels, the German chancellor said", "In Brussels, EU officials
            # said", "At the UN, France's ambassador said": where, not who
            break
        # ", and" ends a list ("A, B, and C") or joins two clauses ("..., and B said"):
        # a list has a plain comma before it.
        titled_person = (
            mentions[j].type == "PERSON"
            and j > 0
            and title_gap(text[mentions[j - 1].end : mentions[j].start])
        )  # "The EU's foreign policy chief, Josep Borrell, and the Commission said"
        if (
            _COMMA_AND.match(between)
            and len(group) == 1
            and not titled_person
            and (j == 0 or text[mentions[j - 1].end : mentions[j].start].strip() != ",")
        ):
            break
        if mentions[j].type != "LOC":  # ("the United States, the Gulf states, China": a region
            group.insert(0, mentions[j])  # in a list names no party)
        front = mentions[j].start
        j -= 1
    return group


def coordinated(text: str, mentions: Sequence[Mention], index: int) -> list[Mention]:
    """Public form of `_coordinated`, over mentions with offsets into `text`."""
    return _coordinated(text, mentions, index)


def _head_before(text: str, mentions: Sequence[Mention], pos: int) -> int:
    """Index of the mention heading the noun phrase that ends at `pos`, or -1.

    Only title words may follow it: "The EU's foreign policy chief", "Serbian officials".
    """
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > pos:
            continue
        gap = text[m.end : pos]
        if _JOINS.search(gap):
            return -1  # "Greece and Cyprus and, at its summit, offered": another clause
        if not gap.strip() or gap.strip() == ")" or title_gap(gap) or _HEAD_TAIL.match(gap):
            # (")": "The Caribbean Community (CARICOM), which ..., said")
            if i > 0 and _POSTED_IN.match(text[mentions[i - 1].end : m.start]):
                return i - 1  # "Russia's ambassador to the UN, X, said": Russia's envoy
            return i
        return -1
    return -1


def _opening_party(text: str, mentions: Sequence[Mention], attribution: int) -> tuple[str, ...]:
    """The state or body opening a sentence whose attribution comes last (", a spokesperson
    said"), if there is one."""
    if not _ATTRIBUTION_LAST.search(text, max(0, attribution - 4), attribution):
        return ()
    for m in mentions:
        if m.start >= attribution:
            break
        if _CLAUSE_OPENING.match(text[: m.start]) and m.type in ("GPE", "ORG"):
            # "Paris and London have made similar points, diplomats say": every party listed
            group = [m]
            for nxt in mentions[mentions.index(m) + 1 :]:
                if nxt.start >= attribution or not _COORDINATION.match(
                    text[group[-1].end : nxt.start]
                ):
                    break
                group.append(nxt)
            parties = [party_of(g, {}) for g in group if g.type in ("GPE", "ORG")]
            if all(g.type == "ORG" or is_state(p) for g, p in zip(group, parties, strict=False)):
                return tuple(dict.fromkeys(parties))
            return ()
        return ()
    return ()


_ATTRIBUTION_LAST = re.compile(r"[,\"”]\s*$")


_TIME_GAP = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|earlier|later|last\s+(?:week|month|night))|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
_FEELING = re.compile(r"(?:is|are|was|were|been|remains?|remained)\s", re.IGNORECASE)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotation marks opened earlier in `text`, or before the
    closing mark of a quotation an earlier sentence opened ('We urge calm." — an official')."""
    before = text[:pos]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if _QUOTE_MARKS.search(before) is not None:
        return False
    first = _QUOTE_MARKS.search(text, pos)
    return first is not None and (
        first.group(0) == "”" or (first.group(0) == '"' and text.count('"') % 2 == 1)
    )


_QUOTE_MARKS = re.compile(r"""["“”]""")


#: Resolver kind prefix: the rest names a region whose bloc is wanted ("bloc-of:West African").
BLOC_OF = "bloc-of:"
# A clause opening on a group named by its region: "West African heads of state", "Gulf Arab
# governments" (after a dateline, if any).
_REGIONAL_GROUP = re.compile(
    r"^(?:[^—]{0,80}\s[—–-]\s+)?(?:[Tt]he\s+)?(?P<region>(?:(?!The\b)[A-Z][a-z]+\s+){1,2})(?:heads\s+of\s+state|"
    r"leaders|foreign\s+ministers|defence\s+ministers|ministers|governments|presidents)\b"
)
_STATE_MEDIA = re.compile(
    r"^(?:the\s+)?(?:state(?:-run|-owned|-controlled)?|official)\s+(?:media|television|"
    r"broadcaster|news\s+agency|press)\b",
    re.IGNORECASE,
)
_THEIR_GOVERNMENTS = re.compile(
    r"\btheir\s+(?:governments?|leaders|foreign\s+ministers|foreign\s+ministries|capitals)\s+"
    r"(?:(?:\w+ly|also|have|had|has)\s+)*$",
    re.IGNORECASE,
)
_NEITHER = re.compile(r"^\s*neither\b|\bnor\s+[^,;]{1,60}$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b" + alternation(SAY | EMPHASISE | ANNOUNCE) + r"\b", re.IGNORECASE)
# The unnamed people a sentence opens on: "European diplomats", "A NATO diplomat".
_UNNAMED_PEOPLE = re.compile(
    r"^\s*(?:[^,]{0,40},\s+)?(?:an?\s+|one\s+|two\s+|several\s+)?(?:[\w.-]+\s+){0,2}"
    r"(?:diplomats?|officials?|sources?)\b",
    re.IGNORECASE,
)
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
# An item of a list that counts members without naming them: ", more than a dozen European
# Union countries, ".
_COUNTED_ITEM = re.compile(
    r",\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|at\s+least\s+|over\s+)?"
    r"(?:a\s+dozen|dozens\s+of|several|other|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty)\s+(?:other\s+)?(?:of\s+the\s+)?",
    re.IGNORECASE,
)
_MEMBERS_OF_ITEM = re.compile(
    r"(?:\s+member)?\s+(?:countries|states|members|governments|nations|capitals)\b"
)
_FIRST_TO_ACT = re.compile(
    _FIRST_TO.pattern.removesuffix(r"to\s+$") + r"to\s+[a-z]|"
    # "were among the other EU members to announce expulsions"
    r"\s+(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:members|countries|states|governments|nations|allies)\s+to\s+[a-z]",
    re.IGNORECASE,
)
_AT_POST = re.compile(r"\b(?:in|at|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
_QUOTED_VERB = re.compile(r"\s[\"“](?:\w+ly\s+|\w+ly[\"”]\s+)?$")
_CIVIL_IN = re.compile(
    r"\b(?:groups|activists|residents|analysts|protesters|journalists|experts|campaigners|"
    r"citizens|people|lawmakers|businesses|companies|opposition\s+parties|exiles|diaspora)\s+"
    r"(?:in|from|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A group named by its members in the dashes after it: "the five European members of the
# Security Council — ...", "three Gulf states — ...".
_GROUP_BEFORE_DASH = re.compile(
    r"\b(?:members|countries|states|governments|nations|capitals|allies|partners|signatories)"
    r"\b[^,;:]{0,60}$",
    re.IGNORECASE,
)
_DASH_ASIDE = re.compile(
    # (a hyphen inside a word may stand in the aside: "- the so-called Troika -")
    r"\s[-–—]\s(?:(?!\s[-–—]\s)[^;:]){1,80}?\s[-–—]\s*(?:(?:has|have|had|also|\w+ly)\s+)*$"
)
_AUXILIARY_TAIL = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MEMBERS_ASIDE = re.compile(
    r",\s+(?:among\s+them|including|notably|such\s+as)\s+[^;:]*?,\s*"
    r"(?:(?:has|have|had|also|\w+ly)\s+)*$",
    re.IGNORECASE,
)


def _comma_before(text: str, pos: int) -> int:
    """The last comma before `pos` that separates words, not digits ("1,500 troops"); -1."""
    at = text.rfind(",", 0, pos)
    while 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.rfind(",", 0, at)
    return at


def _subject_before(text: str, mentions: Sequence[Mention], verb_start: int) -> list[Mention]:
    """The entity mentions heading the subject of the verb at `verb_start` (empty if none)."""
    quoted = _QUOTED_VERB.search(text, max(0, verb_start - 20), verb_start)
    if quoted is not None:
        verb_start = quoted.start()  # 'Guterres "strongly condemned" the coup'
    dashed = _DASH_ASIDE.search(text, max(0, verb_start - 100), verb_start)
    if dashed is not None:
        listed = [
            m
            for m in mentions
            if dashed.start() < m.start and m.end <= dashed.end() and m.type in ("GPE", "ORG")
        ]
        if (
            len(listed) >= 2
            and _GROUP_BEFORE_DASH.search(text, max(0, dashed.start() - 80), dashed.start())
            and len(_coordinated(text, mentions, mentions.index(listed[-1]))) == len(listed)
        ):
            # "the five European members of the Council - France, Germany, the United
            # Kingdom, Belgium and Poland - issued a statement": the members named speak
            return listed
        verb_start = dashed.start()  # "Britain, Norway and the US - known as the Troika - said"
    members = _MEMBERS_ASIDE.search(text, max(0, verb_start - 160), verb_start)
    if members is not None:
        # "the United States and ten Latin American governments, among them Argentina, Chile
        # and Peru, said": the named head and every member listed.
        clause_start = 0
        for br in _CLAUSE_BREAK.finditer(text, 0, members.start()):
            clause_start = br.end()
        named = [
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= verb_start
            and m.type in ("GPE", "ORG")
            and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]  # ("In Geneva, 27 countries, among them A and B, urged": Geneva is where)
        auxiliary = _AUXILIARY_TAIL.search(text, members.start(), verb_start) is not None
        if named and auxiliary and named[0].start < members.start():
            named = []  # "Germany, including its navy, has ...": the aside names no members
        if named:
            return named
    # An appositive or relative clause between subject and verb is skipped:
    # "Germany, which holds the EU presidency, urged"; "Heiko Maas, the German minister, said".
    tail = _APPOSITIVE_TAIL.search(text, max(0, verb_start - 60), verb_start)
    if tail is not None:
        close = tail.start()
        opened = _comma_before(text, close)
        last = max((i for i, m in enumerate(mentions) if m.end <= close), default=-1)
        if last > 0 and not text[mentions[last].end : close].strip():
            listed = _coordinated(text, mentions, last)
            if len(listed) >= 2 and (
                all(m.type == "PERSON" for m in listed) or listed[0].start < opened
            ):
                # "The presidents of the three countries, A, B and C, have offered": the
                # people named in the list speak, each for their own state; "The statement,
                # also signed by A, B, C and D, said": a list longer than the last comma.
                return listed
        named = [m for m in mentions if m.start > opened and m.end <= close]
        if (
            len(named) == 1
            and named[0].type in ("ORG", "GPE")
            and _ONLY_THE.match(text, opened + 1, named[0].start)
            and not text[named[0].end : close].strip()
        ):
            return [named[0]]  # "The bloc's mission, EULEX, said"
        if opened > 0 and close - opened <= 240:
            found = _head_before(text, mentions, opened)
            if (
                found >= 0
                and len(named) == 1
                and named[0].type == "PERSON"
                and not text[opened + 1 : close].replace(named[0].surface, "").strip()
                and _AT_POST.search(text, max(0, mentions[found].start - 5), mentions[found].start)
            ):
                # "Its envoy in Vienna, Mikhail Ulyanov, wrote": the place is where the post
                # is; the person named speaks, for whoever the title says.
                return [named[0]]
            if found >= 0:
                return _coordinated(text, mentions, found)
            # "France, the former colonial power, which keeps forces near the capital, said":
            # asides one after another, each opened by a comma, back to the subject.
            for _ in range(2):
                aside_at = text.rfind(",", 0, opened)
                if aside_at <= 0 or close - aside_at > 240:
                    break
                if not _ASIDE_OPEN.match(text, opened + 1):
                    break
                found = _head_before(text, mentions, aside_at)
                if found >= 0:
                    return _coordinated(text, mentions, found)
                opened = aside_at
    clause_start = 0
    relative = False  # the clause is a relative one: "Her parents, who live in Poland, said"
    for br in _CLAUSE_BREAK.finditer(text, 0, verb_start):
        clause_start = br.end()
        relative = br.group(0).strip(" ,").lower() in ("which", "who", "whom")
    nearest = -1
    for i, m in enumerate(mentions):
        if m.start >= clause_start and m.end <= verb_start:
            nearest = i
    if nearest < 0:
        return []
    head = mentions[nearest]
    first = _coordinated(text, mentions, nearest)[0]
    if _CIVIL_IN.search(text, max(0, first.start - 40), first.start):
        return []  # "Human rights groups in Kenya voiced concern": not Kenya's government
    gap = text[head.end : verb_start]
    if relative and gap.strip() == ",":
        return []  # "Her parents, who live in Poland, appealed": the place ends an aside
    if _PLACE_AFTER_ACT.search(text, max(0, head.start - 30), head.start):
        return []  # "its foreign ministers meeting in Doha called on": where they met
    if gap.strip() == "," or _TIME_GAP.fullmatch(gap):
        gap = " "  # "The bloc's mission, EULEX, said"; "The Council on Wednesday demanded"
    titled = title_gap(gap)  # "X's ministry of foreign affairs said"
    if not titled and (len(gap.split()) > _MAX_GAP_WORDS or _GAP_BLOCKERS.search(gap)):
        return []
    if nearest > 0:
        prev = mentions[nearest - 1]
        if prev.type in ("ORG", "GPE", "NORP") and _POSTED_IN.match(text[prev.end : head.start]):
            return _coordinated(text, mentions, nearest - 1)
    if head.type == "LOC":
        # A region names no speaker; "Chile, Peru and other Latin American governments" does.
        if nearest > 0 and _AND_OTHERS.match(text[mentions[nearest - 1].end : head.start]):
            return _coordinated(text, mentions, nearest - 1)
        return []
    return _coordinated(text, mentions, nearest)


_WHERE = re.compile(r",?\s+where\s+")


def _place_where(text: str, mentions: Sequence[Mention], pos: int) -> tuple[str, ...]:
    """The state whose capital, or which itself, is the place just before `pos` ("concern in
    Beijing, where a foreign ministry spokesman said"): an unnamed official there speaks for it."""
    for m in mentions:
        if m.end <= pos and _WHERE.fullmatch(text, m.end, pos) and m.type == "GPE":
            state = m.canonical if is_state(m.canonical) else government_of(m.canonical)
            return (state,) if state is not None else ()
    return ()


# What may open an aside between a subject and its verb.
_ASIDE_OPEN = re.compile(
    r"\s*(?:the|a|an|which|who|whose|where|its|his|her|their|one|long|once|itself|also|home)\b",
    re.IGNORECASE,
)
# A place after a verb of meeting or speaking: "ministers meeting in Doha", "speaking at the UN".
_PLACE_AFTER_ACT = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?:in|at)\s+(?:the\s+)?$")


def _capital_opening(text: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The state whose capital opens the sentence ("In Beijing, a spokesperson said")."""
    place = _IN_CAPITAL.match(text)
    if place is None or not mentions:
        return ()
    first = mentions[0]
    if (first.start, first.end) != place.span(1):
        return ()
    if is_state(first.canonical):
        return (first.canonical,)
    state = government_of(first.canonical)
    return (state,) if state is not None else ()


def _clause_subject(text: str, mentions: Sequence[Mention], clause_start: int) -> list[Mention]:
    """The mention opening the clause at `clause_start` ("The U.S. ambassador ... and said")."""
    for i, m in enumerate(mentions):
        if m.start < clause_start:
            continue
        if _opens_clause(text[clause_start : m.start]) and m.type != "LOC":
            group = [m]
            for nxt in mentions[i + 1 :]:  # "The ministers of Estonia, Latvia and Lithuania"
                if not _COORDINATION.match(text[group[-1].end : nxt.start]):
                    break
                group.append(nxt)
            return group
        return []
    return []


# The words that may follow a party in its own noun phrase: "'s foreign ministry", " Embassy".
_SUBJECT_TAIL = (
    # ("The Philippines' foreign ministry": a name ending in s takes the bare apostrophe)
    r"(?:'s|’s|(?<=s)['’])?(?:\s+[A-Z][\w-]*|\s+(?:foreign|defence|defense|trade|navy|air|armed|prime|"
    r"president|premier|chancellor|secretary|envoy|ambassador|chief|head|coast|guard|emir|king|"
    r"special|search|rescue|relief|medical|emergency|"
    r"forces|ministers?|ministry|officials?|leaders?|governments?|troops|diplomats|embassy|"
    r"embassies|consulate|"
    r"spokesperson|spokesman|spokeswoman|warships?|ships|vessels|jets|fighters?|aircraft|"
    r"planes|drones|police|officers|soldiers|units|and|"
    # "The EU's border mission", "the UN refugee agency", "a Greek frigate"
    r"secretary-general|agency|mission|office|delegation|team|staff|monitors|observers|"
    r"peacekeepers|peacekeeping|inspectors|experts|refugee|humanitarian|human|rights|aid|"
    r"border|frigates?|destroyers?|submarines?|helicopters?|convoys?|ship|vessel|plane|jet|"
    r"drone|military|transport|cargo|naval|coast|carriers?|trucks|lorries|of\s+staff|"
    # the help a party sends: "a Chinese hospital ship", "Greek rescuers", "Cuban doctors"
    r"hospital|teams|rescuers|firefighters|medics|doctors|nurses|engineers|"
    # a body's own organs: "ICAO's council agreed", "NATO's members", "the bloc's chair"
    r"council|board|secretariat|commission|committee|panel|members?|member\s+states|"
    r"presidency|chair|chairman|chairwoman|parliament|legislature)"
    r"(?:'s|’s)?|"  # "the French navy's frigate"
    r"\s+(?:to|in|at|for)(?=\s+(?:the\s+)?[A-Z])){0,6}"
)
# The plural nouns of the subject's tail, which end like a verb ("peacekeepers", "troops").
_TAIL_NOUNS = frozenset(
    [
        "carriers",
        "convoys",
        "destroyers",
        "doctors",
        "engineers",
        "firefighters",
        "medics",
        "nurses",
        "rescuers",
        "teams",
        "diplomats",
        "drones",
        "embassies",
        "experts",
        "fighters",
        "forces",
        "frigates",
        "governments",
        "helicopters",
        "inspectors",
        "jets",
        "leaders",
        "members",
        "ministers",
        "monitors",
        "observers",
        "officers",
        "officials",
        "peacekeepers",
        "planes",
        "ships",
        "soldiers",
        "submarines",
        "troops",
        "trucks",
        "lorries",
        "units",
        "vessels",
        "warships",
    ]
)
_AFTER_SUBJECT = re.compile(
    _SUBJECT_TAIL
    # "France's foreign minister, Catherine Colonna, has arrived": a named appositive
    + r"(?:,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])|al-|el-|bin\s|ibn\s|de\s|da\s|van\s|von\s)"
    r"[\w'’.-]*){0,5},"
    # and an aside on that person: ", herself a former president of Chile,"
    r"(?:\s+(?:herself|himself|themselves|a|an|the)\s[^,;\"“”]{1,80},)?)?"
    # a time between subject and verb: "Canada and Ukraine on Monday ordered"
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|earlier|later|last\s+(?:week|month|night))|"
    r"on\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+|on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s+(?:also\s+|again\s+|each\s+|both\s+|jointly\s+|together\s+|\w+ly\s+)?"
    r"(?:(?:has|have|had)\s+[a-z]+|was|were|is|are|(?!news\b)[a-z]+(?:ed|s|t|d)|"
    + alternation(IRREGULAR_PAST)
    + r")\b"
)
_STATE_OF_BEING = re.compile(
    r"(?:'s|’s)?\s+(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|themselves\s+|itself\s+)?"
    r"(?:a|an|the|one|among|home|"
    r"part|\w+['’]s)\b|"
    r"(?:has|have|had)\s+(?:a|an|the|no|some|many|few|several|long|close|strong|military|"
    r"troops|bases|ties|interests|about|around|roughly|nearly|over|more\s+than|up\s+to|\d)\b|"
    # what a party is, has or becomes, not what it does: "Iran shares a border with both"
    r"(?:\w+ly\s+)?(?:(?:has|have|had)\s+become|became|becomes|shares|borders|hosts|lies|owns|"
    r"depends|relies|imports|exports|neighbou?rs|houses|accounts\s+for)\b)",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"(?:'s|’s)?(?:\s+[\w-]+){0,4}?\s+(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:\w+ly\s+)?(?:due|expected|set|"
    r"scheduled|slated|likely|poised|planning|going)\s+to|will|plans?\s+to|intends?\s+to)\b",
    re.IGNORECASE,
)
# A phrase of time, place or circumstance opening a sentence before its subject: "At an emergency
# summit in Abuja on Sunday, ...", "Outside the EU, ...".
_INTRO_PHRASE = re.compile(
    # a date without a comma first: "On 8 July the Council met, at the request of ...", "In
    # June 2022 France put forward"
    r"^(?:On|In|By|Since)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?)\s+(?=(?:the\s+)?[A-Z]|(?:some|about|around|nearly|more\s+than|at\s+least)"
    r"\s+\d)|"
    r"^(?:[A-Z]\w+ly|(?:At|In|On|Outside|After|Following|During|Within|Beyond|Amid|Despite|"
    r"Before|Across|Elsewhere|Meanwhile|Separately|Earlier|Later|By\s+contrast|For\s+its\s+part)"
    r"\b[^,;:\"“”]{0,100}),\s+"
)
_RESPONSE_ACT = re.compile(
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?" + alternation(RESPONSE_ACTS) + r"\b",
    re.IGNORECASE,
)
# "PORT-AU-PRINCE, June 25, 2024 (Caribbean Wire) — ", "Abuja, 31 July 2023 — "
_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'’-]{1,40},\s[^—–]{1,60}?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s(?:[—–]|--?)\s+|"
    # a timeline's entry: "13 September: Turkey sends drones"
    r"^(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?):\s+"
)
_PARTICIPLE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|caught|given|taken|told|shown|seen|held|left|kept|made|found|"
    r"hit|struck|forced|thrown|driven|drawn|beaten|shaken|known|thought)\b"
)
_NO_COMMENT = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:comment|commented|respond|responded|react|reacted|say|"
    r"said|speak|spoken)\b|"
    r"\b(?:declined|yet)\s+to\s+(?:comment|respond|react|say|speak)\b",
    re.IGNORECASE,
)
_INACTION = re.compile(
    r"\s*(?:(?:has|have|had)\s+)?(?:(?:\w+ly|so\s+far|thus\s+far|also|still)\s+)*(?:(?:stayed|remained|kept|stays|remains|"
    r"keeps)\s+(?:\w+ly\s+)?(?:out|silent|quiet|neutral|away|aloof|tight-lipped)|"
    r"(?:been|was|were|is|are)\s+(?:\w+ly\s+)?(?:silent|quiet|tight-lipped)|"
    r"(?:idly\s+)?by\s+(?:as|while))\b",
    re.IGNORECASE,
)
_STAYS = re.compile(r"\b(?:remains?|remained|stays?|stayed)$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s+(?:in|at)\s+")
_MEMBERS_LISTED = re.compile(
    r"(?:[^,;:\"“”]{1,60}?),\s+(?:including|among\s+them|such\s+as|notably)\s+"
    r"(?P<members>[^;:\"“”]{1,120}?),\s+(?:\w+ly\s+)?(?:are|were|is|was|have|has|had|[a-z]+ed)\b"
)
_QUANTITY_OPENING = re.compile(
    r"\s*(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
    # ("A team of Greek rescuers arrived": a body of a state's people, counted as one)
    r"(?:a\s+(?:team|contingent|unit|convoy|fleet|squadron|delegation)\s+of|"
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+",
    re.IGNORECASE,
)
# What a body sends, counted after its name: "140 UN trucks", "two NATO warships".
_COUNTED_OF_BODY = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_TAIL_NOUNS)) + r")\b")
_PEOPLE_OF = re.compile(
    r"\s*(?:(?:some|about|around|\d[\d,]*|several|hundreds\s+of|dozens\s+of)\s+)?"
    # what is sent to help: "Rescue teams from Greece and Israel arrived", "Aid flights from
    # the UAE landed", "Air bridges from Kuwait and Qatar carried field hospitals"
    r"(?:(?:rescue|search|aid|relief|medical|humanitarian|emergency|air|cargo)\s+)?"
    r"(?:troops|forces|soldiers|peacekeepers|monitors|observers|inspectors|experts|police|"
    r"officers|warships|ships|vessels|jets|aircraft|envoys|diplomats|officials|staff|members|"
    r"representatives|teams|rescuers|firefighters|medics|doctors|flights|planes|convoys|"
    r"trucks|bridges)\s+"
    r"(?:from|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LED_LABEL = re.compile(r"-(?:led|backed|sponsored)\s+(?:the\s+)?")
# A party described by another's noun: ", Azerbaijan's closest ally,", ", Turkey's long-time
# rival,": an apposition telling who the party before is, not another party of a list.
_POSSESSIVE_ASIDE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s*,")
_ASIDE_AFTER = re.compile(
    r",\s+(?:(?:which|who|whose|the|a|an|on|under|at|after|following|despite|with)\b"
    r"(?:[^,;]|(?<=\d),(?=\d))*|"  # ("which has 1,000 troops there": a number's comma)
    r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}['’]s\s+[^,;\"“”]*|"
    # a participle's aside: ", caught between its two neighbours,", ", citing security,"
    r"(?:\w+ly\s+)?(?:(?-i:[a-z])+(?:ed|en|ing)|caught|torn|stung|hit|split|struck)\s[^,;\"“”]*|"
    r"for\s+(?:its|their|his|her)\s+part|in\s+turn|"
    r"too|meanwhile|however|in\s+response|in\s+return|though|instead|by\s+contrast)\s*,"
)
# Unnamed on purpose: what such a person says speaks for nobody the text names.
ANONYMITY = re.compile(
    r"\b(?:asked\s+not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|"
    r"declined\s+to\s+be\s+(?:named|identified))\b",
    re.IGNORECASE,
)


# A sentence that names a party but says nothing of its position, only that it spoke or
# differed ("Moscow took a different view.", "The United States also weighed in.", "Washington
# was just as quick.", "North Korea broke its silence on the crisis."): the sentence after it
# carries the reaction. Adjuncts may follow; a clause with content ("to condemn", ", urging",
# "that") may not. ("struck a different note" was tried too and left a reaction: it cost a
# held-out set one true reaction.)
_SAYS_NOTHING = re.compile(
    r"^[^,;:\"“”]{2,60}?\s(?:also\s+|too\s+|\w+ly\s+)?(?:"
    r"(?:took|takes|take|has\s+taken|have\s+taken)\s+(?:a|an|the)\s+(?:very\s+|rather\s+|quite\s+)?"
    r"(?:different|opposite|contrary|another|other|separate)\s+(?:view|line|position|stance|"
    r"approach|tack)|"
    r"(?:weighed|weighs|has\s+weighed|have\s+weighed)\s+in|"
    r"(?:was|were|is|are)\s+(?:just\s+|equally\s+|no\s+less\s+)?as\s+(?:quick|swift|fast|"
    r"prompt|vocal)|"
    r"(?:broke|breaks|has\s+broken|have\s+broken)\s+(?:its|their|his|her)\s+silence)"
    r"(?P<rest>(?:\s+[\w'’-]+){0,8})\s*[.!]?\s*$",
    re.IGNORECASE,
)
_CONTENT_WORDS = frozenset(
    [
        "to",
        "that",
        "saying",
        "calling",
        "urging",
        "warning",
        "with",
        "against",
        "by",
        "and",
        "but",
        "as",
        "than",
    ]
)


def says_nothing(text: str) -> bool:
    """Whether the sentence only says that a party spoke or differed, with no position of its
    own: not a reaction by itself (the gold conventions), though it names who speaks next."""
    if not sieve_of(text).may_match(_SAYS_NOTHING):
        return False  # (a cheap gate: the pattern needs one of a few words; few sentences pass)
    match = _SAYS_NOTHING.match(text.strip())
    return match is not None and not set(match.group("rest").lower().split()) & _CONTENT_WORDS


# A name qualifying a thing rather than naming who acts: "the AUKUS pact", "the Minsk
# agreement", "the Normandy format".
_THING_AFTER = re.compile(
    r"\s+(?:pact|treaty|agreement|accord|deal|plan|proposal|initiative|framework|format|"
    r"process|project|dispute|crisis|deadline|question|issue|"
    # and goods, money and markets: "Russian gas flows", "Chinese exports fell"
    r"gas|oil|exports?|imports?|economy|markets?|companies|firms|investors|stocks|shares|"
    r"currency|prices)s?\b",
    re.IGNORECASE,
)


# A party's own people or posts abroad, and what only their own state does to them: "Japan's
# ambassador was recalled", "The French embassy was closed", "Its monitors were withdrawn"
# (summoned or expelled is the host's deed, not theirs).
_OWN_PEOPLE = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats|embassy|embassies|consulates?|mission|monitors|"
    r"observers|peacekeepers|personnel|staff)\b"
)
_OWN_WITHDRAWN = re.compile(
    r"\s+(?:\w+ly\s+)?(?:recalled|withdrawn|evacuated|closed|suspended|pulled\s+out|"
    r"flown\s+(?:out|home)|relocated)\b"
)


_MODALS = frozenset({"should", "must", "ought", "could", "might", "would"})


def acting_subject(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """The parties opening a sentence as the subject of its verb ("Panama suspended flights",
    "Brazil, Colombia and Mexico have taken a cautious line"): who acts, when nobody speaks.
    States, organisations and titled people only; places, regions and groups are left out."""
    dateline = _DATELINE.match(text)
    opening = dateline.end() if dateline is not None else 0
    intro = _INTRO_PHRASE.match(text, opening)
    opening = intro.end() if intro is not None else opening
    listed = _MEMBERS_LISTED.match(text, opening)
    if listed is not None:
        # "Several EU states, including Italy, Spain and Malta, are said to favour": the
        # members named act, not the group.
        members = [
            party_of(m, {})
            for m in mentions
            if listed.start("members") <= m.start < listed.end("members")
            and m.type in ("GPE", "NORP")
        ]
        states = [p for p in dict.fromkeys(members) if is_state(p)]
        if states:
            # ("APEC leaders, including X and Y, had been due to meet": a plan, no act)
            planned = _FORWARD.match(text, listed.end("members") + 1)
            return () if says_nothing(text) or planned else tuple(states)
    mentions = [m for m in mentions if m.start >= opening]
    if not mentions:
        return ()
    first = mentions[0]
    # "Some 400 Kenyan police officers landed", "more than 140 UN trucks had crossed": a number
    # of a state's people, or of a body's people, ships or vehicles
    counted = _QUANTITY_OPENING.fullmatch(text, opening, first.start) and (
        first.type == "NORP" or (first.type == "ORG" and _COUNTED_OF_BODY.match(text, first.end))
    )
    # "Troops from the CSTO began arriving", "Monitors from the EU began patrols": the body
    # whose people act ("the Russian-led CSTO": the body led, not its leader)
    sent = _PEOPLE_OF.fullmatch(text, opening, first.start) is not None
    led = _LED_LABEL.match(text, first.end) if sent and len(mentions) > 1 else None
    if led is not None and mentions[1].start == led.end():
        first, mentions = mentions[1], mentions[1:]
    if not (_opens_clause(text[opening : first.start]) or counted or sent):
        return ()  # ("Some 400 Kenyan police officers landed": a number of a state's people)
    group = [first]
    tail = first.end  # where the subject's last item ends
    for m in mentions[1:]:
        between = text[tail : m.start]
        uncounted = (
            _MEMBERS_OF_ITEM.match(text, m.end) if _COUNTED_ITEM.fullmatch(between) else None
        )
        if uncounted is not None:
            # "The United States, more than a dozen EU countries, Canada and Ukraine": members
            # counted, not named, are no party; the list goes on after them
            tail = uncounted.end()
            continue
        if m.type == "NORP" and between.strip() == ", the" and _NOUN_AFTER.match(text, m.end):
            break  # "Tunisia, the Arab member of the Council,": an adjective in an aside
        if between.strip() == "," and (m.type == "PERSON") != (group[-1].type == "PERSON"):
            break  # "The head of the IAEA, Rafael Grossi, travelled": an apposition, no list
        if between.strip() == "," and _POSSESSIVE_ASIDE.match(text, m.end):
            break  # "Turkey, Azerbaijan's closest ally, stood behind Baku": who Turkey is
        if _COORDINATION.match(between) or (_TITLED_AND.match(between) and _titled_and(between)):
            group.append(m)
            tail = m.end
        else:
            break
    after = group[-1].end
    if _THING_AFTER.match(text, after):
        return ()  # "the new AUKUS pact continues": the name qualifies a thing, no party acts
    aside = _ASIDE_AFTER.match(text, after)
    if aside is not None:
        after = aside.end()  # "Brazil, whose leaders kept ties with Caracas, has..."
    acted = _AFTER_SUBJECT.match(text, after)
    if acted is not None and acted.group(0).split()[-1].lower() in _TAIL_NOUNS:
        # "UN peacekeepers, who have been there since 1999, are due to leave": the subject's
        # own noun taken for its verb; the verb comes after the aside
        aside = _ASIDE_AFTER.match(text, acted.end())
        after = aside.end() if aside is not None else acted.end()
        acted = _AFTER_SUBJECT.match(text, after)
    if acted is None or acted.group(0).split()[-1].lower() in PERCEIVE:
        return ()  # no verb, or one of perceiving ("Washington learned of it")
    if acted.group(0).split()[-1].lower() in _MODALS:
        return ()  # "The European Union should make clear ...": what it is told to do

    if _NO_COMMENT.search(text, after, acted.end() + 30) or _SAID_NOTHING.match(text, acted.end()):
        return ()  # "The UAE has not commented", "declined to comment", "said little"
    if ANONYMITY.search(text):
        return ()  # "A NATO diplomat, who asked not to be named, was less diplomatic"
    if _STAYS.search(acted.group(0)) and _WHERE_AFTER.match(text, acted.end()):
        return ()  # "France's envoy to Canberra remains in Paris": where one is, not an act
    if _INACTION.match(text, acted.end()) or _INACTION.match(text, after):
        return ()  # "Russia largely stayed out of the dispute"
    if acted.group(0).split()[-1].lower() in (
        "was",
        "were",
        "is",
        "are",
        "been",
    ) and _PARTICIPLE.match(text, acted.end()):
        # "Australia was caught off guard", "The OPCW has been invited to verify": done to it;
        # but "Japan's ambassador was recalled": its own people withdrawn, by itself
        own = _OWN_PEOPLE.search(acted.group(0)) and _OWN_WITHDRAWN.match(text, acted.end())
        if not own:
            return ()
    if _FORWARD.match(text, after):
        return ()  # "EU leaders are due to discuss": a plan, not yet a reaction
    verb_at = acted.start() + acted.group(0).rstrip().rfind(" ")  # before the verb's last word
    being = _STATE_OF_BEING.match(text, after) or _STATE_OF_BEING.match(text, verb_at)
    if being and not _FIRST_TO_ACT.match(text, after):
        # "Russia has military bases there", "China is the largest buyer": a state ("Greece
        # was among the first to send help" is an act told by its rank)
        return ()
    if says_nothing(text):
        # "Moscow took a different view.": the next sentence says what it is (asked last: a
        # clause gets this far seldom, and every earlier answer names no party either)
        return ()
    aff = affiliation or {}
    parties: list[str] = []
    for m in group:
        if m.type not in ("GPE", "ORG", "NORP", "PERSON"):
            return ()
        party = party_of(m, aff)
        # A town or region does not act; a territory with authorities of its own takes
        # measures ("Hong Kong restricted imports").
        if (
            m.type in ("GPE", "NORP")
            and not is_state(party)
            and not (gazetteer.is_territory(party) and _RESPONSE_ACT.match(text, after))
        ):
            return ()
        if m.type == "PERSON" and m.canonical not in aff and by_surname(m.canonical, aff) is None:
            return ()
        if party not in parties:
            parties.append(party)
    return tuple(parties)


_NOUN_AFTER = re.compile(r"\s+[a-z]")
_BODY_OPENING = re.compile(
    r"^\s*the\s+(?:bloc|alliance|union|organi[sz]ation|mission|force|council|commission)"
    r"(?:['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ministers|leaders|officials|envoys?|diplomats|members|"
    r"governments|states|chief|head|president|commander|troops|forces|ships|monitors))?"
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+ed|"
    + alternation(IRREGULAR_PAST)
    + r")\b",
    re.IGNORECASE,
)


def acts_by_reference(text: str) -> bool:
    """Whether the sentence opens on a body named by reference acting ("The bloc's foreign
    ministers agreed to prepare sanctions", "The alliance deployed ships"): who it is, the
    context tells."""
    opening = _BODY_OPENING.match(text)
    return opening is not None and opening.group(0).split()[-1].lower() not in PERCEIVE


# A pronoun opening an act: "It had withdrawn its observer mission", "The kingdom also closed
# its airspace", "They recalled their ambassadors" (a measure, withdrawal or deployment: "it" is
# too often a thing or an event for any verb), "Its first members arrived in Santiago", "Their
# ships sailed for the gulf" (the party's people, ships or aircraft: whatever they do is the
# party's deed). Group "many" marks the plural, which the parties before must agree with.
_PRONOUN_ACT = re.compile(
    r"^\s*(?:(?:It|The\s+(?:country|kingdom|emirate|republic)|(?P<they>They))\s+"
    r"(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+(?:also\s+|\w+ly\s+)?)?(?:"
    + alternation(RESPONSE_ACTS | {"withdrew", "withdrawn"})
    + r")|(?:Its|(?P<their>Their))\s+(?:[a-z-]+\s+){0,2}?(?:"
    + alternation(_TAIL_NOUNS | {"staff", "team", "convoy", "plane", "ship"})
    + r")\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+ed|"
    + alternation(IRREGULAR_PAST)
    + r"))\b"
)


def acts_by_pronoun(text: str) -> int:
    """How many parties acted before, if the sentence opens on "it" (or "the country") taking
    a measure or on "its" people, ships or aircraft acting ("It had withdrawn its planned
    observer mission", "Its first members arrived"): 1; on "they" or "their": 2, meaning two
    or more; 0 for any other sentence. Who acts is whoever spoke or acted in the sentence
    just before."""
    opening = _PRONOUN_ACT.match(text)
    if opening is None:
        return 0
    verb = opening.group("verb")
    if verb is not None and verb.lower() in PERCEIVE:
        return 0
    return 2 if opening.group("they") or opening.group("their") else 1


# Talks, meetings and conferences told by who hosted or joined them.
_HOSTED_BY = re.compile(
    r"\b(?:talks|meeting|summit|conference|videoconference|round|negotiations|session)s?\b"
    r"[^;.]{0,40}?\b(?:co-)?(?:hosted|convened|organi[sz]ed|chaired|brokered|mediated|attended)"
    r"\s+by\s+|"
    r"\band\s+(?:co-)?(?:hosted|convened|organi[sz]ed|chaired|brokered|mediated|attended)\s+by\s+",
    re.IGNORECASE,
)


# A live blog's entry opening on its time: "13:02 Kazakhstan's president phoned both leaders",
# "10.42am BST: The EU said ...", "[09:15] - Tokyo urged ...". The time is no part of the clause.
_CLOCK = re.compile(
    r"^\s*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:GMT|UTC|BST|CES?T|EST|EDT|ET|PT|local\s+time)?\]?\s*(?:[-–—:|]\s*)?(?=[A-Z\"“])"
)


def _past_clock(text: str, mentions: Sequence[Mention]) -> tuple[str, Sequence[Mention]]:
    """The sentence after a live blog's time stamp, with its mentions moved to match."""
    clock = _CLOCK.match(text) if text[:1].isdigit() or text[:1] in " [" else None
    if clock is None:
        return text, mentions
    cut = clock.end()
    moved = [
        Mention(m.start - cut, m.end - cut, m.surface, m.canonical, m.type)
        for m in mentions
        if m.start >= cut
    ]
    return text[cut:], moved


_JOINED_IN = re.compile(
    r"\bjoin(?:ed|s|ing)\s+(?P<who>[^;:,]{2,80}?(?:,\s+[^;:,]{2,40}?){0,4})\s+in\s+[a-z]+ing\b"
)
# A political party or movement told by its place in politics ("the opposition VMRO-DPMNE
# party", "the leftist FMLN", "the ruling ZANU-PF"): a side of the story's own politics.
_PARTISAN_BEFORE = re.compile(
    r"\b(?:main\s+|largest\s+|biggest\s+)?(?:opposition|ruling|governing|conservative|leftist|"
    r"rightist|left-wing|right-wing|far-right|far-left|centre-right|center-right|centre-left|"
    r"center-left|nationalist|populist|Islamist)\s+$",
    re.IGNORECASE,
)


def _partisan(text: str, mentions: Sequence[Mention], name: str) -> bool:
    """Whether the sentence tells the organisation `name` by its place in politics."""
    return any(
        m.canonical == name
        and m.type == "ORG"
        and _PARTISAN_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        for m in mentions
    )


def _parties_for(text: str, mentions: Sequence[Mention], name: str) -> tuple[str, ...]:
    """`name` itself, unless it is a party told by its politics whose state the sentence does
    not give: one of the story's own parties ("the leftist FMLN said"), no third party. ("In
    Madrid, the main opposition Popular Party pressed ..." is the Popular Party's reaction.)"""
    if _partisan(text, mentions, name) and not _partisan_home(text, mentions, name):
        return ()
    return (name,)


def _partisan_home(text: str, mentions: Sequence[Mention], name: str) -> tuple[str, ...]:
    """The state a party told by its politics belongs to, where the sentence says: by a
    capital opening it ("In Madrid, the main opposition Popular Party pressed ...") or a
    state's possessive ("Germany's opposition Greens")."""
    for m in mentions:
        if m.canonical == name and m.type == "ORG":
            before = [b for b in mentions if b.end <= m.start]
            if before and before[-1].type in ("GPE", "NORP"):
                gap = text[before[-1].end : m.start]
                if re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}", gap):
                    state = party_of(before[-1], {})
                    if is_state(state):
                        return (state,)
    return _capital_opening(text, mentions)


def acting_parties(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """`acting_subject` of the sentence or, when its opening names no party, of the further
    clauses it joins ("Jets landed in Crete, and two French navy vessels joined the exercise").
    (A party acting in a later clause of a party's sentence is usually a side answering it.)"""
    text, mentions = _past_clock(text, mentions)
    parties = [
        p
        for p in acting_subject(text, mentions, affiliation)
        if not is_commentator(p)
        for p in _parties_for(text, mentions, p)
    ]
    joined = _JOINED_IN.search(text) if parties and "join" in text else None
    if joined is not None:
        # "Canada joined Australia and New Zealand in condemning the attack": those joined
        # did the same
        for m in mentions:
            if joined.start("who") <= m.start < joined.end("who") and m.type in ("GPE", "ORG"):
                party = party_of(m, affiliation or {})
                if (m.type == "ORG" or is_state(party)) and party not in parties:
                    parties.append(party)
    if parties:
        for join in _AND_JOIN.finditer(text):
            # "Japan closed its embassy, and Australia cancelled its flights": a measure in
            # the joined clause is its subject's too (any other verb there is usually a side
            # answering the first)
            rest = [
                Mention(m.start - join.end(), m.end - join.end(), m.surface, m.canonical, m.type)
                for m in mentions
                if m.start >= join.end()
            ]
            clause = text[join.end() :]
            if not _MEASURE_IN_CLAUSE.match(clause) or _ANSWERING.search(clause):
                continue  # ("..., and Russia banned EU imports in retaliation": the other side)
            for party in acting_subject(clause, rest, affiliation):
                if party not in parties and not is_commentator(party):
                    parties.append(party)
        return tuple(parties)
    aff = affiliation or {}
    for agent in _HOSTED_BY.finditer(text):
        # "The talks were hosted by X and attended by Y", "A conference co-hosted by France and
        # the UN raised pledges": who hosts or joins the talks or the conference acts
        for m in _subject_after(text, mentions, agent.end()):
            party = party_of(m, aff)
            if m.type in ("GPE", "ORG", "PERSON") and party not in parties:
                if m.type == "GPE" and not is_state(party):
                    continue
                if m.type == "PERSON" and m.canonical not in aff:
                    continue
                parties.append(party)
    if parties:
        return tuple(p for p in parties if not is_commentator(p))
    for join in _CLAUSE_JOIN.finditer(text):
        rest = [
            Mention(m.start - join.end(), m.end - join.end(), m.surface, m.canonical, m.type)
            for m in mentions
            if m.start >= join.end()
        ]
        for party in acting_subject(text[join.end() :], rest, affiliation):
            if party not in parties and not is_commentator(party):
                parties.append(party)
    return tuple(parties)


# An item of a list that names no party: ", the Gulf states, ".
_UNNAMED_ITEM = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:and\s+)?(?:the\s+)?")


def _subject_after(text: str, mentions: Sequence[Mention], pos: int) -> list[Mention]:
    """The first entity after `pos` when only title words come between ('said the EU'), or
    the body a spokesperson speaks for ('said a spokesman for the Chinese foreign ministry')."""
    for m in mentions:
        if m.start < pos:
            continue
        gap = text[pos : m.start]
        if (len(gap.split()) <= 4 and not _GAP_BLOCKERS.search(gap)) or _VOICE_FOR.fullmatch(gap):
            group = [m]
            for nxt in mentions:
                if nxt.type == "LOC":
                    continue  # a region names no party ("the Gulf states"): an unnamed item
                between = text[group[-1].end : nxt.start]
                if nxt.start > group[-1].end and (
                    _COORDINATION.match(between) or _UNNAMED_ITEM.fullmatch(between)
                ):
                    group.append(nxt)  # ("the United States, the Gulf states, China and ...")
            if (
                len(group) == 2
                and text[group[0].end : group[1].start].strip() == ","
                and text[group[1].end : group[1].end + 2] in ("'s", "’s")
            ):
                return [group[1]]  # "the North Atlantic Council, NATO's main body,": NATO
            return group
        return []
    return []


def anaphor_kind(noun: str) -> str:
    """What an anaphoric subject refers back to: a "person", an "org" or the last "group"."""
    low = noun.lower()
    if low in ("he", "she") or low in PERSON_NOUNS:
        return "person"
    if low in _ORG_NOUNS or low == "it":
        return "org"
    return "group"


#: Resolves an anaphoric subject: (kind, position in the sentence) -> speakers. Kinds: "person"
#: ("he", "the minister"), "org" ("the bloc"), "it", "group" ("they", "the statement") and
#: "speaker" (an unnamed or untitled spokesperson: whoever spoke just before).
Resolver = Callable[[str, int], tuple[str, ...]]

# "X, which chairs the bloc," / "X, the bloc's current chairman,": X speaks for the bloc.
_BLOC = r"(?:bloc|group|union|alliance|organi[sz]ation|community|grouping)"
_CHAIR_ASIDE = re.compile(
    r",\s+(?:(?:which|who)\s+(?:currently\s+)?(?:chairs|holds\s+the\s+(?:rotating\s+)?"
    r"(?:chair|chairmanship|presidency)\s+of)\s+the\s+"
    + _BLOC
    + r"|the\s+"
    + _BLOC
    + r"['’]s\s+(?:current\s+|rotating\s+)?(?:chair|chairman|chairwoman|chairperson|president))"
    r"\s*,",
    re.IGNORECASE,
)
_CHAIR_NAMED = re.compile(
    r",\s+(?:which|who)\s+(?:currently\s+)?holds\s+(?:the\s+)?[^,;]{1,60}?['’]s\s+"
    r"(?:rotating\s+)?(?:chair|chairmanship|presidency)\s*,|"
    # "the Nigerian President, in his capacity as Chairman of the ECOWAS Authority,"
    r",\s+(?:in\s+(?:his|her|its)\s+capacity\s+as|speaking\s+as|acting\s+as)\s+(?:the\s+)?"
    r"(?:current\s+|rotating\s+)?(?i:chair|chairman|chairwoman|chairperson|president)\s+of\s+"
    r"[^,;]{1,80}?,"
)
_ANONYMOUS_AT_SEAT = re.compile(
    r"^\s*(?:[A-Z][\w-]*\s+)?(?i:diplomats|officials|sources)\s+(?:in|at)\s+(?P<place>[A-Z])"
)


def _states_opening(
    text: str, mentions: Sequence[Mention], pos: int, affiliation: Mapping[str, str]
) -> tuple[str, ...]:
    """The states coordinated at the start of the words reported from `pos`, as the subject of
    their verb ("said Paris and Berlin wanted")."""
    rest = [
        Mention(m.start - pos, m.end - pos, m.surface, m.canonical, m.type)
        for m in mentions
        if m.start >= pos
    ]
    return acting_subject(re.sub(r"^\s*that\b", "    ", text[pos:]), rest, affiliation)


# A deed named again to be judged: ", a move Turkish officials criticised".
_A_MOVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|deployment|measure|action|gesture)"
    r"\s+(?:that\s+|which\s+)?(?=[^,;]{0,80}$)",
    re.IGNORECASE,
)
# An attribution closing the sentence: ", U.S. Central Command said on Friday."
_TOLD_LAST = re.compile(
    r",\s+[^,;\"“”]{1,80}?\s(?:said|says|reported|confirmed|added)(?:\s+[^,;\s]+){0,5}\s*[.!?]?\s*$"
)
_AND_JOIN = re.compile(r",\s+and\s+")
_ANSWERING = re.compile(
    r"\b(?:retaliat\w*|in\s+response|in\s+return|in\s+kind|hit\s+back|tit-for-tat|countered)\b",
    re.IGNORECASE,
)
_MEASURE_IN_CLAUSE = re.compile(
    r"[^,;]{1,80}?\s(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?"
    + alternation(RESPONSE_ACTS | {"cancelled", "canceled", "withdrew", "withdrawn"})
    + r"\b"
)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+", re.IGNORECASE)
_JOIN_OR_WHERE = re.compile(r",\s+(?:and|while|but|whereas|where)\s+|;\s+", re.IGNORECASE)
_BACKED_BY = re.compile(
    r"\b(?:(?:was|were|been|is|are)\s+(?:\w+ly\s+|also\s+)?(?:endorsed|echoed|seconded)|"
    # "is backed by Iran" is a standing alliance; "was issued by X" names who spoke
    r"(?:was|were|been)\s+(?:\w+ly\s+|also\s+)?(?:backed|issued|released|published|"
    r"put\s+out|signed|posted)|"
    # the authors of a text: "The resolution, drafted by the United States and Japan,"
    r"(?:resolution|draft|text|motion|statement|proposal|declaration)\b[^;:]{0,40}?"
    r"(?:drafted|penned|tabled|sponsored|co-sponsored|put\s+forward|submitted))\s+by\s+",
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
_BODY_ANAPHORS = frozenset({"it", "ministry", "department"})
# "A spokesperson added", "A Commission spokesperson said": a speaker with no name of its own.
_UNNAMED_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\s,\"“”]))(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:person|man|woman)|official|diplomat|source|aide)|"
    # "..., officials said": unnamed people closing the sentence
    r"(?<=,\s)(?:[\w-]+\s+)?(?:officials|diplomats|sources))\s+"
    r"(?:(?:\w+ly|also|later|then|again|further|has|have|had)\s+)*$",
    re.IGNORECASE,
)


def _anonymous(text: str, mentions: Sequence[Mention], unnamed: re.Match[str]) -> bool:
    """Whether an unnamed speaker is qualified by a region or bloc of no one party ("a Gulf
    official", "Western diplomats"): a capitalised word that is no entity and no office."""
    for word in re.finditer(r"[A-Z][\w-]*", text[unnamed.start() : unnamed.end()]):
        at = unnamed.start() + word.start()
        if any(m.start <= at < m.end for m in mentions):
            continue
        low = word.group(0).lower()
        if low not in INSTITUTION_WORDS | ROLE_WORDS | _ORG_NOUNS | {"a", "an", "one"}:
            return True  # ("A Commission spokesperson" names the body that spoke before)
    return False


# "Spokesman John Kirby", "Foreign ministry spokesman X": a title that names no party, so the
# person speaks for whoever spoke just before.
_BARE_TITLE = re.compile(
    r"(?:^|[.;:\"“”(]\s*|,\s+)(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:spokes(?:person|man|woman)|envoy|ambassador|representative|aide|adviser|advisor)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_HIS_TITLE = re.compile(
    r"^\s*(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def leader_aide(text: str) -> bool:
    """Whether the sentence opens on an officer of the person named before ("His defence
    minister went further", "Her spokesman, X, added"): that person's party acts or speaks."""
    return _HIS_TITLE.match(text) is not None


# "Its representative office announced", "Their embassies said": a body of the party before;
# "Its foreign ministry said", "its government announced": a body only a state has.
_ITS_BODY = re.compile(
    r"(?:^|[.;:\"“”]\s*|,\s+and\s+)(?P<owner>its|their)\s+(?:[\w-]+\s+){0,2}?(?:office|embassy|"
    r"embassies|mission|delegation|(?P<state>ministry|ministries|governments?|cabinet|ministers?))\s+"
    r"(?:(?:\w+ly|also|later|then|has|have|had)\s+)*$",
    re.IGNORECASE,
)
#: Resolver kind: the two parties that spoke or acted last ("Both said").
PAIR = "pair"
#: Resolver kind: the state whose ministry or government "its" names ("Its foreign ministry").
STATE_BODY = "state-body"
# The voice of a court, the police or a campaign: no party's the text has heard from.
_LOCAL_VOICE = re.compile(
    r"\b(?:court|tribunal|police|prosecutor['’]?s?|prosecution|hospital|university|campaign|"
    r"party|company|municipal|city|mayor['’]s)\s+(?:[\w-]+\s+)?"
    r"spokes(?:person|man|woman)\s*,?\s*$",
    re.IGNORECASE,
)
# "Its secretary-general, X,": the body named just before speaks through its officer.
_OFFICER_NOUNS = frozenset(
    {
        "director",
        "general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "commander",
        "coordinator",
    }
)
_BLOC_TITLE = re.compile(
    r"(?:^|[.;:\"“”(]\s*|,\s+)the\s+(?:bloc|alliance|union)['’]s\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
    + r")\s*,?\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_TITLE = re.compile(
    r"(?:^|[.;:\"“”(]\s*|,\s+)(?:its|their|the\s+(?:bloc|alliance|union|organi[sz]ation|body|"
    r"group|agency|council|commission|mission|court|force)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(PERSON_NOUNS | _OFFICER_NOUNS, key=len, reverse=True))
    # "Its envoy to international organisations in Vienna, X": where the post is
    + r")(?:\s+(?:to|in|at|for)\s+[^,;:\"“”]{1,60}?)?\s*,?\s*$",
    re.IGNORECASE,
)


def find_speakers(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> tuple[str, ...]:
    """Canonical speakers of `text`, in order of appearance.

    `mentions` are offsets relative to `text`, sorted; `affiliation` maps people to parties;
    `resolve` answers for subjects such as "he", "the bloc" or "the statement".
    """
    return _speakers(text, mentions, affiliation, resolve)[0]


# At most this many words follow a verb that closes a sentence of reported words ("..., a
# spokesperson said in Brussels on Friday").
_ATTRIBUTION_TAIL_WORDS = 6
# The end of reported words before their speaker: a comma or quote, then a few title words.
# An attribution that goes on with more words of the speaker: '..., Rubio wrote on X, adding
# that ...': the words before it are the speaker's too.
_ADDING_AFTER = re.compile(
    r"(?:\s+[\w.'’-]+){0,5}?\s*,\s+(?:adding|saying|noting|stressing|insisting|warning|and\s+added)\b",
    re.IGNORECASE,
)
_REPORTED_BEFORE = re.compile(r"""[,"”’']\s*(?:[\w.'’-]+\s+){0,6}$""")
_QUOTED_BEFORE = re.compile(r"""(?:,["”]|["”],)\s*(?:[\w.'’-]+\s+){0,6}$""")


# A clause set before the subject telling whom the subject met or spoke with: "After meeting
# X,", "Following talks with X,", "Speaking alongside X,", "After a call with X,".
_FRONTED_WITH = re.compile(
    r"^\s*(?:after|before|following|during|speaking|standing|appearing)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|met|with|alongside|beside|hosting|visiting|receiving|calling)\s+[^,;:\"“”]{2,90},\s+",
    re.IGNORECASE,
)
_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:also|had|has|\w+ly)\s+)*$", re.IGNORECASE)
_WHICH_BEFORE = re.compile(r"\b(?:which|what|as)\s+(?:the\s+)?$", re.IGNORECASE)
# "Kallas, the EU's top diplomat, is blunt:": how plainly the quotation after the colon is said
_PLAIN_SPOKEN = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){1,4}\s*,)?\s*(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:blunt|clear|"
    r"unequivocal|categorical|direct|frank|firm|adamant|emphatic|defiant|scathing)\s*"
)
_COLON_QUOTE = re.compile(r"^(?P<who>[^;\"“”]{2,100}?):\s*[\"“]")
_LABEL_OPENING = re.compile(r"^\s*(?P<label>[^:;,.\"“”]{2,60}):\s+(?=[A-Z\"“])")


def _speakers(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None,
    resolve: Resolver | None,
) -> tuple[tuple[str, ...], int]:
    """`find_speakers`, with the offset where the first speaker's own clause begins: what comes
    before it ("Speaking after talks, ...", "A statement condemning X was blocked after") is
    not what the speaker said. 0 when the speaker follows the words (a quote, a passive)."""
    aff = affiliation or {}
    anchor = -1
    label = _LABEL_OPENING.match(text)
    labelled = [m for m in mentions if label is not None and m.end <= label.end("label")]
    if label is not None and len(labelled) == 1 and resolve is not None:
        # "France: The foreign ministry said ...": a list item labelled with its speaker.
        label_party = (party_of(labelled[0], aff),)
        resolve = lambda kind, pos: label_party  # noqa: E731

    def anchored(start: int, verb: re.Match[str]) -> int:
        """Where the speaker's words begin: at the subject, unless they came before it
        ('"...," Mr. Borrell said after the meeting', "..., the statement said")."""
        if start >= verb.start():
            return 0
        last_words = (
            len(text[verb.end() :].split()) <= _ATTRIBUTION_TAIL_WORDS
            or _ADDING_AFTER.match(text, verb.end()) is not None
        )
        if _QUOTED_BEFORE.search(text, 0, start):
            return 0  # '"...," Deputy Secretary X said, adding ...': the quote is theirs
        if _WHICH_BEFORE.search(text, 0, start):
            return 0  # "a welcome first step, which the Secretary-General hopes": theirs too
        return 0 if last_words and _REPORTED_BEFORE.search(text, 0, start) else start

    speakers: list[str] = []

    def add_names(names: Sequence[str]) -> None:
        for name in names:
            if name not in speakers:
                speakers.append(name)

    def add(group: Sequence[Mention]) -> None:
        group = [m for m in group if m.type != "LOC"]  # a region speaks for no one
        if not group:
            return
        person = group[0]
        if len(group) == 1 and person.type == "ORG":
            owner = owning_state(text, mentions, person)
            if owner is not None:
                add_names([owner])  # "Britain's National Cyber Security Centre said"
                return
        if (
            len(group) == 1
            and person.type == "PERSON"
            and resolve is not None
            and _BLOC_TITLE.search(text, max(0, person.start - 60), person.start)
        ):
            # "The bloc's crisis commissioner, Janez Lenarcic, said": the bloc the text
            # names before, whatever body the person is known to sit in
            bloc = resolve("org", person.start)
            if bloc:
                add_names(bloc)
                return
        if (
            len(group) == 1
            and person.type == "PERSON"
            and person.canonical not in aff
            and not is_title(person.canonical)
        ):
            window = max(0, person.start - 60)
            place = _IN_PLACE.match(text)
            if place is not None and place.end(1) < person.start:
                # "In Nairobi, President William Ruto told": the capital's state.
                state = next(
                    (
                        government_of(m.canonical) or m.canonical
                        for m in mentions
                        if (m.start, m.end) == place.span(1)
                    ),
                    None,
                )
                if state is not None and is_state(state):
                    add_names([state])
                    return
            kind = None
            if _POSSESSIVE_TITLE.search(text, window, person.start):
                kind = "it"  # "Its secretary-general, Luis Almagro, recalled"
            elif _BARE_TITLE.search(text, window, person.start):
                kind = "speaker"  # "Spokesman John Kirby told reporters"
            if kind in ("speaker", "it") and speakers:
                return  # '"France condemns ...," government spokesman X said': France spoke
            if kind == "speaker" and _LOCAL_VOICE.search(text, window, person.start):
                return  # "court spokeswoman X confirmed": a domestic body's, not the last speaker's
            names = resolve(kind, person.start) if resolve is not None and kind else ()
            if kind == "speaker" and "ministry" in text[window : person.start].lower():
                # a ministry is a state's: "ministry spokesman X" after "the CSTO's troops
                # left, the Russian Defence Ministry said" is Russia's
                names = tuple(n for n in names if is_state(n)) or names
            if kind == "speaker" and len(names) > 1:
                names = ()  # "spokesman X" speaks for one party, not for the pair before
            if names:
                add_names(names)
                return
        add_names([party_of(m, aff) for m in group])

    found_subject = False
    found_verb = False
    subject_at = -1  # where the first speaker named as a verb's subject stands
    reported_from = -1  # offset after a "said": what follows is reported content
    # Each pattern runs only if its literals occur in the sentence (see `prefilter`).
    sieve = sieve_of(text)
    as_speaker = sieve.search(_AS_SPEAKER)  # (searched once: read again below)
    named_aside = as_speaker
    if named_aside is not None and not (
        named_aside.group("office")
        or any(named_aside.start("who") <= m.start < named_aside.end("who") for m in mentions)
    ):
        named_aside = None  # ("known as the Troika - said": no one named in the aside)
    fronted = _FRONTED_WITH.match(text)
    for v in sieve.finditer(VERB):
        if named_aside is not None and named_aside.start() <= v.start() < named_aside.end():
            continue  # "a welcome step, which the Secretary-General hopes": see `_AS_SPEAKER`
        before = text[max(0, v.start() - 24) : v.start()]
        feeling = _FEELING.match(v.group(0)) is not None
        if feeling and (_inside_quote(text, v.start()) or _SAID_BEFORE.search(text, 0, v.start())):
            continue  # '"We are troubled," X said'; 'Farmers said they were worried': not the verb
        # "alarmed by the crisis": a feeling's cause, not a passive's agent
        agent = None if feeling else _BY_AGENT.match(text, v.end())
        if agent is None and not feeling and _PASSIVE_AGENT.search(before):
            # "Sanctions were imposed on three generals by the EU": the agent after the object
            agent = _GAPPED_AGENT.match(text, v.end())
        if (
            agent is not None
            and _PASSIVE_AGENT.search(before)
            and v.group("fin")
            and not (_PRESENT.search(before) and _STATIVE_PASSIVE.match(v.group(0)))
        ):
            # "The offensive was condemned by the African Union": the agent speaks.
            group = _subject_after(text, mentions, agent.end())
            if group:
                add(group)
                found_subject = found_verb = True
            continue
        if _DETERMINER.search(before) or _PASSIVE.search(before) or agent is not None:
            continue  # "their main demands" is a noun; "was questioned", "claimed by" passive
        if (
            _NEGATED.search(before)
            or _SAID_NOTHING.match(text, v.end())
            or _NEITHER.search(text, 0, v.start())
            or _NO_COMMENT.match(text, v.start())
        ):
            # "has not said whether", "has said little", "declined to comment": no statement
            continue
        among = _AMONG_THOSE.search(text, max(0, v.start() - 80), v.start()) or _FIRST_TO.search(
            text, max(0, v.start() - 80), v.start()
        )
        if among is not None and not found_subject:
            # "China, India and South Africa were among the states that abstained"
            group = _subject_before(text, mentions, among.start())
            if group:
                add(group)
                found_subject = found_verb = True
                continue
        found_verb = True
        if reported_from >= 0 and not _NEW_CLAUSE.search(text, reported_from, v.start()):
            # "said Brussels had asked": the verb belongs to what was said; but "said he had
            # spoken with Macron, who expressed support" reports Macron's own words
            relative = _WHO_BEFORE.search(text, reported_from, v.start())
            antecedent = [m for m in mentions if relative is not None and m.end == relative.start()]
            if antecedent and antecedent[0].type in ("PERSON", "GPE", "ORG"):
                add(antecedent)
            continue
        if v.group("ing") and found_subject and text[: v.start()].rstrip().endswith(","):
            continue  # "..., saying" shares the subject already found
        if found_subject and _INHERIT.search(before):
            continue  # "voiced concern and urged restraint": the same subject
        after_comma = bool(v.group("ing")) and text[: v.start()].rstrip().endswith(",")
        # "The EU launched a case against China, accusing Beijing ...": a participle after a
        # comma shares the main clause's subject, not the object just before the comma.
        group = _clause_subject(text, mentions, 0) if after_comma else []
        if not group:
            group = _subject_before(text, mentions, v.start())
            if fronted is not None and group and group[-1].start >= fronted.end():
                # "After meeting Chancellor X, President Y urged": whom the subject met, in
                # the clause set before it, does not speak
                group = [m for m in group if m.start >= fronted.end()]
        if not group and _THEIR_GOVERNMENTS.search(text, max(0, v.start() - 40), v.start()):
            # "diplomats from A, B and C ... after their governments questioned the result"
            states = [m for m in mentions if m.end <= v.start() and m.type == "GPE"]
            group = _coordinated(text, mentions, mentions.index(states[-1])) if states else []
            if len(group) < 2:
                group = []
        if not group and _INVERTED.search(text, max(0, v.start() - 4), v.end()):
            group = _subject_after(text, mentions, v.end())
        if not group and not found_subject and _AND_VERB.search(before):
            dateline = _DATELINE.match(text)  # "Abuja, 31 July 2023 — ...": not the subject
            clause_start = dateline.end() if dateline is not None else 0
            joined = _AND_VERB.search(before)
            for br in _CLAUSE_BREAK.finditer(text, 0, v.start()):
                if joined is not None and br.end() > joined.start():
                    break  # "..., and offered to mediate": the ', and' joins this verb itself
                clause_start = max(clause_start, br.end())
            group = _clause_subject(text, mentions, clause_start)
        chair = (
            _CHAIR_ASIDE.search(text, group[-1].end, v.start())
            if group and resolve is not None
            else None
        )
        held = _CHAIR_NAMED.search(text, group[-1].end, v.start()) if group else None
        bodies = [m for m in mentions if held is not None and held.start() <= m.start < held.end()]
        if held is not None and len(bodies) == 1 and bodies[0].type == "ORG":
            # "the office of X, who holds the CSTO's rotating chairmanship, said": the CSTO
            group = [bodies[0]]
        elif chair is not None and resolve is not None:
            # "Brunei, which chairs the bloc, said": the bloc speaks through its chair.
            bloc = resolve("org", chair.start())
            if bloc:
                group = []
                add_names(bloc)
                found_subject = True
        if group:
            add(group)
            found_subject = True
            if anchor < 0:
                anchor = anchored(group[0].start, v)
                subject_at = group[0].start
        if found_subject and (group or chair is not None):
            if _SAYING.match(v.group(0)):
                reported_from = v.end()
            continue
        if resolve is None or found_subject:
            continue
        unnamed = _UNNAMED_BEFORE.search(text, max(0, v.start() - 60), v.start())
        if unnamed is not None and _anonymous(text, mentions, unnamed):
            continue  # "a Gulf official said": a region's official speaks for nobody named
        if unnamed is not None:
            opening = (
                _opening_party(text, mentions, unnamed.start())
                or _capital_opening(text, mentions)
                or _place_where(text, mentions, unnamed.start())
            )
            # "The United States is 'deeply concerned', a spokesperson said": the party the
            # sentence opens on; "In Tehran, a spokesman warned": the capital's state;
            # otherwise whoever spoke just before.
            plural = (
                unnamed.group(0).rstrip().lower().endswith(("officials", "diplomats", "sources"))
            )
            # ("..., officials said" after an event is no follow-up of the last speaker)
            names = opening or (() if plural else resolve("speaker", unnamed.start()))
            if names:
                add_names(names)
                found_subject = True
                if anchor < 0:
                    anchor = 0 if opening else anchored(unnamed.start(), v)
                if _SAYING.match(v.group(0)):
                    reported_from = v.end()
                continue
        pronoun = _ANAPHOR_BEFORE.search(text, max(0, v.start() - 80), v.start())
        if pronoun is None:
            # "The two governments, which had abstained in a vote ..., said": the anaphor
            # opening the sentence, before a long relative clause
            pronoun = _ANAPHOR_ASIDE.match(text, 0, v.start())
        if pronoun is None and _INVERTED.search(text, max(0, v.start() - 4), v.end()):
            pronoun = _ANAPHOR_AFTER.match(text, v.end())
        its = _ITS_BODY.search(text, max(0, v.start() - 60), v.start()) if pronoun is None else None
        if its is not None:
            # "Taiwan moved to ease the blow. Its representative office announced": the party
            # that acted or spoke just before
            if its.group("state") is None:
                names = resolve("it", its.start())
            else:
                # "their governments said": the parties before; "its foreign ministry said":
                # the state before
                plural = its.group("owner").lower() == "their"
                names = resolve("group" if plural else STATE_BODY, its.start())
            if names:
                add_names(names)
                found_subject = True
                anchor = anchored(its.start(), v) if anchor < 0 else anchor
                if _SAYING.match(v.group(0)):
                    reported_from = v.end()
                continue
        if pronoun is not None:
            word = pronoun.group("pronoun") or pronoun.group("noun")
            if word.lower() == "we" and _inside_quote(text, pronoun.start()):
                continue  # '"We condemn ...": the quotation's speaker, named around it
            if word.lower() == "both" and text[: pronoun.start()].strip():
                continue  # "X and Y both said": only a sentence's opening "Both" points back
            # "It", "the ministry", "the department": the body that spoke, whatever its type.
            kind = "it" if word.lower() in _BODY_ANAPHORS else anaphor_kind(word)
            if word.lower() == "both":
                kind = PAIR  # "Both said": the two parties just before
            # "in Paris, where the foreign ministry said", "In Tehran, the ministry said":
            # the place's state
            names = _place_where(text, mentions, pronoun.start())
            if not names and kind in ("it", "org"):
                names = _capital_opening(text, mentions)
            if not names and word.lower().startswith("spokes"):
                # "the spokesperson said" speaks for whoever spoke just before, not for the
                # last person named
                names = resolve("speaker", pronoun.start())
            names = names or resolve(kind, pronoun.start())
            if names:
                add_names(names)
                found_subject = True
                if anchor < 0:
                    anchor = anchored(pronoun.start(), v)
                if _SAYING.match(v.group(0)):
                    reported_from = v.end()
    colon = _COLON_QUOTE.match(text) if not speakers else None
    if colon is not None:
        # 'UK Foreign Secretary David Lammy: "The fighting must stop."': the name before the
        # colon introduces the quotation.
        introducing = [i for i, m in enumerate(mentions) if m.end <= colon.end("who")]
        tail = text[mentions[introducing[-1]].end : colon.end("who")] if introducing else ""
        # ('NATO Secretary General: "..."': a title may follow the party)
        if introducing and (
            not tail.strip() or is_title_gap(tail) or _PLAIN_SPOKEN.fullmatch(tail) is not None
        ):
            add(_coordinated(text, mentions, introducing[-1]))
            anchor = max(anchor, 0)
    told = sieve.match(_REACTION_NOUN)
    if told is not None and not _inside_quote(text, told.end()):
        # "Beijing's response was muted", "Turkey's support for Azerbaijan has been
        # unwavering": a reaction named as the party's own, opening the sentence
        owner = [m for m in mentions if m.end == told.end("who")]
        if owner and owner[0].type in ("GPE", "ORG", "NORP", "PERSON"):
            party = party_of(owner[0], aff)
            if party not in speakers:
                speakers.insert(0, party)
            anchor = 0
    pulled = _PULL_QUOTE.match(text) if not speakers else None
    if pulled is not None:
        # '"We must put our differences aside." — X, the UN envoy, in a statement': a quotation
        # signed after a dash
        signed = [m for m in mentions if m.start >= pulled.end()]
        # the person signing, whose title says for whom ("Dominica's Prime Minister X, chair
        # of the Caribbean Community"), else the body
        people = [m for m in signed if m.type == "PERSON"]
        if people:
            add(people[:1])
        elif signed and (
            signed[0].type in ("ORG", "GPE")
            or (signed[0].type == "NORP" and is_state(party_of(signed[0], aff)))
        ):
            add([signed[0]])  # "— a Kazakh official": the state's
            anchor = max(anchor, 0)
    office = _OFFICE_ALONE.match(text) if not speakers and found_verb else None
    if office is not None:
        add_names([CONVENTIONAL[office.group("office").lower()]])  # "The Secretary-General urges"
        anchor = max(anchor, 0)
    if not speakers and found_verb and resolve is not None:
        group_np = _REGIONAL_GROUP.match(text)
        media = _STATE_MEDIA.match(text)
        if group_np is not None:
            # "West African heads of state said": the bloc whose name holds those words,
            # when the document names it.
            add_names(resolve(BLOC_OF + " ".join(group_np.group("region").split()), 0))
        elif media is not None:
            # "State media described ...": the state whose statements came just before.
            last = resolve("speaker", 0)
            if len(last) == 1 and is_state(last[0]):
                add_names(last)
        if speakers and anchor < 0:
            anchor = 0
    if not speakers and found_verb and resolve is not None and leader_aide(text):
        # "His defence minister went further, saying": the minister of the person before
        add_names(resolve("person", 0))
        anchor = max(anchor, 0)
    if not speakers and found_verb and mentions:
        # "In Beijing, a foreign ministry spokesperson said": the capital names the speaker.
        add_names(_capital_opening(text, mentions))
    seat = _ANONYMOUS_AT_SEAT.match(text)
    if seat is not None and reported_from >= 0 and len(speakers) == 1:
        # "Diplomats in Brussels said Paris and Berlin wanted ...": unnamed people at an
        # organisation's seat tell what the states they name want.
        named = _states_opening(text, mentions, reported_from, aff)
        place = next((m for m in mentions if m.start == seat.start("place")), None)
        if named and place is not None and not is_state(party_of(place, aff)):
            speakers[:] = list(named)
    move = _A_MOVE.search(text) if speakers else None
    if move is not None:
        # "The UAE sent jets to Crete, a move Turkish officials criticised": who made the move
        # acted, as well as who judged it.
        acted = acting_subject(
            text[: move.start()], [m for m in mentions if m.end <= move.start()], aff
        )
        speakers[:0] = [p for p in acted if p not in speakers]
    told = _TOLD_LAST.search(text) if speakers else None
    if told is not None:
        # "American and British jets shot them down, U.S. Central Command said": who acted
        # in the words reported, as well as who reported them.
        reported = [m for m in mentions if m.end <= told.start()]
        add_names(acting_subject(text[: told.start()], reported, aff))
    if speakers:
        # "Brazil and Colombia abstained, and Mexico did not attend": a further clause whose
        # subject is a party acting is part of the same reaction.
        for join in sieve.finditer(_CLAUSE_JOIN):
            rest = [
                Mention(m.start - join.end(), m.end - join.end(), m.surface, m.canonical, m.type)
                for m in mentions
                if m.start >= join.end()
            ]
            add_names(acting_subject(text[join.end() :], rest, aff))
        # "Iran closed its borders, while Kuwait urged its citizens to leave": the party acting
        # in the clause before the speaker's is part of the same reaction.
        # So is the body meeting where the speaker spoke: "The Security Council met in New
        # York, where the U.S. ambassador said ...".
        first_join = next(
            (j for j in _JOIN_OR_WHERE.finditer(text) if j.end() <= max(anchor, subject_at)), None
        )
        if first_join is not None:
            head = [m for m in mentions if m.end <= first_join.start()]
            acted = acting_subject(text[: first_join.start()], head, aff)
            speakers[:0] = [p for p in acted if p not in speakers]
    for backed in sieve.finditer(_BACKED_BY):
        # "The decision was backed by Germany": the agent speaks.
        add(_subject_after(text, mentions, backed.end()))
    for drew in sieve.finditer(_DREW_FROM):
        # "The move drew condemnation from the EU": a reaction told as a noun.
        add(_subject_after(text, mentions, drew.end()))
    for a in sieve.finditer(_ACCORDING) if sieve.search(_TALLY) is None else ():
        # (the source of a tally is no reaction: "100,000 have fled, according to the UN")
        source = _SOURCE_OF.match(text, a.end())  # "according to a statement from X"
        add(_subject_after(text, mentions, source.end() if source else a.end()))
        if _ATTRIBUTION_LAST.search(text, max(0, a.start() - 4), a.start()):
            # "The U.S. Embassy partially evacuated staff, according to two Iraqi sources": who
            # acted in the words reported, as well as their source
            earlier = [m for m in mentions if m.end <= a.start()]
            speakers[:0] = [
                p for p in acting_subject(text[: a.start()], earlier, aff) if p not in speakers
            ]
    thanked = _THANKED_FOR.search(text) if speakers else None
    if thanked is not None:
        # "We thank the governments of Mexico and Brazil for their expressions of solidarity":
        # the states thanked for their own words reacted too.
        add(
            [
                m
                for m in mentions
                if thanked.start("who") <= m.start < thanked.end("who")
                and (m.type == "ORG" or is_state(party_of(m, aff)))
            ]
        )
    aside = as_speaker if not speakers else None
    if aside is not None:
        # "a grave violation, as the French foreign ministry put it", "a welcome first step,
        # which the Secretary-General hopes can ...": the speaker named in an aside.
        who = [m for m in mentions if aside.start("who") <= m.start < aside.end("who")]
        if who:
            add(_coordinated(text, mentions, mentions.index(who[0])))
        elif aside.group("office") is not None:
            add_names([CONVENTIONAL[aside.group("office").lower()]])
    if (
        len(speakers) == 1
        and reported_from >= 0
        and any(m.type == "PERSON" and m.canonical == speakers[0] for m in mentions)
    ):
        # "Prime Minister Lee Hsien Loong said Singapore hoped ...": a leader given no state
        # speaks for the state that is the subject of the words reported
        own_state = _state_subject(text, mentions, reported_from)
        if own_state is not None:
            return (own_state,), max(anchor, 0)
    if len(speakers) == 1 and is_domestic_institution(speakers[0]) and reported_from >= 0:
        # "A Foreign Office spokesperson said London did not agree": an unqualified ministry
        # speaking of its own government by the capital's name.
        own = _capital_subject(text, mentions, reported_from)
        if own is not None:
            return (own,), max(anchor, 0)
    unnamed = _UNNAMED_PEOPLE.search(text) if sieve.search(ANONYMITY) else None
    if unnamed is not None and not any(
        m.type in ("GPE", "ORG") or is_state(party_of(m, aff))
        for m in mentions
        if unnamed.start() <= m.start < unnamed.end()
    ):
        # "European diplomats ..., speaking on condition of anonymity, said" (but "An EU
        # official, speaking on condition of anonymity, said" is the EU's)
        return (), 0
    return tuple(speakers), max(anchor, 0)


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
# (or its last sentence, closing a quotation opened before: 'We want the truth." — a Kazakh
# official'; the signer may be unnamed: "— a Singapore official, who asked not to be named")
_PULL_QUOTE = re.compile(r"""^\s*["“]?[^"“”]{3,}["”]\s*[—–]\s*(?=[A-Z]|an?\s|the\s)""")
_THANKED_FOR = re.compile(
    r"\bthank(?:s|ed)?\s+(?P<who>[^;:]{3,160}?)\s+for\s+(?:their|its|his|her)\s+(?:\w+\s+){0,2}?"
    r"(?:expressions?\s+of\s+)?(?:solidarity|support|backing|condemnation|statements?|messages?|"
    r"condolences|sympathy)\b",
    re.IGNORECASE,
)
# A speaker named in an aside: ", as X put it", ", which X hopes", "what X called".
_AS_SPEAKER = re.compile(
    r"(?:^|[,;]\s*|\s)(?:as|which|what)\s+(?P<who>(?:the\s+)?(?:(?P<office>Secretary-General)|"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,5}?))\s+(?:also\s+)?"
    r"(?:put\s+it|said|says|noted|notes|hopes|hoped|believes|believed|fears|feared|"
    r"(?:called|calls|described|describes|termed|terms|sees|saw)\s+it|warned|warns)\b",
    re.IGNORECASE,
)
_CAPITAL_SUBJECT = re.compile(
    r"\s+(?:(?:reporters|journalists)\s*,?\s+)?(?:adding\s+)?(?:that\s+)?$", re.IGNORECASE
)
_OWN_PREDICATE = re.compile(
    r"\s+(?:would|will|did\s+not|does\s+not|was|remained|remains|stood|stands|wanted|wants|"
    r"hoped|hopes|had|has|is)\b"
)


def _state_subject(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """The state opening the words reported from `pos` as their subject ("said Singapore
    hoped"), by its own name or its capital's, if one does."""
    for m in mentions:
        if m.start < pos:
            continue
        if not _CAPITAL_SUBJECT.fullmatch(text, pos, m.start) or m.type != "GPE":
            return None
        state = party_of(m, {})
        if not is_state(state):
            return None
        return state if _OWN_PREDICATE.match(text, m.end) else None
    return None


def _capital_subject(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """The state whose capital opens the words reported from `pos` as their subject ("said
    Washington would ..."), if one does: a state named by its capital speaks of itself."""
    for m in mentions:
        if m.start < pos:
            continue
        if not _CAPITAL_SUBJECT.fullmatch(text, pos, m.start):
            return None
        state = government_of(m.surface)
        if m.type != "GPE" or state is None or state == m.surface:
            return None
        return state if _OWN_PREDICATE.match(text, m.end) else None
    return None


def _mere_place(name: str) -> bool:
    """A town or region with no government of its own ("Residents of Mitrovica said"): the
    people of a place speak for no party; states and self-governing territories do."""
    known = gazetteer.canonical_name(name)
    return (
        known is not None
        and known[0] == name
        and known[1] in ("GPE", "LOC")
        and not is_state(name)
        and not gazetteer.is_territory(name)
    )


# A sentence opening on a quotation closed before its attribution: '"...," said X, ...'.
_QUOTE_THEN_ATTRIBUTION = re.compile(r"""^\s*["“](?P<words>[^"“”]{3,}?)["”]\s*,?\s*""")


def _named_after_quote(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None
) -> tuple[str, ...]:
    """The speakers the attribution after an opening quotation names, if it names any
    ('"The Uzbek government has promised reforms ...," said X, director at Y' is Y's, not
    Uzbekistan's); () when it names no one ('"France condemns it," a spokesman said': the
    quotation may name its speaker then)."""
    quote = _QUOTE_THEN_ATTRIBUTION.match(text)
    if quote is None:
        return ()
    at = quote.end()
    rest = [m for m in mentions if m.start >= at]
    if not rest:
        return ()
    # the quotation's words blanked, its offsets kept: only the attribution can speak
    start, end = quote.span("words")
    blank = text[:start] + re.sub(r"[^\s,]", "x", text[start:end]) + text[end:]
    return _speakers(blank, rest, affiliation, None)[0]


def analyse_reaction(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> Reaction:
    """Speakers, stance and CAMEO code for one sentence (`mentions` relative to `text`)."""
    text, mentions = _past_clock(text, mentions)
    if says_nothing(text):
        return Reaction((), None, None)
    speakers, anchor = _speakers(text, mentions, affiliation, resolve)
    if len(speakers) > 1:
        speakers = _named_after_quote(text, mentions, affiliation) or speakers
    speakers = tuple(
        dict.fromkeys(
            p
            for s in speakers
            if not (is_commentator(s) or _mere_place(s))
            for p in _parties_for(text, mentions, s)
        )
    )
    if not speakers:
        return Reaction((), None, None)
    if anchor > 0 and set(acting_subject(text, mentions, affiliation)) & set(speakers):
        # "The US dispatched two rescue teams, and President Biden told Erdogan ...": the
        # sentence opens on the speaker's own party acting, whose deed is its first word
        anchor = 0
    stance = stance_of(text[anchor:])
    return Reaction(speakers, stance, cameo_of(stance, text))
