"""The prefilter never changes a regex result: it only skips patterns that cannot match."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Sequence
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.analysis import labels, reactions, stance, timeline
from briefer.analysis.names import edges as name_edges
from briefer.analysis.names import events as event_names
from briefer.analysis.names import organisations as organisation_names
from briefer.analysis.names import persons as person_names
from briefer.analysis.names import places as place_names
from briefer.analysis.names import scan as name_scan
from briefer.analysis.names import shapes as name_shapes
from briefer.analysis.names import surnames
from briefer.analysis.prefilter import (
    _LITERALS,
    Gate,
    Sieve,
    StartIndex,
    cased_start_literals,
    fold,
    required_literals,
    sieve_of,
    start_literals,
)

# Shapes the start literals must get right: optional openings, anchored branches, repeats.
_SHAPES = [
    re.compile(r"(?:full\s+|complete\s+)?confidence\s+in", re.I),
    re.compile(r"\b(?:since|dates?)\b|^\s*so\s+said\b", re.I),
    re.compile(r"(?:the\s+)?(?:ha(?:s|d)\s+)+been", re.I),
    re.compile(r"(?:was\s+)?(?<!-)said(?:\s+it)?", re.I),
    re.compile(r"\A(?:on|since)\b|\bwill\b", re.I),
    re.compile(r"^on\b|monday$", re.I | re.M),
    re.compile(r"(?m:^on)|\bmonday", re.I),
    # Start literals of several lengths, one beginning another ("sa" and "said").
    re.compile(r"\b(?:sa\w|said|dates?\s+back)\b|^so\b", re.I),
    # Matches that may begin at a digit, as "\d" reads it (Unicode digits too, unless ASCII).
    re.compile(r"\b(?:\d{1,2}th\s+century|in\s+\d+|the\s+(?:19|20)\d0s)\b", re.I),
    re.compile(r"\d*\s?said", re.A),
]


def _modules(package: ModuleType) -> list[ModuleType]:
    """A package's submodules: its tables live there, not in the package."""
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def _patterns_of(modules: Sequence[ModuleType]) -> list[re.Pattern[str]]:
    return [p for m in modules for p in vars(m).values() if isinstance(p, re.Pattern)]


_REACTIONS = _modules(reactions)
_LABELS = _modules(labels)
# Each pattern once: a submodule that imports a sibling's table holds it under its name too.
_PATTERNS = list(
    dict.fromkeys(
        _patterns_of([stance, timeline, *_LABELS, *_REACTIONS])
        + [p for _, p in reactions.STANCE_CUES]
        + _SHAPES
    )
)


def test_the_patterns_of_each_package_are_all_gathered() -> None:
    """A table moved into a new submodule stays under test (a package itself holds none):
    splitting reactions, then labels, into packages silently cut this list twice."""
    assert len(_REACTIONS) >= 10 and len(_patterns_of(_REACTIONS)) > 100
    assert len(_LABELS) >= 3 and len(_patterns_of(_LABELS)) > 40
    assert _patterns_of([timeline])


def test_literals_come_from_the_pattern() -> None:
    assert required_literals(re.compile(r"\bhad\s+\w+ed\b", re.I)) == frozenset({"had"})
    assert required_literals(re.compile(r"(?:said|says)\s", re.I)) == frozenset({"said", "says"})
    assert required_literals(re.compile(r"plans?\s+to")) == frozenset({"plan", "plans"})
    assert required_literals(re.compile(r"\w+|said")) is None  # one branch needs nothing


