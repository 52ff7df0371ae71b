"""The learnt second opinion on background: features, the decision, its hook in analyse, and
the off switch training and measuring use (`rules_only`). The hook tests fail if `analyse`
stops calling `relabel`: each expects a label the rules alone do not give."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any
from unittest import mock

import pytest
from wire_story import wire_story

from briefer.analysis import analyse, background_model
from briefer.analysis.background_model import decide
from briefer.analysis.linear import LinearModel, load_model
from briefer.analysis.model import Analysis, Sentence
from briefer.sources.document import Document

STORY = [
    ("Border talks stall as troops dig in", "heading"),
    (
        "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed river "
        "crossing, officials said.",
        "text",
    ),
    ("The Aldrian defence ministry said two soldiers were wounded.", "text"),
    ("Talks between the two governments are due to resume next week in Geneva.", "text"),
    (
        "The two countries fought a short war over the valley in 1994. A ceasefire was signed "
        "two years later, but the border was never marked.",
        "text",
    ),
    ("The foreign ministers of both countries will meet on Friday.", "text"),
    (
        "Aldria, one of the poorest countries in the region a decade ago, now exports gas to "
        "half the continent.",
        "text",
    ),
]


def _story() -> Document:
    return wire_story(STORY, doc_id="bgmodel")


def _rules_only(doc: Document) -> Analysis:
    """The analysis with the model switched off: the rules' labels."""
    with background_model.rules_only():
        return analyse(doc)


def _analysed_as_all_background(doc: Document) -> Analysis:
    """The analysis with a model that calls every sentence background: what the model may not
    reach stays as the rules label it."""
    with mock.patch.object(background_model, "load_model", return_value=_toy({}, bias=50.0)):
        return analyse(doc)


@contextmanager
def recorded_inputs() -> Iterator[list[tuple[Any, ...]]]:
    """What analyse hands the hook, per document; the labels are left as they come."""
    calls: list[tuple[Any, ...]] = []

    def record(*args: Any, **kwargs: Any) -> list[Sentence]:
        calls.append(args)
        return list(args[0])

    with mock.patch.object(background_model, "relabel", record):
        yield calls


def _toy(weights: dict[str, float], bias: float = 0.0) -> LinearModel:
    """A model whose second class is background, thresholds at 0.6 and 0.2."""
    return LinearModel(
        ("other", "background"),
        (bias,),
        {k: (w,) for k, w in weights.items()},
        {"raise": 0.6, "drop": 0.2},
    )


def test_analyse_applies_the_shipped_weights_to_development_and_background() -> None:
    doc = _story()
    rules = _rules_only(doc)
    final = analyse(doc)
    model = load_model(background_model.MODEL_PATH)
    with recorded_inputs() as calls:
        analyse(doc)
    rows = background_model.document_features(*calls[0])
    overturned = 0
    for before, after, row in zip(rules.sentences, final.sentences, rows, strict=True):
        if row is None:  # not the model's: a reaction, a heading, the lead, a fixed sentence
            assert after == before
            continue
        p = background_model.background_probability(model, row)
        if before.label == "development":
            expected = "background" if p >= model.meta["raise"] else "development"
        else:
            expected = "development" if p < model.meta["drop"] else "background"
        assert after.label == expected
        overturned += after.label != before.label
    # The story holds a standing fact the rules leave as news ("now exports gas") and the
    # model, from its weights, reads as background: without the hook nothing would change.
    assert overturned >= 1


def test_hook_raises_a_development_the_model_is_sure_of() -> None:
    doc = _story()
    rules = _rules_only(doc)
    # Only "decade" weighs (p 0.993); every other sentence scores the bias alone (p 0.018):
    # developments stay, the rules' backgrounds the model decides fall below `drop`.
    toy = _toy({"w:decade": 9.0}, bias=-4.0)
    with recorded_inputs() as calls:
        analyse(doc)
    rows = background_model.document_features(*calls[0])
    with mock.patch.object(background_model, "load_model", return_value=toy):
        final = analyse(doc)
    dropped = 0
    for before, after, row in zip(rules.sentences, final.sentences, rows, strict=True):
        if "decade ago" in before.text:
            assert before.label == "development"
            assert after.label == "background"
        elif before.label == "background" and row is not None:
            assert after.label == "development"
            dropped += 1
        else:
            assert after.label == before.label
    assert dropped >= 1  # the 1994 war, told in a paragraph of its own below the lead


