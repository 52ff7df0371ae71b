"""Fit the stance model (`briefer/analysis/stance_model.py`) from the development gold.

    .venv/bin/python -m learn.stance --sets dev10 dev11 ... [--out F] [--no-save]
    .venv/bin/python -m learn.stance --score SET ... [--out F]

Every reaction the briefing finds that matches a gold reaction with a stance is an example:
its features are those the briefing hands the model (`build._second_opinion` calls
`stance_model.restance`), recorded with the model switched off (`rules_only`), and its answer
the gold stance. The rules' stance, one of the features, is taken from the rules as they were
when the document's gold landed (`landing_commits`, `run_at`: that revision's briefing of
today's document), so the model learns how far to trust the rules on text they were not tuned
on. The overturn threshold is chosen by leave-sets-out inside the training sets (five folds
of whole sets, dealt six times in shuffled orders, the gains summed): the one whose smaller
gain in right stances, over the rules' first-seen stances and over today's, is the largest.
See learn/README.md.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefer.analysis import stance_model
from briefer.analysis.linear import LinearModel
from briefer.briefing.build import build_briefing
from learn.fit import WORD_PREFIXES, fit_logistic, general_words, save_model
from learn.gold import (
    ROOT,
    GoldDocument,
    gold_documents,
    landing_commits,
    recorded,
    run_at,
    score_off_on,
    scorer,
)

C = 0.3
MIN_COUNT = 3
#: Words must occur in this many training sets (a crisis' own words teach nothing general).
MIN_SETS = 9
#: Thresholds tried for overturning the rules.
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)
FOLDS = 5
#: Times the sets are dealt into folds, in shuffled orders (seeds 0, 1, ...): one dealing's
#: choice swings with where its folds fall (.45 to .60 on the halves of D).
DEALINGS = 6
#: The day the shipped model was fitted (kept fixed so a rerun writes the same bytes).
TRAINED = "2026-11-28"

# Run by the interpreter in a folder holding an old revision's `briefer`: the (text, actor,
# stance) of each reaction its briefing of each document on the command line gives, as JSON.
_OLD_STANCES = """
import contextlib, json, sys
from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.sources import load_document
try:
    from briefer.analysis.stance_model import rules_only
except ImportError:
    rules_only = contextlib.nullcontext
out = {}
for path in sys.argv[1:]:
    try:
        doc = load_document(path)
        with rules_only():
            briefing = build_briefing([(doc, analyse(doc))])
        rx = briefing.section("reactions")
        out[path] = [[i.text, i.actor, i.stance] for i in (rx.items if rx else ())]
    except Exception:
        out[path] = None
