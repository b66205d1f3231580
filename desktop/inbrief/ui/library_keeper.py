"""What the Library pane does: keep each analysis, search, open, delete, export a digest.

Every database step runs off the UI thread, one at a time and in order (a one-thread Runner),
so a search typed after a paste sees that paste. The keeper follows the text in the editor: a
new text (paste, file, restored draft) becomes a new entry; edits and re-analyses of it update
that entry; the same text pasted again is the entry it already was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from inbrief.core.library import Entry, Hit, Library, Stored
from inbrief.ui.analysis_job import Analysis
from inbrief.ui.library_pane import LibraryPane
from inbrief.ui.worker import IsCancelled, Job, Progress, Runner

if TYPE_CHECKING:
    from inbrief.ui.main_window import MainWindow

T = TypeVar("T")
LIST_LIMIT = 300  # newest entries listed; the rest are found by searching
FIRST_RUN_NOTE = ("InBrief keeps a library of the articles you analyse, on this computer only, "
                  "so you can search and reopen them (View ▸ Library, Ctrl+L). Turn it off "
                  "there with “Keep a library of analysed articles”.")


EDIT_SHARE = 0.5  # of the shorter text's 4-word runs found in the other: an edit of it


def _runs(text: str) -> set[tuple[str, ...]]:
    words = text.casefold().split()
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def is_edit_of(before: str, after: str) -> bool:
    """Return True when ``after`` is ``before`` edited (most of the shorter one's runs of four
    words are in the other), False for another text put in its place."""
    if not before.strip() or not after.strip():
        return False
    old, new = _runs(before), _runs(after)
    return len(old & new) >= EDIT_SHARE * min(len(old), len(new))


class LibraryKeeper(QObject):
    """The library of ``window``: its dock pane, its database and the hooks between them."""

    def __init__(self, window: MainWindow, path: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.path = path
        self.library: Library | None = None
        self.runner = Runner(self, threads=1)
        self.current_id: int | None = None  # the entry the editor's text is
        self._current_text = ""  # its text as kept
        self._restoring = False
        self._search: Job | None = None
        self._closed = False
        self.pane = LibraryPane()
        self.pane.keep.setChecked(self.settings.get("library/keep"))
        self.dock = QDockWidget("Library", window)
        self.dock.setObjectName("libraryDock")
        self.dock.setWidget(self.pane)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.setVisible(self.settings.get("library/visible"))
        self.toggle: QAction = self.dock.toggleViewAction()
        self.toggle.setText("&Library")
        self.toggle.setShortcut(QKeySequence("Ctrl+L"))
        self.toggle.setToolTip("Show or hide the library of analysed articles (Ctrl+L)")
        window.actions_.view_menu.addSeparator()
        window.actions_.view_menu.addAction(self.toggle)
        window.addAction(self.toggle)  # Ctrl+L also while the dock (the action's owner) is hidden
        self.dock.visibilityChanged.connect(self._visibility_changed)
        window.installEventFilter(self)

        c = window.controller
        c.new_input.connect(self._new_input)
        c.analysis_cleared.connect(self._new_input)
        c.analysis_finished.connect(self._analysed)
        p = self.pane
        p.search_changed.connect(self.refresh)
        p.open_requested.connect(self.open_entry)
        p.delete_requested.connect(self.delete)
        p.clear_requested.connect(self.confirm_clear)
        p.digest_requested.connect(self.choose_digest_file)
        p.keep_toggled.connect(self.set_keep)
        self.refresh()

    # ----------------------------------------------------------------- plumbing
    def _run(self, step: Callable[[Library], T], on_result: Callable[[T], object]) -> Job:
        """Run ``step`` with the open library off the UI thread; report a failure in words."""
        def task(progress: Progress, cancelled: IsCancelled) -> T:
            if self._closed:
                raise RuntimeError("the library is closed")
            return step(self._library())

        return self.runner.run(task, on_result, self._failed)

    def _library(self) -> Library:
        """Return the library, opening it the first time (in the worker: it may migrate)."""
        if self.library is None:
            self.library = Library(self.path)
        return self.library

    def _failed(self, exc: BaseException) -> None:
        text = f"The library could not be used: {exc}"
        if self.property("failureShown"):  # said once; after that the status bar only
            self.window.statusBar().showMessage(text, 6000)
            return
        self.setProperty("failureShown", True)
        self.window.show_message("warning", text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Close the library with the window (before the window's own closing)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Finish pending writes and close the database (the window is closing)."""
        self.settings.set("library/visible", self.dock.isVisible())
        self.runner.shutdown()
        self._closed = True
        if self.library is not None:
            self.library.close()
            self.library = None

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.pane.search.setFocus()

    # ------------------------------------------------------------------ keeping
    def _new_input(self) -> None:
        self.current_id, self._current_text = None, ""

    def _analysed(self, analysis: Analysis) -> None:
        controller = self.window.controller
        text = controller.analysed_text
        if self._restoring or not self.settings.get("library/keep") or not text:
            return
        options = {
            "algorithm": controller.algorithm,
            "language": controller.language,
            "reference_date": (controller.reference_date.isoformat()
                               if controller.reference_date else None),
            "title": controller.title,
        }
        replace, before = self.current_id, self._current_text

        def step(library: Library) -> tuple[int, str]:
            # Typed over or pasted over with Ctrl+V: another article, not an edit of this one.
            edited = replace if replace is not None and is_edit_of(before, text) else None
            entry_id = library.add(text, analysis.brief, offsets=analysis.offsets,
                                   removed=analysis.removed, options=options, replace=edited)
            return entry_id, library.notice

        def kept(result: tuple[int, str]) -> None:
            entry_id, notice = result
            if controller.analysed_text == text:  # still the text shown
                self.current_id, self._current_text = entry_id, text
            self._tell(notice)
            self.refresh()

        self._run(step, kept)

    def _tell(self, notice: str) -> None:
        if notice and not self.property("noticeShown"):
            self.setProperty("noticeShown", True)
            self.window.show_message("warning", notice)

    def set_keep(self, keep: bool) -> None:
        """Keep analysed articles from now on, or stop (what is kept stays until cleared)."""
        self.settings.set("library/keep", keep)

    # ------------------------------------------------------------------ listing
    def refresh(self, _query: str | None = None) -> None:
        """Show the list again: search results for the pane's words, else the newest entries."""
        query = self.pane.query()
        if self._search is not None:
            self._search.cancel()  # its results are of words no longer in the box
        if query:
            self._search = self._run(lambda library: library.search(query),
                                     lambda hits: self._show_hits(query, hits))
        else:
            self._search = self._run(
                lambda library: (library.entries(LIST_LIMIT), library.count(), library.notice),
                self._show_entries)

    def _show_hits(self, query: str, hits: list[Hit]) -> None:
        self.pane.show_hits(query, hits)

    def _show_entries(self, result: tuple[list[Entry], int, str]) -> None:
        entries, total, notice = result
        self.pane.show_entries(entries, total)
        self._tell(notice)

    # ------------------------------------------------------------------ opening
    def open_entry(self, entry_id: int) -> None:
        """Show entry ``entry_id`` in the window: at once when its brief is current, else its
        text is analysed again."""
        def step(library: Library) -> Stored:
            stored = library.get(entry_id)
            library.touch(entry_id)
            return stored

        self._run(step, self.show_stored)

    def show_stored(self, stored: Stored) -> None:
        """Put a kept article in the editor and its brief in the panes."""
        w, controller = self.window, self.window.controller
        self.current_id, self._current_text = stored.entry.id, stored.text
        self._restoring = True
        try:
            w.editor.set_source_text(stored.text)
            w.autosave.typed = False  # kept in the library: no draft needed
            if stored.current and stored.offsets is not None and stored.brief is not None:
                analysis = Analysis(stored.brief, stored.offsets, 0.0, stored.removed)
                controller.show_analysis(stored.text, analysis)
                # The title picked and the date typed for it go on applying to it.
                controller.keep_text_choices(str(stored.options.get("title") or ""),
                                             _date(stored.options.get("reference_date")))
                # The controls say how what is shown was made (changing them analyses again).
                algorithm = str(stored.options.get("algorithm") or stored.brief.algorithm)
                if algorithm != controller.algorithm and w.controls.algorithm.findData(
                        algorithm) >= 0:
                    controller.algorithm = algorithm
                    w.controls.set_algorithm(algorithm)
            else:
                # Made by another version of InBrief: analyse it again (the entry follows).
                controller.use_text(stored.text)
                self.current_id, self._current_text = stored.entry.id, stored.text
        finally:
            self._restoring = False
        self.refresh()

    # ----------------------------------------------------------------- removing
    def delete(self, ids: list[int]) -> None:
        if not ids:
            return
        if self.current_id in ids:
            self.current_id = None
        self._run(lambda library: library.delete(ids), lambda _count: self.refresh())

    def confirm_clear(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Clear the library",
                          "Remove every article from the library? This cannot be undone.",
                          QMessageBox.StandardButton.Cancel, self.window)
        clear = box.addButton("Clear All", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.clear() if box.clickedButton() is clear else None)
        self._dialog = box
        box.open()

    def clear(self) -> None:
        """Remove every entry."""
        self.current_id = None
        self._run(lambda library: library.clear(), lambda _none: self.refresh())

    # ------------------------------------------------------------------- digest
    def choose_digest_file(self, ids: list[int]) -> None:
        if not ids:
            return
        folder = self.settings.get("files/last_folder") or str(Path.home())
        stamp = dt.date.today().isoformat()
        path, _filter = QFileDialog.getSaveFileName(
            self.window, "Export Digest", str(Path(folder) / f"Digest {stamp}.pdf"),
            "PDF digest (*.pdf);;Markdown digest (*.md)")
        if path:
            self.export_digest(ids, Path(path))

    def export_digest(self, ids: list[int], path: Path,
                      done: Callable[[Path], Any] | None = None) -> None:
        """Write the digest of entries ``ids`` to ``path`` (.pdf or .md) off the UI thread."""
        paper = self.settings.get("export/paper")

        def step(library: Library) -> Path:
            from inbrief.cli_library import write_digest
            from inbrief.core.ingest import load_text
            from inbrief.core.pipeline import analyze

            briefs = []
            for entry_id in ids:
                stored = library.get(entry_id)
                briefs.append(stored.brief if stored.brief is not None
                              else analyze(load_text(stored.text)))
            target = path if path.suffix.lower() in (".pdf", ".md") else path.with_suffix(".pdf")
            write_digest(briefs, target, paper or None, force=True)  # the dialog asked
            return target

        def written(target: Path) -> None:
            self.window.statusBar().showMessage(
                f"Saved the digest of {len(ids)} article{'s' * (len(ids) != 1)} as "
                f"{target.name}.", 6000)
            if done is not None:
                done(target)

        self._run(step, written)

    # ---------------------------------------------------------------- first run
    def first_run_note(self) -> None:
        """Say once, at the first start, that analysed articles are kept."""
        if self.settings.get("library/first_run_noted"):
            return
        if self.window.message_bar.isVisibleTo(self.window):
            return  # a draft offered back comes first; the note waits for the next start
        self.settings.set("library/first_run_noted", True)
        self.window.message_bar.show_message(
            "info", FIRST_RUN_NOTE, [("Show &Library", lambda: self.dock.setVisible(True))])


def _date(value: object) -> dt.date | None:
    """Return the date a kept entry's options give ("2024-11-07"), None when none or unreadable."""
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
