"""Qt's own texts in Indonesian (resources/i18n/qt_id.ts): every key is one Qt itself asks
for, real widgets show the Indonesian once the catalogue is in, the window installs it once
the workspace is open (never on the start-up path), and in English Qt stays English."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktop_app.paths import resources_dir
from desktop_app.tools.update_translations import placeholders
from desktop_app.ui import translations

QT_TS = resources_dir() / "i18n" / "qt_id.ts"
# Popup menus and modal message boxes under the offscreen plugin.
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                             "This plugin does not support grabbing the keyboard")
Key = tuple[str, str, str | None]  # context, source text, disambiguation
PRINTERS: list[QPrinter] = []


def catalogue() -> dict[Key, str]:
    """(context, source, comment) -> Indonesian, as written in qt_id.ts."""
    found: dict[Key, str] = {}
    for context in ET.parse(QT_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            found[key] = message.findtext("translation") or ""
    return found


class RecordingTranslator(QTranslator):
    """Notes every text Qt asks a translation for, and translates none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[Key] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        self.asked.add((context, source, disambiguation or None))
        return None  # a null string: "no translation here"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def without_window_guard(qapp):
    """The catalogue alone: the window guard (installed by an earlier test's application)
    off the way, as it words standard buttons and file dialog labels itself."""
    from desktop_app.ui.window_guard import window_guard

    guard = window_guard(qapp)
    if guard is not None:
        guard.step_aside(qapp)
    yield
    if guard is not None:
        guard.resume(qapp)


def menu_texts(menu: QMenu) -> list[str]:
    """The actions' texts, without their shortcuts ("&Salin\tCtrl+C" reads "&Salin")."""
    return [action.text().split("\t")[0] for action in menu.actions()
            if not action.isSeparator()]


def popup_texts(qtbot, widget: QWidget, target: QWidget | None = None) -> list[str]:
    """The texts of the context menu ``widget`` pops up on a right click (then closed)."""
    widget.show()
    seen: list[str] = []
    timer = QTimer(widget, interval=10)

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.isVisible():
            seen.extend(menu_texts(popup))
            popup.close()
            timer.stop()

    timer.timeout.connect(read_and_close)
    timer.start()
    where = QPoint(5, 5)
    QApplication.sendEvent(target or widget, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, widget.mapToGlobal(where)))
    timer.stop()
    return seen


def answer_message_boxes() -> None:
    """Closes the message box a file dialog opens (its modal loop runs meanwhile)."""
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMessageBox) and window.isVisible():
            window.reject()


def file_dialog(qtbot, folder: Path, setup: Callable[[QFileDialog], None] | None = None
                ) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if setup is not None:
        setup(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def exercise_qt(qtbot, folder: Path) -> None:
    """What a facilitator meets of Qt's own texts in this program, through real widgets."""
    line = QLineEdit("teks")
    qtbot.addWidget(line)
    line.createStandardContextMenu().deleteLater()
    notes = QPlainTextEdit("catatan")
    qtbot.addWidget(notes)
    notes.createStandardContextMenu().deleteLater()
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<a href='https://example.org'>tautan tautan tautan</a>")
    browser.show()
    browser.createStandardContextMenu(QPoint(10, 8)).deleteLater()  # on the link
    for widget in (QSpinBox(), QScrollBar(Qt.Orientation.Vertical),
                   QScrollBar(Qt.Orientation.Horizontal)):
        qtbot.addWidget(widget)
        popup_texts(qtbot, widget)
    box = QMessageBox(QMessageBox.Icon.Warning, "Judul", "Teks")
    qtbot.addWidget(box)
    box.setDetailedText("Rincian")
    box.show()
    details = next(b for b in box.findChildren(QPushButton) if "Details" in b.text())
    details.click()  # "Hide Details..."
    buttons = QDialogButtonBox()
    qtbot.addWidget(buttons)
    Button = QDialogButtonBox.StandardButton
    for kind in (Button.Ok, Button.Save, Button.SaveAll, Button.Open, Button.Yes,
                 Button.YesToAll, Button.No, Button.NoToAll, Button.Abort, Button.Retry,
                 Button.Ignore, Button.Close, Button.Cancel, Button.Discard, Button.Help,
                 Button.Apply, Button.Reset, Button.RestoreDefaults):
        buttons.addButton(kind)
    for widget in (QProgressDialog(), QInputDialog()):
        qtbot.addWidget(widget)
        widget.show()
    tabs = QTabBar()
    qtbot.addWidget(tabs)
    tabs.setTabsClosable(True)
    tabs.addTab("Umum")
    tabs.show()
    # Qt's file dialog: to open, to save (over an existing file), to choose a folder.
    existing = folder / "realisasi.csv"
    existing.write_text("x", encoding="utf-8")
    opening = file_dialog(qtbot, folder,
                          lambda d: d.setFileMode(QFileDialog.FileMode.ExistingFile))
    opening.selectFile(str(folder / "tidak-ada.csv"))
    QTimer.singleShot(0, answer_message_boxes)
    opening.accept()  # "File not found"
    saving = file_dialog(qtbot, folder,
                         lambda d: d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave))
    new_folder = saving.findChild(QToolButton, "newFolderButton")
    assert new_folder is not None
    new_folder.click()  # "New Folder"
    saving.selectFile(str(existing))
    QTimer.singleShot(0, answer_message_boxes)
    saving.accept()  # "already exists"
    file_dialog(qtbot, folder, lambda d: d.setFileMode(QFileDialog.FileMode.Directory))
    exercise_print_dialog(qtbot)
    QApplication.processEvents()


