"""The sync writer's faster commit writes exactly the files Whoosh's own commit writes."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from whoosh import index as windex
from whoosh.codec.whoosh3 import W3FieldWriter

from briefer.index.commit_postings import speed_up_commit
from briefer.index.schema import build_schema, prepare_postings

_WORDS = [
    "talks",
    "border",
    "crossing",
    "the",
    "of",
    "a",
    "police",
    "Kosovo",
    "Serbia",
    "ceasefire",
    "envoys",
    "said",
    "running",
    "runs",
    "café",
    "naïve",
    "İstanbul",
    "2026",
    "3.5",
    "under_score",
    "U.S.",
    "minister",
]


def _documents(count: int) -> list[dict[str, object]]:
    """Varied documents: a word in every one (posting lists of several blocks), titles of
    stop words only (a field length of 0), fields without lengths (ids, dates)."""
    rng = random.Random(7)
    schema = build_schema()
    docs: list[dict[str, object]] = []
    for n in range(count):
        body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 60)))
        title = "the of a" if n % 9 == 0 else " ".join(rng.sample(_WORDS, 3))
        fields: dict[str, object] = {
            "id": f"doc{n}",
            "path": f"/library/doc{n}.txt",
            "title": prepare_postings(schema, "title", title),
            "_stored_title": title,
            "body": prepare_postings(schema, "body", "talks " + body),
            "source": rng.choice(["Adriatic Wire", "Balkan Ledger"]),
            "date": datetime(2026, 1 + n % 12, 1 + n % 28),
        }
        if n % 4:
            fields["entity"] = rng.choice(["Kosovo", "Serbia\nNATO", "European Union"])
        docs.append(fields)
    return docs


def _segment_files(folder: Path, docs: list[dict[str, object]], fast: bool) -> dict[str, bytes]:
    folder.mkdir()
    ix = windex.create_in(str(folder), build_schema())
    writer = ix.writer(compound=False)  # the segment's files apart, to compare each
    if fast:
        assert speed_up_commit(writer) is writer
        assert type(writer.fieldwriter) is W3FieldWriter
    for fields in docs:
        writer.add_document(**fields)
    writer.commit()
    segment = ix.reader().segment()
    assert segment is not None
    name = segment.segment_id()
    return {
        path.name.replace(name, "SEGMENT"): path.read_bytes()
        for path in folder.iterdir()
        if path.name.startswith(name)
    }


def test_fast_commit_writes_the_same_bytes(tmp_path: Path) -> None:
    docs = _documents(400)
    own = _segment_files(tmp_path / "own", docs, fast=False)
    fast = _segment_files(tmp_path / "fast", docs, fast=True)
    assert len(own) >= 5  # postings, terms, lengths, stored fields, columns
    assert fast == own


def test_fast_commit_index_answers_searches(tmp_path: Path) -> None:
    from whoosh.qparser import QueryParser

    docs = _documents(150)
    _segment_files(tmp_path / "fast", docs, fast=True)
    ix = windex.open_dir(str(tmp_path / "fast"))
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 150
        hits = searcher.search(QueryParser("body", ix.schema).parse("talks"), limit=None)
        assert len(hits) == 150  # every document, across several posting blocks
        stopped = searcher.search(QueryParser("title", ix.schema).parse("the"), limit=None)
        assert len(stopped) == 0
