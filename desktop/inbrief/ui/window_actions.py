"""Menus, shortcuts and the dialogs behind them (open, export, print, about)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QStandardPaths
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QPushButton

from inbrief.core.textmap import RemovedKind
from inbrief.export.formats import FORMATS, default_file_name
from inbrief.ui.removed_text import (
    left_out_note,
    left_out_spans,
    line_states,
    metadata_spans,
    removed_line_kinds,
    text_lines,
    without,
)
from inbrief.ui.source_editor import MAX_TITLE_CHARS, USE_AS_TITLE

if TYPE_CHECKING:
    from inbrief.core.brief import Brief
    from inbrief.core.textmap import TextMap
    from inbrief.ui.main_window import MainWindow

OPEN_FILTERS = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf *.docx)",
    "Text (*.txt)",
    "Markdown (*.md *.markdown)",
    "Web pages (*.html *.htm *.mhtml *.mht)",
    "PDF (*.pdf)",
    "Word (*.docx)",
    "All files (*)",
)
Key = QKeySequence.StandardKey


class WindowActions:
    """Builds the File, Edit, View and Help menus of ``window`` and runs their commands."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        # The kinds of the lines left out whole, in order (None: analysed lines between).
        self._left_out_kinds: list[RemovedKind | None] = []
        bar = window.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.view_menu = bar.addMenu("&View")
        self.help_menu = bar.addMenu("&Help")
        e = window.editor
        f = self.file_menu
        self.new = self._action(f, "&New", self.new_text, Key.New)
        self.open = self._action(f, "&Open…", self.open_dialog, Key.Open)
        self.recent_menu = QMenu("Open &Recent", window)
        f.addMenu(self.recent_menu)
        self.reopen_encoding = self._action(f, "Reopen with &Encoding…", self.reopen_with_encoding)
        f.aboutToShow.connect(lambda: self.reopen_encoding.setEnabled(
            window.controller.source.reopenable() is not None))
        f.addSeparator()
        self.paste_summarize = self._action(f, "&Paste && Summarize",
                                            window.pasting.paste_clipboard_and_summarize,
                                            "Ctrl+Shift+V")
        self.summarize = self._action(f, "&Summarize Now", window.controller.analyze_now,
                                      Key.Refresh, "F5")
        f.addSeparator()
        self.export_pdf = self._action(f, "&Export PDF Brief…", lambda: self.export("pdf"),
                                       "Ctrl+E")
        self.export_md = self._action(f, "Export &Markdown…", lambda: self.export("markdown"))
        self.export_txt = self._action(f, "Export &Text…", lambda: self.export("text"))
        self.export_json = self._action(f, "Export &JSON…", lambda: self.export("json"))
        self.print_ = self._action(f, "&Print…", self.print_brief, Key.Print)
        paper_menu = f.addMenu("Paper Si&ze")
        self.paper_group = QActionGroup(window)
        self.paper_actions: dict[str, QAction] = {}
        for paper, label in (("", "&Automatic (from the system locale)"), ("a4", "A&4"),
                             ("letter", "US &Letter")):
            action = QAction(label, window, checkable=True)
            action.triggered.connect(lambda _c=False, p=paper: self.set_paper(p))
            self.paper_group.addAction(action)
            paper_menu.addAction(action)
            self.paper_actions[paper] = action
        self.paper_actions[window.settings.get("export/paper")].setChecked(True)
        f.addSeparator()
        self._action(f, "&Quit", window.close, Key.Quit)

        m = self.edit_menu
        self._action(m, "&Undo", e.undo, Key.Undo)
        self._action(m, "&Redo", e.redo, Key.Redo)
        m.addSeparator()
        self._action(m, "Cu&t", e.cut, Key.Cut)
        self._action(m, "&Copy", e.copy, Key.Copy)
        self._action(m, "&Paste", e.paste, Key.Paste)
        self._action(m, "Select &All", e.selectAll, Key.SelectAll)
        m.addSeparator()
        self.copy_summary = self._action(m, "Copy &Summary", self.copy_summary_to_clipboard,
                                         "Ctrl+Shift+C")
        m.addSeparator()
        self.use_as_title = self._action(m, USE_AS_TITLE, self.title_from_text, "Ctrl+T")
        self.own_title = self._action(m, "Article's &Own Title",
                                      lambda: window.controller.set_title(""))
        m.aboutToShow.connect(lambda: self.own_title.setEnabled(bool(window.controller.title)))

        v = self.view_menu
        self._action(v, "Zoom &In", lambda: window.zoom(1), Key.ZoomIn, "Ctrl+=")
        self._action(v, "Zoom &Out", lambda: window.zoom(-1), Key.ZoomOut)
        self._action(v, "&Reset Zoom", lambda: window.zoom(-window.zoom_steps()), "Ctrl+0")
        self.full_size = self._action(v, "Brief Page at &Full Size",
                                      window.open_full_size_preview, "Ctrl+Shift+B")
        v.addSeparator()
        theme_menu = v.addMenu("&Theme")
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark"),
                            ("contrast", "&High Contrast")):
            action = QAction(label, window, checkable=True)
            action.triggered.connect(lambda _c=False, m=mode: window.set_theme(m))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[mode] = action
        self.theme_actions[window.settings.get("view/theme")].setChecked(True)
        v.addSeparator()
        self.summary_only = QAction("Summary &Only", window, checkable=True)
        self.summary_only.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.summary_only.setToolTip("Show only the summary sentences, in order, in place of "
                                     "the text")
        self.summary_only.toggled.connect(window.set_summary_only)
        v.addAction(self.summary_only)
        self.show_removed = QAction("Show &Removed Text", window, checkable=True)
        self.show_removed.setToolTip("Show the text left out of the analysis (menus, links, "
                                     "notices) dimmed, or hide its lines")
        self.show_removed.setChecked(window.settings.get("view/show_removed"))
        window.editor.set_removed_hidden(not self.show_removed.isChecked())
        self.show_removed.toggled.connect(self.set_show_removed)
        v.addAction(self.show_removed)

        h = self.help_menu
        self.help = self._action(h, "InBrief &Help", self.show_help, Key.HelpContents)
        self.shortcuts = self._action(h, "&Keyboard Shortcuts", self.show_shortcuts,
                                      "Ctrl+/")
        self._action(h, "Open &Sample Article", self.open_sample)
        h.addSeparator()
        self._action(h, "&About InBrief", self.about)

        button = QPushButton("Summarize")
        button.setAccessibleName("Summarize now")
        button.setAccessibleDescription("Analyse the text now (F5)")
        button.setToolTip("Analyse the text now (F5)")
        button.clicked.connect(window.controller.analyze_now)
        window.statusBar().addPermanentWidget(button)
        self.summarize_button = button
        self.left_out_label = QLabel()
        self.left_out_label.setAccessibleName("Text left out")
        self.left_out_label.setToolTip("Lines of the text left out of the analysis: shown "
                                       "dimmed, or hidden with View > Show Removed Text")
        # A gap before the statistics (no style sheet: it would keep the colours of the theme
        # it was first drawn in).
        self.left_out_label.setContentsMargins(0, 0, 18, 0)
        self.left_out_label.hide()
        window.statusBar().insertWidget(0, self.left_out_label)

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object],
        *keys: str | QKeySequence | QKeySequence.StandardKey,
    ) -> QAction:
        action = QAction(text, self.w)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
            # A standard key can be empty on this platform, or the same as the one given
            # after it (Refresh is F5 on Linux): list each real key once.
            if not sequence.isEmpty() and sequence not in shortcuts:
                shortcuts.append(sequence)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def title_from_text(self) -> None:
        """Make the selected text, or the line the caret is on, the brief's title."""
        title = self.w.editor.title_candidate()
        if not title:
            self.w.show_message("info", "Select the headline in the text (a line of up to "
                                        f"{MAX_TITLE_CHARS} characters) to use it as the title.")
            return
        self.w.controller.set_title(title)

    # ------------------------------------------------------------------- file
    def new_text(self) -> None:
        self.w.editor.set_source_text("")
        self.w.autosave.typed = False
        self.w.controller.text_edited("")
        self.w.setWindowTitle("InBrief")
        self.w.editor.setFocus()

    def _folder(self) -> str:
        folder = self.w.settings.get("files/last_folder")
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, "Open an article", self._folder(),
                                              ";;".join(OPEN_FILTERS))
        if path:
            self.w.open_path(path)

    def choose_encoding(self, file_name: str, current: str) -> str | None:
        """Ask which encoding to read ``file_name`` in (tests replace this method)."""
        from inbrief.ui.reopen_encoding import ask_encoding

        return ask_encoding(self.w, file_name, current)

    def reopen_with_encoding(self) -> None:
        from inbrief.ui.reopen_encoding import reopen_with_encoding

        reopen_with_encoding(self.w, self.choose_encoding)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.w.open_path(p))
        self.recent_menu.setEnabled(bool(paths))

    def open_sample(self) -> None:
        from inbrief.resources import sample_article

        self.w.open_path(str(sample_article()))

    # ------------------------------------------------------------ removed text
    def show_removed_text(self, offsets: TextMap | None, brief: Brief | None = None) -> None:
        """Dim (or hide) the text a new analysis left out and say how much was, and of what (the
        headline, byline and date it took out to show on top of the brief are used, not left
        out)."""
        kinds = self.w.controller.removed if brief is not None else ()
        removed = left_out_spans(offsets, kinds) if offsets is not None else []
        self._left_out_kinds = []
        if removed and brief is not None:
            removed = without(removed, metadata_spans(kinds))
            text = self.w.editor.toPlainText()
            lines = text_lines(text)
            states = line_states(text, lines, removed)
            self._left_out_kinds = removed_line_kinds(text, lines, states, kinds)
        self.w.editor.show_removed(removed)
        self._show_left_out()

    def set_show_removed(self, shown: bool) -> None:
        """Show the text left out dimmed, or hide its lines; remember the choice."""
        self.w.settings.set("view/show_removed", shown)
        self.w.editor.set_removed_hidden(not shown)
        self._show_left_out()

    def _show_left_out(self) -> None:
        whole, partial = self.w.editor.left_out()
        # The kinds are those of the last analysis while the editor still shows its lines.
        counted = sum(kind is not None for kind in self._left_out_kinds)
        kinds = self._left_out_kinds if counted == whole else []
        note = left_out_note(whole, partial, kinds)
        if note and self.w.editor.hidden_block_count():
            note += " (hidden)"
        self.left_out_label.setText(note)
        self.left_out_label.setVisible(bool(note))

    # ----------------------------------------------------------------- output
    def export_target(self, kind: str) -> str:
        """Ask where to save; return the path or "" (tests replace this method)."""
        brief = self.w.controller.brief
        assert brief is not None
        name = default_file_name(brief, kind)
        path, _ = QFileDialog.getSaveFileName(self.w, "Export the brief",
                                              str(Path(self._folder()) / name),
                                              FORMATS[kind].label)
        return path

    def export(self, kind: str) -> None:
        if self.w.controller.brief is None:
            self.w.show_message("info", "There is no brief to export yet: paste or open an "
                                        "article first.")
            return
        path = self.export_target(kind)
        if path:
            ext = "." + FORMATS[kind].extension
            if not path.lower().endswith(ext):
                path += ext
            self.w.controller.export(kind, path)

    def set_paper(self, paper: str) -> None:
        """Use ``paper`` ("", a4, letter) for the PDF, the preview and printing; remember it."""
        self.w.settings.set("export/paper", paper)
        self.w.controller.set_paper(paper)
        self.w.schedule_preview()

    def copy_summary_to_clipboard(self) -> None:
        text, html = self.w.controller.summary_text()
        if not text:
            self.w.show_message("info", "There is no summary to copy yet.")
            return
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        self.w.statusBar().showMessage("Summary copied.", 4000)

    def print_brief(self) -> None:
        brief = self.w.controller.brief
        if brief is None:
            self.w.show_message("info", "There is no brief to print yet.")
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from inbrief.export.pdf import RESOLUTION, default_paper, render_brief_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self.w)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        paper = self.w.settings.get("export/paper") or default_paper()
        page = render_brief_document(brief, paper)  # the summary shown, as chosen
        painter = QPainter()
        if not painter.begin(printer):
            self.w.show_message("error", "The printer could not be started.")
            return
        scale = printer.resolution() / RESOLUTION
        painter.scale(scale, scale)
        page.paint(painter, margins=True)
        painter.end()

    def show_help(self) -> None:
        from inbrief.ui.help import HelpDialog

        self.help_dialog = HelpDialog(self.w)
        self.help_dialog.show()

    def show_shortcuts(self) -> None:
        from inbrief.ui.help import ShortcutsDialog, shortcut_rows

        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self.w.menuBar(), self.w), self.w)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        from inbrief.core.library import default_path
        from inbrief.ui.about import AboutDialog

        paths = {"Settings": self.w.settings.file_name(), "Drafts": str(self.w.drafts.folder),
                 "Library": str(default_path())}
        self.about_dialog = AboutDialog(self.w, paths)
        self.about_dialog.open()