def test_start_literals_are_where_every_match_begins() -> None:
    assert start_literals(re.compile(r"(?<!\w)(?:said|says)\b", re.I)) == frozenset(
        {"said", "says"}
    )
    assert start_literals(re.compile(r"\bcalled\s+on")) == frozenset({"called"})
    # An optional opening: the match begins with it or with what follows.
    assert start_literals(re.compile(r"(?:a\s+)?said")) == frozenset({"a", "said"})
    assert start_literals(re.compile(r"\w*said")) is None  # may begin anywhere
    # A branch anchored by "^" begins only where the text does ("" stands for that place).
    assert start_literals(re.compile(r"^\s*so\s+said|\bsince", re.I)) == frozenset({"", "since"})
    assert start_literals(re.compile(r"^\s*so|since", re.M)) is None  # "^" after any newline
    # A group repeated more than once is followed by itself, not by what comes after it.
    assert start_literals(re.compile(r"(?:ab)+c")) == frozenset({"ab"})


def test_fold_keeps_length_and_matches_ignorecase_lookalikes() -> None:
    text = "İstanbul ſaid KELVIN"
    assert len(fold(text)) == len(text)
    assert fold(text) == "istanbul said kelvin"
    assert fold("Vučić ſaid") == "vučić said" and fold("KELVIN ı") == "kelvin i"
    assert fold("“Vučić” SAID").endswith(" said") and len(fold("“Vučić” SAID")) == 12
    assert Sieve(text).search(re.compile("said", re.I)) is not None


def test_a_pattern_that_cannot_match_is_skipped_and_one_that_can_is_run() -> None:
    sieve = Sieve("Officials SAID the talks had failed.")
    assert sieve.search(re.compile(r"\bsince\b", re.I)) is None
    found = sieve.search(re.compile(r"\bsaid\b", re.I))
    assert found is not None and found.group() == "SAID"
    assert sieve.findall(re.compile(r"\bhad\s+\w+ed\b", re.I)) == ["had failed"]
    assert sieve.search(re.compile(r"\bsaid\b", re.I), 11) is None  # range respected


def test_a_sentence_keeps_its_sieve_while_a_clause_of_it_is_read() -> None:
    sentence = "Japan said on Monday it was concerned, and urged restraint."
    first = sieve_of(sentence)
    clause = sieve_of(sentence[24:])  # the stance is read from the speaker's clause on
    assert clause is not first and clause.text == sentence[24:]
    assert sieve_of(sentence) is first  # the time cues then reuse the sentence's own


_WORDS = st.sampled_from(
    [
        "said",
        "7th",
        "19th century",
        "1990s",
        "٣th",
        "in 2024",
        "has",
        "always",
        "since",
        "the",
        "ministry",
        "which",
        "İs",
        "ſince",
        "1999",
        "Dec",
        "10",
        "was",
        "were",
        "long-standing",
        "urged",
        ",",
        ";",
        ":",
        "“quoted",
        "words”",
        "had",
        "been",
        "on",
        "Monday",
        "will",
        "today",
        "So",
        "full",
        "confidence",
        "in",
        "-said",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=4), max_size=25))
def test_sieve_gives_the_patterns_own_results(words: list[str]) -> None:
    text = " ".join(words)
    sieve = Sieve(text)
    for p in _PATTERNS:
        plain = p.search(text)
        gated = sieve.search(p)
        assert (plain and plain.span()) == (gated and gated.span()), p.pattern
        assert sieve.findall(p) == p.findall(text)
        inner = p.search(text, 3, max(3, len(text) - 2))
        ranged = sieve.search(p, 3, max(3, len(text) - 2))
        assert (inner and inner.span()) == (ranged and ranged.span()), p.pattern
        assert [m.span() for m in sieve.finditer(p)] == [m.span() for m in p.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=4), max_size=25), st.integers(0, 120))
def test_finditer_before_gives_the_matches_that_start_before(words: list[str], at: int) -> None:
    text = " ".join(words)
    sieve = Sieve(text)
    for p in _PATTERNS:
        plain = [m.span() for m in p.finditer(text) if m.start() < at]
        assert [m.span() for m in sieve.finditer_before(p, at)] == plain, p.pattern


