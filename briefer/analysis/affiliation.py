"""Who speaks for whom, as the text tells it: the state or body each person speaks for.

A person speaks for the state or body their title names ("Serbian President X", "the EU's
foreign policy chief, X", "X, chair of the Caribbean Community", "X, the Commission's
vice-president"), or, when the text gives none, for the body a well-known office-holder serves
(`owners.known_party`). Whose a name, a seat or an institution is without reading the sentence
("Pristina said", "Russian Foreign Ministry", "the Foreign Ministry" as a principal's own) is
`owners`' to say. Split from `reactions`, which finds who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise

from briefer.analysis import gazetteer, owners
from briefer.analysis.mention_resolution import EU_BODIES, FORMER_STATES, text_year
from briefer.analysis.model import Mention
from briefer.analysis.owners import (
    ROLE_WORDS,
    government_of,
    is_domestic_institution,
    is_state,
    owner_state,
    owning_state,
    party_of,
    seat_of,
)

# The nouns naming a person by office: "the minister", "the EU's envoy".
PERSON_NOUNS = frozenset(
    [
        "minister",
        "president",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "ambassador",
        "chief",
        "official",
        "secretary",
        "secretary-general",
        "chancellor",
        "premier",
        "diplomat",
        "leader",
        "head",
        "commissioner",
        "representative",
    ]
)


# The possessive of a name ending in s: "the United Nations' human rights chief".
_BARE_POSSESSIVE = re.compile(r"^['’](?=\s)")


def title_gap(gap: str) -> bool:
    """Whether `gap` (text between a party and a person) is a title: "foreign policy chief",
    "'s foreign minister, " (an appositive title needs a role word)."""
    text = _BARE_POSSESSIVE.sub(" 's", gap.replace("'s", " 's").replace("’s", " 's"))
    comma = text.rstrip().endswith(",")
    words = text.rstrip().rstrip(",").split()
    if not words:
        return gap == " "
    if len(words) > 6 or "\n" in gap or _SENTENCE_ENDS_IN.search(gap):
        return False  # (a title runs over no full stop and no line: "Moscow\n\nPresident X")
    if comma and not any(w.lower() in ROLE_WORDS and w != "'s" for w in words):
        return False
    # Up to two plain words may qualify a role that ends the title ("UN aid chief",
    # "EU climate envoy"); verbs and function words may not.
    plain = [w for w in words if not (w.lower() in ROLE_WORDS or w[:1].isupper())]
    if not plain:
        return True
    last = words[-1].lower()
    return (
        len(plain) <= 2
        and last in ROLE_WORDS
        and last not in _NOT_HEADS
        and all(w.isalpha() and w not in _NOT_QUALIFIERS and not w.endswith("ed") for w in plain)
    )


# A full stop after a word longer than an abbreviation's ("Sen.", "Gen.", "Capt." may sit in
# a title): "the U.N. Secretary-General. President X" is two sentences, no title.
_SENTENCE_ENDS_IN = re.compile(r"[\w-]{5,}[.!?]\s")


# Role words that cannot end a title of their own, and words that never qualify a role.
_NOT_HEADS = frozenset({"'s", "the", "of", "a", "an", "state", "national", "security"})
_NOT_QUALIFIERS = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "for",
        "with",
        "by",
        "from",
        "in",
        "on",
        "at",
        "as",
        "that",
        "which",
        "who",
        "said",
        "says",
        "told",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "its",
        "their",
        "his",
        "her",
    ]
)


def is_title_gap(gap: str) -> bool:
    """Whether the text between a party and a person is a title ("'s foreign minister ")."""
    return bool(gap.strip()) and title_gap(gap)


# "Secretary of State Antony Blinken" is American and "Secretary-General António Guterres" is
# the UN's unless another body is named.
# (the office in capitals too, and an office of two words: "X, the Secretary-General of NATO,",
# "X, secretary general of the Pacific Islands Forum,", "X, chief of staff of the truce body,";
# not a former office: "X, the former Secretary-General of the United Nations,")
_OFFICE_OF = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:(?:(?!former\s|ex-)[\w-]+\s+){0,3}?(?i:president|head|chair|"
    r"chairman|chairwoman|leader|secretary|secretary[-\s]general|director|director[-\s]general|commissioner|"
    r"minister|ambassador|governor|mayor|chief\s+of\s+staff|commander)\s+(?:of|at)|"
    r"(?P<spokes>spokes(?:man|woman|"
    r"person)\s+for|(?:[a-z-]+\s+){0,2}(?:adviser|advisor|aide|envoy)\s+to))\s+(?:the\s+)?"
    r"(?:(?:President|Prime\s+Minister|Chancellor|King)\s+)?"
)
_POST_WITH_BODY = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:coordinator|representative|official|"
    r"officer|spokes(?:man|woman|person)|envoy|director|head|chief|mediator|negotiator)\s+"
    r"(?:for|with|at|of)\s+(?:the\s+)?"
)
# A body's chair, in any of the words for one: the capacity an apposition gives a person here,
# and the one a speaker acts in (`reactions.titles`, which adds "president").
CHAIR_TITLES = r"(?:chair|chairman|chairwoman|chairperson)"
# The capacity an apposition gives a person, before the body's name: "X, the Dutch finance
# minister who chairs the Eurogroup,", "X, mediator for the Southern African Development
# Community,"; or around it: "X, the current SADC chairman,".
_CAPACITY_BEFORE = re.compile(
    r"(?:,\s+(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){0,5}?who\s+(?:currently\s+)?(?:chairs|heads|"
    r"presides\s+over)|(?:current\s+|rotating\s+|outgoing\s+|chief\s+|lead\s+)?"
    r"(?:mediator|facilitator)\s+(?:for|of|on\s+behalf\s+of))|"
    # "X, chair of the Caribbean Community,", "X hosted the talks as the current chair of CELAC"
    r"(?:,\s+|,?\s+(?:[a-z]+\s+){0,6}?as\s+)(?:the\s+)?(?:current\s+|rotating\s+|outgoing\s+)?"
    + CHAIR_TITLES
    + r"\s+of)\s+(?:the\s+)?"
)
# "X, commanding UN forces in Bosnia,", "X, who leads the African Union panel,": leading a
# body's force, panel or mission (a party or a movement led is not a capacity of this kind).
_LEADING_BEFORE = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){0,5}?who\s+(?:currently\s+)?(?:leads|commands|led|"
    r"commanded|headed)|commanding|heading|leading)\s+(?:the\s+)?"
)
_UNIT_AFTER = re.compile(
    r"['’]?s?\s+(?:[a-z-]+\s+)?(?:panel|mission|force|forces|troops|team|delegation|contingent|"
    r"operation|observers|monitors|peacekeepers)\b"
)
# "X, the mediator appointed by ECOWAS,", "X, the former Austrian chancellor named by the OSCE
# as its special envoy,": the body whose envoy the text makes him.
_NAMED_BY = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?P<before>(?:[\w'’-]+\s+){0,5}?)(?:appointed|named|chosen|sent)\s+"
    r"by\s+(?:the\s+)?"
)
_ENVOY_WORDS = r"(?:envoy|mediator|facilitator|negotiator|representative)"
_ENVOY_BEFORE = re.compile(r"\b" + _ENVOY_WORDS + r"\s+$")
_AS_ITS_ENVOY = re.compile(r"\s+as\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?" + _ENVOY_WORDS + r"\b")
_CAPACITY_AROUND = re.compile(
    r",\s+(?:as\s+)?(?:the\s+)?(?:current\s+|rotating\s+|outgoing\s+)?", re.IGNORECASE
)
_CAPACITY_AFTER = re.compile(r"['’]?s?\s+(?:" + CHAIR_TITLES + r"|mediator)\b")
_WHOSE_TITLE = re.compile(r",\s+whose\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+", re.IGNORECASE)
# A member of the European Commission speaks for the Commission, the EU institution he sits
# in ("the EU's trade commissioner, X", "European Energy Commissioner X").
_COMMISSIONER_GAP = re.compile(r"\bcommissioner\W*$", re.IGNORECASE)
_EU_COMMISSIONER = re.compile(
    r"(?<![\w-])European\s+(?:[A-Z][\w-]*\s+){0,3}Commissioner\s+(?:for\s+[^,]{3,60},\s+)?$"
)
# A commissioner titled by his portfolio alone, before his name ("Enlargement Commissioner X",
# "crisis management commissioner X") or after it ("X, Commissioner for the Environment,"):
# in a story that names the EU, a member of its Commission. Commissioners of other kinds name
# their body ("UN High Commissioner"), or are no portfolio's ("Police Commissioner X").
_PORTFOLIO_COMMISSIONER = re.compile(r"(?P<words>(?:[\w'’-]+\s+){1,4})[Cc]ommissioner,?\s+$")
_COMMISSIONER_FOR = re.compile(
    r",\s+(?:the\s+)?(?:EU\s+|European\s+)?Commissioner\s+(?:for|of)\s+[^,;:\"“”]{3,80}?"
    r"(?=\s*[,;:\"“”]|\s*$|\s+(?:said|says|told|added|who)\b)"
)
# Words a portfolio title starts after ("the enlargement commissioner, X").
_BEFORE_PORTFOLIO = frozenset(
    ["the", "a", "an", "and", "his", "her", "its", "their", "with", "by", "said", "says"]
)
_NOT_PORTFOLIOS = frozenset(
    [
        "former",
        "police",
        "high",
        "deputy",
        "assistant",
        "county",
        "district",
        "city",
        "state",
        "regional",
        "election",
        "electoral",
        "refugee",
        "refugees",
        "rights",
        "human",
        "information",
        "language",
        "children's",
        "chief",
        "of",
    ]
)
_EU_NAMES = frozenset({"European Union", "European Commission"})


def _eu_party(name: str, known_party: Callable[[str], str | None]) -> str:
    """The EU body a person titled as a European commissioner speaks for: the one people.tsv
    knows if it is an EU body (the foreign policy chief speaks for the Union), else the
    Commission (Kristalina Georgieva, known since as the IMF's head, was a commissioner)."""
    known = known_party(name)
    return known if known in _EU_NAMES else "European Commission"


def _commissioner(text: str, mentions: Sequence[Mention], person: Mention) -> bool:
    """Whether `person` is titled as a commissioner by portfolio alone (`_PORTFOLIO_COMMISSIONER`,
    `_COMMISSIONER_FOR`), with no other body's name in the title."""
    surface = person.surface
    at = surface.find("ommissioner ")
    # ("Enlargement Commissioner Olli Rehn" read as one name: its title is inside it)
    end = person.start + at + len("ommissioner ") if at > 0 else person.start
    # (the word first, a C scan: the pattern tries 1 to 4 words at every place of the window)
    title = (
        _PORTFOLIO_COMMISSIONER.search(text, max(0, end - 60), end)
        if text.find("ommissioner", max(0, end - 60), end) >= 0
        else None
    )
    if title is not None:
        words = title.group("words").split()
        portfolio: list[str] = []
        for word in reversed(words):
            if word.casefold() in _BEFORE_PORTFOLIO or word[-1] in ",.;:":
                break
            portfolio.append(word)
        start = title.end("words") - sum(len(w) + 1 for w in portfolio)
        return (
            bool(portfolio)
            and not any(w.casefold() in _NOT_PORTFOLIOS for w in portfolio)
            and not any(start <= m.start < end and m is not person for m in mentions)
        )
    after = _COMMISSIONER_FOR.match(text, person.end)
    return after is not None and not any(
        person.end < m.start < after.end()
        and m.canonical not in _EU_NAMES
        # ("Commissioner for Taxation and Customs Union": a portfolio's words, no body known)
        and gazetteer.canonical_name(m.canonical) is not None
        for m in mentions
    )


CONVENTIONAL = {
    "secretary of state": "United States",
    "secretary-general": "United Nations",
    "pope": "Vatican",
    # offices only one state has under that name in English news
    "treasury secretary": "United States",
    "secretary of the treasury": "United States",
    "defense secretary": "United States",
    "secretary of defense": "United States",
    "taoiseach": "Ireland",
    "house speaker": "United States",
    "speaker of the house": "United States",
    "senate majority leader": "United States",
    "senate minority leader": "United States",
    "chief cabinet secretary": "Japan",
    "commonwealth secretary": "United Kingdom",
    "commonwealth relations secretary": "United Kingdom",
    "colonial secretary": "United Kingdom",
}
_CONVENTIONAL_OFFICES = (
    r"(Secretary\s+of\s+State|Secretary-General|Pope|"
    r"Treasury\s+Secretary|Secretary\s+of\s+the\s+Treasury|Defense\s+Secretary|"
    r"Secretary\s+of\s+Defense|Taoiseach|House\s+Speaker|Speaker\s+of\s+the\s+House|"
    r"Senate\s+(?:Majority|Minority)\s+Leader|Chief\s+Cabinet\s+Secretary|"
    r"Commonwealth\s+(?:Relations\s+)?Secretary|Colonial\s+Secretary)"
)
_CONVENTIONAL_TITLE = re.compile(
    # (no body's name right before it: a lowercase word, a dash or a stop may be; "NATO
    # Secretary-General" is NATO's)
    r"(?:^|[.;:\"“”(—–]\s*|,\s+|(?<!['’])\b[a-z]+\s+|\bUS\s+|\bU\.S\.\s+)"
    # ("The Taoiseach, X,": the office with its article)
    r"(?:[Tt]he\s+)?(?:(?:Deputy|Under|Assistant)\s+)?" + _CONVENTIONAL_OFFICES + r"\s*,?\s*$"
)
# The same offices apposed after the name, in either case: "X, the Assistant Secretary of
# State,", "X, the assistant secretary of state for East Asia," (a remit only after an
# assistant's office: Britain's "Secretary of State for Defence" is a cabinet minister).
_CONVENTIONAL_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:deputy|under|assistant)\s+)?"
    + _CONVENTIONAL_OFFICES
    + r"(?P<remit>\s+for\s+[^,;:\"“”()]{3,60}?)?(?=\s*[,;.)\n]|\s*$)",
    re.IGNORECASE,
)