# The rules' decisions from structure, each with the label the rules give it.
STRUCTURE = [
    ("Envoys expelled over poisoning", "heading", "other"),
    (
        "LONDON, March 26 (Northgate Wire) - The government expelled 23 diplomats, the largest "
        "expulsion since the Cold War, over a poisoning in 2018.",
        "text",
        "development",  # the lead after a wire dateline is the news
    ),
    ("The European Union urged both sides to show restraint.", "text", "reaction"),
    ("Shops in the border towns stayed shut on Wednesday.", "text", "development"),  # free
    ("Background", "heading", "other"),
    (
        "A tribunal ruled against the claim, a ruling the government has refused to accept.",
        "text",
        "background",  # under a background heading
    ),
    # a lead-in ending on a colon: no history of its own, even under the heading
    ("Their demands were simple:", "text", "development"),
    ("the release of all the contracts for the station;", "list", "development"),  # a fragment
    ("Reaction", "heading", "other"),
    (
        "Prisons have become the gangs' headquarters. More than 400 inmates have died in "
        "massacres there since 2021. In 2023, the government declared a state of emergency.",
        "text",
        # the first sentence made history by the paragraph pass, from the history after it:
        # a call on wording the model weighs, as it weighs the rules' own
        "background",
    ),
]
# The sentences of `STRUCTURE` left to the model.
_WEIGHED = ("Shops", "Prisons")


@pytest.mark.parametrize("bias", [50.0, -50.0])
def test_structural_decisions_are_out_of_the_models_reach(bias: float) -> None:
    doc = wire_story([(t, k) for t, k, _ in STRUCTURE], doc_id=f"bgfixed{bias}")
    rules = _rules_only(doc)
    # a model that calls everything background (or nothing) changes none of them
    with mock.patch.object(background_model, "load_model", return_value=_toy({}, bias=bias)):
        final = analyse(doc)
    for text, _, label in STRUCTURE:
        first = text.split(" - ")[-1].split(". ")[0]
        (before,) = [s for s in rules.sentences if s.text.startswith(first)]
        (after,) = [s for s in final.sentences if s.text.startswith(first)]
        assert before.label == label, text
        if text.startswith(_WEIGHED):  # the sentences left to the model: it decides
            assert after.label == ("background" if bias > 0 else "development"), text
        else:
            assert after == before, text


def test_reactions_and_the_lead_are_never_the_models_to_decide() -> None:
    doc = wire_story(
        [
            ("Neighbours trade fire", "heading"),
            ("Aldria and Ruritania exchanged fire on Tuesday, officials said.", "text"),
            ("The European Union urged both sides to show restraint.", "text"),
            ("Shops in the border towns stayed shut on Wednesday.", "text"),
        ],
        doc_id="bgreact",
    )
    rules = _rules_only(doc)
    labels = [s.label for s in rules.sentences]
    assert labels == ["other", "development", "reaction", "development"]
    always = _toy({}, bias=50.0)  # background for everything it may decide
    with mock.patch.object(background_model, "load_model", return_value=always):
        final = analyse(doc)
    assert [s.label for s in final.sentences] == ["other", "development", "reaction", "background"]


def test_rules_only_switches_the_model_off_and_back_on() -> None:
    doc = _story()
    always = _toy({}, bias=50.0)
    with mock.patch.object(background_model, "load_model", return_value=always):
        on = [s.label for s in analyse(doc).sentences]
        with background_model.rules_only():
            off = [s.label for s in analyse(doc).sentences]
            with background_model.rules_only():  # nested: still off, and restored in order
                assert [s.label for s in analyse(doc).sentences] == off
            assert [s.label for s in analyse(doc).sentences] == off
        assert [s.label for s in analyse(doc).sentences] == on
    assert on != off
    assert "background" in on and on.count("background") > off.count("background")


