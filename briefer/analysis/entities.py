"""Entity mentions in a text, offline: the gazetteer first, then rules for unknown names.

`find_mentions(text)` returns non-overlapping mentions sorted by start, with offsets into `text`
(`surface == text[start:end]`). Where candidates overlap the longest wins, and on equal length
the gazetteer beats the rules, which beat spaCy (an optional extra, see `spacy_ner`).

Context decides two things the lists alone cannot:

- a capital standing for its government ("Belgrade said", "Belgrade's decision", "talks between
  Belgrade and Pristina") resolves to the state (GPE); a capital as a place ("in Belgrade",
  "protests in Pristina", and by default) keeps the city as its canonical name;
- a demonym after "ethnic" or after a state's name ("ethnic Albanians", "Iraqi Kurds") names a
  group (NORP) rather than the state.

After merging, people named by surname or title alone take the full name seen in the same text
("Vučić said" -> Aleksandar Vučić), an acronym the text defines ("the Zanian Liberation Front
(ZLF)") names that body wherever it appears, and a bare body takes the one qualified body of that
name ("the Foreign Ministry" -> "Lithuanian Foreign Ministry", "the Defence Force" -> "Papua New
Guinea Defence Force"), a person's popular name set after the name is that person ("Robert
Kyagulanyi, better known as Bobi Wine"), and a company named after the noun that says what it is
is an organisation ("its parent company Boskalis"). A longer name around a known one wins
where the rules, which stop at known words, never proposed it: a sea's short name after an
unknown capitalised word ends a company's ("Cathay Pacific"), and two bodies joined by a hyphen
and used as a noun are one ("Air France-KLM said"). Short all-caps forms among other
all-caps words (a shouted headline: "LET US") are ignored. Runs of spaces (justified PDF text)
read as one, and a known name broken by a line break inside a paragraph still matches.

Speed: the gazetteer pass runs at several million words/s, the whole of `find_mentions` at a
few hundred thousand (`python -m bench.bench_entities`).
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Callable, Iterable

from briefer.analysis import gazetteer, names
from briefer.analysis.gazetteer import Entry, Gazetteer
from briefer.analysis.model import Mention
from briefer.analysis.names import RANK_GAZETTEER, RANK_SURNAME, Cue, Found, words
from briefer.analysis.verbs import ANNOUNCE, ATTITUDE, SAY

#: Words before a capital that make it a place: "in Belgrade", "flights to Moscow".
PLACE_BEFORE = frozenset(
    words(
        """
        in at from near to into outside around across via through toward towards inside throughout
        within downtown central northern southern eastern western suburban visit visited visiting
        visits left leave leaving reached reach entered enter arrived fled flee toured returned
        return bombed shelled struck attacked hit captured seized surrounded besieged flew
        travelled traveled invaded targeted stormed bombarded raided occupied liberated
        evacuated encircled approached neared defended pounded rocked blockaded overran
        shrouded flooded """
    )
)
#: Words before a capital that make it a government: "talks with Moscow", "pressure on Kyiv".
GOVERNMENT_BEFORE = frozenset(
    words(
        """
        with between against on by urged urging urge told telling tell pressed pressing press
        accused accusing accuse criticised criticized criticising criticizing warned warning warn
        called asked asking ask judge judged give gave giving encouraging encouraged encourage
        blamed blaming blame persuade persuaded convince convinced support supported supporting
        backed backing condemned condemning sanction sanctioned sanctioning punish punished
        isolate isolated recognise recognised recognize recognized reassure reassured
        """
    )
)
#: Nouns before "of" that make the capital after it a government: "the request of Athens".
GOVERNMENT_OF = frozenset(
    words(
        """
        request blessing decision decisions position approval consent demand demands policy
        stance support refusal behalf part side response reaction invitation insistence pressure
        warning objections objection view views plan proposal offer rejection recognition backing
        ally allies intentions intention claims claim behaviour behavior conduct actions
        message messages signal signals letter appeal appeals threat threats ultimatum channel
        criticism note aid concessions sympathy solidarity puppet puppets loyalty hostility
        overtures """
    )
)
#: Words after a capital that make it a government: "Belgrade said", "Moscow has denied".
GOVERNMENT_AFTER = (
    SAY
    | ANNOUNCE
    | ATTITUDE
    | frozenset(
        words(
            """
        say accuses rejected rejects denied denies
        warns demands insisted insists condemns welcomed welcomes urges
        calls responded responds replied threatened threatens agreed agrees refused refuses
        claimed claims wants want asked asks blamed blames dismissed dismisses protested vowed
        vows pledged pledges signalled signaled signals has have had will would could should must
        did does sees fears hopes expects believes considers recognised recognized recognises
        recognizes recalled recalls summoned summons sent sends imposed imposes ordered orders
        approved approves backed backs supported supports opposed opposes retaliated expelled
        expels launched launches deployed deploys sought seeks reacted reacts is was are were
        remains remained seems seemed appears appeared may might can cannot can't won't wouldn't
        doesn't didn't isn't wasn't made makes took takes gave gives struck strikes stood stands
        saw kept keeps held holds met meets put puts set sets got gets won wins lost loses thought
        brought brings knew knows wrote writes spoke speaks chose chooses drew draws broke breaks
        began begins tolerates tolerated accepts accepted deplored deplores left leaves
        """
        )
    )
)
#: Lower-case words ending in "ed" or "s" after a capital that are not its verbs.
NOT_VERBS_AFTER = frozenset(
    words(
        """
        talks officials authorities residents streets protests sources analysts diplomats leaders
        meetings suburbs citizens airports offices markets embassies headquarters negotiations
        agreements accords pacts treaties protocols hospitals schools hotels students workers
        rallies process correspondents
        based born led bureau news press is
        """
    )
)
_HEADED_PREPOSITIONS = frozenset(words("of from to for towards toward"))
_NOT_VERBS_BEFORE = frozenset(words("during morning evening building meeting according"))
_SKIP_AFTER = frozenset(words("also again now then already quickly swiftly formally officially"))
_PREVIOUS_WORD_RE = re.compile(r"([\w’'.-]+)[^\w\n]{0,3}$")
_WORD_BEFORE_RE = re.compile(r"([\w’'-]+)$")
_WORD_RE = re.compile(r"[\w’'.-]+", re.UNICODE)


def _word_char(ch: str) -> bool:
    """What `[\\w-]` matches: a letter, digit, underscore or hyphen (before a cue word)."""
    return ch.isalnum() or ch in "_-"


def _caps_context(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """True if a short all-caps form sits among other all-caps words (a shouted headline)."""
    for word in (_previous_word(text, start), _next_word(text, end)):
        if word and len(word) >= 2 and word.isupper() and word.isalpha() and word not in gaz.forms:
            return True
    return False


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD_RE.search(text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = _WORD_RE.search(text, end, min(len(text), end + 40))
    if m is None or text[end : m.start()].strip(" ,") != "":
        return ""
    return m.group()


def gazetteer_candidates(
    text: str, gaz: Gazetteer, cues: list[Cue] | None = None
) -> list[tuple[Found, Entry]]:
    """Every whole-word match of a known form, with its entry (overlaps included). The name
    rules' cues met on the way ("survey ship ", "Operation ") go to `cues` when given."""
    automaton = gaz.automaton()
    found: list[tuple[Found, Entry]] = []
    size = len(text)
    new = tuple.__new__  # a Found without the named tuple's Python-level constructor
    for last, (length, entry, short_caps) in automaton.iter(text):
        end = last + 1
        start = end - length
        if entry is None:  # a cue word and its space
            if cues is not None and not (start and _word_char(text[start - 1])):
                cues.append((short_caps, start, end))
            continue
        # A whole word: no letter or digit glued on either side, except after a form's final
        # stop ("U.S.Navy" in careless text). Written inline: this loop runs for every match.
        if start > 0:
            before = text[start - 1]
            if before.isalnum() or before == "_":
                continue
        if end < size:
            after = text[end]
            if (after.isalnum() or after == "_") and text[last] != ".":
                continue
        if short_caps and _caps_context(text, start, end, gaz):
            continue
        found.append((new(Found, (start, end, entry.canonical, entry.type, RANK_GAZETTEER)), entry))
    return found


