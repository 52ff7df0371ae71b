"""A faster commit for the sync's writer: Whoosh's loop that writes every posting, same bytes.

At commit Whoosh walks every posting of the segment (about 300 a document) through
`FieldWriter.add_postings`, which for each one reads the document's field length back from
the column file just written (a seek and a read), then calls `add` and the postings writer's
`add_posting` (five type assertions). That loop was 1.5 ms a document of the writer's 2.4.
`speed_up_commit` gives one writer a version of the loop that reads each length column once
and appends to the postings writer's block directly, doing what `W3PostingsWriter.add_posting`
does for valid postings; the files written are byte for byte the same
(tests/index/test_commit_postings.py). Only a writer of Whoosh's own classes is changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MethodType
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3FieldWriter, W3PostingsWriter, _lenfield
from whoosh.fields import Schema
from whoosh.util.numeric import byte_to_length
from whoosh.writing import IndexWriter

Posting = tuple[str, bytes, int, float, bytes | None]


def speed_up_commit(writer: IndexWriter) -> IndexWriter:
    """`writer` with the fast posting loop, if it is a writer of Whoosh's own classes (else
    as it is)."""
    fieldwriter: Any = getattr(writer, "fieldwriter", None)
    if type(fieldwriter) is W3FieldWriter:
        fieldwriter.add_postings = MethodType(_add_postings, fieldwriter)
    return writer


def _lengths(lengths: Any, fieldname: str) -> list[int | None] | None:
    """Every document's length of `fieldname` as `doc_field_length` gives it (None for a
    zero byte), read once; None where there is no such column (every length is then 0)."""
    if lengths is None:
        return None
    reader = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if reader is None:
        return None
    return [byte_to_length(b) if b else None for b in reader.load()]


def _add_postings(
    self: W3FieldWriter, schema: Schema, lengths: Any, items: Iterable[Posting]
) -> None:
    """`FieldWriter.add_postings` with field lengths read per column and `add_posting` inlined
    (a posting for a document past the lengths read asks `doc_field_length` as before)."""
    lastfn: str | None = None
    lasttext: bytes | None = None
    column: list[int | None] | None = None
    pw: W3PostingsWriter | None = None
    limit = 0
    for fieldname, btext, docnum, weight, value in items:
        if lastfn is not None and fieldname < lastfn:
            raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
        if fieldname == lastfn and lasttext and btext < lasttext:
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
        if fieldname != lastfn:
            if lasttext is not None:
                self.finish_term()
            if lastfn is not None:
                self.finish_field()
            self.start_field(fieldname, schema[fieldname])
            lastfn = fieldname
            lasttext = None
            column = _lengths(lengths, fieldname)
            pw = self._postwriter
            if type(pw) is not W3PostingsWriter or pw._byteids:
                pw = None  # another postings writer: its own `add_posting`
            else:
                limit = pw._blocklimit
        if docnum == -1:
            continue  # a spelling word, skipped as Whoosh does
        if btext != lasttext:
            if lasttext is not None:
                self.finish_term()
            self.start_term(btext)
            lasttext = btext
        length: int | None
        if column is None:
            length = 0
        elif docnum < len(column):
            length = column[docnum]
        else:
            length = lengths.doc_field_length(docnum, fieldname)
        if value is None:
            value = b""
        if pw is None:
            self.add(docnum, weight, value, length)
            continue
        # W3PostingsWriter.add_posting for a valid posting.
        if len(pw._ids) >= limit:
            pw._write_block()
        pw._ids.append(docnum)
        pw._weights.append(weight)
        if weight > pw._maxweight:
            pw._maxweight = weight
        if value:
            pw._values.append(value)
        if length:
            least = pw._minlength
            if least is None or length < least:
                pw._minlength = length
            if length > pw._maxlength:
                pw._maxlength = length
    if lasttext is not None:
        self.finish_term()
    if lastfn is not None:
        self.finish_field()