_ASSISTANT_OFFICE = re.compile(r",\s+(?:the\s+)?assistant\s", re.IGNORECASE)


def _conventional_after(text: str, person: Mention) -> re.Match[str] | None:
    """The conventional office apposed after `person` (`_CONVENTIONAL_AFTER`), if any."""
    office = _CONVENTIONAL_AFTER.match(text, person.end)
    if office is None or not office.group("remit"):
        return office
    assistant = _ASSISTANT_OFFICE.match(office.group(0)) is not None
    return office if assistant and office.group(1).lower().endswith("state") else None


_TITLE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?P<title>(?:[\w-]+\s+){0,4}?[\w-]+)(?:\s*[,;.)]|"
    # "X, the UN special rapporteur on the independence of judges,": the post's remit after it
    r"\s+(?=(?:on|for|responsible\s+for|in\s+charge\s+of)\s))"
)
# Words that make a phrase a person's title ("the State Department's top official for Latin
# America"): the people nouns and the officers of a body.
_OFFICE_HOLDERS = PERSON_NOUNS | frozenset(
    [
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "commander",
        "coordinator",
        "negotiator",
        "adviser",
        "advisor",
        "aide",
        "officer",
        "governor",
        "mayor",
        "speaker",
        "rapporteur",
        "delegate",
    ]
)


