"""A learnt second opinion on background: whether a sentence the rules call development or
background tells history, from general features of its wording, times and place.

`analyse` calls `relabel` last. The rules (`briefer.analysis.labels`) decide first; a sparse
logistic model fitted offline on the development gold (`learn/background.py`, weights in
`data/background.json`) may then overturn a rule's call only when it is confident: a
development it finds very likely background becomes background, a background it finds very
unlikely becomes development. Reactions and other lines are left alone. Features are general
language and structure only: capitalised words, numbers, years, months and weekdays are read
as shapes, never as the names they spell. `rules_only()` switches the model off, for training
(the model must learn from the rules' labels, never its own) and for measuring it on / off.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from itertools import compress, islice, repeat
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from briefer.analysis.labels import (
    Labelled,
    TimeCues,
    is_lead_in,
    is_outlook,
    is_question,
    opens_counted_after,
    opens_text,
    told_on,
)
from briefer.analysis.linear import LinearModel, load_model
from briefer.analysis.model import Mention, Sentence

MODEL_PATH = Path(__file__).parent / "data" / "background.json"

# Off inside `rules_only()` (a context variable: per thread and task, never read from config).
_ENABLED: ContextVar[bool] = ContextVar("background_model_enabled", default=True)


@contextmanager
def rules_only() -> Iterator[None]:
    """While open, `relabel` leaves every sentence as the rules labelled it: the analysis is
    the rules' alone. The trainer reads examples this way (the model must not learn from its
    own output) and `learn.background --score` measures the model off against on."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)


# The labels the model may trade for one another.
_DECIDED = frozenset({"background", "development"})
#: A background the paragraph pass gave a news-less opening from the history after it
#: (`settle_paragraphs`' `weighable`) is dropped below this probability only: a call on the
#: paragraph the sentence's words alone do not show, so the model needs more to undo it.
WEIGHED_DROP = 0.2

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*s?")
# `_TOKEN` for ASCII text, where its classes are these ranges (a third faster: `_tokens`).
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+(?:[.,][0-9]+)*s?")


def _tokens(text: str) -> list[str]:
    """`_TOKEN.findall(text)`."""
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


_MONTH_WORDS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
_MONTHS = frozenset(_MONTH_WORDS.split())
_WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday"
_WEEKDAYS = frozenset(_WEEKDAY_WORDS.split())
# Words that open a sentence with a capital without being a name.
_OPENER_WORDS = """
    a an the this that these those it its he she they we i his her their our there here
    in on at by for from with without after before since during until as while when where
    but and or yet so if although though despite because once over under about between
    among across into through last earlier later now today then still also meanwhile
    however instead some many most several few all both each every no not one two three
    officials analysts critics residents talks tensions relations negotiations years
    according such what who which how why more less few other another
"""
_OPENERS = frozenset(_OPENER_WORDS.split())
# "had" then a past participle, maybe after an adverb: the past perfect of history.
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "t")
_HAD_ADVERBS = frozenset({"not", "never", "long", "already", "also", "previously", "once"})
_CUE_FLAGS = (
    "long_standing",
    "origin",
    "strong_now",
    "position",
    "dated_past",
    "habitual",
    "ahead",
    "commentary",
    "own_strong_now",
    "said_before",
    "earlier_days",
)


def _shape(word: str, first: bool) -> str:
    """A word as the model reads it: lower case, or the shape of a name, number or date."""
    lower = word.lower()
    if word[0].isdigit():
        digits = word.rstrip("s")
        if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100:
            return "YEARS" if word.endswith("s") else "YEAR"
        return "NUM"
    if lower in _MONTHS and word[0].isupper():
        return "MONTH"
    if lower in _WEEKDAYS:
        return "WEEKDAY"
    if word[0].isupper() and not (first and lower in _OPENERS):
        return "CAP"
    return lower


def _days(day: int | None) -> str:
    """A number of days from the news day, bucketed."""
    if day is None:
        return "none"
    if day >= 1:
        return "after"
    if day == 0:
        return "same"
    if day >= -2:
        return "d2"
    if day >= -7:
        return "week"
    if day >= -31:
        return "month"
    if day >= -365:
        return "year"
    return "older"


