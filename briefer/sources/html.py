"""Load a saved web article (.html/.htm): metadata from meta tags and JSON-LD, the story text
without the page's navigation, cookie banners, share bars and other furniture.

Parsing uses selectolax's lexbor backend (fast, tolerant of broken markup). The story is the
`<article>` (or `itemprop=articleBody`, or `<main>`), else the element holding the most
paragraph text; its paragraphs are read in document order, each element once.
A page nested deeper than `MAX_DEPTH` elements is refused before parsing (see `nesting_depth`).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from briefer.sources.dateline import byline, date_from_body
from briefer.sources.dates import date_in_name, parse_date, year_hint
from briefer.sources.document import Document, ParagraphKind, build_text
from briefer.sources.errors import LoadError
from briefer.sources.raw import RawFile, clean_line, reject_binary
from briefer.sources.sanitize import decode, sanitize

# An inline style that hides the element: tracking text, pre-rendered menus, closed pop-ups.
_INVISIBLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)

_DROP_TAGS = (
    "script, style, noscript, nav, footer, aside, form, iframe, svg, template, button, "
    "select, input, textarea, dialog, object, embed, canvas, video, audio, map"
)
_BOILERPLATE = re.compile(
    r"(?:^|[-_\s])(?:"
    # words that may start a longer class name: "cookiebar", "newsletter-box", "promoted"
    r"(?:cookie|consent|gdpr|newsletter|subscri|advert|sponsor|promo|breadcrumb|paywall|popup|"
    r"recommend|outbrain|taboola|signup|kicker|eyebrow)\w*"
    # words that must stand alone: "share" but not "shared", "comments" but not "commentary"
    r"|(?:banner|share|sharing|social|related|ads?|menu|comments?|sidebar|modal|most-read|credits?|"
    r"more-stories|read-more|trending|popular)(?:$|[-_\s])"
    r")",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
        "font", "ins", "del",
    }
)  # fmt: skip
_ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "report", "scholarlyarticle", "liveblogposting",
    }
)  # fmt: skip
_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DATE_META = (
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
    "datepublished",
)


# Nesting depth. lexbor's tree building slows quadratically with depth (100,000 nested <div>,
# a 1.2 MB file: 9 s; 200,000: 80 s), so a page is measured before it is parsed. Real article
# pages nest a few dozen levels; MAX_DEPTH leaves a wide margin.
MAX_DEPTH = 5000
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)|<!--")
# Elements that never hold children (void), or whose end tag the parser supplies when a
# sibling starts (`<p>one<p>two` is two paragraphs, not one inside the other): not nesting.
_FLAT = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head", "body",
    }
)  # fmt: skip
# Elements whose content is skipped to their end tag: raw text (a script's "<div>" strings are
# not elements), and SVG/MathML, where `<path/>` really is self-closing.
_SKIPPED = ("script", "style", "textarea", "title", "xmp", "noscript", "noembed", "noframes",
            "iframe", "svg", "math")  # fmt: skip
_SKIP_TO = {name: re.compile(rf"</{name}\b", re.IGNORECASE) for name in _SKIPPED}


def nesting_depth(html: str, limit: int = MAX_DEPTH) -> int:
    """The deepest element nesting in `html`, approximately, in one linear pass over its tags;
    the count stops as soon as it passes `limit` (then the result is `limit + 1`)."""
    depth = deepest = 0
    resume = 0  # matches before this offset are inside a skipped element or comment
    for m in _TAG_START.finditer(html):
        if m.start() < resume:
            continue
        name = m.group(2)
        if name is None:  # a comment: resume after its end
            end = html.find("-->", m.end())
            if end < 0:
                break
            resume = end + 3
            continue
        name = name.lower()
        if m.group(1):
            if name not in _FLAT and depth:
                depth -= 1
            continue
        if name in _SKIP_TO:
            close = _SKIP_TO[name].search(html, m.end())
            if close is None:
                break
            resume = close.end()
        elif name == "plaintext":  # everything after it is text
            break
        elif name not in _FLAT:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


def decode_html(data: bytes) -> str:
    """Decode page bytes, honouring a `<meta charset>` when the bytes are not UTF-8."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    if m is not None:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


# ---- metadata -------------------------------------------------------------------------


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    """`<meta>` values keyed by lower-cased property/name/itemprop; the first one wins."""
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs.get(key)
            if name:
                out.setdefault(name.strip().lower(), content)
    return out


