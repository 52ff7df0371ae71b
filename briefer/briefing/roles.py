"""What part one mention plays in its sentence: side, helper, place, topic, label or quote.

Each function reads the words around a single mention. A side of the story is the agent or
target of its events and stands near words of confrontation; a third party helps, mediates,
urges or comments ("Washington backs X", "thanked Kenya"); a place ("talks in Geneva"), a
topic ("a row over Taiwan"), a label ("NATO-led") or a quoted word is neither. `stats.collect`
tallies these cues per actor; `parties` weighs them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import ahocorasick

from briefer.analysis.gazetteer import is_territory
from briefer.analysis.model import Mention, Sentence
from briefer.analysis.prefilter import fold, gate, sieve_of
from briefer.analysis.reactions import (
    government_of,
    is_domestic_institution,
    is_state,
    is_title_gap,
    owner_state,
)

# A group name followed by the people it describes: "Hutu extremists", "Tutsi fighters".
#: How far back `ends_with_word` reads: the longest window a pattern it gates searches.
_TAIL_REACH = 80
# The last mention end read by `ends_with_word`: (text, end, tail, tail before a last 'the').
_last_tail: tuple[str, int, str, str] = ("", -1, "", "")


def ends_with_word(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text before `end` ends in white space after one of `words` (lower case),
    perhaps with 'the' between: a cheap necessary condition for a pattern that ends in one of
    those words, white space, an optional 'the' and white space at the end of a window that
    closes at `end` and reaches back at most `_TAIL_REACH` characters. Most mentions fail it
    and skip the pattern's search, which tries every place of the window. The tail is read once
    for the several patterns asked about one mention."""
    global _last_tail
    last = _last_tail
    if last[0] is not text or last[1] != end:
        tail = bare = ""
        if end > 0 and text[end - 1].isspace():
            tail = fold(text[max(0, end - _TAIL_REACH) : end].rstrip())
            if tail.endswith("the"):
                bare = tail[:-3].rstrip()
        last = _last_tail = (text, end, tail, bare)
    # (no tuple of words holds "", so an empty tail before a last 'the' ends in none of them)
    return last[2].endswith(words) or (last[3] != "" and last[3].endswith(words))


_DESCRIBED = re.compile(r"\s+[a-z]+(?<!ss)s\b(?!\s+(?:to|that|the|a|an|in|on)\b)")
# Analysts comment on a story; people of the street (a journalist, a lawyer, a student) may be
# in it too, arrested or elected, and are commentators only when quoted.
_ANALYSTS = (
    r"analyst|researcher|expert|specialist|professor|lecturer|scholar|academic|fellow|"
    r"economist|historian|commentator|consultant|observer|retired\s+(?:[a-z-]+\s+)?[a-z-]+"
)
_STREET = r"journalist|resident|student|shopkeeper|trader|farmer|witness|lawyer|activist"
_COMMENTATORS = r"(?:" + _ANALYSTS + "|" + _STREET + r")s?"
_STREET_WORD = re.compile(r"\b(?:" + _STREET + r")s?\b", re.IGNORECASE)
_ROLE_WORD = re.compile(r"\b" + _COMMENTATORS + r"\b", re.IGNORECASE)
_COMMENTATOR_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _COMMENTATORS + r"\b[^,.;]{0,80}",
    re.IGNORECASE,
)
_COMMENTATOR_BEFORE = re.compile(
    r"\b" + _COMMENTATORS + r"\s+(?:at\s+[^,.;]{0,60}?\s+)?$", re.IGNORECASE
)
#: The words `_LOCATIVE` may end in (its gate, `ends_with_word`).
_LOCATIVE_WORDS = (
    "in",
    "at",
    "near",
    "into",
    "across",
    "toward",
    "towards",
    "via",
    "through",
    "inside",
    "outside",
    "as",
    # "into north-east Syria", "into northern Iraq" (a region word after 'into').
    "north",
    "south",
    "east",
    "west",
    "ern",
    "with",  # "near the border with"
)
_LOCATIVE = re.compile(
    r"\b(?:(?:in|at|near|into|across|towards?|via|through|inside|outside|"
    r"as\s+far(?:\s+away)?\s+as)\s+(?:the\s+)?|"
    # "crashed near the border with Russia": the ground by a state's border, not the state.
    r"(?:near|along|on|at|across|close\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier)\s+"
    r"with\s+(?:the\s+)?|"
    # "pushed into north-east Syria", "an incursion into northern Iraq": a push into a part
    # of a country is ground, as a push into the country is (in a region stays the side's own
    # ground: "the war in eastern Congo").
    r"into\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)$",
    re.IGNORECASE,
)
# Wider places, for the Actors list: "in northern Syria", "from neighbouring Mali", "gas found
# off Cyprus", "where the borders of Thailand and Laos meet". A side's own ground still counts
# for it as a side ("the war in eastern Congo"), so these do not lower its weight.
_REGION_WORD = (
    r"(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western)"
)
# The words `_AROUND` may end in: a region word, 'off', 'of' (its gate's words).
_AROUND_WORDS = ("ern", "nearby", "ing", "central", "off", "of")
_AROUND = re.compile(
    r"\b(?:(?:in|at|near|into|across|inside|from)\s+(?:the\s+)?" + _REGION_WORD + r"|"
    r"(?<!cut\s)(?<!cuts\s)(?<!sealed\s)(?<!called\s)(?<!broke\s)off(?:\s+the)?|"
    r"(?:border|borders|frontier|coast|shores?)\s+of(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
# "asylum seekers from Syria": a place of origin; "diplomats from Chile": whom they speak for.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_OFFICIALS = re.compile(
    r"\b(?:diplomats|officials|envoys|ministers|delegations?|delegates|representatives|leaders|"
    r"governments|ambassadors|counterparts|observers|monitors|troops|forces|soldiers|"
    # "despite objections from Egypt", "pressure from Washington": whose act, not a place.
    r"objections?|opposition|protests?|complaints?|criticism|warnings?|threats?|pressure|"
    r"demands?|calls|appeals?|requests?|condemnation|support|backing)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "about 19,000 troops from Uganda, Burundi and Kenya": people counted by where they come
# from, not officials speaking for their states.
_COUNTED_FROM = re.compile(
    r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|police|officers|personnel|"
    r"peacekeepers|observers|monitors|experts|workers|people|refugees|migrants)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "in Syria, Somalia and Yemen": the rest of a list of places is places too.
_LIST_GOES_ON = re.compile(r",\s*(?-i:[A-Z])|,?\s+(?:and|or)\s+", re.IGNORECASE)
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$")
# "NATO-led", "NATO allies": an organisation named as a label for something else.
# "Ben Gurion airport", "Jinnah hospital": a place named after a person.
# "the Five Eyes network", "the Quad grouping", "Supreme Court rulings": the name labels a
# network or a decision, and does not act itself.
_MODIFIER_AFTER = re.compile(
    r"-\w|\s+(?:allies|ally|member|members|countries|states|(?:international\s+)?airport|"
    r"street|avenue|boulevard|square|stadium|bridge|hospital|mausoleum|network|grouping|"
    r"rulings?|"
    r"(?:[a-z]+\s+)?(?:body|agency|watchdog))\b"
)

# What role a party's mention plays. A third party helps, mediates or comments ("Washington backs
# X", "France sends warships", "thanked Kenya"); a side attacks, seizes, expels or is attacked.
_HELPS = (
    r"(?:backs|backed|backing|support(?:s|ed|ing)?|help(?:s|ed|ing)?|aid(?:s|ed|ing)|"
    r"assist(?:s|ed|ing)?|"
    r"offer(?:s|ed)?|pledg(?:e|es|ed)|welcom(?:e|es|ed)|urg(?:e|es|ed)|"
    r"vow(?:s|ed)?\s+(?:to\s+)?(?:support|back|help|aid|solidarity|stand\s+by)|"
    r"press(?:es|ed)?|call(?:s|ed)?\s+(?:on|for)|mediat(?:e|es|ed)|"
    r"prais(?:e|es|ed)|hail(?:s|ed)?|grant(?:s|ed)?|host(?:s|ed)?|invit(?:e|es|ed)|"
    r"broker(?:s|ed)?|facilitat(?:e|es|ed)|conven(?:e|es|ed)|evacuat(?:e|es|ed)|"
    r"donat(?:e|es|ed)|fund(?:s|ed)?|"
    r"(?:stand|stands|stood)\s+(?:by|with)|tak(?:e|es)\s+sides|took\s+sides|"
    r"(?:express|expresses|expressed|voice|voices|voiced)\s+(?:\w+\s+)?(?:concern|support|"
    r"solidarity|alarm)|moved\s+to\s+(?:ease|help)|"
    r"(?:send|sends|sent|sending)\s+(?:\w+\s+){0,3}?(?:aid|warships|ships?|vessels|jets|coal|fuel|"
    r"food|funding|equipment|personnel|observers|envoys?|supplies|relief|weapons|arms|"
    r"ammunition|teams?|experts|specialists|rescuers|doctors|medics|engineers|tents)|"
    # "sent planes to evacuate 5,000 workers": a bystander bringing its people home.
    r"(?:send|sends|sent|sending)\s+(?:\w+\s+){0,2}?(?:planes?|aircraft|flights|ships?)\s+to\s+"
    r"(?:evacuate|bring|fly|rescue|repatriate)|"
    # "Iran will keep arming Hamas", "supplied weapons to": a patron's part, not a side's.
    r"arm(?:s|ed|ing)\s+(?:the\s+)?(?-i:[A-Z])\w*|train(?:s|ed|ing)\s+(?:its|their|the)\s+|"
    r"(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:weapons|arms|"
    r"ammunition|aid|fuel|food))\b"
)
# The mention, its people ("Kenyan police", "Spain's foreign minister"), then auxiliaries or
# adverbs before the helping verb: the mention is its subject.
_HELPER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|officials|president|"
    r"minister|ministry|leaders?|police|officers|troops|forces|military|navy|embassy|envoy|"
    r"diplomats|delegation|importers|companies)|"
    # "Agents of the US Federal Bureau of Investigation are helping": its body, by name.
    r"\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w.'’-]*){0,5})?"
    # "Saudi Arabia and the United States hosted talks": helpers named together.
    r"(?:,?\s+(?:and|,)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})*"
    r"\s+(?:(?:said|says|say)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?"
    r"(?:(?:has|have|had|is|are|was|were|will|would|also|quickly|later|then|now|again|keep|"
    r"keeps|continues?\s+to)\s+)*" + _HELPS,
)
# "Congo's government accused neighbouring Rwanda of sending troops", "Kyiv blamed Moscow": a
# speaker accusing another party is one side of a quarrel, though the words are its own.
_ACCUSES_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|officials|president|"
    r"minister|ministry|leaders?|army|military))?"
    r"\s+(?:(?:has|have|had|also|again|on\s+\w+)\s+)*"
    r"(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+(?:\w+\s+)?(?-i:[A-Z])"
)


