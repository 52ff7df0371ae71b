"""`like:DOCUMENT`: the documents like one, ranked by similarity, composed with the other
clauses, and refused in one line when it names no indexed document.

The library holds three stories told by more than one document each (a dam's flooding, a
fishing-rights quarrel, a rail strike) and two documents on nothing else in it. Every word
was written for these tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefer.cli.main import main
from briefer.errors import UsageError
from briefer.index import Library
from briefer.index.like import KEY_TERMS, Similar, key_terms
from briefer.render.printable import printable_json

FLOOD = (
    "The Varenna dam overflowed after a week of rain, and the river flooded the valley towns "
    "below it. Engineers said the dam's spillway gates had jammed. Villagers in Lusk and "
    "Orvel were evacuated by boat as the floodwater rose. "
)
FISH = (
    "Trawlers from the two coastal states quarrelled again over fishing rights near the "
    "Skerry banks. Coastguard cutters shadowed the trawlers and the fisheries ministers "
    "traded protests over quotas for cod and herring. "
)
STRIKE = (
    "Rail workers walked out over pay, and the strike halted trains across the country. "
    "The union said the railway company had refused its wage offer; commuters queued for "
    "buses at shuttered stations. "
)

FILES: dict[str, str] = {
    "flood/2026-03-02-dam-overflows.txt": (
        "Varenna dam overflows, valley towns flooded\n\n"
        "LUSK, March 2, 2026 - " + FLOOD * 2 + "Rescue teams searched the flooded streets."
    ),
    "flood/2026-03-05-floodwater-recedes.txt": (
        "Floodwater recedes below the Varenna dam\n\n"
        "ORVEL, March 5, 2026 - The floodwater in the valley began to recede as engineers "
        "freed the jammed spillway gates of the Varenna dam. Villagers evacuated from Lusk "
        "and Orvel returned to flooded homes. " + FLOOD
    ),
    "flood/archive/2025-11-20-dam-inspection.txt": (
        "Inspectors warned about the Varenna dam's spillway\n\n"
        "November 20, 2025 - Inspectors warned that the spillway gates of the Varenna dam "
        "could jam in heavy rain, leaving the valley below exposed to floodwater. "
        "Engineers asked for repairs to the dam before spring."
    ),
    "fish/2026-03-03-trawlers-quarrel.txt": (
        "Trawlers quarrel over fishing rights at the Skerry banks\n\nMarch 3, 2026 - " + FISH * 2
    ),
    "fish/2026-03-09-quota-talks.txt": (
        "Fisheries ministers meet over cod and herring quotas\n\n"
        "March 9, 2026 - The fisheries ministers met to settle quotas for cod and herring at "
        "the Skerry banks, where trawlers and coastguard cutters had quarrelled. " + FISH
    ),
    "rail/2026-03-04-rail-strike.txt": (
        "Rail strike halts trains\n\nMarch 4, 2026 - " + STRIKE * 2
    ),
    "rail/2026-03-06-strike-ends.txt": (
        "Rail strike ends with a wage deal\n\n"
        "March 6, 2026 - The union accepted the railway company's new wage offer and the "
        "strike ended; trains ran again and commuters left the buses. " + STRIKE
    ),
    "other/2026-03-07-museum.txt": (
        "A museum reopens its sculpture hall\n\n"
        "March 7, 2026 - The city museum reopened its sculpture hall after a long "
        "restoration, with marble figures cleaned and the skylight glazed anew."
    ),
    "my notes/2026-03-08-choir.txt": (
        "Choir festival draws singers\n\n"
        "March 8, 2026 - Singers from forty choirs gathered for the spring festival, "
        "performing hymns and folk songs in the cathedral."
    ),
}


def _write(root: Path) -> Path:
    docs = root / "docs"
    for name, text in FILES.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    return docs


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, Path]:
    root = tmp_path_factory.mktemp("like")
    docs = _write(root)
    lib = Library(root / "index", workers=1)
    lib.sync([docs])
    return lib, docs


def _names(lib: Library, query: str, **kwargs: object) -> list[str]:
    return [Path(h.path).name for h in lib.search(query, limit=50, **kwargs).hits]  # type: ignore[arg-type]


DAM = "flood/2026-03-02-dam-overflows.txt"


def test_like_ranks_the_same_story_first_and_leaves_the_document_out(
    library: tuple[Library, Path],
) -> None:
    lib, docs = library
    found = _names(lib, f"like:{docs / DAM}")
    assert "2026-03-02-dam-overflows.txt" not in found
    # the two other documents on the flood, and nothing about the museum, the choir, the strike
    assert found[:2] == ["2026-03-05-floodwater-recedes.txt", "2025-11-20-dam-inspection.txt"]
    assert not {"2026-03-07-museum.txt", "2026-03-08-choir.txt"} & set(found)
    assert not {"2026-03-04-rail-strike.txt", "2026-03-06-strike-ends.txt"} & set(found)
    fish = _names(lib, f"like:{docs}/fish/2026-03-03-trawlers-quarrel.txt")
    assert fish[0] == "2026-03-09-quota-talks.txt"
    assert "2026-03-05-floodwater-recedes.txt" not in fish


def test_a_story_ranks_above_an_unrelated_document_that_shares_a_word(
    tmp_path: Path,
) -> None:
    """A choir that sings in the valley by the dam shares two words with the flood: it is not
    like it, and the other choir's festival is what it is like."""
    docs = _write(tmp_path)
    extra = docs / "other" / "2026-03-10-valley-choir.txt"
    extra.write_text(
        "Valley choir sings at the dam\n\nMarch 10, 2026 - A choir from the valley sang hymns "
        "at the dam, and singers from forty choirs joined it at the gates.\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "index", workers=1) as lib:
        lib.sync([docs])
        hits = lib.search(f"like:{docs / DAM}", limit=50).hits
        assert [Path(h.path).name for h in hits] == [
            "2026-03-05-floodwater-recedes.txt",
            "2025-11-20-dam-inspection.txt",
        ]
        assert hits[0].score > hits[1].score
        choir = lib.search(f'like:"{extra}"', limit=50).hits
        assert Path(choir[0].path).name == "2026-03-08-choir.txt"  # under "my notes"
        assert all(choir[0].score > h.score for h in choir[1:])


def test_like_names_a_document_by_relative_path_home_quotes_or_id(
    library: tuple[Library, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    lib, docs = library
    expected = _names(lib, f"like:{docs / DAM}")
    monkeypatch.chdir(docs / "flood")
    assert _names(lib, "like:2026-03-02-dam-overflows.txt") == expected
    assert _names(lib, "like:./archive/../2026-03-02-dam-overflows.txt") == expected
    monkeypatch.setenv("HOME", str(docs))
    assert _names(lib, f"like:~/{DAM}") == expected
    assert _names(lib, f'like:"{docs / DAM}"') == expected
    doc_id = lib.search(f"like:{docs / 'flood/2026-03-05-floodwater-recedes.txt'}").hits[0]
    assert Path(doc_id.path).name == "2026-03-02-dam-overflows.txt"
    assert _names(lib, f"like:{doc_id.id}") == expected
    # a path with a space, quoted (the choir is like nothing else in this library)
    choir = docs / "my notes" / "2026-03-08-choir.txt"
    assert lib.search(f'like:"{choir}"').total == 0
    with pytest.raises(UsageError, match="no document in the library at"):
        lib.search(f"like:{choir}")  # unquoted: the path stops at the space


def test_like_composes_with_other_clauses_and_date_sorting(
    library: tuple[Library, Path],
) -> None:
    lib, docs = library
    like = f"like:{docs / DAM}"
    assert _names(lib, f"{like} date:2026-03..") == ["2026-03-05-floodwater-recedes.txt"]
    assert _names(lib, f"{like} -dir:{docs}/flood/archive") == ["2026-03-05-floodwater-recedes.txt"]
    assert _names(lib, f"{like} NOT dir:{docs}/flood") == []
    either = set(_names(lib, f"({like} OR title:choir)"))
    assert either == {
        "2026-03-05-floodwater-recedes.txt",
        "2025-11-20-dam-inspection.txt",
        "2026-03-08-choir.txt",
    }
    assert _names(lib, f"{like} spillway jammed") == ["2026-03-05-floodwater-recedes.txt"]
    # by date, newest first, whatever the similarity
    assert _names(lib, like, sort="date") == [
        "2026-03-05-floodwater-recedes.txt",
        "2025-11-20-dam-inspection.txt",
    ]
    # and any clause with it: `-like:` leaves the story out
    rest = set(_names(lib, f"-like:{docs / DAM} date:2026-03"))
    assert "2026-03-05-floodwater-recedes.txt" not in rest
    assert "2026-03-02-dam-overflows.txt" in rest  # not like itself: not left out


def test_like_gives_snippets_with_the_key_terms_highlighted(
    library: tuple[Library, Path],
) -> None:
    lib, docs = library
    hit = lib.search(f"like:{docs / DAM}").hits[0]
    marked = {hit.snippet[a:b].lower() for a, b in hit.highlights}
    assert marked & {"dam", "spillway", "floodwater", "varenna", "valley", "engineers"}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "like: needs a document, e.g. like:notes/report.md"),
        ("{docs}/flood/gone.txt", "like: no document in the library at {docs}/flood/gone.txt"),
        ("{docs}/flood", "like: takes a document, and {docs}/flood is a folder"),
        ("0123456789abcdef", "like: no document in the library has the id 0123456789abcdef"),
        ("~nosuchuserhere/a.txt", "like: cannot expand ~nosuchuserhere: no such user"),
    ],
)
def test_a_like_naming_no_indexed_document_is_a_bad_query(
    library: tuple[Library, Path], value: str, message: str
) -> None:
    lib, docs = library
    with pytest.raises(UsageError) as caught:
        lib.search(f"kosovo like:{value.format(docs=docs)}")
    text = str(caught.value)
    assert text.startswith(message.format(docs=docs))
    assert "\n" not in text