def test_features_read_names_numbers_and_dates_as_shapes() -> None:
    doc = wire_story(
        [
            ("Old quarrel", "heading"),
            ("Aldria and Ruritania exchanged fire on Tuesday, officials said.", "text"),
            (
                "Aldria and Ruritania signed the Treaty of Valmont in March 1994 after 12 "
                "rounds of talks on a Monday.",
                "text",
            ),
        ],
        doc_id="bgshape",
    )
    with recorded_inputs() as calls:
        analyse(doc)
    rows = [r for r in background_model.document_features(*calls[0]) if r is not None]
    words = {f for f in rows[0] if f.startswith("w:")}
    assert {"w:CAP", "w:MONTH", "w:YEAR", "w:NUM", "w:WEEKDAY", "w:signed"} <= words
    assert not any(name in f for f in rows[0] for name in ("aldria", "Aldria", "valmont"))
    assert "b:CAP_and" in rows[0]  # a run of capitalised words is one name
    assert any(f.startswith("e:") for f in rows[0])  # the entity types present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks had collapsed in 2019.", True),
        ("Officials said they had a plan.", False),
        ("Talks had never resumed.", True),
        ("The deal had long been stalled.", True),
        ("Officials said talks would resume.", False),
    ],
)
def test_past_perfect_is_a_feature(text: str, expected: bool) -> None:
    out: list[str] = []
    background_model._word_features(text, out)
    assert ("t:had_pp" in out) is expected


def test_decide_overturns_only_confident_calls() -> None:
    assert decide("development", 0.7, 0.6, 0.2)
    assert not decide("development", 0.5, 0.6, 0.2)
    assert decide("background", 0.3, 0.6, 0.2)
    assert not decide("background", 0.1, 0.6, 0.2)
    assert not decide("reaction", 0.99, 0.6, 0.2)


def test_probability_follows_the_weights_of_the_features_present() -> None:
    model = load_model(background_model.MODEL_PATH)
    ((name, (weight,)),) = [max(model.weights.items(), key=lambda kv: abs(kv[1][0]))]
    without = background_model.background_probability(model, [])
    with_it = background_model.background_probability(model, [name, name])  # counted once
    toward_background = (weight > 0) == (model.classes[-1] == "background")
    assert (with_it > without) is toward_background
    assert with_it == background_model.background_probability(model, [name])


def test_a_block_quotation_and_the_writers_outlook_are_never_background() -> None:
    doc = wire_story(
        [
            ("Border talks stall as troops dig in", "heading"),
            (
                "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed "
                "river crossing, officials said.",
                "text",
            ),
            ("The two countries fought a short war over the valley in 1994.", "text"),
            ("This is a dark day for the valley and for the war of 1994.", "quote"),
            ("The most likely outcome is a long arbitration case.", "text"),
        ],
        doc_id="bgbarred",
    )
    barred = ("This is a dark day", "The most likely outcome")
    # a model that calls everything background, the shipped model, and the rules alone
    sure = _analysed_as_all_background(doc)
    for analysis in (sure, analyse(doc), _rules_only(doc)):
        for s in analysis.sentences:
            if s.text.startswith(barred):
                assert s.label == "development", s.text
    # the model still raises the rest: the barring is not the model switched off
    (war,) = [s for s in sure.sentences if s.text.startswith("The two countries")]
    assert war.label == "background"


def test_a_sentence_opening_on_the_span_since_an_event_is_never_background() -> None:
    doc = wire_story(
        [
            ("Border talks stall as troops dig in", "heading"),
            (
                "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed "
                "river crossing, officials said.",
                "text",
            ),
            ("The two countries fought a short war over the valley in 1994.", "text"),
            (
                "Six weeks after the earthquake of 7 December 2030, the official count stands "
                "at about 25,000 dead.",
                "text",
            ),
        ],
        doc_id="bgcounted",
    )
    # a model that calls everything background raises the war, never the span since the quake
    sure = _analysed_as_all_background(doc)
    labels = {s.text[:12]: s.label for s in sure.sentences}
    assert labels["Six weeks af"] == "development"
    assert labels["The two coun"] == "background"


def test_shipped_model_drops_a_background_it_finds_unlikely() -> None:
    # The rules' background the shipped model gives under 3 in 10 becomes development (0.3,
    # chosen on halves of D: precision is background's weaker side; at 0.2 such calls were kept).
    model = load_model(background_model.MODEL_PATH)
    raise_at, drop_at = float(model.meta["raise"]), float(model.meta["drop"])
    assert not decide("background", 0.18, raise_at, drop_at)
    assert not decide("background", 0.28, raise_at, drop_at)
    assert decide("background", 0.45, raise_at, drop_at)
    assert decide("development", 0.45, raise_at, drop_at)


