"""Where a file is: the folder and file-name facts the index stores, and the `dir:` and
`filename:` clauses that query them (and `like:`, which names a file too: see `like`).

`dir:FOLDER` keeps documents under FOLDER at any depth. The index stores every folder above a
file as one term each (`folder_terms`), so the clause is a single term lookup however many
files the folder holds. FOLDER may be absolute, `~/...`, or relative to the current directory;
`-dir:` or `NOT dir:` leaves the folder out.

`filename:` matches the file's name: `filename:budget` by words ("2026-budget_draft.pdf"),
`filename:*.pdf` or `filename:report-202?.md` as a glob over the whole name. Both ignore case
and accents.

These clauses are taken out of the query text before Whoosh parses it (a path holds `~`, `/`,
`:` and `*`, which the parser would read as syntax) and put back as query objects afterwards,
so they combine with everything else: `(dir:a OR dir:b) kosovo -filename:*.pdf`,
`like:a.md date:2024..`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh import query

from briefer.errors import UsageError
from briefer.index.phrases import PHRASE, check_phrases_closed
from briefer.sources.sanitize import display_path

# The index fields (see schema.build_schema).
DIR_FIELD = "dir"
NAME_WORDS_FIELD = "filename"
NAME_FIELD = "basename"

# Separates the folder terms of one document: the one character a path cannot hold.
FOLDER_SEP = "\x00"

GLOB_CHARS = frozenset("*?")

LIKE_EXAMPLE = 'like:notes/report.md, like:"~/My News/a.txt" or like:24e726feb9294b91'

# A quoted phrase (skipped: `"see dir:x"` is text) or a clause at the start of a term.
_CLAUSE = re.compile(
    PHRASE + r"|(?<![^\s(])(?P<neg>-)?(?P<field>(?i:dir|filename|like)):"
    r'(?P<value>"[^"]*"|[^\s()"]*)'
)

Span = tuple[int, int]
# What a `like:` value stands for, given the current directory (`like.LikeResolver`).
LikeFn = Callable[[str, str], query.Query]


def term_text(path: str) -> str:
    """`path` as text Whoosh can index. A name that is not UTF-8 reaches Python with its bad
    bytes as lone surrogates, which Whoosh cannot encode; they become `\\xNN` escapes (still
    one distinct term per name). Applied alike to what is indexed and to what is looked up."""
    if path.isascii():
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name holds (typed or pasted)
        raw = path.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def folder_terms(path: str) -> str:
    """Every folder above `path`, up to the root, as the `dir` field's value."""
    folders: list[str] = []
    current = os.path.dirname(term_text(path))
    while current and current not in folders:
        folders.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    return FOLDER_SEP.join(folders)


def folder_of(path: str) -> str:
    """The folder that holds `path`."""
    return os.path.dirname(path)


@dataclass(frozen=True, slots=True)
class Scoped:
    """A query text with its `dir:`/`filename:` globs replaced by placeholder terms
    (`dir:s0`...), the query object each placeholder stands for, and where the clauses were
    in the text as typed (a spelling suggestion leaves them alone)."""

    text: str
    queries: dict[str, query.Query]
    spans: tuple[Span, ...]


def like_being_typed(text: str) -> bool:
    """Whether `text` ends in a `like:` value (`like:news/bor`, `like:"~/a.md"`): a path on
    its way names no document at most keys, which is no mistake yet."""
    last = None
    for match in _CLAUSE.finditer(text):
        last = match
    return (
        last is not None
        and (last.group("field") or "").lower() == "like"
        and bool(last.group("value"))
        and last.end() == len(text)
    )


def extract_scopes(text: str, cwd: str | None = None, like: LikeFn | None = None) -> Scoped:
    """Take the `dir:`, `filename:` and `like:` clauses out of `text` (see the module
    docstring); `like` turns a `like:` value into its query (without it, as without an index,
    the clause is refused).

    Raises UsageError for a clause that cannot mean anything: an empty value, a folder that
    is a file, a pattern given to `dir:`, a `~user` that does not exist, a `like:` naming no
    indexed document.
    """
    check_phrases_closed(text)
    base = os.getcwd() if cwd is None else cwd
    queries: dict[str, query.Query] = {}
    spans: list[Span] = []
    pieces: list[str] = []
    last = 0
    for match in _CLAUSE.finditer(text):
        field = match.group("field")
        if field is None:
            continue  # a quoted phrase
        field = field.lower()
        raw = match.group("value")
        value = raw[1:-1] if raw.startswith('"') else raw
        if not value.strip():
            raise UsageError(_empty_message(field))
        neg = "NOT " if match.group("neg") else ""
        if field == "like":
            if like is None:
                raise UsageError("like: needs the library's index")
            key = f"s{len(queries)}"
            queries[key] = like(value, base)
            clause = f"{DIR_FIELD}:{key}"
        elif field == "dir":
            key = f"s{len(queries)}"
            queries[key] = query.Term(DIR_FIELD, term_text(resolve_folder(value, base)))
            clause = f"{DIR_FIELD}:{key}"
        elif GLOB_CHARS & set(value):
            key = f"s{len(queries)}"
            queries[key] = query.Wildcard(NAME_FIELD, fold_name(value))
            clause = f"{DIR_FIELD}:{key}"
        else:
            clause = f"{NAME_WORDS_FIELD}:{raw}"
        pieces.append(text[last : match.start()])
        pieces.append(neg + clause)
        spans.append((match.start(), match.end()))
        last = match.end()
    pieces.append(text[last:])
    return Scoped("".join(pieces), queries, tuple(spans))


def _empty_message(field: str) -> str:
    if field == "like":
        return f"like: needs a document, e.g. {LIKE_EXAMPLE}"
    if field == "dir":
        return 'dir: needs a folder, e.g. dir:~/news or dir:"My Documents"'
    return "filename: needs a word or a pattern, e.g. filename:budget or filename:*.pdf"


def resolve_folder(value: str, cwd: str) -> str:
    """The absolute, normalised folder a `dir:` value names (relative to `cwd`)."""
    if GLOB_CHARS & set(value):
        raise UsageError(
            f"dir: takes a folder, not a pattern ({display_path(value)}); "
            "use filename: for patterns"
        )
    folder = os.path.normpath(os.path.join(cwd, expand_home(value, "dir")))
    if os.path.isfile(folder):
        raise UsageError(
            f"dir: takes a folder, and {display_path(folder)} is a file "
            "(filename: matches file names)"
        )
    return folder


def expand_home(value: str, field: str) -> str:
    """`value` with a leading `~` or `~user` expanded; UsageError (naming `field`) where no
    such user exists, or the name could be no user's (a NUL: the user lookup raised)."""
    try:
        expanded = os.path.expanduser(value)
    except ValueError:  # "embedded null byte" from the user database
        expanded = value
    if expanded.startswith("~"):
        user = expanded.split("/", 1)[0]
        raise UsageError(f"{field}: cannot expand {display_path(user)}: no such user")
    return expanded


def fold_name(name: str) -> str:
    """A file name (or a glob) as the `basename` field holds it: lowercase, accents folded."""
    from whoosh.support.charset import accent_map

    return term_text(name).lower().translate(accent_map)


def substitute(q: query.Query, queries: dict[str, query.Query]) -> query.Query:
    """Put the clauses `extract_scopes` took out back into the parsed query."""
    if not queries:
        return q

    def put_back(node: query.Query) -> query.Query:
        if isinstance(node, query.Term) and node.fieldname == DIR_FIELD:
            found = queries.get(str(node.text))
            if found is not None:
                return found
        return node

    result: query.Query = q.accept(put_back)
    return result
