"""Start the Qt application: fonts, icon, palette, error hook, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from inbrief import __version__


def app_icon() -> QIcon:
    """Return the app icon (PNG sizes, then the SVG); an empty icon when none is there."""
    try:
        from inbrief.resources import resource

        folder = resource("icons")
    except FileNotFoundError:
        return QIcon()
    icon = QIcon()
    # PNGs first: a frozen build without Qt's SVG icon engine still gets a sharp icon.
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"inbrief-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "inbrief.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def font_families() -> list[str]:
    """Register the bundled fonts; return the UI fallback chain ([] when unavailable)."""
    try:
        from inbrief.export import fonts

        fonts.register_fonts()
        return list(fonts.ui_font_families())
    except (ImportError, RuntimeError, FileNotFoundError):
        return []


# Analysis threads run Python; the UI thread needs the GIL for every event that reaches a
# Python object. CPython hands the GIL over every 5 ms by default, which lets a busy worker
# delay each such event by 5 ms; 1 ms keeps the window fluid for a tiny cost in throughput.
GIL_SWITCH_INTERVAL = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, created and named (once) for settings and data paths."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    QCoreApplication.setOrganizationName("InBrief")
    QCoreApplication.setApplicationName("InBrief")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("inbrief")
    app.setWindowIcon(app_icon())
    return app


class FileOpenHandler(QObject):
    """Opens the files macOS hands over (Finder's "Open With", a document dropped on the Dock).

    macOS does not pass them on the command line but as QFileOpenEvent to the application;
    the Info.plist's document types (build_scripts) make InBrief an "Open With" choice.
    """

    def __init__(self, window: object) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Open the file of a FileOpen event in the window; let every other event through."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.window.open_path(path)  # type: ignore[attr-defined]
                return True
        return False


def create_window(path: Path | None = None, name_process: bool = False) -> object:
    """Build the main window with the user's settings and drafts; load ``path`` if given.

    ``name_process``: the names are found in a second process, started once the window is built
    (starting it first slowed the build); it loads spaCy on the other core while this one
    analyses the text.
    """
    from PySide6.QtGui import QFont

    from inbrief.ui import theme
    from inbrief.ui.drafts import DraftStore
    from inbrief.ui.main_window import MainWindow
    from inbrief.ui.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = Settings()
    families = font_families()
    if families:
        font = QFont(app.font())
        font.setFamilies(families)
        app.setFont(font)
    mode = settings.get("view/theme")
    scheme = theme.apply(app, mode)
    window = MainWindow(settings, DraftStore(), font_families=families)
    if name_process:
        from inbrief.core.entities.process import NameProcess

        window.controller.use_name_process(NameProcess())
    window.editor.set_colors(*theme.highlight_colors(scheme))
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: window.set_theme(window.settings.get("view/theme"))
    )
    # Turning the desktop's high contrast on or off applies at once when following the system.
    app.styleHints().accessibility().contrastPreferenceChanged.connect(
        lambda _contrast: window.set_theme(window.settings.get("view/theme"))
    )
    if sys.platform == "darwin":  # only macOS sends FileOpen events; elsewhere the filter would
        app.installEventFilter(FileOpenHandler(window))  # put every event through Python
    from inbrief.ui.library_keeper import LibraryKeeper

    library = LibraryKeeper(window)  # the Library pane (Ctrl+L); parented to the window
    window.show()
    window.autosave.offer()
    if path is not None:
        window.open_path(str(path))
    library.first_run_note()  # after opening a file, which clears the message bar
    # As soon as the event loop runs (the window is mapped first), in the background: language
    # profiles, then the name model (a first text's summary, keywords and timeline are shown
    # before the names, which wait for it).
    QTimer.singleShot(0, window.controller.warm_up)
    return window


def run(path: Path | None = None, debug: bool = False) -> int:
    """Show the main window (with ``path`` loaded) and run the event loop; return its status.

    ``debug`` logs at debug level (when each part of a brief was shown, for the speed bench).
    """
    import logging

    from inbrief.logs import setup_logging
    from inbrief.ui.feedback import install_excepthook

    # Never raises; an unwritable data folder means stderr only.
    setup_logging(level=logging.DEBUG if debug else logging.INFO)
    app = make_application()
    window = create_window(path, name_process=True)
    install_excepthook(lambda: window)  # type: ignore[arg-type, return-value]
    return int(app.exec())
