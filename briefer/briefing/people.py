"""One person, one name across a briefing: the forms documents write a person in, merged.

Each document's analysis already gives a person one name within that document ("Mr Lai" after
"Lai Ching-te" is Lai Ching-te). Documents of one briefing still differ: one writes "Edmundo
González", another "Edmundo González Urrutia"; one only "Mr Lai", another "Lai Ching-te"; an
outlet drops the accents. Here every person name of the briefing is mapped to the fullest name
that holds it, when there is exactly one such name:

- names equal but for case and accents are one name;
- a one-word name is any word of a longer name ("Lai" in "Lai Ching-te", "Anwar" in "Anwar
  Ibrahim": which word is the family name differs by country);
- a longer short form keeps the first or the last words of the full name ("Suu Kyi", "Edmundo
  González"), or both ends with words left out between ("Joseph Biden", "Joseph R. Biden").

Merging is conservative. Two full names neither of which holds the other are two people even
when they share a surname ("Joe Biden", "Hunter Biden"), and a short form that fits both is
left alone. Only names that are people wherever the briefing meets them take part: a name the
gazetteer or any mention gives another type (a state, an organisation) is never merged.

A person's office, for the Actors line, is read here too (`person_offices`), from the first
mention whose words tell it: a title before the name, lower-case ones whole ("White House press
secretary X": "Press secretary (United States)"), or an apposition on either side ("X, the
Kremlin's envoy for Afghanistan,", "Pakistan's foreign minister, X,"). The state or body that
owns the office is told after it, by its canonical name ("Iranian President X": "President
(Iran)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis, Mention
from briefer.analysis.names.shapes import PATRONYMIC_PARTICLES
from briefer.analysis.owners import ROLE_WORDS, known_party
from briefer.briefing.accents import without_accents
from briefer.briefing.stats import title_before
from briefer.sources.document import Document


def _words(name: str) -> tuple[str, ...]:
    """The words of a name, case and accents folded ("González" and "Gonzalez" are one word)."""
    return tuple(without_accents(name.casefold()).split())


def is_short_for(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the words `short` are a shorter form of the name `full`: one of its words, its
    first or last words, or its first and last words with some between left out."""
    if not short or len(short) >= len(full):
        return False
    if len(short) == 1:
        # (a word after "bin" names the father: "Salman" is not "Mohammed bin Salman")
        return any(
            w == short[0] and (i == 0 or full[i - 1] not in PATRONYMIC_PARTICLES)
            for i, w in enumerate(full)
        )
    if tuple(full[: len(short)]) == tuple(short) or tuple(full[-len(short) :]) == tuple(short):
        return True
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])  # the middle words, in order


def _people(items: Sequence[tuple[Document, Analysis]]) -> Counter[str]:
    """Person names with their mention counts: names met only as people, never as another type
    by a mention of the briefing or by the gazetteer."""
    counts: Counter[str] = Counter()
    other: set[str] = set()
    for _doc, analysis in items:
        for m in analysis.mentions:
            if m.type == "PERSON":
                counts[m.canonical] += 1
            else:
                other.add(m.canonical)
    return Counter(
        {
            name: n
            for name, n in counts.items()
            if name not in other and gazetteer.actor_type(name) in (None, "PERSON")
        }
    )


def _spelling(forms: Iterable[str], counts: Mapping[str, int]) -> str:
    """The written form of a name to keep: not in capitals (a headline's), with its accents,
    then the commonest, then the first in alphabetical order."""
    return min(
        forms,
        key=lambda f: (f.isupper(), -sum(not c.isascii() for c in f), -counts.get(f, 0), f),
    )


def person_names(items: Sequence[tuple[Document, Analysis]]) -> dict[str, str]:
    """Person name -> the one name the briefing gives that person, for names that change."""
    counts = _people(items)
    spellings: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(counts):
        spellings.setdefault(_words(name), []).append(name)
    # Names holding each name (a holder has its first and last words: look those up only).
    having: dict[str, set[tuple[str, ...]]] = {}
    for key in spellings:
        for word in key:
            having.setdefault(word, set()).add(key)
    holders = {
        key: [o for o in having[key[0]] & having[key[-1]] if is_short_for(key, o)]
        for key in spellings
    }
    # The fullest names, those no other name holds, stand; a shorter one joins the one
    # fullest name that holds it.
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, held_by in holders.items():
        fullest = [o for o in held_by if not holders[o]]
        if not held_by:
            target[key] = key
        elif len(fullest) == 1:
            target[key] = fullest[0]
    renamed: dict[str, str] = {}
    for key, forms in spellings.items():
        into = target.get(key)
        if into is None:
            continue  # a short form two people share: left as written
        name = _spelling(spellings[into], counts)
        for form in forms:
            if form != name:
                renamed[form] = name
    return renamed


