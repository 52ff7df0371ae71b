"""A finished analysis or briefing keeps nothing of its documents' texts: what the rules keep
of the text read last (a document's scan, sieves, folded copies: `prefilter.done_reading`)
is let go when the work is done, so a long session holds no document it no longer shows."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace

from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.sources.document import Document
from tests.analysis.wire_story import wire_story

BLOCKS = [
    ("Thai and Cambodian troops trade fire at disputed temple", "heading"),
    (
        "BANGKOK, May 14 - Thai and Cambodian soldiers exchanged fire on Wednesday near a "
        "disputed temple on the border, and Thailand closed two crossings.",
        "text",
    ),
    (
        "ASEAN chair Anwar Ibrahim urged both sides to show restraint and voiced concern about "
        "civilians living near the frontier. The United States called for dialogue.",
        "text",
    ),
]


class _Text(str):
    """A document's text that a weak reference can watch (a plain `str` cannot have one)."""


def _watched(doc_id: str) -> tuple[Document, weakref.ref[_Text]]:
    doc = wire_story(BLOCKS, doc_id=doc_id)
    text = _Text(doc.text)
    return replace(doc, text=text), weakref.ref(text)


def test_an_analysis_keeps_nothing_of_its_text() -> None:
    doc, text = _watched("doc-analysed")
    analysis = analyse(doc)
    assert analysis.sentences
    del doc
    gc.collect()
    assert text() is None


def test_a_briefing_keeps_nothing_of_its_documents_texts() -> None:
    doc, text = _watched("doc-briefed")
    briefing = build_briefing([(doc, analyse(doc))])
    assert any(section.items for section in briefing.sections)
    del doc
    gc.collect()
    assert text() is None
