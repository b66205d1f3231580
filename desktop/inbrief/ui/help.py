"""Help: the local help page (F1) and the list of keyboard shortcuts, read from the actions."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


def plain(text: str) -> str:
    """Return a menu or label text without its mnemonic marks and trailing dots."""
    return _MNEMONIC.sub(lambda m: m.group(1), text).replace("&&", "&").rstrip("…").strip()


def _mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def menu_actions(menu_bar: QMenuBar) -> list[tuple[str, QAction]]:
    """Return (top menu's name, action) for every command of the menus, submenus included."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, section: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, section)
            elif not action.isSeparator():
                found.append((section, action))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    return found


def shortcut_rows(menu_bar: QMenuBar, widgets: QWidget) -> list[tuple[str, str, str]]:
    """Return (section, command, keys) for every command with a shortcut: each menu action
    (from the actions themselves, so the list cannot go stale), then the Alt+letter jumps to
    the labelled controls and tabs under ``widgets``."""
    rows: list[tuple[str, str, str]] = []
    for section, action in menu_actions(menu_bar):
        if action.shortcuts():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts())
            rows.append((section, plain(action.text()), keys))
    for label in widgets.findChildren(QLabel):
        letter = _mnemonic(label.text())
        if letter and label.buddy() is not None:
            rows.append(("Go to", plain(label.text()), f"Alt+{letter}"))
    for box in widgets.findChildren(QCheckBox):
        letter = _mnemonic(box.text())
        if letter:
            rows.append(("Go to", plain(box.text()), f"Alt+{letter}"))
    for tabs in widgets.findChildren(QTabWidget):
        for index in range(tabs.count()):
            letter = _mnemonic(tabs.tabText(index))
            if letter:
                rows.append(("Go to", f"{plain(tabs.tabText(index))} tab", f"Alt+{letter}"))
    rows.append(("Go to", "Next / previous control", "Tab, Shift+Tab"))
    return rows


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: every shortcut of the window, by menu."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        sections: dict[str, QTreeWidgetItem] = {}
        for section, command, keys in rows:
            if section not in sections:
                head = QTreeWidgetItem(self.tree, [section, ""])
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                head.setFirstColumnSpanned(True)
                sections[section] = head
            QTreeWidgetItem(sections[section], [command, keys])
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 760)


class HelpDialog(QDialog):
    """The bundled help page (offline): how InBrief picks sentences, names and dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from inbrief.resources import resource

        self.setWindowTitle("InBrief help")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Help")
        self.browser.setOpenExternalLinks(False)  # nothing leaves the computer
        self.browser.setHtml(resource("help.html").read_text(encoding="utf-8"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 720)