def test_a_lead_in_ending_on_a_colon_is_never_background() -> None:
    doc = wire_story(
        [
            ("Border talks stall as troops dig in", "heading"),
            (
                "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed "
                "river crossing, officials said.",
                "text",
            ),
            ("The two countries fought a short war over the valley in 1994.", "text"),
            ("Other reactions in the past weeks have included:", "text"),
        ],
        doc_id="bgleadin",
    )
    sure = _analysed_as_all_background(doc)
    (lead_in,) = [s for s in sure.sentences if s.text.startswith("Other reactions")]
    assert lead_in.label == "development"
    (war,) = [s for s in sure.sentences if s.text.startswith("The two countries")]
    assert war.label == "background"


def test_the_writers_question_is_never_background() -> None:
    doc = wire_story(
        [
            ("Border talks stall as troops dig in", "heading"),
            (
                "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed "
                "river crossing, officials said.",
                "text",
            ),
            ("How did a quarrel settled in 1994 flare up again so fast?", "text"),
            ("The two countries fought a short war over the valley in 1994.", "text"),
        ],
        doc_id="bgquestion",
    )
    sure = _analysed_as_all_background(doc)
    (question,) = [s for s in sure.sentences if s.text.startswith("How did")]
    assert question.label == "development"
    (war,) = [s for s in sure.sentences if s.text.startswith("The two countries")]
    assert war.label == "background"


def test_relabel_scores_each_sentence_as_its_features_would_to_the_last_bit() -> None:
    # `relabel` sums the weights without spelling out the word features (`_scored`): the
    # probability must be `background_probability` of the `document_features` row, exactly,
    # for the shipped model and for one whose weights repeat in words and pairs.
    doc = wire_story(
        [
            *STORY,
            (
                "The HAD HAD talks had long stalled, and the talks had never resumed since the "
                "talks of 1994 and 1996 in Geneva.",
                "text",
            ),
            ("NOBODY EXPECTS A DEAL BEFORE THE 2026 VOTE.", "text"),
            ("Officials had already said so on Monday; talks, talks and more talks.", "text"),
        ],
        doc_id="bgscored",
    )
    with recorded_inputs() as calls:
        analyse(doc)
    args = calls[0]
    shipped = load_model(background_model.MODEL_PATH)
    toy = _toy(
        {
            "w:talks": 0.1,
            "w:had": 0.2,
            "w:CAP": -0.3,
            "w:YEAR": 0.7,
            "b:talks_had": 0.11,
            "b:^_CAP": 0.13,
            "b:^_the": -0.17,
            "b:YEAR_and": 0.19,
            "b:CAP_and": 0.23,
            "t:had_pp": 0.29,
            "len:2": 0.31,
            "len:3": 0.37,
            "r:development": 0.41,
            "n:next:end": 0.43,
            "q:quote": 0.47,
        },
        bias=0.05,
    )
    rows = background_model.document_features(*args)
    context = background_model._Context(*args)
    scored = 0
    for model in (shipped, toy):
        tables = background_model._tables(model)
        for i, row in enumerate(rows):
            assert (row is None) == (not context.decided(i))
            if row is not None:
                expected = background_model.background_probability(model, row)
                assert background_model._scored(tables, context, i) == expected
                scored += 1
    assert scored >= 8


@pytest.mark.parametrize(
    "text",
    [
        "Talks had collapsed in 2019, and 1,200.5 people -- 30s, 1990s -- left.",
        "It's the army's 3rd try_again at 10.30 a.m.; O'Neill said: 'no'.",
        "Les négociations ont échoué en 2019 ; l’armée l’a dit.",
        "",
    ],
)
def test_tokens_are_those_of_the_token_pattern(text: str) -> None:
    assert background_model._tokens(text) == background_model._TOKEN.findall(text)


def test_each_sentence_reads_the_labels_across_its_paragraph_breaks() -> None:
    # The last sentence of the paragraph before and the first of the paragraph after, where
    # `n:prev`/`n:next` stop at the break.
    sentences = [
        Sentence(0, 10, 1, "One.", "development"),
        Sentence(11, 20, 1, "Two.", "background"),
        Sentence(21, 30, 2, "Three.", "development"),
        Sentence(31, 40, 3, "Four.", "reaction"),
        Sentence(41, 50, 3, "Five.", "background"),
    ]
    before, after = background_model._paragraph_neighbours(sentences)
    assert before == ["start", "start", "background", "development", "development"]
    assert after == ["development", "development", "reaction", "end", "end"]


