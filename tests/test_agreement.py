"""The annotator-agreement comparison: identical annotations agree fully, altered ones do not."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
SAMPLE = GOLD / "agreement" / "dev4" / "turkey-sweden-nato-2.json"


def _agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_agreement", GOLD / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gold_agreement", module)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_annotation_agrees_fully_with_itself() -> None:
    agreement = _agreement()
    result = agreement.compare_files(SAMPLE, SAMPLE)
    for key in ("background", "reactions", "actors", "principals"):
        counts = result.score.sections[key]
        assert counts.tp > 0 and counts.fp == counts.fn == 0, key
        assert counts.f1 == 1.0, key
    n = len(json.loads(SAMPLE.read_text(encoding="utf-8"))["reactions"])
    assert result.score.stance_right == result.score.stance_total == n
    assert result.stance_disagreements == []


def test_an_altered_copy_scores_lower_in_every_section(tmp_path: Path) -> None:
    agreement = _agreement()
    original = json.loads(SAMPLE.read_text(encoding="utf-8"))
    altered = copy.deepcopy(original)
    altered["background"].pop(0)
    altered["reactions"][0]["actors"] = ["Greece"]  # same sentence, another reactor
    altered["reactions"][1]["stance"] = (
        "threat" if original["reactions"][1]["stance"] != "threat" else "other"
    )
    altered["actors"].pop()
    altered["principals"] = [original["principals"][0], "Greece"]
    result = agreement.compare_files(SAMPLE, _write(tmp_path / SAMPLE.name, altered))
    s = result.score.sections
    assert (s["background"].tp, s["background"].fn, s["background"].fp) == (
        len(original["background"]) - 1,
        1,
        0,
    )
    assert (s["reactions"].fn, s["reactions"].fp) == (1, 1)
    assert (s["actors"].fn, s["actors"].fp) == (1, 0)
    assert (s["principals"].tp, s["principals"].fn, s["principals"].fp) == (1, 1, 1)
    for key in ("background", "reactions", "actors", "principals"):
        assert s[key].f1 < 1.0, key
    n = len(original["reactions"])
    assert (result.score.stance_right, result.score.stance_total) == (n - 2, n - 1)
    [(ref, other)] = result.stance_disagreements
    assert ref.text == original["reactions"][1]["text"] and other.stance != ref.stance


def test_sentences_and_names_match_as_the_scorer_matches_them() -> None:
    agreement = _agreement()
    reference = {
        "principals": ["Serbia"],
        "actors": [{"name": "European Union", "type": "ORG"}],
        "background": ['He said "no" to the plan.'],
        "reactions": [
            {"actors": ["European Union"], "stance": "concern", "text": "The EU was concerned."}
        ],
    }
    other = {
        "principals": ["Serbia"],
        "actors": [{"name": "EU", "type": "ORG"}],
        "background": ["He  said “no” to the plan."],
        "reactions": [{"actors": ["EU"], "stance": "other", "text": "The EU was concerned."}],
    }
    result = agreement.compare(reference, other, "x")
    assert all(c.f1 == 1.0 for c in result.score.sections.values())
    assert (result.score.stance_right, result.score.stance_total) == (0, 1)


def test_different_documents_and_held_out_sets_are_refused(tmp_path: Path) -> None:
    agreement = _agreement()
    other = json.loads(SAMPLE.read_text(encoding="utf-8"))
    other["document"] = "tests/gold/dev4/another.txt"
    with pytest.raises(ValueError, match="annotates"):
        agreement.compare_files(SAMPLE, _write(tmp_path / SAMPLE.name, other))
    with pytest.raises(ValueError, match="held-out"):
        agreement.reference_folder("heldout2")


def test_kappa_discounts_chance_agreement() -> None:
    agreement = _agreement()

    def pair(a: str, b: str) -> tuple[Any, Any]:
        return (
            agreement.Reaction("s", frozenset(), a),
            agreement.Reaction("s", frozenset(), b),
        )

    assert agreement.cohen_kappa([pair("support", "support"), pair("threat", "threat")]) == 1.0
    # observed 0.5; both annotators say support half the time, so chance is 0.5 too
    mixed = [pair("support", "support"), pair("support", "threat"), pair("threat", "support")]
    mixed.append(pair("threat", "threat"))
    assert agreement.cohen_kappa(mixed) == pytest.approx(0.0)
    assert agreement.cohen_kappa([pair("other", "other")]) is None
    assert agreement.cohen_kappa([]) is None


def test_the_command_prints_full_agreement_for_a_copy_of_the_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agreement = _agreement()
    reference = GOLD / "dev4" / SAMPLE.name
    (tmp_path / "dev4").mkdir()
    (tmp_path / "dev4" / SAMPLE.name).write_bytes(reference.read_bytes())
    assert agreement.main(["--other", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("dev4: 1 documents")
    assert out.count("F1 1.000") == 4
    assert "ONLY" not in out and "stance agreement 1.000" in out