def _json_ld_objects(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD scripts, flattening lists and `@graph`s."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(deep=True) or "null", strict=False)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
                yield item


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _article_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The page's JSON-LD article object (NewsArticle and kin), or {}."""
    found: dict[str, Any] = {}
    for obj in _json_ld_objects(tree):
        if _types(obj) & _ARTICLE_TYPES:
            return obj
        if not found and "datePublished" in obj and "headline" in obj:
            found = obj
    return found


def _ld_names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value: a string, an object or a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item)]
    return []


def _strip_site(title: str, site: str | None) -> str:
    """'Story | Site' -> 'Story' when the site's name is known."""
    if not site:
        return title
    low_site = site.strip().lower()
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if tail.strip().lower() == low_site and head.strip():
                return head.strip()
            first, _, rest = title.partition(sep)
            if first.strip().lower() == low_site and rest.strip():
                return rest.strip()
    return title


def _site_from_title(title: str, headline: str) -> str | None:
    """'Story - Site' names the site when 'Story' is the page's headline."""
    title, headline = " ".join(title.split()), " ".join(headline.split())
    if not headline:
        return None
    for sep in _TITLE_SEPARATORS:
        if title.startswith(headline + sep):
            rest = title[len(headline) + len(sep) :].strip()
            if 0 < len(rest) <= 60:
                return rest
    return None


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "//", "/"))


# ---- cleaning and main-text selection ---------------------------------------------------


def _attr_text(node: LexborNode) -> str:
    attrs = node.attributes
    return " ".join(
        v for k in ("id", "class", "aria-label") if (v := attrs.get(k)) is not None and v
    )


def _p_text_len(node: LexborNode) -> int:
    return sum(len(p.text(deep=True)) for p in node.css("p"))


# A list of at least this many items, each nothing but a link, is a menu or a list of other
# stories (pages keep them outside `<nav>` too), never the story's own words.
LINK_LIST_MIN = 3


def _visible_length(node: LexborNode) -> int:
    return len("".join(node.text(deep=True).split()))


def _is_link_list(node: LexborNode) -> bool:
    items = [(li, n) for li in node.css("li") if (n := _visible_length(li))]
    if len(items) < LINK_LIST_MIN:
        return False
    return all(sum(_visible_length(a) for a in li.css("a")) >= 0.9 * n for li, n in items)


def _remove_boilerplate(root: LexborNode) -> None:
    """Drop page furniture: scripts, navigation, banners, share bars, related links, lists
    that are only links."""
    for node in root.css(_DROP_TAGS):
        node.decompose()
    for node in root.css("header"):
        # A page header goes; an article's own header (headline, byline, date) stays.
        parent = node.parent
        inside_article = False
        while parent is not None:
            if parent.tag in ("article", "main"):
                inside_article = True
                break
            parent = parent.parent
        if not inside_article:
            node.decompose()
    for node in root.css("[hidden], [aria-hidden=true]"):
        node.decompose()
    for node in root.css("[style]"):
        if _INVISIBLE.search(node.attributes.get("style") or ""):
            node.decompose()
    for node in [n for n in root.css("ul, ol") if _is_link_list(n)]:
        node.decompose()
    total = _p_text_len(root) or 1
    for node in root.css("[id], [class], [role], [aria-label]"):
        if node.tag in ("html", "body", "article", "main"):
            continue
        role = (node.attributes.get("role") or "").strip().lower()
        if role not in _BOILERPLATE_ROLES and not _BOILERPLATE.search(_attr_text(node)):
            continue
        if node.css_first("article, main, [itemprop=articleBody]") is not None:
            continue
        if _p_text_len(node) > 0.4 * total:
            continue  # a class name like "has-share-bar" on the story itself
        node.decompose()


def _main_node(root: LexborNode) -> LexborNode:
    """The element that holds the story: the page's own mark-up for it (`_marked_story`) unless
    that holds under a third of the page's paragraph text while a block elsewhere holds more
    than twice as much (an `<article>` round the headline or a teaser, the body in a `<div>`)."""
    marked = _marked_story(root)
    if marked is not None:
        size = _p_text_len(marked)
        if size >= _MARKED_SHARE * _p_text_len(root):
            return marked
        densest = _densest_block(root)
        if densest is not None and _p_text_len(densest) > 2 * size:
            return densest
        return marked
    return _densest_block(root) or root


