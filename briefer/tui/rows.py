"""Rich `Text` for the reader's rows and headers, built by offset: document text is never markup.

Pure functions (no Textual), so tests can check exactly what a row shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from rich.cells import cell_len
from rich.text import Text

from briefer.render.segments import clean
from briefer.tui.core_calls import ALL_DOCUMENTS
from briefer.tui.find import query_words
from briefer.tui.wrap import break_offsets

MARK = "● "
NO_MARK = "  "
HIGHLIGHT_STYLE = "bold reverse"


def safe(value: object) -> str:
    """Any outside string (title, path, outlet, error) on one line, without control characters."""
    return clean(str(value), collapse=True)


def fit_path(path: str, width: int) -> str:
    """`path` (parts joined by "/") in at most `width` cells, cut at its start, where it matters
    least: '…/' and the last parts that fit, the file name always; a name too long alone keeps
    its end (the extension) after '…'. A wrapped path broke a name in two mid-word."""
    if cell_len(path) <= width:
        return path
    parts = path.split("/")
    kept = parts[-1]
    for part in reversed(parts[:-1]):
        longer = f"{part}/{kept}"
        if cell_len("…/" + longer) > width:
            break
        kept = longer
    if cell_len("…/" + kept) <= width:
        return "…/" + kept
    tail = ""
    for char in reversed(kept):
        if cell_len("…" + char + tail) > width:
            break
        tail = char + tail
    return "…" + tail


def path_lines(path: str, width: int, home: str = "") -> list[str]:
    """Where a file went, in lines of at most `width` cells: the whole path on one line when
    it fits, else its folder (`home` shown as '~', cut at its start as `fit_path` cuts) with
    a closing '/', then the file name broken after its hyphens, dots or underscores, whole
    (a part longer than a line is cut). At 80 columns the export's note showed
    '…lts-for-entity-serbia-2026-11-27.md': neither the folder nor the whole name."""
    if home and (path == home or path.startswith(home.rstrip("/") + "/")):
        path = "~" + path[len(home.rstrip("/")) :]
    if cell_len(path) <= width or "/" not in path:
        return [fit_path(path, width)]
    folder, name = path.rsplit("/", 1)
    lines = [fit_path(folder or "/", max(width - 1, 1)).rstrip("/") + "/"]
    line = ""
    for part in re.findall(r"[^-._ ]*[-._ ]?", name):
        if not part:
            continue
        if line and cell_len(line + part) > width:
            lines.append(line)
            line = ""
        while cell_len(part) > width:  # a part longer than a line: cut it
            lines.append(part[:width])
            part = part[width:]
        line += part
    if line:
        lines.append(line)
    return lines


NEW_STYLE = "bold green"  # 'new' on a row: arrived since the last session


def hit_row(
    hit: Any, *, marked: bool, width: int = 80, read: bool = False, new: bool = False
) -> Text:
    """A search hit in `width` cells: the title (wrapped), `date · source` on one line (cut
    with an ellipsis), then about two lines of snippet from just before the first highlight.
    An unread document's title is bold, a read one's plain, as in a mail or feed reader; one
    `new` since the last session says so first on the date's line ('new · 2023-01-08 · …')."""
    inner = max(width - 2, 8)
    title_style = "" if read else "bold"
    title = hanging(Text(safe(hit.title or hit.path), style=title_style, end=""), inner)
    meta = Text("new", style=NEW_STYLE, end="") if new else Text(end="")
    if new:
        meta.append(" · ", style="dim")
    meta.append(
        " · ".join(safe(x) for x in (hit.date, hit.source) if x) or safe(hit.path), style="dim"
    )
    meta.truncate(inner, overflow="ellipsis")
    row = Text(end="")
    row.append(MARK if marked else NO_MARK, style="bold")  # (bold the mark, not the row)
    row.append_text(title)
    row.append("\n  ")
    row.append_text(meta)
    snippet = getattr(hit, "snippet", "") or ""
    if snippet:
        spans = list(getattr(hit, "highlights", ()) or ())
        text, spans = snippet_window(snippet, spans, 2 * inner - 4)
        row.append("\n  ")
        row.append_text(hanging(highlighted(text, spans), inner, lines=2))
    return row