_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZİıſKÉé“”ß\u0345 -") | st.characters(), max_size=12))
def test_fold_puts_each_letter_ignorecase_matches_where_it_stands(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    for i, char in enumerate(text):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if _ASCII_LETTER.fullmatch(char) and re.fullmatch(letter, char, re.IGNORECASE):
                assert folded[i] == letter, (text, i)


# Built once: reading a pattern's parse tree is slow next to what each example tests.
_PLACED_GATES = [
    (gate, prefixes)
    for gate, prefixes in ((Gate(p), start_literals(p)) for p in _PATTERNS)
    if gate.placed and prefixes is not None
]


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=4), max_size=25))
def test_gate_begins_at_every_place_a_start_literal_does_in_order_once(words: list[str]) -> None:
    folded = fold(" ".join(words))
    for gate, prefixes in _PLACED_GATES:
        p = gate.pattern
        places = {i for i in range(len(folded)) for s in prefixes if s and folded.startswith(s, i)}
        if "" in prefixes:
            places.add(0)
        assert gate.begins(folded) == sorted(places), p.pattern


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=4), max_size=25))
def test_a_sieve_finds_the_places_of_a_gate_as_the_gate_does(words: list[str]) -> None:
    """The gate's places, less those where only branches that cannot match begin: a place left
    out is one where the pattern does not match."""
    sieve = Sieve(" ".join(words))
    for gate, _ in _PLACED_GATES:
        p = gate.pattern
        places = sieve.begins(gate)
        every = gate.begins(sieve.folded)
        assert places == sorted(set(places)) and set(places) <= set(every), p.pattern
        if not gate.need_of and not gate.own:
            assert places == every, p.pattern
        for at in set(every) - set(places):
            assert p.match(sieve.text, at) is None, (p.pattern, at)


def test_a_sieve_reads_word_start_literals_from_its_scan() -> None:
    words = Gate(re.compile(r"\b(?:said|told|warned)\b", re.I))
    assert words.heads and sorted(words.head_of.values()) == ["said", "told", "warned"]
    # (each literal under its bit's position, a small int: a bit itself hashes slowly)
    assert {_LITERALS.bits[h].bit_length() for h in words.head_of.values()} == set(words.head_of)
    sieve = Sieve("They said it, told it and SAID it again.")
    assert sieve.begins(words) == [5, 14, 26]
    # A comma is in the scan too, and digits are found beside the literals.
    clause = Gate(re.compile(r",\s+(?:which|who)\b|\b\d+\s+said", re.I))
    assert clause.heads and clause.digits is not None
    assert Sieve("X, who 3 said, 12 said").begins(clause) == [1, 7, 13, 15, 16]
    # A single letter stands everywhere: such a gate makes its own pass.
    letter = Gate(re.compile(r"\b[at]h?e?\s+(?:report|statement)", re.I))
    assert not letter.heads and not letter.own
    places = [i for i, c in enumerate(sieve.folded) if c in "at"]
    assert sieve.begins(letter) == letter.begins(sieve.folded) == places
    # In one alternation, short heads are looked for where a branch they begin may match.
    one = Gate(re.compile(r"\b(?:a|the)\s+(?:report|statement)", re.I))
    assert one.need_of or one.own
    assert sieve.begins(one) == []  # neither "report" nor "statement" in it
    said = Sieve("A statement said the report was late.")
    assert said.begins(one) == one.begins(said.folded) == [0, 4, 13, 17, 29, 33]


def test_a_sieve_tries_only_the_places_of_branches_that_may_match() -> None:
    """A start literal's places are tried only if a branch it begins holds one literal of each
    set that branch requires ("was ... signed": "signed"), and what the pattern finds stays."""
    pattern = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:signed|ratified)|formerly)", re.I)
    gate = Gate(pattern)
    assert gate.need_of
    text = "It was late and was formerly a port that was never used."
    sieve = Sieve(text)
    assert sieve.begins(gate) == [text.index("formerly")]
    assert gate.begins(sieve.folded) == [3, 16, 20, 41]
    assert sieve.findall(pattern) == pattern.findall(text) == ["formerly"]
    signed = "The treaty was quickly signed; it was formerly a truce."
    assert Sieve(signed).begins(gate) == [11, 34, 38]
    assert Sieve(signed).findall(pattern) == pattern.findall(signed)


