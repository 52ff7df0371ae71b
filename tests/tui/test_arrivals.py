"""Documents new since the last session: unread says what was never opened (a library of
thousands stays mostly unread), not what came in since the reader last looked. The ids the
library held are kept between sessions (`known.json`); a document not among them is tagged
'new' on its row, counted on the count line ('N new') and said once on arrival."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.text import Text

from briefer.tui.arrivals import Arrivals, known_path
from briefer.tui.rows import count_line, hit_row
from briefer.tui.widgets.results import ResultList
from tests.tui.conftest import StartReader, settle, until


def test_the_first_library_seen_is_where_the_count_starts(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    first = Arrivals(path)
    assert first.see([]) == 0 and not path.exists(), "an empty index (first indexing) says nothing"
    assert first.see(["a", "b"]) == 0 and first.new == frozenset()
    assert first.see(["a", "b", "c"]) == 1 and first.new == {"c"}, "in this session too"
    assert first.see(["a", "b", "c"]) == 0, "said once"
    assert json.loads(path.read_text()) == ["a", "b", "c"]
    later = Arrivals(path)
    assert later.see(["a", "b", "c", "d"]) == 1 and later.new == {"d"}
    assert Arrivals(path).see(["a", "b", "c", "d"]) == 0, "next session: no longer new"


def test_a_corrupt_or_unwritable_file_only_means_nothing_is_new(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    path.write_text("{not json")
    arrivals = Arrivals(path)
    assert arrivals.see(["a"]) == 0 and arrivals.new == frozenset()
    blocked = Arrivals(tmp_path / "file" / "known.json")
    (tmp_path / "file").write_text("")  # a file where the folder should be
    assert blocked.see(["a"]) == 0 and blocked.see(["a", "b"]) == 1


def test_a_new_row_and_the_count_line_say_new() -> None:
    class Hit:
        id, title, path, date, source, snippet = "x", "Title", "/a/b.txt", "2023-01-08", "Wire", ""

    row = hit_row(Hit(), marked=False, width=40, new=True).plain
    assert "new · 2023-01-08 · Wire" in row
    assert "new" not in hit_row(Hit(), marked=False, width=40).plain
    line = count_line(25, 20, "date", [], "", unread=24, new=1, anything_read=True)
    assert line.plain.startswith("25 documents · 24 unread · 1 new")
    assert isinstance(line, Text) and "new" not in count_line(25, 20, "date", [], "").plain
    # in a results column of 30 cells (80 columns): drawn tight, else left unsaid before the
    # line wraps (the rows under it jumped a line)
    tight = count_line(25, 20, "date", [], "", 0, 30, asked="relevance", unread=24, new=1)
    assert tight.plain == "25 documents·24 unread·1 new"
    crowded = count_line(
        6, 6, "relevance", [], "kosovo", 3, 30, unread=6, anything_read=True, new=1
    )
    assert crowded.plain == "6 results·all unread·3 marked"


async def test_the_reader_tags_what_arrived_since_the_last_session(
    library: Any, start_reader: StartReader
) -> None:
    ids = library.ids()
    # the newest document, which the opening list (every document, newest first, one page)
    # shows: an id is a hash of the file's path, so the smallest id may fall past that page
    arrived = library.search("*", sort="date", limit=1, snippets=False).hits[0].id
    known_path().parent.mkdir(parents=True, exist_ok=True)
    known_path().write_text(json.dumps([i for i in ids if i != arrived]))
    async with start_reader((80, 24), notifications=True) as (app, pilot, screen):
        results = screen.query_one(ResultList)
        await until(pilot, lambda: bool(results.new_ids), "the library's ids read")
        await settle(pilot)
        assert results.new_ids == {arrived}
        count = str(screen.query_one("#result-count").render())
        assert "1 new" in count, count
        notes = [n.message for n in app._notifications]
        assert any("1 document new since your last session" in n for n in notes), notes
        row = next(i for i, h in enumerate(results.hits) if h.id == arrived)
        prompt = str(results.get_option_at_index(row).prompt)
        assert "new · " in prompt
        others = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert sum("new · " in p for p in others) == 1
    assert json.loads(known_path().read_text()) == sorted(ids), "next time it is known"
