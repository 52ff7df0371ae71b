"""Sides the text makes so by what it says they did, however seldom it names them.

The authors of an attack (claimed or charged), an armed group's people by common noun, an
international court with a case, a speaker answering in kind, the state an opening's act of
arms falls on, and whether the story is an attack on people at all. `parties` adds them to
the principals it chooses by score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis
from briefer.analysis.prefilter import StartIndex
from briefer.analysis.reactions import government_of, is_state, owner_state
from briefer.briefing.parties.home_affairs import state_of
from briefer.briefing.parties.place_states import state_of_place
from briefer.briefing.roles.attacks import (
    act_of_arms_end,
    charged_with_attack,
    claims_attack,
    leads_attack_on,
    may_tell_act_of_arms,
    named_as_authors,
    names_its_attack,
)
from briefer.briefing.roles.courts import holds_case_against, international_court
from briefer.briefing.roles.cues import answers_in_kind, retaliates
from briefer.briefing.roles.literal_gates import folded_document
from briefer.briefing.roles.places import in_place_name
from briefer.briefing.stats import opening, opening_sentences, sentence_index
from briefer.sources.document import Document


def courts_with_case(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """International courts the text names with their own act against a party (a warrant, an
    indictment, custody: `courts.holds_case_against`), outside its background."""
    found: list[str] = []
    for doc, analysis in items:
        if not any(m.type == "ORG" and international_court(m.canonical) for m in analysis.mentions):
            continue
        locate = sentence_index(analysis)
        for m in analysis.mentions:
            if m.type != "ORG" or m.canonical in found:
                continue
            idx = locate(m.start)
            if idx is None:
                continue
            if holds_case_against(doc.text, m, analysis.sentences[idx]):
                found.append(m.canonical)
    return found


def retaliators(items: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """Speakers announcing an answer in kind to an act against themselves ("Belarus's foreign
    ministry called the expulsion a provocation and said Minsk would retaliate in kind"): the
    ones acted against, the other side of the quarrel however seldom the narrative names them."""
    found: set[str] = set()
    for doc, analysis in items:
        answers = {
            i
            for i, s in enumerate(analysis.sentences)
            if s.label == "reaction" and s.speakers and answers_in_kind(s.text)
        }
        if not answers:
            continue
        locate = sentence_index(analysis)
        for m in analysis.mentions:
            idx = locate(m.start)
            if idx not in answers:
                continue
            sentence = analysis.sentences[idx]
            party = government_of(m.canonical) or owner_state(m.canonical) or m.canonical
            if party in sentence.speakers and retaliates(doc.text, m, sentence):
                found.add(party)
    return frozenset(found)


#: A word every claim or charge `claimants` reads holds (a cheap test of a document first):
#: one inside each literal the prefilter requires of `attacks`' claim and charge patterns (single
#: words, since those patterns take any whitespace between theirs; a test holds them in step).
_CLAIM_WORDS = (
    "claim",
    "blam",
    "accus",
    "carried",
    "behind",
    "responsible",
    "staged",
    "launched",
    "belong",
    "members of",
    "name of",
    "behalf of",
    "work of",
    "perpetrated",
    "planted",
    "detonated",
)


def _state_body(name: str) -> bool:
    """A state's own body, as the data gives it its state ("the North's Ministry of State
    Security was behind the killing"): charged, its state is charged, an accused third party
    too. A group named after a people (Palestinian Islamic Jihad) is no state's body."""
    return gazetteer.owner_state(name) is not None


def _authors_named_in_opening(doc: Document, analysis: Analysis, found: list[str]) -> None:
    """Add to `found` the groups the headline or lead names before the story's attack ("World
    leaders condemn Hamas assault", `attacks.names_its_attack`)."""
    told = [analysis.sentences[i] for i in sorted(opening(analysis))]
    for sentence in told:
        for m in analysis.mentions:
            if not sentence.start <= m.start < sentence.end or m.type != "ORG":
                continue
            if m.canonical in found or is_state(m.canonical) or _state_body(m.canonical):
                continue
            if names_its_attack(doc.text, m, sentence):
                found.append(m.canonical)


def claimants(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """Groups the text names claiming the attack it tells of ("the Islamic State group claimed
    the attacks through its Amaq news agency") or charged with it ("the government blamed a
    little-known domestic Islamist group, National Thowheed Jamath, for the suicide bombings"),
    outside its background: the attack's authors, sides of its story however seldom the
    narrative names them, though the claim or the charge is told as someone's word (the
    reactions reader may take it for a statement). A state so charged is an accused third
    party, not read here."""
    found: list[str] = []
    for doc, analysis in items:
        _authors_named_in_opening(doc, analysis, found)
        folded = folded_document(doc.text)  # the patterns ignore case: "BLAMED" counts too
        if not any(word in folded for word in _CLAIM_WORDS):
            continue
        locate = sentence_index(analysis)
        told: set[int] | None = None  # (read once, where a background sentence asks)
        for m in analysis.mentions:
            if m.type == "GPE" or is_state(m.canonical) or m.canonical in found:
                continue
            if _state_body(m.canonical):
                continue
            idx = locate(m.start)
            sentence = analysis.sentences[idx] if idx is not None else None
            if (
                sentence is not None
                and (
                    sentence.label != "background"
                    # a claim the headline or lead tells is the news itself
                    or idx in (told := opening(analysis) if told is None else told)
                )
                and (
                    claims_attack(doc.text, m, sentence)
                    or (
                        m.type == "ORG"
                        and (
                            charged_with_attack(doc.text, m, sentence)
                            or named_as_authors(doc.text, m, sentence)
                        )
                    )
                )
            ):
                found.append(m.canonical)
    return found


# What a text calls an armed group's people when it does not name the group ("the rebels
# handed over the black boxes", "the separatists", "the gunmen"): each such word in the
# narrative (not in reactions, where others' words about a group's deeds fill a page) tells of
# the named group the text describes as armed.
_GROUP_PEOPLE = re.compile(
    r"\b(?:rebels?|separatists?|militants?|insurgents?|jihadists?|guerrillas?|gunmen|"
    r"fighters|militias?|gangs?)\b",
    re.IGNORECASE,
)


#: A stem every word of `_GROUP_PEOPLE` holds, in lower case ("Rebels" opens a sentence too):
#: plain searches for a few stems cost less than the pattern's search of a whole text.
_GROUP_STEMS = (
    "rebel",
    "separatist",
    "militant",
    "insurgent",
    "jihadist",
    "guerrilla",
    "gunmen",
    "fighters",
    "militia",
    "gang",
)


def group_references(items: Sequence[tuple[Document, Analysis]]) -> int:
    """How many times the documents' story sentences (not headings or credits) name an armed
    group's people by a common noun."""
    count = 0
    for doc, analysis in items:
        lower = doc.text.lower()
        if not any(stem in lower for stem in _GROUP_STEMS):
            continue
        locate = sentence_index(analysis)
        for found in _GROUP_PEOPLE.finditer(doc.text):
            idx = locate(found.start())
            if idx is not None and analysis.sentences[idx].label in ("development", "background"):
                count += 1
    return count


# "The front said", "the Tigers' positions": a group named once in full and then by a word of
# its name with "the" (its head word or a plural: "the Front", "the Tigers", "the movement").
# Not a place by a front ("at the front", "on the front line").
_BACK_REFERENCE = re.compile(
    r"(?<![Aa]t )(?<![Oo]n )(?<![Aa]long )(?<![Tt]o )\b[Tt]he\s+([A-Z]?[a-z]+)\b(?![\s-]+lines?\b)"
)
#: Where its matches may begin ("The", "the"), found in one pass over a document: its search of
#: every place of the text tries four look-behinds at each.
_BACK_REFERENCE_STARTS = StartIndex([_BACK_REFERENCE])


# Words that call a state's own bodies as often ("the army", "the council", "the forces").
_STATE_BODY_WORDS = frozenset(
    ("army", "council", "forces", "guard", "guards", "police", "navy", "government")
)


def _reference_words(name: str) -> set[str]:
    """The words "the ..." may call a group by: its last word, and any plural in its name
    ("Liberation Tigers of Tamil Eelam" -> tigers), none a state's body's too."""
    names = name.split()
    plural = {w for w in names if len(w) > 3 and w.endswith("s") and w[0].isupper()}
    found = {w.lower() for w in [names[-1], *plural]} if len(names) > 1 else set()
    return found - _STATE_BODY_WORDS


def back_references(items: Sequence[tuple[Document, Analysis]], groups: set[str]) -> dict[str, int]:
    """How many times the story sentences call one of `groups` by a word of its name with
    "the" ("the front", "the Movement"): each counts for the group of that word the documents
    name most (the story's own front among the fronts it mentions), none where two tie."""
    named: dict[str, int] = {}
    for _doc, analysis in items:
        for m in analysis.mentions:
            if m.canonical in groups:
                named[m.canonical] = named.get(m.canonical, 0) + 1
    words_of = {g: _reference_words(g) for g in named}
    meant: dict[str, str] = {}  # word -> the group it calls
    for word in {w for words in words_of.values() for w in words}:
        ranked = sorted((-n, g) for g, n in named.items() if word in words_of[g])
        if len(ranked) == 1 or ranked[0][0] < ranked[1][0]:
            meant[word] = ranked[0][1]
    counts: dict[str, int] = {}
    if not meant:
        return counts
    for doc, analysis in items:
        locate = sentence_index(analysis)
        covered = [(m.start, m.end) for m in analysis.mentions]
        for found in _BACK_REFERENCE_STARTS.scan(doc.text).finditer(_BACK_REFERENCE):
            group = meant.get(found.group(1).lower())
            if group is None or any(a < found.end() and found.start() < b for a, b in covered):
                continue  # no group's word, or part of a name ("the Popular Front for ...")
            idx = locate(found.start())
            if idx is not None and analysis.sentences[idx].label in ("development", "background"):
                counts[group] = counts.get(group, 0) + 1
    return counts


# An attack on people told in a headline or lead: a bombing, a shooting, a hostage-taking, a
# massacre, gunmen storming a place (not an air strike between states: those strike states).
_ASSAULT = re.compile(
    r"\b(?:(?:suicide\s+)?bomb(?:ings?|ers?)|blasts?|explosions?|(?:terror(?:ist)?\s+)?attacks?|"
    r"assaults?|"
    r"sieges?|hostages?|hostage-takers?|massacres?|shootings?|gunm[ae]n|stormed|storming|"
    r"terror(?:ism|ists?)?)\b",
    re.IGNORECASE,
)


def attack_story(items: Sequence[tuple[Document, Analysis]]) -> bool:
    """Whether most documents' headline or lead tells an attack on people (a bombing, a siege,
    gunmen storming a cafe): its sides are the state attacked and the attackers, and the states
    whose citizens were among the dead or who send condolences are third parties."""
    votes = 0
    for _doc, analysis in items:
        if any(_ASSAULT.search(s.text) for s in opening_sentences(analysis)):
            votes += 1
    return bool(items) and 2 * votes > len(items)


def attacked_states(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """The states where the headline's or lead's act of arms by a group falls ("Fighters of X
    stormed a hotel in the Malian capital", "X seizes Sri Lankan port town"): the first state,
    or town of a state, the sentence names after the act (not a sea: "seized a tanker in the
    Gulf of Aden")."""
    found: list[str] = []
    for doc, analysis in items:
        told = opening_sentences(analysis)
        spans = [(s.start, s.end) for s in told]
        # (an organisation in the headline or lead first: most stories have none there)
        if not any(
            m.type == "ORG" and any(a <= m.start < b for a, b in spans) for m in analysis.mentions
        ):
            continue
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        for sentence in told:
            if not may_tell_act_of_arms(sentence.text):
                continue
            inside = [m for m in ordered if sentence.start <= m.start < sentence.end]
            for k, m in enumerate(inside):
                if m.type != "ORG" or is_state(m.canonical) or owner_state(m.canonical):
                    continue
                end = act_of_arms_end(doc.text, m.end, sentence)
                if end is None:
                    continue
                state = None
                for o in inside[k + 1 :]:
                    if o.start < end or o.type not in ("GPE", "NORP"):
                        continue
                    named = state_of(o)
                    if named and not in_place_name(doc.text, o):
                        state = named
                        break
                if state is not None and state not in found:
                    found.append(state)
                break
    return found


def attack_leaders(items: Sequence[tuple[Document, Analysis]], sides: Sequence[str]) -> list[str]:
    """States the headline or lead names as leading an attack on a side ("governments lined up
    for and against the US-led attack on Iraq"): the attacker, however seldom named alone."""
    found: list[str] = []
    for doc, analysis in items:
        for sentence in opening_sentences(analysis):
            if "-led" not in sentence.text:
                continue
            inside = [m for m in analysis.mentions if sentence.start <= m.start < sentence.end]
            for m in inside:
                at = leads_attack_on(doc.text, m, sentence)
                leader = state_of(m) if at is not None else None
                if leader is None or leader in found or leader in sides:
                    continue
                target = next((o for o in inside if o.start == at), None)
                if target is not None and state_of(target) in sides:
                    found.append(leader)
    return found


# A state's forces the opening's attack fell on ("Seventeen American sailors killed", "a
# suicide bomber killed 58 French paratroopers"): its people in arms, not its tourists.
_FORCES_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:sailors|soldiers|troops|marines|servicemen|service\s+members|"
    r"paratroopers|peacekeepers|airmen|navy\s+ship|warship|destroyer)\b"
)
_HARMED = re.compile(r"\b(?:killed|killing|kills|dead|died|wounded|injured|attacked|hit)\b", re.I)


def forces_struck(items: Sequence[tuple[Document, Analysis]]) -> list[str]:
    """States whose forces the headline or lead tells killed or wounded ("Seventeen American
    sailors killed; Washington and Sanaa promise a joint inquiry"): in an attack story, the
    state attacked, a side however the rest of the text follows the inquiry."""
    found: list[str] = []
    for doc, analysis in items:
        for sentence in opening_sentences(analysis):
            if _HARMED.search(sentence.text) is None:
                continue
            for m in analysis.mentions:
                if not sentence.start <= m.start < sentence.end or m.type != "NORP":
                    continue
                state = state_of(m)
                if state is None or state in found:
                    continue
                if _FORCES_AFTER.match(doc.text, m.end, sentence.end):
                    found.append(state)
    return found


# Where the opening's dead fell: "were killed at Burgas airport", "the car bombing that killed
# 28 people in the market town of Omagh" (the place right after "in" or "at", a few words on).
_KILLED_THERE = re.compile(
    r"\b(?:killed|killing|kills|died|wounded|injured)\b[^.;:!?]{0,50}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:of\s+)?$",
    re.IGNORECASE,
)


def attack_scenes(items: Sequence[tuple[Document, Analysis]]) -> frozenset[str]:
    """States where the headline's or lead's dead fell ("Five Israeli tourists and their driver
    were killed at Burgas airport"): in an attack story, the state attacked on its own soil, no
    bystander that mourns, however little the opening sets it against anyone. A town counts for
    the state it lies in (`place_states`)."""
    found: set[str] = set()
    for doc, analysis in items:
        for sentence in opening_sentences(analysis):
            if _HARMED.search(sentence.text) is None:
                continue
            for m in analysis.mentions:
                if not sentence.start <= m.start < sentence.end or m.type not in ("GPE", "LOC"):
                    continue
                before = doc.text[max(sentence.start, m.start - 90) : m.start]
                if _KILLED_THERE.search(before) is None:
                    continue
                state = state_of(m) or state_of_place(m.canonical)
                if state is not None and is_state(state):
                    found.add(state)
    return frozenset(found)
