"""Errors a user can cause, each with a message a person understands.

They are raised in core and caught once at the edge (CLI, window).
"""

from __future__ import annotations


class InBriefError(Exception):
    """Base of every error caused by the input rather than by a bug."""


class UnsupportedFile(InBriefError):
    """The file is not a format InBrief reads, or is damaged."""


class FileTooLarge(InBriefError):
    """The file or text is over a size limit; the message says the limit."""


class EmptyText(InBriefError):
    """There is no text to analyse."""


class EncryptedPdf(InBriefError):
    """The PDF is password protected.

    ``needs_password`` is True when typing the right password would open it (the window
    asks for it, the command line takes ``--password``); ``wrong_password`` when the one
    given did not.
    """

    def __init__(self, message: str, *, needs_password: bool = True,
                 wrong_password: bool = False) -> None:
        super().__init__(message)
        self.needs_password = needs_password
        self.wrong_password = wrong_password


class NoTextInPdf(InBriefError):
    """The PDF has no extractable text (scanned images)."""


class Cancelled(InBriefError):
    """The user cancelled the work."""


class FileUnreadable(InBriefError):
    """The file cannot be opened: missing, a folder, or no permission to read it."""


class OutputExists(InBriefError):
    """The output file exists and the user did not allow overwriting it."""