# What opens an apposed title before its state or body: ", the ", ", the deputy ", ", a former ".
_APPOSED_TITLE_OPENING = re.compile(
    r", (?:(?:the|a|an) (?:(?:deputy|acting|permanent|chief|senior|alternate) )?)?"
)
# "King Juan Carlos of Spain": a monarch's title before the name, the realm after it.
_CROWN_BEFORE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Emir|Sultan|Grand\s+Duke)\s+$")
_OF_STATE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# "X, for the Soviet Union, said": the party a delegate speaks for, set between commas.
_SPEAKING_FOR = re.compile(r",\s+(?:speaking\s+)?for\s+(?:the\s+)?")


_POST_FOR = re.compile(r"\s+(?:for|to|in|on)\s+(?:the\s+)?(?=,|$)", re.IGNORECASE)
_PLACE_OF_POST = re.compile(r"\s(?:for|to|in|on)\s+(?:the\s+)?$")


def _post_place(text: str, mentions: Sequence[Mention], j: int) -> bool:
    """Whether `mentions[j]` is the place of a post inside a title: a region ("Indo-Pacific
    coordinator") or a place after "for", "to", "in" ("special representative for Iraq",
    "envoy in Baghdad"), which the title's owner, named before it, is not."""
    m = mentions[j]
    if m.type == "LOC":
        return True
    return m.type == "GPE" and _PLACE_OF_POST.search(text, mentions[j - 1].end, m.start) is not None


# A title with the remit of the post after it: "The OSCE's representative on freedom of the
# media, X,", "the bloc's special envoy for the Sahel, X,".
_TITLE_WITH_REMIT = re.compile(
    # (the body's name may stand before the title as it is: "The United Nations Special
    # Rapporteur on the rights of indigenous peoples, X,")
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?i:representative|envoy|rapporteur|coordinator|"
    r"commissioner|adviser|advisor|director|head|chief)\s+(?:on|for)\s+[^,;:\"“”()]{2,60},\s+"
)


# A preposition before a party whose title ends an opening phrase ("In talks with Serbia's
# president, X said"): the titled person is not the one named after the comma.
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|from|against|between)\s+(?:the\s+)?$", re.IGNORECASE)


