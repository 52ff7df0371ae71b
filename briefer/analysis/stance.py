"""The stance of a reported statement, and its CAMEO event code.

One stance per sentence: the earliest cue in the words decides ("voiced concern and urged
restraint" is concern), appeals are placed at what they ask for ("urged restraint and a return
to talks" is restraint), and asides about a speaker ("Brazil, which had tried to mediate,") are
left out. A cue denied just before it counts for nothing ("did not condemn", "stopped short of
criticising"), except support, whose denial is disapproval ("did not support the use of
troops"). The stances are those of the gold annotations: concern, appeal-restraint,
appeal-dialogue, support, criticism, threat and other. The CAMEO code follows the stance and
names deeds apart from words where the text says which (sanctions imposed, envoys recalled,
humanitarian aid sent, an offer to mediate).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from briefer.analysis.prefilter import Gate, Sieve, gate, sieve_of
from briefer.analysis.stance_cues import APPEAL, STANCE_CUES
from briefer.analysis.timeline import PASSIVE_ASIDE

# CAMEO event codes (Conflict and Mediation Event Observations) for each stance.
CAMEO = {
    "concern": "012",  # make pessimistic comment
    "appeal-restraint": "0256",  # appeal for de-escalation of military engagement
    "appeal-dialogue": "026",  # appeal to others to meet or negotiate
    "support": "051",  # praise or endorse
    "criticism": "111",  # criticise or denounce
    "threat": "130",  # threaten
    "other": "010",  # make statement
}
_SANCTIONS = re.compile(r"\b(?:sanction\w*|embargo\w*|boycott\w*)\b", re.IGNORECASE)
_FORCE = re.compile(r"\b(?:military|force|troops|strike\w*|attack\w*)\b", re.IGNORECASE)
_ACCUSE = re.compile(r"\baccus\w*\b", re.IGNORECASE)
_REJECT = re.compile(r"\breject\w*\b", re.IGNORECASE)
_CRITICISM_CUES = tuple(p for s, p in STANCE_CUES if s == "criticism")


_APPEAL_WORD = re.compile(rf"\b{APPEAL}\b", re.IGNORECASE)
# A cue denied just before it says the opposite of nothing: "did not condemn", "stopped short
# of criticising", "declined to back" report no such stance ("not only condemned" does); so does
# the cue's noun after "no" ("had no regrets", "of no concern to", "no aggressive intentions").
_DENIED = re.compile(
    # (every form of the verb: "pointedly stopping short of congratulating", "refuses to back")
    r"\b(?:not|never|no|cannot|n['’]t|stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from|"
    r"declin(?:e|es|ed|ing)\s+to|refus(?:e|es|ed|ing)\s+to|"
    r"no\s+(?:move|moves|plans?|intention|attempt)\s+to|"
    r"without)\s+(?:(?!only\b)\w+ly\s+)?(?:yet\s+)?"
    # an intention denied: "did not mean to criticise Russia", "does not want to condemn"
    r"(?:(?:mean|intend|want|wish|seek|plan)\w*\s+to\s+)?"
    # a deed denied: "has not imposed any sanctions", "did not send new troops"
    r"(?:(?:impos\w*|announc\w*|adopt\w*|tak(?:e|en|ing)|took|sen[dt]\w*|issu\w*|join\w*|"
    r"mak(?:e|ing)|made)\s+(?:any\s+|new\s+|further\s+|an?\s+|the\s+)?)?$",
    re.IGNORECASE,
)
# Support left unsaid is a hedge, not a denial: "said the use of force may be legitimate ...,
# without endorsing the action" takes no side (while "did not support the troops" disapproves).
_LEFT_UNSAID = re.compile(
    r"\b(?:without|stop(?:s|ped|ping)?\s+short\s+of|refrain(?:s|ed|ing)?\s+from)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A deed of help denied is no disapproval, only no help ("had never promised the rebels any
# help", "did not send aid"), while backing or praise denied is ("could not support the
# invasion", "was not welcome", "said the move was not constructive").
_HELP_DENIED = re.compile(
    r"(?:offer|sen[dt]|pledg|promis|provid|increas|announc|dispatch|deliver|extend|giv|gave|"
    r"help|aid\b|assist)",
    re.IGNORECASE,
)
# An aside about the speaker says what it is, not what it says now: a relative clause ("Brazil,
# which had tried to mediate,"), a passive participle with its agent ("Sudan, accused by its
# neighbour of sheltering rebels,") or an apposition naming its part towards others ("Hugo
# Chavez, a fierce critic of Washington,", "Russia, Syria's main arms supplier,").
_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose|whom|where|the\s+only|a\s+long-time)\b[^,;]*|"
    rf"{PASSIVE_ASIDE}|"
    r"(?:a|an|the|its|their|(?-i:[A-Z])[\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:critic|ally|allies|"
    r"supporter|backer|partner|friend|opponent|adversary|rival|neighbou?r|supplier|patron|"
    r"sponsor|foe|champion|defender|enem(?:y|ies))s?\b[^,;]*),"
)
_WHETHER = re.compile(r"\b(?:into|on|about|over|of)\s+whether\b[^,;.]*", re.IGNORECASE)
# "as far as X is concerned", "where technology was concerned": a matter named, not a worry
_AS_FAR_AS = re.compile(
    r"\b(?:as\s+far\s+as|so\s+far\s+as|insofar\s+as|where)\s+[^,;.]{1,60}?\s+(?:is|was|are|were)"
    r"\s+concerned\b",
    re.IGNORECASE,
)


# A text blocked, vetoed or voted down: what the text says ("a statement condemning the coup",
# "a resolution that called for a ceasefire") is the stance of those who wrote it, not of those
# who stopped it ("Hungary vetoed an EU statement condemning the crackdown" condemns nothing).
_BLOCKING = re.compile(
    r"\b(?:veto(?:ed|es|ing)?|block(?:ed|s|ing)|water(?:ed|s|ing)?\s+down|vot(?:ed|es|ing)\s+"
    r"(?:against|down)|torpedo(?:ed|es|ing)?|scuttl(?:ed|es|ing)|kill(?:ed|s|ing)|"
    r"(?:refused|declined)\s+to\s+(?:sign|back|endorse|join|adopt))\b",
    re.IGNORECASE,
)
_TEXT_SAYING = re.compile(
    r"\b(?:statement|resolution|declaration|text|motion|communiqué|communique|draft)\s+"
    r"(?:(?:that|which)\s+(?:would\s+have\s+)?)?(?:condemn|criticis|criticiz|deplor|denounc|"
    r"call|urg|demand|welcom|back|support|express|voic|rebuk|censur|threaten|impos)\w*"
    r"[^,;.]*",
    re.IGNORECASE,
)


def _without_blocked_text(text: str) -> str:
    """The sentence without the words of a text it says was blocked (see `_BLOCKING`)."""
    if sieve_of(text).search(_BLOCKING) is None:
        return text
    return _TEXT_SAYING.sub(lambda m: m.group(0).split()[0], text)


_NO_LIMIT = 2**62  # past the end of any text


@lru_cache(maxsize=1)
def _cue_gates() -> tuple[Gate, ...]:
    """The prefilter gate of each stance cue, in `STANCE_CUES` order: with the sieve's one scan
    of a sentence (`Sieve.literal_mask`) they tell which cues may match, one AND each, where
    opening each cue through the sieve in turn would find most of them shut."""
    return tuple(gate(pattern) for _stance, pattern in STANCE_CUES)


_CueRow = tuple[str, re.Pattern[str], int, bool]


@lru_cache(maxsize=1)
def _cue_table() -> tuple[_CueRow, ...]:
    """Each stance cue with its gate's literal mask (-1: no literals, it may match anywhere)
    and whether it is an appeal placed at its object: what `stance_of` tests for every cue of
    every sentence, read once."""
    return tuple(
        (stance, pattern, g.mask, "obj" in pattern.groupindex)
        for (stance, pattern), g in zip(STANCE_CUES, _cue_gates(), strict=True)
    )


def _bit_keys(mask: int) -> Iterator[int]:
    """Each set bit of `mask`, highest first, as its `bit_length()`: a small key (hashing the
    bit itself reads all the mask's digits)."""
    while mask:
        key = mask.bit_length()
        mask ^= 1 << (key - 1)
        yield key


@lru_cache(maxsize=1)
def _cues_by_literal() -> tuple[int, dict[int, tuple[int, ...]], tuple[int, ...]]:
    """The stance cues by literal: every cue literal's bits together, each bit's cues (their
    places in `_cue_table`, the bit keyed by its `bit_length()`), and the cues of no literal
    (they may match anywhere)."""
    anywhere: list[int] = []
    of_bit: dict[int, list[int]] = {}
    every = 0
    for index, (_stance, _pattern, mask, _at_object) in enumerate(_cue_table()):
        if mask == -1:
            anywhere.append(index)
            continue
        every |= mask
        for key in _bit_keys(mask):
            of_bit.setdefault(key, []).append(index)
    return every, {key: tuple(cues) for key, cues in of_bit.items()}, tuple(anywhere)


def _cues_present(present: int) -> list[_CueRow]:
    """The stance cues that may match a text holding the literals `present` (its
    `Sieve.literal_mask`), in `_cue_table` order: from the few cue literals the text holds,
    where testing each of the 64 cues' masks in turn found all but five of them absent."""
    every, of_bit, anywhere = _cues_by_literal()
    found = set(anywhere)
    for key in _bit_keys(present & every):
        found.update(of_bit[key])
    table = _cue_table()
    return [table[index] for index in sorted(found)]


def stance_of(text: str) -> str:
    """The stance of a reported statement: the earliest stance cue in it, else "other".
    Relative clauses and asides ("Brazil, which had tried to mediate, said") are left out, and
    so are the words of a text the sentence says was blocked."""
    # (through the sieve: the text is the one the reactions read, unchanged when it has no aside)
    text = _without_blocked_text(sieve_of(text).sub(_ASIDE, ","))
    if "whether" in text:
        # "an investigation into whether Belarus breached the law": a question, no judgement
        text = _WHETHER.sub("", text)
    if "concerned" in text:
        text = _AS_FAR_AS.sub("", text)
    sieve = sieve_of(text)  # each cue runs only if its literals occur (see `prefilter`)
    best: tuple[int, str] | None = None
    appeal = sieve.search(_APPEAL_WORD) is not None
    _cue_table()  # (first: building the gates adds literals to the sieve's scan)
    # (a cue none of whose literals the text holds: the sieve would return no match)
    for stance, pattern, _mask, placed_at_object in _cues_present(sieve.literal_mask()):
        if placed_at_object and not appeal:
            continue  # no appeal verb: the appeal patterns cannot match
        # Only a match before the best so far can win (ties keep the cue found first), and
        # an appeal's object lies after its start: the places after it are not tried.
        before = best[0] if best is not None else _NO_LIMIT
        denied = None
        m = None
        for found in sieve.finditer_before(pattern, before):
            if not _DENIED.search(text, 0, found.start()):
                m = found
                break
            denied = denied or found
        # Support denied is disapproval ("said it did not support the use of troops"), unless
        # it is also given, undenied, later on (in the places left untried above).
        if (
            m is None
            and denied is not None
            and stance == "support"
            and not _given_from(sieve, pattern, text, before)
            and not _LEFT_UNSAID.search(text, 0, denied.start())
            and not _HELP_DENIED.match(text, denied.start())
        ):
            m, stance = denied, "criticism"
        if m is None:
            continue
        # An appeal is placed at its object, so "urged restraint and a return to talks" is
        # restraint and "voiced concern and urged restraint" stays concern.
        at = m.start("obj") if placed_at_object else m.start()
        if best is None or at < best[0]:
            best = (at, stance)
    return best[1] if best else "other"


def _given_from(sieve: Sieve, pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether `pattern` matches, not denied, at or after `start`."""
    return start != _NO_LIMIT and any(
        not _DENIED.search(text, 0, found.start())
        for found in sieve.finditer(pattern)
        if found.start() >= start
    )


def cameo_of(stance: str, text: str) -> str:
    """A CAMEO code for `stance`, refined where the words say more: a measure taken rather than
    threatened (sanctions imposed, aid suspended, envoys recalled), the kind of aid given, an
    offer to mediate, condolences, force, an accusation or a rejection."""
    sieve = sieve_of(text)  # the sentence's own, already scanned by `_speakers`
    for kind, pattern, code in _DEEDS:
        if kind == stance and sieve.search(pattern):
            return code
    if stance == "threat":
        if sieve.search(_SANCTIONS):
            return "1312"  # threaten with sanctions, boycott or embargo
        if sieve.search(_FORCE):
            return "138"  # threaten to use military force
    if stance == "criticism":
        # The earliest start of a criticism cue: each cue is tried only before the earliest
        # found so far (its first match there is its first match, if it starts earlier).
        first = _NO_LIMIT
        for p in _CRITICISM_CUES:
            m = next(sieve.finditer_before(p, first), None)
            if m is not None:
                first = m.start()
        first = -1 if first == _NO_LIMIT else first
        for pattern, code in ((_ACCUSE, "112"), (_REJECT, "120")):
            m = sieve.search(pattern)
            if m is not None and m.start() == first:
                return code  # accuse, reject
    return CAMEO[stance]


# Deeds done, not words said: their own CAMEO codes, tried in order within a stance.
_DEEDS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (stance, re.compile(pattern, re.IGNORECASE), code)
    for stance, pattern, code in (
        # 163 impose embargo, boycott or sanctions; 162 reduce or stop material aid
        (
            "threat",
            r"\b(?:imposed|imposes|announced|adopted|slapped)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:sanctions|embargo|tariffs|travel\s+bans?)\b|"
            r"\b(?:end(?:s|ed|ing)?|halt\w*|suspend\w*|stop(?:s|ped|ping)?|bann?\w*)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:exports?|imports?|sales|deliver(?:y|ies)|shipments)\b",
            "163",
        ),
        (
            "threat",
            r"\b(?:suspend\w*|froze|freez\w*|halt\w*|paus\w*|stopp\w*|cut)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:aid|assistance|support|funding|loans?|payments|disbursements|grants|financing)\b",
            "162",
        ),
        # 161 reduce or break diplomatic relations
        (
            "criticism",
            r"\b(?:(?:recall\w*|withdr[ae]w\w*)\s+(?:its|their|the)\s+(?:[\w'’-]+\s+)?"
            r"(?:ambassador|envoy)|"
            r"expel\w*|broke\s+off\s+(?:diplomatic\s+)?relations|sever\w*\s+(?:diplomatic\s+)?"
            r"(?:ties|relations))",
            "161",
        ),
        # 073 humanitarian aid, 074 military protection or peacekeeping, 071 economic aid
        (
            "support",
            r"\b(?:humanitarian|relief|rescue|field\s+hospitals?|medical|tents|"
            r"blankets|food\s+aid|emergency\s+(?:aid|funds))\b",
            "073",
        ),
        ("support", r"\b(?:peacekeep\w*|troops|soldiers|police\s+officers)\b", "074"),
        ("support", r"\b(?:loans?|grants?|investment|credit\s+line|budget\s+support)\b", "071"),
        # 039 express intent to mediate
        (
            "appeal-dialogue",
            r"\b(?:offer\w*|ready|willing|prepared)\s+to\s+(?:help\s+)?"
            r"(?:mediate|host|facilitate)\b",
            "039",
        ),
        # 018 make an empathetic comment
        ("support", r"\b(?:condolences?|sympathy|sympathies|mourn\w*)\b", "018"),
    )
)
