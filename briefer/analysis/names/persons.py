"""People no list knows, and their relatives.

People: after a title ("President", "Gen.", "Mr."), after a lower-case role ("spokesperson
Jane Doe"), seen speaking ("Jane Doe said", "said Jane Doe"), in apposition ("Jane Doe, the
mission's spokesperson"), in bylines ("By Jane Doe", "Reporting by"), starting with a common
given name (data/given_names.txt: "the death of Hugo Chávez"), or shaped like a name ("Park
Geun-hye", "Hardeep Singh Nijjar"); a quoted nickname inside stays out of the canonical name
('Jimmy "Barbecue" Chérizier'). A month after a given name is a surname ("Theresa May"); a
party's adjective or a known body before a title is no part of the name ("Republican Senator
Lindsey Graham", "United Nations Secretary-General António Guterres"). Relatives named by
given name alone ("his daughter Yulia") are found for `entities` to give the family name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from briefer.analysis import gazetteer
from briefer.analysis.names.edges import MONTH_GIVEN_NAMES, strip_possessive, trim_name
from briefer.analysis.names.scan import (
    FAMILY_PAIR_RE,
    KIN_GIVEN_RE,
    NICKNAME_RE,
    TITLE_NAME_RE,
    scan_anchors,
)
from briefer.analysis.names.shapes import (
    BODY_LEAD_RE,
    BODY_NOUNS,
    CAPRUN_RE,
    CAPWORD,
    EVENT_HEAD_WORDS,
    FLAGS,
    GEO_HEADS,
    HEAD_WORDS,
    INITIALS_RE,
    KIN_WORDS,
    LAST_ONLY_HEADS,
    NAME,
    NAME_WORD,
    RANK_RULE,
    REPORTING,
    ROLES,
    STOPWORDS,
    TITLE_MODIFIERS,
    TITLES,
    TOKEN_RE,
    Found,
    U,
    clean,
    given_names,
    is_stop,
    word_char,
    words,
)

_NAME_BEFORE_NICKNAME_RE = re.compile(rf"(?<![\w'’-])(?P<first>{CAPWORD}) $", FLAGS)
_NAME_AFTER_NICKNAME_RE = re.compile(rf"(?={U}){CAPWORD}(?: {NAME_WORD}){{0,2}}", FLAGS)
_AFTER_VERB_RE = re.compile(rf"(?:,\s(?P<appos>[^,.;:]{{3,80}}),|,)?\s+{REPORTING}\b", FLAGS)
#: Nouns in an apposition that make the name before it an organisation: "X, a militant group,".
_ORG_NOUNS_RE = re.compile(
    r"\b(?:group|groups|organisation|organization|party|movement|militia|agency|company|firm|"
    r"network|coalition|alliance|faction|rebels|insurgents|outfit|body|charity|newspaper|"
    r"broadcaster|institute|think\s?tank|union|bank|force|forces|ngo|NGO|gang|cartel)\b"
)
#: A group's act: "Ansar Bayt al-Maqdis claimed responsibility", "... has claimed the attack".
_CLAIMED_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:claimed|claims|claim)\s+(?:responsibility|the\s+(?:attack|"
    r"bombing|killing|kidnapping|abduction|hijacking|assault|attacks|bombings))\b"
    # the acts of hostage-takers: "Abu Sayyaf took hostages", "Jund al-Khilafa hijacked"
    r"|\s+(?:(?:has|have|had)\s+)?(?:took|taken|seized|held)\s+(?:\w+\s+){0,2}hostages?\b"
    r"|\s+(?:(?:has|have|had)\s+)?(?:hijacked|kidnapped|abducted)\b"
)
#: An apposition of a group's kind closing its clause, with no verb after: "Guerreros Unidos, a
#: local drug gang." (no "of": "X, a member of the group," is a person).
_GROUP_APPOSITION_RE = re.compile(
    r",\s(?P<appos>(?:a|an|the)\s(?:(?!of\b)[\w-]+\s){0,4}"
    r"(?:group|gang|cartel|militia|movement|faction|organi[sz]ation|rebels|insurgents))"
    r"(?=[.;:]|,\s(?:which|that|who)\b)"
)
#: "Ganabhaban, the prime minister's official residence": the role is not the apposition's head.
_NOT_A_PLACE_AFTER = (
    r"(?!\s(?:residence|palace|office|offices|building|house|compound|headquarters|home|villa|"
    r"car|convoy|plane|aircraft|jet|motorcade)\b)"
)
_AFTER_APPOSITION_RE = re.compile(
    # (up to four words before the role, an abbreviation among them: "the U.N. relief chief")
    rf",\s(?:(?:the|a|an|who|(?:Mr|Ms|Mrs|Dr)\.?\s\w+['’]s|{U}\w*['’]s)\s"
    rf"(?:(?:[A-Z]\.)+\s|[\w’'-]+\s){{0,4}}"
    rf"{ROLES}\b(?!['’]s){_NOT_A_PLACE_AFTER}"
    # no article: "Jared Kushner, senior adviser to", "Cristiana Chamorro, daughter of"
    rf"|(?:[a-z][\w’'-]*\s){{0,2}}{ROLES}\s(?:of|to|for|at|in)\b"
    # an age: "Roman Protasevich, 26, and"
    rf"|\d{{1,3}},)",
    FLAGS,
)
_ROLE_WORDS = frozenset(re.findall(r"[^\W\d_]+", ROLES)) - {"s", "sminister", "foreign", "prime"}
_SAID_WORDS = frozenset({"said", "says", "told", "to"})
#: What stands between two people named as a pair or in a list: "X and Y", "X, Y".
_PAIR_GAPS = (" and ", ", ", ", and ")
#: Words before "by" that make the name after it an author: "Reporting by Jane Doe".
_BYLINE_WORDS = frozenset({"By", "Reporting", "Editing", "Writing", "reporting", "editing"})
#: Participles before "by" that make the name after it the leader of a body: "ISIL, led by X".
_LED_WORDS = frozenset(words("led headed chaired commanded founded"))
_AFTER_END_RE = re.compile(r"\s*(?:[,.;:)]|$)")


def person_candidates(
    text: str, known: Callable[[str], bool], listed: Callable[[str], bool] = lambda _: False
) -> list[Found]:
    """People introduced by a title or role, seen speaking ("Jane Doe said", "said Jane Doe"),
    described in apposition ("Jane Doe, the mission's spokesperson"), or whose name starts with
    a common given name ("the death of Hugo Chávez"). A name `listed` as a person's in the
    gazetteer is left to it: the rules would only find the same span again."""
    found: list[Found] = []
    scan = scan_anchors(text)
    for m in scan.finditer(TITLE_NAME_RE):
        if listed(m.group("name")):
            continue
        span = _person_span(text, *m.span("name"), known, titled=True)
        if span is None:
            continue
        name = text[span[0] : span[1]]
        title = text[m.start() : m.start("name")].split()
        if title and title[-1] in _PEERS and " " not in name:
            # "Lord Carrington": a peer is known by his title and the name of his peerage
            at = m.start("name") - len(title[-1]) - 1
            if text.startswith(title[-1], at) and not _TITLE_WORD_RE.match(name + " "):
                found.append(Found(at, span[1], clean(text[at : span[1]]), "PERSON", RANK_RULE))
            continue
        if title and title[-1] == "Pope" and not _TITLE_WORD_RE.match(name + " "):
            # "Pope Paul VI": a pope keeps his title, without which the name is ambiguous
            found.append(Found(*span, f"Pope {clean(name)}", "PERSON", RANK_RULE))
            continue
        if title and title[-1] in _AMBIGUOUS_TITLES and " " not in name:
            continue  # "General Motors", "Major League": a one-word name needs a clearer title
        found.append(Found(*span, clean(name), "PERSON", RANK_RULE))
    titled_ends = {f.end for f in found}  # "Prime Ministers X and Y": Y is one of the pair
    for quote in scan.finditer(NICKNAME_RE):
        # 'Jimmy "Barbecue" Chérizier': the name without the nickname between its words.
        at = quote.start() + 1  # the opening quote; the space before it ends the first name
        first_m = _NAME_BEFORE_NICKNAME_RE.search(text, max(0, at - 40), at)
        last_m = _NAME_AFTER_NICKNAME_RE.match(text, quote.end())
        if first_m is None or last_m is None:
            continue
        first, last = first_m.group("first"), last_m.group()
        if not (is_stop(first) or known(first) or is_stop(last.split()[0])):
            found.append(
                Found(first_m.start(), last_m.end(), f"{first} {last}", "PERSON", RANK_RULE)
            )
    given = given_names()
    person_end = -1  # end of the last run read as a person's name (or a listed person's)
    for m in CAPRUN_RE.finditer(text):
        run = m.group()
        if listed(run):
            person_end = m.end()
        if run in STOPWORDS or known(run) or listed(run):
            continue  # "Kosovo", "However": a known name or a stopword alone is no person
        if _PLACE_NAME_RE.match(run):
            continue  # "Bab al-Hawa", "Deir ez-Zor": a place named by what it is
        start, end = m.span()
        if text.startswith(".", end) and _TITLE_ABBREVIATION_RE.search(text, start, end + 1):
            continue  # "Col." in "junta leader Col. Assimi Goïta": a title, cut by its stop
        before = text[max(0, start - 30) : start].split()[-2:]
        before = [w.strip("([,") for w in before]
        prev = before[-1] if before else ""
        if run.startswith("By "):  # a byline: "By Lukas Brenner, Belgrade correspondent"
            prev, start = "By", start + 3
        verb = _AFTER_VERB_RE.match(text, end)
        if verb is not None and (verb.group("appos") or "").startswith(("which ", "where ")):
            verb = None  # "The Green Zone, which houses ministries, was": a thing, a place
        if verb is not None and _describes_a_place(verb.group("appos")):
            continue  # "Itu Aba, the largest natural feature in the Spratlys, ...": a place
        group = _GROUP_APPOSITION_RE.match(text, end) if verb is None else None
        if (group is not None and _names_an_organisation(group.group("appos"))) or (
            " " in run
            and run.split(None, 1)[0] not in given
            and _CLAIMED_RE.match(text, end) is not None
        ):
            # "to Guerreros Unidos, a local drug gang.": named by what it is, no verb after;
            # "Jund al-Khilafa claimed responsibility": a group's act, not a person's
            span = _person_span(text, start, end, known, allow_heads=True)
            if span is not None:
                found.append(Found(*span, clean(text[span[0] : span[1]]), "ORG", RANK_RULE))
            continue
        if verb is not None and _names_an_organisation(verb.group("appos")):
            # "Jaish al-Adl, a Sunni militant group, claimed ...": an organisation speaking.
            span = _person_span(text, start, end, known, allow_heads=True)
            if span is not None:
                found.append(Found(*span, clean(text[span[0] : span[1]]), "ORG", RANK_RULE))
            continue
        if (
            verb is not None
            and verb.group("appos")
            and _NAME_ONLY_RE.fullmatch(verb.group("appos"))
        ):
            # "the High Commissioner for Human Rights, Michelle Bachelet, said": the name in
            # the apposition speaks; the words before it are her title.
            verb = None
        if prev in ("and", "&") and _PORTFOLIO_GOES_ON_RE.search(text, max(0, start - 120), start):
            continue  # "Commissioner for ... Humanitarian Aid and Crisis Response": a portfolio
        titled = False
        if (
            prev in _TITLE_TAIL_PREPOSITIONS
            and verb is None
            and (after := _name_after_portfolio(text, start, end)) is not None
        ):
            # "High Representative for Disarmament Affairs Angela Kane arrived": the name
            # after a title's portfolio, the run's last title word.
            start, min_words, titled = after, 2, True
        elif (prev in _ROLE_WORDS and text[start - 1] == " ") or _AFTER_APPOSITION_RE.match(
            text, end
        ):
            # A relative by given name alone ("Ortega's daughter Camila") is no full name.
            min_words = 2 if prev in KIN_WORDS else 1
        elif text[start - 2 : start] == ", " and _TITLE_BEFORE_COMMA_RE.search(
            text, max(0, start - 40), start - 2
        ):
            min_words, titled = 2, True  # "the High Representative, Christian Schmidt"
        elif (person_end >= 0 and text[person_end:start] in _PAIR_GAPS) or (
            titled_ends
            and any(
                text[start - len(g) : start] == g and start - len(g) in titled_ends
                for g in _PAIR_GAPS
            )
        ):
            min_words, titled = 2, True  # "Roman Protasevich and Sofia Sapega": one of a pair
        elif (
            text[start - 2 : start] == ", "
            and _APPOSED_AFTER_RE.match(text, end)
            and _PERSON_NOUN_BEFORE_RE.search(text, max(0, start - 70), start - 2)
        ):
            min_words, titled = 2, True  # "an Iraqi national living in Sweden, Salwan Momika,"
        elif prev == "named" and text[start - 1] == " ":
            min_words, titled = 2, True  # "an Iraqi refugee named Salwan Momika"
        elif _who_follows_a_person(text, start, end, prev):
            min_words, titled = 2, True  # "Milton Obote, who ruled for eight years"
        elif (
            (
                prev in ("by", "By")
                and (prev == "By" or (len(before) > 1 and before[-2] in _BYLINE_WORDS | _LED_WORDS))
            )
            or (
                verb is not None
                and (prev not in _TITLE_TAIL_PREPOSITIONS or _portfolio_then_name(run))
            )
            or (
                prev in _SAID_WORDS
                and (prev != "to" or (len(before) > 1 and before[-2] == "according"))
                and _AFTER_END_RE.match(text, end)
            )
        ):
            min_words = 2
        elif ("-" in run or "Singh" in run or "Kaur" in run) and _NAME_SHAPE_RE.search(run):
            min_words = 2  # "Park Geun-hye", "Hardeep Singh Nijjar": shaped like a name
        elif any(w in given for w in run.split()):
            if prev in ("the", "The") or (
                len(before) > 1 and before[-2] in ("the", "The") and known(prev)
            ):
                continue  # "the Turkish Kemal Reis": a ship or a thing named after someone
            min_words = 0  # only a given name can make this a person
        else:
            continue
        # With a cue, a known word that is also a given name starts the name ("said Jordan
        # Bardella", "Montserrat Pujol, a historian"): the cue shows a person is named.
        span = _person_span(text, start, end, known, titled=titled or min_words > 0)
        if span is None:
            continue
        if span[1] < end and _TITLE_WORD_RE.match(text, span[1] + 1, end):
            continue  # "Climate Change Minister X": the words before a title are its portfolio
        name = text[span[0] : span[1]]
        parts = name.split()
        if min_words == 0:
            if len(parts) < 2 or parts[0] not in given:
                continue
        elif len(parts) < min_words and not (
            # "Zhao said": a surname alone, speaking, of someone never named in full
            span == (start, end) and _bare_speaker(text, start, end, prev, known)
        ):
            continue
        found.append(Found(*span, clean(name), "PERSON", RANK_RULE))
        person_end = span[1] if span[1] == end else -1
    return found


#: Place names of the Arab world and its neighbours open on a word saying what the place is
#: (gate, valley, mount, monastery, village, house, bridge; cape, hill, spring, well, fort
#: before an article: "Ras al-Ain", not "Ras Baraka"): no person's name.
_PLACE_NAME_RE = re.compile(
    r"(?:Bab|Wadi|Jabal|Jebel|Deir|Kafr|Khirbet|Jisr|Beit) \S|"
    r"(?:Ras|Tal|Tell|Ain|Bir|Qasr|Marsa) (?:al|el|an|ar|as|ash|at|az|ad|ed|ez|es)-"
)
#: Verbs of saying right after a single word that make it a speaker's surname ("Zhao said").
_BARE_SPEAKER_VERB_RE = re.compile(
    r" (?:said|says|told|added|noted|stressed|insisted|argued|wrote|tweeted|replied|explained)\b"
)
_SURNAME_RE = re.compile(rf"{U}[a-zà-ÿ'’-]+[a-zà-ÿ]", FLAGS)
#: A word naming what kind of body follows: "state-owned Botas said", "the energy firm Eni said".
_BODY_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        (
            *BODY_NOUNS,
            *("state-owned", "state-run", "agency", "broadcaster", "newspaper", "daily"),
            *("outlet", "network", "platform", "watchdog", "monitor", "channel", "website"),
        )
    )
    + r")\s+$",
    re.IGNORECASE,
)


def _bare_speaker(text: str, start: int, end: int, prev: str, known: Callable[[str], bool]) -> bool:
    """True for a surname alone that speaks ("Zhao said", '"We are ready," Zhao told
    reporters'), for people the story never names in full. Not for a plural noun opening a
    sentence ("Officials said", "Residents told"), nor for a word the text also writes in lower
    case, nor for an acronym or a known name, nor for a body named after what it is ("state-owned
    Botas said")."""
    word = text[start:end]
    if (
        not _SURNAME_RE.fullmatch(word)
        or len(word) < 3
        or _BARE_SPEAKER_VERB_RE.match(text, end) is None
        or is_stop(word)
        or known(word)
        or _BODY_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    ):
        return False
    opening = not prev or prev[-1] in ".!?:" or (start > 0 and text[start - 1] == "\n")
    if opening and word.endswith("s"):
        return False
    return not _stands_alone(text, word.lower())


#: A run of the characters `word_char` accepts ([\w-]).
_WORD_RUN_RE = re.compile(r"[\w-]+")
#: From this length on, a text's words are gathered once (see `_stands_alone`).
_LONG_TEXT = 50_000
_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def _stands_alone(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with no `word_char` on either side. In a long text
    whose every character `word` is a word character, a lookup among the text's runs of them,
    gathered once per text: a search of the whole text per word would grow with its square."""
    global _last_words
    if len(text) >= _LONG_TEXT and _WORD_RUN_RE.fullmatch(word):
        if _last_words[0] is not text:
            _last_words = (text, frozenset(_WORD_RUN_RE.findall(text)))
        return word in _last_words[1]
    at = text.find(word)
    while at >= 0:
        if not (at and word_char(text[at - 1])) and not (
            at + len(word) < len(text) and word_char(text[at + len(word)])
        ):
            return True
        at = text.find(word, at + 1)
    return False


#: A noun for a person ending the clause before a name set off by commas ("an Iraqi national
#: residing in Sweden, Salwan Momika, tore up"): the name is that person's.
_PERSON_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|{U}[\w.’'-]*['’]s)\s"
    rf"(?:[\w’'-]+\s){{0,3}}(?:[a-z]+-)?"
    rf"(?:{ROLES}|national|citizen|man|woman|refugee|migrant|resident|teenager|activist)"
    rf"(?:-[a-z]+)?(?:\s(?:of|from|in|at|for|on|residing|living|based)\s[^,;:.]{{0,40}})?$"
)
#: A relative clause of a person's after a name: "Lansana Conté, who ruled for 24 years".
_WHO_AFTER_RE = re.compile(r", who\s")
#: Words that show a group before "who" ("Conservative MPs, who", "the Queen's Own
#: Highlanders, who"): a possessive or a plural acronym.
_GROUP_WORD_RE = re.compile(r"['’]s\b|\b[A-Z]{2,}s\b")


def _who_follows_a_person(text: str, start: int, end: int, prev: str) -> bool:
    """True for a run of capitalised words that "who" follows ("Milton Obote, who ruled"):
    people take "who", bodies and places "which". Not for a group's name ("Conservative MPs,
    who", "the Queen's Own Highlanders, who"), nor for a title's portfolio, whose last words
    come before the name ("Commissioner for Transport Loyola de Palacio, who")."""
    if _WHO_AFTER_RE.match(text, end) is None:
        return False
    if _GROUP_WORD_RE.search(text, max(0, start - 3), end) is not None:
        return False
    return not (
        prev in _TITLE_TAIL_PREPOSITIONS
        and _TITLE_BEFORE_OF_RE.search(text, max(0, start - 60), start) is not None
    )


#: After a name set off by commas behind such a noun (`_PERSON_NOUN_BEFORE_RE`), a comma and a
#: word of the sentence going on, not a list's next item (but "and his deputy", another
#: person), or the sentence's end.
_APPOSED_AFTER_RE = re.compile(
    r", (?:(?!and\b|or\b|where\b)[a-z]|and (?:his|her|their) )|\.(?:\s|$)"
)


#: Names whose shape shows a person without a cue: an East Asian family name and a hyphenated
#: given name ("Park Geun-hye", "Chiang Kai-shek"), or a Sikh name ("Hardeep Singh Nijjar").
_NAME_SHAPE_RE = re.compile(
    rf"(?<!\S){U}[a-z]{{1,5}} {U}[a-z]{{1,5}}-[a-z]{{2,5}}\b|\S (?:Singh|Kaur)\b", FLAGS
)


_NAME_ONLY_RE = re.compile(rf"{NAME}", FLAGS)


#: The head noun of an apposition that says the name before it is a place's.
_PLACE_HEAD_RE = re.compile(
    r"\b(?:island|islet|reef|shoal|feature|atoll|town|city|village|port|harbour|harbor|base|"
    r"airport|airfield|crossing|region|province|district|county|mountain|peak|river|lake|"
    r"valley|strait|bay|gulf|enclave|suburb|neighbourhood|neighborhood|camp|checkpoint|"
    r"ship|ships|vessel|vessels|tanker|tankers|freighter|carrier|carriers|frigate|destroyer|"
    r"boat|aircraft|plane)$"
)
_ONE_OF_RE = re.compile(r"^(?:one|some|two|three)\s+of\s+(?:the\s+)?")
_APPOSITION_HEAD_END_RE = re.compile(r"\s(?:in|of|on|at|near|off|from|that|which|where)\s")


def _describes_a_place(apposition: str | None) -> bool:
    """True for "the largest natural feature in the Spratlys", "a border town", "one of the
    largest container ships in the world": the head noun of the apposition (before any "in",
    "of" or clause) is a place's or a craft's."""
    if not apposition:
        return False
    head = _APPOSITION_HEAD_END_RE.split(_ONE_OF_RE.sub("", apposition), 1)[0]
    return _PLACE_HEAD_RE.search(head) is not None


def _names_an_organisation(apposition: str | None) -> bool:
    """True for "a Sunni militant group", not for "head of the party" (a person's role)."""
    if not apposition:
        return False
    last = apposition.split()[-1]
    if not _ORG_NOUNS_RE.fullmatch(last):
        return False
    return not any(w in _ROLE_WORDS for w in re.findall(r"[A-Za-z]+", apposition))


#: Titles a peer's name keeps: "Lord Carrington", "Lady Thatcher".
_PEERS = frozenset(words("Lord Lady"))
#: Titles that also start ordinary names ("General Motors", "Father Christmas", "Head Office").
_AMBIGUOUS_TITLES = frozenset(
    words(
        """
        General Major Captain Private Chief Head Leader Judge Justice Father Sister Brother Lord
        Lady Marshal Commander Director Chair Speaker Representative Deputy Governor Bishop
        Reverend Agent Officer Inspector Detective Constable Trooper
        """
    )
)


def _person_span(
    text: str,
    start: int,
    end: int,
    known: Callable[[str], bool],
    allow_heads: bool = False,
    titled: bool = False,
) -> tuple[int, int] | None:
    """The name inside a run: leading titles, stopwords and known names skipped ("Serbian
    Defence Minister Miloš Vučević" -> "Miloš Vučević"), cut at the next such word; None if
    nothing is left or the rest holds an organisation's head word. After a title or another cue
    (`titled`), a known word that is also a given name starts the name ("High Representative
    Christian Schmidt", "said Montserrat Pujol") when a name of its own follows it."""
    end = strip_possessive(text, start, end)
    start = _after_known_lead(text, start, end, known)
    given_first = 0  # length of a known given name kept at the start ("Christian")
    while start < end:
        party = _PARTY_BEFORE_TITLE_RE.match(text, start, end)
        if party is not None:
            start = party.end()  # "Republican Senator Lindsey Graham": the party is no name
            continue
        title = _TITLE_WORD_RE.match(text, start, end)
        if title is not None and title.end() < end:
            start = title.end()
            continue
        word = TOKEN_RE.match(text, start, end)
        if word is None:
            return None
        w = word.group()
        if not (is_stop(w) or known(w)):
            office = _QUALIFIED_OFFICE_RE.match(text, start, end)
            if (
                office is not None
                and office.end() < end
                and w not in given_names()
                and not known_lead(text[start : office.end()].split()[:-1])
            ):
                # "Enlargement Commissioner X", "Christchurch Mayor X", "INS Commissioner X":
                # a portfolio, town or body qualifies the office before the name
                start = office.end()
                continue
            break
        if (
            titled
            and ((not is_stop(w) and w in given_names()) or w in MONTH_GIVEN_NAMES)
            and word.end() < end
            and text[max(0, start - 4) : start] not in ("The ", "the ")  # "the Christian Democrats"
        ):
            # ... unless what follows is no name of its own ("Georgia President Salome Z.")
            after = TOKEN_RE.match(text, word.end() + 1, end)
            if after is not None and not (
                is_stop(after.group())
                or known(after.group())
                or _TITLE_WORD_RE.match(text, after.start(), end)
            ):
                given_first = len(w) + 1
                break
        start += len(w)
        while start < end and text[start] == " ":
            start += 1
    if start >= end:
        return None
    event = text.startswith("Operation ", start)  # "Operation Peace Spring, said": an event
    run = text[start:end].split()
    if not allow_heads and (
        event
        or any(w in HEAD_WORDS or w in EVENT_HEAD_WORDS or GEO_HEADS.search(" " + w) for w in run)
        or (run and clean(run[-1]) in LAST_ONLY_HEADS)
        or (run and BODY_LEAD_RE.match(run[0]) is not None)
    ):
        return None
    rest, end = trim_name(text, start + given_first, end, known, person=True)
    if end <= rest or INITIALS_RE.fullmatch(text[start:end]):
        return None  # nothing left, or only "Jr." or an initial
    return start, end


def known_lead(words_: list[str]) -> bool:
    """Whether the words before an office name a body or state the gazetteer knows
    ("Commonwealth Secretary-General X": the run stays whole, its lead read as the body)."""
    return any(
        gazetteer.canonical_name(" ".join(words_[:k])) is not None
        for k in range(len(words_), 0, -1)
    )


#: Offices no surname is spelt like, after up to three words that qualify them (a portfolio,
#: a town, a body's name or acronym): "Enlargement Commissioner ", "Christchurch Mayor ".
_QUALIFIED_OFFICE_RE = re.compile(
    r"(?:[A-Z][\w.'’&-]* ){1,3}?(?:Commissioner|Secretary[\s-]General|Director[\s-]General|"
    r"Prosecutor[\s-]General|Mayor|Minister|Prime\sMinister|President|Chancellor|Premier|"
    r"Ambassador|Spokesman|Spokeswoman|Spokesperson|Treasurer|Administrator|Chairman|"
    r"Chairwoman|Chairperson|Sheriff|Judge|Governor|Senator|Commander) ",
    FLAGS,
)
#: "the UN High Commissioner for Human Rights, said": a title's tail, not a speaker's name.
_TITLE_TAIL_PREPOSITIONS = frozenset(words("for of"))


_TITLE_BEFORE_OF_RE = re.compile(rf"\b{TITLES}\s(?:of|for)\s(?:the\s)?$", FLAGS)
_RUN_WORD_RE = re.compile(r"\S+")


def _name_after_portfolio(text: str, start: int, end: int) -> int | None:
    """Where a name starts inside a run that follows a title and "of"/"for" and holds the
    portfolio's last word ("Disarmament Affairs Angela Kane" after "High Representative
    for"): after that word, when two name words follow it; else None."""
    if _TITLE_BEFORE_OF_RE.search(text, max(0, start - 60), start) is None:
        return None
    words_ = list(_RUN_WORD_RE.finditer(text, start, end))
    last = max((i for i, w in enumerate(words_) if is_stop(w.group())), default=None)
    if last is None or len(words_) - last - 1 < 2 or words_[last].group() in ("and", "&"):
        return None  # ("for Humanitarian Aid and Crisis Response": the portfolio goes on)
    return words_[last + 1].start()


def _portfolio_then_name(run: str) -> bool:
    """A run after "of"/"for" that opens on a title's tail and goes on with a name of two
    words ("Minister of Defence Ruwan Wijewardene told", "Minister for Foreign Affairs Penny
    Wong said"): the person speaks, not the portfolio."""
    parts = run.split()
    lead = 0
    while lead < len(parts) and is_stop(parts[lead]):
        lead += 1
    return lead > 0 and len(parts) - lead >= 2


_TITLE_BEFORE_COMMA_RE = re.compile(rf"\b{TITLES}$", FLAGS)
#: A title's portfolio listing its parts up to an "and": "Commissioner for International
#: Cooperation, Humanitarian Aid and " (the words after it end the portfolio, no name).
_PORTFOLIO_GOES_ON_RE = re.compile(
    rf"\b{TITLES}\s(?:of|for)\s(?:the\s)?(?:[A-Z][\w'’-]*,?\s){{1,8}}(?:and|&)\s$", FLAGS
)
_TITLE_ABBREVIATION_RE = re.compile(
    r"(?<!\S)(?:Col|Gen|Lt|Maj|Capt|Sgt|Adm|Brig|Cmdr|Gov|Sen|Rep|Rev|Dr|Prof|Mr|Mrs|Ms|Cpl|Pvt|Fr)"
    r"\.$"
)
_TITLE_WORD_RE = re.compile(rf"(?:{TITLES}|{TITLE_MODIFIERS}|Secretary|General|Minister) ")


def _after_known_lead(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """Where a run goes on after a known name of several words that a title follows ("United
    Nations Secretary-General António Guterres": the body is whose title it is, no part of the
    person's name); `start` if there is none."""
    space = text.find(" ", start, end)  # (one word alone is read by `_person_span`'s loop)
    for _ in range(3):  # the known names before a title are short
        space = text.find(" ", space + 1, end) if space >= 0 else -1
        if space < 0:
            break
        if known(text[start:space]) and _TITLE_WORD_RE.match(text, space + 1, end):
            return space + 1
    return start


#: A party's adjective before a title ("Republican Senator", "Conservative MP", "Democratic
#: Governor"): it says which party, it is no part of the name after the title.
PARTY_ADJECTIVES = (
    r"(?:Social |Liberal |Christian |Free |New |Green )?(?:Republican|Democratic|Democrat|"
    r"Conservative|Labour|Labor|Liberal|Tory|Green|Socialist|Communist|Progressive|Nationalist|"
    r"Centrist|Populist)"
)
_PARTY_BEFORE_TITLE_RE = re.compile(rf"{PARTY_ADJECTIVES} (?={_TITLE_WORD_RE.pattern})")
#: Before the kin word: "his "/"her " (the person named last) or a name's possessive.
_KIN_OWNER_RE = re.compile(rf"(?:\b(?:[Hh]is|[Hh]er)|(?P<owner>{CAPWORD})['’]s) $", FLAGS)


class Relative(NamedTuple):
    """A relative named by given name alone: the given name's offsets, and the surname of the
    person it belongs to when a possessive says it ("Ortega's daughter Camila"), else None
    (then "his"/"her": the person named last)."""

    start: int
    end: int
    given: str
    surname: str | None


def relatives(text: str, known: Callable[[str], bool]) -> list[Relative]:
    """Relatives named by given name alone after "his"/"her" or a person's possessive and a kin
    word ("Sergei Skripal and his daughter Yulia"): `entities` gives them the family's name."""
    found: list[Relative] = []
    for m in scan_anchors(text).finditer(KIN_GIVEN_RE):
        given = m.group("given")
        if is_stop(given) or known(given) or given.isupper():
            continue
        owner = _KIN_OWNER_RE.search(text, max(0, m.start() - 40), m.start())
        if owner is None:
            continue
        surname = owner.group("owner")
        if surname is not None and (is_stop(surname) or known(surname)):
            continue  # "Russia's son ...", "The's": no person's possessive
        found.append(Relative(*m.span("given"), given, surname))
    return found


def family_candidates(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Two relatives named with one family name after a kin word ("two brothers, Huseyn and
    Ziyaddin Safarov", "the couple, Ana and Luis Ortega"): each a person of that family, the
    first one's mention being the given name alone."""
    found: list[Found] = []
    for m in scan_anchors(text).finditer(FAMILY_PAIR_RE):
        first, second, family = m.group("first", "second", "family")
        if any(is_stop(w) or known(w) for w in (first, second, family)):
            continue
        found.append(Found(*m.span("first"), f"{first} {family}", "PERSON", RANK_RULE))
        found.append(
            Found(m.start("second"), m.end("family"), f"{second} {family}", "PERSON", RANK_RULE)
        )
    return found
