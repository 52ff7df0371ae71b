"""Analysis: entity mentions, sentences, labels, speakers and stances of one document."""

from __future__ import annotations

from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.pipeline import analyse

__all__ = ["Analysis", "Mention", "Sentence", "analyse"]