def unify_people(
    items: Sequence[tuple[Document, Analysis]],
) -> list[tuple[Document, Analysis]]:
    """The documents with each person's mentions and statements under one name (the surface
    forms as written stay, and become the actor's aliases)."""
    renamed = person_names(items)
    if not renamed:
        return list(items)
    return [(doc, analysis.renamed(renamed)) for doc, analysis in items]


# --- A person's office, as the Actors line tells it -----------------------------------------

# The nouns an office ends in ("press secretary", "envoy for Afghanistan").
_HEAD_TEXT = """
    minister president spokesperson spokesman spokeswoman envoy ambassador chief official
    secretary secretary-general chancellor premier diplomat leader head commissioner
    representative negotiator mayor governor director chairman chair chairwoman speaker senator
    lawmaker mp general commander king queen emperor emir sheikh prince adviser advisor
    counsellor counselor coordinator administrator colonel lieutenant captain major brigadier
    amir admiral marshal sergeant commodore pope archbishop cardinal imam rabbi officer aide judge
    prosecutor attorney-general
"""
_HEADS = frozenset(_HEAD_TEXT.split())
# Words that may stand in an office before its head ("foreign", "deputy", "national security").
_OFFICE_WORDS = ROLE_WORDS - {"'s", "the", "a", "an", "of"}
# Words that start a noun phrase: an office begins after them.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
# Words a clause may put before an office set beside a name ("..., and Germany's foreign
# minister, X, said").
_JOINERS = frozenset({"and", "while", "but", "whereas", "as", "with", "when", "after", "said"})
# Capitalised words that open a sentence or give a time, never part of an office ("On Sunday
# Foreign Minister X").
_NOT_OFFICE_TEXT = """
    on in at by and but as after when while then also said says told with from to for of the
    a an his her its their this that monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    yesterday today
"""
_NOT_OFFICE = frozenset(_NOT_OFFICE_TEXT.split())
# Words of description, not of office: dropped from the line ("Iran's new president").
_DESCRIPTIVE = frozenset(
    {"new", "veteran", "longtime", "long-time", "current", "incumbent", "powerful", "influential"}
)
# Words an office's "for the ..." may point back with, saying nothing ("a spokesman for the group").
_REFERENT_TEXT = """
    group movement organisation organization country party bloc body alliance government
    militia state kingdom region militants rebels agency island community city nation union
    plant company
"""
_REFERENTS = frozenset(_REFERENT_TEXT.split())
# Courtesy titles and styles of address, which are no office ("Dr", "His Highness").
_COURTESY = frozenset({"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame"})
_HONOURS = frozenset({"highness", "excellency", "majesty", "holiness"})
_TAIL_LINKS = frozenset({"for", "of", "to", "at"})
_TAIL_REACH = 7  # words after "for" / "of" an office may name
_PLAIN_QUALIFIERS = 2  # lower-case words of no office ("press") an office may hold
_BOUNDARY = re.compile(r"[,.;:!?\"“”()\[\]\n—–]")
_APPOSED_AFTER = re.compile(r",\s+([^,.;:!?\"“”()\[\]\n—–]{3,120}?)\s*(?:[,.;:)]|$)")
_CLOSED_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_NOT_SPACE = re.compile(r"\S")


def _possessor(word: str) -> str | None:
    """The owner named by a possessive word ("Germany's" -> "Germany"), or None."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _NOT_OFFICE


def _plain_qualifier(word: str) -> bool:
    """A lower-case word that may qualify an office ("press" secretary), not a verb or plural
    ("accused", "reporters")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_OFFICE
        and not word.endswith(("ed", "ing"))
        and (not word.endswith("s") or word.endswith("ss"))
    )


def _owner_of(words: Sequence[str]) -> tuple[int, int, str] | None:
    """The first run of words naming a state or a body ("White House", "Iranian", "the
    European Union's") and opening a run of capitalised words: its span and canonical name."""
    for i, word in enumerate(words):
        if not word[:1].isupper() or (i > 0 and words[i - 1][:1].isupper()):
            continue  # an owner opens a run of capitals ("National Security Council")
        for j in range(min(len(words), i + 5), i, -1):
            run = list(words[i:j])
            run[-1] = _possessor(run[-1]) or run[-1]
            found = gazetteer.canonical_name(" ".join(run))
            if found is not None and found[1] in ("GPE", "ORG", "NORP"):
                return i, j, found[0]
    return None


