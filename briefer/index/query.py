"""The query language: Whoosh's parser plus the checks and conveniences users expect.

Plain words are ANDed over title and body; "phrases", OR, NOT, parentheses, `term~` (fuzzy),
`field:value` for the fields in `FIELDS`, and dates as `date:2026-11`,
`date:[2026-11-01 TO 2026-11-20]`, `date:2026-10..2026-11` (either end may be left open)
or `date:>2026-11-01`; a month or day of one digit is that month or day (`date:2026-1` is
January 2026, `date:2026-11-5` the 5th of November); `dir:FOLDER` and `filename:` scope
by where the file is (see `scope`), and `like:DOCUMENT` finds the documents most like one
(see `like`). The last word also matches as a prefix,
so results appear while a word is still being typed. Anything Whoosh would silently repair or
drop (unbalanced quotes or parentheses, a dangling operator, an unknown field, a bad date) is
a `UsageError` with a one-line explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import qparser, query
from whoosh.analysis import STOP_WORDS
from whoosh.fields import DATETIME, Schema

from briefer.errors import UsageError
from briefer.index.phrases import check_phrases_closed, outside_phrases

# Where phrases are is answered in `phrases`, for `scope` too; the reader asks it here, with
# the rest of the query language.
from briefer.index.phrases import in_phrase as in_phrase
from briefer.index.phrases import open_phrase as open_phrase
from briefer.index.phrases import phrase_spans as phrase_spans
from briefer.index.scope import LikeFn, extract_scopes, substitute
from briefer.sources.sanitize import display_path

# Field names users type, and the index field each one searches.
FIELDS = {
    "title": "title",
    "body": "body",
    "text": "body",
    "source": "source",
    "author": "author",
    "entity": "entity",
    "type": "type",
    "format": "format",
    "date": "date",
    "path": "path",
    "dir": "dir",
    "filename": "filename",
    "like": "like",  # no index field: `like.Similar` stands for it (see `scope`)
}
TEXT_FIELDS = frozenset({"title", "body", "text", "source", "author", "entity", "filename"})
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
MIN_PREFIX = 3

# A field's name and colon where a clause can start (not inside a word or after a quote).
_FIELD = r"(?<![\w\"'])([A-Za-z_]\w*):"
_FIELD_RE = re.compile(_FIELD + r"(?=\S)")
# A field with nothing after its colon (`entity:`, `kosovo date: x`): Whoosh searched the
# field's name as a word instead, silently.
_EMPTY_FIELD_RE = re.compile(_FIELD + r"(?=[\s)]|$)")
# A field with its value as typed: quoted (the closing quote may be still to come), or a run
# up to a space or a parenthesis.
_FIELD_CLAUSE_RE = re.compile(_FIELD + r"(\"[^\"]*\"?|[^\s()]+)")
EXAMPLES = {
    "title": "title:ceasefire",
    "body": "body:ceasefire",
    "text": "text:ceasefire",
    "source": "source:Reuters",
    "author": "author:Smith",
    "entity": "entity:Serbia",
    "type": "type:ORG",
    "format": "format:pdf",
    "date": "date:2026-11",
    "like": "like:notes/report.md",
}
_LAST_WORD_RE = re.compile(r"(?:^|(?<=[\s(]))(?:(?P<field>[A-Za-z_]\w*):)?(?P<word>[^\W_]+)$")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed query: the text as typed (what a spelling suggestion rewrites), the Whoosh
    query, and where the `dir:`/`filename:` clauses are in the text (never respelled)."""

    text: str
    query: query.Query
    scoped: tuple[tuple[int, int], ...] = ()


def check_syntax(text: str) -> None:
    """Reject what Whoosh would silently repair: raise UsageError with one line."""
    if not text.strip():
        raise UsageError("empty query")
    check_phrases_closed(text)
    bare = outside_phrases(text)
    depth = 0
    for ch in bare:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise UsageError("unbalanced parentheses: ')' without '('")
    if depth:
        raise UsageError("unbalanced parentheses: '(' without ')'")
    if bare.count("[") != bare.count("]"):
        raise UsageError("unbalanced brackets in a range: use date:[2026-11-01 TO 2026-11-20]")
    for match in _FIELD_RE.finditer(bare):
        name = match.group(1)
        if name.lower() not in FIELDS:
            known = ", ".join(f"{f}:" for f in FIELDS if f not in ("text", "body"))
            raise UsageError(f"unknown field '{name}:' (fields: {known})")
    for match in _EMPTY_FIELD_RE.finditer(text):
        if match.group(1).lower() in FIELDS and not in_phrase(text, match.start()):
            raise UsageError(empty_field_message(match.group(1)))
    tokens = re.findall(r"[()]|[^\s()]+", bare)
    previous: str | None = None
    for token in [*tokens, None]:
        if token in OPERATORS and (previous is None or previous == "(") and token != "NOT":
            raise UsageError(f"'{token}' needs a term before it")
        if token is None or token == ")":
            if previous in OPERATORS:
                raise UsageError(f"'{previous}' needs a term after it")
        elif token in ("AND", "OR") and previous in OPERATORS:
            raise UsageError(f"'{previous} {token}': two operators in a row")
        previous = token


