"""The .eml loader: the body read as its kind, the headers filling title, date and author."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefer.sources import LoadError, discover, load_document


def _message(*, html: str | None, plain: str | None, date_header: str | None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Crisis Watch <news@example.org>"
    m["To"] = "desk@example.org"
    m["Subject"] = "Fwd: RE: Rebels seize river port"
    if date_header:
        m["Date"] = date_header
    if plain is not None:
        m.set_content(plain)
    if html is not None:
        if plain is None:
            m.set_content(html, subtype="html")
        else:
            m.add_alternative(html, subtype="html")
    m.add_attachment(b"%PDF-1.4 not read", maintype="application", subtype="pdf", filename="a.pdf")
    return m


def test_a_newsletter_is_read_from_its_html_part(tmp_path: Path) -> None:
    path = tmp_path / "watch.eml"
    html = (
        "<html><body><p>Rebel fighters seized the river port overnight, residents said.</p>"
        "<p>The African Union urged both sides to return to talks.</p>"
        "<p>View this email in your browser</p><p>Unsubscribe from this newsletter</p>"
        "</body></html>"
    )
    message = _message(html=html, plain="plain twin", date_header="Tue, 04 Mar 2025 09:14 +0000")
    path.write_bytes(bytes(message))
    doc = load_document(path)
    assert doc.format == "eml"
    assert doc.title == "Rebels seize river port"
    assert doc.date == date(2025, 3, 4)
    assert doc.author == "Crisis Watch"
    assert doc.source == "Crisis Watch"  # shown beside the date in the results
    assert "The African Union urged both sides to return to talks." in doc.text
    assert "plain twin" not in doc.text  # one body, the HTML one
    assert "Unsubscribe" not in doc.text and "browser" not in doc.text
    assert "PDF" not in doc.text  # attachments are not read


def test_a_plain_message_keeps_its_forwarded_dateline(tmp_path: Path) -> None:
    path = tmp_path / "fwd.eml"
    plain = "LOMASI, 2 March 2025 (Wire) - Rebel fighters seized the river port overnight.\n"
    path.write_bytes(
        bytes(_message(html=None, plain=plain, date_header="Tue, 04 Mar 2025 09:14 +0000"))
    )
    doc = load_document(path)
    assert doc.date == date(2025, 3, 2)
    assert doc.text.startswith("LOMASI, 2 March 2025")


def test_eml_files_are_discovered(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(bytes(_message(html=None, plain="Text.", date_header=None)))
    assert [p.name for p in discover([tmp_path]).files] == ["a.eml"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some words, no headers at all\n", "not an e-mail message"),
        (b"From: a@example.org\nSubject: empty\n\n   \n", "no readable text"),
    ],
)
def test_a_broken_message_is_one_clear_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.eml"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        load_document(path)