def test_a_file_outside_the_library_is_said_to_be(
    library: tuple[Library, Path], tmp_path: Path
) -> None:
    lib, _ = library
    outside = tmp_path / "loose.txt"
    outside.write_text("Not indexed\n", encoding="utf-8")
    with pytest.raises(UsageError, match="is not in the library"):
        lib.search(f"like:{outside}")


def test_like_finds_the_same_across_segments(tmp_path: Path) -> None:
    """Each segment numbers its documents from 0: the shared documents are found in every one
    (a library committed two documents at a time has five segments)."""
    docs = _write(tmp_path)
    with (
        Library(tmp_path / "one", workers=1) as one,
        Library(tmp_path / "many", workers=1, batch_size=2) as many,
    ):
        one.sync([docs])
        many.sync([docs])
        assert len(list(many._current().reader().leaf_readers())) > 1
        for name in FILES:
            query = f'like:"{docs / name}"'
            assert _names(one, query) == _names(many, query), name


def test_key_terms_are_frequent_here_and_rare_elsewhere(library: tuple[Library, Path]) -> None:
    lib, docs = library
    searcher = lib._current()
    text = (docs / DAM).read_text(encoding="utf-8")
    terms = key_terms(searcher, text)
    words = [t for t, _ in terms]
    assert len(words) <= KEY_TERMS
    assert {"dam", "spillwai", "floodwat"} & set(words)
    assert terms[0][1] == 1.0 and all(0 < w <= 1.0 for _, w in terms)
    assert not any(w.isdigit() for w in words)  # no numbers (2026)
    assert "rescu" not in words  # in no other document: it would find nothing