def _bucket(value: int, edges: Sequence[int]) -> int:
    """The first edge `value` does not exceed (len(edges) past the last)."""
    for i, edge in enumerate(edges):
        if value <= edge:
            return i
    return len(edges)


# The feature of each word seen so far that does not open a sentence (a word reads the same
# wherever else it stands), bounded so that a long-running process does not grow without end.
_WORDS: dict[str, tuple[str, str]] = {}
_WORDS_MAX = 50_000
_LENGTHS = (7, 15, 25, 40)


def _word(word: str) -> tuple[str, str]:
    """The shape and feature of a word that does not open its sentence."""
    if len(_WORDS) >= _WORDS_MAX:
        _WORDS.clear()
    s = _shape(word, False)
    found = _WORDS[word] = (s, "w:" + s)
    return found


def _word_features(text: str, out: list[str]) -> None:
    """Words and pairs of words as shapes, the length, and the past perfect."""
    words = _TOKEN.findall(text)
    if not words:
        out.append("len:0")
        return
    get = _WORDS.get
    append = out.append
    previous = _shape(words[0], True)
    shapes = [previous]
    append("w:" + previous)
    append("b:^_" + previous)
    keep = shapes.append
    for word in islice(words, 1, None):
        s, feature = get(word) or _word(word)
        if s == "CAP" and previous == "CAP":
            continue  # a run of capitalised words is one name
        append(feature)
        append(f"b:{previous}_{s}")
        keep(s)
        previous = s
    append(f"len:{_bucket(len(shapes), _LENGTHS)}")
    if _past_perfect(shapes):
        append("t:had_pp")


def _past_perfect(shapes: Sequence[str]) -> bool:
    """Whether the shapes hold "had" then a past participle, maybe after an adverb."""
    if "had" in shapes:
        for k, s in enumerate(shapes[:-1]):
            if s == "had":
                after = shapes[k + 1]
                if after in _HAD_ADVERBS and k + 2 < len(shapes):
                    after = shapes[k + 2]
                if after.endswith(_PARTICIPLE_ENDS):
                    return True
    return False


_PAST = tuple(f"past:{n}" for n in range(4))
_NOW = tuple(f"now:{n}" for n in range(3))
_FLAG_FEATURES = tuple("cue:" + name for name in _CUE_FLAGS)
_FLAGS = attrgetter(*_CUE_FLAGS)  # (all eleven flags in one call)


def _cue_features(cues: TimeCues, out: list[str]) -> None:
    out.append(_PAST[min(max(cues.past, 0), 3)])
    out.append(_NOW[min(max(cues.now, 0), 2)])
    out.extend(compress(_FLAG_FEATURES, _FLAGS(cues)))
    out.append("day:" + _days(cues.day))
    out.append("period:" + _days(cues.period))


_PARAGRAPHS = (0, 1, 2, 4, 7, 11)
# Edges of the number of headings after the lead: an explainer or analysis piece is set out
# under headings, and tells more history than a news report does.
_HEADINGS = (0, 2)
# Edges of the share (per cent) of a document's sentences the rules call background: how much
# history the rules find tells how far to trust them (an analysis piece tells the news again
# as history).
_SHARES = (0, 10, 25, 50)


def _paragraph_neighbours(sentences: Sequence[Sentence]) -> tuple[list[str], list[str]]:
    """For each sentence, the label of the last sentence of the paragraph before its own
    ("start" in the first) and of the first sentence of the paragraph after ("end" in the
    last): history comes in runs of paragraphs, across the breaks `n:prev`/`n:next` stop at."""
    after = _across_break(sentences[::-1], "end")
    return _across_break(sentences, "start"), after[::-1]


def _across_break(sentences: Sequence[Sentence], edge: str) -> list[str]:
    """For each sentence, the label of the sentence just before its paragraph's first, in the
    order given (`edge` in the first paragraph): `_paragraph_neighbours` reads it both ways."""
    out: list[str] = []
    label, last = edge, None
    for k, s in enumerate(sentences):
        if s.paragraph != last:
            label = sentences[k - 1].label if k else edge
            last = s.paragraph
        out.append(label)
    return out


