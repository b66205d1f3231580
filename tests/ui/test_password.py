"""An encrypted PDF opened in the window: the password dialog, three tries, cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from ui_helpers import CountingAnalyze, WindowFactory, wait_for_brief

from inbrief.ui import password_dialog
from inbrief.ui.password_dialog import MAX_TRIES, PasswordPrompt, ask_password

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SENTENCE = "The harbour council met in secret to plan the new tidal turbine."


@pytest.fixture
def locked_pdf(locked_pdf_writer: Callable[..., Path]) -> Path:
    return locked_pdf_writer(SENTENCE, "It will be built beside the northern pier next spring.")


class Typist:
    """Stands in for the dialog: types the given passwords in turn, None = Cancel."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool, int]] = []

    def __call__(self, parent: QWidget, name: str, wrong: bool, tries_left: int) -> str | None:
        self.asked.append((name, wrong, tries_left))
        return self.answers.pop(0)


def _prompt(window: Any, typist: Typist) -> None:
    window.password_prompt.ask = typist


def test_right_password_on_the_second_try_opens_the_pdf(
    make_window: WindowFactory, qtbot: Any, locked_pdf: Path
) -> None:
    window = make_window(CountingAnalyze())
    typist = Typist("ferry", "harbour")
    _prompt(window, typist)
    window.open_path(str(locked_pdf))
    wait_for_brief(qtbot, window)
    assert SENTENCE in window.editor.toPlainText()
    assert typist.asked == [("minutes.pdf", False, 3), ("minutes.pdf", True, 2)]


def test_three_wrong_passwords_give_up_with_a_message(
    make_window: WindowFactory, qtbot: Any, locked_pdf: Path
) -> None:
    window = make_window(CountingAnalyze())
    typist = Typist("one", "two", "three")
    _prompt(window, typist)
    window.open_path(str(locked_pdf))
    qtbot.waitUntil(lambda: window.message_bar.isVisible() and not window.controller.runner.busy(),
                    timeout=10_000)
    assert len(typist.asked) == MAX_TRIES
    assert window.message_bar.kind == "error"
    assert "not right 3 times" in window.message_bar.label.text()
    assert window.editor.toPlainText() == ""


def test_cancel_says_the_file_was_not_opened(
    make_window: WindowFactory, qtbot: Any, locked_pdf: Path
) -> None:
    window = make_window(CountingAnalyze())
    qtbot.keyClicks(window.editor, "Notes typed before.")
    _prompt(window, Typist(None))
    window.open_path(str(locked_pdf))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert "needs its password" in window.message_bar.label.text()
    assert window.editor.toPlainText() == "Notes typed before."


def test_tries_start_again_for_a_new_attempt(qtbot: Any) -> None:
    opened: list[tuple[str, str]] = []
    said: list[tuple[str, str]] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    prompt = PasswordPrompt(parent, lambda p, pw: opened.append((p, pw)),
                            lambda kind, text: said.append((kind, text)), Typist("a", "b"))
    prompt.needed("/x/a.pdf", False)
    prompt.needed("/x/a.pdf", True)
    assert opened == [("/x/a.pdf", "a"), ("/x/a.pdf", "b")] and said == []
    prompt.ask = Typist("c")
    prompt.needed("/x/a.pdf", False)  # opened again from the menu: three fresh tries
    assert prompt.ask.asked == [("a.pdf", False, 3)]  # type: ignore[attr-defined]


def test_the_dialog_hides_what_is_typed(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(dialog: QInputDialog) -> int:
        seen["echo"] = dialog.textEchoMode()
        seen["label"] = dialog.labelText()
        dialog.setTextValue("harbour")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", fake_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_password(parent, "minutes.pdf", True, 2) == "harbour"
    assert seen["echo"] == QLineEdit.EchoMode.Password
    assert "not right (2 tries left)" in seen["label"] and "minutes.pdf" in seen["label"]
    assert password_dialog.MAX_TRIES == 3
