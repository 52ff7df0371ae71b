"""A document built from (text, kind) blocks and analysed: the briefing tests' common input."""

from __future__ import annotations

from datetime import date

from briefer.analysis import analyse
from briefer.analysis.model import Analysis
from briefer.sources.document import Document, build_text


def make_doc(
    doc_id: str, blocks: list[tuple[str, str]], published: date = date(2031, 3, 4)
) -> tuple[Document, Analysis]:
    """A wire story whose first block is its headline, analysed as the library would."""
    text, paragraphs = build_text(blocks)  # type: ignore[arg-type]
    doc = Document(
        id=doc_id,
        path=f"/tmp/{doc_id}.txt",
        format="txt",
        title=blocks[0][0],
        text=text,
        paragraphs=paragraphs,
        content_hash=doc_id * 4,
        size=len(text),
        mtime=0.0,
        date=published,
        source="Test Wire",
    )
    return doc, analyse(doc)
