"""Speakers told by title, office or seat rather than by name: the Secretary-General, a bloc's
chair, state media, regional groups ("West African heads of state"), unnamed spokespeople and
officials, and an officer of the party named before ("Its secretary-general, X,")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefer.analysis.affiliation import CHAIR_TITLES, PERSON_NOUNS
from briefer.analysis.mention_resolution import EU_BODIES
from briefer.analysis.model import Mention
from briefer.analysis.owners import INSTITUTION_WORDS, ROLE_WORDS
from briefer.analysis.reactions.anaphors import _ORG_NOUNS
from briefer.analysis.reactions.cues import VERB
from briefer.sources.dates import MONTH_NAMES

# "Secretary of State Antony Blinken" is American and "Secretary-General António Guterres" is
# the UN's unless another body is named.
# "The Secretary-General calls on all parties": the office named alone speaks for its body.
_OFFICE_ALONE = re.compile(
    r"^\s*(?:[^,]{0,40},\s+)?the\s+(?P<office>Secretary-General)"
    r"(?:['’]s\s+(?:deputy\s+)?(?:spokes(?:man|woman|person)|office)\s+|,\s+|\s+)",
    re.IGNORECASE,
)
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
# The unnamed people a sentence opens on: "European diplomats", "A NATO diplomat".
_UNNAMED_PEOPLE = re.compile(
    r"^\s*(?:[^,]{0,40},\s+)?(?:an?\s+|one\s+|two\s+|several\s+)?(?:[\w.-]+\s+){0,2}"
    r"(?:diplomats?|officials?|sources?)\b",
    re.IGNORECASE,
)

# A body's chair by any of its titles, "president" among them ("as president of the EU").
_CHAIR_WORD = r"(?:" + CHAIR_TITLES + r"|president)"
# The seat a state or its leader holds in a body: "holds the rotating presidency of the EU".
_SEAT = r"(?:chair|chairmanship|presidency)"
# "X, which chairs the bloc," / "X, the bloc's current chairman,": X speaks for the bloc.
_BLOC = r"(?:bloc|group|union|alliance|organi[sz]ation|community|grouping)"
_CHAIR_ASIDE = re.compile(
    r",\s+(?:(?:which|who)\s+(?:currently\s+)?(?:chairs|holds\s+the\s+(?:rotating\s+)?"
    + _SEAT
    + r"\s+of)\s+the\s+"
    + _BLOC
    + r"|the\s+"
    + _BLOC
    + r"['’]s\s+(?:current\s+|rotating\s+)?"
    + _CHAIR_WORD
    + r")"
    r"\s*,",
    re.IGNORECASE,
)
_CHAIR_NAMED = re.compile(
    r",\s+(?:which|who)\s+(?:currently\s+)?holds\s+(?:the\s+)?[^,;]{1,60}?['’]s\s+"
    r"(?:rotating\s+)?" + _SEAT + r"\s*,|"
    # "the Nigerian President, in his capacity as Chairman of the ECOWAS Authority,"
    # "X, whose country holds the EU presidency,": the body of the presidency his state holds
    r",\s+whose\s+(?:country|government|state)\s+(?:currently\s+)?holds\s+the\s+(?:rotating\s+)?"
    r"[^,;]{1,40}?\s+" + _SEAT + r"\s*,|"
    r",\s+(?:in\s+(?:his|her|its)\s+capacity\s+as|speaking\s+as|acting\s+as)\s+(?:the\s+)?"
    r"(?:current\s+|rotating\s+)?(?i:" + _CHAIR_WORD + r")\s+of\s+"
    r"[^,;]{1,80}?,|"
    # "X, speaking for the heads of government of the Caribbean Community,", "The German foreign
    # ministry, speaking for the European Union presidency,": the body spoken for
    r",\s+speaking\s+(?:for|on\s+behalf\s+of)\s+[^,;]{1,80}?,"
)
# "X, which holds the presidency of the European Union (until June)," with the act told as done
# for the members ("on behalf of the Fifteen", "in the name of the Twelve", "on behalf of the
# group"): the body speaks through the state that chairs it. Without those words the state
# acts in its own name ("France, which holds the presidency of the EU, condemned ...").
_CHAIR_OF_NAMED = re.compile(
    r",\s+(?:which|who)\s+(?:currently\s+)?holds\s+the\s+(?:rotating\s+)?"
    + _SEAT
    + r"\s+of\s+[^,;]{1,80}?,"
)
# A chair given as the capacity its holder acts in, fronted or set after the subject: "Speaking
# as the bloc's chair, X urged", "X, speaking as current chairman of the OAU, sent", "As
# chairman of the AU, X condemned", "Germany, speaking as holder of the EU's rotating presidency,
# protested": the body acts, not the holder's state (a state that merely holds the chair, "X,
# which chairs the bloc, said", is `_CHAIR_ASIDE`'s and `_CHAIR_NAMED`'s).
_CAPACITY = re.compile(
    r"(?:^|,\s+)(?:(?i:speaking|acting)\s+as|[Ii]n\s+(?:his|her|its)\s+capacity\s+as|As|as)\s+"
    r"(?:the\s+)?(?:(?:current|rotating|outgoing|incoming)\s+)?(?:"
    # "holder of the European Union's rotating presidency"
    r"holder\s+of\s+(?:the\s+)?(?P<held>[^,;]{1,60}?)['’]s\s+(?:rotating\s+)?" + _SEAT + r"|"
    # "the OAU's chairman", "the bloc's current chair"
    r"(?P<owner>[^,;]{1,60}?)['’]s\s+(?:(?:current|rotating)\s+)?" + _CHAIR_WORD + r"|"
    # "current chairman of the OAU", "holder of the rotating presidency of the Community"
    r"(?:" + _CHAIR_WORD + r"|holder\s+of\s+(?:the\s+)?(?:rotating\s+)?" + _SEAT + r")\s+of\s+"
    r"(?P<of>[^,;]{1,80}?))\s*,"
)
# What may stand before the subject a capacity is set after: no clause of its own.
_CLAUSE_MARKS = re.compile(r"[;:\"“”]")
# The subject's own title after its name, before the capacity: "Ghana's president, speaking as".
_SUBJECT_TAIL = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}")


def capacity_body(
    text: str, mentions: Sequence[Mention], bloc: Callable[[], Sequence[str]] | None = None
) -> str | None:
    """The body a chair named as the capacity of the sentence's subject acts for; None when the
    sentence names no such capacity. A body named only by its kind ("the bloc's chair") is the
    one `bloc` answers (the body the text named before), if given."""
    cap = _CAPACITY.search(text)
    if cap is None:
        return None
    if cap.start() > 0:
        # set right after the subject that opens the sentence ("Kenya's President Daniel arap
        # Moi, speaking as ..."), not after a clause ("France condemned it, as the chair of
        # the AU had done")
        subject = next((m for m in reversed(mentions) if m.end <= cap.start()), None)
        if (
            subject is None
            or _SUBJECT_TAIL.fullmatch(text, subject.end, cap.start()) is None
            or _CLAUSE_MARKS.search(text, 0, cap.start()) is not None
            or VERB.search(text, 0, cap.start()) is not None
        ):
            return None
    group = next(g for g in ("held", "owner", "of") if cap.group(g) is not None)
    start, end = cap.span(group)
    named = [m for m in mentions if start <= m.start < end and m.type == "ORG"]
    if named:
        return named[0].canonical
    words = text[start:end].lower().removeprefix("the ").split()
    if bloc is None or not words or words[0].rstrip("'’s") not in _ORG_NOUNS:
        return None
    body = bloc()  # "speaking as the bloc's chair", "chair of the group's security organ"
    return body[0] if len(body) == 1 else None


# The Security Council's presidency passes from member to member month by month; its holder
# tells the press what the members agreed ("its president for June, France's ambassador X,
# told reporters that members had called on ...", "X, who held the Council presidency, said"):
# the Council speaks, not the holder's state. (A month's president is the Council's alone: the
# European Union's presidency runs for half a year.)
_MONTH = r"(?:" + MONTH_NAMES + r")"
_COUNCIL_PRESIDENT = re.compile(
    r"\b(?:[Ii]ts|the\s+(?:Security\s+)?Council['’]s)\s+president\s+for\s+(?:the\s+month\b|"
    + _MONTH
    + r"\b)|,\s+(?:who|which)\s+(?:currently\s+|then\s+)?(?:holds|held)\s+the\s+(?:rotating\s+)?"
    r"(?:monthly\s+)?(?:(?P<body>(?:Security\s+)?Council)\s+presidency|presidency\s+of\s+the\s+"
    r"(?P<of>(?:Security\s+)?Council)|(?:Security\s+)?Council['’]s\s+presidency\s+for\s+"
    + _MONTH
    + r")\b"
)
SECURITY_COUNCIL = "United Nations Security Council"


def council_presidency(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the sentence's subject is the Security Council's president of the month, told
    by that office before the first reporting verb: the Council speaks through its president.
    A "Council" named bare must be the one the text calls the Security Council."""
    held = _COUNCIL_PRESIDENT.search(text)
    if held is None or VERB.search(text, 0, held.start()) is not None:
        return False
    group = "body" if held.group("body") is not None else "of" if held.group("of") else None
    if group is None or "Security" in held.group(group):
        return True
    start, end = held.span(group)
    return any(m.canonical == SECURITY_COUNCIL for m in mentions if start <= m.start < end)


