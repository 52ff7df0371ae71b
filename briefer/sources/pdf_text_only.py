"""Paragraphs of a PDF from its text alone, for pages where pypdf could not place every
line: the line-end rules for plain text, page by page, with a paragraph cut by a page break
joined again."""

from __future__ import annotations

import re

from briefer.sources.blocks import paragraphs_from_text
from briefer.sources.document import ParagraphKind
from briefer.sources.pdf_furniture import PAGE_FURNITURE
from briefer.sources.pdf_lines import INNER_SPACES

_SENTENCE_END = re.compile(r"[.!?:\"”’)]$")


def text_only_paragraphs(pages: list[str]) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs of the pages' texts, in order, a paragraph cut by a page break made whole."""
    return _join_across_pages([_page_paragraphs(text) for text in pages])


def _page_paragraphs(text: str) -> list[tuple[str, ParagraphKind]]:
    """One page's paragraphs by the plain-text rules, its page numbers set aside."""
    lines = [line for line in text.split("\n") if not PAGE_FURNITURE.match(line)]
    # Paragraphs are found on the lines as laid out (their widths tell where one ends); the
    # spaces of justification go afterwards.
    return [
        (INNER_SPACES.sub(" ", para), kind)
        for para, kind in paragraphs_from_text("\n".join(lines), dehyphenate=True)
    ]


def _join_across_pages(
    pages: list[list[tuple[str, ParagraphKind]]],
) -> list[tuple[str, ParagraphKind]]:
    """Merge a paragraph cut by a page break (no final stop, next page starts in lower case)."""
    out: list[tuple[str, ParagraphKind]] = []
    for page in pages:
        for i, (text, kind) in enumerate(page):
            if i == 0 and out and kind == "text" and text[:1].islower():
                prev, prev_kind = out[-1]
                if prev_kind == "text" and not _SENTENCE_END.search(prev):
                    if prev.endswith("-") and prev[-2:-1].isalpha():
                        out[-1] = (prev[:-1] + text, prev_kind)
                    else:
                        out[-1] = (prev + " " + text, prev_kind)
                    continue
            out.append((text, kind))
    return out
