"""The Whoosh schema and its version; a version mismatch makes `sync` rebuild the index."""

from __future__ import annotations

from typing import Any

from whoosh import columns, fields
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.support.charset import accent_map

# Bump whenever the fields or what goes into them change: old indexes are then rebuilt.
SCHEMA_VERSION = 2

# Fields the query language exposes by name (besides the default title + body).
QUERY_FIELDS = ("title", "body", "source", "author", "entity", "type", "format", "date", "path")

# Separators inside the `facets` column value (see `facet_value`).
FIELD_SEP = "\x1f"
ITEM_SEP = "\x1e"


class Postings(tuple):  # type: ignore[type-arg]
    """A field value analysed ahead of time: Whoosh's (term bytes, freq, weight, value bytes)
    tuples. Worker processes analyse the text so the single writer only has to add postings."""

    __slots__ = ()


class PreparedTEXT(fields.TEXT):  # type: ignore[misc]
    """A TEXT field that also accepts `Postings` computed by `prepare_postings`."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, Postings):
            return iter(value)
        return super().index(value, **kwargs)


def prepare_postings(schema: fields.Schema, fieldname: str, text: str) -> Postings:
    """Analyse `text` for `fieldname` as the writer would (stemming, positions, characters)."""
    return Postings(schema[fieldname].index(text))


def words_analyzer() -> Analyzer:
    """Lowercased, accent-folded words, no stemming and no stop words: outlets, authors,
    entity names ("vucic" finds "Vučić")."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def text_analyzer() -> Analyzer:
    """Whoosh's stemming analyser with accents folded before stop words and stemming."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter()
        | StemFilter()
    )


def build_schema() -> fields.Schema:
    """The schema. `body` keeps character offsets so highlights land on the words as written."""
    stem = text_analyzer()
    return fields.Schema(
        id=fields.ID(unique=True, stored=True),
        path=fields.ID(stored=True),
        title=PreparedTEXT(analyzer=stem, stored=True, field_boost=2.0),
        body=PreparedTEXT(analyzer=stem, chars=True),
        source=fields.TEXT(analyzer=words_analyzer(), stored=True),
        author=fields.TEXT(analyzer=words_analyzer(), stored=True),
        date=fields.DATETIME(stored=True, sortable=True),
        format=fields.KEYWORD(lowercase=True, stored=True),
        entity=fields.TEXT(analyzer=words_analyzer()),
        type=fields.KEYWORD(lowercase=True),
        # One value per document for facet counts: source, month and entity names.
        facets=fields.COLUMN(columns.VarBytesColumn()),
        # zlib-compressed JSON of Document.to_dict() and Analysis.to_dict().
        doc=fields.STORED(),
        analysis=fields.STORED(),
    )


def facet_value(source: str | None, month: str | None, entities: list[str]) -> bytes:
    """Pack what the facets count into one column value."""
    items = ITEM_SEP.join(entities)
    return FIELD_SEP.join((source or "", month or "", items)).encode("utf-8")


def parse_facet_value(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    """The inverse of `facet_value`: (source, month, entity names)."""
    if not raw:
        return "", "", ()
    source, month, items = raw.decode("utf-8").split(FIELD_SEP, 2)
    return source, month, tuple(items.split(ITEM_SEP)) if items else ()
