"""Mentions resolved after merging, from what the same text says elsewhere: people named by
surname or title alone take the full name seen before ("Vučić said" -> Aleksandar Vučić), a
relative takes the family name, a popular name set after a name is that person ("Robert
Kyagulanyi, better known as Bobi Wine"), an acronym the text defines ("the Zanian Liberation
Front (ZLF)") names that body wherever it appears, and a bare body takes the one qualified
body of that name ("the Foreign Ministry" -> "Lithuanian Foreign Ministry").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from briefer.analysis import gazetteer
from briefer.analysis.gazetteer import Entry, Gazetteer
from briefer.analysis.mention_spans import Occupancy, sentence_start
from briefer.analysis.model import Mention
from briefer.analysis.names.organisations import INSTITUTION_WORDS
from briefer.analysis.names.persons import Relative
from briefer.analysis.names.shapes import (
    CAPWORD,
    HEAD_WORDS,
    RANK_GAZETTEER,
    RANK_RULE,
    RANK_SURNAME,
    ROLES,
    STOPWORDS,
    TITLES,
    Found,
    clean,
    given_names,
    occurrences,
)
from briefer.analysis.names.surnames import surname_forms

# A given name right before a known surname: "Hunter Biden" is not Joe Biden.
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’.-])({CAPWORD}) $")
_TITLE_WORD = re.compile(rf"{TITLES}|{ROLES}", re.IGNORECASE)


def other_bearers(
    text: str, found: list[tuple[Found, Entry]], gaz: Gazetteer
) -> list[tuple[Found, Entry]]:
    """A well-known person's bare surname ("Biden") with another given name right before it
    ("Hunter Biden") is someone else of the name: that whole name, not the famous one."""
    out = []
    for f, entry in found:
        if f.type == "PERSON" and " " not in text[f.start : f.end]:
            before = _GIVEN_BEFORE.search(text, max(0, f.start - 40), f.start)
            if before is not None:
                word = before.group(1)
                first = f.canonical.split(" ", 1)[0]
                if (
                    word != first
                    and word not in STOPWORDS
                    and not _TITLE_WORD.fullmatch(word)
                    and word not in gaz.forms
                ):
                    start = before.start(1)
                    name = text[start : f.end]
                    f = Found(start, f.end, name, "PERSON", RANK_RULE)
                    entry = Entry(name, "PERSON", "name")
        out.append((f, entry))
    return out


#: "Robert Kyagulanyi, better known as Bobi Wine": a person's other name, set after the name.
_KNOWN_AS_RE = re.compile(r",?\s+(?:(?:better|also|widely|popularly|commonly)\s+)?known\s+as\s+")


def known_as(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's stage or popular name introduced after the name ("Robert Kyagulanyi, better
    known as Bobi Wine") is that person wherever the text uses it: one person, one name."""
    renamed: dict[str, str] = {}
    for first, second in itertools.pairwise(mentions):
        if (
            first.type == second.type == "PERSON"
            and first.canonical != second.canonical
            and _KNOWN_AS_RE.fullmatch(text, first.end, second.start) is not None
        ):
            renamed.setdefault(second.canonical, first.canonical)
    if not renamed:
        return mentions
    return [
        Mention(m.start, m.end, m.surface, renamed[m.canonical], m.type)
        if m.type == "PERSON" and m.canonical in renamed
        else m
        for m in mentions
    ]


_SENTENCE_END_RE = re.compile(r"[.!?;\n]")