def _read_office(words: Sequence[str], lead: str) -> str | None:
    """The office named by the last words of `words` ("White House press secretary", "the
    Kremlin's envoy for Afghanistan"), as the Actors line shows it: the office capitalised,
    its owner after it ("Press secretary (United States)"). `lead` says what may come before
    the office: "none" (an apposition after a name is all office), "joiner" (one set before a
    name: "..., and Germany's foreign minister, X") or "any" (a title touching the name)."""
    words = _without_honours(words)
    if not words:
        return None
    # The head of the office, perhaps followed by what it is for ("envoy for Afghanistan").
    head, tail = len(words) - 1, ""
    if words[head].lower() not in _HEADS:
        for i in range(len(words) - 2, 0, -1):
            if (
                words[i] in _TAIL_LINKS
                and words[i - 1].lower() in _HEADS
                and len(words) - i - 1 <= _TAIL_REACH
            ):
                head = i - 1
                tail = _tail(words[i:])
                break
        else:
            return None
    # The words before it that belong to the office, right to left.
    start, plain, opened = head, 0, False
    while start > 0:
        word = words[start - 1]
        low = word.lower()
        if low in _DETERMINERS:
            start, opened = start - 1, True
            break
        owner = _possessor(word)
        if owner is not None:
            start, opened = start - 1, True
            while start > 0 and _is_capitalised(words[start - 1]):
                start -= 1  # "the European Union's", "the Kurdish region's"
            if start > 0 and words[start - 1].lower() == "the":
                start -= 1
            break
        if low in _OFFICE_WORDS or _is_capitalised(word):
            start -= 1
        elif (
            plain < _PLAIN_QUALIFIERS
            and _plain_qualifier(word)
            and all(w.islower() for w in words[start : head + 1])  # "press secretary"
        ):
            plain += 1
            start -= 1
        else:
            break
    # An office set before a name opens a noun phrase ("by the foreign policy chief, X",
    # "- Ecuador's president, X") or follows a joining word ("..., and President, X").
    if start > 0 and (
        lead == "none" or (lead == "joiner" and not opened and not _joins(words[start - 1]))
    ):
        return None
    office = [
        w
        for w in words[start : head + 1]
        if w.lower() not in _DETERMINERS and _possessor(w) not in _REFERENTS
    ]  # "the group's deputy leader": whose, though not by name
    found = _owner_of(office)
    owner = None
    if found is not None:
        i, j, owner = found
        office = office[:i] + office[j:]
    office = [w for w in office if w.lower() not in _DESCRIPTIVE]
    if not office or office[-1].lower() not in _HEADS:
        return None
    line = " ".join([*office, tail] if tail else office)
    line = line[:1].upper() + line[1:]
    if owner is not None and owner not in line:
        line = f"{line} ({owner})"
    return line


def _tail(words: Sequence[str]) -> str:
    """What an office is for or of, as written ("for Afghanistan", "of the central bank"):
    nothing when it only points back ("for the group") or a full stop cut it ("to U")."""
    rest = [w for w in words[1:] if w.lower() != "the"]
    if len(rest) == 1 and rest[0] in _REFERENTS:
        return ""
    if len(words[-1]) == 1:
        return ""
    return " ".join(words)


def _without_honours(words: Sequence[str]) -> Sequence[str]:
    """The words before a style of address and before a courtesy title at the end ("UAE
    President His Highness Sheikh" -> "UAE President"; "Foreign Affairs Dr" -> "Foreign
    Affairs")."""
    while words and words[-1].rstrip(".").lower() in _COURTESY:
        words = words[:-1]
    for i, word in enumerate(words):
        if word.lower() in _HONOURS and i > 0 and words[i - 1].lower() in ("his", "her"):
            return words[: i - 1]
    return words


def _joins(word: str) -> bool:
    """A word after which a clause may set an office before a name ("and", "joining")."""
    return word.lower() in _JOINERS or (word.islower() and word.endswith("ing"))


def _words_before(text: str, start: int) -> list[str]:
    """The words of the clause just before `start`, back to the last punctuation mark."""
    window = text[max(0, start - 120) : start]
    cut = [m.end() for m in _BOUNDARY.finditer(window)]
    return window[cut[-1] if cut else 0 :].split()