_COMMISSIONER_WORD = re.compile(r"\b[Cc]ommissioner\b")
_JOINT_TITLE = re.compile(r"\band\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


# "The Commonwealth Secretary", "the Commonwealth Relations Secretary": a British cabinet
# office of 1947-1968, not a post of the Commonwealth (whose head is its Secretary-General).
_COMMONWEALTH_MINISTER = re.compile(r"\s+(?:Relations\s+)?Secretary\b(?![-\s]+General)")


def _british_office(text: str, m: Mention) -> Mention:
    """`m`, or the United Kingdom when `m` is the Commonwealth named in the title of a British
    minister ("Duncan Sandys, the Commonwealth Secretary,": Britain's, as the gold names him)."""
    if m.canonical == "Commonwealth of Nations" and _COMMONWEALTH_MINISTER.match(text, m.end):
        return Mention(m.start, m.end, m.surface, "United Kingdom", "GPE")
    return m


def _commission_title(m: Mention) -> bool:
    """Whether `m` is the Commission read in a commissioner's title (`commission_titles`)."""
    return m.canonical == "European Commission" and m.surface.casefold() == "commissioner"


def commission_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the European Commission read in the title of the first commissioner of
    the text who is a member of it ("the EU's enlargement commissioner, X", "European Energy
    Commissioner X", "X, Commissioner for the Environment,"): the word "commissioner" names
    the body he sits in, as the gold lists it among the actors. Only when the text does not
    name the Commission otherwise; `mentions` are sorted, relative to `text`."""
    if any(m.canonical == "European Commission" for m in mentions):
        return mentions
    members = {
        p for p, body in affiliations(text, mentions).items() if body == "European Commission"
    }
    if not members:
        return mentions
    for m in mentions:
        if m.type != "PERSON" or m.canonical not in members:
            continue
        word = None
        for found in _COMMISSIONER_WORD.finditer(text, max(0, m.start - 60), m.start):
            word = found
        if word is None:
            word = _COMMISSIONER_WORD.search(text, m.end, m.end + 12)
        if word is None or any(n.start < word.end() and word.start() < n.end for n in mentions):
            continue
        if _JOINT_TITLE.search(text, max(0, word.start() - 40), word.start()):
            # "the foreign policy chief X and trade commissioner Y said": the joint subject's
            # speakers are the persons' parties, one each
            continue
        title = Mention(word.start(), word.end(), word.group(), "European Commission", "ORG")
        return sorted([*mentions, title], key=lambda n: n.start)
    return mentions


def _bodies_of_former_states(mentions: Sequence[Mention]) -> dict[str, str]:
    """Bodies of today's state that speak for the former state in a text of its time: where
    the mentions name the Soviet Union and Russia never (`states_of_their_time` read
    "Moscow" as the former), "Tass said" is the Soviet Union's word, not Russia's."""
    names = {m.canonical for m in mentions}
    out: dict[str, str] = {}
    for successor, (former, _) in FORMER_STATES.items():
        if former in names and successor not in names:
            for m in mentions:
                if m.type == "ORG" and owner_state(m.canonical) == successor:
                    out[m.canonical] = former
    return out


def state_of_titled_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the state a head's title names by convention read in the first title
    that opens a person's name ("Pope Francis": "Pope" is the Vatican, whose head speaks),
    when the text names the state no other way: the gold lists the state beside its head.
    `mentions` are sorted, relative to `text`."""
    for i, m in enumerate(mentions):
        if m.type != "PERSON" or not m.surface.startswith("Pope "):
            continue
        state = CONVENTIONAL["pope"]
        if any(n.canonical == state for n in mentions):
            return mentions
        title = Mention(m.start, m.start + 4, m.surface[:4], state, "GPE")
        person = Mention(m.start + 5, m.end, m.surface[5:], m.canonical, m.type)
        return [*mentions[:i], title, person, *mentions[i + 1 :]]
    return mentions


# An honorific between an office and the name it introduces ("The Taoiseach, Dr Garret
# FitzGerald,", "Its Foreign Minister, Dr. Subandrio,", "the Commonwealth Secretary, Mr.
# Arthur Bottomley,"): no part of the title, whose patterns read the name right after it.
_HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mme|Prof|Sir|Dame)\.?\s+$")


def _without_honorifics(text: str, mentions: Sequence[Mention]) -> str:
    """`text` with each honorific right before a person's name blanked, offsets kept: a title
    then reads as if it named the person directly."""
    cuts = [
        found.span()
        for m in mentions
        if m.type == "PERSON"
        and (found := _HONORIFIC.search(text, max(0, m.start - 6), m.start)) is not None
    ]
    if not cuts:
        return text
    parts: list[str] = []
    at = 0
    for start, end in cuts:
        if start < at:
            continue
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def affiliations(text: str, mentions: Sequence[Mention], year: int | None = None) -> dict[str, str]:
    """Person -> party from titles in `text`: "Serbian President Aleksandar Vučić",
    "The EU's foreign policy chief, Josep Borrell," and "Heiko Maas, the German foreign
    minister," all tell whom the person speaks for. `mentions` are sorted, relative to `text`;
    `year`, the year the text was published if known, dates the offices of well-known people
    (`known_party`): Shevardnadze was the Soviet Union's in 1988. An undated text is no older
    than the latest year it writes.
    """
    since = text_year(text, None) if year is None else None

    def known_party(name: str) -> str | None:
        return owners.known_party(name, year, since=since)

    # (the Commission read in a commissioner's title is the title's, not a body named before it)
    mentions = [_british_office(text, m) for m in mentions if not _commission_title(m)]
    text = _without_honorifics(text, mentions)
    found: dict[str, str] = dict(_respective_offices(text, mentions))
    found.update(_bodies_of_former_states(mentions))
    people = [i for i, m in enumerate(mentions) if m.type == "PERSON"]

    def place(party_of_person: Callable[[int], str | None]) -> None:
        """Give each person not yet placed the party `party_of_person` finds, if any."""
        for i in people:
            name = mentions[i].canonical
            if name not in found:
                party = party_of_person(i)
                if party is not None:
                    found[name] = party

    # "X, the Dutch finance minister who chairs the Eurogroup,", "Zambian President X, the
    # current SADC chairman,": a body's chair or mediator speaks as that, whatever his state.
    place(lambda i: _capacity_body(text, mentions, i) or _presidency_voice(text, mentions, i))
    # "X, the Commission's vice-president,", "X, the head of the agency's operations in Gaza,":
    # the body the apposition names again by its kind, named before.
    place(lambda i: _body_named_again(text, mentions, i))
    # "Three European Community foreign ministers — X of Luxembourg, Y of Italy and Z —": a
    # body's delegation, each member speaking for the body.
    found.update((p, b) for p, b in _delegation(text, mentions) if p not in found)
    # "The Eurogroup said ... Its president, Dutch Finance Minister X,": the office the
    # pronoun gives belongs to the body named before, whatever state the person is from.
    place(lambda i: _pronoun_owner(text, mentions, i, ("its", "their"), found, known_party))
    for i, person in enumerate(mentions):
        if i == 0 or person.type != "PERSON" or person.canonical in found:
            continue
        j = i - 1
        while j > 0 and person.start - mentions[j].end < 40 and _post_place(text, mentions, j):
            j -= 1  # "the National Security Council's Indo-Pacific coordinator X"
        before = mentions[j]
        if before.type == "PERSON":
            continue
        gap = text[before.end : person.start]
        if (
            gap.startswith(")")
            and before.surface.isupper()
            and text.startswith("(", before.start - 1)
        ):
            # "Confederation of African Football (CAF) president X": the body's acronym in
            # brackets after its name, then the title
            gap = gap[1:]
        if j < i - 1:
            # "The top US diplomat for Europe, X,": a post for a region, the region left out
            gap = (
                text[before.end : mentions[j + 1].start] + text[mentions[i - 1].end : person.start]
            )
            gap = _POST_FOR.sub("", gap)
        if (
            gap.rstrip().endswith(",")
            and _OBJECT_BEFORE.search(text, max(0, before.start - 12), before.start) is not None
        ):
            # "In a phone call with Serbia's president, X expressed": the title is the phrase's
            # object, X the sentence's subject
            continue
        if before.type in ("GPE", "ORG", "NORP") and (
            title_gap(gap) or _TITLE_WITH_REMIT.fullmatch(gap) is not None
        ):
            # "White House National Security Council spokeswoman X": the state owning the body
            owner = owning_state(text, mentions, before, j) if before.type == "ORG" else None
            speaks_for = owner or party_of(before, {})
            if is_domestic_institution(speaks_for):
                # "Foreign Ministry spokeswoman Maria Zakharova": a known officer's ministry
                speaks_for = known_party(person.canonical) or speaks_for
            if speaks_for in EU_BODIES and _COMMISSIONER_GAP.search(gap):
                # "the EU's enlargement commissioner, X", "the European Community's development
                # commissioner, X": the Commission, in the Union's time or the Community's
                speaks_for = "European Commission"
            found[person.canonical] = speaks_for
    eu = any(m.canonical in _EU_NAMES for m in mentions)
    for person in mentions:
        # Titles that name their state or body by convention in English news, unless the
        # person is known to hold the office elsewhere ("Secretary-General Luis Almagro").
        if person.type == "PERSON" and person.canonical not in found:
            conventional = _CONVENTIONAL_TITLE.search(text, max(0, person.start - 40), person.start)
            if _EU_COMMISSIONER.search(text, max(0, person.start - 60), person.start):
                # "European Energy Commissioner X": a member of the Commission
                found[person.canonical] = _eu_party(person.canonical, known_party)
                continue
            if eu and _commissioner(text, mentions, person):
                # "Enlargement Commissioner X", "X, Commissioner for the Environment,", in a
                # story of the EU: a member of the Commission
                found[person.canonical] = _eu_party(person.canonical, known_party)
                continue
            if conventional is None:
                conventional = _conventional_after(text, person)
            if conventional is not None:
                found[person.canonical] = (
                    known_party(person.canonical)
                    or CONVENTIONAL[" ".join(conventional.group(1).lower().split())]
                )
    for person, after in pairwise(mentions):
        if person.type != "PERSON" or person.canonical in found:
            continue
        if after.type not in ("GPE", "ORG", "NORP"):
            continue
        if _APPOSED_TITLE_OPENING.fullmatch(text, person.end, after.start) is None:
            continue
        role = _TITLE_AFTER.match(text, after.end)
        if role is not None and any(
            w.lower() in _OFFICE_HOLDERS for w in role.group("title").replace("-", " ").split()
        ):
            titled = party_of(after, {})
            if titled in EU_BODIES and _COMMISSIONER_GAP.search(role.group("title")):
                titled = "European Commission"  # "X, the EU's trade commissioner,"
            found[person.canonical] = titled
    for person, after in pairwise(m for m in mentions if m.type != "LOC"):
        # "Donald Tusk, the president of the European Council,"; "Ibrahim Kalin, spokesman for
        # President Erdogan,": the office the text gives, before any office known elsewhere.
        # (A region may qualify the office: "Central Asia director at Human Rights Watch".)
        if person.type != "PERSON" or person.canonical in found:
            continue
        office = _OFFICE_OF.fullmatch(text, person.end, after.start)
        if office is None or after.type not in ("GPE", "ORG", "NORP", "PERSON"):
            continue
        if after.type == "PERSON":
            party = found.get(after.canonical) or known_party(after.canonical)
            if party is not None and office.group("spokes"):
                found[person.canonical] = party
        else:
            found[person.canonical] = party_of(after, {})
    for person, after in pairwise(mentions):
        # "X, a coordinator for Médecins Sans Frontières,": a post with an organisation
        if (
            person.type == "PERSON"
            and person.canonical not in found
            and after.type == "ORG"
            and _POST_WITH_BODY.fullmatch(text, person.end, after.start)
        ):
            found[person.canonical] = party_of(after, {})
    for i, person in enumerate(mentions[:-1]):
        # "Nikolai Fedorenko, for the Soviet Union, said": a delegate's party between commas
        after = mentions[i + 1]
        if (
            person.type == "PERSON"
            and person.canonical not in found
            and after.type in ("GPE", "ORG")
            and _SPEAKING_FOR.fullmatch(text, person.end, after.start)
            and text.startswith(",", after.end)
        ):
            found[person.canonical] = party_of(after, {})
        elif (
            person.type == "PERSON"
            and person.canonical not in found
            and after.type == "GPE"
            and is_state(after.canonical)
            and _OF_STATE_GAP.fullmatch(text, person.end, after.start)
            and _CROWN_BEFORE.search(text, max(0, person.start - 20), person.start)
        ):
            # "Emperor Naruhito of Japan", "King Juan Carlos of Spain": the monarch's realm
            found[person.canonical] = after.canonical
    for before, person in pairwise(mentions):
        # "Belgium, whose prime minister, Charles Michel,": the state before "whose"
        if (
            person.type == "PERSON"
            and person.canonical not in found
            and before.type in ("GPE", "ORG")
            and _WHOSE_TITLE.fullmatch(text, before.end, person.start)
        ):
            found[person.canonical] = party_of(before, {})
    # "Secretary-General X said ... His envoy in Baghdad, Y, urged": the office is that of the
    # person named before, so it serves his body (after the titles above have placed him).
    place(lambda i: _pronoun_owner(text, mentions, i, ("his", "her"), found, known_party))
    for person in mentions:
        # Well-known office-holders speak for their state or body when the text gives no title.
        if person.type == "PERSON" and person.canonical not in found:
            party = known_party(person.canonical) or known_party(person.surface)
            if (
                party is not None
                and not is_state(party)
                and not gazetteer.is_former_state(party)
                and _NATIONAL_OFFICE.search(text, max(0, person.start - 40), person.start)
            ):
                # "Prime Minister X" holds a state's office, whatever body he led since
                # (a national office in a sentence about one state names it, below)
                continue
            if party is not None:
                found[person.canonical] = party
    # "India, Nepal's neighbour, declared a day of mourning and Prime Minister X said": a
    # national title with no state, in a sentence about one state, is that state's.
    # "The United Kingdom: Africa minister X said": a list item's speaker is its head state's.
    place(
        lambda i: (
            _sentence_state(text, mentions, i)
            or _own_state_pledged(text, mentions, i)
            or _list_head_state(text, mentions, i)
        )
    )
    # "Prime Minister X of Malaya", "In Tokyo, Prime Minister X said": a national office with
    # no state before the name, and the state named right after it or the capital the sentence
    # opens on.
    place(lambda i: _office_of_state(text, mentions, i) or _office_in_capital(text, mentions, i))
    # "The UN Office of the High Commissioner ... The High Commissioner, X, calls", "the
    # International Court of Justice ... court president X": the body named before whose
    # name holds the title.
    place(lambda i: _titled_by_body(text, mentions, i))
    # "Seoul, 2 May 1992 — Press release, Ministry of Foreign Affairs ... Foreign Minister X
    # expressed": a national office with no state, in a government's press release, is its own.
    issuer = _issuer(text, mentions)
    if issuer is not None:
        place(
            lambda i: (
                issuer
                if _BARE_OFFICE.search(text, max(0, mentions[i].start - 30), mentions[i].start)
                else None
            )
        )
    found.update(_conventional_organs(text, mentions))
    return found


_PRESS_RELEASE = re.compile(r"\bpress\s+release\b", re.IGNORECASE)


def _issuer(text: str, mentions: Sequence[Mention]) -> str | None:
    """The state whose press release the text is, by the line that says so at its head
    ("Seoul, 2 May 1992 — Press release, Ministry of Foreign Affairs of the Republic of Korea",
    "Ministry for Foreign Affairs, Stockholm, 14 December 1995 — Press release"): the state
    owning the body it names there, else the state whose capital it is dated from (a seat of
    an organisation as well, "Brussels", tells no state). None for any other text."""
    release = _PRESS_RELEASE.search(text, 0, 400)
    if release is None:
        return None
    line_start = text.rfind("\n", 0, release.start()) + 1
    line_end = text.find("\n", release.end())
    line_end = len(text) if line_end < 0 else line_end
    on_line = [m for m in mentions if line_start <= m.start and m.end <= line_end]
    for m in on_line:
        if m.type == "ORG":
            owner = owner_state(m.canonical)
            if owner is not None:
                return owner
    for m in on_line:
        if m.type == "GPE":
            if is_state(m.canonical):
                return m.canonical
            state = government_of(m.surface)
            if state is not None and seat_of(m.surface) is None:
                return state
    return None


# Organs English news names without their state, for the one state whose organ the name is
# unless the text places it elsewhere ("the Foreign Office in Islamabad").
# (Britain's departments of empire and war keep their names in the stories of their time.)
CONVENTIONAL_ORGANS = dict.fromkeys(
    (
        "Foreign Office",
        "Colonial Office",
        "Commonwealth Relations Office",
        "Commonwealth Office",
        "Dominions Office",
        "India Office",
        "War Office",
        "Air Ministry",
    ),
    "United Kingdom",
)
_PLACED_IN = re.compile(r"\s+in\s+$")
# A capital opening the organ's sentence: "In Islamabad, a Foreign Office spokesman said".
_OPENING_IN = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)In\s+$")
_COMMA_ARTICLE = re.compile(r",\s+(?:the|a|an)\s+")