def hanging(text: Text, width: int, lines: int | None = None) -> Text:
    """`text` wrapped at spaces into lines of `width` cells, each line after the first indented
    two cells, as the row's first line is by its mark: the list's own wrapping began them at
    the edge, under the mark, not under the words. With `lines`, at most that many, the last
    cut with an ellipsis."""
    starts = break_offsets(text.plain, width)
    if len(starts) == 1:
        return text
    parts = list(text.divide(starts[1:]))
    if lines is not None and len(parts) > lines:
        parts = parts[:lines]
        last = parts[-1]
        last.rstrip()
        last.truncate(width - 1)
        last.rstrip()
        last.append("…")
    out = Text(end="")
    for n, line in enumerate(parts):
        line.rstrip()
        if n:
            out.append("\n  ")
        out.append_text(line)
    return out


def snippet_window(
    text: str, spans: list[tuple[int, int]], size: int, before: int = 12
) -> tuple[str, list[tuple[int, int]]]:
    """At most `size` characters of `text` from a little before the first span, spans shifted;
    an ellipsis marks each cut."""
    start = max(0, min((s for s, _ in spans), default=0) - before)
    if start:
        space = text.find(" ", start, start + before)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + size)
    piece = text[start:end]
    shift = 0
    if start:
        piece, shift = "…" + piece, 1
    if end < len(text):
        piece = piece.rstrip() + "…"  # "since…", not "since …" (highlights end on words)
    moved = [(s - start + shift, e - start + shift) for s, e in spans if s >= start and e <= end]
    return piece, moved


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = HIGHLIGHT_STYLE) -> Text:
    """`text` on one line with `style` on each (start, end) span, cut and cleaned by offset."""
    out = Text(end="")
    pos = 0
    for start, end in sorted(spans):
        start, end = max(pos, start), min(len(text), end)
        if start >= end:
            continue
        out.append(safe(text[pos:start]) if start > pos else "")
        out.append(safe(text[start:end]), style=style)
        pos = end
    out.append(safe(text[pos:]))
    return out


def count_line(
    total: int,
    shown: int,
    sort: str,
    filters: Sequence[str],
    query: str,
    marked: int = 0,
    width: int | None = None,
    asked: str | None = None,
    unread: int | None = None,
    unread_only: bool = False,
    anything_read: bool = False,
    new: int | None = None,
    new_only: bool = False,
) -> Text:
    """'312 results · 12 unread · 3 new · 40 shown · 2 marked · by date · entity: Serbia' ('N shown'
    while rows remain to load; the filter names come from documents: appended). The unread
    count is said once some match was read, and 'all unread' once `anything_read` in the
    library: '3 results' alone could be all read or none (`unread_only`: 'unread only'
    instead, as the total counts only those). `sort` is the order the
    rows are in; `asked` the one the reader asked for, where that differs (the empty box asked
    by relevance is listed by date). Where the line is wider than `width`, an order the reader
    did not pick with `s` goes unsaid, then 'N shown' (more rows load as the list is
    scrolled): at 80 columns the line wrapped, and the list under it jumped a row as a
    document was marked. Sorting by date asked for is always said. `new`: how many arrived
    since the last session, said when some did (None: not known) and the line has room."""
    chosen = (asked or sort) != "relevance"
    note = (
        ("new only", "italic")
        if new_only
        else _unread_note(total, unread, unread_only, anything_read)
    )
    line = Text(end="")
    # 'N new' goes unsaid last, where even the tight line would wrap: the rows' tags say it
    for fresh in (new, 0) if new else (0,):
        for say_order, say_shown in ((True, True), (False, True), (False, False)):
            said = say_order or chosen
            line = _count_line(
                total, shown, sort, filters, query, marked, said, say_shown, note, fresh or 0
            )
            if width is None or line.cell_len <= width:
                return line
        fitted = _fit_parts(line, width)
        if not fresh or "\n" not in fitted.plain:
            return fitted
    return fitted


SEPARATOR = " · "


def lists_everything(query: str, filters: Sequence[object]) -> bool:
    """Whether the search is for every document: the empty box and `*` typed, no filter."""
    return query.strip() in ("", ALL_DOCUMENTS) and not filters