def test_the_clause_is_cached_per_opened_index(library: tuple[Library, Path]) -> None:
    lib, docs = library
    first = lib.search(f"like:{docs / DAM}")
    again = lib.search(f"like:{docs / DAM} valley")
    assert again.total <= first.total
    resolver = lib._likes
    assert resolver is not None and len(resolver._known) >= 1
    assert isinstance(resolver(str(docs / DAM), "/"), Similar)


def test_cli_like_prints_the_contract_and_exits_2_on_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _write(tmp_path)
    monkeypatch.setenv("BRIEFER_HOME", str(tmp_path / "home"))
    assert main(["index", str(docs)]) == 0
    capsys.readouterr()
    monkeypatch.chdir(docs)
    assert main(["search", f"like:{DAM}", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"query", "total", "offset", "suggestion", "results", "facets"}
    assert set(out["results"][0]) == {
        "id",
        "path",
        "folder",
        "title",
        "date",
        "source",
        "score",
        "snippet",
        "highlights",
    }
    assert Path(out["results"][0]["path"]).name == "2026-03-05-floodwater-recedes.txt"
    assert out["query"] == f"like:{DAM}"
    # the id --json printed names the document too
    doc_id = out["results"][0]["id"]
    assert main(["search", f"like:{doc_id}", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert Path(again["results"][0]["path"]).name == "2026-03-02-dam-overflows.txt"
    # a leading -like: is the query, not an option
    assert main(["search", f"-like:{DAM}", "valley", "-f", "json"]) == 0
    names = {Path(r["path"]).name for r in json.loads(capsys.readouterr().out)["results"]}
    assert "2026-03-05-floodwater-recedes.txt" not in names
    assert main(["search", "like:flood/nothing.txt"]) == 2
    err = capsys.readouterr().err
    assert err == f"briefer: like: no document in the library at {docs}/flood/nothing.txt\n"
    assert main(["search", "like:"]) == 2
    assert capsys.readouterr().err.startswith("briefer: like: needs a document")


def test_printable_json_of_a_like_result_is_one_line_per_string(
    library: tuple[Library, Path],
) -> None:
    lib, docs = library
    result = lib.search(f"like:{docs / DAM}")
    text = printable_json(result.to_dict(), names=("path", "folder", "folders", "query"))
    assert json.loads(text)["total"] == result.total
    assert os.fspath(docs) in text


@pytest.mark.parametrize("field", ["like", "dir"])
def test_a_home_no_user_can_have_is_a_bad_query_not_a_damaged_index(
    library: tuple[Library, Path], field: str
) -> None:
    """`~` and a NUL: the user lookup raised ValueError, which the index's reading took for
    damage ('the index cannot be read ... run briefer index --rebuild')."""
    lib, _ = library
    with pytest.raises(UsageError, match=rf"^{field}: cannot expand ~\\x00: no such user$"):
        lib.search(f"{field}:~\x00")


def test_stopping_early_picks_the_same_key_terms_as_scoring_every_word(
    library: tuple[Library, Path],
) -> None:
    """Words are read most frequent first and the reading stops once none left can rank: the
    terms are those that scoring every word of the text gives."""
    import math

    from briefer.index.like import COMMON_FLOOR, COMMON_SHARE
    from briefer.index.schema import prepare_postings

    lib, docs = library
    searcher = lib._current()
    reader = searcher.reader()
    n = reader.doc_count_all()
    common = max(COMMON_SHARE * n, min(COMMON_FLOOR, n / 2))
    for name in FILES:
        text = (docs / name).read_text(encoding="utf-8")
        every: list[tuple[float, str]] = []
        for raw, _, tf, _ in prepare_postings(searcher.schema, "body", text):
            term = raw.decode("utf-8")
            df = reader.doc_frequency("body", term)
            f = reader.frequency("body", term) / n
            if not any(c.isalpha() for c in term) or df < 2 or df > common or f >= tf:
                continue
            every.append((tf * math.log2((1 + f) / f) + math.log2(1 + f), term))
        every.sort(key=lambda pair: (-pair[0], pair[1]))
        for count in (3, KEY_TERMS):
            assert [t for t, _ in key_terms(searcher, text, count)] == [
                t for _, t in every[:count]
            ], name


def test_the_result_names_the_documents_the_clauses_are_like(
    library: tuple[Library, Path],
) -> None:
    """The reader says whose neighbours it lists: the result carries the titles of the
    documents a `like:` names, each once, and none for a clause negated or absent."""
    lib, docs = library
    dam, fish = docs / DAM, docs / "fish/2026-03-03-trawlers-quarrel.txt"
    assert lib.search(f"like:{dam}").like == ("Varenna dam overflows, valley towns flooded",)
    both = lib.search(f"like:{dam} OR like:{fish} OR like:{dam}").like
    assert both == (
        "Varenna dam overflows, valley towns flooded",
        "Trawlers quarrel over fishing rights at the Skerry banks",
    )
    assert lib.search(f"like:{fish} -like:{dam}").like == (
        "Trawlers quarrel over fishing rights at the Skerry banks",
    )
    assert lib.search(f"flood NOT like:{dam}").like == ()
    assert lib.search("flood").like == ()


def test_a_like_path_is_being_typed_while_the_text_ends_in_its_value() -> None:
    from briefer.index.scope import like_being_typed

    assert like_being_typed("like:news/bor")
    assert like_being_typed('kosovo like:"~/My News/a.txt"')  # (an open quote: open_phrase)
    assert like_being_typed('(kosovo) -LIKE:"~/a.md"')
    assert not like_being_typed("like:news/a.md kosovo")  # typed on past it
    assert not like_being_typed("like:news/a.md ")
    assert not like_being_typed("like:")  # as far as its colon: said as any empty field is
    assert not like_being_typed("dir:news/bor")
    assert not like_being_typed('"see like:a"')  # in a phrase: text


def test_like_inside_a_group_merged_into_its_parent_is_searched(
    library: tuple[Library, Path],
) -> None:
    """A group that normalising merges into the query around it ("valley(like:X spillway)")
    carries its boost onto each clause, the `like:` clause too (it had no boost: a crash)."""
    lib, docs = library
    grouped = _names(lib, f"valley(like:{docs / DAM} spillway)")
    assert grouped == ["2026-03-05-floodwater-recedes.txt", "2025-11-20-dam-inspection.txt"]
    assert grouped == _names(lib, f"valley like:{docs / DAM} spillway")
