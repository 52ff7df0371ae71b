"""A document built from (text, kind) blocks and analysed: the briefing tests' common input."""

from __future__ import annotations

from datetime import date

from briefer.analysis import analyse
from briefer.analysis.model import Analysis
from briefer.sources.document import Document
from tests.analysis.wire_story import wire_story


def make_doc(
    doc_id: str, blocks: list[tuple[str, str]], published: date = date(2031, 3, 4)
) -> tuple[Document, Analysis]:
    """A wire story whose first block is its headline, analysed as the library would."""
    doc = wire_story(blocks, doc_id=doc_id, published=published)
    return doc, analyse(doc)
