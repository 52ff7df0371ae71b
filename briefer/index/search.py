"""Running a parsed query: hits with plain-text snippets and highlight offsets, facets for the
whole result set, and a spelling suggestion when few documents match.

Highlights come from the character offsets stored in the body postings, so they cover the word
as written ("protests" for the query "protest") and cost no re-analysis; they are computed only
for the hits returned.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from whoosh import query as wquery
from whoosh import sorting
from whoosh.analysis import STOP_WORDS
from whoosh.searching import Hit, Results, Searcher
from whoosh.support.charset import accent_map

from briefer.index.like import like_titles
from briefer.index.query import Parsed
from briefer.index.records import unpack
from briefer.index.schema import parse_facet_value
from briefer.index.scope import folder_of
from briefer.sources.credits import is_credit

Sort = Literal["relevance", "date"]
SNIPPET_CHARS = 220
CONTEXT_BEFORE = 40
FACET_TOP = 10
FEW_MATCHES = 3
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. `highlights` are (start, end) offsets into `snippet`, which is plain text.
    `path` is the real file name (to reopen it); show it through `display_path`. `to_dict` keeps
    real values: the CLI prints it through `render.printable.printable_json`."""

    id: str
    path: str
    title: str
    date: date | None
    source: str | None
    score: float
    snippet: str
    highlights: tuple[Span, ...] = ()

    @property
    def folder(self) -> str:
        """The folder that holds the file (what `dir:` matches, with every folder above it)."""
        return folder_of(self.path)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "folder": self.folder,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "highlights": [[a, b] for a, b in self.highlights],
        }


@dataclass(frozen=True)
class SearchResult:
    """A page of hits, the total number of matches, and facets over all matches. `offset` is
    the rank (from 0) of the first hit of the page among all matches; `sort` the order the hits
    are in, which is "date" for every document asked "by relevance" (see `run_search`)."""

    query: str
    total: int
    suggestion: str | None
    hits: tuple[SearchHit, ...]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    offset: int = 0
    sort: Sort = "relevance"
    #: Of the matches, how many are not among the documents read (None: not asked).
    unread: int | None = None
    #: The titles of the documents the query's `like:` clauses name (the results are like).
    like: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "offset": self.offset,
            "suggestion": self.suggestion,
            "results": [h.to_dict() for h in self.hits],
            "facets": {k: [[name, n] for name, n in v] for k, v in self.facets.items()},
        }