def _conventional_organs(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Unqualified organ -> state: "The Foreign Office said" is Britain's, "the Foreign Office
    in Islamabad" Pakistan's (a seat named right after it places every mention of the organ
    in the text)."""
    found: dict[str, str] = {}
    for i, m in enumerate(mentions):
        state = CONVENTIONAL_ORGANS.get(m.canonical) if m.type == "ORG" else None
        if state is None:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and _PLACED_IN.fullmatch(text, m.end, after.start):
            seat = government_of(after.surface)
            if seat is not None:
                found[m.canonical] = seat
                continue
        before = mentions[i - 1] if i > 0 else None
        if (
            before is not None
            and before.type == "GPE"
            and _COMMA_ARTICLE.fullmatch(text, before.end, m.start)
            and _OPENING_IN.search(text, max(0, before.start - 6), before.start)
        ):
            # "In Islamabad, a Foreign Office spokesman said" (Pakistan's and Germany's
            # foreign ministries are called so in English too)
            seat = government_of(before.surface)
            if seat is not None:
                found[m.canonical] = seat
                continue
        reported = _reported_state(text, mentions, i)
        if reported is not None:
            # "Pakistan accepted the offer, the Foreign Office said": the organ tells of its
            # own state's act
            found[m.canonical] = reported
            continue
        found.setdefault(m.canonical, state)
    return found


_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:\w+ly|also|later)\s+)?(?:said|says|announced|confirmed|added|stated)\b"
)
_COMMA_THE = re.compile(r",\s+(?:the\s+)?$")


def _reported_state(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state the words an organ closes with an attribution open on ("Pakistan accepted
    the offer on Sunday, the Foreign Office said" -> Pakistan), if they open on one."""
    organ = mentions[i]
    if not (
        _COMMA_THE.search(text, max(0, organ.start - 8), organ.start)
        and _ATTRIBUTION_AFTER.match(text, organ.end)
    ):
        return None
    before = _SENTENCE_END.search(text, max(0, organ.start - 300), organ.start)
    if before is None and organ.start > 300:
        return None
    opening = before.end() if before is not None else 0
    first = next((m for m in mentions[:i] if m.start >= opening), None)
    if first is None or first.type not in ("GPE", "NORP"):
        return None
    if text[opening : first.start].strip() not in ("", "The", "the"):
        return None
    state = party_of(first, {})
    return state if is_state(state) else None