def empty_field_message(name: str) -> str:
    """'entity: needs a value, e.g. entity:Serbia'."""
    example = EXAMPLES.get(name.lower())
    return f"{name}: needs a value" + (f", e.g. {example}" if example else "")


def field_awaiting_value(text: str) -> str | None:
    """The field that `text` ends with, colon typed and no value yet (`kosovo entity:`), or
    None: a query typed that far is on its way, not wrong. Inside a phrase, open or closed
    (`"rules of entity:`), a colon is part of the phrase, no field."""
    match = _EMPTY_FIELD_RE.search(text.rstrip(" "))
    if match is None or match.end() != len(text.rstrip(" ")):
        return None
    name = match.group(1)
    return name if name.lower() in FIELDS and not in_phrase(text, match.start()) else None


def field_clauses(text: str) -> list[tuple[str, str]]:
    """The `field:value` clauses of `text` as typed, as (field lowercased, value as written,
    quotes and all; a quoted one may still lack its closing quote)."""
    return [(m.group(1).lower(), m.group(2)) for m in _FIELD_CLAUSE_RE.finditer(text)]


def short_last_word(text: str) -> bool:
    """Whether the last bare word of `text` is shorter than `MIN_PREFIX` (`b`, `bo` on the way
    to `border`): it does not match as a prefix yet, so only a word that short was looked for."""
    match = _LAST_WORD_RE.search(text)
    return match is not None and match["field"] is None and len(match["word"]) < MIN_PREFIX


def with_prefix(text: str) -> str:
    """Let the last bare word match as a prefix: `kosovo prot` -> `kosovo prot*`. A prefix
    includes the word itself (see `search.expand_prefixes` for stemmed fields)."""
    stripped = text.rstrip()
    match = _LAST_WORD_RE.search(stripped)
    if match is None:
        return text
    word, fieldname = match.group("word"), match.group("field")
    if word in OPERATORS or len(word) < MIN_PREFIX or word.lower() in STOP_WORDS:
        return text
    if fieldname is not None and fieldname.lower() not in TEXT_FIELDS:
        return text
    head = f"{fieldname}:" if fieldname else ""
    return f"{stripped[: match.start()]}{head}{word}*"


def make_parser(schema: Schema) -> qparser.QueryParser:
    """Words AND-ed over title (boosted) and body; fuzzy `~`, `>`/`<` ranges, field aliases;
    no single quotes (they are apostrophes in news text)."""
    parser = qparser.MultifieldParser(
        ["title", "body"], schema, fieldboosts={"title": 2.0}, group=qparser.AndGroup
    )
    parser.remove_plugin_class(qparser.SingleQuotePlugin)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.GtLtPlugin())
    aliases: dict[str, list[str]] = {target: [] for target in set(FIELDS.values())}
    for name, target in FIELDS.items():
        if name != target:
            aliases[target].append(name)
    parser.add_plugin(qparser.FieldAliasPlugin({k: v for k, v in aliases.items() if v}))
    return parser


def _lowercase_fields(text: str) -> str:
    return _FIELD_RE.sub(lambda m: m.group(1).lower() + ":", text)


_QUOTED_DATE_RE = re.compile(r'\bdate:"([^"\s]+)"', re.IGNORECASE)
# `date:2022-12..2023-01`, the span written as in many search tools; Whoosh's own date parser
# would read it as one odd minute and match nothing, silently.
_DATE_SPAN_RE = re.compile(r"\bdate:([^\s()\[\]]*)\.\.([^\s()\[\]]*)", re.IGNORECASE)


def _date_span(match: re.Match[str]) -> str:
    """`date:A..B` as Whoosh's range `date:[A TO B]`; an open end is left out together with
    its space (`date:[TO B]`, `date:[A TO]`), as Whoosh takes `[ TO B]` for an empty start
    and fails on it as no date."""
    start, end = match.group(1), match.group(2)
    if not start and not end:
        raise UsageError("a date span needs a start or an end: date:2026-10..2026-11")
    bounds = " ".join(part for part in (start, "TO", end) if part)
    return f"date:[{bounds}]"


