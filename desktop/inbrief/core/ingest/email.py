"""MIME messages: web archives (.mhtml) and saved e-mails (.eml) split into body and headers."""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
from dataclasses import dataclass
from email.message import Message

from inbrief.core.errors import UnsupportedFile
from inbrief.core.ingest.html import decode_html
from inbrief.core.ingest.text import decode_bytes


@dataclass(frozen=True)
class MessageParts:
    """The readable parts of a MIME message."""

    html: str | None
    text: str | None
    subject: str = ""
    sender: str = ""
    date: str | None = None  # ISO date
    is_archive: bool = False  # a saved web page (multipart/related) rather than an e-mail


def _decoded(part: Message, name: str, html: bool) -> str | None:
    """Return the decoded body of one MIME part, or None when it has none."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return None
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    return decode_html(payload, name) if html else decode_bytes(payload, name)


def _iso_date(value: str) -> str | None:
    """Return the ISO date of an RFC 2822 Date header, or None."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def read_message(data: bytes, name: str) -> MessageParts:
    """Return the first HTML part, first plain-text part and headers of a MIME message."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        html = text = None
        for part in message.walk():
            if part.is_multipart() or part.get_filename():
                continue  # containers and attachments
            kind = part.get_content_type()
            if html is None and kind in ("text/html", "application/xhtml+xml"):
                html = _decoded(part, name, html=True)
            elif text is None and kind == "text/plain":
                text = _decoded(part, name, html=False)
        header = email.header.make_header(email.header.decode_header(message.get("Subject", "")))
        subject = " ".join(str(header).split())
        sender = email.header.make_header(email.header.decode_header(message.get("From", "")))
        sender_name = email.utils.parseaddr(str(sender))[0].strip()
    except UnsupportedFile:
        raise
    except Exception as error:  # the email package raises many kinds on broken messages
        raise UnsupportedFile(f"“{name}” is a damaged web archive or e-mail.") from error
    if html is None and text is None:
        raise UnsupportedFile(f"“{name}” is a web archive or e-mail without a web page or text.")
    if sender_name.lower().startswith(("<", "saved by")):
        sender_name = ""  # browsers sign web archives "<Saved by Blink>"
    return MessageParts(
        html=html,
        text=text,
        subject=subject,
        sender=sender_name,
        date=_iso_date(message.get("Date", "")),
        is_archive=message.get_content_type() == "multipart/related",
    )
