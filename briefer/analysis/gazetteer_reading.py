"""Gazetteer candidates read in their context, the two things the lists alone cannot decide:

- a capital standing for its government ("Belgrade said", "Belgrade's decision", "talks between
  Belgrade and Pristina") resolves to the state (GPE); a capital as a place ("in Belgrade",
  "protests in Pristina", and by default) keeps the city as its canonical name;
- a demonym after "ethnic" or after a state's name ("ethnic Albanians", "Iraqi Kurds") names a
  group (NORP) rather than the state.
"""

from __future__ import annotations

import re

from briefer.analysis import gazetteer
from briefer.analysis.gazetteer import Entry, Gazetteer
from briefer.analysis.names.shapes import RANK_GAZETTEER, Cue, Found, word_char, words
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
            if cues is not None and not (start and word_char(text[start - 1])):
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


def _word_before(text: str, start: int) -> str:
    """The word right before `start` (one space between), lower-cased; "" if none."""
    if start < 2 or text[start - 1] != " ":
        return ""
    m = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start - 1])
    return m.group(1).lower() if m else ""


def capital_reading(
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


def groups(text: str, chosen: list[Found], entries: dict[tuple[int, int], Entry]) -> list[Found]:
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
