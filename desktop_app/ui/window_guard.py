"""One place for what every window needs as it is shown, whoever made it.

Installed on the application (:func:`install_window_guard`): when any top-level window is
about to show it is clamped to the available area of its screen, frame included (a 1366 × 768
laptop must never get a window whose buttons lie below the edge), and the standard buttons
of its button boxes — message boxes, input dialogs, our own dialogs — read Indonesian
instead of Qt's English ("Cancel", "Save", "Close"), as do the labels of Qt's own file
dialog where the system offers none of its own (Linux without a desktop's file chooser).

Qt's Indonesian catalogue (``resources/i18n/qt_id.ts``) gives the same words to the
standard buttons and the file dialog, but only once the workspace is open (it stays off the
start-up path), so the wording here stays for what shows before: the first-run wizard and
its folder dialog until the catalogue is in, start-up messages, and any window should the
catalogue be missing (a checkout without lrelease). It also words the dialogs in English
through the program's own catalogue, and names the file dialog's field "Nama folder:" when
a folder is chosen. Where both apply they agree, so nothing changes once the catalogue is in.
"""

from __future__ import annotations

from contextlib import suppress

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

Button = QDialogButtonBox.StandardButton

# Before the window manager has framed a first window, assume a title bar and thin borders.
DEFAULT_FRAME = QMargins(4, 32, 4, 4)
# Windows and dialogs; menus, combo lists and tooltips place themselves.
FRAMED = (Qt.WindowType.Window, Qt.WindowType.Dialog)
# A window's events after it shows by which its frame, once known, is noticed.
SETTLING = (QEvent.Type.Paint, QEvent.Type.Move, QEvent.Type.Hide)


def standard_texts() -> dict[Button, str]:
    """The program's words for Qt's standard buttons (in the current language)."""
    return {
        Button.Ok: QCoreApplication.translate("StandardButtons", "OK"),
        Button.Save: QCoreApplication.translate("StandardButtons", "Simpan"),
        Button.SaveAll: QCoreApplication.translate("StandardButtons", "Simpan semua"),
        Button.Open: QCoreApplication.translate("StandardButtons", "Buka"),
        Button.Yes: QCoreApplication.translate("StandardButtons", "Ya"),
        Button.YesToAll: QCoreApplication.translate("StandardButtons", "Ya untuk semua"),
        Button.No: QCoreApplication.translate("StandardButtons", "Tidak"),
        Button.NoToAll: QCoreApplication.translate("StandardButtons", "Tidak untuk semua"),
        Button.Abort: QCoreApplication.translate("StandardButtons", "Hentikan"),
        Button.Retry: QCoreApplication.translate("StandardButtons", "Coba lagi"),
        Button.Ignore: QCoreApplication.translate("StandardButtons", "Abaikan"),
        Button.Close: QCoreApplication.translate("StandardButtons", "Tutup"),
        Button.Cancel: QCoreApplication.translate("StandardButtons", "Batal"),
        Button.Discard: QCoreApplication.translate("StandardButtons", "Buang perubahan"),
        Button.Help: QCoreApplication.translate("StandardButtons", "Bantuan"),
        Button.Apply: QCoreApplication.translate("StandardButtons", "Terapkan"),
        Button.Reset: QCoreApplication.translate("StandardButtons", "Atur ulang"),
        Button.RestoreDefaults: QCoreApplication.translate("StandardButtons", "Kembalikan bawaan"),
    }


_qt_defaults: dict[Button, str] = {}


def qt_default_text(button: Button) -> str:
    """Qt's own text for a standard button (what a dialog shows unless it set another)."""
    if not _qt_defaults:
        probe = QDialogButtonBox()
        for kind in standard_texts():
            _qt_defaults[kind] = probe.addButton(kind).text()
        probe.deleteLater()
    return _qt_defaults.get(button, "")


def indonesian_buttons(window: QWidget) -> None:
    """Standard buttons still showing Qt's text get ours; texts a dialog chose stay."""
    texts = standard_texts()
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            kind = box.standardButton(button)
            if kind in texts and button.text() == qt_default_text(kind):
                button.setText(texts[kind])


def indonesian_file_dialog(dialog: QFileDialog) -> None:
    """Qt's own file dialog: its labels and its two buttons in the program's words."""
    Label = QFileDialog.DialogLabel
    saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    folder = dialog.fileMode() == QFileDialog.FileMode.Directory
    dialog.setLabelText(Label.LookIn, QCoreApplication.translate("StandardButtons", "Lihat di:"))
    dialog.setLabelText(Label.FileName,
                        QCoreApplication.translate("StandardButtons", "Nama folder:") if folder
                        else QCoreApplication.translate("StandardButtons", "Nama berkas:"))
    dialog.setLabelText(Label.FileType,
                        QCoreApplication.translate("StandardButtons", "Jenis berkas:"))
    dialog.setLabelText(Label.Accept,
                        QCoreApplication.translate("StandardButtons", "Simpan") if saving
                        else QCoreApplication.translate("StandardButtons", "Pilih") if folder
                        else QCoreApplication.translate("StandardButtons", "Buka"))
    dialog.setLabelText(Label.Reject, QCoreApplication.translate("StandardButtons", "Batal"))