# "The British and French foreign ministers, X and Y,": a plural office between two states and
# two people gives each person the state in the same place.
_PLURAL_OFFICE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+s,\s+")
_AND = re.compile(r",?\s+and\s+")


def _respective_offices(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, str]]:
    """(person, state) for each pair of people named after a pair of states and a plural
    office ("The British and French foreign ministers, X and Y," -> X British, Y French)."""
    for a, b, first, second in zip(
        mentions, mentions[1:], mentions[2:], mentions[3:], strict=False
    ):
        if (
            a.type in ("NORP", "GPE")
            and b.type in ("NORP", "GPE")
            and first.type == "PERSON"
            and second.type == "PERSON"
            and _AND.fullmatch(text, a.end, b.start)
            and _PLURAL_OFFICE.fullmatch(text, b.end, first.start)
            and _AND.fullmatch(text, first.end, second.start)
        ):
            words = text[b.end : first.start].replace(",", " ").split()
            if not any(w.rstrip("s") in _OFFICE_HOLDERS or w in _OFFICE_HOLDERS for w in words):
                continue
            yield first.canonical, party_of(a, {})
            yield second.canonical, party_of(b, {})


# A title naming its body by a word of the body's name: "court president X", "The High
# Commissioner, X,".
_BODY_NOUN_TITLE = re.compile(
    r"(?<![\w'’])(?P<words>court|tribunal|commission|committee|council|agency|mission|bank)\s+"
    r"(?:president|chairman|chairwoman|chair|chief|head|director|spokes(?:man|woman|person)|"
    r"registrar|prosecutor)\s+$"
)
_CAPITAL_TITLE = re.compile(
    r"(?:^|[.;:\"“(]\s+|\n)[Tt]he\s+(?P<words>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+),\s+$"
)