def test_a_match_may_begin_at_a_digit_as_the_pattern_reads_digits() -> None:
    unicode_digits = re.compile(r"\bsince|\d+th", re.I)
    assert Gate(unicode_digits).begins("the ٣th and 4th since") == [4, 12, 16]
    ascii_digits = re.compile(r"\bsince|\d+th", re.I | re.A)
    assert Gate(ascii_digits).begins("the ٣th and 4th since") == [12, 16]
    assert Sieve("the ٣th and 4th").findall(unicode_digits) == ["٣th", "4th"]
    assert Sieve("the ٣th and 4th").findall(ascii_digits) == ["4th"]


def test_cased_start_literals_keep_case_and_refuse_what_ignores_case() -> None:
    heads = re.compile(r"(?=[A-Z])\b(?:Ministry|Party)(?:\s+of)?\b")
    assert cased_start_literals(heads) == frozenset({"Ministry", "Party"})
    # Any character as written (a curly quote too): nothing is folded.
    assert cased_start_literals(re.compile(r" [\"“][A-Z]")) == frozenset({' "', " “"})
    assert cased_start_literals(re.compile(r"\bParty", re.I)) is None
    assert cased_start_literals(re.compile(r"(?i:party)|Ministry")) is None
    assert cased_start_literals(re.compile(r"^Party|Ministry")) is None  # begins at the start
    assert cased_start_literals(re.compile(r"\d+ Party")) is None  # begins at any digit
    # A literal then an alternation: the literal with each branch's starts (a lone space
    # would stand at every word of a text), but never with a digit or an open class.
    nouns = re.compile(r" (?:militia|party|(?:rebel|armed)\s(?:group))\b")
    assert cased_start_literals(nouns) == frozenset({" militia", " party", " rebel", " armed"})
    assert cased_start_literals(re.compile(r" (?:\d+|party)")) == frozenset({" "})
    assert cased_start_literals(re.compile(r"of (?=\w)(?:the|our)\s+Party")) == frozenset(
        {"of the", "of our"}
    )
    # Folded literals are unchanged for patterns that ignore case.
    assert start_literals(re.compile(r"\bParty", re.I)) == frozenset({"party"})


# Case-sensitive rules, the name rules among them, and shapes a scan must get right: literals
# one of which begins another, a pattern with no literal start, one that may match nothing.
_NAME_MODULES = (
    name_shapes,
    name_scan,
    name_edges,
    person_names,
    organisation_names,
    event_names,
    place_names,
    surnames,
)
_CASED = [
    *(
        p
        for module in _NAME_MODULES
        for p in vars(module).values()
        if isinstance(p, re.Pattern) and not p.flags & re.I
    ),
    re.compile(r"(?=[A-Z])\b(?:Min|Ministry|Party)\b"),
    re.compile(r"\bParty(?: of [A-Z]\w+)?|(?<=\s)Min\w*"),
    re.compile(r"[A-Z]\w+ said"),
    re.compile(r"(?:Party)?"),
]
_CASED_INDEX = StartIndex(_CASED)
_NAME_WORDS = st.sampled_from(
    [
        "President", "Vice", "Party", "Ministry", "of", "Defence", "Min", "Minister", "Mr.",
        "Jane", "Doe", "said", "the", "Brussels", "Agreement", "Kosovo", "War", '"Barbecue"',
        "“Tiger”", "militia", "party", "Serbian", "Progressive", "Forces", "for", "Liberation",
        "ministry", "\n", ",", "(ZLF)", "Party's", "Operation", "Gen.", "Lt.", "Sheikh",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAME_WORDS | st.text(max_size=4), max_size=30))