_MARKED_SHARE = 1 / 3


def _marked_story(root: LexborNode) -> LexborNode | None:
    """The element the page marks as its story: the `<article>` with the most paragraph text
    (or the parent of sibling posts), else `articleBody`, `<main>`, `role=main`."""
    articles = root.css("article")
    if articles:
        best = max(articles, key=_p_text_len)
        size = _p_text_len(best)
        if size > 0:
            # Posts side by side, each an <article> (a live blog): the story is all of them,
            # read from their parent. A story beside teasers dominates them and stands alone.
            parent = best.parent
            if parent is not None and parent.tag not in ("html", "body"):
                posts = [
                    a for a in articles if a.parent is not None and a.parent.mem_id == parent.mem_id
                ]
                if len(posts) >= 2 and sum(map(_p_text_len, posts)) >= 2 * size:
                    return parent
            return best
    for selector in ("[itemprop=articleBody]", "main", "[role=main]"):
        node = root.css_first(selector)
        if node is not None and _p_text_len(node) > 0:
            return node
    return None


def _densest_block(root: LexborNode) -> LexborNode | None:
    """The element whose paragraphs' text is largest, each paragraph counting for its parent
    and half for its grandparent: a story whose paragraphs sit in several sibling blocks (split
    around ads or by column) is read from the element holding the blocks, while one block
    holding them all keeps the lead."""
    scores: dict[int, tuple[LexborNode, float]] = {}
    for p in root.css("p"):
        size = len(p.text(deep=True))
        parent = p.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            node, score = scores.get(parent.mem_id, (parent, 0.0))
            scores[parent.mem_id] = (node, score + share * size)
            parent = parent.parent
    if scores:
        return max(scores.values(), key=lambda pair: pair[1])[0]
    return None


# ---- paragraphs ---------------------------------------------------------------------------


def _inline(node: LexborNode) -> str:
    """An element's text as a reader sees it: whitespace folded, `<br>` kept as a newline."""
    for br in node.css("br"):
        br.replace_with(_BR)
    return _fold(_lines(node.text(deep=True, separator="")))


_BR = "\x00"  # stands for <br> while reading: the parser never leaves a NUL in text


def _lines(text: str) -> str:
    """Source newlines are spaces in HTML; only <br> breaks a line."""
    return text.replace("\n", " ").replace(_BR, "\n")