def with_relatives(text: str, mentions: list[Mention], kin: list[Relative]) -> list[Mention]:
    """Relatives named by given name alone take the family's name from the person they belong
    to ("Sergei Skripal and his daughter Yulia" -> Yulia Skripal, "Ortega's daughter Camila" ->
    Camila Ortega): the possessive's person, or for "his"/"her" the person named last in the
    same sentence. Added last, so a later bare surname still means the person it meant."""
    starts = [m.start for m in mentions]
    people = sorted({m.canonical for m in mentions if m.type == "PERSON"}, key=len, reverse=True)
    added: list[Mention] = []
    for rel in kin:
        at = bisect.bisect_left(starts, rel.start)
        if at < len(mentions) and mentions[at].start < rel.end:
            continue  # already a mention
        owner = next((m for m in reversed(mentions[:at]) if m.type == "PERSON"), None)
        if owner is None:
            continue
        between = text[owner.end : rel.start]
        if rel.surname is not None:
            if not between.startswith(("'s ", "’s ")) or owner.surface.split()[-1] != rel.surname:
                continue  # the possessive is no person's found
        elif len(between) > 200 or _SENTENCE_END_RE.search(between):
            continue
        surname = owner.surface.split()[-1]
        name = f"{rel.given} {surname}"
        # The relative's fuller name when the text or the gazetteer has it ("Ali Bongo Ondimba").
        fuller = next(
            (p for p in people if p.split()[0] == rel.given and surname in p.split()[1:]), None
        )
        known = gazetteer.canonical_name(name)
        canonical = fuller or (known[0] if known is not None and known[1] == "PERSON" else name)
        added.append(Mention(rel.start, rel.end, rel.given, canonical, "PERSON"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_ACRONYM_AFTER_RE = re.compile(r" \(([A-Z][A-Z0-9&-]{1,7})\)")


def acronyms_defined(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
    """An acronym the text defines after a body's name ("the Zanian Liberation Front (ZLF)")
    names that body there and wherever else it appears ("the ZLF said"), unless the gazetteer
    already gives it a meaning."""
    defined: dict[str, str] = {}
    for f in chosen:
        if f.type != "ORG":
            continue
        m = _ACRONYM_AFTER_RE.match(text, f.end)
        if m is not None and m.group(1) not in gaz.forms:
            defined.setdefault(m.group(1), f.canonical)
    # (the acronyms no list knows, read once for both readings below; looked up one by one:
    # `set - dict.keys()` copies every form the gazetteer holds, for each document)
    forms = gaz.forms
    unknown = {a for m in _BARE_ACRONYM_RE.finditer(text) if (a := m.group(1)) not in forms}
    defined = _acronyms_spelt(chosen, unknown) | defined
    chosen, spelt_out = _names_spelt_out(text, chosen, unknown - defined.keys())
    defined |= spelt_out
    if not defined:
        return chosen
    taken = Occupancy(len(text))
    for f in chosen:
        taken.take(f.start, f.end)
    extra = []
    for acronym, canonical in defined.items():
        for at in occurrences(text, acronym):
            end = at + len(acronym)
            if taken.free(at, end):
                extra.append(Found(at, end, canonical, "ORG", RANK_GAZETTEER))
    return sorted(chosen + extra, key=lambda f: f.start)


# An acronym no list knows, standing alone ("the EPRDF said", "an NLA unit"): three to seven
# capitals with no word glued on, a plural's "s" allowed. (The test of the character before
# the first capital, "(?<![\w.&-])", is made after it, as "(?<![\w.&-].)": a pattern that opens
# on a capital lets `re` leap to the next capital of the document instead of trying that test
# at every character: three times faster on an article, with the same matches.)
_BARE_ACRONYM_RE = re.compile(r"([A-Z](?<![\w.&-].)[A-Z]{2,6})(?=s?\b)(?![.&-]\w)")
# Words an acronym skips: "Front for the Liberation of ...", "Social Democratic and Labour".
_SKIPPED_IN_ACRONYMS = frozenset(("of", "for", "the", "in", "and", "de", "du", "des", "la", "le"))


def _initials(name: str) -> str:
    """The capitals an acronym of `name` would have: "Ethiopian People's Revolutionary
    Democratic Front" -> "EPRDF"."""
    words = re.findall(r"[^\W\d_][\w'’]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _SKIPPED_IN_ACRONYMS)


def _acronyms_spelt(chosen: list[Found], acronyms: set[str]) -> dict[str, str]:
    """Acronyms no list knows (`acronyms`) whose letters spell the initials of one body the text
    names in full ("the Ethiopian People's Revolutionary Democratic Front, or EPRDF", or the
    EPRDF three paragraphs on): texts define them in many ways ("or", "known as", a dash, a
    later paragraph), and the spelling itself ties the two. An acronym two bodies spell is
    neither's."""
    if not acronyms:
        return {}
    spelt: dict[str, set[str]] = {}
    for f in chosen:
        if f.type == "ORG" and " " in f.canonical:
            letters = _initials(f.canonical)
            if letters in acronyms:
                spelt.setdefault(letters, set()).add(f.canonical)
    return {a: next(iter(names)) for a, names in spelt.items() if len(names) == 1}


def _names_spelt_out(
    text: str, chosen: list[Found], acronyms: set[str]
) -> tuple[list[Found], dict[str, str]]:
    """A name no rule reads whose words spell an acronym the text uses and nothing defines
    (`acronyms`): "the Front de
    libération du Québec" beside "an FLQ cell". A name in another language keeps its small
    words ("de", "du") and lower-case nouns, so the spelling, not the capitals, bounds it (a
    name of capitals alone is left to the rules that read capitals); it becomes one body's
    name there, over the place names inside it, and wherever it recurs."""
    names: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    words = _spelling_words(text) if acronyms else []
    for acronym in sorted(acronyms):
        if not _spelt_in(words, acronym):
            continue  # (no words spell it: its pattern, costly to compile, would find none)
        found = [
            m
            for m in _spelling_re(acronym).finditer(text)
            if "\n" not in m.group()
            and m.group().split()[0] not in STOPWORDS
            and any(w[0].islower() for w in m.group().split())
            and not any(
                f.start < m.end() and m.start() < f.end
                for f in chosen
                if not (m.start() <= f.start and f.end <= m.end())
            )
        ]
        phrases = {clean(m.group()) for m in found}
        if len(phrases) != 1:
            continue  # none, or two names spell it
        names[acronym] = phrases.pop()
        spans += [m.span() for m in found]
    if not spans:
        return chosen, names
    kept = [f for f in chosen if not any(a <= f.start and f.end <= b for a, b in spans)]
    named = [Found(a, b, clean(text[a:b]), "ORG", RANK_GAZETTEER) for a, b in spans]
    return sorted(kept + named, key=lambda f: f.start), names


_SPELT_SMALL_WORDS = r"(?:of|for|the|in|and|de|du|des|la|le|les|del|para|pour|por|y|et)"
_SPELT_SMALL = frozenset(_SPELT_SMALL_WORDS[3:-1].split("|"))
# A word as `_spelling_re` reads one (its words and small words are whole runs of these
# characters), and the white space after it when only white space stands before the next.
_SPELLING_WORD = re.compile(r"([\w'’-]+)(\s+(?=[\w'’-]))?")


def _spelling_words(text: str) -> list[tuple[str, bool]]:
    """The words of `text` in order, each with whether only white space stands between it and
    the next: what `_spelt_in` reads."""
    return [(m[1], m[2] is not None) for m in _SPELLING_WORD.finditer(text)]


def _spelt_in(words: list[tuple[str, bool]], acronym: str) -> bool:
    """Whether `_spelling_re(acronym)` matches somewhere in the text of `words`, read from them:
    compiling that pattern costs ≈ 1 ms an acronym (3 % of the analysis of D), and most acronyms
    are spelt nowhere. Its words and small words are whole words (`_SPELLING_WORD`: it bounds
    each by white space or a lookaround), the letters those of the acronym in order."""
    last = len(acronym) - 1
    # (the word reached, how many letters are spelt up to it), from each first word
    todo = [(i, 1) for i, (word, _) in enumerate(words) if len(word) > 1 and word[0] == acronym[0]]
    seen = set(todo)
    while todo:
        i, spelt = todo.pop()
        if not words[i][1]:
            continue  # no next word after white space
        word = words[i + 1][0]
        letter = acronym[spelt]
        steps = []
        if word in _SPELT_SMALL:
            steps.append((i + 1, spelt))  # a small word between letters
        if len(word) > 1 and (word[0] == letter or (spelt < last and word[0] == letter.lower())):
            if spelt == last:
                return True
            steps.append((i + 1, spelt + 1))
        for step in steps:
            if step not in seen:
                seen.add(step)
                todo.append(step)
    return False


@functools.lru_cache(maxsize=512)
def _spelling_re(acronym: str) -> re.Pattern[str]:
    """Words whose initials spell `acronym`, small words between them: first and last word
    capitalised, a middle one in either case ("Front de libération du Québec" for FLQ)."""
    parts = [rf"(?<![\w'’-]){re.escape(acronym[0])}[\w'’-]+"]
    for i, letter in enumerate(acronym[1:], 1):
        first = letter if i == len(acronym) - 1 else f"[{letter}{letter.lower()}]"
        parts.append(rf"(?:\s+{_SPELT_SMALL_WORDS})*\s+{first}[\w'’-]+")
    return re.compile("".join(parts) + r"(?![\w'’-])")


# A body's mission or force, then the name it goes by: "the UN mission, known as UNAMSIL,",
# "the U.N. mission known as UNOCI", "The UN peacekeeping mission in Mali, MINUSMA,". Set
# between commas, the name must close with a comma of its own ("the UN force, NATO and the EU"
# lists bodies).
_MISSION_NAMED_RE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>mission|force|operation|command|office|agency)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"(?:,?\s+(?:(?:also|better|widely)\s+)?known\s+as\s+|(?P<comma>,\s+))"
    r"(?P<name>[A-Z][A-Z-]{2,}[A-Z])(?(comma),|(?=[\s,;.)]))"
)


def missions_named(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
    """A body's mission or force named after it ("The UN mission, known as UNAMSIL, said") is
    that mission: the body's mention takes the mission's name, and so does the same phrase later
    in the text ("A spokesman for the UN mission"), as the gold conventions keep a mission's own
    name. An acronym the gazetteer does not know becomes a body of its own wherever it appears."""
    named: dict[tuple[str, str], str] = {}  # (body, noun) -> the mission's name
    renamed: dict[int, str] = {}
    for i, f in enumerate(chosen):
        if f.type != "ORG":
            continue
        m = _MISSION_NAMED_RE.match(text, f.end)
        if m is None:
            continue
        entry = gaz.forms.get(m.group("name"))
        if entry is not None and (entry.type != "ORG" or entry.canonical == f.canonical):
            continue
        mission = entry.canonical if entry is not None else m.group("name")
        named.setdefault((f.canonical, m.group("noun")), mission)
        renamed[i] = mission
    if not named:
        return chosen
    out = list(chosen)
    for i, f in enumerate(chosen):
        if f.type != "ORG" or i in renamed:
            continue
        phrase = _BODY_NOUN_RE.match(text, f.end)
        if phrase is not None and (f.canonical, phrase.group(1)) in named:
            renamed[i] = named[(f.canonical, phrase.group(1))]
    for i, mission in renamed.items():
        out[i] = out[i]._replace(canonical=mission)
    taken = Occupancy(len(text))
    for f in out:
        taken.take(f.start, f.end)
    extra = [
        Found(at, at + len(mission), mission, "ORG", RANK_GAZETTEER)
        for mission in set(named.values())
        if mission not in gaz.forms
        for at in occurrences(text, mission)
        if taken.free(at, at + len(mission))
    ]
    return sorted(out + extra, key=lambda f: f.start) if extra else out


# The same phrase later in the text: "the UN mission", "The UN mission's commander".
_BODY_NOUN_RE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(mission|force|operation|command|office|agency)\b"
)


# Until the Maastricht treaty took effect (1 November 1993) "EC" was the European Community;
# the gazetteer reads it as today's European Commission.
_EC = "EC"
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_COMMUNITY_ENDED = 1993


def community_of_its_time(text: str, chosen: list[Found], year: int | None = None) -> list[Found]:
    """ "EC" in a text of the Community's time is the European Community ("EC leaders at the
    summit", "the twelve EC governments"): a text that names the European Community, or one
    published before 1993 (`year`; else the latest year the text writes). Any other text keeps
    the gazetteer's reading."""
    ec = [
        i
        for i, f in enumerate(chosen)
        if f.canonical == "European Commission" and text[f.start : f.end] == _EC
    ]
    if not ec:
        return chosen
    named = any(f.canonical == "European Community" for f in chosen)
    if not named:
        year = text_year(text, year)
        if year is None or year >= _COMMUNITY_ENDED:
            return chosen
    out = list(chosen)
    for i in ec:
        out[i] = out[i]._replace(canonical="European Community")
    return out


def text_year(text: str, year: int | None) -> int | None:
    """The year a text was published (`year`), else the latest year it writes, else None."""
    if year is not None:
        return year
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


#: Today's state -> the state its capital and name stood for until a year (general knowledge:
#: the Soviet Union ended in December 1991, Czechoslovakia on 1 January 1993, North Vietnam,
#: whose capital was Hanoi, on 2 July 1976).
FORMER_STATES = {
    "Russia": ("Soviet Union", 1992),
    "Czech Republic": ("Czechoslovakia", 1993),
    "Vietnam": ("North Vietnam", 1976),
}
#: Today's states that were divided, whose bare name ("Vietnam", "the Vietnam war") stood for
#: the whole land, not the part whose capital is theirs now: the part's capital is read as the
#: part's only where the text names the part and never the whole, whatever its date.
DIVIDED_STATES = frozenset({"Vietnam"})


def states_of_their_time(
    text: str, mentions: list[Mention], year: int | None = None
) -> list[Mention]:
    """In a text published while a former state stood, its capital, seats and people are the
    former state's ("Moscow vetoed the draft" in 1956 is the Soviet Union's act, "Prague" in
    1968 Czechoslovakia's), as the text's own "the Soviet Union" is. A text of unknown date
    is of the former's time when it names the former and never today's state; a divided
    state's capital is its part's in a text of the time that names the part ("Hanoi" beside
    "North Vietnam"), whatever else it names."""
    names = {m.canonical for m in mentions}
    pairs = {s: fe for s, fe in FORMER_STATES.items() if s in names}
    if not pairs:
        return mentions

    def of_its_time(successor: str, former: str, ended: int) -> bool:
        if successor in DIVIDED_STATES:
            # "Hanoi" is North Vietnam's in a text of its time that names North Vietnam
            return (
                (year is None or year < ended)
                and former in names
                and _living_state_named(text, mentions, former)
            )
        if year is not None:
            return year < ended
        # A text of unknown date (its latest year may be a past one it recalls) that names the
        # former state as a living one ("the Soviet Union", "Soviet troops", not "the former
        # Soviet Union", "post-Soviet", "Soviet-era") and today's state never by its own name
        # is of the former's time.
        return (
            former in names
            and _living_state_named(text, mentions, former)
            and not _named_itself(mentions, successor)
        )

    renamed = {s: f for s, (f, ended) in pairs.items() if of_its_time(s, f, ended)}
    if not renamed:
        return mentions
    return [
        replace(m, canonical=renamed[m.canonical])
        if m.canonical in renamed
        # (a divided state's own name is the whole land's: "the Geneva accords divided Vietnam")
        and not (m.canonical in DIVIDED_STATES and _names_itself(m))
        else m
        for m in mentions
    ]


#: The Commission told as the Union's or the Community's: "The European Community's Commission
#: said", "the EU's executive commission approved" (not "commissioner").
_UNION_COMMISSION = re.compile(r"['’]s\s+(?P<body>(?:executive\s+)?[Cc]ommission)\b(?!er)")
#: The Union and, before it, the Community: the Commission speaks for them in its own name.
EU_BODIES = frozenset({"European Union", "European Community"})


def commissions_of_unions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the European Commission read where the text names it by the Union's or
    the Community's possessive ("The European Community's Commission said"): the Commission
    speaks in its own name, as the gold's conventions have it, not the Union or Community.
    `mentions` sorted, relative to `text`."""
    added: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.canonical not in EU_BODIES:
            continue
        body = _UNION_COMMISSION.match(text, m.end)
        if body is None:
            continue
        start, end = body.span("body")
        if i + 1 < len(mentions) and mentions[i + 1].start < end:
            continue  # (a mention of its own there already)
        added.append(Mention(start, end, text[start:end], "European Commission", "ORG"))
    return sorted([*mentions, *added], key=lambda n: n.start) if added else mentions


#: The armed role that makes a people's adjective a group of its own, never its state's act
#: nor the whole people's: "Somali pirates seized a tanker".
_PIRATES = re.compile(r" pirates\b")


def pirates_of_a_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A people's adjective before "pirates" ("Somali pirates") names the pirates, a group
    the gold names so and which may be a side, not the people's state. `mentions` sorted."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.type != "NORP" or " " in m.surface or m.surface.endswith("s"):
            continue
        role = _PIRATES.match(text, m.end)
        if role is None:
            continue
        if out is mentions:
            out = list(mentions)
        name = text[m.start : role.end()]
        out[i] = Mention(m.start, role.end(), name, name, "NORP")
    return out


#: A royal title right before a name ("King Hussein", "Crown Prince Fahd").
_ROYAL_TITLE = re.compile(
    r"(?<![\w-])((?:Crown\s+)?(?:King|Queen|Prince|Princess|Emperor|Empress|Emir|Sultan))\s+$"
)


def royal_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A monarch or prince named by one given name after his title ("Jordan's King Hussein",
    "King Salman") is no later mention of another bearer whose full name ends in that word
    (Saddam Hussein, Mohammed bin Salman): a royal's one name is his given name, never a
    surname. He keeps the name as written; names the gazetteer knows keep their entry."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.type != "PERSON" or " " in m.surface or m.canonical == m.surface:
            continue
        if " " not in m.canonical or m.canonical.rsplit(None, 1)[-1] != m.surface:
            continue  # (a known name's entry: "Saddam" -> Saddam Hussein)
        if _ROYAL_TITLE.search(text, max(0, m.start - 20), m.start) is None:
            continue
        if out is mentions:
            out = list(mentions)
        out[i] = replace(m, canonical=m.surface)
    return out


_FORMER_BEFORE = re.compile(r"(?:former|post|ex|late|old)[\s-]*$", re.IGNORECASE)
_FORMER_AFTER = re.compile(r"[\s-]*(?:era|style|built|made|born|trained|designed)\b", re.IGNORECASE)


def _living_state_named(text: str, mentions: list[Mention], former: str) -> bool:
    """Whether `text` names the state `former` as one that stands, not as a past one."""
    return any(
        m.canonical == former
        and _FORMER_BEFORE.search(text, max(0, m.start - 8), m.start) is None
        and _FORMER_AFTER.match(text, m.end) is None
        for m in mentions
    )


def _names_itself(m: Mention) -> bool:
    """Whether the mention of a state writes its own name ("Russia", "Russian"), not its
    capital's or a seat's ("Moscow", "the Kremlin")."""
    return m.canonical.split()[0][:5].casefold() in m.surface.casefold()


def _named_itself(mentions: list[Mention], state: str) -> bool:
    """Whether a mention of `state` writes its own name (`_names_itself`)."""
    return any(m.canonical == state and _names_itself(m) for m in mentions)


#: Seats that spoke for their state only until a year (the gazetteer lists them as capitals):
#: Bonn, the Federal Republic's seat of government until 1999.
_SEATS_UNTIL = {"Bonn": 1999}


def seats_of_their_time(text: str, chosen: list[Found], year: int | None = None) -> list[Found]:
    """A former seat of government names its state only in a text of its time ("In Bonn, a
    spokesman said" in 1995, or in a text that gives no year at all); in a later text it is a
    city hosting conferences ("the Bonn climate talks", "the 2001 Bonn Agreement"), no party:
    left unread."""
    seats = [f for f in chosen if text[f.start : f.end] in _SEATS_UNTIL]
    if not seats:
        return chosen
    year = text_year(text, year)
    if year is None:
        return chosen
    gone = {f.start for f in seats if year >= _SEATS_UNTIL[text[f.start : f.end]]}
    return [f for f in chosen if f.start not in gone] if gone else chosen


#: A title after a bare head word: the head is the body the holder leads or speaks for
#: ("Commission President Ursula von der Leyen", "Commission Vice-President X").
_HEAD_TITLE_RE = re.compile(
    r" (?:President|Vice-President|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|"
    r"Chair|Secretary-General|Secretary General)\b"
)


def _bare_alias(text: str, f: Found) -> str | None:
    """The head word of a mention that is a bare head alone ("the Alliance", which the
    gazetteer knows as NATO's), else None."""
    words = text[f.start : f.end].split()
    if len(words) == 2 and words[0] in ("the", "The") and words[1] in HEAD_WORDS:
        return words[1]
    return None


def _own_body_for_alias(text: str, chosen: list[Found], heads: dict[str, str]) -> list[Found]:
    """A known body's bare alias ("the Alliance", NATO's) in a text that names one other body
    by that head ("the Windward Relief Alliance") and never names the known one otherwise: the
    text's own body ("The Alliance warned ..." is the relief alliance)."""
    aliased = {
        i: head
        for i, f in enumerate(chosen)
        if f.type == "ORG"
        and (head := _bare_alias(text, f)) is not None
        and heads.get(head, f.canonical) != f.canonical
    }
    if not aliased:
        return chosen
    named = {f.canonical for f in chosen if f.type == "ORG" and _bare_alias(text, f) is None}
    out = list(chosen)
    for i, head in aliased.items():
        if chosen[i].canonical not in named:
            out[i] = chosen[i]._replace(canonical=heads[head])
    return out


def bare_heads(text: str, chosen: list[Found]) -> list[Found]:
    """A bare head word ("the Commission said", "Commission spokesman Margaritis Schinas")
    names the one body of the text whose name ends in it ("European Commission"); with two
    such bodies ("European Council", "Security Council") it stays unresolved."""
    owners: dict[str, set[str]] = {}
    for f in chosen:
        if f.type == "ORG" and _bare_alias(text, f) is None:
            last = text[f.start : f.end].rsplit(None, 1)[-1]
            if last in HEAD_WORDS and " " in text[f.start : f.end].strip():
                owners.setdefault(last, set()).add(f.canonical)
    heads = {head: next(iter(c)) for head, c in owners.items() if len(c) == 1}
    chosen = _own_body_for_alias(text, chosen, heads)
    if "Commission" not in owners and any(f.canonical in EU_BODIES for f in chosen):
        # "the Commission said" in a story of the EU that names no commission is the EU's
        heads["Commission"] = "European Commission"
    if not heads:
        return chosen
    starts = [f.start for f in chosen]  # chosen is sorted and non-overlapping

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and chosen[i].end > start:
            return False
        return i + 1 >= len(chosen) or chosen[i + 1].start >= end

    extra = []
    # The heads alone, word boundaries checked here: a pattern that starts with literal words
    # lets the engine skip to them (a look-behind first would cost it every position).
    pattern = re.compile("(?:" + "|".join(map(re.escape, heads)) + r")\b")
    for m in pattern.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-’'"):
            continue
        after = text[end : end + 2]
        if (
            text[max(0, start - 4) : start] in ("the ", "The ")
            or (after[:1] == " " and after[1:2].islower() and sentence_start(text, start))
            or _HEAD_TITLE_RE.match(text, end) is not None
        ) and free(start, end):
            extra.append(Found(start, end, heads[m.group()], "ORG", RANK_SURNAME))
    return sorted(chosen + extra, key=lambda f: f.start) if extra else chosen


def qualify_ethnic_groups(chosen: list[Found]) -> list[Found]:
    """ "ethnic Serbs" is the one group of the text with a place before it ("Kosovo Serbs"),
    as a bare body is the one qualified body of its name."""
    groups: dict[str, set[str]] = {}
    for f in chosen:
        if f.type == "NORP" and " " in f.canonical and not f.canonical.startswith("ethnic "):
            groups.setdefault(f.canonical.rsplit(" ", 1)[1].rstrip("s"), set()).add(f.canonical)
    if not groups:
        return chosen
    out = []
    for f in chosen:
        if f.type == "NORP" and f.canonical.startswith("ethnic "):
            owners = groups.get(f.canonical.split(" ", 1)[1].rstrip("s"), set())
            if len(owners) == 1:
                f = f._replace(canonical=next(iter(owners)))
        out.append(f)
    return out


def _own_name(name: str) -> bool:
    """A body's name of several words that is not an institution every state has ("Defence
    Force", not "National Assembly" or "Supreme Court")."""
    parts = name.split()
    return len(parts) > 1 and not all(w in INSTITUTION_WORDS for w in parts)


# An organ a rule found, named after a known body's possessive: "the Council of Europe's
# Congress of Local and Regional Authorities", "NATO's Military Committee". A mission, agency,
# programme, fund or office keeps a name of its own ("the UN's Ebola Mission").
_ORGAN_HEAD_RE = re.compile(
    r"\b(?:Congress|Assembly|Committee|Commission|Council|Court|Secretariat|Board|Panel|Bureau|"
    r"Directorate|Conference|Parliament)\b"
)
_OWN_NAME_RE = re.compile(r"\b(?:Mission|Agency|Programme|Program|Fund|Office)\b")
_POSSESSIVE_GAP = ("'s ", "’s ")


def organs_of_bodies(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
    """An organ no list knows, named after a known organisation's possessive, speaks for that
    organisation ("The Council of Europe's Congress of Local and Regional Authorities called"
    -> Council of Europe), as "OAS Permanent Council" does; a state's organs are read elsewhere."""
    out = list(chosen)
    for i in range(1, len(chosen)):
        f, owner = chosen[i], chosen[i - 1]
        if (
            f.type != "ORG"
            or f.rank != RANK_RULE
            or owner.type != "ORG"
            or owner.rank != RANK_GAZETTEER
            or text[owner.end : f.start] not in _POSSESSIVE_GAP
        ):
            continue
        name = text[f.start : f.end]
        if not _ORGAN_HEAD_RE.search(name) or _OWN_NAME_RE.search(name):
            continue
        entry = gaz.forms.get(text[owner.start : owner.end])
        if entry is None or entry.type != "ORG" or gazetteer.owner_state(owner.canonical):
            continue  # ("Gazprom's Board": a state's company)
        out[i] = f._replace(canonical=owner.canonical)
    return out


#: What may stand between a state's name or demonym and the body it qualifies: "Yugoslav Red
#: Cross", "Iran's Red Crescent".
_QUALIFIER_GAP = (" ", "'s ", "’s ")


def qualify_bodies(text: str, chosen: list[Found]) -> list[Found]:
    """A bare "Foreign Ministry" is the one qualified body of that name in the same text
    ("Lithuanian Foreign Ministry"), if there is exactly one; but not one a state's name or
    demonym qualifies itself ("the Yugoslav Red Cross" beside "the British Red Cross": the
    Yugoslav one, not the British)."""
    orgs = {f.canonical for f in chosen if f.type == "ORG"}
    qualified: dict[str, set[str]] = {}
    for name in orgs:
        # "Lithuanian Foreign Ministry" qualifies "Foreign Ministry", and "Papua New Guinea
        # Defence Force" "Defence Force": a body's name of two words or more that ends it,
        # but for an institution every state has ("National Assembly": whose is told apart).
        at = name.find(" ")
        while at > 0:
            rest = name[at + 1 :]
            if rest in orgs and name[:1].isupper() and (at == name.find(" ") or _own_name(rest)):
                qualified.setdefault(rest, set()).add(name)
            at = name.find(" ", at + 1)
    out: list[Found] = []
    for f in chosen:
        owners = qualified.get(f.canonical) if f.type == "ORG" else None
        if (
            owners is not None
            and len(owners) == 1
            and f.canonical not in owners
            and not (
                out
                and out[-1].type in ("GPE", "NORP")
                and text[out[-1].end : f.start] in _QUALIFIER_GAP
            )
        ):
            f = f._replace(canonical=next(iter(owners)))
        out.append(f)
    return out


#: A kinship word just before a name, in the same clause: "the son of former President X",
#: "his father, X". A relative named in passing does not take over the family name.
_KIN_BEFORE_RE = re.compile(
    r"\b(?:(?:step)?(?:son|daughter|father|mother|brother|sister)s?|parents|wife|wives|"
    r"husbands?|widows?|widowers?|grand(?:son|daughter|father|mother|child)s?|grandchildren|"
    r"nephews?|nieces?|cousins?|uncles?|aunts?)"
    r"\b[^.;:!?\n]{0,40}$"
)


def latest_bearer(text: str, chosen: list[Found]) -> Callable[[str, int], str | None]:
    """A lookup (short form, position) -> the person of that surname most recently named in
    full before the position ("Hunter Biden was pardoned. Biden said" -> Hunter Biden), or None
    when no one of the name was named in full before it. A relative named after a kinship
    word ("Arévalo is the son of Juan José Arévalo") is left out: the story's person keeps the
    name."""
    named: dict[str, list[tuple[int, str]]] = {}
    for f in chosen:
        if (
            f.type == "PERSON"
            and " " in text[f.start : f.end].strip()
            and " " in f.canonical
            and _KIN_BEFORE_RE.search(text, max(0, f.start - 60), f.start) is None
        ):
            for form in surname_forms(f.canonical):
                named.setdefault(form, []).append((f.start, f.canonical))

    def latest(form: str, at: int) -> str | None:
        bearers = named.get(form)
        if not bearers:
            return None
        i = bisect.bisect_left(bearers, (at, "")) - 1
        return bearers[i][1] if i >= 0 else None

    return latest


def full_names_by_short_form(people: Iterable[str]) -> dict[str, str]:
    """Short form -> the one full name it stands for (ambiguous short forms left out).

    A full name that is itself a short form of a longer one ("Edmundo González" beside
    "Edmundo González Urrutia") maps to the longer.
    """
    fulls = sorted({p for p in people if " " in p}, key=len, reverse=True)
    # A longer name keeps the short one's first word: only names sharing it are compared (all
    # pairs of a long document's hundreds of names would grow with its square).
    sharing_first: dict[str, list[str]] = {}
    for full in fulls:
        sharing_first.setdefault(full.split()[0], []).append(full)
    owners: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for full in fulls:
        candidates = sharing_first[full.split()[0]]
        longer = next((f for f in candidates if f != full and _is_short_for(full, f)), None)
        if longer is not None:
            owners.setdefault(full, set()).add(longer)
            continue
        for form in surname_forms(full):
            owners.setdefault(form, set()).add(full)
        firsts.setdefault(full.split()[0], set()).add(full)
    # A first word that is no one's surname: a family name written first ("Yoon" for Yoon Suk
    # Yeol) or a given name used with a title ("Mr Anwar" for Anwar Ibrahim, "Mr Phumtham").
    for form, o in firsts.items():
        if form not in owners and len(form) >= 3 and form not in STOPWORDS:
            owners[form] = o
    return {form: next(iter(o)) for form, o in owners.items() if len(o) == 1}


def _is_short_for(short: str, full: str) -> bool:
    """True if `short` drops trailing or middle words of `full` but keeps first and last."""
    s, f = short.split(), full.split()
    if len(s) >= len(f):
        return False
    if s == f[: len(s)]:
        return True
    return s[0] == f[0] and s[-1] in f[1:]


#: A locative word right before a name the rules took for a person's: "fishermen in Newlyn
#: said", "the coast near El Arish", "queues at Uhuru Park", "officials in the Kunar valley".
_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|near|outside|off|at|around)(?: the)? $")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def places_read_as_people(text: str, chosen: list[Found]) -> list[Found]:
    """A name the rules read as a person's (no list knows it) that the text also writes after a
    locative word ("in", "near", "at", "off") is a place's, wherever it stands ("Kunar said"
    after "officials in Kunar"): a place, not an actor. A name that opens with a common given
    name, or stands before a possessive ("in Putin's Russia"), keeps its person."""
    people = {
        f.canonical for f in chosen if f.type == "PERSON" and f.rank in (RANK_RULE, RANK_SURNAME)
    }
    if not people:
        return chosen
    given = given_names()
    places: set[str] = set()
    for f in chosen:
        if f.canonical not in people or f.canonical in places:
            continue
        if not _LOCATIVE_BEFORE.search(text, max(0, f.start - 12), f.start):
            continue
        if _POSSESSIVE_AFTER.match(text, f.end) or f.canonical.split()[0] in given:
            continue
        places.add(f.canonical)
    if not places:
        return chosen
    return [
        f._replace(type="LOC")
        if f.type == "PERSON" and f.canonical in places and f.rank != RANK_GAZETTEER
        else f
        for f in chosen
    ]


def people_read_as_places(text: str, chosen: list[Found]) -> list[Found]:
    """A place of two words or more the gazetteer knows, written as the family name of a person
    the text named in full before it ("Humberto de Alencar Castelo Branco" ... "Castelo Branco
    said"), is that person, not a town abroad of the same name; after a locative word ("in
    Castelo Branco") it is the place still. A one-word name stays a place ("Washington" after
    "George Washington" is the capital as often as the man)."""
    bearers: dict[str, tuple[int, str]] = {}
    for f in chosen:
        if f.type == "PERSON" and " " in f.canonical:
            for form in surname_forms(f.canonical):
                if " " in form:
                    bearers.setdefault(form, (f.start, f.canonical))
    if not bearers:
        return chosen
    out = []
    for f in chosen:
        bearer = bearers.get(text[f.start : f.end]) if f.type == "GPE" else None
        if (
            bearer is not None
            and bearer[0] < f.start
            and not _LOCATIVE_BEFORE.search(text, max(0, f.start - 12), f.start)
        ):
            f = f._replace(canonical=bearer[1], type="PERSON")
        out.append(f)
    return out


#: A legislature named bare by its head word ("Congress voted", "approved by the Senate").
_BARE_LEGISLATURE_RE = re.compile(r"\b(?:Congress|Senate)\b")
#: What shows a bare legislature acting, after it: a finite verb ("voted", "is expected",
#: "has passed", "cut", "rejects"), an adverb allowed before it ("unanimously approved").
_LEGISLATURE_ACTS_RE = re.compile(
    r"(?:['’]s\s+(?:verdict|vote|decision|approval|resolution|ruling)\b|,?\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}ed|is|was|has|have|had|will|would|must|could|can|may|might|should|did|does|"
    r"cut|gave|gives|went|took|met|sat|chose|held|voted|votes|passes|rejects|approves|backs|"
    r"overrode|sends|refuses|removes|impeaches|reacted|handed)\b)"
)
#: After a bare "Congress", what shows it a party and its people ("the opposition Congress
#: party", "Congress president Sonia Gandhi", "Congress politicians"): India's Congress, named
#: so bare in the news.
_CONGRESS_PARTY_RE = re.compile(
    r"[ -](?:party|president|leaders?|politicians?|members?|MPs?|workers|supporters|-led|led)\b"
)
#: Before it, an agent ("approved by Congress"); any other preposition makes it a place or a
#: target ("Critics in Congress had complained", "leaders of both houses of Congress resigned"),
#: and its members ("Members of Congress urged") speak for themselves, not for the chamber.
_LEGISLATURE_AGENT_RE = re.compile(r"\bby\s+(?:the\s+)?$")
_LEGISLATURE_PLACE_RE = re.compile(
    r"\b(?:in|to|before|onto|into|of|from|with|for|through|at|on|against|about|over|under|"
    r"within|without|between|across|towards?|inside|outside)\s+(?:the\s+|a\s+|\w+ing\s+)?$"
)


def bare_legislatures(text: str, chosen: list[Found]) -> list[Found]:
    """A legislature named by its head word alone, acting ("Congress voted to remove the
    president", "the resolution approved by Congress", "Members of Congress reacted with
    anger"): an actor of its own under that word (gold names it "Congress", "Senate"). Named as
    a place or a topic ("a bill in Congress", "told Congress", "Congress leaders") it is not
    read; a qualified name found already ("Indian National Congress", "U.S. Senate") stays."""
    if "Congress" not in text and "Senate" not in text:
        return chosen
    starts = [f.start for f in chosen]

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and chosen[i].end > start:
            return False
        return i + 1 >= len(chosen) or chosen[i + 1].start >= end

    # The one body of the text whose name has the word is the one meant ("the Congress" after
    # "Congress of People's Deputies", "the Senate" after "Argentine Senate").
    named: dict[str, set[str]] = {}
    for f in chosen:
        if f.type == "ORG":
            for word in ("Congress", "Senate"):
                if word in text[f.start : f.end] or word in f.canonical:
                    named.setdefault(word, set()).add(f.canonical)
    extra = []
    for m in _BARE_LEGISLATURE_RE.finditer(text):
        start, end = m.span()
        if not free(start, end):
            continue
        lead = text[max(0, start - 30) : start]
        party = m.group() == "Congress" and _CONGRESS_PARTY_RE.match(text, end) is not None
        if (
            party
            or _LEGISLATURE_AGENT_RE.search(lead)
            or (
                _LEGISLATURE_ACTS_RE.match(text, end) is not None
                and not _LEGISLATURE_PLACE_RE.search(lead)
            )
        ):
            bodies = named.get(m.group(), ())
            body = next(iter(bodies)) if len(bodies) == 1 else m.group()
            extra.append(Found(start, end, body, "ORG", RANK_SURNAME))
    return sorted(chosen + extra, key=lambda f: f.start) if extra else chosen