class _Occupancy:
    """Characters of the text already covered by a chosen mention."""

    def __init__(self, size: int) -> None:
        self.cells = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self.cells.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.cells[start:end] = b"\x01" * (end - start)


def _select(candidates: Iterable[Found], size: int) -> list[Found]:
    """Longest first, then higher rank, then earlier; keep those that overlap nothing kept."""
    taken = _Occupancy(size)
    chosen: list[Found] = []
    for c in sorted(candidates, key=lambda f: (f.start - f.end, -f.rank, f.start)):
        if c.end > c.start and taken.free(c.start, c.end):
            taken.take(c.start, c.end)
            chosen.append(c)
    chosen.sort(key=lambda f: f.start)
    return chosen


def _word_before(text: str, start: int) -> str:
    """The word right before `start` (one space between), lower-cased; "" if none."""
    if start < 2 or text[start - 1] != " ":
        return ""
    m = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start - 1])
    return m.group(1).lower() if m else ""


def _capital_reading(
    text: str, found: Found, entry: Entry, gaz: Gazetteer, paired: bool | None
) -> tuple[Found, bool]:
    """Government (the state) or place (the city) for a capital, and whether it is government.

    A capital acting (subject of a verb, "Belgrade's decision", "talks with Moscow", "the
    request of Athens") is its government; after a place preposition or a verb of movement
    ("in Belgrade", "visited Kyiv"), in a dateline, and by default it is the city. `paired` is
    the reading of a capital just before "and" ("between Belgrade and Pristina"), which this one
    shares unless its own context decides.
    """
    place = entry.place or found.canonical
    as_place = (found._replace(canonical=place, type=gaz.types.get(place, "GPE")), False)
    government_type = gaz.types.get(entry.canonical, "GPE")  # Brussels acting: the EU, an ORG
    as_government = (found._replace(canonical=entry.canonical, type=government_type), True)
    prev = _word_before(text, found.start)
    if prev in _HEADED_PREPOSITIONS:
        head = _word_before(text, found.start - len(prev) - 1)
        if head in GOVERNMENT_OF:
            return as_government  # "pressure from Beijing", "a warning to Ankara"
        if prev == "of":
            return as_place
    if prev in PLACE_BEFORE:
        return as_place
    if text.startswith(("'s", "’s"), found.end):
        return as_government
    pair = _paired_with_capital(text, found.end, gaz)  # "Madrid and Barcelona trade blame"
    for word in _words_after(text, found.end):
        if word in _SKIP_AFTER or (word.endswith("ly") and word.islower()):
            continue
        if word in GOVERNMENT_AFTER or (
            word.islower()
            and word not in NOT_VERBS_AFTER
            and len(word) > 3
            and (
                word.endswith("ed")
                or (word.endswith("s") and not word.endswith("ss"))
                or (pair and word not in _NOT_PLURAL_VERBS)  # "... trade blame", "... agree"
            )
        ):
            return as_government
        break
    if prev in GOVERNMENT_BEFORE or (
        prev.endswith(("ing", "ed")) and len(prev) > 5 and prev not in _NOT_VERBS_BEFORE
    ):
        return as_government  # "urging Kyiv", "thanked Bogotá": the capital is acted upon
    if paired is not None and prev in ("and", "or"):
        return as_government if paired else as_place
    return as_place