def _fold(text: str) -> str:
    """Fold whitespace within lines, keep single line breaks, drop empty lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _is_layout_table(table: LexborNode) -> bool:
    """A table that lays out the page rather than holding data: its cells hold paragraphs,
    blocks, a blank line made of `<br>`s, or prose too long for a cell of figures (older
    sites set whole stories in one)."""
    blocks = table.css("p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, table")
    if any(node.mem_id != table.mem_id for node in blocks):  # (css also matches the table)
        return True
    for cell in table.css("td, th"):
        if _visible_length(cell) > _LAYOUT_CELL or _DOUBLE_BR.search(cell.html or ""):
            return True
    return False


_LAYOUT_CELL = 300
_DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.IGNORECASE)


def _table_text(table: LexborNode) -> str:
    rows = []
    for tr in table.css("tr"):
        cells = [" ".join(c.text(deep=True, separator=" ").split()) for c in tr.css("th, td")]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def paragraphs_from(node: LexborNode) -> list[tuple[str, ParagraphKind]]:
    """Paragraph blocks under `node` in document order, each element read once.

    Text not inside a paragraph element (words straight in a `<div>`, a list item's own words)
    becomes a paragraph of its own; a double `<br>` separates such paragraphs.
    """
    out: list[tuple[str, ParagraphKind]] = []
    loose: list[str] = []

    def flush(kind: ParagraphKind) -> None:
        for chunk in re.split(r"\n\s*\n", _lines("".join(loose))):
            text = _fold(chunk)
            if text:
                out.append((text, kind))
        loose.clear()

    def walk(parent: LexborNode, kind: ParagraphKind) -> None:
        for child in parent.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                loose.append(child.text_content or "")
            elif tag == "br":
                loose.append(_BR)
            elif tag in _INLINE:
                loose.append(child.text(deep=True, separator=""))
            elif tag in ("-comment", "img"):
                continue
            else:
                flush(kind)
                if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    out.append((_inline(child), "heading"))
                elif tag == "p":
                    out.append((_inline(child), kind))
                elif tag == "pre":
                    out.append((child.text(deep=True, separator="").strip("\n"), kind))
                elif tag == "table" and not _is_layout_table(child):
                    out.append((_table_text(child), kind))
                elif tag == "blockquote":
                    walk(child, "quote")
                elif tag == "li":
                    walk(child, "quote" if kind == "quote" else "list")
                else:
                    walk(child, kind)
        flush(kind)

    walk(node, "text")
    return [(text, kind) for text, kind in out if text.strip()]


def load_html(raw: RawFile) -> Document:
    """Build a `Document` from a saved web page."""
    reject_binary(raw)
    html = decode_html(raw.data)
    # fewer '<' than the limit cannot nest past it: most pages skip the measuring
    if html.count("<") > MAX_DEPTH and nesting_depth(html) > MAX_DEPTH:
        raise LoadError(f"{raw.name}: too deeply nested HTML (over {MAX_DEPTH:,} levels)")
    tree = LexborHTMLParser(html)
    meta = _meta(tree)
    article = _article_ld(tree)
    site = meta.get("og:site_name") or next(iter(_ld_names(article.get("publisher"))), None)

    title_tag = tree.css_first("title")
    h1 = tree.css_first("h1")
    ld_headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    if not site and title_tag is not None:
        headline = (
            meta.get("og:title") or ld_headline or (h1.text(deep=True) if h1 is not None else "")
        )
        site = _site_from_title(title_tag.text(deep=True), headline)
    title = ""
    for candidate in (
        meta.get("og:title"),
        meta.get("twitter:title"),
        _strip_site(title_tag.text(deep=True), site) if title_tag is not None else None,
        ld_headline,
        h1.text(deep=True) if h1 is not None else None,
    ):
        if candidate and clean_line(candidate):
            title = clean_line(candidate)
            break

    author_names = [meta["author"]] if meta.get("author") else []
    if not author_names and meta.get("article:author") and not _is_url(meta["article:author"]):
        author_names = [meta["article:author"]]
    if not author_names:
        author_names = _ld_names(article.get("author"))
    if not author_names:
        link = tree.css_first('[rel="author"]')
        if link is not None:
            author_names = [link.text(deep=True)]
    authors = list(dict.fromkeys(a for a in map(clean_line, author_names) if a))

    time_node = tree.css_first("time[datetime]")
    when = None
    for value in (
        meta.get("article:published_time"),
        article.get("datePublished") if isinstance(article.get("datePublished"), str) else None,
        time_node.attributes.get("datetime") if time_node is not None else None,
        *(meta.get(key) for key in _DATE_META),
    ):
        when = parse_date(value)
        if when is not None:
            break

    keywords = meta.get("keywords") or meta.get("news_keywords") or ""
    tags = tuple(dict.fromkeys(t for t in (clean_line(k) for k in keywords.split(",")) if t))

    body = tree.body
    if body is None:
        raise LoadError(f"{raw.name}: no page body")
    _remove_boilerplate(body)
    found = paragraphs_from(_main_node(body))
    ld_body = article.get("articleBody")
    if isinstance(ld_body, str) and len(ld_body) > 2 * sum(len(t) for t, _ in found):
        # A page its scripts fill in (saved before they ran) keeps its story in the JSON-LD.
        # (one paragraph a line; blank lines fold to nothing, which build_text drops)
        found = [(_fold(line), "text") for line in ld_body.split("\n")]
    blocks = [(sanitize(text), kind) for text, kind in found]
    joined, spans = build_text(blocks)
    if not spans:
        raise LoadError(f"{raw.name}: no readable text in the page")

    dateline_source = None
    if when is None:
        texts = [text for text, kind in blocks if kind != "heading" and text.strip()]
        when, dateline_source = date_from_body(texts, year=lambda: year_hint(joined, raw.path.name))
    if when is None:
        when = date_in_name(raw.path.name)  # the file name, never the mtime
    if not authors:
        texts = [text for text, kind in blocks if kind != "heading"]
        authors = [a for a in map(byline, texts[:3]) if a][:1]
    source = site or dateline_source
    return raw.document(
        "html",
        title=title,
        text=joined,
        paragraphs=spans,
        date=when,
        source=source,
        author=", ".join(authors),
        tags=tags,
    )
