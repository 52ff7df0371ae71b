"""Turn an analysed document into the field values Whoosh stores, and read them back."""

from __future__ import annotations

import json
import os
import zlib
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from whoosh.fields import Schema

from briefer.index.schema import build_schema, facet_value, prepare_postings
from briefer.index.scope import folder_of, folder_terms, term_text

if TYPE_CHECKING:  # the analysis code loads only where a document is analysed or read back
    from briefer.analysis.model import Analysis
    from briefer.sources.document import Document


def pack(data: dict[str, Any]) -> bytes:
    """Compressed JSON: the stored form of Document and Analysis."""
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), 1)


def unpack(blob: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    return result


def entity_names(analysis: Analysis) -> list[tuple[str, str]]:
    """(canonical name, type) pairs, most mentioned first."""
    return [key for key, _ in analysis.entity_counts().most_common()]


_SCHEMA: Schema | None = None


def _schema() -> Schema:
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = build_schema()
    return _SCHEMA


def document_fields(doc: Document, analysis: Analysis) -> dict[str, Any]:
    """Keyword arguments for `writer.add_document` / `update_document`.

    Title and body arrive already analysed (`Postings`), so this, which runs in the worker
    processes, does the tokenising and stemming, and the writer only adds postings.
    """
    schema = _schema()
    entities = entity_names(analysis)
    names = list(dict.fromkeys(name for name, _ in entities))
    types = sorted({kind for _, kind in entities})
    month = doc.date.strftime("%Y-%m") if doc.date else None
    name = term_text(os.path.basename(doc.path))
    fields: dict[str, Any] = {
        "id": doc.id,
        "path": term_text(doc.path),
        "_stored_path": doc.path,  # the real name, to reopen the file
        "dir": folder_terms(doc.path),
        "filename": name,
        "basename": name,
        "title": prepare_postings(schema, "title", doc.title),
        "_stored_title": doc.title,
        "body": prepare_postings(schema, "body", doc.text),
        "format": doc.format,
        "facets": facet_value(doc.source, month, names, folder_of(doc.path), doc.id),
        "doc": pack(doc.to_dict()),
        "analysis": pack(analysis_dict(analysis, doc.text)),
    }
    if doc.source:
        fields["source"] = doc.source
    if doc.author:
        fields["author"] = doc.author
    if doc.date:
        fields["date"] = datetime.combine(doc.date, time())
    if names:
        # One name per line: a phrase cannot run from one name into the next word by much.
        fields["entity"] = "\n".join(names)
    if types:
        fields["type"] = " ".join(types)
    return fields


def analysis_dict(analysis: Analysis, text: str) -> dict[str, Any]:
    """`Analysis.to_dict()` without the sentence texts that are plain slices of `text`
    (they would store the document a second time); `analysis_from` puts them back."""
    data = analysis.to_dict()
    for row in data["sentences"]:
        if row[3] == text[row[0] : row[1]]:
            row[3] = None
    return data


def analysis_from(data: dict[str, Any], text: str) -> Analysis:
    from briefer.analysis.model import Analysis

    for row in data["sentences"]:
        if row[3] is None:
            row[3] = text[row[0] : row[1]]
    return Analysis.from_dict(data)