def test_a_start_index_gives_each_patterns_own_matches(words: list[str]) -> None:
    text = " ".join(words)
    scan = _CASED_INDEX.scan(text)
    for p in _CASED:
        plain = [(m.span(), m.groups()) for m in p.finditer(text)]
        assert [(m.span(), m.groups()) for m in scan.finditer(p)] == plain, p.pattern
    other = re.compile(r"\bof\b")  # not in the index: run as usual
    assert [m.span() for m in scan.finditer(other)] == [m.span() for m in other.finditer(text)]


def test_a_start_index_tries_a_pattern_only_where_its_literals_stand() -> None:
    title = re.compile(r"(?=[A-Z])\b(?:President|Minister) (?P<name>[A-Z]\w+)")
    scan = StartIndex([title]).scan("Minister Ana Brnabić met President Vučić and Minister.")
    assert scan._places == [[0, 25]]  # "Minister " and "President ": not "Minister."
    assert [m.group("name") for m in scan.finditer(title)] == ["Ana", "Vučić"]


def _reads_as_a_fresh_sieve(part: Sieve, piece: str) -> Sieve:
    """Assert that `part`, a sieve cut from a longer text's sieve, finds what a sieve made of
    `piece` afresh finds (and what the patterns find in `piece`); return the fresh one."""
    fresh = Sieve(piece)
    assert part.text == fresh.text
    for p in _PATTERNS:
        mine, theirs = part.search(p), fresh.search(p)
        assert (mine and mine.span()) == (theirs and theirs.span()), p.pattern
        assert part.findall(p) == fresh.findall(p) == p.findall(piece), p.pattern
        assert part.sub(p, "") == p.sub("", piece), p.pattern
    return fresh


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORDS | st.text(alphabet=st.sampled_from("İıſKÉΣσ -,"), max_size=4), max_size=25),
    st.integers(0, 140),
)
def test_a_prefix_of_a_sieve_gives_what_a_sieve_of_the_part_gives(
    words: list[str], end: int
) -> None:
    # (how `time_cues` reads a sentence up to its verb of saying, without a scan of its own;
    # and `head`, the words before an attribution closing a sentence)
    from briefer.analysis.prefilter import head

    text = " ".join(words)
    _reads_as_a_fresh_sieve(Sieve(text).prefix(end), text[:end])
    cut = head(text, end)
    assert cut == text[:end]
    assert sieve_of(cut).text is cut
    assert sieve_of(cut).folded == sieve_of(text).folded[:end]
    assert head(text, len(text)) is text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORDS | st.text(alphabet=st.sampled_from("İıſKÉΣσ -,"), max_size=4), max_size=25),
    st.integers(0, 140),
)
def test_a_suffix_of_a_sieve_gives_what_a_sieve_of_the_part_gives(
    words: list[str], start: int
) -> None:
    # (how the stance is read from the speaker on, without a scan of its own: `tail`)
    from briefer.analysis.prefilter import sieve_of, tail

    text = " ".join(words)
    fresh = _reads_as_a_fresh_sieve(Sieve(text).suffix(start), text[start:])
    cut = tail(text, start)
    assert cut == text[start:]
    assert sieve_of(cut).text is cut
    # (the folded texts differ at most where a letter outside ASCII stands: no literal's place)
    assert len(sieve_of(cut).folded) == len(fresh.folded)
    for mine_c, theirs_c in zip(sieve_of(cut).folded, fresh.folded, strict=True):
        assert mine_c == theirs_c or not (mine_c.isascii() or theirs_c.isascii())
    assert tail(text, 0) is text


