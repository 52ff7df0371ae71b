"""Organisations no list knows: capitalised words before a head word ("Serbian Progressive
Party", "Kosovo Police", "Foreign Ministry", "People's Liberation Army") or a head word with
"of"/"for"/"on" ("Ministry of Defence", "Forces for the Liberation of Rwanda"); a speaker
described as a group in apposition ("Jaish al-Adl, a militant group, said"). A body of a known
organisation speaks for it ("the Famine Review Committee of the IPC", "OAS Permanent Council").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from briefer.analysis.names.edges import cut_tail, skip_leading_stopwords
from briefer.analysis.names.scan import (
    GROUP_NOUN_RE,
    HEAD_SCAN_RE,
    LED_BODY_RE,
    ORG_HEAD_FIRST_RE,
    scan_anchors,
)
from briefer.analysis.names.shapes import (
    CAPWORD,
    FLAGS,
    HEAD_WORDS,
    LAST_ONLY_HEADS,
    MONTHS,
    NAME,
    NAME_WORD,
    ORG_HEADS,
    ORG_WORD,
    RANK_RULE,
    SP,
    TITLES,
    Found,
    U,
    clean,
    given_names,
    is_stop,
    occurrences,
    word_char,
    words,
)


def organisation_candidates(
    text: str,
    known: Callable[[str], bool],
    adjective: Callable[[str], str | None] = lambda _: None,
    actor: Callable[[str], str | None] = lambda _: None,
    body: Callable[[str], str | None] = lambda _: None,
) -> list[Found]:
    """Organisations by head word: "Serbian Progressive Party", "Ministry of Defence".

    A possessive splits the name: in "Colombia's Foreign Ministry" the state stays a mention of
    its own and the ministry becomes "Colombian Foreign Ministry" (`adjective` maps a state's
    form to its adjective); "Venezuela's National Electoral Council" leaves the council's name.
    Two organisations joined by "and" are two candidates. `actor` maps a known form to its
    canonical actor, so that "U.S. State Department" is left to the gazetteer.

    A body of a known organisation ("the Board of Governors of the IAEA", "the Famine Review
    Committee of the IPC") speaks for that organisation: `body` maps a known form to its
    canonical name when it is an organisation. A head word that only starts a title ("Chief
    Cabinet Secretary Yoshimasa Hayashi") is no organisation.
    """
    found: list[Found] = []
    spans = list(_spans_before_heads(text, actor))
    spans += [m.span("org") for m in scan_anchors(text).finditer(ORG_HEAD_FIRST_RE)]

    def alone(name: str) -> bool:
        """A known name of any kind, people's included, stands alone before "and"."""
        return known(name) or actor(name) is not None

    found += _named_groups(text, known, actor)
    if "itself" in text or "themselves" in text:
        found += _self_named(text, known)
    found += _led_bodies(text)
    found += _numbered_units(text)
    found += _ordinal_units(text)
    if "Government" in text:
        found += _kinds_of_government(text)
    if " (" in text:
        found += _names_an_acronym_spells(text, known)
    for start, end in spans:
        start = skip_leading_stopwords(text, start, end)
        start = _skip_leading_group(text, start, end)
        for part_start, part_end in _split_conjoined(text, start, end, alone):
            org = _organisation(text, part_start, part_end, known, adjective, actor, body)
            if org is not None and not _only_a_title(text, org) and not _a_marine(org, known):
                found.append(_body_of_known(text, org, body))
    return found


def _a_marine(org: Found, known: Callable[[str], bool]) -> bool:
    """ "a U.S. Marine", "a Royal Marine": a soldier of a known force, not a company named
    "... Marine" ("Chonghaejin Marine")."""
    before, _, last = org.canonical.rpartition(" ")
    return last == "Marine" and (before == "Royal" or known(before))


#: An acronym in brackets after a name: "the Movement for Democracy in Liberia (MODEL)".
_BRACKETED_ACRONYM_RE = re.compile(r" \((?P<acronym>[A-Z][A-Za-z]?[A-Z-]{1,8})\)")
_LINK_WORDS = frozenset(words("of for the in and de on to"))
_SPELT_WORD_RE = re.compile(r"[\w'’-]+")


def _names_an_acronym_spells(text: str, known: Callable[[str], bool]) -> list[Found]:
    """The capitalised words right before a bracketed acronym whose initials spell it, links
    between them ("of", "for", "in", "the") included: one name, a body's, even where a head
    word's rule reads only a part of it ("Movement for Democracy" of the Movement for Democracy
    in Liberia). Read back at most eight words from the bracket."""
    found: list[Found] = []
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        letters = m.group("acronym").replace("-", "").upper()
        tokens = list(_SPELT_WORD_RE.finditer(text, max(0, m.start() - 120), m.start()))[-10:]
        if not tokens or tokens[-1].end() != m.start():
            continue
        spelt = ""
        for i in range(len(tokens) - 1, -1, -1):
            word = tokens[i].group()
            if word in _LINK_WORDS:
                continue
            if not word[0].isupper():
                break
            spelt = word[0].upper() + spelt
            if len(spelt) > len(letters) or not letters.endswith(spelt):
                break
            if spelt == letters and i < len(tokens) - 1:
                start = tokens[i].start()
                gap = text[start : m.start()]
                if "\n" in gap or not _plain_gaps(text, tokens[i:]):
                    break
                name = clean(gap)
                first = name.split()[0]
                if not known(name) and not (is_stop(first) and first not in HEAD_WORDS):
                    found.append(Found(start, m.start(), name, "ORG", RANK_RULE))
                break
    return found


def _plain_gaps(text: str, tokens: list[re.Match[str]]) -> bool:
    """True if the words are set apart by single spaces only (no comma, no stop)."""
    return all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(tokens))


#: A government named by what kind of government it is, in two such words or more:
#: "Provisional Revolutionary Government", "Transitional National Government". ("Government"
#: is no head word of its own: "the Thai Government" is Thailand's.)
_GOVERNMENT_KIND_RE = re.compile(
    r"\b(?:(?:Provisional|Interim|Transitional|Revolutionary|Military|National|Unity|Salvation|"
    r"Federal|Popular|People['’]s|Democratic|Coalition|Emergency|Caretaker|Regional)\s+){2,}"
    r"Government\b"
)
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _kinds_of_government(text: str) -> list[Found]:
    """ "the flag of the Provisional Revolutionary Government": a government named by its kind
    alone is an organisation, not a person's name before a noun. A name word before it makes
    the kind words part of a longer name ("Kurdistan Regional Government"): left to others."""
    found = []
    for m in _GOVERNMENT_KIND_RE.finditer(text):
        before = _CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group().split()[-1] != "The":
            continue
        found.append(Found(m.start(), m.end(), m.group(), "ORG", RANK_RULE))
    return found


#: A unit named by its head word and a number: "Brigade 2506", "Unit 8200", "Battalion 316".
_UNIT_HEADS = frozenset(("Brigade", "Battalion", "Regiment", "Unit", "Squadron"))
_UNIT_NUMBER_RE = re.compile(rf"{SP}\d{{2,5}}(?![\w,.]\d|[\w%])")


def _numbered_units(text: str) -> list[Found]:
    """Units named by a head word and a number, with no capitalised word before the head (that
    is a state's or a body's own unit: "the 82nd Airborne", "Israel's Unit 8200" stays whole as
    the rules before heads read it): "organised as Brigade 2506"."""
    found: list[Found] = []
    for head in scan_anchors(text).finditer(HEAD_SCAN_RE):
        if head.group() not in _UNIT_HEADS:
            continue
        number = _UNIT_NUMBER_RE.match(text, head.end())
        if number is None or _CAPITAL_BEFORE_RE.search(
            text, max(0, head.start() - 40), head.start()
        ):
            continue
        name = text[head.start() : number.end()]
        found.append(Found(head.start(), number.end(), clean(name), "ORG", RANK_RULE))
    return found


_CAPITAL_BEFORE_RE = re.compile(rf"{U}[\w'’.-]*{SP}$", FLAGS)

#: A military unit named by its ordinal ("the 14th Army", "the 20th Division", "the 13th Kumaon
#: Regiment") or a task force by its number ("Task Force 71"). A bare "1st Battalion" with no
#: name of its own is part of a longer one ("1st Battalion, the Parachute Regiment").
_ORDINAL_UNIT_RE = re.compile(
    rf"(?:(?<![\w.,-])\d{{1,3}}(?:st|nd|rd|th)|\b(?:First|Second|Third|Fourth|Fifth|Sixth|"
    rf"Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)){SP}"
    rf"(?:(?:{U}[\w'’-]+{SP}){{1,3}}(?:Army|Division|Regiment|Brigade|Fleet|Corps)"
    rf"|(?:Army|Division|Fleet|Corps))\b"
    rf"|\bTask{SP}Force{SP}\d{{1,3}}\b",
    FLAGS,
)


# A word every match of `_ORDINAL_UNIT_RE` holds: most documents hold none, which a few `in`
# tests tell (the pattern, a look-behind first, is tried at every place of the document).
_UNIT_WORDS = ("Army", "Division", "Regiment", "Brigade", "Fleet", "Corps", "Task")


def _ordinal_units(text: str) -> list[Found]:
    """Units named by an ordinal or a number: "the Russian 14th Army", "the Second Army",
    "Task Force 71"."""
    if not any(word in text for word in _UNIT_WORDS):
        return []
    return [
        Found(m.start(), m.end(), clean(m.group()), "ORG", RANK_RULE)
        for m in _ORDINAL_UNIT_RE.finditer(text)
    ]


#: A name a group gives itself: "a group calling itself the Peace at Home Council", "rebels
#: who call themselves the Constitutionalists", "hackers calling themselves the Shadow
#: Brokers". The name (capitalised words, perhaps a number: "GenZ 212") may be quoted or bold.
_SELF_NAMED_RE = re.compile(
    rf"call(?:s|ed|ing)?{SP}(?:it|them)sel(?:f|ves){SP}(?:the{SP})?[\"“*']*"
    rf"(?P<name>{ORG_WORD}(?:{SP}(?:(?:of|for|and|the|at|in|on|of{SP}the|for{SP}the|in{SP}the){SP})?"
    rf"(?:{ORG_WORD}|\d{{1,4}}\b)){{0,6}})",
    FLAGS,
)


def _self_named(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Groups named by the name they give themselves (`_SELF_NAMED_RE`), there and wherever
    else the text writes the name: an organisation whatever its words (a known name is left
    to the gazetteer)."""
    found: list[Found] = []
    for m in _SELF_NAMED_RE.finditer(text):
        if m.start() and word_char(text[m.start() - 1]):
            continue  # "recalled itself", not "called itself"
        start, end = m.span("name")
        end = cut_tail(text, start, end)
        name = clean(text[start:end])
        if not name or known(name) or is_stop(name.split()[0]):
            continue
        found += [
            Found(at, at + len(name), name, "ORG", RANK_RULE) for at in occurrences(text, name)
        ]
    return found


#: Last words that make a led name a place's: "Jamaat Street", "Hizb Square".
_PLACE_LAST_RE = re.compile(r"\s(?:Street|Road|Avenue|Lane|Square|Mosque|Market|Bazaar|Gate)$")


def _led_bodies(text: str) -> list[Found]:
    """Bodies named by an opening word (`BODY_LEADS`) and at least one word more, joined by a
    hyphen or a space: organisations whatever the words after (a state's name among them:
    "Tehreek-e-Labbaik Pakistan" is no mention of Pakistan)."""
    found: list[Found] = []
    for m in scan_anchors(text).finditer(LED_BODY_RE):
        name = clean(m.group())
        if _PLACE_LAST_RE.search(name):
            continue
        if " " not in name and "-" not in name.strip("-"):
            continue  # the opening word alone is no name
        found.append(Found(m.start(), m.start() + len(name), name, "ORG", RANK_RULE))
    return found


#: Nouns that follow one-word names of other kinds too ("the Visegrad group", "Houthi rebels"):
#: only a name of two words or more before one is a group's.
_PLAIN_NOUNS = frozenset(
    (
        " group",
        " rebels",
        " guerrillas",
        " militants",
        " insurgents",
        " organisation",
        " organization",
        " sect",
        " cult",
    )
)
#: Months inside a group's name after its first word: "the Black September group".
_MONTHS = frozenset(MONTHS)
_NAME_BEFORE_GROUP_RE = re.compile(rf"(?<![\w'’-]){NAME}$", FLAGS)


def _named_groups(
    text: str, known: Callable[[str], bool], actor: Callable[[str], str | None]
) -> list[Found]:
    """Groups named before the noun that says what they are ("the Saraya al-Salam militia",
    "the Ennahda party"): the name is an organisation's, not a person's. A known name
    ("the Hamas movement", "the Kurdish militia") is left to the gazetteer; a name opening a
    sentence is read only when the text names it so elsewhere too."""
    found: list[Found] = []
    for noun in scan_anchors(text).finditer(GROUP_NOUN_RE):
        m = _NAME_BEFORE_GROUP_RE.search(text, max(0, noun.start() - 60), noun.start())
        if m is None:
            continue
        start = skip_leading_stopwords(text, m.start(), m.end())
        name = text[start : m.end()]
        if not name or is_stop(name.split()[0]) or known(name) or actor(name) is not None:
            continue
        if any(
            (is_stop(w) and (i == 0 or w not in _MONTHS)) or known(w) or w in HEAD_WORDS
            for i, w in enumerate(name.split())
        ):
            continue  # "the Hezbollah-backed", "Progressive Party": not a bare group's name
        if noun.group() in _PLAIN_NOUNS and " " not in name:
            continue  # "the Visegrad group", "the Lau group": islands, states, poisons too
        if " " not in name and name.endswith("ist"):
            continue  # "a local Islamist militia": what kind of group, not its name
        if name.isupper() and not _acronym_in_prose(text, start, name):
            continue  # a shouted headline ("THE PEOPLE'S PARTY")
        if text[max(0, start - 2) : start].strip(" ") in ("", ".", "\n"):
            continue
        found.append(Found(start, m.end(), clean(name), "ORG", RANK_RULE))
    return found


_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][a-z-]*\s$")


def _acronym_in_prose(text: str, start: int, name: str) -> bool:
    """An acronym after a lower-case word ("the ruling XYZ party", "the communist XYZ party"):
    a group's short name in running text, not a shouted headline."""
    return (
        " " not in name
        and 2 <= len(name) <= 7
        and _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


#: Links inside the words before a head: "on" joins a body's name only after its head
#: ("Commission on Human Rights"); before one it is the sentence's ("Arafat on the White House
#: lawn", "an attack by the Soviet Union on the United States").
_LINK_BEFORE_HEAD = rf"(?:of|for|and|the|de|&|of{SP}the|for{SP}the)"
_WORDS_BEFORE_HEAD_RE = re.compile(
    rf"(?<![\w'’-])(?:{ORG_WORD}{SP}(?:{_LINK_BEFORE_HEAD}{SP})?)*?{ORG_WORD}{SP}$", FLAGS
)
_ORG_TAIL_RE = re.compile(
    rf"{SP}(?P<link>of|for|on){SP}(?:the{SP}|(?<=for{SP})an?{SP})?(?P<named>{ORG_WORD}"
    rf"(?:{SP}(?:and{SP}|(?:of|for){SP}(?:the{SP})?)?{ORG_WORD}){{0,4}})\b",
    FLAGS,
)


_CAPITAL_NEXT_RE = re.compile(rf"{SP}{U}", FLAGS)


def _not_last(text: str, head: re.Match[str]) -> bool:
    """True for a head word that counts only at a name's end (`LAST_ONLY_HEADS`) with a
    capitalised word after it: "Royal Air Maroc", "Air Vice-Marshal"."""
    word = head.group()
    return (
        word.rsplit(None, 1)[-1] in LAST_ONLY_HEADS
        and _CAPITAL_NEXT_RE.match(text, head.end()) is not None
    )


def _spans_before_heads(
    text: str, actor: Callable[[str], str | None] = lambda _: None
) -> Iterable[tuple[int, int]]:
    """Capitalised words ending in a head word ("Serbian Progressive Party"), found from the
    head backwards: head words are rare, so this is much faster than trying every capital.
    A tail on "on" joining two known names is the sentence's ("an attack by the Soviet Union on
    the United States"), not a body's ("Commission on Human Rights", "Contact Group on
    Somalia")."""
    last_end = 0
    for head in scan_anchors(text).finditer(HEAD_SCAN_RE):
        if head.start() < last_end or _not_last(text, head):
            continue
        lo = max(last_end, head.start() - 160)
        before = _WORDS_BEFORE_HEAD_RE.search(text[lo : head.start()])
        if before is None:
            continue
        end = head.end()
        tail = _ORG_TAIL_RE.match(text, end)
        if tail is not None and not (
            tail.group("link") == "on"
            and actor(tail.group("named")) is not None
            and actor(text[lo + before.start() : end]) is not None
        ):
            end = tail.end()  # (a known name, then "on" another: two names, no body's own)
        last_end = end
        yield lo + before.start(), end


_TITLE_IN_RE = re.compile(rf"\b{TITLES}\b", FLAGS)
_CONJUNCTION_RE = re.compile(r"\s(?:and|&)\s(?:the\s)?")
_HEAD_RE = re.compile(rf"(?:^|\s)(?:{ORG_HEADS})(?:\s|$)")


_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")
_LEADING_OF_RE = re.compile(
    rf"((?:[^\W\d_][\w'’.-]*{SP}){{0,4}}[^\W\d_][\w'’-]*){SP}of{SP}(?:the{SP})?"
)


def _skip_leading_group(text: str, start: int, end: int) -> int:
    """ "Members of the Rohingya Solidarity Organisation" -> the organisation, and "Professor
    Laurence Broers of Chatham House" -> the institute (the person is a name of its own): words
    with no head word among them, before "of", belong to the sentence, not to the body's name."""
    m = _LEADING_OF_RE.match(text, start, end)
    if m is None or any(w in HEAD_WORDS for w in m.group(1).split()):
        return start
    if _HEAD_RE.search(text[m.end() : end]) is None:
        return start  # "Government of National Unity": the whole is the name
    return m.end()


def _split_conjoined(
    text: str, start: int, end: int, known: Callable[[str], bool] = lambda _: False
) -> list[tuple[int, int]]:
    """ "Ministry of Defence and the Ministry of Interior" -> two spans; "Ministry of Foreign
    Affairs and Trade" and "State Investigation and Protection Agency" stay one (a part without
    a head word belongs with its neighbour), while "Serbia and Kosovo Police" is two names: a
    known name before "and" stands alone."""
    cuts = list(_CONJUNCTION_RE.finditer(text, start, end))
    if not cuts:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    part_start = start
    for cut in cuts:
        spans.append((part_start, cut.start()))
        part_start = cut.end()
    spans.append((part_start, end))
    merged: list[tuple[int, int]] = []
    pending: int | None = None  # start of head-less leading parts, waiting for a head
    for span in spans:
        headed = _HEAD_RE.search(text[span[0] : span[1]]) is not None
        if (
            not headed
            and merged
            and known(text[span[0] : span[1]])
            and _LOWER_WORD_AFTER_RE.match(text, span[1])
        ):
            continue  # "Ministry of Foreign Affairs and the Canadian embassy": no part of it
        if not headed and merged:
            merged[-1] = (merged[-1][0], span[1])
        elif (
            not headed
            and pending is None
            and (known(text[span[0] : span[1]]) or _TITLE_IN_RE.search(text, span[0], span[1]))
        ):
            merged.append(span)  # a name or a titled person of its own, not a body's start
        elif not headed:
            pending = span[0] if pending is None else pending
        else:
            merged.append((span[0] if pending is None else pending, span[1]))
            pending = None
    if pending is not None:
        merged.append((pending, end))
    return merged


def _organisation(
    text: str,
    start: int,
    end: int,
    known: Callable[[str], bool],
    adjective: Callable[[str], str | None],
    actor: Callable[[str], str | None],
    body: Callable[[str], str | None] = lambda _: None,
) -> Found | None:
    end = _listed_tail(
        text, start, _before_a_leader(text, start, cut_tail(text, start, end)), known
    )
    owner = None
    poss = _POSSESSOR_RE.search(text, max(0, start - 40), start)
    if poss is not None:
        owner = poss.group(1)
    name = text[start:end]
    words_ = name.split()
    if not words_ or words_[0] in ("of", "for", "on", "and", "the"):
        return None
    if len(words_) < 2 and owner is None:
        return None
    if not _HEAD_RE.search(name):
        return None
    if known(name):
        return None
    # "U.S. State Department": both parts name the same actor; the gazetteer has it.
    if len(words_) >= 2:
        first, rest = actor(words_[0]), actor(" ".join(words_[1:]))
        if first is not None and first == rest:
            return None
        # "US Federal Bureau of Investigation", "United States Federal Aviation Administration":
        # a state's name before a body the gazetteer knows by its own name; two mentions.
        for size in range(1, min(3, len(words_) - 1) + 1):
            lead = " ".join(words_[:size])
            if (
                actor(lead) is not None
                and adjective(lead) is not None
                and actor(" ".join(words_[size:])) is not None
            ):
                return None
        if _a_peoples_known_body(words_, adjective, actor, body):
            return None
    canonical = clean(name)
    if owner is None and _states_institution(words_, adjective, actor):
        # "the Bulgarian National Assembly" is the National Assembly, as "Bulgaria's National
        # Assembly" is: the adjective says whose it is, the name is the body's own.
        canonical = clean(" ".join(words_[1:]))
    if owner is not None:
        adj = adjective(owner)
        if adj is None and len(words_) < 2:
            return None
        if adj is not None and re.search(r"\b(?:Ministry|Office|Department)\b", name):
            canonical = f"{adj} {canonical}"
        elif adj is not None and actor(f"{adj} {canonical}") is not None:
            # "Sweden's Security Service" is the Swedish Security Service the gazetteer knows
            canonical = actor(f"{adj} {canonical}") or canonical
    return Found(start, end, canonical, "ORG", RANK_RULE)


#: "of" and a person's name after a body's: a title, or a given name, then a name word.
_OF_A_PERSON_RE = re.compile(
    rf"{SP}of{SP}(?:(?P<title>{TITLES}){SP}+)?(?P<first>{CAPWORD}){SP}(?={NAME_WORD})", FLAGS
)
#: Titles that also open bodies' names or ranks of a body's people ("Association of Chief Police
#: Officers", "Council of Heads of State"): no sign of a person after "of".
_BODY_TITLES = frozenset(
    words(
        """
        Chief Head Heads Leader Leaders Representative Representatives Deputy Deputies Director
        Directors Officer Officers Agent Agents Private Brother Brothers Sister Sisters Father
        Fathers Minister Ministers Secretary Speaker Commissioner Commander Governor Governors
        Judge Judges Justice Presidents Lord Lords Lady Bishop Bishops
        """
    )
)


#: The rest of a list of fields after a body's "of X": ", Tobacco and Firearms".
_LISTED_FIELDS_RE = re.compile(
    rf",{SP}(?P<items>{CAPWORD}(?:,{SP}{CAPWORD}){{0,3}}),?{SP}and{SP}(?P<last>{CAPWORD}(?:{SP}{CAPWORD})?)"
    rf"(?![\w'’-])",
    FLAGS,
)
_OF_ONE_WORD_END_RE = re.compile(rf"{SP}(?:of|for){SP}[^\W\d_][\w'’-]*$", FLAGS)


def _listed_tail(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """Where a body's name ends that names its fields in a list ("Bureau of Alcohol, Tobacco
    and Firearms", "Ministry of Agriculture, Fisheries and Food", "Department of Land,
    Forestry and Water Resources"): the list after "of" is the
    name's, unless a word of it is a known name or a stopword ("the Treaty of Guarantee,
    Britain, Greece and Turkey": the parties to it)."""
    if _OF_ONE_WORD_END_RE.search(text, start, end) is None:
        return end
    m = _LISTED_FIELDS_RE.match(text, end)
    if m is None:
        return end
    fields = [w.strip() for w in m.group("items").split(",")] + m.group("last").split()
    if any(known(w) or is_stop(w) for w in fields):
        return end
    return m.end()


def _before_a_leader(text: str, start: int, end: int) -> int:
    """Where a body's name ends before "of" and the name of a person, its leader ("the
    Kurdistan Democratic Party of Massoud Barzani", "the Supreme Military Council of Lieutenant
    General X"): the party and the person are two names. The person shows by a title, or by a
    given name opening a name of two words or more; `end` if there is no such "of"."""
    given = given_names()
    at = text.find(" of ", start, end)
    while at >= 0:
        m = _OF_A_PERSON_RE.match(text, at)
        if m is not None:
            title = m.group("title")
            if title is not None and title.split()[-1] not in _BODY_TITLES:
                return at
            if title is None and m.group("first") in given:
                return at
        at = text.find(" of ", at + 4, end)
    return end


def _a_peoples_known_body(
    words_: list[str],
    adjective: Callable[[str], str | None],
    actor: Callable[[str], str | None],
    body: Callable[[str], str | None],
) -> bool:
    """True for "Kurdish People's Protection Units", "Kurdish Democratic Union Party": a
    stateless people's word, then a body the gazetteer knows by its own name of two words or
    more. The people's word says whose the body is; the body is the known one (a state's
    adjective is left alone: "Iraqi Communist Party" is no "Communist Party" of another)."""
    if len(words_) < 3:
        return False
    people = actor(words_[0])
    return (
        people is not None
        and adjective(people) is None
        and adjective(words_[0]) is None
        and body(words_[0]) is None
        and body(" ".join(words_[1:])) is not None
    )


#: Words that name a state's institution only by what it is ("National Assembly", "Supreme
#: Court", "Senate"): with a state's adjective before them the adjective is no part of the name.
#: Ministries keep it ("Colombian Foreign Ministry"); forces and parties often bear it in their
#: own names ("Philippine Coast Guard", "Serbian Progressive Party").
INSTITUTION_WORDS = frozenset(
    words(
        """
        National Supreme Constitutional High Federal Electoral Legislative Upper Lower Court
        Assembly Parliament Senate Congress Council House Chamber of Representatives Deputies
        """
    )
)


def _states_institution(
    words_: list[str],
    adjective: Callable[[str], str | None],
    actor: Callable[[str], str | None],
) -> bool:
    """True for "Bulgarian National Assembly": a state's adjective, then an institution named
    only by what it is, in two words or more ("Spanish Senate" keeps its adjective: a bare
    "Senate" tells the later stages nothing of whose it is)."""
    if len(words_) < 3 or not all(w in INSTITUTION_WORDS for w in words_[1:]):
        return False
    if words_[-1] in ("of", "National", "Supreme", "Federal", "High"):
        return False
    state = actor(words_[0])
    return state is not None and adjective(state) == words_[0]


_POSSESSOR_RE = re.compile(r"([\w.-]+)['’]s $")
_OF_BODY_RE = re.compile(r"\s(?:of|for)\s(?:the\s)?")
#: Title nouns after which a head word is part of a title: "Chief Cabinet Secretary".
_TITLE_AFTER_RE = re.compile(
    r" (?:Secretary|Minister|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chair|"
    r"Director|Head|Leader|Member|Members)\b"
)
_TITLE_LEADS = frozenset(
    words(
        """
        Chief Deputy Vice Acting Interim Senior Executive General Principal Permanent Former
        Assistant Under Special First Second Third
        """
    )
)


def _only_a_title(text: str, org: Found) -> bool:
    """True if the name is a title's lead-in, not a body: "Chief Cabinet" before "Secretary"."""
    if _TITLE_AFTER_RE.match(text, org.end) is None:
        return False
    *lead, _head = text[org.start : org.end].split()
    return bool(lead) and all(w in _TITLE_LEADS for w in lead)


def _body_of_known(text: str, org: Found, body: Callable[[str], str | None]) -> Found:
    """ "Famine Review Committee of the Integrated Food Security Phase Classification" and
    "OAS Permanent Council" -> the known organisation they belong to; any other name unchanged.
    (EU institutions have names of their own in the gazetteer, so they stay themselves.)"""
    name = text[org.start : org.end]
    for link in _OF_BODY_RE.finditer(name):
        owner = body(clean(name[link.end() :]))
        if owner is not None:
            return org._replace(canonical=owner)
    words_ = name.split()
    for size in range(min(3, len(words_) - 1), 0, -1):  # "OAS", "African Union", "UN ..."
        owner = body(" ".join(words_[:size]))
        rest = " ".join(words_[size:])
        if owner is not None and _HEAD_RE.search(rest):
            if " " in rest and _OWN_NAME_HEAD_RE.search(rest):
                return org  # "UN Mission for X", "UN Development Programme": its own name
            if owner == _UNITED_NATIONS and _un_body_of_its_own(rest):
                # "UN Human Rights Committee": a UN body of its own, under the UN's full name
                return org._replace(canonical=f"{_UNITED_NATIONS} {clean(rest)}")
            named = body(rest)
            if named is not None and named != owner:
                # "U.N. Human Rights Council": an organ known by its own name, not its owner's
                return org._replace(canonical=named)
            return org._replace(canonical=owner)
    return org


#: Heads of a body that acts in its own name inside its organisation: a mission, an agency, a
#: programme or a fund keeps its name ("UN Mission for Ebola Emergency Response").
_OWN_NAME_HEAD_RE = re.compile(r"\b(?:Mission|Agency|Programme|Program|Fund)\b")

_UNITED_NATIONS = "United Nations"
#: A UN commission, committee, council, organisation or office named for its subject ("Commission
#: on Human Rights", "Disaster Relief Organisation", "Human Rights Committee") is a body of its
#: own, as the gold names it; the office of an officer ("Office of the High Commissioner") and an
#: organ named by generic words alone ("Special Committee") speak for the UN.
_UN_OWN_HEAD_RE = re.compile(r"\b(?:Commission|Committee|Council|Organi[sz]ation|Office)\b")
_UN_GENERIC_WORDS = frozenset(
    words(
        """
        Special Permanent Standing Executive General Ad Hoc Joint
        Commission Committee Council Organisation Organization Office
        """
    )
)
_UN_OFFICER_OFFICE_RE = re.compile(r"\bOffice\s+of\b|\bof\s+Inquiry\b")


def _un_body_of_its_own(rest: str) -> bool:
    """Whether `rest`, a name after "United Nations"/"UN", is a UN body named for its subject
    ("Commission on Korea", "Human Rights Committee"), not a generic organ or an officer's
    office ("Special Committee", "Office of the High Commissioner")."""
    if _UN_OWN_HEAD_RE.search(rest) is None or _UN_OFFICER_OFFICE_RE.search(rest):
        return False
    return any(w[:1].isupper() and w not in _UN_GENERIC_WORDS for w in rest.split())
