"""The development gold as training material: documents, their analyses and their answers.

Only development sets are read here. Held-out sets (`heldout*`) are never training data and
never tuning data; `development_sets` refuses them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from briefer.analysis import analyse
from briefer.analysis.model import Analysis
from briefer.sources import load_document
from briefer.sources.document import Document

ROOT = Path(__file__).resolve().parents[1]


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", ROOT / "tests/gold/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: tests/gold/score.py: the one place that knows the sets and how sentences and actors match.
scorer = _load_scorer()


def development_sets() -> list[str]:
    """Every development set the scorer knows (dev, dev2, ...), in its order."""
    return [name for name in scorer.SETS if not name.startswith("heldout")]


@dataclass(frozen=True)
class GoldDocument:
    """One annotated development document, loaded and analysed by the current code."""

    group: str
    path: Path
    gold: dict[str, Any]
    document: Document
    analysis: Analysis


def gold_documents(groups: Sequence[str] | None = None) -> Iterator[GoldDocument]:
    """Annotated documents of the named development sets (all of them by default)."""
    names = development_sets() if groups is None else list(groups)
    for name in names:
        if name.startswith("heldout"):
            raise ValueError(f"{name} is held out: never training data")
        folder, _ = scorer.SETS[name]
        for path in scorer.gold_files(folder):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = load_document(ROOT / gold["document"])
            yield GoldDocument(name, path, gold, doc, analyse(doc))