def print_dialog(qtbot) -> QPrintDialog:
    """Qt's own print dialog (Linux; Windows and macOS show the system's)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    PRINTERS.append(printer)  # the dialog does not own it: alive as long as the dialog
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def exercise_print_dialog(qtbot) -> None:
    dialog = print_dialog(qtbot)
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    buttons["&Options >>"].click()  # "&Options <<" then
    timer = QTimer(dialog, interval=20)

    def close_properties() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible() and window is not dialog:
                window.reject()
                timer.stop()

    timer.timeout.connect(close_properties)
    timer.start()
    buttons["P&roperties"].click()  # the page setup, modal
    timer.stop()
    dialog.reject()


@OFFSCREEN_POPUPS
def test_every_text_of_the_catalogue_is_one_qt_asks_for(qapp, qtbot, tmp_path):
    """Context, source text and disambiguation exactly as Qt 6 asks for them, or the
    translation would never be used; each with Indonesian and the source's placeholders."""
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    try:
        exercise_qt(qtbot, tmp_path)
    finally:
        qapp.removeTranslator(recorder)
    written = catalogue()
    assert len(written) > 90
    # QGnomeTheme's (a GNOME desktop's) in the real-window lane: test_real_window.py
    assert sorted(key for key in set(written) - recorder.asked if key[0] != "QGnomeTheme") \
        == []
    assert [key for key, text in written.items()
            if not text or placeholders(text) != placeholders(key[1])] == []


def test_text_fields_context_menus_read_indonesian(qt_indonesian, qtbot):
    line = QLineEdit("teks")
    qtbot.addWidget(line)
    assert menu_texts(line.createStandardContextMenu()) == [
        "&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih semua"]
    notes = QPlainTextEdit("catatan rapat")
    qtbot.addWidget(notes)
    assert menu_texts(notes.createStandardContextMenu()) == [
        "&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih semua"]


@OFFSCREEN_POPUPS
def test_spin_box_and_scroll_bar_menus_read_indonesian(qt_indonesian, qtbot):
    spin = QSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    qtbot.addWidget(spin)
    texts = popup_texts(qtbot, spin)
    assert texts[-2:] == ["&Naikkan", "Turun&kan"]
    assert "&Pilih semua" in texts and "&Salin" in texts
    # The scroll bar's menu closes at once under the offscreen plugin: its texts as Qt
    # looks them up (the keys are checked against the real menu above).
    assert [QCoreApplication.translate("QScrollBar", text) for text in (
        "Scroll here", "Top", "Bottom", "Page up", "Page down", "Left edge", "Right edge")] \
        == ["Gulir ke sini", "Paling atas", "Paling bawah", "Satu halaman ke atas",
            "Satu halaman ke bawah", "Tepi kiri", "Tepi kanan"]


def test_qts_file_dialog_reads_indonesian(qt_indonesian, without_window_guard, qtbot, tmp_path):
    """Without the window guard's labels: the catalogue alone words the dialog."""
    (tmp_path / "laporan.xlsx").write_bytes(b"x")
    dialog = file_dialog(qtbot, tmp_path)
    tree = dialog.findChild(QTreeView)
    assert tree is not None
    model = tree.model()
    headers = [model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(model.columnCount())]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    tips = {button.objectName(): button.toolTip()
            for button in dialog.findChildren(QToolButton) if button.objectName()}
    assert tips == {"backButton": "Kembali", "forwardButton": "Maju",
                    "toParentButton": "Folder induk", "newFolderButton": "Buat folder baru",
                    "listModeButton": "Tampilan daftar", "detailModeButton": "Tampilan rinci"}
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    box = dialog.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == ["&Buka", "Batal"]
    assert dialog.windowTitle() == "Buka"
    assert dialog.nameFilters() == ["Semua berkas (*)"]
    dialog.reject()


