"""Entity mentions in a text, offline: the gazetteer first, then rules for unknown names.

`find_mentions(text)` returns non-overlapping mentions sorted by start, with offsets into `text`
(`surface == text[start:end]`). Where candidates overlap the longest wins, and on equal length
the gazetteer beats the rules, which beat spaCy (an optional extra, see `spacy_ner`). This module
holds the order of the passes; the gazetteer read in context is `gazetteer_reading`, the rules
for unknown names are `names.persons`, `names.organisations`, `names.events`, `names.places` and
`names.surnames`, the longer names around known ones `names.companies`, and what the text says
elsewhere about a mention `mention_resolution`. Short all-caps forms among other all-caps words
(a shouted headline: "LET US") are ignored. Runs of spaces (justified PDF text) read as one,
and a known name broken by a line break inside a paragraph still matches.

Speed: the gazetteer pass runs at several million words/s, the whole of `find_mentions` at a
few hundred thousand (`python -m bench.bench_entities`).
"""

from __future__ import annotations

import os
import re

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import commission_titles, state_of_titled_heads
from briefer.analysis.gazetteer_reading import capital_reading, gazetteer_candidates, groups
from briefer.analysis.mention_resolution import (
    acronyms_defined,
    bare_heads,
    bare_legislatures,
    commissions_of_unions,
    community_of_its_time,
    full_names_by_short_form,
    known_as,
    latest_bearer,
    missions_named,
    organs_of_bodies,
    other_bearers,
    people_read_as_places,
    pirates_of_a_people,
    places_read_as_people,
    qualify_bodies,
    qualify_ethnic_groups,
    royal_names,
    seats_of_their_time,
    states_of_their_time,
    with_relatives,
)
from briefer.analysis.mention_spans import Occupancy, inside, select, set_apart
from briefer.analysis.model import Mention
from briefer.analysis.names.companies import (
    companies_named_after_noun,
    described_companies,
    hyphened_bodies,
    names_ending_in_a_sea,
)
from briefer.analysis.names.events import event_candidates, vessel_candidates
from briefer.analysis.names.organisations import organisation_candidates
from briefer.analysis.names.persons import family_candidates, person_candidates, relatives
from briefer.analysis.names.places import place_candidates
from briefer.analysis.names.shapes import RANK_GAZETTEER, Cue, Found, headline_lines
from briefer.analysis.names.surnames import surname_candidates


