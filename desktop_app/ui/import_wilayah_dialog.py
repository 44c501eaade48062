"""Import the Kemendagri region list from the GUI, with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop_app.core.problems import Cancelled
from desktop_app.core.regions.wilayah_import import WilayahImportReport, import_wilayah
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskControl, TaskRunner


class ImportWilayahDialog(QDialog):
    """Asks for the folder and the province."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor daftar wilayah Kemendagri"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder berisi provinces.csv, regencies.csv, "
                                               "districts.csv, villages.csv"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.province = QLineEdit("64")
        self.province.setPlaceholderText(self.tr("kosongkan untuk seluruh Indonesia"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Kode provinsi"), self.province)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder daftar wilayah"))
        if chosen:
            self.folder.setText(chosen)


class WilayahImporter(QObject):
    """Runs one import in the writer thread and tells the user how it went."""

    finished = Signal(object)  # the report, or None when it failed or was cancelled

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.parent_widget = workspace, runner, parent
        self.control: TaskControl | None = None
        self.progress: QProgressDialog | None = None

    def start(self, folder: Path, province: str | None) -> None:
        self.progress = QProgressDialog(self.tr("Menyiapkan impor…"), self.tr("Batal"), 0, 0,
                                        self.parent_widget)
        self.progress.setWindowTitle(self.tr("Impor daftar wilayah"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        db = self.workspace.db

        def work(control: TaskControl) -> WilayahImportReport:
            return import_wilayah(db, folder, province or None, control.progress,
                                  control.is_cancelled)

        self.control = self.runner.submit(work, self._done, self._failed, self._progress,
                                          writes=True)
        self.progress.canceled.connect(self.control.cancel)
        self.progress.show()

    def _progress(self, done: int, total: int, phase: str) -> None:
        dialog = self.progress
        if dialog is not None:
            dialog.setLabelText(phase)
            dialog.setMaximum(total)
            dialog.setValue(done)  # last: a modal dialog handles pending events here

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress = None

    def _done(self, report: WilayahImportReport) -> None:
        self._close_progress()
        text = (self.tr("Daftar wilayah sudah diimpor.") if report.changed
                else self.tr("Daftar wilayah sudah sama; tidak ada yang berubah."))
        notify(self.parent_widget, self.tr("Impor selesai"), text, report.summary())
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            notify(self.parent_widget, self.tr("Impor dibatalkan"),
                   self.tr("Impor dibatalkan; tidak ada yang disimpan."))
        else:
            report_error(self.parent_widget, error,
                         self.tr("Impor daftar wilayah (tidak ada yang disimpan)"))
        self.finished.emit(None)


def ask_and_import(workspace: Workspace, runner: TaskRunner, parent: Any) -> Any:
    dialog = ImportWilayahDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.folder.text().strip():
        return None
    importer = WilayahImporter(workspace, runner, parent)
    importer.start(Path(dialog.folder.text().strip()), dialog.province.text().strip())
    return importer