def _fit_parts(line: Text, width: int | None) -> Text:
    """`line` ('6 results · 5 unread · 3 marked') kept to `width` by its separators: drawn
    tight ('6 results·5 unread·3 marked') where that fits on one line, else broken onto a
    second line at a separator. Left to the wrap, a part was cut in two ('… · 3' at the end
    of one row, 'marked' on the next) in a results column of 30 cells."""
    if width is None or line.cell_len <= width:
        return line
    pieces = line.plain.split(SEPARATOR)
    if len(pieces) == 1:
        return line
    parts: list[Text] = []
    start = 0
    for piece in pieces:
        parts.append(line[start : start + len(piece)])
        start += len(piece) + len(SEPARATOR)
    tight = Text("·", style="dim", end="").join(parts)
    if tight.cell_len <= width:
        return tight
    out = parts[0].copy()
    out.end = ""
    used = out.cell_len
    for part in parts[1:]:
        if used + len(SEPARATOR) + part.cell_len <= width:
            out.append(SEPARATOR, style="dim")
            used += len(SEPARATOR) + part.cell_len
        else:
            out.append("\n")
            used = part.cell_len
        out.append_text(part)
    return out


def _count_line(
    total: int,
    shown: int,
    sort: str,
    filters: Sequence[str],
    query: str,
    marked: int,
    say_order: bool,
    say_shown: bool,
    unread_note: tuple[str, str] | None = None,
    new: int = 0,
) -> Text:
    line = Text(end="")
    plural = "" if total == 1 else "s"
    # the empty box and `*` typed list the same thing, every document: one word for both
    what = "document" if lists_everything(query, filters) else "result"
    line.append(f"{total:,} {what}{plural}", style="bold")  # '10,000', read at a glance
    if unread_note is not None:
        note, style = unread_note
        line.append(SEPARATOR, style="dim")
        line.append(note, style=style)
    if new:
        line.append(SEPARATOR, style="dim")
        line.append(f"{new:,} new", style=NEW_STYLE)
    if shown < total and say_shown:
        line.append(f"{SEPARATOR}{shown:,} shown", style="dim")
    if marked:
        line.append(f"{SEPARATOR}{marked} marked", style="bold")
    if say_order:
        line.append(f"{SEPARATOR}by {sort}", style="dim")
    for name in filters:
        line.append(SEPARATOR, style="dim")
        line.append(safe(name), style="italic")
    return line


def _unread_note(
    total: int, unread: int | None, unread_only: bool, anything_read: bool
) -> tuple[str, str] | None:
    """What the count line says of the unread, and its style: 'unread only', 'N unread', or
    'all unread' (what came in since: said, not left to the bold titles); None: nothing."""
    if unread_only:
        return "unread only", "italic"
    if unread is not None and unread < total:
        return f"{unread:,} unread", "bold"
    if unread is not None and unread == total > 0 and anything_read:
        return "all unread", "bold"
    return None


# What the count line adds while the rows listed are the last search's, dimmed: the longest
# that fits. 'No results yet (rows: the last search)' wrapped onto a second line in a results
# column of 28 to 34 cells (60 to 120 columns), and the rows under it jumped a line.
STALE_NOTES = (" (rows: the last search)", " (rows: last search)", " (old rows)")


def stale_line(line: Text, width: int | None) -> Text:
    """`line` (what the box holds now: 'No results yet', an error) with the longest of
    STALE_NOTES that keeps it within `width` cells (the first where the width is not known
    yet); the first too where none does: a long error is read whole, wrapped, not cut, and
    the note may as well be said in full."""
    fitting = [n for n in STALE_NOTES if width is None or line.cell_len + len(n) <= width]
    out = line.copy()
    out.end = ""
    out.append(fitting[0] if fitting else STALE_NOTES[0], style="dim")
    return out