# "Russia and Ukraine blamed each other", "Thai and Cambodian troops traded fire", "X and Y
# exchange accusations": two parties whose quarrel is with one another, both sides of it.
_PARTY_AND_ITS = r"(?:['’]s)?(?:\s+(?-i:[a-z])[a-z-]*){0,2}?"
_RECIPROCAL_AFTER = re.compile(
    _PARTY_AND_ITS + r"(?:,?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}" + _PARTY_AND_ITS + r")?"
    r"\s+(?:(?:have|has|had|again|also|on\s+\w+)\s+)*"
    r"(?:(?:accus|blam)\w*\s+(?:each\s+other|one\s+another)|"
    r"(?:trad|exchang)\w*\s+(?:\w+\s+)?(?:accusations|blame|fire|barbs|threats|strikes|"
    r"attacks|insults|recriminations))\b",
    re.IGNORECASE,
)


# The sentence `reciprocal` read last (with its text), and the last place in it where one of
# the words its pattern needs begins: read once per sentence, not once per mention.
_last_needed: tuple[str, Sentence | None, int] = ("", None, -1)


def reciprocal(text: str, m: Mention, sentence: Sentence) -> bool:
    """One of two parties whose quarrel is with each other ("Russia and Ukraine blamed each
    other for the shelling", "Thai and Cambodian troops traded fire")."""
    # (a plain look for the words it needs first: cheaper than a sieve on a short reach)
    global _last_needed
    end = sentence.end
    if m.end >= sentence.start:
        # One of the words lies between the mention's end and the sentence's end exactly when
        # the last of them in the sentence begins at or after the mention's end.
        last = _last_needed
        if last[1] is not sentence or last[0] is not text:
            start = sentence.start
            needed = max(
                text.rfind("other", start, end),
                text.rfind("trad", start, end),
                text.rfind("exchang", start, end),
            )
            last = _last_needed = (text, sentence, needed)
        if last[2] < m.end:
            return False
    elif (
        text.find("other", m.end, end) < 0
        and text.find("trad", m.end, end) < 0
        and text.find("exchang", m.end, end) < 0
    ):
        return False
    return _RECIPROCAL_AFTER.match(text, m.end, sentence.end) is not None


def accuses(text: str, m: Mention, sentence: Sentence) -> bool:
    """A speaker accusing or blaming a named party ("Congo's government accused neighbouring
    Rwanda of ..."), quarrelling with one ("X and Y blamed each other") or answering an act
    against itself in kind ("Belarus said it would retaliate"): a side's part in the quarrel,
    though it speaks."""
    return (
        _ACCUSES_AFTER.match(text, m.end, sentence.end) is not None
        or reciprocal(text, m, sentence)
        or retaliates(text, m, sentence)
    )


# "Minsk would retaliate", "respond in kind", "tit-for-tat expulsions", "mirror measures": an
# answer to an act against the speaker itself.
# (Not "China's retaliatory action", the speaker condemning another's answer.)
_RETALIATION = re.compile(
    r"\b(?:retaliat(?:e|es|ed|ing)|in\s+retaliation|(?:take|takes|took|taking)\s+retaliatory|"
    r"(?:respond\w*|react\w*|repl(?:y|ied|ies))\s+in\s+kind|tit-for-tat|"
    r"reciprocal\s+(?:measures?|steps?|expulsions?|response)|mirror\s+(?:measures?|response|steps?))\b",
    re.IGNORECASE,
)
# "urged Iran not to retaliate", "warned against retaliation": others' answer, not its own.
_RESTRAINT_BEFORE = re.compile(
    r"\b(?:not\s+to|against|refrain\w*\s+from|avoid\w*|without|no)\s+(?:any\s+)?$", re.IGNORECASE
)


def answers_in_kind(text: str) -> bool:
    """Whether a text holds words of an answer in kind (a cheap test before `retaliates`)."""
    # (the words every match holds, read from the pattern itself by its prefilter gate)
    if not gate(_RETALIATION).may_match(fold(text)):
        return False
    return _RETALIATION.search(text) is not None


def retaliates(text: str, m: Mention, sentence: Sentence) -> bool:
    """A speaker announcing its answer in kind to an act against it ("Belarus's foreign
    ministry called the expulsion a provocation and said Minsk would retaliate in kind"): the
    one acted against, a side. Not one urging others to refrain ("urged both not to
    retaliate")."""
    if not _may_hold_in_document(_RETALIATION, text, m.end, sentence.end):
        return False
    found = _RETALIATION.search(text, m.end, sentence.end)
    if found is None:
        return False
    return _RESTRAINT_BEFORE.search(text, max(m.end, found.start() - 24), found.start()) is None