# What `Sieve.replaced` takes out: a weekday (no word boundary: what is left may join into a
# literal, "saMondayid" into "said"), an aside put back as a comma.
_TAKEN_OUT = [
    (re.compile(r"(?:Monday|Tuesday|Sunday)", re.I), ""),
    (re.compile(r",\s+(?:which|who)\b[^,;]*,"), ","),
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        _WORDS
        | st.sampled_from(["Monday", "saMondayid", "sa", "id", ", which was", "İMonday", ","])
        | st.text(alphabet=st.sampled_from("İıſKÉΣσ -,"), max_size=4),
        max_size=25,
    ),
    st.sampled_from(_TAKEN_OUT),
)
def test_a_sieve_with_words_replaced_gives_what_a_sieve_of_the_new_text_gives(
    words: list[str], taken: tuple[re.Pattern[str], str]
) -> None:
    # (how `time_cues` reads a sentence without its weekdays, without a scan of its own)
    pattern, repl = taken
    text = "".join(words)
    whole = Sieve(text)
    replaced = whole.replaced(pattern, repl)
    assert replaced.text == pattern.sub(repl, text)
    fresh = _reads_as_a_fresh_sieve(replaced, replaced.text)
    # its literals are at least the new text's (a literal across a join is found too)
    assert replaced.literal_mask() & fresh.literal_mask() == fresh.literal_mask()
    if pattern.search(text) is None:
        assert replaced is whole


def test_words_replaced_that_join_into_a_literal_leave_it_in_the_sieve() -> None:
    pattern = re.compile(r"Monday", re.I)
    said = re.compile(r"\bsaid\b")
    replaced = Sieve("Officials saMondayid so").replaced(pattern, "")
    assert replaced.text == "Officials said so"
    found = replaced.search(said)
    assert found is not None and found.span() == (10, 14)


def test_the_shared_scan_builds_only_the_newest_literals_while_gates_are_made() -> None:
    """Literals added after the scan was built go to a second, small automaton (building all
    of them again for each new gate cost a first analysis 14 ms); after a quiet spell the two
    become one again. Either way a scan finds every literal that stands in the text."""
    from briefer.analysis.prefilter import _SETTLE_SCANS, _Literals

    literals = _Literals()
    older = literals.mask_of(frozenset({"said", "warned"}))
    text = "officials said they warned of more strikes and urged calm"
    assert literals.scan(text) == older
    assert len(literals._built[0]) == 1
    newer = literals.mask_of(frozenset({"urged", "strikes", "absent"}))
    found = literals.scan(text)
    assert len(literals._built[0]) == 2 and literals._built[2] == 2  # only three built anew
    assert found == older | literals.mask_of(frozenset({"urged", "strikes"}))
    assert found & newer and not found & literals.mask_of(frozenset({"absent"}))
    for _ in range(_SETTLE_SCANS):
        assert literals.scan(text) == found
    assert len(literals._built[0]) == 1 and literals._built[1:] == (5, 5)
    assert literals.scan(text) == found


def test_a_literal_added_while_a_sieve_scans_is_looked_for_on_its_next_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another thread (the reader analyses in workers) may build a gate, adding literals to the
    # shared scan, while a sieve scans: the sieve must not take the newer version as scanned.
    from briefer.analysis import prefilter

    text = "The council met at dawn to weigh the zqxjvw proposal."
    sieve = prefilter.Sieve(text)
    sieve.literal_mask()
    late = re.compile(r"zqxjvw\s+proposal")
    real_scan = prefilter._LITERALS.scan

    def scan_while_another_thread_adds_a_gate(folded: str) -> int:
        mask = real_scan(folded)
        prefilter.gate(late)  # its literal arrives after the scan read the automata
        return mask

    monkeypatch.setattr(prefilter._LITERALS, "scan", scan_while_another_thread_adds_a_gate)
    prefilter._LITERALS.mask_of(frozenset({"wqxzvk"}))  # a new literal: the sieve rescans
    sieve.literal_mask()
    monkeypatch.setattr(prefilter._LITERALS, "scan", real_scan)
    assert sieve.search(late) is not None


