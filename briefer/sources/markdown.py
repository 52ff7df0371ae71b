"""Load a Markdown (.md) article: YAML front matter for metadata, markdown-it tokens for text.

The body is read from markdown-it-py's token stream, not with regexes, so emphasis, links,
images and inline HTML come out as the words a reader sees. Headings, paragraphs, list items,
quotes, table rows and code blocks each become one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefer.sources.dateline import byline, date_from_body
from briefer.sources.dates import date_in_name, parse_date, year_hint
from briefer.sources.document import Document, ParagraphKind, build_text
from briefer.sources.errors import LoadError
from briefer.sources.raw import RawFile, clean_line, humanise_stem, reject_binary
from briefer.sources.sanitize import decode, sanitize

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])

_MAX_FRONT_MATTER = 64 * 1024
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "date_published", "created")
_SOURCE_KEYS = ("source", "outlet", "publisher", "site", "site_name", "publication")
_AUTHOR_KEYS = ("author", "authors", "byline", "by")
_TAG_KEYS = ("tags", "keywords", "categories", "topics")


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter and the body. Bad YAML yields no metadata, and the block is dropped."""
    import frontmatter
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    if not text.lstrip("\ufeff \t\n").startswith("---"):
        return {}, text
    if len(text) > _MAX_FRONT_MATTER and "\n---" not in text[:_MAX_FRONT_MATTER]:
        return {}, text  # no closing line near the top: a thematic break, not front matter
    try:
        metadata, body = frontmatter.parse(text)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        try:
            _, body = YAMLHandler().split(text.strip())
        except ValueError:
            return {}, text
        return {}, body
    return ({str(k).lower(): v for k, v in metadata.items()}, body)


def _first(meta: dict[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = meta.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


_MAX_NAMES = 50  # YAML aliases can make a small list look astronomically long


def _scalar(value: Any) -> str | None:
    """A plain value as text; lists and mappings are not titles or outlets."""
    if isinstance(value, str | int | float | date):
        return str(value)
    return None


def _names(value: Any) -> list[str]:
    """People or tags given as a string, a list, or objects with a name (at most 50)."""
    out: list[str] = []
    stack = [value]
    while stack and len(out) < _MAX_NAMES:
        item = stack.pop()
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, list | tuple):
            stack.extend(reversed(item[:_MAX_NAMES]))
        elif (text := _scalar(item)) is not None:
            out.append(text)
    return out


def _meta_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


# A note-taking app's wiki link: "[[Armenia]]", "[[European Union|EU]]" (the alias shows),
# "[[Page#Section]]"; with "!" before it, an embedded file or note, which shows no words here.
_WIKI_LINK = re.compile(r"(!?)\[\[([^\[\]|#\n]*)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]")
# A task list's box opening an item: "[ ] call the embassy", "[x] read the statement".
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")


def _wiki_words(match: re.Match[str]) -> str:
    embed, target, alias = match.groups()
    return "" if embed else (alias if alias is not None else target).strip()


def _inline_text(token: Token) -> str:
    """The words an inline token shows: markup dropped, links as their text, images as alt."""
    text = _inline_parts(token)
    if "[[" not in text:
        return text
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _WIKI_LINK.sub(_wiki_words, text))


