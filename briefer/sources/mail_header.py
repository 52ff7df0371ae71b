"""An e-mail's header block at the top of a text file: a message saved or pasted as .txt.

Analysts keep newsletters and forwarded wire copy as they arrived, so a file may open with
"From: … / Sent: … / To: … / Subject: …" lines (Outlook's copy, Gmail's print, a mail client's
"save as text"). Read as prose, the header would become the first paragraph and the file would
have no title or date; read as a header, the subject is the title, the sent date the date and the
sender the author, and the block leaves the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefer.sources.dates import parse_date

# A header line: a field name the mail clients print, a colon, a value.
_FIELD = re.compile(
    r"(from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments?)\s*:\s*(.*)",
    re.IGNORECASE,
)
# Reply and forward marks opening a subject, in the languages mail clients write them.
_REPLY_MARKS = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_ADDRESS = re.compile(r"\s*[<\[]?(?:mailto:)?[^\s<>\[\]@]+@[^\s<>\[\]]+[>\]]?\s*")


@dataclass(frozen=True, slots=True)
class MailHeader:
    """What a header block says about its message; `lines` is how many lines it spans."""

    subject: str | None
    sent: date | None
    sender: str | None
    lines: int


def subject_title(subject: str) -> str:
    """The subject without its reply and forward marks ("FW: RE: Morning brief" -> "Morning
    brief")."""
    return _REPLY_MARKS.sub("", subject).strip()


def sender_name(value: str) -> str | None:
    """The sender's name without the address ("Desk <desk@example.org>" -> "Desk"); an address
    alone gives None (it names no one a reader knows)."""
    name = _ADDRESS.sub(" ", value).strip().strip("\"'").strip()
    return name or None


def read_mail_header(lines: list[str]) -> MailHeader | None:
    """The header block opening `lines`, or None when they do not open with one: a header needs
    a sender (From) and a subject or a sent date, every line up to the first blank line being a
    field (a long value may wrap onto an indented line)."""
    fields: dict[str, str] = {}
    count = 0
    last = ""
    for line in lines:
        if not line.strip():
            break
        found = _FIELD.fullmatch(line.strip())
        if found is not None:
            last = found.group(1).lower()
            fields.setdefault(last, found.group(2).strip())
        elif last and line[:1].isspace():
            fields[last] = f"{fields[last]} {line.strip()}"  # a wrapped value
        else:
            return None
        count += 1
    if "from" not in fields or not ("subject" in fields or "sent" in fields or "date" in fields):
        return None
    subject = subject_title(fields.get("subject", "")) or None
    sent = parse_date(fields.get("sent") or fields.get("date"))
    return MailHeader(subject, sent, sender_name(fields["from"]), count)
