"""Discovery: which files are taken, which are skipped and why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer.sources import SUPPORTED_SUFFIXES, LoadError, Skip, discover, load_document
from briefer.sources.discovery import FileStat


def write(path: Path, text: str = "Title\n\nBody.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def reasons(skips: list[Skip]) -> dict[str, str]:
    return {skip.path.name: skip.reason for skip in skips}


def test_recursive_sorted_supported_only(tmp_path: Path) -> None:
    b = write(tmp_path / "b.md")
    a = write(tmp_path / "sub" / "deeper" / "a.txt")
    page = write(tmp_path / "sub" / "page.HTML")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    write(tmp_path / "notes.csv")
    write(tmp_path / "image.png")
    result = discover([tmp_path])
    assert result.files == sorted([a, b, page, pdf])
    assert result.skips == []  # unsupported suffixes are passed over silently
    assert {".txt", ".md", ".html", ".htm", ".pdf"} <= SUPPORTED_SUFFIXES


def test_hidden_folders_and_files_are_left_out(tmp_path: Path) -> None:
    kept = write(tmp_path / "kept.txt")
    write(tmp_path / ".git" / "notes.txt")
    write(tmp_path / "sub" / ".cache" / "story.md")
    write(tmp_path / ".hidden.txt")
    assert discover([tmp_path]).files == [kept]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    story = write(tmp_path / "a" / "story.txt")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    result = discover([tmp_path])
    assert result.files == [story]


def test_same_file_given_twice_is_listed_once(tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    assert discover([story, tmp_path, str(story)]).files == [story]


def test_too_large_and_broken_links_are_skips(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt")
    write(tmp_path / "big.md", "x" * 5000)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = discover([tmp_path], max_bytes=4096)
    assert [p.name for p in result.files] == ["ok.txt"]
    assert reasons(result.skips) == {
        "big.md": "too large (4.9 KiB, limit 4.0 KiB)",
        "dangling.txt": "broken symlink",
    }


def test_binary_content_is_found_and_refused_when_loaded(tmp_path: Path) -> None:
    # Discovery does not read files (a re-sync must cost one stat per file); the loader
    # says why a text file full of NUL bytes is no document.
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"abc\x00def")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Title\n\nBody.\n".encode("utf-16"))
    assert discover([tmp_path]).files == [binary, utf16]
    with pytest.raises(LoadError, match=r"binary content \(NUL bytes\)"):
        load_document(binary)
    assert "Body." in load_document(utf16).text


def test_discovery_gives_each_file_its_size_and_mtime_without_opening_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = write(tmp_path / "story.txt", "Title\n\nA body of some length.\n")
    os.utime(story, ns=(1_700_000_000_000_000_000, 1_700_000_000_123_456_789))

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("discovery opened a file")

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr("builtins.open", refuse)
    result = discover([tmp_path])
    assert result.files == [story]
    assert result.stats[story] == FileStat(story.stat().st_size, 1_700_000_000_123_456_789)


def test_a_link_to_a_file_already_found_is_listed_once(tmp_path: Path) -> None:
    story = write(tmp_path / "a" / "story.txt")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "alias.txt").symlink_to(story)
    assert discover([tmp_path]).files == [story]


def test_pdf_is_not_sniffed_for_nul_bytes(tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01binary streams are normal")
    assert discover([tmp_path]).files == [pdf]


def test_nonexistent_and_unsupported_given_paths(tmp_path: Path) -> None:
    other = write(tmp_path / "data.csv")
    result = discover([tmp_path / "missing", other])
    assert result.files == []
    assert reasons(result.skips) == {
        "missing": "no such file or folder",
        "data.csv": "unsupported file type '.csv'",
    }


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "locked.txt")
    kept = write(tmp_path / "kept.txt")
    real_stat = os.stat

    def refusing(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if Path(str(path)).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("briefer.sources.discovery.os.stat", refusing)
    result = discover([tmp_path])
    assert result.files == [kept]
    assert reasons(result.skips) == {"locked.txt": "unreadable (permission denied)"}


def test_file_vanishing_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "gone.txt")
    kept = write(tmp_path / "kept.txt")
    real_stat = os.stat

    def vanishing(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if Path(str(path)).name == "gone.txt":
            raise FileNotFoundError(2, "No such file or directory")
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("briefer.sources.discovery.os.stat", vanishing)
    result = discover([tmp_path])
    assert result.files == [kept]
    assert reasons(result.skips) == {"gone.txt": "vanished while reading"}


def test_unreadable_folder_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = write(tmp_path / "kept.txt")
    write(tmp_path / "private" / "story.txt")
    real_scandir = os.scandir

    def guarded(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("briefer.sources.discovery.os.scandir", guarded)
    result = discover([tmp_path])
    assert result.files == [kept]
    assert reasons(result.skips) == {"private": "unreadable folder (permission denied)"}


def test_walk_reads_suffixes_from_names_as_paths_do(tmp_path: Path) -> None:
    # The walk decides by the entry's name string; a given file by its Path. Both must agree
    # on the odd names (a final dot, a leading dot, two dots, capitals, no suffix).
    names = ["a.txt", "b.TXT", "c.", "d..md", "e.x.Html", "f", "g.doc", "h .pdf", "i.markdown"]
    for name in names:
        write(tmp_path / "w" / name)
    walked = {p.name for p in discover([tmp_path / "w"]).files}
    given = {p.name for name in names for p in discover([tmp_path / "w" / name]).files}
    assert walked == given == {"a.txt", "b.TXT", "d..md", "e.x.Html", "h .pdf", "i.markdown"}


def test_a_saved_pages_parts_folder_is_left_out(tmp_path: Path) -> None:
    # "Save page, complete" writes Page.html and Page_files/ with framed ads as .html
    write(tmp_path / "Troops massed.html", "<p>The story.</p>")
    write(tmp_path / "Troops massed_files" / "ad-frame.html", "<p>Buy now.</p>")
    write(tmp_path / "Bericht.htm", "<p>Die Meldung.</p>")
    write(tmp_path / "Bericht-Dateien" / "frame.htm", "<p>Werbung.</p>")
    # a folder that only ends like one, with no page beside it, is walked as any other
    write(tmp_path / "case_files" / "note.txt")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in discover([tmp_path]).files]
    assert found == ["Bericht.htm", "Troops massed.html", "case_files/note.txt"]