# The people a third party sends between the sides.
_GO_BETWEEN_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+and\s+[A-Z][\w-]*)?\s+(?:mediators?|peacekeepers|observers|monitors|"
    r"donors|aid\s+workers|facilitators|guarantors)\b"
)
_HELPED_WORDS = ("thank", "thanks", "thanked", "from", "of", "by", "and", ",")  # its gate's
_HELPED_BEFORE = re.compile(
    r"\b(?:thank(?:s|ed)?|help\s+from|aid\s+from|support\s+from|backing\s+(?:of|from)|"
    r"mediation\s+(?:of|by)|(?:drafted|brokered|sponsored|mediated|hosted|convened)\s+by)"
    # "a deal brokered by Russia and Turkey": the rest of the list helps too.
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:,\s*|,?\s+and\s+)"
    r"(?:the\s+)?){0,3}$",
    re.IGNORECASE,
)
# "a row over Taiwan", "talks about X": what the story is about, not who takes part.
_TOPIC_WORDS = ("over", "about", "regarding", "concerning")  # its gate's words
_TOPIC_BEFORE = re.compile(r"\b(?:over|about|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)
#: Words of confrontation near a mention: the sides of a dispute or a war are their agents and
#: targets ("struck Hezbollah positions", "broke away from Moldova", "trade fire").
CLASH = re.compile(
    r"\b(?:wars?|fight\w*|fought|clash\w*|attack\w*|strik(?:e|es|ing)|struck|fir(?:e|es|ed|ing)|"
    r"shell\w*|seiz\w*|captur\w*|invad\w*|invasion|occup\w*|offensive|advanc\w*|siege|"
    r"besieg\w*|troops|soldiers|forces|army|military|missiles?|drills|rebel\w*|blam\w*|"
    r"accus\w*|disput\w*|row|standoff|tensions?|sanction\w*|retaliat\w*|expel\w*|recall\w*|"
    r"downgrad\w*|sever\w*|cut\s+(?:off|ties)|cuts\s+(?:off|ties)|broke\s+(?:off|away)|"
    r"breaks\s+off|breakaway|block\w*|bans?|banned|bar(?:s|red)|halt\w*|clos(?:e|es|ed)|"
    r"shut\w*|raid\w*|storm\w*|coercion|hostil\w*|violat\w*|separatis\w*|withdr[ae]w\w*|"
    r"objections?|object(?:s|ed)\s+to)\b",
    re.IGNORECASE,
)
_CLASH_REACH = 60  # characters either side of the mention
# An organisation described as fighting ("M23 rebels", "the paramilitary RSF", "Hezbollah
# positions"): an armed group, a side like a state, never a body that merely comments.
# "separatists of the self-proclaimed Donetsk People's Republic", "gunmen from X": the group's
# people by what they do; "the self-declared X", "the breakaway X": a body proclaimed against
# its state's will.
_ARMED_BEFORE = re.compile(
    r"\b(?:(?:paramilitary|rebel|rebels|militant|militants|armed|insurgent|separatist|jihadist|"
    r"militia|guerrilla|gang|gangs)\s+(?:group\s+)?(?:the\s+)?|"
    r"(?:fighters|rebels|separatists|militants|insurgents|gunmen|guerrillas|jihadists)\s+"
    r"(?:of|from|loyal\s+to)\s+(?:the\s+)?(?:self-(?:proclaimed|declared|styled)\s+)?|"
    r"(?:the\s+)?(?:self-(?:proclaimed|declared|styled)|breakaway)\s+)$",
    re.IGNORECASE,
)
# "The Islamic State group has claimed responsibility for the attack": who claims an attack made it.
_ATTACK_WORD = r"(?:attacks?|bombings?|assault|raids?|ambush|killings?|massacre|suicide\s+\w+)"
# What stands between the group's name and its claim ("X group has quickly claimed"), and the
# claim itself; together the claim in the group's own words, the armed-group cue's too.
_CLAIMER = (
    r"(?:\s+(?:(?:militant|armed|jihadist|extremist|terrorist|islamist|insurgent|rebel)\s+)?"
    r"group)?\s+(?:(?:has|have|had|also|quickly|later|swiftly|on\s+\w+)\s+)*"
)
_CLAIM_VERB = (
    r"claim(?:s|ed|ing)?\s+(?:(?:responsibility|credit)(?:\s+for|(?=\s*(?:[.;:]|$)))|"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?" + _ATTACK_WORD + r")"
)
_OWN_CLAIM = _CLAIMER + _CLAIM_VERB
# ("said it had carried out the bombing", ", which claimed the attacks": the same claim, of the
# story's own attack, "the", not of some earlier one: "ISWAP, which claimed a raid in 2020".)
_CLAIM = (
    r"(?:" + _CLAIMER + r"(?:" + _CLAIM_VERB + r"|"
    r"said\s+(?:[\w-]+\s+){0,5}?(?:that\s+)?it\s+(?:had\s+)?(?:carried\s+out|was\s+behind|"
    r"was\s+responsible\s+for|staged|launched)\s+(?:the\s+|both\s+|(?:two|three|four|five)\s+)"
    r"(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r")"
    r"|,\s+which\s+(?:has\s+|had\s+)?claimed\s+(?:responsibility\s+for\s+)?the\s+"
    r"(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r")"
)
# (after an apposition: "The X Battalion, Y's group, said in a statement that it had carried out
# the attack")
_CLAIM_AFTER = re.compile(r"(?:,\s+[^,.;:]{1,60},)?" + _CLAIM + r"\b", re.IGNORECASE)
# The claim told of the group just named ("no links with the Islamic State, even though the
# group claimed the attack", "X, and the group later claimed the bombing").
_GROUP_CLAIMED_AFTER = re.compile(
    r",?\s+(?:even\s+though|although|though|but|and|while|after|as)\s+(?:the\s+group|it)\s+"
    r"(?:(?:has|had|later|quickly|swiftly|also)\s+)*claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r"\b",
    re.IGNORECASE,
)
# The attackers named as the group's people ("the six attackers ... belonged to X", "the
# bombers were members of X", "militants ... who acted in the name of X").
_AUTHORS_OF_BEFORE = re.compile(
    r"\b(?:attackers|gunm[ae]n|bombers?|assailants|hostage-takers|perpetrators|militants|"
    r"killers|cell)\b(?:(?!\b(?:victims?|hostages|whom|whose)\b)[^.;]){0,120}?\b"
    r"(?:belong(?:ed|s)?\s+to|(?:were|was|are)\s+(?:all\s+)?"
    r"members\s+of|act(?:ed|ing)?\s+in\s+the\s+name\s+of|on\s+behalf\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The attack was claimed by X", "responsibility was claimed by X": the claim told passively.
_CLAIMED_BY_BEFORE = re.compile(
    r"\b(?:attacks?|bombings?|assault|raids?|ambush|killings?|massacre|responsibility|siege)\s+"
    r"(?:(?:has|have|had|was|were|been|later|quickly|swiftly)\s+)*claimed\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def claims_attack(text: str, m: Mention, sentence: Sentence) -> bool:
    """A group named as claiming an attack ("On Tuesday the Islamic State group claimed the
    attacks through its Amaq news agency", "the attack was claimed by X"): the attack's author,
    though the claim is its word."""
    return (
        _CLAIM_AFTER.match(text, m.end, sentence.end) is not None
        or _GROUP_CLAIMED_AFTER.match(text, m.end, sentence.end) is not None
        or (
            text.endswith(("by ", "by the "), max(0, m.start - 7), m.start)
            and _CLAIMED_BY_BEFORE.search(text, max(sentence.start, m.start - 80), m.start)
            is not None
        )
    )


# The attack told in the passive with its author ("the bombings were blamed on X", "an attack
# carried out by X", "the massacre was the work of X").
_AUTHOR_PASSIVE_BEFORE = re.compile(
    r"\b" + _ATTACK_WORD + r"\s+(?:(?:was|were|had|has|have|been|later|widely|quickly|"
    r"officially|swiftly)\s+)*(?:blamed\s+on|carried\s+out\s+by|staged\s+by|perpetrated\s+by|"
    r"(?:the\s+)?work\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def named_as_authors(text: str, m: Mention, sentence: Sentence) -> bool:
    """A group the attackers are said to belong to or act for ("the six attackers killed by
    commandos belonged to X, a banned domestic group", "militants who acted in the name of
    X"): the attack's author as the text names it."""
    lo = max(sentence.start, m.start - 200)
    return (
        _AUTHORS_OF_BEFORE.search(text, lo, m.start) is not None
        or _AUTHOR_PASSIVE_BEFORE.search(text, max(lo, m.start - 100), m.start) is not None
    )


# "blamed a little-known domestic Islamist group, National Thowheed Jamath, for the suicide
# bombings", "accused the RSF of carrying out the attack": the attack's author as the text
# names it (a state so charged is an accused third party, read elsewhere).
_CHARGED_BEFORE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:(?:group|movement|militia|network|cell|organi[sz]ation),\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
_ATTACK_NOUN = (
    r"(?:attacks?|bombings?|blasts?|explosions?|killings?|massacre|assault|raids?|shootings?|"
    r"ambush)"
)
_CHARGED_AFTER = re.compile(
    r"(?:,)?\s+(?:for|of)\s+(?:(?:carrying\s+out|staging|launching|being\s+behind|"
    r"the|a|an|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+)*"
    r"(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN + r"\b",
    re.IGNORECASE,
)


def charged_with_attack(text: str, m: Mention, sentence: Sentence) -> bool:
    """A party the text blames or accuses of the attack it tells of ("the government blamed a
    little-known domestic Islamist group, National Thowheed Jamath, for the suicide bombings")."""
    lo = max(sentence.start, m.start - 90)
    if "blam" not in text[lo : m.start] and "accus" not in text[lo : m.start]:
        return False
    return (
        _CHARGED_BEFORE.search(text, lo, m.start) is not None
        and _CHARGED_AFTER.match(text, m.end, sentence.end) is not None
    )


# "Houthi-held", "rebel-controlled" only with the hyphen: "the Council held a meeting" is no hold.
_ARMED_AFTER = re.compile(
    r"^(?:['’]s)?(?:(?:\s+|-)(?:rebels?|rebel\s+group|fighters|militias?|militants?|insurgents?|"
    r"guerrillas?|gunmen|gangs?|positions|targets|strongholds?|military|forces|"
    r"paramilitar\w*|armed\s+wing|commanders?)|-(?:controlled|held)|" + _OWN_CLAIM + r"|"
    # "Al-Shabaab, an al-Qaeda-linked militant group,", "M23, a Tutsi-led rebel movement,",
    # "X, the rebels' political wing,".
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:rebel|militant|armed|insurgent|jihadist|"
    r"paramilitary|separatist|guerrilla|terrorist|criminal)s?['’]?\s+(?:(?:political|armed|"
    r"military)\s+)?(?:group|movement|force|militia|faction|alliance|organi[sz]ation|gang|"
    r"network|coalition|wing|arm|front|army)|"
    # "X, which has waged an insurgency in the north since 2015": described by its war.
    r",\s+(?:which|that)\s+(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:waged|fought|led|"
    r"launched|been\s+fighting|been\s+waging)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:insurgency|rebellion|uprising|armed\s+struggle|guerrilla\s+war|civil\s+war|"
    r"separatist\s+war|war\s+against))\b",
    re.IGNORECASE,
)
# A region that has broken away ("the breakaway region", "broke away from Moldova") has its own
# authorities: a side of a story about it, unlike an ordinary province or town.
_BREAKAWAY = re.compile(
    r"\b(?:breakaway|broke\s+away|separatist|self-proclaimed|self-declared|de\s+facto|"
    r"unrecogni[sz]ed|secession\w*)\b",
    re.IGNORECASE,
)


def commentary_end(text: str, m: Mention) -> int | None:
    """Where the words describing a person as a commentator end, or None if they are none:
    bodies named before that end are where they work ("Jane Doe, an analyst at the Crisis
    Group, said"); a description before the name ("analyst Jane Doe") ends at its start."""
    if m.type != "PERSON":
        return None
    after = _COMMENTATOR_AFTER.match(text, m.end)
    if after is not None:
        return after.end()
    lo = max(0, m.start - 40)
    if _may_hold_in_document(_COMMENTATOR_BEFORE, text, lo, m.start) and (
        _COMMENTATOR_BEFORE.search(text, lo, m.start)
    ):
        return m.start
    return None


def street_voice(text: str, m: Mention) -> bool:
    """A person described as one of the people of the street ("Jane Doe, a student", "lawyer
    Jane Doe"), who may be in the story as well as comment on it."""
    after = _COMMENTATOR_AFTER.match(text, m.end)
    if after is not None:
        role = _ROLE_WORD.search(after.group())  # the first role word of the description
        return role is not None and _STREET_WORD.fullmatch(role.group()) is not None
    lo = max(0, m.start - 40)
    if not _may_hold_in_document(_COMMENTATOR_BEFORE, text, lo, m.start):
        return False
    before = _COMMENTATOR_BEFORE.search(text, lo, m.start)
    return before is not None and _STREET_WORD.match(before.group()) is not None


# "the Biden administration", "the Trump era": a leader's name labelling a government or a time.
_PERSON_LABEL_AFTER = re.compile(r"\s+(?:administration|era)\b")


def is_modifier(text: str, m: Mention) -> bool:
    """A name used as a label for something else ("NATO-led", "NATO allies", "the Biden
    administration")."""
    if m.type == "PERSON" and _PERSON_LABEL_AFTER.match(text, m.end):
        return True
    if _MEMBERS_ACT_AFTER.match(text, m.end):
        return False  # "NATO allies issued a statement": the bloc's members act as one
    return _MODIFIER_AFTER.match(text, m.end) is not None


# "Asean members have long worried", "the G5 Sahel countries said": the members as the subject.
_MEMBERS_ACT_AFTER = re.compile(
    r"\s+(?:members|allies|countries|states)\s+(?:(?:have|has|had|also|jointly|long)\s+)*"
    r"(?:said|say|says|issued|issue|agreed|warned|urged|called|worried|welcomed|condemned|"
    r"voiced|expressed)\b"
)


def is_described(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A name describing the people that follow ("Hutu extremists", "Rohingya Muslims")."""
    return _DESCRIBED.match(text, m.end) is not None or (
        nxt is not None and nxt.type == "NORP" and nxt.start == m.end + 1
    )


def is_located(
    text: str, m: Mention, prev: Mention | None, located_at: set[int], filed: bool
) -> bool:
    """Whether a mention names a place ("talks in Geneva", "migrants from Laos", a dateline, or
    the rest of a list of places begun by one)."""
    gap = text[prev.end : m.start] if prev is not None else ""
    listed = (
        prev is not None
        and prev.start in located_at
        and is_state(prev.canonical)
        and _LIST_GAP.match(gap) is not None
        and (" and " in gap or " or " in gap or _LIST_GOES_ON.match(text, m.end) is not None)
    )
    return bool(
        filed
        or listed
        or (
            ends_with_word(text, m.start, _LOCATIVE_WORDS)
            and _LOCATIVE.search(text, max(0, m.start - 32), m.start)
        )
        or (
            ends_with_word(text, m.start, ("from",))
            and _FROM.search(text, max(0, m.start - 8), m.start)
            and (
                not _FROM_OFFICIALS.search(text, max(0, m.start - 40), m.start)
                or _COUNTED_FROM.search(text, max(0, m.start - 60), m.start) is not None
            )
        )
    )


# "Russia's invasion of Ukraine", "sanctions on Belarus", "a counterweight to China", "remarks
# concerning Lebanon": a state named as what something is done to or about, a topic.
# "closer ties with Moscow", "the dialogue with Kosovo", "trade with Iran", "cooperation between
# North Korea and Russia": a state named as the other end of a standing relation, a topic.
_RELATION_NOUN = (
    r"(?:ties|relations|relationship|dialogue|trade|cooperation|links|contacts|rapprochement|"
    r"partnership|normali[sz]ation)"
)
_TOPIC_OBJECT_WORDS = ("on", "to", "for", "concerning", "ed", "of")  # its gate's words
_TOPIC_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:on|to|for|concerning|(?-i:[a-z]{3,}ed))|"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How a window before a relation's other end must end (a cheap test before the pattern).
_RELATION_ENDS = ("with ", "with the ", "between ", "between the ", "and ", "and the ")
_RELATION_OBJECT_BEFORE = re.compile(
    r"\b" + _RELATION_NOUN + r"\s+(?:with|between|between\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_topic_object(text: str, m: Mention, prev: Mention | None, topical_at: set[int]) -> bool:
    """A mention as the object of a preposition of topic or target ("the invasion of Ukraine",
    "sanctions on Belarus", "ships linked to Israel"), or the rest of a list begun by one."""
    lo = max(0, m.start - 48)
    if ends_with_word(text, m.start, _TOPIC_OBJECT_WORDS) and _TOPIC_OBJECT_BEFORE.search(
        text, lo, m.start
    ):
        return True
    window = text[lo : m.start]
    if window.endswith(_RELATION_ENDS) and _RELATION_OBJECT_BEFORE.search(window):
        return True
    return (
        prev is not None
        and prev.start in topical_at
        and _LIST_GAP.match(text[prev.end : m.start]) is not None
    )


def is_around(text: str, m: Mention) -> bool:
    """A mention naming ground around the story, beyond `is_located`: a region of a country
    ("in northern Syria"), a coast ("off Cyprus"), a border ("the borders of Laos")."""
    lo = max(0, m.start - 40)
    return (
        ends_with_word(text, m.start, _AROUND_WORDS)
        and _AROUND.search(text, lo, m.start) is not None
    )


# "Hong Kong and Macau restricted imports", "Karakalpakstan's status", "the federal member states
# of Puntland and Jubaland": a region with its own government named as the one who acts or holds.
_GOVERNS_AFTER = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"(?:['’]s\s|,\s+which\s|\s+(?:has|have|had|is|are|was|were|will|would|said|says|"
    r"[a-z]+ed)\b)"
)
_GOVERNED_BEFORE = re.compile(
    r"\b(?:states|leaders?|governments?|authorities|presidents?|administrations?|"
    r"parliaments?)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
# "attacks on Gaza", "the island of Corsica", "including New Caledonia": ground, not a government.
_GROUND_WORDS = ("on", "onto", "including", "of")  # its gate's words
_GROUND_BEFORE = re.compile(
    r"\b(?:on|onto|including|islands?\s+of|territory\s+of|region\s+of|province\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def is_governing(text: str, m: Mention) -> bool:
    """A region named as the one who acts or holds something ("Hong Kong and Macau restricted
    imports", "Karakalpakstan's status"), or as the body its leaders lead ("the member states
    of Puntland and Jubaland"): its own government, not ground."""
    lo = max(0, m.start - 60)
    if _may_hold_in_document(_GOVERNED_BEFORE, text, lo, m.start) and _GOVERNED_BEFORE.search(
        text, lo, m.start
    ):
        return True
    lo = max(0, m.start - 24)
    if ends_with_word(text, m.start, _GROUND_WORDS) and _GROUND_BEFORE.search(text, lo, m.start):
        return False
    return _GOVERNS_AFTER.match(text, m.end) is not None


def as_place(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A mention that names ground rather than a party acting, beyond `is_located`: the home
    of a group, a destination, a part of a country, a city taken or held."""
    return (
        _group_home(text, m, nxt)
        or (
            ends_with_word(text, m.start, ("to",))
            and _DESTINATION.search(text, max(0, m.start - 30), m.start) is not None
        )
        or _PART_OF_COUNTRY.match(text, m.end) is not None
        or (
            not is_state(m.canonical)
            and _may_hold_in_document(_TAKEN, text, max(0, m.start - 30), m.start)
            and _TAKEN.search(text, max(0, m.start - 30), m.start) is not None
        )
    )


def _group_home(text: str, m: Mention, nxt: Mention | None) -> bool:
    """A state named as the home of a group that is not one of its institutions ("Yemen's
    Houthi movement", "Lebanon's Hezbollah"): where the group is, a place."""
    return (
        nxt is not None
        and nxt.type == "ORG"
        and is_state(m.canonical)
        and _POSSESSIVE_GAP.match(text[m.end : nxt.start]) is not None
        and owner_state(nxt.canonical) is None
        and not is_domestic_institution(nxt.canonical)
    )


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


# Verbs of asking a body to act: the one asked is a third party the sides turn to.
_REQUEST_VERBS = (
    r"(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|"
    r"invit(?:e|es|ed|ing)|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|thank(?:s|ed|ing)?|"
    r"brief(?:s|ed|ing)?|tell(?:s|ing)?|told|meet(?:s|ing)?|met|press(?:es|ed|ing)?)"
)
_ASKED_BEFORE = re.compile(r"\b" + _REQUEST_VERBS + r"\s+(?:the\s+)?$", re.IGNORECASE)


_FOR_HELP_AFTER = re.compile(
    r"\s+for\s+(?:\w+\s+)?(?:help|aid|assistance|support|loans?|funding)\b"
)


def _helping(text: str, m: Mention, sentence: Sentence) -> bool:
    """A mention as the one who helps, backs, urges or mediates ("Washington backs González",
    "France sends warships", "thanked Kenya"): a third party's part, not a side's."""
    lo = max(sentence.start, m.start - 64)
    if ends_with_word(text, m.start, _HELPED_WORDS) and _HELPED_BEFORE.search(text, lo, m.start):
        return True
    asked_from = max(sentence.start, m.start - 30)
    if (
        (m.type == "ORG" or _FOR_HELP_AFTER.match(text, m.end, sentence.end))
        and _may_hold_in_document(_ASKED_BEFORE, text, asked_from, m.start)
        and _ASKED_BEFORE.search(text, asked_from, m.start)
    ):
        # "asked the UN Security Council to send a mission": a body turned to; "asked France
        # for help": a state turned to for help (a state urged by the other side stays one).
        return True
    if _GO_BETWEEN_AFTER.match(text, m.end, sentence.end):
        return True  # "Egyptian and American mediators", "UN peacekeepers"
    return _HELPER_AFTER.match(text, m.end, sentence.end) is not None


# "Qatari mediators", "Kuwait, which mediated throughout the dispute", "brokered by the EU",
# "Berlin has led mediation efforts": a party the text makes a go-between.
_MEDIATOR_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z-]+){0,2}?\s+(?:mediators?|mediation|facilitators?)\b|"
    r",\s+(?:which|who)\s+(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:mediat\w*|broker\w*)|"
    r"\s+(?:(?:has|had|have|also|will|would)\s+)*(?:mediat\w*|broker\w*)\b",
    re.IGNORECASE,
)
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediation\s+(?:of|by)|(?:mediated|brokered)\s+by)\s+(?:the\s+)?$", re.IGNORECASE
)


# "KFOR, the NATO-led peacekeeping force", "UN peacekeepers", "the peacekeeping mission MONUSCO":
# a force between the sides, not one of them, however near the fighting.
_PEACEKEEPING_AFTER = re.compile(
    r"(?:['’]s)?(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?|\s+)peace-?keep\w*", re.IGNORECASE
)
_PEACEKEEPING_BEFORE = re.compile(
    r"\bpeace-?keeping\s+(?:force|mission|operation)\s+(?:the\s+)?$", re.IGNORECASE
)


def is_mediator(text: str, m: Mention) -> bool:
    """A party named as the go-between of the story ("Qatari mediators", "Kuwait, which
    mediated throughout the dispute", "a deal brokered by the EU") or as the peacekeepers
    between the sides ("KFOR, the NATO-led peacekeeping force"): a third party."""
    return bool(
        _MEDIATOR_AFTER.match(text, m.end)
        or (
            ends_with_word(text, m.start, ("of", "by"))
            and _MEDIATOR_BEFORE.search(text, max(0, m.start - 30), m.start)
        )
        or _PEACEKEEPING_AFTER.match(text, m.end, m.end + 60)
        or (
            ends_with_word(text, m.start, ("force", "mission", "operation"))
            and _PEACEKEEPING_BEFORE.search(text, max(0, m.start - 32), m.start)
        )
    )


def _quoted(text: str, m: Mention) -> bool:
    """A name quoted as a word (the name "Taiwanese"): talked about, not acting."""
    return text[m.start - 1 : m.start] in _QUOTES and text[m.end : m.end + 1] in _QUOTES


_QUOTES = frozenset('"“”«»')


# "a Russian-led alliance", "Iran-backed militias" (and "pro-Russian separatists", "anti-French
# protests", read before the name): the name labels who acts, it does not act.
_LABEL_AFTER = re.compile(
    r"-(?:led|backed|allied|aligned|based|made|built|funded|supplied|brokered|sponsored|"
    r"friendly|leaning)\b",
    re.IGNORECASE,
)


# "the Gulf of Mexico", "the Bay of Bengal", "the Sea of Japan": a state's name inside the name
# of a sea or a coast names the water, not the state.
_FEATURE_OF = re.compile(
    r"\b(?:Gulf|Bay|Sea|Straits?|Bight|Cape|Isthmus|Horn|Coast)\s+of\s+(?:the\s+)?$"
)


def _bare_heading(m: Mention, sentence: Sentence) -> bool:
    """A heading that is nothing but the name ("Russia" over a round-up's paragraph of Moscow's
    words): the label of a section, not the party acting."""
    return sentence.end - sentence.start <= len(m.surface) + 2 and (
        sentence.text.strip(" .:-–—") == m.surface
    )


def in_place_name(text: str, m: Mention) -> bool:
    """A name that is the tail of a sea's or a coast's name ("oil gushing into the Gulf of
    Mexico"): no party, nor even its ground."""
    return text.endswith(("of ", "of the "), max(0, m.start - 7), m.start) and (
        _FEATURE_OF.search(text, max(0, m.start - 20), m.start) is not None
    )


def mention_weight(text: str, m: Mention, sentence: Sentence, located: bool) -> float:
    """How much one narrative mention says the actor is a side of the story."""
    if (
        _quoted(text, m)
        or _helping(text, m, sentence)
        or in_place_name(text, m)
        or _bare_heading(m, sentence)
    ):
        return 0.0
    if (
        located
        or (
            ends_with_word(text, m.start, _TOPIC_WORDS)
            and _TOPIC_BEFORE.search(text, max(sentence.start, m.start - 16), m.start)
        )
        or _LABEL_AFTER.match(text, m.end)
        or text[max(0, m.start - 5) : m.start].lower().endswith(("pro-", "anti-"))
        or names_the_act(text, m)
        or (
            m.type == "NORP"
            and (_BUSINESS_AFTER.match(text, m.end) or _TEAM_AFTER.match(text, m.end)) is not None
        )
        or (
            names_group(text, m)
            and _COUNTED.search(text, max(0, m.start - 16), m.start) is not None
        )
        or (
            m.type == "NORP"
            and _AGAINST_ITS_STATE_AFTER.match(text, m.end) is not None
            and is_state(government_of(m.canonical) or m.canonical)
        )
    ):
        return 0.5
    return 1.0


# "the Japanese owner of a bulk carrier", "a Dutch salvage company": a people's name before a
# business names where the business is from, not the state acting (a state-owned one is read
# through its owner, `owner_state`).
_BUSINESS_AFTER = re.compile(
    r"\s+(?:(?!state\b|state-|national\b|government\b)[a-z][a-z-]*\s+){0,2}?(?:owners?|"
    r"shipowners?|operators?|company|companies|firms?|carriers?|insurers?|contractors?|"
    r"investors?|manufacturers?|makers?|conglomerates?|shipping\s+lines?|businesses|"
    r"businessman|businesswoman|tycoon|"
    # "20 Thai farm workers were among the hostages": a state's nationals caught up in others'
    # fight, not the state acting.
    r"workers|nationals|citizens|tourists|hostages|captives|students|pilgrims|expatriates|"
    r"sailors|seafarers|crew\s+members|passengers|aid\s+workers|journalists|"
    # "handed the recorders to Malaysian experts", "Turkish rescuers": a state's specialists
    # sent to an accident or a crisis, helpers, not the state's part in it.
    r"experts|specialists|rescuers|investigators|inspectors)\b"
)
# "to a Malaysian team", "a Dutch forensic team" (not "the Ukrainian negotiating team", a
# side's own).
_TEAM_AFTER = re.compile(
    r"\s+(?:(?:forensic|rescue|salvage|medical|search|technical|recovery)\s+)?teams?\b"
)
# "193 Dutch citizens, 43 Malaysians and 27 Australians": people counted by nationality.
_COUNTED = re.compile(r"\b\d[\d,.]*\s+$")
# "allied Syrian rebels", "Syrian refugees now living in Turkey": a state's people fighting it
# or fled from it, not the state acting (a people with no state of its own, "Houthi rebels",
# is the group itself).
_AGAINST_ITS_STATE_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:rebels|insurgents|separatists|dissidents|exiles|refugees|"
    r"asylum\s+seekers)\b"
)


def names_the_act(text: str, m: Mention) -> bool:
    """A place's name labelling an act or a thing ("Israel widens Gaza offensive", "the WTO
    dispute"): where or what, not who. A people's name before it names the doer ("the Israeli
    offensive") and is left alone."""
    return m.type != "NORP" and _PROCEDURE_AFTER.match(text, m.end) is not None


def is_active(text: str, m: Mention, sentence: Sentence, located: bool) -> bool:
    """A headline or lead mention as an agent or target, not a place, topic or helper."""
    return mention_weight(text, m, sentence, located) == 1.0


# Per pattern: an automaton of its gate's literals (False if it has no gate), the last folded
# text read, and the places of the literals in it: their ends in order, and the greatest start
# of the literals up to each (a literal lies inside a window exactly when, of those ending
# inside it, one starts inside it: the one that starts last).
_holds: dict[int, tuple[Any, str | None, list[int], list[int]]] = {}


def _automaton(pattern: re.Pattern[str]) -> Any:
    """An automaton of the literals every match of `pattern` holds, or False if it has none."""
    literals = gate(pattern).literals
    if literals is None:
        return False
    auto = ahocorasick.Automaton()
    for literal in literals:
        auto.add_word(literal, len(literal))
    auto.make_automaton()
    return auto


def _may_hold(pattern: re.Pattern[str], folded: str, pos: int, endpos: int) -> bool:
    """Whether folded[pos:endpos] holds one of the literals every match of `pattern` holds (the
    test of its gate, `Gate.may_match`): the places of the literals in the folded text (a
    document's) are found once, so each mention's window is a bisection, not a search of the
    window for any of some hundred words."""
    entry = _holds.get(id(pattern))
    if entry is None:
        entry = _holds[id(pattern)] = (_automaton(pattern), None, [], [])
    auto, last, ends, latest = entry
    if auto is False:
        return True  # no gate: the pattern decides
    if last is not folded:
        # (the automaton reports the literals in the order of their ends)
        hits = list(auto.iter(folded))
        ends = [end + 1 for end, _n in hits]
        latest = list(accumulate([end - n + 1 for end, n in hits], max))
        _holds[id(pattern)] = (auto, folded, ends, latest)
    i = bisect_right(ends, endpos) - 1
    return i >= 0 and latest[i] >= pos


# The document read last and its folded text: `_may_hold_in_document` finds the places of a
# pattern's literals in a whole document once, so each mention's window is a bisection.
_last_folded: tuple[str, str] = ("", "")


def _folded_document(text: str) -> str:
    """`fold(text)`, kept for the document read last (the same object while it is read, so
    `_may_hold` finds the places of a pattern's literals in it once)."""
    global _last_folded
    last = _last_folded
    if last[0] is not text:
        last = _last_folded = (text, fold(text))
    return last[1]


def _may_hold_in_document(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether text[pos:endpos] holds one of the literals every match of `pattern` holds (see
    `_may_hold`), the literals found once per document: a cheap necessary condition before a
    search of a window before or after a mention, which tries every place of it."""
    return _may_hold(pattern, _folded_document(text), pos, endpos)


@dataclass(frozen=True, slots=True)
class RoleCues:
    """The confrontation, armed-group, breakaway and headline cues of one mention."""

    clash: bool  # near words of confrontation (read for a narrative mention only)
    armed: bool  # described as an armed group ("M23 rebels")
    breakaway: bool  # a place in a sentence about a region broken away
    targeted: bool  # the headline act's object, or a body whose own mission is the news
    paired: bool  # one of a pair "between X and Y" in the headline or lead
    opposed: bool  # "between X and Y" anywhere, accused or blamed, attacking or attacked
    adversary: bool  # named as the other side of a relation: "between X and Y", "a row with X"
    # The subject of the headline's or lead's act of force: of arms ("X fighters stormed a
    # hotel"), a blockade, a spill or a declaration ("X blocks the crossing").
    agent: bool = False


def role_cues(
    text: str,
    m: Mention,
    sentence: Sentence,
    prev: Mention | None,
    prominent: bool,
    narrative: bool = True,
) -> RoleCues:
    """Read the confrontation, armed-group, breakaway and headline-target cues of a mention
    (`prominent`: the mention is in the headline or lead, outside a dateline). Words of
    confrontation count only for a mention of the narrative, not for one speaking in its
    sentence (`narrative` False: `clash` is not read, and False)."""
    lo, hi = max(sentence.start, m.start - _CLASH_REACH), min(sentence.end, m.end + _CLASH_REACH)
    before = text[lo : m.start]
    after = text[m.end : hi]
    # A window is searched only if one of the pattern's literals lies inside it (see
    # `prefilter`): their places are found once per document.
    folded = _folded_document(text)
    # Words of confrontation in the mention's own clause: "Chad closes border as Sudan's army
    # and the RSF fight" tells of Chad's act and of others' fighting. (The clause is cut only
    # where the whole reach holds such a word: most mentions have none.)
    clash_before = (
        narrative and _may_hold(CLASH, folded, lo, m.start) and CLASH.search(before) is not None
    )
    clash_after = (
        narrative and _may_hold(CLASH, folded, m.end, hi) and CLASH.search(after) is not None
    )
    if (clash_before or clash_after) and names_the_act(text, m):
        clash_before = clash_after = False
    if clash_before:
        cuts = list(_CLAUSE_BREAK.finditer(before))
        if cuts:
            clash_before = CLASH.search(text, lo + cuts[-1].end(), m.start) is not None
    if clash_after:
        later = _CLAUSE_BREAK.search(after)
        if later is not None:
            clash_after = CLASH.search(text, m.end, m.end + later.start()) is not None
    clash = clash_before or clash_after
    armed = bool(
        (_may_hold(_ARMED_BEFORE, folded, lo, m.start) and _ARMED_BEFORE.search(before))
        or _ARMED_AFTER.match(after)
    )
    # Only a place can be a breakaway region.
    breakaway = (
        m.type in ("GPE", "LOC")
        and not is_state(m.canonical)
        and sieve_of(sentence.text).search(_BREAKAWAY) is not None
    )
    targeted = bool(
        prominent
        and prev is not None
        and prev.start >= sentence.start
        and _OBJECT_GAP.match(text[prev.end : m.start])
        and not _MODIFIER_AFTER.match(text, m.end)  # "asks NATO-led force": not NATO's act
        and not _PROCEDURE_AFTER.match(text, m.end)  # "initiates WTO dispute proceedings"
    ) or bool(
        prominent
        and m.type == "ORG"
        and (prev is None or prev.start < sentence.start)
        and _MISSION_AFTER.match(after)  # "IAEA inspectors reach the plant": its own mission
    )
    # Two parties whose quarrel is with each other are the pair wherever the text says so.
    between = bool(
        (ends_with_word(text, m.start, ("between",)) and _BETWEEN_FIRST.search(before))
        or (ends_with_word(text, m.start, ("and",)) and _BETWEEN_SECOND.search(before))
    )
    joined = (after[:1] in _DASHES and _JOINED_FIRST.match(after) is not None) or (
        before[-1:] in _DASHES and _JOINED_SECOND.match(after) is not None
    )
    paired = (prominent and (between or joined)) or reciprocal(text, m, sentence)
    accused = ("accus" in before or "blam" in before) and (
        _ACCUSED_BEFORE.search(before) is not None
    )
    # "Iran fired missiles at Israel", "Israel vowed to retaliate against Iran": one who
    # attacks a party or is attacked by one is set against it.
    attacks = _ATTACKS_AFTER.match(after) is not None or (
        (" at " in before or "against" in before or " on " in before)
        and _ATTACKED_BEFORE.search(before) is not None
    )
    opposed = between or paired or accused or attacks
    adversary = "with" in before and _QUARREL_WITH.search(before) is not None
    agent = news_agent(text, m, sentence) if prominent and m.type == "ORG" else False
    if not (clash or armed or breakaway or targeted or paired or opposed or adversary or agent):
        return _NO_CUES  # (most mentions: one shared value, not a new one each)
    return RoleCues(clash, armed, breakaway, targeted, paired, opposed, adversary, agent)


_NO_CUES = RoleCues(False, False, False, False, False, False, False, False)


# The story's act of force, after its subject: the group, its people ("X fighters", "X's
# gunmen"), auxiliaries, then the verb. Acts of arms first; then acts that block, spill or
# declare, which a company or a front does as much as an army.
_AGENT_PEOPLE = (
    r"(?:['’]s)?(?:\s+(?:[a-z-]+\s+)?(?:fighters|gunmen|militants|rebels|forces|troops|members|"
    r"supporters|activists|men|units?|jets|warplanes|drones|militias?))?"
    r"\s+(?:(?:has|have|had|also|again|reportedly|on\s+\w+)\s+)*"
)
_ARMS_ACT = re.compile(
    # "US and British jets strike Houthi targets": the present tense after the craft or troops
    # only ("a general strike" is no act of arms).
    r"(?:['’]s)?(?:\s+[a-z-]+)?\s+(?:jets|warplanes|aircraft|planes|forces|troops|drones|"
    r"warships|navies|artillery)\s+(?:strike|pound|hit|bomb|shell)\b|"
    + _AGENT_PEOPLE
    + r"(?:attack(?:s|ed)?|storm(?:s|ed)?|seiz(?:e|es|ed)|captur(?:e|es|ed)|"
    r"kill(?:s|ed)|kidnap\w*|abduct(?:s|ed)?|bomb(?:s|ed)|shell(?:s|ed)|raid(?:s|ed)|"
    r"occup(?:y|ies|ied)|overr[au]n\w*|ambush(?:es|ed)?|(?:shot|shoots?)\s+down|"
    r"(?:take|takes|took|taking)\s+(?:control|over)|struck|bombard(?:s|ed)?|invad(?:e|es|ed)|"
    r"(?:launch(?:es|ed)?|carr(?:y|ies|ied)\s+out)\s+(?:air\s*)?strikes|"
    r"launch(?:es|ed)?\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:offensive|assault|attacks?|raids?|"
    r"incursion)|bl(?:ew|ows?)\s+up|enter(?:s|ed)\s+the\s+(?:capital|city|town)|"
    r"fir(?:e|es|ed)\s+(?:[\w-]+\s+){0,2}?(?:on|at|into))\b",
    re.IGNORECASE,
)
_FORCE_ACT = re.compile(
    _AGENT_PEOPLE + r"(?:block(?:s|ed|aded?|ades)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:roads?|crossings?|border|highway|bridge|port|access|routes?|pass|entrance|checkpoints?|"
    r"strait|canal)|spill(?:s|ed)?|declar(?:e|es|ed)\s+(?:independence|war))\b",
    re.IGNORECASE,
)


def may_tell_act_of_arms(text: str) -> bool:
    """Whether a sentence holds a word every act of arms holds (a cheap test first)."""
    return gate(_ARMS_ACT).may_match(fold(text))


def act_of_arms_end(text: str, at: int, sentence: Sentence) -> int | None:
    """Where the act of arms whose subject ends at `at` ends ("X fighters stormed|"), if any."""
    found = _ARMS_ACT.match(text, at, sentence.end)
    return None if found is None else found.end()


def news_agent(text: str, m: Mention, sentence: Sentence) -> bool:
    """Whether a headline or lead mention is the subject of the story's act of force: an act of
    arms ("Fighters of X stormed a hotel", "X seizes the port"), a blockade, a spill or a
    declaration ("X blocks the border crossing"). Such an agent is a side whatever it is (a
    group, a front, a company), though no list of names knows it."""
    end = sentence.end
    return (
        _ARMS_ACT.match(text, m.end, end) is not None
        or _FORCE_ACT.match(text, m.end, end) is not None
    )


# "Azerbaijan–Russia relations", "the Greece-Turkey row": two names joined by a dash before a
# word of relation name the pair. The first is followed by the dash and the second name, the
# second (after the dash) by the word itself.
_RELATION = (
    r"(?:relations|ties|row|dispute|tensions|rift|standoff|stand-off|feud|border|war|conflict|"
    r"crisis|rivalry|spat)\b"
)
_JOINED_FIRST = re.compile(
    r"[-–—](?-i:[A-Z])[\w'’.]*(?:\s+(?-i:[A-Z])[\w'’.]*){0,2}\s+" + _RELATION, re.IGNORECASE
)
_DASHES = frozenset("-–—")
_JOINED_SECOND = re.compile(r"\s+" + _RELATION, re.IGNORECASE)
# "deepened a crisis with Turkey", "its row with Canberra": the other side of a quarrel.
_QUARREL_WITH = re.compile(
    r"(?<!that\s)(?<!which\s)(?<!to\s)\b(?:crisis|row|dispute|standoff|stand-off|rift|feud|"
    r"quarrel|spat|tensions?|confrontation|conflict|war)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Where a clause of another subject begins: "X closed its border as fighting spread".
_CLAUSE_BREAK = re.compile(r"\s(?:as|while|whereas|when|after)\s(?!well\b|part\b|a\s)|;\s")


_ATTACK_VERB = (
    r"(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|strik(?:e|es|ing)|struck|attack(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|invad(?:e|es|ed|ing)|raid(?:s|ed|ing)?|"
    r"retaliat(?:e|es|ed|ing)|declar(?:e|es|ed)\s+war)"
)
# "an offensive against the Kurdish-led SDF", "a military campaign against the rebels".
_OFFENSIVE = r"(?:offensive|assault|campaign|crackdown|operation|incursion)\s+against"
_ATTACKS_AFTER = re.compile(
    r"(?:['’]s\s+[a-z-]+)?\s+(?:(?:has|have|had|also|on\s+\w+)\s+)*"
    + _ATTACK_VERB
    + r"\s+(?:[\w-]+\s+){0,4}?(?:at|on|against|into)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# What may stand between the attack or the offensive and the one it falls on, up to the
# mention: "the", and a patron's or a people's word ("the Kurdish-led", "Iranian-backed").
_LED_TAIL = r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’]*-(?:led|backed|dominated)\s+)?$"
_ATTACKED_BEFORE = re.compile(
    r"\b(?:"
    + _ATTACK_VERB
    + r"\s+(?:[\w-]+\s+){0,4}?(?:at|on|against|into)|"
    + _OFFENSIVE
    + r")"
    + _LED_TAIL,
    re.IGNORECASE,
)
_OFFENSIVE_BEFORE = re.compile(r"\b" + _OFFENSIVE + _LED_TAIL, re.IGNORECASE)


def assailed(text: str, m: Mention, sentence: Sentence) -> bool:
    """A party named as what an offensive or a campaign is waged against ("the second day of an
    offensive against the Kurdish-led Syrian Democratic Forces"): the enemy of the story's
    operation, however seldom named."""
    if "against" not in text[max(sentence.start, m.start - 40) : m.start]:
        return False
    return _OFFENSIVE_BEFORE.search(text, max(sentence.start, m.start - 60), m.start) is not None


# "International Court of Justice", "Permanent Court of Arbitration", "a UN tribunal".
_JUDGE = re.compile(r"\b(?:Court|Tribunal)\b")


def international_court(name: str) -> bool:
    """A court or tribunal that is no country's own."""
    return (
        _JUDGE.search(name) is not None
        and not is_domestic_institution(name)
        and owner_state(name) is None
    )


# The court's own case against a party: its warrant, custody, prosecutors, an indictment.
_PROSECUTION = re.compile(
    r"\b(?:warrants?|custody|detention|prosecut\w*|indict\w*|"
    r"surrender\w*|extradit\w*|to\s+face|appear\w*\s+before|(?:handed|transferred)\s+"
    r"(?:over\s+)?to)\b",
    re.IGNORECASE,
)
_PROSECUTION_REACH = 48


def prosecutes(text: str, m: Mention, sentence: Sentence) -> bool:
    """An international court named with its own case against a party ("Duterte lands in The
    Hague to face ICC", "taken into the custody of the International Criminal Court", "the
    court's prosecutors accuse him"): the court is then the accuser, a side, not the judge of
    the sides' case."""
    if m.type != "ORG" or not international_court(m.canonical):
        return False
    lo = max(sentence.start, m.start - _PROSECUTION_REACH)
    hi = min(sentence.end, m.end + _PROSECUTION_REACH)
    return _PROSECUTION.search(text, lo, hi) is not None


# The court's own act against a party, not its office's inquiry ("the prosecutor opened a
# preliminary examination"): a warrant, an indictment, custody, a surrender or a trial.
_CASE_AGAINST = re.compile(
    r"\b(?:warrants?|custody|indict\w*|surrender\w*|extradit\w*|to\s+face|"
    r"appear\w*\s+before|(?:handed|transferred)\s+(?:over\s+)?to)\b",
    re.IGNORECASE,
)


def holds_case_against(text: str, m: Mention, sentence: Sentence) -> bool:
    """An international court named with its act against a party ("the International Criminal
    Court issued an arrest warrant for the president", "flown to The Hague to face the ICC"):
    the party's adversary, a side of the story however seldom named."""
    if not prosecutes(text, m, sentence):
        return False
    lo = max(sentence.start, m.start - _PROSECUTION_REACH)
    hi = min(sentence.end, m.end + _PROSECUTION_REACH)
    return _CASE_AGAINST.search(text, lo, hi) is not None


# "accused Moscow of using energy as a weapon", "blamed the Moldovan government": the one a
# party accuses is in the quarrel.
_ACCUSED_BEFORE = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:the\s+)?$", re.IGNORECASE)


# "Ukraine initiates WTO dispute proceedings", "Russia blocks UN vote": a body's procedure or
# forum is what the act falls on, not the body (its inspectors or mission would be).
_PROCEDURE_AFTER = re.compile(
    r"\s+(?:dispute|proceedings|case|complaint|talks|vote|resolution|rules|ruling|summit|"
    r"meeting|session|debate|panel|membership|accession|bid|report|framework|process|"
    # "Israel widens Gaza offensive", "Russia halts Ukraine grain deal": the name labels the
    # act or the thing, which is what the headline's act falls on.
    r"offensive|war|operation|campaign|blockade|invasion|ceasefire|truce|deal|crisis|row|"
    r"ties|relations|trade|imports|exports|goods|grain|gas|oil)\b",
    re.IGNORECASE,
)
# "IAEA inspectors reach the plant", "UN mission withdraws": a body's own operation as the event.
_MISSION_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:inspectors|mission|monitors|observers|peacekeepers|experts|team|troops|"
    r"force|envoys?)\s+(?:\w+ly\s+)?(?:reach\w*|arriv\w*|enter\w*|visit\w*|inspect\w*|"
    r"deploy\w*|withdr[ae]w\w*|pull\w*\s+out|leav\w*|left|return\w*|land\w*)\b",
    re.IGNORECASE,
)
# "flees to India", "flew back to Caracas": a destination, a place.
_DESTINATION = re.compile(
    r"\b(?:fle[de]s?|fleeing|flew|flies|flown|travel\w*|escaped|deported|exiled)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Yemen's populous north", "Finland's eastern border": a part of the country, a place.
_PART_OF_COUNTRY = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:north|south|east|west|north-east|north-west|south-east|"
    r"south-west|coast|coastline|interior|border|borders|frontier|territory|provinces?|"
    r"regions?|islands?|waters|airspace|ports?|capital)\b"
)
# "seized Sanaa", "the capital Kabul": a city taken or held is a place, not its government.
_TAKEN = re.compile(
    r"\b(?:seiz\w*|captur\w*|took|taken|entered|shell\w*|bomb\w*|besieg\w*|control\w*|"
    r"held|hold\w*|overr[au]n|fell\s+to|capital)\s+(?:of\s+)?(?:the\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)
# "talks between Israel and Hamas", "clashes between X and Y": the pair named are the sides.
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_SECOND = re.compile(
    r"\bbetween\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Iran bars IAEA inspectors": a party, its verb, then the object. A body asked or urged to act
# ("Armenia urges UN Security Council to act") is not the target of the story's act.
_OBJECT_GAP = re.compile(
    r"^\s+(?!(?:after|as|and|or|but|while|with|over|in|at|to|from|for|of|by|on|when|before|amid|"
    r"despite|against|into|near|than)\s)(?!" + _REQUEST_VERBS + r"\s)[a-z][a-z-]*\s+(?:the\s+)?$"
)


# "By Jane Doe in Kyiv and John Roe in Moscow | 25 April", "(Reporting by Jane Doe; Editing by
# John Roe)": who wrote the story, not who acts in it.
_BYLINE_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}"
_BYLINE_PLACE = r"(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
_BYLINE_NAMES = (
    _BYLINE_NAME + _BYLINE_PLACE + r"(?:(?:,|,?\s+and)\s+" + _BYLINE_NAME + _BYLINE_PLACE + r")*"
)
_CREDIT = (
    r"(?:(?:(?:(?:additional|associated|further|extra)\s+)?reporting|writing|editing|written|"
    r"edited|compiled|photographs?)\s+by|(?-i:By))"
)
_BYLINE = re.compile(
    r"^\s*[\[(]?\s*"
    + _CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r"(?:\s*[;,]\s*"
    + _CREDIT
    + r"\s+"
    + _BYLINE_NAMES
    + r")*\s*[\])]?\.?\s*(?:$|[|·•–—-]|,\s*\d)",
    re.IGNORECASE,
)


def is_byline(sentence: str) -> bool:
    """A byline or credit line ("By Jane Doe in Kyiv | 25 April 2022", "Associated reporting by
    Jane Doe in Lima.", "(Reporting by Jane Doe; Editing by John Roe)")."""
    return _BYLINE.match(sentence) is not None


# "the head of the National Assembly, Juan Guaidó": a body named inside a person's title.
_ROLE_OF_BEFORE = re.compile(
    r"\b(?:head|chair|chairman|chairwoman|chairperson|speaker|president|leader|director|"
    r"secretary|commander|chief|spokes(?:man|woman|person)|member)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSED = re.compile(r"^,\s+$")


def in_title(text: str, m: Mention, following: Sequence[Mention]) -> bool:
    """A body named as part of a person's title: before the name ("U.S. House Speaker Nancy
    Pelosi", "the NSC's Indo-Pacific coordinator Kurt Campbell") or as the body the person
    heads, set beside the name ("the head of the National Assembly, Juan Guaidó")."""
    person = next((o for o in following[:3] if o.type == "PERSON"), None)
    if person is None or person.start - m.end > 60:
        return False
    gap = text[m.end : person.start]
    if is_title_gap(gap):
        return True
    return bool(_APPOSED.match(gap) and _ROLE_OF_BEFORE.search(text, max(0, m.start - 40), m.start))


# "a case at the WTO", "report to the UN Security Council": where a matter is taken, a venue.
# The words `_VENUE_BEFORE` may end in (its gate's words).
_VENUE_WORDS = ("to", "at", "before", "with", "told", "addressed", "address", "addressing", "of")
_VENUE_BEFORE = re.compile(
    r"\b(?:(?:case|cases|complaint|appeal|petition|report|reports|brief)\s+"
    r"(?:[^,.;]{0,40}?\s+and\s+)?(?:to|at|before|with)|at|told|addressed|address|addressing|"
    r"sidelines\s+of)"
    r"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def is_venue(text: str, m: Mention) -> bool:
    """A body named as where a case is taken or a report made ("take the case to the World
    Trade Organization", "report to the UN Security Council"): a venue, not a party acting."""
    lo = max(0, m.start - 80)
    return (
        m.type == "ORG"
        and ends_with_word(text, m.start, _VENUE_WORDS)
        and _VENUE_BEFORE.search(text, lo, m.start) is not None
    )


# "the state news agency IRNA reported", "carried by the TASS news agency": a report's source.
_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio|media)\s+$",
    re.IGNORECASE,
)
_OUTLET_AFTER = re.compile(
    r"^\s+(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio)\b", re.IGNORECASE
)
_CREDITED_BEFORE = re.compile(
    r"\b(?:carried\s+by|according\s+to|reported\s+by|quoted\s+by|cited\s+by|told)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CREDITED_AFTER = re.compile(
    r"^(?:\s+(?:news\s+agency|agency|broadcaster|newspaper|daily|television|radio))?"
    r"\s+(?:reported|reports|said|says)\s*[.,]",
    re.IGNORECASE,
)


# "the Saudi Press Agency reported": an outlet by its own name.
_OUTLET_NAME = re.compile(
    r"\b(?:Press|News)\s+Agency$|\b(?:News|Television|TV|Radio|Broadcasting)$"
)


def is_cited_outlet(text: str, m: Mention) -> bool:
    """An outlet named as the source a report is credited to ("the state news agency IRNA
    reported.", "carried by the TASS news agency"): where the news came from, not an actor."""
    if m.type != "ORG":
        return False
    credited_from = max(0, m.start - 50)
    credited = bool(
        (
            _may_hold_in_document(_CREDITED_BEFORE, text, credited_from, m.start)
            and _CREDITED_BEFORE.search(text, credited_from, m.start)
        )
        or _CREDITED_AFTER.match(text[m.end : m.end + 40])
    )
    if not credited:
        return False  # (read first: both must hold, and this is the one most often missing)
    outlet_from = max(0, m.start - 30)
    return bool(
        (
            _may_hold_in_document(_OUTLET_BEFORE, text, outlet_from, m.start)
            and _OUTLET_BEFORE.search(text, outlet_from, m.start)
        )
        or _OUTLET_AFTER.match(text[m.end : m.end + 30])
        or _OUTLET_NAME.search(m.surface)
    )


# "Sikhs", "Kosovo Serbs", "the Rohingya.": a people named as a group, not as a word describing
# something of theirs ("a Sikh temple", "the Arab Spring", "a Kurdish cultural centre").
_GROUP_END = re.compile(r"^(?:\s*[,.;:)!?]|\s*$|\s+(?:in|of|from|who|and|or)\b)")


def names_group(text: str, m: Mention) -> bool:
    """Whether a NORP mention names its people as a group (a plural, or a word closing the
    phrase) rather than describing something that follows."""
    if m.type != "NORP":
        return False
    return m.surface.endswith("s") or _GROUP_END.match(text[m.end : m.end + 8]) is not None


# "The US and the EU condemned Russian strikes on Ukraine": a speaker's verb of comment.
_COMMENT_AFTER = re.compile(
    r"(?:['’]s\s+[a-z-]+(?:\s+[a-z-]+)?|\s+(?:[a-z-]+\s+)?(?:chief|head|envoy|"
    r"spokes(?:man|woman|person)|officials?|leaders?|ministers?))?"
    r"(?:,?\s+(?:and|,)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
    r"\s+(?:(?:has|have|had|also|on\s+\w+|\w+ly)\s+)*"
    r"(?:condemn\w*|criticis\w*|criticiz\w*|denounc\w*|deplor\w*|urg\w*|"
    r"call(?:s|ed)?\s+(?:on|for)|warn\w*|welcom\w*|voic\w*|express\w*|appeal\w*|"
    r"decr(?:y|ies|ied)|slam\w*|rebuk\w*|protest(?:s|ed)?|demand\w*)\b"
)
_PARTY_KINDS = frozenset({"GPE", "ORG", "NORP"})


def comments_on_others(text: str, m: Mention, sentence: Sentence, rest: Sequence[Mention]) -> bool:
    """A speaker commenting on a confrontation between two other parties ("US, EU condemn
    Russian strikes on Ukraine", "China urges India and Pakistan to stop firing"): an
    observer's part, however prominent, not a side's. `rest`: the mentions after `m`."""
    verb = _COMMENT_AFTER.match(text, m.end, sentence.end)
    if verb is None:
        return False
    own = government_of(m.canonical) or m.canonical
    # The parties named after the verb in this sentence (the place test before the dearer
    # town test: `rest` runs to the end of the document).
    rest = [
        o
        for o in rest
        if verb.end() <= o.start < sentence.end and o.type in _PARTY_KINDS and not _a_town(o)
    ]
    others = {government_of(o.canonical) or o.canonical for o in rest} - {own}
    said = text[verb.end() : sentence.end]
    if len(others) >= 2 and CLASH.search(said) is not None:
        return True
    # "Pakistan condemns desecration of Holy Quran in Stockholm": a deed judged whose doer goes
    # unnamed, only places named: a comment on the story, not a side's part in it.
    return not any(
        not _PLACE_BEFORE.search(text, max(0, o.start - 16), o.start)
        for o in rest
        if (government_of(o.canonical) or o.canonical) != own
    )


def _a_town(m: Mention) -> bool:
    """A town or region of no known state ("shelling hit the Zaporizhzhia plant"): a place,
    never a party."""
    return (
        m.type == "GPE"
        and not is_state(m.canonical)
        and government_of(m.canonical) is None
        and not is_territory(m.canonical)
    )


# "in Stockholm", "in the Swedish capital Stockholm": a place named, not a party.
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:in|at|near|from|outside|inside|across)\s+(?:the\s+)?|capital\s+)$", re.IGNORECASE
)