HEADED_STORY = [
    ("Why the border war never ended", "heading"),
    ("Aldria and Ruritania exchanged artillery fire on Tuesday, officials said.", "text"),
    ("The Aldrian defence ministry said two soldiers were wounded.", "text"),
    ("How it began", "heading"),
    ("The two countries fought a short war over the valley in 1994.", "text"),
    ("A ceasefire was signed two years later, but the border was never marked.", "text"),
    ("What comes next", "heading"),
    ("Talks between the two governments are due to resume next week.", "text"),
]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (STORY, "g:head:0"),  # a news report: its only heading is the headline
        (HEADED_STORY, "g:head:1"),  # an explainer, set out under two headings
        (
            [*HEADED_STORY, ("Who is who", "heading"), ("Aldria has a new army chief.", "text")],
            "g:head:2",
        ),
    ],
)
def test_the_headings_after_the_lead_are_a_feature(
    blocks: list[tuple[str, str]], expected: str
) -> None:
    with recorded_inputs() as calls:
        analyse(wire_story(blocks, doc_id="bgheads"))
    rows = [r for r in background_model.document_features(*calls[0]) if r is not None]
    assert rows
    assert all(expected in r and sum(f.startswith("g:head:") for f in r) == 1 for r in rows)


def test_the_labels_across_paragraph_breaks_are_features() -> None:
    with recorded_inputs() as calls:
        analyse(_story())
    args = calls[0]
    sentences = args[0]
    rows = background_model.document_features(*args)
    checked = 0
    for i, row in enumerate(rows):
        if row is None:
            continue
        s = sentences[i]
        previous = next(t for t in reversed(sentences[:i]) if t.paragraph != s.paragraph)
        following = next((t for t in sentences[i:] if t.paragraph != s.paragraph), None)
        assert "n:ppar:" + previous.label in row
        assert "n:npar:" + (following.label if following else "end") in row
        checked += 1
    assert checked >= 2


def test_the_documents_share_of_history_is_a_feature() -> None:
    # How much of the document the rules call history: none at all, or most of it.
    with recorded_inputs() as calls:
        analyse(_story())
    sentences, *rest = calls[0]
    decided = {"development", "background"}
    for label, expected in (("development", "n:doc:0"), ("background", "n:doc:4")):
        relabelled = [replace(s, label=label) if s.label in decided else s for s in sentences]
        assert sum(s.label == "background" for s in relabelled) * 2 > len(sentences) or (
            label == "development"
        )
        rows = background_model.document_features(relabelled, *rest)
        kept = [r for r in rows if r is not None]
        assert kept
        assert all(expected in r and sum(f.startswith("n:doc:") for f in r) == 1 for r in kept)


def test_narration_told_on_from_a_raised_sentence_goes_on_with_it() -> None:
    doc = wire_story(
        [
            ("Border talks stall as troops dig in", "heading"),
            (
                "Aldria and Ruritania exchanged artillery fire on Tuesday near the disputed "
                "river crossing, officials said.",
                "text",
            ),
            ("The Aldrian defence ministry said two soldiers were wounded.", "text"),
            (
                "Rebels seized the hill fort above the crossing. They burned the barracks and "
                "blew up the bridge. The crossing has stayed closed.",
                "text",
            ),
            ("Engineers rebuilt the bridge.", "text"),
        ],
        doc_id="bgtoldon",
    )
    rules = _rules_only(doc)
    # Only "fort" weighs: the model raises the seizure alone (p 0.993, the rest 0.018)
    toy = _toy({"w:fort": 9.0}, bias=-4.0)
    with mock.patch.object(background_model, "load_model", return_value=toy):
        final = analyse(doc)
    before = {s.text[:12]: s.label for s in rules.sentences}
    after = {s.text[:12]: s.label for s in final.sentences}
    told = ("Rebels seize", "They burned ", "The crossing", "Engineers re")
    assert [before[k] for k in told] == ["development"] * 4
    assert after["Rebels seize"] == "background"
    # the plain past told on from it in its paragraph is its history too
    assert after["They burned "] == "background"
    # not what is told as of now, nor the next paragraph
    assert after["The crossing"] == "development"
    assert after["Engineers re"] == "development"