def office_of(text: str, m: Mention, people_at: Container[int] = ()) -> str | None:
    """The office the text gives a person at this mention, as the Actors line shows it: a
    title before the name ("White House press secretary Sarah Sanders"), an apposition before
    it ("Germany's foreign minister, Heiko Maas, said") or after it ("Zamir Kabulov, the
    Kremlin's envoy for Afghanistan, said"); None when it gives none. `people_at`: where person
    mentions start: an apposition followed by a name is that person's ("joining Britain's trade
    secretary, Liam Fox, France's finance minister, Bruno Le Maire")."""
    before = text[max(0, m.start - 2) : m.start]
    if before[-1:].isspace() and before[-2:-1] not in (",", ":"):
        office = _read_office(_words_before(text, m.start), "any")
        if office is not None:
            return office
    if (before.endswith(", ") or before.endswith(",\n")) and _CLOSED_AFTER.match(text, m.end):
        office = _read_office(_words_before(text, m.start - 2), "joiner")
        if office is not None:
            return office
    after = _APPOSED_AFTER.match(text, m.end)
    if after is not None:
        word = _NOT_SPACE.search(text, after.end())  # where the next word starts
        following = word.start() if word is not None else len(text)
        if following not in people_at:
            return _read_office(after.group(1).split(), "none")
    return None


def person_offices(items: Sequence[tuple[Document, Analysis]]) -> dict[str, str]:
    """Each person's office, from the first mention in the briefing's documents that gives one,
    by the full name if any does (the documents in the briefing's order, under the briefing's
    names: `unify_people`); failing that, the title words just before the first mention that
    has some (`stats.title_before`: "Chief Justice X")."""
    offices: dict[str, str] = {}
    people_of = [
        (doc, sorted((m for m in analysis.mentions if m.type == "PERSON"), key=_start))
        for doc, analysis in items
    ]
    # Mentions by the full name first: a surname alone may be a relative's ("King Salman").
    # Where each office was read: the document, its people in order, the mention.
    given_at: dict[str, tuple[Document, list[Mention], Mention]] = {}
    for full in (True, False):
        for doc, people in people_of:
            people_at = {m.start for m in people}
            for m in people:
                if m.canonical in offices or (_words(m.surface) == _words(m.canonical)) != full:
                    continue
                office = office_of(doc.text, m, people_at)
                if office is not None:
                    offices[m.canonical] = office
                    given_at[m.canonical] = (doc, people, m)
    # "His foreign minister, Adel al-Jubeir": the office is the state's of the person "his"
    # points back to (the person named last before), as that person's office tells it.
    for name, (doc, people, m) in given_at.items():
        office = offices[name]
        if office.endswith(")") or not _pronoun_office(doc.text, m):
            continue
        antecedent = _antecedent(doc.text, m, [o for o in people if o.canonical != name])
        if antecedent is None:
            continue
        owner = _office_owner(offices.get(antecedent)) or known_party(antecedent, doc.year)
        if owner is not None and owner not in office:
            offices[name] = f"{office} ({owner})"
    for doc, people in people_of:
        for m in people:
            if m.canonical not in offices and (title := title_before(doc.text, m.start)):
                offices[m.canonical] = title
    return offices


_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$")
_PRONOUN_AFTER = re.compile(r",\s+(?:his|her)\s")
_OWNER_IN_LINE = re.compile(r"\(([^()]+)\)$")


def _pronoun_office(text: str, m: Mention) -> bool:
    """An office set beside the name with "his" or "her" ("His foreign minister, X," or "X,
    her spokesman,"): whose it is, the person before tells."""
    return (
        _PRONOUN_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
        or _PRONOUN_AFTER.match(text, m.end) is not None
    )


_SENTENCE_END = re.compile(r"[.!?]\s")


def _antecedent(text: str, m: Mention, others: Sequence[Mention]) -> str | None:
    """The person "his" or "her" beside a name points back to: the first person named in the
    sentence before the name, else the first of the sentence before (its subject: "President
    Joe Biden said he would work with Erdoğan. His national security adviser, ...")."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 600), m.start)]
    opens = ends[-1] if ends else max(0, m.start - 600)
    here = [o for o in others if opens <= o.start and o.end <= m.start]
    if here:
        return here[0].canonical
    previous = ends[-2] if len(ends) > 1 else max(0, m.start - 600)
    there = [o for o in others if previous <= o.start and o.end <= opens]
    return there[0].canonical if there else None


def _office_owner(office: str | None) -> str | None:
    """The state or body an Actors line's office names in brackets ("King (Saudi Arabia)")."""
    found = _OWNER_IN_LINE.search(office) if office else None
    return found.group(1) if found is not None else None


def _start(m: Mention) -> int:
    return m.start
