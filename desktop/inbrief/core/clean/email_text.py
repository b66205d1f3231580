"""An e-mail pasted as plain text: its greeting, sign-off, signature and the message it quotes
(a reply's header and the quoted lines below it) are no part of its message."""

from __future__ import annotations

import re

from inbrief.core.clean.counts import word_count
from inbrief.core.clean.title_like import is_greeting

# The line over a quoted message: "On Mon, 3 Mar 2025 at 10:12, Ada Brennan <ada@…> wrote:",
# Outlook's "-----Original Message-----" or its "From: …" block.
REPLY_HEADER = re.compile(
    r"^(?:On|Am|Le|El|Il|Op|Em|Den|W dniu)\s[^\n]{5,200}\b(?:wrote|schrieb|a écrit|escribió"
    r"|ha scritto|schreef|escreveu|skrev|napisał\(a\)|napisał|kirjoitti)\s*:?$"
    r"|^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine"
    r"|Mensaje original|Messaggio originale|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}$",
    re.IGNORECASE)
_FROM_LINE = re.compile(r"^(?:From|Von|De|Da|Van):\s+\S")
_SENT_LINE = re.compile(r"^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden):\s+\S")
_QUOTED = re.compile(r"^\s*>")
_SIGNATURE = re.compile(r"^--\s?$")
_SIGN_OFF = re.compile(
    r"^(?:best|best wishes|best regards|regards|kind regards|warm regards|many thanks|thanks"
    r"|thank you|cheers|sincerely|yours|yours sincerely|all the best|viele grüße|beste grüße"
    r"|liebe grüße|mit freundlichen grüßen|cordialement|bien à vous|amitiés|saludos"
    r"|un saludo|atentamente|cordiali saluti|saluti|abraços|atenciosamente|groeten"
    r"|met vriendelijke groet)\s*[,.!]?$", re.IGNORECASE)
SIGN_OFF_LINES = 4  # lines under a sign-off or signature's mark that are the writer's at most
SIGN_OFF_WORDS = 8


def email_parts(lines: list[str]) -> set[int]:
    """Return the indices of ``lines`` that are an e-mail's greeting (its first line), a
    sign-off with the name under it, a signature (from "-- " to the next blank line), or a
    quoted message (a reply's header and all below it, and lines opening with ">"). Nothing
    in a text that has neither a reply's header nor quoted lines nor a greeting over it."""
    texts = [line.strip() for line in lines]
    filled = [i for i, text in enumerate(texts) if text]
    if not filled:
        return set()
    found: set[int] = set()
    header = next((i for i in filled if REPLY_HEADER.match(texts[i]) or _FROM_LINE.match(
        texts[i]) and any(_SENT_LINE.match(texts[j]) for j in filled if i < j <= i + 3)), None)
    if header is not None:
        found.update(range(header, len(lines)))
    quoted = [i for i in filled if _QUOTED.match(texts[i])]
    greeting = is_greeting(texts[filled[0]])
    if header is None and len(quoted) < 2 and not greeting:
        return set()
    found.update(quoted)
    if greeting:
        found.add(filled[0])
    for at, index in enumerate(filled):
        if index in found:
            continue
        text = texts[index]
        if _SIGNATURE.match(text) or _SIGN_OFF.match(text):
            # The sign-off or signature and the short lines right under it, no blank line
            # between (the writer's name, title, telephone).
            found.add(index)
            previous = index
            for below in filled[at + 1 : at + 1 + SIGN_OFF_LINES]:
                if below != previous + 1 or word_count(texts[below]) > SIGN_OFF_WORDS:
                    break
                found.add(below)
                previous = below
    return found