class FacetTable:
    """Source, month, folder, entity names and id per document number, read once per
    searcher."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self._everything: tuple[Results, dict[str, list[tuple[str, int]]]] | None = None
        reader = searcher.reader()
        self.sources: list[str] = []
        self.months: list[str] = []
        self.folders: list[str] = []
        self.entities: list[tuple[str, ...]] = []
        self.ids: list[str] = []
        self._docnum_of: dict[str, int | None] | None = None  # built when first asked
        if not reader.has_column("facets"):
            return
        for raw in reader.column_reader("facets"):
            source, month, folder, names, doc_id = parse_facet_value(raw)
            self.sources.append(source)
            self.months.append(month)
            self.folders.append(folder)
            self.entities.append(names)
            self.ids.append(doc_id)

    def docnums(self, ids: Iterable[str]) -> set[int]:
        """The document numbers of those of `ids` in the index. The id -> number map is built
        on the first call (a search that counts the unread), not with the table: every
        search builds the table, and the map cost it a third more. An index written before
        the column kept ids looks each one up once (a term lookup; ~0.1 ms each)."""
        if self._docnum_of is None:
            reader = self.searcher.reader()
            self._docnum_of = {
                doc_id: docnum
                for docnum, doc_id in enumerate(self.ids)
                if doc_id and not reader.is_deleted(docnum)
            }
        found: set[int] = set()
        for doc_id in ids:
            if doc_id not in self._docnum_of:
                self._docnum_of[doc_id] = self.searcher.document_number(id=doc_id)
            docnum = self._docnum_of[doc_id]
            if docnum is not None:
                found.add(docnum)
        return found

    def everything(self) -> tuple[Results, dict[str, list[tuple[str, int]]]]:
        """Every document newest first, and the facets of them all: what `*` lists, the same
        for as long as this searcher (the index as it was read) lives, so found once. The
        reader asks for it whenever its search box is emptied; sorting and counting 10,000
        documents each time cost 30-60 ms of the 45 ms a keystroke is given."""
        if self._everything is None:
            searcher = self.searcher
            results = searcher.search(wquery.Every(), sortedby=newest_first(searcher), limit=None)
            self._everything = (results, self.count(results.docs()))
        return self._everything

    def count(self, docnums: Iterable[int]) -> dict[str, list[tuple[str, int]]]:
        docs = [d for d in docnums if d < len(self.sources)]
        entities = Counter(itertools.chain.from_iterable(self.entities[d] for d in docs))
        sources = Counter(self.sources[d] for d in docs)
        months = Counter(self.months[d] for d in docs)
        folders = Counter(self.folders[d] for d in docs)
        for counter in (sources, months, folders):
            counter.pop("", None)
        return {
            "entities": entities.most_common(FACET_TOP),
            "sources": sources.most_common(FACET_TOP),
            "months": sorted(months.items()),
            "folders": folders.most_common(FACET_TOP),
        }


def run_search(
    searcher: Searcher,
    parsed: Parsed,
    *,
    limit: int,
    sort: Sort,
    snippets: bool,
    facets: FacetTable | None,
    offset: int = 0,
    read: Collection[str] | None = None,
    unread_only: bool = False,
    only: Collection[str] | None = None,
) -> SearchResult:
    """Matches `offset .. offset + limit` in order, snippets for those only; the total, the
    suggestion and the facets are over every match, whatever the page. Given the ids of the
    documents `read`, the result counts the matches still unread; `unread_only` leaves the
    read ones out of the matches altogether (newsboat's unread-only view). `only`: the
    matches are among these ids alone (the reader's new-only view, a few ids: leaving out the
    thousands known instead mapped every one of them to its document number at every key).

    `*` (every document: the reader's empty search box) has no relevance, every score is the
    same and Whoosh lists documents in the order they were indexed, which is file-path order
    within a batch and means nothing to a reader; it is listed newest first, as a feed reader
    or a desktop search lists everything, and the result says `sort="date"`."""
    if sort == "relevance" and isinstance(parsed.query, wquery.Every):
        sort = "date"
    # One pass that scores every match: Whoosh's top-N search skips blocks and then needs a
    # second full pass to count and list the matches (for the total and the facets), which
    # costs more than scoring them all; a later page is then a slice of the same list.
    # Sorted by date, the top `offset + limit` are kept (Whoosh's search_page does the same).
    kwargs: dict[str, Any] = {"limit": None}
    if sort == "date":
        kwargs.update(sortedby=newest_first(searcher), limit=max(1, offset + limit))
    matched: set[str] = set()
    q = expand_prefixes(parsed.query, searcher, matched)
    seen = _docnums(searcher, facets, read or ())
    if unread_only and seen:
        kwargs["mask"] = seen
    if only is not None:
        allowed = _docnums(searcher, facets, only)
        if allowed:
            kwargs["filter"] = allowed
        else:
            q = wquery.NullQuery  # (Whoosh reads an empty filter as none)
    if isinstance(q, wquery.Every) and facets is not None and not {"mask", "filter"} & set(kwargs):
        results, counted = facets.everything()  # sorted by date, as said above
    else:
        results = searcher.search(q, **kwargs)
        counted = facets.count(results.docs()) if facets is not None else {}
    total = len(results.docs())
    unread = None if read is None else total - len(results.docs() & seen)
    hits = [results[i] for i in range(offset, min(offset + limit, results.scored_length()))]
    spans = _body_spans(searcher, q, hits) if snippets else {}
    page = tuple(_make_hit(h, spans.get(h.docnum, []), snippets) for h in hits)
    suggestion = suggest(searcher, parsed, matched) if total < FEW_MATCHES else None
    like = like_titles(parsed.query)
    return SearchResult(parsed.text, total, suggestion, page, counted, offset, sort, unread, like)


def _docnums(searcher: Searcher, facets: FacetTable | None, ids: Collection[str]) -> set[int]:
    if not ids:
        return set()
    table = facets if facets is not None else FacetTable(searcher)
    return table.docnums(ids)


def newest_first(searcher: Searcher) -> sorting.FacetType:
    """Newest first, undated documents last. Whoosh gives a document without a date the
    column's default, the largest value, so `sortedby="date", reverse=True` put every undated
    document before the newest dated one. The sort has one direction; were an oldest-first
    order added, undated documents would go last there too (a missing date is not "oldest")."""
    missing = searcher.schema["date"].default

    def key(value: int) -> int:
        return 1 if value == missing else -value  # every dated key is negative

    return sorting.TranslateFacet(key, sorting.FieldFacet("date"))


STEMMED_FIELDS = ("title", "body")
MAX_EXPANSIONS = 32


def expand_prefixes(
    q: wquery.Query, searcher: Searcher, matched: set[str] | None = None
) -> wquery.Query:
    """Replace prefixes on stemmed fields, and fuzzy terms, by the indexed terms they stand for.

    The parser stems a prefix ("negotiat"), but the index holds stems ("negoti" for
    "negotiations") that can be shorter than what was typed; so a term also matches when
    the prefix starts with it and it is at most three letters shorter. Fuzzy terms are
    expanded once here so that highlighting need not search the term list again. The
    prefixes that stand for at least one indexed word are added to `matched`.
    """
    reader = searcher.reader()
    seen: dict[tuple[str, str], bool] = {}

    def expand(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.FuzzyTerm):
            near = sorted({_text(t) for _, t in node.expanded_terms(reader)})
            return _any_of(node.fieldname, near, node.boost)
        if not isinstance(node, wquery.Prefix) or node.fieldname not in STEMMED_FIELDS:
            return node
        prefix = node.text
        shortest = max(3, len(prefix) - 3)
        found: list[tuple[int, str]] = []
        for raw in reader.expand_prefix(node.fieldname, prefix[:shortest]):
            term = _text(raw)
            if term.startswith(prefix) or (
                prefix.startswith(term) and _written_as(searcher, term, prefix, seen)
            ):
                found.append((reader.doc_frequency(node.fieldname, term), term))
        found.sort(reverse=True)
        if found and matched is not None:
            matched.add(prefix)
        return _any_of(node.fieldname, [t for _, t in found[:MAX_EXPANSIONS]], node.boost)

    expanded: wquery.Query = q.accept(expand)
    return expanded


def _written_as(
    searcher: Searcher, term: str, prefix: str, seen: dict[tuple[str, str], bool]
) -> bool:
    """Whether a stem shorter than the typed prefix stands for words that start with it
    ("negoti" written "negotiations" for "negotiat", but not "barri" for "barricd")."""
    key = (term, prefix)
    if key not in seen:
        surface = _surface_word(searcher, term)
        seen[key] = surface is not None and surface.translate(accent_map).startswith(prefix)
    return seen[key]


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)


def _any_of(fieldname: str, texts: Sequence[str], boost: float) -> wquery.Query:
    """One term, an Or of terms, or nothing."""
    if not texts:
        return wquery.NullQuery
    terms = [wquery.Term(fieldname, t, boost=boost) for t in texts]
    return terms[0] if len(terms) == 1 else wquery.Or(terms)


def _body_spans(searcher: Searcher, q: wquery.Query, hits: Sequence[Hit]) -> dict[int, list[Span]]:
    """Character spans of the query's body terms in each hit, from the stored postings."""
    terms = q.existing_terms(searcher.reader(), phrases=True, expand=False, fieldname="body")
    docnums = sorted(hit.docnum for hit in hits)
    wanted = {text: docnums for _, text in terms}
    spans: dict[int, list[Span]] = {}
    for text, docnums in wanted.items():
        matcher = searcher.postings("body", text)
        for docnum in sorted(docnums):
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                spans.setdefault(docnum, []).extend(
                    (start, end) for _, start, end in matcher.value_as("characters")
                )
    return spans


def _make_hit(hit: Hit, spans: list[Span], with_snippet: bool) -> SearchHit:
    stored = hit.fields()
    when = stored.get("date")
    snippet, highlights = "", list[Span]()
    if with_snippet:
        text = unpack(stored["doc"])["text"]
        spans = sorted(set(spans))
        skip = story_start(text, stored.get("title", ""), spans)
        snippet, highlights = make_snippet(text, spans, skip=skip)
    return SearchHit(
        id=stored["id"],
        path=stored["path"],
        title=stored.get("title", ""),
        date=when.date() if isinstance(when, datetime) else None,
        source=stored.get("source"),
        score=float(hit.score or 0.0),
        snippet=snippet,
        highlights=tuple(highlights),
    )


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_EDGE = " \t.:;,-\u2013\u2014|"
_SITE_SEPARATORS = ("-", "|", ":", "\u2013", "\u2014", "\u00b7")  # "Headline - Site"


def _plain(text: str) -> str:
    """For comparing a headline with a title: case, curly quotes and spacing set aside."""
    return " ".join(text.translate(_QUOTES).casefold().split()).strip(_EDGE)


def headline_end(text: str, title: str) -> int:
    """Where the text's opening headline ends when it repeats `title` (0 when it does not), so
    that a snippet never begins with what the hit line shows already. The headline is the
    first line; it repeats the title when they read the same, or when the title is the headline
    with more after it (a page title 'EU allies answer France's call - Harbour Times' over the
    headline 'EU allies answer France’s call'), or when the text starts with the title itself."""
    if not title or not text:
        return 0
    if text.startswith(title) and not text[len(title) : len(title) + 1].isalnum():
        return len(title)
    line = text.split("\n", 1)[0]
    head, name = _plain(line), _plain(title)
    if not head or not name.startswith(head):
        return 0
    after = name[len(head) :]
    if not after or after.lstrip().startswith(_SITE_SEPARATORS):
        return len(line)
    return 0


#: At most this many credit lines are passed over under a headline (a byline, a dateline of
#: fields, a report's masthead: "Research paper 24/37 · Parliamentary Research Unit · 20 May").
MAX_CREDIT_LINES = 3


def story_start(text: str, title: str, spans: Sequence[Span] = ()) -> int:
    """Where a snippet may begin: after an opening headline that repeats the title
    (`headline_end`) and the byline, credit or masthead lines about it, so that a result's
    preview opens on the story as a feed reader's does ("Written by Rafael Quintero · Updated
    23 Aug 2024" is not what the document says; a report's masthead may stand above its
    title). A credit line that holds a match stays: the match is what the snippet is for."""
    start = headline_end(text, title)
    headline = start > 0
    for _ in range(MAX_CREDIT_LINES):
        rest = text[start:]
        at = start + len(rest) - len(rest.lstrip())
        line = text[at:].split("\n", 1)[0]
        end = at + len(line)
        if not headline and (head := headline_end(text[at:], title)):
            headline, end = True, at + head
        elif not line or not is_credit(line) or any(at <= a < end for a, _ in spans):
            break
        if not text[end:].strip():
            break  # (nothing but credits and the headline: show them rather than nothing)
        start = end
    return start


def _best_window(spans: Sequence[Span], width: int) -> int:
    """The start of the span that begins the window holding the most matches."""
    best, best_count, j = 0, 0, 0
    for i, (start, _) in enumerate(spans):
        j = max(j, i)
        while j + 1 < len(spans) and spans[j + 1][1] <= start + width:
            j += 1
        if j - i + 1 > best_count:
            best, best_count = i, j - i + 1
    return spans[best][0] if spans else 0


_SPACE = re.compile(r"\s+")


def make_snippet(
    text: str, spans: Sequence[Span], width: int = SNIPPET_CHARS, *, skip: int = 0
) -> tuple[str, list[Span]]:
    """A plain-text window of `text` around the densest run of `spans`, whitespace collapsed,
    with "…" where it was cut; returns the snippet and the spans as offsets into it. `skip`
    is the length of an opening headline the hit line shows already: the window starts after
    it, and matches inside it are not shown (unless the text is nothing but the headline)."""
    if not text:
        return "", []
    if skip:
        rest = text[skip:]
        if rest.strip():
            start = skip + len(rest) - len(rest.lstrip())
            kept = [(a - start, b - start) for a, b in spans if a >= start]
            return make_snippet(text[start:], kept, width)
    anchor = _best_window(spans, width - CONTEXT_BEFORE)
    start = max(0, anchor - CONTEXT_BEFORE)
    if start > 0:  # begin on a word boundary
        space = text.find(" ", start, anchor)
        start = space + 1 if space != -1 else anchor
    end = min(len(text), start + width)
    if end < len(text):  # end on a word boundary
        space = text.rfind(" ", start, end)
        if space > start:
            end = space
    piece = text[start:end]
    # Collapse each run of whitespace to one space; `cuts` records where the text shrank.
    cuts: list[tuple[int, int]] = []  # (offset in piece after the run, characters removed)
    removed = 0
    for run in _SPACE.finditer(piece):
        removed += len(run.group(0)) - 1
        cuts.append((run.end(), removed))
    lead = 1 if start > 0 else 0
    ends = [c[0] for c in cuts]

    def place(offset: int) -> int:
        i = bisect.bisect_right(ends, offset - start) - 1
        return offset - start - (cuts[i][1] if i >= 0 else 0) + lead

    snippet = ("…" if lead else "") + _SPACE.sub(" ", piece)
    if end < len(text):
        snippet += "…"
    highlights = [(place(a), place(b)) for a, b in spans if a >= start and b <= end]
    return snippet, highlights


_WORD = re.compile(r"[^\W\d_]{3,}")
_FIELD_PREFIX = re.compile(r"([A-Za-z_]\w*):$")


def suggest(searcher: Searcher, parsed: Parsed, matched: Iterable[str] = ()) -> str | None:
    """The query with unknown words replaced by close words from the index, or None.

    A word is known when its stem is indexed, or when it is the word still being typed (the
    query's last, matched as a prefix) and the prefix stands for indexed words: `matched`
    holds those prefixes (see `expand_prefixes`). 'Mogh' that found 'Mogherini' is not
    respelled 'More': a completion is always closer than a word two edits away."""
    completed = set(matched)
    text = parsed.text
    reader = searcher.reader()
    analyzer = searcher.schema["body"].analyzer
    corrector = searcher.corrector("body")
    masked = re.sub(r'"[^"]*"|\[[^\]]*\]', lambda m: " " * len(m.group(0)), text)
    for start, end in parsed.scoped:  # folder and file names are not words to respell
        masked = masked[:start] + " " * (end - start) + masked[end:]
    changed = False
    pieces: list[str] = []
    last = 0
    for match in _WORD.finditer(masked):
        word = match.group(0)
        field_name = _FIELD_PREFIX.search(masked[: match.start()])
        if masked[match.end() : match.end() + 1] in (":", "*", "~"):
            continue  # a field name, a prefix or a fuzzy term: not a word to correct
        if word in ("AND", "OR", "NOT", "TO") or (
            field_name is not None and field_name.group(1).lower() not in ("title", "body", "text")
        ):
            continue
        lower = word.lower()
        if lower in STOP_WORDS:
            continue
        stems = [t.text for t in analyzer(lower)]
        if not stems or reader.doc_frequency("body", stems[0]) > 0 or stems[0] in completed:
            continue
        # prefix=1: only words with the same first letter, which keeps this fast. The index
        # holds stems, so the stem of the word is tried too ("barricdes" -> "barricad").
        options = corrector.suggest(lower, limit=1, maxdist=2, prefix=1) or corrector.suggest(
            stems[0], limit=1, maxdist=2, prefix=1
        )
        if not options:
            continue
        replacement = _surface_word(searcher, options[0]) or options[0]
        if word[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        pieces.append(text[last : match.start()])
        pieces.append(replacement)
        last = match.end()
        changed = True
    if not changed:
        return None
    pieces.append(text[last:])
    return "".join(pieces)


def _surface_word(searcher: Searcher, term: str) -> str | None:
    """A word as written in some document for the indexed (stemmed) `term`."""
    matcher = searcher.postings("body", term)
    if not matcher.is_active():
        return None
    docnum = matcher.id()
    chars = matcher.value_as("characters")
    if not chars:
        return None
    _, start, end = chars[0]
    text = unpack(searcher.stored_fields(docnum)["doc"])["text"]
    return str(text[start:end]).lower()