_FOR_THE_MEMBERS = re.compile(
    r"\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+|its\s+|all\s+)?(?:\d+\s+)?"
    r"(?:(?:Six|Nine|Ten|Twelve|Fifteen|Twenty-(?:Five|Seven|Eight))\b|group\b|bloc\b|[Uu]nion\b|"
    r"[Cc]ommunity\b|organi[sz]ation\b|alliance\b|(?:other\s+)?(?:member\s+)?(?:states|members|"
    r"governments|countries)\b)"
)
_ANONYMOUS_AT_SEAT = re.compile(
    r"^\s*(?:[A-Z][\w-]*\s+)?(?i:diplomats|officials|sources)\s+(?:in|at)\s+(?P<place>[A-Z])"
)
# Unnamed people of a party spoken of in the plural ("aides said", "negotiators say"): a
# group, not one person, so a follow-up of whoever spoke just before only in the same paragraph.
UNNAMED_PLURAL = (
    r"(?:officials|diplomats|sources|aides|advis[eo]rs|spokes(?:men|women|people|persons)"
    r"|negotiators|envoys|delegates)"
)
# "A spokesperson added", "A Commission spokesperson said": a speaker with no name of its own.
_UNNAMED_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\s,\"“”]))(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spokes(?:person|man|woman)|official|diplomat|source|aide)|"
    # "..., officials said": unnamed people closing the sentence
    rf"(?<=,\s)(?:[\w-]+\s+)?{UNNAMED_PLURAL}|"
    # "Officials said", "Two senior officials told reporters": unnamed people opening it;
    # "Officials there said" (the place of the last speaker, not only of the sentence before)
    r"^(?:[\w-]+\s+){0,2}(?:officials|aides|advis[eo]rs|spokes(?:men|women)|negotiators|envoys)"
    r"(?:\s+there)?)\s+"
    r"(?:(?:\w+ly|also|later|then|again|further|has|have|had)\s+)*$",
    re.IGNORECASE,
)