# A year-month(-day) in a date clause whose month or day may be one digit.
_DATE_CLAUSE_RE = re.compile(r"\bdate:(\[[^\]]*\]|[^\s()]*)", re.IGNORECASE)
_SHORT_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")


def _padded(match: re.Match[str]) -> str:
    year, month, day = match.group(1), match.group(2), match.group(3)
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def pad_date(value: str) -> str:
    """The dates in one date clause's value with a one-digit month or day padded: `2020-1` ->
    `2020-01` (see `pad_dates`)."""
    return _SHORT_DATE_RE.sub(_padded, value)


# A date clause's value naming one year, month or day (no span, no range).
_PLAIN_DATE_RE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")


def plain_date(value: str) -> str | None:
    """The year, month or day a date clause's `value` names, padded (`2024-1` -> `2024-01`),
    or None where it is a span, a range or no date."""
    return pad_date(value) if _PLAIN_DATE_RE.fullmatch(value) else None


def pad_dates(text: str) -> str:
    """A one-digit month or day means that month or day, as a person writes dates:
    `date:2020-1` is January 2020 and `date:2020-11-5` the 5th of November, in spans and
    ranges too. Whoosh's own reading was silent and wrong: `2020-1` as all of 2020 (so typing
    `date:2020-11` showed November's documents one key early) and `2020-11-5` as all of
    November, the day dropped."""
    return _DATE_CLAUSE_RE.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)] + pad_date(m.group(1)),
        text,
    )


def _bad_dates(schema: Schema, q: query.Query) -> list[str]:
    """A date term that is no date (`date:"x"`, `date:""`): Whoosh would only fail while
    searching, with a bare Exception."""
    found = []
    for leaf in [q] if q.is_leaf() else q.leaves():
        name = getattr(leaf, "fieldname", None)
        if name not in schema or not isinstance(schema[name], DATETIME):
            continue
        if isinstance(leaf, query.Term):
            texts = [leaf.text]
        elif isinstance(leaf, query.Phrase):  # what a quoted value becomes
            texts = list(leaf.words)
        else:
            continue
        for text in texts:
            try:
                schema[name].to_bytes(text)
            except Exception:  # whoosh raises bare Exception for a date it cannot read
                found.append(f"{text!r} is not a parseable date")
    return found


def _errors(q: query.Query) -> list[str]:
    found: list[str] = []
    stack = [q]
    while stack:
        node = stack.pop()
        error = getattr(node, "error", None)
        if error:
            found.append(str(error))
        stack.extend(node.children())
    return found


def parse_query(
    parser: qparser.QueryParser,
    text: str,
    *,
    prefix: bool = True,
    cwd: str | None = None,
    like: LikeFn | None = None,
) -> Parsed:
    """Check and parse `text`; raise UsageError (one line) when it cannot mean anything.
    `*` alone matches every document. A relative `dir:` or `like:` is resolved against `cwd`
    (default: the current directory); `like` turns a `like:` clause into its query on the
    index searched (`like.LikeResolver`)."""
    if text.strip() == "*":
        return Parsed(text, query.Every())
    scoped = extract_scopes(text, cwd, like)
    check_syntax(scoped.text)
    # `date:"2026-11"` means what `date:2026-11` does (quoted, Whoosh reads one instant).
    source = _QUOTED_DATE_RE.sub(r"date:\1", _lowercase_fields(scoped.text))
    source = pad_dates(_DATE_SPAN_RE.sub(_date_span, source))
    if prefix:
        source = with_prefix(source)
    try:
        q = parser.parse(source, normalize=False)
    except Exception as exc:  # whoosh raises bare Exception for bad range dates
        raise UsageError(f"bad query: {_explain(str(exc))}") from None
    errors = _errors(q) + _bad_dates(parser.schema, q)
    if errors:
        raise UsageError(f"bad query: {_explain(errors[0])}")
    q = substitute(q, scoped.queries).normalize()
    for leaf in [q] if q.is_leaf() else q.leaves():
        if isinstance(leaf, query.FuzzyTerm) and leaf.prefixlength == 0:
            leaf.prefixlength = 1  # same first letter: much faster, rarely what a typo changes
    return Parsed(text, q, scoped.spans)


def _explain(message: str) -> str:
    lowered = message.lower()
    if "date" in lowered or "month" in lowered or "day" in lowered or "int()" in lowered:
        return "not a date (use YYYY, YYYY-MM or YYYY-MM-DD, e.g. date:2026-11)"
    return display_path(" ".join(message.split())[:200])
