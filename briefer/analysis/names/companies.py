"""Longer names around known ones, which the rules (stopping at known words) never propose: a
company named after the noun that says what it is ("its parent company Boskalis"), a sea's
short name after an unknown capitalised word ending a company's ("Cathay Pacific"), and two
bodies joined by a hyphen and used as a noun ("Air France-KLM said").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefer.analysis.gazetteer import Entry, Gazetteer
from briefer.analysis.gazetteer_reading import GOVERNMENT_AFTER
from briefer.analysis.mention_spans import Occupancy, sentence_start
from briefer.analysis.names.shapes import (
    BODY_NOUNS,
    CAPWORD,
    RANK_GAZETTEER,
    RANK_RULE,
    STOPWORDS,
    Found,
    word_char,
    words,
)

#: Nouns that describe a company or similar body before its name: "French mining group Eramet",
#: "Russian energy giant Gazprom", "Chinese telecoms firm Huawei".
_COMPANY_NOUNS = "|".join(
    (
        *BODY_NOUNS,
        *("retailer", "importer", "trader", "developer", "shipper", "multinational"),
        *("start-up", "startup", "chain", "major", "provider"),
    )
)
_DESCRIBED_COMPANY_RE = re.compile(
    rf" (?P<words>(?:[a-z][\w&'’-]* ){{0,3}}(?:{_COMPANY_NOUNS})) (?P<name>{CAPWORD}"
    rf"(?: {CAPWORD}){{0,3}})"
)
#: Words that make the described body the state's own ("Chinese state-owned firm"): then the
#: adjective does name its owner.
_STATE_WORDS = frozenset(words("state state-owned state-run state-controlled government military"))


def described_companies(
    text: str,
    chosen: list[Found],
    entries: dict[tuple[int, int], Entry],
    known: Callable[[str], bool],
) -> list[Found]:
    """A company described by a state's adjective ("French mining group Eramet") is not that
    state: the adjective is a description, so its mention is dropped, and the name after the
    noun is the company (ORG) when nothing else claims it. A state-owned body ("Chinese
    state-owned firm X") keeps its adjective: there it names the owner."""
    out: list[Found] = []
    starts = {f.start: f for f in chosen}
    added: list[Found] = []
    renamed: dict[Found, Found] = {}
    for f in chosen:
        entry = entries.get((f.start, f.end))
        m = None
        if (
            entry is not None
            and entry.kind in ("demonym", "name", "alias")
            and entry.type in ("GPE", "NORP")
            and f.rank == RANK_GAZETTEER
        ):
            m = _DESCRIBED_COMPANY_RE.match(text, f.end)
            if m is None and (apposed := _apposed_company(text, f, starts, known)) is not None:
                # "Primark, the British budget chain, said": the adjective describes the name
                # set before it, which is the company
                if isinstance(apposed, Found):
                    if apposed.start in starts:
                        renamed[starts[apposed.start]] = apposed
                    else:
                        added.append(apposed)
                continue
        if m is None:
            out.append(f)
            continue
        owned = any(w in _STATE_WORDS for w in m.group("words").split())
        name_start = m.start("name")
        held = starts.get(name_start)
        if held is None:
            name = _leading_name(m.group("name"), known)
            end = name_start + len(name)
            if not name or any(g.start < end and name_start < g.end for g in chosen):
                out.append(f)
                continue
            added.append(Found(name_start, end, name, "ORG", RANK_RULE))
        elif held.type == "PERSON" and held.rank < RANK_GAZETTEER:
            # "contractor Northwind Dynamics said": a name the rules took for a person's
            renamed[held] = held._replace(type="ORG")
        elif held.type != "ORG":
            out.append(f)  # a known person or a place after the noun: no company described
            continue
        if owned:
            out.append(f)
    if renamed:
        out = [renamed.get(f, f) for f in out]
    if not added:
        return out
    return sorted(out + added, key=lambda f: f.start)


#: A company's description set after its name: "Primark, the British budget chain,".
_APPOSED_AFTER_RE = re.compile(
    rf"(?P<words>(?: [a-z][\w&'’-]*){{0,3}}) (?:{_COMPANY_NOUNS})(?=[,;)])"
)
_APPOSED_BEFORE_RE = re.compile(rf"(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}}), (?:the|a|an) $")


def _apposed_company(
    text: str, f: Found, starts: dict[int, Found], known: Callable[[str], bool]
) -> Found | bool | None:
    """The company a state's adjective describes in apposition ("Primark, the British budget
    chain,"): None when the adjective describes no company there or the company is the state's
    own ("a state-owned firm"), True when the name before is already an organisation's, else
    the name as an organisation (a rule's person renamed, or a new name)."""
    after = _APPOSED_AFTER_RE.match(text, f.end)
    if after is None or any(w in _STATE_WORDS for w in after.group("words").split()):
        return None
    before = _APPOSED_BEFORE_RE.search(text, max(0, f.start - 60), f.start)
    if before is None:
        return None
    start, end = before.span("name")
    held = starts.get(start)
    if held is not None:
        if held.end != end:
            return None
        if held.type == "ORG":
            return True
        if held.type == "PERSON" and held.rank < RANK_GAZETTEER:
            return held._replace(type="ORG")
        return None
    name = before.group("name")
    if any(w in STOPWORDS or known(w) for w in name.split()):
        return None
    return Found(start, end, name, "ORG", RANK_RULE)


def _leading_name(words_after: str, known: Callable[[str], bool]) -> str:
    """The words of a company's name after the noun that describes it, up to the first
    stopword or name known as something else ("Northwind Dynamics" of "Northwind Dynamics
    said"); empty if the first word is one."""
    kept: list[str] = []
    words_ = words_after.split()
    for i, word in enumerate(words_):
        if word in STOPWORDS:
            break
        if known(word) and not (i == 0 and _unknown_name_word(words_[1:2], known)):
            # (a known first word before an unknown name word starts the name: "Bavarian
            # Nordic", a region's adjective)
            break
        kept.append(word)
    return " ".join(kept)


def _unknown_name_word(after: list[str], known: Callable[[str], bool]) -> bool:
    """Whether the word after a known one is a capitalised word no list knows."""
    return (
        bool(after) and after[0][:1].isupper() and after[0] not in STOPWORDS and not known(after[0])
    )


#: "its parent company Boskalis", "the energy firm Eni": a body named after the noun saying
#: what it is, with an article or a possessive before.
_COMPANY_NOUNS_BEFORE_NAME = tuple(
    f"{noun} "
    for noun in words(
        """
        company operator carrier airline conglomerate corporation contractor insurer lender
        shipper retailer manufacturer carmaker
        """
    )
)
_COMPANY_NAME_RE = re.compile(rf"{CAPWORD}(?: {CAPWORD}){{0,3}}")
_ARTICLE_BEFORE_NOUN_RE = re.compile(
    r"\b(?:the|its|their|his|her|a|an|The|Its|Their)\s(?:[a-z][\w-]*\s){0,2}$"
)


def companies_named_after_noun(
    text: str, chosen: list[Found], known: Callable[[str], bool]
) -> list[Found]:
    """A company named right after the noun that says what it is ("its parent company
    Boskalis told Dutch television", "the energy firm Eni"), where no other mention claims
    the name: an organisation, not a person or nothing."""
    taken: Occupancy | None = None
    added: list[Found] = []
    for noun in _COMPANY_NOUNS_BEFORE_NAME:  # (found as plain text first: the nouns are rare)
        at = text.find(noun)
        while at >= 0:
            name_at, at = at + len(noun), text.find(noun, at + 1)
            m = _COMPANY_NAME_RE.match(text, name_at)
            if m is None or (name_at > len(noun) and word_char(text[name_at - len(noun) - 1])):
                continue
            before = _ARTICLE_BEFORE_NOUN_RE.search(text, max(0, name_at - 50), name_at - len(noun))
            if before is None:
                continue
            name = _leading_name(m.group(), known)
            end = name_at + len(name)
            if taken is None:
                taken = Occupancy(len(text))
                for f in chosen:
                    taken.take(f.start, f.end)
            if name and taken.free(name_at, end):
                added.append(Found(name_at, end, name, "ORG", RANK_RULE))
    return sorted(chosen + added, key=lambda f: f.start) if added else chosen


_WORD_BEFORE_NAME_RE = re.compile(rf"(?<![\w'’.-])({CAPWORD}) $")


def names_ending_in_a_sea(
    text: str,
    chosen: list[Found],
    entries: dict[tuple[int, int], Entry],
    known: Callable[[str], bool],
) -> list[Found]:
    """A sea's one-word short name after a capitalised word of no known kind ends another
    name, a company's: "Cathay Pacific", "Virgin Atlantic", "Union Pacific" (the ocean is
    named bare, "the Pacific", or with a compass word, "the Western Pacific"). The longer name
    was never proposed: the name rules stop at a known word, so the sea won alone."""
    out: list[Found] | None = None
    for i, f in enumerate(chosen):
        entry = entries.get((f.start, f.end))
        if (
            entry is None
            or f.rank != RANK_GAZETTEER
            or not entry.canonical.endswith((" Ocean", " Sea"))
            or entry.canonical == f.canonical == text[f.start : f.end]
            or " " in text[f.start : f.end]
        ):
            continue
        m = _WORD_BEFORE_NAME_RE.search(text, max(0, f.start - 40), f.start)
        if m is None:
            continue
        word, start = m.group(1), m.start(1)
        if word in STOPWORDS or known(word) or (i and chosen[i - 1].end > start):
            continue
        if sentence_start(text, start) and not _verb_after(text, f.end):
            continue  # "Vast Pacific waters": an adjective opening the sentence
        if out is None:
            out = list(chosen)
        name = text[start : f.end]
        out[i] = Found(start, f.end, name, "ORG", RANK_RULE)
    return out if out is not None else chosen


#: What may follow a body's name used as a noun: punctuation, the text's end, or a verb.
_AFTER_NOUN_RE = re.compile(r"\s*(?:[,.;:)!?]|$)|\s([a-z]+)\b")


def _verb_after(text: str, end: int) -> bool:
    after = _AFTER_NOUN_RE.match(text, end)
    return after is not None and after.group(1) in GOVERNMENT_AFTER


def hyphened_bodies(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
    """Two organisations joined by a hyphen, with a verb or a stop after them, are one
    ("Lufthansa, Air France-KLM, Aeroflot said"; "Air France-KLM said", which the name rules
    had read as a person): a merged group takes both names. Before a noun the pair is two
    bodies ("Hamas-Fatah talks", "the EU-NATO summit"), and states are never joined
    ("Russia-Ukraine")."""
    if "-" not in text:
        return chosen
    out: list[Found] = []
    i = 0
    while i < len(chosen):
        f = chosen[i]
        if f.type == "PERSON" and "-" in f.canonical:
            left, _, right = f.canonical.rpartition("-")
            if all(_is_body(gaz, part) for part in (left, right)):
                f = f._replace(type="ORG")
        g = chosen[i + 1] if i + 1 < len(chosen) else None
        if (
            g is not None
            and f.type == "ORG"
            and g.type == "ORG"
            and g.start == f.end + 1
            and text[f.end] == "-"
        ):
            after = _AFTER_NOUN_RE.match(text, g.end)
            verb = after.group(1) if after is not None else None
            if after is not None and (verb is None or verb in GOVERNMENT_AFTER):
                out.append(Found(f.start, g.end, text[f.start : g.end], "ORG", RANK_RULE))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _is_body(gaz: Gazetteer, form: str) -> bool:
    entry = gaz.forms.get(form)
    return entry is not None and gaz.types.get(entry.canonical, entry.type) == "ORG"
