"""File ▸ Reopen with Encoding…: a doubtful guess is noted, and the file is read again in the
encoding chosen, off the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData
from ui_helpers import WindowFactory, wait_for_brief

from inbrief.core.ingest import load_path
from inbrief.ui.analysis_job import default_load
from inbrief.ui.reopen_encoding import ENCODING_CHOICES

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# One accented letter: "č" in Windows-1250 (what it was written in), "è" in Windows-1252.
CZECH = ("Starosta Jan Novák oznámil, že most přes řeku bude opraven. Práce začnou v "
         "pondělí a potrvají do konce měsíce. Objížďka povede přes sousední obec.")
DOUBTFUL = b"Meeting notes: Ji\xe8ina will call on Monday about the new ferry timetable.\n"


class LoadThreads:
    """The real loader, remembering which thread each load ran on and with what encoding."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, bool]] = []

    def __call__(self, path: Path, encoding: str | None = None) -> Any:
        on_main = threading.current_thread() is threading.main_thread()
        self.calls.append((encoding, on_main))
        return default_load(path, encoding)


def test_a_doubtful_guess_is_shown_and_reopening_reads_the_chosen_encoding(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(DOUBTFUL)
    assert load_path(path).text.startswith("Meeting notes: Jièina")  # the guess: Windows-1252
    window = make_window()
    loads = LoadThreads()
    window.controller.load_fn = loads
    window.open_path(str(path))
    brief = wait_for_brief(qtbot, window)
    assert any("Reopen with Encoding" in note for note in brief.notes)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "Reopen with Encoding" in window.message_bar.label.text()

    asked: list[tuple[str, str]] = []

    def choose(file_name: str, current: str) -> str:
        asked.append((file_name, current))
        return "cp1250"

    window.actions_.choose_encoding = choose  # type: ignore[method-assign]
    window.actions_.file_menu.aboutToShow.emit()
    assert window.actions_.reopen_encoding.isEnabled()
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: "Jičina" in window.editor.toPlainText(), timeout=20_000)
    brief = wait_for_brief(qtbot, window)
    assert asked == [("notes.txt", "cp1252")]
    assert "Jičina" in brief.text
    assert not any("Reopen with Encoding" in note for note in brief.notes)
    assert loads.calls == [(None, False), ("cp1250", False)]  # both in the worker thread


def test_reopening_in_an_encoding_that_does_not_fit_says_so(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "most.txt"
    path.write_bytes(CZECH.encode("cp1250"))
    window = make_window()
    window.open_path(str(path))
    wait_for_brief(qtbot, window)
    assert "přes řeku" in window.editor.toPlainText()
    window.actions_.choose_encoding = lambda _n, _c: "utf-8"  # type: ignore[method-assign]
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=20_000)
    assert "is not valid utf-8 text" in window.message_bar.label.text()
    assert "přes řeku" in window.editor.toPlainText()  # the text shown is kept


def test_reopen_is_off_for_pasted_text(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.paste_and_summarize(CZECH)
    wait_for_brief(qtbot, window)
    window.actions_.file_menu.aboutToShow.emit()
    assert not window.actions_.reopen_encoding.isEnabled()
    window.actions_.choose_encoding = lambda _n, _c: pytest.fail(  # type: ignore[method-assign]
        "no file to reopen")
    window.actions_.reopen_with_encoding()  # what the action runs (it is disabled here)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "open a text, Markdown or HTML file first" in window.message_bar.label.text()


def test_the_list_names_the_code_pages_people_know() -> None:
    labels = dict(ENCODING_CHOICES)
    assert labels["utf-8"] == "Unicode (UTF-8)"
    for codec in ("cp1250", "iso8859_2", "cp1254", "iso8859_9", "cp1257", "iso8859_7",
                  "cp1251", "koi8_r", "cp1256", "cp1255", "iso2022_jp", "shift_jis"):
        assert codec in labels


def _misread(text: str) -> str:
    """Return ``text`` as UTF-8 read as Windows-1252 (its five missing bytes as Latin-1's)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode("utf-8"))


def test_a_paste_garbled_by_a_wrong_encoding_is_repaired_in_the_editor(
    make_window: WindowFactory, qtbot: Any
) -> None:
    # Text copied from a page that shows UTF-8 read as Windows-1252 ("Ã©" for "é"): the editor
    # shows it repaired (one Ctrl+Z gives it back as pasted), says so, and the summary's
    # highlights fall on whole sentences of the text shown.
    text = (CZECH + " Starosta poděkoval občanům za trpělivost a slíbil, že objížďka bude "
            "označena.")
    garbled = _misread(text)
    assert garbled != text
    window = make_window()
    mime = QMimeData()
    mime.setText(garbled)
    window.editor.insertFromMimeData(mime)  # what Ctrl+V runs
    brief = wait_for_brief(qtbot, window)
    assert window.editor.toPlainText() == text
    assert brief.text == text
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "wrong encoding" in window.message_bar.label.text()
    assert "Ctrl+Z" in window.message_bar.label.text()
    highlighted = [text[a:b] for a, b in window.editor.summary_spans()]
    assert brief.summary and " ".join(highlighted) == " ".join(s.text for s in brief.summary)
    window.editor.undo()
    assert window.editor.toPlainText() == garbled
    # Paste & Summarize takes the clipboard's text in place of the editor's: repaired too.
    window.paste_and_summarize(_misread(CZECH))
    assert window.editor.toPlainText() == CZECH
    assert "wrong encoding" in window.message_bar.label.text()


def test_a_paste_in_good_order_is_left_as_it_is(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText(CZECH + " Cena: 5 € — naïve Ãgua.")
    window.editor.insertFromMimeData(mime)
    wait_for_brief(qtbot, window)
    assert window.editor.toPlainText() == CZECH + " Cena: 5 € — naïve Ãgua."
    assert not window.message_bar.isVisible()
