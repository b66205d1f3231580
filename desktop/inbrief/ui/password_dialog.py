"""The password of an encrypted PDF: a dialog, and up to three tries before giving up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

MAX_TRIES = 3

AskFn = Callable[[QWidget, str, bool, int], "str | None"]


def ask_password(parent: QWidget, name: str, wrong: bool, tries_left: int) -> str | None:
    """Return the password typed for the file ``name``, or None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Password")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    lines = [f"“{name}” is protected by a password. Type it to open the file."]
    if wrong:
        left = "1 try left" if tries_left == 1 else f"{tries_left} tries left"
        lines.insert(0, f"That password is not right ({left}).")
    dialog.setLabelText("\n".join(lines))
    dialog.setOkButtonText("Open")
    if not dialog.exec():
        return None
    return dialog.textValue()


class PasswordPrompt:
    """Asks for a PDF's password when opening it needs one, at most MAX_TRIES times a file.

    ``open_file(path, password)`` tries again with what was typed; ``say(kind, text)``
    shows a message in the window.
    """

    def __init__(self, parent: QWidget, open_file: Callable[[str, str], None],
                 say: Callable[[str, str], None], ask: AskFn = ask_password) -> None:
        self.parent = parent
        self.open_file = open_file
        self.say = say
        self.ask = ask
        self._tries: dict[str, int] = {}

    def needed(self, path: str, wrong: bool) -> None:
        """Ask for the password of ``path`` (``wrong``: the last one typed was not right)."""
        name = Path(path).name
        tries = self._tries.get(path, 0) if wrong else 0
        if tries >= MAX_TRIES:
            self._tries.pop(path, None)
            self.say("error", f"The password for “{name}” was not right {MAX_TRIES} times; "
                              "the file was not opened.")
            return
        password = self.ask(self.parent, name, wrong, MAX_TRIES - tries)
        if password is None:
            self._tries.pop(path, None)
            self.say("info", f"“{name}” was not opened: it needs its password.")
            return
        self._tries[path] = tries + 1
        self.open_file(path, password)

    def opened(self, path: str) -> None:
        """Forget the tries for ``path`` once it opened."""
        self._tries.pop(path, None)
