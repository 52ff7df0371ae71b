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
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from briefer.analysis import gazetteer
from briefer.analysis.model import Analysis
from briefer.sources.document import Document


def _words(name: str) -> tuple[str, ...]:
    """The words of a name, case and accents folded ("González" and "Gonzalez" are one word)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return tuple("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def is_short_for(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the words `short` are a shorter form of the name `full`: one of its words, its
    first or last words, or its first and last words with some between left out."""
    if not short or len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] in full
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
    out: list[tuple[Document, Analysis]] = []
    for doc, analysis in items:
        mentions = tuple(
            replace(m, canonical=renamed[m.canonical]) if m.canonical in renamed else m
            for m in analysis.mentions
        )
        sentences = tuple(
            replace(s, speakers=_renamed_speakers(s.speakers, renamed))
            if any(sp in renamed for sp in s.speakers)
            else s
            for s in analysis.sentences
        )
        out.append((doc, replace(analysis, mentions=mentions, sentences=sentences)))
    return out


def _renamed_speakers(speakers: Sequence[str], renamed: Mapping[str, str]) -> tuple[str, ...]:
    """Speakers under their briefing names, each once."""
    return tuple(dict.fromkeys(renamed.get(sp, sp) for sp in speakers))
