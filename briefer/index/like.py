"""`like:DOCUMENT`: the documents most like one document of the library ("more like this").

The clause names a document by its path (as `dir:` takes a folder: absolute, `~/...`, or
relative to the current directory; quoted when it holds spaces) or by its id as
`briefer search --json` prints it. It stands for the other documents that share enough of that
document's key terms, ranked by how much of them they share:

- the key terms are the document's body terms that are frequent in it and rare in the library
  (Whoosh's Bo1 expansion model, as `Searcher.key_terms` scores them: `KEY_TERMS` of them, each
  weighted by its score); words with no letter (numbers, times) are never key terms, nor are
  words no other document holds (they find nothing), nor words in more than `COMMON_SHARE` of
  a large library's documents (half of a small one's), which say little about one story and
  would make the clause read long posting lists;
- a document matches when it holds at least a fifth of them (`SHARED_PART`; two at least), so
  the set is the story's neighbours, not everything that shares a word with it (nearly the
  library's every document, at 10,000 generated ones); a document with fewer than two key
  terms is like none; the document itself is left out;
- the matches are scored as an OR of the key terms boosted by their weights, so they rank by
  similarity and the clause composes with every other clause and with sorting by date.

A `like:` that names no indexed document is a `UsageError` with a one-line reason.

The key terms come from the stored text analysed as the index analysed it (the body field keeps
no term vectors); what a document's key terms and matches are is kept per opened index
(`LikeResolver`), so the reader's keys typed after a `like:` clause cost a lookup.
"""

from __future__ import annotations

import heapq
import math
import os
import re
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import matching, query
from whoosh.query.compound import DefaultOr
from whoosh.query.wrappers import WrappingQuery
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher

from briefer.errors import UsageError
from briefer.index.records import unpack
from briefer.index.schema import prepare_postings
from briefer.index.scope import expand_home, term_text
from briefer.sources.sanitize import display_path

FIELD = "body"
KEY_TERMS = 20
SHARED_PART = 5  # a document like another holds a fifth of its key terms (and two at least)
# A term in more than this share of the documents is no key term; in a library of under
# COMMON_FLOOR / COMMON_SHARE documents, one in more than COMMON_FLOOR or half of them.
COMMON_SHARE = 0.1
COMMON_FLOOR = 20
CACHED = 32  # documents whose key terms and matches an opened index keeps

# An id as `briefer search --json` prints it (`sources.document.document_id`).
_ID_RE = re.compile(r"[0-9a-f]{16}")


@dataclass(frozen=True, slots=True)
class KeyTerms:
    """One document's key terms, (term, weight) best first, the weight 1.0 for the best, and
    the document numbers of the others that share enough of them; its title, for the reader to
    say whose neighbours a search lists."""

    doc_id: str
    terms: tuple[tuple[str, float], ...]
    shared: frozenset[int]
    title: str = ""


class Similar(WrappingQuery):  # type: ignore[misc]  # Whoosh is untyped
    """The documents of `key.shared`, scored as an OR of the key terms (see the module).

    It wraps the OR rather than being one: an OR inside an OR is merged into it when a query
    is normalised (`like:a OR title:b` would lose which documents are like `a`)."""

    def __init__(self, key: KeyTerms, child: query.Query | None = None) -> None:
        if child is None:
            child = query.Or([query.Term(FIELD, text, boost=w) for text, w in key.terms])
        super().__init__(child)
        self.key = key

    def __repr__(self) -> str:
        return f"Similar({self.key.doc_id!r}, {self.child!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Similar) and (self.key, self.child) == (other.key, other.child)

    def __hash__(self) -> int:
        return hash((Similar, self.key.doc_id))

    def _rewrap(self, child: query.Query) -> Similar:
        return Similar(self.key, child)

    @property
    def boost(self) -> float:
        """The key terms' boost: normalising a group merged into its parent reads each
        clause's boost to pass the group's on (`with_boost` then sets it on the terms)."""
        return float(getattr(self.child, "boost", 1.0))

    def normalize(self) -> Similar:
        return self  # the key terms are distinct indexed terms: nothing to merge or expand

    def matcher(self, searcher: Searcher, context: Any = None) -> Any:
        """The key terms' matcher, walked only over the shared documents of this segment."""
        offset = _offset(searcher)
        size = searcher.doc_count_all()
        local = sorted(d - offset for d in self.key.shared if offset <= d < offset + size)
        if not local:
            return matching.NullMatcher()
        child = self.child
        if isinstance(child, query.Or) and child.subqueries:
            # A tree of union matchers that skip to the shared documents. Whoosh's own choice
            # for a segment of under 5,000 documents, an array of every posting of every term,
            # read them all: 86 of 100 ms at 10,000 documents.
            child = DefaultOr(child.subqueries, boost=child.boost)
        scored = child.matcher(searcher, context)
        if not scored.is_active():
            return scored
        only = matching.ListMatcher(local, all_weights=0.0)  # adds nothing to the score
        return matching.IntersectionMatcher(only, scored)