class WindowGuard(QObject):
    """Application event filter: fits and words each window as it shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.frame = DEFAULT_FRAME  # learnt from the first window the window manager framed
        self._watched: list[QWidget] = []
        # Shown but not yet framed: fitted again once the window manager has framed them,
        # when their real frame is known (the one assumed at first may be smaller).
        self._unframed: list[QWidget] = []

    def step_aside(self, app: QApplication) -> None:
        """Off the application's event path (its Python call on each of the thousands of
        events of building the main window and of the first searches, each waiting for the
        GIL while the workspace imports, cost the start tens of milliseconds); only the
        windows passed to :meth:`watch` are fitted and worded meanwhile, until
        :meth:`resume`."""
        app.removeEventFilter(self)

    def watch(self, window: QWidget) -> None:
        window.installEventFilter(self)
        self._watched.append(window)

    def resume(self, app: QApplication) -> None:
        """Every window again (idempotent)."""
        watched, self._watched = self._watched, []
        for window in watched:
            with suppress(RuntimeError):  # already deleted
                window.removeEventFilter(self)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.windowType() in FRAMED:
            if isinstance(watched, QFileDialog):
                indonesian_file_dialog(watched)
            indonesian_buttons(watched)
            self.fit_to_screen(watched)
            if not framed(watched) and QGuiApplication.platformName() != "offscreen":
                self._unframed.append(watched)
        elif self._unframed and kind in SETTLING \
                and any(window is watched for window in self._unframed):
            # The window manager frames a window around where it was put (no Move then)
            # before its first paint: fitted again with its own frame, once.
            assert isinstance(watched, QWidget)
            if kind == QEvent.Type.Hide or framed(watched):
                self._unframed = [w for w in self._unframed if w is not watched]
                if kind != QEvent.Type.Hide:
                    self.fit_to_screen(watched)
        return False

    def frame_margins(self, window: QWidget) -> QMargins:
        """What the window manager adds around a window, learnt from one it has framed
        already (asking the window about to show would fix its frame at zero), or from the
        window itself once it is framed."""
        if framed(window):
            return own_frame(window)
        for other in QApplication.topLevelWidgets():
            if other is window or not other.isVisible() or other.isMaximized() \
                    or other.isFullScreen():
                continue  # a maximised window's frame lacks its borders
            if framed(other):
                self.frame = own_frame(other)
                break
        return self.frame

    def fit_to_screen(self, window: QWidget) -> None:
        """Shrink the window to its screen's available area and move it inside it."""
        if QGuiApplication.platformName() == "offscreen":
            return  # no real screen: its 800 × 600 stands in for any size
        parent = window.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or \
            window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        margins = self.frame_margins(window)
        room = area.marginsRemoved(margins)
        width = min(window.width(), room.width())
        height = min(window.height(), room.height())
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        # A framed window's position is its frame's; an unframed one's is its inside's.
        inside = QPoint(0, 0) if framed(window) else QPoint(margins.left(), margins.top())
        frame = QRect(window.pos() - inside, window.size()).marginsAdded(
            QMargins(0, 0, margins.left() + margins.right(), margins.top() + margins.bottom()))
        if area.contains(frame):
            return
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        window.move(QPoint(x, y) + inside)


def framed(window: QWidget) -> bool:
    """Whether the window manager has framed the window (its frame is known)."""
    return window.frameGeometry() != window.geometry()


def own_frame(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                    frame.right() - inner.right(), frame.bottom() - inner.bottom())


# The installed guard, kept here rather than found with ``findChild``: PySide6's first
# ``findChild`` of a Python class costs ~5 ms, on the start's path.
_installed: list[WindowGuard] = []


def window_guard(app: QApplication | None = None) -> WindowGuard | None:
    """The application's guard, if installed."""
    app = app or QApplication.instance()
    for guard in _installed:
        if shiboken6.isValid(guard) and guard.parent() is app:
            return guard
    return None


def resume_window_guard() -> None:
    """The guard back on every window's path, after :meth:`WindowGuard.step_aside`."""
    guard = window_guard()
    if guard is not None:
        guard.resume(QApplication.instance())


def install_window_guard(app: QApplication) -> WindowGuard:
    """Once per application."""
    guard = window_guard(app)
    if guard is None:
        guard = WindowGuard(app)
        app.installEventFilter(guard)
        _installed[:] = [guard]
    return guard