#: A capital followed by "and" and another capital: the pair may share a plural verb.
_PAIR_AFTER_RE = re.compile(r" (?:and|or) ((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*){0,2})")


def _paired_with_capital(text: str, end: int, gaz: Gazetteer) -> bool:
    """True if "and" and another capital or seat follow ("Moscow and Kyiv"), not any name
    ("Ottawa and Vancouver")."""
    m = _PAIR_AFTER_RE.match(text, end)
    if m is None:
        return False
    parts = m.group(1).split()
    for size in range(len(parts), 0, -1):
        entry = gaz.forms.get(" ".join(parts[:size]).rstrip(".,"))
        if entry is not None:
            return entry.kind in ("capital", "seat")
    return False


#: Lower-case words after a pair of capitals that are no verb of theirs.
_NOT_PLURAL_VERBS = frozenset(
    words(
        """
        that which where when while with from into over after before about under than there
        this these those their other both each such more most many some also next last week
        today tonight yesterday tomorrow
        """
    )
)
_CLAUSE_END_RE = re.compile(r"[\n,;:!?()\[\]—–\"“”]|\.(?:\s|$)")


def _words_after(text: str, end: int, limit: int = 4) -> list[str]:
    """Up to `limit` words after `end`, skipping "and <Capitalised>" so pairs share a verb."""
    chunk = text[end : end + 80]
    if chunk[:1].isalnum():
        return []
    chunk = _CLAUSE_END_RE.split(chunk, 1)[0]
    words = _WORD_RE.findall(chunk)
    if len(words) >= 2 and words[0] == "and" and words[1][:1].isupper():
        words = words[2:]
        while words and words[0][:1].isupper():
            words = words[1:]
    return words[:limit]