# Words that open an unnamed speaker without naming a region ("Administration officials said").
_UNNAMED_WORDS = frozenset(
    {"a", "an", "one", "two", "three", "several", "some", "senior", "administration", "aides"}
)
# Lower-case words that name no region or bloc in an unnamed speaker (`_anonymous`).
_NO_REGION = INSTITUTION_WORDS | ROLE_WORDS | _ORG_NOUNS | _UNNAMED_WORDS


def _anonymous(text: str, mentions: Sequence[Mention], unnamed: re.Match[str]) -> bool:
    """Whether an unnamed speaker is qualified by a region or bloc of no one party ("a Gulf
    official", "Western diplomats"): a capitalised word that is no entity and no office."""
    for word in re.finditer(r"[A-Z][\w-]*", text[unnamed.start() : unnamed.end()]):
        at = unnamed.start() + word.start()
        if any(m.start <= at < m.end for m in mentions):
            continue
        low = word.group(0).lower()
        if low not in _NO_REGION:
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
    # ("His office later said": the office-holder's own office speaks for them)
    + "|".join(sorted(PERSON_NOUNS | {"office"}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def leader_aide(text: str) -> bool:
    """Whether the sentence opens on an officer of the person named before ("His defence
    minister went further", "Her spokesman, X, added"): that person's party acts or speaks."""
    return _HIS_TITLE.match(text) is not None


_ADVERBS_THEN = re.compile(r"(?:\s+(?:\w+ly|also|later|then|again|had|has|have))*\s+$")


def aide_speaks_first(text: str, verb_at: int) -> bool:
    """Whether the officer opening the sentence is the subject of the verb at `verb_at` ("Her
    spokesman said on Thursday that X's position ..."): the first clause is the aide's, whoever
    the reported words name later."""
    opening = _HIS_TITLE.match(text)
    return opening is not None and _ADVERBS_THEN.fullmatch(text, opening.end(), verb_at) is not None


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


# A body's officer whose state the text adds to the office ("Its chairman, Juan Ruiz of Aldria,",
# "The force's Canadian commander, General X,", "The organisation's chairman, Ruritanian Foreign
# Minister X,"): the office is the body's; the state is only the holder's own.
BODY_OFFICER = re.compile(
    r"(?:^|[.;:\"“”(]\s*|,\s+)(?:[Ii]ts|[Tt]he\s+(?P<body>bloc|alliance|union|organi[sz]ation|"
    r"body|group|agency|council|commission|committee|mission|force|league|community)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(PERSON_NOUNS | _OFFICER_NOUNS, key=len, reverse=True))
    + r")\s*,\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}$"
)

# The Commission named in an unnamed or bare title ("A Commission spokesman, X,", "the bloc's
# crisis management commissioner, X,"): of the EU, the European Commission speaks.
_COMMISSION_TITLE = re.compile(r"\bCommission\b|\bcommissioner\b", re.IGNORECASE)


def the_commission(title: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` resolved for an officer titled `title`, with the European Union read as its
    Commission when the title is the Commission's ("A Commission spokesman", "the bloc's
    trade commissioner"), and so the Community of its time: the gold's convention, the
    Commission speaks in its own name."""
    if any(n in EU_BODIES for n in names) and _COMMISSION_TITLE.search(title):
        return ("European Commission",)
    return names


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)
# A title between a party and its officer: " Secretary of State ", "'s foreign minister, ",
# " leader, " (no clause: no verb, quote or second comma).
_TITLE_TO_PERSON = re.compile(r"(?:['’]s)?(?:\s+[\w.-]+){0,8}?,?\s+")


# Office words beyond the role words: "Boeing's chief executive", "Pakistan's military ruler".
_MORE_OFFICE = frozenset(["for", "executive", "ruler", "monarch", "delegate", "strongman"])


def _office_words(gap: str) -> bool:
    """Whether `gap`, between a party and a person, is the person's office in that party
    ("'s foreign minister, ", " Secretary of State "): title words only, none a verb ("China
    sent Vice President X"), and no former office."""
    gap = gap.replace("’s", "'s")
    words = gap.replace("'s", "").replace(",", " ").split()
    if not words:
        return gap.strip() == "'s"  # "Germany's Olaf Scholz"
    # (a capitalised word is the title's own: "Assistant Secretary of State for African Affairs")
    return all(
        w.casefold() != "former"
        and (w[0].isupper() or w.casefold() in ROLE_WORDS or w.casefold() in _MORE_OFFICE)
        for w in words
    )


def office_between(text: str, party: Mention, person: Mention) -> bool:
    """Whether the text from `party` to `person` is the person's office in that party ("U.S.
    Secretary of State George Shultz", "The Soviet leader, Mikhail Gorbachev", "Saudi Arabia's
    minister of state for foreign affairs, Adel al-Jubeir"), no former one ("Former South
    African President Thabo Mbeki"): the person speaks and acts for the party."""
    gap = text[party.end : person.start]
    return (
        _TITLE_TO_PERSON.fullmatch(gap) is not None
        and _office_words(gap)
        and _FORMER_BEFORE.search(text, 0, party.start) is None
    )