def test_message_box_details_button_reads_indonesian(qt_indonesian, without_window_guard, qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Impor gagal", "Berkas tidak dapat dibaca.",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.setDetailedText("Baris 3: kode rekening kosong")
    box.show()
    texts = sorted(b.text() for b in box.findChildren(QPushButton))
    assert texts == ["Batal", "OK", "Tampilkan rincian..."]
    details = next(b for b in box.findChildren(QPushButton) if b.text().startswith("Tampil"))
    details.click()
    assert details.text() == "Sembunyikan rincian..."
    box.close()


@pytest.fixture
def fresh_state(qapp, monkeypatch, tmp_path):
    """The translations as before the program chose its language; any catalogue it
    installs is removed afterwards; the cache in a scratch folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    state = translations.TranslationState()
    monkeypatch.setattr(translations, "_state", state)
    before = set(qapp.findChildren(QTranslator))
    yield state
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def copy_text(qtbot) -> str:
    line = QLineEdit("teks")
    qtbot.addWidget(line)
    return menu_texts(line.createStandardContextMenu())[3]  # undo, redo, cut, copy


def test_qt_speaks_indonesian_only_when_the_program_does(fresh_state, qapp, qtbot):
    english = translations.install_translations(qapp, "en")
    assert english is not None
    assert translations.prepare_qt_indonesian() is None
    assert copy_text(qtbot) == "&Copy"  # the preference is English: so is Qt
    qapp.removeTranslator(english)
    assert translations.install_translations(qapp, "id") is None
    qm = translations.prepare_qt_indonesian()
    assert qm is not None and qm.is_relative_to(os.environ["XDG_CACHE_HOME"])  # compiled
    assert translations.install_qt_indonesian(qm) is not None
    assert copy_text(qtbot) == "&Salin"
    assert translations.prepare_qt_indonesian() is None  # once


def test_the_window_installs_qts_indonesian_once_the_workspace_is_open(
        fresh_state, qapp, qtbot, workspace, clock):
    """Not on the way to the first window: the workspace's worker prepares it, and it is in
    before the menus' dialogs (which wait for the workspace) can show."""
    from desktop_app.core.first_run import FIRST_RUN_DONE
    from desktop_app.core.local_settings import set_setting
    from desktop_app.ui.app import create_application, open_for_window, open_main_window

    with workspace.db.writing() as session:
        set_setting(session, FIRST_RUN_DONE, "1")
    workspace.close()
    create_application()
    translations.install_translations(qapp, "id")
    window = open_main_window(open_for_window(workspace.data_dir, clock))
    try:
        assert not window.ready and fresh_state.qt is None
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        assert fresh_state.qt is not None
        assert copy_text(qtbot) == "&Salin"
    finally:
        window.runner.wait_idle()
        window._closing = True
        window.close()
        window.close_data()
        window.deleteLater()


def test_the_first_run_wizard_installs_it_once_shown(fresh_state, qapp, qtbot):
    """The wizard comes before the main window (its folder dialog, its text fields)."""
    from desktop_app.ui.first_run import FirstRunWizard

    translations.install_translations(qapp, "id")
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    assert fresh_state.qt is None  # not while it is built
    wizard.show()
    qtbot.waitUntil(lambda: fresh_state.qt is not None, timeout=10_000)
    assert menu_texts(wizard.name.createStandardContextMenu())[3] == "&Salin"


def test_a_window_given_an_open_workspace_installs_it_once_started(
        fresh_state, qapp, qtbot, workspace, open_window):
    """After the first run, a migration or with the demo data: in a worker, once the
    village list shows."""
    translations.install_translations(qapp, "id")
    window = open_window(workspace)
    qtbot.waitUntil(lambda: fresh_state.qt is not None, timeout=10_000)
    assert window.ready and copy_text(qtbot) == "&Salin"


def test_qts_print_dialog_reads_indonesian(qt_indonesian, without_window_guard, qtbot):
    dialog = print_dialog(qtbot)
    assert dialog.windowTitle() == "Cetak"
    texts = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"&Cetak", "Batal", "&Opsi >>", "P&roperti"} <= texts
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Nama:", "Lokasi:", "Jenis:"} <= labels
    dialog.reject()
