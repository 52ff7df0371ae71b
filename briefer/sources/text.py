"""Load a plain-text (.txt) article: headline, byline, dateline and paragraphs (or a message
saved as text: its mail header gives the title, date and author)."""

from __future__ import annotations

import re

from briefer.sources.blocks import WRAP_WIDTH, paragraphs_from_lines, split_blocks
from briefer.sources.dateline import BYLINE, byline, date_from_body, read_dateline
from briefer.sources.dates import date_in_name, year_before, year_hint
from briefer.sources.document import Document, ParagraphKind, build_text
from briefer.sources.errors import LoadError
from briefer.sources.mail_header import read_mail_header
from briefer.sources.raw import RawFile, clean_line, humanise_stem, reject_binary
from briefer.sources.sanitize import decode, sanitize

_MAX_TITLE = 150


# A headline's last word may be an initialism whose dots are no full stop ("... defies U.N.").
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def _headline(blocks: list[list[str]]) -> str | None:
    """The first line when it reads as a headline: short, not a sentence, set apart."""
    first_block = blocks[0]
    line = first_block[0].strip()
    if not line or len(line) >= _MAX_TITLE or line.endswith((",", ";", ":")):
        return None
    if line.endswith(".") and not _INITIALISM_END.search(line):
        return None  # a sentence; a headline may still end on "U.N." or "U.S."
    if read_dateline(line) is not None or BYLINE.match(line):
        return None
    if len(first_block) == 1:
        return line  # followed by a blank line (or the end)
    following = first_block[1].strip()
    if read_dateline(following) is not None or BYLINE.match(following):
        return line
    # Unwrapped text (one line per paragraph) sets the first line apart by itself: a press
    # release's headline followed by its reference line ("SG/SM/21538 — 2 November 2022").
    if max(map(len, first_block)) > WRAP_WIDTH and not line.endswith(('"', "”", "'", "’")):
        return line
    return None


def load_text(raw: RawFile) -> Document:
    """Build a `Document` from a .txt file."""
    reject_binary(raw)
    text = sanitize(decode(raw.data))
    blocks = split_blocks(text)
    if not blocks:
        raise LoadError(f"{raw.name}: empty (no text)")
    header = read_mail_header(blocks[0])
    if header is not None:
        blocks = blocks[1:]  # a message saved as text: its header block is no paragraph
        if not blocks:
            raise LoadError(f"{raw.name}: empty (a mail header and no text)")
    paragraphs: list[tuple[str, ParagraphKind]] = []
    title = header.subject if header is not None else None
    if title is None:
        title = _headline(blocks)
        if title is not None:
            rest = blocks[0][1:]
            blocks = ([rest] if rest else []) + blocks[1:]
    if title is not None:
        paragraphs.append((title, "heading"))
    for block in blocks:
        paragraphs.extend(paragraphs_from_lines(block))
    # Everything after the headline: a short date or reference line may read as a heading.
    body = [p for p, _ in paragraphs[1 if title is not None else 0 :]]
    author = next((a for a in map(byline, body[:3]) if a), None)
    sent = header.sent if header is not None else None
    when, source = date_from_body(
        body, year=lambda: year_hint(text, raw.path.name) or (sent.year if sent else None)
    )
    if sent is not None and when is not None and when > sent:
        when = year_before(when)  # "Dec 30" forwarded on 2 January: last year's
    if header is not None:
        # the story's own dateline first (forwarded wire copy), else when the message was sent
        when = when or sent
        author = author or header.sender
    if title is None:
        title = humanise_stem(raw.path)
    if when is None:
        when = date_in_name(raw.path.name)  # the file name, never the mtime
    joined, spans = build_text(paragraphs)
    if not spans:
        raise LoadError(f"{raw.name}: empty (no text)")
    return raw.document(
        "txt",
        title=clean_line(title),
        text=joined,
        paragraphs=spans,
        date=when,
        source=source,
        author=author,
    )
