"""A wire story built from (text, kind) blocks, the first block its headline: the input of the
analysis tests that read a whole document, and of the briefing tests (tests/briefing/analysed.py
analyses it)."""

from __future__ import annotations

from datetime import date

from briefer.sources.document import Document, build_text


def wire_story(
    blocks: list[tuple[str, str]], *, doc_id: str, published: date | None = date(2031, 5, 14)
) -> Document:
    text, paragraphs = build_text(blocks)  # type: ignore[arg-type]
    return Document(
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
