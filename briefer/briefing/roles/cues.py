"""What part one mention plays in its sentence: side, helper, place, topic, label or quote.

Each function reads the words around a single mention. A side of the story is the agent or
target of its events and stands near words of confrontation; a third party helps, mediates,
urges or comments ("Washington backs X", "thanked Kenya"); a place ("talks in Geneva"), a
topic ("a row over Taiwan"), a label ("NATO-led") or a quoted word is neither. `stats.collect`
tallies these cues per actor; `parties` weighs them. This module holds the cues of sides and
third parties (confrontation, armed groups, quarrels, helpers, go-betweens, labels) and the
weight they give a mention; the other readers of one mention live beside it: `places` (ground,
topics, venues), `attacks` (an attack's authors, an act of force), `courts`, `credits`
(bylines, cited outlets), `commentators`, and `literal_gates` (the cheap tests before them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.analysis.gazetteer import is_territory
from briefer.analysis.model import Mention, Sentence
from briefer.analysis.prefilter import fold, gate, kept_until_done, sieve_of
from briefer.analysis.reactions import government_of, is_state, is_title_gap
from briefer.briefing.roles.attacks import ATTACKED_BEFORE, ATTACKS_AFTER, OWN_CLAIM, news_agent
from briefer.briefing.roles.literal_gates import (
    ends_with_word,
    folded_document,
    may_hold,
    may_hold_in_document,
)
from briefer.briefing.roles.places import in_place_name

# A group name followed by the people it describes: "Hutu extremists", "Tutsi fighters".
_DESCRIBED = re.compile(r"\s+[a-z]+(?<!ss)s\b(?!\s+(?:to|that|the|a|an|in|on)\b)")
# "NATO-led", "NATO allies": an organisation named as a label for something else.
# "Ben Gurion airport", "Jinnah hospital": a place named after a person.
# "the Five Eyes network", "the Quad grouping", "Supreme Court rulings": the name labels a
# network or a decision, and does not act itself.
_MODIFIER_AFTER = re.compile(
    r"-\w|\s+(?:allies|ally|member|members|countries|states|(?:international\s+)?airport|"
    r"street|avenue|boulevard|square|stadium|bridge|hospital|mausoleum|network|grouping|"
    r"rulings?|laws?|rules|regulations|funds|funding|budget|membership|accession|"
    r"citizens|citizenship|passports?|"
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


def _forget_needed() -> None:
    global _last_needed
    _last_needed = ("", None, -1)


kept_until_done(_forget_needed)


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
    if not may_hold_in_document(_RETALIATION, text, m.end, sentence.end):
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


# "Houthi-held", "rebel-controlled" only with the hyphen: "the Council held a meeting" is no hold.
_ARMED_AFTER = re.compile(
    r"^(?:['’]s)?(?:(?:\s+|-)(?:rebels?|rebel\s+group|fighters|militias?|militants?|insurgents?|"
    r"guerrillas?|gunmen|gangs?|positions|targets|strongholds?|military|forces|"
    r"paramilitar\w*|armed\s+wing|commanders?)|-(?:controlled|held)|" + OWN_CLAIM + r"|"
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
# authorities: a side of a story about it, unlike an ordinary province or town. A separatist
# named as one person ("a standoff with a white separatist") or of a race, not of a region,
# tells of no region broken away; nor does "a separatist group" or "movement": a body that wants
# a region to break away, its claim no sign that one has.
_BREAKAWAY = re.compile(
    r"\b(?:breakaway|broke\s+away|"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bwhite\s)(?<!\bblack\s)separatist"
    r"(?!\s+(?:groups?|movements?|organi[sz]ations?|part(?:y|ies))\b)|"
    r"separatist(?=\s+(?:region|republic|enclave|territory|province|state|authorities)\b)|"
    r"self-proclaimed|self-declared|de\s+facto|"
    r"unrecogni[sz]ed|secession\w*)\b",
    re.IGNORECASE,
)


# "the Biden administration", "the Trump era": a leader's name labelling a government or a time.
_PERSON_LABEL_AFTER = re.compile(r"\s+(?:administration|era)\b")


def is_modifier(text: str, m: Mention) -> bool:
    """A name used as a label for something else ("NATO-led", "NATO allies", "the Biden
    administration")."""
    if m.type == "PERSON" and _PERSON_LABEL_AFTER.match(text, m.end):
        return True
    if _MEMBERS_ACT_AFTER.match(text, m.end):
        return False  # "NATO allies issued a statement": the bloc's members act as one
    if _MODIFIER_AFTER.match(text, m.end) is not None:
        return True
    # a bloc named as what a state joins or belongs to ("wants to join the European Union",
    # "a member of NATO", "membership talks with the EU"): a label of the state, not the bloc
    return (
        m.type == "ORG" and _JOINED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    )


_JOINED_BEFORE = re.compile(
    r"\b(?:(?:wants?|wanted|bid|seeks?|sought|seeking|hopes?|hoped|aims?|aimed)\s+to\s+join|"
    r"entry\s+into|accession\s+to|membership\s+(?:of|in|talks\s+with))\s+(?:the\s+)?$"
)


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
        and may_hold_in_document(_ASKED_BEFORE, text, asked_from, m.start)
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
    r"\s+(?:(?:has|had|have|also|will|would)\s+)*(?:mediat\w*|broker\w*)\b|"
    # "a U.S.-brokered truce", "Qatari-mediated talks"
    r"-(?:brokered|mediated|sponsored)\b",
    re.IGNORECASE,
)
# "a ceasefire arranged by the Organization of American States": who arranged the sides' deal
# (not a raid arranged by a side's own service).
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediation\s+(?:of|by)|(?:mediated|brokered)\s+by|"
    r"(?:ceasefire|cease-fire|truce|talks|deal|agreement|exchange|swap)\s+(?:(?:was|were|had\s+"
    r"been|has\s+been)\s+)?(?:arranged|facilitated)\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
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
            and _MEDIATOR_BEFORE.search(text, max(0, m.start - 48), m.start)
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


