"""Screen a group of background-model features by cross-validation by halves, in one command.

    .venv/bin/python -m learn.screen --group d: [--group h:] [--base-off y:] \
        [--exclude dev95 dev96] [--cache DIR]

The development sets from dev10 on (without dev22, dev23 and `--exclude`) split into halves by
their number, even (A) and odd (B). For each half, models are fitted as the shipped one is
(`learn.background.fit`, `--min-sets 9`) on dev … dev9 + the other half, once without the
features whose names start with a `--group` prefix and once with them (`--base-off` prefixes
are left out of both), and each is scored by `tests/gold/score.py` on the half it never saw,
through the real pipeline. A feature left out of the fit weighs nothing, so "without" is the
model as it would be without that feature's code. Prints every section's tp/fp/fn and F1 and
the right stances per half and variant (see learn/README.md "Screening features").

Building the examples (the pipeline on every document, and the rules as they were when each
gold landed) is most of the cost: each set's recorded inputs and labels are kept in `--cache`,
keyed by the rules' code (everything in `briefer/` but the model's own features and weights),
so a second screen of new features, which only changes `background_model.py`, starts at once.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from briefer.analysis import background_model
from learn.background import (
    DROP,
    RAISE,
    Example,
    Inputs,
    document_examples,
    documents_with_rules,
    fit,
)
from learn.fit import f1, save_model
from learn.gold import (
    ROOT,
    development_sets,
    matched_labels,
    scorer,
)

#: The sets every fit trains on (the oldest, tuned on longest), then half of the rest.
BASE = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")
#: Never in the halves: the guard sets the lead scores every change on.
GUARD = ("dev22", "dev23")
MIN_SETS = 9
# Files whose change does not change the recorded inputs (only what the model makes of them).
_OWN = ("briefer/analysis/background_model.py", "briefer/analysis/data/background.json")
SECTIONS = ("background", "reactions", "actors", "principals")


@dataclass(frozen=True)
class Entry:
    """One document as the screen needs it: the model's inputs, the gold background, and the
    rules' labels of today and of when its gold landed."""

    group: str
    inputs: Inputs
    gold: tuple[str, ...]
    now: tuple[str, ...]
    first: tuple[str, ...]


def halves(sets: Sequence[str], exclude: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """The sets numbered 10 or more (without the guard sets and `exclude`), even and odd."""
    numbered = [
        (int(m.group(1)), name)
        for name in sets
        if (m := re.fullmatch(r"dev(\d+)", name))
        and int(m.group(1)) >= 10
        and name not in GUARD
        and name not in exclude
    ]
    return [n for k, n in numbered if k % 2 == 0], [n for k, n in numbered if k % 2 == 1]


def rules_key() -> str:
    """A digest of the code and data the recorded inputs depend on."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "briefer").rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if path.is_file() and rel not in _OWN and "__pycache__" not in rel:
            digest.update(rel.encode() + b"\0" + path.read_bytes())
    return "e2-" + digest.hexdigest()[:16]  # (e2: the entries stored as tuples)


def entries(group: str, cache: Path) -> list[Entry]:
    """The documents of one set, from `cache` if they were recorded at today's rules."""
    path = cache / f"{rules_key()}-{group}.pickle"
    if path.exists():  # (plain tuples: read the same however the screen was started)
        return [Entry(*fields) for fields in pickle.loads(path.read_bytes())]
    out = [
        Entry(
            group,
            inputs,
            tuple(item.gold.get("background", [])),
            tuple(s.label for s in inputs.sentences),
            tuple(matched_labels(inputs.sentences, earlier)),
        )
        for item, inputs, earlier in documents_with_rules([group])
    ]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps([(e.group, e.inputs, e.gold, e.now, e.first) for e in out]))
    return out


def without(examples: Sequence[Example], prefixes: Sequence[str]) -> list[Example]:
    """The examples with the features of the named groups left out."""
    if not prefixes:
        return list(examples)
    start = tuple(prefixes)
    return [
        Example(
            e.group, tuple(f for f in e.features if not f.startswith(start)), e.rule, e.background
        )
        for e in examples
    ]


def scored(sets: Sequence[str], model_path: Path) -> dict[str, tuple[int, ...]]:
    """score.py's totals of `sets` through the real pipeline with the model at `model_path`:
    tp/fp/fn per section, and (right, total) stances."""
    with mock.patch.object(background_model, "MODEL_PATH", model_path):
        result = scorer.combine(
            [scorer.score_set(scorer.gold_files(scorer.SETS[s][0])) for s in sets]
        )
    out: dict[str, tuple[int, ...]] = {}
    for key in SECTIONS:
        c = result.totals.get(key, scorer.Counts())
        out[key] = (c.tp, c.fp, c.fn)
    out["stances"] = (result.stance_right, result.stance_total)
    return out


def line(label: str, figures: dict[str, tuple[int, ...]]) -> str:
    cells = [f"{k[:4]} {f1(*figures[k]):.4f} ({'/'.join(map(str, figures[k]))})" for k in SECTIONS]
    return f"{label:<24}" + " | ".join(cells) + f" | stances {figures['stances'][0]}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--group", action="append", default=[], help="feature prefix screened")
    parser.add_argument("--base-off", action="append", default=[], help="prefix left out of both")
    parser.add_argument("--exclude", nargs="*", default=[], help="sets kept out of the halves")
    parser.add_argument("--c", type=float, default=None, help="C of the fit (learn.background's)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "learn-screen")
    args = parser.parse_args(argv)
    a, b = halves(development_sets(), args.exclude)
    data = {g: entries(g, args.cache) for g in (*BASE, *a, *b)}
    variants = {"without " + " ".join(args.group): [*args.group, *args.base_off]}
    if args.group:
        variants["with " + " ".join(args.group)] = list(args.base_off)
    kwargs = {} if args.c is None else {"c": args.c}
    meta = {"raise": RAISE, "drop": DROP}
    with tempfile.TemporaryDirectory() as folder:
        for held, train in (("A", b), ("B", a)):
            held_sets = a if held == "A" else b
            examples = [
                x
                for g in (*BASE, *train)
                for e in data[g]
                for x in document_examples(g, e.inputs, e.gold, e.first)
            ]
            for name, off in variants.items():
                model = fit(without(examples, off), min_sets=MIN_SETS, meta=meta, **kwargs)
                path = Path(folder) / f"{held}-{len(off)}-{abs(hash(name))}.json"
                save_model(model, path)
                print(line(f"held {held} {name}", scored(held_sets, path)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
