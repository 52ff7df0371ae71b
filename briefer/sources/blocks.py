"""Split plain text (a .txt file, a PDF page) into paragraphs.

Plain text comes in three shapes: blank-line separated paragraphs, hard-wrapped lines
(~60-100 columns) that belong together, and one long line per paragraph with no blank lines.
Lines are joined only when the block looks hard-wrapped; a short line that ends a sentence,
an indented line or a bullet starts a new paragraph.
"""

from __future__ import annotations

import re

from briefer.sources.document import ParagraphKind

_BULLET = re.compile(r"^\s*(?:[-*•‣–]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
SENTENCE_END = re.compile(r"[.!?:;\"”’)»]$")
WRAP_WIDTH = 120
_NEARLY_FULL = 0.9
_STARTS_SENTENCE = re.compile(r"^\s*[\"“‘'(«]?[A-Z\d]")
_SHORT = 0.8  # a line shorter than this share of the widest ends its paragraph
HYPHEN_END = re.compile(r"[^\W\d_]-$")


def split_blocks(text: str) -> list[list[str]]:
    """Groups of non-blank lines (right-stripped), separated by blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def heading_like(line: str, width: float) -> bool:
    """A short line without a final stop that starts with a capital: a section heading."""
    text = line.strip()
    return (
        len(text) < min(80, 0.6 * width)
        and text[:1].isupper()
        and SENTENCE_END.search(text) is None
        and not text.endswith((",", "-"))
    )


def paragraphs_from_lines(
    lines: list[str], *, dehyphenate: bool = False
) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs in one block of lines, joining hard-wrapped lines.

    In wrapped text only a paragraph's last line falls well short of the wrap width, so a short
    line ends a paragraph; a bullet, a change of indent or a heading-like line starts one.
    """
    if not lines:
        return []
    width = max(len(line) for line in lines)
    indents = [_indent(line) for line in lines]
    base_indent = min(indents)
    multiline = len(lines) > 1
    out: list[tuple[str, ParagraphKind]] = []
    current: list[str] = []
    kind: ParagraphKind = "text"

    def flush() -> None:
        if current:
            out.append((_join(current, dehyphenate), kind))
            current.clear()

    for i, line in enumerate(lines):
        bullet = _BULLET.match(line) is not None
        heading = multiline and not bullet and heading_like(line, width)
        if current:
            prev = lines[i - 1]
            new_para = (
                bullet
                or heading
                or width > WRAP_WIDTH  # unwrapped text: one line is one paragraph
                or (indents[i] > base_indent and indents[i - 1] == base_indent and kind != "list")
                or len(prev.strip()) < _SHORT * width
                # proportional fonts (PDF) make a full line's length vary: a sentence end
                # followed by a capital on a line not quite full is a paragraph end too
                or (
                    len(prev.strip()) < _NEARLY_FULL * width
                    and SENTENCE_END.search(prev) is not None
                    and _STARTS_SENTENCE.match(line) is not None
                )
            )
            if new_para:
                flush()
        if not current:
            kind = "list" if bullet else "heading" if heading else "text"
        current.append(line.strip())
        if heading:
            flush()
    flush()
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(lines: list[str], dehyphenate: bool) -> str:
    text = lines[0]
    for line in lines[1:]:
        if HYPHEN_END.search(text):
            if dehyphenate and line[:1].islower():
                text = text[:-1] + line
            else:
                text += line
        else:
            text += " " + line
    return text


def paragraphs_from_text(
    text: str, *, dehyphenate: bool = False
) -> list[tuple[str, ParagraphKind]]:
    """All paragraphs of a plain text, block by block."""
    out: list[tuple[str, ParagraphKind]] = []
    for block in split_blocks(text):
        out.extend(paragraphs_from_lines(block, dehyphenate=dehyphenate))
    return out