def _groups(text: str, chosen: list[Found], entries: dict[tuple[int, int], Entry]) -> list[Found]:
    """Merge "ethnic Albanians" and "<state> <demonym plural>" ("Iraqi Kurds") into groups."""
    out: list[Found] = []
    i = 0
    while i < len(chosen):
        cur = chosen[i]
        entry = entries.get((cur.start, cur.end))
        if (
            entry is not None
            and entry.kind in ("demonym", "group")
            and text[cur.start - 7 : cur.start] in ("ethnic ", "Ethnic ")
            and (cur.start == 7 or not text[cur.start - 8].isalnum())
        ):
            plural = _plural(text[cur.start : cur.end], entry)
            out.append(Found(cur.start - 7, cur.end, f"ethnic {plural}", "NORP", cur.rank))
            i += 1
            continue
        if i + 1 < len(chosen) and entry is not None and entry.kind in ("name", "alias", "demonym"):
            nxt = chosen[i + 1]
            nentry = entries.get((nxt.start, nxt.end))
            if (
                nentry is not None
                and text[cur.end : nxt.start] == " "
                and entry.type in ("GPE", "NORP")
                and nentry.canonical != entry.canonical
                and (
                    nentry.kind == "group"
                    or (nentry.kind == "demonym" and text[nxt.start : nxt.end].endswith("s"))
                )
            ):
                head = text[cur.start : cur.end]
                plural = _plural(text[nxt.start : nxt.end], nentry)
                out.append(Found(cur.start, nxt.end, f"{head} {plural}", "NORP", cur.rank))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _plural(surface: str, entry: Entry) -> str:
    if entry.kind == "group":
        return entry.canonical
    if surface.endswith("s"):
        return surface
    gaz = gazetteer.current()
    if surface + "s" in gaz.forms:
        return surface + "s"
    return surface


_FAR = 1 << 62
_SEPARATORS = "·|—–-:,;()[]•"


def _set_apart(text: str, f: Found) -> bool:
    """True if a candidate fills a field of its line on its own ("· Centre for Dialogue ·")."""
    before = text[max(0, f.start - 3) : f.start].rstrip(" ")
    after = text[f.end : f.end + 3].lstrip(" ")
    before_ok = not before or before[-1] == "\n" or before[-1] in _SEPARATORS
    after_ok = not after or after[0] == "\n" or after[0] in _SEPARATORS
    return before_ok and after_ok