def _titled_by_body(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The party of the organisation named last before `mentions[i]` whose name holds the
    words of the title before the person ("court president X" after "the International Court
    of Justice"); None when no such title or body is there."""
    person = mentions[i]
    title = _BODY_NOUN_TITLE.search(text, max(0, person.start - 40), person.start)
    if title is None:
        title = _CAPITAL_TITLE.search(text, max(0, person.start - 60), person.start)
        if title is None or not any(
            w.lower() in _OFFICE_HOLDERS for w in title.group("words").split()
        ):
            return None
    words = re.compile(rf"\b{re.escape(title.group('words'))}\b", re.IGNORECASE)
    for m in reversed(mentions[:i]):
        if m.type == "ORG" and words.search(m.surface):
            return party_of(m, {})
    return None


# A leader pledging what his own state will do, in the third person: "President X announced
# that the United States would send", "X said Moscow wanted the fighting stopped".
_SAID_THAT = re.compile(
    r"(?:['’]s\s+spokes(?:man|woman|person))?[^.;:!?\"“”]{0,140}?\b(?:said|says|announced|added|"
    r"repeated|stressed|insisted|made\s+clear|pledged)(?:\s+(?:on|in|last)\s+[A-Z]?\w+)?\s+(?:that\s+)?"
    r"(?:the\s+)?$"
)
_OWN_COMMITMENT = re.compile(
    r"\s+(?:would|will|stood\s+ready|stands\s+ready|was\s+ready|is\s+ready|wanted|wants|"
    r"intends|intended|had\s+decided|has\s+decided|"
    # what it can or cannot do: "said that Jakarta could not remain indifferent"
    r"could\s+not|cannot|can\s+not|could\s+never|can\s+never)\b"
)


def _own_state_pledged(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state a titled person with no state names as the subject of his own pledge ("On
    Tuesday President X announced that the United States would send 3,000 troops"): leaders
    tell what their state will do in its name; None when no such clause follows him."""
    person = mentions[i]
    if not _BARE_OFFICE.search(text, max(0, person.start - 30), person.start):
        return None
    for m in mentions[i + 1 : i + 4]:
        if m.start - person.end > 200:
            return None
        if m.type == "PERSON":
            return None
        if m.type in ("GPE", "NORP") and _SAID_THAT.fullmatch(text, person.end, m.start):
            state = party_of(m, {})
            if is_state(state) and _OWN_COMMITMENT.match(text, m.end):
                return state
            return None
    return None


# An office only a state has, with no body's name before it: "and Prime Minister X" (a
# president may be a body's: "President Jean-Claude Juncker" of the Commission).
_NATIONAL_OFFICE = re.compile(
    r"(?:^|[.;:(]\s*|,\s+|(?<![\w'’-])[a-z]+\s+)(?:Prime\s+Minister|Chancellor|Premier|"
    r"(?:Foreign|Defen[cs]e|Interior|Finance|Trade)\s+(?:Minister|Secretary))\s+$"
)
# A national office with no state named: "Prime Minister X", "Foreign Minister X".
_BARE_OFFICE = re.compile(
    r"(?:^|[\s,;:(])(?:Prime\s+Minister|President|Chancellor|Premier|(?:Foreign|Defen[cs]e|"
    r"Interior|Finance|Trade)\s+(?:Minister|Secretary))\s+$"
)
# What joins the person's clause to the state's: "... and", ";", ":".
_JOINED_CLAUSE = re.compile(r"(?:\s+and|\s*[;:])\s+(?:[\w-]+\s+){0,3}$")


def _opening_state(text: str, mentions: Sequence[Mention], i: int) -> tuple[int, str] | None:
    """(index, state) of the state the sentence of `mentions[i]` opens on ("India, ...", "The
    United Kingdom: ..."), if it opens on one."""
    person = mentions[i]
    before = _SENTENCE_END.search(text, max(0, person.start - 300), person.start)
    if before is None and person.start > 300:
        return None
    opening = before.end() if before is not None else 0
    first = next((k for k in range(i) if mentions[k].start >= opening), None)
    if first is None or mentions[first].type not in ("GPE", "NORP"):
        return None
    if text[opening : mentions[first].start].strip() not in ("", "The", "the"):
        return None
    state = party_of(mentions[first], {})
    return (first, state) if is_state(state) else None


# A list item headed by its state: "The United Kingdom: Africa minister X said".
_LIST_HEAD = re.compile(r"\s*:\s+")


def _list_head_state(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state heading the list item whose first person `mentions[i]` is, after a title or
    none ("The United Kingdom: Africa minister X said", "Saudi Arabia: King X sent"): a
    roundup of reactions names each state, then its speaker."""
    opened = _opening_state(text, mentions, i)
    if opened is None:
        return None
    first, state = opened
    head = _LIST_HEAD.match(text, mentions[first].end)
    if head is None or any(m.type != "LOC" for m in mentions[first + 1 : i]):
        return None
    return state if title_gap(text[head.end() : mentions[i].start] or " ") else None


def _sentence_state(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state a sentence opens on, when `mentions[i]` holds a national office with no state
    in a clause joined to it ("..., and Prime Minister X said") and no other party is named
    between them (but in an aside right after the state)."""
    person = mentions[i]
    title = _BARE_OFFICE.search(text, max(0, person.start - 30), person.start)
    if title is None or not _JOINED_CLAUSE.search(text, max(0, title.start() - 40), title.end()):
        return None
    opened = _opening_state(text, mentions, i)
    if opened is None:
        return None
    first, state = opened
    rest = mentions[first].end
    if text.startswith(",", rest):
        aside_end = text.find(",", rest + 1, person.start)
        rest = aside_end if aside_end > 0 else rest
    for m in mentions[first + 1 : i]:
        if m.start >= rest and party_of(m, {}) != state:
            return None
    return state


def _office_of_state(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state named right after a person whom a national office with no state introduces
    ("Prime Minister Tunku Abdul Rahman of Malaya", "President X of Ivory Coast")."""
    person = mentions[i]
    if i + 1 >= len(mentions) or not _BARE_OFFICE.search(
        text, max(0, person.start - 30), person.start
    ):
        return None
    after = mentions[i + 1]
    if after.type != "GPE" or not _OF_STATE_GAP.fullmatch(text, person.end, after.start):
        return None
    state = after.canonical
    return state if is_state(state) or gazetteer.is_former_state(state) else None


# A sentence opening on the place it is reported from, then the office: "In Tokyo, Prime
# Minister", "In London, the Foreign Secretary,".
_FROM_PLACE = re.compile(r"(?:In|From|At)\s+$")
_OFFICE_AFTER_PLACE = re.compile(
    r",\s+(?:the\s+)?(?:Prime\s+Minister|President|Chancellor|Premier|(?:Foreign|Defen[cs]e|Home|"
    r"Interior|Finance|Trade)\s+(?:Minister|Secretary))\s*,?\s+"
)


def _office_in_capital(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The state whose capital opens the sentence when a national office with no state follows
    it and names `mentions[i]` ("In Rawalpindi, President X told", "In Tokyo, Prime Minister X
    said"): the report places the office-holder in his own capital."""
    if i == 0:
        return None
    person, place_ = mentions[i], mentions[i - 1]
    if place_.type != "GPE" or not _OFFICE_AFTER_PLACE.fullmatch(text, place_.end, person.start):
        return None
    before = _SENTENCE_END.search(text, max(0, place_.start - 300), place_.start)
    opening = before.end() if before is not None else 0
    if (before is None and place_.start > 300) or not _FROM_PLACE.fullmatch(
        text, opening, place_.start
    ):
        return None
    if is_state(place_.canonical):
        return place_.canonical
    return government_of(place_.surface) if seat_of(place_.surface) is None else None


# A possessive pronoun opening a sentence with an office, then the person ("Its director-general,
# X,", "His envoy in Baghdad, X,", "Its president, Dutch Finance Minister X,"), or opening what
# a body says ("The OSCE said its chairman, Slovenian Foreign Minister X, was sending").
_PRONOUN_TITLE = re.compile(
    r"(?:(?:(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n)|^)(?P<pro>Its|Their|His|Her)|"
    r"(?<=\bsaid\s)(?P<said>its|their))\s+"
    r"(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?:\s+(?:for|in|to|on|at)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,\s+(?:[A-Z][\w.-]*\s+){0,4}$"
)


# Where a sentence opens on its place, before the place's name: "In ", "At ".
_PLACE_OPENER = re.compile(r"\s*(?:In|At|From)\s+")


# (a cheap test before `_PRONOUN_TITLE`, which most people's windows fail)
_PRONOUN_OPENING = re.compile(r"\b(?:Its|Their|His|Her|said\s+its|said\s+their)\s+[a-z]")


def _pronoun_owner(
    text: str,
    mentions: Sequence[Mention],
    i: int,
    pronouns: tuple[str, ...],
    found: Mapping[str, str],
    known_party: Callable[[str], str | None],
) -> str | None:
    """The party whose office a possessive pronoun opening the sentence gives `mentions[i]`:
    that of the subject of the sentence before, an organisation or state ("its", "their") or
    a person ("his", "her"); None when no such title opens the sentence, when the subject is
    of another kind, or when the person is known to serve elsewhere."""
    person = mentions[i]
    window = max(0, person.start - 100)
    if not _PRONOUN_OPENING.search(text, window, person.start):
        return None
    title = _PRONOUN_TITLE.search(text, window, person.start)
    if title is None or (title.group("pro") or title.group("said")).lower() not in pronouns:
        return None
    words = title.group("title").replace("-", " ").split()
    if not any(w in _OFFICE_HOLDERS for w in words) or known_party(person.canonical):
        return None
    before = _SENTENCE_END.search(text, max(0, title.start() - 400), title.start() - 1)
    if before is None and title.start() > 400:
        return None
    opening = before.end() if before is not None else 0
    before_title = [m for m in mentions[:i] if opening <= m.start and m.end <= title.start()]
    if title.group("said") and (
        len(before_title) != 1 or before_title[0].type != "ORG" or known_party(person.canonical)
    ):
        # ("The OSCE said its chairman": the one body saying it, not a state's own officer)
        return None
    if pronouns[0] == "its":
        if len(before_title) > 1 and _PLACE_OPENER.fullmatch(text, opening, before_title[0].start):
            # "In Washington, the OAS called for calm. Its secretary-general, X, said": the
            # place opening the sentence before is where, not its subject
            before_title = before_title[1:]
        subject = before_title[0] if before_title else None
        if subject is None or subject.type not in ("ORG", "GPE", "NORP"):
            return None
        return party_of(subject, {})
    # ("UN Secretary-General X said ... His envoy": the person, past his title's body)
    person_before = next((m for m in before_title if m.type == "PERSON"), None)
    if person_before is None:
        return None
    return found.get(person_before.canonical) or known_party(person_before.canonical)


# The end of the sentence before the one a position is in: the last full stop before it.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’]?\s+|\n)(?!.*(?:[.!?][\"”’]?\s|\n))", re.DOTALL)


# An apposition naming the person's body again by its kind, with an office: "X, the
# Commission's vice-president,", "X, the organisation's secretary-general,", "X, the head of the
# agency's operations in Gaza,".
# The kinds of body a text names again in lower case ("the organisation", "the forum").
_BODY_KINDS = (
    r"commission|organi[sz]ation|agency|bloc|alliance|union|council|court|committee|mission|"
    r"league|fund|bank|forum|tribunal|federation|association|institute|foundation|"
    r"secretariat|programme|program"
)
_BODY_AGAIN = re.compile(
    r",\s+(?:the\s+)?(?P<office>(?:[\w-]+\s+){0,2}?(?:head|chief|director|member|president|"
    r"chairman|chair|leader)\s+of\s+|who\s+(?:currently\s+)?(?:chairs|heads|leads)\s+)?"
    # ("X, who chairs the league's committee on Syria,")
    r"the\s+(?P<noun>" + _BODY_KINDS + r")['’]s\s+"
    r"(?P<title>(?:[\w-]+\s+){0,3}?[\w-]+)\b",
    re.IGNORECASE,
)
# The same title opening the sentence, before the person: "The forum's secretary-general, X,".
_BODY_AGAIN_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n)[Tt]he\s+(?P<noun>" + _BODY_KINDS + r")['’]s\s+"
    r"(?P<title>(?:[\w-]+\s+){0,3}?[\w-]+),\s+$",
    re.IGNORECASE,
)
# Kinds a body's own name need not hold ("the organisation" for the Organization of American
# States, "the bloc" for ASEAN): the body named last before the person.
_GENERIC_KINDS = frozenset({"organisation", "organization", "bloc", "alliance", "agency"})


# Kinds only a body of states is called: a non-governmental organisation is no bloc.
_STATES_KINDS = frozenset({"bloc", "alliance"})
_STATES_BODY_NAME = re.compile(
    r"^[A-Z][A-Z-]+$|\b(?:Community|Union|Association|Organi[sz]ation|League|Council|"
    r"Cooperation|Co-operation|Group|Alliance|Pact|Conference|Forum|Treaty|Movement)\b"
)


def _of_states(name: str) -> bool:
    """Whether a body's name reads as one of states: an acronym ("SADC", "NATO") or a name
    with a word such bodies take ("Southern African Development Community")."""
    return _STATES_BODY_NAME.search(name) is not None


def _kinds(name: str) -> set[str]:
    """The words of a body's name, folded ("Organization" is "organisation")."""
    return {w.replace("organization", "organisation") for w in name.casefold().split()}


def _body_named_again(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The body an apposition after `mentions[i]` names again by its kind and gives him an
    office in ("X, the Commission's vice-president,", or before him: "The forum's
    secretary-general, X,"): the organisation named last before
    him whose name holds the kind (any, for "the organisation", "the bloc"); "the
    Commission" of a story that names the EU and no commission is the European Commission.
    None when no such apposition follows, or no body of that kind was named."""
    person = mentions[i]
    again = _BODY_AGAIN.match(text, person.end)
    if again is None or (i + 1 < len(mentions) and mentions[i + 1].start < again.end("noun")):
        # (before him, only a kind the body's own name holds: "the agency" that opens a
        # sentence may be another body than the one named last)
        again = _BODY_AGAIN_BEFORE.search(text, max(0, person.start - 80), person.start)
        if (
            again is None
            or (i > 0 and mentions[i - 1].end > again.start("noun"))
            or _kinds(again.group("noun")) & _GENERIC_KINDS
        ):
            return None
    words = (again.groupdict().get("office") or "") + " " + again.group("title")
    if not any(
        w in _OFFICE_HOLDERS or w in ("chairs", "heads", "leads")
        for w in words.lower().replace("-", " ").split()
    ):
        return None
    noun = again.group("noun").lower().replace("organization", "organisation")
    for m in reversed(mentions[:i]):
        if m.type != "ORG":
            continue
        party = party_of(m, {})
        if is_state(party) or is_domestic_institution(party):
            continue
        if noun in _STATES_KINDS and not (_of_states(m.canonical) or _of_states(m.surface)):
            continue  # ("the bloc's security organ" after "Amnesty International said")
        if noun in _GENERIC_KINDS or noun in _kinds(m.canonical) or noun in _kinds(m.surface):
            return party
    if noun == "commission" and any(
        m.canonical in ("European Union", "European Commission") for m in mentions
    ):
        return "European Commission"
    return None


# A body's plural office, then the people holding it: "European Community foreign ministers —",
# "three EU envoys, ".
_DELEGATES = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:ministers|envoys|mediators|representatives|negotiators)\s*"
    r"(?:[—–:]|,)\s+"
)
_DELEGATION_END = re.compile(r"\s[—–]\s|[.;:]\s|\n")


def _delegation(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, str]]:
    """(person, body) for each person listed after an international body's plural office
    ("Three European Community foreign ministers — Jacques Poos of Luxembourg, ..."), up to
    the dash, stop or colon closing the list."""
    for i, m in enumerate(mentions):
        if m.type != "ORG":
            continue
        office = _DELEGATES.match(text, m.end)
        if office is None:
            continue
        body = party_of(m, {})
        if is_state(body) or owner_state(m.canonical) is not None:
            continue  # ("Russian foreign ministers, X and Y": a state's own)
        end = _DELEGATION_END.search(text, office.end())
        stop = end.start() if end is not None else len(text)
        for person in mentions[i + 1 :]:
            if person.start >= stop:
                break
            if person.type == "PERSON":
                yield person.canonical, body


def _named_envoy(text: str, person: Mention, body: Mention) -> bool:
    """Whether the apposition between `person` and `body` makes him the body's envoy or
    mediator ("X, the mediator appointed by ECOWAS", "X, ... named by the OSCE as its envoy")."""
    named = _NAMED_BY.fullmatch(text, person.end, body.start)
    return named is not None and (
        _ENVOY_BEFORE.search(named.group("before")) is not None
        or _AS_ITS_ENVOY.match(text, body.end) is not None
    )


# A minister speaking for the Union's rotating presidency: "X, speaking for the presidency,",
# "X, who speaks for the Twelve during his country's presidency,".
_PRESIDENCY_VOICE = re.compile(
    r",\s+(?:speaking\s+for|acting\s+for|who\s+speaks\s+for)\s+the\s+(?:(?:rotating|current)\s+)?"
    r"(?:presidency|Twelve)\b"
)


def _presidency_voice(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The European Union (or the Community, in a story that names it) for a person who
    speaks for its rotating presidency, whatever his state; None for anyone else."""
    if _PRESIDENCY_VOICE.match(text, mentions[i].end) is None:
        return None
    names = {m.canonical for m in mentions}
    if "European Community" in names:
        return "European Community"
    return "European Union" if "European Union" in names else None


def _capacity_body(text: str, mentions: Sequence[Mention], i: int) -> str | None:
    """The body whose chair or mediator an apposition after `mentions[i]` makes the person,
    if it names one (the state adjectives in between are his own, not the capacity's)."""
    person = mentions[i]
    for after in mentions[i + 1 : i + 4]:
        if after.start - person.end > 90:
            return None
        if after.type == "ORG":
            if (
                _CAPACITY_BEFORE.fullmatch(text, person.end, after.start)
                or (
                    _CAPACITY_AROUND.fullmatch(text, person.end, after.start)
                    and _CAPACITY_AFTER.match(text, after.end)
                )
                or (
                    _LEADING_BEFORE.fullmatch(text, person.end, after.start)
                    and _UNIT_AFTER.match(text, after.end)
                )
                or _named_envoy(text, person, after)
            ):
                return party_of(after, {})
            return None
        if after.type not in ("NORP", "GPE"):
            return None
    return None
