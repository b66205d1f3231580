"""The InBrief window: source editor beside the brief, controls, status, messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QPixmap
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inbrief.core.brief import Brief
from inbrief.ui import theme
from inbrief.ui.brief_panes import BriefPanes
from inbrief.ui.controller import Controller
from inbrief.ui.controls import BriefControls
from inbrief.ui.draft_autosave import DraftAutosave
from inbrief.ui.drafts import DraftStore
from inbrief.ui.feedback import (
    ElidedLabel,
    ErrorDialog,
    MessageBar,
    ProgressStrip,
    format_exception,
    stats_line,
)
from inbrief.ui.highlights import join_adjacent
from inbrief.ui.password_dialog import PasswordPrompt
from inbrief.ui.pasting import Pasting
from inbrief.ui.reading_views import SummaryOnlyView
from inbrief.ui.settings import Settings
from inbrief.ui.source_editor import SourceEditor
from inbrief.ui.window_actions import WindowActions

APP_NAME = "InBrief"
ZOOM_FACTOR = 1.15  # the page preview grows this much per zoom step


class MainWindow(QMainWindow):
    """Thin view: forwards input to the Controller and draws what it reports."""

    def __init__(
        self,
        settings: Settings,
        drafts: DraftStore,
        controller: Controller | None = None,
        font_families: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.drafts = drafts
        self.controller = controller or Controller()
        self.controller.setParent(self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)

        self.editor = SourceEditor()
        self.summary_only = SummaryOnlyView()
        self.source_stack = QStackedWidget()
        self.source_stack.addWidget(self.editor)
        self.source_stack.addWidget(self.summary_only)
        self.panes = BriefPanes()
        self.controls = BriefControls()
        self.message_bar = MessageBar()
        self.progress = ProgressStrip()
        self.stats_label = ElidedLabel()
        self.stats_label.setAccessibleName("Statistics")
        if font_families:
            font = QFont()
            font.setFamilies(font_families)
            font.setPointSize(11)
            self.editor.setFont(font)
            self.summary_only.setFont(font)
            self.panes.setFont(font)
        self._build_layout()
        self.pasting = Pasting(self)
        self.actions_ = WindowActions(self)
        self._connect()

        self.autosave = DraftAutosave(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._shown_base: Brief | None = None
        self._shown_notes: tuple[str, ...] = ()
        self._restore_settings()
        self.editor.setFocus()

    # ----------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.controls)
        right_layout.addWidget(self.panes, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("sourceBriefSplitter")
        self.splitter.addWidget(self.source_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([540, 640])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        status = self.statusBar()
        status.addWidget(self.stats_label, 1)
        status.addPermanentWidget(self.progress)
        self.resize(1200, 760)

    def _connect(self) -> None:
        c = self.controller
        self.editor.user_edited.connect(self._on_user_edit)
        # A paste is whole at once: analyse it now rather than after the typing pause.
        self.editor.text_pasted.connect(self.controller.analyse_pasted)
        self.editor.file_dropped.connect(self.open_path)
        self.editor.title_chosen.connect(self.controller.set_title)
        self.editor.encoding_repaired.connect(lambda note: self.show_message("info", note))
        c.reference_reset.connect(self.controls.reset_reference)
        self.password_prompt = PasswordPrompt(
            self, lambda path, password: c.open_file(path, password=password), self.show_message)
        c.password_needed.connect(self.password_prompt.needed)
        c.source_loaded.connect(self._on_source_loaded)
        c.brief_changed.connect(self._on_brief)
        c.analysis_cleared.connect(self._on_cleared)
        c.names_pending.connect(self.panes.set_names_pending)
        c.busy_changed.connect(self.progress.set_busy)
        c.progress.connect(lambda _stage, fraction: self.progress.set_progress(fraction))
        c.message.connect(self.show_message)
        c.exported.connect(self._on_exported)
        c.unexpected.connect(self.show_unexpected)
        self.progress.cancel_requested.connect(c.cancel)
        self.panes.spans_activated.connect(self.mark_spans)
        self.panes.full_size_requested.connect(self.open_full_size_preview)
        self.panes.currentChanged.connect(lambda _i: self.schedule_preview())
        # A wider or narrower pane gets a page drawn to its new width (debounced).
        self.panes.preview_scroll.width_changed.connect(self.schedule_preview)
        self.controls.length_changed.connect(c.set_length)
        self.controls.avoid_quotations_changed.connect(c.set_avoid_quotations)
        self.controls.algorithm_changed.connect(c.set_algorithm)
        self.controls.language_changed.connect(c.set_language)
        self.controls.reference_date_changed.connect(c.set_reference_date)

    # ------------------------------------------------------------------ input
    def _on_user_edit(self, text: str) -> None:
        self.autosave.note_typed()
        self.controller.text_edited(text)
        if not text.strip():
            self.setWindowTitle(APP_NAME)
            self.controls.reset_reference()

    def open_path(self, path: str) -> None:
        """Load ``path`` in the background; the text appears once it is read."""
        self.message_bar.dismiss()
        self.controller.open_file(path)

    def _on_source_loaded(self, text: str, path: str) -> None:
        self.password_prompt.opened(path)
        self.editor.set_source_text(text)
        # The draft is kept: what was typed before stays on disk (and in undo) until a clean exit.
        self.autosave.typed = False
        self.settings.set("files/last_folder", str(Path(path).resolve().parent))
        self.actions_.set_recent(self.settings.add_recent(str(Path(path).resolve())))
        self.setWindowTitle(f"{Path(path).name} — {APP_NAME}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        # Files dropped anywhere on the window (not only on the editor) are opened, and a
        # selection dragged from a browser is pasted in place of the text.
        mime = event.mimeData()
        if any(url.isLocalFile() for url in mime.urls()) or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])
        elif self.pasting.drop(mime):
            event.acceptProposedAction()

    def paste_and_summarize(self, text: str, html: str = "") -> None:
        """Replace the editor's text with ``text`` (or the article in ``html``); analyse it."""
        self.pasting.paste_and_summarize(text, html)

    # ---------------------------------------------------------------- results
    def _on_brief(self, brief: Brief) -> None:
        full = self.controller.base_brief is not self._shown_base
        self._shown_base = self.controller.base_brief
        if full:
            from inbrief.core.language import is_rtl

            # Arabic, Hebrew, Persian, Urdu... read right to left: align the text as they do.
            direction = (Qt.LayoutDirection.RightToLeft if is_rtl(brief.language.code)
                         else Qt.LayoutDirection.LeftToRight)
            self.editor.set_direction(direction)
            self.panes.summary.setLayoutDirection(direction)
            self.panes.show_brief(brief)
            self.controls.show_brief(brief)
            self.setWindowTitle(f"{brief.title or 'Untitled'} — {APP_NAME}")
            self._show_stats(brief)
            self.actions_.show_removed_text(self.controller.offsets, brief)
            bar, old = self.message_bar, self._shown_notes
            if bar.kind in ("error", "warning") or (
                    old and brief.notes != old and bar.label.text() == "\n".join(old)):
                bar.dismiss()  # about an older text, or the notes of an older brief
            if brief.notes and brief.notes != self._shown_notes:
                # Things that limit this brief (no stemmer, a long text read in part).
                self.message_bar.show_message("info", "\n".join(brief.notes))
            self._shown_notes = brief.notes
        else:
            self.panes.show_summary(brief)
            self.controls.show_brief(brief)
            self._show_stats(brief)
        # A mention marked from the last summary or brief, and any hint in the status bar, are
        # about what was shown before: the statistics of this brief take their place.
        self.editor.clear_marks()
        self.statusBar().clearMessage()
        self._highlight_summary(brief)
        self.schedule_preview()

    def _on_cleared(self) -> None:
        self._shown_base = None
        self.summary_only.clear()
        self.panes.show_empty()
        self.editor.clear_highlights()
        self.actions_.show_removed_text(None)
        self.controls.show_brief(None)
        self.stats_label.setText("")

    def _highlight_summary(self, brief: Brief) -> None:
        offsets = self.controller.offsets
        if offsets is None:
            return
        spans = [piece for s in brief.summary for piece in offsets.to_source_spans(s.start, s.end)]
        text = self.editor.toPlainText()
        self.editor.highlight_summary(join_adjacent(spans, text))
        self.summary_only.show_summary(text, spans)

    def set_summary_only(self, on: bool) -> None:
        """Show only the summary sentences in place of the text (or the whole text again)."""
        self.summary_only.setFont(self.editor.font())
        self.source_stack.setCurrentWidget(self.summary_only if on else self.editor)
        (self.summary_only if on else self.editor).setFocus()

    def mark_spans(self, spans: list[tuple[int, int]]) -> None:
        """Mark Brief.text spans in the editor (mapped to its text) and scroll to the first."""
        offsets = self.controller.offsets
        if offsets is None:
            return
        if self.source_stack.currentWidget() is self.summary_only:
            self.actions_.summary_only.setChecked(False)  # the passage is shown in the text
        found = [piece for a, b in spans for piece in offsets.to_source_spans(int(a), int(b))]
        self.editor.mark(found)
        if spans and not found:
            self.statusBar().showMessage("That passage is not in the editor's text any more.", 4000)

    def _show_stats(self, brief: Brief) -> None:
        text = stats_line(brief, self.controller.last_seconds)
        self.stats_label.setText(text)
        # The line can be wider than the status bar: the tooltip always has all of it.
        self.stats_label.setToolTip("\n".join((text, *brief.notes)))

    def schedule_preview(self) -> None:
        if self.panes.currentWidget() is self.panes.preview_scroll:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the one-page brief as the PDF would show it, when the Brief tab is shown."""
        brief = self.controller.brief
        if brief is None:
            self.panes.set_preview(None, "The one-page brief appears here.")
            return
        from inbrief.export.pdf import default_paper, render_brief_document

        paper = self.settings.get("export/paper") or default_paper()
        page = render_brief_document(brief, paper)  # the summary shown, as chosen
        width = max(300, self.panes.preview_scroll.viewport().width() - 24)
        fit = max(40.0, min(110.0, 96.0 * width / 794))  # 794 px = A4 width at 96 dpi
        # At zoom 0 the page fits the pane's width; each zoom step makes it 15% larger.
        dpi = min(400.0, fit * ZOOM_FACTOR ** self.zoom_steps())
        self.panes.set_preview(QPixmap.fromImage(page.to_image(dpi)))

    def open_full_size_preview(self) -> None:
        """Show the one-page brief at its real size (100%, the screen's dpi) in a window."""
        brief = self.controller.brief
        if brief is None:
            self.show_message("info", "There is no brief to show yet: paste or open an article "
                                      "first.")
            return
        from inbrief.export.pdf import default_paper, render_brief_document
        from inbrief.ui.brief_panes import FullSizePreview

        paper = self.settings.get("export/paper") or default_paper()
        page = render_brief_document(brief, paper)
        dpi = float(self.logicalDpiX()) * ZOOM_FACTOR ** self.zoom_steps()
        self.full_size_preview = FullSizePreview(QPixmap.fromImage(page.to_image(dpi)), self)
        self.full_size_preview.show()

    # --------------------------------------------------------------- feedback
    def show_message(self, kind: str, text: str) -> None:
        self.message_bar.show_message(kind, text)

    def _on_exported(self, _kind: str, path: str, note: str) -> None:
        self.statusBar().showMessage(f"Saved {Path(path).name}." + (f" {note}" if note else ""),
                                     6000)

    def show_unexpected(self, exc: object) -> None:
        details = format_exception(exc) if isinstance(exc, BaseException) else str(exc)
        self.error_dialog = ErrorDialog(details, self)
        self.error_dialog.open()

    # --------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("window/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        splitter = s.get("window/splitter")
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        c = self.controller
        c.restore_choices(unit=s.get("summary/unit"), sentences=s.get("summary/sentences"),
                          percent=s.get("summary/percent"), algorithm=s.get("summary/algorithm"),
                          paper=s.get("export/paper"), words=s.get("summary/words"),
                          avoid_quotations=s.get("summary/avoid_quotations"))
        length = c.length
        self.controls.set_length(length.unit, length.sentences, length.percent, length.words)
        self.controls.set_avoid_quotations(length.avoid_quotations)
        self.controls.set_algorithm(c.algorithm)
        self.actions_.set_recent(s.get("files/recent"))
        zoom = s.get("view/zoom")
        if zoom:
            self.zoom(zoom)

    def save_settings(self) -> None:
        s = self.settings
        s.set("window/geometry", bytes(self.saveGeometry().data()))
        s.set("window/splitter", bytes(self.splitter.saveState().data()))
        length = self.controller.length
        s.set("summary/sentences", length.sentences)
        s.set("summary/percent", length.percent)
        s.set("summary/unit", length.unit)
        s.set("summary/words", length.words)
        s.set("summary/avoid_quotations", length.avoid_quotations)
        s.set("summary/algorithm", self.controller.algorithm)
        s.sync()

    def zoom_steps(self) -> int:
        return int(self.property("zoomSteps") or 0)

    def zoom(self, steps: int) -> None:
        """Zoom the source and the brief's panes ``steps`` points (negative: smaller) and the
        page preview as much; 0 keeps it."""
        current = self.zoom_steps()
        new = max(-8, min(20, current + steps))
        if new > current:
            self.editor.zoomIn(new - current)
        elif new < current:
            self.editor.zoomOut(current - new)
        self.panes.zoom(new)
        self.summary_only.setFont(self.editor.font())
        self.setProperty("zoomSteps", new)
        self.settings.set("view/zoom", new)
        if new != current:
            self.schedule_preview()

    def set_theme(self, mode: str) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        scheme = theme.apply(app, mode) if isinstance(app, QApplication) else "light"
        self.editor.set_colors(*theme.highlight_colors(scheme))
        self.message_bar.restyle()
        self.settings.set("view/theme", mode)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.hide()  # gone at once, even while a warm-up or export finishes below
        self.controller.shutdown()
        self.drafts.clear()  # a clean exit: nothing to offer back next time
        super().closeEvent(event)

