"""Any bytes, in any supported format: a Document or a one-line LoadError, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.sources import LoadError, load_document

FORBIDDEN = {chr(c) for c in range(0x20) if c not in (9, 10)} | {"\x7f", "\u202e", "\u200b"}

_PIECES = st.sampled_from(
    [
        b"<p>",
        b"</p>",
        b"<article>",
        b"<script>",
        b"---\n",
        b"title: [\n",
        b"# ",
        b"- ",
        b"> ",
        b"\x1b[2J",
        b"\x1b]52;c;",
        b"\x07",
        b"\xe2\x80\xae",
        b"&#27;",
        b"%PDF-1.4\n",
        b"obj << /Type /Page >>",
        b"\n\n",
        b"PRISTINA, Dec 10 (Reuters) - ",
        b"\xff\xfe",
        b"\x00",
        b"From: Desk <d@example.org>\n",
        b"Subject: =?utf-8?b?4oCuZXZpbA==?=\n",
        b"Date: Tue, 04 Mar 2025 09:14 +0000\n",
        b"Content-Type: text/html; charset=utf-8\n",
        b"Content-Type: multipart/alternative; boundary=b\n",
        b"--b\n",
        b"Content-Transfer-Encoding: base64\n",
    ]
)
_CONTENT = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(_PIECES, st.binary(max_size=20)), max_size=30).map(b"".join),
)


@settings(max_examples=120, deadline=None)
@given(content=_CONTENT, suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".eml"]))
def test_loaders_never_crash(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(content)
        try:
            doc = load_document(path)
        except LoadError as exc:
            assert "\n" not in str(exc)
            return
        for value in (doc.text, doc.title, doc.source or "", doc.author or "", *doc.tags):
            assert not (set(value) & FORBIDDEN)
        for p in doc.paragraphs:
            assert doc.text[p.start : p.end].strip()
