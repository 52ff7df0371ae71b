"""Who made the attack a story tells of, and who its act of force falls on.

A group claiming an attack, charged with it or named as its attackers' own is its author
(`claims_attack`, `charged_with_attack`, `named_as_authors`); the subject of an opening's act
of arms or force is a side whatever it is (`news_agent`, `act_of_arms_end`); the enemy an
offensive is waged against is one too (`assailed`). Also the attack patterns `roles` reads
as cues of opposition.
"""

from __future__ import annotations

import re

from briefer.analysis.model import Mention, Sentence
from briefer.analysis.prefilter import fold, gate

# "The Islamic State group has claimed responsibility for the attack": who claims an attack made it.
_ATTACK_WORD = (
    r"(?:attacks?|bombings?|assault|raids?|ambush|killings?|massacre|suicide\s+\w+|operation|"
    r"hijacking|kidnapping)"
)
# The attack named as a noun anywhere in a sentence.
_ATTACK_NOUN_WORDS = (
    r"(?:attacks?|bombings?|blasts?|explosions?|assault|raids?|ambush|killings?|massacre|"
    r"shootings?|hijacking|kidnapping)"
)
# What stands between the group's name and its claim ("X group has quickly claimed"), and the
# claim itself; together the claim in the group's own words, the armed-group cue's too.
_CLAIMER = (
    r"(?:\s+(?:(?:militant|armed|jihadist|extremist|terrorist|islamist|insurgent|rebel)\s+)?"
    r"group)?"
    # ("Islamic State news agency claims attack", "X's Amaq news agency said": its own outlet)
    r"(?:(?:['’]s)?(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:news\s+agency|media\s+(?:wing|arm|outlet)|"
    r"propaganda\s+(?:wing|arm|outlet))|"
    # ("X's fighters carried out the attack", "X militants claimed it": its own people)
    r"(?:['’]s)?\s+(?:fighters|militants|gunmen|men|members))?"
    r"\s+(?:(?:has|have|had|also|quickly|later|swiftly|on\s+\w+)\s+)*"
)
_CLAIM_VERB = (
    # ("claimed responsibility through its news outlet", "in a statement", "on Telegram")
    r"claim(?:s|ed|ing)?\s+(?:(?:responsibility|credit)(?:\s+(?:for|through|via|in\s+a|on)\b|"
    r"(?=\s*(?:[.;:,]|$)))|"
    r"(?:(?:the|both|two|three|four|five)\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?" + _ATTACK_WORD + r")"
)
OWN_CLAIM = _CLAIMER + _CLAIM_VERB
# What a group says it did, after "said": its own people, or its ally's, made the attack or
# planted the bomb ("said it had carried out the bombing", "said that fighters of its ally X had
# carried out the attack", "said it had planted the bomb").
_SAID_IT_DID = (
    r"(?:[\w-]+\s+){0,10}?(?:that\s+)?(?:(?:fighters|militants|members|men|gunmen)\s+"
    r"(?:of|from)\s+)?(?:it\s+|its\s+(?:[\w'’-]+\s+){1,3}?)(?:had\s+|have\s+)?"
    r"(?:(?:carried\s+out|was\s+behind|were\s+behind|was\s+responsible\s+for|staged|launched)\s+"
    r"(?:the\s+|both\s+|(?:two|three|four|five)\s+)(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r"|"
    r"(?:planted|detonated)\s+(?:the|both)\s+(?:[\w'’-]+\s+){0,2}?bombs?\b)"
)
# ("said it had carried out the bombing", ", which claimed the attacks": the same claim, of the
# story's own attack, "the", not of some earlier one: "ISWAP, which claimed a raid in 2020".)
_CLAIM = (
    r"(?:" + _CLAIMER + r"(?:" + _CLAIM_VERB + r"|"
    # ("said its fighters carried out the attack", "said that fighters of its ally X had
    # carried out the attack": its own people, or its ally's, did it.)
    r"said\s+" + _SAID_IT_DID + r"|"
    # ("a group called X had carried out both attacks", "X's fighters staged the attack")
    r"(?:carried\s+out|was\s+behind|were\s+behind|staged|perpetrated)\s+"
    r"(?:the\s+|both\s+|(?:two|three|four|five)\s+)(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r")"
    # (", which said on Friday that it had planted the bomb,": the same claim in a clause of
    # its own)
    r"|,\s+(?:which|who)\s+(?:has\s+|had\s+)?said\s+" + _SAID_IT_DID + r"|"
    # (", the little-known group that claimed both attacks,")
    r",\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:group|movement|organi[sz]ation|faction|"
    r"militia)\s+)?(?:which|that|who)\s+(?:has\s+|had\s+)?claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:the|both|two|three)\s+(?:[\w'’-]+\s+){0,2}?" + _ATTACK_WORD + r"|"
    # ("Islamic State's claim the following day shifted the debate": its claim as a noun, not
    # its claim that something is so or to a throne)
    r"['’]s\s+(?:swift\s+|later\s+|online\s+|own\s+)?claim(?:\s+of\s+responsibility)?"
    r"(?!\s+(?:that|to|on|over|of|against)\b))"
)
# (after an apposition: "The X Battalion, Y's group, said in a statement that it had carried out
# the attack")
# (its short name in brackets: "Al Qaeda in the Islamic Maghreb (AQIM) said ...")
_CLAIM_AFTER = re.compile(r"\)?(?:,\s+[^,.;:]{1,60},)?" + _CLAIM + r"\b", re.IGNORECASE)
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
    r"\b(?:attackers|gunm[ae]n|bombers?|assailants|hostage-takers|hijackers|kidnappers|"
    r"perpetrators|militants|"
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