def _inline_parts(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(child.content or _inline_parts(child))
    return "".join(parts)


def _outlet(source: str) -> str:
    """A web clipper's `source:` is the page's address: its site names the outlet."""
    if not source.startswith(("http://", "https://")):
        return source
    host = urlsplit(source).hostname or source
    return host.removeprefix("www.")


def _only_images(token: Token) -> bool:
    """An inline token that shows nothing but images (and the breaks between them)."""
    children = token.children or ()
    return any(c.type == "image" for c in children) and all(
        c.type in ("image", "softbreak", "hardbreak")
        or (c.type == "text" and not c.content.strip())
        for c in children
    )


def _html_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for junk in tree.css("script, style, noscript"):
        junk.decompose()
    root = tree.body or tree.root
    return " ".join((root.text(separator=" ") if root else "").split())


def blocks_from_tokens(tokens: list[Token]) -> tuple[list[tuple[str, ParagraphKind]], str | None]:
    """Paragraph blocks in document order (kinds from their containers), and the first H1."""
    blocks: list[tuple[str, ParagraphKind]] = []
    first_h1: str | None = None
    containers: list[ParagraphKind] = []  # open "list" / "quote" containers, innermost last
    heading: str | None = None  # tag of the heading being read
    row: list[str] | None = None
    table: list[str] | None = None

    def here() -> ParagraphKind:
        return containers[-1] if containers else "text"

    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif kind == "blockquote_open":
            containers.append("quote")
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if containers:
                containers.pop()
        elif kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "table_open":
            table = []
        elif kind == "table_close":
            if table:
                blocks.append(("\n".join(table), here()))
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if table is not None and row is not None and any(row):
                table.append(" | ".join(row))
            row = None
        elif kind == "inline":
            if heading is None and row is None and _only_images(token):
                continue  # a picture on its own line: its alt text is no sentence of the story
            text = _inline_text(token)
            if row is not None:
                row.append(" ".join(text.split()))
            elif heading is not None:
                blocks.append((text, "heading"))
                if heading == "h1" and first_h1 is None and text.strip():
                    first_h1 = text
            else:
                where = here()
                blocks.append((_TASK_BOX.sub("", text) if where == "list" else text, where))
        elif kind in ("fence", "code_block"):
            blocks.append((token.content.rstrip("\n"), here()))
        elif kind == "html_block":
            blocks.append((_html_text(token.content), here()))
    return blocks, first_h1


def load_markdown(raw: RawFile) -> Document:
    """Build a `Document` from a Markdown file."""
    reject_binary(raw)
    source_text = sanitize(decode(raw.data))
    meta, body = front_matter(source_text)
    if "briefer_version" in meta and "sources" in meta:
        # An exported briefing saved next to the news: read as a source it would cite its own
        # citations, and every sentence of it would turn up twice in a search.
        raise LoadError(f"{raw.name}: a briefing exported by briefer, not a source document")
    tokens = _PARSER.parse(body)
    blocks, first_h1 = blocks_from_tokens(tokens)
    blocks = [(sanitize(text), kind) for text, kind in blocks]
    joined, spans = build_text(blocks)
    if not spans:
        raise LoadError(f"{raw.name}: empty (no text)")

    title = clean_line(_scalar(_first(meta, _TITLE_KEYS)) or "")
    if not title and first_h1:
        title = clean_line(first_h1)
    if not title:
        title = humanise_stem(raw.path)

    when = _meta_date(_first(meta, _DATE_KEYS))
    body_texts = [text for text, kind in blocks if kind != "heading" and text.strip()]
    dateline_source = None
    if when is None:
        when, dateline_source = date_from_body(
            body_texts, year=lambda: year_hint(joined, raw.path.name)
        )
    if when is None:
        when = date_in_name(raw.path.name)  # the file name, never the mtime
    source_names = _names(_first(meta, _SOURCE_KEYS))
    source = _outlet(clean_line(source_names[0])) if source_names else dateline_source
    authors = [clean_line(a.strip("[]")) for a in _names(_first(meta, _AUTHOR_KEYS))]
    if not authors:
        authors = [a for a in map(byline, body_texts[:3]) if a][:1]
    tags = tuple(dict.fromkeys(t for t in map(clean_line, _tags(meta)) if t))
    return raw.document(
        "md",
        title=title,
        text=joined,
        paragraphs=spans,
        date=when,
        source=source,
        author=", ".join(a for a in authors if a),
        tags=tags,
    )


def _tags(meta: dict[str, Any]) -> list[str]:
    value = _first(meta, _TAG_KEYS)
    if isinstance(value, str):
        return value.split(",")
    return _names(value)