def document_features(
    sentences: Sequence[Sentence],
    seen: Sequence[Labelled],
    fixed: Sequence[bool],
    kinds: Mapping[int, str],
    mentions: Sequence[Mention],
) -> list[list[str] | None]:
    """The features of each sentence of one document the model may relabel (None for the
    others). The model decides only development against background, and only where the rules
    read the wording: never a reaction, a heading or a byline, never the lead paragraph, and
    never a sentence `fixed` by structure (under a background heading or marker, a list item's
    fragment, a quotation, a speaker's words, the sentence after a dateline). `seen` is what
    the rules read of each sentence (its cues and speakers), `sentences` their final labels,
    `kinds` the kind of each paragraph and `mentions` the document's mentions sorted by start."""
    rows: list[list[str] | None] = []
    context = _Context(sentences, seen, fixed, kinds, mentions)
    for i, s in enumerate(sentences):
        if not context.decided(i):
            rows.append(None)
            continue
        out: list[str] = []
        _word_features(_wording(s.text), out)
        context.features(i, out)
        rows.append(out)
    return rows


def _wording(text: str) -> str:
    """The text the word features read (a shouted line in lower case)."""
    return text.lower() if text.isupper() else text


class _Context:
    """What `document_features` reads of a sentence besides its words: its cues, place in the
    document and paragraph, neighbours and the entity types it holds."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        seen: Sequence[Labelled],
        fixed: Sequence[bool],
        kinds: Mapping[int, str],
        mentions: Sequence[Mention],
    ) -> None:
        self.sentences = sentences
        self.seen = seen
        self.fixed = fixed
        self.kinds = kinds
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.last_paragraph = max((s.paragraph for s in sentences), default=0)
        self.lead = next((s.paragraph for s in sentences if opens_text(s.label, s.text)), 0)
        if len(seen) != len(sentences):
            raise ValueError("one Labelled per sentence")  # (what `zip(strict=True)` checked)
        self.before, self.after = _paragraph_neighbours(sentences)
        headings = sum(1 for n, kind in kinds.items() if kind == "heading" and n > self.lead)
        self.headings = f"g:head:{_bucket(headings, _HEADINGS)}"
        history = sum(1 for s in sentences if s.label == "background")
        self.share = f"n:doc:{_bucket(100 * history // max(len(sentences), 1), _SHARES)}"

    def decided(self, i: int) -> bool:
        """Whether sentence `i` is the model's to decide."""
        s = self.sentences[i]
        return s.label in _DECIDED and not self.fixed[i] and s.paragraph != self.lead

    def features(self, i: int, out: list[str]) -> None:
        """The features of sentence `i` after its words, appended to `out`."""
        sentences = self.sentences
        kinds = self.kinds
        s = sentences[i]
        count = len(sentences)
        text = s.text
        _cue_features(self.seen[i].cues, out)
        out.append(f"par:{_bucket(s.paragraph - self.lead, _PARAGRAPHS)}")
        out.append(f"at:{5 * i // count}")
        if s.paragraph >= self.last_paragraph - 1:
            out.append("pos:last")
        first_in_paragraph = i == 0 or sentences[i - 1].paragraph != s.paragraph
        out.append("pos:first" if first_in_paragraph else "pos:later")
        out.append("kind:" + kinds.get(s.paragraph, "text"))
        if i > 0 and first_in_paragraph and kinds.get(sentences[i - 1].paragraph) == "heading":
            out.append("pos:after_heading")
        if '"' in text or "“" in text or "”" in text:
            out.append("q:quote")
            if text[0] in '"“':
                out.append("q:opens")
        starts = self.starts
        lo = bisect_left(starts, s.start)
        hi = bisect_left(starts, s.end, lo)
        if hi > lo:
            out.extend("e:" + kind for kind in sorted({m.type for m in self.mentions[lo:hi]}))
        if self.seen[i].acting:
            out.append("s:acting")
        before = sentences[i - 1].label if i > 0 and not first_in_paragraph else "start"
        after = (
            sentences[i + 1].label
            if i + 1 < count and sentences[i + 1].paragraph == s.paragraph
            else "end"
        )
        out.append("n:prev:" + before)
        out.append("n:next:" + after)
        out.append("n:ppar:" + self.before[i])
        out.append("n:npar:" + self.after[i])
        out.append(self.headings)
        out.append(self.share)
        out.append("r:" + s.label)


# A two-class model's weights as one float per feature, per model read (the hook scores
# some thirty sentences a document: one lookup per feature is most of its cost).
_FLAT: dict[int, tuple[LinearModel, dict[str, float]]] = {}