def _inside(f: Found, spans: list[tuple[int, int]]) -> bool:
    """True if `f` lies within one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (f.start, _FAR)) - 1
    return i >= 0 and spans[i][0] <= f.start and f.end <= spans[i][1]


def _spacy_enabled(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return os.environ.get("BRIEFER_SPACY", "").strip().lower() in ("1", "true", "yes", "on")


_SPACE_RUN_RE = re.compile(r" {2,}")


def find_mentions(text: str, *, use_spacy: bool | None = None) -> list[Mention]:
    """Entity mentions in `text`: non-overlapping, longest match wins, sorted by start.

    `use_spacy` (default: the BRIEFER_SPACY environment variable) merges spaCy's entities under
    the gazetteer and rules when spaCy and en_core_web_sm are installed; otherwise it does nothing.

    Runs of spaces (justified PDF text: "President  Ferdinand  Marcos") are read as one space,
    so names match as they do elsewhere; offsets and surfaces stay those of `text`.
    """
    if "  " not in text:
        return _find_mentions(text, use_spacy)
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
    for m in _find_mentions("".join(pieces), use_spacy):
        start, end = origin[m.start], origin[m.end - 1] + 1
        mentions.append(Mention(start, end, text[start:end], m.canonical, m.type))
    return mentions


# A given name right before a known surname: "Hunter Biden" is not Joe Biden.
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’.-])({names.CAPWORD}) $")
_TITLE_WORD = re.compile(rf"{names.TITLES}|{names.ROLES}", re.IGNORECASE)


def _other_bearers(
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
                    and word not in names.STOPWORDS
                    and not _TITLE_WORD.fullmatch(word)
                    and word not in gaz.forms
                ):
                    start = before.start(1)
                    name = text[start : f.end]
                    f = Found(start, f.end, name, "PERSON", names.RANK_RULE)
                    entry = Entry(name, "PERSON", "name")
        out.append((f, entry))
    return out


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


def _find_mentions(text: str, use_spacy: bool | None) -> list[Mention]:
    gaz = gazetteer.refresh()  # each text looks at the alias file: an edit counts at once
    cues: list[Cue] = []
    gaz_found = _other_bearers(text, gazetteer_candidates(_lines_joined(text), gaz, cues), gaz)
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
        names.person_candidates(text, known, gaz.forms_of_people().__contains__)
        + names.organisation_candidates(text, known, gazetteer.adjective_of, actor, body)
        + names.place_candidates(text, known)
        + names.family_candidates(text, known)
        + names.event_candidates(text, cues)
        + names.vessel_candidates(text, known, cues)
    )
    headlines = names.headline_lines(text)
    if headlines:
        rules = [
            f
            for f in rules
            if not _inside(f, headlines) or (f.type == "ORG" and _set_apart(text, f))
        ]
    candidates: list[Found] = [f for f, _ in gaz_found] + rules
    if _spacy_enabled(use_spacy):
        from briefer.analysis import spacy_ner

        candidates += spacy_ner.spacy_candidates(text, gaz)
    chosen = _select(candidates, len(text))

    # Later bare surnames of people found above ("Vučić said" after "President Aleksandar Vučić").
    people = {f.canonical for f in chosen if f.type == "PERSON" and " " in f.canonical}
    if people:
        occupied = _Occupancy(len(text))
        for f in chosen:
            occupied.take(f.start, f.end)
        latest = _latest_bearer(text, chosen)
        extra = names.surname_candidates(
            text,
            people,
            lambda s, e: not occupied.free(s, e),
            lambda at: _inside(Found(at, at, "", "", 0), headlines),
            latest,
        )
        chosen = sorted(chosen + extra, key=lambda f: f.start)

    chosen = _described_companies(text, chosen, entries, known)
    chosen = _companies_named_after_noun(text, chosen, known)
    chosen = _names_ending_in_a_sea(text, chosen, entries, known)
    chosen = _hyphened_bodies(text, chosen, gaz)
    chosen = _acronyms_defined(text, chosen, gaz)
    chosen = _bare_heads(text, chosen)
    chosen = _groups(text, chosen, entries)
    chosen = _qualify_bodies(chosen)
    chosen = _qualify_ethnic_groups(chosen)
    full_names = _full_names(f.canonical for f in chosen if f.type == "PERSON")
    latest = _latest_bearer(text, chosen)
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
            f, government = _capital_reading(text, f, entry, gaz, paired)
            last_capital = (f.end, government)
        elif f.type == "PERSON":
            surface = text[f.start : f.end]
            bearer = latest(surface, f.start) if " " not in surface.strip() else None
            f = f._replace(canonical=bearer or full_names.get(f.canonical, f.canonical))
        mentions.append(Mention(f.start, f.end, text[f.start : f.end], f.canonical, f.type))
    if "known as" in text:
        mentions = _known_as(text, mentions)
    kin = names.relatives(text, known)
    return _with_relatives(text, mentions, kin) if kin else mentions


#: "Robert Kyagulanyi, better known as Bobi Wine": a person's other name, set after the name.
_KNOWN_AS_RE = re.compile(r",?\s+(?:(?:better|also|widely|popularly|commonly)\s+)?known\s+as\s+")


def _known_as(text: str, mentions: list[Mention]) -> list[Mention]:
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


def _with_relatives(text: str, mentions: list[Mention], kin: list[names.Relative]) -> list[Mention]:
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


#: Nouns that describe a company or similar body before its name: "French mining group Eramet",
#: "Russian energy giant Gazprom", "Chinese telecoms firm Huawei".
_COMPANY_NOUNS = "|".join(
    (
        *names.BODY_NOUNS,
        *("retailer", "importer", "trader", "developer", "shipper", "multinational"),
        *("start-up", "startup", "chain", "major", "provider"),
    )
)
_DESCRIBED_COMPANY_RE = re.compile(
    rf" (?P<words>(?:[a-z][\w&'’-]* ){{0,3}}(?:{_COMPANY_NOUNS})) (?P<name>{names.CAPWORD}"
    rf"(?: {names.CAPWORD}){{0,3}})"
)
#: Words that make the described body the state's own ("Chinese state-owned firm"): then the
#: adjective does name its owner.
_STATE_WORDS = frozenset(words("state state-owned state-run state-controlled government military"))


def _described_companies(
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
            added.append(Found(name_start, end, name, "ORG", names.RANK_RULE))
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


def _leading_name(words_after: str, known: Callable[[str], bool]) -> str:
    """The words of a company's name after the noun that describes it, up to the first
    stopword or name known as something else ("Northwind Dynamics" of "Northwind Dynamics
    said"); empty if the first word is one."""
    kept: list[str] = []
    for word in words_after.split():
        if word in names.STOPWORDS or known(word):
            break
        kept.append(word)
    return " ".join(kept)


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
_COMPANY_NAME_RE = re.compile(rf"{names.CAPWORD}(?: {names.CAPWORD}){{0,3}}")
_ARTICLE_BEFORE_NOUN_RE = re.compile(
    r"\b(?:the|its|their|his|her|a|an|The|Its|Their)\s(?:[a-z][\w-]*\s){0,2}$"
)


def _companies_named_after_noun(
    text: str, chosen: list[Found], known: Callable[[str], bool]
) -> list[Found]:
    """A company named right after the noun that says what it is ("its parent company
    Boskalis told Dutch television", "the energy firm Eni"), where no other mention claims
    the name: an organisation, not a person or nothing."""
    taken: _Occupancy | None = None
    added: list[Found] = []
    for noun in _COMPANY_NOUNS_BEFORE_NAME:  # (found as plain text first: the nouns are rare)
        at = text.find(noun)
        while at >= 0:
            name_at, at = at + len(noun), text.find(noun, at + 1)
            m = _COMPANY_NAME_RE.match(text, name_at)
            if m is None or (name_at > len(noun) and _word_char(text[name_at - len(noun) - 1])):
                continue
            before = _ARTICLE_BEFORE_NOUN_RE.search(text, max(0, name_at - 50), name_at - len(noun))
            if before is None:
                continue
            name = _leading_name(m.group(), known)
            end = name_at + len(name)
            if taken is None:
                taken = _Occupancy(len(text))
                for f in chosen:
                    taken.take(f.start, f.end)
            if name and taken.free(name_at, end):
                added.append(Found(name_at, end, name, "ORG", names.RANK_RULE))
    return sorted(chosen + added, key=lambda f: f.start) if added else chosen


_WORD_BEFORE_NAME_RE = re.compile(rf"(?<![\w'’.-])({names.CAPWORD}) $")


def _names_ending_in_a_sea(
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
        if word in names.STOPWORDS or known(word) or (i and chosen[i - 1].end > start):
            continue
        if _sentence_start(text, start) and not _verb_after(text, f.end):
            continue  # "Vast Pacific waters": an adjective opening the sentence
        if out is None:
            out = list(chosen)
        name = text[start : f.end]
        out[i] = Found(start, f.end, name, "ORG", names.RANK_RULE)
    return out if out is not None else chosen


#: What may follow a body's name used as a noun: punctuation, the text's end, or a verb.
_AFTER_NOUN_RE = re.compile(r"\s*(?:[,.;:)!?]|$)|\s([a-z]+)\b")


def _verb_after(text: str, end: int) -> bool:
    after = _AFTER_NOUN_RE.match(text, end)
    return after is not None and after.group(1) in GOVERNMENT_AFTER


def _hyphened_bodies(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
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
                out.append(Found(f.start, g.end, text[f.start : g.end], "ORG", names.RANK_RULE))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _is_body(gaz: Gazetteer, form: str) -> bool:
    entry = gaz.forms.get(form)
    return entry is not None and gaz.types.get(entry.canonical, entry.type) == "ORG"


_ACRONYM_AFTER_RE = re.compile(r" \(([A-Z][A-Z0-9&-]{1,7})\)")


def _acronyms_defined(text: str, chosen: list[Found], gaz: Gazetteer) -> list[Found]:
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
    if not defined:
        return chosen
    taken = _Occupancy(len(text))
    for f in chosen:
        taken.take(f.start, f.end)
    extra = []
    for acronym, canonical in defined.items():
        for at in names.occurrences(text, acronym):
            end = at + len(acronym)
            if taken.free(at, end):
                extra.append(Found(at, end, canonical, "ORG", RANK_GAZETTEER))
    return sorted(chosen + extra, key=lambda f: f.start)


def _bare_heads(text: str, chosen: list[Found]) -> list[Found]:
    """A bare head word ("the Commission said", "Commission spokesman Margaritis Schinas")
    names the one body of the text whose name ends in it ("European Commission"); with two
    such bodies ("European Council", "Security Council") it stays unresolved."""
    owners: dict[str, set[str]] = {}
    for f in chosen:
        if f.type == "ORG":
            last = text[f.start : f.end].rsplit(None, 1)[-1]
            if last in names.HEAD_WORDS and " " in text[f.start : f.end].strip():
                owners.setdefault(last, set()).add(f.canonical)
    heads = {head: next(iter(c)) for head, c in owners.items() if len(c) == 1}
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
            or (after[:1] == " " and after[1:2].islower() and _sentence_start(text, start))
        ) and free(start, end):
            extra.append(Found(start, end, heads[m.group()], "ORG", RANK_SURNAME))
    return sorted(chosen + extra, key=lambda f: f.start) if extra else chosen


def _sentence_start(text: str, at: int) -> bool:
    """True at the start of the text, a line or a sentence ('. Commission spokesman')."""
    before = text[max(0, at - 3) : at]
    return at == 0 or before.endswith("\n") or before.rstrip(" ").endswith((".", ":"))


def _qualify_ethnic_groups(chosen: list[Found]) -> list[Found]:
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
    return len(parts) > 1 and not all(w in names.INSTITUTION_WORDS for w in parts)


def _qualify_bodies(chosen: list[Found]) -> list[Found]:
    """A bare "Foreign Ministry" is the one qualified body of that name in the same text
    ("Lithuanian Foreign Ministry"), if there is exactly one."""
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
    out = []
    for f in chosen:
        owners = qualified.get(f.canonical) if f.type == "ORG" else None
        if owners is not None and len(owners) == 1 and f.canonical not in owners:
            f = f._replace(canonical=next(iter(owners)))
        out.append(f)
    return out


#: A kinship word just before a name, in the same clause: "the son of former President X",
#: "his father, X". A relative named in passing does not take over the family name.
_KIN_BEFORE_RE = re.compile(
    r"\b(?:son|sons|daughter|daughters|father|mother|parents|wife|husband|brother|sister|widow|"
    r"widower|grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin|uncle|aunt)"
    r"\b[^.;:!?\n]{0,40}$"
)


def _latest_bearer(text: str, chosen: list[Found]) -> Callable[[str, int], str | None]:
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
            for form in names.surname_forms(f.canonical):
                named.setdefault(form, []).append((f.start, f.canonical))

    def latest(form: str, at: int) -> str | None:
        bearers = named.get(form)
        if not bearers:
            return None
        i = bisect.bisect_left(bearers, (at, "")) - 1
        return bearers[i][1] if i >= 0 else None

    return latest


def _full_names(people: Iterable[str]) -> dict[str, str]:
    """Short form -> the one full name it stands for (ambiguous short forms left out).

    A full name that is itself a short form of a longer one ("Edmundo González" beside
    "Edmundo González Urrutia") maps to the longer.
    """
    fulls = sorted({p for p in people if " " in p}, key=len, reverse=True)
    owners: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for full in fulls:
        longer = next((f for f in fulls if f != full and _is_short_for(full, f)), None)
        if longer is not None:
            owners.setdefault(full, set()).add(longer)
            continue
        for form in names.surname_forms(full):
            owners.setdefault(form, set()).add(full)
        firsts.setdefault(full.split()[0], set()).add(full)
    # A first word that is no one's surname: a family name written first ("Yoon" for Yoon Suk
    # Yeol) or a given name used with a title ("Mr Anwar" for Anwar Ibrahim, "Mr Phumtham").
    for form, o in firsts.items():
        if form not in owners and len(form) >= 3 and form not in names.STOPWORDS:
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
