"""The .txt loader: headline, byline, dateline date and outlet, paragraphs with offsets."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from briefer.sources import LoadError, load_document
from briefer.sources.document import document_id


def test_reuters_dateline_article(fixtures: Path) -> None:
    path = fixtures / "dateline_reuters.txt"
    doc = load_document(path)
    assert doc.format == "txt"
    assert doc.id == document_id(path)
    assert doc.title == "Kosovo closes border crossings as Serb barricades stay up"
    # "Dec 10" has no year, and "Dec. 11, 2022" further down dates an event, not the story:
    # the file name or a publication line would give the year; here nothing does.
    assert doc.date is None
    assert doc.source == "Reuters"
    assert doc.author == "Ana Petrović"
    assert doc.paragraphs[0].kind == "heading"
    # The dateline stays in the text, and hard-wrapped lines are joined into one paragraph.
    third = doc.paragraph_text(3)
    assert third.startswith("PRISTINA, Dec 10 (Reuters) - Kosovo police")
    assert "Saturday after ethnic Serbs" in third
    assert len(doc.paragraphs) == 6
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end] == doc.text[p.start : p.end].strip()
    assert doc.size == path.stat().st_size
    assert doc.mtime == path.stat().st_mtime


def test_missing_file_is_a_one_line_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_document(tmp_path / "gone.txt")
    message = str(info.value)
    assert "gone.txt" in message
    assert "\n" not in message


def test_sentence_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "ohrid_talks-summary.txt"
    path.write_text(
        "Leaders met in Ohrid on Saturday and talked for twelve hours.\n\nA second paragraph.\n"
    )
    doc = load_document(path)
    assert doc.title == "Ohrid talks summary"
    assert doc.paragraphs[0].kind == "text"
    assert len(doc.paragraphs) == 2


def test_a_headline_may_end_on_an_initialism(tmp_path: Path) -> None:
    """Its dots are no full stop: "... defies U.N." is a headline; "... in the U.S. town." is
    a sentence still."""
    path = tmp_path / "borneo.txt"
    body = "KUCHING, Sept 20 (Wire) - British troops arrived in Borneo on Friday.\n"
    path.write_text("Britain sends troops to Borneo as Jakarta defies U.N.\n\n" + body)
    doc = load_document(path)
    assert doc.title == "Britain sends troops to Borneo as Jakarta defies U.N."
    assert doc.paragraphs[0].kind == "heading"
    path.write_text("Troops landed near the U.S. base.\n\n" + body)
    assert load_document(path).title == "Borneo"


def test_one_line_per_paragraph_without_blank_lines(tmp_path: Path) -> None:
    lines = [
        "Kosovo reopens Merdare crossing",
        "Belgrade, 29 December 2022 — " + "Kosovo Serbs began dismantling the roadblocks. " * 4,
        "Bulldozers and lorries were moved off the road near Rudare in the morning. " * 3,
        "Kosovo reopened the Merdare crossing, its busiest link with Serbia. " * 3,
    ]
    path = tmp_path / "story.txt"
    path.write_text("\n".join(lines) + "\n")
    doc = load_document(path)
    assert doc.title == "Kosovo reopens Merdare crossing"
    assert doc.date == date(2022, 12, 29)
    assert [p.kind for p in doc.paragraphs] == ["heading", "text", "text", "text"]
    assert doc.paragraph_text(4).startswith("Kosovo reopened the Merdare")


def test_press_release_headline_over_a_reference_line(tmp_path: Path) -> None:
    """One line per paragraph: the headline is set apart by itself, and the date may sit on a
    short reference line that reads like a heading."""
    lines = [
        "Ministry welcomes the reopening of the northern border crossing",
        "Ministry of Foreign Affairs — Press Release 041/2025",
        "Skopje, 3 March 2025",
        "The Ministry welcomes the decision to reopen the crossing to freight traffic. " * 3,
        "We thank our neighbours for their cooperation during the talks of recent weeks. " * 3,
    ]
    path = tmp_path / "release.txt"
    path.write_text("\n".join(lines) + "\n")
    doc = load_document(path)
    assert doc.title == "Ministry welcomes the reopening of the northern border crossing"
    assert doc.date == date(2025, 3, 3)


def test_a_quoted_first_line_of_unwrapped_text_is_no_headline(tmp_path: Path) -> None:
    lines = [
        'The minister told supporters in the capital: "We will not back down"',
        "The crowd cheered as the minister left the stage. " * 4,
    ]
    path = tmp_path / "rally_speech.txt"
    path.write_text("\n".join(lines) + "\n")
    assert load_document(path).title == "Rally speech"


def test_year_for_a_yearless_dateline_comes_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2022-12-10-barricades.txt"
    path.write_text(
        "Serbs block roads\n\nPRISTINA, Dec 10 (Adriatic Wire) - Text about 1999 and 2008.\n"
    )
    doc = load_document(path)
    assert doc.date == date(2022, 12, 10)
    assert doc.source == "Adriatic Wire"


def test_a_historical_date_does_not_give_a_yearless_dateline_its_year(tmp_path: Path) -> None:
    # The wire of 17 November 2015 recalls 2001 and 2009: neither is its year, so it is undated
    # rather than dated 2001-11-17 among the wrong events.
    body = (
        "EU allies answer the call\n\n"
        "BRUSSELS, Nov 17 (Atlantic Press Service) - Ministers agreed on Tuesday to help.\n\n"
        "The clause, introduced by the Lisbon Treaty in 2009, had never been used; the United "
        "States invoked NATO's own after the attacks of September 11, 2001.\n"
    )
    path = tmp_path / "allies-answer.txt"
    path.write_text(body)
    doc = load_document(path)
    assert doc.date is None
    assert doc.source == "Atlantic Press Service"
    dated = tmp_path / "2015-11-17-allies-answer.txt"
    dated.write_text(body)
    assert load_document(dated).date == date(2015, 11, 17)
    published = tmp_path / "allies.txt"
    published.write_text(body + "\nPublished: 17 November 2015\n")
    assert load_document(published).date == date(2015, 11, 17)


def test_no_date_anywhere_means_no_date(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Plain notes\n\nNothing here says when it was written, not even 1999.\n")
    assert load_document(path).date is None  # never the file's mtime


def test_hostile_text_is_sanitised_and_markup_stays_literal(fixtures: Path) -> None:
    doc = load_document(fixtures / "hostile.txt")
    everything = doc.text + doc.title
    for bad in ("\x1b", "\x07", "\x08", "\u009b", "\u202e", "\u200b", "\ufeff", "\u2066", "\r"):
        assert bad not in everything
    for payload in ("ZXZpbA==", "evil.example", "pwned", "31m"):
        assert payload not in everything
    assert doc.title == "Hostile headline gnirts with zerowidth"
    assert "a spoofed link text and colour red." in doc.text
    assert "[/b] [@click=app.quit] [bold red]x[/] and \\[escaped]" in doc.text
    assert doc.date == date(2023, 3, 3)


def test_encodings(fixtures: Path) -> None:
    utf16 = load_document(fixtures / "utf16_bom.txt")
    assert utf16.title == "Talks resume in Ohrid"
    assert "Vučić and Kurti" in utf16.text
    assert utf16.date == date(2023, 3, 18)
    latin1 = load_document(fixtures / "latin1.txt")
    assert latin1.title == "Grève générale à Genève"
    assert "« Nous voulons être entendus »" in latin1.text
    broken = load_document(fixtures / "invalid_utf8.txt")
    assert broken.title == "Crossing “reopens” at Jarinje"
    assert "Stray \ufffd byte" in broken.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "empty"), ("whitespace_only.md", "empty"), ("binary.txt", "binary")],
)
def test_unusable_files_are_load_errors(fixtures: Path, name: str, reason: str) -> None:
    with pytest.raises(LoadError, match=reason) as info:
        load_document(fixtures / name)
    assert name in str(info.value)


def test_too_large_and_unsupported(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(LoadError, match=r"too large \(4\.9 KiB, limit 1\.0 KiB\)"):
        load_document(big, max_bytes=1024)
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    with pytest.raises(LoadError, match=r"unsupported file type '\.csv'"):
        load_document(other)


def test_permission_denied_is_a_load_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError, match=r"secret\.txt: unreadable \(permission denied\)"):
        load_document(path)


def test_a_folder_is_not_a_document(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(LoadError, match="is a folder, not a file"):
        load_document(folder)


def test_broken_symlink_is_a_load_error(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "missing.txt")
    with pytest.raises(LoadError, match="broken symlink"):
        load_document(link)


def test_errors_name_the_path_as_given(fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(fixtures)
    with pytest.raises(LoadError) as info:
        load_document("empty.txt")
    assert str(info.value) == "empty.txt: empty (no text)"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_document(fifo)


def test_a_message_saved_as_text_takes_its_title_date_and_author_from_its_header(
    tmp_path: Path,
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "From: Regional Desk <desk@example.org>\n"
        "Sent: Tuesday, March 4, 2025 9:14 AM\n"
        "To: Analysts <analysts@example.org>\n"
        "Subject: FW: RE: Morning brief - river port falls\n\n"
        "Rebel fighters seized the river port of Lomasi overnight, residents said.\n\n"
        "The African Union urged both sides to return to talks.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.title == "Morning brief - river port falls"
    assert doc.date == date(2025, 3, 4)
    assert doc.author == "Regional Desk"
    assert "desk@example.org" not in doc.text and "Sent:" not in doc.text
    assert doc.paragraph_text(2).startswith("Rebel fighters seized")


def test_forwarded_wire_copy_keeps_its_own_dateline_date(tmp_path: Path) -> None:
    path = tmp_path / "fwd.txt"
    path.write_text(
        "From: desk@example.org\nDate: Mon, 10 Mar 2025 08:00:00 +0000\nSubject: Fwd: port\n\n"
        "LOMASI, March 4 (Wire) - Rebel fighters seized the river port overnight.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.date == date(2025, 3, 4)
    assert doc.author is None  # an address alone names no one
    assert doc.title == "port"


def test_a_first_paragraph_that_only_starts_like_a_header_is_prose(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Border talks stall\n\n"
        "From: the ministry's point of view, the talks had failed.\n"
        "Subject: to approval, the plan goes ahead.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.title == "Border talks stall"
    assert "From: the ministry's point of view" in doc.text


def test_lines_that_are_not_all_fields_are_no_header(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "From: Ana\nSubject: notes\nThe army moved north on Friday.\n\nMore to follow.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert "From: Ana" in doc.text


def test_a_dateline_later_in_the_year_than_the_forward_is_last_years(tmp_path: Path) -> None:
    path = tmp_path / "fwd.txt"
    path.write_text(
        "From: Desk <desk@example.org>\nSent: 2 January 2025 08:00\nSubject: FW: year end\n\n"
        "KYIV, Dec 30 (Wire) - Drones struck the capital overnight.\n",
        encoding="utf-8",
    )
    assert load_document(path).date == date(2024, 12, 30)