def no_match_line(
    typed: str = "",
    filters: Sequence[tuple[str, str]] = (),
    unread_only: bool = False,
    *,
    new_only: bool = False,
    like: Sequence[str] = (),
) -> Text:
    """Under '0 results': what to try, as the query language allows (every word must match).
    While the last word of `typed` is too short to match as a prefix (`b`, `bo` on the way to
    `border`), only a word that short was looked for: fewer words or another spelling is not
    what to try, typing on is. Where no word was looked for, only fields (typed, or the
    sidebar's `filters` as (field, value)), the line says what none of them found. Listing
    only the unread (`U`), what left the rows out may be that they were read: the line says
    so, and the key that lists them (it advised fewer words for an empty box). `like`: the
    titles of the documents a `like:` clause named, so that the line says which one has no
    neighbour (the box holds only its path)."""
    if _short_last_word(typed):
        return Text("Words match as you type from their third letter", style="dim")
    if new_only:  # `W`: the same, of what arrived since the last session
        if lists_everything(typed, filters):
            return Text("Nothing new since your last session: W lists every document", "dim")
        return Text("Nothing new matches: W lists the older ones too", style="dim")
    if unread_only:
        if lists_everything(typed, filters):
            return Text("Nothing unread: U lists every document", style="dim")
        return Text("Nothing unread matches: U lists the read ones too", style="dim")
    fields = _fields_only(typed)
    if fields or (filters and not typed.strip()):
        if like and [name for name, _ in fields] == ["like"] and not filters:
            return _with_titles(Text("No other document is like ", style="dim", end=""), like)
        return Text(_no_field_match(fields, filters), style="dim")
    return Text("No match: try fewer words, OR between them, or another spelling", style="dim")


# what a search of one field alone that finds nothing lacks, said of that field (text: and
# body: search words as a plain word does: the usual advice fits them)
_NONE_FOR_FIELD = {
    "source": "Nothing from that source",
    "author": "Nothing by that author",
    "entity": "No document names that",
    "title": "No title has that",
    "type": "No entity of that type",
    "format": "No documents in that format",
    "filename": "No file by that name",
    "dir": "No documents in that folder",
    "path": "No documents there",
    "like": "No other document is like that one",
}


def _fields_only(typed: str) -> list[tuple[str, str]]:
    """The `field:value` clauses of `typed` when it has nothing else to look for (no word, no
    phrase): then fewer words or another spelling is not what to try."""
    from briefer.index.query import FIELDS, field_clauses  # loaded by the search just run

    clauses = field_clauses(typed)
    if not clauses or query_words(typed):
        return []
    if any(name not in FIELDS or name in ("text", "body") for name, _ in clauses):
        return []
    return clauses


def _no_field_match(clauses: list[tuple[str, str]], filters: Sequence[tuple[str, str]] = ()) -> str:
    """'No documents dated 2024-01', 'Nothing from that source': what the one field (typed,
    or chosen in the sidebar) found none of; of several fields, that none matches them (all,
    or any where OR joins them), the sidebar's filter among them when there is one."""
    if clauses and filters:
        fields = "this field" if len(clauses) == 1 else "these fields"
        return f"No document matches {fields} and the filter"
    if len(clauses) + len(filters) > 1:
        return "No document matches these fields"
    name, value = clauses[0] if clauses else filters[0]
    if name == "date":
        from briefer.index.query import plain_date

        day = plain_date(value)
        return f"No documents dated {safe(day)}" if day else "No documents in those dates"
    return _NONE_FOR_FIELD.get(name, "No document has that")


def _short_last_word(typed: str) -> bool:
    from briefer.index.query import short_last_word  # loaded by the search that found nothing

    return short_last_word(typed)


def like_line(titles: Sequence[str]) -> Text:
    """Under the count, whose neighbours a `like:` search lists ('Similar to: Varenna dam
    overflows, valley towns flooded'), as a desktop search's "similar documents" list is headed
    by the document it started from: the box holds only a path. One line: the hint row cuts a
    long title with an ellipsis (class `-like`)."""
    line = Text("Similar to: ", style="dim", end="", no_wrap=True, overflow="ellipsis")
    return _with_titles(line, titles)


def _with_titles(line: Text, titles: Sequence[str]) -> Text:
    """`line` followed by the titles, in italics, kept apart by a dim " · " (document text:
    made safe, never markup)."""
    for number, title in enumerate(titles):
        if number:
            line.append(" · ", style="dim")
        line.append(safe(title) or "(untitled)", style="italic")
    return line


def suggestion_line(suggestion: str) -> Text:
    line = Text("Did you mean ", style="dim", end="")
    line.append(safe(suggestion), style="bold italic")
    line.append("?  (Ctrl+Y)", style="dim")
    return line
