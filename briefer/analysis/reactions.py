"""Who speaks in a sentence, and with what stance.

A reaction is a reporting or attitudinal verb ("said", "urged", "voiced concern", "condemned")
whose subject is an entity. The speaker is the entity heading the subject noun phrase: "a
spokesperson for X", "officials in X" and "X's foreign ministry" all resolve to X; a person
resolves to the state or organisation in their title ("EU foreign policy chief Josep Borrell"
-> European Union); coordinated subjects ("France, Germany and the UK said") give every party.
The stance comes from the words of the statement and carries a CAMEO code where one exists.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from briefer.analysis import gazetteer
from briefer.analysis.model import Mention

# Reporting and attitudinal verbs, in finite or participle form. Group "ing" marks a participle
# ("..., saying"), which shares the subject of the verb before it.
_VERB_WORDS = r"""
    said|says|told|stated|added|urged|urges|warned|warns|cautioned|called\s+(?:on|upon|for)|
    calls\s+(?:on|upon|for)|(?:voiced|voices|expressed|expresses|raised)\s+(?:\w+\s+){0,2}?
    (?:concern|concerns|alarm|regret|support|solidarity|hope|disappointment|dismay|satisfaction|
    sympathy|condolences|opposition|outrage|anger)|
    criticised|criticized|criticises|criticizes|condemned|condemns|denounced|denounces|
    rejected|rejects|demanded|demands|appealed|appeals|threatened|threatens|pledged|pledges|
    reiterated|reiterates|reaffirmed|reaffirms|welcomed|welcomes|asserted|asserts|insisted|
    insists|announced|announces|accused|accuses|stressed|stresses|
    emphasised|emphasized|noted|affirmed|deplored|deplores|lamented|regretted|vowed|vows|
    promised|blamed|blames|dismissed|dismisses|asked|encouraged|praised|praises|hailed|
    endorsed|decried|slammed|protested|responded|replied|argued|confirmed|denied|claimed|
    described|branded|summoned|offered|proposed|commented|tweeted|wrote|
    issued\s+a\s+(?:\w+\s+)?statement|released\s+a\s+(?:\w+\s+)?statement
"""
_ING_WORDS = r"""
    saying|adding|urging|warning|calling\s+(?:on|upon|for)|stressing|insisting|noting|
    accusing|describing|demanding|appealing|threatening|pledging|expressing\s+\w+