print(json.dumps(out))
"""


@dataclass(frozen=True)
class Call:
    """What the briefing hands the model for one reaction."""

    text: str
    stance: str
    speaker_types: tuple[str, ...]
    after_speaker: str
    spoken: bool
    actor: str


@dataclass(frozen=True)
class Example:
    """One reaction found and matched to gold: its set, the rules' stance of today and of
    when its gold landed, its features (with the first-seen stance) and the gold stance."""

    group: str
    rule: str
    first_seen: str
    features: tuple[str, ...]
    gold: str
    call: Call


def recording() -> AbstractContextManager[list[Call]]:
    """While open, the briefing keeps the rules' stances (`rules_only`) and appends what it
    hands the model for each reaction to the yielded list."""

    def note(
        text: str,
        stance: str,
        speaker_types: Sequence[str],
        after_speaker: str,
        spoken: bool,
        model: LinearModel | None = None,
    ) -> Call:
        return Call(text, stance, tuple(speaker_types), after_speaker, spoken, "")

    return recorded(stance_model, "restance", note)


def _actors(label: str | None) -> frozenset[str]:
    return frozenset(scorer.actor_key(a) for a in (label or "").split(", ") if a)


def _old_stance(text: str, actor: str, old: Sequence[Sequence[Any]] | None) -> str | None:
    """The old briefing's stance of the reaction with this text (and these actors if it has
    one such), None where it found no such reaction."""
    if old is None:
        return None
    same = [o for o in old if scorer.same_sentence(o[0], text)]
    both = [o for o in same if _actors(o[1]) == _actors(actor)]
    pick = (both or same)[:1]
    return str(pick[0][2]) if pick and pick[0][2] else None


def dataset(groups: Sequence[str]) -> tuple[list[Example], Counter[str]]:
    """The examples of the named sets, and counts of where their first-seen stance came from."""
    found: list[tuple[GoldDocument, list[Call]]] = []
    for item in gold_documents(groups):
        with recording() as calls:
            briefing = build_briefing([(item.document, item.analysis)])
        rx = briefing.section("reactions")
        items = list(rx.items) if rx else []
        # the calls are those of the reactions kept with a stance, in order
        waiting = iter(calls)
        kept: list[Call] = []
        for i in items:
            if i.stance is None:
                continue
            call = next(waiting)
            assert call.text == i.text, (item.path, i.text)
            kept.append(replace(call, actor=i.actor or ""))
        found.append((item, kept))
    landed = landing_commits()
    by_commit: dict[str, list[Path]] = {}
    for item, _ in found:
        commit = landed[item.path.relative_to(ROOT).as_posix()]
        by_commit.setdefault(commit, []).append(ROOT / item.gold["document"])
    old: dict[str, Any] = {}
    for commit, documents in by_commit.items():
        old.update(run_at(commit, _OLD_STANCES, documents))
    examples: list[Example] = []
    sources: Counter[str] = Counter()
    for item, reactions in found:
        gold = [
            (r["text"], frozenset(scorer.actor_key(a) for a in r["actors"]), r.get("stance"))
            for r in item.gold.get("reactions", [])
        ]
        earlier = old.get(str(ROOT / item.gold["document"]))
        used: set[int] = set()
        for call in reactions:
            actor = call.actor
            hit = next(
                (
                    k
                    for k, g in enumerate(gold)
                    if k not in used
                    and g[1] == _actors(actor)
                    and scorer.same_sentence(g[0], call.text)
                ),
                None,
            )
            if hit is None or not gold[hit][2]:
                continue
            used.add(hit)
            first = _old_stance(call.text, actor, earlier)
            sources["first-seen" if first is not None else "today's"] += 1
            first = first or call.stance
            features = stance_model.features(
                call.text, first, call.speaker_types, call.after_speaker, call.spoken
            )
            examples.append(
                Example(
                    item.group,
                    call.stance,
                    first,
                    tuple(features),
                    str(gold[hit][2]),
                    call,
                )
            )
    return examples, sources


def fit(
    train: Sequence[Example], *, c: float = C, meta: dict[str, Any] | None = None
) -> LinearModel:
    """A multinomial model of the gold stance over the examples' features (words only if
    found in `MIN_SETS` sets, or more than half of them when fewer)."""
    sets = len({e.group for e in train})
    words = general_words(train, min(MIN_SETS, sets // 2 + 1))
    rows = [
        {f: 1.0 for f in e.features if f in words or not f.startswith(WORD_PREFIXES)} for e in train
    ]
    return fit_logistic(rows, [e.gold for e in train], c=c, min_count=MIN_COUNT, meta=meta)


def folds(groups: Sequence[str], n: int = FOLDS, seed: int | None = None) -> list[list[str]]:
    """The sets dealt into `n` folds in turn, in their order or shuffled by `seed`."""
    order = list(dict.fromkeys(groups))
    if seed is not None:
        random.Random(seed).shuffle(order)
    return [order[i::n] for i in range(n)]


def gains(model: LinearModel, test: Sequence[Example], *, today: bool = False) -> dict[float, int]:
    """Right stances gained over the rules' (first-seen, or today's) by each threshold."""
    out = dict.fromkeys(THRESHOLDS, 0)
    for e in test:
        rule = e.rule if today else e.first_seen
        feats = e.features
        if today:
            c = e.call
            feats = tuple(
                stance_model.features(c.text, rule, c.speaker_types, c.after_speaker, c.spoken)
            )
        if rule not in stance_model.DECIDED or rule not in model.classes:
            continue  # not the model's to decide: the rules' stance stands
        probs = model.probabilities(dict.fromkeys(feats, 1.0))
        for t in THRESHOLDS:
            new = stance_model.decide(rule, probs, t)
            out[t] += (new == e.gold) - (rule == e.gold)
    return out


def choose_threshold(
    train: Sequence[Example], dealings: int = DEALINGS
) -> tuple[float, dict[float, tuple[int, int]]]:
    """The threshold whose smaller gain, over the rules' stances of when each gold landed and
    over today's, is the largest (ties: the stricter), each fold's sets scored by a model fitted
    on the other folds, the gains summed over `dealings` shuffled dealings of the sets into
    folds (one dealing's choice swings with where its folds fall). The first-seen gain alone
    flatters the model (old rules were weaker), today's alone the rules (tuned on these sets):
    a threshold must gain over both."""
    first = dict.fromkeys(THRESHOLDS, 0)
    today = dict.fromkeys(THRESHOLDS, 0)
    groups = [e.group for e in train]
    for held in (f for seed in range(dealings) for f in folds(groups, seed=seed)):
        inside = [e for e in train if e.group not in held]
        outside = [e for e in train if e.group in held]
        model = fit(inside)
        for t, g in gains(model, outside).items():
            first[t] += g
        for t, g in gains(model, outside, today=True).items():
            today[t] += g
    best = max(THRESHOLDS, key=lambda t: (min(first[t], today[t]), t))
    return best, {t: (first[t], today[t]) for t in THRESHOLDS}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", help="development sets to train on (name them)")
    parser.add_argument("--no-save", action="store_true", help="print the thresholds only")
    parser.add_argument("--out", type=Path, default=stance_model.MODEL_PATH)
    parser.add_argument("--score", nargs="*", metavar="SET", help="instead: score these sets")
    args = parser.parse_args(argv)
    if args.score is not None:
        score_off_on(args.score, stance_model, args.out)
        return 0
    if not args.sets:
        parser.error("name the training sets (--sets): the default would read the fresh pool")
    examples, sources = dataset(args.sets)
    right = sum(e.first_seen == e.gold for e in examples)
    print(f"{len(examples)} reactions of {len(args.sets)} sets; stances from {dict(sources)}")
    print(f"rules right: first-seen {right}, today {sum(e.rule == e.gold for e in examples)}")
    threshold, total = choose_threshold(examples)
    print("leave-sets-out gains (first-seen, today) by threshold:", total, "-> chosen", threshold)
    if not args.no_save:
        sets = list(dict.fromkeys(e.group for e in examples))
        meta = {"sets": sets, "trained": TRAINED, "overturn": threshold}
        model = fit(examples, meta=meta)
        save_model(model, args.out)
        print(f"wrote {args.out} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
