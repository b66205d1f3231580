"""File ▸ Reopen with Encoding…: read the open text file again in an encoding the user picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

from inbrief.core.ingest.codepages import ENCODING_NAMES, encoding_name

if TYPE_CHECKING:
    from inbrief.ui.main_window import MainWindow

# (codec, what people call it), in the order of the list; Unicode first, then by region.
ENCODING_CHOICES: tuple[tuple[str, str], ...] = tuple(ENCODING_NAMES.items())

ChooseFn = Callable[[str, str], "str | None"]  # (file name, current codec) -> codec or None


def ask_encoding(parent: QWidget, file_name: str, current: str) -> str | None:
    """Ask which encoding to read ``file_name`` in; return the codec, or None if cancelled."""
    labels = [label for _, label in ENCODING_CHOICES]
    current_label = encoding_name(current)
    index = labels.index(current_label) if current_label in labels else 0
    label, accepted = QInputDialog.getItem(
        parent, "Reopen with Encoding",
        f"“{file_name}” was read as {current_label}.\nRead it as:", labels, index, False)
    if not accepted:
        return None
    return next(codec for codec, name in ENCODING_CHOICES if name == label)


def reopen_with_encoding(window: MainWindow, choose: ChooseFn) -> None:
    """Ask for an encoding and read the window's text file again in it (off the UI thread)."""
    opened = window.controller.source.reopenable()
    if opened is None:
        window.show_message("info", "Reopen with Encoding reads a text file again in another "
                                    "encoding: open a text, Markdown or HTML file first.")
        return
    path, current = opened
    codec = choose(Path(path).name, current)
    if codec:
        window.message_bar.dismiss()
        window.controller.open_file(path, encoding=codec)
