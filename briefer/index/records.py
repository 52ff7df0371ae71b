"""Turn an analysed document into the field values Whoosh stores, and read them back."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from datetime import datetime, time
from typing import Any

from briefer.analysis.model import Analysis
from briefer.index.schema import facet_value
from briefer.sources.document import Document


def pack(data: dict[str, Any]) -> bytes:
    """Compressed JSON: the stored form of Document and Analysis."""
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"), 3)


def unpack(blob: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    return result


def entity_names(analysis: Analysis) -> list[tuple[str, str]]:
    """(canonical name, type) pairs, most mentioned first."""
    counts = Counter((m.canonical, m.type) for m in analysis.mentions)
    return [key for key, _ in counts.most_common()]


def document_fields(doc: Document, analysis: Analysis) -> dict[str, Any]:
    """Keyword arguments for `writer.add_document` / `update_document`."""
    entities = entity_names(analysis)
    names = list(dict.fromkeys(name for name, _ in entities))
    types = sorted({kind for _, kind in entities})
    month = doc.date.strftime("%Y-%m") if doc.date else None
    fields: dict[str, Any] = {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "body": doc.text,
        "format": doc.format,
        "facets": facet_value(doc.source, month, names),
        "doc": pack(doc.to_dict()),
        "analysis": pack(analysis.to_dict()),
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


def empty_analysis(doc: Document) -> Analysis:
    return Analysis(doc_id=doc.id, mentions=(), sentences=())