def _spacy_enabled(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return os.environ.get("BRIEFER_SPACY", "").strip().lower() in ("1", "true", "yes", "on")


_SPACE_RUN_RE = re.compile(r" {2,}")


def find_mentions(
    text: str, *, use_spacy: bool | None = None, year: int | None = None
) -> list[Mention]:
    """Entity mentions in `text`: non-overlapping, longest match wins, sorted by start.

    `use_spacy` (default: the BRIEFER_SPACY environment variable) merges spaCy's entities under
    the gazetteer and rules when spaCy and en_core_web_sm are installed; otherwise it does nothing.
    `year`, the year the text was published if known, dates names whose meaning changed ("EC").

    Runs of spaces (justified PDF text: "President  Ferdinand  Marcos") are read as one space,
    so names match as they do elsewhere; offsets and surfaces stay those of `text`.
    """
    if "  " not in text:
        return _find_mentions(text, use_spacy, year)
    pieces: list[str] = []
    origin: list[int] = []  # index in `text` of each character of the collapsed text
    at = 0
    for run in _SPACE_RUN_RE.finditer(text):
        pieces.append(text[at : run.start() + 1])
        origin.extend(range(at, run.start() + 1))
        at = run.end()
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    mentions = []
    for m in _find_mentions("".join(pieces), use_spacy, year):
        start, end = origin[m.start], origin[m.end - 1] + 1
        mentions.append(Mention(start, end, text[start:end], m.canonical, m.type))
    return mentions


def _lines_joined(text: str) -> str:
    """The text with line breaks inside a paragraph (a <br>, a Markdown hard break: a break
    between two non-blank characters) read as spaces, same length and offsets, so that a known
    name broken over two lines ("the Norwegian / Refugee Council") still matches whole.
    Paragraphs stay apart: a blank line separates them. (A plain scan: line breaks are few.)"""
    lone = []
    last = len(text) - 1
    at = text.find("\n", 1)
    while 0 < at < last:
        if not text[at - 1].isspace() and not text[at + 1].isspace():
            lone.append(at)
        at = text.find("\n", at + 2)
    if not lone:
        return text
    pieces = []
    start = 0
    for at in lone:
        pieces.append(text[start:at])
        start = at + 1
    pieces.append(text[start:])
    return " ".join(pieces)


def _find_mentions(text: str, use_spacy: bool | None, year: int | None = None) -> list[Mention]:
    gaz = gazetteer.refresh()  # each text looks at the alias file: an edit counts at once
    cues: list[Cue] = []
    gaz_found = other_bearers(text, gazetteer_candidates(_lines_joined(text), gaz, cues), gaz)
    entries = {(f.start, f.end): e for f, e in gaz_found}
    forms = gaz.forms

    # A bound method (cheaper than a closure: rules call it very often) over every form but
    # people's names, so that "Sergei Putin" stays whole.
    known = gaz.forms_not_people().__contains__

    def actor(form: str) -> str | None:
        entry = forms.get(form)
        return entry.canonical if entry is not None else None

    def body(form: str) -> str | None:
        entry = forms.get(form)
        if entry is None or gaz.types.get(entry.canonical, entry.type) != "ORG":
            return None
        return entry.canonical

    rules = (
        person_candidates(text, known, gaz.forms_of_people().__contains__)
        + organisation_candidates(text, known, gazetteer.adjective_of, actor, body)
        + place_candidates(text, known)
        + family_candidates(text, known)
        + event_candidates(text, cues)
        + vessel_candidates(text, known, cues)
    )
    headlines = headline_lines(text)
    if headlines:
        rules = [
            f for f in rules if not inside(f, headlines) or (f.type == "ORG" and set_apart(text, f))
        ]
    candidates: list[Found] = [f for f, _ in gaz_found] + rules
    if _spacy_enabled(use_spacy):
        from briefer.analysis import spacy_ner

        candidates += spacy_ner.spacy_candidates(text, gaz)
    chosen = select(candidates, len(text))

    # Later bare surnames of people found above ("Vučić said" after "President Aleksandar Vučić").
    people = {f.canonical for f in chosen if f.type == "PERSON" and " " in f.canonical}
    if people:
        occupied = Occupancy(len(text))
        for f in chosen:
            occupied.take(f.start, f.end)
        latest = latest_bearer(text, chosen)
        extra = surname_candidates(
            text,
            people,
            lambda s, e: not occupied.free(s, e),
            lambda at: inside(Found(at, at, "", "", 0), headlines),
            latest,
        )
        chosen = sorted(chosen + extra, key=lambda f: f.start)

    chosen = places_read_as_people(text, chosen)
    chosen = people_read_as_places(text, chosen)
    chosen = described_companies(text, chosen, entries, known)
    chosen = companies_named_after_noun(text, chosen, known)
    chosen = names_ending_in_a_sea(text, chosen, entries, known)
    chosen = hyphened_bodies(text, chosen, gaz)
    chosen = acronyms_defined(text, chosen, gaz)
    chosen = community_of_its_time(text, chosen, year)
    chosen = seats_of_their_time(text, chosen, year)
    chosen = missions_named(text, chosen, gaz)
    chosen = organs_of_bodies(text, chosen, gaz)
    chosen = bare_heads(text, chosen)
    chosen = bare_legislatures(text, chosen)
    chosen = groups(text, chosen, entries)
    chosen = qualify_bodies(text, chosen)
    chosen = qualify_ethnic_groups(chosen)
    full_names = full_names_by_short_form(f.canonical for f in chosen if f.type == "PERSON")
    latest = latest_bearer(text, chosen)
    mentions: list[Mention] = []
    last_capital: tuple[int, bool] | None = None  # (end, government?) of the previous capital
    for f in chosen:
        entry = entries.get((f.start, f.end))
        if entry is not None and entry.kind == "capital" and f.rank == RANK_GAZETTEER:
            paired = None
            if last_capital is not None and re.fullmatch(
                r" (?:and|or) ", text[last_capital[0] : f.start]
            ):
                paired = last_capital[1]
            f, government = capital_reading(text, f, entry, gaz, paired)
            last_capital = (f.end, government)
        elif f.type == "PERSON":
            surface = text[f.start : f.end]
            bearer = latest(surface, f.start) if " " not in surface.strip() else None
            f = f._replace(canonical=bearer or full_names.get(f.canonical, f.canonical))
        mentions.append(Mention(f.start, f.end, text[f.start : f.end], f.canonical, f.type))
    if "known as" in text:
        mentions = known_as(text, mentions)
    mentions = states_of_their_time(text, mentions, year)
    mentions = royal_names(text, mentions)
    if " pirates" in text:
        mentions = pirates_of_a_people(text, mentions)
    if "ommissioner" in text:
        mentions = commission_titles(text, mentions)
    if "ommission" in text:
        mentions = commissions_of_unions(text, mentions)
    if "Pope " in text:
        mentions = state_of_titled_heads(text, mentions)
    kin = relatives(text, known)
    return with_relatives(text, mentions, kin) if kin else mentions