# "police believed a splinter group calling itself X was responsible.": held responsible, in a
# sentence that tells of the attack.
_RESPONSIBLE_AFTER = re.compile(
    r"\s+(?:was|were)\s+(?:responsible|behind\s+it)(?=\s*(?:[.;]|$))", re.IGNORECASE
)
_ATTACK_IN = re.compile(r"\b" + _ATTACK_NOUN_WORDS + r"\b", re.IGNORECASE)


def claims_attack(text: str, m: Mention, sentence: Sentence) -> bool:
    """A group named as claiming an attack ("On Tuesday the Islamic State group claimed the
    attacks through its Amaq news agency", "the attack was claimed by X"): the attack's author,
    though the claim is its word."""
    found = _CLAIM_AFTER.match(text, m.end, sentence.end)
    if found is not None and found.group().lower().endswith("operation"):
        # "carried out the operation" is an attack's only where the sentence tells of one or of
        # its claim ("MSF carried out the rescue operation" is none).
        lowered = sentence.text.lower()
        if "claim" not in lowered and _ATTACK_IN.search(sentence.text) is None:
            found = None
    return (
        found is not None
        or _GROUP_CLAIMED_AFTER.match(text, m.end, sentence.end) is not None
        or (
            _RESPONSIBLE_AFTER.match(text, m.end, sentence.end) is not None
            and _ATTACK_IN.search(sentence.text) is not None
        )
        or (
            text.endswith(("by ", "by the "), max(0, m.start - 7), m.start)
            and _CLAIMED_BY_BEFORE.search(text, max(sentence.start, m.start - 80), m.start)
            is not None
        )
    )


# The group's name before the attack it made ("World leaders condemn Hamas assault", "the
# Hamas attack on southern Israel", "X's raid on the base").
_AUTHOR_OF_NOUN_AFTER = re.compile(
    # (a word of the attack's kind between, not a verb: "ECOWAS condemns attack on" is none)
    r"(?:['’]s)?\s+(?:(?:deadly|suicide|terror|terrorist|surprise|cross-border|rocket|missile|"
    r"drone|bloody|brutal|latest|coordinated|twin|overnight|armed|militant)\s+)?"
    r"(?:attacks?|assault|incursion|raid|bombings?|massacre)"
    r"(?:\s+(?:on|against|in|into)\b|(?=\s*(?:[.;:,]|$))|\s+as\b)",
    re.IGNORECASE,
)


def names_its_attack(text: str, m: Mention, sentence: Sentence) -> bool:
    """A group named as the maker of the attack, its name before the attack's noun ("World
    leaders condemn Hamas assault as Israel declares war", "the Hamas attack on southern
    Israel"). Read in a headline or lead, where the attack named is the story's own."""
    return _AUTHOR_OF_NOUN_AFTER.match(text, m.end, sentence.end) is not None


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


_ATTACK_VERB = (
    r"(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|strik(?:e|es|ing)|struck|attack(?:s|ed|ing)?|"
    r"shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|invad(?:e|es|ed|ing)|raid(?:s|ed|ing)?|"
    r"retaliat(?:e|es|ed|ing)|declar(?:e|es|ed)\s+war)"
)
# "an offensive against the Kurdish-led SDF", "a military campaign against the rebels".
_OFFENSIVE = r"(?:offensive|assault|campaign|crackdown|operation|incursion)\s+against"
ATTACKS_AFTER = re.compile(
    r"(?:['’]s\s+[a-z-]+)?\s+(?:(?:has|have|had|also|on\s+\w+)\s+)*"
    + _ATTACK_VERB
    + r"\s+(?:[\w-]+\s+){0,4}?(?:at|on|against|into)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# What may stand between the attack or the offensive and the one it falls on, up to the
# mention: "the", and a patron's or a people's word ("the Kurdish-led", "Iranian-backed").
_LED_TAIL = r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’]*-(?:led|backed|dominated)\s+)?$"
ATTACKED_BEFORE = re.compile(
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


# "the US-led attack on Iraq", "a Saudi-led offensive against the Houthis": the state leading
# the attack, then the one it falls on (up to the target's name).
_LED_ATTACK_AFTER = re.compile(
    r"-led\s+(?:[\w-]+\s+){0,2}?(?:attacks?|invasion|war|offensive|strikes|air\s*strikes|"
    r"bombing|campaign|intervention|assault|operation)\s+(?:on|against|in|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def leads_attack_on(text: str, m: Mention, sentence: Sentence) -> int | None:
    """Where the one attacked begins, when the mention leads the attack ("the US-led attack
    on Iraq": the United States makes it, Iraq suffers it), else None."""
    found = _LED_ATTACK_AFTER.match(text, m.end, sentence.end)
    return None if found is None else found.end()