"""
VERB = re.compile(
    r"(?<![\w-])(?:(?P<ing>" + _ING_WORDS + r")|(?P<fin>" + _VERB_WORDS + r"))(?![\w-])",
    re.IGNORECASE | re.VERBOSE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_INVERTED = re.compile(
    r"""(?:[,"”]\s*|\s)(?:said|says|added|told\s+\w+|warned|stated|wrote)\s+$""", re.IGNORECASE
)
# Where a clause begins, as seen walking back from a verb.
_CLAUSE_BREAK = re.compile(
    r"""[;:()\[\]"“”]|\s[-–—]\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|"""
    r"""when|because|since|which|who)\s|\s(?:but|while|whereas|that|which|who|whom|when|"""
    r"""after|before|because|if|unless|although)\s""",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"^\s*(?:,\s*|,?\s*(?:and|&)\s+)(?:the\s+)?$", re.IGNORECASE)
_INHERIT = re.compile(r"\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)
_GAP_BLOCKERS = re.compile(
    r"\b(?:who|which|that|whose|whom|and|or|but|after|before|when|because|against|on|at|with|"
    r"to|about|over|into|by)\b|[,;]",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 7
_DETERMINER = re.compile(
    r"\b(?:the|their|its|his|her|our|these|those|a|an|main|new|repeated|such)\s+$", re.IGNORECASE
)
_APPOSITIVE_END = re.compile(r"^,\s")
# Words a title may hold between an organisation or state and a person's name.
_ROLE_TEXT = """
    's the of a an former acting deputy vice first chief head top senior special high
    president prime minister ministers foreign interior defence defense affairs policy state
    secretary secretary-general spokesperson spokesman spokeswoman ambassador envoy leader
    general commander chancellor premier king queen emperor representative commissioner
    official officials diplomat diplomats negotiator mayor governor director chairman chair
    chairwoman speaker senator lawmaker mp army military security council national adviser
    advisor counsellor counselor economy finance trade justice home office ministry agency
    rights human coordinator administrator chargé d'affaires emir sheikh crown prince
"""
ROLE_WORDS = frozenset(_ROLE_TEXT.split())


@dataclass(frozen=True, slots=True)
class Reaction:
    """The speakers of one sentence (canonical names) and the stance of what they said."""

    speakers: tuple[str, ...]
    stance: str | None
    cameo: str | None


def _title_gap(gap: str) -> bool:
    """Whether `gap` (text between a party and a person) is a title: "foreign policy chief"."""
    words = gap.replace("'s", " 's").replace("’s", " 's").split()
    if not words or len(words) > 6:
        return bool(not words and gap == " ")
    return all(w.lower() in ROLE_WORDS or w[:1].isupper() for w in words)


def affiliations(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Person -> party from titles in `text` ("Serbian President Aleksandar Vučić" -> Serbia).

    `mentions` must be sorted by offset and relative to `text`.
    """
    found: dict[str, str] = {}
    for before, person in pairwise(mentions):
        if person.type != "PERSON" or before.type == "PERSON" or person.canonical in found:
            continue
        if before.type not in ("GPE", "ORG", "NORP"):
            continue
        if _title_gap(text[before.end : person.start]):
            found[person.canonical] = _party(before, {})
    return found


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(s.name for s in gazetteer.states())


def is_state(canonical: str) -> bool:
    """A sovereign state of the curated data (as opposed to a town, region or group)."""
    return canonical in _state_names()


@lru_cache(maxsize=4096)
def owner_state(name: str) -> str | None:
    """The state an institution's name belongs to ("Kosovo Police" -> Kosovo,
    "Russian Foreign Ministry" -> Russia); None for states themselves and for other bodies."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        found = gazetteer.canonical_name(" ".join(words[:size]))
        if found is not None and is_state(found[0]):
            return found[0]
    return None


@lru_cache(maxsize=4096)
def _government_of(surface: str) -> str | None:
    """The state a place name stands for when it speaks ("Pristina said" -> Kosovo)."""
    found = gazetteer.canonical_name(surface)
    if found is not None and is_state(found[0]):
        return found[0]
    return None


def _party(m: Mention, affiliation: Mapping[str, str]) -> str:
    """The party a speaking mention stands for: a person's state or body, a capital's state,
    an institution's state; otherwise the mention's own canonical name."""
    if m.type == "PERSON":
        return affiliation.get(m.canonical, m.canonical)
    if m.type == "GPE" and not is_state(m.canonical):
        return _government_of(m.surface) or m.canonical
    if m.type == "ORG":
        return owner_state(m.canonical) or m.canonical
    return m.canonical


def _subject_before(text: str, mentions: Sequence[Mention], verb_start: int) -> list[Mention]:
    """The entity mentions heading the subject of the verb at `verb_start` (empty if none)."""
    clause_start = 0
    for br in _CLAUSE_BREAK.finditer(text, 0, verb_start):
        clause_start = br.end()
    nearest = -1
    for i, m in enumerate(mentions):
        if m.start >= clause_start and m.end <= verb_start:
            nearest = i
    if nearest < 0:
        return []
    head = mentions[nearest]
    gap = text[head.end : verb_start]
    if _APPOSITIVE_END.match(gap):
        gap = gap.lstrip(", ")  # "The bloc's mission, EULEX, said"
    if len(gap.split()) > _MAX_GAP_WORDS or _GAP_BLOCKERS.search(gap):
        return []
    group = [head]
    j = nearest - 1
    while j >= 0:
        prev = mentions[j]
        between = text[prev.end : group[0].start]
        if _COORDINATION.match(between):
            group.insert(0, prev)
            j -= 1
            continue
        break
    return group


def _subject_after(text: str, mentions: Sequence[Mention], pos: int) -> list[Mention]:
    """The first entity after `pos` when only title words come between ('said the EU')."""
    for m in mentions:
        if m.start < pos:
            continue
        gap = text[pos : m.start]
        if len(gap.split()) <= 4 and not _GAP_BLOCKERS.search(gap):
            group = [m]
            for nxt in mentions:
                if nxt.start > group[-1].end and _COORDINATION.match(
                    text[group[-1].end : nxt.start]
                ):
                    group.append(nxt)
            return group
        return []
    return []


def find_speakers(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """Canonical speakers of `text`, in order of appearance.

    `mentions` are offsets relative to `text`, sorted; `affiliation` maps people to parties.
    """
    aff = affiliation or {}
    speakers: list[str] = []

    def add(group: Sequence[Mention]) -> None:
        for m in group:
            name = _party(m, aff)
            if name not in speakers:
                speakers.append(name)

    last_group: list[Mention] = []
    for v in VERB.finditer(text):
        if _DETERMINER.search(text, max(0, v.start() - 12), v.start()):
            continue  # "their main demands", "the calls for": a noun, not a verb
        if v.group("ing") and text[: v.start()].rstrip().endswith(","):
            continue  # "..., saying" shares the subject already found
        if last_group and _INHERIT.search(text, max(0, v.start() - 24), v.start()):
            continue  # "voiced concern and urged restraint": the same subject
        group = _subject_before(text, mentions, v.start())
        if not group and _INVERTED.search(text, 0, v.end()):
            group = _subject_after(text, mentions, v.end())
        if group:
            add(group)
            last_group = group
    for a in _ACCORDING.finditer(text):
        add(_subject_after(text, mentions, a.end()))
    return tuple(speakers)


# Stance cues, each tried over the whole sentence; the earliest cue wins, so "voiced concern and
# urged restraint" is concern and "condemned ..., saying it would not tolerate" is criticism.
_APPEAL = (
    r"(?:urg\w*|call(?:ed|s|ing)?\s+(?:on|upon|for)|appeal\w*|ask(?:ed|s)?|encourag\w*|"
    r"press(?:ed|es)?\s+for|invit\w*)"
)
_RESTRAINT_WORDS = (
    r"(?:restraint|calm|de-?escalat\w*|refrain\w*|ceasefire|cease-fire|truce|avoid\w*|stop\w*|"
    r"halt\w*|end(?:s|ed|ing)?\b|withdraw\w*|pull\w*\s+back|remov\w*|clear\w*|lift\w*|"
    r"peaceful(?:ly)?|violence|escalat\w*|tension\w*|hostilities|protect\w*|lower\w*|eas(?:e|ing)|"
    r"reduc\w*|temperature)"
)
_DIALOGUE_WORDS = (
    r"(?:dialogue|dialog|talks|negotiat\w*|diplomac\w*|diplomatic|resolution|solution|"
    r"settle\w*|mediat\w*|meet\w*|compromise|agreement|return\s+to\s+the\s+table)"
)
STANCE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (stance, re.compile(pattern, re.IGNORECASE))
    for stance, pattern in (
        (
            "concern",
            r"\b(?:concern(?:ed|s)?|worr(?:y|ied|ies)|alarm(?:ed)?|troubl(?:ed|ing)|"
            r"dismay(?:ed)?|disquiet|anxious|uneas[ey]|fear(?:s|ed)?)\b",
        ),
        ("appeal-dialogue", rf"\b{_APPEAL}\b[^.;]{{0,80}}?\b(?P<obj>{_DIALOGUE_WORDS})"),
        ("appeal-restraint", rf"\b{_APPEAL}\b[^.;]{{0,80}}?\b(?P<obj>{_RESTRAINT_WORDS})"),
        ("appeal-restraint", r"\b(?:restraint|de-?escalat\w*)\b"),
        (
            "criticism",
            r"\b(?:condemn\w*|critici[sz]\w*|denounc\w*|reject\w*|deplor\w*|slamm?\w*|"
            r"decr(?:y|ied|ies)|blam\w*|accus\w*|unacceptable|outrage\w*|protest(?:ed|s)\b|"
            r"lambast\w*|rebuk\w*|dismiss\w*|summon\w*|illegal|irresponsible|provocati\w*)\b",
        ),
        (
            "threat",
            r"\b(?:threat\w*|warn(?:ed|s|ing)?\b[^.;]{0,80}?\b(?:consequences|respond|response|"
            r"retaliat\w*|sanction\w*|action|force|measures|pay|price)|sanction\w*|"
            r"retaliat\w*|ultimatum)\b",
        ),
        ("concern", r"\bwarn(?:ed|s|ing)?\b"),
        (
            "support",
            r"\b(?:support\w*|back(?:ed|s|ing)?\b(?!\s+by)|welcom\w*|solidarity|prais\w*|"
            r"hail\w*|endors\w*|stands?\s+(?:with|by)|commend\w*|applaud\w*|"
            r"(?:reaffirm|reiterat)\w*\s+(?:its|their|his|her)\s+commitment)",
        ),
        ("appeal-dialogue", rf"\b{_DIALOGUE_WORDS}\b"),
    )
)
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
_CRITICISM = next(p for s, p in STANCE_CUES if s == "criticism")


def stance_of(text: str) -> str:
    """The stance of a reported statement: the earliest stance cue in it, else "other"."""
    best: tuple[int, str] | None = None
    for stance, pattern in STANCE_CUES:
        m = pattern.search(text)
        if m is None:
            continue
        # An appeal is placed at its object, so "urged restraint and a return to talks" is
        # restraint and "voiced concern and urged restraint" stays concern.
        at = m.start("obj") if "obj" in pattern.groupindex else m.start()
        if best is None or at < best[0]:
            best = (at, stance)
    return best[1] if best else "other"


def cameo_of(stance: str, text: str) -> str:
    """A CAMEO code for `stance`, refined where the words say more (sanctions, force, accuse)."""
    if stance == "threat":
        if _SANCTIONS.search(text):
            return "1312"  # threaten with sanctions, boycott or embargo
        if _FORCE.search(text):
            return "138"  # threaten to use military force
    if stance == "criticism":
        crit = _CRITICISM.search(text)
        for pattern, code in ((_ACCUSE, "112"), (_REJECT, "120")):
            m = pattern.search(text)
            if m is not None and crit is not None and m.start() == crit.start():
                return code  # accuse, reject
    return CAMEO[stance]


def analyse_reaction(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> Reaction:
    """Speakers, stance and CAMEO code for one sentence (`mentions` relative to `text`)."""
    speakers = find_speakers(text, mentions, affiliation)
    if not speakers:
        return Reaction((), None, None)
    stance = stance_of(text)
    return Reaction(speakers, stance, cameo_of(stance, text))