# "US$62 million", "12 million Swiss francs", "200,000 Australian dollars": a state's name or
# its people's labelling its money (an appeal's or a pledge's sum), not the state acting.
_CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|francs?|pounds|marks|yen|yuan|rupees?|euros?|kron(?:a|or|er|e)|lire|"
    r"pesos?|r[ou]bles?|shillings?|dinars?|riyals?|dirhams?|rials?|lira|baht|ringgit|"
    r"rupiah|escudos?|cedis?|nairas?|kwacha)\b"
)


def _currency(text: str, m: Mention) -> bool:
    """A name labelling a sum of money: "US$" after a state's name, a currency after its
    people's ("Swiss francs"; not a verb after a state's: "Russia pounds the port")."""
    return text.startswith("$", m.end) or (
        m.type == "NORP" and _CURRENCY_AFTER.match(text, m.end) is not None
    )


def _bare_heading(m: Mention, sentence: Sentence) -> bool:
    """A heading that is nothing but the name ("Russia" over a round-up's paragraph of Moscow's
    words): the label of a section, not the party acting."""
    return sentence.end - sentence.start <= len(m.surface) + 2 and (
        sentence.text.strip(" .:-–—") == m.surface
    )


def mention_weight(text: str, m: Mention, sentence: Sentence, located: bool) -> float:
    """How much one narrative mention says the actor is a side of the story."""
    if (
        _quoted(text, m)
        or _helping(text, m, sentence)
        or in_place_name(text, m)
        or _bare_heading(m, sentence)
        or _currency(text, m)
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
    folded = folded_document(text)
    # Words of confrontation in the mention's own clause: "Chad closes border as Sudan's army
    # and the RSF fight" tells of Chad's act and of others' fighting. (The clause is cut only
    # where the whole reach holds such a word: most mentions have none.)
    clash_before = (
        narrative and may_hold(CLASH, folded, lo, m.start) and CLASH.search(before) is not None
    )
    clash_after = (
        narrative and may_hold(CLASH, folded, m.end, hi) and CLASH.search(after) is not None
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
        (may_hold(_ARMED_BEFORE, folded, lo, m.start) and _ARMED_BEFORE.search(before))
        or _ARMED_AFTER.match(after)
    )
    # Only a place can be a breakaway region.
    breakaway = (
        m.type in ("GPE", "LOC")
        and not is_state(m.canonical)
        # (the sentence's words, found once per document: most sentences hold none of them)
        and may_hold(_BREAKAWAY, folded, sentence.start, sentence.end)
        and sieve_of(sentence.text).search(_BREAKAWAY) is not None
    )
    targeted = bool(
        prominent
        and prev is not None
        and prev.start >= sentence.start
        and _OBJECT_GAP.match(text[prev.end : m.start])
        and not _MODIFIER_AFTER.match(text, m.end)  # "asks NATO-led force": not NATO's act
        and not _PROCEDURE_AFTER.match(text, m.end)  # "initiates WTO dispute proceedings"
        and not _OFFERED_AFTER.match(text, m.end)  # "rejects G7 fire aid": the body's offer
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
    attacks = ATTACKS_AFTER.match(after) is not None or (
        (" at " in before or "against" in before or " on " in before)
        and ATTACKED_BEFORE.search(before) is not None
    )
    opposed = between or paired or accused or attacks
    adversary = "with" in before and _QUARREL_WITH.search(before) is not None
    agent = news_agent(text, m, sentence) if prominent and m.type == "ORG" else False
    if not (clash or armed or breakaway or targeted or paired or opposed or adversary or agent):
        return _NO_CUES  # (most mentions: one shared value, not a new one each)
    return RoleCues(clash, armed, breakaway, targeted, paired, opposed, adversary, agent)


_NO_CUES = RoleCues(False, False, False, False, False, False, False, False)


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
# "talks between Israel and Hamas", "clashes between X and Y": the pair named are the sides.
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_SECOND = re.compile(
    r"\bbetween\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Brazil rejects G7 fire aid", "spurns IMF loans": what a body offers, not the body itself.
_OFFERED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:aid|help|assistance|money|funds|funding|loans?|offers?|proposals?)\b"
)
# "Iran bars IAEA inspectors": a party, its verb, then the object. A body asked or urged to act
# ("Armenia urges UN Security Council to act") is not the target of the story's act.
_OBJECT_GAP = re.compile(
    r"^\s+(?!(?:after|as|and|or|but|while|with|over|in|at|to|from|for|of|by|on|when|before|amid|"
    r"despite|against|into|near|than|under)\s)(?!"
    + _REQUEST_VERBS
    + r"\s)[a-z][a-z-]*\s+(?:the\s+)?$"
)


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
    if gap == " of ":
        return False  # "the Kurdistan Democratic Party of Massoud Barzani": its leader, no title
    if is_title_gap(gap):
        return True
    return bool(_APPOSED.match(gap) and _ROLE_OF_BEFORE.search(text, max(0, m.start - 40), m.start))


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
    # town test: `rest` may run past the sentence).
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
