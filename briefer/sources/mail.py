"""Load a saved e-mail message (.eml): a newsletter, a forwarded story, a colleague's note.

The message's own body is read by the loader for its kind (an HTML part as a web page, else the
plain part as text), so a newsletter loses its furniture and a forwarded wire story keeps its
dateline; the headers then give what the body cannot: the subject as the title, the sent date
when the body names none, the sender as source and author. Attachments are not read.
"""

from __future__ import annotations

from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from briefer.sources.document import Document
from briefer.sources.errors import LoadError
from briefer.sources.html import load_html
from briefer.sources.mail_header import sender_name, subject_title
from briefer.sources.raw import RawFile, clean_line
from briefer.sources.text import load_text

# A message is mostly headers and text; one of no header lines at all is no message.
_HEADER_FIELDS = (b"from:", b"subject:", b"date:", b"message-id:", b"mime-version:")


def _body_part(message: EmailMessage) -> tuple[str, str] | None:
    """The body to read, as (subtype, text): HTML before plain text, as a mail client shows."""
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    content = part.get_content()
    if not isinstance(content, str):
        return None
    return part.get_content_subtype(), content


def load_eml(raw: RawFile) -> Document:
    """Build a `Document` from a saved e-mail message."""
    head = raw.data[:4096].lower()
    if not any(field in head for field in _HEADER_FIELDS):
        raise LoadError(f"{raw.name}: not an e-mail message (no mail headers)")
    message = BytesParser(policy=policy.default).parsebytes(raw.data)
    assert isinstance(message, EmailMessage)  # (policy.default makes EmailMessage)
    body = _body_part(message)
    if body is None or not body[1].strip():
        raise LoadError(f"{raw.name}: no readable text in the message")
    subtype, content = body
    inner = replace(raw, data=content.encode("utf-8"))
    doc = load_html(inner) if subtype == "html" else load_text(inner)

    subject = subject_title(clean_line(str(message.get("subject", ""))))
    sender = sender_name(clean_line(str(message.get("from", ""))))
    when = doc.date
    if when is None and message.get("date"):
        try:
            when = parsedate_to_datetime(str(message["date"])).date()
        except (TypeError, ValueError):
            when = None
    return replace(
        doc,
        format="eml",
        title=subject or doc.title,
        date=when,
        source=doc.source or sender,  # where it came from, shown beside the date in lists
        author=doc.author or sender,
        content_hash=raw.content_hash,
        size=raw.size,
    )