def _flat(model: LinearModel) -> dict[str, float]:
    found = _FLAT.get(id(model))
    if found is None or found[0] is not model:
        found = _FLAT[id(model)] = (model, {k: row[0] for k, row in model.weights.items()})
    return found[1]


def background_probability(model: LinearModel, features: Sequence[str]) -> float:
    """The model's probability that a sentence with these features is background (each
    feature counted once)."""
    weights = _flat(model)
    margin = model.intercepts[0] + sum(map(weights.get, dict.fromkeys(features), repeat(0.0)))
    return _probability(model, margin)


def _probability(model: LinearModel, margin: float) -> float:
    p = 1.0 / (1.0 + math.exp(-margin)) if margin >= 0 else 1.0 - 1.0 / (1.0 + math.exp(margin))
    return p if model.classes[-1] == "background" else 1.0 - p


class _Tables(NamedTuple):
    """A two-class model's weights as `_scored` reads them: the word features' by shape and
    the pairs' by their first shape then their second, so that a sentence is scored without
    spelling out its word features (most words and pairs weigh nothing)."""

    model: LinearModel
    flat: dict[str, float]
    words: dict[str, float]  # shape -> the weight of "w:" + shape
    pairs: dict[str, dict[str, float]]  # first -> second -> the weight of f"b:{first}_{second}"
    # A word that does not open its sentence -> its shape, the weight of its word feature, and
    # the weights of the pairs it begins (bounded as `_WORDS` is).
    seen: dict[str, tuple[str, float | None, dict[str, float] | None]]

    def word(self, word: str) -> tuple[str, float | None, dict[str, float] | None]:
        """What `seen` holds for `word`, read now and kept."""
        seen = self.seen
        if len(seen) >= _WORDS_MAX:
            seen.clear()
        s = _shape(word, False)
        found = seen[word] = (s, self.words.get(s), self.pairs.get(s))
        return found


_TABLES: dict[int, _Tables] = {}


def _tables(model: LinearModel) -> _Tables:
    found = _TABLES.get(id(model))
    if found is None or found.model is not model:
        flat = _flat(model)
        words: dict[str, float] = {}
        pairs: dict[str, dict[str, float]] = {}
        for name, weight in flat.items():
            if name.startswith("w:"):
                words[name[2:]] = weight
            elif name.startswith("b:"):
                # (no shape holds "_": `_TOKEN` words have none, and neither have the shapes'
                # own names; a pair whose name could not be split is one no sentence shows)
                first, underscore, second = name[2:].partition("_")
                if underscore:
                    pairs.setdefault(first, {})[second] = weight
        found = _TABLES[id(model)] = _Tables(model, flat, words, pairs, {})
    return found


def _word_weights(text: str, tables: _Tables, acc: list[float]) -> None:
    """The weights of the features `_word_features` gives `text`, each counted once, appended
    to `acc` in the order of the features (those that weigh nothing left out)."""
    words = _tokens(text)
    flat = tables.flat
    if not words:
        weight = flat.get("len:0")
        if weight is not None:
            acc.append(weight)
        return
    by_shape = tables.words
    pairs = tables.pairs
    counted: set[str] = set()  # the word features counted
    counted_pairs: set[tuple[str, str]] = set()
    add = acc.append
    previous = _shape(words[0], True)
    shapes = [previous]
    weight = by_shape.get(previous)
    if weight is not None:
        counted.add(previous)
        add(weight)
    row = pairs.get("^")
    if row is not None and (weight := row.get(previous)) is not None:
        counted_pairs.add(("^", previous))
        add(weight)
    get = tables.seen.get
    read = tables.word
    keep = shapes.append
    row = pairs.get(previous)  # the pairs `previous` begins
    for word in islice(words, 1, None):
        s, weight, begun = get(word) or read(word)
        if s == "CAP" and previous == "CAP":
            continue  # a run of capitalised words is one name
        if weight is not None and s not in counted:
            counted.add(s)
            add(weight)
        if row is not None and (weight := row.get(s)) is not None:
            pair = (previous, s)
            if pair not in counted_pairs:
                counted_pairs.add(pair)
                add(weight)
        keep(s)
        previous = s
        row = begun
    weight = flat.get(f"len:{_bucket(len(shapes), _LENGTHS)}")
    if weight is not None:
        add(weight)
    if _past_perfect(shapes):
        weight = flat.get("t:had_pp")
        if weight is not None:
            add(weight)