def like_titles(q: query.Query) -> tuple[str, ...]:
    """The titles of the documents `q`'s `like:` clauses name, in the order written, each
    once; a clause under a NOT (`-like:a.md`) names no document the results are like."""
    found: dict[str, str] = {}
    stack = [q]
    while stack:
        node = stack.pop()
        if isinstance(node, Similar):
            found.setdefault(node.key.doc_id, node.key.title)
        elif isinstance(node, query.AndNot):
            stack.append(node.a)  # what `b` matches is left out
        elif not isinstance(node, query.Not) and not node.is_leaf():
            stack.extend(reversed(list(node.children())))
    return tuple(found.values())


def _offset(searcher: Searcher) -> int:
    """The number of this segment's first document in the whole index (0 for the whole)."""
    if not searcher.has_parent():
        return 0
    for sub, offset in searcher.parent().leaf_searchers():
        if sub is searcher:
            return int(offset)
    return 0


def _has_letter(term: str) -> bool:
    return any(ch.isalpha() for ch in term)


def key_terms(searcher: Searcher, text: str, count: int = KEY_TERMS) -> list[tuple[str, float]]:
    """The `count` key terms of `text` in this index: (term, weight), best first, weights
    scaled so that the best is 1.0. Bo1 (divergence from randomness, Bose-Einstein), as
    Whoosh's `key_terms` scores them: a term scores `tf * log2((1 + f) / f) + log2(1 + f)`, tf
    its frequency in the text and f its mean frequency per document of the library. A term no
    more frequent in the text than in the mean document (`f >= tf`: "said", "also") is none.

    The library's statistics are read from each segment, a lookup per term and segment (Whoosh's
    Expander made two). Terms are read most frequent first, and the reading stops once no term
    left can score above the `count`th found: the text itself is in the library, so a term's
    f is at least tf / N, and its score at most `_ceiling(tf, N)`; most of a text's distinct
    words occur in it once and are never looked up."""
    reader = searcher.reader()
    leaves = [leaf for leaf, _ in reader.leaf_readers()]
    documents = max(1, reader.doc_count_all())
    common = max(COMMON_SHARE * documents, min(COMMON_FLOOR, documents / 2))
    candidates = sorted(
        (
            (weight, raw)
            for raw, _, weight, _ in prepare_postings(searcher.schema, FIELD, text)
            if _has_letter(raw.decode("utf-8"))
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    # the highest score any term from here on can reach (the ceiling need not fall with tf
    # where tf nears N: a library of a few documents)
    above = [0.0] * (len(candidates) + 1)
    for index in range(len(candidates) - 1, -1, -1):
        above[index] = max(above[index + 1], _ceiling(candidates[index][0], documents))
    scored: list[tuple[float, str]] = []
    kept: list[float] = []  # a min-heap of the `count` best scores so far
    for index, (tf, raw) in enumerate(candidates):
        if len(kept) == count and above[index] < kept[0]:
            break
        in_library = in_documents = 0
        for leaf in leaves:
            try:
                info = leaf.term_info(FIELD, raw)
            except TermNotFound:
                continue
            in_library += info.weight()
            in_documents += info.doc_frequency()
        f = in_library / documents
        if in_documents < 2 or in_documents > common or f >= tf:
            continue  # in no other document, in too many, or no more frequent here
        score = tf * math.log2((1.0 + f) / f) + math.log2(1.0 + f)
        scored.append((score, raw.decode("utf-8")))
        if len(kept) < count:
            heapq.heappush(kept, score)
        elif score > kept[0]:
            heapq.heapreplace(kept, score)
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    best = scored[:count]
    top = best[0][0] if best else 1.0
    return [(term, score / top) for score, term in best]


def _ceiling(tf: float, documents: int) -> float:
    """The highest score a term `tf` times in a text of the library can have: its f is at
    least tf / N (the text's own occurrences), and below tf the score falls as f grows."""
    f = tf / documents
    return tf * math.log2((1.0 + f) / f) + math.log2(1.0 + f)


def shared_by(searcher: Searcher, terms: Sequence[str], docnum: int) -> frozenset[int]:
    """The documents other than `docnum` that hold at least a fifth of `terms` (rounded up),
    and never fewer than two: one word in common is no likeness."""
    need = max(2, math.ceil(len(terms) / SHARED_PART))
    if len(terms) < need:
        return frozenset()
    counts: Counter[int] = Counter()
    for leaf, offset in searcher.reader().leaf_readers():
        for term in terms:
            try:
                ids = leaf.postings(FIELD, term).all_ids()
            except TermNotFound:
                continue
            counts.update(offset + docnum for docnum in ids)
    counts.pop(docnum, None)
    return frozenset(d for d, n in counts.items() if n >= need)


class LikeResolver:
    """Turns a `like:` value into a `Similar` query on one opened index, remembering the key
    terms of the last CACHED documents asked for (the reader searches again at every key)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._known: OrderedDict[str, KeyTerms] = OrderedDict()

    def __call__(self, value: str, cwd: str) -> query.Query:
        docnum = self.find(value, cwd)
        doc_id = str(self.searcher.stored_fields(docnum)["id"])
        key = self._known.get(doc_id)
        if key is None:
            stored = unpack(self.searcher.stored_fields(docnum)["doc"])
            terms = tuple(key_terms(self.searcher, stored["text"]))
            shared = shared_by(self.searcher, [t for t, _ in terms], docnum)
            key = KeyTerms(doc_id, terms, shared, str(stored.get("title") or ""))
            self._known[doc_id] = key
            if len(self._known) > CACHED:
                self._known.popitem(last=False)
        else:
            self._known.move_to_end(doc_id)
        return Similar(key)

    def find(self, value: str, cwd: str) -> int:
        """The document number of the document `value` names: an id, else a path (absolute,
        `~`, or relative to `cwd`). Raises UsageError when it names no indexed document."""
        searcher = self.searcher
        if _ID_RE.fullmatch(value):
            docnum = searcher.document_number(id=value)
            if docnum is not None:
                return int(docnum)
        path = resolve_document(value, cwd)
        for candidate in dict.fromkeys((path, _real(path))):
            docnum = searcher.document_number(path=term_text(candidate))
            if docnum is not None:
                return int(docnum)
        shown = display_path(path)
        if os.path.isdir(path):
            raise UsageError(f"like: takes a document, and {shown} is a folder (dir: is for those)")
        if _ID_RE.fullmatch(value):
            raise UsageError(f"like: no document in the library has the id {value}")
        if os.path.exists(path):
            raise UsageError(f"like: {shown} is not in the library (briefer index adds it)")
        raise UsageError(f"like: no document in the library at {shown}")


def _real(path: str) -> str:
    """`path` with its symbolic links resolved (a library indexed through a link, or not)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


def resolve_document(value: str, cwd: str) -> str:
    """The absolute, normalised path a `like:` value names (relative to `cwd`)."""
    return os.path.normpath(os.path.join(cwd, expand_home(value, "like")))
