"""Agreement between two annotators of the same documents, scored like the analysis is.

    .venv/bin/python tests/gold/agreement.py [--verbose] [--set dev3] [--other DIR]

The first annotation (`tests/gold/<set>/<stem>.json`) is the reference; the second
(`tests/gold/agreement/<set>/<stem>.json`) is read as if it were a prediction. Precision,
recall and F1 per section then say how far one careful annotator's answers reach the other's:
a ceiling for any rule set scored against either. Matching is `score.py`'s own (sentences by
`same_sentence`, names by `actor_key`, a reaction by its sentence and its set of actors), so the
figures are comparable with the scorer's. Stance agreement is counted over the matched
reactions, with Cohen's kappa to discount the agreement expected by chance.
`--verbose` lists every disagreement. Held-out sets are refused: nobody reads their answers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from score import (  # noqa: E402
    GOLD_DIR,
    SECTIONS,
    Counts,
    DocScore,
    SetScore,
    actor_key,
    combine,
    match,
    same_sentence,
)

AGREEMENT_DIR = GOLD_DIR / "agreement"
SECTION_ORDER = (*SECTIONS, "principals")


@dataclass(frozen=True)
class Reaction:
    """A reaction as the scorer compares it: sentence, canonical actors, stance."""

    text: str
    actors: frozenset[str]
    stance: str | None

    def __str__(self) -> str:
        return f"[{', '.join(sorted(self.actors))}] {self.stance}: {self.text}"


def _reactions(annotation: dict[str, Any]) -> list[Reaction]:
    return [
        Reaction(r["text"], frozenset(actor_key(a) for a in r["actors"]), r.get("stance"))
        for r in annotation.get("reactions", [])
    ]


def _same_reaction(a: Reaction, b: Reaction) -> bool:
    return a.actors == b.actors and same_sentence(a.text, b.text)


@dataclass
class Comparison:
    """One document's agreement: section counts, and the stance pairs of matched reactions."""

    score: DocScore
    stances: list[tuple[Reaction, Reaction]] = field(default_factory=list)

    @property
    def stance_disagreements(self) -> list[tuple[Reaction, Reaction]]:
        return [(a, b) for a, b in self.stances if a.stance != b.stance]


def compare(reference: dict[str, Any], other: dict[str, Any], name: str) -> Comparison:
    """Score `other` against `reference` section by section, as score.py scores a briefing."""
    sections: dict[str, Counts] = {}
    sections["background"], _ = match(
        reference.get("background", []), other.get("background", []), same_sentence
    )
    sections["reactions"], pairs = match(_reactions(reference), _reactions(other), _same_reaction)
    for key in ("actors", "principals"):
        ref_names = [actor_key(a["name"] if key == "actors" else a) for a in reference.get(key, [])]
        other_names = [actor_key(a["name"] if key == "actors" else a) for a in other.get(key, [])]
        sections[key], _ = match(ref_names, other_names, lambda a, b: a == b)
    right = sum(1 for a, b in pairs if a.stance == b.stance)
    return Comparison(DocScore(name, sections, right, len(pairs)), pairs)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def compare_files(reference: Path, other: Path) -> Comparison:
    """Compare two annotation files; they must annotate the same document."""
    ref, oth = _load(reference), _load(other)
    if ref.get("document") != oth.get("document"):
        raise ValueError(f"{other} annotates {oth.get('document')}, not {ref.get('document')}")
    return compare(ref, oth, other.stem)


def reference_folder(set_name: str) -> Path:
    """Where the first annotation of a set lives; held-out sets are never compared."""
    if set_name.startswith("heldout"):
        raise ValueError(f"{set_name} is a held-out set: its answers are not to be read")
    return GOLD_DIR if set_name == "dev" else GOLD_DIR / set_name


@dataclass
class SetComparison:
    """Agreement over the documents of one set (or several)."""

    docs: list[Comparison]
    totals: SetScore

    @property
    def stance_pairs(self) -> list[tuple[Reaction, Reaction]]:
        return [pair for d in self.docs for pair in d.stances]


def compare_set(set_name: str, other_dir: Path = AGREEMENT_DIR) -> SetComparison:
    """Every second annotation of `set_name` against its reference."""
    ref_dir = reference_folder(set_name)
    docs = [
        compare_files(ref_dir / p.name, p) for p in sorted((other_dir / set_name).glob("*.json"))
    ]
    totals: dict[str, Counts] = {}
    for d in docs:
        for key, counts in d.score.sections.items():
            totals.setdefault(key, Counts()).add(counts)
    right = sum(d.score.stance_right for d in docs)
    total = sum(d.score.stance_total for d in docs)
    return SetComparison(docs, SetScore([d.score for d in docs], totals, right, total))


def cohen_kappa(pairs: Sequence[tuple[Reaction, Reaction]]) -> float | None:
    """Stance agreement beyond chance; None when undefined (no pairs, or one label only)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a.stance == b.stance) / n
    first = Counter(a.stance for a, _ in pairs)
    second = Counter(b.stance for _, b in pairs)
    expected = sum(first[s] * second[s] for s in first) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def _print(label: str, result: SetComparison, verbose: bool) -> None:
    print(f"{label}: {len(result.docs)} documents")
    for key in SECTION_ORDER:
        c = result.totals.totals.get(key, Counts())
        print(
            f"  {key:<11} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}"
            f"   (both {c.tp}, reference only {c.fn}, other only {c.fp})"
        )
    right, total = result.totals.stance_right, result.totals.stance_total
    if total:
        kappa = cohen_kappa(result.stance_pairs)
        shown = "n/a" if kappa is None else f"{kappa:.3f}"
        print(f"  stance agreement {right / total:.3f} ({right}/{total}), kappa {shown}")
    if not verbose:
        return
    for d in result.docs:
        for key in SECTION_ORDER:
            c = d.score.sections[key]
            for m in c.misses:
                print(f"    [{d.score.name}] {key} REFERENCE ONLY  {m}")
            for f in c.false:
                print(f"    [{d.score.name}] {key} OTHER ONLY      {f}")
        for a, b in d.stance_disagreements:
            print(f"    [{d.score.name}] stance {a.stance} / {b.stance}  {a.text}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--set", action="append", help="compare only this set (repeatable)")
    parser.add_argument(
        "--other",
        type=Path,
        default=AGREEMENT_DIR,
        help="folder of the second annotation, one subfolder per set (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    names = args.set or sorted(p.name for p in args.other.iterdir() if p.is_dir())
    results = []
    for name in names:
        result = compare_set(name, args.other)
        if result.docs:
            results.append(result)
            _print(name, result, args.verbose)
    if len(results) > 1:
        overall = SetComparison(
            [d for r in results for d in r.docs], combine([r.totals for r in results])
        )
        _print("overall", overall, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