def _scored(tables: _Tables, context: _Context, i: int) -> float:
    """`background_probability(model, document_features(...)[i])`, to the last bit: the same
    weights summed in the same order (a feature that weighs nothing adds exactly nothing)."""
    acc: list[float] = []
    _word_weights(_wording(context.sentences[i].text), tables, acc)
    rest: list[str] = []
    context.features(i, rest)
    flat = tables.flat
    for name in dict.fromkeys(rest):
        weight = flat.get(name)
        if weight is not None:
            acc.append(weight)
    model = tables.model
    return _probability(model, model.intercepts[0] + sum(acc))


def decide(rule: str, p: float, raise_at: float, drop_at: float) -> bool:
    """Background or not: the rules' call, overturned where the model is confident (a
    development at `p` >= `raise_at`, a background below `drop_at`)."""
    if rule == "development":
        return p >= raise_at
    return rule == "background" and p >= drop_at


def no_history(sentence: Sentence, seen: Labelled, kinds: Mapping[int, str]) -> bool:
    """Whether a sentence is no history by its form, whatever its tenses and the paragraph
    around it: words set apart in a block quotation (a statement, or the writer's pull quote:
    "This is a dark day for our country."), or the writer's own outlook, advice or open
    question (`labels.is_outlook`: "The most likely outcome is ..."), a lead-in ending on a
    colon (`labels.is_lead_in`: "Its demands are simple:"), the writer's question
    (`labels.is_question`: "How did a leader elected only last July fall so fast?"), or a
    sentence opening on the span since an event (`labels.opens_counted_after`: "Two weeks after
    the airliner was shot down, the Kremlin has moved from silence to defiance": now, measured
    from the event)."""
    if sentence.label not in _DECIDED:
        return False
    return (
        kinds.get(sentence.paragraph) == "quote"
        or is_outlook(sentence.text, seen.cues)
        or is_lead_in(sentence.text)
        or is_question(sentence.text)
        or opens_counted_after(sentence.text)
    )


def relabel(
    sentences: Sequence[Sentence],
    seen: Sequence[Labelled],
    fixed: Sequence[bool],
    kinds: Mapping[int, str],
    mentions: Sequence[Mention],
    model: LinearModel | None = None,
    weighed: Collection[int] = (),
) -> list[Sentence]:
    """The sentences, with the rules' development/background calls overturned where the model
    is confident: a development at probability >= `raise`, a background below `drop` (both in
    the model's meta), or below `WEIGHED_DROP` for the indices in `weighed` (what the paragraph
    pass made history from the history after it). Inside `rules_only()` the model is off: the
    rules' labels come back. Either way, what is no history by its form (`no_history`) is never
    background."""
    out = [
        replace(s, label="development")
        if s.label == "background" and no_history(s, lab, kinds)
        else s
        for s, lab in zip(sentences, seen, strict=True)
    ]
    if not _ENABLED.get():
        return out
    model = model or load_model(MODEL_PATH)
    raise_at = float(model.meta["raise"])
    drop_at = float(model.meta["drop"])
    context = _Context(sentences, seen, fixed, kinds, mentions)
    tables = _tables(model)
    raised = False  # the sentence before, in the same paragraph, is history the model found
    for i, s in enumerate(sentences):
        after_raised = raised and sentences[i - 1].paragraph == s.paragraph
        raised = False
        if not context.decided(i) or out[i] is not s:  # not the model's (`document_features`)
            continue
        if s.label == "development" and no_history(s, seen[i], kinds):
            continue  # (what is no history by its form, the model may not raise)
        # (`background_probability` of the sentence's `document_features`, without spelling
        # out its word features)
        p = _scored(tables, context, i)
        drop = WEIGHED_DROP if i in weighed else drop_at
        label = "background" if decide(s.label, p, raise_at, drop) else "development"
        if after_raised and label == s.label == "development" and told_on(seen[i]):
            # plain narration told on from history the model raised goes on with it, as the
            # rules' own narration does after theirs (`labels.told_on`)
            label = "background"
        if label != s.label:
            out[i] = replace(s, label=label)
            raised = label == "background"
    return out