def test_two_threads_adding_literals_at_once_never_share_or_lose_a_bit() -> None:
    # Gates are made in several threads (the reader's workers): a thread that adds a literal
    # while another is choosing a bit must not take the same bit, or overwrite a bit given.
    import threading

    from briefer.analysis.prefilter import _Literals

    literals = _Literals()
    workers: list[threading.Thread] = []
    masks: list[int] = []

    class AnotherThreadAddsMeanwhile(dict[str, int]):
        def __len__(self) -> int:
            size = super().__len__()
            if not workers:  # this thread is choosing a bit: another adds "urged" now
                worker = threading.Thread(
                    target=lambda: masks.append(literals.mask_of(frozenset({"urged"})))
                )
                workers.append(worker)
                worker.start()
                worker.join(0.3)  # (it waits for this thread where adding is locked)
            return size

    literals.bits = AnotherThreadAddsMeanwhile()
    mine = literals.mask_of(frozenset({"condemned"}))
    workers[0].join()
    assert literals.bits == {"condemned": mine, "urged": masks[0]}
    assert mine != masks[0] and literals.version == 2


def test_the_sentences_of_a_read_document_take_their_literals_from_one_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`read_document`: one scan of the document gives each sentence's sieve the literals a
    scan of its own would (those wholly inside it), and no sentence is scanned alone."""
    from briefer.analysis import prefilter

    text = (
        "KYIV — Officials said on Tuesday they had warned of more strikes. "
        "The İstanbul talks, which ended in 2019, were “abandoned” after a ſhort row. "
        "A 3 K-band radar (KELVIN) was seen."
    )
    second = text.index("The İstanbul")
    third = text.index("A 3 K-band")
    parts = [(0, second - 1), (second, third - 1), (third, len(text))]
    prefilter.gate(re.compile(r"warned\s+of|abandoned|istanbul|k-band|kelvin|ended\s+in", re.I))
    expected = [_LITERALS.scan(fold(text[a:b])) for a, b in parts]
    prefilter.read_document(text, parts)
    scanned: list[str] = []
    real_scan = prefilter._LITERALS.scan
    monkeypatch.setattr(
        prefilter._LITERALS, "scan", lambda folded: scanned.append(folded) or real_scan(folded)
    )
    for (a, b), mask in zip(parts, expected, strict=True):
        assert Sieve(text[a:b]).literal_mask() == mask
    assert scanned == []
    # a text that is no sentence of the document is scanned alone
    other = "Officials warned of more strikes"
    assert Sieve(other).literal_mask() == real_scan(fold(other))
    assert scanned == [fold(other)]


def test_a_document_scanned_before_a_gate_added_literals_lets_its_sentences_scan_alone() -> None:
    from briefer.analysis import prefilter

    text = "Envoys met. They zqwvk the plan."
    prefilter.read_document(text, [(0, 11), (12, len(text))])
    assert Sieve(text[:11]).literal_mask() == _LITERALS.scan(fold(text[:11]))
    late = prefilter.gate(re.compile(r"zqwvk\s+the", re.I))  # a literal the document's scan missed
    assert Sieve(text[12:]).literal_mask() & late.mask
    assert Sieve(text[12:]).search(late.pattern) is not None


def test_folding_is_alike_in_a_part_and_in_the_whole_for_what_literals_hold() -> None:
    """Where a text and the document around it fold differently (one by `str.lower`, one by
    the table, for a document holding "İ"), no character folds to an ASCII one or a caseless
    mark in one and not alike in the other: a part's literals are the whole's there."""
    from briefer.analysis.prefilter import _FOLD, _caseless_mark

    for code in range(0x10000):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1 or char in "ıſ":
            continue  # (a text holding "İ", "ı" or "ſ" folds by the table, and so does the whole)
        by_table = chr(_FOLD.get(code, code))
        if lowered != by_table:
            for folded in (lowered, by_table):
                assert not folded.isascii() and _caseless_mark(folded) is None, hex(code)
