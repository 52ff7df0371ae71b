"""Analysis: entity mentions, sentences, labels, speakers and stances of one document.

The models load at once; `analyse` (and the gazetteer, name data and automata behind it) only
on first use, so commands and modules that merely pass analyses around start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefer.analysis.model import Analysis, Mention, Sentence

if TYPE_CHECKING:
    from briefer.analysis.pipeline import analyse

__all__ = ["Analysis", "Mention", "Sentence", "analyse"]


def __getattr__(name: str) -> Any:
    if name == "analyse":
        from briefer.analysis.pipeline import analyse

        return analyse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
