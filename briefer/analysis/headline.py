"""The headline a document keeps outside its text, read apart and set back for its readers.

A Markdown clipping keeps its headline in the front matter (`title:`), a saved page in its
`<title>` or metadata, so `Document.text` may open on "Good morning." while the story's sides
and event are named only in the title. The readers of "the headline" expect it as the first
paragraph, as a wire copy has it. `analyse_headlined` reads the title on its own and keeps its
sentences and mentions apart (`Analysis.headline`), so the text's offsets, paragraph numbers,
sentences and labels are those it has without it: the title is never cited, listed or shown.
`with_headline` sets it back before the text for the readers of the headline (the principal
parties and the story's event, in the briefing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from briefer.analysis.model import Analysis
from briefer.sources.document import Document, Paragraph
from briefer.sources.raw import humanise_stem

# The paragraphs at the top of the text that may already carry the headline (a kicker or a
# section label can come before it).
_HEAD_PARAGRAPHS = 3
# A heading that is most of the title ("U.S. troops land in Haiti" under "Newsletter: U.S.
# troops land in Haiti") is the headline already.
_MOST_OF_TITLE = 0.6
_WORD = re.compile(r"\w+")
_GAP = "\n\n"


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def missing_headline(doc: Document) -> str | None:
    """The document's title if the text does not already open with it, else None. A title made
    from the file name is no headline."""
    title = doc.title.strip()
    key = _norm(title)
    if not key or title == humanise_stem(Path(doc.path)):
        return None
    for p in doc.paragraphs[:_HEAD_PARAGRAPHS]:
        head = _norm(doc.text[p.start : p.end])
        if key in head or (len(head) >= _MOST_OF_TITLE * len(key) and head in key):
            return None
    return title


def analyse_headlined(
    doc: Document, headline: str, read: Callable[[Document], Analysis]
) -> Analysis:
    """`read` over the document's text, and over `headline` on its own as a one-heading
    document: the text's sentences and labels are those it has without a headline, and the
    headline's sentences and mentions (offsets into `headline`) are kept apart."""
    body = read(doc)
    head = read(
        replace(doc, text=headline, paragraphs=(Paragraph(1, 0, len(headline), "heading"),))
    )
    return replace(
        body,
        headline=headline,
        headline_mentions=head.mentions,
        headline_sentences=head.sentences,
    )


def with_headline(doc: Document, analysis: Analysis) -> tuple[Document, Analysis]:
    """The document and analysis as their readers of "the headline" see them: the headline
    kept apart (`analysis.headline`) set back before the text as paragraph 1, everything else
    one paragraph on. For the choice of the story's sides only: never cite from it."""
    headline = analysis.headline
    if not headline:
        return doc, analysis
    off = len(headline) + len(_GAP)
    moved = [Paragraph(p.number + 1, p.start + off, p.end + off, p.kind) for p in doc.paragraphs]
    reading = replace(
        doc,
        text=headline + _GAP + doc.text,
        paragraphs=(Paragraph(1, 0, len(headline), "heading"), *moved),
    )
    mentions = analysis.headline_mentions + tuple([m.relative_to(-off) for m in analysis.mentions])
    sentences = analysis.headline_sentences + tuple(
        [
            replace(s, start=s.start + off, end=s.end + off, paragraph=s.paragraph + 1)
            for s in analysis.sentences
        ]
    )
    return reading, Analysis(analysis.doc_id, mentions, sentences)
